"""Generated documentation: the import format and the analyst views, from the contract and the schema.

`python -m pantau.dokumen` rewrites docs/format_impor.md and docs/analis.md; a test keeps them current.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import duckdb

from pantau.config import ROOT
from pantau.contract import ALIAS_UMUM, TABEL
from pantau.db import create_database, schema_sql

POLA_VIEW = re.compile(r"^--\s*@view\s+(\w+):\s*(.*)$")
POLA_KOLOM = re.compile(r"^--\s*@kolom\s+(\w+):\s*(.*)$")


def dokumentasi_view() -> dict[str, tuple[str, dict[str, str]]]:
    """Analyst views documented in the schema SQL: `-- @view name: what it is` then `-- @kolom col: meaning`
    lines, right above `create or replace view name`. The documentation lives beside the SQL it explains."""
    hasil: dict[str, tuple[str, dict[str, str]]] = {}
    for _nama, sql in schema_sql():
        view, kolom, pengantar = None, {}, ""
        for mentah in sql.splitlines():
            baris = mentah.strip()
            if m := POLA_VIEW.match(baris):
                view, pengantar, kolom = m.group(1), m.group(2), {}
                hasil[view] = (pengantar, kolom)
            elif (m := POLA_KOLOM.match(baris)) and view:
                kolom[m.group(1)] = m.group(2)
    return hasil


def format_impor() -> str:
    baris = [
        "# Format impor (dibangkitkan dari `pantau/contract.py`)",
        "",
        "Aturan lengkap: CONTRACT.md. Kolom **tebal** wajib. Alias: label lain yang juga diterima (setelah huruf",
        "kecil, spasi dan `-` menjadi `_`, isi dalam kurung diabaikan).",
        "",
        "**Versi 2: setiap baris milik satu pemda.** Setiap tabel kecuali `pemda` memuat `kode_pemda`, dan kode_pemda",
        "adalah bagian pertama setiap kunci (di bawah ditulis lengkap). Kode yang sama (kode SKPD, program/sub kegiatan",
        "Permendagri 90/2019, kode IKU) boleh dipakai banyak pemda; setiap rujukan dicari di pemda baris itu saja.",
        "kode_pemda boleh tidak ada di berkas (**satu pemda per berkas**): barisnya milik pemda impor, yaitu yang",
        "dipilih (`--pemda KODE`, pemda terpilih di halaman Impor Data), atau satu-satunya pemda yang disebut baris",
        "impor itu, atau satu-satunya pemda di basis data; selain itu baris ditolak dengan temuan yang meminta",
        "kode_pemda. Berkas versi 1 tetap dapat diimpor. Contoh (satu berkas untuk tiga pemda dengan kode sama):",
        "",
        "```csv",
        "kode_pemda,kode_indikator,tahun,periode,realisasi",
        "62,IKU-01,2026,TW1,6",
        "62.02,IKU-01,2026,TW1,2",
        "62.07,IKU-01,2026,TW1,1",
        "```",
        "",
    ]
    for t in TABEL.values():
        baris += [f"## `{t.nama}`", "", t.keterangan, "", f"Kunci: {', '.join(t.kunci)}.", ""]
        if t.produk:
            baris += [
                "Tabel produk Pantau Kinerja, bukan bagian CONTRACT.md; diimpor dengan aturan yang sama (kunci v2, "
                "rujukan di pemda baris, batch, pembatalan).",
                "",
            ]
        if t.impor_saja:
            baris += [
                f"Diterima dari berkas versi 1 tetapi tidak disimpan di tabel ini: {', '.join(t.impor_saja)} "
                "(lihat keterangannya).",
                "",
            ]
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
    views = dokumentasi_view()
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
                for v in views
            }
            pengaturan = con.execute("select kunci, nilai, keterangan from pengaturan order by kunci").fetchall()
            skala = con.execute("select urutan, predikat, batas_bawah, warna, kategori from skala_predikat").fetchall()
            serapan = con.execute(
                "select triwulan, batas_bawah, batas_atas, keterangan from target_serapan order by triwulan"
            ).fetchall()
        finally:
            con.close()
    baris = [
        "# Untuk analis: view dan tabel (dibangkitkan dari skema)",
        "",
        "Nama view ini stabil: tulis SQL terhadapnya. Tabel kontrak (lihat format_impor.md) dapat dibaca langsung.",
        "Aritmetika capaian hanya ada di `queries/schema/10_capaian.sql`.",
        "Halaman **Eksplorasi** menjalankan SQL baca-saja terhadapnya (kamus data yang sama, arti kolom tabel dari",
        "`pantau/contract.py`); contoh kueri siap pakai ada di `queries/contoh/`.",
        "",
    ]
    for v, cols in kolom.items():
        pengantar, arti = views[v]
        baris += [f"## `{v}`", "", pengantar, "", "| kolom | tipe | arti |", "|---|---|---|"]
        for nama, tipe in cols:
            baris.append(f"| {nama} | {tipe} | {arti.get(nama, '')} |")
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
    baris += [
        "",
        "## Target serapan anggaran bawaan (`target_serapan`)",
        "",
        "Tidak ada target nasional yang baku: rentang realisasi kumulatif (% pagu) pada akhir triwulan, dapat diubah.",
        "",
        "| triwulan | batas bawah (%) | batas atas (%) | keterangan |",
        "|---|---|---|---|",
    ]
    baris += [f"| {t} | {a:g} | {b:g} | {ket} |" for t, a, b, ket in serapan]
    baris.append("")
    return "\n".join(baris)


def tulis(folder: Path = ROOT / "docs") -> None:
    folder.mkdir(exist_ok=True)
    (folder / "format_impor.md").write_text(format_impor(), encoding="utf-8")
    (folder / "analis.md").write_text(analis(), encoding="utf-8")


if __name__ == "__main__":
    tulis()
