-- Pagu dan realisasi anggaran per OPD
-- Pagu sub kegiatan tiap OPD pada tahun terpilih beserta realisasinya sejauh ini, berdampingan.
-- Satu baris = satu OPD × ukuran (pagu atau realisasi), bentuk panjang agar mudah digambar.
-- @grafik batang x=opd y=rupiah warna=ukuran
with
    sub_kegiatan as (
        select
            k.kode_pemda,
            k.kode_pd,
            k.tahun,
            k.kode_kegiatan,
            k.pagu
        from kegiatan as k
        where k.kode_pemda = $kode_pemda
            and k.tahun = $tahun
            and k.pagu is not null
    ),

    realisasi as (
        select
            kode_pemda,
            tahun,
            kode_kegiatan,
            sum(realisasi) as realisasi
        from realisasi_anggaran_bulanan
        where kode_pemda = $kode_pemda
            and tahun = $tahun
        group by kode_pemda, tahun, kode_kegiatan
    ),

    per_opd as (
        select
            s.kode_pemda,
            s.kode_pd,
            sum(s.pagu) as pagu,
            coalesce(sum(r.realisasi), 0) as realisasi
        from sub_kegiatan as s
        left join realisasi as r using (kode_pemda, tahun, kode_kegiatan)
        group by s.kode_pemda, s.kode_pd
    ),

    final as (
        select
            coalesce(pd.singkatan, pd.nama_pd) as opd,
            u.ukuran,
            u.rupiah
        from per_opd as p
        left join perangkat_daerah as pd using (kode_pemda, kode_pd)
        cross join lateral (
            values ('pagu', p.pagu), ('realisasi', p.realisasi)
        ) as u(ukuran, rupiah)
        order by p.pagu desc, opd, u.ukuran
    )

select * from final;
