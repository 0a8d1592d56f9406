-- Kurva S seluruh pemda: rencana kas dan realisasi kumulatif per bulan (% pagu), deviasi bulanan, fisik.
-- Satu baris = bulan 1..12.
with
    final as (
        select *
        from serapan_anggaran
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd is null
        order by bulan
    )

select * from final;
