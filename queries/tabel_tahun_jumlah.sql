-- Isi basis data: jumlah baris per tabel kontrak dan tahun (tabel tanpa kolom tahun: tahun NULL),
-- dengan batch impor terakhir yang menulisnya. Satu baris = satu tabel × tahun.
with
    jumlah as (
        select 'pemda' as tabel, null::integer as tahun, count(*) as jumlah, max(batch_id) as batch_terakhir from pemda
        union all
        select 'perangkat_daerah', null, count(*), max(batch_id) from perangkat_daerah
        union all
        select 'perjanjian_kinerja', tahun, count(*), max(batch_id) from perjanjian_kinerja group by tahun
        union all
        select 'sasaran', null, count(*), max(batch_id) from sasaran
        union all
        select 'indikator', null, count(*), max(batch_id) from indikator
        union all
        select 'target', tahun, count(*), max(batch_id) from target group by tahun
        union all
        select 'realisasi', tahun, count(*), max(batch_id) from realisasi group by tahun
        union all
        select 'kegiatan', tahun, count(*), max(batch_id) from kegiatan group by tahun
        union all
        select 'janji_kampanye', null, count(*), max(batch_id) from janji_kampanye
        union all
        select 'tag_janji', tahun, count(*), max(batch_id) from tag_janji group by tahun
        union all
        select 'jadwal', tahun, count(*), max(batch_id) from jadwal group by tahun
        union all
        select 'rencana_kas', tahun, count(*), max(batch_id) from rencana_kas group by tahun
        union all
        select 'realisasi_anggaran', tahun, count(*), max(batch_id) from realisasi_anggaran group by tahun
        union all
        select 'anggaran_opd', tahun, count(*), max(batch_id) from anggaran_opd group by tahun
        union all
        select 'program_unggulan', null, count(*), max(batch_id) from program_unggulan
        union all
        select 'tonggak', null, count(*), max(batch_id) from tonggak
        union all
        select 'kerja_sama', null, count(*), max(batch_id) from kerja_sama
        union all
        select 'evaluasi_sakip', tahun, count(*), max(batch_id) from evaluasi_sakip group by tahun
        union all
        select 'tindak_lanjut', null, count(*), max(batch_id) from tindak_lanjut
        union all
        select 'pengguna', null, count(*), max(batch_id) from pengguna
        union all
        select 'periode_lapor', tahun, count(*), max(batch_id) from periode_lapor group by tahun
        union all
        select 'status_lapor', tahun, count(*), max(batch_id) from status_lapor group by tahun
    ),

    -- A table counted per year has no row at all when empty: show it with 0, so nothing vanishes.
    lengkap as (
        select * from jumlah
        union all
        select t.tabel, null::integer, 0, null::integer
        from (
            values ('perjanjian_kinerja'), ('target'), ('realisasi'), ('kegiatan'), ('tag_janji'), ('jadwal'),
                ('rencana_kas'), ('realisasi_anggaran'), ('anggaran_opd'), ('evaluasi_sakip'), ('periode_lapor'),
                ('status_lapor')
        ) as t (tabel)
        where t.tabel not in (select tabel from jumlah)
    ),

    final as (
        select
            j.tabel,
            j.tahun,
            j.jumlah,
            j.batch_terakhir,
            b.waktu as impor_terakhir
        from lengkap as j
        left join impor_batch as b on b.batch_id = j.batch_terakhir
    )

select * from final;
