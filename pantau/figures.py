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
    fig.update_xaxes(separatethousands=True)
    fig.update_yaxes(separatethousands=True)
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
    label = _label_pd(per_pd)
    fig = go.Figure(
        go.Bar(
            x=per_pd["rata_rata_capaian"],
            y=label,
            orientation="h",
            marker_color=per_pd["warna"].fillna(WARNA_NETRAL),
            # The coverage beside every average and rank (CONTRACT.md v2): "63,7 % · 1 dari 2 IKU melapor TW III".
            text=[
                f"{fmt.capaian(v)} · {c}" if "cakupan" in per_pd else fmt.capaian(v)
                for v, c in zip(
                    per_pd["rata_rata_capaian"], per_pd.get("cakupan", per_pd["rata_rata_capaian"]), strict=True
                )
            ],
            textposition="auto",
            textangle=0,  # a label too long for a short bar goes beside it, never turned on its side
            customdata=per_pd[["nama_pd", "predikat", "jumlah_iku"]].astype(str).to_numpy(),
            hovertemplate="%{customdata[0]}<br>Rata-rata capaian %{x:,.2f} %<br>%{customdata[1]} · "
            "%{customdata[2]} IKU melapor<extra></extra>",
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


# --------------------------------------------------------------------------- Distribusi Jadwal

# Categorical colours of the three phases (not a status: the predikat palette does not apply).
WARNA_TAHAP = {"persiapan": "#54aeff", "pelaksanaan": "#0969da", "pelaporan": "#8250df"}
# Money against plan: behind (spending below the cash plan / below the target band) and ahead.
WARNA_TERTINGGAL = "#cf222e"
WARNA_MENDAHULUI = "#2da44e"
WARNA_TARGET = "rgba(45, 164, 78, 0.22)"


def _skala_rupiah(nilai: pd.Series) -> tuple[float, str]:
    """Divisor and unit for a rupiah axis: Plotly's own SI suffixes (G, B) are not Indonesian, so the axis
    is drawn in triliun / miliar / juta rupiah, whichever fits the largest value."""
    terbesar = float(nilai.abs().max()) if len(nilai) and nilai.notna().any() else 0.0
    for pembagi, satuan in ((1e12, "triliun Rp"), (1e9, "miliar Rp"), (1e6, "juta Rp")):
        if terbesar >= pembagi:
            return pembagi, satuan
    return 1.0, "Rp"


def _ukuran(data: pd.DataFrame, ukuran: str) -> tuple[pd.Series, list[str], str]:
    """Values to draw, their hover texts and the axis title of the chosen measure: 'jumlah' (sub kegiatan)
    or 'pagu' (pagu-weighted, drawn in a rupiah unit)."""
    if ukuran == "pagu":
        pembagi, satuan = _skala_rupiah(data["bobot_pagu"])
        return (
            data["bobot_pagu"] / pembagi,
            [fmt.rupiah(v) for v in data["bobot_pagu"]],
            f"Pagu ({satuan})",
        )
    return (
        data["jumlah_kegiatan"],
        [fmt.angka(v) for v in data["jumlah_kegiatan"]],
        "Jumlah sub kegiatan",
    )


def gambar_peta_pelaksanaan(peta: pd.DataFrame, ukuran: str = "jumlah") -> go.Figure:
    """Heatmap OPD × month of sub kegiatan in pelaksanaan (columns label_pd, nama_pd, bulan, jumlah_kegiatan,
    bobot_pagu). OPD rows keep the frame's order (worst pile-up first, at the top)."""
    nilai, teks, satuan = _ukuran(peta, ukuran)
    data = peta.assign(_nilai=nilai.to_numpy(), _teks=teks)
    label = list(dict.fromkeys(data["label_pd"]))
    z = data.pivot_table(index="label_pd", columns="bulan", values="_nilai", aggfunc="sum", sort=False)
    z = z.reindex(index=label, columns=range(1, 13)).fillna(0)
    # one dictionary lookup per cell (two .loc per cell took 0,3 s for the 31 OPD of the demo)
    sel = {
        (opd, int(b)): f"{nama}<br>{fmt.BULAN[int(b) - 1]}: {teks}"
        for opd, b, nama, teks in zip(data["label_pd"], data["bulan"], data["nama_pd"], data["_teks"], strict=True)
    }
    hover = [[sel.get((opd, b), "") for b in range(1, 13)] for opd in label]
    fig = go.Figure(
        go.Heatmap(
            z=z.to_numpy(),
            x=fmt.BULAN_SINGKAT,
            y=label,
            colorscale="Blues",
            # Counts are short enough to print in the cells; rupiah are read from the hover.
            text=z.map(fmt.angka).to_numpy() if ukuran != "pagu" else None,
            texttemplate="%{text}" if ukuran != "pagu" else None,
            customdata=hover,
            hovertemplate="%{customdata}<extra></extra>",
            colorbar={"title": {"text": satuan, "side": "right"}, "thickness": 12},
            xgap=1,
            ygap=1,
        )
    )
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(type="category")
    judul = "Peta pelaksanaan kegiatan per OPD dan bulan" + (" (bobot pagu)" if ukuran == "pagu" else "")
    return _tata_letak(fig, judul, max(320, 22 * len(label) + 110))


def gambar_tahap_bulan(tahap_bulan: pd.DataFrame, ukuran: str = "jumlah") -> go.Figure:
    """Stacked monthly bars by tahap (columns tahap, bulan, jumlah_kegiatan, bobot_pagu)."""
    nilai, teks, satuan = _ukuran(tahap_bulan, ukuran)
    data = tahap_bulan.assign(_nilai=nilai.to_numpy(), _teks=teks)
    fig = go.Figure()
    for tahap, warna in WARNA_TAHAP.items():
        bagian = data[data["tahap"] == tahap].sort_values("bulan")
        fig.add_trace(
            go.Bar(
                x=[fmt.BULAN_SINGKAT[b - 1] for b in bagian["bulan"]],
                y=bagian["_nilai"],
                name=tahap.capitalize(),
                marker_color=warna,
                customdata=bagian["_teks"],
                hovertemplate=f"{tahap.capitalize()} · %{{x}}: %{{customdata}}<extra></extra>",
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title=satuan, gridcolor="#eaeef2")
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=fmt.BULAN_SINGKAT)
    _tata_letak(fig, "Tahap kegiatan per bulan", 380)
    fig.update_layout(showlegend=True, legend={"orientation": "h", "y": -0.12, "traceorder": "normal"})
    return fig


def gambar_penumpukan(per_pd: pd.DataFrame) -> go.Figure:
    """Share of Oct–Dec per OPD, cash plan, execution by count and execution weighted by pagu side by side, with
    the even spread (25 %) and the flag threshold (columns label_pd, nama_pd, porsi_kas_tw4, porsi_pelaksanaan_tw4,
    porsi_pagu_tw4, porsi_merata_tw4, ambang_persen, ditandai). Rows keep the frame's order (worst first, at the
    top)."""
    label = [("⚠ " if d else "") + str(lbl) for lbl, d in zip(per_pd["label_pd"], per_pd["ditandai"], strict=True)]
    fig = go.Figure()
    for kolom, nama, warna in (
        ("porsi_kas_tw4", "Rencana kas", "#0969da"),
        ("porsi_pelaksanaan_tw4", "Bulan pelaksanaan", "#8c959f"),
        ("porsi_pagu_tw4", "Pelaksanaan berbobot pagu", "#8250df"),
    ):
        fig.add_trace(
            go.Bar(
                x=per_pd[kolom],
                y=label,
                orientation="h",
                name=nama,
                marker_color=warna,
                customdata=per_pd["nama_pd"],
                hovertemplate=f"%{{customdata}}<br>{nama}: %{{x:,.1f}} % di Okt–Des<extra></extra>",
            )
        )
    if len(per_pd):
        # The two reference lines are named in the legend (dummy traces): annotations on a tall, narrow chart
        # collide with the bars and the axis labels.
        merata = float(per_pd["porsi_merata_tw4"].iloc[0])
        ambang = float(per_pd["ambang_persen"].iloc[0])
        for x, nama, garis in (
            (merata, f"merata {fmt.persen(merata, 0)}", {"color": WARNA_NETRAL, "dash": "dot"}),
            (ambang, f"ambang {fmt.persen(ambang, 0)}", {"color": WARNA_TERTINGGAL, "dash": "dash"}),
        ):
            fig.add_vline(x=x, line=garis)
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", line=garis, name=nama, hoverinfo="skip"))
    fig.update_layout(barmode="group", bargap=0.25)
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(title="Porsi Oktober–Desember (%)", gridcolor="#eaeef2", range=[0, 100])
    _tata_letak(fig, "Porsi Oktober–Desember per OPD", max(360, 40 * len(per_pd) + 140))
    fig.update_layout(
        showlegend=True,
        legend={"orientation": "h", "y": 1, "yanchor": "bottom", "x": 0, "xanchor": "left"},
        margin={"t": 100},
    )
    return fig


def batas_target(x: object) -> str:
    """A limit of the absorption band: whole at a quarter's end ('65'), one decimal when interpolated ('56,7')."""
    if fmt.kosong(x):
        return "–"
    v = float(x)  # type: ignore[arg-type]
    return fmt.angka(v, 0 if v.is_integer() else 1)


def gambar_kurva_s(serapan: pd.DataFrame, judul: str) -> go.Figure:
    """S-curve: cumulative rencana kas and realisasi as % of pagu per month (columns of serapan_anggaran), with
    the absorption-target band of every month (target_bawah, target_atas: interpolated between quarter ends,
    from 0 at the start of the year; the quarter ends, where the band is set, outlined more strongly)."""
    bulan = [fmt.BULAN_SINGKAT[b - 1] for b in serapan["bulan"]]
    akhir_tw = serapan["bulan"] % 3 == 0
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            x=bulan,
            y=serapan["target_atas"] - serapan["target_bawah"],
            base=serapan["target_bawah"],
            name="Target serapan s.d. bulan itu",
            marker={
                "color": WARNA_TARGET,
                "line": {"color": WARNA_MENDAHULUI, "width": [1.5 if a else 0 for a in akhir_tw]},
            },
            width=0.6,
            customdata=[
                f"{batas_target(a)}–{batas_target(b)} %"
                + (f" (akhir {fmt.TRIWULAN[(m + 2) // 3]})" if m % 3 == 0 else " (garis lurus antar-akhir triwulan)")
                for m, a, b in zip(serapan["bulan"], serapan["target_bawah"], serapan["target_atas"], strict=True)
            ],
            hovertemplate="Target s.d. %{x}: %{customdata}<extra></extra>",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=bulan,
            y=serapan["persen_rencana_kas_kumulatif"],
            name="Rencana kas (kumulatif)",
            mode="lines+markers",
            line={"color": WARNA_NETRAL, "dash": "dash", "width": 2},
            customdata=[fmt.rupiah(v) for v in serapan["rencana_kas_kumulatif"]],
            hovertemplate="Rencana kas s.d. %{x}: %{y:,.1f} % (%{customdata})<extra></extra>",
        )
    )
    ada = serapan[serapan["persen_serapan"].notna()]
    fig.add_trace(
        go.Scatter(
            x=[fmt.BULAN_SINGKAT[b - 1] for b in ada["bulan"]],
            y=ada["persen_serapan"],
            name="Realisasi (kumulatif)",
            mode="lines+markers",
            line={"color": "#0969da", "width": 3},
            customdata=[fmt.rupiah(v) for v in ada["realisasi_kumulatif"]],
            hovertemplate="Realisasi s.d. %{x}: %{y:,.1f} % (%{customdata})<extra></extra>",
        )
    )
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=fmt.BULAN_SINGKAT)
    fig.update_yaxes(title="% dari pagu", gridcolor="#eaeef2", range=[0, 105], ticksuffix=" %")
    _tata_letak(fig, judul, 420)
    fig.update_layout(showlegend=True, legend={"orientation": "h", "y": -0.12}, barmode="overlay")
    return fig


