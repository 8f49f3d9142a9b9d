"""Actor mentions: who (person, body, state, IGO) stands for which polity.

Built on the gazetteer spans of :mod:`communique.nlp` and spaCy's PER/ORG
entities.  A person takes the polity of the demonym or country in their own
noun phrase (*le Premier ministre biélorusse Roman Golovchenko*), of their
apposition (*Anar Alakbarov, directeur exécutif … de l'Azerbaïdjan*), of the
leaders gazetteer, or of an earlier mention of the same surname in the
document (*Golovchenko*).  A title with a demonym and no name (*le dirigeant
biélorusse*) resolves to the last person of that polity.  Place names are
never actors: a town only locates an event; a country or capital after a
locative preposition (*au Vietnam*, *à Minsk*) is marked ``locative`` and the
event builder decides whether it is the host or the recipient.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from communique.extract.treaties import doc_treaties
from communique.gazetteer import Gazetteer, Leader

LOCATIVE_PREPS = frozenset({"à", "au", "aux", "en", "dans", "vers", "depuis", "sur", "a"})
# Words that make *de X* a place (*près de Paris*, *au large de Chypre*).
NEAR_WORDS = frozenset({"près", "loin", "large", "proximité", "banlieue", "environs", "côtes",
                        "portes", "abords"})
# Words naming an area whose *de X* is the area itself (*dans la région du Ladakh*).
AREA_WORDS = frozenset({"région", "province", "ville", "vallée", "zone", "district", "localité",
                        "enclave", "île", "péninsule", "territoire", "station"})
# Verbs whose *à* names the person or state addressed (*a demandé à l'Iran*, *a répondu à
# Washington*), not a place; verbs of telling (*a déclaré à Nicosie*) are left out, their *à*
# is as often where it was said.
DATIVE_VERBS = frozenset({
    "demander", "répondre", "écrire", "proposer", "promettre", "reprocher", "conseiller",
    "adresser", "signifier", "suggérer", "réclamer", "téléphoner",
    # giving and allowing: *un prêt accordé au Bélarus*, *permettra au Bélarus d'atteindre*
    "accorder", "octroyer", "prêter", "verser", "offrir", "donner", "vendre", "permettre",
})  # fmt: skip
POLITY_LABELS = {"STATE": "state", "IGO": "igo", "CAPITAL": "capital", "METONYM": "metonym",
                 "DEMONYM": "demonym", "LEADER": "person", "PLACE": "place"}
# Words that open a title-like ORG entity of the French model ("ministre britannique des
# Affaires étrangères" is tagged ORG): these are roles, not bodies.
ROLE_HEADS = frozenset({
    "ministre", "président", "présidente", "premier", "première", "secrétaire", "chef",
    "vice-président", "vice-ministre", "ambassadeur", "ambassadrice", "porte-parole", "roi",
    "reine", "prince", "émir", "chancelière", "chancelier", "directeur", "directrice",
    "dirigeant", "dirigeante", "homologue", "patron", "général", "vice-premier",
})  # fmt: skip
# Nouns that describe a person in apposition besides titles (*, membre du Bureau politique*).
APPOSITION_HEADS = frozenset({
    "membre", "assistant", "assistante", "conseiller", "conseillère", "chef", "fils", "fille",
    "épouse", "successeur", "prédécesseur", "adjoint", "adjointe", "envoyé", "envoyée",
    "représentant", "représentante", "ministre", "candidat", "candidate", "opposant", "leader",
    "député", "sénateur", "maire", "gouverneur", "commissaire", "négociateur", "émissaire",
})  # fmt: skip
# Title words the French NER leaves at the head of a PER entity.
NAME_PREFIXES = frozenset({"le", "la", "l", "pape", "roi", "reine", "prince", "princesse", "cheikh",
                           "émir", "sultan", "général", "maréchal", "président", "chancelière"})
# Words in a body's name and the sector they imply (first match wins).
BODY_SECTORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("legislature", ("parlement", "assemblée", "chambre", "sénat", "congrès", "députés",
                     "douma", "knesset")),
    ("party", ("parti", "comité central", "bureau politique")),
    ("military", ("armée", "forces armées", "état-major", "marine", "défense")),
    ("government", ("ministère", "gouvernement", "comité populaire", "présidence", "département",
                    "mairie", "municipalité", "ambassade", "mission")),
    ("business", ("entreprise", "société", "groupe", "banque", "compagnie")),
    ("civil-society", ("fondation", "association", "ong", "institut", "université")),
)
# Words that end a person's title on its left: *sommet entre | le dirigeant nord-coréen Kim*.
WINDOW_STOPS = frozenset({"entre", "avec", "par", "pour", "contre", "selon", "chez", "malgré",
                          "après", "avant", "sans", "sur", "vers", "en", "à", "au", "aux",
                          "dont", "comme", "que", "qui"})
PERSON_PRONOUNS = frozenset({"il", "elle", "lui"})
# Nouns whose complement is a frame, not a party: *dans le cadre des Nations unies*, *la
# convention des Nations unies sur le droit de la mer*, *au sein de l'UE*.
CONTEXT_NOUNS = frozenset({"cadre", "sein", "égide", "convention", "charte", "résolution",
                           "résolutions", "agences", "agence", "programme", "droit", "marge"})


@dataclass(slots=True)
class Participant:
    """A mention that stands for a polity in one sentence (token offsets into the Doc)."""

    start: int
    end: int
    polity: str
    kind: str  # state, igo, capital, metonym, demonym, person, body, place
    name: str | None = None
    locative: bool = False
    role: str | None = None  # the title in the mention's noun phrase (*Premier ministre*)
    sector: str | None = None  # government, legislature, party, military, business, igo, ...

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


# Where the family name comes first and later mentions use it (*M. Kim*, *M. Xi*, *M. Moon*);
# Vietnamese usage calls people by their given name, the last word, like French.
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "HKG", "MAC"})


@dataclass(slots=True)
class Memory:
    """What the document has told so far: people and their polities, the last speaker."""

    people: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (name, polity)
    last_person: dict[str, str] = field(default_factory=dict)  # polity -> last full name
    focus: Participant | None = None  # last subject person, for *il*/*elle*
    group: tuple[Participant, ...] = ()  # last subject naming several polities, for *ils*
    last_named: Participant | None = None  # last person named at all, for *ce dernier*
    # whose plan, agreement or initiative was last told (*le plan américain*), for a later
    # *ce plan*: lemma -> the polities that own it
    owned: dict[str, tuple[Participant, ...]] = field(default_factory=dict)

    def remember(self, name: str, polity: str) -> None:
        keys = _name_keys(name)
        words = name.split()
        if polity in FAMILY_NAME_FIRST and len(words) > 1:
            keys.append(words[0].lower())  # *Kim Jong Un* -> *M. Kim*, *Xi Jinping* -> *M. Xi*
        for key in keys:
            self.people.setdefault(key, (name, polity))
        self.last_person[polity] = name

    def recall(self, text: str) -> tuple[str, str] | None:
        for key in _name_keys(text):
            if key in self.people:
                return self.people[key]
        return None


def _name_keys(name: str) -> list[str]:
    """Keys a later short mention may use: the full name and its last word (the surname)."""
    words = name.replace("M. ", "").split()
    keys = [" ".join(words).lower()]
    if len(words) > 1:
        keys.append(words[-1].lower())
    return keys


def _is_locative(doc: Doc, start: int) -> bool:
    """Whether a mention is introduced by a locative preposition (*à Hanoï*, *au Japon*)."""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i >= 1 and doc[i].lower_ in ("de", "d'", "du", "des") and doc[i - 1].lower_ in NEAR_WORDS:
        return True  # *près de Paris*, *au large de Chypre*
    if i >= 1 and doc[i].lower_ in ("de", "d'", "du") and doc[i - 1].lower_ in AREA_WORDS:
        return _is_locative(doc, i - 1)  # *dans la région du Ladakh*, *dans la ville de Gaza*
    if i >= 1 and doc[i].lower_ in ("à", "au", "aux"):
        verb = i - 1
        while verb > 0 and doc[verb].pos_ == "ADV":
            verb -= 1
        if doc[verb].lemma_ in DATIVE_VERBS:
            return False  # *a demandé à l'Iran de …*: the one asked, not a place
    return i >= 0 and doc[i].lower_ in LOCATIVE_PREPS


def _strip_det(span: Span) -> Span:
    """Drop a leading determiner from a span ("le Comité populaire" -> "Comité populaire")."""
    start = span.start
    while start < span.end - 1 and span.doc[start].pos_ in ("DET", "ADP"):
        start += 1
    return span.doc[start:span.end]


def _gazetteer_spans(doc: Doc) -> list[Span]:
    return list(doc.spans["gazetteer"]) if "gazetteer" in doc.spans else []


def _np_window(doc: Doc, ent: Span) -> tuple[int, int]:
    """Token window of the noun phrase around a person name: title before, apposition after.

    The left part is the title (*le Premier ministre biélorusse*); the right part
    is taken only when a comma opens an apposition with a noun (*, directeur
    exécutif de …*), not a circumstance (*, en visite officielle au Vietnam*).
    Both stop at verbs and punctuation, so that in *X, ministre de Russie, a
    rencontré le chef de la diplomatie chinoise* the polity of X is RUS, not CHN.
    """
    sent = ent.sent
    left = ent.start
    while left - 1 >= sent.start and ent.start - (left - 1) <= 10:
        tok = doc[left - 1]
        if tok.pos_ in ("VERB", "AUX", "CCONJ") or tok.lower_ in WINDOW_STOPS or tok.text in (
                ".", ";", ":", "(", ")", '"', "«", "»", ","):
            break
        left -= 1
    if left < ent.start and doc[left - 1].lower_ in LOCATIVE_PREPS:
        # *a rencontré à Buenos Aires le prince héritier X*: the place after *à* is not
        # part of the title, which starts at its article
        while left < ent.start and doc[left].pos_ != "DET":
            left += 1
    if left == ent.start and left - 1 > sent.start and doc[left - 1].text == ",":
        left = _title_before_comma(doc, left - 1, sent.start)
    right = ent.end
    # a name titled before it (*le Premier ministre grec Kyriakos Mitsotakis*) is rarely
    # titled again after it: *, le chef de l'Etat a …* opens the main clause
    titled = left < ent.start and doc[right + 1].lower_ in ("le", "la", "l'") \
        if right + 1 < sent.end else False
    if right + 1 < sent.end and doc[right].text == "," and not titled and \
            _opens_apposition(doc, right + 1):
        right += 1
        while right < sent.end and right - ent.end <= 14:
            tok = doc[right]
            if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ".", ";", ":", "(", ")"):
                break
            right += 1
    return left, right


def _opens_apposition(doc: Doc, i: int) -> bool:
    """Whether the words after a name's comma describe it (*, directeur exécutif de …*).

    A plural determiner opens the next item of a list (*A, les présidents des deux
    chambres, ainsi que …*), and a preposition a circumstance (*, en visite au Vietnam*).
    """
    tok = doc[i]
    if tok.pos_ == "DET":
        if tok.lower_ in ("les", "des", "ces", "leurs", "ses"):
            return False
        i += 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].lower_ not in ROLE_HEADS:
        i += 1
    return i < len(doc) and (doc[i].lower_ in ROLE_HEADS or doc[i].lower_ in APPOSITION_HEADS)


def _title_before_comma(doc: Doc, comma: int, floor: int) -> int:
    """Start of a title NP that ends at ``comma`` and names the person after it.

    *le président du Comité populaire de Hanoï, Tran Sy Thanh*: the title is
    the person's, so its body and polity belong to them.  Returns ``comma + 1``
    (no extension) unless a role word opens the stretch and no verb, other
    name or punctuation lies in between.
    """
    i = comma - 1
    start = comma + 1
    while i >= floor and comma - i <= 12:
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") or tok.ent_type_ == "PER" or tok.text in (
                ",", ".", ";", ":", "(", ")", '"', "«", "»"):
            break
        if tok.lower_ in ROLE_HEADS and not (
                tok.lower_ in ("premier", "première") and i + 1 < comma
                and doc[i + 1].lower_ not in ("ministre", "secrétaire", "vice-ministre")):
            # *Au premier jour du G20 en Argentine, Emmanuel Macron*: an ordinal, no title
            start = i
            while start - 1 >= floor and doc[start - 1].pos_ in ("DET", "ADJ"):
                start -= 1
        i -= 1
    return start


def _person_polity(doc: Doc, ent: Span, spans: list[Span], leader: Leader | None,
                   memory: Memory) -> tuple[str | None, set[int]]:
    """The polity of a person entity (``leader``: the gazetteer's record of it, if any) and
    the gazetteer spans its noun phrase used up."""
    left, right = _np_window(doc, ent)
    near = [s for s in spans if left <= s.start and s.end <= right
            and not (ent.start <= s.start < ent.end) and s.label_ != "PLACE"]
    used = {id(s) for s in near}
    if leader is not None:
        return leader.polity, used
    if near:
        # *l'ambassadeur de Cuba au Vietnam*: the country after a locative preposition is
        # where the person serves, the one after *de* whom they serve
        near = [s for s in near if not _is_locative(doc, s.start)] or near
        # prefer the mention closest to the name: "ministre russe ... de la Chine" is rare,
        # "le président biélorusse Alexandre Loukachenko" is the common case
        best = min(near, key=lambda s: min(abs(s.end - ent.start), abs(s.start - ent.end)))
        return best.kb_id_ or None, used
    recalled = memory.recall(ent.text)
    if recalled:
        return recalled[1], used
    return None, used


def find_participants(doc: Doc, gaz: Gazetteer, memory: Memory) -> list[Participant]:
    """All polity-bearing mentions of a Doc, in order, persons and bodies absorbing their NPs."""
    spans = _gazetteer_spans(doc)
    out: list[Participant] = []
    used: set[int] = set()
    taken: set[int] = set()  # token indices already inside a person/body participant
    # a known surname inside a longer name of someone else (*Jean-Christophe Lagarde* holds
    # *Lagarde*) is not that leader
    other_people = [e for e in doc.ents if e.label_ == "PER" and gaz.person(e.text) is None
                    and gaz.person(_clean_name(e)) is None]  # *MM. Macron* is Macron
    leaders = [s for s in spans if s.label_ == "LEADER" and not any(
        e.start <= s.start and s.end <= e.end and len(e) > len(s) for e in other_people)]
    spans = [s for s in spans if s.label_ != "LEADER" or s in leaders]
    ents = [e for e in doc.ents if e.label_ != "PER" or not any(
        s.start < e.end and e.start < s.end for s in leaders)]
    people = sorted([e for e in ents if e.label_ == "PER"] + leaders, key=lambda e: e.start)
    for ent in people + [e for e in ents if e.label_ == "ORG"]:
        if ent.label_ == "PER" and _is_place_name(ent, spans):
            continue  # *Washington* tagged PER by the model is the city (its government)
        if ent.label_ in ("PER", "LEADER") and len(ent.text) > 2:
            name = _clean_name(ent)
            leader = gaz.person(ent.text)
            polity, used_here = _person_polity(doc, ent, spans, leader, memory)
            if polity is None:
                continue
            used |= used_here | {id(ent)}
            left, right = _np_window(doc, ent)
            role, sector = _title_in(doc, min(left, ent.start), max(right, ent.end))
            if role is None:
                role = _known_role(leader, gaz)
            # the body in the title names the sector better (*président de la Chambre des
            # députés* is legislature, not government)
            title_words = doc[min(left, ent.start):ent.start].text + " " + \
                doc[ent.end:max(right, ent.end)].text
            sector = _body_sector(title_words) or sector
            out.append(Participant(min(left, ent.start), max(right, ent.end), polity, "person",
                                   name, locative=False, role=role, sector=sector))
            full = memory.recall(name)
            if full and full[1] == polity and len(full[0]) > len(name):
                out[-1].name = full[0]  # "Golovchenko" -> "Roman Golovchenko"
            memory.remember(out[-1].name or name, polity)
            taken.update(range(min(left, ent.start), max(right, ent.end)))
        elif ent.label_ == "ORG" and ent.start not in taken:
            inner = [s for s in spans if ent.start <= s.start and s.end <= ent.end]
            if not inner or ent[0].lower_ in ROLE_HEADS or _strip_det(ent)[0].lower_ in ROLE_HEADS:
                continue
            body = _strip_det(ent)
            whole = len(inner) == 1 and inner[0].start <= body.start and inner[0].end >= body.end
            if whole:
                continue  # the ORG is just "ONU" or "Union européenne": a polity, no name
            polity = inner[0].kb_id_
            used |= {id(s) for s in inner}
            out.append(Participant(ent.start, ent.end, polity, "body", body.text,
                                   _is_locative(doc, ent.start), sector=_body_sector(body.text)))
            taken.update(range(ent.start, ent.end))
    for span in spans:
        if id(span) in used or span.start in taken or not span.kb_id_ or _is_context(doc, span):
            continue
        kind = POLITY_LABELS.get(span.label_, "state")
        name = None
        if kind == "person":
            name = span.text
            memory.remember(name, span.kb_id_)
        elif kind == "demonym" and _after_title(doc, span):
            # *le dirigeant vietnamien*: the last person of that polity named before it (the
            # whole document's people are known by now, so not the memory's last one)
            before = [p for p in out if p.kind == "person" and p.polity == span.kb_id_
                      and p.end <= span.start]
            name = before[-1].name if before else None
        out.append(Participant(span.start, span.end, span.kb_id_, kind, name,
                               _is_locative(doc, span.start),
                               sector="igo" if span.label_ == "IGO" else None))
    out.extend(_titles_alone(doc, out, taken))
    out.extend(_halves(doc, spans, taken))
    out.extend(_bodies_alone(doc, out, taken))
    out.sort(key=lambda p: (p.start, p.end))
    return out


# A divided country's halves told by their compass point once both have been named
# (*le Nord a cessé ses contacts avec le Sud*, *son voisin du Sud*): wires write Korea's this
# way, and the French model tags neither as an entity.
HALVES = {("PRK", "KOR"): {"Nord": "PRK", "Sud": "KOR"}}


def _halves(doc: Doc, spans: list[Span], taken: set[int]) -> list[Participant]:
    """*Le Nord* / *le Sud* for a divided country's halves, in a document naming both."""
    named = {s.kb_id_ for s in spans}
    covered = {i for s in spans for i in range(s.start, s.end)} | taken
    out = []
    for pair, points in HALVES.items():
        if not set(pair) <= named:
            continue
        for tok in doc:
            polity = points.get(tok.text)
            if polity is None or tok.i in covered or tok.i == 0:
                continue
            det = doc[tok.i - 1]
            before = doc[tok.i - 2] if tok.i >= 2 else None
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if det.lower_ not in ("le", "du", "au"):
                continue
            if before is not None and before.is_title and not before.is_sent_start:
                continue  # *l'Irlande du Nord*, *la Ligue du Nord*
            if after is not None and (after.lower_ in ("de", "du", "des", "-") or after.is_title
                                      or after.text.startswith("-")):
                continue  # *le Sud de Chypre*, *le Sud-Ouest*
            out.append(Participant(tok.i - 1, tok.i + 1, polity, "state",
                                   locative=_is_locative(doc, tok.i)))
    return out


def _titles_alone(doc: Doc, found: list[Participant], taken: set[int]) -> list[Participant]:
    """A title with no name and no nationality (*le vice-président*, *le chef de la
    diplomatie*) refers to the last person named before it with that title."""
    seen = [(p.start, p.role, p) for p in found if p.kind == "person" and p.role]
    seen.sort(key=lambda x: x[0])
    covered = {i for p in found for i in range(p.start, p.end)} | taken
    # *le président libanais*, *le président du Liban*: a nationality after the title
    nationality = {p.start for p in found if p.kind in ("demonym", "state")}
    out = []
    for span in doc.spans.get("titles", []):
        if any(i in covered for i in range(span.start, span.end)):
            continue
        if span.end in nationality or (span.end + 1 in nationality and span.end < len(doc)
                                       and doc[span.end].lower_ in ("du", "de", "des")):
            continue
        if "Plur" in doc[span.start].morph.get("Number"):
            continue  # *les deux chefs d'Etat* are not the last one named
        role = span.id_ or span.text
        earlier = [p for start, r, p in seen if start < span.start and r == role]
        # the one told as a subject (*François Hollande a demandé à Donald Trump …, a estimé
        # le chef de l'État*), else the last one named
        subjects = [p for p in earlier if any(
            doc[i].dep_ in ("nsubj", "nsubj:pass") for i in range(p.start, p.end))]
        if earlier:
            person = (subjects or earlier)[-1]
            out.append(Participant(span.start, span.end, person.polity, "person", person.name,
                                   role=role, sector=person.sector))
    return out


# Bodies a story names once with their nationality (*le ministère russe des Affaires
# étrangères*) and then bare (*a ajouté le ministère*, *le gouvernement a démenti*).
BODY_NOUNS = frozenset({"ministère", "gouvernement"})


def _bodies_alone(doc: Doc, found: list[Participant], taken: set[int]) -> list[Participant]:
    """A ministry or government with no nationality of its own refers to the last one of
    that noun named with one (the French model links no coreference, and the noun alone
    names no polity)."""
    covered = {i for p in found for i in range(p.start, p.end)} | taken
    owner = {i: p for p in found if p.kind in ("demonym", "state", "body") and not p.locative
             for i in range(p.start, p.end)}
    last: dict[str, Participant] = {}
    out = []
    for tok in doc:
        if tok.lower_ not in BODY_NOUNS or "Plur" in tok.morph.get("Number"):
            continue
        phrase = [t.i for t in tok.subtree if t.i >= tok.i]
        own = next((owner[i] for i in [tok.i, *phrase] if i in owner), None)
        if own is not None:
            last[tok.lower_] = own
            continue
        det = doc[tok.i - 1] if tok.i > 0 else None
        antecedent = last.get(tok.lower_)
        if antecedent is None or tok.i in covered or det is None or det.lower_ != "le" or \
                tok.dep_ == "nmod":
            continue  # *le porte-parole du gouvernement* is his own government's
        end = max(phrase) + 1 if all(doc[i].pos_ in ("NOUN", "ADP", "DET", "PROPN", "ADJ")
                                     for i in phrase) else tok.i + 1
        out.append(Participant(tok.i - 1, end, antecedent.polity, "body",
                               antecedent.name if antecedent.kind == "body" else None,
                               sector=_body_sector(tok.text)))
    return out


def _is_place_name(ent: Span, spans: list[Span]) -> bool:
    """Whether a PER entity is exactly a capital, state or place of the gazetteer."""
    return any(s.start == ent.start and s.end == ent.end and s.label_ in (
        "CAPITAL", "STATE", "PLACE", "METONYM", "IGO") for s in spans)


def _title_in(doc: Doc, start: int, end: int) -> tuple[str | None, str | None]:
    """The canonical title between two token offsets (*ministre des Affaires étrangères*) and
    the sector it implies (the titles gazetteer's ``kb_id_``)."""
    titles = [s for s in doc.spans.get("titles", []) if start <= s.start and s.end <= end]
    if not titles:
        return None, None
    return titles[0].id_ or titles[0].text, titles[0].kb_id_ or None


def _known_role(leader: Leader | None, gaz: Gazetteer) -> str | None:
    """The title a known figure holds when the text names them bare (*Emmanuel Macron*), so
    that a later bare title (*le chef de l'État*) can refer back to them."""
    title = gaz.title(leader.role) if leader is not None else None
    return title.title if title is not None else None


def _body_sector(name: str) -> str | None:
    """The sector a body's name implies (*Chambre des députés* -> legislature)."""
    low = name.lower()
    return next((sector for sector, words in BODY_SECTORS if any(w in low for w in words)), None)


def _is_context(doc: Doc, span: Span) -> bool:
    """Whether a mention only frames something (*dans le cadre des Nations unies*).

    A member named after an IGO with *dont* (*les pays du G7, dont la France, ont
    exhorté*) is context too: the IGO acts alone (codebook §7); so is a word of a treaty's
    name (*l'accord de Paris*, *l'accord sur le nucléaire iranien*).
    """
    if any(m.start <= span.start_char and span.end_char <= m.end for m in doc_treaties(doc)):
        return True
    i = span.start - 1
    while i >= 0 and span.start - i <= 2 and doc[i].pos_ == "DET":
        i -= 1
    if i >= 0 and doc[i].lower_ == "dont" and any(
            s.label_ == "IGO" for s in doc.spans.get("gazetteer", [])
            if span.sent.start <= s.start < span.start):
        return True
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].pos_ in ("DET", "ADP"):
        i -= 1
    return i >= 0 and doc[i].lower_ in CONTEXT_NOUNS


