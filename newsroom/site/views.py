"""The pages that compose the content types: home, section, author, player and
team pages, and search.

Every content type comes from the registry (`newsroom.content`): the main
stream (articles) fills the home page's lead, top stories, latest and
section blocks and the story lists; every other type gets a block of its own
on the home page and on player and team pages, and a place in search.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.expressions import ArraySubquery
from django.core.validators import slug_re
from django.db import connection
from django.db.models import (
    CharField,
    F,
    OuterRef,
    Value,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import RowNumber
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.views.generic import ListView, TemplateView

from galleries.models import Photo
from newsroom import content, pagecache
from newsroom.http import Keyset, KeysetPaginationMixin
from newsroom.models import Author, Section
from newsroom.search import clean_query, search_filter, snippet
from newsroom.tags.models import Player, Team
from newsroom.text import is_number

from .feeds import feed_links


def favicon(request):
    """Browsers and the admin ask for /favicon.ico whatever the page says."""
    return redirect(static("newsroom/favicon.svg"), permanent=True)


def home(request):
    pagecache.shows(*(kind.model for kind in content.kinds()))
    top_count = settings.NEWSROOM_HOME_TOP_STORIES
    articles = content.front_kind().listed()
    pinned = list(
        articles.filter(home_position__isnull=False).order_by("home_position")[
            :top_count
        ]
    )
    newest = list(
        articles.exclude(pk__in=[a.pk for a in pinned]).latest_first()[
            : top_count - len(pinned) + settings.NEWSROOM_HOME_LATEST
        ]
    )
    unpinned_places = top_count - len(pinned)
    top = pinned + newest[:unpinned_places]
    latest = newest[unpinned_places:]
    section_blocks = _section_blocks(articles, exclude=top)
    blocks = kind_blocks(lambda kind: kind.listed())

    # One query per relation for everything on the page, however it is split.
    shown = pinned + newest + [a for block in section_blocks for a in block["articles"]]
    content.prepare_cards(shown + [i for block in blocks for i in block["items"]])

    return render(
        request,
        "newsroom/home.html",
        {
            "lead": top[0] if top else None,
            "top_stories": top[1:],
            "latest": latest,
            "section_blocks": section_blocks,
            "blocks": blocks,
        },
    )


def _section_blocks(articles, *, exclude):
    """The newest few stories of every section, in a fixed number of queries
    that read only those rows (see `_newest_per_section`)."""
    per_section = settings.NEWSROOM_HOME_SECTION_STORIES
    candidates = articles.exclude(pk__in=[a.pk for a in exclude])
    blocks = []
    for section, items in _newest_per_section(candidates, per_section):
        if items:
            blocks.append({"section": section, "articles": items})
    return blocks


def _newest_per_section(articles, count):
    """[(section, its newest `count` of `articles`)], sections in order.

    PostgreSQL: one query of the sections, each with the ids of its newest
    stories as an array subquery (a top-N read down the section's index,
    not a sort of every published story), then one query for those stories.
    SQLite, for small desks: a window function over the published stories.
    """
    order = ["position", "name"]
    if connection.vendor == "postgresql":
        newest = (
            articles.filter(section=OuterRef("pk"))
            .order_by("-published_at", "-pk")
            .values("pk")[:count]
        )
        rows = list(
            Section.objects.annotate(ids=ArraySubquery(newest)).order_by(*order)
        )
        loaded = articles.in_bulk([pk for section in rows for pk in section.ids])
        return [
            (section, [loaded[pk] for pk in section.ids if pk in loaded])
            for section in rows
        ]
    ranked = (
        articles.filter(section__isnull=False)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=F("section_id"),
                order_by=[F("published_at").desc(), F("pk").desc()],
            )
        )
        .filter(rank__lte=count)
        .order_by(*(f"section__{field}" for field in order), "rank")
    )
    blocks = {}
    for article in ranked:
        blocks.setdefault(article.section, []).append(article)
    return list(blocks.items())


def kind_blocks(listed):
    """[{"kind", "items"}] for every content type but the main stream: its
    newest few, one query a type. `listed(kind)` says which of its items."""
    blocks = []
    for kind in content.kinds():
        if kind.front:
            continue
        items = list(listed(kind).latest_first()[: kind.block_size])
        if items:
            blocks.append({"kind": kind, "items": items})
    return blocks


class ArticleListPage(KeysetPaginationMixin, ListView):
    """Published articles belonging to one object, newest first, paged by
    key: the thousandth page costs what the first does."""

    paginate_by = settings.NEWSROOM_PAGE_SIZE
    owner_model = None
    owner_lookup = None
    context_object_name = "articles"

    def get(self, request, *args, **kwargs):
        self.owner = get_object_or_404(self.owner_model, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return content.front_kind().listed().filter(**{self.owner_lookup: self.owner})

    def paginate_queryset(self, queryset, page_size):
        paginated = super().paginate_queryset(queryset, page_size)
        content.prepare_cards(paginated[2])
        return paginated

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            owner=self.owner,
            feed_links=feed_links(self.owner, self.feed_kind),
            **kwargs,
        )


class SectionView(ArticleListPage):
    owner_model = Section
    owner_lookup = "section"
    feed_kind = "section"
    template_name = "newsroom/section_detail.html"


class AuthorView(ArticleListPage):
    owner_model = Author
    feed_kind = "author"
    template_name = "newsroom/author_detail.html"

    def get_queryset(self):
        return content.front_kind().listed()

    def paginate_queryset(self, queryset, page_size):
        """Read down the author's bylines (which carry their story's
        publication time, see `BylineBase`), newest first, by key; then
        load those stories through `published()`. A prolific author's
        thousandth story costs what a new author's first does."""
        bylines = queryset.model._meta.get_field("bylines").related_model
        story = bylines.item_field().attname
        page = Keyset(("published_at", story)).page(
            bylines.live_of(self.owner),
            self.request.GET,
            page_size,
        )
        found = queryset.in_bulk([getattr(b, story) for b in page.object_list])
        page.object_list = [
            found[getattr(b, story)]
            for b in page.object_list
            if getattr(b, story) in found
        ]
        content.prepare_cards(page.object_list)
        return None, page, page.object_list, page.has_other_pages()


