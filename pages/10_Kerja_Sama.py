"""Kerja Sama Daerah: every agreement with its partner and OPD, whether it is in the planning documents and
funded, and which end soon. Agreements not integrated, and those ending within six months, come first."""

from functools import partial

import streamlit as st

from pantau import figures, grafik
from pantau import format as fmt
from pantau.data import ambil
from pantau.frame import frame, pilih_tanggal
from pantau.tabel import warnai
from pantau.unduh import csv as unduh_csv
from pantau.unduh import tombol_berkas, xlsx

filt = frame(
    "Kerja Sama Daerah",
    ikon="🤝",
    keterangan="integrasi kerja sama ke dokumen perencanaan dan penganggaran",
    pakai_triwulan=False,
)
if filt is None:
    st.stop()


def ya_tidak(x: object) -> str:
    return "–" if fmt.kosong(x) else ("ya" if x else "tidak")


hari_ini = pilih_tanggal(
    "Masa berlaku per tanggal",
    "Kerja sama yang berakhir dalam enam bulan sesudah tanggal ini ditandai segera berakhir (bawaan: hari ini).",
)
p = {"kode_pemda": filt.kode_pemda, "tahun": filt.tahun, "hari_ini": hari_ini}

r = ambil("kerja_sama_ringkasan", **p).iloc[0]
if r["jumlah"] == 0:
    st.info(
        f"Belum ada kerja sama daerah {filt.nama_pemda} yang berlaku pada {filt.tahun}. Impor tabel `kerja_sama` "
        "(nomor, judul, mitra, OPD pengampu, masa berlaku, masuk perencanaan/anggaran, kode kegiatan, kategori) "
        "sesuai format impor (lihat README), atau pilih pemda atau tahun lain di samping."
    )
    st.stop()

bulan = fmt.angka(r["bulan_segera_berakhir"])
k1, k2, k3, k4, k5, k6 = st.columns(6)
k1.metric("Kerja sama berlaku", fmt.angka(r["jumlah"]), help=f"Masa berlakunya mencakup tahun {filt.tahun}.")
k2.metric(
    "Terintegrasi",
    fmt.persen(r["persen_terintegrasi"], 0),
    help=f"{fmt.angka(r['jumlah_terintegrasi'])} dari {fmt.angka(r['jumlah'])} kerja sama masuk dokumen "
    "perencanaan dan anggaran (keduanya dinyatakan `ya`).",
)
k3.metric(
    "Belum direncanakan",
    fmt.angka(r["jumlah_belum_direncanakan"]),
    help="Belum masuk dokumen perencanaan (RPJMD/RKPD/Renja).",
)
k4.metric("Belum dianggarkan", fmt.angka(r["jumlah_belum_dianggarkan"]), help="Sudah direncanakan, belum di DPA.")
k5.metric(
    "Segera berakhir",
    fmt.angka(r["jumlah_segera_berakhir"]),
    help=f"Berakhir dalam {bulan} bulan sesudah {fmt.tanggal_pendek(hari_ini)} (pengaturan kerja_sama_bulan_segera_berakhir).",
)
k6.metric("Belum disetujui DPRD", fmt.angka(r["jumlah_tanpa_persetujuan_dprd"]))
st.caption(
    f"Pagu sub kegiatan yang dirujuk kerja sama tahun {filt.tahun}: {fmt.rupiah(r['pagu'])}, realisasi "
    f"{fmt.rupiah(r['realisasi'])}. Pagu adalah pagu seluruh sub kegiatan itu, tidak hanya bagian kerja samanya. "
    "Persetujuan DPRD kosong berarti tidak diwajibkan; yang dihitung belum disetujui adalah yang diisi `tidak`."
)

daftar = ambil("kerja_sama_daftar", **p)
tampil = daftar.assign(
    opd=daftar["singkatan"].fillna(daftar["nama_pd"]),
    mulai=daftar["tanggal_mulai"].map(fmt.tanggal_pendek),
    masa_teks=[
        f"{m}: {fmt.tanggal_pendek(t)}" + ("" if fmt.kosong(s) or s < 0 else f" ({fmt.angka(s)} hari)")
        for m, t, s in zip(daftar["label_masa"], daftar["tanggal_berakhir"], daftar["sisa_hari"], strict=True)
    ],
    rencana=daftar["masuk_perencanaan"].map(ya_tidak),
    anggaran=daftar["masuk_anggaran"].map(ya_tidak),
    dprd=daftar["persetujuan_dprd"].map(ya_tidak),
    pagu_teks=daftar["pagu"].map(fmt.rupiah),
    realisasi_teks=daftar["realisasi"].map(fmt.rupiah),
    serapan=daftar["serapan_persen"].map(fmt.persen),
    tindakan=daftar["tindakan"].replace("", "–"),
)
warna = {"label_integrasi": tampil["warna_integrasi"], "masa_teks": tampil["warna_masa"]}
kolom_umum = {
    "nomor": "Nomor",
    "judul": st.column_config.TextColumn("Judul", width="medium"),
    "label_integrasi": "Integrasi",
    "masa_teks": st.column_config.TextColumn("Masa berlaku s.d.", width="medium"),
    "tindakan": st.column_config.TextColumn("Yang perlu dilakukan", width="large"),
    "opd": "OPD",
}

