"""The Impor Data page (AppTest, real file_uploader) and the template/example downloads."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import duckdb
import pytest
from python_calamine import CalamineWorkbook
from streamlit.testing.v1 import AppTest

from pantau.contract import TABEL
from pantau.importer import impor_path
from pantau.templat import LEMBAR_PETUNJUK, contoh_demo_zip, templat_xlsx
from tests.mini import MINI, tulis_mini
from tests.xlsx import tulis_xlsx

ROOT = Path(__file__).resolve().parent.parent


def nilai(db: Path, sql: str) -> list[tuple]:
    """Read the file as it is on disk now. A copy, because DuckDB caches open databases by path within a
    process, and the app under test keeps the previous file open until its next query."""
    salinan = db.with_name(f"baca_{db.name}")
    shutil.copyfile(db, salinan)
    con = duckdb.connect(str(salinan), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
        salinan.unlink()


@pytest.fixture
def halaman(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppTest, Path]:
    db = tmp_path / "page.duckdb"
    assert impor_path([tulis_mini(tmp_path / "mini")], db).ok
    monkeypatch.setenv("PANTAU_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("pages/2_Impor_Data.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at, db


def unggah(at: AppTest, berkas: list[tuple[str, bytes]]) -> AppTest:
    at.get("file_uploader")[0].set_value([(nama, isi, "text/csv") for nama, isi in berkas])
    return at.run()


def teks_semua(at: AppTest) -> str:
    return "\n".join(str(e.value) for kind in ("success", "error", "warning", "info") for e in at.get(kind))


def test_upload_preview_import_and_rollback(halaman: tuple[AppTest, Path]) -> None:
    at, db = halaman
    baru = MINI["realisasi"].replace("IKU2,2026,TW2,15,", "IKU2,2026,TW2,17,")
    at = unggah(at, [("realisasi.csv", baru.encode())])
    assert not at.exception, [e.value for e in at.exception]
    # preview: 4 rows read, one replaces a stored row; nothing written yet
    pratinjau = at.dataframe[0].value
    assert pratinjau.to_dict("records") == [{"tabel": "realisasi", "baris dibaca": 4, "baru": 0, "mengganti": 1}]
    assert nilai(db, "select realisasi from realisasi where kode_indikator='IKU2' and periode='TW2'") == [(15.0,)]
    at.text_input[0].set_value("Operator Uji").run()
    tombol = [b for b in at.button if b.label == "Impor sekarang"]
    assert tombol, "the confirm button is shown for a valid file"
    at = tombol[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "Impor berhasil sebagai batch 2" in teks_semua(at)
    assert nilai(db, "select realisasi from realisasi where kode_indikator='IKU2' and periode='TW2'") == [(17.0,)]
    assert nilai(db, "select pengguna, sumber from impor_batch where batch_id = 2") == [("Operator Uji", "unggah")]
    # rollback from the page
    batch = next(s for s in at.selectbox if s.label == "Batch")
    batch.set_value(2)
    next(c for c in at.checkbox if "yakin" in c.label).check()
    at = next(b for b in at.button if b.label == "Batalkan batch").click().run()
    assert "Batch 2 dibatalkan" in teks_semua(at)
    assert nilai(db, "select realisasi from realisasi where kode_indikator='IKU2' and periode='TW2'") == [(15.0,)]


def test_broken_upload_shows_findings_and_writes_nothing(halaman: tuple[AppTest, Path]) -> None:
    at, db = halaman
    sebelum = db.read_bytes()
    rusak = MINI["realisasi"].replace("IKU2,2026,TW2,15,", "IKU2,2026,TW2,belum ada data,")
    at = unggah(at, [("realisasi.csv", rusak.encode("cp1252"))])
    assert not at.exception
    assert "1 galat" in teks_semua(at)
    temuan = at.dataframe[1].value
    baris = temuan[temuan["tingkat"] == "galat"].iloc[0]
    assert (baris["berkas"], baris["baris"], baris["kolom"], baris["nilai"]) == (
        "realisasi.csv",
        4,
        "realisasi",
        "belum ada data",
    )
    assert not [b for b in at.button if b.label == "Impor sekarang"]
    assert db.read_bytes() == sebelum


def test_template_has_every_table_and_a_filled_template_imports(tmp_path: Path) -> None:
    wb = CalamineWorkbook.from_filelike(io.BytesIO(templat_xlsx()))
    assert wb.sheet_names == [LEMBAR_PETUNJUK, *TABEL]
    lembar: dict[str, list[list[object]]] = {}
    for nama in TABEL:
        rows = wb.get_sheet_by_name(nama).to_python()
        assert rows[1] == TABEL[nama].nama_kolom  # header on row 2, under the description row
        assert any("WAJIB" in str(c) for c in rows[0])
        lembar[nama] = [list(r) for r in rows]
    # fill some sheets the way an operator would (under the header, each value in its column; the mini folder is
    # a version 1 file: kode_pemda left blank where it has none, the import's pemda is the one its OPD rows name)
    for nama in ("pemda", "perangkat_daerah", "sasaran", "indikator", "target", "realisasi"):
        kepala, *baris = MINI[nama].strip().splitlines()
        kolom = kepala.split(",")
        for r in baris:
            isi = dict(zip(kolom, r.split(","), strict=True))
            lembar[nama].append([isi.get(k, "") for k in TABEL[nama].nama_kolom])
    xlsx = tulis_xlsx(tmp_path / "templat_terisi.xlsx", {LEMBAR_PETUNJUK: [["petunjuk"]], **lembar})
    hasil = impor_path([xlsx], tmp_path / "t.duckdb")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert hasil.baru == {"pemda": 2, "perangkat_daerah": 2, "sasaran": 2, "indikator": 3, "target": 6, "realisasi": 4}
    # the empty sheets are skipped with a warning, each named
    dilewati = {t.lembar for t in hasil.temuan if "dilewati" in t.pesan}
    assert dilewati == set(TABEL) - set(hasil.baru)


def test_empty_template_is_refused(tmp_path: Path) -> None:
    xlsx = tmp_path / "kosong.xlsx"
    xlsx.write_bytes(templat_xlsx())
    hasil = impor_path([xlsx], tmp_path / "k.duckdb")
    assert not hasil.ok
    assert not (tmp_path / "k.duckdb").exists()


def test_demo_example_zip_holds_the_demo_csv_files() -> None:
    with zipfile.ZipFile(io.BytesIO(contoh_demo_zip())) as z:
        nama = sorted(Path(n).name for n in z.namelist())
    assert nama == sorted(f.name for f in (ROOT / "data" / "demo").glob("*.csv"))
    assert "realisasi.csv" in nama
