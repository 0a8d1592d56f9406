"""Read import sources (CSV files, XLSX workbooks, folders, uploaded bytes) into raw sheets.

A raw sheet keeps every cell as the file has it and the row numbers as the user sees them
(CSV line with the header as line 1 when the header is on the first line; the sheet's row in
XLSX). Which table a sheet holds comes from its file or sheet name, else from its header.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pantau.contract import ALIAS_UMUM, TABEL, Tabel
from pantau.temuan import Temuan, galat, peringatan
from pantau.values import fold_header

LEMBAR_LEWATI = {"petunjuk", "readme", "keterangan", "catatan", "panduan"}
EKSTENSI = {".csv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods"}
BARIS_CARI_HEADER = 30


@dataclass(frozen=True)
class Sumber:
    """One file to import: its name as the user knows it and its bytes."""

    nama: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def sel_impor(nilai: object) -> str:
    """One cell as the import format reads it: ISO dates, text on one line, empty for nothing."""
    if nilai is None:
        return ""
    if isinstance(nilai, dt.datetime):
        nilai = nilai.date()
    if isinstance(nilai, dt.date):
        return nilai.isoformat()
    teks = str(nilai)
    if teks in ("nan", "NaT", "<NA>", "None"):
        return ""
    # one physical line per row keeps the CSV trivially readable in any spreadsheet
    return " ".join(teks.split())


def csv_impor(tabel: str, daftar: Iterable[Mapping[str, object]]) -> bytes:
    """Rows of a contract (or product) table as a CSV in the import format: the table's header (every column, in
    contract order), one line per row. What a page saves is such a file, imported like any other (validated,
    scoped, one batch, rollback, audit row)."""
    kolom = TABEL[tabel].nama_kolom
    buf = io.StringIO()
    tulis = csv.writer(buf, lineterminator="\n")
    tulis.writerow(kolom)
    for baris in daftar:
        asing = set(baris) - set(kolom)
        if asing:
            raise KeyError(f"Kolom bukan milik tabel {tabel}: {sorted(asing)}")
        tulis.writerow([sel_impor(baris.get(k)) for k in kolom])
    return buf.getvalue().encode("utf-8")


def sumber_satu_baris(tabel: str, baris: Mapping[str, object]) -> Sumber:
    """A one-row `<tabel>.csv` in the import format (see `csv_impor`)."""
    return Sumber(f"{tabel}.csv", csv_impor(tabel, [baris]))


@dataclass
class Lembar:
    """A table found in a source: header labels, raw rows, row numbers as the user sees them."""

    berkas: str
    lembar: str
    tabel: str
    label: list[str]
    baris: list[list[object]]
    nomor_baris: list[int]
    nomor_header: int
    kolom: dict[int, str] = field(default_factory=dict)  # position → contract column
    semua_teks: bool = False  # every cell is text or empty (CSV), so columns convert in one step
    tata_letak: str = ""  # the recognised layout (pantau.importer.tata_letak); "" = a contract table
    peta: list[tuple[str, str]] = field(default_factory=list)  # source column → contract column, for the preview
    # a layout reader's vectorised output: the cells by column (position → array: text as object, numbers as
    # float64/int64), one entry per `nomor_baris`; then `baris` is empty
    kolom_isi: dict[int, np.ndarray] | None = None

    @property
    def jumlah_baris(self) -> int:
        return len(self.nomor_baris) if self.kolom_isi is not None else len(self.baris)


def kumpulkan_sumber(paths: Iterable[Path | str]) -> tuple[list[Sumber], list[Temuan]]:
    """Files and folders → sources (a folder contributes its CSV and XLSX files, sorted)."""
    sumber: list[Sumber] = []
    temuan: list[Temuan] = []
    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(
                f for f in p.iterdir() if f.suffix.lower() in EKSTENSI and not f.name.startswith(("~$", "."))
            )
            if not files:
                temuan.append(galat("Folder tidak berisi berkas CSV atau XLSX.", berkas=str(p)))
            sumber.extend(Sumber(f.name, f.read_bytes()) for f in files)
        elif p.is_file():
            sumber.append(Sumber(p.name, p.read_bytes()))
        else:
            temuan.append(galat("Berkas atau folder tidak ditemukan.", berkas=str(p)))
    return sumber, temuan


def _label_ke_kolom(label: object) -> str:
    """A header label folded for matching: 'Realisasi (%)' → 'realisasi', 'Kode PD' → 'kode_pd'."""
    teks = re.sub(r"\(.*?\)|\[.*?\]", " ", str(label or ""))
    return fold_header(teks)


def _peta_alias(tabel: Tabel) -> dict[str, str]:
    peta: dict[str, str] = {}
    for k in tabel.kolom:
        for nama in (k.nama, *k.alias, *ALIAS_UMUM.get(k.nama, ())):
            peta.setdefault(fold_header(nama), k.nama)
    return peta


PETA_ALIAS = {nama: _peta_alias(t) for nama, t in TABEL.items()}
NAMA_TABEL = {fold_header(a): t.nama for t in TABEL.values() for a in (t.nama, *t.alias)}


def cocokkan_header(tabel: str, label: list[object]) -> dict[int, str]:
    """Header positions → contract columns of `tabel` (first match wins)."""
    peta = PETA_ALIAS[tabel]
    hasil: dict[int, str] = {}
    for i, lab in enumerate(label):
        kolom = peta.get(_label_ke_kolom(lab))
        if kolom and kolom not in hasil.values():
            hasil[i] = kolom
    return hasil


def _cari_header(baris: list[list[object]], tabel: str | None) -> tuple[str, int] | None:
    """Find (table, index of the header row) among the first rows; prefer rows with all required columns."""
    kandidat = [tabel] if tabel else list(TABEL)
    terbaik: tuple[int, int, str, int] | None = None  # (complete, matches, table, row)
    for i, row in enumerate(baris[:BARIS_CARI_HEADER]):
        if not any(_isi(c) for c in row):
            continue
        for t in kandidat:
            cocok = cocokkan_header(t, row)
            if not cocok:
                continue
            lengkap = int(set(TABEL[t].wajib) <= set(cocok.values()))
            skor = (lengkap, len(cocok))
            if terbaik is None or skor > terbaik[:2]:
                terbaik = (*skor, t, i)
        if terbaik and terbaik[0] and tabel:
            break
    if terbaik is None or (tabel is None and not terbaik[0]):
        return None
    return terbaik[2], terbaik[3]


def _isi(cell: object) -> bool:
    return cell is not None and str(cell).strip() != ""


def _dekode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _pemisah(teks: str) -> str:
    """The delimiter among , ; tab that splits the first lines most consistently."""
    contoh = [b for b in teks.splitlines()[:BARIS_CARI_HEADER] if b.strip()]
    terbaik, skor_terbaik = ",", (-1, -1)
    for d in (",", ";", "\t"):
        jumlah = [len(r) for r in csv.reader(contoh, delimiter=d)]
        banyak = [n for n in jumlah if n > 1]
        if not banyak:
            continue
        modus = max(set(banyak), key=banyak.count)
        skor = (banyak.count(modus), modus)
        if skor > skor_terbaik:
            terbaik, skor_terbaik = d, skor
    return terbaik


Merged = list[tuple[tuple[int, int], tuple[int, int]]]


def _baca_csv(s: Sumber) -> tuple[list[tuple[str, list[list[object]], Merged]], list[Temuan]]:
    teks = _dekode(s.data)
    if not teks.strip():
        return [], [galat("Berkas kosong.", berkas=s.nama)]
    pemisah = _pemisah(teks)
    rows = list(csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah))
    return [("", rows, [])], []


def _baca_xlsx(s: Sumber) -> tuple[list[tuple[str, list[list[object]], Merged]], list[Temuan]]:
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(s.data))
    except Exception as exc:  # calamine raises several types for a damaged file
        return [], [
            galat(
                f"Berkas Excel tidak dapat dibuka ({exc}). Simpan ulang sebagai .xlsx.",
                berkas=s.nama,
            )
        ]
    hasil = []
    for nama in wb.sheet_names:
        sheet = wb.get_sheet_by_name(nama)
        if getattr(sheet, "visible", "visible") not in ("visible", None) and str(sheet.visible) != "visible":
            continue
        rows = sheet.to_python(skip_empty_area=False)
        try:
            merged = list(sheet.merged_cell_ranges or [])
        except Exception:  # merged ranges are known for xlsx only
            merged = []
        hasil.append((nama, rows if isinstance(rows, list) else [list(r) for r in rows], merged))
    return hasil, []


# The wide quarterly layout people fill by hand: one row per indicator, "Target TW I" … "Realisasi TW IV".
ROMAWI = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
POLA_LEBAR = re.compile(r"^(target|realisasi|capaian)_?(?:tw|triwulan|q|trw)?_?(iv|i{1,3}|[1-4])$")
POLA_TAHUNAN = re.compile(r"^target_?(tahunan|tahun|setahun|tahun_berjalan)$")


def _kolom_lebar(label: list[object]) -> dict[int, tuple[str, str]]:
    """Header positions of the wide layout → (measure, period): 'Target TW II' → ('target', 'TW2')."""
    hasil = {}
    for i, lab in enumerate(label):
        teks = _label_ke_kolom(lab)
        m = POLA_LEBAR.match(teks)
        if m:
            hasil[i] = (m.group(1), f"TW{ROMAWI[m.group(2)]}")
        elif POLA_TAHUNAN.match(teks):
            hasil[i] = ("target", "TAHUNAN")
    return hasil


def _format_lebar(berkas: str, nama_lembar: str, rows: list[list[object]]) -> tuple[list[Lembar], list[Temuan]] | None:
    """A sheet in the wide quarterly layout → long `target` and `realisasi` sheets (None if it is not one)."""
    for i, row in enumerate(rows[:BARIS_CARI_HEADER]):
        lebar = _kolom_lebar(row)
        ukuran = {u for u, _ in lebar.values()}
        if len(lebar) < 2 or not ukuran & {"target", "realisasi"}:
            continue
        biasa = cocokkan_header("realisasi", row)
        pos_kode = next((p for p, k in biasa.items() if k == "kode_indikator"), None)
        pos_tahun = next((p for p, k in biasa.items() if k == "tahun"), None)
        tempat = {"berkas": berkas, "lembar": nama_lembar, "baris": i + 1}
        if pos_kode is None or pos_tahun is None:
            kurang = ", ".join(k for k, p in (("kode_indikator", pos_kode), ("tahun", pos_tahun)) if p is None)
            return [], [galat(f"Format lebar (Target/Realisasi TW I–IV) perlu kolom {kurang}.", **tempat)]
        temuan: list[Temuan] = []
        if "capaian" in ukuran:
            temuan.append(
                peringatan("Kolom capaian diabaikan: capaian dihitung sistem dari target dan realisasi.", **tempat)
            )
        hasil = []
        for tabel in ("target", "realisasi"):
            baris: list[list[object]] = []
            nomor: list[int] = []
            for j, r in enumerate(rows[i + 1 :]):
                for pos, (ukur, periode) in lebar.items():
                    nilai = r[pos] if pos < len(r) else None
                    if ukur != tabel or not _isi(nilai):
                        continue
                    baris.append(
                        [
                            r[pos_kode] if pos_kode < len(r) else None,
                            r[pos_tahun] if pos_tahun < len(r) else None,
                            periode,
                            nilai,
                        ]
                    )
                    nomor.append(i + 2 + j)
            if baris:
                label = ["kode_indikator", "tahun", "periode", f"{tabel} (TW I–IV)"]
                hasil.append(
                    Lembar(
                        berkas,
                        nama_lembar,
                        tabel,
                        label,
                        baris,
                        nomor,
                        i + 1,
                        {0: "kode_indikator", 1: "tahun", 2: "periode", 3: tabel},
                    )
                )
        if not hasil:
            temuan.append(galat(PESAN_LEBAR_KOSONG, **tempat))
        return hasil, temuan
    return None


PESAN_LEBAR_KOSONG = "Format lebar tanpa nilai target atau realisasi di bawah header."


def _terapkan_pemetaan(rows: list[list[object]], pemetaan: Pemetaan) -> bool:
    """A saved column mapping: in the header row that holds most of its source labels, rename them to their contract
    columns. Returns whether the sheet had that header."""
    sumber = {fold_header(k): v for k, v in pemetaan.kolom.items()}
    terbaik, skor = None, 0
    for i, row in enumerate(rows[:BARIS_CARI_HEADER]):
        n = sum(1 for c in row if _isi(c) and fold_header(str(c)) in sumber)
        if n > skor:
            terbaik, skor = i, n
    if terbaik is None or skor < max(1, len(sumber) // 2):
        return False
    rows[terbaik] = [sumber.get(fold_header(str(c)), c) if _isi(c) else c for c in rows[terbaik]]
    return True


@dataclass(frozen=True)
class Pemetaan:
    """A saved column mapping (pantau.importer.pemetaan): its name, the contract table, source label → column."""

    nama: str
    tabel: str
    kolom: dict[str, str]


def baca(
    sumber: list[Sumber], konteks: object | None = None, pemetaan: Pemetaan | None = None
) -> tuple[list[Lembar], list[Temuan]]:
    """Sources → raw sheets with their table and header found; findings for what cannot be read.

    Sheets in a known real layout (`pantau.importer.tata_letak`) are read by their layout's reader; with a saved
    column mapping (`pemetaan`), a sheet holding its source labels is read as its table with those labels renamed.
    """
    from pantau.importer.tata_letak import Konteks, kenali_buku

    lembar: list[Lembar] = []
    temuan: list[Temuan] = []
    for s in sumber:
        ext = Path(s.nama).suffix.lower()
        if ext in (".csv", ".txt"):
            bagian, t = _baca_csv(s)
        elif ext in (".xlsx", ".xlsm", ".xls", ".ods"):
            bagian, t = _baca_xlsx(s)
        else:
            bagian, t = (
                [],
                [
                    galat(
                        "Jenis berkas tidak dikenal; gunakan .csv atau .xlsx.",
                        berkas=s.nama,
                    )
                ],
            )
        temuan += t
        # an instructions sheet (e.g. the template's "Petunjuk") is neither a layout nor a table
        bagian = [b for b in bagian if not (b[0] and fold_header(b[0]) in LEMBAR_LEWATI)]
        dipetakan: set[str] = set()
        if pemetaan is not None:
            for nama_lembar, rows, _ in bagian:
                if _terapkan_pemetaan(rows, pemetaan):
                    dipetakan.add(nama_lembar)
        kenal, t, sisa = kenali_buku(
            s.nama,
            [b for b in bagian if b[0] not in dipetakan],
            konteks if isinstance(konteks, Konteks) else Konteks(),
        )
        lembar += kenal
        temuan += t
        for nama_lembar, rows, _ in [b for b in bagian if b[0] in dipetakan] + sisa:
            if nama_lembar and fold_header(nama_lembar) in LEMBAR_LEWATI:
                continue  # an instructions sheet (e.g. the template's "Petunjuk")
            dari_nama = NAMA_TABEL.get(fold_header(nama_lembar or Path(s.nama).stem))
            if nama_lembar in dipetakan and pemetaan is not None:
                dari_nama = pemetaan.tabel
            if not rows or not any(_isi(c) for r in rows for c in r):
                if nama_lembar and not dari_nama:
                    continue  # an empty extra sheet (e.g. "Sheet2") is not an error
                temuan.append(
                    galat(
                        "Berkas/lembar kosong: tidak ada header dan data.",
                        berkas=s.nama,
                        lembar=nama_lembar,
                    )
                )
                continue
            lebar = _format_lebar(s.nama, nama_lembar, rows)
            if lebar is not None:
                lembar_lebar, t_lebar = lebar
                lembar += lembar_lebar
                temuan += t_lebar
                continue
            ketemu = _cari_header(rows, dari_nama)
            if ketemu is None:
                if nama_lembar and not dari_nama:
                    temuan.append(
                        peringatan(
                            "Lembar tidak dikenali sebagai tabel kontrak (nama lembar atau header tidak cocok); dilewati.",
                            berkas=s.nama,
                            lembar=nama_lembar,
                        )
                    )
                    continue
                pesan = (
                    f"Header tabel {dari_nama} tidak ditemukan: baris judul kolom harus memuat nama kolom kontrak "
                    f"(wajib: {', '.join(TABEL[dari_nama].wajib)})."
                    if dari_nama
                    else "Tabel tidak dikenali: beri nama berkas/lembar sesuai nama tabel (mis. realisasi.csv) "
                    "atau pakai nama kolom kontrak pada header."
                )
                temuan.append(galat(pesan, berkas=s.nama, lembar=nama_lembar))
                continue
            tabel, i_header = ketemu
            label = [str(c).strip() if c is not None else "" for c in rows[i_header]]
            data = rows[i_header + 1 :]
            nomor = list(range(i_header + 2, i_header + 2 + len(data)))
            lembar.append(
                Lembar(
                    s.nama,
                    nama_lembar,
                    tabel,
                    label,
                    data,
                    nomor,
                    i_header + 1,
                    cocokkan_header(tabel, label),
                    semua_teks=not nama_lembar,
                    tata_letak=f"pemetaan tersimpan '{pemetaan.nama}'" if nama_lembar in dipetakan and pemetaan else "",
                    peta=list(pemetaan.kolom.items()) if nama_lembar in dipetakan and pemetaan else [],
                )
            )
    return lembar, temuan
