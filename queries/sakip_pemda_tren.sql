-- Nilai dan predikat SAKIP tingkat pemda setiap tahun evaluasi, untuk pemda terpilih dan pemda lain sekeluarga
-- (provinsi induk dan kabupaten/kotanya), dengan batas nilai target. Satu baris = satu pemda × tahun.
with
    keluarga as (
        select kode_pemda, tingkat
        from keluarga_pemda($kode_pemda)
    ),

    final as (
        select
            s.kode_pemda,
            s.nama_pemda,
            s.kode_pemda = $kode_pemda as terpilih,
            s.tahun,
            s.nilai,
            s.predikat,
            s.sebutan,
            s.warna,
            s.target_predikat,
            s.batas_nilai_target,
            s.memenuhi_target,
            s.perubahan_nilai,
            s.tren
        from sakip_predikat as s
        inner join keluarga as k using (kode_pemda)
        where s.tingkat = 'pemda'
        order by k.tingkat <> 'provinsi', s.kode_pemda, s.tahun
    )

select * from final;
