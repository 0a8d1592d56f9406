"""A long table shown a page of rows at a time (issue 21: send only what is visible).

A table is sent whole to the browser and, when styled (the predikat colours), pandas' Styler renders every cell on
the server first: about 0,2 s per 100 rows of the IKU list on a busy 2-core machine, seconds for the national list of
1.000 IKU. Above BARIS_PER_HALAMAN rows the page shows one slice, chosen with a selector above the table; the
downloads keep every row.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pantau import figures
from pantau import format as fmt

BARIS_PER_HALAMAN = 200
# Tile rows (shared indicators) of the Kabupaten/Kota region picture at once: a family sharing hundreds of
# indicators gets a selector instead of a figure thousands of pixels tall (and the query reads only that slice).
UBIN_PER_TAMPIL = 40


def pilih_awal(jumlah: int, per_tampil: int, kunci: str, label: str = "Baris", bantuan: str | None = None) -> int:
    """Where the shown slice of `jumlah` items starts: 0 when they fit in `per_tampil`, else the slice chosen in a
    selector ("1–200 dari 1.000"; first slice by default). `kunci` is the selector's widget key."""
    if jumlah <= per_tampil:
        return 0
    kiri, _ = st.columns([1, 3])
    return kiri.selectbox(
        label,
        list(range(0, jumlah, per_tampil)),
        format_func=lambda a: f"{fmt.angka(a + 1)}–{fmt.angka(min(a + per_tampil, jumlah))} dari {fmt.angka(jumlah)}",
        key=kunci,
        help=bantuan,
    )


def potong(tabel: pd.DataFrame, kunci: str, baris: int = BARIS_PER_HALAMAN) -> pd.DataFrame:
    """The rows to show: all of a short table; of a longer one the slice chosen in "Baris" (first slice by
    default). `kunci` is the selector's widget key (one per table of a page)."""
    mulai = pilih_awal(
        len(tabel),
        baris,
        kunci,
        bantuan=f"Tabel panjang ditampilkan {fmt.angka(baris)} baris sekali tampil; unduhan memuat semua baris.",
    )
    return tabel.iloc[mulai : mulai + baris]


def warnai(tabel: pd.DataFrame, warna: dict[str, pd.Series]) -> pd.io.formats.style.Styler:
    """`tabel` styled: each column named in `warna` painted cell by cell in the colour of the same row (a predikat or
    status colour from the data), its text readable on it; other columns as they are."""

    def gaya(kolom: pd.Series) -> list[str]:
        if kolom.name not in warna:
            return [""] * len(kolom)
        return [
            f"background-color: {w}; color: {figures.warna_teks(w)}" if isinstance(w, str) else ""
            for w in warna[kolom.name].loc[kolom.index]
        ]

    return tabel.style.apply(gaya)
