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
from newsroom.http import GoneWhenWithdrawnMixin, KeysetPaginationMixin
from newsroom.related import related_items
from newsroom.structured_data import news_article, social_image

from .models import Article


class ArticleDetailView(GoneWhenWithdrawnMixin, DateDetailView):
    model = Article
    date_field = "pub_date"
    month_format = "%m"
    context_object_name = "article"

    def get_queryset(self):
        # Built per request: published() compares with the current time.
        return (
            Article.objects.published()
            .with_byline()
            .select_related(
                "lead_photo__photographer",
                "lead_photo__agency",
                "related_gallery__cover__photographer",
                "related_gallery__cover__agency",
            )
            .prefetch_related("teams", "players", "notes")
        )

    def get_object(self, queryset=None):
        article = super().get_object(queryset)
        # The lead photo's and the gallery cover's renditions in one query.
        gallery = article.related_gallery
        pictures = [article.lead_photo, gallery.cover if gallery else None]
        prefetch_related_objects([p for p in pictures if p], "renditions")
        return article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(page_extras(self.request, self.object))
        return context


def page_extras(request, article):
    """What the page adds around the story: structured data, the social
    card's picture, and “More on this”."""
    return {
        "structured_data": news_article(request, article),
        "social_image": social_image(request, article.lead_photo),
        "related": related_items(article),
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
            **page_extras(request, article),
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
