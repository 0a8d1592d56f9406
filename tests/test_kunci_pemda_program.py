"""Program, janji, keterlacakan, kerja sama, PK, SAKIP, antarpemda and tindak lanjut keyed by pemda (issue 15).

The three pemda of tests/tiga_pemda.py (Kalimantan Tengah 62 and its kabupaten 62.02 and 62.07) use the same
SKPD, program, sub kegiatan, IKU, sasaran, janji, program unggulan, kerja sama and tindak lanjut codes; only
the numbers differ (scale F = 3, 2, 1). Every expected figure below is worked out by hand from that folder, per
pemda: a join on a code alone would mix the three (rows tripled, sums of all three, another pemda's name).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from tiga_pemda import BAPPEDA, DINKES, HARAPAN, NAMA, PAGU_1, PAGU_2, PEMDA, SUB_1, SUB_2

from pantau.db import run_query

approx = pytest.approx
HARI = dt.date(2026, 10, 15)
F = {"62": 3, "62.02": 2, "62.07": 1}
M = 1_000_000_000


@pytest.fixture
def con(tiga_pemda_db: Path) -> Any:
    c = duckdb.connect(str(tiga_pemda_db), read_only=True)
    yield c
    c.close()


def sql(con: duckdb.DuckDBPyConnection, teks: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(teks, params or []).df()


def q(db: Path, nama: str, kode_pemda: str, **params: Any) -> pd.DataFrame:
    """A page query with the page's parameters for one pemda (TW II 2026, the date of the meeting)."""
    semua = {"kode_pemda": kode_pemda, "tahun": 2026, "triwulan": 2, "periode": "TW2", "hari_ini": HARI}
    semua |= {"hanya_pemda": "", "kode_pd": "", "keadaan": [], "rapat": "", "kelompok": "", "batas": 0} | params
    return run_query(nama, semua, db)


def per_pemda(df: pd.DataFrame) -> dict[str, pd.Series]:
    """One row per pemda (asserting there is exactly one)."""
    assert not df["kode_pemda"].duplicated().any(), df
    return {r["kode_pemda"]: r for _, r in df.iterrows()}


# --------------------------------------------------------------------------- keterlacakan


def test_keterlacakan_kegiatan_per_pemda(con: duckdb.DuckDBPyConnection) -> None:
    k = sql(con, "select * from keterlacakan_kegiatan where tahun = 2026")
    assert len(k) == 4 * 3  # program, kegiatan and two subs in each pemda, once
    for p in PEMDA:
        mine = k[k["kode_pemda"] == p].set_index("kode_kegiatan")
        # program and kegiatan: the sum of their own pemda's subs, 1,5 M × F
        assert mine.loc["1.02.02", "pagu"] == 1.5 * M * F[p]
        assert mine.loc["1.02.02.2.01", "pagu"] == 1.5 * M * F[p]
        assert mine["terhubung_iku"].all()
        assert mine.loc[SUB_2, "prioritas"] == False  # noqa: E712 (its own "tidak" wins)
        assert set(mine["nama_pd"]) == {f"Dinas Kesehatan {NAMA[p]}"}


