"""Seeded demo province for Pantau Kinerja: the fictional *Provinsi Nusa Harapan* (kode_pemda 99).

`generate(out_dir, seed)` writes one CSV per contract table (CONTRACT.md) in the clean contract
format and returns the row counts; `python -m pantau.demo_data [OUT_DIR]` regenerates `data/demo/`.
Same seed, byte-identical files: every random draw comes from a numpy Generator seeded with
(seed, section name), and nothing depends on today's date.

The data are "as of" mid-October 2026: 2025 is complete (realisasi TW1–TW4, money January–December);
2026 runs through TW III (realisasi TW1–TW3, money January–September).

Cast: the province (31 OPDs) and three kab/kota, 99.01 Kabupaten Lembah Damai, 99.02 Kabupaten
Bukit Sejahtera and 99.71 Kota Teluk Permai, each with 4–5 OPDs and indicators that share their
names with the province's (stunting, kemiskinan, TPT, IPM, imunisasi, …) so they can be compared.
Nomenclature follows Permendagri 90/2019 (program `U.BB.PP`, kegiatan `U.BB.PP.K.KK`, sub kegiatan
`U.BB.PP.K.KK.SSSS`, province kegiatan digit 1, kab/kota digit 2); SKPD codes have 8 segments.

Codes (contract v2, issue 15): the files carry kode_pemda in every table, and the kab/kota use the same
national codes as the province and as each other (see `_kode_bersama`): a kab/kota SKPD has the province's
SKPD code for its bidang, the kab/kota IKU and sasaran codes are IKU-KAB-… and SS-KAB-… in all three, and
99.02 runs 99.01's Disdukcapil programs with identical codes and its own money. The generator itself still
builds with codes made unique by hand (the version 1 way: urut SKPD 11/21/71, IKU-9901-…) and turns them
into the shared ones at the end; the constants below use the generator's codes (`kode_v2` maps them).

Deliberate situations (exported as the constants below; the tests recompute each one):

- Year-end pile-up, > 40 % of rencana kas in Oct–Dec and December the largest month
  (Q4_PILEUP_PD): 1.04.0.00.0.00.01.0000 Disperkim, 3.26.0.00.0.00.01.0000 Dispar,
  3.29.0.00.0.00.01.0000 Dinas ESDM. Every other OPD stays at or below 35 %.
- Red IKU, capaian 2026 TW3 below 50 % with faktor_penghambat and tindak_lanjut filled (RED_IKU):
  IKU-DINKES-03 (kematian ibu, negatif), IKU-DISNAKERTRANS-02, IKU-DPMPTSP-01 (investasi, rupiah),
  IKU-PERKIM-01 (rumah tidak layak huni: the pile-up shows in the IKU). Other rows have mostly
  faktor_pendorong, some text fields left blank.
- Negative polarity: IKU-P02 stunting, IKU-P04 kemiskinan, IKU-P06 TPT with rumus blank (default
  (2T-R)/T); IKU-P07 Rasio Gini with rumus `T/R` (RUMUS_T_PER_R); IKU-DISDIK-02 spells out
  `(2T-R)/T` and IKU-BAPPEDA-01 spells out `R/T`.
- Range targets (target_min/target_max, target blank) (RANGE_IKU): IKU-P05 pertumbuhan ekonomi and
  IKU-P08 inflasi (nilai_akhir), IKU-P11 NTP (rata_rata), IKU-DPMPTSP-02 IKM (nilai_akhir).
  Some quarters fall outside the range on either side.
- Exactly one zero target (ZERO_TARGET_IKU): IKU-INSPEKTORAT-04 jumlah kasus korupsi, target 0 in
  every quarter; realisasi 0 except 2025 TW3 = 1.
- Agregasi: kumulatif, nilai_akhir and rata_rata all present (e.g. IKU-DISTAN-01, IKU-P12, IKU-P11).
- Only a TAHUNAN target (TAHUNAN_ONLY_IKU): IKU-P01 IPM, IKU-P13 IKLH, IKU-P14 nilai SAKIP,
  IKU-DISKOMINFO-01 indeks SPBE, IKU-DISPAR-01 wisatawan nusantara (kumulatif, quarterly realisasi)
  and the kab/kota IPM. Measured once a year, realisasi only at TW4 (ANNUAL_IKU): the same minus
  IKU-DISPAR-01 — so they have no 2026 realisasi yet.
- Missing report (MISSING_REPORT): IKU-DKP-01 has 2026 TW1 and TW2 but no TW3 realisasi.
- Probable data error, capaian > 150 % (OUTLIER): IKU-DKUKM-02 2026 TW3, the quarter typed as the
  cumulative figure (1450). The only capaian above 150 % anywhere.
- Program unggulan PU-01…PU-08 (game changers) cover every status: PU-01, PU-06 sesuai_jadwal;
  PU-02, PU-07 berisiko; PU-03, PU-08 terlambat (tonggak overdue: bulan_rencana ≤ 2026-09 with no
  tanggal_selesai); PU-04 selesai; PU-05 belum_mulai (all tonggak in Oct–Dec 2026).
- Janji kampanye JK-01…JK-12; JK-11 and JK-12 have no tagged kegiatan (JANJI_TANPA_KEGIATAN).
  tag_janji has rows with blank bentuk_dukungan and rows with blank output.
- Orphan programs, no kode_indikator on the program nor anywhere below it, both years
  (ORPHAN_PROGRAMS): 2.24.02 Pengelolaan Arsip (Dispusip), 3.28.05 Penyuluhan Kehutanan (Dishut),
  8.01.05 Ketahanan Ekonomi, Sosial dan Budaya (Bakesbangpol).
- Non-priority pagu outweighs priority pagu in exactly one OPD (NON_PRIORITY_HEAVY_PD):
  2.23.2.24.0.00.01.0000 Dinas Perpustakaan dan Kearsipan.
- PK not signed, tanggal_pk blank (PK_BELUM_DITANDATANGANI_PD): 3.29.0.00.0.00.01.0000 Dinas ESDM
  (acting head); every other OPD signed in January–February 2026.
- kerja_sama (12 agreements, nomor `180/NNN/KSD/YYYY`): 180/021/KSD/2025, 180/017/KSD/2025 and
  180/004/KSD/2026 are in neither planning nor budget (KERJA_SAMA_TIDAK_TERINTEGRASI); 180/014/KSD/2023,
  180/007/KSD/2024 and 180/019/KSD/2024 are planned but not funded (KERJA_SAMA_BELUM_DIANGGARKAN); six
  end in 2027; eight name a sub kegiatan. Ending within six months of TANGGAL_ACUAN (2026-10-15), and
  still so through November 2026 (KERJA_SAMA_BERAKHIR_6_BULAN): 180/002/KSD/2025, 180/007/KSD/2024,
  180/009/KSD/2025. kategori: five antar_daerah, six pihak_ketiga, one luar_negeri
  (KERJA_SAMA_LUAR_NEGERI 180/012/KSD/2025, a sister city). persetujuan_dprd is blank where not required,
  `ya` for three, and `tidak` for 180/021/KSD/2025, 180/004/KSD/2026 and 180/012/KSD/2025
  (KERJA_SAMA_TANPA_PERSETUJUAN_DPRD). Two agreements have no nomor_mitra recorded.
- indikator.kode_referensi (KODE_REFERENSI): one code per concept shared by the province and all three
  kab/kota: REF-IPM, REF-STUNTING, REF-KEMISKINAN, REF-TPT, REF-IMUNISASI; plus REF-PERTUMBUHAN-EKONOMI
  (IKU-P05) and REF-INFLASI (IKU-P08), province only. "Jumlah Keluarga Miskin Penerima Bantuan
  Pemberdayaan Ekonomi" is shared by name only, without a code (PERBANDINGAN_NAMA_SAJA). Crosscutting
  province IKU, served by kegiatan of two or more OPDs in 2026 (CROSSCUTTING_IKU): IKU-P02 stunting
  (Dinkes, DP3AP2KB), IKU-P04 kemiskinan (Bappeda, Dinsos), IKU-P05 (Bappeda, Biro Perekonomian),
  IKU-P08 inflasi (Biro Perekonomian, Disperindag).
- evaluasi_sakip 2022–2025 (SAKIP_TAHUN): every pemda at pemda level (kode_pd blank), the province
  targeting A (its 2024 and 2025 nilai are IKU-P14's baseline 68,20 and realisation 73,21), and 29 of the
  31 province OPDs (not Biro Pemotda and Biro Perekonomian: SAKIP_TANPA_EVALUASI_PD; Dispusip and
  Bakesbangpol from 2023: SAKIP_2022_BELUM_PD). Components within their weights (perencanaan ≤ 30,
  pengukuran ≤ 30, pelaporan ≤ 15, evaluasi ≤ 25) and nilai = their sum. Every nilai rises each year
  except Dinas ESDM's, which falls in 2025 from BB to B (SAKIP_TURUN_PD). In 2025, 15 of the 29 OPDs
  reach BB or better (IKU-BIROORG-02 reports 51,66 %); below their target predikat in 2025: the province
  and 99.02 (SAKIP_PEMDA_DI_BAWAH_TARGET), and DLH (target A, BB), Dinas ESDM (BB, B) and Dispusip (B, CC)
  (SAKIP_PD_DI_BAWAH_TARGET). Dishub 2025 is exactly 70,00: B, not BB (SAKIP_NILAI_BATAS).
- tindak_lanjut (26 actions TL-2026-01…26) from the two meetings of RAPAT_EVALUASI, "Rapat Evaluasi
  Triwulan I 2026" (2026-04-16) and "Rapat Evaluasi Triwulan II 2026" (2026-07-15), linked to every red
  IKU and to the at-risk and late program unggulan (PU-02, PU-03, PU-07, PU-08); also to the unsigned PK
  (TL-2026-05), the year-end pile-up, the non-integrated agreements and the SAKIP findings. Eleven
  selesai (with hasil and tanggal_selesai), six proses, eight belum, one batal (TINDAK_LANJUT_BATAL
  TL-2026-16). Overdue at TANGGAL_ACUAN and through November 2026, status belum or proses with
  batas_waktu passed (TINDAK_LANJUT_LEWAT_BATAS): TL-2026-05, 08, 13, 14, 19, 23, 25.
"""

from __future__ import annotations

import csv
import pathlib
import sys
import zlib
from dataclasses import dataclass

import numpy as np

# --------------------------------------------------------------------------------------------
# Contract tables, columns in contract order.
# --------------------------------------------------------------------------------------------
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "pemda": ("kode_pemda", "nama_pemda", "tingkat", "kode_induk"),
    "perangkat_daerah": ("kode_pd", "kode_pemda", "nama_pd", "singkatan", "nama_kepala"),
    "perjanjian_kinerja": ("kode_pd", "tahun", "tanggal_tanda_tangan", "nama_penanda_tangan", "catatan"),
    "sasaran": ("kode_sasaran", "kode_pemda", "uraian", "kode_pd", "kode_induk", "misi"),
    "indikator": (
        "kode_indikator",
        "nama_indikator",
        "satuan",
        "kode_pd",
        "jenis",
        "polaritas",
        "agregasi",
        "frekuensi",
        "kode_sasaran",
        "rumus",
        "target_akhir_periode",
        "definisi",
        "kode_referensi",
    ),
    "target": ("kode_indikator", "tahun", "periode", "target", "target_min", "target_max"),
    "realisasi": (
        "kode_indikator",
        "tahun",
        "periode",
        "realisasi",
        "faktor_pendorong",
        "faktor_penghambat",
        "tindak_lanjut",
        "sumber_data",
    ),
    "kegiatan": (
        "tahun",
        "kode_pd",
        "kode_kegiatan",
        "nama",
        "pagu",
        "kode_indikator",
        "prioritas",
        "game_changer",
        "kontribusi",
    ),
    "janji_kampanye": ("kode_janji", "uraian", "misi", "tahun_mulai", "tahun_selesai"),
    "tag_janji": ("tahun", "kode_kegiatan", "kode_janji", "bentuk_dukungan", "output"),
    "jadwal": ("tahun", "kode_kegiatan", "tahap", "bulan_mulai", "bulan_selesai"),
    "rencana_kas": ("tahun", "kode_kegiatan", "bulan", "nilai"),
    "realisasi_anggaran": ("tahun", "kode_kegiatan", "bulan", "realisasi", "realisasi_kumulatif", "fisik_persen"),
    "program_unggulan": (
        "kode_unggulan",
        "nama",
        "kode_pd",
        "kode_indikator",
        "kode_kegiatan",
        "status",
        "tanggal_status",
        "tahun_mulai",
        "tahun_selesai",
        "catatan",
    ),
    "tonggak": ("kode_unggulan", "tonggak", "bulan_rencana", "tanggal_selesai"),
    "kerja_sama": (
        "nomor",
        "judul",
        "mitra",
        "kode_pd",
        "tanggal_mulai",
        "tanggal_berakhir",
        "masuk_perencanaan",
        "masuk_anggaran",
        "kode_kegiatan",
        "kategori",
        "jenis_naskah",
        "nomor_mitra",
        "persetujuan_dprd",
    ),
    "evaluasi_sakip": (
        "tahun",
        "kode_pemda",
        "kode_pd",
        "nilai",
        "target_predikat",
        "nilai_perencanaan",
        "nilai_pengukuran",
        "nilai_pelaporan",
        "nilai_evaluasi",
    ),
    "tindak_lanjut": (
        "kode_tindak_lanjut",
        "uraian",
        "kode_pd",
        "batas_waktu",
        "status",
        "rapat",
        "tanggal_rapat",
        "kode_indikator",
        "kode_unggulan",
        "kode_kegiatan",
        "penanggung_jawab",
        "hasil",
        "tanggal_selesai",
    ),
    # a product table (not CONTRACT.md): accounts and their roles, for an identity provider without role claims
    "pengguna": ("email", "peran", "kode_pd", "nama"),
    # product tables (issue 19): the quarter reported inside the app, and the state of each IKU's report
    "periode_lapor": ("tahun", "periode", "batas_lapor", "dibuka_sampai", "catatan"),
    "status_lapor": ("kode_indikator", "tahun", "periode", "status", "catatan_verifikasi"),
}

# Product tables the demo has no rows for: anggaran_opd (issue 17) is OPD-level budget data for a pemda without sub
# kegiatan detail, and every demo OPD with a budget has its sub kegiatan; a header-only CSV would be refused.
TANPA_DEMO = {"anggaran_opd"}

# Contract v2: every table but pemda leads with kode_pemda (one folder holds the province and its kab/kota).
TABLE_COLUMNS = {
    t: (k if t == "pemda" else ("kode_pemda", *(c for c in k if c != "kode_pemda"))) for t, k in TABLE_COLUMNS.items()
}

TAHUN = (2025, 2026)
LAST_TW = {2025: 4, 2026: 3}
LAST_MONTH = {2025: 12, 2026: 9}
KODE_PROVINSI = "99"

# --------------------------------------------------------------------------------------------
# Deliberate situations (see the module docstring). Tests and pages may import these.
# --------------------------------------------------------------------------------------------
Q4_PILEUP_PD = ("1.04.0.00.0.00.01.0000", "3.26.0.00.0.00.01.0000", "3.29.0.00.0.00.01.0000")
RED_IKU = ("IKU-DINKES-03", "IKU-DISNAKERTRANS-02", "IKU-DPMPTSP-01", "IKU-PERKIM-01")
NEGATIVE_DEFAULT_RUMUS_IKU = ("IKU-P02", "IKU-P04", "IKU-P06")
RUMUS_T_PER_R = "IKU-P07"
RANGE_IKU = ("IKU-P05", "IKU-P08", "IKU-P11", "IKU-DPMPTSP-02")
ZERO_TARGET_IKU = "IKU-INSPEKTORAT-04"
TAHUNAN_ONLY_IKU = (
    "IKU-P01",
    "IKU-P13",
    "IKU-P14",
    "IKU-DISKOMINFO-01",
    "IKU-DISPAR-01",
    "IKU-9901-P03",
    "IKU-9902-P03",
    "IKU-9971-P03",
)
ANNUAL_IKU = tuple(k for k in TAHUNAN_ONLY_IKU if k != "IKU-DISPAR-01")
MISSING_REPORT = ("IKU-DKP-01", 2026, "TW3")
OUTLIER = ("IKU-DKUKM-02", 2026, "TW3")
ORPHAN_PROGRAMS = ("2.24.02", "3.28.05", "8.01.05")
NON_PRIORITY_HEAVY_PD = "2.23.2.24.0.00.01.0000"
PK_BELUM_DITANDATANGANI_PD = "3.29.0.00.0.00.01.0000"
JANJI_TANPA_KEGIATAN = ("JK-11", "JK-12")
STATUS_UNGGULAN = {
    "PU-01": "sesuai_jadwal",
    "PU-02": "berisiko",
    "PU-03": "terlambat",
    "PU-04": "selesai",
    "PU-05": "belum_mulai",
    "PU-06": "sesuai_jadwal",
    "PU-07": "berisiko",
    "PU-08": "terlambat",
}
# The date the demo stands at ("as of"): the overdue and expiring situations below hold from this
# date through the end of November 2026 (no deadline or end date falls in between).
TANGGAL_ACUAN = "2026-10-15"
# kerja_sama
KERJA_SAMA_TIDAK_TERINTEGRASI = ("180/021/KSD/2025", "180/017/KSD/2025", "180/004/KSD/2026")
KERJA_SAMA_BELUM_DIANGGARKAN = ("180/014/KSD/2023", "180/007/KSD/2024", "180/019/KSD/2024")
KERJA_SAMA_BERAKHIR_6_BULAN = ("180/002/KSD/2025", "180/007/KSD/2024", "180/009/KSD/2025")
KERJA_SAMA_TANPA_PERSETUJUAN_DPRD = ("180/021/KSD/2025", "180/004/KSD/2026", "180/012/KSD/2025")
KERJA_SAMA_LUAR_NEGERI = "180/012/KSD/2025"
# indikator.kode_referensi: one code per concept shared by the province and every kab/kota
KODE_REFERENSI = {
    "REF-IPM": ("IKU-P01", "IKU-9901-P03", "IKU-9902-P03", "IKU-9971-P03"),
    "REF-STUNTING": ("IKU-P02", "IKU-9901-DINKES-01", "IKU-9902-DINKES-01", "IKU-9971-DINKES-01"),
    "REF-KEMISKINAN": ("IKU-P04", "IKU-9901-P01", "IKU-9902-P01", "IKU-9971-P01"),
    "REF-TPT": ("IKU-P06", "IKU-9901-P02", "IKU-9902-P02", "IKU-9971-P02"),
    "REF-IMUNISASI": ("IKU-DINKES-01", "IKU-9901-DINKES-02", "IKU-9902-DINKES-02", "IKU-9971-DINKES-02"),
    "REF-PERTUMBUHAN-EKONOMI": ("IKU-P05",),
    "REF-INFLASI": ("IKU-P08",),
}
# Shared by name only (no kode_referensi): the comparison falls back to nama_indikator.
PERBANDINGAN_NAMA_SAJA = "Jumlah Keluarga Miskin Penerima Bantuan Pemberdayaan Ekonomi"
# Province IKU_PEMDA served by kegiatan of two or more OPDs in 2026 (crosscutting).
CROSSCUTTING_IKU = ("IKU-P02", "IKU-P04", "IKU-P05", "IKU-P08")
# evaluasi_sakip
SAKIP_TAHUN = (2022, 2023, 2024, 2025)
SAKIP_TANPA_EVALUASI_PD = ("4.01.0.00.0.00.01.0001", "4.01.0.00.0.00.01.0002")  # Biro Pemotda, Biro Perekonomian
SAKIP_PEMDA_DI_BAWAH_TARGET = ("99", "99.02")  # 2025, pemda level
SAKIP_PD_DI_BAWAH_TARGET = (  # 2025: DLH (target A, BB), Dinas ESDM (target BB, B), Dispusip (target B, CC)
    "2.11.0.00.0.00.01.0000",
    "3.29.0.00.0.00.01.0000",
    "2.23.2.24.0.00.01.0000",
)
SAKIP_TURUN_PD = "3.29.0.00.0.00.01.0000"  # the only OPD whose nilai fell from 2024 to 2025
SAKIP_NILAI_BATAS = ("2.15.0.00.0.00.01.0000", 2025, 70.0)  # Dishub: exactly 70,00 is B, not BB
SAKIP_2022_BELUM_PD = ("2.23.2.24.0.00.01.0000", "8.01.0.00.0.00.01.0000")  # first evaluated in 2023
# tindak_lanjut
RAPAT_EVALUASI = (
    ("Rapat Evaluasi Triwulan I 2026", "2026-04-16"),
    ("Rapat Evaluasi Triwulan II 2026", "2026-07-15"),
)
TINDAK_LANJUT_LEWAT_BATAS = (
    "TL-2026-05",
    "TL-2026-08",
    "TL-2026-13",
    "TL-2026-14",
    "TL-2026-19",
    "TL-2026-23",
    "TL-2026-25",
)
TINDAK_LANJUT_BATAL = "TL-2026-16"

# --------------------------------------------------------------------------------------------
# Pemda, RPJMD sasaran and OPDs.
# --------------------------------------------------------------------------------------------
PEMDA = (
    ("99", "Provinsi Nusa Harapan", "provinsi", ""),
    ("99.01", "Kabupaten Lembah Damai", "kabupaten", "99"),
    ("99.02", "Kabupaten Bukit Sejahtera", "kabupaten", "99"),
    ("99.71", "Kota Teluk Permai", "kota", "99"),
)

_MISI = {
    1: "Misi 1: Mewujudkan sumber daya manusia Nusa Harapan yang sehat, cerdas, dan berdaya saing",
    2: "Misi 2: Mewujudkan perekonomian daerah yang tangguh, inklusif, dan berkelanjutan",
    3: "Misi 3: Mewujudkan infrastruktur wilayah yang merata dan lingkungan hidup yang lestari",
    4: "Misi 4: Mewujudkan tata kelola pemerintahan yang bersih, efektif, dan melayani",
    5: "Misi 5: Mewujudkan masyarakat yang aman, rukun, dan tangguh bencana",
}

# (kode, kode_pemda, uraian, misi)
RPJMD_SASARAN = (
    ("SS-99-01", "99", "Meningkatnya kualitas sumber daya manusia", _MISI[1]),
    ("SS-99-02", "99", "Meningkatnya akses dan mutu pendidikan", _MISI[1]),
    ("SS-99-03", "99", "Meningkatnya derajat kesehatan masyarakat", _MISI[1]),
    ("SS-99-04", "99", "Menurunnya kemiskinan dan kerentanan sosial", _MISI[1]),
    ("SS-99-05", "99", "Meningkatnya pertumbuhan ekonomi yang inklusif dan stabil", _MISI[2]),
    ("SS-99-06", "99", "Meningkatnya ketahanan pangan daerah", _MISI[2]),
    ("SS-99-07", "99", "Meningkatnya daya saing investasi dan usaha", _MISI[2]),
    ("SS-99-08", "99", "Meningkatnya kualitas dan konektivitas infrastruktur wilayah", _MISI[3]),
    ("SS-99-09", "99", "Meningkatnya kualitas lingkungan hidup", _MISI[3]),
    ("SS-99-10", "99", "Meningkatnya akuntabilitas kinerja dan keuangan daerah", _MISI[4]),
    ("SS-99-11", "99", "Meningkatnya kualitas pelayanan publik", _MISI[4]),
    ("SS-99-12", "99", "Meningkatnya ketenteraman, ketertiban, dan ketangguhan bencana", _MISI[5]),
    (
        "SS-9901-01",
        "99.01",
        "Menurunnya kemiskinan dan pengangguran",
        "Mewujudkan masyarakat Lembah Damai yang sejahtera dan berdaya saing",
    ),
    (
        "SS-9901-02",
        "99.01",
        "Meningkatnya kualitas sumber daya manusia",
        "Mewujudkan sumber daya manusia Lembah Damai yang sehat, cerdas, dan berakhlak",
    ),
    (
        "SS-9902-01",
        "99.02",
        "Meningkatnya kesejahteraan masyarakat perdesaan",
        "Mewujudkan Bukit Sejahtera yang maju berbasis agribisnis",
    ),
    (
        "SS-9902-02",
        "99.02",
        "Meningkatnya derajat kesehatan dan pendidikan masyarakat",
        "Mewujudkan masyarakat Bukit Sejahtera yang sehat dan cerdas",
    ),
    (
        "SS-9971-01",
        "99.71",
        "Menurunnya kemiskinan dan pengangguran perkotaan",
        "Mewujudkan Teluk Permai sebagai kota jasa dan perdagangan yang inklusif",
    ),
    (
        "SS-9971-02",
        "99.71",
        "Meningkatnya kualitas layanan pendidikan dan kesehatan",
        "Mewujudkan warga Teluk Permai yang sehat dan cerdas",
    ),
    (
        "SS-9971-03",
        "99.71",
        "Meningkatnya rasa aman dan keselamatan warga kota",
        "Mewujudkan kota yang aman, tertib, dan tangguh bencana",
    ),
)


@dataclass(frozen=True)
class _Opd:
    key: str  # token in indicator codes: IKU-<key>-NN
    kode_pd: str
    kode_pemda: str
    nama: str
    singkatan: str
    size: str  # besar / sedang / kecil: scales pagu
    penunjang: bool  # owns a Program Penunjang (see the note on shared codes in the docstring)
    induk: str  # RPJMD sasaran the OPD's own sasaran cascades to
    sasaran: str
    gelar: str  # academic title of the (fictional) kepala


_P = "99"
OPDS: tuple[_Opd, ...] = (
    _Opd("DISDIK", "1.01.0.00.0.00.01.0000", _P, "Dinas Pendidikan", "Disdik", "besar", True, "SS-99-02",
         "Meningkatnya akses dan mutu pendidikan menengah dan pendidikan khusus", "M.Pd."),
    _Opd("DINKES", "1.02.0.00.0.00.01.0000", _P, "Dinas Kesehatan", "Dinkes", "besar", True, "SS-99-03",
         "Meningkatnya mutu pelayanan kesehatan masyarakat dan rujukan", "M.Kes."),
    _Opd("PUPR", "1.03.0.00.0.00.01.0000", _P, "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR", "besar",
         True, "SS-99-08", "Meningkatnya kemantapan jaringan jalan dan layanan sumber daya air", "S.T., M.T."),
    _Opd("PERKIM", "1.04.0.00.0.00.01.0000", _P, "Dinas Perumahan Rakyat dan Kawasan Permukiman", "Disperkim",
         "sedang", True, "SS-99-08", "Meningkatnya kualitas hunian dan kawasan permukiman", "S.T., M.Si."),
    _Opd("SATPOLPP", "1.05.0.00.0.00.01.0000", _P, "Satuan Polisi Pamong Praja", "Satpol PP", "kecil", True,
         "SS-99-12", "Meningkatnya ketenteraman dan ketertiban umum", "S.H., M.H."),
    _Opd("BPBD", "1.05.0.00.0.00.02.0000", _P, "Badan Penanggulangan Bencana Daerah", "BPBD", "sedang", False,
         "SS-99-12", "Meningkatnya ketangguhan daerah menghadapi bencana", "S.Sos., M.Si."),
    _Opd("DINSOS", "1.06.0.00.0.00.01.0000", _P, "Dinas Sosial", "Dinsos", "sedang", True, "SS-99-04",
         "Meningkatnya perlindungan dan rehabilitasi sosial", "S.Sos., M.AP."),
    _Opd("DISNAKERTRANS", "2.07.3.32.0.00.01.0000", _P, "Dinas Tenaga Kerja dan Transmigrasi", "Disnakertrans",
         "kecil", True, "SS-99-05", "Meningkatnya kompetensi dan penempatan tenaga kerja", "S.E., M.M."),
    _Opd("DP3AP2KB", "2.08.2.14.0.00.01.0000", _P,
         "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
         "DP3AP2KB", "kecil", True, "SS-99-01",
         "Meningkatnya perlindungan perempuan dan anak serta kualitas keluarga", "S.Psi., M.Si."),
    _Opd("DISHANPAN", "2.09.0.00.0.00.01.0000", _P, "Dinas Ketahanan Pangan", "Dishanpan", "kecil", True,
         "SS-99-06", "Meningkatnya ketersediaan dan keamanan pangan", "S.P., M.P."),
    _Opd("DLH", "2.11.0.00.0.00.01.0000", _P, "Dinas Lingkungan Hidup", "DLH", "sedang", True, "SS-99-09",
         "Meningkatnya kualitas air, udara, dan pengelolaan sampah", "S.Hut., M.Si."),
    _Opd("DPMD", "2.13.0.00.0.00.01.0000", _P, "Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", "kecil", True,
         "SS-99-04", "Meningkatnya kemandirian desa", "S.IP., M.Si."),
    _Opd("DISHUB", "2.15.0.00.0.00.01.0000", _P, "Dinas Perhubungan", "Dishub", "sedang", True, "SS-99-08",
         "Meningkatnya keselamatan dan konektivitas transportasi", "S.T., M.T."),
    _Opd("DISKOMINFO", "2.16.2.20.2.21.01.0000", _P, "Dinas Komunikasi, Informatika, Statistik dan Persandian",
         "Diskominfo", "kecil", True, "SS-99-11", "Meningkatnya kualitas SPBE dan Satu Data", "S.Kom., M.T."),
    _Opd("DKUKM", "2.17.0.00.0.00.01.0000", _P, "Dinas Koperasi dan Usaha Kecil Menengah", "Dinas KUKM", "kecil",
         True, "SS-99-07", "Meningkatnya daya saing koperasi dan UMKM", "S.E., M.Si."),
    _Opd("DPMPTSP", "2.18.0.00.0.00.01.0000", _P, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
         "DPMPTSP", "kecil", True, "SS-99-07", "Meningkatnya realisasi investasi dan kualitas layanan perizinan",
         "S.E., M.M."),
    _Opd("DISPUSIP", "2.23.2.24.0.00.01.0000", _P, "Dinas Perpustakaan dan Kearsipan", "Dispusip", "kecil", True,
         "SS-99-01", "Meningkatnya budaya literasi dan tertib arsip", "S.S., M.Hum."),
    _Opd("DKP", "3.25.0.00.0.00.01.0000", _P, "Dinas Kelautan dan Perikanan", "DKP", "sedang", True, "SS-99-05",
         "Meningkatnya produksi dan nilai tambah kelautan dan perikanan", "S.Pi., M.Si."),
    _Opd("DISPAR", "3.26.0.00.0.00.01.0000", _P, "Dinas Pariwisata", "Dispar", "kecil", True, "SS-99-05",
         "Meningkatnya kunjungan dan lama tinggal wisatawan", "S.Par., M.M."),
    _Opd("DISTAN", "3.27.0.00.0.00.01.0000", _P, "Dinas Pertanian", "Distan", "sedang", True, "SS-99-06",
         "Meningkatnya produksi pertanian dan kesejahteraan petani", "S.P., M.Si."),
    _Opd("DISHUT", "3.28.0.00.0.00.01.0000", _P, "Dinas Kehutanan", "Dishut", "sedang", True, "SS-99-09",
         "Meningkatnya tutupan hutan dan terkendalinya kebakaran hutan dan lahan", "S.Hut., M.P."),
    _Opd("ESDM", "3.29.0.00.0.00.01.0000", _P, "Dinas Energi dan Sumber Daya Mineral", "Dinas ESDM", "sedang",
         True, "SS-99-08", "Meningkatnya akses energi dan tata kelola pertambangan", "S.T., M.T."),
    _Opd("DISPERINDAG", "3.30.3.31.0.00.01.0000", _P, "Dinas Perindustrian dan Perdagangan", "Disperindag",
         "sedang", True, "SS-99-05", "Meningkatnya kinerja industri dan stabilitas harga", "S.E., M.Si."),
    _Opd("BIROPEM", "4.01.0.00.0.00.01.0001", _P, "Biro Pemerintahan dan Otonomi Daerah", "Biro Pemotda", "kecil",
         False, "SS-99-10", "Meningkatnya kualitas penyelenggaraan pemerintahan dan kerja sama daerah",
         "S.STP., M.Si."),
    _Opd("BIROEK", "4.01.0.00.0.00.01.0002", _P, "Biro Perekonomian", "Biro Perekonomian", "kecil", False,
         "SS-99-05", "Meningkatnya kinerja BUMD dan terkendalinya inflasi", "S.E., M.E."),
    _Opd("BIROORG", "4.01.0.00.0.00.01.0003", _P, "Biro Organisasi", "Biro Organisasi", "kecil", False,
         "SS-99-10", "Meningkatnya akuntabilitas kinerja dan reformasi birokrasi", "S.Sos., M.AP."),
    _Opd("BAPPEDA", "5.01.5.05.0.00.01.0000", _P, "Badan Perencanaan Pembangunan Daerah", "Bappeda", "kecil",
         True, "SS-99-10", "Meningkatnya kualitas perencanaan dan pengendalian pembangunan", "M.Si."),
    _Opd("BPKAD", "5.02.0.00.0.00.01.0000", _P, "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "sedang",
         True, "SS-99-10", "Meningkatnya kualitas pengelolaan keuangan dan aset daerah", "S.E., M.Ak."),
    _Opd("BKD", "5.03.5.04.0.00.01.0000", _P, "Badan Kepegawaian Daerah", "BKD", "kecil", True, "SS-99-11",
         "Meningkatnya profesionalitas ASN", "S.Sos., M.Si."),
    _Opd("INSPEKTORAT", "6.01.0.00.0.00.01.0000", _P, "Inspektorat Daerah", "Inspektorat", "kecil", True,
         "SS-99-10", "Meningkatnya kualitas pengawasan internal", "S.E., M.Ak."),
    _Opd("BAKESBANGPOL", "8.01.0.00.0.00.01.0000", _P, "Badan Kesatuan Bangsa dan Politik", "Bakesbangpol",
         "kecil", True, "SS-99-12", "Meningkatnya kondusivitas politik dan kehidupan berbangsa", "S.IP., M.Si."),
)  # fmt: skip


