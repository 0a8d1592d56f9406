-- Aritmetika capaian (CONTRACT.md "Semantics"). Satu-satunya tempat rumus capaian, s.d. triwulan
-- dan predikat; semua query lain dibangun di atas view capaian_indikator.

-- Rumus yang berlaku: kolom rumus bila diisi, selain itu menurut polaritas.
create or replace macro rumus_efektif(rumus, polaritas) as
    coalesce(
        nullif(rumus, ''),
        case when polaritas = 'negatif' then '(2T-R)/T' else 'R/T' end
    );

-- Capaian (%) dari target t dan realisasi r menurut rumus; mentah (tidak dipotong, tidak dibulatkan).
-- Target nol: 100 bila realisasi juga nol, selain itu NULL. T/R dengan realisasi nol: NULL.
create or replace macro hitung_capaian(rumus, t, r) as
    case
        when t is null or r is null then null
        when t = 0 then case when r = 0 then 100.0 end
        when rumus = 'T/R' then case when r <> 0 then t / r * 100 end
        when rumus = '(2T-R)/T' then (2 * t - r) / t * 100
        else r / t * 100
    end;

-- Target rentang: di atas rentang dibandingkan dengan batas atas, di bawahnya dengan batas bawah,
-- di dalam rentang = 100.
create or replace macro target_pembanding(tmin, tmax, r) as
    case
        when r > greatest(tmin, tmax) then greatest(tmin, tmax)
        when r < least(tmin, tmax) then least(tmin, tmax)
    end;

create or replace macro hitung_capaian_rentang(rumus, tmin, tmax, r) as
    case
        when tmin is null or tmax is null or r is null then null
        when r between least(tmin, tmax) and greatest(tmin, tmax) then 100.0
        else hitung_capaian(rumus, target_pembanding(tmin, tmax, r), r)
    end;

-- Capaian yang dipakai untuk rata-rata: dibatasi 0 s.d. pengaturan batas_capaian_rata_rata.
-- Nilai mentah tetap di capaian_persen; aturan ini tertulis di halaman dan README.
-- NULL stays NULL (greatest() would skip it and return 0); capaian_rata_rata_wajib (below) decides what a
-- missing capaian counts in an average.
create or replace macro capaian_untuk_rata_rata(c) as
    case
        when c is not null then
            least(greatest(c, 0), (select nilai from pengaturan where kunci = 'batas_capaian_rata_rata'))
    end;

-- Alasan capaian NULL (t: target pembanding, NULL bila tidak ada target).
create or replace macro alasan_capaian_kosong(rumus, ada_target, t, r) as
    case
        when not ada_target then 'Tidak ada target untuk tahun ini'
        when r is null then 'Belum ada realisasi tahun ini s.d. triwulan ini'
        when t = 0 and r <> 0 then 'Target nol dan realisasi bukan nol: capaian tidak dapat dihitung'
        when rumus = 'T/R' and r = 0 then 'Realisasi nol pada rumus T/R: capaian tidak dapat dihitung'
    end;

-- Skala predikat sebagai rentang (bawah, atas]: dipakai untuk menggabungkan capaian dengan predikat.
-- @view skala_predikat_rentang: Skala predikat sebagai rentang (bawah, atas], untuk menggabungkan nilai dengan predikat.
-- @kolom urutan: Urutan kelas (1 = terbaik)
-- @kolom predikat: Label predikat
-- @kolom warna: Warna status
-- @kolom kategori: baik / sedang / perhatian
-- @kolom bawah: Batas bawah (eksklusif)
-- @kolom atas: Batas atas (inklusif)
create or replace view skala_predikat_rentang as
with
    skala as (
        select
            urutan,
            predikat,
            warna,
            kategori,
            coalesce(batas_bawah, '-infinity'::double) as bawah,
            coalesce(
                lag(batas_bawah) over (order by batas_bawah desc nulls last),
                'infinity'::double
            ) as atas
        from skala_predikat
    ),

    final as (
        select * from skala
    )

select * from final;

-- Aturan satu-satunya: nilai c masuk rentang skala (bawah, atas] (skala predikat capaian, skala SAKIP; dipakai sebagai
-- syarat join rentang, `on dalam_rentang(x, s.bawah, s.atas)`, dan oleh kelas_predikat). Dibulatkan
-- 9 desimal hanya untuk mencocokkan skala: 8,1/9*100 = 89,99999999999999 harus "Tinggi" tepat seperti 90, bukan
-- bergantung pada galat pembulatan biner.
create or replace macro dalam_rentang(c, bawah, atas) as round(c, 9) > bawah and round(c, 9) <= atas;

