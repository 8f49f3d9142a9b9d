"""Language identification, so non-French documents can be skipped honestly.

py3langid (a maintained, numpy-only port of langid.py) is small, offline and
fast; it returns ISO 639-1 codes, which is what :class:`Document` stores.
"""

from __future__ import annotations

import logging

import py3langid

LOGGER = logging.getLogger(__name__)

SAMPLE_CHARS = 2000  # the opening of an article is enough, and keeps long texts cheap
# Below this many letters the classifier guesses (a name, a date line), so it is
# better to say "unknown" than to report a wrong language that would skip the text.
MIN_LETTERS = 20


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language of ``text``, or None if too short to tell.

    Only the first :data:`SAMPLE_CHARS` characters are classified.  VNA caption
    markers (``ảnh 1``) and Vietnamese names in French wires do not tip the result:
    the French function words of the surrounding text dominate the model's scores.
    """
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, _score = py3langid.classify(sample)
    return str(code)
