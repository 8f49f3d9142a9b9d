"""Unicode repair: odd spaces, invisible characters and mojibake, as offset-keeping edits.

A global ``ftfy.fix_text`` or ``unicodedata.normalize`` would return a new
string with no way back to the original positions, so this step only *finds*
what to change and emits edits: one per odd character, and one per word that
ftfy repairs.
"""

from __future__ import annotations

import logging
import re

import ftfy

from communique.clean.offsets import Edit, delete, line_spans, replace

LOGGER = logging.getLogger(__name__)

# Characters with no visible width: they split words for the tokenizer
# (os-018312 opens with six U+200B) but carry nothing.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
# Spaces that are not U+0020; the no-break space of French typography included.
_ODD_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000\t"
_ODD_CHAR = re.compile(f"[{_INVISIBLE}{_ODD_SPACES}\r\u2028\u2029\x0b\x0c]")

# ftfy with the changes we do not want switched off: curly quotes and
# apostrophes are kept (spaCy's French tokenizer handles ’ and the evidence
# should read as published); line breaks are handled above.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, explain=False)
# A word for ftfy: split on ASCII whitespace only, so "Â\xa0" stays one piece.
_WORD = re.compile(r"[^ \n]+")


def odd_character_edits(text: str) -> list[Edit]:
    """Spaces to U+0020, invisible characters deleted, CR / LS / PS to newlines."""
    edits = []
    for match in _ODD_CHAR.finditer(text):
        char, pos = match.group(), match.start()
        if char in _INVISIBLE:
            edits.append(delete(pos, pos + 1))
        elif char == "\r":
            if text[pos + 1 : pos + 2] == "\n":
                edits.append(delete(pos, pos + 1))  # CRLF -> LF
            else:
                edits.append(replace(pos, pos + 1, "\n"))
        elif char in "\u2028\u2029":
            edits.append(replace(pos, pos + 1, "\n"))
        else:
            edits.append(replace(pos, pos + 1, " "))
    return edits


def mojibake_edits(text: str) -> list[Edit]:
    """Words that ftfy repairs (mojibake, HTML entities, NFC), each as one replacement.

    Whole text first (most documents are clean: one call), then line by line,
    then word by word so the map stays tight; if a line's repair needs more
    context than one word, the whole line is replaced instead.
    """
    if ftfy.fix_text(text, _FTFY) == text:
        return []
    edits: list[Edit] = []
    for start, end in line_spans(text):
        line = text[start:end]
        fixed_line = ftfy.fix_text(line, _FTFY)
        if fixed_line == line:
            continue
        word_edits = []
        rebuilt = []
        last = 0
        for match in _WORD.finditer(line):
            fixed = ftfy.fix_text(match.group(), _FTFY)
            rebuilt.append(line[last : match.start()] + fixed)
            last = match.end()
            if fixed != match.group():
                word_edits.append(replace(start + match.start(), start + match.end(), fixed))
        rebuilt.append(line[last:])
        if "".join(rebuilt) == fixed_line:
            edits.extend(word_edits)
        else:
            edits.append(replace(start, end, fixed_line))
    LOGGER.debug("ftfy repaired %d span(s)", len(edits))
    return edits
