"""Downloads for operators: an empty XLSX template (one sheet per table) and the demo as a filled example."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from pantau import unduh
from pantau.config import DEMO_DIR
from pantau.contract import ALIAS_UMUM, TABEL

JENIS_TEKS = {
    "kode": "kode (teks)",
    "teks": "teks",
    "angka": "angka (1.234,5 atau 1234.5)",
    "bulat": "bilangan bulat",
    "bool": "ya/tidak",
    "periode": "TW1..TW4 atau TAHUNAN",
    "periode_tw": "TW1..TW4",
    "bulan": "bulan 1..12 atau nama bulan",
    "tanggal": "tanggal (2026-02-20 / 20/02/2026)",
    "bulan_tahun": "bulan (YYYY-MM)",
    "pilihan": "pilihan",
}

LEMBAR_PETUNJUK = "Petunjuk"


def _uraian(tabel: str, kolom_nama: str) -> str:
    k = TABEL[tabel].kolom_bernama(kolom_nama)
    jenis = JENIS_TEKS[k.jenis]
    if k.pilihan:
        jenis += ": " + " / ".join(dict.fromkeys(k.pilihan.values()))
    if k.daftar:
        jenis += " (beberapa dipisah ;)"
    bagian = ["WAJIB" if k.wajib else "boleh kosong", jenis]
    if k.referensi:
        bagian.append(f"harus ada di {k.referensi[0]}")
    if k.keterangan:
        bagian.append(k.keterangan)
    return " · ".join(bagian)


def templat_xlsx() -> bytes:
    """Every contract table as a sheet: a row describing each column above the header row to fill under."""
    buf = io.BytesIO()
    wb = unduh.workbook(buf)
    tebal = wb.add_format({"bold": True, "bg_color": "#ddf4ff", "border": 1})
    uraian = wb.add_format({"italic": True, "font_color": "#57606a", "text_wrap": True, "valign": "top"})
    teks = wb.add_format({"num_format": "@"})  # codes typed here stay text (1.10 stays 1.10)
    ws = wb.add_worksheet(LEMBAR_PETUNJUK)
    ws.set_column(0, 0, 110)
    petunjuk = [
        "Templat impor Pantau Kinerja (format impor versi 2).",
        "kode_pemda: pemda pemilik baris. Boleh dikosongkan bila berkas hanya untuk satu pemda (pemda impor dipilih di "
        "halaman Impor Data atau --pemda); kode OPD, program dan IKU dicari hanya di pemda baris itu.",
        "Setiap lembar adalah satu tabel; nama lembar = nama tabel. Isi data di bawah baris judul kolom (baris 2).",
        "Baris 1 menjelaskan kolom dan boleh dibiarkan. Lembar yang tidak diisi dilewati saat impor.",
        "Kolom kode diformat sebagai teks agar 1.10 tidak menjadi 1.1 dan 0001 tidak menjadi 1.",
        "Angka boleh 1.234.567,89 atau 1234567.89; persen 85,5 atau 85,5 %; periode TW I, Triwulan II, Q3.",
        "Impor bersifat semua-atau-tidak: bila ada satu galat, tidak ada yang ditulis; setiap temuan menyebut lembar,",
        "baris dan kolomnya. Mengimpor ulang baris dengan kunci yang sama mengganti nilainya (nilai lama tersimpan).",
    ]
    for i, baris in enumerate(petunjuk):
        ws.write_string(i, 0, baris)
    for t in TABEL.values():
        ws = wb.add_worksheet(t.nama)
        ws.set_row(0, 60)
        for j, k in enumerate(k for k in t.kolom if k.nama not in t.impor_saja):
            ws.write_string(0, j, _uraian(t.nama, k.nama), uraian)
            ws.write_string(1, j, k.nama, tebal)
            lebar = max(14, len(k.nama) + 2)
            ws.set_column(j, j, lebar, teks if k.jenis == "kode" else None)
        ws.freeze_panes(2, 0)
    wb.close()
    return buf.getvalue()


def contoh_demo_zip(folder: Path = DEMO_DIR) -> bytes:
    """The demo province in the contract format, as a zip of CSV files (a filled example)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(folder.glob("*.csv")):
            z.write(f, arcname=f"contoh_provinsi_demo/{f.name}")
    return buf.getvalue()


__all__ = ["ALIAS_UMUM", "LEMBAR_PETUNJUK", "contoh_demo_zip", "templat_xlsx"]
