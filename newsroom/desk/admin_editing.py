"""Editing safely in the admin: revisions, previews, and who else is editing.

- `RevisionAdminMixin`: every save is a django-reversion revision (the item
  with its byline, gallery photos and tags), named by what it changed (a
  save that changed nothing readers see is not kept); a Versions page lists
  them with who and when, shows a word-by-word diff of any two, and reverts
  after asking; deleted items can be recovered, as drafts.
- `PreviewAdminMixin`: the change form's Preview button renders the public
  page from the form as it stands, saved or not (inside a transaction that
  is rolled back); "Share preview" makes a signed, expiring, revocable link.
- `PresenceAdminMixin`: the change form says who else opened the item in the
  last few minutes. The stale-form check itself is `forms.EditConflictForm`.
"""

from datetime import timedelta

import reversion
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.forms.formsets import all_valid
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from reversion.models import Version

from newsroom.models import EditPresence, PreviewLink
from newsroom.search import indexing_batch

from .previews import preview_link_create, preview_response
from .revisions import (
    change_summary,
    current_snapshot,
    diff,
    saved_at,
    saved_by,
    snapshot,
    versions_of,
)
from .services import item_recover, item_revert


def _when(moment):
    return date_format(timezone.localtime(moment), "j F Y, H:i")


def admin_url(model_admin, name, *args):
    """An admin URL of the model admin's model: admin_url(self, "change", pk)."""
    opts = model_admin.model._meta
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_{name}",
        args=args,
        current_app=model_admin.admin_site.name,
    )


