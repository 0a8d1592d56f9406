"""Schema upgrades keep data (issue 15): a database written by the release before contract v2 opens.

tests/data/pantau_v1.duckdb.gz was written by release 21b43cb (script: tests/data/buat_pantau_v1.py): the mini
province of tests/mini.py plus janji, program unggulan, kerja sama, SAKIP and a follow-up, then a second
import that replaced two rows (history). tests/data/pantau_v1_angka.json holds what that release's views
showed on it (the queries are in the file): the upgraded file must show the same numbers.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pantau.db import schema_current
from pantau.importer import batalkan
from pantau.importer.tulis import perbarui_skema

DATA = Path(__file__).resolve().parent / "data"
ROOT = DATA.parent.parent
TABEL_LAMA = (
    "pemda", "perangkat_daerah", "sasaran", "indikator", "target", "realisasi", "kegiatan", "janji_kampanye",
    "tag_janji", "jadwal", "rencana_kas", "realisasi_anggaran", "program_unggulan", "tonggak", "kerja_sama",
    "evaluasi_sakip", "tindak_lanjut",
)  # fmt: skip


@pytest.fixture
def db_lama(tmp_path: Path) -> Path:
    path = tmp_path / "pantau.duckdb"
    with gzip.open(DATA / "pantau_v1.duckdb.gz") as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def _jumlah(db: Path, tabel: tuple[str, ...]) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchall()[0][0] for t in tabel}
    finally:
        con.close()


def test_migrasi_menjaga_baris_riwayat_dan_angka(db_lama: Path) -> None:
    sebelum = _jumlah(db_lama, TABEL_LAMA) | _jumlah(db_lama, tuple(f"riwayat_{t}" for t in TABEL_LAMA))
    assert not schema_current(db_lama)
    perbarui_skema(db_lama)  # what the app does when it opens a file whose schema is not current
    assert schema_current(db_lama)
    sesudah = _jumlah(db_lama, TABEL_LAMA) | _jumlah(db_lama, tuple(f"riwayat_{t}" for t in TABEL_LAMA))
    assert sesudah == sebelum
    con = duckdb.connect(str(db_lama), read_only=True)
    try:
        assert con.execute("select nomor from skema_migrasi order by 1").fetchall() == [(1,), (2,)]
        # Migration 2: each batch knows its pemda, and the audit trail starts from the batch history.
        assert con.execute("select batch_id, kode_pemda from impor_batch order by 1").fetchall() == [
            (1, ["99", "99.01"]), (2, ["99"])  # batch 1 also wrote the pemda row of kabupaten 99.01
        ]  # fmt: skip
        assert con.execute("select batch_id, aksi, kode_pemda from jejak_audit order by audit_id").fetchall() == [
            (1, "impor", ["99", "99.01"]), (2, "impor", ["99"])
        ]  # fmt: skip
        # Every row now belongs to the only pemda whose OPD own it (the mini province, 99).
        for t in TABEL_LAMA[1:]:
            assert con.execute(f"select distinct kode_pemda from {t}").fetchall() == [("99",)], t
        # v1 kept one PK date per OPD: PD1 2026-02-20 (batch 1), PD2 2026-03-02 (set by batch 2).
        assert con.execute(
            "select kode_pd, tahun, tanggal_tanda_tangan::varchar, batch_id from perjanjian_kinerja order by 1"
        ).fetchall() == [("PD1", 2026, "2026-02-20", 1), ("PD2", 2026, "2026-03-02", 2)]
        # The history row replaced by batch 2 is still there, with its pemda.
        assert con.execute("select kode_pemda, kode_indikator, periode, realisasi, diganti_oleh from riwayat_realisasi"
                           ).fetchall() == [("99", "IKU2", "TW2", 15.0, 2)]  # fmt: skip
        angka = json.loads((DATA / "pantau_v1_angka.json").read_text())
        for nama, sql in angka["_kueri"].items():
            rows = [list(map(str, r)) for r in con.execute(sql).fetchall()]
            assert rows == angka[nama], nama
    finally:
        con.close()
    # Hand check of two of those numbers: IKU1 TW1 85/90 = 94,44 %; IKU2 TW2 (8 + 18)/(10 + 20) = 86,67 %.
    assert angka["capaian_indikator"][0] == ["IKU1", "2026", "TW1", "94.444444"]
    assert angka["capaian_indikator"][3] == ["IKU2", "2026", "TW2", "86.666667"]
    # Contract v2 (issue 16): an unreported quarter has its capaian to date too. IKU2 (kumulatif, 10/20/30/40) at TW3
    # without a TW3 report: (8 + 18 + 0)/(10 + 20 + 30) = 43,33 %; IKU1 (nilai akhir) keeps its last level 88/90.
    baris = {(r[0], r[2]): r for r in angka["capaian_triwulan"]}
    assert baris[("IKU2", "3")] == ["IKU2", "2026", "3", "False", "43.333333"]
    assert baris[("IKU1", "3")] == ["IKU1", "2026", "3", "False", "97.777778"]


def test_batal_sesudah_migrasi_mengembalikan_riwayat(db_lama: Path) -> None:
    perbarui_skema(db_lama)
    ok, pesan = batalkan(2, db_lama)
    assert ok, pesan
    con = duckdb.connect(str(db_lama), read_only=True)
    try:
        # Batch 2 changed IKU2 TW2 15 → 18, added IKU1 TW2 and PD2's PK: all undone.
        assert con.execute("select kode_indikator, periode, realisasi from realisasi order by 1, 2").fetchall() == [
            ("IKU1", "TW1", 85.0), ("IKU2", "TW1", 8.0), ("IKU2", "TW2", 15.0), ("IKU3", "TW2", 21.0)
        ]  # fmt: skip
        assert con.execute("select kode_pd from perjanjian_kinerja").fetchall() == [("PD1",)]
        # the rollback is in the audit trail, by the local administrator (no login, no --pengguna)
        assert con.execute(
            "select aksi, pengguna, peran, kode_pemda, batch_id from jejak_audit order by audit_id desc limit 1"
        ).fetchall() == [("batal", "admin lokal", "admin_lokal", ["99"], 2)]
    finally:
        con.close()


def test_perintah_migrasi(db_lama: Path, tmp_path: Path) -> None:
    run = [sys.executable, "-m", "pantau", "migrasi", "--db", str(db_lama)]
    r = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=False)
    assert r.returncode == 0 and "Migrasi diterapkan" in r.stdout and "1 kontrak v2" in r.stdout, r.stdout + r.stderr
    r = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=False)
    assert r.returncode == 0 and "sudah versi terbaru" in r.stdout


def test_migrasi_gagal_meninggalkan_berkas_utuh(db_lama: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pantau.migrasi as m

    isi = db_lama.read_bytes()

    def rusak(con: duckdb.DuckDBPyConnection) -> None:
        m._v2_kode_pemda(con)
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(m, "MIGRASI", [(1, "uji", rusak)])
    with pytest.raises(RuntimeError):
        perbarui_skema(db_lama)
    assert db_lama.read_bytes() == isi
