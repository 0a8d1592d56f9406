-- Tindak lanjut keputusan rapat (issue 7): keadaan setiap tindak lanjut pada suatu tanggal (lewat batas
-- waktu, segera jatuh tempo, dalam proses, selesai), dan apa yang dijanjikan pada rapat lalu. Aturannya ada
-- di sini, sekali. "Hari ini" adalah parameter (table macro tindak_lanjut_per(hari_ini)), agar hasilnya
-- dapat diuji dan diulang; view dengan nama tanpa _per memakai current_date.

-- --------------------------------------------------------------------------------------------- pengaturan

insert into pengaturan
select *
from (
    values
        ('tindak_lanjut_hari_jatuh_tempo', 14.0,
         'Tindak lanjut yang belum selesai ditandai segera jatuh tempo bila batas waktunya tinggal sekian hari '
         'atau kurang')
) as v (kunci, nilai, keterangan)
where not exists (select 1 from pengaturan as p where p.kunci = v.kunci);

-- Label, urutan (masalah lebih dulu) dan warna keadaan tindak lanjut: satu palet, dapat diubah.
-- terbuka: keadaan yang masih harus dikerjakan (dibawa ke rapat berikutnya).
create table if not exists skala_status_tindak_lanjut (
    keadaan varchar not null,
    label varchar not null,
    urutan integer not null,
    warna varchar not null,
    terbuka boolean not null
);

insert into skala_status_tindak_lanjut
select *
from (
    values
        ('lewat_batas', 'Lewat batas waktu', 1, '#d1242f', true),
        ('segera_jatuh_tempo', 'Segera jatuh tempo', 2, '#f08a24', true),
        ('proses', 'Dalam proses', 3, '#0969da', true),
        ('belum', 'Belum dimulai', 4, '#8c959f', true),
        ('selesai', 'Selesai', 5, '#1a7f37', false),
        ('batal', 'Dibatalkan', 6, '#afb8c1', false)
) as v (keadaan, label, urutan, warna, terbuka)
where not exists (select 1 from skala_status_tindak_lanjut as s where s.keadaan = v.keadaan);

-- --------------------------------------------------------------------------------------------- aturan

-- Status pada tanggal hari_ini. Status kosong = belum. Tindak lanjut yang tercatat selesai dengan
-- tanggal_selesai sesudah hari_ini masih berjalan pada hari_ini (proses): dengan begitu keadaan pada rapat
-- yang lalu dapat dilihat ulang.
create or replace macro status_tindak_lanjut_pada(status, tanggal_selesai, hari_ini) as
    case
        when coalesce(status, 'belum') = 'selesai' and tanggal_selesai > cast(hari_ini as date) then 'proses'
        else coalesce(status, 'belum')
    end;

-- Keadaan pada hari_ini: selesai dan batal apa adanya; yang belum selesai lewat batas bila batas waktunya
-- sudah lewat (batas waktu hari ini belum lewat), segera jatuh tempo bila tinggal sekian hari (pengaturan
-- tindak_lanjut_hari_jatuh_tempo), selain itu status belum/proses. Tanpa batas waktu: tidak pernah lewat.
create or replace macro keadaan_tindak_lanjut(status, batas_waktu, tanggal_selesai, hari_ini) as
    case
        when status_tindak_lanjut_pada(status, tanggal_selesai, hari_ini) in ('selesai', 'batal')
            then status_tindak_lanjut_pada(status, tanggal_selesai, hari_ini)
        when batas_waktu < cast(hari_ini as date) then 'lewat_batas'
        when batas_waktu <= cast(hari_ini as date) + cast(
            (select nilai from pengaturan where kunci = 'tindak_lanjut_hari_jatuh_tempo') as integer
        ) then 'segera_jatuh_tempo'
        else status_tindak_lanjut_pada(status, tanggal_selesai, hari_ini)
    end;

