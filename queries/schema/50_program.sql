-- Program unggulan (game changer), janji kampanye, dan keterlacakan (cascading) program/kegiatan ke IKU.
-- Aturan status program unggulan dan status janji ada di sini, sekali; query halaman hanya memilih
-- tahun, bulan acuan dan tanggal ("hari ini" adalah parameter, agar hasilnya dapat diuji dan diulang).

-- --------------------------------------------------------------------------------------------- pengaturan

insert into pengaturan
select *
from (
    values
        ('ambang_janji_tertunda', 75.0,
         'Janji kampanye tertunda bila ada kegiatan bertandanya yang realisasi keuangannya kurang dari nilai ini (%) '
         'dari rencana kas s.d. bulan acuan'),
        ('fisik_janji_tercapai', 100.0,
         'Janji kampanye tercapai (untuk tahun itu) bila semua kegiatan bertandanya melaporkan realisasi fisik '
         'sekurang-kurangnya nilai ini (%)')
) as v (kunci, nilai, keterangan)
where not exists (select 1 from pengaturan as p where p.kunci = v.kunci);

-- Label dan warna status halaman program (satu palet, dapat diubah): jenis unggulan (status program),
-- tonggak (keadaan satu tonggak), janji (status janji), keterlacakan (simpul tanpa capaian), anggaran
-- (prioritas / non-prioritas). urutan: urutan tampil, masalah lebih dulu.
create table if not exists skala_status_program (
    jenis varchar not null,
    status varchar not null,
    label varchar not null,
    urutan integer not null,
    warna varchar not null
);

insert into skala_status_program
select *
from (
    values
        ('unggulan', 'terlambat', 'Terlambat', 1, '#d1242f'),
        ('unggulan', 'berisiko', 'Berisiko', 2, '#f08a24'),
        ('unggulan', 'belum_mulai', 'Belum mulai', 3, '#8c959f'),
        ('unggulan', 'sesuai_jadwal', 'Sesuai jadwal', 4, '#2da44e'),
        ('unggulan', 'selesai', 'Selesai', 5, '#0969da'),
        ('tonggak', 'lewat_waktu', 'Lewat waktu, belum selesai', 1, '#d1242f'),
        ('tonggak', 'jatuh_tempo', 'Jatuh tempo bulan ini', 2, '#f08a24'),
        ('tonggak', 'selesai_terlambat', 'Selesai terlambat', 3, '#d4a72c'),
        ('tonggak', 'selesai', 'Selesai tepat waktu', 4, '#2da44e'),
        ('tonggak', 'akan_datang', 'Akan datang', 5, '#afb8c1'),
        ('janji', 'belum_ada_kegiatan', 'Belum ada kegiatan', 1, '#d1242f'),
        ('janji', 'tertunda', 'Tertunda', 2, '#f08a24'),
        ('janji', 'berjalan', 'Berjalan', 3, '#0969da'),
        ('janji', 'tercapai', 'Tercapai', 4, '#1a7f37'),
        ('keterlacakan', 'tanpa_iku', 'Tanpa jalur ke IKU', 1, '#57606a'),
        ('keterlacakan', 'tanpa_capaian', 'IKU belum ada capaian', 2, '#d0d7de'),
        ('anggaran', 'non_prioritas', 'Non-prioritas', 1, '#d4a72c'),
        ('anggaran', 'prioritas', 'Prioritas', 2, '#0969da')
) as v (jenis, status, label, urutan, warna)
where not exists (select 1 from skala_status_program as s where s.jenis = v.jenis and s.status = v.status);

-- --------------------------------------------------------------------------------------------- kode

-- Daftar kode dari teks `;`-terpisah ('IKU-1; IKU-2;' → [IKU-1, IKU-2]); teks kosong → [].
create or replace macro daftar_kode(teks) as
    list_filter(
        list_transform(string_split(coalesce(teks, ''), ';'), lambda x: trim(x)),
        lambda x: x <> ''
    );

-- Tingkat baris kegiatan menurut bentuk kodenya (Permendagri 90/2019): 3, 5, 6 segmen.
create or replace macro tingkat_kode_kegiatan(kode) as
    case len(string_split(kode, '.'))
        when 3 then 'program'
        when 5 then 'kegiatan'
        when 6 then 'sub_kegiatan'
    end;

-- n segmen pertama sebuah kode: awalan_kode('1.02.02.2.01.0001', 3) = '1.02.02'.
create or replace macro awalan_kode(kode, n) as array_to_string(string_split(kode, '.')[1:n], '.');

-- Kode berada pada atau di bawah kode induk (program → kegiatan → sub kegiatan).
create or replace macro kode_tercakup(kode, induk) as kode = induk or starts_with(kode, induk || '.');

-- Semua awalan sebuah kode pada batas segmen, termasuk kode itu sendiri: '1.02.02.2' → ['1', '1.02',
-- '1.02.02', '1.02.02.2']. `induk in awalan_kode_semua(kode)` sama dengan kode_tercakup(kode, induk), tetapi
-- sebagai join kesamaan (unnest lalu `=`) yang di-hash, bukan perbandingan setiap pasangan baris.
create or replace macro awalan_kode_semua(kode) as
    list_transform(range(1, len(string_split(kode, '.')) + 1), lambda n: awalan_kode(kode, n));

-- bagian / keseluruhan × 100; NULL bila keseluruhan 0 atau NULL.
create or replace macro persen_dari(bagian, keseluruhan) as bagian / nullif(keseluruhan, 0) * 100;

-- Tahun berada dalam masa (tahun_mulai..tahun_selesai) janji kampanye atau program unggulan; ujung yang kosong
-- tidak membatasi, jadi masa kosong = setiap tahun.
create or replace macro dalam_masa(tahun, tahun_mulai, tahun_selesai) as
    coalesce(tahun >= tahun_mulai, true) and coalesce(tahun <= tahun_selesai, true);

-- --------------------------------------------------------------------------------------------- capaian

-- Capaian terakhir yang ada s.d. triwulan p_triwulan tahun p_tahun: satu baris capaian_indikator per
-- indikator (triwulan terbaru ≤ p_triwulan yang ada realisasinya). Tidak menghitung ulang capaian.
-- (Dibaca dari capaian_acuan yang tersimpan.) Pemanggil menggabungkannya pada kode_pemda dan kode_indikator.
create or replace macro capaian_terakhir(p_tahun, p_triwulan) as table
    select * exclude (triwulan_acuan)
    from capaian_acuan
    where tahun = p_tahun and triwulan_acuan = least(p_triwulan, 4);

-- --------------------------------------------------------------------------------------------- keterlacakan

