-- Target serapan anggaran per triwulan (rentang % pagu pada akhir triwulan), dari tabel target_serapan.
-- Satu baris = triwulan.
with
    final as (
        select triwulan, triwulan * 3 as bulan, batas_bawah, batas_atas, keterangan
        from target_serapan
        order by triwulan
    )

select * from final;
