"""The demo province (pantau.demo_data): deterministic, committed up to date, valid against the
contract, and every deliberate situation listed in the module docstring actually present.

Everything is computed from the generated CSV files read back as text, the way an importer sees them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from pantau import demo_data as dd
from pantau.contract import TABEL

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "data" / "demo"
TAHUN = ("2025", "2026")
Frames = dict[str, pd.DataFrame]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    out = tmp_path_factory.mktemp("demo")
    return out, dd.generate(out)


@pytest.fixture(scope="module")
def mentah(generated: tuple[Path, dict[str, int]]) -> Frames:
    """The files as written (contract v2: kode_pemda everywhere, codes shared by several pemda)."""
    out, _ = generated
    return {t: pd.read_csv(out / f"{t}.csv", dtype=str, keep_default_na=False) for t in dd.TABLE_COLUMNS}


TOKEN = {"99.01": "9901", "99.02": "9902", "99.71": "9971"}
URUT = {"99.01": "11", "99.02": "21", "99.71": "71"}


def _unik(kode: str, pemda: str) -> str:
    """A shared kab/kota code back to the generator's hand-made unique code (the inverse of dd.kode_v2)."""
    if pemda not in TOKEN or not kode:
        return kode
    kode = kode.replace("IKU-KAB-", f"IKU-{TOKEN[pemda]}-").replace("SS-KAB-", f"SS-{TOKEN[pemda]}-")
    bagian = kode.split(".")
    if len(bagian) == 8 and bagian[6] == "01":
        bagian[6] = URUT[pemda]
        kode = ".".join(bagian)
    return kode


@pytest.fixture(scope="module")
def f(mentah: Frames) -> Frames:
    """The generator's own world, where every code is unique: the deliberate situations below are checked here.

    Kab/kota codes are mapped back to the generator's unique ones (`_unik`) and 99.02's copy of 99.01's
    Disdukcapil (dd.KODE_BERSAMA_99_02, checked by test_kode_bersama_antarpemda) is left out; tanggal_pk is
    read back from perjanjian_kinerja, as version 1 held it.
    """
    hasil = {}
    for tabel, asli in mentah.items():
        fr = asli.copy()
        if tabel != "pemda":
            salinan = fr["kode_pemda"] == "99.02"
            if "kode_pd" in fr:
                salinan &= fr["kode_pd"] == dd.KODE_BERSAMA_99_02
            elif "kode_indikator" in fr:
                salinan &= fr["kode_indikator"].str.contains("DISDUKCAPIL")
            elif "kode_kegiatan" in fr:
                salinan &= fr["kode_kegiatan"].str.startswith("2.12.")
            else:
                salinan &= False
            fr = fr[~salinan].reset_index(drop=True)
            for kolom in ("kode_pd", "kode_indikator", "kode_sasaran", "kontribusi"):
                if kolom in fr:
                    fr[kolom] = [
                        ";".join(_unik(k, p) for k in v.split(";")) if kolom != "kontribusi" else _unik(v, p)
                        for v, p in zip(fr[kolom], fr["kode_pemda"], strict=True)
                    ]
            if tabel == "sasaran":
                fr["kode_induk"] = [_unik(v, p) for v, p in zip(fr["kode_induk"], fr["kode_pemda"], strict=True)]
        hasil[tabel] = fr
    pk = hasil["perjanjian_kinerja"].set_index("kode_pd")["tanggal_tanda_tangan"]
    hasil["perangkat_daerah"]["tanggal_pk"] = hasil["perangkat_daerah"]["kode_pd"].map(pk).fillna("")
    return hasil


def _level(kode: str) -> int:
    return kode.count(".")  # 2 = program, 4 = kegiatan, 5 = sub kegiatan


def _subs(f: Frames) -> pd.DataFrame:
    keg = f["kegiatan"]
    sub = keg[keg["kode_kegiatan"].map(_level) == 5].copy()
    sub["pagu"] = sub["pagu"].astype(float)
    return sub


def _kas(f: Frames) -> pd.DataFrame:
    kas = f["rencana_kas"].copy()
    kas["nilai"] = kas["nilai"].astype(float)
    kas["bulan"] = kas["bulan"].astype(int)
    return kas.merge(_subs(f)[["tahun", "kode_kegiatan", "kode_pd"]], on=["tahun", "kode_kegiatan"])


def _apply(rumus: str, t: float, r: float) -> float | None:
    if rumus == "R/T":
        return r / t * 100
    if rumus == "(2T-R)/T":
        return (2 * t - r) / t * 100
    return None if r == 0 else t / r * 100


def _capaian(f: Frames) -> pd.DataFrame:
    """capaian_persen per realisation row, following CONTRACT.md 'Semantics' (written independently here)."""
    ind = f["indikator"].set_index("kode_indikator")
    tgt = {(r.kode_indikator, r.tahun, r.periode): r for r in f["target"].itertuples()}
    rea = {(r.kode_indikator, r.tahun, r.periode): float(r.realisasi) for r in f["realisasi"].itertuples()}

    def num(x: str) -> float | None:
        return None if x == "" else float(x)

    out = []
    for (kode, tahun, periode), r_now in rea.items():
        i = ind.loc[kode]
        rumus = i["rumus"] or ("R/T" if i["polaritas"] == "positif" else "(2T-R)/T")
        n = int(periode[2])
        qs = [f"TW{q}" for q in range(1, n + 1)]
        ada = [q for q in qs if (kode, tahun, q) in rea]
        tw = (kode, tahun, "TW1") in tgt
        lo = hi = t = None
        if i["agregasi"] == "kumulatif":
            r = sum(rea[(kode, tahun, q)] for q in ada)
            t = (
                sum(float(tgt[(kode, tahun, q)].target) for q in qs)
                if tw
                else float(tgt[(kode, tahun, "TAHUNAN")].target) * n / 4
            )
        elif i["agregasi"] == "nilai_akhir":
            r = r_now
            row = tgt[(kode, tahun, periode)] if tw else tgt[(kode, tahun, "TAHUNAN")]
            t, lo, hi = num(row.target), num(row.target_min), num(row.target_max)
        else:
            r = sum(rea[(kode, tahun, q)] for q in ada) / len(ada)
            rows = [tgt[(kode, tahun, q)] for q in ada] if tw else [tgt[(kode, tahun, "TAHUNAN")]]
            if rows[0].target_min:
                lo = sum(float(x.target_min) for x in rows) / len(rows)
                hi = sum(float(x.target_max) for x in rows) / len(rows)
            else:
                t = sum(float(x.target) for x in rows) / len(rows)
        if lo is not None and hi is not None:
            c = 100.0 if lo <= r <= hi else _apply(rumus, hi if r > hi else lo, r)
        elif t == 0:
            c = 100.0 if r == 0 else None
        else:
            assert t is not None
            c = _apply(rumus, t, r)
        out.append({"kode_indikator": kode, "tahun": tahun, "periode": periode, "capaian": c})
    return pd.DataFrame(out)


