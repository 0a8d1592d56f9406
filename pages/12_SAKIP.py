"""SAKIP: the evaluation of the performance accountability system (PermenPANRB 88/2021): the pemda's score and
predikat against its target and its trend beside the other pemda of the province, and every OPD's, the ones
below their target first."""

from functools import partial

import streamlit as st

from pantau import figures, grafik
from pantau import format as fmt
from pantau.data import ambil
from pantau.frame import bagian, frame
from pantau.laporan import BAGIAN_SAKIP_BAWAH, BAGIAN_SAKIP_SEBARAN, BAGIAN_SAKIP_SEMUA
from pantau.tabel import warnai
from pantau.unduh import csv as unduh_csv
from pantau.unduh import tombol_berkas

filt = frame(
    "SAKIP",
    ikon="🏅",
    keterangan="evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (PermenPANRB 88/2021)",
    pakai_triwulan=False,
    satu_pemda=True,
)
if filt is None:
    st.stop()

p = {"kode_pemda": filt.kode_pemda, "tahun": filt.tahun}
ringkas = ambil("sakip_ringkasan", **p)
if ringkas.empty:
    st.info(
        f"Belum ada hasil evaluasi SAKIP untuk {filt.nama_pemda} sampai tahun {filt.tahun}. Impor tabel "
        "`evaluasi_sakip` (tahun, kode_pemda, kode_pd kosong untuk tingkat pemda, nilai, target_predikat, dan bila "
        "ada nilai keempat komponen) sesuai format impor (lihat README)."
    )
    st.stop()
r = ringkas.iloc[0]
tahun_evaluasi = int(r["tahun_evaluasi"])
if tahun_evaluasi != filt.tahun:
    st.caption(f"Evaluasi {filt.tahun} belum ada: yang ditampilkan hasil evaluasi terakhir, tahun {tahun_evaluasi}.")

k1, k2, k3, k4, k5 = st.columns(5)
if fmt.kosong(r["nilai"]):
    k1.metric(f"Nilai SAKIP {tahun_evaluasi}", "–", help="Belum ada evaluasi tingkat pemda tahun ini.")
else:
    # Arrow and colour from the number: fmt.selisih writes a true minus sign, which Streamlit reads as a rise.
    berubah = 0.0 if fmt.kosong(r["perubahan_nilai"]) else float(r["perubahan_nilai"])
    arah = (berubah > 0) - (berubah < 0)
    k1.metric(
        f"Nilai SAKIP {tahun_evaluasi}",
        fmt.angka(r["nilai"], 2),
        delta=None if fmt.kosong(r["perubahan_nilai"]) else fmt.selisih(r["perubahan_nilai"], 2) + " vs tahun lalu",
        delta_color={1: "green", -1: "red", 0: "gray"}[arah],
        delta_arrow={1: "up", -1: "down", 0: "off"}[arah],
    )
k2.metric(
    "Predikat",
    "–" if fmt.kosong(r["predikat"]) else str(r["predikat"]),
    delta=None if fmt.kosong(r["sebutan"]) else str(r["sebutan"]),
    delta_color="gray",
    delta_arrow="off",
    help="PermenPANRB 88/2021: > 90 AA, > 80 A, > 70 BB, > 60 B, > 50 CC, > 30 C, selebihnya D (tabel skala_sakip).",
)
if fmt.kosong(r["target_predikat"]):
    k3.metric("Target predikat", "–")
elif r["memenuhi_target"]:
    k3.metric("Target predikat", f"{r['target_predikat']} ✓", help="Target tercapai.")
else:
    k3.metric(
        "Target predikat",
        str(r["target_predikat"]),
        help=f"Belum tercapai: nilai harus lebih dari {fmt.angka(r['batas_nilai_target'], 0)}, kurang "
        f"{fmt.angka(r['kurang_dari_target'], 2)} poin.",
    )
k4.metric(
    "OPD memenuhi target",
    f"{fmt.angka(r['jumlah_opd_memenuhi_target'])} dari {fmt.angka(r['jumlah_opd'])}",
    help="OPD yang predikatnya setara atau lebih baik dari target predikatnya.",
)
k5.metric(
    "OPD minimal BB",
    fmt.persen(r["persen_opd_minimal_bb"]),
    help=f"{fmt.angka(r['jumlah_opd_minimal_bb'])} dari {fmt.angka(r['jumlah_opd'])} OPD berpredikat BB atau lebih baik.",
)
if not fmt.kosong(r["nilai"]) and not r["memenuhi_target"] and not fmt.kosong(r["target_predikat"]):
    st.warning(
        f"{filt.nama_pemda} menargetkan predikat {r['target_predikat']}: nilai {tahun_evaluasi} "
        f"{fmt.angka(r['nilai'], 2)} ({r['predikat']}) masih kurang {fmt.angka(r['kurang_dari_target'], 2)} poin "
        f"dari batas {fmt.angka(r['batas_nilai_target'], 0)}."
    )

skala = ambil("sakip_skala")
tren = ambil("sakip_pemda_tren", kode_pemda=filt.kode_pemda)
if not tren.empty:
    grafik.tampilkan(figures.gambar_sakip_pemda, tren, skala)
    st.caption("Provinsi dan kabupaten/kotanya dievaluasi bersama: satu panel per pemda, warna batang = predikat.")

daftar = ambil("sakip_pd_daftar", **p)
if daftar.empty:
    st.info(f"Belum ada hasil evaluasi SAKIP OPD {filt.nama_pemda} sampai tahun {filt.tahun}.")
    st.stop()


