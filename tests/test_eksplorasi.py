"""Eksplorasi: the analysts' SQL page and its safe executor (pantau.eksplorasi).

What must hold: no statement typed into the page changes data, reads a file or stalls the server.
Every hostile or broken statement of the corpus is refused with an Indonesian message while the
database file (its bytes, its catalog and its tables' contents) stays exactly as it was; the
database refuses the same things on its own when the statement check is bypassed; a long query
is interrupted by the time limit while the app's other queries keep running; every example query
runs on the demo province; and the page (AppTest) shows, shares, charts and downloads results.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from helpers import ROOT
from streamlit.testing.v1 import AppTest

from pantau import db, figures, unduh
from pantau import eksplorasi as eks
from pantau.demo_data import KODE_PROVINSI, LAST_TW, OUTLIER, RED_IKU, TAHUN

HALAMAN = "pages/8_Eksplorasi.py"
TAHUN_DEMO = TAHUN[-1]
TW_DEMO = LAST_TW[TAHUN_DEMO]
# The page's parameters for the demo's default view (province, latest year, latest reported quarter).
P = {"kode_pemda": KODE_PROVINSI, "tahun": TAHUN_DEMO, "triwulan": TW_DEMO, "periode": f"TW{TW_DEMO}"}
# A cross join of 10^6 × 10^6 rows summed: a trillion rows, hours of work, little memory.
KUERI_LAMA = "select sum(a.range * b.range) from range(1000000) as a, range(1000000) as b"
# A join on an expression: DuckDB builds a hash table of 10^9 rows, far more than the memory limit.
KUERI_RAKUS = "select count(*) from range(1000000000) as a join range(1000000000) as b on a.range + b.range = -1"


# --------------------------------------------------------------------------- fixtures and fingerprints


@pytest.fixture(scope="module")
def salinan(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo database for this module: the hostile statements run against it."""
    path = tmp_path_factory.mktemp("eksplorasi") / "pantau.duckdb"
    shutil.copy2(demo_db, path)
    return path


