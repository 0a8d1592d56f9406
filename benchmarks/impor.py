"""Import benchmark (issue 3): a 1,000,000-row realisasi_anggaran CSV and a 200,000-row XLSX, full validation;
(issue 17) a 200,000-row SIPD anggaran kas XLSX in its wide month layout (bulan_1 … bulan_12, one row per sub
kegiatan × akun), recognised and summed per sub kegiatan by the layout reader.

    .venv/bin/python benchmarks/impor.py [--baris 1000000] [--baris-xlsx 200000] [--baris-lebar 200000]

Builds, in a temporary folder, a database holding the referenced pemda/OPD/sub kegiatan, writes the
files, and times `impor_path` end to end (read, parse, validate, write, swap). Prints a table and, with
--tulis-docs, writes it to docs/benchmark_impor.md. Targets: CSV < 10 s, XLSX < 8 s, wide layout < 8 s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pantau.importer import impor_path
from tests.xlsx import tulis_xlsx


def siapkan_db(folder: Path, db: Path, jumlah_kegiatan: int) -> list[str]:
    kode = [f"1.01.{(i // 10000) % 100:02d}.1.{(i // 100) % 100:02d}.{i % 10000:04d}" for i in range(jumlah_kegiatan)]
    kode = list(dict.fromkeys(kode))
    d = folder / "dasar"
    d.mkdir()
    (d / "pemda.csv").write_text("kode_pemda,nama_pemda,tingkat\n99,Provinsi Bench,provinsi\n")
    (d / "perangkat_daerah.csv").write_text("kode_pd,kode_pemda,nama_pd\nPD1,99,Dinas Bench\n")
    pd.DataFrame({"tahun": 2026, "kode_pd": "PD1", "kode_kegiatan": kode, "nama": "Sub kegiatan", "pagu": 1e9}).to_csv(
        d / "kegiatan.csv", index=False
    )
    hasil = impor_path([d], db)
    assert hasil.ok, [str(t) for t in hasil.temuan[:5]]
    return kode


def bingkai_realisasi(kode: list[str], baris: int, rng: np.random.Generator) -> pd.DataFrame:
    per_kegiatan = 12
    n_keg = -(-baris // per_kegiatan)
    k = np.repeat(np.array(kode[:n_keg], dtype=object), per_kegiatan)[:baris]
    bulan = np.tile(np.arange(1, 13), n_keg)[:baris]
    nilai = rng.integers(1_000_000, 500_000_000, size=baris)
    # Indonesian formatting on a third of the rows, as real exports mix forms
    teks = np.where(np.arange(baris) % 3 == 0, [f"{v:,}".replace(",", ".") for v in nilai], nilai.astype(str))
    fisik = np.minimum(100, bulan * 8).astype(float)
    return pd.DataFrame({"tahun": 2026, "kode_kegiatan": k, "bulan": bulan, "realisasi": teks, "fisik_persen": fisik})


def ukur(label: str, paths: list[Path], db: Path, baris_sumber: int | None = None) -> dict[str, object]:
    mulai, cpu = time.perf_counter(), time.process_time()
    hasil = impor_path(paths, db)
    detik = time.perf_counter() - mulai
    cpu = time.process_time() - cpu
    assert hasil.ok, [str(t) for t in hasil.temuan[:5]]
    dibaca = sum(hasil.baris_dibaca.values())
    return {
        "uji": label,
        "baris": baris_sumber if baris_sumber is not None else dibaca,
        "baris kontrak": dibaca,
        "detik": round(detik, 2),
        "detik CPU": round(cpu, 2),
    }


AKUN_PER_SUB = 10


def lembar_anggaran_kas(kode: list[str], baris: int, rng: np.random.Generator) -> list[list[object]]:
    """SIPD data_anggaran_kas (issue 17): `baris` rows of sub kegiatan × akun with bulan_1 … bulan_12 as number cells,
    total_akb and total_rincian, the months of each sub kegiatan summing to its pagu (Rp1 M)."""
    n_sub = -(-baris // AKUN_PER_SUB)
    kepala = [f"bulan_{i}" for i in range(1, 13)] + [
        "kode_akun", "nama_akun", "total_akb", "total_rincian", "kode_sbl", "tahun_anggaran",
    ]  # fmt: skip
    rows: list[list[object]] = [kepala]
    bagian = rng.dirichlet(np.ones(AKUN_PER_SUB * 12), size=n_sub) * 1e9
    for i in range(baris):
        s, a = divmod(i, AKUN_PER_SUB)
        bulan = [round(float(v), 2) for v in bagian[s, a * 12 : a * 12 + 12]]
        total = round(sum(bulan), 2)
        rows.append([*bulan, f"5.1.02.01.01.{a + 1:04d}", "Belanja", total, total, kode[s], 2026])
    return rows


def tabel_md(frame: pd.DataFrame) -> str:
    baris = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    baris += ["| " + " | ".join(str(v) for v in r) + " |" for r in frame.itertuples(index=False)]
    return "\n".join(baris)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baris", type=int, default=1_000_000)
    ap.add_argument("--baris-xlsx", type=int, default=200_000)
    ap.add_argument("--baris-lebar", type=int, default=200_000)
    ap.add_argument(
        "--uji",
        default="csv,xlsx,lebar",
        help="which measurements (csv, xlsx, lebar); with --tulis-docs only their rows are replaced",
    )
    ap.add_argument("--tulis-docs", action="store_true")
    args = ap.parse_args()
    uji = set(args.uji.split(","))
    rng = np.random.default_rng(1)
    hasil: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if uji & {"csv", "xlsx"}:
            db = folder / "bench.duckdb"
            kode = siapkan_db(folder, db, -(-max(args.baris, args.baris_xlsx) // 12) + 10)
        if "csv" in uji:
            csv = folder / "csv"
            csv.mkdir()
            bingkai_realisasi(kode, args.baris, rng).to_csv(csv / "realisasi_anggaran.csv", index=False)
            mb = csv.joinpath("realisasi_anggaran.csv").stat().st_size / 1e6
            hasil["csv"] = ukur(f"CSV realisasi_anggaran ({mb:.0f} MB)", [csv], db)
        if "xlsx" in uji:
            (folder / "x").mkdir()
            db2 = folder / "bench2.duckdb"
            kode2 = siapkan_db(folder / "x", db2, -(-args.baris_xlsx // 12) + 10)
            frame = bingkai_realisasi(kode2, args.baris_xlsx, rng)
            frame["realisasi"] = frame["realisasi"].str.replace(".", "", regex=False).astype(float)  # number cells
            xlsx = tulis_xlsx(
                folder / "realisasi.xlsx", {"realisasi_anggaran": [list(frame.columns), *frame.values.tolist()]}
            )
            hasil["xlsx"] = ukur(f"XLSX realisasi_anggaran ({xlsx.stat().st_size / 1e6:.0f} MB)", [xlsx], db2)
        if "lebar" in uji:
            # issue 17: the wide month layout, read by the SIPD anggaran kas reader
            (folder / "y").mkdir()
            db3 = folder / "bench3.duckdb"
            kode3 = siapkan_db(folder / "y", db3, -(-args.baris_lebar // AKUN_PER_SUB) + 10)
            lebar = tulis_xlsx(
                folder / "anggaran_kas.xlsx",
                {"data_anggaran_kas": lembar_anggaran_kas(kode3, args.baris_lebar, rng)},
            )
            hasil["lebar"] = ukur(
                f"XLSX SIPD anggaran kas, tata letak lebar bulan_1 … bulan_12 ({lebar.stat().st_size / 1e6:.0f} MB)",
                [lebar],
                db3,
                baris_sumber=args.baris_lebar,
            )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    beban = os.getloadavg()[0]
    for h in hasil.values():
        h["tanggal, beban mesin"] = f"{time.strftime('%Y-%m-%d')}, {beban:.1f}"
    out = Path(__file__).resolve().parent.parent / "docs" / "benchmark_impor.md"
    lama = _baris_lama(out) if args.tulis_docs else {}
    semua = {**lama, **hasil}
    tabel = pd.DataFrame([semua[k] for k in ("csv", "xlsx", "lebar") if k in semua])
    tabel = tabel[["uji", "baris", "baris kontrak", "detik", "detik CPU", "tanggal, beban mesin"]]
    teks = (
        f"Mesin: {platform.processor() or platform.machine()}, 2 inti, Python {platform.python_version()}; puncak "
        f"memori proses terakhir {rss:.0f} MB. Beban mesin = load average 1 menit saat diukur (mesin dipakai "
        "bersama; di atas 2 berarti proses lain berebut inti). `detik` = waktu dinding impor_path; `detik CPU` = waktu "
        "CPU proses itu (semua utas DuckDB dijumlah), yang tidak bertambah oleh antrean inti.\n\n" + tabel_md(tabel)
    )
    print(teks)
    if args.tulis_docs:
        out.write_text(
            "# Benchmark impor\n\n`python benchmarks/impor.py --tulis-docs [--uji csv,xlsx,lebar]`\n\n" + teks + "\n\n"
            "`baris` = baris berkas; `baris kontrak` = baris tabel kontrak yang dihasilkan (tata letak lebar SIPD anggaran "
            f"kas: {AKUN_PER_SUB} akun per sub kegiatan dijumlah, 12 bulan per baris → `rencana_kas`). Target: CSV < 10 s, "
            "XLSX < 8 s, tata letak lebar 200.000 baris < 8 s (mesin 2 inti tanpa beban lain).\n"
        )


def _baris_lama(path: Path) -> dict[str, dict[str, object]]:
    """The rows of the current docs table, by measurement (csv / xlsx / lebar), to keep those not measured now."""
    if not path.exists():
        return {}
    baris = [b for b in path.read_text(encoding="utf-8").splitlines() if b.startswith("| ") and "---" not in b]
    if not baris:
        return {}
    kepala = [k.strip() for k in baris[0].strip("|").split("|")]
    hasil = {}
    for b in baris[1:]:
        isi = dict(zip(kepala, (x.strip() for x in b.strip("|").split("|")), strict=False))
        nama = isi.get("uji", "")
        kunci = "lebar" if "tata letak lebar" in nama else "csv" if nama.startswith("CSV") else "xlsx"
        isi.setdefault("baris kontrak", isi.get("baris", ""))
        isi.setdefault("tanggal, beban mesin", "sebelum issue 17")
        isi.setdefault("detik CPU", "–")
        hasil[kunci] = isi
    return hasil


if __name__ == "__main__":
    main()
