"""Contract v2 (issue 15): one database for a province and its kabupaten whose codes are identical.

Every expected figure comes from tests/tiga_pemda.py's HARAPAN (worked out by hand from the rows) or
from plain SQL over the base tables; never from the views under test.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from tiga_pemda import DINKES, HARAPAN, PEMDA, SUB_1, tabel_pemda, tulis_tiga_pemda

from pantau.importer import impor_path
from pantau.importer.massal import impor_massal

ROOT = Path(__file__).resolve().parent.parent
TABEL_DATA = (
    "perangkat_daerah", "perjanjian_kinerja", "sasaran", "indikator", "target", "realisasi", "kegiatan",
    "janji_kampanye", "tag_janji", "jadwal", "rencana_kas", "realisasi_anggaran", "program_unggulan", "tonggak",
    "kerja_sama", "evaluasi_sakip", "tindak_lanjut",
)  # fmt: skip


def _isi(db: Path, pemda: str | None = None) -> dict[str, list[tuple]]:
    """Every data row (without batch_id) of every table, per pemda or all."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        hasil = {}
        for t in TABEL_DATA:
            where = "where kode_pemda = ?" if pemda else ""
            rows = con.execute(f"select * exclude (batch_id) from {t} {where} order by all", [pemda] if pemda else None)
            hasil[t] = rows.fetchall()
        return hasil
    finally:
        con.close()


