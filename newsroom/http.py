"""Answers every content type's pages share: 410 Gone for withdrawn items."""

from datetime import date

from django.http import Http404
from django.shortcuts import render


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
