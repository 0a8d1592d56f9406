-- Jumlah IKU per status pada satu triwulan, menurut filter jenis/OPD/sasaran: predikat (urutan skala),
-- lalu Tanpa capaian, Belum lapor, Diukur tahunan, Tanpa target. Satu baris = satu status.
with
    pilihan as (
        select status
        from capaian_triwulan_nilai($semua_nilai)
        where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and ($jenis = '' or jenis = $jenis)
            and ($kode_pd = '' or kode_pd = $kode_pd)
            and ($kode_sasaran = '' or kode_sasaran = $kode_sasaran)
    ),

    -- Status tanpa predikat: abu-abu, seperti di halaman Ringkasan.
    skala as (
        select urutan, predikat, warna from skala_predikat
        union all
        select 100, 'Tanpa capaian', '#8c959f'
        union all
        select 101, 'Belum lapor', '#d0d7de'
        union all
        select 102, 'Diukur tahunan', '#eaeef2'
        union all
        select 103, 'Tanpa target', '#eaeef2'
    ),

    final as (
        select
            s.urutan,
            s.predikat,
            s.warna,
            count(p.status) as jumlah
        from skala as s
        left join pilihan as p on p.status = s.predikat
        group by s.urutan, s.predikat, s.warna
        order by s.urutan
    )

select * from final;
