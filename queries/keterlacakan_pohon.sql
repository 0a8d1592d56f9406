-- Pohon kinerja sebuah pemda pada satu tahun: misi → sasaran RPJMD → IKU → program → kegiatan → sub kegiatan,
-- ukuran = pagu (dibagi rata bila sub kegiatan melayani beberapa IKU), warna = predikat capaian terakhir s.d.
-- triwulan terpilih; cabang "Tanpa jalur ke IKU" untuk yang yatim. Satu baris = satu simpul (id, parent).
-- Bentuk dan pagu pohon: view tersimpan pohon_kinerja; di sini hanya capaian triwulan itu yang ditambahkan.
with
    simpul as (
        select *
        from pohon_kinerja
        where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    capaian as (
        select kode_pemda, kode_indikator, capaian_persen, periode, predikat, warna_predikat
        from capaian_terakhir($tahun, $triwulan)
        where kode_pemda = $kode_pemda
    ),

    -- misi and sasaran: the average capaian of their IKU
    iku as (
        select s.id_misi, s.id_sasaran, c.capaian_persen
        from simpul as s
        left join capaian as c using (kode_pemda, kode_indikator)
        where s.tingkat = 'iku'
    ),

    rata as (
        select id_misi as id, avg(capaian_untuk_rata_rata(capaian_persen)) as capaian
        from iku
        group by id_misi
        union all
        select id_sasaran, avg(capaian_untuk_rata_rata(capaian_persen))
        from iku
        group by id_sasaran
    ),

    dengan_capaian as (
        select
            s.*,
            case when s.tingkat in ('misi', 'sasaran') then r.capaian else c.capaian_persen end as capaian_persen,
            c.periode,
            c.predikat,
            c.warna_predikat
        from simpul as s
        left join capaian as c on c.kode_pemda = s.kode_pemda and c.kode_indikator = s.kode_indikator
        left join rata as r on r.id = s.id and s.tingkat in ('misi', 'sasaran')
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
                s.warna_predikat,
                sk.warna,
                case when s.yatim then ty.warna else tc.warna end
            ) as warna,
            s.jumlah_iku,
            s.yatim
        from dengan_capaian as s
        -- misi and sasaran: the predikat of the average capaian of their IKU
        left join skala_predikat_rentang as sk
            on s.tingkat in ('misi', 'sasaran') and dalam_rentang(s.capaian_persen, sk.bawah, sk.atas)
        left join skala_status_program as ty on ty.jenis = 'keterlacakan' and ty.status = 'tanpa_iku'
        left join skala_status_program as tc on tc.jenis = 'keterlacakan' and tc.status = 'tanpa_capaian'
        order by s.id
    )

select * from final;
