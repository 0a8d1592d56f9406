"""The national view (`?pemda=*`) states the nation's figures (issue 22: rendering without an exception is not enough).

The expected average is computed from the base tables (tests/helpers.py `capaian_acuan`, every pemda), the IKU
counts with plain SQL: one mean over every IKU of the nation that must report (CONTRACT.md v2: unreported ones with
their capaian to date, none counts 0), not a mean of pemda means.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from helpers import ROOT, angka_id, capaian_acuan, iku_lapor, rata_rata_acuan
from streamlit.testing.v1 import AppTest

from pantau import db


def _persen(v: float) -> str:
    """85.34 → '85,3 %', written out here rather than via pantau.format."""
    return f"{v:.1f}".replace(".", ",") + " %"


@pytest.fixture(scope="module")
def acuan(demo_db: Path) -> tuple[dict[tuple[str, str], float | None], int, int]:
    with duckdb.connect(str(demo_db), read_only=True) as con:
        pemda = [r[0] for r in con.execute("select kode_pemda from pemda").fetchall()]
    # keyed by (kode_pemda, kode_indikator): pemda share IKU codes (contract v2), each is its own IKU
    capaian: dict[tuple[str, str], float | None] = {}
    lapor = semua = 0
    for kode in pemda:
        capaian.update({(kode, k): c for k, c in capaian_acuan(demo_db, kode, 2026, 3, cakupan="wajib").items()})
        n_lapor, n_semua = iku_lapor(demo_db, kode, 2026, 3)
        lapor, semua = lapor + n_lapor, semua + n_semua
    assert len(pemda) >= 3 and len(capaian) == semua
    return capaian, lapor, semua


@pytest.mark.parametrize("script", ["app.py", "pages/3_Capaian_IKU.py"])
def test_national_average_is_the_nations_mean(
    pantau_db: Path, acuan: tuple[dict[tuple[str, str], float | None], int, int], script: str
) -> None:
    capaian, lapor, semua = acuan
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params.update({"pemda": db.NASIONAL, "tahun": "2026", "tw": "3"})
    at.run()
    if script != "app.py":
        at.switch_page(script).run()
    assert not at.exception, [e.value for e in at.exception]
    metrik = {m.label: m.value for m in at.metric}
    assert metrik["Rata-rata capaian"] == _persen(rata_rata_acuan(capaian))
    if script != "app.py":
        assert metrik["IKU melapor"] == f"{angka_id(lapor)} dari {angka_id(semua)}"
