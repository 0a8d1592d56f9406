"""The E.81 evaluation table as an XLSX workbook: "Evaluasi terhadap Hasil Renja Perangkat Daerah".

Layout of Permendagri 86/2017 (formulir E.81 kab/kota; the province form has the same columns), with its
official column numbering 1–18 (see /work/shared/REFERENCE.md §1.5): three header rows (group → TW I–IV →
K/Rp), the numbering row, one row per IKU, then the footer rows (rata-rata capaian, predikat, faktor
pendorong, faktor penghambat, tindak lanjut) and the signature block. One sheet per OPD; with more than one
OPD a "Rekap" sheet comes first.

Every number comes from the frames (queries `e81_indikator` and `e81_pd_ringkasan`, built on the table macro
`e81_baris` of `queries/schema/30_capaian_triwulan.sql`, where the columns are defined as the form defines
them): this module only lays them out. The "Rp" (anggaran) half of columns 6–16 is left empty: the IKU rows
carry no budget of their own. Percentages are printed as `format.capaian` shows them: a negative capaian as 0
with the raw figure in column 18; the footer is the mean of column 14 as printed. Text cells are written as
strings, never formulas (`strings_to_formulas` off), so an imported "=…" stays text.
"""

from __future__ import annotations

import io
import re

import pandas as pd
import xlsxwriter

from pantau import format as fmt
from pantau import unduh

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}

# Sheet columns (0-based) of the official columns: 1–5 one column each; 6–16 a K and an Rp column each;
# 17–18 one column each. KOLOM[n] = first sheet column of official column n.
KOLOM: dict[int, int] = {1: 0, 2: 1, 3: 2, 4: 3, 5: 4}
KOLOM.update({n: 5 + 2 * (n - 6) for n in range(6, 17)})
KOLOM.update({17: 27, 18: 28})
JUMLAH_KOLOM = 29
BARIS_JUDUL = 6  # first header row (0-based); rows 0–4 hold the title block
BARIS_DATA = BARIS_JUDUL + 4  # after three header rows and the numbering row

JUDUL_KOLOM = {
    1: "No",
    2: "Sasaran",
    3: "Kode",
    4: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
    5: "Indikator Kinerja Program (outcome)/Kegiatan (output)",
    6: "Target Renstra Perangkat Daerah pada Tahun Akhir Periode Renstra",
    7: "Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Perangkat Daerah Tahun Lalu",
    8: "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan yang Dievaluasi",
    9: "Realisasi Kinerja pada Triwulan",
    13: "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
    14: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)",
    15: "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun Berjalan",
    16: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun Berjalan (%)",
    17: "Unit Perangkat Daerah Penanggung Jawab",
    18: "Keterangan",
}

AGREGASI_TEKS = {
    "kumulatif": "kolom 13 = jumlah TW I s.d. triwulan ini; kolom 15 = 7 + 13",
    "nilai_akhir": "nilai akhir: kolom 13 = nilai terakhir yang dilaporkan; kolom 15 = 13",
    "rata_rata": "rata-rata: kolom 13 = rerata triwulan yang dilaporkan; kolom 15 = 13",
}

CATATAN = (
    "Catatan: kolom Rp (anggaran) tidak diisi karena IKU tidak beranggaran sendiri; anggaran dipantau per sub kegiatan. "
    "Kolom 9–12 adalah realisasi tiap triwulan seperti dilaporkan; kolom 13 = realisasi tahun ini menurut agregasi "
    "indikator (kumulatif: 9+10+11+12; nilai akhir: nilai terakhir yang dilaporkan; rata-rata: rerata triwulan yang "
    "dilaporkan), terisi bila ada triwulan mana pun yang dilaporkan. Kolom 14 = 13 terhadap 8 (target tahun ini) "
    "dengan rumus indikator (R/T, (2T−R)/T atau T/R; target rentang: di dalam rentang = 100). Kolom 7 = realisasi "
    "Renstra s.d. tahun lalu (kumulatif: jumlah realisasi akhir tahun sebelumnya; lainnya: realisasi akhir tahun "
    "lalu); kolom 15 = 7 + 13 untuk indikator kumulatif, 13 untuk lainnya; kolom 16 = 15 terhadap 6. Capaian negatif "
    "dicetak 0 (angka mentah di kolom 18). Rata-rata capaian kinerja = rerata kolom 14 seperti tercetak atas setiap "
    "baris IKU; kolom 14 yang kosong dihitung 0. {cakupan}."
)


