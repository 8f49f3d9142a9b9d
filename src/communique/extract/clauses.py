"""Who a verb's clause names, read from the dependency parse.

The French model often misparses long wire sentences: it makes a fronted participle or
phrase the root, splits an inverted pronoun (*a-t-il*), labels a passive's *par* agent a
plain oblique, or hangs a relative clause on the wrong noun.  These helpers find the
subject, the agent and the quotations of a trigger's clause despite that, so the sides
rules in :mod:`communique.extract.events` can stay about the codebook.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["QUOTES_CLOSE", "QUOTES_OPEN", "SPEECH_VERBS", "SUBJECT_DEPS", "agent_tokens",
           "bare_participle", "fronted_comparison", "is_passive", "par_agent", "que_clause",
           "quote_span", "quoted_before", "subject_descriptions", "subject_tokens"]

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")


def _core_subtree(head: Token) -> list[Token]:
    """A subject without its descriptive appositions and relative clauses.

    *Le Royaume-Uni, un fournisseur d'armes important de l'Arabie saoudite, a
    promis …*: Saudi Arabia describes the subject, it does not act.  A name in
    apposition (*le ministre …, Dominic Raab,*) stays.
    """
    skip: set[int] = set(fronted_comparison(head.sent))
    for child in head.children:
        if child.dep_ in ("acl", "acl:relcl", "parataxis") or (
                child.dep_ == "appos" and child.pos_ != "PROPN"):
            skip.update(t.i for t in child.subtree)
    return [t for t in head.subtree if t.i not in skip] or list(head.subtree)


def fronted_comparison(sent: Span) -> range:
    """Tokens of a comparison that opens the sentence (*Comme les États-Unis et l'Arabie
    saoudite, la France … ont accusé*): those it compares with are not the subject."""
    opening = sent.text[:14].lower()  # called for every subject read: only the start
    if not opening.startswith(("comme ", "tout comme ", "à l'instar d", "a l'instar d")):
        return range(0)
    comma = next((t.i for t in sent if t.text == ","), None)
    return range(sent.start, comma + 1) if comma is not None else range(0)


def _misparsed_apposition(subj: Token, subjects: list[Token]) -> bool:
    """A second "subject" that is a description set off by a comma after the first (*Le
    Royaume-Uni, un fournisseur d'armes de l'Arabie saoudite, a promis*)."""
    first = min(subjects, key=lambda t: t.i)
    if subj.i == first.i or subj.pos_ != "NOUN":
        return False
    left = subj.left_edge.i
    return left > 0 and subj.doc[left - 1].text == "," and first.i < left


def subject_tokens(verb: Token) -> list[Token]:
    """Subject subtree tokens of a verb, climbing through coordination and infinitives."""
    tok = verb
    for _ in range(4):
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS
                    and not any(g.dep_ == "case" for g in c.children)]  # *avec X*: misparse
        if len(subjects) == 1 and subjects[0].lower_ == "qui" and tok.dep_ == "acl:relcl":
            # *des sanctions contre la Russie, qui avait nié …*: the parser may hang the
            # clause on the phrase's head; a name just before *qui* is the antecedent
            prev = next((t for t in reversed(tok.doc[tok.sent.start:subjects[0].i])
                         if not t.is_punct), None)
            return [prev] if prev is not None and prev.pos_ == "PROPN" else \
                _core_subtree(tok.head)
        if subjects:
            return [t for s in subjects if not _misparsed_apposition(s, subjects)
                    for t in _core_subtree(_inverted(s))]
        if tok.dep_ == "acl:relcl":  # "... l'Iran, qui a dénoncé ..." -> the antecedent
            return _core_subtree(tok.head)
        root = tok.sent.root
        if _present_participle(tok) and tok.i > 0 and tok.nbor(-1).text == "," and \
                not _finite(tok.head) and root is not tok and _finite(root):
            # *Les pays du G7 ont exhorté Moscou à … de M. Navalny, dénonçant …*: the
            # parser hangs the participle on a noun; it tells what the subject did
            tok = root
            continue
        if tok.dep_ in ("conj", "xcomp", "advcl", "ccomp", "parataxis") and tok.head is not tok:
            tok = tok.head
            continue
        if tok.dep_ == "ROOT" and tok.i == tok.sent.start and (
                _present_participle(tok) or tok.pos_ not in ("VERB", "AUX")):
            # *Accusant Paris …, Mike Pompeo déclenche …*, *Lors d'une rencontre avec X, Y a
            # exprimé …*: the parser may make the fronted participle or phrase the root;
            # its subject is the main clause's
            main = next((t.head for t in tok.sent if t.dep_ in SUBJECT_DEPS
                         and t.head is not tok and _finite(t.head)), None)
            if main is not None:
                tok = main
                continue
        if tok.dep_ in ("obl:arg", "obl:mod") and "Inf" in tok.morph.get("VerbForm"):
            # *ont défilé afin de réclamer*: the purpose's subject is the main verb's
            tok = tok.head.head if tok.head.pos_ == "ADV" else tok.head
            continue
        if tok.dep_ == "acl" and "Inf" in tok.morph.get("VerbForm") and \
                tok.head.dep_ == "obj" and tok.head.head.pos_ == "VERB":
            tok = tok.head.head  # *ont exprimé leur volonté de promouvoir*: who wants
            continue
        break
    return []


def _finite(verb: Token) -> bool:
    """A conjugated verb, also in a compound tense (*a exprimé*)."""
    return "Fin" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") for c in verb.children)


def _present_participle(tok: Token) -> bool:
    # the tagger often calls a fronted *Accusant* an infinitive: the ending tells
    return tok.pos_ == "VERB" and tok.lower_.endswith("ant")


def _inverted(subj: Token) -> Token:
    """*a-t-il déclaré*: the tokenizer splits the inverted pronoun and the parser calls the
    euphonic *-t* the subject; the pronoun after it is."""
    nxt = subj.nbor() if subj.i + 1 < len(subj.doc) else subj
    if subj.lower_ == "-t" and nxt.lower_ in INVERTED_PRONOUNS:
        return nxt
    return subj


INVERTED_PRONOUNS = frozenset({"-il", "-elle", "-ils", "-elles", "-on"})


def subject_descriptions(verb: Token) -> set[int]:
    """Tokens of what describes the verb's subject (*Le Royaume-Uni, un fournisseur d'armes
    de l'Arabie saoudite, a promis …*): a country named there is neither side."""
    out: set[int] = set()
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    for subj in subjects:
        if _misparsed_apposition(subj, subjects):
            out.update(t.i for t in subj.subtree)
            continue
        for child in subj.children:
            if child.dep_ in ("acl", "acl:relcl", "appos") and child.pos_ != "PROPN":
                out.update(t.i for t in child.subtree)
    return out


