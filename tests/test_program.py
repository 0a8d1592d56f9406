"""Program unggulan, janji kampanye and keterlacakan (queries/schema/50_program.sql and the pages on it).

The rules are checked on a small fixture database whose every expected number is worked out by hand in the
comments (nothing here re-implements a rule); the pages run with AppTest against the demo province, their
numbers compared with plain SQL on the base tables and with the demo's planted situations (pantau.demo_data).
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
from helpers import ROOT, buka, larik
from streamlit.testing.v1 import AppTest

from pantau import demo_data as dd
from pantau import figures
from pantau import format as fmt
from pantau.db import create_database, run_query

approx = pytest.approx
TAHUN = 2026
P1, P2 = "P1", "P2"
PEMDA_PD = {"PD-A": P1, "PD-B": P1, "PD-C": P2}
HARI = dt.date(2026, 10, 15)

# --------------------------------------------------------------------------- the fixture
#
# Pemda P1: OPD PD-A and PD-B; pemda P2: OPD PD-C (must never show up in P1's answers).
# Sasaran S1 (RPJMD of P1, misi "Misi 1: Sehat") ← S1.1 (PD-A's own sasaran, kode_induk S1).
# Indikator I1, I2 (IKU_PD of PD-A, sasaran S1.1), I3 (IKU_PEMDA of PD-B, sasaran S1), I9 (P2).
# Capaian 2026: I1 nilai_akhir, TAHUNAN target 100, TW3 realisasi 80 → 80 % (Tinggi);
#               I2 nilai_akhir, TAHUNAN target 100, only TW1 realisasi 40 → 40 % (Sangat Rendah), still the
#               latest capaian up to TW3.
#
# Kegiatan 2026 (pagu on sub kegiatan; "—" = blank):
#   PD-A 1.01.01            program  IKU I1   prioritas ya     kontribusi ada
#        1.01.01.1.01       kegiatan —        —                —
#        1.01.01.1.01.0001  sub 100  IKU I2   — (inherits ya)  —
#        1.01.01.1.01.0002  sub 300  —        ya               ada
#        1.01.02            program  —        tidak            ada       ← linked only through 1.01.02.1.01.0001
#        1.01.02.1.01       kegiatan —        — (→ tidak)      —         ← non-priority without kontribusi (1)
#        1.01.02.1.01.0001  sub 50   "I1; I2" — (→ tidak)      ada
#        1.01.02.1.02       kegiatan —        —                ada       ← orphan: nothing on it, below it, or on
#        1.01.02.1.02.0001  sub 70   —        tidak            —           its program row (2: no kontribusi)
#   PD-B 1.01.03            program  —        tidak            —         ← orphan program (3: no kontribusi)
#        1.01.03.1.01       kegiatan —        tidak            ada       ← orphan kegiatan
#        1.01.03.1.01.0001  sub 200  —        tidak            ada
#        1.01.04            program  IKU I1   ya               ada
#        1.01.04.1.01       kegiatan —        ya               —
#        1.01.04.1.01.0001  sub 100  —        ya               —
#   PD-C 2.01.01 / 2.01.01.1.01 / 2.01.01.1.01.0001 (pagu 999, IKU I9): pemda P2.
# 2025: only 1.01.03 (PD-B) naming I3: I3 is supported in 2025, not in 2026.

KEGIATAN = [
    # (tahun, kode_pd, kode, pagu, kode_indikator, prioritas, kontribusi)
    (2026, "PD-A", "1.01.01", None, "I1", True, "K"),
    (2026, "PD-A", "1.01.01.1.01", None, None, None, None),
    (2026, "PD-A", "1.01.01.1.01.0001", 100, "I2", None, None),
    (2026, "PD-A", "1.01.01.1.01.0002", 300, None, True, "K"),
    (2026, "PD-A", "1.01.02", None, None, False, "K"),
    (2026, "PD-A", "1.01.02.1.01", None, None, None, None),
    (2026, "PD-A", "1.01.02.1.01.0001", 50, "I1; I2", None, "K"),
    (2026, "PD-A", "1.01.02.1.02", None, None, None, "K"),
    (2026, "PD-A", "1.01.02.1.02.0001", 70, None, False, None),
    (2026, "PD-B", "1.01.03", None, None, False, None),
    (2026, "PD-B", "1.01.03.1.01", None, None, False, "K"),
    (2026, "PD-B", "1.01.03.1.01.0001", 200, None, False, "K"),
    (2026, "PD-B", "1.01.04", None, "I1", True, "K"),
    (2026, "PD-B", "1.01.04.1.01", None, None, True, None),
    (2026, "PD-B", "1.01.04.1.01.0001", 100, None, True, None),
    (2026, "PD-C", "2.01.01", None, "I9", True, "K"),
    (2026, "PD-C", "2.01.01.1.01", None, None, True, "K"),
    (2026, "PD-C", "2.01.01.1.01.0001", 999, None, True, "K"),
    (2025, "PD-B", "1.01.03", None, "I3", False, "K"),
]


def _isi(con: duckdb.DuckDBPyConnection) -> None:
    x = con.execute
    x("insert into pemda (kode_pemda, nama_pemda, tingkat) values ('P1', 'Provinsi Satu', 'provinsi'),"
      " ('P2', 'Kota Dua', 'kota')")  # fmt: skip
    x(
        "insert into perangkat_daerah (kode_pd, kode_pemda, nama_pd, singkatan) values"
        " ('PD-A', 'P1', 'Dinas A', 'DA'), ('PD-B', 'P1', 'Dinas B', 'DB'), ('PD-C', 'P2', 'Dinas C', 'DC')"
    )
    x(
        "insert into sasaran (kode_sasaran, kode_pemda, uraian, kode_pd, kode_induk, misi) values"
        " ('S1', 'P1', 'Sasaran satu', null, null, 'Misi 1: Sehat'),"
        " ('S1.1', 'P1', 'Sasaran Dinas A', 'PD-A', 'S1', null),"
        " ('S2', 'P2', 'Sasaran kota', null, null, 'Misi P2')"
    )
    for kode, pd_, jenis, sas in (
        ("I1", "PD-A", "IKU_PD", "S1.1"),
        ("I2", "PD-A", "IKU_PD", "S1.1"),
        ("I3", "PD-B", "IKU_PEMDA", "S1"),
        ("I9", "PD-C", "IKU_PD", "S2"),
    ):
        x(
            "insert into indikator (kode_pemda, kode_indikator, nama_indikator, satuan, kode_pd, jenis, polaritas,"
            " agregasi, kode_sasaran) values (?, ?, ?, '%', ?, ?, 'positif', 'nilai_akhir', ?)",
            [PEMDA_PD[pd_], kode, f"Indikator {kode}", pd_, jenis, sas],
        )
    x("insert into target (kode_pemda, kode_indikator, tahun, periode, target) values"
      " ('P1', 'I1', 2026, 'TAHUNAN', 100), ('P1', 'I2', 2026, 'TAHUNAN', 100)")  # fmt: skip
    x("insert into realisasi (kode_pemda, kode_indikator, tahun, periode, realisasi) values"
      " ('P1', 'I1', 2026, 'TW3', 80), ('P1', 'I2', 2026, 'TW1', 40)")  # fmt: skip
    for tahun, pd_, kode, pagu, ind, prio, kontribusi in KEGIATAN:
        x(
            "insert into kegiatan (kode_pemda, tahun, kode_pd, kode_kegiatan, nama, pagu, kode_indikator, prioritas,"
            " game_changer, kontribusi) values (?, ?, ?, ?, ?, ?, ?, ?, false, ?)",
            [PEMDA_PD[pd_], tahun, pd_, kode, f"Nama {kode}", pagu, ind, prio, kontribusi],
        )
    # Money (P1, 2026):
    #   0001: rencana kas 10 in each of Jan..Oct (→ 90 by September); realisasi 5 per month Jan..Sep (monthly
    #         form, → 45 by September, 15 by March); fisik 4 × bulan (36 % in September).
    #   0002: rencana kas 10 in Jan..Mar and 270 in December (→ 30 by September); realisasi in cumulative form
    #         10, 20, 30 in Jan..Mar and nothing later (→ 30 carried to September); fisik 100 in March.
    #   1.01.04.1.01.0001: rencana kas 20 in January; realisasi 20 in January; fisik 100.
    a, b, d = "1.01.01.1.01.0001", "1.01.01.1.01.0002", "1.01.04.1.01.0001"
    for bulan in range(1, 11):
        x("insert into rencana_kas (kode_pemda, tahun, kode_kegiatan, bulan, nilai) values ('P1', 2026, ?, ?, 10)",
          [a, bulan])  # fmt: skip
    for bulan in (1, 2, 3):
        x("insert into rencana_kas (kode_pemda, tahun, kode_kegiatan, bulan, nilai) values ('P1', 2026, ?, ?, 10)",
          [b, bulan])  # fmt: skip
    x(
        "insert into rencana_kas (kode_pemda, tahun, kode_kegiatan, bulan, nilai) values"
        " ('P1', 2026, ?, 12, 270), ('P1', 2026, ?, 1, 20)",
        [b, d],
    )
    for bulan in range(1, 10):
        x(
            "insert into realisasi_anggaran (kode_pemda, tahun, kode_kegiatan, bulan, realisasi, fisik_persen)"
            " values ('P1', 2026, ?, ?, 5, ?)",
            [a, bulan, 4 * bulan],
        )
    for bulan in (1, 2, 3):
        x(
            "insert into realisasi_anggaran (kode_pemda, tahun, kode_kegiatan, bulan, realisasi_kumulatif,"
            " fisik_persen) values ('P1', 2026, ?, ?, ?, ?)",
            [b, bulan, 10 * bulan, 100 if bulan == 3 else None],
        )
    x(
        "insert into realisasi_anggaran (kode_pemda, tahun, kode_kegiatan, bulan, realisasi, fisik_persen)"
        " values ('P1', 2026, ?, 1, 20, 100)",
        [d],
    )
    # Flagships: PU-A (PD-A) on the kegiatan 1.01.01.1.01 (= subs 0001 + 0002, pagu 400), declared
    # sesuai_jadwal; PU-B (PD-A) on "1.01.02.1.01.0001; 1.01.02" (the sub is inside the program: subs 50 + 70 =
    # 120, each once), declared selesai; PU-C (PD-B) without tonggak or kegiatan, declared berisiko; PU-D (PD-B)
    # without a declared status, on 1.01.04.1.01.0001; PU-Z belongs to P2. PU-E (P1, declared terlambat) ran
    # 2024–2025 only: not shown in 2026. PU-A's term 2026–2030 and PU-B's open start (–2026) include 2026.
    x(
        "insert into program_unggulan (kode_pemda, kode_unggulan, nama, kode_pd, kode_indikator, kode_kegiatan,"
        " status, catatan, tahun_mulai, tahun_selesai) values"
        " ('P1', 'PU-A', 'Unggulan A', 'PD-A', 'I1', '1.01.01.1.01', 'sesuai_jadwal', 'catatan A', 2026, 2030),"
        " ('P1', 'PU-B', 'Unggulan B', 'PD-A', 'I2', '1.01.02.1.01.0001; 1.01.02', 'selesai', null, null, 2026),"
        " ('P1', 'PU-C', 'Unggulan C', 'PD-B', null, null, 'berisiko', null, null, null),"
        " ('P1', 'PU-D', 'Unggulan D', 'PD-B', null, '1.01.04.1.01.0001', null, null, null, null),"
        " ('P1', 'PU-E', 'Unggulan E', 'PD-B', null, null, 'terlambat', null, 2024, 2025),"
        " ('P2', 'PU-Z', 'Unggulan Z', 'PD-C', 'I9', null, 'terlambat', null, null, null)"
    )
    x(
        "insert into tonggak (kode_pemda, kode_unggulan, tonggak, bulan_rencana, tanggal_selesai) values"
        " ('P1', 'PU-A', 'T1', '2026-01', '2026-01-20'),"  # done in its month
        " ('P1', 'PU-A', 'T2', '2026-03', '2026-04-05'),"  # done, a month late
        " ('P1', 'PU-A', 'T3', '2026-10', null),"
        " ('P1', 'PU-A', 'T4', '2026-12', null),"
        " ('P1', 'PU-B', 'B1', '2026-02', '2026-02-10'),"
        " ('P1', 'PU-D', 'D1', '2026-05', null),"
        " ('P1', 'PU-E', 'E1', '2025-06', null),"
        " ('P2', 'PU-Z', 'Z1', '2026-01', null)"
    )
    # Promises (v2: each carries its pemda and term): J1 on subs 0001 (complete tag) and 0002 (no output); J2 on
    # 1.01.04.1.01.0001 (neither bentuk dukungan nor output); J5 on the whole program 1.01.02 (= its two subs);
    # J3 has no tag; J4 is P1's but its term starts in 2027 (not shown in 2026); J6 belongs to P2.
    x(
        "insert into janji_kampanye (kode_pemda, kode_janji, uraian, misi, tahun_mulai, tahun_selesai) values"
        " ('P1', 'J1', 'Janji satu', 'Misi 1: Sehat', 2025, 2029), ('P1', 'J2', 'Janji dua', null, null, null),"
        " ('P1', 'J3', 'Janji tiga', 'Misi 1: Sehat', null, 2026), ('P1', 'J4', 'Janji empat', 'Misi luar', 2027, null),"
        " ('P1', 'J5', 'Janji lima', null, null, null), ('P2', 'J6', 'Janji enam', 'Misi P2', null, null)"
    )
    x(
        "insert into tag_janji (kode_pemda, tahun, kode_kegiatan, kode_janji, bentuk_dukungan, output) values"
        " ('P1', 2026, '1.01.01.1.01.0001', 'J1', 'Bantuan', '100 unit'),"
        " ('P1', 2026, '1.01.01.1.01.0002', 'J1', 'Pelatihan', ' '),"
        " ('P1', 2026, '1.01.04.1.01.0001', 'J2', null, null),"
        " ('P1', 2026, '1.01.02', 'J5', 'Program', 'Keluaran'),"
        # a tag in a year outside J4's term: not a kegiatan of J4 in 2026
        " ('P1', 2026, '1.01.03.1.01.0001', 'J4', 'Di luar masa', null)"
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("program") / "program.duckdb"
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
    """A page query by name, with the page's parameters (the shared filters, plus hari_ini)."""
    semua = {"kode_pemda": P1, "tahun": TAHUN, "triwulan": 3, "periode": "TW3", "hari_ini": HARI, "batas": 0} | params
    return run_query(nama, semua, db)


