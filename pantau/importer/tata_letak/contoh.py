"""Example workbooks in the real layouts of ../shared/formats/ (exact header text copied from there), filled with
small, hand-countable numbers: the templates the Impor Data page offers, and the files the tests import. Rows and columns are where the formats put them (row numbers are 1-based as in
the format files). Each builder returns {sheet: {(row, col): value}}; `xlsx` / `csv` write it.

Numbers used by the tests (rupiah, juta = 1.000.000):
- PRP2 (C1, Dinas Kesehatan = PD2, 2026): BELANJA Target per month TARGET_PRP2 (sum 1.800 jt), Realisasi
  REALISASI_PRP2 (Jan 50, Feb 80, Mar 150 jt, then 0 = not reported yet).
- LRA (C2, PD2, s.d. 30 Juni 2026): 5.1 anggaran 1.000 jt, realisasi BPKAD 400 jt, serapan OPD 450 jt;
  5.2 500 / 100 / 120 jt; 5.3 and 5.4 zero; row 5 = their sums.
- SIPD anggaran kas (C7, sub kegiatan 1.01.02.1.01.0001 of PD1, 2026): two akun rows, 50 jt and 75 jt every month.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pantau import unduh

JT = 1_000_000
Sel = dict[tuple[int, int], object]  # (row, col), both 1-based → value; a str starting with "=" is a formula
Buku = dict[str, Sel]

BULAN_PRP2 = [
    "Januari", "Februari", "Maret", "Triwulan I", "April", "Mei", "Juni", "Triwulan II",
    "Juli", "Agustus", "September", "Triwulan III", "Oktober", "November", "Desember", "Triwulan IV",
]  # fmt: skip
TARGET_PRP2 = [100, 100, 200, 100, 100, 200, 100, 100, 200, 100, 100, 400]
REALISASI_PRP2 = [50, 80, 150, 0, 0, 0, 0, 0, 0, 0, 0, 0]


def _baris(sel: Sel, row: int, mulai: int, nilai: list[object]) -> None:
    for j, v in enumerate(nilai):
        if v is not None and v != "":
            sel[(row, mulai + j)] = v


def _kolom(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def prp2(
    *,
    target: list[float] = TARGET_PRP2,
    realisasi: list[float] = REALISASI_PRP2,
    opd: str = "OPD Dinas Kesehatan",
    geser: int = 0,
    tanpa: str | None = None,
    subtotal_salah: bool = False,
    teks_di: tuple[int, str] | None = None,
    bulan_ganda: bool = False,
) -> Buku:
    """C1 (prp2_toba Format_Anggaran_Kas.xlsx), sheet JAN-FEB: title rows 3–5, header row 7, PENDAPATAN/BELANJA/
    PEMBIAYAAN Target/Realisasi pairs in rows 8–13 (numbers in juta × 1.000.000), Triwulan formulas with values.

    Broken variants: `geser` moves the header and data down; `tanpa` drops a month's column; `subtotal_salah` puts a
    wrong Triwulan I value; `teks_di` = (month index, text) puts text in BELANJA Target; `bulan_ganda` labels the
    April column "Maret"."""
    s: Sel = {}
    g = geser
    s[(3, 1)] = "TARGET (MENURUT ANGGARAN KAS) DAN REALISASI KEUANGAN"
    s[(4, 1)] = opd
    s[(5, 1)] = "TAHUN ANGGARAN 2026"
    kepala = ["Nama OPD", "Total Anggaran", "", "Rincian", *BULAN_PRP2]
    if bulan_ganda:
        kepala[kepala.index("April")] = "Maret"
    if tanpa:
        kepala = [k for k in kepala if k != tanpa]
    _baris(s, 7 + g, 1, kepala)

    def pasangan(baris: int, nama: str, sebutan: tuple[str, str], t: list[float], r: list[float]) -> None:
        for k, (label, nilai) in enumerate(((sebutan[0], t), (sebutan[1], r))):
            row = baris + k + g
            if k == 0:
                s[(row, 2)] = nama
                s[(row, 3)] = "Rp. "
            s[(row, 4)] = label
            col = 5
            for tw in range(4):
                mulai = col
                for b in range(3):
                    bulan_nama = BULAN_PRP2[tw * 4 + b]
                    if bulan_nama == tanpa:
                        continue
                    v: object = nilai[tw * 3 + b] * JT
                    if teks_di and nama == "BELANJA" and k == 0 and teks_di[0] == tw * 3 + b:
                        v = teks_di[1]
                    s[(row, col)] = v
                    col += 1
                jumlah = sum(nilai[tw * 3 : tw * 3 + 3]) * JT
                if subtotal_salah and tw == 0 and nama == "BELANJA" and k == 0:
                    jumlah += 7 * JT
                s[(row, col)] = (f"=SUM({_kolom(mulai)}{row}:{_kolom(col - 1)}{row})", jumlah)
                col += 1

    nol = [0] * 12
    pasangan(8, "PENDAPATAN", ("TARGET", "REALISASI"), nol, nol)
    pasangan(10, "BELANJA", ("Target", "Realisasi"), target, realisasi)
    pasangan(12, "PEMBIAYAAN", ("Target", "Realisasi"), nol, nol)
    s[(15 + g, 2)] = "BAGIAN KEUANGAN"
    s[(15 + g, 14)] = "KEPALA OPD"
    s[(19 + g, 8)] = "Catatan :"
    s[(19 + g, 9)] = "Format Cell tidak menggunakan koma (,)"
    return {"JAN-FEB": s}


C1B_TARGET = [41897000, 40897000, 40897000, 40897000, 40897000, 40897000, 40897000, 40897000, 40897000, 40897000]
C1B_TARGET += [40897000, 40897453]


def prp2_pemkab2024() -> Buku:
    """C1b (prp2pemkab Format_Anggaran_Kas.xlsx): the same header, one BELANJA Target row (no Realisasi row) with the
    format's own numbers and =SUM() Triwulan formulas, OPD named in the title."""
    s: Sel = {}
    s[(3, 1)] = "TARGET (MENURUT ANGGARAN KAS) DAN REALISASI KEUANGAN"
    s[(4, 1)] = "OPD Dinas Kesehatan"
    s[(5, 1)] = "TAHUN ANGGARAN 2026"
    _baris(s, 7, 1, ["Nama OPD", "Total Anggaran", "", "Rincian", *BULAN_PRP2])
    s[(8, 2)], s[(8, 3)], s[(8, 4)] = "BELANJA", "Rp. ", "Target"
    col = 5
    for tw in range(4):
        mulai = col
        for b in range(3):
            s[(8, col)] = C1B_TARGET[tw * 3 + b]
            col += 1
        s[(8, col)] = (f"=SUM({_kolom(mulai)}8:{_kolom(col - 1)}8)", sum(C1B_TARGET[tw * 3 : tw * 3 + 3]))
        col += 1
    s[(10, 2)], s[(10, 14)] = "BAGIAN KEUANGAN", "KEPALA OPD"
    s[(14, 8)], s[(14, 9)] = "Catatan :", "Format Cell tidak menggunakan koma (,)"
    s[(15, 8)], s[(15, 9)] = "Format Salah :", 6105755273
    s[(16, 8)], s[(16, 9)] = "Format Benar :", 6105755273
    return {"JAN-FEB": s}


