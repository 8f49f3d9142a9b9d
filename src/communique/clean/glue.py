"""Spaces lost in scraping: glued words ("prendtoujours") and glued sentences ("Hanoï.Le").

Words: wordfreq's French frequencies (Zipf scale: 7 = "de", 3 = one in a
million words, 0 = unknown) decide.  A segment (a run of letters between
spaces, hyphens and apostrophes) is split only when

* it is rare itself (Zipf < ``KNOWN``): a real word is never split, so
  "toujours", "coopération", "parlement" are safe;
* both halves are real words (Zipf >= ``PART_MIN``);
* the two-word reading is clearly more probable than the one word: under
  independence log10 P(a b) = Zipf(a) + Zipf(b) - 9, which must beat the
  segment's own Zipf by ``MARGIN``.  Function words glued to anything pass
  easily ("que"+"les" 5.3 vs "queles" 1.5).  A segment wordfreq never saw
  (Zipf 0) may also split into two words of 3+ letters scoring ``UNSEEN_MIN``
  ("zone"+"maritime" 0.35), but a rare compound ("interparlementaire") or a
  typo ("contruite" = "con"+"truite", -0.85) stays whole.

Capitalised segments are names and are never split on frequency alone (VNA
names such as "Busko" = "bus"+"ko" would be); they are split only where the
case itself shows the seam ("duComité", "MerOrientale") or before an elided
article ("Biélorussies'intéresse").  Wordfreq has no notion of a seam, so
these rules are ours.

Sentences: a period glued to a capital ("…à Bagdad.Le président") gets a
space, except after an initial or abbreviation ("M.", "U.S.", "J.-C."), in
numbers ("1.5" has no capital after it) and in URLs.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from wordfreq import zipf_frequency

from communique.clean.offsets import Edit, insert

LOGGER = logging.getLogger(__name__)

KNOWN = 3.0  # a segment at least this frequent is a word, never split
PART_MIN = 3.0  # each half must be at least this frequent
MARGIN = 1.5  # the two-word reading must be 10**1.5 (~30) times likelier
UNSEEN_MIN = 0.0  # for a segment wordfreq never saw, two 3+ letter words need only this
CAMEL_WHOLE_MAX = 2.0  # "BlackRock" (2.6), "GitHub" (2.7) are names: keep
FUNCTION_WORD = 5.0  # "de", "du", "la", "Mer"...: enough on the left of a case seam
PARAGRAPH_LEFT_MAX = 6.5  # below the articles and prepositions ("de" 7.7, "du" 7.0)
PARAGRAPH_RIGHT_MIN = 5.0  # sentence openers ("Dans" 6.9, "Cependant" 5.2), not names

# One-letter French words that may stand on one side of a split.
_ONE_LETTER = frozenset({"à", "a", "y"})
# Productive prefixes: "inter"+"parlementaire" is a compound, not a glue.
_PREFIXES = frozenset((
    "anti", "auto", "bi", "co", "contre", "cyber", "entre", "ex", "extra", "hyper", "inter",
    "intra", "micro", "mini", "multi", "néo", "non", "post", "pré", "pro", "re", "ré", "semi",
    "socio", "sous", "super", "sur", "télé", "trans", "tri", "ultra", "vice",
))  # fmt: skip
# Future and conditional endings: "déjeuner"+"ont" is "déjeuneront", a verb
# form wordfreq may not list, not two words.
_VERB_ENDINGS = frozenset(
    ("a", "ai", "as", "ait", "ais", "aient", "ont", "ons", "ez", "iez", "ions")
)
# Letters elided before an apostrophe ("d'amitié", "s'intéresse", "qu'il").
_ELIDED = ("qu", "d", "l", "s", "n", "m", "t", "j", "c")
_VOWEL_OR_H = re.compile(r"[aeiouyhàâäéèêëîïôöûüœæ]", re.IGNORECASE)

_SEGMENT = re.compile(r"[^\W\d_]+")
_APOSTROPHES = "'’"


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """French Zipf frequency of ``word`` (cached: the same words recur in every article)."""
    return zipf_frequency(word, "fr")


@lru_cache(maxsize=65536)
def split_point(segment: str, before_apostrophe: bool = False) -> int | None:
    """Index at which a glued segment should get a space, or ``None`` to keep it whole.

    ``before_apostrophe`` tells that the segment is followed by an apostrophe
    and a word starting with a vowel or h, so an elided letter may be glued at
    its end ("députésd'amitié").
    """
    if len(segment) < 3:
        return None
    if before_apostrophe:
        point = _elision_point(segment)
        if point is not None:
            return point
    if segment.isupper():
        return None  # acronyms: "ADGMIN"
    seams = [i for i in range(1, len(segment)) if segment[i - 1].islower() and segment[i].isupper()]
    if seams:
        return _camel_point(segment, seams[0])
    if segment.islower():
        return _frequency_point(segment)
    return None  # a capitalised word: a name, or a word starting a sentence


def _elision_point(segment: str) -> int | None:
    """ "députésd" -> 7 ("députés" + "d'"), if the segment is no word and its head is."""
    lowered = segment.lower()
    if zipf(lowered) >= 1.5:
        return None  # "lorsqu", "aujourd", "presqu" are words to wordfreq
    for letters in _ELIDED:
        head = lowered[: -len(letters)]
        if lowered.endswith(letters) and len(head) >= 2 and zipf(head) >= 2.0:
            return len(head)
    return None


def _camel_point(segment: str, seam: int) -> int | None:
    """ "duComité" -> 2, "MerOrientale" -> 3; brand names written that way are words."""
    left, right = segment[:seam], segment[seam:]
    if len(left) < 2 or len(right) < 2 or not right[1:].islower():
        return None
    if zipf(segment.lower()) >= CAMEL_WHOLE_MAX:
        return None
    left_z = zipf(left.lower())
    if left_z >= FUNCTION_WORD or (left_z >= PART_MIN and zipf(right.lower()) >= 2.0):
        return seam
    return None


def _frequency_point(segment: str) -> int | None:
    """The best split of a lower-case segment under the rules of the module doc."""
    own = zipf(segment)
    if own >= KNOWN:
        return None
    best: tuple[float, int] | None = None
    for i in range(1, len(segment)):
        left, right = segment[:i], segment[i:]
        if (len(left) == 1 and left not in _ONE_LETTER) or (
            len(right) == 1 and right not in _ONE_LETTER
        ):
            continue
        if left in _PREFIXES or (right in _VERB_ENDINGS and left.endswith("r")):
            continue
        left_z, right_z = zipf(left), zipf(right)
        if min(left_z, right_z) < PART_MIN:
            continue
        score = left_z + right_z - 9.0
        unseen = own == 0.0 and min(len(left), len(right)) >= 3 and score >= UNSEEN_MIN
        if (score >= own + MARGIN or unseen) and (best is None or score > best[0]):
            best = (score, i)
    return None if best is None else best[1]


def word_glue_edits(text: str) -> list[Edit]:
    """Insertions of a space inside every glued segment (a paragraph break at an intertitle)."""
    edits = []
    for match in _SEGMENT.finditer(text):
        end = match.end()
        before_apostrophe = (
            end < len(text)
            and text[end] in _APOSTROPHES
            and _VOWEL_OR_H.match(text, end + 1) is not None
        )
        segment = match.group()
        point = split_point(segment, before_apostrophe)
        if point is not None:
            LOGGER.debug("glued %r split at %d", segment, point)
            separator = "\n\n" if _paragraph_seam(segment[:point], segment[point:]) else " "
            edits.append(insert(match.start() + point, separator))
    return edits


def _paragraph_seam(left: str, right: str) -> bool:
    """Whether a case seam joins an intertitle to its paragraph ("…ces pandasPour le zoo").

    OrangeSum lost the breaks after its intertitles; the right side is then a
    common sentence opener ("Pour", "Dans", "Le": Zipf >= 5), the left side no
    article or preposition.  "duComité", "MerOrientale" stay one line.  The
    break helps sentence splitting, which a mere space would not.
    """
    if not (left[-1:].islower() and right[:1].isupper()):
        return False
    return zipf(left.lower()) < PARAGRAPH_LEFT_MAX and zipf(right.lower()) >= PARAGRAPH_RIGHT_MIN


# A sentence end glued to a capital, optionally through an opening quote.
_SENTENCE_GLUE = re.compile(r"[.!?…]+(?=[\"«“]?[A-ZÀ-ÖØ-ÞŒ])")
_WORD_BEFORE = re.compile(r"[^\W_]*$")
# Abbreviations written with a period before a capitalised name.
_ABBREVIATIONS = frozenset((
    "av", "apr", "cf", "dr", "mgr", "mlle", "mm", "mme", "me", "jr", "sr", "st", "ste", "vol",
    "no", "art", "ex", "réf",
))  # fmt: skip
_URL_HINTS = ("://", "www.", "@")


def sentence_glue_edits(text: str) -> list[Edit]:
    """Insertions of a space between glued sentences."""
    edits = []
    for match in _SENTENCE_GLUE.finditer(text):
        start, end = match.start(), match.end()
        if start == 0 or not _glued_sentence_end(text, start):
            continue
        token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
        token_end = min(i for i in (text.find(" ", end), text.find("\n", end), len(text)) if i >= 0)
        if any(hint in text[token_start:token_end] for hint in _URL_HINTS):
            continue
        if text[end] == '"' and _quote_closes(text, end):
            edits.append(insert(end + 1, " "))  # the quote closes the sentence: `."` + space
        else:
            edits.append(insert(end, " "))
    return edits


def _glued_sentence_end(text: str, period: int) -> bool:
    """Whether the character run before ``period`` can end a sentence."""
    word = _WORD_BEFORE.search(text, max(0, period - 60), period)
    run = word.group() if word else ""
    if not run:
        if text[period] in "?!" and text[period - 1] == " ":
            return True  # French spacing: "pour Trump ?Donald"
        return text[period - 1] in ")]\"»”’'%"
    if run.isdigit():
        return True
    letters = "".join(c for c in run if c.isalpha())
    if len(letters) < 2:
        return False  # an initial: "M.Macron", "U.S.Army", "J.-C."
    return run.casefold() not in _ABBREVIATIONS


_SENTENCE_END = re.compile(r"[.!?…][\"»”]?\s")


def _quote_closes(text: str, quote: int) -> bool:
    """Whether the straight quote at ``quote`` (after a glued period) closes a quotation.

    AFP puts the period outside quotes, so ``."Le`` is nearly always a period
    then an opening quote; it is read as closing only when the quotes before
    it are unbalanced both on its line and in its own sentence (measured on
    the corpus: either count alone is thrown off by one stray quote).
    """
    line_start = text.rfind("\n", 0, quote) + 1
    sentence_start = line_start
    for match in _SENTENCE_END.finditer(text, max(line_start, quote - 600), quote):
        sentence_start = match.end()
    return (
        text.count('"', line_start, quote) % 2 == 1
        and text.count('"', sentence_start, quote) % 2 == 1
    )
