"""Issue 16, budget and flagship part: each situation of its "Why" reproduced with its own small import (a CSV
folder imported with `impor_path` into a fresh database), and the corrected figures, computed by hand, checked
where a governor sees them: the Distribusi Jadwal queries, the Ringkasan / meeting-pack numbers (laporan.
angka_utama), the exceptions list (ringkasan_pengecualian) and the Program Unggulan board.

Amounts are in rupiah; the arithmetic is written in juta (jt) in the comments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from pantau import laporan
from pantau.db import run_query
from pantau.importer import impor_path

JT = 1_000_000
SUB = "1.01.01.1.01.000"  # + 1, 2, 3: sub kegiatan codes (6 segments)

DASAR = {
    "pemda": "kode_pemda,nama_pemda,tingkat,kode_induk\n99,Provinsi Uji,provinsi,\n",
    "perangkat_daerah": "kode_pd,nama_pd,singkatan,nama_kepala\nPD1,Dinas Satu,Dis1,Budi\nPD2,Dinas Dua,Dis2,Sari\n",
}


def impor(tmp_path: Path, tabel: dict[str, str]) -> Path:
    """Write the tables as CSV files into a folder, import it into a fresh database file, return the file."""
    folder = tmp_path / "impor"
    folder.mkdir()
    for nama, isi in (DASAR | tabel).items():
        (folder / f"{nama}.csv").write_text(isi, encoding="utf-8")
    db = tmp_path / "pantau.duckdb"
    hasil = impor_path([folder], db)
    assert hasil.ok, [t.pesan for t in hasil.temuan]
    return db


def q(db: Path, nama: str, **params: Any) -> pd.DataFrame:
    semua = {"kode_pemda": "99", "tahun": 2026, "triwulan": 3, "periode": "TW3", "kode_pd": ""} | params
    return run_query(nama, semua, db)


def angka_utama(db: Path, hari_ini: dt.date, triwulan: int = 3) -> dict[str, laporan.AngkaUtama]:
    """The Ringkasan's (and the pack's) summary numbers for pemda 99, 2026."""
    d = laporan.kumpulkan(lambda n, **p: run_query(n, p, db), "99", 2026, triwulan, hari_ini=hari_ini, lengkap=False)
    return {a.kunci: a for a in laporan.angka_utama(d)}


def kegiatan(*sub: tuple[str, str, int]) -> str:
    """The kegiatan table: program and kegiatan rows of PD1, then (kode_pd, sub code, pagu in jt) rows."""
    baris = [
        "tahun,kode_pd,kode_kegiatan,nama,pagu",
        "2026,PD1,1.01.01,Program Satu,",
        "2026,PD1,1.01.01.1.01,Kegiatan,",
    ]
    baris += [f"2026,{pd_},{kode},Sub {kode[-1]},{pagu * JT}" for pd_, kode, pagu in sub]
    return "\n".join(baris) + "\n"


# --------------------------------------------------------------------------- 1. absorption before a quarter's end


def test_serapan_akhir_agustus_dibanding_target_agustus_bukan_september(tmp_path: Path) -> None:
    """ "Absorption at the end of August is compared with the end-of-September band (red)": it is compared with
    the cash plan to August and with the band interpolated between the end of June and the end of September."""
    # One sub kegiatan, pagu 1.000 jt. Rencana kas 75 jt a month Jan–Aug and 100 jt Sep–Des (600 + 400 = 1.000).
    # Realisasi reported Jan–Aug: 60, 70, 80, 80, 80, 80, 80, 90 = 620 jt.
    a = f"{SUB}1"
    kas = [(b, 75) for b in range(1, 9)] + [(b, 100) for b in range(9, 13)]
    realisasi = [60, 70, 80, 80, 80, 80, 80, 90]
    db = impor(
        tmp_path,
        {
            "kegiatan": kegiatan(("PD1", a, 1000)),
            "jadwal": f"tahun,kode_kegiatan,tahap,bulan_mulai,bulan_selesai\n2026,{a},pelaksanaan,1,12\n",
            "rencana_kas": "tahun,kode_kegiatan,bulan,nilai\n" + "".join(f"2026,{a},{b},{n * JT}\n" for b, n in kas),
            "realisasi_anggaran": "tahun,kode_kegiatan,bulan,realisasi\n"
            + "".join(f"2026,{a},{b},{n * JT}\n" for b, n in enumerate(realisasi, start=1)),
        },
    )
    # TW III chosen, reports up to August: the figure is August's. Serapan 620 / 1.000 = 62 %.
    # Cash plan to August 8 × 75 = 600 jt = 60 % → +2 poin.
    # Band in August: 2/3 of the way from the end of June (40–50) to the end of September (65–75):
    # 40 + (65 − 40) × 2/3 = 56,67 and 50 + (75 − 50) × 2/3 = 66,67. 62 − 56,67 = +5,33 poin: within the band.
    # (The old rule compared with 65–75: 62 − 65 = −3 poin, "di bawah target", red.)
    r = q(db, "ringkasan_serapan").iloc[0]
    assert r["bulan"] == 8
    assert r["persen_serapan"] == pytest.approx(62.0)
    assert r["persen_rencana_kas_kumulatif"] == pytest.approx(60.0)
    assert r["selisih_serapan_rencana_kas"] == pytest.approx(2.0)
    assert (r["target_bawah"], r["target_atas"]) == (pytest.approx(40 + 25 * 2 / 3), pytest.approx(50 + 25 * 2 / 3))
    assert (r["target_bawah_triwulan"], r["target_atas_triwulan"]) == (65, 75)
    assert r["selisih_target_bawah"] == pytest.approx(62 - (40 + 25 * 2 / 3))
    assert r["status_target"] == "sesuai target"
    # Distribusi Jadwal: the headline figure and the OPD dot use the same month and band.
    tw = q(db, "serapan_pemda_triwulan").iloc[0]
    assert (tw["bulan"], tw["status_target"]) == (8, "sesuai target")
    assert tw["target_bawah"] == pytest.approx(40 + 25 * 2 / 3)
    fisik = q(db, "serapan_pd_fisik").iloc[0]
    assert (fisik["kode_pd"], fisik["status_target"]) == ("PD1", "sesuai target")
    # The S-curve band, month by month: from 0 at the start of the year, straight to each quarter's end.
    kurva = q(db, "serapan_pemda_bulan")
    bawah = [15 / 3, 15 * 2 / 3, 15, 15 + 25 / 3, 15 + 50 / 3, 40, 40 + 25 / 3, 40 + 50 / 3, 65]
    bawah += [65 + 25 / 3, 65 + 50 / 3, 90]
    atas = [25 / 3, 50 / 3, 25, 25 + 25 / 3, 25 + 50 / 3, 50, 50 + 25 / 3, 50 + 50 / 3, 75, 75 + 25 / 3]
    atas += [75 + 50 / 3, 100]
    assert kurva["target_bawah"].tolist() == pytest.approx(bawah)
    assert kurva["target_atas"].tolist() == pytest.approx(atas)
    # Each reported month is judged against its own band: June 450 jt = 45 % in 40–50; July 530 = 53 %, band
    # 48,33–58,33; nothing after August.
    assert kurva["status_target"].fillna("").tolist()[5:] == ["sesuai target"] * 3 + [""] * 4
    # The Ringkasan and the pack: +5,3 poin against the August band, the cash plan beside it.
    serapan = angka_utama(db, dt.date(2026, 9, 15))["serapan"]
    assert (serapan.label, serapan.nilai, serapan.delta) == (
        "Serapan anggaran s.d. Agustus",
        "62,0 %",
        "+5,3 poin vs target",
    )
    assert serapan.keterangan.startswith(
        "Target s.d. Agustus: 56,7–66,7 % dari pagu (garis lurus antar-akhir triwulan;"
    )
    assert "akhir TW III 65–75 %" in serapan.keterangan
    assert "Rencana kas s.d. Agustus: 60,0 % (+2,0 poin)" in serapan.keterangan


# --------------------------------------------------------------------------- 2. year-end pile-up weighted by pagu


def test_penumpukan_berbobot_pagu(tmp_path: Path) -> None:
    """ "Year-end pile-up counts activity-months without pagu: 96 % of pagu executed in Oct–Dec is not
    flagged": the pagu-weighted share stands beside the count-based one, and either flags the OPD."""
    # PD1: sub 1 pagu 960 jt executed Okt–Des; sub 2 pagu 24 jt executed Jan–Des; sub 3 pagu 16 jt Jan–Agu.
    # Cash plan spread evenly (a template): sub 1 80 jt × 12, sub 2 2 jt × 12, sub 3 2 jt × 8 (Jan–Agu).
    # PD2: one sub kegiatan, pagu 100 jt, executed and planned evenly Jan–Des (not flagged).
    s1, s2, s3, s4 = (f"{SUB}{i}" for i in (1, 2, 3, 4))
    kas = [(s1, b, 80) for b in range(1, 13)] + [(s2, b, 2) for b in range(1, 13)] + [(s3, b, 2) for b in range(1, 9)]
    kas += [(s4, b, 100 / 12) for b in range(1, 13)]
    db = impor(
        tmp_path,
        {
            "kegiatan": kegiatan(("PD1", s1, 960), ("PD1", s2, 24), ("PD1", s3, 16))
            + "2026,PD2,1.01.01.1.01.0004,Sub 4,100000000\n",
            "jadwal": "tahun,kode_kegiatan,tahap,bulan_mulai,bulan_selesai\n"
            f"2026,{s1},pelaksanaan,10,12\n2026,{s2},pelaksanaan,1,12\n2026,{s3},pelaksanaan,1,8\n"
            f"2026,{s4},pelaksanaan,1,12\n",
            "rencana_kas": "tahun,kode_kegiatan,bulan,nilai\n"
            + "".join(f"2026,{k},{b},{round(n * JT)}\n" for k, b, n in kas),
        },
    )
    r = q(db, "jadwal_pd_penumpukan").set_index("kode_pd")
    pd1 = r.loc["PD1"]
    # Cash plan: 960 + 24 + 16 = 1.000 jt, Okt–Des 3 × 80 + 3 × 2 = 246 → 24,6 %.
    assert pd1["porsi_kas_tw4"] == pytest.approx(24.6)
    # Count: activity-months 3 + 12 + 8 = 23, of which Okt–Des 3 + 3 = 6 → 26,09 %.
    assert pd1["porsi_pelaksanaan_tw4"] == pytest.approx(6 / 23 * 100)
    # By pagu, each pagu spread evenly over its execution months: sub 1 960 / 3 = 320 a month, all in Okt–Des;
    # sub 2 24 / 12 = 2 a month, 6 in Okt–Des; sub 3 nothing in Okt–Des. (960 + 6) / 1.000 = 96,6 %.
    assert pd1["porsi_pagu_tw4"] == pytest.approx(96.6)
    # December alone: by pagu 320 + 2 = 322 → 32,2 %; cash plan 80 + 2 = 82 → 8,2 % (even spread 8,33 %).
    assert pd1["porsi_pagu_desember"] == pytest.approx(32.2)
    assert pd1["porsi_kas_desember"] == pytest.approx(8.2)
    # Index: the largest share 96,6 % ÷ 25 % = 3,86 (the old rule: 26,09 % ÷ 25 = 1,04, not flagged).
    assert pd1["indeks_penumpukan"] == pytest.approx(96.6 / 25)
    assert (pd1["ditandai"], pd1["penyebab"]) == (True, "pagu pelaksanaan")
    # PD2: every share 25 % (3 of 12 months): not flagged.
    pd2 = r.loc["PD2"]
    assert pd2["porsi_pagu_tw4"] == pytest.approx(25.0)
    assert pd2["porsi_pelaksanaan_tw4"] == pytest.approx(25.0)
    assert not pd2["ditandai"]
    # The exceptions list carries PD1 with its largest share; the Ringkasan counts 1 of 2 OPDs.
    assert q(db, "jadwal_ringkasan")["jumlah_pd_ditandai"].iloc[0] == 1
    ex = q(db, "ringkasan_pengecualian", hari_ini=dt.date(2026, 9, 15), batas=0)
    tumpuk = ex[ex["jenis"] == "penumpukan"]
    assert tumpuk["kode"].tolist() == ["PD1"]
    assert tumpuk["nilai"].iloc[0] == pytest.approx(96.6)
    assert tumpuk["penghambat"].iloc[0] == "Porsi Oktober–Desember melewati ambang: pagu pelaksanaan"
    assert angka_utama(db, dt.date(2026, 9, 15))["penumpukan"].nilai == "1 dari 2"