class PlayerIndexView(ListView):
    paginate_by = 100
    template_name = "newsroom/player_list.html"
    context_object_name = "players"
    queryset = Player.objects.select_related("team").order_by("name", "pk")

    def get(self, request, *args, **kwargs):
        pagecache.shows(Player)
        return super().get(request, *args, **kwargs)


class TeamIndexView(ListView):
    paginate_by = 100
    template_name = "newsroom/team_list.html"
    context_object_name = "teams"
    queryset = Team.objects.order_by("name", "pk")

    def get(self, request, *args, **kwargs):
        pagecache.shows(Team)
        return super().get(request, *args, **kwargs)


def tagged_photos(tag, count, *, before=None):
    """([the latest `count` published photos filed with a player or team],
    the cursor for older ones or None), each photo with its page in a live
    gallery; `before` is a photo id to read past.

    Read by key down the taggings' index, newest filed first: a window of a
    few pages' worth of the tag's photos past the cursor, then those of them
    readers may see. So a star's page reads what a reserve's does, at any
    depth. A window of photos still in drafts can make a short page; the
    cursor then moves past the whole window, never back.
    """
    photo_type = ContentType.objects.get_for_model(Photo)
    taggings = tag.taggings.filter(content_type=photo_type)
    if before is not None:
        taggings = taggings.filter(object_id__lt=before)
    window = count * settings.NEWSROOM_TAG_PHOTO_WINDOW
    ids = list(
        taggings.order_by("-object_id").values_list("object_id", flat=True)[
            : window + 1
        ]
    )
    candidates = ids[:window]
    photos = list(
        Photo.objects.published()
        .filter(pk__in=candidates)
        .select_related("photographer", "agency")
        .with_gallery_link()
        .order_by("-pk")[: count + 1]
    )
    if len(photos) > count:
        photos = photos[:count]
        return photos, photos[-1].pk
    return photos, (candidates[-1] if len(ids) > window else None)


def photo_cursor(request):
    """The ?before= photo id of a tag's photo pages, or a 404."""
    raw = request.GET.get("before")
    if raw is None:
        return None
    if not is_number(raw) or len(raw) > 18:
        raise Http404("No such page.")
    return int(raw)


MAX_PAGE = 10_000


def page_number(request):
    """The ?page= number of search results, or a 404 for anything that is
    not a sane page."""
    raw = request.GET.get("page", "1")
    if not is_number(raw) or len(raw) > 6 or not 1 <= int(raw) <= MAX_PAGE:
        raise Http404("No such page.")
    return int(raw)


