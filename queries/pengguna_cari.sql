-- Baris tabel pengguna untuk satu email (tanpa membedakan huruf besar/kecil): peran dan lingkup akun yang
-- klaim penyedia identitasnya tidak memberi peran.
select kode_pemda, email, peran, kode_pd, nama
from pengguna
where lower(trim(email)) = $email
order by kode_pemda;
