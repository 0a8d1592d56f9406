-- Jadwal kegiatan dan serapan anggaran per bulan: sebaran tahap, penumpukan akhir tahun, mutu jadwal,
-- kurva S rencana kas vs realisasi. Semua aritmetika halaman Distribusi Jadwal ada di sini.
-- "Kegiatan" di sini = sub kegiatan (kode 6 segmen, U.BB.PP.K.KK.SSSS): baris yang memikul pagu,
-- jadwal, rencana kas dan realisasi. Baris program (3 segmen) dan kegiatan (5 segmen) tidak dihitung,
-- agar satu pekerjaan tidak terhitung dua kali. Sub kegiatan = (kode_pemda, tahun, kode_kegiatan): kode yang
-- sama di pemda lain (nomenklatur nasional) adalah sub kegiatan lain, jadi setiap join memuat kode_pemda.

-- Ambang penumpukan: OPD ditandai bila porsi TW IV (rencana kas atau pelaksanaan) melebihi nilai ini.
insert into pengaturan
select *
from (
    values
        ('ambang_penumpukan_tw4', 40.0,
         'OPD ditandai menumpuk di akhir tahun bila porsi Oktober–Desember dari rencana kas atau dari bulan '
         'pelaksanaan kegiatannya melebihi nilai ini (%); sebaran merata = 25 %')
) as v (kunci, nilai, keterangan)
where not exists (select 1 from pengaturan as p where p.kunci = v.kunci);

-- Target serapan anggaran per triwulan: rentang realisasi kumulatif (% dari pagu) yang diharapkan pada
-- akhir triwulan. Tidak ada target nasional yang baku (Kemendagri hanya pernah meminta sekitar 25–27 %
-- pada akhir April), jadi ini nilai bawaan yang dapat diubah sesuai kebijakan pemda.
create table if not exists target_serapan (
    triwulan integer not null,
    batas_bawah double not null,
    batas_atas double not null,
    keterangan varchar
);

insert into target_serapan
select *
from (
    values
        (1, 15.0, 25.0, 'Bawaan, dapat diubah: akhir Maret'),
        (2, 40.0, 50.0, 'Bawaan, dapat diubah: akhir Juni'),
        (3, 65.0, 75.0, 'Bawaan, dapat diubah: akhir September'),
        (4, 90.0, 100.0, 'Bawaan, dapat diubah: akhir Desember')
) as v (triwulan, batas_bawah, batas_atas, keterangan)
where not exists (select 1 from target_serapan as t where t.triwulan = v.triwulan);

-- Bagian dari keseluruhan dalam persen; keseluruhan nol atau kosong memberi NULL (bukan pembagian nol).
create or replace macro persen_bagian(bagian, keseluruhan) as
    case when keseluruhan > 0 then coalesce(bagian, 0) / keseluruhan * 100 end;

-- Indeks penumpukan akhir tahun: porsi Oktober–Desember terbesar (rencana kas, pelaksanaan, pagu pelaksanaan) dibagi
-- porsi merata. greatest() melewati NULL: tanpa rencana kas (atau tanpa pagu) dinilai dari porsi lainnya.
create or replace macro indeks_penumpukan_dari(kas, pelaksanaan, pagu, merata) as
    greatest(kas, pelaksanaan, pagu) / merata;

-- @view jadwal_kegiatan: Satu baris per sub kegiatan × tahun: OPD, pemda, pagu, dan bulan mulai/selesai ketiga tahap (kosong bila tahap itu tidak dijadwalkan).
-- @kolom kode_pemda: Pemda pemilik sub kegiatan
-- @kolom kode_pd: OPD pelaksana
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom tahun: Tahun anggaran
-- @kolom kode_kegiatan: Kode sub kegiatan (6 segmen)
-- @kolom nama: Nama sub kegiatan
-- @kolom pagu: Pagu sub kegiatan (rupiah)
-- @kolom persiapan_mulai: Bulan mulai tahap persiapan
-- @kolom persiapan_selesai: Bulan selesai tahap persiapan
-- @kolom pelaksanaan_mulai: Bulan mulai tahap pelaksanaan
-- @kolom pelaksanaan_selesai: Bulan selesai tahap pelaksanaan
-- @kolom pelaporan_mulai: Bulan mulai tahap pelaporan
-- @kolom pelaporan_selesai: Bulan selesai tahap pelaporan
-- @kolom jumlah_tahap: Banyaknya tahap yang dijadwalkan (0–3)
create or replace view jadwal_kegiatan as
with
    sub_kegiatan as (
        select
            k.kode_pemda,
            k.kode_pd,
            pd.nama_pd,
            pd.singkatan,
            k.tahun,
            k.kode_kegiatan,
            k.nama,
            k.pagu
        from kegiatan as k
        join perangkat_daerah as pd on pd.kode_pemda = k.kode_pemda and pd.kode_pd = k.kode_pd
        where len(string_split(k.kode_kegiatan, '.')) = 6
    ),

    tahap as (
        -- (kode_pemda, tahun, kode_kegiatan, tahap) is the key of jadwal, so each filter sees at most one row.
        select
            kode_pemda,
            tahun,
            kode_kegiatan,
            any_value(bulan_mulai) filter (where tahap = 'persiapan') as persiapan_mulai,
            any_value(bulan_selesai) filter (where tahap = 'persiapan') as persiapan_selesai,
            any_value(bulan_mulai) filter (where tahap = 'pelaksanaan') as pelaksanaan_mulai,
            any_value(bulan_selesai) filter (where tahap = 'pelaksanaan') as pelaksanaan_selesai,
            any_value(bulan_mulai) filter (where tahap = 'pelaporan') as pelaporan_mulai,
            any_value(bulan_selesai) filter (where tahap = 'pelaporan') as pelaporan_selesai,
            count(distinct tahap) filter (where tahap in ('persiapan', 'pelaksanaan', 'pelaporan')) as jumlah_tahap
        from jadwal
        group by kode_pemda, tahun, kode_kegiatan
    ),

    final as (
        select
            s.*,
            t.persiapan_mulai,
            t.persiapan_selesai,
            t.pelaksanaan_mulai,
            t.pelaksanaan_selesai,
            t.pelaporan_mulai,
            t.pelaporan_selesai,
            coalesce(t.jumlah_tahap, 0) as jumlah_tahap
        from sub_kegiatan as s
        left join tahap as t
            on t.kode_pemda = s.kode_pemda and t.tahun = s.tahun and t.kode_kegiatan = s.kode_kegiatan
    )

select * from final;