def _kab_opds() -> tuple[_Opd, ...]:
    # Small kab/kota OPD sets: enough for comparing shared indicators and two kab/kota budgets.
    kab = (
        ("99.01", "9901", "11", "Kabupaten Lembah Damai"),
        ("99.02", "9902", "21", "Kabupaten Bukit Sejahtera"),
        ("99.71", "9971", "71", "Kota Teluk Permai"),
    )
    base = (
        ("BAPPEDA", "5.01.5.05.0.00", "Badan Perencanaan Pembangunan Daerah", "Bappeda", "01", "M.Si."),
        ("DISDIK", "1.01.0.00.0.00", "Dinas Pendidikan", "Disdik", "02", "M.Pd."),
        ("DINKES", "1.02.0.00.0.00", "Dinas Kesehatan", "Dinkes", "02", "M.Kes."),
        ("DINSOS", "1.06.0.00.0.00", "Dinas Sosial", "Dinsos", "01", "S.Sos."),
    )
    uraian = {
        "BAPPEDA": "Meningkatnya kualitas perencanaan pembangunan daerah",
        "DISDIK": "Meningkatnya partisipasi pendidikan dasar",
        "DINKES": "Meningkatnya derajat kesehatan ibu dan anak",
        "DINSOS": "Meningkatnya pemberdayaan keluarga miskin",
        "DISDUKCAPIL": "Meningkatnya cakupan dokumen kependudukan",
        "DAMKAR": "Meningkatnya kecepatan penanganan kebakaran",
    }
    out = []
    for pemda, tok, urut, nama_pemda in kab:
        rows = list(base)
        if pemda == "99.01":
            rows.append(
                ("DISDUKCAPIL", "2.12.0.00.0.00", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "01",
                 "S.Sos., M.Si.")
            )  # fmt: skip
        if pemda == "99.71":
            rows.append(
                ("DAMKAR", "1.05.0.00.0.00", "Dinas Pemadam Kebakaran dan Penyelamatan", "Damkar", "03", "S.T.")
            )
        for key, bidang, nama, singkatan, induk, gelar in rows:
            out.append(
                _Opd(
                    f"{tok}-{key}",
                    f"{bidang}.{urut}.0000",
                    pemda,
                    f"{nama} {nama_pemda}",
                    singkatan,
                    "kab",
                    False,
                    f"SS-{tok}-{induk}",
                    uraian[key],
                    gelar,
                )
            )
    return tuple(out)


ALL_OPDS: tuple[_Opd, ...] = OPDS + _kab_opds()
_OPD_BY_KEY = {o.key: o for o in ALL_OPDS}

# --------------------------------------------------------------------------------------------
# Indicators. kind: sign (+ positif / - negatif) and agregasi (A nilai_akhir, K kumulatif,
# R rata_rata). Values: baseline 2024, target 2025, target 2026, target 2029 (end of RPJMD).
# For kumulatif indicators the targets are annual totals and the baseline is unused.
# --------------------------------------------------------------------------------------------
_N = None
# (kode, opd, nama, satuan, kind, kode_sasaran ("" = the OPD's own sasaran), base, t25, t26, t29, decimals)
_IND_PROV: tuple[tuple, ...] = (
    ("IKU-P01", "BAPPEDA", "Indeks Pembangunan Manusia (IPM)", "indeks", "+A", "SS-99-01", 71.20, 71.85, 72.40, 74.20, 2),
    ("IKU-P02", "DINKES", "Prevalensi Stunting pada Balita", "persen", "-A", "SS-99-03", 21.4, 19.5, 17.6, 12.0, 2),
    ("IKU-P03", "DINKES", "Cakupan Kepesertaan Jaminan Kesehatan Nasional (UHC)", "persen", "+A", "SS-99-03", 95.2, 96.5, 97.5, 99.0, 2),
    ("IKU-P04", "BAPPEDA", "Persentase Penduduk Miskin", "persen", "-A", "SS-99-04", 9.85, 9.40, 8.90, 7.20, 2),
    ("IKU-P05", "BAPPEDA", "Laju Pertumbuhan Ekonomi", "persen", "+A", "SS-99-05", 5.02, _N, _N, 5.80, 2),
    ("IKU-P06", "DISNAKERTRANS", "Tingkat Pengangguran Terbuka", "persen", "-A", "SS-99-05", 4.85, 4.70, 4.50, 3.90, 2),
    ("IKU-P07", "BAPPEDA", "Rasio Gini", "rasio", "-A", "SS-99-04", 0.338, 0.334, 0.330, 0.318, 3),
    ("IKU-P08", "BIROEK", "Tingkat Inflasi (year on year)", "persen", "-A", "SS-99-05", 2.61, _N, _N, 2.50, 2),
    ("IKU-P09", "BPKAD", "Realisasi Pendapatan Asli Daerah", "rupiah", "+K", "SS-99-10", _N, 3_150_000_000_000, 3_400_000_000_000, 4_200_000_000_000, 0),
    ("IKU-P10", "DISHANPAN", "Indeks Ketahanan Pangan", "indeks", "+A", "SS-99-06", 76.5, 77.4, 78.3, 81.0, 2),
    ("IKU-P11", "DISTAN", "Nilai Tukar Petani (NTP)", "indeks", "+R", "SS-99-06", 102.1, _N, _N, 105.0, 2),
    ("IKU-P12", "PUPR", "Persentase Kemantapan Jalan Provinsi", "persen", "+A", "SS-99-08", 71.4, 73.0, 75.0, 82.0, 2),
    ("IKU-P13", "DLH", "Indeks Kualitas Lingkungan Hidup (IKLH)", "indeks", "+A", "SS-99-09", 72.10, 72.60, 73.10, 75.00, 2),
    ("IKU-P14", "BIROORG", "Nilai Evaluasi SAKIP Pemerintah Provinsi", "nilai", "+A", "SS-99-10", 68.20, 70.00, 72.00, 80.00, 2),
    ("IKU-P15", "BPBD", "Indeks Risiko Bencana Provinsi", "indeks", "-A", "SS-99-12", 142.3, 139.0, 135.5, 125.0, 2),
    ("IKU-DISDIK-01", "DISDIK", "Angka Partisipasi Kasar SMA/SMK/SLB", "persen", "+A", "", 88.5, 89.6, 90.8, 94.0, 2),
    ("IKU-DISDIK-02", "DISDIK", "Angka Putus Sekolah SMA/SMK", "persen", "-A", "", 0.62, 0.55, 0.48, 0.30, 2),
    ("IKU-DISDIK-03", "DISDIK", "Persentase SMA/SMK/SLB Terakreditasi Minimal B", "persen", "+A", "", 82, 84, 86, 92, 2),
    ("IKU-DISDIK-04", "DISDIK", "Persentase Guru SMA/SMK/SLB Bersertifikat Pendidik", "persen", "+A", "", 61, 64, 67, 76, 2),
    ("IKU-DISDIK-05", "DISDIK", "Jumlah Siswa Penerima Beasiswa Nusa Cerdas", "orang", "+K", "", _N, 12_000, 15_000, 20_000, 0),
    ("IKU-DINKES-01", "DINKES", "Cakupan Imunisasi Dasar Lengkap", "persen", "+K", "", _N, 93, 95, 95, 2),
    ("IKU-DINKES-02", "DINKES", "Persentase RSUD Provinsi Terakreditasi Paripurna", "persen", "+A", "", 40, 60, 60, 100, 2),
    ("IKU-DINKES-03", "DINKES", "Jumlah Kematian Ibu", "jiwa", "-K", "", _N, 66, 60, 45, 0),
    ("IKU-DINKES-04", "DINKES", "Insidensi Tuberkulosis", "per 100.000 penduduk", "-A", "", 312, 298, 285, 240, 0),
    ("IKU-PUPR-01", "PUPR", "Persentase Luas Daerah Irigasi Kewenangan Provinsi dalam Kondisi Baik", "persen", "+A", "", 64, 67, 70, 80, 2),
    ("IKU-PUPR-02", "PUPR", "Panjang Jalan Provinsi yang Ditingkatkan/Direkonstruksi", "km", "+K", "", _N, 85, 92, 110, 2),
    ("IKU-PUPR-03", "PUPR", "Persentase Rumah Tangga dengan Akses Air Minum Layak", "persen", "+A", "", 89.1, 90.5, 92.0, 96.0, 2),
    ("IKU-PUPR-04", "PUPR", "Persentase Kawasan Rawan Banjir yang Tertangani", "persen", "+A", "", 40, 44, 48, 60, 2),
    ("IKU-PERKIM-01", "PERKIM", "Jumlah Rumah Tidak Layak Huni yang Ditingkatkan Kualitasnya", "unit", "+K", "", _N, 1_200, 1_500, 2_000, 0),
    ("IKU-PERKIM-02", "PERKIM", "Persentase Luasan Kawasan Kumuh Kewenangan Provinsi yang Tertangani", "persen", "+A", "", 35, 42, 50, 75, 2),
    ("IKU-PERKIM-03", "PERKIM", "Persentase Rumah Tangga dengan Akses Sanitasi Layak", "persen", "+A", "", 82.4, 84.0, 85.5, 90.0, 2),
    ("IKU-PERKIM-04", "PERKIM", "Jumlah Kawasan Permukiman yang Ditingkatkan PSU-nya", "kawasan", "+K", "", _N, 40, 48, 60, 0),
    ("IKU-SATPOLPP-01", "SATPOLPP", "Persentase Pelanggaran Perda dan Pergub yang Ditindaklanjuti", "persen", "+A", "", 78, 82, 85, 95, 2),
    ("IKU-SATPOLPP-02", "SATPOLPP", "Persentase Gangguan Trantibum yang Tertangani", "persen", "+R", "", 90, 92, 94, 98, 2),
    ("IKU-SATPOLPP-03", "SATPOLPP", "Jumlah Pelanggaran Perda", "kasus", "-K", "", _N, 420, 380, 300, 0),
    ("IKU-SATPOLPP-04", "SATPOLPP", "Persentase Anggota Satpol PP Bersertifikat PPNS", "persen", "+A", "", 12, 15, 18, 25, 2),
    ("IKU-BPBD-01", "BPBD", "Persentase Desa Tangguh Bencana", "persen", "+A", "", 18, 22, 26, 40, 2),
    ("IKU-BPBD-02", "BPBD", "Rata-rata Waktu Tanggap Darurat Bencana", "jam", "-R", "", 8, 7, 6, 4, 1),
    ("IKU-BPBD-03", "BPBD", "Persentase Korban Bencana yang Tertangani pada Masa Tanggap Darurat", "persen", "+R", "", 95, 96, 97, 100, 2),
    ("IKU-DINSOS-01", "DINSOS", "Persentase PPKS yang Memperoleh Rehabilitasi Sosial Dasar di dalam Panti", "persen", "+A", "", 85, 88, 90, 95, 2),
    ("IKU-DINSOS-02", "DINSOS", "Jumlah Keluarga Miskin Penerima Bantuan Pemberdayaan Ekonomi", "KK", "+K", "", _N, 4_000, 5_000, 7_000, 0),
    ("IKU-DINSOS-03", "DINSOS", "Persentase Korban Bencana Sosial yang Menerima Perlindungan Sosial", "persen", "+R", "", 92, 94, 95, 100, 2),
    ("IKU-DINSOS-04", "DINSOS", "Persentase Data Terpadu Kesejahteraan Sosial yang Dimutakhirkan", "persen", "+A", "", 70, 78, 85, 95, 2),
    ("IKU-DISNAKERTRANS-01", "DISNAKERTRANS", "Persentase Tenaga Kerja Bersertifikat Kompetensi", "persen", "+A", "", 14.5, 16.0, 17.5, 22.0, 2),
    ("IKU-DISNAKERTRANS-02", "DISNAKERTRANS", "Jumlah Pencari Kerja yang Ditempatkan", "orang", "+K", "", _N, 8_000, 9_000, 12_000, 0),
    ("IKU-DISNAKERTRANS-03", "DISNAKERTRANS", "Persentase Perusahaan yang Menerapkan Norma Ketenagakerjaan", "persen", "+A", "", 62, 66, 70, 80, 2),
    ("IKU-DISNAKERTRANS-04", "DISNAKERTRANS", "Jumlah Kasus Perselisihan Hubungan Industrial", "kasus", "-K", "", _N, 140, 120, 90, 0),
    ("IKU-DP3AP2KB-01", "DP3AP2KB", "Persentase Kasus Kekerasan terhadap Perempuan dan Anak yang Tertangani", "persen", "+R", "", 90, 93, 95, 100, 2),
    ("IKU-DP3AP2KB-02", "DP3AP2KB", "Jumlah Kasus Kekerasan terhadap Perempuan dan Anak", "kasus", "-K", "", _N, 520, 480, 380, 0),
    ("IKU-DP3AP2KB-03", "DP3AP2KB", "Angka Kelahiran Total (TFR)", "angka", "-A", "", 2.28, 2.24, 2.20, 2.10, 2),
    ("IKU-DP3AP2KB-04", "DP3AP2KB", "Prevalensi Pemakaian Kontrasepsi Modern (mCPR)", "persen", "+A", "", 58.2, 59.0, 60.0, 63.0, 2),
    ("IKU-DISHANPAN-01", "DISHANPAN", "Skor Pola Pangan Harapan (PPH)", "skor", "+A", "", 86.5, 88.0, 89.5, 93.0, 1),
    ("IKU-DISHANPAN-02", "DISHANPAN", "Persentase Desa Rawan Pangan yang Tertangani", "persen", "+A", "", 60, 68, 75, 90, 2),
    ("IKU-DISHANPAN-03", "DISHANPAN", "Jumlah Cadangan Pangan Pemerintah Provinsi", "ton", "+A", "", 300, 350, 400, 500, 0),
    ("IKU-DISHANPAN-04", "DISHANPAN", "Persentase Pangan Segar yang Memenuhi Syarat Keamanan Pangan", "persen", "+R", "", 88, 90, 92, 96, 2),
    ("IKU-DLH-01", "DLH", "Indeks Kualitas Air", "indeks", "+A", "", 52.1, 53.0, 54.0, 57.0, 2),
    ("IKU-DLH-02", "DLH", "Indeks Kualitas Udara", "indeks", "+A", "", 86.4, 87.0, 87.5, 89.0, 2),
    ("IKU-DLH-03", "DLH", "Persentase Sampah yang Terkelola di TPA Regional", "persen", "+R", "", 55, 60, 65, 80, 2),
    ("IKU-DLH-04", "DLH", "Persentase Usaha/Kegiatan yang Taat Izin Lingkungan", "persen", "+A", "", 65, 70, 75, 85, 2),
    ("IKU-DPMD-01", "DPMD", "Jumlah Desa Berstatus Mandiri", "desa", "+A", "", 85, 100, 120, 180, 0),
    ("IKU-DPMD-02", "DPMD", "Persentase BUMDes Berkategori Maju", "persen", "+A", "", 18, 21, 24, 35, 2),
    ("IKU-DPMD-03", "DPMD", "Persentase Desa yang Menyampaikan Laporan Keuangan Desa Tepat Waktu", "persen", "+R", "", 80, 85, 88, 95, 2),
    ("IKU-DISHUB-01", "DISHUB", "Persentase Ketersediaan Perlengkapan Jalan di Jalan Provinsi", "persen", "+A", "", 58, 62, 66, 78, 2),
    ("IKU-DISHUB-02", "DISHUB", "Tingkat Fatalitas Kecelakaan Lalu Lintas di Jalan Provinsi", "per 10.000 kendaraan", "-A", "", 1.45, 1.38, 1.30, 1.10, 2),
    ("IKU-DISHUB-03", "DISHUB", "Jumlah Penumpang Angkutan Penyeberangan dan Pelabuhan Regional", "orang", "+K", "", _N, 1_250_000, 1_320_000, 1_600_000, 0),
    ("IKU-DISHUB-04", "DISHUB", "Persentase Terminal Tipe B yang Memenuhi Standar Pelayanan Minimal", "persen", "+A", "", 60, 70, 80, 100, 2),
    ("IKU-DISKOMINFO-01", "DISKOMINFO", "Indeks SPBE Pemerintah Provinsi", "indeks", "+A", "", 2.95, 3.20, 3.40, 4.00, 2),
    ("IKU-DISKOMINFO-02", "DISKOMINFO", "Persentase Perangkat Daerah yang Terintegrasi Satu Data", "persen", "+A", "", 45, 60, 75, 100, 2),
    ("IKU-DISKOMINFO-03", "DISKOMINFO", "Persentase Layanan Publik Berbasis Elektronik yang Terintegrasi", "persen", "+A", "", 40, 50, 60, 85, 2),
    ("IKU-DISKOMINFO-04", "DISKOMINFO", "Persentase Insiden Keamanan Informasi yang Tertangani", "persen", "+R", "", 90, 92, 95, 100, 2),
    ("IKU-DKUKM-01", "DKUKM", "Persentase Koperasi Sehat", "persen", "+A", "", 42, 45, 48, 58, 2),
    ("IKU-DKUKM-02", "DKUKM", "Jumlah UMKM Naik Kelas", "unit usaha", "+K", "", _N, 500, 560, 800, 0),
    ("IKU-DKUKM-03", "DKUKM", "Jumlah Wirausaha Baru yang Difasilitasi", "orang", "+K", "", _N, 1_800, 2_000, 2_600, 0),
    ("IKU-DPMPTSP-01", "DPMPTSP", "Realisasi Investasi PMA dan PMDN", "rupiah", "+K", "", _N, 11_800_000_000_000, 12_500_000_000_000, 16_000_000_000_000, 0),
    ("IKU-DPMPTSP-02", "DPMPTSP", "Indeks Kepuasan Masyarakat terhadap Layanan Perizinan", "indeks", "+A", "", 81.6, _N, _N, 90.0, 2),
    ("IKU-DPMPTSP-03", "DPMPTSP", "Persentase Perizinan Berusaha yang Diterbitkan Tepat Waktu", "persen", "+R", "", 88, 92, 95, 99, 2),
    ("IKU-DISPUSIP-01", "DISPUSIP", "Jumlah Kunjungan Perpustakaan", "orang", "+K", "", _N, 180_000, 200_000, 260_000, 0),
    ("IKU-DISPUSIP-02", "DISPUSIP", "Indeks Pembangunan Literasi Masyarakat", "indeks", "+A", "", 58, 60, 62, 68, 2),
    ("IKU-DISPUSIP-03", "DISPUSIP", "Persentase Perangkat Daerah yang Mengelola Arsip sesuai Standar", "persen", "+A", "", 55, 60, 65, 80, 2),
    ("IKU-DKP-01", "DKP", "Produksi Perikanan Tangkap", "ton", "+K", "", _N, 92_000, 95_000, 110_000, 0),
    ("IKU-DKP-02", "DKP", "Produksi Perikanan Budidaya", "ton", "+K", "", _N, 48_000, 51_000, 62_000, 0),
    ("IKU-DKP-03", "DKP", "Persentase Kawasan Konservasi Perairan yang Dikelola Efektif", "persen", "+A", "", 40, 45, 50, 65, 2),
    ("IKU-DKP-04", "DKP", "Nilai Tukar Nelayan (NTN)", "indeks", "+R", "", 102.5, 103.0, 103.5, 105.0, 2),
    ("IKU-DISPAR-01", "DISPAR", "Jumlah Kunjungan Wisatawan Nusantara", "orang", "+K", "", _N, 2_300_000, 2_450_000, 3_000_000, 0),
    ("IKU-DISPAR-02", "DISPAR", "Jumlah Kunjungan Wisatawan Mancanegara", "orang", "+K", "", _N, 38_000, 42_000, 60_000, 0),
    ("IKU-DISPAR-03", "DISPAR", "Kontribusi Sektor Pariwisata terhadap PDRB", "persen", "+A", "", 4.1, 4.3, 4.5, 5.2, 2),
    ("IKU-DISPAR-04", "DISPAR", "Rata-rata Lama Menginap Wisatawan", "hari", "+R", "", 1.9, 2.0, 2.1, 2.5, 2),
    ("IKU-DISTAN-01", "DISTAN", "Produksi Padi", "ton GKG", "+K", "", _N, 1_150_000, 1_180_000, 1_300_000, 0),
    ("IKU-DISTAN-02", "DISTAN", "Persentase Luas Serangan OPT terhadap Luas Tanam", "persen", "-R", "", 4.5, 4.2, 4.0, 3.0, 2),
    ("IKU-DISTAN-03", "DISTAN", "Populasi Ternak Sapi", "ekor", "+A", "", 420_000, 432_000, 445_000, 480_000, 0),
    ("IKU-DISTAN-04", "DISTAN", "Persentase Petani yang Tergabung dalam Korporasi Petani", "persen", "+A", "", 8, 10, 12, 20, 2),
    ("IKU-DISHUT-01", "DISHUT", "Luas Lahan Kritis yang Direhabilitasi", "hektare", "+K", "", _N, 3_500, 4_000, 5_500, 0),
    ("IKU-DISHUT-02", "DISHUT", "Luas Kebakaran Hutan dan Lahan", "hektare", "-K", "", _N, 2_400, 2_200, 1_500, 0),
    ("IKU-DISHUT-03", "DISHUT", "Jumlah Kelompok Perhutanan Sosial yang Aktif", "kelompok", "+A", "", 180, 200, 220, 300, 0),
    ("IKU-DISHUT-04", "DISHUT", "Persentase KPH yang Beroperasi Penuh", "persen", "+A", "", 55, 60, 65, 85, 2),
    ("IKU-ESDM-01", "ESDM", "Rasio Elektrifikasi", "persen", "+A", "", 97.8, 98.4, 98.9, 100, 2),
    ("IKU-ESDM-02", "ESDM", "Persentase Pemegang IUP MBLB yang Taat Kaidah Pertambangan", "persen", "+A", "", 58, 62, 66, 80, 2),
    ("IKU-ESDM-03", "ESDM", "Bauran Energi Baru Terbarukan", "persen", "+A", "", 14.2, 15.0, 16.0, 20.0, 2),
    ("IKU-ESDM-04", "ESDM", "Jumlah Rumah Tangga Penerima Bantuan Pasang Baru Listrik", "rumah tangga", "+K", "", _N, 1_500, 1_800, 2_500, 0),
    ("IKU-DISPERINDAG-01", "DISPERINDAG", "Pertumbuhan Sektor Industri Pengolahan", "persen", "+A", "", 4.2, 4.5, 4.8, 5.5, 2),
    ("IKU-DISPERINDAG-02", "DISPERINDAG", "Nilai Ekspor Non-Migas", "USD juta", "+K", "", _N, 1_850, 1_950, 2_400, 1),
    ("IKU-DISPERINDAG-03", "DISPERINDAG", "Koefisien Variasi Harga Bahan Pokok", "persen", "-R", "", 9.5, 9.0, 8.5, 7.0, 2),
    ("IKU-DISPERINDAG-04", "DISPERINDAG", "Persentase Alat UTTP yang Ditera Ulang", "persen", "+A", "", 70, 75, 80, 90, 2),
    ("IKU-BIROPEM-01", "BIROPEM", "Persentase Kerja Sama Daerah yang Terlaksana sesuai Rencana", "persen", "+A", "", 60, 65, 70, 85, 2),
    ("IKU-BIROPEM-02", "BIROPEM", "Persentase Rekomendasi Evaluasi LPPD yang Ditindaklanjuti Kabupaten/Kota", "persen", "+A", "", 70, 75, 80, 90, 2),
    ("IKU-BIROPEM-03", "BIROPEM", "Jumlah Segmen Batas Daerah yang Ditegaskan", "segmen", "+K", "", _N, 24, 28, 40, 0),
    ("IKU-BIROEK-01", "BIROEK", "Persentase BUMD dengan Kinerja Sehat", "persen", "+A", "", 50, 60, 60, 80, 2),
    ("IKU-BIROEK-02", "BIROEK", "Persentase Rekomendasi TPID yang Dilaksanakan", "persen", "+R", "", 80, 85, 88, 95, 2),
    ("IKU-BIROORG-01", "BIROORG", "Indeks Reformasi Birokrasi", "indeks", "+A", "", 68.5, 70, 72, 80, 2),
    ("IKU-BIROORG-02", "BIROORG", "Persentase Perangkat Daerah dengan Nilai SAKIP Minimal BB", "persen", "+A", "", 55, 62, 70, 90, 2),
    ("IKU-BIROORG-03", "BIROORG", "Persentase Unit Layanan Berpredikat Zona Integritas", "persen", "+A", "", 10, 15, 20, 35, 2),
    ("IKU-BAPPEDA-01", "BAPPEDA", "Persentase Keselarasan Program Renja Perangkat Daerah dengan RKPD", "persen", "+A", "", 85, 88, 90, 95, 2),
    ("IKU-BAPPEDA-02", "BAPPEDA", "Persentase Program Perangkat Daerah yang Ter-cascading sampai Sub Kegiatan", "persen", "+A", "", 60, 75, 85, 100, 2),
    ("IKU-BAPPEDA-03", "BAPPEDA", "Jumlah Inovasi Daerah yang Diterapkan", "inovasi", "+K", "", _N, 60, 75, 120, 0),
    ("IKU-BAPPEDA-04", "BAPPEDA", "Persentase Capaian Target IKU RPJMD", "persen", "+A", "", 80, 82, 85, 90, 2),
    ("IKU-BPKAD-01", "BPKAD", "Persentase Realisasi Belanja Daerah", "persen", "+A", "", 93.5, 95, 96, 97, 2),
    ("IKU-BPKAD-02", "BPKAD", "Persentase Aset Tanah Pemerintah Daerah yang Bersertifikat", "persen", "+A", "", 62, 68, 74, 90, 2),
    ("IKU-BPKAD-03", "BPKAD", "Persentase APBD Kabupaten/Kota yang Dievaluasi Tepat Waktu", "persen", "+A", "", 90, 95, 100, 100, 2),
    ("IKU-BKD-01", "BKD", "Indeks Sistem Merit", "indeks", "+A", "", 0.72, 0.76, 0.80, 0.90, 2),
    ("IKU-BKD-02", "BKD", "Indeks Profesionalitas ASN", "indeks", "+A", "", 68, 71, 74, 80, 2),
    ("IKU-BKD-03", "BKD", "Persentase ASN yang Memenuhi 20 Jam Pelajaran Pengembangan Kompetensi", "persen", "+A", "", 75, 80, 85, 100, 2),
    ("IKU-INSPEKTORAT-01", "INSPEKTORAT", "Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan BPK", "persen", "+A", "", 78, 82, 86, 95, 2),
    ("IKU-INSPEKTORAT-02", "INSPEKTORAT", "Level Maturitas SPIP", "level", "+A", "", 3.0, 3.2, 3.4, 4.0, 2),
    ("IKU-INSPEKTORAT-03", "INSPEKTORAT", "Level Kapabilitas APIP", "level", "+A", "", 3.0, 3.0, 3.2, 4.0, 2),
    ("IKU-INSPEKTORAT-04", "INSPEKTORAT", "Jumlah Kasus Korupsi di Lingkungan Pemerintah Provinsi", "kasus", "-K", "", _N, 0, 0, 0, 0),
    ("IKU-BAKESBANGPOL-01", "BAKESBANGPOL", "Indeks Demokrasi Indonesia (IDI) Provinsi", "indeks", "+A", "", 78.5, 79.5, 80.5, 83.0, 2),
    ("IKU-BAKESBANGPOL-02", "BAKESBANGPOL", "Persentase Konflik Sosial yang Tertangani", "persen", "+R", "", 90, 92, 95, 100, 2),
    ("IKU-BAKESBANGPOL-03", "BAKESBANGPOL", "Persentase Ormas yang Aktif Melaporkan Keberadaannya", "persen", "+A", "", 40, 45, 50, 65, 2),
)  # fmt: skip

