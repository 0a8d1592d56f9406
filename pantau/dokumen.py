"""Generated documentation: the import format and the analyst views, from the contract and the schema.

`python -m pantau.dokumen` rewrites docs/format_impor.md and docs/analis.md; a test keeps them current.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

from pantau.config import ROOT
from pantau.contract import ALIAS_UMUM, TABEL
from pantau.db import create_database

# What each analyst-view column means (the views are the stable names analysts write SQL against).
KOLOM_VIEW: dict[str, dict[str, str]] = {
    "capaian_indikator": {
        "kode_pemda": "Pemda pemilik indikator (dari OPD penanggung jawab)",
        "kode_pd": "OPD penanggung jawab",
        "nama_pd": "Nama OPD",
        "kode_indikator": "Kode indikator",
        "nama_indikator": "Nama indikator",
        "satuan": "Satuan",
        "jenis": "IKU_PEMDA / IKU_PD / IK_PROGRAM / IK_KEGIATAN",
        "polaritas": "positif / negatif",
        "agregasi": "kumulatif / nilai_akhir / rata_rata",
        "rumus": "Rumus yang berlaku: kolom rumus, atau bawaan menurut polaritas",
        "kode_sasaran": "Sasaran yang diukur",
        "tahun": "Tahun",
        "periode": "TW1..TW4 (hanya triwulan yang ada realisasinya)",
        "triwulan": "1..4",
        "target_triwulan": "Target triwulan itu sendiri (bila ada target triwulan)",
        "realisasi_triwulan": "Realisasi triwulan itu sendiri, seperti diimpor",
        "target_sd": "Target s.d. triwulan menurut agregasi (NULL untuk target rentang)",
        "target_min_sd": "Batas bawah target rentang s.d. triwulan",
        "target_max_sd": "Batas atas target rentang s.d. triwulan",
        "realisasi_sd": "Realisasi s.d. triwulan menurut agregasi",
        "capaian_persen": "Capaian (%) s.d. triwulan, mentah: tidak dipotong, tidak dibulatkan",
        "target_tahunan": "Target tahunan (TAHUNAN, atau diturunkan dari target triwulan)",
        "target_min_tahunan": "Batas bawah rentang tahunan",
        "target_max_tahunan": "Batas atas rentang tahunan",
        "progres_tahunan_persen": "realisasi_sd terhadap target tahunan, dengan rumus yang sama",
        "target_akhir_periode": "Target akhir periode RPJMD/Renstra",
        "predikat": "Predikat capaian menurut tabel skala_predikat",
        "urutan_predikat": "Urutan predikat pada skala (1 = terbaik)",
        "warna_predikat": "Warna status predikat",
        "kategori_predikat": "baik / sedang / perhatian",
        "keterangan": "Alasan bila capaian_persen NULL",
        "capaian_perlu_diperiksa": "Capaian di atas pengaturan ambang_capaian_tinggi (kemungkinan salah data)",
        "faktor_pendorong": "Faktor pendorong (dari realisasi triwulan itu)",
        "faktor_penghambat": "Faktor penghambat",
        "tindak_lanjut": "Tindak lanjut",
        "sumber_data": "Sumber data",
    },
    "realisasi_anggaran_bulanan": {
        "tahun": "Tahun anggaran",
        "kode_kegiatan": "Sub kegiatan",
        "bulan": "Bulan 1..12",
        "realisasi": "Realisasi bulan itu (diturunkan dari kumulatif bila diimpor kumulatif)",
        "realisasi_kumulatif": "Realisasi s.d. bulan itu (dijumlah dari bulanan bila diimpor bulanan)",
        "fisik_persen": "Realisasi fisik kumulatif (%)",
        "bentuk_input": "bulanan / kumulatif: bentuk yang diimpor",
    },
    "skala_predikat_rentang": {
        "urutan": "Urutan kelas (1 = terbaik)",
        "predikat": "Label predikat",
        "warna": "Warna status",
        "kategori": "baik / sedang / perhatian",
        "bawah": "Batas bawah (eksklusif)",
        "atas": "Batas atas (inklusif)",
    },
}

PENGANTAR_VIEW = {
    "capaian_indikator": "Satu baris per indikator × tahun × triwulan yang punya realisasi: target dan realisasi "
    "s.d. triwulan, capaian, progres tahunan, predikat. Semua halaman capaian dibangun di atasnya.",
    "realisasi_anggaran_bulanan": "Satu baris per sub kegiatan × tahun × bulan yang dilaporkan: realisasi bulanan dan "
    "kumulatif sekaligus, apa pun bentuk yang diimpor.",
    "skala_predikat_rentang": "Skala predikat sebagai rentang (bawah, atas], untuk menggabungkan nilai dengan predikat.",
}


def format_impor() -> str:
    baris = [
        "# Format impor (dibangkitkan dari `pantau/contract.py`)",
        "",
        "Aturan lengkap: CONTRACT.md. Kolom **tebal** wajib. Alias: label lain yang juga diterima (setelah huruf",
        "kecil, spasi dan `-` menjadi `_`, isi dalam kurung diabaikan).",
        "",
    ]
    for t in TABEL.values():
        baris += [f"## `{t.nama}`", "", t.keterangan, "", f"Kunci: {', '.join(t.kunci)}.", ""]
        if t.alias:
            baris += [f"Nama berkas/lembar lain yang dikenali: {', '.join(t.alias)}.", ""]
        baris += ["| kolom | jenis | alias | rujukan | keterangan |", "|---|---|---|---|---|"]
        for k in t.kolom:
            nama = f"**{k.nama}**" if k.wajib else k.nama
            jenis = k.jenis + (" (daftar `;`)" if k.daftar else "")
            if k.pilihan:
                jenis += ": " + " / ".join(dict.fromkeys(k.pilihan.values()))
            alias = ", ".join((*k.alias, *ALIAS_UMUM.get(k.nama, ())))
            rujukan = f"{k.referensi[0]}.{k.referensi[1]}" if k.referensi else ""
            baris.append(f"| {nama} | {jenis} | {alias} | {rujukan} | {k.keterangan} |")
        baris.append("")
    return "\n".join(baris)


def analis() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "skema.duckdb"
        create_database(path)
        con = duckdb.connect(str(path), read_only=True)
        try:
            kolom = {
                v: con.execute(
                    "select column_name, data_type from information_schema.columns where table_name = ? "
                    "order by ordinal_position",
                    [v],
                ).fetchall()
                for v in KOLOM_VIEW
            }
            pengaturan = con.execute("select kunci, nilai, keterangan from pengaturan order by kunci").fetchall()
            skala = con.execute("select urutan, predikat, batas_bawah, warna, kategori from skala_predikat").fetchall()
        finally:
            con.close()
    baris = [
        "# Untuk analis: view dan tabel (dibangkitkan dari skema)",
        "",
        "Nama view ini stabil: tulis SQL terhadapnya. Tabel kontrak (lihat format_impor.md) dapat dibaca langsung.",
        "Aritmetika capaian hanya ada di `queries/schema/10_capaian.sql`.",
        "",
    ]
    for v, cols in kolom.items():
        baris += [f"## `{v}`", "", PENGANTAR_VIEW[v], "", "| kolom | tipe | arti |", "|---|---|---|"]
        for nama, tipe in cols:
            baris.append(f"| {nama} | {tipe} | {KOLOM_VIEW[v].get(nama, '')} |")
        baris.append("")
    baris += ["## Pengaturan (`pengaturan`)", "", "| kunci | nilai bawaan | arti |", "|---|---|---|"]
    baris += [f"| {k} | {n:g} | {ket} |" for k, n, ket in pengaturan]
    baris += [
        "",
        "## Skala predikat bawaan (`skala_predikat`)",
        "",
        "| urutan | predikat | capaian > | warna | kategori |",
        "|---|---|---|---|---|",
    ]
    baris += [f"| {u} | {p} | {'' if b is None else f'{b:g}'} | {w} | {k} |" for u, p, b, w, k in skala]
    baris.append("")
    return "\n".join(baris)


def tulis(folder: Path = ROOT / "docs") -> None:
    folder.mkdir(exist_ok=True)
    (folder / "format_impor.md").write_text(format_impor(), encoding="utf-8")
    (folder / "analis.md").write_text(analis(), encoding="utf-8")


if __name__ == "__main__":
    tulis()
