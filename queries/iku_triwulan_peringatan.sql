-- Peringatan dini satu triwulan untuk IKU yang sudah melapor (filter jenis/OPD/sasaran): capaian di bawah ambang,
-- proyeksi di bawah target, capaian tak terhitung atau sangat tinggi. Satu baris = satu IKU, terburuk dahulu.
with
    final as (
        select
            kode_pemda,
            kode_indikator,
            nama_indikator,
            nama_pd,
            singkatan,
            satuan,
            agregasi,
            status,
            warna_predikat,
            target_sd,
            target_min_sd,
            target_max_sd,
            realisasi_sd,
            capaian_persen,
            target_tahunan,
            proyeksi_akhir_tahun,
            progres_proyeksi_persen,
            capaian_rendah,
            proyeksi_kurang,
            tanpa_capaian,
            capaian_perlu_diperiksa,
            alasan_peringatan,
            keterangan,
            faktor_penghambat,
            tindak_lanjut
        from capaian_triwulan_nilai($semua_nilai)
        where peringatan and kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
            and not belum_lapor
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and ($jenis = '' or jenis = $jenis)
            and ($kode_sasaran = '' or kode_sasaran = $kode_sasaran)
            and ($kode_pd = '' or kode_pd = $kode_pd)
        order by
            capaian_rendah desc,
            capaian_persen asc nulls first,
            progres_proyeksi_persen asc nulls last,
            kode_pemda,
            kode_indikator
    )

-- At most $batas rows (0 = all): the national view lists only the worst (the nation has ~480,000 IKU).
select * from final
limit (case when $batas > 0 then $batas end);
