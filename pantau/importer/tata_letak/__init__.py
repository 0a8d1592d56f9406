"""Real layouts pemda have (SIPD exports, OPD templates), recognised and turned into contract rows.

`kenali_buku` looks at every sheet of a source: a sheet in a known layout (title block, header text, month
columns, Target/Realisasi row pairs, merged header cells) is read by its reader into `Lembar` objects of
contract tables, which then go through the same normalisation, findings, preview and atomic write as a contract
file. Each `Lembar` says which layout it came from and how each source column maps (`tata_letak`, `peta`), for
the preview. Sheets in no known layout are left to the contract reader.

    SIPD anggaran kas (bulan_1 … bulan_12, total_akb)      → rencana_kas          (bulanan.py)
    PRP2 target/realisasi per OPD (Januari … Desember, TW) → anggaran_opd         (bulanan.py)
    DKKB / realisasi per kode rekening (JAN … DES)          → realisasi_anggaran / rencana_kas / anggaran_opd
    LRA per OPD (ANGGARAN | REALISASI BPKAD | SERAPAN OPD)  → anggaran_opd         (lra.py)
    SIPD RFK (rak, realisasi_anggaran, realisasi_fisik)     → rencana_kas + realisasi_anggaran (rfk.py)
    PRP2 kegiatan (Realisasi Fisik / Realisasi Keuangan)    → realisasi_anggaran   (madina.py)
    Monev Renja E.81 (realisasi triwulan I–IV, K/Rp)        → realisasi            (renja.py)
    SIPD realisasi renja (realisasi_bulan_1 … _12)          → realisasi            (renja.py)
"""

from __future__ import annotations

from pantau.importer.baca import Lembar
from pantau.importer.tata_letak.bulanan import kenali_bulanan
from pantau.importer.tata_letak.lra import kenali_lra
from pantau.importer.tata_letak.madina import kenali_madina
from pantau.importer.tata_letak.renja import kenali_realisasi_renja, kenali_renja
from pantau.importer.tata_letak.rfk import kenali_rfk
from pantau.importer.tata_letak.umum import Konteks, Opd
from pantau.temuan import Temuan

__all__ = ["Konteks", "Opd", "kenali_buku"]

Merged = list[tuple[tuple[int, int], tuple[int, int]]]


def kenali_buku(
    berkas: str, bagian: list[tuple[str, list[list[object]], Merged]], konteks: Konteks
) -> tuple[list[Lembar], list[Temuan], list[tuple[str, list[list[object]], Merged]]]:
    """Sheets in a known layout → contract sheets and findings; the other sheets are returned untouched."""
    lembar: list[Lembar] = []
    temuan: list[Temuan] = []
    dipakai: set[str] = set()

    def catat(hasil: tuple[str, list, list[Temuan], list[tuple[str, str]]]) -> None:
        nama, lb, t, peta = hasil
        for x in lb:
            x.tata_letak = nama
            x.peta = peta
        lembar.extend(lb)
        temuan.extend(t)

    buku = kenali_madina(berkas, [(n, r) for n, r, _ in bagian], konteks)
    if buku is not None:
        catat(buku[0])
        dipakai |= buku[1]
    sisa = []
    for nama, rows, merged in bagian:
        if nama in dipakai:
            continue
        hasil = (
            kenali_lra(berkas, nama, rows, konteks)
            or kenali_renja(berkas, nama, rows, konteks)
            or kenali_realisasi_renja(berkas, nama, rows, konteks)
            or kenali_rfk(berkas, nama, rows, konteks)
            or kenali_bulanan(berkas, nama, rows, konteks, merged)
        )
        if hasil is None:
            sisa.append((nama, rows, merged))
        else:
            catat(hasil)
            if not hasil[1] and not any(t.tingkat == "galat" for t in hasil[2]):
                from pantau.temuan import peringatan

                temuan.append(
                    peringatan(
                        f"Lembar dikenali sebagai {hasil[0]} tetapi tidak berisi data.", berkas=berkas, lembar=nama
                    )
                )
    temuan += _periode_terbaru(lembar)
    return lembar, temuan, sisa


def _periode_terbaru(lembar: list[Lembar]) -> list[Temuan]:
    """A PRP2 workbook keeps one sheet per reporting period (JAN-FEB, MAR-APR, …), each the whole year's targets with
    realisation up to its period: a month in a later sheet supersedes the same month of an earlier one (the later
    report), with a warning naming both sheets, instead of refusing the workbook for a repeated key."""
    from pantau.temuan import peringatan

    opd = [lb for lb in lembar if lb.tabel == "anggaran_opd" and lb.tata_letak.startswith("PRP2")]
    temuan: list[Temuan] = []
    dilihat: dict[tuple[object, ...], str] = {}
    for lb in reversed(opd):
        kunci = [tuple(r[:5]) for r in lb.baris]  # kode_pemda, tahun, kode_pd, kelompok, bulan
        tetap = [i for i, k in enumerate(kunci) if k not in dilihat]
        if len(tetap) < len(kunci):
            lain = sorted({dilihat[k] for k in kunci if k in dilihat})
            temuan.append(
                peringatan(
                    f"{len(kunci) - len(tetap)} bulan lembar ini juga ada di lembar {', '.join(lain)} (laporan yang "
                    "lebih baru, sesudahnya di buku kerja): yang dipakai angka lembar itu.",
                    berkas=lb.berkas,
                    lembar=lb.lembar,
                )
            )
        for k in kunci:
            dilihat.setdefault(k, lb.lembar)
        lb.baris = [lb.baris[i] for i in tetap]
        lb.nomor_baris = [lb.nomor_baris[i] for i in tetap]
    return temuan
