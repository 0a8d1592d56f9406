"""Issue 16, the capaian part: each situation of "Why" reproduced with its own small import (a CSV folder imported
with `pantau.importer.impor_path` into a fresh database file), and the corrected figure computed by hand.

The rules (CONTRACT.md v2 "Semantics", "averages, ranks and projections that do not reward silence", "the E.81
form") live once in SQL (`capaian_sd`, `capaian_triwulan`, `capaian_pd_triwulan`, macro `e81_baris`); these tests
ask the queries the pages, the meeting pack and the E.81 use.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from python_calamine import CalamineWorkbook
from streamlit.testing.v1 import AppTest

from pantau import format as fmt
from pantau import laporan
from pantau.db import run_query
from pantau.e81 import BARIS_DATA, KOLOM, buat_e81, buat_e81_berkas
from pantau.importer import impor_path

ROOT = Path(__file__).resolve().parent.parent
approx = pytest.approx
SEMUA = {"jenis": "", "kode_pd": "", "kode_sasaran": ""}
KEPALA_IND = "kode_indikator,nama_indikator,satuan,kode_pd,jenis,polaritas,agregasi,frekuensi,target_akhir_periode"


def impor(tmp_path: Path, tabel: dict[str, str], nama: str = "uji.duckdb") -> Path:
    """Write one CSV per table into a fresh folder and import it into `nama` (created by the import)."""
    folder = tmp_path / nama.replace(".duckdb", "_csv")
    folder.mkdir()
    for t, isi in tabel.items():
        (folder / f"{t}.csv").write_text(isi, encoding="utf-8")
    db = tmp_path / nama
    hasil = impor_path([folder], db, pengguna="uji")
    assert hasil.ok, [str(t) for t in hasil.temuan]
    return db


def satu_pemda(indikator: list[str], target: list[str], realisasi: list[str], pd_: str = "") -> dict[str, str]:
    """The tables of one pemda (kode 77) with OPD A, B and C, from CSV rows."""
    return {
        "pemda": "kode_pemda,nama_pemda,tingkat,kode_induk\n77,Kabupaten Uji,kabupaten,\n",
        "perangkat_daerah": "kode_pd,nama_pd,singkatan,nama_kepala\n"
        + (pd_ or "A,Dinas A,DA,Kepala A\nB,Dinas B,DB,Kepala B\nC,Dinas C,DC,Kepala C\n"),
        "indikator": KEPALA_IND + "\n" + "\n".join(indikator) + "\n",
        "target": "kode_indikator,tahun,periode,target\n" + "\n".join(target) + "\n",
        "realisasi": "kode_indikator,tahun,periode,realisasi\n" + "\n".join(realisasi) + "\n",
    }


def q(db: Path, nama: str, **params: Any) -> pd.DataFrame:
    return run_query(nama, {"kode_pemda": "77", "tahun": 2026, **SEMUA, **params}, db)


def baris(db: Path, sql: str, *args: object) -> list[dict[str, Any]]:
    with duckdb.connect(str(db), read_only=True) as con:
        cur = con.execute(sql, list(args))
        kolom = [d[0] for d in cur.description]
        return [dict(zip(kolom, r, strict=True)) for r in cur.fetchall()]


def lembar(data: bytes) -> dict[str, list[list[Any]]]:
    wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {n: wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names}


def e81(db: Path, triwulan: int, kode_pd: str = "") -> dict[str, list[list[Any]]]:
    p = {"triwulan": triwulan, "kode_pd": kode_pd}
    return lembar(
        buat_e81(
            q(db, "e81_indikator", **p), q(db, "e81_pd_ringkasan", **p), nama_pemda="Uji", tahun=2026, triwulan=triwulan
        )
    )


# --------------------------------------------------------------------------- averages and ranks: silence is 0


@pytest.fixture(scope="module")
def diam(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Dinas A: 4 IKU, only A1 reports (130 %). Dinas B: 3 IKU, all at 95 %. Dinas C: C1 keeps reporting 100,
    C2 reported 40 at TW I and went quiet, C3 (negative) reported −50 % at TW I and went quiet."""
    ind = [f"A{i},IKU A{i},persen,A,IKU_PD,positif,nilai_akhir,," for i in range(1, 5)]
    ind += [f"B{i},IKU B{i},persen,B,IKU_PD,positif,nilai_akhir,," for i in range(1, 4)]
    ind += [
        "C1,IKU C1,persen,C,IKU_PD,positif,nilai_akhir,,",
        "C2,IKU C2,persen,C,IKU_PD,positif,nilai_akhir,,",
        "C3,IKU C3,kasus,C,IKU_PD,negatif,nilai_akhir,,",
    ]
    kode = [f"A{i}" for i in range(1, 5)] + [f"B{i}" for i in range(1, 4)] + ["C1", "C2", "C3"]
    target = [f"{k},2026,TAHUNAN,100" for k in kode]
    realisasi = ["A1,2026,TW1,130", "B1,2026,TW1,95", "B2,2026,TW1,95", "B3,2026,TW1,95"]
    realisasi += ["C1,2026,TW1,100", "C1,2026,TW2,100", "C1,2026,TW3,100", "C2,2026,TW1,40", "C3,2026,TW1,250"]
    return impor(tmp_path_factory.mktemp("diam"), satu_pemda(ind, target, realisasi))


