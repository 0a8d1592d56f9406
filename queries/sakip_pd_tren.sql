-- Predikat SAKIP setiap OPD sebuah pemda di setiap tahun evaluasi s.d. tahun terpilih, untuk peta ubin OPD × tahun.
-- Satu baris = satu OPD × tahun evaluasi.
with
    final as (
        select
            kode_pd,
            singkatan,
            nama,
            tahun,
            nilai,
            predikat,
            urutan_predikat,
            warna,
            target_predikat,
            memenuhi_target
        from sakip_predikat
        where kode_pemda = $kode_pemda and tingkat = 'opd' and tahun <= $tahun
        order by singkatan, tahun
    )

select * from final;
