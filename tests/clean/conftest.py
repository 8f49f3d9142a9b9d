"""Fixtures of the clean tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from clean_samples import read_article

from communique.models import Document


@pytest.fixture
def article() -> Callable[[str], Document]:
    """Loader of sample articles by document id."""
    return read_article
