"""Event status (codebook §3 and §7): occurred, future, historical, hypothetical, negated.

Read from the trigger's verb group (tense, mood, negation), cue words, and the
event date against the publication date: an act dated more than seven days
before publication is ``historical``; an undated pluperfect is background
(``historical``); without a publication date only an explicit year counts.
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Token

from communique.extract.clauses import SPEECH_VERBS
from communique.extract.dates import is_recent

NEGATIONS = frozenset({"pas", "jamais", "rien", "aucun", "aucune", "nullement", "guère", "plus"})
ANNOUNCE_HEADS = frozenset({"annoncer", "décider", "ordonner", "prévoir", "envisager",
                            "projeter", "intention", "annoncé", "décidé", "ordonné"})
FUTURE_HEADS = frozenset({"aller", "devoir", "prévoir", "envisager", "compter", "projeter"})
BACKGROUND_CUES = re.compile(r"\b(?:à l'époque|en \d{4}|depuis \d{4}|il y a \d+ ans)\b")
# A time of the news day: a pluperfect with it (*qui avait appelé … dans la matinée*) tells
# what came earlier that day, within the seven days of ``occurred`` (codebook §7).
SAME_DAY_CUES = re.compile(r"\b(?:dans la matinée|dans l'après-midi|dans la soirée|"
                           r"plus tôt dans la journée|ce matin|cet après-midi)\b")


def verb_group(token: Token) -> Token:
    """The verb of a trigger word: itself, or the verb that governs the noun (*a eu une séance
    de travail* -> *eu*); its tense gives the status and its arguments the sides."""
    tok = token
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    return tok


def _aux(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]


# Verbs whose negation says the act was done, and often (*n'a pas tari d'éloges*, *n'a
# cessé d'accuser*, *n'a pas manqué de saluer*).
AFFIRMING_NEGATIONS = frozenset({"tarir", "cesser", "manquer"})


def is_negated(verb: Token) -> bool:
    """*n'a pas signé*, *n'ont rien promis*: a negation adverb on the trigger's own verb."""
    if verb.lemma_ in AFFIRMING_NEGATIONS:
        return False
    children = list(verb.children)
    return any(c.lower_ in NEGATIONS and c.dep_ in ("advmod", "obj", "det", "nsubj")
               for c in children) and any(c.lower_ in ("ne", "n'", "n’") for c in children)


# Every French simple future has an *r* before its ending (*sera*, *signeront*, *ira*).
FUTURE_FORM = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")
FUTURE_ENDING = re.compile(
    r"\w{2,}(?:e|i)r(?:ai|as|a|ons|ez|ont)|(?:se|au|fe|pour|dev|viend|tiend|voud|i)r(?:a|ont)")


def is_future(verb: Token) -> bool:
    """Future tense, or a future periphrasis (*va signer*, *doit se rendre*).

    The French model often tags simple futures as present (*signeront*), so the
    ending is checked too.
    """
    if "Fut" in verb.morph.get("Tense") and FUTURE_FORM.search(verb.lower_):
        return True  # not *discute*, which the tagger sometimes calls a future
    if verb.pos_ in ("VERB", "AUX") and FUTURE_ENDING.fullmatch(verb.lower_):
        return True
    for aux in _aux(verb):
        if "Fut" in aux.morph.get("Tense"):
            return True
    head = verb.head
    # *sera jeudi le premier chef d'Etat à se rendre à Beyrouth*: the future is on the
    # copula of the noun phrase the infinitive completes
    if "Inf" in verb.morph.get("VerbForm") and verb.dep_ == "acl" and any(
            c.lemma_ == "être" and ("Fut" in c.morph.get("Tense")
                                    or FUTURE_ENDING.fullmatch(c.lower_))
            for tok in islice(verb.ancestors, 2) for c in tok.children):
        return True
    if "Inf" in verb.morph.get("VerbForm") and head.lemma_ == "pouvoir" and \
            "Cnd" in head.morph.get("Mood") and not _aux(head):
        return True  # *pourrait dévoiler mardi*: what may come, dated ahead
    # *va signer*, *doit se rendre*, *prévoit de signer*
    return "Inf" in verb.morph.get("VerbForm") and head.lemma_ in FUTURE_HEADS and not (
        "Past" in head.morph.get("Tense") or "Imp" in head.morph.get("Tense"))


def is_background(verb: Token) -> bool:
    """*avait signé*, *s'était rendu*, and the imperfect *accusait*, or *a déjà menacé*: told
    as background to the news."""
    if any(a.lemma_ in ("avoir", "être") and "Imp" in a.morph.get("Tense") for a in _aux(verb)):
        return True
    if "Imp" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm") and \
            verb.pos_ == "VERB":
        return True
    return any(c.lower_ == "déjà" for c in verb.children)


def is_conditional_if(verb: Token, sentence: str) -> bool:
    """A conditional in an *if* clause: hypothetical (reported *aurait* alone is not)."""
    return "Cnd" in verb.morph.get("Mood") and bool(re.search(r"\bsi\b|\bs'il", sentence.lower()))


