-- Pengaturan yang dapat diubah pengguna (bukan konstanta di kode).

-- Skala predikat capaian Permendagri 86/2017: capaian > batas_bawah → predikat.
-- Kelas terbawah memakai batas_bawah NULL (semua nilai lainnya). warna: palet status, satu-satunya.
create table if not exists skala_predikat (
    urutan integer not null,
    predikat varchar not null,
    batas_bawah double,
    warna varchar not null
);

insert into skala_predikat
select *
from (
    values
        (1, 'Sangat Tinggi', 90.0, '#1a7f37'),
        (2, 'Tinggi', 75.0, '#6cc04a'),
        (3, 'Sedang', 65.0, '#f2c12e'),
        (4, 'Rendah', 50.0, '#f08a24'),
        (5, 'Sangat Rendah', null, '#d1242f')
) as v (urutan, predikat, batas_bawah, warna)
where not exists (select 1 from skala_predikat);

-- Pengaturan bernilai tunggal (ambang batas dsb.), dibaca halaman lewat query.
create table if not exists pengaturan (
    kunci varchar not null,
    nilai double not null,
    keterangan varchar
);

insert into pengaturan
select *
from (
    values
        ('ambang_capaian_tinggi', 150.0, 'Capaian di atas nilai ini ditandai sebagai kemungkinan salah data (%)')
) as v (kunci, nilai, keterangan)
where not exists (select 1 from pengaturan);
