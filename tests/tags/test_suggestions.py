"""suggest_tags: which players and teams a text names, and which it does not."""

import pytest

from newsroom.tags.models import Player, Team
from newsroom.tags.suggestions import Vocabulary, suggest_tags

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vocabulary():
    harbourside = Team.objects.create(
        name="Harbourside Athletic", short_name="Harbourside", aliases=["the Harbour"]
    )
    kingsbridge = Team.objects.create(
        name="Kingsbridge Rovers", short_name="Kingsbridge", aliases=["the Rovers"]
    )
    ardena = Team.objects.create(name="Ardena", country="Italy")
    wexley = Team.objects.create(name="Wexley City", short_name="Wexley")
    for name, team, aliases in [
        ("Emeka Duru", harbourside, ["Mo Duru"]),
        ("Kasper Lunde", harbourside, []),
        ("Ibrahima Konaté", kingsbridge, ["Ibou"]),
        ("Tobi Okafor-Reid", harbourside, []),
        ("Callum Reid", wexley, []),
        ("Dan Walker", kingsbridge, []),
        ("Leo Rice", harbourside, []),
        ("Sam Gomez", wexley, []),
        ("Luis Gómez", ardena, []),
        ("Jon Carr", harbourside, []),
        ("Jon Carr", kingsbridge, []),
        ("Ødegård Moen", ardena, []),
    ]:
        Player.objects.create(name=name, team=team, aliases=aliases)


def names(text, **kwargs):
    found = suggest_tags(text, **kwargs)
    return [tag.name for tag in [*found.players, *found.teams]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Full names and aliases, ignoring case and accents.
        ("Emeka Duru scored twice.", ["Emeka Duru"]),
        ("EMEKA DURU SCORED", ["Emeka Duru"]),
        ("Ibrahima Konate was booked.", ["Ibrahima Konaté"]),
        ("ibrahima konaté was booked.", ["Ibrahima Konaté"]),
        ("Ibou was booked.", ["Ibrahima Konaté"]),
        ("mo duru again", ["Emeka Duru"]),
        ("Odegard Moen and Ødegård Moen", ["Ødegård Moen"]),
        # Teams by name, short name and alias.
        ("Kingsbridge Rovers won.", ["Kingsbridge Rovers"]),
        ("a win for the Harbour", ["Harbourside Athletic"]),
        ("Wexley were poor", ["Wexley City"]),
        # Whole words only.
        ("Romania beat Ardenaville; Ardena lost.", ["Ardena"]),
        ("the Rovering kind", []),
        ("Durus and Lundes", []),
        # Possessives, straight and typographic.
        ("Ardena's defence", ["Ardena"]),
        ("Duru’s header", ["Emeka Duru"]),
        ("the Rovers' keeper", ["Kingsbridge Rovers"]),
        ("Harbourside Athletic’s lead", ["Harbourside Athletic"]),
        # Hyphenated names, whole; the part is another word.
        ("Tobi Okafor-Reid crossed", ["Tobi Okafor-Reid"]),
        ("Okafor-Reid crossed", ["Tobi Okafor-Reid"]),
        ("Okafor-Reid’s cross met Reid", ["Tobi Okafor-Reid", "Callum Reid"]),
        ("Tobi Okafor Reid crossed", ["Tobi Okafor-Reid"]),
        # A surname alone: capitalised and unambiguous only.
        ("Lunde missed from the spot.", ["Kasper Lunde"]),
        ("a walker and some rice", []),
        ("Walker went off; Rice came on.", ["Dan Walker", "Leo Rice"]),
        ("Gomez scored", []),  # Sam Gomez and Luis Gómez
        ("Gómez scored", []),
        ("Sam Gomez scored", ["Sam Gomez"]),
        ("Carr scored", []),  # two Jon Carrs
        # Two players with one name: the team named in the text decides.
        ("Jon Carr scored for Kingsbridge.", ["Jon Carr", "Kingsbridge Rovers"]),
        # Nothing to find.
        ("", []),
        ("   ", []),
        ("The match was called off.", []),
    ],
)
def test_suggestions(text, expected):
    assert names(text) == expected


