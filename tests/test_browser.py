"""The pages in a real Chromium against a real `streamlit run` server, as a user opens them.

What AppTest cannot see is checked here: the page served for a URL typed or shared directly (the
known pitfall is a sub-page URL opened first on a fresh server running without app.py, so without
the menu and the filters), the URL round trip of the filters, the links of the menu, and whether
Plotly actually draws. Debian's Chromium is driven by Playwright (never a downloaded browser);
when it is missing the tests fail, they are never skipped.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from helpers import (
    SEMUA_HALAMAN,
    TUNGGU_MS,
    Halaman,
    Server,
    angka_id,
    daftar_pemda,
    daftar_tahun,
    hentikan_server,
    iku_lapor,
    mulai_server,
    tunggu_selesai,
)
from playwright.sync_api import Locator, Page, expect

from pantau.frame import HALAMAN
from pantau.laporan import BAGIAN_BANDINGKAN, BAGIAN_PERINGKAT

# Pages whose first section (lazy tabs, `?bagian=`) draws no bar chart: the URL opens a section that does (Capaian
# IKU's first is tables, Kabupaten/Kota's a heatmap of tiles).
BAGIAN_BERGRAFIK = {"pages/3_Capaian_IKU.py": BAGIAN_PERINGKAT, "pages/13_Kabupaten_Kota.py": BAGIAN_BANDINGKAN}

pytestmark = pytest.mark.browser

TRIWULAN_TEKS = {1: "TW I", 2: "TW II", 3: "TW III", 4: "TW IV"}


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def db_salinan(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo database for the servers, so nothing a server does touches the session's demo."""
    salinan = tmp_path_factory.mktemp("browser_db") / "pantau.duckdb"
    shutil.copy2(demo_db, salinan)
    return salinan


@pytest.fixture
def server_baru(db_salinan: Path, tmp_path: Path) -> Iterator[Server]:
    """A server of its own for one test, so the test's page is the server's very first request."""
    server = mulai_server(db_salinan, tmp_path / "streamlit.log")
    yield server
    hentikan_server(server)
    print(f"--- log server {server.url}:\n{server.log_tail()}")  # shown only when the test failed