-- Kelas skala predikat capaian c (struct urutan, predikat, warna, kategori; NULL bila tidak ada): rentang
-- skala_predikat_rentang yang memuatnya, dicari dalam daftar skala (beberapa baris) tanpa join rentang, yang
-- mengurutkan setiap baris capaian (nasional 3,9 juta baris lebar).
create or replace macro kelas_predikat(c) as
    list_filter(
        (
            select list({'bawah': bawah, 'atas': atas, 'urutan': urutan, 'predikat': predikat, 'warna': warna,
                'kategori': kategori})
            from skala_predikat_rentang
        ),
        lambda s: dalam_rentang(c, s.bawah, s.atas)
    )[1];

-- Wajib lapor (CONTRACT.md v2 "frekuensi"): indikator triwulanan (bawaan) wajib melapor setiap triwulan tahun
-- yang punya target; indikator tahunan hanya di TW4. Satu-satunya tempat aturan ini.
create or replace macro wajib_lapor_pada(frekuensi, ada_target, triwulan) as
    coalesce(ada_target, false) and (coalesce(lower(frekuensi), 'triwulanan') <> 'tahunan' or triwulan = 4);

-- Capaian yang masuk setiap rata-rata dan peringkat (CONTRACT.md v2 "averages ... that do not reward silence"):
-- hanya IKU wajib lapor; capaiannya dibatasi 0 s.d. batas_capaian_rata_rata; yang belum pernah melapor tahun itu
-- (atau capaiannya tidak dapat dihitung) dihitung 0. NULL untuk IKU yang tidak wajib lapor (tidak ikut).
create or replace macro capaian_rata_rata_wajib(wajib_lapor, c) as
    case when wajib_lapor then coalesce(capaian_untuk_rata_rata(c), 0) end;

-- Persen seperti tercetak di E.81 dan bahan rapat: negatif dicetak 0 (nilai mentah di sampingnya), dua desimal.
create or replace macro persen_tercetak(c) as round(greatest(c, 0), 2);

-- Cakupan di samping setiap rata-rata dan peringkat: "3 dari 4 IKU melapor TW III".
create or replace macro teks_cakupan(lapor, wajib, triwulan) as
    lapor || ' dari ' || wajib || ' IKU melapor TW ' || ['I', 'II', 'III', 'IV'][triwulan];

-- Nilai setiap triwulan dalam satu pengelompokan per indikator × tahun: d[k] = nilai baris periode TWk (NULL bila
-- tidak ada), seperti nilai_per_bulan (40_jadwal.sql) untuk bulan.
create or replace macro nilai_per_triwulan(nilai, periode) as [
    any_value(case when periode = 'TW1' then nilai end),
    any_value(case when periode = 'TW2' then nilai end),
    any_value(case when periode = 'TW3' then nilai end),
    any_value(case when periode = 'TW4' then nilai end)
];

-- Untuk setiap triwulan k dari daftar 4 triwulan d: nilai terakhir yang terisi pada triwulan 1..k (NULL bila belum
-- ada), seperti terakhir_terisi (40_jadwal.sql) untuk bulan.
create or replace macro terakhir_terisi_tw(d) as [
    d[1],
    coalesce(d[2], d[1]),
    coalesce(d[3], d[2], d[1]),
    coalesce(d[4], d[3], d[2], d[1])
];

-- Satu bidang dari daftar 4 struct per triwulan (nilai_per_triwulan): [d[1].nama, …, d[4].nama], NULL untuk triwulan
-- tanpa baris (atau daftar NULL).
create or replace macro unsur_per_triwulan(d, nama) as [
    struct_extract(d[1], nama), struct_extract(d[2], nama), struct_extract(d[3], nama), struct_extract(d[4], nama)
];

-- Verifikasi laporan (issue 19): nilai realisasi IKU yang masuk lewat alur laporan triwulan (keadaan laporannya
-- draf, diajukan atau dikembalikan) dan belum diverifikasi. Angka pimpinan
-- (capaian_sd, capaian_triwulan dan semua yang dibangun di atasnya) bawaannya tanpa nilai ini; varian *_lapor
-- memuatnya untuk halaman Laporan Triwulan dan untuk sakelar "sertakan nilai belum diverifikasi". Nilai tanpa
-- keadaan laporan (impor admin, mis. ekspor SIPD) dihitung seperti biasa; impor operator OPD pada triwulan yang
-- dilaporkan lewat aplikasi tercatat sebagai draf (pantau.importer.lapor), jadi tidak melewati verifikasi.
-- @view realisasi_belum_verifikasi: Nilai realisasi IKU Pemda dan IKU PD dalam alur laporan triwulan yang masih draf, diajukan atau dikembalikan; angka pimpinan bawaannya tanpa nilai ini.
-- @kolom kode_pemda: Pemda
-- @kolom kode_indikator: Kode indikator
-- @kolom kode_pd: OPD penanggung jawab
-- @kolom tahun: Tahun
-- @kolom periode: TW1..TW4
-- @kolom status: draf / diajukan / dikembalikan
create or replace view realisasi_belum_verifikasi as
select r.kode_pemda, r.kode_indikator, i.kode_pd, r.tahun, r.periode, s.status
from realisasi as r
inner join indikator as i on i.kode_pemda = r.kode_pemda and i.kode_indikator = r.kode_indikator
inner join status_lapor as s
    on s.kode_pemda = r.kode_pemda
    and s.kode_indikator = r.kode_indikator
    and s.tahun = r.tahun
    and s.periode = r.periode
