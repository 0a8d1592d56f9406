-- Progres fisik dan keuangan per OPD pada akhir triwulan terpilih (atau bulan terakhir yang dilaporkan
-- bila lebih awal). Satu baris = OPD; serapan terendah dahulu.
with
    final as (
        select
            kode_pemda,
            kode_pd,
            nama_pd,
            coalesce(singkatan, nama_pd) || case when $kode_pemda = '*' then ' · ' || kode_pemda else '' end as label_pd,
            bulan,
            pagu,
            rencana_kas_kumulatif,
            realisasi_kumulatif,
            persen_rencana_kas_kumulatif,
            persen_serapan,
            fisik_persen,
            selisih_fisik_keuangan,
            deviasi_kumulatif,
            target_bawah,
            target_atas,
            status_target,
            sumber_anggaran,
            persen_serapan_opd
        from serapan_anggaran
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd is not null
            and bulan = least($triwulan * 3, bulan_terakhir_lapor)
        order by persen_serapan, kode_pemda, kode_pd
    )

select * from final;
