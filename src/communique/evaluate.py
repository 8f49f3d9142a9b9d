"""Score extracted events against hand-coded gold events (codebook §5-§6).

The numbers must be the ones the project's reference scorer prints for the
same files, so every rule below (folding, name and date matching, pairing,
strict matches, the metrics and the table layout) follows codebook §6 to the
letter; a change here is a change of the evaluation contract, not a tweak.

Pairing, in short: within one article a gold and a predicted event can pair
only when their type and polity set (actor ∪ recipient) are equal; within
each such group a one-to-one assignment maximises agreement (names 2, date 1,
direction 1, ties broken by the number of shared names).  Events are plain
gold-format dicts (``Event.to_gold()``); ``communique.models.Event`` objects
are accepted too::

    report = score(load_gold(Path("gold.jsonl")), {doc_id: events, ...})
    print(format_report(report))  # or json.dumps(report.to_dict())
"""

from __future__ import annotations

import json
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from communique.errors import ConfigError, InputError
from communique.models import EVENT_TYPES, STATUSES, Event

LOGGER = logging.getLogger(__name__)

TEXT_FIELDS = ("mode", "status", "date", "date_end", "location", "location_country", "evidence")
_MONTH = re.compile(r"(?:\d{4}|-)-(\d{2})(?:-\d{2})?")  # YYYY-MM[-DD] or --MM[-DD]

# ---------------------------------------------------------------- matching rules


def fold(text: str) -> str:
    """Case-, accent- and punctuation-free form, so 'Díaz-Canel' and 'diaz canel' compare equal.

    NFKD leaves a few Latin letters whole (Vietnamese đ, French œ and æ): mapped by hand.
    """
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("đ", "d").replace("œ", "oe").replace("æ", "ae")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def names_match(a: str, b: str) -> bool:
    """Whether the shorter folded name's words all occur, in order, in the longer one.

    Articles shorten names ('Golovchenko' for 'Roman Golovchenko'), but a shared
    last word alone is not enough: Vietnamese names end in the given name, so
    'bui thanh son' is not 'huynh ngoc son'.
    """
    if not a or not b:
        return False
    short, long_ = sorted((a.split(), b.split()), key=len)
    remaining = iter(long_)  # consumed as we go: that is what keeps the order
    return all(word in remaining for word in short)


def date_match(gold: str | None, pred: str | None) -> bool:
    """Whether pred agrees with gold at gold's precision; null only matches null.

    Gold says only what the text says ('--12-07' when the year is unknown), so
    a prediction that is more specific but consistent is right.
    """
    if gold is None or pred is None:
        return gold is None and pred is None
    if re.fullmatch(r"\d{4}(-\d{2})?", gold):  # YYYY or YYYY-MM: any refinement
        return pred == gold or pred.startswith(gold + "-")
    if re.fullmatch(r"--\d{2}-\d{2}", gold):  # year unknown: any year
        return pred == gold or (
            re.fullmatch(r"\d{4}-\d{2}-\d{2}", pred) is not None and pred[4:] == gold[1:]
        )
    if re.fullmatch(r"--\d{2}", gold):  # month only
        month = _MONTH.fullmatch(pred)
        return month is not None and month.group(1) == gold[2:]
    return pred == gold  # a full date (or a form we do not know): exact


@dataclass(frozen=True, slots=True)
class _Scored:
    """One event reduced to what scoring compares (codes upper-cased, names folded)."""

    type: str
    actor: frozenset[str]
    recipient: frozenset[str]
    names: tuple[str, ...]  # folded, deduplicated actor_names + recipient_names
    mode: str | None
    status: str | None
    date: str | None
    date_end: str | None
    location: str | None  # folded
    location_country: str | None
    evidence: str

    @property
    def key(self) -> tuple[str, frozenset[str]]:
        """What a gold and a predicted event must share to pair at all."""
        return self.type, self.actor | self.recipient


