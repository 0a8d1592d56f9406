-- Kerja sama daerah, Perjanjian Kinerja (PK), evaluasi SAKIP, dan perbandingan antarpemda (issue 9).
-- Aturannya ada di sini, sekali: integrasi kerja sama ke perencanaan dan penganggaran, masa berlaku,
-- status penandatanganan PK, predikat SAKIP (PermenPANRB 88/2021), dan kelompok indikator yang sama
-- antarpemda. "Hari ini" adalah parameter (table macro ..._per(hari_ini)), agar hasilnya dapat diuji dan
-- diulang; view dengan nama tanpa _per memakai current_date.

-- --------------------------------------------------------------------------------------------- pengaturan

insert into pengaturan
select *
from (
    values
        ('kerja_sama_bulan_segera_berakhir', 6.0,
         'Kerja sama ditandai segera berakhir bila tanggal berakhirnya tidak lebih dari sekian bulan dari hari ini'),
        ('pk_batas_bulan', 2.0,
         'Perjanjian Kinerja tahun T paling lambat ditandatangani pada akhir bulan ke-sekian tahun T '
         '(2 = akhir Februari, sebulan setelah DPA disahkan)'),
        ('bobot_sakip_perencanaan', 30.0, 'Bobot komponen perencanaan kinerja evaluasi SAKIP (nilai maksimum)'),
        ('bobot_sakip_pengukuran', 30.0, 'Bobot komponen pengukuran kinerja evaluasi SAKIP (nilai maksimum)'),
        ('bobot_sakip_pelaporan', 15.0, 'Bobot komponen pelaporan kinerja evaluasi SAKIP (nilai maksimum)'),
        ('bobot_sakip_evaluasi', 25.0,
         'Bobot komponen evaluasi akuntabilitas kinerja internal evaluasi SAKIP (nilai maksimum)')
) as v (kunci, nilai, keterangan)
where not exists (select 1 from pengaturan as p where p.kunci = v.kunci);

-- Skala predikat SAKIP (PermenPANRB 88/2021): nilai > batas_bawah → predikat; kelas terbawah batas_bawah NULL.
create table if not exists skala_sakip (
    urutan integer not null,
    predikat varchar not null,
    batas_bawah double,
    sebutan varchar not null,
    warna varchar not null
);

insert into skala_sakip
select *
from (
    values
        (1, 'AA', 90.0, 'Sangat Memuaskan', '#0b5e2a'),
        (2, 'A', 80.0, 'Memuaskan', '#1a7f37'),
        (3, 'BB', 70.0, 'Sangat Baik', '#6cc04a'),
        (4, 'B', 60.0, 'Baik', '#f2c12e'),
        (5, 'CC', 50.0, 'Cukup', '#f08a24'),
        (6, 'C', 30.0, 'Kurang', '#d1242f'),
        (7, 'D', null, 'Sangat Kurang', '#82071e')
) as v (urutan, predikat, batas_bawah, sebutan, warna)
where not exists (select 1 from skala_sakip);

-- Label dan warna status kerja sama dan PK (satu palet, dapat diubah). jenis: integrasi (kerja sama ke
-- dokumen perencanaan/anggaran), masa (masa berlaku kerja sama), pk (penandatanganan Perjanjian Kinerja).
-- urutan: urutan tampil, masalah lebih dulu.
create table if not exists skala_status_komitmen (
    jenis varchar not null,
    status varchar not null,
    label varchar not null,
    urutan integer not null,
    warna varchar not null
);

insert into skala_status_komitmen
select *
from (
    values
        ('integrasi', 'belum_direncanakan', 'Belum direncanakan', 1, '#d1242f'),
        ('integrasi', 'belum_dianggarkan', 'Belum dianggarkan', 2, '#f08a24'),
        ('integrasi', 'terintegrasi', 'Terintegrasi', 3, '#1a7f37'),
        ('masa', 'berakhir', 'Sudah berakhir', 1, '#57606a'),
        ('masa', 'segera_berakhir', 'Segera berakhir', 2, '#f08a24'),
        ('masa', 'berlaku', 'Berlaku', 3, '#1a7f37'),
        ('masa', 'belum_berlaku', 'Belum berlaku', 4, '#8c959f'),
        ('masa', 'tanpa_tanggal', 'Tanggal belum diisi', 5, '#d0d7de'),
        ('pk', 'belum_lewat_batas', 'Belum ditandatangani, lewat batas', 1, '#d1242f'),
        ('pk', 'belum', 'Belum ditandatangani', 2, '#f2c12e'),
        ('pk', 'terlambat', 'Ditandatangani terlambat', 3, '#f08a24'),
        ('pk', 'tepat_waktu', 'Ditandatangani tepat waktu', 4, '#1a7f37'),
        ('pk', 'tidak_tercatat', 'Tanggal PK tahun ini tidak tercatat', 5, '#8c959f')
) as v (jenis, status, label, urutan, warna)
where not exists (select 1 from skala_status_komitmen as s where s.jenis = v.jenis and s.status = v.status);

-- --------------------------------------------------------------------------------------------- aturan

-- Bagian dari keseluruhan dalam persen; keseluruhan nol atau kosong → NULL (bukan pembagian nol).
create or replace macro porsi_persen(bagian, keseluruhan) as
    case when keseluruhan > 0 then coalesce(bagian, 0) / keseluruhan * 100 end;

-- Tahun yang punya data (target, realisasi atau kegiatan) per pemda: tahun yang dapat dipilih halaman (distinct
-- tahun), dan tahun data setiap pemda (kerja sama, PK: tahun pemda lain tidak menambah baris di sini). Disimpan
-- pada setiap penulisan (VIEW_TERSIMPAN), karena menghitungnya memindai tiga tabel besar.
-- @view tahun_komitmen: Satu baris per pemda × tahun yang punya target, realisasi atau kegiatan di pemda itu.
-- @kolom kode_pemda: Pemda
-- @kolom tahun: Tahun
create or replace view tahun_komitmen as
select kode_pemda, tahun from target
union
select kode_pemda, tahun from realisasi
union
select kode_pemda, tahun from kegiatan;

create or replace macro tahun_data_komitmen() as table
    select kode_pemda, tahun from tahun_komitmen;

-- Kerja sama berlaku (setidaknya sebagian) pada tahun itu; tanggal kosong = tidak dibatasi di sisi itu.
create or replace macro kerja_sama_berlaku_pada(tanggal_mulai, tanggal_berakhir, tahun) as
    coalesce(tanggal_mulai <= make_date(tahun, 12, 31), true)
    and coalesce(tanggal_berakhir >= make_date(tahun, 1, 1), true);

