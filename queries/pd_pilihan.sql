-- OPD sebuah pemda, untuk pilihan isian (mis. OPD seorang operator). Satu baris = satu OPD, urut kode.
with
    final as (
        select kode_pemda, kode_pd, nama_pd
        from perangkat_daerah
        where kode_pemda = $kode_pemda
        order by kode_pemda, kode_pd
    )

select * from final;
