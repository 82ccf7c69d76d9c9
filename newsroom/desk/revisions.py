"""Revisions of stories, galleries and photos, read the way the desk reads them.

django-reversion stores every save as a revision: the item and what it
follows (byline, gallery photos, player and team tags). This module turns a
stored version into labelled plain text ("Headline", "Byline", "Players",
"Photos", ...), two of those into a diff (line by line, and word by word
inside a changed line), and a save into the words the Versions list shows
("Headline, body, 2 players"; "" for a save that changed nothing readers
see). Restoring versions is a write across several tables, so it lives in
`services.py`.

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
from django.utils import timezone
from django.utils.formats import date_format
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


def saved_by(version):
    """Who saved a version, by name. An import, the demo or the copy kept
    before the first edit on the desk has nobody."""
    user = version.revision.user
    if user is None:
        return str(_("the import (no one on the desk)"))
    return user.get_full_name() or user.get_username()


def saved_at(version):
    """When a version was saved, to the second: "3 Dec 2026, 20:04:11"."""
    return date_format(
        timezone.localtime(version.revision.date_created), "j M Y, H:i:s"
    )


def snapshot(version):
    """{label: text} for one stored version: its fields, then its parts."""
    model = version.content_type.model_class()
    data = version.field_dict
    shown = _fields_text(model, lambda field: data.get(field.attname))
    shown.update(_parts_text(_related_objects(version, model)))
    return shown


@dataclass(frozen=True)
class Line:
    """One line of a diff. `sign` is "-" (removed), "+" (added), " "
    (unchanged context) or "…" (unchanged lines folded away, in `folded`).
    `parts` is the line's text as ((changed, text), ...): in a line that was
    edited, the words it lost ("-") or gained ("+") are the changed ones; a
    line removed or added whole is one changed part."""

    sign: str
    text: str
    parts: tuple = ()
    folded: tuple = ()


# Unchanged lines shown around a change; longer unchanged runs are folded.
CONTEXT_LINES = 1

# Two lines are one line edited, not one removed and another added, when at
# least this share of their words match.
_SAME_LINE_RATIO = 0.5

_WORDS = re.compile(r"\w+|\s+|[^\w\s]")


def diff(old, new):
    """What changed between two snapshots: [(label, [Line, ...])]."""
    changes = []
    for label in dict.fromkeys([*old, *new]):
        before, after = old.get(label, ""), new.get(label, "")
        if before != after:
            changes.append((label, _fold(_lines(before, after))))
    return changes


def _lines(before, after):
    before, after = before.splitlines(), after.splitlines()
    lines = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            lines += [Line(" ", text, ((False, text),)) for text in before[i1:i2]]
            continue
        removed, added = before[i1:i2], after[j1:j2]
        # An edited paragraph: its old and new versions side by side.
        while removed and added:
            old_line, new_line = removed.pop(0), added.pop(0)
            words = _word_matcher(old_line, new_line)
            if words.ratio() >= _SAME_LINE_RATIO:
                lines += _edited(words, old_line, new_line)
            else:
                lines += [_whole("-", old_line), _whole("+", new_line)]
        lines += [_whole("-", text) for text in removed]
        lines += [_whole("+", text) for text in added]
    return lines


def _whole(sign, text):
    return Line(sign, text, ((True, text),))


def _word_matcher(old_line, new_line):
    return difflib.SequenceMatcher(
        None, _WORDS.findall(old_line), _WORDS.findall(new_line), autojunk=False
    )


def _edited(words, old_line, new_line):
    """The removed and the added line, each marking the words that differ."""
    old_words, new_words = words.a, words.b
    lost, gained = [], []
    for tag, i1, i2, j1, j2 in words.get_opcodes():
        if tag == "equal":
            lost.append((False, "".join(old_words[i1:i2])))
            gained.append((False, "".join(new_words[j1:j2])))
            continue
        if i2 > i1:
            lost.append((True, "".join(old_words[i1:i2])))
        if j2 > j1:
            gained.append((True, "".join(new_words[j1:j2])))
    return [
        Line("-", old_line, _joined(lost)),
        Line("+", new_line, _joined(gained)),
    ]


def _joined(parts):
    """Neighbouring parts of one kind as one; a space between two changed
    words is part of the change ("<del>settles the</del>", not two)."""
    joined = []
    for index, (changed, text) in enumerate(parts):
        if (
            not changed
            and text.isspace()
            and joined
            and joined[-1][0]
            and index + 1 < len(parts)
            and parts[index + 1][0]
        ):
            changed = True
        joined.append((changed, text))
    return _merged(_trimmed(joined))


def _trimmed(parts):
    """Spaces at the edges of a changed part are not the change: "Duru
    scores <ins>twice</ins>", not "Duru scores<ins> twice</ins>"."""
    for changed, text in parts:
        core = text.strip()
        if not changed or not core:
            yield changed, text
            continue
        start = text.index(core)
        yield False, text[:start]
        yield True, core
        yield False, text[start + len(core) :]


