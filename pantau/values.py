"""Cell-value parsers of the importer: one call per cell, one `Hasil` or one `NilaiTidakTerbaca`.

Every parser takes what a reader hands over for a cell: ``None``, float NaN (pandas' empty),
``str`` (CSV) or ``int``/``float``/``bool``/``datetime``/``date`` (XLSX cells). Empty and
whitespace-only text (non-breaking spaces included) is ``Hasil(None)``; whether an empty cell is
allowed is the validator's business, not ours. A value that cannot be read raises
`NilaiTidakTerbaca` whose message, in Bahasa Indonesia, quotes the value and says what to write
instead: the importer adds file, sheet, row and column and shows it to OPD staff. A value that is
read but could mean something else is returned with a non-blocking ``peringatan``.

Rules (CONTRACT.md "Codes are text. Numbers accept…", DOMAIN.md "Real input is messy",
REFERENCE.md section 10):

* Numbers: ``1234.5``, ``1.234,5``, ``1,234.5``, ``Rp 1.234.567``, ``Rp. 1.234.567,00``,
  ``Rp 5.000,-``, ``IDR 5.000``, ``12,5 %``, ``(1.234)`` and ``-1.234`` negatives, spaces as
  thousands separators (``1 234 567``), a leading ``+``, and the suffixes ``rb``/``ribu``,
  ``jt``/``juta``, ``M``/``miliar``, ``T``/``triliun`` (``M`` is *miliar*, 1e9, as in Indonesian
  finance). A dash alone (``-``, ``–``, ``—``, also ``Rp -`` from Excel's accounting format) is 0;
  that and the empty cell are the only values that become 0 or None without being written.
  With one kind of separator: a single comma is decimal (``72,84``); several commas or several dots
  are thousands (``10,274,076``, ``9.674.468``); a single dot is decimal (``97.6``) except when
  exactly three digits follow it and the part before it is a valid first thousands group
  (``1.250`` -> 1250, with a warning; ``1234.567`` and ``0.125`` stay decimals because no
  thousands grouping starts like that). With both, the last one is decimal and the other must group
  by three. Decisions beyond the contract's words: after ``Rp``/``IDR`` the ``1.250`` warning is
  dropped (rupiah amounts have no thousandths); a single comma followed by exactly three digits
  (``1,250``) stays decimal as the contract says but is warned about, since it may be an English
  thousands separator; Excel's scientific display (``1,23E+11``) is read with a warning that it
  may be rounded. Anything else (``1.23.4``, ``12 Dokumen``, ``belum ada data``, ``*)``, footnote
  markers, ``80-90``, ``≥ 85``, ``#DIV/0!``) is refused: no guessing, no silent zero.
* Integers: a number as above that is whole (``3``, ``3.0``, ``3,0``, Excel's 3.0).
* Booleans: ya/tidak, y/n, yes/no, 1/0, true/false, benar/salah (also iya, tdk).
* Periods: ``TW1``..``TW4`` in the usual spellings (``TW I``, ``Tw.IV``, ``Triwulan II``, ``Q3``,
  ``I``..``IV``, ``1``..``4``) and ``TAHUNAN`` when allowed; semesters are refused.
* Months: 1..12 and Indonesian or English names and abbreviations (``Agt``, ``Nop``, ``Des``).
* Dates: ISO, day/month/year (Indonesian order, never month/day), ``20 Februari 2026``, date cells
  and Excel serial numbers for the years 1990..2100.
* Codes are text: whitespace removed, nothing else touched (``1.10`` stays ``1.10``). A code that
  arrives as a fractional number was converted by Excel and gets a warning.

Kept fast for files of a million rows: regexes are compiled once and plain numbers such as
``1234.5`` take a fast path that skips the general parser.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

__all__ = [
    "Hasil",
    "NilaiTidakTerbaca",
    "fold_header",
    "parse_angka",
    "parse_bool",
    "parse_bulan",
    "parse_bulan_tahun",
    "parse_bulat",
    "parse_kode",
    "parse_periode",
    "parse_pilihan",
    "parse_tanggal",
    "parse_teks",
]


class NilaiTidakTerbaca(ValueError):
    """A cell that cannot be read. str(exc) is an Indonesian message saying what is wrong and what to write instead."""


@dataclass(frozen=True, slots=True)
class Hasil:
    """A parsed cell: ``nilai`` is the value (None for an empty cell), ``peringatan`` a warning."""

    nilai: object
    peringatan: str | None = None


_KOSONG = Hasil(None)

# Characters that str.strip() keeps but that are invisible in a spreadsheet (BOM, zero-width).
_TAK_TERLIHAT = "\ufeff\u200b\u200c\u200d\u2060"


def _bersihkan(s: str) -> str:
    s = s.strip()
    if s and (s[0] in _TAK_TERLIHAT or s[-1] in _TAK_TERLIHAT):
        s = s.strip(_TAK_TERLIHAT).strip()
    return s


def _kosong(v: object) -> bool:
    """True for None, NaN and pandas' NA/NaT (not for text: callers handle text first)."""
    if v is None:
        return True
    if isinstance(v, numbers.Real):
        return v != v  # NaN, also numpy's float32 NaN
    # pandas' missing markers without importing pandas; NaT is a datetime subclass.
    return type(v).__name__ in ("NAType", "NaTType")


