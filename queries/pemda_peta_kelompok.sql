-- Indikator bersama yang dapat dipetakan di wilayah pemda terpilih (provinsi induk dan kabupaten/kotanya) atau di
-- seluruh pemda ($kode_pemda = '*'): kode_referensi atau nama yang sama di dua pemda atau lebih. Satu baris = satu kelompok.
with
    wilayah as (
        select kode_pemda
        from keluarga_pemda($kode_pemda)
    ),

    final as (
        select
            kelompok,
            any_value(nama_kelompok) as nama_kelompok,
            any_value(dasar_perbandingan) as dasar_perbandingan,
            count(distinct kode_pemda) as jumlah_pemda
        from perbandingan_pemda
        where kode_pemda in (select kode_pemda from wilayah)
        group by kelompok
        having count(distinct kode_pemda) >= 2
        order by dasar_perbandingan, nama_kelompok
    )

select * from final;
