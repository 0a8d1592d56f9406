"""The Kabupaten/Kota map in a real Chromium against a real server, with every request outside the server refused:
the map still draws (no base map from the internet), one filled shape per pemda of the province that has a
geometry, in its predikat colour; the pemda without one is named."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from helpers import TUNGGU_MS, Server, hentikan_server, mulai_server, tunggu_selesai
from peta_mini import PREDIKAT_PETA, bangun_peta_mini
from playwright.sync_api import Page, Route, expect

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def peta_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("peta_browser")
    return bangun_peta_mini(tmp / "csv", tmp / "pantau.duckdb")


@pytest.fixture(scope="module")
def server(peta_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = mulai_server(peta_db, tmp_path_factory.mktemp("peta_server") / "streamlit.log")
    yield server
    hentikan_server(server)
    print(f"--- log server {server.url}:\n{server.log_tail()}")


# Per map subplot: the distinct filled shapes MapLibre rendered (one source per trace; a feature's centroid `ct`
# tells shapes of one trace apart) with their fill colour. Features are read back from the map's own renderer.
BENTUK_TERGAMBAR = """() => {
  const g = [...document.querySelectorAll('.js-plotly-plot')].find(g => g._fullLayout && g._fullLayout.map);
  if (!g || !g._fullLayout.map2) return null;
  const hasil = {};
  for (const id of ['map', 'map2']) {
    const peta = g._fullLayout[id]._subplot.map;
    if (!peta.loaded()) return null;
    const bentuk = new Map();
    for (const f of peta.queryRenderedFeatures()) {
      if (!f.layer.id.endsWith('-fill')) continue;
      bentuk.set(f.source + JSON.stringify(f.properties.ct), f.properties.fc);
    }
    hasil[id] = [...bentuk.values()].sort();
  }
  return hasil;
}"""


def _rgb(hex_warna: str) -> str:
    r, g, b = (int(hex_warna.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgb({r}, {g}, {b})"


def test_peta_tergambar_tanpa_internet(server: Server, peta_db: Path, halaman_web: Page) -> None:
    page = halaman_web
    luar: list[str] = []

    def rute(route: Route) -> None:
        if route.request.url.startswith(server.url):
            route.continue_()
        else:  # no CDN, no tile server, no font service: the map must not need any
            luar.append(route.request.url)
            route.abort()

    page.route("**/*", rute)
    page.goto(f"{server.url}/Kabupaten_Kota?pemda=34.01&tahun=2026&tw=1&bagian=Bandingkan+satu+indikator")
    tunggu_selesai(page)
    expect(page.get_by_text("Tanpa geometri (tidak digambar): Kabupaten Fiktif (34.99)")).to_be_visible()
    bentuk = page.wait_for_function(BENTUK_TERGAMBAR, timeout=TUNGGU_MS).json_value()

    with duckdb.connect(str(peta_db), read_only=True) as con:
        warna = {p: _rgb(w) for p, w in con.execute("select predikat, warna from skala_predikat").fetchall()}
    # the province alone on the left map; Kulon Progo and Kota Yogyakarta on the right, each in its colour
    assert bentuk["map"] == [warna[PREDIKAT_PETA["34"]]]
    assert bentuk["map2"] == sorted([warna[PREDIKAT_PETA["34.01"]], warna[PREDIKAT_PETA["34.71"]]])
    assert luar == []
