from django.urls import path, re_path

from . import views

app_name = "galleries"

GALLERY = (
    r"^galleries/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/(?P<day>[0-9]{2})/"
    r"(?P<slug>[-\w]+)/"
)

urlpatterns = [
    path("galleries/", views.GalleryIndexView.as_view(), name="index"),
    re_path(GALLERY + "$", views.GalleryDetailView.as_view(), name="detail"),
    re_path(
        GALLERY + r"(?P<number>[0-9]{1,4})/$",
        views.GalleryPhotoView.as_view(),
        name="photo",
    ),
    path(
        "photographers/<slug:slug>/",
        views.PhotographerView.as_view(),
        name="photographer",
    ),
    re_path(
        r"^renditions/(?P<photo_id>[0-9]{1,18})/(?P<spec>[-\w]{1,20})\.(?P<fmt>[a-z]{3,5})$",
        views.rendition,
        name="rendition",
    ),
]
