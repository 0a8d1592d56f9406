"""Issue 17: a column mapping made once for one's own layout, saved by name, reused by the page and the CLI."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from pantau.importer import impor_path
from pantau.importer.pemetaan import ambil_pemetaan, daftar_pemetaan, periksa_pemetaan, simpan_pemetaan
from pantau.importer.tata_letak import contoh
from tests.mini import tulis_mini

ROOT = Path(__file__).resolve().parent.parent
SUB = "1.01.02.1.01.0001"
# An OPD's own realisation sheet: the contract's realisasi_anggaran with its own column titles.
BERKAS_SAYA = """Thn Anggaran;Kode Sub;Bln Laporan;Nilai Cair;Progres Fisik Persen
2026;1.01.02.1.01.0001;3;125.000.000;40
2026;1.01.02.1.01.0001;4;75.000.000;55
"""
PETA = {
    "Thn Anggaran": "tahun",
    "Kode Sub": "kode_kegiatan",
    "Bln Laporan": "bulan",
    "Nilai Cair": "realisasi",
    "Progres Fisik Persen": "fisik_persen",
}


@pytest.fixture(scope="module")
def db_awal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pemetaan")
    db = folder / "mini.duckdb"
    assert impor_path([tulis_mini(folder / "mini")], db).ok
    return db


@pytest.fixture
def db(tmp_path: Path, db_awal: Path) -> Path:
    salinan = tmp_path / "mini.duckdb"
    shutil.copyfile(db_awal, salinan)
    return salinan


def nilai(db: Path, sql: str) -> list[tuple]:
    salinan = db.with_name(f"baca_{db.name}")
    shutil.copyfile(db, salinan)
    con = duckdb.connect(str(salinan), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
        salinan.unlink()


def test_mapping_is_checked_saved_and_audited(db: Path) -> None:
    assert periksa_pemetaan("realisasi_anggaran", {"Bln": "bulan"}) == [
        "Kolom wajib belum dipetakan: tahun, kode_kegiatan."
    ]
    assert periksa_pemetaan("realisasi_anggaran", {**PETA, "Lain": "bulan"}) == [
        "Kolom kontrak dipilih lebih dari sekali: bulan."
    ]
    with pytest.raises(ValueError, match="Beri nama"):
        simpan_pemetaan(db, kode_pemda="99", nama=" ", tabel="realisasi_anggaran", kolom=PETA)
    simpan_pemetaan(db, kode_pemda="99", nama="RFK Disdik", tabel="realisasi_anggaran", kolom=PETA, pengguna="Ana")
    p = ambil_pemetaan(db, "RFK Disdik")
    assert (p.tabel, p.kolom) == ("realisasi_anggaran", PETA)
    assert [m.nama for m in daftar_pemetaan(db, "99")] == ["RFK Disdik"] and daftar_pemetaan(db, "99.01") == []
    assert nilai(db, "select pengguna, aksi, kode_pemda from jejak_audit where aksi = 'pemetaan'") == [
        ("Ana", "pemetaan", ["99"])
    ]
    with pytest.raises(LookupError, match="tidak ada"):
        ambil_pemetaan(db, "RFK Disdik", "99.01")


def test_cli_imports_a_renamed_column_file_with_a_saved_mapping(db: Path, tmp_path: Path) -> None:
    berkas = tmp_path / "realisasi_saya.csv"
    berkas.write_text(BERKAS_SAYA, encoding="utf-8")
    # without the mapping the file is not recognised, and nothing is written
    assert not impor_path([berkas], db, pemda="99").ok
    simpan_pemetaan(db, kode_pemda="99", nama="RFK Disdik", tabel="realisasi_anggaran", kolom=PETA)
    perintah = [sys.executable, "-m", "pantau", "impor", str(berkas), "--db", str(db), "--pemda", "99"]
    proses = subprocess.run(
        [*perintah, "--pemetaan", "RFK Disdik"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proses.returncode == 0, proses.stdout + proses.stderr
    assert "dikenali sebagai pemetaan tersimpan 'RFK Disdik'" in proses.stdout
    assert "Nilai Cair → realisasi" in proses.stdout
    # 125.000.000 and 75.000.000 (Indonesian thousands) in March and April, after the mini's 100 jt and 200 jt
    assert nilai(
        db,
        f"select bulan, realisasi, fisik_persen from realisasi_anggaran where kode_kegiatan = '{SUB}' order by bulan",
    ) == [
        (1, 100_000_000.0, 10.0),
        (2, 200_000_000.0, 25.0),
        (3, 125_000_000.0, 40.0),
        (4, 75_000_000.0, 55.0),
    ]
    proses = subprocess.run(
        [*perintah, "--pemetaan", "Tidak Ada"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proses.returncode == 1 and "Pemetaan 'Tidak Ada' tidak ada" in proses.stdout


def _halaman(db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("PANTAU_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("pages/2_Impor_Data.py").run()
    at.sidebar.selectbox(key="filter_pemda").set_value("99").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_page_makes_saves_and_reuses_a_mapping(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _halaman(db, monkeypatch)
    at.get("file_uploader")[0].set_value([("realisasi_saya.csv", BERKAS_SAYA.encode(), "text/csv")])
    at.run()
    assert not [b for b in at.button if b.label == "Impor sekarang"]  # not recognised without a mapping
    at.selectbox(key="peta_tabel").set_value("realisasi_anggaran").run()
    for i, label in enumerate(PETA):
        sb = at.selectbox(key=f"peta_realisasi_anggaran_{i}")
        assert sb.label == f"Kolom berkas: {label}"
        sb.set_value(PETA[label])
    at.text_input(key="peta_nama").set_value("RFK Disdik").run()
    at = next(b for b in at.button if b.label == "Coba pemetaan ini").click().run()
    assert "Berkas terbaca dengan pemetaan ini: realisasi_anggaran 2 baris." in [s.value for s in at.success]
    at = next(b for b in at.button if b.label == "Simpan pemetaan").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "Pemetaan 'RFK Disdik' disimpan; pilih di atas untuk memakainya." in [s.value for s in at.success]
    assert nilai(db, "select count(*) from pemetaan_kolom where nama = 'RFK Disdik' and kode_pemda = '99'") == [(5,)]
    next(s for s in at.selectbox if s.label == "Pemetaan kolom tersimpan").set_value("RFK Disdik").run()
    teks = [str(m.value) for m in at.markdown]
    assert "**Tata letak yang dikenali dan pemetaan kolomnya**" in teks
    at = next(b for b in at.button if b.label == "Impor sekarang").click().run()
    assert any("Impor berhasil sebagai batch 2" in s.value for s in at.success)
    assert nilai(db, f"select sum(realisasi) from realisasi_anggaran where kode_kegiatan = '{SUB}'") == [
        (500_000_000.0,)
    ]


def test_page_names_the_recognised_layout_and_offers_the_templates(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _halaman(db, monkeypatch)
    label = [b.label for b in at.get("download_button")]
    for nama, _, _ in contoh.TEMPLAT:
        assert f"Unduh contoh: {nama}" in label
    at.get("file_uploader")[0].set_value(
        [
            (
                "lra.xlsx",
                contoh.templat_bytes(contoh.lra),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        ]
    )
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    peta = next(d.value for d in at.dataframe if "tata letak" in d.value.columns)
    (baris,) = peta.to_dict("records")
    assert baris["tata letak"] == "Laporan Realisasi Anggaran (LRA) per OPD menurut kode rekening"
    assert baris["tabel"] == "anggaran_opd"
    assert (
        "REALISASI BPKAD (S) → realisasi_bpkad → kolom data R → anggaran_opd.realisasi_kumulatif"
        in baris["kolom sumber → kolom kontrak"]
    )
