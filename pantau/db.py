"""The DuckDB file: schema creation, connections, and queries called by their file name.

Readers use one cached read-only connection and a cursor per query (connections are not
thread-safe; cursors are). Writers never write the live file in place: an import works on a
copy and swaps it in with an atomic rename (see `pantau.importer`), so a reader always sees
either the old or the new database, never half of an import. A reader notices the swap by the
file's identity (inode, mtime, size) and reopens.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from pantau.akses import DiLuarLingkup, Lingkup
from pantau.config import QUERIES_DIR, SCHEMA_DIR, db_path


def schema_sql() -> list[tuple[str, str]]:
    """The schema files in the order they run: (file name, SQL)."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SCHEMA_DIR.glob("*.sql"))]


def jalankan(con: duckdb.DuckDBPyConnection, sql: str, params: object = None) -> list[tuple]:
    """Execute a statement and consume its result (DuckDB wants a result finished before the next
    operation on the same connection)."""
    return con.execute(sql, params).fetchall() if params is not None else con.execute(sql).fetchall()


def sql_daftar(nilai: object) -> str:
    """Text values as a literal SQL list for `in (...)`: unlike a list parameter, DuckDB pushes a literal IN list
    through views and joins into every scan (its zone maps skip the other pemda's row groups)."""
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in nilai)  # type: ignore[attr-defined]


def schema_hash() -> str:
    """Identity of the schema files: a database whose recorded hash differs needs `apply_schema`."""
    h = hashlib.sha256()
    for name, sql in schema_sql():
        h.update(name.encode() + b"\0" + sql.encode())
    return h.hexdigest()


# The migrations the last `apply_schema` in this process applied (for `python -m pantau migrasi`).
MIGRASI_TERAKHIR: list[tuple[int, str]] = []


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Upgrade an older file (numbered migrations, `pantau.migrasi`), create missing tables, settings and
    (re)create the views and macros, then record the schema hash.

    Idempotent: tables are created only when missing, so data is kept; views and macros are replaced.
    """
    from pantau.migrasi import terapkan_migrasi

    MIGRASI_TERAKHIR[:] = terapkan_migrasi(con)
    for _name, sql in schema_sql():
        jalankan(con, sql)
    jalankan(con, "create table if not exists skema_versi (hash varchar not null)")
    jalankan(con, "delete from skema_versi")
    jalankan(con, "insert into skema_versi values (?)", [schema_hash()])


def skema_terkini(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether this connection's database records the current schema hash (then `apply_schema` has nothing to do:
    its migrations are recorded, its tables exist and its views and macros are the schema files' own)."""
    try:
        rows = con.execute("select hash from skema_versi").fetchall()
    except duckdb.CatalogException:
        return False
    return len(rows) == 1 and rows[0][0] == schema_hash()


# Views whose result is stored as a table by every write (import, rollback, schema update, follow-up
# saved from a page), bases before the views built on them. The schema files keep the one definition;
# after a write, `<view>` reads `<view>_tersimpan` (computed through `<view>_hitung`), sorted so a
# page's pemda filter reads only its row groups. Right after the schema is applied, the views compute.
VIEW_TERSIMPAN = [
    "tahun_komitmen",
    "capaian_sd",
    "capaian_sd_lapor",
    "capaian_indikator",
    "capaian_acuan",
    "realisasi_anggaran_bulanan",
    "kerja_sama_kegiatan",
    "jadwal_kegiatan",
    "pd_bulan_distribusi",
    "jadwal_mutu",
    "serapan_anggaran",
    "keterlacakan_kegiatan",
    "kemajuan_sub_kegiatan",
    "bulan_realisasi_pemda",
    "keterlacakan_sub_iku",
    "keterlacakan_indikator",
    "dukungan_iku",
    "pohon_kinerja",
    "cakupan_janji",
    "capaian_triwulan",
    "capaian_triwulan_lapor",
    "pd_penumpukan",
    "pk_iku_tahun",
    "pk_opd_tahun",
    "perbandingan_pemda",
    "kontribusi_lintas_sektor",
    "konsistensi_temuan",
]
# Stored views whose rows for one pemda depend on other pemda's rows (indicator groups and ranks across the
# nation): a write that changed their tables recomputes them whole. Every other stored view carries kode_pemda and
# is computed from that pemda's rows alone, so a write that names the pemda it touched (`segarkan_tersimpan`'s
# `pemda_berubah`) refreshes only their rows (tests/test_tulis_per_pemda.py checks both against a full recompute).
VIEW_LINTAS_PEMDA = {"perbandingan_pemda"}
# Stored views whose rows for one pemda depend on the rows of its family (a province and its kabupaten/kota) only:
# refreshed for every pemda of the families a write touched.
VIEW_PER_KELUARGA = {"kontribusi_lintas_sektor"}
# What the last `segarkan_tersimpan` in this process did per view (for tests and the write benchmark).
SEGARKAN_TERAKHIR: dict[str, str] = {}
URUTAN_TERSIMPAN = ("kode_pemda", "tahun", "kode_pd", "kode_kegiatan", "kode_indikator", "triwulan", "bulan")
POLA_VIEW_SQL = re.compile(r"^\s*create\s+(?:or\s+replace\s+)?view\s+\S+\s+as\s+(.*?);?\s*$", re.S | re.I)


