"""The Capaian IKU page: its views and queries against hand-computed values, the page in AppTest in several
states, its figure builders, and the E.81 workbook read back cell by cell.

The small database `kecil` (built once, read-only) holds one pemda with two OPDs and five IKU chosen so that
every rule shows: a kumulatif IKU with a missing TW III report (IKU-K), a nilai_akhir IKU with only an annual
target and a rising trend (IKU-N), a negative rata_rata IKU (IKU-R), an IKU measured once a year (IKU-T), a
zero target with a non-zero realisation (IKU-Z), and an IK_PROGRAM that must stay out of every IKU figure.
Every expected number is worked out by hand in a comment; nothing here re-implements a formula.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from helpers import (
    ROOT,
    angka_id,
    buka_bagian,
    capaian_acuan,
    iku_lapor,
    larik,
    rata_rata_acuan,
    triwulan_terakhir,
)
from python_calamine import CalamineWorkbook
from streamlit.testing.v1 import AppTest

from pantau import figures
from pantau.db import create_database, run_query
from pantau.demo_data import MISSING_REPORT, OUTLIER, RED_IKU
from pantau.e81 import BARIS_DATA, BARIS_JUDUL, KOLOM, buat_e81, nama_lembar
from pantau.laporan import BAGIAN_DAFTAR, BAGIAN_E81, BAGIAN_PERINGATAN, BAGIAN_PERINGKAT, BAGIAN_RINCIAN

approx = pytest.approx
HALAMAN = "pages/3_Capaian_IKU.py"
PEMDA = "3201"
SEMUA = {"jenis": "", "kode_pd": "", "kode_sasaran": ""}


# --------------------------------------------------------------------------- the small database


def isi_kecil(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("insert into pemda (kode_pemda, nama_pemda, tingkat) values ('3201', 'Kabupaten Contoh', 'kabupaten')")
    con.execute(
        "insert into perangkat_daerah (kode_pd, kode_pemda, nama_pd, singkatan, nama_kepala) values "
        "('PD-A', '3201', 'Dinas A', 'DA', 'Kepala A'), ('PD-B', '3201', 'Dinas B', null, 'Kepala B')"
    )
    con.execute(
        "insert into sasaran (kode_sasaran, kode_pemda, uraian) values "
        "('S1', '3201', 'Sasaran satu'), ('S2', '3201', 'Sasaran dua')"
    )
    indikator = [
        # kode, satuan, kode_pd, jenis, polaritas, agregasi, kode_sasaran, target_akhir_periode
        ("IKU-K", "unit", "PD-A", "IKU_PD", "positif", "kumulatif", "S1", 120),
        ("IKU-N", "persen", "PD-A", "IKU_PEMDA", "positif", "nilai_akhir", "S1", 60),
        ("IKU-R", "kasus", "PD-B", "IKU_PD", "negatif", "rata_rata", "S2", None),
        ("IKU-T", "indeks", "PD-B", "IKU_PD", "positif", "nilai_akhir", "S2", 80),
        ("IKU-Z", "kasus", "PD-B", "IKU_PD", "positif", "kumulatif", "S2", None),
        ("IK-P", "dokumen", "PD-A", "IK_PROGRAM", "positif", "kumulatif", "S1", None),
    ]
    for kode, satuan, pd_, jenis, pol, agr, sas, tap in indikator:
        con.execute(
            "insert into indikator (kode_pemda, kode_indikator, nama_indikator, satuan, kode_pd, jenis, polaritas,"
            " agregasi, kode_sasaran, target_akhir_periode, frekuensi) values ('3201', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            # IKU-T reports once a year (frekuensi tahunan); the others every quarter (the default, left empty).
            [
                kode,
                f"Indikator {kode[-1]}",
                satuan,
                pd_,
                jenis,
                pol,
                agr,
                sas,
                tap,
                "tahunan" if kode == "IKU-T" else None,
            ],
        )
    target = [
        *[("IKU-K", 2025, f"TW{i}", t) for i, t in enumerate([10, 20, 30, 40], 1)],
        *[("IKU-K", 2026, f"TW{i}", t) for i, t in enumerate([10, 20, 30, 40], 1)],
        ("IKU-N", 2026, "TAHUNAN", 50),
        *[("IKU-R", 2026, f"TW{i}", 10) for i in range(1, 5)],
        ("IKU-T", 2025, "TAHUNAN", 60),
        ("IKU-T", 2026, "TAHUNAN", 70),
        *[("IKU-Z", 2026, f"TW{i}", 0) for i in range(1, 5)],
        ("IK-P", 2026, "TAHUNAN", 5),
    ]
    con.executemany(
        "insert into target (kode_pemda, kode_indikator, tahun, periode, target) values ('3201', ?, ?, ?, ?)", target
    )
    realisasi = [
        # kode, tahun, periode, realisasi, pendorong, penghambat, tindak lanjut
        ("IKU-K", 2025, "TW1", 10, None, None, None),
        ("IKU-K", 2025, "TW2", 20, None, None, None),
        ("IKU-K", 2025, "TW3", 25, None, None, None),
        ("IKU-K", 2025, "TW4", 45, None, None, None),
        ("IKU-K", 2026, "TW1", 8, "Cuaca baik", None, None),
        ("IKU-K", 2026, "TW2", 12, "Cuaca baik", "Pengadaan terlambat", "Percepat lelang"),
        ("IKU-N", 2026, "TW1", 40, None, None, None),
        ("IKU-N", 2026, "TW2", 44, None, "Data terlambat", "Rapat koordinasi"),
        ("IKU-N", 2026, "TW3", 47, None, None, None),
        ("IKU-R", 2026, "TW1", 12, None, None, None),
        ("IKU-R", 2026, "TW2", 9, None, None, None),
        ("IKU-R", 2026, "TW3", 10.5, None, None, None),
        ("IKU-T", 2025, "TW4", 65, None, None, None),
        ("IKU-Z", 2026, "TW1", 1, None, None, None),
        ("IK-P", 2026, "TW1", 1, None, None, None),
    ]
    con.executemany(
        "insert into realisasi (kode_pemda, kode_indikator, tahun, periode, realisasi, faktor_pendorong,"
        " faktor_penghambat, tindak_lanjut) values ('3201', ?, ?, ?, ?, ?, ?, ?)",
        realisasi,
    )
    # A program serving IKU-K directly, and a sub kegiatan of it serving IKU-K and IKU-N (column 4 of E.81).
    con.execute(
        "insert into kegiatan (kode_pemda, tahun, kode_pd, kode_kegiatan, nama, pagu, kode_indikator) values "
        "('3201', 2026, 'PD-A', '1.02.02', 'PROGRAM X', null, 'IKU-K'), "
        "('3201', 2026, 'PD-A', '1.02.02.2.01.0001', 'Sub kegiatan X', 1000000, 'IKU-K; IKU-N')"
    )


@pytest.fixture(scope="module")
def kecil(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("capaian_iku") / "kecil.duckdb"
    create_database(path)
    con = duckdb.connect(str(path))
    try:
        isi_kecil(con)
        con.execute("checkpoint")
    finally:
        con.close()
    return path


def tanya(db: Path, nama: str, **params: Any) -> pd.DataFrame:
    return run_query(nama, {"kode_pemda": PEMDA, "tahun": 2026, "batas": 0, **SEMUA, **params}, db)


def sel(db: Path, kode: str, tahun: int, triwulan: int) -> dict[str, Any]:
    """One row of the view capaian_triwulan."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(
            "select * from capaian_triwulan where kode_indikator = ? and tahun = ? and triwulan = ?",
            [kode, tahun, triwulan],
        )
        kolom = [d[0] for d in cur.description]
        rows = cur.fetchall()
    finally:
        con.close()
    assert len(rows) == 1, (kode, tahun, triwulan, rows)
    return dict(zip(kolom, rows[0], strict=True))


