"""The quarter's reporting inside the app (issue 19), on the mini folder (tests/mini.py) in a real DuckDB file: entry
is an import batch (parsed like a file, rolled back like one, audited with the user), the explanation rule on its
setting, verification states, the period lock on its deadline setting (and for imports), concurrent saves, and the
reminder list and command.

Figures by hand, from tests/mini.py (PD1 = Dinas Pendidikan, PD2 = Dinas Kesehatan, 2026):
- IKU2 (PD1, kumulatif, positif): targets TW1..TW4 = 10, 20, 30, 40 (annual 100); realisasi TW1 8, TW2 15. Entering
  TW3 = 20: realisasi s.d. TW3 = 8 + 15 + 20 = 43, target s.d. TW3 = 10 + 20 + 30 = 60, capaian = 43 / 60 = 71,67 %
  (≤ 75: below ambang_peringatan_capaian); projection on plan = 71,67 % of the annual 100 = 71,67 (< 90: short).
- IKU1 (PD1, nilai_akhir, positif): annual target 90; realisasi TW1 85. Entering TW3 = 88,5: capaian = 88,5 / 90 =
  98,33 %; linear projection 88,5 + (88,5 − 85) / 2 = 90,25 → 100,3 % of target: no warning, no explanation needed.
- IKU3 (PD2, IKU Pemda, negatif, range 18–20 annual): must report every quarter (has a target).
- IKU2 entered as 200 for TW3: 8 + 15 + 200 = 223 / 60 = 371,67 % > ambang_capaian_tinggi 150: asks confirmation.
"""

from __future__ import annotations

import datetime as dt
import shutil
import urllib.parse
from pathlib import Path

import pytest
from mini import tulis_mini

from pantau.__main__ import main
from pantau.akses import Lingkup
from pantau.db import reader
from pantau.importer import Sumber, batalkan, impor, impor_path
from pantau.importer.massal import impor_massal
from pantau.lapor import atur_periode, simpan_anggaran, simpan_laporan, tautan_pengingat, terlambat, verifikasi
from pantau.pengaturan import ubah_pengaturan

OPERATOR_PD1 = Lingkup(pemda=frozenset({"99"}), kode_pd="PD1")
ADMIN_99 = Lingkup(pemda=frozenset({"99"}))
SEBELUM_BATAS = dt.date(2026, 10, 5)
PENGGUNA = "kode_pemda,email,peran,kode_pd,nama\n99,op.dinkes@uji.example,operator_opd,PD2,Operator Dinkes\n"


@pytest.fixture(scope="module")
def mini_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tulis_mini(tmp_path_factory.mktemp("mini") / "m", ganti={"pengguna": PENGGUNA})
    db = folder.parent / "mini.duckdb"
    hasil = impor_path([folder], db)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    return db


