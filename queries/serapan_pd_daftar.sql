-- OPD yang punya kurva S tahun ini (pagu dari sub kegiatan atau dari anggaran tingkat OPD), untuk pilihan halaman.
-- Satu baris = OPD.
with
    final as (
        select kode_pd, any_value(nama_pd) as nama_pd
        from serapan_anggaran
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd is not null and pagu > 0
        group by kode_pd
        order by kode_pd
    )

select * from final;
