"""Data: what is loaded, when it was imported, and what in it does not hold together."""

import streamlit as st

from pantau import figures
from pantau import format as fmt
from pantau.data import ambil
from pantau.frame import frame
from pantau.masuk import lingkup_sekarang
from pantau.unduh import csv as unduh_csv

frame("Data", ikon="🗄️", keterangan="isi basis data untuk semua pemda dan tahun", pakai_triwulan=False)
if not lingkup_sekarang().semua:
    # every number here spans every pemda: only for the administrator of the whole file
    st.info(
        "Isi basis data, riwayat impor dan pemeriksaan konsistensi mencakup semua pemda: hanya untuk administrator."
    )
    st.stop()

jumlah = ambil("tabel_tahun_jumlah")
batch = ambil("impor_batch_daftar")
# A national database can hold a million findings: the page shows the first ones, the download has them all.
BATAS_TEMUAN = 2000
temuan = ambil("konsistensi_temuan", batas=BATAS_TEMUAN)
jumlah_temuan = int(ambil("konsistensi_jumlah")["jumlah"].iloc[0])

k1, k2, k3 = st.columns(3)
k1.metric("Baris data", fmt.angka(jumlah["jumlah"].sum()))
k2.metric(
    "Impor terakhir",
    "–" if batch.empty else batch["waktu"].iloc[0].strftime("%d-%m-%Y %H:%M"),
    help="Waktu batch impor terbaru (termasuk yang dibatalkan).",
)
k3.metric(
    "Temuan konsistensi",
    fmt.angka(jumlah_temuan),
    help="Galat: kode dirujuk tetapi tidak ada. Peringatan: IKU tanpa target, rencana kas ≠ pagu, dll.",
)

st.subheader("Isi per tabel dan tahun")
kiri, kanan = st.columns([3, 2])
tabel = jumlah.assign(tahun=jumlah["tahun"].map(lambda t: "semua" if fmt.kosong(t) else str(int(t))))
kiri.dataframe(
    tabel.pivot_table(index="tabel", columns="tahun", values="jumlah", aggfunc="sum", sort=False)
    .fillna(0)
    .astype(int)
    .map(fmt.angka),
    width="stretch",
)
kanan.plotly_chart(figures.gambar_jumlah_tabel(jumlah), width="stretch")

st.subheader("Pemeriksaan konsistensi")
if temuan.empty:
    st.success("Tidak ada temuan: semua kode yang dirujuk ada, setiap IKU punya target, rencana kas sesuai pagu.")
else:
    st.dataframe(temuan, hide_index=True, width="stretch")
    if jumlah_temuan > len(temuan):
        st.caption(
            f"Ditampilkan {fmt.angka(len(temuan))} temuan pertama dari {fmt.angka(jumlah_temuan)} "
            "(galat dahulu); unduhan berisi semuanya."
        )
    st.download_button(
        "Unduh temuan (CSV)",
        # every finding, read only when the button is pressed
        lambda: unduh_csv(ambil("konsistensi_temuan", batas=0)),
        file_name="temuan_konsistensi.csv",
        mime="text/csv",
    )

st.subheader("Riwayat impor")
if batch.empty:
    st.info("Belum ada impor. Gunakan `python -m pantau impor FOLDER` (lihat README).")
else:
    st.dataframe(batch, hide_index=True, width="stretch")
    st.caption("Batch dapat dibatalkan dengan `python -m pantau batal NOMOR_BATCH`.")
