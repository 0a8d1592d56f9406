"""The benchmark's pandas side (benchmarks/cara_pandas.py) computes what the pages' queries compute.

Two independent routes to the same numbers: the SQL views and queries, and pandas from the base tables. Where they
agree on the demo province (ranges, TAHUNAN targets, unggulan, tindak lanjut, janji, SAKIP) and on a small national
dataset, the scale benchmark compares like with like; where they do not, one of them has a bug. Both datasets follow
contract v2: the demo's kabupaten/kota and every national pemda reuse the same codes, so each pemda's numbers agree
only when both routes key every code on kode_pemda.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import duckdb
import pytest

from pantau.importer.massal import impor_massal
from pantau.nasional import bangkitkan

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import cara_pandas

HARI_INI = dt.date(2026, 10, 15)


@pytest.mark.parametrize("triwulan", [1, 3])
def test_pandas_pages_agree_with_the_queries_on_the_demo_province(demo_db: Path, triwulan: int) -> None:
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        frames = cara_pandas.muat(con)
        pemda = [r[0] for r in con.execute("select kode_pemda from pemda order by kode_pemda").fetchall()]
        assert len(pemda) >= 3  # the province and its kabupaten/kota
        for kode in pemda:
            assert cara_pandas.periksa(con, frames, kode, 2026, triwulan, HARI_INI) == [], kode
    finally:
        con.close()


def test_pandas_pages_agree_with_the_queries_on_a_national_sample(tmp_path: Path) -> None:
    bangkitkan(tmp_path / "nas", skala=0.01)
    db = tmp_path / "nas.duckdb"
    assert impor_massal(tmp_path / "nas", db).ok
    con = duckdb.connect(str(db), read_only=True)
    try:
        frames = cara_pandas.muat(con)
        for kode in ("10", "10.01"):
            assert cara_pandas.periksa(con, frames, kode, 2026, 3, dt.date(2026, 12, 6)) == [], kode
    finally:
        con.close()


def test_a_changed_number_is_caught(demo_db: Path) -> None:
    """periksa is no rubber stamp: one realisasi changed on the pandas side only makes pages disagree."""
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        frames = cara_pandas.muat(con)
        kode = con.execute("select kode_pemda from pemda where tingkat = 'provinsi'").fetchall()[0][0]
        realisasi = frames["realisasi"].copy()
        ind = frames["indikator"]
        # the province's own IKU: codes are shared by many pemda (contract v2), so the pemda and the code together
        iku = set(ind.loc[(ind["kode_pemda"] == kode) & ind["jenis"].isin(["IKU_PEMDA", "IKU_PD"]), "kode_indikator"])
        pilih = (
            (realisasi["kode_pemda"] == kode)
            & (realisasi["tahun"] == 2026)
            & (realisasi["periode"] == "TW1")
            & realisasi["kode_indikator"].isin(iku)
        )
        baris = realisasi.index[pilih][0]
        realisasi.loc[baris, "realisasi"] = realisasi.loc[baris, "realisasi"] * 3 + 7
        beda = cara_pandas.periksa(con, frames | {"realisasi": realisasi}, kode, 2026, 1, HARI_INI)
        assert beda and any("Capaian IKU" in b for b in beda)
    finally:
        con.close()
