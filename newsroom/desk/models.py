"""The desk's records about content items: workflow steps, corrections and
updates, who has a change form open, and shared preview links. Part of the
`newsroom` app (its tables and migrations), kept here beside the desk code
that writes them."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from newsroom.status import Status


class StateChange(models.Model):
    """One workflow step of a story or gallery: who moved it, when, from what
    state to what state. Written only by `services.item_transition`."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    from_status = models.CharField(_("from"), max_length=20, choices=Status.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    publish_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        help_text=_("For a publication: the time it was set to go live."),
    )

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("state change")
        verbose_name_plural = _("state changes")
        indexes = [models.Index(fields=["content_type", "object_id", "-at"])]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class NoteKind(models.TextChoices):
    CORRECTION = "correction", _("Correction")
    UPDATE = "update", _("Update")


class Note(models.Model):
    """A dated correction or update at the end of a published story."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=NoteKind.choices,
        default=NoteKind.CORRECTION,
        help_text=_(
            "A correction fixes something the story got wrong; an update adds "
            "what happened since."
        ),
    )
    text = models.TextField(
        _("text"),
        help_text=_(
            "Plain text, shown at the end of the page after the date, e.g. "
            "“An earlier version of this story gave the wrong score.”"
        ),
    )
    created_at = models.DateTimeField(_("added"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("correction or update")
        verbose_name_plural = _("corrections and updates")
        indexes = [models.Index(fields=["content_type", "object_id", "created_at"])]

    def __str__(self):
        day = date_format(timezone.localtime(self.created_at), "j F Y")
        return f"{self.get_kind_display()}, {day}"


class EditPresence(models.Model):
    """Who last opened which item's change form, and when: the form warns
    the next person. Kept in the database, so every app server sees it."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("editor on a page")
        verbose_name_plural = _("editors on pages")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "user"],
                name="newsroom_presence_once_per_user",
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id", "-seen_at"])]

    def __str__(self):
        return f"{self.user} on {self.content_type} #{self.object_id}"


PREVIEW_SALT = "newsroom.preview-link"


class PreviewLink(models.Model):
    """A signed address that shows one unpublished item to someone without
    an account, until it expires or is revoked."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("shared by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("shared"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")
        indexes = [models.Index(fields=["content_type", "object_id", "-created_at"])]

    def __str__(self):
        return f"Preview of {self.content_type} #{self.object_id}"

    def get_absolute_url(self):
        return reverse("preview", kwargs={"token": self.token})

    @property
    def token(self):
        return signing.dumps(self.pk, salt=PREVIEW_SALT)

    def is_active(self, now=None):
        now = now or timezone.now()
        return self.revoked_at is None and self.expires_at > now
