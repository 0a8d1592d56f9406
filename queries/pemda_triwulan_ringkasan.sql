-- Angka utama IKU sebuah pemda pada satu triwulan (semua IKU), dengan perubahan terhadap triwulan lalu
-- dan triwulan yang sama tahun lalu: rata-rata atas SEMUA IKU wajib lapor (capaian_rata_rata) dan cakupannya.
-- Satu baris.
with
    per_triwulan as (
        select
            tahun,
            triwulan,
            count(*) filter (where wajib_lapor) as jumlah_wajib_lapor,
            count(*) filter (where wajib_lapor and sudah_lapor) as jumlah_lapor,
            count(*) filter (where belum_lapor) as jumlah_belum_lapor,
            count(capaian_persen) filter (where wajib_lapor) as jumlah_capaian,
            avg(capaian_rata_rata) as rata_rata_capaian,
            count(*) filter (where wajib_lapor and kategori_predikat = 'baik') as jumlah_baik,
            count(*) filter (where wajib_lapor and kategori_predikat = 'perhatian') as jumlah_perlu_perhatian,
            count(*) filter (where wajib_lapor and capaian_perlu_diperiksa) as jumlah_perlu_diperiksa
        from capaian_triwulan_nilai($semua_nilai)
        where kode_pemda = $kode_pemda and jenis in ('IKU_PEMDA', 'IKU_PD')
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
            coalesce(ini.jumlah_wajib_lapor, 0) as jumlah_iku,
            coalesce(ini.jumlah_wajib_lapor, 0) as jumlah_wajib_lapor,
            coalesce(ini.jumlah_lapor, 0) as jumlah_lapor,
            coalesce(ini.jumlah_belum_lapor, 0) as jumlah_belum_lapor,
            teks_cakupan(coalesce(ini.jumlah_lapor, 0), coalesce(ini.jumlah_wajib_lapor, 0), $triwulan) as cakupan,
            coalesce(ini.jumlah_baik, 0) as jumlah_baik,
            coalesce(ini.jumlah_perlu_perhatian, 0) as jumlah_perlu_perhatian,
            coalesce(ini.jumlah_perlu_diperiksa, 0) as jumlah_perlu_diperiksa,
            ini.rata_rata_capaian,
            tw_lalu.rata_rata_capaian as rata_rata_tw_lalu,
            tahun_lalu.rata_rata_capaian as rata_rata_tahun_lalu,
            ini.rata_rata_capaian - tw_lalu.rata_rata_capaian as selisih_tw_lalu,
            ini.rata_rata_capaian - tahun_lalu.rata_rata_capaian as selisih_tahun_lalu,
            (select nilai from pengaturan where kunci = 'batas_capaian_rata_rata') as batas_capaian_rata_rata
        from (select 1) as satu
        left join ini on true
        left join tw_lalu on true
        left join tahun_lalu on true
    )

select * from final;
