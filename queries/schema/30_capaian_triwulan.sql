-- Capaian per triwulan untuk evaluasi triwulanan: setiap indikator × tahun × TW1..TW4, dilaporkan atau
-- tidak, dengan tren, proyeksi akhir tahun, progres ke target akhir periode, dan peringatan dini.
-- Semua angka capaian berasal dari view capaian_indikator (10_capaian.sql); di sini hanya ditambahkan
-- triwulan yang belum dilaporkan, perbandingan antartriwulan, dan aturan proyeksi.

-- Ambang peringatan dini: nilai bawaan, diisi hanya bila kuncinya belum ada (nilai pengguna tetap).
insert into pengaturan
select *
from (
    values
        ('ambang_peringatan_capaian', 75.0,
         'Peringatan dini: IKU dengan capaian s.d. triwulan di bawah nilai ini (%) (bawaan 75: belum Tinggi)'),
        ('ambang_proyeksi_tahunan', 90.0,
         'Peringatan dini: IKU yang proyeksi akhir tahunnya kurang dari nilai ini (%) terhadap target tahunan '
         '(bawaan 90: selisih kecil dari perkiraan kasar bukan peringatan)')
) as v (kunci, nilai, keterangan)
where not exists (select 1 from pengaturan as p where p.kunci = v.kunci);

-- Capaian sebuah nilai terhadap target tahunan (titik atau rentang), dengan rumus indikator: aturan
-- yang sama dengan progres_tahunan_persen di capaian_indikator, dipakai untuk nilai proyeksi.
create or replace macro capaian_terhadap_tahunan(rumus, t, tmin, tmax, r) as
    case
        when tmin is not null and tmax is not null then hitung_capaian_rentang(rumus, tmin, tmax, r)
        else hitung_capaian(rumus, t, r)
    end;

-- Proyeksi akhir tahun menurut agregasi = nilai s.d. triwulan n + laju × (4 − n):
--   kumulatif   : laju = rata-rata tambahan per triwulan sejauh ini (realisasi_sd / n), jadi
--                 proyeksi = realisasi_sd × 4 / n. Triwulan tanpa laporan dihitung nol, seperti di s.d.
--   nilai_akhir : laju = kemiringan garis tren (kuadrat terkecil) realisasi triwulan tahun itu sampai
--                 TW n; dengan satu titik saja, laju 0 (nilai terakhir bertahan).
--   rata_rata   : laju 0: triwulan sisanya dianggap sama dengan rata-rata sejauh ini.
-- Di TW4 proyeksi = realisasi s.d. TW4. Rencana yang menumpuk di akhir tahun (target triwulan naik tajam)
-- sengaja tampak sebagai proyeksi kurang: itulah penumpukan yang ingin dicegah.
create or replace macro proyeksi_akhir_tahun(agregasi, realisasi_sd, n, kemiringan) as
    case agregasi
        when 'kumulatif' then realisasi_sd * 4.0 / n
        when 'nilai_akhir' then realisasi_sd + coalesce(kemiringan, 0) * (4 - n)
        else realisasi_sd
    end;