# --------------------------------------------------------------------------- the view capaian_triwulan


def test_satu_baris_per_indikator_tahun_triwulan(kecil: Path) -> None:
    con = duckdb.connect(str(kecil), read_only=True)
    try:
        # One row per indicator × year with a target or a realisation of that indicator × 4 quarters:
        # IKU-K 2025, 2026; IKU-N 2026; IKU-R 2026; IKU-T 2025, 2026; IKU-Z 2026; IK-P 2026 = 8 years × 4 = 32.
        assert con.execute("select count(*) from capaian_triwulan").fetchone() == (32,)
        assert con.execute(
            "select count(*) from (select distinct kode_indikator, tahun, triwulan from capaian_triwulan)"
        ).fetchone() == (32,)
    finally:
        con.close()


def test_kumulatif_dengan_laporan_hilang(kecil: Path) -> None:
    tw2 = sel(kecil, "IKU-K", 2026, 2)
    # Target s.d. TW2 10+20 = 30, realisasi 8+12 = 20, capaian 20/30 = 66,67 (Sedang, under the 75 threshold).
    assert tw2["target_sd"] == approx(30)
    assert tw2["realisasi_sd"] == approx(20)
    assert tw2["capaian_persen"] == approx(200 / 3)
    assert tw2["predikat"] == "Sedang"
    # Projection on plan (quarterly targets): 20 × annual 100 ÷ target s.d. 30 = 66,67 → 66,67 % of the annual
    # 10+20+30+40 = 100; no linear pace.
    assert tw2["dasar_proyeksi"] == "rencana" and tw2["laju_triwulan"] is None
    assert tw2["proyeksi_akhir_tahun"] == approx(200 / 3)
    assert tw2["target_tahunan"] == approx(100)
    assert tw2["progres_proyeksi_persen"] == approx(200 / 3)
    assert tw2["capaian_rendah"] and tw2["proyeksi_kurang"] and tw2["peringatan"]
    assert tw2["alasan_peringatan"] == "capaian tidak melebihi ambang; proyeksi akhir tahun di bawah target"
    # Previous quarter 8/10 = 80 → −13,33; same quarter 2025: (10+20)/(10+20) = 100 → −33,33.
    assert tw2["capaian_tw_lalu"] == approx(80)
    assert tw2["selisih_tw_lalu"] == approx(200 / 3 - 80)
    assert tw2["capaian_tahun_lalu"] == approx(100)
    assert tw2["selisih_tahun_lalu"] == approx(200 / 3 - 100)
    # 2025 ended at TW4 with 10+20+25+45 = 100; end of period: 20 of 120 → 16,67 %.
    assert tw2["realisasi_tahun_lalu"] == approx(100)
    assert tw2["capaian_akhir_periode_persen"] == approx(100 * 20 / 120)

    tw3 = sel(kecil, "IKU-K", 2026, 3)
    # No TW3 report: flagged, and still a year-to-date capaian: the missing quarter adds nothing while its target
    # counts: (8 + 12 + 0) / (10 + 20 + 30) = 20/60 = 33,33; that is what enters every average.
    assert not tw3["sudah_lapor"] and tw3["wajib_lapor"] and tw3["belum_lapor"]
    assert tw3["status"] == "Belum lapor"
    assert tw3["triwulan_lapor_terakhir"] == 2
    assert tw3["realisasi_sd"] == approx(20) and tw3["target_sd"] == approx(60)
    assert tw3["capaian_persen"] == approx(100 / 3) and tw3["capaian_rata_rata"] == approx(100 / 3)
    assert tw3["target_triwulan"] == approx(30)
    assert tw3["target_tahunan"] == approx(100)
    assert tw3["alasan_peringatan"] == "belum lapor"
    # Trend TW1..TW3: 80, 66,67, 33,33.
    assert tw3["tren_capaian"] == [approx(80), approx(200 / 3), approx(100 / 3)]

    # TW1 2026 compares with TW4 2025: (10+20+25+45)/100 = 100 → 8/10 = 80 is −20.
    tw1 = sel(kecil, "IKU-K", 2026, 1)
    assert tw1["capaian_tw_lalu"] == approx(100)
    assert tw1["selisih_tw_lalu"] == approx(-20)
    # On plan: 8 × 100 ÷ 10 = 80 of 100.
    assert tw1["proyeksi_akhir_tahun"] == approx(80)


def test_nilai_akhir_hanya_target_tahunan_dengan_tren(kecil: Path) -> None:
    # Only a TAHUNAN target 50: target s.d. TWn = 50. Realisasi 40, 44, 47.
    tw1, tw2, tw3 = (sel(kecil, "IKU-N", 2026, n) for n in (1, 2, 3))
    assert [r["capaian_persen"] for r in (tw1, tw2, tw3)] == [approx(80), approx(88), approx(94)]
    # One point: no slope, the latest value stands: 40 of 50 → 80 % (under the 90 % projection threshold).
    assert tw1["laju_triwulan"] == approx(0)
    assert tw1["proyeksi_akhir_tahun"] == approx(40)
    assert tw1["proyeksi_kurang"] and not tw1["capaian_rendah"]
    # Two points (1,40),(2,44): slope 4; 44 + 4 × 2 = 52 → 104 %.
    assert tw2["laju_triwulan"] == approx(4)
    assert tw2["proyeksi_akhir_tahun"] == approx(52)
    assert tw2["progres_proyeksi_persen"] == approx(104)
    assert not tw2["peringatan"]
    # Three points: x̄ = 2, ȳ = 131/3; Sxy = (−1)(40−131/3) + (1)(47−131/3) = 7, Sxx = 2 → slope 3,5;
    # 47 + 3,5 × 1 = 50,5 → 101 %.
    assert tw3["laju_triwulan"] == approx(3.5)
    assert tw3["proyeksi_akhir_tahun"] == approx(50.5)
    assert tw3["progres_proyeksi_persen"] == approx(101)
    # End of period target 60: 47/60 = 78,33 %.
    assert tw3["capaian_akhir_periode_persen"] == approx(100 * 47 / 60)
    # No 2025 realisation: nothing to compare with.
    assert tw3["capaian_tahun_lalu"] is None and tw3["realisasi_tahun_lalu"] is None


