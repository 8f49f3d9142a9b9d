"""Paths to the ingest samples (copies of real seed and OrangeSum texts, see README there)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"
SEED_NO_TITLE = DATA / "seeds" / "000_16a7b6badb296c05.txt"
SEED_TITLED = DATA / "seeds" / "003_a130f20f78ccaec2.txt"
ORANGESUM = DATA / "orangesum_2.jsonl"
