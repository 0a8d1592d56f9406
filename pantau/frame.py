"""The frame every page calls first: page config, menu, shared filters bound to the URL.

There is no `st.navigation`: Streamlit discovers `pages/` itself and the sidebar menu is drawn
here with `st.page_link`, so a page opened directly by its URL on a fresh server still gets
the menu and the filters (with `st.navigation`, a direct URL runs the page without `app.py`).
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from pantau import format as fmt
from pantau import masuk
from pantau.akses import Pengguna
from pantau.config import ROOT, db_path
from pantau.data import ambil
from pantau.db import NASIONAL, schema_current
from pantau.importer.tulis import perbarui_skema
from pantau.masuk import lingkup_sekarang

# The menu: (script, label, icon). Every page is registered here, once.
# Order is the menu's order: monitoring pages first, then analysis, then data management.
HALAMAN = [
    ("app.py", "Ringkasan", ":material/dashboard:"),
    # — capaian, jadwal, program (insert page entries here, in this order) —
    ("pages/3_Capaian_IKU.py", "Capaian IKU", ":material/monitoring:"),
    ("pages/4_Distribusi_Jadwal.py", "Distribusi Jadwal", ":material/calendar_month:"),
    ("pages/5_Program_Unggulan.py", "Program Unggulan", ":material/rocket_launch:"),
    ("pages/6_Janji_Kampanye.py", "Janji Kampanye", ":material/campaign:"),
    ("pages/7_Keterlacakan.py", "Keterlacakan", ":material/account_tree:"),
    ("pages/9_Tindak_Lanjut.py", "Tindak Lanjut", ":material/task_alt:"),
    ("pages/14_Laporan_Triwulan.py", "Laporan Triwulan", ":material/edit_note:"),
    ("pages/10_Kerja_Sama.py", "Kerja Sama Daerah", ":material/handshake:"),
    ("pages/11_Perjanjian_Kinerja.py", "Perjanjian Kinerja", ":material/contract:"),
    ("pages/12_SAKIP.py", "SAKIP", ":material/verified:"),
    ("pages/13_Kabupaten_Kota.py", "Kabupaten/Kota", ":material/map:"),
    ("pages/8_Eksplorasi.py", "Eksplorasi", ":material/query_stats:"),
    ("pages/1_Data.py", "Data", ":material/database:"),
    ("pages/2_Impor_Data.py", "Impor Data", ":material/upload_file:"),
]

_bangun_lock = threading.Lock()

# How many rows a list shows in the national view ($batas of the list queries).
BATAS_NASIONAL = 1000
# OPD-level figures in the national view: the first BATAS_OPD_NASIONAL OPD in the figure's own order. The nation has
# ~19.000 OPD; one heatmap with all of them was 17 MB and stopped the browser (issue 21 item 3).
BATAS_OPD_NASIONAL = 40
# `?nilai=semua`: the governor's figures include IKU values not yet verified (issue 19).
NILAI_SEMUA = "semua"


@dataclass(frozen=True)
class Filter:
    """The shared filters of a page, as chosen in the sidebar (and kept in the URL)."""

    kode_pemda: str
    nama_pemda: str
    tahun: int
    triwulan: int
    pakai_triwulan: bool = True  # False on pages that show the whole year (the label then omits it)
    semua_nilai: bool = False  # include IKU values not yet verified (issue 19; the sidebar switch, `?nilai=semua`)

    @property
    def periode(self) -> str:
        return f"TW{self.triwulan}"

    def params(self) -> dict[str, object]:
        """Named parameters for queries ($kode_pemda, $tahun, $triwulan, $periode, $semua_nilai)."""
        return {
            "kode_pemda": self.kode_pemda,
            "tahun": self.tahun,
            "triwulan": self.triwulan,
            "periode": self.periode,
            "semua_nilai": self.semua_nilai,
        }

    @property
    def nasional(self) -> bool:
        """The national view (`?pemda=*`): every pemda together."""
        return self.kode_pemda == NASIONAL

    @property
    def batas(self) -> int:
        """$batas of the list queries: the national view lists at most BATAS_NASIONAL rows (the nation has ~480,000
        IKU), one pemda every row (0)."""
        return BATAS_NASIONAL if self.nasional else 0

    def catatan_terpotong(self, daftar: pd.DataFrame, apa: str, urutan: str) -> None:
        """Say so under a national list that was cut at BATAS_NASIONAL rows: what was listed and where the rest is."""
        if self.nasional and len(daftar) >= BATAS_NASIONAL:
            st.caption(
                f"Tampilan nasional: hanya {fmt.angka(BATAS_NASIONAL)} {apa} pertama ({urutan}) yang didaftar. Pilih "
                "satu pemda untuk daftar lengkap, atau tanyakan view-nya di halaman Eksplorasi."
            )

    def opd_teratas(self, data: pd.DataFrame, urutan: str) -> pd.DataFrame:
        """The rows of an OPD-level figure: all of them for one pemda; in the national view those of the first
        BATAS_OPD_NASIONAL OPD (kode_pemda, kode_pd) in the frame's own order (`urutan` says which), said under it."""
        if not self.nasional or data.empty:
            return data
        kunci = data[["kode_pemda", "kode_pd"]].drop_duplicates()
        if len(kunci) <= BATAS_OPD_NASIONAL:
            return data
        st.caption(
            f"Tampilan nasional: grafik memuat {fmt.angka(BATAS_OPD_NASIONAL)} OPD pertama ({urutan}) dari "
            f"{fmt.angka(len(kunci))} OPD seluruh pemda. Pilih satu pemda untuk semua OPD-nya; unduhan memuat semuanya."
        )
        return data.merge(kunci.head(BATAS_OPD_NASIONAL), on=["kode_pemda", "kode_pd"])

    def query_params(self) -> dict[str, str]:
        """The filters as URL parameters, for links between pages."""
        return {"pemda": self.kode_pemda, "tahun": str(self.tahun), "tw": str(self.triwulan)} | (
            {"nilai": NILAI_SEMUA} if self.semua_nilai else {}
        )

    def label(self) -> str:
        bagian = [self.nama_pemda, str(self.tahun)]
        if self.pakai_triwulan:
            bagian.append(fmt.TRIWULAN[self.triwulan])
        return " · ".join(bagian)