class RevisionAdminMixin:
    """Revisions for a model registered with django-reversion."""

    change_form_template = "admin/newsroom/revisions_change_form.html"
    change_list_template = "admin/newsroom/revisions_change_list.html"

    # Saving ------------------------------------------------------------------

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method != "POST":
            return super().changeform_view(request, object_id, form_url, extra_context)
        if object_id:
            self._keep_first_version(request, object_id)
        # Managed by hand: the item is added once its byline, photos and tags
        # are saved (save_related), so a row removed in this save is not kept.
        # Its search index is brought up to date once, with everything saved,
        # before the transaction commits.
        with (
            transaction.atomic(),
            indexing_batch(),
            reversion.create_revision(manage_manually=True),
        ):
            reversion.set_user(request.user)
            if object_id:
                self._lock_row(object_id)
            return super().changeform_view(request, object_id, form_url, extra_context)

    def _lock_row(self, object_id):
        """Lock the item's row for this save: a save of it at the same
        instant waits, then reads this one's version and is refused by the
        stale-form check instead of overwriting it. (SQLite locks the whole
        database when the transaction begins: `transaction_mode` IMMEDIATE
        in the settings.)"""
        try:
            pk = self.model._meta.pk.to_python(unquote(object_id))
        except ValidationError:
            return  # the admin answers for a bad id
        rows = self.model._default_manager.select_for_update().filter(pk=pk)
        list(rows.values_list("pk", flat=True))

    def _keep_first_version(self, request, object_id):
        # Items that arrived without a revision (imports, the demo, anything
        # written before revisions existed): keep them as they are before the
        # first edit here, so that edit can be undone too.
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and not versions_of(obj).exists():
            with reversion.create_revision():
                reversion.set_comment(_("As it was before its first edit here"))
                reversion.add_to_revision(obj)

    # The admin logs a save once the item, its byline, photos and tags are
    # all saved (save_related): the moment to keep them as a version.

    def log_addition(self, request, obj, message):
        if reversion.is_active():
            reversion.add_to_revision(obj)
            reversion.set_comment(_("Created"))
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        if reversion.is_active():
            self._keep_version(obj)
        return super().log_change(request, obj, message)

    def _keep_version(self, obj):
        """Keep the save as a version named by what it changed, or not at
        all when it changed nothing readers see ("Save and continue" twice,
        or only the workflow's fields): the Versions list is then a list of
        real changes, each one a step a revert can go back to. The admin's
        History still logs every save; workflow steps are versions of their
        own ("Draft → Published"), taken by `item_transition`."""
        # Fresh from the database: the admin's object may carry its byline
        # and tags as they were prefetched before the save.
        obj = self.model._default_manager.get(pk=obj.pk)
        previous = versions_of(obj).first()
        summary = change_summary(previous, obj) if previous is not None else ""
        if previous is None or summary:
            reversion.add_to_revision(obj)
            # A workflow step taken by this save ("Save and publish") named
            # the revision already; it stays named after the changes.
            step = reversion.get_comment()
            named = "; ".join(str(words) for words in (summary, step) if words)
            reversion.set_comment(named or str(_("Saved")))

    def delete_model(self, request, obj):
        self._keep_before_deleting(request, [obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self._keep_before_deleting(request, list(queryset))
        super().delete_queryset(request, queryset)

    def _keep_before_deleting(self, request, objects):
        # The last version is what a recovery brings back: take it now, even
        # for items nobody has saved through the admin (imports, the demo).
        with reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(_("Deleted"))
            for obj in objects:
                reversion.add_to_revision(obj)

    # Pages -------------------------------------------------------------------

    def get_urls(self):
        opts = self.model._meta
        prefix = f"{opts.app_label}_{opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path(
                "recover/",
                wrap(self.recover_list_view),
                name=f"{prefix}_recoverlist",
            ),
            path(
                "recover/<int:version_id>/",
                wrap(self.recover_view),
                name=f"{prefix}_recover",
            ),
            path(
                "<path:object_id>/versions/",
                wrap(self.versions_view),
                name=f"{prefix}_versions",
            ),
            path(
                "<path:object_id>/versions/<int:version_id>/revert/",
                wrap(self.revert_view),
                name=f"{prefix}_revert",
            ),
            *super().get_urls(),
        ]

    def versions_view(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        versions = list(versions_of(obj)[:100])
        by_id = {str(v.pk): v for v in versions}
        # Compare two versions, or a version with what is saved now.
        older = by_id.get(request.GET.get("a", ""))
        newer = by_id.get(request.GET.get("b", ""))
        if older is None and len(versions) >= 2:
            # By default: what the last save changed.
            older, newer = versions[1], versions[0]
        elif older is None and versions:
            older = versions[0]
        if older is not None:
            after = snapshot(newer) if newer is not None else current_snapshot(obj)
            changes = diff(snapshot(older), after)
        else:
            changes = []
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": _("Versions of “%(item)s”") % {"item": obj},
            "opts": opts,
            "original": obj,
            "versions": versions,
            "older": older,
            "newer": newer,
            "changes": changes,
            "can_revert": self.has_change_permission(request, obj),
            "change_url": admin_url(self, "change", quote(obj.pk)),
        }
        return TemplateResponse(request, "admin/newsroom/versions.html", context)

    def revert_view(self, request, object_id, version_id):
        """GET: what reverting would bring back, named by who saved the
        version and when to the second, and a button to confirm. POST: do it."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        version = get_object_or_404(versions_of(obj), pk=version_id)
        if request.method != "POST":
            context = {
                **self.admin_site.each_context(request),
                "title": _("Revert “%(item)s”?") % {"item": obj},
                "opts": self.model._meta,
                "original": obj,
                "version": version,
                "saved_by": saved_by(version),
                "saved_at": saved_at(version),
                "changes": diff(current_snapshot(obj), snapshot(version)),
                "versions_url": admin_url(self, "versions", quote(obj.pk)),
                "change_url": admin_url(self, "change", quote(obj.pk)),
            }
            return TemplateResponse(
                request, "admin/newsroom/revert_confirm.html", context
            )
        item = item_revert(obj, version, request.user)
        self.message_user(
            request,
            _(
                "Reverted to the version saved by %(who)s on %(when)s. The "
                "revert is a version too: undo it from Versions."
            )
            % {"who": saved_by(version), "when": saved_at(version)},
            messages.SUCCESS,
        )
        live = getattr(item, "status", None) == "published"
        problems = item.publish_problems() if live else []
        if problems and hasattr(self, "problem_list"):
            self.message_user(
                request,
                self.problem_list(
                    request,
                    item,
                    _("It would not pass the publish checks now:"),
                    problems,
                ),
                messages.WARNING,
            )
        return HttpResponseRedirect(admin_url(self, "change", quote(item.pk)))

    def recover_list_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        deleted = Version.objects.get_deleted(self.model).select_related(
            "revision__user"
        )[:100]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Recover deleted %(things)s")
            % {"things": self.model._meta.verbose_name_plural},
            "opts": self.model._meta,
            "deleted": deleted,
        }
        return TemplateResponse(request, "admin/newsroom/recover.html", context)

    @method_decorator(require_POST)
    def recover_view(self, request, version_id):
        if not self.has_add_permission(request):
            raise PermissionDenied
        content_type = ContentType.objects.get_for_model(self.model)
        version = get_object_or_404(
            Version.objects.filter(content_type=content_type), pk=version_id
        )
        if self.model._default_manager.filter(pk=version.object_id).exists():
            raise Http404("That item was not deleted.")
        item = item_recover(version, request.user)
        self.message_user(
            request,
            _("“%(item)s” is back, as a draft.") % {"item": item},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(admin_url(self, "change", quote(item.pk)))


class PresenceAdminMixin:
    """Note who opens a change form; warn the next person."""

    def render_change_form(self, request, context, add=False, change=False, **kwargs):
        obj = kwargs.get("obj")
        if obj is not None and obj.pk is not None:
            context["others_editing"] = presence_note(obj, request.user)
        return super().render_change_form(request, context, add, change, **kwargs)


def presence_note(obj, user, now=None):
    """Record that `user` opened `obj`; return who else did recently."""
    now = now or timezone.now()
    content_type = ContentType.objects.get_for_model(obj)
    here = EditPresence.objects.filter(content_type=content_type, object_id=obj.pk)
    here.filter(seen_at__lt=now - timedelta(days=1)).delete()
    EditPresence.objects.update_or_create(
        content_type=content_type,
        object_id=obj.pk,
        user=user,
        defaults={"seen_at": now},
    )
    recent = now - timedelta(minutes=settings.NEWSROOM_EDITING_WARNING_MINUTES)
    return list(
        here.filter(seen_at__gte=recent)
        .exclude(user=user)
        .select_related("user")
        .order_by("-seen_at")
    )


class PreviewAdminMixin:
    """Preview the public page from the change form; share signed links."""

    def get_urls(self):
        opts = self.model._meta
        prefix = f"{opts.app_label}_{opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path("preview/", wrap(self.preview_view), name=f"{prefix}_preview_new"),
            path(
                "<path:object_id>/preview/",
                wrap(self.preview_view),
                name=f"{prefix}_preview",
            ),
            path(
                "<path:object_id>/share/",
                wrap(self.share_view),
                name=f"{prefix}_share",
            ),
            path(
                "<path:object_id>/share/<int:link_id>/revoke/",
                wrap(self.revoke_view),
                name=f"{prefix}_revoke",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request, object_id=None):
        """GET: the saved item. POST (the change form's Preview button): the
        item as the form has it now, without saving anything."""
        obj = self.get_object(request, unquote(object_id)) if object_id else None
        if object_id and obj is None:
            raise Http404
        if request.method == "GET":
            if obj is None or not self.has_view_or_change_permission(request, obj):
                raise PermissionDenied
            return preview_response(request, obj)
        if request.method != "POST":
            raise Http404
        allowed = (
            self.has_change_permission(request, obj)
            if obj is not None
            else self.has_add_permission(request)
        )
        if not allowed:
            raise PermissionDenied
        change = obj is not None
        form = self.get_form(request, obj, change=change)(
            request.POST, request.FILES, instance=obj
        )
        with transaction.atomic():
            valid = form.is_valid()
            item = self.save_form(request, form, change=change) if valid else obj
            formsets, _inlines = self._create_formsets(
                request, item if valid else (obj or self.model()), change=change
            )
            if not (valid and all_valid(formsets)):
                transaction.set_rollback(True)
                return TemplateResponse(
                    request,
                    "admin/newsroom/preview_invalid.html",
                    {
                        **self.admin_site.each_context(request),
                        "title": _("Nothing to preview yet"),
                        "form": form,
                        "formsets": formsets,
                    },
                    status=400,
                )
            if not change:
                item.created_by = request.user
            item.save()
            form.save_m2m()
            for formset in formsets:
                formset.save()
            # Fresh from the database, as the public page would read it (the
            # admin's object carries relations prefetched before the save).
            item = self.model._default_manager.get(pk=item.pk)
            response = preview_response(request, item)
            # Nothing of this is kept: the page was rendered from it.
            transaction.set_rollback(True)
        return response

    @method_decorator(require_POST)
    def share_view(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        link = preview_link_create(obj, user=request.user)
        self.message_user(
            request,
            _(
                "Preview link for anyone you give it to, until %(time)s (revoke "
                "it below): %(url)s"
            )
            % {
                "time": _when(link.expires_at),
                "url": request.build_absolute_uri(link.get_absolute_url()),
            },
            messages.SUCCESS,
        )
        return HttpResponseRedirect(admin_url(self, "change", quote(obj.pk)))

    @method_decorator(require_POST)
    def revoke_view(self, request, object_id, link_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        content_type = ContentType.objects.get_for_model(obj)
        link = get_object_or_404(
            PreviewLink, pk=link_id, content_type=content_type, object_id=obj.pk
        )
        if link.revoked_at is None:
            link.revoked_at = timezone.now()
            link.save(update_fields=["revoked_at"])
        self.message_user(request, _("Preview link revoked."), messages.SUCCESS)
        return HttpResponseRedirect(admin_url(self, "change", quote(obj.pk)))

    def render_change_form(self, request, context, add=False, change=False, **kwargs):
        obj = kwargs.get("obj")
        if obj is not None and obj.pk is not None:
            context["preview_url"] = admin_url(self, "preview", quote(obj.pk))
            context["share_url"] = admin_url(self, "share", quote(obj.pk))
            content_type = ContentType.objects.get_for_model(obj)
            now = timezone.now()
            context["preview_links"] = [
                {
                    "link": link,
                    "url": request.build_absolute_uri(link.get_absolute_url()),
                    "revoke_url": admin_url(self, "revoke", quote(obj.pk), link.pk),
                }
                for link in PreviewLink.objects.filter(
                    content_type=content_type,
                    object_id=obj.pk,
                    revoked_at__isnull=True,
                    expires_at__gt=now,
                ).select_related("created_by")
            ]
        else:
            context["preview_url"] = admin_url(self, "preview_new")
        return super().render_change_form(request, context, add, change, **kwargs)
