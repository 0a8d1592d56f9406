"""The bulk path: machine-written contract CSV files checked and loaded inside DuckDB (issue 10).

For exports of tens of millions of rows (a national dataset) the cell-by-cell path is too slow.
Here DuckDB reads every file as text into a staging table, casts it with SQL, and checks the
contract's rules with SQL over the whole import: the same rules and the same kind of findings as
the regular importer (file, row, column, value, what to do), the same all-or-nothing write with
history. SQL reads the plain machine forms (1234.5, ISO dates, TW1, canonical enumerations) by
itself; any other cell (Indonesian separators, `Rp`, `1.250`, `TW I`, `20/02/2026`) is read by the
regular path's cell parser, once per distinct value, so both paths store the same value and give the
same warning or refusal for every cell (issue 22). A clean file never leaves SQL.

    python -m pantau impor FOLDER --massal
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from pantau.contract import REFERENSI_SETAHUN, TABEL, Kolom
from pantau.db import jalankan
from pantau.importer.baca import NAMA_TABEL, cocokkan_header
from pantau.importer.normalisasi import BATAS_TEMUAN_KOLOM, pengurai
from pantau.importer.tulis import batch_berikut, catat_batch, catat_jejak, pemda_ditulis, tulis_atomik, tulis_tabel
from pantau.temuan import Temuan, ada_galat, galat, peringatan
from pantau.values import NilaiTidakTerbaca, fold_header, parse_bool

if TYPE_CHECKING:
    from pantau.importer import HasilImpor

BATAS_TEMUAN = 50  # per rule and file: enough to see the pattern, not a flood

# The machine forms that SQL reads by itself, each exactly as `pantau.values` reads it. Every other
# non-empty cell (Indonesian separators, `Rp`, `%`, `1.250`, `TW I`, `20/02/2026`, …) goes through the
# regular path's own cell parser, once per distinct value, with its warnings and refusals (issue 22).
_ANGKA_POLOS = r"-?[0-9]+(\.[0-9]+)?"
_ANGKA_RAGU = r"-?[1-9][0-9]{0,2}\.[0-9]{3}"  # "1.250": thousands or decimal? values.py decides and warns
_KODE_POLOS = r"[0-9A-Za-z][0-9A-Za-z._/-]*"
_TEKS_POLOS = r"(?s)[!-~](.*[!-~])?"  # visible ASCII at both ends: nothing for the parser to strip
_BOOL_POLOS = ("ya", "tidak", "y", "n", "1", "0", "true", "false")
_JENIS_SQL = {"angka": "double", "bulat": "integer", "bulan": "integer", "bool": "boolean", "tanggal": "date"}


def _teks(kolom: str) -> str:
    return f"nullif(trim({kolom}), '')"


def _literal(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def _jenis(k: Kolom) -> str:
    return "tahun" if k.nama == "tahun" else k.jenis


def _cepat(k: Kolom) -> str:
    """SQL reading the plain machine forms of column `k` as `pantau.values` reads them; NULL for any other cell."""
    t = _teks(f'"{k.nama}"')
    jenis = _jenis(k)
    if jenis == "angka":
        return (
            f"case when length({t}) < 300 and regexp_full_match({t}, '{_ANGKA_POLOS}') "
            f"and not regexp_full_match({t}, '{_ANGKA_RAGU}') then {t}::double + 0.0 end"
        )
    if jenis == "tahun":
        return f"case when regexp_full_match({t}, '20[0-9]{{2}}|2100') then {t}::integer end"
    if jenis == "bulat":
        return f"case when regexp_full_match({t}, '[-+]?[0-9]{{1,9}}') then {t}::integer end"
    if jenis == "bulan":
        return f"case when regexp_full_match({t}, '0?[1-9]|1[0-2]') then {t}::integer end"
    if jenis == "bool":
        kasus = " ".join(f"when {_literal(b)} then {_literal(parse_bool(b).nilai)}" for b in _BOOL_POLOS)
        return f"(case lower({t}) {kasus} end)"
    if jenis in ("periode", "periode_tw"):
        boleh = ["TW1", "TW2", "TW3", "TW4"] + (["TAHUNAN"] if jenis == "periode" else [])
        return f"case when {t} in ({', '.join(map(_literal, boleh))}) then {t} end"
    if jenis == "tanggal":
        return (
            f"case when regexp_full_match({t}, '(19[0-9]{{2}}|20[0-9]{{2}}|2100)-[0-9]{{2}}-[0-9]{{2}}') "
            f"then try_cast({t} as date) end"
        )
    if jenis == "bulan_tahun":
        return f"case when regexp_full_match({t}, '(19[0-9]{{2}}|20[0-9]{{2}}|2100)-(0[1-9]|1[0-2])') then {t} end"
    if jenis == "pilihan":
        kasus = " ".join(f"when {_literal(a)} then {_literal(b)}" for a, b in (k.pilihan or {}).items())
        return f"(case {t} {kasus} end)"
    if jenis == "kode":  # one code; a `;` list goes to the parser, which also drops repeats
        return f"case when regexp_full_match({t}, '{_KODE_POLOS}') then {t} end"
    return f"case when regexp_full_match({t}, '{_TEKS_POLOS}') then {t} end"


def _sebagai_teks(v: object) -> str | None:
    """A parsed value as text that SQL casts back to the same value (floats round-trip through repr)."""
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


class _Temuan:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.daftar: list[Temuan] = []

    def dari_sql(self, sql: str, *, berkas: str, kolom: str, pesan: str, tingkat: str = "galat") -> None:
        """Rows of `sql` (columns _baris, nilai) become findings with the same message."""
        rows = self.con.execute(
            f"select _baris, nilai::varchar from ({sql}) order by _baris limit {BATAS_TEMUAN + 1}"
        ).fetchall()
        buat = galat if tingkat == "galat" else peringatan
        for baris, nilai in rows[:BATAS_TEMUAN]:
            self.daftar.append(buat(pesan, berkas=berkas, baris=int(baris), kolom=kolom, nilai=nilai or ""))
        if len(rows) > BATAS_TEMUAN:
            jumlah = self.con.execute(f"select count(*) from ({sql})").fetchall()[0][0]
            self.daftar.append(
                buat(
                    f"… dan {jumlah - BATAS_TEMUAN} baris lain dengan temuan yang sama: {pesan}",
                    berkas=berkas,
                    kolom=kolom,
                )
            )

    def per_sel(self, sql: str, *, berkas: str, kolom: str, tingkat: str) -> None:
        """Rows of `sql` (columns _baris, nilai, pesan) become findings as the regular path makes them per cell."""
        rows = self.con.execute(
            f"select _baris, nilai, pesan from ({sql}) order by _baris limit {BATAS_TEMUAN_KOLOM + 1}"
        ).fetchall()
        buat = galat if tingkat == "galat" else peringatan
        for baris, nilai, pesan in rows[:BATAS_TEMUAN_KOLOM]:
            self.daftar.append(buat(pesan, berkas=berkas, baris=int(baris), kolom=kolom, nilai=nilai or ""))
        if tingkat == "galat" and len(rows) > BATAS_TEMUAN_KOLOM:
            jumlah = self.con.execute(f"select count(*) from ({sql})").fetchall()[0][0]
            self.daftar.append(
                galat(
                    f"Masih ada {jumlah - BATAS_TEMUAN_KOLOM} sel lain di kolom ini yang tidak terbaca "
                    f"(hanya {BATAS_TEMUAN_KOLOM} pertama ditampilkan).",
                    kolom=kolom,
                    berkas=berkas,
                )
            )


def _muat(con: duckdb.DuckDBPyConnection, path: Path, tabel: str, t: _Temuan) -> bool:
    """File → staging table `_mentah_<tabel>` (all text, `_baris` = the CSV line) and typed `_baru_<tabel>`."""
    spec = TABEL[tabel]
    if path.stat().st_size == 0:
        t.daftar.append(galat("Berkas kosong.", berkas=path.name))
        return False
    try:
        # DuckDB's sniffer skips the lines above a row with more cells and takes that row for the header: the
        # header must be line 1 (row numbers count from it), so such a file is refused at that row.
        (lewati,) = con.execute(f"select SkipRows from sniff_csv('{path}')").fetchone() or (0,)
        if lewati:
            t.daftar.append(
                galat(
                    f"Baris {lewati + 1} berisi jumlah sel yang berbeda dari baris-baris di atasnya (header di baris "
                    "1): periksa pemisah kolom atau tanda kutip.",
                    berkas=path.name,
                    baris=lewati + 1,
                )
            )
            return False
        jalankan(
            con,
            f"create or replace temp table _csv as select * from read_csv('{path}', all_varchar = true, "
            "header = true, auto_detect = true, strict_mode = true)",
        )
    except duckdb.Error as exc:
        pesan = str(exc).splitlines()[0]
        t.daftar.append(
            galat(
                f"Berkas tidak dapat dibaca sebagai CSV kontrak ({pesan}). Periksa pemisah kolom, "
                "tanda kutip dan jumlah sel per baris.",
                berkas=path.name,
            )
        )
        return False
    if not con.execute("select count(*) from _csv").fetchall()[0][0]:
        t.daftar.append(galat("Tidak ada baris data di bawah header.", berkas=path.name, baris=1))
        return False
    label = [r[0] for r in con.execute("select column_name from (describe _csv)").fetchall()]
    peta = cocokkan_header(tabel, label)
    kurang = [k for k in spec.wajib if k not in peta.values()]
    if kurang:
        t.daftar.append(
            galat(
                f"Kolom wajib tidak ada: {', '.join(kurang)}. Tambahkan kolom itu pada baris header (baris 1).",
                berkas=path.name,
                baris=1,
            )
        )
        return False
    pilih = [f'"{label[p]}" as "{nama}"' for p, nama in peta.items()]
    pilih += [f'null::varchar as "{k}"' for k in spec.kolom_impor if k not in peta.values()]
    # preserve_insertion_order (DuckDB's default) keeps the file's order: row_number is the data row.
    jalankan(
        con,
        f"create or replace temp table _mentah_{tabel} as "
        f"select row_number() over () + 1 as _baris, {', '.join(pilih)} from _csv",
    )
    label_kolom = {nama: label[p] or nama for p, nama in peta.items()}
    _ketik(con, tabel, path.name, label_kolom, t)
    return True


def _ketik(con: duckdb.DuckDBPyConnection, tabel: str, berkas: str, label: dict[str, str], t: _Temuan) -> None:
    """`_mentah_<tabel>` (text) → `_baru_<tabel>` (typed), with the regular path's findings per cell.

    SQL reads the plain forms (`_cepat`); each other distinct non-empty cell is read once by the
    regular path's parser of that column (`normalisasi.pengurai`), so a cell gets the same value,
    the same warning and the same refusal through either path.
    """
    spec = TABEL[tabel]
    m = f"_mentah_{tabel}"
    urai: list[tuple[str, str, str | None, str | None, str | None]] = []
    dibaca = [k for k in spec.kolom if k.nama in label]
    # the other cells of every column in one pass over the file (18 M rows nationally), not one pass per column
    lain_semua = con.execute(
        "select "
        + ", ".join(
            f'list(distinct "{k.nama}") filter (where "{k.nama}" is not null and ({_cepat(k)}) is null)' for k in dibaca
        )
        + f" from {m}"
    ).fetchone()
    for k, lain in zip(dibaca, lain_semua or [], strict=True):
        baca = pengurai(k)
        for mentah in sorted(lain or []):
            try:
                h = baca(mentah)
            except NilaiTidakTerbaca as exc:
                urai.append((k.nama, mentah, None, None, str(exc)))
            else:
                urai.append((k.nama, mentah, _sebagai_teks(h.nilai), h.peringatan, None))
    jalankan(
        con,
        "create or replace temp table _urai (kolom varchar, mentah varchar, nilai varchar, "
        "peringatan varchar, galat varchar)",
    )
    if urai:
        frame = pd.DataFrame(urai, columns=["kolom", "mentah", "nilai", "peringatan", "galat"], dtype="object")
        con.register("_urai_baru", frame)
        try:
            jalankan(con, "insert into _urai select * from _urai_baru")
        finally:
            con.unregister("_urai_baru")
    dirujuk = {r[0] for r in con.execute("select distinct kolom from _urai").fetchall()}
    pilih, gabung = [], []
    for i, k in enumerate(spec.kolom):
        jenis_sql = _JENIS_SQL.get("bulat" if k.nama == "tahun" else k.jenis, "varchar")
        cepat = _cepat(k).replace(f'"{k.nama}"', f'm."{k.nama}"')
        if k.nama in dirujuk:
            gabung.append(f'left join _urai u{i} on u{i}.kolom = {_literal(k.nama)} and u{i}.mentah = m."{k.nama}"')
            pilih.append(f'coalesce({cepat}, u{i}.nilai::{jenis_sql}) as "{k.nama}"')
        else:
            pilih.append(f'({cepat})::{jenis_sql} as "{k.nama}"')
    # without a join the scan keeps the staging table's order (the file's): no sort of millions of rows
    jalankan(
        con,
        f"create or replace temp table _baru_{tabel} as select m._baris, {', '.join(pilih)} "
        f"from {m} m {' '.join(gabung)}" + (" order by m._baris" if gabung else ""),
    )
    for k in spec.kolom:
        if k.nama not in label:
            continue
        kolom, sumber = (
            label[k.nama],
            f'from {m} m join _urai u on u.kolom = {_literal(k.nama)} and u.mentah = m."{k.nama}"',
        )
        galat_sel = f'select m._baris, m."{k.nama}" as nilai, u.galat as pesan {sumber} where u.galat is not null'
        t.per_sel(galat_sel, berkas=berkas, kolom=kolom, tingkat="galat")
        t.per_sel(
            f'select m._baris, m."{k.nama}" as nilai, u.peringatan as pesan {sumber} where u.peringatan is not null',
            berkas=berkas,
            kolom=kolom,
            tingkat="peringatan",
        )
        if k.wajib:
            t.dari_sql(
                f'select b._baris, null as nilai from _baru_{tabel} b where b."{k.nama}" is null '
                f"and b._baris not in (select _baris from ({galat_sel}))",
                berkas=berkas,
                kolom=kolom,
                pesan=f"Kolom {k.nama} wajib diisi.",
            )


def _aturan(con: duckdb.DuckDBPyConnection, tabel: str, berkas: str, t: _Temuan, ada: set[str]) -> None:
    """The contract's rules across rows and tables, as SQL over `_baru_<tabel>`."""
    spec = TABEL[tabel]
    b = f"_baru_{tabel}"
    kunci = ", ".join(spec.kunci)
    # which rows repeat a key takes two windows over the file; whether any does, one grouping (a third less)
    if con.execute(f"select 1 from {b} group by {kunci} having count(*) > 1 limit 1").fetchall():
        t.dari_sql(
            f"select _baris, concat_ws(', ', {kunci}) as nilai from (select *, count(*) over (partition by {kunci}) "
            f"as n, row_number() over (partition by {kunci} order by _baris) as ke from {b}) where n > 1 and ke > 1",
            berkas=berkas,
            kolom="+".join(spec.kunci),
            pesan="Kunci ganda dalam impor ini; hapus salah satu.",
        )
    for k in spec.kolom:
        if not k.referensi:
            continue
        rt, rk = k.referensi
        # v2: a reference resolves inside the row's own pemda (and, for the monthly tables, the same tahun).
        lingkup = (["kode_pemda"] if rt != "pemda" else []) + (
            ["tahun"] if tabel in REFERENSI_SETAHUN and rt == "kegiatan" else []
        )
        pilih_ref = ", ".join([*lingkup, rk])
        sumber = [f"select {pilih_ref} from {rt}"]
        if rt in ada:
            sumber.append(f"select {pilih_ref} from _baru_{rt}")
        kunci_ref = " union all ".join(sumber)
        nilai = f"unnest(string_split({k.nama}, ';'))" if k.daftar else k.nama
        on = " and ".join([*(f"r.{c} = x.{c}" for c in lingkup), f"r.{rk} = x.kode"])
        bawa = "".join(f"{c}, " for c in lingkup)
        t.dari_sql(
            f"select x._baris, x.kode as nilai from (select _baris, {bawa}{nilai} as kode from {b} "
            f"where {k.nama} is not null) x anti join ({kunci_ref}) r on {on}",
            berkas=berkas,
            kolom=k.nama,
            pesan=f"Kode tidak ada di tabel {rt}{' tahun yang sama' if 'tahun' in lingkup else ''}"
            f"{' pemda baris ini' if 'kode_pemda' in lingkup else ''} (basis data maupun impor ini).",
        )
    for kolom in {
        "kegiatan": ["pagu"],
        "rencana_kas": ["nilai"],
        "realisasi_anggaran": ["realisasi", "realisasi_kumulatif"],
    }.get(tabel, []):
        t.dari_sql(
            f"select _baris, {kolom} as nilai from {b} where {kolom} < 0",
            berkas=berkas,
            kolom=kolom,
            pesan=f"{kolom} tidak boleh negatif.",
        )
    if tabel == "realisasi_anggaran":
        t.dari_sql(
            f"select _baris, fisik_persen as nilai from {b} where fisik_persen not between 0 and 100",
            berkas=berkas,
            kolom="fisik_persen",
            pesan="fisik_persen harus 0–100 (persen kumulatif).",
        )
        t.dari_sql(
            f"select _baris, null as nilai from {b} where realisasi is null and realisasi_kumulatif is null",
            berkas=berkas,
            kolom="realisasi",
            pesan="Isi realisasi (bulan itu) atau realisasi_kumulatif (s.d. bulan itu).",
        )
        t.dari_sql(
            f"select _baris, kode_kegiatan as nilai from (select _baris, kode_kegiatan, count(distinct "
            f"realisasi_kumulatif is not null) over (partition by kode_pemda, tahun, kode_kegiatan) as bentuk from (select "
            f"_baris, kode_pemda, tahun, kode_kegiatan, realisasi_kumulatif from {b} union all select null, kode_pemda, "
            f"tahun, kode_kegiatan, realisasi_kumulatif from realisasi_anggaran r where not exists (select 1 from {b} x "
            "where x.kode_pemda = r.kode_pemda and x.tahun = r.tahun and x.kode_kegiatan = r.kode_kegiatan "
            "and x.bulan = r.bulan))) "
            "where bentuk > 1 and _baris is not null",
            berkas=berkas,
            kolom="realisasi_kumulatif",
            pesan="Sub kegiatan ini memakai dua bentuk realisasi (bulanan dan kumulatif) dalam satu tahun; "
            "pakai satu bentuk untuk semua bulan.",
        )
        # both cumulative columns against their previous filled month, in one window pass
        jalankan(
            con,
            "create or replace temp table _turun as select _baris, realisasi_kumulatif, fisik_persen, "
            "realisasi_kumulatif < lag(realisasi_kumulatif ignore nulls) over w as turun_realisasi_kumulatif, "
            f"fisik_persen < lag(fisik_persen ignore nulls) over w as turun_fisik_persen from {b} "
            "window w as (partition by kode_pemda, tahun, kode_kegiatan order by bulan) "
            "qualify turun_realisasi_kumulatif or turun_fisik_persen",
        )
        for kolom in ("realisasi_kumulatif", "fisik_persen"):
            t.dari_sql(
                f"select _baris, {kolom} as nilai from _turun where turun_{kolom}",
                berkas=berkas,
                kolom=kolom,
                pesan=f"{kolom} turun dari bulan sebelumnya; nilai kumulatif tidak boleh turun.",
            )
    if tabel == "jadwal":
        t.dari_sql(
            f"select _baris, null as nilai from {b} where bulan_mulai > bulan_selesai",
            berkas=berkas,
            kolom="bulan_mulai",
            tingkat="peringatan",
            pesan="bulan_mulai sesudah bulan_selesai; periksa jadwal tahap ini.",
        )
    if tabel == "indikator":
        t.dari_sql(
            f"select _baris, null as nilai from {b} where polaritas = 'negatif' and rumus = 'R/T'",
            berkas=berkas,
            kolom="rumus",
            tingkat="peringatan",
            pesan="Indikator negatif dengan rumus R/T: capaian naik bila kinerja memburuk. Periksa rumusnya.",
        )
    if tabel == "target":
        t.per_sel(
            f"select _baris, null as nilai, format('Rentang ditulis terbalik; dibaca sebagai {{:g}}–{{:g}}.', "
            f"target_max, target_min) as pesan from {b} where target_min > target_max",
            berkas=berkas,
            kolom="target_min",
            tingkat="peringatan",
        )
        jalankan(
            con,
            f"update {b} set target_min = least(target_min, target_max), target_max = greatest(target_min, "
            "target_max) where target_min > target_max",
        )
        for kosong, isi in (("target_min", "target_max"), ("target_max", "target_min")):  # the empty one named
            t.dari_sql(
                f"select _baris, null as nilai from {b} where {kosong} is null and {isi} is not null",
                berkas=berkas,
                kolom=kosong,
                pesan="Target rentang perlu target_min dan target_max sekaligus.",
            )
        t.dari_sql(
            f"select _baris, null as nilai from {b} where target is null and target_min is null and target_max is null",
            berkas=berkas,
            kolom="target",
            pesan="Isi target, atau target_min dan target_max untuk target rentang.",
        )
        agregasi = "select kode_pemda, kode_indikator, agregasi from indikator" + (
            " union all select kode_pemda, kode_indikator, agregasi from _baru_indikator" if "indikator" in ada else ""
        )
        t.dari_sql(
            f"select b._baris, b.kode_indikator as nilai from {b} b join ({agregasi}) a "
            "using (kode_pemda, kode_indikator) "
            "where b.target_min is not null and a.agregasi = 'kumulatif'",
            berkas=berkas,
            kolom="target_min",
            pesan="Target rentang tidak berlaku untuk indikator kumulatif; isi kolom target.",
        )
        t.dari_sql(
            f"select _baris, kode_indikator as nilai from (select *, count(*) filter (where periode like 'TW%') over "
            f"(partition by kode_pemda, kode_indikator, tahun) as n from (select kode_pemda, kode_indikator, tahun, "
            f"periode, _baris from {b} union all select kode_pemda, kode_indikator, tahun, periode, null from target t "
            f"where not exists (select 1 from {b} x where x.kode_pemda = t.kode_pemda and "
            "x.kode_indikator = t.kode_indikator and x.tahun = t.tahun and x.periode = t.periode))) "
            "where n between 1 and 3 and periode like 'TW%' and _baris is not null",
            berkas=berkas,
            kolom="periode",
            pesan="Target triwulan tidak lengkap: isi TW1–TW4 semuanya, atau tidak sama sekali (pakai TAHUNAN).",
        )


