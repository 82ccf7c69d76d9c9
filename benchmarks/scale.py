"""Every page at 1,000 stories and at 100,000, side by side, uncached.

    make bench-scale                      # or: python -m benchmarks.scale
    python -m benchmarks.scale --requests 20 --big 20000

Seeds (or reuses) two PostgreSQL databases with `manage.py seed_scale`, a
small one and a big one (galleries a tenth of the stories, thirty photos
each, 5,000 players and 300 teams in both), then, in a fresh process per
database with Django's dummy cache (nothing cached counts), requests every
public page type and the desk's busiest admin pages: a warm-up, then
`--requests` timed requests each, in-process through Django's test client
(no network, no web server: the figures are Django's and the database's).
Prints p50 and p95 per page in both, the big/small ratio of the p95s and the
queries each page ran, and writes the same as JSON under var/.

PostgreSQL comes from --postgres-url (default: the local cluster, as CI
uses); the two databases are named after their sizes and kept for the next
run (--reseed makes them again).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--only", help="comma-separated page names to measure")
    parser.add_argument(
        "--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES)
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return measure(args)

    results = {}
    for label, articles in (("small", args.small), ("big", args.big)):
        url = database_url(args.postgres_url, f"newsroom_bench_{articles}")
        ensure_seeded(url, articles, reseed=args.reseed)
        print(f"== measuring {label} ({articles} stories)", flush=True)
        child = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.scale",
                "--child",
                url,
                "--requests",
                str(args.requests),
                "--warmup",
                str(args.warmup),
                *(["--only", args.only] if args.only else []),
            ],
            cwd=ROOT,
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.settings"},
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode != 0:
            sys.exit(child.stderr)
        results[label] = json.loads(child.stdout.strip().splitlines()[-1])
    report(results, args)
    return 0


def database_url(base, name):
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path=f"/{name}"))


def ensure_seeded(url, articles, *, reseed):
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    conninfo = admin_url.replace("postgres://", "postgresql://", 1)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        reuse = exists and not reseed and seeded_size(url) == articles
        if not reuse:
            print(f"== seeding {name}: {articles} stories", flush=True)
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    env = {**os.environ, "DATABASE_URL": url}
    manage = [sys.executable, "manage.py"]
    # A kept database gets the migrations made since it was seeded.
    subprocess.run([*manage, "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    if reuse:
        print(f"== reusing {name}", flush=True)
        return
    started = time.monotonic()
    subprocess.run(
        [
            *manage,
            "seed_scale",
            "--articles",
            str(articles),
            "--galleries",
            str(articles // 10),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    print(f"== seeded in {time.monotonic() - started:.0f} s", flush=True)


def seeded_size(url):
    import psycopg

    try:
        conninfo = url.replace("postgres://", "postgresql://", 1)
        with psycopg.connect(conninfo) as conn:
            return conn.execute("SELECT count(*) FROM articles_article").fetchone()[0]
    except psycopg.Error:
        return None


# The child: one database, every page -------------------------------------------


def measure(args):
    os.environ["DATABASE_URL"] = args.child
    import django

    django.setup()
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    pages = page_list()
    if args.only:
        wanted = set(args.only.split(","))
        pages = [page for page in pages if page[0] in wanted]
    client = Client()
    client.force_login(desk_user())
    results = {}
    for name, method, url, data in pages:
        request = getattr(client, method)

        def once(request=request, url=url, data=data):
            return request(url, data or {})

        first = once()
        status, size = first.status_code, len(first.content)
        for _ in range(args.warmup - 1):
            once()
        # Each request starts with an empty query log (request_started).
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            once()
        # Read now: the next request empties the log this slices.
        query_count = len(queries.captured_queries)
        times = []
        for _ in range(args.requests):
            started = time.perf_counter()
            once()
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        results[name] = {
            "url": url,
            "status": status,
            "p50": statistics.median(times),
            "p95": times[max(0, round(0.95 * len(times)) - 1)],
            "queries": query_count,
            "bytes": size,
        }
        print(name, results[name], file=sys.stderr, flush=True)
    print(json.dumps(results))
    return 0


def desk_user():
    from django.contrib.auth import get_user_model

    user, _created = get_user_model().objects.get_or_create(
        username="bench-editor", defaults={"is_staff": True, "is_superuser": True}
    )
    return user


def page_list():
    """(name, method, url, data) for every page type, at the busiest items."""
    from django.conf import settings
    from django.db.models import Count

    from articles.models import Article
    from galleries.models import Gallery, Photo
    from newsroom.http import Keyset
    from newsroom.models import Author, Section
    from newsroom.tags.models import Player, Team

    articles = Article.objects.published().order_by("published_at")
    middle = articles.count() // 2
    article = articles[middle]
    gallery = Gallery.objects.published().order_by("published_at")[
        Gallery.objects.published().count() // 2
    ]
    section = Section.objects.order_by("position", "pk").first()
    in_section = Article.objects.published().filter(section=section).latest_first()
    # Pages full of stories in both sets: a short last page would make the
    # small set's deep pages look cheap for showing less.
    pages = max(1, in_section.count() // settings.NEWSROOM_PAGE_SIZE)

    def page_of_section(number):
        """The ?before= cursor of the section's page `number` (or its last
        full one, if it has fewer), as a reader following "Older stories"
        gets it."""
        number = min(number, pages)
        if number == 1:
            return None
        row = in_section[(number - 1) * settings.NEWSROOM_PAGE_SIZE - 1]
        return {"before": Keyset(("published_at", "pk")).encode(row)}

    author = Author.objects.order_by("pk").first()
    player = Player.objects.annotate(n=Count("taggings")).order_by("-n").first()
    team = Team.objects.annotate(n=Count("taggings")).order_by("-n").first()
    photo = Photo.objects.order_by("pk").first()
    year = article.pub_date.year
    sitemaps = ["articles", "galleries", "sections", "authors", "players", "teams"]
    return [
        ("home", "get", "/", None),
        ("article", "get", article.get_absolute_url(), None),
        ("gallery", "get", gallery.get_absolute_url(), None),
        ("gallery photo", "get", gallery.get_photo_url(1), None),
        ("section page 1", "get", section.get_absolute_url(), None),
        ("section page 200", "get", section.get_absolute_url(), page_of_section(200)),
        (
            "section last page",
            "get",
            section.get_absolute_url(),
            page_of_section(pages),
        ),
        ("author", "get", author.get_absolute_url(), None),
        ("player (most tagged)", "get", player.get_absolute_url(), None),
        ("team (most tagged)", "get", team.get_absolute_url(), None),
        ("player photos", "get", f"/players/{player.slug}/photos/", None),
        ("team photos", "get", f"/teams/{team.slug}/photos/", None),
        ("search, common word", "get", "/search/", {"q": "match"}),
        ("search, rare word", "get", "/search/", {"q": "floodlight"}),
        ("year archive", "get", f"/{year}/", None),
        ("feed", "get", "/feed/", None),
        ("section feed", "get", f"/section/{section.slug}/feed/", None),
        ("player feed", "get", f"/players/{player.slug}/feed/", None),
        ("sitemap index", "get", "/sitemap.xml", None),
        *(
            (f"sitemap {part}", "get", f"/sitemap-{part}.xml", None)
            for part in sitemaps
        ),
        ("news sitemap", "get", "/sitemap-news.xml", None),
        ("admin articles", "get", "/admin/articles/article/", None),
        ("admin articles search", "get", "/admin/articles/article/", {"q": "match"}),
        (
            "admin article form",
            "get",
            f"/admin/articles/article/{article.pk}/change/",
            None,
        ),
        ("admin galleries", "get", "/admin/galleries/gallery/", None),
        ("admin galleries search", "get", "/admin/galleries/gallery/", {"q": "match"}),
        (
            "admin gallery form",
            "get",
            f"/admin/galleries/gallery/{gallery.pk}/change/",
            None,
        ),
        ("admin photos", "get", "/admin/galleries/photo/", None),
        ("admin photo form", "get", f"/admin/galleries/photo/{photo.pk}/change/", None),
        (
            "photo chooser",
            "get",
            "/admin/galleries/photo/chooser/",
            {
                "app_label": "articles",
                "model_name": "article",
                "field_name": "lead_photo",
                "term": "celebrates",
            },
        ),
        (
            "player autocomplete",
            "get",
            "/admin/autocomplete/",
            {
                "app_label": "articles",
                "model_name": "article",
                "field_name": "players",
                "term": player.name.split()[0],
            },
        ),
        (
            "tag suggestions",
            "post",
            "/admin/tags/player/suggest/",
            {"text": f"{article.headline}\n{article.standfirst}\n{article.body}"},
        ),
    ]


def report(results, args):
    small, big = results["small"], results["big"]
    print()
    print(
        f"{'page':<26} {'small p50':>9} {'p95':>7}  {'big p50':>8} {'p95':>7}"
        f"  {'ratio':>6}  {'bytes':>6}  queries"
    )
    for name in small:
        s, b = small[name], big.get(name)
        if b is None:
            continue
        ratio = b["p95"] / s["p95"] if s["p95"] else float("inf")
        flag = (
            ""
            if s["status"] == b["status"] == 200
            else f"  ({s['status']}/{b['status']})"
        )
        # How much more the big set's page shows (a sitemap index lists
        # more files, a rare word finds more stories): a time ratio above
        # this one is the cost growing faster than the page.
        grown = b["bytes"] / s["bytes"] if s.get("bytes") else float("inf")
        print(
            f"{name:<26} {s['p50']:9.1f} {s['p95']:7.1f}  "
            f"{b['p50']:8.1f} {b['p95']:7.1f}  {ratio:5.2f}x  {grown:5.2f}x  "
            f"{s['queries']}/{b['queries']}{flag}"
        )
    out = ROOT / "var" / f"bench-scale-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"args": vars(args), **results}, indent=2))
    print(f"\n(ms, {args.requests} requests a page after {args.warmup} warm-up; {out})")


if __name__ == "__main__":
    sys.exit(main())
