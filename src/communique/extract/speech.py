"""Who says what: the speaker of a quotation, told before or after the words, and what
a speaker's words make of the sides.

Wire stories report most verbal acts as quotations with an incise (*« … », a déclaré X*);
the parser hangs the speaker anywhere, so it is read from the words around the quotation.
A duty laid on another side in quoted words is a demand on it; a deed told in a quotation is
the speaker's only in the first person.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.extract.actors import Memory, Participant, resolve_pronoun
from communique.extract.clauses import (
    QUOTES_CLOSE,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    quote_span,
    subject_tokens,
)
from communique.extract.mentions import Sides, first_group, is_party, polities_of, within
from communique.extract.status import verb_group


def quote_speaker(sent: Span, quote: tuple[int, int], parts: list[Participant],
             memory: Memory) -> list[Participant]:
    """Who says a quotation: *« … », a déclaré X*, *« … », a-t-il dit*, *X a déclaré : « … »*."""
    doc = sent.doc
    after = [t for t in doc[quote[1]:sent.end] if t.lemma_ in SPEECH_VERBS]
    if after:
        verb = after[0]
        subj = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        # with no subject parsed, the speaker follows the verb (*« … » israélienne, a déclaré
        # le négociateur des Palestiniens*: the word glued to the quotation is its own)
        found = [p for p in parts if p.start >= quote[1]
                 and (within(p, subj) or (not subj and p.start > verb.i))]
        if found:
            return first_group(found, sent)  # *…, ont estimé les dirigeants français, …*
        if any(doc[i].pos_ == "PRON" for i in subj) and memory.focus is not None:
            return [memory.focus]
    before = [p for p in parts if p.end <= quote[0] and not p.locative]
    return before[-1:] if before else []


FIRST_PERSON = frozenset({"je", "j'", "nous", "on"})


def obligation_sides(trigger: Token, sent: Span, parts: list[Participant], memory: Memory
                      ) -> Sides:
    """*« … la partie russe doit maintenant réagir », a-t-il dit*: a duty a speaker lays on
    another side is a demand on it. Outside a quotation *doit* tells a plan (*la délégation
    doit rencontrer …*), and a duty of one's own side is no demand: no act then."""
    quote = quote_span(trigger, sent)
    speaker = quote_speaker(sent, quote, parts, memory) if quote is not None else []
    subj = subject_tokens(trigger)
    bound = [p for p in parts if within(p, {t.i for t in subj}) and is_party(p)]
    if not bound and len(subj) == 1:
        pronoun = resolve_pronoun(subj[0], memory, parts)  # *« Il devra comprendre … »*
        bound = [pronoun] if pronoun is not None else []
    if not speaker or not bound or set(polities_of(bound)) & set(polities_of(speaker)):
        return Sides(no_side=True)
    return Sides(actor=speaker, recipient=bound)


def told_by_speaker(trigger: Token) -> bool:
    """Whether a deed told in a quotation has the speaker for subject: a first person, or no
    subject at all."""
    subj = subject_tokens(verb_group(trigger))
    return not subj or any(t.lower_ in FIRST_PERSON for t in subj)


# Acts done by saying them: told in reported words, they are the speaker's.
SAID_TYPES = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE", "SUPPORT"})


def incise_speaker(sent: Span, start: int, parts: list[Participant]) -> list[Participant]:
    """The speaker told after the words from token ``start`` on, in an incise (*…, a
    récemment averti le Hamas*, *…, affirme le ministre*): read from the words, since the
    parser often hangs the speaker anywhere (an oblique, the object) and the words on the
    speech verb's subject."""
    doc = sent.doc
    for verb in doc[start + 1:sent.end]:
        if verb.lemma_ not in SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        i = verb.i - 1
        while i > start and doc[i].pos_ == "ADV":
            i -= 1
        if doc[i].pos_ == "AUX":
            i -= 1
        if i <= start or doc[i].text not in (",", *QUOTES_CLOSE):
            return []  # *X a dit que …* names its speaker before the words
        # the speaker follows the verb, maybe after a date (*ont estimé lundi les …*)
        first = [p for p in parts if verb.i < p.start <= verb.i + 5 and is_party(p) and not any(
            t.pos_ in ("VERB", "AUX", "PUNCT") for t in doc[verb.i + 1:p.start])][:1]
        # *…, ont estimé les dirigeants français, allemand et britannique*
        return first_group(first + [p for p in parts if first and p.start > first[0].start
                                     and is_party(p)], sent)
    return []