def gambar_deviasi_bulan(serapan: pd.DataFrame) -> go.Figure:
    """Monthly realisasi − rencana kas (column deviasi, NULL for months not yet reported), red when behind."""
    ada = serapan[serapan["deviasi"].notna()]
    pembagi, satuan = _skala_rupiah(ada["deviasi"])
    fig = go.Figure(
        go.Bar(
            x=[fmt.BULAN_SINGKAT[b - 1] for b in ada["bulan"]],
            y=ada["deviasi"] / pembagi,
            marker_color=[WARNA_TERTINGGAL if v < 0 else WARNA_MENDAHULUI for v in ada["deviasi"]],
            customdata=[
                [fmt.rupiah(d), fmt.rupiah(k)] for d, k in zip(ada["deviasi"], ada["deviasi_kumulatif"], strict=True)
            ],
            hovertemplate="%{x}: %{customdata[0]}<br>s.d. bulan ini: %{customdata[1]}<extra></extra>",
        )
    )
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=fmt.BULAN_SINGKAT)
    fig.update_yaxes(
        title=f"Realisasi − rencana kas ({satuan})",
        gridcolor="#eaeef2",
        zerolinecolor=WARNA_NETRAL,
    )
    return _tata_letak(fig, "Deviasi realisasi − rencana kas per bulan", 340)