-- Status integrasi dari dua pernyataan: masuk perencanaan (RPJMD/RKPD/Renja) dan masuk anggaran (DPA).
-- Kosong dihitung "belum": integrasi harus dinyatakan, bukan diduga.
create or replace macro status_integrasi_kerja_sama(masuk_perencanaan, masuk_anggaran) as
    case
        when not coalesce(masuk_perencanaan, false) then 'belum_direncanakan'
        when not coalesce(masuk_anggaran, false) then 'belum_dianggarkan'
        else 'terintegrasi'
    end;

-- Masa berlaku pada tanggal hari_ini. Segera berakhir: berakhir paling lambat hari_ini + N bulan
-- (pengaturan kerja_sama_bulan_segera_berakhir), termasuk tanggal itu sendiri.
create or replace macro masa_kerja_sama(tanggal_mulai, tanggal_berakhir, hari_ini) as
    case
        when tanggal_mulai is null and tanggal_berakhir is null then 'tanpa_tanggal'
        when tanggal_berakhir < cast(hari_ini as date) then 'berakhir'
        when tanggal_mulai > cast(hari_ini as date) then 'belum_berlaku'
        when tanggal_berakhir <= cast(hari_ini as date) + to_months(
            cast((select nilai from pengaturan where kunci = 'kerja_sama_bulan_segera_berakhir') as integer)
        ) then 'segera_berakhir'
        else 'berlaku'
    end;

-- Batas penandatanganan PK tahun itu: hari terakhir bulan ke-N (pengaturan pk_batas_bulan).
create or replace macro batas_tanda_tangan_pk(tahun) as
    last_day(make_date(tahun, cast((select nilai from pengaturan where kunci = 'pk_batas_bulan') as integer), 1));

-- Keadaan PK sebuah OPD untuk tahun T pada tanggal hari_ini, dengan batas = batas_tanda_tangan_pk(T) (dihitung
-- sekali per tahun oleh pemanggilnya). Versi 2: satu baris perjanjian_kinerja per OPD per tahun; ada_baris = OPD
-- itu punya baris tahun T, tanggal_pk = tanggal_tanda_tangan baris itu. Tanpa baris tahun T, PK tahun T belum
-- ditandatangani (versi 1 menyimpan hanya PK terakhir dan harus menebak; tidak lagi).
-- tepat_waktu        ditandatangani, paling lambat batasnya
-- terlambat          ditandatangani sesudah batasnya
-- tidak_tercatat     ada baris PK tahun T tetapi tanggal tanda tangannya kosong: PK tercatat, tanggalnya tidak
--                    (tidak dihitung sudah atau belum ditandatangani)
-- belum_lewat_batas  belum ditandatangani (tanpa baris tahun T) dan batasnya sudah lewat pada hari_ini
-- belum              belum ditandatangani, batasnya belum lewat
-- (Tanggal PK sesudah hari_ini dihitung belum ditandatangani: keadaan dapat dilihat "per tanggal" yang lalu.)
create or replace macro keadaan_pk(tanggal_pk, ada_baris, hari_ini, batas) as
    case
        when tanggal_pk <= cast(hari_ini as date) then
            case when tanggal_pk <= batas then 'tepat_waktu' else 'terlambat' end
        when ada_baris and tanggal_pk is null then 'tidak_tercatat'
        when cast(hari_ini as date) > batas then 'belum_lewat_batas'
        else 'belum'
    end;

-- --------------------------------------------------------------------------------------------- kerja sama

-- Skala predikat SAKIP sebagai rentang (bawah, atas].
-- @view skala_sakip_rentang: Skala predikat SAKIP (PermenPANRB 88/2021, tabel skala_sakip) sebagai rentang nilai (bawah, atas], untuk menggabungkan nilai evaluasi dengan predikat.
-- @kolom urutan: Urutan kelas (1 = AA, terbaik)
-- @kolom predikat: AA / A / BB / B / CC / C / D
-- @kolom sebutan: Sebutan predikat (Sangat Memuaskan … Sangat Kurang)
-- @kolom warna: Warna predikat
-- @kolom bawah: Batas bawah (eksklusif): nilai harus lebih dari ini
-- @kolom atas: Batas atas (inklusif)
create or replace view skala_sakip_rentang as
with
    skala as (
        select
            urutan,
            predikat,
            sebutan,
            warna,
            coalesce(batas_bawah, '-infinity'::double) as bawah,
            coalesce(lag(batas_bawah) over (order by batas_bawah desc nulls last), 'infinity'::double) as atas
        from skala_sakip
    ),

    final as (
        select * from skala
    )

select * from final;

-- Sub kegiatan yang dicakup kode_kegiatan sebuah kerja sama (program/kegiatan mencakup semua sub kegiatan di
-- bawahnya), per tahun anggaran, dengan pagu dan realisasi s.d. bulan terakhir yang dilaporkan.
-- @view kerja_sama_kegiatan: Satu baris per kerja sama × tahun anggaran × sub kegiatan yang dicakup kode_kegiatan-nya di pemda kerja sama itu (kode program/kegiatan mencakup semua sub kegiatan di bawahnya); kode yang tidak ada di DPA pemda itu tahun itu muncul sekali dengan ditemukan FALSE.
-- @kolom kode_pemda: Pemda kerja sama (dan sub kegiatannya)
-- @kolom nomor: Nomor naskah kerja sama
-- @kolom tahun: Tahun anggaran
-- @kolom kode_dirujuk: Kode yang ditulis di kerja_sama.kode_kegiatan
-- @kolom ditemukan: Kode itu ada di tabel kegiatan pemda itu tahun itu (dengan sub kegiatan di bawahnya)
-- @kolom kode_kegiatan: Sub kegiatan yang dicakup (NULL bila tidak ditemukan)
-- @kolom nama_kegiatan: Nama sub kegiatan
-- @kolom kode_pd: OPD pemilik sub kegiatan
-- @kolom pagu: Pagu sub kegiatan tahun itu
-- @kolom realisasi: Realisasi keuangan kumulatif s.d. bulan terakhir yang dilaporkan
-- @kolom serapan_persen: realisasi / pagu × 100
-- @kolom bulan_realisasi: Bulan terakhir yang dilaporkan (NULL bila belum ada laporan)
create or replace view kerja_sama_kegiatan as
with
    dirujuk as (
        select distinct
            ks.kode_pemda,
            ks.nomor,
            trim(k.kode) as kode_dirujuk
        from kerja_sama as ks
        cross join unnest(string_split(coalesce(ks.kode_kegiatan, ''), ';')) as k (kode)
        where trim(k.kode) <> ''
    ),

    tahun_data as (
        select kode_pemda, tahun from tahun_data_komitmen()
    ),

    sub as (
        select kode_pemda, tahun, kode_kegiatan, nama, kode_pd, pagu
        from kegiatan
        where len(string_split(kode_kegiatan, '.')) = 6
    ),

    realisasi_akhir as (
        select
            kode_pemda,
            tahun,
            kode_kegiatan,
            max(bulan) as bulan_realisasi,
            arg_max(realisasi_kumulatif, bulan) as realisasi
        from realisasi_anggaran_bulanan
        group by kode_pemda, tahun, kode_kegiatan
    ),

    cakupan as (
        select
            d.kode_pemda,
            d.nomor,
            t.tahun,
            d.kode_dirujuk,
            s.kode_kegiatan,
            s.nama as nama_kegiatan,
            s.kode_pd,
            s.pagu
        from dirujuk as d
        inner join tahun_data as t on t.kode_pemda = d.kode_pemda
        left join (select *, unnest(awalan_kode_semua(kode_kegiatan)) as awalan from sub) as s
            on s.kode_pemda = d.kode_pemda and s.tahun = t.tahun and s.awalan = d.kode_dirujuk
    ),

    final as (
        select
            c.kode_pemda,
            c.nomor,
            c.tahun,
            c.kode_dirujuk,
            c.kode_kegiatan is not null as ditemukan,
            c.kode_kegiatan,
            c.nama_kegiatan,
            c.kode_pd,
            c.pagu,
            r.realisasi,
            porsi_persen(r.realisasi, c.pagu) as serapan_persen,
            r.bulan_realisasi
        from cakupan as c
        left join realisasi_akhir as r
            on r.kode_pemda = c.kode_pemda and r.tahun = c.tahun and r.kode_kegiatan = c.kode_kegiatan
    )