def _tampil(v: object) -> str:
    """The value as quoted in a message, shortened so one bad cell cannot flood the report."""
    s = _bersihkan(v) if isinstance(v, str) else str(v)
    if len(s) > 60:
        s = s[:57] + "…"
    return f"'{s}'"


def _adalah_bool(v: object) -> bool:
    """Python bool or numpy's bool (which is neither a bool nor an int subclass)."""
    return isinstance(v, bool) or (type(v).__name__ in ("bool_", "bool") and type(v).__module__ == "numpy")


def _bilangan(v: object) -> int | float | None:
    """A Python or numpy number as int or float; None when v is not a number (bool excluded by callers)."""
    if isinstance(v, numbers.Integral):
        return int(v)
    if isinstance(v, (numbers.Real, Decimal)):
        return float(v)
    return None


def _ribuan_id(x: float) -> str:
    """A float written the Indonesian way for a message: 1250, 1,25 (no thousands separators)."""
    if x.is_integer() and abs(x) < 1e17:
        return str(int(x))
    return repr(x).replace(".", ",")


# --- numbers -------------------------------------------------------------------------------

# [0-9], not \d: \d also matches Arabic-Indic and other digits that nobody means here.
_POLOS = re.compile(r"(-?)([0-9]+)(?:\.([0-9]+))?")
_GRUP_AWAL = re.compile(r"[1-9][0-9]{0,2}")
_DIGIT = re.compile(r"[0-9]+")
_RIBUAN = {
    ".": re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+"),
    ",": re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+"),
}
# Spaces (any Unicode space: \s matches NBSP and U+202F here) as thousands separators.
_SPASI_RIBUAN = re.compile(r"[1-9][0-9]{0,2}(?:\s[0-9]{3})+(?:[.,][0-9]+)?")
_SPASI = re.compile(r"\s+")
_INTI = re.compile(r"[0-9.,\s]*[0-9][0-9.,\s]*")
_MATA_UANG = re.compile(r"(?:rp|idr)\.?\s*", re.IGNORECASE)
# Single-letter M and T only in capitals: a lower-case "m" is more likely metres than miliar.
_PENGALI_RE = re.compile(
    r"\s*((?i:miliar|milyar|triliun|trilyun|juta|ribu|jt|rb)|M|T)\.?$",
)
_PENGALI = {  # suffix -> power of ten
    "rb": 3,
    "ribu": 3,
    "jt": 6,
    "juta": 6,
    "m": 9,
    "miliar": 9,
    "milyar": 9,
    "t": 12,
    "triliun": 12,
    "trilyun": 12,
}
_ILMIAH = re.compile(r"([-+]?[0-9]+(?:[.,][0-9]+)?)[eE]([-+]?[0-9]{1,3})")
_TANDA_NOL = frozenset("-–—−")
_RENTANG = re.compile(r"[^0-9]*[0-9][0-9.,]*\s*%?\s*(?:-|–|—|s\.?d\.?|sampai)\s*[0-9]", re.IGNORECASE)
_PEMBANDING = re.compile(r"\s*(?:[<>≤≥=]|&[lg]t;)")
_CATATAN_KAKI = re.compile(r"[*¹²³⁴⁵⁶⁷⁸⁹⁰†‡]|\([a-z0-9]\)$", re.IGNORECASE)
_GALAT_EXCEL = re.compile(r"#(?:N/A|DIV/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)", re.IGNORECASE)
_ANGKA_LALU_TEKS = re.compile(r"[-+(]?\s*[0-9][0-9.,\s]*\s*[^\W\d_]")
_HURUF = re.compile(r"[^\W\d_]")


