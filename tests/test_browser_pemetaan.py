"""Issue 17 in a real browser: a saved column mapping imports a renamed-column file on the Impor Data page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import TUNGGU_MS, Server, hentikan_server, mulai_server, tunggu_selesai
from helpers import baca_salinan as baca
from playwright.sync_api import Page, expect

from pantau.importer import impor_path
from pantau.importer.pemetaan import simpan_pemetaan
from tests.mini import tulis_mini
from tests.test_pemetaan import BERKAS_SAYA, PETA, SUB

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server_pemetaan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    tmp = tmp_path_factory.mktemp("browser_pemetaan")
    db = tmp / "mini.duckdb"
    assert impor_path([tulis_mini(tmp / "mini")], db).ok
    simpan_pemetaan(db, kode_pemda="99", nama="RFK Disdik", tabel="realisasi_anggaran", kolom=PETA)
    server = mulai_server(db, tmp / "streamlit.log")
    yield server, db
    hentikan_server(server)


def test_saved_mapping_imports_a_renamed_column_file(
    halaman_web: Page, server_pemetaan: tuple[Server, Path], tmp_path: Path
) -> None:
    server, db = server_pemetaan
    page = halaman_web
    page.goto(f"{server.url}/Impor_Data?pemda=99")
    tunggu_selesai(page)
    kotak = page.get_by_role("combobox", name="Pemetaan kolom tersimpan", exact=True)
    kotak.click()
    page.get_by_role("option", name="RFK Disdik", exact=True).click()
    tunggu_selesai(page)
    expect(page.get_by_text("Nilai Cair → realisasi").first).to_be_visible()
    berkas = tmp_path / "realisasi_saya.csv"
    berkas.write_text(BERKAS_SAYA, encoding="utf-8")
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(berkas))
    tombol = page.get_by_role("button", name="Impor sekarang")
    expect(tombol).to_be_visible(timeout=TUNGGU_MS)
    expect(page.get_by_text("Tata letak yang dikenali dan pemetaan kolomnya")).to_be_visible()
    assert baca(db, f"select count(*) from realisasi_anggaran where kode_kegiatan = '{SUB}'") == [(2,)]
    tombol.click()
    expect(page.get_by_text("Impor berhasil sebagai batch 2")).to_be_visible(timeout=TUNGGU_MS)
    # March 125.000.000 and April 75.000.000 after the mini's January 100 jt and February 200 jt
    assert baca(
        db, f"select bulan, realisasi from realisasi_anggaran where kode_kegiatan = '{SUB}' order by bulan"
    ) == [
        (1, 100_000_000.0),
        (2, 200_000_000.0),
        (3, 125_000_000.0),
        (4, 75_000_000.0),
    ]