-- Aturan jalur ke IKU (kode_indikator boleh diisi pada tingkat mana pun):
-- program terhubung bila program itu atau salah satu baris di bawahnya menyebut indikator;
-- kegiatan terhubung bila kegiatan itu, sub kegiatan di bawahnya, atau programnya menyebut indikator;
-- sub kegiatan terhubung bila sub kegiatan itu, kegiatannya, atau programnya menyebut indikator.
-- @view keterlacakan_kegiatan: Satu baris per baris kegiatan (program, kegiatan, sub kegiatan) × tahun: tingkat menurut bentuk kode, pagu (program/kegiatan: jumlah sub kegiatan di bawahnya), prioritas efektif, dan apakah ada jalur ke IKU.
-- @kolom tahun: Tahun anggaran
-- @kolom kode_pemda: Pemda baris kegiatan itu
-- @kolom kode_pd: OPD pemilik
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom kode_kegiatan: Kode program, kegiatan atau sub kegiatan
-- @kolom tingkat: program / kegiatan / sub_kegiatan (3, 5, 6 segmen kode); NULL bila bentuk kode lain
-- @kolom kode_program: Program di atasnya (3 segmen pertama; untuk program: kodenya sendiri)
-- @kolom kode_kegiatan_induk: Untuk sub kegiatan: kegiatan di atasnya (5 segmen pertama); selain itu NULL
-- @kolom nama: Nama program/kegiatan/sub kegiatan
-- @kolom pagu: Sub kegiatan: pagu; kegiatan dan program: jumlah pagu sub kegiatan di bawahnya
-- @kolom prioritas: Program Prioritas: isian baris ini, bila kosong warisan kegiatan lalu program di atasnya, bila semua kosong tidak
-- @kolom game_changer: Ditandai game changer
-- @kolom kontribusi: Penjelasan kontribusi pada IKU / visi-misi (NULL bila kosong)
-- @kolom indikator_sendiri: Indikator yang disebut baris ini sendiri (kode_indikator dipecah pada `;`)
-- @kolom terhubung_iku: Ada jalur ke indikator menurut aturan di atas; FALSE = yatim (orphan)
-- @kolom non_prioritas_tanpa_kontribusi: Bukan prioritas dan kontribusinya tidak dijelaskan
create or replace view keterlacakan_kegiatan as
with
    dasar as (
        select
            k.tahun,
            k.kode_pemda,
            k.kode_pd,
            pd.nama_pd,
            pd.singkatan,
            k.kode_kegiatan,
            tingkat_kode_kegiatan(k.kode_kegiatan) as tingkat,
            awalan_kode(k.kode_kegiatan, 3) as kode_program,
            -- for a kegiatan this is its own code: the partition of the kegiatan and its sub kegiatan
            awalan_kode(k.kode_kegiatan, 5) as kode_cabang_kegiatan,
            k.nama,
            k.pagu,
            k.prioritas,
            coalesce(k.game_changer, false) as game_changer,
            nullif(trim(k.kontribusi), '') as kontribusi,
            daftar_kode(k.kode_indikator) as indikator_sendiri,
            len(daftar_kode(k.kode_indikator)) > 0 as bertaut
        from kegiatan as k
        left join perangkat_daerah as pd on pd.kode_pemda = k.kode_pemda and pd.kode_pd = k.kode_pd
    ),

    cabang as (
        select
            *,
            bool_or(bertaut) over program_ as cabang_program_bertaut,
            coalesce(bool_or(bertaut) filter (where tingkat = 'program') over program_, false) as program_bertaut,
            bool_or(bertaut) over kegiatan_ as cabang_kegiatan_bertaut,
            coalesce(bool_or(bertaut) filter (where tingkat = 'kegiatan') over kegiatan_, false) as kegiatan_bertaut,
            sum(pagu) filter (where tingkat = 'sub_kegiatan') over program_ as pagu_program,
            sum(pagu) filter (where tingkat = 'sub_kegiatan') over kegiatan_ as pagu_kegiatan,
            any_value(prioritas) filter (where tingkat = 'program') over program_ as prioritas_program,
            any_value(prioritas) filter (where tingkat = 'kegiatan') over kegiatan_ as prioritas_kegiatan
        from dasar
        window
            program_ as (partition by kode_pemda, tahun, kode_program),
            kegiatan_ as (partition by kode_pemda, tahun, kode_cabang_kegiatan)
    ),

    final as (
        select
            tahun,
            kode_pemda,
            kode_pd,
            nama_pd,
            singkatan,
            kode_kegiatan,
            tingkat,
            kode_program,
            case when tingkat = 'sub_kegiatan' then kode_cabang_kegiatan end as kode_kegiatan_induk,
            nama,
            case tingkat
                when 'sub_kegiatan' then pagu
                when 'kegiatan' then pagu_kegiatan
                when 'program' then pagu_program
            end as pagu,
            coalesce(prioritas, prioritas_kegiatan, prioritas_program, false) as prioritas,
            game_changer,
            kontribusi,
            indikator_sendiri,
            coalesce(
                case tingkat
                    when 'program' then cabang_program_bertaut
                    when 'kegiatan' then cabang_kegiatan_bertaut or program_bertaut
                    when 'sub_kegiatan' then bertaut or kegiatan_bertaut or program_bertaut
                end,
                false
            ) as terhubung_iku,
            not coalesce(prioritas, prioritas_kegiatan, prioritas_program, false)
            and kontribusi is null as non_prioritas_tanpa_kontribusi
        from cabang
    )

select * from final;