def _tetapkan_pemda(
    con: duckdb.DuckDBPyConnection, tabel: list[str], berkas: dict[str, Path], t: _Temuan, pilihan: str | None
) -> None:
    """Contract v2 "one pemda per file": rows without kode_pemda belong to the import's pemda (the same rule
    as the regular path, `pantau.importer.pemda`), or are refused with a finding."""
    per_pemda = [tb for tb in tabel if TABEL[tb].per_pemda]
    kosong = [
        tb
        for tb in per_pemda
        if con.execute(f"select count(*) from _baru_{tb} where kode_pemda is null").fetchall()[0][0]
    ]
    if not kosong:
        return
    kode, alasan = pilihan, "dipilih"
    if not kode:
        disebut = sorted(
            {
                r[0]
                for tb in per_pemda
                for r in con.execute(
                    f"select distinct kode_pemda from _baru_{tb} where kode_pemda is not null"
                ).fetchall()
            }
        )
        if len(disebut) == 1:
            kode = disebut[0]
        elif disebut:
            alasan = f"impor ini menyebut {len(disebut)} pemda"
        else:
            semua = {r[0] for r in con.execute("select kode_pemda from pemda").fetchall()}
            if "pemda" in tabel:
                semua |= {r[0] for r in con.execute("select kode_pemda from _baru_pemda").fetchall()}
            if len(semua) == 1:
                kode = next(iter(semua))
            else:
                alasan = f"basis data berisi {len(semua)} pemda"
    for tb in kosong:
        if kode:
            jalankan(con, f"update _baru_{tb} set kode_pemda = ? where kode_pemda is null", [kode])
        else:
            t.dari_sql(
                f"select min(_baris) as _baris, count(*) || ' baris' as nilai from _baru_{tb} "
                "where kode_pemda is null having count(*) > 0",
                berkas=berkas[tb].name,
                kolom="kode_pemda",
                pesan=f"kode_pemda kosong dan pemda impor ini tidak dapat ditentukan ({alasan}). Isi kolom "
                "kode_pemda, atau pilih pemda impor (--pemda KODE).",
            )


