"""Logging in for real (issue 18): a local OIDC provider (oidc-provider-mock) in the test process, a real
`streamlit run` server on 127.0.0.1 configured with `[auth]` through its own secrets file, and Chromium logging in
through the provider's form. Each role sees its own menu and may do what it may: out-of-scope `?pemda=` and
Eksplorasi `?sql=` say why; the operator's follow-up is in the audit trail with their account and their import of
another OPD's rows is refused with findings naming the rows; the national role reads every pemda; the admin Bappeda
gives an account a role on the Data page (that account then logs in with it) and rolls the batch back on the Impor
Data page, both in the audit trail with the admin's account. Trusted proxy headers: tests/test_browser_proxy.py."""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import duckdb
import pytest
from helpers import (
    REALISASI_PIMPINAN,
    ROOT,
    Server,
    baca_salinan,
    hentikan_server,
    masuk_oidc,
    mulai_server,
    penyedia_oidc,
    port_bebas,
    tunggu_selesai,
)
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

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
    "analis@nusaharapan.example": {"peran": "analis", "kode_pemda": "99", "name": "Bu Analis"},
    "pusat@kemendagri.example": {"peran": "nasional", "name": "Pak Pusat"},
    # no role claim: the role comes from the pengguna table, given by the admin on the Data page
    "kabid.baru@nusaharapan.example": {"name": "Kabid Baru"},
}  # fmt: skip
INDIKATOR_99 = [r for r in csv.DictReader((DEMO / "indikator.csv").open()) if r["kode_pemda"] == "99"]
IKU_OPERATOR = next(r["kode_indikator"] for r in INDIKATOR_99 if r["kode_pd"] == OPERATOR_PD)
IKU_LAIN, PD_LAIN = next((r["kode_indikator"], r["kode_pd"]) for r in INDIKATOR_99 if r["kode_pd"] != OPERATOR_PD)


@pytest.fixture(scope="module")
def penyedia() -> Iterator[str]:
    """The OIDC provider on localhost, with the accounts and their custom claims (`PUT /users/{sub}`)."""
    with penyedia_oidc(AKUN) as url:
        yield url


@pytest.fixture(scope="module")
def server(demo_db: Path, penyedia: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server for the module, on a copy of the demo (`server.db`): the tests write to it."""
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


def baca(server: Server, sql: str) -> list[tuple]:
    """The server's database, read from a copy (the server may be swapping in a new version)."""
    assert server.db is not None
    return baca_salinan(server.db, sql)


def masuk(page: Page, server: Server, email: str, jalur: str = "/") -> None:
    """Open the app, press Masuk, authorise `email` on the provider's form, and come back logged in."""
    page.goto(server.url + jalur)
    masuk_oidc(page, email, server.url, AKUN[email]["name"])


def unduh_csv(page: Page, tombol: str) -> list[dict[str, str]]:
    with page.expect_download() as unduh:
        page.get_by_role("button", name=tombol).click()
    return list(csv.DictReader(Path(unduh.value.path()).read_text(encoding="utf-8-sig").splitlines()))


def pilih(page: Page, kotak: str, opsi: str) -> None:
    """Choose `opsi` in the selectbox labelled `kotak`, typed in first: a long list renders only what is in view.

    A page that was still drawing its first run when the list opened redraws the box and closes the list (the
    option is "detached from the DOM"; seen twice in full suite runs): then the choice is made again, at most three
    times, and the box must show it."""
    k = page.get_by_role("combobox", name=kotak, exact=True)
    for _ in range(3):
        tunggu_selesai(page)
        k.scroll_into_view_if_needed()
        k.click()
        page.keyboard.type(opsi)
        try:
            page.get_by_role("option", name=opsi, exact=True).click(timeout=10_000)
            break
        except PlaywrightTimeoutError:
            page.keyboard.press("Escape")
    expect(k).to_have_value(opsi)


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
    # follow-ups: read, never recorded
    page.goto(f"{server.url}/Tindak_Lanjut?pemda=99")
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile("peran Anda membaca saja"))).to_be_visible()
    expect(page.get_by_role("button", name="Simpan")).to_have_count(0)
    # a page the role may not use is refused when opened by URL
    page.goto(f"{server.url}/Impor_Data")
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile("tidak tersedia untuk peran"))).to_be_visible()


