-- Program, kegiatan dan sub kegiatan non-prioritas sebuah pemda yang kontribusinya pada IKU/visi-misi tidak
-- dijelaskan, pada satu tahun. Satu baris = satu baris kegiatan.
with
    final as (
        select
            singkatan,
            nama_pd,
            tingkat,
            kode_kegiatan,
            nama,
            pagu,
            terhubung_iku
        from keterlacakan_kegiatan
        where kode_pemda = $kode_pemda and tahun = $tahun and non_prioritas_tanpa_kontribusi
        order by kode_pd, kode_kegiatan
    )

-- At most $batas rows (0 = all): the national view lists only the first (the nation has ~480,000 IKU).
select * from final
limit (case when $batas > 0 then $batas end);
