"""Known treaties: how French names them, and whom leaving one is aimed at."""

from __future__ import annotations

from communique.extract.treaties import find_treaties


def test_finds_the_iran_nuclear_deal_under_its_french_names() -> None:
    for text in ("l'accord sur le nucléaire iranien", "l'accord international sur le "
                 "nucléaire iranien", "l'accord de Vienne", "le JCPOA"):
        found = find_treaties(f"Washington a quitté {text} en 2018.")
        assert [m.treaty.others(["USA"]) for m in found] == [
            ["CHN", "DEU", "FRA", "GBR", "IRN", "RUS"]], text


def test_a_non_party_leaves_nothing() -> None:
    (mention,) = find_treaties("le traité INF")
    assert mention.treaty.others(["FRA"]) is None
    assert mention.treaty.others(["USA"]) == ["RUS"]


def test_open_treaty_is_aimed_at_its_framework() -> None:
    (mention,) = find_treaties("Il s'est retiré de l'accord de Paris sur le climat.")
    assert mention.treaty.others(["BRA"]) == ["UN"]


def test_offsets_are_those_of_the_text() -> None:
    text = "Selon l’accord d’Oslo, signé en 1993."
    (mention,) = find_treaties(text)
    assert text[mention.start:mention.end] == "accord d’Oslo"
