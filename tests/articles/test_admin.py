import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from newsroom.models import Status
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:articles_article_add")
NOTES = "newsroom-note-content_type-object_id"

BODY = (
    "<h2>How the goals came</h2><p>Harbourside pressed from the start.</p>"
    "<h2>What it means</h2><p>They go top of the table.</p>"
)


def article_form(*, section, authors=(), **fields):
    """POST data for the article change form, with its byline inline."""
    data = {
        "kicker": "Match report",
        "headline": "Harbourside go top with late winner",
        "slug": "harbourside-go-top",
        "standfirst": "A header in stoppage time settles it.",
        "body": BODY,
        "section": section.pk,
        "_transition": "publish",
        "published_at": "",
        "home_position": "",
        "seo_description": "",
        "bylines-TOTAL_FORMS": str(len(authors)),
        "bylines-INITIAL_FORMS": "0",
        "bylines-MIN_NUM_FORMS": "0",
        "bylines-MAX_NUM_FORMS": "1000",
        # Corrections and updates, shown once a story has been published.
        f"{NOTES}-TOTAL_FORMS": "0",
        f"{NOTES}-INITIAL_FORMS": "0",
    }
    for index, author in enumerate(authors):
        data[f"bylines-{index}-author"] = author.pk
        data[f"bylines-{index}-position"] = str(index + 1)
    data.update(fields)
    return data


def test_journalist_creates_and_publishes_an_article(journalist_client, client):
    section = SectionFactory(name="Football")
    first, second = AuthorFactory(name="Maya Okafor"), AuthorFactory(name="Tom Reid")

    response = journalist_client.post(
        ADD_URL, article_form(section=section, authors=[second, first])
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="harbourside-go-top")
    assert article.is_live
    assert article.byline_authors == [second, first]
    client.logout()
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert "<h2>How the goals came</h2>" in page.content.decode()
    assert "Tom Reid</a> and <a" in page.content.decode()
    assert client.get("/").context["lead"] == article


