-- Realisasi anggaran dalam dua bentuk sekaligus: bulanan dan kumulatif (s.d. bulan itu), apa pun bentuk
-- yang diimpor. Importer menjamin satu bentuk per sub kegiatan dan tahun; bila ada bulan yang tidak
-- dilaporkan pada bentuk kumulatif, selisihnya jatuh ke bulan berikut yang dilaporkan. Sub kegiatan = kode_pemda,
-- tahun, kode_kegiatan: kode yang sama di pemda lain adalah sub kegiatan lain.
-- @view realisasi_anggaran_bulanan: Satu baris per sub kegiatan × tahun × bulan yang dilaporkan: realisasi bulanan dan kumulatif sekaligus, apa pun bentuk yang diimpor.
-- @kolom kode_pemda: Pemda pemilik sub kegiatan
-- @kolom tahun: Tahun anggaran
-- @kolom kode_kegiatan: Sub kegiatan
-- @kolom bulan: Bulan 1..12
-- @kolom realisasi: Realisasi bulan itu (diturunkan dari kumulatif bila diimpor kumulatif)
-- @kolom realisasi_kumulatif: Realisasi s.d. bulan itu (dijumlah dari bulanan bila diimpor bulanan)
-- @kolom fisik_persen: Realisasi fisik kumulatif (%)
-- @kolom bentuk_input: bulanan / kumulatif: bentuk yang diimpor
create or replace view realisasi_anggaran_bulanan as
with
    bentuk as (
        select
            *,
            bool_or(realisasi_kumulatif is not null) over (partition by kode_pemda, tahun, kode_kegiatan)
                as input_kumulatif
        from realisasi_anggaran
    ),

    final as (
        select
            kode_pemda,
            tahun,
            kode_kegiatan,
            bulan,
            case
                when input_kumulatif then realisasi_kumulatif - coalesce(lag(realisasi_kumulatif) over w, 0)
                else realisasi
            end as realisasi,
            case
                when input_kumulatif then realisasi_kumulatif
                else sum(realisasi) over (w rows between unbounded preceding and current row)
            end as realisasi_kumulatif,
            fisik_persen,
            case when input_kumulatif then 'kumulatif' else 'bulanan' end as bentuk_input
        from bentuk
        window w as (partition by kode_pemda, tahun, kode_kegiatan order by bulan)
    )

select * from final;