def gambar_fisik_keuangan(per_pd: pd.DataFrame) -> go.Figure:
    """Physical vs financial progress per OPD as a dumbbell (columns label_pd, nama_pd, bulan, persen_serapan,
    persen_rencana_kas_kumulatif, fisik_persen, target_bawah, target_atas, status_target). Rows keep the
    frame's order (lowest absorption first, at the top); the month's target band (interpolated between quarter
    ends) is shaded. Keuangan red when below it."""
    label = list(per_pd["label_pd"])
    fig = go.Figure()
    garis_x: list[object] = []
    garis_y: list[object] = []
    for lbl, k, f in zip(label, per_pd["persen_serapan"], per_pd["fisik_persen"], strict=True):
        garis_x += [k, f, None]
        garis_y += [lbl, lbl, None]
    fig.add_trace(
        go.Scatter(
            x=garis_x,
            y=garis_y,
            mode="lines",
            line={"color": "#d0d7de", "width": 3},
            hoverinfo="skip",
            showlegend=False,
        )
    )
    fig.add_trace(
        go.Scatter(
            x=per_pd["persen_rencana_kas_kumulatif"],
            y=label,
            mode="markers",
            name="Rencana kas",
            marker={
                "symbol": "line-ns-open",
                "size": 14,
                "color": WARNA_NETRAL,
                "line": {"width": 2},
            },
            customdata=per_pd["nama_pd"],
            hovertemplate="%{customdata}<br>Rencana kas s.d. bulan ini: %{x:,.1f} % pagu<extra></extra>",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=per_pd["fisik_persen"],
            y=label,
            mode="markers",
            name="Fisik",
            marker={"symbol": "diamond", "size": 10, "color": "#8250df"},
            customdata=per_pd["nama_pd"],
            hovertemplate="%{customdata}<br>Fisik: %{x:,.1f} %<extra></extra>",
        )
    )
    # Two traces so the legend tells red (below the quarter's target band) from blue.
    di_bawah = per_pd["status_target"] == "di bawah target"
    for bagian, nama, warna in (
        (per_pd[~di_bawah], "Keuangan", "#0969da"),
        (per_pd[di_bawah], "Keuangan, di bawah target", WARNA_TERTINGGAL),
    ):
        fig.add_trace(
            go.Scatter(
                x=bagian["persen_serapan"],
                y=bagian["label_pd"],
                mode="markers",
                name=nama,
                marker={"size": 10, "color": warna},
                customdata=bagian["nama_pd"],
                hovertemplate="%{customdata}<br>Keuangan: %{x:,.1f} % pagu<extra></extra>",
            )
        )
    # the band of the month shown (interpolated between quarter ends before a quarter's end)
    ada_target = per_pd[per_pd["target_bawah"].notna()]
    if len(ada_target):
        bawah, atas = (
            float(ada_target["target_bawah"].iloc[0]),
            float(ada_target["target_atas"].iloc[0]),
        )
        fig.add_vrect(
            x0=bawah,
            x1=atas,
            fillcolor=WARNA_TARGET,
            line_width=0,
            annotation_text=f"target {batas_target(bawah)}–{batas_target(atas)} %",
            annotation_position="top left",
        )
    fig.update_yaxes(autorange="reversed", type="category", categoryorder="array", categoryarray=label)
    fig.update_xaxes(title="% (keuangan: dari pagu)", gridcolor="#eaeef2", range=[0, 105])
    bulan = int(per_pd["bulan"].iloc[0]) if len(per_pd) else 12
    _tata_letak(
        fig,
        f"Progres fisik dan keuangan per OPD s.d. {fmt.BULAN[bulan - 1]}",
        max(360, 26 * len(label) + 130),
    )
    fig.update_layout(
        showlegend=True,
        legend={
            "orientation": "h",
            "y": 1.0,
            "yanchor": "bottom",
            "x": 1,
            "xanchor": "right",
        },
    )
    return fig


# --------------------------------------------------------------------------- Capaian IKU (issue 4)

WARNA_TAHUN_LALU = "#afb8c1"


def _label_pd(frame: pd.DataFrame) -> pd.Series:
    """The OPD's abbreviation when it has one, else its name; with its pemda when the rows span several pemda
    (the national view: every pemda's Dinkes has the same national code and abbreviation)."""
    label = frame["singkatan"].fillna(frame["nama_pd"]) if "singkatan" in frame else frame["nama_pd"]
    if "kode_pemda" in frame and frame["kode_pemda"].nunique() > 1:
        label = label.astype(str) + " · " + frame["kode_pemda"].astype(str)
    return label


def gambar_peta_capaian_pd(tren: pd.DataFrame) -> go.Figure:
    """OPD × triwulan heatmap of average capaian (columns nama_pd, singkatan, urutan_pd, triwulan,
    rata_rata_capaian, predikat, urutan_predikat, warna, jumlah_lapor, jumlah_wajib_lapor). A cell takes
    the colour of its predikat from the data; OPD in `urutan_pd` order, top to bottom."""
    data = tren.sort_values(["urutan_pd", "triwulan"]).assign(label=_label_pd)
    ada = data["urutan_predikat"].notna()
    ubin = pd.DataFrame(
        {
            "baris": data["label"],
            "kolom": data["triwulan"].map(fmt.TRIWULAN),
            "kelas": data["urutan_predikat"],
            "warna": data["warna"],
            "teks": [fmt.persen(v) if a else "" for v, a in zip(data["rata_rata_capaian"], ada, strict=True)],
            "hover": [
                f"{r.nama_pd} · {fmt.TRIWULAN[r.triwulan]}<br>Rata-rata capaian {fmt.persen(r.rata_rata_capaian)}"
                f"<br>{r.predikat if a else 'Belum ada capaian'} · {fmt.angka(r.jumlah_lapor)} dari "
                f"{fmt.angka(r.jumlah_wajib_lapor)} IKU melapor"
                for r, a in zip(data.itertuples(), ada, strict=True)
            ],
        }
    )
    baris = list(dict.fromkeys(ubin["baris"]))
    kolom = [fmt.TRIWULAN[k] for k in sorted(data["triwulan"].unique().tolist())]
    return _ubin(ubin, baris, kolom, "Rata-rata capaian IKU per OPD dan triwulan", tinggi_baris=26)


def gambar_rinci_iku(rinci: pd.DataFrame) -> go.Figure:
    """One indicator, drill-down: realisasi s.d. triwulan of last year beside this year's (bars, this year's
    coloured by predikat), this year's target s.d. triwulan, and the annual and end-of-period targets as
    lines. Columns: tahun, triwulan, tahun_terpilih, realisasi_sd, target_sd, target_min_sd, target_max_sd,
    target_tahunan, target_min_tahunan, target_max_tahunan, target_akhir_periode, warna_predikat, predikat,
    capaian_persen, belum_lapor, nama_indikator, satuan."""
    x = [fmt.TRIWULAN[k] for k in (1, 2, 3, 4)]
    ini = rinci[rinci["tahun_terpilih"]].set_index("triwulan").reindex([1, 2, 3, 4])
    lalu = rinci[~rinci["tahun_terpilih"]].set_index("triwulan").reindex([1, 2, 3, 4])
    tahun = int(rinci.loc[rinci["tahun_terpilih"], "tahun"].iloc[0]) if rinci["tahun_terpilih"].any() else None
    satuan = rinci["satuan"].dropna().iloc[0] if rinci["satuan"].notna().any() else ""

    def nilai(seri: pd.Series) -> list[object]:
        return [None if fmt.kosong(v) else float(v) for v in seri]

    fig = go.Figure()
    if lalu["realisasi_sd"].notna().any():
        fig.add_trace(
            go.Bar(
                name=f"Realisasi s.d. TW {tahun - 1 if tahun else ''}",
                x=x,
                y=nilai(lalu["realisasi_sd"]),
                marker_color=WARNA_TAHUN_LALU,
                text=[fmt.nilai(v) if not fmt.kosong(v) else "" for v in lalu["realisasi_sd"]],
                textposition="outside",
                textangle=0,
                hovertemplate="%{x} tahun lalu: %{text}<extra></extra>",
            )
        )
    fig.add_trace(
        go.Bar(
            name=f"Realisasi s.d. TW {tahun or ''}",
            x=x,
            y=nilai(ini["realisasi_sd"]),
            marker_color=ini["warna_predikat"].fillna(WARNA_NETRAL).tolist(),
            text=[fmt.nilai(v) if not fmt.kosong(v) else "" for v in ini["realisasi_sd"]],
            textposition="outside",
            textangle=0,
            customdata=[
                f"capaian {fmt.persen(c)} · {p}" if not fmt.kosong(p) else "capaian –"
                for c, p in zip(ini["capaian_persen"], ini["predikat"], strict=True)
            ],
            hovertemplate="%{x}: %{text}<br>%{customdata}<extra></extra>",
        )
    )
    garis = [
        ("target_sd", "Target s.d. TW", "solid", "#24292f"),
        ("target_min_sd", "Batas bawah target s.d. TW", "solid", "#24292f"),
        ("target_max_sd", "Batas atas target s.d. TW", "solid", "#24292f"),
        ("target_tahunan", "Target tahunan", "dash", "#0969da"),
        ("target_min_tahunan", "Batas bawah target tahunan", "dash", "#0969da"),
        ("target_max_tahunan", "Batas atas target tahunan", "dash", "#0969da"),
        ("target_akhir_periode", "Target akhir periode", "dot", "#8250df"),
    ]
    for kolom, label, gaya, warna in garis:
        if kolom in ini and ini[kolom].notna().any():
            fig.add_trace(
                go.Scatter(
                    name=label,
                    x=x,
                    y=nilai(ini[kolom]),
                    mode="lines+markers" if gaya == "solid" else "lines",
                    line={"color": warna, "dash": gaya, "width": 2},
                    connectgaps=gaya != "solid",
                    hovertemplate=f"%{{x}}: {label} %{{y:,.2f}}<extra></extra>",
                )
            )
    for k, belum in zip(x, ini["belum_lapor"].fillna(False), strict=True):
        if belum:
            fig.add_annotation(
                x=k, y=0, text="belum lapor", showarrow=False, yanchor="bottom", font={"color": "#d1242f"}
            )
    fig.update_layout(barmode="group")
    fig.update_yaxes(title=satuan, gridcolor="#eaeef2", tickformat=",", rangemode="tozero")
    _tata_letak(fig, "Target dan realisasi s.d. triwulan, tahun ini dan tahun lalu", 420)
    fig.update_layout(showlegend=True, legend={"orientation": "h", "y": -0.15, "yanchor": "top", "x": 0})
    return fig


