-- Tabel indikator halaman Capaian IKU: setiap IKU terpilih (filter jenis/OPD/sasaran/status) pada satu triwulan,
-- dilaporkan atau belum, dengan target, realisasi, capaian, progres tahunan, tren dan faktor. Satu baris = satu IKU.
with
    final as (
        select
            kode_pemda,
            kode_indikator,
            nama_indikator,
            kode_pd,
            nama_pd,
            singkatan,
            jenis,
            kode_sasaran,
            satuan,
            agregasi,
            polaritas,
            status,
            sudah_lapor,
            belum_lapor,
            triwulan_lapor_terakhir,
            target_sd,
            target_min_sd,
            target_max_sd,
            realisasi_sd,
            capaian_persen,
            predikat,
            warna_predikat,
            keterangan,
            capaian_perlu_diperiksa,
            selisih_tw_lalu,
            selisih_tahun_lalu,
            target_tahunan,
            target_min_tahunan,
            target_max_tahunan,
            progres_tahunan_persen,
            proyeksi_akhir_tahun,
            progres_proyeksi_persen,
            tren_capaian,
            alasan_peringatan,
            faktor_pendorong,
            faktor_penghambat,
            tindak_lanjut
        from capaian_triwulan_nilai($semua_nilai)
        where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and ($jenis = '' or jenis = $jenis)
            and ($kode_pd = '' or kode_pd = $kode_pd)
            and ($kode_sasaran = '' or kode_sasaran = $kode_sasaran)
            and (len($status) = 0 or list_contains($status, status))
        -- Yang belum lapor atau tanpa capaian dahulu, lalu capaian terendah; yang diukur tahunan terakhir.
        order by
            case when status in ('Belum lapor', 'Tanpa capaian') then 0 when predikat is not null then 1 else 2 end,
            capaian_persen asc nulls first,
            nama_pd,
            kode_pemda,
            kode_indikator
    )

-- At most $batas rows (0 = all): the national view lists only the worst (the nation has ~480,000 IKU).
select * from final
limit (case when $batas > 0 then $batas end);