-- @view capaian_triwulan: Satu baris per indikator × tahun × triwulan (TW1–TW4), dilaporkan atau belum: angka capaian dari capaian_indikator, tren, perbandingan dengan TW lalu dan tahun lalu, proyeksi akhir tahun, progres ke target akhir periode, dan tanda peringatan dini. Tahun: setiap tahun yang punya target, realisasi atau kegiatan di pemda indikator itu.
-- @kolom kode_pemda: Pemda pemilik indikator (kode_pemda baris indikator)
-- @kolom kode_pd: OPD penanggung jawab
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom kode_indikator: Kode indikator
-- @kolom nama_indikator: Nama indikator
-- @kolom satuan: Satuan
-- @kolom jenis: IKU_PEMDA / IKU_PD / IK_PROGRAM / IK_KEGIATAN
-- @kolom polaritas: positif / negatif
-- @kolom agregasi: kumulatif / nilai_akhir / rata_rata
-- @kolom rumus: Rumus yang berlaku (kolom rumus, atau bawaan menurut polaritas)
-- @kolom kode_sasaran: Sasaran yang diukur
-- @kolom uraian_sasaran: Uraian sasaran
-- @kolom definisi: Definisi operasional indikator
-- @kolom tahun: Tahun
-- @kolom triwulan: 1..4
-- @kolom periode: TW1..TW4
-- @kolom sudah_lapor: Ada realisasi triwulan ini (ada baris di capaian_indikator)
-- @kolom diukur_tahunan: Hanya target TAHUNAN tahun itu, dan realisasinya selama ini hanya pernah dilaporkan di TW4
-- @kolom wajib_lapor: Realisasi triwulan ini diharapkan (semua triwulan, kecuali TW1–TW3 IKU yang diukur tahunan)
-- @kolom belum_lapor: Wajib lapor tetapi belum ada realisasi triwulan ini
-- @kolom triwulan_lapor_terakhir: Triwulan terakhir s.d. triwulan ini pada tahun itu yang ada realisasinya
-- @kolom target_triwulan: Target triwulan itu sendiri, seperti diimpor (NULL bila hanya ada target tahunan)
-- @kolom target_min_triwulan: Batas bawah target rentang triwulan itu, seperti diimpor
-- @kolom target_max_triwulan: Batas atas target rentang triwulan itu, seperti diimpor
-- @kolom realisasi_triwulan: Realisasi triwulan itu sendiri, seperti diimpor
-- @kolom target_sd: Target s.d. triwulan (capaian_indikator; NULL bila belum lapor atau target rentang)
-- @kolom target_min_sd: Batas bawah target rentang s.d. triwulan
-- @kolom target_max_sd: Batas atas target rentang s.d. triwulan
-- @kolom realisasi_sd: Realisasi s.d. triwulan menurut agregasi
-- @kolom capaian_persen: Capaian (%) s.d. triwulan, mentah (capaian_indikator)
-- @kolom predikat: Predikat capaian (skala_predikat)
-- @kolom urutan_predikat: Urutan predikat (1 = terbaik)
-- @kolom warna_predikat: Warna status predikat
-- @kolom kategori_predikat: baik / sedang / perhatian
-- @kolom status: Predikat, atau "Tanpa capaian" (lapor tetapi capaian tidak dapat dihitung), "Belum lapor", "Diukur tahunan"
-- @kolom keterangan: Alasan bila capaian_persen NULL
-- @kolom capaian_perlu_diperiksa: Capaian di atas ambang_capaian_tinggi (kemungkinan salah data)
-- @kolom target_tahunan: Target tahunan (capaian_indikator; bila tahun itu belum ada realisasi: baris target TAHUNAN)
-- @kolom target_min_tahunan: Batas bawah rentang tahunan
-- @kolom target_max_tahunan: Batas atas rentang tahunan
-- @kolom progres_tahunan_persen: realisasi_sd terhadap target tahunan, dengan rumus indikator
-- @kolom tren_capaian: Daftar capaian_persen TW1..triwulan ini tahun itu (NULL untuk triwulan tanpa laporan)
-- @kolom capaian_tw_lalu: capaian_persen triwulan sebelumnya (TW4 tahun lalu untuk TW1)
-- @kolom capaian_tahun_lalu: capaian_persen triwulan yang sama tahun lalu
-- @kolom selisih_tw_lalu: capaian_persen − capaian_tw_lalu (poin persen)
-- @kolom selisih_tahun_lalu: capaian_persen − capaian_tahun_lalu (poin persen)
-- @kolom laju_triwulan: Laju per triwulan untuk proyeksi: kumulatif realisasi_sd / n; nilai_akhir kemiringan tren; rata_rata 0
-- @kolom proyeksi_akhir_tahun: Proyeksi realisasi akhir tahun = realisasi_sd + laju × (4 − triwulan) (macro proyeksi_akhir_tahun)
-- @kolom progres_proyeksi_persen: Proyeksi akhir tahun terhadap target tahunan (%), dengan rumus indikator
-- @kolom target_akhir_periode: Target akhir periode RPJMD/Renstra (nilai pada tahun terakhir periode)
-- @kolom capaian_akhir_periode_persen: realisasi_sd terhadap target_akhir_periode (%), dengan rumus indikator
-- @kolom realisasi_tahun_lalu: Realisasi akhir tahun lalu: realisasi_sd pada triwulan terakhir yang dilaporkan tahun sebelumnya
-- @kolom ambang_peringatan_capaian: Pengaturan ambang_peringatan_capaian (%)
-- @kolom ambang_proyeksi_tahunan: Pengaturan ambang_proyeksi_tahunan (%)
-- @kolom capaian_rendah: Peringatan: capaian_persen di bawah ambang_peringatan_capaian
-- @kolom proyeksi_kurang: Peringatan: progres_proyeksi_persen di bawah ambang_proyeksi_tahunan
-- @kolom tanpa_capaian: Peringatan: sudah lapor tetapi capaian tidak dapat dihitung (lihat keterangan)
-- @kolom peringatan: Salah satu: capaian_rendah, proyeksi_kurang, belum_lapor, tanpa_capaian, capaian_perlu_diperiksa
-- @kolom alasan_peringatan: Alasan peringatan, dipisah "; "
-- @kolom faktor_pendorong: Faktor pendorong (realisasi triwulan itu)
-- @kolom faktor_penghambat: Faktor penghambat
-- @kolom tindak_lanjut: Tindak lanjut
-- @kolom sumber_data: Sumber data
create or replace view capaian_triwulan as
with
    -- capaian_indikator dihitung sekali (dipakai lima kali di bawah).
    ci as materialized (
        select * from capaian_indikator
    ),

    -- Tahun data setiap pemda: tahun pemda lain tidak menambah triwulan "belum lapor" di sini.
    tahun_data as (
        select kode_pemda, tahun from target
        union
        select kode_pemda, tahun from realisasi
        union
        select kode_pemda, tahun from kegiatan
    ),

    ind as (
        select
            i.kode_pemda,
            i.kode_indikator,
            i.nama_indikator,
            i.satuan,
            i.kode_pd,
            i.jenis,
            i.polaritas,
            i.agregasi,
            rumus_efektif(i.rumus, i.polaritas) as rumus,
            i.kode_sasaran,
            i.target_akhir_periode,
            i.definisi,
            pd.nama_pd,
            pd.singkatan,
            s.uraian as uraian_sasaran
        from indikator as i
        left join perangkat_daerah as pd on pd.kode_pemda = i.kode_pemda and pd.kode_pd = i.kode_pd
        left join sasaran as s on s.kode_pemda = i.kode_pemda and s.kode_sasaran = i.kode_sasaran
    ),

    kerangka as (
        select
            ind.*,
            y.tahun,
            q.triwulan
        from ind
        inner join tahun_data as y on y.kode_pemda = ind.kode_pemda
        cross join (select unnest([1, 2, 3, 4]) as triwulan) as q
    ),

    target_tw as (
        select
            kode_pemda,
            kode_indikator,
            tahun,
            cast(right(periode, 1) as integer) as triwulan,
            target,
            target_min,
            target_max
        from target
        where periode in ('TW1', 'TW2', 'TW3', 'TW4')
    ),

    target_th as (
        select kode_pemda, kode_indikator, tahun, target, target_min, target_max
        from target
        where periode = 'TAHUNAN'
    ),

    -- "Diukur tahunan": tanpa target triwulan tahun itu, dan realisasinya hanya pernah ada di TW4.
    riwayat_lapor as (
        select
            kode_pemda,
            kode_indikator,
            bool_or(periode in ('TW1', 'TW2', 'TW3')) as pernah_lapor_sebelum_tw4,
            bool_or(periode = 'TW4') as pernah_lapor_tw4
        from realisasi
        group by kode_pemda, kode_indikator
    ),

    ada_target_tw as (
        select distinct kode_pemda, kode_indikator, tahun from target_tw
    ),

    -- Nilai akhir tiap tahun (triwulan terakhir yang dilaporkan), untuk kolom "tahun lalu".
    akhir_tahun as (
        select
            kode_pemda,
            kode_indikator,
            tahun,
            arg_max(realisasi_sd, triwulan) as realisasi_akhir
        from ci
        group by kode_pemda, kode_indikator, tahun
    ),

    tahunan_ci as (
        select
            kode_pemda,
            kode_indikator,
            tahun,
            any_value(target_tahunan) as target_tahunan,
            any_value(target_min_tahunan) as target_min_tahunan,
            any_value(target_max_tahunan) as target_max_tahunan
        from ci
        group by kode_pemda, kode_indikator, tahun
    ),

    gabung as (
        select
            k.*,
            'TW' || k.triwulan as periode,
            ci.kode_indikator is not null as sudah_lapor,
            coalesce(
                atw.kode_indikator is null
                and rl.pernah_lapor_tw4
                and not rl.pernah_lapor_sebelum_tw4,
                false
            ) as diukur_tahunan,
            tw.target as target_triwulan,
            tw.target_min as target_min_triwulan,
            tw.target_max as target_max_triwulan,
            ci.realisasi_triwulan,
            ci.target_sd,
            ci.target_min_sd,
            ci.target_max_sd,
            ci.realisasi_sd,
            ci.capaian_persen,
            ci.predikat,
            ci.urutan_predikat,
            ci.warna_predikat,
            ci.kategori_predikat,
            ci.keterangan,
            coalesce(ci.capaian_perlu_diperiksa, false) as capaian_perlu_diperiksa,
            -- Target tahunan tetap ada di triwulan yang belum dilaporkan: dari baris lain tahun itu,
            -- atau (belum ada realisasi sama sekali) dari baris target TAHUNAN apa adanya.
            case when tci.kode_indikator is not null then tci.target_tahunan else th.target end as target_tahunan,
            case when tci.kode_indikator is not null then tci.target_min_tahunan else th.target_min end
                as target_min_tahunan,
            case when tci.kode_indikator is not null then tci.target_max_tahunan else th.target_max end
                as target_max_tahunan,
            ci.progres_tahunan_persen,
            ci.faktor_pendorong,
            ci.faktor_penghambat,
            ci.tindak_lanjut,
            ci.sumber_data,
            al.realisasi_akhir as realisasi_tahun_lalu
        from kerangka as k
        left join ci
            on ci.kode_pemda = k.kode_pemda
            and ci.kode_indikator = k.kode_indikator
            and ci.tahun = k.tahun
            and ci.triwulan = k.triwulan
        left join target_tw as tw
            on tw.kode_pemda = k.kode_pemda
            and tw.kode_indikator = k.kode_indikator
            and tw.tahun = k.tahun
            and tw.triwulan = k.triwulan
        left join target_th as th
            on th.kode_pemda = k.kode_pemda and th.kode_indikator = k.kode_indikator and th.tahun = k.tahun
        left join tahunan_ci as tci
            on tci.kode_pemda = k.kode_pemda and tci.kode_indikator = k.kode_indikator and tci.tahun = k.tahun
        left join ada_target_tw as atw
            on atw.kode_pemda = k.kode_pemda and atw.kode_indikator = k.kode_indikator and atw.tahun = k.tahun
        left join riwayat_lapor as rl on rl.kode_pemda = k.kode_pemda and rl.kode_indikator = k.kode_indikator
        left join akhir_tahun as al
            on al.kode_pemda = k.kode_pemda and al.kode_indikator = k.kode_indikator and al.tahun = k.tahun - 1
    ),

    -- Jendela TW1..n tahun yang sama: tren capaian, triwulan lapor terakhir, kemiringan realisasi.
    jendela as (
        select
            *,
            list(capaian_persen) over w as tren_capaian,
            max(case when sudah_lapor then triwulan end) over w as triwulan_lapor_terakhir,
            -- regr_slope memberi NaN untuk satu titik: kemiringan hanya dari dua titik atau lebih.
            case
                when regr_count(realisasi_triwulan, triwulan) over w >= 2
                    then regr_slope(realisasi_triwulan, triwulan) over w
            end as kemiringan
        from gabung
        window w as (
            partition by kode_pemda, kode_indikator, tahun
            order by triwulan rows between unbounded preceding and current row
        )
    ),

    banding as (
        select
            j.*,
            lalu.capaian_persen as capaian_tw_lalu,
            thl.capaian_persen as capaian_tahun_lalu,
            case j.agregasi
                when 'kumulatif' then j.realisasi_sd / j.triwulan
                when 'nilai_akhir' then coalesce(j.kemiringan, 0)
                else 0
            end as laju,
            proyeksi_akhir_tahun(j.agregasi, j.realisasi_sd, j.triwulan, j.kemiringan) as proyeksi
        from jendela as j
        left join ci as lalu
            on lalu.kode_pemda = j.kode_pemda
            and lalu.kode_indikator = j.kode_indikator
            and (
                (j.triwulan > 1 and lalu.tahun = j.tahun and lalu.triwulan = j.triwulan - 1)
                or (j.triwulan = 1 and lalu.tahun = j.tahun - 1 and lalu.triwulan = 4)
            )
        left join ci as thl
            on thl.kode_pemda = j.kode_pemda
            and thl.kode_indikator = j.kode_indikator
            and thl.tahun = j.tahun - 1
            and thl.triwulan = j.triwulan
    ),

    nilai as (
        select
            *,
            not (diukur_tahunan and triwulan < 4) as wajib_lapor,
            capaian_terhadap_tahunan(rumus, target_tahunan, target_min_tahunan, target_max_tahunan, proyeksi)
                as progres_proyeksi,
            hitung_capaian(rumus, target_akhir_periode, realisasi_sd) as capaian_akhir_periode_persen,
            (select nilai from pengaturan where kunci = 'ambang_peringatan_capaian') as ambang_peringatan_capaian,
            (select nilai from pengaturan where kunci = 'ambang_proyeksi_tahunan') as ambang_proyeksi_tahunan
        from banding
    ),

    tanda as (
        select
            *,
            wajib_lapor and not sudah_lapor as belum_lapor,
            -- Dibulatkan 9 desimal seperti pencocokan predikat: 74,99999999999999 bukan "di bawah 75".
            coalesce(round(capaian_persen, 9) < ambang_peringatan_capaian, false) as capaian_rendah,
            coalesce(round(progres_proyeksi, 9) < ambang_proyeksi_tahunan, false) as proyeksi_kurang,
            sudah_lapor and capaian_persen is null as tanpa_capaian
        from nilai
    ),

    final as (
        select
            kode_pemda,
            kode_pd,
            nama_pd,
            singkatan,
            kode_indikator,
            nama_indikator,
            satuan,
            jenis,
            polaritas,
            agregasi,
            rumus,
            kode_sasaran,
            uraian_sasaran,
            definisi,
            tahun,
            triwulan,
            periode,
            sudah_lapor,
            diukur_tahunan,
            wajib_lapor,
            belum_lapor,
            triwulan_lapor_terakhir,
            target_triwulan,
            target_min_triwulan,
            target_max_triwulan,
            realisasi_triwulan,
            target_sd,
            target_min_sd,
            target_max_sd,
            realisasi_sd,
            capaian_persen,
            predikat,
            urutan_predikat,
            warna_predikat,
            kategori_predikat,
            case
                when predikat is not null then predikat
                when sudah_lapor then 'Tanpa capaian'
                when belum_lapor then 'Belum lapor'
                else 'Diukur tahunan'
            end as status,
            keterangan,
            capaian_perlu_diperiksa,
            target_tahunan,
            target_min_tahunan,
            target_max_tahunan,
            progres_tahunan_persen,
            tren_capaian,
            capaian_tw_lalu,
            capaian_tahun_lalu,
            capaian_persen - capaian_tw_lalu as selisih_tw_lalu,
            capaian_persen - capaian_tahun_lalu as selisih_tahun_lalu,
            case when sudah_lapor then laju end as laju_triwulan,
            proyeksi as proyeksi_akhir_tahun,
            progres_proyeksi as progres_proyeksi_persen,
            target_akhir_periode,
            capaian_akhir_periode_persen,
            realisasi_tahun_lalu,
            ambang_peringatan_capaian,
            ambang_proyeksi_tahunan,
            capaian_rendah,
            proyeksi_kurang,
            tanpa_capaian,
            capaian_rendah or proyeksi_kurang or belum_lapor or tanpa_capaian or capaian_perlu_diperiksa
                as peringatan,
            nullif(
                concat_ws(
                    '; ',
                    case when belum_lapor then 'belum lapor' end,
                    case when capaian_rendah then 'capaian di bawah ambang' end,
                    case when proyeksi_kurang then 'proyeksi akhir tahun di bawah target' end,
                    case when tanpa_capaian then 'capaian tidak dapat dihitung' end,
                    case when capaian_perlu_diperiksa then 'capaian sangat tinggi: periksa data' end
                ),
                ''
            ) as alasan_peringatan,
            faktor_pendorong,
            faktor_penghambat,
            tindak_lanjut,
            sumber_data
        from tanda
    )

