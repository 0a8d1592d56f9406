"""Meeting outputs beyond the PDF: the PowerPoint deck (read back with python-pptx, opened by LibreOffice), the phone
summary (PNG size, numbers), the map in the pack and the deck, and the command line (formats, --semua-opd, output
folders created or refused in Indonesian)."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest
from helpers import angka_id, iku_lapor
from peta_mini import DIGAMBAR, bangun_peta_mini
from PIL import Image
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pypdf import PdfReader

from pantau import dek, laporan, ringkas
from pantau.__main__ import main
from pantau.db import run_query
from pantau.demo_data import TANGGAL_ACUAN, TINDAK_LANJUT_LEWAT_BATAS

HARI_INI = dt.date.fromisoformat(TANGGAL_ACUAN)
# The filter line, written out (not formatted by the product).
FILTER = (
    "Filter: Pemda: Provinsi Nusa Harapan (99) · Tahun: 2026 · Triwulan: TW III · OPD: Semua OPD · "
    f"Keadaan per {HARI_INI.day} Oktober 2026"
)


def _ambil(db: Path):
    return lambda nama, **p: run_query(nama, p, db)


@pytest.fixture(scope="module")
def data_rapat(demo_db: Path) -> laporan.DataRapat:
    assert HARI_INI.month == 10  # FILTER above spells the month out
    return laporan.kumpulkan(_ambil(demo_db), "99", 2026, 3, hari_ini=HARI_INI)


@pytest.fixture(scope="module")
def pptx_demo(data_rapat: laporan.DataRapat, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dek") / "bahan.pptx"
    path.write_bytes(dek.buat_pptx(data_rapat))
    laporan.hentikan_kaleido()
    return path


def _teks_slide(slide) -> str:
    bagian = []
    for s in slide.shapes:
        if s.has_text_frame:
            bagian.append(s.text_frame.text)
        if s.has_table:
            bagian += [c.text for r in s.table.rows for c in r.cells]
    return "\n".join(bagian)


def _judul(slide) -> str:
    return slide.shapes.title.text_frame.text


def _slide(prs, awalan: str):
    cocok = [s for s in prs.slides if _judul(s).startswith(awalan)]
    assert cocok, f"tidak ada slide berjudul {awalan!r}: {[_judul(s) for s in prs.slides]}"
    return cocok[0]


def _grafik(slide):
    (chart,) = [s.chart for s in slide.shapes if s.has_chart]
    return chart


def test_pptx_judul_filter_dan_catatan(pptx_demo: Path, demo_db: Path) -> None:
    prs = Presentation(str(pptx_demo))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)  # 13.333 × 7.5 in: 16:9
    judul = [_judul(s) for s in prs.slides]
    assert judul[:3] == ["Bahan Rapat Evaluasi Triwulan", "Angka utama", "Pengecualian: IKU dengan capaian rendah"]
    for awalan in (
        "Kurva S serapan anggaran: Provinsi Nusa Harapan",
        "Penumpukan akhir tahun per OPD",
        "Peta wilayah: ",
        "Status program unggulan",
        "Tindak lanjut terbuka",
    ):
        _slide(prs, awalan)
    with duckdb.connect(str(demo_db), read_only=True) as con:
        opd = [n for (n,) in con.execute("select nama_pd from perangkat_daerah where kode_pemda = '99'").fetchall()]
    assert sorted(j.removeprefix("OPD: ") for j in judul if j.startswith("OPD: ")) == sorted(opd)
    # every slide prints the filters
    for s in prs.slides:
        assert FILTER in _teks_slide(s), _judul(s)
    # the title slide: pemda, period, reference date
    pembuka = _teks_slide(prs.slides[0])
    assert "Provinsi Nusa Harapan · TW III 2026" in pembuka and f"Keadaan per {HARI_INI.day} Oktober 2026" in pembuka
    # notes carry the explanation the number cards leave out
    lapor, semua = iku_lapor(demo_db, "99", 2026, 3)
    catatan = _slide(prs, "Angka utama").notes_slide.notes_text_frame.text
    assert f"IKU melapor: {angka_id(lapor)} dari {angka_id(semua)}. IKU Pemda dan IKU PD" in catatan
    lewat = len(TINDAK_LANJUT_LEWAT_BATAS)
    assert f"Tindak lanjut lewat batas waktu: {lewat} dari 14 terbuka." in catatan
    # the demo's fictional codes have no shape: named on the map slide and in its notes
    peta = _slide(prs, "Peta wilayah: ")
    assert "Tanpa geometri (tidak digambar): Provinsi Nusa Harapan (99)" in _teks_slide(peta)
    assert "Kota Teluk Permai (99.71)" in peta.notes_slide.notes_text_frame.text


def test_pptx_grafik_asli_sama_dengan_kueri_halaman(pptx_demo: Path, demo_db: Path) -> None:
    prs = Presentation(str(pptx_demo))
    p = {"kode_pemda": "99", "tahun": 2026, "triwulan": 3, "periode": "TW3", "kode_pd": ""}
    # the S-curve: the Distribusi Jadwal page's query, month by month
    kurva = _grafik(_slide(prs, "Kurva S serapan anggaran"))
    assert kurva.chart_type == XL_CHART_TYPE.LINE_MARKERS
    serapan = run_query("serapan_pemda_bulan", p, demo_db)
    bulan = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    assert list(kurva.plots[0].categories) == bulan[: len(serapan)]
    seri = {s.name: list(s.values) for s in kurva.series}
    assert seri["Rencana kas (kumulatif)"] == pytest.approx(serapan["persen_rencana_kas_kumulatif"].tolist())
    realisasi = serapan["persen_serapan"]
    assert [v for v in seri["Realisasi (kumulatif)"] if v is not None] == pytest.approx(realisasi.dropna().tolist())
    assert seri["Realisasi (kumulatif)"][len(realisasi.dropna()) :] == [None] * int(realisasi.isna().sum())
    # the pile-up: the same page's OPD query, worst first, 15 shown
    tumpuk = _grafik(_slide(prs, "Penumpukan akhir tahun per OPD"))
    assert tumpuk.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    per_pd = run_query("jadwal_pd_penumpukan", p, demo_db).head(15)
    assert [c.removeprefix("⚠ ") for c in tumpuk.plots[0].categories] == per_pd["label_pd"].tolist()
    seri = {s.name: list(s.values) for s in tumpuk.series}
    assert seri["Rencana kas Okt–Des"] == pytest.approx(per_pd["porsi_kas_tw4"].tolist())
    assert seri["Bulan pelaksanaan Okt–Des"] == pytest.approx(per_pd["porsi_pelaksanaan_tw4"].tolist())


def test_pptx_dibuka_libreoffice(pptx_demo: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice tidak ada: pasang `libreoffice-impress` (make test memasangnya bila belum ada)"
    profil = tmp_path / "profil"  # its own profile: no clash with another LibreOffice and no first-run dialogs
    hasil = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profil}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(pptx_demo),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "HOME": str(tmp_path)},
        check=False,
    )
    pdf = tmp_path / "bahan.pdf"
    assert hasil.returncode == 0 and pdf.is_file(), hasil.stdout + hasil.stderr
    # every slide came through as a page: nothing dropped or repaired away
    assert len(PdfReader(str(pdf)).pages) == len(Presentation(str(pptx_demo)).slides)


# --------------------------------------------------------------------------- the phone summary


def test_ringkas_png_tegak_dan_angkanya(data_rapat: laporan.DataRapat, demo_db: Path) -> None:
    r = ringkas.buat_ringkas(data_rapat, dibuat=dt.datetime(2026, 10, 15, 7, 30))
    gambar = Image.open(io.BytesIO(r.png))
    lebar, tinggi = gambar.size
    assert lebar <= 1080 and tinggi > lebar
    assert len(PdfReader(io.BytesIO(r.pdf)).pages) == 1
    isi = r.isi
    kepala = isi[isi["bagian"] == "kepala"]
    assert kepala["label"].tolist() == ["Provinsi Nusa Harapan", "Kinerja TW III 2026"]
    angka = dict(
        zip(isi.loc[isi["bagian"] == "angka", "label"], isi.loc[isi["bagian"] == "angka", "nilai"], strict=True)
    )
    lapor, semua = iku_lapor(demo_db, "99", 2026, 3)
    assert angka["IKU melapor"] == f"{angka_id(lapor)} dari {angka_id(semua)}"
    assert angka["Tindak lanjut lewat batas waktu"] == f"{len(TINDAK_LANJUT_LEWAT_BATAS)} dari 14 terbuka"
    # the worst of each kind, from the Ringkasan's own exception query, in its kind order
    p = {"kode_pemda": "99", "tahun": 2026, "triwulan": 3, "periode": "TW3", "hari_ini": HARI_INI, "kode_pd": ""}
    peng = run_query("ringkasan_pengecualian", p | {"batas": 0}, demo_db)
    terburuk = peng[peng["peringkat"] == 1].sort_values("urutan_jenis").head(5)
    tampil = isi[isi["bagian"] == "pengecualian"]
    assert len(tampil) == 5
    assert [lbl.split(" · ")[0] for lbl in tampil["label"]] == terburuk["judul"].tolist()
    assert isi.iloc[-1]["label"] == "Dibuat 15 Oktober 2026 pukul 07.30 · Pantau Kinerja"


# --------------------------------------------------------------------------- the map in the pack, real codes


def test_peta_masuk_bahan_dan_salindia(tmp_path: Path) -> None:
    db = bangun_peta_mini(tmp_path / "csv", tmp_path / "pantau.duckdb")
    d = laporan.kumpulkan(_ambil(db), "34", 2026, 1, hari_ini=dt.date(2026, 4, 20))
    peta = laporan.peta_wilayah(d)
    assert sorted(peta.digambar) == DIGAMBAR
    prs = Presentation(io.BytesIO(dek.buat_pptx(d)))
    slide = _slide(prs, "Peta wilayah: Persentase penduduk miskin")
    assert [s.shape_type for s in slide.shapes if s.shape_type == 13]  # 13 = picture
    assert "Kabupaten Fiktif (34.99)" in _teks_slide(slide)
    teks_pdf = "\n".join(h.extract_text() for h in PdfReader(io.BytesIO(laporan.buat_pdf(d))).pages)
    laporan.hentikan_kaleido()
    assert "Peta wilayah" in teks_pdf and "Kabupaten Fiktif (34.99)" in teks_pdf


# --------------------------------------------------------------------------- the command line


def test_cli_folder_baru_dan_semua_format(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    keluar = tmp_path / "belum" / "ada" / "bahan.pdf"
    argumen = ["laporan", "--db", str(demo_db), "--pemda", "99", "--tahun", "2026", "--triwulan", "3"]
    kode = main([*argumen, "--tanggal", TANGGAL_ACUAN, "--format", "pdf,pptx,ringkas", "--keluar", str(keluar)])
    assert kode == 0, capsys.readouterr().out
    nama = sorted(p.name for p in keluar.parent.iterdir())
    assert nama == ["bahan.pdf", "bahan.pptx", "bahan.xlsx", "bahan_ringkas.pdf", "bahan_ringkas.png"]
    # a file where a folder should be: said in Indonesian, exit 1, nothing written, no traceback
    (tmp_path / "berkas").write_text("bukan folder")
    kode = main([*argumen, "--keluar", str(tmp_path / "berkas" / "sub" / "bahan.pdf")])
    keluaran = capsys.readouterr().out
    assert kode == 1 and "Bahan rapat TIDAK ditulis" in keluaran and "bukan folder" in keluaran
    assert main([*argumen, "--format", "docx"]) == 1
    assert "Format tidak dikenal: docx" in capsys.readouterr().out


def test_cli_semua_opd(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = bangun_peta_mini(tmp_path / "csv", tmp_path / "pantau.duckdb")
    folder = tmp_path / "jadwal" / "2026-TW1"
    kode = main(
        [
            *("laporan", "--db", str(db), "--pemda", "34", "--tahun", "2026", "--triwulan", "1", "--semua-opd"),
            *("--tanggal", "2026-04-20", "--format", "pdf,ringkas", "--keluar", str(folder)),
        ]
    )
    assert kode == 0, capsys.readouterr().out
    with duckdb.connect(str(db), read_only=True) as con:
        opd = [k for (k,) in con.execute("select kode_pd from perangkat_daerah where kode_pemda = '34'").fetchall()]
    dasar = ["bahan_rapat_34_2026_TW1", *(f"bahan_rapat_34_2026_TW1_{k}" for k in opd)]
    diharapkan = sorted(f"{b}{akhir}" for b in dasar for akhir in (".pdf", ".xlsx", "_ringkas.png", "_ringkas.pdf"))
    assert sorted(p.name for p in folder.iterdir()) == diharapkan
