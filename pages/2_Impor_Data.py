"""Impor Data: upload, preview with findings, confirm; the batch history with rollback; templates."""

import hashlib

import streamlit as st

from pantau import format as fmt
from pantau.akses import ADMIN_LOKAL
from pantau.config import db_path
from pantau.contract import TABEL
from pantau.data import ambil
from pantau.db import NASIONAL
from pantau.frame import frame
from pantau.importer import Sumber, batalkan, impor
from pantau.importer.pemetaan import Pemetaan, daftar_pemetaan, label_sumber, periksa_pemetaan, simpan_pemetaan
from pantau.importer.tata_letak.contoh import TEMPLAT, templat_bytes
from pantau.masuk import lingkup_sekarang, pelaku, pengguna_sekarang
from pantau.templat import contoh_demo_zip, templat_xlsx
from pantau.temuan import sebagai_tabel
from pantau.unduh import csv as unduh_csv
from pantau.unduh import tombol_berkas

filt = frame("Impor Data", ikon="📥", keterangan="unggah berkas CSV/XLSX sesuai format impor", pakai_triwulan=False)
# Contract v2, "one pemda per file": rows without kode_pemda belong to the pemda chosen in the sidebar.
pemda_impor = filt.kode_pemda if filt and filt.kode_pemda != NASIONAL else None

st.markdown(
    "Unggah satu atau beberapa berkas **CSV** (satu tabel per berkas, nama berkas = nama tabel, mis. "
    "`realisasi.csv`) atau **XLSX** (satu lembar per tabel). Berkas diperiksa dulu; **tidak ada yang ditulis** "
    "sampai semua berkas bebas galat dan Anda menekan *Impor sekarang*."
)
c1, c2 = st.columns(2)
tombol_berkas(
    c1,
    "Unduh templat kosong (XLSX)",
    templat_xlsx(),
    file_name="templat_impor_pantau_kinerja.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
)
tombol_berkas(
    c2,
    "Unduh contoh terisi: provinsi demo (ZIP berisi CSV)",
    contoh_demo_zip(),
    file_name="contoh_provinsi_demo.zip",
    mime="application/zip",
)

with st.expander("Templat tata letak pemda (SIPD, PRP2, LRA, DKKB) yang dikenali langsung"):
    st.markdown(
        "Berkas dalam tata letak ini dibaca apa adanya (judul, kolom bulan, subtotal triwulan, baris Target/Realisasi), "
        "tanpa disusun ulang. Contoh terisi di bawah; rinciannya di docs/format_impor.md."
    )
    for label, nama_berkas, pembuat in TEMPLAT:
        tombol_berkas(
            st,
            f"Unduh contoh: {label}",
            templat_bytes(pembuat),
            file_name=nama_berkas,
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )

if pemda_impor:
    st.caption(
        f"Baris tanpa kolom **kode_pemda** menjadi milik **{filt.nama_pemda}** ({pemda_impor}), pemda yang dipilih "
        "di sisi kiri. Baris yang mengisi kode_pemda tetap milik pemdanya. Kode (OPD, program, IKU) dicari hanya di "
        "pemda barisnya."
    )
else:
    st.caption(
        "Setiap baris milik pemda di kolom **kode_pemda**. Bila kolom itu tidak ada, pilih satu pemda di sisi kiri "
        "(atau impor berkas yang hanya menyebut satu pemda)."
    )
# Saved column mappings (issue 17): a pemda's own layout mapped once and reused; the CLI uses them with --pemetaan.
tersimpan = {p.nama: p for p in daftar_pemetaan(db_path(), pemda_impor)}
nama_pemetaan = st.selectbox(
    "Pemetaan kolom tersimpan",
    ["(tanpa pemetaan)", *tersimpan],
    help="Untuk berkas dengan judul kolom milik Anda sendiri: pemetaan yang pernah disimpan menerjemahkan judul "
    "kolom itu ke kolom kontrak.",
)
pemetaan = tersimpan.get(nama_pemetaan)
if "pesan_pemetaan" in st.session_state:
    st.success(st.session_state.pop("pesan_pemetaan"))
if pemetaan:
    st.caption(
        f"Pemetaan **{pemetaan.nama}** (tabel {pemetaan.tabel}): "
        + "; ".join(f"{a} → {b}" for a, b in pemetaan.kolom.items())
    )
berkas = st.file_uploader("Berkas impor", type=["csv", "xlsx", "xlsm", "txt"], accept_multiple_files=True)
akun = pengguna_sekarang()
lingkup = lingkup_sekarang()
if akun is ADMIN_LOKAL:
    nama_ketik = st.text_input("Nama pengimpor (dicatat di riwayat)", placeholder="mis. Operator Bappeda")
    pengguna, peran = pelaku(akun, nama_ketik)
