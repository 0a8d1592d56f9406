-- Perjanjian Kinerja per pemda untuk tahun itu, per tanggal $hari_ini: berapa OPD sudah dan belum menandatangani,
-- dan berapa yang belum padahal batasnya sudah lewat. Satu baris = satu pemda (provinsi dahulu): semua pemda, hanya
-- $hanya_pemda bila diisi (Ringkasan dan bahan rapat membaca satu baris), atau keluarga provinsi $keluarga bila diisi
-- (halaman PK membandingkan sebuah pemda dengan provinsi dan kabupaten/kotanya; '*' semua pemda).
with
    pilihan as (
        select kode_pemda, nama_pemda, tingkat
        from keluarga_pemda(if($keluarga = '', '*', $keluarga))
        where $hanya_pemda = '' or kode_pemda = $hanya_pemda
    ),

    -- the counts per pemda first (one key), then the names: the grouping is on kode_pemda alone
    per_pemda as (
        select
            kode_pemda,
            count(*) as jumlah_opd,
            count(*) filter (where ditandatangani) as jumlah_ditandatangani,
            count(*) filter (where keadaan = 'tepat_waktu') as jumlah_tepat_waktu,
            count(*) filter (where keadaan = 'terlambat') as jumlah_terlambat,
            count(*) filter (where not ditandatangani) as jumlah_belum,
            count(*) filter (where lewat_batas) as jumlah_lewat_batas,
            count(*) filter (where keadaan = 'tidak_tercatat') as jumlah_tidak_tercatat,
            count(*) filter (where ditandatangani is not null) as jumlah_tercatat,
            min(batas_tanda_tangan) as batas_tanda_tangan
        from pk_status_per(cast($hari_ini as date))
        where tahun = $tahun and kode_pemda in (select kode_pemda from pilihan)
        group by kode_pemda
    ),

    final as (
        select
            p.kode_pemda,
            p.nama_pemda,
            p.tingkat,
            coalesce(k.jumlah_opd, 0) as jumlah_opd,
            coalesce(k.jumlah_ditandatangani, 0) as jumlah_ditandatangani,
            coalesce(k.jumlah_tepat_waktu, 0) as jumlah_tepat_waktu,
            coalesce(k.jumlah_terlambat, 0) as jumlah_terlambat,
            coalesce(k.jumlah_belum, 0) as jumlah_belum,
            coalesce(k.jumlah_lewat_batas, 0) as jumlah_lewat_batas,
            coalesce(k.jumlah_tidak_tercatat, 0) as jumlah_tidak_tercatat,
            coalesce(k.jumlah_tercatat, 0) as jumlah_tercatat,
            porsi_persen(k.jumlah_ditandatangani, k.jumlah_tercatat) as persen_ditandatangani,
            k.batas_tanda_tangan
        from pilihan as p
        left join per_pemda as k using (kode_pemda)
        order by p.tingkat <> 'provinsi', p.kode_pemda
    )

select * from final;
