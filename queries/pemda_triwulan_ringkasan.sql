-- Angka utama IKU sebuah pemda pada satu triwulan, dengan perubahan terhadap triwulan lalu
-- dan triwulan yang sama tahun lalu. Satu baris.
with
    iku as (
        select kode_pemda, kode_indikator
        from indikator
        where kode_pemda = $kode_pemda and jenis in ('IKU_PEMDA', 'IKU_PD')
    ),

    per_triwulan as (
        select
            tahun,
            triwulan,
            count(*) as jumlah_lapor,
            count(capaian_persen) as jumlah_capaian,
            avg(capaian_untuk_rata_rata(capaian_persen)) as rata_rata_capaian,
            count(*) filter (where kategori_predikat = 'baik') as jumlah_baik,
            count(*) filter (where kategori_predikat = 'perhatian') as jumlah_perlu_perhatian,
            count(*) filter (where capaian_perlu_diperiksa) as jumlah_perlu_diperiksa
        from capaian_indikator
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
            (select count(*) from iku) as jumlah_iku,
            coalesce(ini.jumlah_lapor, 0) as jumlah_lapor,
            (select count(*) from iku) - coalesce(ini.jumlah_lapor, 0) as jumlah_belum_lapor,
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
