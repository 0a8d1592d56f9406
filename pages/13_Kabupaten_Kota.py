"""Kabupaten/Kota: where the province and its kab/kota share an indicator (same kode_referensi or the same
name), compare them: the region at a glance, a ranking, small multiples over the quarters; and the province's
crosscutting indicators with every OPD and kab/kota that contributes."""

from functools import partial

import streamlit as st

from pantau import figures, grafik, peta, tabel
from pantau import format as fmt
from pantau.data import ambil
from pantau.db import NASIONAL
from pantau.frame import bagian, frame
from pantau.laporan import BAGIAN_BANDINGKAN, BAGIAN_CROSSCUTTING, BAGIAN_GAMBARAN
from pantau.unduh import csv as unduh_csv
from pantau.unduh import tombol_berkas

filt = frame(
    "Kabupaten/Kota",
    ikon="🗺️",
    keterangan="perbandingan indikator yang sama antara provinsi dan kabupaten/kota",
)
if filt is None:
    st.stop()

TW = fmt.TRIWULAN[filt.triwulan]
p = filt.params()


def tampilkan_peta(kelompok_peta: str, nama_indikator: str) -> None:
    """The map of the chosen indicator: the province and its kab/kota, or nationally every pemda."""
    data = ambil("pemda_peta_predikat", **p, kelompok=kelompok_peta)
    hasil = peta.gambar_peta(
        data, f"{nama_indikator}: predikat capaian, {TW} {filt.tahun}", nasional=filt.kode_pemda == NASIONAL
    )
    if hasil.gambar is not None:
        st.plotly_chart(hasil.gambar, width="stretch", key="peta_wilayah")
    if len(hasil.tanpa_geometri):
        st.warning(
            peta.teks_tanpa_geometri(hasil.tanpa_geometri)
            + ". Kode pemda ini tidak ada di data batas wilayah Kemendagri."
        )
    st.caption(
        f"Warna = predikat capaian pemda (skala_predikat); abu-abu = belum melapor {TW} atau tidak punya indikator ini. "
        f"{peta.SUMBER}"
    )


if filt.kode_pemda == NASIONAL:
    # Nationally: the map of every pemda on one shared indicator; the comparisons below are per province.
    st.subheader(f"Peta semua pemda, {TW} {filt.tahun}")
    kelompok_nasional = ambil("pemda_peta_kelompok", **p)
    if kelompok_nasional.empty:
        st.info("Belum ada indikator yang sama di dua pemda atau lebih (kode_referensi atau nama yang sama).")
        st.stop()
    nama_nasional = dict(zip(kelompok_nasional["kelompok"], kelompok_nasional["nama_kelompok"], strict=True))
    pilih_nasional = st.selectbox(
        "Indikator", list(nama_nasional), format_func=nama_nasional.get, key="indikator", bind="query-params"
    )
    tampilkan_peta(pilih_nasional, nama_nasional[pilih_nasional])
    st.info("Perbandingan, peringkat dan crosscutting membandingkan satu provinsi dengan wilayahnya: pilih satu pemda.")
    st.stop()
kelompok = ambil("pemda_banding_kelompok", kode_pemda=filt.kode_pemda)
if kelompok.empty:
    st.info(
        f"Belum ada indikator yang sama antara {filt.nama_pemda} dan pemda lain di provinsinya. Isi kolom "
        "`kode_referensi` tabel `indikator` dengan kode bersama (mis. `REF-STUNTING`) di setiap pemda, atau pakai "
        "nama indikator yang sama persis, lalu impor ulang."
    )
    st.stop()


