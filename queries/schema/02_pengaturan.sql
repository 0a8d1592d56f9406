-- Pengaturan yang dapat diubah pengguna (bukan konstanta di kode).

-- Skala predikat capaian Permendagri 86/2017: capaian > batas_bawah → predikat.
-- Kelas terbawah memakai batas_bawah NULL (semua nilai lainnya). warna: palet status, satu-satunya.
-- kategori: baik / sedang / perhatian — yang dihitung halaman sebagai "baik" dan "perlu perhatian".
create table if not exists skala_predikat (
    urutan integer not null,
    predikat varchar not null,
    batas_bawah double,
    warna varchar not null,
    kategori varchar not null
);

insert into skala_predikat
select *
from (
    values
        (1, 'Sangat Tinggi', 90.0, '#1a7f37', 'baik'),
        (2, 'Tinggi', 75.0, '#6cc04a', 'baik'),
        (3, 'Sedang', 65.0, '#f2c12e', 'sedang'),
        (4, 'Rendah', 50.0, '#f08a24', 'perhatian'),
        (5, 'Sangat Rendah', null, '#d1242f', 'perhatian')
) as v (urutan, predikat, batas_bawah, warna, kategori)
where not exists (select 1 from skala_predikat);

-- Pengaturan bernilai tunggal (ambang batas dsb.), dibaca halaman lewat query.
create table if not exists pengaturan (
    kunci varchar not null,
    nilai double not null,
    keterangan varchar
);

-- Setiap kunci diisi nilai bawaan hanya bila belum ada, sehingga nilai yang diubah pengguna tetap.
insert into pengaturan
select *
from (
    values
        ('ambang_capaian_tinggi', 150.0, 'Capaian di atas nilai ini ditandai sebagai kemungkinan salah data (%)'),
        ('batas_capaian_rata_rata', 120.0,
         'Untuk rata-rata, capaian tiap indikator dibatasi 0 s.d. nilai ini (%), agar satu capaian sangat tinggi '
         'tidak menutupi indikator yang tertinggal')
) as v (kunci, nilai, keterangan)
where not exists (select 1 from pengaturan as p where p.kunci = v.kunci);
