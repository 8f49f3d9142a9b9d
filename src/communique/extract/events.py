"""From a trigger and the sentence's participants to a coded event.

Who acts on whom is read from the dependency parse where it is usable (the
subject of the trigger's verb is the actor side, a passive's *par* agent
too), with a linear fallback because the French model often misparses long
wire sentences: mentions before the trigger are the actor side, mentions
after it the recipient side.  Reading a clause despite the parser's misparses (lost
subjects, inverted pronouns, agents) is :mod:`communique.extract.clauses`'s job; who says
a quotation is :mod:`communique.extract.speech`'s; meetings and visits, with CONSULT's own
conventions (codebook §3, §7), are :mod:`communique.extract.meetings`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from communique.extract.actors import Memory, Participant, resolve_pronoun
from communique.extract.clauses import (
    SUBJECT_DEPS,
    agent_tokens,
    bare_participle,
    fronted_comparison,
    is_passive,
    que_clause,
    quote_span,
    quoted_before,
    subject_descriptions,
    subject_tokens,
)
from communique.extract.lexicon import TriggerRule
from communique.extract.meetings import (
    PAIR_TYPES,
    meets_there,
    nominal_visit,
    paired,
    venue,
    visited_places,
)
from communique.extract.mentions import (
    Sides,
    first_group,
    is_party,
    listed,
    polities_of,
    within,
)
from communique.extract.speech import (
    SAID_TYPES,
    incise_speaker,
    obligation_sides,
    quote_speaker,
    told_by_speaker,
)
from communique.extract.status import verb_group
from communique.models import Event

JOINT_WORDS = ("deux parties", "deux pays", "deux dirigeants", "deux ministres", "deux chefs",
               "deux capitales", "deux villes", "deux côtés", "deux nations", "deux hommes",
               "deux présidents", "deux voisins", "deux camps", "deux états", "deux etats",
               "deux armées", "les deux", "des deux ", "ils ", "leurs ")
# Types where a place after *à*/*au* is what the act is aimed at (aid sent *au Liban*,
# troops deployed *en Méditerranée* near a country, a pledge *au Yémen*), not only where it
# happened.
LOCATIVE_RECIPIENT_TYPES = frozenset({"AID", "MOBILIZE", "ASSAULT", "COERCE", "AGREE"})
JOINT_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT", "ASSAULT", "MOBILIZE",
                         "ACCUSE", "THREATEN"})


# Acts whose grammatical subject, in the passive, is the side acted upon.
PATIENT_SUBJECT_TYPES = frozenset({"COERCE", "RETREAT", "ASSAULT", "SANCTION",
                                   "PROTEST"})


# Subjects that are no side (codebook §7): *les Occidentaux*, *la communauté internationale*,
# NGOs, experts, crowds. With such a subject and no polity in it, nothing is guessed.
NON_SIDES = frozenset({"occidentaux", "communauté", "ong", "experts", "expert", "analystes",
                       "analyste", "médias", "observateurs", "manifestants", "militants",
                       "opposition", "opposants", "chercheur", "chercheurs"})


def _non_side_subject(sent: Span, subj: set[int], parts: list[Participant]) -> bool:
    """Whether the subject is a non-side (*Les Occidentaux accusent Téhéran …*)."""
    if not subj or any(within(p, subj) for p in parts):
        return False
    return any(sent.doc[i].lower_ in NON_SIDES and _subject_head(sent.doc[i]) for i in subj)


def _subject_head(tok: Token) -> bool:
    """Whether a noun heads the subject, also under quantities (*plusieurs dizaines de
    milliers de manifestants*)."""
    while tok.dep_ == "nmod" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS


# What a side proposes, signs or announces: acts on *ce plan* are acts toward its owners.
PROPOSALS = frozenset({"plan", "accord", "initiative", "annonce", "proposition", "projet",
                       "décision", "traité", "vision", "résolution", "mesure", "loi"})


def owners(noun: Token, parts: list[Participant]) -> list[Participant]:
    """The polities a proposal noun names as its own (*le plan américain*, *l'accord entre
    Bahreïn et Israël*), not those in a clause about it (*qui prévoit l'annexion par Israël*)."""
    if noun.lemma_.lower() not in PROPOSALS or _determined(noun, DEMONSTRATIVES):
        return []
    clauses = {t.i for c in noun.children if c.dep_ in ("acl", "acl:relcl")
               for t in c.subtree}
    phrase = {t.i for t in noun.subtree} - clauses
    return [p for p in parts if is_party(p) and within(p, phrase)]


DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
POINTING = DEMONSTRATIVES | {"le", "la", "l'", "les"}  # *ce plan*, *l'initiative*


def _determined(noun: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "det" and c.lower_ in words for c in noun.children)


def _owned_object(verb: Token, memory: Memory, parts: list[Participant]) -> list[Participant]:
    """The owners of the proposal a verb's clause speaks of when it is only pointed at
    (*rejettent en bloc ce plan*, *ont affirmé que l'initiative était sans effet*, told
    after *le plan américain*, *une initiative américaine*)."""
    for tok in verb.subtree:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in memory.owned or not _determined(tok, POINTING):
            continue
        phrase = {t.i for t in tok.subtree}
        if any(c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > tok.i for c in tok.children):
            continue  # *le plan d'annexion* is another plan than *le plan américain* told before
        if not any(within(p, phrase) for p in parts):  # *l'accord entre X et Y* names its own
            return list(memory.owned[lemma])
    return []


def _targeted(part: Participant, sent: Span) -> bool:
    """Whether a mention sits in a *contre …* phrase: the target, never the actor."""
    doc = sent.doc
    for tok in doc[max(sent.start, part.start - 4):part.start]:
        if tok.lower_ == "contre":
            return not any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1:part.start])
    return False


