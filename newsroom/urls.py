from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from . import previews, views
from .models import Player, Team

admin.site.site_header = f"{settings.NEWSROOM_SITE_NAME} desk"
admin.site.site_title = f"{settings.NEWSROOM_SITE_NAME} desk"
admin.site.index_title = "Today’s work"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("favicon.ico", views.favicon),
    path("", views.home, name="home"),
    path("section/<slug:slug>/", views.SectionView.as_view(), name="section"),
    path("author/<slug:slug>/", views.AuthorView.as_view(), name="author"),
    path("players/", views.PlayerIndexView.as_view(), name="players"),
    path("players/<slug:slug>/", views.PlayerView.as_view(), name="player"),
    path(
        "players/<slug:slug>/photos/",
        views.TagPhotosView.as_view(owner_model=Player),
        name="player_photos",
    ),
    path("teams/", views.TeamIndexView.as_view(), name="teams"),
    path("teams/<slug:slug>/", views.TeamView.as_view(), name="team"),
    path(
        "teams/<slug:slug>/photos/",
        views.TagPhotosView.as_view(owner_model=Team),
        name="team_photos",
    ),
    path("search/", views.SearchView.as_view(), name="search"),
    path("preview/<str:token>/", previews.shared_preview, name="preview"),
    path("", include("galleries.urls")),
    path("", include("articles.urls")),
]

if settings.DEBUG and settings.STORAGES["default"]["BACKEND"].endswith(
    "FileSystemStorage"
):
    # Development only; in production the web server or object storage serves
    # media. Originals live outside MEDIA_ROOT and are never served.
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
