"""`pantau.format` against Indonesian strings written out by hand (issue 22: other tests build their expected
texts with this module, so it needs its own ground truth)."""

from __future__ import annotations

import math
from datetime import date, datetime

import pandas as pd
import pytest

from pantau import format as fmt


@pytest.mark.parametrize(
    ("x", "desimal", "teks"),
    [
        (0, 0, "0"),
        (7, 0, "7"),
        (999, 0, "999"),
        (1000, 0, "1.000"),
        (1234567, 0, "1.234.567"),
        (1234567.891, 1, "1.234.567,9"),
        (1234567.891, 2, "1.234.567,89"),
        (72.84, 2, "72,84"),
        (0.125, 3, "0,125"),
        (-1234.5, 1, "-1.234,5"),
        (9_674_468_000, 0, "9.674.468.000"),
        (89.96, 1, "90,0"),
        (None, 0, "–"),
        (float("nan"), 1, "–"),
        (pd.NA, 1, "–"),
    ],
)
def test_angka(x: object, desimal: int, teks: str) -> None:
    assert fmt.angka(x, desimal) == teks


@pytest.mark.parametrize(
    ("x", "teks"),
    [
        (85.34, "85,3 %"),
        (100, "100,0 %"),
        (0, "0,0 %"),
        (1234.56, "1.234,6 %"),
        (-12.5, "-12,5 %"),
        (None, "–"),
    ],
)
def test_persen(x: object, teks: str) -> None:
    assert fmt.persen(x) == teks


def test_persen_with_more_decimals() -> None:
    assert fmt.persen(89.96, 2) == "89,96 %"
    assert fmt.persen(75, 0) == "75 %"


@pytest.mark.parametrize(
    ("x", "teks"),
    [
        (1.2e9, "Rp 1,2 M"),
        (3.5e12, "Rp 3,5 T"),
        (250e6, "Rp 250,0 jt"),
        (1_500_000, "Rp 1,5 jt"),
        (999_999, "Rp 999.999"),
        (750, "Rp 750"),
        (-2.5e9, "Rp -2,5 M"),
        (None, "–"),
    ],
)
def test_rupiah(x: object, teks: str) -> None:
    assert fmt.rupiah(x) == teks


@pytest.mark.parametrize(
    ("x", "teks"),
    [(1234567, "Rp 1.234.567"), (1500000000, "Rp 1.500.000.000"), (0, "Rp 0"), (None, "–")],
)
def test_rupiah_penuh(x: object, teks: str) -> None:
    assert fmt.rupiah_penuh(x) == teks


@pytest.mark.parametrize(
    ("x", "kw", "teks"),
    [
        (2.5, {}, "+2,5 poin"),
        (-1.0, {}, "−1,0 poin"),  # a true minus sign (U+2212), not "-"
        (0, {}, "±0,0 poin"),
        (12.345, {"desimal": 2, "satuan": " %"}, "+12,35 %"),
        (-1500, {"desimal": 0, "satuan": ""}, "−1.500"),
        (None, {}, "–"),
    ],
)
def test_selisih(x: object, kw: dict[str, object], teks: str) -> None:
    assert fmt.selisih(x, **kw) == teks  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("x", "teks"),
    [
        (9_000_000_000, "9.000.000.000"),
        (72.84, "72,84"),
        (0.125, "0,125"),
        (12.5, "12,5"),
        (12.0, "12"),
        (1234.6, "1.235"),  # ≥ 1000: no decimals
        (0.5, "0,5"),
        (None, "–"),
    ],
)
def test_nilai(x: object, teks: str) -> None:
    assert fmt.nilai(x) == teks


def test_target_point_and_range() -> None:
    assert fmt.target(12.5) == "12,5"
    assert fmt.target(None, 80, 90) == "80–90"
    assert fmt.target(None, 2.5, 3.5) == "2,5–3,5"
    assert fmt.target(None, 80, None) == "–"
    assert fmt.target(None) == "–"


@pytest.mark.parametrize(
    ("x", "panjang", "pendek"),
    [
        (date(2026, 2, 20), "20 Februari 2026", "20/02/2026"),
        (datetime(2026, 8, 1, 13, 5), "1 Agustus 2026", "01/08/2026"),
        ("2026-12-31", "31 Desember 2026", "31/12/2026"),
        (pd.Timestamp("2025-05-09"), "9 Mei 2025", "09/05/2025"),
        (None, "–", "–"),
        (pd.NaT, "–", "–"),
    ],
)
def test_tanggal(x: object, panjang: str, pendek: str) -> None:
    assert fmt.tanggal(x) == panjang
    assert fmt.tanggal_pendek(x) == pendek


def test_month_and_quarter_names() -> None:
    assert fmt.BULAN[0] == "Januari" and fmt.BULAN[7] == "Agustus" and fmt.BULAN[11] == "Desember"
    assert fmt.BULAN_SINGKAT[7] == "Agu" and fmt.BULAN_SINGKAT[9] == "Okt"
    assert fmt.TRIWULAN == {1: "TW I", 2: "TW II", 3: "TW III", 4: "TW IV"}


@pytest.mark.parametrize(
    ("x", "naik_baik", "warna", "panah"),
    [
        (2.5, True, "green", "up"),
        (-2.5, True, "red", "down"),
        (2.5, False, "red", "up"),  # e.g. stunting rising
        (-2.5, False, "green", "down"),
        (0, True, "gray", "off"),
        (None, True, "gray", "off"),
    ],
)
def test_gaya_selisih(x: object, naik_baik: bool, warna: str, panah: str) -> None:
    assert fmt.gaya_selisih(x, naik_baik) == {"delta_color": warna, "delta_arrow": panah}


def test_kosong() -> None:
    assert fmt.kosong(None) and fmt.kosong(math.nan) and fmt.kosong(pd.NA) and fmt.kosong(pd.NaT)
    assert not fmt.kosong(0) and not fmt.kosong("") and not fmt.kosong(False)