def baris(df: pd.DataFrame, kolom: str, nilai: object) -> pd.Series:
    cocok = df[df[kolom] == nilai]
    assert len(cocok) == 1, (kolom, nilai, df[kolom].tolist())
    return cocok.iloc[0]


# --------------------------------------------------------------------------- program unggulan: status rules


@pytest.mark.parametrize(
    ("hari", "status"),
    [
        (dt.date(2025, 12, 15), "belum_mulai"),  # every tonggak still ahead, none done
        (dt.date(2026, 1, 10), "berisiko"),  # T1 due this month; its completion (20 Jan) is after the date
        (dt.date(2026, 1, 25), "sesuai_jadwal"),  # T1 done, the rest ahead
        (dt.date(2026, 3, 15), "berisiko"),  # T2 due in March, not done
        (dt.date(2026, 4, 1), "terlambat"),  # T2 (March) not done as of 1 April: overdue
        (dt.date(2026, 4, 5), "sesuai_jadwal"),  # T2 done on the day (late, but done)
        (dt.date(2026, 9, 30), "sesuai_jadwal"),  # T3 (October) not due yet
        (dt.date(2026, 10, 15), "berisiko"),  # T3 due this month
        (dt.date(2026, 11, 1), "terlambat"),  # T3 overdue
    ],
)
def test_status_menurut_tonggak_per_tanggal(con: duckdb.DuckDBPyConnection, hari: dt.date, status: str) -> None:
    (hasil,) = con.execute(
        "select status_tonggak from status_unggulan_per(?) where kode_unggulan = 'PU-A'", [hari]
    ).fetchone()
    assert hasil == status


