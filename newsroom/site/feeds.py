"""RSS 2.0 and Atom feeds (django.contrib.syndication): the latest items of
every registered content type, and those of each section, author, player
and team.

Each entry has its standfirst as description, its byline, its section and
tags as categories, its lead photo as an enclosure and a Media RSS element
with caption and credit, and a permanent ID (a tag: URI from the site's
domain, the first publication date and the row's id) that no headline or
slug change alters.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed

from newsroom import content, pagecache
from newsroom.models import Author, Section
from newsroom.tags.models import Player, Team

MEDIA_NS = "http://search.yahoo.com/mrss/"
PICTURE = ("16x9-1200", "jpeg")


class MediaRssMixin:
    """Media RSS elements: the picture with its caption and credit."""

    def root_attributes(self):
        attrs = super().root_attributes()
        attrs["xmlns:media"] = MEDIA_NS
        return attrs

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        media = item.get("media")
        if not media:
            return
        handler.startElement(
            "media:content",
            {
                "url": media["url"],
                "medium": "image",
                "type": "image/jpeg",
                "width": str(media["width"]),
                "height": str(media["height"]),
            },
        )
        if media["caption"]:
            handler.addQuickElement("media:description", media["caption"])
        if media["credit"]:
            handler.addQuickElement("media:credit", media["credit"])
        handler.endElement("media:content")


class MediaRssFeed(MediaRssMixin, Rss201rev2Feed):
    pass


class MediaAtomFeed(MediaRssMixin, Atom1Feed):
    pass


def latest_items(limit, *, author=None, **filters):
    """The newest published items of every content type matching `filters`
    (lookups every content type has: section, players, teams) or by
    `author`, in a fixed number of queries a type."""
    items = []
    for kind in content.kinds():
        found = kind.feed_items().filter(**filters)
        if author is not None:
            found = found.newest_by(author, limit)
        items += found.latest_first()[:limit]
    items.sort(key=lambda item: (item.published_at, item.pk), reverse=True)
    return items[:limit]


def permanent_id(item):
    """tag:news.example.com,2024-04-19:article/42 — the same for the item's
    whole life, whatever happens to its headline or address."""
    host = settings.NEWSROOM_SITE_DOMAIN.split(":")[0]
    day = item.pub_date.isoformat() if item.pub_date else "2000-01-01"
    return f"tag:{host},{day}:{item.kind}/{item.pk}"


class LatestFeed(Feed):
    """The whole site's latest stories and galleries."""

    feed_type = MediaRssFeed
    owner_model = None
    filters = {}

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, slug=None):
        if self.owner_model is None:
            return None
        return get_object_or_404(self.owner_model, slug=slug)

    def title(self, obj):
        name = settings.NEWSROOM_SITE_NAME
        return f"{obj.name} | {name}" if obj is not None else name

    def link(self, obj):
        return obj.get_absolute_url() if obj is not None else reverse("home")

    def description(self, obj):
        if obj is None:
            return settings.NEWSROOM_SITE_DESCRIPTION
        return f"The latest stories and galleries: {obj.name}."

    def subtitle(self, obj):
        return self.description(obj)

    def feed_url(self, obj):
        return self.request.path

    def items(self, obj):
        if obj is None:
            pagecache.shows(*(kind.model for kind in content.kinds()))
        filters = {self.owner_lookup: obj} if obj is not None else {}
        return latest_items(settings.NEWSROOM_FEED_ITEMS, **filters)

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.description

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        return permanent_id(item)

    item_guid_is_permalink = False

    def item_author_name(self, item):
        names = [author.name for author in item.byline_authors]
        if len(names) > 1:
            return ", ".join(names[:-1]) + " and " + names[-1]
        return names[0] if names else None

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.modified_at

    def item_categories(self, item):
        names = [item.section.name] if item.section_id else []
        names += [team.name for team in item.teams.all()]
        names += [player.name for player in item.players.all()]
        return names

    def item_enclosures(self, item):
        photo = item.picture
        if photo is None:
            return []
        rendition = photo.rendition(*PICTURE)
        return [
            Enclosure(
                self.request.build_absolute_uri(photo.rendition_url(*PICTURE)),
                str(rendition.size if rendition else 0),
                "image/jpeg",
            )
        ]

    def item_extra_kwargs(self, item):
        photo = item.picture
        if photo is None:
            return {}
        rendition = photo.rendition(*PICTURE)
        caption = getattr(item, "lead_caption", None) or photo.caption
        return {
            "media": {
                "url": self.request.build_absolute_uri(photo.rendition_url(*PICTURE)),
                "width": rendition.width if rendition else 1200,
                "height": rendition.height if rendition else 675,
                "caption": caption,
                "credit": photo.credit,
            }
        }


class SectionFeed(LatestFeed):
    owner_model = Section
    owner_lookup = "section"


class AuthorFeed(LatestFeed):
    owner_model = Author
    owner_lookup = "author"


class PlayerFeed(LatestFeed):
    owner_model = Player
    owner_lookup = "players"


class TeamFeed(LatestFeed):
    owner_model = Team
    owner_lookup = "teams"


def atom(feed_class):
    """The same feed as Atom 1.0."""
    return type(
        f"{feed_class.__name__}Atom", (feed_class,), {"feed_type": MediaAtomFeed}
    )


FEEDS = {
    "": LatestFeed,
    "section": SectionFeed,
    "author": AuthorFeed,
    "player": PlayerFeed,
    "team": TeamFeed,
}


def feed_links(owner=None, kind=""):
    """[(title, rss url, atom url)] for <link rel="alternate"> on a page."""
    site = settings.NEWSROOM_SITE_NAME
    links = []
    if owner is not None:
        args = [owner.slug]
        links.append(
            (
                f"{owner.name} | {site}",
                reverse(f"{kind}_feed", args=args),
                reverse(f"{kind}_feed_atom", args=args),
            )
        )
    links.append((site, reverse("feed"), reverse("feed_atom")))
    return links
