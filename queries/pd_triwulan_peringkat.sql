-- Peringkat OPD menurut rata-rata capaian IKU pada satu triwulan, menurut filter jenis/OPD/sasaran: rata-rata atas
-- SEMUA IKU wajib lapor (kolom capaian_rata_rata: dibatasi, yang belum pernah melapor = 0), dengan cakupannya.
-- Satu baris = satu OPD yang punya IKU terpilih, terbaik dahulu; predikat dari rata-ratanya. Tanpa filter sama
-- dengan view capaian_pd_triwulan.
with
    per_pd as (
        select
            kode_pemda,
            kode_pd,
            any_value(nama_pd) as nama_pd,
            any_value(singkatan) as singkatan,
            count(*) filter (where wajib_lapor and sudah_lapor) as jumlah_iku,
            count(*) filter (where wajib_lapor) as jumlah_wajib_lapor,
            count(*) filter (where belum_lapor) as jumlah_belum_lapor,
            count(*) filter (where peringatan and not belum_lapor) as jumlah_peringatan,
            avg(capaian_rata_rata) as rata_rata_capaian
        from capaian_triwulan_nilai($semua_nilai)
        where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and ($jenis = '' or jenis = $jenis)
            and ($kode_pd = '' or kode_pd = $kode_pd)
            and ($kode_sasaran = '' or kode_sasaran = $kode_sasaran)
        group by kode_pemda, kode_pd
    ),

    final as (
        select
            p.*,
            teks_cakupan(p.jumlah_iku, p.jumlah_wajib_lapor, $triwulan) as cakupan,
            case when p.rata_rata_capaian is not null then
                rank() over (
                    partition by p.rata_rata_capaian is not null order by round(p.rata_rata_capaian, 9) desc
                )
            end as peringkat,
            s.predikat,
            s.warna
        from per_pd as p
        left join skala_predikat_rentang as s on dalam_rentang(p.rata_rata_capaian, s.bawah, s.atas)
        order by p.rata_rata_capaian desc nulls last, p.nama_pd, p.kode_pemda, p.kode_pd
    )

select * from final;
