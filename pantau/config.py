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
