"""Doors closed: sign-ins are throttled, and every response carries a
Content-Security-Policy that lets no inline script run on readers' pages."""

import logging
from html.parser import HTMLParser

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.core.management import call_command
from django.urls import reverse

from tests.factories import ArticleFactory, UserFactory

PASSWORD = "correct horse battery staple"
LOGIN = "/admin/login/"


# Login throttling --------------------------------------------------------


@pytest.fixture
def throttled(settings):
    """The production throttling: on, 5 wrong passwords, 15 minutes."""
    settings.AXES_ENABLED = True
    assert settings.AXES_FAILURE_LIMIT == 5
    return settings


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", is_staff=True, is_superuser=True)


def sign_in(client, password, username="editor", **extra):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        **extra,
    )


def locked_out(response):
    return response.status_code == 429 and "Signing in is paused" in (
        response.content.decode()
    )


def test_five_wrong_passwords_pause_signing_in_with_a_page_that_says_why(
    throttled, editor, client
):
    for _ in range(4):
        response = sign_in(client, "guess")
        assert response.status_code == 200
        assert not locked_out(response)
    response = sign_in(client, "guess")
    assert locked_out(response)
    page = response.content.decode()
    assert "The password for “editor” was wrong 5 times in a row" in page
    assert "paused for 15 minutes" in page
    assert "Ask a desk administrator" in page
    # The admin's own look, never cached.
    assert "login lockout" in page
    assert "admin/css/login.css" in page
    assert "no-store" in response["Cache-Control"]
    assert "admin/lockout.html" in [t.name for t in response.templates]


def test_the_right_password_is_refused_while_paused(throttled, editor, client):
    for _ in range(5):
        sign_in(client, "guess")
    response = sign_in(client, PASSWORD)
    assert locked_out(response)
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_a_success_before_the_limit_clears_the_count(throttled, editor, client):
    for _ in range(4):
        sign_in(client, "guess")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert not locked_out(sign_in(client, "guess"))


def test_the_pause_ends_after_the_cool_off(throttled, editor, client):
    import time_machine

    with time_machine.travel("2026-03-01 12:00:00+00:00", tick=False) as clock:
        for _ in range(5):
            sign_in(client, "guess")
        assert locked_out(sign_in(client, PASSWORD))
        clock.shift(60 * 14)
        assert locked_out(sign_in(client, PASSWORD))
        clock.shift(60 * 16)
        assert sign_in(client, PASSWORD).status_code == 302


def test_the_pause_is_for_that_account_from_that_address_only(
    throttled, editor, client
):
    UserFactory(username="subeditor", is_staff=True)
    for _ in range(5):
        sign_in(client, "guess")
    assert sign_in(client, PASSWORD, username="subeditor").status_code == 302
    client.logout()
    other = {"REMOTE_ADDR": "198.51.100.20"}
    assert sign_in(client, PASSWORD, **other).status_code == 302


def test_axes_reset_username_lifts_the_pause(throttled, editor, client, capsys):
    for _ in range(5):
        sign_in(client, "guess")
    assert locked_out(sign_in(client, PASSWORD))
    call_command("axes_reset_username", "editor")
    assert "1 attempts removed" in capsys.readouterr().out
    assert not AccessAttempt.objects.exists()
    assert sign_in(client, PASSWORD).status_code == 302


def test_axes_reset_lifts_every_pause(throttled, editor, client):
    for _ in range(5):
        sign_in(client, "guess")
    call_command("axes_reset")
    assert sign_in(client, PASSWORD).status_code == 302


def test_a_lockout_is_logged_with_the_account_and_address(
    throttled, editor, client, caplog
):
    with caplog.at_level(logging.WARNING, logger="newsroom.security"):
        for _ in range(5):
            sign_in(client, "guess", REMOTE_ADDR="198.51.100.7")
    [record] = [r for r in caplog.records if r.name == "newsroom.security"]
    message = record.getMessage()
    assert "'editor'" in message and "198.51.100.7" in message
    assert "axes_reset_username editor" in message
    # And in the database, for the admin's lists.
    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.ip_address) == ("editor", "198.51.100.7")
    assert attempt.failures_since_start == 5
    assert AccessFailureLog.objects.filter(username="editor").count() == 5


