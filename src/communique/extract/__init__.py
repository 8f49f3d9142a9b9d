"""Extract stage: a parsed document in, codebook events (and actor mentions) out.

Two passes over the sentences.  1. Read each sentence: its actor mentions,
triggers and dates; find the *visit frame* (who visits whom, when, where),
since wire stories tell a visit once and its meetings after it.  2. Code
one event per trigger and sentence, filling what a sentence leaves unsaid
(date, place, the counterpart in a bilateral story) from that frame.  The
:mod:`communique.resolve` stage then merges repeated facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from communique.extract.actors import Memory, Participant, find_participants
from communique.extract.acts import names_an_act, token_at
from communique.extract.clauses import QUOTES_OPEN, fronted_comparison, quote_span
from communique.extract.dates import DateExpr, find_dates
from communique.extract.events import (
    JOINT_TYPES,
    assign_sides,
    fill_counterpart,
    owners,
    split_acts,
)
from communique.extract.lexicon import TriggerMatch, TriggerRule, find_sectors, find_triggers
from communique.extract.meetings import CALLER_VERB, MEETING_NOUNS, consult_sides
from communique.extract.mentions import names
from communique.extract.places import (
    Location,
    act_location,
    dateline_location,
    meeting_location,
    sentence_location,
)
from communique.extract.speech import SAID_TYPES, incise_speaker
from communique.extract.status import decide_status, told_as_future, verb_group
from communique.extract.treaties import doc_treaties
from communique.gazetteer import Gazetteer, load_gazetteer
from communique.models import CleanedText, Document, Event, Evidence, Mention

__all__ = ["extract_events"]

# Acts done by saying something: a country named after *en*/*au* in them is their topic.
SPEECH_TYPES = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE",
                          "SANCTION", "PROTEST", "SUPPORT"})
# Material acts that take place in the country they are aimed at (aid delivered, attacks,
# arrests): with no place stated, that country is the location's polity (codebook §3).
ON_TARGET_TYPES = frozenset({"AID", "ASSAULT", "COERCE"})
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# An act placed in a meeting already told (*Lors de la conférence, X a promis…*): the
# definite article points back to it, so the act takes its date whoever took part.
DURING_THAT_MEETING = re.compile(
    r"\b(?:lors|au cours|à l'issue|en marge|pendant|durant|au début|à la fin)\s+"
    r"(?:de la|du|de cette|de ce|de cet|de leur)\s+"
    r"(?:conférence|réunion|sommet|visite|rencontre|entretien|visioconférence|séance|"
    r"session|entrevue|forum|échange|conversation|convocation)s?\b|\bà cette occasion\b",
    re.IGNORECASE)
# Cues of leaving an agreement (*s'est retiré de*, *le retrait de*, *a dénoncé l'accord*).
WITHDRAWAL = re.compile(r"retir|retrait|sorti|quitt|dénon", re.IGNORECASE)
# An ambassador called in: at the summoning state's ministry (codebook §3, §7).
SUMMONS = re.compile(r"convo(?:qu|cation)", re.IGNORECASE)
# Said through the media: a tweet, a communiqué or an interview with no stated place has
# none (codebook §7), even told after a meeting of its parties.
THROUGH_MEDIA = re.compile(
    r"\b(?:au quotidien|au journal|à l'hebdomadaire|à la (?:télévision|radio|chaîne)|"
    r"(?:dans|par) (?:un|une|son|sa) (?:tweet|communiqué|interview|message|déclaration écrite)|"
    r"sur (?:Twitter|Facebook|son compte))\b", re.IGNORECASE)
# A cue read as part of another act of its sentence: aid promised is a pledge (AGREE), not
# aid sent (codebook §7); warships in an exercise with another navy cooperate, not mobilise.
SUBSUMED_BY = {"AID": "AGREE", "MOBILIZE": "COOPERATE"}
# A cue that carries its own negation (*n'exclut pas*, *aucune concession*) is not a negated act.
NEGATED_CUE = re.compile(r"\bn'|\bne\b|\baucune?\b|\bsans\b", re.IGNORECASE)


@dataclass(slots=True)
class SentenceInfo:
    """What pass 1 read in one sentence."""

    sent: Span
    parts: list[Participant]
    triggers: list[TriggerMatch]
    dates: list[DateExpr]
    location: Location | None
    summary: bool = False  # in the title or heading, which retell the body
    asides: list[tuple[int, int]] = field(default_factory=list)  # clauses between dashes


@dataclass(slots=True)
class VisitFrame:
    """A visit told in the story: visitor, host, when and where."""

    visitor: str
    host: str
    date: str | None = None
    date_end: str | None = None
    location: str | None = None
    polities: frozenset[str] = field(default_factory=frozenset)


def _polity_counts(infos: list[SentenceInfo], *, venues: bool) -> dict[str, int]:
    """Mentions per polity in ``infos``, in order of first mention; places never count, and
    the cities where something happens (*à Buenos Aires*) only with ``venues``."""
    counts: dict[str, int] = {}
    for info in infos:
        for p in info.parts:
            if p.kind != "place" and (venues or not (p.locative and p.kind == "capital")):
                counts[p.polity] = counts.get(p.polity, 0) + 1
    return counts


def _main_polities(infos: list[SentenceInfo]) -> list[str]:
    """The story's polities by mention count: the first two are its dyad."""
    counts = _polity_counts(infos, venues=True)
    return sorted(counts, key=lambda c: -counts[c])


