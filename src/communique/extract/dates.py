"""French date grammar: dates, ranges and vague times, at the precision the text gives.

Hand-written on purpose.  dateparser and its kin fill in what the text does not
say (a missing year becomes the current year, a missing day the first or today)
and resolve relative words against the machine's clock; the codebook (§3, §7)
wants the opposite: ``le 7 décembre`` stays ``--12-07`` unless a publication
date places it, *mardi* without one is ``None``, and *la semaine dernière* is a
month or a year, never a day.  So the grammar is a set of compiled regular
expressions run over an accent-folded copy of the text (same length, so match
offsets are offsets into the text given), and the resolution rules below.

Dates are partial ISO 8601 strings: ``2023-12-07``, ``2023-12``, ``2023``,
``--12-07``, ``--12``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from communique.errors import ConfigError, InputError

LOGGER = logging.getLogger(__name__)

KINDS: tuple[str, ...] = ("absolute", "relative", "range", "period", "vague")
PRECISIONS: tuple[str, ...] = ("day", "month", "year")
TENSES: tuple[str | None, ...] = ("past", "future", None)
# With no tense hint, a date after publication counts this many times its distance: news
# reports the past far more often, so "le 10 décembre" in a June article is last December,
# while "le 22 janvier" in a January 16 article is next week.
FUTURE_WEIGHT = 3

# fmt: off
_FOLD = str.maketrans({
    **dict.fromkeys("àáâãäåÀÁÂÃÄÅ", "a"), **dict.fromkeys("éèêëÉÈÊË", "e"),
    **dict.fromkeys("îïíìÎÏÍÌ", "i"), **dict.fromkeys("ôöóòõÔÖÓÒÕ", "o"),
    **dict.fromkeys("ûüúùÛÜÚÙ", "u"), **dict.fromkeys("çÇ", "c"), **dict.fromkeys("ÿŸ", "y"),
    **dict.fromkeys("\u00a0\u202f\u2009\u2007\u2002\u2003\t", " "),
    **dict.fromkeys("’‘ʼ´`", "'"), **dict.fromkeys("–—‑‐−", "-"), "ᵉ": "e", "ʳ": "r",
})
_MONTH_PREFIXES = (("janv", 1), ("jan", 1), ("fev", 2), ("mar", 3), ("avr", 4), ("mai", 5),
                   ("juil", 7), ("juin", 6), ("aou", 8), ("sep", 9), ("oct", 10), ("nov", 11),
                   ("dec", 12))
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
            "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15,
            "vingt": 20, "trente": 30}
# Words after a 4-digit number that are not the noun it counts ("en 2004 dans ...").
_NOT_COUNTED = frozenset({"dans", "sous", "vers", "sans", "puis", "alors", "depuis", "lors",
                          "mais", "jamais", "toujours", "plus", "moins", "apres", "tres",
                          "leurs", "nous", "vous", "ils", "elles", "lorsque"})
# fmt: on

_WD = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# "sept" alone is the number seven: that abbreviation needs its dot.
_MONTH = (
    r"(?:janvier|janv\.?|jan\.|fevrier|fevr\.?|fev\.|mars|avril|avr\.?|mai|juin|juillet"
    r"|juil\.?|aout|septembre|sept\.|octobre|oct\.?|novembre|nov\.?|decembre|dec\.?)"
    r"(?![a-z])"
)
_NUM = r"(?:\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quelques)"  # noqa: E501
_TIME = (
    r"(?:\s+(?:au\s+|dans\s+la\s+|en\s+)?(?:matin|midi|apres-midi|soir|soiree|nuit"
    r"|(?:fin|debut)\s+(?:de\s+|d')(?:journee|matinee|soiree|apres-midi)|a\s+l'aube"
    r"|a\s+la\s+mi-journee))?"
)
_REL = r"(?:\s+(?P<rel>dernier|derniere|passe|passee|prochain|prochaine))?"


def _day(name: str) -> str:
    return rf"(?<![\d,.])(?P<{name}>3[01]|[12]\d|0?[1-9])(?!\d)(?:er|e)?"


def _year(name: str) -> str:
    return rf"(?<![\d/.,])(?<!\d-)(?P<{name}>(?:1[89]|20)\d\d)(?!\d)"


def _month(name: str) -> str:
    return rf"\b(?P<{name}>{_MONTH})"


def _wd(name: str) -> str:
    return rf"\b(?P<{name}>{_WD})\b"


@dataclass(frozen=True, slots=True, kw_only=True)
class DateExpr:
    """One date expression found in a text, resolved per the codebook.

    ``date`` is ``None`` when the expression cannot be placed (a relative date with no
    publication date, *les années 2000*): the span is still reported, because the
    extractor uses its kind (*depuis des mois* = background) for the event status.
    """

    start: int  # half-open [start, end) offsets into the text given
    end: int
    text: str
    date: str | None  # partial ISO: 2023-12-07, 2023-12, 2023, --12-07, --12
    date_end: str | None  # last day of a range, else None
    kind: str  # one of KINDS; "period" is a term (2024-2026), not when something happened
    precision: str  # one of PRECISIONS

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON Lines and the store."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Ctx:
    folded: str
    pub: date | None
    tense: str | None


# (date, date_end, kind, precision); None rejects the match.
_Value = tuple[str | None, str | None, str, str]
_Handler = Callable[[re.Match[str], _Ctx], "_Value | None"]


# ---------------------------------------------------------------- resolution helpers


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """Partial ISO string for whatever parts are known."""
    if year is None:
        return f"--{month:02d}" + (f"-{day:02d}" if day else "")
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return next(number for prefix, number in _MONTH_PREFIXES if word.startswith(prefix))


def _number(word: str | None, default: int) -> int:
    if not word or word.lower() == "quelques":
        return default
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def _direction(tense: str | None, rel: str | None, cue: str | None = None) -> str | None:
    """Explicit words beat the caller's hint: *dernier*, *depuis* look back; *prochain*,
    *d'ici* look forward."""
    if rel:
        return "past" if rel.startswith(("dern", "pass")) else "future"
    if cue:
        cue = " ".join(cue.lower().split())
        if cue.startswith("depuis"):
            return "past"
        if cue.startswith("d'ici"):
            return "future"
        if tense is None and cue.startswith(("a partir", "jusqu'a", "jusqu'au")):
            return "future"  # "doit durer jusqu'à vendredi", "à partir de mercredi"
    return tense


