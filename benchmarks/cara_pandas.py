"""The pandas way, done honestly: each page's computations in pandas, from the base tables.

    .venv/bin/python benchmarks/cara_pandas.py DB [KODE_PEMDA]

The scale benchmark (benchmarks/skala.py) compares each page's SQL query set (DuckDB over stored views) with what
a typical Streamlit app would do instead: load the base tables once, whole, into DataFrames (what
`st.cache_data(pd.read_sql)` gives), and on every page view select the pemda's rows and compute the page in pandas.
This module is that app's page code: one function per page (`HALAMAN_PANDAS`, keyed by the labels of
`pantau.frame.HALAMAN`), each returning the frames the page shows, under the column names of the page's queries.
They read only the contract tables (`pantau.contract.TABEL`) and the small configuration tables in
`TABEL_KONFIGURASI`, never a stored or derived view. `periksa` runs the page's SQL queries and compares them with the
pandas frames, so the comparison is between two ways of computing the same numbers.

Written like a typical app: boolean masks and `isin` to select the pemda, `merge`, `groupby` (with `cumsum`, `shift`
and `transform` for the running and quarter-over-quarter values), `np.select`/`np.where` for the rules, `pd.cut` for
the predikat scale; no row loops except where the page needs a Python object per row (the trend lists).

Rules covered (the same rules as queries/schema/*.sql, for the page's default view: no jenis/OPD/sasaran/status filter):

- capaian_indikator: s.d.-triwulan target and realisasi by agregasi (kumulatif, nilai_akhir, rata_rata), TW targets
  or a TAHUNAN target (kumulatif: T × n / 4), point and range targets (target_min/target_max), rumus R/T, (2T-R)/T
  and T/R (the default by polaritas), zero targets, progres tahunan, predikat by `skala_predikat` (rounded to 9
  decimals), the reason when capaian is empty, the "perlu diperiksa" flag.
- capaian_triwulan: every IKU × year × TW1–TW4, reported or not; "diukur tahunan", wajib/belum lapor, status, the
  trend list, capaian TW lalu and tahun lalu, laju and year-end projection (kumulatif ×4/n, nilai_akhir with the
  least-squares slope of the quarterly realisasi, rata_rata flat), progres of the projection and to the target akhir
  periode, the early-warning flags and their reasons; the capped average (`batas_capaian_rata_rata`).
- Ringkasan: the headline numbers of `laporan.kumpulkan(lengkap=False)` (IKU summary and "sesuai jalur", serapan
  at the quarter's end against `target_serapan`, program unggulan by milestones per date, tindak lanjut per date,
  schedule quality and year-end pile-up, janji kampanye status, Perjanjian Kinerja per date), the exceptions list, the
  predikat counts and the OPD ranking.
- Keterlacakan: paths to IKU through program/kegiatan/sub kegiatan codes, inherited prioritas, pagu shares per IKU,
  IKU without kegiatan, prioritas per OPD, misi/sasaran chain (kode_induk), and the performance tree with the latest
  capaian up to the quarter.
- Kabupaten/Kota: groups of the same indicator (kode_referensi or normalised name) in the province family, the tiles,
  the ranking and trend of the first group, and the crosscutting IKU (OPD contributors and child kab/kota).
- Distribusi Jadwal, Perjanjian Kinerja, SAKIP: see their functions.

Not covered, or covered differently (none of it occurs in the national benchmark dataset, pantau/nasional.py):
- Groups for Kabupaten/Kota are formed from the family's indicators only, so a family indicator without a code whose
  name matches a coded indicator of another province's pemda would stay in its name group (the SQL looks nationally),
  the group name is taken within the family, and `peringkat_capaian`/`jumlah_pemda_lapor` rank the family (the SQL
  view ranks every pemda of the nation that has the indicator). `periksa` therefore does not compare those two
  columns on that page.
- Keterlacakan counts the kegiatan of the pemda's own OPD that name an IKU (the SQL counts any kegiatan of the nation).
- Page filters other than the default view (jenis, OPD, sasaran, status) are not implemented.
- realisasi_anggaran given monthly without cumulative values is handled; a mix within one sub kegiatan is not.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pantau import db as pdb  # noqa: E402
from pantau.contract import TABEL  # noqa: E402

# Small configuration tables the SQL reads besides the contract tables (settings, scales, labels).
TABEL_KONFIGURASI = [
    "pengaturan",
    "skala_predikat",
    "target_serapan",
    "skala_status_program",
    "skala_status_komitmen",
    "skala_status_tindak_lanjut",
    "skala_sakip",
]

JENIS_IKU = ["IKU_PEMDA", "IKU_PD"]
TW = ["TW1", "TW2", "TW3", "TW4"]
Frames = dict[str, pd.DataFrame]


def muat(con: duckdb.DuckDBPyConnection) -> Frames:
    """The base tables and the configuration tables, whole, as DataFrames (loaded once, like st.cache_data)."""
    return {t: con.execute(f"select * from {t}").df() for t in [*TABEL, *TABEL_KONFIGURASI]}


# --------------------------------------------------------------------------- shared rules


def _atur(frames: Frames) -> dict[str, float]:
    p = frames["pengaturan"]
    return dict(zip(p["kunci"], p["nilai"], strict=True))


def _skala_urut(skala: pd.DataFrame, kolom: str = "batas_bawah") -> tuple[pd.DataFrame, list[float]]:
    """A scale `value > batas_bawah → class` as ascending bins for pd.cut: the lowest class (NULL bound) first."""
    s = skala.sort_values(kolom, na_position="first").reset_index(drop=True)
    tepi = [-np.inf, *s[kolom].dropna().tolist(), np.inf]
    return s, tepi


def _kelas(nilai: pd.Series, skala: pd.DataFrame, kolom: list[str], nama: list[str]) -> pd.DataFrame:
    """Columns of the scale class of each value; rounded to 9 decimals first, as the SQL does (89.99999999 is 90)."""
    s, tepi = _skala_urut(skala)
    kode = pd.cut(np.round(nilai.astype("float64"), 9), tepi, right=True, labels=False)
    hasil = pd.DataFrame(index=nilai.index)
    ada = kode.notna().to_numpy()
    pos = np.where(ada, kode.fillna(0).astype(int), 0)
    for k, n in zip(kolom, nama, strict=True):
        v = s[k].to_numpy(dtype=object)[pos]
        hasil[n] = pd.Series(np.where(ada, v, None), index=nilai.index)
    return hasil


def _predikat(nilai: pd.Series, skala: pd.DataFrame) -> pd.DataFrame:
    hasil = _kelas(
        nilai,
        skala,
        ["predikat", "urutan", "warna", "kategori"],
        ["predikat", "urutan_predikat", "warna_predikat", "kategori_predikat"],
    )
    hasil["urutan_predikat"] = pd.to_numeric(hasil["urutan_predikat"]).astype("Int64")
    return hasil


def _hitung_capaian(rumus: np.ndarray, t: np.ndarray, r: np.ndarray) -> np.ndarray:
    """Capaian (%) by rumus; zero target: 100 when realisasi is zero too; T/R with zero realisasi: empty."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.select(
            [np.isnan(t) | np.isnan(r), t == 0, rumus == "T/R", rumus == "(2T-R)/T"],
            [np.nan, np.where(r == 0, 100.0, np.nan), np.where(r != 0, t / r * 100, np.nan), (2 * t - r) / t * 100],
            default=r / t * 100,
        )


def _pembanding(tmin: np.ndarray, tmax: np.ndarray, r: np.ndarray) -> np.ndarray:
    atas, bawah = np.fmax(tmin, tmax), np.fmin(tmin, tmax)
    return np.where(r > atas, atas, np.where(r < bawah, bawah, np.nan))


def _hitung_capaian_rentang(rumus: np.ndarray, tmin: np.ndarray, tmax: np.ndarray, r: np.ndarray) -> np.ndarray:
    kosong = np.isnan(tmin) | np.isnan(tmax) | np.isnan(r)
    di_dalam = (r >= np.fmin(tmin, tmax)) & (r <= np.fmax(tmin, tmax))
    return np.where(
        kosong, np.nan, np.where(di_dalam, 100.0, _hitung_capaian(rumus, _pembanding(tmin, tmax, r), r))
    )


def _dibatasi(c: pd.Series, batas: float) -> pd.Series:
    """Capaian for averages: clipped to 0..batas_capaian_rata_rata; empty stays empty."""
    return c.clip(lower=0, upper=batas)


def _persen_bagian(bagian: pd.Series, keseluruhan: pd.Series) -> pd.Series:
    return (bagian.fillna(0) / keseluruhan * 100).where(keseluruhan > 0)


def _persen_dari(bagian: pd.Series | float, keseluruhan: pd.Series | float) -> pd.Series | float:
    if np.isscalar(keseluruhan):
        return np.nan if not keseluruhan or pd.isna(keseluruhan) else bagian / keseluruhan * 100
    return bagian / keseluruhan.where(keseluruhan != 0) * 100


def _rumus(ind: pd.DataFrame) -> pd.Series:
    rumus = ind["rumus"].where(ind["rumus"].notna() & (ind["rumus"] != ""))
    return rumus.fillna(pd.Series(np.where(ind["polaritas"] == "negatif", "(2T-R)/T", "R/T"), index=ind.index))


# --------------------------------------------------------------------------- the pemda's rows


def _pd_pemda(frames: Frames, kode_pemda: str | list[str]) -> pd.DataFrame:
    pdm = frames["perangkat_daerah"]
    kode = [kode_pemda] if isinstance(kode_pemda, str) else kode_pemda
    return pdm[pdm["kode_pemda"].isin(kode)]


