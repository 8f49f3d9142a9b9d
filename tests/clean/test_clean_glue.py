"""Glued words and glued sentences, on strings taken from the corpus."""

from __future__ import annotations

import pytest

from communique.clean.glue import sentence_glue_edits, split_point, word_glue_edits
from communique.clean.offsets import MappedText, apply_edits


def repaired(text: str, step=word_glue_edits) -> str:  # type: ignore[no-untyped-def]
    result, _ = apply_edits(MappedText.identity(text), step(text))
    return result.text


@pytest.mark.parametrize(
    ("glued", "fixed"),
    [
        ("prendtoujours", "prend toujours"),
        ("decoopération", "de coopération"),
        ("unerencontre", "une rencontre"),
        ("lacoopération", "la coopération"),
        ("queles", "que les"),
        ("dubon", "du bon"),
        ("etles", "et les"),
        ("auxdeux", "aux deux"),
        ("àla", "à la"),
        ("ainsique", "ainsi que"),
        ("oeuvredes", "oeuvre des"),
        ("larégion", "la région"),
        ("droitinternational", "droit international"),
        ("desouhaiter", "de souhaiter"),
        ("amitiéentre", "amitié entre"),
        ("zonemaritime", "zone maritime"),
        ("duComité", "du Comité"),
        ("deBiélorussie", "de Biélorussie"),
        ("MerOrientale", "Mer Orientale"),
    ],
)
def test_glue_word_split(glued: str, fixed: str) -> None:
    assert repaired(glued) == fixed


@pytest.mark.parametrize(
    ("glued", "fixed"),
    [
        ("groupes de députésd'amitié", "groupes de députés d'amitié"),
        ("que la Biélorussies'intéresse toujours", "que la Biélorussie s'intéresse toujours"),
        ("le vice-présidentde l'Assemblée", "le vice-président de l'Assemblée"),
        # an OrangeSum intertitle glued to its paragraph through an elided article
        ("rencontre avec Le MaireL'affaire s'est", "rencontre avec Le Maire\n\nL'affaire s'est"),
    ],
)
def test_glue_word_split_in_context(glued: str, fixed: str) -> None:
    assert repaired(glued) == fixed


@pytest.mark.parametrize(
    "word",
    [
        # frequent words that contain other words
        "toujours", "coopération", "parlement", "rencontre", "lorsque", "puisque", "entreprise",
        "aujourd'hui", "lorsqu'il", "jusqu'à", "quelqu'un",
        # rare but real: compounds, inflections wordfreq lacks, legal words
        "interparlementaire", "multisectorielle", "intercoréennes", "réimposées",
        "déjeuneront", "ledit", "dudit", "lesdits", "entretemps",
        # names and brands
        "Biélorussie", "Golovchenko", "Busko", "Alakbarov", "Loukachenko", "YouTube",
        "BlackRock", "GitHub", "McDonald", "TikTok",
        # acronyms, hyphenated compounds
        "ADGMIN", "vietnamo-azerbaïdjanaise", "socio-économique", "Biélorussie-Vietnam",
        # a typo is left alone rather than split into "con truite"
        "contruite",
    ],
)  # fmt: skip
def test_glue_word_real_word_not_split(word: str) -> None:
    assert repaired(word) == word


def test_glue_split_point_is_cached_and_pure() -> None:
    assert split_point("prendtoujours") == 5
    assert split_point("prendtoujours") == 5
    assert split_point("toujours") is None


def test_glue_intertitle_seam_becomes_paragraph_break() -> None:
    text = "Brigitte Macron attachée à ces pandasPour le zoo de Beauval"
    assert repaired(text) == "Brigitte Macron attachée à ces pandas\n\nPour le zoo de Beauval"


@pytest.mark.parametrize(
    ("glued", "fixed"),
    [
        ("Comité populaire de Hanoï.Le président du Comité", "Hanoï. Le président"),
        ("substantielles et efficaces.S'exprimant lors", "efficaces. S'exprimant"),
        ("ont indiqué à l'AFP des sources israéliennes.S'agissant", "israéliennes. S'agissant"),
        ("la Guerre de Corée en 1953.Le sommet", "1953. Le sommet"),
        ("de source diplomatique.\"L'Union européenne", "diplomatique. \"L'Union"),
        ('"n\'en a pas fini avec sa prétendue dissuasion."Les relations', 'dissuasion." Les'),
        ("l'incertitude s'éternise\".Vendredi, les 27", 'éternise". Vendredi'),
        ("une stratégie perdante pour Trump ?Donald Trump a", "Trump ? Donald"),
        ("a ajouté l'ONU.Le Conseil", "l'ONU. Le Conseil"),
    ],
)
def test_glue_sentence_split(glued: str, fixed: str) -> None:
    assert fixed in repaired(glued, sentence_glue_edits)


@pytest.mark.parametrize(
    "text",
    [
        "selon M.Macron, rien",  # an initial
        "les forces U.S.Army déployées",  # an acronym with periods
        "en l'an 52 av. J.-C.Le texte",  # initials again
        "un taux de 1.5 pour cent",  # a decimal
        "sur www.Elysee.fr et ailleurs",  # a URL
        "fin de la phrase. Le début",  # already spaced
    ],
)
def test_glue_sentence_left_alone(text: str) -> None:
    assert repaired(text, sentence_glue_edits) == text
