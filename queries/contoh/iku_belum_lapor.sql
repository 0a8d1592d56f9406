-- IKU yang belum melaporkan realisasi triwulan ini
-- IKU (Pemda dan PD) yang punya target tahun terpilih tetapi belum punya realisasi pada triwulan terpilih.
-- Satu baris = satu IKU; IKU yang hanya bertarget TAHUNAN biasanya baru melapor di TW4.
-- IKU berfrekuensi tahunan melapor sekali setahun (TW4): tidak dihitung belum lapor di TW1–TW3.
-- @grafik batang x=kode_indikator y=triwulan_lapor_terakhir
with
    iku as (
        select
            i.kode_pemda,
            i.kode_indikator,
            i.nama_indikator,
            i.kode_pd
        from indikator as i
        where i.kode_pemda = $kode_pemda
            and i.jenis in ('IKU_PEMDA', 'IKU_PD')
            and (coalesce(i.frekuensi, 'triwulanan') <> 'tahunan' or $periode = 'TW4')
    ),

    bertarget as (
        select
            kode_pemda,
            kode_indikator,
            bool_and(periode = 'TAHUNAN') as hanya_target_tahunan
        from target
        where kode_pemda = $kode_pemda
            and tahun = $tahun
        group by kode_pemda, kode_indikator
    ),

    lapor as (
        select
            kode_pemda,
            kode_indikator,
            max(triwulan) as triwulan_lapor_terakhir
        from capaian_indikator
        where kode_pemda = $kode_pemda
            and tahun = $tahun
        group by kode_pemda, kode_indikator
    ),

    final as (
        select
            coalesce(pd.singkatan, pd.nama_pd) as opd,
            i.kode_indikator,
            i.nama_indikator,
            b.hanya_target_tahunan,
            l.triwulan_lapor_terakhir
        from iku as i
        join bertarget as b using (kode_pemda, kode_indikator)
        left join lapor as l using (kode_pemda, kode_indikator)
        left join perangkat_daerah as pd using (kode_pemda, kode_pd)
        where not exists (
            select 1
            from realisasi as r
            where r.kode_pemda = i.kode_pemda
                and r.kode_indikator = i.kode_indikator
                and r.tahun = $tahun
                and r.periode = $periode
        )
        order by b.hanya_target_tahunan, opd, i.kode_indikator
    )

select * from final;
