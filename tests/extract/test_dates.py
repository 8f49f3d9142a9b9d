"""Tests for the French date grammar (communique.extract.dates).

Most strings are quoted from real articles: the VNA seeds ("quoted news excerpt, for tests,
evaluation and demo") and OrangeSum (Derived from the OrangeSum dataset by Moussa Kamal
Eddine, Antoine J.-P. Tixier and Michalis Vazirgiannis, CC BY-SA 4.0).  Publication dates
are those of the articles; expected values follow codebook §3 and §7.
"""

from __future__ import annotations

import pytest

from communique.errors import ConfigError, InputError
from communique.extract.dates import (
    DateExpr,
    before,
    find_dates,
    is_recent,
    resolve_day_month,
    resolve_weekday,
)


def _only(text: str, pub_date: str | None = None, tense: str | None = None) -> DateExpr:
    found = find_dates(text, pub_date=pub_date, tense=tense)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roman Golovchenko a eu le 7 décembre une séance de travail avec le Comité", "--12-07"),
        ("ont officiellement signé un accord d'amitié en novembre 2004 à Hanoï", "2004-11"),
        ("a déclaré qu'en 2004, Minsk et Hanoï avaient signé un accord", "2004"),
        ("Lors d'une réception de Anar Alakbarov, le 26 février à Hanoi", "--02-26"),
        ('Le 12 juin 2018, Emmanuel Macron dénonce le "nationalisme"', "2018-06-12"),
        ("Depuis mars 2015, l'Arabie saoudite intervient au Yémen", "2015-03"),
        ("Le chef de l'Etat a prononcé, ce mardi 19 septembre, sa première allocution", "--09-19"),
        ("mardi 9 juin", "--06-09"),
        ("A la mi-avril, le ministre avait convoqué l'ambassadeur", "--04"),
        ("début mars", "--03"),
        ("chine fin 2020 ou début 2021", "2020"),
        ("le 1er juillet", "--07-01"),
        ("le 1ᵉʳ juillet", "--07-01"),
        ("LE 12 FEVRIER", "--02-12"),
        ("le 7\u00a0décembre", "--12-07"),
        ("le 3 févr. 2021", "2021-02-03"),
        ("signé le 07/12/2023 à 12H00", "2023-12-07"),
        ("publié le 2023-12-07", "2023-12-07"),
        ("en aout 2020", "2020-08"),
    ],
)
def test_dates_absolute_without_pub_date(text: str, expected: str) -> None:
    assert find_dates(text)[0].date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Durant son séjour du 11 au 12 mai, le secrétaire général", ("--05-11", "--05-12")),
        ("a effectué une visite de travail du 9 au 13 septembre à Cuba", ("--09-09", "--09-13")),
        ("entre le 9 et le 13 septembre", ("--09-09", "--09-13")),
        ("Les 16 et 23 août, quelque 100.000 personnes ont manifesté", ("--08-16", "--08-23")),
        ("les 1er et 2 octobre à Bruxelles", ("--10-01", "--10-02")),
        ("du 28 février au 2 mars 2020", ("2020-02-28", "2020-03-02")),
        ("du 28 décembre 2019 au 2 janvier", ("2019-12-28", "2020-01-02")),
        ("du 1er mai au 31 décembre 2020", ("2020-05-01", "2020-12-31")),
        ("Hong Kong a connu de juin à décembre sa pire crise", ("--06", "--12")),
        ("fouilles réalisées par le Nord entre 1990 et 1994", ("1990", "1994")),
    ],
)
def test_dates_range(text: str, expected: tuple[str, str]) -> None:
    expr = _only(text)
    assert (expr.date, expr.date_end) == expected
    assert expr.kind == "range"


@pytest.mark.parametrize(
    "text",
    [
        "Lors d'une rencontre mardi à Hanoi avec une délégation",
        "hier",
        "aujourd'hui",
        "la semaine dernière",
        "dans la nuit de samedi à dimanche",
        "le mois dernier",
        "l'an dernier",
        "ces derniers jours",
    ],
)
def test_dates_relative_without_pub_date_is_none(text: str) -> None:
    expr = _only(text)
    assert expr.date is None and expr.date_end is None
    assert expr.kind in ("relative", "vague")


