-- Siapa terlambat melapor pada $hari_ini (`python -m pantau pengingat`): setiap OPD yang lewat batas lapor sebuah
-- triwulan yang dilaporkan lewat aplikasi dan belum mengajukan semua IKU wajibnya; terlama lebih dulu.
select
    s.kode_pemda,
    p.nama_pemda,
    s.tahun,
    s.triwulan,
    s.periode,
    s.kode_pd,
    s.nama_pd,
    s.jumlah_wajib,
    s.jumlah_masuk,
    s.jumlah_dikembalikan,
    s.batas_lapor,
    s.hari_terlambat,
    s.keadaan,
    s.email_operator
from status_lapor_opd(cast($hari_ini as date)) as s
left join pemda as p on p.kode_pemda = s.kode_pemda
where s.kode_pemda = $kode_pemda and s.hari_terlambat is not null
order by s.hari_terlambat desc, s.kode_pemda, s.tahun, s.triwulan, s.nama_pd;
