"""Indonesian number formats for the UI: 1.234,5 · Rp 1,2 M · 85,3 %."""

from __future__ import annotations

import math

BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
BULAN_SINGKAT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
TRIWULAN = {1: "TW I", 2: "TW II", 3: "TW III", 4: "TW IV"}


def _kosong(x: object) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or str(x) in ("<NA>", "NaT")


def angka(x: object, desimal: int = 0) -> str:
    """1234567.891 → '1.234.567,9' (desimal=1). Empty → '–'."""
    if _kosong(x):
        return "–"
    teks = f"{float(x):,.{desimal}f}"  # type: ignore[arg-type]
    return teks.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def persen(x: object, desimal: int = 1) -> str:
    """85.34 → '85,3 %'."""
    return "–" if _kosong(x) else f"{angka(x, desimal)} %"


def rupiah(x: object) -> str:
    """Short rupiah: 1.2e9 → 'Rp 1,2 M', 3.5e12 → 'Rp 3,5 T', 250e6 → 'Rp 250,0 jt'."""
    if _kosong(x):
        return "–"
    v = float(x)  # type: ignore[arg-type]
    for batas, akhiran in ((1e12, "T"), (1e9, "M"), (1e6, "jt")):
        if abs(v) >= batas:
            return f"Rp {angka(v / batas, 1)} {akhiran}"
    return f"Rp {angka(v, 0)}"


def rupiah_penuh(x: object) -> str:
    """1234567 → 'Rp 1.234.567'."""
    return "–" if _kosong(x) else f"Rp {angka(x, 0)}"


def selisih(x: object, desimal: int = 1, satuan: str = " poin") -> str:
    """A change with its sign: +2,5 poin / −1,0 poin."""
    if _kosong(x):
        return "–"
    v = float(x)  # type: ignore[arg-type]
    tanda = "+" if v > 0 else ("−" if v < 0 else "±")
    return f"{tanda}{angka(abs(v), desimal)}{satuan}"


def kosong(x: object) -> bool:
    """None, NaN, pandas NA/NaT."""
    return _kosong(x)


def target(t: object, t_min: object = None, t_max: object = None, desimal: int = 2) -> str:
    """A point target '12,5' or a range target '80–90'."""
    if not _kosong(t):
        return angka(t, desimal)
    if not _kosong(t_min) and not _kosong(t_max):
        return f"{angka(t_min, desimal)}–{angka(t_max, desimal)}"
    return "–"
