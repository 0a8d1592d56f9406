"""realisasi_anggaran_bulanan: monthly and cumulative forms derived from each other (hand-computed)."""

from pathlib import Path

import duckdb

from pantau.db import create_database


def test_monthly_and_cumulative_forms_derive_each_other(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    create_database(db)
    con = duckdb.connect(str(db))
    con.execute(
        "insert into realisasi_anggaran (kode_pemda, tahun, kode_kegiatan, bulan, realisasi, realisasi_kumulatif) "
        "values "
        # monthly input: 10, 20, (no March), 5 → cumulative 10, 30, 35
        "('1', 2026, 'A', 1, 10, null), ('1', 2026, 'A', 2, 20, null), ('1', 2026, 'A', 4, 5, null),"
        # cumulative input: 100, 150, 150, 400 → monthly 100, 50, 0, 250
        "('1', 2026, 'B', 1, null, 100), ('1', 2026, 'B', 2, null, 150), ('1', 2026, 'B', 3, null, 150),"
        "('1', 2026, 'B', 4, null, 400),"
        # another year of A does not mix: cumulative 7
        "('1', 2025, 'A', 1, 7, null),"
        # the same code A in another pemda is another sub kegiatan: its cumulative input does not make the
        # first pemda's A cumulative, and its months do not add up with the first's (cumulative 3, 9)
        "('2', 2026, 'A', 1, null, 3), ('2', 2026, 'A', 2, null, 9)"
    ).fetchall()
    rows = con.execute(
        "select tahun, kode_kegiatan, bulan, realisasi, realisasi_kumulatif, bentuk_input "
        "from realisasi_anggaran_bulanan where kode_pemda = '1' order by 2, 1, 3"
    ).fetchall()
    lain = con.execute(
        "select bulan, realisasi, realisasi_kumulatif, bentuk_input from realisasi_anggaran_bulanan "
        "where kode_pemda = '2' order by bulan"
    ).fetchall()
    con.close()
    assert rows == [
        (2025, "A", 1, 7.0, 7.0, "bulanan"),
        (2026, "A", 1, 10.0, 10.0, "bulanan"),
        (2026, "A", 2, 20.0, 30.0, "bulanan"),
        (2026, "A", 4, 5.0, 35.0, "bulanan"),
        (2026, "B", 1, 100.0, 100.0, "kumulatif"),
        (2026, "B", 2, 50.0, 150.0, "kumulatif"),
        (2026, "B", 3, 0.0, 150.0, "kumulatif"),
        (2026, "B", 4, 250.0, 400.0, "kumulatif"),
    ]
    assert lain == [(1, 3.0, 3.0, "kumulatif"), (2, 6.0, 9.0, "kumulatif")]