def _same_direction(gold: _Scored, pred: _Scored) -> bool:
    """Same actor side and same recipient side (the polity set is equal anyway)."""
    return gold.actor == pred.actor and gold.recipient == pred.recipient


FIELD_CHECKS: dict[str, Callable[[_Scored, _Scored], bool]] = {
    "direction": _same_direction,
    "mode": lambda g, p: g.mode == p.mode,
    "status": lambda g, p: g.status == p.status,
    "date": lambda g, p: date_match(g.date, p.date),
    "date_end": lambda g, p: date_match(g.date_end, p.date_end),
    "location": lambda g, p: g.location == p.location,
    "location_country": lambda g, p: g.location_country == p.location_country,
}

# ---------------------------------------------------------------- reading and validating


def _str_list(raw: Mapping[str, Any], field: str, where: str) -> list[str]:
    """A list-of-strings field; missing or null is the empty list."""
    value = raw.get(field)
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        raise InputError(f"{where}: {field} must be a list of strings, got {value!r}")
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise InputError(f"{where}: {field}[{i}] is not a string: {item!r}")
    return list(value)


def _text(raw: Mapping[str, Any], field: str, where: str) -> str:
    """A string-or-null field as a string ('' for missing or null)."""
    value = raw.get(field)
    if value is not None and not isinstance(value, str):
        raise InputError(f"{where}: {field} must be a string or null, got {value!r}")
    return value or ""


def _to_scored(raw: Mapping[str, Any] | Event, where: str) -> _Scored:
    """Validate one event and normalise it; `where` prefixes every error message."""
    if isinstance(raw, Event):
        raw = raw.to_gold()
    if not isinstance(raw, Mapping):
        raise InputError(f"{where}: an event must be a JSON object, got {raw!r}")
    etype = raw.get("type")
    if not isinstance(etype, str) or etype.strip().upper() not in EVENT_TYPES:
        raise InputError(
            f"{where}: unknown event type {etype!r} (expected one of {', '.join(EVENT_TYPES)})"
        )
    text = {field: _text(raw, field, where) for field in TEXT_FIELDS}
    names = _str_list(raw, "actor_names", where) + _str_list(raw, "recipient_names", where)
    return _Scored(
        type=etype.strip().upper(),
        actor=frozenset(c.strip().upper() for c in _str_list(raw, "actor", where)),
        recipient=frozenset(c.strip().upper() for c in _str_list(raw, "recipient", where)),
        names=tuple(dict.fromkeys(name for name in map(fold, names) if name)),
        mode=text["mode"].strip().lower() or None,
        status=text["status"].strip().lower() or None,
        date=text["date"].strip() or None,
        date_end=text["date_end"].strip() or None,
        location=fold(text["location"]) or None,
        location_country=text["location_country"].strip().upper() or None,
        evidence=" ".join(text["evidence"].split()),
    )


def _read_records(path: Path) -> Iterator[tuple[str, Any]]:
    """Yield (where, value) per record of a JSON Lines file or of one JSON array."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
        yield from ((f"{path}: item {i}", item) for i, item in enumerate(items))
        return
    for lineno, line in enumerate(text.split("\n"), 1):
        if line.strip():
            try:
                yield f"{path}:{lineno}", json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{path}:{lineno}: invalid JSON: {exc.msg} (column {exc.colno})"
                ) from exc


def load_gold(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Read and validate a gold (or prediction) file into {doc_id: [event dict, ...]}.

    Accepts what the reference scorer accepts: one article per line
    (``{"doc_id", "pub_date", "events"}``), one JSON array of them, or events
    that each carry their ``doc_id``.  Articles with no events are kept: an
    event invented there is a false positive.

    path (Path): the JSON Lines (or JSON array) file.
    RETURNS (dict[str, list[dict]]): events per document id, in file order.
    """
    corpus: dict[str, list[dict[str, Any]]] = {}
    articles: set[str] = set()
    for where, record in _read_records(path):
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
        doc_id = record.get("doc_id")
        if not isinstance(doc_id, str):
            raise InputError(f"{where}: doc_id must be a string, got {doc_id!r}")
        events = corpus.setdefault(doc_id, [])
        if "events" not in record:  # an event carrying its doc_id
            _to_scored(record, where)
            events.append(record)
            continue
        if doc_id in articles:
            raise InputError(f"{where}: duplicate article {doc_id!r}")
        articles.add(doc_id)
        raw_events = record["events"] or []
        if not isinstance(raw_events, list):
            raise InputError(f"{where}: events must be a list")
        for i, raw in enumerate(raw_events):
            _to_scored(raw, f"{where}: event {i}")
        events.extend(raw_events)
    LOGGER.debug("read %d articles from %s", len(corpus), path)
    return corpus


