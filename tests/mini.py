"""A minimal, valid import folder in the contract format, written by tests and then broken one fault at a time."""

from __future__ import annotations

from pathlib import Path

MINI: dict[str, str] = {
    "pemda": """kode_pemda,nama_pemda,tingkat,kode_induk
99,Provinsi Uji Coba,provinsi,
99.01,Kabupaten Uji,kabupaten,99
""",
    "perangkat_daerah": """kode_pd,kode_pemda,nama_pd,singkatan,nama_kepala,tanggal_pk
PD1,99,Dinas Pendidikan,Disdik,Budi,2026-02-20
PD2,99,Dinas Kesehatan,Dinkes,Sari,
""",
    "sasaran": """kode_sasaran,kode_pemda,uraian,kode_pd,kode_induk,misi
S1,99,Meningkatnya kualitas SDM,,,Misi 1
S1.1,99,Meningkatnya partisipasi sekolah,PD1,S1,
""",
    "indikator": """kode_indikator,nama_indikator,satuan,kode_pd,jenis,polaritas,agregasi,kode_sasaran,rumus,target_akhir_periode,definisi
IKU1,Angka partisipasi sekolah,persen,PD1,IKU_PD,positif,nilai_akhir,S1.1,,95,
IKU2,Jumlah sekolah direhabilitasi,unit,PD1,IKU_PD,positif,kumulatif,S1.1,,200,
IKU3,Prevalensi stunting,persen,PD2,IKU_PEMDA,negatif,nilai_akhir,S1,,14,
""",
    "target": """kode_indikator,tahun,periode,target,target_min,target_max
IKU1,2026,TAHUNAN,90,,
IKU2,2026,TW1,10,,
IKU2,2026,TW2,20,,
IKU2,2026,TW3,30,,
IKU2,2026,TW4,40,,
IKU3,2026,TAHUNAN,,18,20
""",
    "realisasi": """kode_indikator,tahun,periode,realisasi,faktor_pendorong,faktor_penghambat,tindak_lanjut,sumber_data
IKU1,2026,TW1,85,,,,
IKU2,2026,TW1,8,,Cuaca,Percepat lelang,
IKU2,2026,TW2,15,,,,
IKU3,2026,TW2,21,,,,
""",
    "kegiatan": """tahun,kode_pd,kode_kegiatan,nama,pagu,kode_indikator,prioritas,game_changer,kontribusi
2026,PD1,1.01.02,Program Pengelolaan Pendidikan,,IKU1,ya,tidak,
2026,PD1,1.01.02.1.01,Pengelolaan Pendidikan SMA,,,ya,tidak,
2026,PD1,1.01.02.1.01.0001,Pembangunan Ruang Kelas Baru,1500000000,IKU1;IKU2,ya,ya,Menambah daya tampung
""",
    "rencana_kas": """tahun,kode_kegiatan,bulan,nilai
2026,1.01.02.1.01.0001,1,500000000
2026,1.01.02.1.01.0001,2,500000000
2026,1.01.02.1.01.0001,3,500000000
""",
    "realisasi_anggaran": """tahun,kode_kegiatan,bulan,realisasi,realisasi_kumulatif,fisik_persen
2026,1.01.02.1.01.0001,1,100000000,,10
2026,1.01.02.1.01.0001,2,200000000,,25
""",
    "jadwal": """tahun,kode_kegiatan,tahap,bulan_mulai,bulan_selesai
2026,1.01.02.1.01.0001,persiapan,1,2
2026,1.01.02.1.01.0001,pelaksanaan,3,10
2026,1.01.02.1.01.0001,pelaporan,11,12
""",
}


def tulis_mini(folder: Path, ganti: dict[str, str] | None = None, buang: tuple[str, ...] = ()) -> Path:
    """Write the mini folder; `ganti` replaces a table's text (or adds a file by name), `buang` leaves tables out."""
    folder.mkdir(parents=True, exist_ok=True)
    isi = {**MINI, **(ganti or {})}
    for nama, teks in isi.items():
        if nama in buang:
            continue
        berkas = folder / (nama if "." in nama else f"{nama}.csv")
        berkas.write_text(teks, encoding="utf-8")
    return folder
