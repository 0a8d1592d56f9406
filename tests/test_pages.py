"""Every page of the menu, run in-process with Streamlit's AppTest against the demo province.

AppTest resolves `st.page_link` targets relative to the entrypoint, so every run starts at app.py
and reaches a sub-page with `switch_page`, as a user clicking the menu would. Numbers shown on the
pages are checked against SQL on the base tables (tests/helpers.py), not the pages' own queries.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from helpers import (
    ROOT,
    SEMUA_HALAMAN,
    Halaman,
    angka_id,
    daftar_pemda,
    daftar_tahun,
    iku_lapor,
    jumlah_baris_per_tabel,
    larik,
    triwulan_terakhir,
    warna_predikat,
)
from streamlit.proto.Metric_pb2 import Metric as MetricProto
from streamlit.testing.v1 import AppTest

from pantau import figures
from pantau.frame import HALAMAN

TRIWULAN_TEKS = {1: "TW I", 2: "TW II", 3: "TW III", 4: "TW IV"}


def buka_halaman(script: str, query_params: dict[str, str] | None = None) -> AppTest:
    """Run app.py (with these URL parameters), then switch to `script` if it is a sub-page."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for k, v in (query_params or {}).items():
        at.query_params[k] = v
    at.run()
    if script != "app.py":
        at.switch_page(script).run()
    return at


