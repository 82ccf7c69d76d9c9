"""A newsroom's worth of rows, fast: what `manage.py seed_scale` makes.

Realistic in shape, not in prose: ten years of match reports and galleries
(and, whatever the archive's size, a desk's day of news in each of the last
two days: `DAILY_STORIES` stories and a tenth as many galleries) in twenty
sections, bylines, photos with credits and their rendition rows,
players and teams tagged the way real desks tag (a few stars carry most of
the taggings: Zipf), some words in at least a third of all items, so
search meets common words as it does in production, and a few rare words in
the same few items at any size (`RARE_STORIES`, `RARE_GALLERIES`).

Everything is written with `bulk_create` in batches, with no image work: one
tiny placeholder file per rendition shape is stored once through the storage
API and every rendition row points at it. The search index is then built in
batches by `search_update_bulk`, as `manage.py search_reindex` does.
"""

import itertools
import json
import operator
import random
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.text import slugify

from articles.models import Article, Byline
from galleries.models import (
    Agency,
    Gallery,
    GalleryByline,
    GalleryItem,
    Photo,
    Photographer,
    Rendition,
)
from newsroom.aliases import alias_keys
from newsroom.models import Author, Section, Status
from newsroom.search import search_update_bulk
from newsroom.tags.models import Player, TaggedPlayer, TaggedTeam, Team

# Rendition rows each photo gets, as pages ask for them.
RENDITIONS = [("4x3-800", "jpeg", 800, 600), ("16x9-1200", "jpeg", 1200, 675)]
RENDITIONS += [("w1280", "jpeg", 1280, 853), ("1x1-400", "webp", 400, 400)]

CLUB_WORDS = [
    "Harbourside", "Kingsbridge", "Wexley", "Quayside", "Marlow", "Ashcombe",
    "Fenwick", "Oakfield", "Rivermouth", "Castleton", "Elmstead", "Brackley",
    "Highmoor", "Tarrow", "Greyhaven", "Northgate", "Saltash", "Westerly",
]  # fmt: skip
SUFFIXES = ["Athletic", "Rovers", "United", "Town", "City", "Wanderers", "Albion"]
FIRST = [
    "Emeka", "Kasper", "Tobi", "Sam", "Ibou", "Luca", "Mateo", "Niall", "Arjun",
    "Dara", "Felix", "Hugo", "Jonah", "Kofi", "Leon", "Milo", "Omar", "Rafe",
]  # fmt: skip
LAST = [
    "Duru", "Lunde", "Okafor", "Gomez", "Konaté", "Brennan", "Castell", "Dvořák",
    "Eriksen", "Fofana", "Haldane", "Ivanov", "Jansen", "Kowalczyk", "Lindqvist",
    "Moreau", "Nakamura", "Ødegård", "Petrov", "Quinn", "Rossi", "Silva",
]  # fmt: skip
# "match" and "late" are in every headline or standfirst pattern: common words.
HEADLINES = [
    "{a} edge {b} in a late match thriller",
    "{p} double earns {a} a late win over {b}",
    "{a} and {b} share the points after a tense match",
    "Late drama as {a} beat {b} at the {v}",
    "{b} stun {a} with a late match winner",
    "Analysis: how {a} won the match against {b}",
]
STANDFIRSTS = [
    "A late goal settled the match at the {v} in front of a full house.",
    "{p} was the difference as {a} pulled clear in the second half.",
    "The match turned on a red card just before half-time.",
]
# Rare words are in the same number of items whatever the archive's size (as
# an unusual name is): a search for one finds a page or two at any size.
RARE_WORDS = ["floodlight", "groundshare", "testimonial", "sandbagging", "tifo"]
RARE_STORIES = 25  # stories each rare word is in
RARE_GALLERIES = 3  # galleries each rare word is in
SECTION_NAMES = [
    "Football", "Rugby", "Cricket", "Tennis", "Athletics", "Cycling", "Golf",
    "Boxing", "Motor racing", "Netball", "Hockey", "Basketball", "Swimming",
    "Rowing", "Sailing", "Darts", "Snooker", "Horse racing", "Women's football",
    "Transfers",
]  # fmt: skip