def nama_lembar(nama: str, dipakai: set[str]) -> str:
    """An Excel sheet name: no []:*?/\\, at most 31 characters, unique in the workbook."""
    dasar = re.sub(r"[\[\]:*?/\\]", " ", nama).strip()[:31] or "OPD"
    hasil, i = dasar, 2
    while hasil.lower() in dipakai:
        akhiran = f" ({i})"
        hasil, i = dasar[: 31 - len(akhiran)] + akhiran, i + 1
    dipakai.add(hasil.lower())
    return hasil


def _angka(v: object) -> float | None:
    return None if fmt.kosong(v) else float(v)  # type: ignore[arg-type]


def _persen(v: object) -> float | None:
    """A percentage column (14, 16) as printed: negative as 0, two decimals (the footer averages these)."""
    return None if fmt.kosong(v) else round(max(float(v), 0.0), 2)  # type: ignore[arg-type]


def _teks(v: object) -> str:
    """A text cell's content: empty for NULL (pandas gives NaN or None for a missing text)."""
    return "" if fmt.kosong(v) else str(v)


def _keterangan(r: pd.Series, triwulan: int) -> str:
    """Column 18: the predikat, why a capaian is missing, and how column 13 was formed."""
    bagian = []
    if not fmt.kosong(r["predikat"]):
        bagian.append(f"Predikat: {r['predikat']}")
    if r["status"] == "Belum lapor":
        bagian.append(f"Belum melaporkan realisasi TW {ROMAWI[triwulan]}")
    elif r["status"] == "Diukur tahunan":
        bagian.append("Frekuensi tahunan: wajib lapor pada TW IV")
    for n, kolom in ((14, "capaian_persen"), (16, "capaian_akhir_periode_persen")):
        if not fmt.kosong(r[kolom]) and float(r[kolom]) < 0:
            bagian.append(f"Kolom {n} mentah −{fmt.persen(-float(r[kolom]), 2)}, dicetak 0")
    if fmt.kosong(r["realisasi_sd"]):
        if r["status"] not in ("Belum lapor", "Diukur tahunan"):
            bagian.append("Belum ada realisasi tahun ini")
    elif fmt.kosong(r["capaian_persen"]):
        alasan = r["keterangan"] if not fmt.kosong(r["keterangan"]) else "tanpa target tahun ini"
        bagian.append(f"Kolom 14 tidak dapat dihitung: {alasan}")
    if r["agregasi"] in AGREGASI_TEKS and r["agregasi"] != "kumulatif":
        bagian.append(AGREGASI_TEKS[r["agregasi"]])
    return "; ".join(bagian)


class _Format:
    def __init__(self, wb: xlsxwriter.Workbook) -> None:
        dasar = {"font_name": "Arial", "font_size": 9, "valign": "top", "border": 1, "text_wrap": True}
        self.judul = wb.add_format({"font_name": "Arial", "bold": True, "font_size": 12, "align": "center"})
        self.sub = wb.add_format({"font_name": "Arial", "font_size": 10})
        self.kepala = wb.add_format(
            {**dasar, "bold": True, "align": "center", "valign": "vcenter", "bg_color": "#d9e2f3"}
        )
        self.nomor = wb.add_format({**dasar, "italic": True, "align": "center", "bg_color": "#eef2f9"})
        self.teks = wb.add_format(dasar)
        self.tengah = wb.add_format({**dasar, "align": "center"})
        self.angka = wb.add_format({**dasar, "num_format": "#,##0.##", "align": "right"})
        self.persen = wb.add_format({**dasar, "num_format": "0.00", "align": "right"})
        self.kaki = wb.add_format({**dasar, "bold": True})
        self.kaki_persen = wb.add_format({**dasar, "bold": True, "num_format": "0.00", "align": "right"})
        self.catatan = wb.add_format({"font_name": "Arial", "font_size": 8, "italic": True, "text_wrap": True})
        self.ttd = wb.add_format({"font_name": "Arial", "font_size": 10, "align": "center"})


