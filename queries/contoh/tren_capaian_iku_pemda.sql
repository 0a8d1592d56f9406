-- Tren capaian IKU Pemda per triwulan
-- Capaian s.d. triwulan setiap IKU Pemda di semua tahun yang ada, untuk melihat arah geraknya.
-- Satu baris = satu IKU Pemda × tahun × triwulan yang punya realisasi.
-- @grafik garis x=periode_tahun y=capaian_persen warna=nama_indikator
with
    final as (
        select
            periode || ' ' || tahun as periode_tahun,
            tahun,
            triwulan,
            kode_indikator,
            nama_indikator,
            capaian_persen,
            predikat
        from capaian_indikator
        where kode_pemda = $kode_pemda
            and jenis = 'IKU_PEMDA'
        order by tahun, triwulan, kode_indikator
    )

select * from final;
