"""Consistency checks real budget files need, run on the data as it will be (after writing, before commit):
warnings that never block, each naming the sub kegiatan or OPD.

- rencana kas over 12 months ≠ pagu, with the difference and a likely cause (all months zero, ×100 or ×1000);
- absorption above 100 % of pagu (realisation up to the last month reported greater than pagu).

A cumulative realisation that falls, a month reported twice and subtotal columns that disagree with their months
are caught earlier: by `validasi` (errors) and by the layout readers (`pantau.importer.tata_letak`).
"""

from __future__ import annotations

import duckdb

from pantau.format import rupiah_penuh
from pantau.importer.tata_letak.bulanan import cek_pagu_kas
from pantau.temuan import Temuan, peringatan


def _persen(x: float) -> str:
    return f"{x:.1f}".replace(".", ",") + " %"


def periksa_anggaran(con: duckdb.DuckDBPyConnection, batch_id: int) -> list[Temuan]:
    temuan: list[Temuan] = []
    rows = con.execute(
        """
        with b as (select distinct kode_pemda, tahun, kode_kegiatan from rencana_kas where batch_id = ?)
        select k.kode_pemda, k.tahun, k.kode_kegiatan, sum(k.nilai), any_value(g.pagu), count(*)
        from b
        join rencana_kas k using (kode_pemda, tahun, kode_kegiatan)
        join kegiatan g on g.kode_pemda = k.kode_pemda and g.tahun = k.tahun and g.kode_kegiatan = k.kode_kegiatan
        where g.pagu is not null
        group by all order by all
        """,
        [batch_id],
    ).fetchall()
    for _pemda, tahun, kode, kas, pagu, bulan in rows:
        # a plan of fewer than 12 months is not complete yet: only a sum above pagu says something then
        sebab = cek_pagu_kas(float(kas), float(pagu)) if bulan == 12 or kas > pagu + 1 else None
        if sebab:
            temuan.append(
                peringatan(
                    f"Rencana kas 12 bulan sub kegiatan {kode} ({tahun}) = {rupiah_penuh(kas)} tidak sama dengan "
                    f"pagunya {rupiah_penuh(pagu)}: {sebab}.",
                    kolom="rencana_kas",
                    nilai=kode,
                )
            )
    rows = con.execute(
        """
        with b as (select distinct kode_pemda, tahun, kode_kegiatan from realisasi_anggaran where batch_id = ?),
        r as (
            select a.kode_pemda, a.tahun, a.kode_kegiatan,
                coalesce(max(a.realisasi_kumulatif), sum(a.realisasi)) as realisasi
            from b join realisasi_anggaran a using (kode_pemda, tahun, kode_kegiatan)
            group by all
        )
        select r.tahun, r.kode_kegiatan, r.realisasi, g.pagu
        from r join kegiatan g on g.kode_pemda = r.kode_pemda and g.tahun = r.tahun and g.kode_kegiatan = r.kode_kegiatan
        where g.pagu > 0 and r.realisasi > g.pagu + 1
        order by all
        """,
        [batch_id],
    ).fetchall()
    for tahun, kode, real, pagu in rows:
        temuan.append(
            peringatan(
                f"Serapan sub kegiatan {kode} ({tahun}) {_persen(real / pagu * 100)} dari pagu: realisasi "
                f"{rupiah_penuh(real)} melebihi pagu {rupiah_penuh(pagu)}.",
                kolom="realisasi",
                nilai=kode,
            )
        )
    rows = con.execute(
        """
        with b as (select distinct kode_pemda, tahun, kode_pd, kelompok from anggaran_opd where batch_id = ?),
        g as (
            select a.kode_pemda, a.tahun, a.kode_pd, a.kelompok,
                sum(a.rencana_kas) as kas,
                count(a.rencana_kas) as bulan_kas,
                arg_max(a.pagu, a.bulan) filter (where a.pagu is not null) as pagu,
                coalesce(max(a.realisasi_kumulatif), sum(a.realisasi)) as realisasi
            from b join anggaran_opd a using (kode_pemda, tahun, kode_pd, kelompok)
            group by all
        )
        select tahun, kode_pd, kelompok, kas, bulan_kas, pagu, realisasi from g order by all
        """,
        [batch_id],
    ).fetchall()
    for tahun, kode_pd, kelompok, kas, bulan_kas, pagu, real in rows:
        nama = f"OPD {kode_pd} kelompok {kelompok} ({tahun})"
        if pagu and bulan_kas == 12:
            sebab = cek_pagu_kas(float(kas), float(pagu))
            if sebab:
                temuan.append(
                    peringatan(
                        f"Rencana kas 12 bulan {nama} = {rupiah_penuh(kas)} tidak sama dengan pagu "
                        f"{rupiah_penuh(pagu)}: {sebab}.",
                        kolom="rencana_kas",
                        nilai=kode_pd,
                    )
                )
        elif bulan_kas == 12 and not kas:
            temuan.append(peringatan(f"Rencana kas 12 bulan {nama} semuanya nol.", kolom="rencana_kas", nilai=kode_pd))
        batas = pagu if pagu else (kas if bulan_kas == 12 else None)
        if batas and real is not None and real > batas + 1:
            temuan.append(
                peringatan(
                    f"Serapan {nama} {_persen(real / batas * 100)} dari pagu: realisasi {rupiah_penuh(real)} melebihi "
                    f"{'pagu' if pagu else 'rencana kas setahun'} {rupiah_penuh(batas)}.",
                    kolom="realisasi",
                    nilai=kode_pd,
                )
            )
    return temuan