def test_sub_iku_dukungan_dan_indikator(con: duckdb.DuckDBPyConnection) -> None:
    sub = sql(con, "select * from keterlacakan_sub_iku where tahun = 2026")
    assert len(sub) == 3 * 3  # SUB_1 serves IKU-01 and IKU-02, SUB_2 IKU-01: per pemda
    for p in PEMDA:
        s = sub[(sub["kode_pemda"] == p) & (sub["kode_kegiatan"] == SUB_1)]
        # SUB_1 names two IKU: each gets half of its pagu
        assert sorted(s["kode_indikator"]) == ["IKU-01", "IKU-02"]
        assert (s["jumlah_indikator"] == 2).all() and (s["pagu_porsi"] == PAGU_1[p] / 2).all()
    d = sql(con, "select * from dukungan_iku where tahun = 2026").set_index(["kode_pemda", "kode_indikator"])
    assert len(d) == 2 * 3
    for p in PEMDA:
        # IKU-01: named by the program, SUB_1 and SUB_2 (3 rows); served by SUB_1 (half) and SUB_2 (whole)
        assert tuple(d.loc[(p, "IKU-01"), ["jumlah_baris_kegiatan", "jumlah_sub_kegiatan"]]) == (3, 2)
        assert d.loc[(p, "IKU-01"), "pagu_porsi"] == PAGU_1[p] / 2 + PAGU_2[p]
        # IKU-02: named by SUB_1 only
        assert tuple(d.loc[(p, "IKU-02"), ["jumlah_baris_kegiatan", "jumlah_sub_kegiatan"]]) == (1, 1)
        assert d.loc[(p, "IKU-02"), "pagu_porsi"] == PAGU_1[p] / 2
    ki = sql(con, "select * from keterlacakan_indikator").set_index(["kode_pemda", "kode_indikator"])
    assert len(ki) == 2 * 3
    for p in PEMDA:
        # IKU-01's sasaran S-01.01 climbs to its own pemda's S-01 (kode_pd blank), misi "Misi 1"
        r = ki.loc[(p, "IKU-01")]
        assert (r["kode_sasaran_rpjmd"], r["misi"]) == ("S-01", "Misi 1")
        assert r["sasaran_rpjmd"] == f"Meningkatnya derajat kesehatan {NAMA[p]}"


def test_keterlacakan_queries(tiga_pemda_db: Path) -> None:
    for p in PEMDA:
        r = q(tiga_pemda_db, "keterlacakan_ringkasan", p).iloc[0]
        assert (r["jumlah_program"], r["jumlah_program_yatim"], r["jumlah_kegiatan"]) == (1, 0, 1)
        assert r["pagu_total"] == r["pagu_terlacak"] == 1.5 * M * F[p]
        assert (r["jumlah_iku"], r["jumlah_iku_tanpa_kegiatan"], r["jumlah_pd"]) == (2, 0, 1)
        prio = q(tiga_pemda_db, "keterlacakan_pd_prioritas", p)
        assert len(prio) == 1  # Dinkes (Bappeda has no kegiatan)
        # priority: SUB_1 (1 M × F); not: SUB_2 (0,5 M × F)
        assert (prio["pagu_prioritas"][0], prio["pagu_non_prioritas"][0]) == (1 * M * F[p], 0.5 * M * F[p])
        assert prio["nama_pd"][0] == f"Dinas Kesehatan {NAMA[p]}"
        pohon = q(tiga_pemda_db, "keterlacakan_pohon", p).set_index("id")
        assert pohon.loc["semua", "pagu"] == 1.5 * M * F[p]
        assert q(tiga_pemda_db, "keterlacakan_yatim", p).empty
        assert q(tiga_pemda_db, "keterlacakan_iku_tanpa_kegiatan", p).empty


# --------------------------------------------------------------------------- money by month


def test_kemajuan_dan_bulan_realisasi(con: duckdb.DuckDBPyConnection) -> None:
    m = sql(con, "select * from kemajuan_sub_kegiatan where tahun = 2026 and bulan = 6 and kode_kegiatan = ?", [SUB_1])
    r = per_pemda(m)
    for p in PEMDA:
        # cash plan pagu/10 in each of January–June; spent REALISASI_BULAN_1 each month; fisik 6 × 8 %
        assert r[p]["rencana_kas_sd"] == 0.6 * PAGU_1[p]
        assert r[p]["realisasi_sd"] == HARAPAN["realisasi_juni"][p]
        assert r[p]["fisik_persen"] == 48
    b = sql(con, "select * from bulan_realisasi_pemda where tahun = 2026")
    assert {k: v["bulan_terakhir"] for k, v in per_pemda(b).items()} == dict.fromkeys(PEMDA, 6)


# --------------------------------------------------------------------------- janji kampanye

# J-01 (every pemda, term 2025–2029) is tagged on SUB_1. By June: cash plan 0,6 × pagu, spent realisasi_juni.
# Behind when spent < 75 % of the plan: 62 1,5 M of 1,8 M (83 %, no); 62.02 0,6 of 1,2 (50 %); 62.07 0,3 of 0,6.
STATUS_JANJI = {"62": "berjalan", "62.02": "tertunda", "62.07": "tertunda"}