def _in_phrase(part: Participant, sent: Span) -> bool:
    """Whether a mention hangs from a preposition, itself or the list it is in: *Après
    l'Allemagne, les Etats-Unis, l'UE et le G7, Macron a demandé …* lists no subject."""
    doc = sent.doc
    root = next((doc[i] for i in range(part.start, part.end)
                 if not part.start <= doc[i].head.i < part.end), None)
    if root is None:
        return False
    for _ in range(6):
        if any(c.dep_ == "case" for c in root.children):
            return True
        if root.dep_ != "conj" or root.head.i == root.i:
            return False
        root = root.head
    return False


def _whole_list(found: list[Participant], usable: list[Participant], sent: Span
                ) -> list[Participant]:
    """The subject's mentions with the rest of their list: the parser often hangs the first
    item of *Le Royaume-Uni, les Etats-Unis, l'Australie et le Canada ont …* elsewhere."""
    if not found:
        return found
    ordered = sorted(usable, key=lambda p: p.start)
    first, last = ordered.index(found[0]), ordered.index(found[-1])
    while first > 0 and not ordered[first - 1].locative and \
            not _in_phrase(ordered[first - 1], sent) and \
            listed(ordered[first - 1], ordered[first], sent):
        first -= 1
    while last + 1 < len(ordered) and not ordered[last + 1].locative and \
            not _in_phrase(ordered[last + 1], sent) and \
            listed(ordered[last], ordered[last + 1], sent):
        last += 1
    extra = [p for p in ordered[first:last + 1] if p not in found]
    return sorted(found + extra, key=lambda p: p.start)


def _subject_elsewhere(part: Participant, sent: Span, verb: Token, *, asked: bool = False
                       ) -> bool:
    """Whether a mention is the subject of another verb (*… ont promis 225 millions et
    l'Allemagne a annoncé 125 millions*): it acts in its own clause, it is not our target.
    ``asked``: the verb asks or wishes, and the subject of its *que* clause (*souhaite que
    la Biélorussie continue*) is the one asked."""
    for tok in sent.doc[part.start:part.end]:
        if tok.dep_ in SUBJECT_DEPS and tok.head.i != verb.i and tok.head.pos_ in (
                "VERB", "AUX") and not any(c.dep_ == "case" for c in tok.children) \
                and not (asked and tok.head.head.i == verb.i and que_clause(tok.head)):
            return True  # (a "subject" with a preposition, *avec le président*, is a misparse)
    # *… de possibles sanctions et Berlin a même indiqué …*: the parser joins the name to
    # the object, but *et X a* opens a clause of its own
    after = sent.doc[part.end] if part.end < sent.end else None
    before = sent.doc[part.start - 1] if part.start > sent.start else None
    return after is not None and before is not None and before.lower_ in ("et", ",", "mais") \
        and after.lower_ in CLAUSE_AUX and part.end - 1 != verb.i


