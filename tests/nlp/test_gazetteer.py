"""Lookups and text scanning of communique.gazetteer on real French forms."""

from __future__ import annotations

import pytest

from communique.gazetteer import fold, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("biélorusse", "BLR"),
        ("le royaume hachémite", "JOR"),
        ("l'Empire du Milieu", "CHN"),
        ("le pays du Matin calme", "KOR"),
        ("Bélarus", "BLR"),
        ("bélarusses", "BLR"),
        ("Viêt Nam", "VNM"),
        ("vietnamiennes", "VNM"),
        ("azerbaïdjanaises", "AZE"),
        ("Pékin", "CHN"),
        ("le Kremlin", "RUS"),
        ("la Maison-Blanche", "USA"),
        ("la Maison Blanche", "USA"),
        ("département d'Etat", "USA"),
        ("Etats-Unis", "USA"),
        ("aux États-Unis", "USA"),
        ("l’Iran", "IRN"),
        ("d'Iran", "IRN"),
        ("de la Chine", "CHN"),
        ("du Japon", "JPN"),
        ("du Caire", "EGY"),
        ("Emirats arabes unis", "ARE"),
        ("émiraties", "ARE"),
        ("l'Elysée", "FRA"),
        ("Quai d'Orsay", "FRA"),
        ("Downing Street", "GBR"),
        ("nord-coréennes", "PRK"),
        ("sud-coréen", "KOR"),
        ("Ramallah", "PSE"),
        ("Autorité palestinienne", "PSE"),
        ("Hamas", "PSE"),
        ("ONU", "UN"),
        ("Nations unies", "UN"),
        ("onusienne", "UN"),
        ("Unicef", "UN"),
        ("Conseil de sécurité", "UNSC"),
        ("CEI", "CIS"),
        ("OTAN", "NATO"),
        ("Alliance atlantique", "NATO"),
        ("UE", "EU"),
        ("Commission européenne", "EU"),
        ("Bruxelles", "EU"),
        ("Cédéao", "ECOWAS"),
        ("OMS", "WHO"),
        ("Banque mondiale", "WB"),
        ("Ligue arabe", "ARABLEAGUE"),
        ("Saint-Siège", "VAT"),
        ("Crimée", "UKR"),
        ("Cisjordanie", "PSE"),
        ("Jérusalem-Est", "PSE"),
        ("plateau du Golan", "SYR"),
        ("Chypre du Nord", "CYP"),
        ("Alep", "SYR"),
    ],
)
def test_gazetteer_polity_of_reads_french_forms(gazetteer, text, code) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.polity_of(text) == code


@pytest.mark.parametrize(
    "text", ["la semaine", "européen", "mer de Chine méridionale", "Proche-Orient"]
)
def test_gazetteer_polity_of_gives_none_for_non_polities(gazetteer, text) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.polity_of(text) is None


@pytest.mark.parametrize(
    ("text", "polity", "kind"),
    [
        ("La Havane", "CUB", "capital"),
        ("à La Havane", "CUB", "capital"),
        ("Hanoi", "VNM", "capital"),
        ("Hô Chi Minh-Ville", "VNM", "city"),
        ("Saint-Pétersbourg", "RUS", "city"),
        ("Genève", "CHE", "city"),
        ("Bruxelles", "BEL", "capital"),
        ("Tel-Aviv", "ISR", "city"),
        ("Biélorussie", "BLR", "country"),
        ("mer Orientale", None, "sea"),
    ],
)
def test_gazetteer_place_finds_exonyms_with_polity(gazetteer, text, polity, kind) -> None:  # type: ignore[no-untyped-def]
    place = gazetteer.place(text)
    assert place is not None
    assert (place.polity, place.kind) == (polity, kind)
    assert kind == "sea" or place.lat is not None


def test_gazetteer_place_locates_capitals_correctly(gazetteer) -> None:  # type: ignore[no-untyped-def]
    minsk, havana = gazetteer.place("Minsk"), gazetteer.place("La Havane")
    assert 53 < minsk.lat < 55 and 27 < minsk.lon < 28.5
    assert 22.5 < havana.lat < 23.5 and -83 < havana.lon < -82


@pytest.mark.parametrize(
    ("text", "name", "polity"),
    [
        ("Loukachenko", "Alexandre Loukachenko", "BLR"),
        ("Alexander Lukashenko", "Alexandre Loukachenko", "BLR"),
        ("M. Macron", "Emmanuel Macron", "FRA"),
        ("Sergueï Lavrov", "Sergueï Lavrov", "RUS"),
        ("Antonio Guterres", "Antonio Guterres", "UN"),
        ("Tedros", "Tedros Adhanom Ghebreyesus", "WHO"),
        ("Tô Lâm", "To Lam", "VNM"),
        ("Bachar al-Assad", "Bachar al-Assad", "SYR"),
    ],
)
def test_gazetteer_person_finds_leaders_by_variant(gazetteer, text, name, polity) -> None:  # type: ignore[no-untyped-def]
    leader = gazetteer.person(text)
    assert (leader.name, leader.polity) == (name, polity)