def test_keadaan_tonggak(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select tonggak, keadaan_tonggak(bulan_rencana, tanggal_selesai, ?) from tonggak"
        " where kode_unggulan = 'PU-A' order by tonggak",
        [HARI],
    ).fetchall()
    # 15 Oct 2026: T1 done in January (its month); T2 planned March, done 5 April; T3 planned October, open;
    # T4 planned December, open.
    assert rows == [
        ("T1", "selesai"),
        ("T2", "selesai_terlambat"),
        ("T3", "jatuh_tempo"),
        ("T4", "akan_datang"),
    ]


def test_status_selesai_dan_tanpa_tonggak(con: duckdb.DuckDBPyConnection) -> None:
    def status(kode: str, hari: dt.date) -> tuple:
        return con.execute(
            "select status_tonggak, status_berbeda from status_unggulan_per(?) where kode_unggulan = ?", [hari, kode]
        ).fetchone()

    assert status("PU-B", dt.date(2026, 2, 10)) == ("selesai", False)  # B1 done that very day, declared selesai
    assert status("PU-B", dt.date(2026, 2, 9)) == ("berisiko", True)  # the day before: B1 due, open
    assert status("PU-C", HARI) == (None, False)  # no tonggak: nothing to compare


def test_unggulan_status(db: Path) -> None:
    df = q(db, "unggulan_status")
    # P1 only (PU-Z is P2's). Board order: terlambat, berisiko, belum mulai, sesuai jadwal, selesai; within a
    # status the ones whose report disagrees with the milestones first.
    assert df["kode_unggulan"].tolist() == ["PU-D", "PU-A", "PU-C", "PU-B"]
    a = baris(df, "kode_unggulan", "PU-A")
    # Reported sesuai jadwal, by milestones berisiko (T3 due in October, open): the board shows the worse one.
    assert (a["status_dilaporkan"], a["status_tonggak"], a["status_papan"], a["status_berbeda"]) == (
        "sesuai_jadwal",
        "berisiko",
        "berisiko",
        True,
    )
    assert (a["jumlah_tonggak"], a["jumlah_selesai"], a["tonggak_berikutnya"]) == (4, 2, "T3")
    # Money by September (bulan acuan 9): subs 0001 + 0002: pagu 100 + 300 = 400; rencana kas 90 + 30 = 120;
    # realisasi 45 + 30 = 75; serapan 75 / 400 = 18,75 %.
    assert (a["jumlah_sub_kegiatan"], a["pagu"], a["rencana_kas_sd"], a["realisasi_sd"]) == (2, 400, 120, 75)
    assert a["serapan_persen"] == approx(18.75)
    assert a["bulan_acuan"] == 9
    # IKU I1: capaian 80 % at TW3, Tinggi.
    assert (a["kode_indikator"], a["periode_capaian"], a["predikat"]) == ("I1", "TW3", "Tinggi")
    assert a["capaian_persen"] == approx(80)
    b = baris(df, "kode_unggulan", "PU-B")
    # The sub 1.01.02.1.01.0001 is listed and also covered by its program 1.01.02: counted once, 50 + 70.
    assert (b["jumlah_sub_kegiatan"], b["pagu"], b["realisasi_sd"]) == (2, 120, 0)
    assert (b["status_papan"], b["status_berbeda"]) == ("selesai", False)
    # I2's latest capaian up to TW3 is its TW1 value, 40 %.
    assert (b["periode_capaian"], b["capaian_persen"]) == ("TW1", approx(40))
    c = baris(df, "kode_unggulan", "PU-C")
    assert (c["status_papan"], c["jumlah_sub_kegiatan"]) == ("berisiko", 0)
    assert pd.isna(c["status_tonggak"])
    assert c["keterangan_capaian"] == "Belum ada IKU yang dikaitkan"
    d = baris(df, "kode_unggulan", "PU-D")
    # No declared status: the board takes the milestone status (D1, May, open → terlambat).
    assert pd.isna(d["status_dilaporkan"])
    assert (d["status_papan"], d["status_berbeda"]) == ("terlambat", False)
    assert (d["pagu"], d["realisasi_sd"]) == (100, 20)
    # TW I: bulan acuan March: 0001 15, 0002 30 → 45.
    assert baris(q(db, "unggulan_status", triwulan=1), "kode_unggulan", "PU-A")["realisasi_sd"] == 45
    # TW IV: reports only reach September, so the bulan acuan stays 9.
    assert baris(q(db, "unggulan_status", triwulan=4), "kode_unggulan", "PU-A")["bulan_acuan"] == 9
    # Terms: PU-E (2024–2025) is shown in 2025 and not in 2026; PU-A (from 2026) not in 2025; PU-B (… 2026) both.
    assert sorted(q(db, "unggulan_status", tahun=2025)["kode_unggulan"]) == ["PU-B", "PU-C", "PU-D", "PU-E"]
    assert "PU-E" not in set(q(db, "unggulan_tonggak")["kode_unggulan"])
    assert q(db, "unggulan_tonggak", tahun=2025)["kode_unggulan"].drop_duplicates().tolist() == ["PU-D", "PU-E", "PU-B"]


