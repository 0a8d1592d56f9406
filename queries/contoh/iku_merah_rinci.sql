-- IKU merah: faktor penghambat dan tindak lanjut
-- IKU yang berpredikat Rendah atau Sangat Rendah pada triwulan terpilih, terburuk dahulu, dengan alasannya.
-- Satu baris = satu IKU; warna batang mengikuti skala predikat (kolom warna_predikat).
-- @grafik batang x=kode_indikator y=capaian_persen warna=predikat
with
    final as (
        select
            kode_indikator,
            nama_indikator,
            nama_pd,
            satuan,
            target_sd,
            realisasi_sd,
            capaian_persen,
            predikat,
            warna_predikat,
            faktor_penghambat,
            tindak_lanjut
        from capaian_indikator
        where kode_pemda = $kode_pemda
            and tahun = $tahun
            and periode = $periode
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and kategori_predikat = 'perhatian'
        order by capaian_persen, kode_indikator
    )

select * from final;
