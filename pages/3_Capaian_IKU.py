"""Capaian IKU: the quarterly evaluation. Which IKU are off track this quarter, whose are they, why, and
what is being done; the OPD ranking and heatmap, every IKU with its trend, one IKU in detail, and the
E.81 evaluation table to download."""

from collections.abc import Callable
from functools import partial

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from pantau import figures, grafik, tabel
from pantau import format as fmt
from pantau.data import ambil
from pantau.e81 import buat_e81
from pantau.frame import bagian, frame
from pantau.lapor_tampil import catatan_belum_verifikasi
from pantau.laporan import (
    BAGIAN_DAFTAR,
    BAGIAN_E81,
    BAGIAN_PERINGATAN,
    BAGIAN_PERINGKAT,
    BAGIAN_RINCIAN,
)
from pantau.unduh import csv as unduh_csv
from pantau.unduh import tombol_berkas

filt = frame(
    "Capaian IKU", ikon="🎯", keterangan="evaluasi triwulanan IKU (Indikator Kinerja Utama)", sakelar_nilai=True
)
if filt is None:
    st.stop()

TW = fmt.TRIWULAN[filt.triwulan]
JENIS = {"": "Semua IKU", "IKU_PEMDA": "IKU Pemda", "IKU_PD": "IKU Perangkat Daerah"}


# --------------------------------------------------------------------------- page filters (in the URL)


def pilih_url(
    wadah: DeltaGenerator, label: str, opsi: list[str], kunci: str, format_func: Callable, *, bawaan: int = 0, **kw
) -> str:
    """A selectbox whose value lives in the URL as a code (`?kunci=…`), like the shared filters of the frame;
    the default option leaves the URL clean. (`bind="query-params"` would put the displayed label in the URL,
    not the code.)"""
    kunci_widget = f"capaian_{kunci}"
    # The options follow the pemda and the other filters: a choice no longer offered starts over.
    if kunci_widget in st.session_state and st.session_state[kunci_widget] not in opsi:
        del st.session_state[kunci_widget]
    dari_url = st.query_params.get(kunci)
    indeks = opsi.index(dari_url) if dari_url in opsi else bawaan
    nilai = wadah.selectbox(label, opsi, index=indeks, format_func=format_func, key=kunci_widget, **kw)
    if nilai != opsi[bawaan]:
        st.query_params[kunci] = nilai
    elif kunci in st.query_params:
        del st.query_params[kunci]
    return nilai


pilihan = ambil("iku_filter_pilihan", kode_pemda=filt.kode_pemda)
OPD = dict(pilihan.loc[pilihan["filter"] == "opd", ["kode", "label"]].itertuples(index=False))
SASARAN = dict(pilihan.loc[pilihan["filter"] == "sasaran", ["kode", "label"]].itertuples(index=False))
STATUS = pilihan.loc[pilihan["filter"] == "status", "kode"].tolist()

f1, f2, f3 = st.columns([1, 2, 3])
jenis = pilih_url(f1, "Jenis", list(JENIS), "jenis", JENIS.get)
kode_pd = pilih_url(f2, "OPD", ["", *OPD], "opd", lambda k: OPD.get(k, "Semua OPD"))
kode_sasaran = pilih_url(f3, "Sasaran", ["", *SASARAN], "sasaran", lambda k: SASARAN.get(k, "Semua sasaran"))
p = {**filt.params(), "jenis": jenis, "kode_pd": kode_pd, "kode_sasaran": kode_sasaran}
batas = filt.batas  # the lists; one pemda: every IKU

# --------------------------------------------------------------------------- headline

r = ambil("iku_triwulan_ringkasan", **p).iloc[0]
if r["jumlah_iku"] == 0:
    st.info(
        "Tidak ada IKU untuk pilihan ini. Ubah filter jenis, OPD atau sasaran di atas, atau impor tabel "
        "`indikator` (jenis IKU_PEMDA / IKU_PD) untuk pemda ini."
    )
    st.stop()
if r["jumlah_lapor"] == 0:
    st.warning(
        f"Belum ada realisasi IKU untuk {TW} {filt.tahun}. Pilih triwulan lain di samping, atau impor "
        "realisasinya (tabel `realisasi`). Daftar IKU yang belum melapor ada di bagian Peringatan dini."
    )
catatan_belum_verifikasi(filt)