-- Indikator yang dilayani sub kegiatan: tingkat terdekat yang menyebut indikator (sub kegiatan itu
-- sendiri, lalu kegiatannya, lalu programnya). Pagu sub kegiatan yang melayani n indikator dibagi rata
-- (pagu_porsi = pagu / n), agar jumlah pagu per indikator tidak menghitung satu rupiah dua kali.
-- @view keterlacakan_sub_iku: Satu baris per sub kegiatan × tahun × indikator yang dilayaninya (tingkat terdekat yang menyebut indikator); sub kegiatan tanpa jalur ke IKU muncul sekali dengan kode_indikator NULL.
-- @kolom tahun: Tahun anggaran
-- @kolom kode_pemda: Pemda
-- @kolom kode_pd: OPD pemilik
-- @kolom kode_program: Program
-- @kolom nama_program: Nama program
-- @kolom kode_kegiatan_induk: Kegiatan
-- @kolom nama_kegiatan: Nama kegiatan
-- @kolom kode_kegiatan: Sub kegiatan
-- @kolom nama: Nama sub kegiatan
-- @kolom kode_indikator: Indikator yang dilayani (NULL: tanpa jalur ke IKU)
-- @kolom sumber_tautan: sub_kegiatan / kegiatan / program: tingkat yang menyebut indikator itu
-- @kolom jumlah_indikator: Banyaknya indikator yang dilayani sub kegiatan ini
-- @kolom pagu: Pagu sub kegiatan (utuh)
-- @kolom pagu_porsi: pagu / jumlah_indikator: bagian pagu untuk indikator ini
-- @kolom prioritas: Prioritas efektif sub kegiatan (lihat keterlacakan_kegiatan)
create or replace view keterlacakan_sub_iku as
with
    sub as (
        select * from keterlacakan_kegiatan where tingkat = 'sub_kegiatan'
    ),

    pilih as (
        select
            s.*,
            p.nama as nama_program,
            kg.nama as nama_kegiatan,
            case
                when len(s.indikator_sendiri) > 0 then s.indikator_sendiri
                when len(kg.indikator_sendiri) > 0 then kg.indikator_sendiri
                when len(p.indikator_sendiri) > 0 then p.indikator_sendiri
                else [null]
            end as dilayani,
            case
                when len(s.indikator_sendiri) > 0 then 'sub_kegiatan'
                when len(kg.indikator_sendiri) > 0 then 'kegiatan'
                when len(p.indikator_sendiri) > 0 then 'program'
            end as sumber_tautan
        from sub as s
        left join keterlacakan_kegiatan as kg
            on kg.kode_pemda = s.kode_pemda and kg.tahun = s.tahun and kg.kode_kegiatan = s.kode_kegiatan_induk
        left join keterlacakan_kegiatan as p
            on p.kode_pemda = s.kode_pemda and p.tahun = s.tahun and p.kode_kegiatan = s.kode_program
    ),

    per_indikator as (
        select distinct
            tahun,
            kode_pemda,
            kode_pd,
            kode_program,
            nama_program,
            kode_kegiatan_induk,
            nama_kegiatan,
            kode_kegiatan,
            nama,
            unnest(dilayani) as kode_indikator,
            sumber_tautan,
            pagu,
            prioritas
        from pilih
    ),

    final as (
        select
            tahun,
            kode_pemda,
            kode_pd,
            kode_program,
            nama_program,
            kode_kegiatan_induk,
            nama_kegiatan,
            kode_kegiatan,
            nama,
            kode_indikator,
            sumber_tautan,
            count(*) over (partition by kode_pemda, tahun, kode_kegiatan) as jumlah_indikator,
            pagu,
            pagu / count(*) over (partition by kode_pemda, tahun, kode_kegiatan) as pagu_porsi,
            prioritas
        from per_indikator
    )

select * from final;

-- Misi dan sasaran RPJMD di atas setiap indikator: dari sasaran indikator naik lewat kode_induk sampai
-- sasaran tingkat RPJMD (kode_pd kosong); misi = isian misi terdekat pada rantai itu. Rantai tetap di dalam
-- pemda indikator itu.
-- @view keterlacakan_indikator: Satu baris per indikator: sasaran RPJMD dan misi di atasnya (rantai kode_induk sasaran), untuk pohon misi → sasaran → IKU.
-- @kolom kode_indikator: Kode indikator
-- @kolom nama_indikator: Nama indikator
-- @kolom jenis: IKU_PEMDA / IKU_PD / IK_PROGRAM / IK_KEGIATAN
-- @kolom kode_pemda: Pemda indikator itu
-- @kolom kode_pd: OPD penanggung jawab
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom kode_sasaran: Sasaran yang diukur indikator
-- @kolom kode_sasaran_rpjmd: Sasaran tingkat RPJMD (kode_pd kosong) pada rantai ke atas; bila tidak ada, puncak rantai
-- @kolom sasaran_rpjmd: Uraian sasaran RPJMD itu
-- @kolom misi: Misi terdekat pada rantai sasaran
create or replace view keterlacakan_indikator as
with recursive
    rantai as (
        select
            kode_pemda,
            kode_sasaran as kode_asal,
            kode_sasaran,
            kode_induk,
            kode_pd,
            misi,
            0 as kedalaman
        from sasaran
        union all
        select
            r.kode_pemda,
            r.kode_asal,
            s.kode_sasaran,
            s.kode_induk,
            s.kode_pd,
            s.misi,
            r.kedalaman + 1
        from rantai as r
        inner join sasaran as s on s.kode_pemda = r.kode_pemda and s.kode_sasaran = r.kode_induk
        where r.kedalaman < 20  -- a kode_induk cycle must not loop forever
    ),

    puncak as (
        select
            kode_pemda,
            kode_asal,
            arg_min(kode_sasaran, kedalaman) filter (where nullif(trim(kode_pd), '') is null) as kode_rpjmd,
            arg_max(kode_sasaran, kedalaman) as kode_puncak,
            arg_min(misi, kedalaman) filter (where nullif(trim(misi), '') is not null) as misi
        from rantai
        group by kode_pemda, kode_asal
    ),

    final as (
        select
            i.kode_indikator,
            i.nama_indikator,
            i.jenis,
            i.kode_pemda,
            i.kode_pd,
            pd.nama_pd,
            pd.singkatan,
            i.kode_sasaran,
            coalesce(p.kode_rpjmd, p.kode_puncak) as kode_sasaran_rpjmd,
            s.uraian as sasaran_rpjmd,
            p.misi
        from indikator as i
        left join perangkat_daerah as pd on pd.kode_pemda = i.kode_pemda and pd.kode_pd = i.kode_pd
        left join puncak as p on p.kode_pemda = i.kode_pemda and p.kode_asal = i.kode_sasaran
        left join sasaran as s
            on s.kode_pemda = i.kode_pemda and s.kode_sasaran = coalesce(p.kode_rpjmd, p.kode_puncak)
    )

select * from final;

