"""Laporan Triwulan: the quarter's reporting inside the app. An OPD operator enters this quarter's IKU values with
their explanations and submits them; a verifier (admin Bappeda) verifies or returns them with a note; the quarter
locks on its deadline until an administrator reopens it; everyone sees which OPD has reported and who is late, with
a list to download and e-mail reminders. Every save is an import (`pantau.lapor`): history, rollback, audit trail."""

import datetime as dt

import pandas as pd
import streamlit as st

from pantau import format as fmt
from pantau import lapor
from pantau.config import db_path
from pantau.data import ambil
from pantau.db import NASIONAL, reader
from pantau.frame import frame
from pantau.masuk import lingkup_sekarang, pelaku, pengguna_sekarang
from pantau.temuan import GALAT, daftar_pesan
from pantau.unduh import tombol_unduh

filt = frame(
    "Laporan Triwulan",
    ikon="📝",
    keterangan="isi dan ajukan realisasi IKU, verifikasi, batas lapor, dan OPD yang belum lapor",
)
if filt is None:
    st.stop()
if filt.kode_pemda == NASIONAL:
    st.info(
        "Laporan triwulan dikelola per pemda: pilih satu provinsi atau kabupaten/kota di filter *Pemerintah daerah*."
    )
    st.stop()

akun = pengguna_sekarang()
lingkup = lingkup_sekarang()
admin = bool(akun and akun.boleh_kelola)
hari_ini = lapor.hari_ini()
p = filt.params() | {"hari_ini": hari_ini}
TW = f"{fmt.TRIWULAN[filt.triwulan]} {filt.tahun}"
DB = db_path()


def siapa() -> tuple[str | None, str]:
    return pelaku(akun) if akun else (None, "")


def hasil_simpan(hasil: object, berhasil: str) -> None:
    """After a write: the findings when refused (nothing was saved), else the message, shown after the rerun."""
    if not hasil.ok:  # type: ignore[attr-defined]
        st.error(daftar_pesan([t for t in hasil.temuan if t.tingkat == GALAT]))  # type: ignore[attr-defined]
    elif hasil.batch_id is None:  # type: ignore[attr-defined]
        st.info("Tidak ada perubahan: isinya sama dengan yang tersimpan.")
    else:
        st.session_state["lapor_pesan"] = (
            f"{berhasil} (batch impor {hasil.batch_id}). Nilai lama tersimpan di riwayat; batch ini dapat dibatalkan "  # type: ignore[attr-defined]
            "di halaman Impor Data."
        )
        for k in [k for k in st.session_state if str(k).startswith("lapor_snap_")]:
            del st.session_state[k]
        st.rerun()


if pesan := st.session_state.pop("lapor_pesan", None):
    st.success(pesan)

# --------------------------------------------------------------------------- the deadline and the lock
st.subheader("Batas lapor")
periode = ambil("lapor_periode", **p)
terkunci = False
if periode.empty:
    st.info(
        f"{TW} tidak dilaporkan lewat aplikasi: tidak ada batas lapor dan tidak terkunci; realisasinya diimpor seperti "
        "biasa. Admin Bappeda dapat membukanya untuk pelaporan OPD."
    )
    if admin:
        with st.form("lapor_buka_periode"):
            batas = st.date_input(
                "Batas lapor",
                value=None,
                format="DD/MM/YYYY",
                help="Kosong: akhir triwulan ditambah pengaturan batas_lapor_hari (bawaan 10 hari).",
            )
            if st.form_submit_button(f"Buka {TW} untuk pelaporan OPD", type="primary"):
                pengguna, peran = siapa()
                hasil_simpan(
                    lapor.atur_periode(
                        DB, filt.kode_pemda, filt.tahun, filt.triwulan, batas_lapor=batas, pengguna=pengguna,
                        peran=peran, lingkup=lingkup,
                    ),
                    f"{TW} dibuka untuk pelaporan",
                )  # fmt: skip
