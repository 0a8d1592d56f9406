-- Predikat capaian setiap pemda pada satu indikator bersama ($kelompok) dan satu triwulan, untuk peta wilayah: provinsi
-- induk pemda terpilih dan semua kabupaten/kotanya, atau semua pemda ($kode_pemda = '*'). Satu baris = satu pemda.
-- Baris perbandingan_pemda dibaca hanya untuk pemda wilayah itu (tabelnya tersimpan urut per pemda).
with
    wilayah as (
        select kode_pemda, nama_pemda, tingkat, kode_induk
        from keluarga_pemda($kode_pemda)
    ),

    punya as (
        select kode_pemda, count(distinct kode_indikator) as jumlah_indikator
        from perbandingan_pemda
        where kelompok = $kelompok and kode_pemda in (select kode_pemda from wilayah)
        group by kode_pemda
    ),

    triwulan_ini as (
        select kode_pemda, kode_indikator, realisasi_sd, capaian_persen, predikat, warna_predikat, urutan_predikat
        from perbandingan_pemda
        where kelompok = $kelompok and tahun = $tahun and triwulan = $triwulan
            and kode_pemda in (select kode_pemda from wilayah)
        qualify row_number() over (partition by kode_pemda order by kode_indikator) = 1
    ),

    final as (
        select
            w.kode_pemda,
            w.nama_pemda,
            w.tingkat,
            w.kode_induk,
            t.kode_indikator,
            t.realisasi_sd,
            t.capaian_persen,
            t.predikat,
            t.warna_predikat,
            t.urutan_predikat,
            case
                when t.predikat is not null then t.predikat
                when p.kode_pemda is not null then 'Belum melapor'
                else 'Tanpa indikator ini'
            end as keadaan
        from wilayah as w
        left join punya as p using (kode_pemda)
        left join triwulan_ini as t using (kode_pemda)
        order by w.kode_pemda
    )

select * from final;