# ------------------------------------------------------------------------------------ the files


def test_every_contract_table_with_contract_header(generated: tuple[Path, dict[str, int]], mentah: Frames) -> None:
    out, counts = generated
    f = mentah
    assert set(dd.TABLE_COLUMNS) == set(TABEL) - dd.TANPA_DEMO
    for tabel, kolom in dd.TABLE_COLUMNS.items():
        assert list(kolom) == TABEL[tabel].nama_kolom, tabel
        raw = (out / f"{tabel}.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf"), "UTF-8 without BOM"
        raw.decode("utf-8")
        assert list(f[tabel].columns) == list(kolom)
        assert counts[tabel] == len(f[tabel]) > 0, tabel


def test_same_seed_same_bytes_other_seed_other_data(generated: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    out, _ = generated
    dd.generate(tmp_path / "lagi")
    for tabel in dd.TABLE_COLUMNS:
        assert (tmp_path / "lagi" / f"{tabel}.csv").read_bytes() == (out / f"{tabel}.csv").read_bytes(), tabel
    dd.generate(tmp_path / "lain", seed=7)
    assert (tmp_path / "lain" / "rencana_kas.csv").read_bytes() != (out / "rencana_kas.csv").read_bytes()


def test_committed_demo_matches_a_fresh_generation(generated: tuple[Path, dict[str, int]]) -> None:
    out, _ = generated
    for tabel in dd.TABLE_COLUMNS:
        committed = COMMITTED / f"{tabel}.csv"
        assert committed.is_file(), f"{committed} missing: run `python -m pantau.demo_data`"
        assert committed.read_bytes() == (out / f"{tabel}.csv").read_bytes(), (
            f"data/demo/{tabel}.csv is stale: run `python -m pantau.demo_data`"
        )


def test_clean_contract_format(generated: tuple[Path, dict[str, int]], f: Frames) -> None:
    angka = re.compile(r"^-?\d+(\.\d+)?$")
    numeric = {
        "indikator": ["target_akhir_periode"],
        "target": ["target", "target_min", "target_max"],
        "realisasi": ["realisasi"],
        "kegiatan": ["pagu"],
        "rencana_kas": ["nilai"],
        "realisasi_anggaran": ["realisasi", "fisik_persen"],
        "evaluasi_sakip": ["nilai", "nilai_perencanaan", "nilai_pengukuran", "nilai_pelaporan", "nilai_evaluasi"],
    }
    for tabel, kolom in numeric.items():
        for k in kolom:
            isi = f[tabel][k][f[tabel][k] != ""]
            assert isi.map(lambda v: bool(angka.match(v))).all(), (tabel, k)
            # `1.250` would be read as thousands by the contract: never three decimals after a non-zero integer
            tiga = isi[isi.str.match(r"^-?[1-9]\d*\.\d{3}$")]
            assert tiga.empty, (tabel, k, tiga.head().tolist())
    for tabel, kolom in {"perangkat_daerah": ["tanggal_pk"], "tonggak": ["tanggal_selesai"],
                         "perjanjian_kinerja": ["tanggal_tanda_tangan"], "program_unggulan": ["tanggal_status"],
                         "kerja_sama": ["tanggal_mulai", "tanggal_berakhir"],
                         "tindak_lanjut": ["batas_waktu", "tanggal_rapat", "tanggal_selesai"]}.items():  # fmt: skip
        for k in kolom:
            isi = f[tabel][k][f[tabel][k] != ""]
            assert isi.str.fullmatch(r"20\d\d-\d\d-\d\d").all(), (tabel, k)
            pd.to_datetime(isi, format="%Y-%m-%d")
    for tabel, kolom in {"kegiatan": ["prioritas", "game_changer"],
                         "kerja_sama": ["masuk_perencanaan", "masuk_anggaran"]}.items():  # fmt: skip
        for k in kolom:
            assert set(f[tabel][k]) <= {"ya", "tidak"}, (tabel, k)
    assert set(f["kerja_sama"]["persetujuan_dprd"]) == {"ya", "tidak", ""}  # blank: not required
    assert set(f["kerja_sama"]["kategori"]) == {"antar_daerah", "pihak_ketiga", "luar_negeri"}
    assert set(f["evaluasi_sakip"]["target_predikat"]) <= {"AA", "A", "BB", "B", "CC", "C", "D"}
    assert set(f["tindak_lanjut"]["status"]) == {"belum", "proses", "selesai", "batal"}
    assert set(f["target"]["periode"]) <= {"TW1", "TW2", "TW3", "TW4", "TAHUNAN"}
    assert set(f["realisasi"]["periode"]) <= {"TW1", "TW2", "TW3", "TW4"}
    for tabel, kolom in {"jadwal": ["bulan_mulai", "bulan_selesai"], "rencana_kas": ["bulan"],
                         "realisasi_anggaran": ["bulan"]}.items():  # fmt: skip
        for k in kolom:
            assert f[tabel][k].astype(int).between(1, 12).all(), (tabel, k)
    assert f["tonggak"]["bulan_rencana"].str.fullmatch(r"2026-(0[1-9]|1[0-2])").all()
    assert set(f["indikator"]["jenis"]) == {"IKU_PEMDA", "IKU_PD"}
    assert set(f["indikator"]["polaritas"]) == {"positif", "negatif"}
    assert set(f["indikator"]["agregasi"]) == {"kumulatif", "nilai_akhir", "rata_rata"}
    assert set(f["indikator"]["rumus"]) == {"", "R/T", "(2T-R)/T", "T/R"}
    assert set(f["pemda"]["tingkat"]) == {"provinsi", "kabupaten", "kota"}
    assert set(f["jadwal"]["tahap"]) == {"persiapan", "pelaksanaan", "pelaporan"}


# ------------------------------------------------------------------------------------ contract rules


def test_keys_are_unique(mentah: Frames) -> None:
    f = mentah
    for tabel, t in TABEL.items():
        if tabel in dd.TANPA_DEMO:
            continue
        dup = f[tabel].duplicated(list(t.kunci), keep=False)
        assert not dup.any(), (tabel, f[tabel][dup].head().to_dict("records"))


def test_every_reference_exists(f: Frames) -> None:
    pemda = set(f["pemda"]["kode_pemda"])
    pd_ = set(f["perangkat_daerah"]["kode_pd"])
    ind = set(f["indikator"]["kode_indikator"])
    sas = set(f["sasaran"]["kode_sasaran"])
    janji = set(f["janji_kampanye"]["kode_janji"])
    unggul = set(f["program_unggulan"]["kode_unggulan"])
    keg = f["kegiatan"]
    keg_tahun = {t: set(keg["kode_kegiatan"][keg["tahun"] == t]) for t in TAHUN}
    keg_semua = set(keg["kode_kegiatan"])

    def isi(s: pd.Series) -> set[str]:
        return {v for x in s for v in x.split(";") if v}

    assert isi(f["pemda"]["kode_induk"]) <= pemda
    assert set(f["perangkat_daerah"]["kode_pemda"]) <= pemda
    assert set(f["sasaran"]["kode_pemda"]) <= pemda
    assert isi(f["sasaran"]["kode_pd"]) <= pd_
    assert isi(f["sasaran"]["kode_induk"]) <= sas
    assert set(f["indikator"]["kode_pd"]) <= pd_
    assert isi(f["indikator"]["kode_sasaran"]) <= sas
    assert set(f["target"]["kode_indikator"]) <= ind
    assert set(f["realisasi"]["kode_indikator"]) <= ind
    assert set(keg["kode_pd"]) <= pd_
    assert isi(keg["kode_indikator"]) <= ind
    for tabel in ("tag_janji", "jadwal", "rencana_kas", "realisasi_anggaran"):  # same tahun
        for t in TAHUN:
            assert set(f[tabel]["kode_kegiatan"][f[tabel]["tahun"] == t]) <= keg_tahun[t], (tabel, t)
    assert set(f["tag_janji"]["kode_janji"]) <= janji
    assert set(f["program_unggulan"]["kode_pd"]) <= pd_
    assert isi(f["program_unggulan"]["kode_indikator"]) <= ind
    assert isi(f["program_unggulan"]["kode_kegiatan"]) <= keg_semua
    assert set(f["tonggak"]["kode_unggulan"]) <= unggul
    assert set(f["kerja_sama"]["kode_pd"]) <= pd_
    assert isi(f["kerja_sama"]["kode_kegiatan"]) <= keg_semua
    assert set(f["evaluasi_sakip"]["kode_pemda"]) <= pemda
    assert isi(f["evaluasi_sakip"]["kode_pd"]) <= pd_
    tl = f["tindak_lanjut"]
    assert set(tl["kode_pd"]) <= pd_
    assert isi(tl["kode_indikator"]) <= ind and isi(tl["kode_unggulan"]) <= unggul
    assert isi(tl["kode_kegiatan"]) <= keg_semua
    # an OPD's evaluation is filed under the OPD's own pemda
    sakip_pd = f["evaluasi_sakip"][f["evaluasi_sakip"]["kode_pd"] != ""]
    pemda_of = f["perangkat_daerah"].set_index("kode_pd")["kode_pemda"]
    assert (sakip_pd["kode_pd"].map(pemda_of) == sakip_pd["kode_pemda"]).all()
    # a sub kegiatan's program and kegiatan rows exist, owned by the same OPD
    for t in TAHUN:
        k = keg[keg["tahun"] == t].set_index("kode_kegiatan")["kode_pd"]
        for kode, opd in k.items():
            if _level(kode) == 5:
                assert k[kode.rsplit(".", 1)[0]] == opd and k[kode.rsplit(".", 3)[0]] == opd, kode


def test_quarterly_targets_all_or_nothing(f: Frames) -> None:
    for (kode, tahun), g in f["target"].groupby(["kode_indikator", "tahun"]):
        periode = set(g["periode"])
        assert periode in ({"TW1", "TW2", "TW3", "TW4"}, {"TAHUNAN"}), (kode, tahun, periode)
    # every indicator has a target in both years
    assert len(f["target"].groupby(["kode_indikator", "tahun"])) == 2 * len(f["indikator"])


def test_ranges_only_for_nilai_akhir_and_rata_rata(f: Frames) -> None:
    agg = f["indikator"].set_index("kode_indikator")["agregasi"]
    rentang = f["target"][f["target"]["target_min"] != ""]
    assert (rentang["target_max"] != "").all() and (rentang["target"] == "").all()
    assert (rentang["target_min"].astype(float) < rentang["target_max"].astype(float)).all()
    assert set(agg[rentang["kode_indikator"]]) <= {"nilai_akhir", "rata_rata"}
    assert (f["target"]["target_max"] != "").sum() == len(rentang)


def test_no_negative_amounts_and_months_in_range(f: Frames) -> None:
    assert (_subs(f)["pagu"] > 0).all()
    assert (f["rencana_kas"]["nilai"].astype(float) >= 0).all()
    assert (f["realisasi_anggaran"]["realisasi"].astype(float) >= 0).all()
    assert (f["realisasi"]["realisasi"].astype(float) >= 0).all()
    j = f["jadwal"]
    assert (j["bulan_mulai"].astype(int) <= j["bulan_selesai"].astype(int)).all()


def test_pagu_only_on_sub_kegiatan_within_realistic_bounds(f: Frames) -> None:
    keg = f["kegiatan"]
    assert (keg["pagu"][keg["kode_kegiatan"].map(_level) < 5] == "").all()
    sub = _subs(f)
    assert sub["pagu"].between(50_000_000, 15_000_000_000).all()
    assert (sub["pagu"] % 1000 == 0).all()
    for t in TAHUN:
        n = (sub["tahun"] == t).sum()
        assert 1300 <= n <= 1700, (t, n)
        total = sub["pagu"][sub["tahun"] == t].sum()
        assert 2e12 <= total <= 5e12, (t, total)
    # province kegiatan digit 1, kab/kota digit 2 (Permendagri 90/2019)
    pemda = f["perangkat_daerah"].set_index("kode_pd")["kode_pemda"]
    digit = sub["kode_kegiatan"].str.split(".").str[3]
    prov = sub["kode_pd"].map(pemda) == "99"
    assert (digit[prov] == "1").all() and (digit[~prov] == "2").all() and (~prov).any()
    assert sub["kode_kegiatan"].str.fullmatch(r"\d\.\d\d\.\d\d\.\d\.\d\d\.\d{4}").all()


def test_schedule_cash_plan_and_spending_per_sub_kegiatan(f: Frames) -> None:
    sub = _subs(f).set_index(["tahun", "kode_kegiatan"])
    jadwal = f["jadwal"].groupby(["tahun", "kode_kegiatan"])["tahap"].apply(set)
    assert (jadwal == {"persiapan", "pelaksanaan", "pelaporan"}).all()
    assert set(jadwal.index) == set(sub.index)

    kas = _kas(f)
    per_sub = kas.groupby(["tahun", "kode_kegiatan"]).agg(n=("bulan", "nunique"), jumlah=("nilai", "sum"))
    assert set(per_sub.index) == set(sub.index)
    assert (per_sub["n"] == 12).all()
    assert (per_sub["jumlah"] == sub.loc[per_sub.index, "pagu"]).all(), "rencana kas must add up to the pagu"

    ra = f["realisasi_anggaran"].copy()
    assert (ra["realisasi"] != "").all() and (ra["realisasi_kumulatif"] == "").all()
    ra["realisasi"] = ra["realisasi"].astype(float)
    ra["bulan"] = ra["bulan"].astype(int)
    ra["fisik"] = ra["fisik_persen"].astype(float)
    assert ra["fisik"].between(0, 100).all()
    bulan = ra.groupby(["tahun", "kode_kegiatan"])["bulan"].agg(["min", "max", "count"])
    assert set(bulan.index) == set(sub.index)
    assert (bulan["min"] == 1).all()
    assert (bulan.loc["2025", "max"] == 12).all() and (bulan.loc["2026", "max"] == 9).all()
    assert (bulan["count"] == bulan["max"]).all()
    ra = ra.sort_values(["tahun", "kode_kegiatan", "bulan"])
    turun = ra.groupby(["tahun", "kode_kegiatan"])["fisik"].diff() < 0
    assert not turun.any(), "fisik_persen is cumulative: it never falls"
    spent = ra.groupby(["tahun", "kode_kegiatan"])["realisasi"].sum()
    assert (spent <= sub.loc[spent.index, "pagu"]).all()
    serapan = spent.groupby(level=0).sum() / sub["pagu"].groupby(level=0).sum()
    assert 0.85 < serapan["2025"] < 0.97 and 0.5 < serapan["2026"] < 0.8


def test_realisations_cover_2025_and_2026_through_tw3(f: Frames) -> None:
    rea = f["realisasi"]
    assert set(rea["periode"][rea["tahun"] == "2026"]) == {"TW1", "TW2", "TW3"}
    assert set(rea["periode"][rea["tahun"] == "2025"]) == {"TW1", "TW2", "TW3", "TW4"}


# ------------------------------------------------------------------------------------ the cast


def test_province_kab_kota_and_opd_cast(f: Frames) -> None:
    pemda = f["pemda"].set_index("kode_pemda")
    assert pemda.loc["99", "tingkat"] == "provinsi" and pemda.loc["99", "kode_induk"] == ""
    kab = pemda[pemda.index != "99"]
    assert 3 <= len(kab) <= 4 and (kab["kode_induk"] == "99").all()
    opd = f["perangkat_daerah"]
    assert 28 <= (opd["kode_pemda"] == "99").sum() <= 34
    assert opd[opd["kode_pemda"] != "99"].groupby("kode_pemda").size().between(3, 5).all()
    assert opd["kode_pd"].str.fullmatch(r"\d\.\d\d\.\d\.\d\d\.\d\.\d\d\.\d\d\.\d{4}").all()
    assert (opd["nama_kepala"] != "").all() and opd["nama_kepala"].is_unique


def test_indicators_sasaran_and_cascading(f: Frames) -> None:
    ind = f["indikator"]
    prov_pd = set(f["perangkat_daerah"]["kode_pd"][f["perangkat_daerah"]["kode_pemda"] == "99"])
    prov = ind[ind["kode_pd"].isin(prov_pd)]
    assert 140 <= len(ind) <= 170
    assert (prov["jenis"] == "IKU_PEMDA").sum() == 15
    assert prov[prov["jenis"] == "IKU_PD"].groupby("kode_pd").size().between(2, 5).all()
    assert (ind["target_akhir_periode"] != "").all()
    sas = f["sasaran"].set_index("kode_sasaran")
    rpjmd = sas[sas["kode_pd"] == ""]
    assert (rpjmd["misi"] != "").all() and (rpjmd["kode_induk"] == "").all()
    opd_sas = sas[sas["kode_pd"] != ""]
    assert opd_sas["kode_induk"].isin(rpjmd.index).all()
    # IKU_PEMDA sit on RPJMD sasaran, IKU_PD on the OPD's own sasaran
    pemda_iku = ind[ind["jenis"] == "IKU_PEMDA"]
    assert pemda_iku["kode_sasaran"].isin(rpjmd.index).all()
    pd_iku = ind[ind["jenis"] == "IKU_PD"]
    assert (sas.loc[pd_iku["kode_sasaran"], "kode_pd"].to_numpy() == pd_iku["kode_pd"].to_numpy()).all()
    # kab/kota indicators share names with the province's, so they can be compared
    pemda_of = f["perangkat_daerah"].set_index("kode_pd")["kode_pemda"]
    for nama in ("Prevalensi Stunting pada Balita", "Persentase Penduduk Miskin", "Tingkat Pengangguran Terbuka"):
        assert set(ind["kode_pd"][ind["nama_indikator"] == nama].map(pemda_of)) == set(f["pemda"]["kode_pemda"])


def test_capaian_spread_is_realistic(f: Frames) -> None:
    c = _capaian(f)["capaian"].dropna()
    assert ((c >= 80) & (c <= 110)).mean() > 0.7
    assert ((c >= 60) & (c < 80)).mean() > 0.05
    assert (c < 50).sum() <= 15


# ------------------------------------------------------------------------------------ deliberate situations


def test_year_end_pile_up_opds(f: Frames) -> None:
    kas = _kas(f)
    prov_pd = set(f["perangkat_daerah"]["kode_pd"][f["perangkat_daerah"]["kode_pemda"] == "99"])
    for t in TAHUN:
        k = kas[kas["tahun"] == t]
        total = k.groupby("kode_pd")["nilai"].sum()
        q4 = k[k["bulan"] >= 10].groupby("kode_pd")["nilai"].sum() / total
        assert set(q4[q4 > 0.40].index) == set(dd.Q4_PILEUP_PD), t
        assert len(dd.Q4_PILEUP_PD) >= 3
        lain = q4[q4.index.isin(prov_pd) & ~q4.index.isin(dd.Q4_PILEUP_PD)]
        assert (lain <= 0.35).all(), lain[lain > 0.35]
        for kode_pd in dd.Q4_PILEUP_PD:
            per_bulan = k[k["kode_pd"] == kode_pd].groupby("bulan")["nilai"].sum()
            assert per_bulan.idxmax() == 12 and per_bulan[12] / total[kode_pd] > 0.2, (t, kode_pd)
        # the pile-up shows in the schedule too: execution of most substantive sub kegiatan starts late
        j = f["jadwal"].merge(_subs(f)[["tahun", "kode_kegiatan", "kode_pd"]], on=["tahun", "kode_kegiatan"])
        substantif = j["kode_kegiatan"].str.split(".").str[2] != "01"  # not the Program Penunjang
        pel = j[(j["tahun"] == t) & (j["tahap"] == "pelaksanaan") & j["kode_pd"].isin(dd.Q4_PILEUP_PD) & substantif]
        assert (pel["bulan_mulai"].astype(int) >= 9).mean() > 0.5


def test_red_iku_with_obstacles_and_follow_up(f: Frames) -> None:
    c = _capaian(f)
    tw3 = c[(c["tahun"] == "2026") & (c["periode"] == "TW3")]
    merah = set(tw3["kode_indikator"][tw3["capaian"] < 50])
    assert merah == set(dd.RED_IKU)
    assert (tw3["capaian"][tw3["kode_indikator"].isin(dd.RED_IKU)] < 45).all()
    rea = f["realisasi"]
    baris = rea[rea["kode_indikator"].isin(dd.RED_IKU) & (rea["tahun"] == "2026")]
    assert (baris["faktor_penghambat"] != "").all() and (baris["tindak_lanjut"] != "").all()
    # elsewhere mostly drivers, and some rows with no text at all, as in real reports
    lain = rea[~rea["kode_indikator"].isin(dd.RED_IKU)]
    assert (lain["faktor_pendorong"] != "").mean() > 0.5
    kosong = (lain[["faktor_pendorong", "faktor_penghambat", "tindak_lanjut"]] == "").all(axis=1)
    assert kosong.sum() > 20


def test_negative_polarity_and_rumus(f: Frames) -> None:
    ind = f["indikator"].set_index("kode_indikator")
    for kode in dd.NEGATIVE_DEFAULT_RUMUS_IKU:
        assert ind.loc[kode, "polaritas"] == "negatif" and ind.loc[kode, "rumus"] == "", kode
    names = " ".join(ind.loc[list(dd.NEGATIVE_DEFAULT_RUMUS_IKU), "nama_indikator"]).lower()
    assert "miskin" in names and "pengangguran" in names and "stunting" in names
    assert ind.loc[dd.RUMUS_T_PER_R, "polaritas"] == "negatif" and ind.loc[dd.RUMUS_T_PER_R, "rumus"] == "T/R"
    assert (ind["rumus"] == "T/R").sum() == 1
    # nobody writes R/T on a negative indicator (that would be the mistake the importer warns about)
    assert not ((ind["polaritas"] == "negatif") & (ind["rumus"] == "R/T")).any()


def test_range_targets(f: Frames) -> None:
    t = f["target"]
    rentang = set(t["kode_indikator"][t["target_min"] != ""])
    assert rentang == set(dd.RANGE_IKU) and len(rentang) >= 3
    agg = f["indikator"].set_index("kode_indikator")["agregasi"]
    assert {"nilai_akhir", "rata_rata"} <= set(agg[list(rentang)])
    # some quarters land outside the range, on both sides
    c = _capaian(f)
    c = c[c["kode_indikator"].isin(rentang)]
    assert (c["capaian"] == 100).any() and (c["capaian"] < 100).any() and (c["capaian"] > 100).any()


def test_exactly_one_zero_target(f: Frames) -> None:
    t = f["target"][f["target"]["target"] != ""]
    nol = t[t["target"].astype(float) == 0]
    assert set(nol["kode_indikator"]) == {dd.ZERO_TARGET_IKU}
    rea = f["realisasi"][f["realisasi"]["kode_indikator"] == dd.ZERO_TARGET_IKU]
    nilai = rea["realisasi"].astype(float)
    assert (nilai == 0).sum() >= 3 and (nilai > 0).sum() >= 1
    c = _capaian(f)
    c = c[c["kode_indikator"] == dd.ZERO_TARGET_IKU]
    assert (c["capaian"] == 100).any() and c["capaian"].isna().any()


def test_tahunan_only_and_measured_once_a_year(f: Frames) -> None:
    t = f["target"]
    tahunan = t.groupby("kode_indikator")["periode"].apply(set)
    assert set(tahunan[tahunan == {"TAHUNAN"}].index) == set(dd.TAHUNAN_ONLY_IKU)
    rea = f["realisasi"]
    per = rea.groupby("kode_indikator")["periode"].apply(set)
    assert set(per[per == {"TW4"}].index) == set(dd.ANNUAL_IKU)
    assert not rea["kode_indikator"][rea["tahun"] == "2026"].isin(dd.ANNUAL_IKU).any()
    agg = f["indikator"].set_index("kode_indikator")["agregasi"]
    assert (agg[[k for k in dd.TAHUNAN_ONLY_IKU if k not in dd.ANNUAL_IKU]] == "kumulatif").all()


def test_missing_report_for_2026_tw3(f: Frames) -> None:
    rea = f["realisasi"][f["realisasi"]["tahun"] == "2026"]
    per = rea.groupby("kode_indikator")["periode"].apply(set)
    hilang = set(per[per == {"TW1", "TW2"}].index)
    kode, tahun, periode = dd.MISSING_REPORT
    assert hilang == {kode} and tahun == 2026 and periode == "TW3"
    assert f["indikator"].set_index("kode_indikator").loc[kode, "jenis"] in {"IKU_PD", "IKU_PEMDA"}


def test_one_probable_data_error_above_150(f: Frames) -> None:
    c = _capaian(f)
    tinggi = c[c["capaian"] > 150]
    kode, tahun, periode = dd.OUTLIER
    assert [tuple(x) for x in tinggi[["kode_indikator", "tahun", "periode"]].to_numpy()] == [
        (kode, str(tahun), periode)
    ]


def test_program_unggulan_and_tonggak(f: Frames) -> None:
    pu = f["program_unggulan"].set_index("kode_unggulan")
    assert 6 <= len(pu) <= 10
    assert set(pu["status"]) == {"belum_mulai", "sesuai_jadwal", "berisiko", "terlambat", "selesai"}
    assert pu["status"].to_dict() == dd.STATUS_UNGGULAN
    assert (pu["kode_indikator"] != "").all() and (pu["kode_kegiatan"] != "").all()
    assert not pu["kode_indikator"].str.contains(";").any()
    tg = f["tonggak"]
    assert tg["bulan_rencana"].str.startswith("2026-").all()
    per = tg.groupby("kode_unggulan")
    assert set(per.groups) == set(pu.index)
    asof = "2026-09"  # the data stand in mid-October 2026: milestones due through September are overdue
    overdue = tg[(tg["tanggal_selesai"] == "") & (tg["bulan_rencana"] <= asof)]
    for kode, status in dd.STATUS_UNGGULAN.items():
        g = tg[tg["kode_unggulan"] == kode]
        if status == "selesai":
            assert (g["tanggal_selesai"] != "").all()
        elif status == "belum_mulai":
            assert (g["tanggal_selesai"] == "").all() and (g["bulan_rencana"] >= "2026-10").all()
        elif status == "terlambat":
            assert kode in set(overdue["kode_unggulan"])
        else:
            assert kode not in set(overdue["kode_unggulan"])
    assert (tg["tanggal_selesai"] != "").any()
    # game changers are flagged on their sub kegiatan in 2026
    keg = f["kegiatan"].set_index(["tahun", "kode_kegiatan"])
    for daftar in pu["kode_kegiatan"]:
        for kode in daftar.split(";"):
            assert keg.loc[("2026", kode), "game_changer"] == "ya"
            assert keg.loc[("2026", kode), "prioritas"] == "ya"


def test_campaign_promises_and_tags(f: Frames) -> None:
    janji = set(f["janji_kampanye"]["kode_janji"])
    assert 10 <= len(janji) <= 14
    tag = f["tag_janji"]
    tanpa = janji - set(tag["kode_janji"])
    assert tanpa == set(dd.JANJI_TANPA_KEGIATAN) and len(tanpa) >= 2
    assert (tag["bentuk_dukungan"] == "").any() and (tag["output"] == "").any()
    assert ((tag["bentuk_dukungan"] != "") & (tag["output"] != "")).sum() > len(tag) / 2


def test_orphan_programs(f: Frames) -> None:
    keg = f["kegiatan"]
    for t in TAHUN:
        k = keg[keg["tahun"] == t]
        programs = k[k["kode_kegiatan"].map(_level) == 2]
        yatim = set()
        for kode in programs["kode_kegiatan"]:
            cabang = k[(k["kode_kegiatan"] == kode) | k["kode_kegiatan"].str.startswith(kode + ".")]
            if (cabang["kode_indikator"] == "").all():
                yatim.add(kode)
        assert yatim == set(dd.ORPHAN_PROGRAMS), t
        assert len(yatim) >= 2


def test_priority_flags_and_the_non_priority_heavy_opd(f: Frames) -> None:
    sub = _subs(f)
    prov = f["perangkat_daerah"]["kode_pd"][f["perangkat_daerah"]["kode_pemda"] == "99"]
    sub = sub[sub["kode_pd"].isin(prov)]
    for t in TAHUN:
        s = sub[sub["tahun"] == t]
        ya = s[s["prioritas"] == "ya"].groupby("kode_pd")["pagu"].sum()
        tidak = s[s["prioritas"] == "tidak"].groupby("kode_pd")["pagu"].sum()
        berat = {kode for kode, v in tidak.items() if v > ya.get(kode, 0)}
        assert berat == {dd.NON_PRIORITY_HEAVY_PD}, t
    keg = f["kegiatan"]
    assert (keg["game_changer"] == "ya").any() and (keg["prioritas"] == "tidak").any()
    # kontribusi filled for most rows, blank only for some non-priority ones
    sub_all = _subs(f)
    assert (sub_all["kontribusi"] != "").mean() > 0.6
    assert (sub_all["kontribusi"][sub_all["prioritas"] == "ya"] != "").mean() > 0.9
    assert (sub_all["kontribusi"][sub_all["prioritas"] == "tidak"] == "").any()


def test_perjanjian_kinerja_dates(f: Frames) -> None:
    opd = f["perangkat_daerah"]
    kosong = set(opd["kode_pd"][opd["tanggal_pk"] == ""])
    assert kosong == {dd.PK_BELUM_DITANDATANGANI_PD}
    isi = opd["tanggal_pk"][opd["tanggal_pk"] != ""]
    assert isi.between("2026-01-01", "2026-02-28").all()


def test_kerja_sama(f: Frames) -> None:
    ks = f["kerja_sama"]
    assert 8 <= len(ks) <= 14
    assert (ks["masuk_perencanaan"] == "tidak").any() and (ks["masuk_anggaran"] == "tidak").any()
    assert ((ks["masuk_perencanaan"] == "ya") & (ks["masuk_anggaran"] == "tidak")).any()
    assert ks["tanggal_berakhir"].str.startswith("2027").sum() >= 2
    assert (ks["kode_kegiatan"] != "").sum() >= 3 and (ks["kode_kegiatan"] == "").any()
    assert (ks["tanggal_mulai"] < ks["tanggal_berakhir"]).all()


def test_kerja_sama_review_columns(f: Frames) -> None:
    ks = f["kerja_sama"].set_index("nomor")
    integrasi = ks[(ks["masuk_perencanaan"] == "tidak") & (ks["masuk_anggaran"] == "tidak")]
    assert set(integrasi.index) == set(dd.KERJA_SAMA_TIDAK_TERINTEGRASI)
    belum_dana = ks[(ks["masuk_perencanaan"] == "ya") & (ks["masuk_anggaran"] == "tidak")]
    assert set(belum_dana.index) == set(dd.KERJA_SAMA_BELUM_DIANGGARKAN)
    # Ending within six months, the same set anywhere from the reference date to the end of November
    # 2026, and none ended yet: six months after 2026-10-15 is 2027-04-15, after 2026-11-30 is 2027-05-30.
    for acuan, enam_bulan in (("2026-10-15", "2027-04-15"), ("2026-11-30", "2027-05-30")):
        akhir = ks["tanggal_berakhir"]
        assert (akhir >= acuan).all()
        assert set(ks.index[akhir <= enam_bulan]) == set(dd.KERJA_SAMA_BERAKHIR_6_BULAN), acuan
    assert dd.TANGGAL_ACUAN == "2026-10-15"
    assert set(ks.index[ks["persetujuan_dprd"] == "tidak"]) == set(dd.KERJA_SAMA_TANPA_PERSETUJUAN_DPRD)
    assert list(ks.index[ks["kategori"] == "luar_negeri"]) == [dd.KERJA_SAMA_LUAR_NEGERI]
    # antar daerah and abroad always say whether DPRD approved; a third party mostly needs no approval
    assert (ks["persetujuan_dprd"][ks["kategori"] != "pihak_ketiga"] != "").all()
    assert (ks["persetujuan_dprd"][ks["kategori"] == "pihak_ketiga"] == "").all()
    assert (ks["jenis_naskah"] != "").all() and (ks["nomor_mitra"] == "").sum() == 2


def test_kode_referensi_and_crosscutting(f: Frames) -> None:
    ind = f["indikator"].set_index("kode_indikator")
    pemda_of = f["perangkat_daerah"].set_index("kode_pd")["kode_pemda"]
    diisi = ind[ind["kode_referensi"] != ""]
    assert {k: tuple(sorted(g.index)) for k, g in diisi.groupby("kode_referensi")} == {
        k: tuple(sorted(v)) for k, v in dd.KODE_REFERENSI.items()
    }
    semua_pemda = set(f["pemda"]["kode_pemda"])
    for ref, kode in dd.KODE_REFERENSI.items():
        g = ind.loc[list(kode)]
        assert g["satuan"].nunique() == 1 and g["polaritas"].nunique() == 1, ref  # really the same measure
        if len(kode) > 1:
            assert set(g["kode_pd"].map(pemda_of)) == semua_pemda, ref
    # the name-only pair: same name in several pemda, no code
    nama = ind[ind["nama_indikator"] == dd.PERBANDINGAN_NAMA_SAJA]
    assert len(set(nama["kode_pd"].map(pemda_of))) >= 3 and (nama["kode_referensi"] == "").all()
    # crosscutting: province IKU_PEMDA served by kegiatan of two or more OPDs in 2026
    keg = f["kegiatan"][f["kegiatan"]["tahun"] == "2026"]
    dilayani: dict[str, set[str]] = {}
    for kode_pd, daftar in zip(keg["kode_pd"], keg["kode_indikator"], strict=True):
        for kode in filter(None, daftar.split(";")):
            dilayani.setdefault(kode, set()).add(kode_pd)
    pemda_iku = ind.index[(ind["jenis"] == "IKU_PEMDA") & (ind["kode_pd"].map(pemda_of) == "99")]
    lintas = {k for k in pemda_iku if len(dilayani.get(k, set())) >= 2}
    assert lintas == set(dd.CROSSCUTTING_IKU)
    assert all(ind.loc[k, "kode_referensi"] != "" for k in dd.CROSSCUTTING_IKU)


def _predikat_sakip(nilai: float) -> str:
    # PermenPANRB 88/2021: > 90 AA, > 80 A, > 70 BB, > 60 B, > 50 CC, > 30 C, else D
    for batas, p in ((90, "AA"), (80, "A"), (70, "BB"), (60, "B"), (50, "CC"), (30, "C")):
        if nilai > batas:
            return p
    return "D"


def test_evaluasi_sakip(f: Frames) -> None:
    s = f["evaluasi_sakip"].copy()
    komponen = ["nilai_perencanaan", "nilai_pengukuran", "nilai_pelaporan", "nilai_evaluasi"]
    for k in ["nilai", *komponen]:
        s[k] = s[k].astype(float)
    assert set(s["tahun"]) == {str(t) for t in dd.SAKIP_TAHUN}
    # components within their weights, nilai their sum (to the hundredth written)
    for k, bobot in zip(komponen, (30, 30, 15, 25), strict=True):
        assert s[k].between(0, bobot).all(), k
    assert ((s[komponen].sum(axis=1) - s["nilai"]).abs() < 0.005).all()
    s["predikat"] = s["nilai"].map(_predikat_sakip)
    urut = {p: i for i, p in enumerate(("AA", "A", "BB", "B", "CC", "C", "D"))}
    s["di_bawah"] = s["predikat"].map(urut) > s["target_predikat"].map(urut)

    pemda = s[s["kode_pd"] == ""].set_index(["kode_pemda", "tahun"])
    assert set(pemda.index.get_level_values(0)) == set(f["pemda"]["kode_pemda"])
    assert (pemda.groupby(level=0).size() == len(dd.SAKIP_TAHUN)).all()
    assert pemda.loc[("99", "2025"), "target_predikat"] == "A"
    # the province's scores are IKU-P14's baseline (2024) and realisation (2025)
    assert pemda.loc[("99", "2024"), "nilai"] == 68.20
    p14 = f["realisasi"][(f["realisasi"]["kode_indikator"] == "IKU-P14") & (f["realisasi"]["tahun"] == "2025")]
    assert pemda.loc[("99", "2025"), "nilai"] == float(p14["realisasi"].iloc[0])
    bawah = pemda.xs("2025", level=1)
    assert set(bawah.index[bawah["di_bawah"]]) == set(dd.SAKIP_PEMDA_DI_BAWAH_TARGET)

    opd = s[s["kode_pd"] != ""]
    prov = f["perangkat_daerah"][f["perangkat_daerah"]["kode_pemda"] == "99"]["kode_pd"]
    assert set(prov) - set(opd["kode_pd"]) == set(dd.SAKIP_TANPA_EVALUASI_PD)
    assert set(prov) - set(opd["kode_pd"][opd["tahun"] == "2022"]) == set(dd.SAKIP_TANPA_EVALUASI_PD) | set(
        dd.SAKIP_2022_BELUM_PD
    )
    o25 = opd[opd["tahun"] == "2025"]
    assert set(o25["kode_pd"][o25["di_bawah"]]) == set(dd.SAKIP_PD_DI_BAWAH_TARGET)
    assert (o25["predikat"].isin(["AA", "A", "BB"])).sum() == 15 and len(o25) == 29
    # a trend: every nilai rises each year but one OPD's, which falls in 2025
    urutan = opd.sort_values("tahun").groupby("kode_pd")["nilai"]
    turun = {k for k, v in urutan if (v.diff().dropna() <= 0).any()}
    assert turun == {dd.SAKIP_TURUN_PD}
    kode_pd, tahun, nilai = dd.SAKIP_NILAI_BATAS
    baris = opd[(opd["kode_pd"] == kode_pd) & (opd["tahun"] == str(tahun))]
    assert baris["nilai"].tolist() == [nilai] and baris["predikat"].tolist() == ["B"]
    assert set(s["predikat"]) >= {"A", "BB", "B", "CC", "C"}


def test_tindak_lanjut(f: Frames) -> None:
    tl = f["tindak_lanjut"].set_index("kode_tindak_lanjut")
    assert 20 <= len(tl) <= 30
    assert set(zip(tl["rapat"], tl["tanggal_rapat"], strict=True)) == set(dd.RAPAT_EVALUASI)
    assert (tl["batas_waktu"] > tl["tanggal_rapat"]).all()
    selesai = tl[tl["status"] == "selesai"]
    assert (selesai["hasil"] != "").all() and (selesai["tanggal_selesai"] >= selesai["tanggal_rapat"]).all()
    assert (tl["tanggal_selesai"][tl["status"] != "selesai"] == "").all()
    assert (tl["hasil"][tl["status"] == "belum"] == "").all() and (tl["hasil"][tl["status"] == "proses"] != "").all()
    assert list(tl.index[tl["status"] == "batal"]) == [dd.TINDAK_LANJUT_BATAL]
    # overdue: open and past batas_waktu, the same set from the reference date to the end of November
    terbuka = tl[tl["status"].isin(["belum", "proses"])]
    for acuan in (dd.TANGGAL_ACUAN, "2026-11-30"):
        assert set(terbuka.index[terbuka["batas_waktu"] < acuan]) == set(dd.TINDAK_LANJUT_LEWAT_BATAS), acuan
    assert {"belum", "proses"} == set(tl.loc[list(dd.TINDAK_LANJUT_LEWAT_BATAS), "status"])
    # every red IKU and every at-risk or late flagship has follow-up
    assert set(dd.RED_IKU) <= set(tl["kode_indikator"])
    rawan = {k for k, v in dd.STATUS_UNGGULAN.items() if v in ("berisiko", "terlambat")}
    assert rawan <= set(tl["kode_unggulan"])
    assert dd.PK_BELUM_DITANDATANGANI_PD in set(tl["kode_pd"]) or "Perjanjian Kinerja" in " ".join(tl["uraian"])


def test_files_stay_compact(generated: tuple[Path, dict[str, int]]) -> None:
    out, _ = generated
    assert sum(p.stat().st_size for p in out.glob("*.csv")) < 15 * 1024 * 1024


# ------------------------------------------------------------------------------------ contract v2


def test_setiap_baris_milik_satu_pemda(mentah: Frames) -> None:
    pemda = set(mentah["pemda"]["kode_pemda"])
    for tabel, fr in mentah.items():
        if tabel != "pemda":
            assert fr.columns[0] == "kode_pemda", tabel
            assert set(fr["kode_pemda"]) <= pemda and (fr["kode_pemda"] != "").all(), tabel


def test_kode_bersama_antarpemda(mentah: Frames) -> None:
    # The same SKPD codes in the province and its kab/kota: Bappeda, Disdik, Dinkes, Dinsos in all four pemda.
    opd = mentah["perangkat_daerah"]
    per_kode = opd.groupby("kode_pd")["kode_pemda"].nunique()
    assert per_kode["1.02.0.00.0.00.01.0000"] == 4  # Dinkes
    assert per_kode["5.01.5.05.0.00.01.0000"] == 4  # Bappeda
    # The same IKU and sasaran codes in the three kab/kota.
    ind = mentah["indikator"]
    assert ind[ind["kode_indikator"] == "IKU-KAB-P01"]["kode_pemda"].tolist() == ["99.01", "99.02", "99.71"]
    # 99.02 runs 99.01's Disdukcapil sub kegiatan: same codes, pagu × SKALA_99_02 (0.8), rounded to the rupiah.
    keg = mentah["kegiatan"]
    a = keg[(keg["kode_pemda"] == "99.01") & (keg["kode_pd"] == dd.KODE_BERSAMA_99_02)].set_index(
        ["tahun", "kode_kegiatan"]
    )
    b = keg[(keg["kode_pemda"] == "99.02") & (keg["kode_pd"] == dd.KODE_BERSAMA_99_02)].set_index(
        ["tahun", "kode_kegiatan"]
    )
    assert len(a) > 10 and sorted(a.index) == sorted(b.index)
    sub = [k for k in a.index if k[1].count(".") == 5]
    for k in sub:
        assert float(b.at[k, "pagu"]) == round(float(a.at[k, "pagu"]) * 0.8)
    # ... e.g. 2.12.02.2.01.0001 in 2026: 811.081.000 in 99.01, 648.864.800 in 99.02.
    assert (a.at[("2026", "2.12.02.2.01.0001"), "pagu"], b.at[("2026", "2.12.02.2.01.0001"), "pagu"]) == (
        "811081000",
        "648864800",
    )


def test_perjanjian_kinerja_per_tahun(mentah: Frames) -> None:
    pk = mentah["perjanjian_kinerja"]
    assert set(pk["tahun"]) == {"2026"}
    # every OPD of every pemda signed 2026 except Dinas ESDM of the province (acting head)
    opd = mentah["perangkat_daerah"]
    tanpa = set(zip(opd["kode_pemda"], opd["kode_pd"], strict=True)) - set(
        zip(pk["kode_pemda"], pk["kode_pd"], strict=True)
    )
    assert tanpa == {("99", dd.PK_BELUM_DITANDATANGANI_PD)}
