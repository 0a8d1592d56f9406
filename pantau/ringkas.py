"""A phone-sized summary for messaging groups: one portrait PNG (1080 px wide) and the same as a one-page PDF.

    d = laporan.kumpulkan(ambil, "99", 2026, 3)
    r = buat_ringkas(d)          # r.png, r.pdf, r.isi (the frame the image is drawn from)

What it shows, top to bottom: pemda, period and reference date; the numbers asked first with their change (the
Ringkasan's own `laporan.angka_utama`); the five worst exceptions (`ringkasan_pengecualian`: the worst of each kind
first, then the next of each kind); the date and time it was made. Drawn with Pillow in DejaVu Sans (no browser),
large type so it reads on a phone without zooming. The image is drawn from `isi` only, so a test can check the
numbers in it against the page's queries.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import pandas as pd
from PIL import Image, ImageDraw, ImageFont

from pantau import format as fmt
from pantau import laporan

LEBAR = 1080
TEPI = 56
JUMLAH_PENGECUALIAN = 5
WARNA_TEKS = (31, 35, 40)
WARNA_REDUP = (87, 96, 106)
WARNA_KARTU = (246, 248, 250)
WARNA_GARIS = (208, 215, 222)
WARNA_NAIK = (26, 127, 55)
WARNA_TURUN = (207, 34, 46)


@dataclass(frozen=True)
class Ringkas:
    png: bytes
    pdf: bytes
    isi: pd.DataFrame  # bagian (kepala/angka/pengecualian/kaki), label, nilai, keterangan, warna
    nama_berkas: str  # without extension


def _huruf(ukuran: int, tebal: bool = False) -> ImageFont.FreeTypeFont:
    nama = laporan.FONT["B" if tebal else ""]
    return ImageFont.truetype(laporan._berkas_font(nama), ukuran)


def _pengecualian_terburuk(peng: pd.DataFrame, n: int = JUMLAH_PENGECUALIAN) -> pd.DataFrame:
    """The worst of each kind first (rank 1 of every kind, in the Ringkasan's kind order), then rank 2, …"""
    if peng.empty:
        return peng
    return peng.sort_values(["peringkat", "urutan_jenis"], kind="stable").head(n).reset_index(drop=True)


def _teks_pengecualian(b: pd.Series) -> str:
    nilai = ""
    if not fmt.kosong(b["nilai"]):
        nilai = {
            "persen": fmt.persen(b["nilai"]),
            "persen_tw4": f"{fmt.persen(b['nilai'])} di Okt–Des",
            "hari": f"{fmt.angka(b['nilai'])} hari lewat batas",
            "tonggak": f"{fmt.angka(b['nilai'])} tonggak lewat waktu",
        }.get(str(b["satuan_nilai"]), fmt.angka(b["nilai"]))
    status = str(b["status"]) if isinstance(b["status"], str) and b["status"].strip() else ""
    return ", ".join(x for x in (nilai, status) if x and x != "0")


def isi_ringkas(d: laporan.DataRapat, dibuat: dt.datetime) -> pd.DataFrame:
    """Every line of the summary, in order: what the image shows, as data."""
    baris: list[dict[str, object]] = [
        {
            "bagian": "kepala",
            "label": d.nama_pemda + (f" · {d.nama_pd}" if d.nama_pd else ""),
            "nilai": "",
            "keterangan": "",
        },
        {
            "bagian": "kepala",
            "label": f"Kinerja {fmt.TRIWULAN[d.triwulan]} {d.tahun}",
            "nilai": "",
            "keterangan": f"Keadaan per {fmt.tanggal(d.hari_ini)}",
        },
    ]
    for a in laporan.angka_utama(d):
        arah = a.gaya.get("delta_color", "gray") if a.gaya else "gray"
        baris.append(
            {"bagian": "angka", "label": a.label, "nilai": a.nilai, "keterangan": a.delta or "", "warna": arah}
        )
    for _, b in _pengecualian_terburuk(d.frames["pengecualian"]).iterrows():
        judul = str(b["judul"]) + (
            f" · {b['nama_pd']}" if isinstance(b["nama_pd"], str) and b["nama_pd"] != b["judul"] else ""
        )
        baris.append(
            {
                "bagian": "pengecualian",
                "label": judul,
                "nilai": _teks_pengecualian(b),
                "keterangan": str(b["label_jenis"]),
                "warna": b["warna"] if isinstance(b["warna"], str) else "",
            }
        )
    baris.append(
        {
            "bagian": "kaki",
            "label": f"Dibuat {fmt.tanggal(dibuat)} pukul {dibuat:%H.%M} · Pantau Kinerja",
            "nilai": "",
            "keterangan": "",
        }
    )
    return pd.DataFrame(baris).fillna({"warna": ""})


def _bungkus(draw: ImageDraw.ImageDraw, teks: str, huruf: ImageFont.FreeTypeFont, lebar: int) -> list[str]:
    """Wrap text to a pixel width, word by word."""
    baris: list[str] = []
    sekarang = ""
    for kata in teks.split():
        coba = f"{sekarang} {kata}".strip()
        if draw.textlength(coba, font=huruf) <= lebar or not sekarang:
            sekarang = coba
        else:
            baris.append(sekarang)
            sekarang = kata
    if sekarang:
        baris.append(sekarang)
    return baris or [""]


def _hex(warna: str) -> tuple[int, int, int] | None:
    if isinstance(warna, str) and warna.startswith("#") and len(warna) == 7:
        return tuple(int(warna[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]
    return None


def gambar(isi: pd.DataFrame) -> Image.Image:
    """Draw the summary frame on a 1080 px wide portrait canvas (height follows the content)."""
    kanvas = Image.new("RGB", (LEBAR, 6000), "white")
    draw = ImageDraw.Draw(kanvas)
    h_judul, h_sub, h_label, h_nilai, h_ket, h_kecil = (
        _huruf(52, True),
        _huruf(38),
        _huruf(34),
        _huruf(64, True),
        _huruf(32),
        _huruf(28),
    )
    lebar_isi = LEBAR - 2 * TEPI
    y = TEPI
    kepala = isi[isi["bagian"] == "kepala"]
    for i, (_, r) in enumerate(kepala.iterrows()):
        for b in _bungkus(draw, str(r["label"]), h_judul if i == 0 else h_sub, lebar_isi):
            draw.text((TEPI, y), b, font=h_judul if i == 0 else h_sub, fill=WARNA_TEKS)
            y += 64 if i == 0 else 50
        if r["keterangan"]:
            draw.text((TEPI, y), str(r["keterangan"]), font=h_ket, fill=WARNA_REDUP)
            y += 46
    y += 18
    # the numbers: one card each, label above a large value, the change beside it
    for _, r in isi[isi["bagian"] == "angka"].iterrows():
        label = _bungkus(draw, str(r["label"]), h_label, lebar_isi - 40)
        ket = _bungkus(draw, str(r["keterangan"]), h_ket, lebar_isi - 40) if r["keterangan"] else []
        tinggi = 24 + 44 * len(label) + 80 + 42 * len(ket) + 16
        draw.rounded_rectangle((TEPI, y, LEBAR - TEPI, y + tinggi), 18, fill=WARNA_KARTU, outline=WARNA_GARIS, width=2)
        yy = y + 20
        for b in label:
            draw.text((TEPI + 24, yy), b, font=h_label, fill=WARNA_REDUP)
            yy += 44
        draw.text((TEPI + 24, yy), str(r["nilai"]), font=h_nilai, fill=WARNA_TEKS)
        yy += 80
        # the Ringkasan's own colour of the change (fmt.gaya_selisih: green better, red worse)
        warna_ket = {"green": WARNA_NAIK, "red": WARNA_TURUN}.get(str(r["warna"]), WARNA_REDUP)
        for b in ket:
            draw.text((TEPI + 24, yy), b, font=h_ket, fill=warna_ket)
            yy += 42
        y += tinggi + 16
    peng = isi[isi["bagian"] == "pengecualian"]
    y += 12
    draw.text((TEPI, y), "Perlu perhatian lebih dulu", font=_huruf(44, True), fill=WARNA_TEKS)
    y += 64
    if peng.empty:
        draw.text((TEPI, y), "Tidak ada pengecualian.", font=h_ket, fill=WARNA_REDUP)
        y += 50
    for _, r in peng.iterrows():
        warna = _hex(str(r["warna"])) or WARNA_REDUP
        draw.ellipse((TEPI, y + 12, TEPI + 22, y + 34), fill=warna)
        for b in _bungkus(draw, str(r["label"]), _huruf(34, True), lebar_isi - 40):
            draw.text((TEPI + 40, y), b, font=_huruf(34, True), fill=WARNA_TEKS)
            y += 44
        sub = " — ".join(x for x in (str(r["keterangan"]), str(r["nilai"])) if x)
        for b in _bungkus(draw, sub, h_ket, lebar_isi - 40):
            draw.text((TEPI + 40, y), b, font=h_ket, fill=WARNA_REDUP)
            y += 42
        y += 22
    y += 10
    draw.line((TEPI, y, LEBAR - TEPI, y), fill=WARNA_GARIS, width=2)
    y += 20
    for _, r in isi[isi["bagian"] == "kaki"].iterrows():
        draw.text((TEPI, y), str(r["label"]), font=h_kecil, fill=WARNA_REDUP)
        y += 40
    return kanvas.crop((0, 0, LEBAR, y + TEPI))


def buat_ringkas(d: laporan.DataRapat, *, dibuat: dt.datetime | None = None) -> Ringkas:
    """The summary as PNG and one-page PDF, with the frame both are drawn from."""
    from fpdf import FPDF

    isi = isi_ringkas(d, dibuat or dt.datetime.now())
    citra = gambar(isi)
    buf = io.BytesIO()
    citra.save(buf, format="PNG", optimize=True)
    png = buf.getvalue()
    # one page exactly the image's shape, 90 mm wide (a phone screen's proportions, prints on A4 too)
    lebar_mm = 90.0
    tinggi_mm = lebar_mm * citra.height / citra.width
    pdf = FPDF(unit="mm", format=(lebar_mm, tinggi_mm))
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    pdf.set_title(f"Ringkasan {d.nama_pemda} {fmt.TRIWULAN[d.triwulan]} {d.tahun}")
    pdf.set_creator("Pantau Kinerja")
    pdf.add_page()
    pdf.image(io.BytesIO(png), x=0, y=0, w=lebar_mm, h=tinggi_mm)
    nama = f"ringkas_{d.kode_pemda}_{d.tahun}_TW{d.triwulan}" + (f"_{d.kode_pd}" if d.kode_pd else "")
    return Ringkas(png, bytes(pdf.output()), isi, nama)