CLAUSE_AUX = frozenset({"a", "ont", "avait", "avaient", "va", "vont", "est", "sont", "était",
                        "étaient"})


def _owner_demonym(trigger: Token, parts: list[Participant]) -> Participant | None:
    """The nationality adjective of a nominal act: *l'offensive turque*, *les sanctions
    américaines*, *l'aide française* — that polity does the act."""
    if trigger.pos_ != "NOUN":
        return None
    for p in parts:
        if p.kind == "demonym" and p.end - p.start == 1 and \
                p.start in (trigger.i + 1, trigger.i + 2):
            tok = trigger.doc[p.start]
            if tok.dep_ == "amod" and tok.head.i == trigger.i:
                return p
    return None


# Nouns of help, whose *de* complement gives it (*le soutien de Cuba*, *l'aide du Japon*).
HELP_NOUNS = frozenset({"soutien", "appui", "aide"})
# Verbs whose subject receives the support or aid a noun names (*jouit du soutien de Cuba*).
RECEIVING_VERBS = frozenset({"jouir", "bénéficier", "recevoir", "obtenir", "disposer"})


def _support_received(trigger: Token, parts: list[Participant]) -> Sides | None:
    """*Maduro jouit du soutien de Cuba, de la Chine et de la Russie*: those named after the
    noun give it, the subject of the receiving verb gets it."""
    if trigger.pos_ != "NOUN" or trigger.lemma_ not in HELP_NOUNS:
        return None
    verb = verb_group(trigger)
    if verb.lemma_ not in RECEIVING_VERBS:
        return None
    phrase = {t.i for t in trigger.subtree if t.i > trigger.i}
    subj = {t.i for t in subject_tokens(verb)}
    givers = [p for p in parts if within(p, phrase) and is_party(p)]
    getters = [p for p in parts if within(p, subj) and p.polity not in polities_of(givers)]
    return Sides(actor=givers, recipient=getters) if givers and getters else None


def _denial_of_previous(trigger: Token, sent: Span, parts: list[Participant]) -> Sides | None:
    """*… accusent l'Iran d'être derrière l'attaque, ce que Téhéran dément*: the one who
    denies is named between *ce que* and the verb; the denial answers the sentence's
    earlier parties (read from word order: the parser mangles these tails)."""
    doc = sent.doc
    start = max(sent.start, trigger.i - 6)
    ce = next((t.i for t in doc[start:trigger.i] if t.lower_ == "ce" and t.i + 1 < sent.end
               and doc[t.i + 1].lower_ in ("que", "qu'", "qu’")), None)
    if ce is None:
        return None
    actor = [p for p in parts if ce + 1 < p.start < trigger.i and p.kind != "place"]
    if not actor:
        return None
    codes = polities_of(actor)
    earlier = [p for p in parts if p.end <= ce and is_party(p) and p.polity not in codes]
    return Sides(actor=actor, recipient=earlier)


