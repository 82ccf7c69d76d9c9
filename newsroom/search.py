"""Search, the same interface on PostgreSQL and SQLite.

Each content type says what a reader may search it by (`search_document()`:
weight "A" for the headline and the players and teams it is tagged with, "B"
for the standfirst, "C" for the body, intro and photo captions).
`search_update()` stores that as plain text on the row and, on PostgreSQL,
as a weighted `tsvector` (english stemming, accents ignored through
`unaccent`).

Keeping the index current has one route: signals. Each content app connects
`index_on_save` for its models, and the `tags` app `index_tagged_item` for
taggings; a receiver for anything else whose text an item shows (a gallery's
photos) calls `reindex_later(model, pk)`. Writes that bypass signals
(queryset updates, `bulk_create`) call `reindex_later` for what they touched.
Outside a batch an item is indexed at once; inside `indexing_batch()` (every
admin save, and the services that write many rows) it is indexed once, when
the outermost batch ends, however many of its rows changed: an admin save
with five tags indexes the item once, not six times.

`search_filter()` then narrows a queryset that is already `published()`:
PostgreSQL matches `websearch_to_tsquery` (phrases in quotes, -exclusions)
and ranks with `ts_rank`; SQLite requires every word, ignoring case and
accents, and ranks a word in the headline (or a tagged player's or team's
name) above the standfirst above the rest.
"""

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, F, Func, IntegerField, TextField, Value, When
from django.db.models.functions import StrIndex, Substr
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from .text import normalize_key

# The PostgreSQL text search configuration made by newsroom's migrations.
CONFIG = "newsroom_search"
MAX_QUERY_LENGTH = 200
# Connections a bulk reindex writes on beside the one it reads with.
WRITERS = 2
MAX_WORDS = 12
SNIPPET_WORDS = 32
# The most of each block of an item's search document that is indexed:
# headline and names, standfirst and captions, body. PostgreSQL refuses a
# tsvector over 1 MB; 100,000 characters of the most varied text (every
# word new, many scripts) stay under 700 KB, and a 10,000-word long read is
# about 60,000.
BLOCK_LIMITS = {"A": 5_000, "B": 15_000, "C": 80_000}

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


def clean_query(raw):
    """What is left of a reader's query worth searching for: no control
    characters (PostgreSQL refuses NUL), at most 200 characters."""
    text = _CONTROL.sub(" ", raw or "")[:MAX_QUERY_LENGTH]
    return " ".join(text.split())


def websearch_text(query):
    """The query as PostgreSQL's `websearch_to_tsquery` should see it: a
    token of nothing but dashes and punctuation says nothing and, repeated,
    overflows its parser ("tsquery stack too small"), so it goes; a word's
    leading dashes are one exclusion; at most `2 * MAX_WORDS` tokens, which
    bounds the operators too."""
    tokens = [
        re.sub(r"^-+", "-", token) for token in query.split() if re.search(r"\w", token)
    ]
    return " ".join(tokens[: 2 * MAX_WORDS])


def query_words(query):
    """The words of a query, folded: what SQLite matches and snippets mark."""
    words = re.findall(r"\w+", normalize_key(query))
    return list(dict.fromkeys(words))[:MAX_WORDS]


def plain_text(html):
    """Rich text as plain lines."""
    text = strip_tags(_BLOCK_END.sub("\n", html or ""))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def uses_postgres():
    return connection.vendor == "postgresql"


class Fold(Func):
    """Case and accents folded, as `normalize_key` does (SQLite only: the
    function is registered on every SQLite connection)."""

    function = "newsroom_fold"
    output_field = TextField()


def register_fold_function(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            "newsroom_fold", 1, normalize_key, deterministic=True
        )


def _parts(item):
    """The item's search document as three blocks of text, "A", "B", "C",
    none with a blank line inside (blank lines separate the blocks)."""
    document = item.search_document()
    return [
        _bounded(
            "\n".join(
                line.strip()
                for line in (document.get(w) or "").splitlines()
                if line.strip()
            ),
            BLOCK_LIMITS[w],
        )
        for w in "ABC"
    ]


def _bounded(text, limit):
    """`text` cut to `limit` characters, at the last space before it."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    return cut[:space] if space > limit // 2 else cut


def search_text_of(item):
    """The stored search text: the "A", "B" and "C" blocks, each followed by
    a blank line, always. SQLite ranks by the first block (headline and
    names); snippets skip it; PostgreSQL's vector is computed from them."""
    return "\n\n".join(_parts(item))


