-- Serapan anggaran pemda per bulan
-- Rencana kas dan realisasi seluruh OPD pemda tiap bulan pada tahun terpilih, dan serapan kumulatifnya (% pagu).
-- Satu baris = satu bulan yang sudah dilaporkan.
-- @grafik batang x=bulan y=realisasi
with
    final as (
        select
            bulan,
            rencana_kas,
            realisasi,
            realisasi_kumulatif,
            persen_rencana_kas_kumulatif,
            persen_serapan,
            status_target
        from serapan_anggaran
        where kode_pemda = $kode_pemda
            and tahun = $tahun
            and kode_pd is null
            and realisasi is not null
        order by bulan
    )

select * from final;
