"""The map of a province and its kab/kota (or of every pemda), coloured by predikat.

Geometry: `data/peta/` (built from cahyadsn/wilayah_boundaries by `pantau/peta_bangun.py`, MIT), one feature per
Kemendagri code, matched to `pemda.kode_pemda`. Drawn with Plotly's `go.Choroplethmap` on `map_style="white-bg"`:
MapLibre with no base map, so nothing is fetched from the internet, in the browser or in kaleido (the older
`go.Choropleth` downloads a world map and fails offline).

A province covers its kab/kota, so the figure has two maps side by side (one pemda: the province on the left, its
kab/kota on the right) or one above the other (nationally: 38 provinces, then 514 kab/kota). pemda whose code has
no shape (the demo's fictional codes, a new pemda) are returned apart, for the page to list, never dropped silently.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from pantau import format as fmt
from pantau.figures import FONT, WARNA_NETRAL

PETA_DIR = Path(__file__).resolve().parent.parent / "data" / "peta"
WARNA_TANPA_DATA = "#d0d7de"
WARNA_GARIS = "#ffffff"
SUMBER = "Batas wilayah: cahyadsn/wilayah_boundaries (MIT), disederhanakan."


@lru_cache(maxsize=48)
def _muat(nama: str) -> dict:
    return json.loads((PETA_DIR / nama).read_text(encoding="utf-8"))


def geojson(kode_provinsi: str | None = None) -> dict:
    """The committed geometry: one province and its kab/kota (finer), or with None the national file."""
    if kode_provinsi is None:
        return _muat("indonesia.geojson")
    path = PETA_DIR / "provinsi" / f"{kode_provinsi}.geojson"
    return (
        _muat(f"provinsi/{kode_provinsi}.geojson") if path.is_file() else {"type": "FeatureCollection", "features": []}
    )


@dataclass(frozen=True)
class Peta:
    """A map ready to show: the figure (None when no pemda has a shape) and the pemda drawn or left out."""

    gambar: go.Figure | None
    digambar: list[str]  # kode_pemda with a shape, in the data's order
    tanpa_geometri: pd.DataFrame  # rows of the data whose code has no shape (kode_pemda, nama_pemda, …)


def _batas(fitur: list[dict]) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []

    def jalan(c: list) -> None:
        if c and isinstance(c[0], (int, float)):
            xs.append(c[0])
            ys.append(c[1])
        else:
            for x in c:
                jalan(x)

    for f in fitur:
        jalan(f["geometry"]["coordinates"])
    return min(xs), min(ys), max(xs), max(ys)


def _pusat_zoom(batas: tuple[float, float, float, float], lebar_px: float, tinggi_px: float) -> tuple[dict, float]:
    """Centre and zoom that fit the bounds in a map of about this many pixels (Web Mercator, 512 px tiles)."""
    x0, y0, x1, y1 = batas

    def merc(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    dx = max(x1 - x0, 0.05) / 360
    dy = max(merc(y1) - merc(y0), 0.001) / (2 * math.pi)
    zoom = min(math.log2(lebar_px / 512 / dx), math.log2(tinggi_px / 512 / dy)) - 0.3
    return {"lon": (x0 + x1) / 2, "lat": (y0 + y1) / 2}, round(zoom, 2)


def _hover(baris: pd.Series) -> str:
    if fmt.kosong(baris.get("capaian_persen")):
        return f"<b>{baris['nama_pemda']}</b> ({baris['kode_pemda']})<br>{baris['keadaan']}"
    return (
        f"<b>{baris['nama_pemda']}</b> ({baris['kode_pemda']})<br>Capaian {fmt.capaian(baris['capaian_persen'])}"
        f"<br>Predikat {baris['predikat']}"
    )


def gambar_peta(data: pd.DataFrame, judul: str, *, nasional: bool = False, tinggi: int | None = None) -> Peta:
    """Choropleth of `pemda_peta_predikat` rows (kode_pemda, nama_pemda, tingkat, capaian_persen, predikat,
    warna_predikat, keadaan): one trace per layer (provinsi, kabupaten/kota) and colour, legend by predikat."""
    if nasional:
        geo = geojson(None)
    else:
        provinsi = data.loc[data["tingkat"] == "provinsi", "kode_pemda"]
        kode_prov = str(provinsi.iloc[0]) if len(provinsi) else str(data["kode_pemda"].iloc[0]).split(".")[0]
        geo = geojson(kode_prov)
    per_kode = {f["id"]: f for f in geo["features"]}
    ada = data["kode_pemda"].isin(per_kode)
    tanpa = data[~ada].reset_index(drop=True)
    digambar = data[ada].reset_index(drop=True)
    if digambar.empty:
        return Peta(None, [], tanpa)

    digambar = digambar.assign(
        lapisan=(digambar["tingkat"] == "provinsi").map({True: "provinsi", False: "kabkota"}),
        warna=digambar["warna_predikat"].where(digambar["predikat"].notna(), None).fillna(WARNA_TANPA_DATA),
        label=digambar["predikat"].fillna(digambar["keadaan"]),
        urutan=digambar["urutan_predikat"].fillna(99),
    )
    lapisan = [x for x in ("provinsi", "kabkota") if (digambar["lapisan"] == x).any()]
    tinggi = tinggi or (820 if nasional else 520)
    fig = go.Figure()
    # two map subplots: side by side for one province (a province is taller than wide more often), stacked
    # nationally (Indonesia is three times wider than tall)
    jarak = 0.03
    domain: dict[str, dict] = {}
    for i, nama in enumerate(lapisan):
        if len(lapisan) == 1:
            domain[nama] = {"x": [0, 1], "y": [0, 1]}
        elif nasional:
            domain[nama] = {"x": [0, 1], "y": [0.5 + jarak, 1] if i == 0 else [0, 0.5 - jarak]}
        else:
            domain[nama] = {"x": [0, 0.36 - jarak] if i == 0 else [0.36 + jarak, 1], "y": [0, 1]}
    sumbu = {nama: ("map" if i == 0 else f"map{i + 1}") for i, nama in enumerate(lapisan)}
    sudah_legenda: set[str] = set()
    for nama in lapisan:
        bagian = digambar[digambar["lapisan"] == nama]
        fitur = [per_kode[k] for k in bagian["kode_pemda"]]
        for (urutan, label, warna), g in bagian.groupby(["urutan", "label", "warna"], sort=True):
            del urutan
            fig.add_trace(
                go.Choroplethmap(
                    geojson={"type": "FeatureCollection", "features": [per_kode[k] for k in g["kode_pemda"]]},
                    locations=g["kode_pemda"].tolist(),
                    z=[1] * len(g),
                    colorscale=[[0, warna], [1, warna]],
                    showscale=False,
                    marker={"line": {"color": WARNA_GARIS, "width": 1.2 if nama == "provinsi" else 0.8}},
                    name=str(label),
                    legendgroup=str(label),
                    showlegend=label not in sudah_legenda,
                    text=[_hover(b) for _, b in g.iterrows()],
                    hovertemplate="%{text}<extra></extra>",
                    subplot=sumbu[nama],
                )
            )
            sudah_legenda.add(label)
        d = domain[nama]
        lebar_px = 1100 * (d["x"][1] - d["x"][0])
        tinggi_px = tinggi * (d["y"][1] - d["y"][0]) * 0.85
        pusat, zoom = _pusat_zoom(_batas(fitur), lebar_px, tinggi_px)
        fig.update_layout(
            {sumbu[nama]: {"style": "white-bg", "center": pusat, "zoom": zoom, "domain": d}},
        )
    judul_lapisan = {"provinsi": "Provinsi", "kabkota": "Kabupaten/kota"}
    fig.update_layout(
        title={"text": judul, "x": 0, "xanchor": "left", "font": {"size": 16}},
        height=tinggi,
        margin={"l": 10, "r": 10, "t": 60, "b": 30},
        font={"family": FONT},
        paper_bgcolor="white",
        legend={"orientation": "h", "y": -0.02, "yanchor": "top", "x": 0, "title": {"text": "Predikat: "}},
        annotations=[
            {
                "text": judul_lapisan[nama],
                "xref": "paper",
                "yref": "paper",
                "x": domain[nama]["x"][0],
                "y": domain[nama]["y"][1],
                "xanchor": "left",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 12, "color": WARNA_NETRAL},
            }
            for nama in lapisan
        ]
        + [
            {
                "text": SUMBER,
                "xref": "paper",
                "yref": "paper",
                "x": 1,
                "y": 1.0,
                "xanchor": "right",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 9, "color": WARNA_NETRAL},
            }
        ],
    )
    return Peta(fig, digambar["kode_pemda"].tolist(), tanpa)


def teks_tanpa_geometri(tanpa: pd.DataFrame) -> str:
    """'Tanpa geometri: Provinsi X (99), …' for the page, the pack and the deck."""
    return "Tanpa geometri (tidak digambar): " + ", ".join(
        f"{n} ({k})" for k, n in zip(tanpa["kode_pemda"], tanpa["nama_pemda"], strict=True)
    )


def peta_rapat(ambil: object, kode_pemda: str, tahun: int, triwulan: int) -> tuple[str, pd.DataFrame] | None:
    """For the meeting pack and deck: the first indicator the pemda shares with its region (the Kabupaten/Kota
    page's default choice) and its `pemda_peta_predikat` rows; None when it shares none."""
    kelompok = ambil("pemda_banding_kelompok", kode_pemda=kode_pemda)  # type: ignore[operator]
    if kelompok.empty:
        return None
    k = kelompok.iloc[0]
    data = ambil(  # type: ignore[operator]
        "pemda_peta_predikat", kode_pemda=kode_pemda, tahun=tahun, triwulan=triwulan, kelompok=k["kelompok"]
    )
    return str(k["nama_kelompok"]), data


def peta_dari_rapat(nama_indikator: str, data: pd.DataFrame, label_periode: str) -> Peta:
    return gambar_peta(data, f"{nama_indikator}: predikat capaian, {label_periode}")