-- Pohon kinerja (misi → sasaran RPJMD → IKU → program → kegiatan → sub kegiatan) sebagai simpul id/parent: bentuk
-- dan pagunya tidak bergantung triwulan, jadi disimpan; capaian dan warna per triwulan ditambahkan saat dibaca
-- (query keterlacakan_pohon), sehingga halaman tidak menyusun tujuh tingkat agregasi setiap kali dibuka.
-- @view pohon_kinerja: Satu baris per simpul pohon kinerja sebuah pemda pada satu tahun anggaran: pemda → misi → sasaran RPJMD → IKU → program → kegiatan → sub kegiatan, ukuran = pagu sub kegiatan (dibagi rata bila sub kegiatan melayani beberapa IKU, dibulatkan ke rupiah sehingga setiap induk tepat jumlah anaknya); cabang "Tanpa jalur ke IKU" (id yatim) untuk yang yatim. Tanpa capaian (tersimpan); capaian dan warna per triwulan: query keterlacakan_pohon.
-- @kolom kode_pemda: Pemda
-- @kolom tahun: Tahun anggaran
-- @kolom id: Id simpul: jalur dari misi (atau yatim) sampai simpul itu
-- @kolom parent: Id induknya ('' untuk akar "semua")
-- @kolom label: Nama simpul
-- @kolom tingkat: pemda / misi / yatim / sasaran / iku / program / kegiatan / sub_kegiatan
-- @kolom kode: Kode sasaran, indikator, program, kegiatan atau sub kegiatan (NULL untuk pemda dan misi)
-- @kolom pagu: Pagu simpul (rupiah)
-- @kolom kode_indikator: IKU yang dilayani simpul di bawah IKU, dan IKU itu sendiri (NULL di atas IKU dan pada cabang yatim)
-- @kolom id_misi: Untuk simpul IKU: id misinya (rata-rata capaian misi)
-- @kolom id_sasaran: Untuk simpul IKU: id sasarannya (rata-rata capaian sasaran)
-- @kolom jumlah_iku: Misi dan sasaran: banyaknya IKU di bawahnya; IKU: 1
-- @kolom yatim: Pada cabang tanpa jalur ke IKU
create or replace view pohon_kinerja as
with
    daun as (
        select
            si.*,
            ki.nama_indikator,
            ki.kode_sasaran_rpjmd,
            ki.sasaran_rpjmd,
            ki.misi,
            -- whole rupiah, so that every parent is exactly the sum of its children (Plotly checks it)
            round(si.pagu_porsi) as nilai
        from keterlacakan_sub_iku as si
        left join keterlacakan_indikator as ki using (kode_pemda, kode_indikator)
    ),

    jalur as (
        select
            *,
            kode_indikator is null as yatim,
            case
                when kode_indikator is null then 'yatim'
                else 'misi:' || coalesce(misi, '-')
            end as id_misi,
            'misi:' || coalesce(misi, '-') || '|sasaran:' || coalesce(kode_sasaran_rpjmd, '-') as id_sasaran,
            'misi:' || coalesce(misi, '-') || '|sasaran:' || coalesce(kode_sasaran_rpjmd, '-')
            || '|iku:' || kode_indikator as id_iku
        from daun
    ),

    jalur_program as (
        select
            *,
            case when yatim then 'yatim' else id_iku end || '|program:' || kode_program as id_program
        from jalur
    ),

    jalur_lengkap as (
        select
            *,
            id_program || '|kegiatan:' || kode_kegiatan_induk as id_kegiatan,
            id_program || '|kegiatan:' || kode_kegiatan_induk || '|sub:' || kode_kegiatan as id_sub
        from jalur_program
    ),

    simpul as (
        select
            kode_pemda,
            tahun,
            'semua' as id,
            '' as parent,
            'Semua program' as label,
            'pemda' as tingkat,
            null as kode,
            sum(nilai) as pagu,
            null as kode_indikator,
            null as id_misi,
            null as id_sasaran,
            null::bigint as jumlah_iku,
            false as yatim
        from jalur_lengkap
        group by kode_pemda, tahun
        union all
        select
            kode_pemda,
            tahun,
            id_misi,
            'semua',
            case when yatim then 'Tanpa jalur ke IKU' else coalesce(any_value(misi), 'Tanpa misi') end,
            case when yatim then 'yatim' else 'misi' end,
            null,
            sum(nilai),
            null,
            null,
            null,
            case when not yatim then count(distinct kode_indikator) end,
            yatim
        from jalur_lengkap
        group by kode_pemda, tahun, id_misi, yatim
        union all
        select
            kode_pemda,
            tahun,
            id_sasaran,
            id_misi,
            coalesce(any_value(sasaran_rpjmd), 'Tanpa sasaran'),
            'sasaran',
            any_value(kode_sasaran_rpjmd),
            sum(nilai),
            null,
            null,
            null,
            count(distinct kode_indikator),
            false
        from jalur_lengkap
        where not yatim
        group by kode_pemda, tahun, id_sasaran, id_misi
        union all
        select
            kode_pemda,
            tahun,
            id_iku,
            id_sasaran,
            any_value(nama_indikator),
            'iku',
            kode_indikator,
            sum(nilai),
            kode_indikator,
            any_value(id_misi),
            id_sasaran,
            1,
            false
        from jalur_lengkap
        where not yatim
        group by kode_pemda, tahun, id_iku, id_sasaran, kode_indikator
        union all
        select
            kode_pemda,
            tahun,
            id_program,
            case when yatim then 'yatim' else id_iku end,
            any_value(nama_program),
            'program',
            kode_program,
            sum(nilai),
            any_value(kode_indikator),
            null,
            null,
            null,
            yatim
        from jalur_lengkap
        group by kode_pemda, tahun, id_program, yatim, id_iku, kode_program
        union all
        select
            kode_pemda,
            tahun,
            id_kegiatan,
            id_program,
            any_value(nama_kegiatan),
            'kegiatan',
            kode_kegiatan_induk,
            sum(nilai),
            any_value(kode_indikator),
            null,
            null,
            null,
            yatim
        from jalur_lengkap
        group by kode_pemda, tahun, id_kegiatan, id_program, yatim, kode_kegiatan_induk
        union all
        select
            kode_pemda,
            tahun,
            id_sub,
            id_kegiatan,
            nama,
            'sub_kegiatan',
            kode_kegiatan,
            nilai,
            kode_indikator,
            null,
            null,
            null,
            yatim
        from jalur_lengkap
    ),

    final as (
        select *
        from simpul
        where pagu is not null
    )

select * from final;

-- @view dukungan_iku: Satu baris per indikator × tahun anggaran: berapa baris kegiatan menyebutnya dan berapa pagu yang melayaninya. didukung FALSE = IKU tanpa kegiatan pendukung.
-- @kolom kode_indikator: Kode indikator
-- @kolom nama_indikator: Nama indikator
-- @kolom jenis: IKU_PEMDA / IKU_PD / IK_PROGRAM / IK_KEGIATAN
-- @kolom kode_pemda: Pemda
-- @kolom kode_pd: OPD penanggung jawab
-- @kolom nama_pd: Nama OPD
-- @kolom tahun: Tahun anggaran (tahun yang ada di tabel kegiatan pemda itu)
-- @kolom jumlah_baris_kegiatan: Baris program/kegiatan/sub kegiatan tahun itu yang menyebut indikator ini
-- @kolom jumlah_sub_kegiatan: Sub kegiatan yang melayaninya (lihat keterlacakan_sub_iku)
-- @kolom pagu_porsi: Jumlah pagu_porsi sub kegiatan itu
-- @kolom didukung: Ada sekurang-kurangnya satu baris kegiatan yang menyebutnya
create or replace view dukungan_iku as
with
    -- a pemda's budget years are its own: another pemda's years add no "tanpa kegiatan" rows here
    tahun_anggaran as (
        select distinct kode_pemda, tahun from kegiatan
    ),

    sebut as (
        select kode_pemda, tahun, unnest(indikator_sendiri) as kode_indikator
        from keterlacakan_kegiatan
    ),

    jumlah_sebut as (
        select kode_pemda, tahun, kode_indikator, count(*) as jumlah
        from sebut
        group by kode_pemda, tahun, kode_indikator
    ),

    layan as (
        select kode_pemda, tahun, kode_indikator, count(*) as jumlah_sub, sum(pagu_porsi) as pagu_porsi
        from keterlacakan_sub_iku
        where kode_indikator is not null
        group by kode_pemda, tahun, kode_indikator
    ),

    final as (
        select
            i.kode_indikator,
            i.nama_indikator,
            i.jenis,
            i.kode_pemda,
            i.kode_pd,
            i.nama_pd,
            t.tahun,
            coalesce(js.jumlah, 0) as jumlah_baris_kegiatan,
            coalesce(l.jumlah_sub, 0) as jumlah_sub_kegiatan,
            coalesce(l.pagu_porsi, 0) as pagu_porsi,
            coalesce(js.jumlah, 0) > 0 as didukung
        from keterlacakan_indikator as i
        inner join tahun_anggaran as t on t.kode_pemda = i.kode_pemda
        left join jumlah_sebut as js
            on js.kode_pemda = i.kode_pemda and js.tahun = t.tahun and js.kode_indikator = i.kode_indikator
        left join layan as l
            on l.kode_pemda = i.kode_pemda and l.tahun = t.tahun and l.kode_indikator = i.kode_indikator
    )