def lra(*, varian: str = "sumut", unit: str = "PD2", periode: str = "periode 1 Januari s.d 30 Juni 2026") -> Buku:
    """C2 (PRP2SUMUT LRA, ANGGARAN | REALISASI BPKAD | SERAPAN OPD) or C2b (Toba, ANGGARAN | REALISASI) with the
    merged-cell positions of the format: header labels at Q, S, T; numbers at Q, R, T (sumut) or Q, R (toba)."""
    s: Sel = {}
    s[(3, 6)] = "PEMERINTAH PROVINSI SUMATERA UTARA" if varian == "sumut" else "PEMERINTAH KABUPATEN TOBA"
    s[(4, 6)] = "LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH"
    s[(5, 6)] = periode
    for row, label, isi_ in (
        (8, "Urusan Pemerintahan", "…."),
        (9, "Unit Organisasi", unit),
        (10, "Sub Unit Organisasi", "…………………"),
    ):
        s[(row, 5)] = label
        s[(row, 12)] = ":"
        s[(row, 13)] = isi_
    s[(14, 2)] = "KODE REKENING"
    s[(14, 7)] = "URAIAN"
    s[(14, 17)] = "ANGGARAN"
    if varian == "sumut":
        s[(14, 19)] = "REALISASI BPKAD"
        s[(14, 20)] = "SERAPAN OPD"
    else:
        s[(14, 19)] = "REALISASI"
    # kode, uraian, anggaran, realisasi (BPKAD), serapan OPD (juta)
    data = [
        (18, "4", "PENDAPATAN DAERAH", 2000, 900, 0, 8),
        (19, "4.1", "PENDAPATAN ASLI DAERAH (PAD)", 2000, 900, 0, 9),
        (20, "4.2", "PENDAPATAN TRANSFER", 0, 0, 0, 9),
        (21, "4.3", "LAIN-LAIN PENDAPATAN DAERAH YANG SAH", 0, 0, 0, 9),
        (22, "5", "BELANJA DAERAH", 1500, 500, 570, 8),
        (23, "5.1", "BELANJA OPERASI", 1000, 400, 450, 9),
        (24, "5.2", "BELANJA MODAL", 500, 100, 120, 9),
        (25, "5.3", "BELANJA TIDAK TERDUGA", 0, 0, 0, 9),
        (26, "5.4", "BELANJA TRANSFER", 0, 0, 0, 9),
    ]
    for row, kode, uraian, a, r, so, col_uraian in data:
        s[(row, 4)] = kode
        s[(row, col_uraian)] = uraian
        if varian == "sumut":
            s[(row, 17)], s[(row, 18)], s[(row, 20)] = a * JT, r * JT, so * JT
        elif kode in ("4", "5"):  # Toba: the parent rows are formulas
            anak = "19:Q21" if kode == "4" else "23:Q26"
            s[(row, 17)] = (f"=SUM(Q{anak})", a * JT)
            s[(row, 18)] = (f"=SUM(R{anak.replace('Q', 'S')})", r * JT)
        else:
            s[(row, 17)], s[(row, 18)] = a * JT, r * JT
    s[(29, 18)] = "Keterangan :"
    s[(30, 18)] = "REALISASI BPKAD : Realisasi yang telah dilaporkan dan  disetujui oleh BPKAD"
    s[(31, 18)] = "SERAPAN OPD : Serapan/Realisasi yang telah dilakukan oleh OPD namun belum dilaporkan ke BPKAD"
    return {"Sheet1": s}


