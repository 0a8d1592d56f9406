"""Benchmark of the meeting outputs (issue 20): one full pemda pack and the packs of every OPD, timed end to end
as the command line runs them (a fresh process, Chromium started inside it).

    .venv/bin/python benchmarks/laporan.py [--db data/pantau.duckdb] [--tulis-docs]

Targets: the demo province's full pemda pack (PDF + XLSX + PPTX, every chart and the map) in < 20 s;
`--semua-opd` for the demo's OPDs (PDF + XLSX each, plus the pemda's) in < 3 min. The demo database is built
in a temporary folder when --db is not given. Figures go to docs/benchmark_laporan.md with --tulis-docs.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGUMEN = ["--pemda", "99", "--tahun", "2026", "--triwulan", "3", "--tanggal", "2026-10-15"]


def jalankan(db: Path, tambahan: list[str]) -> tuple[float, int, float]:
    """Wall seconds, files written and CPU seconds (the process and its Chromium, as reaped children) of
    `python -m pantau laporan …` in its own process. CPU time says more than wall time on a shared machine."""
    with tempfile.TemporaryDirectory() as tmp:
        keluar = Path(tmp) / "keluar"
        awal = resource.getrusage(resource.RUSAGE_CHILDREN)
        mulai = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pantau", "laporan", "--db", str(db), *ARGUMEN, *tambahan, "--keluar", str(keluar)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        detik = time.perf_counter() - mulai
        akhir = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (akhir.ru_utime - awal.ru_utime) + (akhir.ru_stime - awal.ru_stime)
        berkas = (
            sum(1 for p in keluar.rglob("*") if p.is_file()) if keluar.is_dir() else len(list(Path(tmp).rglob("*.*")))
        )
    return detik, berkas, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--ulang", type=int, default=3, help="ulangan per pengukuran (dilaporkan median)")
    parser.add_argument("--tulis-docs", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            from pantau.demo import bangun_demo

            db = Path(tmp) / "demo.duckdb"
            assert bangun_demo(db).ok
        hasil = {}
        for nama, tambahan in (
            ("Bahan pemda lengkap (PDF + XLSX + PPTX)", ["--format", "pdf,pptx"]),
            ("Bahan pemda lengkap + ringkasan ponsel", ["--format", "pdf,pptx,ringkas"]),
            ("--semua-opd (PDF + XLSX per OPD dan pemda)", ["--semua-opd"]),
        ):
            ukur = [jalankan(db, tambahan) for _ in range(args.ulang if "semua" not in nama else 1)]
            detik, berkas, cpu = sorted(ukur)[len(ukur) // 2]
            hasil[nama] = (detik, berkas, cpu, os.getloadavg()[0])
            print(
                f"{nama}: {detik:.1f} s, CPU {cpu:.1f} s, {berkas} berkas, beban {os.getloadavg()[0]:.1f}", flush=True
            )
    if args.tulis_docs:
        baris = "\n".join(f"| {n} | {d:.1f} s | {c:.1f} s | {b} | {bb:.1f} |" for n, (d, b, c, bb) in hasil.items())
        mesin = (
            f"{platform.processor() or platform.machine()}, {os.cpu_count()} inti, Python {platform.python_version()}"
        )
        (ROOT / "docs" / "benchmark_laporan.md").write_text(
            "# Benchmark bahan rapat\n\n"
            "Diukur oleh `benchmarks/laporan.py` (dibangkitkan dengan `--tulis-docs`): perintah `python -m pantau laporan` "
            "pada provinsi demo (99, TW III 2026, keadaan per 15 Oktober 2026), masing-masing proses baru (Chromium "
            "kaleido dinyalakan di dalamnya), median dari "
            f"{args.ulang} ulangan (`--semua-opd` sekali).\n\n"
            f"Mesin: {mesin}; tanggal {time.strftime('%Y-%m-%d')}. Mesin dipakai bersama sesi lain saat diukur.\n\n"
            "| Apa | Waktu | CPU (proses dan Chromium) | Berkas | Beban mesin (1 menit) |\n|---|---|---|---|---|\n"
            f"{baris}\n\n"
            "Target: bahan pemda lengkap (PDF + XLSX + PPTX, semua grafik dan peta) < 20 s; `--semua-opd` untuk OPD "
            "provinsi demo < 3 menit. Peta: kode pemda demo fiktif (99, 99.01, 99.02, 99.71) tidak punya geometri, "
            "jadi bagian peta demo hanya mendaftar pemda tanpa geometri; peta yang benar-benar digambar adalah satu "
            "gambar kaleido lagi (belum diukur terpisah).\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
