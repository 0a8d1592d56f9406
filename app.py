"""Ringkasan: the landing page: how the IKU stand this quarter, and what needs attention first."""

import streamlit as st

from pantau import figures
from pantau import format as fmt
from pantau.data import ambil
from pantau.frame import frame

filt = frame("Ringkasan", ikon="📊", keterangan="capaian IKU (Indikator Kinerja Utama)")
if filt is None:
    st.stop()

p = filt.params()
r = ambil("pemda_triwulan_ringkasan", **p).iloc[0]

if r["jumlah_lapor"] == 0:
    st.warning(
        f"Belum ada realisasi IKU untuk {fmt.TRIWULAN[filt.triwulan]} {filt.tahun}. "
        "Pilih triwulan lain di samping, atau impor realisasinya."
    )

k1, k2, k3, k4 = st.columns(4)
k1.metric(
    "IKU melapor",
    f"{fmt.angka(r['jumlah_lapor'])} dari {fmt.angka(r['jumlah_iku'])}",
    help="IKU Pemda dan IKU PD yang sudah punya realisasi triwulan ini.",
)
k2.metric(
    "Rata-rata capaian",
    fmt.persen(r["rata_rata_capaian"]),
    delta=None if fmt.kosong(r["selisih_tw_lalu"]) else fmt.selisih(r["selisih_tw_lalu"]) + " vs TW lalu",
    **fmt.gaya_selisih(r["selisih_tw_lalu"]),
    help=f"Capaian tiap IKU dibatasi 0–{fmt.angka(r['batas_capaian_rata_rata'])} % sebelum dirata-rata, agar "
    "satu capaian sangat tinggi tidak menutupi IKU yang tertinggal. Nilai mentah ada di tabel.",
)
k3.metric("Sangat Tinggi/Tinggi", fmt.angka(r["jumlah_baik"]))
k4.metric(
    "Perlu perhatian",
    fmt.angka(r["jumlah_perlu_perhatian"]),
    help="Predikat Rendah dan Sangat Rendah (skala Permendagri 86/2017).",
)
if not fmt.kosong(r["rata_rata_tahun_lalu"]):
    st.caption(
        f"Triwulan yang sama tahun lalu: rata-rata {fmt.persen(r['rata_rata_tahun_lalu'])} "
        f"({fmt.selisih(r['selisih_tahun_lalu'])})."
    )
if r["jumlah_belum_lapor"]:
    st.caption(f"⚠️ {fmt.angka(r['jumlah_belum_lapor'])} IKU belum melaporkan realisasi triwulan ini.")
if r["jumlah_perlu_diperiksa"]:
    st.caption(f"🔎 {fmt.angka(r['jumlah_perlu_diperiksa'])} IKU dengan capaian sangat tinggi: periksa datanya.")

perhatian = ambil("iku_triwulan_perhatian", **p)
st.subheader("Perlu perhatian lebih dulu")
if perhatian.empty:
    st.success("Tidak ada IKU berpredikat Rendah atau Sangat Rendah pada triwulan ini.")
else:
    tampil = perhatian.assign(
        target=[
            fmt.target(t, a, b)
            for t, a, b in zip(
                perhatian["target_sd"], perhatian["target_min_sd"], perhatian["target_max_sd"], strict=True
            )
        ],
        realisasi=[fmt.nilai(v) for v in perhatian["realisasi_sd"]],
        capaian=[fmt.persen(v) for v in perhatian["capaian_persen"]],
    )
    st.dataframe(
        tampil[
            [
                "nama_indikator",
                "nama_pd",
                "capaian",
                "predikat",
                "target",
                "realisasi",
                "satuan",
                "faktor_penghambat",
                "tindak_lanjut",
                "keterangan",
            ]
        ],
        hide_index=True,
        width="stretch",
        column_config={
            "nama_indikator": st.column_config.TextColumn("Indikator", width="medium"),
            "nama_pd": "OPD",
            "satuan": "Satuan",
            "target": "Target s.d. TW",
            "realisasi": "Realisasi s.d. TW",
            "capaian": "Capaian",
            "predikat": "Predikat",
            "faktor_penghambat": st.column_config.TextColumn("Faktor penghambat", width="medium"),
            "tindak_lanjut": st.column_config.TextColumn("Tindak lanjut", width="medium"),
            "keterangan": "Keterangan",
        },
    )
    st.download_button(
        "Unduh daftar (CSV)",
        perhatian.to_csv(index=False).encode("utf-8-sig"),
        file_name=f"iku_perlu_perhatian_{filt.kode_pemda}_{filt.tahun}_{filt.periode}.csv",
        mime="text/csv",
    )

kiri, kanan = st.columns([2, 3])
kiri.plotly_chart(figures.gambar_predikat(ambil("predikat_triwulan_jumlah", **p)), width="stretch")
per_pd = ambil("pd_triwulan_capaian", **p)
if per_pd.empty:
    kanan.info("Belum ada OPD yang melapor pada triwulan ini.")
else:
    kanan.plotly_chart(figures.gambar_peringkat_pd(per_pd, r["batas_capaian_rata_rata"]), width="stretch")
