"""Well-known international agreements and their parties, shipped as package data.

The codebook (§7) codes a withdrawal from a treaty as REJECT toward its *other parties*,
which the sentence rarely lists (*les Etats-Unis se sont retirés de l'accord sur le
nucléaire iranien*); and a treaty's name holds place and nationality words that are no
side (*l'accord de Paris* is not France, *le nucléaire iranien* not Iran's act).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from communique.extract.lexicon import lexicon_records, searchable


@dataclass(frozen=True, slots=True)
class Treaty:
    """An agreement, how French names it, and its parties (polity codes)."""

    name: str
    regex: re.Pattern[str]
    parties: frozenset[str]
    # an open treaty of (nearly) every state, whose parties the IGO that holds it stands
    # for (*l'accord de Paris sur le climat*: the UN)
    framework: bool = False

    def others(self, actor: list[str]) -> list[str] | None:
        """The parties a withdrawal by ``actor`` is aimed at, or None when ``actor`` is not
        a party (then the sentence is about another agreement or another act)."""
        if self.framework:
            return sorted(self.parties)
        if not actor or not set(actor) <= self.parties:
            return None
        return sorted(self.parties - set(actor))


@dataclass(frozen=True, slots=True)
class TreatyMention:
    """A treaty named in a text (character offsets)."""

    treaty: Treaty
    start: int
    end: int


@lru_cache(maxsize=1)
def treaties() -> tuple[Treaty, ...]:
    """All known treaties, compiled once per process."""
    return tuple(Treaty(str(rec["name"]), re.compile(str(rec["pattern"])),
                        frozenset(rec["parties"]),  # type: ignore[arg-type]
                        framework=bool(rec.get("framework")))
                 for rec in lexicon_records("treaties.fr.jsonl"))


def doc_treaties(doc: Doc) -> list[TreatyMention]:
    """The treaties a parsed document names (offsets into ``doc.text``), found once per
    document: the side rules ask for every mention, the withdrawal rule for every REJECT."""
    if "treaties" not in doc.user_data:
        doc.user_data["treaties"] = find_treaties(doc.text)
    return doc.user_data["treaties"]  # type: ignore[no-any-return]


def find_treaties(text: str) -> list[TreatyMention]:
    """Every treaty named in ``text``, in order of position."""
    low = searchable(text)
    found = [TreatyMention(t, m.start(), m.end())
             for t in treaties() for m in t.regex.finditer(low)]
    return sorted(found, key=lambda m: m.start)
