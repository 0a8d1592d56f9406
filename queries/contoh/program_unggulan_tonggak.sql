-- Program unggulan: status dilaporkan dan menurut tonggak
-- Setiap program unggulan (game changer) pemda yang masanya mencakup tahun terpilih: status dari OPD, status menurut
-- tonggaknya, dan tonggak yang lewat waktu.
-- Satu baris = satu program unggulan, yang statusnya berbeda dahulu.
-- @grafik batang x=kode_unggulan y=jumlah_lewat_waktu warna=status_tonggak
with
    final as (
        select
            kode_unggulan,
            nama,
            coalesce(singkatan, nama_pd) as opd,
            status_dilaporkan,
            status_tonggak,
            status_berbeda,
            jumlah_tonggak,
            jumlah_selesai,
            jumlah_lewat_waktu,
            tonggak_berikutnya
        from status_unggulan
        where kode_pemda = $kode_pemda and dalam_masa($tahun, tahun_mulai, tahun_selesai)
        order by status_berbeda desc, jumlah_lewat_waktu desc, kode_unggulan
    )

select * from final;
