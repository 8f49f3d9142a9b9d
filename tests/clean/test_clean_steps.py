"""Each removal step on its own, on lines taken from the seeds and OrangeSum."""

from __future__ import annotations

import pytest

from communique.clean.captions import caption_edits
from communique.clean.dateline import find_datelines
from communique.clean.intertitles import intertitle_edits
from communique.clean.lede import same_paragraph
from communique.clean.offsets import MappedText, apply_edits
from communique.clean.signatures import signature_edits
from communique.clean.teasers import teaser_edits


def run(step, text: str) -> str:  # type: ignore[no-untyped-def]
    result, _ = apply_edits(MappedText.identity(text), step(text))
    return result.text


BODY = "Les deux parties ont convenu de renforcer les échanges."


@pytest.mark.parametrize("marker", ["Voir plus", "Lire aussi", "À lire aussi", "A lire aussi"])
def test_teasers_marker_line_removes_to_the_end(marker: str) -> None:
    text = f"{BODY}\n\n{marker}\n\nLe Vietnam et Singapour coopèrent sur la cybersécurité\n\nSuite."
    assert run(teaser_edits, text) == f"{BODY}\n\n"


def test_teasers_inline_line_removes_that_line_only() -> None:
    text = f"{BODY}\nLire aussi : Nucléaire : l'Iran s'affranchit de l'accord\n{BODY}"
    assert run(teaser_edits, text) == f"{BODY}\n{BODY}"


def test_teasers_words_inside_a_sentence_are_not_a_marker() -> None:
    text = "On peut lire aussi dans le communiqué que les deux pays voir plus loin."
    assert run(teaser_edits, text) == text


@pytest.mark.parametrize(
    "line",
    [
        "Photo: VNA/CVN",
        "Photo : VNA",
        "Lors de la cérémonie de signature. Photo : VNA",
        "Le Vietnam et Cuba resserrent leurs liens d’amitié traditionnels ảnh 2Hoang Trung Hai "
        "s'est entretenu avec le secrétaire du Comité du Parti pour La Havane. Photo: VNA",
    ],
)
def test_captions_line_removed(line: str) -> None:
    assert run(caption_edits, f"{BODY}\n\n{line}\n\n{BODY}") == f"{BODY}\n\n\n{BODY}"


def test_captions_photos_in_a_sentence_kept() -> None:
    text = "Sur les photos : on voit Trump et Macron."
    assert run(caption_edits, text) == text


def test_captions_parenthesised_credit_removed() -> None:
    assert run(caption_edits, "La cérémonie (Photo : VNA) a eu lieu.") == "La cérémonie a eu lieu."


def test_captions_euronews_video_title_removed() -> None:
    text = (
        "a lancé le président de la Commission européenne. Accord sur le Brexit : Johnson "
        'espère le soutien du Parlement britanniquepar euronews (en français)"Ce nouvel accord'
    )
    assert run(caption_edits, text) == (
        'a lancé le président de la Commission européenne. "Ce nouvel accord'
    )


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("entre Hanoï et Minsk pour la période 2024-2026.- VNA", "pour la période 2024-2026."),
        ("pour les mener à bien.-VNA", "pour les mener à bien."),
        ("a participé à d’autres événements. -VNA", "à d’autres événements."),
        ("y compris la Biélorussie.\n\nVNA/CVN", "y compris la Biélorussie."),
        ("la Guerre de Corée en 1953.bur-sh/slb/elm/ybl/fff/leo", "la Guerre de Corée en 1953."),
        ("Tunis de 100 blessés.bur-aem/awa/vl/cr/vmt/roc", "Tunis de 100 blessés."),
    ],
)
def test_signatures_removed(raw: str, clean: str) -> None:
    result = run(signature_edits, raw)
    assert result.rstrip().endswith(clean)
    assert "VNA" not in result and "/" not in result