def test_peringkat_opd_tidak_menghadiahi_diam(diam: Path) -> None:
    per_pd = q(diam, "pd_triwulan_peringkat", triwulan=1).set_index("kode_pd")
    # Dinas A: A1 130 clipped to 120, A2–A4 silent = 0 → (120 + 0 + 0 + 0)/4 = 30 (Sangat Rendah), 1 of 4.
    # Dinas B: (95 + 95 + 95)/3 = 95 (Sangat Tinggi), 3 of 3: first, where the old rule put Dinas A (130) first.
    assert per_pd.loc["A", "rata_rata_capaian"] == approx(30)
    assert per_pd.loc["A", "predikat"] == "Sangat Rendah"
    assert per_pd.loc["A", "cakupan"] == "1 dari 4 IKU melapor TW I"
    assert per_pd.loc["B", "rata_rata_capaian"] == approx(95)
    assert per_pd.loc["B", "cakupan"] == "3 dari 3 IKU melapor TW I"
    assert per_pd.loc["B", "peringkat"] == 1 and per_pd.loc["A", "peringkat"] == 3
    # Dinas C at TW I: 100, 40, C3 (2×100 − 250)/100 = −50 clipped to 0 → 140/3 = 46,67 (rank 2).
    assert per_pd.loc["C", "rata_rata_capaian"] == approx(140 / 3)
    # The analyst view agrees with the page's query.
    view = baris(diam, "select * from capaian_pd_triwulan where tahun = 2026 and triwulan = 1 order by kode_pd")
    assert [(v["kode_pd"], v["jumlah_iku_wajib"], v["jumlah_lapor"], v["peringkat"]) for v in view] == [
        ("A", 4, 1, 3),
        ("B", 3, 3, 1),
        ("C", 3, 3, 2),
    ]
    assert [v["rata_rata_capaian"] for v in view] == [approx(30), approx(95), approx(140 / 3)]


