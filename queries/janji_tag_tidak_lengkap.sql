-- Tanda janji kampanye yang belum lengkap: tanpa bentuk dukungan atau tanpa output (keduanya wajib menurut
-- arahan), untuk janji yang masanya mencakup tahun terpilih. Satu baris = satu tanda (janji × kode kegiatan).
with
    final as (
        select
            t.kode_janji,
            j.uraian as uraian_janji,
            t.kode_kegiatan,
            k.nama,
            k.nama_pd,
            k.singkatan,
            nullif(trim(t.bentuk_dukungan), '') as bentuk_dukungan,
            nullif(trim(t.output), '') as output,
            case
                when nullif(trim(t.bentuk_dukungan), '') is null and nullif(trim(t.output), '') is null
                    then 'bentuk dukungan dan output'
                when nullif(trim(t.bentuk_dukungan), '') is null then 'bentuk dukungan'
                else 'output'
            end as yang_kurang
        from tag_janji as t
        inner join janji_kampanye as j
            on j.kode_pemda = t.kode_pemda and j.kode_janji = t.kode_janji
            and dalam_masa(t.tahun, j.tahun_mulai, j.tahun_selesai)
        inner join keterlacakan_kegiatan as k
            on k.kode_pemda = t.kode_pemda and k.tahun = t.tahun and k.kode_kegiatan = t.kode_kegiatan
        where t.tahun = $tahun and t.kode_pemda = $kode_pemda
            and (nullif(trim(t.bentuk_dukungan), '') is null or nullif(trim(t.output), '') is null)
        order by k.singkatan, t.kode_janji, t.kode_kegiatan
    )

select * from final;
