"""The map: committed geometry (every Kemendagri code of the 38 provinces and 514 kab/kota), the figure coloured by
predikat with pemda without a shape listed, its kaleido export, and the Kabupaten/Kota page (one province and the
national view)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from peta_mini import DIGAMBAR, PREDIKAT_PETA, TANPA_GEOMETRI, bangun_peta_mini
from streamlit.testing.v1 import AppTest

from pantau import peta
from pantau.db import run_query
from pantau.laporan import BAGIAN_BANDINGKAN

ROOT = Path(__file__).resolve().parent.parent
PETA = ROOT / "data" / "peta"

# Kabupaten and kota per province, written out from the source's README table (Kepmendagri 300.2.2-2430/2025).
KAB_KOTA = {
    "11": (18, 5), "12": (25, 8), "13": (12, 7), "14": (10, 2), "15": (9, 2), "16": (13, 4), "17": (9, 1),
    "18": (13, 2), "19": (6, 1), "21": (5, 2), "31": (1, 5), "32": (18, 9), "33": (29, 6), "34": (4, 1),
    "35": (29, 9), "36": (4, 4), "51": (8, 1), "52": (8, 2), "53": (21, 1), "61": (12, 2), "62": (13, 1),
    "63": (11, 2), "64": (7, 3), "65": (4, 1), "71": (11, 4), "72": (12, 1), "73": (21, 3), "74": (15, 2),
    "75": (5, 1), "76": (6, 0), "81": (9, 2), "82": (8, 2), "91": (8, 1), "92": (7, 0), "93": (4, 0),
    "94": (8, 0), "95": (8, 0), "96": (5, 1),
}  # fmt: skip


def _hitung(kode: set[str]) -> dict[str, tuple[int, int]]:
    """Kabupaten (suffix 01–69) and kota (71–99) per province, by the Kemendagri numbering of the codes."""
    hasil = {prov: (0, 0) for prov in {k.split(".")[0] for k in kode}}
    for k in kode:
        if "." in k:
            prov, nomor = k.split(".")
            kab, kota = hasil[prov]
            hasil[prov] = (kab, kota + 1) if int(nomor) >= 71 else (kab + 1, kota)
    return hasil


def _cincin_sah(geom: dict) -> bool:
    poligon = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    for pol in poligon:
        for ring in pol:
            if len(ring) < 4 or ring[0] != ring[-1]:
                return False
            for lng, lat in ring:
                # Indonesia lies within about 94–142° E and 11° S–7° N: catches [lat, lng] left unswapped
                if not (94 <= lng <= 142 and -12 <= lat <= 7):
                    return False
    return True


def test_geometri_semua_552_kode() -> None:
    assert sum(1 + kab + kota for kab, kota in KAB_KOTA.values()) == 552
    nasional = json.loads((PETA / "indonesia.geojson").read_text(encoding="utf-8"))
    ada = {f["id"] for f in nasional["features"]}
    assert len(ada) == len(nasional["features"]) == 552
    hitung = _hitung(ada)
    kurang = {prov: (hitung.get(prov), n) for prov, n in KAB_KOTA.items() if hitung.get(prov) != n}
    assert kurang == {}, f"provinsi yang jumlah kab/kotanya (ada, seharusnya) tidak cocok: {kurang}"
    assert {k for k in ada if "." not in k} == set(KAB_KOTA)  # every province has its own shape
    for f in nasional["features"]:
        assert f["properties"]["kode"] == f["id"]
        kota = "." in f["id"] and int(f["id"].split(".")[1]) >= 71
        assert f["properties"]["tingkat"] == ("kota" if kota else "kabupaten" if "." in f["id"] else "provinsi")
        assert _cincin_sah(f["geometry"]), f["id"]
    # per province: the province and exactly its kab/kota
    for prov in KAB_KOTA:
        berkas = json.loads((PETA / "provinsi" / f"{prov}.geojson").read_text(encoding="utf-8"))
        kode = {f["id"] for f in berkas["features"]}
        assert kode == {k for k in ada if k == prov or k.startswith(prov + ".")}, prov
        assert all(_cincin_sah(f["geometry"]) for f in berkas["features"]), prov


def test_geometri_ringkas_dan_berlisensi() -> None:
    assert (PETA / "indonesia.geojson").stat().st_size < 4_000_000
    assert max(p.stat().st_size for p in (PETA / "provinsi").glob("*.geojson")) < 250_000
    assert "MIT License" in (PETA / "LICENSE").read_text(encoding="utf-8")
    sumber = (PETA / "SUMBER.md").read_text(encoding="utf-8")
    assert "cahyadsn/wilayah_boundaries" in sumber and "pantau/peta_bangun.py" in sumber


# --------------------------------------------------------------------------- the figure on real codes


@pytest.fixture(scope="module")
def peta_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("peta")
    return bangun_peta_mini(tmp / "csv", tmp / "pantau.duckdb")


def _data_peta(db: Path, kode_pemda: str = "34") -> pd.DataFrame:
    p = {"kode_pemda": kode_pemda, "kelompok": "REF-KEMISKINAN", "tahun": 2026, "triwulan": 1}
    return run_query("pemda_peta_predikat", p, db)


def _lokasi_per_warna(fig: dict) -> dict[str, str]:
    """kode_pemda → fill colour, from the figure JSON (each trace has one colour)."""
    hasil = {}
    for tr in fig["data"]:
        warna = tr["colorscale"][0][1]
        for k in tr["locations"]:
            hasil[k] = warna
    return hasil


def test_peta_provinsi_berwarna_predikat(peta_db: Path) -> None:
    import duckdb

    with duckdb.connect(str(peta_db), read_only=True) as con:
        warna = dict(con.execute("select predikat, warna from skala_predikat").fetchall())
    hasil = peta.gambar_peta(_data_peta(peta_db), "Uji")
    assert sorted(hasil.digambar) == DIGAMBAR
    assert hasil.tanpa_geometri["kode_pemda"].tolist() == TANPA_GEOMETRI
    assert "Kabupaten Fiktif (34.99)" in peta.teks_tanpa_geometri(hasil.tanpa_geometri)
    fig = json.loads(hasil.gambar.to_json())
    assert {tr["type"] for tr in fig["data"]} == {"choroplethmap"}
    assert _lokasi_per_warna(fig) == {k: warna[PREDIKAT_PETA[k]] for k in DIGAMBAR}
    # the province on its own map, the kab/kota on the other; no base map that would need the internet
    peta_per_kode = {k: tr.get("subplot", "map") for tr in fig["data"] for k in tr["locations"]}
    assert peta_per_kode == {"34": "map", "34.01": "map2", "34.71": "map2"}
    assert fig["layout"]["map"]["style"] == "white-bg" and fig["layout"]["map2"]["style"] == "white-bg"
    # one legend entry per predikat shown
    legenda = sorted(tr["name"] for tr in fig["data"] if tr.get("showlegend"))
    assert legenda == sorted({PREDIKAT_PETA[k] for k in DIGAMBAR})


def test_peta_tanpa_geometri_sama_sekali(peta_db: Path) -> None:
    data = _data_peta(peta_db).assign(kode_pemda=["99", "99.01", "99.02", "99.71"], tingkat="kabupaten")
    hasil = peta.gambar_peta(data, "Demo")
    assert hasil.gambar is None and hasil.digambar == []
    assert hasil.tanpa_geometri["kode_pemda"].tolist() == ["99", "99.01", "99.02", "99.71"]


def test_peta_diekspor_kaleido(peta_db: Path) -> None:
    from pantau.laporan import gambar_png

    hasil = peta.gambar_peta(_data_peta(peta_db), "Uji")
    png = gambar_png(hasil.gambar, 1100, 520)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    import io

    from PIL import Image

    gambar = Image.open(io.BytesIO(png)).convert("RGB")
    assert gambar.size == (2200, 1040)  # scale 2
    # the shapes are drawn: the predikat colours fill part of the image, not only white paper and text
    import duckdb

    with duckdb.connect(str(peta_db), read_only=True) as con:
        (hex_warna,) = con.execute("select warna from skala_predikat where predikat = 'Sangat Rendah'").fetchone()
    rgb = tuple(int(hex_warna.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    # Kota Yogyakarta (Sangat Rendah) is small but fills thousands of pixels at this size
    piksel = sum(
        n for n, c in gambar.getcolors(maxcolors=4_000_000) if max(abs(a - b) for a, b in zip(c, rgb, strict=True)) <= 3
    )
    assert piksel > 2000, (hex_warna, piksel)


# --------------------------------------------------------------------------- the page (AppTest)


def buka(db: Path, monkeypatch: pytest.MonkeyPatch, params: dict[str, str]) -> AppTest:
    monkeypatch.setenv("PANTAU_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    at.switch_page("pages/13_Kabupaten_Kota.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def _grafik_peta(at: AppTest) -> dict:
    peta_json = [json.loads(g.proto.spec) for g in at.get("plotly_chart")]
    peta_json = [f for f in peta_json if f["data"] and f["data"][0]["type"] == "choroplethmap"]
    assert len(peta_json) == 1
    return peta_json[0]


def test_halaman_kabupaten_kota_peta(peta_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = buka(peta_db, monkeypatch, {"pemda": "34.01", "tahun": "2026", "tw": "1", "bagian": BAGIAN_BANDINGKAN})
    fig = _grafik_peta(at)
    assert sorted(k for tr in fig["data"] for k in tr["locations"]) == DIGAMBAR
    peringatan = " ".join(w.value for w in at.warning)
    assert "Kabupaten Fiktif (34.99)" in peringatan and "Tanpa geometri" in peringatan


def test_halaman_kabupaten_kota_nasional(peta_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = buka(peta_db, monkeypatch, {"pemda": "*", "tahun": "2026", "tw": "1"})
    fig = _grafik_peta(at)
    assert sorted(k for tr in fig["data"] for k in tr["locations"]) == DIGAMBAR
    assert " ".join(w.value for w in at.warning).count("34.99") == 1


def test_halaman_kabupaten_kota_demo_tanpa_geometri(pantau_db: Path) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["pemda"] = "99"
    at.query_params["bagian"] = BAGIAN_BANDINGKAN  # the map is in the section of one indicator
    at.run()
    at.switch_page("pages/13_Kabupaten_Kota.py").run()
    assert not at.exception and not at.error
    peringatan = " ".join(w.value for w in at.warning)
    # the demo's fictional codes have no shape: all four are named, none silently dropped
    for kode in ("(99)", "(99.01)", "(99.02)", "(99.71)"):
        assert kode in peringatan