select * from final;

-- @view porsi_prioritas_pd: Satu baris per OPD × tahun: pagu sub kegiatan prioritas dan non-prioritas (prioritas efektif, lihat keterlacakan_kegiatan) dan porsinya; ditandai bila non-prioritas lebih besar.
-- @kolom tahun: Tahun anggaran
-- @kolom kode_pemda: Pemda
-- @kolom kode_pd: OPD
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom pagu_prioritas: Jumlah pagu sub kegiatan prioritas
-- @kolom pagu_non_prioritas: Jumlah pagu sub kegiatan non-prioritas
-- @kolom pagu_total: Jumlah pagu semua sub kegiatan OPD
-- @kolom porsi_prioritas_persen: pagu_prioritas / pagu_total × 100
-- @kolom porsi_non_prioritas_persen: pagu_non_prioritas / pagu_total × 100
-- @kolom non_prioritas_lebih_besar: Pagu non-prioritas melebihi pagu prioritas
create or replace view porsi_prioritas_pd as
with
    per_pd as (
        select
            tahun,
            kode_pemda,
            kode_pd,
            any_value(nama_pd) as nama_pd,
            any_value(singkatan) as singkatan,
            coalesce(sum(pagu) filter (where prioritas), 0) as pagu_prioritas,
            coalesce(sum(pagu) filter (where not prioritas), 0) as pagu_non_prioritas,
            coalesce(sum(pagu), 0) as pagu_total
        from keterlacakan_kegiatan
        where tingkat = 'sub_kegiatan'
        group by tahun, kode_pemda, kode_pd
    ),

    final as (
        select
            *,
            persen_dari(pagu_prioritas, pagu_total) as porsi_prioritas_persen,
            persen_dari(pagu_non_prioritas, pagu_total) as porsi_non_prioritas_persen,
            pagu_non_prioritas > pagu_prioritas as non_prioritas_lebih_besar
        from per_pd
    )

select * from final;

-- --------------------------------------------------------------------------------------------- uang per bulan

-- @view kemajuan_sub_kegiatan: Satu baris per sub kegiatan × tahun × bulan 1..12: pagu, rencana kas dan realisasi keuangan s.d. bulan itu, realisasi fisik terakhir yang dilaporkan.
-- @kolom tahun: Tahun anggaran
-- @kolom kode_pemda: Pemda
-- @kolom kode_pd: OPD
-- @kolom kode_kegiatan: Sub kegiatan
-- @kolom bulan: Bulan 1..12
-- @kolom pagu: Pagu sub kegiatan
-- @kolom rencana_kas_sd: Jumlah rencana kas bulan 1 s.d. bulan ini
-- @kolom realisasi_sd: Realisasi keuangan kumulatif yang terakhir dilaporkan s.d. bulan ini (0 bila belum ada laporan)
-- @kolom fisik_persen: Realisasi fisik kumulatif (%) yang terakhir dilaporkan s.d. bulan ini
-- @kolom bulan_lapor: Bulan laporan realisasi terakhir s.d. bulan ini (NULL bila belum ada)
-- @kolom serapan_persen: realisasi_sd / pagu × 100
-- @kolom realisasi_terhadap_rencana_persen: realisasi_sd / rencana_kas_sd × 100 (NULL bila rencana kas s.d. bulan ini 0)
create or replace view kemajuan_sub_kegiatan as
with
    -- Each sub kegiatan joined to its year as 12-month lists (rencana_kas_setahun, realisasi_anggaran_setahun in
    -- 40_jadwal) on 3 keys, then 12 rows reading month b from them: at national scale 1,5 M rows joined instead of
    -- 18,5 M sub kegiatan-months joined on 4 keys and a cumulative window over them.
    kerangka as (
        select tahun, kode_pemda, kode_pd, kode_kegiatan, pagu
        from keterlacakan_kegiatan
        where tingkat = 'sub_kegiatan'
    ),

    s_d as (
        select
            s.*,
            b.bulan,
            list_sum(k.rencana_kas[:b.bulan]) as rencana_kas_sd,
            -- realisasi_kumulatif never falls (the importer refuses it), so the maximum so far is the latest
            coalesce(list_max(r.realisasi_kumulatif[:b.bulan]), 0) as realisasi_sd,
            r.fisik_persen_sd[b.bulan] as fisik_persen,
            r.bulan_lapor_sd[b.bulan] as bulan_lapor
        from kerangka as s
        cross join range(1, 13) as b (bulan)
        left join rencana_kas_setahun as k
            on k.kode_pemda = s.kode_pemda and k.tahun = s.tahun and k.kode_kegiatan = s.kode_kegiatan
        left join realisasi_anggaran_setahun as r
            on r.kode_pemda = s.kode_pemda and r.tahun = s.tahun and r.kode_kegiatan = s.kode_kegiatan
    ),

    final as (
        select
            tahun,
            kode_pemda,
            kode_pd,
            kode_kegiatan,
            bulan,
            pagu,
            coalesce(rencana_kas_sd, 0) as rencana_kas_sd,
            realisasi_sd,
            fisik_persen,
            bulan_lapor,
            persen_dari(realisasi_sd, pagu) as serapan_persen,
            persen_dari(realisasi_sd, rencana_kas_sd) as realisasi_terhadap_rencana_persen
        from s_d
    )

select * from final;

-- Bulan terakhir yang sudah ada laporan realisasi anggaran per pemda dan tahun. Disimpan pada setiap penulisan
-- (VIEW_TERSIMPAN): bulan_acuan_anggaran dibaca oleh beberapa kueri setiap halaman.
-- @view bulan_realisasi_pemda: Satu baris per pemda × tahun yang punya realisasi anggaran: bulan terakhir yang dilaporkan.
-- @kolom kode_pemda: Pemda
-- @kolom tahun: Tahun anggaran
-- @kolom bulan_terakhir: Bulan terakhir (1..12) yang ada baris realisasi anggarannya
create or replace view bulan_realisasi_pemda as
select r.kode_pemda, r.tahun, max(r.bulan) as bulan_terakhir
from realisasi_anggaran_bulanan as r
inner join keterlacakan_kegiatan as k
    on k.kode_pemda = r.kode_pemda and k.tahun = r.tahun and k.kode_kegiatan = r.kode_kegiatan
group by r.kode_pemda, r.tahun;

