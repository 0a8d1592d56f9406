-- Keadaan satu triwulan pelaporan pada $hari_ini: batas lapor, dibuka kembali s.d., terkunci (kosong bila
-- triwulan itu tidak dilaporkan lewat aplikasi).
select *
from keadaan_periode_lapor(cast($hari_ini as date))
where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan;
