"""Raw sheets → typed frames in the contract's columns, with a finding for every unreadable cell."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
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
    mentah = _mentah(lembar, lebar)
    if len(mentah) < BARIS_KECIL:  # pandas' per-column overhead dominates small sheets
        isi = mentah.map(lambda v: v is not None and not (isinstance(v, float) and v != v) and str(v).strip() != "")
    else:
        isi = mentah.apply(_berisi)
    ada_isi = isi.any(axis=1)
    if mentah.shape[1] > lebar:
        for idx in mentah.index[isi.iloc[:, lebar:].any(axis=1)]:
            temuan.append(
                galat(
                    f"Baris berisi lebih dari {lebar} sel sedangkan header {lebar} kolom: periksa pemisah kolom "
                    "atau tanda kutip.",
                    baris=int(lembar.nomor_baris[idx]),
                    **tempat,
                )
            )
            ada_isi.iloc[idx] = False
    mentah = mentah[ada_isi]
    nomor = pd.Series(lembar.nomor_baris, dtype="Int64")[ada_isi.to_numpy()].reset_index(drop=True)
    mentah = mentah.reset_index(drop=True)
    baris_galat = pd.Series(False, index=mentah.index)
    data: dict[str, object] = {k: [None] * len(mentah) for k in tabel.kolom_impor}
    for pos, nama in lembar.kolom.items():
        kolom = tabel.kolom_bernama(nama)
        label = lembar.label[pos] or nama
        sel = mentah[pos] if pos in mentah.columns else pd.Series([None] * len(mentah), dtype="object")
        nilai, galat_sel, peringatan_sel = urai_kolom(sel, kolom, semua_teks=lembar.semua_teks)
        data[nama] = nilai
        for idx, pesan in _batasi(galat_sel):
            temuan.append(galat(pesan, baris=int(nomor[idx]), kolom=label, nilai=_teks(sel.iloc[idx]), **tempat))
        for idx, pesan in _batasi(peringatan_sel):
            temuan.append(peringatan(pesan, baris=int(nomor[idx]), kolom=label, nilai=_teks(sel.iloc[idx]), **tempat))
        if kolom.wajib:
            kosong = np.asarray(pd.isna(_sebagai_seri(nilai))) & ~_indeks_ke_mask(galat_sel, len(sel))
            for idx in _batasi_indeks(kosong.nonzero()[0]):
                temuan.append(galat(f"Kolom {nama} wajib diisi.", baris=int(nomor[idx]), kolom=label, **tempat))
            baris_galat |= kosong
        baris_galat |= _indeks_ke_mask(galat_sel, len(sel))
        if len(galat_sel) > BATAS_TEMUAN_KOLOM:
            temuan.append(
                galat(
                    f"Masih ada {len(galat_sel) - BATAS_TEMUAN_KOLOM} sel lain di kolom ini yang tidak terbaca "
                    f"(hanya {BATAS_TEMUAN_KOLOM} pertama ditampilkan).",
                    kolom=label,
                    **tempat,
                )
            )
    if not len(mentah) and not temuan:
        temuan.append(galat(PESAN_TANPA_DATA, baris=lembar.nomor_header, **tempat))
    frame = _bingkai(lembar.tabel, data)
    frame["_berkas"] = lembar.berkas
    frame["_lembar"] = lembar.lembar
    frame["_baris"] = nomor
    return frame[~baris_galat.to_numpy()].reset_index(drop=True), temuan


BATAS_TEMUAN_KOLOM = 200
BARIS_KECIL = 1000  # below this, per-cell parsing beats the vectorised paths' fixed cost
# Plain numbers as machines write them (1234, 1234.5, 0.125): read in one vectorised step. Anything else
# (separators, Rp, %, a dot followed by exactly three digits) goes through the cell parser.
POLA_ANGKA_POLOS = r"-?(?:0|[1-9]\d{0,14})(?:\.\d{1,2}|\.\d{4,})?|-?0\.\d+"
POLA_BULAT_POLOS = r"-?(?:0|[1-9]\d{0,14})"
POLA_RIBUAN_ID = r"[1-9]\d{0,2}(?:\.\d{3}){2,}(?:,\d+)?|[1-9]\d{0,2}\.\d{3},\d+"
POLA_RIBUAN_EN = r"[1-9]\d{0,2}(?:,\d{3}){2,}(?:\.\d+)?|[1-9]\d{0,2},\d{3}\.\d+"
POLA_KODE_POLOS = r"[0-9A-Za-z][0-9A-Za-z.\-_/]*"


def _berisi(c: pd.Series) -> pd.Series:
    """Which cells of a column hold anything (a number column, from a layout reader: those not empty)."""
    if c.dtype.kind in "fiu":
        return c.notna()
    return c.astype("string").str.strip().ne("").fillna(False).astype(bool)


def _sebagai_seri(nilai: object) -> pd.Series:
    return nilai if isinstance(nilai, pd.Series) else pd.Series(nilai, dtype="object")


def _mentah(lembar: Lembar, lebar: int) -> pd.DataFrame:
    """The raw cells as a frame (rows padded to the header's width)."""
    if lembar.kolom_isi is not None:  # a layout reader's columns
        return pd.DataFrame({p: pd.Series(lembar.kolom_isi[p]) for p in range(lebar) if p in lembar.kolom_isi})
    if not lembar.baris:
        return pd.DataFrame(columns=range(lebar), dtype="object")
    rows = lembar.baris
    lebar_maks = max(lebar, *map(len, rows))
    if any(len(r) != lebar_maks for r in rows):
        rows = [r if len(r) == lebar_maks else [*r, *([None] * (lebar_maks - len(r)))] for r in rows]
    return pd.DataFrame(rows, dtype="object")


def _teks(v: object) -> str:
    return "" if v is None or (isinstance(v, float) and v != v) else str(v)


def _batasi(daftar: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return daftar[:BATAS_TEMUAN_KOLOM]


def _batasi_indeks(indeks: object) -> list[int]:
    return list(indeks)[:BATAS_TEMUAN_KOLOM]  # type: ignore[call-overload]


def _indeks_ke_mask(daftar: list[tuple[int, str]], n: int) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    if daftar:
        mask[[i for i, _ in daftar]] = True
    return mask


def _jalur_cepat(teks: pd.Series, jenis: str, kolom: Kolom) -> tuple[np.ndarray, list[object]]:
    """Vectorised reading of the common unambiguous forms: (rows read, their values).

    Plain numbers (1234.5), Indonesian thousands with two or more groups (1.234.567,89), international
    ones (1,234,567.89), month and year integers, and codes without spaces. Everything else goes
    through the cell parser, which knows every form and gives the findings.
    """
    n = len(teks)
    if jenis in ("angka", "bulat", "bulan"):
        pola = POLA_ANGKA_POLOS if jenis == "angka" else POLA_BULAT_POLOS
        polos = teks.str.fullmatch(pola).fillna(False).to_numpy(dtype=bool)
        angka = pd.Series(np.nan, index=teks.index, dtype="float64")
        if polos.any():
            angka[polos] = teks[polos].astype("float64")
        if jenis == "angka":
            for pola_ribuan, ribuan, desimal in ((POLA_RIBUAN_ID, ".", ","), (POLA_RIBUAN_EN, ",", ".")):
                cocok = teks.str.fullmatch(pola_ribuan).fillna(False).to_numpy(dtype=bool) & ~polos
                if cocok.any():
                    bersih = teks[cocok].str.replace(ribuan, "", regex=False).str.replace(desimal, ".", regex=False)
                    angka[cocok] = bersih.astype("float64")
                    polos |= cocok
        if kolom.nama == "tahun":
            polos &= ((angka >= TAHUN_MIN) & (angka <= TAHUN_MAKS)).to_numpy()
        elif jenis == "bulan":
            polos &= ((angka >= 1) & (angka <= 12)).to_numpy()
        hasil = angka[polos]
        return polos, (hasil.astype("int64").tolist() if jenis in ("bulat", "bulan") else hasil.tolist())
    if jenis == "kode" and not kolom.daftar:
        polos = teks.str.fullmatch(POLA_KODE_POLOS).fillna(False).to_numpy(dtype=bool)
        return polos, teks[polos].astype(str).tolist()
    return np.zeros(n, dtype=bool), []


def urai_kolom(
    sel: pd.Series, kolom: Kolom, *, semua_teks: bool = False
) -> tuple[list[object], list[tuple[int, str]], list[tuple[int, str]]]:
    """Parse a column: (values, [(row index, error)], [(row index, warning)]).

    Common forms are read vectorised; each other distinct raw value is parsed once by `pantau.values`.
    """
    n = len(sel)
    nilai = np.full(n, None, dtype=object)
    galat_sel: list[tuple[int, str]] = []
    peringatan_sel: list[tuple[int, str]] = []
    if not n:
        return [], galat_sel, peringatan_sel
    jenis = "bulat" if kolom.nama == "tahun" else kolom.jenis
    if sel.dtype.kind in "fiu" and jenis in ("angka", "bulat", "bulan"):
        return _urai_angka_siap(sel, kolom, jenis)
    sel_np = sel.to_numpy(dtype=object)
    if n >= BARIS_KECIL:
        # CSV cells are all text (or empty): convert at once; XLSX cells may be numbers or dates.
        teks = (
            sel.astype("string")
            if semua_teks
            else sel.map(lambda v: v if isinstance(v, str) else None).astype("string")
        )
        cepat, nilai_cepat = _jalur_cepat(teks, jenis, kolom)
    else:  # small sheets: per-cell parsing beats the vectorised paths' fixed cost
        cepat, nilai_cepat = np.zeros(n, dtype=bool), []
    if cepat.any():
        nilai[cepat] = np.array(nilai_cepat, dtype=object) if nilai_cepat else None
    sisa = (~cepat).nonzero()[0]
    if len(sisa):
        urai = pengurai(kolom)
        hasil: dict[tuple[type, object], values.Hasil | Exception] = {}
        for i in sisa:
            mentah = sel_np[i]
            kunci = (float, "nan") if isinstance(mentah, float) and mentah != mentah else (type(mentah), mentah)
            h = hasil.get(kunci)
            if h is None:
                try:
                    h = urai(mentah)
                except values.NilaiTidakTerbaca as exc:
                    h = exc
                hasil[kunci] = h
            if isinstance(h, Exception):
                galat_sel.append((int(i), str(h)))
            else:
                if h.peringatan:
                    peringatan_sel.append((int(i), h.peringatan))
                nilai[i] = h.nilai
    return nilai.tolist(), galat_sel, peringatan_sel


def _urai_angka_siap(
    sel: pd.Series, kolom: Kolom, jenis: str
) -> tuple[pd.Series, list[tuple[int, str]], list[tuple[int, str]]]:
    """A column a layout reader already holds as numbers (float64/int64): the values as they are, NaN = empty; a
    value the column cannot hold (a fraction for a whole number, a month outside 1..12, a year out of range, an
    infinite number) goes through the cell parser for its finding, as a number cell of a workbook would."""
    angka = sel.astype("float64")
    mentah = angka.to_numpy()
    baik = np.isnan(mentah)  # an empty cell
    terhingga = np.isfinite(mentah)
    if jenis == "angka":
        baik |= terhingga
    else:
        bulat = terhingga & (mentah == np.round(mentah))
        if kolom.nama == "tahun":
            bulat &= (mentah >= TAHUN_MIN) & (mentah <= TAHUN_MAKS)
        elif jenis == "bulan":
            bulat &= (mentah >= 1) & (mentah <= 12)
        baik |= bulat
    dtype = DTYPE[jenis]
    hasil = angka.astype(dtype) if jenis == "angka" else angka.where(baik).astype(dtype)
    galat_sel: list[tuple[int, str]] = []
    peringatan_sel: list[tuple[int, str]] = []
    sisa = np.nonzero(~baik)[0]
    if len(sisa):
        nilai_sisa, g, w = urai_kolom(sel.iloc[sisa].astype("object").reset_index(drop=True), kolom)
        hasil = hasil.astype("object")
        hasil.iloc[sisa] = nilai_sisa
        hasil = hasil.astype(dtype)
        galat_sel = [(int(sisa[i]), pesan) for i, pesan in g]
        peringatan_sel = [(int(sisa[i]), pesan) for i, pesan in w]
    return hasil.reset_index(drop=True), galat_sel, peringatan_sel


def _bingkai(tabel: str, data: dict[str, object]) -> pd.DataFrame:
    frame = pd.DataFrame({k: _sebagai_seri(v).reset_index(drop=True) for k, v in data.items()})
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
    frame = _bingkai(tabel, {k: [] for k in TABEL[tabel].kolom_impor})
    frame["_berkas"] = pd.Series(dtype="string")
    frame["_lembar"] = pd.Series(dtype="string")
    frame["_baris"] = pd.Series(dtype="Int64")
    return frame
