"""Fixtures for the store tests: a fresh SQLite store and hand-built results.

The article texts are real excerpts.  ``000_16a7b6badb296c05`` is a VNA wire
excerpt (quoted news excerpt, for tests, evaluation and demo).  ``os-005698``
and ``os-028327`` are derived from the OrangeSum dataset by Moussa Kamal
Eddine, Antoine J.-P. Tixier and Michalis Vazirgiannis, CC BY-SA 4.0.
The events are coded by hand after the codebook; no model is needed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from communique.models import CleanedText, Document, Event, Evidence, Mention, Result
from communique.store import Store

HANOI_ID = "000_16a7b6badb296c05"
HANOI_TEXT = (
    "Hanoï (VNA) - Le Premier ministre biélorusse Roman Golovchenko, en visite officielle au "
    "Vietnam, a eu le 7 décembre une séance de travail avec le Comité populaire de Hanoï."
    "Le président du Comité populaire de Hanoï, Tran Sy Thanh, a informé le Premier ministre "
    "biélorusse des résultats de la coopération entre le Vietnam et la Biélorussie en général et "
    "entre les deux capitales en particulier. La capitale Hanoï et la capitale Minsk ont "
    "officiellement signé un accord d'amitié et de coopération en novembre 2004 à Hanoï."
)
KOREA_ID = "os-005698"
KOREA_TITLE = "La Corée du Nord coupe les ponts avec Séoul"
KOREA_TEXT = (
    f"{KOREA_TITLE}\n\n"
    "La Corée du Nord a annoncé qu'elle coupait mardi ses canaux de communication politique et "
    'militaire avec l\'"ennemi" sud-coréen, ce que des experts analysent comme une tentative de '
    "Pyongyang de créer une crise de toutes pièces.\n\n"
    "Depuis la semaine dernière, le pays communiste a proféré des reproches acrimonieux envers "
    "son voisin du Sud au sujet de l'envoi sur son territoire de prospectus anti-Pyongyang par "
    'des militants. Le département d\'Etat américain, "déçu" par la décision nord-coréenne, a '
    '"exhorté la Corée du Nord à reprendre le chemin de la diplomatie et de la coopération".'
)
TAFTA_ID = "os-028327"
TAFTA_TITLE = (
    "Traité Tafta: la France arrêtera de négocier si ses positions ne sont pas prises en compte"
)
TAFTA_TEXT = (
    f"{TAFTA_TITLE}\n\n"
    "Il a estimé qu'aucune position défendue par la France n'est pour l'heure prise en compte "
    "comme elle le voudrait dans les négociations, alors qu'un nouveau cycle de discussions doit "
    "se tenir la semaine prochaine à New York entre les Etats-Unis et l'Union européenne."
)


def _evidence(doc_id: str, text: str, quote: str, rule: str) -> Evidence:
    """Evidence pointing at the real offsets of ``quote`` in ``text``."""
    start = text.index(quote)
    return Evidence(doc_id=doc_id, start=start, end=start + len(quote), text=quote, rule=rule)


def build_hanoi() -> Result:
    """Seed article: Golovchenko's working session in Hanoï (year unknown: no pub_date)."""
    text = HANOI_TEXT
    document = Document(id=HANOI_ID, text=text, source="VNA", language="fr")
    consult = Event(
        type="CONSULT", mode="visit", actor=("BLR",), recipient=("VNM",),
        actor_names=("Roman Golovchenko",), recipient_names=("Comité populaire de Hanoï",),
        date="--12-07", location="Hanoï", location_country="VNM",
        sectors=("health", "culture", "trade"),
        evidence=_evidence(HANOI_ID, text, "a eu le 7 décembre une séance de travail",
                           "communique.consult_trigger.v1"),
    )  # fmt: skip
    signed = Event(
        type="SUPPORT", mode="sign", actor=("BLR", "VNM"),
        actor_names=("Minsk", "Hanoï"), date="2004-11", location="Hanoï",
        location_country="VNM", status="historical", sectors=("diplomacy",),
        evidence=_evidence(HANOI_ID, text, "ont officiellement signé un accord d'amitié",
                           "communique.support_sign.v1"),
    )  # fmt: skip
    mentions = (
        Mention(doc_id=HANOI_ID, start=text.index("Roman"), end=text.index(", en visite"),
                text="Roman Golovchenko", kind="person", polity="BLR",
                name="Roman Golovchenko", role="Premier ministre"),
        Mention(doc_id=HANOI_ID, start=text.index("Minsk"), end=text.index("Minsk") + 5,
                text="Minsk", kind="place", polity="BLR", name="Minsk"),
        Mention(doc_id=HANOI_ID, start=0, end=5, text="Hanoï", kind="place", polity="VNM",
                name="Hanoï"),
    )  # fmt: skip
    cleaned_text = text.removeprefix("Hanoï (VNA) - ")
    cleaned = CleanedText(
        doc_id=HANOI_ID, text=cleaned_text,
        offsets=tuple(range(len(text) - len(cleaned_text), len(text) + 1)),
        dateline_place="Hanoï", dateline_agency="VNA",
    )  # fmt: skip
    return Result(document=document, events=(consult, signed), mentions=mentions, cleaned=cleaned)


