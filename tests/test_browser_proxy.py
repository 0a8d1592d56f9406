"""Behind an authenticating proxy (issue 18, trusted header mode): a real `streamlit run` server configured with
`server.trustedUserHeaders`, and Chromium sending the headers as the proxy would (on every request, the websocket
included: Streamlit copies them into `st.user` when the websocket connects). The role and scope in the headers
apply; an account the proxy sends without a role gets it from the `pengguna` table; no email, no entry."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from helpers import TUNGGU_MS, VIEWPORT, Server, hentikan_server, mulai_server, tunggu_selesai
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

# What the pemda's proxy puts in each request after authenticating the user (see README, "Di belakang proxy").
HEADER_TEPERCAYA = {
    "X-Forwarded-Email": "email",
    "X-Forwarded-User": "name",
    "X-Pantau-Peran": "peran",
    "X-Pantau-Pemda": "kode_pemda",
    "X-Pantau-Pd": "kode_pd",
}


@pytest.fixture(scope="module")
def server_proxy(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("proxy")
    db = tmp / "pantau.duckdb"
    shutil.copy(demo_db, db)
    kosong = tmp / "secrets.toml"  # no [auth]: the headers alone say who the user is, whatever this machine holds
    kosong.write_text("", encoding="utf-8")
    srv = mulai_server(
        db,
        tmp / "server.log",
        secrets=kosong,
        env_tambahan={"STREAMLIT_SERVER_TRUSTED_USER_HEADERS": json.dumps(HEADER_TEPERCAYA)},
    )
    yield srv
    hentikan_server(srv)


def lewat_proxy(browser: Browser, header: dict[str, str]) -> Page:
    """A browser context whose every request carries the proxy's headers."""
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID", extra_http_headers=header)
    context.set_default_timeout(TUNGGU_MS)
    return context.new_page()


def pilihan_pemda(page: Page) -> list[str]:
    page.get_by_role("combobox", name="Pemerintah daerah").click()
    pilihan = [t.strip() for t in page.get_by_role("option").all_inner_texts()]
    page.keyboard.press("Escape")
    return pilihan


def nama_pemda(db: Path, sql: str) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [n for (n,) in con.execute(sql).fetchall()]
    finally:
        con.close()


def test_header_proxy_memberi_peran_dan_lingkup(server_proxy: Server, browser: Browser, demo_db: Path) -> None:
    # the pimpinan of a kabupaten: that kabupaten only
    page = lewat_proxy(
        browser,
        {"X-Forwarded-Email": "bupati@lembahdamai.example", "X-Forwarded-User": "Pak Bupati",
         "X-Pantau-Peran": "pimpinan", "X-Pantau-Pemda": "99.01"},
    )  # fmt: skip
    try:
        page.goto(server_proxy.url + "/")
        tunggu_selesai(page)
        sidebar = page.get_by_test_id("stSidebar")
        expect(sidebar.get_by_text(re.compile(r"Pak Bupati · Pimpinan .* · 99\.01"))).to_be_visible()
        expect(sidebar.get_by_role("button", name="Keluar")).to_have_count(0)  # the proxy logs out, not the app
        assert pilihan_pemda(page) == nama_pemda(demo_db, "select nama_pemda from pemda where kode_pemda = '99.01'")
        labels = [t.strip().splitlines()[-1] for t in sidebar.locator('[data-testid="stPageLink"]').all_inner_texts()]
        assert "Capaian IKU" in labels and "Impor Data" not in labels and "Data" not in labels
        page.goto(server_proxy.url + "/Capaian_IKU?pemda=99")
        tunggu_selesai(page)
        expect(page.get_by_text(re.compile(r"Pemda 99 di luar lingkup akun Anda"))).to_be_visible()
        expect(page.get_by_test_id("stMetric")).to_have_count(0)
    finally:
        page.context.close()

    # an account the proxy sends without a role: the pengguna table (the demo's governor: pimpinan of the province)
    page = lewat_proxy(browser, {"X-Forwarded-Email": "Gubernur@Nusaharapan.example"})
    try:
        page.goto(server_proxy.url + "/")
        tunggu_selesai(page)
        assert pilihan_pemda(page) == nama_pemda(
            demo_db,
            "select nama_pemda from pemda where kode_pemda = '99' or kode_induk = '99' "
            "order by kode_pemda <> '99', kode_pemda",
        )
    finally:
        page.context.close()

    # straight to the server, without the proxy: no email, nothing served
    page = lewat_proxy(browser, {})
    try:
        page.goto(server_proxy.url + "/")
        tunggu_selesai(page)
        expect(page.get_by_text(re.compile("Identitas Anda tidak diterima dari proxy"))).to_be_visible()
        expect(page.get_by_test_id("stSidebar").locator('[data-testid="stPageLink"]')).to_have_count(0)
    finally:
        page.context.close()
