import pytest
from django.core.files.storage import storages


@pytest.fixture(autouse=True)
def empty_storages():
    """Each test starts with empty in-memory storages."""
    for alias in ("default", "originals", "renditions"):
        storages[alias].__init__(**storages.backends[alias].get("OPTIONS", {}))
    yield
