-- Kode yang disarankan untuk tindak lanjut baru sebuah pemda dalam tahun terpilih: TL-<tahun>-<nomor berikutnya>
-- di antara kode pemda itu (kode tindak lanjut unik per pemda), dua digit atau lebih (sesudah TL-2026-99:
-- TL-2026-100; lpad akan memotongnya menjadi TL-2026-10). Satu baris.
with
    nomor as (
        select max(try_cast(regexp_extract(kode_tindak_lanjut, '^TL-\d{4}-(\d+)$', 1) as integer)) as terbesar
        from tindak_lanjut
        where kode_pemda = $kode_pemda and kode_tindak_lanjut like 'TL-' || $tahun || '-%'
    ),

    final as (
        select 'TL-' || $tahun || '-' || printf('%02d', coalesce(terbesar, 0) + 1) as kode_tindak_lanjut
        from nomor
    )

select * from final;