def _tanggal_pk(con: duckdb.DuckDBPyConnection, urut: list[str]) -> None:
    """v1's perangkat_daerah.tanggal_pk → perjanjian_kinerja rows of that date's year (an explicit row wins)."""
    if "perangkat_daerah" not in urut:
        return
    if not con.execute("select count(*) from _baru_perangkat_daerah where tanggal_pk is not null").fetchall()[0][0]:
        return
    turunan = (
        "select _baris, kode_pemda, kode_pd, year(tanggal_pk)::integer as tahun, tanggal_pk as tanggal_tanda_tangan, "
        "nama_kepala as nama_penanda_tangan, null::varchar as catatan from _baru_perangkat_daerah "
        "where tanggal_pk is not null"
    )
    if "perjanjian_kinerja" in urut:
        jalankan(
            con,
            f"insert into _baru_perjanjian_kinerja by name select * from ({turunan}) d where not exists ("
            "select 1 from _baru_perjanjian_kinerja p where p.kode_pemda = d.kode_pemda and p.kode_pd = d.kode_pd "
            "and p.tahun = d.tahun)",
        )
    else:
        jalankan(con, f"create or replace temp table _baru_perjanjian_kinerja as {turunan}")
        urut.insert(urut.index("perangkat_daerah") + 1, "perjanjian_kinerja")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while blok := f.read(1 << 22):
            h.update(blok)
    return h.hexdigest()


