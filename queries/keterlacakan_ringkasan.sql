-- Angka utama keterlacakan sebuah pemda pada satu tahun: program/kegiatan tanpa jalur ke IKU, IKU tanpa kegiatan,
-- pagu yang terlacak, OPD yang anggaran non-prioritasnya lebih besar. Satu baris.
with
    keg as (
        select * from keterlacakan_kegiatan where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    iku as (
        select *
        from dukungan_iku
        where kode_pemda = $kode_pemda and tahun = $tahun and jenis in ('IKU_PEMDA', 'IKU_PD')
    ),

    pd as (
        select * from porsi_prioritas_pd where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    final as (
        select
            (select count(*) from keg where tingkat = 'program') as jumlah_program,
            (select count(*) from keg where tingkat = 'program' and not terhubung_iku) as jumlah_program_yatim,
            (select count(*) from keg where tingkat = 'kegiatan') as jumlah_kegiatan,
            (select count(*) from keg where tingkat = 'kegiatan' and not terhubung_iku) as jumlah_kegiatan_yatim,
            (select coalesce(sum(pagu), 0) from keg where tingkat = 'sub_kegiatan') as pagu_total,
            (select coalesce(sum(pagu), 0) from keg where tingkat = 'sub_kegiatan' and terhubung_iku) as pagu_terlacak,
            persen_dari(
                (select sum(pagu) from keg where tingkat = 'sub_kegiatan' and terhubung_iku),
                (select sum(pagu) from keg where tingkat = 'sub_kegiatan')
            ) as porsi_pagu_terlacak_persen,
            (select count(*) from iku) as jumlah_iku,
            (select count(*) from iku where not didukung) as jumlah_iku_tanpa_kegiatan,
            (select count(*) from pd) as jumlah_pd,
            (select count(*) from pd where non_prioritas_lebih_besar) as jumlah_pd_non_prioritas_lebih_besar,
            (select count(*) from keg where non_prioritas_tanpa_kontribusi) as jumlah_non_prioritas_tanpa_kontribusi
    )

select * from final;