def _kepala(ws: xlsxwriter.worksheet.Worksheet, f: _Format) -> None:
    """The three header rows and the numbering row (1)…(18) of the official form."""
    b0, b1, b2, bn = BARIS_JUDUL, BARIS_JUDUL + 1, BARIS_JUDUL + 2, BARIS_JUDUL + 3
    for n in (1, 2, 3, 4, 5, 17, 18):
        ws.merge_range(b0, KOLOM[n], b2, KOLOM[n], JUDUL_KOLOM[n], f.kepala)
    for n in (6, 7, 8, 13, 14, 15, 16):
        ws.merge_range(b0, KOLOM[n], b1, KOLOM[n] + 1, JUDUL_KOLOM[n], f.kepala)
    ws.merge_range(b0, KOLOM[9], b0, KOLOM[12] + 1, JUDUL_KOLOM[9], f.kepala)
    for tw, n in enumerate((9, 10, 11, 12), start=1):
        ws.merge_range(b1, KOLOM[n], b1, KOLOM[n] + 1, ROMAWI[tw], f.kepala)
    for n in range(6, 17):
        ws.write(b2, KOLOM[n], "K", f.kepala)
        ws.write(b2, KOLOM[n] + 1, "Rp", f.kepala)
    for n in range(1, 19):
        if 6 <= n <= 16:
            ws.merge_range(bn, KOLOM[n], bn, KOLOM[n] + 1, n, f.nomor)
        else:
            ws.write_number(bn, KOLOM[n], n, f.nomor)
    ws.set_row(b0, 54)
    ws.set_row(b1, 40)


