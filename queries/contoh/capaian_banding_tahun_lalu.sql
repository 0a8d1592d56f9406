-- Capaian IKU dibanding triwulan yang sama tahun lalu
-- IKU yang punya capaian pada triwulan terpilih tahun ini dan tahun lalu: naik atau turun berapa poin.
-- Satu baris = satu IKU, penurunan terbesar dahulu; titik di bawah diagonal berarti capaian turun.
-- @grafik titik x=capaian_tahun_lalu y=capaian_persen warna=jenis
with
    final as (
        select
            kode_indikator,
            nama_indikator,
            coalesce(singkatan, nama_pd) as opd,
            jenis,
            capaian_tahun_lalu,
            capaian_persen,
            selisih_tahun_lalu,
            status
        from capaian_triwulan
        where kode_pemda = $kode_pemda
            and tahun = $tahun
            and triwulan = $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and capaian_persen is not null
            and capaian_tahun_lalu is not null
        order by selisih_tahun_lalu, kode_indikator
    )

select * from final;
