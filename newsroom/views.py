"""The pages that compose the content types: home, section, author, player and
team pages."""

from django.conf import settings
from django.db.models import (
    CharField,
    Count,
    F,
    Value,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import RowNumber
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView, TemplateView

from articles.models import Article
from galleries.models import Gallery, Photo

from .feeds import feed_links
from .models import Author, Player, Section, Team
from .search import clean_query, search_filter, snippet


def favicon(request):
    """Browsers and the admin ask for /favicon.ico whatever the page says."""
    return redirect(static("newsroom/favicon.svg"), permanent=True)


def home(request):
    top_count = settings.NEWSROOM_HOME_TOP_STORIES
    articles = (
        Article.objects.published()
        .select_related("section")
        .select_related("lead_photo__photographer", "lead_photo__agency")
    )

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
    galleries = list(
        Gallery.objects.published()
        .select_related("cover__photographer", "cover__agency")
        .annotate(photo_count=Count("items"))
        .latest_first()[: settings.NEWSROOM_HOME_GALLERIES]
    )

    # One query per relation for everything on the page, however it is split.
    shown = pinned + newest + [a for block in section_blocks for a in block["articles"]]
    prefetch_related_objects(shown, Article.objects.byline_prefetch())
    photos = [a.lead_photo for a in shown if a.lead_photo]
    photos += [g.cover for g in galleries if g.cover]
    prefetch_related_objects(photos, "renditions")

    return render(
        request,
        "newsroom/home.html",
        {
            "lead": top[0] if top else None,
            "top_stories": top[1:],
            "latest": latest,
            "section_blocks": section_blocks,
            "galleries": galleries,
        },
    )


def _section_blocks(articles, *, exclude):
    """The newest few stories of every section, in one query whatever the count."""
    per_section = settings.NEWSROOM_HOME_SECTION_STORIES
    ranked = (
        articles.filter(section__isnull=False)
        .exclude(pk__in=[a.pk for a in exclude])
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=F("section_id"),
                order_by=[F("published_at").desc(), F("pk").desc()],
            )
        )
        .filter(rank__lte=per_section)
        .order_by("section__position", "section__name", "rank")
    )
    blocks = {}
    for article in ranked:
        blocks.setdefault(article.section, []).append(article)
    return [
        {"section": section, "articles": items} for section, items in blocks.items()
    ]