def gambaran() -> None:
    """Every shared indicator × pemda of the family as tiles coloured by predikat, a slice at a time."""
    awal_ubin = tabel.pilih_awal(
        len(kelompok),
        tabel.UBIN_PER_TAMPIL,
        "ubin_awal",
        label="Indikator bersama",
        bantuan=f"Ubin ditampilkan {tabel.UBIN_PER_TAMPIL} indikator sekali tampil, menurut nama indikator.",
    )
    ubin = ambil("pemda_banding_ubin", **p, ubin_mulai=awal_ubin, ubin_batas=tabel.UBIN_PER_TAMPIL)
    grafik.tampilkan(figures.gambar_ubin_wilayah, ubin, f"{TW} {filt.tahun}")
    st.caption(
        "Satu baris per indikator bersama, satu kolom per pemda; warna = predikat capaian pemda itu (skala "
        'skala_predikat), angka = realisasi s.d. triwulan dan capaiannya. "belum ada": belum ada realisasi triwulan '
        "ini (indikator tahunan seperti IPM dilaporkan di TW IV). Ubin kosong: pemda itu tidak punya indikatornya. Peta "
        "wilayah satu indikator ada di bagian Bandingkan satu indikator."
    )
    tombol_berkas(
        st,
        "Unduh perbandingan antarpemda (CSV)",
        # every shared indicator, not only the tiles shown: read when the button is pressed
        lambda: unduh_csv(ambil("pemda_banding_ubin", **p).drop(columns=["warna_predikat"])),
        file_name=f"perbandingan_pemda_{filt.kode_pemda}_{filt.tahun}_{filt.periode}.csv",
        mime="text/csv",
    )


def bandingkan() -> None:
    """One shared indicator: the map, the family ranking, the trend and the table."""
    nama = dict(zip(kelompok["kelompok"], kelompok["nama_kelompok"], strict=True))
    dasar = dict(zip(kelompok["kelompok"], kelompok["dasar_perbandingan"], strict=True))
    pilih = st.selectbox(
        "Indikator",
        list(nama),
        format_func=lambda k: nama[k] + ("" if dasar[k] == "kode_referensi" else " (nama sama)"),
        key="indikator",
        bind="query-params",
        help="Indikator dengan kode_referensi yang sama, atau (bila tanpa kode) nama yang sama.",
    )
    tampilkan_peta(pilih, nama[pilih])
    peringkat = ambil("pemda_banding_peringkat", **p, kelompok=pilih)
    tren = ambil("pemda_banding_tren", kode_pemda=filt.kode_pemda, kelompok=pilih)
    kiri, kanan = st.columns([2, 3])
    if peringkat["capaian_persen"].notna().any():
        grafik.tampilkan(
            figures.gambar_peringkat_pemda, peringkat, f"Peringkat capaian, {TW} {filt.tahun}", tempat=kiri
        )
    else:
        kiri.info(f"Belum ada pemda yang melaporkan indikator ini untuk {TW} {filt.tahun}. Pilih triwulan lain.")
    if tren.empty:
        kanan.info("Belum ada realisasi indikator ini di pemda mana pun.")
    else:
        satuan = str(tren["satuan"].iloc[0])
        grafik.tampilkan(
            figures.gambar_kecil_pemda,
            tren,
            f"{nama[pilih]} ({satuan}): realisasi dan target s.d. triwulan",
            tempat=kanan,
        )
    st.caption(
        f"Peringkat sekeluarga: {fmt.angka(peringkat['peringkat_capaian'].notna().sum())} dari "
        f"{fmt.angka(len(peringkat))} pemda sekeluarga yang punya indikator ini melapor {TW} {filt.tahun}; "
        "yang belum melapor tampil terakhir tanpa peringkat."
    )
    st.dataframe(
        peringkat.assign(
            target=[
                fmt.target(t, a, b)
                for t, a, b in zip(
                    peringkat["target_sd"], peringkat["target_min_sd"], peringkat["target_max_sd"], strict=True
                )
            ],
            realisasi=peringkat["realisasi_sd"].map(lambda v: fmt.angka(v, 2)),
            capaian=peringkat["capaian_persen"].map(fmt.capaian),
            rank=peringkat["peringkat_capaian"].map(
                lambda v: "–" if fmt.kosong(v) else f"{fmt.angka(v)} dari {fmt.angka(len(peringkat))}"
            ),
            rank_nilai=peringkat["peringkat_realisasi"].map(lambda v: "–" if fmt.kosong(v) else fmt.angka(v)),
        )[
            [
                "rank",
                "nama_pemda",
                "kode_indikator",
                "satuan",
                "target",
                "realisasi",
                "capaian",
                "predikat",
                "rank_nilai",
            ]
        ],
        hide_index=True,
        width="stretch",
        column_config={
            "rank": st.column_config.TextColumn(
                "Peringkat",
                help="Di antara provinsi dan kabupaten/kotanya sendiri (sekeluarga) yang punya indikator ini, "
                "tidak terhadap seluruh negeri.",
            ),
            "nama_pemda": "Pemda",
            "kode_indikator": "Kode indikator",
            "satuan": "Satuan",
            "target": "Target s.d. TW",
            "realisasi": "Realisasi s.d. TW",
            "capaian": "Capaian",
            "predikat": "Predikat",
            "rank_nilai": st.column_config.TextColumn(
                "Peringkat nilai", help="Menurut realisasi: terbesar dahulu, atau terkecil untuk indikator negatif."
            ),
        },
    )