def test_cakupan_janji_per_pemda(con: duckdb.DuckDBPyConnection, tiga_pemda_db: Path) -> None:
    c = sql(con, "select * from cakupan_janji where tahun = 2026 and bulan = 6")
    r = per_pemda(c)
    assert set(r) == set(PEMDA)
    for p in PEMDA:
        assert (r[p]["jumlah_kegiatan"], r[p]["jumlah_pd"], r[p]["jumlah_tag"]) == (1, 1, 1)
        assert (r[p]["pagu"], r[p]["realisasi_sd"]) == (PAGU_1[p], HARAPAN["realisasi_juni"][p])
        assert r[p]["status"] == STATUS_JANJI[p]
        assert r[p]["uraian"] == f"Puskesmas di setiap kecamatan {p}"
    # outside the term (2024, 2030) the janji has no rows (and 2026 is the only data year anyway)
    assert sql(con, "select count(*) as n from cakupan_janji where tahun <> 2026")["n"][0] == 0
    # The page: IKU served by SUB_1 are IKU-01 and IKU-02, their latest capaian up to TW II:
    # 62 (100 + 110) / 2 = 105; 62.02 (80 + 100) / 2 = 90; 62.07 (50 [TW I] + 90) / 2 = 70.
    rata = {"62": 105.0, "62.02": 90.0, "62.07": 70.0}
    for p in PEMDA:
        j = q(tiga_pemda_db, "janji_cakupan", p)
        assert j["kode_janji"].tolist() == ["J-01"]
        assert (j["status"][0], j["bulan_acuan"][0], j["jumlah_iku"][0]) == (STATUS_JANJI[p], 6, 2)
        assert j["rata_rata_capaian_iku"][0] == approx(rata[p])
        assert j["daftar_pd"][0] == "Dinkes"
        jumlah = q(tiga_pemda_db, "janji_status_jumlah", p)
        assert dict(zip(jumlah["status"], jumlah["jumlah"], strict=True))[STATUS_JANJI[p]] == 1
        assert jumlah["jumlah"].sum() == 1
        keg = q(tiga_pemda_db, "janji_kegiatan", p)
        assert keg[["kode_janji", "kode_kegiatan"]].values.tolist() == [["J-01", SUB_1]]
        assert (keg["jumlah_sub_kegiatan"][0], keg["pagu"][0]) == (1, PAGU_1[p])
        assert keg["nama_pd"][0] == f"Dinas Kesehatan {NAMA[p]}"
        iku = q(tiga_pemda_db, "janji_iku", p)
        assert sorted(iku["kode_indikator"]) == ["IKU-01", "IKU-02"]
        assert set(iku["nama_pd"]) == {f"Dinas Kesehatan {NAMA[p]}"}
        assert q(tiga_pemda_db, "janji_tag_tidak_lengkap", p).empty


# --------------------------------------------------------------------------- program unggulan

# PU-01 on SUB_1, reported sesuai_jadwal; its one tonggak "Lelang": 62 March, done 15 March → selesai;
# 62.02 March, open → terlambat on 15 Oct; 62.07 December, open → belum mulai.
STATUS_TONGGAK = {"62": "selesai", "62.02": "terlambat", "62.07": "belum_mulai"}


def test_status_unggulan_per_pemda(con: duckdb.DuckDBPyConnection, tiga_pemda_db: Path) -> None:
    s = per_pemda(sql(con, "select * from status_unggulan_per(?)", [HARI]))
    for p in PEMDA:
        assert (s[p]["status_tonggak"], s[p]["jumlah_tonggak"]) == (STATUS_TONGGAK[p], 1)
        assert (s[p]["tahun_mulai"], s[p]["tahun_selesai"]) == (2025, 2029)
        assert str(s[p]["tanggal_status"])[:10] == "2026-06-30"
        assert s[p]["nama_pd"] == f"Dinas Kesehatan {NAMA[p]}"
    capaian_iku_01 = {"62": 100.0, "62.02": 80.0, "62.07": 50.0}  # up to TW II (62.07: TW I)
    for p in PEMDA:
        u = q(tiga_pemda_db, "unggulan_status", p)
        assert u["kode_unggulan"].tolist() == ["PU-01"]
        r = u.iloc[0]
        assert (r["jumlah_sub_kegiatan"], r["pagu"], r["bulan_acuan"]) == (1, PAGU_1[p], 6)
        assert (r["rencana_kas_sd"], r["realisasi_sd"]) == (0.6 * PAGU_1[p], HARAPAN["realisasi_juni"][p])
        assert r["capaian_persen"] == approx(capaian_iku_01[p])
        jumlah = q(tiga_pemda_db, "unggulan_status_jumlah", p)
        assert dict(zip(jumlah["status"], jumlah["jumlah_menurut_tonggak"], strict=True))[STATUS_TONGGAK[p]] == 1
        assert jumlah["jumlah"].sum() == 1
        t = q(tiga_pemda_db, "unggulan_tonggak", p)
        assert t["tonggak"].tolist() == ["Lelang"] and t["nama_program"][0] == f"Puskesmas Prima {p}"
        # outside its term (2025–2029) the program is not shown
        assert q(tiga_pemda_db, "unggulan_status", p, tahun=2030).empty


