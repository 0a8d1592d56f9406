"""Import: read → normalise → validate → write, in one transaction, all or nothing.

    hasil = impor_path(["data/demo"], db_path)
    if not hasil.ok: print the findings (nothing was written)

Each step is a function with a plain input and output; findings are data (`pantau.temuan`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from pantau.akses import Lingkup
from pantau.contract import TABEL
from pantau.db import jalankan
from pantau.format import rupiah_penuh
from pantau.importer.baca import Lembar, Pemetaan, Sumber, baca, kumpulkan_sumber
from pantau.importer.konsistensi import periksa_anggaran
from pantau.importer.lapor import OpsiLapor, draf_operator, hari_ini, periksa_sebelum, periksa_sesudah
from pantau.importer.normalisasi import PESAN_TANPA_DATA, normalisasi
from pantau.importer.pemda import tetapkan_pemda
from pantau.importer.tulis import (
    TABEL_HAPUS,
    batalkan_batch,
    batch_berikut,
    catat_batch,
    catat_jejak,
    hapus_tabel,
    pemda_ditulis,
    penghalang_batal,
    tulis_atomik,
    tulis_tabel,
)
from pantau.importer.validasi import validasi
from pantau.temuan import GALAT, Temuan, ada_galat, galat, peringatan

__all__ = ["HasilImpor", "Sumber", "batalkan", "impor", "impor_path", "siapkan"]


@dataclass
class HasilImpor:
    temuan: list[Temuan]
    baris_dibaca: dict[str, int] = field(default_factory=dict)
    batch_id: int | None = None
    baru: dict[str, int] = field(default_factory=dict)
    diganti: dict[str, int] = field(default_factory=dict)
    dihapus: dict[str, int] = field(default_factory=dict)  # rows removed (`impor(..., hapus=True)`)
    kode_pemda: list[str] | None = None  # every pemda whose rows the batch wrote, replaced or removed
    # Per sheet read: the layout recognised and how each source column maps (for the preview).
    tata_letak: list[dict[str, object]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not ada_galat(self.temuan)

    @property
    def jumlah_galat(self) -> int:
        return sum(t.tingkat == GALAT for t in self.temuan)


def siapkan(
    sumber: list[Sumber], konteks: object | None = None, pemetaan: Pemetaan | None = None
) -> tuple[dict[str, pd.DataFrame], list[Temuan]]:
    """Read and normalise every source; one typed frame per table (several files may feed one table)."""
    frames, temuan, _ = siapkan_rinci(sumber, konteks, pemetaan)
    return frames, temuan


def ringkas_tata_letak(lembar: list[Lembar]) -> list[dict[str, object]]:
    """What the preview says per sheet: the layout recognised, the table it feeds, source column → contract column."""
    hasil = []
    for lb in lembar:
        peta = lb.peta or [(lb.label[p] or k, k) for p, k in sorted(lb.kolom.items())]
        hasil.append(
            {
                "berkas": lb.berkas,
                "lembar": lb.lembar,
                "tata_letak": lb.tata_letak or "tabel kontrak",
                "tabel": lb.tabel,
                "peta": peta,
            }
        )
    return hasil


def siapkan_rinci(
    sumber: list[Sumber], konteks: object | None = None, pemetaan: Pemetaan | None = None
) -> tuple[dict[str, pd.DataFrame], list[Temuan], list[dict[str, object]]]:
    """`siapkan`, with the per-sheet layout summary of `ringkas_tata_letak`."""
    lembar, temuan = baca(sumber, konteks, pemetaan)
    bagian: dict[str, list[pd.DataFrame]] = {}
    for lb in lembar:
        frame, t = normalisasi(lb)
        temuan += t
        bagian.setdefault(lb.tabel, []).append(frame)
    temuan = _lembar_kosong_dilewati(lembar, bagian, temuan)
    frames = {
        tabel: (pd.concat(fs, ignore_index=True) if len(fs) > 1 else fs[0].reset_index(drop=True))
        for tabel, fs in bagian.items()
    }
    # Contract order, so that findings and writes follow the planning chain.
    return {t: frames[t] for t in TABEL if t in frames}, temuan, ringkas_tata_letak(lembar)


def konteks_db(db: Path | str, pemda: str | None) -> object:
    """What the layout readers may know from the database: its OPD (to find an OPD named in a title) and its
    indicators (to find an indicator named in an E.81 sheet)."""
    from pantau.importer.tata_letak import Konteks, Opd

    opd: list[Opd] = []
    indikator: list[tuple[str, str, str, str]] = []
    if Path(db).exists():
        try:
            con = duckdb.connect(str(db), read_only=True)
        except duckdb.Error:
            return Konteks([], pemda)
        try:
            sql_opd = "select kode_pemda, kode_pd, nama_pd, singkatan from perangkat_daerah"
            opd = [Opd(*r) for r in con.execute(sql_opd).fetchall()]
            indikator = con.execute(
                "select kode_pemda, kode_indikator, nama_indikator, agregasi from indikator"
            ).fetchall()
        except duckdb.Error:
            pass
        finally:
            con.close()
    return Konteks(opd, pemda, indikator)


def _lembar_kosong_dilewati(
    lembar: list[Lembar], bagian: dict[str, list[pd.DataFrame]], temuan: list[Temuan]
) -> list[Temuan]:
    """A header-only sheet in a workbook that has data elsewhere (a template partly filled) is skipped, not refused.

    A header-only CSV file, or a workbook with no data at all, stays refused (CONTRACT.md).
    """
    berisi = {f["_berkas"].iloc[0] for fs in bagian.values() for f in fs if len(f)}
    hasil = []
    for t in temuan:
        if t.tingkat == GALAT and t.lembar and t.berkas in berisi and t.pesan.startswith(PESAN_TANPA_DATA):
            hasil.append(
                peringatan(f"Lembar {t.lembar} tidak berisi data; dilewati.", berkas=t.berkas, lembar=t.lembar)
            )
        else:
            hasil.append(t)
    return hasil


def peringatan_data(con: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame]) -> list[Temuan]:
    """Warnings that need the data as it will be (after writing, before commit): they never block."""
    temuan: list[Temuan] = []
    kode = set()
    for t in ("realisasi", "target", "indikator"):
        if t in frames:
            f = frames[t].dropna(subset=["kode_indikator"])
            kode |= {f"{p}\x1f{k}" for p, k in zip(f["kode_pemda"], f["kode_indikator"], strict=True)}
    if kode:
        rows = con.execute(
            "select kode_pemda, kode_indikator, tahun, periode, capaian_persen from capaian_indikator "
            "where capaian_perlu_diperiksa and list_contains(?, kode_pemda || chr(31) || kode_indikator) "
            "order by 1, 2, 3, 4",
            [sorted(kode)],
        ).fetchall()
        banyak_pemda = len({k.split("\x1f")[0] for k in kode}) > 1
        for pemda, k, tahun, periode, c in rows:
            nama = f"{k} (pemda {pemda})" if banyak_pemda else k
            temuan.append(
                peringatan(
                    f"Capaian {nama} {periode} {tahun} = {c:.1f} %: sangat tinggi, kemungkinan salah isi target atau "
                    "realisasi (mis. satuan berbeda). Periksa datanya.",
                    kolom="realisasi",
                    nilai=k,
                )
            )
    if "kegiatan" in frames:
        rows = con.execute(
            """
            select p.tahun, p.kode_kegiatan, p.pagu, sum(c.pagu)
            from kegiatan p
            join kegiatan c
                on c.kode_pemda = p.kode_pemda and c.tahun = p.tahun
                and starts_with(c.kode_kegiatan, p.kode_kegiatan || '.')
                and len(string_split(c.kode_kegiatan, '.')) = 6
            where p.pagu is not null and len(string_split(p.kode_kegiatan, '.')) < 6 and p.batch_id = ?
            group by all
            having abs(p.pagu - sum(c.pagu)) > 1
            """,
            [_batch_aktif(con)],
        ).fetchall()
        for tahun, kd, pagu, jumlah in rows:
            temuan.append(
                peringatan(
                    f"Pagu {kd} ({tahun}) = {rupiah_penuh(pagu)} berbeda dari jumlah pagu sub kegiatannya "
                    f"({rupiah_penuh(jumlah)}).",
                    kolom="pagu",
                    nilai=kd,
                )
            )
    if "tag_janji" in frames:
        f = frames["tag_janji"]
        for kolom in ("bentuk_dukungan", "output"):
            for idx in f[f[kolom].isna()].index:
                temuan.append(
                    peringatan(
                        f"Tag janji kampanye tanpa {kolom}: setiap kegiatan pendukung janji harus menyebut bentuk "
                        "dukungan dan outputnya.",
                        berkas=f.at[idx, "_berkas"],
                        lembar=f.at[idx, "_lembar"],
                        baris=int(f.at[idx, "_baris"]),
                        kolom=kolom,
                    )
                )
    return temuan


def _opd_pemilik(con: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame]) -> dict[tuple[str, str], str]:
    """(kode_pemda, kode_indikator or kode_kegiatan) → the OPD that owns it, from the database and this import."""
    pemilik: dict[tuple[str, str], str] = {}
    for tabel, kunci in (("indikator", "kode_indikator"), ("kegiatan", "kode_kegiatan")):
        for p, k, pd_ in con.execute(f"select distinct kode_pemda, {kunci}, kode_pd from {tabel}").fetchall():
            pemilik[(p, k)] = pd_
        if tabel in frames:
            f = frames[tabel]
            for p, k, pd_ in zip(f["kode_pemda"], f[kunci], f["kode_pd"], strict=True):
                pemilik[(p, k)] = pd_
    return pemilik


# Tables only an administrator imports, whatever OPD a row names (an account's role is not an OPD's data).
TABEL_ADMIN = {"pengguna", "periode_lapor"}


def di_luar_lingkup(
    frames: dict[str, pd.DataFrame], lingkup: Lingkup, con: duckdb.DuckDBPyConnection | None = None
) -> list[Temuan]:
    """Rows the user may not write: of a pemda outside the scope; for an operator (scope with kode_pd), of another
    OPD (the row's kode_pd, or the OPD owning its indicator or sub kegiatan), or in a table that belongs to the
    pemda rather than one OPD. One finding per row."""
    temuan: list[Temuan] = []
    pemilik = _opd_pemilik(con, frames) if con is not None and lingkup.kode_pd is not None else {}
    for tabel, f in frames.items():
        for idx in f.index:
            kode_pemda = f.at[idx, "kode_pemda"] if "kode_pemda" in f.columns else None
            pesan = ""
            opd = f.at[idx, "kode_pd"] if "kode_pd" in f.columns else None
            kolom_opd = "kode_pd"  # the cell that names the OPD: its own, or the indicator or sub kegiatan it reports
            for kunci in ("kode_indikator", "kode_kegiatan"):
                if opd is None and kunci in f.columns:
                    opd = pemilik.get((kode_pemda, f.at[idx, kunci]))
                    kolom_opd = kunci
            if not lingkup.izinkan(kode_pemda):
                pesan = f"Baris milik pemda {kode_pemda}, di luar lingkup akun Anda; tidak boleh diimpor."
            elif lingkup.kode_pd is not None and tabel in TABEL_ADMIN:
                pesan = f"Tabel {tabel} hanya diimpor admin Bappeda: operator OPD tidak memberi peran kepada akun."
            elif lingkup.kode_pd is not None:
                if opd is None:
                    pesan = (
                        f"Baris {tabel} ini bukan milik satu OPD yang dikenal: operator OPD hanya mengimpor baris OPD-nya "
                        f"({lingkup.kode_pd}). Minta admin Bappeda mengimpornya."
                    )
                elif opd != lingkup.kode_pd:
                    pesan = f"Baris milik OPD {opd}: operator OPD hanya mengimpor baris OPD-nya ({lingkup.kode_pd})."
            if pesan:
                temuan.append(
                    galat(
                        pesan,
                        berkas=str(f.at[idx, "_berkas"]) if "_berkas" in f.columns else tabel,
                        lembar=str(f.at[idx, "_lembar"]) if "_lembar" in f.columns else "",
                        baris=int(f.at[idx, "_baris"]) if "_baris" in f.columns else None,
                        kolom=kolom_opd if "OPD" in pesan and kolom_opd in f.columns else "kode_pemda",
                    )
                )
    return temuan


def _batch_aktif(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("select getvariable('batch_impor')").fetchall()[0][0])


def impor(
    sumber: list[Sumber],
    db: Path | str,
    *,
    pengguna: str | None = None,
    asal: str = "cli",
    temuan_awal: Iterable[Temuan] = (),
    uji: bool = False,
    pemda: str | None = None,
    lingkup: Lingkup | None = None,
    peran: str | None = None,
    aksi: str = "impor",
    rincian: dict[str, object] | None = None,
    hapus: bool = False,
    tanggal: dt.date | None = None,
    opsi_lapor: OpsiLapor | None = None,
    pemetaan: Pemetaan | None = None,
) -> HasilImpor:
    """Import sources into `db` all or nothing. Nothing is written when any finding is an error.

    A written batch leaves one audit row (`jejak_audit`, action `aksi`, by `pengguna` with role `peran`; without
    them the local administrator) in the same transaction, with `rincian` added to what the batch wrote.

    With a `lingkup` (the logged-in user's scope), every row of a pemda outside it, and for an operator every row
    of another OPD (or of a table that does not belong to an OPD), is an error naming the row (`di_luar_lingkup`).

    With `uji` (a preview), everything runs, in a transaction that is rolled back: the result says
    exactly what an import would do, and the database is left as it was. `pemda` is the import's
    pemda chosen by the user (CLI `--pemda`, the page's choice): rows without kode_pemda belong to it.

    With `hapus`, the rows of the sources are removed by their key instead of written (only tables in
    `TABEL_HAPUS`, e.g. an account taken off `pengguna`), read, scoped and recorded like any import: one batch
    that a rollback undoes, one audit row. Removing rows that are not there writes nothing.

    The rules of quarterly reporting hold for every import (`pantau.importer.lapor`): a locked quarter (on
    `tanggal`, default `hari_ini()`) refuses changes to its realisasi, a submitted or verified value changes only
    after a verifier returns it, verification states follow their order, and an IKU is submitted with its
    explanation when its capaian is low. `opsi_lapor` adds the entry page's checks (concurrent saves, very high
    capaian to confirm).

    Sheets in a real layout (`pantau.importer.tata_letak`: SIPD, PRP2, LRA, DKKB, …) are recognised and read by their
    reader; with `pemetaan` (a saved column mapping), a sheet with its source labels is read as its table.
    """
    frames, temuan, tata_letak = siapkan_rinci(sumber, konteks_db(db, pemda), pemetaan)
    temuan = [*temuan_awal, *temuan]
    hasil = HasilImpor(temuan, {t: len(f) for t, f in frames.items()}, tata_letak=tata_letak)
    if not sumber and not ada_galat(temuan):
        temuan.append(galat("Tidak ada berkas untuk diimpor."))
    if ada_galat(temuan):
        return hasil

    def kerja(con: duckdb.DuckDBPyConnection) -> HasilImpor:
        hasil.temuan += tetapkan_pemda(frames, con, pemda)
        if lingkup is not None:
            hasil.temuan += di_luar_lingkup(frames, lingkup, con)
        if hapus:
            hasil.temuan += [
                galat(f"Baris tabel {t} tidak dapat dihapus lewat impor; impor versi barunya.", berkas=t)
                for t in frames
                if t not in TABEL_HAPUS
            ]
        if not hasil.ok:
            return hasil
        hasil.baris_dibaca = {t: len(f) for t, f in frames.items()}
        if not hapus:  # rows removed need no valid references, only their key
            hasil.temuan += validasi(frames, con)
        if not hasil.ok:
            return hasil
        if not hapus:
            frames.update(draf_operator(frames, con, lingkup))
        hasil.temuan += periksa_sebelum(frames, con, lingkup, tanggal or hari_ini(), opsi_lapor)
        if not hasil.ok:
            return hasil
        batch_id = batch_berikut(con)
        jalankan(con, f"set variable batch_impor = {batch_id}")
        for tabel, frame in frames.items():
            if hapus:
                if n := hapus_tabel(con, tabel, frame, batch_id):
                    hasil.dihapus[tabel] = n
                continue
            baru, ganti = tulis_tabel(con, tabel, frame, batch_id)
            if baru:
                hasil.baru[tabel] = baru
            if ganti:
                hasil.diganti[tabel] = ganti
        hasil.temuan += periksa_sesudah(frames, con, opsi_lapor)
        if not hasil.ok:
            return hasil
        if hasil.baru or hasil.diganti or hasil.dihapus:
            hasil.temuan += peringatan_data(con, frames)
            hasil.temuan += periksa_anggaran(con, batch_id)
            kode_pemda = hasil.kode_pemda = pemda_ditulis(con, batch_id)
            catat_batch(
                con,
                batch_id,
                sumber=asal,
                berkas=[{"nama": s.nama, "sha256": s.sha256} for s in sumber],
                baru=hasil.baru,
                # a removed row is kept in riwayat_<tabel> like a replaced one, and restored alike by a rollback
                diganti={**hasil.diganti, **hasil.dihapus},
                peringatan=sum(t.tingkat != GALAT for t in hasil.temuan),
                pengguna=pengguna,
                kode_pemda=kode_pemda,
            )
            catat_jejak(
                con,
                aksi,
                pengguna=pengguna,
                peran=peran,
                kode_pemda=kode_pemda,
                rincian={
                    "sumber": asal,
                    "berkas": [s.nama for s in sumber],
                    "baris_baru": hasil.baru,
                    "baris_diganti": hasil.diganti,
                    **({"baris_dihapus": hasil.dihapus} if hasil.dihapus else {}),
                    **(rincian or {}),
                },
                batch_id=batch_id,
            )
            hasil.batch_id = batch_id
        return hasil

    # Nothing changed (e.g. the same file imported twice): no batch, the file is left as it was.
    return tulis_atomik(
        Path(db),
        kerja,
        simpan=lambda h: not uji and h.ok and h.batch_id is not None,
        berubah=lambda h: set(h.baru) | set(h.diganti) | set(h.dihapus),
        pemda=lambda h: None if h.kode_pemda is None else set(h.kode_pemda),
    )


def impor_path(paths: Iterable[Path | str], db: Path | str, **kw: object) -> HasilImpor:
    """Import files and folders (CSV, XLSX)."""
    sumber, temuan = kumpulkan_sumber(paths)
    return impor(sumber, db, temuan_awal=temuan, **kw)  # type: ignore[arg-type]


def batalkan(
    batch_id: int,
    db: Path | str,
    *,
    pengguna: str | None = None,
    peran: str | None = None,
    lingkup: Lingkup | None = None,
) -> tuple[bool, str]:
    """Roll one batch back, restoring exactly what was there before it. Returns (done, message).

    With a `lingkup`, only a batch whose every pemda is in the scope may be rolled back (a batch that wrote no
    known pemda, only by the administrator of the whole file). The rollback leaves an audit row (`batal`) by
    `pengguna` in the same transaction."""

    def kerja(con: duckdb.DuckDBPyConnection) -> tuple[bool, str]:
        rows = con.execute("select status, kode_pemda from impor_batch where batch_id = ?", [batch_id]).fetchall()
        row = rows[0] if rows else None
        if row is None or (lingkup is not None and not lingkup.semua and not any(map(lingkup.izinkan, row[1] or []))):
            return False, f"Batch {batch_id} tidak ada."  # another pemda's batch: as if it did not exist
        kode_pemda = list(row[1] or [])
        if lingkup is not None and not lingkup.semua and not all(map(lingkup.izinkan, kode_pemda)):
            lain = ", ".join(k for k in kode_pemda if not lingkup.izinkan(k))
            return False, (
                f"Batch {batch_id} juga menulis data pemda {lain}, di luar lingkup akun Anda: hanya administrator "
                "seluruh basis data yang dapat membatalkannya."
            )
        if row[0] != "aktif":
            return False, f"Batch {batch_id} sudah dibatalkan."
        lebih_baru = penghalang_batal(con, batch_id)
        if lebih_baru:
            daftar = ", ".join(map(str, lebih_baru))
            return False, (
                f"Batch {batch_id} tidak dapat dibatalkan: batch {daftar} mengganti baris yang "
                "ditulisnya. Batalkan batch itu lebih dulu."
            )
        kembali = batalkan_batch(con, batch_id)
        ubah.update(tabel=set(kembali), pemda=set(kode_pemda))
        catat_jejak(
            con,
            "batal",
            pengguna=pengguna,
            peran=peran,
            kode_pemda=kode_pemda,
            rincian={"baris_dikembalikan": kembali},
            batch_id=batch_id,
        )
        isi = ", ".join(f"{t}: {n}" for t, n in kembali.items()) or "tidak ada baris"
        return True, f"Batch {batch_id} dibatalkan ({isi})."

    # what the rollback changed, for refreshing the stored views of those tables and pemda only
    ubah: dict[str, set[str]] = {}
    return tulis_atomik(
        Path(db), kerja, simpan=lambda h: h[0], berubah=lambda _: ubah.get("tabel"), pemda=lambda _: ubah.get("pemda")
    )


__all__ += ["Lembar"]
