"""Queries for pages: called by file name, cached by (query name, parameters, database version)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from pantau import db
from pantau.config import db_path


@st.cache_data(show_spinner=False, max_entries=1024)
def _ambil(nama: str, params: tuple[tuple[str, Any], ...], path: str, versi: object) -> pd.DataFrame:
    return db.run_query(nama, dict(params), path)


def ambil(nama: str, **params: Any) -> pd.DataFrame:
    """Run `queries/<nama>.sql` with named parameters. A new import (a new file version) is a new cache key."""
    path = str(db_path())
    versi = db.reader(path).version()
    return _ambil(nama, tuple(sorted(params.items())), path, versi).copy()