-- @view jadwal_bulan: Satu baris per sub kegiatan × tahap × bulan yang dicakup tahap itu (bulan_mulai s.d. bulan_selesai). Tahap yang bulan mulainya sesudah bulan selesainya tidak mencakup bulan apa pun (lihat jadwal_mutu).
-- @kolom kode_pemda: Pemda pemilik sub kegiatan
-- @kolom kode_pd: OPD pelaksana
-- @kolom tahun: Tahun anggaran
-- @kolom kode_kegiatan: Kode sub kegiatan
-- @kolom pagu: Pagu sub kegiatan (rupiah)
-- @kolom tahap: persiapan / pelaksanaan / pelaporan
-- @kolom bulan: Bulan 1..12 yang dicakup tahap itu
-- @kolom pagu_bulan: Pagu ÷ banyaknya bulan tahap itu (rupiah): pagu yang tersebar merata pada bulan-bulan tahapnya; dasar porsi pelaksanaan berbobot pagu (pd_penumpukan)
create or replace view jadwal_bulan as
with
    rentang as (
        select
            j.kode_pemda,
            s.kode_pd,
            j.tahun,
            j.kode_kegiatan,
            s.pagu,
            j.tahap,
            -- The importer refuses months outside 1–12; clamping keeps the count honest for older data.
            greatest(j.bulan_mulai, 1) as mulai,
            least(j.bulan_selesai, 12) as selesai
        from jadwal as j
        join jadwal_kegiatan as s
            on s.kode_pemda = j.kode_pemda and s.tahun = j.tahun and s.kode_kegiatan = j.kode_kegiatan
    ),

    final as (
        select
            kode_pemda,
            kode_pd,
            tahun,
            kode_kegiatan,
            pagu,
            tahap,
            unnest(generate_series(mulai, selesai)) as bulan,
            -- a phase that ends before it starts covers no month (and so carries no pagu). Decimal (to 1/10.000
            -- rupiah): sums of these shares are then exact, the same whatever order a parallel scan adds them in.
            cast(coalesce(pagu, 0) / nullif(selesai - mulai + 1, 0) as decimal(38, 4)) as pagu_bulan
        from rentang
    )

select * from final;

-- @view pd_bulan_distribusi: Satu baris per OPD × tahun × tahap × bulan (12 bulan lengkap, nol bila kosong) untuk OPD yang punya sub kegiatan tahun itu: berapa sub kegiatan sedang dalam tahap itu, dan pagu mereka.
-- @kolom kode_pemda: Pemda pemilik OPD
-- @kolom kode_pd: OPD
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom tahun: Tahun anggaran
-- @kolom tahap: persiapan / pelaksanaan / pelaporan
-- @kolom urutan_tahap: 1 persiapan, 2 pelaksanaan, 3 pelaporan
-- @kolom bulan: Bulan 1..12
-- @kolom jumlah_kegiatan: Banyaknya sub kegiatan yang tahapnya berlangsung pada bulan itu
-- @kolom bobot_pagu: Jumlah pagu sub kegiatan itu (rupiah): sub kegiatan yang tahapnya berlangsung beberapa bulan dihitung penuh di setiap bulannya, jadi ini bobot, bukan uang yang dibelanjakan
create or replace view pd_bulan_distribusi as
with
    pd_tahun as (
        select distinct kode_pemda, kode_pd, nama_pd, singkatan, tahun from jadwal_kegiatan
    ),

    tahap as (
        select *
        from (values ('persiapan', 1), ('pelaksanaan', 2), ('pelaporan', 3)) as t (tahap, urutan_tahap)
    ),

    isi as (
        select
            kode_pemda,
            kode_pd,
            tahun,
            tahap,
            bulan,
            count(*) as jumlah_kegiatan,
            sum(coalesce(pagu, 0)) as bobot_pagu
        from jadwal_bulan
        group by kode_pemda, kode_pd, tahun, tahap, bulan
    ),

    final as (
        select
            p.kode_pemda,
            p.kode_pd,
            p.nama_pd,
            p.singkatan,
            p.tahun,
            t.tahap,
            t.urutan_tahap,
            b.bulan,
            coalesce(i.jumlah_kegiatan, 0) as jumlah_kegiatan,
            coalesce(i.bobot_pagu, 0) as bobot_pagu
        from pd_tahun as p
        cross join tahap as t
        cross join (select unnest(generate_series(1, 12)) as bulan) as b
        left join isi as i
            on i.kode_pemda = p.kode_pemda
            and i.kode_pd = p.kode_pd
            and i.tahun = p.tahun
            and i.tahap = t.tahap
            and i.bulan = b.bulan
    )

select * from final;