def crosscutting() -> None:
    """IKU served by two contributors or more: the OPD and the kab/kota that measure it."""
    st.caption(
        "IKU yang dilayani dua kontributor atau lebih: OPD yang sub kegiatannya menyebut IKU itu (di sub kegiatan, "
        "kegiatan atau programnya) dengan pagu dan realisasinya, dan kabupaten/kota yang mengukur indikator yang sama "
        "dengan capaian triwulan terakhirnya."
    )
    lintas = ambil("pemda_banding_lintas_sektor", kode_pemda=filt.kode_pemda, tahun=filt.tahun)
    if lintas.empty:
        st.info(
            f"Tidak ada IKU {filt.nama_pemda} tahun {filt.tahun} dengan dua kontributor atau lebih. Kontribusi OPD "
            "dibaca dari `kegiatan.kode_indikator`, kontribusi kabupaten/kota dari `indikator.kode_referensi`."
        )
    else:
        for i, (kode, g) in enumerate(lintas.groupby("kode_indikator", sort=False)):
            r = g.iloc[0]
            judul = f"{r['nama_indikator']} ({kode}) · {fmt.angka(r['jumlah_kontributor'])} kontributor"
            with st.expander(judul, expanded=i < 3):
                st.caption(
                    f"{'IKU Pemda' if r['jenis'] == 'IKU_PEMDA' else 'IKU PD'}, penanggung jawab {r['nama_pd']}."
                )
                opd = g[g["jenis_kontributor"] == "opd"]
                anak = g[g["jenis_kontributor"] == "pemda"]
                k_opd, k_anak = st.columns(2)
                if opd.empty:
                    k_opd.caption("Belum ada sub kegiatan OPD yang menyebut IKU ini.")
                else:
                    k_opd.dataframe(
                        opd.assign(
                            kontributor=[
                                f"{n} (PJ)" if pj else n
                                for n, pj in zip(opd["singkatan_kontributor"], opd["penanggung_jawab"], strict=True)
                            ],
                            pagu_teks=opd["pagu"].map(fmt.rupiah),
                            realisasi_teks=opd["realisasi"].map(fmt.rupiah),
                            serapan=opd["serapan_persen"].map(fmt.persen),
                        )[
                            [
                                "kontributor",
                                "jumlah_sub_kegiatan",
                                "pagu_teks",
                                "realisasi_teks",
                                "serapan",
                            ]
                        ],
                        hide_index=True,
                        width="stretch",
                        column_config={
                            "kontributor": st.column_config.TextColumn("OPD", help="PJ: OPD penanggung jawab IKU."),
                            "jumlah_sub_kegiatan": "Sub kegiatan",
                            "pagu_teks": "Pagu",
                            "realisasi_teks": "Realisasi",
                            "serapan": "Serapan",
                        },
                    )
                if anak.empty:
                    k_anak.caption("Belum ada kabupaten/kota yang melaporkan indikator yang sama tahun ini.")
                else:
                    k_anak.dataframe(
                        anak.assign(
                            realisasi=anak["realisasi_sd"].map(lambda v: fmt.angka(v, 2)),
                            capaian=anak["capaian_persen"].map(fmt.persen),
                        )[["nama_kontributor", "periode_terakhir", "realisasi", "capaian"]],
                        hide_index=True,
                        width="stretch",
                        column_config={
                            "nama_kontributor": "Kabupaten/kota",
                            "periode_terakhir": "TW terakhir",
                            "realisasi": "Realisasi s.d. TW",
                            "capaian": "Capaian",
                        },
                    )
        tombol_berkas(
            st,
            "Unduh kontribusi crosscutting (CSV)",
            partial(unduh_csv, lintas.drop(columns=["warna_predikat"])),
            file_name=f"crosscutting_{filt.kode_pemda}_{filt.tahun}.csv",
            mime="text/csv",
        )


# --------------------------------------------------------------------------- the sections, one at a time
bagian({BAGIAN_GAMBARAN: gambaran, BAGIAN_BANDINGKAN: bandingkan, BAGIAN_CROSSCUTTING: crosscutting})
