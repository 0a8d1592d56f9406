-- Pemda yang dapat dipilih: provinsi dahulu, lalu kabupaten/kota menurut kode.
-- Satu baris = satu pemda.
with
    final as (
        select
            kode_pemda,
            nama_pemda,
            tingkat,
            kode_induk
        from pemda
        order by case tingkat when 'provinsi' then 0 else 1 end, kode_pemda
    )

select * from final;
