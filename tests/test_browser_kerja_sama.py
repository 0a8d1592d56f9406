"""Kerja Sama Daerah, Perjanjian Kinerja, SAKIP and Kabupaten/Kota in a real Chromium: one test per page, for
what only a browser shows (charts drawn with the planted situations in them, a URL-bound page filter, a download).

The generic browser tests (tests/test_browser.py) already open every page by its URL on a fresh server.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Server, buka, hentikan_server, mulai_server
from playwright.sync_api import Browser, Locator, Page, expect

from pantau import demo_data as dd
from pantau import format as fmt

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("PANTAU_CHROMIUM", "/usr/bin/chromium"))
TUNGGU_MS = 60_000


@pytest.fixture(scope="module")
def server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    salinan = tmp_path_factory.mktemp("browser_kerja_sama") / "pantau.duckdb"
    shutil.copy2(demo_db, salinan)
    s = mulai_server(salinan, tmp_path_factory.mktemp("server_kerja_sama") / "streamlit.log")
    yield s
    hentikan_server(s)


@pytest.fixture
def halaman(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 2400}, locale="id-ID", accept_downloads=True)
    context.set_default_timeout(TUNGGU_MS)
    page = context.new_page()
    galat: list[str] = []
    page.on("pageerror", lambda e: galat.append(str(e)))
    yield page
    context.close()
    assert galat == [], f"galat JavaScript di halaman: {galat}"


def tunggu(page: Page) -> None:
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(timeout=TUNGGU_MS)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def buka_url(page: Page, url: str) -> None:
    page.goto(url)
    tunggu(page)


def grafik(page: Page, judul: str) -> Locator:
    """The Plotly chart whose title contains `judul`, once Plotly has drawn its SVG."""
    chart = page.locator('[data-testid="stPlotlyChart"]').filter(has_text=judul)
    expect(chart.locator(".main-svg").first).to_be_visible(timeout=TUNGGU_MS)
    return chart


def nilai_metrik(page: Page, label: str) -> Locator:
    kartu = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]').get_by_text(label, exact=True)
    )
    return kartu.locator('[data-testid="stMetricValue"]')


def test_kerja_sama_grafik_dan_unduhan(server: Server, halaman: Page, demo_db: Path) -> None:
    with buka(demo_db) as c:
        (jumlah,) = c.execute(
            "select count(*) from kerja_sama as k join perangkat_daerah as pd using (kode_pd)"
            " where pd.kode_pemda = '99' and k.tanggal_berakhir >= date '2026-01-01'"
            " and k.tanggal_mulai <= date '2026-12-31'"
        ).fetchone()
    buka_url(halaman, f"{server.url}/Kerja_Sama?pemda=99&tahun=2026&tanggal={dd.TANGGAL_ACUAN}")
    expect(nilai_metrik(halaman, "Kerja sama berlaku")).to_have_text(fmt.angka(jumlah))
    expect(nilai_metrik(halaman, "Belum direncanakan")).to_have_text(fmt.angka(len(dd.KERJA_SAMA_TIDAK_TERINTEGRASI)))
    # The stacked bars per OPD: one bar segment per (OPD, status), each a drawn path; the OPDs of the planted
    # non-integrated agreements (Dishut, Dispar, Dishub) are among the row labels, with their share.
    chart = grafik(halaman, "Per OPD pengampu")
    expect(chart.locator("g.point path").first).to_be_visible()
    teks = " ".join(chart.locator("g.ytick text").all_text_contents())
    for opd in ("Dishut · 0 %", "Dishub · 0 %", "Dispar · 50 %"):
        assert opd in teks, teks
    # The XLSX download is a real workbook (a zip) with both sheets' data.
    with halaman.expect_download() as unduhan:
        halaman.get_by_role("button", name="Unduh daftar dan sub kegiatan (XLSX)").click()
    isi = Path(unduhan.value.path()).read_bytes()
    assert isi.startswith(b"PK\x03\x04") and len(isi) > 5_000


def test_perjanjian_kinerja_ditandai(server: Server, halaman: Page, demo_db: Path) -> None:
    with buka(demo_db) as c:
        (nama,) = c.execute(
            "select nama_pd from perangkat_daerah where kode_pd = ?", [dd.PK_BELUM_DITANDATANGANI_PD]
        ).fetchone()
    buka_url(halaman, f"{server.url}/Perjanjian_Kinerja?pemda=99&tahun=2026&tanggal={dd.TANGGAL_ACUAN}")
    # The unsigned PK flagged by name, 229 days past 28 February on 15 October.
    tanda = halaman.locator('[data-testid="stAlert"]').filter(has_text="belum menandatangani")
    expect(tanda).to_have_count(1)
    expect(tanda).to_contain_text(nama)
    expect(tanda).to_contain_text("229 hari lewat batas 28 Februari 2026")
    # The signing dates: one marker per signed OPD, the unsigned one as a cross on the "Per tanggal" line.
    chart = grafik(halaman, "Tanggal penandatanganan PK per OPD")
    expect(chart.locator("g.trace.scatter").nth(1).locator("path.point")).to_have_count(1)
    expect(chart.get_by_text("Batas", exact=True)).to_be_visible()
    # Indonesian month names on the axis, not Plotly's English ones.
    ticks = " ".join(chart.locator("g.xtick text").all_text_contents())
    assert "Mei" in ticks and "Okt" in ticks and "May" not in ticks, ticks


def test_sakip_panel_per_pemda(server: Server, halaman: Page) -> None:
    buka_url(halaman, f"{server.url}/SAKIP?pemda=99&tahun=2026")
    expect(nilai_metrik(halaman, "Nilai SAKIP 2025")).to_have_text("73,21")
    chart = grafik(halaman, "Nilai SAKIP tingkat pemda")
    # Four panels (province and three kab/kota) of four years: 16 bars, the years as categories ("2025", not
    # "2.025"), and the province's target line labelled.
    expect(chart.locator("g.point path")).to_have_count(16)
    ticks = chart.locator("g.xtick text").all_text_contents()
    assert "2025" in ticks and not any("." in t for t in ticks), ticks
    expect(chart.get_by_text("target A").first).to_be_visible()
    # The tile map of OPD × year draws its tiles with the predikat text, in its section (a lazy tab).
    halaman.get_by_role("tab", name="Sebaran predikat OPD").click()
    halaman.wait_for_url(re.compile(r"[?&]bagian=Sebaran"))
    tunggu(halaman)
    ubin = grafik(halaman, "Predikat SAKIP OPD per tahun")
    expect(ubin.get_by_text("B 70,0").first).to_be_visible()  # Dishub 2025: exactly 70 is B


def test_kabupaten_kota_pilih_indikator(server: Server, halaman: Page, demo_db: Path) -> None:
    buka_url(halaman, f"{server.url}/Kabupaten_Kota?pemda=99&tahun=2026&tw=3")
    # The region picture: the stunting row shows each pemda's TW III realisation.
    with buka(demo_db) as c:
        nilai = [
            v
            for (v,) in c.execute(
                "select realisasi from realisasi where tahun = 2026 and periode = 'TW3'"
                " and list_contains(?, kode_indikator)",
                [list(dd.KODE_REFERENSI["REF-STUNTING"])],
            ).fetchall()
        ]
    wilayah = grafik(halaman, "Gambaran wilayah")
    for v in nilai:
        expect(wilayah.get_by_text(re.compile(rf"^{re.escape(fmt.angka(v, 2))}")).first).to_be_visible()
    # One indicator is its own section (a lazy tab): opened, it runs and the URL names it.
    halaman.get_by_role("tab", name="Bandingkan satu indikator").click()
    halaman.wait_for_url(re.compile(r"[?&]bagian=Bandingkan"))
    tunggu(halaman)
    # Choosing an indicator puts it in the URL (Streamlit writes the option as shown) and redraws the ranking.
    kotak = halaman.get_by_role("combobox", name="Indikator", exact=True)
    kotak.click()
    halaman.get_by_role("option", name="Tingkat Pengangguran Terbuka", exact=True).click()
    halaman.wait_for_url(re.compile(r"[?&]indikator=Tingkat\+Pengangguran\+Terbuka(&|$)"))
    tunggu(halaman)
    expect(kotak).to_have_value("Tingkat Pengangguran Terbuka")
    peringkat = grafik(halaman, "Peringkat capaian")
    expect(peringkat.locator("g.point path")).to_have_count(4)
    expect(grafik(halaman, "Tingkat Pengangguran Terbuka (persen)").locator(".main-svg").first).to_be_visible()
