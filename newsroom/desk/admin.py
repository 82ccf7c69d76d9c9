"""The desk's admin pieces every content type's admin uses: the workflow
(buttons, list actions, the transition URL), its list filter and the
corrections inline. Revisions, previews and presence are in `admin_editing`."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import quote, unquote
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AdminTextareaWidget, AutocompleteSelect
from django.contrib.contenttypes.admin import GenericTabularInline
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import (
    EmptyResultSet,
    FullResultSet,
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dates import MONTHS_3, WEEKDAYS_ABBR
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from newsroom.models import Note, Status
from newsroom.search import search_filter

from .admin_editing import admin_url
from .dashboard import QUEUES, queue
from .forms import CountedTextInput, PublicationTimeField
from .models import NoteKind
from .services import TransitionRefused, item_transition
from .workflow import TRANSITIONS, available, can_edit, can_publish, may


class DeskPaginator(Paginator):
    """The desk's lists count at most 10,000 rows: a changelist of 300,000
    photos answers as fast as one of 300 (it says "10000" and the filters
    and search narrow it down)."""

    max_count = 10_000

    @cached_property
    def count(self):
        # Unordered, and ids only: the count may read whichever index finds
        # rows fastest, and computes no annotation (a search's rank).
        return self.object_list.order_by().values("pk")[: self.max_count].count()


class RowsShareMediaFormSet(helpers.InlineAdminFormSet):
    """An inline whose rows are all one form class, so one row's media is
    every row's: Django's version merges the CSS and JavaScript of each row
    in turn (a gallery of thirty photos merged them thirty times)."""

    @property
    def media(self):
        media = self.opts.media + self.formset.media
        first = next(iter(self), None)
        return media + first.media if first is not None else media


class CheckedChangeList(ChangeList):
    """A list whose filters from the address are checked when they are read:
    Django turns a value the column can't hold into the list's "bad filter"
    page only when it fails while filtering, but a year the database can't
    bound (`?pub_date__year=0`) fails later, as a 500, when the list runs.
    Building the SQL now finds those too."""

    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        try:
            queryset.query.sql_with_params()
        except (EmptyResultSet, FullResultSet):
            pass
        except (ValueError, OverflowError, TypeError, ValidationError) as error:
            raise IncorrectLookupParameters(error) from error
        return queryset


class AtScaleAdminMixin:
    """Changelists for tables of any size: counts capped (`DeskPaginator`),
    no second count of the unfiltered table, and on PostgreSQL a content
    type's search through its indexed search vector (words, any order,
    stemmed) instead of LIKE over every row."""

    paginator = DeskPaginator
    show_full_result_count = False

    def get_changelist(self, request, **kwargs):
        return CheckedChangeList

    # Two screens of rows, not Django's default of four: a list row renders
    # a thumbnail, links and the byline, and the desk filters or searches
    # rather than scrolling.
    list_per_page = 50

    # A chooser (autocomplete) scrolls this many pages at most: a term that
    # matches more is refined, not scrolled, and counting stops early.
    chooser_pages = 10

    def get_paginator(self, request, queryset, per_page, **kwargs):
        match = getattr(request, "resolver_match", None)
        paginator = super().get_paginator(request, queryset, per_page, **kwargs)
        if match is not None and match.url_name == "autocomplete":
            paginator.max_count = per_page * self.chooser_pages
        return paginator

    def get_inline_formsets(self, request, formsets, inline_instances, obj=None):
        inline_formsets = super().get_inline_formsets(
            request, formsets, inline_instances, obj
        )
        for inline_formset in inline_formsets:
            if type(inline_formset) is helpers.InlineAdminFormSet:
                inline_formset.__class__ = RowsShareMediaFormSet
        return inline_formsets

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if (
            term
            and connection.vendor == "postgresql"
            and hasattr(self.model, "search_document")
        ):
            return search_filter(queryset, term), False
        return super().get_search_results(request, queryset, search_term)


class LoadedAutocompleteSelect(AutocompleteSelect):
    """An autocomplete that shows its chosen object from the row the form
    already read (`loaded`, set by the form) instead of asking the database
    for it: a gallery of thirty photos renders its rows without thirty
    queries. Any other value is looked up as usual."""

    loaded = None

    def optgroups(self, name, value, attr=None):
        empty = self.choices.field.empty_values
        chosen = {str(v) for v in value if str(v) not in empty}
        if self.loaded is None or chosen != {str(self.loaded.pk)}:
            return super().optgroups(name, value, attr)
        options = []
        if not self.is_required:
            options.append(self.create_option(name, "", "", False, 0))
        label = self.choices.field.label_from_instance(self.loaded)
        options.append(
            self.create_option(name, self.loaded.pk, label, chosen, len(options))
        )
        return [(None, options, 0)]


def show_loaded_choice(form, field_name):
    """Give the field's `LoadedAutocompleteSelect` the object the form's
    instance already holds (call from the form's __init__)."""
    field = form.fields.get(field_name)
    if field is None:
        return
    widget = getattr(field.widget, "widget", field.widget)  # admin's wrapper
    related = type(form.instance)._meta.get_field(field_name)
    if isinstance(widget, LoadedAutocompleteSelect) and getattr(
        form.instance, related.attname
    ):
        widget.loaded = getattr(form.instance, field_name)


PUBLISHING_HELP = _(
    "Use the buttons at the bottom: reporters submit a draft for review; "
    "editors publish. Leave the publication time empty to publish now, or set "
    "a future time to schedule it: it appears by itself at that time. "
    "Publishing needs a headline, standfirst, section, byline, and alt text "
    "and a credit on every photo used. Only published stories are shown to "
    "readers; a withdrawn one's address tells readers it is gone."
)


def publish_label(moment):
    """What the publish button says for a publication time: "Publish" now
    (none, or one past), "Schedule for 20:04" later today, "Schedule for
    Sat 5 Dec, 20:04" another day, with the year if not this one. Only the
    wording: what the step does is decided from the time saved with it.
    workflow.js says the same of the time being picked."""
    if moment is None or moment <= timezone.now():
        return _("Publish")
    local, today = timezone.localtime(moment), timezone.localdate()
    if local.date() == today:
        when = date_format(local, "H:i")
    elif local.year == today.year:
        when = date_format(local, "D j M, H:i")
    else:
        when = date_format(local, "D j M Y, H:i")
    return _("Schedule for %(when)s") % {"when": when}


def publish_label_wording():
    """The words workflow.js builds the publish button's label from, in the
    page's language (the same names `publish_label` uses)."""
    return {
        "publish": _("Publish"),
        "schedule": _("Schedule for %(when)s"),
        "days": ",".join(str(WEEKDAYS_ABBR[day]) for day in range(7)),
        "months": ",".join(str(MONTHS_3[month]).title() for month in range(1, 13)),
    }


def publication_state(obj):
    """Status as the desk thinks of it: scheduled is published but not yet live."""
    return obj.state_label


class PublicationStateFilter(admin.SimpleListFilter):
    """Status as the desk thinks of it: scheduled is published but not yet live."""

    title = _("status")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")),
            ("review", _("In review")),
            ("scheduled", _("Scheduled")),
            ("live", _("Live")),
            ("withdrawn", _("Withdrawn")),
        ]

    def queryset(self, request, queryset):
        live = queryset.model.objects.published()
        if self.value() in (Status.DRAFT, Status.IN_REVIEW, Status.WITHDRAWN):
            return queryset.filter(status=self.value())
        if self.value() == "scheduled":
            return queryset.filter(status=Status.PUBLISHED).exclude(pk__in=live)
        if self.value() == "live":
            return queryset.filter(pk__in=live)
        return queryset