else:
    k = periode.iloc[0]
    terkunci = bool(k["terkunci"])
    teks = f"Batas lapor {TW}: **{fmt.tanggal(k['batas_lapor'])}** (hari ini {fmt.tanggal(hari_ini)})."
    if terkunci:
        st.warning(
            f"🔒 {teks} **Terkunci**: entri dan impor realisasi {TW} ditolak sampai admin Bappeda membukanya kembali."
        )
    elif not fmt.kosong(k["dibuka_sampai"]) and bool(k["lewat_batas"]):
        st.info(f"🔓 {teks} Dibuka kembali oleh admin sampai **{fmt.tanggal(k['dibuka_sampai'])}**.")
    else:
        st.info(f"🔓 {teks} Terbuka untuk entri.")
    if admin:
        batas_diatur = None if fmt.kosong(k["batas_lapor_diatur"]) else pd.Timestamp(k["batas_lapor_diatur"]).date()
        with st.expander("Kunci periode: buka kembali atau kunci lagi", expanded=terkunci):
            with st.form("lapor_kunci"):
                sampai = st.date_input(
                    "Buka kembali sampai",
                    value=hari_ini + dt.timedelta(days=7),
                    format="DD/MM/YYYY",
                    help="Entri dan impor realisasi triwulan ini diterima s.d. tanggal ini. Tercatat di jejak audit.",
                )
                catatan = st.text_input("Alasan (tercatat)", key="lapor_alasan_buka")
                buka = st.form_submit_button("Buka kunci", icon=":material/lock_open:")
                kunci_lagi = st.form_submit_button("Kunci lagi sekarang", icon=":material/lock:")
            if buka or kunci_lagi:
                pengguna, peran = siapa()
                hasil_simpan(
                    lapor.atur_periode(
                        DB, filt.kode_pemda, filt.tahun, filt.triwulan, batas_lapor=batas_diatur,
                        dibuka_sampai=sampai if buka else None, catatan=catatan or ("" if fmt.kosong(k["catatan"]) else str(k["catatan"])),
                        pengguna=pengguna, peran=peran, lingkup=lingkup,
                    ),
                    f"{TW} dibuka kembali sampai {fmt.tanggal(sampai)}" if buka else f"{TW} dikunci lagi",
                )  # fmt: skip

# --------------------------------------------------------------------------- who has reported
status = ambil("lapor_status_opd", **p)
if not status.empty:
    st.subheader("Keadaan laporan OPD")
    belum = status[~status["sudah_lapor"].astype(bool)]
    telat = status[status["hari_terlambat"].notna()]
    k1, k2, k3, k4 = st.columns(4)
    k1.metric("OPD belum lapor", f"{fmt.angka(len(belum))} dari {fmt.angka(len(status))}")
    k2.metric("OPD terlambat", fmt.angka(len(telat)))
    k3.metric("IKU menunggu verifikasi", fmt.angka(status["jumlah_diajukan"].sum()))
    k4.metric(
        "IKU terverifikasi",
        f"{fmt.angka(status['jumlah_diverifikasi'].sum())} dari {fmt.angka(status['jumlah_wajib'].sum())}",
    )
    tabel = pd.DataFrame(
        {
            "OPD": status["nama_pd"],
            "Keadaan": status["keadaan"],
            "IKU wajib": status["jumlah_wajib"],
            "Masuk": status["jumlah_masuk"],
            "Diverifikasi": status["jumlah_diverifikasi"],
            "Dikembalikan": status["jumlah_dikembalikan"],
            "Batas lapor": status["batas_lapor"].map(fmt.tanggal),
            "Hari terlambat": status["hari_terlambat"],
            "Email operator": status["email_operator"],
        }
    )
    st.dataframe(tabel, hide_index=True, width="stretch")
    tombol_unduh(tabel, f"laporan_opd_{filt.kode_pemda}_{filt.tahun}_{filt.periode}", "laporan_opd", "daftar OPD")
    if not belum.empty:
        st.markdown("**Pengingat lewat surel** (membuka program surel Anda):")
        baris = []
        for _, b in belum.iterrows():
            tautan = lapor.tautan_pengingat(b.to_dict(), filt.nama_pemda)
            label = f"{b['nama_pd']} ({fmt.angka(b['jumlah_masuk'])}/{fmt.angka(b['jumlah_wajib'])} IKU masuk"
            label += (
                f", {fmt.angka(b['hari_terlambat'])} hari terlambat)" if not fmt.kosong(b["hari_terlambat"]) else ")"
            )
            baris.append(
                f"- [{label}]({tautan})" if tautan else f"- {label}: belum ada akun operator di tabel pengguna"
            )
        st.markdown("\n".join(baris))