select * from final;

-- Setiap kerja sama yang berlaku pada tahun data, per tanggal hari_ini.
create or replace macro kerja_sama_per(hari_ini) as table
    with
        kode as (
            select
                kode_pemda,
                nomor,
                tahun,
                count(distinct kode_dirujuk) as jumlah_kode_dirujuk,
                count(distinct kode_dirujuk) filter (where not ditemukan) as jumlah_kode_tidak_ditemukan
            from kerja_sama_kegiatan
            group by kode_pemda, nomor, tahun
        ),

        -- a sub kegiatan covered by two listed codes (its program and itself) counts once
        uang as (
            select
                kode_pemda,
                nomor,
                tahun,
                count(*) as jumlah_sub_kegiatan,
                sum(pagu) as pagu,
                sum(realisasi) as realisasi
            from (
                select distinct kode_pemda, nomor, tahun, kode_kegiatan, pagu, realisasi
                from kerja_sama_kegiatan
                where ditemukan
            )
            group by kode_pemda, nomor, tahun
        ),

        dasar as (
            select
                ks.*,
                t.tahun,
                pd.nama_pd,
                pd.singkatan,
                status_integrasi_kerja_sama(ks.masuk_perencanaan, ks.masuk_anggaran) as status_integrasi,
                masa_kerja_sama(ks.tanggal_mulai, ks.tanggal_berakhir, hari_ini) as masa
            from kerja_sama as ks
            inner join tahun_data_komitmen() as t on t.kode_pemda = ks.kode_pemda
            left join perangkat_daerah as pd on pd.kode_pemda = ks.kode_pemda and pd.kode_pd = ks.kode_pd
            where kerja_sama_berlaku_pada(ks.tanggal_mulai, ks.tanggal_berakhir, t.tahun)
        ),

        final as (
            select
                d.nomor,
                d.judul,
                d.mitra,
                d.kategori,
                case d.kategori
                    when 'antar_daerah' then 'Antardaerah'
                    when 'pihak_ketiga' then 'Pihak ketiga'
                    when 'luar_negeri' then 'Luar negeri'
                    else 'Belum dikategorikan'
                end as label_kategori,
                d.jenis_naskah,
                d.nomor_mitra,
                d.kode_pemda,
                d.kode_pd,
                d.nama_pd,
                d.singkatan,
                d.tahun,
                d.tanggal_mulai,
                d.tanggal_berakhir,
                d.masuk_perencanaan,
                d.masuk_anggaran,
                d.persetujuan_dprd,
                d.kode_kegiatan,
                d.status_integrasi,
                si.label as label_integrasi,
                si.urutan as urutan_integrasi,
                si.warna as warna_integrasi,
                d.status_integrasi = 'terintegrasi' as terintegrasi,
                coalesce(kd.jumlah_kode_dirujuk, 0) as jumlah_kode_dirujuk,
                coalesce(kd.jumlah_kode_tidak_ditemukan, 0) as jumlah_kode_tidak_ditemukan,
                coalesce(u.jumlah_sub_kegiatan, 0) as jumlah_sub_kegiatan,
                u.pagu,
                u.realisasi,
                porsi_persen(u.realisasi, u.pagu) as serapan_persen,
                coalesce(d.masuk_anggaran, false) and coalesce(u.pagu, 0) = 0 as dianggarkan_tanpa_pagu,
                d.masa,
                sm.label as label_masa,
                sm.warna as warna_masa,
                d.tanggal_berakhir - cast(hari_ini as date) as sisa_hari,
                coalesce(d.persetujuan_dprd = false, false) as tanpa_persetujuan_dprd,
                -- Yang dibicarakan lebih dulu: belum terintegrasi, lalu yang segera berakhir.
                d.status_integrasi <> 'terintegrasi' or d.masa = 'segera_berakhir' as perlu_perhatian,
                cast(hari_ini as date) as per_tanggal
            from dasar as d
            left join kode as kd on kd.kode_pemda = d.kode_pemda and kd.nomor = d.nomor and kd.tahun = d.tahun
            left join uang as u on u.kode_pemda = d.kode_pemda and u.nomor = d.nomor and u.tahun = d.tahun
            left join skala_status_komitmen as si on si.jenis = 'integrasi' and si.status = d.status_integrasi
            left join skala_status_komitmen as sm on sm.jenis = 'masa' and sm.status = d.masa
        )

    select * from final;