@pytest.mark.parametrize(
    ("text", "pub_date", "tense", "expected"),
    [
        ("mardi", "2020-06-09", None, "2020-06-09"),
        (
            "Mardi, le président américain a chaleureusement accueilli l'idée",
            "2019-07-31",
            None,
            "2019-07-30",
        ),
        ("Emmanuel Macron recevra mardi à l'Elysée", "2019-04-21", "future", "2019-04-23"),
        ("il doit le revoir mardi", "2019-09-24", "future", "2019-09-24"),
        (
            "Le Croissant Rouge turc doit envoyer mercredi une équipe",
            "2020-08-06",
            "future",
            "2020-08-05",
        ),
        ("relevait jeudi dernier le chef de la diplomatie", "2019-01-16", None, "2019-01-10"),
        (
            "ces mouvements avaient eu lieu samedi soir dans la région du Ladakh",
            "2020-08-31",
            None,
            "2020-08-29",
        ),
        (
            "La France rappelle son ambassadeur en Italie jeudi 7 février",
            "2019-02-07",
            None,
            "2019-02-07",
        ),
        ("hier", "2020-03-01", None, "2020-02-29"),
        ("avant-hier", "2020-03-01", None, "2020-02-28"),
        ("demain", "2020-12-31", None, "2021-01-01"),
        ("installés il y a deux jours", "2020-06-24", None, "2020-06-22"),
        ("il y a un an", "2020-06-24", None, "2019"),
        ("il y a trois mois", "2020-06-24", None, "2020-03"),
        ("le 28 décembre", "2020-01-03", None, "2019-12-28"),
        ("le 5 janvier", "2019-12-20", "future", "2020-01-05"),
        ("la France et l'Allemagne vont signer le 22 janvier", "2019-01-16", None, "2019-01-22"),
        ("le 10 décembre, pour un sommet quadripartite", "2020-06-27", None, "2019-12-10"),
        (
            "Le 14 septembre dernier, deux sites pétroliers ont été attaqués",
            "2019-09-24",
            None,
            "2019-09-14",
        ),
        ("il a pris pour cible en mai un poste de surveillance", "2020-06-09", "past", "2020-05"),
        ("la rencontre ratée de Hanoï en février dernier", "2019-06-30", None, "2019-02"),
        ("le Sommet du G7 à Biarritz fin août", "2019-04-21", "future", "2019-08"),
        ("A la mi-avril, le ministre avait convoqué l'ambassadeur", "2020-06-06", None, "2020-04"),
        ("Le gouvernement Trump essuie mi-août un revers", "2020-09-20", None, "2020-08"),
        ("la semaine dernière", "2020-06-09", None, "2020-06"),
        (
            "Ces derniers jours, des manifestations se sont multipliées",
            "2020-06-09",
            None,
            "2020-06",
        ),
        ("dans les prochains jours", "2020-08-13", "future", "2020-08"),
        ("un nouveau cycle doit se tenir la semaine prochaine", "2016-04-24", None, "2016"),
        (
            "La rencontre pourrait avoir lieu dans les prochaines semaines",
            "2019-07-27",
            None,
            "2019",
        ),
        ("le mois dernier", "2020-01-03", None, "2019-12"),
        ("avait traversé la frontière l'an dernier", "2019-06-30", None, "2018"),
        ("cette année", "2019-06-30", None, "2019"),
        ("présentée en début d'année", "2020-09-11", None, "2020"),
        (
            "le président est revenu sur les conclusions du G7, ce samedi après-midi",
            "2017-05-27",
            None,
            "2017-05-27",
        ),
    ],
)
def test_dates_resolved_against_pub_date(
    text: str, pub_date: str, tense: str | None, expected: str
) -> None:
    assert _only(text, pub_date, tense).date == expected