def test_rata_rata_negatif(kecil: Path) -> None:
    # TW targets 10; realisasi 12, 9, 10,5. Year to date: mean of the reported quarters.
    tw1, tw3 = sel(kecil, "IKU-R", 2026, 1), sel(kecil, "IKU-R", 2026, 3)
    # TW1: (2×10 − 12)/10 = 80; projection = the mean so far (12) → same 80 % of the annual target 10.
    assert tw1["capaian_persen"] == approx(80)
    assert tw1["proyeksi_akhir_tahun"] == approx(12)
    assert tw1["progres_proyeksi_persen"] == approx(80)
    assert tw1["proyeksi_kurang"]
    # TW3: mean (12+9+10,5)/3 = 10,5 → (20 − 10,5)/10 = 95; projection 10,5 → 95 %.
    assert tw3["realisasi_sd"] == approx(10.5)
    assert tw3["capaian_persen"] == approx(95)
    assert tw3["proyeksi_akhir_tahun"] == approx(10.5)
    assert tw3["progres_proyeksi_persen"] == approx(95)
    assert not tw3["peringatan"]


def test_diukur_tahunan_tidak_dihitung_belum_lapor(kecil: Path) -> None:
    # IKU-T: frekuensi tahunan: must report at TW4 only, whatever its history.
    for n in (1, 2, 3):
        r = sel(kecil, "IKU-T", 2026, n)
        assert r["diukur_tahunan"] and not r["wajib_lapor"] and not r["belum_lapor"]
        assert r["status"] == "Diukur tahunan"
        assert not r["peringatan"]
        # Annual target from the TAHUNAN row (no realisation in 2026 yet); last year's 65 carried (2025 TW4).
        assert r["target_tahunan"] == approx(70)
        assert r["realisasi_tahun_lalu"] == approx(65)
    tw4 = sel(kecil, "IKU-T", 2026, 4)
    assert tw4["wajib_lapor"] and tw4["belum_lapor"] and tw4["status"] == "Belum lapor"
    # 2025 TW4: 65/60 = 108,33.
    assert sel(kecil, "IKU-T", 2025, 4)["capaian_persen"] == approx(100 * 65 / 60)
    # A triwulanan indicator (the default) with only a TAHUNAN target must report every quarter.
    n1 = sel(kecil, "IKU-N", 2026, 1)
    assert not n1["diukur_tahunan"] and n1["wajib_lapor"] and n1["frekuensi"] == "triwulanan"


def test_target_nol_tanpa_capaian(kecil: Path) -> None:
    r = sel(kecil, "IKU-Z", 2026, 1)
    # Target 0, realisation 1: no capaian, with the reason, and a warning.
    assert r["sudah_lapor"] and r["capaian_persen"] is None
    assert r["status"] == "Tanpa capaian"
    assert r["keterangan"] == "Target nol dan realisasi bukan nol: capaian tidak dapat dihitung"
    assert r["tanpa_capaian"] and r["peringatan"]
    assert r["alasan_peringatan"] == "capaian tidak dapat dihitung"


def test_pengaturan_ambang_ada() -> None:
    sql = (ROOT / "queries" / "schema" / "30_capaian_triwulan.sql").read_text(encoding="utf-8")
    assert "'ambang_peringatan_capaian', 75.0" in sql and "'ambang_proyeksi_tahunan', 90.0" in sql


def test_ambang_dari_pengaturan(tmp_path: Path) -> None:
    # The thresholds are read from `pengaturan`: raised to 90, IKU-N's 88 % at TW2 becomes "low".
    path = tmp_path / "ubah.duckdb"
    create_database(path)
    con = duckdb.connect(str(path))
    isi_kecil(con)
    con.execute("update pengaturan set nilai = 90 where kunci = 'ambang_peringatan_capaian'")
    con.close()
    assert sel(path, "IKU-N", 2026, 2)["capaian_rendah"]
    # Re-applying the schema keeps the user's value.
    create_database(path)
    assert sel(path, "IKU-N", 2026, 2)["ambang_peringatan_capaian"] == 90


# --------------------------------------------------------------------------- the page's queries


def test_ringkasan_tw2(kecil: Path) -> None:
    r = tanya(kecil, "iku_triwulan_ringkasan", triwulan=2).iloc[0]
    # IKU: K, N, R, T, Z (IK-P is not an IKU). Must report at TW2: K, N, R, Z (T is tahunan). Reported: K, N, R.
    assert (r["jumlah_iku"], r["jumlah_wajib_lapor"], r["jumlah_lapor"]) == (5, 4, 3)
    assert (r["jumlah_belum_lapor"], r["jumlah_diukur_tahunan"]) == (1, 1)
    assert r["cakupan"] == "3 dari 4 IKU melapor TW II"
    # Mean over all 4 that must report: K 66,67, N 88, R 95, Z 0 (no capaian: target 0) = 249,67/4 = 62,42.
    assert r["rata_rata_capaian"] == approx((200 / 3 + 88 + 95 + 0) / 4)
    # TW1: K 80, N 80, R 80, Z 0 → 240/4 = 60.
    assert r["rata_rata_tw_lalu"] == approx(60)
    assert r["selisih_tw_lalu"] == approx((200 / 3 + 88 + 95) / 4 - 60)
    # TW2 2025: only K must report (T is tahunan), (10+20)/(10+20) = 100.
    assert r["rata_rata_tahun_lalu"] == approx(100)
    assert r["selisih_tahun_lalu"] == approx((200 / 3 + 88 + 95) / 4 - 100)
    # Sangat Tinggi/Tinggi: R (95), N (88); perlu perhatian: none; warnings: K only.
    assert (r["jumlah_baik"], r["jumlah_perlu_perhatian"], r["jumlah_peringatan"]) == (2, 0, 1)
    assert (r["batas_capaian_rata_rata"], r["ambang_peringatan_capaian"], r["ambang_proyeksi_tahunan"]) == (120, 75, 90)


def test_ringkasan_menurut_filter(kecil: Path) -> None:
    # IKU Pemda only: N alone, 88.
    r = tanya(kecil, "iku_triwulan_ringkasan", triwulan=2, jenis="IKU_PEMDA").iloc[0]
    assert (r["jumlah_iku"], r["jumlah_wajib_lapor"], r["jumlah_lapor"]) == (1, 1, 1)
    assert r["rata_rata_capaian"] == approx(88)
    # Dinas B: R, T, Z; R and Z must report, only R did: (95 + 0)/2 = 47,5.
    r = tanya(kecil, "iku_triwulan_ringkasan", triwulan=2, kode_pd="PD-B").iloc[0]
    assert (r["jumlah_iku"], r["jumlah_lapor"], r["jumlah_belum_lapor"], r["jumlah_diukur_tahunan"]) == (3, 1, 1, 1)
    assert r["rata_rata_capaian"] == approx(47.5)
    # Sasaran S1: K and N, (66,67 + 88)/2 = 77,33.
    r = tanya(kecil, "iku_triwulan_ringkasan", triwulan=2, kode_sasaran="S1").iloc[0]
    assert r["rata_rata_capaian"] == approx((200 / 3 + 88) / 2)