k1, k2, k3, k4, k5 = st.columns([1.3, 1, 1, 1, 1])
k1.metric(
    "IKU melapor",
    f"{fmt.angka(r['jumlah_lapor'])} dari {fmt.angka(r['jumlah_wajib_lapor'])}",
    help="IKU yang sudah punya realisasi triwulan ini, dari IKU pilihan yang wajib lapor (bertarget tahun ini; "
    "IKU tahunan hanya di TW IV).",
)
k2.metric(
    "Rata-rata capaian",
    fmt.capaian(r["rata_rata_capaian"]),
    delta=None if fmt.kosong(r["selisih_tw_lalu"]) else fmt.selisih(r["selisih_tw_lalu"]) + " vs TW lalu",
    **fmt.gaya_selisih(r["selisih_tw_lalu"]),
    help=f"{r['cakupan']}. TW lalu: {fmt.capaian(r['rata_rata_tw_lalu'])}.",
)
k3.metric(
    "vs tahun lalu",
    fmt.selisih(r["selisih_tahun_lalu"]),
    help=f"Rata-rata capaian {TW} {filt.tahun - 1}: {fmt.capaian(r['rata_rata_tahun_lalu'])}.",
)
k4.metric(
    "Perlu perhatian",
    fmt.angka(r["jumlah_perlu_perhatian"]),
    help="Predikat Rendah dan Sangat Rendah (skala Permendagri 86/2017).",
)
k5.metric(
    "Peringatan dini",
    fmt.angka(r["jumlah_peringatan"]),
    help="IKU yang melapor dan masuk daftar di bagian Peringatan dini.",
)
per_status = ambil("iku_triwulan_status_jumlah", **p)
st.markdown(
    "Jumlah IKU per predikat: "
    + " · ".join(f"**{s}** {fmt.angka(j)}" for s, j in zip(per_status["predikat"], per_status["jumlah"], strict=True))
)
st.caption(
    f"**Rata-rata capaian {r['cakupan']}.** Dirata-rata atas SEMUA IKU yang wajib lapor (bertarget tahun ini; "
    "IKU tahunan hanya di TW IV), dengan capaian s.d. triwulan dari yang sudah dilaporkan (kumulatif: triwulan "
    "tanpa laporan menambah 0; nilai akhir: nilai terakhir; rata-rata: rerata yang dilaporkan); IKU yang belum "
    f"melapor sama sekali tahun ini atau capaiannya tidak dapat dihitung dihitung 0. Capaian tiap IKU dibatasi "
    f"0–{fmt.angka(r['batas_capaian_rata_rata'])} % (pengaturan `batas_capaian_rata_rata`) agar satu capaian sangat "
    "tinggi tidak menutupi IKU yang tertinggal. Capaian negatif tampil 0 dengan angka mentahnya."
)
catatan = []
if r["jumlah_belum_lapor"]:
    catatan.append(f"⚠️ {fmt.angka(r['jumlah_belum_lapor'])} IKU belum melaporkan realisasi {TW}.")
if r["jumlah_diukur_tahunan"]:
    catatan.append(f"📅 {fmt.angka(r['jumlah_diukur_tahunan'])} IKU berfrekuensi tahunan (wajib lapor di TW IV).")
if r["jumlah_perlu_diperiksa"]:
    catatan.append(f"🔎 {fmt.angka(r['jumlah_perlu_diperiksa'])} IKU dengan capaian sangat tinggi: periksa datanya.")
if catatan:
    st.caption(" ".join(catatan))


