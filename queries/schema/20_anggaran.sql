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

-- Anggaran tingkat OPD (tabel anggaran_opd, dari LRA / anggaran kas OPD tanpa sub kegiatan), bulanan dan kumulatif
-- sekaligus seperti realisasi_anggaran_bulanan. Bila sebuah OPD melaporkan kelompok 5.1–5.4 pada suatu bulan,
-- baris "belanja" (5, jumlahnya) bulan itu tidak dipakai: tidak pernah keduanya.
-- @view anggaran_opd_bulanan: Satu baris per OPD × tahun × kelompok belanja × bulan yang dilaporkan di tabel anggaran_opd: pagu kelompok (angka terakhir yang dilaporkan), rencana kas, realisasi bulanan dan kumulatif (REALISASI BPKAD) dan serapan OPD yang belum dilaporkan (SERAPAN OPD), terpisah. Contoh: LRA Juni dengan realisasi BPKAD kumulatif Rp300 jt dan Maret Rp100 jt: realisasi Juni Rp200 jt.
-- @kolom kode_pemda: Pemda
-- @kolom tahun: Tahun anggaran
-- @kolom kode_pd: OPD
-- @kolom kelompok: belanja (5, seluruhnya) / operasi (5.1) / modal (5.2) / tidak_terduga (5.3) / transfer (5.4)
-- @kolom bulan: Bulan 1..12
-- @kolom pagu: Pagu kelompok setahun: angka terakhir yang dilaporkan tahun itu (rupiah)
-- @kolom rencana_kas: Rencana kas bulan itu (rupiah)
-- @kolom realisasi: Realisasi bulan itu, yang disetujui BPKAD (diturunkan dari kumulatif bila diimpor kumulatif)
-- @kolom realisasi_kumulatif: Realisasi s.d. bulan itu, yang disetujui BPKAD (REALISASI BPKAD)
-- @kolom serapan_opd_kumulatif: Serapan s.d. bulan itu yang sudah dilakukan OPD tetapi belum dilaporkan ke BPKAD (SERAPAN OPD)
-- @kolom bentuk_input: bulanan / kumulatif: bentuk realisasi yang diimpor
create or replace view anggaran_opd_bulanan as
with
    pilih as (
        select
            *,
            bool_or(kelompok <> 'belanja') over (partition by kode_pemda, tahun, kode_pd, bulan) as ada_rincian
        from anggaran_opd
    ),

    bentuk as (
        select
            *,
            bool_or(realisasi_kumulatif is not null) over (partition by kode_pemda, tahun, kode_pd, kelompok)
                as input_kumulatif,
            arg_max(pagu, bulan) filter (where pagu is not null) over (partition by kode_pemda, tahun, kode_pd, kelompok)
                as pagu_terakhir
        from pilih
        where kelompok <> 'belanja' or not ada_rincian
    ),

    final as (
        select
            kode_pemda,
            tahun,
            kode_pd,
            kelompok,
            bulan,
            pagu_terakhir as pagu,
            rencana_kas,
            case
                when input_kumulatif then realisasi_kumulatif
                    - coalesce(last_value(realisasi_kumulatif ignore nulls) over (w rows between unbounded preceding and 1 preceding), 0)
                else realisasi
            end as realisasi,
            case
                when not input_kumulatif and realisasi is not null
                    then sum(realisasi) over (w rows between unbounded preceding and current row)
                else realisasi_kumulatif
            end as realisasi_kumulatif,
            serapan_opd_kumulatif,
            case when input_kumulatif then 'kumulatif' else 'bulanan' end as bentuk_input
        from bentuk
        window w as (partition by kode_pemda, tahun, kode_pd, kelompok order by bulan)
    )

select * from final;
