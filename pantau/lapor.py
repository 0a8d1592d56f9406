"""The quarter's reporting inside the app (issue 19): an OPD's entry, its submission, verification, the period's
deadline and lock, and who is late.

Every write here is an import (`pantau.importer.impor`): the page's rows become `realisasi.csv`,
`realisasi_anggaran.csv`, `status_lapor.csv` or `periode_lapor.csv` in the import format, so values parse with the
importer's number rules, the reporting rules (`pantau.importer.lapor`) hold exactly as for a file, and each save is
one batch in the history (rollback on the Impor Data page) with one audit row naming the user.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd

from pantau import format as fmt
from pantau.akses import Lingkup
from pantau.db import run_query
from pantau.importer import HasilImpor, Sumber, impor
from pantau.importer.baca import csv_impor
from pantau.importer.lapor import OpsiLapor, hari_ini
from pantau.temuan import galat

__all__ = [
    "OpsiLapor",
    "atur_periode",
    "hari_ini",
    "nilai_isian",
    "simpan_anggaran",
    "simpan_laporan",
    "tautan_pengingat",
    "terlambat",
    "verifikasi",
]


def _simpan_halaman(db: Path | str, baris: Mapping[str, list[dict[str, object]]], **opsi: Any) -> HasilImpor:
    """A save from the reporting page: the rows of each table as import-format CSV files, imported like any file
    (findings, scope, the reporting rules, one batch, an audit row with `aksi` and `rincian`)."""
    return impor([Sumber(f"{t}.csv", csv_impor(t, b)) for t, b in baris.items()], db, asal="halaman", **opsi)


def nilai_isian(x: object) -> str:
    """A stored number as the entry cell shows it and the importer reads it back unchanged: no thousands
    separator, a decimal comma (85 → "85", 12.5 → "12,5"); nothing → ""."""
    if x is None or (isinstance(x, float) and math.isnan(x)) or fmt.kosong(x):
        return ""
    v = float(x)  # type: ignore[arg-type]
    if v.is_integer():
        return str(int(v))
    return repr(v).replace(".", ",")


def teks_isian(x: object) -> str:
    """Text as an entry cell shows it and the write reads it: nothing (None, NaN) → "", spaces collapsed."""
    return "" if x is None or fmt.kosong(x) else " ".join(str(x).split())


def simpan_laporan(
    db: Path | str,
    kode_pemda: str,
    tahun: int,
    triwulan: int,
    isian: Iterable[Mapping[str, object]],
    *,
    ajukan: bool = False,
    versi: Mapping[str, tuple[int | None, int | None]] | None = None,
    konfirmasi_tinggi: bool = False,
    pengguna: str | None = None,
    peran: str | None = None,
    lingkup: Lingkup | None = None,
    tanggal: dt.date | None = None,
) -> HasilImpor:
    """Save (draft) or submit an OPD's IKU values for one quarter, all or nothing.

    `isian`: per IKU, kode_indikator, realisasi (as typed: "1.234,5", 12.5 …), faktor_pendorong,
    faktor_penghambat, tindak_lanjut, sumber_data. An IKU with no value is left out. `versi`: per kode_indikator,
    the (realisasi, status_lapor) batches the page read, so a save made by someone else since is not overwritten.
    """
    periode = f"TW{triwulan}"
    realisasi, status = [], []
    for b in isian:
        if not teks_isian(b.get("realisasi")):
            continue
        kode = str(b["kode_indikator"])
        realisasi.append(
            {
                "kode_pemda": kode_pemda,
                "kode_indikator": kode,
                "tahun": tahun,
                "periode": periode,
                "realisasi": teks_isian(b.get("realisasi")),
                **{
                    k: teks_isian(b.get(k))
                    for k in ("faktor_pendorong", "faktor_penghambat", "tindak_lanjut", "sumber_data")
                },
            }
        )
        status.append(
            {
                "kode_pemda": kode_pemda,
                "kode_indikator": kode,
                "tahun": tahun,
                "periode": periode,
                "status": "diajukan" if ajukan else "draf",
            }
        )
    if not realisasi:
        return HasilImpor([galat("Belum ada nilai realisasi yang diisi; tidak ada yang disimpan.")])
    opsi = OpsiLapor(
        versi={
            (kode_pemda, kode, tahun, periode): v
            for kode, v in (versi or {}).items()
            if any(r["kode_indikator"] == kode for r in realisasi)
        },
        konfirmasi_tinggi=konfirmasi_tinggi,
    )
    return _simpan_halaman(
        db,
        {"realisasi": realisasi, "status_lapor": status},
        pengguna=pengguna,
        peran=peran,
        lingkup=lingkup,
        pemda=kode_pemda,
        aksi="ajukan_laporan" if ajukan else "simpan_laporan",
        rincian={"periode": f"{periode} {tahun}", "iku": [r["kode_indikator"] for r in realisasi]},
        tanggal=tanggal,
        opsi_lapor=opsi,
    )


def simpan_anggaran(
    db: Path | str,
    kode_pemda: str,
    tahun: int,
    isian: Iterable[Mapping[str, object]],
    *,
    pengguna: str | None = None,
    peran: str | None = None,
    lingkup: Lingkup | None = None,
    tanggal: dt.date | None = None,
) -> HasilImpor:
    """Save an OPD's budget realisation of sub kegiatan for months of a quarter, all or nothing: per row
    kode_kegiatan, bulan, realisasi (as typed, in the form the sub kegiatan is imported in: monthly, or to date when
    `kumulatif`), fisik_persen. A row with neither value is left out. The period lock holds as for any import."""
    baris = []
    for b in isian:
        nilai, fisik = teks_isian(b.get("realisasi")), teks_isian(b.get("fisik_persen"))
        if not nilai and not fisik:
            continue
        kolom = "realisasi_kumulatif" if b.get("kumulatif") else "realisasi"
        baris.append(
            {"kode_pemda": kode_pemda, "tahun": tahun, "kode_kegiatan": b["kode_kegiatan"], "bulan": b["bulan"],
             kolom: nilai, "fisik_persen": fisik}
        )  # fmt: skip
    if not baris:
        return HasilImpor([galat("Belum ada realisasi anggaran yang diisi; tidak ada yang disimpan.")])
    return _simpan_halaman(
        db,
        {"realisasi_anggaran": baris},
        pengguna=pengguna,
        peran=peran,
        lingkup=lingkup,
        pemda=kode_pemda,
        aksi="simpan_anggaran",
        rincian={"tahun": tahun, "sub_kegiatan": sorted({str(b["kode_kegiatan"]) for b in baris})},
        tanggal=tanggal,
    )


def verifikasi(
    db: Path | str,
    kode_pemda: str,
    tahun: int,
    triwulan: int,
    keputusan: Iterable[tuple[str, str, str]],
    *,
    versi: Mapping[str, tuple[int | None, int | None]] | None = None,
    pengguna: str | None = None,
    peran: str | None = None,
    lingkup: Lingkup | None = None,
    tanggal: dt.date | None = None,
) -> HasilImpor:
    """Verify or return submitted IKU: (kode_indikator, 'diverifikasi' | 'dikembalikan', catatan). All or nothing:
    one IKU already verified by someone else, or returned without a note, refuses the whole decision. `versi`: as
    in `simpan_laporan`, what the verifier's page read (a second verifier acting on the same IKU is refused)."""
    periode = f"TW{triwulan}"
    baris = [
        {
            "kode_pemda": kode_pemda,
            "kode_indikator": kode,
            "tahun": tahun,
            "periode": periode,
            "status": status,
            "catatan_verifikasi": catatan,
        }
        for kode, status, catatan in keputusan
    ]
    if not baris:
        return HasilImpor([galat("Tidak ada IKU yang dipilih untuk diverifikasi atau dikembalikan.")])
    return _simpan_halaman(
        db,
        {"status_lapor": baris},
        pengguna=pengguna,
        peran=peran,
        lingkup=lingkup,
        pemda=kode_pemda,
        aksi="verifikasi",
        rincian={
            "periode": f"{periode} {tahun}",
            "keputusan": {b["kode_indikator"]: b["status"] for b in baris},
        },
        tanggal=tanggal,
        opsi_lapor=OpsiLapor(
            versi={(kode_pemda, k, tahun, periode): v for k, v in (versi or {}).items()}, konfirmasi_tinggi=True
        ),
    )


