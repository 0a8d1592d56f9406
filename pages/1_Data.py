"""Data: what is loaded, when it was imported, what in it does not hold together, who changed what, and the accounts
of the pemda (the `pengguna` table) an administrator manages."""

import streamlit as st

from pantau import figures, grafik
from pantau import format as fmt
from pantau.config import db_path
from pantau.data import ambil
from pantau.db import NASIONAL
from pantau.frame import frame
from pantau.importer import HasilImpor
from pantau.masuk import lingkup_sekarang, pelaku, pengguna_sekarang
from pantau.pengguna import PERAN_BERI, hapus_pengguna, label_peran, ringkas, simpan_pengguna
from pantau.temuan import sebagai_tabel
from pantau.unduh import csv as unduh_csv
from pantau.unduh import tombol_berkas, tombol_unduh

filt = frame(
    "Data", ikon="🗄️", keterangan="isi basis data, riwayat impor, jejak audit dan pengguna", pakai_triwulan=False
)
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
    grafik.tampilkan(figures.gambar_jumlah_tabel, jumlah, tempat=kanan)

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
        tombol_berkas(
            st,
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

if akun is None or not akun.boleh_kelola:
    st.stop()
st.subheader("Pengguna")
if pesan := st.session_state.pop("pengguna_pesan", None):
    ok, teks, temuan_akun = pesan
    (st.success if ok else st.error)(teks)
    if len(temuan_akun):
        st.dataframe(temuan_akun, hide_index=True, width="stretch")
if filt is None or filt.kode_pemda == NASIONAL:
    st.info("Pilih satu pemda di sisi kiri untuk melihat dan mengatur akun penggunanya.")
else:
    st.caption(
        f"Akun {filt.nama_pemda} yang boleh masuk bila penyedia identitas tidak memberi klaim `peran`. Setiap simpan "
        "atau hapus menjadi satu batch impor (dapat dibatalkan di halaman Impor Data) dan tercatat di jejak audit. "
        "Peran nasional hanya dari penyedia identitas, tidak dapat diberikan di sini."
    )
    akun_pemda = ambil("pengguna_daftar", kode_pemda=filt.kode_pemda)
    opd = ambil("pd_pilihan", kode_pemda=filt.kode_pemda)
    nama_opd = dict(zip(opd["kode_pd"], opd["nama_pd"], strict=True))
    if akun_pemda.empty:
        st.info("Belum ada akun di tabel pengguna pemda ini.")
    else:
        st.dataframe(
            akun_pemda.assign(peran=akun_pemda["peran"].map(label_peran))[
                ["email", "peran", "kode_pd", "nama_pd", "nama", "batch_id"]
            ],
            hide_index=True,
            width="stretch",
        )

    def _simpan_pesan(hasil: HasilImpor, email: str) -> None:
        ok, teks = ringkas(hasil, email)
        st.session_state["pengguna_pesan"] = (ok, teks, sebagai_tabel(hasil.temuan))
        st.rerun()

    with st.form("pengguna_simpan"):
        st.markdown("**Tambah atau ubah akun** — email yang sudah ada di daftar diubah peran, OPD dan namanya.")
        c1, c2 = st.columns(2)
        email = c1.text_input("Email akun", placeholder="nama@pemda.go.id")
        nama_akun = c2.text_input("Nama")
        peran_akun = c1.selectbox("Peran", PERAN_BERI, format_func=label_peran)
        kode_pd = c2.selectbox(
            "OPD (wajib untuk operator OPD)",
            ["", *nama_opd],
            format_func=lambda k: f"{k} · {nama_opd[k]}" if k else "–",
        )
        nama_ketik = st.text_input("Diubah oleh (untuk jejak audit)") if akun.peran == "admin_lokal" else ""
        if st.form_submit_button("Simpan akun", type="primary", icon=":material/person_add:"):
            siapa, peran_siapa = pelaku(akun, nama_ketik)
            baris = {"kode_pemda": filt.kode_pemda, "email": email, "peran": peran_akun, "kode_pd": kode_pd,
                     "nama": nama_akun}  # fmt: skip
            _simpan_pesan(simpan_pengguna(baris, db_path(), pengguna=siapa, peran=peran_siapa, lingkup=lingkup), email)
    if not akun_pemda.empty:
        with st.form("pengguna_hapus"):
            st.markdown("**Hapus akun** — akun itu tidak lagi mendapat peran dari tabel ini.")
            hapus = st.selectbox("Akun yang dihapus", akun_pemda["email"].tolist())
            yakin = st.checkbox("Saya yakin menghapus akun ini")
            nama_ketik = st.text_input("Dihapus oleh (untuk jejak audit)") if akun.peran == "admin_lokal" else ""
            if st.form_submit_button("Hapus akun", icon=":material/person_remove:"):
                if not yakin:
                    st.warning("Centang konfirmasi lebih dulu.")
                else:
                    siapa, peran_siapa = pelaku(akun, nama_ketik)
                    _simpan_pesan(
                        hapus_pengguna(
                            filt.kode_pemda, hapus, db_path(), pengguna=siapa, peran=peran_siapa, lingkup=lingkup
                        ),
                        hapus,
                    )

if lingkup.semua:
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
