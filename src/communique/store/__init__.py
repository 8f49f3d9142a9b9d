"""Store stage: idempotent per-document writes, event queries and full-text search.

``Store.open(path_or_url)`` opens (and migrates) a SQLite file or a SQLAlchemy
URL; see ``engine.Store`` for the API, ``schema`` for the tables and
``migrations`` for how the schema evolves.
"""

from __future__ import annotations

from communique.store.engine import SaveOutcome, Store
from communique.store.migrations import MIGRATIONS, apply_migrations

__all__ = ["MIGRATIONS", "SaveOutcome", "Store", "apply_migrations"]
