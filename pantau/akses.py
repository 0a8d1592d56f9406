"""Who may see and change what: how users log in, their role (peran) and their scope (lingkup).

Three modes, decided by configuration only (`mode_masuk`):

- **lokal** (default): no login configured. The server binds to 127.0.0.1 only and everyone who can reach it is
  the one local administrator (today's behaviour, said in the sidebar). Serving another address in this mode is
  refused (`python -m pantau jalankan`, and every page if Streamlit is started by hand on another address).
- **oidc**: an `[auth]` section in `.streamlit/secrets.toml`; users log in with `st.login` against the pemda's
  identity provider. No password is ever stored by the product.
- **proxy**: `server.trustedUserHeaders` set; an authenticating reverse proxy puts the user's email (and
  optionally role and pemda) in headers, which Streamlit copies into `st.user`.

A logged-in user's role and scope come from the identity provider's claims (`peran`, `kode_pemda`, `kode_pd`), or,
when the claims carry no role, from the `pengguna` table an administrator imports (`pengguna_dari_tabel`).
The scope (`Lingkup`) travels with every query (`pantau.data.ambil` → `pantau.db.run_query`), which refuses a
pemda outside it and drops rows of other pemda from any result, so no URL parameter can widen it.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pantau.config import ROOT

NASIONAL = "*"

PERAN: dict[str, str] = {
    "pimpinan": "Pimpinan (Gubernur/Bupati/Wali Kota, Sekda)",
    "admin_bappeda": "Admin Bappeda",
    "operator_opd": "Operator OPD",
    "analis": "Analis",
    "nasional": "Nasional (Kemendagri/kementerian)",
    "admin_lokal": "Administrator lokal",
}

# Pages every role reads; the others per role. A page not listed for a role is absent from its menu and refuses
# to render when opened by URL (`frame`).
HALAMAN_BACA = {
    "app.py",
    "pages/3_Capaian_IKU.py",
    "pages/4_Distribusi_Jadwal.py",
    "pages/5_Program_Unggulan.py",
    "pages/6_Janji_Kampanye.py",
    "pages/7_Keterlacakan.py",
    "pages/9_Tindak_Lanjut.py",
    "pages/14_Laporan_Triwulan.py",
    "pages/10_Kerja_Sama.py",
    "pages/11_Perjanjian_Kinerja.py",
    "pages/12_SAKIP.py",
    "pages/13_Kabupaten_Kota.py",
}
HALAMAN_PERAN: dict[str, set[str]] = {
    "pimpinan": HALAMAN_BACA,
    "analis": HALAMAN_BACA | {"pages/8_Eksplorasi.py"},
    "nasional": HALAMAN_BACA | {"pages/8_Eksplorasi.py"},
    "operator_opd": HALAMAN_BACA | {"pages/2_Impor_Data.py"},
    "admin_bappeda": HALAMAN_BACA | {"pages/8_Eksplorasi.py", "pages/2_Impor_Data.py", "pages/1_Data.py"},
    "admin_lokal": HALAMAN_BACA | {"pages/8_Eksplorasi.py", "pages/2_Impor_Data.py", "pages/1_Data.py"},
}
# Roles that write: import, roll back, record follow-ups, change settings.
PERAN_TULIS = {"admin_bappeda", "admin_lokal"}
# An operator imports and records only rows of their own OPD.
PERAN_TULIS_OPD = {"operator_opd"}


class DiLuarLingkup(PermissionError):
    """A query or a write asked for a pemda or an OPD outside the user's scope."""


@dataclass(frozen=True)
class Lingkup:
    """The pemda (and, for writes by an operator, the OPD) a user may read and write. Hashable: part of every
    cache key, so two users of different scope never share a cached result."""

    semua: bool = False
    pemda: frozenset[str] = frozenset()
    kode_pd: str | None = None  # set for an operator: writes only for this OPD

    def izinkan(self, kode_pemda: object) -> bool:
        if self.semua:
            return True
        return isinstance(kode_pemda, str) and kode_pemda in self.pemda

    def alasan(self, kode_pemda: object) -> str:
        if kode_pemda == NASIONAL:
            return "Tampilan nasional (semua pemda) hanya untuk peran nasional. Pilih pemda Anda di sisi kiri."
        daftar = ", ".join(sorted(self.pemda)) or "tidak ada"
        return (
            f"Pemda {kode_pemda} di luar lingkup akun Anda (pemda yang boleh Anda lihat: {daftar}). "
            "Tidak ada data yang ditampilkan."
        )

    def catatan_eksplorasi(self) -> str:
        """Why a query in the Eksplorasi sandbox finds nothing of another pemda (its copy holds only the scope)."""
        daftar = ", ".join(sorted(self.pemda)) or "tidak ada"
        return (
            f"🔒 Eksplorasi untuk akun Anda hanya berisi data pemda {daftar}. Pemda lain di luar lingkup akun Anda: "
            "kueri atas pemda lain tidak menghasilkan baris."
        )


LINGKUP_PENUH = Lingkup(semua=True)


@dataclass(frozen=True)
class Pengguna:
    email: str
    nama: str
    peran: str
    kode_pemda: str | None = None
    kode_pd: str | None = None

    @property
    def label(self) -> str:
        return PERAN.get(self.peran, self.peran)

    def boleh_halaman(self, script: str) -> bool:
        return script in HALAMAN_PERAN.get(self.peran, set())

    @property
    def boleh_tulis(self) -> bool:
        return self.peran in PERAN_TULIS or self.peran in PERAN_TULIS_OPD

    @property
    def boleh_kelola(self) -> bool:
        """Rollback and settings: the administrators only."""
        return self.peran in PERAN_TULIS