def assign_sides(rule: TriggerRule, trigger: Token, sent: Span, parts: list[Participant],
                 memory: Memory, main: list[str]) -> Sides:
    """Actor and recipient participants for one trigger in one sentence."""
    if rule.type in PAIR_TYPES and (trigger.pos_ == "NOUN" or rule.role == "joint"):
        pair = paired(trigger, sent, parts)
        if pair:
            return Sides(actor=pair, joint=True)
    if rule.type == "CONSULT" and rule.mode == "visit" and trigger.pos_ == "NOUN":
        visit = nominal_visit(trigger, sent, parts)
        if visit is not None:
            return visit
    if rule.type == "REJECT":
        denial = _denial_of_previous(trigger, sent, parts)
        if denial is not None:
            return denial
    received = _support_received(trigger, parts)
    if received is not None:
        return received
    owned = _owner_demonym(trigger, parts)
    if owned is not None:
        taken = owned.polity
        # *contre les forces kurdes au nord-est de la Syrie*: the noun's phrase, read from the
        # parse and, where the parser cuts it short, up to the next comma or verb
        stop = next((t.i for t in sent.doc[trigger.i + 1:sent.end]
                     if t.text in (",", ";", ".") or t.pos_ in ("VERB", "AUX")), sent.end)
        phrase = {t.i for t in trigger.subtree} | set(range(trigger.i + 1, stop))
        after = [p for p in parts if p.start > trigger.i and p.polity != taken
                 and within(p, phrase)
                 and p.kind != "place" and (not p.locative or rule.type in
                                            LOCATIVE_RECIPIENT_TYPES)]
        return Sides(actor=[owned], recipient=first_group(after, sent))
    if rule.name == "request.obligation":
        return obligation_sides(trigger, sent, parts, memory)
    quote = quote_span(trigger, sent)
    if quote is not None and (rule.type in SAID_TYPES or told_by_speaker(trigger)):
        # a quoted act is the speaker's: the people named inside the quote are its targets;
        # a deed the quote tells of is the speaker's only when told in the first person
        # (*« Nous allons réduire nos forces »*, not *« L'appareil contient de l'aide »*)
        speaker = quote_speaker(sent, quote, parts, memory)
        if speaker:
            inside = [p for p in parts if quote[0] <= p.start < quote[1] and p.kind != "place"
                      and p.polity not in polities_of(speaker)]
            # the first list after the verb (*« Les États-Unis remercient le Royaume-Uni, la
            # France et l'Allemagne, pour … l'Iran … »*), else whoever the quote names
            after = [p for p in inside if p.start > trigger.i]
            return Sides(actor=speaker, recipient=first_group(after, sent) or inside)
    verb = verb_group(trigger)
    subj = {t.i for t in subject_tokens(verb)}
    agent = {t.i for t in agent_tokens(verb)}
    sides = Sides()
    nominal = {t.i for t in agent_tokens(trigger)} if trigger.pos_ == "NOUN" else set()
    # A meeting's place is where it happened, not a party to it (*sommet à Singapour*);
    # only a visit makes the place's polity the host (*s'est rendu en Corée du Sud*).
    visit = rule.type == "CONSULT" and rule.mode == "visit"
    # the narrator's act takes no side from what someone was quoted saying before it
    # (*« … Daech en Syrie », a déclaré le chef de l'État après avoir reçu X*); a quotation
    # after the verb may be its object (*a dénoncé une annonce « … des Etats-Unis »*)
    quoted = quoted_before(sent, trigger)
    usable = [p for p in parts if p.kind != "place"
              and (not p.locative or rule.type != "CONSULT" or visit or meets_there(p, rule))
              and not (rule.type == "CONSULT" and not visit and venue(p, sent))
              and not within(p, quoted)]
    if nominal and any(within(p, nominal) for p in usable):
        # *le plan prévoit l'annexion par Israël de la vallée du Jourdain*: the noun's agent
        # acts, on what its phrase names; the clause's subject is not a side of it
        sides.actor = [p for p in usable if within(p, nominal)]
        phrase = {t.i for t in trigger.subtree} - nominal
        sides.recipient = [p for p in parts if within(p, phrase) and p.polity not in
                           sides.actor_codes and (is_party(p) or rule.type in
                                                  LOCATIVE_RECIPIENT_TYPES)]
        return sides
    described = _described_noun(verb) if rule.type in PATIENT_SUBJECT_TYPES else set()
    if described:
        subj = described  # *les dix soldats indiens capturés*: the noun undergoes the act
    if agent:
        sides.actor = [p for p in usable if within(p, agent)]
        sides.recipient = [p for p in usable if within(p, subj)]
        # *signé … par 195 pays*: an agent that names no polity is no side to guess
        sides.no_side = not sides.actor and all(
            t.pos_ != "PROPN" for t in sent.doc if t.i in agent)
    elif (is_passive(verb) or described) and subj and rule.type in PATIENT_SUBJECT_TYPES:
        # *Les dix soldats indiens capturés ont été libérés*: the subject undergoes the act;
        # the actor is named elsewhere (*détenu au Japon*) or is the other side of the story
        sides.recipient = [p for p in usable if within(p, subj)]
        taken = {id(p) for p in sides.recipient}
        # the subject of another clause acts there, not here (*les manifestants ont été
        # relâchés mais les diplomates de l'UE ont demandé …*)
        elsewhere = {t.i for s in sent if s.dep_ in SUBJECT_DEPS and s.head is not verb
                     for t in s.subtree}
        others = [p for p in usable if id(p) not in taken and p.polity not in
                  polities_of(sides.recipient) and not within(p, elsewhere)]
        sides.actor = others[:1]
        return sides
    elif subj:
        sides.actor = _whole_list([p for p in usable if within(p, subj) and not p.locative],
                                  usable, sent)
    subj_text = " ".join(sent.doc[i].lower_ for i in sorted(subj))
    if not subj:  # the parser lost the subject: read the words just before the verb
        subj_text = " ".join(t.lower_ for t in sent.doc[max(sent.start, trigger.i - 5):trigger.i])
    if not sides.actor:
        pron = next((sent.doc[i] for i in sorted(subj) if sent.doc[i].pos_ == "PRON"), None)
        focus = resolve_pronoun(pron, memory, parts) if pron is not None else None
        if focus is not None:
            sides.actor = [focus]
        elif pron is not None and pron.lower_.lstrip("-") in ("ils", "elles") and memory.group:
            sides.actor = list(memory.group)  # *Ils ont demandé à l'Iran …*: the last group
        elif re.search(r"\b(?:ce dernier|cette dernière|celui-ci|celle-ci)\b", subj_text):
            # *ce dernier a accepté*: the last person named, in this sentence or before
            start = min(subj, default=trigger.i)  # the parser may have lost the subject
            earlier = [p for p in usable if p.kind == "person" and p.end <= start]
            last = earlier[-1] if earlier else memory.last_named
            sides.actor = [last] if last is not None else []
        elif any(w in subj_text + " " for w in JOINT_WORDS) and rule.type in JOINT_TYPES:
            sides.joint = True
    authored = _author_of(trigger)
    author = [p for p in usable if within(p, authored) and is_party(p)]
    if author and not sides.joint:
        sides.actor = author  # *les menaces de Kim Yo Jong*: the noun tells whose act it is
        # each *de* its own author (*critiques de l'UE, de l'ONU et de …*): separate acts
        sides.apart = len(polities_of(author)) > 1 and sum(
            sent.doc[i].lower_ in DE_FORMS and sent.doc[i].dep_ == "case"
            for i in authored) > 1
    if not sides.actor and rule.type in SAID_TYPES and not any(within(p, subj) for p in parts):
        # *Toute annexion serait une « déclaration de guerre », a averti le Hamas*: an act
        # with no side in its subject, reported by a speaker told after it, is the speaker's
        sides.actor = incise_speaker(sent, trigger.i, usable)
    if not sides.actor and _non_side_subject(sent, subj, parts):
        sides.no_side = True  # *Les Occidentaux accusent Téhéran*: nobody to code as actor
    elif not sides.actor and not sides.joint:
        compared = fronted_comparison(sent)
        # a participle set between commas says who helps or backs the subject, not who acts
        # (*La Grèce et Chypre, soutenus par la France, accusent …*)
        incidental = {t.i for tok in sent if tok.dep_ in ("acl", "advcl") and tok is not verb
                      and "Part" in tok.morph.get("VerbForm") and trigger not in tok.subtree
                      and tok.i > 0 and tok.nbor(-1).text == "," for t in tok.subtree}
        before = [p for p in usable if p.end <= trigger.i and not p.locative
                  and p.start not in compared and not within(p, incidental)]
        if before:
            # the closest group of mentions before the trigger: "X et Y ont signé", and the
            # list it ends (*la France, l'Allemagne et le Royaume-Uni ont accusé*)
            last = before[-1]
            group = [p for p in before if last.start - p.end <= 3 or p is last]
            for p in reversed([p for p in before if p.end <= group[0].start]):
                if not listed(p, group[0], sent):
                    break
                group.insert(0, p)
            if all(_targeted(p, sent) for p in group):
                sides.recipient = group  # *des sanctions contre des responsables chinois*
            else:
                sides.actor = group
    if not sides.recipient and verb.dep_ == "acl:relcl":
        # *… de Téhéran, que Manama accuse d'instrumentaliser …*: the antecedent of *que*
        # is what the act is aimed at
        rel = next((c for c in verb.children if c.lower_ in ("que", "qu'") and c.i < verb.i),
                   None)
        prev = next((t for t in reversed(sent.doc[sent.start:rel.i]) if not t.is_punct),
                    None) if rel is not None else None
        if prev is not None:
            sides.recipient = [p for p in usable if p.start <= prev.i < p.end
                               and p.polity not in sides.actor_codes]
    if not sides.recipient:
        taken = {id(p) for p in sides.actor}
        described = subject_descriptions(verb)
        # with the act noun's author acting, the subject is free to be its target (*le plan
        # israélien suscite des critiques de l'UE*)
        others = [p for p in usable if id(p) not in taken and (author or not within(p, subj))
                  and not within(p, described)
                  and not (within(p, authored) and p.polity in sides.actor_codes)
                  and not _topic(p, sent)
                  and (not p.locative or rule.type in LOCATIVE_RECIPIENT_TYPES or visit
                       or meets_there(p, rule))
                  and not _subject_elsewhere(p, sent, verb, asked=rule.type == "REQUEST")]
        clause = {t.i for t in verb.subtree}
        in_clause = [p for p in others if within(p, clause)]
        after = [p for p in others if p.start >= trigger.i]
        # the target follows the verb in French; a fronted phrase (*Après l'Allemagne et
        # l'UE, Macron a demandé …*) is context
        pool = [p for p in in_clause if p.start >= trigger.i] or after or in_clause
        # a visit lists the hosts met (*A, les présidents des deux chambres, ainsi que …*),
        # up to the next verb (*… a rencontré Trump et s'est entretenu avec Rohani*)
        sides.recipient = first_group(pool, sent, loose=rule.type == "CONSULT")
        if not sides.recipient and rule.type in OWNER_TARGET_TYPES:
            sides.recipient = [p for p in _owned_object(verb, memory, parts)
                               if p.polity not in sides.actor_codes]
    hosts = visited_places(trigger, sent, parts) if visit else []
    if hosts and not set(polities_of(hosts)) & set(sides.actor_codes):
        sides.recipient = hosts  # *En visite à Prague, le ministre grec …*
        # the visitor is the subject, or (the parser hung it on the fronted phrase) whoever
        # the sentence names first
        sides.actor = sides.actor or [p for p in usable if is_party(p)
                                      and p.polity not in polities_of(hosts)][:1]
    if sides.joint:
        everyone = [p for p in usable if not p.locative or meets_there(p, rule)] or usable
        if "deux " in subj_text and len(main) >= 2:
            # *les deux dirigeants ont convenu …* names the passage's two sides; a third
            # polity in the sentence is what they talked about
            everyone = [p for p in everyone if p.polity in main[:2]]
        sides.actor = everyone
        sides.recipient = []
        if len(polities_of(everyone)) < 2 and len(main) >= 2:
            sides.actor = everyone + [Participant(-1, -1, c, "state") for c in main[:2]
                                      if c not in polities_of(everyone)]
    # *X a reçu Y*, *Y a été reçu par X*; a passive whose *par* phrase the parser hung
    # elsewhere already has the one received as its subject, the actor
    if rule.role == "inverse" and sides.recipient and (agent or not is_passive(verb)):
        sides.actor, sides.recipient = sides.recipient, sides.actor
    if rule.role == "joint" and not sides.joint and (sides.recipient_codes or len(
            sides.actor_codes) > 1):
        # signing is mutual: *X a signé avec Y* lists both sides as actors (codebook §3)
        sides.joint = True
        sides.actor = sides.actor + sides.recipient
        sides.recipient = []
    if rule.name == "agree.commit" and not sides.joint and len(sides.actor_codes) > 1 and \
            within(sides.actor[0], subj):
        # *Les Emirats et Israël ont convenu de …*: a commitment the subject's parties share
        sides.joint = True
        sides.recipient = []
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubj:pass") and \
            not sides.actor and not sides.joint:
        # an act told by a noun that is the subject of its clause, with no author (*les appels
        # à sanctionner la Russie se multipliaient en Occident*): nobody is said to act
        sides.no_side = True
    undergoes = _undergoer_of(trigger)
    if undergoes and any(within(p, undergoes) for p in sides.actor) and not sides.joint:
        # *Durant la convocation de l'ambassadeur allemand, …, le ministère a exigé*: the one
        # summoned is acted on, whatever the parser made the clause's subject
        sides.recipient = [p for p in usable if within(p, undergoes)]
        sides.actor = [p for p in sides.actor if not within(p, undergoes)
                       and p.polity not in polities_of(sides.recipient)]
    if rule.type in NAMED_TARGET_TYPES and trigger.pos_ == "NOUN" and trigger.dep_ != "obj":
        # *le plan d'annexion suscite des critiques de l'UE*: a seizure told by a noun names
        # its target in its own phrase (*l'annexion de la Cisjordanie*), not in the clause
        own = {t.i for t in trigger.subtree}
        sides.recipient = [p for p in sides.recipient if p.start < 0 or within(p, own)]
    return sides


