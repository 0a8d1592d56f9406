-- Hasil evaluasi SAKIP terakhir s.d. tahun terpilih sebuah pemda: nilai dan predikat tingkat pemda terhadap
-- targetnya, dan rangkuman OPD pada tahun evaluasi itu. Satu baris (kosong bila belum ada evaluasi).
with
    tahun_evaluasi as (
        select max(tahun) as tahun
        from sakip_predikat
        where kode_pemda = $kode_pemda and tahun <= $tahun
    ),

    opd as (
        select
            count(*) as jumlah_opd,
            count(*) filter (where memenuhi_target) as jumlah_opd_memenuhi_target,
            count(*) filter (where not memenuhi_target) as jumlah_opd_di_bawah_target,
            count(*) filter (where tren = 'turun') as jumlah_opd_turun,
            count(*) filter (where urutan_predikat <= (select urutan from skala_sakip where predikat = 'BB'))
                as jumlah_opd_minimal_bb
        from sakip_predikat
        where kode_pemda = $kode_pemda and tingkat = 'opd' and tahun = (select tahun from tahun_evaluasi)
    ),

    pemda as (
        select *
        from sakip_predikat
        where kode_pemda = $kode_pemda and tingkat = 'pemda' and tahun = (select tahun from tahun_evaluasi)
    ),

    final as (
        select
            t.tahun as tahun_evaluasi,
            p.nilai,
            p.predikat,
            p.sebutan,
            p.warna,
            p.target_predikat,
            p.memenuhi_target,
            p.batas_nilai_target,
            p.kurang_dari_target,
            p.nilai_tahun_lalu,
            p.predikat_tahun_lalu,
            p.perubahan_nilai,
            o.jumlah_opd,
            o.jumlah_opd_memenuhi_target,
            o.jumlah_opd_di_bawah_target,
            o.jumlah_opd_turun,
            o.jumlah_opd_minimal_bb,
            porsi_persen(o.jumlah_opd_minimal_bb, o.jumlah_opd) as persen_opd_minimal_bb
        from tahun_evaluasi as t
        cross join opd as o
        left join pemda as p on true
        where t.tahun is not null
    )

select * from final;