@pytest.fixture(scope="module")
def keluar(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where COPY / EXPORT statements of the corpus try to write: it must stay empty."""
    return tmp_path_factory.mktemp("keluar")


def sidik_berkas(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _baca(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def katalog(path: Path) -> list[tuple]:
    """Every table, view and macro with its definition: a DDL would change this."""
    return _baca(
        path,
        """
        select 'tabel', table_name, sql from duckdb_tables()
        union all select 'view', view_name, sql from duckdb_views() where not internal
        union all select 'macro', function_name, cast(macro_definition as varchar)
            from duckdb_functions() where function_type like '%macro%' and not internal
        order by 1, 2
        """,
    )


def isi_tabel(path: Path, tabel: list[str] | None = None) -> dict[str, tuple]:
    """Row count and a digest of the sorted rows of each table (all tables when `tabel` is None)."""
    nama = tabel or [t for (t,) in _baca(path, "select table_name from duckdb_tables() order by 1")]
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            t: con.execute(
                f"select count(*), md5(coalesce(string_agg(cast(x as varchar), chr(10) "
                f"order by cast(x as varchar)), '')) from \"{t}\" as x"
            ).fetchone()
            for t in nama
        }


# The tables the corpus aims its writes at; the whole database is compared once more at the end.
TABEL_SASARAN = ["pemda", "perangkat_daerah", "indikator", "target", "realisasi"]


@pytest.fixture(scope="module")
def keadaan_awal(salinan: Path) -> dict[str, object]:
    return {
        "berkas": sidik_berkas(salinan),
        "folder": sorted(p.name for p in salinan.parent.iterdir()),
        "katalog": katalog(salinan),
        "isi": isi_tabel(salinan),
    }


def cek_tidak_berubah(salinan: Path, keluar: Path, awal: dict[str, object]) -> None:
    assert sidik_berkas(salinan) == awal["berkas"], "berkas basis data berubah"
    # No WAL or other file appeared beside the database (a write would leave a .wal).
    assert sorted(p.name for p in salinan.parent.iterdir()) == awal["folder"]
    assert katalog(salinan) == awal["katalog"]
    isi = isi_tabel(salinan, TABEL_SASARAN)
    assert isi == {t: awal["isi"][t] for t in TABEL_SASARAN}  # type: ignore[index]
    assert list(keluar.iterdir()) == [], "ada berkas tertulis di luar basis data"


# --------------------------------------------------------------------------- the corpus

# (id, SQL ({keluar} = a folder outside the database), a phrase the Indonesian message must contain)
DITOLAK = "Ditolak: pernyataan ini"
OLEH_DB = "Ditolak oleh basis data: akses berkas"
KORPUS = [
    ("attach_berkas", "attach '{keluar}/lain.duckdb' as lain", DITOLAK + " membuka basis data lain"),
    ("attach_memori", "ATTACH ':memory:' AS m", DITOLAK + " membuka basis data lain"),
    ("detach", "detach pantau", DITOLAK + " melepas basis data"),
    ("copy_ke_berkas", "copy pemda to '{keluar}/pemda.csv'", DITOLAK + " membaca atau menulis berkas"),
    ("copy_dari_berkas", "copy pemda from '/etc/passwd'", DITOLAK + " membaca atau menulis berkas"),
    (
        "copy_select_parquet",
        "copy (select * from realisasi) to '{keluar}/r.parquet' (format parquet)",
        DITOLAK + " membaca atau menulis berkas",
    ),
    ("install", "install httpfs", DITOLAK + " memasang atau memuat ekstensi"),
    ("force_install", "force install sqlite from core", DITOLAK + " memasang atau memuat ekstensi"),
    ("load", "LOAD httpfs", DITOLAK + " memasang atau memuat ekstensi"),
    ("pragma", "pragma database_list", DITOLAK + " menjalankan PRAGMA"),
    ("set_akses_luar", "SET enable_external_access = true", DITOLAK + " mengubah pengaturan"),
    ("set_global_kunci", "set global lock_configuration = false", DITOLAK + " mengubah pengaturan"),
    ("reset", "reset enable_external_access", DITOLAK + " mengubah pengaturan"),
    ("use", "use memory", DITOLAK + " mengubah pengaturan"),
    ("set_variable", "set variable kata = 'x'", DITOLAK + " mengubah pengaturan"),
    ("export", "export database '{keluar}/ekspor'", DITOLAK + " menulis basis data ke berkas"),
    ("import", "import database '{keluar}/ekspor'", DITOLAK + " menjalankan PRAGMA"),
    ("read_csv", "select * from read_csv('/etc/passwd', sep = ':')", OLEH_DB),
    ("read_csv_relatif", "select * from read_csv_auto('data/demo/pemda.csv')", OLEH_DB),
    ("read_text", "select content from read_text('/etc/hostname')", OLEH_DB),
    ("read_blob", "select * from read_blob('/etc/passwd')", OLEH_DB),
    ("glob", "select * from glob('/etc/*')", OLEH_DB),
    ("read_parquet", "select * from read_parquet('{keluar}/*.parquet')", OLEH_DB),
    ("read_json", "select * from read_json_auto('/etc/os-release')", OLEH_DB),
    ("sniff_csv", "select * from sniff_csv('/etc/passwd')", OLEH_DB),
    ("scan_nama_berkas", "select * from '/etc/passwd.csv'", OLEH_DB),
    ("berkas_di_subquery", "select count(*) from pemda where kode_pemda in (select * from glob('/*'))", OLEH_DB),
    ("create_table", "create table curian as select * from pemda", DITOLAK + " membuat objek baru"),
    (
        "ganti_view",
        "create or replace view capaian_indikator as select 1 as x",
        DITOLAK + " membuat objek baru",
    ),
    ("create_macro", "create macro hitung_capaian(r, t, x) as 100", DITOLAK + " membuat objek baru"),
    ("create_secret", "create secret (type s3, key_id 'x', secret 'y')", DITOLAK + " membuat objek baru"),
    ("insert", "insert into pemda values ('X', 'Pemda X', 'provinsi', null, null)", DITOLAK + " menambah baris"),
    ("update", "update pemda set nama_pemda = 'X'", DITOLAK + " mengubah baris"),
    ("delete", "delete from realisasi", DITOLAK + " menghapus baris"),
    (
        "merge",
        "merge into pemda using pemda as s on (pemda.kode_pemda = s.kode_pemda) when matched then delete",
        DITOLAK + " mengubah baris",
    ),
    ("drop_table", "drop table pemda", DITOLAK + " menghapus objek"),
    ("drop_view", "DROP VIEW capaian_indikator", DITOLAK + " menghapus objek"),
    ("alter", "alter table pemda add column sandi varchar", DITOLAK + " mengubah struktur"),
    ("call", "call pragma_version()", DITOLAK + " memanggil prosedur"),
    ("checkpoint", "checkpoint", DITOLAK + " memanggil prosedur"),
    ("transaksi", "begin transaction", DITOLAK + " mengatur transaksi"),
    ("vacuum", "vacuum", DITOLAK + " merawat basis data"),
    ("prepare", "prepare p as select 1", DITOLAK + " menyiapkan pernyataan"),
    ("explain", "explain analyze select * from pemda", DITOLAK + " menjelaskan rencana kueri"),
    ("pivot_tanpa_in", "pivot pemda on tingkat using count(*)", DITOLAK + " diurai DuckDB menjadi beberapa"),
    # several statements, and tricks with comments and case
    ("dua_pernyataan", "select 1; drop table pemda", "ditemukan 2 pernyataan"),
    ("dua_select", "select 1; select 2;", "ditemukan 2 pernyataan"),
    ("komentar_blok", "select 1 /* ; */ ; delete from pemda -- ;", "ditemukan 2 pernyataan"),
    ("huruf_campur", "DrOp TaBlE pemda", DITOLAK + " menghapus objek"),
    ("komentar_di_depan", "-- select * from pemda\ndelete from pemda", DITOLAK + " menghapus baris"),
    ("komentar_blok_di_depan", "/* select */ update pemda set tingkat = 'x'", DITOLAK + " mengubah baris"),
    ("titik_koma_di_depan", ";;; drop table pemda", DITOLAK + " menghapus objek"),
    # writes hidden inside a SELECT (DuckDB parses these as SELECT statements)
    (
        "cte_insert",
        "with x as (insert into pemda values ('X', 'X', 'provinsi', null, null) returning *) select * from x",
        "Ditolak: ada INSERT di dalam kueri",
    ),
    ("cte_delete", "with x as (delete from realisasi returning *) select count(*) from x", "Ditolak: ada DELETE"),
    (
        "cte_update_bersarang",
        "select (with x as (update pemda set nama_pemda = 'X' returning 1) select count(*) from x) as n",
        "Ditolak: ada UPDATE",
    ),
    ("cte_copy", "with x as (copy pemda to '{keluar}/cte.csv') select 1", "Ditolak: ada COPY"),
    (
        "cte_lalu_insert",
        "with x as (select * from pemda) insert into pemda select * from x",
        DITOLAK + " menambah baris",
    ),
    ("query_fungsi", "select * from query('drop table pemda')", "Sintaks SQL salah"),
    ("getenv", "select getenv('HOME')", "Nama tidak dikenal"),
    # broken input
    ("sintaks_salah", "selec * from pemda", "Sintaks SQL tidak dapat dibaca"),
    ("sintaks_terpotong", "select * from", "Sintaks SQL tidak dapat dibaca"),
    ("kosong", "", "Belum ada pernyataan SQL"),
    ("hanya_komentar", "-- apa saja\n/* tidak ada */", "Belum ada pernyataan SQL"),
    ("tabel_tidak_ada", "select * from tabel_rahasia", "Nama tidak dikenal"),
    ("parameter_berurutan", "select * from pemda where kode_pemda = ?", "Parameter berurutan"),
    ("parameter_asing", "select $kata_sandi", "Parameter tidak dikenal: $kata_sandi"),
]


@pytest.mark.parametrize(("sql", "harapan"), [(s, h) for _i, s, h in KORPUS], ids=[i for i, _s, _h in KORPUS])
def test_korpus_ditolak(salinan: Path, keluar: Path, keadaan_awal: dict[str, object], sql: str, harapan: str) -> None:
    hasil = eks.jalankan(sql.format(keluar=keluar), P, salinan)
    assert not hasil.ok
    assert hasil.data is None
    assert harapan in hasil.pesan, hasil.pesan
    assert hasil.sebab in ("ditolak", "galat")
    cek_tidak_berubah(salinan, keluar, keadaan_awal)


def test_korpus_cukup_banyak() -> None:
    assert len(KORPUS) >= 30
    assert len({i for i, _s, _h in KORPUS}) == len(KORPUS)


@pytest.mark.parametrize(
    "sql",
    [s for i, s, h in KORPUS if h == OLEH_DB],
    ids=[i for i, _s, h in KORPUS if h == OLEH_DB],
)
def test_pembaca_berkas_lolos_pemeriksaan_tetapi_ditolak_basis_data(sql: str) -> None:
    """The file readers are plain SELECTs to the statement check: it is the database that refuses them."""
    assert eks.periksa(sql.format(keluar="/tmp"), tuple(P)).teks


# Statements run straight on the locked connection, past the statement check: DuckDB itself refuses.
LANGSUNG = [
    ("attach", "attach '{keluar}/lain.duckdb' as lain"),
    ("copy_ke", "copy pemda to '{keluar}/pemda.csv'"),
    ("copy_dari", "copy pemda from '/etc/passwd'"),
    ("export", "export database '{keluar}/ekspor'"),
    ("install", "install httpfs"),
    ("load", "load httpfs"),
    ("set_akses_luar", "set enable_external_access = true"),
    ("set_kunci", "set lock_configuration = false"),
    ("set_threads", "set threads = 8"),
    ("reset", "reset enable_external_access"),
    ("read_csv", "select * from read_csv('/etc/passwd')"),
    ("read_text", "select * from read_text('/etc/hostname')"),
    ("glob", "select * from glob('/etc/*')"),
    ("read_parquet", "select * from read_parquet('{keluar}/x.parquet')"),
    ("create_table", "create table curian as select 1"),
    ("create_view", "create or replace view capaian_indikator as select 1"),
    ("insert", "insert into pemda values ('X', 'X', 'provinsi', null, null)"),
    ("update", "update pemda set nama_pemda = 'X'"),
    ("delete", "delete from realisasi"),
    ("drop", "drop table pemda"),
    ("cte_delete", "with x as (delete from realisasi returning *) select count(*) from x"),
]


@pytest.mark.parametrize("sql", [s for _i, s in LANGSUNG], ids=[i for i, _s in LANGSUNG])
def test_basis_data_sendiri_menolak(salinan: Path, keluar: Path, keadaan_awal: dict[str, object], sql: str) -> None:
    con = eks.buka(salinan)
    try:
        with pytest.raises(duckdb.Error) as galat:
            con.execute(sql.format(keluar=keluar)).fetchall()
    finally:
        con.close()
    # Refused for being read-only, locked or without external access, not by some accident of the SQL.
    teks = str(galat.value)
    assert any(
        s in teks
        for s in (
            "disabled by configuration",
            "disabled through configuration",
            "read-only mode",
            "configuration has been locked",
        )
    ), teks
    cek_tidak_berubah(salinan, keluar, keadaan_awal)


def test_pengaturan_koneksi_terkunci(salinan: Path) -> None:
    con = eks.buka(salinan)
    try:
        nilai = dict(
            con.execute(
                "select name, value from duckdb_settings() where name in "
                "('enable_external_access', 'lock_configuration', 'threads', 'temp_directory')"
            ).fetchall()
        )
        basis_data = con.execute("select database_name, readonly from duckdb_databases() where not internal").fetchall()
    finally:
        con.close()
    assert nilai == {
        "enable_external_access": "false",
        "lock_configuration": "true",
        "threads": "1",
        "temp_directory": "",
    }
    # Only the database file, read-only: the in-memory catalog is gone, so nothing is writable.
    assert basis_data == [("pantau", True)]


def test_basis_data_tidak_berubah_setelah_korpus(salinan: Path, keadaan_awal: dict[str, object]) -> None:
    """Every table, not only the targeted ones, after the whole corpus ran (this module's order)."""
    assert sidik_berkas(salinan) == keadaan_awal["berkas"]
    assert isi_tabel(salinan) == keadaan_awal["isi"]


# --------------------------------------------------------------------------- accepted statements


@pytest.mark.parametrize(
    ("sql", "teks"),
    [
        ("select 1", "select 1"),
        ("select 1;", "select 1"),
        ("select 1 ; -- catatan", "select 1"),
        ("select 1; /* a */ ;; -- b", "select 1"),
        ("/* di depan */ select 1", "select 1"),
        ("-- Capaian — perlu\nselect 'é' as a; -- akhir — x", "select 'é' as a"),
        ("select ';--' as a -- akhir", "select ';--' as a"),
    ],
)
def test_teks_tanpa_ekor(sql: str, teks: str) -> None:
    assert eks.periksa(sql).teks == teks


@pytest.mark.parametrize(
    "sql",
    [
        "WITH a AS (SELECT 1 AS x) SELECT * FROM a;",
        "with recursive r(n) as (select 1 union all select n + 1 from r where n < 3) select * from r",
        "from pemda select kode_pemda",
        "values (1, 'a')",
        "describe capaian_indikator",
        "summarize pemda",
        "show tables",
        "pivot pemda on tingkat in ('provinsi', 'kabupaten') using count(*)",
        "select * from pemda where kode_pemda = $kode_pemda -- filter",
        "select ';--' as a ; -- komentar",
    ],
)
def test_bacaan_diterima(salinan: Path, sql: str) -> None:
    hasil = eks.jalankan(sql, P, salinan)
    assert hasil.ok, hasil.pesan
    assert len(hasil.data) > 0


def test_parameter_dari_filter(salinan: Path) -> None:
    hasil = eks.jalankan("select $tahun as tahun, $periode as periode, $kode_pemda as pemda", P, salinan)
    assert hasil.ok, hasil.pesan
    assert hasil.data.iloc[0].tolist() == [TAHUN_DEMO, f"TW{TW_DEMO}", KODE_PROVINSI]


def test_angka_sama_dengan_tabel_dasar(salinan: Path) -> None:
    sql = "select tahun, periode, count(*) as jumlah from realisasi group by all order by all"
    hasil = eks.jalankan(sql, P, salinan)
    assert hasil.ok, hasil.pesan
    assert [tuple(r) for r in hasil.data.itertuples(index=False)] == _baca(salinan, sql)


def test_batas_baris(salinan: Path) -> None:
    hasil = eks.jalankan("select range as n from range(25) order by n desc", P, salinan, batas_baris=10)
    assert hasil.ok and hasil.terpotong
    # The first rows in the query's own order: 24 down to 15.
    assert hasil.data["n"].tolist() == list(range(24, 14, -1))
    pas = eks.jalankan("select * from range(10)", P, salinan, batas_baris=10)
    assert pas.ok and not pas.terpotong and len(pas.data) == 10


# --------------------------------------------------------------------------- the time limit


def test_batas_waktu_menghentikan_kueri(salinan: Path) -> None:
    hasil = eks.jalankan(KUERI_LAMA, P, salinan, batas_detik=1)
    assert not hasil.ok
    assert hasil.sebab == "waktu"
    assert "Kueri dihentikan: masih berjalan setelah batas waktu 1 detik" in hasil.pesan
    # The next query runs normally: the interrupted instance is gone.
    assert eks.jalankan("select 42 as x", P, salinan).data["x"].tolist() == [42]


# Holds 300 strings of 10 MB at once (3 GB): over the 1 GB limit within a second, on any machine speed,
# so the memory limit (not the time limit) is what stops it.
KUERI_BOROS_MEMORI = "select len(list(repeat('a', 10000000))) from range(300)"


def test_batas_memori(salinan: Path) -> None:
    hasil = eks.jalankan(KUERI_BOROS_MEMORI, P, salinan, batas_detik=30)
    assert not hasil.ok
    assert hasil.sebab == "galat"
    assert hasil.pesan.startswith(f"Kueri membutuhkan memori lebih dari batas Eksplorasi ({eks.BATAS_MEMORI})")


def test_aplikasi_tetap_melayani_selama_kueri_lama(salinan: Path) -> None:
    """While an analyst's long query runs, the dashboards' own queries still answer (DuckDB releases the
    GIL, one thread per analyst query), and a second analyst query is told the server is busy."""
    hasil: dict[str, eks.Hasil] = {}
    lama = threading.Thread(
        target=lambda: hasil.setdefault("lama", eks.jalankan(KUERI_LAMA, P, salinan, batas_detik=5))
    )
    lama.start()
    try:
        # Wait until the long query holds the slot (a poll on its state, not a timed assertion).
        batas = time.monotonic() + 30
        while eks._slot._value > 0 and time.monotonic() < batas:
            time.sleep(0.01)
        assert lama.is_alive()
        pemda = db.run_query("pemda_daftar", {}, salinan)
        assert lama.is_alive(), "kueri aplikasi baru selesai setelah kueri analis berhenti"
        assert KODE_PROVINSI in pemda["kode_pemda"].tolist()
        sibuk = eks.jalankan("select 1", P, salinan, batas_detik=0.2)
        assert lama.is_alive()
        assert sibuk.sebab == "sibuk" and "kueri eksplorasi lain" in sibuk.pesan
    finally:
        lama.join()
    assert hasil["lama"].sebab == "waktu"


# --------------------------------------------------------------------------- the example library


CONTOH = eks.daftar_contoh()


def test_contoh_cukup_dan_terdokumentasi() -> None:
    assert len(CONTOH) >= 8
    assert eks.cari_contoh(eks.CONTOH_BAWAAN) is not None
    for c in CONTOH:
        assert c.judul and c.keterangan, c.nama
        assert "Satu baris" in c.keterangan, f"{c.nama}: kepala tanpa 'Satu baris = …'"
        assert c.grafik.jenis in figures.JENIS_GRAFIK, c.nama
        assert c.sql.rstrip().endswith("select * from final;"), c.nama


@pytest.mark.parametrize("c", CONTOH, ids=[c.nama for c in CONTOH])
def test_contoh_berjalan(salinan: Path, c: eks.Contoh) -> None:
    hasil = eks.jalankan(c.sql, P, salinan)
    assert hasil.ok, f"{c.nama}: {hasil.pesan}"
    assert len(hasil.data) > 0, f"{c.nama}: tanpa baris pada demo"
    # The chart named in the header uses columns the result has (y a number).
    kolom = list(hasil.data.columns)
    assert c.grafik.x in kolom and c.grafik.y in eks.kolom_angka(hasil.data), c.nama
    assert c.grafik.warna is None or c.grafik.warna in kolom, c.nama
    assert eks.grafik_bawaan(hasil.data, c.grafik) == c.grafik
    figures.gambar_eksplorasi(
        hasil.data, c.grafik.x, c.grafik.y, warna=c.grafik.warna, jenis=c.grafik.jenis, judul=c.judul
    )


@pytest.mark.parametrize("c", CONTOH, ids=[c.nama for c in CONTOH])
def test_contoh_berjalan_untuk_kabupaten_dan_tahun_lalu(salinan: Path, c: eks.Contoh) -> None:
    kabupaten = _baca(salinan, "select min(kode_pemda) from pemda where tingkat <> 'provinsi'")[0][0]
    p = {"kode_pemda": kabupaten, "tahun": TAHUN[0], "triwulan": 4, "periode": "TW4"}
    hasil = eks.jalankan(c.sql, p, salinan)
    assert hasil.ok, f"{c.nama}: {hasil.pesan}"


def test_contoh_iku_merah_menyebut_iku_merah_demo(salinan: Path) -> None:
    hasil = eks.jalankan(eks.cari_contoh("iku_merah_per_opd").sql, P, salinan)
    disebut = {k for daftar in hasil.data["iku_merah"] for k in daftar.split(", ")}
    assert set(RED_IKU) <= disebut
    # jumlah_iku_merah counts the codes listed in the same row.
    assert hasil.data["jumlah_iku_merah"].tolist() == [len(d.split(", ")) for d in hasil.data["iku_merah"]]


def test_contoh_capaian_perlu_diperiksa_menemukan_outlier(salinan: Path) -> None:
    hasil = eks.jalankan(eks.cari_contoh("capaian_perlu_diperiksa").sql, P, salinan)
    kode, tahun, periode = OUTLIER
    baris = hasil.data[(hasil.data["kode_indikator"] == kode) & (hasil.data["tahun"] == tahun)]
    assert baris["periode"].tolist() == [periode]


# --------------------------------------------------------------------------- dictionary, chart, downloads


def test_kamus(salinan: Path) -> None:
    from pantau.contract import TABEL
    from pantau.dokumen import dokumentasi_view

    objek = {o.nama: o for o in eks.kamus(salinan)}
    for nama, (pengantar, arti) in dokumentasi_view().items():
        o = objek[nama]
        assert (o.jenis, o.kelompok, o.keterangan) == ("view", "View analis", pengantar)
        assert o.kolom["arti"].tolist() == [arti[k] for k in o.kolom["kolom"]]
    for nama in TABEL:
        o = objek[nama]
        assert (o.jenis, o.kelompok) == ("tabel", "Tabel kontrak")
        assert set(TABEL[nama].nama_kolom) <= set(o.kolom["kolom"])
    indikator = objek["indikator"].kolom.set_index("kolom")
    assert indikator.loc["kode_pd", "arti"] == "merujuk perangkat_daerah.kode_pd; wajib diisi"
    assert indikator.loc["target_akhir_periode", "tipe"] == "DOUBLE"
    assert objek["riwayat_pemda"].kelompok == "Lainnya"
    assert "skema_versi" not in objek
    assert not [n for n in objek if n.endswith(("_hitung", "_tersimpan"))]  # storage of heavy views, not for analysts


def test_gambar_eksplorasi_warna_dari_data() -> None:
    data = pd.DataFrame(
        {
            "opd": ["B", "A", "B", "C"],
            "predikat": ["Tinggi", "Rendah", "Rendah", "Tinggi"],
            "jumlah": [3, 1, 2, 5],
            "warna_predikat": ["#00aa00", "#cc0000", "#cc0000", "#00aa00"],
        }
    )
    fig = figures.gambar_eksplorasi(data, "opd", "jumlah", warna="predikat", jenis="batang_tumpuk", judul="Uji")
    assert [t.name for t in fig.data] == ["Tinggi", "Rendah"]
    assert [t.marker.color for t in fig.data] == ["#00aa00", "#cc0000"]
    assert list(fig.data[0].x) == ["B", "C"] and list(fig.data[0].y) == [3, 5]
    assert fig.layout.barmode == "relative"
    assert list(fig.layout.xaxis.categoryarray) == ["B", "A", "C"]  # the result's order
    assert fig.layout.separators == ",."
    assert fig.layout.title.text == "Uji"
    assert fig.layout.yaxis.exponentformat == "none"  # 300.000.000.000, not Plotly's "300B"


def test_gambar_eksplorasi_garis_dan_titik() -> None:
    data = pd.DataFrame({"bulan": [3, 1, 2], "nilai": [30.0, 10.0, 20.0], "lulus": [True, False, True]})
    (garis,) = figures.gambar_eksplorasi(data, "bulan", "nilai", jenis="garis").data
    assert garis.mode == "lines+markers"
    assert list(garis.x) == [1, 2, 3] and list(garis.y) == [10.0, 20.0, 30.0]  # a numeric x is sorted
    titik = figures.gambar_eksplorasi(data, "bulan", "nilai", warna="lulus", jenis="titik").data
    assert [t.name for t in titik] == ["ya", "tidak"]
    assert all(t.mode == "markers" for t in titik)


def test_gambar_eksplorasi_tanpa_ribuan_jejak() -> None:
    """Colour by a column with more values than BATAS_WARNA_EKSPLORASI: one trace, and the title says why (issue 21:
    thousands of traces draw slowly and cannot be told apart)."""
    n = figures.BATAS_WARNA_EKSPLORASI + 1
    data = pd.DataFrame({"pemda": [f"P{i:03d}" for i in range(n)], "nilai": [float(i) for i in range(n)]})
    fig = figures.gambar_eksplorasi(data, "pemda", "nilai", warna="pemda", judul="Uji")
    assert len(fig.data) == 1 and len(fig.data[0].y) == n
    assert fig.layout.title.text == f"Uji (tanpa warna: pemda punya {n} nilai)"
    assert not fig.layout.showlegend
    pas = figures.gambar_eksplorasi(data.head(n - 1), "pemda", "nilai", warna="pemda", judul="Uji")
    assert len(pas.data) == n - 1 and pas.layout.title.text == "Uji"


def test_grafik_bawaan_tanpa_saran() -> None:
    data = pd.DataFrame({"tahun": [2025], "opd": ["A"], "ok": [True], "nilai": [1.5]})
    assert eks.grafik_bawaan(data) == eks.Grafik("batang", "opd", "tahun", None)
    assert eks.grafik_bawaan(data, eks.Grafik("garis", "tahun", "nilai", "tidak_ada")) == eks.Grafik(
        "garis", "tahun", "nilai", None
    )
    assert eks.kolom_angka(data) == ["tahun", "nilai"]


def test_unduhan(salinan: Path) -> None:
    hasil = eks.jalankan(
        "select 'Provinsi Nusa Harapan' as nama, 1234.5 as nilai, date '2026-02-20' as tanggal, "
        "[1, 2] as daftar, {'a': 1} as isian, interval 3 day as selang",
        P,
        salinan,
    )
    assert hasil.ok, hasil.pesan
    siap = eks.siap_unduh(hasil.data)
    assert siap["daftar"].tolist() == ["[1 2]"] and siap["selang"].tolist() == ["3 days"]
    csv = siap.to_csv(index=False).encode("utf-8-sig")
    assert csv.startswith(b"\xef\xbb\xbf")
    assert pd.read_csv(io.BytesIO(csv), encoding="utf-8-sig")["nama"].tolist() == ["Provinsi Nusa Harapan"]
    with zipfile.ZipFile(io.BytesIO(unduh.xlsx({"hasil": siap}))) as z:
        lembar = z.read("xl/worksheets/sheet1.xml").decode()
        teks = z.read("xl/sharedStrings.xml").decode()
    assert "Provinsi Nusa Harapan" in teks and "selang" in teks
    assert "1234.5" in lembar


# --------------------------------------------------------------------------- the page (AppTest)


@pytest.fixture
def halaman_db(salinan: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PANTAU_DB", str(salinan))
    yield salinan


def buka_halaman(query_params: dict[str, str] | None = None) -> AppTest:
    """app.py first (as the menu does), then the page; URL parameters set before the first run."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for k, v in (query_params or {}).items():
        at.query_params[k] = v
    at.run()
    at.switch_page(HALAMAN).run()
    return at


def tanpa_galat(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def tabel_hasil(at: AppTest) -> pd.DataFrame:
    """The result table: the last dataframe on the page (the first is the data dictionary)."""
    return at.dataframe[-1].value


def grafik_hasil(at: AppTest) -> dict:
    (grafik,) = at.get("plotly_chart")
    return json.loads(grafik.proto.spec)


def test_halaman_bawaan(halaman_db: Path) -> None:
    at = buka_halaman()
    tanpa_galat(at)
    bawaan = eks.cari_contoh(eks.CONTOH_BAWAAN)
    assert [s.value for s in at.subheader] == [bawaan.judul, "Grafik cepat"]
    assert at.text_area(key="eks_sql").value == bawaan.sql
    harap = eks.jalankan(bawaan.sql, P, halaman_db).data
    pd.testing.assert_frame_equal(tabel_hasil(at).reset_index(drop=True), harap)
    fig = grafik_hasil(at)
    assert fig["layout"]["title"]["text"] == bawaan.judul
    (bar,) = fig["data"]
    assert bar["type"] == "bar" and list(bar["x"]) == harap["opd"].tolist()
    assert [d.proto.label for d in at.get("download_button")] == ["Unduh hasil (XLSX)", "Unduh hasil (CSV)"]
    # Every example is one click away.
    assert {b.key for b in at.button if b.key and b.key.startswith("eks_contoh_")} == {
        f"eks_contoh_{c.nama}" for c in CONTOH
    }
    # The data dictionary starts at the main analyst view.
    assert at.selectbox(key="eks_kamus").value == "capaian_indikator"


def test_halaman_contoh_dari_url_dan_klik(halaman_db: Path) -> None:
    at = buka_halaman({"contoh": "sebaran_predikat_opd"})
    tanpa_galat(at)
    assert at.subheader[0].value == eks.cari_contoh("sebaran_predikat_opd").judul
    fig = grafik_hasil(at)
    assert fig["layout"]["barmode"] == "relative"
    # Predikat colours come from the data (skala_predikat via warna_predikat).
    skala = dict(_baca(halaman_db, "select predikat, warna from skala_predikat"))
    assert {t["name"]: t["marker"]["color"] for t in fig["data"]} == {t["name"]: skala[t["name"]] for t in fig["data"]}

    # One click loads another example, runs it, and puts its name in the URL.
    at.button(key="eks_contoh_serapan_per_bulan").click().run()
    tanpa_galat(at)
    c = eks.cari_contoh("serapan_per_bulan")
    assert at.query_params["contoh"] == c.nama
    assert "sql" not in at.query_params
    assert at.text_area(key="eks_sql").value == c.sql
    assert at.subheader[0].value == c.judul
    assert tabel_hasil(at)["bulan"].tolist() == list(range(1, 10))  # 2026 is reported through September


def test_halaman_contoh_tidak_dikenal(halaman_db: Path) -> None:
    at = buka_halaman({"contoh": "tidak_ada"})
    assert not at.exception
    assert any("tidak_ada" in w.value for w in at.warning)
    assert at.subheader[0].value == eks.cari_contoh(eks.CONTOH_BAWAAN).judul


def test_halaman_sql_sendiri_dan_url(halaman_db: Path) -> None:
    at = buka_halaman()
    sql = (
        "select pd.kode_pemda, count(*) as jumlah_indikator\n"
        "from indikator as i join perangkat_daerah as pd using (kode_pemda, kode_pd)\n"
        "group by pd.kode_pemda order by pd.kode_pemda"
    )
    at.text_area(key="eks_sql").set_value(sql).run()
    assert any("belum dijalankan" in c.value for c in at.caption)
    at.button(key="eks_jalankan").click().run()
    tanpa_galat(at)
    assert at.query_params["sql"] == sql
    assert "contoh" not in at.query_params
    assert at.subheader[0].value == "Hasil kueri"
    assert [tuple(r) for r in tabel_hasil(at).itertuples(index=False)] == _baca(halaman_db, sql)

    # The same link opened afresh shows the same result.
    lagi = buka_halaman({"sql": sql})
    tanpa_galat(lagi)
    assert lagi.text_area(key="eks_sql").value == sql
    pd.testing.assert_frame_equal(tabel_hasil(lagi), tabel_hasil(at))


def test_halaman_menolak_dan_basis_data_tetap(halaman_db: Path) -> None:
    sebelum = sidik_berkas(halaman_db)
    at = buka_halaman({"sql": "delete from realisasi"})
    assert not at.exception
    assert [e.value for e in at.error] == [
        "Ditolak: pernyataan ini menghapus baris (DELETE). Eksplorasi hanya membaca: tulis satu pernyataan "
        "SELECT (boleh diawali WITH)."
    ]
    assert not at.get("plotly_chart") and not at.get("download_button")
    at.text_area(key="eks_sql").set_value("select * from read_text('/etc/passwd')").run()
    at.button(key="eks_jalankan").click().run()
    assert next(e.value for e in at.error).startswith("Ditolak oleh basis data: akses berkas")
    assert sidik_berkas(halaman_db) == sebelum


def test_halaman_batas_waktu(halaman_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eks, "BATAS_DETIK", 1.0)
    at = buka_halaman({"sql": KUERI_LAMA})
    assert not at.exception
    assert any("batas waktu 1 detik" in w.value for w in at.warning), [w.value for w in at.warning]
    # The page is usable again at once: the next example runs.
    at.button(key="eks_contoh_iku_merah_per_opd").click().run()
    tanpa_galat(at)
    assert len(tabel_hasil(at)) > 0


def test_halaman_kamus_dan_grafik(halaman_db: Path) -> None:
    at = buka_halaman()
    at.selectbox(key="eks_kamus").set_value("realisasi_anggaran_bulanan").run()
    kamus = at.dataframe[0].value
    assert kamus["kolom"].tolist()[:4] == ["kode_pemda", "tahun", "kode_kegiatan", "bulan"]
    at.button(key="eks_intip").click().run()
    tanpa_galat(at)
    assert at.text_area(key="eks_sql").value == eks.sql_intip("realisasi_anggaran_bulanan")
    assert len(tabel_hasil(at)) == 100

    # The quick chart follows the chosen type and axes.
    jenis = next(s for s in at.selectbox if s.label == "Jenis")
    jenis.set_value("garis").run()
    sumbu_y = next(s for s in at.selectbox if s.label == "Sumbu Y (angka)")
    sumbu_y.set_value("realisasi_kumulatif").run()
    tanpa_galat(at)
    fig = grafik_hasil(at)
    assert {t["type"] for t in fig["data"]} == {"scatter"}
    assert fig["layout"]["yaxis"]["title"]["text"] == "realisasi_kumulatif"