def _lembar_pd(
    ws: xlsxwriter.worksheet.Worksheet,
    f: _Format,
    baris: pd.DataFrame,
    ringkas: pd.Series,
    *,
    nama_pemda: str,
    tahun: int,
    triwulan: int,
) -> None:
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.set_column(KOLOM[1], KOLOM[1], 4)
    ws.set_column(KOLOM[2], KOLOM[2], 24)
    ws.set_column(KOLOM[3], KOLOM[3], 16)
    ws.set_column(KOLOM[4], KOLOM[4], 28)
    ws.set_column(KOLOM[5], KOLOM[5], 30)
    ws.set_column(KOLOM[6], KOLOM[16] + 1, 11)
    ws.set_column(KOLOM[17], KOLOM[17], 22)
    ws.set_column(KOLOM[18], KOLOM[18], 30)

    akhir = JUMLAH_KOLOM - 1
    ws.merge_range(0, 0, 0, akhir, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", f.judul)
    ws.merge_range(1, 0, 1, akhir, "", f.judul)
    ws.write_string(1, 0, f"LINGKUP {nama_pemda.upper()}", f.judul)
    ws.write_string(2, 0, f"Perangkat Daerah: {ringkas['nama_pd']}", f.sub)
    ws.write_string(3, 0, f"Periode pelaksanaan: Triwulan {ROMAWI[triwulan]} Tahun {tahun}", f.sub)
    ws.write_string(4, 0, "Indikator dan target kinerja Perangkat Daerah: Indikator Kinerja Utama (IKU)", f.sub)
    _kepala(ws, f)
    ws.freeze_panes(BARIS_DATA, KOLOM[6])

    b = BARIS_DATA
    for _, r in baris.iterrows():
        ws.write_number(b, KOLOM[1], int(r["nomor"]), f.tengah)
        ws.write_string(b, KOLOM[2], _teks(r["uraian_sasaran"]), f.teks)
        ws.write_string(b, KOLOM[3], _teks(r["kode_indikator"]), f.teks)
        ws.write_string(b, KOLOM[4], _teks(r["program"]), f.teks)
        ws.write_string(b, KOLOM[5], f"{r['nama_indikator']} ({r['satuan']})", f.teks)
        nilai = {
            6: _angka(r["target_akhir_periode"]),
            7: _angka(r["realisasi_tahun_lalu"]),
            8: _angka(r["target_tahunan"]),
            9: _angka(r["realisasi_tw1"]),
            10: _angka(r["realisasi_tw2"]),
            11: _angka(r["realisasi_tw3"]),
            12: _angka(r["realisasi_tw4"]),
            13: _angka(r["realisasi_sd"]),
            14: _persen(r["capaian_persen"]),
            15: _angka(r["realisasi_renstra"]),
            16: _persen(r["capaian_akhir_periode_persen"]),
        }
        for n, v in nilai.items():
            bentuk = f.persen if n in (14, 16) else f.angka
            if n == 8 and v is None and not fmt.kosong(r["target_min_tahunan"]):
                # A range target is text: "5–5,5" (a cell holds one number).
                ws.write_string(b, KOLOM[n], fmt.target(None, r["target_min_tahunan"], r["target_max_tahunan"]), bentuk)
            elif v is None:
                ws.write_blank(b, KOLOM[n], None, bentuk)
            else:
                ws.write_number(b, KOLOM[n], v, bentuk)
            ws.write_blank(b, KOLOM[n] + 1, None, bentuk)
        ws.write_string(b, KOLOM[17], _teks(r["nama_pd"]), f.teks)
        ws.write_string(b, KOLOM[18], _keterangan(r, triwulan), f.teks)
        b += 1

    # Footer rows of the form: label across columns 1–13, the value under 14 (and 16 for the Renstra).
    label_akhir = KOLOM[13] + 1
    for label, n14, n16, bentuk in (
        ("Rata-rata capaian kinerja (%)", "rata_rata_capaian", "rata_rata_capaian_renstra", f.kaki_persen),
        ("Predikat kinerja", "predikat", "predikat_renstra", f.kaki),
    ):
        ws.merge_range(b, 0, b, label_akhir, label, f.kaki)
        for n, kolom in ((14, n14), (16, n16)):
            v = ringkas[kolom]
            if fmt.kosong(v):
                ws.merge_range(b, KOLOM[n], b, KOLOM[n] + 1, "", bentuk)
            elif isinstance(v, str):
                ws.merge_range(b, KOLOM[n], b, KOLOM[n] + 1, "", bentuk)
                ws.write_string(b, KOLOM[n], v, bentuk)
            else:
                ws.merge_range(b, KOLOM[n], b, KOLOM[n] + 1, "", bentuk)
                ws.write_number(b, KOLOM[n], float(v), bentuk)
        ws.write_blank(b, KOLOM[15], None, f.kaki)
        ws.write_blank(b, KOLOM[15] + 1, None, f.kaki)
        ws.merge_range(b, KOLOM[17], b, KOLOM[18], "", f.kaki)
        b += 1
    for label, kolom in (
        ("Faktor pendorong keberhasilan pencapaian", "faktor_pendorong"),
        ("Faktor penghambat pencapaian kinerja", "faktor_penghambat"),
        ("Tindak lanjut yang diperlukan pada triwulan berikutnya", "tindak_lanjut"),
    ):
        teks = _teks(ringkas[kolom])
        ws.merge_range(b, 0, b, KOLOM[5], label, f.kaki)
        ws.merge_range(b, KOLOM[6], b, akhir, "", f.teks)
        ws.write_string(b, KOLOM[6], teks, f.teks)
        ws.set_row(b, max(15, 12 * (teks.count("\n") + 1)))
        b += 1

    b += 1
    ws.merge_range(b, 0, b, akhir, "", f.catatan)
    ws.write_string(b, 0, CATATAN.format(cakupan=ringkas["cakupan"]), f.catatan)
    ws.set_row(b, 36)
    b += 2
    ttd = KOLOM[17]
    ws.merge_range(b, ttd, b, akhir, "", f.ttd)
    ws.write_string(b, ttd, f"Kepala {ringkas['nama_pd']}", f.ttd)
    ws.merge_range(b + 4, ttd, b + 4, akhir, "", f.ttd)
    ws.write_string(b + 4, ttd, _teks(ringkas["nama_kepala"]), f.ttd)


def _lembar_rekap(
    ws: xlsxwriter.worksheet.Worksheet,
    f: _Format,
    ringkasan: pd.DataFrame,
    *,
    nama_pemda: str,
    tahun: int,
    triwulan: int,
) -> None:
    ws.merge_range(0, 0, 0, 6, "REKAP EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", f.judul)
    ws.merge_range(1, 0, 1, 7, "", f.judul)
    ws.write_string(1, 0, f"{nama_pemda.upper()} · TRIWULAN {ROMAWI[triwulan]} TAHUN {tahun}", f.judul)
    kepala = [
        "No",
        "Perangkat Daerah",
        "Lembar",
        "Jumlah IKU",
        "IKU melapor",
        "Rata-rata capaian (%)",
        "Predikat",
        "Cakupan",
    ]
    for k, teks in enumerate(kepala):
        ws.write_string(3, k, teks, f.kepala)
    for i, r in enumerate(ringkasan.itertuples(), start=1):
        ws.write_number(3 + i, 0, i, f.tengah)
        ws.write_string(3 + i, 1, _teks(r.nama_pd), f.teks)
        ws.write_url(3 + i, 2, f"internal:'{r.lembar}'!A1", string=r.lembar)
        ws.write_number(3 + i, 3, int(r.jumlah_iku), f.angka)
        ws.write_number(3 + i, 4, int(r.jumlah_lapor), f.angka)  # of jumlah_wajib_lapor: see Cakupan
        if fmt.kosong(r.rata_rata_capaian):
            ws.write_blank(3 + i, 5, None, f.persen)
        else:
            ws.write_number(3 + i, 5, float(r.rata_rata_capaian), f.persen)
        ws.write_string(3 + i, 6, _teks(r.predikat), f.teks)
        ws.write_string(3 + i, 7, _teks(r.cakupan), f.teks)
    b = 4 + len(ringkasan)
    ws.merge_range(b + 1, 0, b + 1, 7, "", f.catatan)
    ws.write_string(
        b + 1,
        0,
        "Rata-rata capaian = baris penutup lembar OPD: rerata kolom 14 (capaian terhadap target tahun ini) seperti "
        "tercetak atas setiap IKU, yang kosong dihitung 0. Cakupan: IKU wajib lapor yang sudah melapor triwulan ini.",
        f.catatan,
    )
    ws.set_row(b + 1, 30)
    ws.set_column(0, 0, 4)
    ws.set_column(1, 1, 48)
    ws.set_column(2, 2, 18)
    ws.set_column(3, 6, 14)
    ws.set_column(7, 7, 30)


def buat_e81(indikator: pd.DataFrame, ringkasan: pd.DataFrame, *, nama_pemda: str, tahun: int, triwulan: int) -> bytes:
    """The E.81 workbook as XLSX bytes.

    `indikator`: one row per IKU (query `e81_indikator`); `ringkasan`: one row per OPD (query
    `e81_pd_ringkasan`). One sheet per OPD of `ringkasan`, named by its abbreviation; a "Rekap" sheet
    first when there is more than one OPD.
    """
    buffer = io.BytesIO()
    wb = unduh.workbook(buffer)  # text that starts with "=" is written as text, never run as a formula
    f = _Format(wb)
    dipakai: set[str] = set()
    rekap = wb.add_worksheet(nama_lembar("Rekap", dipakai)) if len(ringkasan) > 1 else None
    lembar = []
    for _, ringkas in ringkasan.iterrows():
        nama = nama_lembar(
            ringkas["singkatan"] if not fmt.kosong(ringkas["singkatan"]) else ringkas["nama_pd"], dipakai
        )
        lembar.append(nama)
        ws = wb.add_worksheet(nama)
        baris = indikator[
            (indikator["kode_pd"] == ringkas["kode_pd"]) & (indikator["kode_pemda"] == ringkas["kode_pemda"])
        ]
        _lembar_pd(ws, f, baris, ringkas, nama_pemda=nama_pemda, tahun=tahun, triwulan=triwulan)
    if rekap is not None:
        _lembar_rekap(rekap, f, ringkasan.assign(lembar=lembar), nama_pemda=nama_pemda, tahun=tahun, triwulan=triwulan)
    if not len(ringkasan):
        ws = wb.add_worksheet("E.81")
        ws.write_string(0, 0, "Tidak ada IKU untuk pilihan ini.")
    wb.close()
    return buffer.getvalue()


class GalatE81(Exception):
    """A reason the E.81 cannot be made, in Bahasa Indonesia (shown as is by the command line)."""


def buat_e81_berkas(db: object, kode_pemda: str, tahun: int, triwulan: int, kode_pd: str = "") -> bytes:
    """The E.81 workbook of one pemda (one OPD, or every OPD with a Rekap sheet) read from a database file."""
    from pathlib import Path

    import duckdb

    from pantau.db import run_query

    path = Path(str(db))
    if not path.is_file():
        raise GalatE81(f"Basis data tidak ditemukan: {path}")
    if triwulan not in (1, 2, 3, 4):
        raise GalatE81(f"Triwulan harus 1, 2, 3 atau 4, bukan {triwulan}.")
    try:
        pemda = run_query("pemda_daftar", {}, path)
        if kode_pemda not in set(pemda["kode_pemda"]):
            raise GalatE81(
                f"Pemda {kode_pemda} tidak ada di {path}. Pemda yang ada: " + ", ".join(map(str, pemda["kode_pemda"]))
            )
        if kode_pd:
            pd_ada = run_query("iku_filter_pilihan", {"kode_pemda": kode_pemda}, path)
            if kode_pd not in set(pd_ada.loc[pd_ada["filter"] == "opd", "kode"]):
                raise GalatE81(f"OPD {kode_pd} tidak punya IKU di pemda {kode_pemda}.")
        p = {"kode_pemda": kode_pemda, "tahun": tahun, "triwulan": triwulan, "jenis": "", "kode_pd": kode_pd}
        indikator = run_query("e81_indikator", p, path)
        ringkasan = run_query("e81_pd_ringkasan", p, path)
    except duckdb.Error as e:
        raise GalatE81(f"Basis data tidak dapat dibaca ({path}): {e}") from e
    if not len(ringkasan):
        raise GalatE81(f"Tidak ada IKU bertarget atau berealisasi untuk pemda {kode_pemda} tahun {tahun}.")
    nama = dict(zip(pemda["kode_pemda"], pemda["nama_pemda"], strict=True))[kode_pemda]
    return buat_e81(indikator, ringkasan, nama_pemda=str(nama), tahun=tahun, triwulan=triwulan)
