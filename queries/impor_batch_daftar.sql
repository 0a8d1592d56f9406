-- Riwayat impor, terbaru dahulu. Satu baris = satu batch. $kode_pemda: batch yang menulis pemda itu
-- ('*' = semua batch, untuk administrator seluruh basis data).
with
    final as (
        select
            batch_id,
            waktu,
            pengguna,
            sumber,
            status,
            dibatalkan_pada,
            array_to_string(coalesce(kode_pemda, []), ', ') as pemda,
            peringatan,
            (select string_agg(f ->> 'nama', ', ') from (select unnest(cast(berkas as json[])) as f)) as berkas,
            baris_baru,
            baris_diganti
        from impor_batch
        where $kode_pemda = '*' or list_contains(kode_pemda, $kode_pemda)
        order by batch_id desc
    )

select * from final;
