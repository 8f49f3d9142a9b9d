"""Tables of the communique store, in SQLAlchemy Core so SQLite and PostgreSQL share them.

Why Core and not the ORM: rows are written in bulk per document and read back
as plain dicts for the CLI, the API and exports; ``models.py`` already holds
the domain objects, so a second (mapped) object model would only duplicate it.

Layout, one document at a time:

- ``documents``: one row per article, keyed by ``Document.id`` (the id the gold
  and the scorer use), with the content hash and extractor version that make
  re-runs idempotent.
- ``events``: one row per coded event, ``seq`` keeps the extractor's order.
  ``date_min``/``date_max`` are derived sort keys (full ``YYYY-MM-DD`` days
  covered by ``date``..``date_end``, NULL when the year is unknown) so that
  ``since``/``until`` are plain, indexable, collation-proof string comparisons
  on both databases; the codebook's partial dates stay untouched in ``date``.
- ``participants``: the sides of an event, normalised so "events with VNM on
  either side" and the dyad "VNM-BLR" are indexed joins.  A *polity row* has
  ``name`` NULL; a *name row* has the person or body as written and, when it
  can be told, its polity (else NULL).  ``position`` keeps list order.
- ``mentions``: actor, place and date mentions with original offsets.
- ``actors``: the cross-document actor registry (``actors.py``): one row per
  person of a polity, whatever the spelling, with the first and last
  publication dates it was seen on.  ``actor_names`` keeps each spelling with
  its folded form (what matching compares) and its number of mentions,
  ``actor_roles`` each role with its dates, and ``mention_actors`` links a
  ``mentions`` row to its actor.  All three are derived from the links and
  recomputed per actor on every save (migration ``0003_actor_registry``).
- ``schema_migrations``: which numbered migrations were applied (see
  ``migrations.py``).
"""

from __future__ import annotations

import sqlalchemy as sa

METADATA = sa.MetaData()

DOCUMENT_STATUSES: tuple[str, ...] = ("coded", "skipped")
SIDES: tuple[str, ...] = ("actor", "recipient")


def _in(column: str, values: tuple[str, ...]) -> str:
    """A CHECK clause listing the allowed values (both dialects accept it)."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


schema_migrations = sa.Table(
    "schema_migrations",
    METADATA,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("applied_at", sa.Text, nullable=False),  # ISO 8601, UTC
)

documents = sa.Table(
    "documents",
    METADATA,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("text", sa.Text, nullable=False),  # original: evidence offsets point here
    sa.Column("title", sa.Text),
    sa.Column("heading", sa.Text),
    sa.Column("pub_date", sa.String(10)),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("language", sa.String(8)),
    sa.Column("origin", sa.Text),
    sa.Column("cleaned_text", sa.Text),
    sa.Column("dateline_place", sa.Text),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("skip_reason", sa.Text),
    sa.Column("extractor_version", sa.String(64), nullable=False),
    sa.Column("ingested_at", sa.Text, nullable=False),  # first save; kept on updates
    sa.Column("updated_at", sa.Text, nullable=False),
    sa.CheckConstraint(_in("status", DOCUMENT_STATUSES), name="ck_documents_status"),
)

events = sa.Table(
    "events",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.Text, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("mode", sa.String(16)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("date", sa.String(10)),
    sa.Column("date_end", sa.String(10)),
    sa.Column("date_min", sa.String(10)),  # derived sort key, see module docstring
    sa.Column("date_max", sa.String(10)),
    sa.Column("location", sa.Text),
    sa.Column("location_country", sa.String(16)),
    sa.Column("sectors", sa.Text, nullable=False),  # JSON list, e.g. '["trade", "health"]'
    sa.Column("evidence_text", sa.Text),
    sa.Column("evidence_start", sa.Integer),
    sa.Column("evidence_end", sa.Integer),
    sa.Column("rule", sa.Text),
    sa.Column("extractor_version", sa.String(64), nullable=False),
    sa.UniqueConstraint("doc_id", "seq", name="uq_events_doc_seq"),
)

participants = sa.Table(
    "participants",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("side", sa.String(16), nullable=False),
    sa.Column("polity", sa.String(16)),  # NULL only on a name row whose polity is unknown
    sa.Column("name", sa.Text),  # NULL on a polity row
    sa.Column("position", sa.Integer, nullable=False),
    sa.CheckConstraint(_in("side", SIDES), name="ck_participants_side"),
    sa.CheckConstraint("polity IS NOT NULL OR name IS NOT NULL", name="ck_participants_who"),
)

mentions = sa.Table(
    "mentions",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.Text, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("polity", sa.String(16)),
    sa.Column("name", sa.Text),
    sa.Column("role", sa.Text),
    sa.Column("sector", sa.Text),
)

actors = sa.Table(
    "actors",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("polity", sa.String(16)),
    sa.Column("first_seen", sa.String(10)),
    sa.Column("last_seen", sa.String(10)),
    sa.UniqueConstraint("name", "polity", name="uq_actors_name_polity"),
)

# The registry tables below are created by 0003_actor_registry, not by 0001, so a
# database made before them has exactly 0001's tables and upgrades in place.
actor_names = sa.Table(
    "actor_names",
    METADATA,
    sa.Column(
        "actor_id", sa.Integer, sa.ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("name", sa.Text, primary_key=True),  # as written (Mention.name, else its text)
    sa.Column("folded", sa.Text, nullable=False),  # the matching key, words joined by spaces
    sa.Column("mentions", sa.Integer, nullable=False),
)

actor_roles = sa.Table(
    "actor_roles",
    METADATA,
    sa.Column(
        "actor_id", sa.Integer, sa.ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("role", sa.Text, primary_key=True),  # Mention.role as written
    sa.Column("first_seen", sa.String(10)),  # publication dates; NULL when none is known
    sa.Column("last_seen", sa.String(10)),
    sa.Column("mentions", sa.Integer, nullable=False),
)

mention_actors = sa.Table(
    "mention_actors",
    METADATA,
    sa.Column(
        "mention_id", sa.Integer, sa.ForeignKey("mentions.id", ondelete="CASCADE"),
        primary_key=True, autoincrement=False,
    ),
    sa.Column(
        "actor_id", sa.Integer, sa.ForeignKey("actors.id", ondelete="CASCADE"), nullable=False
    ),
    # Denormalised from mentions: forgetting a document and dating an actor need no join.
    sa.Column("doc_id", sa.Text, sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False),
)

sa.Index("ix_events_doc_id", events.c.doc_id)
sa.Index("ix_events_type", events.c.type)
sa.Index("ix_events_date", events.c.date)
sa.Index("ix_events_date_min", events.c.date_min)
# Polity leads, event_id follows: the country/dyad EXISTS lookups are answered from the index.
sa.Index("ix_participants_polity", participants.c.polity, participants.c.event_id)
sa.Index("ix_participants_event_id", participants.c.event_id)
sa.Index("ix_mentions_doc_id", mentions.c.doc_id)
sa.Index("ix_actors_polity", actors.c.polity)
sa.Index("ix_mention_actors_actor_id", mention_actors.c.actor_id)
sa.Index("ix_mention_actors_doc_id", mention_actors.c.doc_id)

#: Tables created by migration ``0001_initial``, in dependency order.
INITIAL_TABLES: tuple[sa.Table, ...] = (
    schema_migrations, documents, events, participants, mentions, actors,
)  # fmt: skip

#: Tables created by migration ``0003_actor_registry``, in dependency order.
REGISTRY_TABLES: tuple[sa.Table, ...] = (actor_names, actor_roles, mention_actors)
