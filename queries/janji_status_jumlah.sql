-- Berapa janji kampanye sebuah pemda per status pada tahun dan bulan acuan triwulan terpilih.
-- Satu baris = satu status (semua status skala, juga yang nol).
with
    janji as (
        select status
        from cakupan_janji
        where kode_pemda = $kode_pemda
            and tahun = $tahun and bulan = bulan_acuan_anggaran($kode_pemda, $tahun, $triwulan)
    ),

    final as (
        select
            s.status,
            s.label,
            s.warna,
            (select count(*) from janji as j where j.status = s.status) as jumlah
        from skala_status_program as s
        where s.jenis = 'janji'
        order by s.urutan
    )

select * from final;
