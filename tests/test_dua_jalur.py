"""Both import paths read every cell alike (issue 22): the same messy folder through `impor` and `impor --massal`.

The folder holds every value form CONTRACT.md names (numbers with either or both separators, `Rp`, `%`,
the ambiguous `1.250` and `1,250`, booleans, periods, months, dates, enumerations in any case), for one
pemda. Both paths must store the same rows and give the same findings, warning for warning; a folder of
unreadable cells must be refused by both with the same findings and nothing written. The SQL that the
bulk path uses for plain cells is checked against `pantau.values` on a generated corpus.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from pantau.contract import TABEL, Kolom
from pantau.importer import impor_path
from pantau.importer.massal import _cepat, impor_massal
from pantau.importer.normalisasi import pengurai
from pantau.temuan import Temuan
from pantau.values import NilaiTidakTerbaca

BERANTAKAN: dict[str, str] = {
    "pemda": """kode_pemda,nama_pemda,tingkat,kode_induk
77,Provinsi Dua Jalur,Provinsi,
""",
    "perangkat_daerah": """Kode PD;kode_pemda;nama_pd;singkatan;nama_kepala;tanggal_pk
PD1;77;Dinas Pendidikan;Disdik;Budi;20/02/2026
PD2;77;Dinas Kesehatan;Dinkes;Sari;20 Februari 2026
PD3;77;Bappeda;Bappeda;  Rina  ;2026-01-31
""",
    "sasaran": """kode_sasaran,kode_pemda,uraian,kode_pd,kode_induk,misi
S1,77,Meningkatnya kualitas SDM,,,Misi 1
S1.1,77,Meningkatnya partisipasi sekolah,PD1,S1,
""",
    "indikator": """kode_indikator,nama_indikator,satuan,kode_pd,jenis,polaritas,agregasi,kode_sasaran,rumus,target_akhir_periode
IKU1,Angka partisipasi sekolah,persen,PD1,IKU PD,Positif,Nilai Akhir,S1.1,,"97,6"
IKU2,Jumlah sekolah direhabilitasi,unit,PD1,iku_pd,POSITIF,KUMULATIF,S1.1,r/t,1.250
IKU3,Prevalensi stunting,persen,PD2,IKU_PEMDA,negatif,nilai_akhir,S1,T/R,"14,0 %"
IKU4,Angka kesakitan,per 1.000,PD2,IKU_PD,Negatif,rata-rata,S1,R/T,"1,250"
IKU5,Pendapatan asli daerah,rupiah,PD3,IKU_PEMDA,positif,kumulatif,S1,,Rp 1.234.567
""",
    "target": """kode_indikator;tahun;periode;target;target_min;target_max
IKU1;2026;TAHUNAN;90;;
IKU2;2026;TW I;10;;
IKU2;2026;Triwulan II;20;;
IKU2;2026;Q3;"30,0";;
IKU2;2026;4;40;;
IKU3;2026;tahunan;;20;18
IKU4;2026;TAHUNAN;;"2,5";"3,5"
IKU5;2026;TW1;1.234.567,5;;
IKU5;2026;TW2;"1,234,567.5";;
IKU5;2026;TW3;Rp 1.234.567;;
IKU5;2026;TW4;Rp 1,2 jt;;
""",
    "realisasi": """kode_indikator,tahun,periode,realisasi,faktor_pendorong,faktor_penghambat
IKU1,2026,tw1,"85,5 %",,
IKU1,2026,TW 2,97.6,,
IKU2,2026,TW1,8,,Cuaca
IKU2,2026,Triwulan II,-,,
IKU3,2026,TAHUNAN,"19,25",,
IKU4,2026,Q1,"3,1",,
IKU5,2026,TW1,"1.200.000",,
IKU5,2026,TW2,"1,250",,
""",
    "kegiatan": """tahun,kode_pd,kode_kegiatan,nama,pagu,kode_indikator,prioritas,game_changer
