"""Readers' pages from the production stack, cached and uncached, beside
the same bytes served as a static file.

    make bench-pages                      # or: python -m benchmarks.pages
    python -m benchmarks.pages --seconds 3 --rounds 1 --connections 8

Builds a throwaway demo desk under var/bench-pages/ (SQLite, the demo
content with all its page renditions, collectstatic), writes each measured
page's own bytes into the static files, and starts the production stack:
gunicorn with 2 sync workers, production settings, whitenoise, and the
local Redis (a key prefix of its own) when it answers, which turns the page
cache on. Then, in `--rounds` alternating rounds, for each page type:

- static: the page's bytes as a static file, served by the same stack;
- cached: plain GETs, as a reader's browser or a CDN sends them;
- uncached: each request carries a session cookie, which the page cache
  passes by, and no conditional header, so every answer is a full render.

Load comes from wrk when it is installed, else from Python threads with
keep-alive connections; either way each mode is also checked with a few
requests whose bodies must contain the page's headline. Prints req/s, p50
and p99 (the median of the rounds) and the ratios cached/static and
uncached/static, and writes them as JSON under var/.

Last, it publishes a draft gallery of new photos through the desk (log in,
the publish button's URL), fetches the gallery page at once and checks
every picture it offers is a stored file: made on demand would be any that
is not. It reports how long the background worker took to make the rest.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench-pages"


def desk_password():
    """The demo accounts' password of this demo desk (kept beside it)."""
    kept = WORK / "password"
    if not kept.exists():
        kept.write_text("bench-pages-" + secrets.token_urlsafe(8))
    return kept.read_text()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", help="comma-separated page names")
    parser.add_argument("--no-redis", action="store_true")
    parser.add_argument(
        "--reuse", action="store_true", help="keep the last run's demo desk"
    )
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        return prepare()

    env = stack_env(redis=not args.no_redis and redis_answers())
    if not (args.reuse and (WORK / "draft.json").exists()):
        build(env)
    pages = json.loads((WORK / "pages.json").read_text())
    if args.only:
        wanted = set(args.only.split(","))
        pages = [page for page in pages if page["name"] in wanted]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # Each page's own bytes, as the stack serves them, become static files;
    # whitenoise finds them when it starts, so it starts again.
    server = start_gunicorn(env, port, args.workers)
    try:
        wait_until_up(base)
        copy_pages_to_static(base, pages)
    finally:
        server.terminate()
        server.wait(timeout=10)
    server = start_gunicorn(env, port, args.workers)
    try:
        wait_until_up(base)
        tool = "wrk" if shutil.which("wrk") else "python"
        print(
            f"== {len(pages)} pages, {args.rounds} rounds of {args.seconds:g} s, "
            f"{args.connections} connections, load from {tool}, page cache "
            f"{'on (Redis)' if 'REDIS_URL' in env else 'off (no Redis)'}",
            flush=True,
        )
        results = measure(base, pages, args, tool)
        published = publish_check(base, env)
    finally:
        server.terminate()
        server.wait(timeout=10)
    report(results, published, args, tool, "REDIS_URL" in env)
    return 0


# The stack -------------------------------------------------------------------


def redis_answers(port=6379):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def stack_env(*, redis):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{WORK / 'db.sqlite3'}",
        "MEDIA_ROOT": str(WORK / "media"),
        "ORIGINALS_ROOT": str(WORK / "originals"),
        "RENDITIONS_ROOT": str(WORK / "renditions"),
        "STATIC_ROOT": str(WORK / "static"),
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "SITE_DOMAIN": "127.0.0.1",
        "PURGE_BACKEND": "logging",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    if redis:
        env["REDIS_URL"] = "redis://127.0.0.1:6379/0"
        env["CACHE_KEY_PREFIX"] = f"bench-pages-{os.getpid()}"
    return env


def manage(env, *command, settings="newsroom.settings.dev", **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
        check=True,
        **kwargs,
    )