def test_a_spoofed_forwarded_for_moves_nothing_without_a_configured_proxy(
    throttled, editor, client
):
    """A client talking to the app directly can write X-Forwarded-For; with
    no proxy configured it is ignored, so new values don't reset its count."""
    for n in range(5):
        response = sign_in(client, "guess", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    assert locked_out(response)
    assert locked_out(sign_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.99"))
    assert AccessAttempt.objects.get().ip_address == "127.0.0.1"


@pytest.fixture
def behind_a_proxy(throttled):
    """CLIENT_IP_HEADER=X-Forwarded-For, CLIENT_IP_PROXY_COUNT=0 (see the
    settings test for the mapping)."""
    throttled.AXES_IPWARE_META_PRECEDENCE_ORDER = (
        "HTTP_X_FORWARDED_FOR",
        "REMOTE_ADDR",
    )
    throttled.AXES_IPWARE_PROXY_COUNT = 0
    return throttled


def test_behind_the_configured_proxy_each_reader_has_their_own_count(
    behind_a_proxy, editor, client
):
    """Every request comes from the proxy's address; the header tells the
    clients apart, so one guesser doesn't pause the journalist's sign-in."""
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(5):
        response = sign_in(
            client, "guess", HTTP_X_FORWARDED_FOR="203.0.113.66", **proxy
        )
    assert locked_out(response)
    assert AccessAttempt.objects.get().ip_address == "203.0.113.66"
    assert (
        sign_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.5", **proxy)
    ).status_code == 302


def test_behind_the_proxy_an_address_the_client_prepended_is_ignored(
    behind_a_proxy, editor, client
):
    """The proxy appends the address it saw; whatever the client wrote
    before it doesn't count."""
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for n in range(5):
        response = sign_in(
            client,
            "guess",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.66",
            **proxy,
        )
    assert locked_out(response)
    assert AccessAttempt.objects.get().ip_address == "203.0.113.66"


def test_two_proxies_in_the_header_are_counted_from_the_right(
    behind_a_proxy, editor, client
):
    behind_a_proxy.AXES_IPWARE_PROXY_COUNT = 1
    for n in range(5):
        response = sign_in(
            client,
            "guess",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.66, 10.0.0.9",
            REMOTE_ADDR="10.0.0.2",
        )
    assert locked_out(response)
    assert AccessAttempt.objects.get().ip_address == "203.0.113.66"


# Content-Security-Policy -------------------------------------------------


def policy(response):
    """The enforced policy as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def nonce_of(response):
    [nonce] = [
        source.removeprefix("'nonce-").removesuffix("'")
        for source in policy(response)["script-src"]
        if source.startswith("'nonce-")
    ]
    return nonce


READERS_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


class Markup(HTMLParser):
    """What a page asks the browser to run or style inline."""

    def __init__(self):
        super().__init__()
        self.scripts = []  # (attributes, text)
        self.handlers = []  # on*= attributes
        self.styles = []  # style= attributes and <style> elements
        self.nonces = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.handlers += [f"<{tag} {name}>" for name in attrs if name.startswith("on")]
        if "style" in attrs:
            self.styles.append(f"<{tag} style>")
        if "nonce" in attrs:
            self.nonces.append(attrs["nonce"])
        if tag == "style":
            self.styles.append("<style>")
        if tag == "script":
            self._script = [attrs, ""]

    def handle_data(self, data):
        if self._script is not None:
            self._script[1] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append(tuple(self._script))
            self._script = None

    def inline_scripts(self):
        """Scripts a browser runs from the page's own text: no src, and not
        a data block (JSON-LD, JSON)."""
        return [
            (attrs, text)
            for attrs, text in self.scripts
            if "src" not in attrs
            and attrs.get("type", "text/javascript")
            not in ("application/ld+json", "application/json")
        ]


def markup(response):
    parser = Markup()
    parser.feed(response.content.decode())
    return parser


@pytest.fixture
def demo(db):
    from newsroom.demo.loader import load_demo

    return load_demo(password=PASSWORD)


def readers_pages():
    from articles.models import Article
    from galleries.models import Gallery
    from newsroom.models import Author, Section
    from newsroom.tags.models import Player, Team

    article = Article.objects.published().exclude(lead_photo=None).latest()
    gallery = Gallery.objects.published().latest()
    photographer = gallery.items.select_related("photo").first().photo
    player = Player.objects.filter(taggings__isnull=False).first()
    team = Team.objects.filter(taggings__isnull=False).first()
    pages = [
        "/",
        article.get_absolute_url(),
        gallery.get_absolute_url(),
        gallery.get_photo_url(1),
        "/galleries/",
        Section.objects.first().get_absolute_url(),
        Author.objects.first().get_absolute_url(),
        player.get_absolute_url(),
        team.get_absolute_url(),
        "/players/",
        "/teams/",
        f"/search/?q={player.name.split()[-1]}",
        "/feed/",
        "/feed/atom/",
        "/sitemap.xml",
        "/sitemap-news.xml",
        "/robots.txt",
        "/no-such-page/",
    ]
    if getattr(photographer, "photographer", None) is not None:
        pages.append(photographer.photographer.get_absolute_url())
    return pages


def test_readers_pages_carry_the_policy_with_no_nonce_and_no_inline_script(
    demo, client
):
    for path in readers_pages():
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert policy(response) == READERS_POLICY, path
        if "html" not in response["Content-Type"]:
            continue
        page = markup(response)
        assert page.inline_scripts() == [], path
        assert page.handlers == [], path
        assert page.styles == [], path
        assert page.nonces == [], path
        assert "javascript:" not in response.content.decode(), path


def test_structured_data_is_a_data_block_not_a_script(demo, client):
    from articles.models import Article

    article = Article.objects.published().latest()
    page = markup(client.get(article.get_absolute_url()))
    types = [attrs.get("type") for attrs, _ in page.scripts if "src" not in attrs]
    assert types and set(types) == {"application/ld+json"}


def test_feeds_sitemaps_404_and_410_carry_the_policy(client, db):
    from articles.models import Article

    withdrawn = ArticleFactory(withdrawn=True)
    assert Article.objects.withdrawn().filter(pk=withdrawn.pk).exists()
    for path, status in (
        ("/feed/", 200),
        ("/sitemap.xml", 200),
        ("/robots.txt", 200),
        ("/nothing-here/", 404),
        (withdrawn.get_absolute_url(), 410),
    ):
        response = client.get(path)
        assert response.status_code == status, path
        assert policy(response) == READERS_POLICY, path


def test_desk_pages_get_a_fresh_nonce_that_their_inline_scripts_carry(
    journalist_client,
):
    add = reverse("admin:articles_article_add")
    first, second = journalist_client.get(add), journalist_client.get(add)
    assert first.status_code == 200
    nonce = nonce_of(first)
    assert nonce != nonce_of(second)
    assert policy(first)["script-src"] == ["'self'", f"'nonce-{nonce}'"]
    # Tiptap's <style> elements carry no nonce; attributes stay refused.
    assert policy(first)["style-src-elem"] == ["'self'", "'unsafe-inline'"]
    assert policy(first)["style-src"] == ["'self'"]
    inline = markup(first).inline_scripts()
    # The prose editor's import map is the one inline script, and it runs.
    assert [attrs.get("type") for attrs, _ in inline] == ["importmap"]
    assert all(attrs.get("nonce") == nonce for attrs, _ in inline)
    assert markup(first).handlers == []


@pytest.mark.parametrize(
    "path",
    ["/admin/", "/admin/login/", "/admin/articles/article/", "/admin/jsi18n/"],
)
def test_every_desk_response_names_a_nonce(journalist_client, path):
    response = journalist_client.get(path)
    assert response.status_code in (200, 302), path
    nonce_of(response)
    assert all(attrs.get("nonce") for attrs, _ in markup(response).inline_scripts())


def test_the_lockout_page_carries_the_desk_policy(throttled, editor, client):
    for _ in range(5):
        response = sign_in(client, "guess")
    assert locked_out(response)
    nonce_of(response)
    assert markup(response).inline_scripts() == []


def test_shared_previews_carry_a_nonce_and_are_never_stored(client, editor):
    from newsroom.desk.previews import preview_link_create

    link = preview_link_create(ArticleFactory(draft=True), user=editor)
    response = client.get(link.get_absolute_url())
    assert response.status_code == 200
    nonce_of(response)
    assert "no-store" in response["Cache-Control"]


def test_the_page_cache_refuses_a_response_with_a_nonce():
    from django.http import HttpResponse

    from newsroom.pagecache import is_public

    response = HttpResponse("<p>hi</p>")
    response["Content-Security-Policy"] = "script-src 'self'"
    assert is_public(response)
    response["Content-Security-Policy"] = "script-src 'self' 'nonce-abc'"
    assert not is_public(response)


def test_a_cached_page_replays_the_readers_policy(page_cache, client, db):
    article = ArticleFactory()
    first = client.get(article.get_absolute_url())
    again = client.get(article.get_absolute_url())
    assert again["X-Cache"] == "hit"
    assert policy(again) == policy(first) == READERS_POLICY
    assert "nonce" not in again.content.decode()