def test_diam_di_tw3_tetap_dihitung(diam: Path) -> None:
    # TW III: C1 100 (reported), C2 its last level 40 (silent since TW I), C3 its last level 250 → −50 → 0.
    # Mean (100 + 40 + 0)/3 = 46,67, Sangat Rendah, "1 dari 3 IKU melapor TW III" — not 100 "Sangat Tinggi".
    c = baris(diam, "select * from capaian_pd_triwulan where kode_pd = 'C' and tahun = 2026 and triwulan = 3")[0]
    assert c["rata_rata_capaian"] == approx(140 / 3)
    assert c["predikat"] == "Sangat Rendah"
    assert c["cakupan"] == "1 dari 3 IKU melapor TW III"
    c2 = baris(diam, "select * from capaian_triwulan where kode_indikator = 'C2' and triwulan = 3")[0]
    assert c2["belum_lapor"] and c2["realisasi_sd"] == approx(40) and c2["capaian_persen"] == approx(40)

    # The E.81 of Dinas C at TW III: column 14 = 13 ÷ 8: 100, 40, and −50 printed as 0 with the raw figure in 18.
    # Footer = mean of column 14 as printed = (100 + 40 + 0)/3 = 46,67, Sangat Rendah.
    c_lembar = e81(diam, 3, kode_pd="C")["DC"]
    rows = {r[KOLOM[3]]: r for r in c_lembar[BARIS_DATA : BARIS_DATA + 3]}
    assert [rows[k][KOLOM[14]] for k in ("C1", "C2", "C3")] == [100, 40, 0]
    assert "Kolom 14 mentah −50,00 %, dicetak 0" in rows["C3"][KOLOM[18]]
    kaki = c_lembar[BARIS_DATA + 3]
    assert kaki[0] == "Rata-rata capaian kinerja (%)" and kaki[KOLOM[14]] == approx(46.67, abs=0.01)
    assert c_lembar[BARIS_DATA + 4][KOLOM[14]] == "Sangat Rendah"


def test_rekap_e81_dan_bahan_rapat_dengan_cakupan(diam: Path) -> None:
    rekap = e81(diam, 1)["Rekap"]
    assert rekap[3][-1] == "Cakupan"
    cakupan = {r[1]: r[-1] for r in rekap[4:7]}
    assert cakupan == {
        "Dinas A": "1 dari 4 IKU melapor TW I",
        "Dinas B": "3 dari 3 IKU melapor TW I",
        "Dinas C": "3 dari 3 IKU melapor TW I",
    }
    # The meeting pack's summary: the average over all 10 IKU at TW I, with its coverage beside it:
    # A 120 + 0 + 0 + 0, B 95 × 3, C 100 + 40 + 0 → (120 + 285 + 140)/10 = 54,5; 7 of 10 reported.
    data = laporan.kumpulkan(
        lambda nama, **p: run_query(nama, p, diam), "77", 2026, 1, hari_ini=dt.date(2026, 4, 15), lengkap=False
    )
    angka = {a.kunci: a for a in laporan.angka_utama(data)}
    assert angka["rata_rata_capaian"].nilai == "54,5 %"
    assert angka["rata_rata_capaian"].keterangan.startswith("7 dari 10 IKU melapor TW I.")
    assert angka["iku_melapor"].nilai == "7 dari 10"


# --------------------------------------------------------------------------- the E.81 form


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """K: kumulatif, 25 a quarter, 20 a quarter in 2025 (80), target akhir periode 500; reports 10 and 30 in 2026.
    Q: nilai_akhir, annual target 50, never reported."""
    ind = ["K,IKU K,unit,A,IKU_PD,positif,kumulatif,,500", "Q,IKU Q,persen,A,IKU_PD,positif,nilai_akhir,,"]
    target = [f"K,{y},TW{n},25" for y in (2025, 2026) for n in range(1, 5)] + ["Q,2026,TAHUNAN,50"]
    realisasi = [f"K,2025,TW{n},20" for n in range(1, 5)] + ["K,2026,TW1,10", "K,2026,TW2,30"]
    return impor(tmp_path_factory.mktemp("form"), satu_pemda(ind, target, realisasi))


def test_e81_kolom_14_terhadap_target_tahunan(form: Path) -> None:
    a = e81(form, 2)["DA"]
    k = next(r for r in a[BARIS_DATA : BARIS_DATA + 2] if r[KOLOM[3]] == "K")
    # 8 = 25 × 4 = 100; 13 = 10 + 30 = 40; 14 = 13 ÷ 8 = 40/100 = 40 % (not 40/50 = 80 %, the year-to-date target).
    assert (k[KOLOM[8]], k[KOLOM[9]], k[KOLOM[10]], k[KOLOM[13]], k[KOLOM[14]]) == (100, 10, 30, 40, 40)
    # 7 = Renstra up to last year = 20 × 4 = 80; 15 = 7 + 13 = 120 (kumulatif); 16 = 120/500 = 24.
    assert (k[KOLOM[6]], k[KOLOM[7]], k[KOLOM[15]], k[KOLOM[16]]) == (500, 80, 120, 24)


