"""The capaian arithmetic of `capaian_indikator` against hand-computed values.

One test per rule or edge of CONTRACT.md "Semantics" and DOMAIN.md "Achievement (capaian)
arithmetic" / "Rating scales". Every expected number is worked out by hand in a comment; nothing
here re-implements the formula. Each test builds its own small database in tmp_path with
`pantau.db.create_database` and fills it with plain INSERTs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import duckdb
import pytest

from pantau.db import create_database

TAHUN = 2026
KODE_PEMDA = "3201"
KODE_PD = "1.02.0.00.0.00.01.0000"

approx = pytest.approx


# --------------------------------------------------------------------------- fixture & helpers


@pytest.fixture
def con(tmp_path) -> Iterator[duckdb.DuckDBPyConnection]:
    path = tmp_path / "capaian.duckdb"
    create_database(path)
    con = duckdb.connect(str(path))
    con.execute(
        "insert into pemda (kode_pemda, nama_pemda, tingkat) values (?, ?, ?)",
        [KODE_PEMDA, "Kabupaten Bogor", "kabupaten"],
    )
    con.execute(
        "insert into perangkat_daerah (kode_pd, kode_pemda, nama_pd) values (?, ?, ?)",
        [KODE_PD, KODE_PEMDA, "Dinas Kesehatan"],
    )
    yield con
    con.close()


def indikator(
    con: duckdb.DuckDBPyConnection,
    kode: str,
    *,
    polaritas: str = "positif",
    agregasi: str = "kumulatif",
    rumus: str | None = None,
    kode_pd: str = KODE_PD,
    kode_pemda: str = KODE_PEMDA,
) -> None:
    con.execute(
        "insert into indikator (kode_pemda, kode_indikator, nama_indikator, satuan, kode_pd, jenis,"
        " polaritas, agregasi, rumus) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [kode_pemda, kode, f"Indikator {kode}", "%", kode_pd, "IKU_PD", polaritas, agregasi, rumus],
    )


def target(
    con: duckdb.DuckDBPyConnection,
    kode: str,
    periode: str,
    nilai: float | None = None,
    *,
    tahun: int = TAHUN,
    tmin: float | None = None,
    tmax: float | None = None,
    kode_pemda: str = KODE_PEMDA,
) -> None:
    con.execute(
        "insert into target (kode_pemda, kode_indikator, tahun, periode, target, target_min, target_max)"
        " values (?, ?, ?, ?, ?, ?, ?)",
        [kode_pemda, kode, tahun, periode, nilai, tmin, tmax],
    )


def target_tw(con: duckdb.DuckDBPyConnection, kode: str, nilai: list[float], *, tahun: int = TAHUN) -> None:
    """Targets TW1..TW4 (all four: quarterly targets are all or nothing)."""
    for i, t in enumerate(nilai, start=1):
        target(con, kode, f"TW{i}", t, tahun=tahun)


def realisasi(
    con: duckdb.DuckDBPyConnection,
    kode: str,
    periode: str,
    nilai: float,
    *,
    tahun: int = TAHUN,
    kode_pemda: str = KODE_PEMDA,
) -> None:
    con.execute(
        "insert into realisasi (kode_pemda, kode_indikator, tahun, periode, realisasi) values (?, ?, ?, ?, ?)",
        [kode_pemda, kode, tahun, periode, nilai],
    )


def baris(con: duckdb.DuckDBPyConnection, kode: str, *, tahun: int = TAHUN) -> dict[str, dict[str, Any]]:
    """The view's rows of one indicator and year, keyed by periode."""
    cur = con.execute(
        "select * from capaian_indikator where kode_indikator = ? and tahun = ? order by periode",
        [kode, tahun],
    )
    kolom = [d[0] for d in cur.description]
    rows = [dict(zip(kolom, r, strict=True)) for r in cur.fetchall()]
    hasil = {r["periode"]: r for r in rows}
    assert len(hasil) == len(rows), "duplicate periode rows"
    return hasil


def satu_baris(con: duckdb.DuckDBPyConnection, kode: str, periode: str) -> dict[str, Any]:
    rows = baris(con, kode)
    assert periode in rows, f"no row for {kode} {periode}: {sorted(rows)}"
    return rows[periode]


def sekali_setahun(
    con: duckdb.DuckDBPyConnection,
    kode: str,
    t: float,
    r: float,
    *,
    polaritas: str = "positif",
    rumus: str | None = None,
) -> dict[str, Any]:
    """A nilai_akhir indicator with only a TAHUNAN target T and a TW4 realisation R."""
    indikator(con, kode, polaritas=polaritas, agregasi="nilai_akhir", rumus=rumus)
    target(con, kode, "TAHUNAN", t)
    realisasi(con, kode, "TW4", r)
    return satu_baris(con, kode, "TW4")


