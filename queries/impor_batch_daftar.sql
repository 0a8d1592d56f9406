-- Riwayat impor, terbaru dahulu. Satu baris = satu batch.
with
    final as (
        select
            batch_id,
            waktu,
            pengguna,
            sumber,
            status,
            dibatalkan_pada,
            peringatan,
            (select string_agg(f ->> 'nama', ', ') from (select unnest(cast(berkas as json[])) as f)) as berkas,
            baris_baru,
            baris_diganti
        from impor_batch
        order by batch_id desc
    )

select * from final;
