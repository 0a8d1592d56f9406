"""Follow-up actions (tindak lanjut), the summary numbers of the Ringkasan, and the meeting pack.

The SQL is checked on a small fixture imported from the mini folder (tests/mini.py) plus the tables of
issue 7, with every expectation computed by hand in the comments. The pages run in AppTest against the
demo province (their numbers checked against plain SQL on the base tables), and the pack is built and
read back with pypdf.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from helpers import ROOT, angka_id
from mini import tulis_mini
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from pantau import laporan
from pantau.db import reader, run_query
from pantau.demo_data import (
    JANJI_TANPA_KEGIATAN,
    PK_BELUM_DITANDATANGANI_PD,
    RED_IKU,
    TANGGAL_ACUAN,
    TINDAK_LANJUT_LEWAT_BATAS,
)
from pantau.importer import batalkan, impor_path
from pantau.tindak_lanjut import sebagai_csv, simpan_tindak_lanjut

HARI_INI = dt.date(2026, 7, 20)

# The mini folder, changed where the summary numbers need more to look at (see the expectations below).
TAMBAHAN = {
    "realisasi": """kode_indikator,tahun,periode,realisasi,faktor_pendorong,faktor_penghambat,tindak_lanjut,sumber_data
IKU1,2026,TW1,85,,,,
IKU2,2026,TW1,8,,Cuaca,Percepat lelang,
IKU2,2026,TW2,5,,Lelang gagal,Lelang ulang,
IKU3,2026,TW1,25,,,,
IKU3,2026,TW2,21,,,,
""",
    "rencana_kas": "tahun,kode_kegiatan,bulan,nilai\n"
    + "".join(f"2026,1.01.02.1.01.0001,{b},125000000\n" for b in range(1, 13)),
    "realisasi_anggaran": """tahun,kode_kegiatan,bulan,realisasi,realisasi_kumulatif,fisik_persen
2026,1.01.02.1.01.0001,1,100000000,,10
2026,1.01.02.1.01.0001,2,200000000,,20
2026,1.01.02.1.01.0001,3,150000000,,30
2026,1.01.02.1.01.0001,4,300000000,,45
""",
    "janji_kampanye": "kode_janji,uraian,misi\nJ1,Sekolah gratis,Misi 1\n",
    "program_unggulan": """kode_unggulan,nama,kode_pd,kode_indikator,kode_kegiatan,status,catatan
PU1,Sekolah Unggul,PD1,IKU1,,berisiko,Lahan belum siap
PU2,Gizi Anak,PD2,IKU3,,,
PU3,Beasiswa,PD1,,,selesai,
""",
    "tonggak": """kode_unggulan,tonggak,bulan_rencana,tanggal_selesai
PU2,Pengadaan PMT,2026-03,
PU2,Distribusi,2026-11,
""",
    "tindak_lanjut": """kode_tindak_lanjut,uraian,kode_pd,batas_waktu,status,rapat,tanggal_rapat,kode_indikator,kode_unggulan,kode_kegiatan,penanggung_jawab,hasil,tanggal_selesai
