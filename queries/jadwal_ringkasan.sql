-- Angka utama jadwal dan serapan sebuah pemda dalam satu tahun: sub kegiatan berjadwal, OPD yang menumpuk
-- di akhir tahun, masalah jadwal, porsi TW IV pemda. Satu baris = pemda × tahun.
with
    kegiatan as (
        select
            count(*) as jumlah_sub_kegiatan,
            count(*) filter (where jumlah_tahap > 0) as jumlah_berjadwal,
            count(*) filter (where jumlah_tahap = 0) as jumlah_tanpa_jadwal
        from jadwal_kegiatan
        where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    -- a sub kegiatan is (kode_pemda, kode_kegiatan) in a year: the same code in two pemda counts twice
    mutu as (
        select
            count(distinct (kode_pemda, kode_kegiatan)) filter (where tingkat = 'galat') as jumlah_jadwal_bermasalah,
            count(distinct (kode_pemda, kode_kegiatan)) filter (where masalah = 'Pelaksanaan mulai TW IV')
                as jumlah_mulai_tw4
        from jadwal_mutu
        where kode_pemda = $kode_pemda and tahun = $tahun
    ),

    pd as (
        select
            count(*) as jumlah_pd,
            count(*) filter (where ditandai) as jumlah_pd_ditandai
        from pd_penumpukan
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd is not null
    ),

    -- The pemda's own row (kode_pd NULL); the national view adds up every pemda's amounts and takes the shares of
    -- the sums (not the first pemda's shares, nor an average of shares).
    pemda as (
        select
            persen_bagian(sum(rencana_kas_tw4), sum(rencana_kas_tahun)) as porsi_kas_tw4,
            persen_bagian(sum(rencana_kas_desember), sum(rencana_kas_tahun)) as porsi_kas_desember,
            persen_bagian(sum(kegiatan_bulan_tw4), sum(kegiatan_bulan)) as porsi_pelaksanaan_tw4,
            persen_bagian(sum(kegiatan_bulan_desember), sum(kegiatan_bulan)) as porsi_pelaksanaan_desember,
            persen_bagian(sum(pagu_pelaksanaan_tw4), sum(pagu_pelaksanaan)) as porsi_pagu_tw4,
            persen_bagian(sum(pagu_pelaksanaan_desember), sum(pagu_pelaksanaan)) as porsi_pagu_desember,
            any_value(porsi_merata_tw4) as porsi_merata_tw4,
            any_value(porsi_merata_desember) as porsi_merata_desember,
            indeks_penumpukan_dari(
                persen_bagian(sum(rencana_kas_tw4), sum(rencana_kas_tahun)),
                persen_bagian(sum(kegiatan_bulan_tw4), sum(kegiatan_bulan)),
                persen_bagian(sum(pagu_pelaksanaan_tw4), sum(pagu_pelaksanaan)),
                any_value(porsi_merata_tw4)
            ) as indeks_penumpukan,
            any_value(indeks_ambang) as indeks_ambang
        from pd_penumpukan
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd is null
        having count(*) > 0
    ),

    final as (
        select
            k.*,
            m.*,
            p.*,
            e.*,
            (select nilai from pengaturan where kunci = 'ambang_penumpukan_tw4') as ambang_persen
        from kegiatan as k
        cross join mutu as m
        cross join pd as p
        left join pemda as e on true
    )

select * from final;