def _tolak_angka(s: str) -> NilaiTidakTerbaca:
    """The most helpful refusal for a text that is not a number."""
    t = _tampil(s)
    if _GALAT_EXCEL.fullmatch(s):
        pesan = f"{t} adalah galat rumus Excel; perbaiki rumusnya atau isi angkanya langsung"
    elif _TGL_ISO.fullmatch(s) or _TGL_HBT.fullmatch(s):
        pesan = f"{t} berisi tanggal, bukan angka; isi angka (mis. 1.234,5) atau kosongkan sel"
    elif _PEMBANDING.match(s):
        pesan = f"{t} berisi tanda pembanding; isi angkanya saja (mis. 85)"
    elif _RENTANG.match(s):
        pesan = (
            f"{t} berisi rentang, bukan satu angka; isi satu angka "
            "(target rentang diisi di kolom target_min dan target_max)"
        )
    elif _CATATAN_KAKI.search(s) and any(c.isdigit() for c in s):
        pesan = f"{t} berisi tanda catatan kaki; isi angkanya saja dan tulis catatannya di kolom keterangan"
    elif _ANGKA_LALU_TEKS.match(s):
        pesan = f"{t} berisi teks selain angka; isi angkanya saja (satuan ditulis di kolom satuan), mis. 12"
    elif ("." in s or "," in s) and not _HURUF.search(s) and _INTI.fullmatch(_SPASI.sub("", s).strip("-+()%")):
        pesan = f"{t} bukan angka yang sah: pemisah ribuan dan desimal tidak konsisten; tulis mis. 1.234,5 atau 1234.5"
    else:
        pesan = f"{t} bukan angka; isi angka (mis. 1.234,5) atau kosongkan sel"
    return NilaiTidakTerbaca(pesan)


def _susun(inti: str, tanpa_desimal: bool) -> tuple[str, str | None, str] | None:
    """Digits and separators -> (plain decimal text, warning kind, suggestion), None if invalid.

    ``tanpa_desimal``: the text already said it has no decimals (``5.000,-``).
    The warning kind is "titik" (a single dot read as thousands) or "koma" (a single comma
    read as decimal although it looks like an English thousands separator).
    """
    titik = inti.count(".")
    koma = inti.count(",")
    if not titik and not koma:
        return (inti, None, "") if _DIGIT.fullmatch(inti) else None
    if titik and koma:
        dec = "." if inti.rfind(".") > inti.rfind(",") else ","
        ribu = "," if dec == "." else "."
        bulat, pecahan = inti.rsplit(dec, 1)
        if tanpa_desimal or not _RIBUAN[ribu].fullmatch(bulat) or not _DIGIT.fullmatch(pecahan):
            return None
        return bulat.replace(ribu, "") + "." + pecahan, None, ""
    sep = "." if titik else ","
    if tanpa_desimal or titik > 1 or koma > 1:
        # Only thousands here: several of the same separator, or no decimals by convention.
        if not _RIBUAN[sep].fullmatch(inti):
            return None
        return inti.replace(sep, ""), None, ""
    bulat, pecahan = inti.split(sep)
    if not _DIGIT.fullmatch(pecahan) or (bulat and not _DIGIT.fullmatch(bulat)):
        return None
    if len(pecahan) == 3 and _GRUP_AWAL.fullmatch(bulat):
        if sep == ".":
            saran = bulat + "," + pecahan.rstrip("0") if pecahan.rstrip("0") else bulat
            return bulat + pecahan, "titik", saran
        return bulat + "." + pecahan, "koma", bulat + pecahan
    return (bulat or "0") + "." + pecahan, None, ""


def _kali_sepuluh(d: Decimal, pangkat: int) -> Decimal:
    """d * 10**pangkat, exactly: Decimal arithmetic would round to 28 digits."""
    if not pangkat:
        return d
    tanda, digit, eksponen = d.as_tuple()
    return Decimal((tanda, digit, eksponen + pangkat))


