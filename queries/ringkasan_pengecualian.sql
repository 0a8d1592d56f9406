-- Pengecualian lebih dulu: butir terburuk untuk pimpinan pada satu triwulan per tanggal $hari_ini (seluruh pemda
-- atau satu OPD): IKU merah, program unggulan terlambat/berisiko, tindak lanjut lewat batas, PK belum ditandatangani,
-- OPD menumpuk di akhir tahun, janji tanpa kegiatan; dengan penghambat dan tindak lanjutnya. Satu baris = satu butir,
-- jenis menurut urutan, terburuk dahulu; paling banyak $batas butir per jenis (0 = semua).
with
    tl as (
        select * from tindak_lanjut_per(cast($hari_ini as date)) where kode_pemda = $kode_pemda
    ),

    -- the meeting decision shown beside an item: the most pressing open one, else the latest
    tl_indikator as (
        select kode_pemda, kode_indikator, uraian, label_keadaan, batas_waktu
        from tl
        where kode_indikator is not null
        qualify row_number() over (
            partition by kode_pemda, kode_indikator order by terbuka desc, urutan_keadaan, batas_waktu desc nulls last
        ) = 1
    ),

    tl_unggulan as (
        select kode_pemda, kode_unggulan, uraian, label_keadaan, batas_waktu
        from tl
        where kode_unggulan is not null
        qualify row_number() over (
            partition by kode_pemda, kode_unggulan order by terbuka desc, urutan_keadaan, batas_waktu desc nulls last
        ) = 1
    ),

    iku as (
        select
            1 as urutan_jenis,
            'iku' as jenis,
            'IKU capaian rendah' as label_jenis,
            c.kode_pemda,
            c.kode_indikator as kode,
            c.nama_indikator as judul,
            c.kode_pd,
            c.nama_pd,
            c.capaian_persen as nilai,
            'persen' as satuan_nilai,
            c.predikat as status,
            c.warna_predikat as warna,
            c.faktor_penghambat as penghambat,
            c.tindak_lanjut as tindak_lanjut_opd,
            t.uraian as keputusan_rapat,
            t.label_keadaan as keadaan_keputusan,
            t.batas_waktu as batas_keputusan,
            row_number() over (order by c.capaian_persen asc, c.kode_pemda, c.kode_indikator) as peringkat
        from capaian_triwulan_nilai($semua_nilai) as c
        left join tl_indikator as t on t.kode_pemda = c.kode_pemda and t.kode_indikator = c.kode_indikator
        where c.kode_pemda = $kode_pemda and c.tahun = $tahun and c.triwulan = $triwulan
            and c.jenis in ('IKU_PEMDA', 'IKU_PD') and c.kategori_predikat = 'perhatian'
            and (c.wajib_lapor or c.sudah_lapor)
            and ($kode_pd = '' or c.kode_pd = $kode_pd)
    ),

    skala_unggulan as (
        select status, label, urutan, warna from skala_status_program where jenis = 'unggulan'
    ),

    unggulan as (
        select
            2,
            'unggulan',
            'Program unggulan terlambat atau berisiko',
            u.kode_pemda,
            u.kode_unggulan,
            u.nama,
            u.kode_pd,
            u.nama_pd,
            u.jumlah_lewat_waktu,
            'tonggak',
            s.label,
            s.warna,
            u.catatan,
            null,
            t.uraian,
            t.label_keadaan,
            t.batas_waktu,
            row_number() over (order by s.urutan, u.jumlah_lewat_waktu desc, u.kode_pemda, u.kode_unggulan)
        from status_unggulan_per(cast($hari_ini as date)) as u
        -- the board status of unggulan_status: the worse of reported and by milestones
        inner join skala_unggulan as s on s.status = u.status_papan
        left join tl_unggulan as t on t.kode_pemda = u.kode_pemda and t.kode_unggulan = u.kode_unggulan
        where u.kode_pemda = $kode_pemda and s.status in ('terlambat', 'berisiko')
            and ($kode_pd = '' or u.kode_pd = $kode_pd)
            and dalam_masa($tahun, u.tahun_mulai, u.tahun_selesai)
    ),

    tindak_lanjut as (
        select
            3,
            'tindak_lanjut',
            'Tindak lanjut lewat batas waktu',
            kode_pemda,
            kode_tindak_lanjut,
            uraian,
            kode_pd,
            nama_pd,
            hari_lewat_batas,
            'hari',
            label_keadaan,
            warna_keadaan,
            hasil,
            null,
            rapat,
            label_keadaan,
            batas_waktu,
            row_number() over (order by hari_lewat_batas desc, kode_pemda, kode_tindak_lanjut)
        from tl
        where lewat_batas and ($kode_pd = '' or kode_pd = $kode_pd)
    ),

    pk as (
        select
            4,
            'pk',
            'Perjanjian Kinerja belum ditandatangani',
            p.kode_pemda,
            p.kode_pd,
            p.nama_pd,
            p.kode_pd,
            p.nama_pd,
            p.hari_lewat_batas,
            'hari',
            p.label_keadaan,
            p.warna_keadaan,
            case when p.kepala_plt then 'Kepala OPD masih pelaksana tugas (' || p.nama_kepala || ')' end,
            null,
            null,
            null,
            p.batas_tanda_tangan,
            row_number() over (order by p.hari_lewat_batas desc nulls last, p.kode_pemda, p.kode_pd)
        from pk_status_per(cast($hari_ini as date)) as p
        where p.kode_pemda = $kode_pemda and p.tahun = $tahun and p.ditandatangani = false
            and ($kode_pd = '' or p.kode_pd = $kode_pd)
    ),

    penumpukan as (
        select
            5,
            'penumpukan',
            'OPD menumpuk di akhir tahun',
            kode_pemda,
            kode_pd,
            nama_pd,
            kode_pd,
            nama_pd,
            porsi_tw4_terbesar,
            'persen_tw4',
            'Menumpuk',
            null,
            'Porsi Oktober–Desember melewati ambang: ' || penyebab,
            null,
            null,
            null,
            null,
            row_number() over (order by indeks_penumpukan desc, kode_pemda, kode_pd)
        from pd_penumpukan
        where kode_pemda = $kode_pemda and tahun = $tahun and kode_pd is not null and ditandai
            and ($kode_pd = '' or kode_pd = $kode_pd)
    ),

    -- promises belong to the pemda, not to an OPD: listed only for the whole pemda
    janji as (
        select
            6,
            'janji',
            'Janji kampanye tanpa kegiatan',
            kode_pemda,
            kode_janji,
            uraian,
            null,
            null,
            null,
            null,
            'Belum ada kegiatan',
            null,
            null,
            null,
            null,
            null,
            null,
            row_number() over (order by kode_pemda, kode_janji)
        from cakupan_janji
        where kode_pemda = $kode_pemda and tahun = $tahun
            and bulan = bulan_acuan_anggaran($kode_pemda, $tahun, $triwulan)
            and status = 'belum_ada_kegiatan' and $kode_pd = ''
    ),

    semua as (
        select * from iku
        union all
        select * from unggulan
        union all
        select * from tindak_lanjut
        union all
        select * from pk
        union all
        select * from penumpukan
        union all
        select * from janji
    ),

    final as (
        select
            *,
            count(*) over (partition by jenis) as jumlah_jenis
        from semua
        qualify $batas = 0 or peringkat <= $batas
        order by urutan_jenis, peringkat
    )

select * from final;