-- Setiap tindak lanjut yang sudah diputuskan pada tanggal hari_ini (tanggal rapat kosong atau paling lambat
-- hari_ini), dengan keadaannya pada tanggal itu, OPD-nya, dan yang dikaitkan (IKU, program unggulan,
-- kegiatan) dengan namanya.
create or replace macro tindak_lanjut_per(hari_ini) as table
    with
        -- kegiatan is keyed by (kode_pemda, tahun, kode): the name of the latest year that has the code in the
        -- follow-up's pemda; only the codes follow-ups name (grouping every kegiatan of the nation took 100 ms per
        -- query)
        nama_kegiatan as (
            select k.kode_pemda, k.kode_kegiatan, arg_max(k.nama, k.tahun) as nama_kegiatan
            from kegiatan as k
            where exists (
                select 1
                from tindak_lanjut as t
                where t.kode_pemda = k.kode_pemda and t.kode_kegiatan = k.kode_kegiatan
            )
            group by k.kode_pemda, k.kode_kegiatan
        ),

        dasar as (
            select
                t.*,
                keadaan_tindak_lanjut(t.status, t.batas_waktu, t.tanggal_selesai, hari_ini) as keadaan
            from tindak_lanjut as t
            where t.tanggal_rapat is null or t.tanggal_rapat <= cast(hari_ini as date)
        ),

        final as (
            select
                d.kode_tindak_lanjut,
                d.uraian,
                d.kode_pemda,
                d.kode_pd,
                pd.nama_pd,
                coalesce(pd.singkatan, pd.nama_pd) as label_pd,
                d.rapat,
                d.tanggal_rapat,
                year(coalesce(d.tanggal_rapat, d.batas_waktu)) as tahun_rapat,
                d.batas_waktu,
                coalesce(d.status, 'belum') as status,
                status_tindak_lanjut_pada(d.status, d.tanggal_selesai, hari_ini) as status_per_tanggal,
                d.keadaan,
                s.label as label_keadaan,
                s.urutan as urutan_keadaan,
                s.warna as warna_keadaan,
                s.terbuka,
                d.keadaan = 'lewat_batas' as lewat_batas,
                case when d.keadaan = 'lewat_batas' then cast(hari_ini as date) - d.batas_waktu end
                    as hari_lewat_batas,
                case when s.terbuka and d.keadaan <> 'lewat_batas' then d.batas_waktu - cast(hari_ini as date) end
                    as sisa_hari,
                case
                    when d.keadaan = 'selesai' and d.batas_waktu is not null and d.tanggal_selesai is not null
                        then d.tanggal_selesai <= d.batas_waktu
                end as selesai_tepat_waktu,
                d.kode_indikator,
                i.nama_indikator,
                d.kode_unggulan,
                u.nama as nama_unggulan,
                d.kode_kegiatan,
                k.nama_kegiatan,
                d.penanggung_jawab,
                d.hasil,
                case when d.keadaan = 'selesai' then d.tanggal_selesai end as tanggal_selesai,
                cast(hari_ini as date) as per_tanggal
            from dasar as d
            left join perangkat_daerah as pd on pd.kode_pemda = d.kode_pemda and pd.kode_pd = d.kode_pd
            left join skala_status_tindak_lanjut as s on s.keadaan = d.keadaan
            left join indikator as i on i.kode_pemda = d.kode_pemda and i.kode_indikator = d.kode_indikator
            left join program_unggulan as u on u.kode_pemda = d.kode_pemda and u.kode_unggulan = d.kode_unggulan
            left join nama_kegiatan as k on k.kode_pemda = d.kode_pemda and k.kode_kegiatan = d.kode_kegiatan
        )

    select * from final;

