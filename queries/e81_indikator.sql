-- Isi tabel E.81 "Evaluasi terhadap Hasil Renja Perangkat Daerah" (Permendagri 86/2017) untuk IKU sebuah pemda pada
-- satu triwulan, satu OPD atau semua (filter jenis/OPD). Satu baris = satu IKU, per OPD menurut kode.
with
    pilihan as (
        select *
        from capaian_triwulan
        where kode_pemda = $kode_pemda and tahun = $tahun
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and ($jenis = '' or jenis = $jenis)
            and ($kode_pd = '' or kode_pd = $kode_pd)
    ),

    -- Realisasi TW I–IV apa adanya (kolom 9–12), hanya s.d. triwulan yang dievaluasi.
    per_tw as (
        select
            kode_pemda,
            kode_indikator,
            max(realisasi_triwulan) filter (where triwulan = 1) as realisasi_tw1,
            max(realisasi_triwulan) filter (where triwulan = 2 and $triwulan >= 2) as realisasi_tw2,
            max(realisasi_triwulan) filter (where triwulan = 3 and $triwulan >= 3) as realisasi_tw3,
            max(realisasi_triwulan) filter (where triwulan = 4 and $triwulan >= 4) as realisasi_tw4
        from pilihan
        group by kode_pemda, kode_indikator
    ),

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
            c.kode_pemda,
            c.kode_pd,
            c.nama_pd,
            row_number() over (
                partition by c.kode_pemda, c.kode_pd order by c.jenis desc, c.kode_sasaran, c.kode_indikator
            ) as nomor,
            c.kode_sasaran,
            c.uraian_sasaran,
            c.kode_indikator,
            c.jenis,
            pr.program,
            c.nama_indikator,
            c.satuan,
            c.agregasi,
            c.target_akhir_periode,
            c.realisasi_tahun_lalu,
            c.target_tahunan,
            c.target_min_tahunan,
            c.target_max_tahunan,
            t.realisasi_tw1,
            t.realisasi_tw2,
            t.realisasi_tw3,
            t.realisasi_tw4,
            c.realisasi_sd,
            c.capaian_persen,
            -- Target akhir periode adalah nilai pada tahun terakhir periode (bukan jumlah lima tahun), jadi
            -- realisasi Renstra s.d. tahun berjalan adalah realisasi tahun ini s.d. triwulan (kolom 15 = kolom 13).
            c.realisasi_sd as realisasi_renstra,
            c.capaian_akhir_periode_persen,
            c.predikat,
            c.status,
            c.keterangan,
            c.sudah_lapor,
            c.diukur_tahunan
        from pilihan as c
        left join per_tw as t using (kode_pemda, kode_indikator)
        left join program as pr using (kode_pemda, kode_indikator)
        where c.triwulan = $triwulan
        order by c.kode_pemda, c.kode_pd, nomor
    )

select * from final;
