"""Distribusi Jadwal: are activities and money spread over the year, or piled up at its end?"""

from functools import partial

import streamlit as st

from pantau import figures, grafik, tabel
from pantau import format as fmt
from pantau.data import ambil
from pantau.frame import bagian, frame
from pantau.laporan import BAGIAN_MUTU, BAGIAN_PENUMPUKAN, BAGIAN_SEBARAN, BAGIAN_SERAPAN
from pantau.unduh import csv as unduh_csv
from pantau.unduh import tombol_berkas, tombol_unduh

filt = frame(
    "Distribusi Jadwal",
    ikon="📅",
    keterangan="sebaran kegiatan dan anggaran per bulan, penumpukan akhir tahun",
)
if filt is None:
    st.stop()

p = filt.params()
r = ambil("jadwal_ringkasan", **p).iloc[0]
if r["jumlah_sub_kegiatan"] == 0:
    st.info(
        f"Belum ada sub kegiatan untuk {filt.nama_pemda} tahun {filt.tahun}. Impor tabel `kegiatan` (dengan "
        "baris sub kegiatan dan pagunya), lalu `jadwal`, `rencana_kas` dan `realisasi_anggaran` (lihat README), "
        "atau pilih tahun lain di samping."
    )
    st.stop()


def pilihan_url(kunci: str, opsi: list[str], bawaan: str) -> int:
    """Index of the option named in the URL (`?kunci=…`), so a page-specific choice can be shared too."""
    nilai = st.query_params.get(kunci)
    return opsi.index(nilai) if nilai in opsi else opsi.index(bawaan)


serapan_tw = ambil("serapan_pemda_triwulan", **p)
ambang = r["ambang_persen"]

k1, k2, k3, k4 = st.columns(4)
k1.metric(
    "Sub kegiatan berjadwal",
    fmt.angka(r["jumlah_berjadwal"]),
    delta=f"{fmt.angka(r['jumlah_tanpa_jadwal'])} tanpa jadwal" if r["jumlah_tanpa_jadwal"] else None,
    delta_color="red",
    delta_arrow="off",
    help=f"Dari {fmt.angka(r['jumlah_sub_kegiatan'])} sub kegiatan; berjadwal = punya setidaknya satu tahap.",
)
k2.metric(
    "OPD menumpuk di akhir tahun",
    f"{fmt.angka(r['jumlah_pd_ditandai'])} dari {fmt.angka(r['jumlah_pd'])}",
    help=f"Porsi Oktober–Desember dari rencana kas, dari bulan pelaksanaan, atau dari pagu yang disebar ke bulan "
    f"pelaksanaan lebih dari {fmt.persen(ambang, 0)} (pengaturan `ambang_penumpukan_tw4`).",
)
k3.metric(
    "Rencana kas Okt–Des",
    fmt.persen(r["porsi_kas_tw4"]),
    help=f"Porsi rencana kas seluruh pemda di TW IV; merata = {fmt.persen(r['porsi_merata_tw4'], 0)}. "
    f"Desember saja: {fmt.persen(r['porsi_kas_desember'])} (merata {fmt.persen(r['porsi_merata_desember'])}).",
)
if filt.nasional:  # serapan_pemda_triwulan has one row per pemda: not yet summed for the nation
    k4.metric("Serapan anggaran", "–", help="Serapan dihitung per pemda: pilih satu pemda di samping.")
elif serapan_tw.empty:
    k4.metric("Serapan anggaran", "–", help="Belum ada realisasi anggaran tahun ini.")
else:
    s = serapan_tw.iloc[0]
    selisih = float(s["selisih_serapan_rencana_kas"])
    arah = (selisih > 0) - (selisih < 0)
    k4.metric(
        f"Serapan s.d. {fmt.BULAN[int(s['bulan']) - 1]}",
        fmt.persen(s["persen_serapan"]),
        # fmt.selisih writes a true minus sign, which Streamlit would read as a rise: arrow from the number.
        delta=fmt.selisih(selisih) + " vs rencana kas",
        delta_color={1: "green", -1: "red", 0: "gray"}[arah],
        delta_arrow={1: "up", -1: "down", 0: "off"}[arah],
        help="Realisasi kumulatif ÷ pagu, dibanding rencana kas s.d. bulan yang sama. "
        + (
            f"Target s.d. {fmt.BULAN[int(s['bulan']) - 1]}: {figures.batas_target(s['target_bawah'])}–"
            f"{figures.batas_target(s['target_atas'])} % ({s['status_target']}, "
            f"{fmt.selisih(s['selisih_target_bawah'])} dari batas bawah)"
            + (
                ""
                if int(s["bulan"]) % 3 == 0
                else f"; garis lurus antara akhir triwulan, akhir {fmt.TRIWULAN[int(s['triwulan'])]} "
                f"{figures.batas_target(s['target_bawah_triwulan'])}–{figures.batas_target(s['target_atas_triwulan'])} %"
            )
            + "."
            if not fmt.kosong(s["status_target"])
            else ""
        ),
    )