def _normalise(
    corpus: Mapping[str, Sequence[Mapping[str, Any] | Event]],
    side: str,
    types: frozenset[str],
    status: str | None,
) -> dict[str, list[_Scored]]:
    """Validate a whole side and keep only the events the filters select (both sides alike)."""
    selected: dict[str, list[_Scored]] = {}
    for doc_id, raw_events in corpus.items():
        events = [
            _to_scored(raw, f"{side} {doc_id!r}: event {i}") for i, raw in enumerate(raw_events)
        ]
        selected[doc_id] = [
            event
            for event in events
            if (not types or event.type in types) and (not status or event.status == status)
        ]
    return selected


# ---------------------------------------------------------------- assignment


def assign(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """One-to-one (row, column) pairs of maximal total weight, min(rows, columns) of them.

    Hungarian method with row and column potentials, O(rows² · columns).
    Hand-written because scipy is not a dependency; the ties must also fall
    exactly where the reference scorer's do (same scan order, strict '<'),
    or field accuracies would differ when two pairings score the same.
    """
    if not weights or not weights[0]:
        return []
    n_rows, n_cols = len(weights), len(weights[0])
    if n_rows > n_cols:  # the method below wants rows <= columns: solve the transpose
        flipped = assign([list(column) for column in zip(*weights, strict=True)])
        return sorted((row, col) for col, row in flipped)
    row_pot, col_pot = [0.0] * (n_rows + 1), [0.0] * (n_cols + 1)
    owner = [0] * (n_cols + 1)  # owner[col]: 1-based row holding col; 0 free; col 0 = root
    back = [0] * (n_cols + 1)  # previous column on the alternating path
    for row in range(1, n_rows + 1):
        owner[0], col = row, 0
        slack, seen = [math.inf] * (n_cols + 1), [False] * (n_cols + 1)
        while owner[col]:  # grow the alternating tree until it reaches a free column
            seen[col] = True
            current, delta, nearest = owner[col], math.inf, 0
            for j in range(1, n_cols + 1):
                if seen[j]:
                    continue
                reduced = -weights[current - 1][j - 1] - row_pot[current] - col_pot[j]
                if reduced < slack[j]:
                    slack[j], back[j] = reduced, col
                if slack[j] < delta:
                    delta, nearest = slack[j], j
            for j in range(n_cols + 1):
                if seen[j]:
                    row_pot[owner[j]] += delta
                    col_pot[j] -= delta
                else:
                    slack[j] -= delta
            col = nearest
        while col:  # flip the augmenting path back to the root
            owner[col] = owner[back[col]]
            col = back[col]
    return sorted((owner[j] - 1, j - 1) for j in range(1, n_cols + 1) if owner[j])


def _names_overlap(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether any participant name of one event matches one of the other."""
    return any(names_match(x, y) for x in a for y in b)


def _name_counts(gold: tuple[str, ...], pred: tuple[str, ...]) -> tuple[int, int, int]:
    """(tp, fp, fn) of participant names, matched one-to-one."""
    weights = [[int(names_match(g, p)) for p in pred] for g in gold]
    tp = sum(weights[i][j] for i, j in assign(weights))
    return tp, len(pred) - tp, len(gold) - tp


def _pair_weights(gold: list[_Scored], pred: list[_Scored]) -> list[list[int]]:
    """Agreement (names 2, date 1, direction 1), scaled so shared names only break ties."""
    scale = 1 + min(len(gold), len(pred)) * max(len(event.names) for event in gold + pred)
    return [
        [
            (
                2 * _names_overlap(g.names, p.names)
                + date_match(g.date, p.date)
                + _same_direction(g, p)
            )
            * scale
            + _name_counts(g.names, p.names)[0]
            for p in pred
        ]
        for g in gold
    ]


def _match_article(
    gold: list[_Scored], pred: list[_Scored]
) -> tuple[list[tuple[_Scored, _Scored]], list[_Scored], list[_Scored]]:
    """Pair one article's events: (matched pairs, missed gold, spurious predictions)."""
    groups: dict[tuple[str, frozenset[str]], tuple[list[int], list[int]]] = {}
    for i, event in enumerate(gold):
        groups.setdefault(event.key, ([], []))[0].append(i)
    for j, event in enumerate(pred):
        groups.setdefault(event.key, ([], []))[1].append(j)
    pairs: list[tuple[int, int]] = []
    for gold_ids, pred_ids in groups.values():
        weights = _pair_weights([gold[i] for i in gold_ids], [pred[j] for j in pred_ids])
        pairs += [(gold_ids[a], pred_ids[b]) for a, b in assign(weights)]
    pairs.sort()
    hit_gold, hit_pred = {i for i, _ in pairs}, {j for _, j in pairs}
    return (
        [(gold[i], pred[j]) for i, j in pairs],
        [event for i, event in enumerate(gold) if i not in hit_gold],
        [event for j, event in enumerate(pred) if j not in hit_pred],
    )


def _same_happening(gold: _Scored, pred: _Scored) -> bool:
    """Strict match: names agree (or one side names nobody), no date conflict, same status."""
    names_ok = not gold.names or not pred.names or _names_overlap(gold.names, pred.names)
    dates_ok = gold.date is None or pred.date is None or date_match(gold.date, pred.date)
    return names_ok and dates_ok and gold.status == pred.status


# ---------------------------------------------------------------- metrics


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives, false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def empty(self) -> bool:
        """Nothing in gold and nothing predicted: a perfect (vacuous) score."""
        return not (self.tp or self.fp or self.fn)

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when nothing was expected or predicted)."""
        if self.empty:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold found (1.0 when nothing was expected or predicted)."""
        if self.empty:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything `score` measured; `to_dict()` has the reference scorer's JSON keys."""

    gold_articles: int
    missing_in_pred: int  # gold articles with no prediction at all (scored as empty)
    extra_in_pred: int  # predicted articles not in gold (ignored)
    micro: Counts
    strict: Counts
    per_type: dict[str, Counts]  # only types seen on either side, in codebook order
    dyad_type: Counts
    pairs: int
    correct: dict[str, int]  # per FIELD_CHECKS field: matched pairs that agree
    names: Counts
    date_more_specific: int
    types: tuple[str, ...] = ()  # type filter applied (sorted); () = all types
    status: str | None = None  # status filter applied; None = all statuses

    @property
    def macro_f1(self) -> float | None:
        """Mean F1 over the types present in gold (types only predicted do not dilute it)."""
        in_gold = [counts for counts in self.per_type.values() if counts.tp + counts.fn]
        return sum(c.f1 for c in in_gold) / len(in_gold) if in_gold else None

    def accuracy(self, field: str) -> float | None:
        """Share of matched pairs that agree on `field`; None when nothing matched."""
        return self.correct[field] / self.pairs if self.pairs else None

    @property
    def warnings(self) -> list[str]:
        """What the caller should tell the user about (predictions the gold cannot judge)."""
        if not self.extra_in_pred:
            return []
        return [f"{self.extra_in_pred} predicted article(s) are not in the gold; ignored"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": {
                "gold": self.gold_articles,
                "missing_in_pred": self.missing_in_pred,
                "extra_in_pred": self.extra_in_pred,
            },
            "events": {
                "micro": self.micro.to_dict(),
                "strict": self.strict.to_dict(),
                "per_type": {t: c.to_dict() for t, c in self.per_type.items()},
                "macro_f1": self.macro_f1,
            },
            "dyad_type": self.dyad_type.to_dict(),
            "matched": {
                "pairs": self.pairs,
                "accuracy": {
                    f: {"correct": self.correct[f], "accuracy": self.accuracy(f)}
                    for f in FIELD_CHECKS
                },
                "names": self.names.to_dict(),
                "date_more_specific": self.date_more_specific,
            },
            "filters": {"types": ",".join(self.types) or None, "status": self.status},
            "warnings": self.warnings,
        }


