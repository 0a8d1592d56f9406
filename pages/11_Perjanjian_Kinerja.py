"""Perjanjian Kinerja: per OPD, whether and when the head signed the year's performance contract, how many IKU
it holds and how many have quarterly targets. Unsigned contracts past the deadline come first."""

from functools import partial

import streamlit as st

from pantau import figures, grafik
from pantau import format as fmt
from pantau.data import ambil
from pantau.frame import frame, pilih_tanggal
from pantau.tabel import warnai
from pantau.unduh import csv as unduh_csv
from pantau.unduh import tombol_berkas

filt = frame(
    "Perjanjian Kinerja",
    ikon="✍️",
    keterangan="penandatanganan PK kepala OPD dan IKU yang dijanjikan",
    pakai_triwulan=False,
)
if filt is None:
    st.stop()


hari_ini = pilih_tanggal(
    "Keadaan per tanggal",
    "PK yang belum ditandatangani sesudah batasnya ditandai lewat batas pada tanggal ini (bawaan: hari ini).",
)
p = {"kode_pemda": filt.kode_pemda, "tahun": filt.tahun, "hari_ini": hari_ini}

# the pemda beside its province and the province's kabupaten/kota (the national view: every pemda)
semua = ambil("pk_ringkas", tahun=filt.tahun, hari_ini=hari_ini, hanya_pemda="", keluarga=filt.kode_pemda)
ini = semua[semua["kode_pemda"] == filt.kode_pemda]
daftar = ambil("pk_pd_daftar", **p)
if ini.empty or daftar.empty:
    st.info(
        f"Belum ada perangkat daerah untuk {filt.nama_pemda}. Impor tabel `perangkat_daerah`, lalu "
        "`perjanjian_kinerja` (satu baris per OPD per tahun dengan tanggal tanda tangan) sesuai format impor "
        "(lihat README)."
    )
    st.stop()
r = ini.iloc[0]
batas = r["batas_tanda_tangan"]

if r["jumlah_tidak_tercatat"] == r["jumlah_opd"]:
    st.info(
        f"Tanggal tanda tangan PK tahun {filt.tahun} belum diisi untuk setiap OPD: baris `perjanjian_kinerja` "
        f"tahun {filt.tahun} ada tetapi kolom `tanggal_tanda_tangan` kosong. Impor ulang dengan tanggalnya."
    )

k1, k2, k3, k4 = st.columns(4)
k1.metric("OPD", fmt.angka(r["jumlah_opd"]))
k2.metric(
    "PK ditandatangani",
    f"{fmt.angka(r['jumlah_ditandatangani'])} dari {fmt.angka(r['jumlah_tercatat'])}",
    help=f"{fmt.angka(r['jumlah_terlambat'])} di antaranya ditandatangani sesudah batas.",
)
k3.metric("PK belum ditandatangani", fmt.angka(r["jumlah_belum"]))
k4.metric(
    "Belum, lewat batas",
    fmt.angka(r["jumlah_lewat_batas"]),
    help=f"Batas penandatanganan PK {filt.tahun}: {fmt.tanggal(batas)} (pengaturan pk_batas_bulan).",
)

st.subheader("Belum ditandatangani")
belum = daftar[daftar["ditandatangani"].eq(False)]
if belum.empty:
    if r["jumlah_tidak_tercatat"] < r["jumlah_opd"]:
        st.success(f"Semua OPD sudah menandatangani PK {filt.tahun}.")
else:
    for b in belum.itertuples():
        kepala = b.nama_kepala if isinstance(b.nama_kepala, str) else "kepala OPD belum tercatat"
        teks = f"**{b.nama_pd}** ({kepala}) belum menandatangani PK {filt.tahun}"
        if b.lewat_batas:
            st.warning(
                f"{teks}: {fmt.angka(b.hari_lewat_batas)} hari lewat batas {fmt.tanggal(b.batas_tanda_tangan)}.",
                icon="🚨",
            )
        else:
            st.info(f"{teks}; batasnya {fmt.tanggal(b.batas_tanda_tangan)}.")
    if belum["kepala_plt"].any():
        st.caption("Kepala OPD yang masih Plt. biasanya menunggu pejabat definitif: tindak lanjutnya ada di BKD.")