-- @view kerja_sama_integrasi: Satu baris per kerja sama × tahun data pemdanya yang masa berlakunya mencakup tahun itu: mitra, OPD, status integrasi ke perencanaan dan anggaran, sub kegiatan yang didanai dengan pagu dan realisasinya, dan masa berlaku per hari ini (current_date). Untuk tanggal lain: select * from kerja_sama_per(date '2026-10-15').
-- @kolom nomor: Nomor naskah kerja sama (pihak pemda)
-- @kolom judul: Judul/perihal
-- @kolom mitra: Pihak mitra
-- @kolom kategori: antar_daerah / pihak_ketiga / luar_negeri (NULL bila belum diisi)
-- @kolom label_kategori: Antardaerah / Pihak ketiga / Luar negeri / Belum dikategorikan
-- @kolom jenis_naskah: Jenis naskah (Kesepakatan Bersama, Perjanjian Kerja Sama, …)
-- @kolom nomor_mitra: Nomor naskah di pihak mitra
-- @kolom kode_pemda: Pemda kerja sama itu
-- @kolom kode_pd: OPD pengampu
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom tahun: Tahun data pemda itu yang dicakup masa berlakunya
-- @kolom tanggal_mulai: Tanggal mulai
-- @kolom tanggal_berakhir: Tanggal berakhir
-- @kolom masuk_perencanaan: Dinyatakan masuk dokumen perencanaan (RPJMD/RKPD/Renja)
-- @kolom masuk_anggaran: Dinyatakan masuk anggaran (DPA)
-- @kolom persetujuan_dprd: Sudah disetujui DPRD (NULL: tidak diwajibkan atau belum diisi)
-- @kolom kode_kegiatan: Kode kegiatan/sub kegiatan yang dirujuk (`;`-terpisah)
-- @kolom status_integrasi: belum_direncanakan / belum_dianggarkan / terintegrasi (kosong dihitung belum)
-- @kolom label_integrasi: Label status integrasi (tabel skala_status_komitmen)
-- @kolom urutan_integrasi: Urutan status integrasi (1 = paling bermasalah)
-- @kolom warna_integrasi: Warna status integrasi
-- @kolom terintegrasi: Masuk perencanaan dan anggaran
-- @kolom jumlah_kode_dirujuk: Banyaknya kode kegiatan yang dirujuk
-- @kolom jumlah_kode_tidak_ditemukan: Kode dirujuk yang tidak ada di DPA pemda itu tahun itu
-- @kolom jumlah_sub_kegiatan: Sub kegiatan pemda itu tahun itu yang dicakup kode yang dirujuk
-- @kolom pagu: Pagu sub kegiatan itu tahun itu
-- @kolom realisasi: Realisasi keuangannya s.d. bulan terakhir yang dilaporkan
-- @kolom serapan_persen: realisasi / pagu × 100
-- @kolom dianggarkan_tanpa_pagu: Dinyatakan masuk anggaran tetapi tidak ada pagu sub kegiatan yang dirujuk tahun itu
-- @kolom masa: berlaku / segera_berakhir / berakhir / belum_berlaku / tanpa_tanggal per hari ini
-- @kolom label_masa: Label masa berlaku
-- @kolom warna_masa: Warna masa berlaku
-- @kolom sisa_hari: Hari sampai tanggal berakhir (negatif: sudah lewat)
-- @kolom tanpa_persetujuan_dprd: persetujuan_dprd diisi tidak
-- @kolom perlu_perhatian: Belum terintegrasi, atau segera berakhir
-- @kolom per_tanggal: Tanggal acuan masa berlaku
create or replace view kerja_sama_integrasi as
select * from kerja_sama_per(current_date);

-- --------------------------------------------------------------------------------------------- PK

-- Perjanjian Kinerja setiap OPD untuk setiap tahun data, per tanggal hari_ini. Versi 2: satu baris
-- perjanjian_kinerja per OPD per tahun (bukan lagi perangkat_daerah.tanggal_pk, yang hanya menyimpan PK terakhir).
-- @view pk_iku_tahun: Satu baris per OPD × tahun data pemdanya: IKU yang dipegang OPD itu, yang bertarget tahun itu, dan yang bertarget TW1–TW4 lengkap (bagian pk_status yang tidak bergantung tanggal; tersimpan).
-- @kolom kode_pemda: Pemda
-- @kolom kode_pd: OPD
-- @kolom tahun: Tahun
-- @kolom jumlah_iku: IKU (IKU_PEMDA dan IKU_PD) yang menjadi tanggung jawab OPD
-- @kolom jumlah_iku_bertarget: IKU itu yang punya target tahun itu
-- @kolom jumlah_iku_target_triwulan: IKU itu yang punya target TW1–TW4 lengkap tahun itu
create or replace view pk_iku_tahun as
with
    iku as (
        select kode_pemda, kode_indikator, kode_pd
        from indikator
        where jenis in ('IKU_PEMDA', 'IKU_PD')
    ),

    target_per_tahun as (
        select
            kode_pemda,
            kode_indikator,
            tahun,
            count(distinct periode) filter (where periode in ('TW1', 'TW2', 'TW3', 'TW4')) as jumlah_tw
        from target
        group by kode_pemda, kode_indikator, tahun
    ),

    final as (
        select
            i.kode_pemda,
            i.kode_pd,
            t.tahun,
            count(*) as jumlah_iku,
            count(tt.kode_indikator) as jumlah_iku_bertarget,
            count(*) filter (where tt.jumlah_tw = 4) as jumlah_iku_target_triwulan
        from iku as i
        inner join tahun_data_komitmen() as t on t.kode_pemda = i.kode_pemda
        left join target_per_tahun as tt
            on tt.kode_pemda = i.kode_pemda and tt.kode_indikator = i.kode_indikator and tt.tahun = t.tahun
        group by i.kode_pemda, i.kode_pd, t.tahun
    )

select * from final;

-- @view pk_opd_tahun: Satu baris per OPD × tahun data pemdanya: OPD dan kepalanya, baris perjanjian_kinerja OPD itu tahun itu (tanpa baris: belum ditandatangani), batas tanda tangannya dan IKU yang dipegangnya (pk_iku_tahun): bagian pk_status yang tidak bergantung tanggal (tersimpan). Keadaan per tanggal: pk_status_per(tanggal).
-- @kolom kode_pemda: Pemda
-- @kolom nama_pemda: Nama pemda
-- @kolom kode_pd: OPD
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom nama_kepala: Kepala OPD
-- @kolom kepala_plt: Kepala OPD masih pelaksana tugas (nama diawali Plt.)
-- @kolom tahun: Tahun PK
-- @kolom ada_baris_pk: OPD itu punya baris perjanjian_kinerja tahun itu
-- @kolom tanggal_tanda_tangan: perjanjian_kinerja.tanggal_tanda_tangan tahun itu (NULL tanpa baris atau tanpa tanggal)
-- @kolom nama_penanda_tangan: Penanda tangan PK tahun itu
-- @kolom catatan_pk: Catatan PK tahun itu
-- @kolom batas_tanda_tangan: Batas penandatanganan PK tahun itu (akhir bulan pengaturan pk_batas_bulan)
-- @kolom jumlah_iku: IKU (IKU_PEMDA dan IKU_PD) yang menjadi tanggung jawab OPD
-- @kolom jumlah_iku_bertarget: IKU itu yang punya target tahun itu
-- @kolom jumlah_iku_target_triwulan: IKU itu yang punya target TW1–TW4 lengkap tahun itu
create or replace view pk_opd_tahun as
with
    -- the deadline once per year (a subquery on pengaturan), not once per OPD
    tahun_batas as (
        select tahun, batas_tanda_tangan_pk(tahun) as batas
        from (select distinct tahun from tahun_data_komitmen())
    ),

    final as (
        select
            pd.kode_pemda,
            p.nama_pemda,
            pd.kode_pd,
            pd.nama_pd,
            pd.singkatan,
            pd.nama_kepala,
            coalesce(lower(pd.nama_kepala) like 'plt%', false) as kepala_plt,
            y.tahun,
            pk.kode_pd is not null as ada_baris_pk,
            pk.tanggal_tanda_tangan,
            pk.nama_penanda_tangan,
            pk.catatan as catatan_pk,
            t.batas as batas_tanda_tangan,
            coalesce(it.jumlah_iku, 0) as jumlah_iku,
            coalesce(it.jumlah_iku_bertarget, 0) as jumlah_iku_bertarget,
            coalesce(it.jumlah_iku_target_triwulan, 0) as jumlah_iku_target_triwulan
        from perangkat_daerah as pd
        inner join tahun_data_komitmen() as y on y.kode_pemda = pd.kode_pemda
        inner join tahun_batas as t on t.tahun = y.tahun
        left join pemda as p on p.kode_pemda = pd.kode_pemda
        left join perjanjian_kinerja as pk
            on pk.kode_pemda = pd.kode_pemda and pk.kode_pd = pd.kode_pd and pk.tahun = y.tahun
        left join pk_iku_tahun as it on it.kode_pemda = pd.kode_pemda and it.kode_pd = pd.kode_pd and it.tahun = y.tahun
    )

