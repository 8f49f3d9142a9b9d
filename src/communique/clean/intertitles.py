"""AFP intertitles glued into the text: "…de l'ONU.- Soeur de Kim -Et le pays…".

AFP sets a short heading between dashes before each section; OrangeSum lost
the line breaks around it, so the heading runs into the sentences on both
sides and the parser reads the three as one sentence (the subject of the next
sentence is then looked for in the previous one).  The dashes become paragraph
breaks and the heading stays as its own line: nothing is lost, and sentence
splitting sees the seams.  A dash pair inside a sentence (*Donald Trump - il
doit le revoir mardi - et*) is an aside, not a heading: a heading follows a
sentence end.
"""

from __future__ import annotations

import re

from communique.clean.offsets import Edit, delete, insert

# After a sentence end: "- ", a heading of at most 80 characters on one line, " -", and the
# next sentence's capital or opening quote (with or without a space before it).
_INTERTITLE = re.compile(
    r"(?<=[.!?…\"»”)])( ?- )([^\n]{2,80}?)( - ?)(?=[A-ZÀ-ÖØ-ÞŒ«\"“'])")


def intertitle_edits(text: str) -> list[Edit]:
    """Paragraph breaks in place of the dashes around each glued intertitle."""
    edits = []
    for match in _INTERTITLE.finditer(text):
        if " - " in match.group(2):
            continue  # two asides, not one heading
        for dash in (1, 3):  # the dash and its spaces deleted, a break inserted
            edits += [delete(match.start(dash), match.end(dash)), insert(match.end(dash), "\n\n")]
    return edits