# --------------------------------------------------------------------------- view shape


def test_view_has_the_contract_columns(con):
    # CONTRACT.md "Analyst views", plus the columns "Semantics" names (range bounds, keterangan).
    wajib = {
        "kode_pemda",
        "kode_pd",
        "kode_indikator",
        "nama_indikator",
        "jenis",
        "polaritas",
        "agregasi",
        "tahun",
        "periode",
        "target_sd",
        "realisasi_sd",
        "capaian_persen",
        "target_tahunan",
        "progres_tahunan_persen",
        "predikat",
        "target_min_sd",
        "target_max_sd",
        "keterangan",
    }
    kolom = {r[0] for r in con.execute("describe capaian_indikator").fetchall()}
    assert wajib <= kolom, sorted(wajib - kolom)


# --------------------------------------------------------------------------- rumus


@pytest.mark.parametrize(
    ("polaritas", "rumus", "t", "r", "capaian", "rumus_view"),
    [
        # positif, default R/T: 60/80*100 = 75
        ("positif", None, 80, 60, 75.0, "R/T"),
        # positif, explicit R/T: 250/200*100 = 125
        ("positif", "R/T", 200, 250, 125.0, "R/T"),
        # negatif, default (2T-R)/T: (2*10 - 12)/10*100 = 80
        ("negatif", None, 10, 12, 80.0, "(2T-R)/T"),
        # negatif, explicit (2T-R)/T: (2*10 - 8)/10*100 = 120
        ("negatif", "(2T-R)/T", 10, 8, 120.0, "(2T-R)/T"),
        # negatif, T/R: 10/8*100 = 125
        ("negatif", "T/R", 10, 8, 125.0, "T/R"),
        # negatif, T/R, worse than target: 10/16*100 = 62.5
        ("negatif", "T/R", 10, 16, 62.5, "T/R"),
        # negatif with R/T (accepted with a warning): the rumus wins, 8/10*100 = 80
        ("negatif", "R/T", 10, 8, 80.0, "R/T"),
    ],
    ids=[
        "positif-default",
        "positif-R/T",
        "negatif-default-2T-R",
        "negatif-2T-R",
        "negatif-T/R-better",
        "negatif-T/R-worse",
        "negatif-with-R/T",
    ],
)
def test_rumus(con, *, polaritas, rumus, t, r, capaian, rumus_view):
    row = sekali_setahun(con, "I", t, r, polaritas=polaritas, rumus=rumus)
    assert row["rumus"] == rumus_view
    assert row["target_sd"] == approx(t)
    assert row["realisasi_sd"] == approx(r)
    assert row["capaian_persen"] == approx(capaian)
    # annual target = the same TAHUNAN target, so the annual progress is the same figure
    assert row["progres_tahunan_persen"] == approx(capaian)
    assert row["keterangan"] is None


@pytest.mark.parametrize(
    ("polaritas", "t", "r", "capaian", "rumus_view"),
    [
        # positif -> R/T: 40/50*100 = 80
        ("positif", 50, 40, 80.0, "R/T"),
        # negatif -> (2T-R)/T: (2*50 - 40)/50*100 = 60/50*100 = 120
        ("negatif", 50, 40, 120.0, "(2T-R)/T"),
    ],
)
@pytest.mark.parametrize("kosong", [None, ""], ids=["rumus-NULL", "rumus-empty"])
def test_blank_rumus_defaults_by_polaritas(con, *, kosong, polaritas, t, r, capaian, rumus_view):
    row = sekali_setahun(con, "I", t, r, polaritas=polaritas, rumus=kosong)
    assert row["rumus"] == rumus_view
    assert row["capaian_persen"] == approx(capaian)


def test_2t_minus_r_below_zero_is_stored_raw(con):
    # (2*10 - 25)/10*100 = -5/10*100 = -50: kept negative, not clipped to 0
    row = sekali_setahun(con, "I", 10, 25, polaritas="negatif")
    assert row["capaian_persen"] == approx(-50.0)
    assert row["progres_tahunan_persen"] == approx(-50.0)
    assert row["keterangan"] is None
    # a capaian of -50 is <= 50: the lowest class
    assert row["predikat"] == "Sangat Rendah"


def test_ratio_above_1000_percent_is_stored_raw(con):
    # 30/2*100 = 1500: kept as is, not clipped to 1000 or 150
    row = sekali_setahun(con, "I", 2, 30)
    assert row["capaian_persen"] == approx(1500.0)
    assert row["predikat"] == "Sangat Tinggi"


