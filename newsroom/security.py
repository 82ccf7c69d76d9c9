"""Doors closed: the Content-Security-Policy of each kind of response, and
what a journalist sees when signing in is paused after wrong passwords.

One policy (`CONTENT_SECURITY_POLICY` in the settings) with two faces.
Readers' pages are cached and shared (the page cache, CDNs), so they run no
inline script at all and their policy never names a nonce: a nonce in a
shared copy would be everyone's nonce. The desk and previews
(`NEWSROOM_CSP_NONCE_PATHS`) are never cached; there every response gets a
fresh nonce (`NEWSROOM_CSP_DESK_DIRECTIVES`), and the widgets' media (the
prose editor's import map is an inline script) are rendered with it.

Login throttling is django-axes (settings in `newsroom.settings.base`);
this module gives its lockout an admin page instead of a bare text, and
logs each lockout with the account and address, so the desk can tell an
attack from a forgotten password.
"""

import logging
from datetime import timedelta

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from js_asset import Media

log = logging.getLogger(__name__)


def nonce_allowed(request):
    return request.path_info.startswith(settings.NEWSROOM_CSP_NONCE_PATHS)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the nonce only where nothing is shared.
    Second in MIDDLEWARE, right after the page cache, so every response
    below it carries the header and a cached page is stored with it."""

    def process_template_response(self, request, response):
        media = (response.context_data or {}).get("media")
        if media is not None and nonce_allowed(request):
            response.context_data["media"] = Media.from_media(
                media, nonce=request.csp_nonce
            )
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if nonce_allowed(request):
            # Desk pages always name a nonce, whether or not the page used it.
            parts.replace = {
                **settings.NEWSROOM_CSP_DESK_DIRECTIVES,
                **(parts.replace or {}),
            }
            parts.nonce = self._make_nonce(request)
        else:
            # Readers' pages never do, even if a template read one (its
            # script then fails in every browser test, as it should).
            parts.nonce = None
        return parts


def lockout(request, original_response=None, credentials=None):
    """django-axes' lockout response (`AXES_LOCKOUT_CALLABLE`): the admin's
    sign-in look, saying what happened, for how long and what to do."""
    from axes.helpers import get_client_username, get_cool_off

    cool_off = get_cool_off(request) or timedelta(0)
    context = {
        **admin.site.each_context(request),
        "title": "Signing in is paused",
        "username": get_client_username(request, credentials) or "",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cool_off_minutes": round(cool_off.total_seconds() / 60),
        # Each attempt while paused starts the pause again.
        "until": timezone.localtime() + cool_off,
    }
    response = TemplateResponse(
        request,
        "admin/lockout.html",
        context,
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    add_never_cache_headers(response)
    return response.render()


def log_lockout(sender, request, username, ip_address, **kwargs):
    """On axes' `user_locked_out`: who, from where, and how to lift it."""
    log.warning(
        "Signing in as %r from %s is paused for %d minutes after %d wrong "
        "passwords; `manage.py axes_reset_username %s` lifts it.",
        username,
        ip_address,
        round(settings.AXES_COOLOFF_TIME.total_seconds() / 60),
        settings.AXES_FAILURE_LIMIT,
        username,
    )
