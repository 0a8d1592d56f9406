-- Riwayat impor: setiap impor adalah satu batch. Baris yang diganti sebuah batch disimpan
-- nilai lamanya di riwayat_<tabel> (kolom sama, ditambah diganti_oleh = batch_id pengganti),
-- sehingga batch dapat dibatalkan dan isi sebelumnya kembali persis.

create table if not exists impor_batch (
    batch_id integer not null,
    waktu timestamp not null,
    pengguna varchar,
    sumber varchar not null,
    berkas json,
    baris_baru json,
    baris_diganti json,
    peringatan integer not null default 0,
    status varchar not null default 'aktif',
    dibatalkan_pada timestamp,
    -- pemda yang barisnya ditulis batch ini: admin berlingkup melihat dan membatalkan hanya batch pemdanya
    kode_pemda varchar[]
);

create table if not exists riwayat_pemda as
select *, null::integer as diganti_oleh from pemda limit 0;

create table if not exists riwayat_perangkat_daerah as
select *, null::integer as diganti_oleh from perangkat_daerah limit 0;

create table if not exists riwayat_perjanjian_kinerja as
select *, null::integer as diganti_oleh from perjanjian_kinerja limit 0;

create table if not exists riwayat_sasaran as
select *, null::integer as diganti_oleh from sasaran limit 0;

create table if not exists riwayat_indikator as
select *, null::integer as diganti_oleh from indikator limit 0;

create table if not exists riwayat_target as
select *, null::integer as diganti_oleh from target limit 0;

create table if not exists riwayat_realisasi as
select *, null::integer as diganti_oleh from realisasi limit 0;

create table if not exists riwayat_kegiatan as
select *, null::integer as diganti_oleh from kegiatan limit 0;

create table if not exists riwayat_janji_kampanye as
select *, null::integer as diganti_oleh from janji_kampanye limit 0;

create table if not exists riwayat_tag_janji as
select *, null::integer as diganti_oleh from tag_janji limit 0;

create table if not exists riwayat_jadwal as
select *, null::integer as diganti_oleh from jadwal limit 0;

create table if not exists riwayat_rencana_kas as
select *, null::integer as diganti_oleh from rencana_kas limit 0;

create table if not exists riwayat_realisasi_anggaran as
select *, null::integer as diganti_oleh from realisasi_anggaran limit 0;

create table if not exists riwayat_anggaran_opd as
select *, null::integer as diganti_oleh from anggaran_opd limit 0;

create table if not exists riwayat_program_unggulan as
select *, null::integer as diganti_oleh from program_unggulan limit 0;

create table if not exists riwayat_tonggak as
select *, null::integer as diganti_oleh from tonggak limit 0;

create table if not exists riwayat_kerja_sama as
select *, null::integer as diganti_oleh from kerja_sama limit 0;

create table if not exists riwayat_evaluasi_sakip as
select *, null::integer as diganti_oleh from evaluasi_sakip limit 0;

create table if not exists riwayat_tindak_lanjut as
select *, null::integer as diganti_oleh from tindak_lanjut limit 0;

create table if not exists riwayat_pengguna as
select *, null::integer as diganti_oleh from pengguna limit 0;

create table if not exists riwayat_periode_lapor as
select *, null::integer as diganti_oleh from periode_lapor limit 0;

create table if not exists riwayat_status_lapor as
select *, null::integer as diganti_oleh from status_lapor limit 0;
