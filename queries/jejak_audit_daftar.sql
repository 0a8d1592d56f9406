-- Jejak audit, terbaru dahulu: siapa (pengguna, peran), kapan, apa (aksi, rincian), pemda yang disentuh.
-- $kode_pemda: tindakan atas pemda itu dan perubahan pengaturan (berlaku untuk semua pemda); '*' = semuanya.
with
    final as (
        select
            audit_id,
            waktu,
            pengguna,
            peran,
            aksi,
            array_to_string(coalesce(kode_pemda, []), ', ') as pemda,
            batch_id,
            cast(rincian as varchar) as rincian
        from jejak_audit
        where $kode_pemda = '*' or len(coalesce(kode_pemda, [])) = 0 or list_contains(kode_pemda, $kode_pemda)
        order by audit_id desc
    )

select * from final;
