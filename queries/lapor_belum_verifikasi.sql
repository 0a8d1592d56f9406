-- Nilai realisasi IKU satu triwulan yang dilaporkan lewat aplikasi tetapi belum diverifikasi (draf, diajukan,
-- dikembalikan, atau diimpor tanpa keadaan): halaman pimpinan menyebut jumlahnya, karena angka halaman memuatnya.
select
    count(*) as jumlah_belum_verifikasi,
    count(*) filter (where s.status = 'diajukan') as jumlah_diajukan
from realisasi as r
inner join indikator as i on i.kode_pemda = r.kode_pemda and i.kode_indikator = r.kode_indikator
inner join periode_lapor as p on p.kode_pemda = r.kode_pemda and p.tahun = r.tahun and p.periode = r.periode
left join status_lapor as s
    on s.kode_pemda = r.kode_pemda
    and s.kode_indikator = r.kode_indikator
    and s.tahun = r.tahun
    and s.periode = r.periode
where r.kode_pemda = $kode_pemda and r.tahun = $tahun and r.periode = $periode
    and i.jenis in ('IKU_PEMDA', 'IKU_PD')
    and s.status is distinct from 'diverifikasi';