def search_update(item):
    """Store the item's search text (and on PostgreSQL its weighted vector)."""
    parts = _parts(item)
    updates = {"search_text": "\n\n".join(parts)}
    if uses_postgres():
        vector = None
        for weight, part in zip("ABC", parts, strict=True):
            piece = SearchVector(
                Value(part, output_field=TextField()), weight=weight, config=CONFIG
            )
            vector = piece if vector is None else vector + piece
        updates["search_vector"] = vector
    type(item)._default_manager.filter(pk=item.pk).update(**updates)


def _vector_sql(text):
    """SQL for the weighted vector of a stored search text (the column or
    value `text`), as `search_update` computes it: the first block weighs
    "A", the second "B", the third "C"."""
    return " || ".join(
        f"setweight(to_tsvector('{CONFIG}', split_part({text}, E'\\n\\n', {n})), '{w}')"
        for n, w in ((1, "A"), (2, "B"), (3, "C"))
    )


def search_update_bulk(model, *, batch_size=5000, progress=None):
    """Rebuild the index of every row of a content type, a batch at a time.

    Each batch's search text is recomputed from its rows (the model's
    `search_batch(rows)`, where its `search_document()` reads beyond the
    row, and one query a kind of tag load what its documents read) and
    written with one statement: on PostgreSQL an UPDATE from arrays that
    sets the text and its weighted vector together, elsewhere a bulk
    update. Returns how many rows it indexed.

    On PostgreSQL outside a transaction, batches' UPDATEs run on `WRITERS`
    other connections while the next batch's text is built: the database
    computes vectors while Python strips markup, on every core at once.
    """
    manager = model._default_manager
    ids = list(manager.order_by("pk").values_list("pk", flat=True))
    batches = [ids[i : i + batch_size] for i in range(0, len(ids), batch_size)]
    label = model._meta.verbose_name_plural

    def report(done):
        if progress:
            progress(f"{label}: {done}")

    if uses_postgres() and not connection.in_atomic_block:
        with ThreadPoolExecutor(max_workers=WRITERS) as writers:
            pending = []
            for done, rows in _texts_of(model, batches):
                if len(pending) == WRITERS:
                    pending.pop(0).result()
                pending.append(writers.submit(_write_vectors_apart, model, rows))
                pending[-1].add_done_callback(lambda _f, done=done: report(done))
            for write in pending:
                write.result()
        return len(ids)
    # Elsewhere, and inside a transaction (whose rows another connection
    # cannot see), one batch after the other on this connection.
    for done, rows in _texts_of(model, batches):
        if uses_postgres():
            _write_vectors(model, rows)
        else:
            manager.bulk_update(rows, ["search_text"], batch_size=500)
        report(done)
    return len(ids)


def _texts_of(model, batches):
    """(rows done so far, [rows with `search_text` recomputed]) a batch."""
    # A model whose document reads beyond its row (a gallery's photo lines)
    # loads that for a whole batch at once.
    search_batch = getattr(model, "search_batch", None)
    manager = model._default_manager
    done = 0
    for batch in batches:
        rows = list(manager.filter(pk__in=batch))
        if search_batch is not None:
            search_batch(rows)
        names = _tag_names(model, batch)
        for row in rows:
            row.search_tag_names = names.get(row.pk, [])
            row.search_text = search_text_of(row)
        done += len(batch)
        yield done, rows


def _write_vectors(model, rows):
    """One UPDATE: the rows' search text and its weighted vector."""
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET search_text = v.text, "  # noqa: S608
            f"search_vector = {_vector_sql('v.text')} "
            "FROM unnest(%s::bigint[], %s::text[]) AS v(id, text) "
            f"WHERE {table}.id = v.id",
            [[r.pk for r in rows], [r.search_text for r in rows]],
        )


def _write_vectors_apart(model, rows):
    """`_write_vectors` on the writer thread's own connection, closed after."""
    try:
        _write_vectors(model, rows)
    finally:
        connection.close()


def _tag_names(model, pks):
    """{pk: [player and team names]} for a batch of items: one query a kind
    of tag, instead of a prefetch that builds a queryset per item."""
    from .models import TAG_RELATIONS

    item_type = ContentType.objects.get_for_model(model)
    names = {}
    for relation in TAG_RELATIONS:
        through = model._meta.get_field(relation).related_model
        rows = through.objects.filter(content_type=item_type, object_id__in=pks)
        found = {}
        for pk, name in rows.values_list("object_id", "tag__name"):
            found.setdefault(pk, []).append(name)
        for pk, tag_names in found.items():
            names.setdefault(pk, []).extend(sorted(tag_names))
    return names


