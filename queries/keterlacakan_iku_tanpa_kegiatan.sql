-- IKU sebuah pemda yang tidak disebut oleh satu pun program, kegiatan atau sub kegiatan tahun itu.
-- Satu baris = satu IKU.
with
    final as (
        select
            d.kode_indikator,
            d.nama_indikator,
            d.jenis,
            d.kode_pd,
            d.nama_pd,
            ki.kode_sasaran,
            s.uraian as sasaran,
            ki.misi
        from dukungan_iku as d
        left join keterlacakan_indikator as ki using (kode_pemda, kode_indikator)
        left join sasaran as s on s.kode_pemda = d.kode_pemda and s.kode_sasaran = ki.kode_sasaran
        where d.kode_pemda = $kode_pemda and d.tahun = $tahun and d.jenis in ('IKU_PEMDA', 'IKU_PD') and not d.didukung
        order by d.jenis desc, d.kode_indikator
    )

-- At most $batas rows (0 = all): the national view lists only the first (the nation has ~480,000 IKU).
select * from final
limit (case when $batas > 0 then $batas end);
