-- Angka utama kerja sama daerah sebuah pemda yang berlaku pada tahun itu, per tanggal $hari_ini: berapa yang
-- terintegrasi ke perencanaan dan anggaran, yang belum, yang segera berakhir. Satu baris.
with
    kerja_sama as (
        select *
        from kerja_sama_per(cast($hari_ini as date))
        where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    final as (
        select
            count(*) as jumlah,
            count(*) filter (where terintegrasi) as jumlah_terintegrasi,
            porsi_persen(count(*) filter (where terintegrasi), count(*)) as persen_terintegrasi,
            count(*) filter (where status_integrasi = 'belum_direncanakan') as jumlah_belum_direncanakan,
            count(*) filter (where status_integrasi = 'belum_dianggarkan') as jumlah_belum_dianggarkan,
            count(*) filter (where masa = 'segera_berakhir') as jumlah_segera_berakhir,
            count(*) filter (where masa = 'berakhir') as jumlah_berakhir,
            count(*) filter (where tanpa_persetujuan_dprd) as jumlah_tanpa_persetujuan_dprd,
            count(*) filter (where dianggarkan_tanpa_pagu) as jumlah_dianggarkan_tanpa_pagu,
            sum(pagu) as pagu,
            sum(realisasi) as realisasi,
            (select nilai from pengaturan where kunci = 'kerja_sama_bulan_segera_berakhir') as bulan_segera_berakhir
        from kerja_sama
    )

select * from final;
