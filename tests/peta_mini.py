"""A small import folder with real Kemendagri codes (Daerah Istimewa Yogyakarta, 34): the province, Kabupaten
Kulon Progo (34.01), Kota Yogyakarta (34.71), and one fictional kabupaten (34.99) that has no shape, all measuring
the same indicator (kode_referensi REF-KEMISKINAN) so the map has something to colour.

All four use the same codes (contract v2): Bappeda 5.01.5.05.0.00.01.0000 and IKU-01, told apart by kode_pemda.
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
    # Contract v2: every pemda uses the same codes (Bappeda's SKPD code, the indicator IKU-01), told apart by kode_pemda.
    "perangkat_daerah": """kode_pemda,kode_pd,nama_pd,singkatan,nama_kepala
34,5.01.5.05.0.00.01.0000,Bappeda DIY,Bappeda,Ani
34.01,5.01.5.05.0.00.01.0000,Bappeda Kulon Progo,Bappeda KP,Budi
34.71,5.01.5.05.0.00.01.0000,Bappeda Kota Yogyakarta,Bappeda Kota,Citra
34.99,5.01.5.05.0.00.01.0000,Bappeda Fiktif,Bappeda F,Dedi
""",
    "indikator": """kode_pemda,kode_indikator,nama_indikator,satuan,kode_pd,jenis,polaritas,agregasi,kode_referensi
34,IKU-01,Persentase penduduk miskin,persen,5.01.5.05.0.00.01.0000,IKU_PEMDA,negatif,nilai_akhir,REF-KEMISKINAN
34.01,IKU-01,Persentase penduduk miskin,persen,5.01.5.05.0.00.01.0000,IKU_PEMDA,negatif,nilai_akhir,REF-KEMISKINAN
34.71,IKU-01,Persentase penduduk miskin,persen,5.01.5.05.0.00.01.0000,IKU_PEMDA,negatif,nilai_akhir,REF-KEMISKINAN
34.99,IKU-01,Persentase penduduk miskin,persen,5.01.5.05.0.00.01.0000,IKU_PEMDA,negatif,nilai_akhir,REF-KEMISKINAN
""",
    "target": """kode_pemda,kode_indikator,tahun,periode,target
34,IKU-01,2026,TAHUNAN,10
34.01,IKU-01,2026,TAHUNAN,16
34.71,IKU-01,2026,TAHUNAN,6
34.99,IKU-01,2026,TAHUNAN,12
""",
    "realisasi": """kode_pemda,kode_indikator,tahun,periode,realisasi
34,IKU-01,2026,TW1,9
34.01,IKU-01,2026,TW1,20
34.71,IKU-01,2026,TW1,9
34.99,IKU-01,2026,TW1,12
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