def agent_tokens(verb: Token) -> list[Token]:
    """The *par …* phrase of a passive; the parser often labels it a plain oblique.  An act
    told by its noun has its agent there too (*l'annexion par Israël de la vallée*)."""
    passive = is_passive(verb) or verb.pos_ == "NOUN"
    found = [t for c in verb.children if c.dep_ == "obl:agent" or (
        passive and c.dep_.startswith(("obl", "nmod")) and _by(c)) for t in c.subtree]
    if found or not is_passive(verb):
        return found
    # *avait été rejeté à trois reprises par le parlement britannique*: the parser hung the
    # agent on the oblique before it
    return [t for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i
            for g in c.children if g.dep_ == "nmod" and _by(g) for t in g.subtree]


def _by(phrase: Token) -> bool:
    return any(g.dep_ == "case" and g.lower_ == "par" for g in phrase.children)


QUOTES_OPEN = ('"', "«", "“")
QUOTES_CLOSE = ('"', "»", "”")
SPEECH_VERBS = frozenset({
    "dire", "déclarer", "affirmer", "estimer", "ajouter", "souligner", "assurer", "indiquer",
    "expliquer", "lancer", "répondre", "réagir", "écrire", "prévenir", "poursuivre", "insister",
    "rétorquer", "marteler", "tweeter", "avertir", "juger", "dénoncer", "préciser", "conclure",
})  # fmt: skip


