"""The accounts an administrator manages (issue 18): the `pengguna` table from the Data page, each save one import
batch (history, rollback, audit row with the account), the role `nasional` never given, only the admin's pemda.
The same page in a real browser, with a real login, is in tests/test_browser_masuk.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import ROOT
from helpers import baca_salinan as baca
from streamlit.testing.v1 import AppTest
from tiga_pemda import DINKES

from pantau import akses
from pantau.akses import Lingkup
from pantau.importer import batalkan
from pantau.pengguna import PERAN_BERI, hapus_pengguna, simpan_pengguna

ADMIN_62_02 = Lingkup(pemda=frozenset({"62.02"}))
ADMIN = "admin@kotim.go.id"


@pytest.fixture
def db(tiga_pemda_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "pantau.duckdb"
    shutil.copy(tiga_pemda_db, path)
    return path


def akun(db: Path) -> list[tuple]:
    return baca(db, "select kode_pemda, email, peran, kode_pd, nama from pengguna order by all")


def simpan(db: Path, **baris: str) -> object:
    return simpan_pengguna(
        {"kode_pemda": "62.02", **baris}, db, pengguna=ADMIN, peran="admin_bappeda", lingkup=ADMIN_62_02
    )


def test_tambah_ubah_hapus_dan_batal_satu_batch_masing_masing(db: Path) -> None:
    awal_audit = baca(db, "select count(*) from jejak_audit")[0][0]
    tambah = simpan(db, email=" Kadis@Kotim.go.id ", peran="operator_opd", kode_pd=DINKES, nama="Kadis")
    assert tambah.ok and tambah.baru == {"pengguna": 1}, [str(t) for t in tambah.temuan]
    assert akun(db) == [("62.02", "kadis@kotim.go.id", "operator_opd", DINKES, "Kadis")]  # email as the login reads it
    # the login finds the role in the table (no role in the claims)
    dari_tabel = akses.pengguna_dari_tabel(
        "KADIS@kotim.go.id",
        "x",
        [dict(zip(("kode_pemda", "email", "peran", "kode_pd", "nama"), r, strict=True)) for r in akun(db)],
    )
    assert (dari_tabel.peran, dari_tabel.kode_pemda, dari_tabel.kode_pd) == ("operator_opd", "62.02", DINKES)

    ubah = simpan(db, email="kadis@kotim.go.id", peran="analis", kode_pd=DINKES, nama="Kadis")
    assert ubah.ok and ubah.diganti == {"pengguna": 1} and not ubah.baru
    # an OPD only for an operator: an analis keeps none
    assert akun(db) == [("62.02", "kadis@kotim.go.id", "analis", None, "Kadis")]
    assert not simpan(db, email="kadis@kotim.go.id", peran="analis", nama="Kadis").batch_id  # unchanged: no batch

    hapus = hapus_pengguna("62.02", "kadis@kotim.go.id", db, pengguna=ADMIN, peran="admin_bappeda", lingkup=ADMIN_62_02)
    assert hapus.ok and hapus.dihapus == {"pengguna": 1}, [str(t) for t in hapus.temuan]
    assert akun(db) == []
    lagi = hapus_pengguna("62.02", "kadis@kotim.go.id", db, pengguna=ADMIN, peran="admin_bappeda", lingkup=ADMIN_62_02)
    assert not lagi.ok and "tidak ada di pemda 62.02" in lagi.temuan[-1].pesan

    # each save is one batch of the history, in the audit trail with the account that saved it
    batch = [tambah.batch_id, ubah.batch_id, hapus.batch_id]
    assert baca(
        db, f"select batch_id, pengguna, kode_pemda from impor_batch where batch_id in {tuple(batch)} order by 1"
    ) == [(b, ADMIN, ["62.02"]) for b in batch]
    jejak = baca(
        db,
        f"select aksi, pengguna, peran, kode_pemda, batch_id, rincian from jejak_audit where audit_id > {awal_audit} order by audit_id",
    )
    assert [r[:5] for r in jejak] == [
        ("pengguna", ADMIN, "admin_bappeda", ["62.02"], tambah.batch_id),
        ("pengguna", ADMIN, "admin_bappeda", ["62.02"], ubah.batch_id),
        ("pengguna_hapus", ADMIN, "admin_bappeda", ["62.02"], hapus.batch_id),
    ]  # fmt: skip
    assert json.loads(jejak[2][5])["baris_dihapus"] == {"pengguna": 1}

    # rolling back the removal puts the account back exactly, then the change, then the addition
    for b, sesudah in (
        (hapus.batch_id, [("62.02", "kadis@kotim.go.id", "analis", None, "Kadis")]),
        (ubah.batch_id, [("62.02", "kadis@kotim.go.id", "operator_opd", DINKES, "Kadis")]),
        (tambah.batch_id, []),
    ):
        ok, pesan = batalkan(b, db, pengguna=ADMIN, peran="admin_bappeda", lingkup=ADMIN_62_02)
        assert ok, pesan
        assert akun(db) == sesudah


def test_batal_hapus_menunggu_akun_yang_ditambah_lagi(db: Path) -> None:
    assert simpan(db, email="a@kotim.go.id", peran="analis").ok
    hapus = hapus_pengguna("62.02", "a@kotim.go.id", db, pengguna=ADMIN, lingkup=ADMIN_62_02)
    lagi = simpan(db, email="a@kotim.go.id", peran="pimpinan")
    assert hapus.batch_id and lagi.baru == {"pengguna": 1}
    # restoring the removed row would make two rows of one account: the later batch goes first
    ok, pesan = batalkan(hapus.batch_id, db, lingkup=ADMIN_62_02)
    assert not ok and f"batch {lagi.batch_id}" in pesan
    assert akun(db) == [("62.02", "a@kotim.go.id", "pimpinan", None, None)]
    assert batalkan(lagi.batch_id, db, lingkup=ADMIN_62_02)[0]
    assert batalkan(hapus.batch_id, db, lingkup=ADMIN_62_02)[0]
    assert akun(db) == [("62.02", "a@kotim.go.id", "analis", None, None)]


@pytest.mark.parametrize(
    ("baris", "lingkup", "kolom", "kata"),
    [
        ({"peran": "nasional"}, ADMIN_62_02, "peran", "Peran nasional"),
        ({"peran": "admin_lokal"}, ADMIN_62_02, "peran", "Peran tidak dikenal"),
        ({"email": "bukan-email"}, ADMIN_62_02, "email", "Email tidak sah"),
        ({"peran": "operator_opd"}, ADMIN_62_02, "kode_pd", "harus diberi OPD"),
        ({"peran": "operator_opd", "kode_pd": "TIDAK.ADA"}, ADMIN_62_02, "kode_pd", ""),
        ({"kode_pemda": "62"}, ADMIN_62_02, "kode_pemda", "di luar lingkup"),  # the province, from a kabupaten
        ({}, Lingkup(pemda=frozenset({"62.02"}), kode_pd=DINKES), "kode_pd", "hanya diimpor admin"),  # an operator
    ],
)
def test_yang_tidak_boleh_ditolak_tanpa_menulis(
    db: Path, baris: dict[str, str], lingkup: Lingkup, kolom: str, kata: str
) -> None:
    sebelum = db.read_bytes()
    isi = {"kode_pemda": "62.02", "email": "baru@kotim.go.id", "peran": "analis", **baris}
    hasil = simpan_pengguna(isi, db, pengguna=ADMIN, peran="admin_bappeda", lingkup=lingkup)
    assert not hasil.ok and hasil.batch_id is None
    assert any(t.kolom == kolom and kata in t.pesan for t in hasil.temuan), [str(t) for t in hasil.temuan]
    assert db.read_bytes() == sebelum


def test_tidak_menghapus_akun_sendiri_atau_pemda_lain(db: Path) -> None:
    assert simpan_pengguna(
        {"kode_pemda": "62", "email": "x@kalteng.go.id", "peran": "analis"},
        db,
        lingkup=Lingkup(pemda=frozenset({"62"})),
    ).ok
    sendiri = hapus_pengguna("62.02", ADMIN.upper(), db, pengguna=ADMIN, lingkup=ADMIN_62_02)
    assert not sendiri.ok and "akun Anda sendiri" in sendiri.temuan[0].pesan
    lain = hapus_pengguna("62", "x@kalteng.go.id", db, pengguna=ADMIN, lingkup=ADMIN_62_02)
    assert not lain.ok and any("di luar lingkup" in t.pesan for t in lain.temuan)
    assert akun(db) == [("62", "x@kalteng.go.id", "analis", None, None)]
    # the same email given a role in a second pemda would leave it with none: refused
    dua = simpan(db, email="X@kalteng.go.id", peran="pimpinan")
    assert not dua.ok and "sudah diberi peran oleh pemda lain" in dua.temuan[0].pesan
    assert akun(db) == [("62", "x@kalteng.go.id", "analis", None, None)]


# --------------------------------------------------------------------------- the Data page (AppTest)

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "rahasia-uji-yang-cukup-panjang-untuk-cookie",
    "client_id": "pantau",
    "client_secret": "rahasia",
    "server_metadata_url": "http://localhost:9/.well-known/openid-configuration",
}


@pytest.fixture
def demo_salinan(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pantau.duckdb"
    shutil.copy(demo_db, path)
    monkeypatch.setenv("PANTAU_DB", str(path))
    return path


def halaman_data(user: dict[str, object] | None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if user is not None:
        at.secrets["auth"] = AUTH
        at.user = user
    at.query_params["pemda"] = "99"
    at.run()
    at.switch_page("pages/1_Data.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def tabel_akun(at: AppTest) -> list[str]:
    frame = next(d.value for d in at.dataframe if "email" in d.value.columns and "nama_pd" in d.value.columns)
    return frame["email"].tolist()


def test_halaman_data_admin_bappeda_mengelola_akun_pemdanya(demo_salinan: Path) -> None:
    admin = {"is_logged_in": True, "email": "admin@uji.go.id", "name": "Admin", "peran": "admin_bappeda",
             "kode_pemda": "99"}  # fmt: skip
    at = halaman_data(admin)
    # every account of pemda 99, read from the file itself
    assert tabel_akun(at) == [
        r[0] for r in baca(demo_salinan, "select email from pengguna where kode_pemda = '99' order by email")
    ]
    peran = next(s for s in at.selectbox if s.label == "Peran")
    assert list(peran.options) == [akses.PERAN[p] for p in PERAN_BERI] and "nasional" not in str(peran.options)

    next(t for t in at.text_input if t.label == "Email akun").input("Kabid.Data@Nusaharapan.example")
    next(t for t in at.text_input if t.label == "Nama").input("Kabid Data")
    peran.set_value("analis")
    next(b for b in at.button if b.label == "Simpan akun").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Akun kabid.data@nusaharapan.example ditambahkan" in s.value for s in at.success), [
        e.value for e in at.error
    ]
    assert "kabid.data@nusaharapan.example" in tabel_akun(at)
    assert baca(
        demo_salinan, "select kode_pemda, peran, nama from pengguna where email = 'kabid.data@nusaharapan.example'"
    ) == [("99", "analis", "Kabid Data")]
    (aksi, siapa, batch) = baca(
        demo_salinan, "select aksi, pengguna, batch_id from jejak_audit order by audit_id desc limit 1"
    )[0]
    assert (aksi, siapa) == ("pengguna", "admin@uji.go.id")
    assert baca(demo_salinan, f"select status, pengguna from impor_batch where batch_id = {batch}") == [
        ("aktif", "admin@uji.go.id")
    ]

    # a bad email: said, nothing written
    sebelum = demo_salinan.read_bytes()
    next(t for t in at.text_input if t.label == "Email akun").input("bukan email")
    next(b for b in at.button if b.label == "Simpan akun").click().run()
    assert any("tidak disimpan" in e.value for e in at.error)
    assert demo_salinan.read_bytes() == sebelum

    # removing it
    next(s for s in at.selectbox if s.label == "Akun yang dihapus").set_value("kabid.data@nusaharapan.example")
    next(c for c in at.checkbox if c.label == "Saya yakin menghapus akun ini").check()
    next(b for b in at.button if b.label == "Hapus akun").click().run()
    assert any("Akun kabid.data@nusaharapan.example dihapus" in s.value for s in at.success)
    assert "kabid.data@nusaharapan.example" not in tabel_akun(at)


def test_halaman_data_admin_lokal_juga_mengelola_akun(demo_salinan: Path) -> None:
    at = halaman_data(None)
    assert tabel_akun(at)  # the demo's accounts of pemda 99
    next(t for t in at.text_input if t.label == "Email akun").input("kasubag@nusaharapan.example")
    next(t for t in at.text_input if t.label == "Diubah oleh (untuk jejak audit)").input("Pak Admin")
    next(b for b in at.button if b.label == "Simpan akun").click().run()
    assert any("ditambahkan" in s.value for s in at.success), [e.value for e in at.error]
    assert baca(demo_salinan, "select pengguna, peran from jejak_audit order by audit_id desc limit 1") == [
        ("Pak Admin", "admin_lokal")
    ]
