"""Answers every content type's pages share: 410 Gone for withdrawn items,
and lists paged to a bounded depth."""

from datetime import date

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.functional import cached_property


def gone(request):
    """410 Gone, in the site design: the page was withdrawn, not mislaid."""
    return render(request, "410.html", status=410)


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


class CappedPaginator(Paginator):
    """Pages of a public list, at most `NEWSROOM_MAX_LIST_PAGES` deep.

    The count reads at most that many pages' worth of rows, and no page
    starts further in than that, so page 1 and the last page cost the same
    for a section of 500 stories as for one of 50,000; older stories are in
    the date archives and search. A page past the end is a 404.
    """

    def __init__(self, object_list, per_page, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.max_items = per_page * settings.NEWSROOM_MAX_LIST_PAGES

    @cached_property
    def count(self):
        # Unordered: counting needs no sort, only the rows' index.
        return self.object_list.order_by()[: self.max_items].count()

    @property
    def capped(self):
        """Whether there is more than these pages show."""
        return self.count >= self.max_items


class CappedPaginationMixin:
    """For list views: pages through `CappedPaginator`."""

    paginator_class = CappedPaginator
