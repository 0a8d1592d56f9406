"""Distribusi Jadwal: monthly distribution, pile-up index, timeline quality and absorption (queries/schema/40_jadwal.sql)
on a small fixture computed by hand, and the page through AppTest against the fixture and the demo province."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from helpers import ROOT, angka_id, buka_bagian, larik
from streamlit.testing.v1 import AppTest

from pantau import format as fmt
from pantau.db import apply_schema, create_database, reader, run_query, segarkan_tersimpan
from pantau.demo_data import Q4_PILEUP_PD
from pantau.importer import impor_path
from pantau.laporan import BAGIAN_MUTU, BAGIAN_PENUMPUKAN, BAGIAN_SEBARAN, BAGIAN_SERAPAN
from pantau.temuan import GALAT
from tests.mini import MINI, tulis_mini

HALAMAN = "pages/4_Distribusi_Jadwal.py"

# --------------------------------------------------------------------------- the fixture
#
# Pemda 99, year 2026, two OPDs. Sub kegiatan (6 segments) carry pagu, jadwal, kas and realisasi:
#   PD1 A 1.01.01.1.01.0001 pagu 1.200: persiapan 1–1, pelaksanaan 2–12, pelaporan 12–12; kas 100 every month
#   PD1 B 1.01.01.1.01.0002 pagu   600: persiapan 8–9, pelaksanaan 10–12, pelaporan 12–12; kas Okt 100, Nov 200, Des 300
#   PD2 C 1.02.01.1.01.0001 pagu 1.000: persiapan 1–2, pelaksanaan 3–8,  pelaporan 9–9;   kas Jan 400, Mar–Agu 100
# The program and kegiatan rows above them have no pagu; the kegiatan row even has a jadwal of its own,
# which must not be counted (only sub kegiatan are activities).
# Realisasi, reported through March: A monthly Jan 50, Feb 100, Mar 150 (fisik 5, 10, 20);
# B nothing; C cumulative Jan 300, Mar 500 (February not reported; fisik 10, 30).
# Year 2025 holds the timeline-quality cases, one sub kegiatan per rule (see test_mutu_jadwal_satu_kasus_per_aturan).

A, B, C = "1.01.01.1.01.0001", "1.01.01.1.01.0002", "1.02.01.1.01.0001"

MUTU_2025 = {
    # kode: (nama, [(tahap, mulai, selesai), ...])
    "1.01.01.1.01.0003": ("Tanpa pelaporan", [("persiapan", 1, 2), ("pelaksanaan", 3, 6)]),
    "1.01.01.1.01.0004": ("Tanpa jadwal", []),
    "1.01.01.1.01.0005": (
        "Pelaporan mendahului pelaksanaan",
        [("persiapan", 1, 1), ("pelaksanaan", 5, 8), ("pelaporan", 3, 4)],
    ),
    "1.01.01.1.01.0006": (
        "Pelaksanaan mendahului persiapan",
        [("persiapan", 3, 4), ("pelaksanaan", 2, 6), ("pelaporan", 7, 7)],
    ),
    "1.01.01.1.01.0007": (
        "Mulai sesudah selesai",
        [("persiapan", 1, 2), ("pelaksanaan", 9, 5), ("pelaporan", 10, 10)],
    ),
    "1.01.01.1.01.0008": (
        "Pelaksanaan mulai Oktober",
        [("persiapan", 7, 9), ("pelaksanaan", 10, 12), ("pelaporan", 12, 12)],
    ),
    "1.01.01.1.01.0009": ("Jadwal baik", [("persiapan", 1, 2), ("pelaksanaan", 3, 10), ("pelaporan", 11, 12)]),
}


def bangun_fixture(path: Path, *, realisasi: bool = True) -> Path:
    create_database(path)
    con = duckdb.connect(str(path))
    try:
        con.execute("insert into pemda (kode_pemda, nama_pemda, tingkat) values ('99', 'Provinsi Uji', 'provinsi')")
        con.execute(
            "insert into perangkat_daerah (kode_pd, kode_pemda, nama_pd, singkatan) values "
            "('PD1', '99', 'Dinas Satu', 'Dis1'), ('PD2', '99', 'Dinas Dua', null)"
        )
        con.execute(
            "insert into kegiatan (kode_pemda, tahun, kode_pd, kode_kegiatan, nama, pagu) "
            "select '99', * from (values "
            "(2026, 'PD1', '1.01.01', 'Program Satu', null),"
            "(2026, 'PD1', '1.01.01.1.01', 'Kegiatan Satu', null),"
            f"(2026, 'PD1', '{A}', 'Sub A', 1200), (2026, 'PD1', '{B}', 'Sub B', 600),"
            "(2026, 'PD2', '1.02.01', 'Program Dua', null), (2026, 'PD2', '1.02.01.1.01', 'Kegiatan Dua', null),"
            f"(2026, 'PD2', '{C}', 'Sub C', 1000))"
        )
        con.execute(
            "insert into jadwal (kode_pemda, tahun, kode_kegiatan, tahap, bulan_mulai, bulan_selesai) "
            "select '99', * from (values "
            f"(2026, '{A}', 'persiapan', 1, 1), (2026, '{A}', 'pelaksanaan', 2, 12), (2026, '{A}', 'pelaporan', 12, 12),"
            f"(2026, '{B}', 'persiapan', 8, 9), (2026, '{B}', 'pelaksanaan', 10, 12), (2026, '{B}', 'pelaporan', 12, 12),"
            f"(2026, '{C}', 'persiapan', 1, 2), (2026, '{C}', 'pelaksanaan', 3, 8), (2026, '{C}', 'pelaporan', 9, 9),"
            "(2026, '1.01.01.1.01', 'pelaksanaan', 1, 12))"
        )
        kas = [(A, b, 100) for b in range(1, 13)] + [(B, 10, 100), (B, 11, 200), (B, 12, 300)]
        kas += [(C, 1, 400)] + [(C, b, 100) for b in range(3, 9)]
        con.executemany(
            "insert into rencana_kas (kode_pemda, tahun, kode_kegiatan, bulan, nilai) values ('99', 2026, ?, ?, ?)", kas
        )
        if realisasi:
            con.execute(
                "insert into realisasi_anggaran (kode_pemda, tahun, kode_kegiatan, bulan, realisasi, "
                "realisasi_kumulatif, fisik_persen) select '99', * from (values "
                f"(2026, '{A}', 1, 50, null, 5), (2026, '{A}', 2, 100, null, 10), (2026, '{A}', 3, 150, null, 20),"
                f"(2026, '{C}', 1, null, 300, 10), (2026, '{C}', 3, null, 500, 30))"
            )
        for kode, (nama, tahap) in MUTU_2025.items():
            con.execute(
                "insert into kegiatan (kode_pemda, tahun, kode_pd, kode_kegiatan, nama, pagu) "
                "values ('99', 2025, 'PD1', ?, ?, 100)",
                [kode, nama],
            )
            for t, mulai, selesai in tahap:
                con.execute("insert into jadwal values ('99', 2025, ?, ?, ?, ?, null)", [kode, t, mulai, selesai])
        con.execute("checkpoint")
    finally:
        con.close()
    return path


@pytest.fixture
def fixture_db(tmp_path: Path) -> Path:
    return bangun_fixture(tmp_path / "jadwal.duckdb")


def baris(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def kamus(db: Path, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(sql, params or [])
        nama = [d[0] for d in cur.description]
        return [dict(zip(nama, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()


# --------------------------------------------------------------------------- monthly distribution


def test_distribusi_bulan_per_tahap(fixture_db: Path) -> None:
    rows = {
        (pd, tahap, bulan): (n, pagu)
        for pd, tahap, bulan, n, pagu in baris(
            fixture_db,
            "select kode_pd, tahap, bulan, jumlah_kegiatan, bobot_pagu from pd_bulan_distribusi where tahun = 2026",
        )
    }
    # A full grid: 2 OPDs × 3 tahap × 12 months, zeros included.
    assert len(rows) == 2 * 3 * 12
    # PD1 pelaksanaan: January nobody (A starts in February; the kegiatan-level jadwal 1–12 is not counted),
    # February–September A alone, October–December A and B (1.200 + 600).
    assert rows[("PD1", "pelaksanaan", 1)] == (0, 0)
    assert rows[("PD1", "pelaksanaan", 2)] == (1, 1200)
    assert rows[("PD1", "pelaksanaan", 10)] == (2, 1800)
    assert rows[("PD1", "pelaksanaan", 12)] == (2, 1800)
    # persiapan: A in January, B in August and September.
    assert rows[("PD1", "persiapan", 1)] == (1, 1200)
    assert rows[("PD1", "persiapan", 9)] == (1, 600)
    # pelaporan: A and B in December.
    assert rows[("PD1", "pelaporan", 12)] == (2, 1800)
    # PD2: C executes March–August.
    assert [rows[("PD2", "pelaksanaan", b)][0] for b in range(1, 13)] == [0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]
    # Activity-months of pelaksanaan: A 11 + B 3 + C 6 = 20.
    assert sum(n for (_pd, t, _b), (n, _p) in rows.items() if t == "pelaksanaan") == 20


def test_indeks_penumpukan(fixture_db: Path) -> None:
    rows = {
        r["kode_pd"]: r
        for r in kamus(fixture_db, "select * from pd_penumpukan where kode_pemda = '99' and tahun = 2026")
    }
    pd1, pd2, pemda = rows["PD1"], rows["PD2"], rows[None]
    # PD1 kas: A 12 × 100 = 1.200, B 600 → 1.800. Okt–Des: A 300 + B 600 = 900 → 50 %. Des: 100 + 300 = 400
    # → 22,22 %. The largest month is December (400; November 300, October 200).
    assert pd1["rencana_kas_tahun"] == 1800
    assert pd1["porsi_kas_tw4"] == pytest.approx(50.0)
    assert pd1["porsi_kas_desember"] == pytest.approx(400 / 1800 * 100)
    assert pd1["bulan_kas_terbesar"] == 12
    # PD1 pelaksanaan: A 11 months (3 in Okt–Des, 1 in Des) + B 3 months (all in Okt–Des) = 14 activity-months;
    # Okt–Des 6 → 42,86 %; Des 2 → 14,29 %.
    assert pd1["kegiatan_bulan"] == 14
    assert pd1["porsi_pelaksanaan_tw4"] == pytest.approx(6 / 14 * 100)
    assert pd1["porsi_pelaksanaan_desember"] == pytest.approx(2 / 14 * 100)
    # PD1 pelaksanaan weighted by pagu, each pagu spread evenly over its execution months: A 1.200 over 11 months
    # (Feb–Des) = 109,09 a month, 3 of them in Okt–Des = 327,27; B 600 over Okt–Des, all of it. Okt–Des
    # 327,27 + 600 = 927,27 of 1.800 → 51,52 %; Des 109,09 + 200 = 309,09 → 17,17 %.
    assert pd1["pagu_pelaksanaan"] == pytest.approx(1800)
    assert pd1["pagu_pelaksanaan_tw4"] == pytest.approx(1200 * 3 / 11 + 600)
    assert pd1["porsi_pagu_tw4"] == pytest.approx((1200 * 3 / 11 + 600) / 1800 * 100)
    assert pd1["porsi_pagu_desember"] == pytest.approx((1200 / 11 + 200) / 1800 * 100)
    # Index: the largest Okt–Des share (51,52 %, by pagu) over the even 25 % = 2,06. All three exceed 40 %.
    assert pd1["porsi_tw4_terbesar"] == pytest.approx((1200 * 3 / 11 + 600) / 1800 * 100)
    assert pd1["indeks_penumpukan"] == pytest.approx((1200 * 3 / 11 + 600) / 1800 * 100 / 25)
    assert pd1["ditandai"] is True
    assert pd1["penyebab"] == "rencana kas, pelaksanaan dan pagu pelaksanaan"
    assert pd1["ambang_persen"] == 40.0
    assert pd1["indeks_ambang"] == pytest.approx(1.6)
    # PD2: nothing in Okt–Des at all; the largest cash month is January (400).
    assert pd2["porsi_kas_tw4"] == 0.0
    assert pd2["porsi_pelaksanaan_tw4"] == 0.0
    assert pd2["porsi_pagu_tw4"] == 0.0
    assert pd2["indeks_penumpukan"] == 0.0
    assert pd2["bulan_kas_terbesar"] == 1
    assert pd2["ditandai"] is False
    assert pd2["penyebab"] is None
    # The whole pemda: kas 2.800, Okt–Des 900 → 32,14 %; Des 400 → 14,29 %; pelaksanaan 6 of 20 → 30 %;
    # by pagu 927,27 of 2.800 (C's 1.000 all in Mar–Agu) → 33,12 %. Index 33,12 / 25 = 1,32: not flagged.
    assert pemda["rencana_kas_tahun"] == 2800
    assert pemda["porsi_kas_tw4"] == pytest.approx(900 / 2800 * 100)
    assert pemda["porsi_kas_desember"] == pytest.approx(400 / 2800 * 100)
    assert pemda["porsi_pelaksanaan_tw4"] == pytest.approx(30.0)
    assert pemda["porsi_pagu_tw4"] == pytest.approx((1200 * 3 / 11 + 600) / 2800 * 100)
    assert pemda["indeks_penumpukan"] == pytest.approx((1200 * 3 / 11 + 600) / 2800 * 100 / 25)
    assert pemda["ditandai"] is False
    assert pemda["porsi_merata_desember"] == pytest.approx(100 / 12)


def test_bulan_kas_terbesar_bukan_bulan_tanpa_rencana_kas(fixture_db: Path) -> None:
    """A month with activities but no cash plan row has no cash (NULL), not the largest cash."""
    con = duckdb.connect(str(fixture_db))
    (bulan,) = con.execute(
        "select min(bulan) from jadwal_bulan where kode_pd = 'PD1' and tahun = 2026 and tahap = 'pelaksanaan'"
    ).fetchone()
    assert bulan < 12
    con.execute(
        "delete from rencana_kas where tahun = 2026 and bulan = ? and kode_kegiatan in "
        "(select kode_kegiatan from kegiatan where kode_pd = 'PD1' and tahun = 2026)",
        [bulan],
    )
    segarkan_tersimpan(con)
    con.close()
    assert baris(fixture_db, "select bulan_kas_terbesar from pd_penumpukan where kode_pd = 'PD1' and tahun = 2026") == [
        (12,)
    ]


def test_ambang_penumpukan_dari_pengaturan(fixture_db: Path) -> None:
    # Raising the threshold to 55 % unflags PD1 (kas 50 %, pelaksanaan 42,86 %, by pagu 51,52 %): the threshold
    # is a setting, not a constant.
    con = duckdb.connect(str(fixture_db))
    con.execute("update pengaturan set nilai = 55 where kunci = 'ambang_penumpukan_tw4'")
    con.close()
    assert baris(
        fixture_db, "select ditandai, ambang_persen from pd_penumpukan where kode_pd = 'PD1' and tahun = 2026"
    ) == [(False, 55.0)]
    # …45 % flags it for its cash plan and its pagu-weighted execution (42,86 % by count stays below)…
    con = duckdb.connect(str(fixture_db))
    con.execute("update pengaturan set nilai = 45 where kunci = 'ambang_penumpukan_tw4'")
    con.close()
    assert baris(fixture_db, "select ditandai, penyebab from pd_penumpukan where kode_pd = 'PD1' and tahun = 2026") == [
        (True, "rencana kas dan pagu pelaksanaan")
    ]
    # …and 51 % for its pagu-weighted execution alone (51,52 % > 51 % > 50 %).
    con = duckdb.connect(str(fixture_db))
    con.execute("update pengaturan set nilai = 51 where kunci = 'ambang_penumpukan_tw4'")
    con.close()
    assert baris(fixture_db, "select ditandai, penyebab from pd_penumpukan where kode_pd = 'PD1' and tahun = 2026") == [
        (True, "pagu pelaksanaan")
    ]


def test_pengaturan_bawaan_tidak_menimpa_yang_diubah(fixture_db: Path) -> None:
    # Re-applying the schema (every start of a newer version does) keeps edited settings and target bands.
    con = duckdb.connect(str(fixture_db))
    con.execute("update pengaturan set nilai = 35 where kunci = 'ambang_penumpukan_tw4'")
    con.execute("update target_serapan set batas_bawah = 20, batas_atas = 27 where triwulan = 1")
    apply_schema(con)
    con.close()
    assert baris(fixture_db, "select nilai from pengaturan where kunci = 'ambang_penumpukan_tw4'") == [(35.0,)]
    assert baris(fixture_db, "select triwulan, batas_bawah, batas_atas from target_serapan order by 1") == [
        (1, 20.0, 27.0),
        (2, 40.0, 50.0),
        (3, 65.0, 75.0),
        (4, 90.0, 100.0),
    ]


def test_query_penumpukan_terburuk_dahulu(fixture_db: Path) -> None:
    df = run_query("jadwal_pd_penumpukan", {"kode_pemda": "99", "tahun": 2026}, fixture_db)
    assert list(df["kode_pd"]) == ["PD1", "PD2"]
    assert list(df["label_pd"]) == ["Dis1", "Dinas Dua"]  # the name where there is no abbreviation
    reader(fixture_db).close()


# --------------------------------------------------------------------------- timeline quality


def test_mutu_jadwal_satu_kasus_per_aturan(fixture_db: Path) -> None:
    rows = baris(
        fixture_db,
        "select kode_kegiatan, masalah, tingkat, keterangan from jadwal_mutu where tahun = 2025 order by 1, 2",
    )
    assert rows == [
        ("1.01.01.1.01.0003", "Tahap tidak lengkap", "galat", "tanpa tahap pelaporan"),
        ("1.01.01.1.01.0004", "Tahap tidak lengkap", "galat", "belum ada jadwal sama sekali"),
        (
            "1.01.01.1.01.0005",
            "Urutan tahap salah",
            "galat",
            "pelaporan mulai (Mar) sebelum pelaksanaan mulai (Mei); "
            "pelaporan selesai (Apr) sebelum pelaksanaan selesai (Agu)",
        ),
        ("1.01.01.1.01.0006", "Urutan tahap salah", "galat", "pelaksanaan mulai (Feb) sebelum persiapan mulai (Mar)"),
        ("1.01.01.1.01.0007", "Bulan tidak sah", "galat", "pelaksanaan 9–5 (mulai sesudah selesai)"),
        (
            "1.01.01.1.01.0008",
            "Pelaksanaan mulai TW IV",
            "peringatan",
            "pelaksanaan Okt–Des: sisa waktu tahun anggaran sempit",
        ),
    ]
    # The well-ordered 2026 timelines (A: reporting in December of a February–December job) are clean.
    assert baris(fixture_db, "select count(*) from jadwal_mutu where tahun = 2026 and tingkat = 'galat'") == [(0,)]
    # B starts executing in October: a warning, not an error.
    assert baris(fixture_db, "select kode_kegiatan, masalah from jadwal_mutu where tahun = 2026") == [
        (B, "Pelaksanaan mulai TW IV")
    ]
    # A phase that starts after it ends covers no month at all.
    assert baris(
        fixture_db,
        "select count(*) from jadwal_bulan where kode_kegiatan = '1.01.01.1.01.0007' and tahap = 'pelaksanaan'",
    ) == [(0,)]


def test_mutu_jadwal_per_pd_dan_daftar(fixture_db: Path) -> None:
    per_pd = run_query("jadwal_mutu_pd", {"kode_pemda": "99", "tahun": 2025}, fixture_db)
    assert per_pd.to_dict("records") == [
        {
            "kode_pemda": "99",
            "kode_pd": "PD1",
            "nama_pd": "Dinas Satu",
            "tahap_tidak_lengkap": 2,
            "urutan_tahap_salah": 2,
            "bulan_tidak_sah": 1,
            "pelaksanaan_mulai_tw4": 1,
            "sub_kegiatan_galat": 5,
        }
    ]
    semua = run_query("jadwal_mutu_temuan", {"kode_pemda": "99", "tahun": 2025, "kode_pd": ""}, fixture_db)
    assert len(semua) == 6
    assert list(semua["tingkat"]) == ["galat"] * 5 + ["peringatan"]  # errors first, for the meeting
    lain = run_query("jadwal_mutu_temuan", {"kode_pemda": "99", "tahun": 2025, "kode_pd": "PD2"}, fixture_db)
    assert lain.empty
    reader(fixture_db).close()


def test_bulan_di_luar_1_12_ditolak_saat_impor(tmp_path: Path) -> None:
    # Months outside 1–12 never reach the jadwal table: the importer refuses the file and names the cell.
    folder = tulis_mini(
        tmp_path / "rusak", ganti={"jadwal": MINI["jadwal"].replace("pelaporan,11,12", "pelaporan,11,13")}
    )
    hasil = impor_path([folder], tmp_path / "db.duckdb")
    assert not hasil.ok
    galat = [t for t in hasil.temuan if t.tingkat == GALAT]
    assert [(t.berkas, t.baris, t.kolom) for t in galat] == [("jadwal.csv", 4, "bulan_selesai")]
    assert "1–12" in galat[0].pesan


# --------------------------------------------------------------------------- absorption


def test_serapan_per_pd_dan_pemda(fixture_db: Path) -> None:
    rows = {
        (r["kode_pd"], r["bulan"]): r
        for r in kamus(fixture_db, "select * from serapan_anggaran where kode_pemda = '99' and tahun = 2026")
    }
    assert len(rows) == 3 * 12  # PD1, PD2 and the pemda (kode_pd NULL), 12 months each
    # PD1 in February: kas A 100 (B none) → cumulative 200; realisasi A 100 → cumulative 150; pagu 1.800.
    r = rows[("PD1", 2)]
    assert (r["pagu"], r["rencana_kas"], r["rencana_kas_kumulatif"]) == (1800, 100, 200)
    assert (r["realisasi"], r["realisasi_kumulatif"]) == (100, 150)
    assert r["persen_rencana_kas_kumulatif"] == pytest.approx(200 / 1800 * 100)
    assert r["persen_serapan"] == pytest.approx(150 / 1800 * 100)
    assert r["persen_terhadap_rencana_kas"] == pytest.approx(150 / 200 * 100)
    assert r["selisih_serapan_rencana_kas"] == pytest.approx((150 - 200) / 1800 * 100)
    assert (r["deviasi"], r["deviasi_kumulatif"]) == (0, -50)
    # Fisik weighted by pagu, B (not reported) counted as 0: (1.200 × 10 + 600 × 0) / 1.800 = 6,67.
    assert r["fisik_persen"] == pytest.approx(1200 * 10 / 1800)
    # February is 2/3 of the way from the start of the year (0) to the end of March (15–25): band 10–16,67 %.
    # 150 of 1.800 = 8,33 % is below it: 8,33 − 10 = −1,67 poin (never compared with the March band).
    assert (r["target_bawah"], r["target_atas"]) == (pytest.approx(10.0), pytest.approx(25 * 2 / 3))
    assert (r["target_bawah_triwulan"], r["target_atas_triwulan"]) == (15.0, 25.0)
    assert r["selisih_target_bawah"] == pytest.approx(150 / 1800 * 100 - 10)
    assert r["status_target"] == "di bawah target"
    # PD1 in March (end of TW I): realisasi 300 of 1.800 = 16,67 %, inside the default band 15–25.
    r = rows[("PD1", 3)]
    assert r["realisasi_kumulatif"] == 300
    assert r["persen_serapan"] == pytest.approx(300 / 1800 * 100)
    assert (r["target_bawah"], r["target_atas"], r["status_target"]) == (15.0, 25.0, "sesuai target")
    assert r["fisik_persen"] == pytest.approx(1200 * 20 / 1800)
    assert r["selisih_fisik_keuangan"] == pytest.approx(1200 * 20 / 1800 - 300 / 1800 * 100)
    # After the last reported month (March) realisasi is empty, not zero; the plan goes on to 100 %.
    r = rows[("PD1", 4)]
    assert r["realisasi"] is None and r["realisasi_kumulatif"] is None and r["persen_serapan"] is None
    assert r["fisik_persen"] is None and r["deviasi"] is None
    assert r["bulan_terakhir_lapor"] == 3
    assert rows[("PD1", 12)]["persen_rencana_kas_kumulatif"] == pytest.approx(100.0)
    # PD2, imported cumulatively: February not reported → 0 that month, March 500 − 300 = 200; fisik carried.
    assert [rows[("PD2", b)]["realisasi"] for b in (1, 2, 3)] == [300, 0, 200]
    assert rows[("PD2", 2)]["fisik_persen"] == pytest.approx(10.0)
    r = rows[("PD2", 3)]
    assert r["persen_serapan"] == pytest.approx(50.0)  # 500 of 1.000
    assert r["status_target"] == "di atas target"
    assert r["rencana_kas_kumulatif"] == 500  # Jan 400 + Mar 100
    # The pemda in March: kas 300 + 500 = 800, realisasi 300 + 500 = 800 of pagu 2.800 = 28,57 % → above 25.
    r = rows[(None, 3)]
    assert (r["pagu"], r["rencana_kas_kumulatif"], r["realisasi_kumulatif"]) == (2800, 800, 800)
    assert r["persen_serapan"] == pytest.approx(800 / 2800 * 100)
    assert r["status_target"] == "di atas target"
    # Fisik: (1.200 × 20 + 600 × 0 + 1.000 × 30) / 2.800 = 19,29.
    assert r["fisik_persen"] == pytest.approx((1200 * 20 + 1000 * 30) / 2800)


def test_serapan_di_bawah_target(fixture_db: Path) -> None:
    # PD1 at the end of March: 300 of 1.800 = 16,67 %; with a TW I band of 30–40 % that is below it.
    con = duckdb.connect(str(fixture_db))
    con.execute("update target_serapan set batas_bawah = 30, batas_atas = 40 where triwulan = 1")
    con.close()
    assert baris(
        fixture_db, "select status_target from serapan_anggaran where kode_pd = 'PD1' and tahun = 2026 and bulan = 3"
    ) == [("di bawah target",)]


def test_query_fisik_pakai_bulan_terakhir_yang_dilaporkan(fixture_db: Path) -> None:
    # TW II asked, data only through March: the per-OPD progress is March's.
    df = run_query("serapan_pd_fisik", {"kode_pemda": "99", "tahun": 2026, "triwulan": 2}, fixture_db)
    assert list(df["bulan"]) == [3, 3]
    assert list(df["kode_pd"]) == ["PD1", "PD2"]  # lowest absorption first: 16,67 % then 50 %
    reader(fixture_db).close()


# --------------------------------------------------------------------------- the page (AppTest)


def buka(query_params: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for k, v in (query_params or {}).items():
        at.query_params[k] = v
    at.run()
    at.switch_page(HALAMAN).run()
    return at


def tanpa_galat(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def metrik(at: AppTest, label: str) -> str:
    nilai = [m.value for m in at.metric if m.label == label]
    assert len(nilai) == 1, f"metrik {label!r} tidak ada (ada: {[m.label for m in at.metric]})"
    return nilai[0]


def grafik(at: AppTest, judul: str) -> dict[str, Any]:
    figs = [json.loads(p.proto.spec) for p in at.get("plotly_chart")]
    cocok = [f for f in figs if judul in f["layout"].get("title", {}).get("text", "")]
    assert len(cocok) == 1, f"grafik {judul!r} tidak ada (ada: {[f['layout'].get('title') for f in figs]})"
    return cocok[0]


def test_halaman_fixture_angka(fixture_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANTAU_DB", str(fixture_db))
    at = buka({"pemda": "99", "tahun": "2026", "tw": "1"})
    tanpa_galat(at)
    assert metrik(at, "OPD menumpuk di akhir tahun") == "1 dari 2"
    assert metrik(at, "Rencana kas Okt–Des") == "32,1 %"  # 900 of 2.800
    assert metrik(at, "Serapan s.d. Maret") == "28,6 %"  # 800 of 2.800
    # the first section only: its two figures, nothing of the sections not opened
    assert [t.label for t in at.tabs] == [BAGIAN_SEBARAN, BAGIAN_PENUMPUKAN, BAGIAN_MUTU, BAGIAN_SERAPAN]
    assert len(at.get("plotly_chart")) == 2 and "bagian" not in at.query_params
    peta = grafik(at, "Peta pelaksanaan")
    # Rows worst first: PD1 (index 2,0) above PD2; PD1 in October: A and B.
    assert larik(peta["data"][0]["y"]) == ["Dis1", "Dinas Dua"]
    z = peta["data"][0]["z"]
    z = larik(z) if isinstance(z, dict) else z
    assert [row[9] for row in z] == [2, 0]
    assert "Pelaksanaan baru mulai di TW IV" not in [m.label for m in at.metric]
    assert metrik(buka_bagian(at, BAGIAN_MUTU), "Pelaksanaan baru mulai di TW IV") == "1"  # B
    assert not at.get(
        "plotly_chart"
    )  # the open section only (the URL follows a click: tests/test_browser_distribusi.py)
    buka_bagian(at, BAGIAN_SERAPAN)
    kurva = grafik(at, "Kurva S serapan anggaran: Provinsi Uji")
    realisasi = next(t for t in kurva["data"] if t["name"] == "Realisasi (kumulatif)")
    assert larik(realisasi["y"]) == pytest.approx([350 / 28, 450 / 28, 800 / 28])  # 50+300, 150+300, 300+500 of 2.800
    # The target band of every month: the defaults at quarter ends (15, 40, 65, 90), a straight line between them
    # from 0 at the start of the year (January 15 × 1/3 = 5, April 15 + 25 × 1/3 = 23,33 …).
    target = next(t for t in kurva["data"] if t["name"] == "Target serapan s.d. bulan itu")
    bawah = [5, 10, 15, 15 + 25 / 3, 15 + 50 / 3, 40, 40 + 25 / 3, 40 + 50 / 3, 65, 65 + 25 / 3, 65 + 50 / 3, 90]
    assert larik(target["base"]) == pytest.approx(bawah)

    # The measure switch and the OPD of the S-curve are in the URL.
    buka_bagian(at, BAGIAN_SEBARAN)
    at.radio(key="jadwal_ukuran").set_value("pagu").run()
    tanpa_galat(at)
    assert at.query_params["ukuran"] == "pagu"
    assert "bobot pagu" in grafik(at, "Peta pelaksanaan")["layout"]["title"]["text"]
    buka_bagian(at, BAGIAN_SERAPAN)
    at.selectbox(key="jadwal_opd").set_value("PD2").run()
    tanpa_galat(at)
    assert at.query_params["opd"] == "PD2"
    kurva = grafik(at, "Kurva S serapan anggaran: Dinas Dua")
    realisasi = next(t for t in kurva["data"] if t["name"] == "Realisasi (kumulatif)")
    assert larik(realisasi["y"]) == pytest.approx([30.0, 30.0, 50.0])


def test_halaman_fixture_daftar_mutu_unduh(fixture_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANTAU_DB", str(fixture_db))
    at = buka({"pemda": "99", "tahun": "2025", "tw": "4", "opd": "tidak-ada", "bagian": BAGIAN_SERAPAN})
    tanpa_galat(at)
    assert metrik(at, "Sub kegiatan berjadwal") == "6"  # 7 sub kegiatan, one without any jadwal
    # the section named in the URL is open; an unknown OPD in the URL falls back to the pemda
    assert at.selectbox(key="jadwal_opd").value == ""
    # No realisasi in 2025: the absorption part says so instead of drawing empty charts.
    assert any("Belum ada realisasi anggaran" in i.value for i in at.info)
    buka_bagian(at, BAGIAN_MUTU)
    assert metrik(at, "Sub kegiatan dengan jadwal salah") == "5"
    daftar = next(df.value for df in at.dataframe if "Masalah" in df.value.columns)
    assert len(daftar) == 6


def test_halaman_tanpa_kegiatan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A pemda with targets but no activities yet: an explanation, no charts, no error.
    db = tmp_path / "kosong.duckdb"
    create_database(db)
    con = duckdb.connect(str(db))
    con.execute("insert into pemda values ('99', 'Provinsi Uji', 'provinsi', null, null)")
    con.execute("insert into perangkat_daerah (kode_pd, kode_pemda, nama_pd) values ('PD1', '99', 'Dinas Satu')")
    con.execute(
        "insert into indikator (kode_pemda, kode_indikator, nama_indikator, satuan, kode_pd, jenis, polaritas, "
        "agregasi) values ('99', 'I1', 'Indikator', '%', 'PD1', 'IKU_PD', 'positif', 'nilai_akhir')"
    )
    con.execute(
        "insert into target (kode_pemda, kode_indikator, tahun, periode, target) values ('99', 'I1', 2026, 'TAHUNAN', 90)"
    )
    con.close()
    monkeypatch.setenv("PANTAU_DB", str(db))
    at = buka()
    tanpa_galat(at)
    assert any("Belum ada sub kegiatan" in i.value for i in at.info)
    assert not at.get("plotly_chart")


# --------------------------------------------------------------------------- the page on the demo province


def _demo(db: Path, sql: str, params: list) -> list[tuple]:
    return baris(db, sql, params)


def test_halaman_demo_penumpukan_dahulu(pantau_db: Path) -> None:
    """With the demo, the OPDs planted with a Q4 pile-up are the ones flagged, and they come first."""
    pemda, tahun = "99", 2026
    at = buka({"pemda": pemda, "tahun": str(tahun), "tw": "3"})
    tanpa_galat(at)
    # Independent of the views: the cash-plan share of Okt–Des per OPD straight from the base tables.
    kas = _demo(
        pantau_db,
        """
        select k.kode_pd, sum(r.nilai) filter (where r.bulan >= 10) / sum(r.nilai) * 100 as porsi
        from rencana_kas as r
        join kegiatan as k
            on k.kode_pemda = r.kode_pemda and k.tahun = r.tahun and k.kode_kegiatan = r.kode_kegiatan
        where r.kode_pemda = ? and r.tahun = ?
        group by k.kode_pd
        """,
        [pemda, tahun],
    )
    di_atas = {k for k, p in kas if p > 40}
    assert di_atas == set(Q4_PILEUP_PD)
    jumlah_pd = len(kas)
    assert metrik(at, "OPD menumpuk di akhir tahun") == f"{len(Q4_PILEUP_PD)} dari {jumlah_pd}"
    # The pile-up chart and the heatmap put exactly those OPDs first.
    singkatan = dict(
        _demo(
            pantau_db,
            "select kode_pd, coalesce(singkatan, nama_pd) from perangkat_daerah where kode_pemda = ? and kode_pd in "
            f"({', '.join('?' * len(Q4_PILEUP_PD))})",
            [pemda, *Q4_PILEUP_PD],
        )
    )
    peta = grafik(at, "Peta pelaksanaan")
    tumpuk = grafik(buka_bagian(at, BAGIAN_PENUMPUKAN), "Porsi Oktober–Desember per OPD")
    label = larik(tumpuk["data"][0]["y"])
    assert {lbl.removeprefix("⚠ ") for lbl in label[:3]} == set(singkatan.values())
    assert all(lbl.startswith("⚠ ") for lbl in label[:3]) and not any(lbl.startswith("⚠") for lbl in label[3:])
    assert set(larik(peta["data"][0]["y"])[:3]) == set(singkatan.values())
    # The heatmap holds every activity-month of execution of the pemda's sub kegiatan.
    (bulan_pelaksanaan,) = _demo(
        pantau_db,
        """
        select sum(j.bulan_selesai - j.bulan_mulai + 1)
        from jadwal as j
        join kegiatan as k
            on k.kode_pemda = j.kode_pemda and k.tahun = j.tahun and k.kode_kegiatan = j.kode_kegiatan
        where j.kode_pemda = ? and j.tahun = ? and j.tahap = 'pelaksanaan'
        """,
        [pemda, tahun],
    )[0]
    z = peta["data"][0]["z"]
    z = larik(z) if isinstance(z, dict) else z
    assert sum(sum(row) for row in z) == bulan_pelaksanaan
    # Execution starting in Okt–Des, counted on the base table.
    (mulai_tw4,) = _demo(
        pantau_db,
        """
        select count(*) from jadwal as j
        join kegiatan as k
            on k.kode_pemda = j.kode_pemda and k.tahun = j.tahun and k.kode_kegiatan = j.kode_kegiatan
        where j.kode_pemda = ? and j.tahun = ? and j.tahap = 'pelaksanaan' and j.bulan_mulai >= 10
        """,
        [pemda, tahun],
    )[0]
    assert mulai_tw4 > 0
    assert metrik(buka_bagian(at, BAGIAN_MUTU), "Pelaksanaan baru mulai di TW IV") == angka_id(mulai_tw4)


def test_halaman_demo_kurva_s(pantau_db: Path) -> None:
    """The S-curve ends at the last reported month, below the plan (the demo's spending lags the cash plan)."""
    pemda, tahun = "99", 2026
    at = buka({"pemda": pemda, "tahun": str(tahun), "tw": "3", "bagian": BAGIAN_SERAPAN})
    tanpa_galat(at)
    bulan_terakhir, realisasi, pagu, kas = _demo(
        pantau_db,
        """
        with sub as (
            select k.kode_pemda, k.tahun, k.kode_kegiatan, k.pagu from kegiatan as k
            where k.kode_pemda = ? and k.tahun = ? and k.pagu is not null
        )
        select
            (select max(bulan) from realisasi_anggaran r join sub using (kode_pemda, tahun, kode_kegiatan)),
            (select sum(realisasi) from realisasi_anggaran r join sub using (kode_pemda, tahun, kode_kegiatan)),
            (select sum(pagu) from sub),
            (select sum(nilai) from rencana_kas r join sub using (kode_pemda, tahun, kode_kegiatan) where r.bulan <= 9)
        """,
        [pemda, tahun],
    )[0]
    assert bulan_terakhir == 9
    ((nama_pemda,),) = _demo(pantau_db, "select nama_pemda from pemda where kode_pemda = ?", [pemda])
    kurva = grafik(at, f"Kurva S serapan anggaran: {nama_pemda}")
    real = next(t for t in kurva["data"] if t["name"] == "Realisasi (kumulatif)")
    rencana = next(t for t in kurva["data"] if t["name"] == "Rencana kas (kumulatif)")
    assert len(larik(real["y"])) == bulan_terakhir
    assert larik(real["y"])[-1] == pytest.approx(realisasi / pagu * 100)
    assert larik(rencana["y"])[8] == pytest.approx(kas / pagu * 100)
    assert larik(real["y"])[-1] < larik(rencana["y"])[8]
    assert metrik(at, "Serapan s.d. September") == f"{realisasi / pagu * 100:.1f} %".replace(".", ",")
    # The page says there is no national target and the bands are editable defaults.
    assert any("Tidak ada target serapan nasional" in i.value for i in at.info)
    # Monthly deviation: one bar per reported month.
    assert len(larik(grafik(at, "Deviasi realisasi")["data"][0]["y"])) == bulan_terakhir
    # Physical vs financial: every OPD of the pemda.
    fisik = grafik(at, "Progres fisik dan keuangan per OPD s.d. September")
    assert sum(len(larik(t["y"])) for t in fisik["data"] if t.get("name", "").startswith("Keuangan")) == len(
        _demo(pantau_db, "select kode_pd from perangkat_daerah where kode_pemda = ?", [pemda])
    )


def test_halaman_nasional_memotong_grafik_opd(pantau_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The national view (`?pemda=*`): the OPD-level figures hold the first BATAS_OPD_NASIONAL OPD of their own order
    (the nation has ~19.000: one heatmap with all was 17 MB), the summary shares are the nation's (sums of every
    pemda's amounts, not the first pemda's row), and no serapan figure of one pemda is shown as the nation's. The
    demo has fewer OPD than the national limit (40): the limit is set to 10 here."""
    import pantau.frame

    monkeypatch.setattr(pantau.frame, "BATAS_OPD_NASIONAL", 10)
    tahun = 2026
    at = buka({"pemda": "*", "tahun": str(tahun), "tw": "3"})
    tanpa_galat(at)
    # Independent of the views: the demo's OPD with a cash plan, straight from the base tables.
    (jumlah_opd,) = _demo(
        pantau_db,
        "select count(distinct (k.kode_pemda, k.kode_pd)) from rencana_kas r join kegiatan k on k.kode_pemda = "
        "r.kode_pemda and k.tahun = r.tahun and k.kode_kegiatan = r.kode_kegiatan where r.tahun = ?",
        [tahun],
    )[0]
    assert jumlah_opd > 10
    peta = grafik(at, "Peta pelaksanaan")
    assert len(larik(peta["data"][0]["y"])) == 10
    teks = " ".join(c.value for c in at.caption)
    assert "10 OPD pertama (indeks penumpukan tertinggi)" in teks
    tumpuk = grafik(buka_bagian(at, BAGIAN_PENUMPUKAN), "Porsi Oktober–Desember per OPD")
    assert max(len(larik(d["y"])) for d in tumpuk["data"] if "y" in d) == 10
    teks = " ".join(c.value for c in at.caption)
    assert "10 OPD pertama (indeks penumpukan tertinggi)" in teks
    # the nation's cash plan in Oct–Dec: shares of the summed pemda amounts (the pemda rows of pd_penumpukan)
    kas_tw4, kas_tahun = _demo(
        pantau_db,
        "select sum(rencana_kas_tw4), sum(rencana_kas_tahun) from pd_penumpukan where tahun = ? and kode_pd is null",
        [tahun],
    )[0]
    nasional = kas_tw4 / kas_tahun * 100
    assert metrik(at, "Rencana kas Okt–Des") == fmt.persen(nasional)
    # (on the demo the first pemda's share rounds alike; tests/test_kunci_pemda_capaian.py tells them apart)
    assert metrik(at, "Serapan anggaran") == "–"
    buka_bagian(at, BAGIAN_SERAPAN)
    assert any("pilih satu pemda di samping untuk kurva S-nya" in i.value for i in at.info)
    assert not [
        f
        for f in at.get("plotly_chart")
        if "Kurva S" in json.loads(f.proto.spec)["layout"].get("title", {}).get("text", "")
    ]