-- Bulan acuan uang untuk sebuah triwulan: akhir triwulan itu, tetapi tidak melewati bulan terakhir yang sudah
-- ada laporan realisasi anggaran pemda itu pada tahun itu (TW IV 2026 dengan laporan s.d. September → 9).
create or replace macro bulan_acuan_anggaran(p_kode_pemda, p_tahun, p_triwulan) as (
    select least(3 * p_triwulan, coalesce(max(b.bulan_terakhir), 3 * p_triwulan))
    from bulan_realisasi_pemda as b
    where b.tahun = p_tahun and b.kode_pemda = p_kode_pemda
);

-- --------------------------------------------------------------------------------------------- program unggulan

-- Hari pertama bulan rencana tonggak ('2026-07' → 2026-07-01).
create or replace macro awal_bulan_rencana(bulan_rencana) as cast(bulan_rencana || '-01' as date);

-- Keadaan satu tonggak pada tanggal hari_ini:
-- selesai            tanggal_selesai ≤ hari_ini dan tidak melewati bulan rencananya
-- selesai_terlambat  tanggal_selesai ≤ hari_ini tetapi sesudah bulan rencananya
-- lewat_waktu        belum selesai dan bulan rencananya sudah lewat (sebelum bulan hari_ini)
-- jatuh_tempo        belum selesai dan bulan rencananya adalah bulan hari_ini
-- akan_datang        belum selesai dan bulan rencananya sesudah bulan hari_ini
-- (Tanggal selesai sesudah hari_ini dianggap belum selesai: status dapat dilihat "per tanggal" yang lalu.)
create or replace macro keadaan_tonggak(bulan_rencana, tanggal_selesai, hari_ini) as
    case
        when tanggal_selesai <= cast(hari_ini as date) then
            case
                when tanggal_selesai < awal_bulan_rencana(bulan_rencana) + interval 1 month then 'selesai'
                else 'selesai_terlambat'
            end
        when awal_bulan_rencana(bulan_rencana) < cast(date_trunc('month', cast(hari_ini as date)) as date)
            then 'lewat_waktu'
        when awal_bulan_rencana(bulan_rencana) = cast(date_trunc('month', cast(hari_ini as date)) as date)
            then 'jatuh_tempo'
        else 'akan_datang'
    end;

-- Status program unggulan menurut tonggaknya, dari jumlah tonggak per keadaan (urutan aturan penting):
-- terlambat     ada tonggak lewat waktu
-- berisiko      ada tonggak jatuh tempo bulan ini yang belum selesai
-- selesai       semua tonggak selesai
-- belum_mulai   belum ada tonggak selesai (dan semua tonggak masih akan datang)
-- sesuai_jadwal selain itu
-- Tanpa tonggak: NULL (tidak dapat dinilai).
create or replace macro status_menurut_tonggak(jumlah, jumlah_selesai, jumlah_lewat_waktu, jumlah_jatuh_tempo) as
    case
        when coalesce(jumlah, 0) = 0 then null
        when jumlah_lewat_waktu > 0 then 'terlambat'
        when jumlah_jatuh_tempo > 0 then 'berisiko'
        when jumlah_selesai = jumlah then 'selesai'
        when jumlah_selesai = 0 then 'belum_mulai'
        else 'sesuai_jadwal'
    end;

-- Status program unggulan yang lebih buruk dari dua status (NULL = tidak ada; bila keduanya NULL, NULL).
-- Urutan keburukan sama dengan urutan papan (masalah lebih dulu):
-- terlambat > berisiko > belum_mulai > sesuai_jadwal > selesai.
-- belum_mulai lebih buruk dari sesuai_jadwal: program yang belum menyelesaikan apa pun (menurut laporan OPD atau
-- menurut tonggaknya) belum dapat disebut berjalan sesuai jadwal. selesai hanya bila tidak ada yang lebih buruk.
create or replace macro status_unggulan_terburuk(a, b) as
    case
        when a is null then b
        when b is null then a
        when list_position(['terlambat', 'berisiko', 'belum_mulai', 'sesuai_jadwal', 'selesai'], a)
            <= list_position(['terlambat', 'berisiko', 'belum_mulai', 'sesuai_jadwal', 'selesai'], b) then a
        else b
    end;

-- Status setiap program unggulan per tanggal hari_ini. Aturan papan (satu-satunya; dipakai papan, Ringkasan,
-- pengecualian dan bahan rapat): status_papan = yang lebih buruk dari status yang dilaporkan OPD dan status
-- menurut tonggak pada tanggal itu. Status yang dilaporkan hanya berlaku bila tanggal_status-nya tidak sesudah
-- tanggal itu (laporan 5 Oktober belum ada pada rapat 15 September); tanggal_status kosong (berkas versi 1, atau
-- OPD tidak mengisi tanggal) dianggap dilaporkan pada tanggal yang tidak diketahui dan tetap berlaku: karena
-- papan mengambil yang lebih buruk, laporan tanpa tanggal tidak pernah dapat menutupi tonggak yang terlambat.
-- Jadi "selesai" yang dilaporkan sementara tonggak terakhir masih terbuka bukan selesai.
-- Masa program (tahun_mulai..tahun_selesai) ikut sebagai kolom: pemanggil yang memilih tahun menyaring
-- dengan dalam_masa(tahun, tahun_mulai, tahun_selesai).
create or replace macro status_unggulan_per(hari_ini) as table
    with
        tg as (
            select
                kode_pemda,
                kode_unggulan,
                tonggak,
                bulan_rencana,
                keadaan_tonggak(bulan_rencana, tanggal_selesai, hari_ini) as keadaan
            from tonggak
        ),

        per_program as (
            select
                kode_pemda,
                kode_unggulan,
                count(*) as jumlah_tonggak,
                count(*) filter (where keadaan in ('selesai', 'selesai_terlambat')) as jumlah_selesai,
                count(*) filter (where keadaan = 'selesai_terlambat') as jumlah_selesai_terlambat,
                count(*) filter (where keadaan = 'lewat_waktu') as jumlah_lewat_waktu,
                count(*) filter (where keadaan = 'jatuh_tempo') as jumlah_jatuh_tempo,
                first(tonggak order by bulan_rencana, tonggak)
                    filter (where keadaan not in ('selesai', 'selesai_terlambat')) as tonggak_berikutnya,
                min(bulan_rencana) filter (where keadaan not in ('selesai', 'selesai_terlambat'))
                    as bulan_tonggak_berikutnya
            from tg
            group by kode_pemda, kode_unggulan
        ),

        status as (
            select
                pu.kode_pemda,
                pu.kode_unggulan,
                -- the report counts from its date on; an undated report counts (date unknown)
                case
                    when pu.tanggal_status is null or pu.tanggal_status <= cast(hari_ini as date)
                        then nullif(trim(pu.status), '')
                end as status_dilaporkan,
                status_menurut_tonggak(
                    p.jumlah_tonggak, p.jumlah_selesai, p.jumlah_lewat_waktu, p.jumlah_jatuh_tempo
                ) as status_tonggak,
                p.* exclude (kode_pemda, kode_unggulan)
            from program_unggulan as pu
            left join per_program as p on p.kode_pemda = pu.kode_pemda and p.kode_unggulan = pu.kode_unggulan
        ),

        final as (
            select
                pu.kode_unggulan,
                pu.nama,
                pu.kode_pemda,
                pu.kode_pd,
                pd.nama_pd,
                pd.singkatan,
                nullif(trim(pu.kode_indikator), '') as kode_indikator,
                pu.kode_kegiatan,
                pu.catatan,
                pu.tahun_mulai,
                pu.tahun_selesai,
                pu.tanggal_status,
                nullif(trim(pu.status), '') as status_isian,
                p.status_dilaporkan,
                p.status_tonggak,
                status_unggulan_terburuk(p.status_dilaporkan, p.status_tonggak) as status_papan,
                coalesce(p.status_dilaporkan <> p.status_tonggak, false) as status_berbeda,
                coalesce(p.jumlah_tonggak, 0) as jumlah_tonggak,
                coalesce(p.jumlah_selesai, 0) as jumlah_selesai,
                coalesce(p.jumlah_selesai_terlambat, 0) as jumlah_selesai_terlambat,
                coalesce(p.jumlah_lewat_waktu, 0) as jumlah_lewat_waktu,
                coalesce(p.jumlah_jatuh_tempo, 0) as jumlah_jatuh_tempo,
                p.tonggak_berikutnya,
                p.bulan_tonggak_berikutnya,
                cast(hari_ini as date) as per_tanggal
            from program_unggulan as pu
            left join perangkat_daerah as pd on pd.kode_pemda = pu.kode_pemda and pd.kode_pd = pu.kode_pd
            left join status as p on p.kode_pemda = pu.kode_pemda and p.kode_unggulan = pu.kode_unggulan
        )

    select * from final;

