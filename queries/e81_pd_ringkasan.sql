-- Baris penutup tabel E.81 per OPD pada satu triwulan (filter jenis/OPD): rata-rata capaian kinerja = rerata kolom 14
-- SEPERTI TERCETAK (dua desimal, negatif dicetak 0) atas SETIAP baris IKU, kolom 14 kosong dihitung 0 (CONTRACT.md v2
-- "the E.81 form"), dan predikatnya; hal yang sama untuk kolom 16 atas baris yang punya kolom 6; cakupan melapor; faktor pendorong, faktor
-- penghambat, tindak lanjut, kepala OPD. Satu baris = satu OPD.
with
    baris as (
        select
            kode_pemda,
            kode_pd,
            kode_indikator,
            wajib_lapor,
            sudah_lapor,
            capaian_persen,
            capaian_akhir_periode_persen,
            target_akhir_periode
        from e81_baris($kode_pemda, $tahun, $triwulan, $jenis, $kode_pd)
    ),

    teks as (
        select *
        from capaian_triwulan
        where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and ($jenis = '' or jenis = $jenis)
            and ($kode_pd = '' or kode_pd = $kode_pd)
    ),

    per_teks as (
        select
            kode_pemda,
            kode_pd,
            string_agg(kode_indikator || ': ' || faktor_pendorong, chr(10) order by kode_indikator)
                as faktor_pendorong,
            string_agg(kode_indikator || ': ' || faktor_penghambat, chr(10) order by kode_indikator)
                as faktor_penghambat,
            string_agg(kode_indikator || ': ' || tindak_lanjut, chr(10) order by kode_indikator) as tindak_lanjut
        from teks
        group by kode_pemda, kode_pd
    ),

    per_pd as (
        select
            kode_pemda,
            kode_pd,
            count(*) as jumlah_iku,
            count(*) filter (where wajib_lapor) as jumlah_wajib_lapor,
            count(*) filter (where wajib_lapor and sudah_lapor) as jumlah_lapor,
            avg(coalesce(persen_tercetak(capaian_persen), 0)) as rata_rata_capaian,
            -- Kolom 16: atas baris IKU yang punya target akhir periode (kolom 6); tanpa satu pun, kosong.
            avg(coalesce(persen_tercetak(capaian_akhir_periode_persen), 0)) filter (where target_akhir_periode is not null)
                as rata_rata_capaian_renstra
        from baris
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
            p.jumlah_wajib_lapor,
            p.jumlah_lapor,
            teks_cakupan(p.jumlah_lapor, p.jumlah_wajib_lapor, $triwulan) as cakupan,
            p.rata_rata_capaian,
            s.predikat,
            p.rata_rata_capaian_renstra,
            sr.predikat as predikat_renstra,
            t.faktor_pendorong,
            t.faktor_penghambat,
            t.tindak_lanjut
        from per_pd as p
        left join per_teks as t using (kode_pemda, kode_pd)
        left join perangkat_daerah as pd using (kode_pemda, kode_pd)
        left join skala_predikat_rentang as s on dalam_rentang(p.rata_rata_capaian, s.bawah, s.atas)
        left join skala_predikat_rentang as sr on dalam_rentang(p.rata_rata_capaian_renstra, sr.bawah, sr.atas)
        order by p.kode_pemda, p.kode_pd
    )

select * from final;
