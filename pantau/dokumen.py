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
POLA_KOLOM_SAMA = re.compile(r"^--\s*@kolom_sama\s+(\w+)\s*$")


def dokumentasi_view() -> dict[str, tuple[str, dict[str, str]]]:
    """Analyst views documented in the schema SQL: `-- @view name: what it is` then `-- @kolom col: meaning`
    lines (or `-- @kolom_sama other_view` for a variant with another view's columns), right above `create or replace
    view name`. The documentation lives beside the SQL it explains."""
    hasil: dict[str, tuple[str, dict[str, str]]] = {}
    sama: dict[str, str] = {}
    for _nama, sql in schema_sql():
        view, kolom, pengantar = None, {}, ""
        for mentah in sql.splitlines():
            baris = mentah.strip()
            if m := POLA_VIEW.match(baris):
                view, pengantar, kolom = m.group(1), m.group(2), {}
                hasil[view] = (pengantar, kolom)
            elif (m := POLA_KOLOM.match(baris)) and view:
                kolom[m.group(1)] = m.group(2)
            elif (m := POLA_KOLOM_SAMA.match(baris)) and view:
                sama[view] = m.group(1)
    for view, asal in sama.items():
        hasil[view][1].update(hasil[asal][1])
    return hasil


def tata_letak_dikenali() -> list[str]:
    """The real layouts the importer recognises (pantau/importer/tata_letak), each with an example."""
    from pantau.importer.tata_letak.contoh import KETERANGAN, TEMPLAT, contoh_csv

    baris = [
        "## Tata letak pemda yang dikenali (issue 17)",
        "",
        "Berkas SIPD dan templat OPD dibaca apa adanya, tanpa disusun ulang ke tabel kontrak: tata letaknya dikenali dari",
        "judul, teks header, kolom bulan, kolom subtotal (diperiksa terhadap bulannya, tidak diimpor), pasangan baris",
        "Target/Realisasi dan judul kolom yang digabung. Hasilnya baris kontrak yang melewati temuan, pratinjau dan",
        "penulisan atomik yang sama; pratinjau menyebut tata letak yang dikenali dan ke mana setiap kolom sumber masuk.",
        "Setiap temuan menyebut berkas, lembar, baris dan kolom (huruf kolom Excel). Ditolak: bulan yang hilang di",
        "antara bulan lain, teks di sel angka, sel gabungan yang menutupi kolom bulan, tabel kedua di bawah tabel",
        "pertama, bulan yang dilaporkan dua kali, realisasi kumulatif yang turun. Dibaca dengan peringatan: subtotal",
        "yang tidak sama dengan bulannya, rencana kas 12 bulan ≠ pagu (dengan selisih dan kemungkinan penyebab: semua",
        "bulan nol, diketik ×100/×1000), serapan di atas 100 % pagu. Header yang bergeser ke bawah tetap dibaca.",
        "",
        "OPD yang disebut di judul atau kolom (nama, singkatan, atau kode) dicari di `perangkat_daerah` pemda impor.",
        "Contoh terisi setiap tata letak dapat diunduh di halaman Impor Data (*Templat tata letak pemda*). Tata letak",
        "milik sendiri: buat **pemetaan kolom** di halaman Impor Data (kolom berkas → kolom kontrak, dicoba dulu),",
        "simpan dengan nama (tabel `pemetaan_kolom`), lalu pakai lagi di halaman atau `python -m pantau impor BERKAS",
        "--pemetaan NAMA`.",
        "",
    ]
    for label, berkas, pembuat in TEMPLAT:
        dikenali, menjadi = KETERANGAN[berkas]
        baris += [
            f"### {label}",
            "",
            f"- Dikenali dari: {dikenali}.",
            f"- Menjadi: {menjadi}.",
            f"- Contoh (`{berkas}`, lembar pertama sebagai CSV; sel kosong di kanan dibuang):",
            "",
            "```csv",
            *contoh_csv(pembuat).splitlines(),
            "```",
            "",
        ]
    return baris


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
    baris += tata_letak_dikenali()
    return "\n".join(baris)