def _choose(offsets: list[tuple[int, Any]], tense: str | None, strict: bool = False) -> Any:
    """Pick among (offset from publication, candidate): the latest not after (past), the
    earliest not before (future), or the nearest with FUTURE_WEIGHT (no hint)."""
    if tense == "past":
        pool = [c for c in offsets if c[0] < 0 or (c[0] == 0 and not strict)]
        if pool:
            return max(pool, key=lambda c: c[0])[1]
    elif tense == "future":
        pool = [c for c in offsets if c[0] > 0 or (c[0] == 0 and not strict)]
        if pool:
            return min(pool, key=lambda c: c[0])[1]
    return min(offsets, key=lambda c: -c[0] if c[0] <= 0 else FUTURE_WEIGHT * c[0])[1]


def resolve_weekday(
    weekday: int, pub: date, *, tense: str | None = None, strict: bool = False
) -> date:
    """The day named by a bare weekday (0 = Monday) in an article of ``pub``.

    News uses a bare weekday for the current week: the most recent such day on or
    before publication, or with ``tense="future"`` the next one on or after it.
    ``strict`` (*lundi dernier*, *jeudi prochain*) excludes the publication day itself.
    A future weekday that fell the day before publication is that day: wire copy is often
    dated the day after it was written (*doit envoyer mercredi* in a Thursday article,
    gold 2020-08-06, is the Wednesday just past).
    """
    if tense == "future":
        delta = (weekday - pub.weekday()) % 7 or (7 if strict else 0)
        if delta == 6 and not strict:
            delta = -1
        return pub + timedelta(days=delta)
    delta = (pub.weekday() - weekday) % 7 or (7 if strict else 0)
    return pub - timedelta(days=delta)


# A day and month a month or less before publication is that recent day, whatever the
# sentence's tense, unless the same day and month come within half a year.
RECENT_PAST_DAYS = 31
FAR_FUTURE_DAYS = 183


def resolve_day_month(
    month: int, day: int, pub: date, *, tense: str | None = None, weekday: int | None = None
) -> date | None:
    """Place a day and month with no year around ``pub`` (year roll-over included).

    A weekday given with it (*jeudi 7 février*) picks the year when exactly one of
    the candidate years matches; otherwise the tense rule of ``_choose`` decides.
    """
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # 29 February outside leap years
            continue
    if not candidates:
        return None
    if weekday is not None:
        matching = [c for c in candidates if c.weekday() == weekday]
        if len(matching) == 1:
            return matching[0]
    if tense == "future" and any(-RECENT_PAST_DAYS <= (c - pub).days < 0 for c in candidates) \
            and not any(0 <= (c - pub).days <= FAR_FUTURE_DAYS for c in candidates):
        # a future elsewhere in the sentence does not move *le 13 août*, told eleven days
        # after it, to next year (*Depuis l'annonce le 13 août …, les spéculations vont …*)
        tense = None
    return _choose([((c - pub).days, c) for c in candidates], tense)


