"""Migration operations the project's migrations use."""

from django.db.migrations.operations.base import Operation


class PostgresOnly(Operation):
    """Run `operation` on PostgreSQL only; elsewhere it changes the model
    state but not the database.

    For what SQLite has no use for or cannot express: the unaccent extension,
    the search configuration, GIN indexes on the search vectors. The models
    declare the index, so the migration state and the models agree on every
    database.
    """

    reversible = True

    def __init__(self, operation):
        self.operation = operation

    def deconstruct(self):
        return (self.__class__.__qualname__, [self.operation], {})

    def state_forwards(self, app_label, state):
        self.operation.state_forwards(app_label, state)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            self.operation.database_forwards(
                app_label, schema_editor, from_state, to_state
            )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            self.operation.database_backwards(
                app_label, schema_editor, from_state, to_state
            )

    def describe(self):
        return f"{self.operation.describe()} (PostgreSQL only)"

    @property
    def migration_name_fragment(self):
        return self.operation.migration_name_fragment
