"""Mutation check (issue 22): plant one bug at a time in a copy of the repository and see which tests catch it.

    .venv/bin/python tools/mutasi.py                 # every mutant, the default test files
    .venv/bin/python tools/mutasi.py --mutan predikat_90 --tulis-docs
    make mutasi

Each mutant replaces one exact snippet of a file (a capaian rule, a threshold, the number parser) in a
temporary copy of the working tree, then runs the named test files there (never the browser tests).
The check passes when every mutant fails at least 3 tests in at least 2 files: a planted bug that only
one test notices is a bug the suite would let through after one careless edit. A snippet that is no
longer in its file is reported as such (update the mutant after the code moved), not silently skipped.

Not part of `make test`: it runs the named files once per mutant (about 2–3 minutes each on 2 cores).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_TES, MIN_BERKAS = 3, 2

# The test files each kind of bug is run against (never the browser tests): the capaian rules, the scales,
# the parser. Each mutant names its kind; `--tes` runs every mutant against other files instead.
TES_CAPAIAN = [
    "tests/test_capaian.py",
    "tests/test_batas_predikat.py",
    "tests/test_eksplorasi_angka.py",
    "tests/test_nasional_angka.py",
]
TES_SAKIP = ["tests/test_batas_predikat.py", "tests/test_kerja_sama_sakip.py"]
TES_PENGURAI = [
    "tests/test_values.py",
    "tests/test_batas_predikat.py",
    "tests/test_dua_jalur.py",
    "tests/test_import.py",
]


@dataclass(frozen=True)
class Mutan:
    nama: str
    berkas: str
    asli: str
    ganti: str
    apa: str
    tes: tuple[str, ...] = tuple(TES_CAPAIAN)


MUTAN = [
    Mutan(
        "rumus_negatif",
        "queries/schema/10_capaian.sql",
        "(2 * t - r) / t * 100",
        "(2 * t + r) / t * 100",
        "capaian (2T-R)/T ditulis (2T+R)/T",
    ),
    Mutan(
        "predikat_90",
        "queries/schema/02_pengaturan.sql",
        "(1, 'Sangat Tinggi', 90.0,",
        "(1, 'Sangat Tinggi', 89.0,",
        "batas Sangat Tinggi 90 → 89",
    ),
    Mutan(
        "predikat_sama_dengan",
        "queries/schema/10_capaian.sql",
        "on round(h.capaian_persen, 9) > s.bawah and round(h.capaian_persen, 9) <= s.atas",
        "on round(h.capaian_persen, 9) >= s.bawah and round(h.capaian_persen, 9) < s.atas",
        "nilai tepat di batas masuk kelas di atasnya (> menjadi >=)",
    ),
    Mutan(
        "sakip_80",
        "queries/schema/60_kerja_sama_sakip.sql",
        "(2, 'A', 80.0,",
        "(2, 'A', 79.0,",
        "batas SAKIP A 80 → 79",
        tuple(TES_SAKIP),
    ),
    Mutan(
        "kumulatif_tahunan",
        "queries/schema/10_capaian.sql",
        "th_target * n / 4.0",
        "th_target",
        "target tahunan kumulatif tidak dibagi per triwulan (n/4)",
    ),
    Mutan(
        "batas_rata_rata",
        "queries/schema/02_pengaturan.sql",
        "('batas_capaian_rata_rata', 120.0,",
        "('batas_capaian_rata_rata', 1000.0,",
        "capaian untuk rata-rata dibatasi 1000 %, bukan 120 %",
    ),
    Mutan(
        "koma_desimal",
        "pantau/values.py",
        'return (bulat or "0") + "." + pecahan, None, ""',
        'return (bulat or "0") + pecahan, None, ""',
        "koma tunggal dibaca sebagai pemisah ribuan (72,84 → 7284)",
        tuple(TES_PENGURAI),
    ),
    Mutan(
        "titik_ribuan",
        "pantau/values.py",
        "if len(pecahan) == 3 and _GRUP_AWAL.fullmatch(bulat):",
        "if len(pecahan) == 4 and _GRUP_AWAL.fullmatch(bulat):",
        "1.250 dibaca 1,25 tanpa peringatan",
        tuple(TES_PENGURAI),
    ),
]


def salin_repo(tujuan: Path) -> None:
    """The working tree as git sees it (tracked and new, not ignored): no database, no .venv."""
    daftar = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.split(b"\0")
    for nama in filter(None, daftar):
        rel = nama.decode()
        asal = ROOT / rel
        if not asal.is_file() or rel.startswith(".venv"):
            continue
        (tujuan / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(asal, tujuan / rel)


def jalankan_tes(folder: Path, tes: list[str]) -> tuple[list[str], str]:
    """Run pytest in `folder`; the node ids of failed and errored tests (from its JUnit XML, so that parameter ids
    with spaces stay whole), and the summary line."""
    laporan = folder / "_mutasi_junit.xml"
    proses = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={laporan}", *tes],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    gagal: set[str] = set()
    if laporan.exists():
        for kasus in ET.parse(laporan).getroot().iter("testcase"):
            if kasus.find("failure") is not None or kasus.find("error") is not None:
                berkas = kasus.get("file") or kasus.get("classname", "").replace(".", "/") + ".py"
                gagal.add(f"{berkas}::{kasus.get('name')}")
    ringkas = proses.stdout.strip().splitlines()[-1] if proses.stdout.strip() else proses.stderr[-300:]
    return sorted(gagal), ringkas


def periksa(mutan: Mutan, tes: list[str] | None = None) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix=f"mutasi_{mutan.nama}_") as tmp:
        folder = Path(tmp)
        salin_repo(folder)
        path = folder / mutan.berkas
        teks = path.read_text(encoding="utf-8")
        if teks.count(mutan.asli) != 1:
            return {"mutan": mutan, "status": f"potongan ditemukan {teks.count(mutan.asli)}×; perbarui mutan"}
        path.write_text(teks.replace(mutan.asli, mutan.ganti), encoding="utf-8")
        mulai = time.perf_counter()
        gagal, ringkas = jalankan_tes(folder, tes or list(mutan.tes))
        detik = time.perf_counter() - mulai
    berkas = sorted({g.split("::")[0] for g in gagal})
    lolos = len(gagal) >= MIN_TES and len(berkas) >= MIN_BERKAS
    return {
        "mutan": mutan,
        "tes": tes or list(mutan.tes),
        "gagal": gagal,
        "berkas": berkas,
        "status": "tertangkap" if lolos else "KURANG",
        "ringkas": ringkas,
        "detik": detik,
    }


def baris_md(h: dict[str, object]) -> str:
    m: Mutan = h["mutan"]  # type: ignore[assignment]
    per_berkas: dict[str, int] = {}
    for g in h.get("gagal", []):  # type: ignore[union-attr]
        b = g.split("::")[0].removeprefix("tests/")
        per_berkas[b] = per_berkas.get(b, 0) + 1
    rinci = ", ".join(f"{b} ({n})" for b, n in sorted(per_berkas.items())) or "–"
    n_gagal = len(h.get("gagal", []))  # type: ignore[arg-type]
    dijalankan = ", ".join(t.removeprefix("tests/") for t in h.get("tes", m.tes))  # type: ignore[union-attr]
    return f"| `{m.nama}` | {m.apa} (`{m.berkas}`) | {dijalankan} | {n_gagal} | {rinci} | {h['status']} |"


KEPALA_MD = [
    "| mutan | bug yang ditanam | berkas tes dijalankan | tes gagal | gagal per berkas | status |",
    "|---|---|---|---|---|---|",
]


def tabel_md(hasil: list[dict[str, object]], lama: str = "") -> str:
    """The result table; rows of mutants not run this time are kept from `lama` (the previous docs/mutasi.md)."""
    baris = {m.group(1): m.group(0) for m in re.finditer(r"^\| `([a-z_0-9]+)` \|.*$", lama, flags=re.MULTILINE)}
    for h in hasil:
        baris[h["mutan"].nama] = baris_md(h)  # type: ignore[attr-defined]
    return "\n".join(KEPALA_MD + [baris[m.nama] for m in MUTAN if m.nama in baris])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mutan", action="append", help="nama mutan (boleh berulang); bawaan semua")
    ap.add_argument("--tes", action="append", help="berkas tes (boleh berulang); bawaan: berkas jenis bug mutan itu")
    ap.add_argument("--tulis-docs", action="store_true", help="tulis tabel hasil ke docs/mutasi.md")
    ap.add_argument("--rinci", action="store_true", help="cetak setiap tes yang gagal")
    args = ap.parse_args()
    tes = args.tes
    if any("test_browser" in t for t in tes or []):
        ap.error("tes peramban tidak dijalankan oleh pemeriksaan mutasi")
    pilihan = [m for m in MUTAN if not args.mutan or m.nama in args.mutan]
    hasil = []
    for m in pilihan:
        print(f"… {m.nama}: {m.apa}", flush=True)
        h = periksa(m, tes)
        hasil.append(h)
        print(
            f"  {h['status']}: {len(h.get('gagal', []))} tes gagal di {len(h.get('berkas', []))} berkas "  # type: ignore[arg-type]
            f"({h.get('ringkas', '')}, {h.get('detik', 0):.0f} s)",
            flush=True,
        )
        if args.rinci:
            for g in h.get("gagal", []):  # type: ignore[union-attr]
                print(f"    {g}")
    out = ROOT / "docs" / "mutasi.md"
    teks = tabel_md(hasil, out.read_text(encoding="utf-8") if args.tulis_docs and out.exists() else "")
    print()
    print(teks)
    if args.tulis_docs:
        out.write_text(
            "# Pemeriksaan mutasi\n\n"
            "`make mutasi` (`tools/mutasi.py`): setiap mutan menanam satu bug di salinan repositori lalu menjalankan "
            "berkas tes untuk jenis bug itu (kolom ketiga; tanpa tes peramban). Lolos bila setiap mutan "
            f"menggagalkan sedikitnya {MIN_TES} tes di sedikitnya {MIN_BERKAS} berkas.\n\n" + teks + "\n",
            encoding="utf-8",
        )
    return 0 if all(h["status"] == "tertangkap" for h in hasil) else 1


if __name__ == "__main__":
    sys.exit(main())
