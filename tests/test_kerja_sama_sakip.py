"""Kerja sama daerah, Perjanjian Kinerja, SAKIP and the kab/kota comparison (issue 9): the rules of
queries/schema/60_kerja_sama_sakip.sql and the page queries, on a small fixture database whose every
expected number is worked out by hand in a comment; then each page through AppTest on the demo province,
its numbers checked against plain SQL on the base tables and the demo's planted situations.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from helpers import ROOT, buka, buka_bagian, larik
from streamlit.testing.v1 import AppTest

from pantau import demo_data as dd
from pantau import figures
from pantau import format as fmt
from pantau.db import create_database, run_query
from pantau.laporan import BAGIAN_BANDINGKAN, BAGIAN_CROSSCUTTING, BAGIAN_GAMBARAN, BAGIAN_SAKIP_SEMUA

P, K1, K2 = "P", "K1", "K2"
HARI = dt.date(2026, 10, 15)
approx = pytest.approx


# --------------------------------------------------------------------------- the fixture

# A province P with two kab/kota K1, K2. OPDs of P: A (PK on time), B (PK late), C (acting head, no PK),
# D (only a 2025 PK). K1's only OPD has a 2027 PK and a 2026 row without a date; K2's signed on the deadline day.
OPD = [
    ("P-A", P, "Dinas A", "DA", "Kepala A"),
    ("P-B", P, "Dinas B", "DB", "Kepala B"),
    ("P-C", P, "Dinas C", "DC", "Plt. Kepala C"),
    ("P-D", P, "Dinas D", "DD", "Kepala D"),
    ("K1-A", K1, "Dinas K1", "DK1", "Kepala K1"),
    ("K2-A", K2, "Dinas K2", "DK2", "Kepala K2"),
]
PEMDA_PD = {o[0]: o[1] for o in OPD}
# perjanjian_kinerja (v2): one row per OPD and year. (kode_pd, tahun, tanggal_tanda_tangan)
PK = [
    ("P-A", 2026, "2026-01-21"),
    ("P-B", 2026, "2026-03-05"),
    ("P-D", 2025, "2025-02-10"),
    ("K1-A", 2027, "2027-01-15"),
    ("K1-A", 2026, None),
    ("K2-A", 2026, "2026-02-28"),
]
# (kode, nama, kode_pd, jenis, polaritas, kode_referensi)
INDIKATOR = [
    ("I-A1", "Prevalensi X", "P-A", "IKU_PD", "negatif", "REF-X"),
    ("I-A2", "Indikator A2", "P-A", "IKU_PEMDA", "positif", None),
    ("I-A3", "Indikator A3", "P-A", "IK_PROGRAM", "positif", None),
    ("I-B1", "Indikator B1", "P-B", "IKU_PD", "positif", None),
    ("I-N", "Jumlah Y", "P-B", "IKU_PD", "positif", None),
    ("I-U", "Unik", "P-C", "IKU_PD", "positif", None),
    ("K1-X", "Angka X Kabupaten", "K1-A", "IKU_PD", "negatif", "REF-X"),
    ("K1-N", "  jumlah   y ", "K1-A", "IKU_PD", "positif", None),
    ("K2-X", "Prevalensi X", "K2-A", "IKU_PD", "negatif", None),
]
# (nomor, kode_pd, mulai, berakhir, masuk_perencanaan, masuk_anggaran, kode_kegiatan, kategori, dprd)
KERJA_SAMA = [
    ("KS1", "P-A", "2024-01-01", "2029-12-31", True, True, "1.01.02", "antar_daerah", True),
    ("KS2", "P-A", "2025-05-01", "2027-04-15", True, False, "1.01.02.1.01.0001;1.01.02", "pihak_ketiga", None),
    ("KS3", "P-B", "2025-01-01", "2027-04-16", False, False, None, "antar_daerah", False),
    ("KS4", "P-B", "2024-07-01", "2026-06-30", None, None, None, None, None),
    ("KS5", "P-A", "2026-11-01", "2028-10-31", True, True, "9.99.99", "luar_negeri", True),
    ("KS6", "K1-A", "2025-01-01", "2027-12-31", False, False, None, "antar_daerah", None),
]
# (tahun, kode_pemda, kode_pd, nilai, target, perencanaan, pengukuran, pelaporan, evaluasi)
SAKIP = [
    (2019, P, "P-A", 30.00, "BB", None, None, None, None),
    (2020, P, "P-A", 30.01, "BB", None, None, None, None),
    (2021, P, "P-A", 50.00, "BB", None, None, None, None),
    (2022, P, "P-A", 50.01, "BB", None, None, None, None),
    (2023, P, "P-A", 60.00, "BB", None, None, None, None),
    (2024, P, "P-A", 70.00, "BB", None, None, None, None),
    (2025, P, "P-A", 80.00, "BB", 24.0, 24.0, 12.0, 20.0),
    (2026, P, "P-A", 90.01, "BB", None, None, None, None),
    (2024, P, "P-B", 95.00, "AA", None, None, None, None),
    (2025, P, "P-B", 90.00, "AA", 31.0, 20.0, 19.0, 20.0),
    (2023, P, "P-C", 61.00, "B", 20.0, 20.0, 10.0, 10.0),
    (2025, P, "P-C", 65.00, "B", None, None, None, None),
    (2024, P, None, 70.00, "A", None, None, None, None),
    (2025, P, None, 80.01, "A", 25.0, 25.0, 12.01, 18.0),
]


def _isi(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "insert into pemda values ('P', 'Provinsi P', 'provinsi', null, null),"
        " ('K1', 'Kabupaten K1', 'kabupaten', 'P', null), ('K2', 'Kota K2', 'kota', 'P', null)"
    )
    con.executemany(
        "insert into perangkat_daerah (kode_pd, kode_pemda, nama_pd, singkatan, nama_kepala) values (?, ?, ?, ?, ?)",
        OPD,
    )
    con.executemany(
        "insert into perjanjian_kinerja (kode_pemda, kode_pd, tahun, tanggal_tanda_tangan) values (?, ?, ?, ?)",
        [(PEMDA_PD[k], k, t, d) for k, t, d in PK],
    )
    con.executemany(
        "insert into indikator (kode_pemda, kode_indikator, nama_indikator, satuan, kode_pd, jenis, polaritas,"
        " agregasi, kode_referensi) values (?, ?, ?, '%', ?, ?, ?, 'nilai_akhir', ?)",
        [(PEMDA_PD[i[2]], *i) for i in INDIKATOR],
    )
    pemda_iku = {i[0]: PEMDA_PD[i[2]] for i in INDIKATOR}
    # Quarterly targets 2026 for the comparable ones and I-N; I-A2 only a TAHUNAN target; I-B1 none in 2026.
    tw = {"I-A1": 10, "K1-X": 20, "K2-X": 5, "I-N": 100, "K1-N": 80}
    for kode, t in tw.items():
        for q in (1, 2, 3, 4):
            con.execute("insert into target (kode_pemda, kode_indikator, tahun, periode, target)"
                        " values (?, ?, 2026, ?, ?)", [pemda_iku[kode], kode, f"TW{q}", t])  # fmt: skip
    con.execute("insert into target (kode_pemda, kode_indikator, tahun, periode, target) values"
                " ('P', 'I-A2', 2026, 'TAHUNAN', 50), ('P', 'I-B1', 2025, 'TAHUNAN', 1)")  # fmt: skip
    # TW1 2026 realisations: P 9 against 10, K1 25 against 20, K2 5 against 5 (negatif, (2T-R)/T).
    con.execute(
        "insert into realisasi (kode_pemda, kode_indikator, tahun, periode, realisasi) values"
        " ('P', 'I-A1', 2026, 'TW1', 9), ('K1', 'K1-X', 2026, 'TW1', 25), ('K2', 'K2-X', 2026, 'TW1', 5),"
        " ('P', 'I-N', 2026, 'TW1', 90), ('K1', 'K1-N', 2026, 'TW1', 88), ('P', 'I-A1', 2026, 'TW2', 8)"
    )
    # Budget 2026: P-A's program 1.01.02 serves I-A1 and covers two sub kegiatan; P-B's sub kegiatan serves
    # I-A1 on its own row. 2025 has one row so that 2025 is a data year.
    con.execute(
        "insert into kegiatan (kode_pemda, tahun, kode_pd, kode_kegiatan, nama, pagu, kode_indikator) values"
        " ('P', 2026, 'P-A', '1.01.02', 'Program', null, 'I-A1'),"
        " ('P', 2026, 'P-A', '1.01.02.1.01', 'Kegiatan', null, null),"
        " ('P', 2026, 'P-A', '1.01.02.1.01.0001', 'Sub 1', 100, null),"
        " ('P', 2026, 'P-A', '1.01.02.1.01.0002', 'Sub 2', 50, null),"
        " ('P', 2026, 'P-B', '2.02.02.1.01.0001', 'Sub B', 30, 'I-A1'),"
        " ('P', 2025, 'P-A', '1.01.02.1.01.0001', 'Sub 1', 90, null)"
    )
    con.execute(
        "insert into realisasi_anggaran (kode_pemda, tahun, kode_kegiatan, bulan, realisasi) values"
        " ('P', 2026, '1.01.02.1.01.0001', 1, 10), ('P', 2026, '1.01.02.1.01.0001', 2, 20),"
        " ('P', 2026, '1.01.02.1.01.0001', 3, 5), ('P', 2026, '1.01.02.1.01.0002', 1, 5)"
    )
    con.executemany(
        "insert into kerja_sama (kode_pemda, nomor, judul, mitra, kode_pd, tanggal_mulai, tanggal_berakhir,"
        " masuk_perencanaan, masuk_anggaran, kode_kegiatan, kategori, persetujuan_dprd) values (?, ?, 'Judul ' || ?,"
        " 'Mitra', ?, ?, ?, ?, ?, ?, ?, ?)",
        [(PEMDA_PD[k[1]], k[0], k[0], *k[1:]) for k in KERJA_SAMA],
    )
    con.executemany("insert into evaluasi_sakip (tahun, kode_pemda, kode_pd, nilai, target_predikat, nilai_perencanaan,"
                    " nilai_pengukuran, nilai_pelaporan, nilai_evaluasi) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", SAKIP)  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kerja_sama") / "ks.duckdb"
    create_database(path)
    con = duckdb.connect(str(path))
    _isi(con)
    con.close()
    return path


@pytest.fixture
def con(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = duckdb.connect(str(db), read_only=True)
    yield c
    c.close()


def q(db: Path, nama: str, **params: Any) -> pd.DataFrame:
    """A page query by name with the page's parameters."""
    semua = {"kode_pemda": P, "tahun": 2026, "triwulan": 1, "periode": "TW1", "hari_ini": HARI, "hanya_pemda": ""}
    semua |= params
    return run_query(nama, semua, db)