def pastikan_basis_data() -> None:
    """On the very first start there is no database: build the demo province, with progress shown.
    A database made with older schema files gets the new views and tables first (data is kept)."""
    path = db_path()
    if path.exists():
        if not schema_current(path):
            with _bangun_lock, st.spinner("Memperbarui struktur basis data…"):
                perbarui_skema(path, semua=False)
        return
    with _bangun_lock:
        if path.exists():
            return
        from pantau.demo import bangun_demo

        with st.spinner("Basis data belum ada: membangun provinsi demo (sekitar setengah menit)…"):
            hasil = bangun_demo(path)
        if not hasil.ok:
            st.error("Basis data demo gagal dibangun. Jalankan `python -m pantau demo` untuk melihat sebabnya.")
            st.stop()


def _pilih(label: str, opsi: list, kunci_url: str, default: object, *, format_func=str, bantuan: str = "") -> object:
    """A sidebar selectbox whose value lives in the URL (`?kunci_url=…`), so a view can be shared."""
    dari_url = st.query_params.get(kunci_url)
    teks = [str(o) for o in opsi]
    indeks = teks.index(dari_url) if dari_url in teks else opsi.index(default)
    nilai = st.sidebar.selectbox(
        label, opsi, index=indeks, format_func=format_func, key=f"filter_{kunci_url}", help=bantuan or None
    )
    st.query_params[kunci_url] = str(nilai)
    return nilai


def _pilih_nilai(kode_pemda: str, tahun: int, triwulan: int) -> bool:
    """The sidebar switch "Sertakan nilai belum diverifikasi" (issue 19), bound to `?nilai=semua`: the governor's
    figures count only verified values of a quarter reported in the app unless it is on. Shown only when the
    quarter has values in the reporting workflow not yet verified (or the URL asks for them)."""
    belum = int(
        ambil("lapor_belum_verifikasi", kode_pemda=kode_pemda, tahun=tahun, periode=f"TW{triwulan}")[
            "jumlah_belum_verifikasi"
        ].iloc[0]
    )
    dari_url = st.query_params.get("nilai") == NILAI_SEMUA
    if not belum and not dari_url:
        return False
    semua = st.sidebar.toggle(
        f"Sertakan nilai belum diverifikasi ({fmt.angka(belum)})",
        value=dari_url,
        key="filter_nilai",
        help="Bawaan: angka pimpinan hanya memuat realisasi IKU yang sudah diverifikasi. Nyalakan untuk melihat "
        "angka bila nilai draf, diajukan dan dikembalikan triwulan ini ikut dihitung.",
    )
    if semua:
        st.query_params["nilai"] = NILAI_SEMUA
    elif "nilai" in st.query_params:
        del st.query_params["nilai"]
    return bool(semua)


