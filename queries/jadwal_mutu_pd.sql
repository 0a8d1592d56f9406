-- Banyaknya masalah jadwal per OPD sebuah pemda dalam satu tahun, menurut jenis masalah.
-- Satu baris = OPD yang punya masalah; terbanyak galat dahulu.
with
    final as (
        select
            kode_pemda,
            kode_pd,
            any_value(nama_pd) as nama_pd,
            count(*) filter (where masalah = 'Tahap tidak lengkap') as tahap_tidak_lengkap,
            count(*) filter (where masalah = 'Urutan tahap salah') as urutan_tahap_salah,
            count(*) filter (where masalah = 'Bulan tidak sah') as bulan_tidak_sah,
            count(*) filter (where masalah = 'Pelaksanaan mulai TW IV') as pelaksanaan_mulai_tw4,
            count(distinct kode_kegiatan) filter (where tingkat = 'galat') as sub_kegiatan_galat
        from jadwal_mutu
        where kode_pemda = $kode_pemda and tahun = $tahun
        group by kode_pemda, kode_pd
        order by sub_kegiatan_galat desc, pelaksanaan_mulai_tw4 desc, nama_pd, kode_pemda, kode_pd
    )

select * from final;
