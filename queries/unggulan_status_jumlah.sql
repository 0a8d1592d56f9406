-- Papan status program unggulan per tanggal $hari_ini: berapa program (yang masanya mencakup tahun terpilih) per
-- status papan (yang lebih buruk dari status dilaporkan OPD dan status menurut tonggak; status_unggulan_per), dan
-- berapa menurut tonggak saja.
-- Satu baris = satu status.
with
    program as (
        select
            status_papan,
            status_tonggak
        from status_unggulan_per(cast($hari_ini as date))
        where kode_pemda = $kode_pemda and dalam_masa($tahun, tahun_mulai, tahun_selesai)
    ),

    skala as (
        select status, label, urutan, warna from skala_status_program where jenis = 'unggulan'
        union all
        -- neither reported nor computable (no tonggak): shown only when it happens
        select null, 'Belum dinilai', 99, '#afb8c1'
        where exists (select 1 from program where status_papan is null)
    ),

    final as (
        select
            s.status,
            s.label,
            s.warna,
            (select count(*) from program as p where p.status_papan is not distinct from s.status) as jumlah,
            (select count(*) from program as p where p.status_tonggak is not distinct from s.status)
                as jumlah_menurut_tonggak
        from skala as s
        order by s.urutan
    )

select * from final;