# --------------------------------------------------------------------------- entry and verification
if not akun or not akun.boleh_tulis:
    st.caption("Realisasi diisi operator OPD dan diverifikasi admin Bappeda; peran Anda membaca saja.")
    st.stop()

semua = ambil("lapor_iku_opd", **p, kode_pd="")
if semua.empty:
    st.info(f"Tidak ada IKU yang wajib melapor pada {TW}.")
    st.stop()
OPD = dict(zip(semua["kode_pd"], semua["nama_pd"], strict=False))
if lingkup.kode_pd is not None:  # an operator: their OPD only
    if lingkup.kode_pd not in OPD:
        st.info(f"OPD Anda ({lingkup.kode_pd or 'belum ditetapkan'}) tidak punya IKU yang wajib melapor pada {TW}.")
        st.stop()
    opd = lingkup.kode_pd
else:
    opd = st.selectbox("OPD", list(OPD), format_func=OPD.get, key="lapor_opd")

st.subheader(f"Isi laporan {TW}: {OPD[opd]}")
kunci = f"{filt.kode_pemda}_{filt.tahun}_{filt.triwulan}_{opd}"
# What the page read when first shown: a later save by someone else is detected, not overwritten.
if f"lapor_snap_{kunci}" not in st.session_state:
    # the OPD's rows of the list already read (lapor_iku_opd with $kode_pd gives the same rows, one query less)
    st.session_state[f"lapor_snap_{kunci}"] = (
        semua[semua["kode_pd"] == opd].reset_index(drop=True),
        reader(DB).version(),
    )
iku, versi_dibaca = st.session_state[f"lapor_snap_{kunci}"]
if versi_dibaca != reader(DB).version():
    st.info(
        "Basis data berubah sejak isian ini dibuka (orang lain menyimpan atau mengimpor). Isian Anda tetap; bila ada "
        "yang menyimpan IKU yang sama, simpanan Anda akan ditolak. Tekan **Muat ulang dari basis data** untuk melihat "
        "nilai terbaru."
    )


def _batch(x: object) -> int | None:
    return None if fmt.kosong(x) else int(x)  # type: ignore[call-overload]


VERSI = {r["kode_indikator"]: (_batch(r["versi_realisasi"]), _batch(r["versi_status"])) for _, r in iku.iterrows()}
KEADAAN = {
    "belum diisi": "belum diisi",
    "tanpa status": "diimpor, belum diajukan",
    "draf": "draf",
    "diajukan": "diajukan, menunggu verifikasi",
    "diverifikasi": "diverifikasi",
    "dikembalikan": "dikembalikan",
}


def teks_target(r: pd.Series) -> str:
    if not fmt.kosong(r["target_triwulan"]):
        return fmt.angka(r["target_triwulan"], 2)
    if not fmt.kosong(r["target_min_triwulan"]):
        return f"{fmt.angka(r['target_min_triwulan'], 2)}–{fmt.angka(r['target_max_triwulan'], 2)}"
    if not fmt.kosong(r["target_tahunan"]):
        return f"{fmt.angka(r['target_tahunan'], 2)} (tahunan)"
    return "–"


if st.button("Muat ulang dari basis data", icon=":material/refresh:", key=f"lapor_muat_{kunci}"):
    del st.session_state[f"lapor_snap_{kunci}"]
    st.rerun()

bisa_isi = iku[iku["status_lapor"].isin(["belum diisi", "tanpa status", "draf", "dikembalikan"])]
masuk = iku[~iku.index.isin(bisa_isi.index)]
st.caption(
    "Angka diketik seperti di berkas impor (`1.234,5`, `12,5 %`); capaian dan predikat dihitung oleh aturan yang sama "
    "dengan halaman lain setelah disimpan. IKU yang capaiannya tidak melebihi ambang peringatan (atau proyeksinya "
    "kurang) tidak dapat diajukan tanpa faktor penghambat dan tindak lanjut."
)
if terkunci:
    st.warning(f"{TW} terkunci: isian tidak dapat disimpan sampai admin Bappeda membukanya kembali.")
if bisa_isi.empty:
    st.success("Semua IKU OPD ini sudah diajukan atau diverifikasi.")