# --------------------------------------------------------------------------- program unggulan, janji, keterlacakan


def _potong(teks: object, panjang: int) -> str:
    """A label cut to `panjang` characters with an ellipsis, so long names do not squeeze the plot."""
    teks = "" if fmt.kosong(teks) else str(teks)
    return teks if len(teks) <= panjang else teks[: panjang - 1].rstrip() + "…"


def gambar_tonggak_unggulan(tonggak: pd.DataFrame, hari_ini: object) -> go.Figure:
    """Gantt of flagship milestones: one bar per tonggak over its planned month, coloured by its state as of
    `hari_ini` (columns kode_unggulan, nama_program, tonggak, awal, akhir, tanggal_selesai, keadaan,
    label_keadaan, warna, urutan_keadaan), a diamond where it was completed, and a line at `hari_ini`."""
    data = tonggak.assign(
        baris=[f"{k} · {_potong(t, 44)}" for k, t in zip(tonggak["kode_unggulan"], tonggak["tonggak"], strict=True)],
        awal=pd.to_datetime(tonggak["awal"]),
        akhir=pd.to_datetime(tonggak["akhir"]),
    )
    fig = go.Figure()
    keadaan = data.drop_duplicates("keadaan").sort_values("urutan_keadaan")
    for _, k in keadaan.iterrows():
        bagian = data[data["keadaan"] == k["keadaan"]]
        fig.add_trace(
            go.Bar(
                y=bagian["baris"],
                base=bagian["awal"],
                # a date axis takes bar lengths in milliseconds
                x=(bagian["akhir"] - bagian["awal"]).dt.total_seconds() * 1000,
                orientation="h",
                name=k["label_keadaan"],
                marker_color=k["warna"],
                customdata=list(
                    zip(
                        bagian["nama_program"],
                        bagian["tonggak"],
                        [f"{fmt.BULAN[a.month - 1]} {a.year}" for a in bagian["awal"]],
                        [fmt.tanggal(t) for t in bagian["tanggal_selesai"]],
                        strict=True,
                    )
                ),
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>Rencana: %{customdata[2]}"
                "<br>Selesai: %{customdata[3]}<extra>" + str(k["label_keadaan"]) + "</extra>",
            )
        )
    selesai = data[data["tanggal_selesai"].notna()]
    if len(selesai):
        fig.add_trace(
            go.Scatter(
                x=pd.to_datetime(selesai["tanggal_selesai"]),
                y=selesai["baris"],
                mode="markers",
                name="Tanggal selesai",
                marker={"symbol": "diamond", "size": 9, "color": "#24292f", "line": {"color": "white", "width": 1}},
                customdata=[fmt.tanggal(t) for t in selesai["tanggal_selesai"]],
                hovertemplate="%{y}<br>Selesai %{customdata}<extra></extra>",
            )
        )
    hari = pd.Timestamp(hari_ini)
    fig.add_shape(
        type="line",
        x0=hari,
        x1=hari,
        yref="paper",
        y0=0,
        y1=1,
        line={"color": "#cf222e", "width": 2, "dash": "dash"},
    )
    mulai = min(data["awal"].min(), hari).to_period("M").to_timestamp()
    akhir = max(data["akhir"].max(), hari + pd.offsets.MonthBegin(1))
    # below the plot (above it are the month ticks), on the side of the line that has room
    fig.add_annotation(
        x=hari,
        y=0,
        yref="paper",
        yanchor="top",
        xanchor="right" if hari > mulai + (akhir - mulai) / 2 else "left",
        showarrow=False,
        text=f"Hari ini: {fmt.tanggal(hari)}",
        font={"color": "#cf222e"},
    )
    # Every other flagship on a light band, so its milestones read as one group.
    posisi = {b: i for i, b in enumerate(data["baris"])}
    for n, (_, kelompok) in enumerate(data.groupby("kode_unggulan", sort=False)):
        if n % 2 == 0:
            fig.add_shape(
                type="rect",
                xref="paper",
                x0=0,
                x1=1,
                y0=posisi[kelompok["baris"].iloc[0]] - 0.5,
                y1=posisi[kelompok["baris"].iloc[-1]] + 0.5,
                fillcolor="#f6f8fa",
                line={"width": 0},
                layer="below",
            )
    # Month ticks in Indonesian (Plotly would write English month names).
    bulan = pd.date_range(mulai, akhir, freq="MS")
    fig.update_xaxes(
        type="date",
        tickvals=bulan,
        ticktext=[
            fmt.BULAN_SINGKAT[b.month - 1] + (f"<br>{b.year}" if i == 0 or b.month == 1 else "")
            for i, b in enumerate(bulan)
        ],
        range=[mulai, akhir],
        gridcolor="#eaeef2",
        side="top",
    )
    fig.update_yaxes(autorange="reversed", type="category", categoryorder="array", categoryarray=data["baris"])
    _tata_letak(fig, "Tonggak program unggulan", max(360, 24 * len(data) + 200))
    fig.update_layout(
        barmode="overlay",
        showlegend=True,
        legend={"orientation": "h", "y": 0, "yanchor": "bottom", "x": 0, "yref": "container"},
        margin={"l": 10, "r": 10, "t": 90, "b": 90},
    )
    return fig


