-- Janji kampanye sebuah pemda pada tahun dan bulan acuan triwulan terpilih: status, kegiatan bertanda, OPD,
-- pagu, realisasi, dan capaian IKU yang dilayani kegiatannya. Satu baris = satu janji.
with
    acuan as (
        select bulan_acuan_anggaran($kode_pemda, $tahun, $triwulan) as bulan
    ),

    janji as (
        select *
        from cakupan_janji
        where kode_pemda = $kode_pemda and tahun = $tahun and bulan = (select bulan from acuan)
    ),

    kegiatan_janji as (
        select kode_pemda, kode_janji, kode_pd, kode_kegiatan
        from janji_kegiatan_bulan
        where kode_pemda = $kode_pemda and tahun = $tahun and bulan = (select bulan from acuan)
    ),

    opd as (
        select
            k.kode_pemda,
            k.kode_janji,
            string_agg(distinct coalesce(pd.singkatan, pd.nama_pd), ', ' order by coalesce(pd.singkatan, pd.nama_pd))
                as daftar_pd
        from kegiatan_janji as k
        inner join perangkat_daerah as pd on pd.kode_pemda = k.kode_pemda and pd.kode_pd = k.kode_pd
        group by k.kode_pemda, k.kode_janji
    ),

    iku as (
        select distinct k.kode_pemda, k.kode_janji, si.kode_indikator
        from kegiatan_janji as k
        inner join keterlacakan_sub_iku as si
            on si.kode_pemda = k.kode_pemda and si.tahun = $tahun and si.kode_kegiatan = k.kode_kegiatan
        where si.kode_indikator is not null
    ),

    capaian_iku as (
        select
            iku.kode_pemda,
            iku.kode_janji,
            count(*) as jumlah_iku,
            count(c.capaian_persen) as jumlah_iku_ada_capaian,
            avg(capaian_untuk_rata_rata(c.capaian_persen)) as rata_rata_capaian_iku,
            string_agg(i.nama_indikator, '; ' order by iku.kode_indikator) as daftar_iku
        from iku
        inner join indikator as i on i.kode_pemda = iku.kode_pemda and i.kode_indikator = iku.kode_indikator
        left join capaian_terakhir($tahun, $triwulan) as c
            on c.kode_pemda = iku.kode_pemda and c.kode_indikator = iku.kode_indikator
        group by iku.kode_pemda, iku.kode_janji
    ),

    final as (
        select
            j.kode_janji,
            j.uraian,
            j.misi,
            j.status,
            s.label as label_status,
            s.warna as warna_status,
            j.jumlah_kegiatan,
            j.jumlah_pd,
            o.daftar_pd,
            j.pagu,
            j.rencana_kas_sd,
            j.realisasi_sd,
            j.serapan_persen,
            j.jumlah_tertinggal,
            j.jumlah_selesai_fisik,
            j.jumlah_tag,
            j.jumlah_tag_tidak_lengkap,
            coalesce(c.jumlah_iku, 0) as jumlah_iku,
            c.daftar_iku,
            c.rata_rata_capaian_iku,
            sk.predikat as predikat_iku,
            sk.warna as warna_predikat_iku,
            j.bulan as bulan_acuan
        from janji as j
        left join opd as o on o.kode_pemda = j.kode_pemda and o.kode_janji = j.kode_janji
        left join capaian_iku as c on c.kode_pemda = j.kode_pemda and c.kode_janji = j.kode_janji
        left join skala_status_program as s on s.jenis = 'janji' and s.status = j.status
        left join skala_predikat_rentang as sk on dalam_rentang(c.rata_rata_capaian_iku, sk.bawah, sk.atas)
        order by s.urutan, j.kode_janji
    )

select * from final;
