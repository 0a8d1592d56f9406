"""Tindak Lanjut: the decisions of the monitoring meetings: who does what by when, what has happened, and what
is carried to the next meeting. Actions are added and updated here during the meeting; every save is an
import (history, rollback on the Impor Data page), never a direct write."""

import datetime as dt

import pandas as pd
import streamlit as st

from pantau import format as fmt
from pantau.akses import ADMIN_LOKAL
from pantau.config import db_path
from pantau.data import ambil
from pantau.db import NASIONAL
from pantau.frame import frame, pilih_tanggal
from pantau.masuk import lingkup_sekarang, pelaku, pengguna_sekarang
from pantau.tindak_lanjut import simpan_tindak_lanjut
from pantau.unduh import tombol_unduh
from pantau.unduh_bahan_rapat import unduh_bahan_rapat

filt = frame(
    "Tindak Lanjut",
    ikon="✅",
    keterangan="keputusan rapat: apa, oleh siapa, kapan, dan apa yang sudah terjadi",
)
if filt is None:
    st.stop()

STATUS = {"belum": "Belum dimulai", "proses": "Dalam proses", "selesai": "Selesai", "batal": "Dibatalkan"}


def tanggal_atau_none(t: object) -> dt.date | None:
    return None if fmt.kosong(t) else pd.Timestamp(t).date()  # type: ignore[arg-type]


hari_ini_nyata = dt.date.today()
hari_ini = pilih_tanggal(
    "Keadaan per tanggal",
    "Lewat batas waktu dan segera jatuh tempo dinilai pada tanggal ini (bawaan: hari ini). Pilih tanggal "
    "rapat yang lalu untuk melihat keadaan saat itu.",
)

p = filt.params() | {"hari_ini": hari_ini}
rujukan = ambil("tindak_lanjut_rujukan", **p)
PILIHAN = {j: dict(zip(g["kode"], g["label"], strict=True)) for j, g in rujukan.groupby("jenis")}
OPD = PILIHAN.get("opd", {})
r = ambil("tindak_lanjut_ringkasan", **p, kode_pd="").iloc[0]
per_tanggal = f"{hari_ini.day} {fmt.BULAN[hari_ini.month - 1]} {hari_ini.year}"

# --------------------------------------------------------------------------- headline
k1, k2, k3, k4 = st.columns(4)
k1.metric(
    "Lewat batas waktu",
    fmt.angka(r["jumlah_lewat_batas"]),
    help="Belum selesai (belum dimulai atau dalam proses) padahal batas waktunya sudah lewat."
    + (f" Terlama {fmt.angka(r['hari_lewat_batas_terlama'])} hari." if r["jumlah_lewat_batas"] else ""),
)
k2.metric(
    "Segera jatuh tempo",
    fmt.angka(r["jumlah_segera_jatuh_tempo"]),
    help=f"Belum selesai, batas waktu dalam {fmt.angka(r['hari_jatuh_tempo'])} hari "
    "(pengaturan `tindak_lanjut_hari_jatuh_tempo`).",
)
k3.metric(
    "Terbuka", fmt.angka(r["jumlah_terbuka"]), help="Belum dimulai atau dalam proses: dibawa ke rapat berikutnya."
)
k4.metric(
    "Selesai",
    f"{fmt.angka(r['jumlah_selesai'])} dari {fmt.angka(r['jumlah_berlaku'])}",
    help=f"Tindak lanjut yang tidak dibatalkan; {fmt.angka(r['jumlah_selesai_tepat_waktu'])} selesai tepat waktu.",
)
st.caption(
    f"Keadaan per {per_tanggal}: tindak lanjut yang diputuskan pada {filt.tahun} dan yang masih terbuka dari tahun "
    "sebelumnya."
)

# --------------------------------------------------------------------------- the list
st.subheader("Daftar tindak lanjut")
if r["jumlah"] == 0:
    st.info(
        f"Belum ada tindak lanjut untuk {filt.nama_pemda} tahun {filt.tahun}. Catat keputusan rapat di bawah "
        "(**Catat tindak lanjut**), atau impor tabel `tindak_lanjut` sesuai format impor (lihat README)."
    )