# Kab/kota indicators share names with the province's so a page can compare them.
# (suffix, opd suffix, nama, satuan, kind, sasaran suffix, decimals)
_IND_KAB_SPEC = (
    ("P01", "BAPPEDA", "Persentase Penduduk Miskin", "persen", "-A", "01", 2),
    ("P02", "BAPPEDA", "Tingkat Pengangguran Terbuka", "persen", "-A", "01", 2),
    ("P03", "BAPPEDA", "Indeks Pembangunan Manusia (IPM)", "indeks", "+A", "02", 2),
    ("DINKES-01", "DINKES", "Prevalensi Stunting pada Balita", "persen", "-A", "", 2),
    ("DINKES-02", "DINKES", "Cakupan Imunisasi Dasar Lengkap", "persen", "+K", "", 2),
    ("DISDIK-01", "DISDIK", "Angka Putus Sekolah SMP", "persen", "-A", "", 2),
    ("DINSOS-01", "DINSOS", "Jumlah Keluarga Miskin Penerima Bantuan Pemberdayaan Ekonomi", "KK", "+K", "", 0),
    ("DISDUKCAPIL-01", "DISDUKCAPIL", "Persentase Penduduk Wajib KTP yang Memiliki KTP-el", "persen", "+A", "", 2),
    ("DAMKAR-01", "DAMKAR", "Rata-rata Waktu Tanggap Penanganan Kebakaran", "menit", "-R", "", 1),
)
# base, t25, t26, t29 per kab/kota
_IND_KAB_VAL: dict[str, dict[str, tuple]] = {
    "9901": {
        "P01": (13.2, 12.7, 12.1, 10.0), "P02": (3.9, 3.8, 3.7, 3.2), "P03": (68.4, 68.9, 69.4, 71.0),
        "DINKES-01": (24.1, 22.0, 20.0, 14.0), "DINKES-02": (_N, 92, 93, 95), "DISDIK-01": (0.9, 0.8, 0.7, 0.5),
        "DINSOS-01": (_N, 800, 900, 1_200), "DISDUKCAPIL-01": (95.5, 96.5, 97.5, 99.0),
    },
    "9902": {
        "P01": (10.6, 10.2, 9.8, 8.5), "P02": (4.4, 4.3, 4.1, 3.6), "P03": (70.1, 70.6, 71.1, 72.8),
        "DINKES-01": (20.5, 19.0, 17.5, 12.5), "DINKES-02": (_N, 93, 94, 95), "DISDIK-01": (0.7, 0.6, 0.55, 0.4),
        "DINSOS-01": (_N, 600, 700, 900),
    },
    "9971": {
        "P01": (5.4, 5.2, 5.0, 4.2), "P02": (7.1, 6.8, 6.5, 5.5), "P03": (78.2, 78.6, 79.0, 80.5),
        "DINKES-01": (15.2, 14.0, 13.0, 9.5), "DINKES-02": (_N, 94, 95, 96), "DISDIK-01": (0.5, 0.45, 0.4, 0.3),
        "DINSOS-01": (_N, 400, 450, 600), "DAMKAR-01": (15, 14, 13, 10),
    },
}  # fmt: skip

# Per-indicator extras. Keys: tahunan (only a TAHUNAN target), annual (realisasi only at TW4),
# rumus, weights (kumulatif split over TW1..TW4), ranges {tahun: (min, max)}, quarters {tahun: [TW targets]},
# profile {tahun: name}, realisasi {tahun: [TW values]}, definisi, sumber.
_IND_EXTRA: dict[str, dict] = {
    "IKU-P01": {
        "tahunan": True, "annual": True, "sumber": "BPS Provinsi Nusa Harapan",
        "definisi": "Indeks komposit umur panjang dan hidup sehat, pengetahuan, dan standar hidup layak (metode BPS).",
    },
    "IKU-P02": {
        "sumber": "Aplikasi e-PPGBM",
        "definisi": "Persentase balita dengan tinggi badan menurut umur < -2 SD dari hasil penimbangan dan pengukuran.",
    },
    "IKU-P04": {
        "sumber": "BPS Provinsi Nusa Harapan",
        "definisi": "Persentase penduduk dengan pengeluaran per kapita per bulan di bawah garis kemiskinan.",
    },
    "IKU-P05": {
        "ranges": {2025: (4.9, 5.4), 2026: (5.0, 5.5)},
        "realisasi": {2025: [5.12, 5.31, 4.86, 5.22], 2026: [5.41, 4.95, 5.08]},
        "sumber": "BPS Provinsi Nusa Harapan",
        "definisi": "Pertumbuhan PDRB atas dasar harga konstan (y-on-y).",
    },
    "IKU-P06": {"sumber": "BPS Provinsi Nusa Harapan (Sakernas)"},
    "IKU-P07": {"rumus": "T/R", "sumber": "BPS Provinsi Nusa Harapan"},
    "IKU-P08": {
        "ranges": {2025: (1.5, 3.5), 2026: (1.5, 3.5)},
        "realisasi": {2025: [2.41, 2.87, 3.12, 2.65], 2026: [2.20, 3.78, 3.31]},
        "sumber": "BPS Provinsi Nusa Harapan",
        "definisi": "Perubahan indeks harga konsumen gabungan kota IHK dibanding bulan yang sama tahun lalu.",
    },
    "IKU-P09": {"weights": (0.20, 0.25, 0.25, 0.30), "sumber": "BPKAD (SIPD Penatausahaan)"},
    "IKU-P11": {
        "ranges": {2025: (101.0, 104.0), 2026: (101.5, 104.5)},
        "realisasi": {2025: [102.84, 103.61, 104.62, 103.12], 2026: [101.18, 102.93, 103.77]},
        "sumber": "BPS Provinsi Nusa Harapan",
    },
    "IKU-P13": {"tahunan": True, "annual": True, "sumber": "Kementerian Lingkungan Hidup"},
    "IKU-P14": {"tahunan": True, "annual": True, "sumber": "Kementerian PANRB"},
    "IKU-DISDIK-01": {"sumber": "Dapodik"},
    "IKU-DISDIK-02": {"rumus": "(2T-R)/T", "sumber": "Dapodik"},
    "IKU-DINKES-01": {"sumber": "Aplikasi ASIK Kemenkes"},
    "IKU-DINKES-03": {"profile": {2025: "sedang", 2026: "merah"}, "sumber": "Laporan Kesehatan Ibu dan Anak"},
    "IKU-PERKIM-01": {"weights": (0.15, 0.25, 0.30, 0.30), "profile": {2025: "sedang", 2026: "merah"}},
    "IKU-DISNAKERTRANS-02": {"profile": {2025: "sedang", 2026: "merah"}, "sumber": "SIAPkerja Kemnaker"},
    "IKU-DPMPTSP-01": {
        "weights": (0.20, 0.25, 0.27, 0.28), "profile": {2025: "baik", 2026: "merah"},
        "sumber": "Aplikasi LKPM Kementerian Investasi/BKPM",
    },
    "IKU-DPMPTSP-02": {
        "ranges": {2025: (82.0, 86.0), 2026: (83.0, 87.0)},
        "realisasi": {2025: [82.4, 83.1, 84.0, 86.4], 2026: [83.5, 84.1, 82.6]},
        "sumber": "Survei Kepuasan Masyarakat DPMPTSP",
    },
    "IKU-DISKOMINFO-01": {"tahunan": True, "annual": True, "sumber": "Kementerian PANRB"},
    "IKU-DKUKM-02": {"realisasi": {2026: [118, 137, 1_450]}},
    "IKU-DKP-01": {"missing": {2026: (3,)}},
    "IKU-DISPAR-01": {"tahunan": True, "weights": (0.22, 0.24, 0.25, 0.29), "sumber": "BPS Provinsi Nusa Harapan"},
    "IKU-DISPAR-02": {"weights": (0.21, 0.24, 0.27, 0.28)},
    "IKU-DISTAN-01": {"weights": (0.35, 0.30, 0.20, 0.15), "sumber": "BPS (Kerangka Sampel Area)"},
    "IKU-DISHUT-02": {"weights": (0.10, 0.15, 0.50, 0.25), "sumber": "SiPongi KLHK"},
    "IKU-ESDM-04": {"weights": (0.10, 0.15, 0.25, 0.50)},
    "IKU-BAPPEDA-01": {"rumus": "R/T"},
    "IKU-BPKAD-01": {"quarters": {2025: [20, 45, 70, 95], 2026: [22, 47, 72, 96]}, "sumber": "SIPD Penatausahaan"},
    "IKU-BKD-03": {"quarters": {2025: [20, 45, 65, 80], 2026: [25, 50, 70, 85]}, "sumber": "SIMPEG"},
    "IKU-INSPEKTORAT-04": {
        "realisasi": {2025: [0, 0, 1, 0], 2026: [0, 0, 0]},
        "definisi": "Jumlah perkara korupsi yang melibatkan ASN Pemerintah Provinsi dan telah ditetapkan tersangka.",
    },
    "IKU-9901-P03": {"tahunan": True, "annual": True, "sumber": "BPS Kabupaten Lembah Damai"},
    "IKU-9902-P03": {"tahunan": True, "annual": True, "sumber": "BPS Kabupaten Bukit Sejahtera"},
    "IKU-9971-P03": {"tahunan": True, "annual": True, "sumber": "BPS Kota Teluk Permai"},
}  # fmt: skip

# Row texts for the red IKU: (faktor_penghambat, tindak_lanjut).
_RED_TEXT = {
    "IKU-DINKES-03": (
        "Kematian ibu terkonsentrasi di wilayah kepulauan dengan akses rujukan terbatas; sebagian besar kasus "
        "karena perdarahan dan keterlambatan rujukan.",
        "Aktivasi rumah tunggu kelahiran di 6 puskesmas kepulauan, pendampingan ibu hamil risiko tinggi oleh bidan "
        "desa, audit maternal perinatal setiap bulan. PJ: Kabid Kesehatan Masyarakat, tenggat Desember 2026.",
    ),
    "IKU-DISNAKERTRANS-02": (
        "Job fair semester I batal karena rasionalisasi anggaran; lowongan industri pengolahan menurun.",
        "Job fair virtual bersama kabupaten/kota dan kerja sama penempatan AKAD dengan kawasan industri, "
        "Oktober–November 2026. PJ: Kabid Penempatan Tenaga Kerja.",
    ),
    "IKU-DPMPTSP-01": (
        "Dua rencana investasi PMA sektor smelter menunda realisasi karena pembebasan lahan dan persetujuan "
        "lingkungan belum tuntas; PMDN perkebunan melambat karena harga CPO turun.",
        "Satgas Percepatan Investasi (SK Gubernur) memfasilitasi penyelesaian lahan bersama Kanwil BPN dan DLH; "
        "target selesai November 2026. PJ: Kepala DPMPTSP.",
    ),
    "IKU-PERKIM-01": (
        "Kontrak bantuan stimulan rumah baru ditandatangani Agustus; pekerjaan fisik menumpuk di triwulan IV.",
        "Percepatan pencairan bantuan melalui swakelola kelompok masyarakat dan pemantauan mingguan oleh Bidang "
        "Perumahan; laporan progres ke Sekda setiap Jumat.",
    ),
}
_PENDORONG = (
    "Dukungan anggaran tepat waktu dan koordinasi yang baik dengan kabupaten/kota.",
    "Pelaksanaan kegiatan sesuai jadwal dan pendampingan teknis dari kementerian.",
    "Pemanfaatan aplikasi pemantauan sehingga data lebih cepat tersedia.",
    "Partisipasi aktif masyarakat dan mitra pembangunan.",
    "Kolaborasi lintas perangkat daerah melalui forum koordinasi triwulanan.",
    "SDM pelaksana telah mengikuti bimbingan teknis.",
    "Kegiatan prioritas didukung DAK dan bantuan keuangan provinsi.",
    "Kondisi cuaca mendukung pelaksanaan pekerjaan di lapangan.",
)
# For macro indicators measured by BPS the generic activity texts would read oddly.
_PENDORONG_MAKRO = (
    "Konsumsi rumah tangga tetap kuat dan harga komoditas utama relatif stabil.",
    "Koordinasi TPID dan program pengendalian harga berjalan efektif.",
    "Belanja modal pemerintah daerah dan investasi swasta terealisasi sesuai jadwal.",
    "Program perlindungan sosial dan padat karya tersalur tepat waktu.",
)
_PENGHAMBAT_MAKRO = (
    "Harga komoditas ekspor utama melemah.",
    "Gangguan cuaca menurunkan produksi pertanian dan perikanan.",
    "Kenaikan harga pangan bergejolak menekan daya beli rumah tangga miskin.",
)
_TINDAK_LANJUT_MAKRO = (
    "Percepatan belanja modal dan program padat karya pada triwulan berikutnya.",
    "Penguatan koordinasi TPID dan operasi pasar pada komoditas bergejolak.",
    "Penajaman sasaran bantuan sosial menggunakan data DTSEN.",
)
_PENGHAMBAT = (
    "Keterlambatan proses pengadaan barang/jasa pada awal tahun.",
    "Data dari kabupaten/kota terlambat disampaikan.",
    "Keterbatasan anggaran setelah rasionalisasi belanja.",
    "Cuaca ekstrem menghambat pekerjaan di lapangan.",
    "Pergantian pejabat pengelola kegiatan di pertengahan tahun.",
    "Koordinasi dengan instansi vertikal belum optimal.",
    "Aplikasi pelaporan mengalami gangguan.",
)
_TINDAK_LANJUT = (
    "Percepatan pengadaan dan pemantauan mingguan oleh PPTK.",
    "Surat permintaan data dan pendampingan pelaporan kepada kabupaten/kota.",
    "Pengusulan tambahan anggaran pada APBD Perubahan.",
    "Penjadwalan ulang kegiatan lapangan pada triwulan berikutnya.",
    "Rapat koordinasi teknis dengan instansi vertikal terkait.",
    "Penguatan kapasitas operator aplikasi pelaporan.",
)

