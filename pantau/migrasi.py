"""Schema upgrades that keep data: numbered, forward-only migrations recorded in the database.

A database written by an earlier release opens in a later one (CONTRACT.md v2 "schema upgrades keep
data"). `terapkan_migrasi` runs, before the schema files, every migration the file has not recorded in
`skema_migrasi`, in order. It runs inside the writer's copy of the file (`pantau.importer.tulis`), so a
migration that cannot finish leaves the original file as it was; the app and the CLI call it whenever
they open a file whose schema is not current, and `python -m pantau migrasi` calls it on demand.

A new database gets every migration recorded as applied: its tables are created in the current shape.
A migration that changes a table's shape renames the old table, lets the schema files create the new
one, copies the rows over and drops the old one, the same for its `riwayat_<tabel>` history.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb

from pantau.config import SCHEMA_DIR
from pantau.contract import TABEL
from pantau.db import jalankan

Migrasi = tuple[int, str, Callable[[duckdb.DuckDBPyConnection], None]]


def _kolom(con: duckdb.DuckDBPyConnection, tabel: str) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "select column_name from duckdb_columns() where table_name = ? and schema_name = 'main' "
            "order by column_index",
            [tabel],
        ).fetchall()
    ]


def _ada(con: duckdb.DuckDBPyConnection, tabel: str) -> bool:
    return bool(
        con.execute(
            "select count(*) from duckdb_tables() where table_name = ? and schema_name = 'main'", [tabel]
        ).fetchall()[0][0]
    )


# --------------------------------------------------------------------------- 1: contract v2

# How a version 1 row finds its pemda: v1 codes were global, so each code belongs to one pemda.
# `r` is the row being copied; the _peta_* tables are built from the version 1 tables and their history.
_PEMDA_V1 = {
    "perangkat_daerah": "r.kode_pemda",
    "sasaran": "r.kode_pemda",
    "evaluasi_sakip": "r.kode_pemda",
    "indikator": "(select m.kode_pemda from _peta_pd m where m.kode = r.kode_pd)",
    "kegiatan": "(select m.kode_pemda from _peta_pd m where m.kode = r.kode_pd)",
    "program_unggulan": "(select m.kode_pemda from _peta_pd m where m.kode = r.kode_pd)",
    "kerja_sama": "(select m.kode_pemda from _peta_pd m where m.kode = r.kode_pd)",
    "tindak_lanjut": "(select m.kode_pemda from _peta_pd m where m.kode = r.kode_pd)",
    "target": "(select m.kode_pemda from _peta_indikator m where m.kode = r.kode_indikator)",
    "realisasi": "(select m.kode_pemda from _peta_indikator m where m.kode = r.kode_indikator)",
    "tag_janji": "(select m.kode_pemda from _peta_kegiatan m where m.kode = r.kode_kegiatan)",
    "jadwal": "(select m.kode_pemda from _peta_kegiatan m where m.kode = r.kode_kegiatan)",
    "rencana_kas": "(select m.kode_pemda from _peta_kegiatan m where m.kode = r.kode_kegiatan)",
    "realisasi_anggaran": "(select m.kode_pemda from _peta_kegiatan m where m.kode = r.kode_kegiatan)",
    "tonggak": "(select m.kode_pemda from _peta_unggulan m where m.kode = r.kode_unggulan)",
    "janji_kampanye": "(select m.kode_pemda from _peta_janji m where m.kode = r.kode_janji)",
}


def _peta_v1(con: duckdb.DuckDBPyConnection) -> None:
    """code → pemda maps of a version 1 database (current rows first, then history)."""

    def sumber(tabel: str, pilih: str) -> str:
        bagian = [f"select {pilih}, 0 as urutan from _v1_{tabel} r"]
        if _ada(con, f"_v1_riwayat_{tabel}"):
            bagian.append(f"select {pilih}, 1 as urutan from _v1_riwayat_{tabel} r")
        return " union all ".join(bagian)

    def peta(nama: str, sql: str) -> None:
        jalankan(
            con,
            f"create or replace temp table {nama} as select kode, arg_min(kode_pemda, urutan) as kode_pemda "
            f"from ({sql}) where kode is not null and kode_pemda is not null group by kode",
        )

    peta("_peta_pd", sumber("perangkat_daerah", "r.kode_pd as kode, r.kode_pemda"))
    peta(
        "_peta_indikator",
        sumber("indikator", f"r.kode_indikator as kode, {_PEMDA_V1['indikator']} as kode_pemda"),
    )
    peta("_peta_kegiatan", sumber("kegiatan", f"r.kode_kegiatan as kode, {_PEMDA_V1['kegiatan']} as kode_pemda"))
    peta(
        "_peta_unggulan",
        sumber("program_unggulan", f"r.kode_unggulan as kode, {_PEMDA_V1['program_unggulan']} as kode_pemda"),
    )
    # A campaign promise: the pemda of the activities tagged with it, else the pemda whose sasaran share its misi.
    peta(
        "_peta_janji",
        f"""
        select r.kode_janji as kode, {_PEMDA_V1["tag_janji"]} as kode_pemda, 0 as urutan from _v1_tag_janji r
        union all
        select j.kode_janji, s.kode_pemda, 1 from _v1_janji_kampanye j join _v1_sasaran s on s.misi = j.misi
        """,
    )


def _v2_kode_pemda(con: duckdb.DuckDBPyConnection) -> None:
    """Contract v2: kode_pemda in every table and leading every key; perjanjian_kinerja from tanggal_pk."""
    tabel_v1 = [t for t in TABEL if t != "perjanjian_kinerja" and _ada(con, t)]
    for t in tabel_v1:
        jalankan(con, f"alter table {t} rename to _v1_{t}")
        if _ada(con, f"riwayat_{t}"):
            jalankan(con, f"alter table riwayat_{t} rename to _v1_riwayat_{t}")
    for nama in ("01_tabel.sql", "03_impor.sql"):
        jalankan(con, (SCHEMA_DIR / nama).read_text(encoding="utf-8"))
    for t in ("janji_kampanye", "tag_janji", "sasaran"):  # _peta_janji reads them even when empty
        if not _ada(con, f"_v1_{t}"):
            jalankan(con, f"create temp table _v1_{t} as select * from {t} limit 0")
    _peta_v1(con)
    cadangan = (
        "(select min(kode_pemda) from _v1_pemda where tingkat = 'provinsi' and kode_induk is null), "
        "(select min(kode_pemda) from _v1_pemda)"
        if _ada(con, "_v1_pemda")
        else "null"
    )
    for t in tabel_v1:
        for lama, baru in ((f"_v1_{t}", t), (f"_v1_riwayat_{t}", f"riwayat_{t}")):
            if not _ada(con, lama):
                continue
            ada = set(_kolom(con, lama))
            kolom = [k for k in _kolom(con, baru) if k in ada or k == "kode_pemda"]
            pilih = []
            for k in kolom:
                if k == "kode_pemda" and t != "pemda":
                    pilih.append(f"coalesce({_PEMDA_V1[t]}, {cadangan}, '')")
                else:
                    pilih.append(f"r.{k}")
            jalankan(
                con,
                f"insert into {baru} ({', '.join(kolom)}) select {', '.join(pilih)} from {lama} r",
            )
    # v1 kept one PK date per OPD (the last signed). It becomes the PK row of that date's year; an earlier
    # date in the history becomes its own year's row (the PK of that year), or the replaced value of it.
    if _ada(con, "_v1_perangkat_daerah") and "tanggal_pk" in _kolom(con, "_v1_perangkat_daerah"):
        jalankan(
            con,
            "insert into perjanjian_kinerja (kode_pemda, kode_pd, tahun, tanggal_tanda_tangan, "
            "nama_penanda_tangan, batch_id) select kode_pemda, kode_pd, year(tanggal_pk), tanggal_pk, nama_kepala, "
            "batch_id from _v1_perangkat_daerah where tanggal_pk is not null",
        )
        if _ada(con, "_v1_riwayat_perangkat_daerah"):
            jalankan(
                con,
                """
                insert into riwayat_perjanjian_kinerja
                    (kode_pemda, kode_pd, tahun, tanggal_tanda_tangan, nama_penanda_tangan, batch_id, diganti_oleh)
                select r.kode_pemda, r.kode_pd, year(r.tanggal_pk), r.tanggal_pk, r.nama_kepala, r.batch_id,
                    r.diganti_oleh
                from _v1_riwayat_perangkat_daerah r
                join perjanjian_kinerja p
                    on p.kode_pemda = r.kode_pemda and p.kode_pd = r.kode_pd and p.tahun = year(r.tanggal_pk)
                where r.tanggal_pk is not null and r.tanggal_pk <> p.tanggal_tanda_tangan
                """,
            )
            jalankan(
                con,
                """
                insert into perjanjian_kinerja
                    (kode_pemda, kode_pd, tahun, tanggal_tanda_tangan, nama_penanda_tangan, batch_id)
                select kode_pemda, kode_pd, year(tanggal_pk), arg_max(tanggal_pk, diganti_oleh),
                    arg_max(nama_kepala, diganti_oleh), arg_max(batch_id, diganti_oleh)
                from _v1_riwayat_perangkat_daerah r
                where tanggal_pk is not null and not exists (
                    select 1 from perjanjian_kinerja p
                    where p.kode_pemda = r.kode_pemda and p.kode_pd = r.kode_pd and p.tahun = year(r.tanggal_pk)
                )
                group by all
                """,
            )
    for t in tabel_v1:
        for lama in (f"_v1_riwayat_{t}", f"_v1_{t}"):
            if _ada(con, lama):
                jalankan(con, f"drop table {lama}")


# --------------------------------------------------------------------------- 2: audit trail, batches per pemda


def _jejak_audit(con: duckdb.DuckDBPyConnection) -> None:
    """impor_batch gains kode_pemda (the pemda each batch wrote, from the rows and history that carry its number;
    a file of one pemda: that pemda) and the audit trail `jejak_audit` starts with what the batch history already
    says: each batch an import (or a follow-up saved from a page), each rolled-back batch a rollback (by an
    unknown user: releases before this one did not record who rolled back)."""
    if "kode_pemda" not in _kolom(con, "impor_batch"):
        jalankan(con, "alter table impor_batch add column kode_pemda varchar[]")
    bagian = []
    for t in TABEL:
        if _ada(con, t):
            bagian.append(f"select batch_id, kode_pemda from {t}")
        if _ada(con, f"riwayat_{t}"):
            bagian.append(f"select batch_id, kode_pemda from riwayat_{t}")
            bagian.append(f"select diganti_oleh, kode_pemda from riwayat_{t}")
    if bagian:
        jalankan(
            con,
            "create or replace temp table _batch_pemda as select batch_id, list(distinct kode_pemda order by "
            f"kode_pemda) as kode_pemda from ({' union all '.join(bagian)}) where batch_id is not null and "
            "kode_pemda is not null group by batch_id",
        )
        jalankan(
            con,
            "update impor_batch b set kode_pemda = p.kode_pemda from _batch_pemda p "
            "where p.batch_id = b.batch_id and b.kode_pemda is null",
        )
    if _ada(con, "pemda"):
        jalankan(
            con,
            "update impor_batch set kode_pemda = (select list(kode_pemda) from pemda) "
            "where kode_pemda is null and (select count(*) from pemda) = 1",
        )
    jalankan(con, (SCHEMA_DIR / "04_audit.sql").read_text(encoding="utf-8"))
    jalankan(
        con,
        """
        insert into jejak_audit (audit_id, waktu, pengguna, peran, kode_pemda, aksi, rincian, batch_id)
        select
            row_number() over (order by waktu, batch_id, urutan) + (select coalesce(max(audit_id), 0) from jejak_audit),
            waktu, pengguna, null, coalesce(kode_pemda, []), aksi, rincian, batch_id
        from (
            select waktu, coalesce(pengguna, '(tidak tercatat)') as pengguna, kode_pemda, 0 as urutan,
                case when sumber = 'halaman' then 'tindak_lanjut' else 'impor' end as aksi,
                json_object('sumber', sumber, 'berkas', berkas, 'baris_baru', baris_baru,
                    'baris_diganti', baris_diganti, 'dari', 'riwayat batch (migrasi 2)') as rincian,
                batch_id
            from impor_batch
            union all
            select dibatalkan_pada, '(tidak tercatat)', kode_pemda, 1, 'batal',
                json_object('dari', 'riwayat batch (migrasi 2)'), batch_id
            from impor_batch where status = 'dibatalkan' and dibatalkan_pada is not null
        )
        """,
    )


MIGRASI: list[Migrasi] = [
    (1, "kontrak v2: kode_pemda di setiap tabel dan kunci; perjanjian_kinerja per OPD per tahun", _v2_kode_pemda),
    (2, "jejak audit; pemda setiap batch impor", _jejak_audit),
]


def terapkan_migrasi(con: duckdb.DuckDBPyConnection) -> list[tuple[int, str]]:
    """Run the migrations this database has not recorded (in order); return those applied."""
    baru = not _ada(con, "pemda")
    jalankan(
        con,
        "create table if not exists skema_migrasi (nomor integer not null, nama varchar not null, "
        "diterapkan timestamp not null default current_timestamp)",
    )
    sudah = {r[0] for r in con.execute("select nomor from skema_migrasi").fetchall()}
    diterapkan = []
    for nomor, nama, fungsi in MIGRASI:
        if nomor in sudah:
            continue
        if not baru:
            fungsi(con)
            diterapkan.append((nomor, nama))
        jalankan(con, "insert into skema_migrasi (nomor, nama) values (?, ?)", [nomor, nama])
    return diterapkan


def versi_migrasi(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration recorded (0 for a file from before migrations existed)."""
    if not _ada(con, "skema_migrasi"):
        return 0
    return int(con.execute("select coalesce(max(nomor), 0) from skema_migrasi").fetchall()[0][0])


def migrasi_berkas(db: Path | str) -> list[tuple[int, str]]:
    """Upgrade a database file in place, all or nothing (the writer's copy and atomic rename)."""
    from pantau.importer.tulis import tulis_atomik

    hasil: list[tuple[int, str]] = []

    def kerja(con: duckdb.DuckDBPyConnection) -> list[tuple[int, str]]:
        return hasil

    # apply_schema (inside tulis_atomik) runs the migrations; it reports what it applied through db.
    from pantau import db as db_modul

    db_modul.MIGRASI_TERAKHIR.clear()
    tulis_atomik(Path(db), kerja, simpan=lambda _: True)
    hasil.extend(db_modul.MIGRASI_TERAKHIR)
    return hasil
