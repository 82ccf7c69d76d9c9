from django.conf import settings
from django.db.models import prefetch_related_objects
from django.template.response import TemplateResponse
from django.views.generic.dates import (
    DateDetailView,
    DayArchiveView,
    MonthArchiveView,
    YearArchiveView,
)

from newsroom import pagecache
from newsroom.fragments import Part
from newsroom.http import GoneWhenWithdrawnMixin, KeysetPaginationMixin
from newsroom.related import depends_on, related_items
from newsroom.structured_data import news_article, social_image

from .models import Article


class ArticleDetailView(GoneWhenWithdrawnMixin, DateDetailView):
    model = Article
    date_field = "pub_date"
    month_format = "%m"
    context_object_name = "article"

    def get_queryset(self):
        # Built per request: published() compares with the current time.
        # The row and what it points at; the byline, tags, notes and
        # renditions only when a part of the page is rendered (`load_story`).
        return Article.objects.published().select_related(
            "section",
            "lead_photo__photographer",
            "lead_photo__agency",
            "related_gallery__cover__photographer",
            "related_gallery__cover__agency",
        )

    def get_object(self, queryset=None):
        with pagecache.recorded() as shown:
            article = super().get_object(queryset)
        # What the page's kept parts show of it without loading it again.
        article.shown_keys = shown
        return article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(page_parts(self.request, self.object, load=load_story))
        return context


def load_story(article):
    """The story's byline, tags and notes, and its pictures' renditions:
    once, for whichever of its parts is rendered first. Their keys join
    those of the rows the article was loaded with."""
    if getattr(article, "story_loaded", False):
        return
    with pagecache.recorded() as shown:
        prefetch_related_objects(
            [article], Article.objects.byline_prefetch(), "teams", "players", "notes"
        )
        # The lead photo's and the gallery cover's renditions in one query.
        gallery = article.related_gallery
        pictures = [article.lead_photo, gallery.cover if gallery else None]
        prefetch_related_objects([p for p in pictures if p], "renditions")
    article.shown_keys = getattr(article, "shown_keys", set()) | shown
    article.story_loaded = True


def page_parts(request, article, *, load=None):
    """The page's parts (`newsroom.fragments`) around the page's own
    headline and address: the social card with the structured data, the
    story, and “More on this”. `load(article)` reads what they show, only
    when one is rendered; previews load nothing and keep nothing."""

    def keys():
        return getattr(article, "shown_keys", ())

    def head():
        if load:
            load(article)
        return {
            "structured_data": news_article(request, article),
            "social_image": social_image(request, article.lead_photo),
        }

    def story():
        if load:
            load(article)
        return {}

    def related():
        if load:
            prefetch_related_objects([article], "players", "teams")
        # The story's own gallery has its place (“In pictures”) already.
        shown = [article.related_gallery] if article.related_gallery_id else []
        return {"related": related_items(article, exclude=shown)}

    return {
        "head_part": Part(request, "article-head", article, prepare=head, keys=keys),
        "story_part": Part(request, "article-story", article, prepare=story, keys=keys),
        "related_part": Part(
            request,
            "related",
            article,
            prepare=related,
            keys=lambda: depends_on(article),
        ),
    }


def article_page(request, article, **context):
    """The article's public page for one item, as the detail view renders it;
    previews use it for drafts."""
    return TemplateResponse(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "object": article,
            **page_parts(request, article),
            **context,
        },
    )


class ArchiveMixin(KeysetPaginationMixin):
    """/<yyyy>/, /<yyyy>/<mm>/, /<yyyy>/<mm>/<dd>/: the stories published
    then, newest first, paged by key. By the address's date first, so the
    archive reads one range of the date index instead of sorting the whole
    year."""

    keyset_fields = ("pub_date", "published_at", "pk")

    date_field = "pub_date"
    month_format = "%m"
    paginate_by = settings.NEWSROOM_PAGE_SIZE
    template_name = "articles/article_archive.html"
    context_object_name = "articles"
    allow_empty = False

    def get_queryset(self):
        pagecache.shows(Article)
        return Article.objects.published().for_lists()


class ArticleYearArchiveView(ArchiveMixin, YearArchiveView):
    make_object_list = True


class ArticleMonthArchiveView(ArchiveMixin, MonthArchiveView):
    pass


class ArticleDayArchiveView(ArchiveMixin, DayArchiveView):
    pass