def test_unggulan_status_jumlah(db: Path) -> None:
    df = q(db, "unggulan_status_jumlah")
    # Board (the worse of declared and milestones): D terlambat (milestones; nothing declared), A berisiko
    # (declared sesuai jadwal, milestones berisiko), C berisiko (declared; no milestones), B selesai (both).
    # By milestones: D terlambat, A berisiko, B selesai, C not computable (counted nowhere).
    assert df[["status", "jumlah", "jumlah_menurut_tonggak"]].values.tolist() == [
        ["terlambat", 1, 1],
        ["berisiko", 2, 1],
        ["belum_mulai", 0, 0],
        ["sesuai_jadwal", 0, 0],
        ["selesai", 1, 1],
    ]


def test_unggulan_tonggak(db: Path, con: duckdb.DuckDBPyConnection) -> None:
    df = q(db, "unggulan_tonggak", hari_ini=dt.date(2026, 4, 1))
    a = df[df["kode_unggulan"] == "PU-A"]
    assert a["keadaan"].tolist() == ["selesai", "lewat_waktu", "akan_datang", "akan_datang"]
    # T2's completion (5 April) has not happened yet on 1 April.
    assert a["tanggal_selesai"].isna().tolist() == [False, True, True, True]
    assert str(a["awal"].iloc[1])[:10] == "2026-03-01" and str(a["akhir"].iloc[1])[:10] == "2026-04-01"
    # Programs in board order on 1 April: PU-A terlambat (declared sesuai jadwal, but T2 is overdue: the worse
    # counts), PU-D belum mulai (no declared status; D1 is May), PU-B selesai. PU-C has no tonggak to draw.
    assert df["kode_unggulan"].drop_duplicates().tolist() == ["PU-A", "PU-D", "PU-B"]
    palet = con.execute("select status, warna from skala_status_program where jenis = 'tonggak'").fetchall()
    assert set(zip(df["keadaan"], df["warna"], strict=True)) <= set(palet)


# --------------------------------------------------------------------------- janji kampanye


def test_cakupan_janji(db: Path) -> None:
    df = q(db, "janji_cakupan")
    # P1's promises in 2026: J1, J2, J3, J5 (J4's term starts in 2027, its 2026 tag notwithstanding); J6 is P2's.
    assert sorted(df["kode_janji"]) == ["J1", "J2", "J3", "J5"]
    j1 = baris(df, "kode_janji", "J1")
    # 0001: realisasi 45 of rencana kas 90 by September = 50 % < 75 % → tertinggal → J1 tertunda.
    assert (j1["status"], j1["jumlah_kegiatan"], j1["jumlah_pd"], j1["jumlah_tertinggal"]) == ("tertunda", 2, 1, 1)
    assert (j1["pagu"], j1["rencana_kas_sd"], j1["realisasi_sd"]) == (400, 120, 75)
    assert j1["serapan_persen"] == approx(18.75)
    assert (j1["jumlah_tag"], j1["jumlah_tag_tidak_lengkap"]) == (2, 1)  # 0002's output is blank
    # IKU served: 0001 → I2 (its own), 0002 → I1 (its program's); mean of 80 and 40 = 60 → Rendah.
    assert j1["jumlah_iku"] == 2
    assert j1["rata_rata_capaian_iku"] == approx(60)
    assert j1["predikat_iku"] == "Rendah"
    j2 = baris(df, "kode_janji", "J2")
    # realisasi 20 of rencana 20, fisik 100 → every tagged activity complete → tercapai.
    assert (j2["status"], j2["realisasi_sd"], j2["jumlah_selesai_fisik"]) == ("tercapai", 20, 1)
    assert j2["rata_rata_capaian_iku"] == approx(80)
    j5 = baris(df, "kode_janji", "J5")
    # The program tag covers its two subs (50 + 70); no cash plan → not behind; no fisik → not complete.
    assert (j5["status"], j5["jumlah_kegiatan"], j5["pagu"]) == ("berjalan", 2, 120)
    r = baris(df, "kode_janji", "J3")
    assert (r["status"], r["jumlah_kegiatan"], r["pagu"]) == ("belum_ada_kegiatan", 0, 0)
    # Problems first.
    assert df["status"].tolist() == ["belum_ada_kegiatan", "tertunda", "berjalan", "tercapai"]
    # P2 sees its own J6 only, nothing of P1's.
    assert sorted(q(db, "janji_cakupan", kode_pemda=P2)["kode_janji"]) == ["J6"]
    # 2025 is within the terms of J1, J2, J3, J5 (J4 starts in 2027); nothing is tagged that year.
    lalu = q(db, "janji_cakupan", tahun=2025)
    assert sorted(lalu["kode_janji"]) == ["J1", "J2", "J3", "J5"]
    assert set(lalu["status"]) == {"belum_ada_kegiatan"}


def test_status_janji_jumlah_dan_pengaturan(db: Path, tmp_path: Path) -> None:
    df = q(db, "janji_status_jumlah")
    assert dict(zip(df["status"], df["jumlah"], strict=True)) == {
        "belum_ada_kegiatan": 1,
        "tertunda": 1,
        "berjalan": 1,
        "tercapai": 1,
    }
    # The threshold is a setting: at 40 %, 0001's 50 % is no longer behind and J1 is berjalan.
    salinan = tmp_path / "ambang.duckdb"
    salinan.write_bytes(db.read_bytes())
    with duckdb.connect(str(salinan)) as c:
        c.execute("update pengaturan set nilai = 40 where kunci = 'ambang_janji_tertunda'")
    assert baris(q(salinan, "janji_cakupan"), "kode_janji", "J1")["status"] == "berjalan"


