-- Satu indikator bersama ($kelompok) di setiap pemda sekeluarga, setiap tahun dan triwulan yang dilaporkan:
-- target dan realisasi s.d. triwulan, untuk grafik kecil per pemda. Satu baris = satu pemda × tahun × triwulan.
with
    keluarga as (
        select kode_pemda, tingkat
        from keluarga_pemda($kode_pemda)
    ),

    final as (
        select
            b.kode_pemda,
            b.nama_pemda,
            b.kode_pemda = $kode_pemda as terpilih,
            b.kode_indikator,
            b.satuan,
            b.polaritas,
            b.tahun,
            b.triwulan,
            b.periode,
            b.tahun || ' ' || b.periode as label_periode,
            b.target_sd,
            b.target_min_sd,
            b.target_max_sd,
            b.realisasi_sd,
            b.capaian_persen,
            b.predikat,
            b.warna_predikat
        from perbandingan_pemda as b
        inner join keluarga as k using (kode_pemda)
        where b.kelompok = $kelompok
        order by k.tingkat <> 'provinsi', b.kode_pemda, b.tahun, b.triwulan
    )

select * from final;