def sebaran() -> None:
    """Activities (count or pagu weight) per month and OPD, and per stage."""
    ukuran_opsi = ["jumlah", "pagu"]
    ukuran = st.radio(
        "Ukuran",
        ukuran_opsi,
        index=pilihan_url("ukuran", ukuran_opsi, "jumlah"),
        format_func={"jumlah": "Jumlah sub kegiatan", "pagu": "Bobot pagu"}.get,
        horizontal=True,
        key="jadwal_ukuran",
        help="Bobot pagu: setiap sub kegiatan dihitung dengan pagunya, penuh di setiap bulan tahapnya berlangsung "
        "(bobot, bukan uang yang dibelanjakan pada bulan itu; uangnya ada di kurva S, bagian Serapan dan progres fisik).",
    )
    st.query_params["ukuran"] = ukuran
    if r["jumlah_berjadwal"] == 0:
        st.info("Belum ada jadwal kegiatan untuk pemda dan tahun ini. Impor tabel `jadwal` (tahap per sub kegiatan).")
    else:
        peta = filt.opd_teratas(ambil("pd_bulan_pelaksanaan", **p), "indeks penumpukan tertinggi")
        grafik.tampilkan(figures.gambar_peta_pelaksanaan, peta, ukuran)
        st.caption(
            "OPD diurutkan menurut indeks penumpukan akhir tahun (lihat bagian Penumpukan akhir tahun): yang paling menumpuk di atas."
        )
        grafik.tampilkan(figures.gambar_tahap_bulan, ambil("jadwal_bulan_tahap", **p), ukuran)