def test_janji_kegiatan_iku_dan_tanda(db: Path) -> None:
    keg = q(db, "janji_kegiatan")
    assert keg[["kode_janji", "kode_kegiatan"]].values.tolist() == [
        ["J1", "1.01.01.1.01.0001"],
        ["J1", "1.01.01.1.01.0002"],
        ["J2", "1.01.04.1.01.0001"],
        ["J5", "1.01.02"],
    ]
    assert keg["tanda_lengkap"].tolist() == [True, False, False, True]
    assert keg["tertinggal"].tolist() == [True, False, False, False]
    j5 = baris(keg, "kode_kegiatan", "1.01.02")
    assert (j5["jumlah_sub_kegiatan"], j5["pagu"]) == (2, 120)
    assert j5["daftar_iku"] == "Indikator I1; Indikator I2"
    iku = q(db, "janji_iku")
    assert iku[["kode_janji", "kode_indikator"]].values.tolist() == [
        ["J1", "I2"],  # lowest capaian first
        ["J1", "I1"],
        ["J2", "I1"],
        ["J5", "I2"],
        ["J5", "I1"],
    ]
    tanda = q(db, "janji_tag_tidak_lengkap")
    assert tanda[["kode_janji", "kode_kegiatan", "yang_kurang"]].values.tolist() == [
        ["J1", "1.01.01.1.01.0002", "output"],  # a blank-looking ' ' output counts as missing
        ["J2", "1.01.04.1.01.0001", "bentuk dukungan dan output"],
    ]


# --------------------------------------------------------------------------- keterlacakan


def test_yatim_dan_jalur(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select kode_kegiatan, tingkat, pagu, prioritas, terhubung_iku from keterlacakan_kegiatan"
        " where tahun = 2026 and kode_pemda = 'P1' order by kode_kegiatan"
    ).fetchall()
    assert rows == [
        ("1.01.01", "program", 400, True, True),  # names I1 itself
        ("1.01.01.1.01", "kegiatan", 400, True, True),  # through its program; prioritas inherited
        ("1.01.01.1.01.0001", "sub_kegiatan", 100, True, True),  # prioritas blank → kegiatan blank → program ya
        ("1.01.01.1.01.0002", "sub_kegiatan", 300, True, True),
        ("1.01.02", "program", 120, False, True),  # through the sub 1.01.02.1.01.0001 below it
        ("1.01.02.1.01", "kegiatan", 50, False, True),  # through its sub
        ("1.01.02.1.01.0001", "sub_kegiatan", 50, False, True),
        ("1.01.02.1.02", "kegiatan", 70, False, False),  # a sibling's link is not a path for this kegiatan
        ("1.01.02.1.02.0001", "sub_kegiatan", 70, False, False),
        ("1.01.03", "program", 200, False, False),
        ("1.01.03.1.01", "kegiatan", 200, False, False),
        ("1.01.03.1.01.0001", "sub_kegiatan", 200, False, False),
        ("1.01.04", "program", 100, True, True),
        ("1.01.04.1.01", "kegiatan", 100, True, True),
        ("1.01.04.1.01.0001", "sub_kegiatan", 100, True, True),
    ]


def test_keterlacakan_yatim_query(db: Path) -> None:
    df = q(db, "keterlacakan_yatim")
    assert df[["tingkat", "kode_kegiatan", "program_juga_yatim"]].values.tolist() == [
        ["program", "1.01.03", False],
        ["kegiatan", "1.01.02.1.02", False],  # its program is linked (through another kegiatan)
        ["kegiatan", "1.01.03.1.01", True],
    ]
    # In 2025 1.01.03 names I3 itself.
    assert q(db, "keterlacakan_yatim", tahun=2025).empty


def test_sub_iku_pagu_dibagi(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select kode_kegiatan, kode_indikator, sumber_tautan, jumlah_indikator, pagu_porsi from keterlacakan_sub_iku"
        " where tahun = 2026 and kode_pemda = 'P1' order by kode_kegiatan, kode_indikator"
    ).fetchall()
    assert rows == [
        ("1.01.01.1.01.0001", "I2", "sub_kegiatan", 1, 100),  # its own link wins over the program's I1
        ("1.01.01.1.01.0002", "I1", "program", 1, 300),
        ("1.01.02.1.01.0001", "I1", "sub_kegiatan", 2, 25),  # 50 split over I1 and I2
        ("1.01.02.1.01.0001", "I2", "sub_kegiatan", 2, 25),
        ("1.01.02.1.02.0001", None, None, 1, 70),
        ("1.01.03.1.01.0001", None, None, 1, 200),
        ("1.01.04.1.01.0001", "I1", "program", 1, 100),
    ]


def test_dukungan_iku_dan_sasaran(con: duckdb.DuckDBPyConnection, db: Path) -> None:
    rows = con.execute(
        "select kode_indikator, tahun, jumlah_baris_kegiatan, jumlah_sub_kegiatan, pagu_porsi, didukung"
        " from dukungan_iku where kode_pemda = 'P1' order by tahun, kode_indikator"
    ).fetchall()
    assert rows == [
        ("I1", 2025, 0, 0, 0, False),
        ("I2", 2025, 0, 0, 0, False),
        ("I3", 2025, 1, 0, 0, True),  # named by the 2025 program row (no sub kegiatan that year)
        # I1: named by 1.01.01, 1.01.02.1.01.0001, 1.01.04 (3 rows); served by 0002 (300), 1.01.02.1.01.0001
        # (25) and 1.01.04.1.01.0001 (100) = 425.
        ("I1", 2026, 3, 3, 425, True),
        # I2: named by 0001 and 1.01.02.1.01.0001; 100 + 25 = 125.
        ("I2", 2026, 2, 2, 125, True),
        ("I3", 2026, 0, 0, 0, False),
    ]
    assert q(db, "keterlacakan_iku_tanpa_kegiatan")["kode_indikator"].tolist() == ["I3"]
    # I1's sasaran S1.1 cascades to the RPJMD sasaran S1, whose misi it takes.
    assert con.execute(
        "select kode_sasaran_rpjmd, misi from keterlacakan_indikator where kode_indikator = 'I1'"
    ).fetchone() == ("S1", "Misi 1: Sehat")


def test_porsi_prioritas_pd(db: Path) -> None:
    df = q(db, "keterlacakan_pd_prioritas")
    # PD-B: priority 100, non-priority 200 → 66,7 % non-priority: flagged, first.
    # PD-A: priority 100 + 300 = 400, non-priority 50 + 70 = 120 → 23,1 % non-priority.
    assert df["kode_pd"].tolist() == ["PD-B", "PD-A"]
    b, a = df.iloc[0], df.iloc[1]
    assert (b["pagu_prioritas"], b["pagu_non_prioritas"], b["non_prioritas_lebih_besar"]) == (100, 200, True)
    assert b["porsi_non_prioritas_persen"] == approx(200 / 3)
    assert (a["pagu_prioritas"], a["pagu_non_prioritas"], a["non_prioritas_lebih_besar"]) == (400, 120, False)
    assert a["porsi_prioritas_persen"] == approx(400 / 520 * 100)
    # Non-priority rows without kontribusi: PD-A 1.01.02.1.01 and 1.01.02.1.02.0001; PD-B 1.01.03.
    assert dict(zip(df["kode_pd"], df["jumlah_non_prioritas_tanpa_kontribusi"], strict=True)) == {"PD-A": 2, "PD-B": 1}
    assert q(db, "keterlacakan_non_prioritas_tanpa_kontribusi")["kode_kegiatan"].tolist() == [
        "1.01.02.1.01",
        "1.01.02.1.02.0001",
        "1.01.03",
    ]


