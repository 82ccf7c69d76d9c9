from datetime import date

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from newsroom.related import related_items

from .models import Bulletin


def bulletin_page(request, bulletin, **context):
    return TemplateResponse(
        request,
        "bulletins/detail.html",
        {"bulletin": bulletin, "related": related_items(bulletin), **context},
    )


def detail(request, year, month, day, slug):
    try:
        day = date(int(year), int(month), int(day))
    except ValueError:
        raise Http404("No such day.") from None
    bulletin = get_object_or_404(Bulletin.objects.published(), pub_date=day, slug=slug)
    return bulletin_page(request, bulletin)