def katalog_sql(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, str], dict[str, str]]:
    """The SQL text of every view and macro of the database: (views, macros) by name."""
    views = dict(con.execute("select view_name, sql from duckdb_views() where not internal").fetchall())
    macros: dict[str, str] = {}
    for nama, definisi in con.execute(
        "select function_name, macro_definition from duckdb_functions() where function_type like '%macro%' "
        "and not internal"
    ).fetchall():
        macros[nama] = macros.get(nama, "") + " " + (definisi or "")
    return views, macros


def dirujuk(sql: str) -> set[str]:
    """The names a view's or macro's SQL reads: tables and views after from/join, macros called like functions. A
    bare word can be a column that shares a table's name (realisasi.tindak_lanjut), so it does not count."""
    teks = sql.lower()
    return set(
        re.findall(r"\b(?:from|join)[\s(\"]+([a-z_][a-z0-9_]*)", teks) + re.findall(r"\b([a-z_][a-z0-9_]*)\s*\(", teks)
    )


def tabel_dasar_view(
    con: duckdb.DuckDBPyConnection, view: str, katalog: tuple[dict[str, str], dict[str, str]] | None = None
) -> set[str]:
    """The contract tables a view reads, through the views and macros it uses (read from their SQL text).
    `katalog` (from `katalog_sql`) saves reading the catalogue again when many views are asked in a row."""
    from pantau.contract import TABEL

    views, macros = katalog or katalog_sql(con)
    tabel: set[str] = set()
    dilihat = {view}
    antrean = [views.get(view, "")]
    while antrean:
        for nama in dirujuk(antrean.pop()):
            # a stored view: what it stores is computed by <view>_hitung
            kata = nama.removesuffix("_tersimpan") + "_hitung" if nama.endswith("_tersimpan") else nama
            if kata in TABEL:
                tabel.add(kata)
            elif kata not in dilihat and (kata in views or kata in macros):
                dilihat.add(kata)
                antrean.append(views.get(kata, "") + " " + macros.get(kata, ""))
    return tabel


def hash_view(con: duckdb.DuckDBPyConnection, view: str, katalog: tuple[dict[str, str], dict[str, str]]) -> str:
    """Identity of a stored view's definition: its `<view>_hitung` SQL with that of every view and macro it reads
    (a stored view it reads counts as its definition, not as the pointer to its table), the definition of every
    contract table it reads and the rows of every settings table it reads. A new release that changes one view recomputes that view and the views built on it,
    not the nation's every stored table."""
    from pantau.contract import TABEL

    views, macros = katalog
    tersimpan = set(VIEW_TERSIMPAN)
    tabel_lain = {
        r[0] for r in con.execute("select table_name from duckdb_tables() where not internal").fetchall()
    } - set(TABEL)
    bagian: dict[str, str] = {}
    antrean = [f"{view}_hitung"]
    while antrean:
        nama = antrean.pop()
        # a view's query without its CREATE VIEW line
        kueri = POLA_VIEW_SQL.match(views.get(nama, ""))
        teks = (kueri.group(1) if kueri else views.get(nama, "")) + " " + macros.get(nama, "")
        bagian[nama] = teks
        for r in dirujuk(teks):
            dasar = r.removesuffix("_tersimpan")
            kata = f"{dasar}_hitung" if r.endswith("_tersimpan") or r in tersimpan else r
            if kata in TABEL and kata not in bagian:
                bagian[kata] = "".join(
                    x[0] or ""
                    for x in con.execute("select sql from duckdb_tables() where table_name = ?", [kata]).fetchall()
                )
            elif kata in tabel_lain and kata not in bagian:
                # a settings table (pengaturan, skala_predikat, target_serapan): its rows are part of the rule
                bagian[kata] = repr(con.execute(f'select * from "{kata}" order by all').fetchall())
            elif kata not in bagian and (kata in views or kata in macros):
                antrean.append(kata)
    h = hashlib.sha256()
    for nama in sorted(bagian):
        h.update(nama.encode() + b"\0" + bagian[nama].encode() + b"\0")
    return h.hexdigest()