where i.jenis in ('IKU_PEMDA', 'IKU_PD') and s.status in ('draf', 'diajukan', 'dikembalikan');

-- Pemda yang melapor lewat aplikasi (triwulan di periode_lapor, atau keadaan laporan): varian *_lapor hanya
-- dihitung untuk mereka.
create or replace view pemda_lapor as
select kode_pemda from periode_lapor
union
select kode_pemda from status_lapor;

-- Realisasi yang masuk angka pimpinan: semua kecuali realisasi_belum_verifikasi.
create or replace view realisasi_terverifikasi as
select r.*
from realisasi as r
where not exists (
    select 1
    from realisasi_belum_verifikasi as b
    where b.kode_pemda = r.kode_pemda
        and b.kode_indikator = r.kode_indikator
        and b.tahun = r.tahun
        and b.periode = r.periode
);

-- @view capaian_sd: Angka pimpinan, tanpa nilai realisasi_belum_verifikasi. Satu baris per indikator × tahun × triwulan (TW1–TW4) dari setiap tahun yang punya target atau realisasi indikator itu, dilaporkan atau belum: target dan realisasi s.d. triwulan dari apa yang sudah dilaporkan s.d. triwulan itu (kumulatif: triwulan tanpa laporan tidak menambah realisasi, targetnya tetap dihitung; nilai akhir: nilai terakhir yang dilaporkan; rata-rata: rerata triwulan yang dilaporkan), capaian, target tahunan (juga sebelum laporan pertama), wajib lapor, predikat. Dasar capaian_indikator dan capaian_triwulan.
-- @kolom kode_pemda: Pemda pemilik indikator
-- @kolom kode_pd: OPD penanggung jawab
-- @kolom nama_pd: Nama OPD
-- @kolom kode_indikator: Kode indikator
-- @kolom nama_indikator: Nama indikator
-- @kolom satuan: Satuan
-- @kolom jenis: IKU_PEMDA / IKU_PD / IK_PROGRAM / IK_KEGIATAN
-- @kolom polaritas: positif / negatif
-- @kolom agregasi: kumulatif / nilai_akhir / rata_rata
-- @kolom frekuensi: triwulanan (bawaan) / tahunan
-- @kolom rumus: Rumus yang berlaku: kolom rumus, atau bawaan menurut polaritas
-- @kolom kode_sasaran: Sasaran yang diukur
-- @kolom tahun: Tahun
-- @kolom periode: TW1..TW4
-- @kolom triwulan: 1..4
-- @kolom sudah_lapor: Ada realisasi triwulan ini
-- @kolom ada_target: Indikator punya target (triwulan atau TAHUNAN) tahun itu
-- @kolom ada_target_triwulan: Indikator punya target TW1–TW4 tahun itu
-- @kolom wajib_lapor: Wajib melapor triwulan ini: triwulanan dengan target tahun itu; tahunan hanya di TW4
-- @kolom jumlah_triwulan_lapor: Banyaknya triwulan 1..triwulan ini yang ada realisasinya
-- @kolom triwulan_lapor_terakhir: Triwulan terakhir s.d. triwulan ini yang ada realisasinya
-- @kolom target_triwulan: Target triwulan itu sendiri (bila ada target triwulan)
-- @kolom target_min_triwulan: Batas bawah target rentang triwulan itu
-- @kolom target_max_triwulan: Batas atas target rentang triwulan itu
-- @kolom realisasi_triwulan: Realisasi triwulan itu sendiri, seperti diimpor (NULL bila belum lapor)
-- @kolom target_sd: Target s.d. triwulan menurut agregasi (NULL untuk target rentang)
-- @kolom target_min_sd: Batas bawah target rentang s.d. triwulan
-- @kolom target_max_sd: Batas atas target rentang s.d. triwulan
-- @kolom realisasi_sd: Realisasi s.d. triwulan dari yang sudah dilaporkan (NULL bila belum ada laporan tahun itu s.d. triwulan ini)
-- @kolom capaian_persen: Capaian (%) s.d. triwulan, mentah: tidak dipotong, tidak dibulatkan
-- @kolom target_tahunan: Target tahunan (TAHUNAN, atau diturunkan dari target triwulan: jumlah / TW4 / rerata menurut agregasi)
-- @kolom target_min_tahunan: Batas bawah rentang tahunan
-- @kolom target_max_tahunan: Batas atas rentang tahunan
-- @kolom progres_tahunan_persen: realisasi_sd terhadap target tahunan, dengan rumus yang sama
-- @kolom target_akhir_periode: Target akhir periode RPJMD/Renstra
-- @kolom predikat: Predikat capaian menurut tabel skala_predikat
-- @kolom urutan_predikat: Urutan predikat pada skala (1 = terbaik)
-- @kolom warna_predikat: Warna status predikat
-- @kolom kategori_predikat: baik / sedang / perhatian
-- @kolom keterangan: Alasan bila capaian_persen NULL
-- @kolom capaian_perlu_diperiksa: Capaian di atas pengaturan ambang_capaian_tinggi (kemungkinan salah data)
-- @kolom capaian_rata_rata: Capaian yang masuk rata-rata dan peringkat: wajib lapor, dibatasi 0 s.d. batas_capaian_rata_rata, tanpa capaian = 0 (NULL bila tidak wajib lapor)
-- @kolom faktor_pendorong: Faktor pendorong (dari realisasi triwulan itu)
-- @kolom faktor_penghambat: Faktor penghambat
-- @kolom tindak_lanjut: Tindak lanjut
-- @kolom sumber_data: Sumber data
-- capaian_sd dari realisasi terverifikasi (p_lapor false, bawaan angka pimpinan), atau dari semua nilai yang masuk
-- untuk pemda yang melapor lewat aplikasi (p_lapor true: view capaian_sd_lapor).
create or replace macro capaian_sd_dari(p_lapor) as table
with
    realisasi_dipakai as (
        select * from realisasi_terverifikasi where not p_lapor
        union all
        select * from realisasi where p_lapor and kode_pemda in (select kode_pemda from pemda_lapor)
    ),

    target_dipakai as (
        select * from target where not p_lapor
        union all
        select * from target where p_lapor and kode_pemda in (select kode_pemda from pemda_lapor)
    ),

    ind as (
        select
            i.*,
            pd.nama_pd,
            rumus_efektif(i.rumus, i.polaritas) as rumus_capaian
        from indikator as i
        left join perangkat_daerah as pd on pd.kode_pemda = i.kode_pemda and pd.kode_pd = i.kode_pd
    ),

    -- Setiap indikator × tahun yang punya target atau realisasi (kerangka), dengan baris TW1..TW4 target dan
    -- realisasinya sebagai daftar 4 unsur (d[k] = baris triwulan k, NULL bila tidak ada; nilai_per_triwulan): satu
    -- pengelompokan per tabel, tanpa menggabungkan setiap triwulan dengan triwulan 1..n satu per satu (nasional:
    -- 9,7 juta pasangan dan enam join empat kunci).
    target_setahun as (
        select
            kode_pemda,
            kode_indikator,
            tahun,
            nilai_per_triwulan({'target': target, 'target_min': target_min, 'target_max': target_max}, periode)
                as t_tw,
            any_value(
                case when periode = 'TAHUNAN' then
                    {'target': target, 'target_min': target_min, 'target_max': target_max}
                end
            ) as t_th
        from target_dipakai
        group by kode_pemda, kode_indikator, tahun
    ),

    realisasi_setahun as (
        select
            kode_pemda,
            kode_indikator,
            tahun,
            nilai_per_triwulan(
                {
                    'realisasi': realisasi,
                    'faktor_pendorong': faktor_pendorong,
                    'faktor_penghambat': faktor_penghambat,
                    'tindak_lanjut': tindak_lanjut,
                    'sumber_data': sumber_data
                },
                periode
            ) as r_tw
        from realisasi_dipakai
        group by kode_pemda, kode_indikator, tahun
    ),

    setahun as (
        select
            kode_pemda,
            kode_indikator,
            tahun,
            unsur_per_triwulan(t.t_tw, 'target') as t,
            unsur_per_triwulan(t.t_tw, 'target_min') as tmin,
            unsur_per_triwulan(t.t_tw, 'target_max') as tmax,
            -- realisasi tidak pernah NULL (01_tabel.sql): r[k] terisi = triwulan k dilaporkan
            unsur_per_triwulan(r.r_tw, 'realisasi') as r,
            unsur_per_triwulan(r.r_tw, 'faktor_pendorong') as faktor_pendorong,
            unsur_per_triwulan(r.r_tw, 'faktor_penghambat') as faktor_penghambat,
            unsur_per_triwulan(r.r_tw, 'tindak_lanjut') as tindak_lanjut,
            unsur_per_triwulan(r.r_tw, 'sumber_data') as sumber_data,
            coalesce(list_count(t.t_tw), 0) > 0 as ada_target_tw,
            t.t_th is not null as ada_target_tahunan,
            t.t_th.target as th_target,
            t.t_th.target_min as th_target_min,
            t.t_th.target_max as th_target_max
        from target_setahun as t
        full join realisasi_setahun as r using (kode_pemda, kode_indikator, tahun)
    ),

    -- Target tahunan: baris TAHUNAN bila ada; selain itu diturunkan dari target triwulan (kumulatif: jumlah;
    -- nilai_akhir: TW4; rata_rata: rerata), ada sejak target triwulan ada. Untuk triwulan n dihitung dari triwulan
    -- k = 1..n: rerata target hanya dari triwulan yang dilaporkan (t_lapor), triwulan laporan terakhir (k_terakhir).
    setahun_lapor as (
        select
            *,
            list_sum(t) as tw_t_jumlah,
            list_avg(t) as tw_t_rerata,
            t[4] as t_tw4,
            list_avg(tmin) as tw_tmin_rerata,
            list_avg(tmax) as tw_tmax_rerata,
            tmin[4] as tmin_tw4,
            tmax[4] as tmax_tw4,
            [
                case when r[1] is not null then t[1] end,
                case when r[2] is not null then t[2] end,
                case when r[3] is not null then t[3] end,
                case when r[4] is not null then t[4] end
            ] as t_lapor,
            [
                case when r[1] is not null then tmin[1] end,
                case when r[2] is not null then tmin[2] end,
                case when r[3] is not null then tmin[3] end,
                case when r[4] is not null then tmin[4] end
            ] as tmin_lapor,
            [
                case when r[1] is not null then tmax[1] end,
                case when r[2] is not null then tmax[2] end,
                case when r[3] is not null then tmax[3] end,
                case when r[4] is not null then tmax[4] end
            ] as tmax_lapor,
            terakhir_terisi_tw([
                case when r[1] is not null then 1 end,
                case when r[2] is not null then 2 end,
                case when r[3] is not null then 3 end,
                case when r[4] is not null then 4 end
            ]) as k_terakhir,
            terakhir_terisi_tw(r) as r_akhir
        from setahun
    ),

    dasar as (
        select
            s.kode_pemda,
            s.kode_indikator,
            s.tahun,
            q.triwulan,
            ind.kode_pd,
            ind.nama_pd,
            ind.nama_indikator,
            ind.satuan,
            ind.jenis,
            ind.polaritas,
            ind.agregasi,
            coalesce(lower(ind.frekuensi), 'triwulanan') as frekuensi,
            ind.kode_sasaran,
            ind.rumus_capaian,
            ind.target_akhir_periode,
            q.triwulan as n,
            list_count(s.r[1:q.triwulan]) as jumlah_lapor,
            s.k_terakhir[q.triwulan] as k_terakhir,
            list_sum(s.r[1:q.triwulan]) as r_jumlah,
            list_avg(s.r[1:q.triwulan]) as r_rerata,
            -- nilai_akhir: nilai terakhir yang dilaporkan s.d. n.
            s.r_akhir[q.triwulan] as r_akhir,
            list_sum(s.t[1:q.triwulan]) as t_jumlah,
            list_avg(s.t_lapor[1:q.triwulan]) as t_rerata,
            s.t[q.triwulan] as t_n,
            list_avg(s.tmin_lapor[1:q.triwulan]) as tmin_rerata,
            list_avg(s.tmax_lapor[1:q.triwulan]) as tmax_rerata,
            s.tmin[q.triwulan] as tmin_n,
            s.tmax[q.triwulan] as tmax_n,
            s.r[q.triwulan] is not null as sudah_lapor,
            s.r[q.triwulan] as realisasi,
            s.faktor_pendorong[q.triwulan] as faktor_pendorong,
            s.faktor_penghambat[q.triwulan] as faktor_penghambat,
            s.tindak_lanjut[q.triwulan] as tindak_lanjut,
            s.sumber_data[q.triwulan] as sumber_data,
            s.ada_target_tw,
            s.ada_target_tahunan,
            s.tw_t_jumlah,
            s.tw_t_rerata,
            s.t_tw4,
            s.tw_tmin_rerata,
            s.tw_tmax_rerata,
            s.tmin_tw4,
            s.tmax_tw4,
            s.th_target,
            s.th_target_min,
            s.th_target_max,
            s.t[q.triwulan] as target_triwulan,
            s.tmin[q.triwulan] as target_min_triwulan,
            s.tmax[q.triwulan] as target_max_triwulan
        from setahun_lapor as s
        inner join ind on ind.kode_pemda = s.kode_pemda and ind.kode_indikator = s.kode_indikator
        cross join (select unnest([1, 2, 3, 4]) as triwulan) as q
    ),
    nilai_sd as (
        select
            *,
            case agregasi
                when 'kumulatif' then r_jumlah
                when 'nilai_akhir' then r_akhir
                else r_rerata
            end as realisasi_sd,
            -- Target tahunan (NULL untuk target rentang).
            case
                when ada_target_tahunan then th_target
                when agregasi = 'kumulatif' then tw_t_jumlah
                when agregasi = 'nilai_akhir' then t_tw4
                else tw_t_rerata
            end as target_tahunan_titik,
            case
                when ada_target_tahunan then th_target_min
                when agregasi = 'nilai_akhir' then tmin_tw4
                when agregasi = 'rata_rata' then tw_tmin_rerata
            end as target_min_tahunan,
            case
                when ada_target_tahunan then th_target_max
                when agregasi = 'nilai_akhir' then tmax_tw4
                when agregasi = 'rata_rata' then tw_tmax_rerata
            end as target_max_tahunan,
            -- Target s.d. triwulan n.
            case
                when ada_target_tw then
                    case agregasi
                        when 'kumulatif' then t_jumlah
                        when 'nilai_akhir' then t_n
                        else t_rerata
                    end
                when agregasi = 'kumulatif' then th_target * n / 4.0
                else th_target
            end as target_sd_titik,
            case
                when ada_target_tw then
                    case agregasi when 'nilai_akhir' then tmin_n when 'rata_rata' then tmin_rerata end
                when agregasi <> 'kumulatif' then th_target_min
            end as target_min_sd_raw,
            case
                when ada_target_tw then
                    case agregasi when 'nilai_akhir' then tmax_n when 'rata_rata' then tmax_rerata end
                when agregasi <> 'kumulatif' then th_target_max
            end as target_max_sd_raw,
            wajib_lapor_pada(frekuensi, ada_target_tw or ada_target_tahunan, triwulan) as wajib_lapor
        from dasar
    ),

    dengan_rentang as (
        select
            *,
            target_min_sd_raw is not null and target_max_sd_raw is not null as target_rentang
        from nilai_sd
    ),

    hitung as (
        select
            *,
            case when target_rentang then null else target_sd_titik end as target_sd,
            case when target_rentang then least(target_min_sd_raw, target_max_sd_raw) end as target_min_sd,
            case when target_rentang then greatest(target_min_sd_raw, target_max_sd_raw) end as target_max_sd,
            case
                when target_min_tahunan is not null and target_max_tahunan is not null then null
                else target_tahunan_titik
            end as target_tahunan,
            case
                when target_rentang then
                    hitung_capaian_rentang(rumus_capaian, target_min_sd_raw, target_max_sd_raw, realisasi_sd)
                else hitung_capaian(rumus_capaian, target_sd_titik, realisasi_sd)
            end as capaian_persen,
            case
                when target_min_tahunan is not null and target_max_tahunan is not null then
                    hitung_capaian_rentang(rumus_capaian, target_min_tahunan, target_max_tahunan, realisasi_sd)
                else hitung_capaian(rumus_capaian, target_tahunan_titik, realisasi_sd)
            end as progres_tahunan_persen,
            case
                when target_rentang then target_pembanding(target_min_sd_raw, target_max_sd_raw, realisasi_sd)
                else target_sd_titik
            end as target_pembanding
        from dengan_rentang
    ),

    final as (
        select
            h.kode_pemda,
            h.kode_pd,
            h.nama_pd,
            h.kode_indikator,
            h.nama_indikator,
            h.satuan,
            h.jenis,
            h.polaritas,
            h.agregasi,
            h.frekuensi,
            h.rumus_capaian as rumus,
            h.kode_sasaran,
            h.tahun,
            'TW' || h.triwulan as periode,
            h.triwulan,
            h.sudah_lapor,
            h.ada_target_tw or h.ada_target_tahunan as ada_target,
            h.ada_target_tw as ada_target_triwulan,
            h.wajib_lapor,
            h.jumlah_lapor as jumlah_triwulan_lapor,
            h.k_terakhir as triwulan_lapor_terakhir,
            h.target_triwulan,
            h.target_min_triwulan,
            h.target_max_triwulan,
            h.realisasi as realisasi_triwulan,
            h.target_sd,
            h.target_min_sd,
            h.target_max_sd,
            h.realisasi_sd,
            h.capaian_persen,
            h.target_tahunan,
            h.target_min_tahunan,
            h.target_max_tahunan,
            h.progres_tahunan_persen,
            h.target_akhir_periode,
            h.kelas.predikat,
            h.kelas.urutan as urutan_predikat,
            h.kelas.warna as warna_predikat,
            h.kelas.kategori as kategori_predikat,
            case
                when h.capaian_persen is null then
                    alasan_capaian_kosong(
                        h.rumus_capaian,
                        h.target_sd_titik is not null or h.target_rentang,
                        h.target_pembanding,
                        h.realisasi_sd
                    )
            end as keterangan,
            coalesce(
                h.capaian_persen > (select nilai from pengaturan where kunci = 'ambang_capaian_tinggi'), false
            ) as capaian_perlu_diperiksa,
            capaian_rata_rata_wajib(h.wajib_lapor, h.capaian_persen) as capaian_rata_rata,
            h.faktor_pendorong,
            h.faktor_penghambat,
            h.tindak_lanjut,
            h.sumber_data
        from (select *, kelas_predikat(capaian_persen) as kelas from hitung) as h
    )

