"""Keterlacakan: can every program and kegiatan be traced to the IKU it serves, and where does the money go?"""

import streamlit as st

from pantau import figures, grafik, tabel
from pantau import format as fmt
from pantau.data import ambil
from pantau.db import NASIONAL
from pantau.frame import frame
from pantau.unduh import tombol_berkas, xlsx

filt = frame(
    "Keterlacakan",
    ikon="🌳",
    keterangan="cascading misi → sasaran → IKU → program → kegiatan → sub kegiatan",
)
if filt is None:
    st.stop()


p = filt.params()
r = ambil("keterlacakan_ringkasan", **p).iloc[0]
if r["jumlah_program"] == 0:
    st.info(
        f"Belum ada program/kegiatan untuk {filt.nama_pemda} tahun {filt.tahun}. Impor tabel `kegiatan` (program, "
        "kegiatan dan sub kegiatan, dengan `kode_indikator` IKU yang dilayani) sesuai format impor (lihat README), "
        "atau pilih tahun lain di samping."
    )
    st.stop()

yatim = ambil("keterlacakan_yatim", **p, batas=filt.batas)
iku_tanpa = ambil("keterlacakan_iku_tanpa_kegiatan", **p, batas=filt.batas)
per_pd = ambil("keterlacakan_pd_prioritas", **p)
tanpa_kontribusi = ambil("keterlacakan_non_prioritas_tanpa_kontribusi", **p, batas=filt.batas)

k1, k2, k3, k4, k5 = st.columns(5)
k1.metric(
    "Program tanpa IKU",
    f"{fmt.angka(r['jumlah_program_yatim'])} dari {fmt.angka(r['jumlah_program'])}",
    help="Program yang tidak menyebut IKU, dan tidak satu pun kegiatan/sub kegiatan di bawahnya menyebut IKU.",
)
k2.metric(
    "Kegiatan tanpa IKU",
    f"{fmt.angka(r['jumlah_kegiatan_yatim'])} dari {fmt.angka(r['jumlah_kegiatan'])}",
    help="Kegiatan yang tidak menyebut IKU, begitu pula sub kegiatan di bawahnya dan programnya.",
)
k3.metric(
    "Pagu terlacak ke IKU",
    fmt.persen(r["porsi_pagu_terlacak_persen"]),
    help=f"{fmt.rupiah(r['pagu_terlacak'])} dari {fmt.rupiah(r['pagu_total'])}: pagu sub kegiatan yang punya jalur ke IKU.",
)
k4.metric(
    "IKU tanpa kegiatan",
    f"{fmt.angka(r['jumlah_iku_tanpa_kegiatan'])} dari {fmt.angka(r['jumlah_iku'])}",
    help="IKU Pemda dan IKU PD yang tidak disebut satu pun program, kegiatan atau sub kegiatan tahun ini.",
)
k5.metric(
    "Non-prioritas dominan",
    f"{fmt.angka(r['jumlah_pd_non_prioritas_lebih_besar'])} dari {fmt.angka(r['jumlah_pd'])}",
    help="OPD yang pagu sub kegiatan non-prioritasnya melebihi pagu prioritasnya.",
)

st.subheader("Pohon kinerja")
st.caption(
    "Ukuran kotak = pagu (sub kegiatan yang melayani beberapa IKU dibagi rata); warna = predikat capaian IKU "
    f"terakhir s.d. {fmt.TRIWULAN[filt.triwulan]} (misi dan sasaran: rata-rata IKU di bawahnya). Abu-abu tua: tanpa "
    "jalur ke IKU; abu-abu muda: IKU belum ada capaian. Klik kotak untuk masuk lebih dalam, klik jalur di atas "
    "untuk kembali."
)
# The whole nation's tree has over a million boxes: drawn per pemda only.
pohon = None if filt.kode_pemda == NASIONAL else ambil("keterlacakan_pohon", **p)
if pohon is None:
    st.info("Pohon kinerja digambar per pemda. Pilih satu provinsi atau kabupaten/kota di filter *Pemerintah daerah*.")
elif pohon.empty:
    st.info("Belum ada sub kegiatan berpagu tahun ini: pohon kinerja digambar dari pagu sub kegiatan.")
else:
    sampai_sub = st.toggle(
        "Sampai sub kegiatan",
        key="pohon_sub_kegiatan",
        help="Pohon bawaan berhenti di kegiatan (ukuran kotaknya tetap seluruh pagu kegiatan), supaya cepat "
        "tergambar; nyalakan untuk masuk sampai sub kegiatan.",
    )
    grafik.tampilkan(figures.gambar_pohon_kinerja, pohon, sub_kegiatan=sampai_sub)

