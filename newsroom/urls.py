"""The root URLconf: the desk (admin), the public site, shared previews,
then every registered content type's own URLs (`newsroom.content`)."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from newsroom import content
from newsroom.desk import previews

admin.site.site_header = f"{settings.NEWSROOM_SITE_NAME} desk"
admin.site.site_title = f"{settings.NEWSROOM_SITE_NAME} desk"
admin.site.index_title = "Today’s work"

urlpatterns = [
    # Players and teams moved from the newsroom app to tags: old bookmarks
    # of the desk still land on the right page.
    re_path(
        r"^admin/newsroom/(?P<model>player|team)/(?P<rest>.*)$",
        RedirectView.as_view(url="/admin/tags/%(model)s/%(rest)s", query_string=True),
    ),
    path("admin/", admin.site.urls),
    path("", include("newsroom.site.urls")),
    path("preview/<str:token>/", previews.shared_preview, name="preview"),
    *(path("", include(kind.urls)) for kind in content.kinds() if kind.urls),
]
if settings.DEBUG and settings.STORAGES["default"]["BACKEND"].endswith(
    "FileSystemStorage"
):
    # Development only; in production the web server or object storage serves
    # media. Originals live outside MEDIA_ROOT and are never served.
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