def peringatan_dini() -> None:
    """IKU with an early warning, and the IKU not yet reported per OPD."""
    st.caption(
        f"IKU yang melapor masuk daftar bila capaian s.d. triwulan tidak melebihi "
        f"{fmt.angka(r['ambang_peringatan_capaian'])} % (pengaturan `ambang_peringatan_capaian`; tepat 75,0 % adalah "
        f"Sedang), atau proyeksi akhir tahunnya di bawah {fmt.angka(r['ambang_proyeksi_tahunan'])} % dari target tahunan "
        "(`ambang_proyeksi_tahunan`), atau capaiannya tidak dapat dihitung, atau sangat tinggi. Proyeksi menurut rencana "
        "bila ada target triwulan (IKU yang tepat pada rencananya = 100 %: kumulatif = realisasi s.d. TW × target tahunan "
        "÷ target s.d. TW; nilai akhir dan rata-rata = capaian s.d. TW dibawa ke target tahunan); hanya bila target "
        "tahunan saja: kumulatif = realisasi s.d. TW × 4 ÷ triwulan, nilai akhir = nilai terakhir + kemiringan tren × "
        "sisa triwulan, rata-rata = rata-rata sejauh ini."
    )
    peringatan = ambil("iku_triwulan_peringatan", **p, batas=batas)
    filt.catatan_terpotong(peringatan, "peringatan", "capaian rendah dan terendah dahulu")
    if peringatan.empty:
        st.success(f"Tidak ada IKU yang melapor dengan peringatan pada {TW} {filt.tahun}.")
    else:
        peringatan_tampil = tabel.potong(peringatan, "capaian_baris_peringatan")
        st.dataframe(
            peringatan_tampil.assign(
                opd=peringatan_tampil["singkatan"].fillna(peringatan_tampil["nama_pd"]),
                capaian=[fmt.capaian(v) for v in peringatan_tampil["capaian_persen"]],
                proyeksi=[
                    f"{fmt.nilai(v)} ({fmt.capaian(c)})"
                    for v, c in zip(
                        peringatan_tampil["proyeksi_akhir_tahun"],
                        peringatan_tampil["progres_proyeksi_persen"],
                        strict=True,
                    )
                ],
                target=[fmt.nilai(v) for v in peringatan_tampil["target_tahunan"]],
            )[
                [
                    "nama_indikator",
                    "opd",
                    "status",
                    "capaian",
                    "alasan_peringatan",
                    "faktor_penghambat",
                    "tindak_lanjut",
                    "proyeksi",
                    "target",
                    "satuan",
                    "keterangan",
                ]
            ].fillna(""),
            hide_index=True,
            width="stretch",
            column_config={
                "nama_indikator": st.column_config.TextColumn("Indikator", width="large", pinned=True),
                "opd": "OPD",
                "status": "Predikat",
                "capaian": f"Capaian s.d. {TW}",
                "alasan_peringatan": st.column_config.TextColumn("Alasan", width="medium"),
                "faktor_penghambat": st.column_config.TextColumn("Faktor penghambat", width="large"),
                "tindak_lanjut": st.column_config.TextColumn("Tindak lanjut", width="large"),
                "proyeksi": st.column_config.TextColumn(
                    "Proyeksi akhir tahun",
                    help="Proyeksi realisasi akhir tahun (dan persentasenya dari target tahunan)",
                ),
                "target": "Target tahunan",
                "satuan": "Satuan",
                "keterangan": "Keterangan",
            },
        )
        tombol_berkas(
            st,
            "Unduh peringatan dini (CSV)",
            partial(unduh_csv, peringatan),
            file_name=f"peringatan_dini_{filt.kode_pemda}_{filt.tahun}_{filt.periode}.csv",
            mime="text/csv",
        )

    belum = ambil("pd_triwulan_belum_lapor", **p)
    st.markdown(f"**IKU yang belum melaporkan realisasi {TW}, per OPD**")
    if belum.empty:
        st.success(f"Semua IKU yang wajib lapor sudah melaporkan realisasi {TW} {filt.tahun}.")
    else:
        st.dataframe(
            belum.assign(
                opd=belum["nama_pd"],
                jumlah=[
                    f"{fmt.angka(b)} dari {fmt.angka(w)}"
                    for b, w in zip(belum["jumlah_belum_lapor"], belum["jumlah_wajib_lapor"], strict=True)
                ],
            )[["opd", "jumlah", "iku_belum_lapor"]],
            hide_index=True,
            width="stretch",
            column_config={
                "opd": "OPD",
                "jumlah": "Belum lapor",
                "iku_belum_lapor": st.column_config.TextColumn(
                    "IKU (triwulan terakhir yang dilaporkan)", width="large"
                ),
            },
        )
        st.caption(
            "Wajib lapor: IKU triwulanan (bawaan) setiap triwulan tahun yang punya target; IKU berfrekuensi tahunan "
            "(kolom `frekuensi` tabel indikator) hanya di TW IV. IKU tanpa target tahun ini tidak wajib lapor."
        )