@pytest.mark.parametrize(
    ("text", "pub_date", "tense", "expected"),
    [
        (
            "Les Etats-Unis ont proclamé dans la nuit de samedi à dimanche",
            "2020-09-20",
            None,
            ("2020-09-19", "2020-09-20"),
        ),
        ("la nuit de samedi à dimanche", "2020-06-09", None, ("2020-06-06", "2020-06-07")),
        (
            "un conseil des ministres de l'UE jeudi et vendredi à Berlin",
            "2020-08-26",
            "future",
            ("2020-08-27", "2020-08-28"),
        ),
        (
            "le sommet du G7 qui se tiendra du 24 au 26 août à Biarritz",
            "2019-07-27",
            "future",
            ("2019-08-24", "2019-08-26"),
        ),
        ("du 28 décembre au 2 janvier", "2020-01-05", "past", ("2019-12-28", "2020-01-02")),
        ("ce week-end", "2020-06-09", None, ("2020-06-13", "2020-06-14")),
        ("le week-end dernier", "2020-06-09", None, ("2020-06-06", "2020-06-07")),
    ],
)
def test_dates_range_resolved_against_pub_date(
    text: str, pub_date: str, tense: str | None, expected: tuple[str, str]
) -> None:
    expr = _only(text, pub_date, tense)
    assert (expr.date, expr.date_end) == expected


def test_dates_week_across_new_year_has_no_value() -> None:
    # Tuesday 7 January 2020: last week ran from 30 December to 5 January.
    assert _only("la semaine dernière", "2020-01-07").date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-2026", ("2024", "2026")),
        ("un programme de coopération pour la période 2024 - 2026", ("2024", "2026")),
        ("depuis la fin de la guerre de Corée (1950-53).", ("1950", "1953")),
        ("Hamid Karzai (2001-2014)", ("2001", "2014")),
    ],
)
def test_dates_period_is_its_own_kind(text: str, expected: tuple[str, str]) -> None:
    expr = _only(text)
    assert expr.kind == "period"
    assert (expr.date, expr.date_end, expr.precision) == (*expected, "year")


@pytest.mark.parametrize(
    "text",
    [
        "plus de 2000 soldats ont été déployés",
        "quelque 2000 manifestants",
        "une soixantaine de Mirage 2000",
        "la résolution 2043 du Conseil de sécurité",
        "Mme Nguyen Thi Mai a reçu la délégation",
        "la sonde vers Mars",
        "mai",
        "le 31 février",
        "Le dimanche, les magasins sont fermés",
        "selon le Journal du dimanche",
        "les années 1990-53",
    ],
)
def test_dates_not_a_date(text: str) -> None:
    found = find_dates(text, pub_date="2020-06-09")
    assert [e for e in found if e.date] == [], found


@pytest.mark.parametrize(
    "text",
    [
        "au point par les Soviétiques dans les années 70",
        "ils suivaient Qassem (Soleimani) depuis des années",
        "le président Keïta faisait face depuis des mois à une contestation",
        "il y a des années",
        "à l'époque",
    ],
)
def test_dates_background_is_vague_without_value(text: str) -> None:
    expr = _only(text, "2020-09-03")
    assert (expr.date, expr.kind) == (None, "vague")


def test_dates_offsets_point_into_text() -> None:
    text = "Hanoï (VNA) - Le Premier ministre a eu\u00a0le 7 décembre une séance à 12H00."
    (expr,) = find_dates(text)
    assert text[expr.start : expr.end] == expr.text == "le 7 décembre"


def test_dates_several_in_text_order() -> None:
    text = (
        "Donald Trump a effectué quelques pas dimanche 30 juin en Corée du Nord, un an après "
        "leur sommet de Singapour en juin 2018 et après la rencontre ratée de Hanoï en "
        "février dernier."
    )
    found = find_dates(text, pub_date="2019-06-30")
    assert [(e.text, e.date) for e in found] == [
        ("dimanche 30 juin", "2019-06-30"),
        ("en juin 2018", "2018-06"),
        ("en février dernier", "2019-02"),
    ]


