-- IKU yang dilayani kegiatan bertanda janji kampanye sebuah pemda (janji yang masanya mencakup tahun terpilih),
-- dengan capaian terakhir s.d. triwulan terpilih. Satu baris = satu janji × satu IKU.
with
    iku as (
        select distinct t.kode_pemda, t.kode_janji, si.kode_indikator
        from tag_janji as t
        inner join janji_kampanye as j
            on j.kode_pemda = t.kode_pemda and j.kode_janji = t.kode_janji
            and dalam_masa(t.tahun, j.tahun_mulai, j.tahun_selesai)
        inner join keterlacakan_sub_iku as si
            on si.kode_pemda = t.kode_pemda and si.tahun = t.tahun and kode_tercakup(si.kode_kegiatan, t.kode_kegiatan)
        where t.tahun = $tahun and t.kode_pemda = $kode_pemda and si.kode_indikator is not null
    ),

    final as (
        select
            iku.kode_janji,
            iku.kode_indikator,
            i.nama_indikator,
            i.satuan,
            pd.nama_pd,
            c.periode,
            c.target_sd,
            c.target_min_sd,
            c.target_max_sd,
            c.realisasi_sd,
            c.capaian_persen,
            c.predikat,
            c.warna_predikat,
            case when c.kode_indikator is null then 'Belum ada realisasi tahun ini' else c.keterangan end as keterangan
        from iku
        inner join indikator as i on i.kode_pemda = iku.kode_pemda and i.kode_indikator = iku.kode_indikator
        left join perangkat_daerah as pd on pd.kode_pemda = i.kode_pemda and pd.kode_pd = i.kode_pd
        left join capaian_terakhir($tahun, $triwulan) as c
            on c.kode_pemda = iku.kode_pemda and c.kode_indikator = iku.kode_indikator
        order by iku.kode_janji, c.capaian_persen asc nulls first, iku.kode_indikator
    )

select * from final;
