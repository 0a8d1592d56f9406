-- Nilai realisasi IKU satu triwulan yang dilaporkan lewat aplikasi tetapi belum diverifikasi (draf, diajukan,
-- dikembalikan; view realisasi_belum_verifikasi): halaman pimpinan menyebut jumlahnya
-- dan menawarkan sakelar untuk menyertakannya (bawaannya tidak disertakan).
select
    count(*) as jumlah_belum_verifikasi,
    count(*) filter (where status = 'diajukan') as jumlah_diajukan
from realisasi_belum_verifikasi
where kode_pemda = $kode_pemda and tahun = $tahun and periode = $periode;
