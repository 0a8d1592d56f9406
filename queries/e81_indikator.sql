-- Isi tabel E.81 "Evaluasi terhadap Hasil Renja Perangkat Daerah" (Permendagri 86/2017) untuk IKU sebuah pemda pada
-- satu triwulan, satu OPD atau semua (filter jenis/OPD): kolom 1–18 dari macro e81_baris (30_capaian_triwulan.sql,
-- CONTRACT.md v2 "the E.81 form"), ditambah kolom 4 (program yang mendukung IKU). Satu baris = satu IKU yang punya
-- target atau realisasi tahun itu, per OPD menurut kode.
with
    -- Program yang mendukung IKU (kolom 4): setiap baris kegiatan tahun itu yang menyebut IKU, dibawa ke
    -- programnya (tiga segmen pertama kode), di dalam pemda baris kegiatan itu.
    dukungan as (
        select distinct
            k.kode_pemda,
            k.kode_pd,
            trim(unnest(string_split(k.kode_indikator, ';'))) as kode_indikator,
            array_to_string(list_slice(string_split(k.kode_kegiatan, '.'), 1, 3), '.') as kode_program
        from kegiatan as k
        where k.kode_pemda = $kode_pemda and k.tahun = $tahun and k.kode_indikator is not null
    ),

    program as (
        select
            d.kode_pemda,
            d.kode_indikator,
            string_agg(d.kode_program || ' ' || coalesce(p.nama, ''), '; ' order by d.kode_program) as program
        from dukungan as d
        left join kegiatan as p
            on p.kode_pemda = d.kode_pemda and p.tahun = $tahun and p.kode_kegiatan = d.kode_program
        group by d.kode_pemda, d.kode_indikator
    ),

    final as (
        select
            e.*,
            pr.program
        from e81_baris($kode_pemda, $tahun, $triwulan, $jenis, $kode_pd) as e
        left join program as pr using (kode_pemda, kode_indikator)
        order by e.kode_pemda, e.kode_pd, e.nomor
    )

select * from final;
