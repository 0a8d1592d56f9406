-- Jumlah OPD sebuah pemda per predikat SAKIP pada tahun evaluasi terakhir s.d. tahun terpilih (setiap predikat
-- skala tampil, juga yang nol). Satu baris = satu predikat, AA dahulu.
with
    tahun_evaluasi as (
        select max(tahun) as tahun
        from sakip_predikat
        where kode_pemda = $kode_pemda and tingkat = 'opd' and tahun <= $tahun
    ),

    opd as (
        select predikat
        from sakip_predikat
        where kode_pemda = $kode_pemda and tingkat = 'opd' and tahun = (select tahun from tahun_evaluasi)
    ),

    final as (
        select
            s.urutan,
            s.predikat,
            s.sebutan,
            s.warna,
            count(o.predikat) as jumlah
        from skala_sakip as s
        left join opd as o using (predikat)
        group by s.urutan, s.predikat, s.sebutan, s.warna
        order by s.urutan
    )

select * from final;
