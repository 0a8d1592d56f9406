"""Issue 17: the real layouts of ../shared/formats/ (test workbooks built from their exact headers in
tests/tata_letak_contoh.py) are recognised, read through the same findings / preview / atomic write, and land the
right numbers; absorption per OPD from OPD-level data matches a hand computation; broken variants are refused or
read with a warning naming file, sheet, row and column, and nothing is half written."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pytest

from pantau.importer import impor_path
from pantau.importer.tata_letak import contoh as c
from pantau.laporan import BAGIAN_SERAPAN
from pantau.temuan import GALAT
from tests.mini import tulis_mini

JT = 1_000_000
SUB = "1.01.02.1.01.0001"  # the mini folder's sub kegiatan (PD1, pagu Rp1.500 jt)


@pytest.fixture(scope="module")
def db_awal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tata_letak")
    db = folder / "mini.duckdb"
    hasil = impor_path([tulis_mini(folder / "mini")], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    return db


@pytest.fixture
def db(tmp_path: Path, db_awal: Path) -> Path:
    salinan = tmp_path / "mini.duckdb"
    shutil.copyfile(db_awal, salinan)
    return salinan


def isi(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def galat_saja(hasil: object) -> list:
    return [t for t in hasil.temuan if t.tingkat == GALAT]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- each layout lands the right numbers


@pytest.mark.parametrize("jenis", ["xlsx", "csv"])
def test_prp2_target_realisasi_lands_opd_level_rows_and_absorption(db: Path, tmp_path: Path, jenis: str) -> None:
    buku = c.prp2()
    berkas = c.xlsx(tmp_path / "anggaran_kas.xlsx", buku) if jenis == "xlsx" else c.tulis_csv(tmp_path / "ak.csv", buku)
    hasil = impor_path([berkas], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert hasil.baru == {"anggaran_opd": 12}
    (tl,) = hasil.tata_letak
    assert tl["tata_letak"] == "PRP2 target (anggaran kas) dan realisasi keuangan per OPD"
    assert ("Triwulan I (H)", "subtotal triwulan 1: diperiksa, tidak diimpor") in tl["peta"]
    # Target → monthly rencana kas; Realisasi Jan–Mar (later months are 0 in the template: not reported yet)
    rows = isi(db, "select bulan, rencana_kas, realisasi from anggaran_opd where kode_pd = 'PD2' order by bulan")
    assert [r[1] for r in rows] == [t * JT for t in c.TARGET_PRP2]
    assert [r[2] for r in rows] == [50 * JT, 80 * JT, 150 * JT] + [None] * 9
    assert isi(db, "select distinct kode_pemda, tahun, kelompok from anggaran_opd") == [("99", 2026, "belanja")]
    # By hand: PD2 has no sub kegiatan, so its absorption comes from the OPD-level rows. Pagu (no "Rp." amount in the
    # sheet) = rencana kas over 12 months = 100+100+200+100+100+200+100+100+200+100+100+400 = 1.800 jt.
    # March: (50 + 80 + 150) / 1.800 = 15,5556 %.
    (pd2,) = isi(
        db,
        "select pagu, realisasi_kumulatif, persen_serapan, rencana_kas_kumulatif, sumber_anggaran "
        "from serapan_anggaran where kode_pd = 'PD2' and tahun = 2026 and bulan = 3",
    )
    assert pd2[0] == 1_800 * JT and pd2[1] == 280 * JT and pd2[3] == 400 * JT
    assert pd2[2] == pytest.approx(280 / 1_800 * 100)
    assert pd2[4] == "tingkat OPD"
    # Pemda: PD1 from its sub kegiatan (pagu 1.500 jt, realisasi 100 + 200 jt, nothing in March) + PD2:
    # (300 + 280) / (1.500 + 1.800) = 17,5758 %, shown as "campuran".
    (pemda,) = isi(
        db,
        "select pagu, realisasi_kumulatif, persen_serapan, sumber_anggaran from serapan_anggaran "
        "where kode_pd is null and tahun = 2026 and bulan = 3",
    )
    assert pemda[:2] == (3_300 * JT, 580 * JT)
    assert pemda[2] == pytest.approx(580 / 3_300 * 100)
    assert pemda[3] == "campuran"
    # PD1 keeps its sub kegiatan data: never both
    assert isi(db, "select sumber_anggaran from serapan_anggaran where kode_pd = 'PD1' and bulan = 3") == [
        ("sub kegiatan",)
    ]
    # pile-up index: PD2's rencana kas Oct–Dec (100+100+400) / 1.800 = 33,33 % of the year
    (tw4,) = isi(db, "select porsi_kas_tw4 from pd_penumpukan where kode_pd = 'PD2' and tahun = 2026")
    assert tw4[0] == pytest.approx(600 / 1_800 * 100)


@pytest.mark.parametrize("jenis", ["xlsx", "csv"])
def test_prp2_pemkab2024_target_only(db: Path, tmp_path: Path, jenis: str) -> None:
    """C1b: one BELANJA Target row with the format's numbers: rencana kas only, 12 months; no realisation yet. By hand:
    41.897.000 + 10 × 40.897.000 + 40.897.453 = 491.764.453; Triwulan I = 41.897.000 + 2 × 40.897.000 = 123.691.000."""
    buku = c.prp2_pemkab2024()
    berkas = c.xlsx(tmp_path / "ak.xlsx", buku) if jenis == "xlsx" else c.tulis_csv(tmp_path / "ak.csv", buku)
    hasil = impor_path([berkas], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert not [t for t in hasil.temuan if "Subtotal" in t.pesan]
    assert isi(db, "select count(*), sum(rencana_kas), count(realisasi) from anggaran_opd where kode_pd = 'PD2'") == [
        (12, 491_764_453.0, 0)
    ]
    assert isi(db, "select sum(rencana_kas) from anggaran_opd where bulan <= 3") == [(123_691_000.0,)]


def test_prp2_workbook_with_a_sheet_per_period_uses_the_latest_report(db: Path, tmp_path: Path) -> None:
    """JAN-FEB reports realisasi Jan 50, Feb 80 jt; MAR-APR (later in the workbook) Jan 50, Feb 85, Mar 150 jt:
    the later sheet wins for every month it has, the earlier one is named in a warning."""
    buku = {
        "JAN-FEB": c.prp2(realisasi=[50, 80] + [0] * 10)["JAN-FEB"],
        "MAR-APR": c.prp2(realisasi=[50, 85, 150] + [0] * 9)["JAN-FEB"],
    }
    hasil = impor_path([c.xlsx(tmp_path / "ak.xlsx", buku)], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert isi(db, "select bulan, realisasi from anggaran_opd where realisasi is not null order by bulan") == [
        (1, 50 * JT),
        (2, 85 * JT),
        (3, 150 * JT),
    ]
    (t,) = [t for t in hasil.temuan if "laporan yang lebih baru" in t.pesan]
    assert t.lembar == "JAN-FEB" and "12 bulan" in t.pesan and "MAR-APR" in t.pesan


@pytest.mark.parametrize("varian", ["sumut", "toba"])
def test_lra_keeps_bpkad_and_opd_realisation_apart(db: Path, tmp_path: Path, varian: str) -> None:
    hasil = impor_path([c.xlsx(tmp_path / "lra.xlsx", c.lra(varian=varian))], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert hasil.tata_letak[0]["tata_letak"] == "Laporan Realisasi Anggaran (LRA) per OPD menurut kode rekening"
    rows = isi(
        db,
        "select kelompok, bulan, pagu, realisasi_kumulatif, serapan_opd_kumulatif from anggaran_opd "
        "where kode_pd = 'PD2' order by kelompok",
    )
    so = (lambda x: x * JT) if varian == "sumut" else (lambda x: None)
    assert rows == [
        ("modal", 6, 500 * JT, 100 * JT, so(120)),
        ("operasi", 6, 1_000 * JT, 400 * JT, so(450)),
        ("tidak_terduga", 6, 0.0, 0.0, so(0)),
        ("transfer", 6, 0.0, 0.0, so(0)),
    ]
    # By hand, June: realisasi BPKAD (400 + 100) / anggaran (1.000 + 500) = 33,33 %; SERAPAN OPD (450 + 120) / 1.500
    # = 38 % shown apart, never added to the realisation.
    (r,) = isi(
        db,
        "select pagu, realisasi_kumulatif, persen_serapan, serapan_opd_kumulatif, persen_serapan_opd, sumber_anggaran "
        "from serapan_anggaran where kode_pd = 'PD2' and bulan = 6",
    )
    assert r[:2] == (1_500 * JT, 500 * JT)
    assert r[2] == pytest.approx(100 / 3)
    if varian == "sumut":
        assert r[3] == 570 * JT and r[4] == pytest.approx(38.0)
    else:
        assert r[3] is None
    assert r[5] == "tingkat OPD"


@pytest.mark.parametrize("pembuat", [c.lra, c.sipd_rfk, c.dkkb], ids=["lra_sumut", "rfk", "dkkb"])
def test_csv_copies_land_the_same_rows_as_the_workbooks(
    db: Path, tmp_path: Path, db_awal: Path, pembuat: object
) -> None:
    """The same sheet saved as CSV (numbers as text) lands exactly the rows the workbook lands."""
    buku = pembuat()  # type: ignore[operator]
    xlsx_db = tmp_path / "xlsx.duckdb"
    shutil.copyfile(db_awal, xlsx_db)
    assert impor_path([c.xlsx(tmp_path / "a.xlsx", buku)], xlsx_db, pemda="99").ok
    # a CSV keeps no sheet name: the file is named after the sheet (the DKKB's year is in it)
    hasil = impor_path([c.tulis_csv(tmp_path / f"{next(iter(buku))}.csv", buku)], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    for tabel in ("anggaran_opd", "rencana_kas", "realisasi_anggaran"):
        sql = f"select * exclude (batch_id) from {tabel} order by all"
        assert isi(db, sql) == isi(xlsx_db, sql), tabel


def test_madina_sheet_as_csv(db: Path, tmp_path: Path) -> None:
    berkas = c.tulis_csv(tmp_path / "realisasi_keuangan.csv", {"x": c.madina()["Realisasi Keuangan"]})
    hasil = impor_path([berkas], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert isi(db, f"select bulan, realisasi from realisasi_anggaran where kode_kegiatan = '{SUB}' and bulan > 2") == [
        (3, 150 * JT),
        (4, 70 * JT),
    ]


def test_lra_csv_with_formulas_as_text(db: Path, tmp_path: Path) -> None:
    """The Toba LRA saved as CSV keeps its =SUM() parent rows as text: they are subtotals, not data."""
    hasil = impor_path([c.tulis_csv(tmp_path / "lra.csv", c.lra(varian="toba"))], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert isi(db, "select sum(pagu), sum(realisasi_kumulatif) from anggaran_opd") == [(1_500 * JT, 500 * JT)]


@pytest.mark.parametrize("jenis", ["xlsx", "csv"])
def test_sipd_anggaran_kas_sums_akun_per_sub_kegiatan(db: Path, tmp_path: Path, jenis: str) -> None:
    buku = c.sipd_akb()
    berkas = c.xlsx(tmp_path / "akb.xlsx", buku) if jenis == "xlsx" else c.tulis_csv(tmp_path / "akb.csv", buku)
    hasil = impor_path([berkas], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert hasil.tata_letak[0]["tata_letak"] == "SIPD anggaran kas (bulan_1 … bulan_12)"
    # 50 jt + 75 jt per month for the two akun; months 1–3 replace the mini's 500 jt each
    assert hasil.baru == {"rencana_kas": 9} and hasil.diganti == {"rencana_kas": 3}
    assert isi(db, f"select distinct nilai from rencana_kas where kode_kegiatan = '{SUB}'") == [(125 * JT,)]
    assert not [t for t in hasil.temuan if "Rencana kas" in t.pesan]  # 12 × 125 jt = 1.500 jt = pagu


def test_sipd_anggaran_kas_of_many_rows_sums_like_a_hand_sum(db: Path, tmp_path: Path) -> None:
    """1,500 akun rows (past the per-cell paths: columns are read, grouped and typed as arrays): each month lands as
    the plain Python sum of its cells, to the sen; a text cell in Indonesian form and an empty cell count as read."""
    import random

    acak = random.Random(17)
    kolom = {k: i + 1 for i, k in enumerate(c.KOLOM_AKB)}
    s: c.Sel = {(1, j): k for k, j in kolom.items()}
    harapan = [0.0] * 12
    for n in range(1500):
        row = 2 + n
        for b in range(1, 13):
            v: object = round(acak.uniform(0, 5_000_000), 2)
            if (n, b) == (700, 5):
                v, angka = "1.234.567,89", 1_234_567.89
            elif (n, b) == (900, 12):
                v, angka = None, 0.0
            else:
                angka = v  # type: ignore[assignment]
            harapan[b - 1] += angka  # type: ignore[operator]
            if v is not None:
                s[(row, kolom[f"bulan_{b}"])] = v
        s[(row, kolom["kode_akun"])] = f"5.1.02.01.01.{n:04d}"
        s[(row, kolom["kode_sbl"])] = SUB
        s[(row, kolom["tahun"])] = s[(row, kolom["tahun_anggaran"])] = 2026
    hasil = impor_path([c.xlsx(tmp_path / "akb_besar.xlsx", {"data_anggaran_kas": s})], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert hasil.baris_dibaca == {"rencana_kas": 12}
    dapat = isi(db, f"select bulan, nilai from rencana_kas where kode_kegiatan = '{SUB}' order by bulan")
    assert [b for b, _ in dapat] == list(range(1, 13))
    assert [v for _, v in dapat] == pytest.approx([round(x, 2) for x in harapan], abs=0.011)


def test_sipd_rfk_cumulative_rak_and_realisation(db: Path, tmp_path: Path) -> None:
    hasil = impor_path([c.xlsx(tmp_path / "rfk.xlsx", c.sipd_rfk())], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert isi(db, f"select bulan, nilai from rencana_kas where kode_kegiatan = '{SUB}' order by bulan") == [
        (b, 125 * JT) for b in (1, 2, 3, 4)
    ]
    # cumulative 100, 300, 450, 600 jt → monthly 100, 200, 150, 150 jt
    assert isi(
        db,
        f"select bulan, realisasi, realisasi_kumulatif, fisik_persen from realisasi_anggaran_bulanan "
        f"where kode_kegiatan = '{SUB}' order by bulan",
    ) == [
        (1, 100 * JT, 100 * JT, 10.0),
        (2, 200 * JT, 300 * JT, 25.0),
        (3, 150 * JT, 450 * JT, 30.0),
        (4, 150 * JT, 600 * JT, 40.0),
    ]


def test_madina_keuangan_and_fisik_per_month(db: Path, tmp_path: Path) -> None:
    hasil = impor_path([c.xlsx(tmp_path / "38-kegiatan.xlsx", c.madina())], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    # March: 100 jt + "50.000.000" (Indonesian thousands, same parser) = 150 jt, fisik of the last date (31 March) 30 %;
    # April: 70 jt, 45 %.
    assert isi(
        db,
        f"select bulan, realisasi, fisik_persen from realisasi_anggaran where kode_kegiatan = '{SUB}' order by bulan",
    ) == [(1, 100 * JT, 10.0), (2, 200 * JT, 25.0), (3, 150 * JT, 30.0), (4, 70 * JT, 45.0)]
    peta = dict(hasil.tata_letak[0]["peta"])
    assert peta["Nama KPA: NAMA KPA, NIP KPA"] == "tidak diimpor"


def test_dkkb_sums_leaf_rekening_per_month(db: Path, tmp_path: Path) -> None:
    hasil = impor_path([c.xlsx(tmp_path / "DKKB DAN REALISASI.xlsx", c.dkkb())], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    # leaves only (row 5.1 is their subtotal): Jan 30+20+0, Feb 40+10+0, Mar 0+60+90, Apr 10+0+0
    assert isi(db, f"select bulan, realisasi from realisasi_anggaran where kode_kegiatan = '{SUB}' order by bulan") == [
        (1, 50 * JT),
        (2, 50 * JT),
        (3, 150 * JT),
        (4, 10 * JT),
    ]


def test_dkkb_without_sub_kegiatan_is_opd_level_by_group(db: Path, tmp_path: Path) -> None:
    """No sub kegiatan in the title, the OPD named instead: OPD-level rows per group (5.1 operasi, 5.2 modal), up to
    the last month with a non-zero realisation (April); earlier zeros are reported zeros."""
    buku = c.dkkb(sub_kegiatan="")
    buku["REALISASI 2026"][(4, 1)], buku["REALISASI 2026"][(4, 2)], buku["REALISASI 2026"][(4, 3)] = (
        "OPD",
        ":",
        "Dinkes",
    )
    hasil = impor_path([c.xlsx(tmp_path / "dkkb.xlsx", buku)], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert isi(db, "select kelompok, bulan, realisasi from anggaran_opd where kode_pd = 'PD2' order by 1, 2") == [
        ("modal", 1, 0.0),
        ("modal", 2, 0.0),
        ("modal", 3, 90 * JT),
        ("modal", 4, 0.0),
        ("operasi", 1, 50 * JT),
        ("operasi", 2, 50 * JT),
        ("operasi", 3, 60 * JT),
        ("operasi", 4, 10 * JT),
    ]


# C5 REALISASI sheet, exact header (formats/C5): NO | KODE REKENING | URAIAN | SEBELUM | SETELAH | JUMLAH | PAPBD |
# JAN … DES | JUMLAH REALISASI, each block opened by "TABEL n - <bagian>" with its title lines 2–6 rows below.
KEPALA_C5 = [
    "NO",
    "KODE REKENING",
    "URAIAN",
    "SEBELUM",
    "SETELAH",
    "JUMLAH",
    "PAPBD",
    *c.BULAN_DKKB,
    "JUMLAH REALISASI",
]


def _dkkb_blok(*blok: dict[str, object]) -> c.Buku:
    """One REALISASI sheet holding the blocks one below the other, each laid out as formats/C5 lays out TABEL 1:
    the TABEL line, BAGIAN / SUMBER ANGGARAN / PROGRAM / Kegiatan / Sub Kegiatan two rows below it, the header two
    rows below those, then its rows [(kode rekening, uraian, Jan…Apr in juta)]; two blank rows between blocks.
    A block may name its OPD ('OPD : …' right under the TABEL line) and replace the header (`kepala`)."""
    s: c.Sel = {(1, 1): "LAPORAN REALISASI ANGGARAN"}
    row = 3
    for n, b in enumerate(blok, start=1):
        s[(row, 1)] = f"TABEL {n} - {b['bagian']}"
        if b.get("opd"):
            s[(row + 1, 1)], s[(row + 1, 2)], s[(row + 1, 3)] = "OPD", ":", b["opd"]
        judul = [
            ("BAGIAN", b["bagian"]),
            ("SUMBER ANGGARAN", b["sumber"]),
            ("PROGRAM", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI"),
            ("Kegiatan", ""),
            ("Sub Kegiatan", b.get("sub", "")),
        ]
        for k, (label, nilai) in enumerate(judul):
            s[(row + 2 + k, 1)], s[(row + 2 + k, 2)] = label, ":"
            if nilai:
                s[(row + 2 + k, 3)] = nilai
        for j, v in enumerate(b.get("kepala", KEPALA_C5)):  # type: ignore[arg-type]
            s[(row + 8, 1 + j)] = v
        for m, (kode, uraian, bulan) in enumerate(b["baris"]):  # type: ignore[arg-type]
            lengkap = [x * c.JT for x in bulan] + [0] * (12 - len(bulan))
            for j, v in enumerate([m + 1, kode, uraian, 0, 0, 0, 0, *lengkap, sum(lengkap)]):
                s[(row + 9 + m, 1 + j)] = v
        row += 9 + len(b["baris"]) + 2  # type: ignore[arg-type]
    return {"REALISASI 2026": s}


ATK, CETAK, MODAL = "5.1.02.01.01.0024", "5.1.02.01.01.0026", "5.2.02.05.01.0001"
BLOK_PAD = {
    "bagian": "SEKSI PENGEMBANGAN",
    "sumber": "PAD MURNI",
    "sub": f"{SUB} Pembangunan Ruang Kelas Baru",
    # the 5.1 row is the subtotal of its two leaves, not added again
    "baris": [
        ("5.1", "BELANJA OPERASI", [50, 50, 60, 10]),
        (ATK, "ATK", [30, 40, 0, 10]),
        (CETAK, "Cetak", [20, 10, 60, 0]),
    ],
}
BLOK_DBHCHT = {"bagian": "SEKSI PENYULUHAN", "sumber": "DBHCHT", "sub": SUB, "baris": [(MODAL, "Modal", [0, 5, 15, 0])]}
BLOK_OPD = {
    "bagian": "TATA USAHA",
    "sumber": "PAD MURNI",
    "opd": "Dinkes",
    "baris": [(ATK, "ATK", [7, 8, 0, 0]), (MODAL, "Modal", [0, 0, 12, 0])],
}
BLOK_REKAP = {"bagian": "REKAPITULASI", "sumber": "SEMUA", "baris": []}


def test_dkkb_tabel_blocks_each_read_into_their_table(db: Path, tmp_path: Path) -> None:
    """Four TABEL blocks in one REALISASI sheet: two for the same sub kegiatan from two sumber anggaran (summed, with a
    warning), one OPD-level (no sub kegiatan, OPD named → anggaran_opd by group), one with no rekening rows
    (skipped, said so with its row)."""
    buku = _dkkb_blok(BLOK_PAD, BLOK_DBHCHT, BLOK_OPD, BLOK_REKAP)
    hasil = impor_path([c.xlsx(tmp_path / "DKKB DAN REALISASI.xlsx", buku)], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    # by hand: PAD leaves Jan 30+20, Feb 40+10, Mar 0+60, Apr 10+0; DBHCHT adds Feb 5, Mar 15
    assert isi(db, f"select bulan, realisasi from realisasi_anggaran where kode_kegiatan = '{SUB}' order by bulan") == [
        (1, 50 * JT),
        (2, 55 * JT),
        (3, 75 * JT),
        (4, 10 * JT),
    ]
    # TATA USAHA, OPD Dinkes (PD2): operasi 7, 8, 0; modal 0, 0, 12; March is its last month with a realisation
    assert isi(db, "select kelompok, bulan, realisasi from anggaran_opd where kode_pd = 'PD2' order by 1, 2") == [
        ("modal", 1, 0.0),
        ("modal", 2, 0.0),
        ("modal", 3, 12 * JT),
        ("operasi", 1, 7 * JT),
        ("operasi", 2, 8 * JT),
        ("operasi", 3, 0.0),
    ]
    peringatan = [(t.lembar, t.baris, t.pesan) for t in hasil.temuan if t.tingkat != GALAT]
    # block 1 has rows 12–14 (ATK, the first leaf, at 13); block 2 starts at row 3 + 9 + 3 + 2 = 17, its header at 25
    # and its row at 26; block 3 at 17 + 9 + 1 + 2 = 29; block 4 at 29 + 9 + 2 + 2 = 42
    jumlah = [p for p in peringatan if "dijumlah" in p[2]]
    assert [(p[0], p[1]) for p in jumlah] == [("REALISASI 2026", 26)] * 3  # Jan (0), Feb and Mar
    assert "bulan Februari ada di TABEL 1 (baris 13) dan TABEL 2" in jumlah[1][2]
    (rekap,) = [p for p in peringatan if "tidak berisi baris kode rekening" in p[2]]
    assert rekap[:2] == ("REALISASI 2026", 42) and rekap[2].startswith("TABEL 4 (TABEL 4 - REKAPITULASI)")
    assert {r["tabel"] for r in hasil.tata_letak} == {"realisasi_anggaran", "anggaran_opd"}
    assert all("4 blok TABEL" in r["tata_letak"] for r in hasil.tata_letak)


@pytest.mark.parametrize(
    ("blok", "baris", "kolom", "potongan"),
    [
        # block 2's header: FEB mistyped, so February has no column (its header is row 17 + 8 = 25, FEB in column I)
        (
            {**BLOK_DBHCHT, "kepala": [("FEBUARI" if k == "FEB" else k) for k in KEPALA_C5]},
            25,
            "FEBUARI (I)",
            "Kolom bulan Februari tidak ada di header",
        ),
        # block 2's header without its month columns: no header found under its TABEL line (row 17)
        ({**BLOK_DBHCHT, "kepala": KEPALA_C5[:7]}, 17, "", "TABEL 2 (TABEL 2 - SEKSI PENYULUHAN): baris judul kolom"),
        # the same sub kegiatan and sumber anggaran in two blocks: reported twice (block 2's row 26)
        ({**BLOK_DBHCHT, "sumber": "PAD MURNI", "baris": [(ATK, "ATK", [1, 0, 0, 0])]}, 26, "", "dilaporkan dua kali"),
    ],
    ids=["bulan_salah_ketik", "tanpa_bulan", "sumber_sama"],
)
def test_dkkb_broken_block_is_refused_naming_the_cell(  # noqa: PLR0917 (parametrised)
    db: Path, tmp_path: Path, blok: dict[str, object], baris: int, kolom: str, potongan: str
) -> None:
    sebelum = sha(db)
    hasil = impor_path([c.xlsx(tmp_path / "rusak.xlsx", _dkkb_blok(BLOK_PAD, blok))], db, pemda="99")
    assert not hasil.ok
    (t,) = [t for t in galat_saja(hasil) if potongan in t.pesan]
    assert (t.berkas, t.lembar, t.baris, t.kolom) == ("rusak.xlsx", "REALISASI 2026", baris, kolom)
    assert sha(db) == sebelum  # nothing written, not even block 1


@pytest.mark.parametrize("jenis", ["xlsx", "csv"])
def test_monev_renja_e81_quarters_become_indicator_realisation(db: Path, tmp_path: Path, jenis: str) -> None:
    buku = c.renja()
    berkas = c.xlsx(tmp_path / "e81.xlsx", buku) if jenis == "xlsx" else c.tulis_csv(tmp_path / "e81.csv", buku)
    hasil = impor_path([berkas], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert hasil.tata_letak[0]["tata_letak"] == "Monev Renja (E.81): realisasi kinerja triwulan I–IV per indikator"
    # IKU2 TW1 8 and TW2 15 are the mini's own values (unchanged); TW3 5 is new; IKU3 TW2 21 unchanged, TW3 19 new
    assert hasil.baru == {"realisasi": 2}
    assert isi(db, "select kode_indikator, periode, realisasi from realisasi order by 1, 2") == [
        ("IKU1", "TW1", 85.0),
        ("IKU2", "TW1", 8.0),
        ("IKU2", "TW2", 15.0),
        ("IKU2", "TW3", 5.0),
        ("IKU3", "TW2", 21.0),
        ("IKU3", "TW3", 19.0),
    ]


@pytest.mark.parametrize("jenis", ["xlsx", "csv"])
def test_sipd_realisasi_renja_months_become_quarters_by_aggregation(db: Path, tmp_path: Path, jenis: str) -> None:
    buku = c.sipd_realisasi_renja()
    berkas = c.xlsx(tmp_path / "rr.xlsx", buku) if jenis == "xlsx" else c.tulis_csv(tmp_path / "rr.csv", buku)
    hasil = impor_path([berkas], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    # IKU2 kumulatif: TW1 = 2 + 3 + 3 = 8, TW2 = 5 + 5 + 5 = 15 (the mini's own values, now with the pendorong text);
    # IKU1 nilai_akhir: TW1 = March 85 (unchanged), TW2 = April 86 (the only month of TW2 reported)
    assert isi(db, "select kode_indikator, periode, realisasi, faktor_pendorong from realisasi order by 1, 2") == [
        ("IKU1", "TW1", 85.0, None),
        ("IKU1", "TW2", 86.0, "Sosialisasi PPDB"),
        ("IKU2", "TW1", 8.0, "Dana BOS cair"),
        ("IKU2", "TW2", 15.0, "Lelang selesai"),
        ("IKU3", "TW2", 21.0, None),
    ]


def test_monev_renja_column_12_not_adding_up_is_a_warning(db: Path, tmp_path: Path) -> None:
    hasil = impor_path([c.xlsx(tmp_path / "e81.xlsx", c.renja(jumlah_salah=True))], db, pemda="99")
    assert hasil.ok
    (t,) = [t for t in hasil.temuan if "Kolom 12" in t.pesan]
    # 8 + 15 + 5 = 28, the sheet says 29
    assert (t.lembar, t.baris, t.kolom) == ("Monev Renja", 5, "12 K (U)")
    assert "berisi 29 tetapi jumlah triwulannya 28" in t.pesan


# --------------------------------------------------------------------------- broken variants


def test_moved_header_is_read_the_same(db: Path, tmp_path: Path) -> None:
    hasil = impor_path([c.xlsx(tmp_path / "geser.xlsx", c.prp2(geser=4))], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert isi(db, "select sum(rencana_kas), sum(realisasi) from anggaran_opd") == [(1_800 * JT, 280 * JT)]


@pytest.mark.parametrize(
    ("buku", "baris", "kolom", "potongan"),
    [
        (c.prp2(tanpa="Mei"), 7, "", "Kolom bulan Mei tidak ada"),
        (c.prp2(teks_di=(1, "seratus")), 10, "Februari (F)", "Teks di sel angka"),
        (c.prp2(bulan_ganda=True), None, "Maret (I)", "Bulan Maret dilaporkan dua kali"),
        (c.dkkb(tabel_kedua=True), 20, "", "Tabel kedua di bawah tabel pertama"),
    ],
    ids=["bulan_hilang", "teks_di_angka", "bulan_ganda", "tabel_kedua"],
)
def test_broken_variant_is_refused_naming_the_cell(  # noqa: PLR0917 (parametrised)
    db: Path, tmp_path: Path, buku: c.Buku, baris: int | None, kolom: str, potongan: str
) -> None:
    sebelum = sha(db)
    berkas = c.xlsx(tmp_path / "rusak.xlsx", buku)
    hasil = impor_path([berkas], db, pemda="99")
    assert not hasil.ok
    (t,) = [t for t in galat_saja(hasil) if potongan in t.pesan]
    assert (t.berkas, t.lembar) == ("rusak.xlsx", next(iter(buku)))
    assert t.baris == baris and t.kolom == kolom
    assert sha(db) == sebelum  # nothing written


def test_merged_cell_over_months_is_refused(db: Path, tmp_path: Path) -> None:
    sebelum = sha(db)
    berkas = c.xlsx(tmp_path / "gabung.xlsx", c.prp2(), gabung={"JAN-FEB": ["E10:F10"]})
    hasil = impor_path([berkas], db, pemda="99")
    (t,) = [t for t in galat_saja(hasil) if "Sel gabungan" in t.pesan]
    assert (t.lembar, t.baris, t.kolom) == ("JAN-FEB", 10, "Januari (E)")
    assert "E10:F10" in t.pesan
    assert sha(db) == sebelum


def test_subtotal_not_adding_up_is_read_with_a_warning(db: Path, tmp_path: Path) -> None:
    hasil = impor_path([c.xlsx(tmp_path / "sub.xlsx", c.prp2(subtotal_salah=True))], db, pemda="99")
    assert hasil.ok
    (t,) = [t for t in hasil.temuan if "Subtotal Triwulan I " in t.pesan]
    # Triwulan I of BELANJA Target: 400 jt + 7 jt typed, the months sum to 100 + 100 + 200 = 400 jt
    assert (t.lembar, t.baris, t.kolom) == ("JAN-FEB", 10, "Triwulan I (H)")
    assert "Rp 407.000.000" in t.pesan and "Rp 400.000.000" in t.pesan and "selisih Rp 7.000.000" in t.pesan
    assert isi(db, "select rencana_kas from anggaran_opd where bulan = 3") == [(200 * JT,)]


def test_month_reported_twice_in_rfk_is_refused(db: Path, tmp_path: Path) -> None:
    sebelum = sha(db)
    hasil = impor_path([c.xlsx(tmp_path / "rfk.xlsx", c.sipd_rfk(ganda=True))], db, pemda="99")
    (t,) = [t for t in galat_saja(hasil) if "dilaporkan dua kali" in t.pesan]
    assert (t.lembar, t.baris) == ("data_rfk", 6) and "baris 4 dan 6" in t.pesan
    assert sha(db) == sebelum


def test_cumulative_realisation_that_falls_is_refused(db: Path, tmp_path: Path) -> None:
    sebelum = sha(db)
    hasil = impor_path([c.xlsx(tmp_path / "rfk.xlsx", c.sipd_rfk(realisasi=[100, 300, 250, 600]))], db, pemda="99")
    (t,) = [t for t in galat_saja(hasil) if "turun" in t.pesan]
    assert (t.lembar, t.baris, t.kolom) == ("data_rfk", 4, "realisasi_kumulatif")
    assert sha(db) == sebelum


def test_rencana_kas_typed_times_1000_and_all_zero(db: Path, tmp_path: Path) -> None:
    hasil = impor_path([c.xlsx(tmp_path / "akb.xlsx", c.sipd_akb(kali=1000))], db, pemda="99")
    assert hasil.ok
    pesan = [t.pesan for t in hasil.temuan if "Rencana kas 12 bulan" in t.pesan]
    # per sub kegiatan: 12 × 125 jt × 1000 = Rp1.500.000.000.000 against pagu Rp1.500.000.000 (sheet and database)
    assert any("kemungkinan angka diketik ×1000" in p for p in pesan), pesan
    hasil = impor_path([c.xlsx(tmp_path / "nol.xlsx", c.sipd_akb(kali=0))], db, pemda="99")
    assert any("semua bulan nol" in t.pesan for t in hasil.temuan)


def test_absorption_above_pagu_is_a_warning(db: Path, tmp_path: Path) -> None:
    buku = c.lra()
    buku["Sheet1"][(23, 18)] = 1_200 * JT  # realisasi BPKAD operasi 1.200 jt against anggaran 1.000 jt
    buku["Sheet1"][(22, 18)] = 1_300 * JT
    hasil = impor_path([c.xlsx(tmp_path / "lra.xlsx", buku)], db, pemda="99")
    assert hasil.ok
    (t,) = [t for t in hasil.temuan if "melebihi pagu" in t.pesan]
    assert "OPD PD2 kelompok operasi (2026) 120,0 %" in t.pesan


def test_unknown_opd_is_refused_naming_the_title(db: Path, tmp_path: Path) -> None:
    hasil = impor_path([c.xlsx(tmp_path / "lra.xlsx", c.lra(unit="Dinas Tidak Ada"))], db, pemda="99")
    (t,) = galat_saja(hasil)
    assert t.lembar == "Sheet1" and t.baris == 9 and "Dinas Tidak Ada" in t.pesan


# --------------------------------------------------------------------------- the pages say which data is shown


def test_distribution_page_names_opd_level_data(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from streamlit.testing.v1 import AppTest

    from pantau.format import sumber_anggaran

    assert impor_path([c.xlsx(tmp_path / "lra.xlsx", c.lra())], db, pemda="99").ok
    monkeypatch.setenv("PANTAU_DB", str(db))
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=120)
    for k, v in {"pemda": "99", "tahun": "2026", "tw": "2", "opd": "PD2", "bagian": BAGIAN_SERAPAN}.items():
        at.query_params[k] = v
    at.run()
    at.switch_page("pages/4_Distribusi_Jadwal.py").run()
    assert not at.exception, [e.value for e in at.exception]
    teks = [str(x.value) for x in at.caption]
    # PD2's June from the LRA: realisasi BPKAD only; SERAPAN OPD 570 jt ÷ pagu 1.500 jt = 38 % named apart
    assert sumber_anggaran("tingkat OPD", 38.0) in teks
    assert "Serapan OPD yang belum dilaporkan ke BPKAD: 38,0 % (tidak termasuk realisasi)." in sumber_anggaran(
        "tingkat OPD", 38.0
    )
    assert any("realisasinya yang disetujui BPKAD: Dinkes." in t for t in teks)


def test_contract_file_for_opd_level_data_and_never_both_per_month(db: Path, tmp_path: Path) -> None:
    """anggaran_opd in the contract's own form (group names as people write them). PD1 has sub kegiatan data for
    January–March (rencana kas) and January–February (realisasi): there its OPD-level February row is not used; its
    May row is, as nothing else covers May. By hand: cumulative May = 100 + 200 (sub kegiatan, Jan–Feb) + 0 + 0 +
    40 (OPD level, May) = 340 jt of pagu 1.500 jt (sub kegiatan pagu) = 22,67 %."""
    berkas = tmp_path / "anggaran_opd.csv"
    berkas.write_text(
        "tahun,kode_pd,kelompok,bulan,rencana_kas,realisasi\n"
        "2026,PD1,Belanja Operasi,2,10.000.000,999.000.000\n"
        "2026,PD1,Belanja Operasi,5,10.000.000,40.000.000\n",
        encoding="utf-8",
    )
    hasil = impor_path([berkas], db, pemda="99")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert isi(db, "select kelompok from anggaran_opd") == [("operasi",), ("operasi",)]
    rows = isi(
        db,
        "select bulan, realisasi, realisasi_kumulatif, sumber_anggaran from serapan_anggaran "
        "where kode_pd = 'PD1' and bulan in (2, 4, 5) order by bulan",
    )
    assert rows == [
        (2, 200 * JT, 300 * JT, "sub kegiatan"),
        (4, 0.0, 300 * JT, "sub kegiatan"),
        (5, 40 * JT, 340 * JT, "tingkat OPD"),
    ]
    (persen,) = isi(db, "select persen_serapan from serapan_anggaran where kode_pd = 'PD1' and bulan = 5")
    assert persen[0] == pytest.approx(340 / 1_500 * 100)


def test_ringkasan_says_the_absorption_mixes_opd_level_data(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from streamlit.testing.v1 import AppTest

    assert impor_path([c.xlsx(tmp_path / "lra.xlsx", c.lra())], db, pemda="99").ok
    monkeypatch.setenv("PANTAU_DB", str(db))
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=120)
    for k, v in {"pemda": "99", "tahun": "2026", "tw": "2"}.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    # June, pemda: (300 + 500) / (1.500 + 1.500) = 26,7 %; SERAPAN OPD 570 jt / 3.000 jt = 19,0 % named apart
    teks = [str(x.value) for x in at.caption]
    assert any("Sumber: campuran" in t and "belum dilaporkan ke BPKAD: 19,0 %" in t for t in teks), teks
    assert "26,7 %" in [str(m.value) for m in at.metric]


def _rusak(buku: c.Buku, sel: dict[tuple[int, int], object], hapus: tuple[tuple[int, int], ...] = ()) -> c.Buku:
    """A copy of a workbook's first sheet with some cells replaced or removed."""
    ((nama, isi_),) = list(buku.items())[:1]
    baru = {k: v for k, v in isi_.items() if k not in hapus}
    baru.update(sel)
    return {nama: baru, **{k: v for k, v in list(buku.items())[1:]}}


