"""The editorial workflow: which step moves an item from which state, and who
may take it.

Stored states are draft, in review, published and withdrawn; “scheduled” is a
published item whose time has not come. Every route that changes a state (the
change form's buttons, the admin actions, the transition URL) goes through
`newsroom.desk.services.item_transition`, which asks `may()` here first, so the
rules live in one place.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from newsroom.models import Status


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: tuple
    target: str
    needs_publisher: bool
    done: str
    confirm: str = ""

    def applies_to(self, item):
        return item.status in self.sources


TRANSITIONS = {
    t.name: t
    for t in [
        Transition(
            name="submit",
            label=_("Submit for review"),
            sources=(Status.DRAFT,),
            target=Status.IN_REVIEW,
            needs_publisher=False,
            done=_("Submitted for review."),
        ),
        Transition(
            name="return",
            label=_("Back to draft"),
            sources=(Status.IN_REVIEW,),
            target=Status.DRAFT,
            needs_publisher=False,
            done=_("Moved back to draft."),
        ),
        Transition(
            name="publish",
            label=_("Publish or schedule"),
            sources=(Status.DRAFT, Status.IN_REVIEW),
            target=Status.PUBLISHED,
            needs_publisher=True,
            done=_("Published."),
        ),
        Transition(
            name="unpublish",
            label=_("Unpublish (back to draft)"),
            sources=(Status.PUBLISHED,),
            target=Status.DRAFT,
            needs_publisher=True,
            done=_("Unpublished: it is a draft again."),
            confirm=_("Take it off the site and make it a draft again?"),
        ),
        Transition(
            name="withdraw",
            label=_("Withdraw"),
            sources=(Status.PUBLISHED,),
            target=Status.WITHDRAWN,
            needs_publisher=True,
            done=_("Withdrawn: its address now tells readers it is gone."),
            confirm=_(
                "Withdraw it? It leaves every page at once and its address "
                "tells readers it is gone."
            ),
        ),
        Transition(
            name="restore",
            label=_("Restore as draft"),
            sources=(Status.WITHDRAWN,),
            target=Status.DRAFT,
            needs_publisher=True,
            done=_("Restored as a draft."),
        ),
    ]
}


def can_publish(user, model):
    """The content type's publish permission, e.g. `articles.publish_article`."""
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")


def can_edit(user, item):
    """Publishers edit anything; others edit only their own drafts."""
    opts = item._meta
    if not user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
        return False
    if can_publish(user, type(item)):
        return True
    return item.pk is None or (item.status == Status.DRAFT and item.is_owned_by(user))


def may(user, item, transition):
    """Whether the user may take this step on this item now."""
    if not transition.applies_to(item):
        return False
    if transition.needs_publisher:
        return can_publish(user, type(item))
    opts = item._meta
    if not user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
        return False
    return can_publish(user, type(item)) or item.is_owned_by(user)


def available(user, item):
    """The steps the user may take on the item, in display order."""
    return [t for t in TRANSITIONS.values() if may(user, item, t)]