KOLOM_AKB = (
    [f"bulan_{i}" for i in range(1, 13)]
    + ["id_akun", "id_bidang_urusan", "id_daerah", "id_giat", "id_program", "id_skpd", "id_sub_giat", "id_sub_skpd"]
    + ["id_unit", "kode_akun", "nama_akun", "selisih", "tahun", "total_akb", "total_rincian", "active", "kode_sbl"]
    + ["kode_sbl_sub_keg", "type", "tahun_anggaran", "updated_at"]
)


def sipd_akb(*, kali: float = 1.0, rincian: tuple[float, float] = (600, 900)) -> Buku:
    """C7 data_anggaran_kas with its exact field names in the schema's order, two akun of one sub kegiatan."""
    s: Sel = {}
    _baris(s, 1, 1, KOLOM_AKB)
    for n, (akun, nama, per_bulan, pagu) in enumerate(
        (
            ("5.1.02.01.01.0024", "Belanja Alat/Bahan", 50, rincian[0]),
            ("5.2.02.05.01.0001", "Belanja Modal", 75, rincian[1]),
        )
    ):
        row = 2 + n
        nilai = {f"bulan_{i}": per_bulan * JT * kali for i in range(1, 13)}
        nilai.update(
            kode_akun=akun,
            nama_akun=nama,
            tahun=2026,
            total_akb=per_bulan * 12 * JT * kali,
            total_rincian=pagu * JT,
            selisih=pagu * JT - per_bulan * 12 * JT * kali,
            kode_sbl="1.01.02.1.01.0001",
            tahun_anggaran=2026,
            active=1,
        )
        _baris(s, row, 1, [nilai.get(k, "") for k in KOLOM_AKB])
    return {"data_anggaran_kas": s}


KOLOM_RFK = [
    "bulan", "kode_sbl", "rak", "realisasi_anggaran", "realisasi_fisik", "permasalahan", "catatan_verifikator",
    "user_edit", "user_verifikator", "update_verifikator_at", "update_fisik_at", "id_skpd", "created_at",
    "tahun_anggaran",
]  # fmt: skip