def gambar_janji(janji: pd.DataFrame) -> go.Figure:
    """Pagu and realisasi of the tagged activities per campaign promise (columns kode_janji, uraian, pagu,
    realisasi_sd, serapan_persen, label_status, warna_status); the realisasi bar takes the promise's status
    colour. Promises without any activity have nothing to draw and are left to the table."""
    data = janji[janji["jumlah_kegiatan"] > 0]
    label = [f"{k} · {_potong(u, 42)}" for k, u in zip(data["kode_janji"], data["uraian"], strict=True)]
    pembagi, satuan = _skala_rupiah(data["pagu"])
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            y=label,
            x=data["pagu"] / pembagi,
            orientation="h",
            name="Pagu",
            marker_color="#d0d7de",
            customdata=[fmt.rupiah(v) for v in data["pagu"]],
            hovertemplate="%{y}<br>Pagu %{customdata}<extra></extra>",
        )
    )
    fig.add_trace(
        go.Bar(
            y=label,
            x=data["realisasi_sd"] / pembagi,
            orientation="h",
            name="Realisasi (warna: status janji)",
            marker_color=data["warna_status"],
            text=[fmt.persen(v) for v in data["serapan_persen"]],
            textposition="outside",
            textangle=0,
            customdata=list(
                zip(
                    [fmt.rupiah(v) for v in data["realisasi_sd"]],
                    [fmt.persen(v) for v in data["serapan_persen"]],
                    data["label_status"],
                    strict=True,
                )
            ),
            hovertemplate="%{y}<br>Realisasi %{customdata[0]} (%{customdata[1]} dari pagu)<br>"
            "Status: %{customdata[2]}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(title=f"Pagu dan realisasi ({satuan})", gridcolor="#eaeef2", tickformat=",")
    _tata_letak(fig, "Pagu dan realisasi kegiatan bertanda per janji", max(320, 30 * len(data) + 130))
    fig.update_layout(
        barmode="overlay",
        showlegend=True,
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 1, "xanchor": "right"},
    )
    return fig


def gambar_pohon_kinerja(pohon: pd.DataFrame, kedalaman: int = 4, *, sub_kegiatan: bool = True) -> go.Figure:
    """Treemap of the cascade misi → sasaran → IKU → program → kegiatan → sub kegiatan (columns id, parent,
    label, tingkat, kode, pagu, capaian_persen, periode, predikat, warna): size = pagu, colour = the predikat
    colour from the data (grey where there is no capaian or no path to an IKU). Click a box to go deeper.

    Without `sub_kegiatan` the tree ends at kegiatan (a kegiatan's box is still its whole pagu): the sub kegiatan
    are two thirds of the boxes (1.694 of 2.566 in the demo) and Plotly lays out every box, shown or not, so the
    tree draws 3–4× faster in the browser."""
    if not sub_kegiatan:
        pohon = pohon[pohon["tingkat"] != "sub_kegiatan"]
    nama_tingkat = {
        "pemda": "Semua program",
        "misi": "Misi",
        "yatim": "Tanpa jalur ke IKU",
        "sasaran": "Sasaran RPJMD",
        "iku": "IKU",
        "program": "Program",
        "kegiatan": "Kegiatan",
        "sub_kegiatan": "Sub kegiatan",
    }
    capaian = [
        "Tanpa jalur ke IKU"
        if y
        else (
            "Belum ada capaian"
            if fmt.kosong(c)
            else f"Capaian {fmt.persen(c)}{' (' + p + ')' if not fmt.kosong(p) else ''}"
            + ("" if fmt.kosong(r) else f" · {fmt.TRIWULAN.get(int(str(r)[-1]), r)}")
        )
        for c, p, r, y in zip(pohon["capaian_persen"], pohon["predikat"], pohon["periode"], pohon["yatim"], strict=True)
    ]
    fig = go.Figure(
        go.Treemap(
            ids=pohon["id"],
            parents=pohon["parent"],
            labels=[_potong(v, 70) for v in pohon["label"]],
            values=pohon["pagu"],
            branchvalues="total",
            maxdepth=kedalaman,
            marker={"colors": pohon["warna"].fillna(WARNA_NETRAL), "line": {"color": "white", "width": 1}},
            customdata=list(
                zip(
                    [nama_tingkat.get(t, t) for t in pohon["tingkat"]],
                    ["" if fmt.kosong(k) else str(k) for k in pohon["kode"]],
                    [fmt.rupiah(v) for v in pohon["pagu"]],
                    capaian,
                    strict=True,
                )
            ),
            texttemplate="%{label}<br>%{customdata[2]}",
            hovertemplate="<b>%{label}</b><br>%{customdata[0]} %{customdata[1]}<br>Pagu %{customdata[2]}"
            "<br>%{customdata[3]}<extra></extra>",
            pathbar={"visible": True},
            sort=True,
        )
    )
    _tata_letak(fig, "Pohon kinerja: misi → sasaran → IKU → program → kegiatan → sub kegiatan", 720)
    fig.update_layout(margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def gambar_porsi_prioritas(per_pd: pd.DataFrame) -> go.Figure:
    """Share of pagu on priority vs non-priority sub kegiatan per OPD (columns singkatan/nama_pd,
    porsi_prioritas_persen, porsi_non_prioritas_persen, pagu_prioritas, pagu_non_prioritas,
    non_prioritas_lebih_besar, warna_/label_prioritas, warna_/label_non_prioritas); flagged OPDs marked ⚠."""
    nama = _label_pd(per_pd)
    label = [f"⚠ {n}" if f else str(n) for n, f in zip(nama, per_pd["non_prioritas_lebih_besar"], strict=True)]
    fig = go.Figure()
    for jenis in ("non_prioritas", "prioritas"):
        fig.add_trace(
            go.Bar(
                y=label,
                x=per_pd[f"porsi_{jenis}_persen"],
                orientation="h",
                name=str(per_pd[f"label_{jenis}"].iloc[0]) if len(per_pd) else jenis,
                marker_color=per_pd[f"warna_{jenis}"].iloc[0] if len(per_pd) else WARNA_NETRAL,
                text=[fmt.persen(v, 0) for v in per_pd[f"porsi_{jenis}_persen"]],
                textposition="inside",
                insidetextanchor="middle",
                textangle=0,
                customdata=list(zip(per_pd["nama_pd"], [fmt.rupiah(v) for v in per_pd[f"pagu_{jenis}"]], strict=True)),
                hovertemplate="%{customdata[0]}<br>%{x:,.1f} % · %{customdata[1]}<extra>%{fullData.name}</extra>",
            )
        )
    fig.add_vline(x=50, line={"color": "#24292f", "width": 1, "dash": "dot"})
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(title="Porsi pagu OPD (%)", range=[0, 100], gridcolor="#eaeef2")
    _tata_letak(fig, "Porsi pagu prioritas dan non-prioritas per OPD", max(320, 24 * len(per_pd) + 130))
    fig.update_layout(
        barmode="stack",
        showlegend=True,
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 1, "xanchor": "right"},
    )
    return fig


def warna_teks(latar: str) -> str:
    """Black or white text, whichever reads better on the background colour `latar` ("#rrggbb"): the
    predikat colours come from the data, so a table cell cannot assume a dark or a light one."""
    r, g, b = (int(latar.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    # Relative luminance (ITU-R BT.601 weights) against the midpoint.
    return "#1f2328" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


# --------------------------------------------------------------------------- Kerja sama, PK, SAKIP, Kabupaten/Kota (issue 9)


def _ubin(data: pd.DataFrame, baris: list[str], kolom: list[str], judul: str, *, tinggi_baris: int = 30) -> go.Figure:
    """A tile grid (rows × columns) coloured from the data: `data` has one row per filled tile with columns
    baris, kolom, kelas (an orderable class, e.g. urutan predikat), warna, teks and hover. Tiles without a
    row stay blank. Each class present becomes one step of a stepped colour scale built from its own colour."""
    kelas = data.dropna(subset=["kelas"]).drop_duplicates("kelas").sort_values("kelas")
    indeks = {k: i for i, k in enumerate(kelas["kelas"])}
    warna = kelas["warna"].tolist() or ["#ffffff"]
    skala: list[list[object]] = []
    for i, w in enumerate(warna):
        skala += [[i / len(warna), w], [(i + 1) / len(warna), w]]
    sel = {(r.baris, r.kolom): r for r in data.itertuples()}
    z, teks, hover = [], [], []
    for b in baris:
        z_b, t_b, h_b = [], [], []
        for k in kolom:
            r = sel.get((b, k))
            ada = r is not None and not fmt.kosong(r.kelas)
            z_b.append(indeks[r.kelas] if ada else None)
            t_b.append(r.teks if r is not None else "")
            h_b.append(r.hover if r is not None else "")
        z.append(z_b)
        teks.append(t_b)
        hover.append(h_b)
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=kolom,
            y=baris,
            text=teks,
            texttemplate="%{text}",
            customdata=hover,
            hovertemplate="%{customdata}<extra></extra>",
            colorscale=skala,
            zmin=-0.5,
            zmax=len(warna) - 0.5,
            showscale=False,
            xgap=3,
            ygap=3,
        )
    )
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(side="top", type="category")
    _tata_letak(fig, judul, max(260, tinggi_baris * len(baris) + 130))
    fig.update_layout(margin={"t": 100})  # room for the column labels on top, under the title
    return fig


def gambar_integrasi_kerja_sama(per_kelompok: pd.DataFrame, judul: str) -> go.Figure:
    """Agreements per group (OPD or partner type) stacked by integration status. Columns kelompok,
    status_integrasi, label_integrasi, urutan_integrasi, warna_integrasi, jumlah, jumlah_kelompok,
    persen_terintegrasi; groups keep the frame's order, statuses their `urutan_integrasi`."""
    label = {
        k: f"{k} · {fmt.persen(p, 0)}"
        for k, p in zip(per_kelompok["kelompok"], per_kelompok["persen_terintegrasi"], strict=True)
    }
    urutan_y = [label[k] for k in dict.fromkeys(per_kelompok["kelompok"])]
    fig = go.Figure()
    for _status, g in per_kelompok.sort_values("urutan_integrasi").groupby("urutan_integrasi", sort=True):
        fig.add_trace(
            go.Bar(
                x=g["jumlah"],
                y=[label[k] for k in g["kelompok"]],
                orientation="h",
                name=str(g["label_integrasi"].iloc[0]),
                marker_color=str(g["warna_integrasi"].iloc[0]),
                text=[fmt.angka(v) for v in g["jumlah"]],
                textposition="inside",
                insidetextanchor="middle",
                textangle=0,
                hovertemplate="%{y}<br>%{fullData.name}: %{x} kerja sama<extra></extra>",
            )
        )
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=urutan_y, autorange="reversed")
    fig.update_xaxes(gridcolor="#eaeef2", dtick=1)
    _tata_letak(fig, f"{judul}: jumlah kerja sama (label: % terintegrasi)", max(260, 30 * len(urutan_y) + 160))
    fig.update_layout(
        barmode="stack",
        showlegend=True,
        # between the title and the bars, with room for two rows of status labels
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left", "traceorder": "normal"},
        margin={"t": 100},
    )
    return fig