def test_signatures_hyphenated_words_kept() -> None:
    text = "le Forum d'affaires Vietnam-Biélorussie et la coopération Vietnam-AFP"
    assert run(signature_edits, text) == text


@pytest.mark.parametrize(
    ("line", "place", "agency", "rest"),
    [
        ("Hanoï (VNA) - Le Premier ministre biélorusse", "Hanoï", "VNA", "Le Premier"),
        ("Hanoi (VNA) - Le Vietnam attache toujours", "Hanoi", "VNA", "Le Vietnam"),
        ("La Havane (VNA) –\u00a0Hoang Trung Hai, membre", "La Havane", "VNA", "Hoang"),
        ("Paris (AFP) - Le président français", "Paris", "AFP", "Le président"),
        ("Ho Chi Minh-Ville (VNA) - La ville", "Ho Chi Minh-Ville", "VNA", "La ville"),
    ],
)
def test_dateline_found(line: str, place: str, agency: str, rest: str) -> None:
    dateline = find_datelines(f"Titre\n\n{line}")
    assert (dateline.place, dateline.agency) == (place, agency)
    result, removed = apply_edits(MappedText.identity(line), list(find_datelines(line).edits))
    assert result.text.startswith(rest)
    assert [r.reason for r in removed] == ["dateline"]


@pytest.mark.parametrize(
    "line",
    [
        "L'Organisation mondiale du commerce (OMC) - un rôle clé",
        "Le Premier ministre (PM) a déclaré",
        "Hanoï (VNA) - ",
    ],
)
def test_dateline_not_found(line: str) -> None:
    assert find_datelines(line).place is None


LEDE_002 = (
    "Le Vietnam prend toujours en considération les relations d'amitié traditionnelle et de "
    "coopération multiforme avec la Biélorussie, a affirmé le vice-président de l'Assemblée "
    "nationale (AN), Huynh Ngoc Son."
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            LEDE_002,
            LEDE_002.replace("prend toujours", "prendtoujours").replace("de coop", "decoop"),
        ),
        (
            "Le Vietnam attache toujours de l'importance au renforcement de l'amitié "
            "traditionnelle et à sa coopération multisectorielle avec l'Azerbaïdjan, a déclaré "
            "le vice-ministre permanent des AE Bui Thanh Son",
            "Le Vietnam attache toujours de l'importance au renforcement de l'amitié "
            "traditionnelle et à sa coopération multisectorielle  avec l'Azerbaïdjan, a déclaré "
            "le vice-ministre permanent des Affaires étrangères Bui Thanh Son.",
        ),
    ],
)
def test_lede_repeat_recognised(first: str, second: str) -> None:
    assert same_paragraph(first, second)


def test_lede_different_paragraphs_not_merged() -> None:
    other = (
        "Lors d'une rencontre mardi à Hanoi avec une délégation du groupe de députés d'amitié "
        "Biélorussie-Vietnam conduite par M. Vitaly Busko, le vice-président s'est déclaré heureux."
    )
    assert not same_paragraph(LEDE_002, other)
    assert not same_paragraph("Photo: VNA", "Photo: VNA")  # too short to be a lede


def test_intertitle_glued_between_paragraphs_becomes_its_own_line() -> None:
    text = ("sanctions de l'ONU.- Soeur de Kim -Et le pays reclus tourne son ire vers Séoul. "
            "- Moscou dénonce - Moscou a déploré la décision américaine.")
    assert run(intertitle_edits, text) == (
        "sanctions de l'ONU.\n\nSoeur de Kim\n\nEt le pays reclus tourne son ire vers Séoul.\n\n"
        "Moscou dénonce\n\nMoscou a déploré la décision américaine.")


def test_intertitle_dashes_inside_a_sentence_are_an_aside() -> None:
    text = ("Il a rencontré lundi matin Donald Trump - il doit le revoir mardi - et s'est "
            "longuement entretenu avec Hassan Rohani.")
    assert run(intertitle_edits, text) == text