st.subheader("Perlu ditindaklanjuti lebih dulu")
perhatian = tampil[tampil["perlu_perhatian"]]
if perhatian.empty:
    st.success(f"Semua kerja sama sudah terintegrasi dan tidak ada yang berakhir dalam {bulan} bulan.")
else:
    st.caption(f"Belum masuk perencanaan atau anggaran, lalu yang berakhir dalam {bulan} bulan.")
    kolom = list(kolom_umum)
    st.dataframe(
        warnai(perhatian[kolom], warna),
        hide_index=True,
        width="stretch",
        column_config=kolom_umum,
    )

kiri, kanan = st.columns(2)
grafik.tampilkan(
    figures.gambar_integrasi_kerja_sama, ambil("kerja_sama_pd_integrasi", **p), "Per OPD pengampu", tempat=kiri
)
grafik.tampilkan(
    figures.gambar_integrasi_kerja_sama, ambil("kerja_sama_kategori_integrasi", **p), "Per kategori mitra", tempat=kanan
)

st.subheader("Semua kerja sama")
kolom_semua = {
    **kolom_umum,
    "mitra": st.column_config.TextColumn("Mitra", width="medium"),
    "label_kategori": "Kategori",
    "jenis_naskah": st.column_config.TextColumn("Jenis naskah", width="medium"),
    "nomor_mitra": "Nomor di pihak mitra",
    "mulai": "Mulai",
    "rencana": "Masuk perencanaan",
    "anggaran": "Masuk anggaran",
    "dprd": "Persetujuan DPRD",
    "kode_kegiatan": "Kode kegiatan",
    "pagu_teks": "Pagu sub kegiatan",
    "realisasi_teks": "Realisasi",
    "serapan": "Serapan",
}
urutan = [*kolom_umum, "mitra", "label_kategori", "jenis_naskah", "nomor_mitra", "mulai", "rencana", "anggaran"]
urutan += ["dprd", "kode_kegiatan", "pagu_teks", "realisasi_teks", "serapan"]
st.dataframe(warnai(tampil[urutan], warna), hide_index=True, width="stretch", column_config=kolom_semua)

rincian = ambil("kerja_sama_kegiatan_rincian", **p)
with st.expander(f"Sub kegiatan yang dirujuk, pagu dan realisasi {filt.tahun}", expanded=False):
    if rincian.empty:
        st.info("Belum ada kerja sama yang merujuk kode kegiatan. Isi kolom `kode_kegiatan` pada tabel kerja_sama.")
    else:
        st.dataframe(
            rincian.assign(
                ada=rincian["ditemukan"].map(ya_tidak),
                pagu_teks=rincian["pagu"].map(fmt.rupiah),
                realisasi_teks=rincian["realisasi"].map(fmt.rupiah),
                serapan=rincian["serapan_persen"].map(fmt.persen),
                bulan=rincian["bulan_realisasi"].map(lambda b: "–" if fmt.kosong(b) else fmt.BULAN[int(b) - 1]),
            )[
                [
                    "nomor",
                    "kode_dirujuk",
                    "ada",
                    "kode_kegiatan",
                    "nama_kegiatan",
                    "singkatan",
                    "pagu_teks",
                    "realisasi_teks",
                    "serapan",
                    "bulan",
                ]
            ],
            hide_index=True,
            width="stretch",
            column_config={
                "nomor": "Nomor kerja sama",
                "kode_dirujuk": "Kode dirujuk",
                "ada": "Ada di DPA",
                "kode_kegiatan": "Sub kegiatan",
                "nama_kegiatan": st.column_config.TextColumn("Nama sub kegiatan", width="large"),
                "singkatan": "OPD",
                "pagu_teks": "Pagu",
                "realisasi_teks": "Realisasi",
                "serapan": "Serapan",
                "bulan": "Dilaporkan s.d.",
            },
        )

unduh = daftar.drop(columns=["warna_integrasi", "warna_masa"])
c1, c2 = st.columns([1, 4])
tombol_berkas(
    c1,
    "Unduh daftar (CSV)",
    partial(unduh_csv, unduh),
    file_name=f"kerja_sama_{filt.kode_pemda}_{filt.tahun}.csv",
    mime="text/csv",
)
tombol_berkas(
    c2,
    "Unduh daftar dan sub kegiatan (XLSX)",
    partial(xlsx, {"kerja_sama": unduh, "sub_kegiatan": rincian}),
    file_name=f"kerja_sama_{filt.kode_pemda}_{filt.tahun}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
)
