"""The content types readers see, each registered once by the app that owns it.

A content app (articles, galleries, and next matches or live blogs) calls
`register()` once, from its `AppConfig.ready()`, with everything the shared
surfaces need to know about it: where its published items come from, how a
list shows one, its public page, its sitemap, its URLs and the parts its
revisions hold. Search, feeds, sitemaps, the home page, player and team
pages, "More on this", previews and revisions all read `kinds()`, so a new
content type is added in its own app, in one place, and nothing in
`newsroom` imports it.
"""

from dataclasses import dataclass, field

from django.contrib.sitemaps import Sitemap
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Max, Min, prefetch_related_objects
from django.db.models.signals import post_save


def _unchanged(queryset):
    return queryset


@dataclass(frozen=True)
class RevisionPart:
    """Rows of `model` that belong to one item (a gallery's photos) and are
    kept with each of its revisions, shown as `label`, one `line` a row."""

    model: type
    label: str
    parent_field: str
    line: callable
    order: callable
    # How a save's summary names the rows and a change of one row's `line`:
    # ("photo", "photos") and ("caption", "captions") give "3 photos
    # reordered", "caption of photo 4". Empty: the model's verbose names.
    noun: tuple = ()
    detail: tuple = ()


@dataclass(frozen=True)
class ContentKind:
    model: type
    # "articles": the ?type= of search, the sitemap section, the feed key.
    name: str
    # What readers call a list of them: "Stories", "Galleries".
    label: str
    # The template that shows one item in a list, given it as `item_name`.
    card_template: str
    item_name: str
    # Said before an item in lists that mix kinds ("Gallery"); empty for
    # the main kind.
    kicker: str = ""
    # The heading of its block on the home page and tag pages ("In pics").
    heading: str = ""
    # queryset -> the same with what a card shows, joined in one query.
    for_lists: callable = _unchanged
    # () -> prefetches a card needs beyond that (a byline), made for a whole
    # page of items at once by `prepare_cards()`.
    card_prefetch: callable = tuple
    # queryset -> the same with what a feed entry shows (default: for_lists).
    for_feed: callable = None
    # (request, item, **context) -> the item's public page: previews use it.
    page: callable = None
    # A ContentSitemap subclass listing its published items.
    sitemap: type = None
    # Its URLconf module, composed into the site's at the root.
    urls: str = None
    # Its own list page, linked from its block on the home page.
    index_url_name: str = ""
    # The main stream: the home page's lead, top stories, latest and section
    # blocks, and the stories of section, author, player and team pages.
    front: bool = False
    # Other kinds get a block of this many on the home page and tag pages.
    block_size: int = 4
    # Listed in the Google News sitemap.
    news: bool = False
    revision_parts: tuple = field(default=())

    def published(self):
        """Built per call: `published()` compares with the current time."""
        return self.model._default_manager.published()

    def listed(self):
        return self.for_lists(self.published())

    def feed_items(self):
        return (self.for_feed or self.for_lists)(self.published())


_KINDS = {}


def register(model, **options):
    """Make `model` (a `Publishable`) a content type every public surface
    shows; its saves keep its search index current."""
    from . import pagecache
    from .search import index_on_save

    kind = ContentKind(model=model, **options)
    if any(k.name == kind.name and k.model is not model for k in _KINDS.values()):
        raise ValueError(f"Another content type is already called {kind.name!r}.")
    _KINDS[model] = kind
    post_save.connect(
        index_on_save, sender=model, dispatch_uid=f"search-{model._meta.label}"
    )
    pagecache.watch(model, publishable=True)
    return kind


def kinds():
    """Every registered content type, the main stream first, then in the
    order their apps are installed."""
    return sorted(_KINDS.values(), key=lambda kind: not kind.front)


def kind_of(model_or_item):
    model = model_or_item if isinstance(model_or_item, type) else type(model_or_item)
    return _KINDS.get(model)


def front_kind():
    """The main stream (articles), or None while no app registered one."""
    return next((kind for kind in _KINDS.values() if kind.front), None)


def by_name(name):
    return next((kind for kind in _KINDS.values() if kind.name == name), None)


def prepare_cards(items, *, photos=()):
    """Prefetch what the cards of `items` (of any kinds, in any mix) show,
    and the renditions of `photos` shown beside them: a fixed number of
    queries, however many items and kinds."""
    items = list(items)
    by_kind = {}
    for item in items:
        by_kind.setdefault(type(item), []).append(item)
    for model, group in by_kind.items():
        kind = kind_of(model)
        lookups = list(kind.card_prefetch()) if kind else []
        if lookups:
            prefetch_related_objects(group, *lookups)
    pictures = [item.picture for item in items if item.picture is not None]
    prefetch_related_objects([*pictures, *photos], "renditions")
    return items


class KeyPage:
    def __init__(self, object_list, number):
        self.object_list = object_list
        self.number = number


class KeyPaginator:
    """Sitemap pages by ranges of primary keys, not OFFSET: page n holds the
    rows whose ids fall in the n-th block of `limit` ids, so it reads one
    index range however deep it is, holds at most `limit` URLs, and keeps
    its rows as the site grows (new rows land on the last page). The page
    count comes from one aggregate, shared with the sitemap's lastmod."""

    def __init__(self, sitemap):
        self.sitemap = sitemap
        self.limit = sitemap.limit

    @property
    def num_pages(self):
        low, high = self.sitemap.bounds()["low"], self.sitemap.bounds()["high"]
        if low is None:
            return 1
        return (high - low) // self.limit + 1

    def page(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger("That page number is not an integer.") from None
        if number < 1 or number > self.num_pages:
            raise EmptyPage("That page contains no results.")
        low = self.sitemap.bounds()["low"] or 0
        start = low + (number - 1) * self.limit
        rows = self.sitemap.items().filter(pk__gte=start, pk__lt=start + self.limit)
        return KeyPage(rows.order_by("pk"), number)


class KeysetSitemap(Sitemap):
    """A sitemap whose pages are ranges of ids (see `KeyPaginator`): for
    tables of any size. `items()` is a queryset; `limit` URLs a page at most
    (the protocol allows 50,000 URLs and 50 MB a file)."""

    limit = 5000

    @property
    def paginator(self):
        return KeyPaginator(self)

    def bounds(self):
        """Lowest and highest id and latest change of the items: one query,
        once per request (the index asks for page count and lastmod)."""
        if not hasattr(self, "_bounds"):
            self._bounds = self.items().order_by().aggregate(**self.bound_aggregates())
        return self._bounds

    def bound_aggregates(self):
        return {"low": Min("pk"), "high": Max("pk")}


class ContentSitemap(KeysetSitemap):
    """Published items with their pictures as <image:image> entries; content
    apps subclass it, say which items, and which pictures each shows. The
    index's lastmod is one aggregate, never a walk over every item."""

    def lastmod(self, item):
        return item.modified_at

    def bound_aggregates(self):
        return {
            **super().bound_aggregates(),
            "updated": Max("updated_at"),
            "published": Max("published_at"),
        }

    def get_latest_lastmod(self):
        bounds = self.bounds()
        moments = [bounds["updated"], bounds["published"]]
        return max(filter(None, moments), default=None)

    def images(self, item):
        """[(url, caption)] of the pictures the item shows."""
        return []

    def get_urls(self, page=1, site=None, protocol=None):
        from . import pagecache

        pagecache.shows(self.items().model)
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        for url in urls:
            url["images"] = [
                {
                    "loc": photo_url
                    if photo_url.startswith("http")
                    else base + photo_url,
                    "caption": caption,
                }
                for photo_url, caption in self.images(url["item"])
            ]
        return urls
