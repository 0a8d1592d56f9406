"""The bulk path (`impor --massal`): same rows as the regular importer, same refusals, nothing written on error."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pytest

from pantau import db as db_mod
from pantau.contract import TABEL
from pantau.importer import impor_path
from pantau.importer.massal import impor_massal
from pantau.nasional import bangkitkan
from tests.mini import tulis_mini
from tests.test_import import RUSAK


def isi_semua(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            t: sorted(con.execute(f"select {', '.join(s.nama_kolom)} from {t}").fetchall(), key=repr)
            for t, s in TABEL.items()
        }
    finally:
        con.close()


def test_bulk_path_writes_what_the_regular_path_writes(tmp_path: Path) -> None:
    folder = tulis_mini(tmp_path / "mini")
    biasa, massal = tmp_path / "biasa.duckdb", tmp_path / "massal.duckdb"
    assert impor_path([folder], biasa).ok
    hasil = impor_massal(folder, massal)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert isi_semua(massal) == isi_semua(biasa)
    # capaian through the same stored view
    sql = "select kode_indikator, periode, capaian_persen from capaian_indikator order by all"
    with duckdb.connect(str(massal), read_only=True) as a, duckdb.connect(str(biasa), read_only=True) as b:
        assert a.execute(sql).fetchall() == b.execute(sql).fetchall()


@pytest.fixture(scope="module")
def db_awal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("awal")
    db = folder / "awal.duckdb"
    assert impor_path([tulis_mini(folder / "mini")], db).ok
    return db


@pytest.mark.parametrize("kasus", list(RUSAK))
def test_bulk_path_refuses_every_broken_file(tmp_path: Path, db_awal: Path, kasus: str) -> None:
    tabel, teks, (berkas, baris, kolom), _pesan = RUSAK[kasus]
    db = tmp_path / "db.duckdb"
    shutil.copyfile(db_awal, db)
    sebelum = hashlib.sha256(db.read_bytes()).hexdigest()
    folder = tulis_mini(tmp_path / "rusak", ganti={tabel: teks})
    if not tabel.endswith(".csv") and "." in tabel:
        pytest.fail(f"unexpected case {kasus}")
    hasil = impor_massal(folder, db)
    assert not hasil.ok, f"{kasus}: the bulk path accepted a broken file"
    # the same cell as the regular path (file, row, column; the wording may differ)
    assert any((t.berkas, t.baris, t.kolom) == (berkas, baris, kolom) for t in hasil.temuan if t.tingkat == "galat"), (
        kasus,
        [str(t) for t in hasil.temuan],
    )
    assert hashlib.sha256(db.read_bytes()).hexdigest() == sebelum


def test_national_generator_imports_through_the_bulk_path(tmp_path: Path) -> None:
    jumlah = bangkitkan(tmp_path / "nas", skala=0.01)
    # 0.01 → 1 province (rounded up to 1) and 5 kab/kota: 6 pemda × 35 OPD × 25 indicators
    assert jumlah["pemda"] == 6
    assert jumlah["indikator"] == 6 * 35 * 25
    # 40 sub kegiatan per OPD × 12 months × 2 years
    assert jumlah["rencana_kas"] == 6 * 35 * 40 * 12 * 2
    db = tmp_path / "nas.duckdb"
    hasil = impor_massal(tmp_path / "nas", db)
    assert hasil.ok, [str(t) for t in hasil.temuan[:5]]
    assert hasil.baru["realisasi_anggaran"] == 6 * 35 * 40 * (12 + 9)
    con = duckdb.connect(str(db), read_only=True)
    # every realisation row has a capaian row (all indicators have quarterly targets)
    assert con.execute("select count(*) from capaian_indikator").fetchall() == [(jumlah["realisasi"],)]
    # consistent like a clean export: each sub kegiatan's twelve months of rencana kas add up to its pagu exactly
    selisih = con.execute(
        "select count(*) filter (where r.kas is distinct from k.pagu), count(*) from kegiatan k "
        "left join (select kode_pemda, tahun, kode_kegiatan, sum(nilai) as kas from rencana_kas group by all) r "
        "using (kode_pemda, tahun, kode_kegiatan) where k.pagu is not null"
    ).fetchall()
    # (v2: sub kegiatan codes are national, so every pemda has the same ones: join by pemda and code)
    assert selisih == [(0, 6 * 35 * 40 * 2)]
    assert con.execute("select count(*) from konsistensi_temuan").fetchall() == [(0,)]
    # the national view lists the worst 1,000 IKU of the thousands there are (the page says so)
    params = {
        "kode_pemda": db_mod.NASIONAL,
        "tahun": 2026,
        "triwulan": 2,
        "jenis": "",
        "kode_pd": "",
        "kode_sasaran": "",
    }
    semua = con.execute(
        "select count(*) from capaian_triwulan where tahun = 2026 and triwulan = 2 and jenis in ('IKU_PEMDA', 'IKU_PD')"
    ).fetchall()[0][0]
    daftar = db_mod.run_query("iku_triwulan_daftar", {**params, "status": [], "batas": 1000}, db)
    assert semua > 1000 and len(daftar) == 1000
    # worst first: nothing left out has a lower capaian than the highest listed one among those that report
    dilapor = daftar[daftar["predikat"].notna()]
    assert len(dilapor) == len(daftar)  # every generated IKU reports in TW2 2026
    batas = dilapor["capaian_persen"].max()
    lebih_rendah = con.execute(
        "select count(*) from capaian_triwulan where tahun = 2026 and triwulan = 2 "
        "and jenis in ('IKU_PEMDA', 'IKU_PD') and predikat is not null and capaian_persen < ?",
        [batas],
    ).fetchall()[0][0]
    assert lebih_rendah < len(dilapor)
    con.close()


def test_bulk_path_finds_a_falling_cumulative_value_across_an_empty_month(tmp_path: Path, db_awal: Path) -> None:
    """fisik_persen 25 in January, nothing in February, 20 in March: March (CSV line 4) falls from the last filled
    month, in both paths; a duplicate row (line 5, the key of line 2) is refused once, at its second line."""
    teks = (
        "tahun,kode_kegiatan,bulan,realisasi,realisasi_kumulatif,fisik_persen\n"
        "2026,1.01.02.1.01.0001,1,100000000,,25\n"
        "2026,1.01.02.1.01.0001,2,200000000,,\n"
        "2026,1.01.02.1.01.0001,3,50000000,,20\n"
    )
    folder = tulis_mini(tmp_path / "turun", ganti={"realisasi_anggaran": teks})
    for nama, jalankan in (("massal", impor_massal), ("biasa", lambda f, d: impor_path([f], d))):
        db = tmp_path / f"{nama}.duckdb"
        shutil.copyfile(db_awal, db)
        hasil = jalankan(folder, db)
        galat = [(t.berkas, t.baris, t.kolom) for t in hasil.temuan if t.tingkat == "galat"]
        assert galat == [("realisasi_anggaran.csv", 4, "fisik_persen")], (nama, [str(t) for t in hasil.temuan])
    ganda = teks.replace(",20\n", ",30\n") + "2026,1.01.02.1.01.0001,1,100000000,,25\n"
    hasil = impor_massal(tulis_mini(tmp_path / "ganda", ganti={"realisasi_anggaran": ganda}), tmp_path / "g.duckdb")
    galat = [(t.baris, t.pesan) for t in hasil.temuan if t.tingkat == "galat"]
    assert len(galat) == 1 and galat[0][0] == 5 and "Kunci ganda" in galat[0][1], galat
