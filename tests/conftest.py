import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def fresh_tag_vocabulary():
    """Each test's players and teams, not a rolled-back test's."""
    from newsroom.tags.suggestions import forget_vocabulary

    forget_vocabulary()
    yield
    forget_vocabulary()


@pytest.fixture
def journalist(db):
    """A staff account in the Editor group, as the demo editor."""
    from django.contrib.auth.models import Group

    from newsroom.desk.roles import EDITOR, ensure_roles

    ensure_roles()
    user = UserFactory(username="journalist", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    return user


@pytest.fixture
def journalist_client(client, journalist):
    client.force_login(journalist)
    return client


@pytest.fixture
def count_queries():
    """Return the number of queries one call of `fn` runs."""

    def count(fn):
        with CaptureQueriesContext(connection) as ctx:
            fn()
        return len(ctx.captured_queries)

    return count