select * from final;

-- The date is applied when read, over the stored pk_opd_tahun: one small table, so a page's query binds and plans
-- in a few ms (it was a chain of five relations per query). A change of pk_batas_bulan recomputes every stored
-- view (pantau.pengaturan), this one with it.
create or replace macro pk_status_per(hari_ini) as table
    with
        dasar as (
            select *, keadaan_pk(tanggal_tanda_tangan, ada_baris_pk, hari_ini, batas_tanda_tangan) as keadaan
            from pk_opd_tahun
        ),

        final as (
            select
                d.kode_pemda,
                d.nama_pemda,
                d.kode_pd,
                d.nama_pd,
                d.singkatan,
                d.nama_kepala,
                d.kepala_plt,
                d.tahun,
                d.tanggal_tanda_tangan as tanggal_pk_tercatat,
                case when d.keadaan in ('tepat_waktu', 'terlambat') then d.tanggal_tanda_tangan end as tanggal_pk,
                d.nama_penanda_tangan,
                d.catatan_pk,
                d.batas_tanda_tangan,
                d.keadaan,
                s.label as label_keadaan,
                s.urutan as urutan_keadaan,
                s.warna as warna_keadaan,
                case
                    when d.keadaan in ('tepat_waktu', 'terlambat') then true
                    when d.keadaan in ('belum', 'belum_lewat_batas') then false
                end as ditandatangani,
                d.keadaan = 'belum_lewat_batas' as lewat_batas,
                case
                    when d.keadaan = 'terlambat' then d.tanggal_tanda_tangan - d.batas_tanda_tangan
                    when d.keadaan = 'belum_lewat_batas' then cast(hari_ini as date) - d.batas_tanda_tangan
                end as hari_lewat_batas,
                d.jumlah_iku,
                d.jumlah_iku_bertarget,
                d.jumlah_iku_target_triwulan,
                cast(hari_ini as date) as per_tanggal
            from dasar as d
            left join skala_status_komitmen as s on s.jenis = 'pk' and s.status = d.keadaan
        )

    select * from final;

-- @view pk_status: Satu baris per OPD × tahun data pemdanya: apakah dan kapan Perjanjian Kinerja tahun itu ditandatangani (baris perjanjian_kinerja OPD itu tahun itu; aturan macro keadaan_pk, batas pengaturan pk_batas_bulan), berapa IKU yang dipegangnya dan berapa yang bertarget triwulan; per hari ini (current_date). Untuk tanggal lain: select * from pk_status_per(date '2026-10-15').
-- @kolom kode_pemda: Pemda
-- @kolom nama_pemda: Nama pemda
-- @kolom kode_pd: OPD
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom nama_kepala: Kepala OPD
-- @kolom kepala_plt: Kepala OPD masih pelaksana tugas (nama diawali Plt.)
-- @kolom tahun: Tahun PK
-- @kolom tanggal_pk_tercatat: perjanjian_kinerja.tanggal_tanda_tangan OPD itu tahun itu, apa adanya (juga bila sesudah tanggal acuan; NULL tanpa baris)
-- @kolom tanggal_pk: Tanggal PK tahun itu bila sudah ditandatangani pada tanggal acuan (tidak sesudahnya)
-- @kolom nama_penanda_tangan: Penanda tangan PK tahun itu (perjanjian_kinerja)
-- @kolom catatan_pk: Catatan PK tahun itu (perjanjian_kinerja)
-- @kolom batas_tanda_tangan: Batas penandatanganan PK tahun itu (akhir bulan pengaturan pk_batas_bulan)
-- @kolom keadaan: tepat_waktu / terlambat / belum / belum_lewat_batas / tidak_tercatat (ada baris PK tahun itu tanpa tanggal)
-- @kolom label_keadaan: Label keadaan (tabel skala_status_komitmen)
-- @kolom urutan_keadaan: Urutan keadaan (1 = paling mendesak)
-- @kolom warna_keadaan: Warna keadaan
-- @kolom ditandatangani: PK tahun itu sudah ditandatangani pada tanggal acuan (NULL bila tanggalnya tidak tercatat)
-- @kolom lewat_batas: Belum ditandatangani padahal batasnya sudah lewat
-- @kolom hari_lewat_batas: Hari sesudah batas: sampai ditandatangani (terlambat) atau sampai hari ini (belum)
-- @kolom jumlah_iku: IKU (IKU_PEMDA dan IKU_PD) yang menjadi tanggung jawab OPD
-- @kolom jumlah_iku_bertarget: IKU itu yang punya target tahun itu
-- @kolom jumlah_iku_target_triwulan: IKU itu yang punya target TW1–TW4 lengkap tahun itu
-- @kolom per_tanggal: Tanggal acuan
create or replace view pk_status as
select * from pk_status_per(current_date);

-- --------------------------------------------------------------------------------------------- SAKIP

