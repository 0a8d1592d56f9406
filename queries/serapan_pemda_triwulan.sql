-- Serapan anggaran seluruh pemda pada akhir triwulan terpilih, atau bulan terakhir yang dilaporkan bila
-- lebih awal. Satu baris = pemda (tidak ada baris bila belum ada realisasi anggaran).
with
    final as (
        select *
        from serapan_anggaran
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd is null
            and bulan = least($triwulan * 3, bulan_terakhir_lapor)
    )

select * from final;
