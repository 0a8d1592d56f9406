-- Tahun yang punya data (target, realisasi atau kegiatan), terbaru terakhir.
-- Satu baris = satu tahun.
with
    tahun as (
        select tahun from target
        union
        select tahun from realisasi
        union
        select tahun from kegiatan
    ),

    final as (
        select distinct tahun from tahun order by tahun
    )

select * from final;