else:  # logged in: the batch and the audit trail record the account, not a name typed in
    pengguna, peran = pelaku(akun)
    st.caption(
        f"Dicatat di riwayat dan jejak audit sebagai **{pengguna}** ({akun.label})."
        + (f" Operator OPD: hanya baris OPD **{lingkup.kode_pd}** yang dapat diimpor." if lingkup.kode_pd else "")
    )

if berkas:
    sumber = [Sumber(b.name, b.getvalue()) for b in berkas]
    kunci = hashlib.sha256(
        b"".join(s.sha256.encode() + s.nama.encode() for s in sumber)
        + (pemda_impor or "").encode()
        + repr(lingkup).encode()
        + repr(pemetaan).encode()
    ).hexdigest()
    if st.session_state.get("pratinjau_kunci") != kunci:
        with st.spinner("Memeriksa berkas…"):
            st.session_state["pratinjau"] = impor(
                sumber, db_path(), uji=True, asal="unggah", pemda=pemda_impor, lingkup=lingkup, pemetaan=pemetaan
            )
        st.session_state["pratinjau_kunci"] = kunci
        st.session_state.pop("hasil_impor", None)
    pratinjau = st.session_state["pratinjau"]

    st.subheader("Pratinjau")
    if pratinjau.baris_dibaca:
        st.dataframe(
            [
                {
                    "tabel": t,
                    "baris dibaca": n,
                    "baru": pratinjau.baru.get(t, 0),
                    "mengganti": pratinjau.diganti.get(t, 0),
                }
                for t, n in pratinjau.baris_dibaca.items()
            ],
            hide_index=True,
        )
    temuan = sebagai_tabel(pratinjau.temuan)
    if not temuan.empty:
        if pratinjau.ok:
            st.warning(f"{len(temuan)} peringatan (tidak menghalangi impor). Periksa sebelum mengimpor.")
        else:
            st.error(
                f"{pratinjau.jumlah_galat} galat: berkas tidak dapat diimpor. Perbaiki sel yang disebut, "
                "lalu unggah lagi. Tidak ada data yang ditulis."
            )
        st.dataframe(temuan, hide_index=True, width="stretch")
        tombol_berkas(
            st,
            "Unduh temuan (CSV)",
            unduh_csv(temuan),
            file_name="temuan_impor.csv",
            mime="text/csv",
        )
    # Sheets read through a recognised layout or a saved mapping: which one, and where each source column went.
    dikenali = [t for t in pratinjau.tata_letak if t["tata_letak"] != "tabel kontrak"]
    if dikenali:
        st.markdown("**Tata letak yang dikenali dan pemetaan kolomnya**")
        st.dataframe(
            [
                {
                    "berkas": t["berkas"],
                    "lembar": t["lembar"],
                    "tata letak": t["tata_letak"],
                    "tabel": t["tabel"],
                    "kolom sumber → kolom kontrak": "; ".join(f"{a} → {b}" for a, b in t["peta"]),
                }
                for t in dikenali
            ],
            hide_index=True,
            width="stretch",
        )
    if pratinjau.ok and pratinjau.batch_id is None:
        st.info("Tidak ada perubahan: semua baris sudah sama dengan basis data.")
    elif pratinjau.ok and "hasil_impor" not in st.session_state and st.button("Impor sekarang", type="primary"):
        with st.spinner("Mengimpor (satu transaksi)…"):
            st.session_state["hasil_impor"] = impor(
                sumber,
                db_path(),
                pengguna=pengguna,
                peran=peran,
                asal="unggah",
                pemda=pemda_impor,
                lingkup=lingkup,
                pemetaan=pemetaan,
            )
        st.rerun()
    hasil = st.session_state.get("hasil_impor")
    if hasil is not None:
        if hasil.ok and hasil.batch_id:
            baru = ", ".join(f"{t} {fmt.angka(n)}" for t, n in hasil.baru.items()) or "–"
            ganti = ", ".join(f"{t} {fmt.angka(n)}" for t, n in hasil.diganti.items()) or "–"
            st.success(f"Impor berhasil sebagai batch {hasil.batch_id}. Baris baru: {baru}. Diganti: {ganti}.")
        elif hasil.ok:
            st.info("Tidak ada perubahan.")
        else:
            st.error("Impor ditolak; tidak ada data yang ditulis.")
            st.dataframe(sebagai_tabel(hasil.temuan), hide_index=True, width="stretch")

    if pemda_impor:
        with st.expander("Buat pemetaan kolom untuk tata letak Anda", expanded=not pratinjau.ok and pemetaan is None):
            st.markdown(
                "Pilih tabel kontrak dan, untuk setiap judul kolom berkas pertama, kolom kontrak yang dimaksud. "
                "*Coba pemetaan ini* memeriksa berkas dengan pemetaan itu tanpa menulis apa pun; simpan dengan nama "
                "agar dipakai lagi (juga "
                "`python -m pantau impor BERKAS --pemetaan NAMA`)."
            )
            label = label_sumber(sumber[0])
            tabel_peta = st.selectbox("Tabel kontrak", list(TABEL), key="peta_tabel")
            pilihan = ["(abaikan)", *TABEL[tabel_peta].kolom_impor]
            peta: dict[str, str] = {}
            for i, lab in enumerate(label):
                awal = pilihan.index(lab) if lab in pilihan else 0
                k = st.selectbox(f"Kolom berkas: {lab}", pilihan, index=awal, key=f"peta_{tabel_peta}_{i}")
                if k != "(abaikan)":
                    peta[lab] = k
            nama_baru = st.text_input("Nama pemetaan", key="peta_nama", placeholder="mis. RFK Dinas Kesehatan")
            salah = periksa_pemetaan(tabel_peta, peta)
            if salah:
                st.info(" ".join(salah))
            elif st.button("Coba pemetaan ini"):
                uji = impor(
                    sumber,
                    db_path(),
                    uji=True,
                    asal="unggah",
                    pemda=pemda_impor,
                    lingkup=lingkup,
                    pemetaan=Pemetaan(nama_baru or "(belum disimpan)", tabel_peta, peta),
                )
                if uji.ok:
                    dibaca = ", ".join(f"{t} {fmt.angka(n)}" for t, n in uji.baris_dibaca.items())
                    st.success(f"Berkas terbaca dengan pemetaan ini: {dibaca} baris.")
                else:
                    st.error(f"{uji.jumlah_galat} galat dengan pemetaan ini.")
                st.dataframe(sebagai_tabel(uji.temuan), hide_index=True, width="stretch")
            if not salah and st.button("Simpan pemetaan", disabled=not nama_baru.strip()):
                simpan_pemetaan(
                    db_path(),
                    kode_pemda=pemda_impor,
                    nama=nama_baru,
                    tabel=tabel_peta,
                    kolom=peta,
                    pengguna=pengguna,
                    peran=peran,
                )
                st.session_state["pesan_pemetaan"] = (
                    f"Pemetaan '{nama_baru.strip()}' disimpan; pilih di atas untuk memakainya."
                )
                st.rerun()