def _after_title(doc: Doc, span: Span) -> bool:
    """Whether a demonym qualifies a role noun (*le président américain*), so it names a person."""
    head = doc[span.start].head
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return head.lower_ in ROLE_HEADS or before in ROLE_HEADS


NAME_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
GLUED_QUOTE = re.compile(r"[\"«»“”].*$")


def _clean_name(ent: Span) -> str:
    """A person's name as written, without title words or punctuation glued on by the wire.

    *M. Macron* -> *Macron*, *le pape François* -> *François*, *roi Abdallah II* ->
    *Abdallah II*, *Emmanuel Macron"Si* -> *Emmanuel Macron*, *-Donald Trump* -> *Donald Trump*.
    """
    text = GLUED_QUOTE.sub("", ent.text)
    words = [NAME_EDGE.sub("", w) for w in text.split()]
    words = [w for w in words if w]
    while len(words) > 1 and (words[0] in ("M", "MM", "Mme", "Mmes", "Mr", "Dr", "Me", "Mgr") or
                              words[0].lower() in ROLE_HEADS or words[0].lower() in NAME_PREFIXES
                              or words[0][:1].islower()):
        words = words[1:]
    return " ".join(words) if words else ent.text.strip()


def resolve_pronoun(token: Token, memory: Memory, parts: list[Participant] = ()
                    ) -> Participant | None:
    """The participant a subject pronoun (*il*, *elle*) refers to.

    In a clause under a verb of its own sentence, the subject person of that sentence named
    before it (*Mike Pompeo a fait savoir qu'il avait offert …*); else the last subject
    person of the story so far.
    """
    if token.lower_.lstrip("-") not in PERSON_PRONOUNS:  # also inverted (*a-t-il dit*)
        return None
    doc = token.doc
    here = [p for p in parts if p.end <= token.i and p.kind in ("person", "demonym") and p.name
            and any(doc[i].dep_ in ("nsubj", "nsubj:pass") for i in range(p.start, p.end))]
    if here:
        return here[-1]
    return memory.focus