def _check_filters(types: Iterable[str] | None, status: str | None) -> frozenset[str]:
    """Validate the type and status filters; return the types, upper-cased."""
    if isinstance(types, str):  # the CLI's "CONSULT,AGREE"
        types = types.split(",")
    wanted = frozenset(t.strip().upper() for t in types or () if t.strip())
    unknown = sorted(wanted - set(EVENT_TYPES))
    if unknown:
        raise ConfigError(
            f"unknown event type(s) {', '.join(unknown)}; choose from {', '.join(EVENT_TYPES)}"
        )
    if status is not None and status not in STATUSES:
        raise ConfigError(f"unknown status {status!r}; choose one of {', '.join(STATUSES)}")
    return wanted


def score(
    gold: Mapping[str, Sequence[Mapping[str, Any] | Event]],
    pred: Mapping[str, Sequence[Mapping[str, Any] | Event]],
    *,
    explain: TextIO | None = None,
    types: Iterable[str] | None = None,
    status: str | None = None,
) -> Report:
    """Match every gold article with its prediction and measure the agreement.

    gold (Mapping[str, Sequence[dict]]): events per doc id, e.g. from `load_gold`.
    pred (Mapping[str, Sequence[dict | Event]]): predicted events per doc id; a
        gold article absent here counts as predicted empty.
    explain (TextIO | None): where to write each article's TP/FP/FN events.
    types (Iterable[str] | None): score only these event types (both sides).
    status (str | None): score only events with this status (both sides, before matching).
    RETURNS (Report): the counts and scores.
    """
    wanted = _check_filters(types, status)
    gold_events = _normalise(gold, "gold", wanted, status)
    pred_events = _normalise(pred, "pred", wanted, status)
    micro = strict = dyads = names = Counts()
    per_type: Counter[tuple[str, str]] = Counter()  # (type, "tp"|"fp"|"fn") -> n
    correct: Counter[str] = Counter()
    more_specific = 0
    for doc_id, gold_side in gold_events.items():
        pred_side = pred_events.get(doc_id, [])
        pairs, missed, spurious = _match_article(gold_side, pred_side)
        micro += Counts(len(pairs), len(spurious), len(missed))
        n_strict = sum(_same_happening(g, p) for g, p in pairs)
        strict += Counts(n_strict, len(pred_side) - n_strict, len(gold_side) - n_strict)
        per_type.update((g.type, "tp") for g, _ in pairs)
        per_type.update((event.type, "fn") for event in missed)
        per_type.update((event.type, "fp") for event in spurious)
        gold_keys, pred_keys = {e.key for e in gold_side}, {e.key for e in pred_side}
        dyads += Counts(
            len(gold_keys & pred_keys), len(pred_keys - gold_keys), len(gold_keys - pred_keys)
        )
        for g, p in pairs:
            correct.update(field for field, check in FIELD_CHECKS.items() if check(g, p))
            more_specific += date_match(g.date, p.date) and g.date != p.date
            names += Counts(*_name_counts(g.names, p.names))
        if explain is not None:
            _write_explain(explain, doc_id, pairs, missed, spurious)
    type_counts = {
        t: Counts(per_type[t, "tp"], per_type[t, "fp"], per_type[t, "fn"]) for t in EVENT_TYPES
    }
    return Report(
        gold_articles=len(gold),
        missing_in_pred=sum(doc_id not in pred for doc_id in gold),
        extra_in_pred=sum(doc_id not in gold for doc_id in pred),
        micro=micro,
        strict=strict,
        per_type={t: c for t, c in type_counts.items() if not c.empty},
        dyad_type=dyads,
        pairs=micro.tp,
        correct={field: correct[field] for field in FIELD_CHECKS},
        names=names,
        date_more_specific=more_specific,
        types=tuple(sorted(wanted)),
        status=status,
    )


