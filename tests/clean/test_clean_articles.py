"""clean_document on the real samples: what must survive, what must go."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from clean_samples import ALL_IDS, SEED_IDS

from communique.clean import clean_document, clean_documents
from communique.models import Document

Loader = Callable[[str], Document]


@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_clean_seeds_have_no_photo_credit_or_agency_signature(article: Loader, doc_id: str) -> None:
    cleaned = clean_document(article(doc_id))
    assert "Photo" not in cleaned.text
    assert "ảnh" not in cleaned.text
    assert "VNA" not in cleaned.text
    assert "CVN" not in cleaned.text


@pytest.mark.parametrize(
    ("doc_id", "place"),
    [
        ("000_16a7b6badb296c05", "Hanoï"),
        ("003_a130f20f78ccaec2", "Hanoi"),
        ("004_92abf839e41b491a", "La Havane"),
        ("001_e52cb4cd3b8fc08c", None),
    ],
)
def test_clean_dateline_becomes_place_and_agency(article: Loader, doc_id: str, place: str) -> None:
    cleaned = clean_document(article(doc_id))
    assert cleaned.dateline_place == place
    assert cleaned.dateline_agency == ("VNA" if place else None)
    assert "(VNA)" not in cleaned.text


def test_clean_seed_000_opens_with_the_first_sentence(article: Loader) -> None:
    cleaned = clean_document(article("000_16a7b6badb296c05"))
    assert cleaned.text.startswith("Le Premier ministre biélorusse Roman Golovchenko")
    assert "Comité populaire de Hanoï. Le président du Comité" in cleaned.text
    assert cleaned.text.endswith("pour la période 2024-2026.")


@pytest.mark.parametrize(
    ("doc_id", "gone"),
    [
        (
            "002_ea3d89f4fc626edf",
            ["Singapour", "Quang Trung", "Josephine Teo", "Voir plus", "Laos", "Photo"],
        ),
        ("003_a130f20f78ccaec2", ["Pham Minh Chinh", "Cuba", "Voir plus", "Première session"]),
        (
            "004_92abf839e41b491a",
            ["Singapour", "Josephine Teo", "Paksé", "ASEAN", "membre du Bureau politique et"],
        ),
    ],
)
def test_clean_teasers_and_captions_are_gone(article: Loader, doc_id: str, gone: list[str]) -> None:
    cleaned = clean_document(article(doc_id))
    for text in gone:
        assert text not in cleaned.text


@pytest.mark.parametrize(
    ("doc_id", "kept"),
    [
        ("001_e52cb4cd3b8fc08c", [
            "Le secrétaire général Tô Lâm termine avec succès sa visite d'État en Biélorussie",
            "s'est entretenu avec le président biélorusse Alexandre Loukachenko",
            "y compris la Biélorussie.",
        ]),
        ("002_ea3d89f4fc626edf", [
            "Lors d'une rencontre mardi à Hanoi avec une délégation du groupe de députés d'amitié",
            "Il a proposé aux deux parties d'échanger des délégations de haut rang",
            "Huynh Ngoc Son a souhaité que les pays de la Communauté des États indépendants",
            "avant de souhaiter que, dans les temps à venir, les deux parties intensifient la",
            "la Biélorussie s'intéresse toujours",
        ]),
        ("003_a130f20f78ccaec2", [
            "Lors d'une réception de Anar Alakbarov",
            "s'est engagé à faire de son mieux pour les mener à bien.",
        ]),
        ("004_92abf839e41b491a", [
            "Hoang Trung Hai a eu des entrevues avec le premier secrétaire",
            "a participé à d’autres événements.",
        ]),
    ],
)  # fmt: skip
def test_clean_article_text_survives(article: Loader, doc_id: str, kept: list[str]) -> None:
    cleaned = clean_document(article(doc_id))
    for text in kept:
        assert text in cleaned.text


@pytest.mark.parametrize(
    ("doc_id", "lede"),
    [
        ("002_ea3d89f4fc626edf", "Le Vietnam prend toujours en considération"),
        ("003_a130f20f78ccaec2", "Le Vietnam attache toujours de l'importance"),
        ("004_92abf839e41b491a", "a effectué une visite de travail du 9 au 13 septembre"),
    ],
)
def test_clean_repeated_lede_kept_once(article: Loader, doc_id: str, lede: str) -> None:
    document = article(doc_id)
    cleaned = clean_document(document)
    assert cleaned.text.count(lede) == 1
    repeats = [r for r in cleaned.removed if r.reason == "repeated-lede"]
    assert len(repeats) == 1
    # The first occurrence is the one kept: it precedes the removed copy.
    kept_at = cleaned.to_original(cleaned.text.index(lede), cleaned.text.index(lede) + 1)[0]
    assert kept_at < repeats[0].start


def test_clean_removed_spans_name_their_reason(article: Loader) -> None:
    document = article("003_a130f20f78ccaec2")
    cleaned = clean_document(document)
    spans = {r.reason: document.text[r.start : r.end] for r in cleaned.removed}
    assert spans["dateline"] == "Hanoi (VNA) - "
    assert spans["teaser"].startswith("Voir plus")
    assert spans["teaser"].endswith("entre les deux peuples.")
    assert spans["caption"].startswith(
        "Le Vietnam renforce sa coopération avec l'Azerbaïdjan ảnh 1"
    )
    assert spans["caption"].rstrip().endswith("Photo: VNA")
    assert spans["signature"] == "-VNA"


def test_clean_seed_001_credit_lines_removed_as_credits(article: Loader) -> None:
    cleaned = clean_document(article("001_e52cb4cd3b8fc08c"))
    reasons = [r.reason for r in cleaned.removed]
    assert reasons.count("credit") == 2
    assert reasons.count("signature") == 1


def test_clean_keeps_paragraph_breaks_and_no_blank_runs(article: Loader) -> None:
    cleaned = clean_document(article("004_92abf839e41b491a"))
    assert cleaned.text.count("\n\n") >= 10
    assert "\n\n\n" not in cleaned.text
    assert "  " not in cleaned.text
    assert cleaned.text == cleaned.text.strip()


def test_clean_euronews_video_caption_removed(article: Loader) -> None:
    cleaned = clean_document(article("os-014508"))
    assert "euronews" not in cleaned.text
    assert "l'accord de 2015par" not in cleaned.text
    assert "vice-ministre des Affaires étrangères. Rappelant que son pays" in cleaned.text


def test_clean_afp_slug_removed(article: Loader) -> None:
    cleaned = clean_document(article("os-005698"))
    assert cleaned.text.endswith("Guerre de Corée en 1953.")
    assert [r.reason for r in cleaned.removed] == ["signature"]


def test_clean_zero_width_spaces_deleted(article: Loader) -> None:
    document = article("os-018312")
    assert "\u200b" in document.text
    cleaned = clean_document(document)
    assert "\u200b" not in cleaned.text
    assert "\n\nOpération diplomatie. Le ministre Jean-Yves Le Drian" in cleaned.text


def test_clean_documents_streams_in_order(article: Loader) -> None:
    documents = [article(doc_id) for doc_id in ALL_IDS]
    assert [c.doc_id for c in clean_documents(iter(documents))] == list(ALL_IDS)


@pytest.mark.parametrize("text", ["", "  \n\n ", "Voir plus\n\nLe Vietnam et Singapour coopèrent"])
def test_clean_empty_result_keeps_the_sentinel(text: str) -> None:
    cleaned = clean_document(Document(id="empty", text=text))
    assert cleaned.text == ""
    assert cleaned.offsets == (len(text),)