def di_bawah_target() -> None:
    """The OPD whose evaluation is below their target predikat, and those whose score fell."""
    bawah = daftar[daftar["memenuhi_target"].eq(False)]
    if bawah.empty:
        st.success("Semua OPD yang dievaluasi mencapai target predikatnya.")
    else:
        st.dataframe(
            warnai(
                bawah.assign(
                    nilai_teks=bawah["nilai"].map(lambda v: fmt.angka(v, 2)),
                    kurang=bawah["kurang_dari_target"].map(lambda v: fmt.angka(v, 2)),
                    berubah=bawah["perubahan_nilai"].map(lambda v: fmt.selisih(v, 2, "")),
                )[
                    [
                        "singkatan",
                        "nama",
                        "nilai_teks",
                        "predikat",
                        "target_predikat",
                        "kurang",
                        "predikat_tahun_lalu",
                        "berubah",
                    ]
                ],
                {"predikat": bawah["warna"]},
            ),
            hide_index=True,
            width="stretch",
            column_config={
                "singkatan": "OPD",
                "nama": st.column_config.TextColumn("Nama OPD", width="large"),
                "nilai_teks": "Nilai",
                "predikat": "Predikat",
                "target_predikat": "Target",
                "kurang": st.column_config.TextColumn(
                    "Kurang (poin)", help="Poin yang masih dibutuhkan (nilai harus lebih dari batas)."
                ),
                "predikat_tahun_lalu": "Predikat tahun lalu",
                "berubah": "Perubahan nilai",
            },
        )
    turun = daftar[daftar["tren"].eq("turun")]
    if not turun.empty:
        st.caption(
            "Nilai turun dari tahun sebelumnya: "
            + ", ".join(f"{t.singkatan} ({fmt.selisih(t.perubahan_nilai, 2, ' poin')})" for t in turun.itertuples())
            + "."
        )


def sebaran() -> None:
    """OPD per predikat in the evaluation year, and every OPD's predikat year by year."""
    kiri, kanan = st.columns([2, 3])
    grafik.tampilkan(figures.gambar_sakip_jumlah, ambil("sakip_predikat_jumlah", **p), tahun_evaluasi, tempat=kiri)
    grafik.tampilkan(figures.gambar_ubin_sakip_pd, ambil("sakip_pd_tren", **p), tempat=kanan)


def semua_opd() -> None:
    """Every OPD's evaluation with its components, the download and the scale."""
    st.dataframe(
        daftar.assign(
            nilai_teks=daftar["nilai"].map(lambda v: fmt.angka(v, 2)),
            perencanaan=daftar["nilai_perencanaan"].map(lambda v: fmt.angka(v, 2)),
            pengukuran=daftar["nilai_pengukuran"].map(lambda v: fmt.angka(v, 2)),
            pelaporan=daftar["nilai_pelaporan"].map(lambda v: fmt.angka(v, 2)),
            evaluasi=daftar["nilai_evaluasi"].map(lambda v: fmt.angka(v, 2)),
            target=[
                "–" if fmt.kosong(t) else (f"{t} ✓" if m else f"{t} ✗")
                for t, m in zip(daftar["target_predikat"], daftar["memenuhi_target"], strict=True)
            ],
            berubah=daftar["perubahan_nilai"].map(lambda v: fmt.selisih(v, 2, "")),
            sesuai=daftar["komponen_sesuai"].map(lambda v: "–" if fmt.kosong(v) else ("ya" if v else "periksa")),
        )[
            [
                "singkatan",
                "nilai_teks",
                "predikat",
                "sebutan",
                "target",
                "berubah",
                "perencanaan",
                "pengukuran",
                "pelaporan",
                "evaluasi",
                "sesuai",
            ]
        ],
        hide_index=True,
        width="stretch",
        column_config={
            "singkatan": "OPD",
            "nilai_teks": "Nilai",
            "predikat": "Predikat",
            "sebutan": "Sebutan",
            "target": "Target",
            "berubah": "Perubahan",
            "perencanaan": st.column_config.TextColumn("Perencanaan (30)"),
            "pengukuran": st.column_config.TextColumn("Pengukuran (30)"),
            "pelaporan": st.column_config.TextColumn("Pelaporan (15)"),
            "evaluasi": st.column_config.TextColumn("Evaluasi internal (25)"),
            "sesuai": st.column_config.TextColumn(
                "Komponen sesuai", help="Setiap komponen dalam bobotnya dan jumlahnya sama dengan nilai."
            ),
        },
    )
    tombol_berkas(
        st,
        "Unduh hasil evaluasi OPD (CSV)",
        partial(unduh_csv, daftar.drop(columns=["warna"])),
        file_name=f"sakip_opd_{filt.kode_pemda}_{tahun_evaluasi}.csv",
        mime="text/csv",
    )
    with st.expander("Skala predikat SAKIP (PermenPANRB 88/2021, dapat diubah di tabel skala_sakip)"):
        st.dataframe(
            skala.assign(
                rentang=[
                    f"> {fmt.angka(b, 0)}" + ("" if a == float("inf") else f" s.d. {fmt.angka(a, 0)}")
                    if b != float("-inf")
                    else f"≤ {fmt.angka(a, 0)}"
                    for b, a in zip(skala["bawah"], skala["atas"], strict=True)
                ]
            )[["predikat", "sebutan", "rentang"]],
            hide_index=True,
            column_config={"predikat": "Predikat", "sebutan": "Sebutan", "rentang": "Nilai"},
        )


# --------------------------------------------------------------------------- the sections, one at a time
st.subheader(f"OPD, evaluasi {tahun_evaluasi}")
bagian({BAGIAN_SAKIP_BAWAH: di_bawah_target, BAGIAN_SAKIP_SEBARAN: sebaran, BAGIAN_SAKIP_SEMUA: semua_opd})