def penumpukan() -> None:
    """The Oct–Dec share per OPD against the threshold."""
    st.markdown(
        f"Bila merata, Oktober–Desember memikul **{fmt.persen(r['porsi_merata_tw4'], 0)}** setahun dan Desember "
        f"**{fmt.persen(r['porsi_merata_desember'])}**. Tiga porsi Oktober–Desember berdampingan: **rencana kas**; "
        "**pelaksanaan** menurut jumlah (sub kegiatan × bulan pelaksanaan, seperti pada peta di bagian Sebaran per bulan); dan pelaksanaan "
        "**berbobot pagu** (pagu setiap sub kegiatan disebar merata ke bulan pelaksanaannya, sehingga satu sub kegiatan "
        "besar di akhir tahun tidak tertutup banyak sub kegiatan kecil yang merata). **Indeks penumpukan** = porsi "
        "terbesar dibagi 25 %: 1,0 merata, 2,0 dua kali lipat, 4,0 seluruhnya di akhir tahun. OPD **ditandai** bila "
        f"salah satu porsi lebih dari **{fmt.persen(ambang, 0)}** (indeks di atas {fmt.angka(r['indeks_ambang'], 1)}; "
        "pengaturan `ambang_penumpukan_tw4`)."
    )
    ditandai = tumpuk[tumpuk["ditandai"]]
    if ditandai.empty:
        st.success(f"Tidak ada OPD dengan porsi Oktober–Desember lebih dari {fmt.persen(ambang, 0)}.")
    else:
        sebut = ditandai.head(10) if filt.nasional else ditandai  # the national view names the first ten of thousands
        st.warning(
            f"⚠️ {fmt.angka(len(ditandai))} OPD menumpuk di akhir tahun: "
            + "; ".join(
                f"**{n}** ({fmt.persen(k)} di Okt–Des menurut {p})"
                for n, k, p in zip(sebut["nama_pd"], sebut["porsi_tw4_terbesar"], sebut["penyebab"], strict=True)
            )
            + ("; …" if len(sebut) < len(ditandai) else "")
            + "."
        )
    KOLOM_PENUMPUKAN = ["tanda", "nama_pd", "indeks", "kas_tw4", "kas_des", "bulan_puncak", "pel_tw4", "pel_des"]
    KOLOM_PENUMPUKAN += ["pagu_tw4", "penyebab"]
    kiri, kanan = st.columns(2)
    with kiri:
        grafik.tampilkan(figures.gambar_penumpukan, filt.opd_teratas(tumpuk, "indeks penumpukan tertinggi"))
    with kanan:
        tumpuk_tampil = tabel.potong(tumpuk, "jadwal_baris_penumpukan")
    kanan.dataframe(
        tumpuk_tampil.assign(
            tanda=tumpuk_tampil["ditandai"].map({True: "⚠️", False: ""}),
            kas_tw4=[fmt.persen(v) for v in tumpuk_tampil["porsi_kas_tw4"]],
            kas_des=[fmt.persen(v) for v in tumpuk_tampil["porsi_kas_desember"]],
            bulan_puncak=[
                fmt.BULAN_SINGKAT[int(b) - 1] if not fmt.kosong(b) else "–" for b in tumpuk_tampil["bulan_kas_terbesar"]
            ],
            pel_tw4=[fmt.persen(v) for v in tumpuk_tampil["porsi_pelaksanaan_tw4"]],
            pel_des=[fmt.persen(v) for v in tumpuk_tampil["porsi_pelaksanaan_desember"]],
            pagu_tw4=[fmt.persen(v) for v in tumpuk_tampil["porsi_pagu_tw4"]],
            indeks=[fmt.angka(v, 2) for v in tumpuk_tampil["indeks_penumpukan"]],
        )[KOLOM_PENUMPUKAN],
        hide_index=True,
        width="stretch",
        height=min(38 + 35 * len(tumpuk_tampil), 760),
        column_config={
            "tanda": st.column_config.TextColumn("", width="small"),
            "nama_pd": st.column_config.TextColumn("OPD", width="medium"),
            "indeks": "Indeks",
            "kas_tw4": "Kas Okt–Des",
            "kas_des": "Kas Des",
            "bulan_puncak": st.column_config.TextColumn("Puncak kas", help="Bulan dengan rencana kas terbesar"),
            "pel_tw4": "Pelaksanaan Okt–Des",
            "pel_des": "Pelaksanaan Des",
            "pagu_tw4": st.column_config.TextColumn(
                "Pagu Okt–Des", help="Porsi pelaksanaan berbobot pagu: pagu disebar merata ke bulan pelaksanaannya"
            ),
            "penyebab": "Melewati ambang",
        },
    )
    opd_tingkat_opd = tumpuk_tampil.loc[
        tumpuk_tampil["sumber_rencana_kas"].isin(["tingkat OPD", "campuran"]), "label_pd"
    ]
    if len(opd_tingkat_opd):
        st.caption(
            "Rencana kas dari data tingkat OPD (LRA/anggaran kas OPD, untuk bulan tanpa rencana kas sub kegiatan): "
            + ", ".join(opd_tingkat_opd)
            + "."
        )
    tombol_berkas(
        st,
        "Unduh penumpukan per OPD (CSV)",
        partial(unduh_csv, tumpuk),
        file_name=f"penumpukan_akhir_tahun_{filt.kode_pemda}_{filt.tahun}.csv",
        mime="text/csv",
    )