def test_keterlacakan_ringkasan(db: Path) -> None:
    r = q(db, "keterlacakan_ringkasan").iloc[0]
    assert (r["jumlah_program"], r["jumlah_program_yatim"], r["jumlah_kegiatan"], r["jumlah_kegiatan_yatim"]) == (
        4,
        1,
        5,
        2,
    )
    # 820 in all; 70 + 200 without a path → 550 traced, 67,07 %.
    assert (r["pagu_total"], r["pagu_terlacak"]) == (820, 550)
    assert r["porsi_pagu_terlacak_persen"] == approx(550 / 820 * 100)
    assert (r["jumlah_iku"], r["jumlah_iku_tanpa_kegiatan"]) == (3, 1)
    assert (r["jumlah_pd"], r["jumlah_pd_non_prioritas_lebih_besar"], r["jumlah_non_prioritas_tanpa_kontribusi"]) == (
        2,
        1,
        3,
    )


def test_keterlacakan_pohon(db: Path) -> None:
    df = q(db, "keterlacakan_pohon").set_index("id")
    warna = dict(
        duckdb.connect(str(db), read_only=True)
        .execute("select status, warna from skala_status_program where jenis = 'keterlacakan'")
        .fetchall()
    )
    misi = "misi:Misi 1: Sehat"
    sasaran = f"{misi}|sasaran:S1"
    assert df.loc["semua", "pagu"] == 820
    assert df.loc[misi, "pagu"] == 550 and df.loc["yatim", "pagu"] == 270
    assert df.loc[f"{sasaran}|iku:I1", "pagu"] == 425 and df.loc[f"{sasaran}|iku:I2", "pagu"] == 125
    assert df.loc[f"{sasaran}|iku:I1|program:1.01.02", "pagu"] == 25
    assert df.loc["yatim|program:1.01.02|kegiatan:1.01.02.1.02", "pagu"] == 70
    # Every parent is exactly the sum of its children (Plotly's branchvalues="total" needs it).
    anak = df.groupby("parent")["pagu"].sum()
    for induk, jumlah in anak.items():
        if induk:
            assert df.loc[induk, "pagu"] == jumlah, induk
    # Colours: IKU from their predikat (I1 80 % Tinggi, I2 40 % Sangat Rendah); misi and sasaran from the mean
    # of their IKU (60 % → Rendah); the orphan branch in the "tanpa IKU" colour.
    skala = dict(
        duckdb.connect(str(db), read_only=True).execute("select predikat, warna from skala_predikat").fetchall()
    )
    assert df.loc[f"{sasaran}|iku:I1", "warna"] == skala["Tinggi"]
    assert df.loc[f"{sasaran}|iku:I1|program:1.01.01", "warna"] == skala["Tinggi"]
    assert df.loc[f"{sasaran}|iku:I2", "warna"] == skala["Sangat Rendah"]
    assert (df.loc[sasaran, "predikat"], df.loc[sasaran, "warna"]) == ("Rendah", skala["Rendah"])
    assert df.loc[misi, "capaian_persen"] == approx(60)
    assert df.loc["yatim", "warna"] == warna["tanpa_iku"]
    assert df.loc["yatim|program:1.01.03", "warna"] == warna["tanpa_iku"]


# --------------------------------------------------------------------------- figure builders


def test_gambar_tonggak_unggulan() -> None:
    tonggak = pd.DataFrame(
        {
            "kode_unggulan": ["PU-1", "PU-1", "PU-2"],
            "nama_program": ["Satu", "Satu", "Dua"],
            "tonggak": ["Kontrak", "Serah terima", "Pendataan"],
            "awal": pd.to_datetime(["2026-03-01", "2026-11-01", "2026-10-01"]),
            "akhir": pd.to_datetime(["2026-04-01", "2026-12-01", "2026-11-01"]),
            "tanggal_selesai": [pd.Timestamp("2026-04-20"), pd.NaT, pd.NaT],
            "keadaan": ["selesai_terlambat", "akan_datang", "jatuh_tempo"],
            "label_keadaan": ["Selesai terlambat", "Akan datang", "Jatuh tempo bulan ini"],
            "warna": ["#111111", "#222222", "#333333"],
            "urutan_keadaan": [3, 5, 2],
        }
    )
    fig = figures.gambar_tonggak_unggulan(tonggak, dt.date(2026, 10, 15))
    bars = [t for t in fig.data if t.type == "bar"]
    # One trace per state, in the palette's order, each with the colour from the data.
    assert [b.name for b in bars] == ["Jatuh tempo bulan ini", "Selesai terlambat", "Akan datang"]
    assert [b.marker.color for b in bars] == ["#333333", "#111111", "#222222"]
    # A bar covers its planned month (31 days of March in milliseconds).
    assert bars[1].x[0] == 31 * 86_400_000
    (selesai,) = [t for t in fig.data if t.type == "scatter"]
    assert list(selesai.customdata) == ["20 April 2026"]
    garis = [s for s in fig.layout.shapes if s.type == "line"]
    assert len(garis) == 1 and str(garis[0].x0)[:10] == "2026-10-15"
    assert "15 Oktober 2026" in fig.layout.annotations[0].text
    assert "Okt" in fig.layout.xaxis.ticktext


def test_gambar_pohon_sampai_kegiatan() -> None:
    """Issue 21: without sub kegiatan the tree ends at kegiatan, whose box keeps its whole pagu."""
    pohon = pd.DataFrame(
        {
            "id": ["semua", "k", "s1", "s2"],
            "parent": ["", "semua", "k", "k"],
            "label": ["Semua program", "Kegiatan", "Sub 1", "Sub 2"],
            "tingkat": ["pemda", "kegiatan", "sub_kegiatan", "sub_kegiatan"],
            "kode": [None, "1.01", "1.01.1", "1.01.2"],
            "pagu": [3e9, 3e9, 1e9, 2e9],
            "capaian_persen": [None] * 4,
            "periode": [None] * 4,
            "predikat": [None] * 4,
            "warna": [None] * 4,
            "yatim": [False] * 4,
        }
    )
    (penuh,) = figures.gambar_pohon_kinerja(pohon).data
    assert list(penuh.ids) == ["semua", "k", "s1", "s2"]
    (ringkas,) = figures.gambar_pohon_kinerja(pohon, sub_kegiatan=False).data
    assert list(ringkas.ids) == ["semua", "k"] and list(ringkas.values) == [3e9, 3e9]


