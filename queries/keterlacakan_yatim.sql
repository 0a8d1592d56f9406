-- Program dan kegiatan sebuah pemda yang tidak punya jalur ke IKU (yatim) pada satu tahun, program lebih dulu.
-- Satu baris = satu program atau kegiatan.
with
    keg as (
        select * from keterlacakan_kegiatan where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    final as (
        select
            k.tingkat,
            k.kode_kegiatan,
            k.nama,
            k.kode_pd,
            k.nama_pd,
            k.singkatan,
            k.pagu,
            k.prioritas,
            k.kontribusi,
            p.nama as nama_program,
            coalesce(k.tingkat = 'kegiatan' and not p.terhubung_iku, false) as program_juga_yatim
        from keg as k
        left join keg as p on p.kode_pemda = k.kode_pemda and p.kode_kegiatan = k.kode_program and p.tingkat = 'program'
        where k.tingkat in ('program', 'kegiatan') and not k.terhubung_iku
        order by k.tingkat desc, k.kode_kegiatan
    )

-- At most $batas rows (0 = all): the national view lists only the first (the nation has ~480,000 IKU).
select * from final
limit (case when $batas > 0 then $batas end);