select * from final;

-- @view peringatan_dini: Satu baris per indikator × tahun × triwulan yang perlu diperingatkan (capaian_triwulan dengan peringatan): capaian di bawah ambang, proyeksi akhir tahun di bawah target tahunan, belum lapor, capaian tidak dapat dihitung, atau capaian sangat tinggi. Terburuk dahulu.
-- @kolom kode_pemda: Pemda
-- @kolom kode_pd: OPD penanggung jawab
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom kode_indikator: Kode indikator
-- @kolom nama_indikator: Nama indikator
-- @kolom satuan: Satuan
-- @kolom jenis: Jenis indikator
-- @kolom agregasi: kumulatif / nilai_akhir / rata_rata
-- @kolom kode_sasaran: Sasaran
-- @kolom tahun: Tahun
-- @kolom triwulan: 1..4
-- @kolom status: Predikat / Tanpa capaian / Belum lapor
-- @kolom warna_predikat: Warna status predikat
-- @kolom target_sd: Target s.d. triwulan
-- @kolom target_min_sd: Batas bawah target rentang s.d. triwulan
-- @kolom target_max_sd: Batas atas target rentang s.d. triwulan
-- @kolom realisasi_sd: Realisasi s.d. triwulan
-- @kolom capaian_persen: Capaian (%) s.d. triwulan, mentah
-- @kolom target_tahunan: Target tahunan
-- @kolom proyeksi_akhir_tahun: Proyeksi realisasi akhir tahun
-- @kolom progres_proyeksi_persen: Proyeksi terhadap target tahunan (%)
-- @kolom triwulan_lapor_terakhir: Triwulan terakhir yang ada realisasinya (untuk yang belum lapor)
-- @kolom belum_lapor: Belum ada realisasi triwulan ini
-- @kolom capaian_rendah: capaian_persen di bawah ambang_peringatan_capaian
-- @kolom proyeksi_kurang: progres_proyeksi_persen di bawah ambang_proyeksi_tahunan
-- @kolom tanpa_capaian: Lapor tetapi capaian tidak dapat dihitung
-- @kolom capaian_perlu_diperiksa: Capaian sangat tinggi (kemungkinan salah data)
-- @kolom alasan_peringatan: Alasan, dipisah "; "
-- @kolom keterangan: Alasan bila capaian NULL
-- @kolom faktor_penghambat: Faktor penghambat
-- @kolom tindak_lanjut: Tindak lanjut
create or replace view peringatan_dini as
with
    final as (
        select
            kode_pemda,
            kode_pd,
            nama_pd,
            singkatan,
            kode_indikator,
            nama_indikator,
            satuan,
            jenis,
            agregasi,
            kode_sasaran,
            tahun,
            triwulan,
            status,
            warna_predikat,
            target_sd,
            target_min_sd,
            target_max_sd,
            realisasi_sd,
            capaian_persen,
            target_tahunan,
            proyeksi_akhir_tahun,
            progres_proyeksi_persen,
            triwulan_lapor_terakhir,
            belum_lapor,
            capaian_rendah,
            proyeksi_kurang,
            tanpa_capaian,
            capaian_perlu_diperiksa,
            alasan_peringatan,
            keterangan,
            faktor_penghambat,
            tindak_lanjut
        from capaian_triwulan
        where peringatan
        order by
            belum_lapor desc,
            capaian_persen asc nulls first,
            progres_proyeksi_persen asc nulls last,
            kode_pemda,
            kode_indikator
    )

select * from final;