def peringkat_opd() -> None:
    """OPD ranked by average capaian, IKU per predikat, and the OPD × quarter heatmap."""
    kiri, kanan = st.columns([3, 2])
    per_pd = ambil("pd_triwulan_peringkat", **p)
    if per_pd["rata_rata_capaian"].notna().any():
        with kiri:
            peringkat = filt.opd_teratas(per_pd, "capaian rata-rata tertinggi")
            grafik.tampilkan(figures.gambar_peringkat_pd, peringkat, r["batas_capaian_rata_rata"])
    else:
        kiri.info(f"Belum ada OPD dengan capaian IKU pada {TW} {filt.tahun}.")
    grafik.tampilkan(figures.gambar_predikat, per_status, tempat=kanan)
    if filt.nasional:  # tens of thousands of OPD: the heatmap is drawn per pemda
        st.info("Peta panas OPD × triwulan digambar per pemda. Pilih satu pemda di filter *Pemerintah daerah*.")
    else:
        grafik.tampilkan(figures.gambar_peta_capaian_pd, ambil("pd_triwulan_tren", **p))


def daftar_iku() -> None:
    """Every IKU of the choice, filtered by predikat, with its download."""
    status = st.multiselect(
        "Predikat / status",
        STATUS,
        default=[v for v in st.query_params.get_all("predikat") if v in STATUS],
        key="capaian_predikat",
        placeholder="Semua predikat dan status",
        help="Menyaring tabel ini saja; angka utama, peringkat dan peta panas tetap untuk semua IKU pilihan.",
    )
    if status:
        st.query_params["predikat"] = status
    elif "predikat" in st.query_params:
        del st.query_params["predikat"]
    daftar = ambil("iku_triwulan_daftar", **p, status=status, batas=batas)
    filt.catatan_terpotong(daftar, "IKU", "yang belum lapor dan capaian terendah dahulu")
    if daftar.empty:
        st.info("Tidak ada IKU dengan predikat/status itu pada triwulan ini. Kosongkan saringan untuk melihat semua.")
    else:
        baris = tabel.potong(daftar, "capaian_baris")
        tampil = baris.assign(
            opd=baris["singkatan"].fillna(baris["nama_pd"]),
            target=[
                fmt.target(t, a, b)
                for t, a, b in zip(baris["target_sd"], baris["target_min_sd"], baris["target_max_sd"], strict=True)
            ],
            realisasi=[fmt.nilai(v) for v in baris["realisasi_sd"]],
            capaian=[fmt.capaian(v) for v in baris["capaian_persen"]],
            selisih=[fmt.selisih(v) for v in baris["selisih_tw_lalu"]],
            tahunan=[
                fmt.target(t, a, b)
                for t, a, b in zip(
                    baris["target_tahunan"], baris["target_min_tahunan"], baris["target_max_tahunan"], strict=True
                )
            ],
            progres=[fmt.capaian(v) for v in baris["progres_tahunan_persen"]],
            proyeksi=[fmt.capaian(v) for v in baris["progres_proyeksi_persen"]],
            status_tampil=[
                s if fmt.kosong(t) or s != "Belum lapor" else f"Belum lapor (terakhir {fmt.TRIWULAN[int(t)]})"
                for s, t in zip(baris["status"], baris["triwulan_lapor_terakhir"], strict=True)
            ],
        )
        teks = ["faktor_pendorong", "faktor_penghambat", "tindak_lanjut", "keterangan", "alasan_peringatan"]
        tampil[teks] = tampil[teks].fillna("")
        kolom = [
            "nama_indikator",
            "opd",
            "status_tampil",
            "capaian",
            "selisih",
            "tren_capaian",
            "target",
            "realisasi",
            "satuan",
            "tahunan",
            "progres",
            "proyeksi",
            "alasan_peringatan",
            "faktor_pendorong",
            "faktor_penghambat",
            "tindak_lanjut",
            "keterangan",
        ]
        # The predikat cell in its scale colour (skala_predikat.warna, from the data), text readable on it.
        st.dataframe(
            tabel.warnai(tampil[kolom], {"status_tampil": baris["warna_predikat"]}),
            hide_index=True,
            width="stretch",
            column_config={
                "nama_indikator": st.column_config.TextColumn("Indikator", width="medium", pinned=True),
                "opd": "OPD",
                "status_tampil": "Predikat",
                "capaian": "Capaian",
                "selisih": "vs TW lalu",
                "tren_capaian": st.column_config.LineChartColumn(f"Tren capaian TW I–{TW[3:]}", width="small"),
                "target": f"Target s.d. {TW}",
                "realisasi": f"Realisasi s.d. {TW}",
                "satuan": "Satuan",
                "tahunan": "Target tahunan",
                "progres": st.column_config.TextColumn(
                    "Progres tahunan", help="Realisasi s.d. TW terhadap target tahunan"
                ),
                "proyeksi": st.column_config.TextColumn(
                    "Proyeksi", help="Proyeksi akhir tahun terhadap target tahunan"
                ),
                "alasan_peringatan": st.column_config.TextColumn("Peringatan", width="medium"),
                "faktor_pendorong": st.column_config.TextColumn("Faktor pendorong", width="medium"),
                "faktor_penghambat": st.column_config.TextColumn("Faktor penghambat", width="medium"),
                "tindak_lanjut": st.column_config.TextColumn("Tindak lanjut", width="medium"),
                "keterangan": "Keterangan",
            },
        )
        tombol_berkas(
            st,
            "Unduh daftar IKU (CSV)",
            partial(unduh_csv, daftar.drop(columns=["tren_capaian"])),
            file_name=f"capaian_iku_{filt.kode_pemda}_{filt.tahun}_{filt.periode}.csv",
            mime="text/csv",
        )


