"""Clean stage: article text ready for NLP, every character mapped to the original.

``clean_document`` runs small steps in order, each proposing offset-keeping
edits on the current text (see ``offsets``):

1. Unicode: odd spaces and invisible characters, then ftfy repairs;
2. teasers ("Voir plus" and the unrelated stories after it);
3. captions and credits ("ảnh 1", "Photo: VNA", euronews video titles);
4. agency signatures ("- VNA", "VNA/CVN", AFP desk slugs);
5. datelines ("Hanoï (VNA) - "), kept as place and agency;
6. a lede repeated as the first body paragraph;
7. AFP intertitles glued between two paragraphs ("…de l'ONU.- Soeur de Kim -Et…");
8. glued sentences and glued words;
9. whitespace tidying.

Removal steps run before glue repair so no time is spent on text that goes,
and the lede check runs after the dateline is gone (the repeat starts with it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from communique.clean.captions import caption_edits
from communique.clean.dateline import find_datelines
from communique.clean.glue import sentence_glue_edits, word_glue_edits
from communique.clean.intertitles import intertitle_edits
from communique.clean.lede import repeated_lede_edits
from communique.clean.offsets import Edit, MappedText, apply_edits
from communique.clean.signatures import signature_edits
from communique.clean.teasers import teaser_edits
from communique.clean.unicode import mojibake_edits, odd_character_edits
from communique.clean.whitespace import newline_edits, whitespace_edits
from communique.models import CleanedText, Document, Removed

__all__ = ["clean_document", "clean_documents"]

LOGGER = logging.getLogger(__name__)

Step = Callable[[str], list[Edit]]

# Steps before the dateline, and after it; the dateline step also returns data.
_BEFORE_DATELINE: tuple[Step, ...] = (
    odd_character_edits,
    mojibake_edits,
    teaser_edits,
    caption_edits,
    signature_edits,
)
_AFTER_DATELINE: tuple[Step, ...] = (
    repeated_lede_edits,
    intertitle_edits,
    sentence_glue_edits,
    word_glue_edits,
    whitespace_edits,
    newline_edits,
)


def clean_document(document: Document) -> CleanedText:
    """Clean one document; the result's offsets point into ``document.text``."""
    current = MappedText.identity(document.text)
    removed: list[Removed] = []

    def run(step: Step) -> None:
        nonlocal current
        current, dropped = apply_edits(current, step(current.text))
        removed.extend(dropped)

    for step in _BEFORE_DATELINE:
        run(step)
    dateline = find_datelines(current.text)
    current, dropped = apply_edits(current, list(dateline.edits))
    removed.extend(dropped)
    for step in _AFTER_DATELINE:
        run(step)

    LOGGER.debug(
        "doc=%s cleaned %d -> %d chars, %d span(s) removed",
        document.id,
        len(document.text),
        len(current.text),
        len(removed),
    )
    return CleanedText(
        doc_id=document.id,
        text=current.text,
        offsets=current.offsets,
        dateline_place=dateline.place,
        dateline_agency=dateline.agency,
        removed=tuple(sorted(removed, key=lambda r: (r.start, r.end))),
    )


def clean_documents(documents: Iterable[Document]) -> Iterator[CleanedText]:
    """Stream version of ``clean_document`` (constant memory over a batch)."""
    for document in documents:
        yield clean_document(document)
