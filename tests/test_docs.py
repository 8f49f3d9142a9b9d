"""The documentation says what the code does: ``--help`` blocks and the codebook summary.

``docs/cli.md`` embeds each command's ``--help`` between ``<!-- help: NAME -->`` and
``<!-- /help -->`` (datasette's cog idea, without cog).  When a help text changes,
``test_docs_cli_help_is_current`` fails; regenerate the blocks with

    .venv/bin/python tests/test_docs.py --update

and review the diff.  The help is rendered at a fixed width without colours, so
the blocks do not depend on the terminal that runs the tests.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from unittest import mock

import pytest
from typer import rich_utils
from typer.testing import CliRunner

from communique.cli import app
from communique.models import EVENT_TYPES, MODES, STATUSES

ROOT = Path(__file__).resolve().parent.parent
CLI_DOC = ROOT / "docs" / "cli.md"
CODEBOOK_DOC = ROOT / "docs" / "codebook.md"
WIDTH = 88
# every command of the app, so a new command without its block fails the test
COMMANDS = ("communique", *(c.name for c in app.registered_commands if c.name))
BLOCK = re.compile(
    r"(?P<open><!-- help: (?P<name>[\w-]+) -->\n)```text\n(?P<body>.*?)```\n"
    r"(?P<close><!-- /help -->)", re.S)
UPDATE_HINT = "regenerate with: .venv/bin/python tests/test_docs.py --update"


def render_help(name: str) -> str:
    """``communique [NAME] --help`` as a user sees it in a WIDTH-column terminal, uncoloured."""
    args = ["--help"] if name == "communique" else [name, "--help"]
    env = {"COLUMNS": str(WIDTH), "NO_COLOR": "1", "COMMUNIQUE_DB": None, "FORCE_COLOR": None}
    # Typer reads TERMINAL_WIDTH and FORCE_COLOR once at import; pin what they decide.
    with mock.patch.object(rich_utils, "MAX_WIDTH", WIDTH), \
            mock.patch.object(rich_utils, "FORCE_TERMINAL", None):
        result = CliRunner().invoke(app, args, env=env)
    if result.exit_code != 0:
        raise RuntimeError(f"{name} --help failed: {result.output}")
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    return "\n".join(lines).strip("\n") + "\n"


def help_blocks(text: str) -> dict[str, str]:
    return {m["name"]: m["body"] for m in BLOCK.finditer(text)}


def update(path: Path = CLI_DOC) -> None:
    """Rewrite every help block of ``path`` with the current ``--help`` output."""
    text = path.read_text(encoding="utf-8")
    new = BLOCK.sub(lambda m: f"{m['open']}```text\n{render_help(m['name'])}```\n{m['close']}",
                    text)
    path.write_text(new, encoding="utf-8")


def test_docs_cli_has_a_help_block_per_command() -> None:
    blocks = help_blocks(CLI_DOC.read_text(encoding="utf-8"))
    assert sorted(blocks) == sorted(COMMANDS), UPDATE_HINT


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_cli_help_is_current(name: str) -> None:
    documented = help_blocks(CLI_DOC.read_text(encoding="utf-8")).get(name)
    assert documented is not None, f"docs/cli.md has no help block for {name}; {UPDATE_HINT}"
    assert documented == render_help(name), f"docs/cli.md: {name} --help drifted; {UPDATE_HINT}"


def test_docs_render_help_does_not_depend_on_the_terminal() -> None:
    with mock.patch.dict("os.environ", {"COLUMNS": "200", "TERMINAL_WIDTH": "200"}):
        wide = render_help("events")
    assert wide == render_help("events")
    assert max(len(line) for line in wide.splitlines()) <= WIDTH
    assert "\x1b[" not in wide


@pytest.mark.parametrize("term", [*EVENT_TYPES, *STATUSES,
                                  *(mode for modes in MODES.values() for mode in modes)])
def test_docs_codebook_names_every_type_status_and_mode(term: str) -> None:
    assert re.search(rf"`{re.escape(term)}`", CODEBOOK_DOC.read_text(encoding="utf-8")), term


def test_docs_codebook_points_to_plover_and_polecat() -> None:
    text = CODEBOOK_DOC.read_text(encoding="utf-8")
    assert "PLOVER" in text and "POLECAT" in text


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit(f"usage: {sys.argv[0]} --update   (rewrites the --help blocks of {CLI_DOC})")
    update()
    print(f"updated {CLI_DOC}")
