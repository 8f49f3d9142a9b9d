"""Checks of the packaged gazetteer data: codes, coverage, and no surface form read two ways."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from communique.gazetteer import key_of, load_gazetteer

# The 193 UN member states (ISO 3166-1 alpha-3), written out independently of the data.
_UN_MEMBERS = """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
    BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
    PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
    GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
    LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG
    MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL
    PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
    SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
    USA URY UZB VUT VEN VNM YEM ZMB ZWE"""
UN_MEMBERS = set(_UN_MEMBERS.split())
OTHER_STATES = {"PSE", "VAT", "XKX", "TWN"}
_IGOS = """
    UN UNSC EU ASEAN AU NATO CIS OIF WHO IMF WB WTO OPEC ECOWAS IAEA ICC G7 G20 BRICS SCO APEC
    OSCE ARABLEAGUE OIC GCC MERCOSUR OAS UNESCO UNHCR ICRC"""
CODEBOOK_IGOS = set(_IGOS.split())
SECTORS = {
    "government", "legislature", "party", "military", "business", "civil-society", "igo",
    "judiciary", "diplomacy",
}  # fmt: skip
# Forms deliberately read as two polities; the gazetteer resolves each (first code wins in text).
DELIBERATE = {
    "bruxelles": {"BEL", "EU"},  # Belgium's capital, and the EU as a metonym (wins)
    "congolais": {"COD", "COG"},  # both Congos; DR Congo listed first
    "congolaise": {"COD", "COG"},
    "congolaises": {"COD", "COG"},
    "colombo": {"COL", "LKA"},  # "colombo-" prefix of Colombia; Sri Lanka's capital
}


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    return load_gazetteer()


def test_gazetteer_data_codes_are_valid(gazetteer) -> None:  # type: ignore[no-untyped-def]
    states = {c for c, e in gazetteer.entries.items() if e.kind == "state"}
    igos = {c for c, e in gazetteer.entries.items() if e.kind == "igo"}
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in states)
    assert igos == CODEBOOK_IGOS
    known = states | igos
    assert {s.code for s in gazetteer.surface_forms() if s.code is not None} <= known
    assert {p.polity for p in gazetteer.leaders} <= known


def test_gazetteer_data_covers_every_un_member_and_observer(gazetteer) -> None:  # type: ignore[no-untyped-def]
    states = {c for c, e in gazetteer.entries.items() if e.kind == "state"}
    assert states == UN_MEMBERS | OTHER_STATES
    assert {c for c in states if gazetteer.entry(c).un_member} == UN_MEMBERS


@pytest.mark.parametrize("code", sorted(UN_MEMBERS | OTHER_STATES))
def test_gazetteer_data_state_has_demonyms_in_four_forms_and_a_capital(gazetteer, code) -> None:  # type: ignore[no-untyped-def]
    entry = gazetteer.entry(code)
    assert set(entry.demonym_forms) == {"m", "f", "mp", "fp"}
    assert all(entry.demonym_forms.values())
    assert entry.demonym_forms["fp"].endswith("s")
    assert entry.names and entry.capital
    for form in entry.demonym_forms.values():
        assert gazetteer.polity_of(form) == code or key_of(form)[0] in DELIBERATE


def test_gazetteer_data_no_form_reads_as_two_polities(gazetteer) -> None:  # type: ignore[no-untyped-def]
    codes: dict[str, set[str]] = defaultdict(set)
    for surface in gazetteer.surface_forms():
        if surface.code is not None and surface.label not in ("STOP", "PLACE", "LEADER"):
            codes[" ".join(key_of(surface.form))].add(surface.code)
    clashes = {form: found for form, found in codes.items() if len(found) > 1}
    assert clashes == DELIBERATE


def test_gazetteer_data_person_names_are_one_polity_except_second_roles(gazetteer) -> None:  # type: ignore[no-untyped-def]
    polities: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for leader in gazetteer.leaders:
        if leader.qualifier is None:
            for form in (leader.name, *leader.variants):
                polities[key_of(form)].add(leader.polity)
    assert {form: found for form, found in polities.items() if len(found) > 1} == {}


def test_gazetteer_data_titles_and_leaders_use_known_sectors(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert {t.sector for t in gazetteer.titles} <= SECTORS
    assert {p.sector for p in gazetteer.leaders} <= SECTORS


def test_gazetteer_data_places_have_coordinates_in_range(gazetteer) -> None:  # type: ignore[no-untyped-def]
    places = {p for ps in gazetteer._places.values() for p in ps}
    located = [p for p in places if p.lat is not None]
    assert len(located) >= 0.95 * len(places)
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in located)
