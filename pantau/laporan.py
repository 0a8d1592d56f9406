"""The meeting pack "Bahan Rapat Evaluasi Triwulan": one PDF (and the same tables as XLSX) for a pemda, a
year and a quarter, optionally one OPD.

    bahan = buat_bahan_rapat("99", 2026, 3, db="data/pantau.duckdb")
    Path(bahan.nama_berkas + ".pdf").write_bytes(bahan.pdf)

Every number comes from the queries the pages run (`queries/*.sql`, through a query runner), never
computed here: this module only chooses, labels and lays out. The same summary numbers feed the
Ringkasan page (`angka_utama`), so the pack and the screen cannot disagree. Charts are the pages' own
figure builders, rendered by Plotly's exporter (kaleido, which drives the system Chromium); the PDF is
set with fpdf2 in DejaVu Sans so Indonesian text, "–" and "≥" print. Long tables break across pages
with their header repeated; every page carries the filters it was built for.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from pantau import figures, unduh
from pantau import format as fmt
from pantau.db import NASIONAL

Ambil = Callable[..., pd.DataFrame]  # ambil(query_name, **params) -> frame

JUDUL = "Bahan Rapat Evaluasi Triwulan"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
FONT_SEMPIT = {"": "DejaVuSansCondensed.ttf", "B": "DejaVuSansCondensed-Bold.ttf"}

# Which page explains each summary number (the Ringkasan links to it with the same filters).
HALAMAN_CAPAIAN = "pages/3_Capaian_IKU.py"
HALAMAN_JADWAL = "pages/4_Distribusi_Jadwal.py"
HALAMAN_UNGGULAN = "pages/5_Program_Unggulan.py"
HALAMAN_JANJI = "pages/6_Janji_Kampanye.py"
HALAMAN_TINDAK_LANJUT = "pages/9_Tindak_Lanjut.py"
HALAMAN_PK = "pages/11_Perjanjian_Kinerja.py"
# The sections of the pages that have them (lazy tabs, `?bagian=`, `pantau.frame.bagian`). Capaian IKU:
BAGIAN_PERINGATAN = "Peringatan dini"
BAGIAN_PERINGKAT = "Peringkat OPD"
BAGIAN_DAFTAR = "Daftar IKU"
BAGIAN_RINCIAN = "Rincian satu IKU"
BAGIAN_E81 = "Evaluasi Renja (E.81)"
# The Kabupaten/Kota page's sections (one pemda; the national view is the map alone).
BAGIAN_GAMBARAN = "Gambaran wilayah"
BAGIAN_BANDINGKAN = "Bandingkan satu indikator"
BAGIAN_CROSSCUTTING = "Indikator crosscutting"
# The SAKIP page's sections (below the pemda's own score and the family's chart).
BAGIAN_SAKIP_BAWAH = "OPD di bawah target"
BAGIAN_SAKIP_SEBARAN = "Sebaran predikat OPD"
BAGIAN_SAKIP_SEMUA = "Semua OPD"
# The Distribusi Jadwal page's sections: a link can open the one that explains its number.
BAGIAN_SEBARAN = "Sebaran per bulan"
BAGIAN_PENUMPUKAN = "Penumpukan akhir tahun"
BAGIAN_MUTU = "Mutu jadwal"
BAGIAN_SERAPAN = "Serapan dan progres fisik"

KEADAAN_TERBUKA = ["lewat_batas", "segera_jatuh_tempo", "proses", "belum"]
# The page that explains each kind of exception (ringkasan_pengecualian.jenis).
HALAMAN_PENGECUALIAN = {
    "iku": HALAMAN_CAPAIAN,
    "unggulan": HALAMAN_UNGGULAN,
    "tindak_lanjut": HALAMAN_TINDAK_LANJUT,
    "pk": HALAMAN_PK,
    "penumpukan": HALAMAN_JADWAL,
    "janji": HALAMAN_JANJI,
}
BAGIAN_PENGECUALIAN = {"penumpukan": BAGIAN_PENUMPUKAN}  # and the section of it, where it has sections


# --------------------------------------------------------------------------- the data


@dataclass
class DataRapat:
    """Everything the pack shows, as the queries return it."""

    kode_pemda: str
    nama_pemda: str
    tahun: int
    triwulan: int
    hari_ini: dt.date
    kode_pd: str = ""
    nama_pd: str = ""
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)

    def baris(self, nama: str) -> pd.Series | None:
        """The single row of a one-row query (None when it returned nothing)."""
        f = self.frames[nama]
        return None if f.empty else f.iloc[0]

    def garis_filter(self) -> str:
        """The filters as one line: printed on the cover and on every page."""
        bagian = [
            f"Pemda: {self.nama_pemda} ({self.kode_pemda})",
            f"Tahun: {self.tahun}",
            f"Triwulan: {fmt.TRIWULAN[self.triwulan]}",
            f"OPD: {self.nama_pd or 'Semua OPD'}",
            f"Keadaan per {fmt.tanggal(self.hari_ini)}",
        ]
        return "Filter: " + " · ".join(bagian)


def kumpulkan(
    ambil: Ambil,
    kode_pemda: str,
    tahun: int,
    triwulan: int,
    *,
    kode_pd: str = "",
    hari_ini: dt.date | None = None,
    lengkap: bool = True,
    semua_nilai: bool = False,
) -> DataRapat:
    """Run the queries for these filters: those of the summary numbers, and with `lengkap` also those of the
    pack's tables and charts (the Ringkasan page needs only the first). With `semua_nilai`, IKU values not yet
    verified count (the Ringkasan's switch); the meeting pack counts verified values only."""
    hari_ini = hari_ini or dt.date.today()
    p: dict[str, Any] = {
        "kode_pemda": kode_pemda,
        "tahun": tahun,
        "triwulan": triwulan,
        "periode": f"TW{triwulan}",
        "hari_ini": hari_ini,
        "kode_pd": kode_pd,
        "semua_nilai": semua_nilai,
    }
    pemda = ambil("pemda_daftar")
    nama_pemda = dict(zip(pemda["kode_pemda"], pemda["nama_pemda"], strict=True)).get(kode_pemda, kode_pemda)
    nama_pd = ""
    if kode_pd:
        rujukan = ambil("tindak_lanjut_rujukan", **p)
        opd = rujukan[rujukan["jenis"] == "opd"]
        nama_pd = dict(zip(opd["kode"], opd["label"], strict=True)).get(kode_pd, kode_pd)

    f: dict[str, pd.DataFrame] = {}
    # The whole pemda: the Ringkasan's own query; one OPD: the Capaian IKU page's (it filters by OPD).
    if kode_pd:
        f["iku"] = ambil("iku_triwulan_ringkasan", **p, jenis="", kode_sasaran="")
    else:
        f["iku"] = ambil("pemda_triwulan_ringkasan", **p)
    nama_query = ["ringkasan_iku", "ringkasan_serapan", "ringkasan_unggulan", "tindak_lanjut_ringkasan"]
    nama_query += ["jadwal_pd_penumpukan"] if kode_pd else ["jadwal_ringkasan", "janji_status_jumlah"]
    if lengkap:
        nama_query += [
            "jadwal_pd_penumpukan",
            "serapan_pd_fisik",
            "unggulan_status",
            "tindak_lanjut_rapat",
        ]
    for nama in dict.fromkeys(nama_query):
        f[nama] = ambil(nama, **p)
    # Perjanjian Kinerja: the PK page's queries (every pemda in one frame; every OPD of the pemda).
    f["pk_ringkas"] = ambil("pk_ringkas", **p, hanya_pemda=kode_pemda)
    f["pk_pd"] = ambil("pk_pd_daftar", **p)
    if lengkap:
        f["pengecualian"] = ambil("ringkasan_pengecualian", **p, batas=0)
        f["serapan_bulan"] = ambil("serapan_pd_bulan", **p) if kode_pd else ambil("serapan_pemda_bulan", **p)
        f["serapan_target"] = ambil("serapan_target")  # the quarter-end bands the deck names (interpolated between)
        rapat = f["tindak_lanjut_rapat"]
        lalu = rapat[rapat["rapat_lalu"]]
        nama_rapat_lalu = str(lalu["rapat"].iloc[0]) if len(lalu) and not fmt.kosong(lalu["rapat"].iloc[0]) else ""
        daftar = {"keadaan": [], "rapat": ""}
        # no earlier meeting: a filter no action matches, so the table keeps its columns
        f["tindak_lanjut_rapat_lalu"] = ambil(
            "tindak_lanjut_daftar",
            **(p | daftar | ({"rapat": nama_rapat_lalu} if nama_rapat_lalu else {"keadaan": ["(tidak ada)"]})),
        )
        f["tindak_lanjut_terbuka"] = ambil("tindak_lanjut_daftar", **(p | daftar | {"keadaan": KEADAAN_TERBUKA}))
        if not kode_pd:
            # the deck's per-OPD slides: the Ringkasan's OPD ranking (no jenis/sasaran filter)
            f["pd_peringkat"] = ambil("pd_triwulan_peringkat", **p, jenis="", kode_sasaran="")
            from pantau.peta import peta_rapat

            rapat_peta = peta_rapat(ambil, kode_pemda, tahun, triwulan)
            if rapat_peta is not None:
                f["peta"] = rapat_peta[1].assign(nama_indikator_peta=rapat_peta[0])
        try:
            f["impor_terakhir"] = ambil("impor_batch_daftar", kode_pemda=kode_pemda).head(1)
        except Exception:  # a database without import history (built by hand): the pack still builds
            f["impor_terakhir"] = pd.DataFrame()
    if kode_pd:
        # Tables of the whole pemda narrowed to the chosen OPD (a selection, not a computation).
        for nama in ("unggulan_status", "jadwal_pd_penumpukan", "serapan_pd_fisik", "pk_pd"):
            if nama in f:
                f[nama] = f[nama][f[nama]["kode_pd"] == kode_pd].reset_index(drop=True)
    return DataRapat(kode_pemda, nama_pemda, tahun, triwulan, hari_ini, kode_pd, nama_pd, f)


# --------------------------------------------------------------------------- the summary numbers


@dataclass(frozen=True)
class AngkaUtama:
    """One number a governor asks first, ready to show: on the Ringkasan page (st.metric) and in the pack."""

    kunci: str
    label: str
    nilai: str
    delta: str | None = None  # change since last quarter (or against the target), with its sign
    gaya: dict[str, str] = field(default_factory=dict)  # st.metric delta_color / delta_arrow
    keterangan: str = ""
    halaman: str = ""  # the page that explains it
    bagian: str = ""  # the section of that page (its `?bagian=`), when it has sections


def angka_utama(d: DataRapat) -> list[AngkaUtama]:
    """The summary numbers, in the order a meeting asks them."""
    tw = fmt.TRIWULAN[d.triwulan]
    tw_lalu = fmt.TRIWULAN[d.triwulan - 1] if d.triwulan > 1 else f"TW IV {d.tahun - 1}"
    hasil: list[AngkaUtama] = []

    r = d.baris("iku")
    assert r is not None  # one-row queries (left joins on a constant row)
    j = d.baris("ringkasan_iku")
    assert j is not None
    hasil.append(
        AngkaUtama(
            "iku_sesuai_jalur",
            "IKU sesuai jalur",
            fmt.persen(j["persen_sesuai_jalur"]),
            None if fmt.kosong(j["selisih_tw_lalu"]) else f"{fmt.selisih(j['selisih_tw_lalu'])} vs {tw_lalu}",
            fmt.gaya_selisih(j["selisih_tw_lalu"]),
            f"{fmt.angka(j['jumlah_sesuai_jalur'])} dari {fmt.angka(j['jumlah_capaian'])} IKU wajib lapor "
            f"({j['cakupan']}): melapor, capaian > {fmt.angka(j['ambang_peringatan_capaian'])} % dan proyeksi "
            f"akhir tahun ≥ {fmt.angka(j['ambang_proyeksi_tahunan'])} % target tahunan.",
            HALAMAN_CAPAIAN,
        )
    )
    hasil.append(
        AngkaUtama(
            "rata_rata_capaian",
            "Rata-rata capaian",
            fmt.capaian(r["rata_rata_capaian"]),
            None if fmt.kosong(r["selisih_tw_lalu"]) else f"{fmt.selisih(r['selisih_tw_lalu'])} vs {tw_lalu}",
            fmt.gaya_selisih(r["selisih_tw_lalu"]),
            f"{r['cakupan']}. Atas semua IKU wajib lapor (yang belum melapor tahun ini = 0); capaian tiap IKU "
            f"dibatasi 0–{fmt.angka(r['batas_capaian_rata_rata'])} % sebelum dirata-rata. "
            f"{tw_lalu}: {fmt.capaian(r['rata_rata_tw_lalu'])}.",
            HALAMAN_CAPAIAN,
        )
    )
    hasil.append(
        AngkaUtama(
            "iku_melapor",
            "IKU melapor",
            f"{fmt.angka(r['jumlah_lapor'])} dari {fmt.angka(r['jumlah_wajib_lapor'])}",
            None,
            {},
            f"IKU Pemda dan IKU PD wajib lapor {tw} (bertarget tahun ini; IKU tahunan hanya di TW IV) yang sudah "
            "punya realisasinya.",
            HALAMAN_CAPAIAN,
        )
    )

    # ringkasan_serapan has one row per pemda: the national view has no summed serapan yet (not the first pemda's)
    nasional = d.kode_pemda == NASIONAL
    s = None if nasional else d.baris("ringkasan_serapan")
    if s is None:
        hasil.append(
            AngkaUtama(
                "serapan",
                "Serapan anggaran",
                "–",
                keterangan="Serapan dihitung per pemda: pilih satu pemda."
                if nasional
                else "Belum ada realisasi anggaran tahun ini.",
                halaman=HALAMAN_JADWAL,
                bagian=BAGIAN_SERAPAN,
            )
        )
    else:
        bulan = fmt.BULAN[int(s["bulan"]) - 1]
        target = f"{figures.batas_target(s['target_bawah'])}–{figures.batas_target(s['target_atas'])} %"
        # before a quarter's end the band is interpolated: say so, with the quarter's own band beside it
        akhir_tw = int(s["bulan"]) % 3 == 0
        target_tw = (
            ""
            if akhir_tw or fmt.kosong(s["target_bawah_triwulan"])
            else f"; akhir {fmt.TRIWULAN[int(s['triwulan'])]} {fmt.angka(s['target_bawah_triwulan'])}–"
            f"{fmt.persen(s['target_atas_triwulan'], 0)}"
        )
        lalu = (
            f" {tw_lalu}: {fmt.persen(s['persen_serapan_tw_lalu'])} (target {fmt.angka(s['target_bawah_tw_lalu'])}–"
            f"{fmt.persen(s['target_atas_tw_lalu'], 0)})."
            if not fmt.kosong(s["persen_serapan_tw_lalu"])
            else ""
        )
        kas = (
            f" Rencana kas s.d. {bulan}: {fmt.persen(s['persen_rencana_kas_kumulatif'])} "
            f"({fmt.selisih(s['selisih_serapan_rencana_kas'])})."
            if not fmt.kosong(s["selisih_serapan_rencana_kas"])
            else ""
        )
        hasil.append(
            AngkaUtama(
                "serapan",
                f"Serapan anggaran s.d. {bulan}",
                fmt.persen(s["persen_serapan"]),
                f"{fmt.selisih(s['selisih_target_bawah'])} vs target",
                fmt.gaya_selisih(s["selisih_target_bawah"]),
                f"Target s.d. {bulan}: {target} dari pagu"
                + (f" (garis lurus antar-akhir triwulan{target_tw})" if not akhir_tw else "")
                + (f", {s['status_target']}." if not fmt.kosong(s["status_target"]) else ".")
                + kas
                + lalu
                + (" " + fmt.sumber_anggaran(s.get("sumber_anggaran"), s.get("persen_serapan_opd"))).rstrip(),
                HALAMAN_JADWAL,
                bagian=BAGIAN_SERAPAN,
            )
        )

    u = d.baris("ringkasan_unggulan")
    assert u is not None
    hasil.append(
        AngkaUtama(
            "unggulan",
            "Program unggulan terlambat/berisiko",
            f"{fmt.angka(u['jumlah_bermasalah'])} dari {fmt.angka(u['jumlah_program'])}"
            if u["jumlah_program"]
            else "–",
            None,
            {},
            f"Terlambat {fmt.angka(u['jumlah_terlambat'])}, berisiko {fmt.angka(u['jumlah_berisiko'])} "
            f"(per {fmt.tanggal(d.hari_ini)})."
            if u["jumlah_program"]
            else "Belum ada program unggulan.",
            HALAMAN_UNGGULAN,
        )
    )

    if d.kode_pd:
        tumpuk = d.frames["jadwal_pd_penumpukan"]
        ditandai = bool(len(tumpuk)) and bool(tumpuk["ditandai"].iloc[0])
        hasil.append(
            AngkaUtama(
                "penumpukan",
                "Menumpuk di akhir tahun",
                "Ya" if ditandai else "Tidak",
                keterangan=(
                    f"Oktober–Desember: rencana kas {fmt.persen(tumpuk['porsi_kas_tw4'].iloc[0])}, pelaksanaan "
                    f"{fmt.persen(tumpuk['porsi_pelaksanaan_tw4'].iloc[0])} (jumlah sub kegiatan-bulan), "
                    f"{fmt.persen(tumpuk['porsi_pagu_tw4'].iloc[0])} (berbobot pagu); ambang "
                    f"{fmt.persen(tumpuk['ambang_persen'].iloc[0], 0)}."
                    if len(tumpuk)
                    else "OPD ini belum punya sub kegiatan tahun ini."
                ),
                halaman=HALAMAN_JADWAL,
                bagian=BAGIAN_PENUMPUKAN,
            )
        )
    else:
        jd = d.baris("jadwal_ringkasan")
        assert jd is not None
        hasil.append(
            AngkaUtama(
                "penumpukan",
                "OPD menumpuk di akhir tahun",
                f"{fmt.angka(jd['jumlah_pd_ditandai'])} dari {fmt.angka(jd['jumlah_pd'])}",
                keterangan=f"Porsi Oktober–Desember rencana kas, pelaksanaan (jumlah) atau pelaksanaan berbobot pagu "
                f"di atas {fmt.persen(jd['ambang_persen'], 0)} (merata 25 %).",
                halaman=HALAMAN_JADWAL,
                bagian=BAGIAN_PENUMPUKAN,
            )
        )
        janji = d.frames["janji_status_jumlah"]
        tanpa = janji[janji["status"] == "belum_ada_kegiatan"]
        hasil.append(
            AngkaUtama(
                "janji",
                "Janji kampanye tanpa kegiatan",
                fmt.angka(tanpa["jumlah"].iloc[0] if len(tanpa) else 0),
                keterangan="Janji yang belum didukung satu kegiatan bertanda pun tahun ini.",
                halaman=HALAMAN_JANJI,
            )
        )

    if d.kode_pd:
        pd_pk = d.baris("pk_pd")
        ditandatangani = pd_pk is not None and bool(pd_pk["ditandatangani"])
        hasil.append(
            AngkaUtama(
                "pk",
                "PK ditandatangani",
                "–" if pd_pk is None else ("Ya" if ditandatangani else str(pd_pk["label_keadaan"])),
                keterangan=(
                    "OPD tidak ditemukan di data Perjanjian Kinerja."
                    if pd_pk is None
                    else f"Tanggal PK {fmt.tanggal(pd_pk['tanggal_pk'])}; batas {fmt.tanggal(pd_pk['batas_tanda_tangan'])}."
                ),
                halaman=HALAMAN_PK,
            )
        )
    else:
        pk = d.baris("pk_ringkas")
        if pk is not None and pk["jumlah_tercatat"] > 0:
            belum = d.frames["pk_pd"]
            belum = belum[belum["ditandatangani"] == False]  # noqa: E712 (NULL = not recorded, not "belum")
            hasil.append(
                AngkaUtama(
                    "pk",
                    "PK belum ditandatangani",
                    f"{fmt.angka(pk['jumlah_belum'])} dari {fmt.angka(pk['jumlah_tercatat'])} OPD",
                    keterangan=(
                        f"{fmt.angka(pk['jumlah_lewat_batas'])} sudah lewat batas ({fmt.tanggal(pk['batas_tanda_tangan'])}): "
                        + ", ".join(belum["singkatan"].fillna(belum["nama_pd"]))
                        + "."
                        if pk["jumlah_belum"]
                        else f"Semua OPD sudah menandatangani Perjanjian Kinerja {d.tahun}."
                    ),
                    halaman=HALAMAN_PK,
                )
            )

    t = d.baris("tindak_lanjut_ringkasan")
    assert t is not None
    hasil.append(
        AngkaUtama(
            "tindak_lanjut",
            "Tindak lanjut lewat batas waktu",
            f"{fmt.angka(t['jumlah_lewat_batas'])} dari {fmt.angka(t['jumlah_terbuka'])} terbuka",
            keterangan=f"Selesai {fmt.angka(t['jumlah_selesai'])} dari {fmt.angka(t['jumlah_berlaku'])} "
            f"({fmt.persen(t['persen_selesai'], 0)}); per {fmt.tanggal(d.hari_ini)}.",
            halaman=HALAMAN_TINDAK_LANJUT,
        )
    )
    return hasil


# --------------------------------------------------------------------------- tables (PDF and XLSX alike)


@dataclass(frozen=True)
class Kolom:
    judul: str
    sumber: str
    jenis: str = "teks"  # teks / persen / angka / desimal2 / rupiah / tanggal / nilai
    lebar: float = 30.0  # mm in the PDF (landscape A4 has 273 mm between the margins)


@dataclass(frozen=True)
class Tabel:
    judul: str
    lembar: str  # XLSX sheet name (≤ 31 characters)
    kolom: tuple[Kolom, ...]
    data: pd.DataFrame
    kosong: str  # what to print when there are no rows
    catatan: str = ""


def _teks_sel(v: object, jenis: str) -> str:
    if fmt.kosong(v) or v is None or (isinstance(v, str) and not v.strip()):
        return "–"
    if jenis == "persen":
        return fmt.persen(v)
    if jenis == "capaian":  # negative as 0 with the raw figure, decimals that agree with the predikat
        return fmt.capaian(v)
    if jenis == "angka":
        return fmt.angka(v)
    if jenis == "desimal2":
        return fmt.angka(v, 2)
    if jenis == "rupiah":
        return fmt.rupiah(v)
    if jenis == "tanggal":
        return fmt.tanggal(v)
    if jenis == "nilai":
        return fmt.nilai(v)
    return str(v)


def _nilai_xlsx(v: object, jenis: str) -> object:
    if fmt.kosong(v) or v is None:
        return None
    if jenis == "capaian":
        return fmt.capaian(v) if float(v) < 0 else float(v)  # type: ignore[arg-type]
    if jenis in ("persen", "nilai", "rupiah", "angka", "desimal2"):
        return float(v)  # type: ignore[arg-type]
    if jenis == "tanggal":
        return pd.Timestamp(v).date()  # type: ignore[arg-type]
    return str(v)


def tabel_tabel(d: DataRapat) -> list[Tabel]:
    """The pack's tables, in the pack's order."""
    peng = d.frames["pengecualian"]
    iku = peng[peng["jenis"] == "iku"]
    tl_lalu = d.frames["tindak_lanjut_rapat_lalu"]
    rapat = d.frames["tindak_lanjut_rapat"]
    lalu = rapat[rapat["rapat_lalu"]]
    nama_lalu = f"{lalu['rapat'].iloc[0]} ({fmt.tanggal(lalu['tanggal_rapat'].iloc[0])})" if len(lalu) else "rapat lalu"
    angka = pd.DataFrame(
        [
            {"label": a.label, "nilai": a.nilai, "delta": a.delta or "", "keterangan": a.keterangan}
            for a in angka_utama(d)
        ]
    )
    tabel = [
        Tabel(
            "Angka utama",
            "Angka utama",
            (
                Kolom("Ukuran", "label", lebar=62),
                Kolom("Nilai", "nilai", lebar=40),
                Kolom("Perubahan / target", "delta", lebar=45),
                Kolom("Keterangan", "keterangan", lebar=126),
            ),
            angka,
            "–",
        ),
        Tabel(
            "IKU dengan capaian rendah: penghambat dan tindak lanjut",
            "IKU capaian rendah",
            (
                Kolom("Indikator", "judul", lebar=46),
                Kolom("OPD", "nama_pd", lebar=32),
                Kolom("Capaian", "nilai", "capaian", lebar=18),
                Kolom("Predikat", "status", lebar=20),
                Kolom("Faktor penghambat", "penghambat", lebar=55),
                Kolom("Tindak lanjut OPD", "tindak_lanjut_opd", lebar=45),
                Kolom("Keputusan rapat", "keputusan_rapat", lebar=40),
                Kolom("Keadaan", "keadaan_keputusan", lebar=17),
            ),
            iku.reset_index(drop=True),
            f"Tidak ada IKU berpredikat rendah pada {fmt.TRIWULAN[d.triwulan]} {d.tahun}.",
            "Predikat Rendah dan Sangat Rendah (skala Permendagri 86/2017), terendah dahulu. Keputusan rapat: "
            "tindak lanjut terbuka yang paling mendesak untuk IKU itu, atau yang terakhir.",
        ),
    ]
    if not d.kode_pd:
        tabel.append(
            Tabel(
                "Serapan anggaran per OPD",
                "Serapan per OPD",
                (
                    Kolom("OPD", "nama_pd", lebar=80),
                    Kolom("Pagu", "pagu", "rupiah", lebar=28),
                    Kolom("Realisasi s.d.", "realisasi_kumulatif", "rupiah", lebar=28),
                    Kolom("Serapan", "persen_serapan", "persen", lebar=22),
                    Kolom("Rencana kas s.d.", "persen_rencana_kas_kumulatif", "persen", lebar=28),
                    Kolom("Fisik", "fisik_persen", "persen", lebar=20),
                    Kolom("Target", "status_target", lebar=32),
                    Kolom("Deviasi kas", "deviasi_kumulatif", "rupiah", lebar=35),
                ),
                d.frames["serapan_pd_fisik"],
                "Belum ada realisasi anggaran tahun ini.",
                "Serapan terendah dahulu; serapan = realisasi kumulatif ÷ pagu.",
            )
        )
    tabel += [
        Tabel(
            "OPD menumpuk di akhir tahun",
            "Penumpukan",
            (
                Kolom("OPD", "nama_pd", lebar=68),
                Kolom("Indeks", "indeks_penumpukan", "desimal2", lebar=20),
                Kolom("Kas Okt–Des", "porsi_kas_tw4", "persen", lebar=28),
                Kolom("Kas Desember", "porsi_kas_desember", "persen", lebar=28),
                Kolom("Pelaksanaan Okt–Des", "porsi_pelaksanaan_tw4", "persen", lebar=37),
                Kolom("Pagu Okt–Des", "porsi_pagu_tw4", "persen", lebar=30),
                Kolom("Melewati ambang", "penyebab", lebar=60),
            ),
            d.frames["jadwal_pd_penumpukan"][d.frames["jadwal_pd_penumpukan"]["ditandai"]].reset_index(drop=True),
            "Tidak ada OPD yang porsi Oktober–Desembernya melewati ambang.",
        ),
        Tabel(
            "Status program unggulan",
            "Program unggulan",
            (
                Kolom("Program", "nama", lebar=50),
                Kolom("OPD", "singkatan", lebar=26),
                Kolom("Status", "label_papan", lebar=24),
                Kolom("Menurut tonggak", "label_tonggak", lebar=28),
                Kolom("Tonggak lewat", "jumlah_lewat_waktu", "angka", lebar=18),
                Kolom("Tonggak berikutnya", "tonggak_berikutnya", lebar=45),
                Kolom("Serapan", "serapan_persen", "persen", lebar=18),
                Kolom("Capaian IKU", "capaian_persen", "capaian", lebar=20),
                Kolom("Catatan", "catatan", lebar=44),
            ),
            d.frames["unggulan_status"],
            "Belum ada program unggulan.",
            f"Status = yang lebih buruk dari status dilaporkan OPD (bila tanggal laporannya tidak sesudah "
            f"{fmt.tanggal(d.hari_ini)}) dan status menurut tonggak per tanggal itu.",
        ),
        Tabel(
            f"Janji rapat lalu dan hasilnya: {nama_lalu}",
            "Janji rapat lalu",
            (
                Kolom("Kode", "kode_tindak_lanjut", lebar=22),
                Kolom("Tindak lanjut", "uraian", lebar=70),
                Kolom("OPD", "label_pd", lebar=26),
                Kolom("Batas waktu", "batas_waktu", "tanggal", lebar=25),
                Kolom("Keadaan", "label_keadaan", lebar=26),
                Kolom("Selesai", "tanggal_selesai", "tanggal", lebar=25),
                Kolom("Hasil", "hasil", lebar=79),
            ),
            tl_lalu,
            "Belum ada tindak lanjut dari rapat sebelum tanggal ini.",
            "Yang diputuskan pada rapat terakhir sebelum tanggal acuan, dan apa yang terjadi sejak itu.",
        ),
        Tabel(
            "Tindak lanjut terbuka (lewat batas waktu dahulu)",
            "Tindak lanjut terbuka",
            (
                Kolom("Kode", "kode_tindak_lanjut", lebar=22),
                Kolom("Tindak lanjut", "uraian", lebar=78),
                Kolom("OPD", "label_pd", lebar=26),
                Kolom("Batas waktu", "batas_waktu", "tanggal", lebar=25),
                Kolom("Keadaan", "label_keadaan", lebar=26),
                Kolom("Lewat (hari)", "hari_lewat_batas", "angka", lebar=17),
                Kolom("Rapat", "rapat", lebar=42),
                Kolom("Penanggung jawab", "penanggung_jawab", lebar=37),
            ),
            d.frames["tindak_lanjut_terbuka"],
            "Tidak ada tindak lanjut terbuka.",
        ),
    ]
    lain = peng[peng["jenis"].isin(["pk", "janji"])]
    if len(lain):
        tabel.append(
            Tabel(
                "Komitmen lain yang belum dipenuhi",
                "Komitmen lain",
                (
                    Kolom("Jenis", "label_jenis", lebar=70),
                    Kolom("Butir", "judul", lebar=90),
                    Kolom("Keadaan", "status", lebar=50),
                    Kolom("Keterangan", "penghambat", lebar=63),
                ),
                lain.reset_index(drop=True),
                "–",
            )
        )
    return tabel


# --------------------------------------------------------------------------- charts (kaleido + system Chromium)

_kaleido_lock = threading.Lock()
_kaleido_aktif = False


def gambar_png(fig: go.Figure, lebar: int, tinggi: int) -> bytes:
    """A figure as PNG through Plotly's exporter. One Chromium is started once per process and kept (the first
    image takes a few seconds, the next ones a fraction of a second); calls are serialised."""
    import kaleido

    global _kaleido_aktif
    with _kaleido_lock:
        if not _kaleido_aktif:
            kaleido.start_sync_server(silence_warnings=True)
            _kaleido_aktif = True
        return kaleido.calc_fig_sync(fig, opts={"format": "png", "width": lebar, "height": tinggi, "scale": 2})


def hentikan_kaleido() -> None:
    """Stop the exporter's Chromium (for the command line, which exits afterwards)."""
    import kaleido

    global _kaleido_aktif
    with _kaleido_lock:
        if _kaleido_aktif:
            kaleido.stop_sync_server(silence_warnings=True)
            _kaleido_aktif = False


def grafik(d: DataRapat) -> list[tuple[str, go.Figure]]:
    """The pack's charts: the pages' own figure builders on the pack's data."""
    hasil: list[tuple[str, go.Figure]] = []
    serapan = d.frames["serapan_bulan"]
    if len(serapan) and (serapan["pagu"] > 0).any():
        nama = d.nama_pd or d.nama_pemda
        hasil.append(
            (
                "Serapan anggaran",
                figures.gambar_kurva_s(serapan, f"Kurva S serapan anggaran: {nama}"),
            )
        )
    tumpuk = d.frames["jadwal_pd_penumpukan"]
    if len(tumpuk):
        hasil.append(("Penumpukan akhir tahun", figures.gambar_penumpukan(tumpuk)))
    return hasil


def peta_wilayah(d: DataRapat) -> Any:
    """The Kabupaten/Kota page's map for the pack's period (a `pantau.peta.Peta`), or None without a shared
    indicator or for one OPD."""
    if "peta" not in d.frames:
        return None
    from pantau import peta

    data = d.frames["peta"]
    return peta.peta_dari_rapat(str(data["nama_indikator_peta"].iloc[0]), data, f"{fmt.TRIWULAN[d.triwulan]} {d.tahun}")


# --------------------------------------------------------------------------- PDF


def _berkas_font(nama: str) -> str:
    path = FONT_DIR / nama
    if not path.is_file():
        raise FileNotFoundError(
            f"Huruf {path} tidak ada: PDF memerlukan DejaVu Sans (`apt-get install fonts-dejavu-core fonts-dejavu-extra`)."
        )
    return str(path)


def _pdf_kelas() -> type:
    from fpdf import FPDF

    class _PDF(FPDF):
        garis_filter = ""

        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.set_font("DejaVuSempit", size=7.5)
            self.set_text_color(90, 96, 106)
            self.cell(0, 4, f"{JUDUL} — {self.garis_filter}", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(2)

        def footer(self) -> None:
            self.set_y(-10)
            self.set_font("DejaVuSempit", size=7.5)
            self.set_text_color(90, 96, 106)
            self.cell(0, 5, f"Halaman {self.page_no()} dari {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    return _PDF


def _judul_bagian(pdf: Any, nomor: int, teks: str) -> None:
    if pdf.get_y() > pdf.h - 45:  # a heading never sits alone at the bottom of a page
        pdf.add_page()
    pdf.start_section(f"{nomor}. {teks}")
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, f"{nomor}. {teks}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=9)


def _paragraf(pdf: Any, teks: str, ukuran: float = 9, gaya: str = "") -> None:
    pdf.set_font("DejaVu", gaya, ukuran)
    pdf.multi_cell(0, ukuran * 0.5, teks, new_x="LMARGIN", new_y="NEXT")


def _tabel_pdf(pdf: Any, t: Tabel) -> None:
    from fpdf.fonts import FontFace

    if t.catatan:
        pdf.set_text_color(90, 96, 106)
        _paragraf(pdf, t.catatan, 8)
        pdf.set_text_color(0, 0, 0)
    if t.data.empty:
        _paragraf(pdf, t.kosong, 9, "I")
        pdf.ln(3)
        return
    pdf.set_font("DejaVuSempit", size=8)
    with pdf.table(
        col_widths=[k.lebar for k in t.kolom],
        width=sum(k.lebar for k in t.kolom),
        align="LEFT",
        text_align="LEFT",
        line_height=3.8,
        padding=1,
        headings_style=FontFace(emphasis="BOLD", fill_color=(234, 238, 242)),
        repeat_headings=1,  # a table continued on the next page starts with its header again
    ) as tabel:
        kepala = tabel.row()
        for k in t.kolom:
            kepala.cell(k.judul)
        for _, baris in t.data.iterrows():
            row = tabel.row()
            for k in t.kolom:
                row.cell(_teks_sel(baris.get(k.sumber), k.jenis))
    pdf.ln(4)


def _gambar_pdf(pdf: Any, fig: go.Figure) -> None:
    lebar_px = 1500  # wide enough that a tall chart (one bar per OPD) still fills most of a landscape page
    tinggi_px = int(fig.layout.height or 420)
    png = gambar_png(fig, lebar_px, tinggi_px)
    lebar_max = pdf.epw
    tinggi_max = pdf.h - pdf.t_margin - pdf.b_margin - 12
    lebar = min(lebar_max, tinggi_max * lebar_px / tinggi_px)
    tinggi = lebar * tinggi_px / lebar_px
    if pdf.get_y() + tinggi > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.image(io.BytesIO(png), x=pdf.l_margin, w=lebar, h=tinggi)
    pdf.ln(3)


def buat_pdf(d: DataRapat, *, dibuat: dt.datetime | None = None) -> bytes:
    """The meeting pack as PDF bytes (landscape A4)."""
    dibuat = dibuat or dt.datetime.now()
    pdf = _pdf_kelas()(orientation="L", unit="mm", format="A4")
    pdf.garis_filter = d.garis_filter()
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(True, margin=14)
    for gaya, nama in FONT.items():
        pdf.add_font("DejaVu", gaya, _berkas_font(nama))
    for gaya, nama in FONT_SEMPIT.items():
        pdf.add_font("DejaVuSempit", gaya, _berkas_font(nama))
    pdf.set_title(f"{JUDUL} {d.nama_pemda} {fmt.TRIWULAN[d.triwulan]} {d.tahun}")
    pdf.set_creator("Pantau Kinerja")
    pdf.set_lang("id")

    # ---- cover: title, the filters, the source, the agenda
    pdf.add_page()
    pdf.ln(22)
    pdf.set_font("DejaVu", "B", 26)
    pdf.cell(0, 14, JUDUL, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 16)
    sub = f"{d.nama_pemda} · {fmt.TRIWULAN[d.triwulan]} {d.tahun}" + (f" · {d.nama_pd}" if d.nama_pd else "")
    pdf.multi_cell(0, 8, sub, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _paragraf(pdf, d.garis_filter(), 10, "B")
    impor = d.frames.get("impor_terakhir", pd.DataFrame())
    sumber = f"Dibuat {fmt.tanggal(dibuat)} pukul {dibuat:%H.%M} dari Pantau Kinerja."
    if len(impor):
        b = impor.iloc[0]
        sumber += f" Data s.d. impor batch {b['batch_id']} ({fmt.tanggal(b['waktu'])})."
    _paragraf(pdf, sumber, 9)
    pdf.ln(6)
    grafik_list = grafik(d)
    tabel_list = tabel_tabel(d)
    agenda = ["Angka utama", "Pengecualian: IKU dengan capaian rendah"]
    if grafik_list:
        agenda.append("Serapan anggaran dan penumpukan akhir tahun")
    agenda += ["Program unggulan", "Tindak lanjut: janji rapat lalu dan yang masih terbuka"]
    if "peta" in d.frames:  # last, so the sections before keep their numbers
        agenda.append("Peta wilayah")
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Agenda", new_x="LMARGIN", new_y="NEXT")
    for i, a in enumerate(agenda, 1):
        _paragraf(pdf, f"{i}. {a}", 11)

    per_judul = {t.lembar: t for t in tabel_list}
    nomor = 0

    def bagian(judul: str) -> None:
        nonlocal nomor
        nomor += 1
        _judul_bagian(pdf, nomor, judul)

    pdf.add_page()
    bagian("Angka utama")
    _tabel_pdf(pdf, per_judul["Angka utama"])
    bagian("Pengecualian: IKU dengan capaian rendah")
    _tabel_pdf(pdf, per_judul["IKU capaian rendah"])
    if grafik_list:
        pdf.add_page()
        bagian("Serapan anggaran dan penumpukan akhir tahun")
        for _judul, fig in grafik_list:
            _gambar_pdf(pdf, fig)
        for lembar in ("Serapan per OPD", "Penumpukan"):
            if lembar in per_judul:
                _paragraf(pdf, per_judul[lembar].judul, 11, "B")
                _tabel_pdf(pdf, per_judul[lembar])
    bagian("Program unggulan")
    _tabel_pdf(pdf, per_judul["Program unggulan"])
    bagian("Tindak lanjut")
    for lembar in ("Janji rapat lalu", "Tindak lanjut terbuka", "Komitmen lain"):
        if lembar in per_judul:
            _paragraf(pdf, per_judul[lembar].judul, 11, "B")
            _tabel_pdf(pdf, per_judul[lembar])
    wilayah = peta_wilayah(d)
    if wilayah is not None:
        from pantau.peta import teks_tanpa_geometri

        pdf.add_page()
        bagian("Peta wilayah")
        if wilayah.gambar is not None:
            _gambar_pdf(pdf, wilayah.gambar)
        if len(wilayah.tanpa_geometri):
            _paragraf(pdf, teks_tanpa_geometri(wilayah.tanpa_geometri) + ".", 9, "I")
    return bytes(pdf.output())


# --------------------------------------------------------------------------- XLSX


def buat_xlsx(d: DataRapat) -> bytes:
    """The pack's tables as a workbook: a Filter sheet, then one sheet per table (numbers stay numbers)."""
    buf = io.BytesIO()
    with unduh.excel_writer(buf) as w:  # text that starts with "=" stays text, never a formula
        pd.DataFrame({JUDUL: [d.garis_filter(), f"Dibuat {fmt.tanggal(dt.date.today())}"]}).to_excel(
            w, sheet_name="Filter", index=False
        )
        w.sheets["Filter"].set_column(0, 0, 120)
        for t in tabel_tabel(d):
            isi = pd.DataFrame(
                {k.judul: [_nilai_xlsx(v, k.jenis) for v in t.data.get(k.sumber, [])] for k in t.kolom},
                columns=[k.judul for k in t.kolom],
            )
            isi.to_excel(w, sheet_name=t.lembar[:31], index=False)
            ws = w.sheets[t.lembar[:31]]
            for i, k in enumerate(t.kolom):
                ws.set_column(i, i, max(10, min(60, k.lebar * 0.6)))
    return buf.getvalue()


# --------------------------------------------------------------------------- the whole pack


@dataclass(frozen=True)
class BahanRapat:
    pdf: bytes
    xlsx: bytes
    nama_berkas: str  # without extension
    pptx: bytes = b""  # the deck (pantau/dek.py), when asked for


def nama_berkas(kode_pemda: str, tahun: int, triwulan: int, kode_pd: str = "") -> str:
    return f"bahan_rapat_{kode_pemda}_{tahun}_TW{triwulan}" + (f"_{kode_pd}" if kode_pd else "")


def buat_bahan_rapat(
    kode_pemda: str,
    tahun: int,
    triwulan: int,
    *,
    kode_pd: str = "",
    hari_ini: dt.date | None = None,
    db: Path | str | None = None,
    ambil: Ambil | None = None,
    pptx: bool = False,
) -> BahanRapat:
    """Build the pack for these filters: from the database file `db` (command line, tests), or with a page's
    cached query runner `ambil`."""
    if ambil is None:
        from pantau.db import run_query

        def ambil(nama: str, **params: Any) -> pd.DataFrame:
            return run_query(nama, params, db)

    d = kumpulkan(ambil, kode_pemda, tahun, triwulan, kode_pd=kode_pd, hari_ini=hari_ini)
    dek = b""
    if pptx:
        from pantau.dek import buat_pptx

        dek = buat_pptx(d)
    return BahanRapat(buat_pdf(d), buat_xlsx(d), nama_berkas(kode_pemda, tahun, triwulan, kode_pd), dek)