def _script_pemanggil() -> str | None:
    """The page script that called `frame` (relative to the project, as in HALAMAN)."""
    f = sys._getframe(2)
    try:
        return Path(f.f_code.co_filename).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return None


def halaman_untuk(pengguna: Pengguna) -> list[tuple[str, str, str]]:
    """The menu entries of a user's role: pages the role may not use are absent, not disabled."""
    return [h for h in HALAMAN if pengguna.boleh_halaman(h[0])]


def _menu(tempat: object, pengguna: Pengguna, filt: Filter | None) -> None:
    with tempat:  # type: ignore[attr-defined]
        for script, label, icon in halaman_untuk(pengguna):
            st.page_link(script, label=label, icon=icon, query_params=filt.query_params() if filt else None)


def tahun_bawaan(tahun_opsi: list[int], terakhir: pd.DataFrame) -> int:
    """The year a page opens on: that of the latest quarter with realisations (CONTRACT.md v2; `terakhir` is the
    query periode_terakhir, latest year first), never a future year that holds only targets; without any
    realisation, this calendar year or the latest year before it."""
    if len(terakhir) and int(terakhir["tahun"].iloc[0]) in tahun_opsi:
        return int(terakhir["tahun"].iloc[0])
    sekarang = dt.date.today().year
    lalu = [t for t in tahun_opsi if t <= sekarang]
    return max(lalu) if lalu else min(tahun_opsi)


