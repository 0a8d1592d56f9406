-- Jumlah IKU wajib lapor sebuah pemda per status pada satu triwulan: predikat capaian s.d. triwulan (urutan skala)
-- bagi yang melapor, lalu "Tanpa capaian" (melapor, capaian tidak dapat dihitung) dan "Belum lapor" (wajib lapor,
-- belum ada realisasi triwulan ini). IKU yang tidak wajib lapor (tanpa target, tahunan di TW I–III) tidak dihitung.
-- Satu baris = satu predikat (urutan skala), lalu "Tanpa capaian" dan "Belum lapor".
with
    triwulan_ini as (
        select status
        from capaian_triwulan_nilai($semua_nilai)
        where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and wajib_lapor
    ),

    skala as (
        select urutan, predikat, warna from skala_predikat
        union all
        select 100, 'Tanpa capaian', '#8c959f'
        union all
        select 101, 'Belum lapor', '#d0d7de'
    ),

    final as (
        select
            s.urutan,
            s.predikat,
            s.warna,
            count(t.status) as jumlah
        from skala as s
        left join triwulan_ini as t on t.status = s.predikat
        group by s.urutan, s.predikat, s.warna
        order by s.urutan
    )

select * from final;
