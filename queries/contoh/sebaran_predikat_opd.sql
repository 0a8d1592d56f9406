-- Sebaran predikat IKU per OPD
-- Berapa IKU tiap OPD di setiap predikat pada triwulan terpilih; warna dari skala predikat.
-- Satu baris = satu OPD × predikat.
-- @grafik batang_tumpuk x=opd y=jumlah_iku warna=predikat
with
    per_predikat as (
        select
            kode_pemda,
            kode_pd,
            predikat,
            urutan_predikat,
            warna_predikat,
            count(*) as jumlah_iku
        from capaian_indikator
        where kode_pemda = $kode_pemda
            and tahun = $tahun
            and periode = $periode
            and jenis in ('IKU_PEMDA', 'IKU_PD')
            and predikat is not null
        group by kode_pemda, kode_pd, predikat, urutan_predikat, warna_predikat
    ),

    final as (
        select
            coalesce(pd.singkatan, pd.nama_pd) as opd,
            p.predikat,
            p.jumlah_iku,
            p.warna_predikat
        from per_predikat as p
        left join perangkat_daerah as pd using (kode_pemda, kode_pd)
        order by p.urutan_predikat, opd
    )

select * from final;
