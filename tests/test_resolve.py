"""Within-article merging: repeated facts are one event, distinct meetings stay apart."""

from __future__ import annotations

from communique.models import Event, Evidence
from communique.resolve import resolve_events


def _event(type_: str, actor: tuple[str, ...], recipient: tuple[str, ...] = (), *,
           sentence: int, recipient_names: tuple[str, ...] = (), date: str | None = None,
           mode: str | None = None, summary: bool = False, status: str = "occurred") -> Event:
    return Event(type=type_, actor=actor, recipient=recipient, mode=mode, date=date,
                 recipient_names=recipient_names, status=status,
                 evidence=Evidence(doc_id="d", start=sentence, end=sentence + 10, text="…"),
                 extras={"sentence": sentence, "summary": summary})


def test_resolve_title_repeats_body_event() -> None:
    title = _event("SANCTION", ("PRK",), ("KOR",), sentence=0, summary=True)
    body = _event("SANCTION", ("PRK",), ("KOR",), sentence=200, date="2020-06-09")
    merged = resolve_events([title, body])
    assert len(merged) == 1
    assert merged[0].date == "2020-06-09"


def test_resolve_keeps_separate_meetings_of_one_visit() -> None:
    first = _event("CONSULT", ("VNM",), ("CUB",), sentence=10, mode="visit",
                   recipient_names=("Raúl Castro Ruz",))
    second = _event("CONSULT", ("VNM",), ("CUB",), sentence=90, mode="visit",
                    recipient_names=("Ricardo Cabrisas Ruiz",))
    assert len(resolve_events([first, second])) == 2


def test_resolve_drops_bare_visit_when_meetings_are_named() -> None:
    visit = _event("CONSULT", ("VNM",), ("BLR",), sentence=0, mode="visit")
    meeting = _event("CONSULT", ("VNM",), ("BLR",), sentence=80, mode="visit",
                     recipient_names=("Alexandre Loukachenko",), date="--05-11")
    merged = resolve_events([visit, meeting])
    assert [e.recipient_names for e in merged] == [("Alexandre Loukachenko",)]


def test_resolve_keeps_separate_accusations_in_the_body() -> None:
    one = _event("ACCUSE", ("FRA",), ("SYR",), sentence=10)
    two = _event("ACCUSE", ("FRA",), ("SYR",), sentence=300)
    assert len(resolve_events([one, two])) == 2


def test_resolve_never_merges_historical_with_occurred() -> None:
    old = _event("SUPPORT", ("VNM", "BLR"), sentence=10, mode="sign", status="historical",
                 date="2004-11")
    new = _event("SUPPORT", ("VNM", "BLR"), sentence=10, mode="sign", date="--12-07")
    assert len(resolve_events([old, new])) == 2


def test_resolve_keeps_meetings_with_two_bodies_apart() -> None:
    # VNA seed 001: two bodies whose names end with the same adjective
    parliament = _event("CONSULT", ("VNM",), ("BLR",), sentence=10, mode="visit",
                        recipient_names=("Parlement biélorusse",))
    association = _event("CONSULT", ("VNM",), ("BLR",), sentence=90, mode="visit",
                         recipient_names=("Association biélorusse pour l'amitié",))
    assert len(resolve_events([parliament, association])) == 2


def test_resolve_merges_a_surname_with_the_full_name() -> None:
    full = _event("CONSULT", ("VNM",), ("BLR",), sentence=10, mode="visit",
                  recipient_names=("Alexandre Loukachenko",))
    short = _event("CONSULT", ("VNM",), ("BLR",), sentence=90, mode="visit",
                   recipient_names=("Loukachenko",))
    assert len(resolve_events([full, short])) == 1


def test_resolve_merges_a_summons_told_twice() -> None:
    # OrangeSum os-032961: the summons in a quote and in the narration
    quoted = _event("PROTEST", ("TUR",), ("GRC",), sentence=10, date="2020-09-18")
    told = _event("PROTEST", ("TUR",), ("GRC",), sentence=90, date="2020-09-18")
    assert len(resolve_events([quoted, told])) == 1


