from django.views.generic.dates import DateDetailView

from .models import Article


class ArticleDetailView(DateDetailView):
    date_field = "pub_date"
    month_format = "%m"
    context_object_name = "article"

    def get_queryset(self):
        # Built per request: published() compares with the current time.
        return (
            Article.objects.published()
            .for_lists()
            .select_related(
                "related_gallery__cover__photographer", "related_gallery__cover__agency"
            )
            .prefetch_related("related_gallery__cover__renditions")
        )
