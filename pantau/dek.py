"""The meeting pack as a 16:9 PowerPoint deck (python-pptx): the same content and filters as the PDF.

    d = laporan.kumpulkan(ambil, "99", 2026, 3)
    Path("bahan.pptx").write_bytes(buat_pptx(d))

Slides: a title slide (pemda, period, reference date, filters); the numbers asked first; the exceptions with
obstacles and follow-ups; the S-curve and the year-end pile-up as native, editable PowerPoint charts (line,
clustered bar); the region map as a picture (a map has no PowerPoint chart kind); the flagship programmes and the
follow-ups; then one slide per OPD. Every slide carries the filter line; speaker notes carry what the slide
leaves out (the explanation of each number, full texts cut on the slide, rows beyond the slide).

Everything comes from `laporan.DataRapat` (the pages' queries), never computed here: this module lays out.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

import pandas as pd
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Inches, Pt

from pantau import format as fmt
from pantau import laporan

LEBAR = Emu(12192000)  # PowerPoint's own 16:9 (13.333 × 7.5 in)
TINGGI = Inches(7.5)
TEPI = Inches(0.45)
WARNA_TEKS = RGBColor(0x1F, 0x23, 0x28)
WARNA_REDUP = RGBColor(0x57, 0x60, 0x6A)
WARNA_KEPALA = RGBColor(0xEA, 0xEE, 0xF2)
BARIS_PER_SLIDE = 7
PANJANG_SEL = 140  # characters of a table cell on a slide; the whole text goes to the notes
OPD_PER_GRAFIK = 15
LAYOUT_JUDUL_SAJA = 5  # "Title Only" of python-pptx's default template


def _rgb(hex_warna: object) -> RGBColor | None:
    if not isinstance(hex_warna, str) or not hex_warna.startswith("#") or len(hex_warna) != 7:
        return None
    return RGBColor.from_string(hex_warna[1:].upper())


def _potong(teks: str, panjang: int = PANJANG_SEL) -> str:
    return teks if len(teks) <= panjang else teks[: panjang - 1].rstrip() + "…"


class _Dek:
    """A presentation being built: slides share the title position, the filter line and the slide number."""

    def __init__(self, d: laporan.DataRapat) -> None:
        self.d = d
        self.prs = Presentation()
        self.prs.slide_width = LEBAR
        self.prs.slide_height = TINGGI
        self.filter = d.garis_filter()

    def slide(self, judul: str, catatan: Sequence[str] = ()) -> Any:
        s = self.prs.slides.add_slide(self.prs.slide_layouts[LAYOUT_JUDUL_SAJA])
        t = s.shapes.title
        t.left, t.top, t.width, t.height = TEPI, Inches(0.25), LEBAR - 2 * TEPI, Inches(0.8)
        t.text = judul
        p = t.text_frame.paragraphs[0]
        p.alignment = PP_ALIGN.LEFT
        p.runs[0].font.size = Pt(28)
        p.runs[0].font.bold = True
        p.runs[0].font.color.rgb = WARNA_TEKS
        self.teks(
            s, self.filter, TEPI, TINGGI - Inches(0.45), LEBAR - 2 * TEPI - Inches(1), Inches(0.3), 10, WARNA_REDUP
        )
        nomor = len(self.prs.slides)
        self.teks(
            s,
            str(nomor),
            LEBAR - TEPI - Inches(1),
            TINGGI - Inches(0.45),
            Inches(1),
            Inches(0.3),
            10,
            WARNA_REDUP,
            PP_ALIGN.RIGHT,
        )
        if catatan:
            s.notes_slide.notes_text_frame.text = "\n".join(c for c in catatan if c)
        return s

    @staticmethod
    def teks(  # noqa: PLR0917 (a text box is placed by four numbers)
        slide: Any,
        isi: str | Sequence[str],
        left: int,
        top: int,
        width: int,
        height: int,
        ukuran: float = 14,
        warna: RGBColor = WARNA_TEKS,
        rata: PP_ALIGN = PP_ALIGN.LEFT,
        tebal: bool = False,
    ) -> Any:
        kotak = slide.shapes.add_textbox(left, top, width, height)
        tf = kotak.text_frame
        tf.word_wrap = True
        for i, baris in enumerate([isi] if isinstance(isi, str) else isi):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.alignment = rata
            run = p.add_run()
            run.text = baris
            run.font.size = Pt(ukuran)
            run.font.bold = tebal
            run.font.color.rgb = warna
        return kotak

    def tabel(
        self,
        slide: Any,
        kolom: Sequence[laporan.Kolom],
        baris: pd.DataFrame,
        top: int,
        height: int,
        *,
        ukuran: float = 12,
    ) -> list[str]:
        """A native table; returns the cells that were cut (for the notes)."""
        lebar_total = LEBAR - 2 * TEPI
        bentuk = slide.shapes.add_table(len(baris) + 1, len(kolom), TEPI, top, lebar_total, height)
        tabel = bentuk.table
        jumlah_lebar = sum(k.lebar for k in kolom)
        for j, k in enumerate(kolom):
            tabel.columns[j].width = Emu(int(lebar_total * k.lebar / jumlah_lebar))
            sel = tabel.cell(0, j)
            sel.text = k.judul
            sel.fill.solid()
            sel.fill.fore_color.rgb = WARNA_KEPALA
            run = sel.text_frame.paragraphs[0].runs[0]
            run.font.size, run.font.bold, run.font.color.rgb = Pt(ukuran), True, WARNA_TEKS
        terpotong: list[str] = []
        for i, (_, b) in enumerate(baris.iterrows(), start=1):
            for j, k in enumerate(kolom):
                isi = laporan._teks_sel(b.get(k.sumber), k.jenis)
                pendek = _potong(isi)
                if pendek != isi:
                    terpotong.append(
                        f"{k.judul} ({_potong(laporan._teks_sel(b.get(kolom[0].sumber), 'teks'), 60)}): {isi}"
                    )
                sel = tabel.cell(i, j)
                sel.text = pendek
                sel.fill.background()
                for p in sel.text_frame.paragraphs:
                    for run in p.runs:
                        run.font.size, run.font.color.rgb = Pt(ukuran), WARNA_TEKS
        return terpotong

    def slide_tabel(self, t: laporan.Tabel, judul: str | None = None, catatan: Sequence[str] = ()) -> None:
        """One table over as many slides as its rows need (BARIS_PER_SLIDE each), headers repeated."""
        judul = judul or t.judul
        if t.data.empty:
            s = self.slide(judul, [t.catatan, *catatan])
            self.teks(s, t.kosong, TEPI, Inches(1.3), LEBAR - 2 * TEPI, Inches(1), 18, WARNA_REDUP)
            return
        halaman = [t.data.iloc[i : i + BARIS_PER_SLIDE] for i in range(0, len(t.data), BARIS_PER_SLIDE)]
        for n, bagian in enumerate(halaman, start=1):
            lanjut = f" ({n}/{len(halaman)})" if len(halaman) > 1 else ""
            s = self.slide(judul + lanjut)
            atas = Inches(1.15)
            if t.catatan:
                self.teks(s, t.catatan, TEPI, atas, LEBAR - 2 * TEPI, Inches(0.5), 11, WARNA_REDUP)
                atas = Inches(1.65)
            terpotong = self.tabel(s, t.kolom, bagian, atas, Inches(0.4) * (len(bagian) + 1))
            s.notes_slide.notes_text_frame.text = "\n".join(
                x for x in [t.catatan, *catatan, *(["Teks lengkap:", *terpotong] if terpotong else [])] if x
            )

    def grafik(  # noqa: PLR0917
        self,
        slide: Any,
        jenis: Any,
        kategori: Sequence[str],
        seri: dict[str, Sequence[float | None]],
        top: int = Inches(1.15),
        height: int = Inches(5.7),
        warna: Sequence[str] = (),
        sumbu_maks: float | None = None,
    ) -> Any:
        data = CategoryChartData(number_format='0.0" %"')
        data.categories = list(kategori)
        for nama, nilai in seri.items():
            data.add_series(nama, [None if fmt.kosong(v) else float(v) for v in nilai])
        bingkai = slide.shapes.add_chart(jenis, TEPI, top, LEBAR - 2 * TEPI, height, data)
        chart = bingkai.chart
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(12)
        chart.category_axis.tick_labels.font.size = Pt(11)
        nilai_sumbu = chart.value_axis
        nilai_sumbu.tick_labels.font.size = Pt(11)
        nilai_sumbu.has_major_gridlines = True
        nilai_sumbu.minimum_scale = 0
        if sumbu_maks is not None:
            nilai_sumbu.maximum_scale = sumbu_maks
        for s, w in zip(chart.series, warna, strict=False):
            rgb = _rgb(w)
            if rgb is None:
                continue
            if jenis in (XL_CHART_TYPE.LINE_MARKERS, XL_CHART_TYPE.LINE):
                s.format.line.color.rgb = rgb
            else:
                s.format.fill.solid()
                s.format.fill.fore_color.rgb = rgb
        return chart

    def gambar(self, slide: Any, png: bytes, lebar_px: int, tinggi_px: int, top: int = Inches(1.15)) -> None:
        ruang_l, ruang_t = LEBAR - 2 * TEPI, TINGGI - top - Inches(0.6)
        skala = min(ruang_l / lebar_px, ruang_t / tinggi_px)
        w, h = int(lebar_px * skala), int(tinggi_px * skala)
        slide.shapes.add_picture(io.BytesIO(png), int((LEBAR - w) / 2), top, w, h)


# --------------------------------------------------------------------------- the slides


def _slide_judul(dek: _Dek, dibuat: dt.datetime) -> None:
    d = dek.d
    s = dek.prs.slides.add_slide(dek.prs.slide_layouts[LAYOUT_JUDUL_SAJA])
    t = s.shapes.title
    t.left, t.top, t.width, t.height = TEPI, Inches(1.6), LEBAR - 2 * TEPI, Inches(1.2)
    t.text = laporan.JUDUL
    run = t.text_frame.paragraphs[0].runs[0]
    run.font.size, run.font.bold, run.font.color.rgb = Pt(40), True, WARNA_TEKS
    t.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    sub = f"{d.nama_pemda} · {fmt.TRIWULAN[d.triwulan]} {d.tahun}" + (f" · {d.nama_pd}" if d.nama_pd else "")
    dek.teks(s, sub, TEPI, Inches(2.9), LEBAR - 2 * TEPI, Inches(0.7), 26)
    dek.teks(s, f"Keadaan per {fmt.tanggal(d.hari_ini)}", TEPI, Inches(3.6), LEBAR - 2 * TEPI, Inches(0.5), 18)
    dek.teks(s, d.garis_filter(), TEPI, Inches(4.4), LEBAR - 2 * TEPI, Inches(0.6), 13, WARNA_REDUP)
    impor = d.frames.get("impor_terakhir", pd.DataFrame())
    sumber = f"Dibuat {fmt.tanggal(dibuat)} pukul {dibuat:%H.%M} dari Pantau Kinerja."
    if len(impor):
        b = impor.iloc[0]
        sumber += f" Data s.d. impor batch {b['batch_id']} ({fmt.tanggal(b['waktu'])})."
    dek.teks(s, sumber, TEPI, Inches(5.0), LEBAR - 2 * TEPI, Inches(0.5), 12, WARNA_REDUP)
    s.notes_slide.notes_text_frame.text = f"{d.garis_filter()}\n{sumber}"


def _slide_angka(dek: _Dek) -> None:
    angka = laporan.angka_utama(dek.d)
    s = dek.slide("Angka utama", [f"{a.label}: {a.nilai}. {a.keterangan}" for a in angka])
    kolom, lebar_kartu, tinggi_kartu = 3, (LEBAR - 2 * TEPI - Inches(0.4)) / 3, Inches(1.75)
    for i, a in enumerate(angka):
        x = TEPI + (i % kolom) * (lebar_kartu + Inches(0.2))
        y = Inches(1.2) + (i // kolom) * (tinggi_kartu + Inches(0.12))
        kartu = s.shapes.add_shape(1, int(x), int(y), int(lebar_kartu), int(tinggi_kartu))  # 1 = rectangle
        kartu.fill.solid()
        kartu.fill.fore_color.rgb = RGBColor(0xF6, 0xF8, 0xFA)
        kartu.line.color.rgb = RGBColor(0xD0, 0xD7, 0xDE)
        dek.teks(
            s,
            a.label,
            int(x + Inches(0.15)),
            int(y + Inches(0.08)),
            int(lebar_kartu - Inches(0.3)),
            Inches(0.4),
            14,
            WARNA_REDUP,
        )
        dek.teks(
            s,
            a.nilai,
            int(x + Inches(0.15)),
            int(y + Inches(0.45)),
            int(lebar_kartu - Inches(0.3)),
            Inches(0.7),
            30,
            tebal=True,
        )
        if a.delta:
            dek.teks(
                s,
                a.delta,
                int(x + Inches(0.15)),
                int(y + Inches(1.2)),
                int(lebar_kartu - Inches(0.3)),
                Inches(0.4),
                13,
                WARNA_REDUP,
            )


def _slide_serapan(dek: _Dek) -> None:
    d = dek.d
    serapan = d.frames["serapan_bulan"]
    if not (len(serapan) and (serapan["pagu"] > 0).any()):
        return
    target = d.frames["serapan_target"]
    nama = d.nama_pd or d.nama_pemda
    pita = ", ".join(
        f"{fmt.TRIWULAN[int(t)]} {fmt.angka(a)}–{fmt.persen(b, 0)}"
        for t, a, b in zip(target["triwulan"], target["batas_bawah"], target["batas_atas"], strict=True)
    )
    bulan = [fmt.BULAN_SINGKAT[int(b) - 1] for b in serapan["bulan"]]
    rinci = [
        f"{fmt.BULAN[int(b) - 1]}: rencana kas {fmt.persen(k)}, realisasi {fmt.persen(r)}"
        for b, k, r in zip(
            serapan["bulan"], serapan["persen_rencana_kas_kumulatif"], serapan["persen_serapan"], strict=True
        )
        if not fmt.kosong(r)
    ]
    s = dek.slide(
        f"Kurva S serapan anggaran: {nama}",
        [
            "Realisasi dan rencana kas kumulatif sebagai % pagu (halaman Distribusi Jadwal).",
            f"Target serapan akhir triwulan: {pita} (di antara akhir triwulan: garis lurus dari 0 pada 1 Januari).",
            *rinci,
        ],
    )
    dek.grafik(
        s,
        XL_CHART_TYPE.LINE_MARKERS,
        bulan,
        {
            "Rencana kas (kumulatif)": serapan["persen_rencana_kas_kumulatif"].tolist(),
            "Realisasi (kumulatif)": serapan["persen_serapan"].tolist(),
        },
        warna=("#57606a", "#0969da"),
        sumbu_maks=100,
    )


def _slide_penumpukan(dek: _Dek) -> None:
    tumpuk = dek.d.frames["jadwal_pd_penumpukan"]
    if tumpuk.empty:
        return
    tampil = tumpuk.head(OPD_PER_GRAFIK)
    ambang = fmt.persen(tumpuk["ambang_persen"].iloc[0], 0)
    catatan = [
        f"Porsi Oktober–Desember dari rencana kas dan bulan pelaksanaan per OPD, terburuk dahulu; merata 25 %, "
        f"ditandai di atas {ambang}.",
        *(
            f"{r['nama_pd']}: indeks {fmt.angka(r['indeks_penumpukan'], 2)}, kas {fmt.persen(r['porsi_kas_tw4'])}, "
            f"pelaksanaan {fmt.persen(r['porsi_pelaksanaan_tw4'])}" + (" — ditandai" if r["ditandai"] else "")
            for _, r in tumpuk.iterrows()
        ),
    ]
    judul = "Penumpukan akhir tahun per OPD" + (
        f" ({len(tampil)} terburuk dari {len(tumpuk)})" if len(tumpuk) > len(tampil) else ""
    )
    s = dek.slide(judul, catatan)
    label = [("⚠ " if r["ditandai"] else "") + str(r["label_pd"]) for _, r in tampil.iterrows()]
    chart = dek.grafik(
        s,
        XL_CHART_TYPE.COLUMN_CLUSTERED,
        label,
        {
            "Rencana kas Okt–Des": tampil["porsi_kas_tw4"].tolist(),
            "Bulan pelaksanaan Okt–Des": tampil["porsi_pelaksanaan_tw4"].tolist(),
        },
        warna=("#0969da", "#8c959f"),
        sumbu_maks=100,
    )
    chart.category_axis.tick_labels.font.size = Pt(9)


def _slide_peta(dek: _Dek) -> None:
    wilayah = laporan.peta_wilayah(dek.d)
    if wilayah is None:
        return
    from pantau.peta import teks_tanpa_geometri

    data = dek.d.frames["peta"]
    rinci = [
        f"{r['nama_pemda']} ({r['kode_pemda']}): "
        + (
            f"capaian {fmt.capaian(r['capaian_persen'])}, {r['predikat']}"
            if not fmt.kosong(r["capaian_persen"])
            else str(r["keadaan"])
        )
        for _, r in data.iterrows()
    ]
    tanpa = [teks_tanpa_geometri(wilayah.tanpa_geometri) + "."] if len(wilayah.tanpa_geometri) else []
    s = dek.slide(f"Peta wilayah: {data['nama_indikator_peta'].iloc[0]}", [*rinci, *tanpa])
    top = Inches(1.15)
    if tanpa:
        dek.teks(s, tanpa[0], TEPI, top, LEBAR - 2 * TEPI, Inches(0.5), 13, WARNA_REDUP)
        top = Inches(1.7)
    if wilayah.gambar is not None:
        lebar_px, tinggi_px = 1500, int(wilayah.gambar.layout.height or 520)
        dek.gambar(s, laporan.gambar_png(wilayah.gambar, lebar_px, tinggi_px), lebar_px, tinggi_px, top)


def _slide_opd(dek: _Dek) -> None:
    """One slide per OPD of the pemda: its numbers from the pack's per-OPD tables, its red IKU and open actions."""
    f = dek.d.frames
    per = {
        nama: f[nama].set_index("kode_pd") if nama in f and "kode_pd" in f[nama] else pd.DataFrame()
        for nama in ("pd_peringkat", "serapan_pd_fisik", "jadwal_pd_penumpukan", "pk_pd")
    }
    peng = f["pengecualian"]
    terbuka = f["tindak_lanjut_terbuka"]
    for _, opd in f["pk_pd"].iterrows():
        kode = opd["kode_pd"]

        def baris(nama: str, kode: str = kode) -> pd.Series | None:
            t = per[nama]
            return t.loc[kode] if len(t) and kode in t.index else None

        fakta: list[tuple[str, str]] = []
        r = baris("pd_peringkat")
        if r is not None:
            fakta.append(
                (
                    "Rata-rata capaian IKU",
                    f"{fmt.capaian(r['rata_rata_capaian'])}"
                    + (f" ({r['predikat']})" if not fmt.kosong(r["predikat"]) else ""),
                )
            )
            fakta.append(
                (
                    "IKU melapor",
                    f"{fmt.angka(r['jumlah_wajib_lapor'] - r['jumlah_belum_lapor'])} dari {fmt.angka(r['jumlah_wajib_lapor'])}",
                )
            )
        r = baris("serapan_pd_fisik")
        if r is not None:
            fakta.append(
                (
                    "Serapan anggaran",
                    f"{fmt.persen(r['persen_serapan'])} (rencana kas {fmt.persen(r['persen_rencana_kas_kumulatif'])})",
                )
            )
            fakta.append(("Fisik", fmt.persen(r["fisik_persen"])))
        r = baris("jadwal_pd_penumpukan")
        if r is not None:
            fakta.append(
                (
                    "Penumpukan akhir tahun",
                    f"indeks {fmt.angka(r['indeks_penumpukan'], 2)}" + (" — ditandai" if r["ditandai"] else ""),
                )
            )
        fakta.append(("Perjanjian Kinerja", str(opd["label_keadaan"])))
        tl = terbuka[terbuka["kode_pd"] == kode]
        fakta.append(
            (
                "Tindak lanjut terbuka",
                f"{fmt.angka(len(tl))}, lewat batas {fmt.angka(int(tl['lewat_batas'].fillna(False).sum()))}",
            )
        )
        merah = peng[(peng["jenis"] == "iku") & (peng["kode_pd"] == kode)]
        fakta.append(("IKU capaian rendah", fmt.angka(len(merah))))

        nama_opd = str(opd["nama_pd"])
        catatan = [
            *(
                f"IKU {b['judul']}: {fmt.persen(b['nilai'])} ({b['status']}). Penghambat: {b['penghambat'] or '–'}. Tindak lanjut OPD: {b['tindak_lanjut_opd'] or '–'}."
                for _, b in merah.iterrows()
            ),
            *(
                f"Tindak lanjut {t['kode_tindak_lanjut']}: {t['uraian']} (batas {fmt.tanggal(t['batas_waktu'])}, {t['label_keadaan']})."
                for _, t in tl.iterrows()
            ),
        ]
        s = dek.slide(f"OPD: {nama_opd}", catatan or ["Tidak ada IKU merah atau tindak lanjut terbuka."])
        dek.tabel(
            s,
            (laporan.Kolom("Ukuran", "ukuran", lebar=40), laporan.Kolom("Nilai", "nilai", lebar=60)),
            pd.DataFrame(fakta, columns=["ukuran", "nilai"]),
            Inches(1.15),
            Inches(0.4) * (len(fakta) + 1),
            ukuran=13,
        )
        if len(merah):
            dek.teks(
                s,
                [
                    f"● {_potong(str(b['judul']), 70)} — {fmt.persen(b['nilai'])}: {_potong(str(b['penghambat'] or 'penghambat belum diisi'), 90)}"
                    for _, b in merah.head(3).iterrows()
                ],
                TEPI,
                Inches(1.25) + Inches(0.4) * (len(fakta) + 1),
                LEBAR - 2 * TEPI,
                Inches(1.3),
                13,
            )


def buat_pptx(d: laporan.DataRapat, *, dibuat: dt.datetime | None = None) -> bytes:
    """The deck as .pptx bytes."""
    dek = _Dek(d)
    _slide_judul(dek, dibuat or dt.datetime.now())
    tabel = {t.lembar: t for t in laporan.tabel_tabel(d)}
    _slide_angka(dek)
    dek.slide_tabel(tabel["IKU capaian rendah"], "Pengecualian: IKU dengan capaian rendah")
    _slide_serapan(dek)
    if "Serapan per OPD" in tabel:
        dek.slide_tabel(tabel["Serapan per OPD"])
    _slide_penumpukan(dek)
    _slide_peta(dek)
    dek.slide_tabel(tabel["Program unggulan"])
    for lembar in ("Janji rapat lalu", "Tindak lanjut terbuka", "Komitmen lain"):
        if lembar in tabel:
            dek.slide_tabel(tabel[lembar])
    if not d.kode_pd:
        _slide_opd(dek)
    buf = io.BytesIO()
    dek.prs.save(buf)
    return buf.getvalue()
