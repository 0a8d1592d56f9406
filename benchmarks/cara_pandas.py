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

Contract v2 (every row belongs to one pemda): codes (SKPD kode_pd, program/kegiatan/sub kegiatan codes, IKU codes,
kode_janji, kode_unggulan, ...) are shared by many pemda, so each row's pemda is its own kode_pemda, the pemda's rows
are selected by that column, and every merge, groupby, lookup and `isin` on a code keys on kode_pemda too (`K_PD`,
`K_IND`, `K_KEG`, `_ada_di`, `_peta`). A pemda's data years are its own (target, realisasi or kegiatan rows of that
pemda): capaian quarters, Perjanjian Kinerja and IKU support exist only for them. Janji kampanye and program
unggulan show only in the years of their term (tahun_mulai..tahun_selesai, empty = every year).

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
  at the quarter's end or the last reported month against the cash plan and the `target_serapan` band interpolated
  to that month, program unggulan as the worse of the dated report and the milestones per date, tindak lanjut per date,
  schedule quality and year-end pile-up, janji kampanye status, Perjanjian Kinerja per date), the exceptions list, the
  predikat counts and the OPD ranking.
- Keterlacakan: paths to IKU through program/kegiatan/sub kegiatan codes, inherited prioritas, pagu shares per IKU,
  IKU without kegiatan, prioritas per OPD, misi/sasaran chain (kode_induk), and the performance tree with the latest
  capaian up to the quarter.
- Kabupaten/Kota: groups of the same indicator (kode_referensi or normalised name) in the province family, the tiles,
  the ranking and trend of the first group, and the crosscutting IKU (OPD contributors and child kab/kota).
- Distribusi Jadwal: phases per OPD × month, the year-end pile-up index (cash plan, kegiatan-months and pagu spread
  over the execution months; ties to the later month), schedule quality (incomplete, wrong order, invalid months,
  start in TW IV), absorption per OPD and pemda per month (monthly or cumulative realisasi input, last physical
  progress weighted by pagu, status against the `target_serapan` band interpolated between quarter ends).
- Perjanjian Kinerja: signing state per OPD and year from that year's `perjanjian_kinerja` row on the date (deadline
  from `pk_batas_bulan`, late; no row: not signed; a row without a date: not recorded, neither signed nor not; Plt.
  heads), IKU held and targeted per OPD, counts per pemda (the whole nation) and per state.
- SAKIP: predikat by `skala_sakip`, component weights, target predikat, change on last year, the pemda's latest
  evaluation, OPD list and counts, the family's trend.
- Program Unggulan: the programs whose term covers the year; each milestone's state on the date (done on time or
  late, overdue, due this month, upcoming; a completion after the date has not happened yet), the status by the
  milestones, the reported status from its tanggal_status on (undated: always), the board's status as the worse of
  the two and a differing report, the next milestone; the money of the linked sub kegiatan (a listed program or
  kegiatan covers every sub kegiatan below it, counted once) up to the reference month (the quarter's end, not past
  the pemda's last reported month); the IKU's latest capaian up to the quarter (every jenis); the counts per board
  status and by the milestones ("Belum dinilai" only when it occurs); the gantt rows in the board's order.
- Janji Kampanye: the promises in their term and the pemda's budget years; the sub kegiatan under each tag (program,
  kegiatan or sub kegiatan), their cash plan, realisasi and physical progress up to the reference month, the status
  (belum ada kegiatan, tercapai by `fisik_janji_tercapai`, tertunda by `ambang_janji_tertunda`, berjalan), OPD list,
  tags and incomplete tags (no form of support or no output, blank text counts as none); the indicators served (the
  nearest level naming them) with their latest capaian, the average capped at `batas_capaian_rata_rata` and its
  predikat; per tag its sub kegiatan, money, lowest physical progress, lag and the names of the IKU served.
- Tindak Lanjut: each follow-up's state on the date (a completion after the date is still in progress; overdue; due
  within `tindak_lanjut_hari_jatuh_tempo` days), those decided in the year and those still open from earlier years,
  days overdue and days left, the names of the linked IKU, program unggulan and kegiatan (the latest year's name);
  per meeting its decisions' fate and the last meeting before the date, whose list the page reviews; the form's
  choices (meetings newest first) and the next code (TL-<tahun>-<n>, at least two digits).
- Laporan Triwulan: the quarter's deadline (set, or the quarter's end plus `batas_lapor_hari`), past it, locked
  unless reopened; the IKU capaian with every value entered (a pemda reporting through the app counts its unverified
  values: `realisasi_semua`); per OPD the IKU that must report, submitted, verified, returned, draft and not filled,
  days late, state and the operators' e-mails; per IKU last quarter's value, the workflow state and note, the
  versions (the realisasi and status_lapor rows' batch) and who changed it when (`impor_batch`); the chosen OPD's sub
  kegiatan × the quarter's months as stored (monthly or cumulative input).

Every page function also computes what the shared frame asks (pemda list, years with data, last reported quarter).
`periksa` compares every column of every query the page runs in its default view (the query sets recorded by
skala.py), row by row; lists sorted on a computed float are matched by key with the order checked on the sort values.
Besides the national dataset it agrees on the demo province (`python -m pantau demo`: sasaran chains, TAHUNAN and
range targets, rumus T/R, program unggulan, tindak lanjut, janji, the quarter reported through the app, SAKIP,
crosscutting IKU) for every pemda there. A query the page runs twice with different choices is listed as
"query#choice" (`KUERI_HALAMAN`).

Covered differently or not at all (none of it occurs in the national benchmark dataset, pantau/nasional.py):
- Kabupaten/Kota forms the groups from the family's indicators only: a family indicator without a code whose name
  matches a coded indicator elsewhere in the nation stays in its name group (the SQL looks nationally), the group
  name is taken within the family, and `peringkat_capaian`, `peringkat_realisasi` and `jumlah_pemda_lapor` rank the
  family (the SQL view ranks every pemda of the nation that has the indicator, so its ranks are national). `periksa`
  leaves those three columns out on that page (the order of the ranking is still checked).
- pd_penumpukan's month with the largest cash plan ignores months with kegiatan but no cash plan rows (the SQL's
  arg_max over (NULL, month) may pick them).
- Page filters other than the default view (jenis, OPD, sasaran, status, one OPD; the Tindak Lanjut list's keadaan,
  OPD and meeting, a meeting reviewed other than the last one) are not implemented; nor are the queries run only on
  a click (E.81 download, the meeting pack, drill-down choices other than the default). Laporan Triwulan takes an
  administrator's view (the first OPD of the list); an operator sees their own OPD.
- Tindak Lanjut's form choices: two meetings whose latest date is the same are in no defined order in the query;
  pandas keeps them by name. With no named meeting the page reviews none, and `periksa` compares the whole list again.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pantau import db as pdb  # noqa: E402
from pantau.contract import TABEL  # noqa: E402

# Small configuration tables the SQL reads besides the contract tables (settings, scales, labels), and the import log
# (Laporan Triwulan shows who last changed a value, and when: the row's batch).
TABEL_KONFIGURASI = [
    "pengaturan",
    "skala_predikat",
    "target_serapan",
    "skala_status_program",
    "skala_status_komitmen",
    "skala_status_tindak_lanjut",
    "skala_sakip",
    "impor_batch",
]

JENIS_IKU = ["IKU_PEMDA", "IKU_PD"]
TW = ["TW1", "TW2", "TW3", "TW4"]
Frames = dict[str, pd.DataFrame]


def muat(con: duckdb.DuckDBPyConnection) -> Frames:
    """The base tables and the configuration tables, whole, as DataFrames (loaded once, like st.cache_data). The
    realisasi the pages compute from is the governor's (`realisasi_pimpinan`); every value entered, verified or not, is
    kept as `realisasi_semua` (Laporan Triwulan)."""
    frames = {t: con.execute(f"select * from {t}").df() for t in [*TABEL, *TABEL_KONFIGURASI]}
    frames["realisasi_semua"] = frames["realisasi"]  # every value entered: the Laporan Triwulan page's
    frames["realisasi"] = realisasi_pimpinan(frames)
    return frames


def realisasi_pimpinan(frames: Frames) -> pd.DataFrame:
    """Issue 19: the governor's figures count an IKU value of the reporting workflow (its status_lapor is draf,
    diajukan or dikembalikan) only once verified; values without a state count."""
    k = [P, "kode_indikator", "tahun", "periode"]
    s = frames["status_lapor"]
    s = s[s["status"].isin(["draf", "diajukan", "dikembalikan"])]
    s = s.merge(frames["indikator"][frames["indikator"]["jenis"].isin(JENIS_IKU)][[P, "kode_indikator"]])
    r = frames["realisasi"]
    if s.empty:
        return r
    return r[~pd.MultiIndex.from_frame(r[k]).isin(pd.MultiIndex.from_frame(s[k]))].reset_index(drop=True)


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
    return np.where(kosong, np.nan, np.where(di_dalam, 100.0, _hitung_capaian(rumus, _pembanding(tmin, tmax, r), r)))


def _dibatasi(c: pd.Series, batas: float) -> pd.Series:
    """Capaian for averages: clipped to 0..batas_capaian_rata_rata; empty stays empty."""
    return c.clip(lower=0, upper=batas)


def _persen_bagian(bagian: pd.Series, keseluruhan: pd.Series) -> pd.Series:
    # numeric even when empty: concatenated empty frames come back with text columns
    bagian, keseluruhan = pd.to_numeric(bagian), pd.to_numeric(keseluruhan)
    return (bagian.fillna(0) / keseluruhan * 100).where(keseluruhan > 0)


def _persen_dari(bagian: pd.Series | float, keseluruhan: pd.Series | float) -> pd.Series | float:
    if np.isscalar(keseluruhan):
        return np.nan if not keseluruhan or pd.isna(keseluruhan) else bagian / keseluruhan * 100
    return bagian / keseluruhan.where(keseluruhan != 0) * 100


def _rumus(ind: pd.DataFrame) -> pd.Series:
    rumus = ind["rumus"].where(ind["rumus"].notna() & (ind["rumus"] != ""))
    return rumus.fillna(pd.Series(np.where(ind["polaritas"] == "negatif", "(2T-R)/T", "R/T"), index=ind.index))


# --------------------------------------------------------------------------- the pemda's rows
# Contract v2: codes (kode_pd, kode_indikator, kode_kegiatan, ...) are shared by many pemda, so every row's pemda is
# its own kode_pemda, and every merge, groupby and lookup on a code also keys on kode_pemda.

P = "kode_pemda"
K_PD = [P, "kode_pd"]
K_IND = [P, "kode_indikator"]
K_KEG = [P, "kode_kegiatan"]


def _daftar_pemda(kode_pemda: str | list[str]) -> list[str]:
    return [kode_pemda] if isinstance(kode_pemda, str) else list(kode_pemda)


def _milik(frames: Frames, tabel: str, kode_pemda: str | list[str]) -> pd.DataFrame:
    """The rows of a table that belong to these pemda (by the row's own kode_pemda)."""
    t = frames[tabel]
    return t[t[P].isin(_daftar_pemda(kode_pemda))]


def _ada_di(df: pd.DataFrame, ref: pd.DataFrame, kunci: list[str], ref_kunci: list[str] | None = None) -> np.ndarray:
    """Rows of df whose key (the pemda and the code together) appears in ref."""
    if df.empty or ref.empty:
        return np.zeros(len(df), dtype=bool)
    acuan = pd.MultiIndex.from_frame(ref[ref_kunci or kunci].set_axis(kunci, axis=1).drop_duplicates())
    return pd.MultiIndex.from_frame(df[kunci]).isin(acuan)


def _peta(df: pd.DataFrame, kunci: list[str], nilai: pd.Series) -> np.ndarray:
    """Look up `nilai` (indexed by the key) for each row of df: a map on the pemda and the code together."""
    if df.empty:
        return np.array([], dtype=object)
    if nilai.empty:
        return np.full(len(df), np.nan)
    idx = pd.MultiIndex.from_frame(df[kunci]) if len(kunci) > 1 else pd.Index(df[kunci[0]])
    return nilai.reindex(idx).to_numpy()


def _nama_pd(df: pd.DataFrame, frames: Frames, kolom_pd: str = "kode_pd") -> tuple[np.ndarray, np.ndarray]:
    """nama_pd and singkatan of each row's OPD in the row's own pemda."""
    pdm = frames["perangkat_daerah"].set_index(K_PD)
    kunci = df[[P, kolom_pd]].set_axis(K_PD, axis=1)
    return _peta(kunci, K_PD, pdm["nama_pd"]), _peta(kunci, K_PD, pdm["singkatan"])


def _dalam_masa(tahun: int, mulai: pd.Series, selesai: pd.Series) -> pd.Series:
    """The year lies within the term tahun_mulai..tahun_selesai; an empty end does not limit (macro dalam_masa)."""
    mulai, selesai = pd.to_numeric(mulai), pd.to_numeric(selesai)
    return (mulai.isna() | (mulai <= tahun)) & (selesai.isna() | (selesai >= tahun))


def _tahun_pemda(frames: Frames, kode_pemda: str | list[str] | None = None) -> pd.DataFrame:
    """Each pemda's own data years (target, realisasi or kegiatan rows of that pemda): kode_pemda × tahun."""
    bagian = []
    for t in ("target", "realisasi", "kegiatan"):
        f = frames[t] if kode_pemda is None else _milik(frames, t, kode_pemda)
        bagian.append(f[[P, "tahun"]].drop_duplicates())
    return pd.concat(bagian, ignore_index=True).drop_duplicates(ignore_index=True)


def _tahun_anggaran(frames: Frames, kode_pemda: str) -> set[int]:
    """The pemda's budget years (its kegiatan rows)."""
    return {int(t) for t in pd.unique(_milik(frames, "kegiatan", kode_pemda)["tahun"])}


def _pd_pemda(frames: Frames, kode_pemda: str | list[str]) -> pd.DataFrame:
    return _milik(frames, "perangkat_daerah", kode_pemda)


def _indikator(frames: Frames, kode_pemda: str | list[str], pd_pemda: pd.DataFrame, hanya_iku: bool = True):
    ind = _milik(frames, "indikator", kode_pemda)
    if hanya_iku:
        ind = ind[ind["jenis"].isin(JENIS_IKU)]
    sasaran = frames["sasaran"][[P, "kode_sasaran", "uraian"]].rename(columns={"uraian": "uraian_sasaran"})
    return (
        ind.merge(pd_pemda[[*K_PD, "nama_pd", "singkatan"]], on=K_PD, how="left")
        .merge(sasaran, on=[P, "kode_sasaran"], how="left")
        .assign(rumus=_rumus)
    )