def test_operator_menu_lingkup_tindak_lanjut_dan_impor_opd_lain(
    server: Server, halaman_web: Page, tmp_path: Path
) -> None:
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
    pilih(page, "OPD yang bertanggung jawab", NAMA_PD)
    page.get_by_label("Tindak lanjut: apa yang harus dilakukan").fill("Uji jejak audit: laporkan progres lelang.")
    page.get_by_role("button", name="Simpan").click()
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile(r"ditambahkan \(batch impor \d+\)"))).to_be_visible()

    # an import with a row of their OPD, one of another OPD and one of a kabupaten: refused, the rows named
    batch_sebelum = baca(server, "select count(*) from impor_batch")
    berkas = tmp_path / "realisasi.csv"
    berkas.write_text(
        "kode_pemda,kode_indikator,tahun,periode,realisasi\n"
        f"99,{IKU_OPERATOR},2026,TW4,1\n99,{IKU_LAIN},2026,TW4,1\n99.01,IKU-KAB-P01,2026,TW4,1\n",
        encoding="utf-8",
    )
    page.goto(f"{server.url}/Impor_Data?pemda=99")
    tunggu_selesai(page)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(berkas))
    expect(page.get_by_text(re.compile(r"2 galat: berkas tidak dapat diimpor"))).to_be_visible()
    expect(page.get_by_role("button", name="Impor sekarang")).to_have_count(0)
    temuan = {(int(float(r["baris"])), r["kolom"], r["pesan"]) for r in unduh_csv(page, "Unduh temuan (CSV)")}
    assert temuan == {
        (
            3,
            "kode_indikator",
            f"Baris milik OPD {PD_LAIN}: operator OPD hanya mengimpor baris OPD-nya ({OPERATOR_PD}).",
        ),
        (4, "kode_pemda", "Baris milik pemda 99.01, di luar lingkup akun Anda; tidak boleh diimpor."),
    }, temuan
    assert baca(server, "select count(*) from impor_batch") == batch_sebelum  # nothing written
    # their own OPD's row alone is imported, as their account
    berkas.write_text(
        f"kode_pemda,kode_indikator,tahun,periode,realisasi\n99,{IKU_OPERATOR},2026,TW4,1\n", encoding="utf-8"
    )
    page.goto(f"{server.url}/Impor_Data?pemda=99")  # a fresh uploader (it keeps adding files otherwise)
    tunggu_selesai(page)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(berkas))
    page.get_by_role("button", name="Impor sekarang").click()
    berhasil = page.get_by_text(re.compile(r"Impor berhasil sebagai batch \d+"))
    expect(berhasil).to_be_visible()
    batch_impor = int(re.search(r"batch (\d+)", berhasil.inner_text()).group(1))
    assert baca(server, f"select pengguna from impor_batch where batch_id = {batch_impor}") == [
        ("operator@nusaharapan.example",)
    ]

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
    impor = [r for r in csv.DictReader(isi.splitlines()) if r["batch_id"] and int(float(r["batch_id"])) == batch_impor]
    assert [(r["aksi"], r["pengguna"], r["peran"]) for r in impor] == [
        ("impor", "operator@nusaharapan.example", "operator_opd")
    ]


def test_analis_eksplorasi_hanya_pemdanya(server: Server, halaman_web: Page) -> None:
    page = halaman_web
    masuk(page, server, "analis@nusaharapan.example")
    m = menu(page)
    assert "Eksplorasi" in m and "Capaian IKU" in m and "Impor Data" not in m and "Data" not in m
    page.goto(f"{server.url}/Impor_Data?pemda=99")
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile("tidak tersedia untuk peran Analis"))).to_be_visible()
    expect(page.locator('[data-testid="stFileUploader"]')).to_have_count(0)
    page.goto(f"{server.url}/?pemda=99.01")
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile(r"Pemda 99\.01 di luar lingkup akun Anda"))).to_be_visible()
    # SQL over the whole file: only their pemda is there
    page.goto(
        f"{server.url}/Eksplorasi?" + urlencode({"pemda": "99", "sql": "select distinct kode_pemda from realisasi"})
    )
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile(r"^1 baris · 1 kolom"))).to_be_visible()
    expect(page.get_by_text(re.compile("hanya berisi data pemda 99"))).to_be_visible()
    # SQL naming another pemda: nothing, and why
    sql = "select * from realisasi where kode_pemda = '99.01'"
    page.goto(f"{server.url}/Eksplorasi?" + urlencode({"pemda": "99", "sql": sql}))
    tunggu_selesai(page)
    expect(page.get_by_test_id("stAlert").filter(has_text="tidak menghasilkan baris")).to_contain_text(
        "Pemda lain di luar lingkup akun Anda"
    )
    assert baca(server, "select count(*) from realisasi where kode_pemda = '99.01'")[0][0] > 0  # they exist


