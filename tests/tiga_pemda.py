"""A province and two of its kabupaten whose codes are identical (contract v2, issue 15).

Kalimantan Tengah (62) with Kotawaringin Timur (62.02) and Seruyan (62.07), real Kemendagri codes. All
three have the same SKPD code for Dinas Kesehatan and Bappeda, the same program/kegiatan/sub kegiatan
codes, the same IKU codes (IKU-01, IKU-02), sasaran, janji, program unggulan, kerja sama and tindak lanjut
codes; only the numbers differ. Every figure in HARAPAN is worked out by hand below, from the rows.

    folder = tulis_tiga_pemda(tmp_path / "impor")            # one folder, kode_pemda in every file
    per_pemda = tulis_tiga_pemda(tmp_path / "impor", per_pemda=True)   # pemda.csv + one v1 folder per pemda
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau.importer import impor_path

PEMDA = ("62", "62.02", "62.07")
NAMA = {"62": "Provinsi Kalimantan Tengah", "62.02": "Kabupaten Kotawaringin Timur", "62.07": "Kabupaten Seruyan"}
DINKES = "1.02.0.00.0.00.01.0000"
BAPPEDA = "5.01.5.05.0.00.01.0000"
SUB_1 = "1.02.02.2.01.0001"
SUB_2 = "1.02.02.2.01.0002"
F = {"62": 3, "62.02": 2, "62.07": 1}  # each pemda's scale

# IKU-01 (kumulatif, positif): quarterly targets f×(2, 3, 3, 2); realisasi per pemda and quarter.
REALISASI_IKU_01 = {"62": {1: 6, 2: 9}, "62.02": {1: 2, 2: 6}, "62.07": {1: 1}}
# IKU-02 (nilai_akhir, negatif, (2T-R)/T): TAHUNAN target and the TW2 level.
TARGET_IKU_02 = {"62": 20, "62.02": 25, "62.07": 30}
REALISASI_IKU_02 = {"62": 18, "62.02": 25, "62.07": 33}
PAGU_1 = {p: 1_000_000_000 * F[p] for p in PEMDA}  # sub kegiatan 0001
PAGU_2 = {p: 500_000_000 * F[p] for p in PEMDA}  # sub kegiatan 0002
REALISASI_BULAN_1 = {"62": 250_000_000, "62.02": 100_000_000, "62.07": 50_000_000}  # 0001, January–June
PELAKSANAAN = {"62": (2, 11), "62.02": (3, 12), "62.07": (1, 6)}

HARAPAN = {
    # pagu of the sub kegiatan rows (6-segment codes) in 2026
    "pagu_2026": {"62": 4_500_000_000, "62.02": 3_000_000_000, "62.07": 1_500_000_000},
    # IKU-01 year to date: TW1 = R1/T1; TW2 = (R1+R2)/(T1+T2)
    # 62: 6/6 = 100 %, 15/15 = 100 %; 62.02: 2/4 = 50 %, 8/10 = 80 %; 62.07: 1/2 = 50 % (no TW2)
    "capaian_iku_01": {("62", "TW1"): 100.0, ("62", "TW2"): 100.0, ("62.02", "TW1"): 50.0, ("62.02", "TW2"): 80.0,
                       ("62.07", "TW1"): 50.0},
    # IKU-02 TW2, (2T - R)/T: 62 (40-18)/20 = 110 %; 62.02 (50-25)/25 = 100 %; 62.07 (60-33)/30 = 90 %
    "capaian_iku_02": {"62": 110.0, "62.02": 100.0, "62.07": 90.0},
    # money spent on 0001 to June: six months of REALISASI_BULAN_1; 0002 spends nothing
    "realisasi_juni": {"62": 1_500_000_000, "62.02": 600_000_000, "62.07": 300_000_000},
    # absorption at June = realisasi_juni / pagu_2026: 1.5/4.5, 0.6/3, 0.3/1.5
    "serapan_juni_persen": {"62": 100 / 3, "62.02": 20.0, "62.07": 20.0},
    # months in execution of 0001 (jadwal pelaksanaan), 0002 executes Oct–Dec everywhere
    "bulan_pelaksanaan_0001": {"62": 10, "62.02": 10, "62.07": 6},
    # cash plan of 0001: pagu/10 each month January–October; of 0002: 40 % / 30 % / 30 % in Oct, Nov, Dec
    "rencana_kas_setahun": {"62": 4_500_000_000, "62.02": 3_000_000_000, "62.07": 1_500_000_000},
    # PK 2026 of Dinkes: 62 signed 10 Feb (on time, deadline end of February), 62.02 20 Mar (late), 62.07 none
    "pk_dinkes": {"62": "2026-02-10", "62.02": "2026-03-20", "62.07": None},
    "tindak_lanjut_status": {"62": "selesai", "62.02": "proses", "62.07": "belum"},
}  # fmt: skip


def _csv(rows: list[str]) -> str:
    return "\n".join(rows) + "\n"


def tabel_pemda(p: str) -> dict[str, str]:
    """The tables of one pemda (without kode_pemda: a version 1 file, 'one pemda per file')."""
    f = F[p]
    t1 = [2 * f, 3 * f, 3 * f, 2 * f]
    r1 = REALISASI_IKU_01[p]
    m0, m1 = PELAKSANAAN[p]
    tonggak_selesai = {"62": "2026-03-15", "62.02": "", "62.07": ""}[p]
    bulan_tonggak = {"62": "2026-03", "62.02": "2026-03", "62.07": "2026-12"}[p]
    pk = HARAPAN["pk_dinkes"][p]
    tl = HARAPAN["tindak_lanjut_status"][p]
    return {
        "perangkat_daerah": _csv(
            [
                "kode_pd,nama_pd,singkatan,nama_kepala",
                f"{DINKES},Dinas Kesehatan {NAMA[p]},Dinkes,Kepala Dinkes {p}",
                f"{BAPPEDA},Bappeda {NAMA[p]},Bappeda,Kepala Bappeda {p}",
            ]
        ),
        "perjanjian_kinerja": _csv(
            ["kode_pd,tahun,tanggal_tanda_tangan,nama_penanda_tangan"]
            + ([f"{DINKES},2026,{pk},Kepala Dinkes {p}"] if pk else [])
            + [f"{BAPPEDA},2026,2026-01-20,Kepala Bappeda {p}"]
        ),
        "sasaran": _csv(
            [
                "kode_sasaran,uraian,kode_pd,kode_induk,misi",
                f"S-01,Meningkatnya derajat kesehatan {NAMA[p]},,,Misi 1",
                f"S-01.01,Meningkatnya layanan kesehatan dasar {NAMA[p]},{DINKES},S-01,",
            ]
        ),
        "indikator": _csv(
            [
                "kode_indikator,nama_indikator,satuan,kode_pd,jenis,polaritas,agregasi,kode_sasaran,kode_referensi",
                f"IKU-01,Jumlah puskesmas terakreditasi,unit,{DINKES},IKU_PD,positif,kumulatif,S-01.01,",
                f"IKU-02,Prevalensi stunting,persen,{DINKES},IKU_PEMDA,negatif,nilai_akhir,S-01,REF-STUNTING",
            ]
        ),
        "target": _csv(
            ["kode_indikator,tahun,periode,target"]
            + [f"IKU-01,2026,TW{q},{t1[q - 1]}" for q in range(1, 5)]
            + [f"IKU-02,2026,TAHUNAN,{TARGET_IKU_02[p]}"]
        ),
        "realisasi": _csv(
            ["kode_indikator,tahun,periode,realisasi,faktor_penghambat"]
            + [f"IKU-01,2026,TW{q},{v},{'Lelang ulang' if v < t1[q - 1] else ''}" for q, v in r1.items()]
            + [f"IKU-02,2026,TW2,{REALISASI_IKU_02[p]},"]
        ),
        "kegiatan": _csv(
            [
                "tahun,kode_pd,kode_kegiatan,nama,pagu,kode_indikator,prioritas,game_changer",
                f"2026,{DINKES},1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN,,IKU-01,ya,tidak",
                f"2026,{DINKES},1.02.02.2.01,Penyediaan Fasilitas Pelayanan Kesehatan,,,ya,tidak",
                f"2026,{DINKES},{SUB_1},Pembangunan Puskesmas,{PAGU_1[p]},IKU-01;IKU-02,ya,ya",
                f"2026,{DINKES},{SUB_2},Pengadaan Alat Kesehatan,{PAGU_2[p]},IKU-01,tidak,tidak",
            ]
        ),
        "jadwal": _csv(
            [
                "tahun,kode_kegiatan,tahap,bulan_mulai,bulan_selesai",
                f"2026,{SUB_1},pelaksanaan,{m0},{m1}",
                f"2026,{SUB_2},pelaksanaan,10,12",
            ]
        ),
        "rencana_kas": _csv(
            ["tahun,kode_kegiatan,bulan,nilai"]
            + [f"2026,{SUB_1},{b},{PAGU_1[p] // 10}" for b in range(1, 11)]
            + [f"2026,{SUB_2},{b},{PAGU_2[p] * s // 10}" for b, s in ((10, 4), (11, 3), (12, 3))]
        ),
        "realisasi_anggaran": _csv(
            ["tahun,kode_kegiatan,bulan,realisasi,fisik_persen"]
            + [f"2026,{SUB_1},{b},{REALISASI_BULAN_1[p]},{b * 8}" for b in range(1, 7)]
        ),
        "janji_kampanye": _csv(["kode_janji,uraian,misi,tahun_mulai,tahun_selesai", f"J-01,Puskesmas di setiap kecamatan {p},Misi 1,2025,2029"]),
        "tag_janji": _csv(["tahun,kode_kegiatan,kode_janji,bentuk_dukungan,output", f"2026,{SUB_1},J-01,Pembangunan,Puskesmas"]),
        "program_unggulan": _csv(
            [
                "kode_unggulan,nama,kode_pd,kode_indikator,kode_kegiatan,status,tanggal_status,tahun_mulai,tahun_selesai",
                f"PU-01,Puskesmas Prima {p},{DINKES},IKU-01,{SUB_1},sesuai_jadwal,2026-06-30,2025,2029",
            ]
        ),
        "tonggak": _csv(["kode_unggulan,tonggak,bulan_rencana,tanggal_selesai", f"PU-01,Lelang,{bulan_tonggak},{tonggak_selesai}"]),
        "kerja_sama": _csv(
            [
                "nomor,judul,mitra,kode_pd,tanggal_mulai,tanggal_berakhir,masuk_perencanaan,masuk_anggaran,kode_kegiatan",
                f"KS-01,Rujukan kesehatan {p},RSUD Mitra {p},{DINKES},2025-01-01,2027-12-31,ya,ya,{SUB_1}",
            ]
        ),
        "evaluasi_sakip": _csv(["tahun,kode_pd,nilai,target_predikat", f"2025,,{ {'62': 72.5, '62.02': 65, '62.07': 55}[p] },BB"]),
        "tindak_lanjut": _csv(
            [
                "kode_tindak_lanjut,uraian,kode_pd,batas_waktu,status,rapat,tanggal_rapat,kode_indikator,kode_kegiatan",
                f"TL-01,Percepat lelang puskesmas {p},{DINKES},2026-05-31,{tl},Rapat Evaluasi TW I,2026-04-15,IKU-01,{SUB_1}",
            ]
        ),
    }  # fmt: skip


PEMDA_CSV = _csv(
    ["kode_pemda,nama_pemda,tingkat,kode_induk", f"62,{NAMA['62']},provinsi,"]
    + [f"{p},{NAMA[p]},kabupaten,62" for p in PEMDA[1:]]
)


def _dengan_pemda(teks: str, p: str) -> str:
    baris = teks.strip("\n").split("\n")
    return "\n".join([f"kode_pemda,{baris[0]}"] + [f"{p},{b}" for b in baris[1:]]) + "\n"


def tulis_tiga_pemda(folder: Path, *, per_pemda: bool = False) -> Path | dict[str, Path]:
    """Write the import: one folder with kode_pemda in every file, or (`per_pemda`) `pemda/pemda.csv` and one
    version 1 folder per pemda (without kode_pemda, imported with `pemda=`)."""
    folder.mkdir(parents=True, exist_ok=True)
    if per_pemda:
        (folder / "pemda").mkdir(exist_ok=True)
        (folder / "pemda" / "pemda.csv").write_text(PEMDA_CSV, encoding="utf-8")
        hasil = {"pemda": folder / "pemda"}
        for p in PEMDA:
            d = folder / p
            d.mkdir(exist_ok=True)
            for tabel, teks in tabel_pemda(p).items():
                (d / f"{tabel}.csv").write_text(teks, encoding="utf-8")
            hasil[p] = d
        return hasil
    (folder / "pemda.csv").write_text(PEMDA_CSV, encoding="utf-8")
    gabung: dict[str, list[str]] = {}
    for p in PEMDA:
        for tabel, teks in tabel_pemda(p).items():
            baris = _dengan_pemda(teks, p).strip("\n").split("\n")
            gabung.setdefault(tabel, [baris[0]]).extend(baris[1:])
    for tabel, baris in gabung.items():
        (folder / f"{tabel}.csv").write_text("\n".join(baris) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def tiga_pemda_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three pemda imported in one go into a fresh database file (read-only for tests: copy to write)."""
    d = tmp_path_factory.mktemp("tiga_pemda")
    hasil = impor_path([tulis_tiga_pemda(d / "impor")], d / "pantau.duckdb")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    return d / "pantau.duckdb"
