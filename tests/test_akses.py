"""Who may see and change what (issue 18): the safe default, roles and their pages, and scope below the pages.

AppTest's `at.user` plays the logged-in user (claims `peran`, `kode_pemda`, `kode_pd`) with an `[auth]` section
in `at.secrets`; the real login through an OIDC provider is in tests/test_browser_masuk.py.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from helpers import ROOT, port_bebas
from streamlit import config as st_config
from streamlit.testing.v1 import AppTest

from pantau import akses
from pantau.akses import DiLuarLingkup, Lingkup, Pengguna
from pantau.db import run_query
from pantau.frame import HALAMAN

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "rahasia-uji-yang-cukup-panjang-untuk-cookie",
    "client_id": "pantau",
    "client_secret": "rahasia",
    "server_metadata_url": "http://localhost:9/.well-known/openid-configuration",
}
SEMUA = [s for s, _l, _i in HALAMAN]
LABEL = {s: label for s, label, _i in HALAMAN}


def buka(
    script: str = "app.py", user: dict[str, object] | None = None, query_params: dict[str, str] | None = None
) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if user is not None:
        at.secrets["auth"] = AUTH
        at.user = user
    for k, v in (query_params or {}).items():
        at.query_params[k] = v
    at.run()
    if script != "app.py":
        at.switch_page(script).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def masuk_sebagai(peran: str, kode_pemda: str = "99", kode_pd: str = "") -> dict[str, object]:
    return {"is_logged_in": True, "email": f"{peran}@uji.go.id", "name": peran, "peran": peran,
            "kode_pemda": kode_pemda, "kode_pd": kode_pd}  # fmt: skip


def menu(at: AppTest) -> list[str]:
    return [pl.proto.label for pl in at.sidebar.get("page_link")]


def pilihan_pemda(at: AppTest) -> list[str]:
    return list(at.sidebar.selectbox(key="filter_pemda").options)


# --------------------------------------------------------------------------- the safe default


def test_tanpa_login_administrator_lokal(pantau_db: Path) -> None:
    at = buka()
    assert menu(at) == [LABEL[s] for s in SEMUA]
    teks = " ".join(c.value for c in at.sidebar.caption)
    assert "Mode lokal tanpa login" in teks and "administrator lokal" in teks and "127.0.0.1" in teks


def test_config_bawaan_hanya_loopback() -> None:
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"


@pytest.fixture
def alamat_semua() -> Iterator[None]:
    lama = st_config.get_option("server.address")
    st_config.set_option("server.address", "0.0.0.0")
    yield
    st_config.set_option("server.address", lama)


def test_dijalankan_manual_di_semua_antarmuka_tanpa_login_menolak(pantau_db: Path, alamat_semua: None) -> None:
    at = buka()
    assert len(at.error) == 1 and "menolak melayani" in at.error[0].value and "secrets.toml" in at.error[0].value
    assert not at.sidebar.get("page_link") and not at.title  # nothing served


def test_dengan_login_semua_antarmuka_meminta_masuk(pantau_db: Path, alamat_semua: None) -> None:
    at = buka(user={})
    assert not at.error
    assert [b.label for b in at.button] == ["Masuk"]
    assert not at.sidebar.get("page_link")  # nothing but the login


def _port_terbuka(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_peluncur_menolak_alamat_lain_tanpa_login(tmp_path: Path, demo_db: Path) -> None:
    port = port_bebas()
    # no secrets file at all, whatever this machine's .streamlit/secrets.toml or ~/.streamlit holds (never skipped)
    env = {**os.environ, "HOME": str(tmp_path), "PANTAU_SECRETS": str(tmp_path / "tidak_ada.toml")}
    hasil = subprocess.run(
        [sys.executable, "-m", "pantau", "jalankan", "--alamat", "0.0.0.0", "--port", str(port), "--db", str(demo_db)],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert hasil.returncode == 2
    assert "menolak melayani alamat 0.0.0.0 tanpa login" in hasil.stderr
    assert ".streamlit/secrets.toml" in hasil.stderr and "README" in hasil.stderr
    assert not _port_terbuka(port)


def test_mode_dan_alamat() -> None:
    assert akses.mode_dari(None, None) == "lokal"
    assert akses.mode_dari({"redirect_uri": "x"}, None) == "lokal"  # incomplete: still local
    assert akses.mode_dari(AUTH, None) == "oidc"
    assert (
        akses.mode_dari({**{k: AUTH[k] for k in ("redirect_uri", "cookie_secret")}, "pemda": {"client_id": "x"}}, {})
        == "oidc"
    )
    assert akses.mode_dari(None, {"X-Forwarded-Email": "email"}) == "proxy"
    assert [akses.alamat_lokal(a) for a in ("127.0.0.1", "::1", "localhost", "0.0.0.0", "10.0.0.5", None)] == [
        True, True, True, False, False, False,
    ]  # fmt: skip


def test_contoh_secrets_lengkap_tanpa_rahasia_nyata() -> None:
    contoh = ROOT / ".streamlit" / "secrets.toml.contoh"
    auth = akses.auth_dari_berkas([contoh])
    assert akses.mode_dari(auth, None) == "oidc"
    assert "GANTI" in str(auth["cookie_secret"]) and "GANTI" in str(auth["client_secret"])


# --------------------------------------------------------------------------- roles: the menu and the guard


@pytest.mark.parametrize("peran", ["pimpinan", "admin_bappeda", "operator_opd", "analis", "nasional"])
def test_menu_per_peran(pantau_db: Path, peran: str) -> None:
    at = buka(user=masuk_sebagai(peran, kode_pd="1.02.0.00.0.00.01.0000" if peran == "operator_opd" else ""))
    boleh = [LABEL[s] for s in SEMUA if s in akses.HALAMAN_PERAN[peran]]
    assert menu(at) == boleh
    assert "Impor Data" not in boleh or peran in ("admin_bappeda", "operator_opd")
    teks = " ".join(c.value for c in at.sidebar.caption)
    assert f"{peran}@uji.go.id" not in teks and peran in teks  # the name, the role's label, the scope
    assert [b.label for b in at.sidebar.button] == ["Keluar"]


@pytest.mark.parametrize(
    ("peran", "script"),
    [
        ("pimpinan", "pages/2_Impor_Data.py"),
        ("pimpinan", "pages/8_Eksplorasi.py"),
        ("analis", "pages/2_Impor_Data.py"),
        ("operator_opd", "pages/1_Data.py"),
        ("nasional", "pages/2_Impor_Data.py"),
    ],
)
def test_halaman_terlarang_tidak_tampil(pantau_db: Path, peran: str, script: str) -> None:
    at = buka(script, user=masuk_sebagai(peran))
    assert any("tidak tersedia untuk peran" in e.value for e in at.error)
    assert not at.get("file_uploader") and not at.get("text_area") and not at.get("dataframe")


def test_tanpa_peran_tidak_melihat_apa_pun(pantau_db: Path) -> None:
    at = buka(user={"is_logged_in": True, "email": "tamu@uji.go.id"})
    assert any("belum diberi peran" in e.value for e in at.error)
    assert not at.sidebar.get("page_link") and not at.get("dataframe")


def test_belum_masuk_hanya_tombol_masuk(pantau_db: Path) -> None:
    at = buka(user={"is_logged_in": False})
    assert [b.label for b in at.button] == ["Masuk"]
    assert not at.sidebar.get("page_link")


# --------------------------------------------------------------------------- scope


def test_pimpinan_provinsi_memilih_provinsi_dan_kabupaten_kotanya(pantau_db: Path) -> None:
    at = buka(user=masuk_sebagai("pimpinan", "99"))
    assert pilihan_pemda(at) == [
        "Provinsi Nusa Harapan",
        "Kabupaten Lembah Damai",
        "Kabupaten Bukit Sejahtera",
        "Kota Teluk Permai",
    ]  # fmt: skip  (no national view)


def test_analis_kabupaten_hanya_pemdanya(pantau_db: Path) -> None:
    at = buka(user=masuk_sebagai("analis", "99.01"))
    assert pilihan_pemda(at) == ["Kabupaten Lembah Damai"]


def test_nasional_semua_pemda(pantau_db: Path) -> None:
    at = buka(user=masuk_sebagai("nasional", ""))
    assert pilihan_pemda(at)[-1] == "Semua pemda (nasional)" and len(pilihan_pemda(at)) == 5


@pytest.mark.parametrize("pemda", ["99", "*"])
def test_url_di_luar_lingkup_tidak_menampilkan_apa_pun(pantau_db: Path, pemda: str) -> None:
    at = buka("pages/3_Capaian_IKU.py", user=masuk_sebagai("pimpinan", "99.01"), query_params={"pemda": pemda})
    assert any("di luar lingkup" in w.value or "hanya untuk peran nasional" in w.value for w in at.warning)
    assert not at.get("dataframe") and not at.get("plotly_chart") and not at.metric


def test_kueri_menolak_pemda_di_luar_lingkup(demo_db: Path) -> None:
    lingkup = akses.lingkup_untuk(Pengguna("a@b", "A", "analis", "99.01"), [])
    p = {"kode_pemda": "99", "tahun": 2026, "triwulan": 1, "periode": "TW1"}
    with pytest.raises(DiLuarLingkup, match="di luar lingkup"):
        run_query("predikat_triwulan_jumlah", p, demo_db, lingkup)
    with pytest.raises(DiLuarLingkup, match="nasional"):
        run_query("predikat_triwulan_jumlah", {**p, "kode_pemda": "*"}, demo_db, lingkup)
    # a query over every pemda gives only the scope's rows
    assert run_query("pemda_daftar", {}, demo_db, lingkup)["kode_pemda"].tolist() == ["99.01"]
    # a query over every pemda without a pemda column is refused
    with pytest.raises(DiLuarLingkup):
        run_query("impor_batch_daftar", {}, demo_db, lingkup)
    assert isinstance(run_query("tahun_daftar", {}, demo_db, lingkup), pd.DataFrame)


def test_lingkup_pimpinan_provinsi_dan_operator() -> None:
    pemda = [{"kode_pemda": "99", "kode_induk": None}, {"kode_pemda": "99.01", "kode_induk": "99"},
             {"kode_pemda": "98.01", "kode_induk": "98"}]  # fmt: skip
    assert akses.lingkup_untuk(Pengguna("a", "A", "pimpinan", "99"), pemda).pemda == {"99", "99.01"}
    assert akses.lingkup_untuk(Pengguna("a", "A", "analis", "99"), pemda).pemda == {"99"}
    op = akses.lingkup_untuk(Pengguna("a", "A", "operator_opd", "99", "PD1"), pemda)
    assert op == Lingkup(pemda=frozenset({"99"}), kode_pd="PD1")
    assert akses.lingkup_untuk(Pengguna("a", "A", "nasional"), pemda).semua
    assert not akses.lingkup_untuk(Pengguna("a", "A", "pimpinan"), pemda).izinkan("99")  # no pemda: nothing


# --------------------------------------------------------------------------- the Eksplorasi sandbox


@pytest.mark.parametrize(
    "sql",
    [
        "select distinct kode_pemda from realisasi",
        "select distinct kode_pemda from capaian_indikator",
        "select distinct kode_pemda from pantau.main.indikator",
        "select distinct kode_pemda from capaian_indikator_tersimpan",
        "select kode_pemda from pemda",
        "select distinct kode_pemda from riwayat_realisasi union select distinct kode_pemda from kegiatan",
    ],
)
def test_eksplorasi_hanya_melihat_pemda_lingkup(tiga_pemda_db: Path, sql: str) -> None:
    from pantau import eksplorasi as eks

    lingkup = Lingkup(pemda=frozenset({"62.02"}))
    hasil = eks.jalankan(sql, {"kode_pemda": "62.02", "tahun": 2026}, tiga_pemda_db, lingkup=lingkup)
    if "_tersimpan" in sql:  # the stored tables of the file are not in the copy (its views compute)
        assert not hasil.ok and "tidak dikenal" in hasil.pesan
        return
    assert hasil.ok, hasil.pesan
    assert set(hasil.data["kode_pemda"]) == {"62.02"}


def test_eksplorasi_lingkup_angka_sama_dan_tidak_dapat_melompat(tiga_pemda_db: Path) -> None:
    from pantau import eksplorasi as eks

    sql = "select kode_indikator, tahun, periode, capaian_persen from capaian_indikator where kode_pemda = $kode_pemda order by all"
    p = {"kode_pemda": "62.02", "tahun": 2026}
    penuh = eks.jalankan(sql, p, tiga_pemda_db)
    sempit = eks.jalankan(sql, p, tiga_pemda_db, lingkup=Lingkup(pemda=frozenset({"62.02"})))
    assert sempit.ok and len(sempit.data) > 0
    pd.testing.assert_frame_equal(penuh.data, sempit.data)  # the same numbers as on the whole file
    # another pemda by parameter: refused, saying why
    lain = eks.jalankan(sql, {**p, "kode_pemda": "62"}, tiga_pemda_db, lingkup=Lingkup(pemda=frozenset({"62.02"})))
    assert not lain.ok and "di luar lingkup" in lain.pesan
    # nothing of another pemda to read, and no way to open the file again
    for jahat in (
        "select count(*) as n from realisasi where kode_pemda = '62'",
        f"select * from read_csv('{tiga_pemda_db}')",
    ):
        h = eks.jalankan(jahat, p, tiga_pemda_db, lingkup=Lingkup(pemda=frozenset({"62.02"})))
        assert (h.ok and h.data["n"].tolist() == [0]) or not h.ok
    assert not eks.jalankan(
        "select * from impor_batch", p, tiga_pemda_db, lingkup=Lingkup(pemda=frozenset({"62.02"}))
    ).data.shape[0]


# --------------------------------------------------------------------------- an operator's import


def test_operator_impor_di_luar_lingkup_ditolak(tiga_pemda_db: Path, tmp_path: Path) -> None:
    import shutil

    from tiga_pemda import BAPPEDA, DINKES

    from pantau.importer import Sumber, impor

    db = tmp_path / "pantau.duckdb"
    shutil.copy(tiga_pemda_db, db)
    sebelum = db.read_bytes()
    iku = run_query("pemda_daftar", {}, db)  # the file opens; IKU owners come from indikator
    assert len(iku) == 3
    pemilik = dict(
        __import__("duckdb")
        .connect(str(db), read_only=True)
        .execute("select kode_indikator, kode_pd from indikator where kode_pemda = '62.02'")
        .fetchall()
    )
    iku_dinkes = next(k for k, v in pemilik.items() if v == DINKES)
    iku_lain = next((k for k, v in pemilik.items() if v != DINKES), None)
    teks = f"kode_pemda,kode_indikator,tahun,periode,realisasi\n62.02,{iku_dinkes},2026,TW3,5\n62,IKU-01,2026,TW3,5\n"
    if iku_lain:
        teks += f"62.02,{iku_lain},2026,TW3,5\n"
    pd_teks = f"kode_pemda,kode_pd,nama_pd\n62.02,{BAPPEDA},Bappeda Baru\n62.02,{DINKES},Dinas Kesehatan\n"
    operator = Lingkup(pemda=frozenset({"62.02"}), kode_pd=DINKES)
    hasil = impor(
        [Sumber("realisasi.csv", teks.encode()), Sumber("perangkat_daerah.csv", pd_teks.encode())],
        db,
        pengguna="operator@uji.go.id",
        lingkup=operator,
    )
    assert not hasil.ok and hasil.batch_id is None
    galat = [(t.berkas, t.baris, t.pesan) for t in hasil.temuan if t.tingkat == "galat"]
    assert ("realisasi.csv", 3, "Baris milik pemda 62, di luar lingkup akun Anda; tidak boleh diimpor.") in galat
    assert any(b == "perangkat_daerah.csv" and n == 2 and f"OPD {BAPPEDA}" in p for b, n, p in galat)
    if iku_lain:
        assert any(b == "realisasi.csv" and n == 4 and "operator OPD hanya" in p for b, n, p in galat)
    assert not any(b == "realisasi.csv" and n == 2 for b, n, _p in galat)  # their own OPD's row is fine
    assert db.read_bytes() == sebelum  # nothing written
    # the same operator's own rows alone are imported
    sendiri = impor(
        [Sumber("realisasi.csv", teks.splitlines()[0].encode() + b"\n" + teks.splitlines()[1].encode())],
        db,
        lingkup=operator,
    )
    assert sendiri.ok, [str(t) for t in sendiri.temuan]


# --------------------------------------------------------------------------- the pengguna table (no role in the claims)


def test_pengguna_dari_tabel() -> None:
    baris = [
        {"kode_pemda": "99", "email": "Gubernur@Nusaharapan.example", "peran": "pimpinan", "kode_pd": None},
        {"kode_pemda": "99", "email": "op@x.example", "peran": "operator_opd", "kode_pd": "PD1", "nama": "Op"},
        {"kode_pemda": "99", "email": "dua@x.example", "peran": "analis"},
        {"kode_pemda": "99.01", "email": "dua@x.example", "peran": "analis"},
        {"kode_pemda": "99", "email": "nas@x.example", "peran": "nasional"},
    ]
    g = akses.pengguna_dari_tabel("gubernur@nusaharapan.example", "G", baris)
    assert (g.peran, g.kode_pemda, g.kode_pd) == ("pimpinan", "99", None)
    op = akses.pengguna_dari_tabel("op@x.example", "x", baris)
    assert (op.peran, op.kode_pd, op.nama) == ("operator_opd", "PD1", "Op")
    # unknown, in two pemda, or a role a pemda may not give: nothing
    for email in ("lain@x.example", "dua@x.example", "nas@x.example"):
        assert akses.pengguna_dari_tabel(email, "x", baris).peran == ""
    # an operator without an OPD writes nothing
    tanpa_opd = akses.lingkup_untuk(Pengguna("o@x", "o", "operator_opd", "99"), [])
    assert tanpa_opd.kode_pd == "" and tanpa_opd.izinkan("99")


def test_tanpa_klaim_peran_dari_tabel_pengguna(pantau_db: Path) -> None:
    # the demo's pengguna.csv: the governor's account has no role claim; the table makes them pimpinan of 99
    at = buka(user={"is_logged_in": True, "email": "gubernur@nusaharapan.example", "name": "G"})
    assert menu(at) == [LABEL[s] for s in SEMUA if s in akses.HALAMAN_PERAN["pimpinan"]]
    at = buka(user={"is_logged_in": True, "email": "tidak.terdaftar@nusaharapan.example", "name": "T"})
    assert any("belum diberi peran" in e.value for e in at.error)


def test_tabel_pengguna_hanya_admin_dan_tanpa_nasional(tiga_pemda_db: Path, tmp_path: Path) -> None:
    import shutil

    from tiga_pemda import DINKES

    from pantau.importer import Sumber, impor

    db = tmp_path / "pantau.duckdb"
    shutil.copy(tiga_pemda_db, db)
    teks = f"kode_pemda,email,peran,kode_pd\n62.02,kadis@kotim.example,admin_bappeda,{DINKES}\n"
    operator = Lingkup(pemda=frozenset({"62.02"}), kode_pd=DINKES)
    hasil = impor([Sumber("pengguna.csv", teks.encode())], db, lingkup=operator)
    assert not hasil.ok and any("hanya diimpor admin" in t.pesan for t in hasil.temuan)
    nasional = "kode_pemda,email,peran\n62.02,pusat@kotim.example,nasional\n"
    hasil = impor([Sumber("pengguna.csv", nasional.encode())], db, lingkup=Lingkup(pemda=frozenset({"62.02"})))
    assert not hasil.ok and any(t.kolom == "peran" for t in hasil.temuan)
    # the province's admin cannot give a role in a kabupaten
    kab = "kode_pemda,email,peran\n62.02,x@kotim.example,analis\n"
    assert not impor([Sumber("pengguna.csv", kab.encode())], db, lingkup=Lingkup(pemda=frozenset({"62"}))).ok
    # the kabupaten's admin can
    hasil = impor([Sumber("pengguna.csv", kab.encode())], db, lingkup=Lingkup(pemda=frozenset({"62.02"})))
    assert hasil.ok and hasil.baru == {"pengguna": 1}, [str(t) for t in hasil.temuan]
