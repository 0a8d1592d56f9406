"""A small import folder with real Kemendagri codes (Daerah Istimewa Yogyakarta, 34): the province, Kabupaten
Kulon Progo (34.01), Kota Yogyakarta (34.71), and one fictional kabupaten (34.99) that has no shape, all measuring
the same indicator (kode_referensi REF-KEMISKINAN) so the map has something to colour.

Capaian TW1 2026 by hand (annual targets, nilai_akhir; negatif, default rule (2T − R) / T × 100):
    34     T 10, R 9   → 110 %  Sangat Tinggi
    34.01  T 16, R 20  →  75 %  Sedang (75 is not > 75)
    34.71  T  6, R 9   →  50 %  Sangat Rendah (50 is not > 50)
    34.99  T 12, R 12  → 100 %  Sangat Tinggi (no geometry: listed, not drawn)
"""

from __future__ import annotations

from pathlib import Path

PETA_MINI: dict[str, str] = {
    "pemda": """kode_pemda,nama_pemda,tingkat,kode_induk
34,Daerah Istimewa Yogyakarta,provinsi,
34.01,Kabupaten Kulon Progo,kabupaten,34
34.71,Kota Yogyakarta,kota,34
34.99,Kabupaten Fiktif,kabupaten,34
""",
    "perangkat_daerah": """kode_pd,kode_pemda,nama_pd,singkatan,nama_kepala,tanggal_pk
P34,34,Bappeda DIY,Bappeda,Ani,2026-01-20
P3401,34.01,Bappeda Kulon Progo,Bappeda KP,Budi,2026-01-20
P3471,34.71,Bappeda Kota Yogyakarta,Bappeda Kota,Citra,2026-01-20
P3499,34.99,Bappeda Fiktif,Bappeda F,Dedi,2026-01-20
""",
    "indikator": """kode_indikator,nama_indikator,satuan,kode_pd,jenis,polaritas,agregasi,kode_sasaran,rumus,target_akhir_periode,definisi,kode_referensi
K34,Persentase penduduk miskin,persen,P34,IKU_PEMDA,negatif,nilai_akhir,,,8,,REF-KEMISKINAN
K3401,Persentase penduduk miskin,persen,P3401,IKU_PEMDA,negatif,nilai_akhir,,,14,,REF-KEMISKINAN
K3471,Persentase penduduk miskin,persen,P3471,IKU_PEMDA,negatif,nilai_akhir,,,5,,REF-KEMISKINAN
K3499,Persentase penduduk miskin,persen,P3499,IKU_PEMDA,negatif,nilai_akhir,,,10,,REF-KEMISKINAN
""",
    "target": """kode_indikator,tahun,periode,target,target_min,target_max
K34,2026,TAHUNAN,10,,
K3401,2026,TAHUNAN,16,,
K3471,2026,TAHUNAN,6,,
K3499,2026,TAHUNAN,12,,
""",
    "realisasi": """kode_indikator,tahun,periode,realisasi,faktor_pendorong,faktor_penghambat,tindak_lanjut,sumber_data
K34,2026,TW1,9,,,,
K3401,2026,TW1,20,,,,
K3471,2026,TW1,9,,,,
K3499,2026,TW1,12,,,,
""",
}

# What the map must show, written out from the docstring above.
PREDIKAT_PETA = {
    "34": "Sangat Tinggi",
    "34.01": "Sedang",
    "34.71": "Sangat Rendah",
    "34.99": "Sangat Tinggi",
}
DIGAMBAR = ["34", "34.01", "34.71"]
TANPA_GEOMETRI = ["34.99"]


def bangun_peta_mini(folder: Path, db: Path) -> Path:
    """Write the folder and import it into a fresh database file with the product's importer."""
    from pantau.importer import impor_path

    folder.mkdir(parents=True, exist_ok=True)
    for nama, teks in PETA_MINI.items():
        (folder / f"{nama}.csv").write_text(teks, encoding="utf-8")
    hasil = impor_path([folder], db)
    assert hasil.ok, [str(t) for t in hasil.temuan]
    return db
