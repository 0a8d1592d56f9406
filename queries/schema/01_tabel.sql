-- Tabel kontrak impor (CONTRACT.md, versi 2): satu tabel per tabel kontrak, nama kolom sama.
-- Versi 2: setiap tabel kecuali pemda memuat kode_pemda, dan kode_pemda adalah bagian pertama setiap
-- kunci; setiap rujukan (kode_pd, kode_indikator, kode_kegiatan, ...) dicari di dalam pemda baris itu.
-- Kolom tambahan milik produk: batch_id (impor yang terakhir menulis baris itu).
-- Kunci dijaga oleh importer (bukan PRIMARY KEY), agar impor massal tetap cepat.
-- Basis data versi lama dinaikkan oleh migrasi bernomor (pantau/migrasi.py), bukan di sini.

create table if not exists pemda (
    kode_pemda varchar not null,
    nama_pemda varchar not null,
    tingkat varchar not null,
    kode_induk varchar,
    batch_id integer
);

create table if not exists perangkat_daerah (
    kode_pemda varchar not null,
    kode_pd varchar not null,
    nama_pd varchar not null,
    singkatan varchar,
    nama_kepala varchar,
    batch_id integer
);

-- Perjanjian Kinerja (v2): satu baris per OPD per tahun. Kolom tanggal_pk versi 1 di perangkat_daerah
-- diterima importer dan menjadi baris tahun tanggal itu.
create table if not exists perjanjian_kinerja (
    kode_pemda varchar not null,
    kode_pd varchar not null,
    tahun integer not null,
    tanggal_tanda_tangan date,
    nama_penanda_tangan varchar,
    catatan varchar,
    batch_id integer
);

create table if not exists sasaran (
    kode_pemda varchar not null,
    kode_sasaran varchar not null,
    uraian varchar not null,
    kode_pd varchar,
    kode_induk varchar,
    misi varchar,
    batch_id integer
);

create table if not exists indikator (
    kode_pemda varchar not null,
    kode_indikator varchar not null,
    nama_indikator varchar not null,
    satuan varchar not null,
    kode_pd varchar not null,
    jenis varchar not null,
    polaritas varchar not null,
    agregasi varchar not null,
    frekuensi varchar,
    kode_sasaran varchar,
    rumus varchar,
    target_akhir_periode double,
    definisi varchar,
    kode_referensi varchar,
    batch_id integer
);

create table if not exists target (
    kode_pemda varchar not null,
    kode_indikator varchar not null,
    tahun integer not null,
    periode varchar not null,
    target double,
    target_min double,
    target_max double,
    batch_id integer
);

create table if not exists realisasi (
    kode_pemda varchar not null,
    kode_indikator varchar not null,
    tahun integer not null,
    periode varchar not null,
    realisasi double not null,
    faktor_pendorong varchar,
    faktor_penghambat varchar,
    tindak_lanjut varchar,
    sumber_data varchar,
    batch_id integer
);

create table if not exists kegiatan (
    kode_pemda varchar not null,
    tahun integer not null,
    kode_pd varchar not null,
    kode_kegiatan varchar not null,
    nama varchar not null,
    pagu double,
    kode_indikator varchar,
    prioritas boolean,
    game_changer boolean,
    kontribusi varchar,
    batch_id integer
);

create table if not exists janji_kampanye (
    kode_pemda varchar not null,
    kode_janji varchar not null,
    uraian varchar not null,
    misi varchar,
    tahun_mulai integer,
    tahun_selesai integer,
    batch_id integer
);

create table if not exists tag_janji (
    kode_pemda varchar not null,
    tahun integer not null,
    kode_kegiatan varchar not null,
    kode_janji varchar not null,
    bentuk_dukungan varchar,
    output varchar,
    batch_id integer
);

create table if not exists jadwal (
    kode_pemda varchar not null,
    tahun integer not null,
    kode_kegiatan varchar not null,
    tahap varchar not null,
    bulan_mulai integer not null,
    bulan_selesai integer not null,
    batch_id integer
);

create table if not exists rencana_kas (
    kode_pemda varchar not null,
    tahun integer not null,
    kode_kegiatan varchar not null,
    bulan integer not null,
    nilai double not null,
    batch_id integer
);