else:
    with st.form(f"lapor_isi_{kunci}"):
        isian = []
        for _, r in bisa_isi.iterrows():
            kode = r["kode_indikator"]
            tanda = ""
            if bool(r["capaian_rendah"]) or bool(r["proyeksi_kurang"]):
                tanda = " 🔴 wajib faktor penghambat dan tindak lanjut"
            st.markdown(f"**{kode} · {r['nama_indikator']}** ({r['satuan']}){tanda}")
            info = (
                f"Target {fmt.TRIWULAN[filt.triwulan]}: {teks_target(r)} · realisasi triwulan lalu: "
                f"{fmt.angka(r['realisasi_tw_lalu'], 2)} · capaian s.d. triwulan: {fmt.capaian(r['capaian_persen'])}"
                f" ({r['status_capaian']}) · keadaan: {KEADAAN.get(r['status_lapor'], r['status_lapor'])}"
            )
            st.caption(info)
            if r["status_lapor"] == "dikembalikan" and not fmt.kosong(r["catatan_verifikasi"]):
                st.warning(f"Dikembalikan verifikator: {r['catatan_verifikasi']}")
            c1, c2 = st.columns([1, 3])
            nilai = c1.text_input(
                f"Realisasi {kode}", value=lapor.nilai_isian(r["realisasi_triwulan"]), key=f"lr_{kunci}_{kode}"
            )
            pendorong = c2.text_input(
                f"Faktor pendorong {kode}", value=lapor.teks_isian(r["faktor_pendorong"]), key=f"lp_{kunci}_{kode}"
            )
            c3, c4 = st.columns(2)
            hambat = c3.text_input(
                f"Faktor penghambat {kode}", value=lapor.teks_isian(r["faktor_penghambat"]), key=f"lh_{kunci}_{kode}"
            )
            tl = c4.text_input(
                f"Tindak lanjut {kode}", value=lapor.teks_isian(r["tindak_lanjut"]), key=f"lt_{kunci}_{kode}"
            )
            isian.append(
                {"kode_indikator": kode, "realisasi": nilai, "faktor_pendorong": pendorong, "faktor_penghambat": hambat,
                 "tindak_lanjut": tl, "sumber_data": r["sumber_data"]}
            )  # fmt: skip
        konfirmasi = st.checkbox(
            "Nilai dengan capaian sangat tinggi sudah saya periksa dan benar", key=f"lapor_konfirmasi_{kunci}"
        )
        simpan = st.form_submit_button("Simpan draf", icon=":material/save:")
        ajukan = st.form_submit_button("Ajukan untuk verifikasi", type="primary", icon=":material/send:")
    if simpan or ajukan:
        pengguna, peran = siapa()
        hasil_simpan(
            lapor.simpan_laporan(
                DB, filt.kode_pemda, filt.tahun, filt.triwulan, isian, ajukan=ajukan, versi=VERSI,
                konfirmasi_tinggi=konfirmasi, pengguna=pengguna, peran=peran, lingkup=lingkup, tanggal=hari_ini,
            ),
            f"Laporan {OPD[opd]} {TW} " + ("diajukan untuk verifikasi" if ajukan else "disimpan sebagai draf"),
        )  # fmt: skip


def tabel_iku(data: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "IKU": data["kode_indikator"] + " · " + data["nama_indikator"],
            "Realisasi": data["realisasi_triwulan"],
            "Capaian s.d. TW": data["capaian_persen"].map(fmt.capaian),
            "Predikat": data["status_capaian"],
            "Faktor penghambat": data["faktor_penghambat"],
            "Tindak lanjut": data["tindak_lanjut"],
            "Keadaan": data["status_lapor"].map(lambda s: KEADAAN.get(s, s)),
            "Oleh": data["diubah_oleh"],
        }
    )


if not masuk.empty:
    st.markdown("**Sudah diajukan atau diverifikasi**")
    st.dataframe(tabel_iku(masuk), hide_index=True, width="stretch")