class ArticleListPage(ListView):
    """A paginated list of published articles belonging to one object."""

    paginate_by = settings.NEWSROOM_PAGE_SIZE
    owner_model = None
    owner_lookup = None
    context_object_name = "articles"

    def get(self, request, *args, **kwargs):
        self.owner = get_object_or_404(self.owner_model, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return (
            Article.objects.published()
            .for_lists()
            .filter(**{self.owner_lookup: self.owner})
            .latest_first()
        )

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
    owner_lookup = "bylines__author"
    feed_kind = "author"
    template_name = "newsroom/author_detail.html"


class PlayerIndexView(ListView):
    paginate_by = 100
    template_name = "newsroom/player_list.html"
    context_object_name = "players"
    queryset = Player.objects.select_related("team").order_by("name", "pk")


class TeamIndexView(ListView):
    paginate_by = 100
    template_name = "newsroom/team_list.html"
    context_object_name = "teams"
    queryset = Team.objects.order_by("name", "pk")


def tagged_photos(tag):
    """Published photos of a player or team, newest first, each with its page
    in a live gallery."""
    lookup = "players" if isinstance(tag, Player) else "teams"
    return (
        Photo.objects.published()
        .filter(**{lookup: tag})
        .select_related("photographer", "agency")
        .with_gallery_link()
        .order_by("-date_taken", "-uploaded_at", "-pk")
    )


MAX_PAGE = 10_000


def page_number(request):
    """The ?page= number, or a 404 for anything that is not a sane page."""
    raw = request.GET.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
        raise Http404("No such page.")
    return int(raw)


class TagPage(TemplateView):
    """A player's or team's page: their latest stories, paginated newer/older
    without counting (a star's tag has thousands), then galleries and photos,
    in a fixed number of queries."""

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
        number = page_number(self.request)
        start = (number - 1) * self.paginate_by
        rows = list(
            Article.objects.published()
            .with_byline()
            .select_related("lead_photo__photographer", "lead_photo__agency")
            .filter(**{self.owner_lookup: self.owner})
            .latest_first()[start : start + self.paginate_by + 1]
        )
        if number > 1 and not rows:
            raise Http404("No such page.")
        articles = rows[: self.paginate_by]
        galleries = list(
            Gallery.objects.published()
            .filter(**{self.owner_lookup: self.owner})
            .select_related("cover__photographer", "cover__agency")
            .annotate(photo_count=Count("items"))
            .latest_first()[: self.gallery_count]
        )
        photos = list(tagged_photos(self.owner)[: self.photo_count + 1])
        more_photos = len(photos) > self.photo_count
        photos = photos[: self.photo_count]
        pictures = [a.lead_photo for a in articles if a.lead_photo]
        pictures += [g.cover for g in galleries if g.cover] + photos
        prefetch_related_objects(pictures, "renditions")
        return super().get_context_data(
            owner=self.owner,
            articles=articles,
            newer_page=number - 1 if number > 1 else None,
            older_page=number + 1 if len(rows) > self.paginate_by else None,
            galleries=galleries,
            photos=photos,
            more_photos=more_photos,
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


class TagPhotosView(ListView):
    """Every published photo of a player or team, paginated."""

    paginate_by = 24
    owner_model = None
    template_name = "newsroom/tag_photos.html"
    context_object_name = "photos"

    def get(self, request, *args, **kwargs):
        self.owner = get_object_or_404(self.owner_model, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return tagged_photos(self.owner).prefetch_related("renditions")

    def get_context_data(self, **kwargs):
        return super().get_context_data(owner=self.owner, **kwargs)


SEARCH_TYPES = {"articles": _("Stories"), "galleries": _("Galleries")}


class SearchView(TemplateView):
    """/search/?q=: published stories and galleries, ranked, with the players
    and teams whose names match. Paged newer/older without counting; a
    fixed number of queries whatever the number of results."""

    template_name = "newsroom/search.html"
    paginate_by = settings.NEWSROOM_PAGE_SIZE

    def get_context_data(self, **kwargs):
        params = self.request.GET
        query = clean_query(params.get("q", ""))
        kind = params.get("type", "")
        kind = kind if kind in SEARCH_TYPES else ""
        slug = params.get("section", "")
        section = Section.objects.filter(slug=slug).first() if slug else None
        number = page_number(self.request)
        context = {
            "query": query,
            "kind": kind,
            "types": SEARCH_TYPES,
            "section": section,
            "results": [],
            "players": [],
            "teams": [],
        }
        if query:
            context.update(self.results(query, kind, section, number))
            if number == 1 and section is None and not kind:
                context["players"] = list(
                    Player.objects.search(query).select_related("team")[:6]
                )
                context["teams"] = list(Team.objects.search(query)[:4])
        return super().get_context_data(**context, **kwargs)

    def results(self, query, kind, section, number):
        ranked = []
        for name, queryset in (
            ("articles", Article.objects.published()),
            ("galleries", Gallery.objects.published()),
        ):
            if kind and kind != name:
                continue
            matching = search_filter(queryset, query)
            if section is not None:
                matching = matching.filter(section=section)
            ranked.append(
                matching.annotate(kind=Value(name, output_field=CharField()))
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
        found = {
            "articles": Article.objects.select_related("section").in_bulk(
                [pk for pk, name, *_ in page if name == "articles"]
            ),
            "galleries": Gallery.objects.select_related("section").in_bulk(
                [pk for pk, name, *_ in page if name == "galleries"]
            ),
        }
        results = []
        for pk, name, *_rest in page:
            item = found[name].get(pk)
            if item is None:
                continue
            text = item.search_text.partition("\n\n")[2].strip() or item.headline
            results.append(
                {"item": item, "kind": name, "snippet": snippet(text, query)}
            )
        return {
            "results": results,
            "newer_page": number - 1 if number > 1 else None,
            "older_page": number + 1 if len(rows) > self.paginate_by else None,
        }