def hitung_langsung(con: duckdb.DuckDBPyConnection) -> None:
    """Point every stored view at its definition (`<view>_hitung`), as `apply_schema` leaves them: a write that
    skipped the schema reads its own rows in them (the rules checked after the rows are in, issue 19), and
    `segarkan_tersimpan` points them at their stored tables again."""
    ada = {r[0] for r in con.execute("select view_name from duckdb_views() where not internal").fetchall()}
    for view in VIEW_TERSIMPAN:
        if f"{view}_hitung" in ada:
            jalankan(con, f"create or replace view {view} as select * from {view}_hitung")


def segarkan_tersimpan(
    con: duckdb.DuckDBPyConnection, tabel_berubah: set[str] | None = None, pemda_berubah: set[str] | None = None
) -> dict[str, str]:
    """Store the heavy views' results as tables and point the stable names at them (inside the write).

    With `tabel_berubah` (the tables a write changed), a view whose tables did not change and whose stored
    table was made with its current definition (`hash_view`) keeps that table: saving one follow-up in a meeting
    does not recompute the whole nation's capaian, nor does a new release that changed another view. With `pemda_berubah` as well (every pemda whose rows the write changed),
    a stored view outside VIEW_LINTAS_PEMDA has only those pemda's rows replaced: correcting one OPD's realisasi
    recomputes that pemda's capaian, not the nation's. A change to the `pemda` table itself (families, names)
    recomputes whole. Returns what was done per view: "tetap", "pemda" (rows of the pemda replaced), "keluarga"
    (rows of their families, VIEW_PER_KELUARGA) or "semua".
    """
    jalankan(con, "create table if not exists tersimpan_versi (view varchar not null, hash varchar not null)")
    versi = dict(con.execute("select view, hash from tersimpan_versi").fetchall())
    katalog = katalog_sql(con)
    hash_kini: dict[str, str] = {}
    hitung_ulang = []
    for view in VIEW_TERSIMPAN:
        rows = con.execute("select sql from duckdb_views() where view_name = ? and not internal", [view]).fetchall()
        if not rows:
            continue
        select = POLA_VIEW_SQL.match(rows[0][0]).group(1)  # type: ignore[union-attr]
        if f"{view}_hitung" not in select and f"{view}_tersimpan" not in select:
            jalankan(con, f"create or replace view {view}_hitung as {select}")
            # as the catalogue now holds it: DuckDB rewrites a view's text when it stores it (not always the same
            # text again for the same query), and `hash_view` must see what a later write will read
            katalog[0][f"{view}_hitung"] = con.execute(
                "select sql from duckdb_views() where view_name = ? and not internal", [f"{view}_hitung"]
            ).fetchall()[0][0]
        hash_kini[view] = hash_view(con, view, katalog)
        tetap = (
            tabel_berubah is not None
            and versi.get(view) == hash_kini[view]
            and not (tabel_dasar_view(con, f"{view}_hitung", katalog) & tabel_berubah)
        )
        if not tetap:
            hitung_ulang.append(view)
        elif f"{view}_tersimpan" not in select:  # the schema was just applied: point it at its stored table again
            jalankan(con, f"create or replace view {view} as select * from {view}_tersimpan")
    # Every view to recompute reads its definition until its own table is stored again (as right after the schema
    # is applied): a view built on it then never reads its previous stored table, whatever the order.
    for view in hitung_ulang:
        jalankan(con, f"create or replace view {view} as select * from {view}_hitung")
    SEGARKAN_TERAKHIR.clear()
    per_pemda = pemda_berubah is not None and tabel_berubah is not None and "pemda" not in tabel_berubah
    ada_tabel = {r[0] for r in con.execute("select table_name from duckdb_tables() where not internal").fetchall()}
    daftar = sql_daftar(sorted(pemda_berubah or ()))
    keluarga = ""
    if per_pemda and daftar:
        keluarga = sql_daftar(
            r[0]
            for r in con.execute(
                "select kode_pemda from pemda where coalesce(kode_induk, kode_pemda) in (select coalesce(kode_induk, "
                f"kode_pemda) from pemda where kode_pemda in ({daftar})) or kode_pemda in ({daftar}) order by 1"
            ).fetchall()
        )
    dilakukan = {view: "tetap" for view in VIEW_TERSIMPAN}
    batas: list[str | None] = [None]  # the pemda the views see now (None: all)

    def lihat(daftar_pemda: str | None) -> None:
        if batas[0] != daftar_pemda:
            _batasi_pemda(con, daftar_pemda)
            batas[0] = daftar_pemda

    for view in hitung_ulang:
        kolom = {r[0] for r in con.execute(f"select column_name from (describe {view}_hitung)").fetchall()}
        urutan = ", ".join(k for k in URUTAN_TERSIMPAN if k in kolom) or "all"
        if (
            per_pemda
            and view not in VIEW_LINTAS_PEMDA
            and "kode_pemda" in kolom
            and versi.get(view) == hash_kini[view]
            and f"{view}_tersimpan" in ada_tabel
        ):
            # the stored table was made by this schema (same columns, same order): replace the pemda's rows only
            # (or those of their families)
            lingkup = keluarga if view in VIEW_PER_KELUARGA else daftar
            if lingkup:
                lihat(lingkup)
                jalankan(con, f"delete from {view}_tersimpan where kode_pemda in ({lingkup})")
                jalankan(
                    con,
                    f"insert into {view}_tersimpan select * from {view}_hitung where kode_pemda in ({lingkup}) "
                    f"order by {urutan}",
                )
            dilakukan[view] = "keluarga" if view in VIEW_PER_KELUARGA else "pemda"
        else:
            lihat(None)
            jalankan(con, f"create or replace table {view}_tersimpan as select * from {view}_hitung order by {urutan}")
            jalankan(con, "delete from tersimpan_versi where view = ?", [view])
            jalankan(con, "insert into tersimpan_versi values (?, ?)", [view, hash_kini[view]])
            dilakukan[view] = "semua"
        jalankan(con, f"create or replace view {view} as select * from {view}_tersimpan")
    lihat(None)  # an error aborts the write: its connection, temporary views and all, is closed
    SEGARKAN_TERAKHIR.update(dilakukan)
    return dilakukan


