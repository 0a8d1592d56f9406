"""A write refreshes the stored views only for the pemda it touched (issue 21 item 1), and the result is what a
full recompute gives.

The reference is computed by a different route: every stored table `<view>_tersimpan` is compared, as a multiset
of rows, with its definition `<view>_hitung` evaluated afresh over the tables after the write. A view wrongly taken
for one that depends only on its own pemda's rows (a rank or a group across pemda) shows up as a difference in
the other pemda's rows. The three-pemda database shares every code between the pemda, so a refresh that mixed
pemda would also differ here.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from helpers import selisih_tersimpan

from pantau import db as pdb
from pantau.importer import batalkan, impor_path

ROOT = Path(__file__).resolve().parent.parent


def _semua_sama(db: Path) -> dict[str, int]:
    """The stored views whose rows differ from their definition computed afresh (none when the refresh is right)."""
    return {v: n for v, n in selisih_tersimpan(db).items() if n}


def _jumlah(db: Path, sql: str, params: list[object]) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.fixture
def salinan(tiga_pemda_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "tiga.duckdb"
    shutil.copyfile(tiga_pemda_db, db)
    return db


def test_realisasi_satu_pemda_hanya_pemda_itu(salinan: Path, tmp_path: Path) -> None:
    d = tmp_path / "koreksi"
    d.mkdir()
    # 62.02 corrects its IKU-01 TW2 realisasi 6 → 12: its year-to-date capaian becomes (2+12)/(4+6) = 140 %, above
    # the province's 100 %: the family's ranks change for the two pemda the write did not touch as well
    (d / "realisasi.csv").write_text("kode_pemda,kode_indikator,tahun,periode,realisasi\n62.02,IKU-01,2026,TW2,12\n")
    sebelum = _jumlah(
        salinan,
        "select kode_pemda, capaian_persen from capaian_indikator_tersimpan where kode_indikator = 'IKU-01' "
        "and tahun = 2026 and periode = 'TW2' order by 1",
        [],
    )
    hasil = impor_path([d], salinan)
    assert hasil.ok and hasil.kode_pemda == ["62.02"], [str(t) for t in hasil.temuan]
    # what the refresh did: capaian of the one pemda replaced, ranks across pemda recomputed whole
    assert pdb.SEGARKAN_TERAKHIR["capaian_sd"] == "pemda"
    assert pdb.SEGARKAN_TERAKHIR["capaian_triwulan"] == "pemda"
    assert pdb.SEGARKAN_TERAKHIR["perbandingan_pemda"] == "semua"
    assert pdb.SEGARKAN_TERAKHIR["jadwal_kegiatan"] == "tetap"  # no jadwal table changed
    assert _semua_sama(salinan) == {}
    sesudah = dict(
        _jumlah(
            salinan,
            "select kode_pemda, capaian_persen from capaian_indikator_tersimpan where kode_indikator = "
            "'IKU-01' and tahun = 2026 and periode = 'TW2' order by 1",
            [],
        )
    )
    assert sesudah["62.02"] == pytest.approx(140.0)
    peringkat = _jumlah(
        salinan,
        "select kode_pemda, peringkat_capaian from perbandingan_pemda_tersimpan where kode_indikator = "
        "'IKU-01' and tahun = 2026 and periode = 'TW2' order by 1",
        [],
    )
    assert peringkat == [("62", 2), ("62.02", 1)]  # 62.07 has not reported TW2
    assert {k: v for k, v in sesudah.items() if k != "62.02"} == {k: v for k, v in sebelum if k != "62.02"}
    # the rollback refreshes the same pemda back
    ok, pesan = batalkan(hasil.batch_id, salinan)
    assert ok, pesan
    assert pdb.SEGARKAN_TERAKHIR["capaian_sd"] == "pemda"
    assert _semua_sama(salinan) == {}
    assert (
        _jumlah(
            salinan,
            "select kode_pemda, capaian_persen from capaian_indikator_tersimpan where kode_indikator = 'IKU-01' "
            "and tahun = 2026 and periode = 'TW2' order by 1",
            [],
        )
        == sebelum
    )


def test_banyak_tabel_dan_pemda(salinan: Path, tmp_path: Path) -> None:
    d = tmp_path / "dua"
    d.mkdir()
    # two pemda in one import: an indicator renamed without its kode_referensi (it leaves its comparison group),
    # money spent in another pemda
    (d / "indikator.csv").write_text(
        "kode_pemda,kode_indikator,nama_indikator,kode_pd,jenis,satuan,polaritas,agregasi\n"
        "62.07,IKU-02,Indikator baru Seruyan,1.02.0.00.0.00.01.0000,IKU_PEMDA,%,negatif,nilai_akhir\n"
    )
    (d / "realisasi_anggaran.csv").write_text(
        "kode_pemda,tahun,kode_kegiatan,bulan,realisasi\n62,2026,1.02.02.2.01.0002,10,123000000\n"
    )
    hasil = impor_path([d], salinan)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert sorted(hasil.kode_pemda or []) == ["62", "62.07"]
    assert pdb.SEGARKAN_TERAKHIR["serapan_anggaran"] == "pemda"
    assert pdb.SEGARKAN_TERAKHIR["kontribusi_lintas_sektor"] == "keluarga"  # the province lists its kabupaten
    assert _semua_sama(salinan) == {}
    # the renamed indicator left the IKU-02 group: 62 and 62.02 are compared with each other only
    kelompok = _jumlah(
        salinan,
        "select kode_pemda, jumlah_pemda from perbandingan_pemda_tersimpan where kode_indikator = 'IKU-02' "
        "and tahun = 2026 and periode = 'TW2' order by 1",
        [],
    )
    assert kelompok == [("62", 2), ("62.02", 2)]


def test_perubahan_pemda_dihitung_ulang_semua(salinan: Path, tmp_path: Path) -> None:
    d = tmp_path / "pemda"
    d.mkdir()
    (d / "pemda.csv").write_text(
        "kode_pemda,nama_pemda,tingkat,kode_induk\n62.07,Kabupaten Seruyan Baru,kabupaten,62\n"
    )
    hasil = impor_path([d], salinan)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    # names and families live in `pemda`: every stored view that reads it is recomputed whole
    assert pdb.SEGARKAN_TERAKHIR["perbandingan_pemda"] == "semua"
    assert "pemda" not in pdb.SEGARKAN_TERAKHIR.values()
    assert _semua_sama(salinan) == {}


def test_provinsi_demo_setiap_tabel(demo_db: Path, tmp_path: Path) -> None:
    """The demo province (janji, program unggulan, kerja sama, jadwal, kas…): one kabupaten's rows of several
    tables changed in one import; every stored view equals a full recompute afterwards, and after the rollback."""
    db = tmp_path / "demo.duckdb"
    shutil.copyfile(demo_db, db)
    (pemda,) = _jumlah(
        db,
        "select min(kode_pemda) from pemda where tingkat <> 'provinsi' and kode_pemda in (select kode_pemda "
        "from realisasi_anggaran) and kode_pemda in (select kode_pemda from realisasi)",
        [],
    )[0]
    d = tmp_path / "ubah"
    d.mkdir()
    con = duckdb.connect(str(db), read_only=True)
    try:
        for tabel, kolom_angka in (("realisasi", "realisasi"), ("realisasi_anggaran", "realisasi"), ("jadwal", None)):
            frame = con.execute(f"select * exclude (batch_id) from {tabel} where kode_pemda = ? limit 3", [pemda]).df()
            if kolom_angka:
                frame[kolom_angka] = frame[kolom_angka] * 1.5 + 1
            else:  # a phase moved one month later where it can be
                frame["bulan_selesai"] = (frame["bulan_selesai"] + 1).clip(upper=12)
            frame.to_csv(d / f"{tabel}.csv", index=False)
    finally:
        con.close()
    hasil = impor_path([d], db)
    assert hasil.ok and hasil.kode_pemda == [pemda], [str(t) for t in hasil.temuan]
    assert sum(hasil.diganti.values()) > 0
    assert "pemda" in pdb.SEGARKAN_TERAKHIR.values() and "keluarga" in pdb.SEGARKAN_TERAKHIR.values()
    assert _semua_sama(db) == {}
    ok, pesan = batalkan(hasil.batch_id, db)
    assert ok, pesan
    assert _semua_sama(db) == {}


def test_mati_di_tengah_penyegaran_per_pemda(salinan: Path, tmp_path: Path) -> None:
    """A process killed after it removed one pemda's stored rows and before it put them back leaves the file as
    it was: the refresh runs inside the write's transaction, on the writer's copy."""
    sebelum = hashlib.sha256(salinan.read_bytes()).hexdigest()
    d = tmp_path / "koreksi"
    d.mkdir()
    (d / "realisasi.csv").write_text("kode_pemda,kode_indikator,tahun,periode,realisasi\n62.02,IKU-01,2026,TW2,12\n")
    skrip = textwrap.dedent(
        f"""
        import os
        from pantau import db
        from pantau.importer import impor_path
        asli = db.jalankan
        def mati(con, sql, params=None):
            hasil = asli(con, sql, params)
            if sql.startswith("delete from capaian_sd_tersimpan where kode_pemda in"):
                os._exit(9)  # the pemda's stored rows are gone from the copy, the new ones not yet in
            return hasil
        db.jalankan = mati
        impor_path([{str(d)!r}], {str(salinan)!r})
        """
    )
    proses = subprocess.run([sys.executable, "-c", skrip], cwd=ROOT, check=False)
    assert proses.returncode == 9
    assert hashlib.sha256(salinan.read_bytes()).hexdigest() == sebelum
    hasil = impor_path([d], salinan)  # and the same write then goes through
    assert hasil.ok and pdb.SEGARKAN_TERAKHIR["capaian_sd"] == "pemda"
    assert _semua_sama(salinan) == {}


def test_rilis_baru_menghitung_ulang_hanya_view_yang_berubah(salinan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new release that changes one stored view's definition recomputes that view and the views built on it,
    not every stored table of the nation (perbarui_skema without `semua`, as the app does when it opens an older
    file); the recomputed tables hold the new definition's rows."""
    from pantau.importer.tulis import perbarui_skema

    perbarui_skema(salinan, semua=False)  # the same release: nothing to recompute
    assert set(pdb.SEGARKAN_TERAKHIR.values()) == {"tetap"}

    asli = pdb.schema_sql()

    def diubah(ganti: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
        hasil = []
        for nama, teks in asli:
            lama, baru = ganti.get(nama, ("", ""))
            assert lama in teks
            hasil.append((nama, teks.replace(lama, baru, 1) if lama else teks))
        return hasil

    # 1. A leaf: the root label of the performance tree. Nothing reads pohon_kinerja.
    akar = ("'Semua program' as label", "'Seluruh program' as label")
    monkeypatch.setattr(pdb, "schema_sql", lambda: diubah({"50_program.sql": akar}))
    perbarui_skema(salinan, semua=False)
    assert {v for v, d in pdb.SEGARKAN_TERAKHIR.items() if d != "tetap"} == {"pohon_kinerja"}
    label = _jumlah(salinan, "select distinct label from pohon_kinerja where id = 'semua'", [])
    assert label == [("Seluruh program",)]
    assert not _semua_sama(salinan)

    # 2. A base as well: the years of data (tahun_komitmen), read by the PK and cooperation views through the
    # macro tahun_data_komitmen(); the capaian views and the tree (unchanged since 1.) keep their tables.
    tahun = (
        "select kode_pemda, tahun from realisasi\nunion",
        "select kode_pemda, tahun from realisasi where tahun > 0\nunion",
    )
    monkeypatch.setattr(pdb, "schema_sql", lambda: diubah({"50_program.sql": akar, "60_kerja_sama_sakip.sql": tahun}))
    perbarui_skema(salinan, semua=False)
    dihitung = {v for v, d in pdb.SEGARKAN_TERAKHIR.items() if d != "tetap"}
    assert {"tahun_komitmen", "pk_iku_tahun", "pk_opd_tahun", "kerja_sama_kegiatan"} <= dihitung
    assert not dihitung & {"capaian_sd", "capaian_triwulan", "serapan_anggaran", "pohon_kinerja"}
    assert not _semua_sama(salinan)

    # 3. A settings table's rows are part of the rule: the capaian scale changed by hand is taken by the next
    # write for the views that grade capaian, not for the tree (which does not).
    with duckdb.connect(str(salinan)) as c:
        c.execute("update skala_predikat set batas_bawah = batas_bawah - 1 where batas_bawah > 0")
    perbarui_skema(salinan, semua=False)
    dihitung = {v for v, d in pdb.SEGARKAN_TERAKHIR.items() if d != "tetap"}
    assert {"capaian_sd", "capaian_triwulan"} <= dihitung and "pohon_kinerja" not in dihitung
    assert not _semua_sama(salinan)

    # `python -m pantau segarkan` (data changed by hand): everything
    perbarui_skema(salinan)
    assert set(pdb.SEGARKAN_TERAKHIR.values()) == {"semua"}
