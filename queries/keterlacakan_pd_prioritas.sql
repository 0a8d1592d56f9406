-- Porsi pagu prioritas dan non-prioritas per OPD sebuah pemda pada satu tahun, non-prioritas terbesar dahulu,
-- dengan jumlah baris non-prioritas tanpa penjelasan kontribusi. Satu baris = satu OPD.
with
    tanpa_kontribusi as (
        select kode_pemda, kode_pd, count(*) as jumlah
        from keterlacakan_kegiatan
        where kode_pemda = $kode_pemda and tahun = $tahun and non_prioritas_tanpa_kontribusi
        group by kode_pemda, kode_pd
    ),

    final as (
        select
            p.kode_pemda,
            p.kode_pd,
            p.nama_pd,
            p.singkatan,
            p.pagu_prioritas,
            p.pagu_non_prioritas,
            p.pagu_total,
            p.porsi_prioritas_persen,
            p.porsi_non_prioritas_persen,
            p.non_prioritas_lebih_besar,
            coalesce(t.jumlah, 0) as jumlah_non_prioritas_tanpa_kontribusi,
            (select warna from skala_status_program where jenis = 'anggaran' and status = 'prioritas')
                as warna_prioritas,
            (select warna from skala_status_program where jenis = 'anggaran' and status = 'non_prioritas')
                as warna_non_prioritas,
            (select label from skala_status_program where jenis = 'anggaran' and status = 'prioritas')
                as label_prioritas,
            (select label from skala_status_program where jenis = 'anggaran' and status = 'non_prioritas')
                as label_non_prioritas
        from porsi_prioritas_pd as p
        left join tanpa_kontribusi as t using (kode_pemda, kode_pd)
        where p.kode_pemda = $kode_pemda and p.tahun = $tahun
        order by p.porsi_non_prioritas_persen desc nulls last, p.kode_pemda, p.kode_pd
    )

select * from final;
