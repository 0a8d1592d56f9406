-- Pelaporan triwulan di dalam aplikasi (issue 19): batas lapor, kunci periode, dan keadaan laporan per OPD.
-- Triwulan yang dilaporkan lewat aplikasi tercatat di periode_lapor; yang tidak tercatat tidak punya batas dan
-- tidak terkunci (data tahun lalu tetap dapat diimpor). Tanggal acuan selalu parameter (p_tanggal), tidak
-- pernah current_date di dalam view: tes dan pengingat menyuntikkan tanggalnya.

insert into pengaturan
select *
from (
    values
        ('batas_lapor_hari', 10.0,
         'Batas lapor OPD: sekian hari sesudah akhir triwulan (bila periode_lapor.batas_lapor kosong). Sesudah '
         'batas itu triwulan terkunci: entri dan impor realisasinya ditolak sampai admin membukanya kembali')
) as v (kunci, nilai, keterangan)
where not exists (select 1 from pengaturan as p where p.kunci = v.kunci);

-- Setiap triwulan dalam periode_lapor pada tanggal p_tanggal: batas lapor yang berlaku dan apakah terkunci.
create or replace macro keadaan_periode_lapor(p_tanggal) as table
with
    dasar as (
        select
            p.kode_pemda,
            p.tahun,
            p.periode,
            cast(right(p.periode, 1) as integer) as triwulan,
            last_day(make_date(p.tahun, cast(right(p.periode, 1) as integer) * 3, 1)) as akhir_triwulan,
            p.batas_lapor as batas_lapor_diatur,
            p.dibuka_sampai,
            p.catatan,
            cast((select nilai from pengaturan where kunci = 'batas_lapor_hari') as integer) as batas_lapor_hari
        from periode_lapor as p
    ),

    batas as (
        select
            *,
            coalesce(batas_lapor_diatur, akhir_triwulan + batas_lapor_hari) as batas_lapor
        from dasar
    )

select
    kode_pemda,
    tahun,
    periode,
    triwulan,
    akhir_triwulan,
    batas_lapor_diatur,
    batas_lapor,
    dibuka_sampai,
    catatan,
    cast(p_tanggal as date) > batas_lapor as lewat_batas,
    cast(p_tanggal as date) > batas_lapor and not coalesce(cast(p_tanggal as date) <= dibuka_sampai, false)
        as terkunci
from batas;

-- Laporan IKU per OPD per triwulan yang dilaporkan lewat aplikasi, pada tanggal p_tanggal: yang wajib (IKU Pemda
-- dan IKU PD yang wajib lapor triwulan itu, menurut capaian_triwulan), yang masuk (diajukan atau diverifikasi),
-- yang diverifikasi, dikembalikan, dan berapa hari terlambat (lewat batas dan belum semua masuk).
create or replace macro status_lapor_opd(p_tanggal) as table
with
    iku as (
        select
            c.kode_pemda,
            c.kode_pd,
            c.nama_pd,
            c.singkatan,
            c.tahun,
            c.triwulan,
            c.periode,
            c.kode_indikator,
            s.status
        from capaian_triwulan_nilai(true) as c
        inner join keadaan_periode_lapor(p_tanggal) as k
            on k.kode_pemda = c.kode_pemda and k.tahun = c.tahun and k.periode = c.periode
        left join status_lapor as s
            on s.kode_pemda = c.kode_pemda
            and s.kode_indikator = c.kode_indikator
            and s.tahun = c.tahun
            and s.periode = c.periode
        where c.jenis in ('IKU_PEMDA', 'IKU_PD') and c.wajib_lapor
    ),

    per_pd as (
        select
            kode_pemda,
            kode_pd,
            any_value(nama_pd) as nama_pd,
            any_value(singkatan) as singkatan,
            tahun,
            triwulan,
            periode,
            count(*) as jumlah_wajib,
            count(*) filter (where status in ('diajukan', 'diverifikasi')) as jumlah_masuk,
            count(*) filter (where status = 'diajukan') as jumlah_diajukan,
            count(*) filter (where status = 'diverifikasi') as jumlah_diverifikasi,
            count(*) filter (where status = 'dikembalikan') as jumlah_dikembalikan,
            count(*) filter (where status = 'draf') as jumlah_draf,
            count(*) filter (where status is null) as jumlah_belum_diisi
        from iku
        group by kode_pemda, kode_pd, tahun, triwulan, periode
    ),

    operator as (
        select kode_pemda, kode_pd, string_agg(email, ',' order by email) as email_operator
        from pengguna
        where peran = 'operator_opd' and kode_pd is not null
        group by kode_pemda, kode_pd
    )

select
    p.kode_pemda,
    p.kode_pd,
    p.nama_pd,
    p.singkatan,
    p.tahun,
    p.triwulan,
    p.periode,
    p.jumlah_wajib,
    p.jumlah_masuk,
    p.jumlah_diajukan,
    p.jumlah_diverifikasi,
    p.jumlah_dikembalikan,
    p.jumlah_draf,
    p.jumlah_belum_diisi,
    k.batas_lapor,
    k.terkunci,
    p.jumlah_masuk = p.jumlah_wajib as sudah_lapor,
    case
        when p.jumlah_masuk < p.jumlah_wajib and cast(p_tanggal as date) > k.batas_lapor
            then date_diff('day', k.batas_lapor, cast(p_tanggal as date))
    end as hari_terlambat,
    case
        when p.jumlah_diverifikasi = p.jumlah_wajib then 'Terverifikasi'
        when p.jumlah_masuk = p.jumlah_wajib then 'Menunggu verifikasi'
        when p.jumlah_dikembalikan > 0 and cast(p_tanggal as date) > k.batas_lapor then 'Dikembalikan, terlambat'
        when p.jumlah_dikembalikan > 0 then 'Dikembalikan'
        when cast(p_tanggal as date) > k.batas_lapor then 'Terlambat'
        else 'Belum lapor'
    end as keadaan,
    o.email_operator
from per_pd as p
inner join keadaan_periode_lapor(p_tanggal) as k
    on k.kode_pemda = p.kode_pemda and k.tahun = p.tahun and k.periode = p.periode
left join operator as o on o.kode_pemda = p.kode_pemda and o.kode_pd = p.kode_pd;