kiri, kanan = st.columns([2, 3])
# one row per state, most urgent first: the count per state comes with every OPD's row (pk_pd_daftar)
per_keadaan = daftar.drop_duplicates("keadaan").sort_values("urutan_keadaan")
grafik.tampilkan(
    figures.gambar_keadaan_pk,
    per_keadaan[["keadaan", "label_keadaan", "urutan_keadaan", "warna_keadaan", "jumlah_opd_keadaan"]].rename(
        columns={"jumlah_opd_keadaan": "jumlah"}
    ),
    tempat=kiri,
)
if daftar["ditandatangani"].notna().any():
    grafik.tampilkan(figures.gambar_tanggal_pk, daftar, batas, hari_ini, tempat=kanan)
else:
    kanan.info("Tidak ada tanggal PK tahun ini untuk digambar.")

st.subheader("Perjanjian Kinerja per OPD")
tabel = daftar.assign(
    opd=daftar["singkatan"].fillna(daftar["nama_pd"]),
    tanggal_teks=daftar["tanggal_pk"].map(fmt.tanggal),
    lewat=[("–" if fmt.kosong(h) else f"{fmt.angka(h)} hari") for h in daftar["hari_lewat_batas"]],
    iku_tw=[
        f"{fmt.angka(a)} dari {fmt.angka(b)}"
        for a, b in zip(daftar["jumlah_iku_target_triwulan"], daftar["jumlah_iku"], strict=True)
    ],
)
st.dataframe(
    warnai(
        tabel[
            [
                "opd",
                "nama_kepala",
                "tanggal_teks",
                "label_keadaan",
                "lewat",
                "jumlah_iku",
                "jumlah_iku_bertarget",
                "iku_tw",
            ]
        ],
        {"label_keadaan": tabel["warna_keadaan"]},
    ),
    hide_index=True,
    width="stretch",
    column_config={
        "opd": "OPD",
        "nama_kepala": st.column_config.TextColumn("Kepala OPD", width="medium"),
        "tanggal_teks": "Tanggal PK",
        "label_keadaan": st.column_config.TextColumn("Keadaan", width="medium"),
        "lewat": "Lewat batas",
        "jumlah_iku": st.column_config.NumberColumn("IKU dalam PK", help="IKU Pemda dan IKU PD yang dipegang OPD."),
        "jumlah_iku_bertarget": st.column_config.NumberColumn("IKU bertarget", help=f"Punya target {filt.tahun}."),
        "iku_tw": st.column_config.TextColumn("Bertarget triwulan", help="IKU dengan target TW I–IV lengkap."),
    },
)
tombol_berkas(
    st,
    "Unduh daftar PK (CSV)",
    partial(unduh_csv, daftar.drop(columns=["warna_keadaan", "jumlah_opd_keadaan"])),
    file_name=f"perjanjian_kinerja_{filt.kode_pemda}_{filt.tahun}.csv",
    mime="text/csv",
)

if len(semua) > 1:
    st.subheader("Per pemda")
    st.caption("Provinsi dan kabupaten/kota: penandatanganan PK seluruh OPD.")
    st.dataframe(
        semua.assign(
            persen=semua["persen_ditandatangani"].map(fmt.persen),
            batas_teks=semua["batas_tanda_tangan"].map(fmt.tanggal),
        )[
            [
                "nama_pemda",
                "jumlah_opd",
                "jumlah_ditandatangani",
                "jumlah_terlambat",
                "jumlah_belum",
                "jumlah_lewat_batas",
                "jumlah_tidak_tercatat",
                "persen",
                "batas_teks",
            ]
        ],
        hide_index=True,
        width="stretch",
        column_config={
            "nama_pemda": "Pemda",
            "jumlah_opd": "OPD",
            "jumlah_ditandatangani": "Ditandatangani",
            "jumlah_terlambat": "Terlambat",
            "jumlah_belum": "Belum",
            "jumlah_lewat_batas": "Belum, lewat batas",
            "jumlah_tidak_tercatat": "Tidak tercatat",
            "persen": "Ditandatangani (%)",
            "batas_teks": "Batas",
        },
    )