def search_filter(queryset, query, *, newest=None):
    """The rows matching `query`, annotated with `rank` (higher is better).

    With `newest`, only the newest that many matches are ranked: a word in
    most stories ("match") then costs one bounded read down the publication
    index instead of ranking and sorting every story that has it.
    """
    query = clean_query(query)
    nothing = queryset.annotate(rank=Value(0, output_field=IntegerField())).none()
    if uses_postgres():
        query = websearch_text(query)
        if not query:
            return nothing
        ts_query = SearchQuery(query, search_type="websearch", config=CONFIG)
        matching = queryset.filter(search_vector=ts_query)
        if newest:
            # The match is not repeated outside: the planner then reads the
            # newest ids' rows by key instead of matching every row again.
            matching = queryset.filter(pk__in=_newest(matching, newest))
        return matching.annotate(rank=SearchRank(F("search_vector"), ts_query))
    words = query_words(query)
    if not words:
        return nothing
    first_block = Substr("search_text", 1, StrIndex("search_text", Value("\n\n")))
    queryset = queryset.annotate(
        folded_text=Fold("search_text"),
        folded_headline=Fold("headline"),
        folded_names=Fold(first_block),
        folded_standfirst=Fold("standfirst"),
    )
    rank = Value(0, output_field=IntegerField())
    for word in words:
        queryset = queryset.filter(folded_text__contains=word)
    if newest:
        queryset = queryset.filter(pk__in=_newest(queryset, newest))
    for word in words:
        rank = rank + Case(
            When(folded_headline__contains=word, then=Value(100)),
            When(folded_names__contains=word, then=Value(50)),
            When(folded_standfirst__contains=word, then=Value(10)),
            default=Value(1),
            output_field=IntegerField(),
        )
    return queryset.annotate(rank=rank)


def _newest(matching, count):
    return matching.order_by("-published_at", "-pk").values("pk")[:count]


def snippet(text, query, *, size=SNIPPET_WORDS):
    """A short passage of `text` around the first matched word, escaped, with
    the matches in <mark>. A word matches when it starts like a query word
    (so "flooding" is marked for "flooded")."""
    words = text.split()
    stems = [w[: max(4, len(w) - 2)] if len(w) > 4 else w for w in query_words(query)]

    def matches(word):
        tokens = re.findall(r"\w+", normalize_key(word))
        return any(token.startswith(stem) for token in tokens for stem in stems)

    first = next((i for i, word in enumerate(words) if matches(word)), 0)
    start = max(0, first - size // 3)
    window = words[start : start + size]
    shown = " ".join(
        f"<mark>{escape(word)}</mark>" if matches(word) else escape(word)
        for word in window
    )
    if start > 0:
        shown = "… " + shown
    if start + size < len(words):
        shown += " …"
    return mark_safe(shown)  # every piece was escaped above


_local = threading.local()


@contextmanager
def indexing_batch():
    """Index every item touched inside once, when the outermost batch ends
    (and not at all if it ends with an error: its transaction is undone)."""
    outermost = getattr(_local, "pending", None) is None
    if outermost:
        _local.pending = {}
    try:
        yield
        if outermost:
            while _local.pending:
                model, pks = _local.pending.popitem()
                for item in model._default_manager.filter(pk__in=pks):
                    search_update(item)
    finally:
        if outermost:
            _local.pending = None


def reindex_later(model, pk):
    """Bring item `model` #pk's index up to date: at the end of the batch
    under way, or now."""
    if not hasattr(model, "search_document"):
        return
    pending = getattr(_local, "pending", None)
    if pending is not None:
        pending.setdefault(model, set()).add(pk)
        return
    item = model._default_manager.filter(pk=pk).first()
    if item is not None:
        search_update(item)


def index_on_save(sender, instance, raw=False, **kwargs):
    """post_save receiver for content types: keep the row's index current."""
    if raw:
        return
    if getattr(_local, "pending", None) is not None:
        reindex_later(type(instance), instance.pk)
    else:
        search_update(instance)


def index_tagged_item(sender, instance, raw=False, **kwargs):
    """post_save/post_delete receiver for taggings: the tagged item's players
    and teams are searchable, so its index follows them."""
    if raw:
        return
    model = ContentType.objects.get_for_id(instance.content_type_id).model_class()
    if model is not None:
        reindex_later(model, instance.object_id)