def sipd_rfk(*, realisasi: list[float] = (100, 300, 450, 600), ganda: bool = False) -> Buku:  # type: ignore[assignment]
    """C7 data_rfk: months 1–4 of sub kegiatan 1.01.02.1.01.0001, rak 125 jt a month (cumulative), realisasi
    cumulative `realisasi` jt, fisik 10/25/30/40 %."""
    s: Sel = {}
    _baris(s, 1, 1, KOLOM_RFK)
    fisik = [10, 25, 30, 40]
    bulan = [1, 2, 3, 4] + ([3] if ganda else [])
    for n, b in enumerate(bulan):
        i = b - 1
        nilai = {
            "bulan": b,
            "kode_sbl": "1.01.02.1.01.0001",
            "rak": 125 * JT * b,
            "realisasi_anggaran": realisasi[i] * JT,
            "realisasi_fisik": fisik[i],
            "id_skpd": 1,
            "tahun_anggaran": 2026,
        }
        _baris(s, 2 + n, 1, [nilai.get(k, "") for k in KOLOM_RFK])
    return {"data_rfk": s}


def madina() -> Buku:
    """C3 (prp2pemkab 38-kegiatan-….xlsx): the four sheets with their exact title and header rows."""
    judul = ["PEMERINTAH KABUPATEN MANDAILING NATAL"]
    keg: Sel = {}
    _baris(keg, 1, 1, judul)
    _baris(keg, 2, 1, ["DAFTAR KEGIATAN FISIK"])
    _baris(keg, 3, 1, ["SKPD : SEKRETARIAT DAERAH"])
    _baris(keg, 5, 1, ["NO", "KODE", "NAMA KEGIATAN", "PAGU ANGGARAN", "TAHUN KONTRAK", "NO. KONTRAK", "TGL. KONTRAK",
                        "NILAI KONTRAK", "WAKTU PEKERJAAN", "NAMA PERUSAHAAN", "DAK (Y/N)", "KOORDINAT", "LOKASI KEGIATAN"])  # fmt: skip
    _baris(keg, 6, 1, [1, "1.01.02.1.01.0001", "Pembangunan Ruang Kelas Baru", 1_500 * JT, 2026])
    fis: Sel = {}
    _baris(fis, 1, 1, judul)
    _baris(fis, 2, 1, ["DATA REALISASI FISIK"])
    _baris(fis, 3, 1, ["SKPD : SEKRETARIAT DAERAH"])
    _baris(fis, 5, 1, ["NO", "KODE", "NAMA KEGIATAN", "KODE FISIK", "JENIS TARGET [H, M, B, T]", "TAHAPAN TARGET [Angka]",
                        "JADWAL TARGET [Tanggal]", "TARGET [%]", "REALISASI [%]", "KETERANGAN"])  # fmt: skip
    _baris(fis, 6, 1, [1, "1.01.02.1.01.0001", "Pembangunan Ruang Kelas Baru", "F1", "B", 1, "2026-03-15", 20, 28])
    _baris(fis, 7, 1, [2, "1.01.02.1.01.0001", "Pembangunan Ruang Kelas Baru", "F2", "B", 2, "2026-03-31", 30, 30])
    _baris(fis, 8, 1, [3, "1.01.02.1.01.0001", "Pembangunan Ruang Kelas Baru", "F3", "B", 3, "2026-04-30", 50, 45])
    keu: Sel = {}
    _baris(keu, 1, 1, judul)
    _baris(keu, 2, 1, ["DATA REALISASI KEUANGAN"])
    _baris(keu, 3, 1, ["SKPD : SEKRETARIAT DAERAH"])
    _baris(
        keu, 5, 1, ["NO", "KODE", "NAMA KEGIATAN", "KODE KEUANGAN", "TANGGAL REALISASI", "REALISASI [RP]", "KETERANGAN"]
    )
    _baris(keu, 6, 1, [1, "1.01.02.1.01.0001", "Pembangunan Ruang Kelas Baru", "K1", "2026-03-05", 100 * JT])
    _baris(keu, 7, 1, [2, "1.01.02.1.01.0001", "Pembangunan Ruang Kelas Baru", "K2", "2026-03-20", "50.000.000"])
    _baris(keu, 8, 1, [3, "1.01.02.1.01.0001", "Pembangunan Ruang Kelas Baru", "K3", "2026-04-10", 70 * JT])
    kpa: Sel = {}
    _baris(kpa, 1, 1, judul)
    _baris(kpa, 2, 1, ["DATA REALISASI KEUANGAN"])
    _baris(kpa, 3, 1, ["SKPD : SEKRETARIAT DAERAH"])
    _baris(kpa, 5, 1, ["NO", "KODE", "NAMA KEGIATAN", "NAMA KPA", "NIP KPA"])
    return {"Kegiatan": keg, "Realisasi Fisik": fis, "Realisasi Keuangan": keu, "Nama KPA": kpa}


