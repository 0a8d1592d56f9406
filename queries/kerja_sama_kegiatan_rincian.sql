-- Sub kegiatan yang dirujuk kerja sama sebuah pemda pada tahun anggaran itu, dengan pagu dan realisasinya; kode
-- yang tidak ada di DPA tahun itu ikut tampil. Satu baris = satu kerja sama × sub kegiatan (atau kode tak ditemukan).
with
    kerja_sama as (
        select distinct kode_pemda, nomor, judul
        from kerja_sama_integrasi
        where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    final as (
        select
            k.nomor,
            ks.judul,
            k.kode_dirujuk,
            k.ditemukan,
            k.kode_kegiatan,
            k.nama_kegiatan,
            pd.singkatan,
            k.pagu,
            k.realisasi,
            k.serapan_persen,
            k.bulan_realisasi
        from kerja_sama_kegiatan as k
        inner join kerja_sama as ks using (kode_pemda, nomor)
        left join perangkat_daerah as pd using (kode_pemda, kode_pd)
        where k.tahun = $tahun
        order by k.nomor, k.kode_kegiatan nulls first
    )

select * from final;
