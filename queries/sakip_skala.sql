-- Skala predikat SAKIP yang berlaku (tabel skala_sakip), untuk pita warna dan keterangan.
-- Satu baris = satu predikat, AA dahulu.
with
    final as (
        select urutan, predikat, sebutan, warna, bawah, atas
        from skala_sakip_rentang
        order by urutan
    )

select * from final;
