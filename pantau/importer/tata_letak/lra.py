"""The Laporan Realisasi Anggaran of one OPD by kode rekening (PRP2 Sumut and Toba variants):
KODE REKENING | URAIAN | ANGGARAN | REALISASI BPKAD | SERAPAN OPD (or a single REALISASI), under a title block
with the period ("periode … s.d … 2026") and the Unit / Sub Unit Organisasi.

Header cells are merged in these files, so a label does not stand above its numbers: the numeric columns are
paired with the labels in order. The belanja groups 5.1–5.4 become OPD-level rows (anggaran_opd) of the period's
last month, cumulative; row 5 is a subtotal checked against them. REALISASI BPKAD (reported to and approved by
BPKAD) and SERAPAN OPD (spent by the OPD, not yet reported) are kept in separate columns.
"""

from __future__ import annotations

import re

from pantau.format import BULAN
from pantau.importer.tata_letak.bulanan import KELOMPOK_KODE
from pantau.importer.tata_letak.umum import (
    BARIS_JUDUL,
    POLA_KODE_REKENING,
    Konteks,
    angka_sel,
    cari_opd,
    isi,
    judul,
    kosong_titik,
    label_kolom,
    lembar_kontrak,
    nilai_judul,
    rp,
    sel,
    teks,
)
from pantau.temuan import Temuan, galat, peringatan
from pantau.values import fold_header

NAMA = "Laporan Realisasi Anggaran (LRA) per OPD menurut kode rekening"
LABEL_NILAI = {
    "anggaran": "pagu",
    "realisasi_bpkad": "realisasi_kumulatif",
    "realisasi": "realisasi_kumulatif",
    "serapan_opd": "serapan_opd_kumulatif",
}


def _periode(teks_: str) -> tuple[int, int] | None:
    """'periode 1 Januari s.d 30 Juni 2026' → (6, 2026): the last month and the year."""
    bagian = re.split(r"(?i)s\.?\s*/?\s*d\.?|sampai dengan", teks_)
    akhir = bagian[-1] if len(bagian) > 1 else teks_
    tahun = re.search(r"\b(20\d{2})\b", akhir)
    bulan = None
    for kata in re.findall(r"[A-Za-z]+", akhir):
        b = next(
            (i + 1 for i, n in enumerate(BULAN) if n.lower().startswith(kata.lower()[:3]) and len(kata) >= 3),
            None,
        )
        if b:
            bulan = b
    if not tahun or not bulan:
        return None
    return bulan, int(tahun.group(1))


