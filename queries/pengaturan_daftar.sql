-- Pengaturan bernilai tunggal (berlaku untuk semua pemda di basis data), untuk halaman Data.
select kunci, nilai, keterangan
from pengaturan
order by kunci;