def test_rata_rata_dibatasi(tmp_path: Path) -> None:
    # One IKU at 300 % and one at 60 %: capped to 120 for the mean → (120 + 60)/2 = 90, raw stays 300.
    path = tmp_path / "batas.duckdb"
    create_database(path)
    con = duckdb.connect(str(path))
    con.execute("insert into pemda (kode_pemda, nama_pemda, tingkat) values ('1', 'P', 'provinsi')")
    con.execute("insert into perangkat_daerah (kode_pd, kode_pemda, nama_pd) values ('A', '1', 'Dinas A')")
    for kode in ("X", "Y"):
        con.execute(
            "insert into indikator (kode_pemda, kode_indikator, nama_indikator, satuan, kode_pd, jenis, polaritas,"
            " agregasi) values ('1', ?, ?, 'unit', 'A', 'IKU_PD', 'positif', 'nilai_akhir')",
            [kode, kode],
        )
        con.execute(
            "insert into target (kode_pemda, kode_indikator, tahun, periode, target)"
            " values ('1', ?, 2026, 'TAHUNAN', 10)",
            [kode],
        )
    con.execute(
        "insert into realisasi (kode_pemda, kode_indikator, tahun, periode, realisasi) values "
        "('1', 'X', 2026, 'TW1', 30), ('1', 'Y', 2026, 'TW1', 6)"
    )
    con.close()
    params = {"kode_pemda": "1", "tahun": 2026, "triwulan": 1, **SEMUA}
    assert run_query("iku_triwulan_ringkasan", params, path).iloc[0]["rata_rata_capaian"] == approx(90)
    peringkat = run_query("pd_triwulan_peringkat", params, path).iloc[0]
    assert peringkat["rata_rata_capaian"] == approx(90)
    assert sorted(run_query("iku_triwulan_daftar", {**params, "status": [], "batas": 0}, path)["capaian_persen"]) == [
        approx(60),
        approx(300),
    ]


def test_jumlah_per_status(kecil: Path) -> None:
    tw2 = tanya(kecil, "iku_triwulan_status_jumlah", triwulan=2)
    assert dict(zip(tw2["predikat"], tw2["jumlah"], strict=True)) == {
        "Sangat Tinggi": 1,  # R 95
        "Tinggi": 1,  # N 88
        "Sedang": 1,  # K 66,67
        "Rendah": 0,
        "Sangat Rendah": 0,
        "Tanpa capaian": 0,
        "Belum lapor": 1,  # Z
        "Diukur tahunan": 1,  # T
        "Tanpa target": 0,
    }
    tw1 = tanya(kecil, "iku_triwulan_status_jumlah", triwulan=1)
    jumlah = dict(zip(tw1["predikat"], tw1["jumlah"], strict=True))
    # K, N, R all at 80 (Tinggi); Z without capaian.
    assert (jumlah["Tinggi"], jumlah["Tanpa capaian"], jumlah["Diukur tahunan"]) == (3, 1, 1)
    assert sum(jumlah.values()) == 5


def test_peringkat_dan_tren_pd(kecil: Path) -> None:
    peringkat = tanya(kecil, "pd_triwulan_peringkat", triwulan=2)
    # Dinas A: K 66,67, N 88 → 77,33 (Tinggi), 2 of 2 reported. Dinas B: R 95 and Z (silent, no capaian) 0 →
    # 47,5 (Sangat Rendah), 1 of 2 (T is tahunan): silence is not rewarded, Dinas A ranks first.
    assert peringkat["kode_pd"].tolist() == ["PD-A", "PD-B"]
    assert peringkat["rata_rata_capaian"].tolist() == [approx((200 / 3 + 88) / 2), approx(47.5)]
    assert peringkat["predikat"].tolist() == ["Tinggi", "Sangat Rendah"]
    assert peringkat["peringkat"].tolist() == [1, 2]
    assert peringkat["jumlah_iku"].tolist() == [2, 1]
    assert peringkat["jumlah_belum_lapor"].tolist() == [0, 1]
    assert peringkat["cakupan"].tolist() == ["2 dari 2 IKU melapor TW II", "1 dari 2 IKU melapor TW II"]

    tren = tanya(kecil, "pd_triwulan_tren", triwulan=2)
    sel_ = {(r.kode_pd, r.triwulan): r for r in tren.itertuples()}
    assert len(sel_) == 4  # two OPD × TW1..TW2
    # TW1: Dinas A K 80, N 80 → 80; Dinas B R 80, Z 0 → 40. TW2 Dinas B (95 + 0)/2 = 47,5.
    assert sel_[("PD-A", 1)].rata_rata_capaian == approx(80)
    assert sel_[("PD-B", 1)].rata_rata_capaian == approx(40)
    assert sel_[("PD-B", 2)].rata_rata_capaian == approx(47.5)
    # Rows follow the ranking of the chosen quarter.
    assert sel_[("PD-A", 1)].urutan_pd == 1 and sel_[("PD-B", 1)].urutan_pd == 2


def test_peringatan_dini_tw1(kecil: Path) -> None:
    p = tanya(kecil, "iku_triwulan_peringatan", triwulan=1)
    # Z without capaian first; then K (on plan: 8 × 100 ÷ 10 = 80 → 80 %), N (linear, TAHUNAN only: 40 of 50 →
    # 80 %) and R (80 % carried to the annual target: 12 → 80 %), all at capaian 80 (above 75): by code.
    assert p["kode_indikator"].tolist() == ["IKU-Z", "IKU-K", "IKU-N", "IKU-R"]
    assert p["progres_proyeksi_persen"].tolist()[1:] == [approx(80), approx(80), approx(80)]
    # TW3: K and Z are missing (listed per OPD instead), N and R are fine.
    assert tanya(kecil, "iku_triwulan_peringatan", triwulan=3).empty


def test_belum_lapor_per_pd(kecil: Path) -> None:
    b = tanya(kecil, "pd_triwulan_belum_lapor", triwulan=3)
    assert b["nama_pd"].tolist() == ["Dinas A", "Dinas B"]
    # Dinas A must report K and N (K missing); Dinas B R and Z (Z missing), T is measured annually.
    assert b["jumlah_wajib_lapor"].tolist() == [2, 2]
    assert b["jumlah_belum_lapor"].tolist() == [1, 1]
    assert b["iku_belum_lapor"].tolist() == [
        "Indikator K (IKU-K, terakhir TW II)",
        "Indikator Z (IKU-Z, terakhir TW I)",
    ]
    # TW4: nobody reported, T included now; the OPD with most missing first.
    b4 = tanya(kecil, "pd_triwulan_belum_lapor", triwulan=4)
    assert b4["nama_pd"].tolist() == ["Dinas B", "Dinas A"]
    assert b4["jumlah_belum_lapor"].tolist() == [3, 2]


