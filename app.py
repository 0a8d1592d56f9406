"""Ringkasan: the landing page for the governor or the Sekda: the few numbers asked first, each with its change
and a link to the page that explains it, then the exceptions (worst first, with obstacle and follow-up), and the
meeting pack to download. Few columns and large numbers, so it reads on a projector and on a phone."""

import datetime as dt
from functools import partial

import streamlit as st

from pantau import figures, grafik, lapor, laporan
from pantau import format as fmt
from pantau.data import ambil
from pantau.frame import HALAMAN, frame, tanggal_url
from pantau.lapor_tampil import catatan_belum_verifikasi
from pantau.unduh import csv as unduh_csv
from pantau.unduh import tombol_berkas
from pantau.unduh_bahan_rapat import unduh_bahan_rapat, unduh_ringkas

filt = frame(
    "Ringkasan",
    ikon="📊",
    keterangan="angka yang ditanyakan pimpinan lebih dulu, dan pengecualiannya",
    sakelar_nilai=True,
)
if filt is None:
    st.stop()


NAMA_HALAMAN = {script: label for script, label, _ikon in HALAMAN}
hari_ini = tanggal_url()
# Links carry the shared filters, and the date when it is not today.
tautan = filt.query_params() | ({"tanggal": hari_ini.isoformat()} if hari_ini != dt.date.today() else {})
p = filt.params()
# the numbers asked first (the pack's own queries); their IKU summary row also says whether anything is reported
data = laporan.kumpulkan(
    ambil, filt.kode_pemda, filt.tahun, filt.triwulan, hari_ini=hari_ini, lengkap=False, semua_nilai=filt.semua_nilai
)
r = data.frames["iku"].iloc[0]
TW = fmt.TRIWULAN[filt.triwulan]

if r["jumlah_lapor"] == 0:
    st.warning(
        f"Belum ada realisasi IKU untuk {TW} {filt.tahun}. Pilih triwulan lain di samping, atau impor realisasinya."
    )

# --------------------------------------------------------------------------- the numbers asked first
angka = laporan.angka_utama(data)
for awal in range(0, len(angka), 3):
    for kolom, a in zip(st.columns(3), angka[awal : awal + 3], strict=False):
        with kolom.container(border=True):
            st.metric(a.label, a.nilai, delta=a.delta, **a.gaya)
            st.caption(a.keterangan)
            st.page_link(
                a.halaman,
                label=f"Rincian: {NAMA_HALAMAN[a.halaman]}",
                icon=":material/arrow_forward:",
                query_params=tautan | ({"bagian": a.bagian} if a.bagian else {}),
            )

if r["jumlah_belum_lapor"]:
    st.caption(f"⚠️ {fmt.angka(r['jumlah_belum_lapor'])} IKU belum melaporkan realisasi triwulan ini.")
if r["jumlah_perlu_diperiksa"]:
    st.caption(f"🔎 {fmt.angka(r['jumlah_perlu_diperiksa'])} IKU dengan capaian sangat tinggi: periksa datanya.")
if not fmt.kosong(r["rata_rata_tahun_lalu"]):
    st.caption(
        f"Rata-rata capaian {TW} {filt.tahun - 1}: {fmt.capaian(r['rata_rata_tahun_lalu'])} "
        f"({fmt.selisih(r['selisih_tahun_lalu'])}). Keadaan program unggulan, PK dan tindak lanjut per "
        f"{fmt.tanggal(hari_ini)}."
    )
# The quarter reported inside the app (issue 19): who has not reported yet, with the way to the reminders.
lapor_opd = ambil("lapor_status_opd", **p, hari_ini=lapor.hari_ini())
if not lapor_opd.empty:
    belum = lapor_opd[~lapor_opd["sudah_lapor"].astype(bool)]
    terlambat = int(lapor_opd["hari_terlambat"].notna().sum())
    with st.container(border=True):
        st.metric(
            "OPD belum lapor",
            f"{fmt.angka(len(belum))} dari {fmt.angka(len(lapor_opd))}",
            help="OPD yang belum mengajukan semua IKU wajibnya untuk triwulan ini (dikembalikan verifikator: belum).",
        )
        st.caption(
            f"Batas lapor {fmt.tanggal(lapor_opd['batas_lapor'].iloc[0])}; {fmt.angka(terlambat)} OPD terlambat; "
            f"{fmt.angka(lapor_opd['jumlah_diajukan'].sum())} IKU menunggu verifikasi."
        )
        catatan_belum_verifikasi(filt)
        st.page_link(
            "pages/14_Laporan_Triwulan.py",
            label="Rincian: Laporan Triwulan (daftar OPD, pengingat)",
            icon=":material/arrow_forward:",
            query_params=tautan,
        )
st.page_link(
    "pages/3_Capaian_IKU.py",
    label="Rincian capaian IKU: peringatan dini, peringkat OPD, tiap indikator, unduh E.81",
    icon=":material/monitoring:",
    query_params=tautan,
)

# --------------------------------------------------------------------------- exceptions first
BATAS = 5
st.subheader("Perlu perhatian lebih dulu")
# one query: the worst BATAS of each kind shown here, all of them in the download
semua = ambil("ringkasan_pengecualian", **p, hari_ini=hari_ini, kode_pd="", batas=0)
pengecualian = semua[semua["peringkat"] <= BATAS]