def build(env):
    """A fresh demo desk with every page rendition made, and each page's
    bytes among the static files."""
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    started = time.monotonic()
    print("== building the demo desk", flush=True)
    manage(env, "migrate", "-v0")
    manage(env, "load_demo", "--password", desk_password(), stdout=subprocess.DEVNULL)
    if has_command(env, "renditions_make"):  # (older checkouts: on demand)
        manage(env, "renditions_make", "-v0")
    subprocess.run(
        [sys.executable, "-m", "benchmarks.pages", "--prepare"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev"},
        check=True,
    )
    manage(env, "collectstatic", "--noinput", "-v0", settings="newsroom.settings.prod")
    print(f"== built in {time.monotonic() - started:.0f} s", flush=True)


def has_command(env, name):
    found = subprocess.run(
        [sys.executable, "manage.py", "help", name],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev"},
        capture_output=True,
        check=False,
    )
    return found.returncode == 0


def start_gunicorn(env, port, workers):
    return subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "newsroom.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod"},
    )


def copy_pages_to_static(base, pages):
    folder = WORK / "static" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        with urllib.request.urlopen(base + page["url"], timeout=30) as answer:  # noqa: S310
            (folder / f"{page['name']}.html").write_bytes(answer.read())


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(base):
    for _ in range(100):
        try:
            with urllib.request.urlopen(base + "/robots.txt", timeout=2):  # noqa: S310
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not answer")


# Inside Django: the pages, their headlines and a draft gallery -------------------


def prepare():
    """(Run with the development settings.) Write pages.json, each page's
    bytes under the static files, and a draft gallery for the publish
    check."""
    import django

    django.setup()
    from django.test import Client

    from articles.models import Article
    from galleries.models import Gallery
    from newsroom.tags.models import Player

    article = Article.objects.published().latest_first().first()
    gallery = Gallery.objects.published().latest_first().first()
    player = Player.objects.filter(taggings__isnull=False).order_by("pk").first()
    word = re.findall(r"[A-Za-z]{5,}", article.headline)[0]
    pages = [
        ("article", article.get_absolute_url(), article.headline),
        ("home", "/", Article.objects.published().latest_first().first().headline),
        ("gallery", gallery.get_absolute_url(), gallery.headline),
        ("photo", gallery.get_photo_url(1), gallery.headline),
        ("player", player.get_absolute_url(), player.name),
        ("section", article.section.get_absolute_url(), article.section.name),
        ("search", f"/search/?q={word}", word),
        ("feed", "/feed/", article.headline),
        ("sitemap", "/sitemap-articles.xml", article.get_absolute_url()),
    ]
    client = Client(HTTP_HOST="127.0.0.1")
    out = []
    for name, url, needle in pages:
        body = client.get(url).content
        assert needle.encode() in body or escape(needle).encode() in body, name
        out.append(
            {"name": name, "url": url, "needle": needle, "escaped": escape(needle)}
        )
    (WORK / "pages.json").write_text(json.dumps(out))
    (WORK / "draft.json").write_text(json.dumps(draft_gallery()))
    return 0


def escape(text):
    from django.utils.html import escape as django_escape

    return str(django_escape(text))