else:
    skala = ambil("tindak_lanjut_daftar", **p, keadaan=[], kode_pd="", rapat="")
    KEADAAN = dict(zip(skala["keadaan"], skala["label_keadaan"], strict=False))
    f1, f2, f3 = st.columns([2, 2, 2])
    keadaan = f1.multiselect(
        "Keadaan",
        list(KEADAAN),
        format_func=KEADAAN.get,
        key="tl_keadaan",
        placeholder="Semua keadaan",
        bind="query-params",
    )
    kode_pd = f2.selectbox(
        "OPD",
        ["", *sorted(set(skala["kode_pd"]))],
        format_func=lambda k: OPD.get(k, "Semua OPD"),
        key="tl_opd",
        bind="query-params",
    )
    rapat_opsi = ["", *PILIHAN.get("rapat", {})]
    rapat = f3.selectbox(
        "Rapat",
        rapat_opsi,
        format_func=lambda k: k or "Semua rapat",
        key="tl_rapat",
        bind="query-params",
    )
    daftar = ambil("tindak_lanjut_daftar", **p, keadaan=keadaan, kode_pd=kode_pd, rapat=rapat)
    if daftar.empty:
        st.info("Tidak ada tindak lanjut untuk pilihan ini. Ubah filter keadaan, OPD atau rapat di atas.")
    else:
        tampil = daftar.assign(
            tanda=[{"lewat_batas": "🔴", "segera_jatuh_tempo": "🟠"}.get(k, "") for k in daftar["keadaan"]],
            batas=[fmt.tanggal_pendek(v) for v in daftar["batas_waktu"]],
            tgl_rapat=[fmt.tanggal_pendek(v) for v in daftar["tanggal_rapat"]],
            selesai=[fmt.tanggal_pendek(v) for v in daftar["tanggal_selesai"]],
            lewat=[
                f"{fmt.angka(v)} hari" if not fmt.kosong(v) else ("" if fmt.kosong(s) else f"sisa {fmt.angka(s)} hari")
                for v, s in zip(daftar["hari_lewat_batas"], daftar["sisa_hari"], strict=True)
            ],
            terkait=[
                "; ".join(x for x in (i, u, k) if isinstance(x, str) and x)
                for i, u, k in zip(
                    daftar["kode_indikator"], daftar["kode_unggulan"], daftar["kode_kegiatan"], strict=True
                )
            ],
        )
        st.dataframe(
            tampil[
                [
                    "tanda",
                    "kode_tindak_lanjut",
                    "uraian",
                    "label_pd",
                    "batas",
                    "label_keadaan",
                    "lewat",
                    "hasil",
                    "selesai",
                    "rapat",
                    "terkait",
                    "penanggung_jawab",
                ]
            ],
            hide_index=True,
            width="stretch",
            height=min(38 + 35 * len(tampil), 600),
            column_config={
                "tanda": st.column_config.TextColumn("", width="small"),
                "kode_tindak_lanjut": "Kode",
                "uraian": st.column_config.TextColumn("Tindak lanjut", width="large"),
                "label_pd": "OPD",
                "batas": "Batas waktu",
                "label_keadaan": "Keadaan",
                "lewat": st.column_config.TextColumn("Lewat / sisa", help="Hari lewat batas waktu, atau sisa hari"),
                "hasil": st.column_config.TextColumn("Hasil / perkembangan", width="medium"),
                "selesai": "Tanggal selesai",
                "rapat": "Rapat",
                "terkait": st.column_config.TextColumn("IKU / program / kegiatan", width="medium"),
                "penanggung_jawab": "Penanggung jawab",
            },
        )
        st.caption(
            "Urutan: lewat batas waktu (terlama dahulu), segera jatuh tempo, dalam proses, belum dimulai, selesai."
        )
        unduh = daftar.drop(columns=["warna_keadaan"])
        nama = f"tindak_lanjut_{filt.kode_pemda}_{filt.tahun}_{hari_ini.isoformat()}"
        tombol_unduh(unduh, nama, lembar="tindak lanjut")

# --------------------------------------------------------------------------- carry-over per meeting
st.subheader("Yang dijanjikan pada rapat dan yang terjadi")
per_rapat = ambil("tindak_lanjut_rapat", **p)
if per_rapat.empty:
    st.info("Belum ada rapat dengan tindak lanjut tercatat. Isi kolom `rapat` dan `tanggal_rapat` saat mencatat.")