def _urai_angka(s: str) -> tuple[Decimal, str | None]:
    """General parser for number text (already trimmed, non-empty) -> exact value and warning."""
    t = s.replace("\u2212", "-")  # U+2212 MINUS SIGN, from Word and some PDFs
    if t in _TANDA_NOL:
        return Decimal(0), None
    m = _ILMIAH.fullmatch(t)
    if m:
        # Excel's scientific display: the value may already be rounded, so say so.
        nilai = _kali_sepuluh(Decimal(m.group(1).replace(",", ".")), int(m.group(2)))
        return nilai, (
            f"{_tampil(s)} ditulis dalam notasi ilmiah dan dibaca sebagai "
            f"{_ribuan_id(float(nilai))}; angkanya mungkin sudah dibulatkan Excel, periksa nilainya"
        )
    negatif = False
    bertanda = False  # one sign or one pair of parentheses, not both: "(-5)" is refused
    uang = False
    # Sign, parentheses and currency come in any order: -Rp 5, Rp -5, (Rp 5), Rp (5).
    while True:
        if uang and t in _TANDA_NOL:
            return Decimal(0), None  # "Rp -": Excel's accounting format for zero
        if not bertanda and len(t) >= 2 and t[0] == "(" and t[-1] == ")":
            negatif = bertanda = True
            t = t[1:-1].strip()
        elif not bertanda and t[:1] in ("-", "+"):
            negatif = t[0] == "-"
            bertanda = True
            t = t[1:].lstrip()
        elif not uang and (m := _MATA_UANG.match(t)):
            uang = True
            t = t[m.end() :]
        else:
            break
    tanpa_desimal = t.endswith((",-", ".-"))
    if tanpa_desimal:
        # "Rp 5.000,-" / "Rp 5.000.-": the written convention for "no cents", so every
        # separator left is a thousands separator.
        t = t[:-2].rstrip()
    persen = t.endswith("%")
    if persen:
        t = t[:-1].rstrip()
    pengali = 0
    if not persen and (m := _PENGALI_RE.search(t)):
        pengali = _PENGALI[m.group(1).lower()]
        t = t[: m.start()]
    if not t or not _INTI.fullmatch(t):
        raise _tolak_angka(s)
    if _SPASI.search(t):
        # Spaces are thousands separators only when they group by three.
        if not _SPASI_RIBUAN.fullmatch(t):
            raise _tolak_angka(s)
        t = _SPASI.sub("", t)
    susun = _susun(t, tanpa_desimal)
    if susun is None:
        raise _tolak_angka(s)
    teks, jenis, saran = susun
    nilai = _kali_sepuluh(Decimal(teks), pengali)
    if negatif:
        nilai = nilai.copy_negate()
    peringatan = None
    if jenis == "titik" and not uang:
        # Rupiah amounts have no thousandths, so after Rp/IDR "1.250" is plainly 1250.
        saran_teks = s.replace(t, saran, 1)
        peringatan = (
            f"{_tampil(s)} dibaca sebagai {_ribuan_id(float(nilai))} (titik sebagai pemisah "
            f"ribuan); tulis {saran_teks} bila maksudnya desimal"
        )
    elif jenis == "koma":
        saran_teks = s.replace(t, saran, 1)
        peringatan = (
            f"{_tampil(s)} dibaca sebagai {_ribuan_id(float(nilai))} (koma sebagai pemisah "
            f"desimal); tulis {saran_teks} bila maksudnya ribuan"
        )
    return nilai, peringatan


def _ke_float(nilai: Decimal, s: str) -> float:
    x = float(nilai) + 0.0  # + 0.0 turns -0.0 into 0.0
    if math.isinf(x):
        raise NilaiTidakTerbaca(f"{_tampil(s)} terlalu besar untuk dibaca sebagai angka; periksa nilainya")
    return x


def _tolak_jenis(v: object, apa: str, contoh: str) -> NilaiTidakTerbaca:
    if _adalah_bool(v):
        sebab = "berisi nilai benar/salah (TRUE/FALSE)"
    elif isinstance(v, (date, datetime)):
        sebab = "berisi tanggal"
    else:
        sebab = "tidak dapat dibaca"
    return NilaiTidakTerbaca(f"{_tampil(v)} {sebab}, bukan {apa}; isi {contoh}")


def parse_angka(v: object) -> Hasil:
    """A number cell -> Hasil(float) or Hasil(None) for an empty cell."""
    if isinstance(v, str):
        s = _bersihkan(v)
        if not s:
            return _KOSONG
        m = _POLOS.fullmatch(s) if len(s) < 300 else None  # 300+ digits overflow a float
        if m:
            # Fast path: plain "1234" or "1234.5"; only "1.250"-like text needs the slow path.
            pecahan = m.group(3)
            if pecahan is None or len(pecahan) != 3 or not _GRUP_AWAL.fullmatch(m.group(2)):
                return Hasil(float(s) + 0.0)
        nilai, peringatan = _urai_angka(s)
        return Hasil(_ke_float(nilai, s), peringatan)
    if type(v) is float and math.isfinite(v):
        return Hasil(v + 0.0)  # fast path for XLSX number cells
    if _kosong(v):
        return _KOSONG
    if _adalah_bool(v) or isinstance(v, date):
        raise _tolak_jenis(v, "angka", "angka (mis. 1.234,5) atau kosongkan sel")
    x = _bilangan(v)
    if x is None:
        return parse_angka(str(v))
    try:
        x = float(x)
    except OverflowError:  # an int beyond float range
        x = math.inf
    if math.isnan(x):
        return _KOSONG
    if math.isinf(x):
        raise NilaiTidakTerbaca(f"{_tampil(v)} bukan angka yang terhingga; isi angka atau kosongkan sel")
    return Hasil(x + 0.0)


_BULAT_POLOS = re.compile(r"[-+]?[0-9]+")


