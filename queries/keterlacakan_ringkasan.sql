-- Angka utama keterlacakan sebuah pemda pada satu tahun: program/kegiatan tanpa jalur ke IKU, IKU tanpa kegiatan,
-- pagu yang terlacak, OPD yang anggaran non-prioritasnya lebih besar. Satu baris.
with
    -- one pass per relation, every count at once (not one scalar subquery per figure)
    keg as (
        select
            count(*) filter (where tingkat = 'program') as jumlah_program,
            count(*) filter (where tingkat = 'program' and not terhubung_iku) as jumlah_program_yatim,
            count(*) filter (where tingkat = 'kegiatan') as jumlah_kegiatan,
            count(*) filter (where tingkat = 'kegiatan' and not terhubung_iku) as jumlah_kegiatan_yatim,
            sum(pagu) filter (where tingkat = 'sub_kegiatan') as pagu_sub,
            sum(pagu) filter (where tingkat = 'sub_kegiatan' and terhubung_iku) as pagu_sub_terlacak,
            count(*) filter (where non_prioritas_tanpa_kontribusi) as jumlah_non_prioritas_tanpa_kontribusi
        from keterlacakan_kegiatan
        where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    iku as (
        select
            count(*) as jumlah_iku,
            count(*) filter (where not didukung) as jumlah_iku_tanpa_kegiatan
        from dukungan_iku
        where kode_pemda = $kode_pemda and tahun = $tahun and jenis in ('IKU_PEMDA', 'IKU_PD')
    ),

    pd as (
        select
            count(*) as jumlah_pd,
            count(*) filter (where non_prioritas_lebih_besar) as jumlah_pd_non_prioritas_lebih_besar
        from porsi_prioritas_pd
        where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    final as (
        select
            keg.jumlah_program,
            keg.jumlah_program_yatim,
            keg.jumlah_kegiatan,
            keg.jumlah_kegiatan_yatim,
            coalesce(keg.pagu_sub, 0) as pagu_total,
            coalesce(keg.pagu_sub_terlacak, 0) as pagu_terlacak,
            persen_dari(keg.pagu_sub_terlacak, keg.pagu_sub) as porsi_pagu_terlacak_persen,
            iku.jumlah_iku,
            iku.jumlah_iku_tanpa_kegiatan,
            pd.jumlah_pd,
            pd.jumlah_pd_non_prioritas_lebih_besar,
            keg.jumlah_non_prioritas_tanpa_kontribusi
        from keg, iku, pd
    )

select * from final;
