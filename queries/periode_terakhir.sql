-- Tahun dan triwulan bawaan halaman: triwulan terbaru yang sudah punya realisasi indikator untuk pemda itu (semua
-- pemda pada tampilan nasional). Tahun yang hanya berisi target (mis. target RPJMD 2027–2029) tidak pernah
-- menjadi bawaan. Satu baris; NULL bila belum ada realisasi sama sekali.
with
    final as (
        select
            max(tahun) as tahun,
            arg_max(triwulan, tahun * 10 + triwulan) as triwulan
        from capaian_indikator
        where kode_pemda = $kode_pemda
    )

select * from final;