def atur_periode(
    db: Path | str,
    kode_pemda: str,
    tahun: int,
    triwulan: int,
    *,
    batas_lapor: dt.date | None = None,
    dibuka_sampai: dt.date | None = None,
    catatan: str = "",
    pengguna: str | None = None,
    peran: str | None = None,
    lingkup: Lingkup | None = None,
) -> HasilImpor:
    """Open a quarter for reporting in the app (its deadline: `batas_lapor`, or the quarter's end plus the
    setting batas_lapor_hari), or reopen a locked one until `dibuka_sampai` (recorded as `buka_kunci` in the audit
    trail). Only administrators (the importer refuses an operator)."""
    baris = {
        "kode_pemda": kode_pemda,
        "tahun": tahun,
        "periode": f"TW{triwulan}",
        "batas_lapor": batas_lapor,
        "dibuka_sampai": dibuka_sampai,
        "catatan": catatan,
    }
    return _simpan_halaman(
        db,
        {"periode_lapor": [baris]},
        pengguna=pengguna,
        peran=peran,
        lingkup=lingkup,
        pemda=kode_pemda,
        aksi="buka_kunci" if dibuka_sampai is not None else "atur_periode",
        rincian={k: v for k, v in baris.items() if k != "kode_pemda"},
    )


def terlambat(
    db: Path | str | None = None,
    *,
    tanggal: dt.date | None = None,
    kode_pemda: str = "*",
    lingkup: Lingkup | None = None,
) -> pd.DataFrame:
    """Every OPD late with a quarter reported in the app, on `tanggal` (default today): the reminder list."""
    return run_query("lapor_terlambat", {"kode_pemda": kode_pemda, "hari_ini": tanggal or hari_ini()}, db, lingkup)


def tautan_pengingat(baris: Mapping[str, object], nama_pemda: str = "") -> str:
    """A `mailto:` link reminding an OPD's operators (email_operator) of its report; "" without an address."""
    email = teks_isian(baris.get("email_operator"))
    if not email:
        return ""
    tw = fmt.TRIWULAN.get(int(baris["triwulan"]), "")  # type: ignore[arg-type]
    nama = teks_isian(baris.get("nama_pd"))
    subjek = f"Pengingat laporan {tw} {baris['tahun']}: {nama}"
    batas = baris.get("batas_lapor")
    isi = (
        f"Yth. operator {nama}{' ' + nama_pemda if nama_pemda else ''},\n\n"
        f"laporan realisasi IKU {tw} {baris['tahun']} baru masuk {baris['jumlah_masuk']} dari "
        f"{baris['jumlah_wajib']} IKU. Batas lapor: {fmt.tanggal(batas)}."
    )
    if not fmt.kosong(baris.get("hari_terlambat")):
        isi += f" Sudah {int(baris['hari_terlambat'])} hari terlambat."  # type: ignore[arg-type]
    isi += "\nMohon segera diisi dan diajukan di Pantau Kinerja, halaman Laporan Triwulan.\n\nTerima kasih."
    return f"mailto:{quote(email, safe='@,')}?subject={quote(subjek)}&body={quote(isi)}"
