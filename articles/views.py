from django.db.models import prefetch_related_objects
from django.template.response import TemplateResponse
from django.views.generic.dates import DateDetailView

from newsroom.http import GoneWhenWithdrawnMixin

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


def article_page(request, article, **context):
    """The article's public page for one item, as the detail view renders it;
    previews use it for drafts."""
    return TemplateResponse(
        request,
        "articles/article_detail.html",
        {"article": article, "object": article, **context},
    )