def test_gambar_pohon_dan_porsi() -> None:
    pohon = pd.DataFrame(
        {
            "id": ["semua", "m", "yatim"],
            "parent": ["", "semua", "semua"],
            "label": ["Semua program", "Misi", "Tanpa jalur ke IKU"],
            "tingkat": ["pemda", "misi", "yatim"],
            "kode": [None, None, None],
            "pagu": [3e9, 2e9, 1e9],
            "capaian_persen": [None, 95.0, None],
            "periode": [None, None, None],
            "predikat": [None, "Sangat Tinggi", None],
            "warna": [None, "#1a7f37", "#57606a"],
            "yatim": [False, False, True],
        }
    )
    (peta,) = figures.gambar_pohon_kinerja(pohon).data
    assert peta.branchvalues == "total"
    assert list(peta.marker.colors) == [figures.WARNA_NETRAL, "#1a7f37", "#57606a"]
    assert peta.customdata[2][3] == "Tanpa jalur ke IKU" and peta.customdata[1][2] == "Rp 2,0 M"
    per_pd = pd.DataFrame(
        {
            "nama_pd": ["Dinas B", "Dinas A"],
            "singkatan": ["DB", None],
            "porsi_prioritas_persen": [33.3, 80.0],
            "porsi_non_prioritas_persen": [66.7, 20.0],
            "pagu_prioritas": [1e9, 4e9],
            "pagu_non_prioritas": [2e9, 1e9],
            "non_prioritas_lebih_besar": [True, False],
            "warna_prioritas": ["#0000ff", "#0000ff"],
            "warna_non_prioritas": ["#ff0000", "#ff0000"],
            "label_prioritas": ["Prioritas", "Prioritas"],
            "label_non_prioritas": ["Non-prioritas", "Non-prioritas"],
        }
    )
    fig = figures.gambar_porsi_prioritas(per_pd)
    non, prio = fig.data
    assert list(non.y) == ["⚠ DB", "Dinas A"]
    assert (non.marker.color, prio.marker.color) == ("#ff0000", "#0000ff")
    assert list(non.text) == ["67 %", "20 %"]


# --------------------------------------------------------------------------- the pages (AppTest, demo province)


