"""The Ringkasan in a real Chromium against a real `streamlit run` server: from a summary number to the page
that explains it, by a click, with the filters (and the date) kept."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from helpers import TUNGGU_MS, Server, hentikan_server, mulai_server, tunggu_selesai
from playwright.sync_api import Locator, Page, expect

from pantau.demo_data import TANGGAL_ACUAN, TINDAK_LANJUT_LEWAT_BATAS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    salinan = tmp_path_factory.mktemp("ringkasan_db") / "pantau.duckdb"
    shutil.copy2(demo_db, salinan)
    server = mulai_server(salinan, tmp_path_factory.mktemp("ringkasan_server") / "streamlit.log")
    yield server
    hentikan_server(server)
    print(f"--- log server {server.url}:\n{server.log_tail()}")  # shown only when a test failed


def metrik(page: Page, label: str) -> Locator:
    """The st.metric labelled exactly `label` (inner locators are built from the page: Playwright reads them
    relative to the element they filter)."""
    return page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]').get_by_text(label, exact=True)
    )


def kartu(page: Page, label: str, tautan: str) -> Locator:
    """The card of the Ringkasan holding that metric and that link: the innermost block with both."""
    return (
        page.locator('[data-testid="stVerticalBlock"]')
        .filter(has=metrik(page, label))
        .filter(has=page.get_by_role("link", name=tautan))
        .last
    )


def test_angka_ringkasan_ke_halaman_tindak_lanjut(server: Server, halaman_web: Page) -> None:
    page = halaman_web
    filter_url = {"pemda": "99", "tahun": "2026", "tw": "3", "tanggal": TANGGAL_ACUAN}
    page.goto(f"{server.url}/?{urlencode(filter_url)}")
    tunggu_selesai(page)
    lewat = len(TINDAK_LANJUT_LEWAT_BATAS)
    label = "Tindak lanjut lewat batas waktu"
    card = kartu(page, label, "Rincian: Tindak Lanjut")
    expect(card.locator('[data-testid="stMetricValue"]')).to_have_text(f"{lewat} dari 14 terbuka")

    # The number's own link, in its card.
    card.get_by_role("link", name="Rincian: Tindak Lanjut").click()
    page.wait_for_url(lambda url: urlparse(url).path == "/Tindak_Lanjut", timeout=TUNGGU_MS)
    tunggu_selesai(page)
    expect(page.locator("h1").first).to_have_text("✅ Tindak Lanjut")
    # Same filters: in the URL, in the sidebar, and in what the page counts.
    query = parse_qs(urlparse(page.url).query)
    for k, v in filter_url.items():
        assert query.get(k) == [v], (k, page.url)
    sidebar = page.locator('[data-testid="stSidebar"]')
    expect(sidebar.get_by_role("combobox", name="Pemerintah daerah", exact=True)).to_have_value(
        "Provinsi Nusa Harapan", timeout=TUNGGU_MS
    )
    expect(sidebar.get_by_role("combobox", name="Tahun", exact=True)).to_have_value("2026")
    expect(sidebar.get_by_role("combobox", name="Triwulan", exact=True)).to_have_value("TW III")
    expect(metrik(page, "Lewat batas waktu").locator('[data-testid="stMetricValue"]')).to_have_text(str(lewat))
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
