-- Program unggulan sebuah pemda yang masanya mencakup tahun terpilih, per tanggal $hari_ini: status papan (yang lebih
-- buruk dari status dilaporkan OPD dan status menurut tonggak; status_unggulan_per), keduanya di sampingnya, pagu dan realisasi sub kegiatan terkaitnya (di pemda yang sama) s.d. bulan
-- acuan, IKU dan capaiannya. Satu baris = satu program.
with
    acuan as (
        select bulan_acuan_anggaran($kode_pemda, $tahun, $triwulan) as bulan
    ),

    program as (
        select *
        from status_unggulan_per(cast($hari_ini as date))
        where kode_pemda = $kode_pemda and dalam_masa($tahun, tahun_mulai, tahun_selesai)
    ),

    kode_terkait as (
        select p.kode_pemda, p.kode_unggulan, d.kode
        from program as p
        cross join unnest(daftar_kode(p.kode_kegiatan)) as d (kode)
    ),

    -- a listed program or kegiatan covers every sub kegiatan below it; a sub listed twice counts once
    sub as (
        select distinct k.kode_pemda, k.kode_unggulan, s.kode_kegiatan
        from kode_terkait as k
        inner join keterlacakan_kegiatan as s
            on s.kode_pemda = k.kode_pemda and s.tahun = $tahun and s.tingkat = 'sub_kegiatan'
            and kode_tercakup(s.kode_kegiatan, k.kode)
    ),

    uang as (
        select
            s.kode_pemda,
            s.kode_unggulan,
            count(*) as jumlah_sub_kegiatan,
            sum(m.pagu) as pagu,
            sum(m.rencana_kas_sd) as rencana_kas_sd,
            sum(m.realisasi_sd) as realisasi_sd,
            persen_dari(sum(m.realisasi_sd), sum(m.pagu)) as serapan_persen
        from sub as s
        inner join kemajuan_sub_kegiatan as m
            on m.kode_pemda = s.kode_pemda and m.tahun = $tahun and m.kode_kegiatan = s.kode_kegiatan
            and m.bulan = (select bulan from acuan)
        group by s.kode_pemda, s.kode_unggulan
    ),

    skala as (
        select status, label, urutan, warna from skala_status_program where jenis = 'unggulan'
    ),

    final as (
        select
            p.kode_unggulan,
            p.nama,
            p.kode_pd,
            p.nama_pd,
            p.singkatan,
            p.status_papan,
            sp.label as label_papan,
            sp.warna as warna_papan,
            p.status_dilaporkan,
            sd.label as label_dilaporkan,
            p.status_isian,
            p.tanggal_status,
            p.status_tonggak,
            st.label as label_tonggak,
            st.warna as warna_tonggak,
            p.status_berbeda,
            p.jumlah_tonggak,
            p.jumlah_selesai,
            p.jumlah_lewat_waktu,
            p.jumlah_jatuh_tempo,
            p.tonggak_berikutnya,
            p.bulan_tonggak_berikutnya,
            coalesce(u.jumlah_sub_kegiatan, 0) as jumlah_sub_kegiatan,
            u.pagu,
            u.rencana_kas_sd,
            u.realisasi_sd,
            u.serapan_persen,
            (select bulan from acuan) as bulan_acuan,
            p.kode_indikator,
            i.nama_indikator,
            i.satuan,
            c.periode as periode_capaian,
            c.capaian_persen,
            c.predikat,
            c.warna_predikat,
            case
                when p.kode_indikator is null then 'Belum ada IKU yang dikaitkan'
                when c.kode_indikator is null then 'Belum ada realisasi IKU tahun ini'
                else c.keterangan
            end as keterangan_capaian,
            p.catatan,
            p.per_tanggal
        from program as p
        left join uang as u on u.kode_pemda = p.kode_pemda and u.kode_unggulan = p.kode_unggulan
        left join indikator as i on i.kode_pemda = p.kode_pemda and i.kode_indikator = p.kode_indikator
        left join capaian_terakhir($tahun, $triwulan) as c
            on c.kode_pemda = p.kode_pemda and c.kode_indikator = p.kode_indikator
        left join skala as sp on sp.status = p.status_papan
        left join skala as sd on sd.status = p.status_dilaporkan
        left join skala as st on st.status = p.status_tonggak
        order by coalesce(sp.urutan, 99), p.status_berbeda desc, p.kode_unggulan
    )

select * from final;
