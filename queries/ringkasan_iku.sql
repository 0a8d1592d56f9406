-- IKU sesuai jalur untuk pimpinan pada satu triwulan (seluruh pemda atau satu OPD): dari SEMUA IKU yang wajib
-- lapor, yang capaiannya dapat dihitung dan tidak masuk peringatan dini (belum lapor adalah peringatan), dan
-- porsinya, dengan triwulan lalu dan perubahannya. Satu baris.
with
    pilihan as (
        select tahun, triwulan, capaian_persen, peringatan, wajib_lapor, sudah_lapor
        from capaian_triwulan_nilai($semua_nilai)
        where kode_pemda = $kode_pemda
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and ($kode_pd = '' or kode_pd = $kode_pd)
    ),

    -- "Sesuai jalur" uses the early-warning flag of capaian_triwulan (capaian at or above
    -- ambang_peringatan_capaian, year-end projection at or above ambang_proyeksi_tahunan, not an outlier).
    per_triwulan as (
        select
            tahun,
            triwulan,
            count(*) filter (where wajib_lapor) as jumlah_capaian,
            count(*) filter (where wajib_lapor and sudah_lapor) as jumlah_lapor,
            count(*) filter (where wajib_lapor and capaian_persen is not null and not peringatan)
                as jumlah_sesuai_jalur
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

    final as (
        select
            coalesce(ini.jumlah_capaian, 0) as jumlah_capaian,
            coalesce(ini.jumlah_sesuai_jalur, 0) as jumlah_sesuai_jalur,
            teks_cakupan(coalesce(ini.jumlah_lapor, 0), coalesce(ini.jumlah_capaian, 0), $triwulan) as cakupan,
            persen_dari(ini.jumlah_sesuai_jalur, ini.jumlah_capaian) as persen_sesuai_jalur,
            tw_lalu.jumlah_capaian as jumlah_capaian_tw_lalu,
            tw_lalu.jumlah_sesuai_jalur as jumlah_sesuai_jalur_tw_lalu,
            persen_dari(tw_lalu.jumlah_sesuai_jalur, tw_lalu.jumlah_capaian) as persen_sesuai_jalur_tw_lalu,
            persen_dari(ini.jumlah_sesuai_jalur, ini.jumlah_capaian)
            - persen_dari(tw_lalu.jumlah_sesuai_jalur, tw_lalu.jumlah_capaian) as selisih_tw_lalu,
            (select nilai from pengaturan where kunci = 'ambang_peringatan_capaian') as ambang_peringatan_capaian,
            (select nilai from pengaturan where kunci = 'ambang_proyeksi_tahunan') as ambang_proyeksi_tahunan
        from (select 1) as satu
        left join ini on true
        left join tw_lalu on true
    )

select * from final;
