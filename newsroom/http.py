"""Answers every content type's pages share: 410 Gone for withdrawn items,
lists paged by key ("older than this story"), never by OFFSET, and 400 for
an address that holds control characters."""

from datetime import UTC, date, datetime, timedelta

from django.db import models
from django.db.models import Q
from django.http import Http404
from django.shortcuts import render

from .text import has_control_characters


def gone(request):
    """410 Gone, in the site design: the page was withdrawn, not mislaid."""
    return render(request, "410.html", status=410)


class RefuseControlCharactersMiddleware:
    """400 Bad Request, in the site design, for a path or a query value that
    holds a control character (NUL and the other C0 controls but tab,
    newline and carriage return). No page or admin screen reads one, and
    PostgreSQL refuses NUL in any query, so such a value would otherwise
    reach the database and fail there. Form fields refuse NUL themselves
    (Django's `ProhibitNullCharactersValidator`); what they save is
    `xml_safe` (`newsroom.text.clean_text_fields`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_characters(request.path) or any(
            has_control_characters(key) or has_control_characters(value)
            for key, values in request.GET.lists()
            for value in values
        ):
            return render(request, "400.html", status=400)
        return self.get_response(request)


class GoneWhenWithdrawnMixin:
    """For a content type's date-and-slug pages: when nothing live answers
    the address but a withdrawn item holds it, say 410 Gone instead of 404,
    so search engines drop the page. The withdrawn item is never shown."""

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            if self.withdrawn_here():
                return gone(request)
            raise

    def withdrawn_here(self):
        try:
            day = date(
                int(self.kwargs["year"]),
                int(self.kwargs["month"]),
                int(self.kwargs["day"]),
            )
        except ValueError:
            return False
        withdrawn = self.model._default_manager.withdrawn()
        return withdrawn.filter(pub_date=day, slug=self.kwargs["slug"]).exists()


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class KeysetPage:
    """One page of a list read by key: the rows just older (``?before=``) or
    just newer (``?after=``) than a row's cursor. A template links to
    `newer_query` and `older_query`; there are no page numbers and no count.
    """

    def __init__(self, object_list, *, newer, older, params):
        self.object_list = object_list
        self.newer_cursor = newer
        self.older_cursor = older
        self.params = params

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    def has_previous(self):
        return self.newer_cursor is not None

    def has_next(self):
        return self.older_cursor is not None

    def has_other_pages(self):
        return self.has_previous() or self.has_next()

    @property
    def newer_query(self):
        return self._query("after", self.newer_cursor)

    @property
    def older_query(self):
        return self._query("before", self.older_cursor)

    def _query(self, direction, cursor):
        params = self.params.copy()
        for name in ("before", "after", "page"):
            params.pop(name, None)
        if cursor:
            params[direction] = cursor
        # "." is the list itself: every address here ends in a slash.
        return "?" + params.urlencode() if params else "."


class Keyset:
    """Reads pages of a queryset newest first along `fields` (every one
    descending, the last unique), by key instead of OFFSET: a page is the
    `per_page` rows past a cursor, one index range read however deep the
    reader goes, and a page's address keeps showing the same stories when
    new ones are published (so a cache or a CDN can keep it).

    A cursor is the row's values of `fields` as integers joined by dots
    (times in microseconds since 1970, dates as day numbers); anything
    else is a 404.
    """

    def __init__(self, fields):
        self.fields = tuple(fields)

    def page(self, queryset, params, per_page):
        before, after = params.get("before"), params.get("after")
        if (before and after) or params.get("page", "1") != "1":
            # An old ?page=N link is no page: numbered pages are gone.
            raise Http404("No such page.")
        rows = queryset.order_by(*(f"-{name}" for name in self.fields))
        if before or after:
            values = self.decode(queryset.model, before or after)
            rows = rows.filter(self.beyond(values, newer=bool(after)))
            if after:
                rows = rows.reverse()
        found = list(rows[: per_page + 1])
        more = len(found) > per_page
        found = found[:per_page]
        if after:
            found.reverse()
        if (before or after) and not found:
            raise Http404("No such page.")
        # Newer: always from a page reached by ?before= (the cursor's own
        # row is newer); from ?after=, only if the read stopped short.
        newer = found and (bool(before) or (bool(after) and more))
        older = found and (bool(after) or more)
        return KeysetPage(
            found,
            newer=self.encode(found[0]) if newer else None,
            older=self.encode(found[-1]) if older else None,
            params=params,
        )

    def beyond(self, values, *, newer):
        """Rows past `values` in the list's order: older, or newer. The
        first field's <=/>= is redundant but lets the database read one
        range of the index."""
        op = "gt" if newer else "lt"
        past = Q()
        for i, name in enumerate(self.fields):
            equal = dict(zip(self.fields[:i], values[:i], strict=True))
            past |= Q(**equal, **{f"{name}__{op}": values[i]})
        return Q(**{f"{self.fields[0]}__{op}e": values[0]}) & past

    def encode(self, row):
        return ".".join(str(to_integer(getattr(row, name))) for name in self.fields)

    def decode(self, model, cursor):
        parts = cursor.split(".")
        if len(parts) != len(self.fields) or len(cursor) > 100:
            raise Http404("No such page.")
        try:
            return [
                from_integer(field_of(model, name), int(part))
                for name, part in zip(self.fields, parts, strict=True)
            ]
        except (ValueError, OverflowError):
            raise Http404("No such page.") from None


def field_of(model, name):
    return model._meta.pk if name == "pk" else model._meta.get_field(name)


def to_integer(value):
    if isinstance(value, datetime):
        return (value - EPOCH) // timedelta(microseconds=1)
    if isinstance(value, date):
        return value.toordinal()
    return int(value)


def from_integer(field, number):
    if isinstance(field, models.DateTimeField):
        return EPOCH + timedelta(microseconds=number)
    if isinstance(field, models.DateField):
        return date.fromordinal(number)
    if abs(number) >= 2**63:
        raise OverflowError
    return number


class KeysetPaginationMixin:
    """For list views: pages by key (see `Keyset`) instead of by number.
    Views say `keyset_fields`, newest first; the list's own order is
    replaced by them."""

    keyset_fields = ("published_at", "pk")

    def paginate_queryset(self, queryset, page_size):
        page = Keyset(self.keyset_fields).page(queryset, self.request.GET, page_size)
        return None, page, page.object_list, page.has_other_pages()
