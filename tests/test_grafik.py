"""pantau.grafik: a figure is built once per content of what it is built from, and another content is another
figure (issue 21, page time as users feel it)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from pantau import grafik


def test_bangun_sekali_per_isi() -> None:
    panggilan: list[int] = []

    def gambar(data: pd.DataFrame, judul: str, *, hari: dt.date | None = None) -> go.Figure:
        panggilan.append(len(data))
        return go.Figure(go.Bar(x=data["x"], y=data["y"]), layout={"title": {"text": judul}})

    data = pd.DataFrame({"x": ["a", "b"], "y": [1.0, 2.0]})
    pertama = grafik.bangun(gambar, data, "Uji", hari=dt.date(2026, 12, 7))
    # the same content in another frame object: the same figure, not built again
    assert grafik.bangun(gambar, data.copy(), "Uji", hari=dt.date(2026, 12, 7)) is pertama
    assert panggilan == [2]
    # any difference in what the figure is built from is another figure: a value, a column name, a type, an
    # argument, the row order
    lain = [
        (data.assign(y=[1.0, 2.5]), "Uji", dt.date(2026, 12, 7)),
        (data.rename(columns={"y": "z"}).assign(y=[1.0, 2.0]), "Uji", dt.date(2026, 12, 7)),
        (data.assign(y=[1, 2]), "Uji", dt.date(2026, 12, 7)),
        (data, "Uji lain", dt.date(2026, 12, 7)),
        (data, "Uji", dt.date(2026, 12, 8)),
        (data.iloc[::-1], "Uji", dt.date(2026, 12, 7)),
    ]
    for frame, judul, hari in lain:
        assert grafik.bangun(gambar, frame, judul, hari=hari) is not pertama
    assert len(panggilan) == 1 + len(lain)


def test_bangun_tanpa_kunci_tetap_menggambar() -> None:
    """An argument that cannot be keyed (here an object) builds the figure every time rather than failing."""
    panggilan: list[object] = []

    def gambar(benda: object) -> go.Figure:
        panggilan.append(benda)
        return go.Figure()

    benda = object()
    grafik.bangun(gambar, benda)
    grafik.bangun(gambar, benda)
    assert panggilan == [benda, benda]
