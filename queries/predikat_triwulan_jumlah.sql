-- Jumlah IKU sebuah pemda per predikat pada satu triwulan, termasuk yang tanpa capaian dan yang belum lapor.
-- Satu baris = satu predikat (urutan skala), lalu "Tanpa capaian" dan "Belum lapor".
with
    iku as (
        select i.kode_indikator
        from indikator as i
        inner join perangkat_daerah as pd using (kode_pd)
        where pd.kode_pemda = $kode_pemda and i.jenis in ('IKU_PEMDA', 'IKU_PD')
    ),

    triwulan_ini as (
        select kode_indikator, predikat
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
        from iku
        where kode_indikator not in (select kode_indikator from triwulan_ini)
    ),

    final as (
        select * from per_predikat
        union all
        select * from lainnya
        order by urutan
    )

select * from final;