# --------------------------------------------------------------------------------------------
# Nomenclature (Permendagri 90/2019, as updated by Kepmendagri) per OPD. `@KEY` starts an OPD,
# `P`, `K`, `S` are program, kegiatan and sub kegiatan lines (sub codes append to the kegiatan).
# After `|` on a program line: the IKU it serves (`P12` = IKU-P12, `02` = the OPD's IKU 02),
# `-` = orphan (no path to any IKU), `np` = non-priority program.
# --------------------------------------------------------------------------------------------
_CATALOG = """
@DISDIK
P 1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN | 01,02,03
K 1.01.02.1.01 Pengelolaan Pendidikan Sekolah Menengah Atas
S 0001 Pembangunan Unit Sekolah Baru (USB)
S 0003 Pembangunan Ruang Guru/Kepala Sekolah/TU
S 0014 Pembangunan Sarana, Prasarana dan Utilitas Sekolah
S 0019 Rehabilitasi Sedang/Berat Ruang Kelas Sekolah
S 0024 Rehabilitasi Sedang/Berat Ruang Laboratorium Komputer
S 0028 Rehabilitasi Sedang/Berat Perpustakaan Sekolah
S 0041 Pengadaan Alat Praktik dan Peraga Peserta Didik
S 0045 Penyediaan Biaya Personil Peserta Didik Sekolah Menengah Atas
S 0049 Pembinaan Minat, Bakat dan Kreativitas Siswa
S 0052 Pembinaan Kelembagaan dan Manajemen Sekolah Menengah Atas
S 0053 Pengelolaan Dana BOS Sekolah Menengah Atas
S 0072 Pembangunan Ruang Kelas Baru
K 1.01.02.1.02 Pengelolaan Pendidikan Sekolah Menengah Kejuruan
S 0004 Pembangunan Ruang Praktik Siswa
S 0005 Pembangunan Ruang Laboratorium
S 0007 Pembangunan Perpustakaan Sekolah
S 0018 Rehabilitasi Ruang Laboratorium
S 0033 Pengadaan Alat Praktik dan Peraga Peserta Didik
S 0037 Penyediaan Biaya Personil Peserta Didik Sekolah Menengah Kejuruan
S 0045 Pembinaan Kelembagaan dan Manajemen Sekolah Menengah Kejuruan
S 0063 Rehabilitasi Ruang Praktik Peserta Didik
K 1.01.02.1.03 Pengelolaan Pendidikan Khusus
S 0008 Pembangunan Sarana, Prasarana dan Utilitas Sekolah
S 0044 Penyediaan Biaya Personil Peserta Didik Pendidikan Khusus
S 0052 Pengelolaan Dana BOS Sekolah Pendidikan Khusus
P 1.01.03 PROGRAM PENGEMBANGAN KURIKULUM | 03
K 1.01.03.1.01 Penetapan Kurikulum Muatan Lokal Pendidikan Menengah dan Muatan Lokal Pendidikan Khusus
S 0001 Penyusunan Kurikulum Muatan Lokal Pendidikan Menengah
S 0002 Sosialisasi dan Pelaksanaan Kurikulum Muatan Lokal Pendidikan Menengah
P 1.01.04 PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN | 04
K 1.01.04.1.01 Pemindahan Pendidik dan Tenaga Kependidikan Lintas Kabupaten/Kota dalam 1 (Satu) Provinsi
S 0001 Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan Satuan Pendidikan Menengah dan Pendidikan Khusus
S 0002 Penataan Pendistribusian Pendidik dan Tenaga Kependidikan Satuan Pendidikan Menengah dan Pendidikan Khusus
@DINKES
P 1.02.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI
K 1.02.01.1.10 Peningkatan Pelayanan BLUD
S 0001 Pelayanan dan Penunjang Pelayanan BLUD
P 1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT | P02,P03,03,04
K 1.02.02.1.01 Penyediaan Fasilitas Pelayanan, Sarana, Prasarana dan Alat Kesehatan untuk UKP Rujukan, UKM dan UKM Rujukan Tingkat Daerah Provinsi
S 0004 Pengembangan Fasilitas Kesehatan Lainnya
S 0006 Pengembangan Pendekatan Pelayanan Kesehatan di DTPK (Pelayanan Kesehatan Bergerak, Gugus Pulau, Pelayanan Kesehatan Berbasis Telemedicine, dll)
S 0010 Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Layanan Kesehatan
S 0016 Pengadaan Barang Penunjang Operasional Rumah Sakit
S 0017 Pemeliharaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Layanan Kesehatan
S 0020 Penyediaan Telemedicine di Fasilitas Pelayanan Kesehatan
S 0026 Pengembangan Rumah Sakit
S 0027 Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan
K 1.02.02.1.02 Penyediaan Layanan Kesehatan untuk UKP Rujukan, UKM dan UKM Rujukan Tingkat Daerah Provinsi
S 0001 Pengelolaan Pelayanan Kesehatan bagi Penduduk Terdampak Krisis Kesehatan Akibat Bencana dan/atau Berpotensi Bencana
S 0002 Pengelolaan Pelayanan Kesehatan bagi Penduduk pada Kondisi Kejadian Luar Biasa (KLB)
S 0003 Pengelolaan Pelayanan Kesehatan Ibu dan Anak
S 0004 Pengelolaan Pelayanan Kesehatan Usia Produktif
S 0005 Pengelolaan Pelayanan Kesehatan Usia Lanjut
S 0006 Pengelolaan Pelayanan Kesehatan Gizi Masyarakat
S 0008 Pengelolaan Pelayanan Kesehatan Lingkungan
S 0009 Pengelolaan Pelayanan Promosi Kesehatan
S 0016 Pengelolaan Jaminan Kesehatan Masyarakat
S 0017 Pengelolaan Surveilans Kesehatan
S 0022 Operasional Pelayanan Rumah Sakit
S 0023 Penyediaan dan Pengelolaan Sistem Penanganan Gawat Darurat Terpadu (SPGDT)
S 0024 Pengelolaan Rujukan dan Rujuk Balik
K 1.02.02.1.03 Penyelenggaraan Sistem Informasi Kesehatan Secara Terintegrasi
S 0002 Pengelolaan Sistem Informasi Kesehatan
K 1.02.02.1.04 Penerbitan Izin Rumah Sakit Kelas B dan Fasilitas Pelayanan Kesehatan Tingkat Daerah Provinsi
S 0002 Peningkatan Tata Kelola Rumah Sakit
S 0003 Peningkatan Mutu Pelayanan Fasilitas Kesehatan
P 1.02.03 PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN | 02
K 1.02.03.1.01 Perencanaan Kebutuhan Sumber Daya Manusia Kesehatan untuk UKM dan UKP Provinsi
S 0002 Distribusi dan Pemerataan Sumber Daya Manusia Kesehatan
K 1.02.03.1.02 Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Provinsi
S 0001 Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan
P 1.02.04 PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN | 02
K 1.02.04.1.02 Penerbitan Izin Usaha Kecil Obat Tradisional (UKOT)
S 0001 Pengendalian dan Pengawasan serta Tindak Lanjut Penerbitan Izin Usaha Kecil Obat Tradisional
P 1.02.05 PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN | 01,P02
K 1.02.05.1.01 Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran Serta Masyarakat dan Lintas Sektor Tingkat Daerah Provinsi
S 0001 Peningkatan Upaya Advokasi Kesehatan, Pemberdayaan, Penggalangan Kemitraan, Peran serta Masyarakat dan Lintas Sektor Tingkat Daerah Provinsi
K 1.02.05.1.03 Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM) Tingkat Daerah Provinsi
S 0001 Bimbingan Teknis dan Supervisi UKBM
@PUPR
P 1.03.02 PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA) | 01,04
K 1.03.02.1.01 Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) Lintas Daerah Kabupaten/Kota
S 0009 Pembangunan Tanggul Sungai
S 0079 Normalisasi/Restorasi Sungai
S 0096 Pembangunan Seawall dan Bangunan Pengaman Pantai Lainnya
S 0101 Operasi dan Pemeliharaan Sungai
S 0116 Pembangunan Sumur Air Tanah untuk Air Baku
S 0120 Pembangunan Embung dan Penampung Air Lainnya
S 0122 Penyusunan Rencana Teknis dan Dokumen Lingkungan Hidup untuk Konstruksi Pengendali Banjir, Lahar, dan Pengaman Pantai
K 1.03.02.1.02 Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya 1000 Ha-3000 Ha dan Daerah Irigasi Lintas Daerah Kabupaten/Kota
S 0003 Pembangunan Bendung Irigasi
S 0014 Rehabilitasi Jaringan Irigasi Permukaan
S 0022 Operasi dan Pemeliharaan Bendung Irigasi
S 0032 Penyusunan Rencana Teknis dan Dokumen Lingkungan Hidup untuk Konstruksi Irigasi dan Rawa
P 1.03.03 PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM | 03
K 1.03.03.1.01 Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) Lintas Kabupaten/Kota
S 0015 Penyusunan Rencana, Kebijakan, Strategi dan Teknis Sistem Penyediaan Air Minum (SPAM)
S 0021 Fasilitasi Kerja Sama Penyelenggaraan Sistem Penyediaan Air Minum (SPAM) Lintas Kabupaten/Kota
P 1.03.10 PROGRAM PENYELENGGARAAN JALAN | P12,02
K 1.03.10.1.01 Penyelenggaraan Jalan Provinsi
S 0024 Pengawasan Penyelenggaraan Jalan Kewenangan Provinsi
S 0025 Rehabilitasi Jembatan
S 0027 Pemeliharaan Berkala Jembatan
S 0030 Rehabilitasi Jalan
S 0031 Rekonstruksi Jalan
S 0032 Pembangunan Jembatan
S 0033 Pemeliharaan Rutin Jalan
S 0035 Pelebaran Jalan Menambah Lajur
S 0038 Pemeliharaan Berkala Jalan
S 0040 Pelebaran Jalan Menuju Standar
S 0041 Penyusunan Rencana, Kebijakan, Strategi dan Teknis Pengembangan Jaringan Jalan serta Perencanaan Teknis Penyelenggaraan Jalan dan Jembatan
S 0042 Pembangunan Jalan
S 0044 Pengelolaan Leger Jalan
P 1.03.11 PROGRAM PENGEMBANGAN JASA KONSTRUKSI | P12
K 1.03.11.1.01 Penyelenggaraan Pelatihan Tenaga Ahli Konstruksi
S 0011 Pelatihan Tenaga Kerja Konstruksi Kualifikasi Ahli
P 1.03.12 PROGRAM PENYELENGGARAAN PENATAAN RUANG | 04
K 1.03.12.1.02 Koordinasi dan Sinkronisasi Perencanaan Tata Ruang
S 0003 Evaluasi Rancangan Peraturan Daerah tentang RTRW dan RRTR Kabupaten/Kota
K 1.03.12.1.04 Koordinasi dan Sinkronisasi Pengendalian Pemanfataan Ruang Daerah Provinsi
S 0004 Koordinasi Pelaksanaan Penataan Ruang
@PERKIM
P 1.04.02 PROGRAM PENGEMBANGAN PERUMAHAN | 01
K 1.04.02.1.01 Penyediaan dan Rehabilitasi Rumah Korban Bencana atau Relokasi Program Provinsi
S 0001 Pendataan Rumah Korban Bencana
S 0002 Rehabilitasi Rumah bagi Korban Bencana
S 0004 Pembangunan Rumah bagi Korban Bencana
K 1.04.02.1.02 Fasilitasi Penyediaan Rumah bagi Masyarakat yang Terkena Relokasi Program Pemerintah Daerah Provinsi
S 0001 Pendataan Masyarakat yang Terkena Relokasi
S 0003 Penyediaan Rumah bagi Masyarakat yang Terkena Relokasi
K 1.04.02.1.03 Penerbitan Izin Pembangunan dan Pengembangan Perumahan
S 0002 Pembinaan Pengembang Perumahan
P 1.04.03 PROGRAM KAWASAN PERMUKIMAN | 01,02
K 1.04.03.1.01 Penataan Kawasan Permukiman Kumuh dengan Luas 10 (Sepuluh) Ha sampai dengan di Bawah 15 (Lima Belas) Ha
S 0014 Pembinaan Kelompok Swadaya Masyarakat di Permukiman Kumuh
S 0017 Koordinasi dan Sinkronisasi Penyelenggaraan Kawasan Permukiman
K 1.04.03.1.02 Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas 10 (Sepuluh) Ha sampai dengan di Bawah 15 (Lima Belas) Ha
S 0001 Perbaikan Prasarana, Sarana dan Utilitas Umum di Kawasan Permukiman Kumuh
S 0003 Perbaikan Rumah Tidak Layak Huni dalam Kawasan Permukiman dengan Luas 10 (Sepuluh) Ha sampai dengan di Bawah 15 (Lima Belas) Ha
P 1.04.05 PROGRAM PENINGKATAN PRASARANA, SARANA DAN UTILITAS UMUM (PSU) | 03,04
K 1.04.05.1.01 Urusan Penyelenggaraan PSU Permukiman
S 0001 Perencanaan Penyediaan PSU Permukiman
S 0002 Penyediaan Prasarana, Sarana, dan Utilitas Umum di Perumahan untuk Menunjang Fungsi Hunian
S 0004 Rehabilitasi Prasarana, Sarana, dan Utilitas Umum di Perumahan
@SATPOLPP
P 1.05.02 PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM | 01,02,03
K 1.05.02.1.01 Penanganan Gangguan Ketenteraman dan Ketertiban Umum Lintas Daerah Kabupaten/Kota dalam 1 (Satu) Daerah Provinsi
S 0016 Pemberdayaan Perlindungan Masyarakat dalam rangka Ketenteraman dan Ketertiban Umum
S 0017 Pencegahan Gangguan Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat melalui Deteksi Dini dan Cegah Dini, Pembinaan dan Penyuluhan, Pelaksanaan Patroli, Pengamanan, dan Pengawalan
S 0019 Penindakan atas Gangguan Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat Berdasarkan Perda dan Perkada melalui Penertiban dan Penanganan Unjuk Rasa dan Kerusuhan Massa
K 1.05.02.1.02 Penegakan Peraturan Daerah Provinsi dan Peraturan Gubernur
S 0002 Pengawasan atas Kepatuhan terhadap Pelaksanaan Peraturan Daerah dan Peraturan Gubernur
S 0003 Penanganan atas Pelanggaran Peraturan Daerah dan Peraturan Gubernur
K 1.05.02.1.03 Pembinaan Penyidik Pegawai Negeri Sipil (PPNS) Provinsi
S 0001 Pengembangan Kapasitas dan Karier PPNS
@BPBD
P 1.05.03 PROGRAM PENANGGULANGAN BENCANA | P15,01,02,03
K 1.05.03.1.01 Pelayanan Informasi Rawan Bencana Provinsi
S 0002 Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana Provinsi (Per Jenis Bencana)
S 0003 Penyusunan Kajian Risiko Bencana Provinsi
K 1.05.03.1.02 Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana
S 0012 Penyusunan Rencana Penanggulangan Bencana Daerah
S 0013 Penguatan Kapasitas Kawasan untuk Pencegahan dan Kesiapsiagaan Bencana
S 0014 Pengendalian Operasi dan Penyediaan Sarana Prasarana Kesiapsiagaan terhadap Bencana
S 0015 Pengembangan Kapasitas Tim Reaksi Cepat (TRC) Bencana
S 0017 Penyusunan Rencana Kontijensi
S 0021 Penyediaan Peralatan Perlindungan dan Kesiapsiagaan Bencana
K 1.05.03.1.03 Pelayanan Penyelamatan dan Evakuasi Korban Bencana
S 0002 Respon Cepat Penanganan Darurat Bencana
S 0004 Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana
S 0005 Aktivasi Sistem Komando Penanganan Darurat Bencana
K 1.05.03.1.04 Penataan Sistem Dasar Penanggulangan Bencana
S 0006 Pelatihan Keluarga Tanggap Bencana Alam
S 0007 Penanganan Pasca Bencana Provinsi
S 0019 Kerja Sama Antar Lembaga dan Kemitraan dalam Penanggulangan Bencana
@DINSOS
P 1.06.02 PROGRAM PEMBERDAYAAN SOSIAL | 04
K 1.06.02.1.02 Pemberdayaan Potensi Sumber Kesejahteraan Sosial Provinsi
S 0001 Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Provinsi
S 0002 Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Provinsi
S 0004 Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Provinsi
P 1.06.04 PROGRAM REHABILITASI SOSIAL | 01
K 1.06.04.1.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di dalam Panti
S 0001 Penyediaan Permakanan
S 0002 Penyediaan Sandang
S 0004 Penyediaan Alat Bantu
S 0006 Pemberian Bimbingan Fisik, Mental, Spiritual dan Sosial
K 1.06.04.1.02 Rehabilitasi Sosial Dasar Anak Terlantar di dalam Panti
S 0001 Pengasuhan
S 0002 Penyediaan Makanan
S 0008 Fasilitasi Pembuatan Akta Kelahiran, Nomor Induk Kependudukan, dan Kartu Identitas Anak
S 0009 Akses ke Layanan Pendidikan dan Kesehatan Dasar
K 1.06.04.1.03 Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di dalam Panti
S 0002 Penyediaan Sandang
S 0005 Penyediaan Perbekalan Kesehatan di dalam Panti Sosial
S 0006 Pemberian Bimbingan Fisik, Mental, Spiritual dan Sosial
S 0012 Pemulasaraan
K 1.06.04.1.04 Rehabilitasi Sosial Dasar Gelandangan dan Pengemis di dalam Panti
S 0001 Penyediaan Permakanan
S 0007 Pemberian Bimbingan Keterampilan Dasar
S 0010 Pemulangan ke Daerah Asal
P 1.06.05 PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL | P04,02
K 1.06.05.1.02 Pengelolaan Data Fakir Miskin Cakupan Daerah Provinsi
S 0001 Fasilitasi Bantuan Sosial Kesejahteraan Keluarga
S 0002 Pengelolaan Fakir Miskin Lintas Daerah Kabupaten/Kota
S 0003 Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat
P 1.06.06 PROGRAM PENANGANAN BENCANA | 03
K 1.06.06.1.01 Perlindungan Sosial Korban Bencana Alam dan Sosial Provinsi
S 0001 Penyediaan Permakanan
S 0004 Penanganan Khusus bagi Kelompok Rentan
S 0005 Pelayanan Dukungan Psikososial
P 1.06.07 PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN | 01
K 1.06.07.1.01 Pengelolaan Taman Makam Pahlawan Nasional Provinsi
S 0002 Pemeliharaan Taman Makam Pahlawan Nasional Provinsi
@DISNAKERTRANS
P 2.07.02 PROGRAM PERENCANAAN TENAGA KERJA | P06
K 2.07.02.1.01 Penyusunan Rencana Tenaga Kerja (RTK)
S 0001 Penyusunan Rencana Tenaga Kerja Makro
P 2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA | 01,P06
K 2.07.03.1.01 Pelaksanaan Latihan Kerja Berdasarkan Klaster Kompetensi
S 0001 Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja Berdasarkan Klaster Kompetensi
K 2.07.03.1.04 Pengukuran Produktivitas Tingkat Daerah Provinsi
S 0001 Pengukuran Kompetensi dan Produktivitas Tenaga Kerja
P 2.07.04 PROGRAM PENEMPATAN TENAGA KERJA | 02,P06
K 2.07.04.1.01 Pelayanan Antar Kerja Lintas Daerah Kabupaten/Kota
S 0003 Penyuluhan dan Bimbingan Jabatan bagi Pencari Kerja
S 0004 Pembinaan Operasionalisasi Pelayanan Penempatan Tenaga Kerja AKAD (Antar Kerja Antar Daerah) dan AKL (Antar Kerja Lokal)
K 2.07.04.1.03 Pengelolaan Informasi Pasar Kerja
S 0001 Penyebarluasan Informasi Pasar Kerja
K 2.07.04.1.04 Pelindungan PMI (Pra dan Purna Penempatan) di Daerah Provinsi
S 0001 Peningkatan Pelindungan dan Kompetensi Calon Pekerja Migran Indonesia (PMI)/Pekerja Migran Indonesia (PMI)
P 2.07.05 PROGRAM HUBUNGAN INDUSTRIAL | 04
K 2.07.05.1.02 Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja, dan Penutupan Perusahaan yang Berakibat/Berdampak pada Kepentingan di 1 (satu) Daerah Provinsi
S 0001 Pencegahan Perselisihan Hubungan Industrial, Mogok Kerja, dan Penutupan Perusahaan yang Berakibat/Berdampak pada Kepentingan di 1 (satu) Daerah Provinsi
K 2.07.05.1.03 Penetapan Upah Minimum Provinsi (UMP), Upah Minimum Sektoral Provinsi (UMSP), Upah Minimum Kabupaten/Kota (UMK), dan Upah Minimum Sektoral Kabupaten/Kota (UMSK)
S 0001 Penetapan Upah Minimum Provinsi (UMP)
P 2.07.06 PROGRAM PENGAWASAN KETENAGAKERJAAN | 03
K 2.07.06.1.01 Penyelenggaraan Pengawasan Ketenagakerjaan
S 0001 Pengawasan Pelaksanaan Norma Kerja di Perusahaan
S 0002 Penegakan Hukum Ketenagakerjaan di Perusahaan
S 0003 Pelayanan Keselamatan dan Kesehatan Kerja di Perusahaan
P 3.32.04 PROGRAM PENGEMBANGAN KAWASAN TRANSMIGRASI | 02
K 3.32.04.1.01 Pengembangan Satuan Permukiman pada Tahap Pemantapan
S 0002 Penguatan Infrastruktur Sosial, Ekonomi dan Kelembagaan dalam rangka Pemantapan Satuan Permukiman
@DP3AP2KB
P 2.08.02 PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN | 01
K 2.08.02.1.01 Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Provinsi
S 0008 Sosialisasi Kebijakan Penyelenggaraan PUG Kewenangan Provinsi
K 2.08.02.1.02 Pemberdayaan Perempuan Bidang Politik, Hukum, Sosial, dan Ekonomi pada Organisasi Kemasyarakatan Kewenangan Provinsi
S 0003 Sosialisasi Peningkatan Partisipasi Perempuan di Bidang Politik, Hukum, Sosial dan Ekonomi Kewenangan Provinsi
P 2.08.03 PROGRAM PERLINDUNGAN PEREMPUAN | 01,02
K 2.08.03.1.01 Pencegahan Kekerasan terhadap Perempuan yang Melibatkan para Pihak Lingkup Daerah Provinsi dan Lintas Daerah Kabupaten/Kota
S 0001 Koordinasi dan Sinkronisasi Pelaksanaan Kebijakan, Program dan Kegiatan Pencegahan Kekerasan terhadap Perempuan Kewenangan Provinsi
S 0002 Advokasi Kebijakan dan Pendampingan Layanan Perlindungan Perempuan Kewenangan Provinsi
K 2.08.03.1.02 Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan yang Memerlukan Koordinasi Tingkat Daerah Provinsi dan Lintas Daerah Kabupaten/Kota
S 0002 Koordinasi dan Sinkronisasi Pelaksanaan Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan Kewenangan Provinsi
P 2.08.05 PROGRAM PENGELOLAAN SISTEM DATA GENDER DAN ANAK | 01
K 2.08.05.1.01 Pengumpulan, Pengolahan Analisis dan Penyajian Data Gender dan Anak dalam Kelembagaan Data di Tingkat Daerah Provinsi
S 0001 Penyediaan Data Gender dan Anak Provinsi
P 2.08.06 PROGRAM PEMENUHAN HAK ANAK (PHA) | 02
K 2.08.06.1.02 Penguatan dan Pengembangan Lembaga Penyedia Layanan Peningkatan Kualitas Hidup Anak Kewenangan Provinsi
S 0001 Penyediaan Layanan Peningkatan Kualitas Hidup Anak Kewenangan Provinsi
S 0006 Pengembangan Komunikasi, Informasi dan Edukasi Pemenuhan Hak Anak
P 2.08.07 PROGRAM PERLINDUNGAN KHUSUS ANAK | 01,02
K 2.08.07.1.01 Pencegahan Kekerasan terhadap Anak yang Melibatkan para Pihak Lingkup Daerah Provinsi dan Lintas Daerah Kabupaten/Kota
S 0002 Koordinasi dan Sinkronisasi Pencegahan Kekerasan terhadap Anak Kewenangan Provinsi
P 2.14.02 PROGRAM PENGENDALIAN PENDUDUK | 03
K 2.14.02.1.01 Pemaduan dan Sinkronisasi Kebijakan Pemerintah Pusat dengan Pemerintah Daerah Provinsi dalam rangka Pengendalian Kuantitas Penduduk
S 0017 Penyerasian Kebijakan Pembangunan Daerah Provinsi terhadap Pembangunan Keluarga, Kependudukan, dan Keluarga Berencana (Bangga Kencana)
P 2.14.03 PROGRAM PEMBINAAN KELUARGA BERENCANA (KB) | 03,04
K 2.14.03.1.01 Pengembangan Desain Program, Pengelolaan dan Pelaksanaan Advokasi, Komunikasi, Informasi dan Edukasi (KIE) Pengendalian Penduduk dan KB Sesuai Kearifan Budaya Lokal
S 0009 Penurunan Kehamilan yang Tidak Diinginkan
P 2.14.04 PROGRAM PEMBERDAYAAN DAN PENINGKATAN KELUARGA SEJAHTERA (KS) | P02
K 2.14.04.1.01 Pengelolaan Pelaksanaan Desain Program Pembangunan Keluarga melalui Pembinaan Ketahanan dan Kesejahteraan Keluarga
S 0017 Pelaksanaan Fasilitasi, Pembimbingan, Pengembangan, dan Penguatan Penyiapan Pengasuhan 1000 HPK
@DISHANPAN
P 2.09.02 PROGRAM PENGELOLAAN SUMBER DAYA EKONOMI UNTUK KEDAULATAN DAN KEMANDIRIAN PANGAN | P10,03
K 2.09.02.1.01 Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah Provinsi dalam rangka Stabilisasi Pasokan dan Harga Pangan
S 0001 Penyediaan Infrastruktur dan Seluruh Pendukung Kemandirian Pangan sesuai Kewenangan Provinsi
S 0003 Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah Provinsi
K 2.09.02.1.02 Pengelolaan dan Keseimbangan Cadangan Pangan Provinsi
S 0001 Penyediaan Cadangan Pangan Provinsi
S 0002 Penyaluran Cadangan Pangan Provinsi
P 2.09.03 PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT | 01
K 2.09.03.1.04 Promosi Pencapaian Target Konsumsi Pangan Perkapita/Tahun sesuai dengan Angka Kecukupan Gizi melalui Media Provinsi
S 0001 Promosi Penganekaragaman Konsumsi Pangan Berbasis Sumber Daya Lokal
P 2.09.04 PROGRAM PENANGANAN KERAWANAN PANGAN | 02
K 2.09.04.1.01 Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah Provinsi dalam rangka Penanganan Kerawanan Pangan
S 0001 Penyusunan Peta Ketahanan dan Kerentanan Pangan Provinsi
S 0002 Penanganan Kerawanan Pangan Kewenangan Provinsi
P 2.09.05 PROGRAM PENGAWASAN KEAMANAN PANGAN | 04
K 2.09.05.1.01 Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah Provinsi
S 0001 Pengawasan Keamanan Pangan Segar Daerah Provinsi
S 0002 Sertifikasi dan Registrasi Pangan Segar
@DLH
P 2.11.02 PROGRAM PERENCANAAN LINGKUNGAN HIDUP | P13
K 2.11.02.1.01 Rencana Perlindungan dan Pengelolaan Lingkungan Hidup (RPPLH) Provinsi
S 0002 Pengendalian Pelaksanaan RPPLH Provinsi
K 2.11.02.1.02 Penyelenggaraan Kajian Lingkungan Hidup Strategis (KLHS) Provinsi
S 0002 Pembuatan dan Pelaksanaan KLHS RPJPD/RPJMD
P 2.11.03 PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP | 01,02
K 2.11.03.1.01 Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup
S 0001 Koordinasi, Sinkronisasi dan Pelaksanaan Pencegahan Pencemaran Lingkungan Hidup terhadap Media Tanah, Air, Udara, dan Laut
S 0002 Koordinasi, Sinkronisasi dan Pelaksanaan Pengendalian Emisi Gas Rumah Kaca, Mitigasi dan Adaptasi Perubahan Iklim
K 2.11.03.1.02 Penanggulangan Pencemaran dan/atau Kerusakan Lingkungan Hidup
S 0001 Pemberian Informasi Peringatan Pencemaran dan/atau Kerusakan Lingkungan Hidup pada Masyarakat
P 2.11.04 PROGRAM PENGELOLAAN KEANEKARAGAMAN HAYATI (KEHATI) | P13
K 2.11.04.1.01 Pengelolaan Keanekaragaman Hayati Provinsi
S 0008 Pengelolaan Taman Keanekaragaman Hayati di Luar Kawasan Hutan
P 2.11.05 PROGRAM PENGENDALIAN BAHAN BERBAHAYA DAN BERACUN (B3) DAN LIMBAH BAHAN BERBAHAYA DAN BERACUN (LIMBAH B3) | 04
K 2.11.05.1.01 Pengumpulan Limbah B3 Lintas Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi
S 0002 Koordinasi dan Sinkronisasi Pengelolaan Limbah B3 dengan Pemerintah Pusat dalam rangka Pengangkutan, Pemanfaatan, Pengolahan, dan/atau Penimbunan
P 2.11.06 PROGRAM PEMBINAAN DAN PENGAWASAN TERHADAP IZIN LINGKUNGAN DAN IZIN PERLINDUNGAN DAN PENGELOLAAN LINGKUNGAN HIDUP (PPLH) | 04
K 2.11.06.1.01 Pembinaan dan Pengawasan Izin Lingkungan dan Izin PPLH yang Diterbitkan oleh Pemerintah Daerah Provinsi
S 0003 Pengawasan Usaha dan/atau Kegiatan yang Izin Lingkungan Hidup dan Izin PPLH-nya Diterbitkan oleh Pemerintah Daerah Provinsi
S 0004 Koordinasi dan Sinkronisasi Pengawasan dan Penerapan Sanksi Upaya dan Rencana PPLH
P 2.11.08 PROGRAM PENINGKATAN PENDIDIKAN, PELATIHAN DAN PENYULUHAN LINGKUNGAN HIDUP UNTUK MASYARAKAT | P13
K 2.11.08.1.01 Penyelenggaraan Pendidikan, Pelatihan, dan Penyuluhan Lingkungan Hidup untuk Lembaga Kemasyarakatan Tingkat Daerah Provinsi
S 0002 Pendampingan Gerakan Peduli Lingkungan Hidup
P 2.11.10 PROGRAM PENANGANAN PENGADUAN LINGKUNGAN HIDUP | 04
K 2.11.10.1.01 Penyelesaian Pengaduan Masyarakat di Bidang Perlindungan dan Pengelolaan Lingkungan Hidup (PPLH) Provinsi
S 0001 Penerimaan dan Penelaahan Pengaduan Masyarakat terkait Izin Lingkungan dan Izin PPLH
P 2.11.11 PROGRAM PENGELOLAAN PERSAMPAHAN | 03
K 2.11.11.1.01 Penanganan Sampah di TPA/TPST Regional
S 0001 Penyusunan Rencana, Kebijakan dan Teknis Penanganan Sampah Regional
S 0005 Koordinasi dan Sinkronisasi Penyediaan Prasarana dan Sarana Penanganan Sampah di TPA/TPST Regional
@DPMD
P 2.13.03 PROGRAM PENINGKATAN KERJA SAMA DESA | 01
K 2.13.03.1.01 Fasilitasi Kerja Sama antar Desa yang Menjadi Kewenangan Provinsi
S 0003 Fasilitasi Pembangunan Kawasan Perdesaan
P 2.13.04 PROGRAM ADMINISTRASI PEMERINTAHAN DESA | 03
K 2.13.04.1.01 Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa
S 0005 Fasilitasi Pengelolaan Keuangan Desa
S 0008 Fasilitasi Evaluasi Perkembangan Desa serta Lomba Desa dan Kelurahan
S 0010 Pembinaan Aparatur Pemerintah Desa
S 0012 Pembinaan Percepatan Pembangunan Desa melalui Bantuan Keuangan, Bantuan Pendampingan dan Bantuan Teknis
S 0015 Pembinaan dan Pengawasan Penetapan Pengaturan BUM Desa Kabupaten/Kota dan Lembaga Kerja Sama antar Desa
P 2.13.05 PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT | 01,02
K 2.13.05.1.01 Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa dan Lembaga Adat Tingkat Daerah Provinsi
S 0003 Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan Desa/Kelurahan (RT, RW, PKK, Posyandu, LPM, dan Karang Taruna), Lembaga Adat Desa/Kelurahan dan Masyarakat Hukum Adat
S 0005 Fasilitasi Pengembangan Usaha Ekonomi Masyarakat dan Pemerintah Desa dalam Meningkatkan Pendapatan Asli Desa
S 0006 Fasilitasi Pemerintah Desa dalam Pemanfaatan Teknologi Tepat Guna
S 0009 Fasilitasi Tim Penggerak PKK dalam Penyelenggaraan Gerakan Pemberdayaan Masyarakat dan Kesejahteraan Keluarga
@DISHUB
P 2.15.02 PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ) | 01,02,04
K 2.15.02.1.01 Penetapan Rencana Induk Jaringan LLAJ Provinsi
S 0001 Pelaksanaan Penyusunan Rencana Induk Jaringan LLAJ Provinsi
K 2.15.02.1.02 Penyediaan Perlengkapan Jalan di Jalan Provinsi
S 0002 Penyediaan Perlengkapan Jalan di Jalan Provinsi
S 0004 Rehabilitasi dan Pemeliharaan Perlengkapan Jalan
K 2.15.02.1.03 Pengelolaan Terminal Penumpang Tipe B
S 0009 Peningkatan Kapasitas Kompetensi SDM Pengelola Terminal Penumpang Tipe B
S 0011 Rehabilitasi dan Pemeliharaan Terminal Tipe B (Fasilitas Utama dan Penunjang)
K 2.15.02.1.05 Pelaksanaan Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Provinsi
S 0001 Penataan Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Provinsi
S 0005 Forum Lalu Lintas dan Angkutan Jalan untuk Jaringan Jalan Provinsi
S 0007 Pengadaan dan Pemasangan Perlengkapan Jalan dalam rangka Manajemen dan Rekayasa Lalu Lintas
K 2.15.02.1.07 Audit dan Inspeksi Keselamatan LLAJ di Jalan
S 0003 Pelaksanaan Inspeksi, Audit dan Pemantauan Terminal
S 0005 Pelaksanaan Inspeksi, Audit dan Pemantauan Sistem Manajemen Keselamatan Perusahaan Angkutan Umum
K 2.15.02.1.08 Penyediaan Angkutan Umum untuk Jasa Angkutan Orang dan/atau Barang Antar Kota dalam 1 (satu) Daerah Provinsi
S 0003 Penyediaan Angkutan Umum untuk Jasa Angkutan Orang dan/atau Barang Antar Kota dalam 1 (satu) Daerah Provinsi
P 2.15.03 PROGRAM PENGELOLAAN PELAYARAN | 03
K 2.15.03.1.09 Pembangunan, Penerbitan Izin Pembangunan dan Pengoperasian Pelabuhan Pengumpan Regional
S 0002 Pembangunan Pelabuhan Pengumpan Regional
S 0003 Pengoperasian dan Pemeliharaan Pelabuhan Pengumpan Regional
@DISKOMINFO
P 2.16.02 PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK | 03
K 2.16.02.1.01 Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Provinsi
S 0002 Monitoring Opini dan Aspirasi Publik
S 0004 Pengelolaan Konten dan Perencanaan Media Komunikasi Publik
S 0006 Pelayanan Informasi Publik
S 0007 Layanan Hubungan Media
S 0011 Penguatan Tata Kelola Komisi Informasi di Daerah
P 2.16.03 PROGRAM PENGELOLAAN APLIKASI INFORMATIKA | 01,02,03
K 2.16.03.1.02 Pengelolaan E-government di Lingkup Pemerintah Daerah Provinsi
S 0001 Penatalaksanaan dan Pengawasan E-government dalam Penyelenggaraan Pemerintahan Daerah Provinsi
S 0002 Sinkronisasi Pengelolaan Rencana Induk dan Anggaran Pemerintahan Berbasis Elektronik
S 0005 Koordinasi dan Sinkronisasi Sistem Keamanan Informasi
S 0006 Koordinasi dan Sinkronisasi Data dan Informasi Elektronik
S 0007 Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik
S 0009 Pengembangan dan Pengelolaan Ekosistem Provinsi Cerdas dan Kota Cerdas
S 0010 Pengembangan dan Pengelolaan Sumber Daya Teknologi Informasi dan Komunikasi Pemerintah Daerah
P 2.20.02 PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL | 02
K 2.20.02.1.01 Penyelenggaraan Statistik Sektoral di Lingkup Daerah Provinsi
S 0001 Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral
S 0003 Membangun Metadata Statistik Sektoral
S 0006 Penyelenggaraan Otorisasi Statistik Sektoral di Daerah
P 2.21.02 PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI | 04
K 2.21.02.1.01 Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Provinsi
S 0003 Pelaksanaan Keamanan Informasi Pemerintahan Daerah Provinsi Berbasis Elektronik dan Non Elektronik
S 0004 Penyediaan Layanan Keamanan Informasi Pemerintah Daerah Provinsi
@DKUKM
P 2.17.03 PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI | 01
K 2.17.03.1.01 Pemeriksaan dan Pengawasan Koperasi yang Wilayah Keanggotaannya Lintas Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi
S 0003 Penguatan Tata Kelola Kelembagaan Koperasi
P 2.17.05 PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN | 01
K 2.17.05.1.01 Pendidikan dan Latihan Perkoperasian bagi Koperasi yang Wilayah Keanggotaannya Lintas Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi
S 0001 Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi
P 2.17.06 PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI | 01
K 2.17.06.1.01 Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya Lintas Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi
S 0002 Peningkatan Produktivitas, Nilai Tambah, Akses Pasar, Akses Pembiayaan, Penguatan Kelembagaan, Penataan Manajemen, Standarisasi, dan Restrukturisasi Usaha
P 2.17.07 PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM) | 02,03
K 2.17.07.1.01 Pemberdayaan Usaha Kecil yang Dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan
S 0001 Menumbuhkembangkan UMKM untuk Menjadi Usaha yang Tangguh dan Mandiri
S 0002 Peningkatan Pemahaman dan Pengetahuan UMKM serta Kapasitas dan Kompetensi SDM UMKM dan Kewirausahaan
P 2.17.08 PROGRAM PENGEMBANGAN UMKM | 02
K 2.17.08.1.01 Pengembangan Usaha Kecil dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Menengah
S 0001 Produksi dan Pengolahan, Pemasaran, Sumber Daya Manusia, serta Desain dan Teknologi
@DPMPTSP
P 2.18.02 PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL | 01
K 2.18.02.1.01 Penetapan Pemberian Fasilitas/Insentif di Bidang Penanaman Modal yang Menjadi Kewenangan Daerah Provinsi
S 0001 Penetapan Kebijakan Daerah dalam Pemberian Fasilitas/Insentif dan Kemudahan Penanaman Modal
K 2.18.02.1.02 Pembuatan Peta Potensi Investasi Provinsi
S 0005 Penyusunan Peta Potensi Investasi Provinsi
P 2.18.03 PROGRAM PROMOSI PENANAMAN MODAL | 01
K 2.18.03.1.01 Penyelenggaraan Promosi Penanaman Modal yang Menjadi Kewenangan Daerah Provinsi
S 0002 Pelaksanaan Kegiatan Promosi Penanaman Modal Kewenangan Provinsi
P 2.18.04 PROGRAM PELAYANAN PENANAMAN MODAL | 02,03
K 2.18.04.1.02 Penanaman Modal yang Menurut Ketentuan Peraturan Perundang-undangan Menjadi Kewenangan Daerah Provinsi
S 0006 Penyediaan dan Pengelolaan Layanan Konsultasi Perizinan Berusaha Berbasis Risiko
S 0007 Penyediaan Pelayanan Perizinan Berusaha melalui Sistem Perizinan Berusaha Berbasis Risiko Terintegrasi secara Elektronik
P 2.18.05 PROGRAM PENGENDALIAN PELAKSANAAN PENANAMAN MODAL | 01
K 2.18.05.1.01 Pengendalian Pelaksanaan Penanaman Modal yang Menjadi Kewenangan Daerah Provinsi
S 0004 Pengawasan Penanaman Modal
S 0005 Penyelesaian Permasalahan dan Hambatan yang Dihadapi Pelaku Usaha dalam Merealisasikan Kegiatan Usahanya
S 0006 Bimbingan Teknis kepada Pelaku Usaha
P 2.18.06 PROGRAM PENGELOLAAN DATA DAN SISTEM INFORMASI PENANAMAN MODAL | 03
K 2.18.06.1.01 Pengelolaan Data dan Informasi Perizinan dan Non Perizinan Penanaman Modal yang Terintegrasi pada Tingkat Daerah Provinsi
S 0002 Pengolahan, Penyajian dan Pemanfaatan Data dan Informasi Perizinan Berbasis Sistem Pelayanan Perizinan Berusaha Terintegrasi secara Elektronik
@DISPUSIP
P 2.23.02 PROGRAM PEMBINAAN PERPUSTAKAAN | 01,02
K 2.23.02.1.01 Pengelolaan Perpustakaan Tingkat Daerah Provinsi
S 0002 Pengembangan Perpustakaan di Tingkat Daerah Provinsi
S 0006 Peningkatan Kapasitas Tenaga Perpustakaan dan Pustakawan Tingkat Daerah Provinsi
S 0007 Pengembangan Layanan Perpustakaan Rujukan Tingkat Daerah Provinsi
S 0009 Pengelolaan dan Pengembangan Bahan Pustaka
S 0015 Pengembangan dan Pemeliharaan Layanan Perpustakaan Elektronik
K 2.23.02.1.02 Pembudayaan Gemar Membaca Tingkat Daerah Provinsi
S 0001 Sosialisasi Budaya Baca dan Literasi pada Satuan Pendidikan Tingkat Menengah dan Pendidikan Khusus serta Masyarakat
S 0004 Pengembangan Literasi Berbasis Inklusi Sosial
P 2.23.03 PROGRAM PELESTARIAN KOLEKSI NASIONAL DAN NASKAH KUNO | 02,np
K 2.23.03.1.01 Pelestarian Karya Cetak dan Karya Rekam Koleksi Daerah di Daerah Provinsi
S 0001 Penghimpunan dan Pengelolaan Serah Simpan Karya Cetak dan Karya Rekam
K 2.23.03.1.03 Pelestarian Naskah Kuno Milik Daerah Provinsi
S 0002 Pengembangan, Pengolahan dan Pengalihmediaan Naskah Kuno yang Dimiliki oleh Masyarakat untuk Dilestarikan dan Didayagunakan
P 2.24.02 PROGRAM PENGELOLAAN ARSIP | -,np
K 2.24.02.1.01 Pengelolaan Arsip Dinamis Provinsi
S 0005 Pelaksanaan Alih Media Arsip Dinamis dan Autentikasi
S 0006 Penciptaan dan Pemeliharaan Arsip Dinamis
K 2.24.02.1.02 Pengelolaan Arsip Statis Daerah Provinsi
S 0001 Pengumpulan dan Penyampaian Salinan Otentik Naskah Asli Arsip Terjaga kepada ANRI
S 0005 Akuisisi Arsip Statis
K 2.24.02.1.03 Pengelolaan Simpul Jaringan dalam Sistem Informasi Kearsipan Nasional Tingkat Provinsi
S 0001 Penyediaan Informasi, Akses dan Layanan Kearsipan Tingkat Daerah Provinsi melalui JIKN
@DKP
P 3.25.02 PROGRAM PENGELOLAAN KELAUTAN, PESISIR DAN PULAU-PULAU KECIL | 03
K 3.25.02.1.01 Pengelolaan Ruang Laut Sampai dengan 12 Mil di Luar Minyak dan Gas Bumi
S 0002 Pengelolaan Kawasan Konservasi di Wilayah Pesisir dan Pulau-Pulau Kecil Berdasarkan Penetapan dari Pemerintah Pusat
S 0003 Rehabilitasi Wilayah Perairan Pesisir dan Pulau-Pulau Kecil
S 0004 Mitigasi Bencana Wilayah Pesisir dan Pulau-Pulau Kecil
K 3.25.02.1.03 Pemberdayaan Masyarakat Pesisir dan Pulau-Pulau Kecil
S 0001 Pengembangan Kapasitas Masyarakat Pesisir dan Pulau-Pulau Kecil
S 0002 Penguatan dan Pengembangan Kelembagaan Masyarakat Pesisir dan Pulau-Pulau Kecil
P 3.25.03 PROGRAM PENGELOLAAN PERIKANAN TANGKAP | 01,04
K 3.25.03.1.01 Pengelolaan Penangkapan Ikan di Wilayah Laut Sampai dengan 12 Mil
S 0002 Penyediaan Prasarana Usaha Perikanan Tangkap
S 0003 Penjaminan Ketersediaan Sarana Usaha Perikanan Tangkap
K 3.25.03.1.06 Penetapan Lokasi Pembangunan serta Pengelolaan Pelabuhan Perikanan Provinsi
S 0002 Penyediaan Sarana dan Prasarana Pelabuhan Perikanan
S 0003 Pelaksanaan Fungsi Pemerintahan dan Pengusahaan Pelabuhan Perikanan
P 3.25.04 PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA | 02
K 3.25.04.1.05 Pengelolaan Pembudidayaan Ikan di Laut
S 0002 Penyediaan Prasarana Pembudidayaan Ikan di Laut
S 0004 Penjaminan Ketersediaan Sarana Pembudidayaan Ikan di Laut
S 0006 Pengelolaan Kesehatan Ikan dan Lingkungan Budidaya di Laut dan Lintas Daerah Kabupaten/Kota
P 3.25.05 PROGRAM PENGAWASAN SUMBER DAYA KELAUTAN DAN PERIKANAN | 03
K 3.25.05.1.01 Pengawasan Sumber Daya Kelautan dan Perikanan sampai dengan 12 Mil
S 0001 Pengawasan Pemanfaatan Ruang Laut sampai dengan 12 Mil
S 0004 Penumbuhan dan Pengembangan Kelompok Masyarakat Pengawas (POKMASWAS)
P 3.25.06 PROGRAM PENGOLAHAN DAN PEMASARAN HASIL PERIKANAN | 04
K 3.25.06.1.02 Pembinaan Mutu dan Keamanan Hasil Perikanan bagi Usaha Pengolahan dan Pemasaran Skala Menengah dan Besar
S 0002 Pelaksanaan Bimbingan, Fasilitasi, Pemantauan, dan Evaluasi terhadap Mutu dan Keamanan Hasil Perikanan
@DISPAR
P 3.26.02 PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA | 01,02
K 3.26.02.1.01 Pengelolaan Daya Tarik Wisata Provinsi
S 0002 Pengadaan, Pemeliharaan dan Rehabilitasi Sarana dan Prasarana Daya Tarik Wisata Provinsi
S 0008 Peningkatan Kapasitas SDM Pengelola Daya Tarik Wisata Provinsi
K 3.26.02.1.03 Pengelolaan Destinasi Pariwisata Provinsi
S 0002 Perencanaan Destinasi Pariwisata Provinsi
S 0007 Penerapan Destinasi Pariwisata Berkelanjutan dalam Pengelolaan Destinasi Pariwisata Provinsi
S 0010 Peningkatan Kapasitas SDM Pengelola Destinasi Pariwisata Provinsi
P 3.26.03 PROGRAM PEMASARAN PARIWISATA | 01,02,04
K 3.26.03.1.01 Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Provinsi
S 0001 Penguatan Promosi melalui Media Cetak, Elektronik, dan Media Lainnya Baik Dalam dan Luar Negeri
S 0003 Penyediaan Data dan Penyebaran Informasi Pariwisata Provinsi, Baik Dalam dan Luar Negeri
S 0004 Peningkatan Kerja Sama dan Kemitraan Pariwisata Dalam dan Luar Negeri
S 0006 Fasilitasi Kegiatan Pemasaran Pariwisata Baik Dalam dan Luar Negeri
P 3.26.04 PROGRAM PENGEMBANGAN EKONOMI KREATIF MELALUI PEMANFAATAN DAN PERLINDUNGAN HAK KEKAYAAN INTELEKTUAL | 03
K 3.26.04.1.02 Pengembangan Ekosistem Ekonomi Kreatif
S 0005 Pengembangan Sistem Pemasaran
S 0018 Fasilitasi Pendaftaran Kekayaan Intelektual
P 3.26.05 PROGRAM PENGEMBANGAN SUMBER DAYA PARIWISATA DAN EKONOMI KREATIF | 03,04
K 3.26.05.1.01 Pelaksanaan Peningkatan Kapasitas Sumber Daya Manusia Pariwisata dan Ekonomi Kreatif Tingkat Lanjutan
S 0004 Fasilitasi Sertifikasi Kompetensi bagi Tenaga Kerja Bidang Pariwisata
S 0014 Pemberdayaan dan Pembinaan Masyarakat untuk Pengembangan Pariwisata
K 3.26.05.1.02 Pengembangan Kapasitas Pelaku Ekonomi Kreatif
S 0001 Pelatihan, Bimbingan Teknis, dan Pendampingan Ekonomi Kreatif
@DISTAN
P 3.27.02 PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN | 01,P11
K 3.27.02.1.01 Pengawasan Penggunaan Sarana Pertanian
S 0001 Pengawasan Sebaran Pupuk, Pestisida, Alsintan, dan Sarana Pendukung Pertanian
S 0002 Koordinasi dan Sinkronisasi Pengawasan Peredaran Sarana Pertanian
K 3.27.02.1.02 Pengawasan Mutu, Penyediaan dan Peredaran Benih Tanaman
S 0001 Pengelolaan Penerbitan Sertifikat Benih
S 0004 Pengawasan Mutu, Penyediaan dan Peredaran Benih/Bibit Perkebunan
K 3.27.02.1.05 Pengendalian dan Pengawasan Penyediaan dan Peredaran Benih/Bibit Ternak dan Tanaman Pakan Ternak serta Pakan Kewenangan Provinsi
S 0003 Pengawasan Peredaran dan Sertifikasi Benih/Bibit Ternak
P 3.27.03 PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN | 01
K 3.27.03.1.01 Penataan Prasarana Pertanian
S 0001 Perencanaan Pengembangan Prasarana, Kawasan dan Komoditas Pertanian
S 0007 Pembangunan dan Pemeliharaan Laboratorium Pertanian
S 0009 Koordinasi, Sinkronisasi dan Penataan Prasarana Pendukung Pertanian Lainnya
S 0010 Pembangunan, Rehabilitasi dan Pemeliharaan Rutin Gedung UPTD Pertanian serta Sarana Pendukungnya
P 3.27.04 PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER | 03
K 3.27.04.1.01 Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular Lintas Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi
S 0001 Pengendalian Risiko dan Penanggulangan Penyakit Hewan dan Zoonosis
K 3.27.04.1.03 Penerapan Persyaratan Teknis Sertifikasi Zona/Kompartemen Bebas Penyakit dan Unit Usaha Produk Hewan
S 0003 Pengujian Laboratorium Kesehatan Hewan dan Kesehatan Masyarakat Veteriner
P 3.27.05 PROGRAM PENGENDALIAN DAN PENANGGULANGAN BENCANA PERTANIAN | 02
K 3.27.05.1.01 Pengendalian dan Penanggulangan Bencana Pertanian Provinsi
S 0001 Pengendalian Organisme Pengganggu Tumbuhan (OPT) Tanaman Pangan, Hortikultura, dan Perkebunan
S 0003 Pencegahan, Penanganan Kebakaran Lahan, dan Gangguan Usaha Tanaman Pangan, Hortikultura, dan Perkebunan
P 3.27.07 PROGRAM PENYULUHAN PERTANIAN | 04,P11
K 3.27.07.1.02 Pengembangan Penerapan Penyuluhan Pertanian
S 0001 Diseminasi Informasi Teknis, Sosial, Ekonomi dan Inovasi Pertanian
S 0002 Pelaksanaan Penyuluhan dan Pemberdayaan Petani
K 3.27.07.1.03 Pengembangan Kapasitas Kelembagaan Ekonomi Petani Berbasis Kawasan
S 0001 Pembentukan dan Penguatan Kelembagaan Korporasi Petani
S 0002 Pendampingan Manajemen Korporasi Petani
@DISHUT
P 3.28.03 PROGRAM PENGELOLAAN HUTAN | 01,02,04
K 3.28.03.1.02 Rencana Pengelolaan Kesatuan Pengelolaan Hutan kecuali pada Kesatuan Pengelolaan Hutan Konservasi (KPHK)
S 0001 Penyusunan Rencana Pengelolaan Kesatuan Pengelolaan Hutan
K 3.28.03.1.03 Pemanfaatan Hutan di Kawasan Hutan Produksi dan Hutan Lindung
S 0001 Penyediaan Data dan Informasi Wilayah Usaha di Kawasan Hutan Produksi
S 0004 Koordinasi dan Sinkronisasi Pengendalian Izin Usaha atau Kerja Sama Pemanfaatan di Kawasan Hutan Produksi
K 3.28.03.1.04 Pelaksanaan Rehabilitasi di Luar Kawasan Hutan Negara
S 0001 Penyusunan Rencana Tahunan Rehabilitasi Lahan (RTnRL)
S 0004 Pembangunan Penghijauan Lingkungan di Luar Kawasan Hutan Negara
S 0008 Pembinaan dan/atau Pengawasan dalam rangka Pengembangan Rehabilitasi Lahan
K 3.28.03.1.05 Pelaksanaan Perlindungan Hutan di Hutan Lindung dan Hutan Produksi
S 0001 Pencegahan dan Pembatasan Kerusakan Hutan
S 0004 Koordinasi, Sinkronisasi dan Pelaksanaan Perlindungan Hutan
S 0005 Koordinasi, Sinkronisasi dan Pelaksanaan Pencegahan/Penanggulangan Kebakaran Hutan dan Lahan
K 3.28.03.1.09 Perbenihan Tanaman Hutan
S 0001 Penetapan Pengadaan Benih dan Pengedar Benih dan/atau Bibit Terdaftar
P 3.28.04 PROGRAM KONSERVASI SUMBER DAYA ALAM HAYATI DAN EKOSISTEMNYA | 02
K 3.28.04.1.01 Pengelolaan Taman Hutan Raya (TAHURA) Provinsi
S 0002 Pengamanan Kawasan TAHURA Provinsi
S 0005 Pemulihan Ekosistem atau Penutupan Kawasan sesuai Rencana Pengelolaan TAHURA Provinsi
S 0006 Pemanfaatan Jasa Lingkungan TAHURA Provinsi
S 0008 Penguatan Kapasitas dan Pemberdayaan Masyarakat di sekitar TAHURA Provinsi
P 3.28.05 PROGRAM PENDIDIKAN DAN PELATIHAN, PENYULUHAN DAN PEMBERDAYAAN MASYARAKAT DI BIDANG KEHUTANAN | -
K 3.28.05.1.01 Pelaksanaan Penyuluhan Kehutanan Provinsi dan Pemberdayaan Masyarakat di Bidang Kehutanan
S 0001 Peningkatan Kapasitas dan Kompetensi Penyuluh Kehutanan dan SDM Bidang Kehutanan
S 0002 Penguatan dan Pendampingan Kelembagaan Kelompok Tani Hutan
S 0003 Penyiapan dan Pengembangan Perhutanan Sosial
P 3.28.06 PROGRAM PENGELOLAAN DAERAH ALIRAN SUNGAI (DAS) | 01
K 3.28.06.1.01 Pelaksanaan Pengelolaan DAS Lintas Daerah Kabupaten/Kota dan dalam Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi
S 0004 Pemberdayaan Masyarakat dalam Kegiatan Pengelolaan DAS
S 0006 Peningkatan Koordinasi dan Sinkronisasi Pengelolaan DAS
@ESDM
P 3.29.02 PROGRAM PENGELOLAAN ASPEK KEGEOLOGIAN | 02
K 3.29.02.1.01 Penetapan Zona Konservasi Air Tanah pada Cekungan Air Tanah dalam Daerah Provinsi
S 0001 Pengumpulan dan Pengolahan Data Zona Konservasi Air Tanah pada Cekungan Air Tanah
S 0003 Pengendalian dan Pengawasan Pemanfaatan Zona Konservasi Air Tanah pada Cekungan Air Tanah
P 3.29.03 PROGRAM PENGELOLAAN MINERAL DAN BATUBARA | 02
K 3.29.03.1.01 Penetapan Wilayah Izin Usaha Pertambangan Mineral Bukan Logam dan Batuan dalam 1 (satu) Daerah Provinsi dan Wilayah Laut sampai dengan 12 Mil
S 0001 Pengumpulan dan Pengolahan Data dan Informasi Wilayah Izin Usaha Pertambangan Mineral Bukan Logam dan Batuan
K 3.29.03.1.03 Penatausahaan Izin Usaha Pertambangan Mineral Bukan Logam dan Batuan dalam rangka Penanaman Modal Dalam Negeri
S 0004 Pengendalian dan Pengawasan Pelaksanaan Perizinan Usaha Pertambangan Mineral Bukan Logam dan Batuan
S 0005 Pengawasan Teknis Kaidah Pertambangan yang Baik pada Perizinan Usaha Pertambangan Mineral Bukan Logam dan Batuan
P 3.29.05 PROGRAM PENGELOLAAN ENERGI BARU TERBARUKAN | 03
K 3.29.05.1.04 Pelaksanaan Konservasi Energi di Wilayah Provinsi
S 0001 Perumusan dan Penetapan Kebijakan, Strategi dan Program Konservasi Energi
S 0003 Sosialisasi secara Menyeluruh dan Komprehensif untuk Penggunaan Teknologi yang Menerapkan Konservasi Energi
P 3.29.06 PROGRAM PENGELOLAAN KETENAGALISTRIKAN | 01,04
K 3.29.06.1.01 Penatausahaan Izin Usaha Penyediaan Tenaga Listrik Non Badan Usaha Milik Negara dalam Daerah Provinsi
S 0003 Pengendalian dan Pengawasan Pelaksanaan Perizinan Usaha Penyediaan Tenaga Listrik
K 3.29.06.1.06 Penganggaran untuk Kelompok Masyarakat Tidak Mampu, Pembangunan Sarana Penyediaan Tenaga Listrik Belum Berkembang, Daerah Terpencil dan Perdesaan
S 0004 Pengumpulan dan Pengolahan Data dan Informasi Sasaran Pembangunan Sarana Penyediaan Tenaga Listrik Belum Berkembang, Daerah Terpencil dan Perdesaan
S 0006 Pembangunan Sarana Penyediaan Tenaga Listrik Belum Berkembang, Daerah Terpencil dan Perdesaan
S 0007 Bantuan Pasang Baru Listrik bagi Rumah Tangga Tidak Mampu
@DISPERINDAG
P 3.30.03 PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN | 03
K 3.30.03.1.01 Pembangunan dan Pengelolaan Pusat Distribusi Regional dan Pusat Distribusi Provinsi serta Pasar Lelang Komoditas
S 0003 Penataan, Pembinaan, dan Pengembangan Pasar Lelang Komoditas
P 3.30.04 PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING | 03,P08
K 3.30.04.1.02 Menjamin Ketersediaan Barang Kebutuhan Pokok dan Barang Penting di Tingkat Daerah Provinsi
S 0001 Pemantauan Harga dan Stok Barang Kebutuhan Pokok dan Barang Penting pada Pelaku Usaha Distribusi Barang Lintas Kabupaten/Kota
S 0002 Operasi Pasar dalam rangka Stabilisasi Harga Pangan Pokok yang Dampaknya Beberapa Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi
K 3.30.04.1.03 Pengawasan Pupuk dan Pestisida Tingkat Daerah Provinsi dalam Pengadaan, Penyaluran dan Penggunaan Pupuk Bersubsidi di Wilayah Kerjanya
S 0003 Pengawasan Penyaluran dan Penggunaan Pupuk Bersubsidi
P 3.30.05 PROGRAM PENGEMBANGAN EKSPOR | 02
K 3.30.05.1.01 Penyelenggaraan Promosi Dagang melalui Pameran Dagang dan Misi Dagang bagi Produk Ekspor Unggulan Lintas Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi
S 0001 Pameran Dagang Internasional/Nasional
S 0004 Peningkatan Citra Produk Ekspor
S 0005 Pembinaan Pelaku Usaha Ekspor
P 3.30.06 PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN | 04
K 3.30.06.1.01 Pelaksanaan Perlindungan Konsumen di Seluruh Daerah Kabupaten/Kota
S 0001 Pemberdayaan Konsumen dan Kelembagaan Perlindungan Konsumen
S 0003 Koordinasi dan Sinkronisasi Penanganan dan Penyelesaian Sengketa Konsumen
K 3.30.06.1.02 Pelaksanaan Pengujian dan Sertifikasi Mutu Produk di Seluruh Daerah Kabupaten/Kota
S 0004 Pengembangan Layanan Kalibrasi
S 0006 Pemantauan Mutu Produk
K 3.30.06.1.03 Pelaksanaan Pengawasan Barang Beredar dan/atau Jasa di Seluruh Daerah Kabupaten/Kota
S 0003 Peningkatan Kapasitas dan Pelaksanaan Pengawasan Barang Beredar dan/atau Jasa serta Kegiatan Perdagangan
P 3.30.07 PROGRAM PENGGUNAAN DAN PEMASARAN PRODUK DALAM NEGERI | 02
K 3.30.07.1.01 Pelaksanaan Promosi Produk Dalam Negeri
S 0002 Fasilitasi Promosi Penggunaan Produk Dalam Negeri di Tingkat Provinsi
P 3.31.02 PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI | 01
K 3.31.02.1.01 Penyusunan, Penerapan, dan Evaluasi Rencana Pembangunan Industri Provinsi
S 0002 Koordinasi, Sinkronisasi, dan Pelaksanaan Kebijakan Percepatan Pengembangan, Penyebaran dan Perwilayahan Industri
S 0003 Koordinasi, Sinkronisasi, dan Pelaksanaan Pembangunan Sumber Daya Industri
S 0004 Koordinasi, Sinkronisasi, dan Pelaksanaan Pembangunan Sarana dan Prasarana Industri
S 0005 Koordinasi, Sinkronisasi, dan Pelaksanaan Pemberdayaan Industri dan Peran Serta Masyarakat
P 3.31.04 PROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL | 01
K 3.31.04.1.01 Penyediaan Informasi Industri untuk IUI, IPUI, IUKI, dan IPKI Kewenangan Provinsi Berbasis Sistem Informasi Industri Nasional (SIINas)
S 0002 Diseminasi dan Publikasi Data Informasi dan Analisis Industri Provinsi melalui SIINas
@BIROPEM
P 4.01.03 PROGRAM PEMERINTAHAN DAN OTONOMI DAERAH | 01,02,03
K 4.01.03.1.01 Pelaksanaan Tugas Pemerintahan
S 0001 Pengelolaan Administrasi Kebijakan Pemerintahan
S 0002 Fasilitasi Pelaksanaan Pemerintahan Umum
S 0003 Fasilitasi Penataan Wilayah
K 4.01.03.1.02 Pelaksanaan Otonomi Daerah
S 0001 Fasilitasi Administrasi Kepala Daerah dan DPRD
S 0002 Pengembangan Otonomi dan Penataan Urusan
S 0003 Evaluasi dan Penyelenggaraan Pemerintahan
K 4.01.03.1.03 Fasilitasi Kerja Sama Daerah
S 0001 Fasilitasi Kerja Sama Antar Pemerintah
S 0002 Fasilitasi Kerja Sama Badan Usaha/Swasta
S 0003 Evaluasi Pelaksanaan Kerja Sama
@BIROEK
P 4.01.06 PROGRAM PEREKONOMIAN DAN PEMBANGUNAN | P08,01,02
K 4.01.06.1.01 Pengelolaan Kebijakan dan Koordinasi Perekonomian
S 0001 Fasilitasi Pengelolaan Kebijakan Ekonomi Makro
S 0002 Koordinasi dan Sinkronisasi Pengendalian Inflasi Daerah
K 4.01.06.1.02 Pengelolaan Kebijakan dan Koordinasi Sumber Daya Alam
S 0001 Koordinasi, Sinkronisasi dan Evaluasi Kebijakan Pertanian, Kehutanan, Kelautan, dan Perikanan
S 0002 Koordinasi, Sinkronisasi dan Evaluasi Kebijakan Pertambangan dan Lingkungan Hidup
K 4.01.06.1.03 Pengelolaan Kebijakan dan Koordinasi BUMD dan BLUD
S 0001 Koordinasi, Sinkronisasi, Monitoring, dan Evaluasi Kebijakan Pengelolaan BUMD Jasa Keuangan dan Aneka Usaha
S 0002 Koordinasi, Sinkronisasi, Monitoring dan Evaluasi Kebijakan Pengelolaan BUMD Air Minum, Limbah dan Sanitasi
P 4.01.08 PROGRAM KEBIJAKAN ADMINISTRASI PEMBANGUNAN | P05
K 4.01.08.1.01 Pengendalian Administrasi Pelaksanaan Pembangunan Daerah
S 0001 Pengendalian Administrasi Pelaksanaan Pembangunan APBD
S 0003 Pengendalian Administrasi Pelaksanaan Pembangunan Wilayah
K 4.01.08.1.02 Pelaporan Pelaksanaan Pembangunan Daerah
S 0001 Analisis Capaian Kinerja Pembangunan Daerah
S 0002 Pelaporan Pelaksanaan Pembangunan Daerah
@BIROORG
P 4.01.02 PROGRAM PENATAAN ORGANISASI | P14,01,02,03
K 4.01.02.1.01 Fasilitasi Kelembagaan dan Analisis Jabatan
S 0001 Fasilitasi Penataan Kelembagaan Provinsi
S 0002 Fasilitasi Penataan Kelembagaan Kabupaten/Kota
S 0003 Penataan Analisis Jabatan
K 4.01.02.1.02 Fasilitasi Reformasi Birokrasi dan Akuntabilitas Kinerja
S 0001 Pembinaan Pelaksanaan Reformasi Birokrasi
S 0002 Monitoring dan Evaluasi Akuntabilitas Kinerja
S 0003 Evaluasi Pelaksanaan Budaya Kerja
S 0004 Pengelolaan Tatalaksana Pemerintahan
S 0005 Fasilitasi Peningkatan Pelayanan Publik
@BAPPEDA
P 5.01.02 PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH | 01,02,04
K 5.01.02.1.01 Penyusunan Perencanaan dan Pendanaan
S 0003 Pelaksanaan Konsultasi Publik
S 0005 Pelaksanaan Musrenbang Provinsi
S 0006 Koordinasi Penyusunan dan Penetapan Dokumen Perencanaan Pembangunan Daerah Provinsi
K 5.01.02.1.02 Analisis Data dan Informasi Pemerintahan Daerah Bidang Perencanaan Pembangunan Daerah
S 0001 Analisis Data dan Informasi Perencanaan Pembangunan Daerah
S 0004 Penyusunan Profil Pembangunan Daerah Provinsi
K 5.01.02.1.03 Pengendalian, Evaluasi dan Pelaporan Bidang Perencanaan Pembangunan Daerah
S 0001 Koordinasi Pengendalian Perencanaan dan Pelaksanaan Pembangunan Daerah di Provinsi
S 0003 Monitoring, Evaluasi dan Penyusunan Laporan Berkala Pelaksanaan Pembangunan Daerah
S 0004 Fasilitasi/Evaluasi Dokumen Perencanaan Pembangunan Daerah Kabupaten/Kota
K 5.01.02.1.04 Implementasi Sistem Informasi Pemerintahan Daerah di Bidang Pembangunan Daerah
S 0001 Pengelolaan Data dalam Sistem Informasi Pemerintahan Daerah di Bidang Pembangunan Daerah
S 0002 Penerapan Sistem Informasi Pemerintahan Daerah di Bidang Pembangunan Daerah
P 5.01.03 PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH | P01,P04,P05,P07
K 5.01.03.1.01 Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia
S 0001 Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah Bidang Pemerintahan (RPJPD, RPJMD dan RKPD)
S 0005 Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah Bidang Pembangunan Manusia (RPJPD, RPJMD dan RKPD)
S 0008 Koordinasi Pelaksanaan Sinergitas dan Harmonisasi Perencanaan Pembangunan Daerah Bidang Pembangunan Manusia
K 5.01.03.1.02 Koordinasi Perencanaan Bidang Perekonomian dan SDA (Sumber Daya Alam)
S 0001 Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah Bidang Perekonomian (RPJPD, RPJMD dan RKPD)
S 0005 Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah Bidang SDA (RPJPD, RPJMD dan RKPD)
K 5.01.03.1.03 Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan
S 0001 Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah Bidang Infrastruktur (RPJPD, RPJMD dan RKPD)
S 0005 Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah Bidang Kewilayahan (RPJPD, RPJMD dan RKPD)
P 5.05.02 PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH | 03
K 5.05.02.1.03 Penelitian dan Pengembangan Bidang Ekonomi dan Pembangunan
S 0004 Penelitian dan Pengembangan Pertanian, Perkebunan dan Pangan
S 0007 Penelitian dan Pengembangan Lingkungan Hidup
K 5.05.02.1.04 Pengembangan Inovasi dan Teknologi
S 0001 Penelitian, Pengembangan, dan Perekayasaan di Bidang Teknologi dan Inovasi
S 0003 Diseminasi Jenis, Prosedur dan Metode Penyelenggaraan Pemerintahan Daerah yang Bersifat Inovatif
@BPKAD
P 5.02.02 PROGRAM PENGELOLAAN KEUANGAN DAERAH | 01,03
K 5.02.02.1.01 Koordinasi dan Penyusunan Rencana Anggaran Daerah
S 0001 Koordinasi dan Penyusunan KUA dan PPAS
S 0002 Koordinasi dan Penyusunan Perubahan KUA dan Perubahan PPAS
S 0005 Koordinasi, Penyusunan dan Verifikasi DPA-SKPD
S 0007 Koordinasi dan Penyusunan Peraturan Daerah tentang APBD dan Peraturan Kepala Daerah tentang Penjabaran APBD
S 0008 Koordinasi dan Penyusunan Peraturan Daerah tentang Perubahan APBD dan Peraturan Kepala Daerah tentang Penjabaran Perubahan APBD
K 5.02.02.1.02 Pembinaan Pengelolaan Keuangan Daerah Kabupaten/Kota
S 0002 Evaluasi Rancangan Peraturan Daerah tentang APBD Kabupaten/Kota dan Rancangan Peraturan Kepala Daerah tentang Penjabaran APBD Kabupaten/Kota
S 0005 Asistensi Pengelolaan Keuangan Kabupaten/Kota
K 5.02.02.1.03 Koordinasi dan Pengelolaan Perbendaharaan Daerah
S 0001 Koordinasi dan Pengelolaan Kas Daerah
S 0003 Penyiapan, Pelaksanaan Pengendalian dan Penerbitan Anggaran Kas dan SPD
S 0006 Koordinasi, Pelaksanaan Kerja Sama dan Pemantauan Transaksi Non Tunai dengan Lembaga Keuangan Bank dan Bukan Bank
K 5.02.02.1.04 Koordinasi dan Pelaksanaan Akuntansi dan Pelaporan Keuangan Daerah
S 0005 Koordinasi dan Penyusunan Rancangan Peraturan Daerah tentang Pertanggungjawaban Pelaksanaan APBD Provinsi
S 0006 Penyusunan Tanggapan/Tindak Lanjut terhadap LHP BPK atas Laporan Pertanggungjawaban Pelaksanaan APBD
K 5.02.02.1.06 Pengelolaan Data dan Implementasi Sistem Informasi Pemerintah Daerah Lingkup Keuangan Daerah
S 0002 Implementasi dan Pemeliharaan Sistem Informasi Pemerintah Daerah Bidang Keuangan Daerah
P 5.02.03 PROGRAM PENGELOLAAN BARANG MILIK DAERAH | 02
K 5.02.03.1.01 Pengelolaan Barang Milik Daerah
S 0001 Penyusunan Standar Harga
S 0005 Penatausahaan Barang Milik Daerah
S 0006 Inventarisasi Barang Milik Daerah
S 0007 Pengamanan Barang Milik Daerah
S 0008 Penilaian Barang Milik Daerah
S 0012 Penyusunan Laporan Barang Milik Daerah
P 5.02.04 PROGRAM PENGELOLAAN PENDAPATAN DAERAH | P09
K 5.02.04.1.01 Kegiatan Pengelolaan Pendapatan Daerah
S 0002 Analisa dan Pengembangan Pajak Daerah, serta Penyusunan Kebijakan Pajak Daerah
S 0005 Pendataan dan Pendaftaran Objek Pajak Daerah
S 0006 Pengolahan, Pemeliharaan, dan Pelaporan Basis Data Pajak Daerah
S 0010 Penagihan Pajak Daerah
@BKD
P 5.03.02 PROGRAM KEPEGAWAIAN DAERAH | 01,02
K 5.03.02.1.01 Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN
S 0002 Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN
S 0006 Koordinasi Pelaksanaan Administrasi Pemberhentian
S 0011 Pengelolaan Data Kepegawaian
K 5.03.02.1.02 Mutasi dan Promosi ASN
S 0001 Pengelolaan Mutasi ASN
S 0002 Pengelolaan Kenaikan Pangkat ASN
S 0003 Pengelolaan Promosi ASN
K 5.03.02.1.03 Pengembangan Kompetensi ASN
S 0001 Peningkatan Kapasitas Kinerja ASN
S 0014 Fasilitasi Pengembangan Karir dalam Jabatan Fungsional
K 5.03.02.1.04 Penilaian dan Evaluasi Kinerja Aparatur
S 0002 Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur
S 0007 Pembinaan Disiplin ASN
P 5.04.02 PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA | 03
K 5.04.02.1.01 Pengembangan Kompetensi Teknis
S 0003 Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti, dan Pilihan bagi Jabatan Administrasi
K 5.04.02.1.02 Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional
S 0003 Pelaksanaan Sertifikasi Kompetensi di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota
S 0007 Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan
@INSPEKTORAT
P 6.01.02 PROGRAM PENYELENGGARAAN PENGAWASAN | 01,04
K 6.01.02.1.01 Penyelenggaraan Pengawasan Internal
S 0001 Pengawasan Kinerja Pemerintah Daerah
S 0002 Pengawasan Keuangan Pemerintah Daerah
S 0003 Reviu Laporan Kinerja
S 0004 Reviu Laporan Keuangan
S 0005 Pengawasan Umum dan Teknis Kabupaten/Kota
S 0007 Monitoring dan Evaluasi Tindak Lanjut Hasil Pemeriksaan BPK RI dan Tindak Lanjut Hasil Pemeriksaan APIP
K 6.01.02.1.02 Penyelenggaraan Pengawasan dengan Tujuan Tertentu
S 0001 Penanganan Penyelesaian Kerugian Negara/Daerah
S 0002 Pengawasan dengan Tujuan Tertentu
P 6.01.03 PROGRAM PERUMUSAN KEBIJAKAN, PENDAMPINGAN DAN ASISTENSI | 02,03,04
K 6.01.03.1.02 Pendampingan dan Asistensi
S 0001 Pendampingan dan Asistensi Urusan Pemerintahan Daerah
S 0002 Pendampingan, Asistensi, Verifikasi, dan Penilaian Reformasi Birokrasi
S 0003 Koordinasi, Monitoring dan Evaluasi serta Verifikasi Pencegahan dan Pemberantasan Korupsi
S 0004 Pendampingan, Asistensi dan Verifikasi Penegakan Integritas
@BAKESBANGPOL
P 8.01.02 PROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN | 01
K 8.01.02.1.01 Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang Ideologi Pancasila dan Karakter Kebangsaan
S 0003 Pelaksanaan Kebijakan di Bidang Ideologi, Wawasan Kebangsaan, Bela Negara, Karakter Bangsa, Pembauran Kebangsaan dan Bhinneka Tunggal Ika
S 0004 Pelaksanaan Koordinasi di Bidang Ideologi, Wawasan Kebangsaan, Bela Negara, Karakter Bangsa, Pembauran Kebangsaan dan Bhinneka Tunggal Ika
P 8.01.03 PROGRAM PENINGKATAN PERAN PARTAI POLITIK DAN LEMBAGA PENDIDIKAN MELALUI PENDIDIKAN POLITIK DAN PENGEMBANGAN ETIKA SERTA BUDAYA POLITIK | 01
K 8.01.03.1.01 Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang Pendidikan Politik, Etika Budaya Politik, dan Peningkatan Demokrasi
S 0003 Pelaksanaan Kebijakan di Bidang Pendidikan Politik, Etika Budaya Politik, dan Peningkatan Demokrasi
S 0005 Pelaksanaan Monitoring, Evaluasi dan Pelaporan di Bidang Pendidikan Politik dan Pemantauan Situasi Politik di Daerah
P 8.01.04 PROGRAM PEMBERDAYAAN DAN PENGAWASAN ORGANISASI KEMASYARAKATAN | 03
K 8.01.04.1.01 Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan
S 0003 Pelaksanaan Kebijakan di Bidang Pendaftaran, Pemberdayaan, Evaluasi dan Mediasi Sengketa, serta Pengawasan Ormas dan Ormas Asing di Daerah
P 8.01.05 PROGRAM PEMBINAAN DAN PENGEMBANGAN KETAHANAN EKONOMI, SOSIAL, DAN BUDAYA | -,np
K 8.01.05.1.01 Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang Ketahanan Ekonomi, Sosial dan Budaya
S 0003 Pelaksanaan Kebijakan di Bidang Ketahanan Ekonomi, Sosial, Budaya, Pencegahan Penyalahgunaan Narkotika, dan Kerukunan Umat Beragama
S 0004 Pelaksanaan Koordinasi di Bidang Ketahanan Ekonomi, Sosial, Budaya, Pencegahan Penyalahgunaan Narkotika, dan Kerukunan Umat Beragama
P 8.01.06 PROGRAM PENINGKATAN KEWASPADAAN NASIONAL DAN PENINGKATAN KUALITAS DAN FASILITASI PENANGANAN KONFLIK SOSIAL | 02
K 8.01.06.1.01 Perumusan Kebijakan Teknis dan Pelaksanaan Pemantapan Kewaspadaan Nasional dan Penanganan Konflik Sosial
S 0003 Pelaksanaan Kebijakan di Bidang Kewaspadaan Dini, Kerja Sama Intelijen, Pemantauan Orang Asing, dan Penanganan Konflik di Daerah
S 0006 Pelaksanaan Forum Koordinasi Pimpinan Daerah Provinsi
@9901-DISDUKCAPIL
P 2.12.02 PROGRAM PENDAFTARAN PENDUDUK | 01
K 2.12.02.2.01 Pelayanan Pendaftaran Penduduk
S 0001 Pelayanan Pendaftaran Penduduk
S 0002 Penataan Pendaftaran Penduduk
S 0004 Pengelolaan dan Penyediaan Blangko KTP-el
K 2.12.02.2.02 Penataan Pendaftaran Penduduk
S 0001 Pengumpulan Data Kependudukan dan Pemanfaatan serta Penyajian Database Kependudukan
P 2.12.03 PROGRAM PENCATATAN SIPIL | 01
K 2.12.03.2.01 Pelayanan Pencatatan Sipil
S 0001 Pelayanan Pencatatan Sipil
S 0002 Penyelenggaraan Pencatatan Sipil
P 2.12.04 PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN | 01
K 2.12.04.2.01 Pengumpulan Data Kependudukan dan Pemanfaatan dan Penyajian Database Kependudukan
S 0001 Pengumpulan Data Kependudukan
S 0003 Penyajian Data Kependudukan Skala Kabupaten/Kota dalam Satu Tahun
@9971-DAMKAR
P 1.05.04 PROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN | 01
K 1.05.04.2.01 Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota
S 0001 Pencegahan Kebakaran dalam Daerah Kabupaten/Kota
S 0002 Pemadaman dan Pengendalian Kebakaran dalam Daerah Kabupaten/Kota
S 0003 Penyelamatan dan Evakuasi Korban Kebakaran dalam Daerah Kabupaten/Kota
S 0006 Pengadaan Sarana dan Prasarana Pencegahan dan Penanggulangan Kebakaran
K 1.05.04.2.02 Inspeksi Peralatan Proteksi Kebakaran
S 0001 Inspeksi Alat Pemadam Kebakaran pada Bangunan Gedung
K 1.05.04.2.04 Pemberdayaan Masyarakat dalam Pencegahan Kebakaran
S 0001 Pembinaan Relawan Pemadam Kebakaran
"""