if admin:
    st.subheader("Verifikasi")
    diajukan = iku[iku["status_lapor"] == "diajukan"]
    if diajukan.empty:
        st.caption(f"Tidak ada IKU {OPD[opd]} yang menunggu verifikasi.")
    else:
        NAMA_IKU = dict(zip(diajukan["kode_indikator"], diajukan["nama_indikator"], strict=True))
        with st.form(f"lapor_verifikasi_{kunci}"):
            kembali = st.multiselect(
                "IKU yang dikembalikan ke OPD",
                list(NAMA_IKU),
                format_func=lambda k: f"{k} · {NAMA_IKU[k]}",
                placeholder="Tidak ada: semua diverifikasi",
                key=f"lapor_kembali_{kunci}",
            )
            catatan = st.text_area(
                "Catatan verifikator untuk IKU yang dikembalikan", key=f"lapor_catatan_{kunci}",
                help="Wajib bila ada yang dikembalikan: apa yang harus diperbaiki OPD.",
            )  # fmt: skip
            st.caption("IKU diajukan lainnya diverifikasi.")
            putuskan = st.form_submit_button("Simpan verifikasi", type="primary", icon=":material/verified:")
        if putuskan:
            pengguna, peran = siapa()
            keputusan = [
                (k, "dikembalikan" if k in kembali else "diverifikasi", catatan if k in kembali else "")
                for k in NAMA_IKU
            ]
            hasil_simpan(
                lapor.verifikasi(
                    DB, filt.kode_pemda, filt.tahun, filt.triwulan, keputusan, versi=VERSI, pengguna=pengguna,
                    peran=peran, lingkup=lingkup, tanggal=hari_ini,
                ),
                f"Verifikasi {OPD[opd]} {TW}: {len(NAMA_IKU) - len(kembali)} diverifikasi, {len(kembali)} dikembalikan",
            )  # fmt: skip


# --------------------------------------------------------------------------- budget: sub kegiatan of the quarter's months
st.subheader(f"Realisasi anggaran sub kegiatan {TW}")
anggaran = ambil("lapor_anggaran_opd", **p, kode_pd=opd)
if anggaran.empty:
    st.caption("OPD ini tidak punya sub kegiatan tahun ini.")
else:
    st.caption(
        "Realisasi keuangan bulan itu (rupiah; s.d. bulan itu bila sub kegiatan diimpor kumulatif) dan fisik s.d. bulan "
        "itu (%), diketik seperti di berkas impor (`1.250.000`, `Rp 1,2 M`, `45,5`). Hanya baris yang diubah disimpan."
    )
    asli = pd.DataFrame(
        {
            "Sub kegiatan": anggaran["kode_kegiatan"] + " " + anggaran["nama"],
            "Bulan": anggaran["bulan"].map(lambda b: fmt.BULAN[int(b) - 1]),
            "Pagu": anggaran["pagu"].map(fmt.rupiah_penuh),
            "Realisasi": [
                lapor.nilai_isian(k if kum else r)
                for r, k, kum in zip(
                    anggaran["realisasi"], anggaran["realisasi_kumulatif"], anggaran["bentuk_kumulatif"], strict=True
                )
            ],
            "Fisik (%)": anggaran["fisik_persen"].map(lapor.nilai_isian),
        }
    )
    with st.form(f"lapor_anggaran_{kunci}"):
        ubah = st.data_editor(
            asli,
            hide_index=True,
            width="stretch",
            disabled=["Sub kegiatan", "Bulan", "Pagu"],
            column_config={
                "Realisasi": st.column_config.TextColumn("Realisasi (Rp)"),
                "Fisik (%)": st.column_config.TextColumn("Fisik s.d. bulan (%)"),
            },
            key=f"lapor_editor_anggaran_{kunci}",
        )
        simpan_anggaran = st.form_submit_button("Simpan realisasi anggaran", icon=":material/save:")
    if simpan_anggaran:
        berubah = (ubah["Realisasi"] != asli["Realisasi"]) | (ubah["Fisik (%)"] != asli["Fisik (%)"])
        isian_anggaran = [
            {
                "kode_kegiatan": anggaran.at[i, "kode_kegiatan"],
                "bulan": int(anggaran.at[i, "bulan"]),
                "kumulatif": bool(anggaran.at[i, "bentuk_kumulatif"]),
                "realisasi": ubah.at[i, "Realisasi"],
                "fisik_persen": ubah.at[i, "Fisik (%)"],
            }
            for i in anggaran.index[berubah.to_numpy()]
        ]
        if not isian_anggaran:
            st.info("Tidak ada perubahan: isinya sama dengan yang tersimpan.")
        else:
            pengguna, peran = siapa()
            hasil_simpan(
                lapor.simpan_anggaran(
                    DB, filt.kode_pemda, filt.tahun, isian_anggaran, pengguna=pengguna, peran=peran, lingkup=lingkup,
                    tanggal=hari_ini,
                ),
                f"Realisasi anggaran {OPD[opd]} ({len(isian_anggaran)} baris) disimpan",
            )  # fmt: skip