def test_capaian_is_not_rounded(con):
    # 1/3*100 = 33.3333...: not rounded to 33.33
    row = sekali_setahun(con, "I", 3, 1)
    assert row["capaian_persen"] == approx(33.333333333, abs=1e-6)
    assert row["capaian_persen"] != approx(33.33, abs=1e-6)


# --------------------------------------------------------------------------- range targets


@pytest.mark.parametrize(
    ("polaritas", "rumus", "tmin", "tmax", "r", "capaian"),
    [
        # positif, range 80-90
        ("positif", None, 80, 90, 85, 100.0),  # inside -> 100
        ("positif", None, 80, 90, 80, 100.0),  # on the lower bound -> inside -> 100
        ("positif", None, 80, 90, 90, 100.0),  # on the upper bound -> inside -> 100
        ("positif", None, 80, 90, 99, 110.0),  # above -> upper bound: 99/90*100 = 110
        ("positif", None, 80, 90, 72, 90.0),  # below -> lower bound: 72/80*100 = 90
        # negatif default (2T-R)/T, range 10-20
        ("negatif", None, 10, 20, 15, 100.0),  # inside -> 100
        ("negatif", None, 10, 20, 25, 75.0),  # above -> T=20: (2*20 - 25)/20*100 = 75
        ("negatif", None, 10, 20, 8, 120.0),  # below -> T=10: (2*10 - 8)/10*100 = 120
        # negatif T/R, range 10-20
        ("negatif", "T/R", 10, 20, 12, 100.0),  # inside -> 100
        ("negatif", "T/R", 10, 20, 25, 80.0),  # above -> T=20: 20/25*100 = 80
        ("negatif", "T/R", 10, 20, 8, 125.0),  # below -> T=10: 10/8*100 = 125
    ],
    ids=[
        "positif-inside",
        "positif-at-min",
        "positif-at-max",
        "positif-above",
        "positif-below",
        "negatif-2T-R-inside",
        "negatif-2T-R-above",
        "negatif-2T-R-below",
        "negatif-T/R-inside",
        "negatif-T/R-above",
        "negatif-T/R-below",
    ],
)
def test_range_target(con, *, polaritas, rumus, tmin, tmax, r, capaian):
    indikator(con, "I", polaritas=polaritas, agregasi="nilai_akhir", rumus=rumus)
    target(con, "I", "TAHUNAN", tmin=tmin, tmax=tmax)
    realisasi(con, "I", "TW4", r)
    row = satu_baris(con, "I", "TW4")
    assert row["target_min_sd"] == approx(tmin)
    assert row["target_max_sd"] == approx(tmax)
    assert row["capaian_persen"] == approx(capaian)
    assert row["keterangan"] is None


@pytest.mark.parametrize(
    ("r", "capaian"),
    [
        (85, 100.0),  # inside 80-90 -> 100
        (99, 110.0),  # above -> upper bound 90: 99/90*100 = 110
        (72, 90.0),  # below -> lower bound 80: 72/80*100 = 90
    ],
    ids=["inside", "above", "below"],
)
def test_range_written_high_to_low(con, r, capaian):
    # target_min = 90, target_max = 80: read as the range 80-90
    indikator(con, "I", agregasi="nilai_akhir")
    target(con, "I", "TAHUNAN", tmin=90, tmax=80)
    realisasi(con, "I", "TW4", r)
    row = satu_baris(con, "I", "TW4")
    assert row["target_min_sd"] == approx(80.0)
    assert row["target_max_sd"] == approx(90.0)
    assert row["capaian_persen"] == approx(capaian)
    assert row["progres_tahunan_persen"] == approx(capaian)


def test_range_rows_quarterly_ranges_nilai_akhir(con):
    # Quarterly ranges, no TAHUNAN row: the annual range is derived from TW4 (nilai_akhir).
    indikator(con, "I", agregasi="nilai_akhir")
    for periode, lo, hi in [
        ("TW1", 50, 60),
        ("TW2", 60, 80),
        ("TW3", 80, 90),
        ("TW4", 90, 100),
    ]:
        target(con, "I", periode, tmin=lo, tmax=hi)
    realisasi(con, "I", "TW2", 72)
    row = satu_baris(con, "I", "TW2")
    # point targets are NULL for range rows; the range of quarter 2 is shown
    assert row["target_sd"] is None
    assert row["target_tahunan"] is None
    assert row["target_min_sd"] == approx(60.0)
    assert row["target_max_sd"] == approx(80.0)
    assert row["realisasi_sd"] == approx(72.0)
    # 72 lies inside 60-80 -> 100
    assert row["capaian_persen"] == approx(100.0)
    # annual range = TW4 range 90-100; 72 is below -> 72/90*100 = 80
    assert row["progres_tahunan_persen"] == approx(80.0)