kiri, kanan = st.columns(2)
with kiri:
    st.subheader("Program dan kegiatan tanpa jalur ke IKU")
    if yatim.empty:
        st.success("Setiap program dan kegiatan punya jalur ke IKU.")
    else:
        yatim_tampil = tabel.potong(yatim, "keterlacakan_baris_yatim")
        st.dataframe(
            yatim_tampil.assign(
                tingkat=yatim_tampil["tingkat"].map({"program": "Program", "kegiatan": "Kegiatan"}),
                pagu_teks=[fmt.rupiah(v) for v in yatim_tampil["pagu"]],
                catatan=["program juga tanpa jalur" if y else "" for y in yatim_tampil["program_juga_yatim"]],
            )[["tingkat", "kode_kegiatan", "nama", "singkatan", "pagu_teks", "catatan"]],
            hide_index=True,
            width="stretch",
            column_config={
                "tingkat": "Tingkat",
                "kode_kegiatan": "Kode",
                "nama": st.column_config.TextColumn("Nama", width="medium"),
                "singkatan": "OPD",
                "pagu_teks": "Pagu",
                "catatan": "Catatan",
            },
        )
        st.caption("Isi `kode_indikator` (IKU yang dilayani) pada baris program, kegiatan atau sub kegiatannya.")
        filt.catatan_terpotong(yatim, "program/kegiatan", "program dahulu, menurut kode")
with kanan:
    st.subheader("IKU tanpa kegiatan pendukung")
    if iku_tanpa.empty:
        st.success("Setiap IKU disebut sekurang-kurangnya satu program, kegiatan atau sub kegiatan.")
    else:
        iku_tanpa_tampil = tabel.potong(iku_tanpa, "keterlacakan_baris_iku")
        st.dataframe(
            iku_tanpa_tampil[["kode_indikator", "nama_indikator", "nama_pd", "sasaran"]],
            hide_index=True,
            width="stretch",
            column_config={
                "kode_indikator": "Kode",
                "nama_indikator": st.column_config.TextColumn("IKU", width="medium"),
                "nama_pd": "OPD",
                "sasaran": st.column_config.TextColumn("Sasaran", width="medium"),
            },
        )
        filt.catatan_terpotong(iku_tanpa, "IKU", "IKU Pemda dahulu, menurut kode")

st.subheader("Prioritas dan non-prioritas per OPD")
lebih = per_pd[per_pd["non_prioritas_lebih_besar"]]
if len(lebih):
    # the national view names the first ones only (thousands of OPD), and says how many there are
    sebut = lebih.head(10) if filt.nasional else lebih
    st.warning(
        f"⚠️ Pagu non-prioritas melebihi pagu prioritas di {fmt.angka(len(lebih))} OPD: "
        + ", ".join(
            f"**{n}** ({fmt.persen(v)} non-prioritas)"
            for n, v in zip(sebut["nama_pd"], sebut["porsi_non_prioritas_persen"], strict=True)
        )
        + (", …" if len(sebut) < len(lebih) else "")
        + ". Arahan: program non-prioritas tidak boleh menjadi fokus utama anggaran."
    )
if per_pd.empty:
    st.info("Belum ada sub kegiatan berpagu tahun ini untuk dibandingkan.")
else:
    grafik.tampilkan(figures.gambar_porsi_prioritas, filt.opd_teratas(per_pd, "porsi non-prioritas terbesar"))

st.subheader("Non-prioritas tanpa penjelasan kontribusi")
if tanpa_kontribusi.empty:
    st.success("Setiap program/kegiatan non-prioritas menjelaskan kontribusinya.")
else:
    st.caption(
        f"{fmt.angka(len(tanpa_kontribusi))} baris program/kegiatan/sub kegiatan non-prioritas dengan kolom "
        "`kontribusi` kosong. Jumlah per OPD ada di unduhan (lembar per_opd)."
    )
    st.dataframe(
        tanpa_kontribusi.assign(
            tingkat=tanpa_kontribusi["tingkat"].map(
                {"program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub kegiatan"}
            ),
            pagu_teks=[fmt.rupiah(v) for v in tanpa_kontribusi["pagu"]],
        )[["singkatan", "tingkat", "kode_kegiatan", "nama", "pagu_teks"]],
        hide_index=True,
        width="stretch",
        height=320,
        column_config={
            "singkatan": "OPD",
            "tingkat": "Tingkat",
            "kode_kegiatan": "Kode",
            "nama": st.column_config.TextColumn("Nama", width="large"),
            "pagu_teks": "Pagu",
        },
    )
    filt.catatan_terpotong(tanpa_kontribusi, "baris", "menurut OPD dan kode")

tombol_berkas(
    st,
    "Unduh keterlacakan (XLSX)",
    # built when pressed, not at every rerun
    lambda: xlsx(
        {
            "tanpa_jalur_iku": yatim,
            "iku_tanpa_kegiatan": iku_tanpa,
            "per_opd": per_pd.drop(
                columns=["warna_prioritas", "warna_non_prioritas", "label_prioritas", "label_non_prioritas"]
            ),
            "non_prioritas_tanpa_kontribusi": tanpa_kontribusi,
            **({} if pohon is None else {"pohon_kinerja": pohon.drop(columns=["warna"])}),
        }
    ),
    file_name=f"keterlacakan_{filt.kode_pemda}_{filt.tahun}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
)
