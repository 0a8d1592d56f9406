"""The meeting pack's download block, shared by the Ringkasan and Tindak Lanjut pages.

Building the pack renders charts in Chromium (a few seconds), so it runs only when asked, once per
filters and database version (cached), and the two downloads then come from the cache.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from pantau import format as fmt
from pantau import laporan, ringkas
from pantau.config import db_path
from pantau.db import reader
from pantau.frame import Filter

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


@st.cache_data(show_spinner=False, max_entries=16)
def _bangun(pilihan: tuple[str, int, int, str, str], path: str, versi: object) -> laporan.BahanRapat:
    """(kode_pemda, tahun, triwulan, kode_pd, hari_ini ISO) → the pack; `versi` (the file identity) makes a new
    import a new cache entry."""
    kode_pemda, tahun, triwulan, kode_pd, hari_ini = pilihan
    return laporan.buat_bahan_rapat(
        kode_pemda, tahun, triwulan, kode_pd=kode_pd, hari_ini=dt.date.fromisoformat(hari_ini), db=path, pptx=True
    )


def unduh_bahan_rapat(
    filt: Filter, hari_ini: dt.date, *, kode_pd: str = "", nama_pd: str = "", kunci: str = ""
) -> None:
    """A button that builds the pack for the page's filters, then the PDF and XLSX download buttons."""
    path = str(db_path())
    pilihan = (filt.kode_pemda, filt.tahun, filt.triwulan, kode_pd, hari_ini.isoformat())
    siap = st.session_state.setdefault("bahan_rapat_siap", set())
    untuk = f"{filt.nama_pemda}, {fmt.TRIWULAN[filt.triwulan]} {filt.tahun}" + (f", {nama_pd}" if nama_pd else "")
    if pilihan not in siap and st.button(
        f"Siapkan bahan rapat ({untuk})",
        icon=":material/picture_as_pdf:",
        key=f"bahan_rapat_{kunci}",
        help="Sampul dengan filter, angka utama, IKU merah dengan penghambat dan tindak lanjut, grafik serapan dan "
        "penumpukan, peta wilayah, status program unggulan, janji rapat lalu dan tindak lanjut terbuka; PDF, XLSX dan "
        "salindia PPTX. Sekitar 10–20 detik.",
    ):
        siap.add(pilihan)
    if pilihan not in siap:
        return
    with st.spinner("Menyusun bahan rapat: grafik digambar di Chromium…"):
        bahan = _bangun(pilihan, path, reader(path).version())
    k1, k2, k3 = st.columns(3)
    k1.download_button(
        "Unduh bahan rapat (PDF)",
        bahan.pdf,
        file_name=f"{bahan.nama_berkas}.pdf",
        mime="application/pdf",
        icon=":material/download:",
        key=f"unduh_pdf_{kunci}",
        type="primary",
    )
    k2.download_button(
        "Unduh tabelnya (XLSX)",
        bahan.xlsx,
        file_name=f"{bahan.nama_berkas}.xlsx",
        mime=XLSX,
        icon=":material/table:",
        key=f"unduh_xlsx_{kunci}",
    )
    k3.download_button(
        "Unduh salindia (PPTX)",
        bahan.pptx,
        file_name=f"{bahan.nama_berkas}.pptx",
        mime=PPTX,
        icon=":material/slideshow:",
        key=f"unduh_pptx_{kunci}",
    )


@st.cache_data(show_spinner=False, max_entries=16)
def _bangun_ringkas(pilihan: tuple[str, int, int, str, str], path: str, versi: object) -> ringkas.Ringkas:
    """The phone summary for these filters (see `_bangun`); no browser needed, so it is quick."""
    from pantau.paket import penjalan_kueri

    kode_pemda, tahun, triwulan, kode_pd, hari_ini = pilihan
    d = laporan.kumpulkan(
        penjalan_kueri(path), kode_pemda, tahun, triwulan, kode_pd=kode_pd, hari_ini=dt.date.fromisoformat(hari_ini)
    )
    return ringkas.buat_ringkas(d)


def unduh_ringkas(filt: Filter, hari_ini: dt.date, *, kunci: str = "") -> None:
    """A button that draws the phone summary for the page's filters, then its PNG and PDF download buttons."""
    path = str(db_path())
    pilihan = (filt.kode_pemda, filt.tahun, filt.triwulan, "", hari_ini.isoformat())
    siap = st.session_state.setdefault("ringkas_siap", set())
    if pilihan not in siap and st.button(
        "Siapkan ringkasan untuk ponsel",
        icon=":material/smartphone:",
        key=f"ringkas_{kunci}",
        help="Satu gambar tegak (lebar 1080 piksel) untuk grup percakapan: pemda, periode, angka utama dengan "
        "perubahannya, lima pengecualian terburuk, tanggal dibuat. Juga sebagai PDF satu halaman.",
    ):
        siap.add(pilihan)
    if pilihan not in siap:
        return
    with st.spinner("Menggambar ringkasan…"):
        r = _bangun_ringkas(pilihan, path, reader(path).version())
    k1, k2 = st.columns(2)
    k1.download_button(
        "Unduh ringkasan (PNG)",
        r.png,
        file_name=f"{r.nama_berkas}.png",
        mime="image/png",
        icon=":material/image:",
        key=f"unduh_ringkas_png_{kunci}",
        type="primary",
    )
    k2.download_button(
        "Unduh ringkasan (PDF)",
        r.pdf,
        file_name=f"{r.nama_berkas}.pdf",
        mime="application/pdf",
        icon=":material/download:",
        key=f"unduh_ringkas_pdf_{kunci}",
    )