# Program Penunjang Urusan Pemerintahan Daerah (X.XX.01), kegiatan 1.kk / sub kegiatan ssss.
# A trailing `*` marks the sub kegiatan every OPD has; the rest vary per OPD.
_PENUNJANG = """
K 01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah
S 0001 Penyusunan Dokumen Perencanaan Perangkat Daerah *
S 0002 Koordinasi dan Penyusunan Dokumen RKA-SKPD
S 0003 Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD
S 0004 Koordinasi dan Penyusunan DPA-SKPD
S 0005 Koordinasi dan Penyusunan Perubahan DPA-SKPD
S 0006 Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD *
S 0007 Evaluasi Kinerja Perangkat Daerah
K 02 Administrasi Keuangan Perangkat Daerah
S 0001 Penyediaan Gaji dan Tunjangan ASN *
S 0002 Penyediaan Administrasi Pelaksanaan Tugas ASN
S 0003 Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD
S 0004 Koordinasi dan Pelaksanaan Akuntansi SKPD
S 0005 Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD
S 0006 Pengelolaan dan Penyiapan Bahan Tanggapan Pemeriksaan
S 0007 Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD *
S 0008 Penyusunan Pelaporan dan Analisis Prognosis Realisasi Anggaran
K 03 Administrasi Barang Milik Daerah pada Perangkat Daerah
S 0001 Penyusunan Perencanaan Kebutuhan Barang Milik Daerah SKPD
S 0002 Pengamanan Barang Milik Daerah SKPD
S 0003 Koordinasi dan Penilaian Barang Milik Daerah SKPD
S 0004 Pembinaan, Pengawasan, dan Pengendalian Barang Milik Daerah pada SKPD
S 0005 Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD *
S 0006 Penatausahaan Barang Milik Daerah pada SKPD
S 0007 Pemanfaatan Barang Milik Daerah SKPD
K 05 Administrasi Kepegawaian Perangkat Daerah
S 0002 Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya
S 0003 Pendataan dan Pengolahan Administrasi Kepegawaian
S 0005 Monitoring, Evaluasi, dan Penilaian Kinerja Pegawai
S 0009 Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi
S 0010 Sosialisasi Peraturan Perundang-Undangan
S 0011 Bimbingan Teknis Implementasi Peraturan Perundang-Undangan
K 06 Administrasi Umum Perangkat Daerah
S 0001 Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor *
S 0002 Penyediaan Peralatan dan Perlengkapan Kantor *
S 0003 Penyediaan Peralatan Rumah Tangga
S 0004 Penyediaan Bahan Logistik Kantor
S 0005 Penyediaan Barang Cetakan dan Penggandaan
S 0006 Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan
S 0007 Penyediaan Bahan/Material
S 0008 Fasilitasi Kunjungan Tamu
S 0009 Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD *
S 0010 Penatausahaan Arsip Dinamis pada SKPD
S 0011 Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD
K 07 Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah
S 0001 Pengadaan Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan
S 0002 Pengadaan Kendaraan Dinas Operasional atau Lapangan
S 0005 Pengadaan Mebel
S 0006 Pengadaan Peralatan dan Mesin Lainnya
S 0009 Pengadaan Gedung Kantor atau Bangunan Lainnya
S 0010 Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya
S 0011 Pengadaan Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya
K 08 Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah
S 0001 Penyediaan Jasa Surat Menyurat
S 0002 Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik *
S 0003 Penyediaan Jasa Peralatan dan Perlengkapan Kantor
S 0004 Penyediaan Jasa Pelayanan Umum Kantor *
K 09 Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah
S 0001 Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan
S 0002 Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan *
S 0005 Pemeliharaan Mebel
S 0006 Pemeliharaan Peralatan dan Mesin Lainnya
S 0007 Pemeliharaan Aset Tetap Lainnya
S 0009 Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya *
S 0010 Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya
S 0011 Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya
"""