def tanpa_galat(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def metrik(at: AppTest, label: str) -> str:
    nilai = [m.value for m in at.metric if m.label == label]
    assert len(nilai) == 1, f"metrik {label!r} tidak ada (ada: {[m.label for m in at.metric]})"
    return nilai[0]


def filter_nilai(at: AppTest) -> dict[str, Any]:
    return {s.label: s.value for s in at.sidebar.selectbox}


def grafik(at: AppTest, judul: str) -> dict[str, Any]:
    """The figure JSON of the chart titled `judul` (st.plotly_chart stores the whole figure as its spec)."""
    figs = [json.loads(p.proto.spec) for p in at.get("plotly_chart")]
    cocok = [f for f in figs if judul in f["layout"].get("title", {}).get("text", "")]
    assert len(cocok) == 1, f"grafik {judul!r} tidak ada (ada: {[f['layout'].get('title') for f in figs]})"
    return cocok[0]


def ringkasan(halaman: list[Halaman]) -> Halaman:
    return next(h for h in halaman if h.script == "app.py")


# --------------------------------------------------------------------------- every page


@pytest.mark.parametrize("h", SEMUA_HALAMAN, ids=[h.label for h in SEMUA_HALAMAN])
def test_halaman_tampil(pantau_db: Path, h: Halaman) -> None:
    at = buka_halaman(h.script)
    tanpa_galat(at)
    # The menu label and the page title name the same page.
    assert h.judul == h.label
    assert [t.value for t in at.title] == [h.judul_h1]
    assert [s.label for s in at.sidebar.selectbox] == h.filter
    # The menu lists every page, in HALAMAN order, each link carrying the filters along. (Only the
    # sidebar: a page may link to another in its body, e.g. Ringkasan → Capaian IKU.)
    links = at.sidebar.get("page_link")
    assert [pl.proto.label for pl in links] == [label for _s, label, _i in HALAMAN]
    for pl in links:
        assert "pemda=" in pl.proto.query_string and "tahun=" in pl.proto.query_string


def test_halaman_menu_lengkap() -> None:
    # Every page file is in the menu (a page missing from HALAMAN would be unreachable: the
    # Streamlit sidebar navigation is switched off) and every menu entry exists.
    skrip = {s for s, _l, _i in HALAMAN}
    assert skrip == {"app.py"} | {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}


# --------------------------------------------------------------------------- Ringkasan: numbers


def test_ringkasan_bawaan(pantau_db: Path) -> None:
    """Without URL parameters: the province, the latest year, the latest reported quarter."""
    pemda = daftar_pemda(pantau_db)[0]
    tahun = daftar_tahun(pantau_db)[-1]
    tw = triwulan_terakhir(pantau_db, pemda.kode, tahun) or 1
    at = buka_halaman("app.py")
    tanpa_galat(at)
    assert filter_nilai(at) == {"Pemerintah daerah": pemda.kode, "Tahun": tahun, "Triwulan": tw}
    lapor, iku = iku_lapor(pantau_db, pemda.kode, tahun, tw)
    assert iku > 0, "demo tanpa IKU untuk pemda bawaan: ringkasan tidak teruji"
    assert metrik(at, "IKU melapor") == f"{angka_id(lapor)} dari {angka_id(iku)}"
    assert at.query_params["pemda"] == pemda.kode
    assert at.query_params["tahun"] == str(tahun)
    assert at.query_params["tw"] == str(tw)


def _cek_ringkasan(at: AppTest, db: Path, kode: str, tahun: int, tw: int) -> None:
    """The "IKU melapor" metric, the "belum lapor" note and the predikat chart of one view."""
    tanpa_galat(at)
    lapor, iku = iku_lapor(db, kode, tahun, tw)
    konteks = f"pemda {kode}, {tahun}, TW{tw}"
    assert metrik(at, "IKU melapor") == f"{angka_id(lapor)} dari {angka_id(iku)}", konteks
    catatan = [c.value for c in at.caption if "belum melaporkan" in c.value]
    if iku > lapor:
        assert catatan == [f"⚠️ {angka_id(iku - lapor)} IKU belum melaporkan realisasi triwulan ini."], konteks
    else:
        assert catatan == [], konteks

    # The change against last quarter: a drop is a red down arrow, a rise a green up arrow. (The
    # text uses a true minus sign, which Streamlit alone would read as a rise.)
    rata = next(m for m in at.metric if m.label == "Rata-rata capaian").proto
    if rata.delta:
        harap = {"−": ("DOWN", "RED"), "+": ("UP", "GREEN"), "±": ("NONE", "GRAY")}[rata.delta[0]]
        arah = (MetricProto.MetricDirection.Name(rata.direction), MetricProto.MetricColor.Name(rata.color))
        assert arah == harap, f"{konteks}: {rata.delta!r}"

    # Predikat distribution: every IKU of the pemda is in exactly one bar (rated, no capaian, or
    # not reported), so the bars add up to the number of IKU; zero bars may be dropped.
    fig = grafik(at, "Sebaran predikat")
    assert fig["layout"]["separators"] == ",."
    (bar,) = fig["data"]
    jumlah = [int(v) for v in larik(bar["x"])]
    predikat = larik(bar["y"])
    assert sum(jumlah) == iku, konteks
    per_predikat = dict(zip(predikat, jumlah, strict=True))
    assert per_predikat.get("Belum lapor", 0) == iku - lapor, konteks
    skala = warna_predikat(db)
    assert set(predikat) <= {*skala, "Tanpa capaian", "Belum lapor"}, konteks
    warna = dict(zip(predikat, larik(bar["marker"]["color"]), strict=True))
    for p in predikat:
        if p in skala:
            assert warna[p] == skala[p], f"{konteks}: warna {p}"


def test_ringkasan_angka_per_pemda_dan_triwulan(pantau_db: Path) -> None:
    """Switch pemda and quarter with the sidebar widgets; every view matches the base tables."""
    semua = daftar_pemda(pantau_db)
    tahun = daftar_tahun(pantau_db)[-1]
    # The province and the last kabupaten/kota: two different pemda without running every one.
    pilihan = [semua[0], semua[-1]] if len(semua) > 1 else semua
    at = buka_halaman("app.py")
    diperiksa = 0
    for pemda in pilihan:
        at.sidebar.selectbox(key="filter_pemda").set_value(pemda.kode).run()
        for tw in (1, 2, 3, 4):
            at.sidebar.selectbox(key="filter_tw").set_value(tw).run()
            assert filter_nilai(at) == {"Pemerintah daerah": pemda.kode, "Tahun": tahun, "Triwulan": tw}
            _cek_ringkasan(at, pantau_db, pemda.kode, tahun, tw)
            diperiksa += iku_lapor(pantau_db, pemda.kode, tahun, tw)[0]
    assert diperiksa > 0, "tidak satu pun IKU melapor di tampilan yang diperiksa: angka tidak teruji"


# --------------------------------------------------------------------------- Data: numbers


def test_data_baris(pantau_db: Path) -> None:
    at = buka_halaman("pages/1_Data.py")
    tanpa_galat(at)
    per_tabel = jumlah_baris_per_tabel(pantau_db)
    total = sum(per_tabel.values())
    assert total > 0
    assert metrik(at, "Baris data") == angka_id(total)
    # The chart: one bar per contract table with its row count, none forgotten. (An empty table
    # that is counted per year has no row in the page's query, hence no bar: allowed, if empty.)
    fig = grafik(at, "Jumlah baris per tabel")
    (bar,) = fig["data"]
    di_grafik = dict(zip(larik(bar["y"]), [int(v) for v in larik(bar["x"])], strict=True))
    assert set(di_grafik) <= set(per_tabel)
    assert di_grafik == {t: n for t, n in per_tabel.items() if n or t in di_grafik}


# --------------------------------------------------------------------------- filters and the URL


def test_url_mengatur_filter(pantau_db: Path) -> None:
    """`?pemda=&tahun=&tw=` choose the filters, on every page. Two views differing in every value,
    so whatever the defaults are, at least one of them is not a default."""
    semua = daftar_pemda(pantau_db)
    tahun = daftar_tahun(pantau_db)
    assert len(tahun) >= 2, "demo perlu setidaknya dua tahun untuk menguji filter Tahun"
    tampilan = [(semua[-1], tahun[0], 4), (semua[0], tahun[-1], 1)]
    for h in SEMUA_HALAMAN:
        for pemda, th, tw in tampilan:
            at = buka_halaman(h.script, {"pemda": pemda.kode, "tahun": str(th), "tw": str(tw)})
            tanpa_galat(at)
            harap: dict[str, Any] = {"Pemerintah daerah": pemda.kode, "Tahun": th}
            if h.pakai_triwulan:
                harap["Triwulan"] = tw
            assert filter_nilai(at) == harap, h.label
            if h.pakai_triwulan:
                assert at.caption[0].value.startswith(f"{pemda.nama} · {th} · {TRIWULAN_TEKS[tw]}")
    # The numbers follow the URL too (the earliest year, a kabupaten/kota).
    pemda, th, tw = tampilan[0]
    at = buka_halaman("app.py", {"pemda": pemda.kode, "tahun": str(th), "tw": str(tw)})
    _cek_ringkasan(at, pantau_db, pemda.kode, th, tw)


def test_url_tidak_dikenal_pakai_bawaan(pantau_db: Path) -> None:
    """A stale or mistyped link falls back to the defaults instead of failing."""
    at = buka_halaman("app.py", {"pemda": "tidak-ada", "tahun": "1900", "tw": "9"})
    tanpa_galat(at)
    pemda = daftar_pemda(pantau_db)[0]
    tahun = daftar_tahun(pantau_db)[-1]
    assert filter_nilai(at) == {
        "Pemerintah daerah": pemda.kode,
        "Tahun": tahun,
        "Triwulan": triwulan_terakhir(pantau_db, pemda.kode, tahun) or 1,
    }
    assert at.query_params["tahun"] == str(tahun)


def test_ganti_triwulan_ubah_url(pantau_db: Path) -> None:
    at = buka_halaman("app.py")
    lama = at.sidebar.selectbox(key="filter_tw").value
    baru = 1 if lama != 1 else 4
    at.sidebar.selectbox(key="filter_tw").set_value(baru).run()
    tanpa_galat(at)
    assert at.query_params["tw"] == str(baru)
    # The menu links carry the new quarter to the other pages.
    for pl in at.get("page_link"):
        assert f"tw={baru}" in pl.proto.query_string.split("&")
    # The choice survives going to another page and back (same session, same URL).
    at.switch_page("pages/1_Data.py").run()
    tanpa_galat(at)
    at.switch_page("app.py").run()
    assert at.sidebar.selectbox(key="filter_tw").value == baru


# --------------------------------------------------------------------------- figure builders


def test_gambar_predikat() -> None:
    jumlah = pd.DataFrame(
        {
            "predikat": ["Sangat Tinggi", "Tinggi", "Sedang", "Belum lapor"],
            "jumlah": [1234, 0, 5, 2],
            "warna": ["#111111", "#222222", "#333333", "#444444"],
        }
    )
    fig = figures.gambar_predikat(jumlah)
    (bar,) = fig.data
    # The zero bar is dropped; the rest keep the scale order and their own colour.
    assert list(bar.y) == ["Sangat Tinggi", "Sedang", "Belum lapor"]
    assert list(bar.x) == [1234, 5, 2]
    assert list(bar.marker.color) == ["#111111", "#333333", "#444444"]
    assert list(bar.text) == ["1.234", "5", "2"]
    assert bar.textangle == 0  # Plotly would turn a label on its side to fit a short bar
    assert fig.layout.separators == ",."


def test_gambar_predikat_semua_nol() -> None:
    # Nothing to show yet: keep the bars (an empty axis would look broken), all at zero.
    jumlah = pd.DataFrame({"predikat": ["Tinggi", "Rendah"], "jumlah": [0, 0], "warna": ["#00ff00", "#ff0000"]})
    (bar,) = figures.gambar_predikat(jumlah).data
    assert len(bar.y) == 2
    assert list(bar.marker.color) == ["#00ff00", "#ff0000"]


def test_gambar_peringkat_pd() -> None:
    per_pd = pd.DataFrame(
        {
            "nama_pd": ["Dinas Pendidikan", "Dinas Kesehatan", "Badan Baru"],
            "singkatan": ["Disdik", None, None],
            "rata_rata_capaian": [95.26, 60.0, None],
            "warna": ["#1a7f37", "#f08a24", None],
            "predikat": ["Sangat Tinggi", "Rendah", None],
            "jumlah_iku": [3, 2, 1],
        }
    )
    fig = figures.gambar_peringkat_pd(per_pd, batas=120)
    (bar,) = fig.data
    assert len(bar.y) == 3
    assert list(bar.y) == ["Disdik", "Dinas Kesehatan", "Badan Baru"]  # name when there is no abbreviation
    assert list(bar.marker.color) == ["#1a7f37", "#f08a24", figures.WARNA_NETRAL]
    assert list(bar.text) == ["95,3 %", "60,0 %", "–"]
    assert bar.textangle == 0
    assert fig.layout.separators == ",."
    # The axis reaches the averaging cap, so a capped 120 % bar is not cut off.
    assert fig.layout.xaxis.range[1] == pytest.approx(120 * 1.05)
    assert figures.gambar_peringkat_pd(per_pd).layout.xaxis.range[1] == pytest.approx(100 * 1.05)


def test_gambar_jumlah_tabel() -> None:
    jumlah = pd.DataFrame(
        {
            "tabel": ["pemda", "target", "target", "realisasi"],
            "tahun": [None, 2025, 2026, 2026],
            "jumlah": [3, 1000, 500, 7],
        }
    )
    fig = figures.gambar_jumlah_tabel(jumlah)
    (bar,) = fig.data
    # One bar per table (years summed), in first-seen order.
    assert list(bar.y) == ["pemda", "target", "realisasi"]
    assert list(bar.x) == [3, 1500, 7]
    assert list(bar.text) == ["3", "1.500", "7"]
    assert bar.textangle == 0
    assert fig.layout.separators == ",."