def _usable(date: DateExpr, text: str) -> bool:
    """Dates that can date an event: not a term (*2024-2026*), not a name's year (*de 1982*)."""
    if date.kind == "period" or not date.date:
        return False
    if date.kind in ("vague", "relative") and date.precision == "year":
        return False  # *cette année*, *ces derniers mois* across a year end: no information
    before = text[max(0, date.start - 4):date.start].lower()
    return not (date.precision == "year" and re.search(r"\b(?:de|du|d')\s*$", before))


def _modifies_noun(date: DateExpr, text: str) -> bool:
    """*l'attaque du 14 septembre*, *l'accord du 13 août*: a day after *du* names a thing,
    and dates only the trigger that is that thing (*sa visite du 6 août*)."""
    return date.date_end is None and (date.text.lower().startswith("du ") or bool(
        re.search(r"\bdu\s*$", text[:date.start].lower())))


def _nearest_date(info: SentenceInfo, char: int) -> DateExpr | None:
    """The usable date closest to the trigger (measured better than clause attachment,
    which the parser gets wrong on long wire sentences)."""
    text = info.sent.text
    asides = [a for a in info.asides if not a[0] <= char < a[1]]
    dates = [d for d in info.dates if _usable(d, text) and not (
        _modifies_noun(d, text) and not 0 <= d.start - char <= 30)
        and not any(a[0] <= d.start < a[1] for a in asides)]
    if not dates:
        return None
    return min(dates, key=lambda d: min(abs(d.start - char), abs(d.end - char)))


# A clause set between dashes (*a rencontré lundi Donald Trump - il doit le revoir mardi -
# et s'est entretenu …*).
ASIDE = re.compile(r"\s[-–—]\s([^-–—]{3,80}?)\s[-–—]\s")


def _asides(sent: Span) -> list[tuple[int, int]]:
    """Character spans (in the sentence) of clauses between dashes, with a verb of their
    own: their dates are theirs, not those of the acts around them."""
    out = []
    for match in ASIDE.finditer(sent.text):
        start, end = match.span(1)
        words = sent.char_span(start, end, alignment_mode="expand")
        if words is not None and any(t.pos_ in ("VERB", "AUX") for t in words):
            out.append((start, end))
    return out


def _local_polities(infos: list[SentenceInfo], idx: int, main: list[str],
                    window: int = 2) -> list[str]:
    """The polities of the passage around sentence ``idx`` (it and the ``window`` before),
    by mention count, the story's main dyad breaking ties and always included.

    A long story moves between dyads (a donor conference, then each donor; a crisis,
    then the reactions abroad): an act with one side named is aimed at the passage's
    other party more often than at the whole story's (measured on the public gold:
    window 2 beat 1, 3, 4 and the whole story).
    """
    counts = _polity_counts(infos[max(0, idx - window):idx + 1], venues=False)
    rank = {c: i for i, c in enumerate(main)}
    return sorted(set(counts) | set(main[:2]),
                  key=lambda c: (-counts.get(c, 0), rank.get(c, len(rank))))