def test_resolve_merges_one_dated_signing_told_twice() -> None:
    # VNA seed 000: *en novembre 2004 … ont signé*, later *en 2004, … avaient signé*
    first = _event("SUPPORT", ("VNM", "BLR"), sentence=10, mode="sign", status="historical",
                   date="2004-11")
    again = _event("SUPPORT", ("VNM", "BLR"), sentence=400, mode="sign", status="historical",
                   date="2004")
    assert [e.date for e in resolve_events([first, again])] == ["2004-11"]


def test_resolve_codes_a_planned_signing_once_when_done() -> None:
    # VNA seed 000: *les deux parties signeront un programme*, then the signing ceremony
    planned = _event("SUPPORT", ("VNM", "BLR"), sentence=10, mode="sign", status="future")
    done = _event("SUPPORT", ("VNM", "BLR"), sentence=400, mode="sign", date="--12-07")
    assert [e.status for e in resolve_events([planned, done])] == ["occurred"]
    other = _event("AGREE", ("VNM", "BLR"), sentence=10, status="future")
    assert len(resolve_events([other, done])) == 2


def test_resolve_keeps_a_bare_visit_of_another_trip() -> None:
    # OrangeSum os-001086: the 2018 trip to Russia is not the 2017 reception in Paris
    trip = _event("CONSULT", ("FRA",), ("RUS",), sentence=400, mode="visit", date="2018",
                  status="historical")
    reception = _event("CONSULT", ("RUS",), ("FRA",), sentence=300, mode="visit", date="2017",
                       status="historical", recipient_names=("Emmanuel Macron",))
    assert len(resolve_events([reception, trip])) == 2


def test_resolve_keeps_a_call_apart_from_talks_of_the_same_day() -> None:
    # OrangeSum os-013942: Juncker's morning call to Johnson is not the negotiators' talks
    talks = _event("CONSULT", ("EU", "GBR"), sentence=10, date="2019-10-17")
    call = _event("CONSULT", ("EU",), ("GBR",), sentence=90, mode="phone")
    assert len(resolve_events([talks, call])) == 2
    # a generic mention still repeats a meeting of a known kind
    visit = _event("CONSULT", ("EU",), ("GBR",), sentence=10, mode="visit")
    again = _event("CONSULT", ("EU", "GBR"), sentence=90)
    assert len(resolve_events([visit, again])) == 1


def test_resolve_keeps_a_dated_visit_apart_from_the_year_summit_count() -> None:
    # OrangeSum os-005698: *trois sommets en 2018* and *la visite de Moon Jae-in … en
    # septembre 2018*
    summits = _event("CONSULT", ("PRK", "KOR"), sentence=10, status="historical", date="2018")
    visit = _event("CONSULT", ("KOR",), ("PRK",), sentence=90, mode="visit",
                   status="historical", date="2018-09")
    assert len(resolve_events([summits, visit])) == 2


def test_resolve_merges_a_joint_and_a_directed_telling_of_one_meeting() -> None:
    joint = _event("CONSULT", ("FRA", "CHN"), sentence=10, date="2020-06-05")
    directed = _event("CONSULT", ("FRA",), ("CHN",), sentence=90, date="2020-06-05")
    assert len(resolve_events([joint, directed])) == 1


def test_resolve_drops_a_title_act_retold_by_the_body_with_more_actors() -> None:
    # OrangeSum os-014064: *Emmanuel Macron accuse à son tour l'Iran* (title) retells *la
    # France, l'Allemagne et le Royaume-Uni ont accusé … l'Iran*
    title = _event("ACCUSE", ("FRA",), ("IRN",), sentence=0, summary=True)
    body = _event("ACCUSE", ("FRA", "DEU", "GBR"), ("IRN",), sentence=300, date="2019-09-23")
    assert [e.actor for e in resolve_events([title, body])] == [("FRA", "DEU", "GBR")]


def test_resolve_keeps_a_title_act_with_another_target() -> None:
    title = _event("ACCUSE", ("FRA",), ("IRN",), sentence=0, summary=True)
    body = _event("ACCUSE", ("FRA", "DEU"), ("SAU",), sentence=300)
    assert len(resolve_events([title, body])) == 2