def test_e81_kolom_13_terisi_bila_triwulan_terpilih_belum_lapor(form: Path) -> None:
    a = e81(form, 3)["DA"]
    k = next(r for r in a[BARIS_DATA : BARIS_DATA + 2] if r[KOLOM[3]] == "K")
    # TW III not reported: 11 empty, but 13 = 10 + 30 = 40 (filled whenever any quarter is), 14 = 40 %.
    assert (k[KOLOM[9]], k[KOLOM[10]], k[KOLOM[11]], k[KOLOM[13]], k[KOLOM[14]]) == (10, 30, "", 40, 40)
    assert "Belum melaporkan realisasi TW III" in k[KOLOM[18]]


def test_e81_kaki_adalah_rerata_kolom_14_tercetak(form: Path) -> None:
    a = e81(form, 2)["DA"]
    data = a[BARIS_DATA : BARIS_DATA + 2]
    kaki = a[BARIS_DATA + 2]
    # Rows: K 40, Q empty (never reported) counting 0 → (40 + 0)/2 = 20, Sangat Rendah.
    tercetak = [0 if r[KOLOM[14]] == "" else r[KOLOM[14]] for r in data]
    assert sorted(tercetak) == [0, 40]
    assert kaki[KOLOM[14]] == approx(sum(tercetak) / len(tercetak)) == approx(20)
    assert a[BARIS_DATA + 3][KOLOM[14]] == "Sangat Rendah"