def test_daftar_dan_filter_status(kecil: Path) -> None:
    semua = tanya(kecil, "iku_triwulan_daftar", triwulan=3, status=[])
    # Missing reports first (Z without any capaian, then K at 33,33 to date), then lowest capaian; the annual IKU
    # last; no IK_PROGRAM.
    assert semua["kode_indikator"].tolist() == ["IKU-Z", "IKU-K", "IKU-N", "IKU-R", "IKU-T"]
    # N 47/50 = 94 and R 95 are both above 90: Sangat Tinggi.
    assert semua["status"].tolist() == [
        "Belum lapor",
        "Belum lapor",
        "Sangat Tinggi",
        "Sangat Tinggi",
        "Diukur tahunan",
    ]
    pilih = tanya(kecil, "iku_triwulan_daftar", triwulan=3, status=["Belum lapor", "Diukur tahunan"])
    assert pilih["kode_indikator"].tolist() == ["IKU-Z", "IKU-K", "IKU-T"]


def test_rinci_per_tw_n(kecil: Path) -> None:
    r = tanya(kecil, "iku_triwulan_rinci", triwulan=2, kode_indikator="IKU-K")
    assert list(zip(r["tahun"], r["triwulan"], strict=True)) == [(y, n) for y in (2025, 2026) for n in (1, 2, 3, 4)]
    ini = r[r["tahun_terpilih"]].set_index("triwulan")
    # As of TW2: TW3 and TW4 keep only their targets.
    assert ini.loc[2, "capaian_persen"] == approx(200 / 3)
    assert ini.loc[3, "target_triwulan"] == approx(30)
    assert pd.isna(ini.loc[3, "status"]) and not ini.loc[3, "belum_lapor"]
    assert pd.isna(ini.loc[3, "realisasi_sd"])
    lalu = r[~r["tahun_terpilih"]].set_index("triwulan")
    # 2025 in full: 10, 30, 55, 100.
    assert lalu["realisasi_sd"].tolist() == [approx(10), approx(30), approx(55), approx(100)]


def test_tanpa_iku_program(kecil: Path) -> None:
    for nama in ("iku_triwulan_daftar", "iku_triwulan_peringatan"):
        df = tanya(kecil, nama, triwulan=1, status=[])
        assert "IK-P" not in set(df["kode_indikator"])


# --------------------------------------------------------------------------- E.81 read back cell by cell


def lembar(data: bytes) -> dict[str, list[list[Any]]]:
    wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {nama: wb.get_sheet_by_name(nama).to_python() for nama in wb.sheet_names}


def e81(db: Path, triwulan: int, **filter_: str) -> bytes:
    p = {"triwulan": triwulan, **filter_}
    return buat_e81(
        tanya(db, "e81_indikator", **p),
        tanya(db, "e81_pd_ringkasan", **p),
        nama_pemda="Kabupaten Contoh",
        tahun=2026,
        triwulan=triwulan,
    )


def kosong_kecuali(baris: list[Any], isi: dict[int, Any]) -> None:
    """Row `baris` holds exactly `isi` (sheet column → value; numbers approximately) and nothing else."""
    for k, v in enumerate(baris):
        if k in isi:
            harap = isi[k]
            assert v == (approx(harap) if isinstance(harap, float | int) else harap), (k, v, harap)
        else:
            assert v == "", (k, v)