# --------------------------------------------------------------------------------------------
# Campaign promises, flagships, milestones and agreements (all fictional).
# --------------------------------------------------------------------------------------------
JANJI = (
    ("JK-01", "Sekolah SMA/SMK/SLB negeri dan swasta gratis tanpa pungutan", _MISI[1]),
    ("JK-02", "Beasiswa Nusa Cerdas untuk 20.000 pelajar berprestasi dan kurang mampu", _MISI[1]),
    ("JK-03", "Berobat gratis cukup dengan KTP di seluruh RSUD provinsi", _MISI[1]),
    ("JK-04", "Menurunkan stunting di bawah 12 persen pada 2029", _MISI[1]),
    ("JK-05", "Jalan provinsi mantap 82 persen: tidak ada lagi jalan rusak antarkabupaten", _MISI[3]),
    ("JK-06", "Seribu wirausaha muda baru setiap tahun", _MISI[2]),
    ("JK-07", "Bantuan benih, pupuk, dan alat tangkap untuk petani dan nelayan", _MISI[2]),
    ("JK-08", "Listrik masuk ke seluruh desa terpencil", _MISI[3]),
    ("JK-09", "Izin usaha selesai dalam satu hari", _MISI[4]),
    ("JK-10", "Bedah 10.000 rumah tidak layak huni", _MISI[3]),
    ("JK-11", "Internet gratis di setiap desa", _MISI[3]),
    ("JK-12", "Sport center bertaraf nasional di ibu kota provinsi", _MISI[1]),
)

# (tahun, kode_kegiatan, kode_janji, bentuk_dukungan, output); some left blank on purpose.
TAG_JANJI = (
    (2025, "1.01.02.1.01.0045", "JK-01", "Biaya personil peserta didik SMA negeri dan swasta", "86.400 siswa SMA bebas iuran"),
    (2025, "1.02.02.1.02.0016", "JK-03", "Iuran PBI JKN daerah bagi penduduk miskin di luar kuota pusat", ""),
    (2025, "1.03.10.1.01.0030", "JK-05", "Rehabilitasi ruas jalan provinsi", "42 km jalan direhabilitasi"),
    (2026, "1.01.02.1.01.0045", "JK-01", "Biaya personil peserta didik SMA negeri dan swasta", "88.200 siswa SMA bebas iuran"),
    (2026, "1.01.02.1.01.0049", "JK-02", "", "1.200 siswa berprestasi dibina sebagai calon penerima beasiswa"),
    (2026, "1.01.02.1.02.0037", "JK-01", "Biaya personil peserta didik SMK negeri dan swasta", "61.500 siswa SMK bebas iuran"),
    (2026, "1.01.02.1.02.0037", "JK-02", "Bantuan biaya pendidikan siswa SMK kurang mampu", "5.000 siswa menerima beasiswa"),
    (2026, "1.01.02.1.03.0044", "JK-01", "Biaya personil peserta didik SLB", "2.140 siswa SLB bebas iuran"),
    (2026, "1.02.02.1.02.0006", "JK-04", "PMT lokal dan tablet tambah darah", "12.000 balita dan 8.000 ibu hamil KEK menerima PMT"),
    (2026, "1.02.02.1.02.0016", "JK-03", "Iuran PBI JKN daerah", "410.000 jiwa terdaftar sebagai PBI daerah"),
    (2026, "1.02.02.1.02.0022", "JK-03", "Layanan RSUD tanpa biaya bagi peserta JKN aktif", ""),
    (2026, "1.03.10.1.01.0030", "JK-05", "Rehabilitasi jalan provinsi", "48 km jalan direhabilitasi"),
    (2026, "1.03.10.1.01.0031", "JK-05", "Rekonstruksi jalan provinsi", "22 km jalan direkonstruksi"),
    (2026, "1.03.10.1.01.0035", "JK-05", "Pelebaran jalan provinsi", "9 km jalan dilebarkan"),
    (2026, "1.03.10.1.01.0038", "JK-05", "", ""),
    (2026, "1.04.02.1.01.0002", "JK-10", "Rehabilitasi rumah korban bencana", ""),
    (2026, "1.04.03.1.02.0003", "JK-10", "Bantuan stimulan perbaikan rumah tidak layak huni", "1.500 unit rumah diperbaiki"),
    (2026, "2.07.03.1.01.0001", "JK-06", "Pelatihan keterampilan berbasis kompetensi", ""),
    (2026, "2.14.04.1.01.0017", "JK-04", "Pendampingan keluarga berisiko stunting", "25.000 keluarga berisiko didampingi"),
    (2026, "2.17.07.1.01.0002", "JK-06", "Pelatihan kewirausahaan", "1.000 wirausaha muda dilatih"),
    (2026, "2.18.04.1.02.0007", "JK-09", "Layanan perizinan berusaha terintegrasi OSS-RBA", ""),
    (2026, "3.25.03.1.01.0003", "JK-07", "Bantuan alat tangkap ramah lingkungan", "650 paket alat tangkap"),
    (2026, "3.27.02.1.02.0001", "JK-07", "", "Sertifikasi 1.500 ton benih padi"),
    (2026, "3.29.06.1.06.0006", "JK-08", "Pembangunan PLTS komunal", "12 desa teraliri listrik"),
    (2026, "3.29.06.1.06.0007", "JK-08", "Bantuan pasang baru listrik", "1.800 rumah tangga tersambung"),
)  # fmt: skip

# (kode, nama, opd, kode_indikator, sub kegiatan, catatan)
UNGGULAN = (
    ("PU-01", "Sekolah Gratis Nusa Cerdas (SMA/SMK/SLB Negeri dan Swasta)", "DISDIK", "IKU-DISDIK-01",
     ("1.01.02.1.01.0045", "1.01.02.1.02.0037", "1.01.02.1.03.0044"),
     "BOSDA sekolah negeri dan swasta tersalur tiga triwulan; verifikasi sekolah swasta selesai."),
    ("PU-02", "Nusa Harapan Bebas Stunting", "DINKES", "IKU-P02",
     ("1.02.02.1.02.0003", "1.02.02.1.02.0006", "2.14.04.1.01.0017"),
     "Distribusi PMT lokal terlambat dua bulan karena proses pengadaan; prevalensi TW III belum sesuai lintasan target."),
    ("PU-03", "Jalan Mantap Antarkabupaten", "PUPR", "IKU-P12",
     ("1.03.10.1.01.0030", "1.03.10.1.01.0031", "1.03.10.1.01.0035"),
     "Kontrak ruas Lembah Damai–Teluk Permai baru ditandatangani Mei; progres fisik 31 % per September (deviasi –24 %)."),
    ("PU-04", "Seribu Wirausaha Muda", "DKUKM", "IKU-DKUKM-03",
     ("2.17.07.1.01.0002", "2.07.03.1.01.0001"),
     "1.000 wirausaha muda telah dilatih dan 640 memperoleh akses KUR; program tahun ini selesai."),
    ("PU-05", "Kartu Tani Sejahtera", "DISTAN", "IKU-P11",
     ("3.27.07.1.03.0001", "3.27.02.1.01.0001"),
     "Menunggu penetapan Pergub Kartu Tani; pelaksanaan dijadwalkan triwulan IV."),
    ("PU-06", "Satu Data Nusa Harapan", "DISKOMINFO", "IKU-DISKOMINFO-02",
     ("2.16.03.1.02.0006", "2.20.02.1.01.0001", "2.20.02.1.01.0003"),
     "Portal Satu Data sudah daring; 20 dari 31 perangkat daerah terintegrasi."),
    ("PU-07", "Izin Usaha Satu Hari Jadi", "DPMPTSP", "IKU-DPMPTSP-01",
     ("2.18.04.1.02.0006", "2.18.04.1.02.0007"),
     "Integrasi OSS-RBA selesai terlambat; uji coba layanan izin satu hari bergeser ke Oktober."),
    ("PU-08", "Desa Terang: Listrik Masuk Desa", "ESDM", "IKU-ESDM-01",
     ("3.29.06.1.06.0004", "3.29.06.1.06.0006", "3.29.06.1.06.0007"),
     "Tender PLTS komunal dua kali gagal; penyambungan tahap I belum dimulai. Kepala dinas masih Plt."),
)  # fmt: skip

# (kode_unggulan, tonggak, bulan_rencana, tanggal_selesai); the data are as of mid-October 2026.
TONGGAK = (
    ("PU-01", "Penetapan Pergub Sekolah Gratis", "2026-01", "2026-01-22"),
    ("PU-01", "Penyaluran BOSDA triwulan I", "2026-03", "2026-03-27"),
    ("PU-01", "Penyaluran BOSDA triwulan II", "2026-06", "2026-06-25"),
    ("PU-01", "Penyaluran BOSDA triwulan III", "2026-09", "2026-09-29"),
    ("PU-01", "Penyaluran BOSDA triwulan IV", "2026-12", ""),
    ("PU-02", "Pemutakhiran data balita stunting by name by address", "2026-02", "2026-03-18"),
    ("PU-02", "Distribusi PMT lokal ke 120 desa lokus", "2026-05", "2026-07-10"),
    ("PU-02", "Penimbangan serentak bulan Agustus", "2026-08", "2026-08-28"),
    ("PU-02", "Audit kasus stunting semester I", "2026-08", "2026-09-30"),
    ("PU-02", "Evaluasi akhir tahun dan publikasi prevalensi", "2026-12", ""),
    ("PU-03", "Penandatanganan kontrak ruas Lembah Damai–Teluk Permai", "2026-03", "2026-05-20"),
    ("PU-03", "Progres fisik 50 %", "2026-07", ""),
    ("PU-03", "Penggantian Jembatan Sungai Harapan", "2026-09", ""),
    ("PU-03", "Progres fisik 100 % dan serah terima pertama (PHO)", "2026-11", ""),
    ("PU-04", "Rekrutmen peserta angkatan 2026", "2026-02", "2026-02-20"),
    ("PU-04", "Pelatihan kewirausahaan 1.000 peserta", "2026-05", "2026-05-30"),
    ("PU-04", "Pendampingan dan akses modal KUR", "2026-08", "2026-08-14"),
    ("PU-04", "Laporan akhir program", "2026-09", "2026-09-25"),
    ("PU-05", "Pendataan petani penerima Kartu Tani", "2026-10", ""),
    ("PU-05", "Pencetakan dan distribusi Kartu Tani", "2026-11", ""),
    ("PU-05", "Integrasi dengan e-RDKK dan penebusan pupuk", "2026-12", ""),
    ("PU-06", "Penetapan Pergub Satu Data", "2026-02", "2026-02-12"),
    ("PU-06", "Portal Satu Data versi 1 daring", "2026-06", "2026-06-30"),
    ("PU-06", "Integrasi data 20 perangkat daerah", "2026-09", "2026-09-24"),
    ("PU-06", "Integrasi seluruh perangkat daerah", "2026-12", ""),
    ("PU-07", "Penyederhanaan SOP 40 jenis izin", "2026-03", "2026-04-15"),
    ("PU-07", "Integrasi OSS-RBA dengan aplikasi perizinan daerah", "2026-07", "2026-09-02"),
    ("PU-07", "Uji coba layanan izin satu hari", "2026-10", ""),
    ("PU-07", "Survei kepuasan pelaku usaha", "2026-12", ""),
    ("PU-08", "Verifikasi 1.800 calon penerima BPBL", "2026-03", "2026-04-30"),
    ("PU-08", "Kontrak pembangunan PLTS komunal 12 desa", "2026-05", ""),
    ("PU-08", "Penyambungan listrik tahap I (600 rumah tangga)", "2026-08", ""),
    ("PU-08", "Penyambungan listrik tahap II (1.200 rumah tangga)", "2026-11", ""),
)

# (nomor, judul, mitra, opd, mulai, berakhir, masuk_perencanaan, masuk_anggaran, kode_kegiatan)
KERJA_SAMA = (
    ("180/001/KSD/2024", "Pengelolaan Sampah di TPA Regional Lembah Permai",
     "Pemerintah Kabupaten Lembah Damai dan Pemerintah Kota Teluk Permai", "DLH", "2024-03-01", "2029-02-28",
     True, True, "2.11.11.1.01.0005"),
    ("180/014/KSD/2023", "Penyediaan Air Minum Curah SPAM Regional Teluk Permai",
     "Pemerintah Kota Teluk Permai dan Perumda Air Minum Tirta Permai", "PUPR", "2023-06-15", "2027-06-14",
     True, False, "1.03.03.1.01.0021"),
    ("180/003/KSD/2025", "Beasiswa Afirmasi Putra-Putri Daerah", "Universitas Nusa Harapan", "DISDIK",
     "2025-01-10", "2027-12-31", True, True, ""),
    ("180/021/KSD/2025", "Pengembangan Kawasan Agrowisata Bukit Sejahtera", "Pemerintah Kabupaten Bukit Sejahtera",
     "DISPAR", "2025-08-01", "2028-07-31", False, False, ""),
    ("180/007/KSD/2024", "Penguatan Akses Pembiayaan UMKM melalui KUR Daerah",
     "PT Bank Pembangunan Daerah Nusa Harapan", "DKUKM", "2024-02-01", "2027-01-31", True, False,
     "2.17.07.1.01.0001"),
    ("180/009/KSD/2025", "Layanan Rujukan Penyakit Jantung dan Kanker", "RSUP Harapan Sehat", "DINKES",
     "2025-04-01", "2027-03-31", True, True, "1.02.02.1.02.0024"),
    ("180/011/KSD/2024", "Pemanfaatan Data Kependudukan untuk Pelayanan Publik",
     "Direktorat Jenderal Kependudukan dan Pencatatan Sipil, Kementerian Dalam Negeri", "DISKOMINFO",
     "2024-05-20", "2029-05-19", True, True, "2.16.03.1.02.0006"),
    ("180/017/KSD/2025", "Penanganan Konflik Satwa Liar dan Manusia", "Balai Konservasi Sumber Daya Alam Nusa Harapan",
     "DISHUT", "2025-09-01", "2027-08-31", False, False, ""),
    ("180/019/KSD/2024", "Kemitraan Provinsi Bidang Perikanan Budidaya", "Pemerintah Provinsi Samudra Raya", "DKP",
     "2024-11-01", "2027-10-31", True, False, "3.25.04.1.05.0004"),
    ("180/002/KSD/2025", "Percepatan Sertifikasi Aset Tanah Pemerintah Provinsi",
     "Kantor Wilayah Badan Pertanahan Nasional Provinsi Nusa Harapan", "BPKAD", "2025-02-01", "2026-12-31",
     True, True, "5.02.03.1.01.0007"),
    ("180/004/KSD/2026", "Pengembangan Pelabuhan Pengumpan Regional Teluk Permai", "Pemerintah Kota Teluk Permai",
     "DISHUB", "2026-03-02", "2030-03-01", False, False, ""),
    ("180/012/KSD/2025", "Kemitraan Kota Kembar Bidang Pariwisata dan Pendidikan Vokasi",
     "Pemerintah Kota Harbourvale, Australia Barat", "DISPAR", "2025-09-15", "2030-09-14", True, True,
     "3.26.03.1.01.0004"),
)  # fmt: skip

# nomor -> (kategori, jenis_naskah, nomor_mitra, persetujuan_dprd). persetujuan_dprd None (blank): not
# required (PP 28/2018: an agreement that burdens the APBD or the public, or one abroad, needs it).
# A blank nomor_mitra is the partner's number not yet recorded, as often in real registers.
KERJA_SAMA_RINCIAN: dict[str, tuple[str, str, str, bool | None]] = {
    "180/001/KSD/2024": ("antar_daerah", "Perjanjian Kerja Sama", "658/09/PKS-LD/2024; 180/15/HK/2024", True),
    "180/014/KSD/2023": ("antar_daerah", "Perjanjian Kerja Sama", "180/22/PKS/2023", True),
    "180/003/KSD/2025": ("pihak_ketiga", "Perjanjian Kerja Sama", "014/UNH/PKS/I/2025", None),
    "180/021/KSD/2025": ("antar_daerah", "Kesepakatan Bersama", "075/31/KB-BS/2025", False),
    "180/007/KSD/2024": ("pihak_ketiga", "Perjanjian Kerja Sama", "PKS.012/DIR/BPD-NH/2024", None),
    "180/009/KSD/2025": ("pihak_ketiga", "Perjanjian Kerja Sama", "HK.03.01/XII/417/2025", None),
    "180/011/KSD/2024": ("pihak_ketiga", "Perjanjian Kerja Sama", "470/2208/DUKCAPIL/2024", None),
    "180/017/KSD/2025": ("pihak_ketiga", "Kesepakatan Bersama", "", None),
    "180/019/KSD/2024": ("antar_daerah", "Kesepakatan Bersama", "120/45/KSD-SR/2024", True),
    "180/002/KSD/2025": ("pihak_ketiga", "Perjanjian Kerja Sama", "7/PKS-400.HR.02/II/2025", None),
    "180/004/KSD/2026": ("antar_daerah", "Perjanjian Kerja Sama", "", False),
    "180/012/KSD/2025": ("luar_negeri", "Kesepakatan Bersama (Memorandum of Understanding)", "HV-SC/2025/07", False),
}  # fmt: skip

# evaluasi_sakip, pemda level: kode_pemda -> (target_predikat, nilai 2022, 2023, 2024, 2025). The province's
# 2024 and 2025 values are IKU-P14's baseline and 2025 realisation.
SAKIP_PEMDA = {
    "99": ("A", 63.58, 66.04, 68.20, 73.21),
    "99.01": ("B", 52.30, 56.85, 61.20, 64.75),
    "99.02": ("BB", 60.40, 62.15, 65.70, 68.30),
    "99.71": ("A", 71.20, 74.55, 78.90, 81.05),
}
# OPD level: profile per OPD key -> (target_predikat, range of the 2025 nilai, rise 2022→2025). About half
# the OPDs reach BB or better in 2025 (15 of 29), as IKU-BIROORG-02 reports for 2025.
_SAKIP_PROFIL = {
    "kuat": ("A", (80.5, 86.0), (6.0, 11.0)),
    "baik": ("BB", (71.0, 79.0), (5.0, 10.0)),
    "sedang": ("B", (61.5, 69.5), (4.0, 9.0)),
}
_SAKIP_PD = {
    **dict.fromkeys(("BAPPEDA", "BPKAD", "INSPEKTORAT", "BIROORG"), "kuat"),
    **dict.fromkeys(
        ("DISDIK", "DINKES", "PUPR", "DINSOS", "DISKOMINFO", "DPMPTSP", "BKD", "DISTAN", "DISHANPAN", "DKP"), "baik"
    ),
    **dict.fromkeys(
        ("PERKIM", "SATPOLPP", "BPBD", "DISNAKERTRANS", "DP3AP2KB", "DPMD", "DKUKM", "DISPAR", "DISHUT",
         "DISPERINDAG", "BAKESBANGPOL", "DISHUB"),
        "sedang",
    ),
}  # fmt: skip
# The planted OPDs, written out: key -> (target_predikat, {tahun: nilai}).
_SAKIP_PD_TETAP = {
    "DLH": ("A", {2022: 65.30, 2023: 69.85, 2024: 74.10, 2025: 77.40}),
    "ESDM": ("BB", {2022: 66.10, 2023: 69.40, 2024: 72.40, 2025: 66.90}),
    "DISPUSIP": ("B", {2023: 47.80, 2024: 49.60, 2025: 53.20}),
}
# Components that add up to exactly 70,00 (the boundary between B and BB).
_SAKIP_KOMPONEN_TETAP = {("DISHUB", 2025): (21.00, 21.50, 10.50, 17.00)}
_SAKIP_BOBOT = (30, 30, 15, 25)  # perencanaan, pengukuran, pelaporan, evaluasi internal
_SAKIP_CONDONG = (0.02, -0.03, 0.06, -0.06)  # reports score high, internal evaluation low

# (kode, uraian, opd, batas_waktu, status, rapat (index into RAPAT_EVALUASI), kode_indikator, kode_unggulan,
#  kode_kegiatan, penanggung_jawab, hasil, tanggal_selesai)
TINDAK_LANJUT = (
    ("TL-2026-01", "Percepat pengadaan PMT lokal agar distribusi ke 120 desa lokus dimulai Mei.", "DINKES",
     "2026-05-31", "selesai", 0, "IKU-P02", "PU-02", "1.02.02.1.02.0006", "Kepala Bidang Kesehatan Masyarakat",
     "Kontrak PMT lokal ditandatangani 3 Juni; distribusi ke desa lokus dimulai 10 Juli.", "2026-07-10"),
    ("TL-2026-02", "Tandatangani kontrak ruas Lembah Damai–Teluk Permai paling lambat akhir April.", "PUPR",
     "2026-04-30", "selesai", 0, "IKU-P12", "PU-03", "1.03.10.1.01.0030", "Kepala Bidang Bina Marga",
     "Kontrak ditandatangani 20 Mei 2026 setelah masa sanggah banding.", "2026-05-20"),
    ("TL-2026-03", "Selenggarakan job fair virtual bersama kabupaten/kota pengganti job fair semester I.",
     "DISNAKERTRANS", "2026-06-30", "selesai", 0, "IKU-DISNAKERTRANS-02", "", "2.07.04.1.03.0001",
     "Kepala Bidang Penempatan Tenaga Kerja", "Job fair virtual 24–26 Juni: 62 perusahaan, 1.150 pencari kerja.",
     "2026-06-26"),
    ("TL-2026-04", "Audit maternal perinatal atas kasus kematian ibu triwulan I.", "DINKES", "2026-06-30",
     "selesai", 0, "IKU-DINKES-03", "", "1.02.02.1.02.0003", "Kepala Bidang Kesehatan Masyarakat",
     "14 kasus diaudit; 9 karena perdarahan dan keterlambatan rujukan. Rekomendasi: rumah tunggu kelahiran.",
     "2026-06-24"),
    ("TL-2026-05", "Usulkan penetapan Kepala Dinas ESDM definitif agar Perjanjian Kinerja 2026 dapat "
     "ditandatangani.", "BKD", "2026-05-31", "belum", 0, "", "", "", "Kepala BKD", "", ""),
    ("TL-2026-06", "Umumkan tender ulang PLTS komunal dengan spesifikasi yang disederhanakan.", "ESDM",
     "2026-05-15", "selesai", 0, "IKU-ESDM-01", "PU-08", "3.29.06.1.06.0006", "Plt. Kepala Dinas ESDM",
     "Tender ulang diumumkan 12 Mei; gagal lagi karena tidak ada penawaran yang memenuhi syarat.", "2026-05-12"),
    ("TL-2026-07", "Selesaikan integrasi aplikasi perizinan daerah dengan OSS-RBA.", "DPMPTSP", "2026-07-31",
     "selesai", 0, "IKU-DPMPTSP-01", "PU-07", "2.18.04.1.02.0007", "Kepala Bidang Pelayanan Perizinan",
     "Integrasi berjalan sejak 2 September setelah perbaikan antarmuka data.", "2026-09-02"),
    ("TL-2026-08", "Majukan jadwal pelaksanaan perbaikan RTLH ke triwulan II–III agar tidak menumpuk di akhir "
     "tahun.", "PERKIM", "2026-05-31", "belum", 0, "IKU-PERKIM-01", "", "1.04.03.1.02.0003",
     "Kepala Bidang Kawasan Permukiman", "", ""),
    ("TL-2026-09", "Revisi rencana kas Dinas Pariwisata pada APBD Perubahan: kurangi porsi Oktober–Desember.",
     "DISPAR", "2026-12-31", "proses", 0, "", "", "3.26.02.1.01.0002", "Sekretaris Dinas Pariwisata",
     "Usulan revisi anggaran kas disampaikan ke BPKAD.", ""),
    ("TL-2026-10", "Masukkan kerja sama 180/021/KSD/2025 (agrowisata Bukit Sejahtera) ke Renja 2027 beserta "
     "pendanaannya.", "DISPAR", "2026-12-31", "proses", 0, "", "", "", "Sekretaris Dinas Pariwisata",
     "Kegiatan diusulkan dalam rancangan Renja 2027.", ""),
    ("TL-2026-11", "Minta BUMD pangan menyerap gabah petani selama panen raya.", "BIROEK", "2026-05-31",
     "selesai", 0, "IKU-P11", "", "4.01.06.1.03.0001", "Kepala Biro Perekonomian",
     "BUMD pangan menyerap 4.200 ton gabah pada April–Mei.", "2026-05-29"),
    ("TL-2026-12", "Selesaikan verifikasi sekolah swasta penerima BOSDA sebelum penyaluran triwulan II.",
     "DISDIK", "2026-05-31", "selesai", 0, "IKU-DISDIK-01", "PU-01", "1.01.02.1.01.0045",
     "Kepala Bidang Pembinaan SMA", "412 sekolah swasta terverifikasi; 9 ditunda karena data siswa ganda.",
     "2026-05-22"),
    ("TL-2026-13", "Laksanakan kerja sama penempatan AKAD dengan kawasan industri dan job fair semester II.",
     "DISNAKERTRANS", "2026-09-30", "proses", 1, "IKU-DISNAKERTRANS-02", "", "2.07.04.1.01.0004",
     "Kepala Bidang Penempatan Tenaga Kerja", "Kesepakatan dengan 2 kawasan industri; job fair belum terjadwal.",
     ""),
    ("TL-2026-14", "Dampingi lima calon investor prioritas sampai realisasi (perizinan dan lahan).", "DPMPTSP",
     "2026-09-30", "belum", 1, "IKU-DPMPTSP-01", "", "2.18.05.1.01.0005", "Kepala Bidang Pengendalian Penanaman "
     "Modal", "", ""),
    ("TL-2026-15", "Aktifkan rumah tunggu kelahiran di tiga puskesmas kepulauan yang belum berjalan.", "DINKES",
     "2026-12-15", "belum", 1, "IKU-DINKES-03", "", "1.02.02.1.02.0003", "Kepala Bidang Kesehatan Masyarakat", "",
     ""),
    ("TL-2026-16", "Siapkan pemutusan kontrak ruas Lembah Damai–Teluk Permai bila deviasi fisik Agustus masih "
     "di atas 20 %.", "PUPR", "2026-08-31", "batal", 1, "IKU-P12", "PU-03", "1.03.10.1.01.0030",
     "Kepala Bidang Bina Marga", "Dibatalkan: rapat memilih show cause meeting; penyedia menambah alat dan tenaga.",
     ""),
    ("TL-2026-17", "Selenggarakan show cause meeting dengan penyedia ruas Lembah Damai–Teluk Permai.", "PUPR",
     "2026-08-15", "selesai", 1, "IKU-P12", "PU-03", "1.03.10.1.01.0030", "Kepala Bidang Bina Marga",
     "SCM I dan II dilaksanakan; penyedia menambah 2 unit AMP dan jam kerja lembur.", "2026-08-12"),
    ("TL-2026-18", "Uji coba layanan izin satu hari di Mal Pelayanan Publik.", "DPMPTSP", "2026-12-15", "proses",
     1, "IKU-DPMPTSP-01", "PU-07", "2.18.04.1.02.0006", "Kepala Bidang Pelayanan Perizinan",
     "Uji coba dimulai untuk 12 jenis izin.", ""),
    ("TL-2026-19", "Pecah paket PLTS komunal per kabupaten dan gunakan e-katalog.", "ESDM", "2026-08-31", "belum",
     1, "IKU-ESDM-01", "PU-08", "3.29.06.1.06.0006", "Plt. Kepala Dinas ESDM", "", ""),
    ("TL-2026-20", "Tuntaskan penyambungan listrik tahap I bagi 600 rumah tangga.", "ESDM", "2026-11-30", "belum",
     1, "IKU-ESDM-01", "PU-08", "3.29.06.1.06.0007", "Plt. Kepala Dinas ESDM", "", ""),
    ("TL-2026-21", "Laksanakan penimbangan serentak balita bulan Agustus.", "DINKES", "2026-08-31", "selesai", 1,
     "IKU-P02", "PU-02", "1.02.02.1.02.0006", "Kepala Bidang Kesehatan Masyarakat",
     "Penimbangan serentak 28 Agustus; 91 % balita terukur.", "2026-08-28"),
    ("TL-2026-22", "Dampingi keluarga berisiko stunting di desa lokus melalui Tim Pendamping Keluarga.",
     "DP3AP2KB", "2026-12-31", "proses", 1, "IKU-P02", "PU-02", "2.14.04.1.01.0017",
     "Kepala Bidang Pengendalian Penduduk", "18.400 dari 25.000 keluarga berisiko sudah didampingi.", ""),
    ("TL-2026-23", "Realokasi pagu bantuan stimulan RTLH pada APBD Perubahan dan percepat verifikasi penerima.",
     "PERKIM", "2026-09-15", "proses", 1, "IKU-PERKIM-01", "", "1.04.03.1.02.0003",
     "Kepala Bidang Kawasan Permukiman", "Verifikasi 900 dari 1.500 calon penerima.", ""),
    ("TL-2026-24", "Tindak lanjuti rekomendasi LHE SAKIP 2025: perbaiki pohon kinerja dan IKU Dinas Lingkungan "
     "Hidup.", "DLH", "2026-09-30", "selesai", 1, "IKU-P13", "", "", "Sekretaris Dinas Lingkungan Hidup",
     "Pohon kinerja direviu bersama Biro Organisasi; dua IKU diganti dalam revisi Renstra.", "2026-09-22"),
    ("TL-2026-25", "Masukkan kerja sama 180/004/KSD/2026 (pelabuhan pengumpan Teluk Permai) ke RKPD 2027 dan "
     "mintakan persetujuan DPRD.", "DISHUB", "2026-09-30", "belum", 1, "", "", "",
     "Kepala Bidang Pelayaran", "", ""),
    ("TL-2026-26", "Susun jadwal lelang dini 2027 bagi OPD dengan rencana kas menumpuk di triwulan IV.",
     "BAPPEDA", "2026-11-30", "belum", 1, "", "", "", "Kepala Bidang Pengendalian dan Evaluasi", "", ""),
)  # fmt: skip

