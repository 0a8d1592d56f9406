-- Pilihan isian tindak lanjut sebuah pemda: OPD, IKU, program unggulan dan kegiatan (tahun terpilih) yang dapat
-- dikaitkan, dan rapat yang sudah tercatat. Satu baris = satu pilihan satu isian (jenis), urut seperti ditampilkan.
-- Tampilan nasional: hanya OPD dan rapat (untuk filter daftar); tindak lanjut dicatat per pemda, dan sejuta
-- kegiatan seluruh negeri bukan pilihan yang dapat dibaca.
with
    opd as (
        select 'opd' as jenis, kode_pd as kode, nama_pd as label, kode_pd as urut
        from perangkat_daerah
        where kode_pemda = $kode_pemda
    ),

    iku as (
        select 'indikator', i.kode_indikator, i.kode_indikator || ' ' || i.nama_indikator, i.kode_indikator
        from indikator as i
        where i.kode_pemda = $kode_pemda and $kode_pemda <> '*' and i.jenis in ('IKU_PEMDA', 'IKU_PD')
    ),

    unggulan as (
        select 'unggulan', u.kode_unggulan, u.kode_unggulan || ' ' || u.nama, u.kode_unggulan
        from program_unggulan as u
        where u.kode_pemda = $kode_pemda and $kode_pemda <> '*'
    ),

    kegiatan as (
        select 'kegiatan', k.kode_kegiatan, k.kode_kegiatan || ' ' || k.nama, k.kode_kegiatan
        from kegiatan as k
        where k.kode_pemda = $kode_pemda and $kode_pemda <> '*' and k.tahun = $tahun
    ),

    rapat as (
        select 'rapat', t.rapat, t.rapat, strftime(max(t.tanggal_rapat), '%Y-%m-%d')
        from tindak_lanjut as t
        where t.kode_pemda = $kode_pemda and t.rapat is not null
        group by t.rapat
    ),

    semua as (
        select * from opd
        union all
        select * from iku
        union all
        select * from unggulan
        union all
        select * from kegiatan
        union all
        select * from rapat
    ),

    final as (
        select jenis, kode, label
        from semua
        -- meetings newest first; everything else by code
        order by jenis, case when jenis = 'rapat' then urut end desc nulls last, urut
    )

select * from final;
