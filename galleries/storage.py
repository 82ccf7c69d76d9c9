"""Where photo files live: out of the public's reach, both of them.

Originals carry GPS positions and may belong to unpublished work; a
rendition is public only while its photo is, so readers reach renditions
through the app (`galleries.views.rendition`), which checks, never through
the storage's own URL."""

import uuid

from django.core.files.storage import storages


def originals_storage():
    """Originals carry GPS positions and may belong to unpublished work."""
    return storages["originals"]


def renditions_storage():
    return storages["renditions"]


def original_upload_to(instance, filename):
    return _unguessable("originals", filename)


def rendition_upload_to(instance, filename):
    return _unguessable("renditions", filename)


def _unguessable(folder, filename):
    # Random names: nobody can walk the library by guessing file names.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    token = uuid.uuid4().hex
    return f"{folder}/{token[:2]}/{token}.{extension}"
