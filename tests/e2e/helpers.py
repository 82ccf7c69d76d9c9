"""What the browser tests share: the browser, viewports, axe-core."""

import os
from pathlib import Path

CHROMIUM = Path(os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
ROOT = Path(__file__).resolve().parents[2]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
PASSWORD = "browser-test-password"


# Every page of a test's browser contexts reports what its
# Content-Security-Policy blocked (tests/e2e/conftest.py asserts none).
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolation({
        page: event.documentURI,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile + ":" + event.lineNumber,
        sample: event.sample,
    });
});
"""


def watch_csp(context):
    """Record the policy violations of every page the context opens: the
    page's own events and Chromium's console messages about the policy."""
    found = []
    context.expose_binding("__cspViolation", lambda source, event: found.append(event))
    context.add_init_script(CSP_LISTENER)

    def on_console(message):
        if "Content Security Policy" in message.text:
            found.append({"console": message.text})

    context.on("page", lambda page: page.on("console", on_console))
    return found


def axe_violations(page, *, include=None):
    """axe-core's WCAG 2.0/2.1/2.2 A and AA violations on the page, read
    from our vendored copy (no network). Evaluated through the browser's
    DevTools, as a script tag of its own text would be an inline script the
    page's Content-Security-Policy refuses."""
    page.evaluate(AXE.read_text() + "\n;true")
    options = {
        "runOnly": {
            "type": "tag",
            "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
    }
    context = {"include": include} if include else None
    result = page.evaluate(
        "([context, options]) => axe.run(context || document, options)",
        [context, options],
    )
    return [
        {
            "id": violation["id"],
            "help": violation["help"],
            "nodes": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]


def no_horizontal_scroll(page):
    return page.evaluate(
        "() => document.documentElement.scrollWidth <= window.innerWidth"
    )
