-- Hasil evaluasi SAKIP setiap OPD sebuah pemda pada tahun evaluasi terakhir s.d. tahun terpilih: nilai, komponen,
-- predikat, target, dan perubahan dari tahun sebelumnya; yang di bawah target lebih dulu. Satu baris = satu OPD.
with
    tahun_evaluasi as (
        select max(tahun) as tahun
        from sakip_predikat
        where kode_pemda = $kode_pemda and tingkat = 'opd' and tahun <= $tahun
    ),

    final as (
        select
            tahun,
            kode_pd,
            nama,
            singkatan,
            nilai,
            nilai_perencanaan,
            nilai_pengukuran,
            nilai_pelaporan,
            nilai_evaluasi,
            komponen_sesuai,
            predikat,
            sebutan,
            urutan_predikat,
            warna,
            target_predikat,
            memenuhi_target,
            kurang_dari_target,
            nilai_tahun_lalu,
            predikat_tahun_lalu,
            perubahan_nilai,
            perubahan_tingkat,
            tren
        from sakip_predikat
        where kode_pemda = $kode_pemda and tingkat = 'opd' and tahun = (select tahun from tahun_evaluasi)
        order by coalesce(memenuhi_target, true), tren = 'turun' desc, nilai, kode_pd
    )

select * from final;