# --------------------------------------------------------------------------- kerja sama


def test_kerja_sama_per_pemda(con: duckdb.DuckDBPyConnection, tiga_pemda_db: Path) -> None:
    kk = sql(con, "select * from kerja_sama_kegiatan where tahun = 2026")
    r = per_pemda(kk)
    for p in PEMDA:
        # KS-01 refers to SUB_1 of its own pemda: pagu 1 M × F, spent to June realisasi_juni
        assert (r[p]["nomor"], r[p]["kode_kegiatan"], r[p]["ditemukan"]) == ("KS-01", SUB_1, True)
        assert (r[p]["pagu"], r[p]["realisasi"], r[p]["bulan_realisasi"]) == (
            PAGU_1[p],
            HARAPAN["realisasi_juni"][p],
            6,
        )
    ks = per_pemda(sql(con, "select * from kerja_sama_per(?) where tahun = 2026", [HARI]))
    for p in PEMDA:
        assert (ks[p]["jumlah_sub_kegiatan"], ks[p]["pagu"], ks[p]["status_integrasi"]) == (
            1,
            PAGU_1[p],
            "terintegrasi",
        )
        assert ks[p]["nama_pd"] == f"Dinas Kesehatan {NAMA[p]}"
        ringkas = q(tiga_pemda_db, "kerja_sama_ringkasan", p).iloc[0]
        assert (ringkas["jumlah"], ringkas["jumlah_terintegrasi"], ringkas["pagu"]) == (1, 1, PAGU_1[p])
        assert q(tiga_pemda_db, "kerja_sama_daftar", p)["nomor"].tolist() == ["KS-01"]
        per_pd = q(tiga_pemda_db, "kerja_sama_pd_integrasi", p)
        assert (per_pd["kode_pd"].tolist(), per_pd["jumlah"].tolist()) == ([DINKES], [1])
        rincian = q(tiga_pemda_db, "kerja_sama_kegiatan_rincian", p)
        assert rincian["kode_kegiatan"].tolist() == [SUB_1] and rincian["pagu"][0] == PAGU_1[p]
        assert rincian["judul"][0] == f"Rujukan kesehatan {p}"


# --------------------------------------------------------------------------- Perjanjian Kinerja

# 2026 deadline: end of February. Dinkes: 62 signed 10 Feb (on time), 62.02 20 Mar (late), 62.07 no row
# (not signed, past the deadline on 15 Oct). Bappeda signed 20 Jan everywhere.
KEADAAN_DINKES = {"62": "tepat_waktu", "62.02": "terlambat", "62.07": "belum_lewat_batas"}


