"""The desk's shifts in Chromium, as issue "The desk" measured them: an
editor tags a story's missing teams and players from its form, a reporter
asks for a missing player and the editor adds it from the dashboard, and
the dashboard lists every queue."""

import pytest
from playwright.sync_api import expect

from .helpers import DESKTOP, axe_violations

pytestmark = pytest.mark.django_db(transaction=True)

# Fictional sides and players no demo row knows.
HOME, AWAY = "Corvin Athletic", "Lakemoor Town"
HOME_PLAYERS = [
    "Aldo Fenwick",
    "Bram Okoro",
    "Cal Dunmore",
    "Dario Pellucci",
    "Emil Strand",
    "Femi Adeyemi",
    "Gus Halloran",
]
AWAY_PLAYERS = [
    "Hakon Vestby",
    "Ivo Marchetti",
    "Jules Ferrand",
    "Kit Sandoval",
    "Lars Winther",
    "Milo Brannigan",
]
REPORT = (
    f"<p>{HOME} beat {AWAY} 3-1 at the Wharf on a wet night.</p>"
    f"<p>Goals came from {', '.join(HOME_PLAYERS[:3])} and {HOME_PLAYERS[3]}'s "
    f"cross was the pick of the night, with {', '.join(HOME_PLAYERS[4:])} all "
    "excellent.</p>"
    f"<p>For the visitors {', '.join(AWAY_PLAYERS[:-1])} and {AWAY_PLAYERS[-1]} "
    "never gave up.</p>"
)


class Actions:
    """Counts what a person does: each choice in a list and each click."""

    def __init__(self, page):
        self.page = page
        self.count = 0

    def choose(self, name, label):
        self.page.locator(f'tr[data-original="{name}"] select').select_option(
            label=label
        )
        self.count += 1

    def click(self, locator):
        locator.click()
        self.count += 1


def missing_row(page, name):
    return page.locator(f'tr[data-original="{name}"]')


def test_an_editors_shift_tags_2_teams_and_13_players_the_list_lacked(
    open_page, demo, shots_dir
):
    from articles.models import Article
    from tests.factories import ArticleFactory

    story = ArticleFactory(draft=True, headline=f"{HOME} see off {AWAY}", body=REPORT)
    page = open_page(
        f"/admin/articles/article/{story.pk}/change/", viewport=DESKTOP, user="editor"
    )
    missing = page.locator("[data-tag-missing]")
    expect(missing).to_contain_text("Not in the list:")
    for name in [HOME, AWAY, *HOME_PLAYERS, *AWAY_PLAYERS]:
        expect(missing_row(page, name)).to_have_count(1)
    actions = Actions(page)

    # The two teams first: they then appear as the players' teams.
    actions.choose(HOME, "A team: add and tag")
    actions.choose(AWAY, "A team: add and tag")
    actions.click(page.locator("[data-tag-missing-apply]"))
    expect(page.locator("[data-tag-missing-status]")).to_contain_text("Added 2")
    expect(missing_row(page, HOME)).to_have_count(0)
    for team in (HOME, AWAY):
        expect(
            missing_row(page, HOME_PLAYERS[0]).locator(
                "option", has_text=f"A player of {team}"
            )
        ).to_have_count(1)

    for players, team in ((HOME_PLAYERS, HOME), (AWAY_PLAYERS, AWAY)):
        for name in players:
            actions.choose(name, f"A player of {team}: add and tag")
    page.screenshot(path=str(shots_dir / "missing-names-1280.png"), full_page=True)
    actions.click(page.locator("[data-tag-missing-apply]"))
    expect(page.locator("[data-tag-missing-status]")).to_contain_text("Added 13")
    expect(missing).to_be_hidden()
    assert axe_violations(page, include=[".tag-suggestions"]) == []

    actions.click(page.locator('input[name="_continue"]'))
    page.wait_for_load_state()
    assert actions.count <= 20, actions.count
    story = Article.objects.get(pk=story.pk)
    assert sorted(t.name for t in story.teams.all()) == sorted([HOME, AWAY])
    players = {p.name: p.team.name for p in story.players.select_related("team")}
    assert players == {
        **dict.fromkeys(HOME_PLAYERS, HOME),
        **dict.fromkeys(AWAY_PLAYERS, AWAY),
    }


def test_a_reporter_asks_for_a_missing_player_and_the_editor_adds_it(
    open_page, demo, shots_dir
):
    from articles.models import Article
    from newsroom.models import Author
    from newsroom.tags.models import TagRequest, Team

    own_name = Author.objects.get(user__username="reporter").name
    # The reporter starts a story: the byline is theirs already.
    page = open_page("/admin/articles/article/add/", viewport=DESKTOP, user="reporter")
    byline = page.locator("#bylines-group")
    expect(byline.locator("select option:checked")).to_have_text(own_name)
    team = Team.objects.create(name=HOME, slug="corvin-athletic")
    page.fill("#id_headline", "Fenwick signs on")
    page.locator(".tiptap.ProseMirror").click()
    page.keyboard.type(f"{HOME} have signed Aldo Fenwick from Lakemoor.", delay=2)
    expect(missing_row(page, "Aldo Fenwick")).to_have_count(1)
    assert page.locator("[data-tag-missing-apply]").inner_text() == "Ask the desk"
    page.locator('input[name="_continue"]').click()  # saved as a draft first
    page.wait_for_load_state()
    story = Article.objects.get(headline="Fenwick signs on")
    story.teams.add(team)
    page.reload()
    missing_row(page, "Aldo Fenwick").locator("select").select_option(
        label="A player: ask the desk to add them"
    )
    page.locator("[data-tag-missing-apply]").click()
    expect(page.locator("[data-tag-missing-status]")).to_contain_text(
        "Asked the desk for 1"
    )
    request = TagRequest.objects.get()
    assert (request.name, request.item) == ("Aldo Fenwick", story)

    # The editor's dashboard lists it; one click adds the player and tags it.
    desk = open_page("/admin/", viewport=DESKTOP, user="editor")
    block = desk.locator("#desk-tag-requests")
    expect(block).to_contain_text("Aldo Fenwick")
    expect(block).to_contain_text("Fenwick signs on")
    for queue in ("mine", "scheduled", "today", "tag-requests", "corrected", "review"):
        expect(desk.locator(f"#desk-{queue}")).to_have_count(1)
    assert axe_violations(desk) == []
    desk.screenshot(path=str(shots_dir / "dashboard-1280.png"), full_page=True)
    row = block.locator(f'[data-request="{request.pk}"]')
    row.locator("input[name=position]").fill("Forward")
    row.locator("button.default").click()
    desk.wait_for_load_state()
    expect(desk.locator(".messagelist .success")).to_contain_text("Added Aldo Fenwick")
    expect(desk.locator("#desk-tag-requests")).to_contain_text("No requests waiting.")
    assert [p.name for p in story.players.all()] == ["Aldo Fenwick"]
    assert story.players.get().team == team