def _indikator(frames: Frames, pd_pemda: pd.DataFrame, hanya_iku: bool = True) -> pd.DataFrame:
    ind = frames["indikator"]
    ind = ind[ind["kode_pd"].isin(pd_pemda["kode_pd"])]
    if hanya_iku:
        ind = ind[ind["jenis"].isin(JENIS_IKU)]
    sasaran = frames["sasaran"][["kode_sasaran", "uraian"]].rename(columns={"uraian": "uraian_sasaran"})
    return (
        ind.merge(pd_pemda[["kode_pd", "kode_pemda", "nama_pd", "singkatan"]], on="kode_pd", how="left")
        .merge(sasaran, on="kode_sasaran", how="left")
        .assign(rumus=lambda d: _rumus(d))
    )


def capaian_triwulan(
    frames: Frames,
    ind: pd.DataFrame,
    tahun: list[int],
    tgt: pd.DataFrame,
    real: pd.DataFrame,
    tahun_data: list[int] | None = None,
) -> pd.DataFrame:
    """The pages' capaian frame for these indicators: every indicator × year × TW1–TW4, with the columns of the
    views capaian_indikator (where reported) and capaian_triwulan. `tahun`: the years shown; the year before the
    first is computed too (comparisons with last year), then dropped. `tgt`/`real`: target and realisasi rows
    (already narrowed to the pemda's indicators; narrowed here to `ind`). Only years in `tahun_data` (years with
    data anywhere) are kept, like the view's year frame."""
    atur = _atur(frames)
    kode = ind["kode_indikator"]
    tahun_hitung = list(range(min(tahun) - 1, max(tahun) + 1))  # consecutive: shift() finds last quarter and year
    tgt = tgt[tgt["kode_indikator"].isin(kode)]
    real = real[real["kode_indikator"].isin(kode)]

    # "diukur tahunan": reported only at TW4, ever (all years)
    riwayat = real.assign(
        sebelum_tw4=real["periode"].isin(["TW1", "TW2", "TW3"]), tw4=real["periode"] == "TW4"
    ).groupby("kode_indikator")[["sebelum_tw4", "tw4"]].any()

    tgt = tgt[tgt["tahun"].isin(tahun_hitung)]
    real = real[real["tahun"].isin(tahun_hitung)]
    t_tw = tgt[tgt["periode"].isin(TW)].assign(triwulan=lambda d: d["periode"].str[-1].astype(int), ada_tw=True)
    t_th = tgt[tgt["periode"] == "TAHUNAN"][["kode_indikator", "tahun", "target", "target_min", "target_max"]]
    t_th = t_th.rename(
        columns={"target": "th_target", "target_min": "th_target_min", "target_max": "th_target_max"}
    ).assign(ada_th=True)
    r_tw = real[real["periode"].isin(TW)].assign(triwulan=lambda d: d["periode"].str[-1].astype(int))

    kolom_ind = [
        "kode_indikator", "kode_pemda", "kode_pd", "nama_pd", "singkatan", "nama_indikator", "satuan", "jenis",
        "polaritas", "agregasi", "rumus", "kode_sasaran", "uraian_sasaran", "definisi", "target_akhir_periode",
    ]  # fmt: skip
    kerangka = ind[kolom_ind].merge(
        pd.MultiIndex.from_product([tahun_hitung, [1, 2, 3, 4]], names=["tahun", "triwulan"]).to_frame(index=False),
        how="cross",
    )
    k = ["kode_indikator", "tahun", "triwulan"]
    df = (
        kerangka.merge(t_tw[[*k, "target", "target_min", "target_max", "ada_tw"]], on=k, how="left")
        .merge(
            r_tw[[*k, "realisasi", "faktor_pendorong", "faktor_penghambat", "tindak_lanjut", "sumber_data"]],
            on=k,
            how="left",
        )
        .merge(t_th, on=["kode_indikator", "tahun"], how="left")
        .sort_values(k, ignore_index=True)
    )
    df["ada_tw"] = df["ada_tw"].fillna(False).astype(bool)
    df["sudah_lapor"] = df["realisasi"].notna()
    g = df.groupby(["kode_indikator", "tahun"], sort=False)
    ky = [df["kode_indikator"], df["tahun"]]

    def kumulatif(s: pd.Series) -> tuple[pd.Series, pd.Series]:
        """Running sum (empty while nothing so far) and running count over TW1..n of a year."""
        n = s.notna().groupby(ky).cumsum()
        return s.fillna(0).groupby(ky).cumsum().where(n > 0), n

    r = df["realisasi"]
    r_jumlah, r_n = kumulatif(r)
    t_jumlah, _ = kumulatif(df["target"])
    lapor = r.notna()
    t_rerata = (lambda s, n: s / n)(*kumulatif(df["target"].where(lapor)))
    tmin_rerata = (lambda s, n: s / n)(*kumulatif(df["target_min"].where(lapor)))
    tmax_rerata = (lambda s, n: s / n)(*kumulatif(df["target_max"].where(lapor)))

    # the year's TW targets as a whole (target tahunan derived from them)
    jumlah_tw = g["ada_tw"].transform("sum")
    tw_t_jumlah = g["target"].transform(lambda s: s.sum(min_count=1))
    tw_t_rerata = g["target"].transform("mean")
    t_tw4 = df["target"].where(df["triwulan"] == 4).groupby(ky).transform("max")
    tw_tmin_rerata = g["target_min"].transform("mean")
    tw_tmax_rerata = g["target_max"].transform("mean")
    tmin_tw4 = df["target_min"].where(df["triwulan"] == 4).groupby(ky).transform("max")
    tmax_tw4 = df["target_max"].where(df["triwulan"] == 4).groupby(ky).transform("max")
    ada_target_tw = jumlah_tw > 0
    ada_th = df["ada_th"].fillna(False).astype(bool)

    ag = df["agregasi"]
    kum, akhir, rata = ag == "kumulatif", ag == "nilai_akhir", ag == "rata_rata"
    n = df["triwulan"]
    realisasi_sd = np.select([kum, akhir], [r_jumlah, r], default=r_jumlah / r_n).astype(float)
    th, thmin, thmax = df["th_target"], df["th_target_min"], df["th_target_max"]
    target_tahunan_titik = np.select([ada_th, kum, akhir], [th, tw_t_jumlah, t_tw4], default=tw_t_rerata)
    target_min_tahunan = np.select([ada_th, akhir, rata], [thmin, tmin_tw4, tw_tmin_rerata], default=np.nan)
    target_max_tahunan = np.select([ada_th, akhir, rata], [thmax, tmax_tw4, tw_tmax_rerata], default=np.nan)
    target_sd_titik = np.where(
        ada_target_tw,
        np.select([kum, akhir], [t_jumlah, df["target"]], default=t_rerata),
        np.where(kum, th * n / 4.0, th),
    ).astype(float)
    target_min_sd_raw = np.where(
        ada_target_tw,
        np.select([akhir, rata], [df["target_min"], tmin_rerata], default=np.nan),
        np.where(~kum, thmin, np.nan),
    ).astype(float)
    target_max_sd_raw = np.where(
        ada_target_tw,
        np.select([akhir, rata], [df["target_max"], tmax_rerata], default=np.nan),
        np.where(~kum, thmax, np.nan),
    ).astype(float)
    rentang = ~np.isnan(target_min_sd_raw) & ~np.isnan(target_max_sd_raw)
    rentang_th = ~np.isnan(target_min_tahunan.astype(float)) & ~np.isnan(target_max_tahunan.astype(float))
    rumus = df["rumus"].to_numpy(dtype=object)
    target_min_tahunan = target_min_tahunan.astype(float)
    target_max_tahunan = target_max_tahunan.astype(float)
    target_tahunan_titik = target_tahunan_titik.astype(float)

    capaian = np.where(
        rentang,
        _hitung_capaian_rentang(rumus, target_min_sd_raw, target_max_sd_raw, realisasi_sd),
        _hitung_capaian(rumus, target_sd_titik, realisasi_sd),
    )
    progres_tahunan = np.where(
        rentang_th,
        _hitung_capaian_rentang(rumus, target_min_tahunan, target_max_tahunan, realisasi_sd),
        _hitung_capaian(rumus, target_tahunan_titik, realisasi_sd),
    )
    pembanding = np.where(rentang, _pembanding(target_min_sd_raw, target_max_sd_raw, realisasi_sd), target_sd_titik)
    ada_target = ~np.isnan(target_sd_titik) | rentang
    keterangan = np.select(
        [
            ~np.isnan(capaian),
            ~ada_target,
            (pembanding == 0) & (realisasi_sd != 0),
            (rumus == "T/R") & (realisasi_sd == 0),
        ],
        [
            None,
            "Tidak ada target untuk tahun ini",
            "Target nol dan realisasi bukan nol: capaian tidak dapat dihitung",
            "Realisasi nol pada rumus T/R: capaian tidak dapat dihitung",
        ],
        default=None,
    )
    # capaian_indikator's columns exist only where reported
    lapor_np = lapor.to_numpy()
    df["target_triwulan"] = df["target"]
    df["target_min_triwulan"] = df["target_min"]
    df["target_max_triwulan"] = df["target_max"]
    df["realisasi_triwulan"] = df["realisasi"]
    df["target_sd"] = np.where(lapor_np & ~rentang, target_sd_titik, np.nan)
    df["target_min_sd"] = np.where(lapor_np & rentang, np.fmin(target_min_sd_raw, target_max_sd_raw), np.nan)
    df["target_max_sd"] = np.where(lapor_np & rentang, np.fmax(target_min_sd_raw, target_max_sd_raw), np.nan)
    df["realisasi_sd"] = np.where(lapor_np, realisasi_sd, np.nan)
    df["capaian_persen"] = np.where(lapor_np, capaian, np.nan)
    df["progres_tahunan_persen"] = np.where(lapor_np, progres_tahunan, np.nan)
    df["keterangan"] = np.where(lapor_np, keterangan, None)
    df = pd.concat([df, _predikat(df["capaian_persen"], frames["skala_predikat"])], axis=1)
    df["capaian_perlu_diperiksa"] = (df["capaian_persen"] > atur["ambang_capaian_tinggi"]).fillna(False)

    # target tahunan: from the year's reported rows, or (nothing reported that year) the TAHUNAN row as it is
    ada_lapor_tahun = lapor.groupby(ky).transform("any")
    ci_tahunan = np.where(rentang_th, np.nan, target_tahunan_titik)
    df["target_tahunan"] = np.where(ada_lapor_tahun, ci_tahunan, th)
    df["target_min_tahunan"] = np.where(ada_lapor_tahun, target_min_tahunan, thmin)
    df["target_max_tahunan"] = np.where(ada_lapor_tahun, target_max_tahunan, thmax)

    rw = riwayat.reindex(df["kode_indikator"])
    df["diukur_tahunan"] = (
        ~ada_target_tw & rw["tw4"].fillna(False).to_numpy() & ~rw["sebelum_tw4"].fillna(False).to_numpy()
    )
    df["wajib_lapor"] = ~(df["diukur_tahunan"] & (n < 4))
    df["belum_lapor"] = df["wajib_lapor"] & ~df["sudah_lapor"]
    df["triwulan_lapor_terakhir"] = n.where(lapor).groupby(ky).ffill().astype("Int64")

    # least-squares slope of the quarterly realisasi over TW1..n (two points or more)
    x = n.where(lapor).astype(float)
    sx, jml = kumulatif(x)
    sy, _ = kumulatif(r)
    sxx, _ = kumulatif(x * x)
    sxy, _ = kumulatif(x * r)
    with np.errstate(divide="ignore", invalid="ignore"):
        kemiringan = ((jml * sxy - sx * sy) / (jml * sxx - sx * sx)).where(jml >= 2)
    laju = np.select([kum, akhir], [df["realisasi_sd"] / n, kemiringan.fillna(0)], default=0.0)
    df["laju_triwulan"] = pd.Series(laju, index=df.index).where(lapor)
    df["proyeksi_akhir_tahun"] = np.select(
        [kum, akhir],
        [df["realisasi_sd"] * 4.0 / n, df["realisasi_sd"] + kemiringan.fillna(0) * (4 - n)],
        default=df["realisasi_sd"],
    )
    tt, tmn, tmx = (df[c].to_numpy(dtype=float) for c in ("target_tahunan", "target_min_tahunan", "target_max_tahunan"))
    proy = df["proyeksi_akhir_tahun"].to_numpy(dtype=float)
    df["progres_proyeksi_persen"] = np.where(
        ~np.isnan(tmn) & ~np.isnan(tmx),
        _hitung_capaian_rentang(rumus, tmn, tmx, proy),
        _hitung_capaian(rumus, tt, proy),
    )
    df["capaian_akhir_periode_persen"] = _hitung_capaian(
        rumus, df["target_akhir_periode"].to_numpy(dtype=float), df["realisasi_sd"].to_numpy(dtype=float)
    )

    # comparisons: the grid is complete and its years consecutive, so shift(1) is last quarter, shift(4) last year
    gk = df.groupby("kode_indikator", sort=False)
    df["capaian_tw_lalu"] = gk["capaian_persen"].shift(1)
    df["capaian_tahun_lalu"] = gk["capaian_persen"].shift(4)
    df["selisih_tw_lalu"] = df["capaian_persen"] - df["capaian_tw_lalu"]
    df["selisih_tahun_lalu"] = df["capaian_persen"] - df["capaian_tahun_lalu"]
    akhir_tahun = df["realisasi_sd"].groupby(ky).transform("last")  # last reported quarter of the year
    df["realisasi_tahun_lalu"] = akhir_tahun.groupby(df["kode_indikator"]).shift(4)

    # the trend: capaian TW1..n of the year (a list per row, as the page's line chart wants)
    lebar = df["capaian_persen"].to_numpy().reshape(-1, 4)
    daftar = [[None if np.isnan(v) else float(v) for v in baris] for baris in lebar]
    df["tren_capaian"] = [daftar[i // 4][: i % 4 + 1] for i in range(len(df))]

    df["ambang_peringatan_capaian"] = atur["ambang_peringatan_capaian"]
    df["ambang_proyeksi_tahunan"] = atur["ambang_proyeksi_tahunan"]
    df["capaian_rendah"] = (np.round(df["capaian_persen"], 9) < atur["ambang_peringatan_capaian"]).fillna(False)
    df["proyeksi_kurang"] = (np.round(df["progres_proyeksi_persen"], 9) < atur["ambang_proyeksi_tahunan"]).fillna(
        False
    )
    df["tanpa_capaian"] = df["sudah_lapor"] & df["capaian_persen"].isna()
    flags = ["belum_lapor", "capaian_rendah", "proyeksi_kurang", "tanpa_capaian", "capaian_perlu_diperiksa"]
    df["peringatan"] = df[flags].any(axis=1)
    alasan = {
        "belum_lapor": "belum lapor",
        "capaian_rendah": "capaian di bawah ambang",
        "proyeksi_kurang": "proyeksi akhir tahun di bawah target",
        "tanpa_capaian": "capaian tidak dapat dihitung",
        "capaian_perlu_diperiksa": "capaian sangat tinggi: periksa data",
    }
    teks = pd.Series("", index=df.index)
    for f, a in alasan.items():
        teks = teks.where(~df[f], teks.where(teks == "", teks + "; ") + a)
    df["alasan_peringatan"] = teks.where(teks != "")
    df["status"] = np.select(
        [df["predikat"].notna(), df["sudah_lapor"], df["belum_lapor"]],
        [df["predikat"], "Tanpa capaian", "Belum lapor"],
        default="Diukur tahunan",
    )
    df["periode"] = "TW" + n.astype(str)
    tampil = [t for t in tahun if tahun_data is None or t in tahun_data]
    return df[df["tahun"].isin(tampil)].reset_index(drop=True)


def _capaian_indikator(ct: pd.DataFrame) -> pd.DataFrame:
    """The rows of capaian_indikator: reported quarters only."""
    return ct[ct["sudah_lapor"]]


def _rata(c: pd.Series, batas: float) -> float:
    return _dibatasi(c, batas).mean()


class Lingkup:
    """The rows of one pemda the pages start from: its OPD, indicators (every jenis), targets and realisasi."""

    def __init__(self, frames: Frames, kode_pemda: str | list[str]) -> None:
        self.pd = _pd_pemda(frames, kode_pemda)
        self.indikator = _indikator(frames, self.pd, hanya_iku=False)
        kode = self.indikator["kode_indikator"]
        self.target = frames["target"][frames["target"]["kode_indikator"].isin(kode)]
        self.realisasi = frames["realisasi"][frames["realisasi"]["kode_indikator"].isin(kode)]
        self.tahun_data = _tahun_data(frames)

    @property
    def iku(self) -> pd.DataFrame:
        return self.indikator[self.indikator["jenis"].isin(JENIS_IKU)]

    def capaian(self, frames: Frames, tahun: list[int], hanya_iku: bool = True) -> pd.DataFrame:
        ind = self.iku if hanya_iku else self.indikator
        return capaian_triwulan(frames, ind, tahun, self.target, self.realisasi, self.tahun_data)


def _tahun_data(frames: Frames) -> list[int]:
    """Years with targets, realisasi or kegiatan (the year filter's options)."""
    return sorted(
        set(pd.unique(frames["target"]["tahun"]))
        | set(pd.unique(frames["realisasi"]["tahun"]))
        | set(pd.unique(frames["kegiatan"]["tahun"]))
    )


def _bingkai(frames: Frames, lingkup: Lingkup, tahun: int) -> dict[str, pd.DataFrame]:
    """What the shared frame of every page asks: the pemda list, the years, the last reported quarter."""
    p = frames["pemda"]
    pemda = p.assign(_urut=p["tingkat"] != "provinsi").sort_values(["_urut", "kode_pemda"])
    real = lingkup.realisasi
    tw = real.loc[(real["tahun"] == tahun) & real["periode"].isin(TW), "periode"].str[-1].astype(int)
    return {
        "pemda_daftar": pemda[["kode_pemda", "nama_pemda", "tingkat"]].reset_index(drop=True),
        "tahun_daftar": pd.DataFrame({"tahun": lingkup.tahun_data}),
        "triwulan_terakhir": pd.DataFrame({"triwulan": [tw.max() if len(tw) else pd.NA]}),
    }


def _urut(df: pd.DataFrame, kunci: list[tuple[str, bool, str]]) -> pd.DataFrame:
    """ORDER BY with NULLS FIRST/LAST per key: (column, ascending, 'first'|'last')."""
    kolom, arah, bantu = [], [], []
    for i, (k, naik, nulls) in enumerate(kunci):
        kosong = f"__kosong{i}"
        df = df.assign(**{kosong: df[k].isna() if nulls == "last" else df[k].notna()})
        kolom += [kosong, k]
        arah += [True, naik]
        bantu.append(kosong)
    return df.sort_values(kolom, ascending=arah, kind="stable").drop(columns=bantu)


# --------------------------------------------------------------------------- capaian pages: summaries


def _per_triwulan(ct: pd.DataFrame, batas: float) -> pd.DataFrame:
    """The IKU summary of every year × quarter (iku_triwulan_ringkasan's per_triwulan)."""
    c = ct.assign(
        dibatasi=_dibatasi(ct["capaian_persen"], batas),
        baik=ct["kategori_predikat"] == "baik",
        perhatian=ct["kategori_predikat"] == "perhatian",
        diukur=~ct["wajib_lapor"] & ~ct["sudah_lapor"],
        peringatan_lapor=ct["peringatan"] & ~ct["belum_lapor"],
    )
    g = c.groupby(["tahun", "triwulan"])
    return pd.DataFrame(
        {
            "jumlah_iku": g.size(),
            "jumlah_lapor": g["sudah_lapor"].sum(),
            "jumlah_belum_lapor": g["belum_lapor"].sum(),
            "jumlah_diukur_tahunan": g["diukur"].sum(),
            "jumlah_capaian": g["capaian_persen"].count(),
            "rata_rata_capaian": g["dibatasi"].mean(),
            "jumlah_baik": g["baik"].sum(),
            "jumlah_perlu_perhatian": g["perhatian"].sum(),
            "jumlah_peringatan": g["peringatan_lapor"].sum(),
            "jumlah_perlu_diperiksa": g["capaian_perlu_diperiksa"].sum(),
        }
    )


def _lalu(tahun: int, triwulan: int) -> tuple[int, int]:
    return (tahun, triwulan - 1) if triwulan > 1 else (tahun - 1, 4)


def _baris(per: pd.DataFrame, kunci: tuple[int, int]) -> pd.Series:
    return per.loc[kunci] if kunci in per.index else pd.Series(np.nan, index=per.columns)


def _iku_ringkasan(ct: pd.DataFrame, atur: dict, tahun: int, triwulan: int) -> pd.DataFrame:
    per = _per_triwulan(ct, atur["batas_capaian_rata_rata"])
    ini, lalu, th_lalu = _baris(per, (tahun, triwulan)), _baris(per, _lalu(tahun, triwulan)), _baris(per, (tahun - 1, triwulan))
    baris = {k: int(0 if pd.isna(ini[k]) else ini[k]) for k in per.columns if k.startswith("jumlah")}
    baris |= {
        "rata_rata_capaian": ini["rata_rata_capaian"],
        "rata_rata_tw_lalu": lalu["rata_rata_capaian"],
        "rata_rata_tahun_lalu": th_lalu["rata_rata_capaian"],
        "selisih_tw_lalu": ini["rata_rata_capaian"] - lalu["rata_rata_capaian"],
        "selisih_tahun_lalu": ini["rata_rata_capaian"] - th_lalu["rata_rata_capaian"],
        "batas_capaian_rata_rata": atur["batas_capaian_rata_rata"],
        "ambang_peringatan_capaian": atur["ambang_peringatan_capaian"],
        "ambang_proyeksi_tahunan": atur["ambang_proyeksi_tahunan"],
    }
    return pd.DataFrame([baris])


STATUS_LAIN = [(100, "Tanpa capaian", "#8c959f"), (101, "Belum lapor", "#d0d7de"), (102, "Diukur tahunan", "#eaeef2")]


def _status_jumlah(ct_tw: pd.DataFrame, skala: pd.DataFrame) -> pd.DataFrame:
    s = pd.concat(
        [skala[["urutan", "predikat", "warna"]], pd.DataFrame(STATUS_LAIN, columns=["urutan", "predikat", "warna"])]
    )
    jumlah = ct_tw["status"].value_counts()
    return (
        s.assign(jumlah=s["predikat"].map(jumlah).fillna(0).astype(int))
        .sort_values("urutan")
        .reset_index(drop=True)
    )


def _peringkat_pd(ct_tw: pd.DataFrame, frames: Frames, batas: float) -> pd.DataFrame:
    c = ct_tw.assign(
        dibatasi=_dibatasi(ct_tw["capaian_persen"], batas), peringatan_lapor=ct_tw["peringatan"] & ~ct_tw["belum_lapor"]
    )
    per = (
        c.groupby("kode_pd")
        .agg(
            nama_pd=("nama_pd", "first"),
            singkatan=("singkatan", "first"),
            jumlah_iku=("sudah_lapor", "sum"),
            jumlah_wajib_lapor=("wajib_lapor", "sum"),
            jumlah_belum_lapor=("belum_lapor", "sum"),
            jumlah_peringatan=("peringatan_lapor", "sum"),
            rata_rata_capaian=("dibatasi", "mean"),
        )
        .reset_index()
    )
    kelas = _kelas(per["rata_rata_capaian"], frames["skala_predikat"], ["predikat", "warna"], ["predikat", "warna"])
    per = pd.concat([per, kelas], axis=1)
    return _urut(per, [("rata_rata_capaian", False, "last"), ("nama_pd", True, "last")]).reset_index(drop=True)


def _tren_pd(ct: pd.DataFrame, frames: Frames, batas: float, tahun: int, triwulan: int) -> pd.DataFrame:
    c = ct[(ct["tahun"] == tahun) & (ct["triwulan"] <= triwulan)]
    c = c.assign(dibatasi=_dibatasi(c["capaian_persen"], batas))
    per = (
        c.groupby(["kode_pd", "triwulan"])
        .agg(
            nama_pd=("nama_pd", "first"),
            singkatan=("singkatan", "first"),
            jumlah_lapor=("sudah_lapor", "sum"),
            jumlah_wajib_lapor=("wajib_lapor", "sum"),
            rata_rata_capaian=("dibatasi", "mean"),
        )
        .reset_index()
    )
    urutan = _urut(per[per["triwulan"] == triwulan], [("rata_rata_capaian", False, "last"), ("nama_pd", True, "last")])
    urutan = urutan.assign(urutan_pd=np.arange(1, len(urutan) + 1))[["kode_pd", "urutan_pd"]]
    per = per.merge(urutan, on="kode_pd")
    kelas = _kelas(
        per["rata_rata_capaian"],
        frames["skala_predikat"],
        ["predikat", "urutan", "warna"],
        ["predikat", "urutan_predikat", "warna"],
    )
    per = pd.concat([per, kelas], axis=1).assign(periode=lambda d: "TW" + d["triwulan"].astype(str))
    return per.sort_values(["urutan_pd", "triwulan"]).reset_index(drop=True)


def _daftar_iku(ct_tw: pd.DataFrame) -> pd.DataFrame:
    kelompok = np.select(
        [ct_tw["status"].isin(["Belum lapor", "Tanpa capaian"]), ct_tw["predikat"].notna()], [0, 1], default=2
    )
    return _urut(
        ct_tw.assign(_kelompok=kelompok),
        [("_kelompok", True, "last"), ("capaian_persen", True, "first"), ("nama_pd", True, "last"),
         ("kode_indikator", True, "last")],
    ).drop(columns="_kelompok").reset_index(drop=True)  # fmt: skip


def _peringatan(ct_tw: pd.DataFrame) -> pd.DataFrame:
    p = ct_tw[ct_tw["peringatan"] & ~ct_tw["belum_lapor"]]
    return _urut(
        p,
        [("capaian_rendah", False, "last"), ("capaian_persen", True, "first"),
         ("progres_proyeksi_persen", True, "last"), ("kode_indikator", True, "last")],
    ).reset_index(drop=True)  # fmt: skip


ROMAWI = ["I", "II", "III", "IV"]


def _belum_lapor_pd(ct_tw: pd.DataFrame) -> pd.DataFrame:
    terakhir = ct_tw["triwulan_lapor_terakhir"]
    teks = (
        ct_tw["nama_indikator"]
        + " ("
        + ct_tw["kode_indikator"]
        + np.where(
            terakhir.isna(),
            ", belum pernah lapor tahun ini",
            ", terakhir TW " + terakhir.fillna(1).astype(int).map(lambda t: ROMAWI[t - 1]),
        )
        + ")"
    )
    c = ct_tw.assign(_teks=teks.where(ct_tw["belum_lapor"])).sort_values("kode_indikator")
    per = (
        c.groupby("kode_pd")
        .agg(
            nama_pd=("nama_pd", "first"),
            singkatan=("singkatan", "first"),
            jumlah_wajib_lapor=("wajib_lapor", "sum"),
            jumlah_belum_lapor=("belum_lapor", "sum"),
            iku_belum_lapor=("_teks", lambda s: "; ".join(s.dropna()) or None),
        )
        .reset_index()
    )
    per = per[per["jumlah_belum_lapor"] > 0]
    return per.sort_values(["jumlah_belum_lapor", "nama_pd"], ascending=[False, True]).reset_index(drop=True)


# --------------------------------------------------------------------------- page: Capaian IKU


def capaian_iku(
    frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date
) -> dict[str, pd.DataFrame]:
    """Capaian IKU in its default view (every jenis, OPD and sasaran; no status filter)."""
    atur = _atur(frames)
    lingkup = Lingkup(frames, kode_pemda)
    hasil = _bingkai(frames, lingkup, tahun)
    ct = lingkup.capaian(frames, [tahun - 1, tahun])
    ini = ct[(ct["tahun"] == tahun) & (ct["triwulan"] == triwulan)]

    opd = ct.drop_duplicates("kode_pd")[["kode_pd", "nama_pd"]].rename(columns={"kode_pd": "kode", "nama_pd": "label"})
    sas = ct[ct["kode_sasaran"].notna()].drop_duplicates("kode_sasaran")
    sas = pd.DataFrame({"kode": sas["kode_sasaran"], "label": sas["kode_sasaran"] + " " + sas["uraian_sasaran"]})
    skala = frames["skala_predikat"]
    status = pd.concat(
        [
            pd.DataFrame({"kode": skala["predikat"], "label": skala["predikat"], "urutan": skala["urutan"]}),
            pd.DataFrame([(s, s, u) for u, s, _w in STATUS_LAIN], columns=["kode", "label", "urutan"]),
        ]
    )
    hasil["iku_filter_pilihan"] = (
        pd.concat([opd.assign(filter="opd", urutan=0), sas.assign(filter="sasaran", urutan=0), status.assign(filter="status")])
        .sort_values(["filter", "urutan", "label"])[["filter", "kode", "label", "urutan"]]
        .reset_index(drop=True)
    )
    hasil["iku_triwulan_ringkasan"] = _iku_ringkasan(ct, atur, tahun, triwulan)
    hasil["iku_triwulan_status_jumlah"] = _status_jumlah(ini, skala)
    hasil["iku_triwulan_peringatan"] = _peringatan(ini)
    hasil["pd_triwulan_belum_lapor"] = _belum_lapor_pd(ini)
    hasil["pd_triwulan_peringkat"] = _peringkat_pd(ini, frames, atur["batas_capaian_rata_rata"])
    hasil["pd_triwulan_tren"] = _tren_pd(ct, frames, atur["batas_capaian_rata_rata"], tahun, triwulan)
    daftar = _daftar_iku(ini)
    hasil["iku_triwulan_daftar"] = daftar
    # the drill-down: by default the lowest IKU that has reported
    lapor = daftar[daftar["sudah_lapor"]]
    kode = (lapor if len(lapor) else daftar)["kode_indikator"].iloc[0] if len(daftar) else ""
    rinci = ct[ct["kode_indikator"] == kode].sort_values(["tahun", "triwulan"])
    sesudah = (rinci["tahun"] == tahun) & (rinci["triwulan"] > triwulan)
    kolom_per_tw = [
        "status", "realisasi_triwulan", "target_sd", "target_min_sd", "target_max_sd", "realisasi_sd",
        "capaian_persen", "selisih_tw_lalu", "selisih_tahun_lalu", "predikat", "warna_predikat", "keterangan",
        "progres_tahunan_persen", "proyeksi_akhir_tahun", "progres_proyeksi_persen", "capaian_akhir_periode_persen",
        "faktor_pendorong", "faktor_penghambat", "tindak_lanjut", "sumber_data",
    ]  # fmt: skip
    rinci = rinci.assign(
        tahun_terpilih=rinci["tahun"] == tahun,
        sesudah_terpilih=sesudah,
        sudah_lapor=rinci["sudah_lapor"] & ~sesudah,
        belum_lapor=rinci["belum_lapor"] & ~sesudah,
        **{c: rinci[c].where(~sesudah) for c in kolom_per_tw},
    )
    hasil["iku_triwulan_rinci"] = rinci.reset_index(drop=True)
    return hasil


# --------------------------------------------------------------------------- verification against the SQL

# Per page: the queries whose results the pandas frames reproduce (same name), with extra parameters, and columns
# the comparison leaves out (with the reason in the module docstring).
KUERI_BINGKAI = ["pemda_daftar", "tahun_daftar", "triwulan_terakhir"]
KUERI_HALAMAN: dict[str, list[str]] = {
    "Capaian IKU": [
        *KUERI_BINGKAI,
        "iku_filter_pilihan",
        "iku_triwulan_ringkasan",
        "iku_triwulan_status_jumlah",
        "iku_triwulan_peringatan",
        "pd_triwulan_belum_lapor",
        "pd_triwulan_peringkat",
        "pd_triwulan_tren",
        "iku_triwulan_daftar",
        "iku_triwulan_rinci",
    ],
}
KOLOM_DILEWATI: dict[str, set[str]] = {}
# Lists ordered by a computed float: rows are matched by their key, and the order is checked on the sort columns,
# so two rows whose sort values differ only in the last bits (DuckDB's avg and a pandas mean) may swap.
KUNCI_URUT: dict[str, tuple[list[str], list[str]]] = {
    "iku_triwulan_daftar": (["kode_indikator"], ["status", "capaian_persen"]),
    "iku_triwulan_peringatan": (["kode_indikator"], ["capaian_rendah", "capaian_persen", "progres_proyeksi_persen"]),
    "pd_triwulan_peringkat": (["kode_pd"], ["rata_rata_capaian"]),
    "pd_triwulan_tren": (["kode_pd", "triwulan"], ["urutan_pd", "triwulan"]),
}


def _sama(a: pd.Series, b: pd.Series) -> np.ndarray:
    """Elementwise equality of a SQL column and a pandas column: floats within tolerance, NULL equals NULL."""
    a = a.reset_index(drop=True)
    b = b.reset_index(drop=True)
    kosong_a = a.map(lambda v: v is None or v is pd.NA or v is np.ma.masked or (isinstance(v, float) and np.isnan(v)))
    kosong_b = b.map(lambda v: v is None or v is pd.NA or v is np.ma.masked or (isinstance(v, float) and np.isnan(v)))
    if pd.api.types.is_datetime64_any_dtype(a) or pd.api.types.is_datetime64_any_dtype(b):
        a, b = pd.to_datetime(a), pd.to_datetime(b)
        return ((a == b) | (a.isna() & b.isna())).to_numpy()
    angka = [
        pd.api.types.is_numeric_dtype(x) or pd.api.types.is_bool_dtype(x) for x in (a, b)
    ]
    if all(angka) or (angka[0] and b.map(lambda v: isinstance(v, (int, float, np.number, bool))).all()):
        x = pd.to_numeric(a.astype("object").where(~kosong_a, np.nan)).astype(float).to_numpy()
        y = pd.to_numeric(b.astype("object").where(~kosong_b, np.nan)).astype(float).to_numpy()
        return np.isclose(x, y, rtol=1e-9, atol=1e-6, equal_nan=True)
    hasil = np.zeros(len(a), dtype=bool)
    for i, (u, v, ku, kv) in enumerate(zip(a, b, kosong_a, kosong_b, strict=True)):
        if ku or kv:
            hasil[i] = ku and kv
        elif isinstance(u, (list, np.ndarray)) or isinstance(v, (list, np.ndarray)):
            uu = pd.Series(list(u), dtype="object")
            vv = pd.Series(list(v), dtype="object")
            hasil[i] = len(uu) == len(vv) and bool(_sama(uu, vv).all())
        elif isinstance(u, (dt.date, pd.Timestamp)) or isinstance(v, (dt.date, pd.Timestamp)):
            hasil[i] = pd.Timestamp(u) == pd.Timestamp(v)
        elif isinstance(u, (float, np.floating)) or isinstance(v, (float, np.floating)):
            hasil[i] = bool(np.isclose(float(u), float(v), rtol=1e-9, atol=1e-6))
        else:
            hasil[i] = u == v
    return hasil


def banding(nama: str, sql: pd.DataFrame, pandas: pd.DataFrame, lewati: set[str] = frozenset()) -> list[str]:
    """Differences between a query's result and the pandas frame, row by row in the query's order (or matched by
    key, with the order checked on the sort columns: KUNCI_URUT)."""
    salah = []
    if len(sql) != len(pandas):
        return [f"{nama}: {len(sql)} baris SQL, {len(pandas)} baris pandas"]
    if nama in KUNCI_URUT:
        kunci, urutan = KUNCI_URUT[nama]
        for kolom in urutan:
            ok = _sama(sql[kolom], pandas[kolom])
            if not ok.all():
                salah.append(f"{nama}: urutan menurut {kolom} beda ({int((~ok).sum())} baris)")
        if pandas.duplicated(kunci).any() or sql.duplicated(kunci).any():
            salah.append(f"{nama}: kunci {kunci} tidak unik")
        sql = sql.sort_values(kunci, ignore_index=True)
        pandas = pandas.sort_values(kunci, ignore_index=True)
    for kolom in sql.columns:
        if kolom in lewati:
            continue
        if kolom not in pandas.columns:
            salah.append(f"{nama}: kolom {kolom} tidak ada di pandas")
            continue
        ok = _sama(sql[kolom], pandas[kolom])
        if not ok.all():
            i = int(np.flatnonzero(~ok)[0])
            salah.append(
                f"{nama}.{kolom}: {int((~ok).sum())} beda, mis. baris {i}: SQL {sql[kolom].iloc[i]!r}, "
                f"pandas {pandas[kolom].iloc[i]!r}"
            )
    return salah


def _parameter(halaman: str, hasil: dict[str, pd.DataFrame], p: dict) -> dict:
    """The parameters the page passes: the default view, and the choices it makes from its own data."""
    p = dict(p)
    if "iku_triwulan_rinci" in hasil:
        rinci = hasil["iku_triwulan_rinci"]
        p["kode_indikator"] = rinci["kode_indikator"].iloc[0] if len(rinci) else ""
    if "pemda_banding_kelompok" in hasil and len(hasil["pemda_banding_kelompok"]):
        p["kelompok"] = hasil["pemda_banding_kelompok"]["kelompok"].iloc[0]
    return p


def periksa(
    con: duckdb.DuckDBPyConnection,
    frames: Frames,
    kode_pemda: str,
    tahun: int,
    triwulan: int,
    hari_ini: dt.date,
    halaman: list[str] | None = None,
) -> list[str]:
    """Run each registered page's SQL queries and compare them with its pandas frames; [] when all agree."""
    dasar = {
        "kode_pemda": kode_pemda,
        "tahun": tahun,
        "triwulan": triwulan,
        "periode": f"TW{triwulan}",
        "hari_ini": hari_ini,
        "kode_pd": "",
        "jenis": "",
        "kode_sasaran": "",
        "status": [],
        "batas": 0,
    }
    salah = []
    for label, fungsi in HALAMAN_PANDAS.items():
        if halaman and label not in halaman:
            continue
        hasil = fungsi(frames, kode_pemda, tahun, triwulan, hari_ini)
        p = _parameter(label, hasil, dasar)
        for nama in KUERI_HALAMAN[label]:
            sql = pdb.query_sql(nama)
            df = con.execute(sql, pdb.used_parameters(sql, p)).df()
            if nama not in hasil:
                salah.append(f"{label}: {nama} tidak dihitung pandas")
                continue
            salah += [f"{label}: {s}" for s in banding(nama, df, hasil[nama], KOLOM_DILEWATI.get(nama, set()))]
    return salah


HALAMAN_PANDAS: dict[str, Callable[..., dict[str, pd.DataFrame]]] = {
    "Capaian IKU": capaian_iku,
}


# --------------------------------------------------------------------------- kegiatan, jadwal and money


def _sub_kegiatan(frames: Frames, pd_pemda: pd.DataFrame, tahun: int) -> pd.DataFrame:
    """The pemda's sub kegiatan (six-segment codes) of the year, with their OPD."""
    keg = frames["kegiatan"]
    keg = keg[(keg["tahun"] == tahun) & keg["kode_pd"].isin(pd_pemda["kode_pd"])]
    sub = keg[keg["kode_kegiatan"].str.count(r"\.") == 5]
    return sub.merge(pd_pemda[["kode_pd", "kode_pemda", "nama_pd", "singkatan"]], on="kode_pd")


def _jadwal_kegiatan(frames: Frames, sub: pd.DataFrame, tahun: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Each sub kegiatan with the start and end month of its three phases; and its jadwal rows."""
    jad = frames["jadwal"]
    jad = jad[(jad["tahun"] == tahun) & jad["kode_kegiatan"].isin(sub["kode_kegiatan"])]
    lebar = jad.pivot(index="kode_kegiatan", columns="tahap", values=["bulan_mulai", "bulan_selesai"])
    hasil = sub.copy()
    for tahap in ("persiapan", "pelaksanaan", "pelaporan"):
        for ujung, kolom in (("mulai", "bulan_mulai"), ("selesai", "bulan_selesai")):
            nilai = lebar[(kolom, tahap)] if (kolom, tahap) in lebar.columns else pd.Series(dtype="float64")
            hasil[f"{tahap}_{ujung}"] = hasil["kode_kegiatan"].map(nilai)
    jumlah = jad[jad["tahap"].isin(["persiapan", "pelaksanaan", "pelaporan"])].groupby("kode_kegiatan")["tahap"]
    hasil["jumlah_tahap"] = hasil["kode_kegiatan"].map(jumlah.nunique()).fillna(0).astype(int)
    return hasil, jad


def _jadwal_bulan(jk: pd.DataFrame, jad: pd.DataFrame) -> pd.DataFrame:
    """One row per sub kegiatan × phase × month the phase covers (months clamped to 1..12)."""
    j = jad.merge(jk[["kode_kegiatan", "kode_pemda", "kode_pd", "pagu"]], on="kode_kegiatan")
    j = j.assign(mulai=j["bulan_mulai"].clip(lower=1), selesai=j["bulan_selesai"].clip(upper=12))
    j = j.merge(pd.DataFrame({"bulan": range(1, 13)}), how="cross")
    return j[(j["bulan"] >= j["mulai"]) & (j["bulan"] <= j["selesai"])]


NAMA_BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def _jadwal_mutu(jk: pd.DataFrame, jad: pd.DataFrame) -> pd.DataFrame:
    """One row per sub kegiatan × schedule problem (as the view jadwal_mutu)."""
    kolom = ["kode_pemda", "kode_pd", "nama_pd", "singkatan", "tahun", "kode_kegiatan", "nama", "pagu"]
    tidak_lengkap = jk[jk[["persiapan_mulai", "pelaksanaan_mulai", "pelaporan_mulai"]].isna().any(axis=1)]
    urutan_salah = jk[
        (jk["pelaksanaan_mulai"] < jk["persiapan_mulai"])
        | (jk["pelaksanaan_selesai"] < jk["persiapan_selesai"])
        | (jk["pelaporan_mulai"] < jk["pelaksanaan_mulai"])
        | (jk["pelaporan_selesai"] < jk["pelaksanaan_selesai"])
    ]
    salah_bulan = jad[
        (jad["bulan_mulai"] > jad["bulan_selesai"])
        | ~jad["bulan_mulai"].between(1, 12)
        | ~jad["bulan_selesai"].between(1, 12)
    ]
    bulan_tidak_sah = jk[jk["kode_kegiatan"].isin(salah_bulan["kode_kegiatan"])]
    mulai_tw4 = jk[jk["pelaksanaan_mulai"].between(10, 12)]
    bagian = [
        (tidak_lengkap, 1, "Tahap tidak lengkap", "galat"),
        (urutan_salah, 2, "Urutan tahap salah", "galat"),
        (bulan_tidak_sah, 3, "Bulan tidak sah", "galat"),
        (mulai_tw4, 4, "Pelaksanaan mulai TW IV", "peringatan"),
    ]
    return pd.concat(
        [b[kolom].assign(urutan_masalah=u, masalah=m, tingkat=t) for b, u, m, t in bagian], ignore_index=True
    )


def _penumpukan(frames: Frames, jk: pd.DataFrame, jbulan: pd.DataFrame, tahun: int) -> pd.DataFrame:
    """Year-end pile-up per OPD and for the whole pemda (kode_pd empty), as the view pd_penumpukan."""
    atur = _atur(frames)
    kas = frames["rencana_kas"]
    kas = kas[(kas["tahun"] == tahun) & kas["kode_kegiatan"].isin(jk["kode_kegiatan"])]
    kas = kas.merge(jk[["kode_kegiatan", "kode_pemda", "kode_pd"]], on="kode_kegiatan")
    laksana = jbulan[jbulan["tahap"] == "pelaksanaan"]
    sumber = pd.concat(
        [
            kas[["kode_pemda", "kode_pd", "bulan"]].assign(kas=kas["nilai"], kegiatan=0),
            laksana[["kode_pemda", "kode_pd", "bulan"]].assign(kas=np.nan, kegiatan=1),
        ],
        ignore_index=True,
    )

    def per(kelompok: list[str]) -> pd.DataFrame:
        b = sumber.groupby([*kelompok, "bulan"]).agg(
            kas=("kas", lambda s: s.sum(min_count=1)), kegiatan=("kegiatan", "sum")
        )
        b = b.reset_index()
        b = b.assign(
            kas_tw4=b["kas"].where(b["bulan"] >= 10),
            kas_des=b["kas"].where(b["bulan"] == 12),
            keg_tw4=b["kegiatan"].where(b["bulan"] >= 10),
            keg_des=b["kegiatan"].where(b["bulan"] == 12),
        )
        # ties go to the later month: the last month with the largest plan
        terbesar = b[b["kas"].notna()].sort_values([*kelompok, "kas", "bulan"]).groupby(kelompok)["bulan"].last()
        g = b.groupby(kelompok)
        hasil = pd.DataFrame(
            {
                "rencana_kas_tahun": g["kas"].sum(min_count=1),
                "rencana_kas_tw4": g["kas_tw4"].sum(),
                "rencana_kas_desember": g["kas_des"].sum(),
                "bulan_kas_terbesar": terbesar,
                "kegiatan_bulan": g["kegiatan"].sum(min_count=1),
                "kegiatan_bulan_tw4": g["keg_tw4"].sum(min_count=1),
                "kegiatan_bulan_desember": g["keg_des"].sum(min_count=1),
            }
        )
        return hasil.reset_index()

    hasil = pd.concat([per(["kode_pemda", "kode_pd"]), per(["kode_pemda"]).assign(kode_pd=None)], ignore_index=True)
    ambang = atur["ambang_penumpukan_tw4"]
    h = hasil.assign(
        tahun=tahun,
        porsi_kas_tw4=_persen_bagian(hasil["rencana_kas_tw4"], hasil["rencana_kas_tahun"]),
        porsi_kas_desember=_persen_bagian(hasil["rencana_kas_desember"], hasil["rencana_kas_tahun"]),
        porsi_pelaksanaan_tw4=_persen_bagian(hasil["kegiatan_bulan_tw4"], hasil["kegiatan_bulan"]),
        porsi_pelaksanaan_desember=_persen_bagian(hasil["kegiatan_bulan_desember"], hasil["kegiatan_bulan"]),
        porsi_merata_tw4=100.0 * 3 / 12,
        porsi_merata_desember=100.0 * 1 / 12,
        ambang_persen=ambang,
    )
    h["porsi_tw4_terbesar"] = h[["porsi_kas_tw4", "porsi_pelaksanaan_tw4"]].max(axis=1)
    h["indeks_penumpukan"] = h["porsi_tw4_terbesar"] / h["porsi_merata_tw4"]
    h["indeks_ambang"] = ambang / h["porsi_merata_tw4"]
    h["ditandai"] = (h["porsi_tw4_terbesar"] > ambang).fillna(False)
    kas_lewat, laksana_lewat = h["porsi_kas_tw4"] > ambang, h["porsi_pelaksanaan_tw4"] > ambang
    h["penyebab"] = np.select(
        [kas_lewat & laksana_lewat, kas_lewat, laksana_lewat],
        ["rencana kas dan pelaksanaan", "rencana kas", "pelaksanaan"],
        default=None,
    )
    nama = frames["perangkat_daerah"].set_index("kode_pd")
    h["nama_pd"] = h["kode_pd"].map(nama["nama_pd"])
    h["singkatan"] = h["kode_pd"].map(nama["singkatan"])
    return h


def _realisasi_bulanan(ra: pd.DataFrame) -> pd.DataFrame:
    """Monthly and cumulative realisasi together, whichever form was imported (realisasi_anggaran_bulanan)."""
    ra = ra.sort_values(["tahun", "kode_kegiatan", "bulan"])
    g = ra.groupby(["tahun", "kode_kegiatan"], sort=False)
    kumulatif = g["realisasi_kumulatif"].transform(lambda s: s.notna().any())
    sebelum = g["realisasi_kumulatif"].shift(1).fillna(0)
    return ra.assign(
        realisasi=np.where(kumulatif, ra["realisasi_kumulatif"] - sebelum, ra["realisasi"]),
        realisasi_kumulatif=np.where(kumulatif, ra["realisasi_kumulatif"], g["realisasi"].cumsum()),
    )


def _serapan(frames: Frames, jk: pd.DataFrame, tahun: int, per_pd: bool = True) -> pd.DataFrame:
    """Absorption per OPD × month 1..12 and for the pemda (kode_pd empty), as the view serapan_anggaran."""
    sub = jk[["kode_pemda", "kode_pd", "kode_kegiatan"]].assign(pagu=jk["pagu"].fillna(0))
    ra = frames["realisasi_anggaran"]
    ra = _realisasi_bulanan(ra[(ra["tahun"] == tahun) & ra["kode_kegiatan"].isin(sub["kode_kegiatan"])])
    kas = frames["rencana_kas"]
    kas = kas[(kas["tahun"] == tahun) & kas["kode_kegiatan"].isin(sub["kode_kegiatan"])]
    terakhir = ra["bulan"].max() if len(ra) else np.nan
    sb = (
        sub.merge(pd.DataFrame({"bulan": range(1, 13)}), how="cross")
        .merge(kas[["kode_kegiatan", "bulan", "nilai"]], on=["kode_kegiatan", "bulan"], how="left")
        .merge(ra[["kode_kegiatan", "bulan", "realisasi", "fisik_persen"]], on=["kode_kegiatan", "bulan"], how="left")
        .sort_values(["kode_kegiatan", "bulan"])
    )
    sudah = sb["bulan"] <= terakhir
    sb["rencana_kas"] = sb["nilai"].fillna(0)
    sb["realisasi"] = sb["realisasi"].fillna(0).where(sudah)
    sb["fisik_persen"] = sb.groupby("kode_kegiatan")["fisik_persen"].ffill().fillna(0).where(sudah)
    sb["pagu_fisik"] = sb["pagu"] * sb["fisik_persen"]

    def bulanan(kelompok: list[str]) -> pd.DataFrame:
        g = sb.groupby([*kelompok, "bulan"])
        b = pd.DataFrame(
            {
                "pagu": g["pagu"].sum(),
                "rencana_kas": g["rencana_kas"].sum(),
                "realisasi": g["realisasi"].sum(min_count=1),
                "pagu_fisik": g["pagu_fisik"].sum(min_count=1),
            }
        ).reset_index()
        b["fisik_persen"] = b["pagu_fisik"] / b["pagu"].where(b["pagu"] != 0)
        gk = b.groupby(kelompok)
        b["rencana_kas_kumulatif"] = gk["rencana_kas"].cumsum()
        b["realisasi_kumulatif"] = gk["realisasi"].cumsum().where(b["realisasi"].notna())
        return b

    bagian = [bulanan(["kode_pemda", "kode_pd"])] if per_pd else []
    s = pd.concat([*bagian, bulanan(["kode_pemda"]).assign(kode_pd=None)], ignore_index=True)
    s["tahun"] = tahun
    s["triwulan"] = (s["bulan"] + 2) // 3
    s["bulan_terakhir_lapor"] = terakhir
    ada = s["realisasi_kumulatif"].notna()
    s["persen_rencana_kas_kumulatif"] = _persen_bagian(s["rencana_kas_kumulatif"], s["pagu"])
    s["persen_serapan"] = _persen_bagian(s["realisasi_kumulatif"], s["pagu"]).where(ada)
    s["selisih_serapan_rencana_kas"] = s["persen_serapan"] - s["persen_rencana_kas_kumulatif"]
    s["persen_terhadap_rencana_kas"] = _persen_bagian(s["realisasi_kumulatif"], s["rencana_kas_kumulatif"]).where(ada)
    s["deviasi"] = s["realisasi"] - s["rencana_kas"]
    s["deviasi_kumulatif"] = s["realisasi_kumulatif"] - s["rencana_kas_kumulatif"]
    s["selisih_fisik_keuangan"] = s["fisik_persen"] - s["persen_serapan"]
    t = frames["target_serapan"].set_index("triwulan")
    s["target_bawah"] = s["triwulan"].map(t["batas_bawah"])
    s["target_atas"] = s["triwulan"].map(t["batas_atas"])
    s["status_target"] = np.select(
        [
            (s["bulan"] % 3 != 0) | ~ada | ~(s["pagu"] > 0),
            s["persen_serapan"] < s["target_bawah"],
            s["persen_serapan"] > s["target_atas"],
            s["target_bawah"].notna(),
        ],
        [None, "di bawah target", "di atas target", "sesuai target"],
        default=None,
    )
    nama = frames["perangkat_daerah"].set_index("kode_pd")
    s["nama_pd"] = s["kode_pd"].map(nama["nama_pd"])
    s["singkatan"] = s["kode_pd"].map(nama["singkatan"])
    return s


def _serapan_ringkas(s: pd.DataFrame, triwulan: int) -> pd.DataFrame:
    """ringkasan_serapan: the pemda's row at the end of the quarter (or the last reported month), and last quarter."""
    pemda = s[s["kode_pd"].isna()]
    terakhir = pemda["bulan_terakhir_lapor"]
    ini = pemda[pemda["bulan"] == np.fmin(triwulan * 3, terakhir)]
    lalu = pemda[(triwulan > 1) & (pemda["bulan"] == np.fmin((triwulan - 1) * 3, terakhir))]
    ini = ini[ini["persen_serapan"].notna()]
    if ini.empty:
        return pd.DataFrame(columns=["bulan", "persen_serapan"])
    i = ini.iloc[0]
    l_ = lalu.iloc[0] if len(lalu) else pd.Series(np.nan, index=pemda.columns)
    return pd.DataFrame(
        [
            {
                "bulan": i["bulan"],
                "triwulan": i["triwulan"],
                "pagu": i["pagu"],
                "realisasi_kumulatif": i["realisasi_kumulatif"],
                "persen_serapan": i["persen_serapan"],
                "persen_rencana_kas_kumulatif": i["persen_rencana_kas_kumulatif"],
                "selisih_serapan_rencana_kas": i["selisih_serapan_rencana_kas"],
                "target_bawah": i["target_bawah"],
                "target_atas": i["target_atas"],
                "selisih_target_bawah": i["persen_serapan"] - i["target_bawah"],
                "status_target": i["status_target"],
                "bulan_tw_lalu": l_["bulan"],
                "persen_serapan_tw_lalu": l_["persen_serapan"],
                "target_bawah_tw_lalu": l_["target_bawah"],
                "target_atas_tw_lalu": l_["target_atas"],
                "status_target_tw_lalu": l_["status_target"],
                "selisih_tw_lalu": i["persen_serapan"] - l_["persen_serapan"],
            }
        ]
    )


def _jadwal_ringkasan(frames: Frames, jk: pd.DataFrame, mutu: pd.DataFrame, tumpuk: pd.DataFrame) -> pd.DataFrame:
    opd = tumpuk[tumpuk["kode_pd"].notna()]
    pemda = tumpuk[tumpuk["kode_pd"].isna()]
    baris = {
        "jumlah_sub_kegiatan": len(jk),
        "jumlah_berjadwal": int((jk["jumlah_tahap"] > 0).sum()),
        "jumlah_tanpa_jadwal": int((jk["jumlah_tahap"] == 0).sum()),
        "jumlah_jadwal_bermasalah": mutu.loc[mutu["tingkat"] == "galat", "kode_kegiatan"].nunique(),
        "jumlah_mulai_tw4": mutu.loc[mutu["masalah"] == "Pelaksanaan mulai TW IV", "kode_kegiatan"].nunique(),
        "jumlah_pd": len(opd),
        "jumlah_pd_ditandai": int(opd["ditandai"].sum()),
    }
    for k in (
        "porsi_kas_tw4", "porsi_kas_desember", "porsi_pelaksanaan_tw4", "porsi_pelaksanaan_desember",
        "porsi_merata_tw4", "porsi_merata_desember", "indeks_penumpukan", "indeks_ambang",
    ):  # fmt: skip
        baris[k] = pemda[k].iloc[0] if len(pemda) else np.nan
    baris["ambang_persen"] = _atur(frames)["ambang_penumpukan_tw4"]
    return pd.DataFrame([baris])


# --------------------------------------------------------------------------- commitments per date


def _keadaan_tonggak(tg: pd.DataFrame, hari_ini: dt.date) -> pd.Series:
    awal = pd.to_datetime(tg["bulan_rencana"] + "-01")
    selesai = pd.to_datetime(tg["tanggal_selesai"])
    hari = pd.Timestamp(hari_ini)
    bulan_ini = hari.to_period("M").to_timestamp()
    return pd.Series(
        np.select(
            [selesai <= hari, awal < bulan_ini, awal == bulan_ini],
            [np.where(selesai < awal + pd.DateOffset(months=1), "selesai", "selesai_terlambat"), "lewat_waktu", "jatuh_tempo"],
            default="akan_datang",
        ),
        index=tg.index,
    )


def _status_unggulan(frames: Frames, pd_pemda: pd.DataFrame, hari_ini: dt.date) -> pd.DataFrame:
    """Each program unggulan of the pemda: reported status and the status by its milestones on that date."""
    pu = frames["program_unggulan"]
    pu = pu[pu["kode_pd"].isin(pd_pemda["kode_pd"])]
    tg = frames["tonggak"]
    tg = tg[tg["kode_unggulan"].isin(pu["kode_unggulan"])]
    tg = tg.assign(keadaan=_keadaan_tonggak(tg, hari_ini))
    tg = tg.assign(
        selesai=tg["keadaan"].isin(["selesai", "selesai_terlambat"]),
        selesai_terlambat=tg["keadaan"] == "selesai_terlambat",
        lewat=tg["keadaan"] == "lewat_waktu",
        jatuh_tempo=tg["keadaan"] == "jatuh_tempo",
    )
    g = tg.groupby("kode_unggulan")
    per = pd.DataFrame(
        {
            "jumlah_tonggak": g.size(),
            "jumlah_selesai": g["selesai"].sum(),
            "jumlah_selesai_terlambat": g["selesai_terlambat"].sum(),
            "jumlah_lewat_waktu": g["lewat"].sum(),
            "jumlah_jatuh_tempo": g["jatuh_tempo"].sum(),
        }
    )
    u = pu.merge(pd_pemda[["kode_pd", "kode_pemda", "nama_pd", "singkatan"]], on="kode_pd", how="left")
    u = u.merge(per, left_on="kode_unggulan", right_index=True, how="left")
    for k in per.columns:
        u[k] = u[k].fillna(0).astype(int)
    u["status_tonggak"] = np.select(
        [
            u["jumlah_tonggak"] == 0,
            u["jumlah_lewat_waktu"] > 0,
            u["jumlah_jatuh_tempo"] > 0,
            u["jumlah_selesai"] == u["jumlah_tonggak"],
            u["jumlah_selesai"] == 0,
        ],
        [None, "terlambat", "berisiko", "selesai", "belum_mulai"],
        default="sesuai_jadwal",
    )
    status = u["status"].str.strip()
    u["status_dilaporkan"] = status.where(status != "")
    u["status_papan"] = u["status_dilaporkan"].fillna(u["status_tonggak"])
    return u


def _tindak_lanjut(frames: Frames, hari_ini: dt.date) -> pd.DataFrame:
    """Every follow-up decided by that date, with its state on that date (tindak_lanjut_per)."""
    atur = _atur(frames)
    hari = pd.Timestamp(hari_ini)
    tl = frames["tindak_lanjut"]
    tl = tl[tl["tanggal_rapat"].isna() | (tl["tanggal_rapat"] <= hari)]
    status = tl["status"].fillna("belum")
    pada = status.where(~((status == "selesai") & (tl["tanggal_selesai"] > hari)), "proses")
    keadaan = np.select(
        [
            pada.isin(["selesai", "batal"]),
            tl["batas_waktu"] < hari,
            tl["batas_waktu"] <= hari + pd.Timedelta(days=int(atur["tindak_lanjut_hari_jatuh_tempo"])),
        ],
        [pada, "lewat_batas", "segera_jatuh_tempo"],
        default=pada,
    )
    skala = frames["skala_status_tindak_lanjut"].set_index("keadaan")
    pdm = frames["perangkat_daerah"].set_index("kode_pd")
    t = tl.assign(
        keadaan=keadaan,
        status=status,
        status_per_tanggal=pada,
        kode_pemda=tl["kode_pd"].map(pdm["kode_pemda"]),
        nama_pd=tl["kode_pd"].map(pdm["nama_pd"]),
        tahun_rapat=tl["tanggal_rapat"].fillna(tl["batas_waktu"]).dt.year,
    )
    t["label_keadaan"] = t["keadaan"].map(skala["label"])
    t["urutan_keadaan"] = t["keadaan"].map(skala["urutan"])
    t["warna_keadaan"] = t["keadaan"].map(skala["warna"])
    t["terbuka"] = t["keadaan"].map(skala["terbuka"]).astype("boolean")
    t["lewat_batas"] = t["keadaan"] == "lewat_batas"
    t["hari_lewat_batas"] = (hari - t["batas_waktu"]).dt.days.where(t["lewat_batas"])
    t["selesai_tepat_waktu"] = (t["tanggal_selesai"] <= t["batas_waktu"]).where(
        (t["keadaan"] == "selesai") & t["batas_waktu"].notna() & t["tanggal_selesai"].notna()
    )
    return t


def _tindak_lanjut_ringkasan(tl: pd.DataFrame, frames: Frames, kode_pemda: str, tahun: int, hari_ini: dt.date):
    t = tl[
        (tl["kode_pemda"] == kode_pemda)
        & ((tl["tahun_rapat"] == tahun) | tl["tahun_rapat"].isna() | (tl["terbuka"].fillna(False) & (tl["tahun_rapat"] < tahun)))
    ]
    selesai = int((t["keadaan"] == "selesai").sum())
    berlaku = int((t["keadaan"] != "batal").sum())
    return pd.DataFrame(
        [
            {
                "jumlah": len(t),
                "jumlah_terbuka": int(t["terbuka"].fillna(False).sum()),
                "jumlah_lewat_batas": int(t["lewat_batas"].sum()),
                "jumlah_segera_jatuh_tempo": int((t["keadaan"] == "segera_jatuh_tempo").sum()),
                "jumlah_selesai": selesai,
                "jumlah_selesai_tepat_waktu": int((t["selesai_tepat_waktu"] == True).sum()),  # noqa: E712
                "jumlah_batal": int((t["keadaan"] == "batal").sum()),
                "jumlah_berlaku": berlaku,
                "persen_selesai": _persen_dari(selesai, berlaku),
                "hari_lewat_batas_terlama": t["hari_lewat_batas"].max(),
                "hari_jatuh_tempo": _atur(frames)["tindak_lanjut_hari_jatuh_tempo"],
                "per_tanggal": pd.Timestamp(hari_ini),
            }
        ]
    )


def _batas_pk(frames: Frames, tahun: int) -> pd.Timestamp:
    bulan = int(_atur(frames)["pk_batas_bulan"])
    return pd.Timestamp(tahun, bulan, 1) + pd.offsets.MonthEnd(0)


def _pk_status(frames: Frames, pd_sebagian: pd.DataFrame, tahun: int, hari_ini: dt.date) -> pd.DataFrame:
    """Perjanjian Kinerja of each OPD for the year on that date (pk_status_per)."""
    hari = pd.Timestamp(hari_ini)
    batas = _batas_pk(frames, tahun)
    tp = pd.to_datetime(pd_sebagian["tanggal_pk"])
    keadaan = np.select(
        [
            (tp.dt.year == tahun) & (tp <= hari),
            tp.dt.year > tahun,
            tp.isna() & (tahun < hari.year),
            hari > batas,
        ],
        [np.where(tp <= batas, "tepat_waktu", "terlambat"), "tidak_tercatat", "tidak_tercatat", "belum_lewat_batas"],
        default="belum",
    )
    skala = frames["skala_status_komitmen"]
    skala = skala[skala["jenis"] == "pk"].set_index("status")
    p = pd_sebagian.assign(tahun=tahun, keadaan=keadaan, tanggal_pk_tercatat=tp, batas_tanda_tangan=batas)
    ditandatangani = p["keadaan"].isin(["tepat_waktu", "terlambat"])
    p["tanggal_pk"] = tp.where(ditandatangani)
    p["label_keadaan"] = p["keadaan"].map(skala["label"])
    p["urutan_keadaan"] = p["keadaan"].map(skala["urutan"])
    p["warna_keadaan"] = p["keadaan"].map(skala["warna"])
    p["ditandatangani"] = pd.array(
        np.where(ditandatangani, True, np.where(p["keadaan"].isin(["belum", "belum_lewat_batas"]), False, None)),
        dtype="boolean",
    )
    p["lewat_batas"] = p["keadaan"] == "belum_lewat_batas"
    p["hari_lewat_batas"] = np.select(
        [p["keadaan"] == "terlambat", p["lewat_batas"]], [(tp - batas).dt.days, (hari - batas).days], default=np.nan
    )
    p["kepala_plt"] = p["nama_kepala"].str.lower().str.startswith("plt").fillna(False).astype(bool)
    nama = frames["pemda"].set_index("kode_pemda")["nama_pemda"]
    p["nama_pemda"] = p["kode_pemda"].map(nama)
    return p


def _pk_iku(frames: Frames, lingkup: Lingkup, tahun: int) -> pd.DataFrame:
    """IKU each OPD holds, those with a target that year and those with all four quarterly targets."""
    iku = lingkup.iku[["kode_indikator", "kode_pd"]]
    tgt = lingkup.target[lingkup.target["tahun"] == tahun]
    tw = tgt[tgt["periode"].isin(TW)].groupby("kode_indikator")["periode"].nunique()
    iku = iku.assign(
        bertarget=iku["kode_indikator"].isin(tgt["kode_indikator"]),
        target_triwulan=iku["kode_indikator"].map(tw) == 4,
    )
    g = iku.groupby("kode_pd")
    return pd.DataFrame(
        {"jumlah_iku": g.size(), "jumlah_iku_bertarget": g["bertarget"].sum(), "jumlah_iku_target_triwulan": g["target_triwulan"].sum()}
    )


def _pk_pd_daftar(frames: Frames, lingkup: Lingkup, tahun: int, hari_ini: dt.date) -> pd.DataFrame:
    if tahun not in lingkup.tahun_data:
        return _pk_status(frames, lingkup.pd.iloc[:0], tahun, hari_ini)
    p = _pk_status(frames, lingkup.pd, tahun, hari_ini)
    iku = _pk_iku(frames, lingkup, tahun)
    for k in iku.columns:
        p[k] = p["kode_pd"].map(iku[k]).fillna(0).astype(int)
    p["persen_iku_target_triwulan"] = _persen_bagian(p["jumlah_iku_target_triwulan"], p["jumlah_iku"])
    return _urut(
        p,
        [("urutan_keadaan", True, "last"), ("hari_lewat_batas", False, "last"), ("tanggal_pk", False, "last"),
         ("kode_pd", True, "last")],
    ).reset_index(drop=True)  # fmt: skip


def _pk_ringkas(frames: Frames, tahun: int, hari_ini: dt.date, tahun_data: list[int]) -> pd.DataFrame:
    """Perjanjian Kinerja per pemda (every pemda of the nation, as the page's table)."""
    pdm = frames["perangkat_daerah"]
    p = _pk_status(frames, pdm if tahun in tahun_data else pdm.iloc[:0], tahun, hari_ini)
    p = p.assign(
        tanda=p["ditandatangani"].fillna(False).astype(bool),
        belum=(p["ditandatangani"] == False).fillna(False).astype(bool),  # noqa: E712
        tercatat=p["ditandatangani"].notna(),
        tepat=p["keadaan"] == "tepat_waktu",
        terlambat=p["keadaan"] == "terlambat",
        tidak=p["keadaan"] == "tidak_tercatat",
    )
    g = p.groupby("kode_pemda")
    per = pd.DataFrame(
        {
            "jumlah_opd": g.size(),
            "jumlah_ditandatangani": g["tanda"].sum(),
            "jumlah_tepat_waktu": g["tepat"].sum(),
            "jumlah_terlambat": g["terlambat"].sum(),
            "jumlah_belum": g["belum"].sum(),
            "jumlah_lewat_batas": g["lewat_batas"].sum(),
            "jumlah_tidak_tercatat": g["tidak"].sum(),
            "jumlah_tercatat": g["tercatat"].sum(),
            "batas_tanda_tangan": g["batas_tanda_tangan"].min(),
        }
    )
    pemda = frames["pemda"][["kode_pemda", "nama_pemda", "tingkat"]]
    hasil = pemda.merge(per, left_on="kode_pemda", right_index=True, how="left")
    for k in per.columns[:-1]:
        hasil[k] = hasil[k].fillna(0).astype(int)
    hasil["persen_ditandatangani"] = _persen_bagian(hasil["jumlah_ditandatangani"], hasil["jumlah_tercatat"])
    hasil = hasil.assign(_u=hasil["tingkat"] != "provinsi").sort_values(["_u", "kode_pemda"]).drop(columns="_u")
    return hasil.reset_index(drop=True)
