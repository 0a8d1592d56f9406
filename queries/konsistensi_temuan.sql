-- Pemeriksaan konsistensi isi basis data: kode yang dirujuk tetapi tidak ada, IKU tanpa target,
-- target triwulan tidak lengkap, sub kegiatan tanpa rencana kas. Satu baris = satu temuan, dengan pemda barisnya.
-- Dihitung oleh view konsistensi_temuan (queries/schema/80_konsistensi.sql), tersimpan pada setiap penulisan.
-- Paling banyak $batas baris (0 = semua): halaman Data menampilkan sebagian dan mengunduh semuanya.
select *
from konsistensi_temuan
order by tingkat, pemeriksaan, tabel, kode_pemda, kode, tahun
limit (case when $batas > 0 then $batas end);