def test_range_rows_annual_range_rata_rata_negatif(con):
    # rata_rata, negatif (2T-R)/T, only a TAHUNAN range 10-20 (no quarterly targets).
    indikator(con, "I", polaritas="negatif", agregasi="rata_rata")
    target(con, "I", "TAHUNAN", tmin=10, tmax=20)
    realisasi(con, "I", "TW1", 24)
    realisasi(con, "I", "TW2", 16)
    rows = baris(con, "I")
    for row in rows.values():
        assert row["target_sd"] is None
        assert row["target_tahunan"] is None
        assert row["target_min_sd"] == approx(10.0)
        assert row["target_max_sd"] == approx(20.0)
    # TW1: r = 24 above 20 -> (2*20 - 24)/20*100 = 16/20*100 = 80
    assert rows["TW1"]["realisasi_sd"] == approx(24.0)
    assert rows["TW1"]["capaian_persen"] == approx(80.0)
    assert rows["TW1"]["progres_tahunan_persen"] == approx(80.0)
    # TW2: r = (24 + 16)/2 = 20, on the upper bound -> inside -> 100
    assert rows["TW2"]["realisasi_sd"] == approx(20.0)
    assert rows["TW2"]["capaian_persen"] == approx(100.0)
    assert rows["TW2"]["progres_tahunan_persen"] == approx(100.0)


# --------------------------------------------------------------------------- NULL capaian


@pytest.mark.parametrize(
    ("polaritas", "rumus"),
    [("positif", "R/T"), ("negatif", "(2T-R)/T"), ("negatif", "T/R")],
)
def test_zero_target_zero_realisation_is_100(con, polaritas, rumus):
    # T = 0, R = 0 -> defined as 100 (no division by zero)
    row = sekali_setahun(con, "I", 0, 0, polaritas=polaritas, rumus=rumus)
    assert row["capaian_persen"] == approx(100.0)
    assert row["keterangan"] is None


@pytest.mark.parametrize(
    ("polaritas", "rumus"),
    [("positif", "R/T"), ("negatif", "(2T-R)/T"), ("negatif", "T/R")],
)
def test_zero_target_nonzero_realisation_is_null_with_reason(con, polaritas, rumus):
    # T = 0, R = 5 -> no capaian (not infinity, not 0/5 = 0 for T/R), with a reason
    row = sekali_setahun(con, "I", 0, 5, polaritas=polaritas, rumus=rumus)
    assert row["capaian_persen"] is None
    assert row["progres_tahunan_persen"] is None
    assert row["predikat"] is None
    assert row["keterangan"]


def test_t_over_r_with_zero_realisation_is_null_with_reason(con):
    # T/R with T = 10, R = 0 -> 10/0: no capaian, with a reason
    row = sekali_setahun(con, "I", 10, 0, polaritas="negatif", rumus="T/R")
    assert row["capaian_persen"] is None
    assert row["progres_tahunan_persen"] is None
    assert row["predikat"] is None
    assert row["keterangan"]


def test_realisation_without_target_that_year(con):
    # Targets exist for 2025 only; the 2026 realisation still gets a row, without target.
    indikator(con, "I")
    target_tw(con, "I", [10, 10, 10, 10], tahun=2025)
    target(con, "I", "TAHUNAN", 40, tahun=2025)
    realisasi(con, "I", "TW1", 7)
    row = satu_baris(con, "I", "TW1")
    assert row["realisasi_sd"] == approx(7.0)
    assert row["target_sd"] is None
    assert row["target_tahunan"] is None
    assert row["capaian_persen"] is None
    assert row["progres_tahunan_persen"] is None
    assert row["predikat"] is None
    assert row["keterangan"]


# --------------------------------------------------------------------------- year-to-date


def test_kumulatif_year_to_date(con):
    indikator(con, "I", agregasi="kumulatif")
    target_tw(con, "I", [10, 20, 30, 40])
    for periode, r in [("TW1", 8), ("TW2", 25), ("TW3", 30), ("TW4", 45)]:
        realisasi(con, "I", periode, r)
    rows = baris(con, "I")
    assert list(rows) == ["TW1", "TW2", "TW3", "TW4"]
    # (periode, realisasi_triwulan, target_sd, realisasi_sd, capaian)
    harapan = [
        ("TW1", 8, 10, 8, 80.0),  # 8/10*100 = 80
        ("TW2", 25, 30, 33, 110.0),  # T 10+20 = 30, R 8+25 = 33; 33/30*100 = 110
        ("TW3", 30, 60, 63, 105.0),  # T 30+30 = 60, R 33+30 = 63; 63/60*100 = 105
        ("TW4", 45, 100, 108, 108.0),  # T 60+40 = 100, R 63+45 = 108; 108/100*100 = 108
    ]
    for periode, r_tw, t_sd, r_sd, capaian in harapan:
        row = rows[periode]
        assert row["realisasi_triwulan"] == approx(r_tw)
        assert row["target_sd"] == approx(t_sd)
        assert row["realisasi_sd"] == approx(r_sd)
        assert row["capaian_persen"] == approx(capaian)


