"""Plain data classes at the boundaries between pipeline stages.

Stages talk only through these objects (ingest -> clean -> nlp -> extract ->
resolve -> store), so a stage can be tested, replaced or run in another
process on its own.  Every class is frozen, slotted and keyword-only, and has
``to_dict``/``from_dict`` so it can cross a process boundary (Dask), a JSON
Lines file or the store unchanged.

Character offsets are half-open ``[start, end)`` and always point into
``Document.text``, the *original* text, never into the cleaned text.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

EVENT_TYPES: tuple[str, ...] = (
    "CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "CONCEDE", "RETREAT", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
STATUSES: tuple[str, ...] = ("occurred", "future", "historical", "hypothetical", "negated")
SECTORS: tuple[str, ...] = (
    "diplomacy", "trade", "investment", "economy", "defence", "security", "health", "culture",
    "education", "science-technology", "digital", "energy", "nuclear", "agriculture",
    "transport", "environment", "tourism", "labour", "justice", "maritime", "parliament",
    "party", "people-to-people", "humanitarian",
)  # fmt: skip
MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "AID": ("economic", "military", "humanitarian", "asylum"),
    "SUPPORT": ("sign", "verbal", "award"),
}


def content_hash(text: str) -> str:
    """SHA-256 of the text: the identity used to make re-ingests idempotent."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _Record:
    """Shared (de)serialisation for the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True, kw_only=True)
class Document(_Record):
    """One article as read from its source, before any cleaning.

    ``text`` is the whole article as the evidence offsets see it: for a text
    file its content verbatim; for a record with separate fields, title,
    heading and body joined by blank lines (the codebook codes all three).
    """

    id: str
    text: str
    title: str | None = None
    heading: str | None = None
    pub_date: str | None = None  # ISO YYYY-MM-DD, from metadata or --date
    url: str | None = None
    source: str | None = None
    language: str | None = None  # ISO 639-1, declared or detected
    origin: str | None = None  # file (and line) it came from, for messages
    content_hash: str = ""

    def __post_init__(self) -> None:
        if not self.content_hash:
            object.__setattr__(self, "content_hash", content_hash(self.text))


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem(_Record):
    """A source, or one record of it, that could not be read: reported, then skipped.

    Readers yield these instead of raising, so one bad line of a JSONL file or
    one unreadable file never stops a batch (and never touches the store).
    """

    origin: str  # "path/to/file.jsonl:12", "path/to/file.txt", "-"
    reason: str  # one line, e.g. "invalid JSON (column 5)", "empty file"
    fatal: bool = True  # False: a warning only (e.g. "decoded as Latin-1"), the document was read


@dataclass(frozen=True, slots=True, kw_only=True)
class Removed(_Record):
    """A span of the original text that cleaning dropped, and why."""

    start: int
    end: int
    reason: str  # "teaser", "caption", "credit", "signature", "dateline", "repeated-lede", ...


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanedText(_Record):
    """Text ready for NLP, with a map from each of its characters to the original.

    ``offsets[i]`` is the index in ``Document.text`` of cleaned character
    ``i``; ``offsets[len(text)]`` is the original end, so a cleaned span
    ``[s, e)`` maps to ``[offsets[s], offsets[e - 1] + 1)``.  Inserted
    characters (the space put between glued words) map to the original
    character that follows them.
    """

    doc_id: str
    text: str
    offsets: tuple[int, ...]
    dateline_place: str | None = None
    dateline_agency: str | None = None
    removed: tuple[Removed, ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned half-open span to the original text."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CleanedText:
        data = dict(data)
        data["offsets"] = tuple(data.get("offsets", ()))
        data["removed"] = tuple(Removed.from_dict(r) for r in data.get("removed", ()))
        return cls(**data)


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence(_Record):
    """Where an event is stated: a span of the original text and the rule that read it."""

    doc_id: str
    start: int
    end: int
    text: str
    rule: str = ""  # versioned rule name, e.g. "communique.consult_trigger.v1"


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention(_Record):
    """An actor, place or date mention found in a document (original offsets)."""

    doc_id: str
    start: int
    end: int
    text: str
    kind: str  # "person", "body", "state", "igo", "place", "date"
    polity: str | None = None
    name: str | None = None  # canonical form, e.g. the full person name
    role: str | None = None  # "Premier ministre", "ambassadeur", ...
    sector: str | None = None  # "government", "legislature", "party", ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(_Record):
    """One coded interaction, with every field of the codebook (§3)."""

    type: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...] = ()
    mode: str | None = None
    actor_names: tuple[str, ...] = ()
    recipient_names: tuple[str, ...] = ()
    date: str | None = None
    date_end: str | None = None
    location: str | None = None
    location_country: str | None = None
    status: str = "occurred"
    sectors: tuple[str, ...] = ()
    evidence: Evidence | None = None
    extras: dict[str, Any] = field(default_factory=dict)  # debugging aids, not in gold format

    @property
    def polities(self) -> frozenset[str]:
        """Both sides together: what the scorer pairs events on, with the type."""
        return frozenset(self.actor) | frozenset(self.recipient)

    def to_gold(self) -> dict[str, Any]:
        """The codebook §5 record (lists, not tuples; evidence as its text)."""
        return {
            "type": self.type,
            "mode": self.mode,
            "actor": list(self.actor),
            "recipient": list(self.recipient),
            "actor_names": list(self.actor_names),
            "recipient_names": list(self.recipient_names),
            "date": self.date,
            "date_end": self.date_end,
            "location": self.location,
            "location_country": self.location_country,
            "status": self.status,
            "sectors": list(self.sectors),
            "evidence": self.evidence.text if self.evidence else "",
            "evidence_start": self.evidence.start if self.evidence else None,
            "evidence_end": self.evidence.end if self.evidence else None,
            "rule": self.evidence.rule if self.evidence else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        data = dict(data)
        for key in ("actor", "recipient", "actor_names", "recipient_names", "sectors"):
            data[key] = tuple(data.get(key) or ())
        evidence = data.get("evidence")
        if isinstance(evidence, dict):
            data["evidence"] = Evidence.from_dict(evidence)
        elif isinstance(evidence, str):
            data["evidence"] = Evidence(doc_id=data.get("doc_id", ""), start=-1, end=-1,
                                        text=evidence)
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True, kw_only=True)
class Result(_Record):
    """What the pipeline made of one document: its events, or why it has none."""

    document: Document
    events: tuple[Event, ...] = ()
    mentions: tuple[Mention, ...] = ()
    cleaned: CleanedText | None = None
    skipped: str | None = None  # reason the document was not coded ("not French", ...)

    def to_gold(self) -> dict[str, Any]:
        """One line of the evaluation contract: doc_id, pub_date, events."""
        return {
            "doc_id": self.document.id,
            "pub_date": self.document.pub_date,
            "events": [event.to_gold() for event in self.events],
        }
