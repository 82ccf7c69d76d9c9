from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GalleriesConfig(AppConfig):
    name = "galleries"
    verbose_name = _("Photo desk")

    def ready(self):
        from django.db.models import Q

        from newsroom.previews import register_page

        from .models import Gallery
        from .usage import register_published_usage
        from .views import gallery_page

        register_page(Gallery, gallery_page)

        @register_published_usage
        def shown_in_published_galleries():
            live = Gallery.objects.published()
            return Q(gallery_items__gallery__in=live) | Q(covers__in=live)