def parse_bulat(v: object) -> Hasil:
    """A whole-number cell -> Hasil(int): '3', '3.0', '3,0', 3.0 are 3; 3.5 is refused."""
    if isinstance(v, str):
        s = _bersihkan(v)
        if not s:
            return _KOSONG
        if len(s) < 30 and _BULAT_POLOS.fullmatch(s):
            return Hasil(int(s))
        nilai, peringatan = _urai_angka(s)
        _ke_float(nilai, s)  # refuses absurdly long digit strings the same way parse_angka does
        if nilai != nilai.to_integral_value():
            raise NilaiTidakTerbaca(f"{_tampil(s)} bukan bilangan bulat; isi bilangan bulat tanpa desimal (mis. 3)")
        return Hasil(int(nilai), peringatan)
    if _kosong(v):
        return _KOSONG
    if _adalah_bool(v) or isinstance(v, date):
        raise _tolak_jenis(v, "bilangan bulat", "bilangan bulat (mis. 3)")
    x = _bilangan(v)
    if x is None:
        return parse_bulat(str(v))
    if isinstance(x, int):
        return Hasil(x)
    if math.isnan(x):
        return _KOSONG
    if math.isfinite(x):
        bulat = round(x)
        # Excel arithmetic leaves 2.9999999999999996 where the sheet shows 3.
        if x == bulat or abs(x - bulat) <= 1e-9 * max(1.0, abs(x)):
            return Hasil(int(bulat))
    raise NilaiTidakTerbaca(f"{_tampil(v)} bukan bilangan bulat; isi bilangan bulat tanpa desimal (mis. 3)")


# --- booleans ------------------------------------------------------------------------------

_BOOL = {
    "ya": True,
    "iya": True,
    "y": True,
    "yes": True,
    "1": True,
    "1.0": True,
    "true": True,
    "benar": True,
    "tidak": False,
    "tdk": False,
    "n": False,
    "no": False,
    "0": False,
    "0.0": False,
    "false": False,
    "salah": False,
}


def parse_bool(v: object) -> Hasil:
    """A yes/no cell -> Hasil(bool)."""
    if isinstance(v, str):
        s = _bersihkan(v)
        if not s:
            return _KOSONG
        hasil = _BOOL.get(s.lower())
        if hasil is not None:
            return Hasil(hasil)
    elif _kosong(v):
        return _KOSONG
    elif _adalah_bool(v):
        return Hasil(bool(v))
    elif not isinstance(v, date) and (x := _bilangan(v)) is not None and x in (0, 1):
        return Hasil(bool(x))
    raise NilaiTidakTerbaca(f"{_tampil(v)} bukan ya/tidak; isi ya atau tidak (boleh juga y/n, 1/0)")


# --- periods -------------------------------------------------------------------------------

_ROMAWI = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_TW_RE = re.compile(
    r"(?:(?:tw|trw|triwulan|q|kuartal|kwartal)\s*[.\-_:]?\s*(?:ke\s*[.\-]?\s*)?)?"
    r"(iv|i{1,3}|[1-4])(?:\.0+)?\.?",
    re.IGNORECASE,
)
_SEMESTER_RE = re.compile(
    r"(?:semester|smt|sem|s)\s*[.\-_]?\s*(?:ke\s*[.\-]?\s*)?(?:i{1,2}|[12])",
    re.IGNORECASE,
)
_TAHUNAN = frozenset({"tahunan", "tahun", "annual", "yearly", "thn"})
_PERIODE = ("TW1", "TW2", "TW3", "TW4")


def _tolak_periode(v: object, boleh_tahunan: bool) -> NilaiTidakTerbaca:
    pilihan = "TW1, TW2, TW3, TW4 atau TAHUNAN" if boleh_tahunan else "TW1, TW2, TW3 atau TW4"
    return NilaiTidakTerbaca(f"{_tampil(v)} bukan periode yang dikenal; isi {pilihan}")


def parse_periode(v: object, boleh_tahunan: bool = True) -> Hasil:
    """A period cell -> Hasil('TW1'..'TW4') or Hasil('TAHUNAN') (only when ``boleh_tahunan``)."""
    if isinstance(v, str):
        s = _bersihkan(v)
        if not s:
            return _KOSONG
        m = _TW_RE.fullmatch(s)
        if m:
            return Hasil(_PERIODE[_ROMAWI[m.group(1).lower()] - 1])
        if s.lower() in _TAHUNAN:
            if boleh_tahunan:
                return Hasil("TAHUNAN")
            raise NilaiTidakTerbaca(
                f"{_tampil(s)}: periode tahunan tidak berlaku di kolom ini; isi TW1, TW2, TW3 atau TW4"
            )
        if _SEMESTER_RE.fullmatch(s):
            raise NilaiTidakTerbaca(
                f"{_tampil(s)}: periode semester tidak didukung; isi per triwulan "
                "(TW1–TW4: semester I = TW1 dan TW2, semester II = TW3 dan TW4)"
            )
        raise _tolak_periode(s, boleh_tahunan)
    if _kosong(v):
        return _KOSONG
    if not (_adalah_bool(v) or isinstance(v, date)):
        x = _bilangan(v)
        if x is not None and x in (1, 2, 3, 4):
            return Hasil(_PERIODE[int(x) - 1])
    raise _tolak_periode(v, boleh_tahunan)


# --- months --------------------------------------------------------------------------------