def _batasi_pemda(con: duckdb.DuckDBPyConnection, daftar: str | None) -> None:
    """Let the views see only the rows of the pemda in `daftar` (a `sql_daftar`), or every row again (None).

    A temporary view named like a contract table (`temp.main.realisasi`, selecting the file's own table for those
    pemda) comes first in DuckDB's search path, so every view computes from those pemda's rows alone: a view
    outside VIEW_LINTAS_PEMDA gives for them what it gives over the whole file, at the cost of their rows (a
    filter on the view's result is not pushed through every window and union: capaian_sd for one pemda read
    the whole nation, 6,8 s). `pemda` itself is left whole (names and families). Temporary views are the
    connection's own: readers of the file never see them."""
    from pantau.contract import TABEL

    ada = {r[0] for r in con.execute("select view_name from duckdb_views() where temporary").fetchall()}
    for t in sorted(ada & set(TABEL)):
        jalankan(con, f"drop view temp.main.{t}")
    if daftar is None:
        return
    (katalog,) = con.execute("select current_database()").fetchall()[0]
    for t, spec in TABEL.items():
        if t != "pemda" and "kode_pemda" in spec.nama_kolom:
            jalankan(
                con,
                f'create temp view {t} as select * from "{katalog}".main.{t} where kode_pemda in ({daftar})',
            )


def schema_current(path: Path | str | None = None) -> bool:
    """Whether the database file was built with the schema files as they are now."""
    cur = reader(path).cursor()
    try:
        rows = cur.execute("select hash from skema_versi").fetchall()
    except duckdb.CatalogException:
        return False
    finally:
        cur.close()
    return bool(rows) and rows[0][0] == schema_hash()


