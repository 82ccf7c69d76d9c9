"""The public pages that compose the content types. Not namespaced: these
names ("home", "section", "player", "feed", ...) are the site's own."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from newsroom.tags.models import Player, Team

from . import feeds, sitemaps, views
from .feeds import atom

urlpatterns = [
    path("favicon.ico", views.favicon),
    path("", views.home, name="home"),
    path("section/<slug:slug>/", views.SectionView.as_view(), name="section"),
    path("author/<slug:slug>/", views.AuthorView.as_view(), name="author"),
    # Feeds: RSS 2.0 at feed/, Atom 1.0 at feed/atom/.
    path("feed/", feeds.LatestFeed(), name="feed"),
    path("feed/atom/", atom(feeds.LatestFeed)(), name="feed_atom"),
    path("section/<slug:slug>/feed/", feeds.SectionFeed(), name="section_feed"),
    path(
        "section/<slug:slug>/feed/atom/",
        atom(feeds.SectionFeed)(),
        name="section_feed_atom",
    ),
    path("author/<slug:slug>/feed/", feeds.AuthorFeed(), name="author_feed"),
    path(
        "author/<slug:slug>/feed/atom/",
        atom(feeds.AuthorFeed)(),
        name="author_feed_atom",
    ),
    path("players/<slug:slug>/feed/", feeds.PlayerFeed(), name="player_feed"),
    path(
        "players/<slug:slug>/feed/atom/",
        atom(feeds.PlayerFeed)(),
        name="player_feed_atom",
    ),
    path("teams/<slug:slug>/feed/", feeds.TeamFeed(), name="team_feed"),
    path("teams/<slug:slug>/feed/atom/", atom(feeds.TeamFeed)(), name="team_feed_atom"),
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
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {
            "sitemaps": sitemaps.sitemaps(),
            "sitemap_url_name": "sitemap_section",
            "template_name": sitemaps.INDEX,
        },
        name="sitemap_index",
    ),
    path("sitemap-news.xml", sitemaps.news_sitemap, name="sitemap_news"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemaps.sitemaps(), "template_name": sitemaps.URLSET},
        name="sitemap_section",
    ),
]
