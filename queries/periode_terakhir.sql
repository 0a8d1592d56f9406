-- Tahun dan triwulan bawaan halaman: per tahun yang sudah punya realisasi indikator untuk pemda itu (semua pemda
-- pada tampilan nasional), triwulan terakhirnya; tahun terbaru dahulu, jadi baris pertama adalah bawaan halaman dan
-- baris tahun lain adalah triwulan bawaan bila tahun itu dipilih. Tahun yang hanya berisi target (mis. target RPJMD
-- 2027–2029) tidak punya baris dan tidak pernah menjadi bawaan. Tanpa realisasi sama sekali: tanpa baris.
-- Satu baris = satu tahun.
with
    final as (
        select
            tahun,
            max(triwulan) as triwulan
        from capaian_indikator
        where kode_pemda = $kode_pemda
        group by tahun
        order by tahun desc
    )

select * from final;
