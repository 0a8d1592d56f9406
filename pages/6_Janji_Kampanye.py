"""Janji Kampanye: is every campaign promise carried by activities, funded, moving, and are the tags complete?"""

from functools import partial

import streamlit as st

from pantau import figures, grafik
from pantau import format as fmt
from pantau.data import ambil
from pantau.frame import frame
from pantau.unduh import tombol_berkas, xlsx

filt = frame(
    "Janji Kampanye",
    ikon="📣",
    keterangan="kegiatan bertanda janji kampanye: cakupan, anggaran, kemajuan dan IKU",
)
if filt is None:
    st.stop()


p = filt.params()
janji = ambil("janji_cakupan", **p)
if janji.empty:
    st.info(
        f"Belum ada janji kampanye untuk {filt.nama_pemda}. Impor tabel `janji_kampanye`, lalu tandai kegiatan "
        "yang mendukungnya di `tag_janji` (dengan bentuk dukungan dan output), sesuai format impor (lihat README)."
    )
    st.stop()

jumlah = ambil("janji_status_jumlah", **p)
kegiatan = ambil("janji_kegiatan", **p)
iku = ambil("janji_iku", **p)
tidak_lengkap = ambil("janji_tag_tidak_lengkap", **p)
bulan_acuan = int(janji["bulan_acuan"].iloc[0])
acuan = f"{fmt.BULAN[bulan_acuan - 1]} {filt.tahun}"

kolom = st.columns(len(jumlah) + 1)
for kol, (_, s) in zip(kolom, jumlah.iterrows(), strict=False):
    kol.metric(s["label"], fmt.angka(s["jumlah"]))
kolom[-1].metric(
    "Tanda belum lengkap",
    fmt.angka(len(tidak_lengkap)),
    help="Kegiatan bertanda janji tanpa bentuk dukungan atau tanpa output: arahan meminta keduanya.",
)
st.caption(f"Status janji per {acuan} (akhir {fmt.TRIWULAN[filt.triwulan]}, atau bulan laporan terakhir).")

tanpa = janji[janji["jumlah_kegiatan"] == 0]
if len(tanpa):
    st.warning(
        f"⚠️ **{fmt.angka(len(tanpa))} janji belum didukung satu kegiatan pun pada {filt.tahun}:**\n\n"
        + "\n".join(f"- **{r['kode_janji']}** {r['uraian']}" for _, r in tanpa.iterrows())
        + "\n\nMinta OPD terkait menandai kegiatan pendukungnya di `tag_janji`, atau rencanakan kegiatannya."
    )

with st.expander("Aturan status janji"):
    st.markdown(
        f"""
Kegiatan bertanda = sub kegiatan di `tag_janji` (tanda pada program atau kegiatan mencakup semua sub kegiatan di
bawahnya). Dinilai per bulan acuan ({acuan}), diperiksa berurutan:
1. **Belum ada kegiatan**: tidak ada kegiatan bertanda tahun ini.
2. **Tercapai**: semua kegiatan bertanda melaporkan realisasi fisik sekurang-kurangnya pengaturan
   `fisik_janji_tercapai` (bawaan 100 %).
3. **Tertunda**: ada kegiatan bertanda yang realisasi keuangannya kurang dari pengaturan `ambang_janji_tertunda`
   (bawaan 75 %) dari rencana kasnya s.d. bulan acuan.
4. **Berjalan**: selain itu.

Capaian IKU: rata-rata capaian IKU yang dilayani kegiatan bertanda (tiap capaian dibatasi 0–120 % seperti di
Ringkasan), triwulan terakhir yang ada realisasinya s.d. {fmt.TRIWULAN[filt.triwulan]}.
"""
    )

ada = janji[janji["jumlah_kegiatan"] > 0]
if len(ada):
    grafik.tampilkan(figures.gambar_janji, janji)

st.subheader("Setiap janji")
tampil = janji.assign(
    opd=janji["daftar_pd"].fillna("–"),
    pagu_teks=[fmt.rupiah(v) if n else "–" for v, n in zip(janji["pagu"], janji["jumlah_kegiatan"], strict=True)],
    realisasi_teks=[
        fmt.rupiah(v) if n else "–" for v, n in zip(janji["realisasi_sd"], janji["jumlah_kegiatan"], strict=True)
    ],
    serapan=[fmt.persen(v) for v in janji["serapan_persen"]],
    capaian=[
        "–" if fmt.kosong(c) else f"{fmt.persen(c)} ({pr})"
        for c, pr in zip(janji["rata_rata_capaian_iku"], janji["predikat_iku"], strict=True)
    ],
    tanda=[
        "⚠️ " + fmt.angka(t) if t else "lengkap" if n else "–"
        for t, n in zip(janji["jumlah_tag_tidak_lengkap"], janji["jumlah_tag"], strict=True)
    ],
)
st.dataframe(
    tampil[
        [
            "kode_janji",
            "uraian",
            "label_status",
            "jumlah_kegiatan",
            "opd",
            "pagu_teks",
            "realisasi_teks",
            "serapan",
            "daftar_iku",
            "capaian",
            "tanda",
        ]
    ],
    hide_index=True,
    width="stretch",
    column_config={
        "kode_janji": "Kode",
        "uraian": st.column_config.TextColumn("Janji kampanye", width="large"),
        "label_status": "Status",
        "jumlah_kegiatan": st.column_config.NumberColumn("Kegiatan", help="Sub kegiatan bertanda"),
        "opd": "OPD",
        "pagu_teks": "Pagu",
        "realisasi_teks": f"Realisasi s.d. {fmt.BULAN_SINGKAT[bulan_acuan - 1]}",
        "serapan": "Serapan",
        "daftar_iku": st.column_config.TextColumn("IKU yang dilayani", width="large"),
        "capaian": "Rata-rata capaian IKU",
        "tanda": st.column_config.TextColumn("Tanda belum lengkap", help="Tanda tanpa bentuk dukungan atau output"),
    },
)

