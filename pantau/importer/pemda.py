"""Contract v2: every row belongs to one pemda ("One pemda per file", CONTRACT.md).

A file may leave kode_pemda out (a version 1 file, or an OPD's sheet). Its rows then belong to the
import's pemda, which is, in this order: the one the user chose (CLI `--pemda`, the pemda selected on
the Impor Data page); the one pemda named by the import's own rows that carry kode_pemda; the
database's only pemda (counting the pemda this import adds). When none of these gives exactly one
pemda, the rows are refused with a finding that asks for kode_pemda.

Also here: version 1's `perangkat_daerah.tanggal_pk` becomes the `perjanjian_kinerja` row of that
date's year (an explicit perjanjian_kinerja row for the same OPD and year wins).
"""

from __future__ import annotations

import duckdb
import pandas as pd

from pantau.contract import TABEL
from pantau.temuan import Temuan, galat, peringatan


def pemda_impor(
    frames: dict[str, pd.DataFrame], con: duckdb.DuckDBPyConnection, pilihan: str | None
) -> tuple[str | None, str]:
    """The import's pemda and how it was found (for the finding and the preview), or (None, why not)."""
    if pilihan:
        return pilihan, "dipilih"
    disebut: set[str] = set()
    for tabel, f in frames.items():
        if TABEL[tabel].per_pemda and len(f):
            disebut |= set(f["kode_pemda"].dropna())
    if len(disebut) == 1:
        return next(iter(disebut)), "disebut impor"
    if len(disebut) > 1:
        return None, f"impor ini menyebut {len(disebut)} pemda ({_daftar(disebut)})"
    semua = {r[0] for r in con.execute("select kode_pemda from pemda").fetchall()}
    if "pemda" in frames:
        semua |= set(frames["pemda"]["kode_pemda"].dropna())
    if len(semua) == 1:
        return next(iter(semua)), "satu-satunya pemda"
    if not semua:
        return None, "basis data belum berisi pemda"
    return None, f"basis data berisi {len(semua)} pemda ({_daftar(semua)})"


def _daftar(kode: set[str]) -> str:
    urut = sorted(kode)
    return ", ".join(urut[:5]) + (", …" if len(urut) > 5 else "")


def tetapkan_pemda(
    frames: dict[str, pd.DataFrame], con: duckdb.DuckDBPyConnection, pilihan: str | None = None
) -> list[Temuan]:
    """Fill kode_pemda where a row leaves it out; refuse the rows when the import's pemda is unknown."""
    kosong = {
        tabel: f["kode_pemda"].isna()
        for tabel, f in frames.items()
        if TABEL[tabel].per_pemda and len(f) and f["kode_pemda"].isna().any()
    }
    temuan: list[Temuan] = []
    if kosong:
        kode, alasan = pemda_impor(frames, con, pilihan)
        for tabel, mask in kosong.items():
            f = frames[tabel]
            if kode is not None:
                f.loc[mask, "kode_pemda"] = kode
                continue
            # One finding per file and sheet: the first row, and how many rows share it.
            for (berkas, lembar), bagian in f[mask].groupby(["_berkas", "_lembar"], dropna=False, sort=False):
                temuan.append(
                    galat(
                        f"kode_pemda kosong pada {len(bagian)} baris tabel {tabel}, dan pemda impor ini tidak dapat "
                        f"ditentukan ({alasan}). Isi kolom kode_pemda, atau pilih pemda impor (CLI --pemda KODE; "
                        "di halaman Impor Data: pilihan pemda).",
                        berkas=berkas,
                        lembar=lembar if isinstance(lembar, str) else "",
                        baris=int(bagian["_baris"].iloc[0]),
                        kolom="kode_pemda",
                    )
                )
    temuan += _tanggal_pk_ke_perjanjian(frames)
    return temuan


def _tanggal_pk_ke_perjanjian(frames: dict[str, pd.DataFrame]) -> list[Temuan]:
    """v1's perangkat_daerah.tanggal_pk → perjanjian_kinerja (kode_pemda, kode_pd, year of the date)."""
    pd_frame = frames.get("perangkat_daerah")
    if pd_frame is None or "tanggal_pk" not in pd_frame or not pd_frame["tanggal_pk"].notna().any():
        return []
    sumber = pd_frame[pd_frame["tanggal_pk"].notna() & pd_frame["kode_pemda"].notna()]
    turunan = pd.DataFrame(
        {
            "kode_pemda": sumber["kode_pemda"].astype("string"),
            "kode_pd": sumber["kode_pd"].astype("string"),
            "tahun": sumber["tanggal_pk"].dt.year.astype("Int64"),
            "tanggal_tanda_tangan": sumber["tanggal_pk"],
            "nama_penanda_tangan": sumber["nama_kepala"].astype("string"),
            "catatan": pd.Series(pd.NA, index=sumber.index, dtype="string"),
            "_berkas": sumber["_berkas"],
            "_lembar": sumber["_lembar"],
            "_baris": sumber["_baris"],
        }
    )
    temuan: list[Temuan] = []
    ada = frames.get("perjanjian_kinerja")
    if ada is not None and len(ada):
        kunci = set(zip(ada["kode_pemda"], ada["kode_pd"], ada["tahun"], strict=True))
        dobel = [(k in kunci) for k in zip(turunan["kode_pemda"], turunan["kode_pd"], turunan["tahun"], strict=True)]
        for idx in turunan[dobel].index:
            temuan.append(
                peringatan(
                    "tanggal_pk diabaikan: tabel perjanjian_kinerja impor ini sudah memuat PK OPD ini untuk tahun "
                    f"{turunan.at[idx, 'tahun']}.",
                    berkas=turunan.at[idx, "_berkas"],
                    lembar=turunan.at[idx, "_lembar"] or "",
                    baris=int(turunan.at[idx, "_baris"]),
                    kolom="tanggal_pk",
                )
            )
        turunan = turunan[[not d for d in dobel]]
        frames["perjanjian_kinerja"] = pd.concat([ada, turunan[ada.columns]], ignore_index=True)
    else:
        frames["perjanjian_kinerja"] = turunan.reset_index(drop=True)
    # Contract order, so that references are checked and written along the planning chain.
    urutan = {t: frames[t] for t in TABEL if t in frames}
    frames.clear()
    frames.update(urutan)
    return temuan
