"""The Laporan Triwulan page and the Ringkasan's "OPD belum lapor" in AppTest, per role, on the demo province (its
2026 TW III reported in the app, deadline 10/10/2026); today injected with PANTAU_HARI_INI. Expected counts come
from the demo files (tests/lapor_demo.py), not from the page's queries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import ROOT
from lapor_demo import baca_csv, iku_wajib_per_opd, nilai_belum_verifikasi, opd_belum_lapor
from streamlit.testing.v1 import AppTest
from test_akses import AUTH, masuk_sebagai

from pantau.db import reader

HALAMAN = "pages/14_Laporan_Triwulan.py"
TW3 = {"pemda": "99", "tahun": "2026", "tw": "3"}
OPERATOR_PD = next(r["kode_pd"] for r in baca_csv("pengguna") if r["peran"] == "operator_opd")


def buka(script: str, hari_ini: str, monkeypatch: pytest.MonkeyPatch, user: dict | None = None, **qp: str) -> AppTest:
    monkeypatch.setenv("PANTAU_HARI_INI", hari_ini)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if user is not None:
        at.secrets["auth"] = AUTH
        at.user = user
    for k, v in (TW3 | qp).items():
        at.query_params[k] = v
    at.run()
    if script != "app.py":
        at.switch_page(script).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def metrik(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def label_isian(at: AppTest) -> list[str]:
    return [t.label for t in at.text_input if t.label.startswith("Realisasi ")]


def test_ringkasan_opd_belum_lapor_dan_tautan(pantau_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    belum, semua = opd_belum_lapor(set(), set())
    assert (belum, semua) == (21, 31)  # the demo as its docstring tells it: ten OPD in, 21 not
    at = buka("app.py", "2026-10-05", monkeypatch)
    assert metrik(at)["OPD belum lapor"] == f"{belum} dari {semua}"
    teks = " ".join(c.value for c in at.caption)
    assert "Batas lapor 10 Oktober 2026; 0 OPD terlambat" in teks
    belum_verif, diajukan = nilai_belum_verifikasi()
    assert (belum_verif, diajukan) == (5, 4)  # Dishub submitted (4 values), one Dinkes IKU returned
    catatan = f"{belum_verif} nilai realisasi IKU TW III 2026 belum diverifikasi ({diajukan} menunggu verifikasi)"
    assert catatan in teks
    # the Capaian IKU page says the same
    at_capaian = buka("pages/3_Capaian_IKU.py", "2026-10-05", monkeypatch)
    assert any(catatan in c.value for c in at_capaian.caption)
    tautan = [pl.proto for pl in at.main.get("page_link") if pl.proto.label.startswith("Rincian: Laporan Triwulan")]
    assert len(tautan) == 1 and "tw=3" in tautan[0].query_string.split("&")
    # after the deadline the same OPD are late
    at = buka("app.py", "2026-10-11", monkeypatch)
    assert f"Batas lapor 10 Oktober 2026; {belum} OPD terlambat" in " ".join(c.value for c in at.caption)
    # a quarter not reported in the app has no such card
    at = buka("app.py", "2026-10-05", monkeypatch, tw="2")
    assert "OPD belum lapor" not in metrik(at)


def test_pimpinan_membaca_keadaan_tanpa_isian(pantau_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = buka(HALAMAN, "2026-10-11", monkeypatch, user=masuk_sebagai("pimpinan"))
    belum, semua = opd_belum_lapor(set(), set())
    m = metrik(at)
    assert m["OPD belum lapor"] == f"{belum} dari {semua}" and m["OPD terlambat"] == str(belum)
    diajukan = sum(r["status"] == "diajukan" for r in baca_csv("status_lapor"))
    assert m["IKU menunggu verifikasi"] == str(diajukan)
    assert any("Terkunci" in w.value for w in at.warning)
    assert label_isian(at) == [] and not [b for b in at.button if b.label == "Buka kunci"]
    assert any("peran Anda membaca saja" in c.value for c in at.caption)


def test_operator_mengisi_hanya_opdnya(pantau_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = buka(HALAMAN, "2026-10-05", monkeypatch, user=masuk_sebagai("operator_opd", kode_pd=OPERATOR_PD))
    assert label_isian(at) == [f"Realisasi {k}" for k in sorted(iku_wajib_per_opd()[OPERATOR_PD])]
    assert not [s for s in at.selectbox if s.label == "OPD"]  # no choice of OPD
    assert "Verifikasi" not in [s.value for s in at.subheader]
    assert not [b for b in at.button if b.label in ("Buka kunci", "Kunci lagi sekarang")]
    assert any("Terbuka untuk entri" in i.value for i in at.info)
    # an explanation not given yet shows as an empty box (submitting must not store the text "nan")
    kosong = {t.label: t.value for t in at.text_input if t.value.strip().lower() in ("nan", "none", "nat", "<na>")}
    assert not kosong, kosong


def test_admin_memilih_opd_dan_memverifikasi(pantau_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = buka(HALAMAN, "2026-10-11", monkeypatch, user=masuk_sebagai("admin_bappeda"))
    assert [b.label for b in at.button if b.label in ("Buka kunci", "Kunci lagi sekarang")] == [
        "Buka kunci",
        "Kunci lagi sekarang",
    ]
    # the OPD awaiting verification in the demo: its submitted IKU are offered for return
    diajukan = sorted(r["kode_indikator"] for r in baca_csv("status_lapor") if r["status"] == "diajukan")
    pemilik = {r["kode_indikator"]: r["kode_pd"] for r in baca_csv("indikator") if r["kode_pemda"] == "99"}
    opd = pemilik[diajukan[0]]
    at.selectbox(key="lapor_opd").set_value(opd).run()
    assert not at.exception
    kembali = at.multiselect(key=f"lapor_kembali_99_2026_3_{opd}")
    assert list(kembali.options) == [
        f"{k} · {next(r['nama_indikator'] for r in baca_csv('indikator') if r['kode_indikator'] == k)}"
        for k in diajukan
    ]
    assert label_isian(at) == []  # every IKU of that OPD is submitted: nothing to enter


def test_operator_mengajukan_dan_verifikator_mengembalikan(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's forms end to end in-process (the browser test does it with real logins): IKU-DISDIK-01 at 40
    (40 / 90,5 = 44,2 %) stops the submission with the other IKU the rule names, explanations let it through, the
    verifier returns IKU-DISDIK-01 with a note and verifies the other four."""
    db = tmp_path / "pantau.duckdb"
    shutil.copyfile(demo_db, db)
    monkeypatch.setenv("PANTAU_DB", str(db))
    kunci = f"99_2026_3_{OPERATOR_PD}"
    at = buka(HALAMAN, "2026-10-05", monkeypatch, user=masuk_sebagai("operator_opd", kode_pd=OPERATOR_PD))
    at.text_input(key=f"lr_{kunci}_IKU-DISDIK-01").set_value("40")
    next(b for b in at.button if b.label == "Ajukan untuk verifikasi").click().run()
    [galat] = [e.value for e in at.error]
    assert (
        "IKU-DISDIK-01 TW III 2026 (pemda 99): capaian s.d. triwulan 44,2 % tidak melebihi ambang peringatan 75,0 %"
        in galat
    )
    disebut = [k for k in sorted(iku_wajib_per_opd()[OPERATOR_PD]) if f"- {k} TW III" in galat]
    for k in disebut:
        at.text_input(key=f"lh_{kunci}_{k}").set_value(f"Penghambat {k}")
        at.text_input(key=f"lt_{kunci}_{k}").set_value(f"Tindak lanjut {k}")
    next(b for b in at.button if b.label == "Ajukan untuk verifikasi").click().run()
    assert not at.error, [e.value for e in at.error]
    assert at.success[0].value.startswith("Laporan Dinas Pendidikan TW III 2026 diajukan untuk verifikasi (batch impor")

    at = buka(HALAMAN, "2026-10-11", monkeypatch, user=masuk_sebagai("admin_bappeda"))
    at.selectbox(key="lapor_opd").set_value(OPERATOR_PD).run()
    at.multiselect(key=f"lapor_kembali_{kunci}").set_value(["IKU-DISDIK-01"])
    at.text_area(key=f"lapor_catatan_{kunci}").set_value("Lampirkan data Dapodik")
    next(b for b in at.button if b.label == "Simpan verifikasi").click().run()
    assert not at.error, [e.value for e in at.error]
    assert at.success[0].value.startswith("Verifikasi Dinas Pendidikan TW III 2026: 4 diverifikasi, 1 dikembalikan")
    cur = reader(db).cursor()  # reopens after the page's write swapped the file in
    try:
        rows = cur.execute(
            "select kode_indikator, status, catatan_verifikasi from status_lapor where kode_indikator like "
            "'IKU-DISDIK-%' order by 1"
        ).fetchall()
    finally:
        cur.close()
    assert rows == [("IKU-DISDIK-01", "dikembalikan", "Lampirkan data Dapodik")] + [
        (f"IKU-DISDIK-0{i}", "diverifikasi", None) for i in range(2, 6)
    ]


