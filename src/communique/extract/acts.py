"""Which trigger matches name an act of their own.

A French news sentence names more acts than happened: what is asked, promised or
threatened (*exige que Pyongyang renonce*), what is alleged or refused (*accusé de soutien
au terrorisme*), aid talked about (*dépendent de l'aide*).  The extractor codes the speech
act and drops its content; these rules read the dependency parse to tell them apart.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

from communique.extract.clauses import bare_participle, par_agent, que_clause
from communique.extract.lexicon import TriggerMatch

__all__ = ["names_an_act", "token_at"]

# Speech acts whose complement states what is asked, promised, threatened or alleged.
CONTENT_TAKING_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "ACCUSE", "REJECT"})
# A cooperative word under a hostile speech act is what is alleged or refused, in any form.
HOSTILE_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})
COOPERATIVE_TYPES = frozenset({"SUPPORT", "AGREE", "COOPERATE"})
# A concession or withdrawal named by a noun is asked for under a request.
YIELDING_TYPES = frozenset({"CONCEDE", "RETREAT"})
DENIAL_VERBS = frozenset({"rejeter", "démentir", "nier", "réfuter", "récuser", "balayer",
                          "contester"})


def token_at(sent: Span, char: int, end: int | None = None) -> int:
    """The token that carries a trigger spanning sentence-relative ``[char, end)``.

    The main verb of the match if there is one (*a* in *a proposé* is only the
    auxiliary), else its first noun, else its first token.
    """
    tokens = [t for t in sent if t.idx - sent.start_char + len(t) > char
              and (end is None or t.idx - sent.start_char < end)]
    if not tokens:
        return sent.end - 1
    for pos in ("VERB", "NOUN"):
        for tok in tokens:
            if tok.pos_ == pos and not tok.dep_.startswith("aux"):
                return tok.i
    return tokens[0].i


def names_an_act(sent: Span, triggers: list[TriggerMatch], trig: TriggerMatch) -> bool:
    """Whether ``trig`` names an act of its own, not the content of another trigger of its
    sentence nor aid only talked about."""
    if _content_of_another(sent, triggers, trig):
        return False
    if trig.rule.type == "ACCUSE" and _said_of_someone(sent.doc[token_at(sent, trig.start,
                                                                        trig.end)]):
        return False
    return trig.rule.type != "AID" or _aid_given(sent, trig)


def _said_of_someone(tok: Token) -> bool:
    """A bare past participle describing someone (*Très critiqué pour sa gestion …, Donald
    Trump …*, *Poutine, lui aussi critiqué*): criticised by critics it does not name, so no
    side accuses (codebook §7)."""
    if not (tok.pos_ == "VERB" and bare_participle(tok)
            and tok.dep_ in ("advcl", "appos", "acl", "amod")
            and not tok.lower_.endswith("ant")):  # the tagger calls *Reprochant* past too
        return False
    if any(c.dep_ == "obl:agent" for c in tok.children):
        return False
    # an auxiliary the parser hung elsewhere (*X a lui, pour la première fois …, mis en
    # cause Y*): the nearest verb form before the participle
    before = next((t for t in reversed(tok.doc[tok.sent.start:tok.i])
                   if t.pos_ in ("VERB", "AUX")), None)
    return before is None or before.pos_ != "AUX"


# Verbs that send, give or announce aid: a noun *aide* under none of them is talked about
# (*dépendent de l'aide*, *le montant de l'aide nécessaire*), not given.
AID_VERBS = frozenset({"envoyer", "acheminer", "fournir", "livrer", "apporter", "accorder",
                       "octroyer", "débloquer", "offrir", "contenir", "expédier", "distribuer",
                       "annoncer", "décider", "promettre", "transporter", "prêter", "donner",
                       "verser", "ordonner", "mettre", "arriver", "parvenir", "poser",
                       "destiner", "préparer", "ouvrir", "consacrer", "allouer",
                       "confirmer"})


def _aid_given(sent: Span, trig: TriggerMatch) -> bool:
    """Whether an aid word names aid sent or granted: a verb of giving governs it."""
    tok = sent.doc[token_at(sent, trig.start, trig.end)]
    if tok.pos_ == "VERB" or any(c.lemma_.lower() in AID_VERBS for c in tok.children
                                 if c.dep_ in ("acl", "acl:relcl")):
        return True  # *a envoyé*, *un prêt … accordé au Bélarus*
    return any(anc.lemma_.lower() in AID_VERBS or anc.lower_ in ("envoi", "arrivée", "livraison")
               for anc in islice(tok.ancestors, 3))


def _content_of_another(sent: Span, triggers: list[TriggerMatch], trig: TriggerMatch) -> bool:
    """Whether a trigger is only the content of another speech act in its sentence.

    *exige que Pyongyang renonce*, *a exhorté Moscou à traduire en justice*, *a promis de
    résoudre*: the renouncing, the trial and the solution have not happened; the request or
    the promise is the event.  Only verbs in the infinitive or the subjunctive under such a
    trigger are content: a noun (*a dénoncé l'attaque*) may name an act that took place.
    Cooperation under a hostile act (*accusé de soutien au terrorisme*, *refuse de signer*)
    is content in any form, and so is anything threatened (*menacé d'imposer des droits de
    douane*: the threat is the act, the tariffs are not imposed).
    """
    tok = sent.doc[token_at(sent, trig.start, trig.end)]
    if trig.rule.type == "AGREE" and tok.pos_ == "VERB" and par_agent(tok):
        # *a jugé inacceptable l'accord négocié par Theresa May*: her own act, unless the
        # sentence tells the agreement itself (*ont convenu … d'un accord négocié par …*)
        return any(t.rule.type == "AGREE" and t is not trig for t in triggers)
    if tok.pos_ == "NOUN" and tok.dep_.startswith(("obj", "obl", "nmod")) and any(
            anc.lemma_ in DENIAL_VERBS for anc in islice(tok.ancestors, 3)):
        # *a rejeté ces accusations*, *balayant d'un revers de manche les accusations*:
        # the denial is the act
        return True
    if trig.rule.type in COOPERATIVE_TYPES:
        # *a accusé la France de soutien au terrorisme*; and what is asked or promised
        # (*a appelé la Chine à soutenir les Palestiniens*) has not been done
        takers = HOSTILE_TYPES | (CONTENT_TAKING_TYPES if _is_content_verb(tok) else set())
    elif trig.rule.type in YIELDING_TYPES and tok.pos_ == "NOUN":
        # *des appels à la désescalade*, *a exigé le retrait des troupes*: what is asked
        takers = frozenset({"THREATEN", "REQUEST"})
    elif tok.pos_ != "VERB" or not ("Inf" in tok.morph.get("VerbForm")
                                    or "Sub" in tok.morph.get("Mood")):
        takers = frozenset({"THREATEN"})  # *a menacé d'imposer des droits de douane*
    else:
        takers = CONTENT_TAKING_TYPES
    if any(t.rule.type == "THREATEN" and t.start < trig.end and trig.start < t.end
           for t in triggers if t.rule.type != trig.rule.type):
        return True  # *de possibles sanctions contre la Russie*: words shared with a threat
    # the head token of every other speech act of the sentence, by type
    others = [(t.rule.type, token_at(sent, t.start, t.end)) for t in triggers
              if t.rule.type in takers | CONTENT_TAKING_TYPES]
    heads = {i for type_, i in others if type_ in takers and type_ != trig.rule.type}
    if any(anc.i in heads for anc in tok.ancestors):
        return True
    speech = {i for type_, i in others if type_ in CONTENT_TAKING_TYPES}
    if que_clause(tok) and tok.head.i in speech:
        return True  # *a souhaité que le Premier ministre exhorte les agences à …*
    # *a appelé Moscou à renoncer à ses plans d'intervention militaire*: a noun inside a
    # verb that is itself content (asked, promised) is content too
    speech -= {i for type_, i in others if type_ == trig.rule.type}
    return tok.pos_ == "NOUN" and any(_is_content_verb(anc) and any(
        a.i in speech for a in anc.ancestors) for anc in tok.ancestors)


def _is_content_verb(tok: Token) -> bool:
    """An infinitive (also a past one: *d'avoir fomenté*) or a subjunctive."""
    return tok.pos_ == "VERB" and (
        "Inf" in tok.morph.get("VerbForm") or "Sub" in tok.morph.get("Mood")
        or any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm")
               for c in tok.children))