_NAMA_BULAN = {
    1: ("januari", "jan", "january"),
    2: ("februari", "pebruari", "febuari", "feb", "peb", "february"),
    3: ("maret", "mar", "march"),
    4: ("april", "apr"),
    5: ("mei", "may"),
    6: ("juni", "jun", "june"),
    7: ("juli", "jul", "july"),
    8: ("agustus", "agu", "agt", "agts", "ags", "agus", "agust", "aug", "august"),
    9: ("september", "sep", "sept"),
    10: ("oktober", "okt", "oct", "october"),
    11: ("november", "nov", "nop", "nopember"),
    12: ("desember", "des", "dec", "december"),
}
_BULAN = {nama: nomor for nomor, semua in _NAMA_BULAN.items() for nama in semua}
_BULAN_NOMOR = re.compile(r"[0-9]{1,2}(?:\.0+)?")
_AWALAN_BULAN = re.compile(r"(?:bulan|bln)\.?\s+", re.IGNORECASE)


def _bulan_dari_nama(s: str) -> int | None:
    return _BULAN.get(s.lower().rstrip("."))


def _tolak_bulan(v: object) -> NilaiTidakTerbaca:
    return NilaiTidakTerbaca(f"{_tampil(v)} bukan bulan yang dikenal; isi angka 1–12 atau nama bulan (mis. Maret, Agt)")


def _cek_bulan(n: int, v: object) -> Hasil:
    if 1 <= n <= 12:
        return Hasil(n)
    raise NilaiTidakTerbaca(f"{_tampil(v)}: bulan harus 1–12; isi angka 1–12 atau nama bulan")


def parse_bulan(v: object) -> Hasil:
    """A month cell -> Hasil(int 1..12). A date cell gives its month."""
    if isinstance(v, str):
        s = _bersihkan(v)
        if not s:
            return _KOSONG
        if _BULAN_NOMOR.fullmatch(s):
            return _cek_bulan(int(float(s)), s)
        n = _bulan_dari_nama(_AWALAN_BULAN.sub("", s, count=1))
        if n is None:
            raise _tolak_bulan(s)
        return Hasil(n)
    if _kosong(v):
        return _KOSONG
    if isinstance(v, date):
        return Hasil(v.month)  # Excel turns a typed "Mar-26" into a date; its month is unambiguous
    if not _adalah_bool(v):
        x = _bilangan(v)
        if x is not None and (isinstance(x, int) or x.is_integer()):
            return _cek_bulan(int(x), v)
    raise _tolak_bulan(v)


# --- dates ---------------------------------------------------------------------------------

_EPOCH_EXCEL = date(1899, 12, 30)  # 1900 date system, valid for serials after 1900-02-28
_SERIAL_MIN = (date(1990, 1, 1) - _EPOCH_EXCEL).days
_SERIAL_MAKS = (date(2100, 12, 31) - _EPOCH_EXCEL).days
_TAHUN_MIN, _TAHUN_MAKS = 1900, 2100  # for written dates: catches 0202 and 20266 typos

