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


def desimal_capaian(x: object, desimal: int = 1, paling_banyak: int = 4) -> int:
    """How many decimals a capaian needs so that the number shown agrees with its predikat and warnings.

    The predikat scale and the warning thresholds are whole numbers (> 90 Sangat Tinggi, > 75 Tinggi, …; rendah
    at ≤ 75), and a value that lies on a threshold within 1e-9 counts as the threshold (SQL rounds to 9 decimals).
    A value that is not a whole number but rounds onto one would read as that whole number: 89,96 shown "90,0 %"
    reads as Tinggi/Sangat Tinggi at random. So decimals are added until it no longer rounds onto a whole number:
    89,96 → "89,96 %", 90,04 → "90,04 %", 74,996 → "74,996 %", while 75 (exactly) → "75,0 %".
    """
    if _kosong(x):
        return desimal
    v = float(x)  # type: ignore[arg-type]
    d = desimal
    if abs(v - round(v)) <= 1e-9:
        return d
    while d < paling_banyak and round(v, d) == round(v):
        d += 1
    return d


def capaian(x: object, desimal: int = 1, mentah: bool = True) -> str:
    """A capaian as shown in pages, packs and the E.81: negative as 0 with the raw figure beside it, and decimals
    that agree with the predikat (`desimal_capaian`). −50 → '0,0 % (mentah −50,0 %)'; 89.96 → '89,96 %'."""
    if _kosong(x):
        return "–"
    v = float(x)  # type: ignore[arg-type]
    if v < 0:
        teks = persen(0, desimal)
        return f"{teks} (mentah −{persen(-v, desimal_capaian(-v, desimal))})" if mentah else teks
    return persen(v, desimal_capaian(v, desimal))


def capaian_tampil(x: object) -> float | None:
    """The number a capaian shows as (negative → 0), for charts and XLSX cells; the raw figure stays in the data."""
    if _kosong(x):
        return None
    return max(float(x), 0.0)  # type: ignore[arg-type]


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


def target(t: object, t_min: object = None, t_max: object = None) -> str:
    """A point target '12,5' or a range target '80–90'."""
    if not _kosong(t):
        return nilai(t)
    if not _kosong(t_min) and not _kosong(t_max):
        return f"{nilai(t_min)}–{nilai(t_max)}"
    return "–"


def gaya_selisih(x: object, naik_baik: bool = True) -> dict[str, str]:
    """`st.metric` arrow and colour for a change shown with `selisih` (keyword arguments).

    Streamlit reads a text delta's direction from a leading ASCII "-", but `selisih` writes a true
    minus sign (−): without this a drop shows as a green up arrow.
    """
    v = 0.0 if _kosong(x) else float(x)  # type: ignore[arg-type]
    arah = (v > 0) - (v < 0)
    baik = arah if naik_baik else -arah
    return {
        "delta_color": {1: "green", -1: "red", 0: "gray"}[baik],
        "delta_arrow": {1: "up", -1: "down", 0: "off"}[arah],
    }


def nilai(x: object) -> str:
    """A measured value with sensible decimals: 9.000.000.000 · 72,84 · 0,125 (trailing zeros dropped)."""
    if _kosong(x):
        return "–"
    v = float(x)  # type: ignore[arg-type]
    if abs(v) >= 1000 or v == int(v):
        return angka(v, 0)
    teks = angka(v, 3 if abs(v) < 1 else 2)
    return teks.rstrip("0").rstrip(",")


def tanggal(x: object, pendek: bool = False) -> str:
    """A date: '20 Februari 2026', or '20/02/2026' with `pendek`. Empty → '–'."""
    if _kosong(x):
        return "–"
    import pandas as pd

    t = pd.Timestamp(x)  # type: ignore[arg-type]
    return t.strftime("%d/%m/%Y") if pendek else f"{t.day} {BULAN[t.month - 1]} {t.year}"


def tanggal_pendek(x: object) -> str:
    """A date as '20/02/2026'. Empty → '–'."""
    return tanggal(x, pendek=True)


def sumber_anggaran(sumber: object, persen_serapan_opd: object = None) -> str:
    """Which budget data an absorption figure is from (serapan_anggaran.sumber_anggaran), in one sentence; empty for
    sub kegiatan data (the usual case). SERAPAN OPD (spent, not yet reported to BPKAD) is named apart."""
    if kosong(sumber) or sumber == "sub kegiatan":
        return ""
    teks = (
        "Sumber: data tingkat OPD (LRA/anggaran kas OPD, tanpa rincian sub kegiatan); realisasi = yang disetujui BPKAD."
        if sumber == "tingkat OPD"
        else "Sumber: campuran, data sub kegiatan untuk OPD yang memilikinya dan data tingkat OPD (LRA/anggaran kas "
        "OPD) untuk OPD lain; realisasi tingkat OPD = yang disetujui BPKAD."
    )
    if not kosong(persen_serapan_opd):
        teks += f" Serapan OPD yang belum dilaporkan ke BPKAD: {persen(persen_serapan_opd)} (tidak termasuk realisasi)."
    return teks
