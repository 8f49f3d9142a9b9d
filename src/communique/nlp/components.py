"""spaCy components that add the gazetteer's mentions and titles to a ``Doc``.

``communique_gazetteer`` writes ``doc.spans["gazetteer"]``: labels STATE, IGO, DEMONYM,
CAPITAL, METONYM, PLACE, LEADER; ``span.kb_id_`` is the polity code ("" for a place with no
polity, such as a sea) and ``span.id_`` the canonical name ("Biélorussie", "Alexandre
Loukachenko"). A compound such as "franco-allemand" gives two DEMONYM spans, FRA and DEU, which
may cover the same token: the model keeps some compounds as one token.

``communique_titles`` writes ``doc.spans["titles"]``: label TITLE, ``kb_id_`` the sector
(government, legislature, party, military, business, civil-society, igo, judiciary, diplomacy)
and ``id_`` the canonical title ("ministre des Affaires étrangères" for "ministre russe des
Affaires étrangères").

Both match on the text with ``communique.gazetteer`` rather than spaCy's PhraseMatcher: see that
module for why (tokenisation of hyphenated names varies with context; accents must fold).
Matching is split from setting annotations, like spaCy's own ``SpanRuler``.
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc, Span

from communique.gazetteer import Gazetteer, load_gazetteer

LOGGER = logging.getLogger(__name__)

GAZETTEER_KEY = "gazetteer"
TITLES_KEY = "titles"
_SENT_END = {".", "!", "?", "…", "..."}
_CLOSING = {'"', "»", ")", "]", "”"}
_OPENING = {"«", "“", "(", "["}
# A one-word title must be a noun here: "général" in "en général" or "élu" in "a été élu" is not.
_TITLE_POS = {"NOUN", "PROPN"}


def _year_of(doc: Doc) -> int | None:
    """Publication year, if the caller put ``pub_date`` (ISO) in ``doc.user_data``."""
    pub_date = doc.user_data.get("pub_date")
    if isinstance(pub_date, str) and pub_date[:4].isdigit():
        return int(pub_date[:4])
    return None


class _SpanComponent:
    """A component that matches with the gazetteer and writes one span group (SpanRuler-like:
    ``match`` computes, ``set_annotations`` writes)."""

    def __init__(self, name: str, *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self.gazetteer: Gazetteer = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.spans[self.spans_key] = spans


class GazetteerComponent(_SpanComponent):
    """Adds states, IGOs, demonyms, capitals, metonyms, places and leaders as spans."""

    def __init__(self, name: str, *, spans_key: str = GAZETTEER_KEY) -> None:
        super().__init__(name, spans_key=spans_key)

    def match(self, doc: Doc) -> list[Span]:
        """Spans for every gazetteer match (expanded to whole tokens)."""
        spans = []
        for found in self.gazetteer.find(doc.text, year=_year_of(doc)):
            span = doc.char_span(
                found.start, found.end, label=found.label, kb_id=found.code or "",
                span_id=found.name, alignment_mode="expand",
            )  # fmt: skip
            if span is not None:
                spans.append(span)
        return spans


class TitlesComponent(_SpanComponent):
    """Adds titles and roles ("Premier ministre", "chef de la diplomatie") as spans."""

    def __init__(self, name: str, *, spans_key: str = TITLES_KEY) -> None:
        super().__init__(name, spans_key=spans_key)

    def match(self, doc: Doc) -> list[Span]:
        """Spans for every title; one-word titles only where the tagger says noun."""
        tagged = doc.has_annotation("POS")
        spans = []
        for found in self.gazetteer.find_titles(doc.text):
            span = doc.char_span(
                found.start, found.end, label="TITLE", kb_id=found.title.sector,
                span_id=found.title.title, alignment_mode="expand",
            )  # fmt: skip
            if span is None:
                continue
            if tagged and len(span) == 1 and span[0].pos_ not in _TITLE_POS:
                continue
            spans.append(span)
        return spans


@Language.component("communique_sentence_fixes", assigns=["token.is_sent_start"])
def fix_sentence_starts(doc: Doc) -> Doc:
    """Forbid sentence starts the parser gets wrong on AFP text; runs before the parser.

    Measured on the OrangeSum articles: a closing quote after the full stop (``."``) became a
    sentence of its own, as did an opening « ; "russo-américaines" and "libre-échange" were
    cut at the hyphen; a lower-case word after a line break started a sentence; names were cut
    ("Kim | Il Sung", "Mohammed ben | Zayed"). A token may not start a sentence when it is
    glued to the previous one (unless that one ends a sentence and this one is not a closing
    quote), when it follows an opening quote, when it is a lower-case word not preceded by
    sentence-final punctuation, or when it directly follows a word on the same line. A token
    after a line break otherwise always starts a sentence. A quotation of several sentences
    followed by its speaker (*"… attaque. Il n'y a pas …", ont estimé X*) stays one sentence.
    """
    previous = None
    inside = {i for start, end in _quotes_before_incise(doc) for i in range(start + 1, end + 1)}
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if token.i in inside:
            token.is_sent_start = False
            continue
        if not prev.is_space:
            previous = prev
        glued = prev.whitespace_ == "" and not prev.is_space
        forbidden = (
            (glued and (prev.text not in _SENT_END or token.text in _CLOSING))
            or prev.text in _OPENING
            or (prev.text == '"' and glued)
            or (
                token.text[:1].islower() and previous is not None and previous.text not in _SENT_END
            )
            or (not prev.is_space and (prev.is_alpha or prev.is_digit))  # "Kim | Il Sung"
        )
        if forbidden:
            token.is_sent_start = False
        elif prev.is_space and "\n" in prev.text and not token.is_space:
            # A paragraph break ends a sentence even without a full stop: a title or a
            # heading has none, and the model would run it into the next paragraph.
            token.is_sent_start = True
    return doc


# A quotation longer than this (tokens) is not held in one sentence: the parser degrades.
_MAX_QUOTE = 80


def _quotes_before_incise(doc: Doc) -> list[tuple[int, int]]:
    """Quotations of several sentences whose speaker is told after them (*"… attaque. Il n'y
    a pas d'autre explication", ont estimé les dirigeants …*): as (opening, closing) token
    indices. Kept in one sentence, the words stay with their speaker; split, the first ones
    have none. A line break ends an unclosed quotation."""
    runs = []
    start = None
    for token in doc:
        if token.is_space and "\n" in token.text:
            start = None
        elif start is None and token.text in ('"', "«", "“"):
            start = token.i
        elif start is not None and token.text in ('"', "»", "”"):
            inner = doc[start + 1:token.i]
            after = doc[token.i + 1:token.i + 5]
            if any(t.text in _SENT_END for t in inner[:-1]) and len(inner) <= _MAX_QUOTE and \
                    len(after) > 1 and after[0].text == "," and \
                    any(t.pos_ in ("VERB", "AUX") for t in after[1:]):
                runs.append((start, token.i))
            start = None
    return runs


@Language.factory(
    "communique_gazetteer",
    assigns=["doc.spans"],
    default_config={"spans_key": GAZETTEER_KEY},
)
def make_gazetteer(nlp: Language, name: str, spans_key: str) -> GazetteerComponent:
    """Factory for ``nlp.add_pipe("communique_gazetteer")``."""
    return GazetteerComponent(name, spans_key=spans_key)


@Language.factory(
    "communique_titles",
    assigns=["doc.spans"],
    requires=["token.pos"],
    default_config={"spans_key": TITLES_KEY},
)
def make_titles(nlp: Language, name: str, spans_key: str) -> TitlesComponent:
    """Factory for ``nlp.add_pipe("communique_titles")``; after the tagger to filter by POS."""
    return TitlesComponent(name, spans_key=spans_key)