def gambar_keadaan_pk(jumlah: pd.DataFrame) -> go.Figure:
    """OPD count per PK state (columns label_keadaan, jumlah, warna_keadaan), most urgent first."""
    fig = go.Figure(
        go.Bar(
            x=jumlah["jumlah"],
            y=jumlah["label_keadaan"],
            orientation="h",
            marker_color=jumlah["warna_keadaan"].fillna(WARNA_NETRAL),
            text=[fmt.angka(v) for v in jumlah["jumlah"]],
            textposition="auto",
            textangle=0,
            hovertemplate="%{y}: %{x} OPD<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(title="Jumlah OPD", gridcolor="#eaeef2")
    return _tata_letak(fig, "OPD menurut keadaan Perjanjian Kinerja", max(220, 40 * len(jumlah) + 110))


def gambar_tanggal_pk(daftar: pd.DataFrame, batas: object, hari_ini: object) -> go.Figure:
    """When each OPD signed its PK (columns singkatan, nama_pd, tanggal_pk, label_keadaan, warna_keadaan,
    ditandatangani), with the signing deadline `batas` and the date `hari_ini` as vertical lines. An OPD
    that has not signed sits on the `hari_ini` line with a cross: how far past the deadline it is."""
    data = daftar.assign(label=_label_pd(daftar))
    sudah = data[data["ditandatangani"].fillna(False).astype(bool)]
    belum = data[data["ditandatangani"].eq(False)]
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=sudah["tanggal_pk"],
            y=sudah["label"],
            mode="markers",
            name="Ditandatangani",
            marker={"size": 11, "color": sudah["warna_keadaan"].fillna(WARNA_NETRAL).tolist()},
            customdata=list(zip(sudah["nama_pd"], sudah["label_keadaan"], strict=True)),
            hovertemplate="%{customdata[0]}<br>%{x|%d-%m-%Y}: %{customdata[1]}<extra></extra>",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=[hari_ini] * len(belum),
            y=belum["label"],
            mode="markers+text",
            name="Belum ditandatangani",
            marker={"size": 13, "symbol": "x", "color": belum["warna_keadaan"].fillna(WARNA_NETRAL).tolist()},
            text=["belum"] * len(belum),
            textposition="middle left",
            customdata=list(zip(belum["nama_pd"], belum["label_keadaan"], strict=True)),
            hovertemplate="%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
        )
    )
    fig.add_vline(x=pd.Timestamp(batas).value / 1e6, line={"color": "#24292f", "width": 1, "dash": "dash"})
    fig.add_annotation(x=pd.Timestamp(batas), y=1, yref="paper", text="Batas", showarrow=False, yanchor="bottom")
    fig.add_vline(x=pd.Timestamp(hari_ini).value / 1e6, line={"color": "#8c959f", "width": 1, "dash": "dot"})
    fig.add_annotation(
        x=pd.Timestamp(hari_ini), y=1, yref="paper", text="Per tanggal", showarrow=False, yanchor="bottom"
    )
    # Month ticks in Indonesian (Plotly's own month names are English).
    semua = pd.to_datetime(pd.concat([sudah["tanggal_pk"], pd.Series([batas, hari_ini])]), errors="coerce").dropna()
    bulan = pd.date_range(semua.min().to_period("M").to_timestamp(), semua.max(), freq="MS")
    teks = [
        f"{fmt.BULAN_SINGKAT[b.month - 1]}{' ' + str(b.year) if b.month == 1 or i == 0 else ''}"
        for i, b in enumerate(bulan)
    ]
    fig.update_yaxes(autorange="reversed", type="category", gridcolor="#f6f8fa")
    fig.update_xaxes(title="Tanggal penandatanganan", tickvals=list(bulan), ticktext=teks, gridcolor="#eaeef2")
    _tata_letak(fig, "Tanggal penandatanganan PK per OPD", max(300, 22 * len(data) + 150))
    fig.update_layout(margin={"t": 70})  # room for the line labels under the title
    return fig