def _find_visit(infos: list[SentenceInfo], memory: Memory, main: list[str],
                pub_date: str | None) -> VisitFrame | None:
    """The first visit of the news (not one recalled or planned) with visitor and host known."""
    for info in infos:
        for trig in info.triggers:
            if trig.rule.type != "CONSULT" or (trig.rule.mode != "visit" and \
                    trig.rule.role != "inverse"):
                continue
            tok = info.sent.doc[token_at(info.sent, trig.start, trig.end)]
            sides = assign_sides(trig.rule, tok, info.sent, info.parts, memory, main)
            hosts = [p for p in info.parts if p.locative and p.kind != "place"]
            host = hosts[0].polity if hosts and trig.rule.role != "inverse" else None
            if host is None and sides.recipient_codes:
                host = sides.recipient_codes[0]
            visitor = next((c for c in sides.actor_codes if c != host), None)
            if visitor is None and host is not None and len(main) >= 2 and host in main[:2]:
                visitor = main[1] if host == main[0] else main[0]
            if not visitor or not host or visitor == host:
                continue
            date = _nearest_date(info, trig.start)
            status = decide_status(tok, info.sent.text, date=date.date if date else None,
                                   pub_date=pub_date,
                                   explicit_year=bool(date and YEAR.search(date.text)))
            if status != "occurred":
                continue  # *lors de la visite de Moon en 2018* frames nothing in today's news
            frame = VisitFrame(visitor, host, polities=frozenset({visitor, host}))
            if info.location and info.location.country == host:
                frame.location = info.location.name
            return frame
    return None


def _frame_dates(frame: VisitFrame, infos: list[SentenceInfo]) -> None:
    """Date the visit from the first visit or meeting sentence that gives a date."""
    for info in infos:
        codes = {p.polity for p in info.parts}
        has_consult = any(t.rule.type == "CONSULT" for t in info.triggers)
        if has_consult and (codes & frame.polities or not codes):
            date = next((d for d in info.dates if _usable(d, info.sent.text)), None)
            if date is not None:
                frame.date, frame.date_end = date.date, date.date_end
                if frame.location is None and info.location and info.location.country == frame.host:
                    frame.location = info.location.name
                return


