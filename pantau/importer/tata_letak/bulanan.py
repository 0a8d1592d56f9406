"""Layouts with the months as columns: SIPD anggaran kas (`bulan_1 … bulan_12`, `total_akb`), the PRP2
"TARGET (MENURUT ANGGARAN KAS) DAN REALISASI KEUANGAN" sheet (Januari … Desember with Triwulan I–IV subtotal
columns, Target/Realisasi row pairs per OPD) and the DKKB / realisasi sheet of an OPD (JAN … DES by kode
rekening under a title block naming the sub kegiatan).

Subtotal columns (Triwulan, total_akb, JUMLAH REALISASI) are never imported: each is checked against its months.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from pantau.format import BULAN
from pantau.importer.baca import cocokkan_header
from pantau.importer.tata_letak.umum import (
    BARIS_JUDUL,
    POLA_KODE_REKENING,
    Konteks,
    angka_kolom,
    angka_sel,
    bulan_label,
    cari_opd,
    isi,
    judul,
    label_kolom,
    lembar_kontrak,
    nilai_judul,
    rp,
    sel,
    tahun_dari,
    teks,
    triwulan_label,
)
from pantau.temuan import Temuan, galat, peringatan
from pantau.values import fold_header

TOTAL = {"total_akb", "jumlah", "total", "jumlah_realisasi", "jumlah_rencana", "total_rak"}
PAGU = {"total_rincian", "total_anggaran", "pagu", "anggaran", "papbd", "anggaran_papbd", "pagu_anggaran"}
KODE_AKUN = {"kode_akun", "kode_rekening", "kode_rek", "rekening"}
KELOMPOK_KODE = {"5": "belanja", "5.1": "operasi", "5.2": "modal", "5.3": "tidak_terduga", "5.4": "transfer"}


@dataclass
class Kepala:
    """The header row of a month layout and what each of its columns is."""

    baris: int  # index in rows
    label: list[str]
    bulan: dict[int, int]  # month → position
    triwulan: dict[int, int]  # quarter → position
    total: int | None
    pagu: int | None
    kode_akun: int | None
    rincian: int | None
    nama_opd: int | None
    kontrak: dict[int, str]  # position → rencana_kas column (kode_kegiatan, tahun, kode_pemda)


@dataclass
class Bacaan:
    """One sheet being read: the file, the sheet, its rows, header, title block, data rows, and findings so far."""

    berkas: str
    nama_lembar: str
    rows: list[list[object]]
    kepala: Kepala
    blok: list[tuple[int, str, str]]
    data_idx: list[int]
    konteks: Konteks
    temuan: list[Temuan]
    tempat: dict[str, object]

    def semua(self) -> tuple:  # type: ignore[type-arg]
        return (
            self.berkas,
            self.nama_lembar,
            self.rows,
            self.kepala,
            self.blok,
            self.data_idx,
            self.konteks,
            self.temuan,
            self.tempat,
        )


def cari_kepala(rows: list[list[object]], mulai: int = 0) -> Kepala | None:
    """The first row (among the 30 from `mulai`) with three or more month labels."""
    for i, row in enumerate(rows[mulai : mulai + BARIS_JUDUL], start=mulai):
        bulan: dict[int, int] = {}
        for j, c in enumerate(row):
            b = bulan_label(c)
            if b is not None and b not in bulan:
                bulan[b] = j
        if len(bulan) < 3:
            continue
        label = [teks(c) for c in row]
        lipat = [fold_header(re.sub(r"\(.*?\)|\[.*?\]", " ", x)) for x in label]
        triwulan = {t: j for j, c in enumerate(row) if (t := triwulan_label(c)) is not None}

        def pos(nama: set[str], lipat: list[str] = lipat) -> int | None:
            return next((j for j, x in enumerate(lipat) if x in nama), None)

        kontrak = {p: k for p, k in cocokkan_header("rencana_kas", row).items() if k in ("kode_kegiatan", "tahun")}
        if not any(k == "kode_kegiatan" for k in kontrak.values()):
            sbl = pos({"kode_sbl", "kode_sub_kegiatan"})
            if sbl is not None:
                kontrak[sbl] = "kode_kegiatan"
        akhir_bulan = max(bulan.values())
        total = next((j for j, x in enumerate(lipat) if x in TOTAL and j > akhir_bulan), None)
        return Kepala(
            i,
            label,
            bulan,
            triwulan,
            total,
            pos(PAGU),
            pos(KODE_AKUN),
            pos({"rincian", "uraian_rincian", "jenis"}),
            pos({"nama_opd", "opd", "nama_skpd", "skpd", "kode_skpd", "kode_opd"}),
            kontrak,
        )
    return None


def _periksa_bulan(kepala: Kepala, tempat: dict[str, object]) -> tuple[list[int], list[Temuan]]:
    """The months present; a month missing between present ones is an error, trailing ones a warning."""
    ada = sorted(kepala.bulan)
    temuan: list[Temuan] = []
    hilang = [b for b in range(1, max(ada) + 1) if b not in kepala.bulan]
    if hilang:
        nama = ", ".join(BULAN[b - 1] for b in hilang)
        temuan.append(
            galat(
                f"Kolom bulan {nama} tidak ada di header, padahal bulan sesudahnya ada: tambahkan kolomnya "
                "(boleh kosong) agar setiap angka jatuh di bulan yang benar.",
                baris=kepala.baris + 1,
                kolom=_kolom_bulan_hilang(kepala, hilang[0]),
                **tempat,
            )
        )
    elif max(ada) < 12:
        temuan.append(
            peringatan(
                f"Header hanya sampai {BULAN[max(ada) - 1]}: bulan sesudahnya dianggap belum dilaporkan.",
                baris=kepala.baris + 1,
                **tempat,
            )
        )
    posisi = list(kepala.bulan.values())
    if posisi != sorted(posisi):
        temuan.append(
            peringatan(
                "Kolom bulan tidak berurutan; setiap angka dibaca menurut judul kolomnya.",
                baris=kepala.baris + 1,
                **tempat,
            )
        )
    return ada, temuan


def _kolom_bulan_hilang(kepala: Kepala, bulan: int) -> str:
    """Where a missing month should be: the labelled column right after the month before it, when that column is
    not itself a month or a subtotal (a mistyped label such as 'FEBUARI'); else '' (the column was left out)."""
    sebelum = kepala.bulan.get(bulan - 1)
    if sebelum is None or sebelum + 1 >= len(kepala.label):
        return ""
    p = sebelum + 1
    dikenal = set(kepala.bulan.values()) | set(kepala.triwulan.values()) | {kepala.total}
    if p in dikenal or not kepala.label[p]:
        return ""
    return label_kolom(kepala.label[p], p)


def _bulan_ganda(row: list[object], tempat: dict[str, object]) -> list[Temuan]:
    """A month label twice in the header: a month reported twice."""
    dilihat: dict[int, int] = {}
    temuan = []
    for j, c in enumerate(row):
        b = bulan_label(c)
        if b is None:
            continue
        if b in dilihat:
            temuan.append(
                galat(
                    f"Bulan {BULAN[b - 1]} dilaporkan dua kali (kolom {label_kolom(teks(row[dilihat[b]]), dilihat[b])} "
                    f"dan {label_kolom(teks(c), j)}): hapus salah satu.",
                    kolom=label_kolom(teks(c), j),
                    **tempat,
                )
            )
        else:
            dilihat[b] = j
    return temuan


def _akhir_data(rows: list[list[object]], kepala: Kepala, tempat: dict[str, object]) -> tuple[int, list[Temuan]]:
    """Where the table ends: the first row repeating the header (a second table below the first) is refused.

    A repeated header repeats the first month's label: only rows with that text in that column are looked at."""
    lipat_kepala = [fold_header(x) for x in kepala.label if x]
    b0 = min(kepala.bulan)
    p0, label0 = kepala.bulan[b0], kepala.label[kepala.bulan[b0]].strip().lower()
    awal = kepala.baris + 1
    kol = kolom_data(blok_data(rows, range(awal, len(rows))), p0)
    calon = np.nonzero(np.fromiter((type(c) is str for c in kol), dtype=bool, count=len(kol)))[0]
    for k in calon:
        i = awal + int(k)
        c = rows[i][p0] if p0 < len(rows[i]) else None
        if not isinstance(c, str) or c.strip().lower() != label0:
            continue
        row = [fold_header(teks(c)) for c in rows[i] if isi(c)]
        if len(row) >= 3 and sum(1 for x in row if x in lipat_kepala) >= max(3, len(lipat_kepala) // 2):
            return i, [
                galat(
                    f"Tabel kedua di bawah tabel pertama (header diulang di baris {i + 1}): satu lembar hanya boleh "
                    "berisi satu tabel. Pindahkan tabel kedua ke lembar lain.",
                    baris=i + 1,
                    **tempat,
                )
            ]
    return len(rows), []


# The current sheet as one block (cleared per sheet): its rows, the block of all of them, the last rows asked for.
_BLOK: dict[str, object] = {}


def blok_data(rows: list[list[object]], idx: list[int] | range) -> np.ndarray:
    """Rows `idx` as one 2-D object array (short rows padded with None): columns are then slices, not loops. The
    sheet is turned into one array once; each set of rows is a slice of it (several checks read the same rows)."""
    if _BLOK.get("rows") is not rows or _BLOK.get("n") != len(rows):
        _BLOK.clear()
        _BLOK.update(rows=rows, n=len(rows), penuh=_bangun_blok(rows, range(len(rows))))
    if _BLOK.get("idx") is idx:
        return _BLOK["pilih"]  # type: ignore[return-value]
    penuh: np.ndarray = _BLOK["penuh"]  # type: ignore[assignment]
    if isinstance(idx, range) and idx.step == 1:
        pilih = penuh[idx.start : max(idx.start, idx.stop)]
    else:
        pilih = penuh[np.asarray(idx, dtype=np.intp)]
    _BLOK.update(idx=idx, pilih=pilih)
    return pilih


def _bangun_blok(rows: list[list[object]], idx: list[int] | range) -> np.ndarray:
    pilih = [rows[i] for i in idx]
    if not pilih:
        return np.empty((0, 0), dtype=object)
    lebar = max(map(len, pilih))
    if any(len(r) != lebar for r in pilih):
        pilih = [r if len(r) == lebar else [*r, *([None] * (lebar - len(r)))] for r in pilih]
    arr = np.empty((len(pilih), lebar), dtype=object)
    arr[:] = pilih
    return arr


def kolom_data(arr: np.ndarray, pos: int) -> np.ndarray:
    """Column `pos` of a data block (None past its width)."""
    if pos < arr.shape[1]:
        return arr[:, pos]
    return np.full(arr.shape[0], None, dtype=object)


def baris_berisi(arr: np.ndarray) -> np.ndarray:
    """Which rows of a block hold anything (a cell neither None nor empty text). Column by column, each over the
    rows still empty: a table whose first column is filled is done in one pass."""
    hasil = np.zeros(arr.shape[0], dtype=bool)
    sisa = np.arange(arr.shape[0])
    for j in range(arr.shape[1] if arr.ndim == 2 else 0):
        if not len(sisa):
            break
        kol = arr[sisa, j]
        ada = ~(np.equal(kol, None) | np.equal(kol, ""))
        hasil[sisa[ada]] = True
        sisa = sisa[~ada]
    return hasil


def _gabungan_data(
    merged: list[tuple[tuple[int, int], tuple[int, int]]], kepala: Kepala, akhir: int, tempat: dict[str, object]
) -> list[Temuan]:
    """A merged cell over two or more month columns in a data row hides which month the number belongs to."""
    bulan_pos = set(kepala.bulan.values()) | set(kepala.triwulan.values())
    temuan = []
    for (r0, c0), (r1, c1) in merged:
        if r1 <= kepala.baris or r0 >= akhir:
            continue
        kena = [p for p in bulan_pos if c0 <= p <= c1]
        if len(kena) >= 2:
            temuan.append(
                galat(
                    f"Sel gabungan (merge) {label_kolom('', c0)}{r0 + 1}:{label_kolom('', c1)}{r1 + 1} menutupi "
                    f"{len(kena)} kolom bulan: angkanya tidak dapat dibagi ke bulan. Pisahkan sel itu dan isi setiap bulan.",
                    baris=r0 + 1,
                    kolom=label_kolom(kepala.label[c0] if c0 < len(kepala.label) else "", c0),
                    **tempat,
                )
            )
    return temuan


def _cek_subtotal(  # noqa: PLR0917 (the months, the subtotal and where it is)
    nilai: dict[int, np.ndarray],
    subtotal: np.ndarray,
    bulan: list[int],
    nomor: list[int],
    kolom: str,
    apa: str,
    tempat: dict[str, object],
) -> list[Temuan]:
    """Each subtotal cell equals the sum of its months (within Rp1); a difference is a warning naming the cell."""
    jumlah = np.nansum(np.vstack([nilai[b] for b in bulan]), axis=0) if bulan else np.zeros(len(subtotal))
    beda = ~np.isnan(subtotal) & (np.abs(subtotal - jumlah) > 1)
    temuan = []
    for i in np.nonzero(beda)[0][:50]:
        temuan.append(
            peringatan(
                f"{apa} {rp(float(subtotal[i]))} tidak sama dengan jumlah bulannya {rp(float(jumlah[i]))} "
                f"(selisih {rp(float(subtotal[i] - jumlah[i]))}); yang diimpor angka bulanannya.",
                baris=nomor[i],
                kolom=kolom,
                nilai=f"{subtotal[i]:.2f}",
                **tempat,
            )
        )
    return temuan


def cek_pagu_kas(total_kas: float, pagu: float) -> str | None:
    """Rencana kas over 12 months against pagu: None when equal (within Rp1), else the difference with a likely
    cause (all months zero, ×100 or ×1000 typed)."""
    if abs(total_kas - pagu) <= 1:
        return None
    selisih = f"selisih {rp(total_kas - pagu)}"
    if total_kas == 0:
        return f"semua bulan nol ({selisih})"
    if pagu:
        rasio = total_kas / pagu
        for faktor in (100, 1000):
            if abs(rasio - faktor) / faktor < 0.01:
                return f"{selisih}; kemungkinan angka diketik ×{faktor}"
            if abs(rasio * faktor - 1) < 0.01:
                return f"{selisih}; kemungkinan angka diketik ÷{faktor} (kurang {len(str(faktor)) - 1} nol)"
    return selisih


def kenali_bulanan(
    berkas: str,
    nama_lembar: str,
    rows: list[list[object]],
    konteks: Konteks,
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
) -> tuple[str, list, list[Temuan], list[tuple[str, str]]] | None:
    kepala = cari_kepala(rows)
    if kepala is None:
        return None
    _BLOK.clear()
    try:
        tanda = _tanda_tabel(rows) if kepala.kode_akun is not None and not kepala.kontrak else []
        if len(tanda) >= 2:
            return _dkkb_per_tabel(berkas, nama_lembar, rows, konteks, merged, tanda)
        return _kenali_bulanan(berkas, nama_lembar, rows, konteks, merged, kepala)
    finally:
        _BLOK.clear()


def _kenali_bulanan(  # noqa: PLR0917 (kenali_bulanan's arguments and the header it found)
    berkas: str,
    nama_lembar: str,
    rows: list[list[object]],
    konteks: Konteks,
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    kepala: Kepala,
    awal_blok: int = 0,
) -> tuple[str, list, list[Temuan], list[tuple[str, str]]] | None:
    blok = judul(rows, kepala.baris)
    if awal_blok:  # a TABEL block of a DKKB sheet: its own title lines first, then the sheet's
        blok = [x for x in blok if x[0] > awal_blok] + [x for x in blok if x[0] <= awal_blok]
    teks_judul = " ".join(f"{a} {b}" for _, a, b in blok).upper()
    tempat = {"berkas": berkas, "lembar": nama_lembar}
    temuan = _bulan_ganda(rows[kepala.baris], tempat)
    _, t = _periksa_bulan(kepala, tempat)
    temuan += t
    akhir, t = _akhir_data(rows, kepala, tempat)
    temuan += t
    temuan += _gabungan_data(merged, kepala, akhir, tempat)
    semua = range(kepala.baris + 1, akhir)
    data_idx = [semua[k] for k in np.nonzero(baris_berisi(blok_data(rows, semua)))[0]] if semua else []
    if kepala.rincian is not None and ("TARGET" in teks_judul or _ada_pasangan(rows, data_idx, kepala.rincian)):
        return _prp2(Bacaan(berkas, nama_lembar, rows, kepala, blok, data_idx, konteks, temuan, tempat))
    if "kode_kegiatan" in kepala.kontrak.values() and "bulan_" in " ".join(fold_header(x) for x in kepala.label):
        return _sipd_akb(Bacaan(berkas, nama_lembar, rows, kepala, blok, data_idx, konteks, temuan, tempat))
    if kepala.kode_akun is not None:
        return _dkkb(Bacaan(berkas, nama_lembar, rows, kepala, blok, data_idx, konteks, temuan, tempat))
    return None


def _ada_pasangan(rows: list[list[object]], data_idx: list[int], pos: int) -> bool:
    nilai = {fold_header(teks(sel(rows[i], pos))) for i in data_idx}
    return {"target", "realisasi"} <= nilai


def _bulan_nilai(
    rows: list[list[object]], idx: list[int], kepala: Kepala, tempat: dict[str, object], temuan: list[Temuan]
) -> dict[int, np.ndarray]:
    nomor = [i + 1 for i in idx]
    arr = blok_data(rows, idx)
    hasil = {}
    for b, p in kepala.bulan.items():
        kol = label_kolom(kepala.label[p], p)
        hasil[b] = angka_kolom(kolom_data(arr, p), {**tempat, "kolom": kol}, nomor, temuan)
    return hasil


def _subtotal_semua(  # noqa: PLR0917
    rows: list[list[object]],
    idx: list[int],
    kepala: Kepala,
    nilai: dict[int, np.ndarray],
    tempat: dict[str, object],
    temuan: list[Temuan],
) -> None:
    nomor = [i + 1 for i in idx]
    arr = blok_data(rows, idx)
    for tw, p in kepala.triwulan.items():
        kol = label_kolom(kepala.label[p], p)
        sub = angka_kolom(_tanpa_rumus_kolom(kolom_data(arr, p)), {**tempat, "kolom": kol}, nomor, temuan)
        bulan = [b for b in range(3 * tw - 2, 3 * tw + 1) if b in nilai]
        temuan += _cek_subtotal(
            nilai, sub, bulan, nomor, kol, f"Subtotal Triwulan {'I' * tw if tw < 4 else 'IV'}", tempat
        )
    if kepala.total is not None:
        p = kepala.total
        kol = label_kolom(kepala.label[p], p)
        sub = angka_kolom(_tanpa_rumus_kolom(kolom_data(arr, p)), {**tempat, "kolom": kol}, nomor, temuan)
        temuan += _cek_subtotal(nilai, sub, sorted(nilai), nomor, kol, "Jumlah", tempat)


def _teks_kolom(sel_: np.ndarray) -> list[str]:
    """A column as trimmed text (a code, a year), quick for the usual text cells and whole-number cells."""
    tipe = set(map(type, sel_))
    if tipe <= {float, int} and len(sel_):
        angka = sel_.astype("float64")
        if np.isfinite(angka).all() and (angka == np.round(angka)).all():
            return angka.astype("int64").astype(str).tolist()
    return [v.strip() if type(v) is str else teks(v) for v in sel_]


def _tanpa_rumus(v: object) -> object:
    """A subtotal cell holding a formula as text (a CSV export) has no value to check: it is skipped."""
    return None if isinstance(v, str) and v.strip().startswith("=") else v


def _tanpa_rumus_kolom(kol: np.ndarray) -> np.ndarray | list[object]:
    """`_tanpa_rumus` over a column (a column without text, as XLSX number cells are, is returned as it is)."""
    if str not in set(map(type, kol)):
        return kol
    return list(map(_tanpa_rumus, kol))


def _peta(kepala: Kepala, tujuan: str, lain: dict[int, str]) -> list[tuple[str, str]]:
    peta = [(label_kolom(kepala.label[p], p), k) for p, k in sorted(lain.items())]
    bulan = sorted(kepala.bulan.items())
    if bulan:
        awal, akhir_ = bulan[0], bulan[-1]
        peta.append(
            (
                f"{label_kolom(kepala.label[awal[1]], awal[1])} … {label_kolom(kepala.label[akhir_[1]], akhir_[1])}",
                f"{tujuan} (bulan 1–{akhir_[0]})",
            )
        )
    for tw, p in sorted(kepala.triwulan.items()):
        peta.append((label_kolom(kepala.label[p], p), f"subtotal triwulan {tw}: diperiksa, tidak diimpor"))
    if kepala.total is not None:
        peta.append((label_kolom(kepala.label[kepala.total], kepala.total), "jumlah: diperiksa, tidak diimpor"))
    return peta


# --------------------------------------------------------------------------- SIPD anggaran kas


def _sipd_akb(bacaan: Bacaan) -> tuple[str, list, list[Temuan], list[tuple[str, str]]]:
    """SIPD data_anggaran_kas: one row per sub kegiatan × akun; the months summed per sub kegiatan (vectorised:
    exports run to hundreds of thousands of rows)."""
    berkas, nama_lembar, rows, kepala, blok, data_idx, _konteks, temuan, tempat = bacaan.semua()
    nama = "SIPD anggaran kas (bulan_1 … bulan_12)"
    pos_kode = next(p for p, k in kepala.kontrak.items() if k == "kode_kegiatan")
    pos_tahun = next((p for p, k in kepala.kontrak.items() if k == "tahun"), None)
    tahun_judul = tahun_dari(" ".join(f"{a} {b}" for _, a, b in blok) + " " + nama_lembar)
    if pos_tahun is None and tahun_judul is None:
        temuan.append(galat("Tahun anggaran tidak ada (kolom tahun_anggaran atau judul lembar).", **tempat))
        return nama, [], temuan, []
    nilai = _bulan_nilai(rows, data_idx, kepala, tempat, temuan)
    _subtotal_semua(rows, data_idx, kepala, nilai, tempat, temuan)
    nomor = np.array([i + 1 for i in data_idx], dtype="int64")
    arr = blok_data(rows, data_idx)
    kode = pd.Series(_teks_kolom(kolom_data(arr, pos_kode)), dtype="object")
    tahun = (
        pd.Series(_teks_kolom(kolom_data(arr, pos_tahun)), dtype="object")
        if pos_tahun is not None
        else pd.Series([str(tahun_judul)] * len(data_idx), dtype="object")
    )
    kosong = (kode == "").to_numpy()
    for n in np.nonzero(kosong)[0][:50]:
        temuan.append(
            galat(
                "Kode sub kegiatan kosong.",
                baris=int(nomor[n]),
                kolom=label_kolom(kepala.label[pos_kode], pos_kode),
                **tempat,
            )
        )
    bulan = sorted(kepala.bulan)
    tetap = np.nonzero(~kosong)[0]
    # group = (tahun, sub kegiatan), in order of first appearance; months summed per group with numpy
    kode_k, kode_u = pd.factorize(kode.to_numpy()[tetap])
    tahun_k, tahun_u = pd.factorize(tahun.to_numpy()[tetap])
    gid, pasangan = pd.factorize(tahun_k.astype("int64") * max(len(kode_u), 1) + kode_k)
    gid = gid.astype("int64")
    grup_tahun = np.asarray(tahun_u, dtype=object)[pasangan // max(len(kode_u), 1)]
    grup_kode = np.asarray(kode_u, dtype=object)[pasangan % max(len(kode_u), 1)]
    grup = list(zip(grup_tahun.tolist(), grup_kode.tolist(), strict=True))
    matriks = np.column_stack([nilai[b][tetap] for b in bulan]) if len(tetap) else np.zeros((0, len(bulan)))
    ada = ~np.isnan(matriks)
    jumlah = np.zeros((len(grup), len(bulan)))
    np.add.at(jumlah, gid, np.where(ada, matriks, 0.0))
    terisi = np.zeros((len(grup), len(bulan)), dtype=bool)
    np.logical_or.at(terisi, gid, ada)
    _, pertama = np.unique(gid, return_index=True)
    baris_grup = nomor[tetap][pertama] if len(tetap) else np.zeros(0, dtype="int64")
    if kepala.pagu is not None:
        kol_pagu = label_kolom(kepala.label[kepala.pagu], kepala.pagu)
        pagu = angka_kolom(kolom_data(arr, kepala.pagu), {**tempat, "kolom": kol_pagu}, nomor.tolist(), temuan)[tetap]
        ber_pagu = ~np.isnan(pagu)
        kas_grup, pagu_grup = np.zeros(len(grup)), np.zeros(len(grup))
        np.add.at(kas_grup, gid[ber_pagu], np.nansum(matriks[ber_pagu], axis=1))
        np.add.at(pagu_grup, gid[ber_pagu], pagu[ber_pagu])
        ada_pagu = np.zeros(len(grup), dtype=bool)
        ada_pagu[gid[ber_pagu]] = True
        for g in np.nonzero(ada_pagu & (np.abs(kas_grup - pagu_grup) > 1))[0]:  # only the sub kegiatan that differ
            sebab = cek_pagu_kas(float(kas_grup[g]), float(pagu_grup[g]))
            if sebab:
                temuan.append(
                    peringatan(
                        f"Rencana kas 12 bulan sub kegiatan {grup[g][1]} ({rp(float(kas_grup[g]))}) tidak sama dengan "
                        f"pagu rinciannya ({rp(float(pagu_grup[g]))}): {sebab}.",
                        baris=int(baris_grup[g]),
                        kolom=kol_pagu,
                        **tempat,
                    )
                )
    g_idx, b_idx = np.nonzero(terisi)  # row-major: groups in order, months ascending within each
    # the contract columns as arrays (no row lists): year and code as the text the regular path reads, month and
    # rupiah (to the sen) as numbers
    lembar = lembar_kontrak(
        berkas,
        nama_lembar,
        "rencana_kas",
        ["tahun", "kode_kegiatan", "bulan", "nilai"],
        [],
        baris_grup[g_idx].tolist(),
        kepala.baris + 1,
    )
    lembar.kolom_isi = {
        0: grup_tahun[g_idx],
        1: grup_kode[g_idx],
        2: np.asarray(bulan, dtype="int64")[b_idx],
        3: np.round(jumlah[g_idx, b_idx], 2),
    }
    lembar.semua_teks = True
    lain = dict(kepala.kontrak)
    if kepala.kode_akun is not None:
        lain[kepala.kode_akun] = "dijumlah per sub kegiatan (tidak disimpan)"
    if kepala.pagu is not None:
        lain[kepala.pagu] = "pagu rincian: dibandingkan dengan rencana kas 12 bulan"
    return nama, [lembar], temuan, _peta(kepala, "rencana_kas.nilai", lain)


# --------------------------------------------------------------------------- PRP2 target/realisasi


KATEGORI_PRP2 = {
    "belanja": "belanja",
    "belanja_daerah": "belanja",
    "belanja_operasi": "operasi",
    "belanja_modal": "modal",
    "belanja_tidak_terduga": "tidak_terduga",
    "belanja_transfer": "transfer",
}


def _prp2(bacaan: Bacaan) -> tuple[str, list, list[Temuan], list[tuple[str, str]]]:
    """PRP2: per OPD, category rows (PENDAPATAN, BELANJA, PEMBIAYAAN) each a Target row and a Realisasi row."""
    berkas, nama_lembar, rows, kepala, blok, data_idx, konteks, temuan, tempat = bacaan.semua()
    nama = "PRP2 target (anggaran kas) dan realisasi keuangan per OPD"
    tahun_baris = next(((b, tahun_dari(a + " " + c)) for b, a, c in blok if tahun_dari(a + " " + c)), None)
    if tahun_baris is None:
        temuan.append(galat("Tahun anggaran tidak ada di judul (mis. 'TAHUN ANGGARAN 2026').", **tempat))
        return nama, [], temuan, []
    tahun = tahun_baris[1]
    opd_judul = next(((b, (c or a[3:]).strip(" .:…")) for b, a, c in blok if fold_header(a).startswith("opd")), None)
    # the data: the Target/Realisasi rows (signatures and notes below the table are not data)
    data_idx = [i for i in data_idx if fold_header(teks(sel(rows[i], kepala.rincian))) in ("target", "realisasi")]
    nilai = _bulan_nilai(rows, data_idx, kepala, tempat, temuan)
    _subtotal_semua(rows, data_idx, kepala, nilai, tempat, temuan)
    pos_kat = next((j for j, x in enumerate(kepala.label) if fold_header(x) == "total_anggaran"), 1)
    kategori, opd_teks, opd_baris = "", "", 0
    data: dict[tuple[str, str, int], dict[str, object]] = {}
    nomor_data: dict[tuple[str, str, int], int] = {}
    dilewati: set[str] = set()
    pagu_kat: dict[tuple[str, str], float] = {}
    for n, i in enumerate(data_idx):
        row = rows[i]
        jenis = fold_header(teks(sel(row, kepala.rincian)))
        if kepala.nama_opd is not None and isi(sel(row, kepala.nama_opd)):
            opd_teks, opd_baris = teks(sel(row, kepala.nama_opd)), i + 1
        if isi(sel(row, pos_kat)):
            kategori = teks(sel(row, pos_kat))
            # the amount cell beside the category (the template's "Rp. " cell): pagu when it holds a number
            p = pos_kat + 1
            mentah = teks(sel(row, p))
            if re.sub(r"(?i)rp\.?", "", mentah).strip():
                v = angka_sel(sel(row, p), {**tempat, "baris": i + 1, "kolom": label_kolom("", p)}, temuan)
                if v is not None:
                    pagu_kat[(opd_teks, kategori)] = v
        if jenis not in ("target", "realisasi"):
            continue
        kel = KATEGORI_PRP2.get(fold_header(kategori))
        if kel is None:
            dilewati.add(kategori or "(tanpa kategori)")
            continue
        sumber_opd = opd_teks or (opd_judul[1] if opd_judul else "")
        opd, alasan = cari_opd(sumber_opd, konteks)
        if opd is None:
            temuan.append(
                galat(
                    f"{alasan}.",
                    baris=opd_baris or (opd_judul[0] if opd_judul else i + 1),
                    kolom=label_kolom(kepala.label[kepala.nama_opd], kepala.nama_opd) if opd_baris else "judul",
                    nilai=sumber_opd,
                    **tempat,
                )
            )
            continue
        kolom = "rencana_kas" if jenis == "target" else "realisasi"
        for b in kepala.bulan:
            v = nilai[b][n]
            k = (opd.kode_pd, kel, b)
            if k in data and kolom in data[k]:
                temuan.append(
                    galat(
                        f"{kategori} {jenis} bulan {BULAN[b - 1]} OPD {opd.kode_pd} dilaporkan dua kali "
                        f"(baris {nomor_data[k]} dan {i + 1}).",
                        baris=i + 1,
                        kolom=label_kolom(kepala.label[kepala.bulan[b]], kepala.bulan[b]),
                        **tempat,
                    )
                )
                continue
            d = data.setdefault(k, {"kode_pemda": opd.kode_pemda, "pagu": pagu_kat.get((opd_teks, kategori))})
            nomor_data.setdefault(k, i + 1)
            d[kolom] = None if v != v else float(v)
    # Realisasi months after the last month with a non-zero realisasi are not reported yet (the template is full of 0).
    terakhir: dict[tuple[str, str], int] = {}
    for (kd, kel, b), d in data.items():
        if d.get("realisasi"):
            terakhir[(kd, kel)] = max(terakhir.get((kd, kel), 0), b)
    for (kd, kel, b), d in data.items():
        if b > terakhir.get((kd, kel), 0):
            d["realisasi"] = None
    if dilewati:
        temuan.append(
            peringatan(
                f"Baris {', '.join(sorted(dilewati))} dilewati: hanya belanja yang dipantau serapannya.", **tempat
            )
        )
    kunci = sorted(data, key=lambda k: (nomor_data[k], k[2]))
    kolom = ["kode_pemda", "tahun", "kode_pd", "kelompok", "bulan", "pagu", "rencana_kas", "realisasi"]
    isi_data = [
        [
            data[k]["kode_pemda"],
            tahun,
            k[0],
            k[1],
            k[2],
            data[k].get("pagu"),
            data[k].get("rencana_kas"),
            data[k].get("realisasi"),
        ]
        for k in kunci
        if data[k].get("rencana_kas") is not None or data[k].get("realisasi") is not None
    ]
    nomor = [
        nomor_data[k] for k in kunci if data[k].get("rencana_kas") is not None or data[k].get("realisasi") is not None
    ]
    lembar = lembar_kontrak(berkas, nama_lembar, "anggaran_opd", kolom, isi_data, nomor, kepala.baris + 1)
    lain = {kepala.rincian: "Target → rencana_kas, Realisasi → realisasi (bulanan)", pos_kat: "kategori → kelompok"}
    if kepala.nama_opd is not None:
        lain[kepala.nama_opd] = "kode_pd (dicari menurut kode/nama OPD)"
    peta = [("judul: TAHUN ANGGARAN", f"tahun = {tahun}")]
    if opd_judul:
        peta.append(("judul: OPD", "kode_pd bila kolom Nama OPD kosong"))
    return nama, [lembar], temuan, peta + _peta(kepala, "anggaran_opd", lain)


# --------------------------------------------------------------------------- DKKB / realisasi per kode rekening


def _dkkb(bacaan: Bacaan) -> tuple[str, list, list[Temuan], list[tuple[str, str]]]:
    """DKKB (rencana) or its REALISASI sheet: rows by kode rekening under a title naming the sub kegiatan."""
    berkas, nama_lembar, rows, kepala, blok, data_idx, konteks, temuan, tempat = bacaan.semua()
    # the year: in the title, the sheet's name, or (a CSV has no sheet) the file's name
    semua_judul = (" ".join(f"{a} {b}" for _, a, b in blok) + " " + (nama_lembar or Path(berkas).stem)).upper()
    rencana = (
        "DKKB" in (nama_lembar.upper() + " " + semua_judul)
        and "REALISASI" not in nama_lembar.upper()
        and ("REALISASI" not in semua_judul)
    )
    nama = f"DKKB per kode rekening ({'rencana kas' if rencana else 'realisasi'} Januari … Desember)"
    tahun = tahun_dari(semua_judul)
    if tahun is None:
        temuan.append(
            galat(
                "Tahun anggaran tidak ada di judul atau nama lembar (mis. 'TAHUN ANGGARAN : 2025' atau lembar "
                "'REALISASI 2025').",
                **tempat,
            )
        )
        return nama, [], temuan, []
    data_idx = [i for i in data_idx if POLA_KODE_REKENING.match(teks(sel(rows[i], kepala.kode_akun)))]
    if not data_idx:  # no rekening rows (an empty template, a recap block): nothing to place, nothing to ask for
        return nama, [], temuan, []
    nilai = _bulan_nilai(rows, data_idx, kepala, tempat, temuan)
    _subtotal_semua(rows, data_idx, kepala, nilai, tempat, temuan)
    kode = [teks(sel(rows[i], kepala.kode_akun)) for i in data_idx]
    # Sum the leaves only: a row whose kode rekening is the prefix of another row's is a subtotal of them.
    semua = {k for k in kode if k}
    daun = [bool(k) and not any(o != k and o.startswith(k + ".") for o in semua) for k in kode]
    sub = nilai_judul(blok, "sub kegiatan", "sub_kegiatan")
    kode_sub = sub[1].split()[0] if sub and sub[1].strip() else ""
    kolom_nilai = "nilai" if rencana else "realisasi"
    hasil: dict[tuple[str, str, int], float] = defaultdict(float)
    nomor_pertama: dict[tuple[str, str, int], int] = {}
    opd = None
    if not kode_sub:
        bagian = nilai_judul(blok, "opd", "skpd", "unit", "unit organisasi", "perangkat daerah", "bidang_upt", "upt")
        opd, alasan = cari_opd(bagian[1] if bagian else "", konteks)
        if opd is None:
            temuan.append(
                galat(
                    f"Sub Kegiatan di judul kosong, dan untuk data tingkat OPD: {alasan}. Isi 'Sub Kegiatan : <kode>' "
                    "atau 'OPD : <kode/nama OPD>' di judul.",
                    baris=(sub or bagian or (kepala.baris + 1, ""))[0],
                    **tempat,
                )
            )
            return nama, [], temuan, []
    for n, i in enumerate(data_idx):
        if not daun[n]:
            continue
        if kode_sub:
            k = kode_sub
        else:
            kel = next(
                (KELOMPOK_KODE[p] for p in ("5.1", "5.2", "5.3", "5.4") if kode[n] == p or kode[n].startswith(p + ".")),
                None,
            )
            if kel is None:
                continue
            k = kel
        for b in kepala.bulan:
            v = nilai[b][n]
            if v == v:
                hasil[(k, "", b)] += float(v)
                nomor_pertama.setdefault((k, "", b), i + 1)
    kunci = sorted(hasil, key=lambda x: (x[0], x[2]))
    if kode_sub:
        tabel = "rencana_kas" if rencana else "realisasi_anggaran"
        kolom = ["tahun", "kode_kegiatan", "bulan", kolom_nilai]
        data = [[tahun, k, b, hasil[(k, e, b)]] for k, e, b in kunci]
        if not rencana:  # months after the last non-zero one are not reported yet
            akhir = max((b for k, e, b in kunci if hasil[(k, e, b)]), default=0)
            data = [d for d in data if d[2] <= akhir]
        peta_kode = ("judul: Sub Kegiatan", f"kode_kegiatan = {kode_sub}")
    else:
        tabel = "anggaran_opd"
        kolom = ["kode_pemda", "tahun", "kode_pd", "kelompok", "bulan", "rencana_kas" if rencana else "realisasi"]
        data = [[opd.kode_pemda, tahun, opd.kode_pd, k, b, hasil[(k, e, b)]] for k, e, b in kunci]  # type: ignore[union-attr]
        if not rencana:  # months after the last non-zero one are not reported yet
            akhir = max((b for k, e, b in kunci if hasil[(k, e, b)]), default=0)
            data = [d for d in data if d[4] <= akhir]
        peta_kode = ("judul: OPD", f"kode_pd = {opd.kode_pd}, kelompok dari kode rekening 5.1–5.4")  # type: ignore[union-attr]
    nomor = [nomor_pertama[(row[1] if tabel != "anggaran_opd" else row[3], "", row[-2])] for row in data]
    lembar = lembar_kontrak(berkas, nama_lembar, tabel, kolom, data, nomor, kepala.baris + 1)
    lain = {kepala.kode_akun: "dijumlah (baris rincian terbawah saja; baris induk = subtotal)"}
    if kepala.pagu is not None:
        lain[kepala.pagu] = "pagu: tidak diimpor (pagu dari tabel kegiatan)"
    peta = [("judul: tahun", f"tahun = {tahun}"), peta_kode]
    return nama, [lembar], temuan, peta + _peta(kepala, f"{tabel}.{kolom[-1]}", lain)


# --------------------------------------------------------------------------- DKKB: several TABEL blocks in one sheet

POLA_TANDA_TABEL = re.compile(r"^tabel\s*\d+\b", re.IGNORECASE)


def _tanda_tabel(rows: list[list[object]]) -> list[int]:
    """Rows opening a 'TABEL n – …' block (the DKKB workbook: one block per bagian/seksi and sumber anggaran, each
    with its own title lines and header): the first filled cell of the row starts with 'TABEL' and a number."""
    hasil = []
    for i, row in enumerate(rows):
        pertama = next((c for c in row[:3] if isi(c)), None)
        if isinstance(pertama, str) and POLA_TANDA_TABEL.match(pertama.strip()):
            hasil.append(i)
    return hasil


def _dkkb_per_tabel(  # noqa: PLR0917 (kenali_bulanan's arguments and the block rows)
    berkas: str,
    nama_lembar: str,
    rows: list[list[object]],
    konteks: Konteks,
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    tanda: list[int],
) -> tuple[str, list, list[Temuan], list[tuple[str, str]]]:
    """A DKKB sheet with several TABEL blocks: each block is read as its own DKKB table (the sheet's title lines
    above the first block, e.g. the year and the OPD, hold for every block; a block's own Sub Kegiatan / OPD line
    says where its numbers go). The same contract row from two blocks (one sub kegiatan funded from two sumber
    anggaran) is summed with a warning naming both blocks; from two blocks of the same sumber anggaran it is
    refused as reported twice."""
    tempat = {"berkas": berkas, "lembar": nama_lembar}
    temuan: list[Temuan] = []
    nama = ""
    peta: list[tuple[str, str]] = []
    peta_kolom: list[tuple[str, str]] | None = None
    # tabel → key (contract row without its value) → [value, row number, block label, sumber anggaran]
    gabung: dict[str, dict[tuple[object, ...], list[object]]] = {}
    kolom_tabel: dict[str, list[str]] = {}
    nomor_kepala: dict[str, int] = {}
    for n, awal in enumerate(tanda):
        akhir = tanda[n + 1] if n + 1 < len(tanda) else len(rows)
        label = teks(next(c for c in rows[awal][:3] if isi(c)))
        tabel_n = label.split(" - ")[0].split(" – ")[0].strip() or label
        # the block alone, at its own row numbers: the sheet's title, blank rows for the other blocks, the block
        rows_k = [*rows[: tanda[0]], *([[]] * (awal - tanda[0])), *rows[awal:akhir]]
        kepala = cari_kepala(rows_k, mulai=awal)
        if kepala is None or kepala.kode_akun is None:
            kurang = "bulan JAN … DES" if kepala is None else "KODE REKENING"
            temuan.append(
                galat(
                    f"{tabel_n} ({label}): baris judul kolom tidak ditemukan di bawah baris {awal + 1} (perlu kolom "
                    f"{kurang}); blok ini tidak dapat dibaca. Perbaiki header blok ini seperti header TABEL lain.",
                    baris=kepala.baris + 1 if kepala is not None else awal + 1,
                    **tempat,
                )
            )
            continue
        merged_k = [m for m in merged if awal <= m[0][0] < akhir]
        _BLOK.clear()
        hasil = _kenali_bulanan(berkas, nama_lembar, rows_k, konteks, merged_k, kepala, awal_blok=awal + 1)
        if hasil is None:  # pragma: no cover (a header with kode rekening and months is always a DKKB block)
            continue
        nama, lembar_blok, t, peta_blok = hasil
        temuan += t
        if not any(lb.baris for lb in lembar_blok) and not any(x.tingkat == "galat" for x in t):
            temuan.append(
                peringatan(
                    f"{tabel_n} ({label}) tidak berisi baris kode rekening dengan angka bulan (mis. blok rekapitulasi): "
                    "tidak diimpor.",
                    baris=awal + 1,
                    **tempat,
                )
            )
            continue
        sumber = nilai_judul(
            [x for x in judul(rows_k, kepala.baris) if x[0] > awal], "sumber anggaran", "sumber_dana", "sumber dana"
        )
        sumber_teks = fold_header(sumber[1]) if sumber else ""
        peta += [(f"{tabel_n} (baris {awal + 1}) {a}", b) for a, b in peta_blok if a.startswith("judul: ")]
        if peta_kolom is None:
            peta_kolom = [x for x in peta_blok if not x[0].startswith("judul: ")]
        for lb in lembar_blok:
            kolom_tabel[lb.tabel] = lb.label
            nomor_kepala.setdefault(lb.tabel, lb.nomor_header)
            tujuan = gabung.setdefault(lb.tabel, {})
            for row, nomor in zip(lb.baris, lb.nomor_baris, strict=True):
                kunci = tuple(row[:-1])
                if kunci not in tujuan:
                    tujuan[kunci] = [row[-1], nomor, tabel_n, sumber_teks]
                    continue
                lama = tujuan[kunci]
                if lama[3] == sumber_teks:
                    temuan.append(
                        galat(
                            f"{tabel_n} mengulang angka {lama[2]} (baris {lama[1]}) untuk {_nama_kunci(lb.tabel, kunci)} "
                            "dengan sumber anggaran yang sama: dilaporkan dua kali. Hapus salah satu blok.",
                            baris=nomor,
                            **tempat,
                        )
                    )
                    continue
                temuan.append(
                    peringatan(
                        f"{_nama_kunci(lb.tabel, kunci)} ada di {lama[2]} (baris {lama[1]}) dan {tabel_n} (sumber "
                        "anggaran lain): angkanya dijumlah.",
                        baris=nomor,
                        **tempat,
                    )
                )
                lama[0] = float(lama[0]) + float(row[-1])  # type: ignore[arg-type]
                lama[3] = sumber_teks
    lembar = []
    for tabel, isi_tabel in gabung.items():
        data = [[*k, v[0]] for k, v in isi_tabel.items()]
        nomor = [int(v[1]) for v in isi_tabel.values()]  # type: ignore[call-overload]
        lembar.append(lembar_kontrak(berkas, nama_lembar, tabel, kolom_tabel[tabel], data, nomor, nomor_kepala[tabel]))
    nama = nama or "DKKB per kode rekening"
    return f"{nama}, {len(tanda)} blok TABEL", lembar, temuan, peta + (peta_kolom or [])


def _nama_kunci(tabel: str, kunci: tuple[object, ...]) -> str:
    if tabel == "anggaran_opd":
        return f"OPD {kunci[2]} kelompok {kunci[3]} bulan {BULAN[int(kunci[4]) - 1]}"  # type: ignore[call-overload]
    return f"sub kegiatan {kunci[1]} bulan {BULAN[int(kunci[2]) - 1]}"  # type: ignore[call-overload]
