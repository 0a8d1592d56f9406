"""What every layout reader shares: cells, column letters, month labels, numbers, the title block, the OPD.

A reader turns one sheet of a real layout into `Lembar` objects of contract tables, with values already
parsed (by `pantau.values`, the one parser of every path) and each finding naming the source cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from pantau import values
from pantau.contract import TABEL
from pantau.importer.baca import Lembar
from pantau.importer.normalisasi import urai_kolom
from pantau.temuan import Temuan, galat, peringatan
from pantau.values import fold_header

BARIS_JUDUL = 30  # the title block and the header are in the first rows

BULAN_PENUH = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
]
BULAN_SINGKAT = ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"]
_BULAN_LAIN = {"agts": 8, "agt": 8, "agust": 8, "sept": 9, "ags": 8, "aug": 8, "okt": 10, "oct": 10, "dec": 12}
POLA_TRIWULAN = re.compile(r"^(?:triwulan|tw|trw)_?(iv|i{1,3}|[1-4])$")
ROMAWI = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
POLA_KODE_REKENING = re.compile(r"^[4-6](?:\.\d+)*$")


@dataclass
class Opd:
    kode_pemda: str
    kode_pd: str
    nama_pd: str
    singkatan: str | None


@dataclass
class Konteks:
    """What a reader may know besides the file: the OPD already in the database and the import's pemda."""

    opd: list[Opd] = field(default_factory=list)
    pemda: str | None = None
    # (kode_pemda, kode_indikator, nama_indikator, agregasi)
    indikator: list[tuple[str, str, str, str]] = field(default_factory=list)


def teks(v: object) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def isi(v: object) -> bool:
    return teks(v) != ""


def huruf(pos: int) -> str:
    """0 → A, 27 → AB: the column as a spreadsheet shows it."""
    s = ""
    pos += 1
    while pos:
        pos, r = divmod(pos - 1, 26)
        s = chr(65 + r) + s
    return s


def label_kolom(label: str, pos: int) -> str:
    """How a finding names a source column: its header text and its letter."""
    return f"{label} ({huruf(pos)})" if label else huruf(pos)


def sel(row: list[object], pos: int) -> object:
    return row[pos] if pos < len(row) else None


def bulan_label(v: object) -> int | None:
    """'Januari', 'JAN', 'bulan_3', 'AGTS' → month number; None if the label is not a month."""
    t = fold_header(teks(v))
    if not t:
        return None
    if t in BULAN_PENUH:
        return BULAN_PENUH.index(t) + 1
    if t in BULAN_SINGKAT:
        return BULAN_SINGKAT.index(t) + 1
    if t in _BULAN_LAIN:
        return _BULAN_LAIN[t]
    m = re.fullmatch(r"bulan_?(\d{1,2})", t)
    if m and 1 <= int(m.group(1)) <= 12:
        return int(m.group(1))
    return None


def triwulan_label(v: object) -> int | None:
    m = POLA_TRIWULAN.match(fold_header(teks(v)))
    return ROMAWI[m.group(1)] if m else None


def angka_sel(v: object, tempat: dict[str, object], temuan: list[Temuan], *, kosong_nol: bool = False) -> float | None:
    """One number cell through the one parser; an unreadable cell is an error naming its place."""
    if isinstance(v, bool):
        temuan.append(galat("Sel angka berisi nilai benar/salah.", nilai=teks(v), **tempat))
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v) if v == v else (0.0 if kosong_nol else None)
    if isinstance(v, str) and v.strip().startswith("="):
        temuan.append(
            galat(
                "Sel berisi rumus tanpa nilai tersimpan; buka dan simpan ulang berkas di Excel agar nilainya terbaca.",
                nilai=v,
                **tempat,
            )
        )
        return None
    try:
        h = values.parse_angka(v)
    except values.NilaiTidakTerbaca as exc:
        temuan.append(galat(f"Teks di sel angka: {exc}", nilai=teks(v), **tempat))
        return None
    if h.peringatan:
        temuan.append(peringatan(h.peringatan, nilai=teks(v), **tempat))
    if h.nilai is None and kosong_nol:
        return 0.0
    return h.nilai


