"""Writing: one transaction on a copy of the database, swapped in by an atomic rename.

Why a copy: DuckDB lets one process write a file while no other process has it open, but the
app keeps a read-only connection open. So a writer copies the file, writes the copy in one
transaction, checkpoints it and renames it over the original. Readers keep the old file until
they notice the new one (`pantau.db.Reader`); a failure at any point (a bad row, a full disk,
a killed process) leaves the original untouched. A lock file keeps writers one at a time.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import duckdb
import pandas as pd

from pantau.config import memori_tulis
from pantau.contract import TABEL
from pantau.db import (
    MIGRASI_TERAKHIR,
    apply_schema,
    create_database,
    hitung_langsung,
    jalankan,
    segarkan_tersimpan,
    skema_terkini,
)

T = TypeVar("T")


@contextlib.contextmanager
def kunci_penulis(db: Path) -> Iterator[None]:
    """One writer at a time for a database file (an advisory lock beside it)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    with open(db.with_name(db.name + ".lock"), "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def tulis_atomik(
    db: Path,
    kerja: Callable[[duckdb.DuckDBPyConnection], T],
    *,
    simpan: Callable[[T], bool],
    berubah: Callable[[T], set[str] | None] = lambda _: None,
    pemda: Callable[[T], set[str] | None] = lambda _: None,
) -> T:
    """Run `kerja` in one transaction on a copy of `db`; swap the copy in when `simpan(result)`.

    `berubah(result)`: the tables the write changed (None: unknown, every stored view is recomputed);
    `pemda(result)`: every pemda whose rows it changed (None: unknown), so stored views are refreshed for those
    pemda only (`pantau.db.segarkan_tersimpan`). The writer's DuckDB memory is capped (`config.memori_tulis`):
    past it DuckDB spills to a temporary folder beside the copy instead of taking the machine's memory."""
    db = Path(db)
    with kunci_penulis(db):
        salinan = db.with_name(f".{db.name}.{os.getpid()}.tmp")
        sementara = salinan.with_name(salinan.name + ".spill")
        for sisa in (salinan, salinan.with_name(salinan.name + ".wal")):
            sisa.unlink(missing_ok=True)
        try:
            if db.exists():
                shutil.copyfile(db, salinan)
            else:
                create_database(salinan)
            con = duckdb.connect(
                str(salinan), config={"memory_limit": memori_tulis(), "temp_directory": str(sementara)}
            )
            try:
                # a file already on the current schema skips re-creating every view and macro (~0.7 s a write);
                # its stored views still read their definitions during the write, as after apply_schema
                if skema_terkini(con):
                    MIGRASI_TERAKHIR.clear()
                    hitung_langsung(con)
                else:
                    apply_schema(con)
                jalankan(con, "begin transaction")
                hasil = kerja(con)
                if not simpan(hasil):
                    jalankan(con, "rollback")
                    return hasil
                segarkan_tersimpan(con, berubah(hasil), pemda(hasil))
                jalankan(con, "commit")
                jalankan(con, "checkpoint")
            finally:
                con.close()
            with open(salinan, "rb") as f:
                os.fsync(f.fileno())
            os.replace(salinan, db)
            return hasil
        finally:
            for sisa in (salinan, salinan.with_name(salinan.name + ".wal")):
                sisa.unlink(missing_ok=True)
            shutil.rmtree(sementara, ignore_errors=True)


def perbarui_skema(db: Path, *, semua: bool = True) -> None:
    """Bring an existing database file up to the current schema files (tables kept, views replaced).

    `semua`: recompute every stored view (`python -m pantau segarkan`, after data was changed by hand). Without
    it (a new release opening an older file), only the stored views whose definition changed are recomputed, and
    those built on them (`pantau.db.hash_view`); a migration of the tables recomputes them all."""
    tulis_atomik(
        db,
        lambda con: None,
        simpan=lambda _: True,
        berubah=lambda _: None if semua or MIGRASI_TERAKHIR else set(),
    )


def batch_berikut(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("select coalesce(max(batch_id), 0) + 1 from impor_batch").fetchall()[0][0])


