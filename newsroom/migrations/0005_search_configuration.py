"""PostgreSQL search: the unaccent extension and a text search configuration,
english stemming with accents ignored. Nothing happens on SQLite."""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

from newsroom.migration_operations import PostgresOnly


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0004_edit_presence_and_preview_links"),
    ]

    operations = [
        PostgresOnly(UnaccentExtension()),
        PostgresOnly(
            migrations.RunSQL(
                sql=[
                    "CREATE TEXT SEARCH CONFIGURATION newsroom_search (COPY = english)",
                    "ALTER TEXT SEARCH CONFIGURATION newsroom_search "
                    "ALTER MAPPING FOR hword, hword_part, word "
                    "WITH unaccent, english_stem",
                ],
                reverse_sql=["DROP TEXT SEARCH CONFIGURATION newsroom_search"],
            )
        ),
    ]