def _kunci_periode(
    con: duckdb.DuckDBPyConnection, urut: list[str], berkas: dict[str, Path], t: _Temuan, tanggal: date
) -> None:
    """The period lock of the regular path (`pantau.importer.lapor`), in SQL: a row that would insert or change
    realisasi, or realisasi_anggaran of a month, in a quarter locked on `tanggal` is refused."""
    for tb, periode in (("realisasi", "b.periode"), ("realisasi_anggaran", "'TW' || ((b.bulan - 1) // 3 + 1)")):
        if tb not in urut:
            continue
        spec = TABEL[tb]
        cocok = " and ".join(f"x.{k} is not distinct from b.{k}" for k in spec.kunci)
        beda = " or ".join(f"x.{k} is distinct from b.{k}" for k in spec.nama_kolom)
        t.per_sel(
            f"""
            select b._baris, {periode} as nilai,
                'TW ' || ['I', 'II', 'III', 'IV'][k.triwulan] || ' ' || k.tahun || ' (pemda ' || k.kode_pemda
                || ') terkunci: batas lapornya ' || strftime(k.batas_lapor, '%d/%m/%Y') || ' sudah lewat. Entri dan '
                || 'impor untuk triwulan itu ditolak sampai admin Bappeda membukanya kembali (halaman Laporan '
                || 'Triwulan, bagian Kunci periode).' as pesan
            from _baru_{tb} b
            join keadaan_periode_lapor(date '{tanggal.isoformat()}') k
                on k.kode_pemda = b.kode_pemda and k.tahun = b.tahun and k.periode = {periode}
            where k.terkunci and (
                not exists (select 1 from {tb} x where {cocok})
                or exists (select 1 from {tb} x where {cocok} and ({beda}))
            )
            """,
            berkas=berkas[tb].name,
            kolom="bulan" if tb == "realisasi_anggaran" else "periode",
            tingkat="galat",
        )


