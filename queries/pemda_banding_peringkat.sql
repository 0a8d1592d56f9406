-- Peringkat pemda sekeluarga pada satu indikator bersama ($kelompok) dan satu triwulan, menurut capaian; pemda
-- yang punya indikator itu tetapi belum melapor ikut tampil di akhir. Satu baris = satu pemda.
with
    keluarga as (
        select kode_pemda, nama_pemda, tingkat
        from keluarga_pemda($kode_pemda)
    ),

    punya as (
        select distinct kode_pemda, kode_indikator, nama_indikator, satuan, polaritas
        from perbandingan_pemda
        where kelompok = $kelompok and kode_pemda in (select kode_pemda from keluarga)
    ),

    triwulan_ini as (
        select *
        from perbandingan_pemda
        where kelompok = $kelompok and tahun = $tahun and triwulan = $triwulan
            and kode_pemda in (select kode_pemda from keluarga)
    ),

    final as (
        select
            kl.kode_pemda,
            kl.nama_pemda,
            kl.tingkat,
            kl.kode_pemda = $kode_pemda as terpilih,
            p.kode_indikator,
            p.nama_indikator,
            p.satuan,
            p.polaritas,
            t.periode,
            t.target_sd,
            t.target_min_sd,
            t.target_max_sd,
            t.realisasi_sd,
            t.capaian_persen,
            t.predikat,
            t.warna_predikat,
            t.peringkat_capaian,
            t.peringkat_realisasi,
            t.jumlah_pemda_lapor
        from keluarga as kl
        inner join punya as p using (kode_pemda)
        left join triwulan_ini as t on t.kode_pemda = p.kode_pemda and t.kode_indikator = p.kode_indikator
        order by t.peringkat_capaian nulls last, kl.kode_pemda
    )

select * from final;
