-- Peta panas: berapa sub kegiatan setiap OPD sedang dalam tahap pelaksanaan pada tiap bulan (dan pagunya).
-- Satu baris = OPD × bulan; OPD berurutan menurut indeks penumpukan, terburuk dahulu.
with
    urutan as (
        select kode_pemda, kode_pd, indeks_penumpukan
        from pd_penumpukan
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd is not null
    ),

    final as (
        select
            d.kode_pemda,
            d.kode_pd,
            d.nama_pd,
            coalesce(d.singkatan, d.nama_pd) || case when $kode_pemda = '*' then ' · ' || d.kode_pemda else '' end
                as label_pd,
            d.bulan,
            d.jumlah_kegiatan,
            d.bobot_pagu,
            u.indeks_penumpukan
        from pd_bulan_distribusi as d
        left join urutan as u on u.kode_pemda = d.kode_pemda and u.kode_pd = d.kode_pd
        where d.kode_pemda = $kode_pemda and d.tahun = $tahun and d.tahap = 'pelaksanaan'
        order by u.indeks_penumpukan desc nulls last, d.kode_pemda, d.kode_pd, d.bulan
    )

select * from final;
