"""The quarter's reporting in a real browser (issue 19 "Done when"): real logins through a local OIDC provider, a
real `streamlit run` server on a copy of the demo province, with today injected as 11/10/2026, one day after the
TW III 2026 deadline (30/09 + batas_lapor_hari 10 = 10/10/2026).

The operator of Dinas Pendidikan finds the quarter locked; the admin Bappeda reopens it (audit trail); the operator
enters the quarter with one red IKU, is stopped until its explanation is given, and submits; the verifier returns
that IKU with a note and verifies the rest; the Ringkasan's "OPD belum lapor" follows each step; the admin locks the
quarter again and a late import of a TW III value is refused.

Expected figures come from the demo files (data/demo), not from the product's views: which OPD must report (an IKU
Pemda or IKU PD measured quarterly with a 2026 target) and which already have every such IKU submitted or verified.
IKU-DISDIK-01 (positif, nilai_akhir, TW III target 90,5): a realisasi of 40 gives 40 / 90,5 = 44,2 %.
"""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import (
    ROOT,
    TUNGGU_MS,
    Server,
    hentikan_server,
    klik_lalu_tunggu,
    masuk_oidc,
    mulai_server,
    penyedia_oidc,
    port_bebas,
    tunggu_selesai,
)
from helpers import baca_salinan as baca
from lapor_demo import iku_wajib_per_opd, opd_belum_lapor
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

DEMO = ROOT / "data" / "demo"
OPD_OPERATOR = next(
    r["kode_pd"] for r in csv.DictReader((DEMO / "pengguna.csv").open()) if r["peran"] == "operator_opd"
)
AKUN = {
    "operator@nusaharapan.example": {"peran": "operator_opd", "kode_pemda": "99", "kode_pd": OPD_OPERATOR,
                                     "name": "Pak Operator"},
    "admin@nusaharapan.example": {"peran": "admin_bappeda", "kode_pemda": "99", "name": "Admin Bappeda"},
}  # fmt: skip
MERAH = "IKU-DISDIK-01"
TW3 = "/Laporan_Triwulan?pemda=99&tahun=2026&tw=3"


@pytest.fixture(scope="module")
def penyedia() -> Iterator[str]:
    with penyedia_oidc(AKUN) as url:
        yield url


@pytest.fixture(scope="module")
def server(demo_db: Path, penyedia: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    tmp = tmp_path_factory.mktemp("lapor")
    db = tmp / "pantau.duckdb"
    shutil.copy(demo_db, db)
    port = port_bebas()
    secrets = tmp / "secrets.toml"
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
        db,
        tmp / "server.log",
        port=port,
        secrets=secrets,
        env_tambahan={"AUTHLIB_INSECURE_TRANSPORT": "1", "PANTAU_HARI_INI": "2026-10-11"},
    )
    yield srv, db
    hentikan_server(srv)


def masuk(page: Page, server: Server, email: str) -> None:
    page.context.clear_cookies()
    page.goto(server.url + "/")
    masuk_oidc(page, email, server.url, AKUN[email]["name"])


def buka(page: Page, url: str) -> None:
    page.goto(url)
    tunggu_selesai(page)


def belum_lapor_di_ringkasan(page: Page, server: Server) -> str:
    buka(page, f"{server.url}/?pemda=99&tahun=2026&tw=3")
    kartu = page.get_by_test_id("stMetric").filter(has_text="OPD belum lapor")
    expect(kartu).to_be_visible(timeout=TUNGGU_MS)
    return kartu.get_by_test_id("stMetricValue").inner_text().strip()


def status_disdik(db: Path) -> list[tuple]:
    return baca(
        db,
        "select s.kode_indikator, s.status, s.catatan_verifikasi from status_lapor s join indikator i "
        f"using (kode_pemda, kode_indikator) where i.kode_pd = '{OPD_OPERATOR}' and s.periode = 'TW3' order by 1",
    )


