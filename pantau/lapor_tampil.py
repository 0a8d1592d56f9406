"""What a governor's page says about the quarter's unverified values (issue 19): one caption, the same everywhere."""

from __future__ import annotations

import streamlit as st

from pantau import format as fmt
from pantau.data import ambil
from pantau.frame import Filter


def catatan_belum_verifikasi(filt: Filter) -> None:
    """A caption with the number of this quarter's IKU values in the reporting workflow not yet verified, and whether
    the page's figures count them (the sidebar switch); nothing for a quarter not reported in the app, or when all
    are verified."""
    r = ambil("lapor_belum_verifikasi", **filt.params()).iloc[0]
    if not r["jumlah_belum_verifikasi"]:
        return
    jumlah = (
        f"{fmt.angka(r['jumlah_belum_verifikasi'])} nilai realisasi IKU {fmt.TRIWULAN[filt.triwulan]} {filt.tahun} "
        f"belum diverifikasi ({fmt.angka(r['jumlah_diajukan'])} menunggu verifikasi)"
    )
    if filt.semua_nilai:
        st.caption(f"📝 {jumlah}; angka di halaman ini ikut menghitungnya (sakelar di samping).")
    else:
        st.caption(
            f"📝 {jumlah}; angka di halaman ini hanya memuat nilai terverifikasi. Nyalakan *Sertakan nilai belum "
            "diverifikasi* di samping untuk ikut menghitungnya."
        )
