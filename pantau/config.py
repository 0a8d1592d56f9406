"""Paths and settings read from the environment, in one place."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES_DIR = ROOT / "queries"
SCHEMA_DIR = QUERIES_DIR / "schema"
DEMO_DIR = ROOT / "data" / "demo"
DEFAULT_DB = ROOT / "data" / "pantau.duckdb"


def db_path() -> Path:
    """The database file: `PANTAU_DB` when set, else `data/pantau.duckdb`."""
    return Path(os.environ.get("PANTAU_DB") or DEFAULT_DB)


def memori_tulis() -> str:
    """DuckDB's memory cap for a write (import, recompute of the stored views): `PANTAU_MEMORI_TULIS`, default 3GB.
    Past it DuckDB spills to disk; the national bulk import then stays within about 4 GB (docs/skala.md)."""
    return os.environ.get("PANTAU_MEMORI_TULIS") or "3GB"
