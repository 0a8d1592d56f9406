"""One-row writes at national scale (issue 21 item 1): time and peak memory of each write, as the app makes them.

    .venv/bin/python benchmarks/tulis.py [--db /tmp/pantau_nasional/skala_1/nasional.duckdb] [--tulis-docs]

The national database (benchmarks/skala.py builds it) is copied to a work file first (not timed), so the source
stays as it was. Each write then runs in its own child process, as the app or the CLI makes it, and is timed
from the call to its return, with the child's peak memory (RSS):

1. a follow-up (tindak lanjut) saved from the meeting page (`simpan_tindak_lanjut`): one row, one pemda;
2. one OPD's corrected realisasi of one IKU (`impor_path`, a one-row realisasi.csv): the capaian of that pemda
   is refreshed, the comparison across pemda recomputed;
3. the rollback of write 2 (`batalkan`).

Each line says what the refresh of the stored views did (`pantau.db.SEGARKAN_TERAKHIR`): views kept, refreshed
for the pemda written, recomputed whole. With --tulis-docs the table goes into docs/benchmark_skala.md between
its markers.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import duckdb  # noqa: E402
from helpers import beban_mesin  # noqa: E402

MULAI, SELESAI = "<!-- tulis:mulai -->", "<!-- tulis:selesai -->"


def _tulis(jenis: str, db: str, folder: str, arg: dict[str, object]) -> tuple[float, float, bool, str, dict]:
    """One write in this (child) process: (seconds, peak MB, ok, message, refresh per view)."""
    from pantau import db as pdb
    from pantau.importer import batalkan, impor_path
    from pantau.tindak_lanjut import simpan_tindak_lanjut

    t0 = time.perf_counter()
    if jenis == "tindak_lanjut":
        hasil = simpan_tindak_lanjut(arg, db)
        ok, pesan = hasil.ok, f"batch {hasil.batch_id}"
    elif jenis == "realisasi":
        d = Path(folder) / "realisasi"
        d.mkdir(exist_ok=True)
        (d / "realisasi.csv").write_text(
            "kode_pemda,kode_indikator,tahun,periode,realisasi\n"
            f"{arg['kode_pemda']},{arg['kode_indikator']},{arg['tahun']},{arg['periode']},{arg['realisasi']}\n"
        )
        hasil = impor_path([d], db, tanggal=date(int(arg["tahun"]), 1, 1))  # type: ignore[arg-type]
        ok, pesan = hasil.ok, f"batch {hasil.batch_id}" if hasil.ok else "; ".join(map(str, hasil.temuan[:3]))
    else:
        ok, pesan = batalkan(int(arg["batch_id"]), db)  # type: ignore[arg-type]
    detik = time.perf_counter() - t0
    return detik, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, ok, pesan, dict(pdb.SEGARKAN_TERAKHIR)


def jalankan(jenis: str, db: Path, folder: Path, arg: dict[str, object]) -> tuple[float, float, bool, str, dict]:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_tulis, jenis, str(db), str(folder), arg).result()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("/tmp/pantau_nasional/skala_1/nasional.duckdb"))
    ap.add_argument("--kerja", type=Path, default=None, help="salinan kerja (bawaan: di samping --db)")
    ap.add_argument("--tulis-docs", action="store_true")
    args = ap.parse_args()
    kerja = args.kerja or args.db.with_name("tulis_kerja.duckdb")
    beban_awal = beban_mesin()
    t0 = time.perf_counter()
    shutil.copyfile(args.db, kerja)
    print(f"salinan kerja {kerja} ({kerja.stat().st_size / 1e9:.2f} GB) dalam {time.perf_counter() - t0:.0f} s")
    with duckdb.connect(str(kerja), read_only=True) as con:
        pemda, kode_pd = con.execute(
            "select p.kode_pemda, min(d.kode_pd) from pemda p join perangkat_daerah d using (kode_pemda) "
            "where p.tingkat <> 'provinsi' group by 1 order by 1 limit 1"
        ).fetchall()[0]
        kode_indikator, tahun, periode, nilai = con.execute(
            "select kode_indikator, tahun, periode, realisasi from realisasi where kode_pemda = ? "
            "order by tahun desc, periode desc, kode_indikator limit 1",
            [pemda],
        ).fetchall()[0]
        baris_total = sum(
            con.execute(f"select count(*) from {t}").fetchall()[0][0]
            for (t,) in con.execute("select table_name from duckdb_tables() where not internal").fetchall()
        )
    hasil = []
    with tempfile.TemporaryDirectory() as folder:
        langkah = [
            (
                "tindak lanjut dari rapat (satu baris)",
                "tindak_lanjut",
                {
                    "kode_pemda": pemda,
                    "kode_tindak_lanjut": "TL-BENCH-1",
                    "uraian": "Percepat realisasi fisik",
                    "kode_pd": kode_pd,
                    "status": "belum",
                },
            ),
            (
                "koreksi realisasi satu IKU (satu baris)",
                "realisasi",
                {
                    "kode_pemda": pemda,
                    "kode_indikator": kode_indikator,
                    "tahun": tahun,
                    "periode": periode,
                    "realisasi": round(float(nilai) + 1.5, 2),
                },
            ),
        ]
        for label, jenis, arg in langkah:
            detik, mb, ok, pesan, segar = jalankan(jenis, kerja, Path(folder), arg)
            assert ok, pesan
            hasil.append((label, detik, mb, segar))
            print(f"{label}: {detik:.1f} s, {mb:.0f} MB, {pesan}, {dict(Counter(segar.values()))}", flush=True)
            if jenis == "realisasi":
                batch = int(pesan.split()[-1])
        detik, mb, ok, pesan, segar = jalankan("batal", kerja, Path(folder), {"batch_id": batch})
        assert ok, pesan
        hasil.append(("pembatalan koreksi itu", detik, mb, segar))
        print(f"pembatalan: {detik:.1f} s, {mb:.0f} MB, {pesan}, {dict(Counter(segar.values()))}")
    ukuran = kerja.stat().st_size / 1e9
    kerja.unlink()
    baris_teks = f"{baris_total:,}".replace(",", ".")
    kepala = (
        f"{date.today():%Y-%m-%d}: basis data nasional {ukuran:.2f} GB ({baris_teks} baris di semua tabel, termasuk "
        f"riwayat dan tabel tersimpan; pemda {pemda}, "
        f"IKU {kode_indikator} {tahun} {periode}); beban mesin {beban_awal} di awal, {beban_mesin()} di akhir; "
        f"{platform.machine()}, {os.cpu_count()} inti, DuckDB {duckdb.__version__}."
    )
    md = [
        kepala,
        "",
        "| penulisan | waktu s | puncak memori MB | view tersimpan: tetap / per pemda / per keluarga / seluruhnya |",
        "|---|---|---|---|",
    ]
    for label, detik, mb, segar in hasil:
        n = Counter(segar.values())
        md.append(
            f"| {label} | {detik:.1f} | {mb:.0f} | {n['tetap']} / {n['pemda']} / {n['keluarga']} / {n['semua']} |".replace(
                ".", ","
            )
        )
    teks = "\n".join(md)
    print(teks)
    if args.tulis_docs:
        berkas = ROOT / "docs" / "benchmark_skala.md"
        isi = berkas.read_text(encoding="utf-8")
        awal, akhir = isi.index(MULAI) + len(MULAI), isi.index(SELESAI)
        berkas.write_text(isi[:awal] + "\n" + teks + "\n" + isi[akhir:], encoding="utf-8")


if __name__ == "__main__":
    main()