def _code_event(info: SentenceInfo, trig: TriggerMatch, *, document: Document,
                cleaned: CleanedText, memory: Memory, main: list[str], story: list[str],
                frame: VisitFrame | None, dateline: Location | None) -> Event | None:
    """One event from one trigger, or None when the sentence does not give two sides."""
    sent, rule = info.sent, trig.rule
    tok = sent.doc[token_at(sent, trig.start, trig.end)]
    sides = assign_sides(rule, tok, sent, info.parts, memory, main)
    if rule.type != "CONSULT" or (rule.mode == "visit" and frame is None):
        fill_counterpart(sides, main, rule, story=story)
    elif frame is not None and not sides.recipient and not sides.joint and \
            sides.actor_codes == [frame.visitor]:
        # *… ainsi que des responsables de partis*: the visitor meets someone unnamed
        # during the visit, in the host country
        sides.recipient = [Participant(-1, -1, frame.host, "state")]
    if rule.type == "CONSULT" and frame is not None and sides.recipient_codes and \
            sides.actor_codes == [frame.visitor] and not names(sides.recipient):
        # a person the gazetteer does not know (*une rencontre avec José Ramón Machado
        # Ventura*) or a meeting named like a body (*a participé au Forum d'affaires
        # Vietnam-Biélorussie*) tells this meeting apart from the visit's others
        met = _unknown_person(sent, tok, info.parts) or _named_meeting(tok)
        if met:
            sides.recipient = [Participant(-1, -1, sides.recipient_codes[0], "person",
                                           name=met)]
    # a meeting after a journey is held where it led (*s'est rendu à Amman où il s'est
    # entretenu avec …*); another act is not done at a destination it names
    location = meeting_location(sent.doc, info.parts, tok) if rule.type == "CONSULT" else \
        act_location(sent.doc, info.parts, verb_group(tok))
    date_expr = _nearest_date(info, trig.start)
    date = date_expr.date if date_expr else None
    date_end = date_expr.date_end if date_expr else None
    mode = rule.mode
    in_frame = frame is not None and set(sides.actor_codes + sides.recipient_codes) <= \
        frame.polities
    if rule.type == "CONSULT":
        loc_country = location.country if location else None
        if loc_country is None and in_frame and frame is not None:
            loc_country = frame.host
        visit = (frame.visitor, frame.host) if in_frame and frame is not None else None
        if rule.role == "inverse" and sides.actor_codes and sides.recipient_codes:
            visit = (sides.actor_codes[0], sides.recipient_codes[0])
        sides, mode = consult_sides(sides, loc_country, mode, visit,
                                    margins="en marge d" in sent.text.lower(),
                                    caller=CALLER_VERB.match(
                                        sent.text, trig.start) is not None)
    if not sides.recipient_codes and rule.type not in JOINT_TYPES and \
            len(sides.actor_codes) > 1:
        # a request, a refusal or a sanction is always aimed at someone (codebook §3): of
        # two sides read as one, the first named acts
        first = sides.actor_codes[0]
        sides.joint = False
        sides.recipient = [p for p in sides.actor if p.polity != first]
        sides.actor = [p for p in sides.actor if p.polity == first]
    actor = sides.actor_codes
    recipient = [] if sides.joint else sides.recipient_codes
    if rule.type == "REJECT" and WITHDRAWAL.search(sent.text[trig.start:trig.end]):
        # leaving a treaty is aimed at all its other parties (codebook §7)
        others = next((o for m in doc_treaties(sent.doc)
                       if sent.start_char <= m.start < sent.end_char
                       and (o := m.treaty.others(actor)) is not None), None)
        if others:
            recipient = others
    if len(set(actor) | set(recipient)) < 2 or not actor or (sides.apart and not recipient):
        return None  # authors acting apart with no target named are no joint act
    explicit_year = bool(date_expr and YEAR.search(date_expr.text))
    status = decide_status(tok, sent.text, date=date, pub_date=document.pub_date,
                           explicit_year=explicit_year,
                           cue_negated=bool(NEGATED_CUE.search(sent.text[trig.start:trig.end])),
                           material=rule.type not in SPEECH_TYPES,
                           date_text=date_expr.text if date_expr else None,
                           said=_said_act(rule))
    if date is None and in_frame and frame is not None and status == "occurred":
        date, date_end = frame.date, frame.date_end
    summons = SUMMONS.match(sent.text, trig.start) is not None
    loc_name, loc_country = _event_place(
        location, rule.type, mode, status, parties=set(actor) | set(recipient),
        recipient=recipient, dateline=dateline,
        host=actor[0] if summons and len(actor) == 1 else None,
        frame=frame if in_frame and not THROUGH_MEDIA.search(sent.text) else None)
    start, end = cleaned.to_original(*_trimmed(sent))
    evidence = Evidence(doc_id=document.id, start=start, end=end,
                        text=document.text[start:end], rule=rule.versioned)
    type_ = "AGREE" if rule.type == "REQUEST" and _own_wish(tok, info.parts, actor) \
        else rule.type
    return Event(
        type=type_, mode=mode, actor=tuple(actor), recipient=tuple(recipient),
        actor_names=tuple(names(sides.actor)), recipient_names=tuple(names(sides.recipient))
        if not sides.joint else (),
        date=date, date_end=date_end, location=loc_name, location_country=loc_country,
        status=status, sectors=find_sectors(sent.text), evidence=evidence,
        extras={"sentence": sent.start_char, "summary": info.summary, "apart": sides.apart,
                "summons": summons})


def _own_wish(trigger: Token, parts: list[Participant], actor: list[str]) -> bool:
    """*X a souhaité que la France puisse négocier …*, said by a French minister: a wish
    about the speaker's own side is a commitment (AGREE), not a request (codebook §3)."""
    if trigger.lemma_ not in ("souhaiter", "vouloir", "espérer"):
        return False
    for clause in (c for c in trigger.children if c.dep_ == "ccomp"):
        subject = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")
                   for t in c.subtree}
        named = {p.polity for p in parts if any(p.start <= i < p.end for i in subject)}
        if named and named <= set(actor):
            return True
    return False


def _unknown_person(sent: Span, trigger: Token, parts: list[Participant]) -> str | None:
    """The name of a person the trigger takes as its complement (*une rencontre avec X*)
    that no mention resolved to a polity; not a name inside a place (*l'école Vo Thi Thang*)."""
    for ent in sent.ents:
        if ent.label_ == "PER" and ent.root.head.i == trigger.i and ent.root.i != trigger.i \
                and not any(p.start <= ent.root.i < p.end for p in parts):
            return ent.text
    return None


# Meetings that may carry a name of their own (*le Forum d'affaires Vietnam-Biélorussie*).
MEETING_NAMES = MEETING_NOUNS | {"congrès", "salon", "festival", "dialogue", "assemblée",
                                 "séminaire", "colloque", "exposition", "foire"}