2026,PD1,1.01.02,Program Pengelolaan Pendidikan,,IKU1,Ya,tidak
2026,PD1,1.01.02.1.01,Pengelolaan Pendidikan SMA,,,y,N
2026,PD1,1.01.02.1.01.0001,Pembangunan Ruang Kelas Baru,Rp 1.500.000.000,IKU1; IKU2,1,0
2026,PD1,1.01.02.1.01.0002,Rehabilitasi Sekolah,"9.674.468",IKU2,TRUE,false
2026,PD2,1.02.02,Program Kesehatan,,IKU3,benar,salah
2026,PD2,1.02.02.1.01,Pelayanan Kesehatan,,,,
2026,PD2,1.02.02.1.01.0001,Penurunan Stunting,"10,274,076","IKU3,IKU4",iya,tdk
""",
    "rencana_kas": """tahun,kode_kegiatan,bulan,nilai
2026,1.01.02.1.01.0001,1,"500.000.000"
2026,1.01.02.1.01.0001,Feb,"500,000,000"
2026,1.01.02.1.01.0001,Maret,Rp 0.5 M
2026,1.01.02.1.01.0002,Agt,1.250
2026,1.01.02.1.01.0002,Okt,"1.234,5"
2026,1.01.02.1.01.0002,Nop,"1,23E+06"
2026,1.01.02.1.01.0002,Des,IDR 5.000
2026,1.02.02.1.01.0001,04,"Rp 5.000,-"
2026,1.02.02.1.01.0001,bulan Mei,1 234 567
""",
    "realisasi_anggaran": """tahun,kode_kegiatan,bulan,realisasi,realisasi_kumulatif,fisik_persen
2026,1.01.02.1.01.0001,Januari,"100.000.000",,"10 %"
2026,1.01.02.1.01.0001,Februari,Rp 200 jt,,"25,5"
2026,1.01.02.1.01.0002,Agustus,,"1.250",0.125
2026,1.01.02.1.01.0002,September,,"1.250,5","12,5 %"
""",
    "jadwal": """tahun,kode_kegiatan,tahap,bulan_mulai,bulan_selesai
2026,1.01.02.1.01.0001,Persiapan,Jan,Feb
2026,1.01.02.1.01.0001,PELAKSANAAN,3,Okt
2026,1.01.02.1.01.0001,pelaporan,Des,11
""",
    "program_unggulan": """kode_unggulan,nama,kode_pd,kode_indikator,kode_kegiatan,status
GC1,Sekolah Gratis,PD1,IKU2,1.01.02.1.01.0001,Sesuai Jadwal
GC2,Stunting Nol,PD2,IKU3,,berisiko
""",
    "tonggak": """kode_unggulan,tonggak,bulan_rencana,tanggal_selesai
GC1,Lelang selesai,Maret 2026,20/03/2026
GC1,Konstruksi,2026-09,
GC2,Pendataan,03/2026,2026-04-02
""",
    "kerja_sama": """nomor,judul,mitra,kode_pd,tanggal_mulai,tanggal_berakhir,masuk_perencanaan,masuk_anggaran,kode_kegiatan
KS-1,Beasiswa,Universitas Negeri,PD1,1 Maret 2025,28/02/2027,ya,tidak,1.01.02.1.01.0001
KS-2,Air bersih,Kab. Tetangga,PD2,2024-06-01,2026-05-31,Y,Y,
""",
}

RUSAK: dict[str, str] = {
    **BERANTAKAN,
    "target": """kode_indikator,tahun,periode,target,target_min,target_max
IKU1,2026,TAHUNAN,1.23.4,,
IKU2,2026,TW1,belum ada data,,
IKU2,2026,TW2,80-90,,
IKU2,2026,TW3,#DIV/0!,,
IKU2,2026,TW5,10,,
IKU3,2026,Semester I,,18,20
IKU4,2026,TAHUNAN,,"2,5 *)","≥ 3"
IKU5,2026,TAHUNAN,"(-5)",,
""",
    "rencana_kas": """tahun,kode_kegiatan,bulan,nilai
2026,1.01.02.1.01.0001,13,1
2026,1.01.02.1.01.0001,Maretan,1
26,1.01.02.1.01.0001,1,1
2026,1.01.02.1.01.0001,2,12 Dokumen
""",
    "tonggak": """kode_unggulan,tonggak,bulan_rencana,tanggal_selesai