-- @view sakip_predikat: Satu baris per hasil evaluasi SAKIP (pemda atau OPD × tahun): nilai dan komponennya, predikat PermenPANRB 88/2021 (tabel skala_sakip), target predikat dan apakah tercapai, dan perubahan terhadap evaluasi tahun sebelumnya.
-- @kolom tahun: Tahun evaluasi
-- @kolom kode_pemda: Pemda
-- @kolom nama_pemda: Nama pemda
-- @kolom kode_pd: OPD (NULL = evaluasi tingkat pemda)
-- @kolom tingkat: pemda / opd
-- @kolom nama: Nama OPD, atau nama pemda untuk evaluasi tingkat pemda
-- @kolom singkatan: Singkatan OPD (nama pemda untuk tingkat pemda)
-- @kolom nilai: Nilai evaluasi (0–100)
-- @kolom nilai_perencanaan: Komponen perencanaan kinerja
-- @kolom nilai_pengukuran: Komponen pengukuran kinerja
-- @kolom nilai_pelaporan: Komponen pelaporan kinerja
-- @kolom nilai_evaluasi: Komponen evaluasi akuntabilitas kinerja internal
-- @kolom jumlah_komponen: Jumlah keempat komponen (NULL bila ada yang kosong)
-- @kolom komponen_sesuai: Komponen dalam bobotnya (pengaturan bobot_sakip_*) dan jumlahnya sama dengan nilai (selisih ≤ 0,01); NULL bila komponen tidak lengkap
-- @kolom predikat: AA / A / BB / B / CC / C / D dari nilai
-- @kolom sebutan: Sebutan predikat (Sangat Memuaskan … Sangat Kurang)
-- @kolom urutan_predikat: Urutan predikat (1 = AA)
-- @kolom warna: Warna predikat
-- @kolom target_predikat: Predikat yang ditargetkan
-- @kolom urutan_target: Urutan predikat target
-- @kolom memenuhi_target: Predikat setara atau lebih baik dari target (NULL tanpa target)
-- @kolom batas_nilai_target: Nilai harus lebih dari ini untuk mencapai target predikat
-- @kolom kurang_dari_target: batas_nilai_target − nilai bila target belum tercapai (poin)
-- @kolom nilai_tahun_lalu: Nilai evaluasi tahun sebelumnya (NULL bila tidak ada)
-- @kolom predikat_tahun_lalu: Predikat tahun sebelumnya
-- @kolom perubahan_nilai: nilai − nilai_tahun_lalu
-- @kolom perubahan_tingkat: Naik (+) atau turun (−) berapa tingkat predikat dibanding tahun sebelumnya
-- @kolom tren: naik / turun / tetap menurut nilai (NULL tanpa tahun sebelumnya)
create or replace view sakip_predikat as
with
    dasar as (
        select
            e.*,
            p.nama_pemda,
            pd.nama_pd,
            pd.singkatan as singkatan_pd,
            e.nilai_perencanaan + e.nilai_pengukuran + e.nilai_pelaporan + e.nilai_evaluasi as jumlah_komponen
        from evaluasi_sakip as e
        left join pemda as p using (kode_pemda)
        left join perangkat_daerah as pd on pd.kode_pemda = e.kode_pemda and pd.kode_pd = e.kode_pd
    ),

    bobot as (
        select
            max(nilai) filter (where kunci = 'bobot_sakip_perencanaan') as perencanaan,
            max(nilai) filter (where kunci = 'bobot_sakip_pengukuran') as pengukuran,
            max(nilai) filter (where kunci = 'bobot_sakip_pelaporan') as pelaporan,
            max(nilai) filter (where kunci = 'bobot_sakip_evaluasi') as evaluasi
        from pengaturan
    ),

    berpredikat as (
        select
            d.*,
            s.predikat,
            s.sebutan,
            s.urutan as urutan_predikat,
            s.warna,
            t.urutan as urutan_target,
            t.bawah as batas_nilai_target,
            case
                when d.jumlah_komponen is not null then
                    d.nilai_perencanaan between 0 and b.perencanaan
                    and d.nilai_pengukuran between 0 and b.pengukuran
                    and d.nilai_pelaporan between 0 and b.pelaporan
                    and d.nilai_evaluasi between 0 and b.evaluasi
                    and abs(d.jumlah_komponen - d.nilai) <= 0.01 + 1e-9
            end as komponen_sesuai
        from dasar as d
        cross join bobot as b
        -- Dibulatkan 9 desimal hanya untuk mencocokkan skala: nilai tepat 70 adalah B, bukan BB.
        left join skala_sakip_rentang as s on dalam_rentang(d.nilai, s.bawah, s.atas)
        left join skala_sakip_rentang as t on t.predikat = d.target_predikat
    ),

    final as (
        select
            b.tahun,
            b.kode_pemda,
            b.nama_pemda,
            b.kode_pd,
            case when b.kode_pd is null then 'pemda' else 'opd' end as tingkat,
            coalesce(b.nama_pd, b.nama_pemda) as nama,
            case when b.kode_pd is null then b.nama_pemda else coalesce(b.singkatan_pd, b.nama_pd) end as singkatan,
            b.nilai,
            b.nilai_perencanaan,
            b.nilai_pengukuran,
            b.nilai_pelaporan,
            b.nilai_evaluasi,
            b.jumlah_komponen,
            b.komponen_sesuai,
            b.predikat,
            b.sebutan,
            b.urutan_predikat,
            b.warna,
            b.target_predikat,
            b.urutan_target,
            b.urutan_predikat <= b.urutan_target as memenuhi_target,
            b.batas_nilai_target,
            case when b.urutan_predikat > b.urutan_target then b.batas_nilai_target - b.nilai end as kurang_dari_target,
            l.nilai as nilai_tahun_lalu,
            l.predikat as predikat_tahun_lalu,
            b.nilai - l.nilai as perubahan_nilai,
            l.urutan_predikat - b.urutan_predikat as perubahan_tingkat,
            case
                when l.nilai is null then null
                when b.nilai > l.nilai then 'naik'
                when b.nilai < l.nilai then 'turun'
                else 'tetap'
            end as tren
        from berpredikat as b
        left join berpredikat as l
            on l.kode_pemda = b.kode_pemda
            and l.kode_pd is not distinct from b.kode_pd
            and l.tahun = b.tahun - 1
    )

select * from final;

-- --------------------------------------------------------------------------------------------- antarpemda

-- Keluarga pemda k (CONTRACT.md v2): provinsinya (k sendiri, atau kode_induk k) dan semua kabupaten/kota
-- provinsi itu; k = '*' (tampilan nasional): semua pemda. Satu aturan untuk setiap perbandingan antarpemda.
-- Contoh: select kode_pemda from keluarga_pemda('99.01') → 99, 99.01, 99.02, 99.71.
create or replace macro keluarga_pemda(k) as table
    with induk as (select coalesce(kode_induk, kode_pemda) as kode from pemda where kode_pemda = k or k = '*')
    select *
    from pemda
    where kode_pemda in (select kode from induk) or kode_induk in (select kode from induk);

