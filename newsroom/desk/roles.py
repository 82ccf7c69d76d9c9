"""The desk's roles as groups: Reporter, Photo editor and Editor.

`ensure_roles()` runs after every `migrate` (permissions exist only then, not
inside a data migration) and sets each group's permissions to exactly the
list below, so a deployment always matches the code.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

REPORTER = "Reporter"
PHOTO_EDITOR = "Photo editor"
EDITOR = "Editor"

_READ_SHARED = [
    "newsroom.view_section",
    "newsroom.view_author",
    "tags.view_player",
    "tags.view_team",
    "galleries.view_photo",
    "galleries.view_gallery",
    "galleries.view_agency",
    "galleries.view_photographer",
    "newsroom.view_note",
]

# Corrections and updates on what the role publishes.
_NOTES = [
    "newsroom.add_note",
    "newsroom.change_note",
    "newsroom.delete_note",
]

ROLES = {
    # Writes and edits own drafts and submits them for review; never
    # publishes, never edits others' work or anything once published.
    REPORTER: [
        *_READ_SHARED,
        "articles.add_article",
        "articles.change_article",
        "articles.view_article",
        # The byline is an inline of its own model: without these the
        # reporter's form would silently drop it.
        "articles.add_byline",
        "articles.change_byline",
        "articles.delete_byline",
        "articles.view_byline",
        "galleries.add_photo",
        # "Ask the desk to add it" for a name not in the list.
        "tags.add_tagrequest",
        "tags.view_tagrequest",
    ],
    # The photo desk: photos and galleries, including publishing galleries.
    PHOTO_EDITOR: [
        *_READ_SHARED,
        "articles.view_article",
        "galleries.*",
        *_NOTES,
        "tags.add_tagrequest",
        "tags.view_tagrequest",
    ],
    # Everything on the desk, including publishing and the taxonomy.
    EDITOR: ["articles.*", "galleries.*", "newsroom.*", "tags.*", "redirects.*"],
}


def _permissions(names):
    query = Q(pk__in=[])
    for name in names:
        app_label, codename = name.split(".")
        if codename == "*":
            query |= Q(content_type__app_label=app_label)
        else:
            query |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(query)


def ensure_roles(**kwargs):
    """Create the role groups, or bring their permissions up to date."""
    for name, permissions in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions(permissions))
