-- Akun di tabel pengguna sebuah pemda (peran dan OPD bila klaim penyedia identitas tidak memberi peran).
-- Satu baris = satu akun; '*' = semua pemda (administrator seluruh basis data).
with
    akun as (
        select kode_pemda, email, peran, kode_pd, nama, batch_id
        from pengguna
        where kode_pemda = $kode_pemda
    ),

    opd as (
        select kode_pemda, kode_pd, nama_pd
        from perangkat_daerah
    ),

    final as (
        select a.kode_pemda, a.email, a.peran, a.kode_pd, o.nama_pd, a.nama, a.batch_id
        from akun as a
        left join opd as o on o.kode_pemda = a.kode_pemda and o.kode_pd = a.kode_pd
        order by a.kode_pemda, a.email
    )

select * from final;
