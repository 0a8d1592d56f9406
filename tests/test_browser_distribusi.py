"""Distribusi Jadwal in a real Chromium against a real `streamlit run` server: the heatmap and the S-curve are
drawn (Plotly's SVG holds the heatmap image and the curve's lines), not just placed on the page; the page's sections
are lazy tabs bound to the URL (`?bagian=`)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from helpers import Server, hentikan_server, mulai_server
from playwright.sync_api import Locator, Page, expect

from pantau.demo_data import Q4_PILEUP_PD
from pantau.laporan import BAGIAN_SEBARAN, BAGIAN_SERAPAN

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("PANTAU_CHROMIUM", "/usr/bin/chromium"))
TUNGGU_MS = 60_000


@pytest.fixture(scope="module")
def server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    # A copy of the demo for the server, so nothing it does touches the session's database.
    salinan = tmp_path_factory.mktemp("distribusi_db") / "pantau.duckdb"
    shutil.copy2(demo_db, salinan)
    server = mulai_server(salinan, tmp_path_factory.mktemp("distribusi_server") / "streamlit.log")
    yield server
    hentikan_server(server)


@pytest.fixture
def page(halaman_web: Page) -> Page:
    """The shared browser page (tests/conftest.py: Debian's Chromium, no JS errors allowed)."""
    return halaman_web


def grafik(page: Page, judul: str) -> Locator:
    """The Plotly chart whose title contains `judul`."""
    return page.locator('[data-testid="stPlotlyChart"]').filter(has=page.locator(".gtitle", has_text=judul))


def test_peta_panas_dan_kurva_s_tergambar(server: Server, page: Page) -> None:
    opd = Q4_PILEUP_PD[0]
    page.goto(
        f"{server.url}/Distribusi_Jadwal?{urlencode({'pemda': '99', 'tahun': '2026', 'tw': '3', 'opd': opd, 'bagian': BAGIAN_SERAPAN})}"
    )
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(timeout=TUNGGU_MS)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)

    # S-curve of the OPD named in the URL: the plan and the realisation are drawn as lines, with the target
    # band of each of the twelve months (interpolated between quarter ends) as bars.
    kurva = grafik(page, "Kurva S serapan anggaran: Dinas")
    kurva.scroll_into_view_if_needed()
    expect(kurva).to_have_count(1)
    garis = kurva.locator("g.scatterlayer g.trace path.js-line")
    expect(garis).to_have_count(2)
    expect(garis.first).to_be_visible()
    expect(garis.nth(1)).to_be_visible()
    # A drawn line has a real path (an undrawn one has an empty or missing "d").
    for i in range(2):
        assert len(garis.nth(i).get_attribute("d") or "") > 20
    expect(kurva.locator("g.barlayer g.point path")).to_have_count(12)
    expect(kurva.locator("g.legend")).to_contain_text("Realisasi (kumulatif)")

    # The other sections are not sent until opened: a click on the first tab runs it and the URL follows.
    expect(grafik(page, "Peta pelaksanaan kegiatan per OPD dan bulan")).to_have_count(0)
    page.get_by_role("tab", name=BAGIAN_SEBARAN).click()
    # (the first section is the default: the URL then names none, as a link to the page does)
    page.wait_for_url(lambda u: "bagian=" not in u, timeout=TUNGGU_MS)
    expect(grafik(page, "Kurva S serapan anggaran")).to_have_count(0, timeout=TUNGGU_MS)
    # Heatmap: Plotly paints the cells into an <image> inside the heatmap trace group.
    peta = grafik(page, "Peta pelaksanaan kegiatan per OPD dan bulan")
    peta.scroll_into_view_if_needed()
    expect(peta.locator("g.hm image")).to_have_count(1)
    expect(peta.locator("g.hm image")).to_be_visible()
    # Row labels (one per OPD) are drawn too.
    expect(peta.locator("g.ytick text").first).to_be_visible()