def tulis_tabel(con: duckdb.DuckDBPyConnection, tabel: str, baru: pd.DataFrame | str, batch_id: int) -> tuple[int, int]:
    """Insert new rows, replace changed ones (old values kept in riwayat_<tabel>), skip identical ones.

    `baru` is a typed frame (the regular importer) or the name of a relation in `con` with the contract
    columns (the bulk path). Returns (rows inserted, rows replaced).
    """
    spec = TABEL[tabel]
    kolom = spec.nama_kolom
    # `is not distinct from`: an optional key column (e.g. kode_pd of a pemda-level row) may be NULL.
    cocok = " and ".join(f"b.{k} is not distinct from t.{k}" for k in spec.kunci)
    beda = " or ".join(f"b.{k} is distinct from t.{k}" for k in kolom)
    if isinstance(baru, str):
        relasi = baru
    else:
        relasi = "_baru"
        con.register(relasi, baru[kolom])
    try:
        kosong = con.execute(f"select not exists (select 1 from {tabel})").fetchall()[0][0]
        diganti = 0
        if not kosong:  # an empty table (a first load) has nothing to replace: skip the comparisons
            jalankan(
                con,
                f"insert into riwayat_{tabel} ({', '.join(kolom)}, batch_id, diganti_oleh) "
                f"select {', '.join(f't.{k}' for k in kolom)}, t.batch_id, {batch_id} from {tabel} t "
                f"where exists (select 1 from {relasi} b where {cocok} and ({beda}))",
            )
            diganti = con.execute(f"select count(*) from riwayat_{tabel} where diganti_oleh = {batch_id}").fetchall()[
                0
            ][0]
        if diganti:
            jalankan(
                con,
                f"delete from {tabel} t where exists (select 1 from riwayat_{tabel} b "
                f"where b.diganti_oleh = {batch_id} and {cocok})",
            )
        daftar = ", ".join(kolom)
        pilih = ", ".join(f"b.{k}" for k in kolom)
        if kosong:
            masuk = jalankan(
                con, f"insert into {tabel} ({daftar}, batch_id) select {pilih}, {batch_id} from {relasi} b"
            )
        else:
            masuk = jalankan(
                con,
                f"insert into {tabel} ({daftar}, batch_id) select {pilih}, {batch_id} "
                f"from {relasi} b where not exists (select 1 from {tabel} t where {cocok})",
            )
    finally:
        if relasi == "_baru":
            con.unregister(relasi)
    return int(masuk[0][0]) - int(diganti), int(diganti)


# Tables whose rows a page may remove (`hapus_tabel`): an account taken off the `pengguna` table. Contract tables
# are only ever replaced, never removed, so a key once imported stays present.
TABEL_HAPUS = {"pengguna"}


def hapus_tabel(con: duckdb.DuckDBPyConnection, tabel: str, baris: pd.DataFrame, batch_id: int) -> int:
    """Remove the rows whose key is in `baris`, keeping them in riwayat_<tabel> (replaced by `batch_id`, as a
    replaced row is), so rolling the batch back puts them back exactly. Returns the rows removed."""
    spec = TABEL[tabel]
    kolom = spec.nama_kolom
    cocok = " and ".join(f"b.{k} is not distinct from t.{k}" for k in spec.kunci)
    con.register("_hapus", baris[list(spec.kunci)])
    try:
        jalankan(
            con,
            f"insert into riwayat_{tabel} ({', '.join(kolom)}, batch_id, diganti_oleh) "
            f"select {', '.join(f't.{k}' for k in kolom)}, t.batch_id, {batch_id} from {tabel} t "
            f"where exists (select 1 from _hapus b where {cocok})",
        )
        (n,) = con.execute(f"delete from {tabel} t where exists (select 1 from _hapus b where {cocok})").fetchall()[0]
    finally:
        con.unregister("_hapus")
    return int(n)


def catat_batch(
    con: duckdb.DuckDBPyConnection,
    batch_id: int,
    *,
    sumber: str,
    berkas: list[dict[str, str]],
    baru: dict[str, int],
    diganti: dict[str, int],
    peringatan: int,
    pengguna: str | None,
    kode_pemda: list[str] | None = None,
) -> None:
    """Record a batch, with the pemda it wrote (`pemda_ditulis` when not given)."""
    if kode_pemda is None:
        kode_pemda = pemda_ditulis(con, batch_id)
    jalankan(
        con,
        "insert into impor_batch (batch_id, waktu, pengguna, sumber, berkas, baris_baru, baris_diganti, peringatan, "
        "kode_pemda) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            batch_id,
            datetime.now().replace(microsecond=0),
            pengguna,
            sumber,
            json.dumps(berkas),
            json.dumps(baru),
            json.dumps(diganti),
            peringatan,
            kode_pemda,
        ],
    )


