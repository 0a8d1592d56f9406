"""Program Unggulan: the game changers: where each one stands, by its milestones, its money and its IKU."""

from functools import partial

import streamlit as st

from pantau import figures, grafik
from pantau import format as fmt
from pantau.data import ambil
from pantau.frame import frame, pilih_tanggal
from pantau.unduh import tombol_berkas, xlsx

filt = frame(
    "Program Unggulan",
    ikon="🚀",
    keterangan="program game changer: status, tonggak, anggaran dan IKU yang didukung",
)
if filt is None:
    st.stop()


hari_ini = pilih_tanggal(
    "Status per tanggal",
    "Status menurut tonggak dinilai pada tanggal ini (bawaan: hari ini). Pilih tanggal lain untuk melihat "
    "keadaan pada rapat yang lalu.",
)

p = filt.params() | {"hari_ini": hari_ini}
program = ambil("unggulan_status", **p)
if program.empty:
    st.info(
        f"Belum ada program unggulan untuk {filt.nama_pemda}. Impor tabel `program_unggulan` (dengan kegiatan "
        "dan IKU terkait) dan `tonggak` sesuai format impor (lihat README)."
    )
    st.stop()

jumlah = ambil("unggulan_status_jumlah", **p)
bulan_acuan = int(program["bulan_acuan"].iloc[0])
acuan = f"{fmt.BULAN[bulan_acuan - 1]} {filt.tahun}"

# --------------------------------------------------------------------------- the board
st.subheader("Papan status")
tanggal_teks = f"{fmt.angka(hari_ini.day)} {fmt.BULAN[hari_ini.month - 1]} {hari_ini.year}"
st.caption(
    "Status papan = yang **lebih buruk** dari status yang dilaporkan OPD (kolom `status`, berlaku sejak "
    f"`tanggal_status`-nya) dan status menurut tonggak per {tanggal_teks}; laporan OPD tidak dapat menutupi tonggak "
    f"yang terlambat. Angka kecil: menurut tonggak saja."
)
kolom = st.columns(len(jumlah))
for kol, (_, s) in zip(kolom, jumlah.iterrows(), strict=True):
    with kol.container(border=True):
        st.markdown(
            f"<span style='color:{s['warna']};font-size:1.3em'>●</span> **{s['label']}**", unsafe_allow_html=True
        )
        st.metric(
            s["label"],
            fmt.angka(s["jumlah"]),
            label_visibility="collapsed",
            help=f"Menurut tonggak: {fmt.angka(s['jumlah_menurut_tonggak'])}",
        )
        st.caption(f"menurut tonggak: {fmt.angka(s['jumlah_menurut_tonggak'])}")
        # the "Belum dinilai" column (status NULL) holds programs with neither a reported status nor tonggak
        cocok = program["status_papan"].isna() if fmt.kosong(s["status"]) else program["status_papan"].eq(s["status"])
        for _, r in program[cocok].iterrows():
            teks = f"**{r['nama']}**  \n{r['singkatan'] or r['nama_pd']}"
            if r["status_berbeda"]:
                teks += f"  \n⚠️ dilaporkan *{r['label_dilaporkan']}*, menurut tonggak *{r['label_tonggak']}*"
            st.markdown(teks)

berbeda = program[program["status_berbeda"]]
if len(berbeda):
    st.warning(
        f"⚠️ {fmt.angka(len(berbeda))} program: status yang dilaporkan OPD berbeda dengan status menurut tonggak; "
        "papan memakai yang lebih buruk. Periksa laporannya di rapat:\n\n"
        + "\n".join(
            f"- **{r['kode_unggulan']} {r['nama']}** ({r['singkatan'] or r['nama_pd']}): dilaporkan "
            f"*{r['label_dilaporkan']}*, menurut tonggak *{r['label_tonggak']}*"
            + (
                f" ({fmt.angka(r['jumlah_lewat_waktu'])} tonggak lewat waktu)"
                if r["jumlah_lewat_waktu"]
                else (f" (tonggak jatuh tempo bulan ini: {r['tonggak_berikutnya']})" if r["jumlah_jatuh_tempo"] else "")
            )
            for _, r in berbeda.iterrows()
        )
    )
# a status reported after the chosen date did not exist yet on that date
kemudian = program[program["status_isian"].notna() & program["status_dilaporkan"].isna()]
if len(kemudian):
    st.info(
        f"{fmt.angka(len(kemudian))} program melaporkan statusnya sesudah {tanggal_teks}: pada tanggal itu status "
        "menurut tonggak yang berlaku ("
        + ", ".join(
            f"{r['kode_unggulan']}: dilaporkan {fmt.tanggal(r['tanggal_status'])}" for _, r in kemudian.iterrows()
        )
        + ")."
    )