class QueueFilter(admin.SimpleListFilter):
    """The dashboard's queues as a list filter: what "All in stories" under
    each of its blocks opens."""

    title = _("queue")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        choices = [(name, title) for name, (title, *_rest) in QUEUES.items()]
        return [*choices, ("corrected", _("With corrections"))]

    def queryset(self, request, queryset):
        if self.value() in QUEUES:
            return queue(self.value(), queryset, request.user)
        if self.value() == "corrected":
            corrections = Note.objects.filter(
                kind=NoteKind.CORRECTION,
                content_type=ContentType.objects.get_for_model(queryset.model),
                object_id=OuterRef("pk"),
            )
            return queryset.filter(Exists(corrections))
        return queryset


def own_author(request):
    """The byline the signed-in account writes under, or None."""
    if not hasattr(request, "_own_author"):
        try:
            request._own_author = request.user.author
        except (AttributeError, ObjectDoesNotExist):
            request._own_author = None
    return request._own_author


class OwnBylineInlineMixin:
    """A new item's byline starts with the author linked to the account
    writing it (`Author.user`): one row, prefilled, which the writer may
    change or remove. Only on the empty form: a posted form keeps exactly
    what was posted."""

    def get_extra(self, request, obj=None, **kwargs):
        if obj is None and own_author(request) is not None:
            return 1
        return super().get_extra(request, obj, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        author = own_author(request)
        if obj is not None or author is None or request.method != "GET":
            return formset

        class Prefilled(formset):
            def __init__(self, *args, **kwargs):
                kwargs.setdefault("initial", [{"author": author.pk}])
                super().__init__(*args, **kwargs)

        return Prefilled


class NoteInline(GenericTabularInline):
    """Corrections and updates, shown at the end of a published page."""

    model = Note
    extra = 0
    fields = ["kind", "text", "created_at", "created_by"]
    readonly_fields = ["created_at", "created_by"]
    verbose_name_plural = _(
        "corrections and updates (shown at the end of the page, dated, and "
        "they change its “Updated” time)"
    )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["widget"] = AdminTextareaWidget(attrs={"rows": 2})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class WritingAdminMixin:
    """The writing form's sizes: the headline as wide as the form with its
    character count, the text boxes in `text_rows` that many lines (the
    standfirst a few, optional captions two), and the publication time the
    browser's date and time picker. The body editor's height is in
    writing.css."""

    text_rows = {"standfirst": 3}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "headline":
            kwargs["widget"] = CountedTextInput
        elif db_field.name in self.text_rows:
            rows = self.text_rows[db_field.name]
            kwargs["widget"] = AdminTextareaWidget(attrs={"rows": rows})
        elif db_field.name == "published_at":
            return db_field.formfield(form_class=PublicationTimeField, **kwargs)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class WorkflowAdminMixin:
    """Draft → in review → published → withdrawn, for a content type's admin.

    The state changes only through the workflow (buttons on the change form,
    the list's actions, the transition URL), all of which call
    `services.item_transition`; the status is never a form field. Those
    without the content type's publish permission cannot set the publication
    time and edit only their own drafts.
    """

    change_form_template = "admin/newsroom/workflow_change_form.html"
    publishing_fields = ("published_at",)
    workflow_actions = [
        "submit_selected",
        "publish_selected",
        "unpublish_selected",
        "withdraw_selected",
    ]

    # Permissions -----------------------------------------------------------

    def has_publish_permission(self, request):
        return can_publish(request.user, self.model)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or can_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or can_edit(request.user, obj))

    def get_list_filter(self, request):
        return [QueueFilter, *super().get_list_filter(request)]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        fields += ["state", "workflow_history"]
        if not self.has_publish_permission(request):
            fields += self.publishing_fields
        return list(dict.fromkeys(fields))

    def get_inline_instances(self, request, obj=None):
        # Corrections belong to what readers have seen.
        published = obj is not None and obj.first_published_at is not None
        return [
            inline
            for inline in super().get_inline_instances(request, obj)
            if published or not isinstance(inline, NoteInline)
        ]

    # Saving ------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Note:
            return super().save_formset(request, form, formset, change)
        for note in formset.save(commit=False):
            if note.pk is None:
                note.created_by = request.user
            note.save()
        for note in formset.deleted_objects:
            note.delete()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # After the byline and the photos are saved, so the checks see them.
        name = request.POST.get("_transition")
        if name:
            self.take_step(request, form.instance, name)
        elif form.instance.status == Status.PUBLISHED:
            problems = form.instance.publish_problems()
            if problems:
                self.message_user(
                    request,
                    self.problem_list(
                        request,
                        form.instance,
                        _("Saved, but it would not pass the publish checks now:"),
                        problems,
                    ),
                    messages.WARNING,
                )

    def problem_list(self, request, obj, lead, problems):
        """The publish checks' findings as one message: the lead, then one
        line per distinct problem, each leading to its fix."""
        lines = dict.fromkeys(self.problem_line(request, obj, p) for p in problems)
        return format_html(
            '{}<ul class="publish-problems">{}</ul>',
            lead,
            format_html_join("", "<li>{}</li>", ((line,) for line in lines)),
        )

    def problem_line(self, request, obj, problem):
        """One problem as HTML. Content types whose problems name a thing
        (a photo) show that thing and link to where it is fixed."""
        return format_html("{}", problem)

    def take_step(self, request, obj, name):
        """Run one workflow step and tell the user how it went."""
        try:
            item, warnings = item_transition(obj, name, request.user)
        except PermissionDenied:
            self.message_user(
                request, _("You are not allowed to do that."), messages.ERROR
            )
        except TransitionRefused as refused:
            obj.refresh_from_db(fields=["status"])
            self.message_user(
                request,
                self.problem_list(
                    request,
                    obj,
                    _("Your changes are saved; it is still %(state)s. Not done:")
                    % {"state": obj.state_label.lower()},
                    refused.problems,
                ),
                messages.ERROR,
            )
        else:
            done = TRANSITIONS[name].done
            if item.is_scheduled:
                done = _("Scheduled: it appears by itself at %(time)s.") % {
                    "time": date_format(
                        timezone.localtime(item.published_at), "j F Y, H:i:s"
                    )
                }
            self.message_user(request, done, messages.SUCCESS)
            for warning in warnings:
                self.message_user(request, warning, messages.WARNING)

    def response_add(self, request, obj, post_url_continue=None):
        if "_transition" in request.POST:
            return HttpResponseRedirect(admin_url(self, "change", quote(obj.pk)))
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        if "_transition" in request.POST:
            return HttpResponseRedirect(admin_url(self, "change", quote(obj.pk)))
        return super().response_change(request, obj)

    # The transition URL ------------------------------------------------------

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/transition/<slug:name>/",
                self.admin_site.admin_view(self.transition_view),
                name=f"{opts.app_label}_{opts.model_name}_transition",
            ),
            *super().get_urls(),
        ]

    @method_decorator(require_POST)
    def transition_view(self, request, object_id, name):
        obj = self.get_object(request, unquote(object_id))
        transition = TRANSITIONS.get(name)
        if obj is None or transition is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj) or (
            transition.applies_to(obj) and not may(request.user, obj, transition)
        ):
            raise PermissionDenied
        self.take_step(request, obj, name)
        return HttpResponseRedirect(admin_url(self, "change", quote(obj.pk)))

    # The change form -----------------------------------------------------------

    def render_change_form(self, request, context, add=False, change=False, **kwargs):
        obj = kwargs.get("obj")
        if obj is None:
            steps = [TRANSITIONS["submit"]]
            if self.has_publish_permission(request):
                steps.append(TRANSITIONS["publish"])
        else:
            steps = available(request.user, obj)
        opts = self.model._meta
        context["workflow_steps"] = [
            {
                "name": step.name,
                "label": publish_label(obj and obj.published_at)
                if step.name == "publish"
                else step.label,
                "wording": publish_label_wording() if step.name == "publish" else None,
                "confirm": step.confirm,
                "url": obj
                and reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_transition",
                    args=[quote(obj.pk), step.name],
                    current_app=self.admin_site.name,
                ),
            }
            for step in steps
        ]
        context["workflow_state"] = obj.state_label if obj else Status.DRAFT.label
        return super().render_change_form(request, context, add, change, **kwargs)

    @admin.display(description=_("state"))
    def state(self, obj):
        if obj.pk is None:
            return Status.DRAFT.label
        if obj.is_scheduled:
            return _("Scheduled for %(time)s") % {
                "time": date_format(timezone.localtime(obj.published_at), "j F Y, H:i")
            }
        return obj.state_label

    @admin.display(description=_("workflow history"))
    def workflow_history(self, obj):
        if obj.pk is None:
            return "—"
        changes = obj.state_changes.select_related("by")[:20]
        if not changes:
            return "—"
        return format_html(
            '<ul class="workflow-history">{}</ul>',
            format_html_join(
                "",
                "<li><time>{}</time> {} → {} <span>({})</span></li>",
                (
                    (
                        date_format(timezone.localtime(c.at), "j M Y, H:i"),
                        c.get_from_status_display(),
                        c.get_to_status_display(),
                        c.by.get_username() if c.by else _("someone removed"),
                    )
                    for c in changes
                ),
            ),
        )

    # Actions on the list -----------------------------------------------------

    def _bulk_step(self, request, queryset, name):
        done, refused = 0, []
        for obj in queryset:
            try:
                item_transition(obj, name, request.user)
            except PermissionDenied:
                refused.append(f"“{obj}”: {_('you are not allowed to do that')}")
            except TransitionRefused as refusal:
                problems = " ".join(str(p) for p in refusal.problems)
                refused.append(f"“{obj}”: {problems}")
            else:
                done += 1
        if done:
            self.message_user(
                request,
                ngettext("%(step)s: %(n)d item.", "%(step)s: %(n)d items.", done)
                % {"step": TRANSITIONS[name].label, "n": done},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(
                request, problem_list(_("Not done:"), refused), messages.ERROR
            )

    @admin.action(description=_("Submit selected for review"), permissions=["change"])
    def submit_selected(self, request, queryset):
        self._bulk_step(request, queryset, "submit")

    @admin.action(
        description=_("Publish selected (scheduled ones at their time)"),
        permissions=["publish"],
    )
    def publish_selected(self, request, queryset):
        self._bulk_step(request, queryset, "publish")

    @admin.action(
        description=_("Unpublish selected (back to draft)"), permissions=["publish"]
    )
    def unpublish_selected(self, request, queryset):
        self._bulk_step(request, queryset, "unpublish")

    @admin.action(
        description=_("Withdraw selected (their pages say they are gone)"),
        permissions=["publish"],
    )
    def withdraw_selected(self, request, queryset):
        self._bulk_step(request, queryset, "withdraw")


def problem_list(lead, problems):
    return format_html(
        '{}<ul class="publish-problems">{}</ul>',
        lead,
        format_html_join("", "<li>{}</li>", ((p,) for p in dict.fromkeys(problems))),
    )
