-- Indikator crosscutting sebuah pemda pada tahun itu: IKU yang dilayani dua kontributor atau lebih (OPD lewat sub
-- kegiatan, kabupaten/kota lewat indikator yang sama), dengan setiap kontributornya. Satu baris = IKU × kontributor.
with
    final as (
        select
            kode_indikator,
            nama_indikator,
            jenis,
            nama_pd,
            jumlah_kontributor,
            jenis_kontributor,
            kode_kontributor,
            nama_kontributor,
            singkatan_kontributor,
            penanggung_jawab,
            jumlah_sub_kegiatan,
            pagu,
            realisasi,
            porsi_persen(realisasi, pagu) as serapan_persen,
            kode_indikator_kontributor,
            periode_terakhir,
            realisasi_sd,
            capaian_persen,
            predikat,
            warna_predikat
        from kontribusi_lintas_sektor
        where kode_pemda = $kode_pemda and tahun = $tahun and jumlah_kontributor >= 2
        order by
            jenis <> 'IKU_PEMDA',
            jumlah_kontributor desc,
            kode_indikator,
            jenis_kontributor,
            penanggung_jawab desc,
            pagu desc nulls last,
            kode_kontributor
    )

select * from final;