-- Indeks penumpukan akhir tahun = porsi TW IV yang terbesar ÷ 25 %, porsi TW IV bila merata. 1,0 = merata;
-- 1,6 = ambang bawaan 40 %; 4,0 = seluruhnya di Oktober–Desember. Tiga porsi TW IV, berdampingan:
-- - rencana kas: rencana kas Oktober–Desember ÷ rencana kas setahun;
-- - pelaksanaan (jumlah): "kegiatan-bulan" pelaksanaan: sub kegiatan yang dilaksanakan Januari–Desember memberi
--   12 kegiatan-bulan, 3 di antaranya di TW IV: sama dengan yang tampak di peta panas;
-- - pelaksanaan berbobot pagu: pagu setiap sub kegiatan disebar merata ke bulan-bulan pelaksanaannya (jadwal_bulan.
--   pagu_bulan), jadi sub kegiatan Rp900 yang dilaksanakan Oktober–Desember memberi Rp300 ke setiap bulan itu.
--   Sub kegiatan besar yang menumpuk di akhir tahun tidak lagi tertutup oleh banyak sub kegiatan kecil yang merata.
-- OPD ditandai bila salah satu porsi melewati ambang_penumpukan_tw4. Rencana kas: dari sub kegiatan, atau dari anggaran
-- tingkat OPD (anggaran_opd) untuk OPD dan bulan tanpa rencana kas sub kegiatan (tidak pernah keduanya).
-- @view pd_penumpukan: Satu baris per OPD × tahun (dan satu baris seluruh pemda, kode_pd kosong): porsi rencana kas, pelaksanaan (jumlah sub kegiatan-bulan) dan pelaksanaan berbobot pagu di Oktober–Desember dan di Desember saja dibanding sebaran merata, indeks penumpukan, dan tanda bila salah satu porsi melewati ambang. Contoh: sub kegiatan Rp960 jt dilaksanakan Oktober–Desember, Rp24 jt Januari–Desember, Rp16 jt Januari–Agustus: menurut jumlah 6 dari 23 kegiatan-bulan = 26,1 % di TW IV, berbobot pagu (960 + 24 × 3/12) ÷ 1.000 = 96,6 %: ditandai (ambang 40 %), penyebab "pagu pelaksanaan", indeks 3,86.
-- @kolom kode_pemda: Pemda
-- @kolom kode_pd: OPD; kosong = seluruh pemda
-- @kolom nama_pd: Nama OPD (kosong untuk baris pemda)
-- @kolom singkatan: Singkatan OPD
-- @kolom tahun: Tahun anggaran
-- @kolom rencana_kas_tahun: Rencana kas setahun (rupiah)
-- @kolom rencana_kas_tw4: Rencana kas Oktober–Desember (rupiah)
-- @kolom rencana_kas_desember: Rencana kas Desember (rupiah)
-- @kolom bulan_kas_terbesar: Bulan dengan rencana kas terbesar (1..12; bila sama besar, bulan yang terakhir)
-- @kolom porsi_kas_tw4: Rencana kas Oktober–Desember ÷ setahun (%)
-- @kolom porsi_kas_desember: Rencana kas Desember ÷ setahun (%)
-- @kolom kegiatan_bulan: Jumlah kegiatan-bulan pelaksanaan (setiap sub kegiatan × setiap bulan pelaksanaannya)
-- @kolom kegiatan_bulan_tw4: Kegiatan-bulan pelaksanaan di Oktober–Desember
-- @kolom kegiatan_bulan_desember: Kegiatan-bulan pelaksanaan di Desember
-- @kolom porsi_pelaksanaan_tw4: Kegiatan-bulan Oktober–Desember ÷ seluruhnya (%): porsi menurut jumlah
-- @kolom porsi_pelaksanaan_desember: Kegiatan-bulan Desember ÷ seluruhnya (%)
-- @kolom pagu_pelaksanaan: Pagu sub kegiatan yang punya bulan pelaksanaan (rupiah)
-- @kolom pagu_pelaksanaan_tw4: Bagian pagu itu yang jatuh di Oktober–Desember bila pagu setiap sub kegiatan disebar merata ke bulan pelaksanaannya (rupiah)
-- @kolom pagu_pelaksanaan_desember: Bagian pagu yang jatuh di Desember (rupiah)
-- @kolom porsi_pagu_tw4: pagu_pelaksanaan_tw4 ÷ pagu_pelaksanaan (%): porsi pelaksanaan berbobot pagu
-- @kolom porsi_pagu_desember: pagu_pelaksanaan_desember ÷ pagu_pelaksanaan (%)
-- @kolom porsi_merata_tw4: Porsi TW IV bila merata (25 %)
-- @kolom porsi_merata_desember: Porsi Desember bila merata (8,33 %)
-- @kolom porsi_tw4_terbesar: Yang terbesar dari porsi_kas_tw4, porsi_pelaksanaan_tw4 dan porsi_pagu_tw4 (%)
-- @kolom indeks_penumpukan: porsi_tw4_terbesar ÷ porsi_merata_tw4 (1 = merata, 4 = seluruhnya di TW IV)
-- @kolom ambang_persen: Ambang porsi TW IV (pengaturan ambang_penumpukan_tw4, %)
-- @kolom indeks_ambang: Indeks penumpukan yang setara dengan ambang (ambang_persen ÷ porsi_merata_tw4)
-- @kolom ditandai: true bila salah satu porsi TW IV melebihi ambang_persen
-- @kolom penyebab: Porsi mana yang melewati ambang: rencana kas, pelaksanaan, pagu pelaksanaan (digabung "dan"; kosong bila tidak ditandai)
-- @kolom sumber_rencana_kas: Asal rencana kas: sub kegiatan / tingkat OPD (anggaran_opd, bulan tanpa rencana kas sub kegiatan) / campuran; kosong bila tidak ada rencana kas
create or replace view pd_penumpukan as
with
    -- Sub kegiatan rencana kas per OPD and month, joined once for both uses below (national: 18,5 M rows; the
    -- "never both" test joined them a second time).
    kas_sub as (
        select k.kode_pemda, s.kode_pd, k.tahun, k.bulan, sum(k.nilai) as kas
        from rencana_kas as k
        join jadwal_kegiatan as s
            on s.kode_pemda = k.kode_pemda and s.tahun = k.tahun and s.kode_kegiatan = k.kode_kegiatan
        group by k.kode_pemda, s.kode_pd, k.tahun, k.bulan
    ),

    sumber as (
        select
            kode_pemda, kode_pd, tahun, bulan, kas, 0 as kegiatan, cast(0 as decimal(38, 4)) as pagu_bulan,
            'sub kegiatan' as asal_kas
        from kas_sub
        union all
        -- OPD-level rencana kas (anggaran_opd) for an OPD and month without sub kegiatan rencana kas: never both
        select o.kode_pemda, o.kode_pd, o.tahun, o.bulan, o.kas, 0 as kegiatan, cast(0 as decimal(38, 4)), 'tingkat OPD'
        from (
            select kode_pemda, kode_pd, tahun, bulan, sum(rencana_kas) as kas
            from anggaran_opd_bulanan
            where rencana_kas is not null
            group by all
        ) as o
        where not exists (
            select 1
            from kas_sub as k
            where k.kode_pemda = o.kode_pemda and k.kode_pd = o.kode_pd and k.tahun = o.tahun and k.bulan = o.bulan
        )
        union all
        select kode_pemda, kode_pd, tahun, bulan, null as kas, 1 as kegiatan, pagu_bulan, null
        from jadwal_bulan
        where tahap = 'pelaksanaan'
    ),

    bulanan as (
        -- Per OPD and per pemda (kode_pd NULL) in one pass, so both use the same arithmetic.
        select
            kode_pemda,
            kode_pd,
            tahun,
            bulan,
            sum(kas) as kas,
            sum(kegiatan) as kegiatan,
            sum(pagu_bulan) as pagu_bulan,
            list(distinct asal_kas) filter (where asal_kas is not null) as asal_kas
        from sumber
        group by grouping sets ((kode_pemda, kode_pd, tahun, bulan), (kode_pemda, tahun, bulan))
    ),

    per_pd as (
        select
            kode_pemda,
            kode_pd,
            tahun,
            sum(kas) as rencana_kas_tahun,
            coalesce(sum(kas) filter (where bulan >= 10), 0) as rencana_kas_tw4,
            coalesce(sum(kas) filter (where bulan = 12), 0) as rencana_kas_desember,
            -- ties go to the later month (the pile-up reading), so the result does not depend on scan order;
            -- a month with activities but no cash plan (kas NULL) is no largest month
            arg_max(bulan, (kas, bulan)) filter (where kas is not null) as bulan_kas_terbesar,
            sum(kegiatan) as kegiatan_bulan,
            sum(kegiatan) filter (where bulan >= 10) as kegiatan_bulan_tw4,
            sum(kegiatan) filter (where bulan = 12) as kegiatan_bulan_desember,
            -- summed exactly (decimal), then rupiah as double like every other amount
            cast(sum(pagu_bulan) as double) as pagu_pelaksanaan,
            cast(coalesce(sum(pagu_bulan) filter (where bulan >= 10), 0) as double) as pagu_pelaksanaan_tw4,
            cast(coalesce(sum(pagu_bulan) filter (where bulan = 12), 0) as double) as pagu_pelaksanaan_desember,
            case len(list_distinct(flatten(list(asal_kas))))
                when 0 then null
                when 1 then flatten(list(asal_kas))[1]
                else 'campuran'
            end as sumber_rencana_kas
        from bulanan
        group by kode_pemda, kode_pd, tahun
    ),

    porsi as (
        select
            *,
            persen_bagian(rencana_kas_tw4, rencana_kas_tahun) as porsi_kas_tw4,
            persen_bagian(rencana_kas_desember, rencana_kas_tahun) as porsi_kas_desember,
            persen_bagian(kegiatan_bulan_tw4, kegiatan_bulan) as porsi_pelaksanaan_tw4,
            persen_bagian(kegiatan_bulan_desember, kegiatan_bulan) as porsi_pelaksanaan_desember,
            persen_bagian(pagu_pelaksanaan_tw4, pagu_pelaksanaan) as porsi_pagu_tw4,
            persen_bagian(pagu_pelaksanaan_desember, pagu_pelaksanaan) as porsi_pagu_desember,
            100.0 * 3 / 12 as porsi_merata_tw4,
            100.0 * 1 / 12 as porsi_merata_desember,
            (select nilai from pengaturan where kunci = 'ambang_penumpukan_tw4') as ambang_persen
        from per_pd
    ),

    final as (
        select
            p.kode_pemda,
            p.kode_pd,
            pd.nama_pd,
            pd.singkatan,
            p.tahun,
            p.rencana_kas_tahun,
            p.rencana_kas_tw4,
            p.rencana_kas_desember,
            p.bulan_kas_terbesar,
            p.porsi_kas_tw4,
            p.porsi_kas_desember,
            p.kegiatan_bulan,
            p.kegiatan_bulan_tw4,
            p.kegiatan_bulan_desember,
            p.porsi_pelaksanaan_tw4,
            p.porsi_pelaksanaan_desember,
            p.pagu_pelaksanaan,
            p.pagu_pelaksanaan_tw4,
            p.pagu_pelaksanaan_desember,
            p.porsi_pagu_tw4,
            p.porsi_pagu_desember,
            p.porsi_merata_tw4,
            p.porsi_merata_desember,
            -- greatest() skips NULL: an OPD without a cash plan (or without pagu) is judged on the other shares.
            greatest(p.porsi_kas_tw4, p.porsi_pelaksanaan_tw4, p.porsi_pagu_tw4) as porsi_tw4_terbesar,
            indeks_penumpukan_dari(p.porsi_kas_tw4, p.porsi_pelaksanaan_tw4, p.porsi_pagu_tw4, p.porsi_merata_tw4)
                as indeks_penumpukan,
            p.ambang_persen,
            p.ambang_persen / p.porsi_merata_tw4 as indeks_ambang,
            coalesce(greatest(p.porsi_kas_tw4, p.porsi_pelaksanaan_tw4, p.porsi_pagu_tw4) > p.ambang_persen, false)
                as ditandai,
            -- "a dan b", "a, b dan c": the shares past the threshold, in the order kas, count, pagu
            nullif(
                regexp_replace(
                    concat_ws(
                        ', ',
                        case when p.porsi_kas_tw4 > p.ambang_persen then 'rencana kas' end,
                        case when p.porsi_pelaksanaan_tw4 > p.ambang_persen then 'pelaksanaan' end,
                        case when p.porsi_pagu_tw4 > p.ambang_persen then 'pagu pelaksanaan' end
                    ),
                    ', ([^,]*)$',
                    ' dan \1'
                ),
                ''
            ) as penyebab,
            p.sumber_rencana_kas
        from porsi as p
        left join perangkat_daerah as pd on pd.kode_pemda = p.kode_pemda and pd.kode_pd = p.kode_pd
    )