def mutu() -> None:
    """Schedules with missing or disordered stages, and execution starting in Q4."""
    st.markdown(
        "Setiap sub kegiatan semestinya punya tiga tahap (**persiapan → pelaksanaan → pelaporan**). Diperiksa: tahap "
        "yang tidak ada, tahap yang mulai atau selesai mendahului tahap sebelumnya, bulan mulai sesudah bulan selesai, "
        "dan pelaksanaan yang baru mulai di Oktober–Desember. Bulan di luar 1–12 sudah ditolak saat impor."
    )
    m1, m2 = st.columns(2)
    m1.metric(
        "Sub kegiatan dengan jadwal salah",
        fmt.angka(r["jumlah_jadwal_bermasalah"]),
        help="Tahap tidak lengkap, urutan tahap salah, atau bulan tidak sah.",
    )
    m2.metric("Pelaksanaan baru mulai di TW IV", fmt.angka(r["jumlah_mulai_tw4"]))
    mutu_pd = ambil("jadwal_mutu_pd", **p)
    if mutu_pd.empty:
        st.success("Semua sub kegiatan punya tiga tahap berurutan, dan tidak ada pelaksanaan yang baru mulai di TW IV.")
    else:
        st.dataframe(
            mutu_pd.drop(columns="kode_pd"),
            hide_index=True,
            width="stretch",
            column_config={
                "nama_pd": st.column_config.TextColumn("OPD", width="large"),
                "tahap_tidak_lengkap": "Tahap tidak lengkap",
                "urutan_tahap_salah": "Urutan tahap salah",
                "bulan_tidak_sah": "Bulan tidak sah",
                "pelaksanaan_mulai_tw4": "Mulai TW IV",
                "sub_kegiatan_galat": "Sub kegiatan bermasalah",
            },
        )
        nama_pd = dict(zip(mutu_pd["kode_pd"], mutu_pd["nama_pd"], strict=True))
        opd_mutu = st.selectbox(
            "Daftar untuk rapat: OPD",
            ["", *mutu_pd["kode_pd"]],
            format_func=lambda k: nama_pd.get(k, "Semua OPD"),
            key="jadwal_mutu_opd",
        )
        temuan = ambil("jadwal_mutu_temuan", **p, kode_pd=opd_mutu)
        unduh = temuan.rename(
            columns={
                "kode_pd": "Kode OPD",
                "nama_pd": "OPD",
                "kode_kegiatan": "Kode sub kegiatan",
                "nama": "Sub kegiatan",
                "pagu": "Pagu",
                "masalah": "Masalah",
                "tingkat": "Tingkat",
                "keterangan": "Keterangan",
            }
        )
        st.dataframe(
            unduh.drop(columns="Kode OPD").assign(Pagu=[fmt.rupiah_penuh(v) for v in temuan["pagu"]]),
            hide_index=True,
            width="stretch",
            column_config={
                "OPD": st.column_config.TextColumn(width="medium"),
                "Sub kegiatan": st.column_config.TextColumn(width="large"),
                "Keterangan": st.column_config.TextColumn(width="large"),
            },
        )
        nama_berkas = f"jadwal_bermasalah_{filt.kode_pemda}_{filt.tahun}" + (f"_{opd_mutu}" if opd_mutu else "")
        tombol_unduh(unduh, nama_berkas, lembar="jadwal bermasalah")