def create_database(path: Path | str) -> None:
    """Create (or bring up to date) the database file with the whole schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    try:
        apply_schema(con)
        jalankan(con, "checkpoint")
    finally:
        con.close()


def file_identity(path: Path) -> tuple[int, int, int] | None:
    """What changes when an import swaps the file in: (inode, mtime_ns, size)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class Reader:
    """One read-only connection per database file, reopened when an import replaced the file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._identity: tuple[int, int, int] | None = None

    def version(self) -> tuple[int, int, int] | None:
        return file_identity(self.path)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            identity = file_identity(self.path)
            if identity is None:
                raise FileNotFoundError(f"Basis data tidak ditemukan: {self.path}")
            if self._con is None or identity != self._identity:
                if self._con is not None:
                    self._con.close()
                self._con = duckdb.connect(str(self.path), read_only=True)
                self._identity = identity
            return self._con.cursor()

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


_readers: dict[Path, Reader] = {}
_readers_lock = threading.Lock()


def reader(path: Path | str | None = None) -> Reader:
    """The shared reader of a database file (default: `config.db_path()`)."""
    key = Path(path or db_path()).resolve()
    with _readers_lock:
        if key not in _readers:
            _readers[key] = Reader(key)
        return _readers[key]


# The national view: `$kode_pemda = '*'` selects every pemda. Written once here instead of in every
# query file: each `<x>kode_pemda = $kode_pemda` reads `(<x>kode_pemda = $kode_pemda or $kode_pemda = '*')`.
NASIONAL = "*"
POLA_FILTER_PEMDA = re.compile(r"(\b[\w.]*kode_pemda)\s*=\s*\$kode_pemda\b")


def query_sql(name: str) -> str:
    """The SQL of `queries/<name>.sql`; the file name is the query's name."""
    path = QUERIES_DIR / f"{name}.sql"
    if not path.is_file():
        raise KeyError(f"Query tidak dikenal: {name}")
    sql = path.read_text(encoding="utf-8")
    return POLA_FILTER_PEMDA.sub(rf"(\1 = $kode_pemda or $kode_pemda = '{NASIONAL}')", sql)


# Parameters a query may use without every caller passing them: $semua_nilai (issue 19) is false, so the meeting
# pack, the E.81 and every caller that does not know the switch show verified figures; $keluarga '' (pk_ringkas: no
# family filter); $ubin_mulai 0 and $ubin_batas 0 (pemda_banding_ubin: every indicator group).
PARAMETER_BAWAAN: dict[str, Any] = {"semua_nilai": False, "keluarga": "", "ubin_mulai": 0, "ubin_batas": 0}


def used_parameters(sql: str, params: dict[str, Any]) -> dict[str, Any]:
    """Only the named parameters the SQL uses (DuckDB refuses unused ones), with PARAMETER_BAWAAN for those the
    caller left out."""
    return {k: v for k, v in {**PARAMETER_BAWAAN, **params}.items() if re.search(rf"\${re.escape(k)}\b", sql)}


# A query asking for verified values only (`$semua_nilai` false, the default) reads `capaian_triwulan` itself:
# `capaian_triwulan_nilai(false)` is exactly that stored table, but DuckDB binds every branch of the macro, the
# unstored `capaian_triwulan_lapor` chain too (about a third of such a query's planning, 3 ms each at national scale).
NILAI_TERVERIFIKASI = ("capaian_triwulan_nilai($semua_nilai)", "capaian_triwulan")


def siapkan(name: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The SQL of `queries/<name>.sql` as it is run with `params`, and the parameters it uses."""
    sql = query_sql(name)
    if not {**PARAMETER_BAWAAN, **params}["semua_nilai"]:
        sql = sql.replace(*NILAI_TERVERIFIKASI)
    return sql, used_parameters(sql, params)


# Queries without $kode_pemda whose result carries no pemda's data (years that have data, settings tables):
# a scoped user may run them as they are. Any other query without $kode_pemda must return a kode_pemda column,
# whose rows outside the scope are dropped.
QUERY_TANPA_PEMDA = {"tahun_daftar", "sakip_skala", "serapan_target", "pengaturan_daftar"}


def run_query(
    name: str,
    params: dict[str, Any] | None = None,
    path: Path | str | None = None,
    lingkup: Lingkup | None = None,
) -> pd.DataFrame:
    """Run `queries/<name>.sql` with named parameters ($tahun, $kode_pemda …) and return a frame.

    With a `lingkup` (the user's scope) the query is refused (`DiLuarLingkup`) when $kode_pemda names a pemda
    outside it (or '*' for a user who may not see every pemda), and every row of another pemda is dropped from
    the result: the scope holds below the pages, whatever a URL asked for.
    """
    params = params or {}
    sql, dipakai = siapkan(name, params)
    terbatas = lingkup is not None and not lingkup.semua
    if terbatas and re.search(r"\$kode_pemda\b", sql) and not lingkup.izinkan(params.get("kode_pemda")):
        raise DiLuarLingkup(lingkup.alasan(params.get("kode_pemda")))
    cur = reader(path).cursor()
    try:
        hasil = cur.execute(sql, dipakai).df()
    finally:
        cur.close()
    if terbatas:
        if "kode_pemda" in hasil.columns:
            hasil = hasil[hasil["kode_pemda"].isin(lingkup.pemda)].reset_index(drop=True)
        elif name not in QUERY_TANPA_PEMDA and not re.search(r"\$kode_pemda\b", sql):
            raise DiLuarLingkup(f"Kueri {name} mencakup semua pemda dan tidak tersedia untuk lingkup akun Anda.")
    return hasil
