from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class GalleriesConfig(AppConfig):
    name = "galleries"
    verbose_name = _("Photo desk")

    def ready(self):
        from django.db.models import Q

        from newsroom.previews import register_page
        from newsroom.related import register_related
        from newsroom.search import index_on_save

        from .models import Gallery, GalleryItem, Photo
        from .signals import index_galleries_of_photo, index_gallery_of_item
        from .usage import register_published_usage
        from .views import gallery_page

        register_page(Gallery, gallery_page)
        register_related(
            Gallery,
            published=Gallery.objects.published,
            for_display=lambda qs: qs.select_related(
                "section", "cover__photographer", "cover__agency"
            ),
        )
        post_save.connect(index_on_save, sender=Gallery)
        for signal in (post_save, post_delete):
            signal.connect(index_gallery_of_item, sender=GalleryItem)
        post_save.connect(index_galleries_of_photo, sender=Photo)

        @register_published_usage
        def shown_in_published_galleries():
            live = Gallery.objects.published()
            return Q(gallery_items__gallery__in=live) | Q(covers__in=live)
