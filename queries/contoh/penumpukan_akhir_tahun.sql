-- Penumpukan anggaran di akhir tahun per OPD
-- Porsi rencana kas OPD yang jatuh di Oktober–Desember pada tahun terpilih, terbesar dahulu.
-- Satu baris = satu OPD; ditandai = melewati pengaturan ambang_penumpukan_tw4.
-- @grafik batang x=opd y=porsi_kas_tw4 warna=ditandai
with
    final as (
        select
            coalesce(singkatan, nama_pd) as opd,
            nama_pd,
            rencana_kas_tahun,
            rencana_kas_tw4,
            porsi_kas_tw4,
            porsi_kas_desember,
            indeks_penumpukan,
            ditandai
        from pd_penumpukan
        where kode_pemda = $kode_pemda
            and tahun = $tahun
            and kode_pd is not null
        order by porsi_kas_tw4 desc, opd
    )

select * from final;