ADMIN_LOKAL = Pengguna("lokal", "Administrator lokal", "admin_lokal")


def pengguna_dari_tabel(email: str, nama: str, baris: Iterable[Mapping[str, object]]) -> Pengguna:
    """A user whose claims carry no role, from the rows of the `pengguna` table with their email (compared without
    case): exactly one row gives its role and scope; none, or rows in several pemda, give no role (allowed nothing:
    an account is not guessed into a pemda)."""
    cocok = [b for b in baris if str(b.get("email", "")).strip().lower() == email.strip().lower()]
    if len(cocok) != 1 or cocok[0].get("peran") not in PERAN or cocok[0].get("peran") in ("admin_lokal", "nasional"):
        return Pengguna(email, nama, "")
    b = cocok[0]

    def teks(nilai: object) -> str | None:
        return str(nilai).strip() or None if isinstance(nilai, str) else None

    return Pengguna(
        email, teks(b.get("nama")) or nama, str(b["peran"]), teks(b.get("kode_pemda")), teks(b.get("kode_pd"))
    )


def lingkup_untuk(pengguna: Pengguna, pemda: Iterable[Mapping[str, object]]) -> Lingkup:
    """The scope of a user, given the pemda table's rows (kode_pemda, kode_induk): everything for the local
    administrator and the national role; a pimpinan of a province also reads its kabupaten/kota; everyone else
    their own pemda."""
    if pengguna.peran in ("admin_lokal", "nasional"):
        return LINGKUP_PENUH
    if not pengguna.kode_pemda:
        return Lingkup()
    kode = {pengguna.kode_pemda}
    if pengguna.peran == "pimpinan":
        kode |= {str(p["kode_pemda"]) for p in pemda if p.get("kode_induk") == pengguna.kode_pemda}
    # an operator without an OPD writes nothing ("" matches no OPD), rather than every OPD of the pemda
    kode_pd = (pengguna.kode_pd or "") if pengguna.peran == "operator_opd" else None
    return Lingkup(pemda=frozenset(kode), kode_pd=kode_pd)


# --------------------------------------------------------------------------- the login mode


def _auth_lengkap(auth: Mapping[str, object] | None) -> bool:
    """Whether an `[auth]` section is enough for st.login: redirect_uri, cookie_secret and a provider."""
    if not auth or "redirect_uri" not in auth or "cookie_secret" not in auth:
        return False
    penyedia = [v for v in auth.values() if isinstance(v, Mapping)]
    return "client_id" in auth or any("client_id" in p for p in penyedia)


def berkas_secrets() -> list[Path]:
    """Where Streamlit reads secrets.toml by default: the user's home, then the project folder. PANTAU_SECRETS
    (paths separated by os.pathsep) names other files instead, e.g. for a test that must see no login."""
    if os.environ.get("PANTAU_SECRETS") is not None:
        return [Path(p) for p in os.environ["PANTAU_SECRETS"].split(os.pathsep) if p]
    return [Path.home() / ".streamlit" / "secrets.toml", ROOT / ".streamlit" / "secrets.toml"]


def auth_dari_berkas(berkas: Iterable[Path] | None = None) -> dict[str, object] | None:
    """The `[auth]` section of the secrets files (the last file wins, as in Streamlit), read without Streamlit."""
    auth: dict[str, object] | None = None
    for p in berkas if berkas is not None else berkas_secrets():
        if p.is_file():
            data = tomllib.loads(p.read_text(encoding="utf-8"))
            if isinstance(data.get("auth"), dict):
                auth = {**(auth or {}), **data["auth"]}
    return auth


def header_dari_config(berkas: Path | None = None) -> object:
    """`server.trustedUserHeaders` as `.streamlit/config.toml` sets it (the launcher reads it before Streamlit)."""
    p = berkas or ROOT / ".streamlit" / "config.toml"
    if not p.is_file():
        return None
    return tomllib.loads(p.read_text(encoding="utf-8")).get("server", {}).get("trustedUserHeaders")


def mode_dari(auth: Mapping[str, object] | None, header_tepercaya: object) -> str:
    if header_tepercaya:
        return "proxy"
    if _auth_lengkap(auth):
        return "oidc"
    return "lokal"


def alamat_lokal(alamat: str | None) -> bool:
    """Whether a bind address reaches this machine only (None/empty: Streamlit's default, every interface)."""
    if not alamat:
        return False
    if alamat == "localhost":
        return True
    try:
        return ipaddress.ip_address(alamat).is_loopback
    except ValueError:
        return False


PESAN_TOLAK_ALAMAT = (
    "Pantau Kinerja menolak melayani alamat {alamat} tanpa login. Tanpa login, semua yang dapat menjangkau port "
    "ini menjadi administrator: dapat mengunggah data, membatalkan impor dan membaca semua pemda.\n"
    "Pilih salah satu:\n"
    "  1. Jalankan hanya untuk komputer ini: `make run` atau `python -m pantau jalankan` (alamat 127.0.0.1).\n"
    "  2. Atur login dengan penyedia identitas (OIDC) pemda: salin `.streamlit/secrets.toml.contoh` menjadi "
    "`.streamlit/secrets.toml` dan isi bagian [auth] (redirect_uri, cookie_secret, client_id, client_secret, "
    "server_metadata_url). Lihat README, bagian Login dan peran.\n"
    "  3. Di belakang proxy yang mengautentikasi: atur `server.trustedUserHeaders` di `.streamlit/config.toml` "
    '(mis. {{"X-Forwarded-Email" = "email"}}).'
)


def pesan_tolak_alamat(alamat: str | None) -> str:
    return PESAN_TOLAK_ALAMAT.format(alamat=alamat or "semua antarmuka (0.0.0.0)")
