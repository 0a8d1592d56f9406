"""Upload in a real browser: choose a file on the Impor Data page, see the preview, import, and download the template."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import TUNGGU_MS, Server, hentikan_server, mulai_server, tunggu_selesai
from helpers import baca_salinan as baca
from playwright.sync_api import Page, expect
from python_calamine import CalamineWorkbook

from pantau.contract import TABEL
from pantau.importer import impor_path
from tests.mini import MINI, tulis_mini

pytestmark = pytest.mark.browser


@pytest.fixture
def server_mini(tmp_path: Path) -> Iterator[tuple[Server, Path]]:
    db = tmp_path / "mini.duckdb"
    assert impor_path([tulis_mini(tmp_path / "mini")], db).ok
    server = mulai_server(db, tmp_path / "streamlit.log")
    yield server, db
    hentikan_server(server)


def test_upload_preview_and_import_in_the_browser(
    halaman_web: Page, server_mini: tuple[Server, Path], tmp_path: Path
) -> None:
    server, db = server_mini
    page = halaman_web
    page.goto(f"{server.url}/Impor_Data")
    tunggu_selesai(page)
    berkas = tmp_path / "realisasi.csv"
    berkas.write_text(MINI["realisasi"].replace("IKU2,2026,TW2,15,", "IKU2,2026,TW2,19,"), encoding="utf-8")
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(berkas))
    tombol = page.get_by_role("button", name="Impor sekarang")
    expect(tombol).to_be_visible(timeout=TUNGGU_MS)
    # the preview is shown and nothing is written yet
    expect(page.get_by_text("Pratinjau")).to_be_visible()
    assert baca(db, "select realisasi from realisasi where kode_indikator='IKU2' and periode='TW2'") == [(15.0,)]
    tombol.click()
    expect(page.get_by_text("Impor berhasil sebagai batch 2")).to_be_visible(timeout=TUNGGU_MS)
    assert baca(db, "select realisasi from realisasi where kode_indikator='IKU2' and periode='TW2'") == [(19.0,)]


def test_template_download_in_the_browser(halaman_web: Page, server_mini: tuple[Server, Path]) -> None:
    server, _ = server_mini
    page = halaman_web
    page.goto(f"{server.url}/Impor_Data")
    tunggu_selesai(page)
    with page.expect_download() as unduhan:
        page.get_by_role("button", name="Unduh templat kosong (XLSX)").click()
    isi = Path(unduhan.value.path()).read_bytes()
    wb = CalamineWorkbook.from_filelike(io.BytesIO(isi))
    assert set(TABEL) <= set(wb.sheet_names)
