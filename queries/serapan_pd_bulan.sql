-- Kurva S satu OPD: rencana kas dan realisasi kumulatif per bulan (% pagu), deviasi bulanan, fisik.
-- Satu baris = bulan 1..12.
with
    final as (
        select *
        from serapan_anggaran
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd = $kode_pd
        order by bulan
    )

select * from final;
