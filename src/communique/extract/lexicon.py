"""French cue lexicons (event triggers, sectors), shipped as package data.

The patterns are regular expressions over the lower-cased sentence (with
typographic apostrophes folded to ``'``), not spaCy lemmas: the French model
lemmatises participles of our key verbs unreliably (*entretenu*, *convenu*),
and many cues are multi-word (*séance de travail*, *a convoqué l'ambassadeur*).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from communique.errors import DataError
from communique.models import EVENT_TYPES, SECTORS

RULE_VERSION = "v1"


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One cue pattern and what it codes."""

    name: str  # e.g. "consult.visit"
    type: str
    regex: re.Pattern[str]
    mode: str | None = None
    role: str = "normal"  # "normal", "inverse" (subject is the recipient), "joint"

    @property
    def versioned(self) -> str:
        """The rule name stored with each event, so results can be traced to their rule."""
        return f"communique.{self.name}.{RULE_VERSION}"


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger found in a sentence (offsets relative to the searched text)."""

    rule: TriggerRule
    start: int
    end: int


def lexicon_records(name: str) -> list[dict[str, object]]:
    """Read one JSON Lines lexicon from package data."""
    path = files("communique.data") / "lexicon" / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:  # pragma: no cover - broken installation
        raise DataError(f"lexicon {name} missing from the package: reinstall communique") from exc
    out = []
    for lineno, line in enumerate(lines, 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DataError(f"lexicon {name}:{lineno}: invalid JSON: {exc.msg}") from exc
    return out


@lru_cache(maxsize=1)
def trigger_rules() -> tuple[TriggerRule, ...]:
    """All trigger rules, compiled once per process."""
    rules = []
    for rec in lexicon_records("triggers.fr.jsonl"):
        if rec["type"] not in EVENT_TYPES:
            raise DataError(f"trigger rule {rec['rule']}: unknown type {rec['type']}")
        rules.append(TriggerRule(
            name=str(rec["rule"]), type=str(rec["type"]), regex=re.compile(str(rec["pattern"])),
            mode=rec.get("mode"), role=str(rec.get("role", "normal"))))  # type: ignore[arg-type]
    return tuple(rules)


@lru_cache(maxsize=1)
def sector_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(sector, compiled pattern) pairs, in the codebook's order."""
    rules = []
    for rec in lexicon_records("sectors.fr.jsonl"):
        if rec["sector"] not in SECTORS:
            raise DataError(f"sector lexicon: unknown sector {rec['sector']}")
        rules.append((str(rec["sector"]), re.compile(str(rec["pattern"]))))
    return tuple(rules)


def searchable(text: str) -> str:
    """Lower-case with apostrophes folded; same length as ``text`` so offsets carry over."""
    return text.lower().replace("’", "'").replace("‘", "'").replace("\u00a0", " ")


def find_triggers(text: str) -> list[TriggerMatch]:
    """Every trigger match in ``text``, in order of position."""
    low = searchable(text)
    found = [TriggerMatch(rule, m.start(), m.end())
             for rule in trigger_rules() for m in rule.regex.finditer(low)]
    return sorted(found, key=lambda t: (t.start, -t.end))


def find_sectors(text: str) -> tuple[str, ...]:
    """Sectors named in ``text`` (codebook §3 list), in the codebook's order."""
    low = searchable(text)
    return tuple(sector for sector, regex in sector_rules() if regex.search(low))
