-- Setiap kerja sama sebuah pemda yang berlaku pada tahun itu, per tanggal $hari_ini: yang belum terintegrasi
-- lebih dulu, lalu yang segera berakhir, lalu menurut tanggal berakhir. Satu baris = satu kerja sama.
with
    final as (
        select
            nomor,
            judul,
            mitra,
            kategori,
            label_kategori,
            jenis_naskah,
            nomor_mitra,
            kode_pd,
            nama_pd,
            singkatan,
            tanggal_mulai,
            tanggal_berakhir,
            masa,
            label_masa,
            warna_masa,
            sisa_hari,
            masuk_perencanaan,
            masuk_anggaran,
            persetujuan_dprd,
            status_integrasi,
            label_integrasi,
            warna_integrasi,
            terintegrasi,
            kode_kegiatan,
            jumlah_sub_kegiatan,
            jumlah_kode_tidak_ditemukan,
            pagu,
            realisasi,
            serapan_persen,
            dianggarkan_tanpa_pagu,
            tanpa_persetujuan_dprd,
            perlu_perhatian,
            -- what the meeting asks of the OPD, most pressing first
            concat_ws(
                '; ',
                case status_integrasi
                    when 'belum_direncanakan' then 'Masukkan ke RKPD/Renja dan usulkan anggarannya'
                    when 'belum_dianggarkan' then 'Usulkan anggarannya di DPA'
                end,
                case when dianggarkan_tanpa_pagu then 'Rujuk sub kegiatan yang mendanainya' end,
                case when jumlah_kode_tidak_ditemukan > 0 then 'Periksa kode kegiatan: tidak ada di DPA tahun ini' end,
                case when masa = 'segera_berakhir' then 'Putuskan perpanjangan sebelum berakhir' end,
                case when tanpa_persetujuan_dprd then 'Mintakan persetujuan DPRD' end
            ) as tindakan
        from kerja_sama_per(cast($hari_ini as date))
        where kode_pemda = $kode_pemda and tahun = $tahun
        order by
            urutan_integrasi,
            masa <> 'segera_berakhir',
            tanggal_berakhir nulls last,
            nomor
    )

select * from final;