def _satu(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _periksa_angka(db: Path) -> None:
    """Each pemda keeps its own pagu, capaian, money and PK (HARAPAN, by hand)."""
    pagu = dict(
        _satu(
            db,
            "select kode_pemda, sum(pagu) from kegiatan where tahun = 2026 and len(string_split(kode_kegiatan, '.')) = 6 "
            "group by 1",
        )
    )
    assert pagu == HARAPAN["pagu_2026"]
    capaian = {
        (p, per): c
        for p, k, per, c in _satu(
            db, "select kode_pemda, kode_indikator, periode, capaian_persen from capaian_indikator"
        )
        if k == "IKU-01"
    }
    assert capaian == pytest.approx(HARAPAN["capaian_iku_01"])
    iku02 = {
        p: c
        for p, k, c in _satu(db, "select kode_pemda, kode_indikator, capaian_persen from capaian_indikator")
        if k == "IKU-02"
    }
    assert iku02 == pytest.approx(HARAPAN["capaian_iku_02"])
    uang = dict(
        _satu(
            db, "select kode_pemda, sum(realisasi) from realisasi_anggaran where tahun = 2026 and bulan <= 6 group by 1"
        )
    )
    assert uang == {p: v for p, v in HARAPAN["realisasi_juni"].items()}
    pk = {
        p: (str(t) if t else None)
        for p, t in _satu(
            db,
            "select p.kode_pemda, k.tanggal_tanda_tangan from pemda p left join perjanjian_kinerja k "
            "on k.kode_pemda = p.kode_pemda and k.kode_pd = ? and k.tahun = 2026",
            [DINKES],
        )
    }
    assert pk == HARAPAN["pk_dinkes"]


def test_satu_impor_tiga_pemda_kode_sama(tiga_pemda_db: Path) -> None:
    # Three pemda, identical codes, one import: each keeps its own rows (2 OPD, 2 IKU, 4 kegiatan rows).
    for p in PEMDA:
        isi = _isi(tiga_pemda_db, p)
        assert len(isi["perangkat_daerah"]) == 2
        assert len(isi["indikator"]) == 2
        assert len(isi["kegiatan"]) == 4
        assert {r[2] for r in isi["perangkat_daerah"]} == {f"Dinas Kesehatan {n}" for n in [_nama(p)]} | {
            f"Bappeda {_nama(p)}"
        }
    _periksa_angka(tiga_pemda_db)


def _nama(p: str) -> str:
    from tiga_pemda import NAMA

    return NAMA[p]


def test_impor_terpisah_sama_dengan_satu_impor(tmp_path: Path, tiga_pemda_db: Path) -> None:
    # Version 1 folders (no kode_pemda), one per pemda, imported with the pemda chosen: the same rows.
    folder = tulis_tiga_pemda(tmp_path / "impor", per_pemda=True)
    db = tmp_path / "pisah.duckdb"
    assert impor_path([folder["pemda"]], db).ok
    for p in PEMDA:
        hasil = impor_path([folder[p]], db, pemda=p)
        assert hasil.ok, [str(t) for t in hasil.temuan]
        assert hasil.diganti == {}  # a new pemda never replaces another pemda's rows
    assert _isi(db) == _isi(tiga_pemda_db)
    _periksa_angka(db)


def test_impor_ulang_satu_pemda_tidak_menyentuh_yang_lain(tmp_path: Path, tiga_pemda_db: Path) -> None:
    db = tmp_path / "pantau.duckdb"
    shutil.copy(tiga_pemda_db, db)
    lain = {p: _isi(db, p) for p in ("62", "62.07")}
    # 62.02 corrects its IKU-01 TW2 (6 → 7) and its pagu of sub kegiatan 0001, with the same codes as the others.
    d = tmp_path / "koreksi"
    d.mkdir()
    teks = tabel_pemda("62.02")
    (d / "realisasi.csv").write_text(teks["realisasi"].replace("IKU-01,2026,TW2,6,", "IKU-01,2026,TW2,7,"))
    (d / "kegiatan.csv").write_text(teks["kegiatan"].replace(",2000000000,", ",2100000000,"))
    hasil = impor_path([d], db, pemda="62.02")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert hasil.diganti == {"realisasi": 1, "kegiatan": 1}
    assert {p: _isi(db, p) for p in ("62", "62.07")} == lain
    # 62.02: (2 + 7) / (4 + 6) = 90 %; the others as before.
    capaian = dict(
        _satu(
            db,
            "select kode_pemda, capaian_persen from capaian_indikator where kode_indikator = 'IKU-01' and periode = 'TW2'",
        )
    )
    assert capaian == pytest.approx({"62": 100.0, "62.02": 90.0})
    # History holds exactly the two replaced rows of 62.02.
    assert _satu(db, "select kode_pemda, kode_indikator, periode, realisasi from riwayat_realisasi") == [
        ("62.02", "IKU-01", "TW2", 6.0)
    ]
    assert _satu(db, "select kode_pemda, kode_kegiatan, pagu from riwayat_kegiatan") == [("62.02", SUB_1, 2e9)]


def test_tanpa_kode_pemda_dan_pemda_tidak_jelas_ditolak(tmp_path: Path, tiga_pemda_db: Path) -> None:
    db = tmp_path / "pantau.duckdb"
    shutil.copy(tiga_pemda_db, db)
    sebelum = _isi(db)
    d = tmp_path / "v1"
    d.mkdir()
    (d / "realisasi.csv").write_text(tabel_pemda("62.07")["realisasi"])
    hasil = impor_path([d], db)
    assert not hasil.ok
    [t] = [t for t in hasil.temuan if t.tingkat == "galat"]
    assert (t.berkas, t.baris, t.kolom) == ("realisasi.csv", 2, "kode_pemda")
    assert "--pemda" in t.pesan and "3 pemda" in t.pesan
    assert _isi(db) == sebelum


def test_rujukan_hanya_di_pemda_lain_ditolak(tmp_path: Path, tiga_pemda_db: Path) -> None:
    # IKU-09 exists only in 62; a realisasi row of 62.07 naming it is refused (file, row, column, value).
    db = tmp_path / "pantau.duckdb"
    shutil.copy(tiga_pemda_db, db)
    d = tmp_path / "a"
    d.mkdir()
    (d / "indikator.csv").write_text(
        "kode_pemda,kode_indikator,nama_indikator,satuan,kode_pd,jenis,polaritas,agregasi\n"
        f"62,IKU-09,Indeks baru,indeks,{DINKES},IKU_PD,positif,nilai_akhir\n"
    )
    (d / "realisasi.csv").write_text("kode_pemda,kode_indikator,tahun,periode,realisasi\n62.07,IKU-09,2026,TW1,5\n")
    sebelum = _isi(db)
    hasil = impor_path([d], db)
    assert not hasil.ok
    [t] = [t for t in hasil.temuan if t.tingkat == "galat"]
    assert (t.berkas, t.baris, t.kolom, t.nilai) == ("realisasi.csv", 2, "kode_indikator", "IKU-09")
    assert "pemda 62.07" in t.pesan and "pemda lain" in t.pesan
    assert _isi(db) == sebelum


def test_kunci_ganda_dalam_satu_pemda_ditolak_antarpemda_tidak(tmp_path: Path) -> None:
    d = tulis_tiga_pemda(tmp_path / "impor")
    assert isinstance(d, Path)
    teks = (d / "realisasi.csv").read_text()
    # The same key in two pemda is normal; twice in 62.07 is refused, naming the second row.
    baris = teks.rstrip("\n").split("\n")
    dua = next(b for b in baris if b.startswith("62.07,IKU-01,"))
    (d / "realisasi.csv").write_text(teks + dua + "\n")
    db = tmp_path / "pantau.duckdb"
    hasil = impor_path([d], db)
    galat = [t for t in hasil.temuan if t.tingkat == "galat"]
    assert len(galat) == 1 and galat[0].baris == len(baris) + 1 and "Kunci ganda" in galat[0].pesan
    assert not db.exists()


def test_cli_folder_v1_dengan_pemda(tmp_path: Path) -> None:
    folder = tulis_tiga_pemda(tmp_path / "impor", per_pemda=True)
    db = tmp_path / "pantau.duckdb"

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pantau", "impor", *args, "--db", str(db)],
            check=False,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )

    assert cli(str(folder["pemda"])).returncode == 0
    r = cli(str(folder["62.07"]))  # three pemda in the database, none chosen: refused
    assert r.returncode == 1 and "kode_pemda" in r.stdout
    r = cli(str(folder["62.07"]), "--pemda", "62.07")
    assert r.returncode == 0, r.stdout
    assert dict(_satu(db, "select kode_pemda, count(*) from indikator group by 1")) == {"62.07": 2}


def test_massal_kunci_sama_dengan_jalur_biasa(tmp_path: Path, tiga_pemda_db: Path) -> None:
    d = tulis_tiga_pemda(tmp_path / "impor")
    db = tmp_path / "massal.duckdb"
    hasil = impor_massal(d, db)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert _isi(db) == _isi(tiga_pemda_db)
    # A reference found only in another pemda is refused by the bulk path too.
    e = tmp_path / "salah"
    e.mkdir()
    (e / "realisasi.csv").write_text("kode_pemda,kode_indikator,tahun,periode,realisasi\n62.07,IKU-09,2026,TW1,5\n")
    hasil = impor_massal(e, db)
    assert not hasil.ok and hasil.temuan[0].kolom == "kode_indikator" and hasil.temuan[0].baris == 2
