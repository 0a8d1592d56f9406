"""The benchmark's pandas side (benchmarks/cara_pandas.py) computes what the pages' queries compute.

Two independent routes to the same numbers: the SQL views and queries, and pandas from the base tables. Where they
agree on the demo province (ranges, TAHUNAN targets, unggulan, tindak lanjut, janji, laporan triwulan, SAKIP) and on
a small national dataset, the scale benchmark compares like with like; where they do not, one of them has a bug.
Both datasets follow contract v2: the demo's kabupaten/kota and every national pemda reuse the same codes, so each
pemda's numbers agree only when both routes key every code on kode_pemda.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import duckdb
import pandas as pd
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


@pytest.mark.parametrize(
    ("tabel", "halaman"),
    [("tonggak", "Program Unggulan"), ("tindak_lanjut", "Tindak Lanjut")],
)
def test_a_changed_milestone_or_follow_up_is_caught(demo_db: Path, tabel: str, halaman: str) -> None:
    """The pages added later are checked too: one milestone's completion date, or one follow-up's status, changed on
    the pandas side only makes its page disagree with the queries."""
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        frames = cara_pandas.muat(con)
        kode = con.execute("select kode_pemda from pemda where tingkat = 'provinsi'").fetchall()[0][0]
        t = frames[tabel].copy()
        if tabel == "tonggak":  # a milestone done on time becomes not done: overdue on the date
            baris = t.index[(t["kode_pemda"] == kode) & (t["tanggal_selesai"] < pd.Timestamp(2026, 6, 1))][0]
            t.loc[baris, "tanggal_selesai"] = pd.NaT
        else:  # a follow-up not started yet is cancelled
            baris = t.index[(t["kode_pemda"] == kode) & (t["status"] == "belum")][0]
            t.loc[baris, "status"] = "batal"
        assert cara_pandas.periksa(con, frames, kode, 2026, 3, HARI_INI, halaman=[halaman]) == []
        beda = cara_pandas.periksa(con, frames | {tabel: t}, kode, 2026, 3, HARI_INI, halaman=[halaman])
        assert beda and all(b.startswith(f"{halaman}: ") for b in beda)
    finally:
        con.close()


def test_precomputed_pandas_pages_agree_with_the_queries_on_the_demo_province(demo_db: Path) -> None:
    """The "pandas pra-hitung" column: capaian computed once for the nation at load, pages slice their pemda."""
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        frames = cara_pandas.pra_hitung(cara_pandas.muat(con))
        assert isinstance(frames[cara_pandas.PRA_IKU], cara_pandas.PraCapaian)
        for (kode,) in con.execute("select kode_pemda from pemda order by kode_pemda").fetchall():
            assert cara_pandas.periksa(con, frames, kode, 2026, 3, HARI_INI) == [], kode
    finally:
        con.close()


JT = 1_000_000


def test_pandas_route_computes_opd_level_budget_like_the_queries(demo_db: Path, tmp_path: Path) -> None:
    """OPD-level budget rows (anggaran_opd): an OPD with only those (operasi reported cumulative with SERAPAN OPD,
    modal monthly, a 'belanja' total dropped for its groups) and an OPD with sub kegiatan data too (never both for one
    month). Both routes agree on every page, and the numbers are the hand-computed ones."""
    import shutil

    from pantau.importer import impor_path

    db = tmp_path / "opd.duckdb"
    shutil.copyfile(demo_db, db)
    con = duckdb.connect(str(db), read_only=True)
    prov = con.execute("select kode_pemda from pemda where tingkat = 'provinsi'").fetchall()[0][0]
    (pd_sub,) = con.execute(
        "select any_value(kode_pd) from kegiatan where kode_pemda = ? and tahun = 2026 and pagu > 0", [prov]
    ).fetchall()[0]
    con.close()
    f = tmp_path / "lra"
    f.mkdir()
    (f / "perangkat_daerah.csv").write_text(f"kode_pd,kode_pemda,nama_pd\nLRA1,{prov},Badan Uji LRA\n")
    baris = [
        "kode_pemda,tahun,kode_pd,kelompok,bulan,pagu,rencana_kas,realisasi,realisasi_kumulatif,serapan_opd_kumulatif"
    ]
    for b in range(1, 13):
        kum = {1: 80 * JT, 2: 150 * JT, 3: 260 * JT}.get(b, "")
        serap = {1: 90 * JT, 2: 170 * JT, 3: 290 * JT}.get(b, "")
        modal = {1: 10 * JT, 2: 20 * JT}.get(b, "")
        baris.append(f"{prov},2026,LRA1,operasi,{b},{1200 * JT},{100 * JT},,{kum},{serap}")
        baris.append(f"{prov},2026,LRA1,modal,{b},{600 * JT},{50 * JT},{modal},,")
        baris.append(f"{prov},2026,{pd_sub},operasi,{b},,{7 * JT},,,")
    baris.append(f"{prov},2026,LRA1,belanja,1,{9999 * JT},{9999 * JT},{9999 * JT},,")  # dropped: groups reported
    (f / "anggaran_opd.csv").write_text("\n".join(baris) + "\n")
    hasil = impor_path([f], db)
    assert hasil.ok, [str(t) for t in hasil.temuan[:5]]
    con = duckdb.connect(str(db), read_only=True)
    try:
        frames = cara_pandas.muat(con)
        for triwulan in (1, 3):
            assert cara_pandas.periksa(con, frames, prov, 2026, triwulan, HARI_INI) == [], triwulan
        # by hand, March: BPKAD 260 jt (operasi, cumulative) + 10 + 20 jt (modal, monthly) of pagu 1.800 jt; SERAPAN
        # OPD 290 jt; rencana kas 150 jt a month
        maret = con.execute(
            "select realisasi_kumulatif, pagu, sumber_anggaran, serapan_opd_kumulatif, persen_serapan_opd, "
            "rencana_kas_kumulatif from serapan_anggaran where kode_pemda = ? and kode_pd = 'LRA1' and bulan = 3",
            [prov],
        ).fetchall()
        assert maret == [(290 * JT, 1800 * JT, "tingkat OPD", 290 * JT, pytest.approx(290 / 1800 * 100), 450 * JT)]
        sumber = con.execute(
            "select kode_pd, sumber_rencana_kas, rencana_kas_tahun from pd_penumpukan where kode_pemda = ? "
            "and kode_pd = 'LRA1'",
            [prov],
        ).fetchall()
        assert sumber == [("LRA1", "tingkat OPD", 1800 * JT)]
    finally:
        con.close()
