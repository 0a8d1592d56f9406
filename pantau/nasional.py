"""A synthetic national dataset in the import format, for the scale benchmark (issue 10).

    python -m pantau.nasional OUT_DIR [--skala 1.0]

Skala 1.0 is all of Indonesia's regional governments: 38 provinces and 514 kabupaten/kota, 35 OPD
each, 25 indicators per OPD, 40 sub kegiatan per OPD (with their kegiatan and program rows), monthly
jadwal, rencana kas and realisasi, two years (2025 complete, 2026 through TW III): about 49 million
rows. Generated inside DuckDB (range() and hash(), so deterministic and fast) and written with COPY.

Codes (contract v2): every pemda uses the same national codes, as real data does: OPD number o has the
SKPD code `1.OO.0.00.0.00.01.0000` in every pemda, its program `1.OO.02`, kegiatan `1.OO.02.2.KK` and
sub kegiatan `1.OO.02.2.KK.SSSS`, and its indicators `IKU-OO-JJ`; kode_pemda (in every file) tells the
pemda apart. Names are synthetic.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import duckdb

PROVINSI = 38
KAB_KOTA = 514
OPD_PER_PEMDA = 35
IKU_PER_OPD = 25
KEGIATAN_PER_OPD = 4
SUB_PER_KEGIATAN = 10
TAHUN = (2025, 2026)
TW_TERAKHIR = {2025: 4, 2026: 3}


def _u(expr: str, garam: str) -> str:
    """A deterministic pseudo-random number in [0, 1) from an expression (no RNG state)."""
    return f"((hash({expr}, '{garam}') % 1000003) / 1000003.0)"


def bangkitkan(out_dir: Path, skala: float = 1.0) -> dict[str, int]:
    """Write the contract CSV files for a national dataset of the given scale; return rows per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    n_prov = max(1, round(PROVINSI * skala))
    n_kab = max(1, round(KAB_KOTA * skala))
    con = duckdb.connect()
    q = con.execute
    q(f"""
        create table pemda as
        select
            lpad((10 + i)::varchar, 2, '0') as kode_pemda,
            'Provinsi Sintetis ' || (10 + i) as nama_pemda,
            'provinsi' as tingkat,
            null::varchar as kode_induk,
            i as no_pemda
        from range({n_prov}) t(i)
        union all
        select
            lpad((10 + k % {n_prov})::varchar, 2, '0') || '.' || lpad((k // {n_prov} + 1)::varchar, 2, '0'),
            case when k % 5 = 4 then 'Kota Sintetis ' else 'Kabupaten Sintetis ' end
                || (10 + k % {n_prov}) || '.' || (k // {n_prov} + 1),
            case when k % 5 = 4 then 'kota' else 'kabupaten' end,
            lpad((10 + k % {n_prov})::varchar, 2, '0'),
            {n_prov} + k
        from range({n_kab}) t(k)
    """).fetchall()
    q(f"""
        create table pd as
        select
            '1.' || lpad((o + 1)::varchar, 2, '0') || '.0.00.0.00.01.0000' as kode_pd,
            p.kode_pemda,
            'Perangkat Daerah ' || (o + 1) || ' ' || p.nama_pemda as nama_pd,
            'PD' || (o + 1) as singkatan,
            'Kepala ' || (o + 1) as nama_kepala,
            case when {_u("p.kode_pemda || o", "pk")} < 0.95 then date '2026-01-20' + (o % 30)::integer end
                as tanggal_pk,
            p.no_pemda,
            o,
            p.no_pemda * 100 + o as no_pd
        from pemda p, range({OPD_PER_PEMDA}) t(o)
    """).fetchall()
    q(f"""
        create table ind as
        select
            pd.kode_pemda,
            'IKU-' || lpad((pd.o + 1)::varchar, 2, '0') || '-' || lpad(j::varchar, 2, '0') as kode_indikator,
            'Indikator ' || (j + 1) || ' ' || pd.singkatan as nama_indikator,
            'persen' as satuan,
            pd.kode_pd,
            case when pd.o = 0 and j < 5 then 'IKU_PEMDA' else 'IKU_PD' end as jenis,
            case when j % 7 = 3 then 'negatif' else 'positif' end as polaritas,
            case j % 3 when 0 then 'kumulatif' when 1 then 'nilai_akhir' else 'rata_rata' end as agregasi,
            j
        from pd, range({IKU_PER_OPD}) t(j)
    """).fetchall()
    tahun_sql = ", ".join(f"({t}, {TW_TERAKHIR[t]})" for t in TAHUN)
    q(f"""
        create table tgt as
        select
            i.kode_pemda, i.kode_indikator, y.tahun, 'TW' || tw as periode,
            case when i.agregasi = 'kumulatif' then 25.0
                else round(70 + 25 * {_u("i.kode_pemda || i.kode_indikator", "t")}, 2) end
                as target
        from ind i, (values {tahun_sql}) y(tahun, akhir), range(1, 5) t(tw)
    """).fetchall()
    q(f"""
        create table real as
        select
            t.kode_pemda, t.kode_indikator, t.tahun, t.periode,
            round(t.target * (0.55 + 0.55 * {_u("t.kode_pemda || t.kode_indikator || t.tahun || t.periode", "r")}), 2)
                as realisasi
        from tgt t
        join (values {tahun_sql}) y(tahun, akhir) using (tahun)
        where right(t.periode, 1)::integer <= y.akhir
    """).fetchall()
    kode = "'1.' || lpad((pd.o + 1)::varchar, 2, '0') || '.02'"
    q(f"""
        create table keg as
        select pd.kode_pemda, y.tahun, pd.kode_pd, {kode} as kode_kegiatan, 'Program ' || pd.singkatan as nama,
            null::double as pagu, 'IKU-' || lpad((pd.o + 1)::varchar, 2, '0') || '-00' as kode_indikator,
            pd.o % 4 <> 3 as prioritas
        from pd, (values {tahun_sql}) y(tahun, akhir)
        union all
        select pd.kode_pemda, y.tahun, pd.kode_pd, {kode} || '.2.' || lpad((k + 1)::varchar, 2, '0'),
            'Kegiatan ' || (k + 1),
            null, null, pd.o % 4 <> 3
        from pd, (values {tahun_sql}) y(tahun, akhir), range({KEGIATAN_PER_OPD}) t(k)
        union all
        select pd.kode_pemda, y.tahun, pd.kode_pd,
            {kode} || '.2.' || lpad((k + 1)::varchar, 2, '0') || '.' || lpad((s + 1)::varchar, 4, '0'),
            'Sub Kegiatan ' || (k + 1) || '.' || (s + 1),
            round(1e8 + 4.9e9 * power({_u("pd.kode_pemda || pd.kode_pd || k || s || y.tahun", "pagu")}, 3), -3),
            null, pd.o % 4 <> 3
        from pd, (values {tahun_sql}) y(tahun, akhir), range({KEGIATAN_PER_OPD}) t(k), range({SUB_PER_KEGIATAN}) u(s)
    """).fetchall()
    q("create table sub as select * from keg where pagu is not null").fetchall()
    q(f"""
        create table jadwal as
        select kode_pemda, tahun, kode_kegiatan, tahap, mulai as bulan_mulai, selesai as bulan_selesai
        from (
            select s.kode_pemda, s.tahun, s.kode_kegiatan,
                case when {_u("s.kode_pemda || s.kode_kegiatan", "q4")} < 0.1 then 9 else 3 end as mulai_laksana
            from sub s
        ) x, lateral (
            values ('persiapan', 1, mulai_laksana - 1), ('pelaksanaan', mulai_laksana, 11),
                ('pelaporan', 12, 12)
        ) v(tahap, mulai, selesai)
    """).fetchall()
    q("""
        create table kas as
        select s.kode_pemda, s.tahun, s.kode_kegiatan, b as bulan,
            -- December takes the rounding remainder, so the months add up to the pagu exactly
            case when b = 12 then s.pagu - 11 * round(s.pagu / 12, 0) else round(s.pagu / 12, 0) end as nilai
        from sub s, range(1, 13) t(b)
    """).fetchall()
    q(f"""
        create table ra as
        select k.kode_pemda, k.tahun, k.kode_kegiatan, k.bulan,
            round(k.nilai * (0.6 + 0.4 * {_u("k.kode_pemda || k.kode_kegiatan || k.tahun || k.bulan", "ra")}), 0)
                as realisasi,
            least(100, k.bulan * 8.0) as fisik_persen
        from kas k
        join (values {tahun_sql}) y(tahun, akhir) on y.tahun = k.tahun
        where k.bulan <= y.akhir * 3
    """).fetchall()
    keluaran = {
        "pemda": "select kode_pemda, nama_pemda, tingkat, kode_induk from pemda",
        "perangkat_daerah": "select kode_pemda, kode_pd, nama_pd, singkatan, nama_kepala from pd",
        "perjanjian_kinerja": "select kode_pemda, kode_pd, 2026 as tahun, tanggal_pk as tanggal_tanda_tangan, "
        "nama_kepala as nama_penanda_tangan from pd where tanggal_pk is not null",
        "indikator": "select kode_pemda, kode_indikator, nama_indikator, satuan, kode_pd, jenis, polaritas, agregasi "
        "from ind",
        "target": "select * from tgt",
        "realisasi": "select * from real",
        "kegiatan": "select kode_pemda, tahun, kode_pd, kode_kegiatan, nama, pagu, kode_indikator, "
        "case when prioritas then 'ya' else 'tidak' end as prioritas from keg",
        "jadwal": "select * from jadwal",
        "rencana_kas": "select * from kas",
        "realisasi_anggaran": "select * from ra",
    }
    jumlah = {}
    for nama, sql in keluaran.items():
        q(f"copy ({sql}) to '{out_dir / (nama + '.csv')}' (header, delimiter ',')").fetchall()
        jumlah[nama] = con.execute(f"select count(*) from ({sql})").fetchall()[0][0]
    con.close()
    return jumlah


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--skala", type=float, default=1.0)
    args = ap.parse_args()
    mulai = time.perf_counter()
    jumlah = bangkitkan(args.out_dir, args.skala)
    for t, n in jumlah.items():
        print(f"{t:20s} {n:>12,}")
    print(f"{'jumlah':20s} {sum(jumlah.values()):>12,}  ({time.perf_counter() - mulai:.0f} s)")


if __name__ == "__main__":
    main()