def draft_gallery():
    """A draft gallery of ten new photos, fit to publish."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image, ImageDraw

    from galleries.models import Photographer
    from galleries.services import gallery_add_photos, gallery_create

    files = []
    for n in range(10):
        image = Image.new("RGB", (1600, 1067), (20 + n * 20, 90, 160 - n * 10))
        draw = ImageDraw.Draw(image)
        for x in range(0, 1600, 80):
            draw.line([(x, 0), (1600 - x, 1067)], fill=(240, 240 - n * 9, 200), width=9)
        data = io.BytesIO()
        image.save(data, "JPEG", quality=88)
        files.append(SimpleUploadedFile(f"bench-{n:02d}.jpg", data.getvalue()))
    from newsroom.models import Author, Section

    gallery = gallery_create(
        headline="Bench night in pictures", section=Section.objects.first()
    )
    gallery.standfirst = "Ten frames from a floodlit night, made for the benchmark."
    gallery.save()
    gallery.bylines.create(author=Author.objects.first(), position=0)
    report = gallery_add_photos(gallery=gallery, files=files)
    photographer, _ = Photographer.objects.get_or_create(
        name="Bench Photographer", defaults={"slug": "bench-photographer"}
    )
    for photo in report.photos:
        photo.alt_text = "Floodlights over an empty pitch."
        photo.photographer = photographer
        photo.save()
    return {"pk": gallery.pk, "photos": [p.pk for p in report.photos]}


# Load ------------------------------------------------------------------------------


def measure(base, pages, args, tool):
    results = {
        page["name"]: {"static": [], "cached": [], "uncached": []} for page in pages
    }
    for round_number in range(1, args.rounds + 1):
        for page in pages:
            urls = {
                "static": f"{base}/static/bench/{page['name']}.html",
                "cached": base + page["url"],
                "uncached": base + page["url"],
            }
            for mode, url in urls.items():
                headers = {"Cookie": "sessionid=bench"} if mode == "uncached" else {}
                check(url, headers, page, mode)
                run = wrk if tool == "wrk" else python_load
                figures = run(url, headers, args.seconds, args.connections, page)
                results[page["name"]][mode].append(figures)
            line = results[page["name"]]
            print(
                f"  round {round_number} {page['name']:<8} "
                + "  ".join(f"{mode} {line[mode][-1]['rps']:7.0f}/s" for mode in line),
                flush=True,
            )
    return results


def check(url, headers, page, mode):
    """A few full answers: 200, the headline in the body; cached ones from
    the page cache once warm, uncached ones never."""
    for _ in range(3):
        request = urllib.request.Request(url, headers=headers)  # noqa: S310
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            body = response.read().decode(errors="replace")
            cache = response.headers.get("X-Cache")
        if page["needle"] not in body and page["escaped"] not in body:
            sys.exit(f"{mode} {url}: the page's headline is not in the answer")
    if mode == "uncached" and cache == "hit":
        sys.exit(f"{url}: an uncached request was answered from the cache")


def wrk(url, headers, seconds, connections, page):
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--latency",
    ]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True
    ).stdout
    if "Non-2xx or 3xx responses" in out:
        sys.exit(f"{url}: wrk saw error answers\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return {
        "rps": rps,
        "p50": wrk_ms(re.search(r"\s50%\s+([\d.]+\w+)", out).group(1)),
        "p99": wrk_ms(re.search(r"\s99%\s+([\d.]+\w+)", out).group(1)),
    }


def wrk_ms(text):
    number, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def python_load(url, headers, seconds, connections, page):
    """Threads with keep-alive connections; every body is checked."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    needles = (page["needle"].encode(), page["escaped"].encode())
    latencies, errors, lock = [], [], threading.Lock()
    deadline = time.monotonic() + seconds

    def worker():
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine = []
        while time.monotonic() < deadline:
            started = time.perf_counter()
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            body = response.read()
            mine.append(time.perf_counter() - started)
            if response.status != 200 or not any(n in body for n in needles):
                errors.append(response.status)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    if errors:
        sys.exit(f"{url}: {len(errors)} answers without the page's headline")
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50": latencies[len(latencies) // 2] * 1000,
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
    }


# Publishing a gallery --------------------------------------------------------------


