"""Suggest the players and teams a text names.

`suggest_tags(text)` reads a headline, a match report or a caption and returns
the known players and teams it names:

- full names, aliases and team short names as whole words, ignoring case and
  accents ("KONATE" finds "Konaté"; "Roma" never matches inside "Romania");
- possessives ("Atalanta's", "Duru’s", "the Rovers'") and hyphenated names
  ("Okafor-Reid") as written;
- a surname alone only when it is capitalised as written, no other known
  player shares it and no other first name comes before it ("Duru missed"
  yes; "a walker" no; "Gomez" no when two players are called Gomez; "Bram
  Duru" no: that is someone else).

Beside them it lists the names the text contains that match no player or
team (`Suggestions.unknown`, see `unknown_names`), so a name missing from the
list is a step to take, not a dead end.

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
    # Names the text contains that match no player or team, in order.
    unknown: list = field(default_factory=list)

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

    def suggest(self, text, *, keywords=(), unknown_except=None):
        """The players and teams `text` (and `keywords`) name, in order.

        With `unknown_except` (the keys of names never to list, see
        `not_names()`), `.unknown` also lists the names no player or team
        matched.
        """
        found = Suggestions()
        text = (text or "")[:MAX_TEXT]
        known_words = set()
        matches = list(self._scan(text, known_words))
        named_teams = {
            tag.pk for tags in matches for tag in tags if isinstance(tag, Team)
        }
        for tags in matches:
            for tag in self._disambiguate(tags, named_teams):
                found.add(tag)
        for keyword in keywords or ():
            for tag in self.phrases.get(_keys(str(keyword)), []):
                found.add(tag)
        if unknown_except is not None:
            found.unknown = unknown_names(
                text, known_words=known_words, skip=unknown_except
            )
        return found

    def _scan(self, text, known_words=None):
        """Yield the candidate tags of each name in the text, left to right.

        The longest phrase starting at a word wins; a word inside it is not
        read again, so "Tobi Okafor-Reid" never also yields a player "Reid".
        The positions of the words that matched go into `known_words`.
        """
        words = list(_WORD.finditer(text))
        keys = [normalize_key(_HYPHENS.sub("-", w.group())) for w in words]
        known_words = set() if known_words is None else known_words
        i = 0
        while i < len(words):
            for size in range(min(self.longest, len(words) - i), 0, -1):
                tags = self.phrases.get(tuple(keys[i : i + size]))
                if tags:
                    yield tags
                    known_words.update(range(i, i + size))
                    i += size
                    break
            else:
                players = self.surnames.get(keys[i], [])
                if (
                    len(players) == 1
                    and words[i].group()[0].isupper()
                    and not _other_first_name(text, words, i, known_words)
                ):
                    yield players
                    known_words.add(i)
                i += 1

    @staticmethod
    def _disambiguate(tags, named_teams):
        """Of players who share a name, the one whose team the text names."""
        if len(tags) < 2:
            return tags
        playing = [t for t in tags if getattr(t, "team_id", None) in named_teams]
        return playing if len(playing) == 1 else tags


def _other_first_name(text, words, i, known_words):
    """Whether the surname at `i` follows a capitalised word that no name
    matched, with only a space between: "Bram Okoro" is someone else than
    the known "Vincent Okoro", so "Okoro" alone does not name him."""
    if i == 0 or (i - 1) in known_words:
        return False
    previous = words[i - 1]
    gap = text[previous.end() : words[i].start()]
    return (
        gap.isspace()
        and previous.group()[:1].isupper()
        and normalize_key(previous.group()) not in COMMON_WORDS
    )


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


def suggest_tags(text, *, keywords=(), unknown=False):
    """The players and teams a text names: `.players` and `.teams`, in order
    of first mention; with `unknown`, `.unknown` lists the names that match
    none (two more queries: see `not_names()`). See the module docstring."""
    skip = not_names() if unknown else None
    return current_vocabulary().suggest(text, keywords=keywords, unknown_except=skip)


# Names not in the list ------------------------------------------------------


def _word_set(text):
    return frozenset(text.split())


#: Words that begin a sentence or a name span without being a name.
COMMON_WORDS = _word_set(
    """a an the and but or nor so yet for of in on at to by with from into onto
    after before during since until while when where why how what who whom which
    this that these those there here then than as if though although because
    he she it we they you i his her its our their my your him them us me
    is was were are be been being has had have do did does will would could
    should may might must can shall not no yes all any both each every few many
    more most much other some such only own same very just also again even ever
    still once twice one two three four five six seven eight nine ten first
    second third last next half full late early extra added despite however
    meanwhile elsewhere later earlier now today tonight yesterday tomorrow
    mr mrs ms dr sir
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october
    november december"""
)

#: Words that make a span a competition, a venue or a match, not a person
#: or a team ("Europa League", "Quayside Ground", "Carabao Cup Final").
NOT_NAME_WORDS = _word_set(
    """league cup trophy championship championships premiership division
    conference series tournament final finals semi-final quarter-final
    round stage group leg derby
    stadium stadion estadio arena ground grounds park road lane field fields
    oval bowl dome centre center"""
)

#: Lower-case words a name may hold between its capitalised ones
#: ("Virgil van Dijk", "Kevin De Bruyne" is capitalised anyway).
PARTICLES = _word_set(
    "van von der den de da das do dos di del della la le du ter ten bin al el"
)

_SENTENCE_END = re.compile(r"[.!?:;\n\u2026]")
_JOINING_GAP = re.compile(r"[ \t\u00a0]+")


def _is_capitalised(word):
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def unknown_names(text, *, known_words=frozenset(), skip=frozenset()):
    """The capitalised names in `text` that no player or team matched.

    A name is a run of two to five capitalised words (particles such as
    "van" allowed inside) with nothing but spaces between them, none of
    them matched by the known-name scan (`known_words`: word positions).
    A common word that starts it ("After", "The") is dropped; a run that is
    a competition, a venue or a match ("Europa League", "Anfield Road") or
    whose key is in `skip` (sections, names the desk dismissed) is not
    listed. A single capitalised word counts only when it appears at least
    twice inside sentences, and not as a word of a longer name found
    ("Salah" after "Mohamed Salah"). Names of several words come first, in
    order of first mention, then single words; each once.
    """
    words = list(_WORD.finditer(text or ""))
    runs = []
    current = []
    for i, word in enumerate(words):
        value = word.group()
        gap = text[words[i - 1].end() : word.start()] if i else ""
        initial = i == 0 or bool(_SENTENCE_END.search(gap))
        joined = i > 0 and _JOINING_GAP.fullmatch(gap) is not None
        capitalised = _is_capitalised(value) and i not in known_words
        particle = value in PARTICLES and current and joined
        if current and not joined:
            runs.append(current)
            current = []
        if capitalised or particle:
            current.append((i, value, initial))
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)

    names, singles = [], {}
    for run in runs:
        while run and (
            normalize_key(run[0][1]) in COMMON_WORDS or run[0][1] in PARTICLES
        ):
            run = run[1:]
        while run and (
            run[-1][1] in PARTICLES or normalize_key(run[-1][1]) in COMMON_WORDS
        ):
            run = run[:-1]
        if not run:
            continue
        if len(run) == 1:
            index, value, initial = run[0]
            if not initial:
                singles.setdefault(normalize_key(value), []).append(value)
            continue
        if len(run) > 5:
            continue
        names.append(" ".join(value for _i, value, _initial in run))

    found, seen = [], set()
    name_parts = set()
    for name in names:
        key = normalize_key(name)
        name_words = key.split()
        if any(w in NOT_NAME_WORDS for w in name_words) or key in skip:
            continue
        name_parts.update(name_words)
        if key not in seen:
            seen.add(key)
            found.append(name)
    for key, mentions in singles.items():
        if (
            len(mentions) >= 2
            and key not in seen
            and key not in name_parts
            and key not in skip
            and key not in NOT_NAME_WORDS
        ):
            seen.add(key)
            found.append(mentions[0])
    return found


def not_names():
    """Keys of capitalised names never listed as missing players or teams:
    the site's sections and the names the desk dismissed (two queries)."""
    from newsroom.models import Section

    from .models import DismissedName

    return {
        *(normalize_key(n) for n in Section.objects.values_list("name", flat=True)),
        *DismissedName.objects.values_list("key", flat=True),
    }
