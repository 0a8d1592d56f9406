"""The Eksplorasi examples (queries/contoh/) give the right figures, not just rows with the right columns (issue 22).

Each expected figure is computed here from the base tables: capaian by the written rules in tests/helpers.py
(`capaian_acuan`), predikat by the configured bounds (`predikat_acuan`), money with plain SQL on kegiatan and
rencana_kas. Run for the demo province at its default view and for a kabupaten the year before.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from helpers import capaian_acuan, predikat_acuan
from pytest import approx

from pantau import eksplorasi as eks

MERAH = {"Rendah", "Sangat Rendah"}


def _lingkup(db: Path) -> list[tuple[str, int, int]]:
    with duckdb.connect(str(db), read_only=True) as con:
        kab = con.execute("select min(kode_pemda) from pemda where tingkat <> 'provinsi'").fetchone()[0]
    return [("99", 2026, 3), (kab, 2025, 4)]


@pytest.fixture(scope="module", params=[0, 1], ids=["provinsi_2026_tw3", "kabupaten_2025_tw4"])
def lingkup(request: pytest.FixtureRequest, demo_db: Path) -> tuple[Path, str, int, int]:
    kode, tahun, tw = _lingkup(demo_db)[request.param]
    return demo_db, kode, tahun, tw


def _jalankan(db: Path, nama: str, kode: str, tahun: int, tw: int) -> pd.DataFrame:
    hasil = eks.jalankan(
        eks.cari_contoh(nama).sql, {"kode_pemda": kode, "tahun": tahun, "triwulan": tw, "periode": f"TW{tw}"}, db
    )
    assert hasil.ok, hasil.pesan
    return hasil.data


def _opd(db: Path, kode: str) -> dict[str, str]:
    """kode_indikator → the OPD label the examples show (singkatan, else nama_pd), within one pemda: indicator
    and SKPD codes are shared by several pemda (contract v2), so both are matched on (kode_pemda, code)."""
    with duckdb.connect(str(db), read_only=True) as con:
        return dict(
            con.execute(
                "select i.kode_indikator, coalesce(pd.singkatan, pd.nama_pd) from indikator i "
                "join perangkat_daerah pd using (kode_pemda, kode_pd) where i.kode_pemda = ?",
                [kode],
            ).fetchall()
        )


def _predikat(db: Path, kode: str, tahun: int, tw: int) -> dict[str, str]:
    return {k: predikat_acuan(db, c)[0] for k, c in capaian_acuan(db, kode, tahun, tw).items() if c is not None}


def test_iku_merah_per_opd(lingkup: tuple[Path, str, int, int]) -> None:
    db, kode, tahun, tw = lingkup
    opd = _opd(db, kode)
    merah: dict[str, set[str]] = {}
    for k, p in _predikat(db, kode, tahun, tw).items():
        if p in MERAH:
            merah.setdefault(opd[k], set()).add(k)
    data = _jalankan(db, "iku_merah_per_opd", kode, tahun, tw)
    got = {r.opd: set(r.iku_merah.split(", ")) for r in data.itertuples()}
    assert got == merah
    assert dict(zip(data["opd"], data["jumlah_iku_merah"], strict=True)) == {o: len(s) for o, s in merah.items()}


def test_iku_merah_rinci(lingkup: tuple[Path, str, int, int]) -> None:
    db, kode, tahun, tw = lingkup
    capaian = capaian_acuan(db, kode, tahun, tw)
    merah = {k for k, p in _predikat(db, kode, tahun, tw).items() if p in MERAH}
    data = _jalankan(db, "iku_merah_rinci", kode, tahun, tw)
    assert set(data["kode_indikator"]) == merah
    for r in data.itertuples():
        assert r.capaian_persen == approx(capaian[r.kode_indikator])
    assert list(data["capaian_persen"]) == sorted(data["capaian_persen"])  # the worst first


def test_sebaran_predikat_opd(lingkup: tuple[Path, str, int, int]) -> None:
    db, kode, tahun, tw = lingkup
    opd = _opd(db, kode)
    harap: dict[tuple[str, str], int] = {}
    for k, p in _predikat(db, kode, tahun, tw).items():
        harap[opd[k], p] = harap.get((opd[k], p), 0) + 1
    data = _jalankan(db, "sebaran_predikat_opd", kode, tahun, tw)
    assert {(r.opd, r.predikat): r.jumlah_iku for r in data.itertuples()} == harap


def test_iku_belum_lapor(lingkup: tuple[Path, str, int, int]) -> None:
    db, kode, tahun, tw = lingkup
    # CONTRACT.md v2 (frekuensi): an IKU with a target that year must report every quarter, except a `tahunan`
    # one, which reports at TW4 only and is never "belum lapor" in TW1-TW3.
    with duckdb.connect(str(db), read_only=True) as con:
        harap = {
            r[0]
            for r in con.execute(
                """
                select distinct i.kode_indikator
                from indikator i join perangkat_daerah pd using (kode_pemda, kode_pd)
                join target t on t.kode_pemda = i.kode_pemda and t.kode_indikator = i.kode_indikator and t.tahun = ?
                where i.kode_pemda = ? and i.jenis in ('IKU_PEMDA', 'IKU_PD')
                    and (coalesce(i.frekuensi, 'triwulanan') = 'triwulanan' or ? = 4)
                    and not exists (select 1 from realisasi r where r.kode_pemda = i.kode_pemda
                        and r.kode_indikator = i.kode_indikator and r.tahun = ? and r.periode = ?)
                """,
                [tahun, kode, tw, tahun, f"TW{tw}"],
            ).fetchall()
        }
    assert set(_jalankan(db, "iku_belum_lapor", kode, tahun, tw)["kode_indikator"]) == harap


def test_tren_capaian_iku_pemda(lingkup: tuple[Path, str, int, int]) -> None:
    db, kode, _tahun, _tw = lingkup
    with duckdb.connect(str(db), read_only=True) as con:
        pemda_iku = {
            r[0]
            for r in con.execute(
                "select kode_indikator from indikator where kode_pemda = ? and jenis = 'IKU_PEMDA'", [kode]
            ).fetchall()
        }
        semua_tahun = [
            r[0]
            for r in con.execute(
                "select distinct tahun from realisasi where kode_pemda = ? order by 1", [kode]
            ).fetchall()
        ]
    harap = {
        (k, th, n): c
        for th in semua_tahun
        for n in (1, 2, 3, 4)
        for k, c in capaian_acuan(db, kode, th, n).items()
        if k in pemda_iku
    }
    data = _jalankan(db, "tren_capaian_iku_pemda", kode, _tahun, _tw)
    got = {(r.kode_indikator, r.tahun, r.triwulan): r.capaian_persen for r in data.itertuples()}
    assert set(got) == set(harap)
    for kunci, c in harap.items():
        if c is None:
            assert pd.isna(got[kunci]), kunci
        else:
            assert got[kunci] == approx(c), kunci


def test_capaian_banding_tahun_lalu(lingkup: tuple[Path, str, int, int]) -> None:
    db, kode, tahun, tw = lingkup
    # Contract v2: every IKU of the year has its capaian to date at the quarter, reported that quarter or not.
    ini, lalu = (
        capaian_acuan(db, kode, tahun, tw, cakupan="tahun"),
        capaian_acuan(db, kode, tahun - 1, tw, cakupan="tahun"),
    )
    harap = {k: c - lalu[k] for k, c in ini.items() if c is not None and lalu.get(k) is not None}
    data = _jalankan(db, "capaian_banding_tahun_lalu", kode, tahun, tw)
    got = dict(zip(data["kode_indikator"], data["selisih_tahun_lalu"], strict=True))
    assert got == approx(harap)


def test_penumpukan_akhir_tahun(lingkup: tuple[Path, str, int, int]) -> None:
    db, kode, tahun, tw = lingkup
    with duckdb.connect(str(db), read_only=True) as con:
        harap = dict(
            con.execute(
                """
                select coalesce(pd.singkatan, pd.nama_pd),
                    100 * sum(rk.nilai) filter (where rk.bulan >= 10) / sum(rk.nilai)
                from rencana_kas rk
                join kegiatan k using (kode_pemda, tahun, kode_kegiatan)
                join perangkat_daerah pd using (kode_pemda, kode_pd)
                where rk.tahun = ? and rk.kode_pemda = ?
                group by all
                """,
                [tahun, kode],
            ).fetchall()
        )
    data = _jalankan(db, "penumpukan_akhir_tahun", kode, tahun, tw)
    assert dict(zip(data["opd"], data["porsi_kas_tw4"], strict=True)) == approx(harap)


def test_capaian_perlu_diperiksa_at_the_default_view(demo_db: Path) -> None:
    with duckdb.connect(str(demo_db), read_only=True) as con:
        ambang = con.execute("select nilai from pengaturan where kunci = 'ambang_capaian_tinggi'").fetchone()[0]
        semua_tahun = [r[0] for r in con.execute("select distinct tahun from realisasi order by 1").fetchall()]
    harap = {
        (k, th, f"TW{n}")
        for th in semua_tahun
        for n in (1, 2, 3, 4)
        for k, c in capaian_acuan(demo_db, "99", th, n).items()
        if c is not None and c > ambang
    }
    assert harap  # the demo's outlier
    data = _jalankan(demo_db, "capaian_perlu_diperiksa", "99", 2026, 3)
    assert {(r.kode_indikator, r.tahun, r.periode) for r in data.itertuples()} == harap
