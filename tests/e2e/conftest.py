"""Browser tests: Python Playwright drives Debian's Chromium (never a
downloaded browser) against pytest-django's live server.

Without /usr/bin/chromium or the playwright package the tests are skipped,
and the run says so; with NEWSROOM_REQUIRE_BROWSER=1 (as CI sets it) they
fail instead, so a CI run that did not exercise the browser cannot pass.
Screenshots go to E2E_SCREENSHOTS (default: var/screenshots/<run time>/).
"""

import contextlib
import os
from datetime import datetime
from pathlib import Path

import pytest

from .helpers import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PASSWORD, ROOT, watch_csp


def _unavailable():
    if not CHROMIUM.exists():
        return f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _unavailable()
    e2e = [item for item in items if "tests/e2e/" in item.nodeid]
    if not reason or not e2e:
        return
    if os.environ.get("NEWSROOM_REQUIRE_BROWSER"):
        raise pytest.UsageError(f"Browser tests are required but cannot run: {reason}")
    marker = pytest.mark.skip(reason=f"browser tests skipped: {reason}")
    for item in e2e:
        item.add_marker(marker)


def pytest_terminal_summary(terminalreporter):
    passed = [
        report
        for report in terminalreporter.stats.get("passed", [])
        if "tests/e2e/" in report.nodeid
    ]
    reason = _unavailable()
    if reason:
        terminalreporter.write_line(
            f"NOTE: browser tests in tests/e2e were skipped: {reason}.", yellow=True
        )
    else:
        terminalreporter.write_line(f"Browser tests passed: {len(passed)}.")
    report = os.environ.get("NEWSROOM_E2E_REPORT")
    if report:
        # CI reads this to fail a run in which no browser test passed.
        Path(report).write_text(f"{len(passed)}\n")


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module. Playwright's sync API keeps an
    event loop in this thread, so Django's async-safety check is lifted for
    the module's duration, as pytest-django's live server needs."""
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(autouse=True)
def media_on_disk(request, settings, tmp_path):
    """Pictures on disk and served, so the browser sees them."""
    if "tests/e2e/" not in request.node.nodeid:
        return
    media = tmp_path / "media"
    settings.MEDIA_ROOT = str(media)
    settings.MEDIA_URL = "/media/"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(media), "base_url": "/media/"},
        },
        "originals": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "originals"), "base_url": None},
        },
        "renditions": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "renditions"), "base_url": None},
        },
    }
    settings.ROOT_URLCONF = "tests.e2e.urls"
    settings.NEWSROOM_DEMO_PHOTO_SIZE = (1200, 800)
    # The live server's requests only queue page renditions: encoding them
    # there would outlast a click's timeout and the test's database.
    settings.NEWSROOM_RENDITION_WORKERS = -1
    # Sign-ins go through the form, throttled as in production.
    settings.AXES_ENABLED = True


@pytest.fixture(scope="session")
def shots_dir():
    folder = os.environ.get("E2E_SCREENSHOTS")
    path = (
        Path(folder)
        if folder
        else ROOT / "var" / "screenshots" / datetime.now().strftime("%Y%m%d-%H%M%S")
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def demo(live_server):
    """The demo desk in the live server's database, with accounts whose
    password the tests know."""
    from newsroom.demo.loader import load_demo

    return load_demo(password=PASSWORD)


@pytest.fixture
def open_page(browser, live_server):
    """open_page(path, viewport=DESKTOP, user=None) -> a Playwright page.
    At the end of the test no page it opened (popups too) may have had
    anything refused by its Content-Security-Policy."""
    contexts = []
    violations = []

    def open_(path="/", *, viewport=DESKTOP, user=None):
        context = browser.new_context(viewport=viewport, base_url=live_server.url)
        context.set_default_timeout(15_000)
        contexts.append(context)
        violations.append(watch_csp(context))
        page = context.new_page()
        if user:
            page.goto("/admin/login/")
            page.fill("#id_username", user)
            page.fill("#id_password", PASSWORD)
            page.click("input[type=submit]")
            page.wait_for_url("**/admin/")
        page.goto(path)
        return page

    yield open_
    # Let pictures still loading finish before the database is emptied
    # under the live server, then close.
    for context in contexts:
        for page in context.pages:
            # A page that never settles is closed all the same.
            with contextlib.suppress(Exception):
                page.wait_for_load_state("networkidle", timeout=10_000)
        context.close()
    found = [event for events in violations for event in events]
    assert not found, f"Content-Security-Policy violations: {found}"
