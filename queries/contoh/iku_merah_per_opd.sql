-- IKU merah per OPD
-- Berapa IKU (Pemda dan PD) berpredikat Rendah atau Sangat Rendah di tiap OPD pada triwulan terpilih.
-- Satu baris = satu OPD yang punya IKU merah, terbanyak dahulu.
-- @grafik batang x=opd y=jumlah_iku_merah
with
    iku as (
        select
            kode_pemda,
            kode_pd,
            nama_pd,
            kode_indikator,
            kategori_predikat
        from capaian_indikator
        where kode_pemda = $kode_pemda
            and tahun = $tahun
            and periode = $periode
            and jenis in ('IKU_PEMDA', 'IKU_PD')
    ),

    per_opd as (
        select
            kode_pemda,
            kode_pd,
            any_value(nama_pd) as nama_pd,
            count(*) as jumlah_iku_lapor,
            count(*) filter (where kategori_predikat = 'perhatian') as jumlah_iku_merah,
            string_agg(kode_indikator, ', ' order by kode_indikator)
                filter (where kategori_predikat = 'perhatian') as iku_merah
        from iku
        group by kode_pemda, kode_pd
    ),

    final as (
        select
            coalesce(pd.singkatan, p.nama_pd) as opd,
            p.nama_pd,
            p.jumlah_iku_merah,
            p.jumlah_iku_lapor,
            p.iku_merah
        from per_opd as p
        left join perangkat_daerah as pd using (kode_pemda, kode_pd)
        where p.jumlah_iku_merah > 0
        order by p.jumlah_iku_merah desc, opd
    )

select * from final;
