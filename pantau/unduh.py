"""Downloads for the pages: tables as XLSX (one sheet per table) and CSV, with the same buttons everywhere.

Every workbook and CSV the product writes goes through this module, because imported text is untrusted: an OPD's
file can carry `=HYPERLINK("…","klik")` as an indicator name or a faktor penghambat. xlsxwriter (and pandas
through it) writes a string beginning with `=` as a live formula unless told not to, so every workbook is opened
with `OPSI_WORKBOOK` (strings stay strings, URLs stay text). A CSV has no cell types: Excel evaluates a cell
beginning with `= + - @` (and tab or CR, which it strips first), so such text cells get a leading single quote,
as OWASP recommends ("CSV Injection"). Numbers are not text: a negative number in a numeric column stays a number.
"""

from __future__ import annotations

import io
import re
from typing import IO, Any

import pandas as pd
import streamlit as st
import xlsxwriter

MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# strings_to_formulas: `=…` is text; strings_to_urls: `http://…` is text, not a hyperlink; strings_to_numbers is
# already off by default (codes such as 0001 stay text).
OPSI_WORKBOOK = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}

# OWASP: cells beginning with these characters are interpreted by spreadsheet programs.
AWAL_BERBAHAYA = ("=", "+", "-", "@", "\t", "\r")
# A plain number written as text ("-2", "+3,5") is not a formula, and quoting it would spoil it.
POLA_ANGKA = re.compile(r"^[+-]?\d+(?:[.,]\d+)*(?:[eE][+-]?\d+)?$")


def workbook(berkas: IO[bytes] | str) -> xlsxwriter.Workbook:
    """A new xlsxwriter workbook that writes every string as a string (never a formula or a hyperlink)."""
    return xlsxwriter.Workbook(berkas, {"in_memory": True, **OPSI_WORKBOOK})


def excel_writer(buf: IO[bytes]) -> pd.ExcelWriter:
    """A pandas ExcelWriter with the same options, for `DataFrame.to_excel`."""
    return pd.ExcelWriter(buf, engine="xlsxwriter", engine_kwargs={"options": dict(OPSI_WORKBOOK)})


def netralkan(nilai: object) -> object:
    """A CSV cell's text made inert for spreadsheet programs: a leading `'` before `= + - @`, tab or CR."""
    if isinstance(nilai, str) and nilai.startswith(AWAL_BERBAHAYA) and not POLA_ANGKA.match(nilai):
        return "'" + nilai
    return nilai


def tabel_aman(tabel: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text cell neutralised (numeric, date and boolean columns untouched); also the
    column names, which come from SQL an analyst wrote."""
    hasil = tabel.copy()
    for kolom in hasil.columns:
        if hasil[kolom].dtype == object or isinstance(hasil[kolom].dtype, pd.StringDtype):
            hasil[kolom] = hasil[kolom].map(netralkan)
    hasil.columns = [netralkan(k) if isinstance(k, str) else k for k in hasil.columns]
    return hasil


def csv(tabel: pd.DataFrame) -> bytes:
    """A table as CSV for download: UTF-8 with BOM (so Excel shows it right), text cells neutralised. Rows end
    in CRLF, so a cell holding a lone CR is quoted (with LF endings the csv module leaves it bare and it splits
    the row)."""
    return tabel_aman(tabel).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def xlsx(lembar: dict[str, pd.DataFrame]) -> bytes:
    """Frames → an XLSX workbook, one sheet per frame (sheet names cut to Excel's 31 characters)."""
    buf = io.BytesIO()
    with excel_writer(buf) as w:
        for nama, tabel in lembar.items():
            tabel.to_excel(w, sheet_name=nama[:31], index=False)
    return buf.getvalue()


def tombol_berkas(wadah: Any, label: str, data: Any, **kwargs: Any) -> None:
    """One download button in `wadah` (st, a column, the sidebar), as `st.download_button(label, data, **kwargs)`.
    Pressing it never reruns the page (`on_click="ignore"`): nothing on the page changes, and a rerun racing the
    browser's request for a deferred file (data given as a callable, written when pressed) could replace the
    button and lose the download on a busy server."""
    wadah.download_button(label, data, on_click="ignore", **kwargs)


def tombol_unduh(tabel: pd.DataFrame, nama_berkas: str, lembar: str = "data", label: str = "daftar") -> None:
    """Two buttons side by side: the table as XLSX and as CSV, each written only when its button is pressed (a
    workbook written on every run of the page was a good part of the page's time, for a file rarely asked for)."""
    kiri, kanan = st.columns(2)
    tombol_berkas(
        kiri, f"Unduh {label} (XLSX)", lambda: xlsx({lembar: tabel}), file_name=f"{nama_berkas}.xlsx", mime=MIME_XLSX
    )
    tombol_berkas(kanan, f"Unduh {label} (CSV)", lambda: csv(tabel), file_name=f"{nama_berkas}.csv", mime="text/csv")