-- @view tindak_lanjut_status: Satu baris per tindak lanjut yang sudah diputuskan (tanggal rapat kosong atau paling lambat hari ini): keadaannya per hari ini (current_date): lewat batas waktu, segera jatuh tempo, dalam proses, belum dimulai, selesai, dibatalkan (aturan macro keadaan_tindak_lanjut); OPD, rapat asal, dan IKU / program unggulan / kegiatan yang dikaitkan. Untuk tanggal lain: select * from tindak_lanjut_per(date '2026-10-15').
-- @kolom kode_tindak_lanjut: Kode tindak lanjut
-- @kolom uraian: Apa yang harus dilakukan
-- @kolom kode_pemda: Pemda tindak lanjut itu
-- @kolom kode_pd: OPD yang bertanggung jawab
-- @kolom nama_pd: Nama OPD
-- @kolom label_pd: Singkatan OPD, atau namanya bila tanpa singkatan
-- @kolom rapat: Rapat asal keputusan
-- @kolom tanggal_rapat: Tanggal rapat
-- @kolom tahun_rapat: Tahun rapat (tahun batas waktu bila tanggal rapat kosong)
-- @kolom batas_waktu: Batas waktu
-- @kolom status: Status seperti dicatat: belum / proses / selesai / batal (kosong = belum)
-- @kolom status_per_tanggal: Status pada tanggal acuan: selesai dengan tanggal_selesai sesudahnya dihitung proses
-- @kolom keadaan: lewat_batas / segera_jatuh_tempo / proses / belum / selesai / batal (tabel skala_status_tindak_lanjut)
-- @kolom label_keadaan: Label keadaan
-- @kolom urutan_keadaan: Urutan keadaan (1 = paling mendesak)
-- @kolom warna_keadaan: Warna keadaan
-- @kolom terbuka: Belum selesai dan tidak dibatalkan: dibawa ke rapat berikutnya
-- @kolom lewat_batas: Belum selesai padahal batas waktunya sudah lewat
-- @kolom hari_lewat_batas: Hari sesudah batas waktu (hanya yang lewat batas)
-- @kolom sisa_hari: Hari sampai batas waktu (hanya yang terbuka dan belum lewat batas)
-- @kolom selesai_tepat_waktu: Selesai paling lambat pada batas waktunya (NULL bila belum selesai atau tanggal kosong)
-- @kolom kode_indikator: IKU yang dikaitkan (di pemda yang sama)
-- @kolom nama_indikator: Nama IKU
-- @kolom kode_unggulan: Program unggulan yang dikaitkan (di pemda yang sama)
-- @kolom nama_unggulan: Nama program unggulan
-- @kolom kode_kegiatan: Program/kegiatan/sub kegiatan yang dikaitkan (di pemda yang sama)
-- @kolom nama_kegiatan: Nama kegiatan (tahun terakhir yang memuat kode itu di pemda itu)
-- @kolom penanggung_jawab: Penanggung jawab
-- @kolom hasil: Apa yang sudah terjadi
-- @kolom tanggal_selesai: Tanggal selesai (hanya yang selesai pada tanggal acuan)
-- @kolom per_tanggal: Tanggal acuan
create or replace view tindak_lanjut_status as
select * from tindak_lanjut_per(current_date);

-- Rapat yang menghasilkan tindak lanjut, per pemda, dengan nasib janjinya per tanggal hari_ini. Rapat lalu =
-- rapat terakhir sebelum hari_ini (yang ditinjau pada rapat berikutnya).
create or replace macro rapat_tindak_lanjut_per(hari_ini) as table
    with
        per_rapat as (
            select
                kode_pemda,
                rapat,
                min(tanggal_rapat) as tanggal_rapat,
                count(*) as jumlah,
                count(*) filter (where keadaan = 'selesai') as jumlah_selesai,
                count(*) filter (where selesai_tepat_waktu) as jumlah_selesai_tepat_waktu,
                count(*) filter (where terbuka) as jumlah_terbuka,
                count(*) filter (where lewat_batas) as jumlah_lewat_batas,
                count(*) filter (where keadaan = 'batal') as jumlah_batal
            from tindak_lanjut_per(hari_ini)
            group by kode_pemda, rapat
        ),

        final as (
            select
                *,
                persen_dari(jumlah_selesai, jumlah - jumlah_batal) as persen_selesai,
                coalesce(
                    tanggal_rapat = max(tanggal_rapat) filter (where tanggal_rapat < cast(hari_ini as date))
                        over (partition by kode_pemda),
                    false
                ) as rapat_lalu,
                cast(hari_ini as date) as per_tanggal
            from per_rapat
        )

    select * from final;

-- @view rapat_tindak_lanjut: Satu baris per pemda × rapat asal tindak lanjut: berapa tindak lanjut yang diputuskan dan bagaimana nasibnya per hari ini (current_date): selesai (tepat waktu), masih terbuka, lewat batas, dibatalkan; dan apakah itu rapat lalu (rapat terakhir sebelum hari ini). Untuk tanggal lain: select * from rapat_tindak_lanjut_per(date '2026-10-15').
-- @kolom kode_pemda: Pemda
-- @kolom rapat: Nama rapat (kosong bila tidak dicatat)
-- @kolom tanggal_rapat: Tanggal rapat
-- @kolom jumlah: Tindak lanjut yang diputuskan
-- @kolom jumlah_selesai: Yang sudah selesai
-- @kolom jumlah_selesai_tepat_waktu: Yang selesai paling lambat pada batas waktunya
-- @kolom jumlah_terbuka: Yang belum selesai (belum dimulai atau dalam proses)
-- @kolom jumlah_lewat_batas: Yang belum selesai padahal batas waktunya sudah lewat
-- @kolom jumlah_batal: Yang dibatalkan
-- @kolom persen_selesai: jumlah_selesai ÷ (jumlah − jumlah_batal) × 100
-- @kolom rapat_lalu: Rapat terakhir sebelum tanggal acuan
-- @kolom per_tanggal: Tanggal acuan
create or replace view rapat_tindak_lanjut as
select * from rapat_tindak_lanjut_per(current_date);