_NAMA_DEPAN_L = (
    "Ahmad", "Budi", "Hendra", "Rudi", "Agus", "Yusuf", "Fajar", "Irwan", "Syamsul", "Darmawan", "Rahmat",
    "Teguh", "Arif", "Bambang", "Dedi", "Eko", "Ferry", "Gunawan", "Hasan", "Iskandar", "Joko", "Lukman",
    "Mulyadi", "Nasrullah", "Putu", "Ridwan", "Sutrisno", "Taufik", "Wahyu", "Zainal", "Yohanis", "Markus",
)  # fmt: skip
_NAMA_DEPAN_P = (
    "Siti", "Ratna", "Dewi", "Nurhayati", "Lestari", "Rina", "Fitri", "Maria", "Yuliana", "Sri", "Anita",
    "Wulan", "Hartini", "Kartika", "Novita", "Endang",
)  # fmt: skip
_NAMA_BELAKANG = (
    "Santoso", "Pratama", "Wijaya", "Hidayat", "Saputra", "Nugroho", "Siregar", "Lubis", "Harahap", "Rahman",
    "Wibowo", "Setiawan", "Kusuma", "Mahendra", "Halim", "Sembiring", "Manurung", "Pasaribu", "Tanjung",
    "Daulay", "Simanjuntak", "Purba", "Nasution", "Ginting", "Syahputra", "Permana", "Latuconsina", "Wanggai",
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# Helpers.
# --------------------------------------------------------------------------------------------


def _rng(seed: int, *parts: object) -> np.random.Generator:
    """A generator per (seed, section): sections stay independent, and zlib.crc32 is stable across runs."""
    return np.random.default_rng([seed, *(zlib.crc32(str(p).encode("utf-8")) for p in parts)])


def _fmt(x: float | int | None, dec: int = 0) -> str:
    """Plain contract number: `.` as decimal point, no thousands separator, trailing zeros dropped."""
    if x is None:
        return ""
    if dec == 0:
        return str(round(x))
    s = f"{x:.{dec}f}".rstrip("0").rstrip(".")
    whole, _, frac = s.partition(".")
    # The contract reads `1.250` (three decimals, non-zero integer part) as thousands: never write one.
    if len(frac) == 3 and whole.lstrip("-") != "0":
        s = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _bool(v: bool) -> str:
    return "ya" if v else "tidak"


def _round_to(x: float, dec: int, satuan: str) -> float:
    if satuan == "rupiah":
        return float(round(x / 1_000_000) * 1_000_000)
    return round(float(x), dec)


def _split_exact(total: float, weights: tuple[float, ...], dec: int) -> list[float]:
    """Split an annual kumulatif target over quarters so the rounded parts add up to the total exactly."""
    parts = [round(total * w, dec) for w in weights[:-1]]
    parts.append(round(total - sum(parts), dec))
    return parts


def _is_pemda_iku(kode: str) -> bool:
    return kode.rsplit("-", 1)[-1].startswith("P")


_REFERENSI_PER_IKU = {kode: ref for ref, daftar in KODE_REFERENSI.items() for kode in daftar}


def _sakip_komponen(nilai: float, rng: np.random.Generator) -> tuple[float, ...]:
    """Four component scores (weights 30/30/15/25) that add up to `nilai` rounded to hundredths."""
    total = round(nilai * 100)
    rasio = np.clip(nilai / 100 + np.array(_SAKIP_CONDONG) + rng.normal(0, 0.025, 4), 0.2, 0.97)
    mentah = np.array(_SAKIP_BOBOT) * rasio
    sen = [int(v) for v in np.floor(mentah / mentah.sum() * total)[:3]]
    sen.append(total - sum(sen))
    if not all(0 <= s <= b * 100 for s, b in zip(sen, _SAKIP_BOBOT, strict=True)):
        raise RuntimeError(f"SAKIP components out of their weights: {sen} for {nilai}")
    return tuple(s / 100 for s in sen)


def _kepala(rng: np.random.Generator, gelar: str, dipakai: set[str]) -> str:
    while True:
        perempuan = rng.random() < 0.3
        depan = rng.choice(_NAMA_DEPAN_P if perempuan else _NAMA_DEPAN_L)
        nama = f"{depan} {rng.choice(_NAMA_BELAKANG)}"
        if nama not in dipakai:
            dipakai.add(nama)
            break
    awalan = ""
    r = rng.random()
    if r < 0.2:
        awalan = "Dr. "
    elif r < 0.45:
        awalan = "Hj. " if perempuan else "H. "
    return f"{awalan}{nama}, {gelar}"


# --------------------------------------------------------------------------------------------
# Budget: program → kegiatan → sub kegiatan, jadwal, rencana kas, realisasi anggaran.
# --------------------------------------------------------------------------------------------
@dataclass
class _Program:
    kode: str
    nama: str
    tokens: tuple[str, ...]
    kegiatan: list[tuple[str, str, list[tuple[str, str]]]]


@dataclass
class _Sub:
    opd: _Opd
    program: str
    kegiatan: str
    kode: str
    nama: str
    penunjang: bool
    kind: str  # gaji / rutin / pengadaan / proyek / pileup: the shape of schedule and cash plan
    years: tuple[int, ...]
    prioritas: bool = True
    links: str = ""
    kontribusi: str = ""
    base: int = 0
    pagu: dict[int, int] | None = None


def _parse_catalog() -> dict[str, list[_Program]]:
    out: dict[str, list[_Program]] = {}
    key = ""
    for raw in _CATALOG.strip().splitlines():
        line = raw.strip()
        if line.startswith("@"):
            key = line[1:]
            out[key] = []
        elif line.startswith("P "):
            body, _, tok = line[2:].partition(" | ")
            kode, nama = body.split(" ", 1)
            tokens = tuple(t.strip() for t in tok.split(",")) if tok else ()
            out[key].append(_Program(kode, nama.strip(), tokens, []))
        elif line.startswith("K "):
            kode, nama = line[2:].split(" ", 1)
            out[key][-1].kegiatan.append((kode, nama, []))
        elif line.startswith("S "):
            kode, nama = line[2:].split(" ", 1)
            out[key][-1].kegiatan[-1][2].append((kode, nama))
    return out


def _parse_penunjang() -> list[tuple[str, str, list[tuple[str, str, bool]]]]:
    out: list[tuple[str, str, list[tuple[str, str, bool]]]] = []
    for raw in _PENUNJANG.strip().splitlines():
        line = raw.strip()
        if line.startswith("K "):
            kk, nama = line[2:].split(" ", 1)
            out.append((kk, nama, []))
        elif line.startswith("S "):
            kode, nama = line[2:].split(" ", 1)
            wajib = nama.endswith(" *")
            out[-1][2].append((kode, nama.removesuffix(" *"), wajib))
    return out


_PENUNJANG_NAMA = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI"
# Sub kegiatan that run all year like a service, whatever their program.
_RUTIN_KATA = (
    "Operasional",
    "Biaya Personil",
    "Dana BOS",
    "Permakanan",
    "Penyediaan Makanan",
    "Pemeliharaan Rutin",
    "Operasi dan Pemeliharaan",
    "Jaminan Kesehatan",
    "Pengasuhan",
    "Kas Daerah",
    "BLUD",
)
# median pagu of a substantive / penunjang sub kegiatan, and the range of Gaji dan Tunjangan ASN
_UKURAN = {
    "besar": (11.0e9, 7.0e8, (12.0e9, 13.8e9)),
    "sedang": (3.8e9, 3.0e8, (7.0e9, 10.0e9)),
    "kecil": (1.5e9, 1.3e8, (3.0e9, 5.0e9)),
    "kab": (6.0e8, 1.0e8, (2.0e9, 3.0e9)),
}
# Penunjang pagu by kegiatan: documents are cheap, office services and procurement are not.
_FAKTOR_PENUNJANG = {"01": 0.45, "02": 0.8, "03": 0.5, "05": 0.6, "06": 1.0, "07": 1.6, "08": 1.6, "09": 1.2, "10": 1.0}
_PELUANG_PENUNJANG = {"besar": 0.75, "sedang": 0.6, "kecil": 0.5, "kab": 0.5}
_PAGU_MAX = 15_000_000_000
_PAGU_MIN = 50_000_000
# (low, high) share of pagu spent in the year, and how much spending lags the cash plan
_SERAPAN = {
    "gaji": ((0.96, 0.995), 0.05),
    "rutin": ((0.86, 0.98), 0.15),
    "pengadaan": ((0.90, 0.99), 0.30),
    "proyek": ((0.82, 0.97), 0.30),
    "pileup": ((0.74, 0.92), 0.30),
}


def _draw_pagu(rng: np.random.Generator, median: float, sigma: float) -> int:
    v = float(rng.lognormal(np.log(median), sigma))
    if v > _PAGU_MAX:  # soft cap: no wall of identical 15 M values
        v = _PAGU_MAX * float(rng.uniform(0.85, 1.0))
    if v < _PAGU_MIN:
        v = _PAGU_MIN * float(rng.uniform(1.0, 1.6))
    return round(v / 1000) * 1000


def _pola(kind: str, rng: np.random.Generator) -> tuple[tuple[tuple[int, int], ...], np.ndarray]:
    """Months of persiapan, pelaksanaan, pelaporan and the monthly cash-plan weights (sum 1)."""
    w = np.zeros(12)
    if kind == "gaji":
        tahap = ((1, 1), (1, 12), (12, 12))
        w[:] = 1.0
        w[2] += 1.0  # THR
        w[5] += 1.0  # gaji ketiga belas
    elif kind == "rutin":
        tahap = ((1, 1), (1, 12), (12, 12))
        w[:] = 1.0 + rng.uniform(-0.3, 0.3, 12)
        if rng.random() < 0.25:
            w[[2, 5, 8, 11]] += 1.5  # paid per quarter
    elif kind == "pengadaan":
        p = int(rng.integers(2, 5))
        s = p + 1
        e = min(s + int(rng.integers(0, 3)), 10)
        tahap = ((1, p), (s, e), (e, min(e + 1, 12)))
        if s == e:
            w[e - 1] = 1.0
        else:
            w[s - 1 : e - 1] = 0.15 / (e - s)
            w[e - 1] = 0.85
    elif kind == "proyek":
        p = int(rng.integers(1, 4))
        s = p + int(rng.integers(1, 3))
        e = int(rng.choice([8, 9, 10, 11], p=[0.15, 0.30, 0.35, 0.20]))
        pl = min(e + 1, 12)
        tahap = ((1, p), (s, e), (pl, 12))
        w[0:p] += 0.05 / p
        w[s - 1 : e] += 0.72 / (e - s + 1)
        w[e - 1] += 0.13  # final termin
        w[pl - 1 : 12] += 0.10 / (12 - pl + 1)
    elif kind == "pileup":
        p = int(rng.integers(5, 9))
        s = max(int(rng.choice([9, 10])), p + 1)
        tahap = ((1, p), (s, 12), (12, 12))
        w[0:p] += 0.06 / p
        bentuk = np.array({9: [1.0, 1.3, 1.8, 3.6], 10: [1.0, 1.6, 3.4]}[s])
        w[s - 1 : 12] += 0.94 * bentuk / bentuk.sum()
    else:  # pragma: no cover - a typo in a kind is a programming error
        raise ValueError(kind)
    return tahap, w / w.sum()


def _alokasi(pagu: int, w: np.ndarray) -> list[int]:
    """Monthly amounts in whole thousands that add up to the pagu exactly."""
    n = pagu // 1000
    parts = np.floor(w * n).astype(np.int64)
    parts[int(np.argmax(w))] += n - int(parts.sum())
    return [int(v) * 1000 for v in parts]


class _Builder:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.tables: dict[str, list[dict[str, str]]] = {t: [] for t in TABLE_COLUMNS}
        self.indikator: dict[str, str] = {}  # kode -> nama
        self.opd_sasaran: dict[str, str] = {}
        self.rpjmd = {k: u for k, _, u, _ in RPJMD_SASARAN}
        self.kode_kegiatan: dict[int, set[str]] = {t: set() for t in TAHUN}

    # ---------------------------------------------------------------- organisation
    def build_pemda(self) -> None:
        for kode, nama, tingkat, induk in PEMDA:
            self.tables["pemda"].append(
                {"kode_pemda": kode, "nama_pemda": nama, "tingkat": tingkat, "kode_induk": induk}
            )

    def build_perangkat_daerah(self) -> None:
        rng = _rng(self.seed, "kepala")
        dipakai: set[str] = set()
        tanggal_kab = {"99.01": "2026-02-20", "99.02": "2026-02-12", "99.71": "2026-01-30"}
        for opd in ALL_OPDS:
            kepala = _kepala(rng, opd.gelar, dipakai)
            tanggal = ""
            if opd.kode_pemda != KODE_PROVINSI:
                tanggal = tanggal_kab[opd.kode_pemda]
            elif opd.kode_pd == PK_BELUM_DITANDATANGANI_PD:
                kepala = f"Plt. {kepala}"  # an acting head: the PK waits for the definitive one
            elif rng.random() < 0.65:
                tanggal = "2026-01-21"  # the joint signing at the rapat koordinasi
            else:
                hari = int(rng.integers(22, 31 + 28))  # 22 January … 27 February
                tanggal = f"2026-01-{hari:02d}" if hari <= 31 else f"2026-02-{hari - 31:02d}"
            self.tables["perangkat_daerah"].append(
                {
                    "kode_pd": opd.kode_pd,
                    "kode_pemda": opd.kode_pemda,
                    "nama_pd": opd.nama,
                    "singkatan": opd.singkatan,
                    "nama_kepala": kepala,
                    "tanggal_pk": tanggal,
                }
            )

    def build_sasaran(self) -> None:
        for kode, pemda, uraian, misi in RPJMD_SASARAN:
            self.tables["sasaran"].append(
                {
                    "kode_sasaran": kode,
                    "kode_pemda": pemda,
                    "uraian": uraian,
                    "kode_pd": "",
                    "kode_induk": "",
                    "misi": misi,
                }
            )
        urut: dict[str, int] = {}
        for opd in ALL_OPDS:
            urut[opd.induk] = urut.get(opd.induk, 0) + 1
            kode = f"{opd.induk}.{urut[opd.induk]:02d}"
            self.opd_sasaran[opd.key] = kode
            self.tables["sasaran"].append(
                {
                    "kode_sasaran": kode,
                    "kode_pemda": opd.kode_pemda,
                    "uraian": opd.sasaran,
                    "kode_pd": opd.kode_pd,
                    "kode_induk": opd.induk,
                    "misi": "",
                }
            )

    # ---------------------------------------------------------------- indicators
    def _indicator_specs(self) -> list[dict]:
        specs = []
        for kode, key, nama, satuan, kind, sasaran, base, t25, t26, t29, dec in _IND_PROV:
            opd = _OPD_BY_KEY[key]
            specs.append(
                {
                    "kode": kode, "nama": nama, "satuan": satuan, "opd": opd, "kind": kind,
                    "sasaran": sasaran or self.opd_sasaran[key], "base": base, "t": {2025: t25, 2026: t26},
                    "t29": t29, "dec": dec,
                }
            )  # fmt: skip
        for tok, values in _IND_KAB_VAL.items():
            for suffix, key, nama, satuan, kind, sas, dec in _IND_KAB_SPEC:
                if suffix not in values:
                    continue
                base, t25, t26, t29 = values[suffix]
                specs.append(
                    {
                        "kode": f"IKU-{tok}-{suffix}", "nama": nama, "satuan": satuan,
                        "opd": _OPD_BY_KEY[f"{tok}-{key}"], "kind": kind,
                        "sasaran": f"SS-{tok}-{sas}" if sas else self.opd_sasaran[f"{tok}-{key}"],
                        "base": base, "t": {2025: t25, 2026: t26}, "t29": t29, "dec": dec,
                    }
                )  # fmt: skip
        for s in specs:
            s["x"] = _IND_EXTRA.get(s["kode"], {})
            s["polaritas"] = "positif" if s["kind"][0] == "+" else "negatif"
            s["agregasi"] = {"A": "nilai_akhir", "K": "kumulatif", "R": "rata_rata"}[s["kind"][1]]
            s["rumus_efektif"] = s["x"].get("rumus") or ("R/T" if s["polaritas"] == "positif" else "(2T-R)/T")
        return specs

    @staticmethod
    def _quarter_targets(s: dict, tahun: int) -> list[float] | None:
        x = s["x"]
        if x.get("tahunan") or "ranges" in x:
            return None
        if tahun in x.get("quarters", {}):
            return list(x["quarters"][tahun])
        annual = s["t"][tahun]
        if s["agregasi"] == "kumulatif":
            return _split_exact(annual, x.get("weights", (0.22, 0.25, 0.25, 0.28)), s["dec"])
        if s["agregasi"] == "rata_rata":
            return [annual] * 4
        prev = s["base"] if tahun == 2025 else s["t"][2025]
        ramp = [round(prev + (annual - prev) * q / 4, s["dec"]) for q in (1, 2, 3)]
        return [*ramp, annual]

    def build_indikator(self) -> None:
        rng = _rng(self.seed, "profil")
        # Most indicators on track, some lagging (60–80 %), a few ahead; the red ones are set explicitly.
        profil_pool = ("baik", "lebih", "sedang")
        profil_p = (0.64, 0.14, 0.22)
        for s in self._indicator_specs():
            kode, x, dec, opd = s["kode"], s["x"], s["dec"], s["opd"]
            self.indikator[kode] = s["nama"]
            self.tables["indikator"].append(
                {
                    "kode_indikator": kode,
                    "nama_indikator": s["nama"],
                    "satuan": s["satuan"],
                    "kode_pd": opd.kode_pd,
                    "jenis": "IKU_PEMDA" if _is_pemda_iku(kode) else "IKU_PD",
                    "polaritas": s["polaritas"],
                    "agregasi": s["agregasi"],
                    "kode_sasaran": s["sasaran"],
                    "rumus": x.get("rumus", ""),
                    "target_akhir_periode": _fmt(s["t29"], dec),
                    "definisi": x.get("definisi", ""),
                    "kode_referensi": _REFERENSI_PER_IKU.get(kode, ""),
                }
            )
            base_profil = str(rng.choice(profil_pool, p=profil_p))
            for tahun in TAHUN:
                # targets
                tq = self._quarter_targets(s, tahun)
                if "ranges" in x:
                    mn, mx = x["ranges"][tahun]
                    rows = [(f"TW{q}", "", _fmt(mn, dec), _fmt(mx, dec)) for q in (1, 2, 3, 4)]
                elif tq is None:
                    rows = [("TAHUNAN", _fmt(s["t"][tahun], dec), "", "")]
                else:
                    rows = [(f"TW{q}", _fmt(v, dec), "", "") for q, v in enumerate(tq, start=1)]
                for periode, target, mn, mx in rows:
                    self.tables["target"].append(
                        {
                            "kode_indikator": kode,
                            "tahun": str(tahun),
                            "periode": periode,
                            "target": target,
                            "target_min": mn,
                            "target_max": mx,
                        }
                    )
                # realisations
                profil = x.get("profile", {}).get(tahun)
                if profil is None:
                    profil = base_profil if rng.random() < 0.7 else str(rng.choice(profil_pool, p=profil_p))
                self._realisasi(s, tahun, tq, profil, rng)

    def _realisasi(self, s: dict, tahun: int, tq: list[float] | None, profil: str, rng: np.random.Generator) -> None:
        x, dec, satuan = s["x"], s["dec"], s["satuan"]
        last = LAST_TW[tahun]
        quarters = [4] if x.get("annual") else list(range(1, last + 1))
        quarters = [q for q in quarters if q <= last and q not in x.get("missing", {}).get(tahun, ())]
        explicit = x.get("realisasi", {}).get(tahun)
        nilai_akhir = s["agregasi"] == "nilai_akhir"
        rentang = {
            "baik": (0.955, 1.04) if nilai_akhir else (0.88, 1.06),
            "lebih": (1.02, 1.07) if nilai_akhir else (1.03, 1.12),
            "sedang": (0.80, 0.90) if nilai_akhir else (0.64, 0.80),
            "merah": (0.30, 0.45),
        }[profil]
        kumulatif_persen = 0.0
        for q in quarters:
            c = float(rng.uniform(*rentang))
            if explicit is not None:
                r = float(explicit[q - 1])
            else:
                if tq is not None:
                    t = tq[q - 1]
                elif s["agregasi"] == "kumulatif":  # only a TAHUNAN target: spread it over the seasons
                    t = s["t"][tahun] * x.get("weights", (0.25,) * 4)[q - 1]
                else:
                    t = s["t"][tahun]
                rumus = s["rumus_efektif"]
                r = t * c if rumus == "R/T" else (t * (2 - c) if rumus == "(2T-R)/T" else t / c)
                r = max(_round_to(r, dec, satuan), 0.0)
                if satuan == "persen" and s["polaritas"] == "positif":
                    if s["agregasi"] == "kumulatif":  # coverage built up over the year cannot pass 100
                        r = min(r, round(100 - kumulatif_persen, dec))
                        kumulatif_persen += r
                    else:
                        r = min(r, 100.0)
            self._realisasi_row(s, tahun, q, r, profil, rng=rng)

    def _realisasi_row(self, s: dict, tahun: int, q: int, r: float, profil: str, *, rng: np.random.Generator) -> None:
        kode, opd = s["kode"], s["opd"]
        pendorong = penghambat = tindak = ""
        draw = rng.random(4)  # always four draws: the stream does not depend on which texts are used
        sumber = s["x"].get("sumber") or (f"Laporan {opd.singkatan}" if draw[3] < 0.85 else "")
        makro = s["x"].get("sumber", "").startswith("BPS")
        p_dorong = _PENDORONG_MAKRO if makro else _PENDORONG
        p_hambat = _PENGHAMBAT_MAKRO if makro else _PENGHAMBAT
        p_lanjut = _TINDAK_LANJUT_MAKRO if makro else _TINDAK_LANJUT
        khusus = _ROW_TEXT.get((kode, tahun, q))
        if khusus is not None:
            pendorong, penghambat, tindak, sumber = (*khusus[:3], khusus[3] or sumber)
        elif profil == "merah":
            penghambat, tindak = _RED_TEXT[kode]
        elif profil == "sedang":
            penghambat = p_hambat[int(draw[0] / 0.85 * len(p_hambat))] if draw[0] < 0.85 else ""
            tindak = p_lanjut[int(draw[1] / 0.7 * len(p_lanjut))] if draw[1] < 0.7 else ""
            pendorong = p_dorong[int(draw[2] / 0.2 * len(p_dorong))] if draw[2] < 0.2 else ""
        else:
            pendorong = p_dorong[int(draw[0] / 0.75 * len(p_dorong))] if draw[0] < 0.75 else ""
            penghambat = p_hambat[int(draw[1] / 0.08 * len(p_hambat))] if draw[1] < 0.08 else ""
            tindak = p_lanjut[int(draw[2] / 0.05 * len(p_lanjut))] if draw[2] < 0.05 else ""
        self.tables["realisasi"].append(
            {
                "kode_indikator": kode,
                "tahun": str(tahun),
                "periode": f"TW{q}",
                "realisasi": _fmt(r, s["dec"]),
                "faktor_pendorong": pendorong,
                "faktor_penghambat": penghambat,
                "tindak_lanjut": tindak,
                "sumber_data": sumber,
            }
        )

    # ---------------------------------------------------------------- budget
    def _subs(self) -> list[_Sub]:
        """Every sub kegiatan of every OPD with the years it appears in, in catalog order."""
        catalog = _parse_catalog()
        penunjang = _parse_penunjang()
        self.program_meta: dict[str, tuple[_Opd, str, tuple[str, ...], bool, bool, bool]] = {}
        self.kegiatan_nama: dict[str, str] = {}
        subs: list[_Sub] = []
        for opd in ALL_OPDS:
            rng = _rng(self.seed, "struktur", opd.key)
            if opd.penunjang:
                prog = f"{opd.kode_pd[:4]}.01"
                self.program_meta[prog] = (opd, _PENUNJANG_NAMA, (f"IKU-{opd.key}-01",), False, True, True)
                peluang = _PELUANG_PENUNJANG[opd.size]
                for kk, knama, items in penunjang:
                    keg = f"{prog}.1.{kk}"
                    self.kegiatan_nama[keg] = knama
                    for ssss, snama, wajib in items:
                        pilih, ubah = rng.random(2)
                        if wajib:
                            years: tuple[int, ...] = TAHUN
                        elif pilih < peluang:  # in the DPA both years, now and then only one of them
                            years = (2026,) if ubah < 0.05 else ((2025,) if ubah < 0.09 else TAHUN)
                        else:
                            years = (2026,) if ubah < 0.05 else ()
                        if not years:
                            continue
                        kind = "gaji" if (kk, ssss) == ("02", "0001") else ("pengadaan" if kk == "07" else "rutin")
                        subs.append(_Sub(opd, prog, keg, f"{keg}.{ssss}", snama, True, kind, years))
            for p in catalog.get(opd.key, []):
                is_penunjang = p.kode.endswith(".01")
                if not is_penunjang:
                    links = tuple(
                        (f"IKU-{t}" if opd.kode_pemda == KODE_PROVINSI else f"IKU-{opd.key[:4]}-{t}")
                        if t.startswith("P")
                        else f"IKU-{opd.key}-{t}"
                        for t in p.tokens
                        if t not in ("-", "np")
                    )
                    self.program_meta[p.kode] = (opd, p.nama, links, "-" in p.tokens, "np" in p.tokens, False)
                for keg, knama, items in p.kegiatan:
                    self.kegiatan_nama[keg] = knama
                    for ssss, snama in items:
                        if is_penunjang or any(k in snama for k in _RUTIN_KATA):
                            kind = "rutin"
                        elif opd.kode_pd in Q4_PILEUP_PD and rng.random() < 0.85:
                            kind = "pileup"
                        else:
                            kind = "proyek"
                        subs.append(_Sub(opd, p.kode, keg, f"{keg}.{ssss}", snama, is_penunjang, kind, TAHUN))
        return subs

    def _flags_and_pagu(self, subs: list[_Sub]) -> None:
        unggulan = {k: u[3] for u in UNGGULAN for k in u[4]}
        ditandai = {t[1] for t in TAG_JANJI}
        per_opd: dict[str, list[_Sub]] = {}
        for sub in subs:
            per_opd.setdefault(sub.opd.key, []).append(sub)
        for key, items in per_opd.items():
            opd = _OPD_BY_KEY[key]
            rng = _rng(self.seed, "pagu", key)
            med_sub, med_pen, gaji = _UKURAN[opd.size]
            for sub in items:
                _, _, links, orphan, np_prog, _ = self.program_meta[sub.program]
                if sub.kind == "gaji":
                    sub.base = round(float(rng.uniform(*gaji)) / 1000) * 1000
                elif "BLUD" in sub.nama:
                    sub.base = round(float(rng.uniform(13e9, 15e9)) / 1000) * 1000
                elif sub.penunjang:
                    sub.base = _draw_pagu(rng, med_pen * _FAKTOR_PENUNJANG[sub.kegiatan[-2:]], 0.6)
                else:
                    sub.base = _draw_pagu(rng, med_sub, 0.6)
                tumbuh = float(rng.uniform(0.92, 1.12))  # DPA 2026 versus 2025
                sub.pagu = {
                    2025: sub.base,
                    2026: min(max(round(sub.base * tumbuh / 1000) * 1000, _PAGU_MIN), _PAGU_MAX),
                }
                draw = rng.random(4)
                # prioritas: penunjang and non-priority programs never; else mostly, flagships and promises always
                if sub.penunjang or np_prog:
                    sub.prioritas = False
                else:
                    sub.prioritas = draw[0] >= 0.1 or sub.kode in unggulan or sub.kode in ditandai
                # kode_indikator on the sub kegiatan itself: the flagship's IKU, and often one of the program's
                if not (sub.penunjang or orphan):
                    own = [unggulan[sub.kode]] if sub.kode in unggulan else []
                    if links and draw[1] < 0.4:
                        pilihan = links[int(draw[2] * len(links))]
                        if pilihan not in own:
                            own.append(pilihan)
                    sub.links = ";".join(own)
                sub.kontribusi = self._kontribusi(sub, links, orphan, draw[3])
            self._balance_priority(opd, items)

    def _kontribusi(self, sub: _Sub, links: tuple[str, ...], orphan: bool, u: float) -> str:
        singkat = sub.opd.singkatan
        if sub.penunjang:
            return f"Menunjang kelancaran administrasi dan operasional {singkat}." if u < 0.65 else ""
        if orphan:
            return f"Mendukung tugas dan fungsi {singkat}." if u < 0.5 else ""
        if not sub.prioritas and u < 0.5:
            return ""  # real Renja leave this blank for many non-priority items
        kode = sub.links.split(";")[0] if sub.links else links[0]
        nama = self.indikator[kode]
        pola = (
            f"Mendukung capaian {nama}.",
            f"Output sub kegiatan berkontribusi langsung pada {nama}.",
            f"Mendukung pencapaian {nama} ({kode}).",
        )
        return pola[int(u * len(pola)) % len(pola)]

    def _balance_priority(self, opd: _Opd, items: list[_Sub]) -> None:
        """Priority pagu outweighs non-priority pagu in every province OPD but the designated one."""
        if opd.kode_pemda != KODE_PROVINSI:
            return
        for tahun in TAHUN:
            ada = [s for s in items if tahun in s.years]
            prio = sum(s.pagu[tahun] for s in ada if s.prioritas)
            non = sum(s.pagu[tahun] for s in ada if not s.prioritas)
            if opd.kode_pd == NON_PRIORITY_HEAVY_PD:
                if non <= prio:
                    raise RuntimeError(f"{opd.kode_pd}: non-priority pagu should outweigh priority pagu")
                continue
            if non <= 0.85 * prio:
                continue
            faktor = 1.2 * non / prio
            for s in ada:
                if s.prioritas:
                    s.pagu[tahun] = min(round(s.pagu[tahun] * faktor / 1000) * 1000, _PAGU_MAX)

    def build_anggaran(self) -> None:
        subs = self._subs()
        self._flags_and_pagu(subs)
        unggulan = {k for u in UNGGULAN for k in u[4]}
        rng_link = _rng(self.seed, "tautan-kegiatan")
        keg_links = {}
        for keg in sorted(self.kegiatan_nama):
            prog = keg.rsplit(".", 2)[0]
            _, _, links, orphan, _, penunjang = self.program_meta[prog]
            keg_links[keg] = links[0] if links and not (orphan or penunjang) and rng_link.random() < 0.3 else ""
        for tahun in TAHUN:
            ada = [s for s in subs if tahun in s.years]
            # program and kegiatan rows take their flags from the sub kegiatan below them
            atas: dict[str, dict[str, object]] = {}
            for s in ada:
                gc = tahun == 2026 and s.kode in unggulan
                for kode in (s.program, s.kegiatan):
                    a = atas.setdefault(kode, {"opd": s.opd, "prioritas": False, "gc": False})
                    a["prioritas"] = bool(a["prioritas"]) or s.prioritas
                    a["gc"] = bool(a["gc"]) or gc
            for kode, a in atas.items():
                opd = a["opd"]
                assert isinstance(opd, _Opd)
                if kode in self.program_meta:
                    _, nama, links, orphan, _, penunjang = self.program_meta[kode]
                    ind = ";".join(links)
                    if penunjang:
                        kontribusi = (
                            f"Program pendukung seluruh urusan {opd.singkatan}; tidak langsung terkait satu IKU."
                        )
                    elif orphan:
                        kontribusi = ""
                    else:
                        kontribusi = f"Mendukung sasaran RPJMD: {self.rpjmd[opd.induk]}."
                else:
                    nama = self.kegiatan_nama[kode]
                    ind = keg_links[kode]
                    penunjang = self.program_meta[kode.rsplit(".", 2)[0]][5]
                    kontribusi = "" if penunjang else f"Mendukung sasaran {opd.singkatan}: {opd.sasaran.lower()}."
                self._kegiatan_row(
                    tahun,
                    opd,
                    kode,
                    nama,
                    pagu="",
                    ind=ind,
                    prio=bool(a["prioritas"]),
                    gc=bool(a["gc"]),
                    kontribusi=kontribusi,
                )
            for s in ada:
                gc = tahun == 2026 and s.kode in unggulan
                self._kegiatan_row(
                    tahun,
                    s.opd,
                    s.kode,
                    s.nama,
                    pagu=str(s.pagu[tahun]),
                    ind=s.links,
                    prio=s.prioritas,
                    gc=gc,
                    kontribusi=s.kontribusi,
                )
            self._jadwal_kas_realisasi(tahun, ada)

    def _kegiatan_row(
        self, tahun: int, opd: _Opd, kode: str, nama: str, *, pagu: str, ind: str, prio: bool, gc: bool, kontribusi: str
    ) -> None:
        self.kode_kegiatan[tahun].add(kode)
        self.tables["kegiatan"].append(
            {
                "tahun": str(tahun),
                "kode_pd": opd.kode_pd,
                "kode_kegiatan": kode,
                "nama": nama,
                "pagu": pagu,
                "kode_indikator": ind,
                "prioritas": _bool(prio),
                "game_changer": _bool(gc),
                "kontribusi": kontribusi,
            }
        )

    def _jadwal_kas_realisasi(self, tahun: int, subs: list[_Sub]) -> None:
        last = LAST_MONTH[tahun]
        for s in subs:
            rng = _rng(self.seed, "jadwal", tahun, s.kode)
            tahap, w = _pola(s.kind, rng)
            for nama_tahap, (mulai, selesai) in zip(("persiapan", "pelaksanaan", "pelaporan"), tahap, strict=True):
                self.tables["jadwal"].append(
                    {
                        "tahun": str(tahun),
                        "kode_kegiatan": s.kode,
                        "tahap": nama_tahap,
                        "bulan_mulai": str(mulai),
                        "bulan_selesai": str(selesai),
                    }
                )
            pagu = s.pagu[tahun]
            for bulan, nilai in enumerate(_alokasi(pagu, w), start=1):
                self.tables["rencana_kas"].append(
                    {"tahun": str(tahun), "kode_kegiatan": s.kode, "bulan": str(bulan), "nilai": str(nilai)}
                )
            # Spending follows the cash plan with a lag and noise; the whole year is simulated so
            # that 2026 (reported through September) is the same story cut short.
            (lo, hi), lag = _SERAPAN[s.kind]
            if tahun == 2026 and s.opd.kode_pd in Q4_PILEUP_PD:
                lag = 0.5
            serapan = float(rng.uniform(lo, hi))
            geser = np.concatenate([[0.0], w[:-1]])
            bentuk = ((1 - lag) * w + lag * geser) * rng.uniform(0.85, 1.15, 12)
            bentuk = bentuk / bentuk.sum()
            real = np.floor(serapan * pagu * bentuk / 1000) * 1000
            fisik_akhir = 1.0 if s.kind == "gaji" else float(rng.uniform(0.93, 1.0))
            kum = np.cumsum(real)
            fisik = np.round(100 * fisik_akhir * kum / kum[-1], 2) if kum[-1] > 0 else np.zeros(12)
            for bulan in range(1, last + 1):
                self.tables["realisasi_anggaran"].append(
                    {
                        "tahun": str(tahun),
                        "kode_kegiatan": s.kode,
                        "bulan": str(bulan),
                        "realisasi": str(int(real[bulan - 1])),
                        "realisasi_kumulatif": "",
                        "fisik_persen": _fmt(float(fisik[bulan - 1]), 2),
                    }
                )

    # ---------------------------------------------------------------- flagships, promises, agreements
    def build_unggulan(self) -> None:
        for kode, nama, key, ind, subs, catatan in UNGGULAN:
            self.tables["program_unggulan"].append(
                {
                    "kode_unggulan": kode,
                    "nama": nama,
                    "kode_pd": _OPD_BY_KEY[key].kode_pd,
                    "kode_indikator": ind,
                    "kode_kegiatan": ";".join(subs),
                    "status": STATUS_UNGGULAN[kode],
                    "catatan": catatan,
                }
            )
        for kode, tonggak, bulan, selesai in TONGGAK:
            self.tables["tonggak"].append(
                {"kode_unggulan": kode, "tonggak": tonggak, "bulan_rencana": bulan, "tanggal_selesai": selesai}
            )

    def build_janji(self) -> None:
        for kode, uraian, misi in JANJI:
            self.tables["janji_kampanye"].append({"kode_janji": kode, "uraian": uraian, "misi": misi})
        for tahun, kode, janji, bentuk, output in TAG_JANJI:
            self.tables["tag_janji"].append(
                {
                    "tahun": str(tahun),
                    "kode_kegiatan": kode,
                    "kode_janji": janji,
                    "bentuk_dukungan": bentuk,
                    "output": output,
                }
            )

    def build_kerja_sama(self) -> None:
        for nomor, judul, mitra, key, mulai, akhir, rencana, anggaran, kegiatan in KERJA_SAMA:
            self.tables["kerja_sama"].append(
                {
                    "nomor": nomor,
                    "judul": judul,
                    "mitra": mitra,
                    "kode_pd": _OPD_BY_KEY[key].kode_pd,
                    "tanggal_mulai": mulai,
                    "tanggal_berakhir": akhir,
                    "masuk_perencanaan": _bool(rencana),
                    "masuk_anggaran": _bool(anggaran),
                    "kode_kegiatan": kegiatan,
                    "kategori": KERJA_SAMA_RINCIAN[nomor][0],
                    "jenis_naskah": KERJA_SAMA_RINCIAN[nomor][1],
                    "nomor_mitra": KERJA_SAMA_RINCIAN[nomor][2],
                    "persetujuan_dprd": ""
                    if KERJA_SAMA_RINCIAN[nomor][3] is None
                    else _bool(KERJA_SAMA_RINCIAN[nomor][3]),
                }
            )

    # ---------------------------------------------------------------- SAKIP and meeting follow-up
    def build_sakip(self) -> None:
        for kode_pemda, (target, *nilai) in SAKIP_PEMDA.items():
            rng = _rng(self.seed, "sakip", kode_pemda)
            for tahun, n in zip(SAKIP_TAHUN, nilai, strict=True):
                self._sakip_row(tahun, kode_pemda, "", target, _sakip_komponen(n, rng))
        for opd in OPDS:
            if opd.kode_pd in SAKIP_TANPA_EVALUASI_PD:
                continue
            rng = _rng(self.seed, "sakip", opd.key)
            if opd.key in _SAKIP_PD_TETAP:
                target, per_tahun = _SAKIP_PD_TETAP[opd.key]
            else:
                target, (lo, hi), (naik_lo, naik_hi) = _SAKIP_PROFIL[_SAKIP_PD[opd.key]]
                akhir = float(rng.uniform(lo, hi))
                naik = float(rng.uniform(naik_lo, naik_hi))
                langkah = rng.dirichlet([2.0, 2.0, 2.0]) * naik  # a rise every year, of uneven size
                awal = akhir - naik
                per_tahun = {t: awal + float(langkah[:i].sum()) for i, t in enumerate(SAKIP_TAHUN)}
                if opd.kode_pd in SAKIP_2022_BELUM_PD:
                    del per_tahun[2022]
            for tahun, n in per_tahun.items():
                tetap = _SAKIP_KOMPONEN_TETAP.get((opd.key, tahun))
                komponen = tetap if tetap is not None else _sakip_komponen(n, rng)
                self._sakip_row(tahun, opd.kode_pemda, opd.kode_pd, target, komponen)

    def _sakip_row(self, tahun: int, kode_pemda: str, kode_pd: str, target: str, komponen: tuple) -> None:
        sen = [round(k * 100) for k in komponen]  # in hundredths, so the sum is exact
        self.tables["evaluasi_sakip"].append(
            {
                "tahun": str(tahun),
                "kode_pemda": kode_pemda,
                "kode_pd": kode_pd,
                "nilai": _fmt(sum(sen) / 100, 2),
                "target_predikat": target,
                "nilai_perencanaan": _fmt(sen[0] / 100, 2),
                "nilai_pengukuran": _fmt(sen[1] / 100, 2),
                "nilai_pelaporan": _fmt(sen[2] / 100, 2),
                "nilai_evaluasi": _fmt(sen[3] / 100, 2),
            }
        )

    def build_tindak_lanjut(self) -> None:
        for kode, uraian, key, batas, status, rapat, ind, unggulan, kegiatan, pj, hasil, selesai in TINDAK_LANJUT:
            nama_rapat, tanggal_rapat = RAPAT_EVALUASI[rapat]
            self.tables["tindak_lanjut"].append(
                {
                    "kode_tindak_lanjut": kode,
                    "uraian": uraian,
                    "kode_pd": _OPD_BY_KEY[key].kode_pd,
                    "batas_waktu": batas,
                    "status": status,
                    "rapat": nama_rapat,
                    "tanggal_rapat": tanggal_rapat,
                    "kode_indikator": ind,
                    "kode_unggulan": unggulan,
                    "kode_kegiatan": kegiatan,
                    "penanggung_jawab": pj,
                    "hasil": hasil,
                    "tanggal_selesai": selesai,
                }
            )

    def check_references(self) -> None:
        """Catch typos in the hand-written tables above before they reach a CSV."""
        semua = self.kode_kegiatan[2025] | self.kode_kegiatan[2026]
        hilang = [t[1] for t in TAG_JANJI if t[1] not in self.kode_kegiatan[t[0]]]
        hilang += [k for u in UNGGULAN for k in u[4] if k not in semua]
        hilang += [k[8] for k in KERJA_SAMA if k[8] and k[8] not in semua]
        hilang += [u[3] for u in UNGGULAN if u[3] not in self.indikator]
        hilang += [k for k in _REFERENSI_PER_IKU if k not in self.indikator]
        hilang += [t[8] for t in TINDAK_LANJUT if t[8] and t[8] not in self.kode_kegiatan[2026]]
        hilang += [t[6] for t in TINDAK_LANJUT if t[6] and t[6] not in self.indikator]
        hilang += [t[7] for t in TINDAK_LANJUT if t[7] and t[7] not in STATUS_UNGGULAN]
        if {k[0] for k in KERJA_SAMA} != set(KERJA_SAMA_RINCIAN):
            raise ValueError("KERJA_SAMA and KERJA_SAMA_RINCIAN list different agreements")
        for row in self.tables["kegiatan"]:
            hilang += [k for k in row["kode_indikator"].split(";") if k and k not in self.indikator]
        if hilang:
            raise ValueError(f"unknown codes in demo data: {sorted(set(hilang))}")


# Texts for single realisation rows: (kode, tahun, TW) -> (pendorong, penghambat, tindak lanjut, sumber).
_ROW_TEXT: dict[tuple[str, int, int], tuple[str, str, str, str]] = {
    ("IKU-P05", 2025, 3): (
        "",
        "Produksi pertambangan dan perkebunan melambat; ekspor CPO turun.",
        "Percepatan belanja modal pemerintah daerah pada triwulan IV.",
        "",
    ),
    ("IKU-P08", 2026, 2): (
        "",
        "Kenaikan harga beras dan cabai merah akibat gangguan pasokan pada musim hujan.",
        "Operasi pasar murah dan gerakan tanam cabai bersama TPID kabupaten/kota; pemantauan harga harian.",
        "",
    ),
    ("IKU-P11", 2026, 1): (
        "",
        "Harga gabah turun saat panen raya sementara harga input pertanian naik.",
        "Penyerapan gabah oleh BUMD pangan dan pengawasan penyaluran pupuk bersubsidi.",
        "",
    ),
    ("IKU-DPMPTSP-02", 2026, 3): (
        "",
        "Gangguan aplikasi perizinan selama dua minggu pada Agustus menurunkan kepuasan pemohon.",
        "Migrasi server dan penambahan petugas layanan bantuan.",
        "",
    ),
    ("IKU-INSPEKTORAT-04", 2025, 3): (
        "",
        "Satu perkara pengadaan tahun 2023 ditetapkan tersangka oleh Kejaksaan Tinggi.",
        "Pendampingan pengadaan oleh APIP dan penguatan Monitoring Center for Prevention (MCP) KPK.",
        "",
    ),
    # The probable data error: a quarter typed as the year-to-date figure, with nothing explained.
    ("IKU-DKUKM-02", 2026, 3): ("", "", "", "Laporan Dinas KUKM (angka kumulatif s.d. September)"),
}


# --------------------------------------------------------------------------------------------
# Entry points.
# --------------------------------------------------------------------------------------------
_SORT_KEYS = {
    "kegiatan": ("kode_pemda", "tahun", "kode_kegiatan"),
    "jadwal": ("kode_pemda", "tahun", "kode_kegiatan"),
    "rencana_kas": ("kode_pemda", "tahun", "kode_kegiatan"),
    "realisasi_anggaran": ("kode_pemda", "tahun", "kode_kegiatan"),
}

# Contract v2: the kab/kota use the national codes the province uses. The generator builds with codes made
# unique by hand (the version 1 way); `_kode_bersama` then gives every row its kode_pemda and turns those
# codes into shared ones: a kab/kota SKPD gets the province's SKPD code for the same bidang (urut 01), the
# kab/kota IKU and sasaran codes are the same in every kab/kota (IKU-KAB-…, SS-KAB-…), and Kabupaten Bukit
# Sejahtera (99.02) runs the same Disdukcapil programs, kegiatan and sub kegiatan as Kabupaten Lembah Damai
# (99.01), with its own pagu, cash plan and realisation (KODE_BERSAMA_99_02).
_TOKEN_KAB = ("9901", "9902", "9971")
KODE_BERSAMA_99_02 = "2.12.0.00.0.00.01.0000"  # Disdukcapil: same SKPD and sub kegiatan codes in 99.01 and 99.02
SKALA_99_02 = 0.8  # 99.02's pagu, cash plan and realisation = 99.01's × 0.8 (rounded to the rupiah)


def kode_v2(kode: str) -> str:
    """A generator code (v1, unique by hand) → the code written to data/demo (v2, shared)."""
    if not kode:
        return kode
    for tok in _TOKEN_KAB:
        kode = kode.replace(f"IKU-{tok}-", "IKU-KAB-").replace(f"SS-{tok}-", "SS-KAB-")
    bagian = kode.split(".")
    if len(bagian) == 8 and bagian[6] in ("11", "21", "71"):
        bagian[6] = "01"
        kode = ".".join(bagian)
    return kode


def _kode_bersama(t: dict[str, list[dict[str, str]]]) -> None:
    pd_pemda = {r["kode_pd"]: r["kode_pemda"] for r in t["perangkat_daerah"]}
    ind = {r["kode_indikator"]: pd_pemda[r["kode_pd"]] for r in t["indikator"]}
    keg = {(r["tahun"], r["kode_kegiatan"]): pd_pemda[r["kode_pd"]] for r in t["kegiatan"]}
    ung = {r["kode_unggulan"]: pd_pemda[r["kode_pd"]] for r in t["program_unggulan"]}
    janji = {r["kode_janji"]: keg[(r["tahun"], r["kode_kegiatan"])] for r in t["tag_janji"]}
    pemda_baris = {
        "perangkat_daerah": lambda r: r["kode_pemda"],
        "sasaran": lambda r: r["kode_pemda"],
        "evaluasi_sakip": lambda r: r["kode_pemda"],
        "indikator": lambda r: pd_pemda[r["kode_pd"]],
        "kegiatan": lambda r: pd_pemda[r["kode_pd"]],
        "program_unggulan": lambda r: pd_pemda[r["kode_pd"]],
        "kerja_sama": lambda r: pd_pemda[r["kode_pd"]],
        "tindak_lanjut": lambda r: pd_pemda[r["kode_pd"]],
        "target": lambda r: ind[r["kode_indikator"]],
        "realisasi": lambda r: ind[r["kode_indikator"]],
        "tag_janji": lambda r: keg[(r["tahun"], r["kode_kegiatan"])],
        "jadwal": lambda r: keg[(r["tahun"], r["kode_kegiatan"])],
        "rencana_kas": lambda r: keg[(r["tahun"], r["kode_kegiatan"])],
        "realisasi_anggaran": lambda r: keg[(r["tahun"], r["kode_kegiatan"])],
        "tonggak": lambda r: ung[r["kode_unggulan"]],
        "janji_kampanye": lambda r: janji.get(r["kode_janji"], KODE_PROVINSI),
    }
    for tabel, rows in t.items():
        if tabel in pemda_baris:
            for r in rows:
                r["kode_pemda"] = pemda_baris[tabel](r)
    # PK (v2): one row per OPD and year from the generator's tanggal_pk (signed 2026; blank = not yet signed).
    t["perjanjian_kinerja"] = [
        {
            "kode_pemda": r["kode_pemda"],
            "kode_pd": r["kode_pd"],
            "tahun": "2026",
            "tanggal_tanda_tangan": r["tanggal_pk"],
            "nama_penanda_tangan": r["nama_kepala"] if r["tanggal_pk"] else "",
            "catatan": "Penandatanganan bersama pada rapat koordinasi" if r["tanggal_pk"] == "2026-01-21" else "",
        }
        for r in t["perangkat_daerah"]
    ]
    for r in t["indikator"]:
        r["frekuensi"] = "tahunan" if r["kode_indikator"] in ANNUAL_IKU else "triwulanan"
    for r in t["janji_kampanye"]:
        r["tahun_mulai"], r["tahun_selesai"] = "2025", "2029"
    for r in t["program_unggulan"]:
        r["tanggal_status"], r["tahun_mulai"], r["tahun_selesai"] = "2026-10-05", "2025", "2029"
    # Shared codes.
    for rows in t.values():
        for r in rows:
            for kolom in ("kode_pd", "kode_sasaran", "kode_indikator"):
                if r.get(kolom):
                    r[kolom] = ";".join(kode_v2(k) for k in r[kolom].split(";"))
            if "kode_induk" in r and "kode_sasaran" in r:
                r["kode_induk"] = kode_v2(r["kode_induk"])
            if r.get("kontribusi"):
                r["kontribusi"] = kode_v2(r["kontribusi"])
    # 99.02 runs 99.01's Disdukcapil programs: same codes, its own money.
    asal = "99.01"

    def rp(v: str) -> str:
        return str(round(float(v) * SKALA_99_02)) if v else v

    for r in [r for r in t["perangkat_daerah"] if r["kode_pemda"] == asal and r["kode_pd"] == KODE_BERSAMA_99_02]:
        t["perangkat_daerah"].append(
            {**r, "kode_pemda": "99.02", "nama_pd": r["nama_pd"].replace("Lembah Damai", "Bukit Sejahtera")}
        )
        t["perjanjian_kinerja"].append(
            {"kode_pemda": "99.02", "kode_pd": r["kode_pd"], "tahun": "2026", "tanggal_tanda_tangan": "2026-02-12",
             "nama_penanda_tangan": r["nama_kepala"], "catatan": ""}
        )  # fmt: skip
    t["sasaran"] += [
        {**r, "kode_pemda": "99.02"}
        for r in t["sasaran"]
        if r["kode_pemda"] == asal and r["kode_pd"] == KODE_BERSAMA_99_02
    ]
    iku = {
        r["kode_indikator"] for r in t["indikator"] if r["kode_pemda"] == asal and r["kode_pd"] == KODE_BERSAMA_99_02
    }
    for tabel in ("indikator", "target", "realisasi"):
        t[tabel] += [
            {**r, "kode_pemda": "99.02"} for r in t[tabel] if r["kode_pemda"] == asal and r["kode_indikator"] in iku
        ]
    for r in t["realisasi"]:
        if r["kode_pemda"] == "99.02" and r["kode_indikator"] in iku:
            r["realisasi"] = f"{float(r['realisasi']) - 1.5:.2f}"  # Bukit Sejahtera trails Lembah Damai a little
    kode_keg = {
        (r["tahun"], r["kode_kegiatan"])
        for r in t["kegiatan"]
        if r["kode_pemda"] == asal and r["kode_pd"] == KODE_BERSAMA_99_02
    }
    uang = {
        "kegiatan": ("pagu",),
        "rencana_kas": ("nilai",),
        "realisasi_anggaran": ("realisasi", "realisasi_kumulatif"),
    }
    for tabel in ("kegiatan", "jadwal", "rencana_kas", "realisasi_anggaran"):
        salinan = []
        for r in t[tabel]:
            if r["kode_pemda"] == asal and (r["tahun"], r["kode_kegiatan"]) in kode_keg:
                baru = {**r, "kode_pemda": "99.02"}
                for kolom in uang.get(tabel, ()):
                    baru[kolom] = rp(r[kolom])
                salinan.append(baru)
        t[tabel] += salinan


def _pengguna_demo(t: dict[str, list[dict[str, str]]]) -> list[dict[str, str]]:
    """A few accounts of the demo province (fictional addresses), one per role a pemda's administrator may give;
    the operator belongs to the province's first OPD. No randomness: the other tables stay byte for byte."""
    opd = min(r["kode_pd"] for r in t["perangkat_daerah"] if r["kode_pemda"] == KODE_PROVINSI)
    akun = [
        ("gubernur@nusaharapan.example", "pimpinan", "", "Gubernur Nusa Harapan"),
        ("admin.bappeda@nusaharapan.example", "admin_bappeda", "", "Admin Bappeda"),
        ("operator@nusaharapan.example", "operator_opd", opd, "Operator OPD"),
        ("analis@nusaharapan.example", "analis", "", "Analis Bappeda"),
    ]
    return [{"kode_pemda": KODE_PROVINSI, "email": e, "peran": p, "kode_pd": k, "nama": n} for e, p, k, n in akun]


# The quarter in progress (issue 19): the province reports 2026 TW III in the app, deadline 10 days after the
# quarter (10/10/2026, the setting batas_lapor_hari). Verified: the OPD in LAPOR_DIVERIFIKASI (one of their IKU
# returned with a note: LAPOR_DIKEMBALIKAN); submitted, awaiting verification: LAPOR_DIAJUKAN (Dishub: no IKU of
# it is low or projected short, so the explanation rule asks nothing); every other OPD has not reported (late),
# among them the operator's OPD and DKP (MISSING_REPORT). The governor's figures count verified values only: the
# submitted and returned ones are IKU without a warning, so the demo's red IKU, outlier and missing report stay on
# the Ringkasan (values imported without a reporting state count as imported).
LAPOR_PERIODE = (2026, "TW3")
LAPOR_DIAJUKAN = ("2.15.0.00.0.00.01.0000",)
LAPOR_DIVERIFIKASI = (
    "1.02.0.00.0.00.01.0000",
    "1.03.0.00.0.00.01.0000",
    "1.04.0.00.0.00.01.0000",
    "1.05.0.00.0.00.01.0000",
    "1.06.0.00.0.00.01.0000",
    "2.09.0.00.0.00.01.0000",
    "2.11.0.00.0.00.01.0000",
    "2.13.0.00.0.00.01.0000",
    "3.26.0.00.0.00.01.0000",
    "5.01.5.05.0.00.01.0000",
)
LAPOR_DIKEMBALIKAN = (
    "IKU-DINKES-02",
    "Realisasi TW III belum sesuai data Dinkes kabupaten/kota; lampirkan sumber datanya.",
)


def _lapor_demo(t: dict[str, list[dict[str, str]]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """periode_lapor and status_lapor of the quarter in progress (no randomness: the other tables stay as they are)."""
    tahun, periode = LAPOR_PERIODE
    periode_lapor = [
        {"kode_pemda": KODE_PROVINSI, "tahun": str(tahun), "periode": periode, "batas_lapor": "", "dibuka_sampai": "",
         "catatan": "Evaluasi triwulan III dilaporkan OPD lewat Pantau Kinerja"}
    ]  # fmt: skip
    pemilik = {
        r["kode_indikator"]: r["kode_pd"]
        for r in t["indikator"]
        if r["kode_pemda"] == KODE_PROVINSI and r["jenis"] in ("IKU_PEMDA", "IKU_PD")
    }
    status = []
    for r in t["realisasi"]:
        if (r["kode_pemda"], r["tahun"], r["periode"]) != (KODE_PROVINSI, str(tahun), periode):
            continue
        opd = pemilik.get(r["kode_indikator"])
        if opd in LAPOR_DIVERIFIKASI or opd in LAPOR_DIAJUKAN:
            keadaan, catatan = ("diajukan" if opd in LAPOR_DIAJUKAN else "diverifikasi"), ""
            if r["kode_indikator"] == LAPOR_DIKEMBALIKAN[0]:
                keadaan, catatan = "dikembalikan", LAPOR_DIKEMBALIKAN[1]
            status.append(
                {"kode_pemda": KODE_PROVINSI, "kode_indikator": r["kode_indikator"], "tahun": str(tahun),
                 "periode": periode, "status": keadaan, "catatan_verifikasi": catatan}
            )  # fmt: skip
    status.sort(key=lambda r: r["kode_indikator"])
    return periode_lapor, status


def build_tables(seed: int = 2026) -> dict[str, list[dict[str, str]]]:
    """All contract tables as lists of rows (column → text), in contract order."""
    b = _Builder(seed)
    b.build_pemda()
    b.build_perangkat_daerah()
    b.build_sasaran()
    b.build_indikator()
    b.build_anggaran()
    b.build_unggulan()
    b.build_janji()
    b.build_kerja_sama()
    b.build_sakip()
    b.build_tindak_lanjut()
    b.check_references()
    _kode_bersama(b.tables)
    b.tables["pengguna"] = _pengguna_demo(b.tables)
    b.tables["periode_lapor"], b.tables["status_lapor"] = _lapor_demo(b.tables)
    for tabel, kunci in _SORT_KEYS.items():
        # stable sort: within one sub kegiatan the months and tahap keep their natural order
        b.tables[tabel].sort(key=lambda r, k=kunci: tuple(r[c] for c in k))
    return b.tables


def generate(out_dir: pathlib.Path, seed: int = 2026) -> dict[str, int]:
    """Write `<table>.csv` for every contract table into `out_dir`; return {table: row count}."""
    out_dir = pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = build_tables(seed)
    counts: dict[str, int] = {}
    for tabel, kolom in TABLE_COLUMNS.items():
        rows = tables[tabel]
        if tabel == "perjanjian_kinerja":
            rows = [r for r in rows if r["tanggal_tanda_tangan"]]
        with (out_dir / f"{tabel}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(kolom)
            w.writerows([row[c] for c in kolom] for row in rows)
        counts[tabel] = len(rows)
    return counts


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = pathlib.Path(args[0]) if args else pathlib.Path(__file__).resolve().parent.parent / "data" / "demo"
    counts = generate(out)
    for tabel, n in counts.items():
        print(f"{tabel:20s} {n:7d}")
    print(f"ditulis ke {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
