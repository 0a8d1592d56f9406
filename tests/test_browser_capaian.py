"""Capaian IKU in a real Chromium against a real `streamlit run` server: the drill-down to one IKU.

Choosing an IKU in the "Indikator" box draws its chart, shows its capaian (to date, computed
here from the base tables by CONTRACT.md v2) and puts its code in the URL; opening that link shows the
same IKU, and an IKU whose report for the quarter is missing gets the quarter marked on its chart.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from helpers import Server, capaian_acuan, hentikan_server, mulai_server, predikat_acuan, tunggu_selesai
from playwright.sync_api import Locator, Page, expect

from pantau.demo_data import MISSING_REPORT, RED_IKU
from pantau.laporan import BAGIAN_RINCIAN

pytestmark = pytest.mark.browser

FILTER = {"pemda": "99", "tahun": "2026", "tw": "3"}


@pytest.fixture(scope="module")
def server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    # A copy of the demo for the server, so nothing it does touches the session's database.
    salinan = tmp_path_factory.mktemp("capaian_db") / "pantau.duckdb"
    shutil.copy2(demo_db, salinan)
    server = mulai_server(salinan, tmp_path_factory.mktemp("capaian_server") / "streamlit.log")
    yield server, salinan
    hentikan_server(server)


def grafik(page: Page, judul: str) -> Locator:
    """The Plotly chart whose title contains `judul`."""
    return page.locator('[data-testid="stPlotlyChart"]').filter(has=page.locator(".gtitle", has_text=judul))


def nilai_metrik(page: Page, label: str) -> Locator:
    kartu = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]').get_by_text(label, exact=True)
    )
    return kartu.locator('[data-testid="stMetricValue"]')


def capaian_indikator(db: Path, kode: str) -> float:
    """The IKU's 2026 TW III capaian to date, reported that quarter or not (contract v2), computed from the base
    tables (tests/helpers.py), not read from a view."""
    nilai = capaian_acuan(db, "99", 2026, 3, cakupan="wajib")[kode]
    assert nilai is not None
    return nilai


def warna_predikat(db: Path, kode: str) -> str:
    """The scale colour of the IKU's 2026 TW III capaian, by the configured bounds (skala_predikat)."""
    return predikat_acuan(db, capaian_indikator(db, kode))[1]


def warna_hex_ke_rgb(warna: str) -> str:
    """'#d1242f' → 'rgb(209, 36, 47)', as the browser writes an SVG fill."""
    r, g, b = (int(warna[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_rincian_satu_iku(server: tuple[Server, Path], halaman_web: Page) -> None:
    srv, db = server
    page = halaman_web
    page.goto(f"{srv.url}/Capaian_IKU?{urlencode(FILTER)}")
    tunggu_selesai(page)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)

    # The drill-down is a section of its own, run when its tab is opened (issue 21).
    expect(page.get_by_role("combobox", name="Indikator", exact=True)).to_have_count(0)
    page.get_by_role("tab", name=BAGIAN_RINCIAN).click()
    page.wait_for_url(re.compile(r"[?&]bagian=Rincian"))
    tunggu_selesai(page)
    # Choose a red IKU in the drill-down box, by typing its code.
    kode = RED_IKU[-1]
    kotak = page.get_by_role("combobox", name="Indikator", exact=True)
    kotak.scroll_into_view_if_needed()
    kotak.click()
    page.keyboard.type(kode)
    page.get_by_role("option", name=re.compile(re.escape(f"({kode})"))).click()
    # The script writes the URL while it runs: once it names the IKU, the rerun has started.
    page.wait_for_url(re.compile(rf"[?&]iku={re.escape(kode)}(&|$)"))
    tunggu_selesai(page)
    assert parse_qs(urlparse(page.url).query)["iku"] == [kode]

    # Its capaian, computed from the base tables, in Indonesian format.
    harap = f"{capaian_indikator(db, kode):.1f}".replace(".", ",") + " %"
    expect(nilai_metrik(page, "Capaian s.d. TW III")).to_have_text(harap)

    # The chart is drawn: bars for last year and this year, the target lines, the legend.
    rinci = grafik(page, "Target dan realisasi s.d. triwulan")
    rinci.scroll_into_view_if_needed()
    expect(rinci).to_have_count(1)
    expect(rinci.locator("g.trace.bars")).to_have_count(2)
    expect(rinci.locator("g.trace.bars g.point path").first).to_be_visible()
    expect(rinci.locator("g.scatterlayer g.trace path.js-line").first).to_be_visible()
    expect(rinci.locator("g.legend")).to_contain_text("Realisasi s.d. TW 2025")
    expect(rinci.locator("g.legend")).to_contain_text("Target tahunan")
    # A red IKU: this year's bar of TW III is painted in its predikat's colour from skala_predikat.
    merah = warna_hex_ke_rgb(warna_predikat(db, kode))
    expect(rinci.locator("g.trace.bars").nth(1).locator("g.point path").nth(2)).to_have_attribute(
        "style", re.compile(re.escape(f"fill: {merah}"))
    )
    expect(rinci.locator("g.annotation")).to_have_count(0)

    # The link names the IKU: opened afresh, the same drill-down. An IKU with a missing report has its
    # quarter marked on the chart.
    hilang = MISSING_REPORT[0]
    page.goto(f"{srv.url}/Capaian_IKU?{urlencode({**FILTER, 'iku': hilang, 'bagian': BAGIAN_RINCIAN})}")
    tunggu_selesai(page)
    kotak = page.get_by_role("combobox", name="Indikator", exact=True)
    expect(kotak).to_have_value(re.compile(re.escape(f"({hilang})")))
    rinci = grafik(page, "Target dan realisasi s.d. triwulan")
    rinci.scroll_into_view_if_needed()
    expect(rinci.locator("g.annotation")).to_have_count(1)
    expect(rinci.locator("g.annotation")).to_contain_text("belum lapor")
    # Contract v2: the unreported quarter still has its capaian to date (from TW I–II), computed from the base tables.
    expect(nilai_metrik(page, "Capaian s.d. TW III")).to_have_text(
        f"{capaian_indikator(db, hilang):.1f}".replace(".", ",") + " %"
    )
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