def gambar_sakip_pemda(tren: pd.DataFrame, skala: pd.DataFrame) -> go.Figure:
    """SAKIP score per year, one small panel per pemda (columns kode_pemda, nama_pemda, terpilih, tahun,
    nilai, predikat, warna, target_predikat, batas_nilai_target): bars coloured by predikat, the target's
    threshold dashed, and the predikat boundaries of `skala` (columns predikat, bawah) dotted."""
    from plotly.subplots import make_subplots

    pemda = list(dict.fromkeys(tren["kode_pemda"]))
    nama = dict(zip(tren["kode_pemda"], tren["nama_pemda"], strict=False))
    fig = make_subplots(
        rows=1,
        cols=max(1, len(pemda)),
        shared_yaxes=True,
        subplot_titles=[nama[k] for k in pemda],
        horizontal_spacing=0.03,
    )
    batas = skala[skala["bawah"] > 0]
    for i, kode in enumerate(pemda, start=1):
        g = tren[tren["kode_pemda"] == kode]
        fig.add_trace(
            go.Bar(
                x=g["tahun"].astype(str),
                y=g["nilai"],
                marker_color=g["warna"].fillna(WARNA_NETRAL),
                text=[f"{p}<br>{fmt.angka(v, 2)}" for p, v in zip(g["predikat"], g["nilai"], strict=True)],
                textposition="inside",
                textangle=0,
                name=nama[kode],
                hovertemplate=f"{nama[kode]} %{{x}}: %{{y:,.2f}}<extra></extra>",
            ),
            row=1,
            col=i,
        )
        for b in batas.itertuples():
            fig.add_hline(y=b.bawah, line={"color": "#d0d7de", "width": 1, "dash": "dot"}, row=1, col=i)
        target = g["batas_nilai_target"].dropna()
        if len(target):
            fig.add_hline(
                y=float(target.iloc[-1]),
                line={"color": "#24292f", "width": 1.5, "dash": "dash"},
                annotation_text=f"target {g['target_predikat'].dropna().iloc[-1]}",
                annotation_position="top left",
                row=1,
                col=i,
            )
    fig.update_xaxes(type="category")  # years, not numbers: no "2.025"
    fig.update_yaxes(range=[0, 100], gridcolor="#f6f8fa")
    fig.update_yaxes(title="Nilai SAKIP", row=1, col=1)
    for b in batas.itertuples():
        fig.add_annotation(
            x=1.0, xref="paper", y=b.bawah, yref="y", text=b.predikat, showarrow=False, xanchor="left",
            font={"size": 11, "color": "#57606a"},
        )  # fmt: skip
    _tata_letak(fig, "Nilai SAKIP tingkat pemda per tahun (garis putus: batas target predikat)", 400)
    fig.update_layout(margin={"r": 40, "t": 80})
    return fig


def gambar_sakip_jumlah(jumlah: pd.DataFrame, tahun: object) -> go.Figure:
    """OPD count per SAKIP predikat (columns predikat, sebutan, jumlah, warna), in scale order."""
    fig = go.Figure(
        go.Bar(
            x=jumlah["predikat"],
            y=jumlah["jumlah"],
            marker_color=jumlah["warna"],
            text=[fmt.angka(v) for v in jumlah["jumlah"]],
            textposition="auto",
            textangle=0,
            customdata=jumlah["sebutan"],
            hovertemplate="%{x} (%{customdata}): %{y} OPD<extra></extra>",
        )
    )
    fig.update_xaxes(type="category")
    fig.update_yaxes(title="Jumlah OPD", gridcolor="#eaeef2")
    return _tata_letak(fig, f"Sebaran predikat SAKIP OPD, evaluasi {tahun}", 320)


def gambar_ubin_sakip_pd(tren: pd.DataFrame) -> go.Figure:
    """OPD × year tiles of SAKIP predikat (columns singkatan, nama, tahun, nilai, predikat, urutan_predikat,
    warna, target_predikat, memenuhi_target); a tile below the OPD's target is marked with ▼."""
    data = pd.DataFrame(
        {
            "baris": tren["singkatan"].fillna(tren["nama"]),
            "kolom": tren["tahun"].astype(str),
            "kelas": tren["urutan_predikat"],
            "warna": tren["warna"],
            "teks": [
                f"{p} {fmt.angka(v, 1)}{'' if fmt.kosong(m) or bool(m) else ' ▼'}"
                for p, v, m in zip(tren["predikat"], tren["nilai"], tren["memenuhi_target"].astype(object), strict=True)
            ],
            "hover": [
                f"{n} {t}<br>Nilai {fmt.angka(v, 2)}: {p}<br>Target {tp or '–'}"
                for n, t, v, p, tp in zip(
                    tren["nama"], tren["tahun"], tren["nilai"], tren["predikat"], tren["target_predikat"], strict=True
                )
            ],
        }
    )
    baris = list(dict.fromkeys(data["baris"]))
    kolom = sorted(set(data["kolom"]))
    return _ubin(data, baris, kolom, "Predikat SAKIP OPD per tahun (▼ di bawah target)", tinggi_baris=24)


def gambar_ubin_wilayah(ubin: pd.DataFrame, triwulan_label: str) -> go.Figure:
    """The region at a glance: shared indicators (rows) × pemda (columns), each tile coloured by the
    pemda's capaian predikat and showing its realisation. Columns nama_kelompok, satuan, nama_pemda,
    realisasi_sd, capaian_persen, predikat, urutan_predikat, warna_predikat; a pemda that has the
    indicator but has no realisation that quarter (not reported, or measured once a year) shows "belum ada".
    Optional column urutan_pemda orders the columns."""
    data = pd.DataFrame(
        {
            "baris": ubin["nama_kelompok"],
            "kolom": ubin["nama_pemda"],
            "kelas": ubin["urutan_predikat"],
            "warna": ubin["warna_predikat"],
            "teks": [
                "belum ada" if fmt.kosong(r) else f"{fmt.angka(r, 2)}<br>{fmt.persen(c)}"
                for r, c in zip(ubin["realisasi_sd"], ubin["capaian_persen"], strict=True)
            ],
            "hover": [
                f"{p}<br>{n}<br>"
                + ("Belum ada realisasi" if fmt.kosong(r) else f"Realisasi {fmt.angka(r, 2)} {s}<br>Capaian {fmt.persen(c)} ({pr})")
                for p, n, r, s, c, pr in zip(
                    ubin["nama_pemda"], ubin["nama_kelompok"], ubin["realisasi_sd"], ubin["satuan"],
                    ubin["capaian_persen"], ubin["predikat"], strict=True,
                )
            ],
        }
    )  # fmt: skip
    # Columns in the pemda order of the frame (province first), names wrapped after the first word so they fit.
    urutan = ubin.sort_values("urutan_pemda")["nama_pemda"] if "urutan_pemda" in ubin else ubin["nama_pemda"]
    bungkus = {n: n.replace(" ", "<br>", 1) for n in urutan}
    data["kolom"] = data["kolom"].map(bungkus)
    baris = list(dict.fromkeys(data["baris"]))
    kolom = list(dict.fromkeys(bungkus[n] for n in urutan))
    return _ubin(data, baris, kolom, f"Gambaran wilayah, {triwulan_label}: realisasi dan capaian", tinggi_baris=52)


def gambar_peringkat_pemda(peringkat: pd.DataFrame, judul: str) -> go.Figure:
    """Pemda ranked by capaian on one shared indicator (columns nama_pemda, terpilih, capaian_persen,
    realisasi_sd, satuan, predikat, warna_predikat, peringkat_capaian); the selected pemda in bold."""
    label = [f"<b>{n}</b>" if t else n for n, t in zip(peringkat["nama_pemda"], peringkat["terpilih"], strict=True)]
    fig = go.Figure(
        go.Bar(
            x=peringkat["capaian_persen"],
            y=label,
            orientation="h",
            marker_color=peringkat["warna_predikat"].fillna(WARNA_NETRAL),
            text=["belum lapor" if fmt.kosong(c) else fmt.persen(c) for c in peringkat["capaian_persen"]],
            textposition="auto",
            textangle=0,
            customdata=list(
                zip(
                    peringkat["predikat"].fillna("–"),
                    [
                        f"{fmt.angka(r, 2)} {s}"
                        for r, s in zip(peringkat["realisasi_sd"], peringkat["satuan"], strict=True)
                    ],
                    strict=True,
                )
            ),
            hovertemplate="%{y}<br>Capaian %{x:,.1f} % (%{customdata[0]})<br>Realisasi %{customdata[1]}<extra></extra>",
        )
    )
    terbesar = peringkat["capaian_persen"].max()
    batas = max(100.0, float(terbesar) if not fmt.kosong(terbesar) else 0.0)
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(title="Capaian s.d. triwulan (%)", gridcolor="#eaeef2", range=[0, batas * 1.1])
    return _tata_letak(fig, judul, max(240, 44 * len(peringkat) + 110))