def kenali_lra(
    berkas: str, nama_lembar: str, rows: list[list[object]], konteks: Konteks
) -> tuple[str, list, list[Temuan], list[tuple[str, str]]] | None:
    kepala = None
    for i, row in enumerate(rows[:BARIS_JUDUL]):
        lipat = [fold_header(teks(c)) for c in row]
        if "kode_rekening" in lipat and "anggaran" in lipat and any(x.startswith("realisasi") for x in lipat):
            kepala = i
            break
    if kepala is None:
        return None
    tempat = {"berkas": berkas, "lembar": nama_lembar}
    temuan: list[Temuan] = []
    blok = judul(rows, kepala)
    label = [
        (j, fold_header(teks(c)), teks(c)) for j, c in enumerate(rows[kepala]) if fold_header(teks(c)) in LABEL_NILAI
    ]
    # the data: rows below the header with a kode rekening
    data = []
    for i in range(kepala + 1, len(rows)):
        row = rows[i]
        pos_kode = next((j for j, c in enumerate(row) if POLA_KODE_REKENING.match(teks(c))), None)
        if pos_kode is None:
            if any(fold_header(teks(c)) == "kode_rekening" for c in row):
                temuan.append(
                    galat(
                        f"Tabel kedua di bawah tabel pertama (header diulang di baris {i + 1}): satu lembar hanya "
                        "boleh berisi satu tabel.",
                        baris=i + 1,
                        **tempat,
                    )
                )
                break
            continue
        data.append((i, pos_kode, teks(row[pos_kode])))
    awal = min(j for j, _, _ in label)
    kolom_angka = sorted(
        {
            j
            for i, _, _ in data
            for j, c in enumerate(rows[i])
            if j >= awal and isi(c) and not (isinstance(c, str) and not re.search(r"\d", c))
        }
    )
    nama_kolom = [LABEL_NILAI[x] for _, x, _ in label]
    if len(kolom_angka) != len(label):
        temuan.append(
            galat(
                f"{len(kolom_angka)} kolom berisi angka ({', '.join(label_kolom('', j) for j in kolom_angka)}) tidak "
                f"dapat dipasangkan dengan {len(label)} judul kolom ({', '.join(t for _, _, t in label)}): periksa sel "
                "gabungan (merge) dan kolom yang tergeser.",
                baris=kepala + 1,
                **tempat,
            )
        )
        return NAMA, [], temuan, []
    pasangan = dict(zip(kolom_angka, nama_kolom, strict=True))
    peta = [
        (label_kolom(t, j), f"{x} → kolom data {label_kolom('', k)} → anggaran_opd.{LABEL_NILAI[x]}")
        for (j, x, t), k in zip(label, kolom_angka, strict=True)
    ]
    per = nilai_judul(blok, "periode") or next(
        ((b, a) for b, a, _ in blok if fold_header(a).startswith("periode")), None
    )
    periode = _periode(per[1]) if per else None
    if periode is None:
        temuan.append(
            galat(
                "Periode laporan tidak terbaca di judul: tulis mis. 'periode 1 Januari s.d 30 Juni 2026' (bulan akhir "
                "dan tahun).",
                baris=per[0] if per else None,
                nilai=per[1] if per else "",
                **tempat,
            )
        )
    unit = None
    for lab in ("sub unit organisasi", "unit organisasi"):
        u = nilai_judul(blok, lab)
        if u and not kosong_titik(u[1]):
            unit = u
            break
    opd, alasan = cari_opd(unit[1] if unit else "", konteks)
    if opd is None:
        temuan.append(
            galat(
                f"{alasan} (judul 'Unit Organisasi' / 'Sub Unit Organisasi').",
                baris=unit[0] if unit else None,
                **tempat,
            )
        )
    if periode is None or opd is None:
        return NAMA, [], temuan, peta
    bulan, tahun = periode
    nilai: dict[str, dict[str, float | None]] = {}
    nomor: dict[str, int] = {}
    for i, _, kode in data:
        if not kode.startswith("5"):
            continue
        if kode in nomor:
            temuan.append(
                galat(f"Kode rekening {kode} muncul dua kali (baris {nomor[kode]} dan {i + 1}).", baris=i + 1, **tempat)
            )
            continue
        nomor[kode] = i + 1
        nilai[kode] = {
            k: None
            if kode == "5" and teks(sel(rows[i], j)).startswith("=")  # a subtotal formula kept as text: not checked
            else angka_sel(
                sel(rows[i], j), {**tempat, "baris": i + 1, "kolom": label_kolom("", j)}, temuan, kosong_nol=True
            )
            for j, k in pasangan.items()
        }
    kelompok = [k for k in ("5.1", "5.2", "5.3", "5.4") if k in nilai]
    if kelompok and "5" in nilai:
        for k in set(pasangan.values()):
            jumlah = sum(nilai[g][k] or 0 for g in kelompok)
            total = nilai["5"][k]
            if total is not None and abs(jumlah - total) > 1:
                temuan.append(
                    peringatan(
                        f"Baris 5 (BELANJA DAERAH) {k} {rp(total)} tidak sama dengan jumlah 5.1–5.4 {rp(jumlah)} "
                        f"(selisih {rp(total - jumlah)}); yang diimpor baris 5.1–5.4.",
                        baris=nomor["5"],
                        kolom=label_kolom("", next(j for j, x in pasangan.items() if x == k)),
                        **tempat,
                    )
                )
    pakai = kelompok or (["5"] if "5" in nilai else [])
    kolom = ["kode_pemda", "tahun", "kode_pd", "kelompok", "bulan", *pasangan.values()]
    isi_data = [[opd.kode_pemda, tahun, opd.kode_pd, KELOMPOK_KODE[g], bulan, *nilai[g].values()] for g in pakai]
    lembar = lembar_kontrak(berkas, nama_lembar, "anggaran_opd", kolom, isi_data, [nomor[g] for g in pakai], kepala + 1)
    peta = [
        (
            "judul: periode",
            f"bulan = {bulan} ({BULAN[bulan - 1]}), tahun = {tahun}; nilai kumulatif s.d. bulan itu",
        ),
        ("judul: Unit/Sub Unit Organisasi", f"kode_pd = {opd.kode_pd}"),
        (
            "KODE REKENING 5.1/5.2/5.3/5.4",
            "kelompok operasi/modal/tidak_terduga/transfer (baris 4.x pendapatan tidak diimpor)",
        ),
        *peta,
    ]
    return NAMA, [lembar], temuan, peta
