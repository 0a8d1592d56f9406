"""Capaian, jadwal, serapan and consistency views keyed by pemda (issue 15, contract v2).

A province and two kabupaten with identical OPD, program, sub kegiatan and IKU codes (tests/tiga_pemda.py, its
fixture `tiga_pemda_db` registered in conftest): each pemda must get its own numbers from the views and the page
queries, and the national view ('*') one row per pemda where a page lists OPD. Every expected figure is worked out by hand from tiga_pemda's rows
(HARAPAN there, or in the comments here); a join on a code alone would mix the three.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from tiga_pemda import BAPPEDA, DINKES, HARAPAN, NAMA, PAGU_1, PEMDA, REALISASI_BULAN_1, SUB_1, SUB_2

from pantau import db
from pantau.db import run_query

approx = pytest.approx
SEMUA_FILTER = {"jenis": "", "kode_pd": "", "kode_sasaran": "", "status": [], "batas": 0}
HARI_INI = "2026-06-30"


def q(path: Path, nama: str, kode_pemda: str, **params: Any) -> pd.DataFrame:
    return run_query(nama, {"kode_pemda": kode_pemda, "tahun": 2026, **SEMUA_FILTER, **params}, path)


def sql(path: Path, teks: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(teks, params or []).fetchall()
    finally:
        con.close()


# --------------------------------------------------------------------------- capaian


def test_capaian_indikator_per_pemda(tiga_pemda_db: Path) -> None:
    rows = sql(
        tiga_pemda_db,
        "select kode_pemda, kode_indikator, periode, capaian_persen, kode_pd, nama_pd from capaian_indikator",
    )
    # one row per pemda × IKU × quarter reported: IKU-01 TW1, TW2 (62.07 only TW1), IKU-02 TW2 → 8
    assert len(rows) == 8
    dapat = {(p, k, per): c for p, k, per, c, _pd, _n in rows}
    for (p, per), c in HARAPAN["capaian_iku_01"].items():
        assert dapat[(p, "IKU-01", per)] == approx(c)
    for p, c in HARAPAN["capaian_iku_02"].items():
        assert dapat[(p, "IKU-02", "TW2")] == approx(c)
    # the OPD's name is the row's own pemda's Dinas Kesehatan
    assert {(p, n) for p, _k, _per, _c, _pd, n in rows} == {(p, f"Dinas Kesehatan {NAMA[p]}") for p in PEMDA}
    # capaian_acuan: the latest capaian up to TW3 is each pemda's own (62.07's IKU-01 stays at TW1, 50 %)
    acuan = dict(
        ((p, t), c)
        for p, t, c in sql(
            tiga_pemda_db,
            "select kode_pemda, triwulan, capaian_persen from capaian_acuan "
            "where kode_indikator = 'IKU-01' and triwulan_acuan = 3",
        )
    )
    assert acuan == {("62", 2): approx(100.0), ("62.02", 2): approx(80.0), ("62.07", 1): approx(50.0)}


def test_capaian_triwulan_per_pemda(tiga_pemda_db: Path) -> None:
    rows = sql(
        tiga_pemda_db,
        """
        select kode_pemda, kode_indikator, triwulan, sudah_lapor, belum_lapor, capaian_persen, capaian_tw_lalu,
            triwulan_lapor_terakhir, proyeksi_akhir_tahun, target_tahunan, proyeksi_kurang, nama_pd, uraian_sasaran
        from capaian_triwulan
        """,
    )
    # 3 pemda × 2 IKU × 4 quarters of 2026, the only year with data
    assert len(rows) == 24
    r = {(row[0], row[1], row[2]): row[3:] for row in rows}
    # IKU-01 TW2: reported in 62 and 62.02, not in 62.07 (last report TW1)
    assert [r[(p, "IKU-01", 2)][0] for p in PEMDA] == [True, True, False]
    assert r[("62.07", "IKU-01", 2)][1] is True
    assert r[("62.07", "IKU-01", 2)][4] == 1
    # previous quarter's capaian: each pemda's own TW1 (100, 50)
    assert r[("62", "IKU-01", 2)][3] == approx(100.0)
    assert r[("62.02", "IKU-01", 2)][3] == approx(50.0)
    # projection on plan (quarterly targets f×(2, 3, 3, 2)): realisasi s.d. × annual 10 f ÷ target s.d.:
    # 62 (f 3): 15 × 30 ÷ 15 = 30 of 30 (on track); 62.02 (f 2): 8 × 20 ÷ 10 = 16 of 20 = 80 % < 90 → proyeksi kurang
    assert r[("62", "IKU-01", 2)][5:8] == (approx(30.0), approx(30.0), False)
    assert r[("62.02", "IKU-01", 2)][5:8] == (approx(16.0), approx(20.0), True)
    # 62.07 (f 1) TW1: 1 × 10 ÷ 2 = 5 of 10
    assert r[("62.07", "IKU-01", 1)][5:8] == (approx(5.0), approx(10.0), True)
    # OPD and sasaran of the row's own pemda
    for p in PEMDA:
        assert r[(p, "IKU-02", 2)][8] == f"Dinas Kesehatan {NAMA[p]}"
        assert r[(p, "IKU-02", 2)][9] == f"Meningkatnya derajat kesehatan {NAMA[p]}"


def test_ringkasan_iku_per_pemda(tiga_pemda_db: Path) -> None:
    # TW2: 62 reports both (100, 110 → mean 105); 62.02 both (80, 100 → 90); 62.07 only IKU-02 (90), its silent
    # IKU-01 still counts with its capaian to date: 1 ÷ (2 + 3) = 20 → (20 + 90)/2 = 55
    lapor = {"62": 2, "62.02": 2, "62.07": 1}
    rata = {"62": 105.0, "62.02": 90.0, "62.07": 55.0}
    for p in PEMDA:
        r = q(tiga_pemda_db, "iku_triwulan_ringkasan", p, triwulan=2).iloc[0]
        assert (r["jumlah_iku"], r["jumlah_lapor"], r["jumlah_belum_lapor"]) == (2, lapor[p], 2 - lapor[p])
        assert r["rata_rata_capaian"] == approx(rata[p])
        r = q(tiga_pemda_db, "pemda_triwulan_ringkasan", p, triwulan=2).iloc[0]
        assert (r["jumlah_iku"], r["jumlah_lapor"], r["jumlah_belum_lapor"]) == (2, lapor[p], 2 - lapor[p])
        assert r["rata_rata_capaian"] == approx(rata[p])
        jumlah = q(tiga_pemda_db, "predikat_triwulan_jumlah", p, triwulan=2).set_index("predikat")["jumlah"]
        assert jumlah["Belum lapor"] == 2 - lapor[p]
        assert jumlah.sum() == 2
        terakhir = q(tiga_pemda_db, "periode_terakhir", p)
        assert terakhir.loc[terakhir["tahun"] == 2026, "triwulan"].tolist() == [2]
    # the nation: six IKU, five reported at TW2, one belum lapor
    r = q(tiga_pemda_db, "pemda_triwulan_ringkasan", "*", triwulan=2).iloc[0]
    assert (r["jumlah_iku"], r["jumlah_lapor"], r["jumlah_belum_lapor"]) == (6, 5, 1)
    jumlah = q(tiga_pemda_db, "predikat_triwulan_jumlah", "*", triwulan=2).set_index("predikat")["jumlah"]
    assert (jumlah["Belum lapor"], jumlah.sum()) == (1, 6)


def test_opd_per_pemda_nasional(tiga_pemda_db: Path) -> None:
    # One pemda: one Dinkes row. The nation: the same SKPD code three times, one row per pemda.
    for p in PEMDA:
        peringkat = q(tiga_pemda_db, "pd_triwulan_peringkat", p, triwulan=2)
        assert list(peringkat["kode_pemda"]) == [p]
    peringkat = q(tiga_pemda_db, "pd_triwulan_peringkat", "*", triwulan=2)
    assert sorted(zip(peringkat["kode_pemda"], peringkat["kode_pd"], strict=True)) == [(p, DINKES) for p in PEMDA]
    rata = dict(zip(peringkat["kode_pemda"], peringkat["rata_rata_capaian"], strict=True))
    assert rata == {"62": approx(105.0), "62.02": approx(90.0), "62.07": approx(55.0)}
    tren = q(tiga_pemda_db, "pd_triwulan_tren", "*", triwulan=2)
    # TW1: IKU-01 62 (100), 62.02 (50), 62.07 (50); IKU-02 (triwulanan, annual target) must report and reports
    # only at TW2, so it counts 0 at TW1: 62 (100 + 0)/2 = 50, 62.02 25, 62.07 25
    tw1 = tren[tren["triwulan"] == 1].set_index("kode_pemda")["rata_rata_capaian"].to_dict()
    assert tw1 == {"62": approx(50.0), "62.02": approx(25.0), "62.07": approx(25.0)}
    assert tren.groupby("triwulan")["urutan_pd"].nunique().to_dict() == {1: 3, 2: 3}
    belum = q(tiga_pemda_db, "pd_triwulan_belum_lapor", "*", triwulan=2)
    assert list(zip(belum["kode_pemda"], belum["jumlah_belum_lapor"], strict=True)) == [("62.07", 1)]
    daftar = q(tiga_pemda_db, "iku_triwulan_daftar", "*", triwulan=2)
    assert len(daftar) == 6 and len(set(zip(daftar["kode_pemda"], daftar["kode_indikator"], strict=True))) == 6


def test_rinci_satu_iku_satu_pemda(tiga_pemda_db: Path) -> None:
    rinci = q(tiga_pemda_db, "iku_triwulan_rinci", "62.02", triwulan=2, kode_indikator="IKU-01")
    # four quarters of 2026 (no data in 2025), all of 62.02: realisasi s.d. TW2 = 2 + 6 = 8
    assert list(rinci["triwulan"]) == [1, 2, 3, 4]
    assert set(rinci["kode_pemda"]) == {"62.02"}
    assert rinci.loc[rinci["triwulan"] == 2, "realisasi_sd"].iloc[0] == approx(8.0)


def test_e81_per_pemda(tiga_pemda_db: Path) -> None:
    for p in PEMDA:
        iku = q(tiga_pemda_db, "e81_indikator", p, triwulan=2)
        assert list(iku["kode_indikator"]) == ["IKU-02", "IKU-01"]  # IKU Pemda first
        assert set(iku["kode_pemda"]) == {p}
        # column 4: the program named once, not once per pemda that has the same code
        assert set(iku["program"]) == {"1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN"}
        tw1 = iku.set_index("kode_indikator")["realisasi_tw1"]
        assert tw1["IKU-01"] == {"62": 6, "62.02": 2, "62.07": 1}[p]
        ringkas = q(tiga_pemda_db, "e81_pd_ringkasan", p, triwulan=2)
        assert len(ringkas) == 1
        assert (ringkas["nama_pd"].iloc[0], ringkas["nama_kepala"].iloc[0]) == (
            f"Dinas Kesehatan {NAMA[p]}",
            f"Kepala Dinkes {p}",
        )
        assert ringkas["jumlah_lapor"].iloc[0] == {"62": 2, "62.02": 2, "62.07": 1}[p]


def test_pengecualian_per_pemda(tiga_pemda_db: Path) -> None:
    # TW1: IKU-01 is red (50 %) in 62.02 and 62.07; beside it that pemda's own meeting decision TL-01.
    for p in PEMDA:
        semua = q(tiga_pemda_db, "ringkasan_pengecualian", p, triwulan=1, hari_ini=HARI_INI)
        iku = semua[semua["jenis"] == "iku"]
        if p == "62":
            assert iku.empty
            continue
        assert list(iku["kode"]) == ["IKU-01"]
        assert iku["keputusan_rapat"].iloc[0] == f"Percepat lelang puskesmas {p}"
        assert iku["nama_pd"].iloc[0] == f"Dinas Kesehatan {NAMA[p]}"
    semua = q(tiga_pemda_db, "ringkasan_pengecualian", "*", triwulan=1, hari_ini=HARI_INI)
    iku = semua[semua["jenis"] == "iku"]
    assert sorted(zip(iku["kode_pemda"], iku["keputusan_rapat"], strict=True)) == [
        ("62.02", "Percepat lelang puskesmas 62.02"),
        ("62.07", "Percepat lelang puskesmas 62.07"),
    ]


# --------------------------------------------------------------------------- jadwal and serapan


def test_jadwal_per_pemda(tiga_pemda_db: Path) -> None:
    pagu = dict(sql(tiga_pemda_db, "select kode_pemda, sum(pagu) from jadwal_kegiatan group by all"))
    assert pagu == {p: approx(v) for p, v in HARAPAN["pagu_2026"].items()}
    # execution months: 0001 its own months, 0002 Oct–Dec (3) → 13, 13, 9
    for p in PEMDA:
        bulan = q(tiga_pemda_db, "pd_bulan_pelaksanaan", p)
        assert bulan["jumlah_kegiatan"].sum() == HARAPAN["bulan_pelaksanaan_0001"][p] + 3
        assert set(bulan["kode_pemda"]) == {p}
        tahap = q(tiga_pemda_db, "jadwal_bulan_tahap", p)
        assert tahap.loc[tahap["tahap"] == "pelaksanaan", "jumlah_kegiatan"].sum() == (
            HARAPAN["bulan_pelaksanaan_0001"][p] + 3
        )
    nasional = q(tiga_pemda_db, "pd_bulan_pelaksanaan", "*")
    assert nasional.groupby("kode_pemda")["jumlah_kegiatan"].sum().to_dict() == {"62": 13, "62.02": 13, "62.07": 9}


def test_penumpukan_per_pemda(tiga_pemda_db: Path) -> None:
    # Execution: 62 Feb–Nov (Oct, Nov in Q4) + 0002 Oct–Dec → 5 of 13; 62.02 Mar–Dec → 6 of 13; 62.07 Jan–Jun → 3 of 9.
    # Cash: 0001 pagu/10 Jan–Oct (1/10 in Q4) + 0002 all in Q4 = 0.6 of 1.5 = 40 % everywhere (not above 40).
    # By pagu (in units of 0001's pagu 1, 0002 0.5, spread over their execution months): 62 0001 Feb–Nov has 2 of
    # 10 months in Q4 → 0.2 + 0.5 = 0.7 of 1.5 = 46.7 %; 62.02 Mar–Dec 3 of 10 → 0.8 of 1.5 = 53.3 %; 62.07 Jan–Jun
    # → 0.5 of 1.5 = 33.3 %. Flagged above 40 % on any share: 62 (by pagu) and 62.02 (by count and pagu).
    pelaksanaan = {"62": 5 / 13 * 100, "62.02": 6 / 13 * 100, "62.07": 3 / 9 * 100}
    pagu = {"62": 0.7 / 1.5 * 100, "62.02": 0.8 / 1.5 * 100, "62.07": 0.5 / 1.5 * 100}
    tanda = {"62": True, "62.02": True, "62.07": False}
    for p in PEMDA:
        t = q(tiga_pemda_db, "jadwal_pd_penumpukan", p)
        assert list(t["kode_pd"]) == [DINKES]
        assert t["porsi_pelaksanaan_tw4"].iloc[0] == approx(pelaksanaan[p])
        assert t["porsi_kas_tw4"].iloc[0] == approx(40.0)
        assert t["porsi_pagu_tw4"].iloc[0] == approx(pagu[p])
        assert bool(t["ditandai"].iloc[0]) is tanda[p]
        r = q(tiga_pemda_db, "jadwal_ringkasan", p).iloc[0]
        # both sub kegiatan lack persiapan and pelaporan (galat); 0002 starts in October
        assert (r["jumlah_sub_kegiatan"], r["jumlah_jadwal_bermasalah"], r["jumlah_mulai_tw4"]) == (2, 2, 1)
        assert (r["jumlah_pd"], r["jumlah_pd_ditandai"]) == (1, int(tanda[p]))
        assert r["porsi_pelaksanaan_tw4"] == approx(pelaksanaan[p])
        mutu = q(tiga_pemda_db, "jadwal_mutu_pd", p)
        assert list(zip(mutu["kode_pemda"], mutu["sub_kegiatan_galat"], strict=True)) == [(p, 2)]
    # the nation: six sub kegiatan (the same two codes in three pemda), three OPD rows
    r = q(tiga_pemda_db, "jadwal_ringkasan", "*").iloc[0]
    assert (r["jumlah_sub_kegiatan"], r["jumlah_jadwal_bermasalah"], r["jumlah_mulai_tw4"]) == (6, 6, 3)
    assert (r["jumlah_pd"], r["jumlah_pd_ditandai"]) == (3, 2)
    # one national row whose shares are those of the sums (not the first pemda's, 5 of 13): execution 5 + 6 + 3 of
    # 13 + 13 + 9 = 40 %; by pagu 0.7 + 0.8 + 0.5 of 3 × 1.5 (in units of each pemda's 0001 pagu, weighted by its
    # scale F = 3, 2, 1): (0.7·3 + 0.8·2 + 0.5·1) / (1.5·6) = 4.2 / 9 = 46.7 %; index = 46.7 / 25
    assert len(q(tiga_pemda_db, "jadwal_ringkasan", "*")) == 1
    assert r["porsi_pelaksanaan_tw4"] == approx(40.0)
    assert r["porsi_kas_tw4"] == approx(40.0)
    assert r["porsi_pagu_tw4"] == approx(4.2 / 9 * 100)
    assert r["indeks_penumpukan"] == approx(4.2 / 9 * 100 / 25)
    ditandai = q(tiga_pemda_db, "ringkasan_pengecualian", "*", triwulan=2, hari_ini=HARI_INI)
    tumpuk = ditandai[ditandai["jenis"] == "penumpukan"]
    # worst index first: 62.02 53.3 / 25 = 2.13, then 62 46.7 / 25 = 1.87
    assert list(zip(tumpuk["kode_pemda"], tumpuk["kode"], strict=True)) == [("62.02", DINKES), ("62", DINKES)]
    assert len(q(tiga_pemda_db, "jadwal_mutu_temuan", "*")) == 9


def test_serapan_per_pemda(tiga_pemda_db: Path) -> None:
    bulanan = dict(
        ((p, k), v)
        for p, k, v in sql(
            tiga_pemda_db,
            "select kode_pemda, kode_kegiatan, realisasi_kumulatif from realisasi_anggaran_bulanan where bulan = 6",
        )
    )
    assert bulanan == {(p, SUB_1): approx(v) for p, v in HARAPAN["realisasi_juni"].items()}
    for p in PEMDA:
        t = q(tiga_pemda_db, "serapan_pemda_triwulan", p, triwulan=2)
        assert len(t) == 1
        r = t.iloc[0]
        assert (r["bulan"], r["bulan_terakhir_lapor"]) == (6, 6)
        assert r["pagu"] == approx(HARAPAN["pagu_2026"][p])
        assert r["realisasi_kumulatif"] == approx(HARAPAN["realisasi_juni"][p])
        assert r["persen_serapan"] == approx(HARAPAN["serapan_juni_persen"][p])
        # cash plan to June: six tenths of 0001's pagu
        assert r["rencana_kas_kumulatif"] == approx(PAGU_1[p] * 6 / 10)
        # fisik weighted by pagu: 48 % on 0001 (2/3 of the pagu), 0 on 0002 → 32 %
        assert r["fisik_persen"] == approx(32.0)
        setahun = q(tiga_pemda_db, "serapan_pemda_bulan", p)
        assert setahun["rencana_kas_kumulatif"].iloc[-1] == approx(HARAPAN["rencana_kas_setahun"][p])
        pd_ = q(tiga_pemda_db, "serapan_pd_bulan", p, kode_pd=DINKES)
        assert pd_.loc[pd_["bulan"] == 6, "persen_serapan"].iloc[0] == approx(HARAPAN["serapan_juni_persen"][p])
        ringkas = q(tiga_pemda_db, "ringkasan_serapan", p, triwulan=2)
        assert len(ringkas) == 1
        # March: three months of REALISASI_BULAN_1 against the pagu
        assert ringkas["persen_serapan_tw_lalu"].iloc[0] == approx(
            3 * REALISASI_BULAN_1[p] / HARAPAN["pagu_2026"][p] * 100
        )
    fisik = q(tiga_pemda_db, "serapan_pd_fisik", "*", triwulan=2)
    assert sorted(zip(fisik["kode_pemda"], fisik["persen_serapan"], strict=True)) == [
        (p, approx(HARAPAN["serapan_juni_persen"][p])) for p in PEMDA
    ]
    # the national S-curve rows: one per pemda and month, each with its own reporting month
    ringkas = q(tiga_pemda_db, "ringkasan_serapan", "*", triwulan=2)
    assert sorted(ringkas["kode_pemda"]) == list(PEMDA)


# --------------------------------------------------------------------------- consistency


def test_konsistensi_per_pemda(tiga_pemda_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    shutil.copyfile(tiga_pemda_db, path)
    # clean: the same codes in three pemda are no finding
    assert sql(path, "select * from konsistensi_temuan") == []
    con = duckdb.connect(str(path))
    try:
        # Seruyan's OPD rows gone: its rows name OPD that exist only in the province and the other kabupaten
        con.execute("delete from perangkat_daerah where kode_pemda = '62.07'").fetchall()
        # a 2027 target for the province's IKU-01: the province's IKU-02 lacks one, nobody else is asked
        con.execute(
            "insert into target (kode_pemda, kode_indikator, tahun, periode, target) "
            "values ('62', 'IKU-01', 2027, 'TAHUNAN', 40)"
        ).fetchall()
        db.segarkan_tersimpan(con)
    finally:
        con.close()
    temuan = sql(path, "select kode_pemda, pemeriksaan, tabel, kode, tahun from konsistensi_temuan")
    rujukan = {(p, t, k) for p, per, t, k, _th in temuan if per == "Kode dirujuk tetapi tidak ada"}
    assert rujukan == {
        ("62.07", "indikator", "IKU-01"),
        ("62.07", "indikator", "IKU-02"),
        ("62.07", "kegiatan", "1.02.02"),
        ("62.07", "kegiatan", "1.02.02.2.01"),
        ("62.07", "kegiatan", SUB_1),
        ("62.07", "kegiatan", SUB_2),
        ("62.07", "perjanjian_kinerja", BAPPEDA),
        ("62.07", "program_unggulan", "PU-01"),
        ("62.07", "kerja_sama", "KS-01"),
        ("62.07", "tindak_lanjut", "TL-01"),
    }
    tanpa_target = {(p, k, th) for p, per, _t, k, th in temuan if per == "IKU tanpa target"}
    assert tanpa_target == {("62", "IKU-02", 2027)}


def test_serapan_ringkasan_nasional_bukan_pemda_pertama(tiga_pemda_db: Path) -> None:
    """ringkasan_serapan has one row per pemda: the national summary says to choose a pemda instead of showing the
    first pemda's absorption as the nation's (62: 1,5 of 4,5 billion = 33,3 %)."""
    from pantau import laporan
    from pantau.db import run_query

    def angka(kode_pemda: str) -> laporan.AngkaUtama:
        d = laporan.kumpulkan(
            lambda n, **p: run_query(n, p, tiga_pemda_db), kode_pemda, 2026, 2, hari_ini=HARI_INI, lengkap=False
        )
        return {a.kunci: a for a in laporan.angka_utama(d)}["serapan"]

    assert len(q(tiga_pemda_db, "ringkasan_serapan", "*", triwulan=2, kode_pd="")) == 3
    assert angka("62").nilai == "33,3 %"
    nasional = angka("*")
    assert nasional.nilai == "–" and "pilih satu pemda" in (nasional.keterangan or "")
