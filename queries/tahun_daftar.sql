-- Tahun yang punya data (target, realisasi atau kegiatan), terbaru terakhir: view tersimpan tahun_komitmen.
-- Satu baris = satu tahun.
with
    final as (
        select distinct tahun from tahun_komitmen order by tahun
    )

select * from final;
