"""The rich text an article body may hold, for the editor and the sanitizer alike.

One list of editor extensions decides both what the editor offers and what
survives sanitizing, so the page can only ever show what the editor could make.
"""

from django_prose_editor.fields import create_sanitizer

from newsroom.text import xml_safe

BODY_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "History": True,
}

_allowlist_cleaner = create_sanitizer(BODY_EXTENSIONS)


def sanitize_body(html):
    """The body as it is stored: without what XML forbids (which the HTML
    cleaner could not even read: a lone surrogate), then only what the
    editor can make (nh3, through the editor's own allowlist)."""
    return _allowlist_cleaner(xml_safe(html))
