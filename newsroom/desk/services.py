"""The desk's writes that touch more than one row: workflow steps,
corrections, reverts and recoveries."""

import reversion
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from newsroom.models import Note, StateChange, Status
from newsroom.search import indexing_batch

from .models import PreviewLink
from .revisions import (
    WORKFLOW_FIELDS,
    belongs_to,
    current_parts,
    saved_at,
    saved_by,
)
from .workflow import TRANSITIONS, may


class TransitionRefused(Exception):
    """A workflow step that cannot be taken now; `problems` says why, one
    sentence each, in words the desk understands."""

    def __init__(self, problems):
        super().__init__(" ".join(str(p) for p in problems))
        self.problems = list(problems)


def item_transition(item, name, user, *, now=None):
    """Take the workflow step `name` on a story or gallery as `user`.

    The one route by which a state changes. Refuses with PermissionDenied
    when the user may not take the step, and with TransitionRefused (listing
    every problem) when publish checks fail. Records who, when, from and to,
    in the item's workflow history and the admin history. Returns the saved
    item and the publish warnings, if any.
    """
    now = now or timezone.now()
    transition = TRANSITIONS.get(name)
    if transition is None:
        raise TransitionRefused(["Unknown workflow step."])
    with transaction.atomic(), reversion.create_revision():
        # Lock the row: two editors pressing buttons at once take turns.
        item = type(item)._default_manager.select_for_update().get(pk=item.pk)
        if not transition.applies_to(item):
            raise TransitionRefused(
                [
                    f"It is {item.state_label.lower()} now; "
                    f"“{transition.label}” does not apply."
                ]
            )
        if not may(user, item, transition):
            raise PermissionDenied
        warnings = []
        if transition.target == Status.PUBLISHED:
            problems = item.publish_problems()
            if problems:
                raise TransitionRefused(problems)
            warnings = item.publish_warnings()
            if item.published_at is None:
                item.published_at = now
        from_status = item.status
        item.status = transition.target
        item.set_publication_date()
        try:
            item.validate_slug_for_date()
        except ValidationError as error:
            raise TransitionRefused(error.messages) from error
        # Only the workflow's own fields: the “Updated” time stays the content's.
        item.save(
            update_fields=["status", "published_at", "first_published_at", "pub_date"]
        )
        StateChange.objects.create(
            item=item,
            from_status=from_status,
            to_status=item.status,
            by=user,
            at=now,
            publish_at=item.published_at if item.status == Status.PUBLISHED else None,
        )
        message = f"{Status(from_status).label} → {item.state_label}"
        if item.is_scheduled:
            message += f" ({timezone.localtime(item.published_at):%d %b %Y %H:%M})"
        reversion.set_user(user)
        reversion.set_comment(message)
        LogEntry.objects.log_actions(
            user_id=user.pk,
            queryset=[item],
            action_flag=CHANGE,
            change_message=message,
            single_object=True,
        )
        if item.status == Status.WITHDRAWN:
            # What was withdrawn is shown to nobody: its share links end too.
            PreviewLink.objects.filter(
                content_type=ContentType.objects.get_for_model(item),
                object_id=item.pk,
                revoked_at=None,
            ).update(revoked_at=now)
    return item, warnings


def note_add(item, *, kind, text, user, now=None):
    """Add a dated correction or update to a published item; its “Updated”
    time moves to the note's."""
    now = now or timezone.now()
    with transaction.atomic():
        note = Note.objects.create(
            item=item, kind=kind, text=text.strip(), created_by=user, created_at=now
        )
        type(item)._default_manager.filter(pk=item.pk).update(updated_at=now)
        item.updated_at = now
    return note


def item_revert(item, version, user):
    """Bring back the content of `version`: fields, byline, gallery photos
    and tags. The workflow fields stay as they are (a revert never publishes
    or unpublishes), and so does a published item's address. The revert is
    itself a new revision, so it can be undone."""
    model = type(item)
    if version.content_type.model_class() is not model or version.object_id != str(
        item.pk
    ):
        raise ValueError("That version belongs to another item.")
    with (
        transaction.atomic(),
        indexing_batch(),
        reversion.create_revision(manage_manually=True),
    ):
        current = model._default_manager.select_for_update().get(pk=item.pk)
        keep = set(WORKFLOW_FIELDS)
        if getattr(current, "first_published_at", None) is not None:
            keep.add("slug")  # links readers shared keep working
        for field in model._meta.concrete_fields:
            if field.name not in keep and field.attname in version.field_dict:
                setattr(current, field.attname, version.field_dict[field.attname])
        parts = [
            other
            for other in version.revision.version_set.exclude(pk=version.pk)
            if belongs_to(other, model, item.pk)
        ]
        stored = {(p.content_type_id, p.object_id) for p in parts}
        for row in current_parts(current):
            key = (ContentType.objects.get_for_model(row).pk, str(row.pk))
            if key not in stored:
                row.delete()
        current.save()
        for part in parts:
            part.revert()
        if hasattr(current, "bylines_sync"):
            current.bylines_sync()  # stored byline rows come back as they were
        reversion.add_to_revision(current)  # as it is now, with its parts
        reversion.set_user(user)
        reversion.set_comment(
            f"Reverted to the version saved by {saved_by(version)} "
            f"on {saved_at(version)}"
        )
    return current


def item_recover(version, user):
    """Bring back a deleted item from its last version, with its byline,
    gallery photos and tags, as a draft: it goes through the workflow again
    before readers see it."""
    model = version.content_type.model_class()
    if model._default_manager.filter(pk=version.object_id).exists():
        raise ValueError("That item was not deleted.")
    with (
        transaction.atomic(),
        indexing_batch(),
        reversion.create_revision(manage_manually=True),
    ):
        item = model(**version.field_dict)
        if hasattr(item, "status"):
            item.status = Status.DRAFT
        item.save(force_insert=True)
        for other in version.revision.version_set.exclude(pk=version.pk):
            if belongs_to(other, model, item.pk):
                other.revert()
        if hasattr(item, "bylines_sync"):
            item.bylines_sync()  # a draft again: no byline is on a public page
        reversion.add_to_revision(item)
        reversion.set_user(user)
        reversion.set_comment("Recovered after deletion")
    return item
