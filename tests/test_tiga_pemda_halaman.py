"""Every page on the three-pemda database whose codes are identical (issue 15), in AppTest and in Chromium.

The figures checked are HARAPAN of tests/tiga_pemda.py (worked out by hand): each pemda's page shows its
own numbers although its OPD, sub kegiatan and IKU codes are the same as its neighbours'.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Server, buka_bagian, hentikan_server, mulai_server, tunggu_selesai
from playwright.sync_api import Page, expect
from streamlit.testing.v1 import AppTest
from tiga_pemda import NAMA

from pantau import db
from pantau.frame import HALAMAN
from pantau.laporan import BAGIAN_BANDINGKAN, BAGIAN_DAFTAR

ROOT = Path(__file__).resolve().parent.parent
PILIHAN = ("62", "62.02", "62.07", db.NASIONAL)


def _buka(db_path: Path, pemda: str, script: str = "app.py", **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params.update({"pemda": pemda, "tahun": "2026", "tw": "2", **params})
    at.run()
    if script != "app.py":
        at.switch_page(script).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def db3(tiga_pemda_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PANTAU_DB", str(tiga_pemda_db))
    return tiga_pemda_db


@pytest.mark.parametrize("pemda", PILIHAN)
@pytest.mark.parametrize(("script", "label"), [(s, lb) for s, lb, _ in HALAMAN])
def test_setiap_halaman_tampil(db3: Path, pemda: str, script: str, label: str) -> None:
    at = _buka(db3, pemda, script)
    assert at.selectbox(key="filter_pemda").value == pemda
    assert at.title, label


def _teks(at: AppTest) -> str:
    bagian = [str(m.value) + " " + str(m.label) for m in at.metric]
    bagian += [str(x.value) for x in (*at.markdown, *at.caption, *at.info, *at.warning)]
    return " ".join(bagian)


# The shown capaian at TW II, written out by hand from HARAPAN: IKU-01 62 15/15, 62.02 8/10, 62.07 silent in
# TW II (its own TW I only); IKU-02 (2T-R)/T 62 110 %, 62.02 100 %, 62.07 90 %.
CAPAIAN_TW2 = {
    "62": {"Jumlah puskesmas terakreditasi": "100,0 %", "Prevalensi stunting": "110,0 %"},
    "62.02": {"Jumlah puskesmas terakreditasi": "80,0 %", "Prevalensi stunting": "100,0 %"},
    "62.07": {"Prevalensi stunting": "90,0 %"},
}


@pytest.mark.parametrize("pemda", PILIHAN[:3])
def test_capaian_iku_per_pemda(db3: Path, pemda: str) -> None:
    # The IKU table of each pemda holds its own two IKU with its own capaian, not the neighbours' same codes.
    at = buka_bagian(_buka(db3, pemda, "pages/3_Capaian_IKU.py"), BAGIAN_DAFTAR)
    [tabel] = [d.value for d in at.dataframe if "status_tampil" in d.value.columns]
    assert sorted(tabel["nama_indikator"]) == ["Jumlah puskesmas terakreditasi", "Prevalensi stunting"]
    tampil = dict(zip(tabel["nama_indikator"], tabel["capaian"], strict=True))
    for nama, teks in CAPAIAN_TW2[pemda].items():
        assert tampil[nama] == teks, (pemda, nama, tampil)


def test_kabupaten_kota_membandingkan_keluarga(db3: Path) -> None:
    # The province's page lists its own two kabupaten beside itself for the shared REF-STUNTING indicator.
    at = _buka(db3, "62", "pages/13_Kabupaten_Kota.py", bagian=BAGIAN_BANDINGKAN)
    teks = " ".join(str(d.value.to_csv()) for d in at.dataframe) + _teks(at)
    for p in ("62", "62.02", "62.07"):
        assert NAMA[p] in teks, p


# --------------------------------------------------------------------------- the browser


@pytest.fixture(scope="module")
def server3(tiga_pemda_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    salinan = tmp_path_factory.mktemp("tiga_pemda_browser") / "pantau.duckdb"
    shutil.copy2(tiga_pemda_db, salinan)
    server = mulai_server(salinan, tmp_path_factory.mktemp("server3") / "streamlit.log")
    yield server
    hentikan_server(server)


@pytest.mark.browser
@pytest.mark.parametrize("pemda", ("62.07", db.NASIONAL))
def test_setiap_halaman_di_peramban(server3: Server, halaman_web: Page, pemda: str) -> None:
    from helpers import SEMUA_HALAMAN

    for h in SEMUA_HALAMAN:
        halaman_web.goto(f"{server3.url}{h.url_path}?pemda={pemda}&tahun=2026&tw=2")
        tunggu_selesai(halaman_web)
        expect(halaman_web.locator("h1").first).to_contain_text(h.judul)
        assert halaman_web.locator('[data-testid="stException"]').count() == 0, h.script
        nama = "Semua pemda (nasional)" if pemda == db.NASIONAL else NAMA[pemda]
        kotak = halaman_web.locator('[data-testid="stSidebar"]').get_by_role("combobox", name="Pemerintah daerah")
        expect(kotak).to_have_value(nama)
