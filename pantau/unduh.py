"""Downloads for the pages: tables as XLSX (one sheet per table) and CSV, with the same buttons everywhere."""

from __future__ import annotations

import io

import pandas as pd
import streamlit as st

MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx(lembar: dict[str, pd.DataFrame]) -> bytes:
    """Frames → an XLSX workbook, one sheet per frame (sheet names cut to Excel's 31 characters)."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="xlsxwriter") as w:
        for nama, tabel in lembar.items():
            tabel.to_excel(w, sheet_name=nama[:31], index=False)
    return buf.getvalue()


def tombol_unduh(tabel: pd.DataFrame, nama_berkas: str, lembar: str = "data", label: str = "daftar") -> None:
    """Two buttons side by side: the table as XLSX and as CSV (UTF-8 with BOM, so Excel shows it right)."""
    kiri, kanan = st.columns(2)
    kiri.download_button(
        f"Unduh {label} (XLSX)", xlsx({lembar: tabel}), file_name=f"{nama_berkas}.xlsx", mime=MIME_XLSX
    )
    kanan.download_button(
        f"Unduh {label} (CSV)",
        tabel.to_csv(index=False).encode("utf-8-sig"),
        file_name=f"{nama_berkas}.csv",
        mime="text/csv",
    )