def test_kumulatif_missing_quarter(con):
    # TW2 has no realisation: it adds nothing to R, but its target still counts.
    indikator(con, "I", agregasi="kumulatif")
    target_tw(con, "I", [10, 20, 30, 40])
    realisasi(con, "I", "TW1", 8)
    realisasi(con, "I", "TW3", 37)
    realisasi(con, "I", "TW4", 40)
    rows = baris(con, "I")
    assert list(rows) == ["TW1", "TW3", "TW4"]
    # TW1: T 10, R 8 -> 80
    assert rows["TW1"]["target_sd"] == approx(10.0)
    assert rows["TW1"]["capaian_persen"] == approx(80.0)
    # TW3: T 10+20+30 = 60, R 8+0+37 = 45 -> 45/60*100 = 75
    assert rows["TW3"]["target_sd"] == approx(60.0)
    assert rows["TW3"]["realisasi_sd"] == approx(45.0)
    assert rows["TW3"]["capaian_persen"] == approx(75.0)
    # TW4: T 60+40 = 100, R 45+40 = 85 -> 85
    assert rows["TW4"]["target_sd"] == approx(100.0)
    assert rows["TW4"]["realisasi_sd"] == approx(85.0)
    assert rows["TW4"]["capaian_persen"] == approx(85.0)


def test_nilai_akhir_takes_quarter_n(con):
    indikator(con, "I", agregasi="nilai_akhir")
    target_tw(con, "I", [20, 25, 30, 40])
    for periode, r in [("TW1", 10), ("TW2", 20), ("TW3", 27), ("TW4", 38)]:
        realisasi(con, "I", periode, r)
    rows = baris(con, "I")
    # (periode, target_sd = target of quarter n, realisasi_sd = value of quarter n, capaian)
    harapan = [
        ("TW1", 20, 10, 50.0),  # 10/20*100 = 50
        ("TW2", 25, 20, 80.0),  # 20/25*100 = 80
        ("TW3", 30, 27, 90.0),  # 27/30*100 = 90
        ("TW4", 40, 38, 95.0),  # 38/40*100 = 95
    ]
    for periode, t_sd, r_sd, capaian in harapan:
        row = rows[periode]
        assert row["target_sd"] == approx(t_sd)
        assert row["realisasi_sd"] == approx(r_sd)
        assert row["capaian_persen"] == approx(capaian)


def test_rata_rata_mean_of_quarters_with_realisation(con):
    # TW2 has no realisation: neither its realisation nor its target (64) enters the means.
    indikator(con, "I", agregasi="rata_rata")
    target_tw(con, "I", [60, 64, 80, 90])
    realisasi(con, "I", "TW1", 54)
    realisasi(con, "I", "TW3", 100)
    realisasi(con, "I", "TW4", 53)
    rows = baris(con, "I")
    assert list(rows) == ["TW1", "TW3", "TW4"]
    # TW1: T 60, R 54 -> 54/60*100 = 90
    assert rows["TW1"]["target_sd"] == approx(60.0)
    assert rows["TW1"]["realisasi_sd"] == approx(54.0)
    assert rows["TW1"]["capaian_persen"] == approx(90.0)
    # TW3: T (60+80)/2 = 70 (not (60+64+80)/3 = 68), R (54+100)/2 = 77 -> 77/70*100 = 110
    assert rows["TW3"]["target_sd"] == approx(70.0)
    assert rows["TW3"]["realisasi_sd"] == approx(77.0)
    assert rows["TW3"]["capaian_persen"] == approx(110.0)
    # TW4: T (60+80+90)/3 = 230/3 = 76.667 (not 294/4 = 73.5), R (54+100+53)/3 = 207/3 = 69
    #      -> 69/(230/3)*100 = 207/230*100 = 90
    assert rows["TW4"]["target_sd"] == approx(76.666666667)
    assert rows["TW4"]["realisasi_sd"] == approx(69.0)
    assert rows["TW4"]["capaian_persen"] == approx(90.0)