def frame(
    judul: str,
    *,
    ikon: str = "📊",
    keterangan: str = "",
    pakai_triwulan: bool = True,
    satu_pemda: bool = False,
    sakelar_nilai: bool = False,
) -> Filter | None:
    """Set up the page; returns the shared filters, or None (with an explanation) when there is no data.

    A page about one pemda and its own region (`satu_pemda`) explains itself and stops in the national view. A
    page of the governor's IKU figures (`sakelar_nilai`) offers the switch that includes values not yet verified.
    """
    st.set_page_config(page_title=f"{judul} · Pantau Kinerja", page_icon=ikon, layout="wide")
    ditolak = masuk.alamat_ditolak()
    if ditolak:  # started by hand on another address without login: serve nothing
        st.error(ditolak)
        st.stop()
    mode = masuk.mode_masuk()
    pengguna = masuk.pengguna_sekarang()
    if pengguna is None:
        masuk.minta_masuk(mode)
        return None
    pastikan_basis_data()
    st.sidebar.markdown("### 📊 Pantau Kinerja")
    masuk.blok_sidebar(pengguna, mode)
    menu = st.sidebar.container()
    st.sidebar.divider()
    if not pengguna.peran:
        st.error(
            f"Akun {pengguna.email} belum diberi peran di Pantau Kinerja. Minta admin Bappeda atau pengelola "
            "penyedia identitas menambahkan klaim `peran` (pimpinan, admin_bappeda, operator_opd, analis, nasional) "
            "dan `kode_pemda` untuk akun Anda."
        )
        st.stop()
    halaman_ini = _script_pemanggil()
    if halaman_ini and not pengguna.boleh_halaman(halaman_ini):
        _menu(menu, pengguna, None)
        st.error(f"Halaman ini tidak tersedia untuk peran {pengguna.label}.")
        st.stop()

    lingkup = lingkup_sekarang()
    pemda = ambil("pemda_daftar")
    tahun_opsi = ambil("tahun_daftar")["tahun"].tolist()
    filt: Filter | None = None
    if len(pemda) and tahun_opsi:
        kode = pemda["kode_pemda"].tolist()  # already only the pemda of the user's scope
        nama = dict(zip(pemda["kode_pemda"], pemda["nama_pemda"], strict=True))
        if len(kode) > 1 and lingkup.semua:  # the national view (Kemendagri, a ministry): every pemda, last
            kode.append(NASIONAL)
            nama[NASIONAL] = "Semua pemda (nasional)"
        dari_url = st.query_params.get("pemda")
        if dari_url is not None and dari_url not in kode and not lingkup.semua:
            # a shared link to another pemda: say why nothing is shown rather than silently showing another one
            _menu(menu, pengguna, None)
            st.title(f"{ikon} {judul}")
            st.warning(lingkup.alasan(dari_url))
            st.stop()
        kode_pemda = _pilih("Pemerintah daerah", kode, "pemda", kode[0], format_func=lambda k: nama.get(k, k))
        # one query for the default year and each year's last reported quarter (it runs on every page)
        terakhir = ambil("periode_terakhir", kode_pemda=kode_pemda)
        tahun = int(_pilih("Tahun", tahun_opsi, "tahun", tahun_bawaan(tahun_opsi, terakhir)))
        tw_tahun = terakhir.loc[terakhir["tahun"] == tahun, "triwulan"]
        # a year without realisations yet: its first quarter
        tw_default = int(tw_tahun.iloc[0]) if len(tw_tahun) and not fmt.kosong(tw_tahun.iloc[0]) else 1
        triwulan = tw_default
        if pakai_triwulan:
            triwulan = int(
                _pilih(
                    "Triwulan",
                    [1, 2, 3, 4],
                    "tw",
                    tw_default,
                    format_func=lambda t: fmt.TRIWULAN[t],
                    bantuan="Bawaan: triwulan terakhir yang sudah ada realisasinya.",
                )
            )
        semua_nilai = sakelar_nilai and _pilih_nilai(kode_pemda, tahun, triwulan)
        filt = Filter(kode_pemda, nama.get(kode_pemda, kode_pemda), tahun, triwulan, pakai_triwulan, semua_nilai)

    _menu(menu, pengguna, filt)

    st.title(f"{ikon} {judul}")
    if filt:
        st.caption(filt.label() + (f" — {keterangan}" if keterangan else ""))
        if satu_pemda and filt.kode_pemda == NASIONAL:
            st.info(
                "Halaman ini membandingkan satu pemda dengan wilayahnya sendiri. Pilih satu provinsi atau "
                "kabupaten/kota di filter *Pemerintah daerah*."
            )
            st.stop()
    else:
        st.info(
            "Belum ada data pemda dan tahun. Impor berkas sesuai format impor (lihat README), "
            "atau jalankan `python -m pantau demo` untuk provinsi contoh."
        )
    return filt


def bagian(isi: dict[str, Callable[[], None]]) -> None:
    """A long page's sections as tabs bound to the URL (`?bagian=…`, a link can open one) that run lazily (issue 21:
    only the open section's function runs and what it shows is sent, so a first visit draws one section's figures,
    not the page's). `isi`: label → the function that shows that section, in tab order; the first is open when the
    URL names none.

    The default is never computed from the URL: it is part of the widget's identity, so a default that changed
    with a choice made in a section would reset the open tab."""
    tab = st.tabs(list(isi), key="bagian", bind="query-params")
    for tunjukkan, wadah in zip(isi.values(), tab, strict=True):
        if wadah.open:
            with wadah:
                tunjukkan()


def tanggal_url(bawaan: dt.date | None = None) -> dt.date:
    """The reference date in the URL (`?tanggal=2026-10-15`): flagships, follow-ups, agreements and PK are judged
    "as of" it, so a view of the last meeting can be shared. Default today."""
    try:
        return dt.date.fromisoformat(st.query_params.get("tanggal", ""))
    except ValueError:
        return bawaan or dt.date.today()


def pilih_tanggal(label: str, bantuan: str) -> dt.date:
    """A date picker for the reference date, bound to `?tanggal=` (the same key on every page)."""
    kiri, _ = st.columns([1, 3])
    return kiri.date_input(
        label, value=dt.date.today(), format="DD/MM/YYYY", key="tanggal", bind="query-params", help=bantuan
    )
