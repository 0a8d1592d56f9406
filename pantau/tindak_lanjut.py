"""Recording follow-up actions (tindak lanjut) from a page, the way any import is recorded.

A page never writes the database itself: an action added or updated during a meeting becomes a
one-row `tindak_lanjut.csv` in the import format (CONTRACT.md) and goes through `pantau.importer.impor`,
so it is validated like a file (codes must exist, status is one of the enumeration), written by the
atomic writer, and gets a batch in the history that can be rolled back on the Impor Data page.
An update is an import of the same key: the old row is kept in `riwayat_tindak_lanjut`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from pantau.akses import Lingkup
from pantau.contract import TABEL
from pantau.importer import HasilImpor, Sumber, impor

NAMA_BERKAS = "tindak_lanjut.csv"


def _sel(nilai: object) -> str:
    """One cell as the import format reads it: ISO dates, text on one line, empty for nothing."""
    if nilai is None:
        return ""
    if isinstance(nilai, dt.datetime):
        nilai = nilai.date()
    if isinstance(nilai, dt.date):
        return nilai.isoformat()
    teks = str(nilai)
    if teks in ("nan", "NaT", "<NA>", "None"):
        return ""
    # one physical line per row keeps the CSV trivially readable in any spreadsheet
    return " ".join(teks.split())


def csv_impor(tabel: str, daftar: Iterable[Mapping[str, object]]) -> bytes:
    """Rows of a contract (or product) table as a CSV in the import format: the table's header (every column, in
    contract order), one line per row. A page's save is such a file, imported like any other."""
    kolom = TABEL[tabel].nama_kolom
    buf = io.StringIO()
    tulis = csv.writer(buf, lineterminator="\n")
    tulis.writerow(kolom)
    for baris in daftar:
        asing = set(baris) - set(kolom)
        if asing:
            raise KeyError(f"Kolom bukan milik tabel {tabel}: {sorted(asing)}")
        tulis.writerow([_sel(baris.get(k)) for k in kolom])
    return buf.getvalue().encode("utf-8")


def sebagai_csv(baris: Mapping[str, object]) -> bytes:
    """A one-row `tindak_lanjut.csv` with the contract's header (every column, in contract order)."""
    return csv_impor("tindak_lanjut", [baris])


def simpan_tindak_lanjut(
    baris: Mapping[str, object],
    db: Path | str,
    *,
    pengguna: str | None = None,
    peran: str | None = None,
    lingkup: Lingkup | None = None,
) -> HasilImpor:
    """Add or update one action (by kode_tindak_lanjut) through the importer. Nothing is written on an error;
    the findings say why. Saving an unchanged action writes nothing (no batch). With the user's `lingkup`, an
    action of another pemda (or, for an operator, another OPD) is refused like any import. A saved action leaves
    an audit row (`tindak_lanjut`) by `pengguna` in the same transaction."""
    sumber = Sumber(NAMA_BERKAS, sebagai_csv(baris))
    rincian = {k: _sel(baris.get(k)) for k in ("kode_tindak_lanjut", "kode_pd", "status", "rapat")}
    return impor(
        [sumber],
        db,
        pengguna=pengguna or None,
        peran=peran,
        asal="halaman",
        lingkup=lingkup,
        aksi="tindak_lanjut",
        rincian={"tindak_lanjut": rincian},
    )