def test_e81_perintah(form: Path, tmp_path: Path) -> None:
    keluar = tmp_path / "baru" / "folder" / "e81.xlsx"
    jalan = [sys.executable, "-m", "pantau", "e81", "--db", str(form), "--pemda", "77", "--tahun", "2026"]
    h = subprocess.run(
        [*jalan, "--triwulan", "2", "--keluar", str(keluar)], check=False, capture_output=True, text=True, cwd=ROOT
    )
    assert h.returncode == 0, h.stderr
    assert f"E.81 ditulis: {keluar}" in h.stdout
    assert lembar(keluar.read_bytes())["DA"][BARIS_DATA][KOLOM[3]] in {"K", "Q"}
    # Errors in Bahasa Indonesia, never a traceback.
    for tambahan, pesan in (
        (["--triwulan", "5"], "Triwulan harus 1, 2, 3 atau 4"),
        (["--triwulan", "2", "--opd", "ZZ"], "OPD ZZ tidak punya IKU"),
    ):
        h = subprocess.run(
            [*jalan, *tambahan, "--keluar", str(keluar)], check=False, capture_output=True, text=True, cwd=ROOT
        )
        assert h.returncode == 1 and pesan in h.stdout and "Traceback" not in h.stdout + h.stderr
    h = subprocess.run(
        [*jalan[:5], str(tmp_path / "tidak_ada.duckdb"), *jalan[6:], "--triwulan", "1", "--keluar", str(keluar)],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert h.returncode == 1 and "Basis data tidak ditemukan" in h.stdout and "Traceback" not in h.stderr


def test_e81_teks_tidak_menjadi_rumus(tmp_path: Path) -> None:
    # An OPD head and an obstacle that start with "=" stay text in the workbook: no <f> (formula) element anywhere.
    tabel = satu_pemda(
        ["X,IKU X,persen,A,IKU_PD,positif,nilai_akhir,,"],
        ["X,2026,TAHUNAN,10"],
        ["X,2026,TW1,5"],
        pd_='A,=HYPERLINK("http://x"),DA,=1+1\n',
    )
    tabel["realisasi"] = (
        "kode_indikator,tahun,periode,realisasi,faktor_penghambat\nX,2026,TW1,5,\"=cmd|' /C calc'!A0\"\n"
    )
    db = impor(tmp_path, tabel)
    isi = buat_e81_berkas(db, "77", 2026, 1)
    with zipfile.ZipFile(io.BytesIO(isi)) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
        teks = z.read("xl/sharedStrings.xml").decode()
    assert "<f>" not in xml
    assert "=1+1" in teks and "X: =cmd" in teks


# --------------------------------------------------------------------------- projection on plan


def test_proyeksi_tepat_rencana_bukan_kurang(tmp_path: Path) -> None:
    db = impor(
        tmp_path,
        satu_pemda(
            ["P1,IKU P1,unit,A,IKU_PD,positif,kumulatif,,", "P2,IKU P2,persen,A,IKU_PD,positif,rata_rata,,"],
            [f"P1,2026,TW{n},{t}" for n, t in enumerate((10, 20, 30, 40), 1)]
            + [f"P2,2026,TW{n},{t}" for n, t in enumerate((70, 80, 90, 100), 1)],
            [f"P1,2026,TW{n},{t}" for n, t in enumerate((10, 20, 30, 40), 1)]
            + [f"P2,2026,TW{n},{t}" for n, t in enumerate((70, 80, 90, 100), 1)],
        ),
    )
    for n in (1, 2, 3):
        p1, p2 = (
            baris(db, "select * from capaian_triwulan where kode_indikator = ? and triwulan = ?", k, n)[0]
            for k in ("P1", "P2")
        )
        # P1 at TW II: 30 × annual 100 ÷ target s.d. 30 = 100 → 100 % (the linear 30 × 4 ÷ 2 = 60 % was "kurang").
        assert p1["proyeksi_akhir_tahun"] == approx(100) and p1["progres_proyeksi_persen"] == approx(100)
        # P2 at TW II: capaian (70+80)/2 ÷ (70+80)/2 = 100 % carried to the annual mean 85 → 85 → 100 %
        # (the old rule kept the mean so far, 75 of 85 = 88 %, under 90: "kurang").
        assert p2["proyeksi_akhir_tahun"] == approx(85) and p2["progres_proyeksi_persen"] == approx(100)
        assert not p1["proyeksi_kurang"] and not p2["proyeksi_kurang"]
        assert p1["dasar_proyeksi"] == p2["dasar_proyeksi"] == "rencana"
        # Both Sangat Tinggi and on track: "IKU sesuai jalur" 2 of 2.
        j = q(db, "ringkasan_iku", triwulan=n).iloc[0]
        assert (j["jumlah_sesuai_jalur"], j["jumlah_capaian"]) == (2, 2)


# --------------------------------------------------------------------------- must report: frekuensi


def test_frekuensi_menentukan_wajib_lapor(tmp_path: Path) -> None:
    # T1 is tahunan (no history at all); T2 is triwulanan but has only ever reported at TW IV (2025), which the old
    # history guess took for "diukur tahunan".
    tabel = satu_pemda(
        ["T1,IKU T1,indeks,A,IKU_PD,positif,nilai_akhir,tahunan,", "T2,IKU T2,indeks,A,IKU_PD,positif,nilai_akhir,,"],
        ["T1,2026,TAHUNAN,70", "T2,2025,TAHUNAN,60", "T2,2026,TAHUNAN,70"],
        ["T2,2025,TW4,65"],
    )
    db = impor(tmp_path, tabel)
    # 2026 TW I: T1 need not report; T2 must and has not. Ringkasan/pack and Capaian IKU count the same: 1.
    assert q(db, "pemda_triwulan_ringkasan", triwulan=1).iloc[0]["jumlah_belum_lapor"] == 1
    r = q(db, "iku_triwulan_ringkasan", triwulan=1).iloc[0]
    assert (r["jumlah_belum_lapor"], r["jumlah_wajib_lapor"], r["jumlah_diukur_tahunan"]) == (1, 1, 1)
    t1 = baris(db, "select * from capaian_triwulan where kode_indikator = 'T1' and tahun = 2026 order by triwulan")
    assert [x["wajib_lapor"] for x in t1] == [False, False, False, True]
    assert [x["status"] for x in t1] == ["Diukur tahunan"] * 3 + ["Belum lapor"]

    # A new import (T2 reports 2026 TW II) does not rewrite past quarters: 2025 stays as it was.
    sebelum = baris(
        db, "select triwulan, wajib_lapor, belum_lapor from capaian_triwulan where tahun = 2025 order by all"
    )
    (tmp_path / "lagi").mkdir()
    (tmp_path / "lagi" / "realisasi.csv").write_text("kode_indikator,tahun,periode,realisasi\nT2,2026,TW2,66\n")
    assert impor_path([tmp_path / "lagi"], db, pengguna="uji").ok
    assert (
        baris(db, "select triwulan, wajib_lapor, belum_lapor from capaian_triwulan where tahun = 2025 order by all")
        == sebelum
    )
    # 2025 TW I–III of T2 (triwulanan, a target that year) were due and missing: 3 belum lapor, TW IV reported.
    assert [x["belum_lapor"] for x in sebelum] == [True, True, True, False]


def test_tanpa_target_tidak_belum_lapor_dan_tahun_bawaan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 2026 reported to TW II; RPJMD targets imported for 2027–2029; N has no target in 2026.
    ind = ["M,IKU M,persen,A,IKU_PD,positif,nilai_akhir,,", "N,IKU N,persen,A,IKU_PD,positif,nilai_akhir,,"]
    target = ["M,2026,TAHUNAN,80"] + [f"{k},{y},TAHUNAN,90" for k in "MN" for y in (2027, 2028, 2029)]
    db = impor(tmp_path, satu_pemda(ind, target, ["M,2026,TW1,70", "M,2026,TW2,75"]))
    # N in 2026: no target → not due, no row at all; M due and reported.
    r = q(db, "iku_triwulan_ringkasan", triwulan=2).iloc[0]
    assert (r["jumlah_wajib_lapor"], r["jumlah_lapor"], r["jumlah_belum_lapor"]) == (1, 1, 0)
    assert q(db, "periode_terakhir").iloc[0].tolist() == [2026, 2]
    # The page opens on 2026 TW II, not on 2029 TW I with everything "belum lapor".
    monkeypatch.setenv("PANTAU_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180).run()
    assert not at.exception
    assert (at.sidebar.selectbox(key="filter_tahun").value, at.sidebar.selectbox(key="filter_tw").value) == (2026, 2)
    at.switch_page("pages/3_Capaian_IKU.py").run()
    assert not at.exception
    assert (at.sidebar.selectbox(key="filter_tahun").value, at.sidebar.selectbox(key="filter_tw").value) == (2026, 2)


def test_target_tahunan_sebelum_laporan_pertama(tmp_path: Path) -> None:
    ind = [
        "K,IKU K,unit,A,IKU_PD,positif,kumulatif,,",
        "N,IKU N,persen,A,IKU_PD,positif,nilai_akhir,,",
        "R,IKU R,persen,A,IKU_PD,positif,rata_rata,,",
    ]
    target = [f"{k},2026,TW{n},{t}" for k in "KNR" for n, t in enumerate((10, 20, 30, 40), 1)]
    db = impor(tmp_path, satu_pemda(ind, target, ["K,2025,TW1,1"]))
    # No 2026 report yet: K 10+20+30+40 = 100, N the TW IV target 40, R the mean 25.
    tahunan = {
        x["kode_indikator"]: x["target_tahunan"]
        for x in baris(db, "select * from capaian_triwulan where tahun = 2026 and triwulan = 1")
    }
    assert tahunan == {"K": 100, "N": 40, "R": 25}
    a = e81(db, 1)["DA"]
    assert {r[KOLOM[3]]: r[KOLOM[8]] for r in a[BARIS_DATA : BARIS_DATA + 3]} == {"K": 100, "N": 40, "R": 25}


# --------------------------------------------------------------------------- Kabupaten/Kota: family ranks


def test_peringkat_sekeluarga(tmp_path: Path) -> None:
    # Two provinces, 11 (kab 11.01) and 12 (kab 12.01, 12.02), one shared indicator REF-1 (target 100).
    pemda = "kode_pemda,nama_pemda,tingkat,kode_induk\n11,Prov A,provinsi,\n11.01,Kab A1,kabupaten,11\n"
    pemda += "12,Prov B,provinsi,\n12.01,Kab B1,kabupaten,12\n12.02,Kab B2,kabupaten,12\n"
    capaian = {"11": 90, "11.01": 80, "12": 100, "12.01": 95, "12.02": 85}
    tabel = {
        "pemda": pemda,
        "perangkat_daerah": "kode_pemda,kode_pd,nama_pd\n" + "".join(f"{k},A,Dinas A\n" for k in capaian),
        "indikator": "kode_pemda,"
        + KEPALA_IND
        + ",kode_referensi\n"
        + "".join(f"{k},I1,Indikator,persen,A,IKU_PEMDA,positif,nilai_akhir,,,REF-1\n" for k in capaian),
        "target": "kode_pemda,kode_indikator,tahun,periode,target\n"
        + "".join(f"{k},I1,2026,TAHUNAN,100\n" for k in capaian),
        "realisasi": "kode_pemda,kode_indikator,tahun,periode,realisasi\n"
        + "".join(f"{k},I1,2026,TW1,{c}\n" for k, c in capaian.items()),
    }
    db = impor(tmp_path, tabel)
    p = run_query(
        "pemda_banding_peringkat", {"kode_pemda": "11.01", "kelompok": "REF-1", "tahun": 2026, "triwulan": 1}, db
    )
    # Kab A1 (80) ranks among Prov A (90) and itself: 2 of 2 — not 5th of the 5 pemda in the database.
    assert dict(zip(p["kode_pemda"], p["peringkat_capaian"], strict=True)) == {"11": 1, "11.01": 2}
    assert set(p["jumlah_pemda_lapor"]) == {2}
    nasional = {r["kode_pemda"]: r["peringkat_capaian_nasional"] for r in baris(db, "select * from perbandingan_pemda")}
    assert nasional["11.01"] == 5


# --------------------------------------------------------------------------- how a capaian is shown


def test_tampilan_capaian_dan_ambang(tmp_path: Path) -> None:
    # Negative shown as 0 with the raw figure; decimals that agree with the predikat near a threshold.
    assert fmt.capaian(-50) == "0,0 % (mentah −50,0 %)"
    assert fmt.capaian(89.96) == "89,96 %"  # Tinggi: not "90,0 %"
    assert fmt.capaian(90.04) == "90,04 %"  # Sangat Tinggi: not "90,0 %"
    assert fmt.capaian(75) == "75,0 %" and fmt.capaian(85.34) == "85,3 %"
    assert laporan._teks_sel(-50, "capaian") == "0,0 % (mentah −50,0 %)"
    # Exactly 75,0 % is Sedang (Tinggi is > 75) and warned ("tidak melebihi ambang" 75); 75,04 % is Tinggi, not.
    db = impor(
        tmp_path,
        satu_pemda(
            [f"{k},IKU {k},persen,A,IKU_PD,positif,nilai_akhir,," for k in ("E", "F", "G")],
            [f"{k},2026,TAHUNAN,100" for k in ("E", "F", "G")],
            ["E,2026,TW1,75", "F,2026,TW1,75.04", "G,2026,TW1,89.96"],
        ),
    )
    r = {x["kode_indikator"]: x for x in baris(db, "select * from capaian_triwulan where triwulan = 1")}
    assert (r["E"]["predikat"], r["E"]["capaian_rendah"]) == ("Sedang", True)
    assert (r["F"]["predikat"], r["F"]["capaian_rendah"]) == ("Tinggi", False)
    assert (r["G"]["predikat"], fmt.capaian(r["G"]["capaian_persen"])) == ("Tinggi", "89,96 %")