def test_the_add_form_renders_with_the_rich_text_editor(journalist_client):
    response = journalist_client.get(ADD_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "django_prose_editor" in html
    assert "Heading" in html  # the editor's configured extensions
    assert "Leave the publication time empty to publish now" in html


def test_empty_headline_is_a_form_error(journalist_client):
    response = journalist_client.post(
        ADD_URL, article_form(section=SectionFactory(), headline="")
    )
    assert response.status_code == 200
    assert "headline" in response.context["adminform"].form.errors
    assert not Article.objects.exists()


def test_duplicate_slug_on_the_same_day_keeps_the_draft_and_says_why(
    journalist_client,
):
    existing = ArticleFactory(slug="harbourside-go-top", published_at=timezone.now())
    response = journalist_client.post(
        ADD_URL,
        article_form(section=existing.section, authors=[AuthorFactory()]),
        follow=True,
    )
    assert "already uses the slug" in response.content.decode()
    draft = Article.objects.exclude(pk=existing.pk).get()
    assert draft.status == Status.DRAFT
    assert draft.headline == "Harbourside go top with late winner"


def test_publishing_without_a_section_is_refused_and_the_draft_kept(
    journalist_client,
):
    data = article_form(section=SectionFactory(), authors=[AuthorFactory()])
    data["section"] = ""
    response = journalist_client.post(ADD_URL, data, follow=True)
    assert "Choose a section." in response.content.decode()
    article = Article.objects.get()
    assert article.status == Status.DRAFT
    assert not Article.objects.published().exists()


def test_two_stories_cannot_hold_the_same_home_position(journalist_client):
    ArticleFactory(home_position=1)
    response = journalist_client.post(
        ADD_URL, article_form(section=SectionFactory(), home_position="1")
    )
    assert response.status_code == 200
    assert "already holds this home page position" in response.content.decode()


def test_admin_sanitizes_what_the_browser_sends(journalist_client):
    response = journalist_client.post(
        ADD_URL,
        article_form(
            section=SectionFactory(),
            body='<p>Fine</p><script>alert(1)</script><a href="javascript:x()">x</a>',
        ),
    )
    assert response.status_code == 302
    body = Article.objects.get().body
    assert "script" not in body
    assert "javascript" not in body


def test_changing_the_slug_in_the_admin_redirects_the_old_address(
    journalist_client, client
):
    article = ArticleFactory(slug="old-headline")
    old_url = article.get_absolute_url()
    published_at = article.published_at
    data = article_form(
        section=article.section,
        slug="new-headline",
        headline=article.headline,
        published_at=timezone.localtime(article.published_at).strftime(
            "%Y-%m-%dT%H:%M"
        ),
    )
    data["bylines-TOTAL_FORMS"] = "0"
    data["seen_version"] = article.edit_version  # as the opened form says
    del data["_transition"]  # an edit to a live story: just save
    response = journalist_client.post(
        reverse("admin:articles_article_change", args=[article.pk]), data
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.slug == "new-headline"
    # The picker shows the minute; the stored time keeps its seconds.
    assert article.published_at == published_at
    redirected = client.get(old_url)
    assert redirected.status_code == 301
    assert redirected["Location"] == article.get_absolute_url()


@pytest.mark.parametrize("state", ["draft", "scheduled", "live"])
def test_changelist_filters_by_state(journalist_client, state):
    ArticleFactory(headline="A draft story", draft=True)
    ArticleFactory(headline="A scheduled story", scheduled=True)
    ArticleFactory(headline="A live story")
    response = journalist_client.get(
        reverse("admin:articles_article_changelist"), {"state": state}
    )
    assert response.status_code == 200
    assert [a.headline for a in response.context["cl"].result_list] == [
        f"A {state} story"
    ]


def test_changelist_shows_byline_and_searches(journalist_client):
    ArticleFactory(
        headline="Kingsbridge stun leaders", authors=[AuthorFactory(name="Maya Okafor")]
    )
    ArticleFactory(headline="Rain ruins the Test")
    url = reverse("admin:articles_article_changelist")
    response = journalist_client.get(url, {"q": "kingsbridge"})
    html = response.content.decode()
    assert "Kingsbridge stun leaders" in html
    assert "Maya Okafor" in html
    assert "Rain ruins the Test" not in html


def test_author_autocomplete_answers(journalist_client):
    AuthorFactory(name="Maya Okafor")
    AuthorFactory(name="Tom Reid")
    response = journalist_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "maya",
            "app_label": "articles",
            "model_name": "byline",
            "field_name": "author",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Maya Okafor"]


def test_view_on_site_only_for_live_articles(journalist_client):
    draft = ArticleFactory(draft=True)
    live = ArticleFactory()
    change = "admin:articles_article_change"
    draft_page = journalist_client.get(reverse(change, args=[draft.pk]))
    live_page = journalist_client.get(reverse(change, args=[live.pk]))
    assert "View on site" not in draft_page.content.decode()
    assert "View on site" in live_page.content.decode()


def test_anonymous_visitors_cannot_reach_the_desk(client):
    response = client.get(ADD_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_every_asset_the_editor_needs_is_served(journalist_client):
    """The rich-text editor's scripts and styles exist, so the form really works."""
    import re

    from django.conf import settings
    from django.contrib.staticfiles import finders

    html = journalist_client.get(ADD_URL).content.decode()
    assets = set(re.findall(rf'{settings.STATIC_URL}([^"?\s]+)', html))
    assert any("django_prose_editor" in asset for asset in assets)
    assert any("adminsortable2" in asset for asset in assets)
    missing = [asset for asset in assets if not finders.find(asset)]
    assert missing == []


class TestOwnByline:
    """The byline starts with the author linked to the account writing."""

    def test_a_new_story_starts_with_the_writers_byline(
        self, journalist_client, journalist
    ):
        maya = AuthorFactory(name="Maya Okafor", user=journalist)
        formset = byline_formset(journalist_client.get(ADD_URL))
        assert [form["author"].value() for form in formset.forms] == [maya.pk]

    def test_the_prefilled_byline_is_saved_as_posted(
        self, journalist_client, journalist
    ):
        maya = AuthorFactory(name="Maya Okafor", user=journalist)
        data = change_form_data(journalist_client.get(ADD_URL))
        data.update(article_form(section=SectionFactory(), authors=[]))
        data.update(
            {
                "bylines-TOTAL_FORMS": "1",
                "bylines-0-author": str(maya.pk),
                "bylines-0-position": "1",
            }
        )
        response = journalist_client.post(ADD_URL, data)
        assert response.status_code == 302
        assert Article.objects.get().byline_authors == [maya]

    def test_the_writer_may_take_it_off(self, journalist_client, journalist):
        AuthorFactory(name="Maya Okafor", user=journalist)
        tom = AuthorFactory(name="Tom Reid")
        response = journalist_client.post(
            ADD_URL, article_form(section=SectionFactory(), authors=[tom])
        )
        assert response.status_code == 302
        assert Article.objects.get().byline_authors == [tom]

    def test_an_account_with_no_byline_starts_empty(self, journalist_client):
        assert byline_formset(journalist_client.get(ADD_URL)).forms == []

    def test_an_existing_story_keeps_its_own_byline(
        self, journalist_client, journalist
    ):
        AuthorFactory(name="Maya Okafor", user=journalist)
        tom = AuthorFactory(name="Tom Reid")
        article = ArticleFactory(authors=[tom])
        change = reverse("admin:articles_article_change", args=[article.pk])
        formset = byline_formset(journalist_client.get(change))
        assert [form["author"].value() for form in formset.forms] == [tom.pk]


def byline_formset(response):
    return next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "bylines"
    )


def test_the_desk_greets_the_person(journalist_client, journalist):
    journalist.first_name, journalist.last_name = "Maya", "Okafor"
    journalist.save()
    html = journalist_client.get(ADD_URL).content.decode()
    assert "Welcome,\n<strong>Maya Okafor</strong>." in html