def resolve_month(
    month: int, pub: date, *, tense: str | None = None, strict: bool = False
) -> tuple[int, int]:
    """(year, month) of a month named without a year (*en mai*) in an article of ``pub``."""
    here = pub.year * 12 + pub.month
    candidates = [
        (y * 12 + month - here, (y, month)) for y in (pub.year - 1, pub.year, pub.year + 1)
    ]
    return _choose(candidates, tense, strict)


def _window(first: date, last: date) -> tuple[str | None, str]:
    """Codebook §7 vague times: the month when the window lies in one, else the year;
    a window across New Year has no honest value."""
    if (first.year, first.month) == (last.year, last.month):
        return _iso(first.year, first.month), "month"
    if first.year == last.year:
        return _iso(first.year), "year"
    return None, "year"


_PARTIAL_ISO = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


@lru_cache(maxsize=256)
def _parse_pub(pub_date: str) -> date:
    try:
        return date.fromisoformat(pub_date[:10])
    except ValueError as e:
        raise InputError(f"publication date {pub_date!r} is not ISO YYYY-MM-DD") from e


def date_bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day covered by a partial ISO date with a year, else ``None``."""
    if not value or not _PARTIAL_ISO.fullmatch(value):
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            y, m = _add_months(parts[0], parts[1], 1)
            return date(parts[0], parts[1], 1), date(y, m, 1) - timedelta(days=1)
        day = date(*parts)
    except ValueError:  # "2021-02-30", "2020-13"
        return None
    return day, day


def is_recent(date: str | None, pub_date: str | None, days: int = 7) -> bool | None:
    """Whether ``date`` lies within ``days`` days before publication (codebook §7).

    True when every day it may denote is in ``[pub - days, pub]``; False when none is
    (earlier, or after publication); None when it cannot tell (no publication date,
    no year, or a month or year straddling the window).
    """
    bounds = date_bounds(date)
    if bounds is None or not pub_date:
        return None
    pub = _parse_pub(pub_date)
    first, last = bounds
    if pub - timedelta(days=days) <= first and last <= pub:
        return True
    if last < pub - timedelta(days=days) or first > pub:
        return False
    return None


def before(a: str | None, b: str | None) -> bool | None:
    """Whether partial date ``a`` is strictly before ``b``; None when it cannot tell.

    Two year-less dates are compared as in the same year (as within one article's
    range, ``--05-11`` before ``--05-12``); a year-less date against a dated one is None.
    """
    if not a or not b or a.startswith("--") != b.startswith("--"):
        return None
    if a.startswith("--"):  # any leap year stands in for the unknown one
        a, b = "2000" + a[1:], "2000" + b[1:]
    bounds_a, bounds_b = date_bounds(a), date_bounds(b)
    if bounds_a is None or bounds_b is None:
        return None
    if bounds_a[1] < bounds_b[0]:
        return True
    if bounds_a[0] >= bounds_b[1]:
        return False
    return None


# ---------------------------------------------------------------- handlers


def _groups(m: re.Match[str]) -> dict[str, str | None]:
    return m.groupdict()


def _weekday_index(word: str | None) -> int | None:
    return _WEEKDAYS.index(word.lower()) if word else None


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        date(2000 if year is None else year, month, day)  # 2000: leap, allows --02-29
    except ValueError:
        return False
    return True


def _h_numeric(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    return (_iso(y, mo, d), None, "absolute", "day") if _valid(y, mo, d) else None


def _h_day_month(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    g = _groups(m)
    day, month = int(g["d"] or 0), _month_number(g["m"] or "")
    if g["y"]:
        year = int(g["y"])
        return (
            (_iso(year, month, day), None, "absolute", "day") if _valid(year, month, day) else None
        )
    if not _valid(None, month, day):
        return None
    if ctx.pub is None:
        return _iso(None, month, day), None, "absolute", "day"
    tense = _direction(ctx.tense, g.get("rel"), g.get("cue"))
    placed = resolve_day_month(month, day, ctx.pub, tense=tense, weekday=_weekday_index(g["wd"]))
    return (placed.isoformat() if placed else None), None, "absolute", "day"


def _h_day_range(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    g = _groups(m)
    m2 = _month_number(g["m2"] or "")
    m1 = _month_number(g["m1"]) if g.get("m1") else m2
    d1, d2 = int(g["d1"] or 0), int(g["d2"] or 0)
    y1 = int(g["y1"]) if g.get("y1") else None
    y2 = int(g["y2"]) if g.get("y2") else None
    wraps = (m1, d1) > (m2, d2)  # du 28 décembre au 2 janvier
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if wraps else y2
    elif y1 is not None and y2 is None:
        y2 = y1 + 1 if wraps else y1
    elif y1 is None and ctx.pub is not None:
        start = resolve_day_month(m1, d1, ctx.pub, tense=ctx.tense)
        if start is not None:
            y1, y2 = start.year, start.year + (1 if wraps else 0)
    if not (_valid(y1, m1, d1) and _valid(y2, m2, d2)) or (y1 is None and wraps):
        return None
    if y1 is not None and y2 is not None and date(y1, m1, d1) >= date(y2, m2, d2):
        return None
    if y1 is None and (m1, d1) >= (m2, d2):
        return None
    return _iso(y1, m1, d1), _iso(y2, m2, d2), "range", "day"


def _h_month_range(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    g = _groups(m)
    m1, m2 = _month_number(g["m1"] or ""), _month_number(g["m2"] or "")
    y1 = int(g["y1"]) if g["y1"] else None
    y2 = int(g["y2"]) if g["y2"] else None
    wraps = m1 > m2
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if wraps else y2
    elif y1 is not None and y2 is None:
        y2 = y1 + 1 if wraps else y1
    elif y1 is None and ctx.pub is not None:
        y1 = resolve_month(m1, ctx.pub, tense=ctx.tense)[0]
        y2 = y1 + (1 if wraps else 0)
    if (y1 is None and wraps) or (y1 is not None and y2 is not None and (y1, m1) >= (y2, m2)):
        return None
    return _iso(y1, m1), _iso(y2, m2), "range", "month"


def _h_year_range(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 <= y1 or _is_count(ctx, m.start("y2"), m.end("y2")):
        return None
    return _iso(y1), _iso(y2), ("period" if m["per"] else "range"), "year"


def _h_period(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    y1, tail = int(m["y1"]), m["y2"]
    y2 = y1 // 100 * 100 + int(tail) if len(tail) == 2 else int(tail)  # 1950-53
    if not y1 < y2 <= y1 + 50:
        return None
    return _iso(y1), _iso(y2), "period", "year"


_COUNT_BEFORE = re.compile(
    r"(?:plus\s+de|moins\s+de|pres\s+de|environ|quelques?|au\s+moins|resolution|numero|n°|no"
    r"|article|vol|code|loi|mirage)\s+$",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(r"\s*(?:%|€|\$|km\b|kg\b|m\b|t\b|mw\b)|\s+([a-z]+)", re.IGNORECASE)


def _is_count(ctx: _Ctx, start: int, end: int) -> bool:
    """A 4-digit number that counts something (*plus de 2000 soldats*), not a year."""
    if _COUNT_BEFORE.search(ctx.folded, max(0, start - 20), start):
        return True
    after = _COUNT_AFTER.match(ctx.folded, end)
    if after is None:
        return False
    word = after.group(1)
    if word is None:
        return True
    # A lower-case plural noun follows: a count.  Capitalised: a name (Japonismes 2018 ...).
    return (
        word[0].islower()
        and len(word) >= 4
        and word[-1] in "sx"
        and word.lower() not in _NOT_COUNTED
    )


def _h_year(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if not m["cue"] and _is_count(ctx, m.start("y"), m.end("y")):
        return None
    return _iso(int(m["y"])), None, "absolute", "year"


def _h_month(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    g = _groups(m)
    cue, word = (g["cue"] or "").strip().lower(), g["m"] or ""
    if not (cue or g["y"] or g["rel"]):
        return None  # a bare month word is too often a name (Mai, Mars)
    if word[0].isupper() and not word.isupper() and not g["y"]:
        return None  # French months are lower case: "de Mai", "vers Mars" are names
    month = _month_number(word)
    if g["y"]:
        return _iso(int(g["y"]), month), None, "absolute", "month"
    if ctx.pub is None:
        return _iso(None, month), None, "absolute", "month"
    tense = _direction(ctx.tense, g["rel"], cue)
    year, month = resolve_month(month, ctx.pub, tense=tense, strict=bool(g["rel"]))
    return _iso(year, month), None, "absolute", "month"


_HABITUAL = re.compile(r"(?:\b(?:le|chaque|les)|journal\s+du)\s+$", re.IGNORECASE)


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    g = _groups(m)
    if (
        not g["rel"]
        and not g["cue"]
        and _HABITUAL.search(ctx.folded, max(0, m.start() - 12), m.start())
    ):
        return None  # "le dimanche, les magasins ...", "le Journal du dimanche"
    if ctx.pub is None:
        return None, None, "relative", "day"
    tense = _direction(ctx.tense, g["rel"], g["cue"])
    day = resolve_weekday(_weekday_index(g["wd"]) or 0, ctx.pub, tense=tense, strict=bool(g["rel"]))
    return day.isoformat(), None, "relative", "day"


def _two_days(m: re.Match[str], ctx: _Ctx, kind: str) -> _Value | None:
    wd1, wd2 = _weekday_index(m["wd1"]) or 0, _weekday_index(m["wd2"]) or 0
    span = (wd2 - wd1) % 7
    if span == 0:
        return None
    if ctx.pub is None:
        return None, None, kind, "day"
    # A past night or range is anchored on its last day, a future one on its first.
    if ctx.tense == "future":
        first = resolve_weekday(wd1, ctx.pub, tense="future")
    else:
        first = resolve_weekday(wd2, ctx.pub, tense="past") - timedelta(days=span)
    return first.isoformat(), (first + timedelta(days=span)).isoformat(), kind, "day"


def _h_weekday_range(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    return _two_days(m, ctx, "range")


def _h_night(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    return _two_days(m, ctx, "relative")


def _h_shift(days: int) -> _Handler:
    def handler(m: re.Match[str], ctx: _Ctx) -> _Value | None:
        if ctx.pub is None:
            return None, None, "relative", "day"
        return (ctx.pub + timedelta(days=days)).isoformat(), None, "relative", "day"

    return handler


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    pub, rel = ctx.pub, m["rel"]
    if pub is None:
        return None, None, "relative", "day"
    if rel and rel.startswith("pro"):
        saturday = resolve_weekday(5, pub, tense="future", strict=True)
    elif rel:
        saturday = resolve_weekday(6, pub, tense="past", strict=True) - timedelta(days=1)
    elif pub.weekday() >= 5:  # ce week-end, said during it
        saturday = pub - timedelta(days=pub.weekday() - 5)
    elif ctx.tense == "past":
        saturday = resolve_weekday(6, pub, tense="past") - timedelta(days=1)
    else:
        saturday = resolve_weekday(5, pub, tense="future")
    return saturday.isoformat(), (saturday + timedelta(days=1)).isoformat(), "relative", "day"


def _h_week(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if ctx.pub is None:
        return None, None, "vague", "month"
    monday = ctx.pub - timedelta(days=ctx.pub.weekday())
    rel = m["rel"]
    if rel:
        monday += timedelta(days=7 if rel.startswith("pro") else -7)
        first, last = monday, monday + timedelta(days=6)
    elif ctx.tense == "past":
        first, last = monday, ctx.pub
    elif ctx.tense == "future":
        first, last = ctx.pub, monday + timedelta(days=6)
    else:
        first, last = monday, monday + timedelta(days=6)
    value, precision = _window(first, last)
    return value, None, "vague", precision


def _h_month_rel(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if ctx.pub is None:
        return None, None, "relative", "month"
    rel = m["rel"]
    shift = 0 if not rel else (1 if rel.startswith("pro") else -1)
    year, month = _add_months(ctx.pub.year, ctx.pub.month, shift)
    return _iso(year, month), None, "relative", "month"


def _h_year_rel(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if ctx.pub is None:
        return None, None, "relative", "year"
    rel = m["rel"] or m["rel2"]
    shift = 0 if not rel else (1 if rel.startswith("pro") else -1)
    return _iso(ctx.pub.year + shift), None, "relative", "year"


_UNIT_DAYS = {"jour": 1, "semaine": 7, "mois": 30}
_UNIT_DEFAULT = {"jour": 7, "semaine": 3, "mois": 3}  # ces derniers jours = the past week


def _unit(word: str) -> str:
    word = word.lower()
    return "mois" if word == "mois" else word.rstrip("s")


def _h_span(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if ctx.pub is None:
        return None, None, "vague", "month"
    g = _groups(m)
    unit = _unit(g["unit"] or "")
    days = _number(g.get("n"), _UNIT_DEFAULT[unit]) * _UNIT_DAYS[unit] - 1
    rel = (g.get("rel") or "prochains").lower()  # no rel: "les jours à venir"
    if rel.startswith("pro"):
        first, last = ctx.pub, ctx.pub + timedelta(days=days)
    else:
        first, last = ctx.pub - timedelta(days=days), ctx.pub
    value, precision = _window(first, last)
    return value, None, "vague", precision


def _h_ago(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    unit = _unit(m["unit"]).replace("annee", "an")
    vague = (m["n"] or "").lower() == "quelques"
    if ctx.pub is None:
        precision = {"jour": "day", "semaine": "month", "mois": "month"}.get(unit, "year")
        return None, None, ("vague" if vague else "relative"), precision
    pub, n = ctx.pub, _number(m["n"], 0)
    if vague:
        if unit == "an":
            return None, None, "vague", "year"
        low, high = {"jour": (2, 6), "semaine": (14, 35), "mois": (60, 180)}[unit]
        value, precision = _window(pub - timedelta(days=high), pub - timedelta(days=low))
        return value, None, "vague", precision
    if unit == "jour":
        return (pub - timedelta(days=n)).isoformat(), None, "relative", "day"
    if unit == "semaine":  # "il y a deux semaines" is approximate: a window around it
        centre = pub - timedelta(days=7 * n)
        value, precision = _window(centre - timedelta(days=3), centre + timedelta(days=3))
        return value, None, "vague", precision
    if unit == "mois":
        return _iso(*_add_months(pub.year, pub.month, -n)), None, "relative", "month"
    return _iso(pub.year - n), None, "relative", "year"


def _h_recent(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if ctx.pub is None:
        return None, None, "vague", "month"
    if m["past"]:
        first, last = ctx.pub - timedelta(days=29), ctx.pub
    else:
        first, last = ctx.pub, ctx.pub + timedelta(days=29)
    value, precision = _window(first, last)
    return value, None, "vague", precision


def _h_background(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    return None, None, "vague", "year"


# ---------------------------------------------------------------- grammar

_CUE = r"(?:\b(?P<cue>depuis|d'ici|des|jusqu'|a\s+partir\s+d[ue']|avant|apres)\s*)?"
_PRE_M = (
    r"(?:(?:a\s+la|en|vers\s+la|d'ici\s+la|la|depuis\s+la|des\s+la)\s+)?mi-?\s*"
    r"|(?:(?:au|en|a\s+la|d'ici(?:\s+la|\s+le)?|la|le|des\s+(?:le|la)|depuis\s+(?:le|la))\s+)?"
    r"(?:debut|fin)\s+(?:du\s+mois\s+)?(?:de\s+|d')?"
    r"|(?:en|depuis|d'ici|des|jusqu'en|jusqu'a|avant|apres|pour|courant|vers"
    r"|(?:au|le|du|ce)\s+mois\s+de|de)\s+"
    r"|d'|(?:au|le|du|ce)\s+mois\s+d'"
)
_PRE_Y = (
    r"(?:(?:a\s+la|au|en|d'ici(?:\s+la)?|des\s+la|depuis\s+la|vers\s+la|la)\s+)?"
    r"(?:fin|debut|courant|mi-?)\s*"
    r"|(?:en|depuis|d'ici|des|jusqu'en|avant|apres|vers|autour\s+de|l'an"
    r"|(?:au|a\s+l'|en)\s*(?:printemps|ete|automne|hiver))\s+"
)
_PERIOD_CUE = r"(?P<per>\b(?:pour\s+)?(?:la\s+)?periode\s+(?:de\s+)?)?"
_FIRST_DAY = rf"(?:{_wd('wd1')}\s+)?{_day('d1')}(?:\s+{_month('m1')}(?:\s+{_year('y1')})?)?"
_LAST_DAY = rf"(?:{_wd('wd2')}\s+)?{_day('d2')}\s+{_month('m2')}(?:\s+{_year('y2')})?"
_SHIFTS = (
    (r"\bavant[- ]hier\b", -2), (r"\bhier\b", -1), (r"\baujourd'hui\b", 0),
    (r"\b(?:ce\s+matin|ce\s+soir|cet\s+apres-midi|cette\s+nuit)\b", 0),
    (r"\bapres[- ]demain\b", 2), (r"\bdemain\b", 1),
)  # fmt: skip

# Each rule names the cheap "needle" its match must contain (a digit, a month, a weekday, a
# keyword); find_dates runs a rule only in windows around that needle's hits.  Per-sentence
# calls are then ~10x faster: most sentences have none, and the rules' optional prefixes
# make a full scan slow.  WINDOW_BACK bounds the longest prefix ("du lundi 28 février au").
_D, _M, _W, _K = 0, 1, 2, 3
WINDOW_BACK, WINDOW_AHEAD = 60, 50
_NEEDLE = re.compile(
    rf"(?P<n0>\d+)|\b(?:(?P<n1>{_MONTH})|(?P<n2>{_WD})|(?P<n3>hier|demain|aujourd|matin|soir"
    r"|nuit|apres-midi|week|semaine|mois|an\b|annee|jours|il\s+y\s+a|recem|dernierement"
    r"|derniers\s+temps|prochainement|sous\s+peu|depuis|epoque))",
    re.IGNORECASE,
)
_DM = _M  # a day-month needs its month; the day sits just before it

# Order breaks ties between overlapping matches of equal length (longest wins first).
# fmt: off
_GRAMMAR: tuple[tuple[int, str, _Handler], ...] = (
    (_D, r"(?<![\d-])(?P<y>(?:1[89]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?!\d)",
     _h_numeric),
    (_D, r"(?<![\d/.])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)"
         r"(?P<y>(?:1[89]|20)\d\d)(?!\d)", _h_numeric),
    (_W, rf"\b(?:dans\s+)?la\s+nuit\s+(?:de\s+|du\s+)?{_wd('wd1')}\s+(?:a|au)\s+{_wd('wd2')}",
     _h_night),
    (_DM, rf"(?:\b(?:du|de)\s+)?{_FIRST_DAY}(?:\s+(?:au|a)\s+|\s*-\s*){_LAST_DAY}", _h_day_range),
    (_DM, rf"\bentre\s+le\s+{_FIRST_DAY}\s+et\s+(?:le\s+)?{_LAST_DAY}", _h_day_range),
    (_DM, rf"\bles\s+{_day('d1')}(?:\s*,\s*\d{{1,2}})*\s+et\s+{_LAST_DAY}", _h_day_range),
    (_M, rf"\b(?:de\s+|d'|entre\s+){_month('m1')}(?:\s+{_year('y1')})?\s+(?:a|au|et)\s+"
         rf"{_month('m2')}(?:\s+{_year('y2')})?", _h_month_range),
    (_D, rf"{_PERIOD_CUE}\b(?:de\s+|entre\s+)(?:l'an\s+)?{_year('y1')}\s+(?:a|et)\s+"
         rf"(?:l'an\s+)?{_year('y2')}", _h_year_range),
    (_D, rf"{_PERIOD_CUE}{_year('y1')}\s*[-/]\s*(?P<y2>(?:1[89]|20)\d\d|\d\d)(?!\d)"
         r"(?!\s*[-/.]\s*\d)", _h_period),
    (_DM, rf"{_CUE}(?:\b(?:le|ce|du|au)\s+)?(?:{_wd('wd')}{_TIME},?\s+)?{_day('d')}\s+"
          rf"{_month('m')}(?:\s+{_year('y')})?{_REL}{_TIME}", _h_day_month),
    (_W, rf"\b(?:(?:du|de|entre)\s+)?{_wd('wd1')}\s+(?:et|au|a)\s+{_wd('wd2')}",
     _h_weekday_range),
    (_M, rf"(?:\b(?P<cue>{_PRE_M}))?{_month('m')}(?:\s+{_year('y')})?{_REL}", _h_month),
    (_D, rf"(?:\b(?P<cue>{_PRE_Y}))?{_year('y')}(?!\s*[-/]\s*\d)", _h_year),
    (_W, rf"(?:\b(?P<cue>ce|depuis|d'ici|des|jusqu'a|a\s+partir\s+de)\s+)?{_wd('wd')}"
         rf"(?!\s+(?:gras|saint)\b){_REL}{_TIME}", _h_weekday),
    *((_K, rf"{pattern}{_TIME}", _h_shift(days)) for pattern, days in _SHIFTS),
    (_K, r"\b(?:ce\s+week-?\s?end|(?:le|du|au|pendant\s+le|durant\s+le)\s+week-?\s?end\s+"
         r"(?P<rel>dernier|passe|prochain))\b", _h_weekend),
    (_K, r"\b(?:la\s+semaine\s+(?P<rel>derniere|passee|prochaine)|cette\s+semaine(?!-la))\b",
     _h_week),
    (_K, r"\b(?:(?:le|au\s+cours\s+du|(?:a\s+la\s+|en\s+|au\s+)?(?:debut|fin|milieu|courant"
         r"|cours)\s+du)\s+mois\s+(?P<rel>dernier|passe|prochain)|(?:ce\s+mois(?:-ci)?"
         r"|(?:debut|fin|milieu|courant|cours)\s+du\s+mois)(?!-?\s*(?:de\b|d'|ci\b|la\b)))",
     _h_month_rel),
    (_K, r"\b(?:(?:l'|(?:de|a|pour|depuis|durant|pendant)\s+l')an(?:nee)?\s+"
         r"(?P<rel>derniere?|passee?|prochaine?)|cette\s+annee(?!-la)|(?:(?:a\s+la|en|au"
         r"|d'ici\s+la|la|le|dans\s+le|depuis\s+le)\s+)?(?:debut|fin|milieu|courant|cours)\s+"
         r"(?:de\s+l'|d')annee(?:\s+(?P<rel2>derniere|prochaine))?)\b", _h_year_rel),
    (_K, rf"\b(?:dans\s+les|au\s+cours\s+des|d'ici\s+les|les|ces|durant\s+les|pendant\s+les"
         rf"|depuis\s+les)\s+(?:(?P<n>{_NUM})\s+)?(?P<rel>derniers|dernieres|prochains"
         rf"|prochaines)\s+(?P<unit>jours|semaines|mois)\b", _h_span),
    (_K, r"\b(?:dans\s+|au\s+cours\s+)?(?:les|des)\s+(?P<unit>jours|semaines|mois)\s+"
         r"(?:a\s+venir|qui\s+viennent)\b", _h_span),
    (_K, rf"\bil\s+y\s+a\s+(?P<n>{_NUM})\s+(?P<unit>jours?|semaines?|mois|ans?|annees?)\b",
     _h_ago),
    (_K, r"\b(?:(?P<past>recemment|dernierement|ces\s+derniers\s+temps)"
         r"|(?P<future>prochainement|sous\s+peu))\b", _h_recent),
    (_K, r"\b(?:depuis\s+(?:(?:des|plusieurs|de\s+nombreux|de\s+nombreuses)\s+(?:jours"
         r"|semaines|mois|annees|decennies)|longtemps)|il\s+y\s+a\s+(?:des|plusieurs)\s+"
         r"(?:annees|decennies)|a\s+l'epoque|ces\s+dernieres\s+"
         r"(?:annees|decennies)|(?:(?:dans|depuis|durant|pendant|(?:au|des\s+le)\s+debut"
         r"|(?:a\s+la|vers\s+la)\s+fin)\s+)?(?:les|des)\s+annees\s+(?:19|20)?\d0)\b",
     _h_background),
)
# fmt: on
_RULES: tuple[tuple[int, re.Pattern[str], _Handler], ...] = tuple(
    (needle, re.compile(pattern, re.IGNORECASE), handler) for needle, pattern, handler in _GRAMMAR
)


def _windows(folded: str) -> list[list[tuple[int, int]]]:
    """Per needle, merged [start, end) windows around its hits; ends snapped to a space."""
    windows: list[list[tuple[int, int]]] = [[], [], [], []]
    for hit in _NEEDLE.finditer(folded):
        spans = windows[(hit.lastindex or 1) - 1]
        start = max(0, hit.start() - WINDOW_BACK)
        end = folded.find(" ", min(len(folded), hit.end() + WINDOW_AHEAD))
        end = len(folded) if end < 0 else end
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return windows


def find_dates(
    text: str, *, pub_date: str | None = None, tense: str | None = None
) -> list[DateExpr]:
    """Every date expression in ``text``, resolved per the codebook, in text order.

    text (str): a sentence or a whole article (offsets are into this string).
    pub_date (str | None): ISO publication date; without it relative dates give ``None``.
    tense (str | None): "past", "future" or None, the tense of the verb the dates go
        with; it decides *mardi* and year-less dates (*le 5 janvier* in December).
        Words in the text (*dernier*, *prochain*, *depuis*, *d'ici*) override it.
    RETURNS (list[DateExpr]): non-overlapping expressions; the longest wins.
    """
    if tense not in TENSES:
        raise ConfigError(f"tense {tense!r} is not one of 'past', 'future' or None")
    pub = _parse_pub(pub_date) if pub_date else None
    folded = text.translate(_FOLD)  # one-to-one: offsets into folded are offsets into text
    ctx = _Ctx(folded, pub, tense)
    windows = _windows(folded)
    found: list[tuple[int, int, int, _Value]] = []
    for priority, (needle, pattern, handler) in enumerate(_RULES):
        for start, end in windows[needle]:
            for match in pattern.finditer(folded, start, end):
                value = handler(match, ctx)
                if value is not None:
                    found.append((match.start(), match.end(), priority, value))
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    taken: list[tuple[int, int]] = []
    result: list[DateExpr] = []
    for start, end, _, (iso, iso_end, kind, precision) in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        result.append(
            DateExpr(
                start=start,
                end=end,
                text=text[start:end],
                date=iso,
                date_end=iso_end,
                kind=kind,
                precision=precision,
            )
        )
    return sorted(result, key=lambda expr: expr.start)
