"""Load the demo desk: our own fictional sections, authors, match reports,
photos and galleries.

Times are relative to now, so the site always looks current. Photos are drawn
with Pillow at load time and carry wire-style IPTC/XMP captions and credits, so
they go through the same ingest as a real upload. Loading is idempotent:
stories and galleries are keyed by slug, photos by their caption, and what
exists is left as it is.
"""

import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from articles.models import Article, Byline
from galleries.models import Gallery, GalleryByline, GalleryItem, Photo
from galleries.services import photo_ingest, renditions_deferred
from newsroom.desk import roles
from newsroom.models import Author, Section, Status
from newsroom.tags.models import Player, Team
from newsroom.tags.suggestions import Vocabulary

from . import galleries as demo_galleries
from . import pictures as demo_pictures
from . import stories as demo_data
from . import teams as demo_teams

# One account a role, each in the byline of some demo stories so “own work”
# means something: (username, role, last name, author slug).
DEMO_ACCOUNTS = [
    ("editor", roles.EDITOR, "Editor", demo_data.AUTHORS[0]["slug"]),
    ("reporter", roles.REPORTER, "Reporter", demo_data.AUTHORS[1]["slug"]),
    ("photoeditor", roles.PHOTO_EDITOR, "Photo editor", demo_data.AUTHORS[2]["slug"]),
]


@dataclass
class DemoAccount:
    username: str
    role: str
    password: str


@dataclass
class DemoResult:
    created: dict = field(default_factory=dict)
    accounts: list = field(default_factory=list)


def load_demo(*, now=None, password=None, photos=True, photo_size=None):
    """Load everything; `photos=False` skips drawing and storing pictures.
    The page renditions of what it publishes are queued, not made: `manage.py
    renditions_make` makes them (`make run` starts it beside the server)."""
    with renditions_deferred():
        return _load_demo(
            now=now, password=password, photos=photos, photo_size=photo_size
        )


def _load_demo(*, now, password, photos, photo_size):
    now = now or timezone.now()
    photo_size = photo_size or settings.NEWSROOM_DEMO_PHOTO_SIZE
    result = DemoResult()
    with transaction.atomic():
        sections = {
            row["slug"]: _get_or_create(result, Section, row)
            for row in demo_data.SECTIONS
        }
        authors = {
            row["slug"]: _get_or_create(result, Author, row)
            for row in demo_data.AUTHORS
        }
        for row in demo_data.ARTICLES:
            _load_article(result, row, sections=sections, authors=authors, now=now)
        _load_teams_and_players(result)
        result.accounts = reset_demo_accounts(password=password, authors=authors)
    if photos:
        # Outside the transaction above: stored files cannot be rolled back,
        # and each photo is saved whole by the ingest service anyway.
        pictures = _DemoPictures(result, size=photo_size)
        for row in demo_galleries.GALLERIES:
            _load_gallery(
                result,
                row,
                sections=sections,
                authors=authors,
                now=now,
                pictures=pictures,
            )
        for slug, photo in demo_galleries.LEAD_PHOTOS.items():
            article = Article.objects.filter(slug=slug, lead_photo__isnull=True).first()
            if article is not None:
                article.lead_photo = pictures.get(photo)
                article.save(update_fields=["lead_photo"])
    _tag_demo_content()
    return result


def _load_teams_and_players(result):
    teams = {row["slug"]: _get_or_create(result, Team, row) for row in demo_teams.TEAMS}
    for row in demo_teams.PLAYERS:
        _get_or_create(result, Player, {**row, "team": teams.get(row["team"])})


def _tag_demo_content():
    """Tag what is not tagged yet from its own text, as the desk would with
    the suggestions: stories by their words, photos by caption and keywords."""
    vocabulary = Vocabulary.load()

    def tag(item, text, keywords=()):
        if item.players.exists() or item.teams.exists():
            return
        found = vocabulary.suggest(strip_tags(text), keywords=keywords)
        item.players.add(*found.players)
        # "the Harbourside Open" is a tournament, not Harbourside Athletic: the
        # desk unticks team suggestions on tennis, where no team plays.
        sport = {str(keyword).casefold() for keyword in keywords}
        if "tennis" not in sport and getattr(item, "section_id", None) != tennis:
            item.teams.add(*found.teams)

    tennis = Section.objects.filter(slug="tennis").values_list("pk", flat=True).first()

    with transaction.atomic():
        for article in Article.objects.all():
            tag(article, f"{article.headline}\n{article.standfirst}\n{article.body}")
        for gallery in Gallery.objects.all():
            tag(gallery, f"{gallery.headline}\n{gallery.standfirst}\n{gallery.intro}")
        for photo in Photo.objects.all():
            tag(photo, photo.caption, photo.keywords)