def satu(df: pd.DataFrame, kolom: str, nilai: object) -> pd.Series:
    cocok = df[df[kolom] == nilai]
    assert len(cocok) == 1, (kolom, nilai, df[kolom].tolist())
    return cocok.iloc[0]


def sql(con: duckdb.DuckDBPyConnection, teks: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(teks, params or []).df()


# --------------------------------------------------------------------------- kerja sama


def test_kerja_sama_integrasi_dan_masa(con: duckdb.DuckDBPyConnection) -> None:
    ks = sql(con, "select * from kerja_sama_per(date '2026-10-15') where tahun = 2026").set_index("nomor")
    # In force during 2026 in P: KS1..KS5 (KS4 ended mid-2026, KS5 starts in November); KS6 is K1's.
    assert sorted(ks.index[ks["kode_pemda"] == P]) == ["KS1", "KS2", "KS3", "KS4", "KS5"]
    assert ks["status_integrasi"].to_dict() == {
        "KS1": "terintegrasi",
        "KS2": "belum_dianggarkan",  # planned, not funded
        "KS3": "belum_direncanakan",
        "KS4": "belum_direncanakan",  # both flags empty: integration must be declared, empty counts as not
        "KS5": "terintegrasi",
        "KS6": "belum_direncanakan",
    }
    # Six months after 15 Oct 2026 is 15 Apr 2027: KS2 ends exactly then (segera berakhir, inclusive), KS3 a day
    # later (still berlaku); KS4 ended 30 Jun 2026; KS5 starts 1 Nov 2026.
    assert ks["masa"].to_dict() == {
        "KS1": "berlaku",
        "KS2": "segera_berakhir",
        "KS3": "berlaku",
        "KS4": "berakhir",
        "KS5": "belum_berlaku",
        "KS6": "berlaku",
    }
    assert ks.loc["KS2", "sisa_hari"] == 182  # 16 Oct..15 Apr: 16+30+31+31+28+31+15 = 182
    assert ks.loc["KS4", "sisa_hari"] == -107  # 30 Jun → 15 Oct: 0+31+31+30+15 = 107 days ago
    # A later date moves KS3 into the window: 20 Nov 2026 + 6 months = 20 May 2027 ≥ 16 Apr 2027.
    nanti = sql(con, "select nomor, masa from kerja_sama_per(date '2026-11-20') where tahun = 2026")
    assert dict(nanti.itertuples(index=False))["KS3"] == "segera_berakhir"
    # Money: KS1's program covers both sub kegiatan: pagu 100 + 50 = 150, realisasi (10+20+5) + 5 = 40.
    # KS2 lists a sub kegiatan and its program: the sub counts once, the same 150 / 40.
    for nomor in ("KS1", "KS2"):
        r = ks.loc[nomor]
        assert (r["jumlah_sub_kegiatan"], r["pagu"], r["realisasi"]) == (2, 150, 40), nomor
        assert r["serapan_persen"] == approx(40 / 150 * 100)  # 26,67 %
    assert ks.loc["KS2", "jumlah_kode_dirujuk"] == 2
    # KS5 names a code not in the 2026 DPA: declared funded, no pagu found.
    assert ks.loc["KS5", "jumlah_kode_tidak_ditemukan"] == 1 and ks.loc["KS5", "dianggarkan_tanpa_pagu"]
    assert not ks.loc["KS1", "dianggarkan_tanpa_pagu"]
    assert ks["tanpa_persetujuan_dprd"].to_dict() == {k: k == "KS3" for k in ks.index}
    assert ks.loc["KS4", "label_kategori"] == "Belum dikategorikan"
    # 2025: KS5 (from Nov 2026) is not in force; KS1's program code covers 2025's only sub kegiatan (pagu 90)
    # although the program row itself is not in the 2025 DPA.
    ks25 = sql(con, "select * from kerja_sama_per(date '2026-10-15') where tahun = 2025").set_index("nomor")
    assert "KS5" not in ks25.index
    assert ks25.loc["KS1", "pagu"] == 90  # the sub kegiatan 1.01.02.1.01.0001 of 2025 is under 1.01.02


def test_kerja_sama_ringkasan_dan_urutan(db: Path) -> None:
    r = q(db, "kerja_sama_ringkasan").iloc[0]
    # P in 2026: 5 agreements, 2 integrated (KS1, KS5) = 40 %; not planned KS3, KS4; not funded KS2.
    assert (r["jumlah"], r["jumlah_terintegrasi"]) == (5, 2)
    assert r["persen_terintegrasi"] == approx(40.0)
    assert (r["jumlah_belum_direncanakan"], r["jumlah_belum_dianggarkan"]) == (2, 1)
    assert (r["jumlah_segera_berakhir"], r["jumlah_berakhir"], r["jumlah_tanpa_persetujuan_dprd"]) == (1, 1, 1)
    assert r["jumlah_dianggarkan_tanpa_pagu"] == 1
    assert r["pagu"] == 300 and r["realisasi"] == 80  # KS1 and KS2, 150 and 40 each (per agreement)
    # Not integrated first (by end date: KS4 30 Jun 2026, KS3 16 Apr 2027), then the unfunded KS2, then the
    # integrated ones by end date (KS5 2028, KS1 2029).
    daftar = q(db, "kerja_sama_daftar")
    assert daftar["nomor"].tolist() == ["KS4", "KS3", "KS2", "KS5", "KS1"]
    tindakan = dict(zip(daftar["nomor"], daftar["tindakan"], strict=True))
    assert tindakan["KS3"] == "Masukkan ke RKPD/Renja dan usulkan anggarannya; Mintakan persetujuan DPRD"
    assert tindakan["KS2"] == "Usulkan anggarannya di DPA; Putuskan perpanjangan sebelum berakhir"
    assert tindakan["KS1"] == ""
    assert "Periksa kode kegiatan" in tindakan["KS5"]
    # A kab/kota without agreements: zero, not an error.
    assert q(db, "kerja_sama_ringkasan", kode_pemda=K2).iloc[0]["jumlah"] == 0


def test_kerja_sama_per_opd_dan_kategori(db: Path) -> None:
    per_pd = q(db, "kerja_sama_pd_integrasi")
    # P-A: KS1, KS2, KS5 → 2 of 3 integrated = 66,7 %; P-B: KS3, KS4 → 0 %. Lowest share first.
    assert per_pd.groupby("kode_pd", sort=False)["persen_terintegrasi"].first().to_dict() == {
        "P-B": approx(0.0),
        "P-A": approx(200 / 3),
    }
    assert satu(per_pd[per_pd["kode_pd"] == "P-A"], "status_integrasi", "terintegrasi")["jumlah"] == 2
    assert satu(per_pd[per_pd["kode_pd"] == "P-B"], "status_integrasi", "belum_direncanakan")["jumlah"] == 2
    kategori = q(db, "kerja_sama_kategori_integrasi")
    persen = kategori.groupby("kelompok")["persen_terintegrasi"].first().to_dict()
    # antar daerah KS1 (yes), KS3 (no) = 50 %; pihak ketiga KS2 = 0 %; luar negeri KS5 = 100 %; KS4 uncategorised.
    assert persen == {
        "Antardaerah": approx(50.0),
        "Pihak ketiga": approx(0.0),
        "Luar negeri": approx(100.0),
        "Belum dikategorikan": approx(0.0),
    }
    rincian = q(db, "kerja_sama_kegiatan_rincian")
    ks2 = rincian[rincian["nomor"] == "KS2"]
    # KS2: the sub listed itself (1 row) and its program (2 rows): three rows, both subs found.
    assert sorted(ks2["kode_kegiatan"]) == ["1.01.02.1.01.0001", "1.01.02.1.01.0001", "1.01.02.1.01.0002"]
    ks5 = satu(rincian, "nomor", "KS5")
    assert not ks5["ditemukan"] and pd.isna(ks5["kode_kegiatan"])


# --------------------------------------------------------------------------- Perjanjian Kinerja


def test_pk_keadaan(con: duckdb.DuckDBPyConnection) -> None:
    pk = sql(con, "select * from pk_status_per(date '2026-10-15') where tahun = 2026").set_index("kode_pd")
    # Deadline 2026: the last day of February (pengaturan pk_batas_bulan = 2).
    assert (pk["batas_tanda_tangan"] == pd.Timestamp("2026-02-28")).all()
    assert pk["keadaan"].to_dict() == {
        "P-A": "tepat_waktu",  # 21 Jan
        "P-B": "terlambat",  # 5 Mar
        "P-C": "belum_lewat_batas",  # no date at all, October
        "P-D": "belum_lewat_batas",  # only a 2025 PK: none for 2026
        "K1-A": "tidak_tercatat",  # a 2026 row without a date: the PK is on record, its date is not
        "K2-A": "tepat_waktu",  # on the deadline day itself
    }
    assert pk.loc["P-B", "hari_lewat_batas"] == 5  # 28 Feb → 5 Mar
    assert pk.loc["P-C", "hari_lewat_batas"] == 229  # 28 Feb → 15 Oct: 31+30+31+30+31+31+30+15
    assert pd.isna(pk.loc["P-A", "hari_lewat_batas"])
    assert pk["ditandatangani"].to_dict() == {
        "P-A": True, "P-B": True, "P-C": False, "P-D": False, "K1-A": None, "K2-A": True,
    }  # fmt: skip
    assert pk.loc["P-C", "kepala_plt"] and not pk.loc["P-A", "kepala_plt"]
    # IKU held: P-A has I-A1 (TW targets) and I-A2 (TAHUNAN only); I-A3 is an IK_PROGRAM, not counted.
    # P-B: I-B1 (no 2026 target) and I-N (TW targets).
    assert tuple(pk.loc["P-A", ["jumlah_iku", "jumlah_iku_bertarget", "jumlah_iku_target_triwulan"]]) == (2, 2, 1)
    assert tuple(pk.loc["P-B", ["jumlah_iku", "jumlah_iku_bertarget", "jumlah_iku_target_triwulan"]]) == (2, 1, 1)
    # Before the deadline nobody is late, and P-B's March signature has not happened yet on 20 Feb.
    awal = sql(con, "select kode_pd, keadaan from pk_status_per(date '2026-02-20') where tahun = 2026")
    awal_d = dict(awal.itertuples(index=False))
    assert awal_d["P-C"] == "belum" and awal_d["P-B"] == "belum" and awal_d["P-A"] == "tepat_waktu"
    # 2025, seen in 2026: P-D's 10 Feb 2025 was on time; the others have no 2025 row: not signed, past the
    # deadline. Only P has data in 2025 (K1's and K2's data years are 2026), so only P's OPDs have a 2025 row.
    lalu = dict(sql(con, "select kode_pd, keadaan from pk_status_per(date '2026-10-15') where tahun = 2025")
                .itertuples(index=False))  # fmt: skip
    assert lalu == {k: ("tepat_waktu" if k == "P-D" else "belum_lewat_batas") for k in ("P-A", "P-B", "P-C", "P-D")}
    # K1's 2027 PK belongs to 2027, which is no data year of K1: it shows nowhere.
    assert sql(con, "select count(*) as n from pk_status_per(date '2026-10-15') where tahun = 2027")["n"][0] == 0


def test_pk_batas_diubah_sampai_ke_tabel_tersimpan(db: Path, tmp_path: Path) -> None:
    """The deadline is stored with each OPD's PK row (pk_opd_tahun, for speed): a change of pk_batas_bulan through
    the settings write must reach it, after every stored view has been written (a write stores them)."""
    from pantau.importer.tulis import perbarui_skema
    from pantau.pengaturan import ubah_pengaturan

    salinan = tmp_path / "batas.duckdb"
    salinan.write_bytes(db.read_bytes())
    perbarui_skema(salinan)  # every stored view now reads its table, as after any import
    teks = "select kode_pd, batas_tanda_tangan, keadaan from pk_status_per(date '2026-03-10') where tahun = 2026"
    with duckdb.connect(str(salinan), read_only=True) as c:
        assert c.execute("select count(*) from pk_opd_tahun_tersimpan").fetchone()[0] > 0
        sebelum = sql(c, teks).set_index("kode_pd")
    assert (sebelum["batas_tanda_tangan"] == pd.Timestamp("2026-02-28")).all()
    assert sebelum.loc["P-B", "keadaan"] == "terlambat"  # signed 5 March, after the end of February
    ok, pesan = ubah_pengaturan(salinan, "pk_batas_bulan", 3)
    assert ok, pesan
    with duckdb.connect(str(salinan), read_only=True) as c:
        sesudah = sql(c, teks).set_index("kode_pd")
    # End of March: P-B's 5 March is on time, and on 10 March the unsigned ones are not yet late.
    assert (sesudah["batas_tanda_tangan"] == pd.Timestamp("2026-03-31")).all()
    assert sesudah.loc["P-B", "keadaan"] == "tepat_waktu"
    assert sesudah.loc["P-C", "keadaan"] == "belum" and sebelum.loc["P-C", "keadaan"] == "belum_lewat_batas"


def test_pk_ringkas_dan_daftar(db: Path) -> None:
    semua = q(db, "pk_ringkas").set_index("kode_pemda")
    assert list(semua.index) == [P, K1, K2]  # province first
    p = semua.loc[P]
    # P: signed A (on time) and B (late); not signed C and D, both past the deadline.
    assert tuple(p[["jumlah_opd", "jumlah_ditandatangani", "jumlah_tepat_waktu", "jumlah_terlambat"]]) == (4, 2, 1, 1)
    assert tuple(p[["jumlah_belum", "jumlah_lewat_batas", "jumlah_tidak_tercatat", "jumlah_tercatat"]]) == (2, 2, 0, 4)
    assert p["persen_ditandatangani"] == approx(50.0)
    k1 = semua.loc[K1]
    assert (k1["jumlah_tercatat"], k1["jumlah_tidak_tercatat"]) == (0, 1) and pd.isna(k1["persen_ditandatangani"])
    # one pemda only (Ringkasan, the meeting pack): that pemda's row, the same as among all
    hanya = q(db, "pk_ringkas", hanya_pemda=P)
    assert hanya["kode_pemda"].tolist() == [P]
    assert hanya.iloc[0].drop("kode_pemda").equals(semua.loc[P])
    daftar = q(db, "pk_pd_daftar")
    # Unsigned past the deadline first (longest first: equal here, then by code), then late, then on time.
    assert daftar["kode_pd"].tolist() == ["P-C", "P-D", "P-B", "P-A"]
    assert satu(daftar, "kode_pd", "P-A")["persen_iku_target_triwulan"] == approx(50.0)  # 1 of 2
    # every OPD's row carries how many OPD of the pemda share its state (the page's bar chart, one bar per state)
    assert dict(zip(daftar["kode_pd"], daftar["jumlah_opd_keadaan"], strict=True)) == {
        "P-C": 2, "P-D": 2, "P-B": 1, "P-A": 1,
    }  # fmt: skip


# --------------------------------------------------------------------------- SAKIP


def test_sakip_predikat_batas(con: duckdb.DuckDBPyConnection) -> None:
    s = sql(con, "select tahun, predikat, tren, nilai_tahun_lalu from sakip_predikat where kode_pd = 'P-A'")
    # PermenPANRB 88/2021: > 90 AA, > 80 A, > 70 BB, > 60 B, > 50 CC, > 30 C, else D. A score on a boundary
    # belongs to the class below it.
    assert dict(zip(s["tahun"], s["predikat"], strict=True)) == {
        2019: "D",  # 30,00
        2020: "C",  # 30,01
        2021: "C",  # 50,00
        2022: "CC",  # 50,01
        2023: "CC",  # 60,00
        2024: "B",  # 70,00
        2025: "BB",  # 80,00
        2026: "AA",  # 90,01
    }
    assert set(s["tren"].dropna()) == {"naik"} and s["tren"].isna().sum() == 1  # the first year has no trend
    b = sql(con, "select * from sakip_predikat where kode_pd = 'P-B'").set_index("tahun")
    assert b.loc[2025, "predikat"] == "A"  # exactly 90: A, not AA
    assert b.loc[2025, "tren"] == "turun" and b.loc[2025, "perubahan_nilai"] == approx(-5.0)  # 95 → 90
    assert b.loc[2025, "perubahan_tingkat"] == -1  # AA → A
    assert not b.loc[2025, "memenuhi_target"] and b.loc[2025, "kurang_dari_target"] == approx(0.0)  # needs > 90


def test_sakip_target_komponen_dan_tahun_lalu(con: duckdb.DuckDBPyConnection) -> None:
    s = sql(con, "select * from sakip_predikat where tahun = 2025").set_index(["kode_pd"])
    # P-A 2025: 80,00 = BB, target BB → met; components 24 + 24 + 12 + 20 = 80, each within 30/30/15/25.
    assert s.loc["P-A", "memenuhi_target"] and s.loc["P-A", "komponen_sesuai"]
    assert s.loc["P-A", "jumlah_komponen"] == approx(80.0)
    # P-B 2025: perencanaan 31 is over its weight 30 (sum 31+20+19+20 = 90 matches, but 19 > 15 too).
    assert s.loc["P-B", "komponen_sesuai"] == False  # noqa: E712 (a numpy bool)
    # P-C 2025: no components → unknown; no 2024 evaluation → no trend even though 2023 exists.
    assert pd.isna(s.loc["P-C", "komponen_sesuai"])
    assert pd.isna(s.loc["P-C", "nilai_tahun_lalu"]) and pd.isna(s.loc["P-C", "tren"])
    c23 = sql(con, "select komponen_sesuai from sakip_predikat where kode_pd = 'P-C' and tahun = 2023")
    assert not c23.iloc[0, 0]  # 20+20+10+10 = 60 ≠ 61
    # Pemda level (kode_pd NULL): 2024 70,00 = B, 2025 80,01 = A: two classes up, target A met.
    pemda = sql(con, "select * from sakip_predikat where tingkat = 'pemda'").set_index("tahun")
    assert pemda.loc[2024, "predikat"] == "B" and pemda.loc[2025, "predikat"] == "A"
    assert pemda.loc[2025, "perubahan_tingkat"] == 2 and pemda.loc[2025, "perubahan_nilai"] == approx(10.01)
    assert pemda.loc[2025, "memenuhi_target"] and pd.isna(pemda.loc[2025, "kurang_dari_target"])
    # 2024 target A: needs more than 80, 10 points short.
    assert pemda.loc[2024, "kurang_dari_target"] == approx(10.0) and pemda.loc[2024, "batas_nilai_target"] == 80
    assert pemda.loc[2025, "nama"] == "Provinsi P"


def test_sakip_skala_dapat_diubah(db: Path, tmp_path: Path) -> None:
    salinan = tmp_path / "ubah.duckdb"
    salinan.write_bytes(db.read_bytes())
    with duckdb.connect(str(salinan)) as c:
        # A pemda that sets BB from 69: 70,00 becomes BB.
        c.execute("update skala_sakip set batas_bawah = 69 where predikat = 'BB'")
        (p,) = c.execute("select predikat from sakip_predikat where kode_pd = 'P-A' and tahun = 2024").fetchone()
    assert p == "BB"


def test_sakip_queries(db: Path) -> None:
    r = q(db, "sakip_ringkasan", tahun=2025).iloc[0]
    # 2025: pemda 80,01 (A, target A met, from 70,00: +10,01). OPDs P-A (BB, met), P-B (A vs AA, not met,
    # falling), P-C (65 = B, target B, met): 2 of 3 met, BB or better: P-A and P-B = 2 of 3.
    assert r["tahun_evaluasi"] == 2025 and r["predikat"] == "A" and r["memenuhi_target"]
    assert r["perubahan_nilai"] == approx(10.01)
    assert tuple(r[["jumlah_opd", "jumlah_opd_memenuhi_target", "jumlah_opd_di_bawah_target", "jumlah_opd_turun"]]) == (
        3, 2, 1, 1,
    )  # fmt: skip
    assert r["jumlah_opd_minimal_bb"] == 2 and r["persen_opd_minimal_bb"] == approx(200 / 3)
    # The latest evaluation up to the chosen year: for 2026 that is P-A's 2026 row (no pemda row that year).
    r26 = q(db, "sakip_ringkasan", tahun=2026).iloc[0]
    assert r26["tahun_evaluasi"] == 2026 and pd.isna(r26["nilai"]) and r26["jumlah_opd"] == 1
    assert q(db, "sakip_ringkasan", tahun=2018).empty  # nothing evaluated yet
    daftar = q(db, "sakip_pd_daftar", tahun=2025)
    assert daftar["kode_pd"].tolist()[0] == "P-B"  # below target first
    jumlah = q(db, "sakip_predikat_jumlah", tahun=2025)
    assert jumlah["predikat"].tolist() == ["AA", "A", "BB", "B", "CC", "C", "D"]
    assert dict(zip(jumlah["predikat"], jumlah["jumlah"], strict=True))["B"] == 1
    tren = q(db, "sakip_pemda_tren", kode_pemda=K1)  # a kab/kota sees its province's pemda-level series
    assert tren["tahun"].tolist() == [2024, 2025] and not tren["terpilih"].any()


# --------------------------------------------------------------------------- kabupaten/kota


def test_perbandingan_pemda(con: duckdb.DuckDBPyConnection) -> None:
    b = sql(con, "select * from perbandingan_pemda where tahun = 2026 and triwulan = 1")
    kelompok = b.groupby("kelompok")["kode_indikator"].apply(sorted).to_dict()
    # REF-X: the coded pair plus K2-X, whose name equals I-A1's ("Prevalensi X"); "jumlah y" by name only
    # (case and spaces folded); I-U and I-A2 are in no group.
    assert kelompok == {"REF-X": ["I-A1", "K1-X", "K2-X"], "nama:jumlah y": ["I-N", "K1-N"]}
    x = b[b["kelompok"] == "REF-X"].set_index("kode_pemda")
    assert set(x["dasar_perbandingan"]) == {"kode_referensi"}
    assert set(b.loc[b["kelompok"] == "nama:jumlah y", "dasar_perbandingan"]) == {"nama"}
    # capaian_indikator, negatif (2T-R)/T: P (20-9)/10 = 110 %, K1 (40-25)/20 = 75 %, K2 (10-5)/5 = 100 %.
    assert x["capaian_persen"].to_dict() == {P: approx(110.0), K1: approx(75.0), K2: approx(100.0)}
    assert x["peringkat_capaian"].to_dict() == {P: 1, K2: 2, K1: 3}
    # By value, lower is better for a negative indicator: K2 5, P 9, K1 25.
    assert x["peringkat_realisasi"].to_dict() == {K2: 1, P: 2, K1: 3}
    assert (x["jumlah_pemda_lapor"] == 3).all() and (x["jumlah_pemda"] == 3).all()
    assert set(x["nama_kelompok"]) == {"Prevalensi X"}  # the province's name


def test_pemda_banding_queries(db: Path) -> None:
    kel = q(db, "pemda_banding_kelompok", kode_pemda=K1)  # a kab/kota sees its province's family
    assert dict(zip(kel["kelompok"], kel["jumlah_pemda"], strict=True)) == {"REF-X": 3, "nama:jumlah y": 2}
    peringkat = q(db, "pemda_banding_peringkat", kelompok="REF-X")
    assert peringkat["kode_pemda"].tolist() == [P, K2, K1]
    assert peringkat["terpilih"].tolist() == [True, False, False]
    # TW2: only P reported (8 against 10 → (20-8)/10 = 120 %); the others stay, without a rank, at the end.
    tw2 = q(db, "pemda_banding_peringkat", kelompok="REF-X", triwulan=2)
    assert tw2["kode_pemda"].tolist() == [P, K1, K2]
    assert tw2["capaian_persen"].iloc[0] == approx(120.0) and tw2["peringkat_capaian"].isna().sum() == 2
    ubin = q(db, "pemda_banding_ubin")
    # REF-X: a tile for each of the three pemda; "jumlah y": P and K1 only (K2 does not measure it).
    assert ubin.groupby("kelompok")["kode_pemda"].apply(list).to_dict() == {
        "REF-X": [P, K1, K2],
        "nama:jumlah y": [P, K1],
    }
    tren = q(db, "pemda_banding_tren", kelompok="REF-X")
    assert tren[tren["kode_pemda"] == P]["label_periode"].tolist() == ["2026 TW1", "2026 TW2"]


def test_kontribusi_lintas_sektor(con: duckdb.DuckDBPyConnection, db: Path) -> None:
    k = sql(con, "select * from kontribusi_lintas_sektor where kode_indikator = 'I-A1' and tahun = 2026")
    k = k.set_index("kode_kontributor")
    # OPD: P-A through its program (2 subs, pagu 150, realisasi 40) and P-B through its own sub (30, none yet);
    # pemda: K1 and K2, whose indicator is in I-A1's group, at their last quarter (TW1): 75 % and 100 %.
    assert sorted(k.index) == ["K1", "K2", "P-A", "P-B"]
    assert (k["jumlah_kontributor"] == 4).all()
    assert tuple(k.loc["P-A", ["jumlah_sub_kegiatan", "pagu", "realisasi"]]) == (2, 150, 40)
    assert k.loc["P-A", "penanggung_jawab"] and not k.loc["P-B", "penanggung_jawab"]
    assert k.loc["P-B", "pagu"] == 30 and pd.isna(k.loc["P-B", "realisasi"])
    assert k.loc["K1", "capaian_persen"] == approx(75.0) and k.loc["K2", "periode_terakhir"] == "TW1"
    assert k.loc["K1", "kode_indikator_kontributor"] == "K1-X"
    lintas = q(db, "pemda_banding_lintas_sektor")
    assert set(lintas["kode_indikator"]) == {"I-A1"}  # the only IKU of P with two contributors or more
    # P-A 40 of 150; P-B nothing reported against 30: 0 % (pemda contributors have no money: empty)
    assert lintas["serapan_persen"].dropna().tolist() == [approx(40 / 150 * 100), 0.0]


# --------------------------------------------------------------------------- figure builders


def test_gambar_integrasi_dan_ubin() -> None:
    per = pd.DataFrame(
        {
            "kelompok": ["DA", "DA", "DB"],
            "status_integrasi": ["belum_dianggarkan", "terintegrasi", "belum_direncanakan"],
            "label_integrasi": ["Belum dianggarkan", "Terintegrasi", "Belum direncanakan"],
            "urutan_integrasi": [2, 3, 1],
            "warna_integrasi": ["#222222", "#333333", "#111111"],
            "jumlah": [1, 2, 3],
            "jumlah_kelompok": [3, 3, 3],
            "persen_terintegrasi": [200 / 3, 200 / 3, 0.0],
        }
    )
    fig = figures.gambar_integrasi_kerja_sama(per, "Per OPD")
    # One trace per status in their order, colours from the data, the share in the row label.
    assert [t.name for t in fig.data] == ["Belum direncanakan", "Belum dianggarkan", "Terintegrasi"]
    assert [t.marker.color for t in fig.data] == ["#111111", "#222222", "#333333"]
    assert list(fig.layout.yaxis.categoryarray) == ["DA · 67 %", "DB · 0 %"]
    assert fig.layout.barmode == "stack" and fig.layout.separators == ",."
    ubin = pd.DataFrame(
        {
            "nama_kelompok": ["Stunting", "Stunting", "IPM"],
            "satuan": ["persen", "persen", "indeks"],
            "nama_pemda": ["Kabupaten A", "Provinsi P", "Provinsi P"],
            "urutan_pemda": [2, 1, 1],
            "realisasi_sd": [21.0, 18.38, None],
            "capaian_persen": [97.5, 101.0, None],
            "predikat": ["Sangat Tinggi", "Sangat Tinggi", None],
            "urutan_predikat": [1, 1, None],
            "warna_predikat": ["#00aa00", "#00aa00", None],
        }
    )
    (hm,) = figures.gambar_ubin_wilayah(ubin, "TW III 2026").data
    assert list(hm.x) == ["Provinsi<br>P", "Kabupaten<br>A"]  # province first, names wrapped
    assert list(hm.y) == ["Stunting", "IPM"]
    assert [list(r) for r in hm.text] == [["18,38<br>101,0 %", "21,00<br>97,5 %"], ["belum ada", ""]]
    assert hm.z[1][0] is None  # no colour without a predikat


# --------------------------------------------------------------------------- the pages (AppTest, demo province)


def buka_halaman(script: str, query_params: dict[str, str] | None = None) -> AppTest:
    """Start at app.py (as a user would), then switch to the page (see tests/test_pages.py)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for kunci, nilai in (query_params or {}).items():
        at.query_params[kunci] = nilai
    at.run()
    at.switch_page(script).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def metrik(at: AppTest, label: str) -> str:
    nilai = [m.value for m in at.metric if m.label == label]
    assert len(nilai) == 1, (label, [m.label for m in at.metric])
    return nilai[0]


def grafik(at: AppTest, judul: str) -> dict[str, Any]:
    figs = [json.loads(p.proto.spec) for p in at.get("plotly_chart")]
    cocok = [f for f in figs if judul in f["layout"].get("title", {}).get("text", "")]
    assert len(cocok) == 1, [f["layout"].get("title") for f in figs]
    return cocok[0]


def test_halaman_kerja_sama(pantau_db: Path) -> None:
    at = buka_halaman("pages/10_Kerja_Sama.py", {"tanggal": dd.TANGGAL_ACUAN})
    with buka(pantau_db) as c:
        ks = c.execute(
            "select k.nomor, k.masuk_perencanaan and k.masuk_anggaran from kerja_sama as k"
            " where k.kode_pemda = '99' and k.tanggal_mulai <= date '2026-12-31'"
            " and k.tanggal_berakhir >= date '2026-01-01'"
        ).fetchall()
    integrasi = [n for n, ya in ks if ya]
    assert metrik(at, "Kerja sama berlaku") == fmt.angka(len(ks))
    assert metrik(at, "Terintegrasi") == fmt.persen(len(integrasi) / len(ks) * 100, 0)
    assert metrik(at, "Belum direncanakan") == fmt.angka(len(dd.KERJA_SAMA_TIDAK_TERINTEGRASI))
    assert metrik(at, "Belum dianggarkan") == fmt.angka(len(dd.KERJA_SAMA_BELUM_DIANGGARKAN))
    assert metrik(at, "Segera berakhir") == fmt.angka(len(dd.KERJA_SAMA_BERAKHIR_6_BULAN))
    assert metrik(at, "Belum disetujui DPRD") == fmt.angka(len(dd.KERJA_SAMA_TANPA_PERSETUJUAN_DPRD))
    # Where the Sekda looks first: the planted non-integrated agreements head the list, then the unfunded,
    # then the integrated ones that end within six months.
    perhatian = at.dataframe[0].value
    n1, n2 = len(dd.KERJA_SAMA_TIDAK_TERINTEGRASI), len(dd.KERJA_SAMA_BELUM_DIANGGARKAN)
    assert set(perhatian["nomor"][:n1]) == set(dd.KERJA_SAMA_TIDAK_TERINTEGRASI)
    assert set(perhatian["nomor"][n1 : n1 + n2]) == set(dd.KERJA_SAMA_BELUM_DIANGGARKAN)
    segera = set(dd.KERJA_SAMA_BERAKHIR_6_BULAN) - set(dd.KERJA_SAMA_BELUM_DIANGGARKAN)
    assert set(perhatian["nomor"][n1 + n2 :]) == segera
    fig = grafik(at, "Per kategori mitra")
    total = sum(sum(larik(t["x"])) for t in fig["data"])
    assert total == len(ks)
    semua = at.dataframe[1].value
    assert sorted(semua["nomor"]) == sorted(n for n, _ in ks)


def test_halaman_perjanjian_kinerja_dan_ringkasan(pantau_db: Path) -> None:
    at = buka_halaman("pages/11_Perjanjian_Kinerja.py", {"tanggal": dd.TANGGAL_ACUAN})
    with buka(pantau_db) as c:
        (jumlah,) = c.execute("select count(*) from perangkat_daerah where kode_pemda = '99'").fetchone()
        (belum,) = c.execute(
            "select count(*) from perangkat_daerah as pd where pd.kode_pemda = '99' and not exists ("
            " select 1 from perjanjian_kinerja as pk where pk.kode_pemda = pd.kode_pemda and pk.kode_pd = pd.kode_pd"
            " and pk.tahun = 2026 and pk.tanggal_tanda_tangan <= ?)",
            [dd.TANGGAL_ACUAN],
        ).fetchone()
        (nama,) = c.execute("select nama_pd from perangkat_daerah where kode_pemda = '99' and kode_pd = ?",
                            [dd.PK_BELUM_DITANDATANGANI_PD]).fetchone()  # fmt: skip
    assert belum == 1
    assert metrik(at, "OPD") == fmt.angka(jumlah)
    assert metrik(at, "PK ditandatangani") == f"{fmt.angka(jumlah - belum)} dari {fmt.angka(jumlah)}"
    assert metrik(at, "PK belum ditandatangani") == fmt.angka(belum)
    assert metrik(at, "Belum, lewat batas") == fmt.angka(belum)
    # The unsigned PK is flagged by name, with the days since the deadline (28 Feb → 15 Oct 2026 = 229 days).
    (tanda,) = [w.value for w in at.warning if "belum menandatangani" in w.value]
    assert nama in tanda and "229 hari lewat batas" in tanda
    assert at.dataframe[0].value["opd"].iloc[0] == "Dinas ESDM"  # the unsigned first
    # The bar chart: one bar per state, the most urgent (unsigned past the deadline) first, counting every OPD.
    batang = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]
    assert sum(larik(batang["x"])) == jumlah
    assert len(set(larik(batang["y"]))) == len(larik(batang["y"]))
    assert larik(batang["x"])[0] == belum and "lewat batas" in larik(batang["y"])[0].lower()
    # Ringkasan: the small PK view, with its link to this page.
    ringkas = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert metrik(ringkas, "PK belum ditandatangani") == f"{fmt.angka(belum)} dari {fmt.angka(jumlah)} OPD"
    # (beside the menu entry, at least one link on the page itself leads to the PK page)
    tautan = [pl.proto for pl in ringkas.get("page_link") if pl.proto.page == "Perjanjian_Kinerja"]
    assert len(tautan) >= 2


def test_halaman_sakip(pantau_db: Path) -> None:
    at = buka_halaman("pages/12_SAKIP.py", {"tahun": "2026"})
    with buka(pantau_db) as c:
        (nilai,) = c.execute(
            "select nilai from evaluasi_sakip where kode_pemda = '99' and kode_pd is null and tahun = 2025"
        ).fetchone()
        (jumlah_opd,) = c.execute(
            "select count(*) from evaluasi_sakip where kode_pemda = '99' and kode_pd is not null and tahun = 2025"
        ).fetchone()
    # 2026 has no evaluation yet: the page shows 2025's, and says so.
    assert any("hasil evaluasi terakhir, tahun 2025" in c.value for c in at.caption)
    assert metrik(at, "Nilai SAKIP 2025") == fmt.angka(nilai, 2)
    assert metrik(at, "Predikat") == "BB"  # 73,21: > 70
    assert metrik(at, "Target predikat") == "A"
    memenuhi = jumlah_opd - len(dd.SAKIP_PD_DI_BAWAH_TARGET)
    assert metrik(at, "OPD memenuhi target") == f"{fmt.angka(memenuhi)} dari {fmt.angka(jumlah_opd)}"
    bawah = at.dataframe[0].value
    with buka(pantau_db) as c:
        singkatan = {
            k: s
            for k, s in c.execute("select kode_pd, singkatan from perangkat_daerah where kode_pemda = '99'").fetchall()
        }
    assert set(bawah["singkatan"]) == {singkatan[k] for k in dd.SAKIP_PD_DI_BAWAH_TARGET}
    assert any(singkatan[dd.SAKIP_TURUN_PD] in c.value for c in at.caption if "turun" in c.value)
    # The other sections are not sent until opened (issue 21): one table, the family's chart only.
    assert len(at.dataframe) == 1 and len(at.get("plotly_chart")) == 1
    # Dishub's exactly-70 in 2025 is B in the OPD table.
    semua = buka_bagian(at, BAGIAN_SAKIP_SEMUA).dataframe[0].value.set_index("singkatan")
    kode, _tahun, _nilai = dd.SAKIP_NILAI_BATAS
    assert semua.loc[singkatan[kode], "predikat"] == "B"
    fig = grafik(at, "Nilai SAKIP tingkat pemda")
    assert len([t for t in fig["data"] if t["type"] == "bar"]) == 4  # the province and its three kab/kota


def test_ubin_kabupaten_kota_sebagian_demi_sebagian(pantau_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A family sharing more indicators than UBIN_PER_TAMPIL: the region picture shows one slice at a time, in name
    order, chosen above it; the query reads only that slice."""
    monkeypatch.setattr("pantau.tabel.UBIN_PER_TAMPIL", 1)
    at = buka_halaman("pages/13_Kabupaten_Kota.py", {"tahun": "2026", "tw": "3"})
    with buka(pantau_db) as c:
        kelompok = c.execute(
            "select kelompok, any_value(nama_kelompok) from perbandingan_pemda "
            "where kode_pemda in (select kode_pemda from keluarga_pemda('99')) "
            "group by kelompok having count(distinct kode_pemda) >= 2"
        ).fetchall()
    nama = [n for _, n in sorted(kelompok, key=lambda r: (r[1], r[0]))]
    assert len(nama) >= 2
    pilih = at.selectbox(key="ubin_awal")
    assert pilih.options == [f"{i + 1}–{i + 1} dari {len(nama)}" for i in range(len(nama))]
    (hm,) = grafik(at, "Gambaran wilayah")["data"]
    assert list(dict.fromkeys(hm["y"])) == [nama[0]]
    pilih.set_value(1).run()
    assert not at.exception, [e.value for e in at.exception]
    (hm,) = grafik(at, "Gambaran wilayah")["data"]
    assert list(dict.fromkeys(hm["y"])) == [nama[1]]


def test_halaman_kabupaten_kota(pantau_db: Path) -> None:
    at = buka_halaman("pages/13_Kabupaten_Kota.py", {"tahun": "2026", "tw": "3", "bagian": BAGIAN_BANDINGKAN})
    at.selectbox(key="indikator").set_value("REF-STUNTING").run()
    assert not at.exception, [e.value for e in at.exception]
    with buka(pantau_db) as c:
        # each pemda's own stunting indicator (the kab/kota share one indicator code)
        nilai = dict(
            c.execute(
                "select r.kode_pemda, r.realisasi from realisasi as r join indikator as i using (kode_pemda, kode_indikator)"
                " where r.tahun = 2026 and r.periode = 'TW3' and i.kode_referensi = 'REF-STUNTING'"
            ).fetchall()
        )
        nama = dict(c.execute("select kode_pemda, nama_pemda from pemda").fetchall())
    tabel = at.dataframe[0].value
    # Stunting is nilai_akhir: realisasi s.d. TW III is the TW III value, for each of the four pemda.
    assert {nama[k] for k in nilai} == set(tabel["nama_pemda"])
    for k, v in nilai.items():
        assert tabel.set_index("nama_pemda").loc[nama[k], "realisasi"] == fmt.angka(v, 2)
    # The province and its three kab/kota, ranked among themselves (the family), with how many they are.
    assert tabel["rank"].tolist() == ["1 dari 4", "2 dari 4", "3 dari 4", "4 dari 4"]
    # The region picture has one row per shared indicator, one column per pemda.
    (hm,) = grafik(buka_bagian(at, BAGIAN_GAMBARAN), "Gambaran wilayah")["data"]
    assert "Prevalensi Stunting pada Balita" in hm["y"] and len(hm["x"]) == 4
    # Every planted crosscutting province IKU is listed with its contributors.
    judul = [e.label for e in buka_bagian(at, BAGIAN_CROSSCUTTING).expander]
    for kode_iku in dd.CROSSCUTTING_IKU:
        assert any(f"({kode_iku})" in j for j in judul), kode_iku