def test_gazetteer_person_picks_the_role_held_that_year(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.person("Donald Tusk", year=2018).polity == "EU"
    assert gazetteer.person("Donald Tusk", year=2024).polity == "POL"


@pytest.mark.parametrize(
    ("text", "title", "sector"),
    [
        ("Premier ministre", "Premier ministre", "government"),
        ("Première ministre", "Premier ministre", "government"),
        ("chef de la diplomatie", "ministre des Affaires étrangères", "government"),
        (
            "vice-ministre permanent des Affaires étrangères",
            "vice-ministre des Affaires étrangères",
            "government",
        ),
        ("ambassadrice", "ambassadeur", "diplomacy"),
        ("secrétaire général du PCV", "secrétaire général du Parti", "party"),
        ("président de l'Assemblée nationale", "président de l'Assemblée nationale", "legislature"),
        ("chef d'état-major", "chef d'état-major", "military"),
    ],
)
def test_gazetteer_title_gives_sector(gazetteer, text, title, sector) -> None:  # type: ignore[no-untyped-def]
    found = gazetteer.title(text)
    assert (found.title, found.sector) == (title, sector)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("le sommet vietnamo-azerbaïdjanais", ["VNM", "AZE"]),
        ("l'axe franco-allemand", ["FRA", "DEU"]),
        ("la rivalité sino-américaine", ["CHN", "USA"]),
        ("le conflit israélo-palestinien", ["ISR", "PSE"]),
        ("le rapprochement russo-turc", ["RUS", "TUR"]),
        ("le sommet américano-nord-coréen", ["USA", "PRK"]),
        ("les relations Vietnam-Biélorussie", ["VNM", "BLR"]),
        ("le dialogue Chine-Etats-Unis", ["CHN", "USA"]),
        ("les pays sud-américains et anglo-saxons", []),
        ("en anglais et en français", []),
    ],
)
def test_gazetteer_find_reads_compounds_as_both_polities(gazetteer, text, codes) -> None:  # type: ignore[no-untyped-def]
    assert [m.code for m in gazetteer.find(text)] == codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'ONU et l'UE", [("ONU", "UN"), ("UE", "EU")]),
        ("la ue", []),  # acronyms only in capitals
        ("Le Maire", [("Le Maire", "FRA")]),
        ("le maire de la ville", []),
        ("la Corée du nord", [("Corée du nord", "PRK")]),  # a capital lost by the wire
        ("Le maire de Séoul", [("Séoul", "KOR")]),
        ("Maurice Gourdault-Montagne", []),  # a first name, not Mauritius
        ("à l'île Maurice", [("île Maurice", "MUS")]),
        ("François Hollande", [("François Hollande", "FRA")]),
        ("Hollande a dit", [("Hollande", "FRA")]),
        ("Papouasie-Nouvelle-Guinée", [("Papouasie-Nouvelle-Guinée", "PNG")]),
        ("la délégation argentine en Argentine", [("argentine", "ARG"), ("Argentine", "ARG")]),
    ],
)
def test_gazetteer_find_applies_case_rules_and_longest_match(gazetteer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert [(m.text, m.code) for m in gazetteer.find(text)] == expected


def test_gazetteer_find_offsets_point_into_the_text(gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Hanoï (VNA) - Le Premier ministre biélorusse Roman Golovchenko, en visite au Vietnam"
    for match in gazetteer.find(text):
        assert text[match.start : match.end] == match.text
    labels = [(m.label, m.code) for m in gazetteer.find(text)]
    assert labels == [("CAPITAL", "VNM"), ("DEMONYM", "BLR"), ("LEADER", "BLR"), ("STATE", "VNM")]


@pytest.mark.parametrize(
    ("text", "span", "title"),
    [
        (
            "le ministre russe des Affaires étrangères Sergueï Lavrov",
            "ministre russe des Affaires étrangères",
            "ministre des Affaires étrangères",
        ),
        (
            "la ministre sud-coréenne des Affaires étrangères",
            "ministre sud-coréenne des Affaires étrangères",
            "ministre des Affaires étrangères",
        ),
        (
            "Le président du Comité populaire de Hanoï",
            "président du Comité populaire",
            "président du Comité populaire",
        ),
        ("le vice-Premier ministre", "vice-Premier ministre", "vice-Premier ministre"),
    ],
)
def test_gazetteer_find_titles_reads_a_demonym_inside_a_title(gazetteer, text, span, title) -> None:  # type: ignore[no-untyped-def]
    (found,) = gazetteer.find_titles(text)
    assert (found.text, found.title.title) == (span, title)


def test_gazetteer_find_titles_skips_en_general(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.find_titles("en général et en particulier") == []


def test_gazetteer_fold_ignores_accents_case_and_vietnamese_letters() -> None:
    assert fold("Đà Nẵng") == fold("da nang")
    assert fold("ÉTATS-UNIS") == "etats-unis"


def test_gazetteer_person_needs_the_same_given_name(gazetteer) -> None:  # type: ignore[no-untyped-def]
    # OrangeSum os-013387: the French MP Jean-Christophe Lagarde is not the IMF's chief
    assert gazetteer.person("Jean-Christophe Lagarde") is None
    assert gazetteer.person("M. Lagarde").polity == "IMF"
    assert gazetteer.person("Christine Lagarde").polity == "IMF"


def test_gazetteer_stance_prefix_is_no_mention(gazetteer) -> None:  # type: ignore[no-untyped-def]
    found = gazetteer.find("ses positions anti-israéliennes et pro-russes, la Russie")
    assert [m.code for m in found] == ["RUS"]
