-- IKU yang wajib lapor tetapi belum melaporkan realisasi pada satu triwulan, per OPD (filter jenis/OPD/sasaran).
-- IKU berfrekuensi tahunan tidak wajib lapor di TW I–III; IKU tanpa target tahun itu tidak wajib lapor. Satu baris = satu OPD dengan sedikitnya satu IKU belum lapor, terbanyak dahulu.
with
    pilihan as (
        select *
        from capaian_triwulan_nilai($semua_nilai)
        where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and ($jenis = '' or jenis = $jenis)
            and ($kode_pd = '' or kode_pd = $kode_pd)
            and ($kode_sasaran = '' or kode_sasaran = $kode_sasaran)
    ),

    per_pd as (
        select
            kode_pemda,
            kode_pd,
            any_value(nama_pd) as nama_pd,
            any_value(singkatan) as singkatan,
            count(*) filter (where wajib_lapor) as jumlah_wajib_lapor,
            count(*) filter (where belum_lapor) as jumlah_belum_lapor,
            string_agg(
                nama_indikator
                || ' ('
                || kode_indikator
                || case
                    when triwulan_lapor_terakhir is null then ', belum pernah lapor tahun ini'
                    else ', terakhir TW ' || ['I', 'II', 'III', 'IV'][triwulan_lapor_terakhir]
                end
                || ')',
                '; '
                order by kode_indikator
            ) filter (where belum_lapor) as iku_belum_lapor
        from pilihan
        group by kode_pemda, kode_pd
    ),

    final as (
        select *
        from per_pd
        where jumlah_belum_lapor > 0
        order by jumlah_belum_lapor desc, nama_pd, kode_pemda, kode_pd
    )

select * from final;
