"""National-scale benchmark (issue 10): every page's query set on a national dataset.

    .venv/bin/python benchmarks/skala.py [--skala 1.0] [--folder /tmp/nasional] [--tulis-docs]

1. Generates the national dataset (pantau.nasional; reused when the folder exists) and imports it with
   the bulk path into a fresh database, in a child process as the import command runs: import time, the
   import's peak memory and database size.
2. Records each page's query set as the page really runs it: every page is rendered once with
   AppTest (default filters, Streamlit's result cache cleared) while `pantau.db.run_query` is wrapped.
3. Times each page's query set on one connection, without Streamlit's cache: cold (first run after
   opening the database) and warm (median of 5), for one kabupaten ("satu pemda", the page rendered
   with `?pemda=` that kabupaten, so its own default drill-down choices are timed) and for the whole
   nation (the page rendered with `?pemda=*`: it asks other things of the nation, e.g. no treemap).
4. Beside it, for the same page: (a) the pandas way a typical Streamlit app takes — the base tables
   loaded once into DataFrames (as `st.cache_data(pd.read_sql)` would), then per view the page computed
   from them for the pemda selected: benchmarks/cara_pandas.py does the page's own computations
   (capaian s.d. triwulan, predikat, trend, projection, serapan, traceability, ...) and checks its results
   column by column against the page's queries before it is timed ("pandas" = "halaman"); a page it does not
   cover gets only the rows of the pemda selected with `isin` and summed with `groupby` ("dasar", a
   lower bound of the pandas way); (b) "pandas pra-hitung", the fair rival of the stored views: the same
   page functions, but the capaian of every indicator of the nation is computed once at load
   (`cara_pandas.pra_hitung`, its time reported) and a page view only slices its pemda's rows (checked
   against the page's queries as well); (c) the floor: a bare DuckDB scan of the rows of that pemda (for
   Kabupaten/Kota: its province family) in the tables the page's queries actually read (stored views'
   tables, base and configuration tables: the relations named after from/join and the macros called,
   followed as the database holds them). Ratios and the margins to the targets are
   printed and written to docs/benchmark_skala.md (the notes below the generated table, after the
   marker line, are kept).
5. Peak memory (RSS) of the app: this process after rendering every page (one pemda and national) with AppTest,
   before the pandas baseline loads its frames; and the process peak with those frames.
"""

from __future__ import annotations

import argparse
import json
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
from cara_pandas import HALAMAN_PANDAS, TABEL_KONFIGURASI, periksa, pra_hitung  # noqa: E402

from pantau import db as pdb  # noqa: E402
from pantau.contract import TABEL  # noqa: E402
from pantau.frame import HALAMAN  # noqa: E402
from pantau.importer.tulis import perbarui_skema  # noqa: E402

# docs/benchmark_skala.md: what follows this line is written by hand and kept when the table is rewritten
PENANDA = "<!-- catatan: ditulis tangan, dipertahankan oleh --tulis-docs -->"


