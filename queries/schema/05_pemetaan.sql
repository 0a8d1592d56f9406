-- Pemetaan kolom tersimpan (issue 17): tata letak berkas milik pengguna sendiri → kolom kontrak, dibuat sekali di
-- halaman Impor Data, dipakai lagi pada unggahan berikutnya dan oleh CLI (`python -m pantau impor … --pemetaan NAMA`).
-- Satu baris per kolom sumber; kunci v2: kode_pemda, nama, kolom_sumber.
create table if not exists pemetaan_kolom (
    kode_pemda varchar not null,
    nama varchar not null,
    kolom_sumber varchar not null,
    tabel varchar not null,
    kolom_kontrak varchar not null,
    disimpan timestamp not null,
    pengguna varchar
);
