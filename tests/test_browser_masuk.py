"""Logging in for real (issue 18): a local OIDC provider (oidc-provider-mock) in the test process, a real
`streamlit run` server on 127.0.0.1 configured with `[auth]` through its own secrets file, and Chromium logging in
through the provider's form. Each role sees its own menu; an out-of-scope `?pemda=` says why; a follow-up saved by
the logged-in operator is in the audit trail the admin Bappeda reads on the Data page."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import ROOT, Server, hentikan_server, mulai_server, port_bebas, tunggu_selesai
from oidc_provider_mock import run_server_in_thread
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

DEMO = ROOT / "data" / "demo"
OPERATOR_PD = next(r["kode_pd"] for r in csv.DictReader((DEMO / "pengguna.csv").open()) if r["peran"] == "operator_opd")
NAMA_PD = next(r["nama_pd"] for r in csv.DictReader((DEMO / "perangkat_daerah.csv").open())
               if r["kode_pemda"] == "99" and r["kode_pd"] == OPERATOR_PD)  # fmt: skip
AKUN = {
    "pimpinan@nusaharapan.example": {"peran": "pimpinan", "kode_pemda": "99", "name": "Ibu Gubernur"},
    "operator@nusaharapan.example": {"peran": "operator_opd", "kode_pemda": "99", "kode_pd": OPERATOR_PD,
                                     "name": "Pak Operator"},
    "admin@nusaharapan.example": {"peran": "admin_bappeda", "kode_pemda": "99", "name": "Admin Bappeda"},
}  # fmt: skip


@pytest.fixture(scope="module")
def penyedia() -> Iterator[str]:
    """The OIDC provider on localhost, with the accounts and their custom claims (`PUT /users/{sub}`)."""
    lama = os.environ.get("AUTHLIB_INSECURE_TRANSPORT")
    os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"  # plain http on the loopback, in the provider (this process)
    try:
        with run_server_in_thread() as srv:
            url = f"http://localhost:{srv.server_port}"
            for sub, klaim in AKUN.items():
                req = urllib.request.Request(
                    f"{url}/users/{sub}",
                    data=json.dumps({"email": sub, **klaim}).encode(),
                    method="PUT",
                    headers={"Content-Type": "application/json"},
                )
                with urllib.request.urlopen(req, timeout=10) as resp:
                    assert resp.status in (200, 204)
            yield url
    finally:
        if lama is None:
            os.environ.pop("AUTHLIB_INSECURE_TRANSPORT", None)
        else:
            os.environ["AUTHLIB_INSECURE_TRANSPORT"] = lama


@pytest.fixture(scope="module")
def server(demo_db: Path, penyedia: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("masuk")
    db = tmp / "pantau.duckdb"
    shutil.copy(demo_db, db)  # the operator saves a follow-up: a copy
    port = port_bebas()
    secrets = tmp / "secrets.toml"  # never the developer's .streamlit/secrets.toml
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "rahasia-uji-yang-cukup-panjang-untuk-cookie"\n'
        'client_id = "pantau"\n'
        'client_secret = "rahasia"\n'
        f'server_metadata_url = "{penyedia}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    srv = mulai_server(
        db, tmp / "server.log", port=port, secrets=secrets, env_tambahan={"AUTHLIB_INSECURE_TRANSPORT": "1"}
    )
    yield srv
    hentikan_server(srv)


def masuk(page: Page, server: Server, email: str, jalur: str = "/") -> None:
    """Open the app, press Masuk, authorise `email` on the provider's form, and come back logged in."""
    page.goto(server.url + jalur)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(re.compile(r"/oauth2/authorize"))
    page.locator('input[name="sub"]').fill(email)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(re.compile(re.escape(server.url)))
    tunggu_selesai(page)
    expect(page.get_by_test_id("stSidebar").get_by_text(AKUN[email]["name"])).to_be_visible()


def menu(page: Page) -> list[str]:
    tautan = page.get_by_test_id("stSidebar").locator('[data-testid="stPageLink"]')
    expect(tautan.first).to_be_visible()
    return [t.strip().splitlines()[-1] for t in tautan.all_inner_texts()]  # the label, after the icon's name


def test_pimpinan_menu_dan_pemda_di_luar_lingkup(server: Server, halaman_web: Page) -> None:
    page = halaman_web
    masuk(page, server, "pimpinan@nusaharapan.example")
    m = menu(page)
    assert "Capaian IKU" in m and "Tindak Lanjut" in m
    assert "Impor Data" not in m and "Eksplorasi" not in m and "Data" not in m
    # a province's pimpinan reads its kabupaten/kota, not the national view
    page.goto(f"{server.url}/?pemda=*")
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile("hanya untuk peran nasional"))).to_be_visible()
    # a page the role may not use is refused when opened by URL
    page.goto(f"{server.url}/Impor_Data")
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile("tidak tersedia untuk peran"))).to_be_visible()


def test_operator_menu_lingkup_dan_tindak_lanjut_di_jejak_audit(server: Server, halaman_web: Page) -> None:
    page = halaman_web
    masuk(page, server, "operator@nusaharapan.example")
    m = menu(page)
    assert "Impor Data" in m and "Eksplorasi" not in m and "Data" not in m
    page.goto(f"{server.url}/?pemda=99.01")  # a kabupaten: outside an operator of the province
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile(r"Pemda 99\.01 di luar lingkup akun Anda"))).to_be_visible()

    # record a follow-up for their OPD
    page.goto(f"{server.url}/Tindak_Lanjut?pemda=99")
    tunggu_selesai(page)
    kotak = page.get_by_role("combobox", name="OPD yang bertanggung jawab")
    kotak.scroll_into_view_if_needed()
    kotak.click()
    page.get_by_role("option", name=NAMA_PD, exact=True).click()
    page.get_by_label("Tindak lanjut: apa yang harus dilakukan").fill("Uji jejak audit: laporkan progres lelang.")
    page.get_by_role("button", name="Simpan").click()
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile(r"ditambahkan \(batch impor \d+\)"))).to_be_visible()

    # the admin Bappeda reads it in the audit trail, with the operator's account
    page.context.clear_cookies()
    masuk(page, server, "admin@nusaharapan.example")
    assert "Data" in menu(page)
    page.goto(f"{server.url}/Data?pemda=99")
    tunggu_selesai(page)
    expect(page.get_by_role("heading", name="Jejak audit")).to_be_visible()
    tabel = page.get_by_test_id("stDataFrame").last
    tabel.scroll_into_view_if_needed()
    expect(page.get_by_role("button", name="Unduh jejak audit (XLSX)")).to_be_visible()
    with page.expect_download() as unduh:
        page.get_by_role("button", name="Unduh jejak audit (CSV)").click()
    isi = Path(unduh.value.path()).read_text(encoding="utf-8-sig")
    baris = [r for r in csv.DictReader(isi.splitlines()) if r["aksi"] == "tindak_lanjut"]
    assert baris and baris[0]["pengguna"] == "operator@nusaharapan.example", isi[:2000]
    assert baris[0]["peran"] == "operator_opd" and baris[0]["pemda"] == "99"