-- @view status_unggulan: Satu baris per program unggulan: status dilaporkan OPD, status menurut tonggak dan status papan (yang lebih buruk dari keduanya) per hari ini (current_date). Contoh: dilaporkan "selesai" (tanggal_status 10 September) sementara tonggak terakhirnya (Desember) masih terbuka dan tonggak lain selesai: pada 15 September status_tonggak sesuai_jadwal, status_papan sesuai_jadwal; laporan "berisiko" bertanggal 5 Oktober belum berlaku pada 15 September. Untuk tanggal lain: select * from status_unggulan_per(date '2026-10-15').
-- @kolom kode_unggulan: Kode program unggulan
-- @kolom nama: Nama program unggulan
-- @kolom kode_pemda: Pemda program unggulan itu
-- @kolom kode_pd: OPD penanggung jawab
-- @kolom nama_pd: Nama OPD
-- @kolom singkatan: Singkatan OPD
-- @kolom kode_indikator: IKU yang didukung (di pemda yang sama)
-- @kolom kode_kegiatan: Kegiatan/sub kegiatan terkait (`;`-terpisah, di pemda yang sama)
-- @kolom catatan: Catatan OPD
-- @kolom tahun_mulai: Tahun pertama masa program (NULL: tidak dibatasi); tampil pada tahun dalam masanya (macro dalam_masa)
-- @kolom tahun_selesai: Tahun terakhir masa program (NULL: tidak dibatasi)
-- @kolom tanggal_status: Tanggal status dilaporkan OPD (kosong: tanggal tidak diketahui)
-- @kolom status_isian: Status yang diisi OPD (kolom status), apa pun tanggalnya
-- @kolom status_dilaporkan: Status yang dilaporkan OPD dan berlaku pada tanggal penilaian: status_isian bila tanggal_status kosong atau tidak sesudah tanggal itu, selain itu NULL
-- @kolom status_tonggak: Status menurut tonggak (aturan macro status_menurut_tonggak); NULL tanpa tonggak
-- @kolom status_papan: Status yang ditampilkan dan dihitung: yang lebih buruk dari status_dilaporkan dan status_tonggak (terlambat > berisiko > belum_mulai > sesuai_jadwal > selesai; macro status_unggulan_terburuk); NULL bila keduanya NULL
-- @kolom status_berbeda: Status dilaporkan dan status menurut tonggak keduanya ada dan berbeda
-- @kolom jumlah_tonggak: Banyaknya tonggak
-- @kolom jumlah_selesai: Tonggak selesai per tanggal itu (tepat waktu atau terlambat)
-- @kolom jumlah_selesai_terlambat: Tonggak yang selesai sesudah bulan rencananya
-- @kolom jumlah_lewat_waktu: Tonggak belum selesai yang bulan rencananya sudah lewat
-- @kolom jumlah_jatuh_tempo: Tonggak belum selesai yang jatuh tempo bulan itu
-- @kolom tonggak_berikutnya: Tonggak belum selesai yang paling awal
-- @kolom bulan_tonggak_berikutnya: Bulan rencananya (YYYY-MM)
-- @kolom per_tanggal: Tanggal penilaian
create or replace view status_unggulan as
select * from status_unggulan_per(current_date);

-- --------------------------------------------------------------------------------------------- janji kampanye

-- Status janji kampanye pada satu bulan acuan (kegiatan = sub kegiatan bertanda; tanda pada program atau
-- kegiatan mencakup semua sub kegiatan di bawahnya). Urutan aturan penting:
-- belum_ada_kegiatan  tidak ada kegiatan bertanda pada tahun itu
-- tercapai            semua kegiatan bertanda melaporkan fisik ≥ pengaturan fisik_janji_tercapai
-- tertunda            ada kegiatan bertanda yang realisasi keuangannya < pengaturan ambang_janji_tertunda (%)
--                     dari rencana kasnya s.d. bulan acuan
-- berjalan            selain itu
create or replace macro status_janji(jumlah_kegiatan, jumlah_selesai_fisik, jumlah_tertinggal) as
    case
        when coalesce(jumlah_kegiatan, 0) = 0 then 'belum_ada_kegiatan'
        when jumlah_selesai_fisik = jumlah_kegiatan then 'tercapai'
        when jumlah_tertinggal > 0 then 'tertunda'
        else 'berjalan'
    end;