def serapan() -> None:
    """The S-curve of the pemda or one OPD, its monthly deviation, and physical vs financial progress per OPD."""
    target = ambil("serapan_target")
    st.info(
        "**Tidak ada target serapan nasional yang baku** (Kemendagri pernah meminta sekitar 25–27 % pada akhir April). "
        "Pita hijau di kurva S adalah target bawaan yang dapat diubah di tabel `target_serapan`: "
        + ", ".join(
            f"{fmt.TRIWULAN[int(t)]} {fmt.angka(a)}–{fmt.persen(b, 0)}"
            for t, a, b in zip(target["triwulan"], target["batas_bawah"], target["batas_atas"], strict=True)
        )
        + " dari pagu pada akhir triwulan. Di antara akhir triwulan targetnya ditarik garis lurus (dari 0 pada awal "
        "tahun): serapan akhir Agustus dibandingkan dengan target Agustus, bukan dengan target akhir September."
    )
    if filt.nasional:
        st.info(
            "Kurva S dihitung per pemda dan per OPD: pilih satu pemda di samping untuk kurva S-nya dan kurva setiap OPD "
            "(tampilan nasional belum menjumlahkan serapan seluruh pemda)."
        )
    else:
        # OPDs in the pile-up list first, then those with only OPD-level budget data (anggaran_opd, e.g. an LRA without
        # rencana kas): every OPD with an S-curve can be chosen.
        kurva = ambil("serapan_pd_daftar", **p)
        opd_opsi = ["", *tumpuk["kode_pd"], *(k for k in kurva["kode_pd"] if k not in set(tumpuk["kode_pd"]))]
        nama_opd = {
            **dict(zip(kurva["kode_pd"], kurva["nama_pd"], strict=True)),
            **dict(zip(tumpuk["kode_pd"], tumpuk["nama_pd"], strict=True)),
        }
        opd = st.selectbox(
            "Kurva S untuk",
            opd_opsi,
            index=pilihan_url("opd", opd_opsi, ""),
            format_func=lambda k: nama_opd.get(k, "Seluruh pemda"),
            key="jadwal_opd",
        )
        st.query_params["opd"] = opd
        serapan = ambil("serapan_pd_bulan", **p, kode_pd=opd) if opd else ambil("serapan_pemda_bulan", **p)
        nama_kurva = nama_opd.get(opd, filt.nama_pemda)
        if serapan.empty or not (serapan["pagu"] > 0).any():
            st.info(
                f"{nama_kurva} belum punya pagu (sub kegiatan atau tingkat OPD) tahun ini: kurva S tidak dapat digambar."
            )
        else:
            grafik.tampilkan(figures.gambar_kurva_s, serapan, f"Kurva S serapan anggaran: {nama_kurva}")
            # Sub kegiatan data or OPD-level data (anggaran_opd), never both for one OPD and month: say which is shown.
            terakhir = serapan.dropna(subset=["realisasi_kumulatif"]).tail(1)
            sumber = fmt.sumber_anggaran(
                serapan["sumber_anggaran"].iloc[-1],
                terakhir["persen_serapan_opd"].iloc[0] if len(terakhir) else None,
            )
            if sumber:
                st.caption(sumber)
            if serapan["realisasi"].isna().all():
                st.info(
                    "Belum ada realisasi anggaran tahun ini: hanya rencana kas yang tergambar. Impor `realisasi_anggaran`."
                )
            else:
                grafik.tampilkan(figures.gambar_deviasi_bulan, serapan)
                st.dataframe(
                    serapan.assign(
                        bulan_=[fmt.BULAN[b - 1] for b in serapan["bulan"]],
                        rk=[fmt.rupiah(v) for v in serapan["rencana_kas"]],
                        re=[fmt.rupiah(v) for v in serapan["realisasi"]],
                        dev=[fmt.rupiah(v) for v in serapan["deviasi"]],
                        rk_kum=[fmt.persen(v) for v in serapan["persen_rencana_kas_kumulatif"]],
                        re_kum=[fmt.persen(v) for v in serapan["persen_serapan"]],
                        fisik=[fmt.persen(v) for v in serapan["fisik_persen"]],
                        status=serapan["status_target"].fillna(""),
                    )[["bulan_", "rk", "re", "dev", "rk_kum", "re_kum", "fisik", "status"]],
                    hide_index=True,
                    width="stretch",
                    column_config={
                        "bulan_": "Bulan",
                        "rk": "Rencana kas",
                        "re": "Realisasi",
                        "dev": "Realisasi − rencana",
                        "rk_kum": "Rencana kas s.d. (% pagu)",
                        "re_kum": "Serapan s.d. (% pagu)",
                        "fisik": "Fisik",
                        "status": st.column_config.TextColumn(
                            "Target s.d. bulan itu",
                            help="Serapan dibanding target bulan itu (garis lurus antar-akhir triwulan)",
                        ),
                    },
                )

    st.markdown("#### Progres fisik dan keuangan per OPD")
    fisik = ambil("serapan_pd_fisik", **p)
    if fisik.empty:
        st.info("Belum ada realisasi anggaran tahun ini. Impor `realisasi_anggaran` (realisasi dan fisik per bulan).")
    else:
        fisik_grafik = filt.opd_teratas(fisik, "serapan terendah")
        grafik.tampilkan(figures.gambar_fisik_keuangan, fisik_grafik)
        st.caption(
            "Keuangan = realisasi kumulatif ÷ pagu; fisik = rata-rata realisasi fisik sub kegiatan berbobot pagu (sub "
            "kegiatan yang belum melapor dihitung 0). Titik keuangan merah: di bawah target serapan bulan itu (garis lurus "
            "antara akhir triwulan)."
            + (
                " OPD bertanda data tingkat OPD (LRA/anggaran kas OPD) tidak punya fisik; realisasinya yang disetujui BPKAD: "
                + ", ".join(fisik_grafik.loc[fisik_grafik["sumber_anggaran"] == "tingkat OPD", "label_pd"])
                + "."
                if (fisik_grafik["sumber_anggaran"] == "tingkat OPD").any()
                else ""
            )
        )
        tombol_berkas(
            st,
            "Unduh progres per OPD (CSV)",
            partial(unduh_csv, fisik),
            file_name=f"progres_fisik_keuangan_{filt.kode_pemda}_{filt.tahun}_{filt.periode}.csv",
            mime="text/csv",
        )


# --------------------------------------------------------------------------- the sections, one at a time
tumpuk = ambil("jadwal_pd_penumpukan", **p)  # section 2, and the order of the OPD of section 4's S-curve
bagian({BAGIAN_SEBARAN: sebaran, BAGIAN_PENUMPUKAN: penumpukan, BAGIAN_MUTU: mutu, BAGIAN_SERAPAN: serapan})
