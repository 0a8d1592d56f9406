-- IKU yang dilaporkan satu OPD ($kode_pd; '' = semua OPD) pada satu triwulan (halaman Laporan Triwulan): target,
-- realisasi triwulan lalu, nilai yang dilaporkan dengan penjelasannya, capaian dan predikat dari capaian_triwulan
-- (aturan yang sama dengan halaman lain), keadaan laporan, catatan verifikator, dan batch baris realisasi dan
-- status_lapor (versi yang dibaca halaman, agar simpanan orang lain tidak tertimpa).
select
    c.kode_pd,
    c.nama_pd,
    c.kode_indikator,
    c.nama_indikator,
    c.satuan,
    c.polaritas,
    c.agregasi,
    c.target_triwulan,
    c.target_min_triwulan,
    c.target_max_triwulan,
    c.target_tahunan,
    lalu.realisasi_triwulan as realisasi_tw_lalu,
    c.realisasi_triwulan,
    c.capaian_persen,
    c.predikat,
    c.warna_predikat,
    c.status as status_capaian,
    c.capaian_rendah,
    c.proyeksi_kurang,
    c.capaian_perlu_diperiksa,
    c.faktor_pendorong,
    c.faktor_penghambat,
    c.tindak_lanjut,
    c.sumber_data,
    coalesce(s.status, case when c.sudah_lapor then 'tanpa status' else 'belum diisi' end) as status_lapor,
    s.catatan_verifikasi,
    r.batch_id as versi_realisasi,
    s.batch_id as versi_status,
    b.pengguna as diubah_oleh,
    b.waktu as diubah_pada
from capaian_triwulan_nilai(true) as c
left join capaian_triwulan_nilai(true) as lalu
    on lalu.kode_pemda = c.kode_pemda
    and lalu.kode_indikator = c.kode_indikator
    and (
        (c.triwulan > 1 and lalu.tahun = c.tahun and lalu.triwulan = c.triwulan - 1)
        or (c.triwulan = 1 and lalu.tahun = c.tahun - 1 and lalu.triwulan = 4)
    )
left join status_lapor as s
    on s.kode_pemda = c.kode_pemda
    and s.kode_indikator = c.kode_indikator
    and s.tahun = c.tahun
    and s.periode = c.periode
left join realisasi as r
    on r.kode_pemda = c.kode_pemda
    and r.kode_indikator = c.kode_indikator
    and r.tahun = c.tahun
    and r.periode = c.periode
left join impor_batch as b on b.batch_id = greatest(r.batch_id, s.batch_id)
where
    c.kode_pemda = $kode_pemda
    and c.tahun = $tahun
    and c.triwulan = $triwulan
    and ($kode_pd = '' or c.kode_pd = $kode_pd)
    and c.jenis in ('IKU_PEMDA', 'IKU_PD')
    and (c.wajib_lapor or c.sudah_lapor)
order by c.nama_pd, c.kode_indikator;
