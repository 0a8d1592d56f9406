"""A long table shown a page of rows at a time (issue 21: send only what is visible).

A table is sent whole to the browser and, when styled (the predikat colours), pandas' Styler renders every cell on
the server first: about 0,2 s per 100 rows of the IKU list on a busy 2-core machine, seconds for the national list of
1.000 IKU. Above BARIS_PER_HALAMAN rows the page shows one slice, chosen with a selector above the table; the
downloads keep every row.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pantau import format as fmt

BARIS_PER_HALAMAN = 200


def potong(tabel: pd.DataFrame, kunci: str, baris: int = BARIS_PER_HALAMAN) -> pd.DataFrame:
    """The rows to show: all of a short table; of a longer one the slice chosen in "Baris" (first slice by
    default). `kunci` is the selector's widget key (one per table of a page)."""
    if len(tabel) <= baris:
        return tabel
    awal = list(range(0, len(tabel), baris))
    kiri, _ = st.columns([1, 3])
    mulai = kiri.selectbox(
        "Baris",
        awal,
        format_func=lambda a: (
            f"{fmt.angka(a + 1)}–{fmt.angka(min(a + baris, len(tabel)))} dari {fmt.angka(len(tabel))}"
        ),
        key=kunci,
        help=f"Tabel panjang ditampilkan {fmt.angka(baris)} baris sekali tampil; unduhan memuat semua baris.",
    )
    return tabel.iloc[mulai : mulai + baris]