_JAM = r"(?:[ T][0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2}(?:\.[0-9]+)?)?)?"
_TGL_ISO = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})" + _JAM)
_TGL_HBT = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})" + _JAM)
_TGL_NAMA = re.compile(r"([0-9]{1,2})[\s\-/.]*([^\W\d_]+)\.?[\s\-/.,]*([0-9]{4})" + _JAM)
_TGL_NAMA_EN = re.compile(r"([^\W\d_]+)\.?\s+([0-9]{1,2}),?\s+([0-9]{4})")
_TGL_TAHUN_PENDEK = re.compile(r"[0-9]{1,2}[\s\-/.]*(?:[0-9]{1,2}|[^\W\d_]+)[\s\-/.]+[0-9]{2}")
_NAMA_HARI = re.compile(r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*", re.IGNORECASE)
_SERIAL_TEKS = re.compile(r"[0-9]{5}(?:\.[0-9]+)?")


def _dari_serial(x: float) -> date | None:
    if _SERIAL_MIN <= x < _SERIAL_MAKS + 1:
        return _EPOCH_EXCEL + timedelta(days=math.floor(x))
    return None


def _buat_tanggal(tahun: int, bulan: int, hari: int, s: str) -> date:
    if not _TAHUN_MIN <= tahun <= _TAHUN_MAKS:
        raise NilaiTidakTerbaca(
            f"{_tampil(s)}: tahun {tahun} di luar rentang wajar; periksa tahunnya (tulis 4 digit, mis. 2026)"
        )
    try:
        return date(tahun, bulan, hari)
    except ValueError:
        raise NilaiTidakTerbaca(
            f"{_tampil(s)} bukan tanggal yang ada; periksa hari dan bulannya (urutan hari/bulan/tahun, mis. 20/02/2026)"
        ) from None


def _tanggal_dari_teks(s: str) -> tuple[date, str | None] | None:
    """Written date -> (date, warning); None when no date pattern matches; raises if impossible."""
    if s[:1].isalpha() and (m := _NAMA_HARI.match(s)):
        s = s[m.end() :]  # "Jumat, 20 Februari 2026"
    if m := _TGL_ISO.fullmatch(s):
        return _buat_tanggal(int(m.group(1)), int(m.group(2)), int(m.group(3)), s), None
    if m := _TGL_HBT.fullmatch(s):
        return _buat_tanggal(int(m.group(3)), int(m.group(2)), int(m.group(1)), s), None
    if (m := _TGL_NAMA.fullmatch(s)) and (n := _bulan_dari_nama(m.group(2))):
        return _buat_tanggal(int(m.group(3)), n, int(m.group(1)), s), None
    if (m := _TGL_NAMA_EN.fullmatch(s)) and (n := _bulan_dari_nama(m.group(1))):
        return _buat_tanggal(int(m.group(3)), n, int(m.group(2)), s), None
    if _SERIAL_TEKS.fullmatch(s) and (d := _dari_serial(float(s))):
        # A date column saved from Excel as "General" arrives as its serial number.
        return d, (
            f"{_tampil(s)} dibaca sebagai nomor seri tanggal Excel: {d.isoformat()}; "
            "periksa tanggalnya dan format kolom sebagai tanggal"
        )
    if _TGL_TAHUN_PENDEK.fullmatch(s):
        raise NilaiTidakTerbaca(f"{_tampil(s)}: tahun ditulis 2 digit; tulis tahun dengan 4 digit (mis. 20/02/2026)")
    return None


def _tolak_tanggal(v: object) -> NilaiTidakTerbaca:
    return NilaiTidakTerbaca(
        f"{_tampil(v)} bukan tanggal yang dikenal; tulis mis. 2026-02-20, 20/02/2026 atau 20 Februari 2026"
    )


def _tanggal_objek(v: object) -> date:
    """A non-text, non-empty cell -> date (datetime, date or Excel serial) or refusal."""
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if not _adalah_bool(v):
        x = _bilangan(v)
        if x is not None:
            d = _dari_serial(x)
            if d is not None:
                return d
            raise NilaiTidakTerbaca(
                f"{_tampil(v)} bukan tanggal: angka ini di luar nomor seri tanggal Excel untuk "
                "tahun 1990–2100; isi tanggal, mis. 2026-02-20"
            )
    raise _tolak_tanggal(v)


def parse_tanggal(v: object) -> Hasil:
    """A date cell -> Hasil(datetime.date)."""
    if isinstance(v, str):
        s = _bersihkan(v)
        if not s:
            return _KOSONG
        hasil = _tanggal_dari_teks(s)
        if hasil is None:
            raise _tolak_tanggal(s)
        return Hasil(*hasil)
    if _kosong(v):
        return _KOSONG
    return Hasil(_tanggal_objek(v))


_BT_TB = re.compile(r"([0-9]{4})\s*[-/.]\s*([0-9]{1,2})")
_BT_BT = re.compile(r"([0-9]{1,2})\s*[-/.]\s*([0-9]{4})")
_BT_NAMA = re.compile(r"([^\W\d_]+)\.?[\s\-/.,']*([0-9]{4})")
_BT_TAHUN_PENDEK = re.compile(r"(?:[^\W\d_]+|[0-9]{1,2})\.?[\s\-/.']+[0-9]{2}")


def _bulan_tahun(tahun: int, bulan: int, s: str) -> Hasil:
    if not 1 <= bulan <= 12:
        raise NilaiTidakTerbaca(f"{_tampil(s)}: bulan harus 1–12; tulis mis. 2026-03 atau Maret 2026")
    if not _TAHUN_MIN <= tahun <= _TAHUN_MAKS:
        raise NilaiTidakTerbaca(
            f"{_tampil(s)}: tahun {tahun} di luar rentang wajar; tulis mis. 2026-03 atau Maret 2026"
        )
    return Hasil(f"{tahun:04d}-{bulan:02d}")


def parse_bulan_tahun(v: object) -> Hasil:
    """A month-of-year cell -> Hasil('YYYY-MM'). A full date (text, cell or serial) gives its month."""
    if isinstance(v, str):
        s = _bersihkan(v)
        if not s:
            return _KOSONG
        if m := _BT_TB.fullmatch(s):
            return _bulan_tahun(int(m.group(1)), int(m.group(2)), s)
        if m := _BT_BT.fullmatch(s):
            return _bulan_tahun(int(m.group(2)), int(m.group(1)), s)
        if (m := _BT_NAMA.fullmatch(s)) and (n := _bulan_dari_nama(m.group(1))):
            return _bulan_tahun(int(m.group(2)), n, s)
        if _BT_TAHUN_PENDEK.fullmatch(s):
            raise NilaiTidakTerbaca(
                f"{_tampil(s)}: tahun ditulis 2 digit; tulis tahun dengan 4 digit (mis. 2026-03 atau Maret 2026)"
            )
        hasil = _tanggal_dari_teks(s)
        if hasil is None:
            raise NilaiTidakTerbaca(
                f"{_tampil(s)} bukan bulan dan tahun yang dikenal; tulis mis. 2026-03 atau Maret 2026"
            )
        d, peringatan = hasil
        return Hasil(f"{d.year:04d}-{d.month:02d}", peringatan)
    if _kosong(v):
        return _KOSONG
    d = _tanggal_objek(v)
    return Hasil(f"{d.year:04d}-{d.month:02d}")


# --- codes and text ------------------------------------------------------------------------

_SPASI_KODE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
# Excel's display of a long digit code: "1.10502E+17" (its digits are gone).
_KODE_ILMIAH = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE]\+[0-9]{2}")