-- realisasi (bulan itu) dan realisasi_kumulatif (s.d. bulan itu): importer mengisi keduanya
-- dari yang diberikan, sehingga query tidak perlu menebak bentuk input.
create table if not exists realisasi_anggaran (
    kode_pemda varchar not null,
    tahun integer not null,
    kode_kegiatan varchar not null,
    bulan integer not null,
    realisasi double,
    realisasi_kumulatif double,
    fisik_persen double,
    batch_id integer
);

-- Tabel produk: anggaran tingkat OPD per kelompok belanja (belanja/operasi/modal/tidak_terduga/transfer) dan bulan,
-- dari LRA dan anggaran kas OPD tanpa rincian sub kegiatan. realisasi_kumulatif = REALISASI BPKAD (disetujui BPKAD);
-- serapan_opd_kumulatif = SERAPAN OPD (sudah dilakukan OPD, belum dilaporkan): dua hal yang berbeda.
create table if not exists anggaran_opd (
    kode_pemda varchar not null,
    tahun integer not null,
    kode_pd varchar not null,
    kelompok varchar not null,
    bulan integer not null,
    pagu double,
    rencana_kas double,
    realisasi double,
    realisasi_kumulatif double,
    serapan_opd_kumulatif double,
    batch_id integer
);

create table if not exists program_unggulan (
    kode_pemda varchar not null,
    kode_unggulan varchar not null,
    nama varchar not null,
    kode_pd varchar not null,
    kode_indikator varchar,
    kode_kegiatan varchar,
    status varchar,
    tanggal_status date,
    tahun_mulai integer,
    tahun_selesai integer,
    catatan varchar,
    batch_id integer
);

create table if not exists tonggak (
    kode_pemda varchar not null,
    kode_unggulan varchar not null,
    tonggak varchar not null,
    bulan_rencana varchar not null,
    tanggal_selesai date,
    batch_id integer
);

create table if not exists kerja_sama (
    kode_pemda varchar not null,
    nomor varchar not null,
    judul varchar not null,
    mitra varchar not null,
    kode_pd varchar not null,
    tanggal_mulai date,
    tanggal_berakhir date,
    masuk_perencanaan boolean,
    masuk_anggaran boolean,
    kode_kegiatan varchar,
    kategori varchar,
    jenis_naskah varchar,
    nomor_mitra varchar,
    persetujuan_dprd boolean,
    batch_id integer
);

create table if not exists evaluasi_sakip (
    kode_pemda varchar not null,
    tahun integer not null,
    kode_pd varchar,
    nilai double not null,
    target_predikat varchar,
    nilai_perencanaan double,
    nilai_pengukuran double,
    nilai_pelaporan double,
    nilai_evaluasi double,
    batch_id integer
);

create table if not exists tindak_lanjut (
    kode_pemda varchar not null,
    kode_tindak_lanjut varchar not null,
    uraian varchar not null,
    kode_pd varchar not null,
    batas_waktu date,
    status varchar,
    rapat varchar,
    tanggal_rapat date,
    kode_indikator varchar,
    kode_unggulan varchar,
    kode_kegiatan varchar,
    penanggung_jawab varchar,
    hasil varchar,
    tanggal_selesai date,
    batch_id integer
);

-- Tabel produk (bukan CONTRACT.md): akun → peran dan lingkup, bila klaim penyedia identitas tidak memberi peran.
create table if not exists pengguna (
    kode_pemda varchar not null,
    email varchar not null,
    peran varchar not null,
    kode_pd varchar,
    nama varchar,
    batch_id integer
);

-- Tabel produk (issue 19): triwulan yang dilaporkan OPD lewat aplikasi, dengan batas lapor dan pembukaan kembali.
create table if not exists periode_lapor (
    kode_pemda varchar not null,
    tahun integer not null,
    periode varchar not null,
    batas_lapor date,
    dibuka_sampai date,
    catatan varchar,
    batch_id integer
);

-- Tabel produk (issue 19): keadaan laporan satu IKU satu triwulan (draf, diajukan, diverifikasi, dikembalikan).
create table if not exists status_lapor (
    kode_pemda varchar not null,
    kode_indikator varchar not null,
    tahun integer not null,
    periode varchar not null,
    status varchar not null,
    catatan_verifikasi varchar,
    batch_id integer
);
