"""Meetings and visits (codebook §3, §7): who a meeting is between, who a visit's place
makes host, which place is a venue and no party, and the CONSULT conventions (visitor ->
host, every participant an actor, the direction of a call).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from communique.extract.actors import LOCATIVE_PREPS, Participant
from communique.extract.lexicon import TriggerRule
from communique.extract.mentions import Sides, first_group, polities_of


def meets_there(part: Participant, rule: TriggerRule) -> bool:
    """An IGO's meeting is told as a place (*à l'Assemblée générale de l'ONU*), but the IGO
    takes part in it (codebook §7: a state at an IGO's meeting meets the IGO)."""
    return rule.type == "CONSULT" and part.kind == "igo"


PAIR_TYPES = frozenset({"CONSULT", "SUPPORT", "AGREE", "COOPERATE"})
PAIR_STOPS = frozenset({"depuis", "lors", "après", "avant", "pendant", "pour", "sur", "à",
                        "au", "aux", "en", "dans"})


def paired(trigger: Token, sent: Span, parts: list[Participant]) -> list[Participant]:
    """Parties named right after a nominal trigger, or after the noun a joint act's verb
    governs: *sommet entre X et Y*, *sommet Trump-Kim*.

    Returns the participants of that pair (two or more polities), else [].
    """
    doc = sent.doc
    # *a annoncé vendredi la normalisation des relations entre X et Y*: the act's noun
    anchor = next((c for c in trigger.children if c.dep_ == "obj" and c.pos_ == "NOUN"),
                  trigger) if trigger.pos_ == "VERB" else trigger
    i = anchor.i + 1
    while i < min(sent.end, anchor.i + 4) and doc[i].pos_ in ("ADJ", "DET", "PUNCT") \
            and doc[i].text not in (".", ";"):
        i += 1
    # *la normalisation des relations entre X et Y*
    entre = next((t.i for t in doc[i:min(sent.end, i + 4)] if t.lower_ == "entre"), None)
    if entre is not None:
        i = entre
    if i >= sent.end:
        return []
    if doc[i].lower_ == "entre":
        # the pair ends at the next verb or at a phrase of its own (*entre les deux hommes
        # depuis leur sommet de Singapour*: Singapore is a venue, not a party)
        stop = next((t.i for t in doc[i + 1:sent.end] if t.pos_ in ("VERB", "AUX")
                     or t.text in (";", ".") or t.lower_ in PAIR_STOPS), sent.end)
        pair = [p for p in parts if i < p.start < stop and not p.locative]
    else:  # "Trump-Kim", "UE-Chine": two mentions glued by a hyphen
        pair = [p for p in parts if i <= p.start <= i + 3 and not p.locative]
        joined = len(pair) >= 2 and any(t.text == "-" or "-" in t.text for t in
                                        doc[pair[0].start:pair[-1].end])
        pair = pair if joined else []
    return pair if len(polities_of(pair)) >= 2 else []


def nominal_visit(trigger: Token, sent: Span, parts: list[Participant]) -> Sides | None:
    """*la visite de Moon Jae-in dans la capitale nord-coréenne*: the visitor follows *de*,
    the host is the place after it."""
    doc = sent.doc
    nxt = trigger.i + 1
    while nxt < sent.end and doc[nxt].pos_ == "ADJ":
        nxt += 1
    if nxt >= sent.end or doc[nxt].lower_ not in ("de", "du", "d'", "d’"):
        return None
    visitor = next((p for p in parts if nxt < p.end and p.start <= nxt + 4 and not p.locative
                    and p.kind != "place"), None)
    if visitor is None:
        return None
    hosts = [p for p in parts if p.start >= visitor.end and p.start - visitor.end <= 6
             and p.polity != visitor.polity and p.kind != "place"]
    return Sides(actor=[visitor], recipient=hosts[:1])


def visited_places(trigger: Token, sent: Span, parts: list[Participant]) -> list[Participant]:
    """The places right after a visit noun (*en visite à Prague*, *sa visite à Paris et
    Berlin*): their polities host, whatever the parser hung the phrase on (often the
    subject's noun, which then hides them from the target search)."""
    doc = trigger.doc
    if trigger.pos_ != "NOUN" or trigger.i + 1 >= len(doc) or \
            doc[trigger.i + 1].lower_ not in LOCATIVE_PREPS:
        return []
    places = [p for p in parts if p.locative and p.start >= trigger.i + 2]
    if not places or places[0].start > trigger.i + 3:
        return []
    return first_group(places, sent)


MEETING_NOUNS = frozenset({"sommet", "rencontre", "réunion", "conférence", "entrevue",
                           "entretien", "forum", "pourparlers", "négociations", "discussions"})


def venue(part: Participant, sent: Span) -> bool:
    """A city or country named after a meeting noun by *de* is where it met: *le sommet de
    Singapour*, *la rencontre ratée de Hanoï*, *la conférence de Munich*."""
    if part.kind not in ("capital", "state"):
        return False
    doc = sent.doc
    i = part.start - 1
    if i <= sent.start or doc[i].lower_ not in ("de", "d'", "d’"):
        return False
    i -= 1
    while i > sent.start and (doc[i].pos_ == "ADJ" or "Part" in doc[i].morph.get("VerbForm")):
        i -= 1  # *sommet historique de*, *rencontre ratée de*
    return doc[i].lower_ in MEETING_NOUNS


# A call told by its caller's verb (*X a appelé Y*, *X a téléphoné à Y*): the one case where
# a call has a direction (codebook §7).
CALLER_VERB = re.compile(r"\b(?:a|ont|avait|avaient) (?:appelé|téléphoné)\b", re.IGNORECASE)


def consult_sides(sides: Sides, location_country: str | None, mode: str | None,
                  visit: tuple[str, str] | None, *, margins: bool = False,
                  caller: bool = False) -> tuple[Sides, str | None]:
    """Apply the CONSULT conventions: visitor -> host, or every participant as actor.

    ``margins``: the meeting was held *en marge d'*un sommet — multilateral, every
    participant an actor (codebook §7), the summit's IGO not a party. ``caller``: the text
    says who called (``CALLER_VERB``).
    """
    codes = list(dict.fromkeys(sides.actor_codes + sides.recipient_codes))
    if mode == "phone":
        if caller and len(sides.actor_codes) == 1 and len(sides.recipient_codes) == 1:
            return sides, "phone"
        return Sides(actor=sides.actor + sides.recipient, joint=True), "phone"
    if margins:
        everyone = sides.actor + sides.recipient
        states = [p for p in everyone if p.sector != "igo"]
        if len(polities_of(states)) >= 2:
            everyone = states  # the summit's organisation hosts, it is not a party
        return Sides(actor=everyone, joint=True), "multilateral"
    if mode == "visit" and len(sides.actor_codes) == 1 and sides.recipient_codes:
        return sides, "visit"
    if len(codes) >= 3:
        return Sides(actor=sides.actor + sides.recipient, joint=True), "multilateral"
    if visit and set(codes) <= set(visit) and len(codes) == 2:
        visitor, host = visit
        parts = sides.actor + sides.recipient
        return Sides(actor=[p for p in parts if p.polity == visitor],
                     recipient=[p for p in parts if p.polity == host]), "visit"
    if location_country and location_country in codes and len(codes) == 2:
        parts = sides.actor + sides.recipient
        return Sides(actor=[p for p in parts if p.polity != location_country],
                     recipient=[p for p in parts if p.polity == location_country]), "visit"
    if location_country and location_country not in codes:
        return Sides(actor=sides.actor + sides.recipient, joint=True), "third-party"
    if mode == "visit":
        return sides, "visit"
    return Sides(actor=sides.actor + sides.recipient, joint=True), mode