def parse_kode(v: object) -> Hasil:
    """A code cell -> Hasil(str): whitespace and invisible characters (BOM, zero-width) removed wherever they
    stand, otherwise exactly as written."""
    if isinstance(v, str):
        s = _SPASI_KODE.sub("", v)
        if not s:
            return _KOSONG
        if _KODE_ILMIAH.fullmatch(s):
            raise NilaiTidakTerbaca(
                f"{_tampil(s)}: kode sudah diubah Excel menjadi notasi ilmiah sehingga digitnya hilang; "
                "format kolom sebagai Teks lalu ketik ulang kodenya"
            )
        return Hasil(s)
    if _kosong(v):
        return _KOSONG
    if _adalah_bool(v):
        raise _tolak_jenis(v, "kode", "kode sebagai teks")
    if isinstance(v, date):
        raise NilaiTidakTerbaca(
            f"{_tampil(v)}: kode sudah diubah Excel menjadi tanggal; format kolom sebagai Teks lalu ketik ulang kodenya"
        )
    x = _bilangan(v)
    if x is None:
        return parse_kode(str(v))
    if isinstance(x, int):
        return Hasil(str(x))
    if not math.isfinite(x):
        raise _tolak_jenis(v, "kode", "kode sebagai teks")
    if x.is_integer() and abs(x) < 1e16:
        return Hasil(str(int(x)))
    # Excel stored the code as a number: "1.10" became 1.1 and cannot be recovered here.
    teks = repr(x)
    return Hasil(
        teks,
        f"kode '{teks}' tampak sudah diubah Excel menjadi angka (mis. 1.10 menjadi 1.1, "
        "0001 menjadi 1); format kolom sebagai Teks lalu periksa dan ketik ulang kodenya",
    )


def _teks_objek(v: object) -> str:
    if isinstance(v, datetime):
        return v.isoformat(sep=" ") if (v.hour, v.minute, v.second) != (0, 0, 0) else v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))  # Excel's 2026.0 is the text "2026"
    return str(v)


def parse_teks(v: object) -> Hasil:
    """A free-text cell -> Hasil(str) trimmed, or Hasil(None) when empty."""
    if isinstance(v, str):
        s = _bersihkan(v)
        return Hasil(s) if s else _KOSONG
    if _kosong(v):
        return _KOSONG
    return Hasil(_teks_objek(v))


# --- enumerations and headers --------------------------------------------------------------

_PEMISAH = re.compile(r"[\s\-–—_]+")
_TEPI_HEADER = "*:.,;!?#'\"_ "


def _lipat(s: str) -> str:
    """Fold a value: lower-case, trimmed, runs of spaces, dashes and underscores to one '_'."""
    return _PEMISAH.sub("_", _bersihkan(s).lower()).strip("_")


def fold_header(text: str) -> str:
    """Fold a column name as the contract says: ``' Kode PD* '`` and ``kode-pd`` -> ``kode_pd``."""
    return _lipat(text).strip(_TEPI_HEADER)


def parse_pilihan(v: object, pilihan: Mapping[str, str]) -> Hasil:
    """An enumeration cell -> Hasil(canonical value); ``pilihan`` maps folded spellings to it."""
    if isinstance(v, str):
        s = _bersihkan(v)
        if not s:
            return _KOSONG
    elif _kosong(v):
        return _KOSONG
    else:
        s = _teks_objek(v)
    hasil = pilihan.get(s) or pilihan.get(s.lower()) or pilihan.get(_lipat(s))
    if hasil is None:
        # Rare path (an error or an unfolded key): also fold the mapping's keys.
        kunci = _lipat(s)
        if kunci:  # "_" or "—" must not fold onto a key such as "-"
            hasil = next((nilai for k, nilai in pilihan.items() if _lipat(k) == kunci), None)
    if hasil is None:
        daftar = ", ".join(dict.fromkeys(pilihan.values()))
        raise NilaiTidakTerbaca(f"{_tampil(s)} bukan pilihan yang dikenal; isi salah satu: {daftar}")
    return Hasil(hasil)