def rekam_kueri(db: Path, pemda: str | None = None) -> dict[str, list[tuple[str, dict]]]:
    """Each page's queries with the parameters it really passes (default view, or `?pemda=` this one)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["PANTAU_DB"] = str(db)
    asli = pdb.run_query
    rekaman: list[tuple[str, dict]] = []

    def rekam(nama: str, params: dict | None = None, path: object = None, lingkup: object = None) -> pd.DataFrame:
        rekaman.append((nama, dict(params or {})))
        return asli(nama, params, path, lingkup)

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
            if at.exception:  # a page that fails records no query set: stop rather than time a half page
                raise SystemExit(f"{label} gagal dirender: {at.exception[0].message}")
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


def tabel_dibaca(con: duckdb.DuckDBPyConnection, nama_kueri: list[str]) -> set[str]:
    """Tables a set of queries actually reads: view and macro definitions followed as the database holds them (a
    stored view leads to its `_tersimpan` table; only the macros a query calls), every table met on the way (base,
    stored, configuration)."""
    tabel_db = {r[0] for r in con.execute("select table_name from duckdb_tables() where not internal").fetchall()}
    definisi = dict(con.execute("select view_name, sql from duckdb_views() where not internal").fetchall())
    for nama, isi in con.execute(
        "select function_name, string_agg(macro_definition, ' ') from duckdb_functions() "
        "where function_type like '%macro%' and not internal group by 1"
    ).fetchall():
        definisi.setdefault(nama, isi or "")
    teks = [pdb.query_sql(n) for n in nama_kueri]
    dilihat: set[str] = set()
    tabel: set[str] = set()
    while teks:
        sql = teks.pop()
        # a relation is named after from/join (a column may share a table's name); a macro is called: name(
        dibaca = {
            k.lower()
            for k in re.findall(r"\b(?:from|join)[\s(]+(?:[a-z_0-9]+\.)?([a-z_0-9]+)", sql, flags=re.IGNORECASE)
        }
        dipanggil = {k.lower() for k in re.findall(r"\b([a-z_0-9]+)\s*\(", sql, flags=re.IGNORECASE)}
        for kata in dibaca | dipanggil:
            if kata in tabel_db and kata in dibaca:
                tabel.add(kata)
            elif kata in definisi and kata not in dilihat:
                dilihat.add(kata)
                teks.append(definisi[kata])
    return tabel


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
    """Each query as `pantau.db.run_query` runs it for the page (`siapkan`), its result read into a frame (`.df()`)."""
    for nama, params in kueri:
        con.execute(*pdb.siapkan(nama, {**params, **(ganti or {})})).df()


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


def pindai(con: duckdb.DuckDBPyConnection, kode_pemda: str | list[str], tabel: set[str]) -> None:
    """The floor: count and hash every row of the pemda (or pemda list) in each table (all rows of a table with no
    pemda key: the configuration). Contract v2: every contract table and stored view carries kode_pemda."""
    kode_pemda = [kode_pemda] if isinstance(kode_pemda, str) else kode_pemda
    kolom = {
        t: dict(con.execute("select column_name, data_type from duckdb_columns() where table_name = ?", [t]).fetchall())
        for t in tabel
    }
    for t in tabel:
        jenis = kolom[t].get("kode_pemda")
        # jejak_audit names every pemda a write touched (a list)
        w = (
            "true"
            if jenis is None
            else "list_has_any($p, kode_pemda)"
            if jenis.endswith("[]")
            else "list_contains($p, kode_pemda)"
        )
        sql = f"select count(*), sum(hash(x)) from (select * from {t} where {w}) x"
        con.execute(sql, pdb.used_parameters(sql, {"p": kode_pemda})).fetchall()


TARGET_SATU_MS, TARGET_NASIONAL_MS, TARGET_X_PANDAS, TARGET_X_PINDAI = 250, 1500, 3, 2


def teks_marjin(t: pd.DataFrame) -> str:
    """The margins to the targets, worst page first: how far each target is from being missed."""

    def terburuk(kolom: str, terbesar: bool) -> tuple[float, str]:
        baris = t.dropna(subset=[kolom]).sort_values(kolom, ascending=not terbesar).iloc[0]
        return float(baris[kolom]), str(baris["halaman"])

    satu, h1 = terburuk("hangat ms", True)
    nas, h2 = terburuk("nasional hangat ms", True)
    xp, h3 = terburuk("× pandas", False)
    xs, h4 = terburuk("× pindai", True)
    baris = [
        f"- satu pemda, hangat: terlama {satu:g} ms ({h1}); target < {TARGET_SATU_MS} ms, marjin "
        f"{TARGET_SATU_MS / satu:.1f}×",
        f"- nasional, hangat: terlama {nas:g} ms ({h2}); target < {TARGET_NASIONAL_MS} ms, marjin "
        f"{TARGET_NASIONAL_MS / nas:.1f}×",
        f"- × pandas: terkecil {xp:g}× ({h3}); target ≥ {TARGET_X_PANDAS}×, marjin {xp / TARGET_X_PANDAS:.1f}×",
        f"- × pindai: terbesar {xs:g}× ({h4}); target ≤ {TARGET_X_PINDAI}×, marjin {TARGET_X_PINDAI / xs:.1f}×",
    ]
    if t["× pandas pra-hitung"].notna().any():
        xr, h5 = terburuk("× pandas pra-hitung", False)
        xr_maks, h6 = terburuk("× pandas pra-hitung", True)
        baris.append(
            f"- × pandas pra-hitung (tanpa target; pembanding yang adil bagi view tersimpan): {xr:g}× ({h5}) "
            f"s.d. {xr_maks:g}× ({h6})"
        )
    return "Marjin terhadap target:\n\n" + "\n".join(baris)


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
    catatan_impor = db.with_name(db.name + ".impor.json")
    if not db.exists():
        # in a child process, as the import command runs: its peak memory is its own, not the app's
        t0 = time.perf_counter()
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            ok, temuan, baris_baru = pool.submit(_impor, folder, db).result()
        detik_impor = time.perf_counter() - t0
        rss_impor = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        assert ok, temuan
        print(f"impor massal: {baris_baru:,} baris dalam {detik_impor:.0f} s, puncak memori {rss_impor:.0f} MB")
        catatan_impor.write_text(json.dumps({"detik": detik_impor, "mb": rss_impor, "baris": baris_baru}))
    elif catatan_impor.exists():  # the database was imported by an earlier run: its import's own figures
        tercatat = json.loads(catatan_impor.read_text())
        detik_impor, rss_impor = tercatat["detik"], tercatat["mb"]
    with duckdb.connect(str(db), read_only=True) as c:
        terkini = pdb.skema_terkini(c)
    if not terkini:
        # An older database: its schema (and every stored view) is brought up to date first, in a child process as
        # `python -m pantau segarkan` would: the app's memory below is the pages', not this update's.
        t0 = time.perf_counter()
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            pool.submit(perbarui_skema, db, semua=False).result()
        print(f"struktur diperbarui ke skema terkini dalam {time.perf_counter() - t0:.0f} s (proses anak)")
    ukuran = db.stat().st_size / 1e9
    with duckdb.connect(str(db), read_only=True) as c:
        kode_pemda = c.execute(
            "select kode_pemda from pemda where tingkat <> 'provinsi' order by kode_pemda limit 1"
        ).fetchall()[0][0]
    # the kabupaten's own view (its own default drill-down choices), not the province's replayed for it
    kueri = rekam_kueri(db, kode_pemda)
    kueri_nasional = rekam_kueri(db, pdb.NASIONAL)  # a page asks other things of the whole nation
    # the app's own peak: every page rendered (one pemda and national) in this process, before pandas loads anything
    rss_aplikasi = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    con = duckdb.connect(str(db), read_only=True)
    keluarga = [
        r[0]
        for r in con.execute(
            "with induk as (select coalesce(kode_induk, kode_pemda) as k from pemda where kode_pemda = ?) "
            "select kode_pemda from pemda, induk where kode_pemda = induk.k or kode_induk = induk.k",
            [kode_pemda],
        ).fetchall()
    ]
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
    t0 = time.perf_counter()
    frames_pra = pra_hitung(frames)
    pra_detik = time.perf_counter() - t0
    selisih = periksa(con, frames_pra, **argumen)
    if selisih:
        raise SystemExit("cara pandas pra-hitung tidak sama dengan kueri halaman:\n" + "\n".join(selisih[:30]))
    baris = []
    for label, k in kueri.items():
        tabel = tabel_dasar(con, [n for n, _ in k])
        dibaca = tabel_dibaca(con, [n for n, _ in k])
        con.close()
        con = duckdb.connect(str(db), read_only=True)  # cold: a freshly opened database
        dingin, hangat = ukur(lambda k=k, con=con: jalankan_set(con, k))
        n_hangat = ukur(lambda k=kueri_nasional[label], con=con: jalankan_set(con, k), ulang=3)[1]
        pra_hangat = None
        if label in HALAMAN_PANDAS:
            _, p_hangat = ukur(lambda fungsi=HALAMAN_PANDAS[label]: fungsi(frames, **argumen))
            _, pra_hangat = ukur(lambda fungsi=HALAMAN_PANDAS[label]: fungsi(frames_pra, **argumen))
        else:
            _, p_hangat = ukur(lambda tabel=tabel: cara_pandas(frames, kode, tabel))
        # Kabupaten/Kota compares the province with its kabupaten/kota: its floor is the family's rows
        lingkup_pindai = keluarga if label == "Kabupaten/Kota" else kode_pemda
        _, s_hangat = ukur(lambda dibaca=dibaca, con=con, lp=lingkup_pindai: pindai(con, lp, dibaca))
        baris.append(
            {
                "halaman": label,
                "kueri": len(k),
                "dingin ms": round(dingin),
                "hangat ms": round(hangat, 1),
                "nasional hangat ms": round(n_hangat, 1),
                "pandas": "halaman" if label in HALAMAN_PANDAS else "dasar",
                "pandas ms": round(p_hangat, 1),
                "pandas pra-hitung ms": None if pra_hangat is None else round(pra_hangat, 1),
                "pindai ms": round(s_hangat, 1),
                "tabel dipindai": len(dibaca),
                "× pandas": round(p_hangat / hangat, 1) if hangat else None,
                "× pandas pra-hitung": round(pra_hangat / hangat, 1) if hangat and pra_hangat is not None else None,
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
        + f"; memuat tabel ke pandas {muat_pandas:.1f} s, pra-hitung capaian nasional {pra_detik:.1f} s"
        + f"; puncak memori proses dengan tabel pandas {rss:.0f} MB; "
        f"{platform.machine()}, {os.cpu_count()} inti, Python {platform.python_version()}, DuckDB {duckdb.__version__}."
    )
    md = "| " + " | ".join(tabel_md.columns) + " |\n|" + "---|" * len(tabel_md.columns) + "\n"
    md += "\n".join(
        "| " + " | ".join("–" if pd.isna(v) else str(v) for v in r) + " |" for r in tabel_md.itertuples(index=False)
    )
    marjin = teks_marjin(tabel_md)
    md += "\n\n" + marjin
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
