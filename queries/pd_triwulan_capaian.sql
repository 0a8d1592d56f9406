-- Peringkat OPD sebuah pemda menurut rata-rata capaian IKU pada satu triwulan (capaian dibatasi untuk rata-rata).
-- Satu baris = satu OPD yang melapor, terbaik dahulu; predikat dari rata-ratanya.
with
    per_pd as (
        select
            kode_pd,
            any_value(nama_pd) as nama_pd,
            count(*) as jumlah_iku,
            avg(capaian_untuk_rata_rata(capaian_persen)) as rata_rata_capaian,
            count(*) filter (where kategori_predikat = 'perhatian') as jumlah_perlu_perhatian
        from capaian_indikator
        where kode_pemda = $kode_pemda and tahun = $tahun and triwulan = $triwulan
            and jenis in ('IKU_PEMDA', 'IKU_PD')
        group by kode_pd
    ),

    final as (
        select
            p.*,
            pd.singkatan,
            s.predikat,
            s.warna
        from per_pd as p
        left join perangkat_daerah as pd using (kode_pd)
        left join skala_predikat_rentang as s
            on round(p.rata_rata_capaian, 9) > s.bawah and round(p.rata_rata_capaian, 9) <= s.atas
        order by p.rata_rata_capaian desc nulls last
    )

select * from final;
