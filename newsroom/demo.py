"""Load the demo desk: our own fictional sections, authors and match reports.

Times are relative to now, so the site always looks current. Loading is
idempotent: everything is keyed by slug, and what exists is left as it is.
"""

import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.utils import timezone

from articles.models import Article, Byline

from . import demo_data
from .models import Author, Section, Status

DEMO_EDITOR_USERNAME = "editor"
DEMO_EDITOR_APPS = ["newsroom", "articles", "galleries", "redirects"]


@dataclass
class DemoResult:
    created: dict = field(default_factory=dict)
    editor_username: str = DEMO_EDITOR_USERNAME
    editor_password: str = ""


def load_demo(*, now=None, editor_password=None):
    now = now or timezone.now()
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
        result.editor_password = reset_demo_editor(
            password=editor_password, author=authors[demo_data.AUTHORS[0]["slug"]]
        )
    return result


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
    result.created["articles"] = result.created.get("articles", 0) + 1


def reset_demo_editor(*, password=None, author=None):
    """Create or reset the demo desk's editor account; returns its password."""
    password = password or secrets.token_urlsafe(12)
    user, _ = get_user_model().objects.get_or_create(
        username=DEMO_EDITOR_USERNAME,
        defaults={"first_name": "Demo", "last_name": "Editor"},
    )
    user.is_staff = True
    user.is_active = True
    user.set_password(password)
    user.save()
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label__in=DEMO_EDITOR_APPS)
    )
    if author is not None and author.user_id is None:
        author.user = user
        author.save(update_fields=["user"])
    return password
