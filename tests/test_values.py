"""Tests of the importer's cell-value parsers (pantau/values.py).

Each parser has a table of real-looking cells with exact expected values (every example of
CONTRACT.md, DOMAIN.md "Real input is messy" and REFERENCE.md section 10 is here), a table of
refusals whose message must be Indonesian and quote the cell, and hypothesis properties.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pantau.values import (
    Hasil,
    NilaiTidakTerbaca,
    fold_header,
    parse_angka,
    parse_bool,
    parse_bulan,
    parse_bulan_tahun,
    parse_bulat,
    parse_kode,
    parse_periode,
    parse_pilihan,
    parse_tanggal,
    parse_teks,
)

# A message tells the user what to do: one of these Indonesian instructions must be in it.
_PERINTAH = ("isi ", "tulis ", "periksa ", "kosongkan", "format kolom", "perbaiki")


def tolak(fungsi, nilai, *args) -> str:
    """Call a parser that must refuse; check the message quotes the cell and is Indonesian."""
    with pytest.raises(NilaiTidakTerbaca) as info:
        fungsi(nilai, *args)
    pesan = str(info.value)
    tampil = nilai.strip() if isinstance(nilai, str) else str(nilai)
    if len(tampil) > 60:  # long cells are shortened in the message
        assert f"'{tampil[:50]}" in pesan, pesan
    else:
        assert f"'{tampil}'" in pesan, pesan
    assert any(kata in pesan for kata in _PERINTAH), pesan
    return pesan


# Empty cells, whatever the reader hands over, are None for every parser.
KOSONG = [None, "", "   ", "\xa0", " \xa0\t\n", "\ufeff", float("nan"), np.nan, pd.NA, pd.NaT]
PARSERS = [
    parse_angka,
    parse_bulat,
    parse_bool,
    parse_periode,
    parse_bulan,
    parse_tanggal,
    parse_bulan_tahun,
    parse_kode,
    parse_teks,
    lambda v: parse_pilihan(v, {"positif": "positif"}),
]


@pytest.mark.parametrize("fungsi", PARSERS)
@pytest.mark.parametrize("nilai", KOSONG, ids=repr)
def test_sel_kosong_adalah_none(fungsi, nilai):
    assert fungsi(nilai) == Hasil(None)


# --- parse_angka ---------------------------------------------------------------------------

ANGKA = [
    # CONTRACT.md
    ("1234.5", 1234.5),
    ("1.234,5", 1234.5),
    ("1,234.5", 1234.5),
    ("Rp 1.234.567", 1234567.0),
    ("12,5 %", 12.5),
    ("72,84", 72.84),
    ("10,274,076", 10274076.0),
    ("9.674.468", 9674468.0),
    ("97.6", 97.6),
    ("0.125", 0.125),
    # DOMAIN.md and REFERENCE.md section 10
    ("1.234.567,89", 1234567.89),
    ("Rp 1,2 M", 1.2e9),
    ("(1.234,00)", -1234.0),
    ("-", 0.0),
    ("–", 0.0),
    ("—", 0.0),
    ("98,63 %", 98.63),
    ("98,63%", 98.63),
    ("25%", 25.0),
    ("25 %", 25.0),
    ("0,25", 0.25),
    ("25", 25.0),
    # currency
    ("Rp. 1.234.567,00", 1234567.0),
    ("Rp1.234.567", 1234567.0),
    ("RP 1.234.567", 1234567.0),
    ("IDR 5.000", 5000.0),
    ("Rp 5.000,-", 5000.0),
    ("Rp 5.000.-", 5000.0),
    ("Rp 1.250", 1250.0),
    ("Rp -", 0.0),
    ("Rp (1.234.567)", -1234567.0),
    ("(Rp 1.234.567)", -1234567.0),
    ("-Rp 1.234.567", -1234567.0),
    ("Rp -1.234.567", -1234567.0),
    # signs and spaces
    ("-1.234,5", -1234.5),
    ("−1.234,5", -1234.5),  # U+2212 minus sign
    ("+1.234,5", 1234.5),
    ("+ 12", 12.0),
    ("- 12,5", -12.5),
    ("1 234 567", 1234567.0),
    ("1\xa0234\xa0567", 1234567.0),
    ("1\u202f234\u202f567,5", 1234567.5),
    ("\xa0 1.234,5 \xa0", 1234.5),
    ("(12,5%)", -12.5),
    # plain
    ("1234", 1234.0),
    ("-1234.5", -1234.5),
    ("0", 0.0),
    ("-0", 0.0),
    ("007", 7.0),
    ("0,5", 0.5),
    (",5", 0.5),
    (".5", 0.5),
    ("1234,567", 1234.567),
    ("1234.567", 1234.567),  # a dot after 4 digits cannot be a thousands separator
    ("0.250", 0.25),
    ("12.34", 12.34),
    ("1.2345", 1.2345),
    ("1,234,567.891", 1234567.891),
    ("1.234.567,891", 1234567.891),
    # multipliers (M = miliar, as in Indonesian finance)
    ("1,5 miliar", 1.5e9),
    ("1,5 Milyar", 1.5e9),
    ("2 jt", 2e6),
    ("2jt", 2e6),
    ("3 juta", 3e6),
    ("3 Juta", 3e6),
    ("1,1 T", 1.1e12),
    ("2 triliun", 2e12),
    ("5 rb", 5e3),
    ("7 ribu", 7e3),
    ("Rp 12,5 jt", 12.5e6),
    ("Rp 250 M", 250e9),
    ("-1,2 M", -1.2e9),
    # Python values from XLSX cells
    (1234.5, 1234.5),
    (0.9863, 0.9863),  # a percent-formatted cell stores the fraction; the column decides
    (42, 42.0),
    (-0.0, 0.0),
    (np.float64(2.5), 2.5),
    (np.float32(0.5), 0.5),
    (np.int64(7), 7.0),
]


@pytest.mark.parametrize(("sel", "harapan"), ANGKA, ids=repr)
def test_parse_angka(sel, harapan):
    hasil = parse_angka(sel)
    assert type(hasil.nilai) is float
    assert hasil == Hasil(harapan)  # exact: the parser converts the written decimal once


def test_nol_negatif_menjadi_nol():
    for sel in ("-0", "-0,0", "(0)", "-", -0.0):
        assert math.copysign(1.0, parse_angka(sel).nilai) == 1.0


PERINGATAN_TITIK = [
    ("1.250", 1250.0, "1,25"),
    ("-1.250", -1250.0, "-1,25"),
    ("1.234", 1234.0, "1,234"),
    ("(1.234)", -1234.0, "(1,234)"),
    ("-1.234", -1234.0, "-1,234"),
    ("999.999", 999999.0, "999,999"),
    ("5.000", 5000.0, "5"),
    ("12.125 %", 12125.0, "12,125 %"),
    ("1.250 M", 1.25e12, "1,25 M"),
]


@pytest.mark.parametrize(("sel", "harapan", "saran"), PERINGATAN_TITIK, ids=repr)
def test_titik_tunggal_tiga_digit_dibaca_ribuan_dengan_peringatan(sel, harapan, saran):
    hasil = parse_angka(sel)
    assert hasil.nilai == harapan
    assert hasil.peringatan is not None
    assert f"'{sel}'" in hasil.peringatan
    assert "pemisah ribuan" in hasil.peringatan
    assert f"tulis {saran} bila maksudnya desimal" in hasil.peringatan


def test_peringatan_1250_persis():
    assert parse_angka("1.250") == Hasil(
        1250.0,
        "'1.250' dibaca sebagai 1250 (titik sebagai pemisah ribuan); tulis 1,25 bila maksudnya desimal",
    )


def test_koma_tunggal_tiga_digit_tetap_desimal_dengan_peringatan():
    # The contract reads a single comma as decimal; three digits after it may be an English
    # thousands separator, so the reading is kept and flagged.
    hasil = parse_angka("1,250")
    assert hasil.nilai == 1.25
    assert hasil.peringatan is not None
    assert "'1,250'" in hasil.peringatan and "tulis 1250 bila maksudnya ribuan" in hasil.peringatan
    assert parse_angka("0,250") == Hasil(0.25)  # "0,250" cannot be a thousand
    assert parse_angka("72,845").peringatan is not None


def test_notasi_ilmiah_dibaca_dengan_peringatan():
    hasil = parse_angka("1,23E+11")
    assert hasil.nilai == 1.23e11
    assert "'1,23E+11'" in hasil.peringatan and "notasi ilmiah" in hasil.peringatan
    assert parse_angka("1.5e3").nilai == 1500.0


TOLAK_ANGKA = [
    ("belum ada data", "bukan angka"),
    ("dalam proses", "bukan angka"),
    ("n/a", "bukan angka"),
    ("N/A", "bukan angka"),
    ("*)", "bukan angka"),
    ("WTP", "bukan angka"),
    ("A", "bukan angka"),
    ("Ada", "bukan angka"),
    ("Menurun", "bukan angka"),
    ("Rp", "bukan angka"),
    ("%", "bukan angka"),
    ("12 Dokumen", "teks selain angka"),
    ("7 – 8 bulan", "rentang"),
    ("12 m", "teks selain angka"),  # lower-case m is not miliar
    ("≥ 85", "pembanding"),
    (">= 85", "pembanding"),
    ("< 5", "pembanding"),
    ("80-90%", "rentang"),
    ("80 – 90", "rentang"),
    ("80 s.d. 90", "rentang"),
    ("12*", "catatan kaki"),
    ("12*)", "catatan kaki"),
    ("12,5 **", "catatan kaki"),
    ("12¹", "catatan kaki"),
    ("#DIV/0!", "galat rumus Excel"),
    ("#N/A", "galat rumus Excel"),
    ("1.23.4", "tidak konsisten"),
    ("1,2.3,4", "tidak konsisten"),
    ("1.234.56", "tidak konsisten"),
    ("12.34.567", "tidak konsisten"),
    ("1,234,5", "tidak konsisten"),
    ("1.234,567.8", "tidak konsisten"),
    ("0.123.456", "tidak konsisten"),
    ("5.", "tidak konsisten"),
    ("5,", "tidak konsisten"),
    ("1 2", "bukan angka"),
    ("12 34", "bukan angka"),
    ("1.234,-5", "bukan"),
    ("5.000,00,-", "bukan angka"),
    ("(-5)", "bukan angka"),
    ("--5", "bukan angka"),
    ("1.234-", "bukan angka"),
    ("٣", "bukan angka"),  # an Arabic-Indic digit is not what anyone typed here
    ("--", "bukan angka"),
    ("2026-02-20", "berisi tanggal"),
    ("20/02/2026", "berisi tanggal"),
    ("1e999", "terlalu besar"),
    ("9" * 400, "terlalu besar"),
]


@pytest.mark.parametrize(("sel", "sebab"), TOLAK_ANGKA, ids=repr)
def test_parse_angka_menolak(sel, sebab):
    pesan = tolak(parse_angka, sel)
    assert sebab in pesan


def test_pesan_tolak_angka_persis():
    with pytest.raises(NilaiTidakTerbaca) as info:
        parse_angka("belum ada data")
    assert str(info.value) == "'belum ada data' bukan angka; isi angka (mis. 1.234,5) atau kosongkan sel"


@pytest.mark.parametrize(
    "sel",
    [True, False, np.bool_(True), date(2026, 2, 20), datetime(2026, 2, 20), float("inf"), -math.inf, 10**400],
    ids=repr,
)
def test_parse_angka_menolak_objek(sel):
    tolak(parse_angka, sel)


def test_pesan_panjang_dipendekkan():
    with pytest.raises(NilaiTidakTerbaca) as info:
        parse_angka("x" * 500)
    assert len(str(info.value)) < 200


# --- parse_bulat ---------------------------------------------------------------------------

BULAT = [
    ("3", 3),
    ("3.0", 3),
    ("3,0", 3),
    ("2026", 2026),
    (" 2026 ", 2026),
    ("-12", -12),
    ("+12", 12),
    ("1.234.567", 1234567),
    ("1,234,567", 1234567),
    ("1 234 567", 1234567),
    ("Rp 1.234.567,00", 1234567),
    ("-", 0),
    ("(5)", -5),
    ("1,5 M", 1_500_000_000),
    ("123456789012345678901234567890", 123456789012345678901234567890),
    ("1.234.567.890.123.456.789", 1234567890123456789),
    (3, 3),
    (3.0, 3),
    (2026.0, 2026),
    (2.9999999999999996, 3),  # Excel arithmetic noise
    (np.int64(5), 5),
    (np.float64(5.0), 5),
    (10**30, 10**30),
]


@pytest.mark.parametrize(("sel", "harapan"), BULAT, ids=repr)
def test_parse_bulat(sel, harapan):
    hasil = parse_bulat(sel)
    assert type(hasil.nilai) is int
    assert hasil == Hasil(harapan)


def test_parse_bulat_membawa_peringatan_ribuan():
    hasil = parse_bulat("2.026")
    assert hasil.nilai == 2026
    assert "'2.026'" in hasil.peringatan


@pytest.mark.parametrize(
    "sel", ["3.5", "3,5", "0,1", 3.5, 0.1, "tiga", "1E-5", "12 orang", True, date(2026, 1, 1), math.inf], ids=repr
)
def test_parse_bulat_menolak(sel):
    pesan = tolak(parse_bulat, sel)
    if sel in ("3.5", "3,5", 3.5):
        assert "bukan bilangan bulat" in pesan


# --- parse_bool ----------------------------------------------------------------------------

BOOL = [
    ("ya", True),
    ("Ya", True),
    ("YA", True),
    (" ya ", True),
    ("iya", True),
    ("y", True),
    ("Y", True),
    ("yes", True),
    ("Yes", True),
    ("1", True),
    ("1.0", True),
    ("true", True),
    ("TRUE", True),
    ("True", True),
    ("benar", True),
    ("Benar", True),
    ("tidak", False),
    ("Tidak", False),
    ("TIDAK", False),
    ("tdk", False),
    ("n", False),
    ("N", False),
    ("no", False),
    ("No", False),
    ("0", False),
    ("0.0", False),
    ("false", False),
    ("FALSE", False),
    ("salah", False),
    ("Salah", False),
    (True, True),
    (False, False),
    (np.bool_(True), True),
    (np.bool_(False), False),
    (1, True),
    (0, False),
    (1.0, True),
    (0.0, False),
    (np.int64(1), True),
]


@pytest.mark.parametrize(("sel", "harapan"), BOOL, ids=repr)
def test_parse_bool(sel, harapan):
    hasil = parse_bool(sel)
    assert type(hasil.nilai) is bool
    assert hasil == Hasil(harapan)


@pytest.mark.parametrize("sel", ["mungkin", "ada", "2", 2, -1, 0.5, "yaa", "t", date(2026, 1, 1)], ids=repr)
def test_parse_bool_menolak(sel):
    pesan = tolak(parse_bool, sel)
    assert "isi ya atau tidak" in pesan


# --- parse_periode -------------------------------------------------------------------------

PERIODE = [
    ("TW1", "TW1"),
    ("TW2", "TW2"),
    ("TW3", "TW3"),
    ("TW4", "TW4"),
    ("tw1", "TW1"),
    ("TW 1", "TW1"),
    ("TW-2", "TW2"),
    ("TW_3", "TW3"),
    ("TW I", "TW1"),
    ("TW II", "TW2"),
    ("TW III", "TW3"),
    ("TW IV", "TW4"),
    ("TW.IV", "TW4"),
    ("Tw.I", "TW1"),
    ("Tw.II", "TW2"),
    ("TW. III", "TW3"),
    ("Triwulan I", "TW1"),
    ("Triwulan II", "TW2"),
    ("Triwulan 3", "TW3"),
    ("TRIWULAN IV", "TW4"),
    ("triwulan iv", "TW4"),
    ("Triwulan ke-2", "TW2"),
    ("Q1", "TW1"),
    ("q1", "TW1"),
    ("Q3", "TW3"),
    ("Q 4", "TW4"),
    ("I", "TW1"),
    ("II", "TW2"),
    ("III", "TW3"),
    ("IV", "TW4"),
    ("iv", "TW4"),
    ("1", "TW1"),
    ("4", "TW4"),
    ("2.0", "TW2"),
    (" TW 1 ", "TW1"),
    (1, "TW1"),
    (4, "TW4"),
    (1.0, "TW1"),
    (3.0, "TW3"),
    (np.int64(2), "TW2"),
    ("TAHUNAN", "TAHUNAN"),
    ("Tahunan", "TAHUNAN"),
    ("tahunan", "TAHUNAN"),
    ("tahun", "TAHUNAN"),
    ("Tahun", "TAHUNAN"),
    ("annual", "TAHUNAN"),
    ("Annual", "TAHUNAN"),
]


@pytest.mark.parametrize(("sel", "harapan"), PERIODE, ids=repr)
def test_parse_periode(sel, harapan):
    assert parse_periode(sel) == Hasil(harapan)


@pytest.mark.parametrize("sel", ["TAHUNAN", "tahunan", "tahun", "annual"])
def test_parse_periode_tahunan_bila_tidak_boleh(sel):
    pesan = tolak(parse_periode, sel, False)
    assert "TW1, TW2, TW3 atau TW4" in pesan and "TAHUNAN" not in pesan.split(";")[1]


def test_parse_periode_triwulan_tetap_boleh_tanpa_tahunan():
    assert parse_periode("Triwulan II", boleh_tahunan=False) == Hasil("TW2")


@pytest.mark.parametrize("sel", ["Semester I", "Semester II", "semester 1", "S1", "S2", "Smt II", "SEMESTER I"])
def test_parse_periode_semester_ditolak(sel):
    pesan = tolak(parse_periode, sel)
    assert "semester tidak didukung" in pesan and "triwulan" in pesan


@pytest.mark.parametrize(
    "sel", ["TW5", "TW0", "V", "5", 0, 5, 1.5, "Maret", "TW1-TW4", "Triwulan", "Q", "2026", True], ids=repr
)
def test_parse_periode_menolak(sel):
    pesan = tolak(parse_periode, sel)
    assert "TW1, TW2, TW3, TW4 atau TAHUNAN" in pesan


# --- parse_bulan ---------------------------------------------------------------------------

BULAN_INDONESIA = {
    1: ["Januari", "Jan"],
    2: ["Februari", "Feb", "Peb", "Pebruari"],
    3: ["Maret", "Mar"],
    4: ["April", "Apr"],
    5: ["Mei"],
    6: ["Juni", "Jun"],
    7: ["Juli", "Jul"],
    8: ["Agustus", "Agu", "Agt", "Agts", "Ags"],
    9: ["September", "Sep", "Sept"],
    10: ["Oktober", "Okt"],
    11: ["November", "Nov", "Nop", "Nopember"],
    12: ["Desember", "Des"],
}
BULAN_INGGRIS = {
    1: ["January"],
    2: ["February"],
    3: ["March"],
    5: ["May"],
    6: ["June"],
    7: ["July"],
    8: ["August", "Aug"],
    10: ["October", "Oct"],
    12: ["December", "Dec"],
}

BULAN = (
    [(nama, n) for n, semua in BULAN_INDONESIA.items() for nama in semua]
    + [(nama, n) for n, semua in BULAN_INGGRIS.items() for nama in semua]
    + [
        ("1", 1),
        ("01", 1),
        ("12", 12),
        ("3.0", 3),
        (" 7 ", 7),
        ("AGT", 8),
        ("agt", 8),
        ("Agt.", 8),
        ("Sept.", 9),
        ("Bulan Maret", 3),
        (3, 3),
        (12, 12),
        (3.0, 3),
        (np.int64(11), 11),
        (date(2026, 3, 1), 3),  # Excel turned "Mar-26" into a date cell
        (datetime(2026, 8, 1), 8),
    ]
)


@pytest.mark.parametrize(("sel", "harapan"), BULAN, ids=repr)
def test_parse_bulan(sel, harapan):
    assert parse_bulan(sel) == Hasil(harapan)


@pytest.mark.parametrize("sel", ["0", "13", 0, 13, 13.0, "00", "-1"], ids=repr)
def test_parse_bulan_di_luar_rentang(sel):
    pesan = tolak(parse_bulan, sel)
    if sel != "-1":
        assert "bulan harus 1–12" in pesan


@pytest.mark.parametrize("sel", ["Maretan", "Triwulan I", "3,5", 3.5, "Maret 2026", True, "Ju"], ids=repr)
def test_parse_bulan_menolak(sel):
    tolak(parse_bulan, sel)


# --- parse_tanggal -------------------------------------------------------------------------

TANGGAL = [
    ("2026-02-20", date(2026, 2, 20)),
    ("2026-2-5", date(2026, 2, 5)),
    ("2026/02/20", date(2026, 2, 20)),
    ("20/02/2026", date(2026, 2, 20)),
    ("20-02-2026", date(2026, 2, 20)),
    ("20.02.2026", date(2026, 2, 20)),
    ("5/2/2026", date(2026, 2, 5)),  # day/month, never the American month/day
    ("03/04/2026", date(2026, 4, 3)),
    ("20 Februari 2026", date(2026, 2, 20)),
    ("20 februari 2026", date(2026, 2, 20)),
    ("20 Feb 2026", date(2026, 2, 20)),
    ("20-Feb-2026", date(2026, 2, 20)),
    ("20 Peb 2026", date(2026, 2, 20)),
    ("20 Agustus 2026", date(2026, 8, 20)),
    ("17 Agt 2026", date(2026, 8, 17)),
    ("31 Maret 2025", date(2025, 3, 31)),
    ("1 Nop 2026", date(2026, 11, 1)),
    ("25 Des. 2026", date(2026, 12, 25)),
    ("Jumat, 20 Februari 2026", date(2026, 2, 20)),
    ("20 February 2026", date(2026, 2, 20)),
    ("February 20, 2026", date(2026, 2, 20)),
    ("2026-02-20 00:00:00", date(2026, 2, 20)),
    ("2026-02-20T13:45:00", date(2026, 2, 20)),
    ("20/02/2026 08:30", date(2026, 2, 20)),
    (46073, date(2026, 2, 20)),
    (46073.0, date(2026, 2, 20)),
    (46073.75, date(2026, 2, 20)),  # the fraction is the time of day
    (32874, date(1990, 1, 1)),
    (np.int64(46073), date(2026, 2, 20)),
    (date(2026, 2, 20), date(2026, 2, 20)),
    (datetime(2026, 2, 20, 10, 30), date(2026, 2, 20)),
    (pd.Timestamp("2026-02-20"), date(2026, 2, 20)),
    ("2024-02-29", date(2024, 2, 29)),
]


@pytest.mark.parametrize(("sel", "harapan"), TANGGAL, ids=repr)
def test_parse_tanggal(sel, harapan):
    hasil = parse_tanggal(sel)
    assert type(hasil.nilai) is date
    assert hasil == Hasil(harapan)


def test_parse_tanggal_nomor_seri_sebagai_teks_dengan_peringatan():
    hasil = parse_tanggal("46073")
    assert hasil.nilai == date(2026, 2, 20)
    assert "'46073'" in hasil.peringatan and "2026-02-20" in hasil.peringatan


TOLAK_TANGGAL = [
    ("31/02/2026", "bukan tanggal yang ada"),
    ("2026-02-30", "bukan tanggal yang ada"),
    ("2025-02-29", "bukan tanggal yang ada"),
    ("02/20/2026", "hari/bulan/tahun"),
    ("2026-13-01", "bukan tanggal yang ada"),
    ("32 Januari 2026", "bukan tanggal yang ada"),
    ("20/02/26", "4 digit"),
    ("20-Feb-26", "4 digit"),
    ("0202-02-20", "rentang wajar"),
    ("20 Februarii 2026", "bukan tanggal"),
    ("besok", "bukan tanggal"),
    ("2026", "bukan tanggal"),
    ("Februari 2026", "bukan tanggal"),
    ("12345", "bukan tanggal"),
    (5, "1990–2100"),
    (2026, "1990–2100"),
    (100000, "1990–2100"),
    (-1.5, "1990–2100"),
    (math.inf, "bukan tanggal"),
    (True, "bukan tanggal"),
]


@pytest.mark.parametrize(("sel", "sebab"), TOLAK_TANGGAL, ids=repr)
def test_parse_tanggal_menolak(sel, sebab):
    pesan = tolak(parse_tanggal, sel)
    assert sebab in pesan


# --- parse_bulan_tahun ---------------------------------------------------------------------

BULAN_TAHUN = [
    ("2026-03", "2026-03"),
    ("2026-3", "2026-03"),
    ("2026/03", "2026-03"),
    ("2026.03", "2026-03"),
    ("03/2026", "2026-03"),
    ("3-2026", "2026-03"),
    ("3/2026", "2026-03"),
    ("12-2026", "2026-12"),
    ("Maret 2026", "2026-03"),
    ("maret 2026", "2026-03"),
    ("Mar 2026", "2026-03"),
    ("Mar-2026", "2026-03"),
    ("Agt 2026", "2026-08"),
    ("Nopember 2026", "2026-11"),
    ("Des. 2026", "2026-12"),
    ("August 2026", "2026-08"),
    ("2026-03-01", "2026-03"),
    ("2026-03-31 00:00:00", "2026-03"),
    ("15/03/2026", "2026-03"),
    ("20 Maret 2026", "2026-03"),
    (date(2026, 3, 5), "2026-03"),
    (datetime(2026, 3, 1), "2026-03"),
    (pd.Timestamp("2026-11-01"), "2026-11"),
    (46082, "2026-03"),
    (46082.0, "2026-03"),
]


@pytest.mark.parametrize(("sel", "harapan"), BULAN_TAHUN, ids=repr)
def test_parse_bulan_tahun(sel, harapan):
    assert parse_bulan_tahun(sel) == Hasil(harapan)


TOLAK_BULAN_TAHUN = [
    ("2026-13", "bulan harus 1–12"),
    ("13/2026", "bulan harus 1–12"),
    ("0-2026", "bulan harus 1–12"),
    ("Maretz 2026", "bukan bulan dan tahun"),
    ("Mar-26", "4 digit"),
    ("202603", "bukan bulan dan tahun"),
    ("2026", "bukan bulan dan tahun"),
    ("Maret", "bukan bulan dan tahun"),
    ("0026-03", "rentang wajar"),
    (2026.03, "1990–2100"),
    (3, "1990–2100"),
]


@pytest.mark.parametrize(("sel", "sebab"), TOLAK_BULAN_TAHUN, ids=repr)
def test_parse_bulan_tahun_menolak(sel, sebab):
    pesan = tolak(parse_bulan_tahun, sel)
    assert sebab in pesan


# --- parse_kode ----------------------------------------------------------------------------

KODE = [
    ("1.10", "1.10"),
    ("2.20", "2.20"),
    ("0001", "0001"),
    (" 1.05.02.2.03.0002 ", "1.05.02.2.03.0002"),
    ("1.05.02 .2.03", "1.05.02.2.03"),
    ("1.05\xa0.02", "1.05.02"),
    ("\ufeff1.05", "1.05"),
    ("IKU-01", "IKU-01"),
    ("iku-01", "iku-01"),  # case is kept: codes are compared exactly
    ("X.XX", "X.XX"),
    ("1E5", "1E5"),
    (3, "3"),
    (3.0, "3"),
    (2026.0, "2026"),
    (np.int64(12), "12"),
]


@pytest.mark.parametrize(("sel", "harapan"), KODE, ids=repr)
def test_parse_kode(sel, harapan):
    assert parse_kode(sel) == Hasil(harapan)


@pytest.mark.parametrize(("sel", "harapan"), [(1.1, "1.1"), (2.2, "2.2"), (1.05, "1.05"), (np.float64(4.01), "4.01")])
def test_parse_kode_pecahan_dari_excel_diberi_peringatan(sel, harapan):
    hasil = parse_kode(sel)
    assert hasil.nilai == harapan
    assert f"'{harapan}'" in hasil.peringatan
    assert "Excel" in hasil.peringatan and "format kolom sebagai Teks" in hasil.peringatan


@pytest.mark.parametrize("sel", ["1.10502E+17", "1,10502E+17", True, date(2026, 1, 5), math.inf], ids=repr)
def test_parse_kode_menolak(sel):
    tolak(parse_kode, sel)


# --- parse_teks ----------------------------------------------------------------------------

TEKS = [
    ("  Dinas PUPR ", "Dinas PUPR"),
    ("\xa0Pembangunan jalan\xa0", "Pembangunan jalan"),
    ("baris 1\nbaris 2", "baris 1\nbaris 2"),
    ("\ufeffBappeda", "Bappeda"),
    (2026, "2026"),
    (2026.0, "2026"),
    (12.5, "12.5"),
    (date(2026, 2, 20), "2026-02-20"),
    (datetime(2026, 2, 20), "2026-02-20"),
]


@pytest.mark.parametrize(("sel", "harapan"), TEKS, ids=repr)
def test_parse_teks(sel, harapan):
    assert parse_teks(sel) == Hasil(harapan)


# --- parse_pilihan and fold_header ---------------------------------------------------------

AGREGASI = {
    "kumulatif": "kumulatif",
    "nilai_akhir": "nilai_akhir",
    "rata_rata": "rata_rata",
    "rerata": "rata_rata",
}
POLARITAS = {"positif": "positif", "negatif": "negatif", "+": "positif", "-": "negatif"}


@pytest.mark.parametrize(
    ("sel", "pilihan", "harapan"),
    [
        ("Nilai Akhir", AGREGASI, "nilai_akhir"),
        ("nilai-akhir", AGREGASI, "nilai_akhir"),
        ("NILAI_AKHIR", AGREGASI, "nilai_akhir"),
        ("  nilai   akhir ", AGREGASI, "nilai_akhir"),
        ("Rata-rata", AGREGASI, "rata_rata"),
        ("rerata", AGREGASI, "rata_rata"),
        ("Kumulatif", AGREGASI, "kumulatif"),
        ("Positif", POLARITAS, "positif"),
        ("NEGATIF", POLARITAS, "negatif"),
        ("+", POLARITAS, "positif"),
        ("-", POLARITAS, "negatif"),
        ("IKU PEMDA", {"iku_pemda": "IKU_PEMDA"}, "IKU_PEMDA"),
        ("Kota", {"provinsi": "provinsi", "kota": "kota"}, "kota"),
        ("Belum Mulai", {"Belum_Mulai": "belum_mulai"}, "belum_mulai"),  # unfolded key still matches
    ],
)
def test_parse_pilihan(sel, pilihan, harapan):
    assert parse_pilihan(sel, pilihan) == Hasil(harapan)


@pytest.mark.parametrize("sel", ["_", "—", "- -"])
def test_parse_pilihan_tidak_melipat_tanda_menjadi_kunci_minus(sel):
    tolak(parse_pilihan, sel, POLARITAS)


def test_parse_pilihan_rumus():
    rumus = {"r/t": "R/T", "(2t_r)/t": "(2T-R)/T", "t/r": "T/R"}
    for sel in ("(2T-R)/T", "(2T - R)/T", "(2t-r)/t"):
        assert parse_pilihan(sel, rumus) == Hasil("(2T-R)/T")
    assert parse_pilihan(" r/t ", rumus) == Hasil("R/T")


def test_parse_pilihan_menolak_dengan_daftar_nilai_kanonik():
    pesan = tolak(parse_pilihan, "naik", POLARITAS)
    assert pesan.endswith("isi salah satu: positif, negatif")
    pesan = tolak(parse_pilihan, "rata rata harian", AGREGASI)
    assert "kumulatif, nilai_akhir, rata_rata" in pesan and "rerata" not in pesan


@pytest.mark.parametrize(
    ("header", "harapan"),
    [
        ("kode_pd", "kode_pd"),
        ("Kode PD", "kode_pd"),
        ("KODE-PD", "kode_pd"),
        ("  Kode   PD  ", "kode_pd"),
        ("Kode PD*", "kode_pd"),
        ("*Kode PD", "kode_pd"),
        ("kode__pd", "kode_pd"),
        ("Kode - PD", "kode_pd"),
        ("Kode\nPD", "kode_pd"),
        ("\ufeffkode_indikator", "kode_indikator"),
        ("Kode\xa0Indikator", "kode_indikator"),
        ("Nama PD:", "nama_pd"),
        ("Realisasi (Rp)", "realisasi_(rp)"),
        ("fisik_persen", "fisik_persen"),
        ("_tahun_", "tahun"),
    ],
)
def test_fold_header(header, harapan):
    assert fold_header(header) == harapan


# --- properties ----------------------------------------------------------------------------

_TUKAR = str.maketrans(",.", ".,")


@given(st.floats(min_value=-1e13, max_value=1e13, allow_nan=False) | st.integers(-(10**13), 10**13))
def test_angka_format_indonesia_dan_internasional_kembali(x):
    internasional = f"{x:,.2f}"
    indonesia = internasional.translate(_TUKAR)
    tertulis = float(f"{x:.2f}")  # the value the text says, exactly
    for teks in (internasional, indonesia, f"Rp {indonesia}", f"{indonesia} %", f"IDR {internasional}"):
        hasil = parse_angka(teks)
        assert hasil.peringatan is None, teks
        assert hasil.nilai == tertulis, teks
        assert abs(hasil.nilai - x) <= 0.005 + abs(x) * 1e-15


@given(st.integers(-(10**18), 10**18))
def test_bilangan_bulat_format_indonesia_kembali_persis(n):
    teks = f"{n:,}".replace(",", ".")
    hasil = parse_bulat(teks)
    assert hasil.nilai == n
    # Only one dot followed by three digits is ambiguous ("1.250"), and only that is flagged.
    assert (hasil.peringatan is not None) == (teks.count(".") == 1)
    assert parse_angka(teks).nilai == float(n)
    assert parse_bulat(f"{n:,}" if abs(n) >= 10**6 or abs(n) < 1000 else str(n)).nilai == n


@given(st.integers(1, 12), st.data())
def test_bulan_kembali(n, data):
    assert parse_bulan(n) == Hasil(n)
    assert parse_bulan(str(n)) == Hasil(n)
    assert parse_bulan(f"{n:02d}") == Hasil(n)
    assert parse_bulan(float(n)) == Hasil(n)
    nama = data.draw(st.sampled_from(BULAN_INDONESIA[n]))
    bentuk = data.draw(st.sampled_from([str.lower, str.upper, str.title, lambda s: f"  {s}\xa0"]))
    assert parse_bulan(bentuk(nama)) == Hasil(n)


_ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


@given(st.integers(1, 4), st.data())
def test_triwulan_kembali_dalam_semua_bentuk(n, data):
    r = _ROMAWI[n]
    bentuk = [
        f"TW{n}",
        f"TW {n}",
        f"TW {r}",
        f"TW.{r}",
        f"Tw.{r}",
        f"Triwulan {r}",
        f"Triwulan {n}",
        f"TRIWULAN {r}",
        f"Q{n}",
        f"q{n}",
        r,
        str(n),
        f"{n}.0",
    ]
    label = data.draw(st.sampled_from(bentuk))
    huruf = data.draw(st.sampled_from([lambda s: s, str.lower, str.upper, lambda s: f" {s} "]))
    assert parse_periode(huruf(label)) == Hasil(f"TW{n}")
    assert parse_periode(huruf(label), boleh_tahunan=False) == Hasil(f"TW{n}")
    assert parse_periode(n) == Hasil(f"TW{n}")
    assert parse_periode(float(n)) == Hasil(f"TW{n}")


_EPOCH = date(1899, 12, 30)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.data())
def test_tanggal_kembali(d, data):
    nama = data.draw(st.sampled_from(BULAN_INDONESIA[d.month]))
    for teks in (d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"), f"{d.day} {nama} {d.year}"):
        assert parse_tanggal(teks) == Hasil(d), teks
    serial = (d - _EPOCH).days
    assert parse_tanggal(serial) == Hasil(d)
    assert parse_tanggal(float(serial) + 0.5) == Hasil(d)
    assert parse_tanggal(datetime(d.year, d.month, d.day, 12)) == Hasil(d)
    bt = f"{d.year:04d}-{d.month:02d}"
    for sel in (bt, f"{d.month}/{d.year}", f"{nama} {d.year}", d, serial, d.isoformat()):
        assert parse_bulan_tahun(sel) == Hasil(bt), sel
    assert _EPOCH + timedelta(days=serial) == d


@given(st.text(min_size=1).filter(lambda s: not any(c.isspace() for c in s)))
def test_kode_teks_tanpa_spasi_tidak_diubah(s):
    try:
        hasil = parse_kode(s)
    except NilaiTidakTerbaca:
        return  # Excel's scientific notation or invisible characters only
    # the rule: whitespace and invisible characters (BOM, zero-width) go wherever they stand, nothing else changes
    assert hasil.nilai is None or hasil.nilai == "".join(c for c in s if c not in "\ufeff\u200b\u200c\u200d\u2060")


def test_kode_tanpa_karakter_tak_terlihat_di_tengah() -> None:
    # Found by the property above: a code copied from a web page with a zero-width space inside it ("0\u200b0")
    # is the code without it, or it would never match the same code typed by hand.
    assert parse_kode("0\u200b0") == Hasil("00")
    assert parse_kode("1.02\u200b.02\u2060.2.01") == Hasil("1.02.02.2.01")


SEMUA = [
    parse_angka,
    parse_bulat,
    parse_bool,
    parse_periode,
    lambda v: parse_periode(v, boleh_tahunan=False),
    parse_bulan,
    parse_tanggal,
    parse_bulan_tahun,
    parse_kode,
    parse_teks,
    lambda v: parse_pilihan(v, AGREGASI),
]


def _hanya_nilai_tidak_terbaca(nilai: object) -> None:
    for fungsi in SEMUA:
        try:
            hasil = fungsi(nilai)
        except NilaiTidakTerbaca as exc:
            assert str(exc)
            continue
        assert isinstance(hasil, Hasil)
        if isinstance(hasil.nilai, float):
            assert math.isfinite(hasil.nilai)


@settings(max_examples=300)
@given(st.text())
def test_teks_apa_pun_hanya_menghasilkan_nilai_tidak_terbaca(teks):
    _hanya_nilai_tidak_terbaca(teks)


# Text built from the characters numbers and dates are made of reaches deeper into the parsers.
_HURUF_ANGKA = "0123456789.,-+()% \xa0RpIDRMTjtrbE/:–—−*"


@settings(max_examples=500)
@given(st.text(alphabet=_HURUF_ANGKA, max_size=20))
def test_teks_mirip_angka_hanya_menghasilkan_nilai_tidak_terbaca(teks):
    _hanya_nilai_tidak_terbaca(teks)


@settings(max_examples=500)
@given(st.text(alphabet=_HURUF_ANGKA, max_size=20))
def test_tidak_ada_nol_diam_diam(teks):
    """Zero comes only from a written 0 or from a dash alone; None only from an empty cell."""
    try:
        hasil = parse_angka(teks)
    except NilaiTidakTerbaca:
        return
    if hasil.nilai is None:
        assert not teks.strip()
    elif hasil.nilai == 0:
        inti = teks.replace("Rp", "").replace("IDR", "").strip()
        assert "0" in teks or inti in ("-", "–", "—", "−"), teks


@given(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.dates()
    | st.datetimes()
    | st.decimals(allow_nan=False)
    | st.text()
)
def test_objek_apa_pun_hanya_menghasilkan_nilai_tidak_terbaca(nilai):
    _hanya_nilai_tidak_terbaca(nilai)
