-- Pohon kinerja sebuah pemda pada satu tahun: misi → sasaran RPJMD → IKU → program → kegiatan → sub kegiatan,
-- ukuran = pagu (dibagi rata bila sub kegiatan melayani beberapa IKU), warna = predikat capaian terakhir s.d.
-- triwulan terpilih; cabang "Tanpa jalur ke IKU" untuk yang yatim. Satu baris = satu simpul (id, parent).
with
    daun as (
        select
            si.*,
            ki.nama_indikator,
            ki.kode_sasaran_rpjmd,
            ki.sasaran_rpjmd,
            ki.misi,
            c.capaian_persen,
            c.periode,
            c.predikat,
            c.warna_predikat,
            -- whole rupiah, so that every parent is exactly the sum of its children (Plotly checks it)
            round(si.pagu_porsi) as nilai
        from keterlacakan_sub_iku as si
        left join keterlacakan_indikator as ki using (kode_pemda, kode_indikator)
        left join capaian_terakhir($tahun, $triwulan) as c using (kode_pemda, kode_indikator)
        where si.kode_pemda = $kode_pemda and si.tahun = $tahun
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

    iku_unik as (
        select distinct id_misi, id_sasaran, kode_indikator, capaian_persen
        from jalur_lengkap
        where not yatim
    ),

    rata_misi as (
        select id_misi, avg(capaian_untuk_rata_rata(capaian_persen)) as capaian, count(*) as jumlah_iku
        from iku_unik
        group by id_misi
    ),

    rata_sasaran as (
        select id_sasaran, avg(capaian_untuk_rata_rata(capaian_persen)) as capaian, count(*) as jumlah_iku
        from iku_unik
        group by id_sasaran
    ),

    simpul as (
        select
            'semua' as id,
            '' as parent,
            'Semua program' as label,
            'pemda' as tingkat,
            null as kode,
            sum(nilai) as pagu,
            null::double as capaian_persen,
            null as periode,
            null as predikat,
            null as warna,
            null::bigint as jumlah_iku,
            false as yatim
        from jalur_lengkap
        union all
        select
            j.id_misi,
            'semua',
            case when j.yatim then 'Tanpa jalur ke IKU' else coalesce(any_value(j.misi), 'Tanpa misi') end,
            case when j.yatim then 'yatim' else 'misi' end,
            null,
            sum(j.nilai),
            any_value(r.capaian),
            null,
            null,
            null,
            any_value(r.jumlah_iku),
            j.yatim
        from jalur_lengkap as j
        left join rata_misi as r using (id_misi)
        group by j.id_misi, j.yatim
        union all
        select
            j.id_sasaran,
            j.id_misi,
            coalesce(any_value(j.sasaran_rpjmd), 'Tanpa sasaran'),
            'sasaran',
            any_value(j.kode_sasaran_rpjmd),
            sum(j.nilai),
            any_value(r.capaian),
            null,
            null,
            null,
            any_value(r.jumlah_iku),
            false
        from jalur_lengkap as j
        left join rata_sasaran as r using (id_sasaran)
        where not j.yatim
        group by j.id_sasaran, j.id_misi
        union all
        select
            id_iku,
            id_sasaran,
            any_value(nama_indikator),
            'iku',
            kode_indikator,
            sum(nilai),
            any_value(capaian_persen),
            any_value(periode),
            any_value(predikat),
            any_value(warna_predikat),
            1,
            false
        from jalur_lengkap
        where not yatim
        group by id_iku, id_sasaran, kode_indikator
        union all
        select
            id_program,
            case when yatim then 'yatim' else id_iku end,
            any_value(nama_program),
            'program',
            kode_program,
            sum(nilai),
            any_value(capaian_persen),
            any_value(periode),
            any_value(predikat),
            any_value(warna_predikat),
            null,
            yatim
        from jalur_lengkap
        group by id_program, yatim, id_iku, kode_program
        union all
        select
            id_kegiatan,
            id_program,
            any_value(nama_kegiatan),
            'kegiatan',
            kode_kegiatan_induk,
            sum(nilai),
            any_value(capaian_persen),
            any_value(periode),
            any_value(predikat),
            any_value(warna_predikat),
            null,
            yatim
        from jalur_lengkap
        group by id_kegiatan, id_program, yatim, kode_kegiatan_induk
        union all
        select
            id_sub,
            id_kegiatan,
            nama,
            'sub_kegiatan',
            kode_kegiatan,
            nilai,
            capaian_persen,
            periode,
            predikat,
            warna_predikat,
            null,
            yatim
        from jalur_lengkap
    ),

    final as (
        select
            s.id,
            s.parent,
            s.label,
            s.tingkat,
            s.kode,
            s.pagu,
            s.capaian_persen,
            s.periode,
            coalesce(s.predikat, sk.predikat) as predikat,
            coalesce(
                s.warna,
                sk.warna,
                case when s.yatim then ty.warna else tc.warna end
            ) as warna,
            s.jumlah_iku,
            s.yatim
        from simpul as s
        -- misi and sasaran: the predikat of the average capaian of their IKU
        left join skala_predikat_rentang as sk
            on s.tingkat in ('misi', 'sasaran')
            and round(s.capaian_persen, 9) > sk.bawah and round(s.capaian_persen, 9) <= sk.atas
        left join skala_status_program as ty on ty.jenis = 'keterlacakan' and ty.status = 'tanpa_iku'
        left join skala_status_program as tc on tc.jenis = 'keterlacakan' and tc.status = 'tanpa_capaian'
        where s.pagu is not null
        order by s.id
    )

select * from final;
