-- Realisasi anggaran sub kegiatan satu OPD pada bulan-bulan satu triwulan (halaman Laporan Triwulan): pagu, nilai
-- bulan itu dan s.d. bulan itu seperti tersimpan (bentuk impor sub kegiatan itu: bulanan atau kumulatif), fisik.
-- Satu baris = sub kegiatan × bulan triwulan itu, dilaporkan atau belum.
with
    sub as (
        select kode_pemda, tahun, kode_kegiatan, nama, pagu
        from kegiatan
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd = $kode_pd
            and len(string_split(kode_kegiatan, '.')) = 6
    ),

    bulan as (
        select unnest(range(($triwulan - 1) * 3 + 1, $triwulan * 3 + 1)) as bulan
    ),

    bentuk as (
        select kode_pemda, tahun, kode_kegiatan, bool_or(realisasi_kumulatif is not null) as kumulatif
        from realisasi_anggaran
        where kode_pemda = $kode_pemda and tahun = $tahun
        group by all
    )

select
    s.kode_kegiatan,
    s.nama,
    s.pagu,
    b.bulan,
    r.realisasi,
    r.realisasi_kumulatif,
    r.fisik_persen,
    coalesce(f.kumulatif, false) as bentuk_kumulatif
from sub as s
cross join bulan as b
left join realisasi_anggaran as r
    on r.kode_pemda = s.kode_pemda and r.tahun = s.tahun and r.kode_kegiatan = s.kode_kegiatan and r.bulan = b.bulan
left join bentuk as f on f.kode_pemda = s.kode_pemda and f.tahun = s.tahun and f.kode_kegiatan = s.kode_kegiatan
order by s.kode_kegiatan, b.bulan;