def test_e81_semua_opd(kecil: Path) -> None:
    sheets = lembar(e81(kecil, 2))
    # A Rekap sheet, then one per OPD by abbreviation (Dinas B has none: its name).
    assert list(sheets) == ["Rekap", "DA", "Dinas B"]

    rekap = sheets["Rekap"]
    assert rekap[3] == [
        "No",
        "Perangkat Daerah",
        "Lembar",
        "Jumlah IKU",
        "IKU melapor",
        "Rata-rata capaian (%)",
        "Predikat",
        "Cakupan",
    ]
    # The footer of each OPD sheet (below) with its coverage.
    assert rekap[4] == [1, "Dinas A", "DA", 2, 2, approx(54), "Rendah", "2 dari 2 IKU melapor TW II"]
    assert rekap[5] == [
        2,
        "Dinas B",
        "Dinas B",
        3,
        1,
        approx(95 / 3, abs=0.01),
        "Sangat Rendah",
        "1 dari 2 IKU melapor TW II",
    ]

    a = sheets["DA"]
    assert a[0][0] == "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH"
    assert a[1][0] == "LINGKUP KABUPATEN CONTOH"
    assert a[2][0] == "Perangkat Daerah: Dinas A"
    assert a[3][0] == "Periode pelaksanaan: Triwulan II Tahun 2026"
    # Header: the official columns and the K/Rp halves, TW I–IV under "Realisasi Kinerja pada Triwulan".
    kepala = a[BARIS_JUDUL]
    assert kepala[KOLOM[1]] == "No"
    assert kepala[KOLOM[5]] == "Indikator Kinerja Program (outcome)/Kegiatan (output)"
    assert kepala[KOLOM[6]] == "Target Renstra Perangkat Daerah pada Tahun Akhir Periode Renstra"
    assert kepala[KOLOM[9]] == "Realisasi Kinerja pada Triwulan"
    assert kepala[KOLOM[14]].startswith("Tingkat Capaian Kinerja dan Realisasi Anggaran Renja")
    assert kepala[KOLOM[17]] == "Unit Perangkat Daerah Penanggung Jawab"
    assert kepala[KOLOM[18]] == "Keterangan"
    assert [a[BARIS_JUDUL + 1][KOLOM[n]] for n in (9, 10, 11, 12)] == ["I", "II", "III", "IV"]
    assert a[BARIS_JUDUL + 2][KOLOM[6] : KOLOM[16] + 2] == ["K", "Rp"] * 11
    # The numbering row 1…18: one number per official column (columns 6–16 span their K and Rp halves).
    nomor = a[BARIS_JUDUL + 3]
    assert [nomor[KOLOM[n]] for n in range(1, 19)] == list(range(1, 19))
    assert [v for v in nomor if v != ""] == list(range(1, 19))

    # Row 1: IKU-N (IKU Pemda first). Target akhir 60; no 2025 realisation; annual target 50; TW I 40, TW II 44;
    # nilai akhir → 13 = 44; 14 = 44/50 = 88; 15 = 44; 16 = 44/60 = 73,33 (percentages printed with 2 decimals).
    kosong_kecuali(
        a[BARIS_DATA],
        {
            KOLOM[1]: 1,
            KOLOM[2]: "Sasaran satu",
            KOLOM[3]: "IKU-N",
            KOLOM[4]: "1.02.02 PROGRAM X",
            KOLOM[5]: "Indikator N (persen)",
            KOLOM[6]: 60,
            KOLOM[8]: 50,
            KOLOM[9]: 40,
            KOLOM[10]: 44,
            KOLOM[13]: 44,
            KOLOM[14]: 88,
            KOLOM[15]: 44,
            KOLOM[16]: 73.33,  # 44/60 = 73,333… printed with two decimals
            KOLOM[17]: "Dinas A",
            KOLOM[18]: "Predikat: Tinggi; nilai akhir: kolom 13 = nilai terakhir yang dilaporkan; kolom 15 = 13",
        },
    )
    # Row 2: IKU-K. Target akhir 120; 7 = Renstra to last year: 2025 ended at 10+20+25+45 = 100; 8 = annual 100;
    # TW I 8, TW II 12; 13 = 8+12 = 20; 14 = 13 ÷ 8 = 20/100 = 20 (the form's annual target, not 20/30);
    # 15 = 7 + 13 = 120 (kumulatif); 16 = 120/120 = 100.
    kosong_kecuali(
        a[BARIS_DATA + 1],
        {
            KOLOM[1]: 2,
            KOLOM[2]: "Sasaran satu",
            KOLOM[3]: "IKU-K",
            KOLOM[4]: "1.02.02 PROGRAM X",
            KOLOM[5]: "Indikator K (unit)",
            KOLOM[6]: 120,
            KOLOM[7]: 100,
            KOLOM[8]: 100,
            KOLOM[9]: 8,
            KOLOM[10]: 12,
            KOLOM[13]: 20,
            KOLOM[14]: 20,
            KOLOM[15]: 120,
            KOLOM[16]: 100,
            KOLOM[17]: "Dinas A",
            KOLOM[18]: "Predikat: Sangat Rendah",
        },
    )
    # Footer = mean of column 14 as printed: (88 + 20)/2 = 54 (Rendah); 16: (73,33 + 100)/2 = 86,665 (Tinggi).
    b = BARIS_DATA + 2
    kosong_kecuali(a[b], {0: "Rata-rata capaian kinerja (%)", KOLOM[14]: 54, KOLOM[16]: 86.665})
    kosong_kecuali(a[b + 1], {0: "Predikat kinerja", KOLOM[14]: "Rendah", KOLOM[16]: "Tinggi"})
    kosong_kecuali(a[b + 2], {0: "Faktor pendorong keberhasilan pencapaian", KOLOM[6]: "IKU-K: Cuaca baik"})
    kosong_kecuali(
        a[b + 3],
        {0: "Faktor penghambat pencapaian kinerja", KOLOM[6]: "IKU-K: Pengadaan terlambat\nIKU-N: Data terlambat"},
    )
    kosong_kecuali(
        a[b + 4],
        {
            0: "Tindak lanjut yang diperlukan pada triwulan berikutnya",
            KOLOM[6]: "IKU-K: Percepat lelang\nIKU-N: Rapat koordinasi",
        },
    )
    assert a[b + 6][0].startswith("Catatan: kolom Rp (anggaran) tidak diisi")
    assert "kolom 14 yang kosong dihitung 0. 2 dari 2 IKU melapor TW II." in a[b + 6][0]
    assert a[b + 8][KOLOM[17]] == "Kepala Dinas A"
    assert a[b + 12][KOLOM[17]] == "Kepala A"

    bb = sheets["Dinas B"]
    # R: TW I 12, TW II 9; rata-rata → 13 = 10,5; 14 = (20 − 10,5)/10 = 95; no end-of-period target.
    r = bb[BARIS_DATA]
    assert (r[KOLOM[3]], r[KOLOM[9]], r[KOLOM[10]], r[KOLOM[13]], r[KOLOM[14]]) == ("IKU-R", 12, 9, 10.5, approx(95))
    assert r[KOLOM[6]] == "" and r[KOLOM[16]] == ""
    assert (
        r[KOLOM[18]] == "Predikat: Sangat Tinggi; rata-rata: kolom 13 = rerata triwulan yang dilaporkan; kolom 15 = 13"
    )
    # T: frekuensi tahunan; 2025 ended at 65, target 70, nothing this year.
    t = bb[BARIS_DATA + 1]
    assert (t[KOLOM[3]], t[KOLOM[7]], t[KOLOM[8]], t[KOLOM[13]], t[KOLOM[14]]) == ("IKU-T", 65, 70, "", "")
    assert t[KOLOM[18]].startswith("Frekuensi tahunan: wajib lapor pada TW IV")
    # Z: reported TW I only; at TW II column 13 is still filled (1, from TW I), 14 cannot be computed (target 0),
    # 15 = 7 (none) + 13 = 1; the missing report named.
    z = bb[BARIS_DATA + 2]
    assert (z[KOLOM[3]], z[KOLOM[8]], z[KOLOM[9]], z[KOLOM[10]], z[KOLOM[13]], z[KOLOM[14]], z[KOLOM[15]]) == (
        "IKU-Z",
        0,
        1,
        "",
        1,
        "",
        1,
    )
    assert z[KOLOM[18]] == (
        "Belum melaporkan realisasi TW II; Kolom 14 tidak dapat dihitung: "
        "Target nol dan realisasi bukan nol: capaian tidak dapat dihitung"
    )
    # Footer over every IKU row, an empty 14 counting 0: (95 + 0 + 0)/3 = 31,67 (Sangat Rendah); 16 over the rows
    # with a column 6 (T only, its 16 empty) = 0.
    kosong_kecuali(
        bb[BARIS_DATA + 3], {0: "Rata-rata capaian kinerja (%)", KOLOM[14]: approx(95 / 3, abs=0.01), KOLOM[16]: 0}
    )
    kosong_kecuali(bb[BARIS_DATA + 4], {0: "Predikat kinerja", KOLOM[14]: "Sangat Rendah", KOLOM[16]: "Sangat Rendah"})


def test_e81_satu_opd_dan_tw_sesudahnya_kosong(kecil: Path) -> None:
    sheets = lembar(e81(kecil, 1, kode_pd="PD-A"))
    assert list(sheets) == ["DA"]  # one OPD: no Rekap
    a = sheets["DA"]
    k = a[BARIS_DATA + 1]
    assert k[KOLOM[3]] == "IKU-K"
    # TW I evaluation: only column 9 filled, TW II–IV blank even though TW II exists.
    assert (k[KOLOM[9]], k[KOLOM[10]], k[KOLOM[11]], k[KOLOM[12]], k[KOLOM[13]]) == (8, "", "", "", 8)


def test_nama_lembar() -> None:
    dipakai: set[str] = set()
    assert nama_lembar("Dinas [A]: B/C?", dipakai) == "Dinas  A   B C"
    assert nama_lembar("X" * 40, dipakai) == "X" * 31
    assert nama_lembar("X" * 40, dipakai) == "X" * 27 + " (2)"


# --------------------------------------------------------------------------- figure builders