def test_pk_per_pemda(con: duckdb.DuckDBPyConnection, tiga_pemda_db: Path) -> None:
    pk = sql(con, "select * from pk_status_per(?) where tahun = 2026", [HARI])
    assert len(pk) == 2 * 3
    pk = pk.set_index(["kode_pemda", "kode_pd"])
    for p in PEMDA:
        assert pk.loc[(p, DINKES), "keadaan"] == KEADAAN_DINKES[p]
        assert pk.loc[(p, BAPPEDA), "keadaan"] == "tepat_waktu"
        # Dinkes holds IKU-01 (quarterly targets) and IKU-02 (TAHUNAN only) in each pemda
        assert tuple(pk.loc[(p, DINKES), ["jumlah_iku", "jumlah_iku_bertarget", "jumlah_iku_target_triwulan"]]) == (
            2,
            2,
            1,
        )
        assert pk.loc[(p, BAPPEDA), "jumlah_iku"] == 0
    assert pk.loc[("62.02", DINKES), "hari_lewat_batas"] == 20  # 28 Feb → 20 Mar
    assert pk.loc[("62.02", DINKES), "nama_penanda_tangan"] == "Kepala Dinkes 62.02"
    ringkas = q(tiga_pemda_db, "pk_ringkas", "62").set_index("kode_pemda")
    assert list(ringkas.index) == ["62", "62.02", "62.07"]
    kolom = ["jumlah_opd", "jumlah_ditandatangani", "jumlah_tepat_waktu", "jumlah_terlambat", "jumlah_belum"]
    assert ringkas.loc["62", kolom].tolist() == [2, 2, 2, 0, 0]
    assert ringkas.loc["62.02", kolom].tolist() == [2, 2, 1, 1, 0]
    assert ringkas.loc["62.07", kolom].tolist() == [2, 1, 1, 0, 1]
    for p in PEMDA:
        daftar = q(tiga_pemda_db, "pk_pd_daftar", p)
        assert sorted(daftar["kode_pd"]) == sorted([DINKES, BAPPEDA])
        # the count per state is the pemda's own: its two OPD, not the three pemda's six
        per_keadaan = daftar.drop_duplicates("keadaan")
        assert per_keadaan["jumlah_opd_keadaan"].sum() == 2


# --------------------------------------------------------------------------- SAKIP


def test_sakip_per_pemda(tiga_pemda_db: Path) -> None:
    # pemda-level 2025: 72,5 BB (target BB met), 65 B, 55 CC
    nilai = {"62": (72.5, "BB", True), "62.02": (65.0, "B", False), "62.07": (55.0, "CC", False)}
    for p in PEMDA:
        r = q(tiga_pemda_db, "sakip_ringkasan", p).iloc[0]
        assert (r["tahun_evaluasi"], r["nilai"], r["predikat"], r["memenuhi_target"]) == (2025, *nilai[p])
        tren = q(tiga_pemda_db, "sakip_pemda_tren", p)
        assert tren["kode_pemda"].tolist() == list(PEMDA)  # the family, province first
        assert tren.loc[tren["terpilih"], "kode_pemda"].tolist() == [p]


# --------------------------------------------------------------------------- tindak lanjut


def test_tindak_lanjut_per_pemda(con: duckdb.DuckDBPyConnection, tiga_pemda_db: Path) -> None:
    tl = per_pemda(sql(con, "select * from tindak_lanjut_per(?)", [HARI]))
    # TL-01 in each pemda, deadline 31 May: 62 selesai; 62.02 proses and 62.07 belum are past it on 15 Oct
    keadaan = {"62": "selesai", "62.02": "lewat_batas", "62.07": "lewat_batas"}
    for p in PEMDA:
        r = tl[p]
        assert r["keadaan"] == keadaan[p]
        assert r["nama_pd"] == f"Dinas Kesehatan {NAMA[p]}"
        assert (r["nama_indikator"], r["nama_kegiatan"]) == ("Jumlah puskesmas terakreditasi", "Pembangunan Puskesmas")
        daftar = q(tiga_pemda_db, "tindak_lanjut_daftar", p)
        assert daftar["kode_tindak_lanjut"].tolist() == ["TL-01"]
        ringkas = q(tiga_pemda_db, "tindak_lanjut_ringkasan", p).iloc[0]
        assert (ringkas["jumlah"], ringkas["jumlah_lewat_batas"]) == (1, int(keadaan[p] == "lewat_batas"))
        rapat = q(tiga_pemda_db, "tindak_lanjut_rapat", p)
        assert (rapat["rapat"].tolist(), rapat["jumlah"].tolist()) == (["Rapat Evaluasi TW I"], [1])
        assert q(tiga_pemda_db, "tindak_lanjut_kode_baru", p)["kode_tindak_lanjut"][0] == "TL-2026-01"
        rujukan = q(tiga_pemda_db, "tindak_lanjut_rujukan", p)
        jumlah = rujukan.groupby("jenis").size().to_dict()
        assert jumlah == {"opd": 2, "indikator": 2, "unggulan": 1, "kegiatan": 4, "rapat": 1}
        assert set(rujukan.loc[rujukan["jenis"] == "unggulan", "label"]) == {f"PU-01 Puskesmas Prima {p}"}