def test_jon_carr_of_kingsbridge_is_told_apart():
    found = suggest_tags("Jon Carr scored for Kingsbridge.")
    assert [p.team.name for p in found.players] == ["Kingsbridge Rovers"]
    unclear = suggest_tags("Jon Carr scored.")
    assert len(unclear.players) == 2


def test_order_of_first_mention_and_no_repeats():
    found = suggest_tags(
        "Lunde crossed, Emeka Duru headed in. Duru again! Kasper Lunde celebrated "
        "with Harbourside."
    )
    assert [p.name for p in found.players] == ["Kasper Lunde", "Emeka Duru"]
    assert [t.name for t in found.teams] == ["Harbourside Athletic"]


def test_keywords_name_players_and_teams():
    found = suggest_tags("", keywords=["football", "EMEKA DURU", "Kingsbridge"])
    assert [p.name for p in found.players] == ["Emeka Duru"]
    assert [t.name for t in found.teams] == ["Kingsbridge Rovers"]


def test_a_match_report():
    report = (
        "Harbourside Athletic 3-2 Kingsbridge Rovers. Kasper Lunde opened the "
        "scoring after a walker strayed onto the pitch, before Ibou levelled for "
        "the Rovers. Okafor-Reid’s cross found Duru, and Konaté’s own goal "
        "sealed it. Romania's coach watched from the stand; so did the rice "
        "farmers of Wexleyton. Gomez, on loan, did not play."
    )
    found = suggest_tags(report)
    assert [p.name for p in found.players] == [
        "Kasper Lunde",
        "Ibrahima Konaté",
        "Tobi Okafor-Reid",
        "Emeka Duru",
    ]
    assert [t.name for t in found.teams] == [
        "Harbourside Athletic",
        "Kingsbridge Rovers",
    ]


def test_queries_do_not_grow_with_the_text_or_the_vocabulary(
    django_assert_num_queries,
):
    # Two to see whether players or teams changed, two to load them.
    with django_assert_num_queries(4):
        suggest_tags("Duru " * 20_000)
    Player.objects.bulk_create(
        Player(name=f"Reserve Player{n}", slug=f"reserve-{n}") for n in range(300)
    )
    with django_assert_num_queries(4):
        found = suggest_tags("Player7 and Reserve Player12")
    assert [p.name for p in found.players] == ["Reserve Player7", "Reserve Player12"]


def test_the_vocabulary_is_loaded_again_only_after_a_change(
    django_assert_num_queries,
):
    suggest_tags("Duru")
    with django_assert_num_queries(2):
        assert [p.name for p in suggest_tags("Duru").players] == ["Emeka Duru"]
    duru = Player.objects.get(name="Emeka Duru")
    duru.aliases = ["The Quayside Cannon"]
    duru.save()
    with django_assert_num_queries(4):
        found = suggest_tags("the quayside cannon struck twice")
    assert [p.name for p in found.players] == ["Emeka Duru"]
    Player.objects.filter(name="Kasper Lunde").delete()
    assert suggest_tags("Lunde").players == []


def test_one_vocabulary_serves_many_texts(django_assert_num_queries):
    vocabulary = Vocabulary.load()
    with django_assert_num_queries(0):
        assert [p.name for p in vocabulary.suggest("Duru").players] == ["Emeka Duru"]
        assert vocabulary.suggest("Lunde").players[0].name == "Kasper Lunde"


def test_very_long_and_odd_text_is_calm():
    assert names("x" * 500_000) == []
    assert names("\x00 Duru \u202e Lunde \U0001f600") == ["Emeka Duru", "Kasper Lunde"]
    assert names(None) == []
