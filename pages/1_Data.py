"""Data: what is loaded, when it was imported, what in it does not hold together, and who changed what."""

import streamlit as st

from pantau import figures
from pantau import format as fmt
from pantau.config import db_path
from pantau.data import ambil
from pantau.db import NASIONAL
from pantau.frame import frame
from pantau.masuk import lingkup_sekarang, pelaku, pengguna_sekarang
from pantau.unduh import csv as unduh_csv
from pantau.unduh import tombol_unduh

filt = frame("Data", ikon="🗄️", keterangan="isi basis data, riwayat impor dan jejak audit", pakai_triwulan=False)
lingkup = lingkup_sekarang()
akun = pengguna_sekarang()
# The administrator of the whole file sees every batch and audit row; a scoped administrator those of the pemda
# chosen in the sidebar (always within their scope: `frame` refuses another one).
pemda_lihat = NASIONAL if lingkup.semua else (filt.kode_pemda if filt else None)

if lingkup.semua:
    jumlah = ambil("tabel_tahun_jumlah")
    batch = ambil("impor_batch_daftar", kode_pemda=NASIONAL)
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
elif pemda_lihat is None:
    st.stop()
else:
    st.caption(
        "Isi per tabel dan pemeriksaan konsistensi mencakup semua pemda: hanya untuk administrator seluruh basis "
        f"data. Di bawah: riwayat impor dan jejak audit pemda {filt.nama_pemda}."
    )
    batch = ambil("impor_batch_daftar", kode_pemda=pemda_lihat)

st.subheader("Riwayat impor")
if batch.empty:
    st.info("Belum ada impor. Gunakan halaman Impor Data atau `python -m pantau impor FOLDER` (lihat README).")
else:
    st.dataframe(batch, hide_index=True, width="stretch")
    st.caption("Batch dapat dibatalkan di halaman Impor Data atau dengan `python -m pantau batal NOMOR_BATCH`.")

st.subheader("Jejak audit")
jejak = ambil("jejak_audit_daftar", kode_pemda=pemda_lihat)
st.caption(
    "Setiap impor, pembatalan batch, tindak lanjut yang disimpan dan perubahan pengaturan: siapa (akun yang masuk; "
    "tanpa login: admin lokal), kapan, apa. Dicatat dalam transaksi yang sama dengan tindakannya."
)
if jejak.empty:
    st.info("Jejak audit masih kosong.")
else:
    st.dataframe(jejak, hide_index=True, width="stretch")
    tombol_unduh(jejak, "jejak_audit", lembar="jejak_audit", label="jejak audit")

if akun is not None and akun.boleh_kelola and lingkup.semua:
    st.subheader("Pengaturan")
    atur = ambil("pengaturan_daftar")
    st.dataframe(atur, hide_index=True, width="stretch")
    with st.form("ubah_pengaturan"):
        kunci = st.selectbox("Pengaturan", atur["kunci"].tolist())
        nilai = st.number_input("Nilai baru", value=None, step=1.0, format="%g")
        nama = st.text_input("Diubah oleh (untuk jejak audit)") if akun.peran == "admin_lokal" else ""
        if st.form_submit_button("Simpan pengaturan"):
            from pantau.pengaturan import ubah_pengaturan

            if nilai is None:
                st.warning("Isi nilai baru.")
            else:
                pengguna, peran = pelaku(akun, nama)
                ok, pesan = ubah_pengaturan(
                    db_path(), kunci, float(nilai), pengguna=pengguna, peran=peran, lingkup=lingkup
                )
                (st.success if ok else st.error)(pesan)
