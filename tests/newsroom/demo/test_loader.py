import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.utils.html import escape

from articles.models import Article
from galleries.models import Gallery, Photo, Photographer
from newsroom.demo.loader import load_demo
from newsroom.desk.roles import EDITOR, PHOTO_EDITOR, REPORTER
from newsroom.models import Author, Section, Status
from newsroom.tags.models import Player, Team

pytestmark = pytest.mark.django_db


def counts():
    return (
        Section.objects.count(),
        Author.objects.count(),
        Article.objects.count(),
        Gallery.objects.count(),
        Photo.objects.count(),
    )


def test_demo_desk_has_what_the_readme_promises():
    load_demo()
    sections, authors, articles, galleries, photos = counts()
    assert sections >= 3
    assert authors >= 4
    assert articles >= 15

    assert Article.objects.filter(status=Status.DRAFT).count() == 1
    scheduled = [a for a in Article.objects.all() if a.is_scheduled]
    assert len(scheduled) == 1
    live = Article.objects.published()
    assert live.count() == articles - 2
    assert len({a.pub_date for a in live}) >= 4  # spread over several days
    assert all(a.body.count("<h2>") >= 2 for a in live)
    assert all(a.bylines.exists() for a in Article.objects.all())


def test_demo_galleries_and_lead_photos():
    load_demo()
    galleries = Gallery.objects.published()
    assert galleries.count() >= 2
    for gallery in galleries:
        items = list(gallery.items.select_related("photo"))
        assert len(items) >= 10
        assert gallery.cover_id == items[0].photo_id
        assert gallery.bylines.exists()
        assert all(item.photo.caption and item.photo.alt_text for item in items)
    assert Article.objects.published().exclude(related_gallery=None).count() >= 2
    with_lead = Article.objects.published().exclude(lead_photo=None).count()
    assert with_lead >= Article.objects.published().count() * 3 // 4


def test_demo_credits_are_recognised_across_spellings():
    load_demo()
    photos = Photo.objects.select_related("photographer", "agency")
    assert all(p.photographer_id and p.agency_id for p in photos)
    # One photographer per name, however the wire spelled the credit.
    names = list(Photographer.objects.values_list("name", flat=True))
    assert len(names) == len({name.casefold() for name in names})
    spellings = {}
    for photo in photos:
        spellings.setdefault(photo.photographer_id, set()).add(photo.credit_line)
    assert max(len(lines) for lines in spellings.values()) >= 3
    for photo in photos:
        assert photo.credit == (f"{photo.agency.name} Photo/{photo.photographer.name}")


def test_loading_twice_changes_nothing_but_the_password():
    first = load_demo(password="first-password-123")
    before = counts()
    second = load_demo(password="second-password-456")

    assert counts() == before
    assert first.created["articles"] >= 15
    assert first.created["photos"] >= 20
    assert second.created == {}
    assert authenticate(username="editor", password="first-password-123") is None
    assert authenticate(username="editor", password="second-password-456")


def test_one_demo_account_a_role_each_with_its_powers(client):
    result = load_demo()
    accounts = {account.role: account for account in result.accounts}
    assert set(accounts) == {EDITOR, REPORTER, PHOTO_EDITOR}
    add_article = "/admin/articles/article/add/"
    add_gallery = "/admin/galleries/gallery/add/"
    for role, articles, galleries in (
        (EDITOR, 200, 200),
        (REPORTER, 200, 403),
        (PHOTO_EDITOR, 403, 200),
    ):
        account = accounts[role]
        assert client.login(username=account.username, password=account.password)
        assert client.get(add_article).status_code == articles
        assert client.get(add_gallery).status_code == galleries
        client.logout()
    reporter = get_user_model().objects.get(username=accounts[REPORTER].username)
    assert not reporter.has_perm("articles.publish_article")
    assert Author.objects.filter(user=reporter).exists()
    # The desk greets each by the byline's name, not "Demo".
    for account in result.accounts:
        user = get_user_model().objects.get(username=account.username)
        assert user.get_full_name() == user.author.name


def test_every_live_demo_item_passes_the_publish_checks():
    load_demo()
    for item in [*Article.objects.published(), *Gallery.objects.published()]:
        assert item.publish_problems() == [], item


def test_demo_draft_and_scheduled_stories_stay_hidden(client):
    load_demo()
    hidden = Article.objects.exclude(pk__in=Article.objects.published())
    html = client.get("/").content.decode()
    assert escape(Gallery.objects.first().headline) in html
    for article in hidden:
        assert article.headline not in html
        url = f"/2000/01/01/{article.slug}/"
        if article.pub_date:
            url = article.get_absolute_url()
        assert client.get(url).status_code == 404


def test_command_prints_the_account_and_is_idempotent(capsys):
    call_command("load_demo", password="printed-password-789")
    call_command("load_demo", password="printed-password-789")
    out = capsys.readouterr().out
    assert "Demo content created" in out
    assert "Demo content already loaded" in out
    for username in ("editor", "reporter", "photoeditor"):
        assert f"username “{username}”, password “printed-password-789”" in out


def test_dry_run_saves_nothing(capsys):
    call_command("load_demo", dry_run=True)
    assert counts() == (0, 0, 0, 0, 0)
    assert "Dry run" in capsys.readouterr().out


def test_demo_teams_squads_and_tags(client):
    load_demo()
    assert Team.objects.count() >= 10
    football_squads = [
        team.players.count()
        for team in Team.objects.filter(
            slug__in=["harbourside-athletic", "kingsbridge-rovers"]
        )
    ]
    assert min(football_squads) >= 16
    live = Article.objects.published()
    assert all(a.players.exists() or a.teams.exists() for a in live)
    assert all(g.players.exists() for g in Gallery.objects.all())
    tennis = live.filter(section__slug="tennis")
    assert tennis.exists()
    assert not any(a.teams.exists() for a in tennis)

    duru = Player.objects.get(name="Emeka Duru")
    page = client.get(duru.get_absolute_url())
    assert page.status_code == 200
    assert page.context["articles"]
    assert page.context["photos"]
    assert any(p.gallery_photo_url for p in page.context["photos"])

    before = (Team.objects.count(), Player.objects.count(), duru.taggings.count())
    load_demo()
    assert before == (
        Team.objects.count(),
        Player.objects.count(),
        duru.taggings.count(),
    )
