-- Kegiatan bertanda janji kampanye sebuah pemda (janji yang masanya mencakup tahun terpilih): bentuk dukungan,
-- output, uang s.d. bulan acuan, fisik, dan IKU yang dilayani. Satu baris = satu tanda (janji × kode kegiatan
-- bertanda).
with
    acuan as (
        select bulan_acuan_anggaran($kode_pemda, $tahun, $triwulan) as bulan
    ),

    tanda as (
        select t.*, j.uraian as uraian_janji, k.tingkat, k.nama, k.kode_pd, k.nama_pd, k.singkatan
        from tag_janji as t
        inner join janji_kampanye as j
            on j.kode_pemda = t.kode_pemda and j.kode_janji = t.kode_janji
            and dalam_masa(t.tahun, j.tahun_mulai, j.tahun_selesai)
        inner join keterlacakan_kegiatan as k
            on k.kode_pemda = t.kode_pemda and k.tahun = t.tahun and k.kode_kegiatan = t.kode_kegiatan
        where t.tahun = $tahun and t.kode_pemda = $kode_pemda
    ),

    per_tanda as (
        select
            t.kode_pemda,
            t.kode_janji,
            t.kode_kegiatan,
            count(*) as jumlah_sub_kegiatan,
            sum(m.pagu) as pagu,
            sum(m.realisasi_sd) as realisasi_sd,
            persen_dari(sum(m.realisasi_sd), sum(m.pagu)) as serapan_persen,
            min(m.fisik_persen) as fisik_persen_terendah,
            count(*) filter (where m.tertinggal) as jumlah_tertinggal
        from tanda as t
        inner join janji_kegiatan_bulan as m
            on m.kode_pemda = t.kode_pemda and m.kode_janji = t.kode_janji and m.tahun = t.tahun
            and m.bulan = (select bulan from acuan) and kode_tercakup(m.kode_kegiatan, t.kode_kegiatan)
        group by t.kode_pemda, t.kode_janji, t.kode_kegiatan
    ),

    iku as (
        select
            t.kode_pemda,
            t.kode_janji,
            t.kode_kegiatan,
            string_agg(distinct i.nama_indikator, '; ' order by i.nama_indikator) as daftar_iku
        from tanda as t
        inner join keterlacakan_sub_iku as si
            on si.kode_pemda = t.kode_pemda and si.tahun = t.tahun and kode_tercakup(si.kode_kegiatan, t.kode_kegiatan)
        inner join indikator as i on i.kode_pemda = si.kode_pemda and i.kode_indikator = si.kode_indikator
        group by t.kode_pemda, t.kode_janji, t.kode_kegiatan
    ),

    final as (
        select
            t.kode_janji,
            t.uraian_janji,
            t.kode_kegiatan,
            t.tingkat,
            t.nama,
            t.kode_pd,
            t.nama_pd,
            t.singkatan,
            nullif(trim(t.bentuk_dukungan), '') as bentuk_dukungan,
            nullif(trim(t.output), '') as output,
            nullif(trim(t.bentuk_dukungan), '') is not null and nullif(trim(t.output), '') is not null as tanda_lengkap,
            p.jumlah_sub_kegiatan,
            p.pagu,
            p.realisasi_sd,
            p.serapan_persen,
            p.fisik_persen_terendah,
            coalesce(p.jumlah_tertinggal, 0) > 0 as tertinggal,
            i.daftar_iku
        from tanda as t
        left join per_tanda as p using (kode_pemda, kode_janji, kode_kegiatan)
        left join iku as i using (kode_pemda, kode_janji, kode_kegiatan)
        order by t.kode_janji, t.kode_kegiatan
    )

select * from final;