class _DemoPictures:
    """Draws each demo photo once and ingests it like an upload."""

    def __init__(self, result, *, size):
        self.result = result
        self.size = size
        self.seed = 0

    def get(self, photo):
        self.seed += 1
        caption = photo.get("caption", "")
        existing = Photo.objects.filter(caption=caption).first() if caption else None
        if existing is not None:
            return existing
        content = demo_pictures.wire_jpeg(photo, seed=self.seed, size=self.size)
        ingested = photo_ingest(
            file=ContentFile(content, name=photo["file_name"]),
            values={"alt_text": photo.get("alt_text", "")},
        )
        self.result.created["photos"] = self.result.created.get("photos", 0) + 1
        return ingested


def _load_gallery(result, row, *, sections, authors, now, pictures):
    if Gallery.objects.filter(slug=row["slug"]).exists():
        return
    photos = [pictures.get(photo) for photo in row["photos"]]
    gallery = Gallery(
        slug=row["slug"],
        headline=row["headline"],
        standfirst=row["standfirst"],
        intro=row["intro"],
        section=sections[row["section"]],
        status=Status.PUBLISHED,
        published_at=_publication_time({**row, "status": "published"}, now),
        cover=photos[0] if photos else None,
    )
    gallery.full_clean()
    with transaction.atomic():
        gallery.save()
        GalleryByline.objects.bulk_create(
            GalleryByline(gallery=gallery, author=authors[slug], position=position)
            for position, slug in enumerate(row["authors"])
        )
        gallery.bylines_sync()
        GalleryItem.objects.bulk_create(
            GalleryItem(gallery=gallery, photo=photo, position=position)
            for position, photo in enumerate(photos, start=1)
        )
        Article.objects.filter(
            slug=row.get("related_article"), related_gallery__isnull=True
        ).update(related_gallery=gallery)
    result.created["galleries"] = result.created.get("galleries", 0) + 1


def _get_or_create(result, model, row):
    defaults = {key: value for key, value in row.items() if key != "slug"}
    obj, created = model.objects.get_or_create(slug=row["slug"], defaults=defaults)
    if created:
        label = model._meta.verbose_name_plural
        result.created[label] = result.created.get(label, 0) + 1
    return obj


def _publication_time(row, now):
    if row["status"] == "draft":
        return None
    local_now = timezone.localtime(now)
    if row["status"] == "scheduled":
        return (local_now + timedelta(days=2)).replace(
            hour=row["hour"], minute=0, second=0, microsecond=0
        )
    when = (local_now - timedelta(days=row["days_ago"])).replace(
        hour=row["hour"], minute=(len(row["slug"]) * 7) % 60, second=0, microsecond=0
    )
    # A story "from today" set later than now would be scheduled by mistake.
    return min(when, now - timedelta(minutes=5 + len(row["slug"])))


def _load_article(result, row, *, sections, authors, now):
    if Article.objects.filter(slug=row["slug"]).exists():
        return
    article = Article(
        slug=row["slug"],
        headline=row["headline"],
        kicker=row["kicker"],
        standfirst=row["standfirst"],
        body=row["body"],
        section=sections[row["section"]],
        status=Status.DRAFT if row["status"] == "draft" else Status.PUBLISHED,
        published_at=_publication_time(row, now),
        home_position=row.get("home_position"),
    )
    article.full_clean()
    article.save()
    Byline.objects.bulk_create(
        Byline(article=article, author=authors[slug], position=position)
        for position, slug in enumerate(row["authors"])
    )
    article.bylines_sync()
    result.created["articles"] = result.created.get("articles", 0) + 1


def reset_demo_accounts(*, password=None, authors=None):
    """Create or reset one demo account a role; returns them with their
    passwords (`password` for all, or a new random one each)."""
    roles.ensure_roles()
    authors = authors or {}
    accounts = []
    for username, role, last_name, author_slug in DEMO_ACCOUNTS:
        secret = password or secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"first_name": "Demo", "last_name": last_name}
        )
        user.is_staff = True
        user.is_active = True
        user.set_password(secret)
        user.save()
        user.user_permissions.clear()  # the role's group carries them
        user.groups.set([Group.objects.get(name=role)])
        author = authors.get(author_slug)
        if author is not None:
            # The account is the journalist's: the desk greets them by name.
            user.first_name, _, user.last_name = author.name.partition(" ")
            user.save(update_fields=["first_name", "last_name"])
        if author is not None and author.user_id is None:
            author.user = user
            author.save(update_fields=["user"])
        accounts.append(DemoAccount(username=username, role=role, password=secret))
    return accounts