class Desk:
    """A browser on the desk: its cookies kept by hand, because production
    marks them Secure and this stack is plain HTTP behind a pretend TLS
    proxy (X-Forwarded-Proto)."""

    def __init__(self, base):
        self.base = base
        self.cookies = {}

    def request(self, path, form=None):
        parts = urllib.parse.urlsplit(self.base)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
        headers = {
            "X-Forwarded-Proto": "https",
            "Referer": f"https://{parts.netloc}/admin/",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request("POST" if form is not None else "GET", path, body, headers)
        response = conn.getresponse()
        text = response.read().decode(errors="replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        conn.close()
        return response.status, text


def publish_check(base, env):
    draft = json.loads((WORK / "draft.json").read_text())
    desk = Desk(base)
    _status, login = desk.request("/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login).group(1)
    status, _ = desk.request(
        "/admin/login/?next=/admin/",
        {
            "username": "editor",
            "password": desk_password(),
            "csrfmiddlewaretoken": token,
        },
    )
    if status != 302:
        sys.exit(f"Could not log in to the desk ({status})")
    started = time.monotonic()
    status, _ = desk.request(
        f"/admin/galleries/gallery/{draft['pk']}/transition/publish/",
        {"csrfmiddlewaretoken": desk.cookies["csrftoken"]},
    )
    publish_seconds = time.monotonic() - started
    if status != 302:
        sys.exit(f"The desk refused to publish the gallery ({status})")
    database = sqlite3.connect(WORK / "db.sqlite3")
    status, day, slug = database.execute(
        "SELECT status, pub_date, slug FROM galleries_gallery WHERE id = ?",
        [draft["pk"]],
    ).fetchone()
    if status != "published":
        sys.exit(f"The draft gallery was not published ({status})")
    url = f"{base}/galleries/{day.replace('-', '/')}/{slug}/"
    html = urllib.request.urlopen(url).read().decode()  # noqa: S310
    offered = pictures(html)
    on_demand = sum(not picture_is_stored(base, url) for url in offered)
    queue_started = time.monotonic()
    marks = ",".join("?" * len(draft["photos"]))
    queued = f"SELECT count(*) FROM galleries_renditiontask WHERE photo_id IN ({marks})"  # noqa: S608
    while True:
        try:
            left = database.execute(queued, draft["photos"]).fetchone()[0]
        except sqlite3.OperationalError:  # an older checkout: no queue
            left = None
        if not left or time.monotonic() - queue_started > 600:
            break
        time.sleep(0.5)
    made_in = time.monotonic() - started
    html = urllib.request.urlopen(url).read().decode()  # noqa: S310
    offered_after = pictures(html)
    return {
        "photos": len(draft["photos"]),
        "publish_seconds": publish_seconds,
        "offered_at_once": len(offered),
        "made_on_demand": on_demand,
        "all_made_after_seconds": made_in,
        "left_in_queue": left,
        "offered_after": len(offered_after),
        "avif_after": html.count('type="image/avif"'),
    }


def pictures(html):
    """The picture addresses a page offers: /renditions/<photo>/<size>
    (older checkouts: the stored files under /media/renditions/)."""
    html = html.replace("&amp;", "&")
    # Pictures (src, srcset), not the absolute addresses structured data and
    # social cards name one size at, which until it is made send readers to
    # the nearest stored one.
    return set(re.findall(r"(?<=[\" ,])(?:/media)?/renditions/[^\s\"',]+", html))


def picture_is_stored(base, url):
    """Whether the address answers at once with a stored file: a rendition's
    own address (`?v=`) answering 200, not a size that sends the reader on
    to a stand-in, nor a picture made for this request. (An older checkout
    offered the stored files themselves.)"""
    if url.startswith("/media/"):
        return (WORK / url.removeprefix("/")).exists()
    if "?v=" not in url:
        return False

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    request = urllib.request.Request(base + url, method="HEAD")  # noqa: S310
    try:
        with urllib.request.build_opener(NoRedirect).open(request) as response:
            return response.status == 200
    except urllib.error.HTTPError:
        return False


# Report ----------------------------------------------------------------------------


def report(results, published, args, tool, redis):
    print()
    print(
        f"{'page':<9} {'static/s':>9} {'cached/s':>9} {'uncached/s':>10}"
        f"  {'cached÷static':>13} {'uncached÷static':>15}"
        f"  {'p50/p99 cached ms':>18} {'uncached ms':>12}"
    )
    summary = {}
    for name, modes in results.items():
        med = {
            mode: {k: statistics.median(run[k] for run in runs) for k in runs[0]}
            for mode, runs in modes.items()
        }
        summary[name] = med
        print(
            f"{name:<9} {med['static']['rps']:9.0f} {med['cached']['rps']:9.0f} "
            f"{med['uncached']['rps']:10.0f}  "
            f"{med['cached']['rps'] / med['static']['rps']:13.2f} "
            f"{med['uncached']['rps'] / med['static']['rps']:15.2f}  "
            f"{med['cached']['p50']:8.1f}/{med['cached']['p99']:<8.1f} "
            f"{med['uncached']['p50']:6.1f}/{med['uncached']['p99']:.1f}"
        )
    print(
        f"\nPublishing a gallery of {published['photos']} new photos through the "
        f"desk took {published['publish_seconds']:.1f} s; its page at once offered "
        f"{published['offered_at_once']} pictures, {published['made_on_demand']} "
        f"of them not stored (made on demand); the worker had made the rest "
        f"{published['all_made_after_seconds']:.0f} s after publishing "
        f"({published['left_in_queue']} photos still queued), and the page then "
        f"offered {published['offered_after']} pictures, AVIF in "
        f"{published['avif_after']} places."
    )
    out = ROOT / "var" / f"bench-pages-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(
        json.dumps(
            {
                "args": vars(args),
                "load": tool,
                "redis": redis,
                "pages": summary,
                "publish": published,
            },
            indent=2,
        )
    )
    print(f"(median of {args.rounds} rounds; {out})")


if __name__ == "__main__":
    sys.exit(main())
