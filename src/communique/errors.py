"""Domain errors: the library raises these, the CLI turns them into one-line messages.

Each error carries an HTTP-like ``status`` so the future REST API can map it
without a second table (datasette's ``Base400`` ladder).
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base of every error communique raises on purpose."""

    status = 500


class InputError(CommuniqueError):
    """A source cannot be read or is not usable (message names the file and reason)."""

    status = 400


class ConfigError(CommuniqueError):
    """An option or setting is invalid."""

    status = 400


class DataError(CommuniqueError):
    """Packaged data (gazetteer, lexicon) is missing or malformed."""

    status = 500


class StoreError(CommuniqueError):
    """The database cannot be opened, migrated or written."""

    status = 500


class NotFoundError(CommuniqueError):
    """A requested document or event does not exist."""

    status = 404


class UnknownNameError(ConfigError):
    """An unknown registry name (format, reader...); the message lists the choices."""

    def __init__(self, kind: str, name: str, choices: list[str]) -> None:
        super().__init__(f"unknown {kind} {name!r}; choose one of: {', '.join(sorted(choices))}")
