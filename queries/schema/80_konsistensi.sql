-- Pemeriksaan konsistensi isi basis data (halaman Data), disimpan sebagai tabel pada setiap penulisan (lihat
-- pantau/db.py VIEW_TERSIMPAN): seluruh basis data diperiksa, jadi menghitungnya saat halaman dibuka memakan
-- detik pada skala nasional.
-- Setiap rujukan dicari di dalam pemda baris itu (CONTRACT.md v2): kode yang hanya ada di pemda lain adalah
-- kode yang tidak ada.
-- @view konsistensi_temuan: Satu baris per temuan konsistensi isi basis data: kode yang dirujuk tetapi tidak ada (di pemda baris itu), IKU tanpa target, target triwulan tidak lengkap, sub kegiatan tanpa rencana kas atau dengan rencana kas ≠ pagu.
-- @kolom kode_pemda: Pemda baris yang bermasalah
-- @kolom pemeriksaan: Jenis pemeriksaan
-- @kolom tingkat: galat / peringatan
-- @kolom tabel: Tabel tempat temuan
-- @kolom kode: Kode baris yang bermasalah
-- @kolom tahun: Tahun baris itu (NULL bila tabelnya tanpa tahun)
-- @kolom keterangan: Apa yang tidak cocok
create or replace view konsistensi_temuan as
with
    kode_indikator_kegiatan as (
        select kode_pemda, tahun, kode_kegiatan, trim(unnest(string_split(kode_indikator, ';'))) as kode_indikator
        from kegiatan
        where kode_indikator is not null
    ),

    rujukan as (
        select x.kode_pemda, 'indikator' as tabel, x.kode_indikator as kode, null::integer as tahun,
            'kode_pd' as kolom, x.kode_pd as dirujuk, 'perangkat_daerah' as tabel_rujukan
        from indikator as x
        anti join perangkat_daerah as r on r.kode_pemda = x.kode_pemda and r.kode_pd = x.kode_pd
        union all
        select x.kode_pemda, 'kegiatan', x.kode_kegiatan, x.tahun, 'kode_pd', x.kode_pd, 'perangkat_daerah'
        from kegiatan as x
        anti join perangkat_daerah as r on r.kode_pemda = x.kode_pemda and r.kode_pd = x.kode_pd
        union all
        select x.kode_pemda, 'perjanjian_kinerja', x.kode_pd, x.tahun, 'kode_pd', x.kode_pd, 'perangkat_daerah'
        from perjanjian_kinerja as x
        anti join perangkat_daerah as r on r.kode_pemda = x.kode_pemda and r.kode_pd = x.kode_pd
        union all
        select x.kode_pemda, 'program_unggulan', x.kode_unggulan, null, 'kode_pd', x.kode_pd, 'perangkat_daerah'
        from program_unggulan as x
        anti join perangkat_daerah as r on r.kode_pemda = x.kode_pemda and r.kode_pd = x.kode_pd
        union all
        select x.kode_pemda, 'kerja_sama', x.nomor, null, 'kode_pd', x.kode_pd, 'perangkat_daerah'
        from kerja_sama as x
        anti join perangkat_daerah as r on r.kode_pemda = x.kode_pemda and r.kode_pd = x.kode_pd
        union all
        select kode_pemda, 'perangkat_daerah', kode_pd, null, 'kode_pemda', kode_pemda, 'pemda'
        from perangkat_daerah where kode_pemda not in (select kode_pemda from pemda)
        union all
        select x.kode_pemda, 'tindak_lanjut', x.kode_tindak_lanjut, null, 'kode_pd', x.kode_pd, 'perangkat_daerah'
        from tindak_lanjut as x
        anti join perangkat_daerah as r on r.kode_pemda = x.kode_pemda and r.kode_pd = x.kode_pd
        union all
        select kode_pemda, 'evaluasi_sakip', kode_pemda, tahun, 'kode_pemda', kode_pemda, 'pemda'
        from evaluasi_sakip where kode_pemda not in (select kode_pemda from pemda)
        union all
        select x.kode_pemda, 'indikator', x.kode_indikator, null, 'kode_sasaran', x.kode_sasaran, 'sasaran'
        from indikator as x
        anti join sasaran as r on r.kode_pemda = x.kode_pemda and r.kode_sasaran = x.kode_sasaran
        where x.kode_sasaran is not null
        union all
        select x.kode_pemda, 'target', x.kode_indikator, x.tahun, 'kode_indikator', x.kode_indikator, 'indikator'
        from target as x
        anti join indikator as r on r.kode_pemda = x.kode_pemda and r.kode_indikator = x.kode_indikator
        union all
        select x.kode_pemda, 'realisasi', x.kode_indikator, x.tahun, 'kode_indikator', x.kode_indikator, 'indikator'
        from realisasi as x
        anti join indikator as r on r.kode_pemda = x.kode_pemda and r.kode_indikator = x.kode_indikator
        union all
        select x.kode_pemda, 'kegiatan', x.kode_kegiatan, x.tahun, 'kode_indikator', x.kode_indikator, 'indikator'
        from kode_indikator_kegiatan as x
        anti join indikator as r on r.kode_pemda = x.kode_pemda and r.kode_indikator = x.kode_indikator
        union all
        select x.kode_pemda, 'tonggak', x.kode_unggulan, null, 'kode_unggulan', x.kode_unggulan, 'program_unggulan'
        from tonggak as x
        anti join program_unggulan as r on r.kode_pemda = x.kode_pemda and r.kode_unggulan = x.kode_unggulan
        union all
        select t.kode_pemda, t.tabel, t.kode_kegiatan, t.tahun, 'kode_kegiatan', t.kode_kegiatan, 'kegiatan'
        from (
            select kode_pemda, 'jadwal' as tabel, tahun, kode_kegiatan from jadwal
            union all
            select kode_pemda, 'rencana_kas', tahun, kode_kegiatan from rencana_kas
            union all
            select kode_pemda, 'realisasi_anggaran', tahun, kode_kegiatan from realisasi_anggaran
            union all
            select kode_pemda, 'tag_janji', tahun, kode_kegiatan from tag_janji
        ) as t
        anti join kegiatan as k
            on k.kode_pemda = t.kode_pemda and k.tahun = t.tahun and k.kode_kegiatan = t.kode_kegiatan
    ),

    temuan_rujukan as (
        select distinct
            kode_pemda,
            'Kode dirujuk tetapi tidak ada' as pemeriksaan,
            'galat' as tingkat,
            tabel,
            kode,
            tahun,
            kolom || ' = ' || dirujuk || ' tidak ada di tabel ' || tabel_rujukan as keterangan
        from rujukan
    ),

    -- Tahun target setiap pemda: tahun yang hanya punya target di pemda lain tidak ditanyakan di sini.
    tahun_target as (
        select distinct kode_pemda, tahun from target
    ),

    iku_tanpa_target as (
        select
            i.kode_pemda,
            'IKU tanpa target' as pemeriksaan,
            'peringatan' as tingkat,
            'indikator' as tabel,
            i.kode_indikator as kode,
            y.tahun,
            i.nama_indikator || ': tidak ada target tahun ' || y.tahun as keterangan
        from indikator as i
        inner join tahun_target as y on y.kode_pemda = i.kode_pemda
        where i.jenis in ('IKU_PEMDA', 'IKU_PD')
            and not exists (
                select 1
                from target as t
                where t.kode_pemda = i.kode_pemda and t.kode_indikator = i.kode_indikator and t.tahun = y.tahun
            )
    ),

    target_tw_tidak_lengkap as (
        select
            kode_pemda,
            'Target triwulan tidak lengkap' as pemeriksaan,
            'galat' as tingkat,
            'target' as tabel,
            kode_indikator as kode,
            tahun,
            'hanya ' || string_agg(periode, ', ' order by periode) || '; isi TW1–TW4 semuanya' as keterangan
        from target
        where periode like 'TW%'
        group by kode_pemda, kode_indikator, tahun
        having count(*) between 1 and 3
    ),

    kas as (
        select kode_pemda, tahun, kode_kegiatan, sum(nilai) as jumlah
        from rencana_kas
        group by kode_pemda, tahun, kode_kegiatan
    ),

    sub_tanpa_kas as (
        select
            k.kode_pemda,
            case when kas.kode_kegiatan is null then 'Sub kegiatan tanpa rencana kas'
                else 'Rencana kas berbeda dari pagu' end as pemeriksaan,
            'peringatan' as tingkat,
            'kegiatan' as tabel,
            k.kode_kegiatan as kode,
            k.tahun,
            case when kas.kode_kegiatan is null then 'pagu ' || format('{:,.0f}', k.pagu) || ' tanpa rencana kas'
                else 'pagu ' || format('{:,.0f}', k.pagu) || ', rencana kas ' || format('{:,.0f}', kas.jumlah)
            end as keterangan
        from kegiatan as k
        left join kas using (kode_pemda, tahun, kode_kegiatan)
        where len(string_split(k.kode_kegiatan, '.')) = 6 and k.pagu > 0
            and (kas.kode_kegiatan is null or abs(kas.jumlah - k.pagu) > 1)
    ),

    final as (
        select * from temuan_rujukan
        union all
        select * from target_tw_tidak_lengkap
        union all
        select * from iku_tanpa_target
        union all
        select * from sub_tanpa_kas
    )

select * from final;
