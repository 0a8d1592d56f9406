"""SIPD's RFK (realisasi fisik dan keuangan, `data_rfk`): one row per sub kegiatan and month with `rak`,
`realisasi_anggaran` and `realisasi_fisik`. As on the RFK form, the three are cumulative up to that month:
rak becomes the monthly rencana kas (the difference from the month before), realisasi_anggaran the cumulative
realisation, realisasi_fisik the physical progress (%)."""

from __future__ import annotations

from collections import defaultdict

from pantau.importer.baca import cocokkan_header
from pantau.importer.tata_letak.umum import BARIS_JUDUL, Konteks, angka_sel, isi, label_kolom, lembar_kontrak, sel, teks
from pantau.temuan import Temuan, galat, peringatan
from pantau.values import NilaiTidakTerbaca, fold_header, parse_bulan

NAMA = "SIPD RFK (rak, realisasi_anggaran, realisasi_fisik per sub kegiatan dan bulan)"


def kenali_rfk(
    berkas: str, nama_lembar: str, rows: list[list[object]], konteks: Konteks
) -> tuple[str, list, list[Temuan], list[tuple[str, str]]] | None:
    h = next(
        (
            i
            for i, r in enumerate(rows[:BARIS_JUDUL])
            if {"rak", "realisasi_anggaran", "bulan"} <= {fold_header(teks(c)) for c in r}
        ),
        None,
    )
    if h is None:
        return None
    row = rows[h]
    lipat = [fold_header(teks(c)) for c in row]
    tempat = {"berkas": berkas, "lembar": nama_lembar}
    temuan: list[Temuan] = []
    pos = {x: lipat.index(x) for x in ("rak", "realisasi_anggaran", "bulan", "realisasi_fisik") if x in lipat}
    kontrak = cocokkan_header("realisasi_anggaran", row)
    pos_kode = next((p for p, k in kontrak.items() if k == "kode_kegiatan"), None)
    if pos_kode is None and "kode_sbl" in lipat:
        pos_kode = lipat.index("kode_sbl")
    pos_tahun = next((p for p, k in kontrak.items() if k == "tahun"), None)
    if pos_kode is None or pos_tahun is None:
        temuan.append(
            galat(
                "RFK perlu kolom kode sub kegiatan (kode_sub_giat/kode_sbl) dan tahun_anggaran.", baris=h + 1, **tempat
            )
        )
        return NAMA, [], temuan, []
    data: dict[tuple[str, str], dict[int, tuple[int, float | None, float | None, float | None]]] = defaultdict(dict)
    for i in range(h + 1, len(rows)):
        r = rows[i]
        if not any(isi(c) for c in r):
            continue
        t = {**tempat, "baris": i + 1}
        kode, tahun = teks(sel(r, pos_kode)), teks(sel(r, pos_tahun))
        try:
            bulan = parse_bulan(sel(r, pos["bulan"])).nilai
        except NilaiTidakTerbaca as exc:
            temuan.append(
                galat(str(exc), kolom=label_kolom("bulan", pos["bulan"]), nilai=teks(sel(r, pos["bulan"])), **t)
            )
            continue
        if not kode or bulan is None:
            temuan.append(galat("Kode sub kegiatan atau bulan kosong.", **t))
            continue
        if bulan in data[(tahun, kode)]:
            temuan.append(
                galat(
                    f"Bulan {bulan} sub kegiatan {kode} dilaporkan dua kali (baris {data[(tahun, kode)][bulan][0]} "
                    f"dan {i + 1}).",
                    kolom=label_kolom("bulan", pos["bulan"]),
                    **t,
                )
            )
            continue
        nilai = [
            angka_sel(sel(r, pos[k]), {**t, "kolom": label_kolom(k, pos[k])}, temuan) if k in pos else None
            for k in ("rak", "realisasi_anggaran", "realisasi_fisik")
        ]
        data[(tahun, kode)][bulan] = (i + 1, *nilai)  # type: ignore[assignment]
    kas, real = [], []
    nomor_kas, nomor_real = [], []
    for (tahun, kode), per_bulan in data.items():
        sebelum = 0.0
        for b in sorted(per_bulan):
            baris, rak, ra, fisik = per_bulan[b]
            if rak is not None:
                if rak < sebelum - 1:
                    temuan.append(
                        peringatan(
                            f"rak kumulatif sub kegiatan {kode} turun di bulan {b} ({rak:,.0f} < {sebelum:,.0f}).".replace(
                                ",", "."
                            ),
                            baris=baris,
                            kolom=label_kolom("rak", pos["rak"]),
                            **tempat,
                        )
                    )
                kas.append([tahun, kode, b, rak - sebelum])
                nomor_kas.append(baris)
                sebelum = rak
            if ra is not None or fisik is not None:
                real.append([tahun, kode, b, ra, fisik])
                nomor_real.append(baris)
    lembar = []
    if kas:
        lembar.append(
            lembar_kontrak(
                berkas, nama_lembar, "rencana_kas", ["tahun", "kode_kegiatan", "bulan", "nilai"], kas, nomor_kas, h + 1
            )
        )
    if real:
        lembar.append(
            lembar_kontrak(
                berkas,
                nama_lembar,
                "realisasi_anggaran",
                ["tahun", "kode_kegiatan", "bulan", "realisasi_kumulatif", "fisik_persen"],
                real,
                nomor_real,
                h + 1,
            )
        )
    peta = [
        (label_kolom(row[pos_kode], pos_kode), "kode_kegiatan"),
        (label_kolom(row[pos_tahun], pos_tahun), "tahun"),
        (label_kolom("bulan", pos["bulan"]), "bulan"),
        (label_kolom("rak", pos["rak"]), "rencana_kas.nilai (rak kumulatif → selisih dari bulan sebelumnya)"),
        (label_kolom("realisasi_anggaran", pos["realisasi_anggaran"]), "realisasi_anggaran.realisasi_kumulatif"),
    ]
    if "realisasi_fisik" in pos:
        peta.append((label_kolom("realisasi_fisik", pos["realisasi_fisik"]), "realisasi_anggaran.fisik_persen"))
    return NAMA, lembar, temuan, peta