class TagPage(TemplateView):
    """A player's or team's page: their latest stories, paged newer/older by
    key without counting (a star's tag has thousands), then galleries and
    photos, in a fixed number of queries."""

    owner_model = None
    owner_lookup = None
    photos_url_name = None
    paginate_by = settings.NEWSROOM_PAGE_SIZE
    photo_count = 12
    gallery_count = 4

    def get_owner(self, slug):
        return get_object_or_404(self.owner_model, slug=slug)

    def get(self, request, *args, **kwargs):
        self.owner = self.get_owner(kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        stories = Keyset(("published_at", "pk")).page(
            content.front_kind().listed().filter(**{self.owner_lookup: self.owner}),
            self.request.GET,
            self.paginate_by,
        )
        articles = stories.object_list
        blocks = kind_blocks(
            lambda kind: kind.listed().filter(**{self.owner_lookup: self.owner})
        )
        photos, more_photos = tagged_photos(self.owner, self.photo_count)
        content.prepare_cards(
            articles + [i for b in blocks for i in b["items"]], photos=photos
        )
        return super().get_context_data(
            owner=self.owner,
            articles=articles,
            page_obj=stories,
            blocks=blocks,
            photos=photos,
            more_photos=more_photos is not None,
            portrait=photos[0] if photos else None,
            photos_url=reverse(self.photos_url_name, args=[self.owner.slug]),
            feed_links=feed_links(self.owner, self.feed_kind),
            **kwargs,
        )


class PlayerView(TagPage):
    owner_model = Player
    owner_lookup = "players"
    feed_kind = "player"
    photos_url_name = "player_photos"
    template_name = "newsroom/player_detail.html"

    def get_owner(self, slug):
        return get_object_or_404(Player.objects.select_related("team"), slug=slug)


class TeamView(TagPage):
    owner_model = Team
    owner_lookup = "teams"
    feed_kind = "team"
    photos_url_name = "team_photos"
    template_name = "newsroom/team_detail.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            squad=self.owner.players.order_by("name", "pk"), **kwargs
        )


class TagPhotosView(TemplateView):
    """Every published photo of a player or team, the latest filed first,
    paged by key (see `tagged_photos`)."""

    paginate_by = 24
    owner_model = None
    template_name = "newsroom/tag_photos.html"

    def get(self, request, *args, **kwargs):
        self.owner = get_object_or_404(self.owner_model, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        before = photo_cursor(self.request)
        photos, older = tagged_photos(self.owner, self.paginate_by, before=before)
        if before is not None and not photos and older is None:
            raise Http404("No such page.")
        prefetch_related_objects(photos, "renditions")
        return super().get_context_data(
            owner=self.owner,
            photos=photos,
            paged=before is not None,
            older=older,
            **kwargs,
        )


class SearchView(TemplateView):
    """/search/?q=: published items of every content type, ranked, with the
    players and teams whose names match. Paged newer/older without counting;
    a fixed number of queries whatever the number of results."""

    template_name = "newsroom/search.html"
    paginate_by = settings.NEWSROOM_PAGE_SIZE

    def get_context_data(self, **kwargs):
        pagecache.shows(*(kind.model for kind in content.kinds()), Player, Team)
        params = self.request.GET
        query = clean_query(params.get("q", ""))
        kind = content.by_name(params.get("type", ""))
        slug = params.get("section", "")
        # Only a slug can name a section (PostgreSQL refuses a NUL outright).
        section = (
            Section.objects.filter(slug=slug).first()
            if slug_re.fullmatch(slug)
            else None
        )
        number = page_number(self.request)
        context = {
            "query": query,
            "kind": kind.name if kind else "",
            "types": {k.name: k.label for k in content.kinds()},
            "section": section,
            "results": [],
            "players": [],
            "teams": [],
        }
        if query:
            context.update(self.results(query, kind, section, number))
            if number == 1 and section is None and kind is None:
                context["players"] = list(
                    Player.objects.search(query).select_related("team")[:6]
                )
                context["teams"] = list(Team.objects.search(query)[:4])
        return super().get_context_data(**context, **kwargs)

    def results(self, query, kind, section, number):
        ranked = []
        for each in content.kinds():
            if kind is not None and kind is not each:
                continue
            matching = search_filter(
                each.published(), query, newest=settings.NEWSROOM_SEARCH_CANDIDATES
            )
            if section is not None:
                matching = matching.filter(section=section)
            ranked.append(
                matching.annotate(kind=Value(each.name, output_field=CharField()))
                .values_list("pk", "kind", "rank", "published_at")
                .order_by()
            )
        combined = ranked[0].union(*ranked[1:]) if len(ranked) > 1 else ranked[0]
        start = (number - 1) * self.paginate_by
        rows = list(
            combined.order_by("-rank", "-published_at", "-pk")[
                start : start + self.paginate_by + 1
            ]
        )
        if number > 1 and not rows:
            raise Http404("No such page.")
        page = rows[: self.paginate_by]
        found = {}
        for each in content.kinds():
            pks = [pk for pk, name, *_ in page if name == each.name]
            if pks:
                queryset = each.model._default_manager.select_related("section")
                found[each.name] = queryset.in_bulk(pks)
        results = []
        for pk, name, *_rest in page:
            item = found.get(name, {}).get(pk)
            if item is None:
                continue
            text = item.search_text.partition("\n\n")[2].strip() or item.headline
            results.append(
                {
                    "item": item,
                    "kind": content.by_name(name),
                    "snippet": snippet(text, query),
                }
            )
        return {
            "results": results,
            "newer_page": number - 1 if number > 1 else None,
            "older_page": number + 1 if len(rows) > self.paginate_by else None,
        }