def test_sakelar_nilai_belum_diverifikasi(pantau_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The governor's figures count verified values only; the sidebar switch (bound to ?nilai=semua) adds the values
    submitted or returned. Expected from the demo files: IKU that must report TW III, those with a value, and those
    whose value is in the reporting workflow."""
    wajib = set().union(*iku_wajib_per_opd().values())
    ada_nilai = {
        r["kode_indikator"]
        for r in baca_csv("realisasi")
        if (r["kode_pemda"], r["tahun"], r["periode"]) == ("99", "2026", "TW3")
    }
    belum = {
        r["kode_indikator"]
        for r in baca_csv("status_lapor")
        if r["periode"] == "TW3" and r["status"] in ("draf", "diajukan", "dikembalikan")
    }
    semua, terverifikasi = len(wajib & ada_nilai), len((wajib & ada_nilai) - belum)
    assert semua - terverifikasi == 5  # Dishub's four submitted IKU and the Dinkes IKU returned
    at = buka("pages/3_Capaian_IKU.py", "2026-10-05", monkeypatch)
    sakelar = at.toggle(key="filter_nilai")
    assert sakelar.label == "Sertakan nilai belum diverifikasi (5)" and sakelar.value is False
    assert metrik(at)["IKU melapor"] == f"{terverifikasi} dari {len(wajib)}"
    assert any("hanya memuat nilai terverifikasi" in c.value for c in at.caption)
    sakelar.set_value(True).run()
    assert metrik(at)["IKU melapor"] == f"{semua} dari {len(wajib)}"
    assert at.query_params["nilai"] == "semua"
    assert any("ikut menghitungnya" in c.value for c in at.caption)
    # a shared link with ?nilai=semua opens with the switch on, also on the Ringkasan
    at = buka("app.py", "2026-10-05", monkeypatch, nilai="semua")
    assert at.toggle(key="filter_nilai").value is True
    assert metrik(at)["IKU melapor"] == f"{semua} dari {len(wajib)}"
    # a quarter without values in the workflow offers no switch
    at = buka("pages/3_Capaian_IKU.py", "2026-10-05", monkeypatch, tw="2")
    assert not [t for t in at.toggle if t.key == "filter_nilai"]