def rincian_iku() -> None:
    """One IKU (`?iku=`): its figures, quarter by quarter."""
    semua = ambil("iku_triwulan_daftar", **p, status=[], batas=batas)
    # Nationally the same IKU code stands in many pemda (national codes, contract v2): the choice is (pemda, IKU).
    nasional = filt.nasional
    kunci_iku = [
        f"{pm}|{k}" if nasional else k for pm, k in zip(semua["kode_pemda"], semua["kode_indikator"], strict=True)
    ]
    NAMA_IKU = {
        kunci: f"{n} · {o} ({k})" + (f" · pemda {pm}" if nasional else "")
        for kunci, pm, k, n, o in zip(
            kunci_iku,
            semua["kode_pemda"],
            semua["kode_indikator"],
            semua["nama_indikator"],
            semua["singkatan"].fillna(semua["nama_pd"]),
            strict=True,
        )
    }
    pilihan_iku = pilih_url(
        st.container(),
        "Indikator",
        list(NAMA_IKU),
        "iku",
        NAMA_IKU.get,
        # Bawaan: IKU terendah yang sudah melapor (yang belum lapor tidak punya angka untuk dirinci).
        bawaan=next((i for i, lapor in enumerate(semua["sudah_lapor"]) if lapor), 0),
        help="Urut seperti tabel: yang belum lapor dan capaian terendah dahulu.",
    )
    pemda_iku, kode_iku = pilihan_iku.split("|", 1) if nasional else (filt.kode_pemda, pilihan_iku)
    rinci = ambil("iku_triwulan_rinci", **{**p, "kode_pemda": pemda_iku}, kode_indikator=kode_iku)
    ini = rinci[rinci["tahun_terpilih"] & (rinci["triwulan"] == filt.triwulan)].iloc[0]
    st.caption(
        f"{ini['nama_pd']} · sasaran: {'–' if fmt.kosong(ini['uraian_sasaran']) else ini['uraian_sasaran']} · {ini['polaritas']}, rumus {ini['rumus']}, "
        f"agregasi {ini['agregasi'].replace('_', ' ')}"
        + ("" if fmt.kosong(ini["definisi"]) else f" · {ini['definisi']}")
    )
    d1, d2, d3, d4 = st.columns(4)
    d1.metric(
        f"Capaian s.d. {TW}",
        fmt.capaian(ini["capaian_persen"]),
        delta=None if fmt.kosong(ini["selisih_tw_lalu"]) else fmt.selisih(ini["selisih_tw_lalu"]) + " vs TW lalu",
        **fmt.gaya_selisih(ini["selisih_tw_lalu"]),
        help=f"{'–' if fmt.kosong(ini['status']) else ini['status']}. Dibanding {TW} {filt.tahun - 1}: {fmt.selisih(ini['selisih_tahun_lalu'])}."
        + ("" if fmt.kosong(ini["keterangan"]) else f" {ini['keterangan']}."),
    )
    d2.metric(
        "Progres target tahunan",
        fmt.capaian(ini["progres_tahunan_persen"]),
        help=f"Realisasi s.d. {TW} {fmt.nilai(ini['realisasi_sd'])} terhadap target tahunan "
        f"{fmt.target(ini['target_tahunan'], ini['target_min_tahunan'], ini['target_max_tahunan'])} {ini['satuan']}.",
    )
    d3.metric(
        "Proyeksi akhir tahun",
        fmt.capaian(ini["progres_proyeksi_persen"]),
        help=f"Proyeksi realisasi akhir tahun {fmt.nilai(ini['proyeksi_akhir_tahun'])} {ini['satuan']} terhadap target "
        "tahunan (aturan proyeksi: lihat Peringatan dini).",
    )
    d4.metric(
        "Progres target akhir periode",
        fmt.capaian(ini["capaian_akhir_periode_persen"]),
        help=f"Realisasi s.d. {TW} terhadap target akhir periode RPJMD/Renstra "
        f"{fmt.nilai(ini['target_akhir_periode'])} {ini['satuan']}.",
    )
    grafik.tampilkan(figures.gambar_rinci_iku, rinci)
    st.dataframe(
        rinci.assign(
            tw=[f"{fmt.TRIWULAN[t]} {y}" for t, y in zip(rinci["triwulan"], rinci["tahun"], strict=True)],
            target_tw=[
                fmt.target(t, a, b)
                for t, a, b in zip(
                    rinci["target_triwulan"], rinci["target_min_triwulan"], rinci["target_max_triwulan"], strict=True
                )
            ],
            realisasi_tw=[fmt.nilai(v) for v in rinci["realisasi_triwulan"]],
            target=[
                fmt.target(t, a, b)
                for t, a, b in zip(rinci["target_sd"], rinci["target_min_sd"], rinci["target_max_sd"], strict=True)
            ],
            realisasi=[fmt.nilai(v) for v in rinci["realisasi_sd"]],
            capaian=[fmt.capaian(v) for v in rinci["capaian_persen"]],
        )[
            [
                "tw",
                "target_tw",
                "realisasi_tw",
                "target",
                "realisasi",
                "capaian",
                "status",
                "faktor_pendorong",
                "faktor_penghambat",
                "tindak_lanjut",
            ]
        ].fillna(""),
        hide_index=True,
        width="stretch",
        column_config={
            "tw": "Triwulan",
            "target_tw": "Target triwulan",
            "realisasi_tw": "Realisasi triwulan",
            "target": "Target s.d. TW",
            "realisasi": "Realisasi s.d. TW",
            "capaian": "Capaian",
            "status": "Predikat",
            "faktor_pendorong": st.column_config.TextColumn("Faktor pendorong", width="medium"),
            "faktor_penghambat": st.column_config.TextColumn("Faktor penghambat", width="medium"),
            "tindak_lanjut": st.column_config.TextColumn("Tindak lanjut", width="medium"),
        },
    )


