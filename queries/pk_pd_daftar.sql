-- Perjanjian Kinerja setiap OPD sebuah pemda untuk tahun itu, per tanggal $hari_ini: kapan ditandatangani, IKU
-- yang dipegang dan yang bertarget triwulan, dan berapa OPD pemda itu yang keadaannya sama (grafik jumlah OPD per
-- keadaan: satu baris per keadaan); yang belum ditandatangani lebih dulu. Satu baris = satu OPD.
with
    final as (
        select
            kode_pd,
            nama_pd,
            singkatan,
            nama_kepala,
            kepala_plt,
            tanggal_pk,
            tanggal_pk_tercatat,
            batas_tanda_tangan,
            keadaan,
            label_keadaan,
            urutan_keadaan,
            warna_keadaan,
            ditandatangani,
            lewat_batas,
            hari_lewat_batas,
            jumlah_iku,
            jumlah_iku_bertarget,
            jumlah_iku_target_triwulan,
            porsi_persen(jumlah_iku_target_triwulan, jumlah_iku) as persen_iku_target_triwulan,
            count(*) over (partition by keadaan) as jumlah_opd_keadaan
        from pk_status_per(cast($hari_ini as date))
        where kode_pemda = $kode_pemda and tahun = $tahun
        order by urutan_keadaan, hari_lewat_batas desc nulls last, tanggal_pk desc nulls last, kode_pd
    )

select * from final;