def _named_meeting(trigger: Token) -> str | None:
    """The name of a meeting named like a body (*le Forum d'affaires Vietnam-Biélorussie*):
    a meeting of its own within a visit, told apart from the others by that name."""
    # the cue may be the verb (*a participé au Forum …*): the meeting is its complement
    head = next((t for t in [trigger, *trigger.children] if t.lower_ in MEETING_NAMES
                 and t.text[:1].isupper() and t.i != t.sent.start), None)
    if head is None:
        return None
    words = [t for t in head.subtree if t.i >= head.i]
    end = next((t.i for t in words if t.text in (",", ";", "(", ".", ":")
                or t.pos_ in ("VERB", "CCONJ")), words[-1].i + 1)
    return head.doc[head.i:end].text


def _event_place(location: Location | None, type_: str, mode: str | None, status: str, *,
                 parties: set[str], recipient: list[str], frame: VisitFrame | None,
                 dateline: Location | None, host: str | None = None,
                 ) -> tuple[str | None, str | None]:
    """Where an event happened (codebook §3), as (place as written, polity).

    0. A phone or video call has none (a place in its sentence is what was discussed).
    1. A place in its sentence, except a country in a statement (*rappelle son
    ambassadeur en Italie* is about Italy, not said there); a bare country in a
    story datelined in it gives the dateline city.  2. Else, for an act of the
    visit told, the visit's place.  3. Else the dateline city, for a meeting or an
    act of the visit in that country.  4. A visit with no place: the host's polity; aid,
    an attack or an arrest with no place: the target's polity; an ambassador summoned
    (``host``): the summoning state, where the ambassador is called in.
    """
    if type_ == "CONSULT" and mode == "phone":
        return None, None
    if location is not None and location.is_country and type_ in SPEECH_TYPES:
        location = None
    if location is not None:
        if dateline is not None and location.is_country and location.country == dateline.country:
            return dateline.name, location.country
        return location.name, location.country
    if frame is not None and status == "occurred":
        return frame.location, frame.host
    if dateline and status == "occurred" and dateline.country in parties and type_ == "CONSULT":
        return dateline.name, dateline.country
    if type_ == "CONSULT" and mode == "visit" and recipient:
        return None, recipient[0]
    if host is not None:
        return None, host
    if type_ in ON_TARGET_TYPES and len(recipient) == 1 and status != "historical":
        return None, recipient[0]  # aid arrives, an attack or an arrest happens, at the target
    return None, None


