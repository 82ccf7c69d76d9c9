import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import UserFactory


@pytest.fixture
def journalist(db):
    """A staff account with the permissions the demo editor gets."""
    from django.contrib.auth.models import Permission

    user = UserFactory(username="journalist", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label__in=["newsroom", "articles"])
    )
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