def _described_noun(verb: Token) -> set[int]:
    """The phrase of the noun a bare past participle describes (*les soldats indiens
    capturés*), without the participle's own words; empty for any other verb."""
    if verb.dep_ not in ("acl", "amod") or verb.head.pos_ not in ("NOUN", "PROPN") or \
            not bare_participle(verb):
        return set()
    return {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}


def _topic(part: Participant, sent: Span) -> bool:
    """A polity a noun is about (*un groupe de contact sur la Syrie*, *la conférence sur la
    Libye*): the subject matter, not a side."""
    doc = sent.doc
    i = part.start - 1
    while i > sent.start and doc[i].pos_ == "DET":
        i -= 1
    head = doc[part.start].head
    return doc[i].lower_ == "sur" and doc[part.start].dep_ == "nmod" and head.pos_ == "NOUN"


# Nouns of an act whose *de* complement is its author (*l'aide du Japon au Vietnam*, *les
# menaces de Kim Yo Jong*), not its target as for *l'arrestation de X*.
AUTHOR_NOUNS = HELP_NOUNS | {"assistance", "solidarité", "menace", "menaces", "critique",
                             "critiques", "accusation", "accusations", "appel", "appels",
                             "avertissement", "avertissements"}


DE_FORMS = frozenset({"de", "du", "des", "d'"})
# Nouns of an act whose *de* complement undergoes it (*la convocation de l'ambassadeur*,
# *l'expulsion de diplomates*, *l'arrestation de X*).
PATIENT_NOUNS = frozenset({"convocation", "expulsion", "arrestation", "détention",
                           "libération", "extradition", "capture", "enlèvement"})


