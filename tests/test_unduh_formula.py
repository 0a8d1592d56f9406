"""Exports write text as text (issue 18, item 6): imported text that looks like a formula never becomes one.

An OPD's file carries `=HYPERLINK(…)`, `+1+1`, `-2+3`, `@SUM(1)` as indicator names, faktor penghambat and a
follow-up; every XLSX the product writes (page downloads, E.81, the meeting pack's tables, the template) is read
back as sheet XML and holds no formula, and every CSV cell beginning with `= + - @` starts with a single quote.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from mini import tulis_mini

from pantau import laporan, unduh
from pantau.config import ROOT
from pantau.db import run_query
from pantau.e81 import buat_e81
from pantau.importer import impor_path
from pantau.templat import templat_xlsx

JAHAT = ['=HYPERLINK("http://x","klik")', "+1+1", "-2+3", "@SUM(1)"]


def _sel_csv(teks: str) -> str:
    return '"' + teks.replace('"', '""') + '"'


@pytest.fixture(scope="module")
def db_jahat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("jahat")
    h, p, t, s = (_sel_csv(x) for x in JAHAT)
    tulis_mini(
        folder,
        ganti={
            "indikator": f"""kode_indikator,nama_indikator,satuan,kode_pd,jenis,polaritas,agregasi,kode_sasaran,rumus,target_akhir_periode,definisi
IKU1,{h},persen,PD1,IKU_PD,positif,nilai_akhir,S1.1,,95,
IKU2,{p},unit,PD1,IKU_PD,positif,kumulatif,S1.1,,200,
IKU3,{t},persen,PD2,IKU_PEMDA,negatif,nilai_akhir,S1,,14,
""",
            "realisasi": f"""kode_indikator,tahun,periode,realisasi,faktor_pendorong,faktor_penghambat,tindak_lanjut,sumber_data
IKU1,2026,TW1,10,{t},{h},{s},
IKU2,2026,TW1,1,,{s},{p},
IKU3,2026,TW1,30,,{p},,
""",
            "tindak_lanjut": f"""kode_tindak_lanjut,uraian,kode_pd,batas_waktu,status,rapat,tanggal_rapat,kode_indikator
TL-1,{h},PD1,2026-03-31,proses,{s},2026-02-15,IKU1
""",
        },
    )
    db = tmp_path_factory.mktemp("db") / "pantau.duckdb"
    hasil = impor_path([folder], db)
    assert hasil.ok, [str(x) for x in hasil.temuan]
    return db


def _rumus_di(xlsx: bytes) -> list[str]:
    """Every formula cell in the workbook (`<f>` in a sheet's XML), as 'sheet: formula'."""
    hasil = []
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        for nama in z.namelist():
            if nama.startswith("xl/worksheets/") and nama.endswith(".xml"):
                xml = z.read(nama).decode()
                hasil += [f"{nama}: {f}" for f in re.findall(r"<f[ >].*?</f>", xml)]
                # the E.81 Rekap links to its own sheets (location=…); an external link has an r:id
                assert not re.search(r"<hyperlink [^>]*r:id=", xml), f"{nama}: an external hyperlink"
    return hasil


def _teks_xlsx(xlsx: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))


def _ada_semua(xlsx: bytes, yang: list[str]) -> None:
    import html

    teks = html.unescape(_teks_xlsx(xlsx))
    for x in yang:
        assert x in teks, f"{x!r} not written as text"


def _params(**lain: object) -> dict[str, object]:
    return {"kode_pemda": "99", "tahun": 2026, "triwulan": 1, "periode": "TW1", **lain}


def test_e81_has_no_formula(db_jahat: Path) -> None:
    p = _params(jenis="", kode_pd="")
    isi = buat_e81(
        run_query("e81_indikator", p, db_jahat),
        run_query("e81_pd_ringkasan", p, db_jahat),
        nama_pemda="Provinsi Uji Coba",
        tahun=2026,
        triwulan=1,
    )
    assert _rumus_di(isi) == []
    _ada_semua(isi, JAHAT)


def test_meeting_pack_xlsx_has_no_formula(db_jahat: Path) -> None:
    def ambil(nama: str, **params: object) -> pd.DataFrame:
        return run_query(nama, params, db_jahat)

    data = laporan.kumpulkan(ambil, "99", 2026, 1, hari_ini=dt.date(2026, 4, 20))
    isi = laporan.buat_xlsx(data)
    assert _rumus_di(isi) == []
    _ada_semua(isi, [JAHAT[0], JAHAT[3]])  # the red IKU's obstacle and the open follow-up


def test_page_downloads_xlsx_text_and_csv_neutralised(db_jahat: Path) -> None:
    daftar = run_query(
        "iku_triwulan_daftar", _params(jenis="", kode_pd="", kode_sasaran="", status=[], batas=0), db_jahat
    )
    assert set(JAHAT[:3]) <= set(daftar["nama_indikator"])
    assert JAHAT[3] in set(daftar["faktor_penghambat"])
    isi = unduh.xlsx({"iku": daftar})
    assert _rumus_di(isi) == []
    _ada_semua(isi, JAHAT)

    baris = list(csv.reader(io.StringIO(unduh.csv(daftar).decode("utf-8-sig"), newline="")))
    sel = [c for r in baris for c in r]
    for x in JAHAT:
        assert "'" + x in sel
        assert x not in sel
    assert not [c for c in sel if c[:1] in ("=", "+", "@")]
    assert not [c for c in sel if c.startswith("-") and not re.fullmatch(r"-[\d.]+", c)]


def test_csv_keeps_numbers_numbers() -> None:
    tabel = pd.DataFrame({"angka": [-2, 3], "teks": ["-2", "\tx"], "campur": ["-2+3", "\r=1"]})
    baris = list(csv.reader(io.StringIO(unduh.csv(tabel).decode("utf-8-sig"), newline="")))
    assert baris == [["angka", "teks", "campur"], ["-2", "-2", "'-2+3"], ["3", "'\tx", "'\r=1"]]


def test_template_has_no_formula() -> None:
    assert _rumus_di(templat_xlsx()) == []


def test_every_export_goes_through_unduh() -> None:
    """No page or module writes CSV or a workbook by itself: the one helper neutralises every export."""
    pelanggaran = []
    for berkas in [ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "pantau").rglob("*.py")]:
        if berkas.name == "unduh.py":
            continue
        for simpul in ast.walk(ast.parse(berkas.read_text(encoding="utf-8"))):
            fungsi = simpul.func if isinstance(simpul, ast.Call) else None
            if isinstance(fungsi, ast.Attribute) and fungsi.attr in ("to_csv", "to_excel", "ExcelWriter", "Workbook"):
                pelanggaran.append(f"{berkas.relative_to(ROOT)}:{simpul.lineno} {fungsi.attr}")
    # to_excel into unduh.excel_writer (the pack) and the import's own CSV of a follow-up are allowed
    diizinkan = {"pantau/laporan.py": {"to_excel"}, "pantau/tindak_lanjut.py": {"to_csv"}}
    sisa = [p for p in pelanggaran if p.split(" ")[1] not in diizinkan.get(p.split(":")[0], set())]
    assert sisa == []
