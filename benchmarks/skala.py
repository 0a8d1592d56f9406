"""National-scale benchmark (issue 10): every page's query set on a national dataset.

    .venv/bin/python benchmarks/skala.py [--skala 1.0] [--folder /tmp/nasional] [--tulis-docs]

1. Generates the national dataset (pantau.nasional; reused when the folder exists) and imports it with
   the bulk path into a fresh database, in a child process as the import command runs: import time, the
   import's peak memory and database size.
2. Records each page's query set as the page really runs it: every page is rendered once with
   AppTest (default filters, Streamlit's result cache cleared) while `pantau.db.run_query` is wrapped.
3. Times each page's query set on one connection, without Streamlit's cache: cold (first run after
   opening the database) and warm (median of 5), for one kabupaten ("satu pemda") and for the
   whole nation (the page rendered with `?pemda=*`: it asks other things of the nation, e.g. no treemap).
4. Beside it, for the same page: (a) the pandas way a typical Streamlit app takes — the base tables
   loaded once into DataFrames (as `st.cache_data(pd.read_sql)` would), then per view the page computed
   from them for the pemda selected: benchmarks/cara_pandas.py does the page's own computations
   (capaian s.d. triwulan, predikat, trend, projection, serapan, traceability, ...) and checks its results
   column by column against the page's queries before it is timed ("pandas" = "halaman"); a page it does not
   cover gets only the rows of the pemda selected with `isin` and summed with `groupby` ("dasar", a
   lower bound of the pandas way); (b) the floor: a bare DuckDB aggregate scan of the same tables' rows
   for that pemda. Ratios are printed and written to docs/benchmark_skala.md (the notes below the
   generated table, after the marker line, are kept).
5. Peak memory (RSS) of the app: this process after rendering every page (one pemda and national) with AppTest,
   before the pandas baseline loads its frames; and the process peak with those frames.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import re
import resource
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
import pandas as pd  # noqa: E402
from cara_pandas import HALAMAN_PANDAS, TABEL_KONFIGURASI, periksa  # noqa: E402

from pantau import db as pdb  # noqa: E402
from pantau.contract import TABEL  # noqa: E402
from pantau.frame import HALAMAN  # noqa: E402

# docs/benchmark_skala.md: what follows this line is written by hand and kept when the table is rewritten
PENANDA = "<!-- catatan: ditulis tangan, dipertahankan oleh --tulis-docs -->"


def rekam_kueri(db: Path, pemda: str | None = None) -> dict[str, list[tuple[str, dict]]]:
    """Each page's queries with the parameters it really passes (default view, or `?pemda=` this one)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["PANTAU_DB"] = str(db)
    asli = pdb.run_query
    rekaman: list[tuple[str, dict]] = []

    def rekam(nama: str, params: dict | None = None, path: object = None) -> pd.DataFrame:
        rekaman.append((nama, dict(params or {})))
        return asli(nama, params, path)

    pdb.run_query = rekam
    hasil = {}
    try:
        for script, label, _ikon in HALAMAN:
            st.cache_data.clear()
            rekaman.clear()
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
            if pemda:
                at.query_params["pemda"] = pemda
            at.run()
            if script != "app.py":
                rekaman.clear()
                st.cache_data.clear()
                at.switch_page(script).run()
            unik = {(n, repr(sorted(p.items()))): (n, p) for n, p in rekaman}
            hasil[label] = list(unik.values())
    finally:
        pdb.run_query = asli
    return hasil


def tabel_dasar(con: duckdb.DuckDBPyConnection, nama_kueri: list[str]) -> set[str]:
    """Contract tables a set of queries reads, following view definitions."""
    views = dict(con.execute("select view_name, sql from duckdb_views() where not internal").fetchall())
    macros = " ".join(
        r[0] or ""
        for r in con.execute(
            "select macro_definition from duckdb_functions() where function_type like '%macro%' and not internal"
        ).fetchall()
    )
    teks = [pdb.query_sql(n) for n in nama_kueri]
    dilihat: set[str] = set()
    tabel: set[str] = set()
    while teks:
        sql = teks.pop()
        for kata in set(re.findall(r"\b[a-z_]+\b", sql)):
            if kata in TABEL:
                tabel.add(kata)
            elif kata in views and kata not in dilihat:
                dilihat.add(kata)
                teks.append(views[kata])
        if "_per(" in sql and macros not in dilihat:
            dilihat.add(macros)
            teks.append(macros)
    return tabel


