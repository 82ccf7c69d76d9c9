from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Articles")

    def ready(self):
        from django.db.models import Exists, OuterRef

        from galleries.usage import register_item_photos, register_published_usage
        from newsroom import content, pagecache

        from .models import Article, Byline
        from .sitemaps import ArticleSitemap
        from .views import article_page

        content.register(
            Article,
            name="articles",
            label=_("Stories"),
            card_template="includes/article_card.html",
            item_name="article",
            for_lists=lambda qs: qs.select_related(
                "section", "lead_photo__photographer", "lead_photo__agency"
            ),
            card_prefetch=lambda: [Article.objects.byline_prefetch()],
            for_feed=lambda qs: (
                qs.with_byline().with_lead_photo().prefetch_related("players", "teams")
            ),
            page=article_page,
            sitemap=ArticleSitemap,
            urls="articles.urls",
            front=True,
            news=True,
        )
        pagecache.watch(Byline)
        register_item_photos(
            Article,
            lambda article: [
                article.lead_photo,
                article.related_gallery.cover if article.related_gallery else None,
            ],
        )

        @register_published_usage
        def lead_photos_of_published_articles():
            live = Article.objects.published()
            return Exists(live.filter(lead_photo=OuterRef("pk")))