def test_gambar_peta_capaian_pd() -> None:
    tren = pd.DataFrame(
        {
            "kode_pd": ["B", "B", "A", "A"],
            "nama_pd": ["Dinas B", "Dinas B", "Dinas A", "Dinas A"],
            "singkatan": [None, None, "DA", "DA"],
            "urutan_pd": [1, 1, 2, 2],
            "triwulan": [1, 2, 1, 2],
            "rata_rata_capaian": [80.0, 95.0, 60.0, None],
            "predikat": ["Tinggi", "Sangat Tinggi", "Sedang", None],
            "urutan_predikat": [2, 1, 3, None],
            "warna": ["#222222", "#111111", "#333333", None],
            "jumlah_lapor": [1, 1, 2, 0],
            "jumlah_wajib_lapor": [2, 2, 2, 2],
        }
    )
    (hm,) = figures.gambar_peta_capaian_pd(tren).data
    assert list(hm.y) == ["Dinas B", "DA"]  # ranking order, abbreviation when there is one
    assert list(hm.x) == ["TW I", "TW II"]
    # Each predikat present is one step of the scale, in scale order, painted in its own colour.
    assert [list(z) for z in hm.z] == [[1, 0], [2, None]]
    assert [c for _pos, c in hm.colorscale][::2] == ["#111111", "#222222", "#333333"]
    assert (hm.zmin, hm.zmax) == (-0.5, 2.5)
    assert [list(t) for t in hm.text] == [["80,0 %", "95,0 %"], ["60,0 %", ""]]
    assert "0 dari 2 IKU melapor" in hm.customdata[1][1]


def test_gambar_rinci_iku() -> None:
    rinci = pd.DataFrame(
        {
            "tahun": [2025] * 4 + [2026] * 4,
            "triwulan": [1, 2, 3, 4] * 2,
            "tahun_terpilih": [False] * 4 + [True] * 4,
            "realisasi_sd": [10, 30, 55, 100, 8, 20, None, None],
            "target_sd": [10, 30, 60, 100, 10, 30, None, None],
            "target_min_sd": [None] * 8,
            "target_max_sd": [None] * 8,
            "target_tahunan": [100.0] * 4 + [110.0] * 4,
            "target_min_tahunan": [None] * 8,
            "target_max_tahunan": [None] * 8,
            "target_akhir_periode": [120.0] * 8,
            "warna_predikat": [None] * 4 + ["#aaaaaa", "#bbbbbb", None, None],
            "predikat": [None] * 4 + ["Tinggi", "Sedang", None, None],
            "capaian_persen": [None] * 4 + [80.0, 66.7, None, None],
            "belum_lapor": [False] * 6 + [True, False],
            "nama_indikator": ["Indikator K"] * 8,
            "satuan": ["unit"] * 8,
        }
    )
    fig = figures.gambar_rinci_iku(rinci)
    nama = [t.name for t in fig.data]
    assert nama == [
        "Realisasi s.d. TW 2025",
        "Realisasi s.d. TW 2026",
        "Target s.d. TW",
        "Target tahunan",
        "Target akhir periode",
    ]
    lalu, ini = fig.data[0], fig.data[1]
    assert list(lalu.y) == [10, 30, 55, 100]
    assert list(ini.y) == [8, 20, None, None]
    # This year's bars take their predikat colour; no predikat → the neutral colour.
    assert list(ini.marker.color) == ["#aaaaaa", "#bbbbbb", figures.WARNA_NETRAL, figures.WARNA_NETRAL]
    assert list(fig.data[3].y) == [110, 110, 110, 110]  # this year's annual target, not last year's
    # Only the missing TW III is marked, not the quarter after it.
    assert [a.text for a in fig.layout.annotations] == ["belum lapor"]
    assert fig.layout.annotations[0].x == "TW III"
    assert fig.layout.separators == ",."


def test_warna_teks() -> None:
    assert figures.warna_teks("#f2c12e") == "#1f2328"  # yellow: dark text
    assert figures.warna_teks("#1a7f37") == "#ffffff"  # dark green: white text


# --------------------------------------------------------------------------- the page (AppTest)