# A quotation of more words than this is a speech; fewer are a citation (*« a invité »*).
SPEECH_LENGTH = 6


def _quotations(sent: Span, until: int) -> tuple[list[tuple[int, int]], int | None]:
    """The quotations of a sentence opened before token ``until``: those closed before it,
    as (open, close) token pairs, and the one still open there, if any."""
    closed: list[tuple[int, int]] = []
    opened: int | None = None
    for tok in sent.doc[sent.start:until]:
        if tok.text in QUOTES_OPEN and (opened is None or tok.text != '"'):
            opened = tok.i
        elif tok.text in QUOTES_CLOSE and opened is not None:
            closed.append((opened, tok.i))
            opened = None
    return closed, opened


def quote_span(trigger: Token, sent: Span) -> tuple[int, int] | None:
    """Token range of the quotation the trigger stands in, if any."""
    doc = sent.doc
    closed, opened = _quotations(sent, trigger.i)
    if opened is None:
        return None
    close = next((t.i for t in doc[trigger.i:sent.end] if t.text in QUOTES_CLOSE), sent.end)

    def cited(start: int) -> bool:
        return start > sent.start and doc[start - 1].pos_ in ("AUX", "VERB")

    # a few quoted words inside the narrator's sentence (*Poutine « a invité » Macron*), or
    # a quotation right after the narrator's auxiliary (*X a « exhorté la Corée du Nord à
    # … »*, and the next one coordinated to it: *a « félicité M. Johnson » et « s'est
    # réjoui … »*) are a citation in the narrator's clause, not a speech with its own speaker
    if cited(opened) or (closed and closed[-1][1] == opened - 2 and cited(closed[-1][0])
                         and doc[opened - 1].lower_ in ("et", ",")):
        return None
    return (opened, close) if close - opened > SPEECH_LENGTH else None


def quoted_before(sent: Span, trigger: Token) -> set[int]:
    """Tokens of the sentence's speeches (quotations of more than a few words) closed before
    the trigger."""
    return {i for opened, close in _quotations(sent, trigger.i)[0]
            if close - opened > SPEECH_LENGTH for i in range(opened, close + 1)}


def is_passive(verb: Token) -> bool:
    """*ont été libérés*, *a été placé en garde à vue*, *capturés*; and *se voir* +
    infinitive, the passive of receiving (*l'ambassadeur s'est vu signifier une
    protestation*), which the parser hangs either way round."""
    if "Pass" in verb.morph.get("Voice") or any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    if par_agent(verb):
        return True  # *l'accord négocié par Theresa May*
    voir = [verb.head] if verb.dep_ == "xcomp" else []
    voir += [c for c in verb.children if c.lemma_ == "voir"]
    return any(v.lemma_ == "voir" and any(g.lower_ in ("se", "s'") for g in v.children)
               for v in voir)


def bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary of its own (*les soldats capturés*, *Très critiqué
    pour …*): it describes a noun rather than telling an act in a tense."""
    # the tagger reads some as infinitives (*l'accord négocié par …*: VerbForm=Inf), which
    # never end in *-é*
    past = ("Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense")) or \
        (tok.pos_ == "VERB" and tok.lower_.endswith(("é", "ée", "és", "ées")))
    return past and not any(c.dep_.startswith("aux") for c in tok.children)


def par_agent(verb: Token) -> bool:
    """A bare past participle with a *par* phrase of its own (*l'accord négocié par Theresa
    May*): a passive told without its auxiliary, whose agent did the act."""
    return bare_participle(verb) and any(c.dep_.startswith("obl") and _by(c)
                                         for c in verb.children)


def que_clause(verb: Token) -> bool:
    """A verb in a *que* clause right under the trigger (*a souhaité que le ministre exhorte
    …*): what is wished or asked, whatever mood the tagger reads (often not the
    subjunctive); a request inside a request is its content."""
    return verb.dep_ == "ccomp" and any(c.lower_ in ("que", "qu'") for c in verb.children)