def _merged(parts):
    merged = []
    for changed, text in parts:
        if not text:
            continue
        if merged and merged[-1][0] == changed:
            merged[-1] = (changed, merged[-1][1] + text)
        else:
            merged.append((changed, text))
    return tuple(merged)


def _fold(lines):
    """Unchanged lines next to a change stay as context; longer runs of
    unchanged lines away from any change fold into one "…" line."""
    near = set()
    for index, line in enumerate(lines):
        if line.sign != " ":
            near.update(range(index - CONTEXT_LINES, index + CONTEXT_LINES + 1))
    shown, run = [], []
    for index, line in enumerate(lines):
        if line.sign == " " and index not in near:
            run.append(line)
            continue
        shown += _folded(run)
        run = []
        shown.append(line)
    return shown + _folded(run)


def _folded(run):
    if len(run) < 2:  # folding one line hides as much as it shows
        return run
    return [Line("…", "", folded=tuple(run))]


def current_snapshot(item):
    """The item as saved now, in the same words as `snapshot`."""
    shown = _fields_text(type(item), lambda field: getattr(item, field.attname))
    shown.update(_parts_text(current_parts(item)))
    return shown


def change_summary(version, item):
    """What was changed since `version` in the item as saved now, in the
    words of the Versions list: "Headline, body, 2 players", "3 photos
    reordered", "caption of photo 4". "" when nothing a reader sees changed
    (the workflow's fields and bookkeeping are not content)."""
    model = type(item)
    old_rows, new_rows = _related_objects(version, model), current_parts(item)
    old = _fields_text(model, lambda field: version.field_dict.get(field.attname))
    old.update(_parts_text(old_rows))
    new = current_snapshot(item)
    fields = {
        str(capfirst(field.verbose_name)): str(field.verbose_name)
        for field in model._meta.concrete_fields
    }
    generic = {str(g.label): g for g in _GENERIC_PARTS.values()}
    parts = {str(p.label): p for p in _parts().values()}
    words = []
    for label in dict.fromkeys([*old, *new]):
        if label in parts:
            words += _rows_summary(parts[label], old_rows, new_rows)
            continue
        before, after = old.get(label, ""), new.get(label, "")
        if before == after:
            continue
        if label in generic:
            target = generic[label].model._meta.get_field(generic[label].target_field)
            count = len(set(before.splitlines()) ^ set(after.splitlines()))
            words.append(_counted(count, _nouns(target.related_model)))
        else:
            words.append(fields.get(label, label.lower()))
    return capfirst(", ".join(str(word) for word in words))


def _rows_summary(part, old_rows, new_rows):
    """A part's rows (a gallery's photos), compared row by row: added,
    removed, moved, and the rows whose line (caption) changed."""
    old = {r.pk: r for r in sorted(_rows(part, old_rows), key=part.order)}
    new = {r.pk: r for r in sorted(_rows(part, new_rows), key=part.order)}
    noun = part.noun or _nouns(part.model)
    words = []
    added = [pk for pk in new if pk not in old]
    removed = [pk for pk in old if pk not in new]
    if added:
        words.append(_("%(photos)s added") % {"photos": _counted(len(added), noun)})
    if removed:
        words.append(_("%(photos)s removed") % {"photos": _counted(len(removed), noun)})
    kept_before = [pk for pk in old if pk in new]
    kept_after = [pk for pk in new if pk in old]
    order = difflib.SequenceMatcher(None, kept_before, kept_after, autojunk=False)
    moved = len(kept_after) - sum(block.size for block in order.get_matching_blocks())
    if moved:
        words.append(_("%(photos)s reordered") % {"photos": _counted(moved, noun)})
    edited = [
        number
        for number, pk in enumerate(new, start=1)
        if pk in old and part.line(old[pk]) != part.line(new[pk])
    ]
    detail = part.detail or (_("line"), _("lines"))
    if len(edited) == 1:
        words.append(
            _("%(caption)s of %(photo)s %(number)s")
            % {"caption": detail[0], "photo": noun[0], "number": edited[0]}
        )
    elif edited:
        words.append(
            _("%(captions)s of %(photos)s")
            % {"captions": detail[1], "photos": _counted(len(edited), noun)}
        )
    return words


def _rows(part, objects):
    return [o for o in objects if isinstance(o, part.model)]


def _nouns(model):
    return (model._meta.verbose_name, model._meta.verbose_name_plural)


def _counted(count, nouns):
    return f"{count} {nouns[0] if count == 1 else nouns[1]}"


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