BULAN_DKKB = ["JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES"]


def dkkb(*, sub_kegiatan: str = "1.01.02.1.01.0001 Pembangunan Ruang Kelas Baru", tabel_kedua: bool = False) -> Buku:
    """C5 (DKKB DAN REALISASI.xlsx, sheet REALISASI of 2025 → named 'REALISASI 2026'): title rows 1–9, header row 11,
    a parent row 5.1 (subtotal) and three leaf rows; months Jan–Apr filled (juta): leaves
    5.1.02.01.01.0024: 30, 40, 0, 10; 5.1.02.01.01.0026: 20, 10, 60, 0; 5.2.02.05.01.0001: 0, 0, 90, 0."""
    s: Sel = {}
    s[(1, 1)] = "LAPORAN REALISASI ANGGARAN"
    s[(3, 1)] = "TABEL 1 - SEKSI PENGEMBANGAN"
    for row, label, isi_ in (
        (5, "BAGIAN", "SEKSI PENGEMBANGAN"),
        (6, "SUMBER ANGGARAN", "PAD MURNI"),
        (7, "PROGRAM", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI"),
        (8, "Kegiatan", ""),
        (9, "Sub Kegiatan", sub_kegiatan),
    ):
        s[(row, 1)], s[(row, 2)] = label, ":"
        if isi_:
            s[(row, 3)] = isi_
    kepala = ["NO", "KODE REKENING", "URAIAN", "SEBELUM", "SETELAH", "JUMLAH", "PAPBD", *BULAN_DKKB, "JUMLAH REALISASI"]
    _baris(s, 11, 1, kepala)
    daun = [
        ("5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", [30, 40, 0, 10]),
        ("5.1.02.01.01.0026", "Belanja Bahan Cetak", [20, 10, 60, 0]),
        ("5.2.02.05.01.0001", "Belanja Modal Peralatan", [0, 0, 90, 0]),
    ]
    induk = [sum(x) for x in zip(daun[0][2], daun[1][2], strict=True)]
    rows = [("5.1", "BELANJA OPERASI", induk), *daun]
    for n, (kode, uraian, bulan) in enumerate(rows):
        row = 12 + n
        lengkap = [b * JT for b in bulan] + [0] * 8
        _baris(s, row, 1, [n + 1, kode, uraian, 0, 0, 0, 0, *lengkap, sum(lengkap)])
    if tabel_kedua:
        _baris(s, 20, 1, kepala)
        _baris(s, 21, 1, [1, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", 0, 0, 0, 0, 5 * JT])
    return {"REALISASI 2026": s}


KOLOM_REALISASI_RENJA = (
    ["id_indikator", "id_unik_indikator_renstra", "tipe_indikator", "id_rumus_indikator", "kode_sbl"]
    + [f"realisasi_bulan_{i}" for i in range(1, 13)]
    + [f"keterangan_bulan_{i}" for i in range(1, 13)]
    + [f"pendorong_bulan_{i}" for i in range(1, 13)]
    + ["user", "active", "update_at", "tahun_anggaran"]
)


def sipd_realisasi_renja() -> Buku:
    """C7 data_realisasi_renja with its exact field names: IKU2 (kumulatif) months 1–6 = 2, 3, 3, 5, 5, 5 and IKU1
    (nilai_akhir) months 1–4 = 80, 82, 85, 86; id_indikator holds the kode_indikator."""
    s: Sel = {}
    _baris(s, 1, 1, KOLOM_REALISASI_RENJA)
    for row, kode, bulan, dorong in (
        (2, "IKU2", [2, 3, 3, 5, 5, 5], {3: "Dana BOS cair", 6: "Lelang selesai"}),
        (3, "IKU1", [80, 82, 85, 86], {4: "Sosialisasi PPDB"}),
    ):
        nilai: dict[str, object] = {"id_indikator": kode, "active": 1, "tahun_anggaran": 2026}
        nilai.update({f"realisasi_bulan_{i + 1}": v for i, v in enumerate(bulan)})
        nilai.update({f"pendorong_bulan_{b}": t for b, t in dorong.items()})
        _baris(s, row, 1, [nilai.get(k, "") for k in KOLOM_REALISASI_RENJA])
    return {"data_realisasi_renja": s}


E81_KEPALA = [
    "No",
    "Tujuan",
    "Sasaran",
    "Kode",
    "Program, Kegiatan, Sub Kegiatan",
    "Indikator Kinerja Tujuan, Sasaran, Program(outcome) dan Kegiatan (output), Sub Kegiatan",
    "Target Renstra SKPD pada Tahun 2025 s/d 2029 (periode Renstra SKPD)",
    "Realisasi Capaian Kinerja Renstra SKPD sampai dengan Renja SKPD Tahun Lalu",
    "Target kinerja dan anggaran Renja SKPD Tahun Berjalan Tahun 2026 yang dievaluasi",
    "Realisasi Kinerja Pada Triwulan",
    "Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang dievaluasi",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang dievaluasi (%)",
    "Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun 2026 (Akhir Tahun Pelaksanaan Renja SKPD)",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s/d tahun 2026 (%)",
    "Unit OPD Penanggung Jawab",
    "Keterangan",
]


def renja(*, jumlah_salah: bool = False) -> Buku:
    """C6 (wp-sipd Monev RENJA, E.81): header texts verbatim (year placeholders filled with 2025–2029 and 2026), four
    header rows (titles; I–IV under the merged triwulan title; column numbers; K/Rp), then the mini's indicators:
    IKU2 (Jumlah sekolah direhabilitasi) K 8, 15, 5 and IKU3 (Prevalensi stunting) K TW II 21 and TW III 19."""
    s: Sel = {}
    # A–F text columns; G…AB eleven K/Rp pairs (columns 5–15, triwulan I–IV = 8–11 at M, O, Q, S); AC, AD
    posisi = {
        0: 1,
        1: 2,
        2: 3,
        3: 4,
        4: 5,
        5: 6,
        6: 7,
        7: 9,
        8: 11,
        9: 13,
        10: 21,
        11: 23,
        12: 25,
        13: 27,
        14: 29,
        15: 30,
    }
    for i, teks_ in enumerate(E81_KEPALA):
        s[(1, posisi[i])] = teks_
    for n, romawi in enumerate(("I", "II", "III", "IV")):
        s[(2, 13 + 2 * n)] = romawi
    nomor = ["0", "1", "2", "3", "4", "", "5", "6", "7", "8", "9", "10", "11"]
    nomor += ["12 = 8+9+10+11", "13 = 12/7x100", "14 = 6 + 12", "15 = 14/5 x100"]
    kolom_nomor = [1, 2, 3, 4, 5, 6, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27]
    for k, x in zip(kolom_nomor, nomor, strict=True):
        if x:
            s[(3, k)] = x
    s[(3, 29)], s[(3, 30)] = "16", "17"
    for k in range(7, 29, 2):
        s[(4, k)], s[(4, k + 1)] = "K", "Rp"
    data = [
        (5, "1.01.02.1.01.0001", "Pembangunan Ruang Kelas Baru", "Jumlah sekolah direhabilitasi", [8, 15, 5, None]),
        (6, "1.02.02", "Program Pemenuhan Upaya Kesehatan", "Prevalensi stunting", [None, 21, 19, None]),
    ]
    for row, kode, nama, indikator, tw in data:
        s[(row, 1)], s[(row, 4)], s[(row, 5)], s[(row, 6)] = row - 4, kode, nama, indikator
        for n, v in enumerate(tw):
            if v is not None:
                s[(row, 13 + 2 * n)] = v
                s[(row, 14 + 2 * n)] = 100 * JT
        jumlah = sum(v for v in tw if v is not None)
        s[(row, 21)] = jumlah + (1 if jumlah_salah and row == 5 else 0)
        s[(row, 29)] = "Dinas Pendidikan" if row == 5 else "Dinas Kesehatan"
    return {"Monev Renja": s}


def xlsx(path: Path | io.BytesIO, buku: Buku, gabung: dict[str, list[str]] | None = None) -> Path | io.BytesIO:
    """Write a workbook: strings as text, numbers as numbers, (formula, value) as a formula with its value kept;
    `gabung` = merged ranges per sheet (e.g. 'E10:F10')."""
    # through pantau.unduh like every workbook the product writes: a string is text, never a formula (the
    # example's own formulas are written as such, below)
    wb = unduh.workbook(path if isinstance(path, io.BytesIO) else str(path))
    try:
        for nama, sel in buku.items():
            ws = wb.add_worksheet(nama)
            for rng in (gabung or {}).get(nama, []):
                ws.merge_range(rng, None)
            for (r, c), v in sel.items():
                if isinstance(v, tuple):
                    ws.write_formula(r - 1, c - 1, v[0], None, v[1])
                elif isinstance(v, str):
                    ws.write_string(r - 1, c - 1, v)
                else:
                    ws.write(r - 1, c - 1, v)
    finally:
        wb.close()
    return path


def csv_teks(sel: Sel) -> str:
    """One sheet as CSV text (a formula written as its text, as a CSV export keeps it)."""
    n_baris = max(r for r, _ in sel)
    n_kolom = max(c for _, c in sel)
    rows = [["" for _ in range(n_kolom)] for _ in range(n_baris)]
    for (r, c), mentah in sel.items():
        v = mentah[0] if isinstance(mentah, tuple) else mentah
        rows[r - 1][c - 1] = "" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def tulis_csv(path: Path, buku: Buku) -> Path:
    (sel,) = buku.values()
    path.write_text(csv_teks(sel), encoding="utf-8")
    return path


# The templates offered on the Impor Data page: (label, file name, builder). Each imports as its layout.
TEMPLAT: list[tuple[str, str, object]] = [
    ("SIPD anggaran kas (bulan_1 … bulan_12)", "sipd_anggaran_kas.xlsx", sipd_akb),
    ("SIPD RFK (rak, realisasi anggaran, fisik)", "sipd_rfk.xlsx", sipd_rfk),
    ("PRP2 target (anggaran kas) dan realisasi per OPD", "prp2_anggaran_kas.xlsx", prp2),
    ("LRA per OPD (anggaran, realisasi BPKAD, serapan OPD)", "lra_opd.xlsx", lra),
    ("PRP2 kegiatan: realisasi fisik dan keuangan", "prp2_kegiatan.xlsx", madina),
    ("DKKB / realisasi per kode rekening", "dkkb_realisasi.xlsx", dkkb),
    ("Monev Renja E.81 (realisasi triwulan per indikator)", "monev_renja_e81.xlsx", renja),
    (
        "SIPD realisasi renja (realisasi_bulan_1 … realisasi_bulan_12)",
        "sipd_realisasi_renja.xlsx",
        sipd_realisasi_renja,
    ),
]


# For docs/format_impor.md: per template file, how the layout is recognised and what it becomes.
KETERANGAN: dict[str, tuple[str, str]] = {
    "sipd_anggaran_kas.xlsx": (
        "header dengan kolom `bulan_1` … `bulan_12` dan kode sub kegiatan (`kode_sub_giat`, `kode_sub_kegiatan` atau "
        "`kode_sbl`); `total_akb` (jumlah) diperiksa terhadap bulannya, `total_rincian` (pagu rincian) terhadap rencana "
        "kas 12 bulan",
        "`rencana_kas`: bulan-bulan semua akun dijumlah per sub kegiatan dan bulan",
    ),
    "sipd_rfk.xlsx": (
        "header dengan `bulan`, `rak`, `realisasi_anggaran` (dan `realisasi_fisik`) per sub kegiatan; ketiganya "
        "kumulatif s.d. bulan itu seperti formulir RFK",
        "`rencana_kas` (rak bulan itu = selisih dari bulan sebelumnya) dan `realisasi_anggaran` "
        "(`realisasi_kumulatif`, `fisik_persen`); bulan yang sama dua kali ditolak",
    ),
    "prp2_anggaran_kas.xlsx": (
        'judul "TARGET (MENURUT ANGGARAN KAS) DAN REALISASI KEUANGAN", `OPD …`, `TAHUN ANGGARAN …`; header '
        "Januari … Desember dengan Triwulan I–IV (subtotal, diperiksa dan tidak diimpor); baris Target/Realisasi per "
        "PENDAPATAN, BELANJA, PEMBIAYAAN",
        "`anggaran_opd` kelompok `belanja`: Target → rencana kas, Realisasi → realisasi bulanan; bulan sesudah "
        "realisasi bukan nol terakhir = belum dilaporkan; pendapatan dan pembiayaan dilewati; OPD dicari menurut "
        "kode/nama/singkatan di `perangkat_daerah`",
    ),
    "lra_opd.xlsx": (
        "judul LAPORAN REALISASI ANGGARAN, `periode … s.d … 2026`, `Unit Organisasi` / `Sub Unit Organisasi`; header "
        "KODE REKENING | URAIAN | ANGGARAN | REALISASI BPKAD | SERAPAN OPD (atau REALISASI saja); judul kolom "
        "digabung (merge), jadi kolom angka dipasangkan dengan judul menurut urutan",
        "`anggaran_opd` kelompok operasi/modal/tidak_terduga/transfer (5.1–5.4) pada bulan akhir periode: pagu, "
        "`realisasi_kumulatif` (REALISASI BPKAD) dan `serapan_opd_kumulatif` (SERAPAN OPD) terpisah; baris 5 "
        "diperiksa sebagai jumlahnya",
    ),
    "prp2_kegiatan.xlsx": (
        "lembar dengan NO | KODE | NAMA KEGIATAN dan `TANGGAL REALISASI` + `REALISASI [RP]` (Realisasi Keuangan) "
        "atau `JADWAL TARGET [Tanggal]` + `REALISASI [%]` (Realisasi Fisik); lembar Kegiatan dan Nama KPA dikenali",
        "`realisasi_anggaran` per kegiatan dan bulan tanggalnya: keuangan dijumlah, fisik tanggal terakhir; PAGU "
        "ANGGARAN lembar Kegiatan dibandingkan (serapan > 100 % = peringatan), kegiatan dan KPA tidak diimpor",
    ),
    "dkkb_realisasi.xlsx": (
        "header NO | KODE REKENING | URAIAN | … | JAN … DES | JUMLAH REALISASI; judul `Sub Kegiatan : <kode>`; "
        "tahun dari judul atau nama lembar (`REALISASI 2026`); lembar DKKB tanpa kata REALISASI = rencana",
        "`realisasi_anggaran` (atau `rencana_kas`) sub kegiatan itu: baris rekening terbawah dijumlah per bulan (baris "
        "induk = subtotal); tanpa sub kegiatan tetapi dengan `OPD : …` di judul: `anggaran_opd` per kelompok 5.1–5.4. "
        "Beberapa blok `TABEL n - …` dalam satu lembar: setiap blok dibaca dengan judul dan header-nya sendiri; sub "
        "kegiatan yang sama dari sumber anggaran lain dijumlah (peringatan), dari sumber yang sama ditolak; blok tanpa "
        "baris rekening dilewati (peringatan)",
    ),
    "sipd_realisasi_renja.xlsx": (
        "header dengan `realisasi_bulan_1` … `realisasi_bulan_12` dan kode indikator (`kode_indikator`, `id_indikator` "
        "atau `id_unik_indikator_renstra`, berisi kode_indikator) dan `tahun_anggaran`",
        "`realisasi` TW1–TW4 menurut agregasi indikator (kumulatif: jumlah bulan triwulan itu; nilai_akhir: bulan "
        "terakhir yang dilaporkan; rata_rata: rerata); `pendorong_bulan_n` → faktor_pendorong",
    ),
    "monev_renja_e81.xlsx": (
        'header "Realisasi Kinerja Pada Triwulan" dengan I–IV di bawahnya, baris nomor kolom (`12 = 8+9+10+11`) '
        "dan baris K/Rp",
        "`realisasi` indikator (dicari menurut nama di tabel `indikator`) TW1–TW4 dari K triwulan I–IV; kolom 12 "
        "diperiksa; Rp, target dan capaian tidak diimpor",
    ),
}


def contoh_csv(pembuat: object, baris_maks: int = 14) -> str:
    """A template's first sheet as CSV (empty trailing columns and rows dropped), for the documentation."""
    (sel,) = list(pembuat().values())[:1]  # type: ignore[operator]
    teks_ = csv_teks(sel).splitlines()
    rows = [r.rstrip(",") for r in teks_ if r.strip(",")]
    return "\n".join(rows[:baris_maks])


def templat_bytes(pembuat: object) -> bytes:
    """One template as XLSX bytes."""
    buf = io.BytesIO()
    xlsx(buf, pembuat())  # type: ignore[operator]
    return buf.getvalue()
