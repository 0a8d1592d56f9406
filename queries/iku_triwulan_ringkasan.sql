-- Angka utama IKU sebuah pemda pada satu triwulan, menurut filter jenis/OPD/sasaran: jumlah, wajib lapor, melapor
-- (cakupan), rata-rata capaian atas SEMUA IKU wajib lapor (kolom capaian_rata_rata: dibatasi, yang belum pernah
-- melapor = 0) dan perubahannya terhadap TW lalu dan tahun lalu. Satu baris.
with
    pilihan as (
        select *
        from capaian_triwulan_nilai($semua_nilai)
        where kode_pemda = $kode_pemda
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and ($jenis = '' or jenis = $jenis)
            and ($kode_pd = '' or kode_pd = $kode_pd)
            and ($kode_sasaran = '' or kode_sasaran = $kode_sasaran)
    ),

    per_triwulan as (
        select
            tahun,
            triwulan,
            count(*) as jumlah_iku,
            count(*) filter (where wajib_lapor) as jumlah_wajib_lapor,
            count(*) filter (where wajib_lapor and sudah_lapor) as jumlah_lapor,
            count(*) filter (where belum_lapor) as jumlah_belum_lapor,
            count(*) filter (where diukur_tahunan and not wajib_lapor) as jumlah_diukur_tahunan,
            count(capaian_persen) filter (where wajib_lapor) as jumlah_capaian,
            avg(capaian_rata_rata) as rata_rata_capaian,
            count(*) filter (where wajib_lapor and kategori_predikat = 'baik') as jumlah_baik,
            count(*) filter (where wajib_lapor and kategori_predikat = 'perhatian') as jumlah_perlu_perhatian,
            count(*) filter (where peringatan and not belum_lapor) as jumlah_peringatan,
            count(*) filter (where capaian_perlu_diperiksa) as jumlah_perlu_diperiksa,
            any_value(ambang_peringatan_capaian) as ambang_peringatan_capaian,
            any_value(ambang_proyeksi_tahunan) as ambang_proyeksi_tahunan
        from pilihan
        group by tahun, triwulan
    ),

    ini as (
        select * from per_triwulan where tahun = $tahun and triwulan = $triwulan
    ),

    tw_lalu as (
        select * from per_triwulan
        where (tahun = $tahun and triwulan = $triwulan - 1) or ($triwulan = 1 and tahun = $tahun - 1 and triwulan = 4)
    ),

    tahun_lalu as (
        select * from per_triwulan where tahun = $tahun - 1 and triwulan = $triwulan
    ),

    final as (
        select
            coalesce(ini.jumlah_iku, 0) as jumlah_iku,
            coalesce(ini.jumlah_wajib_lapor, 0) as jumlah_wajib_lapor,
            coalesce(ini.jumlah_lapor, 0) as jumlah_lapor,
            teks_cakupan(coalesce(ini.jumlah_lapor, 0), coalesce(ini.jumlah_wajib_lapor, 0), $triwulan) as cakupan,
            coalesce(ini.jumlah_belum_lapor, 0) as jumlah_belum_lapor,
            coalesce(ini.jumlah_diukur_tahunan, 0) as jumlah_diukur_tahunan,
            coalesce(ini.jumlah_capaian, 0) as jumlah_capaian,
            coalesce(ini.jumlah_baik, 0) as jumlah_baik,
            coalesce(ini.jumlah_perlu_perhatian, 0) as jumlah_perlu_perhatian,
            coalesce(ini.jumlah_peringatan, 0) as jumlah_peringatan,
            coalesce(ini.jumlah_perlu_diperiksa, 0) as jumlah_perlu_diperiksa,
            ini.rata_rata_capaian,
            tw_lalu.rata_rata_capaian as rata_rata_tw_lalu,
            tahun_lalu.rata_rata_capaian as rata_rata_tahun_lalu,
            ini.rata_rata_capaian - tw_lalu.rata_rata_capaian as selisih_tw_lalu,
            ini.rata_rata_capaian - tahun_lalu.rata_rata_capaian as selisih_tahun_lalu,
            (select nilai from pengaturan where kunci = 'batas_capaian_rata_rata') as batas_capaian_rata_rata,
            (select nilai from pengaturan where kunci = 'ambang_peringatan_capaian') as ambang_peringatan_capaian,
            (select nilai from pengaturan where kunci = 'ambang_proyeksi_tahunan') as ambang_proyeksi_tahunan
        from (select 1) as satu
        left join ini on true
        left join tw_lalu on true
        left join tahun_lalu on true
    )

select * from final;
