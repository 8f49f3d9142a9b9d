"""Unicode repair keeps the offset map: odd spaces, invisible characters, mojibake."""

from __future__ import annotations

import pytest

from communique.clean import clean_document
from communique.clean.offsets import MappedText, apply_edits
from communique.clean.unicode import mojibake_edits, odd_character_edits
from communique.models import Document

# A real sentence of seed 000, as a Latin-1 reader would have mangled it.
SENTENCE = "Le Premier ministre biélorusse Roman Golovchenko, en visite officielle au Vietnam"
MOJIBAKE = SENTENCE.encode("utf-8").decode("latin-1")


def test_unicode_mojibake_repaired_with_offsets_inside_the_bad_word() -> None:
    document = Document(id="mojibake", text=f"{MOJIBAKE}.\n\nIl a proposé un plan.")
    cleaned = clean_document(document)
    assert cleaned.text.startswith(SENTENCE)
    word = cleaned.text.index("biélorusse")
    bad_start = MOJIBAKE.index("biÃ©lorusse")
    start, end = cleaned.to_original(word, word + len("biélorusse"))
    assert (start, end) == (bad_start, bad_start + len("biÃ©lorusse"))
    # Untouched words still map one to one.
    roman = cleaned.text.index("Roman")
    assert document.text[cleaned.offsets[roman] : cleaned.offsets[roman] + 5] == "Roman"


def test_unicode_clean_text_needs_no_ftfy_edit() -> None:
    assert mojibake_edits(SENTENCE) == []


def test_unicode_curly_apostrophes_kept() -> None:
    text = "l’ambassade de Cuba à Hanoï"
    assert mojibake_edits(text) == []


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("La Havane (VNA) –\u00a0Hoang Trung Hai", "La Havane (VNA) – Hoang Trung Hai"),
        ("\u200b\u200bOpération diplomatie.", "Opération diplomatie."),
        ("lieu le 14\u202fjanvier", "lieu le 14 janvier"),
        ("premier paragraphe.\r\nsecond", "premier paragraphe.\nsecond"),
        ("coopé\u00adration", "coopération"),
    ],
)
def test_unicode_odd_characters_normalised(raw: str, clean: str) -> None:
    result, removed = apply_edits(MappedText.identity(raw), odd_character_edits(raw))
    assert result.text == clean
    assert removed == []
    assert result.offsets[-1] == len(raw)
