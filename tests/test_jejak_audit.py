"""The audit trail (issue 18 item 5): every import, rollback, follow-up saved and setting changed records who, when
and what, in the same atomic write as the action; batches know their pemda, so a scoped admin sees and rolls back
only their own. The trail seen through a real login is in tests/test_browser_masuk.py."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from helpers import ROOT
from tiga_pemda import DINKES

from pantau.akses import DiLuarLingkup, Lingkup
from pantau.db import run_query
from pantau.importer import Sumber, batalkan, impor
from pantau.pengaturan import ubah_pengaturan
from pantau.tindak_lanjut import simpan_tindak_lanjut

ADMIN_62_02 = Lingkup(pemda=frozenset({"62.02"}))


@pytest.fixture
def db(tiga_pemda_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "pantau.duckdb"
    shutil.copy(tiga_pemda_db, path)
    return path


def nilai(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def jejak(db: Path, kolom: str = "aksi, pengguna, peran, kode_pemda, batch_id") -> list[tuple]:
    return nilai(db, f"select {kolom} from jejak_audit order by audit_id")


def realisasi(pemda: str, nilai: int) -> Sumber:
    return Sumber(
        "realisasi.csv",
        f"kode_pemda,kode_indikator,tahun,periode,realisasi\n{pemda},IKU-01,2026,TW3,{nilai}\n".encode(),
    )


def test_impor_batal_tindak_lanjut_dan_pengaturan_tercatat(db: Path) -> None:
    awal = len(jejak(db))  # the fixture's own imports are there already, by the local administrator
    assert awal and {r[0] for r in jejak(db)} == {"impor"}
    h = impor([realisasi("62.02", 7)], db, pengguna="admin@kotim.go.id", peran="admin_bappeda", lingkup=ADMIN_62_02)
    assert h.ok and h.batch_id, [str(t) for t in h.temuan]
    assert nilai(db, f"select kode_pemda from impor_batch where batch_id = {h.batch_id}") == [(["62.02"],)]
    tl = {
        "kode_pemda": "62.02", "kode_tindak_lanjut": "TL-AUDIT", "uraian": "Percepat lelang", "kode_pd": DINKES,
        "status": "proses",
    }  # fmt: skip
    h_tl = simpan_tindak_lanjut(tl, db, pengguna="operator@kotim.go.id", peran="operator_opd",
                                lingkup=Lingkup(pemda=frozenset({"62.02"}), kode_pd=DINKES))  # fmt: skip
    assert h_tl.ok and h_tl.batch_id, [str(t) for t in h_tl.temuan]
    ok, pesan = batalkan(h.batch_id, db, pengguna="admin@kotim.go.id", peran="admin_bappeda", lingkup=ADMIN_62_02)
    assert ok, pesan
    ok, pesan = ubah_pengaturan(db, "ambang_capaian_tinggi", 175, pengguna="admin lokal uji")
    assert ok, pesan
    baru = jejak(db)[awal:]
    assert baru == [
        ("impor", "admin@kotim.go.id", "admin_bappeda", ["62.02"], h.batch_id),
        ("tindak_lanjut", "operator@kotim.go.id", "operator_opd", ["62.02"], h_tl.batch_id),
        ("batal", "admin@kotim.go.id", "admin_bappeda", ["62.02"], h.batch_id),
        ("pengaturan", "admin lokal uji", "admin_lokal", [], None),
    ]
    rincian = [json.loads(r[0]) for r in jejak(db, "rincian")[awal:]]
    assert rincian[0]["baris_baru"] == {"realisasi": 1} and rincian[0]["berkas"] == ["realisasi.csv"]
    assert rincian[1]["tindak_lanjut"]["kode_tindak_lanjut"] == "TL-AUDIT"
    assert rincian[1]["tindak_lanjut"]["status"] == "proses"
    assert rincian[2]["baris_dikembalikan"] == {"realisasi": 1}
    assert rincian[3] == {"kunci": "ambang_capaian_tinggi", "nilai_lama": 150.0, "nilai_baru": 175.0}
    # the setting changed, and the stored results were recomputed with it
    assert nilai(db, "select nilai from pengaturan where kunci = 'ambang_capaian_tinggi'") == [(175.0,)]


def test_tanpa_login_admin_lokal_dan_gagal_tanpa_jejak(db: Path) -> None:
    awal = len(jejak(db))
    h = impor([realisasi("62", 4)], db)  # the CLI without --pengguna
    assert h.ok and h.batch_id
    assert jejak(db)[-1] == ("impor", "admin lokal", "admin_lokal", ["62"], h.batch_id)
    # a refused import, rollback or setting leaves no trace
    sebelum = db.read_bytes()
    assert not impor([realisasi("62", 4)], db, lingkup=ADMIN_62_02).ok
    assert batalkan(h.batch_id, db, lingkup=ADMIN_62_02) == (False, f"Batch {h.batch_id} tidak ada.")
    assert not ubah_pengaturan(db, "ambang_capaian_tinggi", 175, lingkup=ADMIN_62_02)[0]
    assert not ubah_pengaturan(db, "tidak_ada", 1)[0]
    assert db.read_bytes() == sebelum
    assert len(jejak(db)) == awal + 1


def test_batch_berlingkup_dan_jejak_per_pemda(db: Path) -> None:
    # a batch that wrote two pemda: the admin of one sees it but may not roll it back
    dua = Sumber(
        "realisasi.csv",
        b"kode_pemda,kode_indikator,tahun,periode,realisasi\n62.02,IKU-01,2026,TW3,3\n62.07,IKU-01,2026,TW3,3\n",
    )
    h = impor([dua], db, pengguna="admin@kalteng.go.id")
    assert h.ok and h.batch_id
    ok, pesan = batalkan(h.batch_id, db, lingkup=ADMIN_62_02)
    assert not ok and "62.07, di luar lingkup" in pesan
    provinsi = impor([realisasi("62", 8)], db)
    batch = run_query("impor_batch_daftar", {"kode_pemda": "62.02"}, db, ADMIN_62_02)
    assert h.batch_id in batch["batch_id"].tolist() and provinsi.batch_id not in batch["batch_id"].tolist()
    assert all("62.02" in p.split(", ") for p in batch["pemda"])
    semua = run_query("impor_batch_daftar", {"kode_pemda": "*"}, db)
    assert provinsi.batch_id in semua["batch_id"].tolist()
    with pytest.raises(DiLuarLingkup):
        run_query("jejak_audit_daftar", {"kode_pemda": "62"}, db, ADMIN_62_02)
    with pytest.raises(DiLuarLingkup):
        run_query("impor_batch_daftar", {"kode_pemda": "*"}, db, ADMIN_62_02)
    ubah_pengaturan(db, "ambang_capaian_tinggi", 160)
    lihat = run_query("jejak_audit_daftar", {"kode_pemda": "62.02"}, db, ADMIN_62_02)
    assert set(lihat["aksi"]) == {"impor", "pengaturan"}  # settings hold for every pemda: shown to all
    assert all(p in ("", "62.02") or "62.02" in p.split(", ") for p in lihat["pemda"])
    # the administrator of the whole file rolls it back
    assert batalkan(h.batch_id, db, pengguna="root")[0]


def test_cli_atur_batal_jejak(db: Path) -> None:
    h = impor([realisasi("62", 9)], db)
    py = [sys.executable, "-m", "pantau"]
    r = subprocess.run([*py, "atur", "ambang_capaian_tinggi", "170", "--pengguna", "Budi", "--db", str(db)],
                       cwd=ROOT, capture_output=True, text=True, check=False)  # fmt: skip
    assert r.returncode == 0 and "150 → 170" in r.stdout, r.stdout + r.stderr
    r = subprocess.run([*py, "batal", str(h.batch_id), "--pengguna", "Budi", "--db", str(db)],
                       cwd=ROOT, capture_output=True, text=True, check=False)  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    r = subprocess.run([*py, "jejak", "--jumlah", "2", "--db", str(db)], cwd=ROOT, capture_output=True, text=True,
                       check=False)  # fmt: skip
    assert r.returncode == 0 and "batal" in r.stdout and "pengaturan" in r.stdout and "Budi" in r.stdout, r.stdout
