-- Integrasi kerja sama per kategori mitra (antardaerah, pihak ketiga, luar negeri): berapa kerja sama (berlaku
-- tahun itu) pada tiap status integrasi, dan porsi yang terintegrasi. Satu baris = satu kategori × status.
with
    kerja_sama as (
        select *
        from kerja_sama_integrasi
        where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    per_kategori as (
        select
            label_kategori,
            count(*) as jumlah_kategori,
            porsi_persen(count(*) filter (where terintegrasi), count(*)) as persen_terintegrasi
        from kerja_sama
        group by label_kategori
    ),

    final as (
        select
            k.label_kategori as kelompok,
            k.status_integrasi,
            any_value(k.label_integrasi) as label_integrasi,
            any_value(k.urutan_integrasi) as urutan_integrasi,
            any_value(k.warna_integrasi) as warna_integrasi,
            count(*) as jumlah,
            any_value(p.jumlah_kategori) as jumlah_kelompok,
            any_value(p.persen_terintegrasi) as persen_terintegrasi
        from kerja_sama as k
        inner join per_kategori as p using (label_kategori)
        group by k.label_kategori, k.status_integrasi
        order by persen_terintegrasi, kelompok, urutan_integrasi
    )

select * from final;
