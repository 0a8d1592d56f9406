-- Program unggulan untuk pimpinan per tanggal $hari_ini (seluruh pemda atau satu OPD): berapa terlambat dan
-- berisiko, menurut status papan (yang lebih buruk dari status dilaporkan OPD dan status menurut tonggak). Satu baris.
with
    program as (
        -- the board status of unggulan_status / unggulan_status_jumlah
        select status_papan
        from status_unggulan_per(cast($hari_ini as date))
        where kode_pemda = $kode_pemda and ($kode_pd = '' or kode_pd = $kode_pd)
            and dalam_masa($tahun, tahun_mulai, tahun_selesai)
    ),

    final as (
        select
            count(*) as jumlah_program,
            count(*) filter (where status_papan = 'terlambat') as jumlah_terlambat,
            count(*) filter (where status_papan = 'berisiko') as jumlah_berisiko,
            count(*) filter (where status_papan in ('terlambat', 'berisiko')) as jumlah_bermasalah,
            count(*) filter (where status_papan = 'selesai') as jumlah_selesai
        from program
    )

select * from final;
