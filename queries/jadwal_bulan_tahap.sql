-- Sebaran tahap kegiatan sepanjang tahun di seluruh OPD sebuah pemda: persiapan, pelaksanaan, pelaporan.
-- Satu baris = bulan × tahap.
with
    final as (
        select
            tahap,
            urutan_tahap,
            bulan,
            sum(jumlah_kegiatan) as jumlah_kegiatan,
            sum(bobot_pagu) as bobot_pagu
        from pd_bulan_distribusi
        where kode_pemda = $kode_pemda and tahun = $tahun
        group by tahap, urutan_tahap, bulan
        order by urutan_tahap, bulan
    )

select * from final;
