-- Capaian per triwulan untuk evaluasi triwulanan: setiap indikator × tahun × TW1..TW4, dilaporkan atau
-- tidak, dengan tren, proyeksi akhir tahun, progres ke target akhir periode, dan peringatan dini; dan
-- rata-rata serta peringkat OPD (capaian_pd_triwulan). Semua angka s.d. triwulan berasal dari view capaian_sd
-- (10_capaian.sql); di sini hanya ditambahkan perbandingan antartriwulan, aturan proyeksi dan peringatan.

-- Ambang peringatan dini: nilai bawaan, diisi hanya bila kuncinya belum ada (nilai pengguna tetap).
insert into pengaturan
select *
from (
    values
        ('ambang_peringatan_capaian', 75.0,
         'Peringatan dini: IKU dengan capaian s.d. triwulan tidak melebihi nilai ini (%) (bawaan 75: belum Tinggi, '
         'karena Tinggi berarti > 75; tepat 75,0 diperingatkan)'),
        ('ambang_proyeksi_tahunan', 90.0,
         'Peringatan dini: IKU yang proyeksi akhir tahunnya kurang dari nilai ini (%) terhadap target tahunan '
         '(bawaan 90: selisih kecil dari perkiraan kasar bukan peringatan)')
) as v (kunci, nilai, keterangan)
where not exists (select 1 from pengaturan as p where p.kunci = v.kunci);

-- Capaian sebuah nilai terhadap target tahunan (titik atau rentang), dengan rumus indikator: aturan
-- yang sama dengan progres_tahunan_persen di capaian_sd, dipakai untuk nilai proyeksi.
create or replace macro capaian_terhadap_tahunan(rumus, t, tmin, tmax, r) as
    case
        when tmin is not null and tmax is not null then hitung_capaian_rentang(rumus, tmin, tmax, r)
        else hitung_capaian(rumus, t, r)
    end;

-- Realisasi yang memberi capaian c (%) terhadap target t menurut rumus (kebalikan hitung_capaian).
create or replace macro realisasi_untuk_capaian(rumus, t, c) as
    case
        when rumus = 'T/R' then case when c > 0 then t * 100.0 / c end
        when rumus = '(2T-R)/T' then t * (2 - c / 100.0)
        else t * c / 100.0
    end;

-- Proyeksi realisasi akhir tahun (CONTRACT.md v2 "Projection to year end").
-- Dengan target triwulan (rencana): IKU yang menjaga rencananya sesuai jalur.
--   kumulatif   : realisasi_sd × target_tahunan ÷ target_sd (target s.d. nol: realisasi_sd + target_tahunan);
--   nilai_akhir, rata_rata: capaian s.d. triwulan dibawa ke target tahunan (realisasi yang memberi capaian
--                 itu terhadap target tahunan; target rentang: jarak dari tengah rentang s.d. dibawa ke
--                 tengah rentang tahunan).
--   Jadi IKU yang tepat pada rencananya berproyeksi tepat pada target tahunan (100 %).
-- Tanpa target triwulan (hanya TAHUNAN), aturan linear = realisasi_sd + laju × (4 − n):
--   kumulatif   : laju = realisasi_sd / n (proyeksi = realisasi_sd × 4 / n);
--   nilai_akhir : laju = kemiringan garis tren (kuadrat terkecil) realisasi triwulan yang dilaporkan; satu
--                 titik saja: laju 0;
--   rata_rata   : laju 0 (rata-rata sejauh ini bertahan).
-- Belum ada realisasi tahun itu: tidak ada proyeksi.
create or replace macro proyeksi_akhir_tahun(
    agregasi, rumus, ada_target_triwulan, realisasi_sd, n, kemiringan, capaian_sd, target_sd, target_tahunan,
    tmin_sd, tmax_sd, tmin_tahunan, tmax_tahunan
) as
    case
        when realisasi_sd is null then null
        when ada_target_triwulan then
            case
                when agregasi = 'kumulatif' then
                    case when target_sd = 0 then realisasi_sd + target_tahunan
                        else realisasi_sd * target_tahunan / target_sd end
                when tmin_tahunan is not null and tmax_tahunan is not null and tmin_sd is not null then
                    realisasi_sd + (tmin_tahunan + tmax_tahunan) / 2.0 - (tmin_sd + tmax_sd) / 2.0
                else realisasi_untuk_capaian(rumus, target_tahunan, capaian_sd)
            end
        when agregasi = 'kumulatif' then realisasi_sd * 4.0 / n
        when agregasi = 'nilai_akhir' then realisasi_sd + coalesce(kemiringan, 0) * (4 - n)
        else realisasi_sd
    end;

