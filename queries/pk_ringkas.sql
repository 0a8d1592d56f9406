-- Perjanjian Kinerja per pemda untuk tahun itu, per tanggal $hari_ini: berapa OPD sudah dan belum menandatangani,
-- dan berapa yang belum padahal batasnya sudah lewat. Satu baris = satu pemda (provinsi dahulu): semua pemda, hanya
-- $hanya_pemda bila diisi (Ringkasan dan bahan rapat membaca satu baris), atau keluarga provinsi $keluarga bila diisi
-- (halaman PK membandingkan sebuah pemda dengan provinsi dan kabupaten/kotanya; '*' semua pemda).
with
    pilihan as (
        select kode_pemda, nama_pemda, tingkat
        from pemda
        where ($hanya_pemda = '' or kode_pemda = $hanya_pemda)
            and ($keluarga = '' or kode_pemda in (select kode_pemda from keluarga_pemda($keluarga)))
    ),

    pk as (
        select *
        from pk_status_per(cast($hari_ini as date))
        where tahun = $tahun and kode_pemda in (select kode_pemda from pilihan)
    ),

    final as (
        select
            p.kode_pemda,
            p.nama_pemda,
            p.tingkat,
            count(pk.kode_pd) as jumlah_opd,
            count(pk.kode_pd) filter (where pk.ditandatangani) as jumlah_ditandatangani,
            count(pk.kode_pd) filter (where pk.keadaan = 'tepat_waktu') as jumlah_tepat_waktu,
            count(pk.kode_pd) filter (where pk.keadaan = 'terlambat') as jumlah_terlambat,
            count(pk.kode_pd) filter (where not pk.ditandatangani) as jumlah_belum,
            count(pk.kode_pd) filter (where pk.lewat_batas) as jumlah_lewat_batas,
            count(pk.kode_pd) filter (where pk.keadaan = 'tidak_tercatat') as jumlah_tidak_tercatat,
            count(pk.kode_pd) filter (where pk.ditandatangani is not null) as jumlah_tercatat,
            porsi_persen(
                count(pk.kode_pd) filter (where pk.ditandatangani),
                count(pk.kode_pd) filter (where pk.ditandatangani is not null)
            ) as persen_ditandatangani,
            min(pk.batas_tanda_tangan) as batas_tanda_tangan
        from pilihan as p
        left join pk using (kode_pemda)
        group by p.kode_pemda, p.nama_pemda, p.tingkat
        order by p.tingkat <> 'provinsi', p.kode_pemda
    )

select * from final;