-- @view janji_kegiatan_bulan: Satu baris per janji kampanye × sub kegiatan bertanda × bulan 1..12 pada tahun dalam masa janji itu: uang, fisik, dan apakah kegiatan itu tertinggal atau selesai menurut aturan status janji.
-- @kolom kode_janji: Kode janji kampanye
-- @kolom tahun: Tahun anggaran (dalam masa janji: tahun_mulai..tahun_selesai, kosong = setiap tahun)
-- @kolom kode_pemda: Pemda janji dan sub kegiatannya
-- @kolom kode_pd: OPD
-- @kolom kode_kegiatan: Sub kegiatan bertanda (atau di bawah program/kegiatan bertanda)
-- @kolom bulan: Bulan acuan 1..12
-- @kolom pagu: Pagu sub kegiatan
-- @kolom rencana_kas_sd: Rencana kas s.d. bulan acuan
-- @kolom realisasi_sd: Realisasi keuangan s.d. bulan acuan
-- @kolom fisik_persen: Realisasi fisik terakhir s.d. bulan acuan (%)
-- @kolom tertinggal: Rencana kas s.d. bulan acuan > 0 dan realisasi < ambang_janji_tertunda % darinya
-- @kolom selesai_fisik: Fisik ≥ fisik_janji_tercapai
create or replace view janji_kegiatan_bulan as
with
    tag_sub as (
        select distinct t.kode_pemda, t.kode_janji, s.tahun, s.kode_kegiatan
        from tag_janji as t
        inner join janji_kampanye as j
            on j.kode_pemda = t.kode_pemda and j.kode_janji = t.kode_janji
            and dalam_masa(t.tahun, j.tahun_mulai, j.tahun_selesai)
        inner join (
            select kode_pemda, tahun, kode_kegiatan, unnest(awalan_kode_semua(kode_kegiatan)) as awalan
            from keterlacakan_kegiatan
            where tingkat = 'sub_kegiatan'
        ) as s
            on s.kode_pemda = t.kode_pemda and s.tahun = t.tahun and s.awalan = t.kode_kegiatan
    ),

    final as (
        select
            t.kode_janji,
            m.tahun,
            m.kode_pemda,
            m.kode_pd,
            m.kode_kegiatan,
            m.bulan,
            m.pagu,
            m.rencana_kas_sd,
            m.realisasi_sd,
            m.fisik_persen,
            m.rencana_kas_sd > 0
            and m.realisasi_sd
            < (select nilai from pengaturan where kunci = 'ambang_janji_tertunda') / 100 * m.rencana_kas_sd
                as tertinggal,
            coalesce(
                m.fisik_persen >= (select nilai from pengaturan where kunci = 'fisik_janji_tercapai'), false
            ) as selesai_fisik
        from tag_sub as t
        inner join kemajuan_sub_kegiatan as m
            on m.kode_pemda = t.kode_pemda and m.tahun = t.tahun and m.kode_kegiatan = t.kode_kegiatan
    )

select * from final;

-- Pemda sebuah janji: kolom kode_pemda janji itu sendiri (v2). Janji tampil pada tahun dalam masanya
-- (tahun_mulai..tahun_selesai; kosong = setiap tahun).
-- @view cakupan_janji: Satu baris per janji kampanye × tahun dalam masa janji × bulan acuan 1..12: kegiatan bertanda, OPD, pagu, rencana kas, realisasi, kelengkapan tanda, dan status janji.
-- @kolom kode_janji: Kode janji kampanye
-- @kolom uraian: Uraian janji
-- @kolom misi: Misi
-- @kolom kode_pemda: Pemda janji itu
-- @kolom tahun: Tahun anggaran (tahun kegiatan pemda itu, dalam masa janji)
-- @kolom bulan: Bulan acuan 1..12
-- @kolom jumlah_kegiatan: Sub kegiatan bertanda
-- @kolom jumlah_pd: OPD pelaksana
-- @kolom pagu: Jumlah pagu sub kegiatan bertanda
-- @kolom rencana_kas_sd: Jumlah rencana kas s.d. bulan acuan
-- @kolom realisasi_sd: Jumlah realisasi keuangan s.d. bulan acuan
-- @kolom serapan_persen: realisasi_sd / pagu × 100
-- @kolom jumlah_tertinggal: Kegiatan bertanda yang tertinggal dari rencana kas (lihat janji_kegiatan_bulan)
-- @kolom jumlah_selesai_fisik: Kegiatan bertanda yang fisiknya selesai
-- @kolom jumlah_tag: Baris tag_janji tahun itu
-- @kolom jumlah_tag_tidak_lengkap: Tanda tanpa bentuk_dukungan atau tanpa output
-- @kolom status: belum_ada_kegiatan / tertunda / berjalan / tercapai (macro status_janji)
create or replace view cakupan_janji as
with
    kerangka as (
        select j.kode_pemda, j.kode_janji, t.tahun, b.bulan
        from janji_kampanye as j
        inner join (select distinct kode_pemda, tahun from kegiatan) as t on t.kode_pemda = j.kode_pemda
        cross join range(1, 13) as b (bulan)
        where dalam_masa(t.tahun, j.tahun_mulai, j.tahun_selesai)
    ),

    ringkas as (
        select
            kode_pemda,
            kode_janji,
            tahun,
            bulan,
            count(*) as jumlah_kegiatan,
            count(distinct kode_pd) as jumlah_pd,
            sum(pagu) as pagu,
            sum(rencana_kas_sd) as rencana_kas_sd,
            sum(realisasi_sd) as realisasi_sd,
            count(*) filter (where tertinggal) as jumlah_tertinggal,
            count(*) filter (where selesai_fisik) as jumlah_selesai_fisik
        from janji_kegiatan_bulan
        group by kode_pemda, kode_janji, tahun, bulan
    ),

    tanda as (
        select
            t.kode_pemda,
            t.kode_janji,
            t.tahun,
            count(*) as jumlah_tag,
            count(*) filter (
                where nullif(trim(t.bentuk_dukungan), '') is null or nullif(trim(t.output), '') is null
            ) as jumlah_tag_tidak_lengkap
        from tag_janji as t
        inner join kegiatan as k
            on k.kode_pemda = t.kode_pemda and k.tahun = t.tahun and k.kode_kegiatan = t.kode_kegiatan
        group by t.kode_pemda, t.kode_janji, t.tahun
    ),

    final as (
        select
            k.kode_janji,
            j.uraian,
            j.misi,
            k.kode_pemda,
            k.tahun,
            k.bulan,
            coalesce(r.jumlah_kegiatan, 0) as jumlah_kegiatan,
            coalesce(r.jumlah_pd, 0) as jumlah_pd,
            coalesce(r.pagu, 0) as pagu,
            coalesce(r.rencana_kas_sd, 0) as rencana_kas_sd,
            coalesce(r.realisasi_sd, 0) as realisasi_sd,
            persen_dari(r.realisasi_sd, r.pagu) as serapan_persen,
            coalesce(r.jumlah_tertinggal, 0) as jumlah_tertinggal,
            coalesce(r.jumlah_selesai_fisik, 0) as jumlah_selesai_fisik,
            coalesce(t.jumlah_tag, 0) as jumlah_tag,
            coalesce(t.jumlah_tag_tidak_lengkap, 0) as jumlah_tag_tidak_lengkap,
            status_janji(r.jumlah_kegiatan, r.jumlah_selesai_fisik, r.jumlah_tertinggal) as status
        from kerangka as k
        inner join janji_kampanye as j on j.kode_pemda = k.kode_pemda and j.kode_janji = k.kode_janji
        left join ringkas as r
            on r.kode_pemda = k.kode_pemda and r.kode_janji = k.kode_janji and r.tahun = k.tahun and r.bulan = k.bulan
        left join tanda as t on t.kode_pemda = k.kode_pemda and t.kode_janji = k.kode_janji and t.tahun = k.tahun
    )

select * from final;