def angka_kolom(
    cells: list[object] | np.ndarray, tempat: dict[str, object], nomor_baris: list[int], temuan: list[Temuan]
) -> np.ndarray:
    """A column of number cells, vectorised: numbers as they are, text through the one parser (`urai_kolom`).

    Returns float64 (NaN for an empty or unreadable cell); each unreadable cell is an error naming its row."""
    arr = cells if isinstance(cells, np.ndarray) and cells.dtype == object else np.array(cells, dtype=object)
    hasil = np.full(len(arr), np.nan)
    if not len(arr):
        return hasil
    tipe = set(map(type, arr))
    if tipe <= {float, int}:  # a column of number cells (XLSX): nothing to parse
        return arr.astype("float64")
    if tipe <= {str}:  # a CSV column: every cell through the parser
        angka = np.zeros(len(arr), dtype=bool)
    else:
        angka = np.fromiter(
            (isinstance(v, (int, float)) and not isinstance(v, bool) for v in arr), dtype=bool, count=len(arr)
        )
    if angka.any():
        hasil[angka] = arr[angka].astype("float64")
    sisa = np.nonzero(~angka)[0]
    if len(sisa):
        nilai, galat_sel, peringatan_sel = urai_kolom(
            pd.Series(arr[sisa], dtype="object"), TABEL["rencana_kas"].kolom_bernama("nilai")
        )
        hasil[sisa] = np.array([np.nan if x is None else x for x in nilai], dtype="float64")
        for i, pesan in galat_sel[:50]:
            temuan.append(
                galat(f"Teks di sel angka: {pesan}", baris=nomor_baris[sisa[i]], nilai=teks(arr[sisa[i]]), **tempat)
            )
        for i, pesan in peringatan_sel[:50]:
            temuan.append(peringatan(pesan, baris=nomor_baris[sisa[i]], nilai=teks(arr[sisa[i]]), **tempat))
    return hasil


def rp(x: float) -> str:
    from pantau.format import rupiah_penuh

    return rupiah_penuh(x)


def lembar_kontrak(  # noqa: PLR0917 (the Lembar's own fields, in its order)
    berkas: str,
    nama_lembar: str,
    tabel: str,
    kolom: list[str],
    rows: list[list[object]],
    nomor: list[int],
    nomor_header: int,
) -> Lembar:
    """Rows already in contract columns (parsed values) as a sheet the regular path normalises and checks."""
    return Lembar(berkas, nama_lembar, tabel, list(kolom), rows, nomor, nomor_header, dict(enumerate(kolom)))


def judul(rows: list[list[object]], sampai: int) -> list[tuple[int, str, str]]:
    """The title block above the header: (row number, label, value) of 'Label : value' lines, and lone texts
    as (row, text, '')."""
    hasil = []
    for i, row in enumerate(rows[:sampai]):
        sel_isi = [(j, teks(c)) for j, c in enumerate(row) if isi(c)]
        if not sel_isi:
            continue
        bagian = [t for _, t in sel_isi]
        if ":" in bagian:
            k = bagian.index(":")
            hasil.append((i + 1, " ".join(bagian[:k]), " ".join(bagian[k + 1 :])))
        elif len(bagian) >= 1 and ":" in bagian[0] and not bagian[0].startswith("="):
            kiri, _, kanan = bagian[0].partition(":")
            hasil.append((i + 1, kiri.strip(), " ".join([kanan.strip(), *bagian[1:]]).strip()))
        else:
            hasil.append((i + 1, " ".join(bagian), ""))
    return hasil


def nilai_judul(blok: list[tuple[int, str, str]], *label: str) -> tuple[int, str] | None:
    """The value of the first title line whose label folds to one of `label`."""
    cari = {fold_header(x) for x in label}
    for baris, lab, nilai in blok:
        if fold_header(lab) in cari:
            return baris, nilai
    return None


def tahun_dari(teks_: str) -> int | None:
    m = re.search(r"\b(20\d{2})\b", teks_)
    return int(m.group(1)) if m else None


def kosong_titik(s: str) -> bool:
    """A placeholder left from the template ('OPD………..', '……')."""
    return not re.sub(r"[.…\s_:-]", "", s)


def cari_opd(teks_opd: str, konteks: Konteks) -> tuple[Opd | None, str]:
    """An OPD named in a title or a cell: by its code (a leading code token or the whole text), by its name or
    abbreviation (folded), inside the import's pemda when one is chosen. Returns (OPD, why not)."""
    t = teks_opd.strip()
    if not t or kosong_titik(t):
        return None, "OPD tidak diisi"
    kandidat = [o for o in konteks.opd if konteks.pemda is None or o.kode_pemda == konteks.pemda]
    token = t.split()[0]
    for kode in (t, token):
        cocok = [o for o in kandidat if o.kode_pd == kode]
        if len(cocok) == 1:
            return cocok[0], ""
    lipat = fold_header(re.sub(r"^[0-9.]+\s+", "", t))
    cocok = [o for o in kandidat if lipat in {fold_header(o.nama_pd), fold_header(o.singkatan or "")} and lipat != ""]
    if len(cocok) == 1:
        return cocok[0], ""
    if len(cocok) > 1:
        return None, f"OPD '{t}' cocok dengan {len(cocok)} OPD di beberapa pemda; pilih pemda impor"
    return None, (
        f"OPD '{t}' tidak dikenal: tulis kode OPD atau nama persis seperti di tabel perangkat_daerah "
        "(impor perangkat_daerah lebih dulu)"
    )


def baris_terisi(rows: list[list[object]]) -> Iterable[int]:
    return (i for i, r in enumerate(rows) if any(isi(c) for c in r))