@dataclass
class Report:
    created: dict = field(default_factory=dict)

    def add(self, label, count):
        self.created[label] = self.created.get(label, 0) + count


# What a desk publishes in a day: the newest two days of every seeded set
# hold this many stories a day (and a tenth as many galleries), so pages of
# the latest news (the home page, the news sitemap) show as much at 1,000
# stories as at 100,000, as they would at a young site and an old one.
DAILY_STORIES = 30


def zipf_weights(count, exponent=1.1):
    return [1 / (rank**exponent) for rank in range(1, count + 1)]


class Seeder:
    def __init__(
        self,
        *,
        articles,
        galleries,
        photos_per_gallery,
        players,
        teams,
        sections=20,
        authors=200,
        years=10,
        seed=1,
        batch_size=5000,
        progress=None,
    ):
        self.counts = {
            "articles": articles,
            "galleries": galleries,
            "photos_per_gallery": photos_per_gallery,
            "players": players,
            "teams": teams,
            "sections": sections,
            "authors": authors,
        }
        self.years = years
        # Reproducible fake data, not secrets.
        self.random = random.Random(seed)  # noqa: S311
        self.batch_size = batch_size
        self.progress = progress or (lambda message: None)
        self.now = timezone.now()
        self.report = Report()
        self.rare = {
            Article: self._rare_positions(articles, RARE_STORIES),
            Gallery: self._rare_positions(galleries, RARE_GALLERIES),
        }

    def _rare_positions(self, count, per_word):
        """{item index: rare word}, `per_word` items a word."""
        picks = self.random.sample(range(count), min(count, per_word * len(RARE_WORDS)))
        return {i: RARE_WORDS[n % len(RARE_WORDS)] for n, i in enumerate(picks)}

    # The whole run -----------------------------------------------------------

    def run(self):
        with transaction.atomic():
            self.seed_people()
            photos = self.seed_photos()
            self.seed_articles(photos)
            self.seed_galleries(photos)
        self.progress("Search vectors …")
        for model in (Article, Gallery):
            search_update_bulk(model, progress=self.progress)
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would gather them in time: the
            # planner's choices are then those of a database in service.
            self.progress("ANALYZE …")
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        return self.report

    def bulk(self, model, rows, label=None):
        """Insert `rows` in batches; returns them, saved, with their ids."""
        saved = []
        for start in range(0, len(rows), self.batch_size):
            saved += insert_rows(model, rows[start : start + self.batch_size])
        if label:
            self.report.add(label, len(saved))
            self.progress(f"{label}: {len(saved)}")
        return saved

    # Sections, authors, teams and players -------------------------------------

    def seed_people(self):
        count = self.counts
        taken = set(Section.objects.values_list("slug", flat=True))
        names = [n for n in SECTION_NAMES if slugify(n) not in taken]
        names += [f"Section {i}" for i in range(count["sections"])]
        self.sections = list(Section.objects.all()) + self.bulk(
            Section,
            [
                Section(name=name, slug=slugify(name), position=10 + i)
                for i, name in enumerate(names[: count["sections"]])
            ],
            "sections",
        )
        self.authors = self.bulk(
            Author,
            [
                Author(
                    name=f"{self.random.choice(FIRST)} {self.random.choice(LAST)}",
                    slug=f"scale-author-{i}",
                    job_title="Correspondent",
                )
                for i in range(count["authors"])
            ],
            "authors",
        )
        self.teams = self.bulk(
            Team,
            [
                self._aliased(
                    Team(
                        name=f"{CLUB_WORDS[i % len(CLUB_WORDS)]} "
                        f"{SUFFIXES[i // len(CLUB_WORDS) % len(SUFFIXES)]} {i}",
                        slug=f"scale-team-{i}",
                        short_name=CLUB_WORDS[i % len(CLUB_WORDS)],
                        country="England",
                    )
                )
                for i in range(count["teams"])
            ],
            "teams",
        )
        self.players = self.bulk(
            Player,
            [
                self._aliased(
                    Player(
                        name=self._player_name(i),
                        slug=f"scale-player-{i}",
                        team=self.teams[i % len(self.teams)] if self.teams else None,
                        position="Midfielder",
                    )
                )
                for i in range(count["players"])
            ],
            "players",
        )
        self.author_cum = list(itertools.accumulate(zipf_weights(len(self.authors))))
        self.team_cum = list(itertools.accumulate(zipf_weights(len(self.teams))))
        self.player_cum = list(itertools.accumulate(zipf_weights(len(self.players))))
        self.agencies = [
            Agency.objects.get_or_create(
                slug=f"scale-{slug}", defaults={"name": name, "match_keys": ""}
            )[0]
            for slug, name in [("wire", "Wire Pictures"), ("pool", "Pool Photos")]
        ]
        self.photographers = self.bulk(
            Photographer,
            [
                Photographer(
                    name=f"{self.random.choice(FIRST)} {self.random.choice(LAST)}",
                    slug=f"scale-photographer-{i}",
                    agency=self.agencies[i % 2],
                )
                for i in range(40)
            ],
            "photographers",
        )

    @staticmethod
    def _player_name(i):
        """Every player a distinct name, as "Emeka Duru 17"."""
        return f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]} {i}"

    @staticmethod
    def _aliased(tag):
        tag.match_keys = alias_keys(tag.name, tag.aliases)
        return tag

    # Photos and renditions ----------------------------------------------------

    def seed_photos(self):
        count = self.counts
        total = (
            count["galleries"] * count["photos_per_gallery"] + count["articles"] // 10
        )
        original = storages["originals"].save(
            "scale/original.jpg", ContentFile(b"\xff\xd8\xff\xd9")
        )
        placeholders = {
            (spec, fmt): storages["renditions"].save(
                f"scale/{spec}.{fmt}", ContentFile(b"placeholder")
            )
            for spec, fmt, _w, _h in RENDITIONS
        }
        photos = []
        for start in range(0, total, self.batch_size):
            rows = []
            for i in range(start, min(total, start + self.batch_size)):
                words = self._words()
                rows.append(
                    Photo(
                        image=original,
                        original_name=f"IMG_{i:06d}.jpg",
                        title=f"{words['a']} v {words['b']}",
                        caption=f"{words['p']} of {words['a']} celebrates a late "
                        f"goal against {words['b']} at the {words['v']}.",
                        alt_text=f"A footballer in a {words['a']} shirt celebrates.",
                        photographer=self.random.choice(self.photographers),
                        agency=self.random.choice(self.agencies),
                        date_taken=self._when(),
                        width=1600,
                        height=1067,
                        file_size=2_000_000,
                        checksum=f"scale{i}",
                    )
                )
            saved = insert_rows(Photo, rows)
            insert_values(
                Rendition,
                ["photo_id", "spec", "format", "file", "width", "height", "size"],
                [
                    (photo.pk, spec, fmt, placeholders[spec, fmt], w, h, 50_000)
                    for photo in saved
                    for spec, fmt, w, h in RENDITIONS
                ],
            )
            photos += saved
            self.progress(f"photos: {len(photos)} of {total}")
        self.report.add("photos", len(photos))
        self.report.add("renditions", len(photos) * len(RENDITIONS))
        self._tag(Photo, photos, per_item=1, share=0.3)
        return photos

    # Articles and galleries ---------------------------------------------------

    def seed_articles(self, photos):
        count = self.counts["articles"]
        lead_photos = photos[-max(1, count // 10) :] if photos else []
        articles = []
        for start in range(0, count, self.batch_size):
            rows = []
            for i in range(start, min(count, start + self.batch_size)):
                rows.append(self._item(Article, i, lead_photos=lead_photos))
            articles += insert_rows(Article, rows)
            self.progress(f"articles: {len(articles)} of {count}")
        self.report.add("articles", len(articles))
        self._bylines(Byline, "article", articles)
        self._tag(Article, articles, per_item=3)

    def seed_galleries(self, photos):
        count, per = self.counts["galleries"], self.counts["photos_per_gallery"]
        galleries = self.bulk(
            Gallery,
            [
                self._item(Gallery, i, cover=photos[i * per] if photos else None)
                for i in range(count)
            ],
            "galleries",
        )
        for start in range(0, len(galleries), max(1, self.batch_size // per)):
            chunk = galleries[start : start + max(1, self.batch_size // per)]
            insert_values(
                GalleryItem,
                ["gallery_id", "photo_id", "position", "caption_override"],
                [
                    (gallery.pk, photos[g * per + n].pk, n + 1, "")
                    for g, gallery in enumerate(chunk, start=start)
                    for n in range(per)
                ],
            )
        self.report.add("gallery photos", count * per)
        self._bylines(GalleryByline, "gallery", galleries)
        self._tag(Gallery, galleries, per_item=3)

    def _item(self, model, i, *, lead_photos=(), cover=None):
        words = self._words()
        headline = self.random.choice(HEADLINES).format(**words)
        standfirst = self.random.choice(STANDFIRSTS).format(**words)
        if i in self.rare[model]:
            standfirst += f" A {self.rare[model][i]} story."
        daily, count = (
            (DAILY_STORIES, self.counts["articles"])
            if model is Article
            else (DAILY_STORIES // 10, self.counts["galleries"])
        )
        if i < min(2 * daily, count // 10):
            published_at = self.now - timedelta(
                seconds=self.random.randint(60, 2 * 24 * 3600)
            )
        else:
            published_at = self._when()
        state = self.random.random()
        status = Status.PUBLISHED
        if state < 0.02:
            status, published_at = Status.DRAFT, None
        elif state < 0.03:
            published_at = self.now + timedelta(days=self.random.randint(1, 30))
        day = timezone.localdate(published_at) if published_at else None
        values = {
            "headline": headline,
            "slug": f"{slugify(headline)[:150]}-{i}",
            "standfirst": standfirst,
            "section": self.random.choice(self.sections),
            "status": status,
            "published_at": published_at,
            "first_published_at": published_at,
            "pub_date": day,
            "edit_version": 1,
        }
        if model is Article:
            body = (
                f"<p>{words['p']} scored twice as {words['a']} beat {words['b']} "
                f"at the {words['v']}.</p><h2>Second half</h2><p>The late "
                "winner came after a long spell of pressure.</p>"
            )
            values["body"] = body
            if lead_photos and self.random.random() < 0.8:
                values["lead_photo"] = self.random.choice(lead_photos)
        else:
            values["intro"] = f"The best pictures from the {words['v']}."
            values["cover"] = cover
        return model(**values)

    def _bylines(self, model, field_name, items):
        rows = []
        for item in items:
            # Staff writers carry most bylines, as at a real desk (Zipf).
            picked = self.random.choices(
                self.authors,
                cum_weights=self.author_cum,
                k=self.random.choice([1, 1, 2]),
            )
            for position, author in enumerate(dict.fromkeys(picked)):
                published = item.status == Status.PUBLISHED
                moment = item.published_at if published else None
                rows.append((item.pk, author.pk, position, moment))
        insert_values(
            model, [f"{field_name}_id", "author_id", "position", "published_at"], rows
        )
        self.report.add(f"{field_name} bylines", len(rows))

    def _tag(self, model, items, *, per_item, share=1.0):
        content_type = ContentType.objects.get_for_model(model).pk
        players, teams = [], []
        pick = self.random.choices
        for item in items:
            if self.random.random() > share:
                continue
            chosen = set(pick(self.players, cum_weights=self.player_cum, k=per_item))
            players += [(content_type, item.pk, p.pk) for p in chosen]
            chosen = set(
                pick(self.teams, cum_weights=self.team_cum, k=max(1, per_item // 2))
            )
            teams += [(content_type, item.pk, t.pk) for t in chosen]
        label = model._meta.verbose_name_plural
        columns = ["content_type_id", "object_id", "tag_id"]
        insert_values(TaggedPlayer, columns, players)
        insert_values(TaggedTeam, columns, teams)
        self.report.add(f"player tags on {label}", len(players))
        self.report.add(f"team tags on {label}", len(teams))

    # Helpers ------------------------------------------------------------------

    def _words(self):
        a, b = (
            self.random.sample(self.teams, 2) if len(self.teams) > 1 else (None, None)
        )
        player = self.random.choice(self.players) if self.players else None
        return {
            "a": a.short_name if a else "Harbourside",
            "b": b.short_name if b else "Kingsbridge",
            "p": player.name.rsplit(" ", 1)[0] if player else "Duru",
            "v": f"{self.random.choice(CLUB_WORDS)} Ground",
        }

    def _when(self):
        # Before the last two days: those hold the day's news (DAILY_STORIES).
        seconds = self.random.randint(2 * 24 * 3600, self.years * 365 * 24 * 3600)
        return self.now - timedelta(seconds=seconds)


def insert_rows(model, rows):
    """Insert model instances and give them their ids: PostgreSQL's COPY
    (ids taken from the table's sequence range, which a seeding run holds
    alone), `bulk_create` elsewhere. No save(), no signals."""
    if connection.vendor != "postgresql" or not rows:
        return model.objects.bulk_create(rows)
    opts = model._meta
    fields = opts.concrete_fields
    getters = [_column_value(field) for field in fields]
    table = connection.ops.quote_name(opts.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id'))", [opts.db_table]
        )
        first = cursor.fetchone()[0]
        for offset, row in enumerate(rows):
            row.pk = first + offset
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([get(row) for get in getters])
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence(%s, 'id'), %s)",
            [opts.db_table, first + len(rows) - 1],
        )
    for row in rows:
        row._state.adding = False
        row._state.db = "default"
    return rows


def _default_value(field, now):
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return now
    if isinstance(field, models.JSONField):
        return json.dumps(field.get_default())
    return field.get_default()


def _column_value(field):
    """row -> the value COPY writes for `field` (what save() would store)."""
    name = field.attname
    if isinstance(field, models.JSONField):
        return lambda row: json.dumps(getattr(row, name))
    if isinstance(field, models.FileField):
        return lambda row: str(getattr(row, name) or "")
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        moment = timezone.now()
        return lambda row: getattr(row, name, None) or moment
    return operator.attrgetter(name)


def insert_values(model, columns, values, batch_size=50_000):
    """Insert rows given as tuples of `columns` (attnames), without building
    model instances: for the big link tables (renditions, gallery photos,
    bylines, taggings). Other fields get their defaults (and auto_now
    fields the time). COPY on PostgreSQL, `bulk_create` elsewhere."""
    if connection.vendor != "postgresql":
        for start in range(0, len(values), batch_size):
            model.objects.bulk_create(
                model(**dict(zip(columns, row, strict=True)))
                for row in values[start : start + batch_size]
            )
        return
    opts = model._meta
    by_attname = {f.attname: f for f in opts.concrete_fields if not f.primary_key}
    rest = [f for name, f in by_attname.items() if name not in columns]
    now = timezone.now()
    filler = tuple(_default_value(f, now) for f in rest)
    names = ", ".join(
        connection.ops.quote_name(f.column)
        for f in [*(by_attname[c] for c in columns), *rest]
    )
    table = connection.ops.quote_name(opts.db_table)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
    ):
        for row in values:
            copy.write_row(row + filler)
