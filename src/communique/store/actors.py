"""Cross-document actor registry: one actor per person of a polity, whatever the spelling.

French wires spell the same person several ways (*Loukachenko*, *Lukashenko*,
*Alexandre Loukachenko*) and often name them by one word after the first
mention.  When a document is saved, each of its person mentions with a polity
is linked to an actor of that polity (``mention_actors``), by these rules, in
order (names are compared as folded words: accents, case, hyphens, honorifics,
one-letter initials and the Arabic article dropped, see ``name_key``):

1. *Exact*: an actor already has a spelling with the same folded words.
2. *Fuzzy* (both names have two words or more): every word of the shorter name
   pairs with a distinct word of the other, and ``token_sort_ratio`` of the
   shorter name and its partners is >= ``MATCH_RATIO``; the best-scoring actor
   wins.  Two words pair when equal, or when ``rapidfuzz.fuzz.ratio`` >=
   ``WORD_RATIO`` and either the longer has at least ``FUZZY_WORD_LEN``
   letters or the names share such a long word (*Nicos*/*Nikos Anastasiades*).
   Every word must pair, not just the overall ratio: Vietnamese names end with
   the given name, so *Huynh Ngoc Son* and *Bui Thanh Son* share a last word,
   and *Nguyen Van Truong* / *Nguyen Van Thuong* score 94 overall while being
   two people.  Short words must be equal because a one-letter change in a
   syllable is another name (*Thanh*/*Thang*, *Kim Jong-un*/*Kim Jong-il*);
   romanised syllables (Vietnamese, pinyin) only vary in diacritics, which
   folding removes, whereas transliterations (*Loukachenko*/*Lukashenko*,
   *Poutine*/*Putin*) vary in long words.
3. *One word*: a one-word name (*Golovchenko*) attaches to the only actor with a
   spelling whose first or last word matches it (ratio >= ``SURNAME_RATIO``);
   likewise a full name attaches to the only actor known by one word alone.
   Two candidates (two Vietnamese *Son*) are ambiguous: no guess is made.
4. Otherwise a new actor is created.

Everything else is derived from the links and recomputed for the actors a save
touched: spellings with their mention counts, roles with the first and last
publication date of the documents that gave them, the actor's own first/last
seen dates, and its display name (the most frequent spelling of two words or
more).  Re-saving or reprocessing a document therefore never double counts: its
old links are dropped before its mentions are re-linked, and an actor left with
no mention is deleted.  Dates are ``Document.pub_date``; a document without one
adds mentions but no dates.  Merges are decided once, in save order, and are
not revisited when later documents arrive.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from rapidfuzz import fuzz

from communique.gazetteer import key_of
from communique.store.schema import (
    actor_names,
    actor_roles,
    actors,
    documents,
    mention_actors,
    mentions,
)

LOGGER = logging.getLogger(__name__)

Key = tuple[str, ...]

MATCH_RATIO = 86.0  # "Alexandre Loukachenko" / "Alexander Lukashenko" scores 87.8
WORD_RATIO = 75.0  # "Sergueï"/"Sergey" 76.9, "Poutine"/"Putin" 83.3, "Aleksandr"/"Alexandre" 77.8
SURNAME_RATIO = 88.0  # one word on its own carries less evidence: "Loukachenka" 90.9
FUZZY_WORD_LEN = 7  # shorter words must be equal: "Thanh"/"Thang", "Truong"/"Thuong", "Xi"/"Xie"
_HONORIFICS = frozenset({"m", "mme", "mr", "mrs", "dr", "mgr", "me", "mlle", "mm", "mmes"})
# Arabic particles as French wires vary them: "Bachar al-Assad" / "Bachar el-Assad",
# "Tamim Bin Hamad" / "Tamim ben Hamad".  Only these; titles ("roi Salmane") are kept,
# since dropping them would attach the king to his son "Mohammed ben Salmane".
_ARTICLES = frozenset({"al", "el"})
_SON_OF = {"bin": "ben", "ibn": "ben"}
_CHUNK = 500  # ids per IN (...) list


def name_key(name: str) -> Key:
    """The folded words a name is matched on: "M. A. Loukachenko" -> ("loukachenko",).

    Leading honorifics and one-letter initials go: articles add and drop them
    freely.  So does the Arabic article (*al*/*el*), and *bin*/*ibn* read *ben*.
    A name made only of those keeps its words rather than vanish.
    """
    words = [_SON_OF.get(word, word) for word in key_of(name) if word.isalnum()]
    start = 0
    while start < len(words) - 1 and words[start] in _HONORIFICS:
        start += 1
    kept = [word for word in words[start:] if len(word) > 1 and word not in _ARTICLES]
    return tuple(kept or words)


def _word_ratio(a: str, b: str, *, anchored: bool = False) -> float:
    """How well two folded words pair (0-100); short words only pair when ``anchored``."""
    if a == b:
        return 100.0
    ratio = fuzz.ratio(a, b)
    if max(len(a), len(b)) >= FUZZY_WORD_LEN:
        return ratio
    return ratio if anchored else 0.0


def name_score(a: Key, b: Key) -> float:
    """Similarity (0-100) of two names, 0 unless every word of the shorter has a partner.

    Partners are found greedily, longest words first, each word of the longer
    name used once; the score is ``token_sort_ratio`` of the shorter name and
    its partners, so an extra middle name in the longer one costs nothing.
    Short words may differ only when both names share a long word (*Nicos* /
    *Nikos Anastasiades*, *Dmitri* / *Dmitry Medvedev*): Vietnamese syllables
    are never that long, so *Truong*/*Thuong* stay apart.
    """
    short, long_ = sorted((a, b), key=len)
    if not short:
        return 0.0
    anchored = any(len(word) >= FUZZY_WORD_LEN and word in long_ for word in short)
    free = list(long_)
    partners: list[str] = []
    for word in sorted(short, key=len, reverse=True):
        best = max(free, key=lambda other: _word_ratio(word, other, anchored=anchored))
        if _word_ratio(word, best, anchored=anchored) < WORD_RATIO:
            return 0.0
        free.remove(best)
        partners.append(best)
    return fuzz.token_sort_ratio(" ".join(short), " ".join(partners))


def _ends_with(word: str, key: Key) -> bool:
    """Whether one word names the person of ``key`` (its first or last word)."""
    return any(_word_ratio(word, end) >= SURNAME_RATIO for end in {key[0], key[-1]})


def match_actor(key: Key, known: dict[int, set[Key]]) -> int | None:
    """The actor (id) that ``key`` names among ``known`` (actor id -> keys), or None.

    The rules are those of the module docstring; ties go to the oldest actor.
    """
    if not key:
        return None
    exact = [actor_id for actor_id, keys in known.items() if key in keys]
    if exact:
        return min(exact)
    if len(key) > 1:
        best_score, best_id = 0.0, None
        for actor_id, keys in sorted(known.items()):
            for other in keys:
                score = name_score(key, other) if len(other) > 1 else 0.0
                if score > best_score:
                    best_score, best_id = score, actor_id
        if best_score >= MATCH_RATIO:
            return best_id
        hits = {
            actor_id
            for actor_id, keys in known.items()
            if all(len(k) == 1 for k in keys) and any(_ends_with(k[0], key) for k in keys)
        }
    else:
        hits = {actor_id for actor_id, keys in known.items()
                if any(_ends_with(key[0], other) for other in keys)}  # fmt: skip
    return hits.pop() if len(hits) == 1 else None


def _spelling(row: Any) -> str:
    """The spelling a mention is registered under: its canonical name, else its text."""
    return row.name if row.name is not None else row.text


def _chunks(values: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _known(conn: sa.Connection, polity: str) -> dict[int, set[Key]]:
    """The folded spellings of every actor of ``polity``."""
    known: dict[int, set[Key]] = {}
    rows = conn.execute(
        sa.select(actor_names.c.actor_id, actor_names.c.folded)
        .join(actors, actors.c.id == actor_names.c.actor_id)
        .where(actors.c.polity == polity)
    )
    for actor_id, folded in rows:
        known.setdefault(actor_id, set()).add(tuple(folded.split()))
    return known


def forget_document(conn: sa.Connection, doc_id: str) -> set[int]:
    """Drop a document's mention links (before its mentions are replaced); return their actors."""
    linked = set(
        conn.execute(
            sa.select(mention_actors.c.actor_id).where(mention_actors.c.doc_id == doc_id)
        ).scalars()
    )
    if linked:
        conn.execute(sa.delete(mention_actors).where(mention_actors.c.doc_id == doc_id))
    return linked


def register_document(conn: sa.Connection, doc_id: str, *, previous: Collection[int] = ()) -> int:
    """Link the stored person mentions of a document to actors, then refresh those actors.

    conn (Connection): inside the transaction that saved the mentions.
    doc_id (str): the document, whose mentions are already stored and unlinked.
    previous (Collection[int]): actors it was linked to before (``forget_document``),
        refreshed too so that counts it no longer gives disappear.
    RETURNS (int): number of mentions linked.
    """
    rows = conn.execute(
        sa.select(mentions.c.id, mentions.c.polity, mentions.c.name, mentions.c.text)
        .where(mentions.c.doc_id == doc_id, mentions.c.kind == "person",
               mentions.c.polity.is_not(None))
        .order_by(mentions.c.id)
    ).all()  # fmt: skip
    by_polity: dict[str, dict[int, set[Key]]] = {}
    links: list[dict[str, Any]] = []
    for row in rows:
        spelling = _spelling(row)
        key = name_key(spelling)
        if not key:
            continue
        known = by_polity.get(row.polity)
        if known is None:
            known = by_polity[row.polity] = _known(conn, row.polity)
        actor_id = match_actor(key, known)
        if actor_id is None:
            actor_id = conn.execute(
                sa.insert(actors).values(name=spelling, polity=row.polity).returning(actors.c.id)
            ).scalar_one()
            LOGGER.debug("doc=%s new actor %d %r (%s)", doc_id, actor_id, spelling, row.polity)
        known.setdefault(actor_id, set()).add(key)  # later mentions of this save see it
        links.append({"mention_id": row.id, "actor_id": actor_id, "doc_id": doc_id})
    if links:
        conn.execute(sa.insert(mention_actors), links)
    refresh_actors(conn, set(previous) | {link["actor_id"] for link in links})
    return len(links)


def _display_name(spellings: Counter[str]) -> str:
    """Most frequent spelling of two words or more (else of one), then the longest, then A-Z."""

    def rank(spelling: str) -> tuple[bool, int, int, str]:
        words = len(name_key(spelling))
        return words < 2, -spellings[spelling], -words, spelling

    return min(spellings, key=rank)


def refresh_actors(conn: sa.Connection, actor_ids: Collection[int]) -> None:
    """Recompute spellings, roles, dates and display names from the links; drop unlinked actors."""
    for chunk in _chunks(sorted(actor_ids)):
        linked = (
            sa.select(mention_actors.c.actor_id, mentions.c.name, mentions.c.text,
                      mentions.c.role, documents.c.pub_date)
            .join(mentions, mentions.c.id == mention_actors.c.mention_id)
            .join(documents, documents.c.id == mention_actors.c.doc_id)
            .where(mention_actors.c.actor_id.in_(chunk))
            .subquery()
        )  # fmt: skip
        spelling = sa.func.coalesce(linked.c.name, linked.c.text)
        spellings: dict[int, Counter[str]] = {}
        for actor_id, name, count in conn.execute(
            sa.select(linked.c.actor_id, spelling, sa.func.count())
            .group_by(linked.c.actor_id, spelling)
        ):  # fmt: skip
            spellings.setdefault(actor_id, Counter())[name] = count
        roles = conn.execute(
            sa.select(linked.c.actor_id, linked.c.role, sa.func.min(linked.c.pub_date),
                      sa.func.max(linked.c.pub_date), sa.func.count())
            .where(linked.c.role.is_not(None))
            .group_by(linked.c.actor_id, linked.c.role)
        ).all()  # fmt: skip
        seen = {
            actor_id: (first, last)
            for actor_id, first, last in conn.execute(
                sa.select(linked.c.actor_id, sa.func.min(linked.c.pub_date),
                          sa.func.max(linked.c.pub_date))
                .group_by(linked.c.actor_id)
            )
        }  # fmt: skip
        conn.execute(sa.delete(actor_names).where(actor_names.c.actor_id.in_(chunk)))
        conn.execute(sa.delete(actor_roles).where(actor_roles.c.actor_id.in_(chunk)))
        orphans = [actor_id for actor_id in chunk if actor_id not in spellings]
        if orphans:
            conn.execute(sa.delete(actors).where(actors.c.id.in_(orphans)))
            LOGGER.debug("dropped actors with no mention left: %s", orphans)
        names = [
            {"actor_id": actor_id, "name": name, "folded": " ".join(name_key(name)),
             "mentions": count}
            for actor_id, counts in spellings.items() for name, count in counts.items()
        ]  # fmt: skip
        if names:
            conn.execute(sa.insert(actor_names), names)
        if roles:
            conn.execute(sa.insert(actor_roles), [
                {"actor_id": actor_id, "role": role, "first_seen": first, "last_seen": last,
                 "mentions": count}
                for actor_id, role, first, last, count in roles
            ])  # fmt: skip
        for actor_id, counts in spellings.items():
            first, last = seen[actor_id]
            conn.execute(
                sa.update(actors).where(actors.c.id == actor_id)
                .values(name=_display_name(counts), first_seen=first, last_seen=last)
            )  # fmt: skip


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fetch_actors(
    conn: sa.Connection,
    *,
    polity: str | None = None,
    name: str | None = None,
    limit: int | None = None,
    actor_id: int | None = None,
) -> list[dict[str, Any]]:
    """Actors as dicts, most mentioned first (see ``Store.actors``)."""
    n_mentions = sa.func.count(mention_actors.c.mention_id).label("mentions")
    n_documents = sa.func.count(sa.distinct(mention_actors.c.doc_id)).label("documents")
    query = (
        sa.select(actors, n_mentions, n_documents)
        .select_from(actors.outerjoin(mention_actors, mention_actors.c.actor_id == actors.c.id))
        .group_by(*actors.c)
        .order_by(n_mentions.desc(), actors.c.name, actors.c.id)
    )
    if actor_id is not None:
        query = query.where(actors.c.id == actor_id)
    if polity is not None:
        query = query.where(actors.c.polity == polity)
    if name is not None:
        folded = " ".join(name_key(name))
        if not folded:
            return []
        query = query.where(
            sa.exists().where(
                actor_names.c.actor_id == actors.c.id,
                actor_names.c.folded.like(f"%{_escape_like(folded)}%", escape="\\"),
            )
        )
    if limit is not None:
        query = query.limit(limit)
    found = [dict(row) for row in conn.execute(query).mappings()]
    by_id = {row["id"]: row for row in found}
    for row in found:
        row["spellings"], row["roles"] = [], []
    for chunk in _chunks(list(by_id)):
        for spelling in conn.execute(
            sa.select(actor_names.c.actor_id, actor_names.c.name, actor_names.c.mentions)
            .where(actor_names.c.actor_id.in_(chunk))
            .order_by(actor_names.c.mentions.desc(), actor_names.c.name)
        ).mappings():  # fmt: skip
            by_id[spelling["actor_id"]]["spellings"].append(
                {"name": spelling["name"], "mentions": spelling["mentions"]}
            )
        for role in conn.execute(
            sa.select(actor_roles).where(actor_roles.c.actor_id.in_(chunk))
            .order_by(actor_roles.c.first_seen.is_(None), actor_roles.c.first_seen,
                      actor_roles.c.role)
        ).mappings():  # fmt: skip
            by_id[role["actor_id"]]["roles"].append(
                {key: role[key] for key in ("role", "first_seen", "last_seen", "mentions")}
            )
    return found


def fetch_actor(conn: sa.Connection, actor_id: int) -> dict[str, Any] | None:
    """One actor as ``fetch_actors`` gives it, plus ``doc_ids``; None if unknown."""
    found = fetch_actors(conn, actor_id=actor_id)
    if not found:
        return None
    actor = found[0]
    actor["doc_ids"] = sorted(
        conn.execute(
            sa.select(mention_actors.c.doc_id).distinct()
            .where(mention_actors.c.actor_id == actor_id)
        ).scalars()
    )  # fmt: skip
    return actor


def backfill(conn: sa.Connection) -> int:
    """Register the documents stored before the registry existed, oldest first.

    Only documents with person mentions and no link yet are read, so running it
    twice links nothing twice.  RETURNS (int): documents registered.
    """
    has_people = sa.exists().where(
        mentions.c.doc_id == documents.c.id, mentions.c.kind == "person",
        mentions.c.polity.is_not(None),
    )  # fmt: skip
    linked = sa.exists().where(mention_actors.c.doc_id == documents.c.id)
    doc_ids = conn.execute(
        sa.select(documents.c.id).where(has_people, ~linked)
        .order_by(documents.c.pub_date.is_(None), documents.c.pub_date, documents.c.id)
    ).scalars().all()  # fmt: skip
    for doc_id in doc_ids:
        register_document(conn, doc_id)
    return len(doc_ids)