select * from final;

-- @view jadwal_mutu: Satu baris per sub kegiatan × masalah jadwal: tahap tidak lengkap, urutan tahap salah, bulan tidak sah, pelaksanaan baru mulai di TW IV. Sub kegiatan yang jadwalnya baik tidak muncul.
-- @kolom kode_pemda: Pemda
-- @kolom kode_pd: OPD pelaksana
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom tahun: Tahun anggaran
-- @kolom kode_kegiatan: Kode sub kegiatan
-- @kolom nama: Nama sub kegiatan
-- @kolom pagu: Pagu sub kegiatan (rupiah)
-- @kolom urutan_masalah: 1 tahap tidak lengkap, 2 urutan tahap salah, 3 bulan tidak sah, 4 pelaksanaan mulai TW IV
-- @kolom masalah: Nama masalah
-- @kolom tingkat: galat (jadwal harus diperbaiki) / peringatan (perlu dicermati)
-- @kolom keterangan: Rinciannya, dengan bulan yang bersangkutan
create or replace view jadwal_mutu as
with
    s as (
        select
            *,
            ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as nama_bulan
        from jadwal_kegiatan
    ),

    tidak_lengkap as (
        select
            *,
            1 as urutan_masalah,
            'Tahap tidak lengkap' as masalah,
            'galat' as tingkat,
            case
                when jumlah_tahap = 0 then 'belum ada jadwal sama sekali'
                else 'tanpa tahap ' || concat_ws(
                    ', ',
                    case when persiapan_mulai is null then 'persiapan' end,
                    case when pelaksanaan_mulai is null then 'pelaksanaan' end,
                    case when pelaporan_mulai is null then 'pelaporan' end
                )
            end as keterangan
        from s
        where persiapan_mulai is null or pelaksanaan_mulai is null or pelaporan_mulai is null
    ),

    urutan_salah as (
        -- A later phase may overlap an earlier one (reporting in December of a year-long job is normal),
        -- but it may not start before it starts nor end before it ends.
        select
            *,
            2 as urutan_masalah,
            'Urutan tahap salah' as masalah,
            'galat' as tingkat,
            concat_ws(
                '; ',
                case when pelaksanaan_mulai < persiapan_mulai then
                    'pelaksanaan mulai (' || nama_bulan[pelaksanaan_mulai] || ') sebelum persiapan mulai ('
                    || nama_bulan[persiapan_mulai] || ')' end,
                case when pelaksanaan_selesai < persiapan_selesai then
                    'pelaksanaan selesai (' || nama_bulan[pelaksanaan_selesai] || ') sebelum persiapan selesai ('
                    || nama_bulan[persiapan_selesai] || ')' end,
                case when pelaporan_mulai < pelaksanaan_mulai then
                    'pelaporan mulai (' || nama_bulan[pelaporan_mulai] || ') sebelum pelaksanaan mulai ('
                    || nama_bulan[pelaksanaan_mulai] || ')' end,
                case when pelaporan_selesai < pelaksanaan_selesai then
                    'pelaporan selesai (' || nama_bulan[pelaporan_selesai] || ') sebelum pelaksanaan selesai ('
                    || nama_bulan[pelaksanaan_selesai] || ')' end
            ) as keterangan
        from s
        where pelaksanaan_mulai < persiapan_mulai
            or pelaksanaan_selesai < persiapan_selesai
            or pelaporan_mulai < pelaksanaan_mulai
            or pelaporan_selesai < pelaksanaan_selesai
    ),

    bulan_tidak_sah as (
        -- The importer refuses months outside 1–12 but only warns when a phase starts after it ends.
        select
            s.*,
            3 as urutan_masalah,
            'Bulan tidak sah' as masalah,
            'galat' as tingkat,
            string_agg(
                j.tahap || ' ' || j.bulan_mulai || '–' || j.bulan_selesai
                || case
                    when j.bulan_mulai > j.bulan_selesai then ' (mulai sesudah selesai)'
                    else ' (bulan harus 1–12)'
                end,
                '; ' order by j.tahap
            ) as keterangan
        from s
        join jadwal as j on j.kode_pemda = s.kode_pemda and j.tahun = s.tahun and j.kode_kegiatan = s.kode_kegiatan
        where j.bulan_mulai > j.bulan_selesai or j.bulan_mulai not between 1 and 12 or j.bulan_selesai not between 1 and 12
        group by all
    ),

    mulai_tw4 as (
        select
            *,
            4 as urutan_masalah,
            'Pelaksanaan mulai TW IV' as masalah,
            'peringatan' as tingkat,
            'pelaksanaan ' || nama_bulan[pelaksanaan_mulai] || '–' || coalesce(nama_bulan[pelaksanaan_selesai], '?')
            || ': sisa waktu tahun anggaran sempit' as keterangan
        from s
        where pelaksanaan_mulai between 10 and 12
    ),

    semua as (
        select * from tidak_lengkap
        union all by name
        select * from urutan_salah
        union all by name
        select * from bulan_tidak_sah
        union all by name
        select * from mulai_tw4
    ),

    final as (
        select
            kode_pemda,
            kode_pd,
            nama_pd,
            singkatan,
            tahun,
            kode_kegiatan,
            nama,
            pagu,
            urutan_masalah,
            masalah,
            tingkat,
            keterangan
        from semua
    )