-- @view perbandingan_pemda: Satu baris per indikator × tahun × triwulan yang punya realisasi (dari capaian_indikator), untuk indikator yang sama di dua pemda atau lebih: kode_referensi yang sama, atau nama yang sama (setelah huruf kecil dan spasi dirapikan; indikator tanpa kode ikut kelompok kode bila namanya sama dengan indikator berkode). Dengan peringkat antarpemda pada triwulan itu.
-- @kolom kelompok: Kunci perbandingan: kode_referensi, atau 'nama:' + nama yang dirapikan
-- @kolom dasar_perbandingan: kode_referensi / nama
-- @kolom nama_kelompok: Nama indikator untuk kelompok (nama di pemda induk bila ada)
-- @kolom jumlah_pemda: Banyaknya pemda yang punya indikator kelompok ini
-- @kolom kode_pemda: Pemda
-- @kolom nama_pemda: Nama pemda
-- @kolom tingkat: provinsi / kabupaten / kota
-- @kolom kode_induk: Provinsi induk (NULL untuk provinsi)
-- @kolom kode_pd: OPD penanggung jawab
-- @kolom nama_pd: Nama OPD
-- @kolom kode_indikator: Indikator di pemda itu
-- @kolom nama_indikator: Nama indikator di pemda itu
-- @kolom satuan: Satuan
-- @kolom polaritas: positif / negatif
-- @kolom jenis: IKU_PEMDA / IKU_PD / IK_PROGRAM / IK_KEGIATAN
-- @kolom tahun: Tahun
-- @kolom triwulan: 1..4
-- @kolom periode: TW1..TW4
-- @kolom target_sd: Target s.d. triwulan (capaian_indikator)
-- @kolom target_min_sd: Batas bawah target rentang s.d. triwulan
-- @kolom target_max_sd: Batas atas target rentang s.d. triwulan
-- @kolom realisasi_sd: Realisasi s.d. triwulan (capaian_indikator)
-- @kolom capaian_persen: Capaian (%) dari capaian_indikator, mentah
-- @kolom predikat: Predikat capaian
-- @kolom urutan_predikat: Urutan predikat (1 = terbaik)
-- @kolom warna_predikat: Warna predikat
-- @kolom keluarga: Provinsi keluarga pemda: kode provinsi itu sendiri, atau kode_induk kabupaten/kota
-- @kolom peringkat_capaian: Peringkat capaian di antara pemda SEKELUARGA (provinsi dan kabupaten/kotanya) kelompok itu pada tahun dan triwulan itu (1 = tertinggi; capaian kosong terakhir), tidak pernah terhadap seluruh negeri
-- @kolom peringkat_realisasi: Peringkat realisasi di antara pemda sekeluarga menurut polaritas (positif: terbesar = 1; negatif: terkecil = 1)
-- @kolom jumlah_pemda_lapor: Banyaknya pemda sekeluarga kelompok itu yang melapor pada tahun dan triwulan itu
-- @kolom peringkat_capaian_nasional: Peringkat capaian di antara semua pemda kelompok itu (untuk tampilan nasional)
-- @kolom jumlah_pemda_lapor_nasional: Banyaknya pemda kelompok itu di seluruh basis data yang melapor pada triwulan itu
create or replace view perbandingan_pemda as
with
    -- each pemda's own indicators (the same kode_indikator in two pemda are two indicators)
    ind as (
        select
            i.kode_indikator,
            i.nama_indikator,
            nullif(trim(i.kode_referensi), '') as kode_referensi,
            lower(regexp_replace(trim(i.nama_indikator), '\s+', ' ', 'g')) as nama_kunci,
            i.kode_pemda
        from indikator as i
    ),

    -- A name that carries a code somewhere joins that code's group.
    nama_ke_kode as (
        select nama_kunci, min(kode_referensi) as kode_referensi
        from ind
        where kode_referensi is not null
        group by nama_kunci
    ),

    berkelompok as (
        select
            ind.*,
            coalesce(ind.kode_referensi, n.kode_referensi, 'nama:' || ind.nama_kunci) as kelompok,
            case when coalesce(ind.kode_referensi, n.kode_referensi) is null then 'nama' else 'kode_referensi' end
                as dasar_perbandingan
        from ind
        left join nama_ke_kode as n using (nama_kunci)
    ),

    kelompok as (
        select
            b.kelompok,
            any_value(b.dasar_perbandingan) as dasar_perbandingan,
            count(distinct b.kode_pemda) as jumlah_pemda,
            -- the name used by the pemda highest in the hierarchy (province first), then the first by code
            arg_min(b.nama_indikator, (p.kode_induk is not null, b.kode_pemda, b.kode_indikator)) as nama_kelompok
        from berkelompok as b
        inner join pemda as p using (kode_pemda)
        group by b.kelompok
        having count(distinct b.kode_pemda) >= 2
    ),

    nilai as (
        select
            k.kelompok,
            k.dasar_perbandingan,
            k.nama_kelompok,
            k.jumlah_pemda,
            c.kode_pemda,
            p.nama_pemda,
            p.tingkat,
            p.kode_induk,
            coalesce(p.kode_induk, p.kode_pemda) as keluarga,
            c.kode_pd,
            c.nama_pd,
            c.kode_indikator,
            c.nama_indikator,
            c.satuan,
            c.polaritas,
            c.jenis,
            c.tahun,
            c.triwulan,
            c.periode,
            c.target_sd,
            c.target_min_sd,
            c.target_max_sd,
            c.realisasi_sd,
            c.capaian_persen,
            c.predikat,
            c.urutan_predikat,
            c.warna_predikat
        from capaian_indikator as c
        inner join berkelompok as b using (kode_pemda, kode_indikator)
        inner join kelompok as k using (kelompok)
        inner join pemda as p on p.kode_pemda = c.kode_pemda
    ),

    final as (
        select
            *,
            -- Sekeluarga (CONTRACT.md v2): sebuah provinsi dan kabupaten/kotanya diperingkat di antara mereka sendiri.
            rank() over (
                partition by kelompok, keluarga, tahun, triwulan order by round(capaian_persen, 9) desc nulls last
            ) as peringkat_capaian,
            rank() over (
                partition by kelompok, keluarga, tahun, triwulan
                order by case when polaritas = 'negatif' then realisasi_sd else -realisasi_sd end nulls last
            ) as peringkat_realisasi,
            count(*) over (partition by kelompok, keluarga, tahun, triwulan) as jumlah_pemda_lapor,
            rank() over (
                partition by kelompok, tahun, triwulan order by round(capaian_persen, 9) desc nulls last
            ) as peringkat_capaian_nasional,
            count(*) over (partition by kelompok, tahun, triwulan) as jumlah_pemda_lapor_nasional
        from nilai
    )

select * from final;

