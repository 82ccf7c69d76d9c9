from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Articles")

    def ready(self):
        from django.db.models import Q

        from galleries.usage import register_published_usage
        from newsroom.previews import register_page
        from newsroom.related import register_related
        from newsroom.search import index_on_save

        from .models import Article
        from .views import article_page

        register_page(Article, article_page)
        register_related(
            Article,
            published=Article.objects.published,
            for_display=lambda qs: qs.select_related(
                "section", "lead_photo__photographer", "lead_photo__agency"
            ),
        )
        post_save.connect(index_on_save, sender=Article)

        @register_published_usage
        def lead_photos_of_published_articles():
            return Q(lead_for_articles__in=Article.objects.published())
