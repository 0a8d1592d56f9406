-- Serapan anggaran OPD terhadap target triwulan
-- Serapan (% pagu) tiap OPD pada akhir triwulan terpilih dibanding rentang target serapan, terendah dahulu.
-- Satu baris = satu OPD; bulan = bulan terakhir triwulan itu.
-- @grafik batang x=opd y=persen_serapan warna=status_target
with
    final as (
        select
            coalesce(singkatan, nama_pd) as opd,
            nama_pd,
            bulan,
            pagu,
            realisasi_kumulatif,
            persen_serapan,
            target_bawah,
            target_atas,
            status_target
        from serapan_anggaran
        where kode_pemda = $kode_pemda
            and tahun = $tahun
            and bulan = $triwulan * 3
            and kode_pd is not null
        order by persen_serapan nulls first, opd
    )

select * from final;