def test_kumulatif_without_quarterly_target_is_pro_rata(con):
    indikator(con, "I", agregasi="kumulatif")
    target(con, "I", "TAHUNAN", 200)
    for periode, r in [("TW1", 40), ("TW2", 60), ("TW3", 35), ("TW4", 85)]:
        realisasi(con, "I", periode, r)
    rows = baris(con, "I")
    # (periode, target_sd = 200*n/4, realisasi_sd, capaian, progres = realisasi_sd/200*100)
    harapan = [
        ("TW1", 50, 40, 80.0, 20.0),  # 200*1/4 = 50; 40/50 = 80; 40/200 = 20
        ("TW2", 100, 100, 100.0, 50.0),  # 200*2/4 = 100; 40+60 = 100; 100/200 = 50
        (
            "TW3",
            150,
            135,
            90.0,
            67.5,
        ),  # 200*3/4 = 150; 100+35 = 135; 135/150 = 90; 135/200
        ("TW4", 200, 220, 110.0, 110.0),  # 200; 135+85 = 220; 220/200 = 110
    ]
    for periode, t_sd, r_sd, capaian, progres in harapan:
        row = rows[periode]
        assert row["target_sd"] == approx(t_sd)
        assert row["realisasi_sd"] == approx(r_sd)
        assert row["capaian_persen"] == approx(capaian)
        assert row["target_tahunan"] == approx(200.0)
        assert row["progres_tahunan_persen"] == approx(progres)


@pytest.mark.parametrize(
    ("agregasi", "r1", "r2", "r_sd2", "capaian1", "capaian2"),
    [
        # TAHUNAN 80 is the target at every quarter.
        # TW1 60/80 = 75; TW2 takes the TW2 level 72: 72/80*100 = 90
        ("nilai_akhir", 60, 72, 72, 75.0, 90.0),
        # TW1 60/80 = 75; TW2 mean (60+100)/2 = 80: 80/80*100 = 100
        ("rata_rata", 60, 100, 80, 75.0, 100.0),
    ],
)
def test_without_quarterly_target_uses_tahunan(con, *, agregasi, r1, r2, r_sd2, capaian1, capaian2):
    indikator(con, "I", agregasi=agregasi)
    target(con, "I", "TAHUNAN", 80)
    realisasi(con, "I", "TW1", r1)
    realisasi(con, "I", "TW2", r2)
    rows = baris(con, "I")
    assert rows["TW1"]["target_sd"] == approx(80.0)
    assert rows["TW2"]["target_sd"] == approx(80.0)
    assert rows["TW1"]["capaian_persen"] == approx(capaian1)
    assert rows["TW2"]["realisasi_sd"] == approx(r_sd2)
    assert rows["TW2"]["capaian_persen"] == approx(capaian2)
    assert rows["TW2"]["target_tahunan"] == approx(80.0)
    assert rows["TW2"]["progres_tahunan_persen"] == approx(capaian2)


@pytest.mark.parametrize(
    ("agregasi", "r1", "target_tahunan", "progres"),
    [
        # TW targets 10, 20, 30, 40 and no TAHUNAN row:
        ("kumulatif", 25, 100, 25.0),  # sum 10+20+30+40 = 100; 25/100*100 = 25
        ("nilai_akhir", 30, 40, 75.0),  # TW4 target = 40; 30/40*100 = 75
        ("rata_rata", 20, 25, 80.0),  # mean (10+20+30+40)/4 = 25; 20/25*100 = 80
    ],
)
def test_tahunan_target_derived_when_missing(con, *, agregasi, r1, target_tahunan, progres):
    indikator(con, "I", agregasi=agregasi)
    target_tw(con, "I", [10, 20, 30, 40])
    realisasi(con, "I", "TW1", r1)
    row = satu_baris(con, "I", "TW1")
    assert row["target_sd"] == approx(10.0)
    assert row["target_tahunan"] == approx(target_tahunan)
    assert row["progres_tahunan_persen"] == approx(progres)


def test_tahunan_target_given_is_not_derived(con):
    # TW targets sum to 100, but a TAHUNAN row of 120 is given: it is the annual target.
    indikator(con, "I", agregasi="kumulatif")
    target_tw(con, "I", [10, 20, 30, 40])
    target(con, "I", "TAHUNAN", 120)
    realisasi(con, "I", "TW1", 30)
    row = satu_baris(con, "I", "TW1")
    # year-to-date still from the quarterly target: 30/10*100 = 300
    assert row["target_sd"] == approx(10.0)
    assert row["capaian_persen"] == approx(300.0)
    # annual: 30/120*100 = 25
    assert row["target_tahunan"] == approx(120.0)
    assert row["progres_tahunan_persen"] == approx(25.0)