def _trimmed(sent: Span) -> tuple[int, int]:
    """A sentence's character span without surrounding whitespace: a trailing paragraph
    break would map past text that cleaning removed (a caption line) in the original."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return start, max(start, end)


def _summary_end(document: Document) -> int:
    """Where the body starts in ``document.text``: title and heading retell the body."""
    end = 0
    for part in (document.title, document.heading):
        if part:
            pos = document.text.find(part, end)
            if pos >= 0:
                end = pos + len(part)
    return end


def _said_act(rule: TriggerRule) -> bool:
    """An act done by saying it (a promise, a demand, a refusal), not a signing told."""
    return rule.type in SAID_TYPES and rule.mode != "sign"


def _future_hint(sent: Span, triggers: list[TriggerMatch]) -> str | None:
    """Tense hint for the date grammar (*jeudi prochain*, *signeront*)."""
    for trig in triggers:
        verb = verb_group(sent.doc[token_at(sent, trig.start, trig.end)])
        if told_as_future(verb, said=_said_act(trig.rule)):
            return "future"  # not a future only quoted (*a assuré que … « ne sera pas »*)
    return None


def extract_events(doc: Doc, cleaned: CleanedText, document: Document, *,
                   gazetteer: Gazetteer | None = None) -> tuple[list[Event], list[Mention]]:
    """Code the events of one parsed document (codebook §2-§3).

    doc (Doc): the spaCy parse of ``cleaned.text`` by :func:`communique.nlp.load_nlp`.
    cleaned (CleanedText): the cleaned text and its offset map to ``document.text``.
    document (Document): the source document (id, publication date, original text).
    RETURNS (tuple[list[Event], list[Mention]]): raw events in text order (not yet
        merged, see :func:`communique.resolve.resolve_events`) and the actor mentions.
    """
    gaz = gazetteer or load_gazetteer()
    memory = Memory()
    infos = [SentenceInfo(sent, [], [], [], None) for sent in doc.sents]
    all_parts = find_participants(doc, gaz, memory)
    summary_end = _summary_end(document)
    for info in infos:
        sent = info.sent
        info.summary = cleaned.to_original(*_trimmed(sent))[0] < summary_end
        info.parts = [p for p in all_parts if sent.start <= p.start < sent.end]
        info.triggers = [t for t in find_triggers(sent.text) if _spoken_duty(sent, t)]
        hint = _future_hint(sent, info.triggers)
        info.dates = find_dates(sent.text, pub_date=document.pub_date, tense=hint)
        info.asides = _asides(sent) if info.dates else []
        info.location = sentence_location(doc, info.parts)
    main = _main_polities(infos)
    frame = _find_visit(infos, memory, main, document.pub_date)
    dateline = dateline_location(cleaned.dateline_place, gaz)
    if frame is not None:
        _frame_dates(frame, infos)
        if dateline is not None and dateline.country == frame.host:
            frame.location = dateline.name
    events: list[Event] = []
    memory.focus = None
    for idx, info in enumerate(infos):
        seen: dict[tuple[str, frozenset[str], tuple[str, ...]], int] = {}
        local = _local_polities(infos, idx, main)
        told = {t.rule.type for t in info.triggers}
        for trig in [] if _asked(info.sent) else info.triggers:
            if SUBSUMED_BY.get(trig.rule.type) in told:
                continue
            if not names_an_act(info.sent, info.triggers, trig):
                continue
            event = _code_event(info, trig, document=document, cleaned=cleaned, memory=memory,
                                main=local, story=main, frame=frame, dateline=dateline)
            if event is None:
                continue
            # several meetings in a sentence are kept when their parties differ (*a rencontré
            # Trump … et s'est entretenu avec Rohani*), other acts when their actors differ
            # (*X a promis 225 millions et l'Allemagne 125 millions*); for the same parties
            # the reading that names more people wins (*séjour* < *s'est entretenu avec X*)
            key = (event.type, event.polities, event.actor)
            if event.type != "CONSULT" and key not in seen and any(
                    t == event.type and set(events[i].actor) & set(event.actor)
                    for (t, _, _), i in seen.items()):
                continue  # one actor's act named twice (*a signé … des accords historiques*)
            if key not in seen:
                seen[key] = len(events)
                events.extend(split_acts(event))
            elif _named(event) > _named(events[seen[key]]) and \
                    len(split_acts(event)) == 1 and seen[key] == len(events) - 1:
                events[seen[key]] = event
        _update_focus(info, memory)
        _remember_proposals(info, memory)
    _inherit_dates(events)
    mentions = [_to_mention(doc, cleaned, document, p) for p in all_parts]
    return events, mentions


def _spoken_duty(sent: Span, trig: TriggerMatch) -> bool:
    """A duty (*doit*, *devra*) is a cue only in someone's quoted words; the narrator's *doit*
    tells a plan (*la délégation doit rencontrer dimanche …*), whose own cue codes it."""
    if trig.rule.name != "request.obligation":
        return True
    return quote_span(sent.doc[token_at(sent, trig.start, trig.end)], sent) is not None


def _asked(sent: Span) -> bool:
    """A question the article asks (*Celui-ci est-il prêt à condamner l'accord ?*) reports
    no act; a question quoted from someone (*« Voudrais-tu … ? »*) may be one."""
    text = sent.text.strip()
    return text.endswith("?") and not any(q in text for q in QUOTES_OPEN)


def _inherit_dates(events: list[Event]) -> None:
    """An undated act told after a dated meeting of its parties takes the meeting's date
    (and its place, when it has none of its own).

    Wire stories date the meeting or call once (*mardi, X a reçu Y*) and then report
    what was said in it without a date (*il a également félicité…*); the codebook
    dates statements made during a meeting like the meeting.  Only meetings that
    took place anchor (not planned or recalled ones), and only acts whose polities
    all took part in that meeting inherit, so separate reactions stay undated, unless
    the act is told as made during that meeting (*Lors de la conférence, X a promis…*),
    which also dates what was *not* done there (*ne s'est pas exprimé … au cours de leur
    rencontre*).  A meeting retold with its own place (*se sont retrouvés à Sotchi*) takes
    the date and then anchors the acts after it.  An ambassador called in anchors like a
    meeting (dates only: the reactions around it were not made at the ministry), and takes
    the date of the protest the story dated (*La Russie a protesté mercredi …*).
    """
    anchors: list[Event] = []
    protests: list[Event] = []
    for i, event in enumerate(events):
        summons = bool(event.extras.get("summons"))
        if event.date is None and summons and event.status == "occurred":
            # the ambassador called in is the protest the story dated (*La Russie a protesté
            # mercredi …* / *Le ministère … a convoqué l'ambassadeur allemand*)
            told = next((p for p in reversed(protests) if p.polities == event.polities), None)
            if told is not None:
                events[i] = event = replace(event, date=told.date, date_end=told.date_end)
        if event.date is not None:
            if event.type == "PROTEST" and event.status == "occurred":
                protests.append(event)
            if event.status == "occurred" and (event.type == "CONSULT" or summons):
                anchors.append(event)  # a meeting, or an ambassador called in
        elif event.status in ("occurred", "negated"):
            during = DURING_THAT_MEETING.search(event.evidence.text) is not None
            if event.status == "negated" and not during:
                continue  # only what was told as not done *during that meeting* is dated by it
            anchor = next((a for a in reversed(anchors)
                           if during or event.polities <= a.polities), None)
            if anchor is None:
                continue
            events[i] = replace(event, date=anchor.date, date_end=anchor.date_end)
            if event.location_country is None and (anchor.type == "CONSULT" or during) and \
                    not THROUGH_MEDIA.search(event.evidence.text):
                # *a statement made during a meeting takes its place*; a summons dates the
                # reactions around it but is no place they were made in
                events[i] = replace(events[i], location=anchor.location,
                                    location_country=anchor.location_country)
            if event.type == "CONSULT" and event.status == "occurred" and event.location:
                anchors.append(events[i])  # the meeting retold with its place (*se sont
                # retrouvés à Sotchi*) anchors what follows


def _named(event: Event) -> int:
    return len(event.actor_names) + len(event.recipient_names)


def _update_focus(info: SentenceInfo, memory: Memory) -> None:
    """Remember the last person named as a subject, for a following *il*/*elle*, and the last
    subject naming several polities (*la France, l'Allemagne et le Royaume-Uni*), for *ils*."""
    compared = fronted_comparison(info.sent)

    def in_subject(i: int) -> bool:
        tok = info.sent.doc[i]
        if i in compared:
            return False
        return tok.dep_ in ("nsubj", "nsubj:pass") or (
            tok.dep_ in ("conj", "amod", "appos") and tok.head.dep_ in ("nsubj", "nsubj:pass"))

    subjects = [p for p in info.parts
                if not p.locative and any(in_subject(i) for i in range(p.start, p.end))]
    if len({p.polity for p in subjects}) >= 2:
        memory.group = tuple(subjects)
    people = [p for p in info.parts if p.kind == "person"]
    if people:
        memory.last_named = people[-1]
    for p in info.parts:
        # *Le dirigeant vietnamien a rencontré …*: the demonym modifies the subject noun
        if (p.kind == "person" or (p.kind == "demonym" and p.name)) and any(
                in_subject(i) for i in range(p.start, p.end)):
            memory.focus = p
    # *« … », a réagi le chef de la diplomatie américaine Mike Pompeo*: the speaker after the
    # words is the sentence's subject, whatever the parser made of it
    speaker = incise_speaker(info.sent, info.sent.start, info.parts)
    if speaker and speaker[0].kind == "person":
        memory.focus = speaker[0]
    if len({p.polity for p in speaker}) >= 2:
        memory.group = tuple(speaker)  # *…, ont souligné MM. Macron et Johnson et Mme Merkel*


def _remember_proposals(info: SentenceInfo, memory: Memory) -> None:
    """Whose plan, agreement or initiative the sentence names (*le plan américain*), for a
    later *ce plan* (:func:`communique.extract.events.owners`)."""
    for tok in info.sent:
        owned = owners(tok, info.parts) if tok.pos_ == "NOUN" else []
        if owned:
            memory.owned[tok.lemma_.lower()] = tuple(owned)


def _to_mention(doc: Doc, cleaned: CleanedText, document: Document, p: Participant) -> Mention:
    span = doc[p.start:p.end]
    start, end = cleaned.to_original(span.start_char, span.end_char)
    return Mention(doc_id=document.id, start=start, end=end, text=document.text[start:end],
                   kind=p.kind, polity=p.polity, name=p.name, role=p.role, sector=p.sector)