-- @view kontribusi_lintas_sektor: Satu baris per indikator (IKU) × tahun anggaran × kontributor: setiap OPD yang sub kegiatannya melayani indikator itu (kode_indikator di sub kegiatan, kegiatan atau programnya), dengan pagu dan realisasi; dan setiap kabupaten/kota anak pemda itu yang punya indikator yang sama (kelompok perbandingan_pemda), dengan capaian triwulan terakhirnya tahun itu. Indikator dengan dua kontributor atau lebih adalah crosscutting.
-- @kolom kode_pemda: Pemda pemilik indikator
-- @kolom kode_indikator: Indikator
-- @kolom nama_indikator: Nama indikator
-- @kolom jenis: IKU_PEMDA / IKU_PD
-- @kolom kode_pd: OPD penanggung jawab indikator
-- @kolom nama_pd: Nama OPD penanggung jawab
-- @kolom tahun: Tahun
-- @kolom jenis_kontributor: opd / pemda
-- @kolom kode_kontributor: kode_pd (OPD) atau kode_pemda (kabupaten/kota)
-- @kolom nama_kontributor: Nama OPD atau pemda kontributor
-- @kolom singkatan_kontributor: Singkatan OPD, atau nama pemda
-- @kolom penanggung_jawab: Kontributor adalah OPD penanggung jawab indikator itu sendiri
-- @kolom jumlah_sub_kegiatan: Sub kegiatan kontributor yang melayani indikator (OPD)
-- @kolom pagu: Pagu sub kegiatan itu (OPD)
-- @kolom realisasi: Realisasi keuangan kumulatif sub kegiatan itu s.d. bulan terakhir yang dilaporkan (OPD)
-- @kolom kode_indikator_kontributor: Indikator yang sama di pemda kontributor (pemda)
-- @kolom periode_terakhir: Triwulan terakhir yang dilaporkan tahun itu (pemda)
-- @kolom realisasi_sd: Realisasi s.d. triwulan itu (pemda)
-- @kolom capaian_persen: Capaian triwulan itu (pemda)
-- @kolom predikat: Predikat capaian (pemda)
-- @kolom warna_predikat: Warna predikat (pemda)
-- @kolom jumlah_kontributor: Banyaknya kontributor indikator itu tahun itu (OPD dan pemda)
create or replace view kontribusi_lintas_sektor as
with
    iku as (
        select i.kode_indikator, i.nama_indikator, i.jenis, i.kode_pd, pd.nama_pd, i.kode_pemda
        from indikator as i
        left join perangkat_daerah as pd on pd.kode_pemda = i.kode_pemda and pd.kode_pd = i.kode_pd
        where i.jenis in ('IKU_PEMDA', 'IKU_PD')
    ),

    -- kegiatan.kode_indikator names indicators of the kegiatan's own pemda
    tautan as (
        select distinct
            k.kode_pemda,
            k.tahun,
            k.kode_kegiatan,
            trim(t.kode) as kode_indikator
        from kegiatan as k
        cross join unnest(string_split(coalesce(k.kode_indikator, ''), ';')) as t (kode)
        where trim(t.kode) <> ''
    ),

    sub as (
        select kode_pemda, tahun, kode_kegiatan, kode_pd, pagu
        from kegiatan
        where len(string_split(kode_kegiatan, '.')) = 6
    ),

    realisasi_akhir as (
        select kode_pemda, tahun, kode_kegiatan, arg_max(realisasi_kumulatif, bulan) as realisasi
        from realisasi_anggaran_bulanan
        group by kode_pemda, tahun, kode_kegiatan
    ),

    -- a sub kegiatan serves an indicator named on itself, its kegiatan or its program (counted once)
    layanan as (
        select distinct
            t.kode_pemda,
            t.kode_indikator,
            s.tahun,
            s.kode_kegiatan,
            s.kode_pd,
            s.pagu
        from tautan as t
        inner join (select *, unnest(awalan_kode_semua(kode_kegiatan)) as awalan from sub) as s
            on s.kode_pemda = t.kode_pemda and s.tahun = t.tahun and s.awalan = t.kode_kegiatan
    ),

    opd as (
        select
            l.kode_pemda,
            l.kode_indikator,
            l.tahun,
            'opd' as jenis_kontributor,
            l.kode_pd as kode_kontributor,
            count(*) as jumlah_sub_kegiatan,
            sum(l.pagu) as pagu,
            sum(r.realisasi) as realisasi
        from layanan as l
        left join realisasi_akhir as r
            on r.kode_pemda = l.kode_pemda and r.tahun = l.tahun and r.kode_kegiatan = l.kode_kegiatan
        group by l.kode_pemda, l.kode_indikator, l.tahun, l.kode_pd
    ),

    -- the same indicator in a child kab/kota (its own row, by group), at the last quarter it reported that year
    anak as (
        select
            induk.kode_pemda,
            induk.kode_indikator,
            a.tahun,
            'pemda' as jenis_kontributor,
            a.kode_pemda as kode_kontributor,
            arg_max(a.kode_indikator, a.triwulan) as kode_indikator_kontributor,
            arg_max(a.periode, a.triwulan) as periode_terakhir,
            arg_max(a.realisasi_sd, a.triwulan) as realisasi_sd,
            arg_max(a.capaian_persen, a.triwulan) as capaian_persen,
            arg_max(a.predikat, a.triwulan) as predikat,
            arg_max(a.warna_predikat, a.triwulan) as warna_predikat
        from (select distinct kelompok, kode_indikator, kode_pemda from perbandingan_pemda) as induk
        inner join perbandingan_pemda as a
            on a.kelompok = induk.kelompok and a.kode_induk = induk.kode_pemda
        group by induk.kode_pemda, induk.kode_indikator, a.tahun, a.kode_pemda
    ),

    gabung as (
        select
            kode_pemda, kode_indikator, tahun, jenis_kontributor, kode_kontributor, jumlah_sub_kegiatan, pagu, realisasi,
            null::varchar as kode_indikator_kontributor, null::varchar as periode_terakhir,
            null::double as realisasi_sd, null::double as capaian_persen, null::varchar as predikat,
            null::varchar as warna_predikat
        from opd
        union all
        select
            kode_pemda, kode_indikator, tahun, jenis_kontributor, kode_kontributor, null, null, null,
            kode_indikator_kontributor, periode_terakhir, realisasi_sd, capaian_persen, predikat, warna_predikat
        from anak
    ),

    final as (
        select
            i.kode_pemda,
            i.kode_indikator,
            i.nama_indikator,
            i.jenis,
            i.kode_pd,
            i.nama_pd,
            g.tahun,
            g.jenis_kontributor,
            g.kode_kontributor,
            coalesce(kpd.nama_pd, kp.nama_pemda) as nama_kontributor,
            coalesce(kpd.singkatan, kpd.nama_pd, kp.nama_pemda) as singkatan_kontributor,
            g.jenis_kontributor = 'opd' and g.kode_kontributor = i.kode_pd as penanggung_jawab,
            g.jumlah_sub_kegiatan,
            g.pagu,
            g.realisasi,
            g.kode_indikator_kontributor,
            g.periode_terakhir,
            g.realisasi_sd,
            g.capaian_persen,
            g.predikat,
            g.warna_predikat,
            count(*) over (partition by i.kode_pemda, i.kode_indikator, g.tahun) as jumlah_kontributor
        from gabung as g
        inner join iku as i using (kode_pemda, kode_indikator)
        left join perangkat_daerah as kpd
            on g.jenis_kontributor = 'opd' and kpd.kode_pemda = g.kode_pemda and kpd.kode_pd = g.kode_kontributor
        left join pemda as kp on g.jenis_kontributor = 'pemda' and kp.kode_pemda = g.kode_kontributor
    )

select * from final;
