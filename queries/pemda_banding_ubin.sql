-- Gambaran wilayah: setiap indikator bersama × setiap pemda sekeluarga pada satu triwulan: realisasi, capaian dan
-- predikat (kosong bila pemda itu belum melapor). Satu baris = satu kelompok indikator × pemda.
-- $ubin_batas > 0: hanya kelompok ke-($ubin_mulai + 1) s.d. ke-($ubin_mulai + $ubin_batas) menurut nama (halaman
-- menampilkan ubin sebagian demi sebagian bila kelompoknya banyak); 0 = semua.
with
    keluarga as (
        select
            kode_pemda,
            nama_pemda,
            tingkat,
            row_number() over (order by tingkat <> 'provinsi', kode_pemda) as urutan_pemda
        from keluarga_pemda($kode_pemda)
    ),

    -- one read of the family's rows: which pemda have which indicator group (only they get a tile; the others
    -- stay blank, not "belum lapor")
    punya as (
        select kelompok, kode_pemda, any_value(nama_kelompok) as nama_kelompok, any_value(satuan) as satuan
        from perbandingan_pemda
        where kode_pemda in (select kode_pemda from keluarga)
        group by kelompok, kode_pemda
    ),

    semua_kelompok as (
        select kelompok, any_value(nama_kelompok) as nama_kelompok, any_value(satuan) as satuan
        from punya
        group by kelompok
        having count(*) >= 2
    ),

    kelompok as (
        select *
        from semua_kelompok
        qualify $ubin_batas = 0
            or row_number() over (order by nama_kelompok, kelompok) between $ubin_mulai + 1 and $ubin_mulai + $ubin_batas
    ),

    triwulan_ini as (
        select *
        from perbandingan_pemda
        where tahun = $tahun and triwulan = $triwulan and kode_pemda in (select kode_pemda from keluarga)
            and kelompok in (select kelompok from kelompok)
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
        order by k.nama_kelompok, k.kelompok, kl.urutan_pemda
    )

select * from final;