def _undergoer_of(trigger: Token) -> set[int]:
    """The *de* complement of a patient noun, with its apposition (*l'ambassadeur allemand,
    Geza Andreas von Geyr*): who is summoned, expelled or held."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in PATIENT_NOUNS:
        return set()
    child = _de_complement(trigger)
    if child is None:
        return set()
    out = {t.i for t in child.subtree}
    end = child.right_edge.i + 1
    doc = trigger.doc
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PER":
        out |= {t.i for t in doc[end + 1:end + 6] if t.ent_type_ == "PER"}
    return out


def _author_of(trigger: Token) -> set[int]:
    """The *de* complement of an act noun (*le soutien du peuple vietnamien à la cause … du
    peuple cubain*, *les menaces de Kim Yo Jong*), without what hangs on it after (*à la
    cause …*): whose act it is, not at whom it is aimed."""
    if trigger.lower_ not in AUTHOR_NOUNS:
        return set()
    doc = trigger.doc
    for tok in doc[trigger.i + 1:min(trigger.i + 8, trigger.sent.end - 2)]:
        if tok.text in (",", ";", ".") or tok.pos_ in ("VERB", "AUX"):
            break
        if (tok.lower_ == "provenance" and tok.nbor(-1).lower_ == "en") or (
                tok.lower_ == "part" and tok.nbor(-1).lower_ == "la"):
            # *des appels à la désescalade en provenance de l'Europe, des Etats-Unis …*
            head = next((t for t in doc[tok.i + 1:tok.i + 4] if t.dep_ != "case"
                         and t.pos_ in ("PROPN", "NOUN")), None)
            if head is not None:
                return {t.i for t in head.subtree if t.i > tok.i}
    child = _de_complement(trigger)
    if child is None:
        return set()
    end = min((g.i for g in child.children if g.i > child.i and g.dep_ in (
        "nmod", "acl", "acl:relcl")), default=child.right_edge.i + 1)
    return {t.i for t in child.subtree if t.i < end} | _more_authors(trigger.doc, end)


def _de_complement(noun: Token) -> Token | None:
    """The head of the first *de* phrase after a noun (*la convocation de l'ambassadeur*)."""
    return next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and any(
        g.dep_ == "case" and g.lower_ in DE_FORMS for g in c.children)), None)


