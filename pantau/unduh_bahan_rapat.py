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
from pantau.unduh import MIME_XLSX, tombol_berkas

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


@st.cache_data(show_spinner=False, max_entries=16)
def _bangun(pilihan: tuple[str, int, int, str, str], path: str, versi: object) -> laporan.BahanRapat:
    """(kode_pemda, tahun, triwulan, kode_pd, hari_ini ISO) → the pack; `versi` (the file identity) makes a new
    import a new cache entry."""
    kode_pemda, tahun, triwulan, kode_pd, hari_ini = pilihan
    return laporan.buat_bahan_rapat(
        kode_pemda, tahun, triwulan, kode_pd=kode_pd, hari_ini=dt.date.fromisoformat(hari_ini), db=path, pptx=True
    )


def _diminta(pilihan: tuple, label: str, *, kunci: str, ikon: str, bantuan: str) -> bool:
    """A button that asks for an output once per filters: True once it was pressed for these `pilihan` (the
    choice is remembered in the session, so the downloads stay after the rerun a download causes)."""
    siap = st.session_state.setdefault("keluaran_siap", set())
    if (kunci, pilihan) not in siap and st.button(label, icon=ikon, key=kunci, help=bantuan):
        siap.add((kunci, pilihan))
    return (kunci, pilihan) in siap


def _tombol_unduh(unduhan: list[tuple[str, bytes, str, str, str]], kunci: str) -> None:
    """One download button a file, side by side, the first one primary: (label, isi, nama berkas, mime, ikon)."""
    for i, (kolom, (label, isi, nama, mime, ikon)) in enumerate(zip(st.columns(len(unduhan)), unduhan, strict=True)):
        tombol_berkas(
            kolom,
            label,
            isi,
            file_name=nama,
            mime=mime,
            icon=ikon,
            key=f"unduh_{nama.rsplit('.', 1)[-1]}_{kunci}",
            type="primary" if i == 0 else "secondary",
        )


def unduh_bahan_rapat(
    filt: Filter, hari_ini: dt.date, *, kode_pd: str = "", nama_pd: str = "", kunci: str = ""
) -> None:
    """A button that builds the pack for the page's filters, then the PDF, XLSX and PPTX download buttons."""
    path = str(db_path())
    pilihan = (filt.kode_pemda, filt.tahun, filt.triwulan, kode_pd, hari_ini.isoformat())
    untuk = f"{filt.nama_pemda}, {fmt.TRIWULAN[filt.triwulan]} {filt.tahun}" + (f", {nama_pd}" if nama_pd else "")
    if not _diminta(
        pilihan,
        f"Siapkan bahan rapat ({untuk})",
        kunci=f"bahan_rapat_{kunci}",
        ikon=":material/picture_as_pdf:",
        bantuan="Sampul dengan filter, angka utama, IKU merah dengan penghambat dan tindak lanjut, grafik serapan "
        "dan penumpukan, peta wilayah, status program unggulan, janji rapat lalu dan tindak lanjut terbuka; PDF, "
        "XLSX dan salindia PPTX. Sekitar 10–20 detik.",
    ):
        return
    with st.spinner("Menyusun bahan rapat: grafik digambar di Chromium…"):
        bahan = _bangun(pilihan, path, reader(path).version())
    nama = bahan.nama_berkas
    _tombol_unduh(
        [
            ("Unduh bahan rapat (PDF)", bahan.pdf, f"{nama}.pdf", "application/pdf", ":material/download:"),
            ("Unduh tabelnya (XLSX)", bahan.xlsx, f"{nama}.xlsx", MIME_XLSX, ":material/table:"),
            ("Unduh salindia (PPTX)", bahan.pptx, f"{nama}.pptx", PPTX, ":material/slideshow:"),
        ],
        kunci,
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
    if not _diminta(
        pilihan,
        "Siapkan ringkasan untuk ponsel",
        kunci=f"ringkas_{kunci}",
        ikon=":material/smartphone:",
        bantuan="Satu gambar tegak (lebar 1080 piksel) untuk grup percakapan: pemda, periode, angka utama dengan "
        "perubahannya, lima pengecualian terburuk, tanggal dibuat. Juga sebagai PDF satu halaman.",
    ):
        return
    with st.spinner("Menggambar ringkasan…"):
        r = _bangun_ringkas(pilihan, path, reader(path).version())
    _tombol_unduh(
        [
            ("Unduh ringkasan (PNG)", r.png, f"{r.nama_berkas}.png", "image/png", ":material/image:"),
            ("Unduh ringkasan (PDF)", r.pdf, f"{r.nama_berkas}.pdf", "application/pdf", ":material/download:"),
        ],
        f"ringkas_{kunci}",
    )
