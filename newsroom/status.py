"""The states a content item is stored in, shared by the base and the desk."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """The stored states. “Scheduled” is not one of them: it is a published
    item whose publication time has not come yet."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")


@dataclass(frozen=True)
class Problem:
    """One thing that keeps an item from being published.

    `text` is the whole sentence, read where nothing else can be shown (a
    list action's summary, an error raised by a service). When one thing in
    the item is at fault, such as a photo without alt text, `subject` is that
    thing and `fix` the field to fill in, so the desk can show the photo and
    link to where it is fixed; `short` then says the problem without naming
    the subject ("needs alt text"), for a line that shows the subject itself.
    """

    text: str
    subject: object = None
    fix: str = ""
    short: str = ""

    def __str__(self):
        return str(self.text)
