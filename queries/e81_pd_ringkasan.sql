-- Baris penutup tabel E.81 per OPD pada satu triwulan (filter jenis/OPD): rata-rata capaian (dibatasi untuk
-- rata-rata), predikat, faktor pendorong, faktor penghambat, tindak lanjut, kepala OPD. Satu baris = satu OPD.
with
    pilihan as (
        select *
        from capaian_triwulan
        where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and ($jenis = '' or jenis = $jenis)
            and ($kode_pd = '' or kode_pd = $kode_pd)
    ),

    per_pd as (
        select
            kode_pemda,
            kode_pd,
            count(*) as jumlah_iku,
            count(*) filter (where sudah_lapor) as jumlah_lapor,
            -- Hanya IKU yang punya capaian: capaian_untuk_rata_rata(NULL) memberi 0 (greatest mengabaikan NULL).
            avg(capaian_untuk_rata_rata(capaian_persen)) filter (where capaian_persen is not null)
                as rata_rata_capaian,
            avg(capaian_untuk_rata_rata(capaian_akhir_periode_persen))
                filter (where capaian_akhir_periode_persen is not null) as rata_rata_capaian_renstra,
            string_agg(kode_indikator || ': ' || faktor_pendorong, chr(10) order by kode_indikator)
                as faktor_pendorong,
            string_agg(kode_indikator || ': ' || faktor_penghambat, chr(10) order by kode_indikator)
                as faktor_penghambat,
            string_agg(kode_indikator || ': ' || tindak_lanjut, chr(10) order by kode_indikator) as tindak_lanjut
        from pilihan
        group by kode_pemda, kode_pd
    ),

    final as (
        select
            p.kode_pemda,
            p.kode_pd,
            pd.nama_pd,
            pd.singkatan,
            pd.nama_kepala,
            p.jumlah_iku,
            p.jumlah_lapor,
            p.rata_rata_capaian,
            s.predikat,
            p.rata_rata_capaian_renstra,
            sr.predikat as predikat_renstra,
            p.faktor_pendorong,
            p.faktor_penghambat,
            p.tindak_lanjut,
            (select nilai from pengaturan where kunci = 'batas_capaian_rata_rata') as batas_capaian_rata_rata
        from per_pd as p
        left join perangkat_daerah as pd using (kode_pemda, kode_pd)
        left join skala_predikat_rentang as s
            on round(p.rata_rata_capaian, 9) > s.bawah and round(p.rata_rata_capaian, 9) <= s.atas
        left join skala_predikat_rentang as sr
            on round(p.rata_rata_capaian_renstra, 9) > sr.bawah and round(p.rata_rata_capaian_renstra, 9) <= sr.atas
        order by p.kode_pemda, p.kode_pd
    )

select * from final;
