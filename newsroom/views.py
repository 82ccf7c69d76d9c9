"""The pages that compose the content types: home, section and author pages."""

from django.conf import settings
from django.db.models import Count, F, Window, prefetch_related_objects
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.views.generic import ListView

from articles.models import Article
from galleries.models import Gallery

from .models import Author, Section


def favicon(request):
    """Browsers and the admin ask for /favicon.ico whatever the page says."""
    return redirect(static("newsroom/favicon.svg"), permanent=True)


def home(request):
    top_count = settings.NEWSROOM_HOME_TOP_STORIES
    articles = (
        Article.objects.published()
        .select_related("section")
        .select_related("lead_photo__photographer", "lead_photo__agency")
    )

    pinned = list(
        articles.filter(home_position__isnull=False).order_by("home_position")[
            :top_count
        ]
    )
    newest = list(
        articles.exclude(pk__in=[a.pk for a in pinned]).latest_first()[
            : top_count - len(pinned) + settings.NEWSROOM_HOME_LATEST
        ]
    )
    unpinned_places = top_count - len(pinned)
    top = pinned + newest[:unpinned_places]
    latest = newest[unpinned_places:]
    section_blocks = _section_blocks(articles, exclude=top)
    galleries = list(
        Gallery.objects.published()
        .select_related("cover__photographer", "cover__agency")
        .annotate(photo_count=Count("items"))
        .latest_first()[: settings.NEWSROOM_HOME_GALLERIES]
    )

    # One query per relation for everything on the page, however it is split.
    shown = pinned + newest + [a for block in section_blocks for a in block["articles"]]
    prefetch_related_objects(shown, Article.objects.byline_prefetch())
    photos = [a.lead_photo for a in shown if a.lead_photo]
    photos += [g.cover for g in galleries if g.cover]
    prefetch_related_objects(photos, "renditions")

    return render(
        request,
        "newsroom/home.html",
        {
            "lead": top[0] if top else None,
            "top_stories": top[1:],
            "latest": latest,
            "section_blocks": section_blocks,
            "galleries": galleries,
        },
    )


def _section_blocks(articles, *, exclude):
    """The newest few stories of every section, in one query whatever the count."""
    per_section = settings.NEWSROOM_HOME_SECTION_STORIES
    ranked = (
        articles.filter(section__isnull=False)
        .exclude(pk__in=[a.pk for a in exclude])
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=F("section_id"),
                order_by=[F("published_at").desc(), F("pk").desc()],
            )
        )
        .filter(rank__lte=per_section)
        .order_by("section__position", "section__name", "rank")
    )
    blocks = {}
    for article in ranked:
        blocks.setdefault(article.section, []).append(article)
    return [
        {"section": section, "articles": items} for section, items in blocks.items()
    ]


class ArticleListPage(ListView):
    """A paginated list of published articles belonging to one object."""

    paginate_by = settings.NEWSROOM_PAGE_SIZE
    owner_model = None
    owner_lookup = None
    context_object_name = "articles"

    def get(self, request, *args, **kwargs):
        self.owner = get_object_or_404(self.owner_model, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return (
            Article.objects.published()
            .for_lists()
            .filter(**{self.owner_lookup: self.owner})
            .latest_first()
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(owner=self.owner, **kwargs)


class SectionView(ArticleListPage):
    owner_model = Section
    owner_lookup = "section"
    template_name = "newsroom/section_detail.html"


class AuthorView(ArticleListPage):
    owner_model = Author
    owner_lookup = "bylines__author"
    template_name = "newsroom/author_detail.html"
