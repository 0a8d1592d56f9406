-- Triwulan terakhir pada tahun itu yang sudah punya realisasi indikator untuk pemda itu (NULL bila belum ada).
-- Satu baris.
with
    final as (
        select max(triwulan) as triwulan
        from capaian_indikator
        where kode_pemda = $kode_pemda and tahun = $tahun
    )

select * from final;
