"""Figure builders: plain functions, frame in, `plotly.graph_objects.Figure` out (no Streamlit).

Colours of the predikat come from the data (`skala_predikat.warna`, the one palette), so a
configured scale recolours every chart. Numbers on charts use Indonesian formats.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from pantau import format as fmt

FONT = "Source Sans Pro, Arial, sans-serif"
WARNA_NETRAL = "#57606a"


def _tata_letak(fig: go.Figure, judul: str, tinggi: int) -> go.Figure:
    fig.update_layout(
        title={"text": judul, "x": 0, "xanchor": "left"},
        height=tinggi,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        font={"family": FONT, "size": 14},
        separators=",.",  # Indonesian: decimal comma, thousands dot
        plot_bgcolor="white",
        showlegend=False,
    )
    return fig


def gambar_predikat(jumlah: pd.DataFrame) -> go.Figure:
    """IKU count per predikat (columns predikat, jumlah, warna), as horizontal bars in scale order."""
    data = jumlah[jumlah["jumlah"] > 0] if (jumlah["jumlah"] > 0).any() else jumlah
    fig = go.Figure(
        go.Bar(
            x=data["jumlah"],
            y=data["predikat"],
            orientation="h",
            marker_color=data["warna"],
            text=[fmt.angka(v) for v in data["jumlah"]],
            textposition="auto",
            textangle=0,  # a label too long for a short bar goes beside it, never turned on its side
            hovertemplate="%{y}: %{x} IKU<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title="Jumlah IKU", gridcolor="#eaeef2")
    return _tata_letak(fig, "Sebaran predikat capaian IKU", 320)


def gambar_peringkat_pd(per_pd: pd.DataFrame, batas: float | None = None) -> go.Figure:
    """OPD ranking by average capaian (columns singkatan/nama_pd, rata_rata_capaian, warna, predikat)."""
    label = per_pd["singkatan"].fillna(per_pd["nama_pd"]) if "singkatan" in per_pd else per_pd["nama_pd"]
    fig = go.Figure(
        go.Bar(
            x=per_pd["rata_rata_capaian"],
            y=label,
            orientation="h",
            marker_color=per_pd["warna"].fillna(WARNA_NETRAL),
            text=[fmt.persen(v) for v in per_pd["rata_rata_capaian"]],
            textposition="auto",
            textangle=0,  # a label too long for a short bar goes beside it, never turned on its side
            customdata=per_pd[["nama_pd", "predikat", "jumlah_iku"]].astype(str).to_numpy(),
            hovertemplate="%{customdata[0]}<br>Rata-rata capaian %{x:,.1f} %<br>%{customdata[1]} · "
            "%{customdata[2]} IKU<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(title="Rata-rata capaian (%)", gridcolor="#eaeef2", range=[0, max(100.0, batas or 0) * 1.05])
    return _tata_letak(fig, "Peringkat OPD menurut rata-rata capaian IKU", max(320, 26 * len(per_pd) + 90))


def gambar_jumlah_tabel(jumlah: pd.DataFrame) -> go.Figure:
    """Rows per table (columns tabel, jumlah), for the Data page."""
    per_tabel = jumlah.groupby("tabel", sort=False, as_index=False)["jumlah"].sum()
    fig = go.Figure(
        go.Bar(
            x=per_tabel["jumlah"],
            y=per_tabel["tabel"],
            orientation="h",
            marker_color="#0969da",
            text=[fmt.angka(v) for v in per_tabel["jumlah"]],
            textposition="auto",
            textangle=0,  # a label too long for a short bar goes beside it, never turned on its side
            hovertemplate="%{y}: %{x:,.0f} baris<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title="Jumlah baris", type="log", gridcolor="#eaeef2")
    return _tata_letak(fig, "Jumlah baris per tabel (skala log)", max(320, 24 * len(per_tabel) + 90))
