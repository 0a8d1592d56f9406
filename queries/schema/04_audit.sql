-- Jejak audit: siapa, kapan, apa. Satu baris per tindakan yang mengubah basis data (impor, pembatalan,
-- tindak lanjut yang disimpan dari halaman, perubahan pengaturan), ditulis dalam transaksi yang sama dengan
-- tindakannya: tindakan yang gagal tidak meninggalkan jejak, tindakan yang berhasil selalu meninggalkannya.
-- kode_pemda: pemda yang datanya disentuh (kosong = pengaturan yang berlaku untuk semua pemda).
create table if not exists jejak_audit (
    audit_id integer not null,
    waktu timestamp not null,
    pengguna varchar not null,
    peran varchar,
    kode_pemda varchar[],
    aksi varchar not null,
    rincian json,
    batch_id integer
);
