"""The PRP2 kegiatan workbook (Pemkab Mandailing Natal): sheets Kegiatan, Realisasi Fisik, Realisasi Keuangan and
Nama KPA, each under "PEMERINTAH … / DATA … / SKPD : …" with NO | KODE | NAMA KEGIATAN | … .

Realisasi Keuangan (TANGGAL REALISASI, REALISASI [RP]) is summed per kegiatan and month of the date; Realisasi
Fisik (JADWAL TARGET [Tanggal], REALISASI [%]) gives the physical progress of that month (the last date's
value). Both land in one realisasi_anggaran row per kegiatan and month. The Kegiatan sheet's PAGU ANGGARAN is
compared with the realisation (above 100 % is a warning); kegiatan and KPA are not imported from this workbook
(the kegiatan table keeps its indicators and flags).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from pantau.importer.tata_letak.umum import (
    BARIS_JUDUL,
    Konteks,
    angka_sel,
    isi,
    label_kolom,
    lembar_kontrak,
    rp,
    sel,
    teks,
)
from pantau.temuan import Temuan, galat, peringatan
from pantau.values import NilaiTidakTerbaca, fold_header, parse_tanggal

NAMA = "PRP2 kegiatan: Realisasi Fisik dan Realisasi Keuangan per kegiatan"


def _kepala(rows: list[list[object]]) -> tuple[int, list[str]] | None:
    for i, row in enumerate(rows[:BARIS_JUDUL]):
        lipat = [fold_header(teks(c).split("[")[0]) for c in row]
        if "kode" in lipat and "nama_kegiatan" in lipat:
            return i, lipat
    return None


def kenali_madina(
    berkas: str, bagian: list[tuple[str, list[list[object]]]], konteks: Konteks
) -> tuple[tuple[str, list, list[Temuan], list[tuple[str, str]]], set[str]] | None:
    lembar_kenal: dict[str, tuple[str, int, list[str], list[list[object]]]] = {}
    for nama, rows in bagian:
        k = _kepala(rows)
        if k is None:
            continue
        i, lipat = k
        if "tanggal_realisasi" in lipat and "realisasi" in lipat:
            lembar_kenal["keuangan"] = (nama, i, lipat, rows)
        elif "jadwal_target" in lipat and "realisasi" in lipat:
            lembar_kenal["fisik"] = (nama, i, lipat, rows)
        elif "pagu_anggaran" in lipat and "tahun_kontrak" in lipat:
            lembar_kenal["kegiatan"] = (nama, i, lipat, rows)
        elif "nama_kpa" in lipat:
            lembar_kenal["kpa"] = (nama, i, lipat, rows)
    if not ({"keuangan", "fisik"} & set(lembar_kenal)):
        return None
    temuan: list[Temuan] = []
    data: dict[tuple[int, str, int], dict[str, object]] = defaultdict(dict)
    nomor: dict[tuple[int, str, int], int] = {}
    peta: list[tuple[str, str]] = []

    def baca(jenis: str, kolom_tanggal: str, kolom_nilai: str) -> None:
        nama, h, lipat, rows = lembar_kenal[jenis]
        tempat = {"berkas": berkas, "lembar": nama}
        p_kode, p_tgl, p_nilai = lipat.index("kode"), lipat.index(kolom_tanggal), lipat.index(kolom_nilai)
        label = [teks(c) for c in rows[h]]
        peta.extend(
            [
                (f"{nama}: {label_kolom(label[p_kode], p_kode)}", "kode_kegiatan"),
                (f"{nama}: {label_kolom(label[p_tgl], p_tgl)}", "tahun dan bulan"),
                (
                    f"{nama}: {label_kolom(label[p_nilai], p_nilai)}",
                    "realisasi (dijumlah per bulan)"
                    if jenis == "keuangan"
                    else "fisik_persen (tanggal terakhir bulan itu)",
                ),
            ]
        )
        tanggal_fisik: dict[tuple[int, str, int], date] = {}
        for i in range(h + 1, len(rows)):
            r = rows[i]
            if not any(isi(c) for j, c in enumerate(r) if j != 0):
                continue
            t = {**tempat, "baris": i + 1}
            kode = teks(sel(r, p_kode))
            try:
                tgl = parse_tanggal(sel(r, p_tgl)).nilai
            except NilaiTidakTerbaca as exc:
                temuan.append(galat(str(exc), kolom=label_kolom(label[p_tgl], p_tgl), nilai=teks(sel(r, p_tgl)), **t))
                continue
            nilai = angka_sel(sel(r, p_nilai), {**t, "kolom": label_kolom(label[p_nilai], p_nilai)}, temuan)
            if not kode or tgl is None:
                temuan.append(galat("KODE dan tanggal wajib diisi.", **t))
                continue
            if nilai is None:
                continue
            k = (tgl.year, kode, tgl.month)
            nomor.setdefault(k, i + 1)
            if jenis == "keuangan":
                data[k]["realisasi"] = float(data[k].get("realisasi") or 0) + nilai  # type: ignore[arg-type]
            elif k not in tanggal_fisik or tgl >= tanggal_fisik[k]:
                tanggal_fisik[k] = tgl
                data[k]["fisik_persen"] = nilai

    if "keuangan" in lembar_kenal:
        baca("keuangan", "tanggal_realisasi", "realisasi")
    if "fisik" in lembar_kenal:
        baca("fisik", "jadwal_target", "realisasi")
    if "kegiatan" in lembar_kenal:
        nama, h, lipat, rows = lembar_kenal["kegiatan"]
        p_kode, p_pagu = lipat.index("kode"), lipat.index("pagu_anggaran")
        jumlah: dict[str, float] = defaultdict(float)
        for (_, kode, _), d in data.items():
            jumlah[kode] += float(d.get("realisasi") or 0)  # type: ignore[arg-type]
        for i in range(h + 1, len(rows)):
            kode = teks(sel(rows[i], p_kode))
            if not kode or kode not in jumlah:
                continue
            pagu = angka_sel(
                sel(rows[i], p_pagu),
                {"berkas": berkas, "lembar": nama, "baris": i + 1, "kolom": "PAGU ANGGARAN"},
                temuan,
            )
            if pagu and jumlah[kode] > pagu + 1:
                temuan.append(
                    peringatan(
                        f"Realisasi keuangan kegiatan {kode} {rp(jumlah[kode])} melebihi pagu {rp(pagu)}: serapan "
                        "di atas 100 % pagu.",
                        berkas=berkas,
                        lembar=nama,
                        baris=i + 1,
                        kolom="PAGU ANGGARAN",
                    )
                )
        peta.append((f"{nama}: PAGU ANGGARAN", "dibandingkan dengan realisasi; lembar Kegiatan tidak diimpor"))
    if "kpa" in lembar_kenal:
        peta.append((f"{lembar_kenal['kpa'][0]}: NAMA KPA, NIP KPA", "tidak diimpor"))
    kunci = sorted(data, key=lambda k: (k[1], k[0], k[2]))
    isi_data = [
        [t, kd, b, data[(t, kd, b)].get("realisasi"), data[(t, kd, b)].get("fisik_persen")] for t, kd, b in kunci
    ]
    utama = lembar_kenal.get("keuangan") or lembar_kenal["fisik"]
    lembar = lembar_kontrak(
        berkas,
        utama[0],
        "realisasi_anggaran",
        ["tahun", "kode_kegiatan", "bulan", "realisasi", "fisik_persen"],
        isi_data,
        [nomor[k] for k in kunci],
        utama[1] + 1,
    )
    dipakai = {v[0] for v in lembar_kenal.values()}
    return (NAMA, [lembar] if isi_data else [], temuan, peta), dipakai