def _more_authors(doc: Doc, i: int) -> set[int]:
    """Authors listed on after the first (*critiques de l'UE, de l'ONU et de plusieurs pays
    arabes*), which the parser hangs anywhere but on the noun."""
    out: set[int] = set()
    while i + 1 < len(doc) and doc[i].text in (",", "et", "ou") and \
            doc[i + 1].lower_ in DE_FORMS:
        head = doc[i + 1].head
        if head.i <= i + 1:
            break
        out |= {t.i for t in head.subtree if t.i > i}
        i = head.right_edge.i + 1
    return out


# Acts aimed at a proposal are aimed at whoever made it (*ont rejeté ce plan*).
OWNER_TARGET_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT"})
BENEFICIARY_TYPES = frozenset({"AID"})
# Material acts against a side are coded only when that side is named in the sentence: the
# story's other polity is too often the wrong guess (protests and arrests at home).
NAMED_TARGET_TYPES = frozenset({"COERCE"})


def fill_counterpart(sides: Sides, main: list[str], rule: TriggerRule, *,
                     story: list[str] | None = None) -> None:
    """In a bilateral article, a directed act with no named target is aimed at the other side.

    ``main`` ranks the polities of the passage, ``story`` those of the whole story.  Aid
    and pledges with no named beneficiary go to the story's main polity (the country a
    donor conference or a disaster story is about), other acts to the passage's other side.
    """
    if sides.joint or sides.no_side or len(main) < 2:
        return
    # a seizure names its target; the other side seized them only when they are that
    # side's nationals (*les dix soldats indiens capturés*), not a state's own arrests
    nationals = all(p.kind in ("demonym", "person") for p in sides.recipient)
    if not sides.actor_codes and len(sides.recipient_codes) == 1 and \
            sides.recipient_codes[0] in main[:2] and rule.type != "ACCUSE" and \
            (rule.type not in NAMED_TARGET_TYPES or nationals):
        # a passive with no agent named (*ont été arrêtés*) is the other side's act; not a
        # criticism (*est très critiqué*), whose critics are anyone (codebook §7)
        target = sides.recipient_codes[0]
        sides.actor = [Participant(-1, -1, main[1] if target == main[0] else main[0], "state")]
        return
    if sides.recipient_codes or rule.type in NAMED_TARGET_TYPES:
        return
    if sides.recipient and all(p.kind in ("demonym", "body") for p in sides.recipient):
        return  # aimed at the actor's own people (*a appelé les députés britanniques à …*)
    codes = sides.actor_codes
    if len(codes) == 1 and (rule.type in BENEFICIARY_TYPES or rule.name == "agree.pledge"):
        target = next((c for c in (story or main) if c not in codes), None)
        if target:
            sides.recipient = [Participant(-1, -1, target, "state")]
    elif len(codes) == 1 and codes[0] in main[:2]:
        other = main[1] if codes[0] == main[0] else main[0]
        sides.recipient = [Participant(-1, -1, other, "state")]


# Acts each side of a list performs on its own: every donor sends its own aid.
PER_ACTOR_TYPES = frozenset({"AID"})


def split_acts(event: Event) -> list[Event]:
    """One event per act the sentence tells (codebook §3 granularity).

    *Il a rencontré le Premier ministre A, les présidents des deux chambres du
    Parlement, ainsi que des responsables de partis* tells three meetings; a
    joint meeting (nobody visits) or a single host stays one event.  *La République
    tchèque, la Grèce et Chypre ont envoyé des secours* tells three deliveries.
    """
    if (event.type in PER_ACTOR_TYPES or event.extras.get("apart")) and \
            len(event.actor) > 1 and event.recipient:
        return [replace(event, actor=(code,), actor_names=()) for code in event.actor]
    if event.type != "CONSULT" or event.mode != "visit":
        return [event]
    if len(event.recipient) > 1:  # a tour: *se rendre en Italie, en Belgique et au Canada*
        return [replace(event, recipient=(code,), recipient_names=(), location=None,
                        location_country=code)
                for code in event.recipient]
    if len(event.recipient_names) < 2:
        return [event]
    return [replace(event, recipient_names=(name,)) for name in event.recipient_names]