def test_dates_precision_matches_value() -> None:
    text = "le 7 décembre, en novembre 2004, en 2015 et la semaine dernière"
    found = find_dates(text, pub_date="2020-06-09")
    assert [(e.date, e.precision) for e in found] == [
        ("2019-12-07", "day"), ("2004-11", "month"), ("2015", "year"), ("2020-06", "month"),
    ]  # fmt: skip


def test_dates_to_dict_round_trips() -> None:
    expr = _only("du 11 au 12 mai")
    assert DateExpr(**expr.to_dict()) == expr


def test_dates_bad_tense_raises() -> None:
    with pytest.raises(ConfigError):
        find_dates("mardi", pub_date="2020-06-09", tense="passé")


def test_dates_bad_pub_date_raises() -> None:
    with pytest.raises(InputError):
        find_dates("mardi", pub_date="9 juin 2020")


@pytest.mark.parametrize(
    ("weekday", "pub", "tense", "strict", "expected"),
    [
        (1, "2020-06-09", None, False, "2020-06-09"),
        (1, "2020-06-09", None, True, "2020-06-02"),
        (1, "2020-06-09", "future", True, "2020-06-16"),
        (3, "2020-06-09", "future", False, "2020-06-11"),
        (6, "2020-06-09", "past", False, "2020-06-07"),
    ],
)
def test_dates_resolve_weekday(
    weekday: int, pub: str, tense: str | None, strict: bool, expected: str
) -> None:
    from datetime import date

    day = resolve_weekday(weekday, date.fromisoformat(pub), tense=tense, strict=strict)
    assert day.isoformat() == expected


def test_dates_resolve_day_month_skips_missing_leap_day() -> None:
    from datetime import date

    placed = resolve_day_month(2, 29, date(2021, 6, 1), tense="past")
    assert placed == date(2020, 2, 29)


@pytest.mark.parametrize(
    ("value", "pub_date", "days", "expected"),
    [
        ("2020-06-09", "2020-06-09", 7, True),
        ("2020-06-02", "2020-06-09", 7, True),
        ("2020-06-01", "2020-06-09", 7, False),
        ("2020-06-10", "2020-06-09", 7, False),
        ("2020-06-08", "2020-06-09", 1, True),
        ("2020-06-07", "2020-06-09", 1, False),
        ("2020-05", "2020-06-09", 7, False),
        ("2020-06", "2020-06-09", 7, None),
        ("2020-07", "2020-06-09", 7, False),
        ("2018", "2020-06-09", 7, False),
        ("--06-05", "2020-06-09", 7, None),
        ("2020-06-05", None, 7, None),
        (None, "2020-06-09", 7, None),
        ("2021-02-30", "2021-03-01", 7, None),
    ],
)
def test_dates_is_recent(
    value: str | None, pub_date: str | None, days: int, expected: bool | None
) -> None:
    assert is_recent(value, pub_date, days) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2020-06-08", "2020-06-09", True),
        ("2020-06-09", "2020-06-09", False),
        ("2020-07", "2020-06", False),
        ("2019", "2020-01", True),
        ("2020-06", "2020-06-09", None),
        ("--05-11", "--05-12", True),
        ("--05-12", "--05-11", False),
        ("--05-11", "2020-05-12", None),
        (None, "2020", None),
    ],
)
def test_dates_before(a: str | None, b: str | None, expected: bool | None) -> None:
    assert before(a, b) is expected


def test_recent_day_is_not_moved_to_next_year_by_a_future_elsewhere() -> None:
    # OrangeSum os-035359: *Depuis l'annonce le 13 août …, les spéculations vont bon train*
    from datetime import date

    pub = date(2020, 8, 24)
    assert resolve_day_month(8, 13, pub, tense="future") == date(2020, 8, 13)
    # a day still to come keeps the future reading
    assert resolve_day_month(9, 2, pub, tense="future") == date(2020, 9, 2)
    assert resolve_day_month(8, 20, date(2020, 8, 24), tense="future") == date(2020, 8, 20)
