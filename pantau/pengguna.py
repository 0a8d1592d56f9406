"""Managing the `pengguna` table from a page: an administrator adds, changes or removes an account of their pemda.

Like a follow-up (`pantau.tindak_lanjut`), a page never writes the table itself: each save is a one-row
`pengguna.csv` through `pantau.importer.impor`, so it gets the importer's rules (the role is one a pemda may give,
never `nasional`; the OPD must exist in the pemda; the row must be inside the administrator's scope; an operator
OPD imports no accounts), one batch in the history that a rollback undoes, and one audit row with the account that
saved it. Removing an account is an import with `hapus`: the row is kept in `riwayat_pengguna` and a rollback puts
it back exactly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from pantau.akses import PERAN, Lingkup
from pantau.contract import PERAN_PENGGUNA
from pantau.db import run_query
from pantau.importer import HasilImpor, impor
from pantau.importer.baca import sumber_satu_baris
from pantau.temuan import Temuan, galat

# The roles a pemda's administrator may give, in the order a form offers them (never nasional, never admin_lokal).
PERAN_BERI = list(dict.fromkeys(PERAN_PENGGUNA.values()))
POLA_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def label_peran(peran: str) -> str:
    return PERAN.get(peran, peran)


def _teks(nilai: object) -> str:
    return "" if nilai is None else str(nilai).strip()


def rapikan(baris: Mapping[str, object]) -> dict[str, str]:
    """The account as it is stored: email in lower case (the login compares without case, and two spellings of one
    email would be two rows, which give no role), an OPD only for an operator OPD."""
    peran = _teks(baris.get("peran"))
    return {
        "kode_pemda": _teks(baris.get("kode_pemda")),
        "email": _teks(baris.get("email")).lower(),
        "peran": peran,
        "kode_pd": _teks(baris.get("kode_pd")) if peran == "operator_opd" else "",
        "nama": _teks(baris.get("nama")),
    }


def periksa(baris: Mapping[str, str]) -> list[Temuan]:
    """What a form can get wrong before the importer's own rules, said in the form's words."""
    temuan: list[Temuan] = []
    tempat = {"berkas": "pengguna"}
    if not baris["kode_pemda"]:
        temuan.append(galat("Pilih satu pemda di sisi kiri: akun diberikan per pemda.", kolom="kode_pemda", **tempat))
    if not POLA_EMAIL.match(baris["email"]):
        temuan.append(
            galat(
                "Email tidak sah: tulis alamat akun di penyedia identitas pemda, mis. nama@pemda.go.id.",
                kolom="email",
                nilai=baris["email"],
                **tempat,
            )
        )
    if baris["peran"] == "nasional":
        temuan.append(
            galat(
                "Peran nasional (semua pemda) tidak dapat diberikan admin pemda: peran itu hanya dari klaim penyedia "
                "identitas Kemendagri/kementerian.",
                kolom="peran",
                nilai="nasional",
                **tempat,
            )
        )
    elif baris["peran"] not in PERAN_BERI:
        daftar = ", ".join(PERAN_BERI)
        temuan.append(
            galat(f"Peran tidak dikenal. Pilih salah satu: {daftar}.", kolom="peran", nilai=baris["peran"], **tempat)
        )
    if baris["peran"] == "operator_opd" and not baris["kode_pd"]:
        temuan.append(
            galat(
                "Operator OPD harus diberi OPD: tanpa OPD ia tidak dapat mengimpor apa pun.", kolom="kode_pd", **tempat
            )
        )
    return temuan


def _di_pemda_lain(akun: Mapping[str, str], db: Path | str) -> list[Temuan]:
    """An email another pemda already gave a role: a second row would leave the account with none (the login does
    not guess between two pemda), so the page refuses it and says what to do, without naming the other pemda."""
    if not Path(db).exists():
        return []
    baris = run_query("pengguna_cari", {"email": akun["email"]}, db)
    if not (baris["kode_pemda"] != akun["kode_pemda"]).any():
        return []
    return [
        galat(
            "Email ini sudah diberi peran oleh pemda lain. Satu akun hanya di satu pemda (akun di dua pemda tidak "
            "mendapat peran apa pun): minta admin pemda itu menghapusnya lebih dulu.",
            berkas="pengguna",
            kolom="email",
            nilai=akun["email"],
        )
    ]


def simpan_pengguna(
    baris: Mapping[str, object],
    db: Path | str,
    *,
    pengguna: str | None = None,
    peran: str | None = None,
    lingkup: Lingkup | None = None,
) -> HasilImpor:
    """Add an account, or change the role, OPD or name of one (the same email in the same pemda), as one import
    batch by `pengguna`. Nothing is written on a finding; saving an unchanged account writes nothing."""
    akun = rapikan(baris)
    temuan = periksa(akun) or _di_pemda_lain(akun, db)
    if temuan:
        return HasilImpor(temuan)
    return impor(
        [sumber_satu_baris("pengguna", akun)],
        db,
        pengguna=pengguna or None,
        peran=peran,
        asal="halaman",
        lingkup=lingkup,
        aksi="pengguna",
        rincian={"pengguna": {k: akun[k] for k in ("email", "peran", "kode_pd")}},
    )


def hapus_pengguna(
    kode_pemda: str,
    email: str,
    db: Path | str,
    *,
    pengguna: str | None = None,
    peran: str | None = None,
    lingkup: Lingkup | None = None,
) -> HasilImpor:
    """Remove one account of a pemda, as one import batch by `pengguna` (a rollback restores it). An account that
    is not there writes nothing and says so; an administrator does not remove their own account (they would lock
    themselves out of this page)."""
    akun = rapikan({"kode_pemda": kode_pemda, "email": email})
    if pengguna and akun["email"] == pengguna.strip().lower():
        return HasilImpor(
            [galat("Anda tidak dapat menghapus akun Anda sendiri. Minta admin lain melakukannya.", kolom="email")]
        )
    # the importer reads the required columns of a file: a removal names the key and a placeholder role
    hasil = impor(
        [sumber_satu_baris("pengguna", {**akun, "peran": PERAN_BERI[0]})],
        db,
        pengguna=pengguna or None,
        peran=peran,
        asal="halaman",
        lingkup=lingkup,
        aksi="pengguna_hapus",
        rincian={"pengguna": {"email": akun["email"]}},
        hapus=True,
    )
    if hasil.ok and hasil.batch_id is None:
        hasil.temuan.append(galat(f"Akun {akun['email']} tidak ada di pemda {akun['kode_pemda']}.", kolom="email"))
    return hasil


def ringkas(hasil: HasilImpor, email: str) -> tuple[bool, str]:
    """(done, what the page says) after a save or a removal."""
    email = email.strip().lower()
    if not hasil.ok:
        return (
            False,
            f"Akun {email or '(tanpa email)'} tidak disimpan: periksa temuan di bawah. Tidak ada yang ditulis.",
        )
    batal = f"batch impor {hasil.batch_id}; dapat dibatalkan di halaman Impor Data"
    if hasil.dihapus:
        return True, f"Akun {email} dihapus ({batal})."
    if hasil.baru:
        return True, f"Akun {email} ditambahkan ({batal})."
    if hasil.diganti:
        return True, f"Akun {email} diubah ({batal})."
    return True, f"Akun {email} sudah seperti itu: tidak ada yang diubah."