def buka_halaman(script: str, query_params: dict[str, str] | None = None) -> AppTest:
    """Start at app.py (as a user would), then switch to the page (see tests/test_pages.py)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for k, v in (query_params or {}).items():
        at.query_params[k] = v
    at.run()
    at.switch_page(script).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def grafik(at: AppTest, judul: str) -> dict[str, Any]:
    figs = [json.loads(p.proto.spec) for p in at.get("plotly_chart")]
    cocok = [f for f in figs if judul in f["layout"].get("title", {}).get("text", "")]
    assert len(cocok) == 1, [f["layout"].get("title") for f in figs]
    return cocok[0]


def metrik(at: AppTest, label: str) -> str:
    nilai = [m.value for m in at.metric if m.label == label]
    assert len(nilai) == 1, (label, [m.label for m in at.metric])
    return nilai[0]


def test_halaman_program_unggulan(pantau_db: Path) -> None:
    at = buka_halaman("pages/5_Program_Unggulan.py", {"tanggal": HARI.isoformat()})
    with buka(pantau_db) as c:
        dilaporkan = dict(
            c.execute(
                "select status, count(*) from program_unggulan where kode_pemda = '99'"
                " and coalesce(tahun_mulai <= 2026, true) and coalesce(tahun_selesai >= 2026, true) group by status"
            ).fetchall()
        )
        jumlah_tonggak = c.execute(
            "select count(*) from tonggak join program_unggulan using (kode_pemda, kode_unggulan)"
            " where kode_pemda = '99'"
        ).fetchone()[0]
        kode_pu01 = c.execute(
            "select kode_kegiatan from program_unggulan where kode_pemda = '99' and kode_unggulan = 'PU-01'"
        ).fetchone()[0]
        (pagu_pu01,) = c.execute(
            "select sum(pagu) from kegiatan where kode_pemda = '99' and tahun = 2026"
            " and list_contains(string_split(?, ';'), kode_kegiatan)",
            [kode_pu01],
        ).fetchone()
    # The board counts the worse of what the OPD reported (every demo flagship has a status, dated 5 October) and
    # the milestones on 15 October. They differ for two (below): PU-02 reported berisiko, by milestones sesuai
    # jadwal → berisiko stays; PU-05 reported belum mulai, by milestones berisiko → berisiko. So one program moves
    # from belum mulai to berisiko.
    label = {"terlambat": "Terlambat", "berisiko": "Berisiko", "belum_mulai": "Belum mulai",
             "sesuai_jadwal": "Sesuai jadwal", "selesai": "Selesai"}  # fmt: skip
    papan = dilaporkan | {
        "belum_mulai": dilaporkan.get("belum_mulai", 0) - 1,
        "berisiko": dilaporkan.get("berisiko", 0) + 1,
    }
    for status, teks in label.items():
        assert metrik(at, teks) == fmt.angka(papan.get(status, 0)), teks
    assert dilaporkan["terlambat"] == sum(1 for s in dd.STATUS_UNGGULAN.values() if s == "terlambat")
    # On 15 Oct 2026 (the demo's "today"), by the demo's TONGGAK: PU-02 finished every milestone due through
    # September (some late) and its next one is December → sesuai jadwal, reported berisiko; PU-05's first
    # milestone is due in October and open → berisiko, reported belum mulai. The others agree.
    (peringatan,) = [w.value for w in at.warning if "berbeda" in w.value]
    assert "PU-02" in peringatan and "PU-05" in peringatan
    assert not any(f"PU-0{i}" in peringatan for i in (1, 3, 4, 6, 7, 8))
    # The Gantt: every milestone once, and the line at the chosen date.
    fig = grafik(at, "Tonggak program unggulan")
    assert sum(len(larik(t["y"])) for t in fig["data"] if t["type"] == "bar") == jumlah_tonggak
    assert [s["x0"][:10] for s in fig["layout"]["shapes"] if s["type"] == "line"] == ["2026-10-15"]
    # The flagships late by their milestones are in the red bars (lewat waktu).
    lewat = next(t for t in fig["data"] if t["name"].startswith("Lewat waktu"))
    assert {y.split(" · ")[0] for y in larik(lewat["y"])} == {"PU-03", "PU-08"}
    tabel = at.dataframe[0].value.set_index("kode_unggulan")
    assert tabel.loc["PU-01", "pagu_teks"] == fmt.rupiah(pagu_pu01)
    assert tabel.loc["PU-02", "berbeda"] == "⚠️" and tabel.loc["PU-03", "berbeda"] == ""


def test_halaman_janji_kampanye(pantau_db: Path) -> None:
    at = buka_halaman("pages/6_Janji_Kampanye.py")
    with buka(pantau_db) as c:
        (tanpa,) = c.execute(
            "select count(*) from janji_kampanye as j where j.kode_pemda = '99' and not exists (select 1 from"
            " tag_janji as t where t.kode_pemda = j.kode_pemda and t.kode_janji = j.kode_janji and t.tahun = 2026)"
        ).fetchone()
        (tidak_lengkap,) = c.execute(
            "select count(*) from tag_janji where kode_pemda = '99' and tahun = 2026"
            " and (coalesce(trim(bentuk_dukungan), '') = '' or coalesce(trim(output), '') = '')"
        ).fetchone()
        (bertanda,) = c.execute(
            "select count(distinct kode_janji) from tag_janji where kode_pemda = '99' and tahun = 2026"
        ).fetchone()
        (pagu_jk01,) = c.execute(
            "select sum(k.pagu) from kegiatan as k where k.kode_pemda = '99' and k.tahun = 2026 and k.kode_kegiatan in"
            " (select kode_kegiatan from tag_janji where kode_pemda = '99' and tahun = 2026 and kode_janji = 'JK-01')"
        ).fetchone()
    assert tanpa == len(dd.JANJI_TANPA_KEGIATAN)
    assert metrik(at, "Belum ada kegiatan") == fmt.angka(tanpa)
    assert metrik(at, "Tanda belum lengkap") == fmt.angka(tidak_lengkap)
    assert tidak_lengkap > 0
    (peringatan,) = [w.value for w in at.warning if "belum didukung" in w.value]
    assert all(k in peringatan for k in dd.JANJI_TANPA_KEGIATAN)
    fig = grafik(at, "Pagu dan realisasi kegiatan bertanda")
    pagu = fig["data"][0]
    y = larik(pagu["y"])
    assert len(y) == bertanda
    i = next(n for n, v in enumerate(y) if v.startswith("JK-01 "))
    # drawn in miliar rupiah
    assert larik(pagu["x"])[i] * 1e9 == approx(pagu_jk01)
    assert "miliar" in fig["layout"]["xaxis"]["title"]["text"]


def test_halaman_keterlacakan(pantau_db: Path) -> None:
    at = buka_halaman("pages/7_Keterlacakan.py")
    with buka(pantau_db) as c:
        (jumlah_program,) = c.execute(
            "select count(*) from kegiatan"
            " where tahun = 2026 and kode_pemda = '99' and len(string_split(kode_kegiatan, '.')) = 3"
        ).fetchone()
        (jumlah_pd,) = c.execute(
            "select count(distinct kode_pd) from kegiatan where tahun = 2026 and kode_pemda = '99' and pagu is not null"
        ).fetchone()
        nama_berat = c.execute(
            "select nama_pd from perangkat_daerah where kode_pemda = '99' and kode_pd = ?", [dd.NON_PRIORITY_HEAVY_PD]
        ).fetchone()[0]
        iku_tanpa = {
            k
            for (k,) in c.execute(
                "select i.kode_indikator from indikator as i"
                " where i.kode_pemda = '99' and i.jenis in ('IKU_PEMDA', 'IKU_PD') and not exists ("
                "  select 1 from kegiatan as k where k.kode_pemda = i.kode_pemda and k.tahun = 2026"
                "  and list_contains(list_transform(string_split(k.kode_indikator, ';'), lambda x: trim(x)),"
                "  i.kode_indikator))"
            ).fetchall()
        }
        (pagu_total,) = c.execute("select sum(pagu) from kegiatan where tahun = 2026 and kode_pemda = '99'").fetchone()
        (pagu_yatim,) = c.execute(
            "select sum(pagu) from kegiatan where kode_pemda = '99' and tahun = 2026 and pagu is not null"
            " and list_contains(?, array_to_string(string_split(kode_kegiatan, '.')[1:3], '.'))",
            [list(dd.ORPHAN_PROGRAMS)],
        ).fetchone()
    assert metrik(at, "Program tanpa IKU") == f"{len(dd.ORPHAN_PROGRAMS)} dari {fmt.angka(jumlah_program)}"
    assert metrik(at, "Non-prioritas dominan") == f"1 dari {fmt.angka(jumlah_pd)}"
    assert metrik(at, "IKU tanpa kegiatan").startswith(f"{len(iku_tanpa)} dari ")
    (peringatan,) = [w.value for w in at.warning if "non-prioritas" in w.value]
    assert nama_berat in peringatan
    yatim = at.dataframe[0].value
    assert set(yatim.loc[yatim["tingkat"] == "Program", "kode_kegiatan"]) == set(dd.ORPHAN_PROGRAMS)
    assert set(at.dataframe[1].value["kode_indikator"]) == iku_tanpa
    (peta,) = grafik(at, "Pohon kinerja")["data"]
    nilai = dict(zip(larik(peta["ids"]), larik(peta["values"]), strict=True))
    # Leaves are whole rupiah (a pagu split over several IKU is rounded), so the root may differ by < 1 per leaf.
    assert nilai["semua"] == approx(pagu_total, abs=len(nilai))
    assert nilai["yatim"] == pagu_yatim
    porsi = grafik(at, "Porsi pagu prioritas")
    assert larik(porsi["data"][0]["y"])[0].startswith("⚠")


@pytest.mark.parametrize(
    ("script", "tabel"),
    [("pages/5_Program_Unggulan.py", "program_unggulan"), ("pages/6_Janji_Kampanye.py", "janji_kampanye")],
)
def test_halaman_tanpa_data(pantau_db: Path, script: str, tabel: str) -> None:
    """A kabupaten without flagships or promises (the province has them, under codes it might share): an
    explanation, no error."""
    with buka(pantau_db) as c:
        (jumlah,) = c.execute(f"select count(*) from {tabel} where kode_pemda = '99.02'").fetchone()
    assert jumlah == 0
    at = buka_halaman(script, {"pemda": "99.02", "tahun": "2026", "tw": "3"})
    assert not at.error
    assert any("Impor" in i.value or "impor" in i.value for i in at.info), [i.value for i in at.info]


def test_halaman_keterlacakan_kabupaten(pantau_db: Path) -> None:
    """A kabupaten whose program codes are also another kabupaten's: its own programs only."""
    with buka(pantau_db) as c:
        (jumlah_program,) = c.execute(
            "select count(*) from kegiatan"
            " where tahun = 2026 and kode_pemda = '99.02' and len(string_split(kode_kegiatan, '.')) = 3"
        ).fetchone()
        (bersama,) = c.execute(
            "select count(*) from kegiatan as k where k.tahun = 2026 and k.kode_pemda = '99.02' and exists ("
            " select 1 from kegiatan as p where p.kode_pemda = '99.01' and p.tahun = 2026"
            " and p.kode_kegiatan = k.kode_kegiatan)"
        ).fetchone()
    assert jumlah_program > 0 and bersama > 0  # the demo's 99.02 runs 99.01's sub kegiatan under the same codes
    at = buka_halaman("pages/7_Keterlacakan.py", {"pemda": "99.02", "tahun": "2026", "tw": "3"})
    assert metrik(at, "Program tanpa IKU").endswith(f" dari {fmt.angka(jumlah_program)}")
