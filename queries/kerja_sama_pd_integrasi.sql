-- Integrasi kerja sama per OPD pengampu: berapa kerja sama (berlaku tahun itu) pada tiap status integrasi, dan
-- porsi yang terintegrasi. Satu baris = satu OPD × status integrasi; OPD dengan porsi terendah lebih dulu.
with
    kerja_sama as (
        select *
        from kerja_sama_integrasi
        where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    per_pd as (
        select
            kode_pemda,
            kode_pd,
            count(*) as jumlah_opd,
            porsi_persen(count(*) filter (where terintegrasi), count(*)) as persen_terintegrasi
        from kerja_sama
        group by kode_pemda, kode_pd
    ),

    final as (
        select
            k.kode_pd,
            any_value(coalesce(k.singkatan, k.nama_pd)) as kelompok,
            any_value(k.nama_pd) as nama_pd,
            k.status_integrasi,
            any_value(k.label_integrasi) as label_integrasi,
            any_value(k.urutan_integrasi) as urutan_integrasi,
            any_value(k.warna_integrasi) as warna_integrasi,
            count(*) as jumlah,
            any_value(p.jumlah_opd) as jumlah_kelompok,
            any_value(p.persen_terintegrasi) as persen_terintegrasi
        from kerja_sama as k
        inner join per_pd as p using (kode_pemda, kode_pd)
        group by k.kode_pemda, k.kode_pd, k.status_integrasi
        order by persen_terintegrasi, kelompok, urutan_integrasi
    )

select * from final;