# ---------------------------------------------------------------- output


def _describe(event: _Scored) -> str:
    """One line: type, actor→recipient, date, start of the evidence."""

    def side(codes: frozenset[str]) -> str:
        return ",".join(sorted(codes)) or "-"

    return (
        f"{event.type:<9} {side(event.actor)}→{side(event.recipient)}  "
        f'{event.date or "-"}  "{event.evidence[:80]}"'
    )


def _write_explain(
    out: TextIO,
    doc_id: str,
    pairs: list[tuple[_Scored, _Scored]],
    missed: list[_Scored],
    spurious: list[_Scored],
) -> None:
    """Write one article's TP, FP and FN events (the prediction too when it differs)."""
    out.write(f"== {doc_id}: TP {len(pairs)}  FP {len(spurious)}  FN {len(missed)}\n")
    for g, p in pairs:
        out.write(f"  TP {_describe(g)}\n")
        if not _same_direction(g, p) or g.date != p.date:
            out.write(f"     pred {_describe(p)}\n")
    for label, group in (("FP", spurious), ("FN", missed)):
        for event in group:
            out.write(f"  {label} {_describe(event)}\n")


def _row(label: str, counts: Counts) -> str:
    """One table row: gold, pred, TP, FP, FN, P, R, F1."""
    c = counts
    return (
        f"{label:<16}{c.tp + c.fn:>6}{c.tp + c.fp:>6}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
        f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}"
    )