select * from final;

-- Target serapan per bulan: rentang target_serapan berlaku pada akhir triwulannya; di antara dua akhir triwulan
-- rentangnya ditarik lurus (interpolasi linear), mulai dari 0 pada awal tahun. Serapan akhir Agustus dibandingkan
-- dengan 2/3 jalan dari rentang akhir Juni (40–50) ke rentang akhir September (65–75): 56,67–66,67 %, bukan
-- dengan rentang akhir September. Triwulan yang dihapus dari target_serapan dilompati (garis ditarik ke akhir
-- triwulan berikut yang ada); sesudah akhir triwulan terakhir yang ada, tidak ada target.
-- @view target_serapan_bulan: Satu baris per bulan 1..12: rentang target serapan (% pagu, kumulatif) pada akhir bulan itu, diinterpolasi linear di antara akhir triwulan (dari 0 pada awal tahun), dan rentang akhir triwulannya. Contoh (bawaan): akhir Agustus = 2/3 jalan dari akhir Juni (40–50) ke akhir September (65–75) = 56,67–66,67 %; Januari = 5–8,33 %.
-- @kolom bulan: Bulan 1..12
-- @kolom triwulan: Triwulan bulan itu (1..4)
-- @kolom target_bawah: Batas bawah target serapan pada akhir bulan itu (%), interpolasi linear
-- @kolom target_atas: Batas atas target serapan pada akhir bulan itu (%), interpolasi linear
-- @kolom target_bawah_triwulan: Batas bawah target pada akhir triwulannya (tabel target_serapan)
-- @kolom target_atas_triwulan: Batas atas target pada akhir triwulannya
create or replace view target_serapan_bulan as
with
    titik as (
        -- the band at each quarter's end, and 0 at the start of the year (month 0)
        select 0 as bulan, 0.0 as bawah, 0.0 as atas
        union all
        select triwulan * 3, batas_bawah, batas_atas from target_serapan where triwulan between 1 and 4
    ),

    bulan as (
        select unnest(generate_series(1, 12)) as bulan
    ),

    batas as (
        select
            b.bulan,
            (select max(t.bulan) from titik as t where t.bulan < b.bulan) as bulan_awal,
            (select min(t.bulan) from titik as t where t.bulan >= b.bulan) as bulan_akhir
        from bulan as b
    ),

    final as (
        select
            b.bulan,
            (b.bulan + 2) // 3 as triwulan,
            a.bawah + (z.bawah - a.bawah) * (b.bulan - b.bulan_awal) / (b.bulan_akhir - b.bulan_awal) as target_bawah,
            a.atas + (z.atas - a.atas) * (b.bulan - b.bulan_awal) / (b.bulan_akhir - b.bulan_awal) as target_atas,
            tw.batas_bawah as target_bawah_triwulan,
            tw.batas_atas as target_atas_triwulan
        from batas as b
        left join titik as a on a.bulan = b.bulan_awal
        left join titik as z on z.bulan = b.bulan_akhir
        left join target_serapan as tw on tw.triwulan = (b.bulan + 2) // 3
        order by b.bulan
    )

select * from final;

-- Uang satu sub kegiatan setahun dalam satu baris: bulan 1..12 sebagai daftar 12 elemen (elemen ke-b = bulan b).
-- View yang menghitung per sub kegiatan × bulan (serapan_anggaran, kemajuan_sub_kegiatan) menggabungkan sub kegiatan
-- dengan daftar ini pada 3 kunci lalu membaca bulan b dari daftar: skala nasional 1,5 juta baris. Dulu 18,5 juta sub
-- kegiatan-bulan digabungkan pada 4 kunci dengan rencana_kas dan realisasi_anggaran_bulanan, lalu window per sub
-- kegiatan (last_value fisik, jumlah s.d. bulan itu). Skala nasional, disimpan berurutan: serapan_anggaran 35 → 9 s,
-- kemajuan_sub_kegiatan 39 → 25 s (kini sebagian besar ORDER BY tabel simpanannya).

-- Nilai bulan 1..12 dari baris bulanan satu kelompok (agregat): daftar 12 elemen, NULL untuk bulan tanpa baris
-- (atau tanpa nilai); bulan di luar 1..12 tidak masuk. (kode_pemda, tahun, kode_kegiatan, bulan) adalah kunci
-- rencana_kas dan realisasi_anggaran, jadi setiap bulan sebuah sub kegiatan paling banyak satu baris.
-- any_value(case ...) tanpa filter: lebih murah daripada dua belas agregat any_value(...) filter (where ...).
create or replace macro nilai_per_bulan(nilai, bulan) as [
    any_value(case when bulan = 1 then nilai end),
    any_value(case when bulan = 2 then nilai end),
    any_value(case when bulan = 3 then nilai end),
    any_value(case when bulan = 4 then nilai end),
    any_value(case when bulan = 5 then nilai end),
    any_value(case when bulan = 6 then nilai end),
    any_value(case when bulan = 7 then nilai end),
    any_value(case when bulan = 8 then nilai end),
    any_value(case when bulan = 9 then nilai end),
    any_value(case when bulan = 10 then nilai end),
    any_value(case when bulan = 11 then nilai end),
    any_value(case when bulan = 12 then nilai end)
];

