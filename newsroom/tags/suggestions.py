"""Suggest the players and teams a text names.

`suggest_tags(text)` reads a headline, a match report or a caption and returns
the known players and teams it names:

- full names, aliases and team short names as whole words, ignoring case and
  accents ("KONATE" finds "Konaté"; "Roma" never matches inside "Romania");
- possessives ("Atalanta's", "Duru’s", "the Rovers'") and hyphenated names
  ("Okafor-Reid") as written;
- a surname alone only when it is capitalised as written and no other known
  player shares it ("Duru missed" yes; "a walker" no; "Gomez" no when two
  players are called Gomez).

Each text is scanned once, word by word, however many players are known: a
dictionary of every name's words, no regular expression per name. Loading
that vocabulary for 5,000 players takes a few hundred milliseconds, so each
process keeps the one it loaded and reuses it while the players and teams
are unchanged (`current_vocabulary()`: two small queries say so, the same on
every app server, no process-local schedule); `Vocabulary.load()` makes a
fresh one, for a batch of texts.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Count, Max

from newsroom.text import normalize_key

from .models import Player, Team

# A word: letters and digits, hyphenated parts kept together. Apostrophes end
# a word, so "Duru’s" reads as "Duru" then "s", as names are read too.
_WORD = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)*")
_HYPHENS = re.compile(r"[-‐‑]")
MAX_TEXT = 200_000


def _keys(text):
    """The words of a text as match keys."""
    return tuple(
        normalize_key(_HYPHENS.sub("-", m.group())) for m in _WORD.finditer(text)
    )


@dataclass
class Suggestions:
    players: list = field(default_factory=list)
    teams: list = field(default_factory=list)

    def add(self, tag):
        found = self.players if isinstance(tag, Player) else self.teams
        if tag not in found:
            found.append(tag)


@dataclass
class Vocabulary:
    """Every known name, alias and surname, keyed for a one-pass scan."""

    phrases: dict = field(default_factory=dict)  # word keys -> tags
    surnames: dict = field(default_factory=dict)  # surname key -> players
    longest: int = 1

    @classmethod
    def load(cls):
        vocabulary = cls()
        for team in Team.objects.only("name", "slug", "short_name", "aliases"):
            for name in (team.name, team.short_name, *team.aliases):
                vocabulary._add_phrase(name, team)
        players = Player.objects.select_related("team").only(
            "name", "slug", "aliases", "team__name", "team__short_name"
        )
        for player in players:
            for name in (player.name, *player.aliases):
                vocabulary._add_phrase(name, player)
            words = _keys(player.name)
            if len(words) > 1:
                vocabulary.surnames.setdefault(words[-1], []).append(player)
        return vocabulary

    def _add_phrase(self, name, tag):
        for words in {_keys(name), _keys(_HYPHENS.sub(" ", name or ""))}:
            if words:
                tags = self.phrases.setdefault(words, [])
                if tag not in tags:
                    tags.append(tag)
                self.longest = max(self.longest, len(words))

    def suggest(self, text, *, keywords=()):
        """The players and teams `text` (and `keywords`) name, in order."""
        found = Suggestions()
        matches = list(self._scan((text or "")[:MAX_TEXT]))
        named_teams = {
            tag.pk for tags in matches for tag in tags if isinstance(tag, Team)
        }
        for tags in matches:
            for tag in self._disambiguate(tags, named_teams):
                found.add(tag)
        for keyword in keywords or ():
            for tag in self.phrases.get(_keys(str(keyword)), []):
                found.add(tag)
        return found

    def _scan(self, text):
        """Yield the candidate tags of each name in the text, left to right.

        The longest phrase starting at a word wins; a word inside it is not
        read again, so "Tobi Okafor-Reid" never also yields a player "Reid".
        """
        words = list(_WORD.finditer(text))
        keys = [normalize_key(_HYPHENS.sub("-", w.group())) for w in words]
        i = 0
        while i < len(words):
            for size in range(min(self.longest, len(words) - i), 0, -1):
                tags = self.phrases.get(tuple(keys[i : i + size]))
                if tags:
                    yield tags
                    i += size
                    break
            else:
                players = self.surnames.get(keys[i], [])
                if len(players) == 1 and words[i].group()[0].isupper():
                    yield players
                i += 1

    @staticmethod
    def _disambiguate(tags, named_teams):
        """Of players who share a name, the one whose team the text names."""
        if len(tags) < 2:
            return tags
        playing = [t for t in tags if getattr(t, "team_id", None) in named_teams]
        return playing if len(playing) == 1 else tags


_loaded = {"stamp": None, "vocabulary": None}


def _stamp():
    """What changes whenever a player or team is added, edited or removed:
    their counts, highest ids and latest edit times (two aggregates)."""
    return tuple(
        tuple(
            model.objects.aggregate(
                n=Count("pk"), top=Max("pk"), last=Max("updated_at")
            ).values()
        )
        for model in (Player, Team)
    )


def forget_vocabulary():
    """Drop this process's vocabulary (tests, whose rollbacks a stamp of
    committed rows cannot see)."""
    _loaded.update(stamp=None, vocabulary=None)


def current_vocabulary():
    """The vocabulary, loaded again only when players or teams changed."""
    stamp = _stamp()
    if _loaded["stamp"] != stamp or _loaded["vocabulary"] is None:
        _loaded.update(stamp=stamp, vocabulary=Vocabulary.load())
    return _loaded["vocabulary"]


def suggest_tags(text, *, keywords=()):
    """The players and teams a text names: `.players` and `.teams`, in order
    of first mention. See the module docstring for the rules."""
    return current_vocabulary().suggest(text, keywords=keywords)
