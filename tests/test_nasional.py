"""The national view (`?pemda=*`): every page renders, and the numbers are the sum over all pemda."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from helpers import REALISASI_PIMPINAN, buka_bagian
from streamlit.testing.v1 import AppTest

from pantau import db
from pantau.frame import HALAMAN
from pantau.laporan import BAGIAN_DAFTAR, BAGIAN_PERINGKAT

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("script", "label"), [(s, lb) for s, lb, _ in HALAMAN])
def test_every_page_renders_in_the_national_view(pantau_db: Path, script: str, label: str) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["pemda"] = db.NASIONAL
    at.run()
    if script != "app.py":
        at.switch_page(script).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="filter_pemda").value == db.NASIONAL


def test_national_numbers_are_the_sum_over_all_pemda(pantau_db: Path) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["pemda"] = db.NASIONAL
    at.query_params["tahun"] = "2026"
    at.query_params["tw"] = "3"
    at.run()
    # by a different route than the page: count from the base tables, all pemda together (verified values only)
    con = duckdb.connect(str(pantau_db), read_only=True)
    semua, lapor = con.execute(
        f"""
        select count(distinct (i.kode_pemda, i.kode_indikator)),
            count(distinct r.kode_pemda || '|' || r.kode_indikator)
        from indikator i
        left join {REALISASI_PIMPINAN} r
            on r.kode_pemda = i.kode_pemda and r.kode_indikator = i.kode_indikator
            and r.tahun = 2026 and r.periode = 'TW3'
        where i.jenis in ('IKU_PEMDA', 'IKU_PD')
            -- must report at TW3 (contract v2): a target in 2026, and not measured once a year (tahunan)
            and coalesce(lower(i.frekuensi), 'triwulanan') <> 'tahunan'
            and exists (
                select 1 from target t
                where t.kode_pemda = i.kode_pemda and t.kode_indikator = i.kode_indikator and t.tahun = 2026
            )
        """
    ).fetchall()[0]
    con.close()
    teks = " ".join(str(m.value) for m in at.metric)
    assert f"{lapor} dari {semua}" in teks.replace(".", ""), teks


def test_the_rewrite_reaches_every_pemda_filter() -> None:
    """Every `kode_pemda = $kode_pemda` of every query becomes national-aware (none is missed by the pattern)."""
    for f in sorted((ROOT / "queries").glob("*.sql")):
        sql = db.query_sql(f.stem)
        sisa = re.findall(r"kode_pemda\s*=\s*\$kode_pemda(?!\s+or\s+\$kode_pemda)", sql)
        assert not sisa, f"{f.name}: {sisa}"


def test_follow_ups_are_recorded_per_pemda_not_in_the_national_view(pantau_db: Path) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["pemda"] = db.NASIONAL
    at.run()
    at.switch_page("pages/9_Tindak_Lanjut.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Tindak lanjut dicatat per pemda" in i.value for i in at.info)
    assert not at.get("form")  # no recording form: a nation's million activities are no list to choose from
    # the meeting pack below it is still offered
    assert any(s.value == "Bahan rapat" for s in at.subheader)


def test_national_lists_are_cut_and_say_so(pantau_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nationally a list shows its first BATAS_NASIONAL rows and says so; the per-OPD heatmap is drawn per pemda."""
    import pantau.frame

    monkeypatch.setattr(pantau.frame, "BATAS_NASIONAL", 3)
    con = duckdb.connect(str(pantau_db), read_only=True)
    # IKU of 2026 that no program, kegiatan or sub kegiatan of their pemda names (by the base tables)
    (tanpa,) = con.execute(
        """
        select count(*) from indikator i
        where i.jenis in ('IKU_PEMDA', 'IKU_PD')
            and exists (select 1 from target t where t.kode_pemda = i.kode_pemda
                and t.kode_indikator = i.kode_indikator and t.tahun = 2026)
            and not exists (select 1 from kegiatan k where k.kode_pemda = i.kode_pemda
                and k.kode_indikator = i.kode_indikator and k.tahun = 2026)
        """
    ).fetchone()
    con.close()
    assert tanpa > 3  # the demo nation has more than the cut, so the cut shows
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params.update({"pemda": db.NASIONAL, "tahun": "2026", "tw": "3"})
    at.run()
    at.switch_page("pages/7_Keterlacakan.py").run()
    assert not at.exception, [e.value for e in at.exception]
    daftar = next(d.value for d in at.dataframe if "nama_indikator" in d.value.columns)
    assert len(daftar) == 3
    assert any("hanya 3 IKU pertama" in c.value for c in at.caption)

    at.switch_page("pages/3_Capaian_IKU.py").run()
    assert not at.exception, [e.value for e in at.exception]
    buka_bagian(at, BAGIAN_PERINGKAT)
    assert any("Peta panas OPD × triwulan digambar per pemda" in i.value for i in at.info)
    buka_bagian(at, BAGIAN_DAFTAR)
    assert any("hanya 3 IKU pertama" in c.value for c in at.caption)