@pytest.fixture
def db(mini_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "pantau.duckdb"
    shutil.copyfile(mini_db, path)
    return path


def nilai(db: Path, sql: str) -> list[tuple]:
    cur = reader(db).cursor()  # reopens when a write swapped the file in
    try:
        return cur.execute(sql).fetchall()
    finally:
        cur.close()


def realisasi_tw3(db: Path) -> list[tuple]:
    return nilai(db, "select kode_indikator, realisasi from realisasi where periode = 'TW3' order by 1")


def status(db: Path) -> list[tuple]:
    return nilai(db, "select kode_indikator, status, catatan_verifikasi from status_lapor order by 1")


def galat(hasil: object) -> str:
    return " | ".join(t.pesan for t in hasil.temuan if t.tingkat == "galat")  # type: ignore[attr-defined]


IKU1 = {"kode_indikator": "IKU1", "realisasi": "88,5"}
IKU2 = {"kode_indikator": "IKU2", "realisasi": "20"}
IKU2_JELAS = IKU2 | {"faktor_penghambat": "Lelang gagal", "tindak_lanjut": "Lelang ulang Oktober"}


def lapor_pd1(db: Path, isian: list[dict], **kw: object) -> object:
    kw = {"pengguna": "op@uji.example", "peran": "operator_opd", "lingkup": OPERATOR_PD1, "tanggal": SEBELUM_BATAS} | kw
    return simpan_laporan(db, "99", 2026, 3, isian, **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- entry = an import batch


def test_entri_adalah_batch_impor_dengan_pengguna_dan_dapat_dibatalkan(db: Path) -> None:
    hasil = lapor_pd1(db, [IKU1, IKU2, {"kode_indikator": "IKU3", "realisasi": ""}])
    assert hasil.ok and hasil.batch_id == 2, galat(hasil)
    # "88,5" read with the importer's number rules; the empty IKU3 is left out
    assert realisasi_tw3(db) == [("IKU1", 88.5), ("IKU2", 20.0)]
    assert status(db) == [("IKU1", "draf", None), ("IKU2", "draf", None)]
    assert nilai(db, "select sumber, pengguna from impor_batch where batch_id = 2") == [("halaman", "op@uji.example")]
    assert nilai(db, "select aksi, pengguna, peran from jejak_audit where batch_id = 2") == [
        ("simpan_laporan", "op@uji.example", "operator_opd")
    ]
    # the capaian of the draft, from the view the reporting page reads: 43 / 60 and 88,5 / 90
    assert nilai(
        db,
        "select kode_indikator, round(capaian_persen, 2) from capaian_triwulan_lapor where periode = 'TW3' and "
        "kode_pd = 'PD1' order by 1",
    ) == [("IKU1", 98.33), ("IKU2", 71.67)]
    # the governor's figures leave the drafts out: IKU2 15 + 8 = 23 / 60, IKU1 its TW1 level 85 / 90
    assert nilai(
        db,
        "select kode_indikator, sudah_lapor, round(capaian_persen, 2) from capaian_triwulan where periode = 'TW3' "
        "and kode_pd = 'PD1' order by 1",
    ) == [("IKU1", False, 94.44), ("IKU2", False, 38.33)]
    ok, pesan = batalkan(2, db, pengguna="admin@uji.example")
    assert ok, pesan
    assert realisasi_tw3(db) == [] and status(db) == []


def test_teks_di_sel_angka_ditolak_tanpa_menulis(db: Path) -> None:
    hasil = lapor_pd1(db, [IKU1, {"kode_indikator": "IKU2", "realisasi": "belum ada data"}])
    assert not hasil.ok
    assert any(t.kolom == "realisasi" and t.tingkat == "galat" for t in hasil.temuan), galat(hasil)
    assert realisasi_tw3(db) == [] and status(db) == []
    assert nilai(db, "select count(*) from impor_batch") == [(1,)]


def test_operator_hanya_opdnya(db: Path) -> None:
    hasil = lapor_pd1(db, [{"kode_indikator": "IKU3", "realisasi": "19"}])
    assert not hasil.ok and "operator OPD hanya" in galat(hasil)
    assert realisasi_tw3(db) == []


# --------------------------------------------------------------------------- required explanation


def test_ajukan_capaian_rendah_wajib_penjelasan_menurut_pengaturan(db: Path) -> None:
    hasil = lapor_pd1(db, [IKU1, IKU2], ajukan=True)
    assert not hasil.ok
    assert "IKU2" in galat(hasil) and "71,7 %" in galat(hasil) and "75,0 %" in galat(hasil)
    assert "faktor penghambat dan tindak lanjut" in galat(hasil) and "IKU1" not in galat(hasil)
    assert realisasi_tw3(db) == [] and status(db) == []  # nothing half saved: IKU1 waits too
    # only the tindak lanjut missing: named alone
    hasil = lapor_pd1(db, [IKU1, IKU2 | {"faktor_penghambat": "Lelang gagal"}], ajukan=True)
    assert not hasil.ok and "Isi tindak lanjut sebelum" in galat(hasil)

    # the threshold is a setting: at 70, 71,67 % is above it, but the projection (71,67 % of the annual target) is
    # still short of ambang_proyeksi_tahunan 90
    assert ubah_pengaturan(db, "ambang_peringatan_capaian", 70)[0]
    hasil = lapor_pd1(db, [IKU1, IKU2], ajukan=True)
    assert not hasil.ok and "proyeksi akhir tahun 71,7 %" in galat(hasil)
    assert ubah_pengaturan(db, "ambang_proyeksi_tahunan", 70)[0]
    hasil = lapor_pd1(db, [IKU1, IKU2], ajukan=True)
    assert hasil.ok, galat(hasil)
    assert status(db) == [("IKU1", "diajukan", None), ("IKU2", "diajukan", None)]


def test_ajukan_dengan_penjelasan_dan_capaian_sangat_tinggi_minta_konfirmasi(db: Path) -> None:
    hasil = lapor_pd1(db, [{"kode_indikator": "IKU2", "realisasi": "200"}])
    assert not hasil.ok and "371,7 %" in galat(hasil) and "150,0 %" in galat(hasil)
    assert realisasi_tw3(db) == []
    hasil = lapor_pd1(db, [{"kode_indikator": "IKU2", "realisasi": "200"}], konfirmasi_tinggi=True)
    assert hasil.ok and realisasi_tw3(db) == [("IKU2", 200.0)]
    hasil = lapor_pd1(db, [IKU1, IKU2_JELAS], ajukan=True, versi=None)
    assert hasil.ok, galat(hasil)
    assert realisasi_tw3(db) == [("IKU1", 88.5), ("IKU2", 20.0)]
    assert nilai(db, "select aksi from jejak_audit order by audit_id desc limit 1") == [("ajukan_laporan",)]


# --------------------------------------------------------------------------- verification


def test_verifikasi_kembalikan_dengan_catatan_dan_sekali_saja(db: Path) -> None:
    assert lapor_pd1(db, [IKU1, IKU2_JELAS], ajukan=True).ok
    # submitted: the operator cannot change it any more
    hasil = lapor_pd1(db, [IKU1 | {"realisasi": "89"}])
    assert not hasil.ok and "sudah diajukan" in galat(hasil)
    versi_awal = {k: (b, s) for k, b, s in nilai(db, "select r.kode_indikator, r.batch_id, s.batch_id from "
                  "realisasi r join status_lapor s using (kode_pemda, kode_indikator, tahun, periode)")}  # fmt: skip
    admin = {"pengguna": "verifikator@uji.example", "peran": "admin_bappeda", "lingkup": ADMIN_99}
    # an operator never verifies
    hasil = verifikasi(db, "99", 2026, 3, [("IKU1", "diverifikasi", "")], lingkup=OPERATOR_PD1)
    assert not hasil.ok and "Hanya verifikator" in galat(hasil)
    # returned without a note: refused, and the other decision with it
    hasil = verifikasi(db, "99", 2026, 3, [("IKU1", "dikembalikan", ""), ("IKU2", "diverifikasi", "")], **admin)
    assert not hasil.ok and "tanpa catatan" in galat(hasil)
    assert status(db) == [("IKU1", "diajukan", None), ("IKU2", "diajukan", None)]
    catatan = "Sumber data BPS belum dilampirkan"
    hasil = verifikasi(
        db, "99", 2026, 3, [("IKU1", "dikembalikan", catatan), ("IKU2", "diverifikasi", "")], versi=versi_awal, **admin
    )
    assert hasil.ok, galat(hasil)
    assert status(db) == [("IKU1", "dikembalikan", catatan), ("IKU2", "diverifikasi", None)]
    assert nilai(db, f"select aksi, pengguna from jejak_audit where batch_id = {hasil.batch_id}") == [
        ("verifikasi", "verifikator@uji.example")
    ]
    # a second verifier who opened the page before: refused, naming who acted
    hasil = verifikasi(db, "99", 2026, 3, [("IKU2", "dikembalikan", "Cek lagi")], versi=versi_awal, **admin)
    assert not hasil.ok and "verifikator@uji.example" in galat(hasil)
    # and without a page: a verified IKU is not decided again
    hasil = verifikasi(db, "99", 2026, 3, [("IKU2", "dikembalikan", "Cek lagi")], **admin)
    assert not hasil.ok and "sudah diverifikasi oleh verifikator@uji.example" in galat(hasil)
    # a verified value does not change by a file import either
    teks = "kode_pemda,kode_indikator,tahun,periode,realisasi\n99,IKU2,2026,TW3,25\n"
    hasil = impor([Sumber("realisasi.csv", teks.encode())], db, tanggal=SEBELUM_BATAS)
    assert not hasil.ok and "sudah diverifikasi" in galat(hasil)
    # the returned IKU goes back to the operator: corrected and submitted again
    hasil = lapor_pd1(db, [IKU1 | {"realisasi": "87"}], ajukan=True)
    assert hasil.ok, galat(hasil)
    assert realisasi_tw3(db) == [("IKU1", 87.0), ("IKU2", 20.0)]
    assert status(db)[0][:2] == ("IKU1", "diajukan")


def test_dua_operator_menyimpan_iku_yang_sama(db: Path) -> None:
    dibaca = {"IKU2": (None, None)}  # both opened the page before anything was saved
    pertama = lapor_pd1(db, [IKU2_JELAS], versi=dibaca, pengguna="satu@uji.example")
    assert pertama.ok
    kedua = lapor_pd1(db, [IKU2_JELAS | {"realisasi": "22"}], versi=dibaca, pengguna="dua@uji.example")
    assert not kedua.ok and "disimpan oleh satu@uji.example" in galat(kedua)
    assert realisasi_tw3(db) == [("IKU2", 20.0)]  # the first save stands, nothing of the second


# --------------------------------------------------------------------------- the period lock


def test_kunci_periode_pada_batas_dan_buka_kunci_tercatat(db: Path) -> None:
    assert atur_periode(db, "99", 2026, 3, batas_lapor=dt.date(2026, 10, 10)).ok
    # the deadline day is still open
    assert lapor_pd1(db, [IKU1], tanggal=dt.date(2026, 10, 10)).ok
    hasil = lapor_pd1(db, [IKU1 | {"realisasi": "89"}], tanggal=dt.date(2026, 10, 11))
    assert not hasil.ok and "TW III 2026 (pemda 99) terkunci" in galat(hasil) and "10/10/2026" in galat(hasil)
    # a file import for the locked quarter: refused; another quarter: accepted; the same rows again: no change
    tw3 = "kode_pemda,kode_indikator,tahun,periode,realisasi\n99,IKU3,2026,TW3,19\n"
    hasil = impor([Sumber("realisasi.csv", tw3.encode())], db, tanggal=dt.date(2026, 10, 11))
    assert not hasil.ok and "terkunci" in galat(hasil)
    tw2 = "kode_pemda,kode_indikator,tahun,periode,realisasi\n99,IKU3,2026,TW2,20\n"
    assert impor([Sumber("realisasi.csv", tw2.encode())], db, tanggal=dt.date(2026, 10, 11)).ok
    sama = "kode_pemda,kode_indikator,tahun,periode,realisasi\n99,IKU1,2026,TW3,88.5\n"
    hasil = impor([Sumber("realisasi.csv", sama.encode())], db, tanggal=dt.date(2026, 10, 11))
    assert hasil.ok and hasil.batch_id is None
    # budget realisation of a month of the quarter (August) is locked too; June is not
    anggaran = "kode_pemda,tahun,kode_kegiatan,bulan,realisasi\n99,2026,1.01.02.1.01.0001,{b},50000000\n"
    hasil = impor([Sumber("realisasi_anggaran.csv", anggaran.format(b=8).encode())], db, tanggal=dt.date(2026, 10, 11))
    assert not hasil.ok and "terkunci" in galat(hasil)
    # so is an OPD-level budget line (LRA / anggaran kas OPD) of September; one of June is accepted
    opd = "kode_pemda,tahun,kode_pd,kelompok,bulan,realisasi_kumulatif\n99,2026,PD1,belanja,{b},70000000\n"
    hasil = impor([Sumber("anggaran_opd.csv", opd.format(b=9).encode())], db, tanggal=dt.date(2026, 10, 11))
    assert not hasil.ok and [(t.berkas, t.baris, t.kolom) for t in hasil.temuan if "terkunci" in t.pesan] == [
        ("anggaran_opd.csv", 2, "bulan")
    ]
    assert impor([Sumber("anggaran_opd.csv", opd.format(b=6).encode())], db, tanggal=dt.date(2026, 10, 11)).ok
    # a plan line of September (rencana kas, no realisation) is planning, not reporting: accepted
    rencana = "kode_pemda,tahun,kode_pd,kelompok,bulan,rencana_kas\n99,2026,PD1,belanja,9,25000000\n"
    assert impor([Sumber("anggaran_opd.csv", rencana.encode())], db, tanggal=dt.date(2026, 10, 11)).ok
    assert nilai(
        db, "select bulan, rencana_kas, realisasi_kumulatif from anggaran_opd where kode_pd = 'PD1' order by bulan"
    ) == [(6, None, 70000000.0), (9, 25000000.0, None)]
    # an operator cannot open the period
    hasil = atur_periode(db, "99", 2026, 3, dibuka_sampai=dt.date(2026, 10, 15), lingkup=OPERATOR_PD1)
    assert not hasil.ok
    # the administrator reopens it until 15/10, recorded in the audit trail
    hasil = atur_periode(
        db, "99", 2026, 3, batas_lapor=dt.date(2026, 10, 10), dibuka_sampai=dt.date(2026, 10, 15),
        pengguna="admin@uji.example", peran="admin_bappeda", lingkup=ADMIN_99,
    )  # fmt: skip
    assert hasil.ok, galat(hasil)
    assert nilai(db, f"select aksi, pengguna from jejak_audit where batch_id = {hasil.batch_id}") == [
        ("buka_kunci", "admin@uji.example")
    ]
    assert lapor_pd1(db, [IKU1 | {"realisasi": "89"}], tanggal=dt.date(2026, 10, 15)).ok
    assert not lapor_pd1(db, [IKU1 | {"realisasi": "90"}], tanggal=dt.date(2026, 10, 16)).ok
    assert realisasi_tw3(db) == [("IKU1", 89.0)]


def test_batas_bawaan_dari_pengaturan(db: Path) -> None:
    assert atur_periode(db, "99", 2026, 3).ok  # no deadline given: 30/09 + batas_lapor_hari (10) = 10/10
    sql = "select batas_lapor, terkunci from keadaan_periode_lapor(date '2026-10-11')"
    assert nilai(db, sql) == [(dt.date(2026, 10, 10), True)]
    assert ubah_pengaturan(db, "batas_lapor_hari", 20)[0]
    assert nilai(db, sql) == [(dt.date(2026, 10, 20), False)]


# --------------------------------------------------------------------------- who is late


def test_keadaan_opd_pengingat_dan_perintah(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert atur_periode(db, "99", 2026, 3, batas_lapor=dt.date(2026, 10, 10)).ok
    # PD1 submits both its IKU; PD2 (IKU3) reports nothing
    assert lapor_pd1(db, [IKU1, IKU2_JELAS], ajukan=True).ok
    daftar = terlambat(db, tanggal=dt.date(2026, 10, 15))
    assert daftar[["kode_pd", "jumlah_wajib", "jumlah_masuk", "hari_terlambat", "email_operator"]].values.tolist() == [
        ["PD2", 1, 0, 5, "op.dinkes@uji.example"]
    ]
    assert terlambat(db, tanggal=dt.date(2026, 10, 10)).empty  # on the deadline nobody is late yet
    tautan = tautan_pengingat(daftar.iloc[0].to_dict(), "Provinsi Uji Coba")
    assert tautan.startswith("mailto:op.dinkes@uji.example?subject=")
    isi = urllib.parse.unquote(tautan)
    assert "Pengingat laporan TW III 2026: Dinas Kesehatan" in isi and "Sudah 5 hari terlambat" in isi

    assert main(["pengingat", "--db", str(db), "--tanggal", "2026-10-15"]) == 0
    keluar = capsys.readouterr().out
    assert "OPD terlambat melapor per 15 Oktober 2026: 1" in keluar
    assert "Dinas Kesehatan: 0 dari 1 IKU masuk, 5 hari terlambat" in keluar and "Dinas Pendidikan" not in keluar
    berkas = tmp_path / "terlambat.csv"
    assert main(["pengingat", "--db", str(db), "--tanggal", "2026-10-15", "--csv", str(berkas)]) == 0
    baris = berkas.read_text(encoding="utf-8-sig").splitlines()
    assert len(baris) == 2 and baris[1].startswith("99,Provinsi Uji Coba,2026,3,TW3,PD2,Dinas Kesehatan,1,0,0,")


def test_jalur_massal_juga_terkunci_dengan_pesan_yang_sama(db: Path, tmp_path: Path) -> None:
    assert atur_periode(db, "99", 2026, 3, batas_lapor=dt.date(2026, 10, 10)).ok
    folder = tmp_path / "massal"
    folder.mkdir()
    teks = "kode_pemda,kode_indikator,tahun,periode,realisasi\n99,IKU3,2026,TW2,20\n99,IKU3,2026,TW3,19\n"
    (folder / "realisasi.csv").write_text(teks)
    massal = impor_massal(folder, db, tanggal=dt.date(2026, 10, 11))
    biasa = impor([Sumber("realisasi.csv", teks.encode())], db, tanggal=dt.date(2026, 10, 11))
    assert not massal.ok and not biasa.ok
    assert [(t.baris, t.kolom, t.pesan) for t in massal.temuan] == [(t.baris, t.kolom, t.pesan) for t in biasa.temuan]
    assert [(t.baris, t.kolom) for t in massal.temuan] == [(3, "periode")]
    assert nilai(db, "select count(*) from realisasi where kode_indikator = 'IKU3'") == [(1,)]
    assert impor_massal(folder, db, tanggal=dt.date(2026, 10, 10)).ok
    assert nilai(db, "select periode, realisasi from realisasi where kode_indikator = 'IKU3' order by 1") == [
        ("TW2", 20.0),
        ("TW3", 19.0),
    ]


def test_realisasi_anggaran_bulan_triwulan_dari_halaman(db: Path) -> None:
    # the mini sub kegiatan of PD1 (pagu 1.500.000.000) has January and February; July and August of TW III entered as
    # typed: "50.000.000" (thousands dots) and "Rp 1,2 M"; fisik "30,5"
    hasil = simpan_anggaran(
        db,
        "99",
        2026,
        [
            {"kode_kegiatan": "1.01.02.1.01.0001", "bulan": 7, "realisasi": "50.000.000", "fisik_persen": "30,5"},
            {"kode_kegiatan": "1.01.02.1.01.0001", "bulan": 8, "realisasi": "Rp 1,2 M", "fisik_persen": ""},
            {"kode_kegiatan": "1.01.02.1.01.0001", "bulan": 9, "realisasi": "", "fisik_persen": ""},
        ],
        pengguna="op@uji.example",
        peran="operator_opd",
        lingkup=OPERATOR_PD1,
        tanggal=SEBELUM_BATAS,
    )
    assert hasil.ok, galat(hasil)
    assert nilai(
        db, "select bulan, realisasi, realisasi_kumulatif, fisik_persen from realisasi_anggaran_bulanan order by bulan"
    ) == [
        (1, 100_000_000.0, 100_000_000.0, 10.0),
        (2, 200_000_000.0, 300_000_000.0, 25.0),
        (7, 50_000_000.0, 350_000_000.0, 30.5),
        (8, 1_200_000_000.0, 1_550_000_000.0, None),
    ]
    assert nilai(db, f"select aksi, pengguna from jejak_audit where batch_id = {hasil.batch_id}") == [
        ("simpan_anggaran", "op@uji.example")
    ]
    # text in a number cell: refused, nothing written
    hasil = simpan_anggaran(
        db, "99", 2026, [{"kode_kegiatan": "1.01.02.1.01.0001", "bulan": 9, "realisasi": "belum ada"}],
        lingkup=OPERATOR_PD1, tanggal=SEBELUM_BATAS,
    )  # fmt: skip
    assert not hasil.ok and nilai(db, "select count(*) from realisasi_anggaran") == [(4,)]


# --------------------------------------------------------------------------- verified figures by default


def ringkasan_pd1(db: Path, semua_nilai: bool | None = None) -> tuple:
    """The Capaian IKU page's summary of PD1 at TW III (its query, as the page runs it)."""
    from pantau.db import run_query

    p = {"kode_pemda": "99", "tahun": 2026, "triwulan": 3, "periode": "TW3", "jenis": "", "kode_pd": "PD1"}
    p |= {"kode_sasaran": ""} | ({} if semua_nilai is None else {"semua_nilai": semua_nilai})
    r = run_query("iku_triwulan_ringkasan", p, db).iloc[0]
    return int(r["jumlah_lapor"]), round(float(r["rata_rata_capaian"]), 2)


def belum_verifikasi(db: Path) -> tuple[int, int]:
    from pantau.db import run_query

    r = run_query("lapor_belum_verifikasi", {"kode_pemda": "99", "tahun": 2026, "periode": "TW3"}, db).iloc[0]
    return int(r["jumlah_belum_verifikasi"]), int(r["jumlah_diajukan"])


def test_angka_pimpinan_hanya_nilai_terverifikasi_dengan_sakelar(db: Path) -> None:
    """PD1 at TW III (mini.py): IKU1 (nilai_akhir, annual 90) and IKU2 (kumulatif, 10/20/30/40). Averages over the
    two IKU that must report, capaian clipped at 120 (none here above it), by hand:
    - nothing entered: IKU1 85 / 90 = 94,44; IKU2 23 / 60 = 38,33 → mean 66,39, 0 reported this quarter;
    - IKU1 88,5 and IKU2 20 in: 98,33 and 71,67 → mean 85,00, 2 reported."""
    awal = ringkasan_pd1(db)
    assert awal == (0, 66.39)
    assert lapor_pd1(db, [IKU1, IKU2_JELAS], ajukan=True).ok
    assert belum_verifikasi(db) == (2, 2)
    # default (and every caller that does not pass the switch, e.g. the meeting pack): verified values only
    assert ringkasan_pd1(db) == ringkasan_pd1(db, False) == awal
    # the switch on: the submitted values count
    assert ringkasan_pd1(db, True) == (2, 85.0)
    # the verifier returns IKU1 and verifies IKU2: IKU2 counts, IKU1 stays out: (85 / 90 + 43 / 60) / 2 = 83,06 %
    admin = {"pengguna": "verifikator@uji.example", "peran": "admin_bappeda", "lingkup": ADMIN_99}
    hasil = verifikasi(db, "99", 2026, 3, [("IKU1", "dikembalikan", "Lampirkan data"), ("IKU2", "diverifikasi", "")],
                       **admin)  # fmt: skip
    assert hasil.ok, galat(hasil)
    assert belum_verifikasi(db) == (1, 0)
    assert ringkasan_pd1(db) == (1, 83.06)
    assert ringkasan_pd1(db, True) == (2, 85.0)
    # rolling the verification back takes IKU2 out of the governor's figures again
    ok, pesan = batalkan(hasil.batch_id, db, pengguna="admin@uji.example")
    assert ok, pesan
    assert ringkasan_pd1(db) == awal


def test_kueri_nilai_terverifikasi_membaca_tabel_tersimpan_dengan_hasil_yang_sama(db: Path) -> None:
    """`siapkan` runs a query without the switch on `capaian_triwulan` itself instead of the macro: the same frame as
    the query as written, with submitted values waiting for verification (which only the macro's other branches
    read); with the switch on, the query is run as written."""
    import pandas as pd

    from pantau.db import QUERIES_DIR, query_sql, siapkan, used_parameters

    assert lapor_pd1(db, [IKU1, IKU2_JELAS], ajukan=True).ok
    nama = sorted(f.stem for f in QUERIES_DIR.glob("*.sql") if "capaian_triwulan_nilai($semua_nilai)" in f.read_text())
    assert len(nama) >= 10
    p = {"kode_pemda": "99", "tahun": 2026, "triwulan": 3, "periode": "TW3", "jenis": "", "kode_pd": "", "batas": 0}
    p |= {"kode_sasaran": "", "kode_indikator": "IKU2", "status": [], "hari_ini": SEBELUM_BATAS, "semua_nilai": False}
    cur = reader(db).cursor()
    try:
        for n in nama:
            sql, dipakai = siapkan(n, p)
            assert "capaian_triwulan_nilai" not in sql, n
            tertulis = query_sql(n)
            pd.testing.assert_frame_equal(
                cur.execute(sql, dipakai).df(), cur.execute(tertulis, used_parameters(tertulis, p)).df()
            )
            assert siapkan(n, p | {"semua_nilai": True})[0] == tertulis
    finally:
        cur.close()


def test_impor_operator_pada_triwulan_lapor_menjadi_draf(db: Path) -> None:
    assert atur_periode(db, "99", 2026, 3, batas_lapor=dt.date(2026, 10, 10)).ok
    teks = "kode_pemda,kode_indikator,tahun,periode,realisasi\n99,IKU2,2026,TW3,20\n"
    # an operator's file for a quarter reported in the app: a draft, like the entry page, so not in the figures
    hasil = impor([Sumber("realisasi.csv", teks.encode())], db, lingkup=OPERATOR_PD1, pengguna="op@uji.example",
                  peran="operator_opd", tanggal=SEBELUM_BATAS)  # fmt: skip
    assert hasil.ok, galat(hasil)
    assert status(db) == [("IKU2", "draf", None)]
    assert nilai(db, f"select count(*) from status_lapor where batch_id = {hasil.batch_id}") == [(1,)]
    assert ringkasan_pd1(db) == (0, 66.39) and ringkasan_pd1(db, True) == (1, 83.06)
    # the same file again changes nothing (no new draft row)
    assert (
        impor([Sumber("realisasi.csv", teks.encode())], db, lingkup=OPERATOR_PD1, tanggal=SEBELUM_BATAS).batch_id
        is None
    )
    # the rollback takes the value and its state together
    ok, pesan = batalkan(hasil.batch_id, db, pengguna="admin@uji.example")
    assert ok, pesan
    assert realisasi_tw3(db) == [] and status(db) == []
    # the administrator's import (an export from SIPD) has no reporting state: it counts as imported
    assert impor([Sumber("realisasi.csv", teks.encode())], db, tanggal=SEBELUM_BATAS).ok
    assert status(db) == [] and ringkasan_pd1(db) == (1, 83.06)
