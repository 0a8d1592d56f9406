"""Eksplorasi: an analyst's own SQL, run so that it can read the data and nothing else.

Two independent layers, so that a gap in one is caught by the other:

1. The statement check (`periksa`), with DuckDB's own parser, never regular expressions:
   `duckdb.extract_statements` must find exactly one statement, of type SELECT (WITH, FROM-first,
   VALUES, DESCRIBE, SHOW and SUMMARIZE parse as SELECT too). DuckDB also parses INSERT / UPDATE /
   DELETE / COPY inside a WITH as a SELECT statement, so the parsed tree (`json_serialize_sql`) is
   walked and every query node in it must be a SELECT, a set operation or a (recursive) CTE.
2. The database itself (`buka`): every run gets a NEW in-memory DuckDB instance that attaches the
   database file READ_ONLY, makes it the default catalog and detaches the in-memory one (so even an
   unqualified CREATE lands on a read-only catalog), then sets `enable_external_access = false`
   (no file readers, COPY, ATTACH, INSTALL/LOAD, replacement scans of Python objects) and
   `lock_configuration = true` (no SET can undo any of it). One thread, a memory limit, no spilling
   to disk. A time limit interrupts the query from a timer thread (`con.interrupt()`).

Why an in-memory instance that ATTACHes the file, and not `duckdb.connect(file, config=...)`:
DuckDB caches one database instance per file in a process, and the app's shared reader
(`pantau.db.Reader`) has the file open already; a second `connect` to the same file with a
different configuration is refused ("Can't open a connection to same database file with a
different configuration"). ATTACH opens the file in the new instance with a shared read lock,
which must happen before external access is switched off (ATTACH of a file *is* external access);
both settings are set and locked before any analyst SQL is seen. A fresh instance per run also
means nothing one run does (a temp table, a variable) is visible to the next, the file swapped in
by an import is picked up at once, and the run cannot disturb the app's own connection.

The rows come back through the relational API (`con.sql(...).limit(n).df()`), which materialises
with the GIL released: a streaming fetch (`execute(...).fetch_df_chunk()`) holds the GIL while
DuckDB works, which would freeze every other Streamlit session and the timer thread with it.
At most `BATAS_SERENTAK` analyst queries run at once, on one thread each, so the dashboards
always keep a core.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from pantau.akses import Lingkup
from pantau.config import QUERIES_DIR, db_path
from pantau.contract import TABEL
from pantau.db import schema_sql

CONTOH_DIR = QUERIES_DIR / "contoh"
CONTOH_BAWAAN = "iku_merah_per_opd"  # shown when the page is opened without ?sql= or ?contoh=

# Server limits, not domain settings: they protect the server whatever the data says.
BATAS_BARIS = 10_000  # rows fetched, shown and downloaded
BATAS_DETIK = 10.0  # a query still running after this is interrupted
BATAS_MEMORI = "1GB"  # DuckDB's buffer memory for one analyst query
BATAS_SERENTAK = 1  # analyst queries running at once in this process

# Named parameters an analyst may use; the page fills them from the sidebar filters.
PARAMETER = ("kode_pemda", "tahun", "triwulan", "periode")

# Query nodes that only read. Anything else in the parsed tree (INSERT_QUERY_NODE, UPDATE_QUERY_NODE,
# DELETE_QUERY_NODE, COPY_QUERY_NODE, …) is a write hidden inside a SELECT.
_SIMPUL_BACA = {"SELECT_NODE", "SET_OPERATION_NODE", "RECURSIVE_CTE_NODE", "CTE_NODE"}

# What each refused statement type would do, in the analyst's words.
_URAIAN_JENIS = {
    "INSERT": "menambah baris (INSERT)",
    "UPDATE": "mengubah baris (UPDATE)",
    "DELETE": "menghapus baris (DELETE)",
    "MERGE_INTO": "mengubah baris (MERGE INTO)",
    "CREATE": "membuat objek baru (CREATE)",
    "CREATE_FUNC": "membuat fungsi (CREATE MACRO/FUNCTION)",
    "DROP": "menghapus objek (DROP/DEALLOCATE)",
    "ALTER": "mengubah struktur (ALTER)",
    "ATTACH": "membuka basis data lain (ATTACH)",
    "DETACH": "melepas basis data (DETACH)",
    "COPY": "membaca atau menulis berkas (COPY)",
    "COPY_DATABASE": "menyalin basis data (COPY FROM DATABASE)",
    "EXPORT": "menulis basis data ke berkas (EXPORT DATABASE)",
    "LOAD": "memasang atau memuat ekstensi (INSTALL/LOAD)",
    "EXTENSION": "mengatur ekstensi",
    "PRAGMA": "menjalankan PRAGMA (termasuk IMPORT DATABASE)",
    "SET": "mengubah pengaturan atau variabel (SET/RESET/USE/SET VARIABLE)",
    "VARIABLE_SET": "menetapkan variabel (SET VARIABLE)",
    "CALL": "memanggil prosedur (CALL/CHECKPOINT)",
    "TRANSACTION": "mengatur transaksi (BEGIN/COMMIT/ROLLBACK)",
    "PREPARE": "menyiapkan pernyataan (PREPARE)",
    "EXECUTE": "menjalankan pernyataan yang disiapkan (EXECUTE)",
    "EXPLAIN": "menjelaskan rencana kueri (EXPLAIN)",
    "VACUUM": "merawat basis data (VACUUM/ANALYZE)",
    "MULTI": "diurai DuckDB menjadi beberapa pernyataan (mis. PIVOT tanpa daftar nilai: tulis "
    "`pivot … on kolom in ('a', 'b')`)",
}

_SARAN = "Eksplorasi hanya membaca: tulis satu pernyataan SELECT (boleh diawali WITH)."


class Ditolak(Exception):
    """A statement refused before it reaches the data; the message is for the analyst."""


@dataclass(frozen=True)
class Pernyataan:
    """One checked SELECT: its text (without a trailing `;` or comment) and the parameters it uses."""

    teks: str
    parameter: frozenset[str]


@dataclass(frozen=True)
class Hasil:
    """The outcome of one run. Errors are data: `pesan` says in Indonesian what happened and what to do."""

    data: pd.DataFrame | None = None
    pesan: str = ""
    # "ditolak" (refused by the check or by the database), "galat" (the query is wrong),
    # "waktu" (time limit), "sibuk" (another analyst query holds the slot)
    sebab: str = ""
    terpotong: bool = False  # more rows than the cap: only the first BATAS_BARIS are here
    detik: float = 0.0

    @property
    def ok(self) -> bool:
        return self.data is not None


# --------------------------------------------------------------------------- the statement check


def _teks_tanpa_ekor(teks: str) -> str:
    """The statement without leading comments, a trailing `;` and trailing comments: DuckDB's relational
    API wraps the text as a subquery, where `select 1; -- catatan` would not parse. Cut by DuckDB's own
    tokenizer, whose positions are UTF-8 byte offsets (DuckDB 2.0.1 keeps a leading comment in the text)."""
    data = teks.encode()
    token = duckdb.tokenize(teks)
    awal = 0
    while token and token[0][1] == duckdb.token_type.comment:
        token.pop(0)
        awal = token[0][0] if token else len(data)
    akhir = len(data)
    while token:
        posisi, jenis = token[-1]
        if jenis == duckdb.token_type.comment or (
            jenis == duckdb.token_type.operator and data[posisi : posisi + 1] == b";"
        ):
            akhir = posisi
            token.pop()
        else:
            break
    return data[awal:akhir].decode().strip()


def periksa(sql: str, tersedia: tuple[str, ...] | frozenset[str] = PARAMETER) -> Pernyataan:
    """Accept exactly one SELECT statement (by DuckDB's parser) whose named parameters are known.
    Raises `Ditolak` with an Indonesian message otherwise. The parsed tree is checked in `jalankan`."""
    try:
        daftar = duckdb.extract_statements(sql)
    except duckdb.Error as e:
        raise Ditolak(f"Sintaks SQL tidak dapat dibaca. {_ringkas(e)}") from None
    if not daftar:
        raise Ditolak("Belum ada pernyataan SQL (kosong atau hanya komentar). Tulis satu SELECT, atau muat contoh.")
    if len(daftar) > 1:
        raise Ditolak(
            f"Ditolak: ditemukan {len(daftar)} pernyataan (dipisah titik koma); Eksplorasi menjalankan tepat satu. "
            "Hapus pernyataan lainnya."
        )
    (st,) = daftar
    jenis = st.type.name
    if jenis != "SELECT":
        uraian = _URAIAN_JENIS.get(jenis, f"bertipe {jenis}")
        raise Ditolak(f"Ditolak: pernyataan ini {uraian}. {_SARAN}")
    nama = set(st.named_parameters)
    if any(n.isdigit() for n in nama):
        raise Ditolak(
            "Parameter berurutan (`?`, `$1`) tidak didukung. Pakai parameter bernama dari filter: "
            + ", ".join(f"${p}" for p in tersedia)
            + "."
        )
    asing = sorted(nama - set(tersedia))
    if asing:
        ada = ", ".join("$" + p for p in tersedia) or "tidak ada"
        raise Ditolak(
            f"Parameter tidak dikenal: {', '.join('$' + a for a in asing)}. Yang tersedia (diisi dari filter di "
            f"samping): {ada}."
        )
    return Pernyataan(_teks_tanpa_ekor(st.query), frozenset(nama))


def _simpul_tulis(pohon: object) -> set[str]:
    """Types of the query nodes in a serialized parse tree that are not plain reads."""
    temuan: set[str] = set()
    tumpukan = [pohon]
    while tumpukan:
        x = tumpukan.pop()
        if isinstance(x, dict):
            # A query node (SELECT_NODE, INSERT_QUERY_NODE, …) is the dict that carries a cte_map.
            if "cte_map" in x and "type" in x and x["type"] not in _SIMPUL_BACA:
                temuan.add(str(x["type"]))
            tumpukan.extend(x.values())
        elif isinstance(x, list):
            tumpukan.extend(x)
    return temuan


def periksa_pohon(con: duckdb.DuckDBPyConnection, teks: str) -> None:
    """Refuse a write hidden inside a SELECT (`with x as (delete … returning *) select …`)."""
    # fetchall, not fetchone: DuckDB keeps a half-read result open and refuses the next query.
    ((serial,),) = con.execute("select json_serialize_sql($teks)", {"teks": teks}).fetchall()
    pohon = json.loads(serial)
    if pohon.get("error"):
        raise Ditolak(f"Ditolak: pernyataan tidak dapat diperiksa. {pohon.get('error_message', '')}".strip())
    tulis = _simpul_tulis(pohon)
    if tulis:
        nama = ", ".join(sorted(t.removesuffix("_QUERY_NODE") for t in tulis))
        raise Ditolak(f"Ditolak: ada {nama} di dalam kueri (mis. di bagian WITH). {_SARAN}")


# --------------------------------------------------------------------------- the locked database


# Tables never copied into a scoped sandbox: the import batches, the audit trail and the accounts name users.
TANPA_SALIN = {
    "impor_batch", "skema_versi", "tersimpan_versi", "skema_migrasi", "jejak_audit", "pengguna", "riwayat_pengguna"
}  # fmt: skip


def _salin_lingkup(con: duckdb.DuckDBPyConnection, literal: str, lingkup: Lingkup) -> None:
    """The sandbox of a user who may see only some pemda: a database in memory named `pantau` that holds ONLY their
    pemda's rows. The schema files create the tables, settings, views and macros; every table then receives the
    file's rows of the scope's pemda (tables without kode_pemda, such as the scales and settings, as they are);
    the file is detached before the analyst's SQL runs, and external access is switched off after, so no
    `select … from` another pemda, `pantau.<tabel>` or ATTACH can reach rows that are not in this copy."""
    con.execute("attach ':memory:' as pantau")
    con.execute("use pantau")
    for _nama, sql in schema_sql():
        con.execute(sql)
    con.execute(f"attach '{literal}' as sumber (read_only)")
    pemda = sorted(lingkup.pemda)
    tabel = con.execute(
        "select table_name from duckdb_tables() where database_name = 'pantau' and not internal"
    ).fetchall()
    for (nama,) in tabel:
        con.execute(f"delete from pantau.main.{nama}")
        if nama in TANPA_SALIN or nama.endswith("_tersimpan"):
            continue
        ada = con.execute(
            "select count(*) from duckdb_tables() where database_name = 'sumber' and table_name = ?", [nama]
        ).fetchone()[0]
        if not ada:
            continue
        kolom = {
            r[0]
            for r in con.execute(
                "select column_name from duckdb_columns() where database_name = 'sumber' and table_name = ?", [nama]
            ).fetchall()
        }
        syarat = " where kode_pemda in (select unnest(?::varchar[]))" if "kode_pemda" in kolom else ""
        con.execute(
            f"insert into pantau.main.{nama} by name select * from sumber.main.{nama}{syarat}",
            [pemda] if syarat else None,
        )
    con.execute("detach sumber")


def buka(path: Path | str | None = None, lingkup: Lingkup | None = None) -> duckdb.DuckDBPyConnection:
    """A new in-memory DuckDB instance with the database file attached read-only, external access off
    and the configuration locked (see the module docstring for why it is built this way). With a limited
    `lingkup`, the instance holds a copy of only the scope's pemda instead (`_salin_lingkup`)."""
    path = Path(path or db_path())
    if not path.is_file():
        raise FileNotFoundError(str(path))
    con = duckdb.connect(
        ":memory:",
        config={
            "threads": 1,
            "memory_limit": BATAS_MEMORI,
            "temp_directory": "",  # no spilling: nothing of an analyst query is ever written to disk
            "autoload_known_extensions": False,
            "autoinstall_known_extensions": False,
            "allow_community_extensions": False,
            "allow_persistent_secrets": False,
            "python_enable_replacements": False,  # `select * from some_python_variable`
            "python_scan_all_frames": False,
        },
    )
    try:
        literal = str(path).replace("'", "''")
        if lingkup is None or lingkup.semua:
            con.execute(f"attach '{literal}' as pantau (read_only)")
            con.execute("use pantau")
        else:
            _salin_lingkup(con, literal, lingkup)
        con.execute("detach memory")  # the only writable catalog left would be this one
        con.execute("set enable_progress_bar = false")  # else drawn on the server's stdout for long queries
        con.execute("set enable_external_access = false")
        con.execute("set lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con


# --------------------------------------------------------------------------- running


_slot = threading.BoundedSemaphore(BATAS_SERENTAK)


def _ringkas(e: BaseException) -> str:
    """DuckDB's own message, first line only (the rest is a caret drawing of the query)."""
    baris = str(e).strip().splitlines()
    return f"(DuckDB: {baris[0]})" if baris else ""


def terjemahkan(e: BaseException) -> tuple[str, str]:
    """(sebab, Indonesian message) for an error raised while running an accepted statement."""
    teks = str(e)
    if isinstance(e, duckdb.PermissionException) or "disabled by configuration" in teks:
        return "ditolak", (
            "Ditolak oleh basis data: akses berkas, jaringan dan ekstensi dimatikan di Eksplorasi "
            "(read_csv, read_text, read_parquet, glob, COPY, ATTACH, INSTALL …). Pakai view dan tabel "
            f"di Kamus data. {_ringkas(e)}"
        )
    if "read-only mode" in teks:
        return "ditolak", f"Ditolak oleh basis data: basis data dibuka hanya-baca. {_SARAN} {_ringkas(e)}"
    if "configuration has been locked" in teks:
        return "ditolak", f"Ditolak oleh basis data: pengaturan Eksplorasi terkunci. {_ringkas(e)}"
    if isinstance(e, duckdb.OutOfMemoryException):
        return "galat", (
            f"Kueri membutuhkan memori lebih dari batas Eksplorasi ({BATAS_MEMORI}). Persempit dengan WHERE, "
            f"kelompokkan (GROUP BY), atau hindari join tanpa syarat. {_ringkas(e)}"
        )
    if isinstance(e, duckdb.ParserException):
        return "galat", f"Sintaks SQL salah. {_ringkas(e)}"
    if isinstance(e, duckdb.CatalogException):
        return "galat", f"Nama tidak dikenal: periksa nama view, tabel, kolom dan fungsi di Kamus data. {_ringkas(e)}"
    if isinstance(e, duckdb.BinderException):
        return "galat", f"Kueri tidak cocok dengan data (kolom atau tipe). {_ringkas(e)}"
    if isinstance(e, FileNotFoundError):
        return "galat", "Basis data belum ada. Impor data atau jalankan `python -m pantau demo`."
    return "galat", f"Kueri gagal. {_ringkas(e)}"


def _pesan_waktu(batas_detik: float) -> str:
    return (
        f"Kueri dihentikan: masih berjalan setelah batas waktu {batas_detik:g} detik. Persempit dengan WHERE "
        "(tahun, pemda), kelompokkan dengan GROUP BY, atau periksa join tanpa syarat (hasil perkalian baris)."
    )


def jalankan(
    sql: str,
    params: dict[str, Any] | None = None,
    path: Path | str | None = None,
    *,
    batas_baris: int | None = None,
    batas_detik: float | None = None,
    lingkup: Lingkup | None = None,
) -> Hasil:
    """Run an analyst's SQL safely: checked, on a locked read-only instance, capped and time-limited.
    The limits default to the module's BATAS_BARIS and BATAS_DETIK as they are at call time."""
    params = params or {}
    batas_baris = BATAS_BARIS if batas_baris is None else batas_baris
    batas_detik = BATAS_DETIK if batas_detik is None else batas_detik
    mulai = time.perf_counter()
    try:
        pernyataan = periksa(sql, tuple(params))
    except Ditolak as e:
        return Hasil(pesan=str(e), sebab="ditolak")
    if not _slot.acquire(timeout=batas_detik):
        return Hasil(pesan="Server sedang menjalankan kueri eksplorasi lain. Coba lagi sebentar lagi.", sebab="sibuk")
    try:
        return _jalankan_terkunci(
            pernyataan, params, path, batas_baris=batas_baris, batas_detik=batas_detik, mulai=mulai, lingkup=lingkup
        )
    finally:
        _slot.release()


def _jalankan_terkunci(
    pernyataan: Pernyataan,
    params: dict[str, Any],
    path: Path | str | None,
    *,
    batas_baris: int,
    batas_detik: float,
    mulai: float,
    lingkup: Lingkup | None = None,
) -> Hasil:
    if lingkup is not None and not lingkup.izinkan(params.get("kode_pemda", next(iter(lingkup.pemda), None))):
        return Hasil(pesan=lingkup.alasan(params.get("kode_pemda")), sebab="lingkup")
    try:
        con = buka(path, lingkup)
    except (duckdb.Error, FileNotFoundError) as e:
        sebab, pesan = terjemahkan(e)
        return Hasil(pesan=pesan, sebab=sebab)
    habis = threading.Event()
    kunci = threading.Lock()
    selesai = False

    def hentikan() -> None:
        with kunci:
            if not selesai:
                habis.set()
                con.interrupt()

    timer = threading.Timer(batas_detik, hentikan)
    timer.daemon = True
    timer.start()
    try:
        periksa_pohon(con, pernyataan.teks)
        dipakai = {k: v for k, v in params.items() if k in pernyataan.parameter}
        data = con.sql(pernyataan.teks, params=dipakai or None).limit(batas_baris + 1).df()
    except Ditolak as e:
        return Hasil(pesan=str(e), sebab="ditolak")
    except duckdb.Error as e:
        if habis.is_set():
            return Hasil(pesan=_pesan_waktu(batas_detik), sebab="waktu", detik=time.perf_counter() - mulai)
        sebab, pesan = terjemahkan(e)
        return Hasil(pesan=pesan, sebab=sebab, detik=time.perf_counter() - mulai)
    finally:
        with kunci:
            selesai = True
        timer.cancel()
        con.close()
    terpotong = len(data) > batas_baris
    return Hasil(
        data=data.head(batas_baris) if terpotong else data,
        terpotong=terpotong,
        detik=time.perf_counter() - mulai,
    )


# --------------------------------------------------------------------------- the example library


@dataclass(frozen=True)
class Grafik:
    """A quick chart: type (see figures.JENIS_GRAFIK) and the columns on x, y and colour."""

    jenis: str = "batang"
    x: str | None = None
    y: str | None = None
    warna: str | None = None


@dataclass(frozen=True)
class Contoh:
    """An example query file: its header comment gives the title, the description and the chart."""

    nama: str
    judul: str
    keterangan: str
    sql: str
    grafik: Grafik = field(default_factory=Grafik)


def _baca_grafik(baris: str) -> Grafik:
    """`@grafik batang x=opd y=jumlah warna=predikat` → Grafik."""
    bagian = baris.split()
    jenis = next((b for b in bagian if "=" not in b), "batang")
    nilai = dict(b.split("=", 1) for b in bagian if "=" in b)
    return Grafik(jenis, nilai.get("x"), nilai.get("y"), nilai.get("warna"))


def baca_contoh(path: Path) -> Contoh:
    """Parse an example: leading `--` lines are the header; the first is the title, `@grafik` the chart."""
    sql = path.read_text(encoding="utf-8")
    kepala: list[str] = []
    grafik = Grafik()
    for mentah in sql.splitlines():
        baris = mentah.strip()
        if not baris.startswith("--"):
            break
        isi = baris.removeprefix("--").strip()
        if isi.startswith("@grafik"):
            grafik = _baca_grafik(isi.removeprefix("@grafik"))
        elif isi:
            kepala.append(isi)
    judul = kepala[0] if kepala else path.stem.replace("_", " ")
    return Contoh(path.stem, judul, " ".join(kepala[1:]), sql, grafik)


def daftar_contoh(folder: Path = CONTOH_DIR) -> list[Contoh]:
    """Every example in `queries/contoh/`, by file name."""
    return [baca_contoh(p) for p in sorted(folder.glob("*.sql"))]


def cari_contoh(nama: str | None, folder: Path = CONTOH_DIR) -> Contoh | None:
    """The example called `nama` (its file name without .sql), or None."""
    return next((c for c in daftar_contoh(folder) if c.nama == nama), None)


def contoh_dengan_sql(sql: str, folder: Path = CONTOH_DIR) -> Contoh | None:
    """The example whose text is exactly `sql` (so a shared link can stay short: ?contoh=name)."""
    return next((c for c in daftar_contoh(folder) if c.sql.strip() == sql.strip()), None)


def grafik_bawaan(data: pd.DataFrame, saran: Grafik | None = None) -> Grafik:
    """The chart to start from: the example's own choice where its columns exist, else the first text
    column on x and the first numeric column on y."""
    kolom = list(data.columns)
    angka = kolom_angka(data)
    saran = saran or Grafik()
    x = saran.x if saran.x in kolom else next((k for k in kolom if k not in angka), kolom[0] if kolom else None)
    y = saran.y if saran.y in angka else next((k for k in angka if k != x), angka[0] if angka else None)
    warna = saran.warna if saran.warna in kolom else None
    return Grafik(saran.jenis, x, y, warna)


def kolom_angka(data: pd.DataFrame) -> list[str]:
    """Columns a y axis can take: numbers (booleans are categories, not amounts)."""
    return [
        k for k in data.columns if pd.api.types.is_numeric_dtype(data[k]) and not pd.api.types.is_bool_dtype(data[k])
    ]


def sidik(sql: str, params: dict[str, Any] | None = None, path: Path | str | None = None) -> str:
    """A short identity of a run: the SQL, the parameter values and the database file version (an import
    is a new version). The page reruns only when it changes, and keys its chart choices on it."""
    from pantau import db

    path = Path(path or db_path())
    bagian = (sql, sorted((params or {}).items()), str(path), db.file_identity(path))
    return hashlib.sha1(repr(bagian).encode()).hexdigest()[:12]


def sql_intip(nama: str) -> str:
    """A first look at a view or table (the name comes from the data dictionary, not from the user)."""
    return f'select *\nfrom "{nama}"\nlimit 100'


# --------------------------------------------------------------------------- the data dictionary


@dataclass(frozen=True)
class Objek:
    """A view or table as the analyst sees it: what it is and what each column means."""

    nama: str
    jenis: str  # "view" or "tabel"
    kelompok: str  # "View analis", "Tabel kontrak", "Lainnya"
    keterangan: str
    kolom: pd.DataFrame  # kolom, tipe, arti


# Columns the product adds to the contract tables.
_ARTI_KOLOM_PRODUK = {"batch_id": "Batch impor yang terakhir menulis baris ini (tabel impor_batch)"}


def _arti_kolom_kontrak(tabel: str, kolom: str) -> str:
    t = TABEL[tabel]
    if kolom not in t.nama_kolom:
        return _ARTI_KOLOM_PRODUK.get(kolom, "")
    k = t.kolom_bernama(kolom)
    bagian = [k.keterangan] if k.keterangan else []
    if k.pilihan and not k.keterangan:
        bagian.append("pilihan: " + " / ".join(dict.fromkeys(k.pilihan.values())))
    if k.referensi:
        bagian.append(f"merujuk {k.referensi[0]}.{k.referensi[1]}" + (" (daftar `;`)" if k.daftar else ""))
    if kolom in t.kunci:
        bagian.append("bagian kunci")
    if k.wajib:
        bagian.append("wajib diisi")
    return "; ".join(bagian)


def kamus(path: Path | str | None = None) -> list[Objek]:
    """The documented views (from the @view/@kolom comments of the schema, see pantau.dokumen), the
    contract tables (from pantau.contract) and every other table or view, with the live column types."""
    from pantau import db

    path = Path(path or db_path()).resolve()
    return list(_kamus(str(path), db.file_identity(path)))


@lru_cache(maxsize=8)
def _kamus(path: str, versi: object) -> tuple[Objek, ...]:
    from pantau import db
    from pantau.dokumen import dokumentasi_view

    cur = db.reader(path).cursor()
    try:
        baris = cur.execute(
            """
            select c.table_name, t.table_type, c.column_name, c.data_type
            from information_schema.columns as c
            join information_schema.tables as t
                on t.table_catalog = c.table_catalog
                and t.table_schema = c.table_schema
                and t.table_name = c.table_name
            where c.table_catalog = current_database() and c.table_schema = 'main'
            order by c.table_name, c.ordinal_position
            """
        ).fetchall()
    finally:
        cur.close()
    per_objek: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    for nama, jenis, kolom, tipe in baris:
        per_objek.setdefault(nama, ("view" if jenis == "VIEW" else "tabel", []))[1].append((kolom, tipe))

    def objek(nama: str, kelompok: str, keterangan: str, arti: dict[str, str]) -> Objek:
        jenis, kolom = per_objek[nama]
        data = pd.DataFrame(
            [(k, t, arti.get(k, "")) for k, t in kolom],
            columns=["kolom", "tipe", "arti"],
        )
        return Objek(nama, jenis, kelompok, keterangan, data)

    hasil: list[Objek] = []
    for nama, (pengantar, arti) in dokumentasi_view().items():
        if nama in per_objek:
            hasil.append(objek(nama, "View analis", pengantar, arti))
    for nama, t in TABEL.items():
        if nama in per_objek:
            arti = {k: _arti_kolom_kontrak(nama, k) for k, _ in per_objek[nama][1]}
            hasil.append(objek(nama, "Tabel kontrak", t.keterangan, arti))
    sudah = {o.nama for o in hasil} | {"skema_versi"}
    # `<view>_hitung` / `<view>_tersimpan` are how a heavy view is stored (pantau.db); analysts use `<view>`.
    sudah |= {n for n in per_objek if n.removesuffix("_hitung").removesuffix("_tersimpan") in sudah - {n}}
    for nama in sorted(set(per_objek) - sudah):
        keterangan = "Riwayat nilai lama baris yang diganti impor." if nama.startswith("riwayat_") else ""
        hasil.append(objek(nama, "Lainnya", keterangan, {}))
    return tuple(hasil)


# --------------------------------------------------------------------------- downloads


def _sel_teks(nilai: object) -> object:
    """A cell a spreadsheet can hold: lists, structs, UUIDs and blobs become their text."""
    if nilai is None or isinstance(nilai, str | int | float | bool | pd.Timestamp):
        return nilai
    return str(nilai)


def siap_unduh(data: pd.DataFrame) -> pd.DataFrame:
    """The result made fit for XLSX and CSV (pantau.unduh): any SQL type an analyst can produce, such as
    lists, structs and intervals, as text; times without a time zone (Excel has none)."""
    salinan = data.copy()
    for k in salinan.columns:
        s = salinan[k]
        if pd.api.types.is_timedelta64_dtype(s):
            salinan[k] = s.astype(str)
        elif isinstance(s.dtype, pd.DatetimeTZDtype):
            salinan[k] = s.dt.tz_localize(None)
        elif s.dtype == object:
            salinan[k] = s.map(_sel_teks)
    return salinan