TL-2026-01,Lelang ulang rehabilitasi sekolah,PD1,2026-05-31,belum,Rapat TW I,2026-04-15,IKU2,,,Kabid Sarpras,,
TL-2026-02,Percepat kontrak,PD1,2026-06-30,selesai,Rapat TW I,2026-04-15,IKU2,,,,Kontrak ditandatangani,2026-06-20
TL-2026-03,Siapkan lahan sekolah unggul,PD1,2026-07-31,proses,Rapat TW II,2026-07-10,,PU1,,,,
TL-2026-04,Susun data balita,PD2,2026-12-31,,Rapat TW II,2026-07-10,IKU3,,,,,
TL-2026-05,Studi banding,PD2,2026-08-31,batal,Rapat TW II,2026-07-10,,,,,,
TL-2026-06,Distribusi PMT,PD2,2026-07-15,selesai,Rapat TW II,2026-07-10,,PU2,,,Terdistribusi,2026-08-05
""",
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    folder = tulis_mini(tmp_path / "mini", TAMBAHAN)
    path = tmp_path / "mini.duckdb"
    hasil = impor_path([folder], path)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    return path


def q(db: Path, nama: str, **params: Any) -> pd.DataFrame:
    return run_query(nama, params, db)


@contextlib.contextmanager
def baca(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """Plain SQL on the base tables, through the shared reader: it reopens the file after a write swapped it
    (a second duckdb.connect to the same path in this process would share the reader's instance, still open on
    the file as it was before the swap)."""
    cur = reader(db).cursor()
    try:
        yield cur
    finally:
        cur.close()


P = {"kode_pemda": "99", "tahun": 2026, "hari_ini": HARI_INI, "kode_pd": "", "keadaan": [], "rapat": ""}


# --------------------------------------------------------------------------- state on a date


def test_keadaan_dan_urutan(db: Path) -> None:
    daftar = q(db, "tindak_lanjut_daftar", **P)
    keadaan = dict(zip(daftar["kode_tindak_lanjut"], daftar["keadaan"], strict=True))
    # On 20 July 2026 (due soon = at most 14 days ahead):
    #   01 belum, due 31 May               → lewat_batas, 30 (June) + 20 = 50 days
    #   02 selesai 20 June                 → selesai, on time (20 June ≤ 30 June)
    #   03 proses, due 31 July (11 days)   → segera_jatuh_tempo
    #   04 blank status, due 31 December   → belum
    #   05 batal                           → batal
    #   06 "selesai" on 5 August, later than 20 July, due 15 July → still proses then: lewat_batas, 5 days
    assert keadaan == {
        "TL-2026-01": "lewat_batas",
        "TL-2026-02": "selesai",
        "TL-2026-03": "segera_jatuh_tempo",
        "TL-2026-04": "belum",
        "TL-2026-05": "batal",
        "TL-2026-06": "lewat_batas",
    }
    # Overdue first (longest first), then due soon, in progress, not started, done, cancelled.
    assert list(daftar["kode_tindak_lanjut"]) == [
        "TL-2026-01",
        "TL-2026-06",
        "TL-2026-03",
        "TL-2026-04",
        "TL-2026-02",
        "TL-2026-05",
    ]
    baris = daftar.set_index("kode_tindak_lanjut")
    assert baris.loc["TL-2026-01", "hari_lewat_batas"] == 50
    assert baris.loc["TL-2026-06", "hari_lewat_batas"] == 5
    assert baris.loc["TL-2026-03", "sisa_hari"] == 11
    assert baris.loc["TL-2026-04", "sisa_hari"] == 164  # 11 (July) + 31 + 30 + 31 + 30 + 31
    assert baris.loc["TL-2026-04", "status"] == "belum"  # blank = belum
    assert bool(baris.loc["TL-2026-02", "selesai_tepat_waktu"])
    assert pd.isna(baris.loc["TL-2026-06", "tanggal_selesai"])  # not done yet on that date
    assert baris.loc["TL-2026-03", "nama_unggulan"] == "Sekolah Unggul"

    # Filters: state, OPD, meeting.
    lewat = q(db, "tindak_lanjut_daftar", **(P | {"keadaan": ["lewat_batas"]}))
    assert list(lewat["kode_tindak_lanjut"]) == ["TL-2026-01", "TL-2026-06"]
    pd2 = q(db, "tindak_lanjut_daftar", **(P | {"kode_pd": "PD2"}))
    assert set(pd2["kode_tindak_lanjut"]) == {"TL-2026-04", "TL-2026-05", "TL-2026-06"}
    tw1 = q(db, "tindak_lanjut_daftar", **(P | {"rapat": "Rapat TW I"}))
    assert set(tw1["kode_tindak_lanjut"]) == {"TL-2026-01", "TL-2026-02"}


def test_ringkasan_tindak_lanjut(db: Path) -> None:
    r = q(db, "tindak_lanjut_ringkasan", **P).iloc[0]
    # 6 actions; open: 01, 03, 04, 06; overdue 01, 06; due soon 03; done 02 (on time); cancelled 05.
    assert r["jumlah"] == 6
    assert r["jumlah_terbuka"] == 4
    assert r["jumlah_lewat_batas"] == 2
    assert r["jumlah_segera_jatuh_tempo"] == 1
    assert r["jumlah_selesai"] == 1
    assert r["jumlah_selesai_tepat_waktu"] == 1
    assert r["jumlah_batal"] == 1
    assert r["jumlah_berlaku"] == 5
    assert r["persen_selesai"] == pytest.approx(20.0)  # 1 ÷ (6 − 1)
    assert r["hari_lewat_batas_terlama"] == 50
    # One OPD: PD2 has 04 (belum), 05 (batal), 06 (overdue).
    r2 = q(db, "tindak_lanjut_ringkasan", **(P | {"kode_pd": "PD2"})).iloc[0]
    assert (r2["jumlah"], r2["jumlah_terbuka"], r2["jumlah_lewat_batas"]) == (3, 2, 1)


def test_bawaan_ke_rapat_berikutnya(db: Path) -> None:
    """What was promised at each meeting and what happened; the last meeting before the date."""
    rapat = q(db, "tindak_lanjut_rapat", **P).set_index("rapat")
    assert list(rapat.index) == ["Rapat TW II", "Rapat TW I"]  # newest first
    # Rapat TW II (10 July): 03 due soon, 04 belum, 05 batal, 06 overdue → 4 decided, none done, 3 open,
    # 1 overdue, 1 cancelled, 0 ÷ 3 done. It is the last meeting before 20 July.
    assert rapat.loc["Rapat TW II", ["jumlah", "jumlah_selesai", "jumlah_terbuka", "jumlah_lewat_batas"]].tolist() == [
        4,
        0,
        3,
        1,
    ]
    assert rapat.loc["Rapat TW II", "jumlah_batal"] == 1
    assert rapat.loc["Rapat TW II", "persen_selesai"] == pytest.approx(0.0)
    assert bool(rapat.loc["Rapat TW II", "rapat_lalu"])
    # Rapat TW I (15 April): 01 overdue, 02 done on time → 50 %.
    assert rapat.loc["Rapat TW I", ["jumlah", "jumlah_selesai", "jumlah_selesai_tepat_waktu"]].tolist() == [2, 1, 1]
    assert rapat.loc["Rapat TW I", "persen_selesai"] == pytest.approx(50.0)
    assert not bool(rapat.loc["Rapat TW I", "rapat_lalu"])

    # As on 20 April (the TW II meeting had not been held): only TW I's actions exist; 01 is not yet due
    # (41 days left), 02 finished later (20 June), so it was in progress; TW I is the last meeting.
    april = P | {"hari_ini": dt.date(2026, 4, 20)}
    daftar = q(db, "tindak_lanjut_daftar", **april).set_index("kode_tindak_lanjut")
    assert daftar["keadaan"].to_dict() == {"TL-2026-02": "proses", "TL-2026-01": "belum"}
    assert daftar.loc["TL-2026-01", "sisa_hari"] == 41
    rapat = q(db, "tindak_lanjut_rapat", **april)
    assert rapat["rapat"].tolist() == ["Rapat TW I"]
    assert rapat["rapat_lalu"].tolist() == [True]

    # On 10 August: 06 is done (5 August), 11 days after its deadline: done, not on time.
    agustus = q(db, "tindak_lanjut_daftar", **(P | {"hari_ini": dt.date(2026, 8, 10)})).set_index("kode_tindak_lanjut")
    assert agustus.loc["TL-2026-06", "keadaan"] == "selesai"
    assert not bool(agustus.loc["TL-2026-06", "selesai_tepat_waktu"])


def baris_tl(**ubah: object) -> dict[str, object]:
    return {
        "kode_pemda": "99",  # as the page sends it: the pemda chosen in the filter
        "kode_tindak_lanjut": "TL-2026-07",
        "uraian": "Koordinasi, lalu laporkan; dua baris\nteks",
        "kode_pd": "PD2",
        "batas_waktu": dt.date(2026, 9, 30),
        "status": "belum",
        "rapat": "Rapat TW III",
        "tanggal_rapat": HARI_INI,
        "kode_indikator": "IKU3",
    } | ubah


def test_kode_baru_sesudah_nomor_99_tiga_digit(db: Path) -> None:
    """After TL-2026-99 the next code is TL-2026-100 (a pad to two digits must not cut it to TL-2026-10)."""
    assert simpan_tindak_lanjut(baris_tl(kode_tindak_lanjut="TL-2026-99"), db).ok
    assert q(db, "tindak_lanjut_kode_baru", **P)["kode_tindak_lanjut"].iloc[0] == "TL-2026-100"
    assert simpan_tindak_lanjut(baris_tl(kode_tindak_lanjut="TL-2026-100"), db).ok
    assert q(db, "tindak_lanjut_kode_baru", **P)["kode_tindak_lanjut"].iloc[0] == "TL-2026-101"


def test_tambah_perbarui_batal(db: Path) -> None:
    assert q(db, "tindak_lanjut_kode_baru", **P)["kode_tindak_lanjut"].iloc[0] == "TL-2026-07"
    # Add: an import from the page, with its own batch.
    hasil = simpan_tindak_lanjut(baris_tl(), db, pengguna="Sekretariat")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert hasil.baru == {"tindak_lanjut": 1}
    with baca(db) as con:
        sumber, pengguna = con.execute(
            "select sumber, pengguna from impor_batch where batch_id = ?", [hasil.batch_id]
        ).fetchone()
        uraian = con.execute("select uraian from tindak_lanjut where kode_tindak_lanjut = 'TL-2026-07'").fetchone()[0]
    assert (sumber, pengguna) == ("halaman", "Sekretariat")
    assert uraian == "Koordinasi, lalu laporkan; dua baris teks"  # one line, commas and semicolons kept
    r = q(db, "tindak_lanjut_ringkasan", **P).iloc[0]
    assert (r["jumlah"], r["jumlah_terbuka"]) == (7, 5)
    # Decided today: on the list, but the "last meeting" is still the one before today.
    rapat = q(db, "tindak_lanjut_rapat", **P)
    assert rapat.loc[rapat["rapat_lalu"], "rapat"].tolist() == ["Rapat TW II"]
    assert q(db, "tindak_lanjut_kode_baru", **P)["kode_tindak_lanjut"].iloc[0] == "TL-2026-08"

    # Saving the same again changes nothing: no batch.
    assert simpan_tindak_lanjut(baris_tl(), db).batch_id is None

    # Update the overdue TL-2026-01: done on 18 July. The old row is kept in the history.
    lama = q(db, "tindak_lanjut_daftar", **P).set_index("kode_tindak_lanjut").loc["TL-2026-01"]
    ubah = {k: lama[k] for k in ("uraian", "kode_pd", "batas_waktu", "rapat", "tanggal_rapat", "kode_indikator")}
    hasil = simpan_tindak_lanjut(
        {
            "kode_pemda": "99",
            "kode_tindak_lanjut": "TL-2026-01",
            **ubah,
            "status": "selesai",
            "tanggal_selesai": dt.date(2026, 7, 18),
        },
        db,
    )
    assert hasil.ok and hasil.diganti == {"tindak_lanjut": 1}
    r = q(db, "tindak_lanjut_ringkasan", **P).iloc[0]
    # overdue 06 only; done 02 and 01 (01 late: 18 July > 31 May)
    assert (r["jumlah_lewat_batas"], r["jumlah_selesai"], r["jumlah_selesai_tepat_waktu"]) == (1, 2, 1)
    with baca(db) as con:
        assert con.execute(
            "select status from riwayat_tindak_lanjut where kode_tindak_lanjut = 'TL-2026-01'"
        ).fetchall() == [("belum",)]

    # Roll the update back, as the Impor Data page does: the action is overdue again.
    ok, pesan = batalkan(hasil.batch_id, db)
    assert ok, pesan
    assert q(db, "tindak_lanjut_ringkasan", **P).iloc[0]["jumlah_lewat_batas"] == 2


def test_salah_tidak_ditulis(db: Path) -> None:
    sebelum = db.read_bytes()
    hasil = simpan_tindak_lanjut(baris_tl(kode_pd="TIDAK-ADA"), db)
    assert not hasil.ok
    assert any(t.kolom == "kode_pd" for t in hasil.temuan)
    hasil = simpan_tindak_lanjut(baris_tl(status="mungkin"), db)
    assert not hasil.ok
    assert db.read_bytes() == sebelum  # all or nothing: the file was not touched


def test_csv_satu_baris_format_impor() -> None:
    teks = sebagai_csv({"kode_pemda": "99", "kode_tindak_lanjut": "TL-1", "uraian": "a, b", "kode_pd": "PD1"}).decode()
    kepala, isi = teks.splitlines()
    assert kepala.startswith("kode_pemda,kode_tindak_lanjut,uraian,kode_pd,batas_waktu,status,")
    assert isi.startswith('99,TL-1,"a, b",PD1,,')
    with pytest.raises(KeyError):
        sebagai_csv({"kode_tindak_lanjut": "TL-1", "bukan_kolom": "x"})


# --------------------------------------------------------------------------- summary numbers


def test_ringkasan_iku_sesuai_jalur(db: Path) -> None:
    """On track = of the IKU that must report, those with a capaian and no early warning (reported, capaian > 75,
    projection ≥ 90 % of the annual target)."""
    tw2 = q(db, "ringkasan_iku", **P, triwulan=2).iloc[0]
    # TW2: all three must report (each has a target in 2026, frekuensi triwulanan by default).
    # IKU1 no TW2 realisasi: belum lapor, a warning. IKU2 kumulatif: (8+5)/(10+20) = 43,3 % → early warning.
    # IKU3 range 18–20, negatif: R = 21 above the range → (2×20 − 21)/20 = 95 %; projection with the trend
    # −4 a quarter (25 → 21): 21 − 4×2 = 13, below the range → (2×18 − 13)/18 = 127,8 % → on track.
    assert (tw2["jumlah_capaian"], tw2["jumlah_sesuai_jalur"]) == (3, 1)
    assert tw2["persen_sesuai_jalur"] == pytest.approx(100 / 3)
    assert tw2["cakupan"] == "2 dari 3 IKU melapor TW II"
    # TW1: IKU1 85/90 = 94,4 %, projection 85 (one point) = 94,4 % → on track. IKU2 8/10 = 80 %, projection on
    # plan 8 × 100 ÷ 10 = 80 of 100 = 80 % → warning. IKU3 R = 25 → (40 − 25)/20 = 75 %: not above 75 → warning.
    assert (tw2["jumlah_capaian_tw_lalu"], tw2["jumlah_sesuai_jalur_tw_lalu"]) == (3, 1)
    assert tw2["persen_sesuai_jalur_tw_lalu"] == pytest.approx(100 / 3)
    assert tw2["selisih_tw_lalu"] == pytest.approx(0)
    # One OPD: PD2 holds IKU3 only (on track in TW2).
    pd2 = q(db, "ringkasan_iku", **(P | {"kode_pd": "PD2"}), triwulan=2).iloc[0]
    assert (pd2["jumlah_capaian"], pd2["jumlah_sesuai_jalur"]) == (1, 1)


def test_ringkasan_serapan(db: Path) -> None:
    # Pagu 1,5 M; realisasi Jan–Apr 100 + 200 + 150 + 300 jt, reported up to April.
    tw1 = q(db, "ringkasan_serapan", **P, triwulan=1).iloc[0]
    assert tw1["bulan"] == 3
    assert tw1["persen_serapan"] == pytest.approx(30.0)  # 450 jt ÷ 1,5 M
    assert (tw1["target_bawah"], tw1["target_atas"]) == (15, 25)
    assert tw1["selisih_target_bawah"] == pytest.approx(15.0)
    assert tw1["status_target"] == "di atas target"
    assert pd.isna(tw1["persen_serapan_tw_lalu"])  # the year starts again: no TW IV of last year
    tw2 = q(db, "ringkasan_serapan", **P, triwulan=2).iloc[0]
    assert tw2["bulan"] == 4  # the last month reported, before June
    assert tw2["persen_serapan"] == pytest.approx(50.0)  # 750 jt ÷ 1,5 M
    # April is a third of the way from the end-of-March band (15–25) to the end-of-June band (40–50):
    # 15 + 25/3 = 23,33 to 25 + 25/3 = 33,33; 50 − 23,33 = +26,67 poin (not 50 − 40 against June's band).
    assert (tw2["target_bawah"], tw2["target_atas"]) == (pytest.approx(15 + 25 / 3), pytest.approx(25 + 25 / 3))
    assert (tw2["target_bawah_triwulan"], tw2["target_atas_triwulan"]) == (40, 50)  # April belongs to TW II
    assert tw2["selisih_target_bawah"] == pytest.approx(50 - (15 + 25 / 3))
    assert tw2["status_target"] == "di atas target"
    assert tw2["persen_serapan_tw_lalu"] == pytest.approx(30.0)
    assert tw2["selisih_tw_lalu"] == pytest.approx(20.0)
    # Without money data for the year: no row.
    assert q(db, "ringkasan_serapan", **(P | {"tahun": 2025}), triwulan=2).empty


def test_ringkasan_unggulan(db: Path) -> None:
    u = q(db, "ringkasan_unggulan", **P).iloc[0]
    # PU1 reported berisiko; PU2 not reported, its March milestone is overdue on 20 July → terlambat;
    # PU3 reported selesai.
    assert u[
        ["jumlah_program", "jumlah_terlambat", "jumlah_berisiko", "jumlah_bermasalah", "jumlah_selesai"]
    ].tolist() == [
        3,
        1,
        1,
        2,
        1,
    ]


def test_pengecualian(db: Path) -> None:
    semua = q(db, "ringkasan_pengecualian", **P, triwulan=2, batas=0)
    assert semua["jenis"].tolist() == ["iku", "unggulan", "unggulan", "tindak_lanjut", "tindak_lanjut", "pk", "janji"]
    iku = semua.iloc[0]
    # IKU2 43,3 % (Sangat Rendah), obstacle and follow-up of its TW2 row; the meeting decision beside it is the
    # open one (01, overdue), not the finished 02.
    assert iku["kode"] == "IKU2"
    assert iku["nilai"] == pytest.approx(13 / 30 * 100)
    assert (iku["penghambat"], iku["tindak_lanjut_opd"]) == ("Lelang gagal", "Lelang ulang")
    assert (iku["keputusan_rapat"], iku["keadaan_keputusan"]) == (
        "Lelang ulang rehabilitasi sekolah",
        "Lewat batas waktu",
    )
    # Late before at risk; PU1's decision is 03.
    assert semua.loc[semua["jenis"] == "unggulan", "kode"].tolist() == ["PU2", "PU1"]
    assert semua.loc[semua["kode"] == "PU1", "keputusan_rapat"].iloc[0] == "Siapkan lahan sekolah unggul"
    # Overdue actions, longest first.
    tl = semua[semua["jenis"] == "tindak_lanjut"]
    assert tl["kode"].tolist() == ["TL-2026-01", "TL-2026-06"]
    assert tl["nilai"].tolist() == [50, 5]
    # PD2 never signed its 2026 PK: 20 July − 28 February = 31 + 30 + 31 + 30 + 20 = 142 days late.
    pk = semua[semua["jenis"] == "pk"].iloc[0]
    assert (pk["kode"], pk["nilai"]) == ("PD2", 142)
    assert semua[semua["jenis"] == "janji"]["kode"].tolist() == ["J1"]
    # At most one per kind, with the full count beside it.
    satu = q(db, "ringkasan_pengecualian", **P, triwulan=2, batas=1)
    assert satu["jenis"].tolist() == ["iku", "unggulan", "tindak_lanjut", "pk", "janji"]
    assert dict(zip(satu["jenis"], satu["jumlah_jenis"], strict=True)) == {
        "iku": 1,
        "unggulan": 2,
        "tindak_lanjut": 2,
        "pk": 1,
        "janji": 1,
    }
    # One OPD: PD1's items only, and no promises (they belong to the pemda).
    pd1 = q(db, "ringkasan_pengecualian", **(P | {"kode_pd": "PD1"}), triwulan=2, batas=0)
    assert pd1["kode"].tolist() == ["IKU2", "PU1", "TL-2026-01"]


def test_angka_utama(db: Path) -> None:
    """The texts shown on the Ringkasan and in the pack, from the numbers above."""
    d = laporan.kumpulkan(lambda n, **p: q(db, n, **p), "99", 2026, 2, hari_ini=HARI_INI, lengkap=False)
    angka = {a.kunci: a for a in laporan.angka_utama(d)}
    # 1 of the 3 IKU that must report, at TW II as at TW I (test_ringkasan_iku_sesuai_jalur).
    assert angka["iku_sesuai_jalur"].nilai == "33,3 %"
    assert angka["iku_sesuai_jalur"].delta == "±0,0 poin vs TW I"
    assert angka["iku_sesuai_jalur"].gaya == {"delta_color": "gray", "delta_arrow": "off"}
    assert angka["serapan"].label == "Serapan anggaran s.d. April"
    # 50 % in April against April's band 23,33–33,33 (a third of the way from March's 15–25 to June's 40–50):
    # 50 − 23,33 = +26,7 poin (not +10 against June's 40).
    assert (angka["serapan"].nilai, angka["serapan"].delta) == ("50,0 %", "+26,7 poin vs target")
    assert angka["serapan"].keterangan.startswith("Target s.d. April: 23,3–33,3 % dari pagu (garis lurus")
    assert angka["unggulan"].nilai == "2 dari 3"
    assert angka["pk"].nilai == "1 dari 2 OPD"
    assert angka["janji"].nilai == "1"
    assert angka["tindak_lanjut"].nilai == "2 dari 4 terbuka"
    assert all(a.halaman and (ROOT / a.halaman).is_file() for a in angka.values())


# --------------------------------------------------------------------------- the meeting pack


def teks_halaman(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def test_bahan_rapat_tabel_terpotong_tetap_berkepala(db: Path) -> None:
    # Forty open actions with long texts, from the meeting before the last one (so only in the open-actions
    # table): it cannot fit one page.
    baris = "".join(
        f"TL-2026-{i:02d},{'Tindak lanjut yang panjang sekali untuk menguji pemotongan halaman ' * 3}nomor {i},"
        f"PD1,2026-12-31,proses,Rapat TW I,2026-04-15,,,,Kabid {i},,\n"
        for i in range(10, 50)
    )
    tambahan = TAMBAHAN["tindak_lanjut"] + baris
    folder = tulis_mini(db.parent / "panjang", TAMBAHAN | {"tindak_lanjut": tambahan})
    path = db.parent / "panjang.duckdb"
    assert impor_path([folder], path).ok
    bahan = laporan.buat_bahan_rapat("99", 2026, 2, hari_ini=HARI_INI, db=path)
    halaman = teks_halaman(bahan.pdf)
    garis = "Filter: Pemda: Provinsi Uji Coba (99) · Tahun: 2026 · Triwulan: TW II · OPD: Semua OPD · Keadaan per 20 Juli 2026"
    assert garis in halaman[0].replace("\n", " ")
    assert "Bahan Rapat Evaluasi Triwulan" in halaman[0]
    # Every page after the cover carries the filters in its header, and its number.
    for i, teks in enumerate(halaman[1:], start=2):
        assert "Triwulan: TW II" in teks and "Provinsi Uji Coba" in teks, i
        assert f"Halaman {i} dari {len(halaman)}" in teks
    # The open-actions table runs over several pages; each of them starts it with the header again.
    dengan_baris = [t for t in halaman if re.search(r"TL-2026-(1\d|2\d|3\d|4\d)", t)]
    assert len(dengan_baris) >= 2
    for t in dengan_baris:
        assert "Penanggung jawab" in t and "Batas waktu" in t
    # The same tables in the workbook, the open actions all there (40 + 01, 03, 04, 06 open on 20 July).
    buku = pd.read_excel(io.BytesIO(bahan.xlsx), sheet_name=None, engine="calamine")
    assert list(buku)[:3] == ["Filter", "Angka utama", "IKU capaian rendah"]
    assert len(buku["Tindak lanjut terbuka"]) == 44
    assert buku["Filter"].iloc[0, 0] == garis


def test_bahan_rapat_demo(demo_db: Path, tmp_path: Path) -> None:
    """The demo province's pack: cover with filters, every section, the red IKU, the overdue actions; also one OPD,
    and from the command line."""
    hari_ini = dt.date.fromisoformat(TANGGAL_ACUAN)
    bahan = laporan.buat_bahan_rapat("99", 2026, 3, hari_ini=hari_ini, db=demo_db)
    halaman = teks_halaman(bahan.pdf)
    assert len(halaman) >= 6
    semua = "\n".join(halaman)
    assert "Filter: Pemda: Provinsi Nusa Harapan (99) · Tahun: 2026 · Triwulan: TW III" in halaman[0].replace("\n", " ")
    for bagian in (
        "1. Angka utama",
        "2. Pengecualian",
        "3. Serapan anggaran",
        "4. Program unggulan",
        "5. Tindak lanjut",
    ):
        assert bagian in semua
    assert "Janji rapat lalu dan hasilnya: Rapat Evaluasi Triwulan II 2026" in semua.replace("\n", " ")
    for kode in TINDAK_LANJUT_LEWAT_BATAS:
        assert kode in semua
    with baca(demo_db) as con:
        nama_merah = [
            r[0]
            for r in con.execute(
                "select nama_indikator from indikator where list_contains(?, kode_indikator)", [list(RED_IKU)]
            ).fetchall()
        ]
    rata = re.sub(r"\s+", " ", semua)
    for nama in nama_merah:
        assert nama in rata
    # Indonesian text and symbols print (DejaVu): "≥" of the on-track rule, "–" of the ranges.
    assert "≥" in semua and "–" in semua
    assert len(PdfReader(io.BytesIO(bahan.pdf)).outline) >= 5  # bookmarks per section

    opd = laporan.buat_bahan_rapat("99", 2026, 3, kode_pd=PK_BELUM_DITANDATANGANI_PD, hari_ini=hari_ini, db=demo_db)
    teks_opd = " ".join(teks_halaman(opd.pdf)).replace("\n", " ")
    assert "OPD: Dinas Energi dan Sumber Daya Mineral" in teks_opd
    assert "Dinas Kesehatan" not in teks_opd  # other OPDs' items are left out

    from pantau.__main__ import main

    keluar = tmp_path / "bahan.pdf"
    kode = main(
        [
            "laporan",
            "--pemda",
            "99",
            "--tahun",
            "2026",
            "--triwulan",
            "3",
            "--tanggal",
            TANGGAL_ACUAN,
            "--db",
            str(demo_db),
            "--keluar",
            str(keluar),
        ]
    )
    assert kode == 0
    assert keluar.read_bytes().startswith(b"%PDF") and keluar.with_suffix(".xlsx").is_file()


# --------------------------------------------------------------------------- pages (AppTest, demo province)


def buka(script: str, params: dict[str, str]) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    if script != "app.py":
        at.switch_page(script).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def metrik(at: AppTest, label: str) -> str:
    nilai = [m.value for m in at.metric if m.label == label]
    assert len(nilai) == 1, f"metrik {label!r} tidak ada (ada: {[m.label for m in at.metric]})"
    return nilai[0]


URL = {"pemda": "99", "tahun": "2026", "tw": "3", "tanggal": TANGGAL_ACUAN}


def lewat_batas_sql(db: Path, tanggal: str) -> int:
    with baca(db) as con:
        return con.execute(
            "select count(*) from tindak_lanjut where kode_pemda = '99' and coalesce(status, 'belum') in"
            " ('belum', 'proses') and batas_waktu < cast(? as date)",
            [tanggal],
        ).fetchone()[0]


def test_halaman_ringkasan_angka(pantau_db: Path) -> None:
    at = buka("app.py", URL)
    lewat = lewat_batas_sql(pantau_db, TANGGAL_ACUAN)
    assert lewat == len(TINDAK_LANJUT_LEWAT_BATAS)
    with baca(pantau_db) as con:
        terbuka = con.execute(
            "select count(*) from tindak_lanjut where kode_pemda = '99' and coalesce(status, 'belum') in ('belum', 'proses')"
        ).fetchone()[0]
        jumlah_pd = con.execute("select count(*) from perangkat_daerah where kode_pemda = '99'").fetchone()[0]
        belum_pk = con.execute(
            "select count(*) from perangkat_daerah as p where p.kode_pemda = '99' and not exists (select 1 from"
            " perjanjian_kinerja as pk where pk.kode_pemda = p.kode_pemda and pk.kode_pd = p.kode_pd"
            " and pk.tahun = 2026 and (pk.tanggal_tanda_tangan is null or pk.tanggal_tanda_tangan <= ?))",
            [TANGGAL_ACUAN],
        ).fetchone()[0]
        # a flagship is late or at risk when its report (dated on or before the date, or undated) says so, or when
        # a milestone planned up to the date's month is still open on the date (the worse of the two counts)
        unggulan, bermasalah = con.execute(
            "select count(*), count(*) filter (where (status in ('terlambat', 'berisiko')"
            " and coalesce(tanggal_status <= cast(? as date), true)) or exists (select 1 from tonggak as t"
            " where t.kode_pemda = p.kode_pemda and t.kode_unggulan = p.kode_unggulan"
            " and t.bulan_rencana <= strftime(cast(? as date), '%Y-%m')"
            " and coalesce(t.tanggal_selesai > cast(? as date), true)))"
            " from program_unggulan as p where kode_pemda = '99'",
            [TANGGAL_ACUAN] * 3,
        ).fetchone()
        # money: realisasi Jan–Sep ÷ pagu of the sub kegiatan (six-segment codes) of the province, 2026
        serapan = con.execute(
            """
            select sum(r.realisasi) / (select sum(k.pagu) from kegiatan k
                where k.kode_pemda = '99' and k.tahun = 2026 and len(string_split(k.kode_kegiatan, '.')) = 6) * 100
            from realisasi_anggaran r
            join kegiatan k on k.kode_pemda = r.kode_pemda and k.tahun = r.tahun and k.kode_kegiatan = r.kode_kegiatan
            where r.kode_pemda = '99' and r.tahun = 2026 and r.bulan <= 9
            """
        ).fetchone()[0]
    assert metrik(at, "Tindak lanjut lewat batas waktu") == f"{lewat} dari {terbuka} terbuka"
    assert metrik(at, "PK belum ditandatangani") == f"{belum_pk} dari {angka_id(jumlah_pd)} OPD"
    assert metrik(at, "Program unggulan terlambat/berisiko") == f"{bermasalah} dari {unggulan}"
    assert metrik(at, "Janji kampanye tanpa kegiatan") == str(len(JANJI_TANPA_KEGIATAN))
    assert metrik(at, "Serapan anggaran s.d. September") == f"{serapan:.1f} %".replace(".", ",")
    for label in ("IKU sesuai jalur", "Rata-rata capaian", "IKU melapor", "OPD menumpuk di akhir tahun"):
        metrik(at, label)
    # Every number links to its page with the same filters (and the date, which is not today).
    kartu = [pl.proto for pl in at.main.get("page_link") if pl.proto.label.startswith("Rincian: ")]
    assert len(kartu) >= 9
    for pl in kartu:
        assert set(pl.query_string.split("&")) >= {"pemda=99", "tahun=2026", "tw=3", f"tanggal={TANGGAL_ACUAN}"}
    # (a link's page is the URL path Streamlit derives from the file name)
    assert {pl.page for pl in kartu} >= {
        "Capaian_IKU",
        "Distribusi_Jadwal",
        "Program_Unggulan",
        "Janji_Kampanye",
        "Perjanjian_Kinerja",
        "Tindak_Lanjut",
    }
    # Exceptions first: the red IKU with their obstacles, then the late flagships, the overdue actions.
    teks = " ".join(m.value for m in at.markdown)
    with baca(pantau_db) as con:
        for (nama,) in con.execute(
            "select nama_indikator from indikator where list_contains(?, kode_indikator)", [list(RED_IKU)]
        ).fetchall():
            assert nama in teks
    judul = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert judul[0].startswith("#### IKU capaian rendah · ")
    assert judul[1].startswith("#### Program unggulan terlambat atau berisiko · ")
    assert f"#### Tindak lanjut lewat batas waktu · {lewat}" in judul

    # The phone summary: a button, then its two downloads (their content: tests/test_keluaran_rapat.py).
    assert not any(d.proto.label.startswith("Unduh ringkasan") for d in at.get("download_button"))
    next(b for b in at.button if b.label == "Siapkan ringkasan untuk ponsel").click().run()
    assert not at.exception, [e.value for e in at.exception]
    unduh = [d.proto.label for d in at.get("download_button")]
    assert "Unduh ringkasan (PNG)" in unduh and "Unduh ringkasan (PDF)" in unduh


def test_halaman_tindak_lanjut(pantau_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A copy: the page writes.
    db = tmp_path / "pantau.duckdb"
    shutil.copy2(pantau_db, db)
    monkeypatch.setenv("PANTAU_DB", str(db))
    at = buka("pages/9_Tindak_Lanjut.py", URL)
    assert metrik(at, "Lewat batas waktu") == str(lewat_batas_sql(db, TANGGAL_ACUAN))
    with baca(db) as con:
        jumlah = con.execute("select count(*) from tindak_lanjut").fetchone()[0]
    daftar = at.dataframe[0].value
    assert len(daftar) == jumlah
    # Overdue first: the page's first rows are exactly the overdue actions, counted by SQL on the base table.
    lewat = lewat_batas_sql(db, TANGGAL_ACUAN)
    assert lewat == len(TINDAK_LANJUT_LEWAT_BATAS) > 0
    assert set(daftar["kode_tindak_lanjut"][:lewat]) == set(TINDAK_LANJUT_LEWAT_BATAS)
    assert not set(daftar["kode_tindak_lanjut"][lewat:]) & set(TINDAK_LANJUT_LEWAT_BATAS)
    # The last meeting before the date is under review by default.
    assert at.selectbox(key="tl_tinjau").value == "Rapat Evaluasi Triwulan II 2026"

    # Add an action during the meeting.
    kode = f"TL-2026-{jumlah + 1:02d}"  # the demo's codes run TL-2026-01…
    assert at.text_input(key=f"tl_kode_baru_{kode}").value == kode
    at.text_area(key=f"tl_uraian_baru_{kode}").input("Percepat lelang ulang paket PLTS komunal.")
    at.selectbox(key=f"tl_pd_baru_{kode}").set_value(PK_BELUM_DITANDATANGANI_PD)
    at.text_input(key=f"tl_pengguna_baru_{kode}").input("Sekretariat Bappeda")
    tombol = [b for b in at.button if b.label == "Simpan"]
    tombol[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    with baca(db) as con:
        baru = con.execute(
            "select uraian, kode_pd, status, rapat, tanggal_rapat from tindak_lanjut where kode_tindak_lanjut = ?",
            [kode],
        ).fetchone()
        batch = con.execute("select sumber, pengguna from impor_batch order by batch_id desc limit 1").fetchone()
    # the meeting defaults to the one evaluating the chosen quarter, held today
    assert baru == (
        "Percepat lelang ulang paket PLTS komunal.",
        PK_BELUM_DITANDATANGANI_PD,
        "belum",
        "Rapat Evaluasi Triwulan III 2026",
        dt.date.today(),
    )
    assert batch == ("halaman", "Sekretariat Bappeda")
    assert any(kode in s.value for s in at.success)

    # Update an overdue one to done: it leaves the overdue count; the old row stays in the history.
    at.radio(key="tl_mode").set_value("Perbarui yang ada").run()
    ubah = TINDAK_LANJUT_LEWAT_BATAS[0]
    at.selectbox(key="tl_pilih").set_value(ubah).run()
    # its empty cells (no result yet) show as empty boxes, not as the text "nan" that a save would store
    isian = [*at.text_input, *at.text_area]
    assert not [(w.label, w.value) for w in isian if str(w.value).strip().lower() in ("nan", "none", "nat", "<na>")]
    assert at.text_area(key=f"tl_hasil_{ubah}").value == ""
    at.selectbox(key=f"tl_status_{ubah}").set_value("selesai")
    at.text_area(key=f"tl_hasil_{ubah}").input("Sudah dilaksanakan.")
    # done before the date the page shows (an action finished later still counts as open on that date)
    at.date_input(key=f"tl_selesai_{ubah}").set_value(dt.date(2026, 10, 1))
    next(b for b in at.button if b.label == "Simpan").click().run()
    assert not at.exception, [e.value for e in at.exception]
    with baca(db) as con:
        status, hasil, selesai = con.execute(
            "select status, hasil, tanggal_selesai from tindak_lanjut where kode_tindak_lanjut = ?", [ubah]
        ).fetchone()
        lama = con.execute("select status from riwayat_tindak_lanjut where kode_tindak_lanjut = ?", [ubah]).fetchall()
    assert (status, hasil, selesai) == ("selesai", "Sudah dilaksanakan.", dt.date(2026, 10, 1))
    assert lama == [("belum",)]
    assert metrik(at, "Lewat batas waktu") == str(lewat_batas_sql(db, TANGGAL_ACUAN))
    assert lewat_batas_sql(db, TANGGAL_ACUAN) == len(TINDAK_LANJUT_LEWAT_BATAS) - 1

    # The pack for the page's filters: a button, then the two downloads.
    next(b for b in at.button if b.label.startswith("Siapkan bahan rapat")).click().run()
    assert not at.exception, [e.value for e in at.exception]
    unduh = [d.proto.label for d in at.get("download_button")]
    assert "Unduh bahan rapat (PDF)" in unduh and "Unduh tabelnya (XLSX)" in unduh