with st.expander("Aturan status menurut tonggak"):
    st.markdown(
        """
Setiap tonggak dinilai pada tanggal di atas: **selesai** bila tanggal selesainya sudah lewat (tepat waktu bila
masih dalam bulan rencananya, selain itu *selesai terlambat*); yang belum selesai **lewat waktu** bila bulan
rencananya sudah lewat, **jatuh tempo** bila bulan rencananya bulan ini, selain itu *akan datang*.

Status program, diperiksa berurutan:
1. **Terlambat**: ada tonggak lewat waktu.
2. **Berisiko**: ada tonggak jatuh tempo bulan ini yang belum selesai.
3. **Selesai**: semua tonggak selesai.
4. **Belum mulai**: belum ada tonggak yang selesai.
5. **Sesuai jadwal**: selain itu.

Program tanpa tonggak tidak dapat dinilai.

**Status papan** (yang ditampilkan dan dihitung di papan, Ringkasan, pengecualian dan bahan rapat) = yang lebih
buruk dari status yang dilaporkan OPD dan status menurut tonggak, dengan urutan *terlambat* > *berisiko* >
*belum mulai* > *sesuai jadwal* > *selesai*. Status yang dilaporkan berlaku sejak `tanggal_status`-nya (laporan
sesudah tanggal di atas belum ada pada tanggal itu); tanpa tanggal, laporan tetap berlaku. Jadi "selesai" yang
dilaporkan sementara tonggak terakhir masih terbuka bukan selesai. Aturan ada di
`queries/schema/50_program.sql` (`status_unggulan_per`, `status_unggulan_terburuk`, `status_menurut_tonggak`,
`keadaan_tonggak`).
"""
    )

# --------------------------------------------------------------------------- milestones
tonggak = ambil("unggulan_tonggak", **p)
if tonggak.empty:
    st.info("Belum ada tonggak program unggulan. Impor tabel `tonggak` (bulan rencana dan tanggal selesai).")
else:
    grafik.tampilkan(figures.gambar_tonggak_unggulan, tonggak, hari_ini)

# --------------------------------------------------------------------------- money, IKU, notes
st.subheader("Anggaran, IKU dan catatan")
st.caption(
    f"Pagu dan realisasi: jumlah sub kegiatan terkait (tahun {filt.tahun}), realisasi s.d. {acuan}. Capaian IKU: "
    f"triwulan terakhir yang ada realisasinya s.d. {fmt.TRIWULAN[filt.triwulan]} {filt.tahun}."
)
tampil = program.assign(
    berbeda=["⚠️" if b else "" for b in program["status_berbeda"]],
    tonggak=[
        f"{fmt.angka(s)} dari {fmt.angka(j)} selesai"
        for s, j in zip(program["jumlah_selesai"], program["jumlah_tonggak"], strict=True)
    ],
    berikutnya=[
        "–" if fmt.kosong(t) else f"{t} ({fmt.BULAN_SINGKAT[int(b[5:7]) - 1]} {b[:4]})"
        for t, b in zip(program["tonggak_berikutnya"], program["bulan_tonggak_berikutnya"], strict=True)
    ],
    pagu_teks=[fmt.rupiah(v) for v in program["pagu"]],
    realisasi_teks=[fmt.rupiah(v) for v in program["realisasi_sd"]],
    serapan=[fmt.persen(v) for v in program["serapan_persen"]],
    iku=program["nama_indikator"].fillna("–"),
    capaian=[
        (ket if not fmt.kosong(ket) else "–") if fmt.kosong(c) else f"{fmt.persen(c)} ({fmt.TRIWULAN[int(per[-1])]})"
        for c, per, ket in zip(
            program["capaian_persen"], program["periode_capaian"], program["keterangan_capaian"], strict=True
        )
    ],
)
st.dataframe(
    tampil[
        [
            "kode_unggulan",
            "nama",
            "singkatan",
            "label_papan",
            "label_dilaporkan",
            "label_tonggak",
            "berbeda",
            "tonggak",
            "berikutnya",
            "pagu_teks",
            "realisasi_teks",
            "serapan",
            "iku",
            "capaian",
            "predikat",
            "catatan",
        ]
    ],
    hide_index=True,
    width="stretch",
    column_config={
        "kode_unggulan": "Kode",
        "nama": st.column_config.TextColumn("Program unggulan", width="medium"),
        "singkatan": "OPD",
        "label_papan": st.column_config.TextColumn(
            "Status", help="Yang lebih buruk dari status dilaporkan dan status menurut tonggak"
        ),
        "label_dilaporkan": "Status dilaporkan",
        "label_tonggak": "Menurut tonggak",
        "berbeda": st.column_config.TextColumn("Beda", help="Status dilaporkan berbeda dengan menurut tonggak"),
        "tonggak": "Tonggak",
        "berikutnya": st.column_config.TextColumn("Tonggak berikutnya", width="medium"),
        "pagu_teks": "Pagu",
        "realisasi_teks": f"Realisasi s.d. {fmt.BULAN_SINGKAT[bulan_acuan - 1]}",
        "serapan": "Serapan",
        "iku": st.column_config.TextColumn("IKU", width="medium"),
        "capaian": "Capaian IKU",
        "predikat": "Predikat",
        "catatan": st.column_config.TextColumn("Catatan", width="large"),
    },
)
tombol_berkas(
    st,
    "Unduh program unggulan dan tonggak (XLSX)",
    partial(
        xlsx,
        {
            "program_unggulan": program.drop(columns=["warna_papan", "warna_tonggak", "warna_predikat"]),
            "tonggak": tonggak.drop(columns=["warna"]),
        },
    ),
    file_name=f"program_unggulan_{filt.kode_pemda}_{filt.tahun}_{hari_ini.isoformat()}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
)