# --------------------------------------------------------------------------- antarpemda


def test_perbandingan_pemda_satu_baris_per_pemda(con: duckdb.DuckDBPyConnection, tiga_pemda_db: Path) -> None:
    b = sql(con, "select * from perbandingan_pemda where tahun = 2026")
    assert not b.duplicated(["kelompok", "kode_pemda", "triwulan"]).any()
    stunting = b[(b["kelompok"] == "REF-STUNTING") & (b["triwulan"] == 2)].set_index("kode_pemda")
    # (2T - R)/T: 110, 100, 90; realisasi (negatif, lower is better) 18, 25, 33
    assert stunting["capaian_persen"].to_dict() == {"62": approx(110.0), "62.02": approx(100.0), "62.07": approx(90.0)}
    assert stunting["peringkat_capaian"].to_dict() == {"62": 1, "62.02": 2, "62.07": 3}
    assert stunting["peringkat_realisasi"].to_dict() == {"62": 1, "62.02": 2, "62.07": 3}
    # IKU-01 has no kode_referensi: grouped by its name. TW2: 62 100 %, 62.02 80 %; 62.07 did not report TW2.
    nama = b[b["kelompok"] == "nama:jumlah puskesmas terakreditasi"]
    tw2 = nama[nama["triwulan"] == 2].set_index("kode_pemda")
    assert tw2["capaian_persen"].to_dict() == {"62": approx(100.0), "62.02": approx(80.0)}
    assert (tw2["jumlah_pemda_lapor"] == 2).all()
    ubin = q(tiga_pemda_db, "pemda_banding_ubin", "62.07")
    assert len(ubin) == 2 * 3  # two shared indicators × three pemda, one tile each
    peringkat = q(tiga_pemda_db, "pemda_banding_peringkat", "62", kelompok="REF-STUNTING")
    assert peringkat["kode_pemda"].tolist() == ["62", "62.02", "62.07"]
    assert peringkat["capaian_persen"].tolist() == [approx(110.0), approx(100.0), approx(90.0)]
    tren = q(tiga_pemda_db, "pemda_banding_tren", "62.02", kelompok="REF-STUNTING")
    assert tren[["kode_pemda", "periode"]].values.tolist() == [["62", "TW2"], ["62.02", "TW2"], ["62.07", "TW2"]]
    kelompok = q(tiga_pemda_db, "pemda_banding_kelompok", "62.02")
    assert dict(zip(kelompok["kelompok"], kelompok["jumlah_pemda"], strict=True)) == {
        "REF-STUNTING": 3,
        "nama:jumlah puskesmas terakreditasi": 3,
    }


def test_kontribusi_lintas_sektor_per_pemda(con: duckdb.DuckDBPyConnection, tiga_pemda_db: Path) -> None:
    k = sql(con, "select * from kontribusi_lintas_sektor where tahun = 2026")
    assert not k.duplicated(["kode_pemda", "kode_indikator", "jenis_kontributor", "kode_kontributor"]).any()
    prov = k[k["kode_pemda"] == "62"].set_index(["kode_indikator", "kode_kontributor"])
    # 62's IKU-02 (stunting): its Dinkes through SUB_1 (3 M, spent 1,5 M to June); its kabupaten at TW2.
    assert tuple(prov.loc[("IKU-02", DINKES), ["jumlah_sub_kegiatan", "pagu", "realisasi"]]) == (1, 3 * M, 1.5 * M)
    assert prov.loc[("IKU-02", "62.02"), "capaian_persen"] == approx(100.0)
    assert prov.loc[("IKU-02", "62.07"), "capaian_persen"] == approx(90.0)
    assert (prov.loc["IKU-02", "jumlah_kontributor"] == 3).all()
    # 62's IKU-01: SUB_1 and SUB_2 of 62 (4,5 M); kabupaten by name, at their last quarter (80 % TW2, 50 % TW1)
    assert tuple(prov.loc[("IKU-01", DINKES), ["jumlah_sub_kegiatan", "pagu"]]) == (2, 4.5 * M)
    assert prov.loc[("IKU-01", "62.07"), "periode_terakhir"] == "TW1"
    # A kabupaten's IKU: its own Dinkes only (no children); nothing of the province's money.
    kab = k[k["kode_pemda"] == "62.02"].set_index(["kode_indikator", "kode_kontributor"])
    assert sorted(kab.index.tolist()) == [("IKU-01", DINKES), ("IKU-02", DINKES)]
    assert kab.loc[("IKU-02", DINKES), "pagu"] == 2 * M and kab.loc[("IKU-01", DINKES), "pagu"] == 3 * M
    lintas = q(tiga_pemda_db, "pemda_banding_lintas_sektor", "62")
    assert set(lintas["kode_indikator"]) == {"IKU-01", "IKU-02"}
    assert q(tiga_pemda_db, "pemda_banding_lintas_sektor", "62.02").empty  # one contributor each