-- Untuk setiap bulan b dari daftar 12 bulan d: nilai terakhir yang terisi pada bulan 1..b (NULL bila belum ada),
-- seperti last_value(... ignore nulls) over (order by bulan) tanpa window.
create or replace macro terakhir_terisi(d) as [
    d[1],
    coalesce(d[2], d[1]),
    coalesce(d[3], d[2], d[1]),
    coalesce(d[4], d[3], d[2], d[1]),
    coalesce(d[5], d[4], d[3], d[2], d[1]),
    coalesce(d[6], d[5], d[4], d[3], d[2], d[1]),
    coalesce(d[7], d[6], d[5], d[4], d[3], d[2], d[1]),
    coalesce(d[8], d[7], d[6], d[5], d[4], d[3], d[2], d[1]),
    coalesce(d[9], d[8], d[7], d[6], d[5], d[4], d[3], d[2], d[1]),
    coalesce(d[10], d[9], d[8], d[7], d[6], d[5], d[4], d[3], d[2], d[1]),
    coalesce(d[11], d[10], d[9], d[8], d[7], d[6], d[5], d[4], d[3], d[2], d[1]),
    coalesce(d[12], d[11], d[10], d[9], d[8], d[7], d[6], d[5], d[4], d[3], d[2], d[1])
];

-- Rencana kas setiap sub kegiatan (kode_pemda, tahun, kode_kegiatan) yang punya rencana kas: rencana_kas[b] = rencana
-- kas bulan b (NULL bila bulan itu tidak ada).
create or replace view rencana_kas_setahun as
select kode_pemda, tahun, kode_kegiatan, nilai_per_bulan(nilai, bulan) as rencana_kas
from rencana_kas
group by kode_pemda, tahun, kode_kegiatan;

-- Laporan realisasi setiap sub kegiatan yang melapor (realisasi_anggaran_bulanan), per bulan b: realisasi[b] dan
-- realisasi_kumulatif[b] bulan itu, fisik_persen_sd[b] = fisik terakhir yang dilaporkan s.d. bulan b,
-- bulan_lapor[b] = b bila bulan b dilaporkan, bulan_lapor_sd[b] = bulan laporan terakhir s.d. bulan b;
-- bulan_lapor_terakhir = bulan laporan terakhir sub kegiatan itu.
create or replace view realisasi_anggaran_setahun as
with
    per_sub as (
        select
            kode_pemda,
            tahun,
            kode_kegiatan,
            nilai_per_bulan(realisasi, bulan) as realisasi,
            nilai_per_bulan(realisasi_kumulatif, bulan) as realisasi_kumulatif,
            nilai_per_bulan(fisik_persen, bulan) as fisik_persen,
            -- the months reported as bits (bit b = month b): one small aggregate instead of twelve more
            bit_or(1 << bulan) filter (where bulan between 1 and 12) as bit_lapor,
            max(bulan) as bulan_lapor_terakhir
        from realisasi_anggaran_bulanan
        -- A write that refreshes some pemda sees only their rows of kegiatan (pantau.db._batasi_pemda), while the
        -- stored realisasi_anggaran_bulanan holds the nation's: this keeps the pivot to those pemda (a filter on the
        -- sub kegiatan does not reach this scan through the join: serapan_anggaran for one pemda read the nation's
        -- reports). Over the whole file it leaves out nothing a view uses.
        where kode_pemda in (select kode_pemda from kegiatan)
        group by kode_pemda, tahun, kode_kegiatan
    ),

    daftar_lapor as (
        select
            *,
            list_transform(range(1, 13), lambda b: case when bit_lapor & (1 << b) <> 0 then cast(b as integer) end)
                as bulan_lapor
        from per_sub
    ),

    final as (
        select
            kode_pemda,
            tahun,
            kode_kegiatan,
            realisasi,
            realisasi_kumulatif,
            terakhir_terisi(fisik_persen) as fisik_persen_sd,
            bulan_lapor,
            terakhir_terisi(bulan_lapor) as bulan_lapor_sd,
            bulan_lapor_terakhir
        from daftar_lapor
    )

select * from final;