def teks_nilai(nilai: object, satuan: str) -> str:
    if fmt.kosong(nilai) or (satuan in ("hari", "tonggak") and not nilai):
        return ""
    return {
        "persen": f"**{fmt.persen(nilai)}**",
        "persen_tw4": f"**{fmt.persen(nilai)}** di Oktober–Desember",
        "hari": f"**{fmt.angka(nilai)} hari** lewat batas",
        "tonggak": f"**{fmt.angka(nilai)} tonggak** lewat waktu",
    }.get(satuan, fmt.angka(nilai))


LABEL_PENGHAMBAT = {"tindak_lanjut": "Perkembangan", "penumpukan": "Keterangan", "pk": "Keterangan"}


def isi(teks: object) -> bool:
    return isinstance(teks, str) and bool(teks.strip())


if pengecualian.empty:
    st.success(
        f"Tidak ada pengecualian pada {TW} {filt.tahun}: tidak ada IKU berpredikat rendah, program unggulan "
        "terlambat atau berisiko, tindak lanjut lewat batas, PK tertunda, OPD menumpuk, atau janji tanpa kegiatan."
    )
for _urutan, butir in pengecualian.groupby("urutan_jenis", sort=True):
    b0 = butir.iloc[0]
    with st.container(border=True):
        st.markdown(f"#### {b0['label_jenis']} · {fmt.angka(b0['jumlah_jenis'])}")
        for _, b in butir.iterrows():
            warna = b["warna"] if isi(b["warna"]) else figures.WARNA_NETRAL
            kepala = f"<span style='color:{warna}'>●</span> **{b['judul']}**"
            if isi(b["nama_pd"]) and b["nama_pd"] != b["judul"]:
                kepala += f" · {b['nama_pd']}"
            nilai = teks_nilai(b["nilai"], b["satuan_nilai"])
            # the value already says "lewat batas" for overdue actions and PK: no status word beside it
            status = str(b["status"]) if isi(b["status"]) and b["jenis"] not in ("tindak_lanjut", "pk") else ""
            kepala += " — " + ", ".join(x for x in (nilai, status) if x)
            baris = [kepala]
            if isi(b["penghambat"]):
                baris.append(f"*{LABEL_PENGHAMBAT.get(b['jenis'], 'Penghambat')}:* {b['penghambat']}")
            if isi(b["tindak_lanjut_opd"]):
                baris.append(f"*Tindak lanjut OPD:* {b['tindak_lanjut_opd']}")
            if isi(b["keputusan_rapat"]):
                if b["jenis"] == "tindak_lanjut":
                    baris.append(f"*Dari:* {b['keputusan_rapat']}, batas {fmt.tanggal(b['batas_keputusan'])}")
                else:
                    baris.append(
                        f"*Keputusan rapat:* {b['keputusan_rapat']} ({b['keadaan_keputusan']}, batas "
                        f"{fmt.tanggal(b['batas_keputusan'])})"
                    )
            st.markdown("  \n".join(baris), unsafe_allow_html=True)
        lainnya = int(b0["jumlah_jenis"]) - len(butir)
        st.page_link(
            laporan.HALAMAN_PENGECUALIAN[b0["jenis"]],
            label=f"Semua {fmt.angka(b0['jumlah_jenis'])} ({fmt.angka(lainnya)} lainnya) di "
            f"{NAMA_HALAMAN[laporan.HALAMAN_PENGECUALIAN[b0['jenis']]]}"
            if lainnya
            else f"Rincian: {NAMA_HALAMAN[laporan.HALAMAN_PENGECUALIAN[b0['jenis']]]}",
            icon=":material/arrow_forward:",
            query_params=tautan | ({"bagian": b} if (b := laporan.BAGIAN_PENGECUALIAN.get(b0["jenis"])) else {}),
        )
if not pengecualian.empty:
    tombol_berkas(
        st,
        "Unduh semua pengecualian (CSV)",
        partial(unduh_csv, semua.drop(columns=["warna", "urutan_jenis"])),
        file_name=f"pengecualian_{filt.kode_pemda}_{filt.tahun}_{filt.periode}.csv",
        mime="text/csv",
    )

# --------------------------------------------------------------------------- the IKU at a glance
kiri, kanan = st.columns([2, 3])
grafik.tampilkan(figures.gambar_predikat, ambil("predikat_triwulan_jumlah", **p), tempat=kiri)
# The same ranking as the Capaian IKU page (one query for both), with no jenis/OPD/sasaran filter.
per_pd = ambil("pd_triwulan_peringkat", **p, jenis="", kode_pd="", kode_sasaran="")
if not per_pd["rata_rata_capaian"].notna().any():
    kanan.info("Belum ada OPD yang melapor pada triwulan ini.")
else:
    with kanan:
        peringkat = filt.opd_teratas(per_pd, "capaian rata-rata tertinggi")
        grafik.tampilkan(figures.gambar_peringkat_pd, peringkat, r["batas_capaian_rata_rata"])

# --------------------------------------------------------------------------- the meeting pack
st.subheader("Bahan rapat evaluasi triwulan")
st.caption(
    "Satu PDF untuk rapat: sampul dengan filter, angka utama di atas, IKU merah dengan penghambat dan tindak lanjut, "
    "grafik serapan dan penumpukan, peta wilayah, status program unggulan, janji rapat lalu dan tindak lanjut "
    "terbuka; tabelnya juga dalam XLSX, dan semuanya sebagai salindia PowerPoint (PPTX). Per OPD: halaman Tindak "
    "Lanjut."
)
unduh_bahan_rapat(filt, hari_ini, kunci="ringkasan")
st.subheader("Ringkasan untuk ponsel")
st.caption("Satu gambar untuk grup percakapan: angka utama dengan perubahannya dan lima pengecualian terburuk.")
unduh_ringkas(filt, hari_ini, kunci="ringkasan")