def test_tahun_komitmen_per_pemda(con: duckdb.DuckDBPyConnection) -> None:
    assert sql(con, "select kode_pemda, tahun from tahun_komitmen order by 1, 2").values.tolist() == [
        [p, 2026] for p in PEMDA
    ]


# --------------------------------------------------------------------------- analyst examples


def test_contoh_per_pemda(tiga_pemda_db: Path) -> None:
    for p in PEMDA:
        pagu = q(tiga_pemda_db, "contoh/pagu_realisasi_opd", p).set_index("ukuran")["rupiah"].to_dict()
        assert pagu == {"pagu": 1.5 * M * F[p], "realisasi": HARAPAN["realisasi_juni"][p]}
        belum = q(tiga_pemda_db, "contoh/iku_belum_lapor", p)
        # only 62.07 has not reported IKU-01 in TW2 (its last report is TW1); IKU-02 reported TW2 everywhere
        assert belum["kode_indikator"].tolist() == (["IKU-01"] if p == "62.07" else [])
        if p == "62.07":
            assert belum["triwulan_lapor_terakhir"][0] == 1
        merah = q(tiga_pemda_db, "contoh/iku_merah_per_opd", p, periode="TW1")
        # TW1 IKU-01: 62 100 % (not red); 62.02 and 62.07 50 % (Sangat Rendah)
        assert merah["jumlah_iku_merah"].tolist() == ([] if p == "62" else [1])
        sebaran = q(tiga_pemda_db, "contoh/sebaran_predikat_opd", p)
        assert sebaran["jumlah_iku"].sum() == (1 if p == "62.07" else 2)  # IKU reporting TW2 with a predikat
        program = q(tiga_pemda_db, "contoh/program_unggulan_tonggak", p)
        assert program["kode_unggulan"].tolist() == ["PU-01"]


def test_pk_per_pemda_keluarga_sendiri(tiga_pemda_db: Path, tmp_path: Path) -> None:
    """The PK page compares a pemda with its own province family ($keluarga), not with the whole database: a second
    province with one OPD is left out of the three-pemda family's table, and shown with '*'."""
    import shutil

    from pantau.importer import impor_path

    db = tmp_path / "dua_provinsi.duckdb"
    shutil.copyfile(tiga_pemda_db, db)
    d = tmp_path / "lain"
    d.mkdir()
    (d / "pemda.csv").write_text("kode_pemda,nama_pemda,tingkat,kode_induk\n63,Provinsi Kalimantan Selatan,provinsi,\n")
    (d / "perangkat_daerah.csv").write_text("kode_pemda,kode_pd,nama_pd\n63,1.02.0.00.0.00.01.0000,Dinas Kesehatan\n")
    assert impor_path([d], db).ok
    params = {"tahun": 2026, "hari_ini": "2026-12-06", "hanya_pemda": ""}
    assert list(run_query("pk_ringkas", params | {"keluarga": "62.07"}, db)["kode_pemda"]) == ["62", "62.02", "62.07"]
    assert list(run_query("pk_ringkas", params | {"keluarga": "63"}, db)["kode_pemda"]) == ["63"]
    assert list(run_query("pk_ringkas", params | {"keluarga": "*"}, db)["kode_pemda"]) == ["62", "63", "62.02", "62.07"]