def _lra_tabel_kedua() -> c.Buku:
    buku = c.lra()
    s = buku["Sheet1"]
    s[(34, 2)], s[(34, 7)], s[(34, 17)], s[(34, 19)] = "KODE REKENING", "URAIAN", "ANGGARAN", "REALISASI BPKAD"
    s[(35, 4)], s[(35, 17)] = "5.1", 5.0
    return buku


@pytest.mark.parametrize(
    ("buku", "gabung", "lembar", "baris", "kolom", "potongan"),
    [
        (_rusak(c.sipd_akb(), {}, hapus=((1, 5),)), None, "data_anggaran_kas", 1, "", "Kolom bulan Mei tidak ada"),
        (_rusak(c.sipd_akb(), {(2, 3): "lima puluh juta"}), None, "data_anggaran_kas", 2, "bulan_3 (C)", "Teks di sel"),
        (_rusak(c.sipd_rfk(), {(3, 3): "dua ratus"}), None, "data_rfk", 3, "rak (C)", "Teks di sel"),
        (_rusak(c.lra(), {(23, 18): "empat ratus juta"}), None, "Sheet1", 23, "R", "Teks di sel"),
        (_lra_tabel_kedua(), None, "Sheet1", 34, "", "Tabel kedua"),
        (
            {**c.madina(), "Realisasi Keuangan": {**c.madina()["Realisasi Keuangan"], (6, 6): "seratus juta"}},
            None,
            "Realisasi Keuangan",
            6,
            "REALISASI [RP] (F)",
            "Teks di sel",
        ),
        (_rusak(c.renja(), {(5, 15): "lima belas"}), None, "Monev Renja", 5, "Triwulan II K (O)", "Teks di sel"),
        (c.dkkb(), {"REALISASI 2026": ["H13:I13"]}, "REALISASI 2026", 13, "JAN (H)", "Sel gabungan"),
    ],
    ids=[
        "akb_bulan_hilang",
        "akb_teks",
        "rfk_teks",
        "lra_teks",
        "lra_tabel_kedua",
        "madina_teks",
        "e81_teks",
        "dkkb_merge",
    ],
)
def test_broken_variant_of_every_layout_is_refused(  # noqa: PLR0917 (parametrised)
    db: Path,
    tmp_path: Path,
    buku: c.Buku,
    gabung: dict[str, list[str]] | None,
    lembar: str,
    baris: int,
    kolom: str,
    potongan: str,
) -> None:
    sebelum = sha(db)
    hasil = impor_path([c.xlsx(tmp_path / "rusak.xlsx", buku, gabung)], db, pemda="99")
    assert not hasil.ok
    cocok = [t for t in galat_saja(hasil) if potongan in t.pesan]
    assert cocok, [str(t) for t in hasil.temuan]
    t = cocok[0]
    assert (t.berkas, t.lembar, t.baris, t.kolom) == ("rusak.xlsx", lembar, baris, kolom), str(t)
    assert sha(db) == sebelum


def test_pile_up_names_opd_level_cash_plans(db: Path, tmp_path: Path) -> None:
    assert impor_path([c.xlsx(tmp_path / "ak.xlsx", c.prp2())], db, pemda="99").ok
    assert isi(
        db, "select kode_pd, sumber_rencana_kas from pd_penumpukan where tahun = 2026 order by kode_pd nulls last"
    ) == [
        ("PD1", "sub kegiatan"),
        ("PD2", "tingkat OPD"),
        (None, "campuran"),
    ]