else:
    st.dataframe(
        per_rapat.assign(
            tanggal=[fmt.tanggal_pendek(v) for v in per_rapat["tanggal_rapat"]],
            persen=[fmt.persen(v, 0) for v in per_rapat["persen_selesai"]],
            lalu=per_rapat["rapat_lalu"].map({True: "◀ rapat lalu", False: ""}),
            rapat=per_rapat["rapat"].fillna("(tanpa nama rapat)"),
        )[
            [
                "rapat",
                "tanggal",
                "jumlah",
                "jumlah_selesai",
                "jumlah_selesai_tepat_waktu",
                "jumlah_terbuka",
                "jumlah_lewat_batas",
                "jumlah_batal",
                "persen",
                "lalu",
            ]
        ],
        hide_index=True,
        width="stretch",
        column_config={
            "rapat": st.column_config.TextColumn("Rapat", width="medium"),
            "tanggal": "Tanggal",
            "jumlah": "Diputuskan",
            "jumlah_selesai": "Selesai",
            "jumlah_selesai_tepat_waktu": "Tepat waktu",
            "jumlah_terbuka": "Masih terbuka",
            "jumlah_lewat_batas": "Lewat batas",
            "jumlah_batal": "Dibatalkan",
            "persen": st.column_config.TextColumn("% selesai", help="Selesai ÷ (diputuskan − dibatalkan)"),
            "lalu": "",
        },
    )
    bernama = per_rapat[per_rapat["rapat"].notna()]
    if len(bernama):
        opsi = bernama["rapat"].tolist()
        lalu = bernama.loc[bernama["rapat_lalu"], "rapat"].tolist()
        pilih = st.selectbox(
            "Tinjau rapat",
            opsi,
            index=opsi.index(lalu[0]) if lalu else 0,
            key="tl_tinjau",
            help="Bawaan: rapat terakhir sebelum tanggal acuan, yang ditinjau pada rapat ini.",
        )
        janji = ambil("tindak_lanjut_daftar", **p, keadaan=[], kode_pd="", rapat=pilih)
        for _, t in janji.iterrows():
            warna = t["warna_keadaan"]
            hasil = t["hasil"] if isinstance(t["hasil"], str) and t["hasil"] else "belum ada catatan hasil"
            keterangan = f"batas {fmt.tanggal_pendek(t['batas_waktu'])}"
            if not fmt.kosong(t["hari_lewat_batas"]):
                keterangan += f", lewat {fmt.angka(t['hari_lewat_batas'])} hari"
            if not fmt.kosong(t["tanggal_selesai"]):
                keterangan += f", selesai {fmt.tanggal_pendek(t['tanggal_selesai'])}"
            st.markdown(
                f"<span style='color:{warna}'>●</span> **{t['label_keadaan']}** · {t['kode_tindak_lanjut']} · "
                f"{t['label_pd']} ({keterangan})  \n{t['uraian']}  \n*Hasil:* {hasil}",
                unsafe_allow_html=True,
            )

# --------------------------------------------------------------------------- record during the meeting
st.subheader("Catat tindak lanjut")
if pesan := st.session_state.pop("tl_pesan", None):
    st.success(pesan)
if filt.kode_pemda == NASIONAL:
    st.info(
        "Tindak lanjut dicatat per pemda: pilih satu provinsi atau kabupaten/kota di filter *Pemerintah daerah* "
        "untuk mencatat atau memperbarui keputusan rapat."
    )
elif not (akun := pengguna_sekarang()) or not akun.boleh_tulis:
    st.info("Tindak lanjut dicatat oleh admin Bappeda (atau operator OPD untuk OPD-nya); peran Anda membaca saja.")
