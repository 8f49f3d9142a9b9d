"""Resolve stage: one event per happening within an article.

News repeats itself: the title and the lede tell what the body tells again,
and a visit is announced before its meetings are listed.  Two raw events are
the same happening when they share type, polity set and status, their dates
do not conflict, and their named participants do not contradict each other
(two meetings of one visit with different hosts stay apart, codebook §3
granularity).  A visit reported with no named meeting is kept only when the
story names no meeting of the same dyad, and a signing announced and then told
as done is coded once, as done.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from communique.models import Event

__all__ = ["resolve_events"]

# Acts that a story tends to name several times as one situation (an ambassador summoned is
# told in the lede, in a quote and in the body).
STATES_OF_AFFAIRS = frozenset({"COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "PROTEST"})
# Acts a story announces and then reports as done (*signeront* … *ont signé*).
PLANNED_THEN_DONE = frozenset({"SUPPORT"})


def _dates_agree(a: str | None, b: str | None) -> bool:
    """Dates agree when either is unknown or one refines the other (``2020-06``, ``2020-06-09``)."""
    if a is None or b is None:
        return True
    a, b = a.lstrip("-"), b.lstrip("-")
    return a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a)


def _folded(names: Iterable[str]) -> set[str]:
    """A person's surname (*Loukachenko* = *Alexandre Loukachenko*); a body's whole name,
    whose last word is often a common adjective (*Parlement biélorusse*, *Association
    biélorusse pour l'amitié …*)."""
    keys = set()
    for name in names:
        words = name.split()
        if words:
            last = words[-1]
            keys.add(last.casefold() if last[:1].isupper() else name.casefold())
    return keys


def _names_agree(a: Event, b: Event) -> bool:
    """Names agree unless both events name someone on a side and share nobody there."""
    for side_a, side_b in ((a.recipient_names, b.recipient_names),
                           (a.actor_names, b.actor_names)):
        fa, fb = _folded(side_a), _folded(side_b)
        if fa and fb and not fa & fb:
            return False
    return True


def _same_happening(a: Event, b: Event) -> bool:
    return (a.type == b.type and a.polities == b.polities and a.status == b.status
            and _dates_agree(a.date, b.date) and _names_agree(a, b)
            and not _summary_of_several(a, b)
            and (a.type != "CONSULT" or a.mode == b.mode or (
                None in (a.mode, b.mode) and "phone" not in (a.mode, b.mode))))


def _summary_of_several(a: Event, b: Event) -> bool:
    """A joint meeting and a visit of the same pair told at different precisions (*trois
    sommets en 2018* and *la visite de Moon Jae-in … en septembre 2018*): the visit is
    one of them, told apart by its date and direction."""
    if a.type != "CONSULT" or bool(a.recipient) == bool(b.recipient) or not (a.date and b.date):
        return False
    return a.date != b.date


def _merge(keep: Event, other: Event) -> Event:
    """Keep the first event, filling its empty fields from the repeat."""
    def more(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(x + y))

    return replace(
        keep,
        mode=keep.mode or other.mode,
        actor_names=more(keep.actor_names, other.actor_names),
        recipient_names=more(keep.recipient_names, other.recipient_names),
        date=_finer(keep.date, other.date), date_end=keep.date_end or other.date_end,
        location=keep.location or other.location,
        location_country=keep.location_country or other.location_country,
        sectors=more(keep.sectors, other.sectors),
    )


def _finer(a: str | None, b: str | None) -> str | None:
    """The more precise of two agreeing dates."""
    if a is None or b is None:
        return a or b
    return a if len(a.lstrip("-")) >= len(b.lstrip("-")) else b


def _repeats(a: Event, b: Event) -> bool:
    """Whether b repeats a: the same sentence, or a title/lede summary of the body.

    Separate statements of the same kind (two accusations in two paragraphs)
    are separate events in the codebook, so only CONSULT merges across the
    body; other types merge when one of them comes from a repeated passage.
    """
    if a.type == "CONSULT":
        return True
    if a.type in STATES_OF_AFFAIRS and a.date == b.date:
        return True  # an annexation, a blockade or sanctions recalled again and again
    if a.type == "SUPPORT" and a.mode == b.mode == "sign" and a.date and b.date:
        return True  # one dated signing told twice (*en novembre 2004*, *en 2004*)
    sa, sb = a.extras.get("sentence"), b.extras.get("sentence")
    if sa is not None and sa == sb:
        return True
    return bool(a.extras.get("summary") or b.extras.get("summary"))


def resolve_events(events: Iterable[Event]) -> list[Event]:
    """Merge repeated facts of one article; keep text order.

    events (Iterable[Event]): raw events of one document, in text order.
    RETURNS (list[Event]): one event per happening.
    """
    out: list[Event] = []
    for event in events:
        for i, kept in enumerate(out):
            if _same_happening(kept, event) and _repeats(kept, event):
                out[i] = _merge(kept, event) if not kept.extras.get("summary") else \
                    replace(_merge(event, kept), extras=event.extras)
                break
        else:
            out.append(event)
    return _drop_done_plans(_drop_bare_visits(_drop_partial_summaries(out)))


def _drop_partial_summaries(events: list[Event]) -> list[Event]:
    """A title or lede act naming one of the body's actors (*Emmanuel Macron accuse à son tour
    l'Iran* for *la France, l'Allemagne et le Royaume-Uni ont accusé l'Iran*) retells that
    body act: the summary goes, the body's fuller act stays."""
    def retold(s: Event) -> bool:
        return bool(s.extras.get("summary") and s.recipient) and any(
            not b.extras.get("summary") and b.type == s.type and b.status == s.status
            and b.recipient == s.recipient and set(s.actor) < set(b.actor)
            and _dates_agree(s.date, b.date) for b in events)
    return [e for e in events if not retold(e)]


def _drop_done_plans(events: list[Event]) -> list[Event]:
    """*A planned act reported later in the same article as done is coded once, as done*
    (codebook §3): a future act goes when the story tells the same act as done."""
    done = [e for e in events if e.status == "occurred"]
    return [e for e in events if not (
        e.status == "future" and e.type in PLANNED_THEN_DONE and any(
            _same_happening(replace(e, status="occurred"), d) for d in done))]


def _drop_bare_visits(events: list[Event]) -> list[Event]:
    """A visit with no named host is dropped when a named meeting of that visit exists."""
    named = [e for e in events if e.type == "CONSULT" and e.recipient_names]
    # the same visit: same visitor, same status, dates that agree (a 2018 trip to Russia is
    # not the 2017 reception in Paris)
    return [e for e in events if not (
        e.type == "CONSULT" and not e.recipient_names and e.mode == "visit"
        and any(n.actor == e.actor and n.polities == e.polities and n.status == e.status
                and _dates_agree(n.date, e.date) and n is not e for n in named))]