-- @view capaian_triwulan: Angka pimpinan, tanpa nilai realisasi_belum_verifikasi. Satu baris per indikator × tahun × triwulan (TW1–TW4) dari setiap tahun yang punya target atau realisasi indikator itu, dilaporkan atau belum: capaian s.d. triwulan dari capaian_sd (juga untuk triwulan yang belum dilaporkan), wajib lapor menurut frekuensi, tren, perbandingan dengan TW lalu dan tahun lalu, proyeksi akhir tahun menurut rencana, progres ke target akhir periode, dan tanda peringatan dini.
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
-- @kolom frekuensi: triwulanan (bawaan) / tahunan
-- @kolom rumus: Rumus yang berlaku (kolom rumus, atau bawaan menurut polaritas)
-- @kolom kode_sasaran: Sasaran yang diukur
-- @kolom uraian_sasaran: Uraian sasaran
-- @kolom definisi: Definisi operasional indikator
-- @kolom tahun: Tahun
-- @kolom triwulan: 1..4
-- @kolom periode: TW1..TW4
-- @kolom sudah_lapor: Ada realisasi triwulan ini
-- @kolom diukur_tahunan: Frekuensi tahunan: melapor sekali setahun, di TW4
-- @kolom ada_target: Punya target (triwulan atau TAHUNAN) tahun itu
-- @kolom wajib_lapor: Wajib melapor triwulan ini: triwulanan dengan target tahun itu; tahunan hanya di TW4
-- @kolom belum_lapor: Wajib lapor tetapi belum ada realisasi triwulan ini
-- @kolom triwulan_lapor_terakhir: Triwulan terakhir s.d. triwulan ini pada tahun itu yang ada realisasinya
-- @kolom target_triwulan: Target triwulan itu sendiri, seperti diimpor (NULL bila hanya ada target tahunan)
-- @kolom target_min_triwulan: Batas bawah target rentang triwulan itu, seperti diimpor
-- @kolom target_max_triwulan: Batas atas target rentang triwulan itu, seperti diimpor
-- @kolom realisasi_triwulan: Realisasi triwulan itu sendiri, seperti diimpor
-- @kolom target_sd: Target s.d. triwulan (NULL untuk target rentang)
-- @kolom target_min_sd: Batas bawah target rentang s.d. triwulan
-- @kolom target_max_sd: Batas atas target rentang s.d. triwulan
-- @kolom realisasi_sd: Realisasi s.d. triwulan dari yang sudah dilaporkan (kumulatif: triwulan tanpa laporan menambah 0; nilai akhir: nilai terakhir yang dilaporkan; rata-rata: rerata triwulan yang dilaporkan); NULL bila belum ada laporan tahun itu
-- @kolom capaian_persen: Capaian (%) s.d. triwulan, mentah, juga untuk triwulan yang belum dilaporkan; NULL selama belum ada laporan tahun itu
-- @kolom capaian_rata_rata: Capaian yang masuk rata-rata dan peringkat: hanya IKU wajib lapor, dibatasi 0 s.d. batas_capaian_rata_rata, tanpa capaian = 0
-- @kolom predikat: Predikat capaian (skala_predikat)
-- @kolom urutan_predikat: Urutan predikat (1 = terbaik)
-- @kolom warna_predikat: Warna status predikat
-- @kolom kategori_predikat: baik / sedang / perhatian
-- @kolom status: "Belum lapor" (wajib lapor, belum ada realisasi triwulan ini), predikat, "Tanpa capaian" (lapor tetapi capaian tidak dapat dihitung), "Diukur tahunan" (frekuensi tahunan, TW1–TW3), atau "Tanpa target"
-- @kolom keterangan: Alasan bila capaian_persen NULL
-- @kolom capaian_perlu_diperiksa: Capaian di atas ambang_capaian_tinggi (kemungkinan salah data)
-- @kolom target_tahunan: Target tahunan (TAHUNAN, atau diturunkan dari target triwulan sejak target itu ada)
-- @kolom target_min_tahunan: Batas bawah rentang tahunan
-- @kolom target_max_tahunan: Batas atas rentang tahunan
-- @kolom progres_tahunan_persen: realisasi_sd terhadap target tahunan, dengan rumus indikator
-- @kolom tren_capaian: Daftar capaian_persen TW1..triwulan ini tahun itu
-- @kolom capaian_tw_lalu: capaian_persen triwulan sebelumnya (TW4 tahun lalu untuk TW1)
-- @kolom capaian_tahun_lalu: capaian_persen triwulan yang sama tahun lalu
-- @kolom selisih_tw_lalu: capaian_persen − capaian_tw_lalu (poin persen)
-- @kolom selisih_tahun_lalu: capaian_persen − capaian_tahun_lalu (poin persen)
-- @kolom dasar_proyeksi: rencana (ada target triwulan) / linear (hanya target TAHUNAN)
-- @kolom laju_triwulan: Laju per triwulan aturan linear: kumulatif realisasi_sd / n; nilai_akhir kemiringan tren; rata_rata 0 (NULL bila proyeksi menurut rencana)
-- @kolom proyeksi_akhir_tahun: Proyeksi realisasi akhir tahun (macro proyeksi_akhir_tahun): menurut rencana bila ada target triwulan, selain itu linear
-- @kolom progres_proyeksi_persen: Proyeksi akhir tahun terhadap target tahunan (%), dengan rumus indikator
-- @kolom target_akhir_periode: Target akhir periode RPJMD/Renstra (nilai pada tahun terakhir periode)
-- @kolom capaian_akhir_periode_persen: realisasi_sd terhadap target_akhir_periode (%), dengan rumus indikator
-- @kolom realisasi_tahun_lalu: Realisasi akhir tahun lalu: realisasi_sd TW4 tahun sebelumnya
-- @kolom ambang_peringatan_capaian: Pengaturan ambang_peringatan_capaian (%)
-- @kolom ambang_proyeksi_tahunan: Pengaturan ambang_proyeksi_tahunan (%)
-- @kolom capaian_rendah: Peringatan: sudah lapor dan capaian_persen tidak melebihi ambang_peringatan_capaian (≤; tepat 75,0 = Sedang, diperingatkan)
-- @kolom proyeksi_kurang: Peringatan: sudah lapor dan progres_proyeksi_persen di bawah ambang_proyeksi_tahunan
-- @kolom tanpa_capaian: Peringatan: sudah lapor tetapi capaian tidak dapat dihitung (lihat keterangan)
-- @kolom peringatan: Salah satu: capaian_rendah, proyeksi_kurang, belum_lapor, tanpa_capaian, capaian_perlu_diperiksa
-- @kolom alasan_peringatan: Alasan peringatan, dipisah "; "
-- @kolom faktor_pendorong: Faktor pendorong (realisasi triwulan itu)
-- @kolom faktor_penghambat: Faktor penghambat
-- @kolom tindak_lanjut: Tindak lanjut
-- @kolom sumber_data: Sumber data
-- capaian_triwulan dari capaian_sd (p_lapor false: realisasi terverifikasi) atau dari capaian_sd_lapor (p_lapor true).
create or replace macro capaian_triwulan_dari(p_lapor) as table
with
    -- capaian_sd dibaca sekali (dipakai tiga kali di bawah).
    ci as materialized (
        select * from capaian_sd where not p_lapor
        union all
        select * from capaian_sd_lapor where p_lapor
    ),

    ind as (
        select
            i.kode_pemda,
            i.kode_indikator,
            i.definisi,
            pd.singkatan,
            s.uraian as uraian_sasaran
        from indikator as i
        left join perangkat_daerah as pd on pd.kode_pemda = i.kode_pemda and pd.kode_pd = i.kode_pd
        left join sasaran as s on s.kode_pemda = i.kode_pemda and s.kode_sasaran = i.kode_sasaran
    ),

    -- Setiap indikator × tahun: capaian_persen TW1..TW4 sebagai daftar (nilai_per_triwulan) dan realisasi_sd TW4, untuk
    -- tren, TW lalu, tahun lalu dan realisasi tahun lalu: satu pengelompokan dan satu join per tahun, bukan tiga join
    -- baris triwulan (satu di antaranya dengan syarat OR) dan jendela atas baris lebar.
    setahun as (
        select
            kode_pemda,
            kode_indikator,
            tahun,
            nilai_per_triwulan(capaian_persen, periode) as capaian,
            any_value(realisasi_sd) filter (where triwulan = 4) as realisasi_sd_tw4
        from ci
        group by kode_pemda, kode_indikator, tahun
    ),

    -- Kemiringan garis tren realisasi triwulan yang dilaporkan TW1..n (aturan linear nilai_akhir), hanya dibutuhkan
    -- indikator × tahun tanpa target triwulan (proyeksi menurut rencana tidak memakainya).
    -- regr_slope memberi NaN untuk satu titik: kemiringan hanya dari dua titik atau lebih.
    miring as (
        select
            kode_pemda,
            kode_indikator,
            tahun,
            triwulan,
            case
                when regr_count(realisasi_triwulan, triwulan) over w >= 2
                    then regr_slope(realisasi_triwulan, triwulan) over w
            end as kemiringan
        from ci
        where not ada_target_triwulan
        window w as (
            partition by kode_pemda, kode_indikator, tahun
            order by triwulan rows between unbounded preceding and current row
        )
    ),

    banding as (
        select
            ci.*,
            ind.definisi,
            ind.singkatan,
            ind.uraian_sasaran,
            ci.frekuensi = 'tahunan' as diukur_tahunan,
            al.realisasi_sd_tw4 as realisasi_tahun_lalu,
            ini.capaian[1:ci.triwulan] as tren_capaian,
            case when ci.triwulan > 1 then ini.capaian[ci.triwulan - 1] else al.capaian[4] end as capaian_tw_lalu,
            al.capaian[ci.triwulan] as capaian_tahun_lalu,
            case when ci.ada_target_triwulan then 'rencana' else 'linear' end as dasar_proyeksi,
            case
                when ci.ada_target_triwulan or ci.realisasi_sd is null then null
                when ci.agregasi = 'kumulatif' then ci.realisasi_sd / ci.triwulan
                when ci.agregasi = 'nilai_akhir' then coalesce(m.kemiringan, 0)
                else 0
            end as laju,
            proyeksi_akhir_tahun(
                ci.agregasi, ci.rumus, ci.ada_target_triwulan, ci.realisasi_sd, ci.triwulan, m.kemiringan,
                ci.capaian_persen, ci.target_sd, ci.target_tahunan, ci.target_min_sd, ci.target_max_sd,
                ci.target_min_tahunan, ci.target_max_tahunan
            ) as proyeksi
        from ci
        inner join ind using (kode_pemda, kode_indikator)
        inner join setahun as ini
            on ini.kode_pemda = ci.kode_pemda and ini.kode_indikator = ci.kode_indikator and ini.tahun = ci.tahun
        left join setahun as al
            on al.kode_pemda = ci.kode_pemda and al.kode_indikator = ci.kode_indikator and al.tahun = ci.tahun - 1
        left join miring as m
            on m.kode_pemda = ci.kode_pemda
            and m.kode_indikator = ci.kode_indikator
            and m.tahun = ci.tahun
            and m.triwulan = ci.triwulan
    ),

    nilai as (
        select
            *,
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
            -- Capaian rendah = tidak melebihi ambang (≤), sama seperti skala predikat (> 75 baru Tinggi): tepat 75,0 %
            -- adalah Sedang, jadi diperingatkan; 75,04 % adalah Tinggi dan tidak. Dibulatkan 9 desimal seperti
            -- pencocokan predikat (75,00000000000001 = 75). Halaman menampilkan desimal secukupnya
            -- (format.capaian: 75,04 %, bukan 75,0 %) agar angka, predikat dan peringatan sepakat.
            sudah_lapor and coalesce(round(capaian_persen, 9) <= ambang_peringatan_capaian, false) as capaian_rendah,
            sudah_lapor and coalesce(round(progres_proyeksi, 9) < ambang_proyeksi_tahunan, false) as proyeksi_kurang,
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
            frekuensi,
            rumus,
            kode_sasaran,
            uraian_sasaran,
            definisi,
            tahun,
            triwulan,
            periode,
            sudah_lapor,
            diukur_tahunan,
            ada_target,
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
            capaian_rata_rata,
            predikat,
            urutan_predikat,
            warna_predikat,
            kategori_predikat,
            case
                when belum_lapor then 'Belum lapor'
                when predikat is not null then predikat
                when sudah_lapor then 'Tanpa capaian'
                when diukur_tahunan and ada_target then 'Diukur tahunan'
                when not ada_target then 'Tanpa target'
                else 'Tanpa capaian'
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
            dasar_proyeksi,
            laju as laju_triwulan,
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
                    case when capaian_rendah then 'capaian tidak melebihi ambang' end,
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

create or replace view capaian_triwulan as select * from capaian_triwulan_dari(false);

-- @view capaian_triwulan_lapor: capaian_triwulan dengan semua nilai yang masuk (juga draf, diajukan, dikembalikan), hanya untuk pemda yang melapor lewat aplikasi (pemda_lapor).
-- @kolom_sama capaian_triwulan
create or replace view capaian_triwulan_lapor as select * from capaian_triwulan_dari(true);

-- capaian_triwulan untuk halaman: p_semua false = angka terverifikasi (bawaan pimpinan); true = dengan nilai yang
-- belum diverifikasi (halaman Laporan Triwulan, dan sakelar "sertakan nilai belum diverifikasi" di halaman pimpinan).
create or replace macro capaian_triwulan_nilai(p_semua) as table
select * from capaian_triwulan where not p_semua
union all
select * from capaian_triwulan where p_semua and kode_pemda not in (select kode_pemda from pemda_lapor)
union all
select * from capaian_triwulan_lapor where p_semua;

-- @view capaian_pd_triwulan: Satu baris per pemda × OPD × tahun × triwulan yang punya IKU (IKU Pemda dan IKU PD): berapa IKU wajib lapor dan berapa sudah melapor, rata-rata capaian atas SEMUA IKU wajib lapor (capaian dibatasi 0 s.d. batas_capaian_rata_rata; yang belum pernah melapor tahun itu = 0), predikat dan peringkat di dalam pemda.
-- @kolom kode_pemda: Pemda
-- @kolom kode_pd: OPD
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom tahun: Tahun
-- @kolom triwulan: 1..4
-- @kolom jumlah_iku: IKU OPD itu pada tahun itu (punya target atau realisasi)
-- @kolom jumlah_iku_wajib: IKU yang wajib melapor triwulan ini
-- @kolom jumlah_lapor: IKU wajib lapor yang sudah melapor triwulan ini
-- @kolom jumlah_belum_lapor: IKU wajib lapor yang belum melapor triwulan ini
-- @kolom rata_rata_capaian: Rata-rata capaian_rata_rata atas IKU wajib lapor (NULL bila tidak ada yang wajib lapor)
-- @kolom cakupan: Teks cakupan, mis. "3 dari 4 IKU melapor TW III"
-- @kolom predikat: Predikat rata-rata capaian (skala_predikat)
-- @kolom warna: Warna predikat
-- @kolom peringkat: Peringkat OPD di dalam pemda menurut rata_rata_capaian (1 = tertinggi; sama nilai = sama peringkat)
-- @kolom jumlah_pd_berperingkat: Banyaknya OPD yang diperingkat di pemda itu pada triwulan itu
create or replace view capaian_pd_triwulan as
with
    per_pd as (
        select
            kode_pemda,
            kode_pd,
            tahun,
            triwulan,
            any_value(nama_pd) as nama_pd,
            any_value(singkatan) as singkatan,
            count(*) as jumlah_iku,
            count(*) filter (where wajib_lapor) as jumlah_iku_wajib,
            count(*) filter (where wajib_lapor and sudah_lapor) as jumlah_lapor,
            count(*) filter (where belum_lapor) as jumlah_belum_lapor,
            avg(capaian_rata_rata) as rata_rata_capaian
        from capaian_triwulan
        where jenis in ('IKU_PEMDA', 'IKU_PD')
        group by kode_pemda, kode_pd, tahun, triwulan
    ),

    final as (
        select
            p.kode_pemda,
            p.kode_pd,
            p.nama_pd,
            p.singkatan,
            p.tahun,
            p.triwulan,
            p.jumlah_iku,
            p.jumlah_iku_wajib,
            p.jumlah_lapor,
            p.jumlah_belum_lapor,
            p.rata_rata_capaian,
            teks_cakupan(p.jumlah_lapor, p.jumlah_iku_wajib, p.triwulan) as cakupan,
            s.predikat,
            s.warna,
            case when p.rata_rata_capaian is not null then
                rank() over (
                    partition by p.kode_pemda, p.tahun, p.triwulan, p.rata_rata_capaian is not null
                    order by round(p.rata_rata_capaian, 9) desc
                )
            end as peringkat,
            count(p.rata_rata_capaian) over (partition by p.kode_pemda, p.tahun, p.triwulan)
                as jumlah_pd_berperingkat
        from per_pd as p
        left join skala_predikat_rentang as s on dalam_rentang(p.rata_rata_capaian, s.bawah, s.atas)
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

-- Baris IKU tabel E.81 (Permendagri 86/2017, CONTRACT.md v2 "the E.81 form") untuk satu pemda (p_pemda '*' =
-- semua), tahun, triwulan, jenis ('' = IKU Pemda dan IKU PD) dan OPD ('' = semua). Satu-satunya tempat aturan kolom:
--   7  realisasi Renstra s.d. tahun lalu: kumulatif = jumlah realisasi akhir tahun (s.d. TW IV) setiap tahun
--      sebelumnya di basis data; nilai akhir dan rata-rata = realisasi akhir tahun lalu;
--   8  target tahunan; 9–12 realisasi TW I–IV seperti dilaporkan s.d. triwulan yang dievaluasi;
--   13 realisasi tahun ini s.d. triwulan (kumulatif 9+10+11+12, nilai akhir: nilai terakhir yang dilaporkan,
--      rata-rata: rerata yang dilaporkan), terisi bila triwulan mana pun dilaporkan;
--   14 = 13 terhadap 8 (target TAHUNAN) dengan rumus indikator (rentang: di dalamnya 100);
--   15 = 7 + 13 (kumulatif) atau 13; 16 = 15 terhadap 6 dengan rumus indikator.
create or replace macro e81_baris(p_pemda, p_tahun, p_triwulan, p_jenis, p_kode_pd) as table
with
    pilihan as (
        select *
        from capaian_triwulan
        where (kode_pemda = p_pemda or p_pemda = '*') and tahun = p_tahun
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and (p_jenis = '' or jenis = p_jenis)
            and (p_kode_pd = '' or kode_pd = p_kode_pd)
    ),

    renstra_lalu as (
        select
            kode_pemda,
            kode_indikator,
            sum(realisasi_sd) as realisasi_jumlah_tahun_lalu,
            max(realisasi_sd) filter (where tahun = p_tahun - 1) as realisasi_akhir_tahun_lalu
        from capaian_sd
        where (kode_pemda = p_pemda or p_pemda = '*') and tahun < p_tahun and triwulan = 4
        group by kode_pemda, kode_indikator
    ),

    per_tw as (
        select
            kode_pemda,
            kode_indikator,
            max(realisasi_triwulan) filter (where triwulan = 1) as realisasi_tw1,
            max(realisasi_triwulan) filter (where triwulan = 2 and p_triwulan >= 2) as realisasi_tw2,
            max(realisasi_triwulan) filter (where triwulan = 3 and p_triwulan >= 3) as realisasi_tw3,
            max(realisasi_triwulan) filter (where triwulan = 4 and p_triwulan >= 4) as realisasi_tw4
        from pilihan
        group by kode_pemda, kode_indikator
    ),

    kolom as (
        select
            c.*,
            case when c.agregasi = 'kumulatif' then rl.realisasi_jumlah_tahun_lalu else rl.realisasi_akhir_tahun_lalu end
                as realisasi_renstra_lalu,
            t.realisasi_tw1,
            t.realisasi_tw2,
            t.realisasi_tw3,
            t.realisasi_tw4
        from pilihan as c
        left join renstra_lalu as rl
            on rl.kode_pemda = c.kode_pemda and rl.kode_indikator = c.kode_indikator
        left join per_tw as t
            on t.kode_pemda = c.kode_pemda and t.kode_indikator = c.kode_indikator
        where c.triwulan = p_triwulan
    ),

    renstra as (
        select
            *,
            case
                when agregasi = 'kumulatif' and (realisasi_renstra_lalu is not null or realisasi_sd is not null)
                    then coalesce(realisasi_renstra_lalu, 0) + coalesce(realisasi_sd, 0)
                else realisasi_sd
            end as realisasi_renstra
        from kolom
    )

select
    r.kode_pemda,
    r.kode_pd,
    r.nama_pd,
    row_number() over (
        partition by r.kode_pemda, r.kode_pd order by r.jenis desc, r.kode_sasaran, r.kode_indikator
    ) as nomor,
    r.kode_sasaran,
    r.uraian_sasaran,
    r.kode_indikator,
    r.jenis,
    r.nama_indikator,
    r.satuan,
    r.agregasi,
    r.rumus,
    r.target_akhir_periode,
    r.realisasi_renstra_lalu as realisasi_tahun_lalu,
    r.target_tahunan,
    r.target_min_tahunan,
    r.target_max_tahunan,
    r.realisasi_tw1,
    r.realisasi_tw2,
    r.realisasi_tw3,
    r.realisasi_tw4,
    r.realisasi_sd,
    r.progres_tahunan_persen as capaian_persen,
    s.predikat,
    r.capaian_persen as capaian_sd_persen,
    r.predikat as predikat_sd,
    r.realisasi_renstra,
    hitung_capaian(r.rumus, r.target_akhir_periode, r.realisasi_renstra) as capaian_akhir_periode_persen,
    r.status,
    r.keterangan,
    r.sudah_lapor,
    r.wajib_lapor,
    r.diukur_tahunan
from renstra as r
left join skala_predikat_rentang as s on dalam_rentang(r.progres_tahunan_persen, s.bawah, s.atas);
