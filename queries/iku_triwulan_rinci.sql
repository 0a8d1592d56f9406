-- Rincian satu indikator untuk drill-down: setiap triwulan tahun terpilih dan tahun sebelumnya, dengan target,
-- realisasi, capaian, proyeksi dan progres ke target akhir periode. Satu baris = satu tahun × triwulan.
-- Triwulan tahun terpilih sesudah triwulan terpilih hanya membawa targetnya: tampilan "per TW n".
with
    baris as (
        select
            *,
            tahun = $tahun and triwulan > $triwulan as sesudah_terpilih
        from capaian_triwulan_nilai($semua_nilai)
        where kode_pemda = $kode_pemda and kode_indikator = $kode_indikator and tahun in ($tahun - 1, $tahun)
    ),

    final as (
        select
            kode_pemda,
            kode_indikator,
            nama_indikator,
            satuan,
            nama_pd,
            jenis,
            polaritas,
            agregasi,
            rumus,
            uraian_sasaran,
            definisi,
            tahun,
            triwulan,
            periode,
            tahun = $tahun as tahun_terpilih,
            sesudah_terpilih,
            sudah_lapor and not sesudah_terpilih as sudah_lapor,
            belum_lapor and not sesudah_terpilih as belum_lapor,
            case when not sesudah_terpilih then status end as status,
            target_triwulan,
            target_min_triwulan,
            target_max_triwulan,
            case when not sesudah_terpilih then realisasi_triwulan end as realisasi_triwulan,
            case when not sesudah_terpilih then target_sd end as target_sd,
            case when not sesudah_terpilih then target_min_sd end as target_min_sd,
            case when not sesudah_terpilih then target_max_sd end as target_max_sd,
            case when not sesudah_terpilih then realisasi_sd end as realisasi_sd,
            case when not sesudah_terpilih then capaian_persen end as capaian_persen,
            case when not sesudah_terpilih then selisih_tw_lalu end as selisih_tw_lalu,
            case when not sesudah_terpilih then selisih_tahun_lalu end as selisih_tahun_lalu,
            case when not sesudah_terpilih then predikat end as predikat,
            case when not sesudah_terpilih then warna_predikat end as warna_predikat,
            case when not sesudah_terpilih then keterangan end as keterangan,
            target_tahunan,
            target_min_tahunan,
            target_max_tahunan,
            case when not sesudah_terpilih then progres_tahunan_persen end as progres_tahunan_persen,
            case when not sesudah_terpilih then proyeksi_akhir_tahun end as proyeksi_akhir_tahun,
            case when not sesudah_terpilih then progres_proyeksi_persen end as progres_proyeksi_persen,
            target_akhir_periode,
            case when not sesudah_terpilih then capaian_akhir_periode_persen end as capaian_akhir_periode_persen,
            case when not sesudah_terpilih then faktor_pendorong end as faktor_pendorong,
            case when not sesudah_terpilih then faktor_penghambat end as faktor_penghambat,
            case when not sesudah_terpilih then tindak_lanjut end as tindak_lanjut,
            case when not sesudah_terpilih then sumber_data end as sumber_data
        from baris
        order by kode_pemda, tahun, triwulan
    )

select * from final;