def unduh_e81() -> None:
    """The E.81 table (Permendagri 86/2017) for the filters above, built when asked."""
    p_e81 = {**filt.params(), "jenis": jenis, "kode_pd": kode_pd}
    lingkup = OPD.get(kode_pd, "semua OPD (satu lembar per OPD + rekap)")
    st.caption(
        f'Tabel Permendagri 86/2017 "Evaluasi terhadap Hasil Renja Perangkat Daerah" (kolom resmi 1–18, baris rata-rata '
        f"capaian, predikat, faktor pendorong, faktor penghambat, tindak lanjut) untuk {TW} {filt.tahun}: {lingkup}. "
        "Mengikuti filter jenis dan OPD di atas."
    )
    tombol_berkas(
        st,
        "Unduh E.81 (XLSX)",
        # built only when pressed: its queries are not part of every view of the page
        lambda: buat_e81(
            ambil("e81_indikator", **p_e81),
            ambil("e81_pd_ringkasan", **p_e81),
            nama_pemda=filt.nama_pemda,
            tahun=filt.tahun,
            triwulan=filt.triwulan,
        ),
        file_name=f"E81_{filt.kode_pemda}_{filt.tahun}_{filt.periode}_{kode_pd or 'semua_opd'}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
    )


# --------------------------------------------------------------------------- the sections, one at a time
bagian(
    {
        BAGIAN_PERINGATAN: peringatan_dini,
        BAGIAN_PERINGKAT: peringkat_opd,
        BAGIAN_DAFTAR: daftar_iku,
        BAGIAN_RINCIAN: rincian_iku,
        BAGIAN_E81: unduh_e81,
    }
)