def is_announced(trigger: Token) -> bool:
    """An act announced, decided or ordered, not yet done: *a annoncé l'envoi de …*, *a ordonné
    la préparation d'un hôpital*, *son intention de se rendre*."""
    tok = trigger
    for _ in range(3):
        if tok.head is tok:
            return False
        if tok.dep_ in ("obj", "xcomp", "nmod", "ccomp", "obl:arg") and (
                tok.head.lemma_ in ANNOUNCE_HEADS or tok.head.lower_ in ANNOUNCE_HEADS):
            return True
        tok = tok.head
    return False


def is_future_in_past(verb: Token) -> bool:
    """A simple conditional reporting what will happen (*… partiraient mercredi*); a compound
    one (*aurait refusé*) is an alleged past act and stays as reported (codebook §7)."""
    return "Cnd" in verb.morph.get("Mood") and not _aux(verb)


CANCEL_HEADS = frozenset({"annuler", "annulation", "annulé", "renoncer", "suspendre"})
POSTPONE_HEADS = frozenset({"reporter", "report", "reporté", "repousser", "ajourner"})


def _called_off(trigger: Token) -> str | None:
    """A meeting or visit cancelled (*annule sa venue*: ``negated``) or postponed (*a été
    reporté*: ``future``), codebook §7."""
    for tok in (trigger, *islice(trigger.ancestors, 3)):
        words = {tok.lemma_.lower(), tok.lower_} | {
            c.lemma_.lower() for c in tok.children if c.dep_ in ("acl", "acl:relcl", "amod",
                                                                 "conj")}
        if words & CANCEL_HEADS:
            return "negated"
        if words & POSTPONE_HEADS:
            return "future"
    return None


def is_ongoing(verb: Token, date_text: str | None) -> bool:
    """*Depuis mars 2015, l'Arabie saoudite intervient au Yémen*: an act begun at that date
    and told in the present is still going on (codebook §7: ``occurred``, dated from its
    start), unlike a past act dated *depuis* (*les sanctions imposées depuis 2011*)."""
    if not date_text or not date_text.lower().startswith("depuis"):
        return False
    return "Pres" in verb.morph.get("Tense") and not _aux(verb)


# Verbs that make a future their content a commitment or a warning given now.
PLEDGE_VERBS = SPEECH_VERBS | {"promettre", "garantir", "jurer", "menacer"}


def said_in_past(verb: Token) -> bool:
    """Whether a future is the words of a speech act already made (*a assuré que ce texte
    « ne sera pas renégocié »*, *« La porte leur sera toujours ouverte », a-t-il ajouté*):
    a verbal act takes the status of the saying, not of its tense."""
    speech = [verb.head] if verb.dep_ in ("ccomp", "parataxis") else []
    speech += [c for c in verb.children if c.dep_ in ("advcl", "parataxis")]
    return any(s.pos_ == "VERB" and s.lemma_ in PLEDGE_VERBS and not is_future(s)
               for s in speech)


def told_as_future(verb: Token, *, said: bool) -> bool:
    """Future tense, unless the act is done by saying it (``said``) and the future is only
    the words of a speech act already made (:func:`said_in_past`)."""
    return is_future(verb) and not (said and said_in_past(verb))


def decide_status(trigger: Token, sentence: str, *, date: str | None, pub_date: str | None,
                  explicit_year: bool, cue_negated: bool = False, material: bool = False,
                  date_text: str | None = None, said: bool = False) -> str:
    """The codebook status of an event whose trigger word is ``trigger``.

    Cascade: 1. negation on the verb; 2. hypothetical *si* clause; 3. future
    tense, or for a material act (``material``) an announced one; 4. date against
    publication (seven days); 5. pluperfect or explicit year without a
    publication date -> historical; 6. occurred.  Verbal acts take the status of
    the speech act, so an announcement is not future for them.
    """
    verb = verb_group(trigger)
    # the negation of the clause reaches a noun that is its object (*n'a pas signé
    # l'accord*), not one in a circumstance (*n'a pas mâché ses mots en marge du sommet*)
    # nor a noun the parser coordinated with the verb (*« n'a pas été prise à la légère » et
    # « reflète … la nécessité d'une réforme »*: a noun is no verb's conjunct)
    in_scope = trigger.pos_ != "NOUN" or not (
        trigger.dep_.startswith(("obl", "nmod"))
        or (trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX")))
    if is_negated(verb) and not cue_negated and in_scope:
        return "negated"
    called_off = material and _called_off(trigger)
    if called_off:
        return called_off
    if is_conditional_if(verb, sentence):
        return "hypothetical"
    if told_as_future(verb, said=said) or \
            (material and (is_announced(trigger) or is_future_in_past(verb))):
        return "future"
    if is_ongoing(verb, date_text):
        return "occurred"
    if date is not None and pub_date is not None:
        recent = is_recent(date, pub_date)
        if recent is False:
            return "future" if date[:10] > pub_date else "historical"
        if recent is True:
            return "occurred"
    if pub_date is None and explicit_year:
        return "historical"
    # *a fait savoir que l'Allemagne n'excluait pas …*: an imperfect reported by a speech
    # act in the news is the sequence of tenses, and a verbal act takes the speech's status
    reported = not material and verb.dep_ == "ccomp" and verb.head is not verb and \
        not is_background(verb.head)
    told_today = SAME_DAY_CUES.search(sentence.lower()) is not None
    if (is_background(verb) and not reported and not told_today) or \
            BACKGROUND_CUES.search(sentence.lower()):
        return "historical"
    return "occurred"
