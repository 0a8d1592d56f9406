-- Laporan triwulan per OPD (halaman Laporan Triwulan, Ringkasan): IKU wajib, masuk, diverifikasi, dikembalikan,
-- batas lapor dan hari terlambat pada $hari_ini; hanya triwulan yang dilaporkan lewat aplikasi (periode_lapor).
-- Terlambat dan dikembalikan lebih dulu.
select *
from status_lapor_opd(cast($hari_ini as date))
where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
order by
    sudah_lapor,
    hari_terlambat desc nulls last,
    jumlah_dikembalikan desc,
    jumlah_masuk - jumlah_wajib,
    nama_pd;
