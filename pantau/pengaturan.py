"""Changing a setting (`pengaturan`): one atomic write with its audit row.

Settings hold for every pemda in the file (thresholds, caps), so only the administrator of the whole file
changes them: the local administrator (the CLI `python -m pantau atur`, the Data page without login) or a
logged-in user whose scope is every pemda with a managing role. The old and new values go to `jejak_audit`
in the same transaction, and the stored results are recomputed (a threshold changes what pages show).
"""

from __future__ import annotations

import math
from pathlib import Path

import duckdb

from pantau.akses import Lingkup
from pantau.importer.tulis import catat_jejak, tulis_atomik


def ubah_pengaturan(
    db: Path | str,
    kunci: str,
    nilai: float,
    *,
    pengguna: str | None = None,
    peran: str | None = None,
    lingkup: Lingkup | None = None,
) -> tuple[bool, str]:
    """Set `pengaturan.kunci` to `nilai`. Returns (done, message); nothing is written when it is refused or the
    value is the same."""
    if lingkup is not None and not lingkup.semua:
        return False, (
            "Pengaturan berlaku untuk semua pemda di basis data: hanya administrator seluruh basis data yang dapat "
            "mengubahnya."
        )
    if not isinstance(nilai, int | float) or not math.isfinite(nilai):
        return False, f"Nilai {nilai!r} bukan angka."

    def kerja(con: duckdb.DuckDBPyConnection) -> tuple[bool, str]:
        rows = con.execute("select nilai from pengaturan where kunci = ?", [kunci]).fetchall()
        if not rows:
            daftar = ", ".join(r[0] for r in con.execute("select kunci from pengaturan order by 1").fetchall())
            return False, f"Pengaturan {kunci} tidak ada. Yang ada: {daftar}."
        lama = rows[0][0]
        if lama == nilai:
            return False, f"{kunci} sudah {nilai:g}; tidak ada yang diubah."
        con.execute("update pengaturan set nilai = ? where kunci = ?", [float(nilai), kunci]).fetchall()
        catat_jejak(
            con,
            "pengaturan",
            pengguna=pengguna,
            peran=peran,
            kode_pemda=[],
            rincian={"kunci": kunci, "nilai_lama": lama, "nilai_baru": float(nilai)},
        )
        return True, f"{kunci}: {lama:g} → {nilai:g}."

    # None: every stored result is recomputed (a setting is read by views of every table)
    return tulis_atomik(Path(db), kerja, simpan=lambda h: h[0], berubah=lambda _: None)
