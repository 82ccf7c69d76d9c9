from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class GalleriesConfig(AppConfig):
    name = "galleries"
    verbose_name = _("Photo desk")

    def ready(self):
        from django.db.models import Exists, OuterRef

        from newsroom import content, pagecache

        from .models import (
            Agency,
            Gallery,
            GalleryByline,
            GalleryItem,
            Photo,
            Photographer,
        )
        from .signals import (
            index_galleries_of_photo,
            index_gallery_of_item,
            renditions_for_published,
        )
        from .sitemaps import GallerySitemap
        from .usage import register_item_photos, register_published_usage
        from .views import gallery_page

        content.register(
            Gallery,
            name="galleries",
            label=_("Galleries"),
            kicker=_("Gallery"),
            heading=_("In pics"),
            card_template="includes/gallery_card.html",
            item_name="gallery",
            for_lists=lambda qs: qs.select_related(
                "section", "cover__photographer", "cover__agency"
            ).with_photo_count(),
            for_feed=lambda qs: (
                qs.with_byline()
                .select_related("cover__photographer", "cover__agency")
                .prefetch_related("cover__renditions", "players", "teams")
            ),
            page=gallery_page,
            sitemap=GallerySitemap,
            urls="galleries.urls",
            index_url_name="galleries:index",
            revision_parts=[
                content.RevisionPart(
                    GalleryItem,
                    label=_("Photos"),
                    parent_field="gallery",
                    line=lambda item: " — ".join(
                        part
                        for part in (str(item.photo), item.caption_override)
                        if part
                    ),
                    order=lambda item: (item.position, item.pk or 0),
                    noun=(_("photo"), _("photos")),
                    detail=(_("caption"), _("captions")),
                )
            ],
        )
        # Renditions are not watched: a new one changes no page's content.
        pagecache.watch(GalleryItem, GalleryByline, Photo, Photographer, Agency)
        register_item_photos(
            Gallery,
            lambda gallery: [
                gallery.cover,
                *Photo.objects.filter(gallery_items__gallery=gallery),
            ],
        )
        # Published or scheduled, whatever the route: its pictures get made.
        post_save.connect(
            renditions_for_published, dispatch_uid="galleries.renditions_at_publish"
        )
        for signal in (post_save, post_delete):
            signal.connect(index_gallery_of_item, sender=GalleryItem)
        post_save.connect(index_galleries_of_photo, sender=Photo)

        @register_published_usage
        def shown_in_published_galleries():
            live = Gallery.objects.published()
            in_live = GalleryItem.objects.filter(photo=OuterRef("pk"), gallery__in=live)
            return Exists(in_live) | Exists(live.filter(cover=OuterRef("pk")))