@pytest.fixture(scope="module")
def server(db_salinan: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server shared by the tests that do not depend on being first."""
    server = mulai_server(db_salinan, tmp_path_factory.mktemp("server") / "streamlit.log")
    yield server
    hentikan_server(server)


@pytest.fixture(scope="module")
def layar_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("layar")


# --------------------------------------------------------------------------- helpers


def sidebar(page: Page) -> Locator:
    return page.locator('[data-testid="stSidebar"]')


def menu(page: Page) -> Locator:
    return sidebar(page).locator('[data-testid="stPageLink-NavLink"]')


def label_menu(page: Page) -> list[str]:
    # The links appear a few hundred ms after the run ends (the frontend draws them once it knows
    # the app's pages), so wait for them before reading.
    expect(menu(page)).to_have_count(len(HALAMAN))
    # A link's text is "<material icon ligature>\n\n<label>": the label is the last line.
    return [t.strip().split("\n")[-1].strip() for t in menu(page).all_inner_texts()]


def link_menu(page: Page, label: str) -> Locator:
    semua = label_menu(page)
    assert label in semua, f"menu tanpa {label!r}: {semua}"
    return menu(page).nth(semua.index(label))


def filter_kotak(page: Page, label: str) -> Locator:
    """A sidebar selectbox by its label (rendered as a combobox input named by the label)."""
    return sidebar(page).get_by_role("combobox", name=label, exact=True)


def nilai_metrik(page: Page, label: str) -> Locator:
    """The value of the st.metric labelled exactly `label`."""
    kartu = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]').get_by_text(label, exact=True)
    )
    return kartu.locator('[data-testid="stMetricValue"]')


def url_ke(h: Halaman) -> Callable[[str], bool]:
    return lambda url: urlparse(url).path == h.url_path


def cek_halaman(page: Page, h: Halaman) -> None:
    """What every page must show once its run is over."""
    expect(page.locator("h1").first).to_have_text(h.judul_h1)
    expect(page).to_have_title(f"{h.judul} · Pantau Kinerja")
    assert label_menu(page) == [label for _s, label, _i in HALAMAN]
    for tujuan in SEMUA_HALAMAN:
        href = link_menu(page, tujuan.label).get_attribute("href") or ""
        assert urlparse(href).path.lstrip("/") == tujuan.url_path.lstrip("/"), (tujuan.label, href)
    for label in h.filter:
        expect(filter_kotak(page, label)).to_be_visible()
    expect(sidebar(page).locator('[data-testid="stSelectbox"]')).to_have_count(len(h.filter))
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("h", SEMUA_HALAMAN, ids=[h.label for h in SEMUA_HALAMAN])
def test_url_langsung_server_baru(server_baru: Server, halaman_web: Page, layar_dir: Path, h: Halaman) -> None:
    """Each page opened by its URL as the first request of a fresh server: complete, charts drawn."""
    page = halaman_web
    page.goto(
        server_baru.url + h.url_path + (f"?{urlencode({'bagian': b})}" if (b := BAGIAN_BERGRAFIK.get(h.script)) else "")
    )
    tunggu_selesai(page)
    cek_halaman(page, h)
    if h.ada_grafik:
        # Drawn, not just placed: Plotly's SVG with at least one bar path in it.
        expect(page.locator('[data-testid="stPlotlyChart"] .main-svg').first).to_be_visible(timeout=TUNGGU_MS)
        expect(page.locator('[data-testid="stPlotlyChart"] g.point path').first).to_be_visible(timeout=TUNGGU_MS)
    # The run may have written the filters into the URL; the page stays where it was opened.
    assert urlparse(page.url).path == h.url_path

    berkas = layar_dir / f"{h.label}.png"
    page.screenshot(path=str(berkas))
    data = berkas.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    # A blank or error-only page compresses to a few KB; a drawn page with tables and charts is far larger.
    assert len(data) > 40_000, f"{berkas} hanya {len(data)} byte"
    print(f"tangkapan layar: {berkas}")


def test_url_filter_dan_menu(server: Server, halaman_web: Page, db_salinan: Path) -> None:
    """A shared link `/?pemda=&tahun=&tw=` shows that view, and the menu carries it to every page."""
    page = halaman_web
    pemda = daftar_pemda(db_salinan)[-1]  # a kabupaten/kota, not the default province
    tahun = daftar_tahun(db_salinan)[0]  # the earliest year, not the default latest
    tw = 4
    parameter = {"pemda": pemda.kode, "tahun": str(tahun), "tw": str(tw)}
    awal = next(h for h in SEMUA_HALAMAN if h.script == "app.py")

    page.goto(f"{server.url}/?{urlencode(parameter)}")
    tunggu_selesai(page)
    cek_halaman(page, awal)
    expect(filter_kotak(page, "Pemerintah daerah")).to_have_value(pemda.nama)
    expect(filter_kotak(page, "Tahun")).to_have_value(str(tahun))
    expect(filter_kotak(page, "Triwulan")).to_have_value(TRIWULAN_TEKS[tw])
    # The number on the page is the one for that view.
    lapor, iku = iku_lapor(db_salinan, pemda.kode, tahun, tw)
    expect(nilai_metrik(page, "IKU melapor")).to_have_text(f"{angka_id(lapor)} dari {angka_id(iku)}")
    assert parse_qs(urlparse(page.url).query) == {k: [v] for k, v in parameter.items()}

    # From page to page through the menu (each page's menu must carry the view on, not only the Ringkasan's).
    for h in SEMUA_HALAMAN:
        if h.script == "app.py":
            continue
        link_menu(page, h.label).click()
        page.wait_for_url(url_ke(h))
        expect(page.locator("h1").first).to_have_text(h.judul_h1)
        tunggu_selesai(page)
        cek_halaman(page, h)
        qs = parse_qs(urlparse(page.url).query)
        assert qs.get("tahun") == [str(tahun)], page.url
        assert qs.get("pemda") == [pemda.kode], page.url
        expect(filter_kotak(page, "Tahun")).to_have_value(str(tahun))
        expect(filter_kotak(page, "Pemerintah daerah")).to_have_value(pemda.nama)


def test_ganti_triwulan_di_peramban(server: Server, halaman_web: Page, db_salinan: Path) -> None:
    """Choosing another quarter in the sidebar updates the URL and the numbers."""
    page = halaman_web
    pemda = daftar_pemda(db_salinan)[0]
    tahun = daftar_tahun(db_salinan)[-1]
    page.goto(f"{server.url}/?{urlencode({'pemda': pemda.kode, 'tahun': tahun, 'tw': 4})}")
    tunggu_selesai(page)
    kotak = filter_kotak(page, "Triwulan")
    kotak.click()
    page.get_by_role("option", name=TRIWULAN_TEKS[1], exact=True).click()
    # The script writes the URL while it runs, so once it says tw=1 the rerun has started and
    # "notRunning" means that rerun is over (waiting for it alone could see the state from before).
    # Asserting before the end would be flaky: while a rerun moves elements (the "no realisation"
    # warning comes or goes), the old and the new metric are briefly both on the page.
    page.wait_for_url(re.compile(r"[?&]tw=1(&|$)"))
    tunggu_selesai(page)
    expect(kotak).to_have_value(TRIWULAN_TEKS[1])
    lapor, iku = iku_lapor(db_salinan, pemda.kode, tahun, 1)
    expect(nilai_metrik(page, "IKU melapor")).to_have_text(f"{angka_id(lapor)} dari {angka_id(iku)}")
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