def buka(query_params: dict[str, str]) -> AppTest:
    """Start at app.py (as a user would, and as AppTest needs for page links), then switch to the page."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    for k, v in query_params.items():
        at.query_params[k] = v
    at.run()
    at.switch_page(HALAMAN).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def metrik(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def persen_id(v: float) -> str:
    """85.34 → '85,3 %', written out here rather than via pantau.format."""
    return f"{v:.1f}".replace(".", ",") + " %"


def test_halaman_tanpa_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kosong.duckdb"
    create_database(path)
    monkeypatch.setenv("PANTAU_DB", str(path))
    at = buka({})
    assert [t.value for t in at.title] == ["🎯 Capaian IKU"]
    assert any("Belum ada data pemda dan tahun" in i.value for i in at.info)
    assert not at.metric


def test_halaman_satu_opd(kecil: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANTAU_DB", str(kecil))
    at = buka({"pemda": PEMDA, "tahun": "2026", "tw": "2", "opd": "PD-A"})
    assert at.selectbox(key="capaian_opd").value == "PD-A"
    m = metrik(at)
    # Dinas A at TW2: K and N both reported; mean (66,67 + 88)/2 = 77,33; TW1 80 → −2,7 poin; K has a warning.
    assert m["IKU melapor"] == "2 dari 2"
    assert m["Rata-rata capaian"] == "77,3 %"
    assert m["Peringatan dini"] == "1"
    rata = next(x for x in at.metric if x.label == "Rata-rata capaian")
    assert rata.proto.delta == "−2,7 poin vs TW lalu"
    # The averaging rule is on the page, with the setting's value.
    assert any(
        "Rata-rata capaian 2 dari 2 IKU melapor TW II" in c.value
        and "SEMUA IKU yang wajib lapor" in c.value
        and "0–120 %" in c.value
        for c in at.caption
    )
    # Early warning: K with its obstacle and follow-up; nobody missing.
    peringatan = at.dataframe[0].value
    assert peringatan["nama_indikator"].tolist() == ["Indikator K"]
    assert peringatan["faktor_penghambat"].tolist() == ["Pengadaan terlambat"]
    assert peringatan["tindak_lanjut"].tolist() == ["Percepat lelang"]
    assert any("Semua IKU yang wajib lapor sudah melaporkan" in s.value for s in at.success)
    # The other sections are not sent until opened (issue 21): no figure, the warning table and its download only.
    assert [t.label for t in at.tabs] == [
        BAGIAN_PERINGATAN,
        BAGIAN_PERINGKAT,
        BAGIAN_DAFTAR,
        BAGIAN_RINCIAN,
        BAGIAN_E81,
    ]
    assert not at.get("plotly_chart") and len(at.dataframe) == 1
    assert [b.label for b in at.get("download_button")] == ["Unduh peringatan dini (CSV)"]
    # Drill-down: the lowest reported IKU by default, K at 66,7 %.
    buka_bagian(at, BAGIAN_RINCIAN)
    assert at.selectbox(key="capaian_iku").value == "IKU-K"
    m = metrik(at)
    assert m["Capaian s.d. TW II"] == "66,7 %"
    assert m["Progres target akhir periode"] == "16,7 %"
    # Only Dinas A's IKU in the table.
    daftar = buka_bagian(at, BAGIAN_DAFTAR).dataframe[0].value
    assert sorted(daftar["nama_indikator"]) == ["Indikator K", "Indikator N"]
    buka_bagian(at, BAGIAN_E81)
    assert any(b.label == "Unduh E.81 (XLSX)" for b in at.get("download_button"))


def test_halaman_triwulan_tanpa_realisasi(kecil: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANTAU_DB", str(kecil))
    at = buka({"pemda": PEMDA, "tahun": "2026", "tw": "4"})
    assert any("Belum ada realisasi IKU untuk TW IV 2026" in w.value for w in at.warning)
    m = metrik(at)
    assert m["IKU melapor"] == "0 dari 5"
    # Nobody reported TW IV, yet all five must (T too, at TW IV): their capaian to date counts, silence as 0:
    # K 20/100 = 20, N 47/50 = 94, R (20 − 10,5)/10 = 95, T 0 (nothing this year), Z 0 → 209/5 = 41,8.
    assert m["Rata-rata capaian"] == "41,8 %"
    # Everyone is missing, per OPD, most first: Dinas B R, T, Z; Dinas A K, N.
    belum = next(d.value for d in at.dataframe if "iku_belum_lapor" in d.value.columns)
    assert belum["jumlah"].tolist() == ["3 dari 3", "2 dari 2"]
    # The OPD ranking stands on those averages, with coverage ("0 dari 2 IKU melapor TW IV").
    assert not any("Belum ada OPD dengan capaian IKU" in i.value for i in at.info)


def test_halaman_filter_status_di_url(kecil: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANTAU_DB", str(kecil))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params.update({"pemda": PEMDA, "tahun": "2026", "tw": "3"})
    at.query_params["predikat"] = ["Belum lapor"]
    at.query_params["bagian"] = BAGIAN_DAFTAR  # a link to the filtered list names its section
    at.run()
    at.switch_page(HALAMAN).run()
    assert not at.exception
    assert at.multiselect(key="capaian_predikat").value == ["Belum lapor"]
    daftar = next(d.value for d in at.dataframe if "tren_capaian" in d.value.columns)
    # Z first (no capaian at all), then K (33,33 % to date).
    assert daftar["nama_indikator"].tolist() == ["Indikator Z", "Indikator K"]
    assert daftar["status_tampil"].tolist() == ["Belum lapor (terakhir TW I)", "Belum lapor (terakhir TW II)"]


def test_halaman_demo_angka(pantau_db: Path) -> None:
    """The demo's default view: numbers against the base tables (capaian computed in tests/helpers.py)."""
    kode, tahun = "99", 2026
    tw = triwulan_terakhir(pantau_db, kode, tahun)
    assert tw == 3
    at = buka({"pemda": kode, "tahun": str(tahun), "tw": str(tw)})
    lapor, iku = iku_lapor(pantau_db, kode, tahun, tw)
    m = metrik(at)
    assert m["IKU melapor"] == f"{angka_id(lapor)} dari {angka_id(iku)}"

    # CONTRACT.md v2: the mean over every IKU that must report of its capaian to date (clipped 0..120; none
    # counts 0), computed from the base tables.
    acuan = capaian_acuan(pantau_db, kode, tahun, tw, cakupan="wajib")
    assert len(acuan) == iku
    assert m["Rata-rata capaian"] == persen_id(rata_rata_acuan(acuan))

    # Every red IKU of the demo is in the early warning, with its obstacle; the outlier is flagged.
    peringatan = at.dataframe[0].value
    con = duckdb.connect(str(pantau_db), read_only=True)
    try:
        nama = dict(con.execute("select kode_indikator, nama_indikator from indikator").fetchall())
    finally:
        con.close()
    for merah in RED_IKU:
        assert nama[merah] in set(peringatan["nama_indikator"])
    baris = peringatan[peringatan["nama_indikator"] == nama[OUTLIER[0]]]
    assert "periksa data" in baris["alasan_peringatan"].iloc[0]
    # The missing report is listed under its OPD.
    belum = next(d.value for d in at.dataframe if "iku_belum_lapor" in d.value.columns)
    assert any(f"({MISSING_REPORT[0]}, terakhir TW II)" in t for t in belum["iku_belum_lapor"])

    # Drill-down by URL: the capaian shown is the one computed from the base tables.
    capaian = acuan[RED_IKU[0]]
    assert capaian is not None and capaian < 75  # a red IKU: below "Tinggi"
    at = buka({"pemda": kode, "tahun": str(tahun), "tw": str(tw), "iku": RED_IKU[0], "bagian": BAGIAN_RINCIAN})
    assert at.selectbox(key="capaian_iku").value == RED_IKU[0]
    assert metrik(at)[f"Capaian s.d. {'TW III'}"] == persen_id(capaian)
    fig = next(
        json.loads(p.proto.spec)
        for p in at.get("plotly_chart")
        if "Target dan realisasi" in json.loads(p.proto.spec)["layout"]["title"]["text"]
    )
    ini = next(t for t in fig["data"] if t["name"] == f"Realisasi s.d. TW {tahun}")
    assert len(larik(ini["y"])) == 4


def test_ganti_pemda_mengosongkan_filter_opd(pantau_db: Path) -> None:
    """An OPD chosen for one pemda is not offered by the next: the filter starts over instead of showing nothing.

    The demo's kabupaten reuse the province's SKPD codes (issue 15) for some OPD: Dinas PUPR is the province's only.
    """
    pupr = "1.03.0.00.0.00.01.0000"
    kab = "99.01"
    with duckdb.connect(str(pantau_db), read_only=True) as con:
        assert con.execute(
            "select list(kode_pemda order by kode_pemda) from perangkat_daerah where kode_pd = ? and kode_pemda in "
            "('99', '99.01')",
            [pupr],
        ).fetchone() == (["99"],)
    at = buka({"pemda": "99", "tahun": "2026", "tw": "3", "opd": pupr})
    assert at.selectbox(key="capaian_opd").value == pupr
    assert at.query_params["opd"] == pupr
    at.sidebar.selectbox(key="filter_pemda").set_value(kab).run()
    assert not at.exception
    assert at.selectbox(key="capaian_opd").value == ""
    assert "opd" not in at.query_params
    lapor, iku = iku_lapor(pantau_db, kab, 2026, 3)
    assert metrik(at)["IKU melapor"] == f"{angka_id(lapor)} dari {angka_id(iku)}"


def test_ringkasan_menautkan_halaman_ini(pantau_db: Path) -> None:
    """Below its metrics, Ringkasan links here with the same pemda, tahun and triwulan."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params.update({"pemda": "99.02", "tahun": "2025", "tw": "2"})
    at.run()
    tautan = [pl.proto for pl in at.main.get("page_link") if pl.proto.page == "Capaian_IKU"]
    assert tautan, "Ringkasan tanpa tautan ke Capaian IKU"
    for t in tautan:
        assert {"pemda=99.02", "tahun=2025", "tw=2"} <= set(t.query_string.split("&")), t.query_string
