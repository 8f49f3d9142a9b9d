"""Where an event happened: a place in its sentence, the visit's place, or the dateline.

A country after a preposition (*au Japon*) is a location as written, with its
own code; a town takes its country's code from the gazetteer.  The dateline
city (*Hanoï (VNA) –*) is used only for events that took place in that
country (codebook §3).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from communique.extract.actors import Participant
from communique.gazetteer import Gazetteer

CITY_KINDS = ("capital", "place", "metonym")


@dataclass(frozen=True, slots=True)
class Location:
    """A place name as written and its polity (either may be unknown)."""

    name: str | None
    country: str | None
    is_country: bool = False  # *au Vietnam*: the place named is the country itself


def _as_written(doc: Doc, part: Participant) -> str:
    """The place name as the text writes it (*La Havane* keeps its article, *l'Iran* not)."""
    text = doc[part.start:part.end].text
    for article in ("l'", "l’"):
        if text.lower().startswith(article):
            text = text[len(article):]
    return text


def sentence_location(doc: Doc, parts: list[Participant]) -> Location | None:
    """The most specific locative place of a sentence: a town before a country."""
    locative = [p for p in parts if p.locative and p.kind in (*CITY_KINDS, "state")]
    if not locative:
        return None
    towns = [p for p in locative if p.kind in CITY_KINDS]
    best = towns[0] if towns else locative[0]
    return Location(_as_written(doc, best), best.polity, is_country=best.kind == "state")


def meeting_location(doc: Doc, parts: list[Participant], trigger: Token) -> Location | None:
    """The place of a meeting in a sentence naming several towns (*deux déplacements en
    Russie, l'un à Saint-Pétersbourg …, Poutine était venu à Paris*): the town nearest its
    cue, the one after it on a tie; with one town or none, the sentence's place."""
    towns = [p for p in parts if p.locative and p.kind in CITY_KINDS]
    if len({_as_written(doc, p) for p in towns}) <= 1:
        return sentence_location(doc, parts)
    best = min(towns, key=lambda p: (min(abs(p.start - trigger.i), abs(p.end - 1 - trigger.i)),
                                     p.start < trigger.i))
    return Location(_as_written(doc, best), best.polity)


# Verbs of going somewhere: their place is a destination, where the act they depend on did
# not happen (*l'a invité à venir à Berlin*, *a accepté de se rendre en Russie*).
MOTION_VERBS = frozenset({"venir", "rendre", "aller", "revenir", "retourner", "rentrer",
                          "partir", "voyager", "arriver"})


def act_location(doc: Doc, parts: list[Participant], verb: Token) -> Location | None:
    """The place of the act whose verb is ``verb``: the sentence's, less the destinations of
    another verb of motion."""
    return sentence_location(doc, [p for p in parts if not _destination(doc[p.start], verb)])


def _destination(token: Token, verb: Token) -> bool:
    """Whether ``token`` lies in the complement of a motion verb other than ``verb``."""
    for head in token.ancestors:
        if head.pos_ in ("VERB", "AUX"):
            return head.lemma_ in MOTION_VERBS and head is not verb
    return False


def dateline_location(place: str | None, gaz: Gazetteer) -> Location | None:
    """The dateline city (*Hanoï (VNA) –*) with its country, when the gazetteer knows it."""
    if not place:
        return None
    entry = gaz.place(place)
    country = entry.polity if entry is not None else gaz.polity_of(place)
    return Location(place, country) if country else None
