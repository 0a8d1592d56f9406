-- Rata-rata capaian IKU per OPD di setiap triwulan tahun itu s.d. triwulan terpilih (peta panas OPD × triwulan),
-- menurut filter jenis/OPD/sasaran. Satu baris = satu OPD × triwulan; OPD diurutkan menurut triwulan terpilih.
with
    per_sel as (
        select
            kode_pemda,
            kode_pd,
            triwulan,
            any_value(nama_pd) as nama_pd,
            any_value(singkatan) as singkatan,
            count(*) filter (where wajib_lapor and sudah_lapor) as jumlah_lapor,
            count(*) filter (where wajib_lapor) as jumlah_wajib_lapor,
            -- Atas semua IKU wajib lapor (capaian_rata_rata), seperti capaian_pd_triwulan.
            avg(capaian_rata_rata) as rata_rata_capaian
        from capaian_triwulan_nilai($semua_nilai)
        where kode_pemda = $kode_pemda and tahun = $tahun and triwulan <= $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and ($jenis = '' or jenis = $jenis)
            and ($kode_pd = '' or kode_pd = $kode_pd)
            and ($kode_sasaran = '' or kode_sasaran = $kode_sasaran)
        group by kode_pemda, kode_pd, triwulan
    ),

    urutan_pd as (
        select
            kode_pemda,
            kode_pd,
            row_number() over (order by rata_rata_capaian desc nulls last, nama_pd, kode_pemda, kode_pd) as urutan_pd
        from per_sel
        where triwulan = $triwulan
    ),

    final as (
        select
            p.kode_pemda,
            p.kode_pd,
            p.nama_pd,
            p.singkatan,
            u.urutan_pd,
            p.triwulan,
            'TW' || p.triwulan as periode,
            p.jumlah_lapor,
            p.jumlah_wajib_lapor,
            teks_cakupan(p.jumlah_lapor, p.jumlah_wajib_lapor, p.triwulan) as cakupan,
            p.rata_rata_capaian,
            s.predikat,
            s.urutan as urutan_predikat,
            s.warna
        from per_sel as p
        inner join urutan_pd as u using (kode_pemda, kode_pd)
        left join skala_predikat_rentang as s on dalam_rentang(p.rata_rata_capaian, s.bawah, s.atas)
        order by u.urutan_pd, p.triwulan
    )

select * from final;
