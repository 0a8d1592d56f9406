-- Indikator yang sama di beberapa pemda sekeluarga (provinsi induk dan kabupaten/kotanya) dari pemda terpilih,
-- yang dapat dibandingkan: kode_referensi yang sama atau nama yang sama. Satu baris = satu kelompok indikator.
with
    keluarga as (
        select kode_pemda
        from keluarga_pemda($kode_pemda)
    ),

    final as (
        select
            kelompok,
            any_value(nama_kelompok) as nama_kelompok,
            any_value(dasar_perbandingan) as dasar_perbandingan,
            any_value(satuan) as satuan,
            count(distinct kode_pemda) as jumlah_pemda,
            max(tahun) as tahun_terakhir
        from perbandingan_pemda
        where kode_pemda in (select kode_pemda from keluarga)
        group by kelompok
        having count(distinct kode_pemda) >= 2
        order by dasar_perbandingan, nama_kelompok
    )

select * from final;
