-- Tonggak program unggulan sebuah pemda (program yang masanya mencakup tahun terpilih) dan keadaannya per tanggal
-- $hari_ini, untuk gantt. Satu baris = satu tonggak, urut seperti papan status (masalah lebih dulu), lalu bulan
-- rencana.
with
    program as (
        select
            kode_pemda,
            kode_unggulan,
            nama,
            singkatan,
            status_papan,
            status_berbeda
        from status_unggulan_per(cast($hari_ini as date))
        where kode_pemda = $kode_pemda and dalam_masa($tahun, tahun_mulai, tahun_selesai)
    ),

    urutan_program as (
        select
            p.*,
            row_number() over (
                order by coalesce(s.urutan, 99), p.status_berbeda desc, p.kode_unggulan, p.kode_pemda
            ) as urutan_program
        from program as p
        left join skala_status_program as s on s.jenis = 'unggulan' and s.status = p.status_papan
    ),

    final as (
        select
            p.kode_unggulan,
            p.nama as nama_program,
            p.singkatan,
            p.urutan_program,
            t.tonggak,
            t.bulan_rencana,
            awal_bulan_rencana(t.bulan_rencana) as awal,
            cast(awal_bulan_rencana(t.bulan_rencana) + interval 1 month as date) as akhir,
            -- a completion after the chosen date has not happened yet as of that date
            case when t.tanggal_selesai <= cast($hari_ini as date) then t.tanggal_selesai end as tanggal_selesai,
            keadaan_tonggak(t.bulan_rencana, t.tanggal_selesai, $hari_ini) as keadaan,
            s.label as label_keadaan,
            s.warna,
            s.urutan as urutan_keadaan
        from tonggak as t
        inner join urutan_program as p on p.kode_pemda = t.kode_pemda and p.kode_unggulan = t.kode_unggulan
        left join skala_status_program as s
            on s.jenis = 'tonggak' and s.status = keadaan_tonggak(t.bulan_rencana, t.tanggal_selesai, $hari_ini)
        order by p.urutan_program, t.bulan_rencana, t.tonggak
    )

select * from final;
