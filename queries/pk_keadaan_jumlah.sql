-- Jumlah OPD sebuah pemda per keadaan Perjanjian Kinerja tahun itu, per tanggal $hari_ini (keadaan tanpa OPD
-- tidak tampil). Satu baris = satu keadaan, yang paling mendesak dahulu.
with
    final as (
        select
            keadaan,
            any_value(label_keadaan) as label_keadaan,
            any_value(urutan_keadaan) as urutan_keadaan,
            any_value(warna_keadaan) as warna_keadaan,
            count(*) as jumlah
        from pk_status_per(cast($hari_ini as date))
        where kode_pemda = $kode_pemda and tahun = $tahun
        group by keadaan
        order by urutan_keadaan
    )

select * from final;
