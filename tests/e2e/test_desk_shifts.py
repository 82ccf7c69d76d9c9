"""The desk's shifts in Chromium, as issue "The desk" measured them: an
editor tags a story's missing teams and players from its form, a reporter
asks for a missing player and the editor adds it from the dashboard, and
the dashboard lists every queue."""

import re

import pytest
from playwright.sync_api import expect

from .helpers import DESKTOP, axe_violations, no_horizontal_scroll

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


def test_a_photo_editors_shift_fixes_10_photos_in_the_gallery_form(
    open_page, demo, shots_dir
):
    """Ten wire photos with one shared title and no alt text: the refusal
    names each by its picture, file name and caption, the alt text of all
    ten is typed in the rows with no window opened, and the order is set by
    dragging a row and by "Move to top"."""
    from galleries.models import GalleryItem
    from tests.factories import GalleryFactory, make_photo

    gallery = GalleryFactory(draft=True, headline="In pics: Corvin v Lakemoor")
    photos = []
    for number in range(1, 11):
        photo = make_photo(
            name=f"AP_{number:02d}.jpg",
            size=(600, 400),
            title="Premier Division: Corvin Athletic vs Lakemoor Town",
            caption=f"Aldo Fenwick in action, picture {number}, at the Wharf.",
            credit_line="AP Photo/Antonio Calanni",
        )
        GalleryItem.objects.create(gallery=gallery, photo=photo, position=number)
        photos.append(photo)
    url = f"/admin/galleries/gallery/{gallery.pk}/change/"
    page = open_page(url, viewport=DESKTOP, user="photoeditor")
    windows = []
    page.context.on("page", lambda new: windows.append(new))
    page.on("dialog", lambda dialog: windows.append(dialog) or dialog.dismiss())
    rows = page.locator("#items-group tr.has_original")
    expect(rows).to_have_count(10)
    assert no_horizontal_scroll(page)
    # One compact row a photo: each well under the old 450 px.
    heights = rows.evaluate_all("rows => rows.map(row => row.offsetHeight)")
    assert max(heights) < 130, heights
    page.screenshot(path=str(shots_dir / "gallery-form-1280.png"), full_page=True)

    # Publishing is refused: one error line a photo, each photo shown.
    page.locator("button.workflow-publish").click()
    page.wait_for_load_state()
    refusal = page.locator(".messagelist .error")
    lines = refusal.locator("ul.publish-problems > li")
    expect(lines).to_have_count(10)
    for number in range(1, 11):
        line = lines.filter(has_text=f"picture {number}, at")
        expect(line).to_have_count(1)
        expect(line.locator("img.desk-thumbnail")).to_have_count(1)
        expect(line).to_contain_text("needs alt text")
    # The ticks of a success message are gone from the lines.
    assert lines.first.evaluate("li => getComputedStyle(li).backgroundImage") == "none"
    assert axe_violations(page) == []
    refusal.screenshot(path=str(shots_dir / "refusal-1280.png"))

    # "Type it in its row below" goes to the photo's row.
    lines.first.get_by_role("link", name="Type it in its row below").click()
    expect(page).to_have_url(re.compile(rf"#photo-{photos[0].pk}$"))

    # Alt text for all ten, in the rows.
    for index in range(10):
        row = rows.nth(index)
        row.locator("textarea[name$='-alt_text']").fill(
            f"A forward in a red shirt shoots, frame {index + 1}."
        )

    # Drag the third row by its picture onto the first; then the last row
    # to the top with its button.
    rows.nth(0).scroll_into_view_if_needed()
    rows.nth(2).locator("td.field-thumbnail").drag_to(
        rows.nth(0).locator("td.field-thumbnail"), target_position={"x": 5, "y": 5}
    )
    first_box = rows.nth(0).locator("input.row-position")
    expect(first_box).to_have_value("1")
    assert "picture 3," in rows.nth(0).locator(
        "textarea[name$='-caption_override']"
    ).get_attribute("placeholder")
    rows.nth(9).get_by_role("button", name="Move to top").click()
    expect(page.locator(".photo-rows-status")).to_have_text(
        "Photo moved to position 1."
    )
    shown = [
        rows.nth(n)
        .locator("textarea[name$='-caption_override']")
        .get_attribute("placeholder")
        for n in range(10)
    ]
    assert [
        f"picture {n}," in caption
        for n, caption in zip([10, 3, 1, 2, 4, 5, 6, 7, 8, 9], shown, strict=True)
    ] == [True] * 10
    page.locator("button.workflow-publish").click()
    page.wait_for_load_state()
    expect(page.locator(".messagelist .success")).to_have_count(1)

    gallery.refresh_from_db()
    assert gallery.is_live
    order = [item.photo_id for item in gallery.items.order_by("position")]
    assert order == [photos[n - 1].pk for n in (10, 3, 1, 2, 4, 5, 6, 7, 8, 9)]
    for photo in photos:
        photo.refresh_from_db()
        assert photo.alt_text.startswith("A forward in a red shirt shoots")
    assert windows == []  # no pop-up, no new tab, no dialog
