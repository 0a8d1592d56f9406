-- Tindak lanjut sebuah pemda per tanggal $hari_ini: yang diputuskan dalam tahun terpilih dan yang masih terbuka
-- dari tahun sebelumnya (filter keadaan/OPD/rapat). Satu baris = satu tindak lanjut; lewat batas terlama dahulu.
with
    final as (
        select
            kode_tindak_lanjut,
            uraian,
            kode_pd,
            nama_pd,
            label_pd,
            batas_waktu,
            status,
            keadaan,
            label_keadaan,
            warna_keadaan,
            terbuka,
            lewat_batas,
            hari_lewat_batas,
            sisa_hari,
            rapat,
            tanggal_rapat,
            kode_indikator,
            nama_indikator,
            kode_unggulan,
            nama_unggulan,
            kode_kegiatan,
            nama_kegiatan,
            penanggung_jawab,
            hasil,
            tanggal_selesai,
            selesai_tepat_waktu,
            tahun_rapat < $tahun as dibawa_dari_tahun_lalu
        from tindak_lanjut_per(cast($hari_ini as date))
        where kode_pemda = $kode_pemda
            and (tahun_rapat = $tahun or tahun_rapat is null or (terbuka and tahun_rapat < $tahun))
            and (len($keadaan) = 0 or list_contains($keadaan, keadaan))
            and ($kode_pd = '' or kode_pd = $kode_pd)
            and ($rapat = '' or rapat = $rapat)
        order by
            urutan_keadaan,
            hari_lewat_batas desc nulls last,
            batas_waktu asc nulls last,
            tanggal_selesai desc nulls last,
            kode_tindak_lanjut
    )

select * from final;
