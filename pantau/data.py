"""Queries for pages: called by file name, cached by (query name, parameters, the user's scope, database version).

The scope is not a parameter a page passes: `ambil` works it out from the logged-in user on every call
(`pantau.masuk.lingkup_sekarang`), so no page, URL or widget can widen it, and it is part of the cache key, so two
users of different scope never share a cached result.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from pantau import db
from pantau.akses import Lingkup
from pantau.config import db_path


@st.cache_data(show_spinner=False, max_entries=1024)
def _ambil(nama: str, params: tuple[tuple[str, Any], ...], path: str, versi: object, lingkup: Lingkup) -> pd.DataFrame:
    return db.run_query(nama, dict(params), path, lingkup)


def ambil(nama: str, **params: Any) -> pd.DataFrame:
    """Run `queries/<nama>.sql` with named parameters, within the user's scope. A new import (a new file version)
    is a new cache key. Raises `pantau.akses.DiLuarLingkup` for a pemda outside the scope."""
    from pantau.masuk import lingkup_sekarang

    path = str(db_path())
    versi = db.reader(path).version()
    return _ambil(nama, tuple(sorted(params.items())), path, versi, lingkup_sekarang()).copy()