def test_nasional_semua_pemda(server: Server, halaman_web: Page, demo_db: Path) -> None:
    page = halaman_web
    masuk(page, server, "pusat@kemendagri.example")
    m = menu(page)
    assert "Eksplorasi" in m and "Impor Data" not in m and "Data" not in m
    page.goto(f"{server.url}/?pemda=*&tahun=2026&tw=3")
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile(r"^Semua pemda \(nasional\) · 2026"))).to_be_visible()
    kotak = page.get_by_role("combobox", name="Pemerintah daerah")
    kotak.click()
    pilihan = [t.strip() for t in page.get_by_role("option").all_inner_texts()]
    page.keyboard.press("Escape")
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        semua_pemda = {n for (n,) in con.execute("select nama_pemda from pemda").fetchall()}
        (pemda_lapor,) = con.execute("select count(distinct kode_pemda) from realisasi").fetchone()
        # IKU that must report at TW3 2026 (target that year, not tahunan) and did with a verified value, over every pemda
        lapor, wajib = con.execute(
            f"""
            select count(distinct r.kode_pemda || '|' || r.kode_indikator), count(distinct (i.kode_pemda, i.kode_indikator))
            from indikator i
            left join {REALISASI_PIMPINAN} r on r.kode_pemda = i.kode_pemda and r.kode_indikator = i.kode_indikator
                and r.tahun = 2026 and r.periode = 'TW3'
            where i.jenis in ('IKU_PEMDA', 'IKU_PD') and coalesce(lower(i.frekuensi), 'triwulanan') <> 'tahunan'
                and exists (select 1 from target t where t.kode_pemda = i.kode_pemda
                            and t.kode_indikator = i.kode_indikator and t.tahun = 2026)
            """
        ).fetchone()
    finally:
        con.close()
    assert set(pilihan) == semua_pemda | {"Semua pemda (nasional)"} and len(semua_pemda) == 4
    teks = " ".join(page.get_by_test_id("stMetric").all_inner_texts()).replace(".", "")
    assert f"{lapor} dari {wajib}" in teks, teks
    # Eksplorasi over the whole file
    page.goto(
        f"{server.url}/Eksplorasi?" + urlencode({"pemda": "*", "sql": "select distinct kode_pemda from realisasi"})
    )
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile(rf"^{pemda_lapor} baris · 1 kolom"))).to_be_visible()


def test_admin_memberi_peran_lalu_membatalkan_batchnya(server: Server, halaman_web: Page) -> None:
    page = halaman_web
    masuk(page, server, "admin@nusaharapan.example")
    page.goto(f"{server.url}/Data?pemda=99")
    tunggu_selesai(page)
    expect(page.get_by_role("heading", name="Pengguna", exact=True)).to_be_visible()
    page.get_by_label("Email akun").fill("Kabid.Baru@nusaharapan.example")
    page.get_by_label("Nama", exact=True).fill("Kabid Baru")
    pilih(page, "Peran", "Analis")
    page.get_by_role("button", name="Simpan akun").click()
    tunggu_selesai(page)
    sukses = page.get_by_text(re.compile(r"Akun kabid\.baru@nusaharapan\.example ditambahkan \(batch impor \d+"))
    expect(sukses).to_be_visible()
    batch = int(re.search(r"batch impor (\d+)", sukses.inner_text()).group(1))
    assert baca(
        server, "select kode_pemda, peran, nama from pengguna where email = 'kabid.baru@nusaharapan.example'"
    ) == [("99", "analis", "Kabid Baru")]

    # that account (no role claim) logs in, in its own browser, and is an analis of pemda 99
    lain = page.context.browser.new_context(viewport=page.viewport_size, locale="id-ID")
    try:
        kabid = lain.new_page()
        masuk(kabid, server, "kabid.baru@nusaharapan.example")
        m = menu(kabid)
        assert "Eksplorasi" in m and "Data" not in m and "Impor Data" not in m
        expect(kabid.get_by_test_id("stSidebar").get_by_text(re.compile("Analis · 99"))).to_be_visible()

        # the admin rolls the batch back on the Impor Data page
        page.goto(f"{server.url}/Impor_Data?pemda=99")
        tunggu_selesai(page)
        pilih(page, "Batch", str(batch))
        page.get_by_text("Saya yakin membatalkan batch ini").click()
        page.get_by_role("button", name="Batalkan batch").click()
        tunggu_selesai(page)
        expect(page.get_by_text(f"Batch {batch} dibatalkan (pengguna: 1).")).to_be_visible()
        assert baca(server, "select count(*) from pengguna where email = 'kabid.baru@nusaharapan.example'") == [(0,)]
        kabid.reload()
        tunggu_selesai(kabid)
        expect(kabid.get_by_text(re.compile("belum diberi peran"))).to_be_visible()
    finally:
        lain.close()

    # both in the audit trail, with the admin's account
    page.goto(f"{server.url}/Data?pemda=99")
    tunggu_selesai(page)
    jejak = [
        (r["aksi"], r["pengguna"], r["peran"], r["pemda"])
        for r in unduh_csv(page, "Unduh jejak audit (CSV)")
        if r["batch_id"] and int(float(r["batch_id"])) == batch
    ]
    assert jejak == [
        ("batal", "admin@nusaharapan.example", "admin_bappeda", "99"),
        ("pengguna", "admin@nusaharapan.example", "admin_bappeda", "99"),
    ], jejak
