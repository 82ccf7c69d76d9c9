import pytest
from django.core.files.storage import storages

from galleries.usage import register_published_usage, unregister_published_usage


@pytest.fixture(autouse=True)
def empty_storages():
    """Each test starts with empty in-memory storages."""
    for alias in ("default", "originals"):
        storages[alias].__init__(**storages.backends[alias].get("OPTIONS", {}))
    yield


@pytest.fixture
def photos_published_by_caption():
    """Until galleries exist, a stand-in usage: captions starting "PUBLIC"."""
    from django.db.models import Q

    def usage():
        return Q(caption__startswith="PUBLIC")

    register_published_usage(usage)
    yield
    unregister_published_usage(usage)