def capaian_triwulan(
    frames: Frames,
    ind: pd.DataFrame,
    tahun: list[int],
    *,
    tgt: pd.DataFrame,
    real: pd.DataFrame,
    tahun_data: pd.DataFrame | None = None,
    tren: bool = True,
) -> pd.DataFrame:
    """The pages' capaian frame for these indicators: every indicator × year × TW1–TW4 of a year in which the
    indicator has a target or a realisation (contract v2), reported or not, with the columns of the views capaian_sd /
    capaian_indikator (reported rows) and capaian_triwulan. `tahun`: the years shown; the year before the first is
    computed too (comparisons with last year), then dropped. `tgt`/`real`: target and realisasi rows (already narrowed
    to the pemda's indicators; narrowed here to `ind`, on the pemda and the code). `tahun_data` is not needed any
    more (the indicator's own years frame the rows) and kept for the callers' signature."""
    atur = _atur(frames)
    tahun_hitung = list(range(min(tahun) - 1, max(tahun) + 1))  # consecutive: shift() finds last quarter and year
    tgt = tgt[_ada_di(tgt, ind, K_IND)]
    real = real[_ada_di(real, ind, K_IND)]
    # the indicator's own years: a target or a realisation that year
    tahun_ind = pd.concat([tgt[[*K_IND, "tahun"]], real[[*K_IND, "tahun"]]]).drop_duplicates()

    tgt = tgt[tgt["tahun"].isin(tahun_hitung)]
    real = real[real["tahun"].isin(tahun_hitung)]
    t_tw = tgt[tgt["periode"].isin(TW)].assign(triwulan=lambda d: d["periode"].str[-1].astype(int), ada_tw=True)
    t_th = tgt[tgt["periode"] == "TAHUNAN"][[*K_IND, "tahun", "target", "target_min", "target_max"]]
    t_th = t_th.rename(
        columns={"target": "th_target", "target_min": "th_target_min", "target_max": "th_target_max"}
    ).assign(ada_th=True)
    r_tw = real[real["periode"].isin(TW)].assign(triwulan=lambda d: d["periode"].str[-1].astype(int))

    kolom_ind = [
        "kode_indikator", "kode_pemda", "kode_pd", "nama_pd", "singkatan", "nama_indikator", "satuan", "jenis",
        "polaritas", "agregasi", "rumus", "kode_sasaran", "uraian_sasaran", "definisi", "target_akhir_periode",
        "frekuensi",
    ]  # fmt: skip
    kerangka = ind[kolom_ind].merge(
        pd.MultiIndex.from_product([tahun_hitung, [1, 2, 3, 4]], names=["tahun", "triwulan"]).to_frame(index=False),
        how="cross",
    )
    k = [*K_IND, "tahun", "triwulan"]
    df = (
        kerangka.merge(t_tw[[*k, "target", "target_min", "target_max", "ada_tw"]], on=k, how="left")
        .merge(
            r_tw[[*k, "realisasi", "faktor_pendorong", "faktor_penghambat", "tindak_lanjut", "sumber_data"]],
            on=k,
            how="left",
        )
        .merge(t_th, on=[*K_IND, "tahun"], how="left")
        .sort_values(k, ignore_index=True)
    )
    df["ada_tw"] = df["ada_tw"].fillna(False).astype(bool)
    df["sudah_lapor"] = df["realisasi"].notna()
    g = df.groupby([*K_IND, "tahun"], sort=False)
    ky = [df[P], df["kode_indikator"], df["tahun"]]
    ki = [df[P], df["kode_indikator"]]

    def kumulatif(s: pd.Series) -> tuple[pd.Series, pd.Series]:
        """Running sum (empty while nothing so far) and running count over TW1..n of a year."""
        n = s.notna().groupby(ky).cumsum()
        return s.fillna(0).groupby(ky).cumsum().where(n > 0), n

    r = df["realisasi"]
    r_jumlah, r_n = kumulatif(r)
    t_jumlah, _ = kumulatif(df["target"])
    lapor = r.notna()

    def rerata(s: pd.Series) -> pd.Series:
        jumlah, banyak = kumulatif(s)
        return jumlah / banyak

    t_rerata = rerata(df["target"].where(lapor))
    tmin_rerata = rerata(df["target_min"].where(lapor))
    tmax_rerata = rerata(df["target_max"].where(lapor))

    # the year's TW targets as a whole (target tahunan derived from them)
    jumlah_tw = g["ada_tw"].transform("sum")
    tw_t_jumlah = g["target"].transform("sum", min_count=1)
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
    # nilai_akhir: the last reported level up to n (an unreported quarter keeps it)
    r_akhir = r.groupby(ky).ffill()
    realisasi_sd = np.select([kum, akhir], [r_jumlah, r_akhir], default=r_jumlah / r_n).astype(float)
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
            np.isnan(realisasi_sd),
            (pembanding == 0) & (realisasi_sd != 0),
            (rumus == "T/R") & (realisasi_sd == 0),
        ],
        [
            None,
            "Tidak ada target untuk tahun ini",
            "Belum ada realisasi tahun ini s.d. triwulan ini",
            "Target nol dan realisasi bukan nol: capaian tidak dapat dihitung",
            "Realisasi nol pada rumus T/R: capaian tidak dapat dihitung",
        ],
        default=None,
    )
    # contract v2: every quarter has its year-to-date figures, reported or not (NULL while nothing reported)
    df["target_triwulan"] = df["target"]
    df["target_min_triwulan"] = df["target_min"]
    df["target_max_triwulan"] = df["target_max"]
    df["realisasi_triwulan"] = df["realisasi"]
    df["target_sd"] = np.where(~rentang, target_sd_titik, np.nan)
    df["target_min_sd"] = np.where(rentang, np.fmin(target_min_sd_raw, target_max_sd_raw), np.nan)
    df["target_max_sd"] = np.where(rentang, np.fmax(target_min_sd_raw, target_max_sd_raw), np.nan)
    df["realisasi_sd"] = realisasi_sd
    df["capaian_persen"] = capaian
    df["progres_tahunan_persen"] = progres_tahunan
    df["keterangan"] = keterangan
    df = pd.concat([df, _predikat(df["capaian_persen"], frames["skala_predikat"])], axis=1)
    df["capaian_perlu_diperiksa"] = (df["capaian_persen"] > atur["ambang_capaian_tinggi"]).fillna(False)

    # target tahunan: derived from the TW targets from the moment they exist, before any report
    df["target_tahunan"] = np.where(rentang_th, np.nan, target_tahunan_titik)
    df["target_min_tahunan"] = target_min_tahunan
    df["target_max_tahunan"] = target_max_tahunan

    # must report (frekuensi): triwulanan (default) every quarter of a year with a target; tahunan only at TW4
    ada_target_tahun = (ada_target_tw | ada_th.groupby(ky).transform("any")).to_numpy()
    df["ada_target"] = ada_target_tahun
    df["diukur_tahunan"] = df["frekuensi"].fillna("triwulanan").str.lower() == "tahunan"
    df["wajib_lapor"] = ada_target_tahun & (~df["diukur_tahunan"] | (n == 4))
    df["belum_lapor"] = df["wajib_lapor"] & ~df["sudah_lapor"]
    df["capaian_rata_rata"] = (
        _dibatasi(df["capaian_persen"], atur["batas_capaian_rata_rata"]).fillna(0).where(df["wajib_lapor"])
    )
    df["triwulan_lapor_terakhir"] = n.where(lapor).groupby(ky).ffill().astype("Int64")

    # least-squares slope of the quarterly realisasi over TW1..n (two points or more)
    x = n.where(lapor).astype(float)
    sx, jml = kumulatif(x)
    sy, _ = kumulatif(r)
    sxx, _ = kumulatif(x * x)
    sxy, _ = kumulatif(x * r)
    with np.errstate(divide="ignore", invalid="ignore"):
        kemiringan = ((jml * sxy - sx * sy) / (jml * sxx - sx * sx)).where(jml >= 2)
    # projection: on plan with TW targets (an IKU on its plan projects 100 %), linear without
    rencana = ada_target_tw.to_numpy()
    df["dasar_proyeksi"] = np.where(rencana, "rencana", "linear")
    rsd = df["realisasi_sd"]
    laju = np.select([kum, akhir], [rsd / n, kemiringan.fillna(0)], default=0.0)
    df["laju_triwulan"] = pd.Series(laju, index=df.index).where(~rencana & rsd.notna())
    linear = np.select([kum, akhir], [rsd * 4.0 / n, rsd + kemiringan.fillna(0) * (4 - n)], default=rsd)
    tt, tmn, tmx = (df[c].to_numpy(dtype=float) for c in ("target_tahunan", "target_min_tahunan", "target_max_tahunan"))
    tsd, tmn_sd = df["target_sd"].to_numpy(dtype=float), df["target_min_sd"].to_numpy(dtype=float)
    tmx_sd, c_sd = df["target_max_sd"].to_numpy(dtype=float), df["capaian_persen"].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        kum_rencana = np.where(tsd == 0, rsd + tt, rsd * tt / tsd)
        dibawa = np.select(
            [rumus == "T/R", rumus == "(2T-R)/T"],
            [np.where(c_sd > 0, tt * 100.0 / c_sd, np.nan), tt * (2 - c_sd / 100.0)],
            default=tt * c_sd / 100.0,
        )
    rentang_rencana = ~np.isnan(tmn) & ~np.isnan(tmx) & ~np.isnan(tmn_sd)
    menurut_rencana = np.select(
        [kum.to_numpy(), rentang_rencana],
        [kum_rencana, rsd + (tmn + tmx) / 2.0 - (tmn_sd + tmx_sd) / 2.0],
        default=dibawa,
    )
    df["proyeksi_akhir_tahun"] = np.where(rsd.isna(), np.nan, np.where(rencana, menurut_rencana, linear))
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
    gk = df.groupby(K_IND, sort=False)
    df["capaian_tw_lalu"] = gk["capaian_persen"].shift(1)
    df["capaian_tahun_lalu"] = gk["capaian_persen"].shift(4)
    df["selisih_tw_lalu"] = df["capaian_persen"] - df["capaian_tw_lalu"]
    df["selisih_tahun_lalu"] = df["capaian_persen"] - df["capaian_tahun_lalu"]
    akhir_tahun = df["realisasi_sd"].where(n == 4).groupby(ky).transform("max")  # the year to date at TW4
    df["realisasi_tahun_lalu"] = akhir_tahun.groupby(ki).shift(4)

    # the trend: capaian TW1..n of the year (a list per row, as the page's line chart wants)
    if tren:
        lebar = df["capaian_persen"].to_numpy().reshape(-1, 4)
        daftar = [[None if np.isnan(v) else float(v) for v in baris] for baris in lebar]
        df["tren_capaian"] = [daftar[i // 4][: i % 4 + 1] for i in range(len(df))]

    df["ambang_peringatan_capaian"] = atur["ambang_peringatan_capaian"]
    df["ambang_proyeksi_tahunan"] = atur["ambang_proyeksi_tahunan"]
    # low = not above the threshold (≤): exactly 75 is Sedang; only reported quarters warn on capaian and projection
    df["capaian_rendah"] = df["sudah_lapor"] & (
        np.round(df["capaian_persen"], 9) <= atur["ambang_peringatan_capaian"]
    ).fillna(False)
    df["proyeksi_kurang"] = df["sudah_lapor"] & (
        np.round(df["progres_proyeksi_persen"], 9) < atur["ambang_proyeksi_tahunan"]
    ).fillna(False)
    df["tanpa_capaian"] = df["sudah_lapor"] & df["capaian_persen"].isna()
    flags = ["belum_lapor", "capaian_rendah", "proyeksi_kurang", "tanpa_capaian", "capaian_perlu_diperiksa"]
    df["peringatan"] = df[flags].any(axis=1)
    alasan = {
        "belum_lapor": "belum lapor",
        "capaian_rendah": "capaian tidak melebihi ambang",
        "proyeksi_kurang": "proyeksi akhir tahun di bawah target",
        "tanpa_capaian": "capaian tidak dapat dihitung",
        "capaian_perlu_diperiksa": "capaian sangat tinggi: periksa data",
    }
    teks = pd.Series("", index=df.index)
    for f, a in alasan.items():
        teks = teks.where(~df[f], teks.where(teks == "", teks + "; ") + a)
    df["alasan_peringatan"] = teks.where(teks != "")
    df["status"] = np.select(
        [
            df["belum_lapor"],
            df["predikat"].notna(),
            df["sudah_lapor"],
            df["diukur_tahunan"] & df["ada_target"],
            ~df["ada_target"],
        ],
        ["Belum lapor", df["predikat"], "Tanpa capaian", "Diukur tahunan", "Tanpa target"],
        default="Tanpa capaian",
    )
    df["periode"] = "TW" + n.astype(str)
    tampil = df["tahun"].isin(tahun).to_numpy() & _ada_di(df, tahun_ind, [*K_IND, "tahun"])
    return df[tampil].reset_index(drop=True)


def _capaian_indikator(ct: pd.DataFrame) -> pd.DataFrame:
    """The rows of capaian_indikator: reported quarters only."""
    return ct[ct["sudah_lapor"]]


def _rata(c: pd.Series, batas: float) -> float:
    return _dibatasi(c, batas).mean()


def _anggaran_opd_bulanan(ao: pd.DataFrame) -> pd.DataFrame:
    """anggaran_opd as the view anggaran_opd_bulanan: a month's "belanja" row (5, their sum) is dropped when the OPD
    reports groups 5.1–5.4 that month; realisasi monthly and cumulative whichever form was imported; pagu = the
    group's last reported pagu."""
    kolom = ["pagu", "rencana_kas", "realisasi", "realisasi_kumulatif", "serapan_opd_kumulatif"]
    ao = ao.astype({k: "float64" for k in kolom}).astype({"bulan": "int64"})
    kunci = [*K_PD, "tahun"]
    rincian = (ao["kelompok"] != "belanja").groupby([ao[k] for k in [*kunci, "bulan"]]).transform("any")
    b = ao[(ao["kelompok"] != "belanja") | ~rincian].sort_values([*kunci, "kelompok", "bulan"])
    g = b.groupby([*kunci, "kelompok"], sort=False)
    kumulatif = b["realisasi_kumulatif"].notna().groupby([b[k] for k in [*kunci, "kelompok"]]).transform("any")
    ber_pagu = b[b["pagu"].notna()]
    pagu = ber_pagu.loc[ber_pagu.groupby([*kunci, "kelompok"])["bulan"].idxmax(), [*kunci, "kelompok", "pagu"]]
    sebelum = g["realisasi_kumulatif"].transform(lambda x: x.ffill().shift(1)).fillna(0)
    hasil = b.drop(columns=["pagu"]).assign(
        realisasi=np.where(kumulatif, b["realisasi_kumulatif"] - sebelum, b["realisasi"]),
        realisasi_kumulatif=np.where(
            ~kumulatif & b["realisasi"].notna(), g["realisasi"].cumsum(), b["realisasi_kumulatif"]
        ),
    )
    return hasil.merge(pagu, on=[*kunci, "kelompok"], how="left")


class Uang:
    """The pemda's kegiatan rows of one year, and the schedule, cash plan and realisasi rows of those kegiatan: each
    selected from the whole table the first time a page needs it."""

    def __init__(self, frames: Frames, kode_pemda: str | list[str], tahun: int) -> None:
        self._frames = frames
        self.tahun = tahun
        self._pemda = _daftar_pemda(kode_pemda)
        keg = frames["kegiatan"]
        self.kegiatan = keg[(keg["tahun"] == tahun) & keg[P].isin(self._pemda)]

    def _pilih(self, tabel: str) -> pd.DataFrame:
        t = self._frames[tabel]
        t = t[(t["tahun"] == self.tahun) & t[P].isin(self._pemda)]
        return t[_ada_di(t, self.kegiatan, K_KEG)]

    @cached_property
    def jadwal(self) -> pd.DataFrame:
        return self._pilih("jadwal")

    @cached_property
    def rencana_kas(self) -> pd.DataFrame:
        return self._pilih("rencana_kas")

    @cached_property
    def realisasi_anggaran(self) -> pd.DataFrame:
        return self._pilih("realisasi_anggaran")

    @cached_property
    def anggaran_opd(self) -> pd.DataFrame:
        """The pemda's OPD-level budget rows of the year, as the view anggaran_opd_bulanan."""
        ao = self._frames.get("anggaran_opd")
        if ao is None:
            ao = pd.DataFrame(columns=[P, "tahun", "kode_pd", "kelompok", "bulan", "pagu", "rencana_kas",
                                       "realisasi", "realisasi_kumulatif", "serapan_opd_kumulatif"])  # fmt: skip
        return _anggaran_opd_bulanan(ao[(ao["tahun"] == self.tahun) & ao[P].isin(self._pemda)])


class Lingkup:
    """The rows of one pemda the pages start from: its OPD, indicators (every jenis), targets and realisasi."""

    def __init__(self, frames: Frames, kode_pemda: str | list[str]) -> None:
        self._frames = frames
        self.kode_pemda = _daftar_pemda(kode_pemda)
        self.pd = _pd_pemda(frames, kode_pemda)
        self.indikator = _indikator(frames, kode_pemda, self.pd, hanya_iku=False)
        real = _milik(frames, "realisasi", kode_pemda)
        self.realisasi = real[_ada_di(real, self.indikator, K_IND)]
        self.tahun_data = _tahun_data(frames)  # the year filter's options (every pemda)
        self.tahun_pemda = _tahun_pemda(frames, kode_pemda)  # each pemda's own data years
        self._uang: dict[int, Uang] = {}

    @cached_property
    def target(self) -> pd.DataFrame:
        """Targets of the pemda's indicators (selected when a page first needs them)."""
        tgt = _milik(self._frames, "target", self.kode_pemda)
        return tgt[_ada_di(tgt, self.indikator, K_IND)]

    def punya_tahun(self, tahun: int, kode_pemda: str | None = None) -> bool:
        """The year is one of the pemda's own data years."""
        t = self.tahun_pemda
        return bool(((t["tahun"] == tahun) & (t[P] == (kode_pemda or self.kode_pemda[0]))).any())

    def uang(self, tahun: int) -> Uang:
        """The pemda's kegiatan of the year and the rows under them (selected once per page)."""
        if tahun not in self._uang:
            self._uang[tahun] = Uang(self._frames, self.kode_pemda, tahun)
        return self._uang[tahun]

    @property
    def iku(self) -> pd.DataFrame:
        return self.indikator[self.indikator["jenis"].isin(JENIS_IKU)]

    def capaian(
        self, frames: Frames, tahun: list[int], hanya_iku: bool = True, ind: pd.DataFrame | None = None
    ) -> pd.DataFrame:
        """capaian_triwulan of the pemda's IKU (or every indicator, or `ind`); the trend lists only for IKU pages.

        With frames from `pra_hitung`, the pemda's rows are sliced from the nation's capaian computed at load."""
        tren = hanya_iku and ind is None
        pra: PraCapaian | None = frames.get(PRA_IKU if hanya_iku else PRA_SEMUA) if ind is None else None  # type: ignore[assignment]
        if pra is not None:
            return pra.pilih(self.pd["kode_pemda"].unique(), [t for t in tahun if t in self.tahun_data])
        if ind is None:
            ind = self.iku if hanya_iku else self.indikator
        return capaian_triwulan(
            frames, ind, tahun, tgt=self.target, real=self.realisasi, tahun_data=self.tahun_pemda, tren=tren
        )


# --------------------------------------------------------------------------- the pandas way, precomputed at load

PRA_IKU, PRA_SEMUA = "_pra_capaian_iku", "_pra_capaian_semua"


class PraCapaian:
    """The nation's capaian frame computed once, rows sorted by pemda: a page takes its pemda's rows by slicing."""

    def __init__(self, ct: pd.DataFrame) -> None:
        self.ct = ct.sort_values("kode_pemda", kind="stable").reset_index(drop=True)
        kode = self.ct["kode_pemda"].to_numpy()
        awal = np.flatnonzero(np.r_[True, kode[1:] != kode[:-1]]) if len(kode) else np.array([], dtype=int)
        akhir = np.r_[awal[1:], len(kode)]
        self.rentang = {kode[a]: (int(a), int(b)) for a, b in zip(awal, akhir, strict=True)}

    def pilih(self, kode_pemda: object, tahun: list[int]) -> pd.DataFrame:
        bagian = [self.ct.iloc[a:b] for k in kode_pemda if (r := self.rentang.get(k)) for a, b in [r]]  # type: ignore[attr-defined]
        df = pd.concat(bagian) if len(bagian) > 1 else (bagian[0] if bagian else self.ct.iloc[:0])
        return df[df["tahun"].isin(tahun)].reset_index(drop=True)


def pra_hitung(frames: Frames) -> Frames:
    """Frames for "pandas pra-hitung", the fair rival of the stored views: the load-time work done once.

    As the SQL side stores capaian_indikator / capaian_triwulan at import, this computes the capaian of every
    indicator of the nation once after loading (IKU with the trend lists, and every indicator), sorted by pemda; the
    page functions then only slice their pemda's rows (`Lingkup.capaian`) and do the page's own light steps.
    """
    semua = list(pd.unique(frames["perangkat_daerah"]["kode_pemda"]))
    lingkup = Lingkup(frames, semua)
    tahun = lingkup.tahun_data
    hasil: dict[str, object] = dict(frames)
    hasil[PRA_IKU] = PraCapaian(lingkup.capaian(frames, tahun))
    hasil[PRA_SEMUA] = PraCapaian(lingkup.capaian(frames, tahun, hanya_iku=False))
    return hasil  # type: ignore[return-value]


def _tahun_data(frames: Frames) -> list[int]:
    """Years with targets, realisasi or kegiatan (the year filter's options)."""
    return sorted(
        int(t)
        for t in set(pd.unique(frames["target"]["tahun"]))
        | set(pd.unique(frames["realisasi"]["tahun"]))
        | set(pd.unique(frames["kegiatan"]["tahun"]))
    )


def _bingkai(frames: Frames, lingkup: Lingkup, kode_pemda: str = "") -> dict[str, pd.DataFrame]:
    """What the shared frame of every page asks: the pemda list, the years, each year's last reported quarter (of
    `kode_pemda` when the scope holds several pemda)."""
    p = frames["pemda"]
    pemda = p.assign(_urut=p["tingkat"] != "provinsi").sort_values(["_urut", "kode_pemda"])
    real = lingkup.realisasi
    if kode_pemda:
        real = real[real[P] == kode_pemda]
    tw = real.loc[real["periode"].isin(TW), ["tahun", "periode"]]
    terakhir = (
        tw.assign(triwulan=tw["periode"].str[-1].astype(int))
        .groupby("tahun", as_index=False)["triwulan"]
        .max()
        .sort_values("tahun", ascending=False)
    )
    return {
        "pemda_daftar": pemda[["kode_pemda", "nama_pemda", "tingkat", "kode_induk"]].reset_index(drop=True),
        "tahun_daftar": pd.DataFrame({"tahun": lingkup.tahun_data}),
        "periode_terakhir": terakhir.reset_index(drop=True),
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


def _cakupan(lapor: pd.Series, wajib: pd.Series, triwulan: pd.Series | int) -> pd.Series:
    """teks_cakupan: "3 dari 4 IKU melapor TW III"."""
    tw = pd.Series(triwulan, index=lapor.index) if isinstance(triwulan, int) else triwulan
    return (
        lapor.astype(int).astype(str)
        + " dari "
        + wajib.astype(int).astype(str)
        + " IKU melapor TW "
        + tw.map(lambda t: ROMAWI[int(t) - 1])
    )


def _per_triwulan(ct: pd.DataFrame) -> pd.DataFrame:
    """The IKU summary of every year × quarter (iku_triwulan_ringkasan's per_triwulan): the average over every IKU
    that must report (capaian_rata_rata), with the coverage."""
    w = ct["wajib_lapor"]
    c = ct.assign(
        lapor=w & ct["sudah_lapor"],
        capaian=w & ct["capaian_persen"].notna(),
        baik=w & (ct["kategori_predikat"] == "baik"),
        perhatian=w & (ct["kategori_predikat"] == "perhatian"),
        diukur=ct["diukur_tahunan"] & ~w,
        peringatan_lapor=ct["peringatan"] & ~ct["belum_lapor"],
    )
    g = c.groupby(["tahun", "triwulan"])
    return pd.DataFrame(
        {
            "jumlah_iku": g.size(),
            "jumlah_wajib_lapor": g["wajib_lapor"].sum(),
            "jumlah_lapor": g["lapor"].sum(),
            "jumlah_belum_lapor": g["belum_lapor"].sum(),
            "jumlah_diukur_tahunan": g["diukur"].sum(),
            "jumlah_capaian": g["capaian"].sum(),
            "rata_rata_capaian": g["capaian_rata_rata"].mean(),
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
    per = _per_triwulan(ct)
    ini, lalu, th_lalu = (
        _baris(per, (tahun, triwulan)),
        _baris(per, _lalu(tahun, triwulan)),
        _baris(per, (tahun - 1, triwulan)),
    )
    baris = {k: int(0 if pd.isna(ini[k]) else ini[k]) for k in per.columns if k.startswith("jumlah")}
    baris["cakupan"] = _cakupan(
        pd.Series([baris["jumlah_lapor"]]), pd.Series([baris["jumlah_wajib_lapor"]]), triwulan
    ).iloc[0]
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


STATUS_LAIN = [
    (100, "Tanpa capaian", "#8c959f"),
    (101, "Belum lapor", "#d0d7de"),
    (102, "Diukur tahunan", "#eaeef2"),
    (103, "Tanpa target", "#eaeef2"),
]


def _status_jumlah(ct_tw: pd.DataFrame, skala: pd.DataFrame) -> pd.DataFrame:
    s = pd.concat(
        [skala[["urutan", "predikat", "warna"]], pd.DataFrame(STATUS_LAIN, columns=["urutan", "predikat", "warna"])]
    )
    jumlah = ct_tw["status"].value_counts()
    return s.assign(jumlah=s["predikat"].map(jumlah).fillna(0).astype(int)).sort_values("urutan").reset_index(drop=True)


def _peringkat(rata: pd.Series) -> pd.Series:
    """rank() over the averages, highest first, equal = equal rank; NULL without an average."""
    return np.round(rata, 9).rank(method="min", ascending=False).astype("Int64")


def _peringkat_pd(ct_tw: pd.DataFrame, frames: Frames, batas: float) -> pd.DataFrame:
    c = ct_tw.assign(
        lapor=ct_tw["wajib_lapor"] & ct_tw["sudah_lapor"],
        peringatan_lapor=ct_tw["peringatan"] & ~ct_tw["belum_lapor"],
    )
    per = (
        c.groupby(K_PD)
        .agg(
            nama_pd=("nama_pd", "first"),
            singkatan=("singkatan", "first"),
            jumlah_iku=("lapor", "sum"),
            jumlah_wajib_lapor=("wajib_lapor", "sum"),
            jumlah_belum_lapor=("belum_lapor", "sum"),
            jumlah_peringatan=("peringatan_lapor", "sum"),
            rata_rata_capaian=("capaian_rata_rata", "mean"),
            triwulan=("triwulan", "first"),
        )
        .reset_index()
    )
    per["cakupan"] = _cakupan(per["jumlah_iku"], per["jumlah_wajib_lapor"], per["triwulan"])
    per["peringkat"] = _peringkat(per["rata_rata_capaian"])
    per = per.drop(columns="triwulan")
    kelas = _kelas(per["rata_rata_capaian"], frames["skala_predikat"], ["predikat", "warna"], ["predikat", "warna"])
    per = pd.concat([per, kelas], axis=1)
    return _urut(
        per,
        [("rata_rata_capaian", False, "last"), ("nama_pd", True, "last"), (P, True, "last"), ("kode_pd", True, "last")],
    ).reset_index(drop=True)


def _tren_pd(ct: pd.DataFrame, frames: Frames, batas: float, tahun: int, triwulan: int) -> pd.DataFrame:
    c = ct[(ct["tahun"] == tahun) & (ct["triwulan"] <= triwulan)]
    c = c.assign(lapor=c["wajib_lapor"] & c["sudah_lapor"])
    per = (
        c.groupby([*K_PD, "triwulan"])
        .agg(
            nama_pd=("nama_pd", "first"),
            singkatan=("singkatan", "first"),
            jumlah_lapor=("lapor", "sum"),
            jumlah_wajib_lapor=("wajib_lapor", "sum"),
            rata_rata_capaian=("capaian_rata_rata", "mean"),
        )
        .reset_index()
    )
    per["cakupan"] = _cakupan(per["jumlah_lapor"], per["jumlah_wajib_lapor"], per["triwulan"])
    urutan = _urut(
        per[per["triwulan"] == triwulan],
        [("rata_rata_capaian", False, "last"), ("nama_pd", True, "last"), (P, True, "last"), ("kode_pd", True, "last")],
    )
    urutan = urutan.assign(urutan_pd=np.arange(1, len(urutan) + 1))[[*K_PD, "urutan_pd"]]
    per = per.merge(urutan, on=K_PD)
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
         (P, True, "last"), ("kode_indikator", True, "last")],
    ).drop(columns="_kelompok").reset_index(drop=True)  # fmt: skip


def _peringatan(ct_tw: pd.DataFrame) -> pd.DataFrame:
    p = ct_tw[ct_tw["peringatan"] & ~ct_tw["belum_lapor"]]
    return _urut(
        p,
        [("capaian_rendah", False, "last"), ("capaian_persen", True, "first"),
         ("progres_proyeksi_persen", True, "last"), (P, True, "last"), ("kode_indikator", True, "last")],
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
        c.groupby(K_PD)
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
    return per.sort_values(
        ["jumlah_belum_lapor", "nama_pd", P, "kode_pd"], ascending=[False, True, True, True]
    ).reset_index(drop=True)


# --------------------------------------------------------------------------- page: Capaian IKU


def capaian_iku(
    frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date
) -> dict[str, pd.DataFrame]:
    """Capaian IKU in its default view (every jenis, OPD and sasaran; no status filter)."""
    atur = _atur(frames)
    lingkup = Lingkup(frames, kode_pemda)
    hasil = _bingkai(frames, lingkup)
    ct = lingkup.capaian(frames, [tahun - 1, tahun])
    ini = ct[(ct["tahun"] == tahun) & (ct["triwulan"] == triwulan)]

    opd = ct.drop_duplicates(K_PD)[["kode_pd", "nama_pd"]].rename(columns={"kode_pd": "kode", "nama_pd": "label"})
    sas = ct[ct["kode_sasaran"].notna()].drop_duplicates([P, "kode_sasaran"])
    sas = pd.DataFrame({"kode": sas["kode_sasaran"], "label": sas["kode_sasaran"] + " " + sas["uraian_sasaran"]})
    skala = frames["skala_predikat"]
    status = pd.concat(
        [
            pd.DataFrame({"kode": skala["predikat"], "label": skala["predikat"], "urutan": skala["urutan"]}),
            pd.DataFrame([(s, s, u) for u, s, _w in STATUS_LAIN], columns=["kode", "label", "urutan"]),
        ]
    )
    hasil["iku_filter_pilihan"] = (
        pd.concat(
            [opd.assign(filter="opd", urutan=0), sas.assign(filter="sasaran", urutan=0), status.assign(filter="status")]
        )
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
    # the drill-down: by default the lowest IKU that has reported, a (pemda, IKU) pair
    lapor = daftar[daftar["sudah_lapor"]]
    pilih = (lapor if len(lapor) else daftar)[K_IND].iloc[0].tolist() if len(daftar) else ["", ""]
    rinci = ct[(ct[P] == pilih[0]) & (ct["kode_indikator"] == pilih[1])].sort_values([P, "tahun", "triwulan"])
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


# --------------------------------------------------------------------------- kegiatan, jadwal and money


def _sub_kegiatan(uang: Uang, pd_pemda: pd.DataFrame) -> pd.DataFrame:
    """The pemda's sub kegiatan (six-segment codes) of the year, with their OPD."""
    keg = uang.kegiatan
    sub = keg[keg["kode_kegiatan"].str.count(r"\.") == 5]
    return sub.merge(pd_pemda[[*K_PD, "nama_pd", "singkatan"]], on=K_PD)


def _jadwal_kegiatan(uang: Uang, sub: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Each sub kegiatan with the start and end month of its three phases; and its jadwal rows."""
    jad = uang.jadwal[_ada_di(uang.jadwal, sub, K_KEG)]
    lebar = jad.pivot(index=K_KEG, columns="tahap", values=["bulan_mulai", "bulan_selesai"])
    hasil = sub.copy()
    for tahap in ("persiapan", "pelaksanaan", "pelaporan"):
        for ujung, kolom in (("mulai", "bulan_mulai"), ("selesai", "bulan_selesai")):
            ada = (kolom, tahap) in lebar.columns
            hasil[f"{tahap}_{ujung}"] = _peta(hasil, K_KEG, lebar[(kolom, tahap)]) if ada else np.nan
    jumlah = jad[jad["tahap"].isin(["persiapan", "pelaksanaan", "pelaporan"])].groupby(K_KEG)["tahap"].nunique()
    hasil["jumlah_tahap"] = pd.Series(_peta(hasil, K_KEG, jumlah), index=hasil.index).fillna(0).astype(int)
    return hasil, jad


def _jadwal_bulan(jk: pd.DataFrame, jad: pd.DataFrame) -> pd.DataFrame:
    """One row per sub kegiatan × phase × month the phase covers (months clamped to 1..12)."""
    j = jad.merge(jk[[*K_KEG, "kode_pd", "pagu"]], on=K_KEG)
    j = j.assign(mulai=j["bulan_mulai"].clip(lower=1), selesai=j["bulan_selesai"].clip(upper=12))
    # the pagu spread evenly over the months of the phase (pagu-weighted pile-up)
    j = j.assign(pagu_bulan=j["pagu"].fillna(0) / (j["selesai"] - j["mulai"] + 1))
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
    bulan_tidak_sah = jk[_ada_di(jk, salah_bulan, K_KEG)]
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


def _penumpukan(frames: Frames, uang: Uang, jk: pd.DataFrame, jbulan: pd.DataFrame) -> pd.DataFrame:
    """Year-end pile-up per OPD and for the whole pemda (kode_pd empty), as the view pd_penumpukan."""
    atur = _atur(frames)
    tahun = uang.tahun
    kas = uang.rencana_kas[_ada_di(uang.rencana_kas, jk, K_KEG)]
    kas = kas.merge(jk[[*K_KEG, "kode_pd"]], on=K_KEG)
    laksana = jbulan[jbulan["tahap"] == "pelaksanaan"]
    # OPD-level rencana kas (anggaran_opd) for an OPD and month without sub kegiatan rencana kas: never both
    ao = uang.anggaran_opd
    ao = ao[ao["rencana_kas"].notna()].groupby([*K_PD, "bulan"], as_index=False)["rencana_kas"].sum()
    ao = ao[~_ada_di(ao, kas, [*K_PD, "bulan"])]
    sumber = pd.concat(
        [
            kas[["kode_pemda", "kode_pd", "bulan"]].assign(
                kas=kas["nilai"], kegiatan=0, pagu_bulan=0.0, asal="sub kegiatan"
            ),
            ao[[*K_PD, "bulan"]].assign(kas=ao["rencana_kas"], kegiatan=0, pagu_bulan=0.0, asal="tingkat OPD"),
            laksana[["kode_pemda", "kode_pd", "bulan", "pagu_bulan"]].assign(kas=np.nan, kegiatan=1, asal=None),
        ],
        ignore_index=True,
    )

    def per(kelompok: list[str]) -> pd.DataFrame:
        b = sumber.groupby([*kelompok, "bulan"]).agg(
            kas=("kas", "sum"), n_kas=("kas", "count"), kegiatan=("kegiatan", "sum"), pagu_bulan=("pagu_bulan", "sum")
        )
        b = b.reset_index()
        b["kas"] = b["kas"].where(b["n_kas"] > 0)
        b = b.assign(
            kas_tw4=b["kas"].where(b["bulan"] >= 10),
            kas_des=b["kas"].where(b["bulan"] == 12),
            keg_tw4=b["kegiatan"].where(b["bulan"] >= 10),
            keg_des=b["kegiatan"].where(b["bulan"] == 12),
            pagu_tw4=b["pagu_bulan"].where(b["bulan"] >= 10),
            pagu_des=b["pagu_bulan"].where(b["bulan"] == 12),
        )
        asal = sumber.groupby(kelompok)["asal"].agg(lambda x: set(x.dropna()))
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
                "pagu_pelaksanaan": g["pagu_bulan"].sum(min_count=1),
                "pagu_pelaksanaan_tw4": g["pagu_tw4"].sum(),
                "pagu_pelaksanaan_desember": g["pagu_des"].sum(),
                "asal": asal,
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
        porsi_pagu_tw4=_persen_bagian(hasil["pagu_pelaksanaan_tw4"], hasil["pagu_pelaksanaan"]),
        porsi_pagu_desember=_persen_bagian(hasil["pagu_pelaksanaan_desember"], hasil["pagu_pelaksanaan"]),
        porsi_merata_tw4=100.0 * 3 / 12,
        porsi_merata_desember=100.0 * 1 / 12,
        ambang_persen=ambang,
        sumber_rencana_kas=[
            None if not isinstance(a, set) or not a else next(iter(a)) if len(a) == 1 else "campuran"
            for a in hasil["asal"]
        ],
    ).drop(columns=["asal"])
    porsi = ["porsi_kas_tw4", "porsi_pelaksanaan_tw4", "porsi_pagu_tw4"]
    h["porsi_tw4_terbesar"] = h[porsi].max(axis=1)
    h["indeks_penumpukan"] = h["porsi_tw4_terbesar"] / h["porsi_merata_tw4"]
    h["indeks_ambang"] = ambang / h["porsi_merata_tw4"]
    h["ditandai"] = (h["porsi_tw4_terbesar"] > ambang).fillna(False)
    # the shares past the threshold, "a dan b" / "a, b dan c", in the order kas, count, pagu
    nama = ["rencana kas", "pelaksanaan", "pagu pelaksanaan"]
    lewat = [[n for n, k in zip(nama, porsi, strict=True) if r[k] > ambang] for _, r in h[porsi].iterrows()]
    h["penyebab"] = [None if not x else x[0] if len(x) == 1 else ", ".join(x[:-1]) + " dan " + x[-1] for x in lewat]
    h["nama_pd"], h["singkatan"] = _nama_pd(h, frames)
    return h


def _realisasi_bulanan(ra: pd.DataFrame) -> pd.DataFrame:
    """Monthly and cumulative realisasi together, whichever form was imported (realisasi_anggaran_bulanan)."""
    ra = ra.sort_values([P, "tahun", "kode_kegiatan", "bulan"])
    g = ra.groupby([P, "tahun", "kode_kegiatan"], sort=False)
    kumulatif = ra["realisasi_kumulatif"].notna().groupby([ra[P], ra["tahun"], ra["kode_kegiatan"]]).transform("any")
    sebelum = g["realisasi_kumulatif"].shift(1).fillna(0)
    return ra.assign(
        realisasi=np.where(kumulatif, ra["realisasi_kumulatif"] - sebelum, ra["realisasi"]),
        realisasi_kumulatif=np.where(kumulatif, ra["realisasi_kumulatif"], g["realisasi"].cumsum()),
    )


def _target_serapan_bulan(frames: Frames) -> pd.DataFrame:
    """The absorption band at the end of each month 1..12 (index): target_serapan at quarter ends, a straight line
    between them from 0 at the start of the year (as the view target_serapan_bulan)."""
    t = frames["target_serapan"]
    t = t[t["triwulan"].between(1, 4)]
    titik = pd.concat(
        [
            pd.DataFrame({"bulan": [0], "bawah": [0.0], "atas": [0.0]}),
            pd.DataFrame({"bulan": t["triwulan"] * 3, "bawah": t["batas_bawah"], "atas": t["batas_atas"]}),
        ],
        ignore_index=True,
    ).set_index("bulan")
    bulan = pd.Index(range(1, 13), name="bulan")
    hasil = pd.DataFrame(index=bulan)
    for ujung in ("bawah", "atas"):
        # np.interp needs the quarter ends in order; after the last one left there is no target
        x = titik.sort_index()
        hasil[f"target_{ujung}"] = np.where(bulan <= x.index.max(), np.interp(bulan, x.index, x[ujung]), np.nan)
    tw = t.set_index("triwulan")
    hasil["target_bawah_triwulan"] = ((bulan + 2) // 3).map(tw["batas_bawah"])
    hasil["target_atas_triwulan"] = ((bulan + 2) // 3).map(tw["batas_atas"])
    return hasil


def _jumlah(g: object, kolom: str) -> pd.Series:
    """SQL sum of a group's column: NULL when every value is NULL."""
    return g[kolom].sum(min_count=1)  # type: ignore[index]


def _opd_bulan(ao: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """OPD-level budget per OPD × month (the groups summed) and per OPD its pagu (the groups' last pagu, else their
    cash plan over the year), as serapan_anggaran's opd_bulan and opd_pagu."""
    g = ao.groupby([*K_PD, "bulan"])
    ob = pd.DataFrame(
        {
            "kas_opd": _jumlah(g, "rencana_kas"),
            "real_opd": _jumlah(g, "realisasi"),
            "lapor": g["realisasi"].count() > 0,
            "serapan_opd_kumulatif": _jumlah(g, "serapan_opd_kumulatif"),
        }
    ).reset_index()
    gk = ao.groupby([*K_PD, "kelompok"])
    kel = pd.DataFrame({"pagu": gk["pagu"].max(), "kas": _jumlah(gk, "rencana_kas")}).reset_index()
    gp = kel.groupby(K_PD)
    op = pd.DataFrame({"pagu": _jumlah(gp, "pagu"), "kas_tahun": _jumlah(gp, "kas")})
    return ob, op["pagu"].fillna(op["kas_tahun"]).rename("pagu_opd").reset_index()


def _serapan(frames: Frames, uang: Uang, jk: pd.DataFrame, per_pd: bool = True) -> pd.DataFrame:
    """Absorption per OPD × month 1..12 and for the pemda (kode_pd empty), as the view serapan_anggaran: for each
    OPD and month sub kegiatan data where the OPD has some that month, else its OPD-level budget (anggaran_opd)."""
    sub = jk[[P, "kode_pd", "kode_kegiatan"]].assign(pagu=jk["pagu"].fillna(0))
    tahun = uang.tahun
    ra = uang.realisasi_anggaran
    ra = _realisasi_bulanan(ra[_ada_di(ra, sub, K_KEG)]).assign(_ada_r=True)
    kas = uang.rencana_kas[_ada_di(uang.rencana_kas, sub, K_KEG)]
    ob, op = _opd_bulan(uang.anggaran_opd)
    # the last month reported by each pemda: realisasi of its own sub kegiatan, or OPD-level realisasi
    terakhir = pd.concat([ra.groupby(P)["bulan"].max(), ob[ob["lapor"]].groupby(P)["bulan"].max()])
    terakhir = terakhir.groupby(level=0).max()
    kb = [*K_KEG, "bulan"]
    sb = (
        sub.merge(pd.DataFrame({"bulan": range(1, 13)}), how="cross")
        .merge(kas[[*kb, "nilai"]], on=kb, how="left")
        .merge(ra[[*kb, "realisasi", "fisik_persen", "_ada_r"]], on=kb, how="left")
        .sort_values(kb)
    )
    sudah = sb["bulan"] <= sb[P].map(terakhir)
    sb["ada"] = sb["nilai"].notna() | sb["_ada_r"].notna()
    sb["rencana_kas"] = sb["nilai"].fillna(0)
    sb["realisasi"] = sb["realisasi"].fillna(0).where(sudah)
    sb["fisik_persen"] = sb.groupby(K_KEG)["fisik_persen"].ffill().fillna(0).where(sudah)
    sb["pagu_fisik"] = sb["pagu"] * sb["fisik_persen"]
    g = sb.groupby([*K_PD, "bulan"])
    sp = pd.DataFrame(
        {
            "ada_sub": g["ada"].any(),
            "pagu_sub": g["pagu"].sum(),
            "kas_sub": g["rencana_kas"].sum(),
            "real_sub": _jumlah(g, "realisasi"),
            "fisik_bobot": _jumlah(g, "pagu_fisik"),
        }
    ).reset_index()
    # every OPD with sub kegiatan or OPD-level rows, × month; one source per OPD and month, never both
    pt = pd.concat([sub[K_PD], ob[K_PD]]).drop_duplicates()
    pb = (
        pt.merge(pd.DataFrame({"bulan": range(1, 13)}), how="cross")
        .merge(sp, on=[*K_PD, "bulan"], how="left")
        .merge(ob.assign(ada_opd=True), on=[*K_PD, "bulan"], how="left")
        .merge(op, on=K_PD, how="left")
    )
    pb["ada_sub"] = pb["ada_sub"].eq(True)
    pb["ada_opd"] = pb["ada_opd"].eq(True)
    per_opd = pb.groupby(K_PD)
    sub_di_opd = per_opd["ada_sub"].transform("any")
    opd_di_opd = per_opd["ada_opd"].transform("any")
    dari_opd = ~pb["ada_sub"] & (pb["ada_opd"] | (~sub_di_opd & opd_di_opd))
    pb["sumber"] = np.where(dari_opd, "OPD", "sub kegiatan")
    # pagu: the sub kegiatan pagu when any month of the OPD has sub kegiatan data, else the OPD-level pagu
    pakai_sub = sub_di_opd | ~(pb["pagu_opd"].fillna(0) != 0)
    pb["pagu"] = np.where(pakai_sub, pb["pagu_sub"].fillna(0), pb["pagu_opd"])
    sudah = pb["bulan"] <= pb[P].map(terakhir)
    pb["rencana_kas"] = np.where(dari_opd, pb["kas_opd"].fillna(0), pb["kas_sub"].fillna(0))
    pb["realisasi"] = pd.Series(np.where(dari_opd, pb["real_opd"], pb["real_sub"]), index=pb.index).fillna(0)
    pb["realisasi"] = pb["realisasi"].where(sudah)
    pb["fisik_bobot"] = pb["fisik_bobot"].where(~dari_opd)
    pb["pagu_fisik"] = pb["pagu_sub"].fillna(0).where(~dari_opd)
    pb["serapan_opd_kumulatif"] = pb["serapan_opd_kumulatif"].where(dari_opd & sudah)
    pb["dari_opd"] = dari_opd

    def bulanan(kelompok: list[str]) -> pd.DataFrame:
        g = pb.groupby([*kelompok, "bulan"])
        b = pd.DataFrame(
            {
                "pagu": g["pagu"].sum(),
                "rencana_kas": g["rencana_kas"].sum(),
                "realisasi": _jumlah(g, "realisasi"),
                "fisik_bobot": _jumlah(g, "fisik_bobot"),
                "pagu_fisik": _jumlah(g, "pagu_fisik"),
                "n_opd": g["dari_opd"].sum(),
                "n": g["dari_opd"].size(),
                "serapan_opd_kumulatif": _jumlah(g, "serapan_opd_kumulatif"),
            }
        ).reset_index()
        b["fisik_persen"] = b["fisik_bobot"] / b["pagu_fisik"].where(b["pagu_fisik"] != 0)
        b["sumber_anggaran"] = np.select(
            [b["n_opd"] == 0, b["n_opd"] == b["n"]], ["sub kegiatan", "tingkat OPD"], default="campuran"
        )
        gk = b.groupby(kelompok)
        b["rencana_kas_kumulatif"] = gk["rencana_kas"].cumsum()
        b["realisasi_kumulatif"] = gk["realisasi"].cumsum().where(b["realisasi"].notna())
        return b.drop(columns=["fisik_bobot", "pagu_fisik", "n_opd", "n"])

    bagian = [bulanan(K_PD)] if per_pd else []
    s = pd.concat([*bagian, bulanan([P]).assign(kode_pd=None)], ignore_index=True)
    s["tahun"] = tahun
    s["triwulan"] = (s["bulan"] + 2) // 3
    s["bulan_terakhir_lapor"] = s[P].map(terakhir)
    ada = s["realisasi_kumulatif"].notna()
    s["persen_rencana_kas_kumulatif"] = _persen_bagian(s["rencana_kas_kumulatif"], s["pagu"])
    s["persen_serapan"] = _persen_bagian(s["realisasi_kumulatif"], s["pagu"]).where(ada)
    s["selisih_serapan_rencana_kas"] = s["persen_serapan"] - s["persen_rencana_kas_kumulatif"]
    s["persen_terhadap_rencana_kas"] = _persen_bagian(s["realisasi_kumulatif"], s["rencana_kas_kumulatif"]).where(ada)
    s["deviasi"] = s["realisasi"] - s["rencana_kas"]
    s["deviasi_kumulatif"] = s["realisasi_kumulatif"] - s["rencana_kas_kumulatif"]
    s["selisih_fisik_keuangan"] = s["fisik_persen"] - s["persen_serapan"]
    band = _target_serapan_bulan(frames)
    for k in ("target_bawah", "target_atas", "target_bawah_triwulan", "target_atas_triwulan"):
        s[k] = s["bulan"].map(band[k])
    s["selisih_target_bawah"] = (s["persen_serapan"] - s["target_bawah"]).where(ada & (s["pagu"] > 0))
    s["status_target"] = np.select(
        [
            ~ada | ~(s["pagu"] > 0),
            s["persen_serapan"] < s["target_bawah"],
            s["persen_serapan"] > s["target_atas"],
            s["target_bawah"].notna(),
        ],
        [None, "di bawah target", "di atas target", "sesuai target"],
        default=None,
    )
    # NULL without SERAPAN OPD figures (sub kegiatan data, or an LRA without that column), never 0 %
    s["persen_serapan_opd"] = _persen_bagian(s["serapan_opd_kumulatif"], s["pagu"]).where(
        s["serapan_opd_kumulatif"].notna()
    )
    s["nama_pd"], s["singkatan"] = _nama_pd(s, frames)
    return s


def _serapan_ringkas(s: pd.DataFrame, triwulan: int) -> pd.DataFrame:
    """ringkasan_serapan: the pemda's row at the end of the quarter (or the last reported month), and last quarter."""
    pemda = s[s["kode_pd"].isna()]  # one pemda's rows: last quarter is joined on kode_pemda
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
                "kode_pemda": i[P],
                "bulan": i["bulan"],
                "triwulan": i["triwulan"],
                "pagu": i["pagu"],
                "realisasi_kumulatif": i["realisasi_kumulatif"],
                "persen_serapan": i["persen_serapan"],
                "persen_rencana_kas_kumulatif": i["persen_rencana_kas_kumulatif"],
                "selisih_serapan_rencana_kas": i["selisih_serapan_rencana_kas"],
                "target_bawah": i["target_bawah"],
                "target_atas": i["target_atas"],
                "target_bawah_triwulan": i["target_bawah_triwulan"],
                "target_atas_triwulan": i["target_atas_triwulan"],
                "selisih_target_bawah": i["selisih_target_bawah"],
                "status_target": i["status_target"],
                "bulan_tw_lalu": l_["bulan"],
                "persen_serapan_tw_lalu": l_["persen_serapan"],
                "target_bawah_tw_lalu": l_["target_bawah"],
                "target_atas_tw_lalu": l_["target_atas"],
                "status_target_tw_lalu": l_["status_target"],
                "selisih_tw_lalu": i["persen_serapan"] - l_["persen_serapan"],
                "sumber_anggaran": i["sumber_anggaran"],
                "persen_serapan_opd": i["persen_serapan_opd"],
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
        # a sub kegiatan is (kode_pemda, kode_kegiatan): the same code in two pemda counts twice
        "jumlah_jadwal_bermasalah": len(mutu.loc[mutu["tingkat"] == "galat", K_KEG].drop_duplicates()),
        "jumlah_mulai_tw4": len(mutu.loc[mutu["masalah"] == "Pelaksanaan mulai TW IV", K_KEG].drop_duplicates()),
        "jumlah_pd": len(opd),
        "jumlah_pd_ditandai": int(opd["ditandai"].sum()),
    }
    for k in (
        "porsi_kas_tw4", "porsi_kas_desember", "porsi_pelaksanaan_tw4", "porsi_pelaksanaan_desember",
        "porsi_pagu_tw4", "porsi_pagu_desember", "porsi_merata_tw4", "porsi_merata_desember", "indeks_penumpukan",
        "indeks_ambang",
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
            [
                np.where(selesai < awal + pd.DateOffset(months=1), "selesai", "selesai_terlambat"),
                "lewat_waktu",
                "jatuh_tempo",
            ],
            default="akan_datang",
        ),
        index=tg.index,
    )


def _status_unggulan(frames: Frames, pd_pemda: pd.DataFrame, hari_ini: dt.date, tahun: int) -> pd.DataFrame:
    """Each program unggulan of the pemda whose term covers the year: reported status and the status by its
    milestones on that date."""
    kode = pd_pemda[P].unique().tolist()
    pu = _milik(frames, "program_unggulan", kode)
    pu = pu[_dalam_masa(tahun, pu["tahun_mulai"], pu["tahun_selesai"])]
    tg = _milik(frames, "tonggak", kode)
    tg = tg[_ada_di(tg, pu, [P, "kode_unggulan"])]
    tg = tg.assign(keadaan=_keadaan_tonggak(tg, hari_ini))
    tg = tg.assign(
        selesai=tg["keadaan"].isin(["selesai", "selesai_terlambat"]),
        selesai_terlambat=tg["keadaan"] == "selesai_terlambat",
        lewat=tg["keadaan"] == "lewat_waktu",
        jatuh_tempo=tg["keadaan"] == "jatuh_tempo",
    )
    g = tg.groupby([P, "kode_unggulan"])
    per = pd.DataFrame(
        {
            "jumlah_tonggak": g.size(),
            "jumlah_selesai": g["selesai"].sum(),
            "jumlah_selesai_terlambat": g["selesai_terlambat"].sum(),
            "jumlah_lewat_waktu": g["lewat"].sum(),
            "jumlah_jatuh_tempo": g["jatuh_tempo"].sum(),
        }
    )
    # the next milestone: the earliest one not done yet (by month, then name)
    buka = tg[~tg["selesai"]].sort_values(["bulan_rencana", "tonggak"]).drop_duplicates([P, "kode_unggulan"])
    berikut = buka.set_index([P, "kode_unggulan"])
    u = pu.merge(pd_pemda[[*K_PD, "nama_pd", "singkatan"]], on=K_PD, how="left")
    u = u.merge(per, left_on=[P, "kode_unggulan"], right_index=True, how="left")
    for k in per.columns:
        u[k] = u[k].fillna(0).astype(int)
    u["tonggak_berikutnya"] = _peta(u, [P, "kode_unggulan"], berikut["tonggak"])
    u["bulan_tonggak_berikutnya"] = _peta(u, [P, "kode_unggulan"], berikut["bulan_rencana"])
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
    u["status_isian"] = status.where(status != "")
    # the report counts from its date on; an undated report counts (reported at an unknown date)
    berlaku = u["tanggal_status"].isna() | (pd.to_datetime(u["tanggal_status"]) <= pd.Timestamp(hari_ini))
    u["status_dilaporkan"] = u["status_isian"].where(berlaku)
    # the board: the worse of the two (terlambat > berisiko > belum_mulai > sesuai_jadwal > selesai)
    urutan = ["terlambat", "berisiko", "belum_mulai", "sesuai_jadwal", "selesai"]

    def terburuk(a: object, b: object) -> object:
        a, b = (None if pd.isna(x) else x for x in (a, b))
        if a is None or b is None:
            return b if a is None else a
        return a if urutan.index(a) <= urutan.index(b) else b

    u["status_papan"] = pd.Series(
        [terburuk(a, b) for a, b in zip(u["status_dilaporkan"], u["status_tonggak"], strict=True)],
        index=u.index,
        dtype=object,
    )
    u["status_berbeda"] = (u["status_dilaporkan"].notna() & u["status_tonggak"].notna()) & (
        u["status_dilaporkan"] != u["status_tonggak"]
    )
    return u


def _tindak_lanjut(frames: Frames, hari_ini: dt.date, kode_pemda: str | None = None) -> pd.DataFrame:
    """Every follow-up decided by that date (of every pemda, or of `kode_pemda`), with its state on that date
    (tindak_lanjut_per)."""
    atur = _atur(frames)
    hari = pd.Timestamp(hari_ini)
    tl = frames["tindak_lanjut"] if kode_pemda is None else _milik(frames, "tindak_lanjut", kode_pemda)
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
    t = tl.assign(
        keadaan=keadaan,
        status=status,
        status_per_tanggal=pada,
        nama_pd=_nama_pd(tl, frames)[0],  # the OPD in the follow-up's own pemda (kode_pemda from its row)
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
        & (
            (tl["tahun_rapat"] == tahun)
            | tl["tahun_rapat"].isna()
            | (tl["terbuka"].fillna(False) & (tl["tahun_rapat"] < tahun))
        )
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
    """Perjanjian Kinerja of each OPD for the year on that date (pk_status_per): the OPD's perjanjian_kinerja row
    of that year (none: not signed; a row without a date: tidak tercatat)."""
    hari = pd.Timestamp(hari_ini)
    batas = _batas_pk(frames, tahun)
    pk = _milik(frames, "perjanjian_kinerja", pd_sebagian[P].unique().tolist())
    pk = pk.loc[pk["tahun"] == tahun, [*K_PD, "tanggal_tanda_tangan", "nama_penanda_tangan", "catatan"]]
    pk = pk.rename(columns={"catatan": "catatan_pk"}).assign(_ada_baris=True)
    pd_sebagian = pd_sebagian.merge(pk, on=K_PD, how="left")
    ada_baris = pd_sebagian["_ada_baris"].notna().to_numpy()
    tp = pd.to_datetime(pd_sebagian["tanggal_tanda_tangan"])
    keadaan = np.select(
        [tp <= hari, ada_baris & tp.isna(), hari > batas],
        [np.where(tp <= batas, "tepat_waktu", "terlambat"), "tidak_tercatat", "belum_lewat_batas"],
        default="belum",
    )
    skala = frames["skala_status_komitmen"]
    skala = skala[skala["jenis"] == "pk"].set_index("status")
    p = pd_sebagian.drop(columns=["_ada_baris", "tanggal_tanda_tangan"]).assign(
        tahun=tahun, keadaan=keadaan, tanggal_pk_tercatat=tp, batas_tanda_tangan=batas
    )
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
    iku = lingkup.iku[[*K_IND, "kode_pd"]]
    tgt = lingkup.target[lingkup.target["tahun"] == tahun]
    tw = tgt[tgt["periode"].isin(TW)].groupby(K_IND)["periode"].nunique()
    iku = iku.assign(
        bertarget=_ada_di(iku, tgt, K_IND),
        target_triwulan=_peta(iku, K_IND, tw) == 4,
    )
    g = iku.groupby(K_PD)
    return pd.DataFrame(
        {
            "jumlah_iku": g.size(),
            "jumlah_iku_bertarget": g["bertarget"].sum(),
            "jumlah_iku_target_triwulan": g["target_triwulan"].sum(),
        }
    )


def _pk_pd_daftar(frames: Frames, lingkup: Lingkup, tahun: int, hari_ini: dt.date) -> pd.DataFrame:
    if not lingkup.punya_tahun(tahun):  # PK rows only for the pemda's own data years
        return _pk_status(frames, lingkup.pd.iloc[:0], tahun, hari_ini)
    p = _pk_status(frames, lingkup.pd, tahun, hari_ini)
    iku = _pk_iku(frames, lingkup, tahun)
    for k in iku.columns:
        p[k] = pd.Series(_peta(p, K_PD, iku[k]), index=p.index).fillna(0).astype(int)
    p["persen_iku_target_triwulan"] = _persen_bagian(p["jumlah_iku_target_triwulan"], p["jumlah_iku"])
    p["jumlah_opd_keadaan"] = p.groupby("keadaan")["keadaan"].transform("size")
    return _urut(
        p,
        [("urutan_keadaan", True, "last"), ("hari_lewat_batas", False, "last"), ("tanggal_pk", False, "last"),
         ("kode_pd", True, "last")],
    ).reset_index(drop=True)  # fmt: skip


def _pk_ringkas(
    frames: Frames, tahun: int, hari_ini: dt.date, hanya_pemda: str = "", keluarga: str = ""
) -> pd.DataFrame:
    """Perjanjian Kinerja per pemda: every pemda of the nation, only `hanya_pemda`, or the province family of
    `keluarga` (the PK page's table: the province and its kabupaten/kota; '*' every pemda); the OPD of a pemda count
    only in the pemda's own data years."""
    pdm = frames["perangkat_daerah"]
    pemda = frames["pemda"][["kode_pemda", "nama_pemda", "tingkat"]]
    if hanya_pemda:
        pdm = pdm[pdm["kode_pemda"] == hanya_pemda]
        pemda = pemda[pemda["kode_pemda"] == hanya_pemda]
    if keluarga and keluarga != "*":
        semua = frames["pemda"]
        induk = set(semua.loc[semua["kode_pemda"] == keluarga, "kode_induk"].fillna(keluarga))
        anggota = semua.loc[semua["kode_pemda"].isin(induk) | semua["kode_induk"].isin(induk), "kode_pemda"]
        pdm = pdm[pdm["kode_pemda"].isin(anggota)]
        pemda = pemda[pemda["kode_pemda"].isin(anggota)]
    th = _tahun_pemda(frames, hanya_pemda or None)
    p = _pk_status(frames, pdm[pdm[P].isin(th.loc[th["tahun"] == tahun, P])], tahun, hari_ini)
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
    hasil = pemda.merge(per, left_on="kode_pemda", right_index=True, how="left")
    for k in per.columns[:-1]:
        hasil[k] = hasil[k].fillna(0).astype(int)
    hasil["persen_ditandatangani"] = _persen_bagian(hasil["jumlah_ditandatangani"], hasil["jumlah_tercatat"])
    hasil = hasil.assign(_u=hasil["tingkat"] != "provinsi").sort_values(["_u", "kode_pemda"]).drop(columns="_u")
    return hasil.reset_index(drop=True)


def _awalan(df: pd.DataFrame) -> pd.DataFrame:
    """Every prefix of each row's kode_kegiatan at a segment boundary, itself included: one row per (row, prefix),
    with the row's other columns (its pemda and year)."""
    bagian = df["kode_kegiatan"].str.split(".")
    awalan = bagian.map(lambda b: [".".join(b[:i]) for i in range(1, len(b) + 1)])
    return df.assign(awalan=awalan).explode("awalan")


def _bulan_acuan(uang: Uang, triwulan: int) -> int:
    """The money reference month of a quarter: its last month, not beyond the pemda's last reported month."""
    bulan = uang.realisasi_anggaran["bulan"]
    return int(min(3 * triwulan, bulan.max())) if len(bulan) else 3 * triwulan


def _kemajuan(uang: Uang, sub: pd.DataFrame, bulan: int) -> pd.DataFrame:
    """kemajuan_sub_kegiatan at month `bulan` of these sub kegiatan of uang's year (indexed by the pemda and the code):
    the cash plan and the realisasi up to the month (absent: none), the last physical progress reported by then."""
    kas = uang.rencana_kas
    kas = kas[(kas["bulan"] <= bulan) & _ada_di(kas, sub, K_KEG)]
    ra = uang.realisasi_anggaran
    ra = _realisasi_bulanan(ra[_ada_di(ra, sub, K_KEG)])
    ra = ra[ra["bulan"] <= bulan].sort_values("bulan")
    return pd.DataFrame(
        {
            "rencana_kas_sd": kas.groupby(K_KEG)["nilai"].sum(),
            "realisasi_sd": ra.groupby(K_KEG)["realisasi_kumulatif"].max(),
            "fisik_persen": ra.groupby(K_KEG)["fisik_persen"].last(),
        }
    )


def _janji_kegiatan(frames: Frames, lingkup: Lingkup, tahun: int, bulan: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The pemda's campaign promises (its own kode_pemda) whose term covers the year, and janji_kegiatan_bulan at the
    reference month: each promise × sub kegiatan tagged that year (a tag on a program or kegiatan covers every sub
    kegiatan below it), with its OPD, pagu, money up to the month, physical progress, tertinggal and selesai_fisik."""
    atur = _atur(frames)
    kode_pemda = lingkup.kode_pemda[0]
    janji = _milik(frames, "janji_kampanye", kode_pemda)
    janji = janji[_dalam_masa(tahun, janji["tahun_mulai"], janji["tahun_selesai"])]
    # the pemda's tags of that year on promises within their term, and the sub kegiatan under each tagged code
    tag = _milik(frames, "tag_janji", kode_pemda)
    tag = tag[(tag["tahun"] == tahun) & _ada_di(tag, janji, [P, "kode_janji"])]
    uang = lingkup.uang(tahun)
    keg = uang.kegiatan
    sub = keg.loc[keg["kode_kegiatan"].str.count(r"\.") == 5, [P, "tahun", "kode_kegiatan", "kode_pd", "pagu"]]
    tertaut = tag[[P, "tahun", "kode_janji", "kode_kegiatan"]].merge(
        _awalan(sub), left_on=[P, "tahun", "kode_kegiatan"], right_on=[P, "tahun", "awalan"], suffixes=("_tag", "")
    )
    t = tertaut[[P, "kode_janji", "tahun", "kode_kegiatan", "kode_pd", "pagu"]].drop_duplicates(
        [P, "kode_janji", "tahun", "kode_kegiatan"]
    )
    # progress of each tagged sub kegiatan up to the reference month
    t = t.merge(_kemajuan(uang, t, bulan), left_on=K_KEG, right_index=True, how="left")
    t["rencana_kas_sd"] = t["rencana_kas_sd"].fillna(0)
    t["realisasi_sd"] = t["realisasi_sd"].fillna(0)
    t["tertinggal"] = (t["rencana_kas_sd"] > 0) & (
        t["realisasi_sd"] < atur["ambang_janji_tertunda"] / 100 * t["rencana_kas_sd"]
    )
    t["selesai_fisik"] = (t["fisik_persen"] >= atur["fisik_janji_tercapai"]).fillna(False)
    return janji, t.reset_index(drop=True)


def _cakupan_janji(
    frames: Frames,
    lingkup: Lingkup,
    tahun: int,
    bulan: int,
    bagian: tuple[pd.DataFrame, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """Status of each campaign promise of the pemda (its own kode_pemda) whose term covers the year, in that year
    (one of the pemda's budget years) and reference month, with its tagged sub kegiatan counted and summed
    (cakupan_janji). `bagian`: the promises and their sub kegiatan (`_janji_kegiatan`) when already computed."""
    kolom = ["kode_janji", "uraian", "misi", "kode_pemda", "status"]
    janji, t = bagian or _janji_kegiatan(frames, lingkup, tahun, bulan)
    if janji.empty or tahun not in _tahun_anggaran(frames, lingkup.kode_pemda[0]):
        return pd.DataFrame(columns=kolom)
    g = t.groupby([P, "kode_janji"])
    per = pd.DataFrame(
        {
            "jumlah_kegiatan": g.size(),
            "jumlah_pd": g["kode_pd"].nunique(),
            "pagu": _jumlah(g, "pagu"),
            "rencana_kas_sd": g["rencana_kas_sd"].sum(),
            "realisasi_sd": g["realisasi_sd"].sum(),
            "jumlah_tertinggal": g["tertinggal"].sum(),
            "jumlah_selesai_fisik": g["selesai_fisik"].sum(),
        }
    )
    m = janji.merge(per, left_on=[P, "kode_janji"], right_index=True, how="left")
    n = m["jumlah_kegiatan"].fillna(0)
    m["status"] = np.select(
        [n == 0, m["jumlah_selesai_fisik"] == m["jumlah_kegiatan"], m["jumlah_tertinggal"] > 0],
        ["belum_ada_kegiatan", "tercapai", "tertunda"],
        default="berjalan",
    )
    m["serapan_persen"] = _persen_dari(m["realisasi_sd"], m["pagu"])
    for k in ("jumlah_kegiatan", "jumlah_pd", "jumlah_tertinggal", "jumlah_selesai_fisik"):
        m[k] = m[k].fillna(0).astype(int)
    for k in ("pagu", "rencana_kas_sd", "realisasi_sd"):
        m[k] = m[k].fillna(0)
    return m[[*kolom, *per.columns, "serapan_persen"]]


def _janji_status_jumlah(frames: Frames, cakupan: pd.DataFrame) -> pd.DataFrame:
    s = frames["skala_status_program"]
    s = s[s["jenis"] == "janji"].sort_values("urutan")
    jumlah = cakupan["status"].value_counts()
    return s.assign(jumlah=s["status"].map(jumlah).fillna(0).astype(int))[
        ["status", "label", "warna", "jumlah"]
    ].reset_index(drop=True)


# --------------------------------------------------------------------------- page: Ringkasan

KOLOM_PENGECUALIAN = [
    "urutan_jenis", "jenis", "label_jenis", "kode_pemda", "kode", "judul", "kode_pd", "nama_pd", "nilai", "satuan_nilai", "status",
    "warna", "penghambat", "tindak_lanjut_opd", "keputusan_rapat", "keadaan_keputusan", "batas_keputusan", "peringkat",
]  # fmt: skip


def _pengecualian(
    frames: Frames,
    ct_tw: pd.DataFrame,
    *,
    unggulan: pd.DataFrame,
    tl: pd.DataFrame,
    pk: pd.DataFrame,
    tumpuk: pd.DataFrame,
    cakupan: pd.DataFrame,
) -> pd.DataFrame:
    """The worst items first, of every kind (ringkasan_pengecualian with batas 0)."""

    def keputusan(kunci: str) -> pd.DataFrame:
        """The meeting decision shown beside an item: the most pressing open one, else the latest."""
        t = tl[tl[kunci].notna()]
        t = _urut(
            t.assign(_buka=t["terbuka"].fillna(False)),
            [("_buka", False, "last"), ("urutan_keadaan", True, "last"), ("batas_waktu", False, "last")],
        ).drop_duplicates([P, kunci])
        return t.set_index([P, kunci])[["uraian", "label_keadaan", "batas_waktu"]]

    def peringkat(df: pd.DataFrame, kunci: list[tuple[str, bool, str]]) -> pd.Series:
        urut = _urut(df, kunci)
        return pd.Series(np.arange(1, len(urut) + 1), index=urut.index)

    def peta(df: pd.DataFrame, kode: str, nilai: pd.Series) -> np.ndarray:
        """The decision of each item: looked up on its pemda and its code."""
        return _peta(df, [P, kode], nilai)

    bagian = []
    iku = ct_tw[(ct_tw["kategori_predikat"] == "perhatian") & (ct_tw["wajib_lapor"] | ct_tw["sudah_lapor"])]
    k = keputusan("kode_indikator")
    bagian.append(
        pd.DataFrame(
            {
                "urutan_jenis": 1, "jenis": "iku", "label_jenis": "IKU capaian rendah", "kode_pemda": iku[P],
                "kode": iku["kode_indikator"],
                "judul": iku["nama_indikator"], "kode_pd": iku["kode_pd"], "nama_pd": iku["nama_pd"],
                "nilai": iku["capaian_persen"], "satuan_nilai": "persen", "status": iku["predikat"],
                "warna": iku["warna_predikat"], "penghambat": iku["faktor_penghambat"],
                "tindak_lanjut_opd": iku["tindak_lanjut"],
                "keputusan_rapat": peta(iku, "kode_indikator", k["uraian"]),
                "keadaan_keputusan": peta(iku, "kode_indikator", k["label_keadaan"]),
                "batas_keputusan": peta(iku, "kode_indikator", k["batas_waktu"]),
                "peringkat": peringkat(
                    iku, [("capaian_persen", True, "last"), (P, True, "last"), ("kode_indikator", True, "last")]
                ),
            }
        )
    )  # fmt: skip
    skala = frames["skala_status_program"]
    skala = skala[skala["jenis"] == "unggulan"].set_index("status")
    u = unggulan[unggulan["status_papan"].isin(["terlambat", "berisiko"])]
    u = u.assign(_urutan=u["status_papan"].map(skala["urutan"]))
    k = keputusan("kode_unggulan")
    bagian.append(
        pd.DataFrame(
            {
                "urutan_jenis": 2, "jenis": "unggulan", "label_jenis": "Program unggulan terlambat atau berisiko",
                "kode_pemda": u[P], "kode": u["kode_unggulan"], "judul": u["nama"], "kode_pd": u["kode_pd"], "nama_pd": u["nama_pd"],
                "nilai": u["jumlah_lewat_waktu"], "satuan_nilai": "tonggak", "status": u["status_papan"].map(skala["label"]),
                "warna": u["status_papan"].map(skala["warna"]), "penghambat": u["catatan"], "tindak_lanjut_opd": None,
                "keputusan_rapat": peta(u, "kode_unggulan", k["uraian"]),
                "keadaan_keputusan": peta(u, "kode_unggulan", k["label_keadaan"]),
                "batas_keputusan": peta(u, "kode_unggulan", k["batas_waktu"]),
                "peringkat": peringkat(
                    u, [("_urutan", True, "last"), ("jumlah_lewat_waktu", False, "last"), (P, True, "last"),
                        ("kode_unggulan", True, "last")]
                ),
            }
        )
    )  # fmt: skip
    t = tl[tl["lewat_batas"]]
    bagian.append(
        pd.DataFrame(
            {
                "urutan_jenis": 3, "jenis": "tindak_lanjut", "label_jenis": "Tindak lanjut lewat batas waktu",
                "kode_pemda": t[P], "kode": t["kode_tindak_lanjut"], "judul": t["uraian"], "kode_pd": t["kode_pd"], "nama_pd": t["nama_pd"],
                "nilai": t["hari_lewat_batas"], "satuan_nilai": "hari", "status": t["label_keadaan"],
                "warna": t["warna_keadaan"], "penghambat": t["hasil"], "tindak_lanjut_opd": None,
                "keputusan_rapat": t["rapat"], "keadaan_keputusan": t["label_keadaan"], "batas_keputusan": t["batas_waktu"],
                "peringkat": peringkat(
                    t, [("hari_lewat_batas", False, "last"), (P, True, "last"), ("kode_tindak_lanjut", True, "last")]
                ),
            }
        )
    )  # fmt: skip
    p = pk[pk["ditandatangani"] == False]  # noqa: E712
    bagian.append(
        pd.DataFrame(
            {
                "urutan_jenis": 4, "jenis": "pk", "label_jenis": "Perjanjian Kinerja belum ditandatangani",
                "kode_pemda": p[P], "kode": p["kode_pd"], "judul": p["nama_pd"], "kode_pd": p["kode_pd"], "nama_pd": p["nama_pd"],
                "nilai": p["hari_lewat_batas"], "satuan_nilai": "hari", "status": p["label_keadaan"],
                "warna": p["warna_keadaan"],
                "penghambat": ("Kepala OPD masih pelaksana tugas (" + p["nama_kepala"] + ")").where(p["kepala_plt"]),
                "tindak_lanjut_opd": None, "keputusan_rapat": None, "keadaan_keputusan": None,
                "batas_keputusan": p["batas_tanda_tangan"],
                "peringkat": peringkat(
                    p, [("hari_lewat_batas", False, "last"), (P, True, "last"), ("kode_pd", True, "last")]
                ),
            }
        )
    )  # fmt: skip
    d = tumpuk[tumpuk["kode_pd"].notna() & tumpuk["ditandai"]]
    bagian.append(
        pd.DataFrame(
            {
                "urutan_jenis": 5, "jenis": "penumpukan", "label_jenis": "OPD menumpuk di akhir tahun",
                "kode_pemda": d[P], "kode": d["kode_pd"], "judul": d["nama_pd"], "kode_pd": d["kode_pd"], "nama_pd": d["nama_pd"],
                "nilai": d["porsi_tw4_terbesar"], "satuan_nilai": "persen_tw4", "status": "Menumpuk", "warna": None,
                "penghambat": "Porsi Oktober–Desember melewati ambang: " + d["penyebab"], "tindak_lanjut_opd": None,
                "keputusan_rapat": None, "keadaan_keputusan": None, "batas_keputusan": None,
                "peringkat": peringkat(
                    d, [("indeks_penumpukan", False, "last"), (P, True, "last"), ("kode_pd", True, "last")]
                ),
            }
        )
    )  # fmt: skip
    j = cakupan[cakupan["status"] == "belum_ada_kegiatan"]
    bagian.append(
        pd.DataFrame(
            {
                "urutan_jenis": 6, "jenis": "janji", "label_jenis": "Janji kampanye tanpa kegiatan",
                "kode_pemda": j[P], "kode": j["kode_janji"], "judul": j["uraian"], "kode_pd": None, "nama_pd": None, "nilai": None,
                "satuan_nilai": None, "status": "Belum ada kegiatan", "warna": None, "penghambat": None,
                "tindak_lanjut_opd": None, "keputusan_rapat": None, "keadaan_keputusan": None, "batas_keputusan": None,
                "peringkat": peringkat(j, [(P, True, "last"), ("kode_janji", True, "last")]),
            }
        )
    )  # fmt: skip
    isi = [b[KOLOM_PENGECUALIAN] for b in bagian if len(b)]
    semua = pd.concat(isi, ignore_index=True) if isi else pd.DataFrame(columns=KOLOM_PENGECUALIAN)
    semua["jumlah_jenis"] = semua.groupby("jenis")["jenis"].transform("size")
    return semua.sort_values(["urutan_jenis", "peringkat"]).reset_index(drop=True)


def _pemda_ringkasan(lingkup: Lingkup, ct: pd.DataFrame, atur: dict, tahun: int, triwulan: int) -> pd.DataFrame:
    """pemda_triwulan_ringkasan: the pemda's IKU that must report, the average over all of them and the coverage."""
    per = _per_triwulan(ct)
    ini, lalu, th_lalu = (
        _baris(per, (tahun, triwulan)),
        _baris(per, _lalu(tahun, triwulan)),
        _baris(per, (tahun - 1, triwulan)),
    )

    def jumlah(k: str) -> int:
        return 0 if pd.isna(ini[k]) else int(ini[k])

    wajib, lapor = jumlah("jumlah_wajib_lapor"), jumlah("jumlah_lapor")
    perlu_diperiksa = ct[(ct["tahun"] == tahun) & (ct["triwulan"] == triwulan)]
    perlu_diperiksa = int((perlu_diperiksa["wajib_lapor"] & perlu_diperiksa["capaian_perlu_diperiksa"]).sum())
    return pd.DataFrame(
        [
            {
                "jumlah_iku": wajib,
                "jumlah_wajib_lapor": wajib,
                "jumlah_lapor": lapor,
                "jumlah_belum_lapor": jumlah("jumlah_belum_lapor"),
                "cakupan": _cakupan(pd.Series([lapor]), pd.Series([wajib]), triwulan).iloc[0],
                "jumlah_baik": jumlah("jumlah_baik"),
                "jumlah_perlu_perhatian": jumlah("jumlah_perlu_perhatian"),
                "jumlah_perlu_diperiksa": perlu_diperiksa,
                "rata_rata_capaian": ini["rata_rata_capaian"],
                "rata_rata_tw_lalu": lalu["rata_rata_capaian"],
                "rata_rata_tahun_lalu": th_lalu["rata_rata_capaian"],
                "selisih_tw_lalu": ini["rata_rata_capaian"] - lalu["rata_rata_capaian"],
                "selisih_tahun_lalu": ini["rata_rata_capaian"] - th_lalu["rata_rata_capaian"],
                "batas_capaian_rata_rata": atur["batas_capaian_rata_rata"],
            }
        ]
    )


def _sesuai_jalur(ct: pd.DataFrame, atur: dict, tahun: int, triwulan: int) -> pd.DataFrame:
    """ringkasan_iku: of the IKU that must report, those with a capaian and no early warning, this quarter and last."""
    w = ct["wajib_lapor"]
    c = ct.assign(lapor=w & ct["sudah_lapor"], jalur=w & ct["capaian_persen"].notna() & ~ct["peringatan"])
    per = c.groupby(["tahun", "triwulan"]).agg(
        jumlah_capaian=("wajib_lapor", "sum"), jumlah_lapor=("lapor", "sum"), jumlah_sesuai_jalur=("jalur", "sum")
    )
    ini, lalu = _baris(per, (tahun, triwulan)), _baris(per, _lalu(tahun, triwulan))
    persen = _persen_dari(ini["jumlah_sesuai_jalur"], ini["jumlah_capaian"])
    persen_lalu = _persen_dari(lalu["jumlah_sesuai_jalur"], lalu["jumlah_capaian"])
    capaian = 0 if pd.isna(ini["jumlah_capaian"]) else int(ini["jumlah_capaian"])
    lapor = 0 if pd.isna(ini["jumlah_lapor"]) else int(ini["jumlah_lapor"])
    return pd.DataFrame(
        [
            {
                "jumlah_capaian": capaian,
                "jumlah_sesuai_jalur": 0 if pd.isna(ini["jumlah_sesuai_jalur"]) else int(ini["jumlah_sesuai_jalur"]),
                "cakupan": _cakupan(pd.Series([lapor]), pd.Series([capaian]), triwulan).iloc[0],
                "persen_sesuai_jalur": persen,
                "jumlah_capaian_tw_lalu": lalu["jumlah_capaian"],
                "jumlah_sesuai_jalur_tw_lalu": lalu["jumlah_sesuai_jalur"],
                "persen_sesuai_jalur_tw_lalu": persen_lalu,
                "selisih_tw_lalu": persen - persen_lalu,
                "ambang_peringatan_capaian": atur["ambang_peringatan_capaian"],
                "ambang_proyeksi_tahunan": atur["ambang_proyeksi_tahunan"],
            }
        ]
    )


def _predikat_jumlah(lingkup: Lingkup, ct_tw: pd.DataFrame, skala: pd.DataFrame) -> pd.DataFrame:
    """predikat_triwulan_jumlah: the IKU that must report, per status (predikat, Tanpa capaian, Belum lapor)."""
    jumlah = ct_tw.loc[ct_tw["wajib_lapor"], "status"].value_counts()
    s = pd.concat(
        [
            skala[["urutan", "predikat", "warna"]],
            pd.DataFrame(STATUS_LAIN[:2], columns=["urutan", "predikat", "warna"]),
        ]
    )
    return s.assign(jumlah=s["predikat"].map(jumlah).fillna(0).astype(int)).sort_values("urutan").reset_index(drop=True)


def _ringkasan_unggulan(u: pd.DataFrame) -> pd.DataFrame:
    s = u["status_papan"]
    return pd.DataFrame(
        [
            {
                "jumlah_program": len(u),
                "jumlah_terlambat": int((s == "terlambat").sum()),
                "jumlah_berisiko": int((s == "berisiko").sum()),
                "jumlah_bermasalah": int(s.isin(["terlambat", "berisiko"]).sum()),
                "jumlah_selesai": int((s == "selesai").sum()),
            }
        ]
    )


def ringkasan(frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date) -> dict[str, pd.DataFrame]:
    """Ringkasan: the headline numbers (laporan.kumpulkan, lengkap=False), the exceptions, predikat and OPD ranking."""
    atur = _atur(frames)
    lingkup = Lingkup(frames, kode_pemda)
    hasil = _bingkai(frames, lingkup)
    ct = lingkup.capaian(frames, [tahun - 1, tahun])
    ini = ct[(ct["tahun"] == tahun) & (ct["triwulan"] == triwulan)]
    hasil["pemda_triwulan_ringkasan"] = _pemda_ringkasan(lingkup, ct, atur, tahun, triwulan)
    hasil["ringkasan_iku"] = _sesuai_jalur(ct, atur, tahun, triwulan)

    uang = lingkup.uang(tahun)
    jk, jad = _jadwal_kegiatan(uang, _sub_kegiatan(uang, lingkup.pd))
    hasil["ringkasan_serapan"] = _serapan_ringkas(_serapan(frames, uang, jk, per_pd=False), triwulan)
    unggulan = _status_unggulan(frames, lingkup.pd, hari_ini, tahun)
    hasil["ringkasan_unggulan"] = _ringkasan_unggulan(unggulan)
    tl = _tindak_lanjut(frames, hari_ini)
    hasil["tindak_lanjut_ringkasan"] = _tindak_lanjut_ringkasan(tl, frames, kode_pemda, tahun, hari_ini)
    tumpuk = _penumpukan(frames, uang, jk, _jadwal_bulan(jk, jad))
    hasil["jadwal_ringkasan"] = _jadwal_ringkasan(frames, jk, _jadwal_mutu(jk, jad), tumpuk)
    cakupan = _cakupan_janji(frames, lingkup, tahun, _bulan_acuan(lingkup.uang(tahun), triwulan))
    hasil["janji_status_jumlah"] = _janji_status_jumlah(frames, cakupan)
    hasil["pk_ringkas"] = _pk_ringkas(frames, tahun, hari_ini, kode_pemda)
    pk = _pk_pd_daftar(frames, lingkup, tahun, hari_ini)
    hasil["pk_pd_daftar"] = pk
    hasil["ringkasan_pengecualian"] = _pengecualian(
        frames,
        ini,
        unggulan=unggulan,
        tl=tl[tl["kode_pemda"] == kode_pemda],
        pk=pk,
        tumpuk=tumpuk,
        cakupan=cakupan,
    )
    hasil["predikat_triwulan_jumlah"] = _predikat_jumlah(lingkup, ini, frames["skala_predikat"])
    hasil["pd_triwulan_peringkat"] = _peringkat_pd(ini, frames, atur["batas_capaian_rata_rata"])
    return hasil


# --------------------------------------------------------------------------- page: Keterlacakan


def _daftar_kode(teks: pd.Series) -> pd.Series:
    """A `;`-separated list of codes as a list ('IKU-1; IKU-2;' → [IKU-1, IKU-2]); empty text → []."""
    return teks.fillna("").str.split(";").map(lambda xs: [x.strip() for x in xs if x.strip()])


def _keterlacakan_kegiatan(uang: Uang, pd_pemda: pd.DataFrame) -> pd.DataFrame:
    """Each program, kegiatan and sub kegiatan row of the pemda's year: level, pagu, prioritas, path to an IKU."""
    k = uang.kegiatan.merge(pd_pemda[[*K_PD, "nama_pd", "singkatan"]], on=K_PD, how="left")
    segmen = k["kode_kegiatan"].str.split(".")
    k["tingkat"] = segmen.str.len().map({3: "program", 5: "kegiatan", 6: "sub_kegiatan"})
    k["kode_program"] = segmen.str[:3].str.join(".")
    k["kode_cabang"] = segmen.str[:5].str.join(".")
    k["kontribusi"] = k["kontribusi"].str.strip().replace("", None)
    k["game_changer"] = k["game_changer"].fillna(False).astype(bool)
    k["indikator_sendiri"] = _daftar_kode(k["kode_indikator"])
    k["bertaut"] = k["indikator_sendiri"].str.len() > 0
    prioritas = k["prioritas"].astype("boolean")
    program, kegiatan, sub = (k["tingkat"] == t for t in ("program", "kegiatan", "sub_kegiatan"))
    # a branch is a program or kegiatan code of the same pemda and year (uang holds one year)
    kp, kc = [k[P], k["kode_program"]], [k[P], k["kode_cabang"]]
    k["cabang_program_bertaut"] = k["bertaut"].groupby(kp).transform("any")
    k["program_bertaut"] = (k["bertaut"] & program).groupby(kp).transform("any")
    k["cabang_kegiatan_bertaut"] = k["bertaut"].groupby(kc).transform("any")
    k["kegiatan_bertaut"] = (k["bertaut"] & kegiatan).groupby(kc).transform("any")
    pagu_sub = k["pagu"].where(sub)
    pagu_program = pagu_sub.groupby(kp).transform("sum", min_count=1)
    pagu_kegiatan = pagu_sub.groupby(kc).transform("sum", min_count=1)
    prioritas_program = prioritas.where(program).groupby(kp).transform("first")
    prioritas_kegiatan = prioritas.where(kegiatan).groupby(kc).transform("first")
    k["pagu"] = np.select([sub, kegiatan, program], [k["pagu"], pagu_kegiatan, pagu_program], default=np.nan)
    k["prioritas"] = prioritas.fillna(prioritas_kegiatan).fillna(prioritas_program).fillna(False).astype(bool)
    k["terhubung_iku"] = np.select(
        [program, kegiatan, sub],
        [
            k["cabang_program_bertaut"],
            k["cabang_kegiatan_bertaut"] | k["program_bertaut"],
            k["bertaut"] | k["kegiatan_bertaut"] | k["program_bertaut"],
        ],
        default=False,
    ).astype(bool)
    k["kode_kegiatan_induk"] = k["kode_cabang"].where(sub)
    k["non_prioritas_tanpa_kontribusi"] = ~k["prioritas"] & k["kontribusi"].isna()
    return k


def _sub_iku(kk: pd.DataFrame) -> pd.DataFrame:
    """Each sub kegiatan × the indicators it serves (named on itself, else its kegiatan, else its program)."""
    sub = kk[kk["tingkat"] == "sub_kegiatan"]
    induk = kk.set_index(K_KEG)
    induk = induk[~induk.index.duplicated()]
    kg = induk.reindex(pd.MultiIndex.from_arrays([sub[P], sub["kode_kegiatan_induk"]]))
    pg = induk.reindex(pd.MultiIndex.from_arrays([sub[P], sub["kode_program"]]))
    sendiri = sub["indikator_sendiri"].to_numpy()
    dari_kegiatan = kg["indikator_sendiri"].to_numpy()
    dari_program = pg["indikator_sendiri"].to_numpy()

    def ada(v: object) -> bool:
        return isinstance(v, list) and len(v) > 0

    sumber = np.array(
        [
            "sub_kegiatan" if ada(a) else "kegiatan" if ada(b) else "program" if ada(c) else None
            for a, b, c in zip(sendiri, dari_kegiatan, dari_program, strict=True)
        ],
        dtype=object,
    )
    dilayani = [
        a if s == "sub_kegiatan" else b if s == "kegiatan" else c if s == "program" else [None]
        for a, b, c, s in zip(sendiri, dari_kegiatan, dari_program, sumber, strict=True)
    ]
    hasil = sub.assign(
        nama_program=pg["nama"].to_numpy(),
        nama_kegiatan=kg["nama"].to_numpy(),
        kode_indikator=dilayani,
        sumber_tautan=sumber,
    ).explode("kode_indikator")
    # a column of codes even when every row is without path (explode infers float for all-None)
    hasil["kode_indikator"] = hasil["kode_indikator"].astype(pd.StringDtype(na_value=np.nan))
    hasil = hasil.drop_duplicates([P, "tahun", "kode_kegiatan", "kode_indikator"])
    hasil["jumlah_indikator"] = hasil.groupby([P, "tahun", "kode_kegiatan"])["kode_kegiatan"].transform("size")
    hasil["pagu_porsi"] = hasil["pagu"] / hasil["jumlah_indikator"]
    return hasil


def _keterlacakan_indikator(frames: Frames, ind: pd.DataFrame) -> pd.DataFrame:
    """Each indicator with the RPJMD sasaran and misi above it (the kode_induk chain of its sasaran, inside the
    indicator's pemda)."""
    sas = _milik(frames, "sasaran", ind[P].unique().tolist())
    awal = sas[_ada_di(sas, ind[ind["kode_sasaran"].notna()], [P, "kode_sasaran"])]
    rantai = [awal.assign(kode_asal=awal["kode_sasaran"], kedalaman=0)]
    induk = sas.set_index([P, "kode_sasaran"])
    while len(rantai[-1]) and rantai[-1]["kedalaman"].iloc[0] < 20:
        r = rantai[-1]
        naik = r[[P, "kode_asal", "kode_induk", "kedalaman"]].merge(
            sas, left_on=[P, "kode_induk"], right_on=[P, "kode_sasaran"], suffixes=("_bawah", "")
        )
        rantai.append(naik.drop(columns="kode_induk_bawah").assign(kedalaman=naik["kedalaman"] + 1))
    semua = pd.concat(rantai, ignore_index=True).sort_values([P, "kode_asal", "kedalaman"])
    kosong_pd = semua["kode_pd"].fillna("").str.strip() == ""
    ada_misi = semua["misi"].fillna("").str.strip() != ""
    asal = [P, "kode_asal"]
    puncak = pd.DataFrame(
        {
            "kode_rpjmd": semua[kosong_pd].groupby(asal)["kode_sasaran"].first(),
            "kode_puncak": semua.groupby(asal)["kode_sasaran"].last(),
            "misi": semua[ada_misi].groupby(asal)["misi"].first(),
        }
    )
    p = puncak.reindex(pd.MultiIndex.from_arrays([ind[P], ind["kode_sasaran"]]))
    kode = p["kode_rpjmd"].fillna(p["kode_puncak"]).to_numpy()
    sasaran_rpjmd = induk["uraian"].reindex(pd.MultiIndex.from_arrays([ind[P].to_numpy(), kode])).to_numpy()
    return ind.assign(
        kode_sasaran_rpjmd=kode,
        sasaran_rpjmd=sasaran_rpjmd if len(induk) else None,
        misi=p["misi"].to_numpy(),
    )


def _bulat(x: pd.Series) -> pd.Series:
    """round() as SQL does it: half away from zero."""
    return np.sign(x) * np.floor(np.abs(x) + 0.5)


def _pohon(
    frames: Frames, si: pd.DataFrame, ki: pd.DataFrame, ct: pd.DataFrame, *, tahun: int, triwulan: int
) -> pd.DataFrame:
    """The performance tree misi → sasaran → IKU → program → kegiatan → sub kegiatan (keterlacakan_pohon)."""
    atur = _atur(frames)
    # the latest capaian up to the quarter
    ci = _capaian_indikator(ct)
    ci = (
        ci[(ci["tahun"] == tahun) & (ci["triwulan"] <= triwulan)]
        .sort_values("triwulan")
        .drop_duplicates(K_IND, keep="last")
    )
    ci = ci.set_index(K_IND)[["capaian_persen", "periode", "predikat", "warna_predikat"]]
    kii = ki.set_index(K_IND)[["nama_indikator", "kode_sasaran_rpjmd", "sasaran_rpjmd", "misi"]]
    d = si.drop(columns=["nama_indikator", "misi"], errors="ignore").reset_index(drop=True)
    kunci = pd.MultiIndex.from_arrays([d[P], d["kode_indikator"]])
    d = pd.concat(
        [d, kii.reindex(kunci).reset_index(drop=True), ci.reindex(kunci).reset_index(drop=True)],
        axis=1,
    )
    d["nilai"] = _bulat(d["pagu_porsi"])
    d["yatim"] = d["kode_indikator"].isna()
    misi = "misi:" + d["misi"].fillna("-")
    d["id_misi"] = misi.where(~d["yatim"], "yatim")
    d["id_sasaran"] = misi + "|sasaran:" + d["kode_sasaran_rpjmd"].fillna("-")
    d["id_iku"] = d["id_sasaran"] + "|iku:" + d["kode_indikator"]
    d["id_program"] = d["id_iku"].where(~d["yatim"], "yatim") + "|program:" + d["kode_program"]
    d["id_kegiatan"] = d["id_program"] + "|kegiatan:" + d["kode_kegiatan_induk"]
    d["id_sub"] = d["id_kegiatan"] + "|sub:" + d["kode_kegiatan"]
    batas = atur["batas_capaian_rata_rata"]
    iku = d[~d["yatim"]].drop_duplicates(["id_misi", "id_sasaran", "kode_indikator", "capaian_persen"])
    iku = iku.assign(dibatasi=_dibatasi(iku["capaian_persen"], batas))
    rata_misi = iku.groupby("id_misi").agg(capaian=("dibatasi", "mean"), jumlah_iku=("dibatasi", "size"))
    rata_sas = iku.groupby("id_sasaran").agg(capaian=("dibatasi", "mean"), jumlah_iku=("dibatasi", "size"))

    def jumlah(s: pd.Series) -> float:
        return s.sum(min_count=1)

    simpul = []
    if len(d):
        simpul.append(
            pd.DataFrame(
                [{"id": "semua", "parent": "", "label": "Semua program", "tingkat": "pemda", "pagu": jumlah(d["nilai"]),
                  "yatim": False}]
            )
        )  # fmt: skip
    m = d.groupby(["id_misi", "yatim"], as_index=False).agg(misi=("misi", "first"), pagu=("nilai", jumlah))
    m = m.assign(
        id=m["id_misi"],
        parent="semua",
        label=np.where(m["yatim"], "Tanpa jalur ke IKU", m["misi"].fillna("Tanpa misi")),
        tingkat=np.where(m["yatim"], "yatim", "misi"),
        capaian_persen=m["id_misi"].map(rata_misi["capaian"]),
        jumlah_iku=m["id_misi"].map(rata_misi["jumlah_iku"]),
    )
    simpul.append(m)
    s = (
        d[~d["yatim"]]
        .groupby(["id_sasaran", "id_misi"], as_index=False)
        .agg(sasaran=("sasaran_rpjmd", "first"), kode=("kode_sasaran_rpjmd", "first"), pagu=("nilai", jumlah))
    )
    s = s.assign(
        id=s["id_sasaran"],
        parent=s["id_misi"],
        label=s["sasaran"].fillna("Tanpa sasaran"),
        tingkat="sasaran",
        capaian_persen=s["id_sasaran"].map(rata_sas["capaian"]),
        jumlah_iku=s["id_sasaran"].map(rata_sas["jumlah_iku"]),
        yatim=False,
    )
    simpul.append(s)
    nilai_iku = {
        "capaian_persen": ("capaian_persen", "first"),
        "periode": ("periode", "first"),
        "predikat": ("predikat", "first"),
        "warna": ("warna_predikat", "first"),
    }
    i = (
        d[~d["yatim"]]
        .groupby(["id_iku", "id_sasaran", "kode_indikator"], as_index=False)
        .agg(label=("nama_indikator", "first"), pagu=("nilai", jumlah), **nilai_iku)
    )
    simpul.append(
        i.assign(
            id=i["id_iku"], parent=i["id_sasaran"], tingkat="iku", kode=i["kode_indikator"], jumlah_iku=1, yatim=False
        )
    )
    d["parent_program"] = d["id_iku"].where(~d["yatim"], "yatim")
    pr = d.groupby(["id_program", "yatim", "parent_program", "kode_program"], as_index=False, dropna=False).agg(
        label=("nama_program", "first"), pagu=("nilai", jumlah), **nilai_iku
    )
    simpul.append(
        pr.assign(id=pr["id_program"], parent=pr["parent_program"], tingkat="program", kode=pr["kode_program"])
    )
    kg = d.groupby(["id_kegiatan", "id_program", "yatim", "kode_kegiatan_induk"], as_index=False).agg(
        label=("nama_kegiatan", "first"), pagu=("nilai", jumlah), **nilai_iku
    )
    simpul.append(
        kg.assign(id=kg["id_kegiatan"], parent=kg["id_program"], tingkat="kegiatan", kode=kg["kode_kegiatan_induk"])
    )
    simpul.append(
        d.assign(
            id=d["id_sub"], parent=d["id_kegiatan"], label=d["nama"], tingkat="sub_kegiatan", kode=d["kode_kegiatan"],
            pagu=d["nilai"], warna=d["warna_predikat"],
        )
    )  # fmt: skip
    kolom = ["id", "parent", "label", "tingkat", "kode", "pagu", "capaian_persen", "periode", "predikat", "warna",
             "jumlah_iku", "yatim"]  # fmt: skip
    p = pd.concat([x.reindex(columns=kolom) for x in simpul], ignore_index=True)
    # misi and sasaran: the predikat of the average capaian of their IKU
    rata = p["capaian_persen"].where(p["tingkat"].isin(["misi", "sasaran"]))
    kelas = _kelas(rata, frames["skala_predikat"], ["predikat", "warna"], ["predikat", "warna"])
    status = frames["skala_status_program"]
    status = status[status["jenis"] == "keterlacakan"].set_index("status")["warna"]
    p["predikat"] = p["predikat"].fillna(kelas["predikat"])
    p["warna"] = (
        p["warna"]
        .fillna(kelas["warna"])
        .fillna(pd.Series(np.where(p["yatim"], status["tanpa_iku"], status["tanpa_capaian"])))
    )
    p["jumlah_iku"] = p["jumlah_iku"].astype("Int64")
    return p[p["pagu"].notna()].sort_values("id").reset_index(drop=True)


def keterlacakan(
    frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date
) -> dict[str, pd.DataFrame]:
    """Keterlacakan: paths from program/kegiatan to IKU, IKU without kegiatan, prioritas per OPD, the tree."""
    lingkup = Lingkup(frames, kode_pemda)
    hasil = _bingkai(frames, lingkup)
    kk = _keterlacakan_kegiatan(lingkup.uang(tahun), lingkup.pd)
    si = _sub_iku(kk)
    ki = _keterlacakan_indikator(frames, lingkup.indikator)
    program, kegiatan, sub = (kk[kk["tingkat"] == t] for t in ("program", "kegiatan", "sub_kegiatan"))

    # IKU support: kegiatan rows naming the IKU, and the sub kegiatan serving it (years of the kegiatan table)
    iku = ki[ki["jenis"].isin(JENIS_IKU)]
    if tahun not in _tahun_anggaran(frames, kode_pemda):  # the pemda's own budget years
        iku = iku.iloc[:0]
    sebut = kk[[P, "indikator_sendiri"]].explode("indikator_sendiri").groupby([P, "indikator_sendiri"]).size()
    layan = si[si["kode_indikator"].notna()].groupby(K_IND).size()
    iku = iku.assign(
        jumlah_baris_kegiatan=pd.Series(_peta(iku, K_IND, sebut), index=iku.index).fillna(0).astype(int),
        jumlah_sub_kegiatan=pd.Series(_peta(iku, K_IND, layan), index=iku.index).fillna(0).astype(int),
    )
    iku["didukung"] = iku["jumlah_baris_kegiatan"] > 0

    # prioritas per OPD
    s = sub.assign(pagu_p=sub["pagu"].where(sub["prioritas"]), pagu_np=sub["pagu"].where(~sub["prioritas"]))
    per_pd = s.groupby(K_PD, as_index=False).agg(
        nama_pd=("nama_pd", "first"),
        singkatan=("singkatan", "first"),
        pagu_prioritas=("pagu_p", "sum"),
        pagu_non_prioritas=("pagu_np", "sum"),
        pagu_total=("pagu", "sum"),
    )
    per_pd["porsi_prioritas_persen"] = _persen_dari(per_pd["pagu_prioritas"], per_pd["pagu_total"])
    per_pd["porsi_non_prioritas_persen"] = _persen_dari(per_pd["pagu_non_prioritas"], per_pd["pagu_total"])
    per_pd["non_prioritas_lebih_besar"] = per_pd["pagu_non_prioritas"] > per_pd["pagu_prioritas"]

    pagu_total = sub["pagu"].sum()
    pagu_terlacak = sub.loc[sub["terhubung_iku"], "pagu"].sum()
    hasil["keterlacakan_ringkasan"] = pd.DataFrame(
        [
            {
                "jumlah_program": len(program),
                "jumlah_program_yatim": int((~program["terhubung_iku"]).sum()),
                "jumlah_kegiatan": len(kegiatan),
                "jumlah_kegiatan_yatim": int((~kegiatan["terhubung_iku"]).sum()),
                "pagu_total": pagu_total,
                "pagu_terlacak": pagu_terlacak,
                "porsi_pagu_terlacak_persen": _persen_dari(
                    sub.loc[sub["terhubung_iku"], "pagu"].sum(min_count=1), sub["pagu"].sum(min_count=1)
                ),
                "jumlah_iku": len(iku),
                "jumlah_iku_tanpa_kegiatan": int((~iku["didukung"]).sum()),
                "jumlah_pd": len(per_pd),
                "jumlah_pd_non_prioritas_lebih_besar": int(per_pd["non_prioritas_lebih_besar"].sum()),
                "jumlah_non_prioritas_tanpa_kontribusi": int(kk["non_prioritas_tanpa_kontribusi"].sum()),
            }
        ]
    )
    yatim = kk[kk["tingkat"].isin(["program", "kegiatan"]) & ~kk["terhubung_iku"]]
    prog = program.drop_duplicates(K_KEG).set_index(K_KEG)
    kunci_program = [P, "kode_program"]
    yatim = yatim.assign(
        nama_program=_peta(yatim, kunci_program, prog["nama"]),
        program_juga_yatim=(yatim["tingkat"] == "kegiatan")
        & (_peta(yatim, kunci_program, prog["terhubung_iku"]) == False),  # noqa: E712
    )
    hasil["keterlacakan_yatim"] = yatim.sort_values(["tingkat", "kode_kegiatan"], ascending=[False, True]).reset_index(
        drop=True
    )
    sas = frames["sasaran"].set_index([P, "kode_sasaran"])["uraian"]
    tanpa = iku[~iku["didukung"]]
    hasil["keterlacakan_iku_tanpa_kegiatan"] = (
        tanpa.assign(sasaran=_peta(tanpa, [P, "kode_sasaran"], sas))
        .sort_values(["jenis", "kode_indikator"], ascending=[False, True])
        .reset_index(drop=True)
    )
    skala = frames["skala_status_program"]
    skala = skala[skala["jenis"] == "anggaran"].set_index("status")
    jumlah_tk = kk[kk["non_prioritas_tanpa_kontribusi"]].groupby(K_PD).size()
    hasil["keterlacakan_pd_prioritas"] = _urut(
        per_pd.assign(
            jumlah_non_prioritas_tanpa_kontribusi=pd.Series(_peta(per_pd, K_PD, jumlah_tk), index=per_pd.index)
            .fillna(0)
            .astype(int),
            warna_prioritas=skala.loc["prioritas", "warna"],
            warna_non_prioritas=skala.loc["non_prioritas", "warna"],
            label_prioritas=skala.loc["prioritas", "label"],
            label_non_prioritas=skala.loc["non_prioritas", "label"],
        ),
        [("porsi_non_prioritas_persen", False, "last"), ("kode_pd", True, "last")],
    ).reset_index(drop=True)
    hasil["keterlacakan_non_prioritas_tanpa_kontribusi"] = (
        kk[kk["non_prioritas_tanpa_kontribusi"]].sort_values(["kode_pd", "kode_kegiatan"]).reset_index(drop=True)
    )
    ct = lingkup.capaian(frames, [tahun], hanya_iku=False)
    hasil["keterlacakan_pohon"] = _pohon(frames, si, ki, ct, tahun=tahun, triwulan=triwulan)
    return hasil


# --------------------------------------------------------------------------- page: Kabupaten/Kota


def _perbandingan(frames: Frames, lingkup: Lingkup, keluarga: pd.DataFrame) -> pd.DataFrame:
    """The family's reported indicators grouped with the same indicator of other pemda: same kode_referensi, or the
    same name once lower-cased and its spaces tidied (a name that carries a code somewhere joins that code)."""
    ind = lingkup.indikator
    kode_ref = ind["kode_referensi"].str.strip()
    ind = ind.assign(
        kode_referensi=kode_ref.where(kode_ref != ""),
        nama_kunci=ind["nama_indikator"].str.strip().str.replace(r"\s+", " ", regex=True).str.lower(),
    )
    nama_ke_kode = ind[ind["kode_referensi"].notna()].groupby("nama_kunci")["kode_referensi"].min()
    kode = ind["kode_referensi"].fillna(ind["nama_kunci"].map(nama_ke_kode))
    ind = ind.assign(
        kelompok=kode.fillna("nama:" + ind["nama_kunci"]),
        dasar_perbandingan=np.where(kode.isna(), "nama", "kode_referensi"),
    )
    p = keluarga.set_index("kode_pemda")
    ind = ind.assign(_kab=ind["kode_pemda"].map(p["kode_induk"]).notna())
    # the name of the pemda highest in the hierarchy (province first), then the first by code
    nama = ind.sort_values(["_kab", "kode_pemda", "kode_indikator"]).groupby("kelompok")["nama_indikator"].first()
    jumlah = ind.groupby("kelompok")["kode_pemda"].nunique()
    ind = ind[ind["kelompok"].map(jumlah) >= 2]
    ind = ind.assign(nama_kelompok=ind["kelompok"].map(nama), jumlah_pemda=ind["kelompok"].map(jumlah))
    # capaian only of the indicators that have a group
    ct = lingkup.capaian(frames, lingkup.tahun_data, ind=lingkup.indikator.merge(ind[K_IND]))
    ci = _capaian_indikator(ct)
    b = ci.merge(ind[[*K_IND, "kelompok", "dasar_perbandingan", "nama_kelompok", "jumlah_pemda"]], on=K_IND).merge(
        keluarga[["kode_pemda", "nama_pemda", "tingkat", "kode_induk"]], on="kode_pemda"
    )
    # ranks within the family (a province and its own kab/kota), as the view's partition by keluarga
    g = b.groupby(["kelompok", "tahun", "triwulan"])
    realisasi_urut = b["realisasi_sd"].where(b["polaritas"] == "negatif", -b["realisasi_sd"])
    b["peringkat_capaian"] = (
        np.round(b["capaian_persen"], 9)
        .groupby([b["kelompok"], b["tahun"], b["triwulan"]])
        .rank(method="min", ascending=False, na_option="bottom")
        .astype(int)
    )
    b["peringkat_realisasi"] = (
        realisasi_urut.groupby([b["kelompok"], b["tahun"], b["triwulan"]])
        .rank(method="min", na_option="bottom")
        .astype(int)
    )
    b["jumlah_pemda_lapor"] = g["kode_indikator"].transform("size")
    return b


def _lintas_sektor(
    frames: Frames, lingkup: Lingkup, banding: pd.DataFrame, kode_pemda: str, tahun: int
) -> pd.DataFrame:
    """IKU of the pemda served by two contributors or more: OPD through their sub kegiatan, child kab/kota through the
    same indicator (kontribusi_lintas_sektor)."""
    iku = lingkup.iku[lingkup.iku["kode_pemda"] == kode_pemda]
    uang = Uang(frames, kode_pemda, tahun)  # the selected pemda's kegiatan only, not the family's
    keg = uang.kegiatan
    # kegiatan.kode_indikator names indicators of the kegiatan's own pemda
    tautan = keg.assign(kode_indikator=_daftar_kode(keg["kode_indikator"]))[[*K_KEG, "kode_indikator"]]
    tautan = tautan.explode("kode_indikator").dropna().drop_duplicates()
    sub = keg.loc[keg["kode_kegiatan"].str.count(r"\.") == 5, [*K_KEG, "kode_pd", "pagu"]]
    layanan = (
        _awalan(sub)
        .merge(tautan, left_on=[P, "awalan"], right_on=K_KEG, suffixes=("", "_tautan"))
        .drop_duplicates([*K_IND, "kode_kegiatan"])
    )
    ra = uang.realisasi_anggaran
    ra = _realisasi_bulanan(ra[_ada_di(ra, layanan, K_KEG)])
    akhir = ra.sort_values("bulan").groupby(K_KEG)["realisasi_kumulatif"].last()
    layanan = layanan.assign(realisasi=pd.to_numeric(pd.Series(_peta(layanan, K_KEG, akhir), index=layanan.index)))
    gl = layanan.groupby([*K_IND, "kode_pd"])
    opd = pd.DataFrame(
        {
            "jumlah_sub_kegiatan": gl.size(),
            "pagu": gl["pagu"].sum(min_count=1),
            "realisasi": gl["realisasi"].sum(min_count=1),
        }
    ).reset_index()
    opd = opd.rename(columns={"kode_pd": "kode_kontributor"}).assign(jenis_kontributor="opd")
    # the same indicator in a child kab/kota (its own row, by group), at the last quarter it reported that year
    induk = banding.loc[banding["kode_pemda"] == kode_pemda, ["kelompok", "kode_indikator"]].drop_duplicates()
    a = banding[(banding["kode_induk"] == kode_pemda) & (banding["tahun"] == tahun)]
    a = a.merge(induk, on="kelompok", suffixes=("_kontributor", ""))
    a = a.sort_values("triwulan").groupby(["kode_indikator", "kode_pemda"], as_index=False).last()
    anak = a.rename(columns={"kode_pemda": "kode_kontributor", "periode": "periode_terakhir"}).assign(
        jenis_kontributor="pemda", kode_pemda=kode_pemda
    )[
        ["kode_pemda", "kode_indikator", "kode_kontributor", "jenis_kontributor", "kode_indikator_kontributor",
         "periode_terakhir", "realisasi_sd", "capaian_persen", "predikat", "warna_predikat"]
    ]  # fmt: skip
    g = pd.concat([opd, anak], ignore_index=True).merge(
        iku[[*K_IND, "nama_indikator", "jenis", "kode_pd", "nama_pd"]], on=K_IND
    )
    g["tahun"] = tahun
    nama_pemda = frames["pemda"].set_index("kode_pemda")["nama_pemda"]
    opd_baris = g["jenis_kontributor"] == "opd"
    nama_opd, singkatan_opd = _nama_pd(g, frames, "kode_kontributor")  # an OPD of the IKU's own pemda
    g["nama_kontributor"] = np.where(opd_baris, nama_opd, g["kode_kontributor"].map(nama_pemda))
    g["singkatan_kontributor"] = np.where(
        opd_baris,
        pd.Series(singkatan_opd, index=g.index).fillna(pd.Series(nama_opd, index=g.index)),
        g["kode_kontributor"].map(nama_pemda),
    )
    g["penanggung_jawab"] = opd_baris & (g["kode_kontributor"] == g["kode_pd"])
    g["jumlah_kontributor"] = g.groupby(K_IND)["kode_indikator"].transform("size")
    g["serapan_persen"] = _persen_bagian(g["realisasi"], g["pagu"])
    g = g[g["jumlah_kontributor"] >= 2]
    return _urut(
        g.assign(_bukan_pemda=g["jenis"] != "IKU_PEMDA"),
        [("_bukan_pemda", True, "last"), ("jumlah_kontributor", False, "last"), ("kode_indikator", True, "last"),
         ("jenis_kontributor", True, "last"), ("penanggung_jawab", False, "last"), ("pagu", False, "last"),
         ("kode_kontributor", True, "last")],
    ).reset_index(drop=True)  # fmt: skip


def kabupaten_kota(
    frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date
) -> dict[str, pd.DataFrame]:
    """Kabupaten/Kota: the same indicators across the province and its kabupaten/kota (the pemda's family)."""
    p = frames["pemda"]
    baris = p[p["kode_pemda"] == kode_pemda]
    induk = baris["kode_induk"].fillna(baris["kode_pemda"]).iloc[0]
    keluarga = p[(p["kode_pemda"] == induk) | (p["kode_induk"] == induk)]
    keluarga = keluarga.assign(_kab=keluarga["tingkat"] != "provinsi").sort_values(["_kab", "kode_pemda"])
    keluarga = keluarga.assign(urutan_pemda=np.arange(1, len(keluarga) + 1))
    lingkup = Lingkup(frames, keluarga["kode_pemda"].tolist())
    hasil = _bingkai(frames, lingkup, kode_pemda)
    b = _perbandingan(frames, lingkup, keluarga)
    b["terpilih"] = b["kode_pemda"] == kode_pemda

    g = b.groupby("kelompok")
    kelompok = pd.DataFrame(
        {
            "nama_kelompok": g["nama_kelompok"].first(),
            "dasar_perbandingan": g["dasar_perbandingan"].first(),
            "satuan": g["satuan"].first(),
            "jumlah_pemda": g["kode_pemda"].nunique(),
            "tahun_terakhir": g["tahun"].max(),
        }
    ).reset_index()
    kelompok = kelompok[kelompok["jumlah_pemda"] >= 2].sort_values(["dasar_perbandingan", "nama_kelompok"])
    hasil["pemda_banding_kelompok"] = kelompok.reset_index(drop=True)

    punya = b[["kelompok", "kode_pemda"]].drop_duplicates()
    ini = b[(b["tahun"] == tahun) & (b["triwulan"] == triwulan)]
    ubin = (
        kelompok[["kelompok", "nama_kelompok", "satuan"]]
        .merge(punya, on="kelompok")
        .merge(keluarga[["kode_pemda", "nama_pemda", "tingkat", "urutan_pemda"]], on="kode_pemda")
        .merge(
            ini[["kelompok", "kode_pemda", "kode_indikator", "realisasi_sd", "target_sd", "target_min_sd",
                 "target_max_sd", "capaian_persen", "predikat", "urutan_predikat", "warna_predikat",
                 "peringkat_capaian", "jumlah_pemda_lapor"]],
            on=["kelompok", "kode_pemda"],
            how="left",
        )
    )  # fmt: skip
    ubin["terpilih"] = ubin["kode_pemda"] == kode_pemda
    hasil["pemda_banding_ubin"] = ubin.sort_values(["nama_kelompok", "urutan_pemda"]).reset_index(drop=True)

    pilih = kelompok["kelompok"].iloc[0] if len(kelompok) else ""
    bk = b[b["kelompok"] == pilih]
    punya = bk[["kode_pemda", "kode_indikator", "nama_indikator", "satuan", "polaritas"]].drop_duplicates()
    kolom_ini = [*K_IND, "periode", "target_sd", "target_min_sd", "target_max_sd", "realisasi_sd",
                 "capaian_persen", "predikat", "warna_predikat", "peringkat_capaian", "peringkat_realisasi",
                 "jumlah_pemda_lapor"]  # fmt: skip
    peringkat = (
        keluarga[["kode_pemda", "nama_pemda", "tingkat"]]
        .merge(punya, on="kode_pemda")
        .merge(bk.loc[(bk["tahun"] == tahun) & (bk["triwulan"] == triwulan), kolom_ini], on=K_IND, how="left")
    )
    peringkat["terpilih"] = peringkat["kode_pemda"] == kode_pemda
    hasil["pemda_banding_peringkat"] = _urut(
        peringkat, [("peringkat_capaian", True, "last"), ("kode_pemda", True, "last")]
    ).reset_index(drop=True)
    tren = bk.assign(_kab=bk["tingkat"] != "provinsi", label_periode=bk["tahun"].astype(str) + " " + bk["periode"])
    hasil["pemda_banding_tren"] = tren.sort_values(["_kab", "kode_pemda", "tahun", "triwulan"]).reset_index(drop=True)
    hasil["pemda_banding_lintas_sektor"] = _lintas_sektor(frames, lingkup, b, kode_pemda, tahun)
    return hasil


# --------------------------------------------------------------------------- page: Distribusi Jadwal


def distribusi_jadwal(
    frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date
) -> dict[str, pd.DataFrame]:
    """Distribusi Jadwal: phases per month, year-end pile-up per OPD, schedule quality, absorption (S-curve)."""
    lingkup = Lingkup(frames, kode_pemda)
    hasil = _bingkai(frames, lingkup)
    uang = lingkup.uang(tahun)
    jk, jad = _jadwal_kegiatan(uang, _sub_kegiatan(uang, lingkup.pd))
    jbulan = _jadwal_bulan(jk, jad)
    mutu = _jadwal_mutu(jk, jad)
    tumpuk = _penumpukan(frames, uang, jk, jbulan)
    hasil["jadwal_ringkasan"] = _jadwal_ringkasan(frames, jk, mutu, tumpuk)

    serapan = _serapan(frames, uang, jk)
    bulan_acuan = np.fmin(triwulan * 3, serapan["bulan_terakhir_lapor"])
    pemda = serapan[serapan["kode_pd"].isna()]
    hasil["serapan_pemda_triwulan"] = pemda[pemda["bulan"] == bulan_acuan[pemda.index]].reset_index(drop=True)
    hasil["serapan_pemda_bulan"] = pemda.sort_values("bulan").reset_index(drop=True)
    opd = serapan[serapan["kode_pd"].notna() & (serapan["bulan"] == bulan_acuan)]
    hasil["serapan_pd_fisik"] = (
        opd.assign(label_pd=opd["singkatan"].fillna(opd["nama_pd"]))
        .sort_values(["persen_serapan", P, "kode_pd"], na_position="last")
        .reset_index(drop=True)
    )
    t = frames["target_serapan"].sort_values("triwulan")
    hasil["serapan_target"] = t.assign(bulan=t["triwulan"] * 3)[
        ["triwulan", "bulan", "batas_bawah", "batas_atas", "keterangan"]
    ].reset_index(drop=True)

    # OPD × phase × month, twelve months each (zero when empty)
    isi = jbulan.assign(pagu=jbulan["pagu"].fillna(0)).groupby([*K_PD, "tahap", "bulan"])
    isi = pd.DataFrame({"jumlah_kegiatan": isi.size(), "bobot_pagu": isi["pagu"].sum()}).reset_index()
    tahap = pd.DataFrame({"tahap": ["persiapan", "pelaksanaan", "pelaporan"], "urutan_tahap": [1, 2, 3]})
    distribusi = (
        jk[[*K_PD, "nama_pd", "singkatan"]]
        .drop_duplicates()
        .merge(tahap, how="cross")
        .merge(pd.DataFrame({"bulan": range(1, 13)}), how="cross")
        .merge(isi, on=[*K_PD, "tahap", "bulan"], how="left")
    )
    distribusi["jumlah_kegiatan"] = distribusi["jumlah_kegiatan"].fillna(0).astype(int)
    distribusi["bobot_pagu"] = distribusi["bobot_pagu"].fillna(0.0)
    opd_tumpuk = tumpuk[tumpuk["kode_pd"].notna()]
    laksana = distribusi[distribusi["tahap"] == "pelaksanaan"]
    laksana = laksana.assign(
        label_pd=laksana["singkatan"].fillna(laksana["nama_pd"]),
        indeks_penumpukan=_peta(laksana, K_PD, opd_tumpuk.set_index(K_PD)["indeks_penumpukan"]),
    )
    hasil["pd_bulan_pelaksanaan"] = _urut(
        laksana,
        [("indeks_penumpukan", False, "last"), (P, True, "last"), ("kode_pd", True, "last"), ("bulan", True, "last")],
    ).reset_index(drop=True)
    per_tahap = distribusi.groupby(["tahap", "urutan_tahap", "bulan"], as_index=False)[
        ["jumlah_kegiatan", "bobot_pagu"]
    ].sum()
    hasil["jadwal_bulan_tahap"] = per_tahap.sort_values(["urutan_tahap", "bulan"]).reset_index(drop=True)
    hasil["jadwal_pd_penumpukan"] = _urut(
        opd_tumpuk.assign(label_pd=opd_tumpuk["singkatan"].fillna(opd_tumpuk["nama_pd"])),
        [
            ("indeks_penumpukan", False, "last"),
            ("porsi_kas_desember", False, "last"),
            (P, True, "last"),
            ("kode_pd", True, "last"),
        ],
    ).reset_index(drop=True)
    m = mutu.assign(
        tidak_lengkap=mutu["masalah"] == "Tahap tidak lengkap",
        urutan_salah=mutu["masalah"] == "Urutan tahap salah",
        bulan_salah=mutu["masalah"] == "Bulan tidak sah",
        mulai_tw4=mutu["masalah"] == "Pelaksanaan mulai TW IV",
        galat=mutu["kode_kegiatan"].where(mutu["tingkat"] == "galat"),
    )
    gm = m.groupby(K_PD)
    mutu_pd = pd.DataFrame(
        {
            "nama_pd": gm["nama_pd"].first(),
            "tahap_tidak_lengkap": gm["tidak_lengkap"].sum(),
            "urutan_tahap_salah": gm["urutan_salah"].sum(),
            "bulan_tidak_sah": gm["bulan_salah"].sum(),
            "pelaksanaan_mulai_tw4": gm["mulai_tw4"].sum(),
            "sub_kegiatan_galat": gm["galat"].nunique(),
        }
    ).reset_index()
    hasil["jadwal_mutu_pd"] = mutu_pd.sort_values(
        ["sub_kegiatan_galat", "pelaksanaan_mulai_tw4", "nama_pd", P, "kode_pd"],
        ascending=[False, False, True, True, True],
    ).reset_index(drop=True)
    return hasil


# --------------------------------------------------------------------------- page: Perjanjian Kinerja


def perjanjian_kinerja(
    frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date
) -> dict[str, pd.DataFrame]:
    """Perjanjian Kinerja: the signing state of the pemda's province family, its OPD and the count per state, on that
    date."""
    lingkup = Lingkup(frames, kode_pemda)
    hasil = _bingkai(frames, lingkup)
    hasil["pk_ringkas"] = _pk_ringkas(frames, tahun, hari_ini, keluarga=kode_pemda)
    hasil["pk_pd_daftar"] = _pk_pd_daftar(frames, lingkup, tahun, hari_ini)
    return hasil


# --------------------------------------------------------------------------- page: SAKIP


def _sakip_predikat(frames: Frames, kode_pemda: list[str]) -> pd.DataFrame:
    """Each SAKIP evaluation of these pemda (pemda or OPD × year) with its predikat, target and last year."""
    atur = _atur(frames)
    e = frames["evaluasi_sakip"]
    e = e[e["kode_pemda"].isin(kode_pemda)]
    nama_pemda = frames["pemda"].set_index("kode_pemda")["nama_pemda"]
    komponen = ["nilai_perencanaan", "nilai_pengukuran", "nilai_pelaporan", "nilai_evaluasi"]
    nama_pd, singkatan_pd = _nama_pd(e, frames)  # the OPD in the evaluation's own pemda
    e = e.assign(
        nama_pemda=e["kode_pemda"].map(nama_pemda),
        nama_pd=nama_pd,
        singkatan_pd=singkatan_pd,
        jumlah_komponen=e[komponen].sum(axis=1, min_count=4),
    )
    bobot = [atur[f"bobot_sakip_{k.removeprefix('nilai_')}"] for k in komponen]
    dalam = np.logical_and.reduce([e[k].between(0, b) for k, b in zip(komponen, bobot, strict=True)])
    sesuai = dalam & ((e["jumlah_komponen"] - e["nilai"]).abs() <= 0.01 + 1e-9)
    e["komponen_sesuai"] = pd.array(np.where(e["jumlah_komponen"].notna(), sesuai, None), dtype="boolean")
    skala = frames["skala_sakip"]
    kelas = _kelas(
        e["nilai"],
        skala,
        ["predikat", "sebutan", "urutan", "warna"],
        ["predikat", "sebutan", "urutan_predikat", "warna"],
    )
    e = pd.concat([e, kelas], axis=1)
    s, tepi = _skala_urut(skala)
    bawah = pd.Series(tepi[:-1], index=s["predikat"])
    e["urutan_target"] = e["target_predikat"].map(skala.set_index("predikat")["urutan"])
    e["batas_nilai_target"] = e["target_predikat"].map(bawah)
    urutan, target = pd.to_numeric(e["urutan_predikat"]), e["urutan_target"]
    e["memenuhi_target"] = pd.array(np.where(urutan.isna() | target.isna(), None, urutan <= target), dtype="boolean")
    e["kurang_dari_target"] = (e["batas_nilai_target"] - e["nilai"]).where(urutan > target)
    e["tingkat"] = np.where(e["kode_pd"].isna(), "pemda", "opd")
    e["nama"] = e["nama_pd"].fillna(e["nama_pemda"])
    e["singkatan"] = np.where(e["kode_pd"].isna(), e["nama_pemda"], e["singkatan_pd"].fillna(e["nama_pd"]))
    lalu = e[["kode_pemda", "kode_pd", "tahun", "nilai", "predikat", "urutan_predikat"]].assign(tahun=e["tahun"] + 1)
    lalu = lalu.rename(
        columns={"nilai": "nilai_tahun_lalu", "predikat": "predikat_tahun_lalu", "urutan_predikat": "_u"}
    )
    e = e.merge(lalu, on=["kode_pemda", "kode_pd", "tahun"], how="left")
    e["perubahan_nilai"] = e["nilai"] - e["nilai_tahun_lalu"]
    e["perubahan_tingkat"] = pd.to_numeric(e["_u"]) - pd.to_numeric(e["urutan_predikat"])
    e["tren"] = np.select(
        [e["nilai_tahun_lalu"].isna(), e["nilai"] > e["nilai_tahun_lalu"], e["nilai"] < e["nilai_tahun_lalu"]],
        [None, "naik", "turun"],
        default="tetap",
    )
    return e.drop(columns="_u")


def sakip(frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date) -> dict[str, pd.DataFrame]:
    """SAKIP: the latest evaluation up to the year, the OPD list, counts per predikat, trends in the family."""
    lingkup = Lingkup(frames, kode_pemda)
    hasil = _bingkai(frames, lingkup)
    p = frames["pemda"]
    baris = p[p["kode_pemda"] == kode_pemda]
    induk = baris["kode_induk"].fillna(baris["kode_pemda"]).iloc[0]
    keluarga = p[(p["kode_pemda"] == induk) | (p["kode_induk"] == induk)]
    sp = _sakip_predikat(frames, keluarga["kode_pemda"].tolist())
    milik = sp[(sp["kode_pemda"] == kode_pemda) & (sp["tahun"] <= tahun)]
    opd_semua = milik[milik["tingkat"] == "opd"]
    th = milik["tahun"].max()
    th_opd = opd_semua["tahun"].max()
    opd = opd_semua[opd_semua["tahun"] == th]
    pemda = milik[(milik["tingkat"] == "pemda") & (milik["tahun"] == th)]
    bb = frames["skala_sakip"].set_index("predikat").loc["BB", "urutan"]
    ringkas = []
    if pd.notna(th):
        pr = pemda.iloc[0] if len(pemda) else pd.Series(dtype=object)
        jumlah_bb = int((pd.to_numeric(opd["urutan_predikat"]) <= bb).sum())
        ringkas.append(
            {
                "tahun_evaluasi": th,
                **{k: pr.get(k) for k in ("nilai", "predikat", "sebutan", "warna", "target_predikat", "memenuhi_target",
                                          "batas_nilai_target", "kurang_dari_target", "nilai_tahun_lalu",
                                          "predikat_tahun_lalu", "perubahan_nilai")},
                "jumlah_opd": len(opd),
                "jumlah_opd_memenuhi_target": int((opd["memenuhi_target"] == True).sum()),  # noqa: E712
                "jumlah_opd_di_bawah_target": int((opd["memenuhi_target"] == False).sum()),  # noqa: E712
                "jumlah_opd_turun": int((opd["tren"] == "turun").sum()),
                "jumlah_opd_minimal_bb": jumlah_bb,
                "persen_opd_minimal_bb": _persen_dari(jumlah_bb, len(opd)) if len(opd) else np.nan,
            }
        )  # fmt: skip
    hasil["sakip_ringkasan"] = pd.DataFrame(ringkas, columns=None if ringkas else ["tahun_evaluasi"])
    s, tepi = _skala_urut(frames["skala_sakip"])
    hasil["sakip_skala"] = (
        s.assign(bawah=tepi[:-1], atas=tepi[1:])[["urutan", "predikat", "sebutan", "warna", "bawah", "atas"]]
        .sort_values("urutan")
        .reset_index(drop=True)
    )
    urutan_pemda = keluarga.assign(_kab=keluarga["tingkat"] != "provinsi").set_index("kode_pemda")["_kab"]
    tren = sp[sp["tingkat"] == "pemda"]
    hasil["sakip_pemda_tren"] = (
        tren.assign(terpilih=tren["kode_pemda"] == kode_pemda, _kab=tren["kode_pemda"].map(urutan_pemda))
        .sort_values(["_kab", "kode_pemda", "tahun"])
        .reset_index(drop=True)
    )
    daftar = opd_semua[opd_semua["tahun"] == th_opd]
    hasil["sakip_pd_daftar"] = _urut(
        daftar.assign(
            _m=daftar["memenuhi_target"].fillna(True), _turun=(daftar["tren"] == "turun").where(daftar["tren"].notna())
        ),
        [("_m", True, "last"), ("_turun", False, "last"), ("nilai", True, "last"), ("kode_pd", True, "last")],
    ).reset_index(drop=True)
    per = daftar["predikat"].value_counts()
    sk = frames["skala_sakip"].sort_values("urutan")
    hasil["sakip_predikat_jumlah"] = sk.assign(jumlah=sk["predikat"].map(per).fillna(0).astype(int))[
        ["urutan", "predikat", "sebutan", "warna", "jumlah"]
    ].reset_index(drop=True)
    hasil["sakip_pd_tren"] = opd_semua.sort_values(["singkatan", "tahun"]).reset_index(drop=True)
    return hasil


# --------------------------------------------------------------------------- shared: texts, latest capaian


def _isi(teks: pd.Series) -> pd.Series:
    """nullif(trim(x), ''): the trimmed text, empty when blank."""
    t = teks.astype("str").str.strip()
    return t.where(t != "")


def _gabung_teks(nilai: pd.Series, kunci: list[pd.Series], pemisah: str) -> pd.Series:
    """string_agg(distinct nilai, pemisah order by nilai) per key (the key's values as given, e.g. a group)."""
    df = pd.DataFrame({f"_k{i}": k.to_numpy() for i, k in enumerate(kunci)}).assign(_n=nilai.to_numpy())
    df = df.dropna(subset="_n").drop_duplicates().sort_values("_n")
    return df.groupby([f"_k{i}" for i in range(len(kunci))])["_n"].agg(pemisah.join)


def _capaian_terakhir(frames: Frames, lingkup: Lingkup, kode: pd.DataFrame, tahun: int, triwulan: int) -> pd.DataFrame:
    """capaian_terakhir: for each indicator of `kode` (the pemda and the code), its latest reported quarter up to the
    quarter in the year (a capaian_indikator row, every jenis), indexed by the pemda and the code."""
    if frames.get(PRA_SEMUA) is not None:  # the nation's capaian computed at load: slice the pemda's rows
        ct = lingkup.capaian(frames, [tahun], hanya_iku=False)
    else:  # only the indicators the page shows
        ind = lingkup.indikator[_ada_di(lingkup.indikator, kode, K_IND)]
        if ind.empty:
            return pd.DataFrame(index=pd.MultiIndex.from_arrays([[], []], names=K_IND))
        ct = lingkup.capaian(frames, [tahun], ind=ind)
    ci = ct[ct["sudah_lapor"] & (ct["tahun"] == tahun) & (ct["triwulan"] <= min(triwulan, 4))]
    return ci.sort_values("triwulan").drop_duplicates(K_IND, keep="last").set_index(K_IND)


def _kolom_capaian(df: pd.DataFrame, ci: pd.DataFrame, kolom: dict[str, str]) -> pd.DataFrame:
    """Columns of each row's latest capaian (`ci` from `_capaian_terakhir`), looked up on the pemda and the code;
    `kolom`: capaian column → name in df. Also `_ada_capaian`."""
    hasil = df.assign(_ada_capaian=_ada_di(df, ci.reset_index(), K_IND) if len(ci) else False)
    for asal, nama in kolom.items():
        hasil[nama] = _peta(df, K_IND, ci[asal]) if asal in ci.columns else np.nan
    return hasil


def _skala_program(frames: Frames, jenis: str) -> pd.DataFrame:
    s = frames["skala_status_program"]
    return s[s["jenis"] == jenis].set_index("status")


# --------------------------------------------------------------------------- page: Program Unggulan


def _unggulan_uang(lingkup: Lingkup, u: pd.DataFrame, tahun: int, bulan: int) -> pd.DataFrame:
    """Money of each program unggulan: its sub kegiatan of the year (a listed program or kegiatan covers every sub
    kegiatan below it; a sub listed twice counts once), pagu, cash plan and realisasi up to the month."""
    uang = lingkup.uang(tahun)
    keg = uang.kegiatan
    sub = keg.loc[keg["kode_kegiatan"].str.count(r"\.") == 5, [*K_KEG, "pagu"]]
    kode = u[[P, "kode_unggulan"]].assign(kode=_daftar_kode(u["kode_kegiatan"])).explode("kode").dropna()
    tertaut = (
        _awalan(sub)
        .merge(kode, left_on=[P, "awalan"], right_on=[P, "kode"])
        .drop_duplicates([P, "kode_unggulan", "kode_kegiatan"])
    )
    t = tertaut.merge(_kemajuan(uang, tertaut, bulan), left_on=K_KEG, right_index=True, how="left")
    t = t.assign(rencana_kas_sd=t["rencana_kas_sd"].fillna(0), realisasi_sd=t["realisasi_sd"].fillna(0))
    g = t.groupby([P, "kode_unggulan"])
    per = pd.DataFrame(
        {
            "jumlah_sub_kegiatan": g.size(),
            "pagu": _jumlah(g, "pagu"),
            "rencana_kas_sd": g["rencana_kas_sd"].sum(),
            "realisasi_sd": g["realisasi_sd"].sum(),
        }
    )
    per["serapan_persen"] = _persen_dari(per["realisasi_sd"], per["pagu"])
    return per


def _urut_papan(u: pd.DataFrame, skala: pd.DataFrame) -> pd.DataFrame:
    """The board's order: status (problems first; not assessed last), a differing report first, then the code."""
    u = u.assign(_urutan=u["status_papan"].map(skala["urutan"]).fillna(99))
    return u.sort_values(["_urutan", "status_berbeda", "kode_unggulan", P], ascending=[True, False, True, True])


def program_unggulan(
    frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date
) -> dict[str, pd.DataFrame]:
    """Program Unggulan: the board (the worse of the reported status and the milestones, on that date), the
    milestones, money of the linked sub kegiatan up to the reference month, the IKU's latest capaian."""
    lingkup = Lingkup(frames, kode_pemda)
    hasil = _bingkai(frames, lingkup)
    skala = _skala_program(frames, "unggulan")
    u = _status_unggulan(frames, lingkup.pd, hari_ini, tahun)
    u = _urut_papan(u, skala).reset_index(drop=True)
    bulan = _bulan_acuan(lingkup.uang(tahun), triwulan)
    uang = _unggulan_uang(lingkup, u, tahun, bulan)
    for k in uang.columns:
        u[k] = _peta(u, [P, "kode_unggulan"], uang[k])
    u["jumlah_sub_kegiatan"] = pd.to_numeric(u["jumlah_sub_kegiatan"]).fillna(0).astype(int)
    u["bulan_acuan"] = bulan
    u["kode_indikator"] = _isi(u["kode_indikator"])
    ind = lingkup.indikator.set_index(K_IND)
    u["nama_indikator"] = _peta(u, K_IND, ind["nama_indikator"])
    u["satuan"] = _peta(u, K_IND, ind["satuan"])
    ci = _capaian_terakhir(frames, lingkup, u[u["kode_indikator"].notna()], tahun, triwulan)
    u = _kolom_capaian(
        u,
        ci,
        {"periode": "periode_capaian", "capaian_persen": "capaian_persen", "predikat": "predikat",
         "warna_predikat": "warna_predikat", "keterangan": "_keterangan"},
    )  # fmt: skip
    u["keterangan_capaian"] = np.select(
        [u["kode_indikator"].isna(), ~u["_ada_capaian"]],
        ["Belum ada IKU yang dikaitkan", "Belum ada realisasi IKU tahun ini"],
        default=u["_keterangan"],
    )
    for asal in ("papan", "dilaporkan", "tonggak"):
        u[f"label_{asal}"] = u[f"status_{asal}"].map(skala["label"])
    for asal in ("papan", "tonggak"):
        u[f"warna_{asal}"] = u[f"status_{asal}"].map(skala["warna"])
    u["per_tanggal"] = pd.Timestamp(hari_ini)
    hasil["unggulan_status"] = u

    # the board's counts per status (and by the milestones alone); "Belum dinilai" only when it happens
    s = skala.reset_index()[["status", "label", "urutan", "warna"]]
    if u["status_papan"].isna().any():
        s = pd.concat(
            [s, pd.DataFrame([{"status": None, "label": "Belum dinilai", "urutan": 99, "warna": "#afb8c1"}])],
            ignore_index=True,
        )

    def hitung(kolom: str, status: object) -> int:
        """Programs whose status is this one (is not distinct from: the empty status counts the empty ones)."""
        return int(u[kolom].isna().sum() if pd.isna(status) else (u[kolom] == status).sum())

    s["jumlah"] = [hitung("status_papan", x) for x in s["status"]]
    s["jumlah_menurut_tonggak"] = [hitung("status_tonggak", x) for x in s["status"]]
    hasil["unggulan_status_jumlah"] = s.sort_values("urutan", kind="stable").reset_index(drop=True)

    # the milestones of those programs, for the gantt: in the board's order, then by month
    tg = _milik(frames, "tonggak", kode_pemda)
    urutan = u[[P, "kode_unggulan", "nama", "singkatan"]].assign(urutan_program=np.arange(1, len(u) + 1))
    tg = tg.merge(urutan, on=[P, "kode_unggulan"])
    keadaan = _keadaan_tonggak(tg, hari_ini)
    skala_tg = _skala_program(frames, "tonggak")
    awal = pd.to_datetime(tg["bulan_rencana"] + "-01")
    selesai = pd.to_datetime(tg["tanggal_selesai"])
    tg = tg.assign(
        nama_program=tg["nama"],
        awal=awal,
        akhir=awal + pd.DateOffset(months=1),
        tanggal_selesai=selesai.where(selesai <= pd.Timestamp(hari_ini)),
        keadaan=keadaan,
        label_keadaan=keadaan.map(skala_tg["label"]),
        warna=keadaan.map(skala_tg["warna"]),
        urutan_keadaan=keadaan.map(skala_tg["urutan"]),
    )
    hasil["unggulan_tonggak"] = tg.sort_values(["urutan_program", "bulan_rencana", "tonggak"]).reset_index(drop=True)
    return hasil


# --------------------------------------------------------------------------- page: Janji Kampanye


def _tanda_janji(frames: Frames, janji: pd.DataFrame, kk: pd.DataFrame, tahun: int) -> pd.DataFrame:
    """The pemda's tags of the year on promises within their term, on a kegiatan row of that year (any level)."""
    tag = _milik(frames, "tag_janji", janji[P].unique().tolist())
    tag = tag[(tag["tahun"] == tahun) & _ada_di(tag, janji, [P, "kode_janji"])]
    t = tag.merge(janji[[P, "kode_janji", "uraian"]].rename(columns={"uraian": "uraian_janji"}), on=[P, "kode_janji"])
    t = t.merge(kk[[*K_KEG, "tingkat", "nama", "kode_pd", "nama_pd", "singkatan"]], on=K_KEG)
    return t.assign(bentuk_dukungan=_isi(t["bentuk_dukungan"]), output=_isi(t["output"]))


def _di_bawah(df: pd.DataFrame, tanda: pd.DataFrame, kunci: list[str]) -> pd.DataFrame:
    """Rows of df (a kode_kegiatan each) under each tag's code (kode_tercakup), on the same `kunci` too: one row per
    tag × row below it, the tag's code as kode_tanda."""
    t = tanda[[*kunci, "kode_kegiatan"]].rename(columns={"kode_kegiatan": "kode_tanda"})
    return _awalan(df).merge(t, left_on=[*kunci, "awalan"], right_on=[*kunci, "kode_tanda"])


def janji_kampanye(
    frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date
) -> dict[str, pd.DataFrame]:
    """Janji Kampanye: each promise's status at the reference month, its tagged sub kegiatan, OPD, money, the IKU its
    kegiatan serve with their latest capaian, and the incomplete tags."""
    atur = _atur(frames)
    lingkup = Lingkup(frames, kode_pemda)
    hasil = _bingkai(frames, lingkup)
    uang = lingkup.uang(tahun)
    bulan = _bulan_acuan(uang, triwulan)
    janji, jk = _janji_kegiatan(frames, lingkup, tahun, bulan)
    cakupan = _cakupan_janji(frames, lingkup, tahun, bulan, (janji, jk))
    hasil["janji_status_jumlah"] = _janji_status_jumlah(frames, cakupan)
    kk = _keterlacakan_kegiatan(uang, lingkup.pd)
    si = _sub_iku(kk)
    si = si[si["kode_indikator"].notna()]
    tanda = _tanda_janji(frames, janji, kk, tahun)
    # the indicators served by the sub kegiatan under each tag (of the pemda's indicators), with their latest capaian
    kt = [P, "kode_janji", "kode_kegiatan"]
    layan = _di_bawah(si[[P, "kode_kegiatan", "kode_indikator"]], tanda, [P])
    layan = layan[_ada_di(layan, lingkup.indikator, K_IND)].merge(
        tanda[kt].rename(columns={"kode_kegiatan": "kode_tanda"}), on=[P, "kode_tanda"]
    )
    ind = lingkup.indikator.drop_duplicates(K_IND)
    ji = layan[[P, "kode_janji", "kode_indikator"]].drop_duplicates()
    ji = ji.merge(ind[[*K_IND, "nama_indikator", "satuan", "nama_pd"]], on=K_IND)
    ci = _capaian_terakhir(frames, lingkup, ji, tahun, triwulan)
    kolom_ci = ["periode", "target_sd", "target_min_sd", "target_max_sd", "realisasi_sd", "capaian_persen",
                "predikat", "warna_predikat"]  # fmt: skip
    ji = _kolom_capaian(ji, ci, {k: k for k in kolom_ci} | {"keterangan": "_keterangan"})

    # per promise: OPD, the IKU its tagged sub kegiatan serve (average capaian, capped), its tags
    jpd = jk.merge(lingkup.pd[[*K_PD, "nama_pd", "singkatan"]], on=K_PD)
    daftar_pd = _gabung_teks(jpd["singkatan"].fillna(jpd["nama_pd"]), [jpd[P], jpd["kode_janji"]], ", ")
    dibatasi = _dibatasi(pd.to_numeric(ji["capaian_persen"]), atur["batas_capaian_rata_rata"])
    gi = ji.assign(dibatasi=dibatasi).sort_values("kode_indikator").groupby([P, "kode_janji"])
    per_iku = pd.DataFrame(
        {
            "jumlah_iku": gi.size(),
            "rata_rata_capaian_iku": gi["dibatasi"].mean(),
            "daftar_iku": gi["nama_indikator"].agg(lambda x: "; ".join(x.dropna())),
        }
    )
    tag_keg = _milik(frames, "tag_janji", kode_pemda)
    tag_keg = tag_keg[(tag_keg["tahun"] == tahun) & _ada_di(tag_keg, uang.kegiatan, K_KEG)]
    kurang = _isi(tag_keg["bentuk_dukungan"]).isna() | _isi(tag_keg["output"]).isna()
    gt = tag_keg.assign(kurang=kurang).groupby([P, "kode_janji"])
    per_tag = pd.DataFrame({"jumlah_tag": gt.size(), "jumlah_tag_tidak_lengkap": gt["kurang"].sum()})
    c = cakupan
    kunci = [P, "kode_janji"]

    def per_janji(nilai: pd.Series, isi: object = np.nan) -> pd.Series:
        return pd.Series(_peta(c, kunci, nilai), index=c.index, dtype=object).fillna(isi).infer_objects()

    skala = _skala_program(frames, "janji")
    c = c.assign(
        label_status=c["status"].map(skala["label"]),
        warna_status=c["status"].map(skala["warna"]),
        _urutan=c["status"].map(skala["urutan"]),
        daftar_pd=per_janji(daftar_pd),
        jumlah_iku=per_janji(per_iku["jumlah_iku"], 0).astype(int),
        daftar_iku=per_janji(per_iku["daftar_iku"]),
        rata_rata_capaian_iku=pd.to_numeric(per_janji(per_iku["rata_rata_capaian_iku"])),
        jumlah_tag=per_janji(per_tag["jumlah_tag"], 0).astype(int),
        jumlah_tag_tidak_lengkap=per_janji(per_tag["jumlah_tag_tidak_lengkap"], 0).astype(int),
        bulan_acuan=bulan,
    )
    predikat = _predikat(c["rata_rata_capaian_iku"], frames["skala_predikat"])
    c = c.assign(predikat_iku=predikat["predikat"], warna_predikat_iku=predikat["warna_predikat"])
    hasil["janji_cakupan"] = c.sort_values(["_urutan", "kode_janji"]).reset_index(drop=True)

    # per tag: the sub kegiatan below it (of the same promise), their money and physical progress, the IKU served
    bawah = _di_bawah(jk, tanda, [P, "kode_janji"])
    gb = bawah.groupby([P, "kode_janji", "kode_tanda"])
    per_tanda = pd.DataFrame(
        {
            "jumlah_sub_kegiatan": gb.size(),
            "pagu": _jumlah(gb, "pagu"),
            "realisasi_sd": gb["realisasi_sd"].sum(),
            "fisik_persen_terendah": gb["fisik_persen"].min(),
            "tertinggal": gb["tertinggal"].any(),
        }
    )
    per_tanda["serapan_persen"] = _persen_dari(per_tanda["realisasi_sd"], per_tanda["pagu"])
    nama = pd.Series(_peta(layan, K_IND, ind.set_index(K_IND)["nama_indikator"]), index=layan.index)
    daftar_iku = _gabung_teks(nama, [layan[P], layan["kode_janji"], layan["kode_tanda"]], "; ")
    tk = tanda.assign(
        tanda_lengkap=tanda["bentuk_dukungan"].notna() & tanda["output"].notna(),
        **{k: _peta(tanda, kt, per_tanda[k]) for k in per_tanda.columns},
        daftar_iku=_peta(tanda, kt, daftar_iku),
    )
    tk["tertinggal"] = tk["tertinggal"].astype("boolean").fillna(False).astype(bool)
    hasil["janji_kegiatan"] = tk.sort_values(["kode_janji", "kode_kegiatan"]).reset_index(drop=True)

    # per promise × IKU served by its tagged kegiatan, with the latest capaian (low first, none first of all)
    ji["keterangan"] = ji["_keterangan"].where(ji["_ada_capaian"], "Belum ada realisasi tahun ini")
    hasil["janji_iku"] = _urut(
        ji, [("kode_janji", True, "last"), ("capaian_persen", True, "first"), ("kode_indikator", True, "last")]
    ).reset_index(drop=True)

    # incomplete tags: no form of support or no output
    t = tanda[tanda["bentuk_dukungan"].isna() | tanda["output"].isna()]
    t = t.assign(
        yang_kurang=np.select(
            [t["bentuk_dukungan"].isna() & t["output"].isna(), t["bentuk_dukungan"].isna()],
            ["bentuk dukungan dan output", "bentuk dukungan"],
            default="output",
        )
    )
    hasil["janji_tag_tidak_lengkap"] = _urut(
        t, [("singkatan", True, "last"), ("kode_janji", True, "last"), ("kode_kegiatan", True, "last")]
    ).reset_index(drop=True)
    return hasil


# --------------------------------------------------------------------------- page: Tindak Lanjut


def _rujukan_tindak_lanjut(frames: Frames, lingkup: Lingkup, kode_pemda: str, tahun: int) -> pd.DataFrame:
    """The choices of the follow-up form: OPD, IKU, program unggulan, kegiatan of the year, meetings (newest first)."""
    opd = lingkup.pd
    iku = lingkup.iku
    pu = _milik(frames, "program_unggulan", kode_pemda)
    keg = lingkup.uang(tahun).kegiatan
    tl = _milik(frames, "tindak_lanjut", kode_pemda)
    rapat = tl[tl["rapat"].notna()].groupby("rapat")["tanggal_rapat"].max().reset_index()
    bagian = [
        pd.DataFrame({"jenis": "opd", "kode": opd["kode_pd"], "label": opd["nama_pd"], "urut": opd["kode_pd"]}),
        pd.DataFrame(
            {"jenis": "indikator", "kode": iku["kode_indikator"],
             "label": iku["kode_indikator"] + " " + iku["nama_indikator"], "urut": iku["kode_indikator"]}
        ),
        pd.DataFrame(
            {"jenis": "unggulan", "kode": pu["kode_unggulan"], "label": pu["kode_unggulan"] + " " + pu["nama"],
             "urut": pu["kode_unggulan"]}
        ),
        pd.DataFrame(
            {"jenis": "kegiatan", "kode": keg["kode_kegiatan"], "label": keg["kode_kegiatan"] + " " + keg["nama"],
             "urut": keg["kode_kegiatan"]}
        ),
        pd.DataFrame(
            {"jenis": "rapat", "kode": rapat["rapat"], "label": rapat["rapat"],
             "urut": pd.to_datetime(rapat["tanggal_rapat"]).dt.strftime("%Y-%m-%d")}
        ),
    ]  # fmt: skip
    r = pd.concat([b.astype({"urut": object}) for b in bagian], ignore_index=True)
    # meetings newest first (no date last); everything else by code
    r["_rapat"] = r["urut"].where(r["jenis"] == "rapat")
    r = _urut(r, [("jenis", True, "last"), ("_rapat", False, "last"), ("urut", True, "last")])
    return r[["jenis", "kode", "label"]].reset_index(drop=True)


def _tindak_lanjut_daftar(frames: Frames, tl: pd.DataFrame, kode_pemda: str, tahun: int, hari: pd.Timestamp):
    """tindak_lanjut_daftar: the pemda's follow-ups decided in the year and those still open from earlier years, with
    the names of what they are linked to; the most pressing first."""
    th = tl["tahun_rapat"]
    t = tl[(tl[P] == kode_pemda) & ((th == tahun) | th.isna() | (tl["terbuka"].fillna(False) & (th < tahun)))]
    pdm = frames["perangkat_daerah"].set_index(K_PD)
    ind = frames["indikator"].set_index(K_IND)["nama_indikator"]
    pu = frames["program_unggulan"].set_index([P, "kode_unggulan"])["nama"]
    # a kegiatan's name in the follow-up's pemda: that of the latest year holding the code
    keg = _milik(frames, "kegiatan", kode_pemda)
    keg = keg[_ada_di(keg, t, K_KEG)].sort_values("tahun").drop_duplicates(K_KEG, keep="last")
    singkatan = pd.Series(_peta(t, K_PD, pdm["singkatan"]), index=t.index)
    terbuka = t["terbuka"].fillna(False).astype(bool)
    t = t.assign(
        label_pd=singkatan.fillna(t["nama_pd"]),
        sisa_hari=(t["batas_waktu"] - hari).dt.days.where(terbuka & (t["keadaan"] != "lewat_batas")),
        nama_indikator=_peta(t, K_IND, ind),
        nama_unggulan=_peta(t, [P, "kode_unggulan"], pu),
        nama_kegiatan=_peta(t, K_KEG, keg.set_index(K_KEG)["nama"]),
        tanggal_selesai=t["tanggal_selesai"].where(t["keadaan"] == "selesai"),
        dibawa_dari_tahun_lalu=(t["tahun_rapat"] < tahun).astype("boolean").where(t["tahun_rapat"].notna()),
    )
    return _urut(
        t,
        [("urutan_keadaan", True, "last"), ("hari_lewat_batas", False, "last"), ("batas_waktu", True, "last"),
         ("tanggal_selesai", False, "last"), ("kode_tindak_lanjut", True, "last")],
    ).reset_index(drop=True)  # fmt: skip


def _rapat_tindak_lanjut(tl: pd.DataFrame, kode_pemda: str, tahun: int, hari: pd.Timestamp) -> pd.DataFrame:
    """Each meeting of the pemda and the fate of its decisions on that date (rapat_tindak_lanjut_per): meetings of the
    year and earlier ones with open follow-ups, newest first; the last meeting before the date marked."""
    t = tl[tl[P] == kode_pemda]
    t = t.assign(
        selesai=t["keadaan"] == "selesai",
        tepat=t["selesai_tepat_waktu"] == True,  # noqa: E712
        buka=t["terbuka"].fillna(False).astype(bool),
        batal=t["keadaan"] == "batal",
    )
    g = t.groupby("rapat", dropna=False)
    r = pd.DataFrame(
        {
            "tanggal_rapat": g["tanggal_rapat"].min(),
            "jumlah": g.size(),
            "jumlah_selesai": g["selesai"].sum(),
            "jumlah_selesai_tepat_waktu": g["tepat"].sum(),
            "jumlah_terbuka": g["buka"].sum(),
            "jumlah_lewat_batas": g["lewat_batas"].sum(),
            "jumlah_batal": g["batal"].sum(),
        }
    ).reset_index()
    r["persen_selesai"] = _persen_dari(r["jumlah_selesai"], r["jumlah"] - r["jumlah_batal"])
    lalu = r.loc[r["tanggal_rapat"] < hari, "tanggal_rapat"].max()
    r["rapat_lalu"] = (r["tanggal_rapat"] == lalu).fillna(False).astype(bool)
    th = r["tanggal_rapat"].dt.year
    r = r[(th == tahun) | r["tanggal_rapat"].isna() | ((th < tahun) & (r["jumlah_terbuka"] > 0))]
    return _urut(r, [("tanggal_rapat", False, "last"), ("rapat", True, "last")]).reset_index(drop=True)


def _kode_tindak_lanjut_baru(frames: Frames, kode_pemda: str, tahun: int) -> pd.DataFrame:
    """The suggested code of a new follow-up: TL-<tahun>-<next number> among the pemda's codes, at least two digits."""
    kode = _milik(frames, "tindak_lanjut", kode_pemda)["kode_tindak_lanjut"]
    kode = kode[kode.str.startswith(f"TL-{tahun}-")]
    nomor = pd.to_numeric(kode.str.extract(r"^TL-[0-9]{4}-([0-9]+)$")[0])
    nomor = nomor[nomor <= np.iinfo(np.int32).max]  # try_cast(… as integer)
    lanjut = int(nomor.max()) + 1 if len(nomor) else 1
    return pd.DataFrame({"kode_tindak_lanjut": [f"TL-{tahun}-{lanjut:02d}"]})


def _rapat_tinjau(rapat: pd.DataFrame) -> str:
    """The meeting the page reviews by default: the last one before the date, else the first named one ('' when none
    is named: the page shows no review, and the list stays whole)."""
    bernama = rapat[rapat["rapat"].notna()]
    lalu = bernama.loc[bernama["rapat_lalu"], "rapat"]
    return lalu.iloc[0] if len(lalu) else (bernama["rapat"].iloc[0] if len(bernama) else "")


def tindak_lanjut(
    frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date
) -> dict[str, pd.DataFrame]:
    """Tindak Lanjut: the form's choices, the headline numbers, the list (all, and the meeting under review), the
    meetings and the fate of their decisions, the next code."""
    lingkup = Lingkup(frames, kode_pemda)
    hasil = _bingkai(frames, lingkup)
    hari = pd.Timestamp(hari_ini)
    hasil["tindak_lanjut_rujukan"] = _rujukan_tindak_lanjut(frames, lingkup, kode_pemda, tahun)
    tl = _tindak_lanjut(frames, hari_ini, kode_pemda)
    hasil["tindak_lanjut_ringkasan"] = _tindak_lanjut_ringkasan(tl, frames, kode_pemda, tahun, hari_ini)
    daftar = _tindak_lanjut_daftar(frames, tl, kode_pemda, tahun, hari)
    hasil["tindak_lanjut_daftar"] = daftar
    rapat = _rapat_tindak_lanjut(tl, kode_pemda, tahun, hari)
    hasil["tindak_lanjut_rapat"] = rapat
    tinjau = _rapat_tinjau(rapat)
    hasil["tindak_lanjut_daftar#rapat"] = daftar[daftar["rapat"] == tinjau].reset_index(drop=True) if tinjau else daftar
    hasil["tindak_lanjut_kode_baru"] = _kode_tindak_lanjut_baru(frames, kode_pemda, tahun)
    return hasil


# --------------------------------------------------------------------------- page: Laporan Triwulan


def _keadaan_periode_lapor(frames: Frames, kode_pemda: str, hari: pd.Timestamp) -> pd.DataFrame:
    """The pemda's quarters reported through the app on that date: deadline (set, or the quarter's end plus
    batas_lapor_hari), past it, locked unless reopened until a date not yet passed."""
    p = _milik(frames, "periode_lapor", kode_pemda)
    triwulan = p["periode"].str[-1].astype(int)
    akhir = pd.to_datetime(pd.DataFrame({"year": p["tahun"], "month": triwulan * 3, "day": 1})) + pd.offsets.MonthEnd(0)
    hari_lapor = int(_atur(frames)["batas_lapor_hari"])
    batas = pd.to_datetime(p["batas_lapor"]).fillna(akhir + pd.Timedelta(days=hari_lapor))
    dibuka = pd.to_datetime(p["dibuka_sampai"])
    return pd.DataFrame(
        {
            "kode_pemda": p[P],
            "tahun": p["tahun"],
            "periode": p["periode"],
            "triwulan": triwulan,
            "akhir_triwulan": akhir,
            "batas_lapor_diatur": p["batas_lapor"],
            "batas_lapor": batas,
            "dibuka_sampai": p["dibuka_sampai"],
            "catatan": p["catatan"],
            "lewat_batas": hari > batas,
            "terkunci": (hari > batas) & ~(hari <= dibuka).fillna(False),
        }
    )


def _capaian_lapor(frames: Frames, lingkup: Lingkup, kode_pemda: str, tahun: int) -> pd.DataFrame:
    """The pemda's IKU capaian with every value entered (capaian_triwulan_nilai(true)): a pemda reporting through the
    app (periode_lapor or status_lapor rows) counts its unverified values too; for any other pemda every value is
    verified already, so its figures are the leaders' ones."""
    lapor = set(frames["periode_lapor"][P]) | set(frames["status_lapor"][P])
    if kode_pemda not in lapor:
        return lingkup.capaian(frames, [tahun])
    real = _realisasi_semua(frames)
    real = real[real[P] == kode_pemda]
    real = real[_ada_di(real, lingkup.indikator, K_IND)]
    return capaian_triwulan(frames, lingkup.iku, [tahun], tgt=lingkup.target, real=real, tren=False)


def _realisasi_semua(frames: Frames) -> pd.DataFrame:
    """Every realisasi row entered, verified or not (frames from `muat` keep it beside the leaders' realisasi)."""
    return frames.get("realisasi_semua", frames["realisasi"])


def _opd_pilihan(iku: pd.DataFrame) -> str:
    """The OPD whose entry form and budget rows the page shows: an administrator's default, the first of the IKU list
    ('' when the list is empty: the page stops before)."""
    return iku["kode_pd"].iloc[0] if len(iku) else ""


def laporan_triwulan(
    frames: Frames, kode_pemda: str, tahun: int, triwulan: int, hari_ini: dt.date
) -> dict[str, pd.DataFrame]:
    """Laporan Triwulan: the quarter's deadline and lock, each OPD's reporting state, the IKU to report (values,
    capaian, workflow state, version), and the first OPD's sub kegiatan budget rows of the quarter's months."""
    lingkup = Lingkup(frames, kode_pemda)
    hasil = _bingkai(frames, lingkup)
    hari = pd.Timestamp(hari_ini)
    periode = _keadaan_periode_lapor(frames, kode_pemda, hari)
    hasil["lapor_periode"] = periode[(periode["tahun"] == tahun) & (periode["triwulan"] == triwulan)].reset_index(
        drop=True
    )
    ct = _capaian_lapor(frames, lingkup, kode_pemda, tahun)
    ct = ct[(ct["tahun"] == tahun) & (ct["triwulan"] == triwulan)]
    k = [*K_IND, "tahun", "periode"]
    sl = _milik(frames, "status_lapor", kode_pemda)
    sl = sl[(sl["tahun"] == tahun) & (sl["periode"] == f"TW{triwulan}")].set_index(k)
    ct = ct.assign(status_lapor_isian=_peta(ct, k, sl["status"]))

    # each OPD's reporting state, in a quarter reported through the app
    w = ct[ct["wajib_lapor"] & _ada_di(ct, periode, [P, "tahun", "periode"])]
    s = w["status_lapor_isian"]
    w = w.assign(
        masuk=s.isin(["diajukan", "diverifikasi"]),
        diajukan=s == "diajukan",
        diverifikasi=s == "diverifikasi",
        dikembalikan=s == "dikembalikan",
        draf=s == "draf",
        belum=s.isna(),
    )
    g = w.groupby([*K_PD, "tahun", "triwulan", "periode"], dropna=False)
    opd = pd.DataFrame(
        {
            "nama_pd": g["nama_pd"].first(),
            "singkatan": g["singkatan"].first(),
            "jumlah_wajib": g.size(),
            "jumlah_masuk": g["masuk"].sum(),
            "jumlah_diajukan": g["diajukan"].sum(),
            "jumlah_diverifikasi": g["diverifikasi"].sum(),
            "jumlah_dikembalikan": g["dikembalikan"].sum(),
            "jumlah_draf": g["draf"].sum(),
            "jumlah_belum_diisi": g["belum"].sum(),
        }
    ).reset_index()
    kp = periode.set_index([P, "tahun", "periode"])
    opd["batas_lapor"] = pd.to_datetime(
        pd.Series(_peta(opd, [P, "tahun", "periode"], kp["batas_lapor"]), index=opd.index)
    )
    opd["terkunci"] = _peta(opd, [P, "tahun", "periode"], kp["terkunci"])
    opd["sudah_lapor"] = opd["jumlah_masuk"] == opd["jumlah_wajib"]
    lewat = hari > opd["batas_lapor"]
    opd["hari_terlambat"] = (hari - opd["batas_lapor"]).dt.days.where(
        (opd["jumlah_masuk"] < opd["jumlah_wajib"]) & lewat
    )
    kembali = opd["jumlah_dikembalikan"] > 0
    opd["keadaan"] = np.select(
        [opd["jumlah_diverifikasi"] == opd["jumlah_wajib"], opd["sudah_lapor"], kembali & lewat, kembali, lewat],
        ["Terverifikasi", "Menunggu verifikasi", "Dikembalikan, terlambat", "Dikembalikan", "Terlambat"],
        default="Belum lapor",
    )
    operator = _milik(frames, "pengguna", kode_pemda)
    operator = operator[(operator["peran"] == "operator_opd") & operator["kode_pd"].notna()]
    email = operator.sort_values("email").groupby(K_PD)["email"].agg(",".join)
    opd["email_operator"] = _peta(opd, K_PD, email)
    hasil["lapor_status_opd"] = _urut(
        opd.assign(_selisih=opd["jumlah_masuk"] - opd["jumlah_wajib"]),
        [("sudah_lapor", True, "last"), ("hari_terlambat", False, "last"), ("jumlah_dikembalikan", False, "last"),
         ("_selisih", True, "last"), ("nama_pd", True, "last")],
    ).reset_index(drop=True)  # fmt: skip

    # the IKU to report: last quarter's value, this quarter's, the workflow state and the rows' versions
    iku = ct[ct["wajib_lapor"] | ct["sudah_lapor"]]
    real = _realisasi_semua(frames)
    real = real[real[P] == kode_pemda]
    ri = real.set_index(k)
    tahun_lalu, tw_lalu = _lalu(tahun, triwulan)
    lalu = iku[K_IND].assign(tahun=tahun_lalu, periode=f"TW{tw_lalu}")
    versi_r = pd.to_numeric(pd.Series(_peta(iku, k, ri["batch_id"]), index=iku.index))
    versi_s = pd.to_numeric(pd.Series(_peta(iku, k, sl["batch_id"]), index=iku.index))
    batch = frames["impor_batch"].set_index("batch_id")
    terakhir = pd.DataFrame({"batch_id": np.fmax(versi_r, versi_s)})
    iku = iku.assign(
        realisasi_tw_lalu=_peta(lalu, k, ri["realisasi"]),
        status_capaian=iku["status"],
        status_lapor=np.where(
            iku["status_lapor_isian"].notna(),
            iku["status_lapor_isian"].astype(object),
            np.where(iku["sudah_lapor"], "tanpa status", "belum diisi"),
        ),
        catatan_verifikasi=_peta(iku, k, sl["catatan_verifikasi"]),
        versi_realisasi=versi_r,
        versi_status=versi_s,
        diubah_oleh=_peta(terakhir, ["batch_id"], batch["pengguna"]),
        diubah_pada=_peta(terakhir, ["batch_id"], batch["waktu"]),
    )
    iku = _urut(iku, [("nama_pd", True, "last"), ("kode_indikator", True, "last")]).reset_index(drop=True)
    hasil["lapor_iku_opd"] = iku

    # the chosen OPD's sub kegiatan × the quarter's months, reported or not, as stored (monthly or cumulative)
    kode_pd = _opd_pilihan(iku)
    uang = lingkup.uang(tahun)
    keg = uang.kegiatan
    sub = keg.loc[(keg["kode_pd"] == kode_pd) & (keg["kode_kegiatan"].str.count(r"\.") == 5),
                  [P, "tahun", "kode_kegiatan", "nama", "pagu"]]  # fmt: skip
    bulan = pd.DataFrame({"bulan": range((triwulan - 1) * 3 + 1, triwulan * 3 + 1)})
    ra = uang.realisasi_anggaran
    kumulatif = ra["realisasi_kumulatif"].notna().groupby([ra[P], ra["kode_kegiatan"]]).any()
    a = sub.merge(bulan, how="cross").merge(
        ra[[*K_KEG, "bulan", "realisasi", "realisasi_kumulatif", "fisik_persen"]], on=[*K_KEG, "bulan"], how="left"
    )
    a["bentuk_kumulatif"] = pd.Series(_peta(a, K_KEG, kumulatif), index=a.index).fillna(False).astype(bool)
    hasil["lapor_anggaran_opd"] = a.sort_values(["kode_kegiatan", "bulan"]).reset_index(drop=True)
    return hasil


# --------------------------------------------------------------------------- verification against the SQL

# Per page: the queries whose results the pandas frames reproduce (same name), with extra parameters, and columns
# the comparison leaves out (with the reason in the module docstring).
KUERI_BINGKAI = ["pemda_daftar", "tahun_daftar", "periode_terakhir"]
# An entry is a query name, or (name, extra parameters); "=" stands for the selected pemda.
KUERI_HALAMAN: dict[str, list[str | tuple[str, dict]]] = {
    "Ringkasan": [
        *KUERI_BINGKAI,
        "pemda_triwulan_ringkasan",
        "ringkasan_iku",
        "ringkasan_serapan",
        "ringkasan_unggulan",
        "tindak_lanjut_ringkasan",
        "jadwal_ringkasan",
        "janji_status_jumlah",
        ("pk_ringkas", {"hanya_pemda": "="}),
        "pk_pd_daftar",
        "ringkasan_pengecualian",
        "predikat_triwulan_jumlah",
        "pd_triwulan_peringkat",
    ],
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
KUERI_HALAMAN["Distribusi Jadwal"] = [
    *KUERI_BINGKAI,
    "jadwal_ringkasan",
    "serapan_pemda_triwulan",
    "pd_bulan_pelaksanaan",
    "jadwal_bulan_tahap",
    "jadwal_pd_penumpukan",
    "jadwal_mutu_pd",
    "serapan_target",
    "serapan_pemda_bulan",
    "serapan_pd_fisik",
]
KUERI_HALAMAN["Perjanjian Kinerja"] = [
    *KUERI_BINGKAI,
    ("pk_ringkas", {"hanya_pemda": "", "keluarga": "="}),
    "pk_pd_daftar",
]
KUERI_HALAMAN["SAKIP"] = [
    *KUERI_BINGKAI,
    "sakip_ringkasan",
    "sakip_skala",
    "sakip_pemda_tren",
    "sakip_pd_daftar",
    "sakip_predikat_jumlah",
    "sakip_pd_tren",
]
KUERI_HALAMAN["Kabupaten/Kota"] = [
    *KUERI_BINGKAI,
    "pemda_banding_kelompok",
    "pemda_banding_ubin",
    "pemda_banding_peringkat",
    "pemda_banding_tren",
    "pemda_banding_lintas_sektor",
]
# The SQL view ranks every pemda of the nation that has the indicator; the pandas app ranks the family it shows.
KOLOM_DILEWATI.update(
    {
        "pemda_banding_ubin": {"peringkat_capaian", "jumlah_pemda_lapor"},
        "pemda_banding_peringkat": {"peringkat_capaian", "peringkat_realisasi", "jumlah_pemda_lapor"},
    }
)
KUERI_HALAMAN["Keterlacakan"] = [
    *KUERI_BINGKAI,
    "keterlacakan_ringkasan",
    "keterlacakan_yatim",
    "keterlacakan_iku_tanpa_kegiatan",
    "keterlacakan_pd_prioritas",
    "keterlacakan_non_prioritas_tanpa_kontribusi",
    "keterlacakan_pohon",
]
KUERI_HALAMAN["Program Unggulan"] = [*KUERI_BINGKAI, "unggulan_status", "unggulan_status_jumlah", "unggulan_tonggak"]
KUERI_HALAMAN["Janji Kampanye"] = [
    *KUERI_BINGKAI,
    "janji_cakupan",
    "janji_status_jumlah",
    "janji_kegiatan",
    "janji_iku",
    "janji_tag_tidak_lengkap",
]
# The list twice: whole (no filter), and the meeting under review (`_parameter`: rapat).
KUERI_HALAMAN["Tindak Lanjut"] = [
    *KUERI_BINGKAI,
    "tindak_lanjut_rujukan",
    ("tindak_lanjut_ringkasan", {"kode_pd": ""}),
    ("tindak_lanjut_daftar", {"keadaan": [], "kode_pd": "", "rapat": ""}),
    "tindak_lanjut_rapat",
    ("tindak_lanjut_daftar#rapat", {"keadaan": [], "kode_pd": ""}),
    "tindak_lanjut_kode_baru",
]
# The IKU list of every OPD, then the budget rows of the OPD chosen (`_parameter`: kode_pd).
KUERI_HALAMAN["Laporan Triwulan"] = [
    *KUERI_BINGKAI,
    "lapor_periode",
    "lapor_status_opd",
    ("lapor_iku_opd", {"kode_pd": ""}),
    "lapor_anggaran_opd",
]
# Lists ordered by a computed float: rows are matched by their key, and the order is checked on the sort columns,
# so two rows whose sort values differ only in the last bits (DuckDB's avg and a pandas mean) may swap.
KUNCI_URUT: dict[str, tuple[list[str], list[str]]] = {
    "iku_triwulan_daftar": (K_IND, ["status", "capaian_persen"]),
    "iku_triwulan_peringatan": (K_IND, ["capaian_rendah", "capaian_persen", "progres_proyeksi_persen"]),
    "pd_triwulan_peringkat": (K_PD, ["rata_rata_capaian"]),
    "pd_triwulan_tren": ([*K_PD, "triwulan"], ["urutan_pd", "triwulan"]),
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
    angka = [pd.api.types.is_numeric_dtype(x) or pd.api.types.is_bool_dtype(x) for x in (a, b)]
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
    if len(sql) == 0:
        return []
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
    if "tindak_lanjut_rapat" in hasil:  # Tindak Lanjut: the meeting under review
        p["rapat"] = _rapat_tinjau(hasil["tindak_lanjut_rapat"])
    if "lapor_iku_opd" in hasil:  # Laporan Triwulan: the OPD whose budget rows are shown
        p["kode_pd"] = _opd_pilihan(hasil["lapor_iku_opd"])
    return p


def periksa(  # noqa: PLR0917 (the signature skala.py calls)
    con: duckdb.DuckDBPyConnection,
    frames: Frames,
    kode_pemda: str,
    tahun: int,
    triwulan: int,
    hari_ini: dt.date,
    *,
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
        for entri in KUERI_HALAMAN[label]:
            nama, tambahan = (entri, {}) if isinstance(entri, str) else entri
            sql = pdb.query_sql(nama.split("#")[0])  # "query#choice": the query run again with another choice
            pk = p | {k: kode_pemda if v == "=" else v for k, v in tambahan.items()}
            df = con.execute(sql, pdb.used_parameters(sql, pk)).df()
            if nama not in hasil:
                salah.append(f"{label}: {nama} tidak dihitung pandas")
                continue
            salah += [f"{label}: {s}" for s in banding(nama, df, hasil[nama], KOLOM_DILEWATI.get(nama, set()))]
    return salah


HALAMAN_PANDAS: dict[str, Callable[..., dict[str, pd.DataFrame]]] = {
    "Ringkasan": ringkasan,
    "Capaian IKU": capaian_iku,
    "Keterlacakan": keterlacakan,
    "Kabupaten/Kota": kabupaten_kota,
    "Distribusi Jadwal": distribusi_jadwal,
    "Perjanjian Kinerja": perjanjian_kinerja,
    "SAKIP": sakip,
    "Program Unggulan": program_unggulan,
    "Janji Kampanye": janji_kampanye,
    "Tindak Lanjut": tindak_lanjut,
    "Laporan Triwulan": laporan_triwulan,
}


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("kode_pemda", nargs="?", default=None, help="bawaan: kabupaten/kota pertama menurut kode")
    ap.add_argument("--tahun", type=int, default=None, help="bawaan: tahun terakhir yang punya data")
    ap.add_argument("--triwulan", type=int, default=None, help="bawaan: triwulan terakhir yang dilaporkan pemda itu")
    ap.add_argument("--hari-ini", type=dt.date.fromisoformat, default=dt.date.today())
    ap.add_argument("--ulang", type=int, default=5)
    args = ap.parse_args()
    con = duckdb.connect(str(args.db), read_only=True)
    t0 = time.perf_counter()
    frames = muat(con)
    print(
        f"memuat {len(frames)} tabel ({sum(len(f) for f in frames.values()):,} baris): {time.perf_counter() - t0:.1f} s"
    )
    kode = (
        args.kode_pemda
        or con.execute(
            "select kode_pemda from pemda where tingkat <> 'provinsi' order by kode_pemda limit 1"
        ).fetchall()[0][0]
    )
    tahun = args.tahun or max(_tahun_data(frames))
    terakhir = _bingkai(frames, Lingkup(frames, kode))["periode_terakhir"]
    tw_tahun = terakhir.loc[terakhir["tahun"] == tahun, "triwulan"]
    triwulan = args.triwulan or (int(tw_tahun.iloc[0]) if len(tw_tahun) else 1)
    print(f"pemda {kode}, tahun {tahun}, triwulan {triwulan}, hari ini {args.hari_ini}")
    salah = periksa(con, frames, kode, tahun, triwulan, args.hari_ini)
    print("periksa: semua sama dengan SQL" if not salah else f"periksa: {len(salah)} beda")
    for s in salah:
        print("  " + s)
    for label, fungsi in HALAMAN_PANDAS.items():
        kali = []
        for _ in range(args.ulang):
            t0 = time.perf_counter()
            fungsi(frames, kode, tahun, triwulan, args.hari_ini)
            kali.append((time.perf_counter() - t0) * 1000)
        print(f"{label:20s} {statistics.median(kali):8.0f} ms (median {args.ulang}×)")


if __name__ == "__main__":
    main()
