-- Pemeriksaan konsistensi isi basis data (halaman Data), disimpan sebagai tabel pada setiap penulisan (lihat
-- pantau/db.py VIEW_TERSIMPAN): seluruh basis data diperiksa, jadi menghitungnya saat halaman dibuka memakan
-- detik pada skala nasional.
-- @view konsistensi_temuan: Satu baris per temuan konsistensi isi basis data: kode yang dirujuk tetapi tidak ada, IKU tanpa target, target triwulan tidak lengkap, sub kegiatan tanpa rencana kas atau dengan rencana kas ≠ pagu.
-- @kolom pemeriksaan: Jenis pemeriksaan
-- @kolom tingkat: galat / peringatan
-- @kolom tabel: Tabel tempat temuan
-- @kolom kode: Kode baris yang bermasalah
-- @kolom tahun: Tahun baris itu (NULL bila tabelnya tanpa tahun)
-- @kolom keterangan: Apa yang tidak cocok
create or replace view konsistensi_temuan as
with
    kode_indikator_kegiatan as (
        select tahun, kode_kegiatan, trim(unnest(string_split(kode_indikator, ';'))) as kode_indikator
        from kegiatan
        where kode_indikator is not null
    ),

    rujukan as (
        select 'indikator' as tabel, kode_indikator as kode, null::integer as tahun, 'kode_pd' as kolom,
            kode_pd as dirujuk, 'perangkat_daerah' as tabel_rujukan
        from indikator where kode_pd not in (select kode_pd from perangkat_daerah)
        union all
        select 'kegiatan', kode_kegiatan, tahun, 'kode_pd', kode_pd, 'perangkat_daerah'
        from kegiatan where kode_pd not in (select kode_pd from perangkat_daerah)
        union all
        select 'program_unggulan', kode_unggulan, null, 'kode_pd', kode_pd, 'perangkat_daerah'
        from program_unggulan where kode_pd not in (select kode_pd from perangkat_daerah)
        union all
        select 'kerja_sama', nomor, null, 'kode_pd', kode_pd, 'perangkat_daerah'
        from kerja_sama where kode_pd not in (select kode_pd from perangkat_daerah)
        union all
        select 'perangkat_daerah', kode_pd, null, 'kode_pemda', kode_pemda, 'pemda'
        from perangkat_daerah where kode_pemda not in (select kode_pemda from pemda)
        union all
        select 'tindak_lanjut', kode_tindak_lanjut, null, 'kode_pd', kode_pd, 'perangkat_daerah'
        from tindak_lanjut where kode_pd not in (select kode_pd from perangkat_daerah)
        union all
        select 'evaluasi_sakip', kode_pemda, tahun, 'kode_pemda', kode_pemda, 'pemda'
        from evaluasi_sakip where kode_pemda not in (select kode_pemda from pemda)
        union all
        select 'indikator', kode_indikator, null, 'kode_sasaran', kode_sasaran, 'sasaran'
        from indikator
        where kode_sasaran is not null and kode_sasaran not in (select kode_sasaran from sasaran)
        union all
        select 'target', kode_indikator, tahun, 'kode_indikator', kode_indikator, 'indikator'
        from target where kode_indikator not in (select kode_indikator from indikator)
        union all
        select 'realisasi', kode_indikator, tahun, 'kode_indikator', kode_indikator, 'indikator'
        from realisasi where kode_indikator not in (select kode_indikator from indikator)
        union all
        select 'kegiatan', kode_kegiatan, tahun, 'kode_indikator', kode_indikator, 'indikator'
        from kode_indikator_kegiatan where kode_indikator not in (select kode_indikator from indikator)
        union all
        select 'tonggak', kode_unggulan, null, 'kode_unggulan', kode_unggulan, 'program_unggulan'
        from tonggak where kode_unggulan not in (select kode_unggulan from program_unggulan)
        union all
        select t.tabel, t.kode_kegiatan, t.tahun, 'kode_kegiatan', t.kode_kegiatan, 'kegiatan'
        from (
            select 'jadwal' as tabel, tahun, kode_kegiatan from jadwal
            union all
            select 'rencana_kas', tahun, kode_kegiatan from rencana_kas
            union all
            select 'realisasi_anggaran', tahun, kode_kegiatan from realisasi_anggaran
            union all
            select 'tag_janji', tahun, kode_kegiatan from tag_janji
        ) as t
        anti join kegiatan as k on k.tahun = t.tahun and k.kode_kegiatan = t.kode_kegiatan
    ),

    temuan_rujukan as (
        select distinct
            'Kode dirujuk tetapi tidak ada' as pemeriksaan,
            'galat' as tingkat,
            tabel,
            kode,
            tahun,
            kolom || ' = ' || dirujuk || ' tidak ada di tabel ' || tabel_rujukan as keterangan
        from rujukan
    ),

    tahun_target as (
        select distinct tahun from target
    ),

    iku_tanpa_target as (
        select
            'IKU tanpa target' as pemeriksaan,
            'peringatan' as tingkat,
            'indikator' as tabel,
            i.kode_indikator as kode,
            y.tahun,
            i.nama_indikator || ': tidak ada target tahun ' || y.tahun as keterangan
        from indikator as i
        cross join tahun_target as y
        where i.jenis in ('IKU_PEMDA', 'IKU_PD')
            and not exists (
                select 1 from target as t where t.kode_indikator = i.kode_indikator and t.tahun = y.tahun
            )
    ),

    target_tw_tidak_lengkap as (
        select
            'Target triwulan tidak lengkap' as pemeriksaan,
            'galat' as tingkat,
            'target' as tabel,
            kode_indikator as kode,
            tahun,
            'hanya ' || string_agg(periode, ', ' order by periode) || '; isi TW1–TW4 semuanya' as keterangan
        from target
        where periode like 'TW%'
        group by kode_indikator, tahun
        having count(*) between 1 and 3
    ),

    kas as (
        select tahun, kode_kegiatan, sum(nilai) as jumlah from rencana_kas group by tahun, kode_kegiatan
    ),

    sub_tanpa_kas as (
        select
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
        left join kas using (tahun, kode_kegiatan)
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