st.subheader("Riwayat impor")
if "pesan_batal" in st.session_state:
    ok, pesan = st.session_state.pop("pesan_batal")
    (st.success if ok else st.error)(pesan)
if not akun.boleh_kelola:
    st.info("Riwayat batch dan pembatalan tersedia bagi admin Bappeda.")
    st.stop()
# Every batch for the administrator of the whole file; a scoped admin sees the batches that wrote the pemda chosen
# in the sidebar and may roll back only those whose every pemda is in their scope (`batalkan` checks again).
pemda_lihat = NASIONAL if lingkup.semua else pemda_impor
if pemda_lihat is None:
    st.stop()
batch = ambil("impor_batch_daftar", kode_pemda=pemda_lihat)
if batch.empty:
    st.info("Belum ada impor.")
else:
    st.dataframe(batch, hide_index=True, width="stretch")
    boleh = batch["pemda"].map(lambda p: lingkup.semua or all(map(lingkup.izinkan, filter(None, p.split(", ")))))
    aktif = batch[(batch["status"] == "aktif") & boleh & (lingkup.semua | (batch["pemda"] != ""))]["batch_id"].tolist()
    if aktif:
        with st.form("batal"):
            st.markdown(
                "**Batalkan batch** — baris yang ditulis batch itu dihapus dan baris yang digantinya "
                "dikembalikan persis."
            )
            pilih = st.selectbox("Batch", aktif)
            yakin = st.checkbox("Saya yakin membatalkan batch ini")
            if st.form_submit_button("Batalkan batch"):
                if not yakin:
                    st.warning("Centang konfirmasi lebih dulu.")
                else:
                    with st.spinner("Membatalkan batch…"):
                        pengguna_batal, peran_batal = pelaku(akun, nama_ketik if akun is ADMIN_LOKAL else "")
                        st.session_state["pesan_batal"] = batalkan(
                            int(pilih), db_path(), pengguna=pengguna_batal, peran=peran_batal, lingkup=lingkup
                        )
                    st.rerun()