# --------------------------------------------------------------------------- 3. flagship status: the worse one


def test_status_unggulan_yang_lebih_buruk(tmp_path: Path) -> None:
    """ "The OPD's self-reported status overrides late milestones in the governor's count; 'Selesai' with the
    last milestone open": the board shows the worse of the reported status (from its tanggal_status on) and the
    status by milestones on the chosen date."""
    db = impor(
        tmp_path,
        {
            "program_unggulan": "kode_unggulan,nama,kode_pd,status,tanggal_status\n"
            "U1,Jalan Mantap,PD1,sesuai_jadwal,2026-09-01\n"
            "U2,Sekolah Gratis,PD1,selesai,2026-09-10\n"
            "U3,Air Bersih,PD2,berisiko,2026-10-05\n"
            "U4,Puskesmas Prima,PD2,berisiko,\n"
            "U5,Pasar Rakyat,PD2,belum_mulai,2026-09-01\n",
            "tonggak": "kode_unggulan,tonggak,bulan_rencana,tanggal_selesai\n"
            "U1,Lelang,2026-06,\n"
            "U2,Beasiswa tahap 1,2026-03,2026-03-20\n"
            "U2,Beasiswa tahap 2,2026-12,\n"
            "U3,Desain,2026-11,\n"
            "U4,Gedung,2026-07,2026-07-10\n"
            "U4,Alat,2026-11,\n"
            "U5,Lahan,2026-09,\n",
        },
    )
    hari = dt.date(2026, 9, 15)
    s = q(db, "unggulan_status", hari_ini=hari).set_index("kode_unggulan")
    # On 15 September 2026:
    # U1 reported sesuai jadwal; its June milestone is open → terlambat. Worse: terlambat.
    # U2 reported selesai; the December milestone (its last) is open, March done → sesuai jadwal. Worse: sesuai
    #    jadwal (not selesai).
    # U3 reported berisiko on 5 October, after the date: not yet reported. The November milestone is ahead and
    #    nothing is done → belum mulai.
    # U4 reported berisiko without a date (counts: reported at an unknown date); by milestones sesuai jadwal
    #    (July done, November ahead). Worse: berisiko.
    # U5 reported belum mulai; its September milestone is due this month and open → berisiko. Worse: berisiko.
    assert s["status_tonggak"].to_dict() == {
        "U1": "terlambat", "U2": "sesuai_jadwal", "U3": "belum_mulai", "U4": "sesuai_jadwal", "U5": "berisiko",
    }  # fmt: skip
    assert s["status_dilaporkan"].fillna("").to_dict() == {
        "U1": "sesuai_jadwal", "U2": "selesai", "U3": "", "U4": "berisiko", "U5": "belum_mulai",
    }  # fmt: skip
    assert s["status_papan"].to_dict() == {
        "U1": "terlambat", "U2": "sesuai_jadwal", "U3": "belum_mulai", "U4": "berisiko", "U5": "berisiko",
    }  # fmt: skip
    assert s.loc["U2", "label_papan"] == "Sesuai jadwal"
    # Board order: terlambat, berisiko (reports that disagree with the milestones first, then by code), belum
    # mulai, sesuai jadwal.
    assert s.index.tolist() == ["U1", "U4", "U5", "U3", "U2"]
    # The board: 1 terlambat + 2 berisiko = 3 of 5 late or at risk; none selesai.
    # (The old rule, reported else milestones and ignoring the date: U1 sesuai jadwal, U2 selesai, U3 berisiko,
    # U4 berisiko, U5 belum mulai → 2 of 5, and "Selesai" 1. By milestones alone: U1, U5 → 2.)
    papan = q(db, "unggulan_status_jumlah", hari_ini=hari).set_index("status")
    assert papan["jumlah"].to_dict() == {
        "terlambat": 1, "berisiko": 2, "belum_mulai": 1, "sesuai_jadwal": 1, "selesai": 0,
    }  # fmt: skip
    assert papan["jumlah_menurut_tonggak"].to_dict() == {
        "terlambat": 1, "berisiko": 1, "belum_mulai": 1, "sesuai_jadwal": 2, "selesai": 0,
    }  # fmt: skip
    ringkas = q(db, "ringkasan_unggulan", hari_ini=hari).iloc[0]
    assert ringkas[
        ["jumlah_program", "jumlah_terlambat", "jumlah_berisiko", "jumlah_bermasalah", "jumlah_selesai"]
    ].tolist() == [5, 1, 2, 3, 0]
    # The Ringkasan / pack number, and the exceptions list: U1 first (terlambat), then U5 and U4 (berisiko; by
    # overdue milestones, then code).
    unggulan = angka_utama(db, hari)["unggulan"]
    assert (unggulan.nilai, unggulan.keterangan) == ("3 dari 5", "Terlambat 1, berisiko 2 (per 15 September 2026).")
    ex = q(db, "ringkasan_pengecualian", hari_ini=hari, batas=0)
    assert ex.loc[ex["jenis"] == "unggulan", ["kode", "status"]].values.tolist() == [
        ["U1", "Terlambat"],
        ["U4", "Berisiko"],
        ["U5", "Berisiko"],
    ]
    # One OPD: PD1 has U1 terlambat and U2 sesuai jadwal → 1 of 2.
    assert q(db, "ringkasan_unggulan", hari_ini=hari, kode_pd="PD1")["jumlah_bermasalah"].iloc[0] == 1
    # On 10 October U3's report (5 October) counts: berisiko, worse than belum mulai by its milestones.
    oktober = q(db, "unggulan_status", hari_ini=dt.date(2026, 10, 10)).set_index("kode_unggulan")
    assert (oktober.loc["U3", "status_dilaporkan"], oktober.loc["U3", "status_papan"]) == ("berisiko", "berisiko")
    # Once the last milestone of U2 is done (a later import), "selesai" holds.
    (tmp_path / "impor" / "tonggak.csv").write_text(
        "kode_unggulan,tonggak,bulan_rencana,tanggal_selesai\nU2,Beasiswa tahap 2,2026-12,2026-12-05\n",
        encoding="utf-8",
    )
    for nama in ("program_unggulan", "pemda", "perangkat_daerah"):
        (tmp_path / "impor" / f"{nama}.csv").unlink()
    assert impor_path([tmp_path / "impor"], db).ok
    akhir = q(db, "unggulan_status", hari_ini=dt.date(2026, 12, 10)).set_index("kode_unggulan")
    assert (akhir.loc["U2", "status_tonggak"], akhir.loc["U2", "status_papan"]) == ("selesai", "selesai")