def format_report(report: Report) -> str:
    """The plain-text table, line for line the reference scorer's (summary last, for `| tail`)."""
    filters = ", ".join(f"{k}={v}" for k, v in report.to_dict()["filters"].items() if v) or "none"
    lines = [
        f"articles: {report.gold_articles} in gold, {report.missing_in_pred} without "
        f"predictions, {report.extra_in_pred} extra in pred (ignored); filters: {filters}",
        "",
        f"{'':<16}{'gold':>6}{'pred':>6}{'TP':>6}{'FP':>6}{'FN':>6}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    lines += [_row(t, counts) for t, counts in report.per_type.items()]
    lines += [
        "-" * 70,
        _row("events (micro)", report.micro),
        _row("events (strict)", report.strict),
        _row("dyad-type", report.dyad_type),
        _row("names (matched)", report.names),
    ]
    macro = "n/a" if report.macro_f1 is None else f"{report.macro_f1:.3f}"
    lines += [f"macro-F1 over types in gold: {macro}", "", f"matched pairs: {report.pairs}"]
    for field in FIELD_CHECKS:
        accuracy = report.accuracy(field)
        value = "n/a" if accuracy is None else f"{accuracy:.3f}"
        lines.append(f"  {field:<18}{value:>6}  ({report.correct[field]}/{report.pairs})")
    lines.append(f"  pred date more specific than gold (consistent): {report.date_more_specific}")
    return "\n".join(lines)