ATURAN_CAPAIAN = """
## Aturan capaian v2: angka yang dapat dipertanggungjawabkan (issue 16)

Setiap aturan ada sekali di SQL (`capaian_sd`, `capaian_triwulan`, `capaian_pd_triwulan`, macro `e81_baris`) dan
dipakai semua halaman, bahan rapat dan E.81.

- **Wajib lapor** (macro `wajib_lapor_pada`): IKU `triwulanan` (bawaan, juga bila kolom `frekuensi` kosong) wajib
  melapor setiap triwulan pada tahun yang punya target (TW1–TW4 atau TAHUNAN); IKU `tahunan` hanya di TW4. Tidak
  ada lagi tebakan dari riwayat. *Contoh:* IKU bertarget TAHUNAN 2026 yang selama ini hanya melapor di TW IV tetapi
  berfrekuensi triwulanan adalah "belum lapor" di TW I 2026; IKU tahunan tidak. IKU tanpa target tahun itu tidak
  wajib lapor (dan tidak punya baris bila juga tanpa realisasi).
- **Capaian s.d. triwulan juga untuk triwulan yang belum dilaporkan** (`capaian_sd`): dari yang sudah dilaporkan
  s.d. triwulan itu. Kumulatif: triwulan tanpa laporan menambah 0 sedangkan targetnya tetap dihitung; nilai akhir:
  nilai terakhir yang dilaporkan terhadap target triwulan itu; rata-rata: rerata triwulan yang dilaporkan terhadap
  target triwulan yang sama. Belum ada laporan sama sekali tahun itu: capaian NULL. *Contoh:* target 10/20/30/40,
  realisasi TW I 8 dan TW II 12, TW III belum lapor: capaian s.d. TW III = (8 + 12 + 0) ÷ (10 + 20 + 30) = 33,33 %.
- **Rata-rata dan peringkat** (kolom `capaian_rata_rata`): rerata atas SEMUA IKU wajib lapor, capaian tiap IKU
  dibatasi 0 s.d. `batas_capaian_rata_rata` (120); IKU yang belum melapor sama sekali tahun itu, atau capaiannya
  tidak dapat dihitung, dihitung 0. Setiap rata-rata dan peringkat tampil dengan cakupannya ("3 dari 4 IKU melapor
  TW III"). Peringkat = urutan rata-rata itu (`rank`, nilai sama = peringkat sama). *Contoh:* Dinas A melapor 1 dari
  4 IKU (130 %): (120 + 0 + 0 + 0) ÷ 4 = 30 % (Sangat Rendah), di bawah Dinas B yang melapor 3 dari 3 (95 %).
- **Proyeksi akhir tahun** (macro `proyeksi_akhir_tahun`): dengan target triwulan, menurut rencana: kumulatif =
  realisasi s.d. × target tahunan ÷ target s.d.; nilai akhir dan rata-rata = capaian s.d. dibawa ke target tahunan.
  IKU yang tepat pada rencananya berproyeksi 100 %, jadi tidak pernah "proyeksi kurang". Hanya tanpa target
  triwulan berlaku aturan linear (kumulatif × 4 ÷ n; nilai akhir: tren; rata-rata: rerata sejauh ini). *Contoh:*
  target 10/20/30/40, realisasi 10 dan 20: proyeksi di TW II = 30 × 100 ÷ 30 = 100 (dulu 30 × 4 ÷ 2 = 60).
- **Target tahunan** ada sejak target triwulan ada, sebelum laporan pertama: jumlah (kumulatif), TW4 (nilai akhir),
  rerata (rata-rata). *Contoh:* target 10/20/30/40 tanpa realisasi: 100, 40, 25.
- **Capaian rendah** = capaian s.d. triwulan **tidak melebihi** `ambang_peringatan_capaian` (≤ 75), sejalan dengan
  skala (Tinggi berarti > 75): tepat 75,0 % adalah Sedang dan diperingatkan; 75,04 % Tinggi dan tidak.
- **Tampilan** (`pantau/format.py`, `capaian`): capaian negatif tampil 0 dengan angka mentahnya ("0,0 % (mentah
  −50,0 %)"; di E.81 dicetak 0 dengan catatan di kolom 18); desimal ditambah bila pembulatan satu desimal jatuh
  tepat pada bilangan bulat yang bukan nilainya, agar angka dan predikat sepakat: 89,96 → "89,96 %" (Tinggi), 90,04
  → "90,04 %" (Sangat Tinggi), 75 → "75,0 %".
- **E.81** (macro `e81_baris`): 7 = realisasi Renstra s.d. tahun lalu (kumulatif: jumlah realisasi akhir tahun
  sebelumnya; lainnya: realisasi akhir tahun lalu); 8 = target tahun ini; 9–12 = realisasi TW I–IV s.d. triwulan
  terpilih; 13 = realisasi tahun ini (terisi bila triwulan mana pun dilaporkan); 14 = 13 ÷ 8 dengan rumus
  indikator; 15 = 7 + 13 (kumulatif) atau 13; 16 = 15 terhadap 6; baris penutup = rerata kolom 14 seperti tercetak
  (dua desimal, negatif 0) atas setiap baris IKU, 14 kosong = 0, dan predikatnya; kolom 16 atas baris yang punya
  kolom 6. *Contoh:* kumulatif 25 per triwulan, realisasi 10 + 30: di TW II kolom 13 = 40, kolom 14 = 40 ÷ 100 =
  40 % (bukan 40 ÷ 50 = 80 %); 2025 berjumlah 80 → kolom 15 = 120.
- **Peringkat kabupaten/kota** (`perbandingan_pemda.peringkat_capaian`): di antara provinsi dan kabupaten/kotanya
  sendiri (`keluarga`), "2 dari 2", tidak terhadap seluruh negeri (`peringkat_capaian_nasional` untuk itu).
- **Tahun dan triwulan bawaan** halaman (query `periode_terakhir`): triwulan terbaru yang sudah punya realisasi,
  bukan tahun depan yang hanya berisi target RPJMD (mis. 2027–2029).
"""


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
        "Aritmetika capaian hanya ada di `queries/schema/10_capaian.sql` dan `30_capaian_triwulan.sql`.",
        "Halaman **Eksplorasi** menjalankan SQL baca-saja terhadapnya (kamus data yang sama, arti kolom tabel dari",
        "`pantau/contract.py`); contoh kueri siap pakai ada di `queries/contoh/`.",
        *ATURAN_CAPAIAN.splitlines(),
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
