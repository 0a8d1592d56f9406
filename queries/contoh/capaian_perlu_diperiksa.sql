-- Capaian sangat tinggi: kemungkinan salah data
-- Capaian di atas pengaturan ambang_capaian_tinggi pada semua tahun dan triwulan, tertinggi dahulu.
-- Satu baris = satu indikator × tahun × triwulan yang perlu diperiksa ke OPD-nya.
-- @grafik batang x=kode_periode y=capaian_persen
with
    final as (
        select
            kode_indikator || ' ' || periode || ' ' || tahun as kode_periode,
            kode_indikator,
            nama_indikator,
            nama_pd,
            tahun,
            periode,
            target_sd,
            realisasi_triwulan,
            realisasi_sd,
            capaian_persen
        from capaian_indikator
        where kode_pemda = $kode_pemda
            and capaian_perlu_diperiksa
        order by capaian_persen desc
    )

select * from final;
