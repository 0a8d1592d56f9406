-- Penumpukan akhir tahun per OPD: porsi rencana kas, pelaksanaan (jumlah) dan pelaksanaan berbobot pagu di TW IV dan
-- Desember, indeks, tanda.
-- Satu baris = OPD, terburuk dahulu (indeks penumpukan, lalu porsi rencana kas Desember).
with
    final as (
        select
            kode_pemda,
            kode_pd,
            nama_pd,
            coalesce(singkatan, nama_pd) || case when $kode_pemda = '*' then ' · ' || kode_pemda else '' end as label_pd,
            rencana_kas_tahun,
            porsi_kas_tw4,
            porsi_kas_desember,
            bulan_kas_terbesar,
            porsi_pelaksanaan_tw4,
            porsi_pelaksanaan_desember,
            porsi_pagu_tw4,
            porsi_pagu_desember,
            porsi_tw4_terbesar,
            porsi_merata_tw4,
            porsi_merata_desember,
            indeks_penumpukan,
            ambang_persen,
            ditandai,
            penyebab,
            sumber_rencana_kas
        from pd_penumpukan
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd is not null
        order by indeks_penumpukan desc nulls last, porsi_kas_desember desc nulls last, kode_pemda, kode_pd
    )

select * from final;
