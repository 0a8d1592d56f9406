"""Login inside the Streamlit app: the mode in force, the logged-in user, their scope, and the sidebar block.

The rules (roles, pages, scope) are in `pantau.akses`, without Streamlit; this module reads `st.secrets`,
`st.user` and Streamlit's options.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st
from streamlit import config as st_config
from streamlit.runtime.scriptrunner import get_script_run_ctx

from pantau import akses
from pantau.akses import ADMIN_LOKAL, LINGKUP_PENUH, PERAN, Lingkup, Pengguna
from pantau.config import db_path

# The claims (OIDC) or st.user keys (trusted headers) that carry a user's role and scope.
KLAIM_PERAN = "peran"
KLAIM_PEMDA = "kode_pemda"
KLAIM_PD = "kode_pd"


def mode_masuk() -> str:
    """'lokal', 'oidc' or 'proxy' (see `pantau.akses`). `st.secrets` is read through the module attribute, which
    AppTest replaces with its own secrets."""
    try:
        auth = st.secrets.get("auth")
    except Exception:  # no secrets file at all: Streamlit raises rather than returning nothing
        auth = None
    auth_dict = auth.to_dict() if hasattr(auth, "to_dict") else auth
    return akses.mode_dari(
        auth_dict if isinstance(auth_dict, Mapping) else None, st_config.get_option("server.trustedUserHeaders")
    )


def alamat_ditolak() -> str | None:
    """In local mode, the refusal when the server listens beyond this machine; None when all is well. AppTest has
    no server (no address set): nothing to refuse."""
    if mode_masuk() != "lokal":
        return None
    # through the config module: AppTest patches `config.get_option` (not `st.get_option`) for its run
    alamat = st_config.get_option("server.address")
    if alamat is None and st_config.get_option("global.appTest"):
        return None
    return None if akses.alamat_lokal(alamat) else akses.pesan_tolak_alamat(alamat)


def _user() -> dict[str, object]:
    try:
        return dict(st.user.to_dict())
    except Exception:
        return {}


def _teks(nilai: object) -> str | None:
    return str(nilai).strip() or None if nilai is not None else None


def pengguna_sekarang() -> Pengguna | None:
    """The user of this session: the local administrator without login; else from st.user, or None when nobody
    is logged in. A logged-in user without a known role gets the role '' (allowed nothing)."""
    mode = mode_masuk()
    if mode == "lokal":
        return ADMIN_LOKAL
    u = _user()
    if mode == "oidc" and not u.get("is_logged_in"):
        return None
    email = _teks(u.get("email"))
    if not email:
        return None
    peran = _teks(u.get(KLAIM_PERAN)) or ""
    if peran not in PERAN or peran == "admin_lokal":  # the local administrator exists only without login
        peran = ""
    if not peran:  # no role in the claims: the `pengguna` table an administrator imported
        return akses.pengguna_dari_tabel(email, _teks(u.get("name")) or email, _pengguna_tabel(email))
    return Pengguna(
        email=email,
        nama=_teks(u.get("name")) or email,
        peran=peran,
        kode_pemda=_teks(u.get(KLAIM_PEMDA)),
        kode_pd=_teks(u.get(KLAIM_PD)),
    )


def _pengguna_tabel(email: str) -> list[dict[str, object]]:
    """The `pengguna` rows of an email (trusted code, no scope: it decides the scope)."""
    from pantau.db import reader

    path = str(db_path())
    try:
        return _pengguna_cari(path, reader(path).version(), email.strip().lower())
    except Exception:  # no database yet, or one without the table: no role
        return []


@st.cache_data(show_spinner=False, max_entries=256)
def _pengguna_cari(path: str, versi: object, email: str) -> list[dict[str, object]]:
    from pantau.db import run_query

    return run_query("pengguna_cari", {"email": email}, path).to_dict("records")


@st.cache_data(show_spinner=False, max_entries=8)
def _pemda(path: str, versi: object) -> pd.DataFrame:
    from pantau.db import run_query

    return run_query("pemda_daftar", {}, path)


def lingkup_sekarang() -> Lingkup:
    """The scope of this session's user. Outside a Streamlit run (command line, a test calling a query) there is
    no user and the caller is trusted code: everything."""
    if get_script_run_ctx() is None:
        return LINGKUP_PENUH
    pengguna = pengguna_sekarang()
    if pengguna is None or not pengguna.peran:
        return Lingkup()
    if pengguna.peran in ("admin_lokal", "nasional"):
        return LINGKUP_PENUH
    from pantau.db import reader

    path = str(db_path())
    pemda = _pemda(path, reader(path).version())
    return akses.lingkup_untuk(pengguna, pemda.to_dict("records"))


def pelaku(pengguna: Pengguna, nama_ketik: str = "") -> tuple[str | None, str]:
    """Who a write is recorded as (batch history, audit trail): a logged-in user's account (email) and role; the
    local administrator, the name typed on the page, if any (else "admin lokal" in the audit trail)."""
    if pengguna.peran == "admin_lokal":
        return nama_ketik.strip() or None, "admin_lokal"
    return pengguna.email, pengguna.peran


def blok_sidebar(pengguna: Pengguna, mode: str) -> None:
    """Who is using the app, in the sidebar: the local administrator says so; a logged-in user can log out."""
    if mode == "lokal":
        st.sidebar.caption(
            "🔓 **Mode lokal tanpa login**: Anda administrator lokal (semua halaman, semua pemda). Hanya komputer "
            "ini (127.0.0.1) yang dapat membuka aplikasi. Untuk jaringan: atur login (README)."
        )
        return
    lingkup = pengguna.kode_pemda or "semua pemda"
    if pengguna.kode_pd:
        lingkup += f", OPD {pengguna.kode_pd}"
    st.sidebar.caption(f"👤 **{pengguna.nama}** · {pengguna.label} · {lingkup}")
    if mode == "oidc" and st.sidebar.button("Keluar", icon=":material/logout:", key="keluar"):
        st.logout()


def minta_masuk(mode: str) -> None:
    """Nobody is logged in: say so, offer the login (OIDC), and stop the page."""
    if mode == "oidc":
        st.info("Silakan masuk dengan akun pemda Anda untuk membuka Pantau Kinerja.")
        if st.button("Masuk", type="primary", icon=":material/login:", key="masuk"):
            st.login()
    else:
        st.error(
            "Identitas Anda tidak diterima dari proxy (header email kosong). Buka aplikasi lewat alamat proxy "
            "pemda, bukan langsung ke server."
        )
    st.stop()
