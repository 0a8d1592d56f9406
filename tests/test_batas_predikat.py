"""Every predikat bound at, just below and just above it, through an import (issue 22).

A small folder for one pemda is written as OPD staff would write it (Indonesian decimal commas, a
number with both separators), imported with `impor_path` into a fresh database file, and read back
through the views and the page queries. Expected predikat are written out from the rules:

- capaian, Permendagri 86/2017: > 90 Sangat Tinggi, > 75 Tinggi, > 65 Sedang, > 50 Rendah, else Sangat Rendah;
- SAKIP, PermenPANRB 88/2021: > 90 AA, > 80 A, > 70 BB, > 60 B, > 50 CC, > 30 C, else D.

A value exactly on a bound belongs to the class below it.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from pytest import approx

from pantau.db import run_query
from pantau.importer import impor_path

PEMDA = "88"

# realisasi as written in the cell (target 100, positif, nilai_akhir: capaian = realisasi) → predikat
CAPAIAN: list[tuple[str, float, str]] = [
    ("90,01", 90.01, "Sangat Tinggi"),
    ("90", 90.0, "Tinggi"),
    ("89,99", 89.99, "Tinggi"),
    ("75,01", 75.01, "Tinggi"),
    ("75", 75.0, "Sedang"),
    ("74,99", 74.99, "Sedang"),
    ("65,01", 65.01, "Sedang"),
    ("65", 65.0, "Rendah"),
    ("64,99", 64.99, "Rendah"),
    ("50,01", 50.01, "Rendah"),
    ("50", 50.0, "Sangat Rendah"),
    ("49,99", 49.99, "Sangat Rendah"),
]
# nilai SAKIP as written → predikat
SAKIP: list[tuple[str, str]] = [
    ("90,01", "AA"),
    ("90", "A"),
    ("89,99", "A"),
    ("80,01", "A"),
    ("80", "BB"),
    ("79,99", "BB"),
    ("70,01", "BB"),
    ("70", "B"),
    ("69,99", "B"),
    ("60,01", "B"),
    ("60", "CC"),
    ("59,99", "CC"),
    ("50,01", "CC"),
    ("50", "C"),
    ("49,99", "C"),
    ("30,01", "C"),
    ("30", "D"),
    ("29,99", "D"),
]


def tulis_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    n_pd = max(len(CAPAIAN), len(SAKIP)) + 2
    pd_rows = "\n".join(f"PD{i:02d},{PEMDA},Dinas {i}" for i in range(1, n_pd + 1))
    ind, tgt, real = [], [], []
    for i, (sel, _c, _p) in enumerate(CAPAIAN, start=1):
        ind.append(f"IKU{i:02d},Indikator {i},persen,PD{i:02d},IKU_PD,positif,nilai_akhir")
        tgt.append(f"IKU{i:02d},2026,TAHUNAN,100")
        real.append(f'IKU{i:02d},2026,TW1,"{sel}"')
    # 8,1 of 9 is 89,99999999999999 in binary floating point: on the bound, so Tinggi
    pd_biner, pd_dua = f"PD{n_pd - 1:02d}", f"PD{n_pd:02d}"
    ind.append(f"IKUB,Indikator biner,persen,{pd_biner},IKU_PD,positif,nilai_akhir")
    tgt.append("IKUB,2026,TAHUNAN,9")
    real.append('IKUB,2026,TW1,"8,1"')
    # both separators: target 1.234,5 (= 1234.5) and realisasi 1111.05 → capaian 90 → Tinggi;
    # read as 1,2345 the capaian would be 90.000 %, far off
    ind.append(f"IKUD,Indikator dua pemisah,rupiah,{pd_dua},IKU_PD,positif,nilai_akhir")
    tgt.append('IKUD,2026,TAHUNAN,"1.234,5"')
    real.append("IKUD,2026,TW1,1111.05")
    sakip = [f'2026,{PEMDA},PD{i:02d},"{sel}"' for i, (sel, _p) in enumerate(SAKIP, start=1)]
    sakip.append(f'2026,{PEMDA},,"85,5"')  # the pemda itself
    isi = {
        "pemda": f"kode_pemda,nama_pemda,tingkat\n{PEMDA},Provinsi Batas,provinsi\n",
        "perangkat_daerah": f"kode_pd,kode_pemda,nama_pd\n{pd_rows}\n",
        "indikator": "kode_indikator,nama_indikator,satuan,kode_pd,jenis,polaritas,agregasi\n" + "\n".join(ind) + "\n",
        "target": "kode_indikator,tahun,periode,target\n" + "\n".join(tgt) + "\n",
        "realisasi": "kode_indikator,tahun,periode,realisasi\n" + "\n".join(real) + "\n",
        "evaluasi_sakip": "tahun,kode_pemda,kode_pd,nilai\n" + "\n".join(sakip) + "\n",
    }
    for tabel, teks in isi.items():
        (folder / f"{tabel}.csv").write_text(teks, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("batas")
    path = tmp / "batas.duckdb"
    hasil = impor_path([tulis_folder(tmp / "csv")], path)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    return path


def _kueri(db: Path, sql: str) -> dict[str, tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {r[0]: r[1:] for r in con.execute(sql).fetchall()}


def _harapan_iku() -> dict[str, tuple[float, str]]:
    harap = {f"IKU{i:02d}": (c, p) for i, (_s, c, p) in enumerate(CAPAIAN, start=1)}
    harap["IKUB"] = (90.0, "Tinggi")
    harap["IKUD"] = (90.0, "Tinggi")
    return harap


def test_capaian_indikator_predikat_at_every_bound(db: Path) -> None:
    got = _kueri(db, "select kode_indikator, capaian_persen, predikat from capaian_indikator where periode = 'TW1'")
    harap = _harapan_iku()
    assert set(got) == set(harap)
    for kode, (capaian, predikat) in harap.items():
        assert got[kode][0] == approx(capaian, abs=1e-9), kode
        assert got[kode][1] == predikat, (kode, got[kode])


def test_capaian_triwulan_predikat_at_every_bound(db: Path) -> None:
    got = _kueri(
        db, "select kode_indikator, capaian_persen, predikat from capaian_triwulan where tahun = 2026 and triwulan = 1"
    )
    for kode, (capaian, predikat) in _harapan_iku().items():
        assert got[kode][0] == approx(capaian, abs=1e-9), kode
        assert got[kode][1] == predikat, (kode, got[kode])


def test_opd_ranking_predikat_at_every_bound(db: Path) -> None:
    """One IKU per OPD: the OPD's average is that IKU's capaian, and its predikat follows the same bounds."""
    params = {"kode_pemda": PEMDA, "tahun": 2026, "triwulan": 1, "jenis": "", "kode_pd": "", "kode_sasaran": ""}
    frame = run_query("pd_triwulan_peringkat", params, db)
    got = dict(zip(frame["kode_pd"], zip(frame["rata_rata_capaian"], frame["predikat"], strict=True), strict=True))
    n_pd = max(len(CAPAIAN), len(SAKIP)) + 2
    harap = {f"PD{i:02d}": (c, p) for i, (_s, c, p) in enumerate(CAPAIAN, start=1)}
    harap[f"PD{n_pd - 1:02d}"] = (90.0, "Tinggi")
    harap[f"PD{n_pd:02d}"] = (90.0, "Tinggi")
    assert set(got) == set(harap)
    for kode, (rata, predikat) in harap.items():
        assert got[kode][0] == approx(rata, abs=1e-9), kode
        assert got[kode][1] == predikat, (kode, got[kode])


def test_predikat_counts_per_class(db: Path) -> None:
    """Written out: of the 14 IKU, 1 Sangat Tinggi, 5 Tinggi (three at 90), 3 Sedang, 3 Rendah, 2 Sangat Rendah."""
    got = _kueri(
        db,
        "select predikat, count(*) from capaian_indikator where periode = 'TW1' group by predikat",
    )
    assert {k: v[0] for k, v in got.items()} == {
        "Sangat Tinggi": 1,
        "Tinggi": 5,
        "Sedang": 3,
        "Rendah": 3,
        "Sangat Rendah": 2,
    }


def test_both_separators_read_through_the_import(db: Path) -> None:
    got = _kueri(db, "select kode_indikator, target, realisasi from target join realisasi using (kode_indikator)")
    assert got["IKUD"] == (1234.5, 1111.05)
    assert got["IKUB"] == (9.0, 8.1)
    assert got["IKU03"] == (100.0, 89.99)


def test_sakip_predikat_at_every_bound(db: Path) -> None:
    got = _kueri(db, "select kode_pd, nilai, predikat from sakip_predikat where tahun = 2026 and kode_pd is not null")
    harap = {f"PD{i:02d}": (float(s.replace(",", ".")), p) for i, (s, p) in enumerate(SAKIP, start=1)}
    assert set(got) == set(harap)
    for kode, (nilai, predikat) in harap.items():
        assert got[kode] == (approx(nilai), predikat), kode


def test_sakip_page_query_predikat_at_every_bound(db: Path) -> None:
    frame = run_query("sakip_pd_daftar", {"kode_pemda": PEMDA, "tahun": 2026}, db)
    got = dict(zip(frame["kode_pd"], frame["predikat"], strict=True))
    assert got == {f"PD{i:02d}": p for i, (_s, p) in enumerate(SAKIP, start=1)}
    jumlah = frame["predikat"].value_counts().to_dict()
    assert jumlah == {"AA": 1, "A": 3, "BB": 3, "B": 3, "CC": 3, "C": 3, "D": 2}


# --- the cap of the average (batas_capaian_rata_rata, 120) at, below and above it, and the floor 0 -------------

PEMDA_RATA = "89"
# per OPD: the boundary IKU's realisasi (target 100, positif; or negatif T=10 R=22 → capaian −20) beside an IKU at 50
BATAS_RATA: list[tuple[str, str, float]] = [
    ("R1", "119,99", (119.99 + 50) / 2),
    ("R2", "120", (120 + 50) / 2),
    ("R3", "120,01", (120 + 50) / 2),  # clipped to 120
    ("R4", "500", (120 + 50) / 2),  # clipped to 120
    ("R5", "negatif", (0 + 50) / 2),  # −20 clipped to 0
]


@pytest.fixture(scope="module")
def db_rata(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("batas_rata")
    folder = tmp / "csv"
    folder.mkdir()
    ind, tgt, real = [], [], []
    for kode_pd, sel, _rata in BATAS_RATA:
        if sel == "negatif":
            ind.append(f"{kode_pd}-A,Indikator {kode_pd} A,persen,{kode_pd},IKU_PD,negatif,nilai_akhir")
            tgt.append(f"{kode_pd}-A,2026,TAHUNAN,10")
            real.append(f"{kode_pd}-A,2026,TW1,22")
        else:
            ind.append(f"{kode_pd}-A,Indikator {kode_pd} A,persen,{kode_pd},IKU_PD,positif,nilai_akhir")
            tgt.append(f"{kode_pd}-A,2026,TAHUNAN,100")
            real.append(f'{kode_pd}-A,2026,TW1,"{sel}"')
        ind.append(f"{kode_pd}-B,Indikator {kode_pd} B,persen,{kode_pd},IKU_PD,positif,nilai_akhir")
        tgt.append(f"{kode_pd}-B,2026,TAHUNAN,100")
        real.append(f"{kode_pd}-B,2026,TW1,50")
    isi = {
        "pemda": f"kode_pemda,nama_pemda,tingkat\n{PEMDA_RATA},Provinsi Rata,provinsi\n",
        "perangkat_daerah": "kode_pd,kode_pemda,nama_pd\n"
        + "\n".join(f"{k},{PEMDA_RATA},Dinas {k}" for k, _s, _r in BATAS_RATA)
        + "\n",
        "indikator": "kode_indikator,nama_indikator,satuan,kode_pd,jenis,polaritas,agregasi\n" + "\n".join(ind) + "\n",
        "target": "kode_indikator,tahun,periode,target\n" + "\n".join(tgt) + "\n",
        "realisasi": "kode_indikator,tahun,periode,realisasi\n" + "\n".join(real) + "\n",
    }
    for tabel, teks in isi.items():
        (folder / f"{tabel}.csv").write_text(teks, encoding="utf-8")
    path = tmp / "rata.duckdb"
    hasil = impor_path([folder], path)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    return path


PARAM_RATA = {"kode_pemda": PEMDA_RATA, "tahun": 2026, "triwulan": 1, "jenis": "", "kode_pd": "", "kode_sasaran": ""}


def test_opd_average_caps_each_capaian_at_120_and_0(db_rata: Path) -> None:
    frame = run_query("pd_triwulan_peringkat", PARAM_RATA, db_rata)
    got = dict(zip(frame["kode_pd"], frame["rata_rata_capaian"], strict=True))
    assert got == approx({k: r for k, _s, r in BATAS_RATA})
    predikat = dict(zip(frame["kode_pd"], frame["predikat"], strict=True))
    # 84,995 and 85 are Tinggi; 25 is Sangat Rendah
    assert predikat == {"R1": "Tinggi", "R2": "Tinggi", "R3": "Tinggi", "R4": "Tinggi", "R5": "Sangat Rendah"}


def test_pemda_average_caps_each_capaian_at_120_and_0(db_rata: Path) -> None:
    ringkas = run_query("iku_triwulan_ringkasan", PARAM_RATA, db_rata).iloc[0]
    # (119,99 + 120 + 120 + 120 + 0 + 5 × 50) / 10, written out; without the cap it would be 109
    assert ringkas["rata_rata_capaian"] == approx(72.999)
