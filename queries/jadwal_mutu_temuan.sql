-- Masalah jadwal sub kegiatan sebuah pemda dalam satu tahun, untuk dibawa ke rapat per OPD ($kode_pd; kosong =
-- semua OPD). Satu baris = sub kegiatan × masalah; galat dahulu, lalu per OPD dan kode.
with
    final as (
        select
            kode_pemda,
            kode_pd,
            nama_pd,
            kode_kegiatan,
            nama,
            pagu,
            masalah,
            tingkat,
            keterangan
        from jadwal_mutu
        where kode_pemda = $kode_pemda and tahun = $tahun and ($kode_pd = '' or kode_pd = $kode_pd)
        order by tingkat = 'peringatan', nama_pd, kode_pemda, kode_pd, kode_kegiatan, urutan_masalah
    )

select * from final;