GC1,Lelang selesai,Maret 26,31/02/2026
GC1,Konstruksi,2026-13,2026-04-31
GC2,Pendataan,,kemarin
""",
    "kegiatan": BERANTAKAN["kegiatan"].replace("TRUE,false", "mungkin,false"),
}


def tulis(folder: Path, isi: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for tabel, teks in isi.items():
        (folder / f"{tabel}.csv").write_text(teks, encoding="utf-8")
    return folder


def isi_semua(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            t: sorted(con.execute(f"select {', '.join(s.nama_kolom)} from {t}").fetchall(), key=repr)
            for t, s in TABEL.items()
        }


def sebagai_set(temuan: list[Temuan]) -> list[tuple]:
    return sorted(((t.tingkat, t.berkas, t.baris or 0, t.kolom, t.nilai, t.pesan) for t in temuan), key=repr)


@pytest.fixture(scope="module")
def dua_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[Temuan], list[Temuan]]:
    tmp = tmp_path_factory.mktemp("dua_jalur")
    folder = tulis(tmp / "berantakan", BERANTAKAN)
    biasa, massal = tmp / "biasa.duckdb", tmp / "massal.duckdb"
    h_biasa = impor_path([folder], biasa)
    h_massal = impor_massal(folder, massal)
    assert h_biasa.ok, [str(t) for t in h_biasa.temuan if t.tingkat == "galat"]
    assert h_massal.ok, [str(t) for t in h_massal.temuan if t.tingkat == "galat"]
    return biasa, massal, h_biasa.temuan, h_massal.temuan


def test_both_paths_store_the_same_rows(dua_db: tuple[Path, Path, list[Temuan], list[Temuan]]) -> None:
    biasa, massal, _, _ = dua_db
    a, b = isi_semua(biasa), isi_semua(massal)
    for tabel in TABEL:
        assert a[tabel] == b[tabel], tabel
    # every data line of the folder is one row, plus (v2) one perjanjian_kinerja row per perangkat_daerah
    # line with a tanggal_pk: PD1, PD2 and PD3 all have one
    assert sum(map(len, a.values())) == sum(t.count("\n") - 1 for t in BERANTAKAN.values()) + 3


def test_both_paths_give_the_same_warnings(dua_db: tuple[Path, Path, list[Temuan], list[Temuan]]) -> None:
    _, _, t_biasa, t_massal = dua_db
    assert sebagai_set(t_massal) == sebagai_set(t_biasa)


@pytest.mark.parametrize(
    "sel",
    [
        # the contract's own examples, as written out by hand
        ("indikator.csv", 3, "target_akhir_periode", "1.250", 1250.0),  # single dot + 3 digits: thousands, warned
        ("indikator.csv", 5, "target_akhir_periode", "1,250", 1.25),  # single comma: decimal, warned
        ("rencana_kas.csv", 5, "nilai", "1.250", 1250.0),
        ("realisasi.csv", 9, "realisasi", "1,250", 1.25),
        ("realisasi_anggaran.csv", 4, "realisasi_kumulatif", "1.250", 1250.0),
    ],
)
def test_ambiguous_cells_are_read_and_warned_alike(
    dua_db: tuple[Path, Path, list[Temuan], list[Temuan]], sel: tuple[str, int, str, str, float]
) -> None:
    berkas, baris, kolom, nilai, dibaca = sel
    for temuan in dua_db[2:]:
        cocok = [t for t in temuan if (t.berkas, t.baris, t.kolom, t.nilai) == (berkas, baris, kolom, nilai)]
        assert len(cocok) == 1 and cocok[0].tingkat == "peringatan", cocok
        assert nilai in cocok[0].pesan
    tabel = berkas.removesuffix(".csv")
    for db in dua_db[:2]:
        with duckdb.connect(str(db), read_only=True) as con:
            tersimpan = {r[0] for r in con.execute(f"select {kolom} from {tabel}").fetchall()}
        assert dibaca in tersimpan


def test_written_out_values_land_in_both_databases(dua_db: tuple[Path, Path, list[Temuan], list[Temuan]]) -> None:
    """A few cells per form, expected values written out by hand."""
    for db in dua_db[:2]:
        with duckdb.connect(str(db), read_only=True) as con:
            q = con.execute
            assert q(
                "select nilai from rencana_kas where kode_kegiatan = '1.01.02.1.01.0001' order by bulan"
            ).fetchall() == [
                (500_000_000.0,),
                (500_000_000.0,),
                (500_000_000.0,),
            ]
            assert q(
                "select bulan, nilai from rencana_kas where kode_kegiatan = '1.01.02.1.01.0002' order by bulan"
            ).fetchall() == [(8, 1250.0), (10, 1234.5), (11, 1_230_000.0), (12, 5000.0)]
            assert q("select target from target where kode_indikator = 'IKU5' order by periode").fetchall() == [
                (1_234_567.5,),
                (1_234_567.5,),
                (1_234_567.0,),
                (1_200_000.0,),
            ]
            assert q("select periode, target_min, target_max from target where kode_indikator = 'IKU3'").fetchall() == [
                ("TAHUNAN", 18.0, 20.0)
            ]
            assert q("select periode, realisasi from realisasi where kode_indikator = 'IKU3'").fetchall() == [
                ("TW4", 19.25)
            ]
            assert q(
                "select realisasi from realisasi where kode_indikator = 'IKU2' and periode = 'TW2'"
            ).fetchall() == [(0.0,)]
            # v2: tanggal_pk is not stored on the OPD; each date becomes the perjanjian_kinerja row of its year
            assert q(
                "select kode_pemda, kode_pd, tahun, tanggal_tanda_tangan::varchar from perjanjian_kinerja order by all"
            ).fetchall() == [
                ("77", "PD1", 2026, "2026-02-20"),
                ("77", "PD2", 2026, "2026-02-20"),
                ("77", "PD3", 2026, "2026-01-31"),
            ]
            assert q("select kode_pemda, nama_kepala from perangkat_daerah order by kode_pd").fetchall() == [
                ("77", "Budi"),
                ("77", "Sari"),
                ("77", "Rina"),
            ]
            assert q("select prioritas, game_changer from kegiatan order by kode_kegiatan").fetchall() == [
                (True, False),
                (True, False),
                (True, False),
                (True, False),
                (True, False),
                (None, None),
                (True, False),
            ]
            assert q("select kode_indikator from kegiatan where pagu = 10274076").fetchall() == [("IKU3;IKU4",)]
            assert q("select bulan_rencana from tonggak order by kode_unggulan, tonggak").fetchall() == [
                ("2026-09",),
                ("2026-03",),
                ("2026-03",),
            ]


def test_both_paths_refuse_the_same_cells_and_write_nothing(tmp_path: Path) -> None:
    folder = tulis(tmp_path / "rusak", RUSAK)
    hasil = {}
    for nama, jalur in (("biasa", impor_path), ("massal", impor_massal)):
        db = tmp_path / f"{nama}.duckdb"
        h = jalur([folder], db) if jalur is impor_path else jalur(folder, db)
        assert not h.ok
        assert not db.exists() or h.batch_id is None
        hasil[nama] = h.temuan
    assert sebagai_set(hasil["massal"]) == sebagai_set(hasil["biasa"])
    galat = {(t.berkas, t.baris, t.kolom) for t in hasil["biasa"] if t.tingkat == "galat"}
    assert {
        ("target.csv", 2, "target"),
        ("target.csv", 3, "target"),
        ("target.csv", 4, "target"),
        ("target.csv", 5, "target"),
        ("target.csv", 6, "periode"),
        ("target.csv", 7, "periode"),
        ("target.csv", 8, "target_min"),
        ("target.csv", 8, "target_max"),
        ("target.csv", 9, "target"),
        ("rencana_kas.csv", 2, "bulan"),
        ("rencana_kas.csv", 3, "bulan"),
        ("rencana_kas.csv", 4, "tahun"),
        ("rencana_kas.csv", 5, "nilai"),
        ("tonggak.csv", 2, "bulan_rencana"),
        ("tonggak.csv", 2, "tanggal_selesai"),
        ("tonggak.csv", 3, "bulan_rencana"),
        ("tonggak.csv", 3, "tanggal_selesai"),
        ("tonggak.csv", 4, "bulan_rencana"),
        ("tonggak.csv", 4, "tanggal_selesai"),
        ("kegiatan.csv", 5, "prioritas"),
    } == galat


# --- the bulk path's SQL for plain cells agrees with pantau.values -------------------------------

_KOLOM_UJI = [
    Kolom("angka", "angka"),
    Kolom("tahun", "bulat"),
    Kolom("bulat", "bulat"),
    Kolom("bulan", "bulan"),
    Kolom("bool", "bool"),
    Kolom("periode", "periode"),
    Kolom("periode_tw", "periode_tw"),
    Kolom("tanggal", "tanggal"),
    Kolom("bulan_tahun", "bulan_tahun"),
    Kolom("kode", "kode"),
    Kolom("teks", "teks"),
    TABEL["indikator"].kolom_bernama("agregasi"),
]
_BAHAN = st.sampled_from([*"0123456789.,-+ %", "Rp ", "TW", "tw", "ya", "Y", "2026", "-", "E+", "\u00a0", "a", "/"])
_SEL = st.one_of(
    st.lists(_BAHAN, min_size=1, max_size=8).map("".join),
    st.from_regex(r"-?[0-9]{1,7}(\.[0-9]{1,5})?", fullmatch=True),
    st.from_regex(r"[-+]?0*[1-9][0-9]{0,2}([.,][0-9]{3})+([.,][0-9]{1,3})?", fullmatch=True),  # 1.250, 1.234,5
    st.from_regex(r"(19|20|21)[0-9]{2}-[0-9]{2}(-[0-9]{2})?", fullmatch=True),
    st.sampled_from(["TW1", "tw1", "TW 1", "TAHUNAN", "Tahunan", "ya", "YA", "Ya", "1", "01", "12", "13", "0"]),
    st.text(max_size=6),
)


# No shrinking: a failure already names the cell, and shrinking 100+ cells takes minutes.
@settings(max_examples=25, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(sel=st.lists(_SEL, min_size=100, max_size=200))
def test_plain_cell_sql_reads_what_values_reads(sel: list[str]) -> None:
    """Where the bulk path's SQL reads a cell itself, its value is the parser's and the parser has no warning."""
    con = duckdb.connect()
    try:
        sel = [s for s in sel if "\x00" not in s]
        m = pd.DataFrame({k.nama: pd.Series(sel, dtype="object") for k in _KOLOM_UJI})
        con.register("m", m)
        for k in _KOLOM_UJI:
            baca = pengurai(k)
            for mentah, cepat in con.execute(f'select "{k.nama}", ({_cepat(k)})::varchar from m').fetchall():
                if cepat is None:
                    continue
                try:
                    h = baca(mentah)
                except NilaiTidakTerbaca as exc:  # pragma: no cover - a failure shows the cell
                    raise AssertionError(f"{k.nama}: SQL read {mentah!r} as {cepat}, values.py refuses: {exc}") from exc
                assert h.peringatan is None, (k.nama, mentah, h.peringatan)
                harap = h.nilai
                if isinstance(harap, float):
                    assert float(cepat) == harap, (k.nama, mentah)
                elif isinstance(harap, bool):
                    assert cepat == str(harap).lower(), (k.nama, mentah)
                else:
                    assert cepat == str(harap), (k.nama, mentah, cepat, harap)
    finally:
        con.close()


def test_the_bulk_path_leaves_the_database_unchanged_on_refusal(tmp_path: Path) -> None:
    db = tmp_path / "db.duckdb"
    assert impor_path([tulis(tmp_path / "awal", {k: BERANTAKAN[k] for k in ("pemda", "perangkat_daerah")})], db).ok
    sebelum = hashlib.sha256(db.read_bytes()).hexdigest()
    assert not impor_massal(tulis(tmp_path / "rusak", RUSAK), db).ok
    assert hashlib.sha256(db.read_bytes()).hexdigest() == sebelum