def impor_massal(
    folder: Path | str,
    db: Path | str,
    *,
    pengguna: str | None = None,
    pemda: str | None = None,
    peran: str | None = None,
    tanggal: date | None = None,
) -> HasilImpor:
    """Bulk-import a folder of clean contract CSV files, all or nothing (see the module docstring). Like the regular
    path, rows of a quarter locked on `tanggal` (default today) are refused."""
    from pantau.importer import HasilImpor
    from pantau.importer.lapor import hari_ini

    folder = Path(folder)
    semua = sorted(folder.glob("*.csv"))
    berkas = {NAMA_TABEL[fold_header(p.stem)]: p for p in semua if fold_header(p.stem) in NAMA_TABEL}
    hasil = HasilImpor([])
    for p in semua:
        if fold_header(p.stem) not in NAMA_TABEL:
            hasil.temuan.append(
                galat("Tabel tidak dikenali: beri nama berkas sesuai nama tabel (mis. realisasi.csv).", berkas=p.name)
            )
    if not hasil.ok:
        return hasil
    if not berkas:
        hasil.temuan.append(galat("Folder tidak berisi berkas CSV bernama tabel kontrak.", berkas=str(folder)))
        return hasil
    urut = [t for t in TABEL if t in berkas]

    def kerja(con: duckdb.DuckDBPyConnection) -> HasilImpor:
        t = _Temuan(con)
        dimuat = [tb for tb in urut if _muat(con, berkas[tb], tb, t)]
        if len(dimuat) == len(urut) and not ada_galat(t.daftar):  # as the regular path: rules over readable data only
            _tetapkan_pemda(con, urut, berkas, t, pemda)
            _tanggal_pk(con, urut)
            dimuat = list(urut)
            for tb in urut:  # perjanjian_kinerja may come from perangkat_daerah.tanggal_pk (v1)
                _aturan(con, tb, (berkas.get(tb) or berkas["perangkat_daerah"]).name, t, set(urut))
            if not ada_galat(t.daftar):
                _kunci_periode(con, urut, berkas, t, tanggal or hari_ini())
        hasil.temuan = t.daftar
        hasil.baris_dibaca = {tb: con.execute(f"select count(*) from _baru_{tb}").fetchall()[0][0] for tb in dimuat}
        if not hasil.ok:
            return hasil
        batch_id = batch_berikut(con)
        for tb in urut:
            jalankan(con, f"create or replace temp view _tulis_{tb} as select * exclude (_baris) from _baru_{tb}")
            baru, ganti = tulis_tabel(con, tb, f"_tulis_{tb}", batch_id)
            if baru:
                hasil.baru[tb] = baru
            if ganti:
                hasil.diganti[tb] = ganti
        if hasil.baru or hasil.diganti:
            kode_pemda = pemda_ditulis(con, batch_id)
            catat_batch(
                con,
                batch_id,
                sumber="massal",
                berkas=[{"nama": p.name, "sha256": _sha256(p)} for p in berkas.values()],
                baru=hasil.baru,
                diganti=hasil.diganti,
                peringatan=0,
                pengguna=pengguna,
                kode_pemda=kode_pemda,
            )
            catat_jejak(
                con,
                "impor",
                pengguna=pengguna,
                peran=peran,
                kode_pemda=kode_pemda,
                rincian={
                    "sumber": "massal",
                    "berkas": [p.name for p in berkas.values()],
                    "baris_baru": hasil.baru,
                    "baris_diganti": hasil.diganti,
                },
                batch_id=batch_id,
            )
            hasil.batch_id = batch_id
        return hasil

    return tulis_atomik(
        Path(db),
        kerja,
        simpan=lambda h: h.ok and h.batch_id is not None,
        berubah=lambda h: set(h.baru) | set(h.diganti),
    )
