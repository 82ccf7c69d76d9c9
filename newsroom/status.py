"""The states a content item is stored in, shared by the base and the desk."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """The stored states. “Scheduled” is not one of them: it is a published
    item whose publication time has not come yet."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")