select * from final;

create or replace view capaian_sd as select * from capaian_sd_dari(false);

-- @view capaian_sd_lapor: capaian_sd dengan semua nilai yang masuk (juga draf, diajukan, dikembalikan), hanya untuk pemda yang melapor lewat aplikasi (pemda_lapor): dasar capaian_triwulan_lapor.
-- @kolom_sama capaian_sd
create or replace view capaian_sd_lapor as select * from capaian_sd_dari(true);

-- Nama stabil untuk analis dan halaman: baris capaian_sd yang ada realisasinya. Setiap penulisan lewat aplikasi
-- (impor, pembatalan, pembaruan skema) menyimpan hasilnya ke tabel capaian_indikator_tersimpan dan mengarahkan
-- view ini ke tabel itu (pantau.db.segarkan_tersimpan), sehingga halaman tidak menghitung ulang.
-- @view capaian_indikator: Satu baris per indikator × tahun × triwulan yang punya realisasi: target dan realisasi s.d. triwulan, capaian, progres tahunan, predikat (baris capaian_sd yang sudah dilaporkan).
-- @kolom kode_pemda: Pemda pemilik indikator (kode_pemda baris indikator)
-- @kolom kode_pd: OPD penanggung jawab
-- @kolom nama_pd: Nama OPD
-- @kolom kode_indikator: Kode indikator
-- @kolom nama_indikator: Nama indikator
-- @kolom satuan: Satuan
-- @kolom jenis: IKU_PEMDA / IKU_PD / IK_PROGRAM / IK_KEGIATAN
-- @kolom polaritas: positif / negatif
-- @kolom agregasi: kumulatif / nilai_akhir / rata_rata
-- @kolom rumus: Rumus yang berlaku: kolom rumus, atau bawaan menurut polaritas
-- @kolom kode_sasaran: Sasaran yang diukur
-- @kolom tahun: Tahun
-- @kolom periode: TW1..TW4 (hanya triwulan yang ada realisasinya)
-- @kolom triwulan: 1..4
-- @kolom target_triwulan: Target triwulan itu sendiri (bila ada target triwulan)
-- @kolom realisasi_triwulan: Realisasi triwulan itu sendiri, seperti diimpor
-- @kolom target_sd: Target s.d. triwulan menurut agregasi (NULL untuk target rentang)
-- @kolom target_min_sd: Batas bawah target rentang s.d. triwulan
-- @kolom target_max_sd: Batas atas target rentang s.d. triwulan
-- @kolom realisasi_sd: Realisasi s.d. triwulan menurut agregasi
-- @kolom capaian_persen: Capaian (%) s.d. triwulan, mentah: tidak dipotong, tidak dibulatkan
-- @kolom target_tahunan: Target tahunan (TAHUNAN, atau diturunkan dari target triwulan)
-- @kolom target_min_tahunan: Batas bawah rentang tahunan
-- @kolom target_max_tahunan: Batas atas rentang tahunan
-- @kolom progres_tahunan_persen: realisasi_sd terhadap target tahunan, dengan rumus yang sama
-- @kolom target_akhir_periode: Target akhir periode RPJMD/Renstra
-- @kolom predikat: Predikat capaian menurut tabel skala_predikat
-- @kolom urutan_predikat: Urutan predikat pada skala (1 = terbaik)
-- @kolom warna_predikat: Warna status predikat
-- @kolom kategori_predikat: baik / sedang / perhatian
-- @kolom keterangan: Alasan bila capaian_persen NULL
-- @kolom capaian_perlu_diperiksa: Capaian di atas pengaturan ambang_capaian_tinggi (kemungkinan salah data)
-- @kolom faktor_pendorong: Faktor pendorong (dari realisasi triwulan itu)
-- @kolom faktor_penghambat: Faktor penghambat
-- @kolom tindak_lanjut: Tindak lanjut
-- @kolom sumber_data: Sumber data
create or replace view capaian_indikator as
select
    kode_pemda,
    kode_pd,
    nama_pd,
    kode_indikator,
    nama_indikator,
    satuan,
    jenis,
    polaritas,
    agregasi,
    rumus,
    kode_sasaran,
    tahun,
    periode,
    triwulan,
    target_triwulan,
    realisasi_triwulan,
    target_sd,
    target_min_sd,
    target_max_sd,
    realisasi_sd,
    capaian_persen,
    target_tahunan,
    target_min_tahunan,
    target_max_tahunan,
    progres_tahunan_persen,
    target_akhir_periode,
    predikat,
    urutan_predikat,
    warna_predikat,
    kategori_predikat,
    keterangan,
    capaian_perlu_diperiksa,
    faktor_pendorong,
    faktor_penghambat,
    tindak_lanjut,
    sumber_data