-- Serapan: realisasi kumulatif ÷ pagu. Bulan sesudah bulan terakhir yang dilaporkan pemda itu kosong
-- (NULL), bukan nol, agar kurva S berhenti di data terakhir. Sub kegiatan yang belum melapor pada bulan
-- yang sudah dilaporkan pemda dihitung nol: keterlambatan lapor tampak sebagai serapan yang tertinggal.
-- Fisik OPD/pemda: rata-rata fisik sub kegiatan (kumulatif, angka terakhir yang dilaporkan) berbobot pagu.
-- Serapan setiap bulan yang sudah dilaporkan dibandingkan dengan rencana kas s.d. bulan itu dan dengan target
-- serapan bulan itu (target_serapan_bulan: diinterpolasi di antara akhir triwulan), tidak dengan target akhir
-- triwulannya.
-- @view serapan_anggaran: Satu baris per OPD × tahun × bulan 1..12 (dan per pemda, kode_pd kosong), dari data sub kegiatan atau, bila OPD itu hanya punya data tingkat OPD (anggaran_opd) bulan itu, dari data itu: pagu, rencana kas dan realisasi bulan itu dan kumulatif, persen terhadap pagu, deviasi realisasi − rencana kas, fisik, dan target serapan bulan itu (interpolasi di antara akhir triwulan). Contoh: serapan 62 % akhir Agustus dengan rencana kas s.d. Agustus 60 %: selisih_serapan_rencana_kas +2, target 56,67–66,67 %, selisih_target_bawah +5,33, sesuai target (bukan −3 poin terhadap 65–75 % akhir September).
-- @kolom kode_pemda: Pemda
-- @kolom kode_pd: OPD; kosong = seluruh pemda
-- @kolom nama_pd: Nama OPD (kosong untuk baris pemda)
-- @kolom singkatan: Singkatan OPD
-- @kolom tahun: Tahun anggaran
-- @kolom bulan: Bulan 1..12
-- @kolom triwulan: Triwulan bulan itu (1..4)
-- @kolom bulan_terakhir_lapor: Bulan terakhir yang punya realisasi anggaran di pemda itu (kosong bila belum ada)
-- @kolom pagu: Pagu seluruh sub kegiatan (rupiah)
-- @kolom rencana_kas: Rencana kas bulan itu (rupiah)
-- @kolom rencana_kas_kumulatif: Rencana kas s.d. bulan itu (rupiah)
-- @kolom realisasi: Realisasi bulan itu (rupiah; kosong sesudah bulan terakhir yang dilaporkan)
-- @kolom realisasi_kumulatif: Realisasi s.d. bulan itu (rupiah; kosong sesudah bulan terakhir yang dilaporkan)
-- @kolom persen_rencana_kas_kumulatif: Rencana kas s.d. bulan itu ÷ pagu (%)
-- @kolom persen_serapan: Realisasi s.d. bulan itu ÷ pagu (%): serapan anggaran
-- @kolom selisih_serapan_rencana_kas: persen_serapan − persen_rencana_kas_kumulatif (poin; negatif = serapan tertinggal dari rencana)
-- @kolom persen_terhadap_rencana_kas: Realisasi s.d. bulan itu ÷ rencana kas s.d. bulan itu (%)
-- @kolom deviasi: Realisasi − rencana kas bulan itu (rupiah; negatif = tertinggal)
-- @kolom deviasi_kumulatif: Realisasi − rencana kas s.d. bulan itu (rupiah)
-- @kolom fisik_persen: Realisasi fisik kumulatif (%), rata-rata sub kegiatan berbobot pagu; sub kegiatan tanpa laporan fisik dihitung 0
-- @kolom selisih_fisik_keuangan: fisik_persen − persen_serapan (poin; positif = fisik mendahului keuangan)
-- @kolom target_bawah: Batas bawah target serapan pada akhir bulan itu (% pagu; target_serapan_bulan: interpolasi linear di antara akhir triwulan, dari 0 pada awal tahun)
-- @kolom target_atas: Batas atas target serapan pada akhir bulan itu (%)
-- @kolom target_bawah_triwulan: Batas bawah target serapan pada akhir triwulannya (tabel target_serapan)
-- @kolom target_atas_triwulan: Batas atas target serapan pada akhir triwulannya
-- @kolom selisih_target_bawah: persen_serapan − target_bawah (poin; negatif = di bawah target bulan itu)
-- @kolom status_target: Pada setiap bulan yang sudah dilaporkan, terhadap target bulan itu: di bawah target / sesuai target / di atas target
-- @kolom sumber_anggaran: Data yang dipakai: sub kegiatan / tingkat OPD (tabel anggaran_opd, bila OPD itu tidak punya data sub kegiatan bulan itu) / campuran (baris pemda: sebagian OPD tingkat OPD); tidak pernah keduanya untuk satu OPD dan bulan
-- @kolom serapan_opd_kumulatif: SERAPAN OPD s.d. bulan itu (sudah dilakukan OPD, belum dilaporkan ke BPKAD; hanya data tingkat OPD): tidak termasuk realisasi
-- @kolom persen_serapan_opd: serapan_opd_kumulatif ÷ pagu (%); kosong bila tidak ada angka SERAPAN OPD
create or replace view serapan_anggaran as
with
    sub as (
        select kode_pemda, kode_pd, tahun, kode_kegiatan, coalesce(pagu, 0) as pagu from jadwal_kegiatan
    ),

    -- OPD-level budget (anggaran_opd): per OPD × month, the groups summed; pagu per OPD = the groups' last pagu
    opd_bulan as (
        select
            kode_pemda, kode_pd, tahun, bulan,
            sum(rencana_kas) as rencana_kas,
            sum(realisasi) as realisasi,
            count(realisasi) > 0 as lapor,
            sum(serapan_opd_kumulatif) as serapan_opd_kumulatif
        from anggaran_opd_bulanan
        group by all
    ),

    opd_pagu as (
        select kode_pemda, kode_pd, tahun, sum(pagu) as pagu, sum(kas) as kas_tahun
        from (
            select kode_pemda, kode_pd, tahun, kelompok, any_value(pagu) as pagu, sum(rencana_kas) as kas
            from anggaran_opd_bulanan group by all
        )
        group by all
    ),

    -- Each sub kegiatan with its year as 12-month lists (rencana_kas_setahun, realisasi_anggaran_setahun): joined
    -- on 3 keys, 1,5 M rows at national scale, instead of 18,5 M sub kegiatan-months on 4 keys with a window for fisik.
    sub_setahun as (
        select
            s.*,
            k.rencana_kas,
            r.realisasi,
            r.fisik_persen_sd,
            r.bulan_lapor,
            r.bulan_lapor_terakhir
        from sub as s
        left join rencana_kas_setahun as k
            on k.kode_pemda = s.kode_pemda and k.tahun = s.tahun and k.kode_kegiatan = s.kode_kegiatan
        left join realisasi_anggaran_setahun as r
            on r.kode_pemda = s.kode_pemda and r.tahun = s.tahun and r.kode_kegiatan = s.kode_kegiatan
    ),

    lapor as (
        select kode_pemda, tahun, max(bulan) as bulan_terakhir_lapor
        from (
            select kode_pemda, tahun, bulan_lapor_terakhir as bulan
            from sub_setahun
            where bulan_lapor_terakhir is not null
            union all
            select kode_pemda, tahun, bulan from opd_bulan where lapor
        )
        group by kode_pemda, tahun
    ),

    sub_bulan as (
        select
            s.kode_pemda,
            s.kode_pd,
            s.tahun,
            s.kode_kegiatan,
            s.pagu,
            b.bulan,
            s.rencana_kas[b.bulan] is not null or s.bulan_lapor[b.bulan] is not null as ada,
            coalesce(s.rencana_kas[b.bulan], 0) as rencana_kas,
            case when b.bulan <= l.bulan_terakhir_lapor then coalesce(s.realisasi[b.bulan], 0) end as realisasi,
            -- fisik is cumulative: the last figure reported up to that month
            case when b.bulan <= l.bulan_terakhir_lapor then coalesce(s.fisik_persen_sd[b.bulan], 0) end
                as fisik_persen
        from sub_setahun as s
        cross join (select unnest(generate_series(1, 12)) as bulan) as b
        left join lapor as l on l.kode_pemda = s.kode_pemda and l.tahun = s.tahun
    ),

    sub_pd as (
        select
            kode_pemda,
            kode_pd,
            tahun,
            bulan,
            bool_or(ada) as ada,
            sum(pagu) as pagu,
            sum(rencana_kas) as rencana_kas,
            sum(realisasi) as realisasi,
            sum(pagu * fisik_persen) as fisik_bobot
        from sub_bulan
        group by all
    ),

    pd_tahun as (
        select distinct kode_pemda, kode_pd, tahun from sub
        union
        select distinct kode_pemda, kode_pd, tahun from opd_bulan
    ),

    -- For each OPD and month one source, never both: sub kegiatan data where that OPD has some for that month,
    -- OPD-level data (anggaran_opd) where only that exists.
    pilih as (
        select
            p.kode_pemda,
            p.kode_pd,
            p.tahun,
            b.bulan,
            l.bulan_terakhir_lapor,
            coalesce(sp.ada, false) as ada_sub,
            o.kode_pd is not null as ada_opd,
            sp.pagu as pagu_sub,
            coalesce(op.pagu, op.kas_tahun) as pagu_opd,
            sp.rencana_kas as kas_sub,
            o.rencana_kas as kas_opd,
            sp.realisasi as real_sub,
            o.realisasi as real_opd,
            sp.fisik_bobot,
            o.serapan_opd_kumulatif
        from pd_tahun as p
        cross join (select unnest(generate_series(1, 12)) as bulan) as b
        left join lapor as l on l.kode_pemda = p.kode_pemda and l.tahun = p.tahun
        left join sub_pd as sp
            on sp.kode_pemda = p.kode_pemda and sp.kode_pd = p.kode_pd and sp.tahun = p.tahun and sp.bulan = b.bulan
        left join opd_bulan as o
            on o.kode_pemda = p.kode_pemda and o.kode_pd = p.kode_pd and o.tahun = p.tahun and o.bulan = b.bulan
        left join opd_pagu as op on op.kode_pemda = p.kode_pemda and op.kode_pd = p.kode_pd and op.tahun = p.tahun
    ),

    sumber as (
        select
            *,
            case
                when ada_sub then 'sub kegiatan'
                when ada_opd then 'OPD'
                when bool_or(ada_sub) over pd then 'sub kegiatan'
                when bool_or(ada_opd) over pd then 'OPD'
                else 'sub kegiatan'
            end as sumber,
            -- pagu: the sub kegiatan pagu when any month of the OPD has sub kegiatan data, else the OPD-level pagu
            case
                when bool_or(ada_sub) over pd or coalesce(pagu_opd, 0) = 0 then coalesce(pagu_sub, 0)
                else pagu_opd
            end as pagu
        from pilih
        window pd as (partition by kode_pemda, kode_pd, tahun)
    ),

    pd_bulan as (
        select
            *,
            case when sumber = 'OPD' then coalesce(kas_opd, 0) else coalesce(kas_sub, 0) end as rencana_kas,
            case
                when bulan <= bulan_terakhir_lapor
                    then coalesce(case when sumber = 'OPD' then real_opd else real_sub end, 0)
            end as realisasi,
            case when sumber = 'sub kegiatan' then fisik_bobot end as fisik_bobot_pilih,
            case when sumber = 'sub kegiatan' then coalesce(pagu_sub, 0) end as pagu_fisik,
            case when sumber = 'OPD' and bulan <= bulan_terakhir_lapor then serapan_opd_kumulatif end
                as serapan_opd_pilih
        from sumber
    ),

    bulanan as (
        -- Per OPD and per pemda (kode_pd NULL) in one pass, so both use the same arithmetic.
        select
            kode_pemda,
            kode_pd,
            tahun,
            bulan,
            any_value(bulan_terakhir_lapor) as bulan_terakhir_lapor,
            sum(pagu) as pagu,
            sum(rencana_kas) as rencana_kas,
            sum(realisasi) as realisasi,
            sum(fisik_bobot_pilih) / nullif(sum(pagu_fisik), 0) as fisik_persen,
            case
                when bool_and(sumber = 'sub kegiatan') then 'sub kegiatan'
                when bool_and(sumber = 'OPD') then 'tingkat OPD'
                else 'campuran'
            end as sumber_anggaran,
            sum(serapan_opd_pilih) as serapan_opd_kumulatif
        from pd_bulan
        group by grouping sets ((kode_pemda, kode_pd, tahun, bulan), (kode_pemda, tahun, bulan))
    ),

    kumulatif as (
        select
            *,
            sum(rencana_kas) over w as rencana_kas_kumulatif,
            case when realisasi is not null then sum(realisasi) over w end as realisasi_kumulatif
        from bulanan
        window w as (partition by kode_pemda, kode_pd, tahun order by bulan)
    ),

    final as (
        select
            k.kode_pemda,
            k.kode_pd,
            pd.nama_pd,
            pd.singkatan,
            k.tahun,
            k.bulan,
            (k.bulan + 2) // 3 as triwulan,
            k.bulan_terakhir_lapor,
            k.pagu,
            k.rencana_kas,
            k.rencana_kas_kumulatif,
            k.realisasi,
            k.realisasi_kumulatif,
            persen_bagian(k.rencana_kas_kumulatif, k.pagu) as persen_rencana_kas_kumulatif,
            case when k.realisasi_kumulatif is not null then persen_bagian(k.realisasi_kumulatif, k.pagu) end
                as persen_serapan,
            case when k.realisasi_kumulatif is not null then
                persen_bagian(k.realisasi_kumulatif, k.pagu) - persen_bagian(k.rencana_kas_kumulatif, k.pagu) end
                as selisih_serapan_rencana_kas,
            case when k.realisasi_kumulatif is not null then
                persen_bagian(k.realisasi_kumulatif, k.rencana_kas_kumulatif) end as persen_terhadap_rencana_kas,
            k.realisasi - k.rencana_kas as deviasi,
            k.realisasi_kumulatif - k.rencana_kas_kumulatif as deviasi_kumulatif,
            k.fisik_persen,
            k.fisik_persen - case when k.realisasi_kumulatif is not null then
                persen_bagian(k.realisasi_kumulatif, k.pagu) end as selisih_fisik_keuangan,
            t.target_bawah,
            t.target_atas,
            t.target_bawah_triwulan,
            t.target_atas_triwulan,
            case when k.realisasi_kumulatif is not null and k.pagu > 0 then
                persen_bagian(k.realisasi_kumulatif, k.pagu) - t.target_bawah end as selisih_target_bawah,
            case
                when k.realisasi_kumulatif is null or k.pagu <= 0 then null
                when persen_bagian(k.realisasi_kumulatif, k.pagu) < t.target_bawah then 'di bawah target'
                when persen_bagian(k.realisasi_kumulatif, k.pagu) > t.target_atas then 'di atas target'
                when t.target_bawah is not null then 'sesuai target'
            end as status_target,
            k.sumber_anggaran,
            k.serapan_opd_kumulatif,
            -- NULL without SERAPAN OPD figures (sub kegiatan data, or an LRA without that column), never 0 %
            case when k.serapan_opd_kumulatif is not null then persen_bagian(k.serapan_opd_kumulatif, k.pagu) end
                as persen_serapan_opd
        from kumulatif as k
        left join perangkat_daerah as pd on pd.kode_pemda = k.kode_pemda and pd.kode_pd = k.kode_pd
        left join target_serapan_bulan as t on t.bulan = k.bulan
    )

select * from final;