def gambar_kecil_pemda(tren: pd.DataFrame, judul: str) -> go.Figure:
    """Small multiples: one panel per pemda with realisation s.d. triwulan (markers coloured by predikat)
    and the target s.d. triwulan (dashed), over every reported quarter. Columns kode_pemda, nama_pemda,
    label_periode, realisasi_sd, target_sd, target_min_sd, target_max_sd, predikat, warna_predikat."""
    from plotly.subplots import make_subplots

    pemda = list(dict.fromkeys(tren["kode_pemda"]))
    nama = dict(zip(tren["kode_pemda"], tren["nama_pemda"], strict=False))
    periode = list(dict.fromkeys(tren.sort_values(["tahun", "triwulan"])["label_periode"]))
    kolom = min(2, max(1, len(pemda)))
    baris = -(-len(pemda) // kolom) if pemda else 1
    fig = make_subplots(
        rows=baris,
        cols=kolom,
        shared_yaxes=True,
        subplot_titles=[nama[k] for k in pemda],
        horizontal_spacing=0.04,
        # Plotly refuses a spacing above 1/(rows-1): many pemda (a national view) need it smaller.
        vertical_spacing=min(0.18, 0.5 / max(1, baris - 1)),
    )
    for i, kode in enumerate(pemda):
        g = tren[tren["kode_pemda"] == kode]
        posisi = {"row": i // kolom + 1, "col": i % kolom + 1}
        target = g["target_sd"].where(g["target_sd"].notna(), (g["target_min_sd"] + g["target_max_sd"]) / 2)
        fig.add_trace(
            go.Scatter(
                x=g["label_periode"],
                y=target,
                mode="lines",
                line={"color": "#57606a", "dash": "dash", "width": 1.5},
                name="Target s.d. TW",
                showlegend=i == 0,
                hovertemplate="%{x}: target %{y:,.2f}<extra></extra>",
            ),
            **posisi,
        )
        fig.add_trace(
            go.Scatter(
                x=g["label_periode"],
                y=g["realisasi_sd"],
                mode="lines+markers",
                line={"color": "#0969da", "width": 2},
                marker={"size": 9, "color": g["warna_predikat"].fillna(WARNA_NETRAL).tolist()},
                name="Realisasi s.d. TW",
                showlegend=i == 0,
                customdata=g[["predikat"]].astype(str).to_numpy(),
                hovertemplate="%{x}: realisasi %{y:,.2f} (%{customdata[0]})<extra></extra>",
            ),
            **posisi,
        )
    fig.update_xaxes(
        type="category", categoryorder="array", categoryarray=periode, tickangle=-45, tickfont={"size": 10}
    )
    fig.update_yaxes(gridcolor="#eaeef2")
    _tata_letak(fig, judul, 280 * baris + 150)
    fig.update_layout(
        showlegend=True,
        legend={"orientation": "h", "y": -0.18, "yanchor": "top", "x": 0, "xanchor": "left"},
        margin={"t": 80, "b": 60},
    )
    return fig


# --------------------------------------------------------------------------- Eksplorasi

# Quick-chart types of the Eksplorasi page: key → label.
JENIS_GRAFIK = {"batang": "Batang", "batang_tumpuk": "Batang bertumpuk", "garis": "Garis", "titik": "Titik"}


def _label_nilai(v: object) -> str:
    if isinstance(v, bool):
        return "ya" if v else "tidak"
    return "–" if fmt.kosong(v) else str(v)


def _warna_kelompok(data: pd.DataFrame, kolom: str) -> dict[str, str]:
    """Group colours carried by the data itself (e.g. predikat with warna_predikat from skala_predikat): a
    `warna…` column of hex colours with exactly one colour per group. Else {} (Plotly's own palette)."""
    calon = [f"warna_{kolom}"] + [k for k in data.columns if str(k).startswith("warna") and k != kolom]
    for k in dict.fromkeys(calon):
        if k not in data.columns or k == kolom:
            continue
        pasangan = data[[kolom, k]].dropna().drop_duplicates()
        if pasangan.empty or pasangan[kolom].duplicated().any():
            continue
        if not pasangan[k].astype(str).str.fullmatch(r"#[0-9a-fA-F]{6}").all():
            continue
        return {_label_nilai(g): str(w) for g, w in zip(pasangan[kolom], pasangan[k], strict=True)}
    return {}


# At most this many colours (traces) in an exploration chart; more is drawn in one colour, and the title says why.
BATAS_WARNA_EKSPLORASI = 30


def gambar_eksplorasi(
    data: pd.DataFrame,
    x: str,
    y: str,
    *,
    warna: str | None = None,
    jenis: str = "batang",
    judul: str = "Grafik hasil kueri",
) -> go.Figure:
    """A quick chart of any query result: numeric column `y` against `x`, one trace per value of `warna`
    (coloured from the data when it carries a colour column, see `_warna_kelompok`; one colour when `warna` has more
    than BATAS_WARNA_EKSPLORASI values). Bars put x on a
    category axis in the result's own order; lines and points keep a numeric or date x continuous."""
    x_kontinu = jenis in ("garis", "titik") and (
        pd.api.types.is_numeric_dtype(data[x]) or pd.api.types.is_datetime64_any_dtype(data[x])
    )
    urutan = list(dict.fromkeys(_label_nilai(v) for v in data[x]))
    if warna and data[warna].nunique(dropna=False) > BATAS_WARNA_EKSPLORASI:
        # one trace per value: thousands of traces (a colour per pemda or per indicator) draw slowly and unreadably
        judul = f"{judul} (tanpa warna: {warna} punya {fmt.angka(data[warna].nunique(dropna=False))} nilai)"
        warna = None
    kelompok = [(None, data)] if not warna else list(data.groupby(warna, sort=False, dropna=False))
    peta = _warna_kelompok(data, warna) if warna else {}
    fig = go.Figure()
    for kunci, bagian in kelompok:
        nama = _label_nilai(kunci[0] if isinstance(kunci, tuple) else kunci) if warna else y
        g = bagian.sort_values(x) if x_kontinu else bagian
        xs = g[x] if x_kontinu else [_label_nilai(v) for v in g[x]]
        hover = (f"{warna}: {nama}<br>" if warna else "") + f"{x}: %{{x}}<br>{y}: %{{y:,.2f}}<extra></extra>"
        w = peta.get(nama)
        if jenis in ("batang", "batang_tumpuk"):
            fig.add_trace(go.Bar(x=xs, y=g[y], name=nama, marker_color=w, hovertemplate=hover))
        else:
            fig.add_trace(
                go.Scatter(
                    x=xs,
                    y=g[y],
                    name=nama,
                    mode="lines+markers" if jenis == "garis" else "markers",
                    marker={"color": w, "size": 8},
                    line={"color": w},
                    hovertemplate=hover,
                )
            )
    if not x_kontinu:
        fig.update_xaxes(type="category", categoryorder="array", categoryarray=urutan)
    fig.update_layout(barmode="relative" if jenis == "batang_tumpuk" else "group")
    fig.update_xaxes(title=x)
    # Plotly's SI suffixes (300B for 3 × 10^11) are not Indonesian: whole numbers with thousands dots instead.
    fig.update_xaxes(exponentformat="none")
    fig.update_yaxes(title=y, gridcolor="#eaeef2", zerolinecolor="#d0d7de", exponentformat="none")
    _tata_letak(fig, judul, 460)
    fig.update_layout(showlegend=bool(warna), legend={"title": {"text": warna or ""}})
    return fig
