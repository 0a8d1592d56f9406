"""Stored views: after any sequence of writes, every stored view holds exactly what its definition computes."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from pantau.importer import impor_path
from tests.helpers import selisih_tersimpan as selisih
from tests.mini import MINI, tulis_mini


def test_stored_views_follow_every_write(tmp_path: Path, demo_db: Path) -> None:
    db = tmp_path / "t.duckdb"
    shutil.copyfile(demo_db, db)
    assert set(selisih(db).values()) == {0}
    con = duckdb.connect(str(db), read_only=True)
    pemda, kode, tahun, periode, nilai = con.execute(
        "select kode_pemda, kode_indikator, tahun, periode, realisasi from realisasi order by all limit 1"
    ).fetchall()[0]
    pemda_keg, keg, pd_ = con.execute(
        "select kode_pemda, kode_kegiatan, kode_pd from kegiatan where pagu > 0 and tahun = 2026 order by all limit 1"
    ).fetchall()[0]
    con.close()
    # 1. a realisasi changes: capaian views must follow
    f = tmp_path / "a"
    f.mkdir()
    (f / "realisasi.csv").write_text(
        f"kode_pemda,kode_indikator,tahun,periode,realisasi\n{pemda},{kode},{tahun},{periode},{nilai + 7}\n"
    )
    assert impor_path([f], db).ok
    assert set(selisih(db).values()) == {0}
    # 2. a sub kegiatan's pagu changes: budget views must follow
    f = tmp_path / "b"
    f.mkdir()
    (f / "kegiatan.csv").write_text(
        f"kode_pemda,tahun,kode_pd,kode_kegiatan,nama,pagu\n{pemda_keg},2026,{pd_},{keg},Diubah,123456789\n"
    )
    assert impor_path([f], db).ok
    assert set(selisih(db).values()) == {0}
    # 3. only a follow-up is saved: nothing it does not touch is recomputed, and all stay right
    f = tmp_path / "c"
    f.mkdir()
    (f / "tindak_lanjut.csv").write_text(
        f"kode_pemda,kode_tindak_lanjut,uraian,kode_pd\n{pemda_keg},TL-UJI,Uji,{pd_}\n"
    )
    assert impor_path([f], db).ok
    assert set(selisih(db).values()) == {0}


def test_a_fresh_mini_import_stores_every_view(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    assert impor_path([tulis_mini(tmp_path / "mini", ganti={"realisasi": MINI["realisasi"]})], db).ok
    assert set(selisih(db).values()) == {0}


def test_a_write_to_one_pemda_of_three_with_the_same_codes(tmp_path: Path, tiga_pemda_db: Path) -> None:
    """Stored views stay exact when one pemda of three sharing every code is written; the others keep their capaian."""
    db = tmp_path / "tiga.duckdb"
    shutil.copyfile(tiga_pemda_db, db)
    assert set(selisih(db).values()) == {0}
    sebelum = capaian_iku_01(db)
    f = tmp_path / "a"
    f.mkdir()
    # 62.02's IKU-01 TW1 from 2 to 4: TW1 4/4 = 100 %, TW2 (4+6)/(4+6) = 100 %
    (f / "realisasi.csv").write_text("kode_pemda,kode_indikator,tahun,periode,realisasi\n62.02,IKU-01,2026,TW1,4\n")
    assert impor_path([f], db).ok
    assert set(selisih(db).values()) == {0}
    sesudah = capaian_iku_01(db)
    assert {k: v for k, v in sesudah.items() if k[0] != "62.02"} == {
        k: v for k, v in sebelum.items() if k[0] != "62.02"
    }
    assert (sesudah[("62.02", 1)], sesudah[("62.02", 2)]) == (100.0, 100.0)


def capaian_iku_01(db: Path) -> dict[tuple[str, int], float]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "select kode_pemda, triwulan, round(capaian_persen, 9) from capaian_indikator where kode_indikator = 'IKU-01'"
        ).fetchall()
    finally:
        con.close()
    return {(p, t): c for p, t, c in rows}