@pytest.mark.parametrize("agregasi", ["kumulatif", "nilai_akhir", "rata_rata"])
def test_indicator_measured_once_a_year(con, agregasi):
    # Only a TAHUNAN target (40) and a TW4 realisation (30): one row, TW4.
    # kumulatif: T 40*4/4 = 40, R 30; nilai_akhir: T 40, R 30; rata_rata: T 40, R mean(30) = 30
    # -> 30/40*100 = 75 in all three
    indikator(con, "I", agregasi=agregasi)
    target(con, "I", "TAHUNAN", 40)
    realisasi(con, "I", "TW4", 30)
    rows = baris(con, "I")
    assert list(rows) == ["TW4"]
    row = rows["TW4"]
    assert row["target_sd"] == approx(40.0)
    assert row["realisasi_sd"] == approx(30.0)
    assert row["capaian_persen"] == approx(75.0)
    assert row["target_tahunan"] == approx(40.0)
    assert row["progres_tahunan_persen"] == approx(75.0)


def test_one_row_per_quarter_with_realisation(con):
    indikator(con, "A", agregasi="kumulatif")
    target_tw(con, "A", [10, 20, 30, 40])
    realisasi(con, "A", "TW1", 5)
    realisasi(con, "A", "TW3", 5)
    # B: targets but no realisation at all -> no rows
    indikator(con, "B", agregasi="kumulatif")
    target_tw(con, "B", [10, 20, 30, 40])
    target(con, "B", "TAHUNAN", 100)
    assert list(baris(con, "A")) == ["TW1", "TW3"]
    assert baris(con, "B") == {}
    dobel = con.execute(
        "select kode_indikator, tahun, periode, count(*) from capaian_indikator group by all having count(*) > 1"
    ).fetchall()
    assert dobel == []
    assert con.execute("select count(*) from capaian_indikator").fetchone() == (2,)


def test_years_do_not_mix(con):
    indikator(con, "I", agregasi="kumulatif")
    target_tw(con, "I", [10, 10, 10, 10], tahun=2025)
    target_tw(con, "I", [20, 20, 20, 20], tahun=2026)
    for periode in ["TW1", "TW2", "TW3", "TW4"]:
        realisasi(con, "I", periode, 10, tahun=2025)
    realisasi(con, "I", "TW1", 15, tahun=2026)
    realisasi(con, "I", "TW2", 25, tahun=2026)
    rows_2025 = baris(con, "I", tahun=2025)
    rows_2026 = baris(con, "I", tahun=2026)
    # 2025 TW4: T 10*4 = 40, R 10*4 = 40 -> 100; annual target 40
    assert rows_2025["TW4"]["target_sd"] == approx(40.0)
    assert rows_2025["TW4"]["realisasi_sd"] == approx(40.0)
    assert rows_2025["TW4"]["capaian_persen"] == approx(100.0)
    assert rows_2025["TW4"]["target_tahunan"] == approx(40.0)
    # 2026 TW1: T 20, R 15 -> 75 (no 2025 quarters added)
    assert rows_2026["TW1"]["target_sd"] == approx(20.0)
    assert rows_2026["TW1"]["realisasi_sd"] == approx(15.0)
    assert rows_2026["TW1"]["capaian_persen"] == approx(75.0)
    # 2026 TW2: T 20+20 = 40, R 15+25 = 40 -> 100; annual target 20*4 = 80, progres 40/80 = 50
    assert rows_2026["TW2"]["target_sd"] == approx(40.0)
    assert rows_2026["TW2"]["realisasi_sd"] == approx(40.0)
    assert rows_2026["TW2"]["capaian_persen"] == approx(100.0)
    assert rows_2026["TW2"]["target_tahunan"] == approx(80.0)
    assert rows_2026["TW2"]["progres_tahunan_persen"] == approx(50.0)


# --------------------------------------------------------------------------- predikat


@pytest.mark.parametrize(
    ("r", "predikat"),
    [
        # T = 100, so capaian = R/100*100 = R
        (1500, "Sangat Tinggi"),
        (90.0001, "Sangat Tinggi"),  # > 90
        (90, "Tinggi"),  # exactly 90 is not > 90
        (75.0001, "Tinggi"),  # > 75
        (75, "Sedang"),  # exactly 75 is not > 75
        (65.0001, "Sedang"),  # > 65
        (65, "Rendah"),  # exactly 65 is not > 65
        (50.0001, "Rendah"),  # > 50
        (50, "Sangat Rendah"),  # <= 50
        (0, "Sangat Rendah"),
    ],
)
def test_predikat_permendagri_86_2017(con, r, predikat):
    row = sekali_setahun(con, "I", 100, r)
    assert row["capaian_persen"] == approx(r)
    assert row["predikat"] == predikat