def pilihan_pemda(con: duckdb.DuckDBPyConnection, kueri: list[tuple[str, dict]], kode_pemda: str) -> dict:
    """The parameters a page's query set runs with for this pemda: the pemda, and the choices the page makes by
    default from that pemda's own data (the recorded ones belong to the pemda it was rendered for). Capaian IKU's
    drill-down: the lowest IKU that has reported, a (pemda, IKU) that exists in this pemda (codes are shared by many
    pemda); Kabupaten/Kota: the first indicator group of this pemda's family."""
    ganti: dict = {"kode_pemda": kode_pemda}

    def hasil(nama: str, params: dict) -> pd.DataFrame:
        sql = pdb.query_sql(nama)
        return con.execute(sql, pdb.used_parameters(sql, {**params, **ganti})).df()

    for nama, params in kueri:
        if nama == "iku_triwulan_daftar" and params.get("status") == [] and "kode_indikator" not in ganti:
            daftar = hasil(nama, params)
            lapor = daftar[daftar["sudah_lapor"].astype(bool)]
            pilih = lapor if len(lapor) else daftar
            ganti["kode_indikator"] = pilih["kode_indikator"].iloc[0] if len(pilih) else ""
        elif nama == "pemda_banding_kelompok" and "kelompok" not in ganti:
            kelompok = hasil(nama, params)
            ganti["kelompok"] = kelompok["kelompok"].iloc[0] if len(kelompok) else ""
    return ganti


def _impor(folder: Path, db: Path) -> tuple[bool, list[str], int]:
    from pantau.importer.massal import impor_massal

    hasil = impor_massal(folder, db)
    return hasil.ok, [str(t) for t in hasil.temuan[:10]], sum(hasil.baru.values())


def ukur(fungsi, ulang: int = 5) -> tuple[float, float]:
    """(first run, median of the next `ulang`) in ms."""
    t0 = time.perf_counter()
    fungsi()
    dingin = (time.perf_counter() - t0) * 1000
    kali = []
    for _ in range(ulang):
        t0 = time.perf_counter()
        fungsi()
        kali.append((time.perf_counter() - t0) * 1000)
    return dingin, statistics.median(kali)


def jalankan_set(con: duckdb.DuckDBPyConnection, kueri: list[tuple[str, dict]], ganti: dict | None = None) -> None:
    for nama, params in kueri:
        sql = pdb.query_sql(nama)
        p = {**params, **(ganti or {})}
        con.execute(sql, pdb.used_parameters(sql, p)).fetchall()


def cara_pandas(frames: dict[str, pd.DataFrame], kode: dict[str, str], tabel: set[str]) -> None:
    for t in tabel:
        f = frames[t]
        # contract v2: every table but the configuration carries its row's pemda (codes are shared by many pemda)
        if "kode_pemda" in f.columns:
            f = f[f["kode_pemda"] == kode["pemda"]]
        angka = [c for c in f.columns if pd.api.types.is_numeric_dtype(f[c]) and c != "batch_id"]
        kunci = [
            "kode_pemda",
            *[c for c in ("tahun", "kode_pd", "kode_indikator", "bulan", "periode") if c in f.columns],
        ][:3]
        if kunci and angka:
            f.groupby(kunci)[angka].sum()
        else:
            len(f)


