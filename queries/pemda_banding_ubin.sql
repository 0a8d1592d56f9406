-- Gambaran wilayah: setiap indikator bersama × setiap pemda sekeluarga pada satu triwulan: realisasi, capaian dan
-- predikat (kosong bila pemda itu belum melapor). Satu baris = satu kelompok indikator × pemda.
with
    keluarga as (
        select
            kode_pemda,
            nama_pemda,
            tingkat,
            row_number() over (order by tingkat <> 'provinsi', kode_pemda) as urutan_pemda
        from keluarga_pemda($kode_pemda)
    ),

    kelompok as (
        select kelompok, any_value(nama_kelompok) as nama_kelompok, any_value(satuan) as satuan
        from perbandingan_pemda
        where kode_pemda in (select kode_pemda from keluarga)
        group by kelompok
        having count(distinct kode_pemda) >= 2
    ),

    -- only the pemda that have the indicator at all get a tile; the others stay blank, not "belum lapor"
    punya as (
        select distinct kelompok, kode_pemda
        from perbandingan_pemda
        where kode_pemda in (select kode_pemda from keluarga)
    ),

    triwulan_ini as (
        select *
        from perbandingan_pemda
        where tahun = $tahun and triwulan = $triwulan and kode_pemda in (select kode_pemda from keluarga)
    ),

    final as (
        select
            k.kelompok,
            k.nama_kelompok,
            k.satuan,
            kl.kode_pemda,
            kl.nama_pemda,
            kl.tingkat,
            kl.urutan_pemda,
            kl.kode_pemda = $kode_pemda as terpilih,
            t.kode_indikator,
            t.realisasi_sd,
            t.target_sd,
            t.target_min_sd,
            t.target_max_sd,
            t.capaian_persen,
            t.predikat,
            t.urutan_predikat,
            t.warna_predikat,
            t.peringkat_capaian,
            t.jumlah_pemda_lapor
        from kelompok as k
        cross join keluarga as kl
        inner join punya as p on p.kelompok = k.kelompok and p.kode_pemda = kl.kode_pemda
        left join triwulan_ini as t on t.kelompok = k.kelompok and t.kode_pemda = kl.kode_pemda
        order by k.nama_kelompok, kl.urutan_pemda
    )

select * from final;
