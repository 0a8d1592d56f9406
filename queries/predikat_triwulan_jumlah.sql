-- Jumlah IKU sebuah pemda per predikat pada satu triwulan, termasuk yang tanpa capaian dan yang belum lapor.
-- Satu baris = satu predikat (urutan skala), lalu "Tanpa capaian" dan "Belum lapor".
with
    iku as (
        select kode_pemda, kode_indikator
        from indikator
        where kode_pemda = $kode_pemda and jenis in ('IKU_PEMDA', 'IKU_PD')
    ),

    triwulan_ini as (
        select kode_pemda, kode_indikator, predikat
        from capaian_indikator
        where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
    ),

    per_predikat as (
        select
            s.urutan,
            s.predikat,
            s.warna,
            count(t.kode_indikator) as jumlah
        from skala_predikat as s
        left join triwulan_ini as t using (predikat)
        group by s.urutan, s.predikat, s.warna
    ),

    lainnya as (
        select
            100 as urutan,
            'Tanpa capaian' as predikat,
            '#8c959f' as warna,
            count(*) filter (where predikat is null) as jumlah
        from triwulan_ini
        union all
        select
            101 as urutan,
            'Belum lapor' as predikat,
            '#d0d7de' as warna,
            count(*) as jumlah
        from iku as i
        anti join triwulan_ini as t on t.kode_pemda = i.kode_pemda and t.kode_indikator = i.kode_indikator
    ),

    final as (
        select * from per_predikat
        union all
        select * from lainnya
        order by urutan
    )

select * from final;