else:
    semua = ambil("tindak_lanjut_daftar", **p, keadaan=[], kode_pd="", rapat="")
    mode = st.radio(
        "Catat", ["Tambah baru", "Perbarui yang ada"], horizontal=True, key="tl_mode", label_visibility="collapsed"
    )
    if mode == "Perbarui yang ada" and semua.empty:
        st.info("Belum ada tindak lanjut yang dapat diperbarui: tambahkan dulu.")
        mode = "Tambah baru"
    if mode == "Perbarui yang ada":
        uraian_per_kode = dict(zip(semua["kode_tindak_lanjut"], semua["uraian"], strict=True))
        kode = st.selectbox(
            "Tindak lanjut",
            list(uraian_per_kode),
            format_func=lambda k: f"{k} · {uraian_per_kode[k][:90]}",
            key="tl_pilih",
        )
        # an empty cell is None here, not NaN: the form shows it as an empty box and does not save the text "nan"
        lama = {k: None if fmt.kosong(v) else v for k, v in semua[semua["kode_tindak_lanjut"] == kode].iloc[0].items()}
    else:
        kode = ambil("tindak_lanjut_kode_baru", **p)["kode_tindak_lanjut"].iloc[0]
        # the meeting that evaluates the chosen quarter, named as the meetings before it usually are
        rapat_ini = f"Rapat Evaluasi Triwulan {fmt.TRIWULAN[filt.triwulan].removeprefix('TW ')} {filt.tahun}"
        lama = {"kode_tindak_lanjut": kode, "status": "belum", "rapat": rapat_ini, "tanggal_rapat": None}

    IKU = PILIHAN.get("indikator", {})
    UNGGULAN = PILIHAN.get("unggulan", {})
    KEGIATAN = PILIHAN.get("kegiatan", {})

    def indeks(opsi: list[str], nilai: object) -> int:
        return opsi.index(nilai) if nilai in opsi else 0

    # Keys name the action (or the suggested code of a new one), so choosing another action, or saving a new one,
    # starts the form afresh from its stored values.
    sfx = kode if mode == "Perbarui yang ada" else f"baru_{kode}"
    with st.form(f"form_tl_{sfx}"):
        c1, c2, c3 = st.columns([1, 2, 1])
        kode_baru = c1.text_input(
            "Kode",
            value=lama["kode_tindak_lanjut"],
            disabled=mode == "Perbarui yang ada",
            help="Kunci tindak lanjut.",
            key=f"tl_kode_{sfx}",
        )
        opd_opsi = list(OPD)
        pd_form = c2.selectbox(
            "OPD yang bertanggung jawab",
            opd_opsi,
            index=opd_opsi.index(lama["kode_pd"]) if lama.get("kode_pd") in opd_opsi else None,
            placeholder="Pilih OPD",
            format_func=OPD.get,
            key=f"tl_pd_{sfx}",
        )
        status_opsi = list(STATUS)
        status = c3.selectbox(
            "Status",
            status_opsi,
            index=indeks(status_opsi, lama.get("status")),
            format_func=STATUS.get,
            key=f"tl_status_{sfx}",
        )
        uraian = st.text_area(
            "Tindak lanjut: apa yang harus dilakukan", value=lama.get("uraian") or "", height=80, key=f"tl_uraian_{sfx}"
        )
        c1, c2, c3, c4 = st.columns(4)
        batas = c1.date_input("Batas waktu", value=tanggal_atau_none(lama.get("batas_waktu")), format="DD/MM/YYYY")
        penanggung_jawab = c2.text_input("Penanggung jawab", value=lama.get("penanggung_jawab") or "")
        rapat_opsi = list(dict.fromkeys([*PILIHAN.get("rapat", {}), *([lama["rapat"]] if lama.get("rapat") else [])]))
        nama_rapat = c3.selectbox(
            "Rapat",
            rapat_opsi,
            index=rapat_opsi.index(lama["rapat"]) if lama.get("rapat") in rapat_opsi else None,
            accept_new_options=True,
            placeholder="Pilih atau ketik nama rapat",
            help="Ketik nama rapat baru bila belum ada, mis. Rapat Evaluasi Triwulan III 2026.",
        )
        tanggal_rapat = c4.date_input(
            "Tanggal rapat",
            value=tanggal_atau_none(lama.get("tanggal_rapat")) if mode == "Perbarui yang ada" else hari_ini_nyata,
            max_value=hari_ini_nyata,
            format="DD/MM/YYYY",
        )
        c1, c2, c3 = st.columns(3)
        iku_opsi = ["", *IKU]
        kode_indikator = c1.selectbox(
            "IKU terkait",
            iku_opsi,
            index=indeks(iku_opsi, lama.get("kode_indikator")),
            format_func=lambda k: IKU.get(k, "–"),
        )
        unggulan_opsi = ["", *UNGGULAN]
        kode_unggulan = c2.selectbox(
            "Program unggulan terkait",
            unggulan_opsi,
            index=indeks(unggulan_opsi, lama.get("kode_unggulan")),
            format_func=lambda k: UNGGULAN.get(k, "–"),
        )
        kegiatan_opsi = ["", *KEGIATAN]
        kode_kegiatan = c3.selectbox(
            f"Kegiatan terkait ({filt.tahun})",
            kegiatan_opsi,
            index=indeks(kegiatan_opsi, lama.get("kode_kegiatan")),
            format_func=lambda k: KEGIATAN.get(k, "–"),
        )
        c1, c2 = st.columns([3, 1])
        hasil_teks = c1.text_area(
            "Hasil / perkembangan", value=lama.get("hasil") or "", height=68, key=f"tl_hasil_{sfx}"
        )
        tanggal_selesai = c2.date_input(
            "Tanggal selesai",
            value=tanggal_atau_none(lama.get("tanggal_selesai")),
            format="DD/MM/YYYY",
            help="Kosong dengan status Selesai: dicatat hari ini.",
            key=f"tl_selesai_{sfx}",
        )
        if akun is ADMIN_LOKAL:
            nama_ketik = st.text_input(
                "Dicatat oleh (untuk riwayat)", placeholder="mis. Sekretariat Bappeda", key=f"tl_pengguna_{sfx}"
            )
        else:  # logged in: the batch and the audit trail record the account, not a typed name
            nama_ketik = ""
        kirim = st.form_submit_button("Simpan", type="primary", icon=":material/save:")

    if kirim:
        if not uraian.strip() or not kode_baru.strip() or not pd_form:
            st.error("Isi kode, OPD yang bertanggung jawab, dan uraian tindak lanjut (apa yang harus dilakukan).")
        else:
            if status == "selesai" and tanggal_selesai is None:
                tanggal_selesai = hari_ini_nyata
            baris = {
                "kode_pemda": filt.kode_pemda,
                "kode_tindak_lanjut": kode_baru.strip(),
                "uraian": uraian,
                "kode_pd": pd_form,
                "batas_waktu": batas,
                "status": status,
                "rapat": nama_rapat,
                "tanggal_rapat": tanggal_rapat,
                "kode_indikator": kode_indikator,
                "kode_unggulan": kode_unggulan,
                "kode_kegiatan": kode_kegiatan,
                "penanggung_jawab": penanggung_jawab,
                "hasil": hasil_teks,
                "tanggal_selesai": tanggal_selesai if status == "selesai" else None,
            }
            if mode == "Tambah baru" and kode_baru.strip() in set(semua["kode_tindak_lanjut"]):
                st.error(f"Kode {kode_baru.strip()} sudah dipakai. Pilih **Perbarui yang ada** untuk mengubahnya.")
            else:
                pengguna, peran = pelaku(akun, nama_ketik)
                hasil = simpan_tindak_lanjut(
                    baris, db_path(), pengguna=pengguna, peran=peran, lingkup=lingkup_sekarang()
                )
                if not hasil.ok:
                    st.error(
                        "Tidak disimpan:\n\n"
                        + "\n".join(f"- {t.pesan}" + (f" (kolom {t.kolom})" if t.kolom else "") for t in hasil.temuan)
                    )
                elif hasil.batch_id is None:
                    st.info("Tidak ada perubahan: isinya sama dengan yang tersimpan.")
                else:
                    aksi = "diperbarui" if hasil.diganti else "ditambahkan"
                    st.session_state["tl_pesan"] = (
                        f"{kode_baru.strip()} {aksi} (batch impor {hasil.batch_id}). Nilai lama tersimpan di riwayat; "
                        "batch ini dapat dibatalkan di halaman Impor Data."
                    )
                    st.rerun()


# --------------------------------------------------------------------------- the meeting pack
st.subheader("Bahan rapat")
st.caption(
    f"PDF untuk rapat evaluasi {fmt.TRIWULAN[filt.triwulan]} {filt.tahun} (filter di samping), tabelnya juga dalam "
    f"XLSX; keadaan tindak lanjut per {per_tanggal}. Juga dari baris perintah: `python -m pantau laporan`."
)
opd_pack = st.selectbox("Untuk OPD", ["", *OPD], format_func=lambda k: OPD.get(k, "Seluruh pemda"), key="tl_pack_opd")
unduh_bahan_rapat(filt, hari_ini, kode_pd=opd_pack, nama_pd=OPD.get(opd_pack, ""), kunci="tindak_lanjut")
