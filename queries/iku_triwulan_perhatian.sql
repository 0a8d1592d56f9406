-- IKU yang perlu perhatian pada satu triwulan: predikat Rendah ke bawah atau tanpa capaian, terburuk dahulu,
-- dengan faktor penghambat dan tindak lanjutnya. Satu baris = satu IKU.
with
    final as (
        select
            kode_indikator,
            nama_indikator,
            nama_pd,
            satuan,
            target_sd,
            target_min_sd,
            target_max_sd,
            realisasi_sd,
            capaian_persen,
            predikat,
            warna_predikat,
            keterangan,
            faktor_penghambat,
            tindak_lanjut
        from capaian_indikator
        where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and (kategori_predikat = 'perhatian' or capaian_persen is null)
        order by capaian_persen asc nulls first, kode_indikator
    )

select * from final;