def test_null_capaian_has_null_predikat(con):
    # T = 0, R = 5 -> capaian NULL -> predikat NULL
    row = sekali_setahun(con, "I", 0, 5)
    assert row["capaian_persen"] is None
    assert row["predikat"] is None


@pytest.mark.parametrize(
    ("skala", "r", "predikat"),
    [
        # Relabelled scale, same bounds: 80 > 75 -> "Baik"
        (
            [
                (1, "Sangat Baik", 90.0),
                (2, "Baik", 75.0),
                (3, "Cukup", 65.0),
                (4, "Kurang", 50.0),
                (5, "Sangat Kurang", None),
            ],
            80,
            "Baik",
        ),
        # Three classes with other bounds: 80 is not > 85 but > 60 -> "Cukup"
        ([(1, "Baik", 85.0), (2, "Cukup", 60.0), (3, "Kurang", None)], 80, "Cukup"),
        # 60 exactly is not > 60 -> "Kurang"
        ([(1, "Baik", 85.0), (2, "Cukup", 60.0), (3, "Kurang", None)], 60, "Kurang"),
    ],
    ids=["relabelled", "other-bounds", "other-bounds-edge"],
)
def test_predikat_scale_is_configurable(con, skala, r, predikat):
    con.execute("delete from skala_predikat")
    for urutan, nama, batas in skala:
        con.execute(
            "insert into skala_predikat (urutan, predikat, batas_bawah, warna, kategori) values (?, ?, ?, ?, ?)",
            [urutan, nama, batas, "#888888", "sedang"],
        )
    # T = 100: capaian = R
    row = sekali_setahun(con, "I", 100, r)
    assert row["predikat"] == predikat


def test_high_capaian_is_flagged(con):
    # DOMAIN.md: > 150 is usually a data error: flag it (pengaturan ambang_capaian_tinggi = 150).
    indikator(con, "A", agregasi="nilai_akhir")
    target(con, "A", "TAHUNAN", 100)
    realisasi(con, "A", "TW4", 151)  # 151/100*100 = 151 > 150
    indikator(con, "B", agregasi="nilai_akhir")
    target(con, "B", "TAHUNAN", 100)
    realisasi(con, "B", "TW4", 150)  # 150 is not > 150
    assert satu_baris(con, "A", "TW4")["capaian_perlu_diperiksa"] is True
    assert satu_baris(con, "B", "TW4")["capaian_perlu_diperiksa"] is False


# --------------------------------------------------------------------------- identity columns


def test_kode_pemda_comes_from_the_indicator_row(con):
    con.execute(
        "insert into pemda (kode_pemda, nama_pemda, tingkat) values (?, ?, ?)",
        ["3273", "Kota Bandung", "kota"],
    )
    con.execute(
        "insert into perangkat_daerah (kode_pd, kode_pemda, nama_pd) values (?, ?, ?)",
        ["3273.BAPPEDA", "3273", "Bappeda Kota Bandung"],
    )
    indikator(con, "I", kode_pd="3273.BAPPEDA", kode_pemda="3273")
    target(con, "I", "TAHUNAN", 100, kode_pemda="3273")
    realisasi(con, "I", "TW1", 10, kode_pemda="3273")
    row = satu_baris(con, "I", "TW1")
    assert row["kode_pd"] == "3273.BAPPEDA"
    assert row["kode_pemda"] == "3273"
    assert row["nama_indikator"] == "Indikator I"
    assert row["jenis"] == "IKU_PD"
    assert row["polaritas"] == "positif"
    assert row["agregasi"] == "kumulatif"
    assert row["tahun"] == TAHUN


def test_average_leaves_out_indicators_without_capaian(tmp_path) -> None:
    """capaian_untuk_rata_rata(NULL) is NULL, so avg() skips the IKU instead of counting it as 0."""
    import duckdb

    from pantau.db import create_database

    db = tmp_path / "r.duckdb"
    create_database(db)
    con = duckdb.connect(str(db))
    # capped at the default 120: 150 → 120; -20 → 0; NULL stays NULL → avg(120, 0) = 60
    rows = con.execute(
        "select capaian_untuk_rata_rata(150.0), capaian_untuk_rata_rata(-20.0), capaian_untuk_rata_rata(null), "
        "(select avg(capaian_untuk_rata_rata(c)) from (values (150.0), (-20.0), (null)) v(c))"
    ).fetchall()
    con.close()
    assert rows == [(120.0, 0.0, None, 60.0)]
