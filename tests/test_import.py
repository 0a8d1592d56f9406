"""The importer: happy path with exact values, one broken file per fault, all-or-nothing, history, rollback."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from pantau.importer import Sumber, batalkan, impor, impor_path
from pantau.temuan import GALAT
from tests.mini import MINI, tulis_mini

ROOT = Path(__file__).resolve().parent.parent


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def isi(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def isi_semua(db: Path) -> dict[str, list[tuple]]:
    """Every contract table, sorted, without batch_id: to compare databases by content."""
    from pantau.contract import TABEL

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            t: sorted(con.execute(f"select {', '.join(s.nama_kolom)} from {t}").fetchall(), key=repr)
            for t, s in TABEL.items()
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def db_mini_awal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mini_awal")
    db = folder / "mini.duckdb"
    hasil = impor_path([tulis_mini(folder / "mini")], db)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    return db


@pytest.fixture
def db_mini(tmp_path: Path, db_mini_awal: Path) -> Path:
    """The mini folder imported (built once per module, copied per test: tests may write it)."""
    db = tmp_path / "mini.duckdb"
    shutil.copyfile(db_mini_awal, db)
    return db


def test_mini_imports_with_exact_values(db_mini: Path) -> None:
    assert isi(db_mini, "select count(*) from kegiatan") == [(3,)]
    assert isi(db_mini, "select pagu from kegiatan where kode_kegiatan = '1.01.02.1.01.0001'") == [(1_500_000_000.0,)]
    assert isi(db_mini, "select kode_indikator from kegiatan where kode_kegiatan = '1.01.02.1.01.0001'") == [
        ("IKU1;IKU2",)
    ]
    # v1's tanggal_pk became the PK row of that date's year (PD2 has none: not signed)
    assert isi(
        db_mini, "select kode_pd, tahun, tanggal_tanda_tangan::varchar from perjanjian_kinerja order by kode_pd"
    ) == [("PD1", 2026, "2026-02-20")]
    assert isi(db_mini, "select prioritas, game_changer from kegiatan where kode_kegiatan = '1.01.02.1.01.0001'") == [
        (True, True)
    ]
    # capaian through the view, by hand:
    # IKU1 nilai_akhir, TAHUNAN 90, TW1 85 → 85/90*100 = 94.444…
    # IKU2 kumulatif, TW2: (8+15)/(10+20)*100 = 76.666…
    # IKU3 negatif range 18–20, R 21 above → (2*20-21)/20*100 = 95
    rows = dict(isi(db_mini, "select kode_indikator || ' ' || periode, capaian_persen from capaian_indikator"))
    assert rows["IKU1 TW1"] == pytest.approx(94.4444444, rel=1e-6)
    assert rows["IKU2 TW2"] == pytest.approx(76.6666667, rel=1e-6)
    assert rows["IKU3 TW2"] == pytest.approx(95.0)
    batch = isi(db_mini, "select batch_id, status, baris_baru::varchar from impor_batch")
    assert batch[0][:2] == (1, "aktif")
    assert '"realisasi": 4' in batch[0][2]


def test_messy_but_valid_forms_are_read_exactly(tmp_path: Path) -> None:
    folder = tulis_mini(
        tmp_path / "messy",
        ganti={
            # semicolon delimiter, header folding, aliases, Indonesian numbers, period labels, BOM
            "realisasi": "\ufeffKode Indikator;Tahun;Triwulan;Realisasi (%);Faktor Penghambat\n"
            "IKU1;2026;TW I;85,5;\n"
            "IKU2;2026;Tw.I;8;Cuaca\n"
            "IKU2;2026;Triwulan II;15;\n"
            "IKU3;2026;Q2;21;\n",
            "kegiatan": "Tahun,Kode OPD,Kode Sub Kegiatan,Nama Kegiatan,Pagu Anggaran,kode_indikator,prioritas\n"
            "2026,PD1,1.01.02,Program Pengelolaan Pendidikan,,IKU1,Ya\n"
            "2026,PD1,1.01.02.1.01,Pengelolaan Pendidikan SMA,,,Y\n"
            '2026,PD1,1.01.02.1.01.0001,Pembangunan RKB,"Rp 1.500.000.000","IKU1; IKU2",1\n',
            "rencana_kas": "tahun\tkode_kegiatan\tbulan\tnilai\n"
            "2026\t1.01.02.1.01.0001\tJan\t500.000.000\n"
            "2026\t1.01.02.1.01.0001\tPeb\t500.000.000\n"
            "2026\t1.01.02.1.01.0001\tMaret\t500.000.000\n",
        },
    )
    (folder / "rencana_kas.csv").write_bytes((folder / "rencana_kas.csv").read_text().encode("cp1252"))
    db = tmp_path / "m.duckdb"
    hasil = impor_path([folder], db)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert isi(db, "select realisasi from realisasi where kode_indikator = 'IKU1'") == [(85.5,)]
    assert isi(db, "select periode from realisasi where kode_indikator = 'IKU2' order by 1") == [("TW1",), ("TW2",)]
    assert isi(db, "select pagu, kode_indikator, prioritas from kegiatan where kode_kegiatan like '%.0001'") == [
        (1_500_000_000.0, "IKU1;IKU2", True)
    ]
    assert isi(db, "select bulan, nilai from rencana_kas order by bulan") == [
        (1, 500_000_000.0),
        (2, 500_000_000.0),
        (3, 500_000_000.0),
    ]


def test_header_below_a_title_block_and_row_numbers(tmp_path: Path) -> None:
    teks = "LAPORAN REALISASI TRIWULAN\nProvinsi Uji Coba\n\n" + MINI["realisasi"].replace(
        "IKU2,2026,TW2,15", "IKU2,2026,TW2,belum ada data"
    )
    hasil = impor_path([tulis_mini(tmp_path / "t", ganti={"realisasi": teks})], tmp_path / "x.duckdb")
    assert not hasil.ok
    (t,) = [t for t in hasil.temuan if t.tingkat == GALAT]
    # header on line 4 → data lines 5.. ; the bad row is the 3rd data row → line 7
    assert (t.berkas, t.baris, t.kolom, t.nilai) == ("realisasi.csv", 7, "realisasi", "belum ada data")
    assert "bukan angka" in t.pesan


def test_xlsx_workbook_one_sheet_per_table(tmp_path: Path) -> None:
    from tests.xlsx import tulis_xlsx

    lembar = {
        nama: [row.split(",") for row in teks.strip().splitlines()]
        for nama, teks in MINI.items()
        if nama in ("pemda", "perangkat_daerah", "sasaran", "indikator", "target", "realisasi")
    }
    # a code that Excel would mangle stays text when the cell is text; a number cell is a number
    lembar["realisasi"][1][3] = 85.0
    xlsx = tmp_path / "kinerja.xlsx"
    tulis_xlsx(xlsx, lembar)
    db = tmp_path / "x.duckdb"
    hasil = impor_path([xlsx], db)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert isi(db, "select count(*) from realisasi") == [(4,)]
    assert isi(db, "select realisasi from realisasi where kode_indikator = 'IKU1'") == [(85.0,)]


# One fault per case: (table to replace, new text or None to drop, expected (berkas, baris, kolom), message part)
RUSAK = {
    # v2: kode_pemda may be left out of a file (its rows belong to the import's pemda), so the case drops
    # nama_pd, a column every perangkat_daerah file must still have
    "kolom wajib hilang": (
        "perangkat_daerah",
        MINI["perangkat_daerah"].replace("nama_pd,", "nama_x,"),
        ("perangkat_daerah.csv", 1, ""),
        "Kolom wajib tidak ada: nama_pd",
    ),
    "sel wajib kosong": (
        "indikator",
        MINI["indikator"].replace("IKU2,Jumlah sekolah direhabilitasi,unit", "IKU2,,unit"),
        ("indikator.csv", 3, "nama_indikator"),
        "wajib diisi",
    ),
    "teks di kolom angka": (
        "realisasi",
        MINI["realisasi"].replace("IKU2,2026,TW2,15", "IKU2,2026,TW2,dalam proses"),
        ("realisasi.csv", 4, "realisasi"),
        "bukan angka",
    ),
    "pilihan tidak dikenal": (
        "indikator",
        MINI["indikator"].replace(
            "IKU1,Angka partisipasi sekolah,persen,PD1,IKU_PD,positif",
            "IKU1,Angka partisipasi sekolah,persen,PD1,IKU_PD,naik",
        ),
        ("indikator.csv", 2, "polaritas"),
        "positif",
    ),
    "periode semester": (
        "realisasi",
        MINI["realisasi"].replace("IKU1,2026,TW1", "IKU1,2026,Semester I"),
        ("realisasi.csv", 2, "periode"),
        "emester",
    ),
    "kunci ganda": (
        "realisasi",
        MINI["realisasi"] + "IKU1,2026,TW1,86,,,,\n",
        ("realisasi.csv", 6, "kode_pemda+kode_indikator+tahun+periode"),  # v2: kode_pemda leads every key
        "sama dengan baris 2",
    ),
    "kode indikator tidak ada": (
        "realisasi",
        MINI["realisasi"].replace("IKU3,2026,TW2", "IKU9,2026,TW2"),
        ("realisasi.csv", 5, "kode_indikator"),
        "'IKU9' tidak ada di tabel indikator",
    ),
    "kode opd tidak ada": (
        "kegiatan",
        MINI["kegiatan"].replace("2026,PD1,1.01.02.1.01,", "2026,PD7,1.01.02.1.01,"),
        ("kegiatan.csv", 3, "kode_pd"),
        "'PD7' tidak ada di tabel perangkat_daerah",
    ),
    "kegiatan tahun lain": (
        "jadwal",
        MINI["jadwal"].replace("2026,1.01.02.1.01.0001,pelaporan", "2027,1.01.02.1.01.0001,pelaporan"),
        ("jadwal.csv", 4, "kode_kegiatan"),
        "tahun 2027",
    ),
    "pagu negatif": (
        "kegiatan",
        MINI["kegiatan"].replace("1500000000", "(1.500.000)"),
        ("kegiatan.csv", 4, "pagu"),
        "tidak boleh negatif",
    ),
    "nilai kas negatif": (
        "rencana_kas",
        MINI["rencana_kas"].replace(",2,500000000", ",2,-5"),
        ("rencana_kas.csv", 3, "nilai"),
        "tidak boleh negatif",
    ),
    "fisik di atas 100": (
        "realisasi_anggaran",
        MINI["realisasi_anggaran"].replace(",,25", ",,125"),
        ("realisasi_anggaran.csv", 3, "fisik_persen"),
        "0–100",
    ),
    "fisik turun": (
        "realisasi_anggaran",
        MINI["realisasi_anggaran"].replace(",,25", ",,5"),
        ("realisasi_anggaran.csv", 3, "fisik_persen"),
        "turun",
    ),
    "kumulatif turun": (
        "realisasi_anggaran",
        "tahun,kode_kegiatan,bulan,realisasi_kumulatif\n2026,1.01.02.1.01.0001,1,300\n2026,1.01.02.1.01.0001,2,200\n",
        ("realisasi_anggaran.csv", 3, "realisasi_kumulatif"),
        "turun",
    ),
    "bentuk realisasi campur": (
        "realisasi_anggaran",
        "tahun,kode_kegiatan,bulan,realisasi,realisasi_kumulatif\n"
        "2026,1.01.02.1.01.0001,1,300,\n2026,1.01.02.1.01.0001,2,,500\n",
        ("realisasi_anggaran.csv", 2, "realisasi_kumulatif"),
        "dua bentuk",
    ),
    "realisasi anggaran kosong": (
        "realisasi_anggaran",
        "tahun,kode_kegiatan,bulan,realisasi,realisasi_kumulatif\n2026,1.01.02.1.01.0001,1,,\n",
        ("realisasi_anggaran.csv", 2, "realisasi"),
        "realisasi_kumulatif",
    ),
    "bulan 13": (
        "rencana_kas",
        MINI["rencana_kas"].replace(",3,500000000", ",13,500000000"),
        ("rencana_kas.csv", 4, "bulan"),
        "1–12",
    ),
    "target triwulan tidak lengkap": (
        "target",
        MINI["target"].replace("IKU2,2026,TW4,40,,", "IKU2,2027,TW4,40,,"),
        ("target.csv", 6, "periode"),
        "TW1–TW4",
    ),
    "rentang pada kumulatif": (
        "target",
        MINI["target"].replace("IKU2,2026,TW1,10,,", "IKU2,2026,TW1,,5,10"),
        ("target.csv", 3, "target_min"),
        "kumulatif",
    ),
    "rentang setengah": (
        "target",
        MINI["target"].replace("IKU3,2026,TAHUNAN,,18,20", "IKU3,2026,TAHUNAN,,18,"),
        ("target.csv", 7, "target_max"),
        "sekaligus",
    ),
    "target kosong": (
        "target",
        MINI["target"].replace("IKU1,2026,TAHUNAN,90,,", "IKU1,2026,TAHUNAN,,,"),
        ("target.csv", 2, "target"),
        "Isi target",
    ),
    "tanggal mustahil": (
        "perangkat_daerah",
        MINI["perangkat_daerah"].replace("2026-02-20", "31/02/2026"),
        ("perangkat_daerah.csv", 2, "tanggal_pk"),
        "31/02/2026",
    ),
    "tahun tidak masuk akal": (
        "realisasi",
        MINI["realisasi"].replace("IKU1,2026,TW1", "IKU1,26,TW1"),
        ("realisasi.csv", 2, "tahun"),
        "empat angka",
    ),
    "baris terlalu banyak sel": (
        "pemda",
        MINI["pemda"] + "98,Provinsi Lain,provinsi,,kolom lebih,lagi\n",
        ("pemda.csv", 4, ""),
        "pemisah kolom",
    ),
    "berkas kosong": ("janji_kampanye", "", ("janji_kampanye.csv", None, ""), "kosong"),
    "hanya header": (
        "janji_kampanye",
        "kode_janji,uraian,misi\n",
        ("janji_kampanye.csv", 1, ""),
        "Tidak ada baris data",
    ),
    "tabel tak dikenal": (
        "lampiran.csv",
        "nomor urut,keterangan\n1,abc\n",
        ("lampiran.csv", None, ""),
        "Tabel tidak dikenali",
    ),
    "induk sasaran tidak ada": (
        "sasaran",
        MINI["sasaran"].replace(",PD1,S1,", ",PD1,S7,"),
        ("sasaran.csv", 3, "kode_induk"),
        "'S7' tidak ada di tabel sasaran",
    ),
    "janji tidak ada": (
        "tag_janji",
        "tahun,kode_kegiatan,kode_janji,bentuk_dukungan,output\n2026,1.01.02.1.01.0001,J9,Pembangunan,RKB\n",
        ("tag_janji.csv", 2, "kode_janji"),
        "'J9' tidak ada di tabel janji_kampanye",
    ),
    "boolean tak terbaca": (
        "kegiatan",
        MINI["kegiatan"].replace("ya,ya,Menambah", "mungkin,ya,Menambah"),
        ("kegiatan.csv", 4, "prioritas"),
        "mungkin",
    ),
}


@pytest.mark.parametrize("kasus", list(RUSAK))
def test_broken_file_is_refused_with_its_place_and_nothing_is_written(
    tmp_path: Path, db_mini: Path, kasus: str
) -> None:
    tabel, teks, (berkas, baris, kolom), pesan = RUSAK[kasus]
    sebelum = sha(db_mini)
    folder = tulis_mini(tmp_path / "rusak", ganti={tabel: teks})
    # Import into the existing database (references to it count) and into a fresh one.
    hasil = impor_path([folder], db_mini)
    assert not hasil.ok
    galat = [t for t in hasil.temuan if t.tingkat == GALAT]
    cocok = [t for t in galat if t.berkas == berkas and t.baris == baris and t.kolom == kolom and pesan in t.pesan]
    assert cocok, f"{kasus}: expected {berkas}:{baris}:{kolom} «{pesan}», got {[str(t) for t in galat]}"
    assert sha(db_mini) == sebelum, "the database changed although the import was refused"
    baru = tmp_path / "baru.duckdb"
    assert not impor_path([folder], baru).ok
    assert not baru.exists(), "a refused import into a new database must not leave a file"
    assert not list(tmp_path.glob(".*.tmp")), "temporary copies left behind"


def test_findings_are_indonesian_and_name_value(tmp_path: Path) -> None:
    folder = tulis_mini(tmp_path / "r", ganti={"realisasi": MINI["realisasi"].replace(",15,", ",n/a,")})
    hasil = impor_path([folder], tmp_path / "db.duckdb")
    (t,) = [t for t in hasil.temuan if t.tingkat == GALAT]
    assert t.nilai == "n/a"
    assert "realisasi.csv, baris 4, kolom realisasi" in str(t)


def test_same_file_twice_changes_nothing(tmp_path: Path, db_mini: Path) -> None:
    sebelum = sha(db_mini)
    hasil = impor_path([tulis_mini(tmp_path / "lagi")], db_mini)
    assert hasil.ok and hasil.batch_id is None and not hasil.baru and not hasil.diganti
    assert sha(db_mini) == sebelum
    assert isi(db_mini, "select count(*) from impor_batch") == [(1,)]


def test_replace_keeps_history_and_rollback_restores_exactly(tmp_path: Path, db_mini: Path) -> None:
    awal = isi_semua(db_mini)
    teks = MINI["realisasi"].replace("IKU2,2026,TW2,15,,,,", "IKU2,2026,TW2,18,,Hujan,Tambah tenaga,")
    teks += "IKU1,2026,TW2,88,,,,\n"
    hasil = impor_path([tulis_mini(tmp_path / "v2", ganti={"realisasi": teks})], db_mini)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert (hasil.batch_id, hasil.baru, hasil.diganti) == (2, {"realisasi": 1}, {"realisasi": 1})
    assert isi(db_mini, "select realisasi, batch_id from realisasi where kode_indikator='IKU2' and periode='TW2'") == [
        (18.0, 2)
    ]
    assert isi(db_mini, "select realisasi, batch_id, diganti_oleh from riwayat_realisasi") == [(15.0, 1, 2)]
    # batch 1 cannot be rolled back while batch 2 replaced one of its rows
    ok, pesan = batalkan(1, db_mini)
    assert not ok and "batch 2" in pesan
    ok, pesan = batalkan(2, db_mini)
    assert ok, pesan
    assert isi_semua(db_mini) == awal
    assert isi(db_mini, "select status from impor_batch order by batch_id") == [("aktif",), ("dibatalkan",)]
    assert isi(db_mini, "select count(*) from riwayat_realisasi") == [(0,)]
    ok, pesan = batalkan(2, db_mini)
    assert not ok and "sudah dibatalkan" in pesan
    ok, _ = batalkan(1, db_mini)
    assert ok
    assert all(rows == [] for rows in isi_semua(db_mini).values())


def test_failure_mid_write_leaves_database_untouched(tmp_path: Path, db_mini: Path, monkeypatch) -> None:
    import pantau.importer as imp

    sebelum = sha(db_mini)
    asli = imp.tulis_tabel
    panggilan = []

    def gagal(con, tabel, frame, batch_id):  # the second table fails, after the first was written
        panggilan.append(tabel)
        if len(panggilan) == 2:
            raise OSError("disk penuh (disimulasikan)")
        return asli(con, tabel, frame, batch_id)

    monkeypatch.setattr(imp, "tulis_tabel", gagal)
    teks = MINI["realisasi"].replace(",15,", ",16,")
    with pytest.raises(OSError):
        impor_path(
            [tulis_mini(tmp_path / "v2", ganti={"realisasi": teks, "pemda": MINI["pemda"].replace("Uji Coba", "X")})],
            db_mini,
        )
    assert len(panggilan) == 2
    assert sha(db_mini) == sebelum
    assert not list(db_mini.parent.glob(".*.tmp*"))


def test_process_killed_mid_write_leaves_database_untouched(tmp_path: Path, db_mini: Path) -> None:
    sebelum = sha(db_mini)
    folder = tulis_mini(tmp_path / "v2", ganti={"realisasi": MINI["realisasi"].replace(",15,", ",16,")})
    skrip = textwrap.dedent(
        f"""
        import os, pantau.importer as imp
        asli = imp.tulis_tabel
        def mati(con, tabel, frame, batch_id):
            asli(con, tabel, frame, batch_id)
            os._exit(9)  # killed after writing the first table, before commit and swap
        imp.tulis_tabel = mati
        imp.impor_path([{str(folder)!r}], {str(db_mini)!r})
        """
    )
    proses = subprocess.run([sys.executable, "-c", skrip], cwd=ROOT, check=False)
    assert proses.returncode == 9
    assert sha(db_mini) == sebelum
    # the next import still works (the stale copy of the killed process does not get in the way)
    assert impor_path([folder], db_mini).ok


def test_reader_keeps_working_during_an_import_by_another_process(tmp_path: Path, db_mini: Path) -> None:
    from pantau import db

    pembaca = db.Reader(db_mini)
    cur = pembaca.cursor()
    assert cur.execute("select count(*) from realisasi").fetchall() == [(4,)]
    cur.close()
    folder = tulis_mini(tmp_path / "v2", ganti={"realisasi": MINI["realisasi"] + "IKU1,2026,TW2,88,,,,\n"})
    proses = subprocess.run(
        [sys.executable, "-m", "pantau", "impor", str(folder), "--db", str(db_mini)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proses.returncode == 0, proses.stdout + proses.stderr
    cur = pembaca.cursor()  # notices the new file and reopens
    assert cur.execute("select count(*) from realisasi").fetchall() == [(5,)]
    cur.close()
    pembaca.close()


def test_cli_refuses_with_exit_1_and_prints_findings(tmp_path: Path) -> None:
    folder = tulis_mini(tmp_path / "r", ganti={"realisasi": MINI["realisasi"].replace(",15,", ",lima belas,")})
    db = tmp_path / "cli.duckdb"
    proses = subprocess.run(
        [sys.executable, "-m", "pantau", "impor", str(folder), "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proses.returncode == 1
    assert "realisasi.csv, baris 4, kolom realisasi" in proses.stdout
    assert "Tidak ada data yang ditulis" in proses.stdout
    assert not db.exists()


def test_uploaded_bytes_import_like_files(tmp_path: Path) -> None:
    sumber = [Sumber(f"{nama}.csv", teks.encode("utf-8")) for nama, teks in MINI.items()]
    hasil = impor(sumber, tmp_path / "u.duckdb", pengguna="operator", asal="unggah")
    assert hasil.ok
    assert isi(tmp_path / "u.duckdb", "select pengguna, sumber from impor_batch") == [("operator", "unggah")]


def test_wide_quarterly_layout_becomes_the_long_form(tmp_path: Path) -> None:
    lebar = (
        "EVALUASI CAPAIAN IKU TRIWULANAN\n"
        "Kode Indikator;Nama Indikator;Tahun;Target Tahunan;Target TW I;Target TW II;Target TW III;Target TW IV;"
        "Realisasi TW I;Realisasi TW II;Realisasi TW III;Realisasi TW IV;Capaian TW II (%)\n"
        "IKU1;Angka partisipasi sekolah;2026;90;;;;;85;;;;\n"
        "IKU2;Jumlah sekolah direhabilitasi;2026;;10;20;30;40;8;15;;;76,67\n"
        "IKU3;Prevalensi stunting;2026;;;;;;;21;;;\n"
    )
    folder = tulis_mini(tmp_path / "lebar", ganti={"capaian_iku": lebar}, buang=("target", "realisasi"))
    # IKU3's range target is not expressible in the wide layout: give it in the contract form beside it
    (folder / "target.csv").write_text("kode_indikator,tahun,periode,target_min,target_max\nIKU3,2026,TAHUNAN,18,20\n")
    db = tmp_path / "lebar.duckdb"
    hasil = impor_path([folder], db)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    assert any("capaian dihitung sistem" in t.pesan for t in hasil.temuan)
    acuan = tmp_path / "acuan.duckdb"
    assert impor_path([tulis_mini(tmp_path / "acuan")], acuan).ok
    kolom = "kode_indikator, tahun, periode, target, target_min, target_max"
    assert isi(db, f"select {kolom} from target order by all") == isi(acuan, f"select {kolom} from target order by all")
    kolom = "kode_indikator, tahun, periode, realisasi"
    assert isi(db, f"select {kolom} from realisasi order by all") == isi(
        acuan, f"select {kolom} from realisasi order by all"
    )


def test_wide_layout_without_tahun_is_a_finding(tmp_path: Path) -> None:
    teks = "Kode Indikator,Target TW I,Realisasi TW I\nIKU1,10,8\n"
    hasil = impor([Sumber("iku.csv", teks.encode())], tmp_path / "w.duckdb")
    assert not hasil.ok
    assert any("perlu kolom tahun" in t.pesan and t.baris == 1 for t in hasil.temuan)
