"""Writing meeting outputs to disk, for the command line and schedules (cron, systemd timers).

    tulis_paket(db, "99", 2026, 3, format=("pdf", "pptx"), keluar=Path("rapat/bahan.pdf"))
    tulis_semua_opd(db, "99", 2026, 3, format=("pdf",), folder=Path("rapat/2026-TW3"))

Formats: `pdf` (the PDF pack and its XLSX beside it), `pptx` (the deck), `ringkas` (the phone summary: PNG and a
one-page PDF). The output folder is created when missing; what cannot be written is reported as a `GagalTulis`
with an Indonesian message, never a traceback. One query runner (with a memo) serves every pack of a run, so the
pemda-wide queries of `--semua-opd` run once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from pantau import laporan

FORMAT = ("pdf", "pptx", "ringkas")


class GagalTulis(Exception):
    """An output that cannot be written, with a message for the user."""


def penjalan_kueri(db: Path | str) -> Callable[..., pd.DataFrame]:
    """A query runner on the database file that remembers its results for the run (frames are copied out)."""
    from pantau.db import run_query

    memo: dict[tuple[str, str], pd.DataFrame] = {}

    def ambil(nama: str, **params: Any) -> pd.DataFrame:
        kunci = (nama, repr(sorted(params.items())))
        if kunci not in memo:
            memo[kunci] = run_query(nama, params, db)
        return memo[kunci].copy()

    return ambil


def _gagal(e: OSError, jalur: Path, *, folder: bool) -> GagalTulis:
    """The OS's refusal to create a folder or write a file, said so the user knows what to change."""
    apa = f"membuat folder {jalur}" if folder else f"menulis {jalur}"
    if isinstance(e, PermissionError):
        return GagalTulis(f"Tidak boleh menulis di {e.filename or jalur}: periksa hak akses folder itu.")
    if isinstance(e, FileExistsError):
        return GagalTulis(f"Tidak dapat {apa}: {e.filename} sudah ada dan bukan folder.")
    if isinstance(e, NotADirectoryError):
        return GagalTulis(f"Tidak dapat {apa}: sebagian jalurnya adalah berkas, bukan folder.")
    if isinstance(e, IsADirectoryError):
        return GagalTulis(f"Tidak dapat {apa}: jalur itu adalah folder.")
    return GagalTulis(f"Tidak dapat {apa}: {e.strerror}.")


def siapkan_folder(folder: Path) -> Path:
    """Create the folder (and its parents) when missing; GagalTulis when a file stands in the way or it may not be
    written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise _gagal(e, folder, folder=True) from e
    return folder


def _tulis(path: Path, isi: bytes) -> Path:
    siapkan_folder(path.parent)
    try:
        path.write_bytes(isi)
    except OSError as e:
        raise _gagal(e, path, folder=False) from e
    return path


def tulis_data(d: laporan.DataRapat, format: Sequence[str], dasar: Path) -> list[Path]:
    """Write the asked formats of one pack; `dasar` is the path without extension (…/bahan_rapat_99_2026_TW3)."""
    ditulis: list[Path] = []
    if "pdf" in format:
        ditulis.append(_tulis(dasar.with_name(dasar.name + ".pdf"), laporan.buat_pdf(d)))
        ditulis.append(_tulis(dasar.with_name(dasar.name + ".xlsx"), laporan.buat_xlsx(d)))
    if "pptx" in format:
        from pantau.dek import buat_pptx

        ditulis.append(_tulis(dasar.with_name(dasar.name + ".pptx"), buat_pptx(d)))
    if "ringkas" in format:
        from pantau.ringkas import buat_ringkas

        r = buat_ringkas(d)
        ditulis.append(_tulis(dasar.with_name(dasar.name + "_ringkas.png"), r.png))
        ditulis.append(_tulis(dasar.with_name(dasar.name + "_ringkas.pdf"), r.pdf))
    return ditulis


def dasar_keluar(keluar: Path | None, nama_bawaan: str) -> Path:
    """Where one pack goes: `keluar` names a file (its extension is replaced per format) or an existing folder /
    a path ending in "/" (the default name inside); without it, the default name in the working folder."""
    if keluar is None:
        return Path(nama_bawaan)
    if keluar.is_dir() or str(keluar).endswith(("/", "\\")):
        return keluar / nama_bawaan
    return keluar.with_suffix("") if keluar.suffix.lower() in (".pdf", ".pptx", ".xlsx", ".png") else keluar


def tulis_paket(
    db: Path | str,
    kode_pemda: str,
    tahun: int,
    triwulan: int,
    *,
    kode_pd: str = "",
    hari_ini: dt.date | None = None,
    format: Sequence[str] = ("pdf",),
    keluar: Path | None = None,
    ambil: Callable[..., pd.DataFrame] | None = None,
) -> list[Path]:
    """One pack (pemda or one OPD) in the asked formats; returns the files written."""
    dasar = dasar_keluar(keluar, laporan.nama_berkas(kode_pemda, tahun, triwulan, kode_pd))
    siapkan_folder(dasar.parent)  # before the work: a wrong folder is said at once
    ambil = ambil or penjalan_kueri(db)
    d = laporan.kumpulkan(ambil, kode_pemda, tahun, triwulan, kode_pd=kode_pd, hari_ini=hari_ini)
    return tulis_data(d, format, dasar)


def tulis_semua_opd(
    db: Path | str,
    kode_pemda: str,
    tahun: int,
    triwulan: int,
    *,
    hari_ini: dt.date | None = None,
    format: Sequence[str] = ("pdf",),
    folder: Path,
    kabar: Callable[[str], None] = lambda _teks: None,
) -> list[Path]:
    """The pemda's pack and one pack per OPD, all in `folder` under their default names."""
    siapkan_folder(folder)
    ambil = penjalan_kueri(db)
    ditulis = tulis_paket(db, kode_pemda, tahun, triwulan, hari_ini=hari_ini, format=format, keluar=folder, ambil=ambil)
    kabar(f"pemda {kode_pemda}: {len(ditulis)} berkas")
    hari = hari_ini or dt.date.today()
    # the pemda pack's own OPD list (same parameters, so the memo answers)
    p = {"kode_pemda": kode_pemda, "tahun": tahun, "triwulan": triwulan, "periode": f"TW{triwulan}"}
    opd = ambil("pk_pd_daftar", **p, hari_ini=hari, kode_pd="")
    for _, r in opd.iterrows():
        baru = tulis_paket(
            db,
            kode_pemda,
            tahun,
            triwulan,
            kode_pd=str(r["kode_pd"]),
            hari_ini=hari_ini,
            format=format,
            keluar=folder,
            ambil=ambil,
        )
        kabar(f"{r['nama_pd']}: {len(baru)} berkas")
        ditulis += baru
    return ditulis
