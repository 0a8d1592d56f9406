-- Pilihan filter halaman Capaian IKU untuk sebuah pemda: OPD dan sasaran yang punya IKU, dan status
-- (predikat menurut skala, lalu status tanpa predikat). Satu baris = satu pilihan satu filter.
with
    iku as (
        select distinct kode_pd, nama_pd, kode_sasaran, uraian_sasaran
        from capaian_triwulan
        where kode_pemda = $kode_pemda and jenis in ('IKU_PEMDA', 'IKU_PD')
    ),

    opd as (
        select distinct
            'opd' as filter,
            kode_pd as kode,
            nama_pd as label,
            0 as urutan
        from iku
    ),

    sasaran as (
        select distinct
            'sasaran' as filter,
            kode_sasaran as kode,
            kode_sasaran || ' ' || uraian_sasaran as label,
            0 as urutan
        from iku
        where kode_sasaran is not null
    ),

    status as (
        select 'status' as filter, predikat as kode, predikat as label, urutan from skala_predikat
        union all
        select 'status', 'Tanpa capaian', 'Tanpa capaian', 100
        union all
        select 'status', 'Belum lapor', 'Belum lapor', 101
        union all
        select 'status', 'Diukur tahunan', 'Diukur tahunan', 102
        union all
        select 'status', 'Tanpa target', 'Tanpa target', 103
    ),

    final as (
        select * from opd
        union all
        select * from sasaran
        union all
        select * from status
        order by filter, urutan, label
    )

select * from final;
