-- Yang dijanjikan pada setiap rapat sebuah pemda dan nasibnya per tanggal $hari_ini: rapat dalam tahun terpilih
-- dan rapat sebelumnya yang masih punya tindak lanjut terbuka. Satu baris = satu rapat, terbaru dahulu.
with
    final as (
        select
            rapat,
            tanggal_rapat,
            jumlah,
            jumlah_selesai,
            jumlah_selesai_tepat_waktu,
            jumlah_terbuka,
            jumlah_lewat_batas,
            jumlah_batal,
            persen_selesai,
            rapat_lalu
        from rapat_tindak_lanjut_per(cast($hari_ini as date))
        where kode_pemda = $kode_pemda
            and (
                year(tanggal_rapat) = $tahun or tanggal_rapat is null
                or (year(tanggal_rapat) < $tahun and jumlah_terbuka > 0)
            )
        order by tanggal_rapat desc nulls last, rapat
    )

select * from final;
