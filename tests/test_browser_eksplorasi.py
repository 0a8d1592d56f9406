"""Eksplorasi in a real Chromium against a real `streamlit run` server: one click on an example runs it
and Plotly draws its chart (bars coloured from the data's predikat palette), and the link it leaves in
the address bar shows the same example to someone else. Debian's Chromium only, never skipped."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from helpers import Server, hentikan_server, mulai_server
from playwright.sync_api import Browser, Page, expect

from pantau import eksplorasi as eks

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("PANTAU_CHROMIUM", "/usr/bin/chromium"))
TUNGGU_MS = 60_000
CONTOH = "sebaran_predikat_opd"


@pytest.fixture(scope="module")
def db_salinan(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    salinan = tmp_path_factory.mktemp("browser_eksplorasi") / "pantau.duckdb"
    shutil.copy2(demo_db, salinan)
    return salinan


@pytest.fixture(scope="module")
def server(db_salinan: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = mulai_server(db_salinan, tmp_path_factory.mktemp("server_eksplorasi") / "streamlit.log")
    yield server
    hentikan_server(server)
    print(f"--- log server {server.url}:\n{server.log_tail()}")  # shown only when the test failed


def halaman_baru(browser: Browser, galat_js: list[str]) -> Page:
    context = browser.new_context(viewport={"width": 1400, "height": 2200}, locale="id-ID")
    context.set_default_timeout(TUNGGU_MS)
    page = context.new_page()
    page.on("pageerror", lambda e: galat_js.append(str(e)))
    return page


def tunggu_selesai(page: Page) -> None:
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(timeout=TUNGGU_MS)


def rgb(hex_warna: str) -> str:
    h = hex_warna.lstrip("#")
    return f"rgb({int(h[0:2], 16)}, {int(h[2:4], 16)}, {int(h[4:6], 16)})"


def cek_grafik_predikat(page: Page, db: Path) -> None:
    """The stacked bars are drawn, one legend entry per predikat, each in the scale's own colour."""
    grafik = page.locator('[data-testid="stPlotlyChart"]')
    expect(grafik.locator("g.point path").first).to_be_visible(timeout=TUNGGU_MS)
    legenda = [t.strip() for t in grafik.locator("g.legend text.legendtext").all_text_contents()]
    with duckdb.connect(str(db), read_only=True) as con:
        skala = dict(con.execute("select predikat, warna from skala_predikat").fetchall())
    assert legenda and set(legenda) <= set(skala), legenda
    isi = set(grafik.locator("g.point path").evaluate_all("els => els.map(e => getComputedStyle(e).fill)"))
    assert isi == {rgb(skala[p]) for p in legenda}


def test_contoh_diklik_dijalankan_dan_digambar(server: Server, browser: Browser, db_salinan: Path) -> None:
    contoh = eks.cari_contoh(CONTOH)
    galat_js: list[str] = []
    page = halaman_baru(browser, galat_js)
    page.goto(f"{server.url}/Eksplorasi")
    tunggu_selesai(page)
    expect(page.locator("h1").first).to_have_text("🔎 Eksplorasi")

    page.get_by_role("button", name=contoh.judul, exact=True).click()
    # The click writes the example into the URL while the rerun starts; then wait for the run to end.
    page.wait_for_url(re.compile(rf"[?&]contoh={CONTOH}(&|$)"))
    tunggu_selesai(page)
    expect(page.get_by_role("heading", name=contoh.judul, exact=True)).to_be_visible()
    expect(page.locator('[data-testid="stDataFrame"]').last).to_be_visible()
    expect(page.locator('[data-testid="stDownloadButton"]')).to_have_count(2)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    cek_grafik_predikat(page, db_salinan)
    tautan = page.url
    page.screenshot(path=str(db_salinan.parent / "eksplorasi.png"))
    page.context.close()

    # Someone else opens the shared link: the same example, run and drawn.
    lain = halaman_baru(browser, galat_js)
    lain.goto(tautan)
    tunggu_selesai(lain)
    expect(lain.get_by_role("heading", name=contoh.judul, exact=True)).to_be_visible()
    cek_grafik_predikat(lain, db_salinan)
    lain.context.close()
    assert galat_js == [], f"galat JavaScript di halaman: {galat_js}"