def test_triwulan_dilaporkan_diverifikasi_dikunci(server: tuple[Server, Path], halaman_web: Page) -> None:
    srv, db = server
    page = halaman_web
    wajib_disdik = sorted(iku_wajib_per_opd()[OPD_OPERATOR])
    assert MERAH in wajib_disdik

    # the admin sees the quarter's reporting on the Ringkasan, from the demo files: 21 of 31 not yet in
    masuk(page, srv, "admin@nusaharapan.example")
    belum, semua = opd_belum_lapor(set(), set())
    assert belum_lapor_di_ringkasan(page, srv) == f"{belum} dari {semua}"
    page.get_by_role("link", name=re.compile("Rincian: Laporan Triwulan")).click()
    tunggu_selesai(page)
    expect(page.get_by_text(re.compile("Terkunci")).first).to_be_visible(timeout=TUNGGU_MS)

    # 1. the operator: locked on 11/10 (deadline 10/10), nothing saved
    masuk(page, srv, "operator@nusaharapan.example")
    buka(page, srv.url + TW3)
    expect(page.get_by_text(re.compile(r"Batas lapor TW III 2026: 10 Oktober 2026")).first).to_be_visible(
        timeout=TUNGGU_MS
    )
    klik_lalu_tunggu(page, page.get_by_role("button", name="Ajukan untuk verifikasi"))
    expect(page.get_by_text(re.compile(r"TW III 2026 \(pemda 99\) terkunci")).first).to_be_visible(timeout=TUNGGU_MS)
    assert status_disdik(db) == []

    # 2. the admin reopens it (a week, the default), recorded in the audit trail
    masuk(page, srv, "admin@nusaharapan.example")
    buka(page, srv.url + TW3)
    page.get_by_label("Alasan (tercatat)").fill("Disdik minta perpanjangan")
    klik_lalu_tunggu(page, page.get_by_role("button", name="Buka kunci"))
    expect(
        page.get_by_text(re.compile(r"dibuka kembali sampai 18 Oktober 2026 \(batch impor \d+\)")).first
    ).to_be_visible(timeout=TUNGGU_MS)
    assert baca(db, "select aksi, pengguna from jejak_audit order by audit_id desc limit 1") == [
        ("buka_kunci", "admin@nusaharapan.example")
    ]

    # 3. the operator enters the quarter: IKU-DISDIK-01 at 40 (44,2 % of 90,5) without explanation is refused,
    # and every IKU that must explain itself is named; nothing is saved
    masuk(page, srv, "operator@nusaharapan.example")
    buka(page, srv.url + TW3)
    page.get_by_label(f"Realisasi {MERAH}").fill("40")
    page.get_by_label(f"Faktor penghambat {MERAH}").fill("")
    page.get_by_label(f"Tindak lanjut {MERAH}").fill("")
    klik_lalu_tunggu(page, page.get_by_role("button", name="Ajukan untuk verifikasi"))
    galat = page.get_by_test_id("stAlertContentError")
    expect(galat).to_contain_text(f"{MERAH} TW III 2026 (pemda 99): capaian s.d. triwulan 44,2 %", timeout=TUNGGU_MS)
    expect(galat).to_contain_text("sebelum mengajukan", timeout=TUNGGU_MS)
    assert status_disdik(db) == []
    # explanations for every IKU the rule names, then submitted
    for kode in wajib_disdik:
        if f"{kode} TW III" in galat.inner_text():
            page.get_by_label(f"Faktor penghambat {kode}").fill(f"Penghambat {kode}")
            page.get_by_label(f"Tindak lanjut {kode}").fill(f"Tindak lanjut {kode}")
    klik_lalu_tunggu(page, page.get_by_role("button", name="Ajukan untuk verifikasi"))
    expect(page.get_by_text(re.compile(r"diajukan untuk verifikasi \(batch impor \d+\)")).first).to_be_visible(
        timeout=TUNGGU_MS
    )
    assert status_disdik(db) == [(k, "diajukan", None) for k in wajib_disdik]
    assert baca(
        db, f"select realisasi from realisasi where kode_indikator = '{MERAH}' and tahun = 2026 and periode = 'TW3'"
    ) == [(40.0,)]
    assert baca(db, "select aksi, pengguna from jejak_audit order by audit_id desc limit 1") == [
        ("ajukan_laporan", "operator@nusaharapan.example")
    ]

    # 4. the Ringkasan counts Disdik as in; the verifier returns the red IKU with a note and verifies the rest
    masuk(page, srv, "admin@nusaharapan.example")
    belum, semua = opd_belum_lapor(set(wajib_disdik), set())
    assert belum_lapor_di_ringkasan(page, srv) == f"{belum} dari {semua}"
    buka(page, srv.url + TW3)
    page.get_by_role("combobox", name="OPD", exact=True).click()
    page.keyboard.type("Dinas Pendidikan")  # the list is long: filter it, as a user would
    page.get_by_role("option", name="Dinas Pendidikan", exact=True).click()
    tunggu_selesai(page)
    page.get_by_role("combobox", name="IKU yang dikembalikan ke OPD").click()
    page.keyboard.type(MERAH)
    page.keyboard.press("Enter")  # the one option left by the filter
    page.keyboard.press("Escape")
    catatan = "Nilai 40 jauh di bawah TW II; lampirkan data Dapodik."
    page.get_by_role("textbox", name="Catatan verifikator untuk IKU yang dikembalikan").fill(catatan)
    klik_lalu_tunggu(page, page.get_by_role("button", name="Simpan verifikasi"))
    n = len(wajib_disdik)
    expect(
        page.get_by_text(re.compile(rf"{n - 1} diverifikasi, 1 dikembalikan \(batch impor \d+\)")).first
    ).to_be_visible(timeout=TUNGGU_MS)
    assert status_disdik(db) == [
        (k, "dikembalikan", catatan) if k == MERAH else (k, "diverifikasi", None) for k in wajib_disdik
    ]
    belum, semua = opd_belum_lapor(set(wajib_disdik), {MERAH})
    assert belum_lapor_di_ringkasan(page, srv) == f"{belum} dari {semua}"

    # 5. locked again: a late import of a TW III value is refused, and nothing is written
    buka(page, srv.url + TW3)
    page.get_by_text("Kunci periode: buka kembali atau kunci lagi").click()
    klik_lalu_tunggu(page, page.get_by_role("button", name="Kunci lagi sekarang"))
    pesan = [t.strip()[:200] for t in page.get_by_test_id("stAlert").all_inner_texts()]
    expect(
        page.get_by_text(re.compile(r"TW III 2026 dikunci lagi \(batch impor \d+\)")).first,
        f"the page's messages: {pesan}",
    ).to_be_visible(timeout=TUNGGU_MS)
    expect(page.get_by_text(re.compile("Terkunci")).first).to_be_visible(timeout=TUNGGU_MS)
    buka(page, f"{srv.url}/Impor_Data?pemda=99")
    berkas = Path(db).with_name("realisasi.csv")
    berkas.write_text("kode_pemda,kode_indikator,tahun,periode,realisasi\n99,IKU-BKD-01,2026,TW3,0.75\n")
    sebelum = baca(
        db, "select realisasi from realisasi where kode_indikator = 'IKU-BKD-01' and tahun = 2026 and periode = 'TW3'"
    )
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(berkas))
    expect(page.get_by_text(re.compile("berkas tidak dapat diimpor")).first).to_be_visible(timeout=TUNGGU_MS)
    expect(page.get_by_role("button", name="Impor sekarang")).to_have_count(0)
    with page.expect_download() as unduh:
        page.get_by_role("button", name="Unduh temuan (CSV)").click()
    temuan = Path(unduh.value.path()).read_text(encoding="utf-8-sig")
    assert "TW III 2026 (pemda 99) terkunci: batas lapornya 10/10/2026 sudah lewat" in temuan, temuan
    assert (
        baca(
            db,
            "select realisasi from realisasi where kode_indikator = 'IKU-BKD-01' and tahun = 2026 and periode = 'TW3'",
        )
        == sebelum
    )
