"""Raw sheets → typed frames in the contract's columns, with a finding for every unreadable cell."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from pantau import values
from pantau.contract import TABEL, Kolom
from pantau.importer.baca import Lembar
from pantau.temuan import Temuan, galat, peringatan

TAHUN_MIN, TAHUN_MAKS = 2000, 2100
PESAN_TANPA_DATA = "Tidak ada baris data di bawah header."

# pandas dtypes of the typed frames (nullable, so an empty optional cell stays NULL).
DTYPE = {"angka": "Float64", "bulat": "Int64", "bulan": "Int64", "bool": "boolean"}


def _periode_tw(v: object) -> values.Hasil:
    """A realisation period: TW1..TW4; an annual value is reported at TW4 (CONTRACT.md)."""
    h = values.parse_periode(v, boleh_tahunan=True)
    if h.nilai == "TAHUNAN":
        return values.Hasil("TW4", "Realisasi TAHUNAN dicatat sebagai TW4 (nilai akhir tahun).")
    return h


def _tahun(v: object) -> values.Hasil:
    h = values.parse_bulat(v)
    if h.nilai is not None and not TAHUN_MIN <= h.nilai <= TAHUN_MAKS:
        raise values.NilaiTidakTerbaca(f"Tahun {h.nilai} tidak masuk akal; tulis tahun empat angka, mis. 2026.")
    return h


def pengurai(kolom: Kolom) -> Callable[[object], values.Hasil]:
    """The cell parser of a column."""
    if kolom.nama == "tahun":
        return _tahun
    if kolom.jenis == "pilihan":
        pilihan = kolom.pilihan or {}
        return lambda v: values.parse_pilihan(v, pilihan)
    if kolom.jenis == "periode_tw":
        return _periode_tw
    if kolom.daftar:
        return _daftar_kode
    return {
        "kode": values.parse_kode,
        "teks": values.parse_teks,
        "angka": values.parse_angka,
        "bulat": values.parse_bulat,
        "bool": values.parse_bool,
        "periode": values.parse_periode,
        "bulan": values.parse_bulan,
        "tanggal": values.parse_tanggal,
        "bulan_tahun": values.parse_bulan_tahun,
    }[kolom.jenis]


def _daftar_kode(v: object) -> values.Hasil:
    """A `;`-separated list of codes (a comma or newline also separates: real files use them)."""
    if v is None or (isinstance(v, float) and v != v):
        return values.Hasil(None)
    teks = str(v).replace("\n", ";").replace(",", ";")
    kode = []
    for bagian in teks.split(";"):
        h = values.parse_kode(bagian)
        if h.nilai:
            kode.append(h.nilai)
    return values.Hasil(";".join(dict.fromkeys(kode)) or None)


def normalisasi(lembar: Lembar) -> tuple[pd.DataFrame, list[Temuan]]:
    """One raw sheet → a typed frame with every contract column, `_berkas`, `_lembar`, `_baris`."""
    tabel = TABEL[lembar.tabel]
    tempat = {"berkas": lembar.berkas, "lembar": lembar.lembar}
    temuan: list[Temuan] = []
    ada = set(lembar.kolom.values())
    kurang = [k for k in tabel.wajib if k not in ada]
    if kurang:
        return _kosong(lembar.tabel), [
            galat(
                f"Kolom wajib tidak ada: {', '.join(kurang)}. Tambahkan kolom itu pada baris header "
                f"(baris {lembar.nomor_header}).",
                baris=lembar.nomor_header,
                **tempat,
            )
        ]
    for i, lab in enumerate(lembar.label):
        if lab and i not in lembar.kolom:
            temuan.append(
                peringatan(
                    f"Kolom '{lab}' tidak dikenal untuk tabel {lembar.tabel}; diabaikan.",
                    baris=lembar.nomor_header,
                    kolom=lab,
                    **tempat,
                )
            )
    lebar = len(lembar.label)
    kolom_isi = {pos: tabel.kolom_bernama(nama) for pos, nama in lembar.kolom.items()}
    label_kolom = {pos: lembar.label[pos] or nama for pos, nama in lembar.kolom.items()}
    urai = {pos: pengurai(k) for pos, k in kolom_isi.items()}
    cache: dict[int, dict[object, values.Hasil | Exception]] = {pos: {} for pos in kolom_isi}
    data: dict[str, list[object]] = {k: [] for k in tabel.nama_kolom}
    nomor: list[int] = []
    for row, no in zip(lembar.baris, lembar.nomor_baris, strict=True):
        if not any(c is not None and str(c).strip() for c in row):
            continue  # blank line
        if len(row) > lebar and any(c is not None and str(c).strip() for c in row[lebar:]):
            temuan.append(
                galat(
                    f"Baris berisi {len(row)} sel sedangkan header {lebar} kolom: periksa pemisah kolom "
                    "atau tanda kutip.",
                    baris=no,
                    **tempat,
                )
            )
            continue
        hasil_baris: dict[str, object] = {}
        baris_ok = True
        for pos, kolom in kolom_isi.items():
            mentah = row[pos] if pos < len(row) else None
            kunci = (type(mentah), mentah)
            h = cache[pos].get(kunci)
            if h is None:
                try:
                    h = urai[pos](mentah)
                except values.NilaiTidakTerbaca as exc:
                    h = exc
                cache[pos][kunci] = h
            if isinstance(h, Exception):
                temuan.append(
                    galat(
                        str(h),
                        baris=no,
                        kolom=label_kolom[pos],
                        nilai=str(mentah),
                        **tempat,
                    )
                )
                baris_ok = False
                continue
            if h.peringatan:
                temuan.append(
                    peringatan(
                        h.peringatan,
                        baris=no,
                        kolom=label_kolom[pos],
                        nilai=str(mentah),
                        **tempat,
                    )
                )
            if h.nilai is None and kolom.wajib:
                temuan.append(
                    galat(
                        f"Kolom {kolom.nama} wajib diisi.",
                        baris=no,
                        kolom=label_kolom[pos],
                        **tempat,
                    )
                )
                baris_ok = False
            hasil_baris[kolom.nama] = h.nilai
        if not baris_ok:
            continue
        for nama, isi in data.items():
            isi.append(hasil_baris.get(nama))
        nomor.append(no)
    if not nomor and not temuan:
        temuan.append(
            galat(
                "Tidak ada baris data di bawah header.",
                baris=lembar.nomor_header,
                **tempat,
            )
        )
    frame = _bingkai(lembar.tabel, data)
    frame["_berkas"] = lembar.berkas
    frame["_lembar"] = lembar.lembar
    frame["_baris"] = pd.array(nomor, dtype="Int64")
    return frame, temuan


def _bingkai(tabel: str, data: dict[str, list[object]]) -> pd.DataFrame:
    frame = pd.DataFrame({k: pd.Series(v, dtype="object") for k, v in data.items()})
    for k in TABEL[tabel].kolom:
        jenis = "bulat" if k.nama == "tahun" else k.jenis
        if jenis in DTYPE:
            frame[k.nama] = frame[k.nama].astype(DTYPE[jenis])
        elif jenis == "tanggal":
            frame[k.nama] = pd.to_datetime(frame[k.nama]).astype("datetime64[ns]")
        else:
            frame[k.nama] = frame[k.nama].astype("string")
    return frame


def _kosong(tabel: str) -> pd.DataFrame:
    frame = _bingkai(tabel, {k: [] for k in TABEL[tabel].nama_kolom})
    frame["_berkas"] = pd.Series(dtype="string")
    frame["_lembar"] = pd.Series(dtype="string")
    frame["_baris"] = pd.Series(dtype="Int64")
    return frame