st.subheader("Tanda yang belum lengkap")
if tidak_lengkap.empty:
    st.success("Semua kegiatan bertanda menyebut bentuk dukungan dan outputnya.")
else:
    st.dataframe(
        tidak_lengkap.assign(
            bentuk_dukungan=tidak_lengkap["bentuk_dukungan"].fillna("— kosong —"),
            output=tidak_lengkap["output"].fillna("— kosong —"),
        )[["kode_janji", "kode_kegiatan", "nama", "singkatan", "bentuk_dukungan", "output", "yang_kurang"]],
        hide_index=True,
        width="stretch",
        column_config={
            "kode_janji": "Janji",
            "kode_kegiatan": "Kode kegiatan",
            "nama": st.column_config.TextColumn("Kegiatan", width="medium"),
            "singkatan": "OPD",
            "bentuk_dukungan": st.column_config.TextColumn("Bentuk dukungan", width="medium"),
            "output": st.column_config.TextColumn("Output", width="medium"),
            "yang_kurang": "Yang kurang",
        },
    )

st.subheader("Rincian per janji")
berkegiatan = ada["kode_janji"].tolist()
if not berkegiatan:
    st.info("Belum ada janji dengan kegiatan bertanda tahun ini.")
else:
    uraian = dict(zip(janji["kode_janji"], janji["uraian"], strict=True))
    pilih = st.selectbox("Janji", berkegiatan, format_func=lambda k: f"{k} · {uraian[k]}", key="janji_rinci")
    keg = kegiatan[kegiatan["kode_janji"] == pilih]
    st.dataframe(
        keg.assign(
            pagu_teks=[fmt.rupiah(v) for v in keg["pagu"]],
            realisasi_teks=[fmt.rupiah(v) for v in keg["realisasi_sd"]],
            serapan=[fmt.persen(v) for v in keg["serapan_persen"]],
            fisik=[fmt.persen(v) for v in keg["fisik_persen_terendah"]],
            keadaan=["⚠️ tertinggal dari rencana kas" if t else "" for t in keg["tertinggal"]],
            bentuk_dukungan=keg["bentuk_dukungan"].fillna("— kosong —"),
            output=keg["output"].fillna("— kosong —"),
        )[
            [
                "kode_kegiatan",
                "nama",
                "singkatan",
                "bentuk_dukungan",
                "output",
                "pagu_teks",
                "realisasi_teks",
                "serapan",
                "fisik",
                "keadaan",
                "daftar_iku",
            ]
        ],
        hide_index=True,
        width="stretch",
        column_config={
            "kode_kegiatan": "Kode",
            "nama": st.column_config.TextColumn("Kegiatan", width="medium"),
            "singkatan": "OPD",
            "bentuk_dukungan": st.column_config.TextColumn("Bentuk dukungan", width="medium"),
            "output": st.column_config.TextColumn("Output", width="medium"),
            "pagu_teks": "Pagu",
            "realisasi_teks": f"Realisasi s.d. {fmt.BULAN_SINGKAT[bulan_acuan - 1]}",
            "serapan": "Serapan",
            "fisik": "Fisik",
            "keadaan": "Keadaan",
            "daftar_iku": st.column_config.TextColumn("IKU yang dilayani", width="medium"),
        },
    )
    iku_pilih = iku[iku["kode_janji"] == pilih]
    if iku_pilih.empty:
        st.info("Kegiatan bertanda janji ini belum terhubung ke IKU mana pun (lihat halaman Keterlacakan).")
    else:
        st.dataframe(
            iku_pilih.assign(
                target=[
                    fmt.target(t, a, b)
                    for t, a, b in zip(
                        iku_pilih["target_sd"], iku_pilih["target_min_sd"], iku_pilih["target_max_sd"], strict=True
                    )
                ],
                realisasi=[fmt.angka(v, 2) for v in iku_pilih["realisasi_sd"]],
                capaian=[fmt.persen(v) for v in iku_pilih["capaian_persen"]],
                triwulan=[fmt.TRIWULAN[int(v[-1])] if not fmt.kosong(v) else "–" for v in iku_pilih["periode"]],
            )[
                [
                    "nama_indikator",
                    "nama_pd",
                    "satuan",
                    "triwulan",
                    "target",
                    "realisasi",
                    "capaian",
                    "predikat",
                    "keterangan",
                ]
            ],
            hide_index=True,
            width="stretch",
            column_config={
                "nama_indikator": st.column_config.TextColumn("IKU", width="large"),
                "nama_pd": "OPD",
                "satuan": "Satuan",
                "triwulan": "Triwulan",
                "target": "Target s.d. TW",
                "realisasi": "Realisasi s.d. TW",
                "capaian": "Capaian",
                "predikat": "Predikat",
                "keterangan": "Keterangan",
            },
        )

tombol_berkas(
    st,
    "Unduh janji, kegiatan bertanda, IKU dan tanda belum lengkap (XLSX)",
    partial(
        xlsx,
        {
            "janji": janji.drop(columns=["warna_status", "warna_predikat_iku"]),
            "kegiatan_bertanda": kegiatan,
            "iku": iku.drop(columns=["warna_predikat"]),
            "tanda_belum_lengkap": tidak_lengkap,
        },
    ),
    file_name=f"janji_kampanye_{filt.kode_pemda}_{filt.tahun}_{filt.periode}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
)