from capaian_sd
where sudah_lapor;

-- Capaian terakhir yang ada s.d. setiap triwulan acuan: untuk triwulan acuan 1..4, baris capaian_indikator
-- triwulan terbaru ≤ acuan yang ada realisasinya. Disimpan sebagai tabel pada setiap penulisan, jadi
-- capaian_terakhir (50_program.sql) tinggal menyaring, tanpa menghitung window atas seluruh negeri.
-- @view capaian_acuan: Satu baris per indikator × tahun × triwulan acuan 1..4: capaian triwulan terbaru s.d. triwulan acuan yang ada realisasinya (kolom capaian_indikator ditambah triwulan_acuan).
-- @kolom kode_pemda: Pemda pemilik indikator (kode_pemda baris indikator)
-- @kolom kode_pd: OPD penanggung jawab
-- @kolom nama_pd: Nama OPD
-- @kolom kode_indikator: Kode indikator
-- @kolom nama_indikator: Nama indikator
-- @kolom satuan: Satuan
-- @kolom jenis: IKU_PEMDA / IKU_PD / IK_PROGRAM / IK_KEGIATAN
-- @kolom polaritas: positif / negatif
-- @kolom agregasi: kumulatif / nilai_akhir / rata_rata
-- @kolom rumus: Rumus yang berlaku: kolom rumus, atau bawaan menurut polaritas
-- @kolom kode_sasaran: Sasaran yang diukur
-- @kolom tahun: Tahun
-- @kolom periode: TW1..TW4 (hanya triwulan yang ada realisasinya)
-- @kolom triwulan: 1..4
-- @kolom target_triwulan: Target triwulan itu sendiri (bila ada target triwulan)
-- @kolom realisasi_triwulan: Realisasi triwulan itu sendiri, seperti diimpor
-- @kolom target_sd: Target s.d. triwulan menurut agregasi (NULL untuk target rentang)
-- @kolom target_min_sd: Batas bawah target rentang s.d. triwulan
-- @kolom target_max_sd: Batas atas target rentang s.d. triwulan
-- @kolom realisasi_sd: Realisasi s.d. triwulan menurut agregasi
-- @kolom capaian_persen: Capaian (%) s.d. triwulan, mentah: tidak dipotong, tidak dibulatkan
-- @kolom target_tahunan: Target tahunan (TAHUNAN, atau diturunkan dari target triwulan)
-- @kolom target_min_tahunan: Batas bawah rentang tahunan
-- @kolom target_max_tahunan: Batas atas rentang tahunan
-- @kolom progres_tahunan_persen: realisasi_sd terhadap target tahunan, dengan rumus yang sama
-- @kolom target_akhir_periode: Target akhir periode RPJMD/Renstra
-- @kolom predikat: Predikat capaian menurut tabel skala_predikat
-- @kolom urutan_predikat: Urutan predikat pada skala (1 = terbaik)
-- @kolom warna_predikat: Warna status predikat
-- @kolom kategori_predikat: baik / sedang / perhatian
-- @kolom keterangan: Alasan bila capaian_persen NULL
-- @kolom capaian_perlu_diperiksa: Capaian di atas pengaturan ambang_capaian_tinggi (kemungkinan salah data)
-- @kolom faktor_pendorong: Faktor pendorong (dari realisasi triwulan itu)
-- @kolom faktor_penghambat: Faktor penghambat
-- @kolom tindak_lanjut: Tindak lanjut
-- @kolom sumber_data: Sumber data
-- @kolom triwulan_acuan: Triwulan acuan 1..4 (triwulan = triwulan terbaru s.d. acuan yang dilaporkan)
create or replace view capaian_acuan as
select c.*, a.triwulan as triwulan_acuan
from capaian_sd as a
inner join capaian_indikator as c
    on c.kode_pemda = a.kode_pemda
    and c.kode_indikator = a.kode_indikator
    and c.tahun = a.tahun
    and c.triwulan = a.triwulan_lapor_terakhir;