def build_korea() -> Result:
    """OrangeSum article of 2020-06-09: North Korea cuts its lines to Seoul."""
    document = Document(id=KOREA_ID, text=KOREA_TEXT, title=KOREA_TITLE, pub_date="2020-06-09")
    cut = Event(
        type="SANCTION", actor=("PRK",), recipient=("KOR",), date="2020-06-09",
        sectors=("diplomacy", "defence"),
        evidence=_evidence(KOREA_ID, KOREA_TEXT, "coupait mardi ses canaux de communication",
                           "communique.sanction_trigger.v1"),
    )  # fmt: skip
    reproach = Event(
        type="ACCUSE", actor=("PRK",), recipient=("KOR",), date="2020-06",
        evidence=_evidence(KOREA_ID, KOREA_TEXT, "a proféré des reproches acrimonieux",
                           "communique.accuse_trigger.v1"),
    )  # fmt: skip
    appeal = Event(
        type="REQUEST", actor=("USA",), recipient=("PRK",),
        actor_names=("département d'Etat américain",), date="2020-06-09",
        sectors=("diplomacy",),
        evidence=_evidence(KOREA_ID, KOREA_TEXT, "exhorté la Corée du Nord à reprendre",
                           "communique.request_trigger.v1"),
    )  # fmt: skip
    return Result(document=document, events=(cut, reproach, appeal))


def build_tafta() -> Result:
    """OrangeSum article of 2016-04-24: a negotiation round planned in New York."""
    document = Document(id=TAFTA_ID, text=TAFTA_TEXT, title=TAFTA_TITLE, pub_date="2016-04-24")
    talks = Event(
        type="CONSULT", mode="third-party", actor=("USA", "EU"), date="2016-04",
        date_end="2016-05", location="New York", location_country="USA", status="future",
        sectors=("trade",),
        evidence=_evidence(TAFTA_ID, TAFTA_TEXT, "un nouveau cycle de discussions doit se tenir",
                           "communique.consult_trigger.v1"),
    )  # fmt: skip
    return Result(document=document, events=(talks,))


@pytest.fixture
def hanoi() -> Result:
    return build_hanoi()


@pytest.fixture
def korea() -> Result:
    return build_korea()


@pytest.fixture
def tafta() -> Result:
    return build_tafta()


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    """A fresh store in a not-yet-existing folder (Store.open must create it)."""
    with Store.open(tmp_path / "db" / "communique.sqlite") as opened:
        yield opened


@pytest.fixture
def filled(store: Store) -> Store:
    """The store with the three articles saved."""
    for result in (build_hanoi(), build_korea(), build_tafta()):
        store.save_result(result, extractor_version="0.1.0")
    return store