def pemda_ditulis(con: duckdb.DuckDBPyConnection, batch_id: int) -> list[str]:
    """The pemda whose rows a batch wrote or replaced (inside its write, before commit)."""
    bagian = []
    for t in TABEL:
        bagian.append(f"select kode_pemda from {t} where batch_id = {batch_id}")
        bagian.append(f"select kode_pemda from riwayat_{t} where diganti_oleh = {batch_id}")
    rows = con.execute(f"select distinct kode_pemda from ({' union all '.join(bagian)}) order by 1").fetchall()
    return [r[0] for r in rows if r[0] is not None]


# Who did it, when there is no login: the one local administrator (the CLI, the app on 127.0.0.1).
PENGGUNA_LOKAL = "admin lokal"
PERAN_LOKAL = "admin_lokal"


def catat_jejak(
    con: duckdb.DuckDBPyConnection,
    aksi: str,
    *,
    pengguna: str | None,
    peran: str | None,
    kode_pemda: list[str] | None,
    rincian: dict[str, object],
    batch_id: int | None = None,
) -> int:
    """One row of the audit trail (`jejak_audit`), written in the caller's transaction: it is committed with the
    action it describes or not at all. Returns its audit_id."""
    audit_id = int(con.execute("select coalesce(max(audit_id), 0) + 1 from jejak_audit").fetchall()[0][0])
    jalankan(
        con,
        "insert into jejak_audit (audit_id, waktu, pengguna, peran, kode_pemda, aksi, rincian, batch_id) "
        "values (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            audit_id,
            datetime.now().replace(microsecond=0),
            pengguna or PENGGUNA_LOKAL,
            peran or PERAN_LOKAL,
            sorted(kode_pemda or []),
            aksi,
            json.dumps(rincian, ensure_ascii=False, default=str),
            batch_id,
        ],
    )
    return audit_id


def penghalang_batal(con: duckdb.DuckDBPyConnection, batch_id: int) -> list[int]:
    """Later active batches that replaced rows this batch wrote, or that wrote a key again after this batch removed
    it (`hapus_tabel`): they must be rolled back first (restoring the removed row would duplicate the key)."""
    bagian = [
        f"select diganti_oleh from riwayat_{t} where batch_id = {batch_id} and diganti_oleh > {batch_id}" for t in TABEL
    ]
    for t in sorted(TABEL_HAPUS):
        cocok = " and ".join(f"r.{k} is not distinct from t.{k}" for k in TABEL[t].kunci)
        bagian.append(
            f"select t.batch_id from {t} t join riwayat_{t} r on {cocok} "
            f"where r.diganti_oleh = {batch_id} and t.batch_id > {batch_id}"
        )
    union = " union ".join(bagian)
    rows = con.execute(
        f"select distinct b.batch_id from ({union}) x join impor_batch b on b.batch_id = x.diganti_oleh "
        "where b.status = 'aktif' order by 1"
    ).fetchall()
    return [r[0] for r in rows]


def batalkan_batch(con: duckdb.DuckDBPyConnection, batch_id: int) -> dict[str, int]:
    """Undo one batch: remove the rows it wrote and restore the rows it replaced. Returns rows per table."""
    kembali: dict[str, int] = {}
    for tabel, spec in TABEL.items():
        kolom = ", ".join(spec.nama_kolom) + ", batch_id"
        hapus = con.execute(f"delete from {tabel} where batch_id = {batch_id}").fetchall()[0][0]
        pulih = con.execute(
            f"insert into {tabel} ({kolom}) select {kolom} from riwayat_{tabel} where diganti_oleh = {batch_id}"
        ).fetchall()[0][0]
        jalankan(con, f"delete from riwayat_{tabel} where diganti_oleh = {batch_id}")
        if hapus or pulih:
            kembali[tabel] = int(hapus) + int(pulih)
    jalankan(
        con,
        "update impor_batch set status = 'dibatalkan', dibatalkan_pada = ? where batch_id = ?",
        [datetime.now().replace(microsecond=0), batch_id],
    )
    return kembali
