-- Serapan anggaran untuk pimpinan (seluruh pemda atau satu OPD) pada akhir triwulan terpilih, atau bulan terakhir
-- yang dilaporkan bila lebih awal, terhadap rencana kas s.d. bulan itu dan target serapan bulan itu (diinterpolasi di
-- antara akhir triwulan: serapan akhir Agustus tidak dibandingkan dengan target akhir September), dan pada akhir
-- triwulan lalu. Satu baris (tidak ada baris bila belum ada realisasi anggaran).
with
    pilihan as (
        select *
        from serapan_anggaran
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd is not distinct from nullif($kode_pd, '')
    ),

    ini as (
        select * from pilihan where bulan = least($triwulan * 3, bulan_terakhir_lapor)
    ),

    -- absorption starts again every year: TW I has no previous quarter to compare with
    tw_lalu as (
        select * from pilihan where $triwulan > 1 and bulan = least(($triwulan - 1) * 3, bulan_terakhir_lapor)
    ),

    final as (
        select
            ini.kode_pemda,
            ini.bulan,
            ini.triwulan,
            ini.pagu,
            ini.realisasi_kumulatif,
            ini.persen_serapan,
            ini.persen_rencana_kas_kumulatif,
            ini.selisih_serapan_rencana_kas,
            ini.target_bawah,
            ini.target_atas,
            ini.target_bawah_triwulan,
            ini.target_atas_triwulan,
            ini.selisih_target_bawah,
            ini.status_target,
            tw_lalu.bulan as bulan_tw_lalu,
            tw_lalu.persen_serapan as persen_serapan_tw_lalu,
            tw_lalu.target_bawah as target_bawah_tw_lalu,
            tw_lalu.target_atas as target_atas_tw_lalu,
            tw_lalu.status_target as status_target_tw_lalu,
            ini.persen_serapan - tw_lalu.persen_serapan as selisih_tw_lalu,
            ini.sumber_anggaran,
            ini.persen_serapan_opd
        from ini
        left join tw_lalu on tw_lalu.kode_pemda = ini.kode_pemda
        where ini.persen_serapan is not null
    )

select * from final;