def pindai(con: duckdb.DuckDBPyConnection, kode_pemda: str, tabel: set[str]) -> None:
    for t in tabel:
        # contract v2: every contract table carries kode_pemda; a table's rows of the pemda are those with it
        w = "kode_pemda = $p" if t in TABEL else "true"
        sql = f"select count(*), sum(hash(x)) from (select * from {t} where {w}) x"
        con.execute(sql, pdb.used_parameters(sql, {"p": kode_pemda})).fetchall()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skala", type=float, default=1.0)
    ap.add_argument("--folder", type=Path, default=Path("/tmp/pantau_nasional"))
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--tulis-docs", action="store_true")
    args = ap.parse_args()
    from pantau.nasional import bangkitkan

    folder = args.folder / f"skala_{args.skala:g}"
    if not (folder / "realisasi_anggaran.csv").exists():
        t0 = time.perf_counter()
        jumlah = bangkitkan(folder, args.skala)
        print(f"dataset: {sum(jumlah.values()):,} baris dalam {time.perf_counter() - t0:.0f} s")
    db = args.db or folder / "nasional.duckdb"
    detik_impor, rss_impor = None, 0.0
    if not db.exists():
        # in a child process, as the import command runs: its peak memory is its own, not the app's
        t0 = time.perf_counter()
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            ok, temuan, baris_baru = pool.submit(_impor, folder, db).result()
        detik_impor = time.perf_counter() - t0
        rss_impor = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        assert ok, temuan
        print(f"impor massal: {baris_baru:,} baris dalam {detik_impor:.0f} s, puncak memori {rss_impor:.0f} MB")
    ukuran = db.stat().st_size / 1e9
    kueri = rekam_kueri(db)
    kueri_nasional = rekam_kueri(db, pdb.NASIONAL)  # a page asks other things of the whole nation
    # the app's own peak: every page rendered (one pemda and national) in this process, before pandas loads anything
    rss_aplikasi = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    con = duckdb.connect(str(db), read_only=True)
    kode_pemda = con.execute(
        "select kode_pemda from pemda where tingkat <> 'provinsi' order by kode_pemda limit 1"
    ).fetchall()[0][0]
    kode = {"pemda": kode_pemda}
    semua_tabel = set().union(*(tabel_dasar(con, [n for n, _ in k]) for k in kueri.values()))
    # the page computations read every contract table a page needs, and the configuration (scales, settings)
    semua_tabel |= set(TABEL) | set(TABEL_KONFIGURASI)
    t0 = time.perf_counter()
    frames = {t: con.execute(f"select * from {t}").df() for t in semua_tabel}
    muat_pandas = time.perf_counter() - t0
    # the pandas side computes what the page shows: its key numbers must agree with the page's queries
    contoh = next(p for _, p in kueri["Ringkasan"] if {"tahun", "triwulan", "hari_ini"} <= set(p))
    argumen = {
        "kode_pemda": kode_pemda,
        "tahun": int(contoh["tahun"]),
        "triwulan": int(contoh["triwulan"]),
        "hari_ini": contoh["hari_ini"],
    }
    selisih = periksa(con, frames, **argumen)
    if selisih:
        raise SystemExit("cara pandas tidak sama dengan kueri halaman:\n" + "\n".join(selisih[:30]))
    baris = []
    for label, k in kueri.items():
        tabel = tabel_dasar(con, [n for n, _ in k])
        satu = pilihan_pemda(con, k, kode_pemda)
        con.close()
        con = duckdb.connect(str(db), read_only=True)  # cold: a freshly opened database
        dingin, hangat = ukur(lambda k=k, satu=satu, con=con: jalankan_set(con, k, satu))
        n_hangat = ukur(lambda k=kueri_nasional[label], con=con: jalankan_set(con, k), ulang=3)[1]
        if label in HALAMAN_PANDAS:
            _, p_hangat = ukur(lambda fungsi=HALAMAN_PANDAS[label]: fungsi(frames, **argumen))
        else:
            _, p_hangat = ukur(lambda tabel=tabel: cara_pandas(frames, kode, tabel))
        _, s_hangat = ukur(lambda tabel=tabel, con=con: pindai(con, kode_pemda, tabel))
        baris.append(
            {
                "halaman": label,
                "kueri": len(k),
                "dingin ms": round(dingin),
                "hangat ms": round(hangat, 1),
                "nasional hangat ms": round(n_hangat, 1),
                "pandas": "halaman" if label in HALAMAN_PANDAS else "dasar",
                "pandas ms": round(p_hangat, 1),
                "pindai ms": round(s_hangat, 1),
                "× pandas": round(p_hangat / hangat, 1) if hangat else None,
                "× pindai": round(hangat / s_hangat, 1) if s_hangat else None,
            }
        )
        print(baris[-1], flush=True)
    con.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tabel_md = pd.DataFrame(baris)
    kepala = (
        f"Skala {args.skala:g}: basis data {ukuran:.2f} GB"
        + (f", impor massal {detik_impor:.0f} s (puncak memori proses impor {rss_impor:.0f} MB)" if detik_impor else "")
        + f"; puncak memori aplikasi (semua halaman dirender, satu pemda dan nasional) {rss_aplikasi:.0f} MB"
        + f"; memuat tabel ke pandas {muat_pandas:.1f} s; puncak memori proses dengan tabel pandas {rss:.0f} MB; "
        f"{platform.machine()}, {os.cpu_count()} inti, Python {platform.python_version()}, DuckDB {duckdb.__version__}."
    )
    md = "| " + " | ".join(tabel_md.columns) + " |\n|" + "---|" * len(tabel_md.columns) + "\n"
    md += "\n".join("| " + " | ".join(str(v) for v in r) + " |" for r in tabel_md.itertuples(index=False))
    print(kepala)
    print(md)
    if args.tulis_docs:
        berkas = ROOT / "docs" / "benchmark_skala.md"
        lama = berkas.read_text(encoding="utf-8") if berkas.exists() else ""
        catatan = lama[lama.index(PENANDA) :] if PENANDA in lama else PENANDA + "\n"
        berkas.write_text(
            "# Benchmark skala nasional\n\n" + (__doc__ or "") + "\n" + kepala + "\n\n" + md + "\n\n" + catatan,
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
