-- Angka utama tindak lanjut sebuah pemda per tanggal $hari_ini (seluruh pemda atau satu OPD): yang diputuskan
-- dalam tahun terpilih dan yang masih terbuka dari tahun sebelumnya, menurut keadaannya. Satu baris.
with
    pilihan as (
        select *
        from tindak_lanjut_per(cast($hari_ini as date))
        where kode_pemda = $kode_pemda
            and (tahun_rapat = $tahun or tahun_rapat is null or (terbuka and tahun_rapat < $tahun))
            and ($kode_pd = '' or kode_pd = $kode_pd)
    ),

    final as (
        select
            count(*) as jumlah,
            count(*) filter (where terbuka) as jumlah_terbuka,
            count(*) filter (where lewat_batas) as jumlah_lewat_batas,
            count(*) filter (where keadaan = 'segera_jatuh_tempo') as jumlah_segera_jatuh_tempo,
            count(*) filter (where keadaan = 'selesai') as jumlah_selesai,
            count(*) filter (where selesai_tepat_waktu) as jumlah_selesai_tepat_waktu,
            count(*) filter (where keadaan = 'batal') as jumlah_batal,
            count(*) filter (where keadaan <> 'batal') as jumlah_berlaku,
            persen_dari(count(*) filter (where keadaan = 'selesai'), count(*) filter (where keadaan <> 'batal'))
                as persen_selesai,
            max(hari_lewat_batas) as hari_lewat_batas_terlama,
            (select nilai from pengaturan where kunci = 'tindak_lanjut_hari_jatuh_tempo') as hari_jatuh_tempo,
            cast($hari_ini as date) as per_tanggal
        from pilihan
    )

select * from final;
