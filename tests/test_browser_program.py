"""Program Unggulan, Janji Kampanye and Keterlacakan in a real Chromium: each page's own chart is drawn.

The generic browser tests (tests/test_browser.py) already open every page by its URL; these check what only a
browser shows for these pages: the Gantt with its "today" line, the promise bars, the treemap's boxes.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Server, buka, hentikan_server, mulai_server
from playwright.sync_api import Browser, Locator, Page, expect

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("PANTAU_CHROMIUM", "/usr/bin/chromium"))
TUNGGU_MS = 60_000


@pytest.fixture(scope="module")
def server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    salinan = tmp_path_factory.mktemp("browser_program") / "pantau.duckdb"
    shutil.copy2(demo_db, salinan)
    s = mulai_server(salinan, tmp_path_factory.mktemp("server_program") / "streamlit.log")
    yield s
    hentikan_server(s)


@pytest.fixture
def halaman(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 2400}, locale="id-ID")
    context.set_default_timeout(TUNGGU_MS)
    page = context.new_page()
    galat: list[str] = []
    page.on("pageerror", lambda e: galat.append(str(e)))
    yield page
    context.close()
    assert galat == [], f"galat JavaScript di halaman: {galat}"


def buka_url(page: Page, url: str) -> None:
    page.goto(url)
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(timeout=TUNGGU_MS)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def grafik(page: Page, judul: str) -> Locator:
    """The Plotly chart whose title is `judul`, once Plotly has drawn its SVG."""
    chart = page.locator('[data-testid="stPlotlyChart"]').filter(has_text=judul)
    expect(chart.locator(".main-svg").first).to_be_visible(timeout=TUNGGU_MS)
    return chart


def test_gantt_tonggak_dengan_garis_hari_ini(server: Server, halaman: Page, demo_db: Path) -> None:
    with buka(demo_db) as c:
        (jumlah,) = c.execute(
            "select count(*) from tonggak join program_unggulan using (kode_unggulan)"
            " join perangkat_daerah as pd using (kode_pd) where pd.kode_pemda = '99'"
        ).fetchone()
    buka_url(halaman, f"{server.url}/Program_Unggulan?tanggal=2026-10-15")
    chart = grafik(halaman, "Tonggak program unggulan")
    # One bar per milestone, drawn.
    expect(chart.locator("g.point path")).to_have_count(jumlah)
    expect(chart.locator("g.point path").first).to_be_visible()
    # The dashed "today" line and its label.
    # (the light bands behind every other flagship are drawn below the plot, the line above it)
    expect(chart.locator(".layer-above .shapelayer path")).to_have_count(1)
    expect(chart.get_by_text("Hari ini: 15 Oktober 2026")).to_be_visible()


def test_batang_janji(server: Server, halaman: Page, demo_db: Path) -> None:
    with buka(demo_db) as c:
        (bertanda,) = c.execute("select count(distinct kode_janji) from tag_janji where tahun = 2026").fetchone()
    buka_url(halaman, f"{server.url}/Janji_Kampanye?pemda=99&tahun=2026&tw=3")
    chart = grafik(halaman, "Pagu dan realisasi kegiatan bertanda")
    # A pagu bar and a realisasi bar for every promise with tagged activities.
    expect(chart.locator("g.point path")).to_have_count(2 * bertanda)
    expect(chart.locator("g.point path").first).to_be_visible()


def test_pohon_kinerja(server: Server, halaman: Page) -> None:
    buka_url(halaman, f"{server.url}/Keterlacakan?pemda=99&tahun=2026&tw=3")
    chart = grafik(halaman, "Pohon kinerja")
    kotak = chart.locator("g.slice")
    expect(kotak.first).to_be_visible()
    assert kotak.count() > 10, kotak.count()  # root, misi, sasaran and IKU boxes (four levels shown)
    expect(chart.get_by_text("Tanpa jalur ke IKU").first).to_be_attached()
    # Clicking a misi goes one level deeper: the path bar above then offers the way back to the root.
    jalur = chart.locator("g.pathbar")
    expect(jalur).to_have_count(0)  # at the root there is no way back to show
    misi = chart.locator("g.slice").filter(has_text="Misi 1").first
    misi.click(position={"x": 8, "y": 6})  # its header strip: the middle is covered by its sasaran
    expect(jalur.first).to_contain_text("Semua program")
