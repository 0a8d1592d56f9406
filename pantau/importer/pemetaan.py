"""Saved column mappings (issue 17): a user's own layout, mapped once (source column → contract column), saved by
name for their pemda and reused on the next upload and by the CLI (`python -m pantau impor … --pemetaan NAMA`).

A mapping only renames the header: the file then goes through the contract reader, the same findings, preview and
atomic write (`pantau.importer.baca.Pemetaan`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from pantau.contract import TABEL
from pantau.db import jalankan
from pantau.importer.baca import Pemetaan, Sumber
from pantau.importer.tulis import catat_jejak, tulis_atomik

__all__ = ["Pemetaan", "ambil_pemetaan", "daftar_pemetaan", "periksa_pemetaan", "simpan_pemetaan"]


def periksa_pemetaan(tabel: str, kolom: dict[str, str]) -> list[str]:
    """What is wrong with a mapping (empty = it may be saved): unknown table or column, a contract column chosen
    twice, a required column missing."""
    if tabel not in TABEL:
        return [f"Tabel {tabel} tidak dikenal."]
    spec = TABEL[tabel]
    salah = []
    dipakai = [k for k in kolom.values() if k]
    for k in dipakai:
        if k not in spec.kolom_impor:
            salah.append(f"Kolom {k} bukan kolom tabel {tabel}.")
    ganda = sorted({k for k in dipakai if dipakai.count(k) > 1})
    if ganda:
        salah.append(f"Kolom kontrak dipilih lebih dari sekali: {', '.join(ganda)}.")
    kurang = [k for k in spec.wajib if k not in dipakai]
    if kurang:
        salah.append(f"Kolom wajib belum dipetakan: {', '.join(kurang)}.")
    return salah


def simpan_pemetaan(
    db: Path | str,
    *,
    kode_pemda: str,
    nama: str,
    tabel: str,
    kolom: dict[str, str],
    pengguna: str | None = None,
    peran: str | None = None,
) -> Pemetaan:
    """Save (or replace) mapping `nama` of pemda `kode_pemda`, with an audit row, all or nothing.

    Raises ValueError when the mapping is not valid (`periksa_pemetaan`) or has no name."""
    nama = nama.strip()
    kolom = {str(s).strip(): k for s, k in kolom.items() if k and str(s).strip()}
    salah = ([] if nama else ["Beri nama pemetaan."]) + periksa_pemetaan(tabel, kolom)
    if salah:
        raise ValueError(" ".join(salah))

    def kerja(con: duckdb.DuckDBPyConnection) -> bool:
        jalankan(con, "delete from pemetaan_kolom where kode_pemda = ? and nama = ?", [kode_pemda, nama])
        waktu = datetime.now().replace(microsecond=0)
        for sumber, tujuan in kolom.items():
            jalankan(
                con,
                "insert into pemetaan_kolom values (?, ?, ?, ?, ?, ?, ?)",
                [kode_pemda, nama, sumber, tabel, tujuan, waktu, pengguna],
            )
        catat_jejak(
            con,
            "pemetaan",
            pengguna=pengguna,
            peran=peran,
            kode_pemda=[kode_pemda],
            rincian={"nama": nama, "tabel": tabel, "kolom": kolom},
        )
        return True

    tulis_atomik(Path(db), kerja, simpan=lambda ok: ok, berubah=lambda _: set())
    return Pemetaan(nama, tabel, kolom)


def _baca(db: Path | str, sql: str, params: list[object]) -> list[tuple]:
    if not Path(db).exists():
        return []
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    except duckdb.CatalogException:  # a database from before this table: no mapping yet
        return []
    finally:
        con.close()


def daftar_pemetaan(db: Path | str, kode_pemda: str | None = None) -> list[Pemetaan]:
    """Saved mappings (of one pemda, or all), by name."""
    rows = _baca(
        db,
        "select kode_pemda, nama, any_value(tabel), list(kolom_sumber order by kolom_sumber), "
        "list(kolom_kontrak order by kolom_sumber) from pemetaan_kolom "
        "where ? is null or kode_pemda = ? group by all order by nama, kode_pemda",
        [kode_pemda, kode_pemda],
    )
    return [Pemetaan(nama, tabel, dict(zip(sumber, tujuan, strict=True))) for _, nama, tabel, sumber, tujuan in rows]


def ambil_pemetaan(db: Path | str, nama: str, kode_pemda: str | None = None) -> Pemetaan:
    """The mapping `nama` (of `kode_pemda` when given). Raises LookupError when there is none, or when, without a
    pemda, several pemda saved one by that name."""
    rows = _baca(
        db,
        "select distinct kode_pemda from pemetaan_kolom where nama = ? and (? is null or kode_pemda = ?)",
        [nama, kode_pemda, kode_pemda],
    )
    if not rows:
        raise LookupError(f"Pemetaan '{nama}' tidak ada" + (f" untuk pemda {kode_pemda}." if kode_pemda else "."))
    if len(rows) > 1:
        raise LookupError(
            f"Pemetaan '{nama}' ada di {len(rows)} pemda ({', '.join(sorted(r[0] for r in rows))}): pilih pemda "
            "dengan --pemda KODE."
        )
    (p,) = [m for m in daftar_pemetaan(db, rows[0][0]) if m.nama == nama]
    return p


def label_sumber(sumber: Sumber) -> list[str]:
    """The header labels of a file's first sheet (the row among the first 30 with the most filled cells), to map."""
    from pantau.importer.baca import BARIS_CARI_HEADER, _baca_csv, _baca_xlsx

    baca = _baca_csv if Path(sumber.nama).suffix.lower() in (".csv", ".txt") else _baca_xlsx
    bagian, _ = baca(sumber)
    for _nama, rows, _gabung in bagian:
        calon = [[str(c).strip() for c in r if c is not None and str(c).strip()] for r in rows[:BARIS_CARI_HEADER]]
        if any(calon):
            return list(dict.fromkeys(max(calon, key=len)))
    return []
