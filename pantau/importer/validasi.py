"""Rules across rows and tables, checked before anything is written (CONTRACT.md "Tables").

Input: the typed frames of one import (`{table: frame}` with `_berkas`, `_lembar`, `_baris`) and
a connection to the database they will join (for references and for rules that look at the
rows already stored). Output: findings; a few fixes that the contract asks for (a range written
high→low is swapped) are applied to the frames and reported as warnings.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from pantau.contract import REFERENSI_SETAHUN, TABEL
from pantau.db import sql_daftar
from pantau.temuan import Temuan, galat, peringatan

JUMLAH_TIDAK_NEGATIF = {
    "kegiatan": ["pagu"],
    "rencana_kas": ["nilai"],
    "realisasi_anggaran": ["realisasi", "realisasi_kumulatif"],
    "anggaran_opd": ["pagu", "rencana_kas", "realisasi", "realisasi_kumulatif", "serapan_opd_kumulatif"],
}


def _tempat(frame: pd.DataFrame, idx: object, kolom: str = "") -> dict[str, object]:
    r = frame.loc[idx]
    return {
        "berkas": r["_berkas"],
        "lembar": r["_lembar"],
        "baris": int(r["_baris"]),
        "kolom": kolom,
    }


def _benar(mask: pd.Series) -> pd.Series:
    """A comparison with NULLs as False (nullable dtypes give NA, which cannot index)."""
    return mask.fillna(False).astype(bool)


def _nilai(v: object) -> str:
    return "" if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v)


def periksa_kunci(tabel: str, frame: pd.DataFrame) -> list[Temuan]:
    """A key repeated inside one import is refused (each repeat names the first row)."""
    kunci = list(TABEL[tabel].kunci)
    dup = frame.duplicated(kunci, keep=False)
    if not dup.any():
        return []
    temuan = []
    pertama = frame[dup].groupby(kunci, dropna=False)["_baris"].transform("min")
    for idx in frame[dup].index:
        if frame.at[idx, "_baris"] == pertama.at[idx]:
            continue
        isi = ", ".join(f"{k}={_nilai(frame.at[idx, k])}" for k in kunci)
        temuan.append(
            galat(
                f"Kunci ganda dalam impor ini ({isi}); sama dengan baris {int(pertama.at[idx])}. Hapus salah satu.",
                **_tempat(frame, idx, "+".join(kunci)),
            )
        )
    return temuan


def _kunci_ref(tabel: str, ref_tabel: str) -> list[str]:
    """The columns a reference from `tabel` into `ref_tabel` matches on, besides the code itself (v2: the
    row's own pemda; kegiatan of the same tahun for the per-month tables)."""
    kolom = ["kode_pemda"] if ref_tabel != "pemda" else []
    if tabel in REFERENSI_SETAHUN and ref_tabel == "kegiatan":
        kolom.append("tahun")
    return kolom


def periksa_referensi(frames: dict[str, pd.DataFrame], con: duckdb.DuckDBPyConnection) -> list[Temuan]:
    """Every code that refers to another table exists in the row's own pemda (CONTRACT.md v2), in the
    database or in the same import. The same code in another pemda does not count."""
    temuan: list[Temuan] = []
    cache: dict[tuple[str, str, tuple[str, ...]], pd.MultiIndex] = {}
    # only the pemda of this import are looked up (a national database holds 552): references resolve inside them
    pemda_impor = sorted(
        {str(p) for f in frames.values() if "kode_pemda" in f.columns for p in f["kode_pemda"].dropna().unique()}
    )
    kode_semua: dict[tuple[str, str], set[str]] = {}  # every pemda's codes, read only when a reference is missing
    for tabel, frame in frames.items():
        for k in TABEL[tabel].kolom:
            if not k.referensi or frame.empty:
                continue
            ref_tabel, ref_kolom = k.referensi
            lingkup = _kunci_ref(tabel, ref_tabel)
            key = (ref_tabel, ref_kolom, tuple(lingkup))
            if key not in cache:
                pilih = [*lingkup, ref_kolom]
                saring = (
                    f" where kode_pemda in ({sql_daftar(pemda_impor)})"
                    if "kode_pemda" in lingkup and pemda_impor
                    else ""
                )
                ada = con.execute(f"select distinct {', '.join(pilih)} from {ref_tabel}{saring}").df()
                if ref_tabel in frames:
                    ada = pd.concat([ada, frames[ref_tabel][pilih].dropna()], ignore_index=True)
                cache[key] = pd.MultiIndex.from_frame(ada.astype(object).drop_duplicates())
            ada_idx = cache[key]
            isi = frame[k.nama].dropna()
            if k.daftar:
                isi = isi.str.split(";").explode()
                isi = isi[isi.notna() & (isi != "")]
            if isi.empty:
                continue
            cari = pd.MultiIndex.from_arrays(
                [frame.loc[isi.index, c].astype(object).to_numpy() for c in lingkup] + [isi.astype(object).to_numpy()]
            )
            salah = ~cari.isin(ada_idx) if len(ada_idx) else pd.Series(True, index=isi.index).to_numpy()
            for idx, kd in isi[salah].items():
                if (ref_tabel, ref_kolom) not in kode_semua:
                    kode_semua[ref_tabel, ref_kolom] = {
                        str(r[0]) for r in con.execute(f"select distinct {ref_kolom} from {ref_tabel}").fetchall()
                    } | (set(frames[ref_tabel][ref_kolom].dropna().astype(str)) if ref_tabel in frames else set())
                di_lain = str(kd) in kode_semua[ref_tabel, ref_kolom]
                temuan.append(
                    _galat_rujukan(
                        frame, idx, k.nama, kode=str(kd), ref_tabel=ref_tabel, lingkup=lingkup, di_lain=di_lain
                    )
                )
    return temuan


def _galat_rujukan(
    frame: pd.DataFrame, idx: object, kolom: str, *, kode: str, ref_tabel: str, lingkup: list[str], di_lain: bool
) -> Temuan:
    """`di_lain`: the code exists in the referred table, in some pemda (or year)."""
    tahun = f" tahun {frame.at[idx, 'tahun']}" if "tahun" in lingkup else ""
    if "kode_pemda" in lingkup:
        pemda = frame.at[idx, "kode_pemda"]
        lain = " Kode itu ada di pemda lain: rujukan dicari hanya di pemda baris ini." if di_lain else ""
        return galat(
            f"Kode {kode!r} tidak ada di tabel {ref_tabel}{tahun} pemda {pemda} (basis data maupun impor ini).{lain} "
            f"Periksa penulisan kode dan kode_pemda, atau impor dulu tabel {ref_tabel} pemda itu.",
            nilai=kode,
            **_tempat(frame, idx, kolom),
        )
    return galat(
        f"Kode {kode!r} tidak ada di tabel {ref_tabel}{tahun} (basis data maupun impor ini). "
        f"Periksa penulisan kode atau impor dulu tabel {ref_tabel}.",
        nilai=kode,
        **_tempat(frame, idx, kolom),
    )


def periksa_rentang_nilai(tabel: str, frame: pd.DataFrame) -> list[Temuan]:
    """Negative amounts, fisik outside 0–100, a phase that ends before it starts."""
    temuan: list[Temuan] = []
    for kolom in JUMLAH_TIDAK_NEGATIF.get(tabel, []):
        for idx, v in frame[kolom][_benar(frame[kolom] < 0)].items():
            temuan.append(
                galat(
                    f"{kolom} tidak boleh negatif; periksa tanda minus atau kurung.",
                    nilai=_nilai(v),
                    **_tempat(frame, idx, kolom),
                )
            )
    if tabel == "realisasi_anggaran":
        f = frame["fisik_persen"]
        for idx, v in f[_benar((f < 0) | (f > 100))].items():
            temuan.append(
                galat(
                    "fisik_persen harus 0–100 (persen kumulatif).",
                    nilai=_nilai(v),
                    **_tempat(frame, idx, "fisik_persen"),
                )
            )
        kosong = frame["realisasi"].isna() & frame["realisasi_kumulatif"].isna()
        for idx in frame[kosong].index:
            temuan.append(
                galat(
                    "Isi realisasi (bulan itu) atau realisasi_kumulatif (s.d. bulan itu).",
                    **_tempat(frame, idx, "realisasi"),
                )
            )
    if tabel == "jadwal":
        salah = _benar(frame["bulan_mulai"] > frame["bulan_selesai"])
        for idx in frame[salah].index:
            temuan.append(
                peringatan(
                    "bulan_mulai sesudah bulan_selesai; periksa jadwal tahap ini.",
                    **_tempat(frame, idx, "bulan_mulai"),
                )
            )
    return temuan


def _gabung_db(con: duckdb.DuckDBPyConnection, tabel: str, frame: pd.DataFrame, kolom: list[str]) -> pd.DataFrame:
    """The rows that will be in `tabel` after the import: stored rows not replaced, plus the import."""
    kunci = list(TABEL[tabel].kunci)
    con.register("_impor", frame[kunci])
    try:
        lama = con.execute(
            f"select {', '.join(kolom)} from {tabel} t "
            f"where not exists (select 1 from _impor i where {' and '.join(f'i.{k} is not distinct from t.{k}' for k in kunci)})"
        ).df()
    finally:
        con.unregister("_impor")
    lama["_baru"] = False
    baru = frame[[*kolom, "_berkas", "_lembar", "_baris"]].copy()
    baru["_baru"] = True
    return pd.concat([lama, baru], ignore_index=True) if len(lama) else baru


def periksa_target(frames: dict[str, pd.DataFrame], con: duckdb.DuckDBPyConnection) -> list[Temuan]:
    """Quarterly targets all-or-nothing; ranges complete, not for kumulatif, high→low swapped."""
    if "target" not in frames or frames["target"].empty:
        return []
    frame = frames["target"]
    temuan: list[Temuan] = []
    agregasi = {
        (p, k): a for p, k, a in con.execute("select kode_pemda, kode_indikator, agregasi from indikator").fetchall()
    }
    if "indikator" in frames:
        fi = frames["indikator"]
        agregasi.update(zip(zip(fi["kode_pemda"], fi["kode_indikator"], strict=True), fi["agregasi"], strict=True))
    ada_min, ada_max = frame["target_min"].notna(), frame["target_max"].notna()
    for idx in frame[ada_min ^ ada_max].index:
        temuan.append(
            galat(
                "Target rentang perlu target_min dan target_max sekaligus.",
                **_tempat(frame, idx, "target_min" if ada_max[idx] else "target_max"),
            )
        )
    for idx in frame[~ada_min & ~ada_max & frame["target"].isna()].index:
        temuan.append(
            galat(
                "Isi target, atau target_min dan target_max untuk target rentang.",
                **_tempat(frame, idx, "target"),
            )
        )
    rentang = ada_min & ada_max
    for idx in frame[rentang].index:
        if agregasi.get((frame.at[idx, "kode_pemda"], frame.at[idx, "kode_indikator"])) == "kumulatif":
            temuan.append(
                galat(
                    "Target rentang tidak berlaku untuk indikator kumulatif; isi kolom target.",
                    **_tempat(frame, idx, "target_min"),
                )
            )
        elif frame.at[idx, "target_min"] > frame.at[idx, "target_max"]:
            lo, hi = frame.at[idx, "target_max"], frame.at[idx, "target_min"]
            frame.at[idx, "target_min"], frame.at[idx, "target_max"] = lo, hi
            temuan.append(
                peringatan(
                    f"Rentang ditulis terbalik; dibaca sebagai {lo:g}–{hi:g}.",
                    **_tempat(frame, idx, "target_min"),
                )
            )
    semua = _gabung_db(con, "target", frame, ["kode_pemda", "kode_indikator", "tahun", "periode"])
    tw = semua[semua["periode"].isin(["TW1", "TW2", "TW3", "TW4"])]
    jumlah = tw.groupby(["kode_pemda", "kode_indikator", "tahun"])["periode"].nunique()
    for (pemda, kode, tahun), _n in jumlah[(jumlah > 0) & (jumlah < 4)].items():
        sama = (tw["kode_pemda"] == pemda) & (tw["kode_indikator"] == kode) & (tw["tahun"] == tahun)
        baris = tw[sama & tw["_baru"]]
        ada = sorted(tw[sama]["periode"])
        for idx in baris.index:
            temuan.append(
                galat(
                    f"Target triwulan {kode} tahun {tahun} hanya {', '.join(ada)}: isi TW1–TW4 semuanya, atau "
                    "tidak sama sekali (pakai TAHUNAN).",
                    **_tempat(baris, idx, "periode"),
                )
            )
    return temuan


def periksa_indikator(frames: dict[str, pd.DataFrame]) -> list[Temuan]:
    frame = frames.get("indikator")
    if frame is None:
        return []
    salah = _benar((frame["polaritas"] == "negatif") & (frame["rumus"] == "R/T"))
    return [
        peringatan(
            "Indikator negatif dengan rumus R/T: capaian naik bila kinerja memburuk. Periksa rumusnya.",
            **_tempat(frame, idx, "rumus"),
        )
        for idx in frame[salah].index
    ]


def periksa_realisasi_anggaran(frames: dict[str, pd.DataFrame], con: duckdb.DuckDBPyConnection) -> list[Temuan]:
    """One form per sub kegiatan and year (monthly or cumulative); cumulative never falls."""
    frame = frames.get("realisasi_anggaran")
    if frame is None or frame.empty:
        return []
    semua = _gabung_db(
        con,
        "realisasi_anggaran",
        frame,
        [
            "kode_pemda",
            "tahun",
            "kode_kegiatan",
            "bulan",
            "realisasi",
            "realisasi_kumulatif",
            "fisik_persen",
        ],
    )
    semua = semua.sort_values(["kode_pemda", "tahun", "kode_kegiatan", "bulan"], kind="stable")
    temuan: list[Temuan] = []
    bentuk = semua["realisasi_kumulatif"].notna().map({True: "kumulatif", False: "bulanan"})
    campur = bentuk.groupby([semua["kode_pemda"], semua["tahun"], semua["kode_kegiatan"]]).transform("nunique") > 1
    for idx in semua[campur & _benar(semua["_baru"])].index:
        temuan.append(
            galat(
                "Sub kegiatan ini memakai dua bentuk realisasi (bulanan dan kumulatif) dalam satu tahun; "
                "pakai satu bentuk untuk semua bulan.",
                **_tempat(semua, idx, "realisasi_kumulatif"),
            )
        )
    for kolom, label in (
        ("realisasi_kumulatif", "realisasi_kumulatif"),
        ("fisik_persen", "fisik_persen"),
    ):
        isi = semua[semua[kolom].notna()]
        turun = _benar(isi[kolom] < isi.groupby(["kode_pemda", "tahun", "kode_kegiatan"])[kolom].shift(1))
        for idx in isi[turun & _benar(isi["_baru"])].index:
            temuan.append(
                galat(
                    f"{label} turun dari bulan sebelumnya; nilai kumulatif tidak boleh turun.",
                    nilai=_nilai(semua.at[idx, kolom]),
                    **_tempat(semua, idx, kolom),
                )
            )
    return temuan


def periksa_anggaran_opd(frames: dict[str, pd.DataFrame], con: duckdb.DuckDBPyConnection) -> list[Temuan]:
    """OPD-level budget: one realisation form per OPD, group and year (monthly or cumulative, as for sub kegiatan);
    cumulative realisation (BPKAD) and cumulative OPD spending never fall."""
    frame = frames.get("anggaran_opd")
    if frame is None or frame.empty:
        return []
    kunci = ["kode_pemda", "tahun", "kode_pd", "kelompok"]
    semua = _gabung_db(
        con,
        "anggaran_opd",
        frame,
        [*kunci, "bulan", "realisasi", "realisasi_kumulatif", "serapan_opd_kumulatif"],
    ).sort_values([*kunci, "bulan"], kind="stable")
    temuan: list[Temuan] = []
    ada = semua[semua["realisasi"].notna() | semua["realisasi_kumulatif"].notna()]
    bentuk = ada["realisasi_kumulatif"].notna().map({True: "kumulatif", False: "bulanan"})
    campur = bentuk.groupby([ada[k] for k in kunci]).transform("nunique") > 1
    for idx in ada[campur & _benar(ada["_baru"])].index:
        temuan.append(
            galat(
                "OPD dan kelompok belanja ini memakai dua bentuk realisasi (bulanan dan kumulatif) dalam satu tahun; "
                "pakai satu bentuk untuk semua bulan.",
                **_tempat(ada, idx, "realisasi_kumulatif"),
            )
        )
    for kolom in ("realisasi_kumulatif", "serapan_opd_kumulatif"):
        isi = semua[semua[kolom].notna()]
        turun = _benar(isi[kolom] < isi.groupby(kunci)[kolom].shift(1))
        for idx in isi[turun & _benar(isi["_baru"])].index:
            temuan.append(
                galat(
                    f"{kolom} turun dari bulan sebelumnya; nilai kumulatif tidak boleh turun.",
                    nilai=_nilai(semua.at[idx, kolom]),
                    **_tempat(semua, idx, kolom),
                )
            )
    return temuan


def validasi(frames: dict[str, pd.DataFrame], con: duckdb.DuckDBPyConnection) -> list[Temuan]:
    temuan: list[Temuan] = []
    for tabel, frame in frames.items():
        temuan += periksa_kunci(tabel, frame)
        temuan += periksa_rentang_nilai(tabel, frame)
    temuan += periksa_referensi(frames, con)
    temuan += periksa_target(frames, con)
    temuan += periksa_indikator(frames)
    temuan += periksa_realisasi_anggaran(frames, con)
    temuan += periksa_anggaran_opd(frames, con)
    return temuan
