"""Revisions of stories, galleries and photos, read the way the desk reads them.

django-reversion stores every save as a revision: the item and what it
follows (byline, gallery photos, player and team tags). This module turns a
stored version into labelled plain text ("Headline", "Byline", "Players",
"Photos", ...) and two of those into a line-by-line diff. Restoring versions
is a write across several tables, so it lives in `services.py`.

What a revision holds besides the item comes from two places: each content
type's `revision_parts` in its registration (`newsroom.content`), and the
generic parts any item may carry, such as the `tags` app's taggings, which
that app registers here with `register_generic_part()`.
"""

import difflib
import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from newsroom import content
from newsroom.models import Author, BylineBase

# Fields that belong to the workflow, not to the content: a revert or a
# recovery never changes them (publishing goes through the workflow).
WORKFLOW_FIELDS = (
    "status",
    "published_at",
    "first_published_at",
    "pub_date",
    "created_by",
    "created_at",
    "edit_version",
)

# Fields a diff leaves out: bookkeeping nobody edits.
_NOT_SHOWN = {*WORKFLOW_FIELDS, "id", "updated_at", "metadata", "image"}

_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


@dataclass(frozen=True)
class GenericPart:
    """Rows that point at any item through content_type/object_id (a
    tagging), shown as `label`: the sorted `line` of each row's target."""

    model: type
    label: str
    target_field: str


_GENERIC_PARTS = {}


def register_generic_part(model, *, label, target_field):
    """Keep `model` rows (e.g. player taggings) with every revision of the
    item they point at, shown as `label`, one `target_field` row a line."""
    _GENERIC_PARTS[model] = GenericPart(model, label, target_field)


def _parts():
    """{model: RevisionPart} of every registered content type."""
    return {
        part.model: part for kind in content.kinds() for part in kind.revision_parts
    }


def versions_of(item):
    """The item's versions, newest first, with who saved each."""
    return Version.objects.get_for_object(item).select_related("revision__user")


def snapshot(version):
    """{label: text} for one stored version: its fields, then its parts."""
    model = version.content_type.model_class()
    data = version.field_dict
    shown = _fields_text(model, lambda field: data.get(field.attname))
    shown.update(_parts_text(_related_objects(version, model)))
    return shown


def diff(old, new):
    """What changed between two snapshots: [(label, [(sign, line), ...])],
    where sign is "-" (removed), "+" (added) or " " (unchanged context)."""
    changes = []
    for label in dict.fromkeys([*old, *new]):
        before, after = old.get(label, ""), new.get(label, "")
        if before == after:
            continue
        lines = []
        for row in difflib.ndiff(before.splitlines(), after.splitlines()):
            sign, text = row[0], row[2:]
            if sign in "-+ ":
                lines.append((sign, text))
        changes.append((label, lines))
    return changes


def current_snapshot(item):
    """The item as saved now, in the same words as `snapshot`."""
    shown = _fields_text(type(item), lambda field: getattr(item, field.attname))
    shown.update(_parts_text(current_parts(item)))
    return shown


def current_parts(item):
    """The rows a revision of the item holds besides the item itself: its
    tags, its byline, and registered parts such as a gallery's photos."""
    item_type = ContentType.objects.get_for_model(item)
    parts = []
    for generic_model in _GENERIC_PARTS:
        parts += list(
            generic_model.objects.filter(content_type=item_type, object_id=item.pk)
        )
    if hasattr(item, "bylines"):
        parts += list(item.bylines.all())
    for part_model, part in _parts().items():
        parent = part_model._meta.get_field(part.parent_field)
        if isinstance(item, parent.related_model):
            parts += list(part_model.objects.filter(**{parent.attname: item.pk}))
    return parts


def _fields_text(model, value):
    """{label: text} for the model's editable content fields."""
    return {
        str(capfirst(field.verbose_name)): _as_text(field, value(field))
        for field in model._meta.concrete_fields
        if field.name not in _NOT_SHOWN and field.editable
    }


def _related_objects(version, model):
    """The objects stored with the item in its revision that belong to it."""
    return [
        other._object_version.object
        for other in version.revision.version_set.exclude(pk=version.pk)
        if belongs_to(other, model, version.object_id)
    ]


def belongs_to(version, model, pk):
    """Whether a stored version is the item `model` #pk itself or one of its
    parts (byline, gallery photo, tag), not something else saved alongside."""
    other_model = version.content_type.model_class()
    if other_model is None:  # a model since removed
        return False
    if other_model is model:
        return version.object_id == str(pk)
    obj = version._object_version.object
    if isinstance(obj, tuple(_GENERIC_PARTS)):
        item_type = ContentType.objects.get_for_model(model)
        return obj.content_type_id == item_type.pk and str(obj.object_id) == str(pk)
    parent = part_parent_field(other_model)
    return (
        parent is not None
        and parent.related_model is model
        and str(getattr(obj, parent.attname)) == str(pk)
    )


def part_parent_field(model):
    parts = _parts()
    if model in parts:
        return model._meta.get_field(parts[model].parent_field)
    if issubclass(model, BylineBase):
        for field in model._meta.concrete_fields:
            if field.is_relation and field.name != "author":
                return field
    return None


def _parts_text(objects):
    bylines = sorted(
        (o for o in objects if isinstance(o, BylineBase)), key=lambda b: b.position
    )
    authors = Author.objects.in_bulk([b.author_id for b in bylines])
    shown = {
        str(_("Byline")): "\n".join(
            str(authors.get(b.author_id, f"#{b.author_id}")) for b in bylines
        ),
    }
    for model, generic in _GENERIC_PARTS.items():
        field = model._meta.get_field(generic.target_field)
        targets = field.related_model._default_manager.in_bulk(
            [getattr(o, field.attname) for o in objects if isinstance(o, model)]
        )
        shown[str(generic.label)] = "\n".join(sorted(str(t) for t in targets.values()))
    for model, part in _parts().items():
        rows = sorted((o for o in objects if isinstance(o, model)), key=part.order)
        if rows or part.label not in shown:
            shown[str(part.label)] = "\n".join(
                f"{n}. {part.line(row)}" for n, row in enumerate(rows, start=1)
            )
    return shown


def _as_text(field, value):
    if value in (None, ""):
        return ""
    if isinstance(field, models.ForeignKey):
        target = field.related_model._default_manager.filter(pk=value).first()
        return str(target) if target is not None else f"#{value}"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    text = str(value)
    if "<" in text and ">" in text:
        # Rich text: one line a paragraph, heading or list item.
        text = strip_tags(_BLOCK_END.sub("\n", text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())
