"""The sides of an event and the mention helpers every side rule shares.

Which polities a side names, whether a mention lies in a set of tokens, whether it can be a
side at all, and the lists French writes (*Paris, Londres et Berlin*): :mod:`events`,
:mod:`speech` and :mod:`meetings` read sides with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from communique.extract.actors import Participant


@dataclass(slots=True)
class Sides:
    """The two sides of an event, before coding."""

    actor: list[Participant] = field(default_factory=list)
    recipient: list[Participant] = field(default_factory=list)
    joint: bool = False
    no_side: bool = False  # the actor is a non-side (codebook §7): guess no one in its place
    apart: bool = False  # each actor acts on its own (*les critiques de l'UE, de l'ONU …*)

    @property
    def actor_codes(self) -> list[str]:
        return polities_of(self.actor)

    @property
    def recipient_codes(self) -> list[str]:
        return [c for c in polities_of(self.recipient) if c not in self.actor_codes]


def polities_of(parts: list[Participant]) -> list[str]:
    """The polities a side names, in order of mention, each once."""
    return list(dict.fromkeys(p.polity for p in parts))


def names(parts: list[Participant]) -> list[str]:
    """Participant names for one side, as written, deduplicated (states give none)."""
    return list(dict.fromkeys(p.name for p in parts if p.name and p.kind in ("person", "body",
                                                                              "demonym")))


def within(part: Participant, tokens: set[int]) -> bool:
    """Whether a mention overlaps a set of token indices (a subject, a phrase, a quote)."""
    return any(part.covers(i) for i in tokens)


def is_party(part: Participant) -> bool:
    """A mention that can be a side: not a place, not named as where something happened."""
    return part.kind != "place" and not part.locative


LIST_WORDS = frozenset({",", "et", "ou", "ainsi", "que", "notamment", "(", ")", "dont", "comme"})


def first_group(parts: list[Participant], sent: Span, *, loose: bool = False
                 ) -> list[Participant]:
    """The first target named and those listed with it (*Téhéran et Ankara*, *Paris, Londres
    et Berlin*); mentions further on belong to other phrases of the sentence.

    ``loose`` lets a list of people met run through their titles (*A, les présidents des
    deux chambres du Parlement, ainsi que …*), but never past a verb.
    """
    if not parts:
        return []
    group = [parts[0]]
    for part in parts[1:]:
        gap = sent.doc[group[-1].end:part.start]
        # ... but not past a verb, nor into a purpose or a company (*venu à Paris pour les
        # obsèques …, puis pour un sommet avec l'Ukraine*)
        titled = loose and len(gap) <= 25 and not any(
            t.pos_ in ("VERB", "AUX") or t.lower_ in ("pour", "avec") for t in gap)
        if listed(group[-1], part, sent) or titled:
            group.append(part)
        else:
            break
    return group


def listed(left: Participant, right: Participant, sent: Span) -> bool:
    """Whether two mentions are neighbours in one list (*X, Y et Z*)."""
    gap = sent.doc[left.end:right.start]
    return len(gap) <= 4 and all(t.lower_ in LIST_WORDS or t.pos_ == "DET" for t in gap)
