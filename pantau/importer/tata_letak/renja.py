"""The Monev Renja sheet (Permendagri 86/2017 form E.81, as wp-sipd shows it): one row per program / kegiatan /
sub kegiatan indicator, "Realisasi Kinerja Pada Triwulan" I–IV each split into K (kinerja) and Rp, column 12 =
8+9+10+11 their sum, column numbers on the third header row and K/Rp on the fourth (merged header cells).

The K of each quarter becomes the indicator's realisasi of that quarter (table realisasi), the indicator found by
its name among the pemda's indicators; column 12 is a subtotal checked against the quarters. Rp, targets and the
capaian columns are not imported (capaian is computed; budget realisation comes from the budget files).
"""

from __future__ import annotations

import re

from pantau.format import angka
from pantau.importer.tata_letak.umum import (
    BARIS_JUDUL,
    Konteks,
    angka_sel,
    label_kolom,
    lembar_kontrak,
    sel,
    tahun_dari,
    teks,
)
from pantau.temuan import Temuan, galat, peringatan
from pantau.values import fold_header

NAMA = "Monev Renja (E.81): realisasi kinerja triwulan I–IV per indikator"
ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4}


def kenali_renja(
    berkas: str, nama_lembar: str, rows: list[list[object]], konteks: Konteks
) -> tuple[str, list, list[Temuan], list[tuple[str, str]]] | None:
    h = next(
        (
            i
            for i, r in enumerate(rows[:BARIS_JUDUL])
            if any(fold_header(teks(c)) == "realisasi_kinerja_pada_triwulan" for c in r)
        ),
        None,
    )
    if h is None:
        return None
    tempat = {"berkas": berkas, "lembar": nama_lembar}
    temuan: list[Temuan] = []
    kepala = [teks(c) for c in rows[h]]
    lipat = [fold_header(x) for x in kepala]
    p_indikator = next((j for j, x in enumerate(lipat) if x.startswith("indikator_kinerja")), None)
    p_kode = lipat.index("kode") if "kode" in lipat else None
    # the column-number row ("8", "9", …, "12 = 8+9+10+11") and the K/Rp row below the header
    nomor: dict[str, int] = {}
    baris_k = None
    for i in range(h + 1, min(h + 5, len(rows))):
        r = [teks(c) for c in rows[i]]
        if any(re.fullmatch(r"12\s*=.*", x) for x in r):
            for j, x in enumerate(r):
                m = re.match(r"^(\d{1,2})\b", x)
                if m:
                    nomor[m.group(1)] = j
        if r.count("K") >= 4 and r.count("Rp") >= 4:
            baris_k = i
    if p_indikator is None or baris_k is None or not all(str(n) in nomor for n in (8, 9, 10, 11, 12)):
        temuan.append(
            galat(
                "Tata letak E.81 tidak lengkap: perlu kolom Indikator Kinerja, baris nomor kolom (8 … 11, 12 = "
                "8+9+10+11) dan baris K/Rp di bawah header.",
                baris=h + 1,
                **tempat,
            )
        )
        return NAMA, [], temuan, []
    # the year evaluated: in column 7's title ("… Tahun Berjalan Tahun 2026 yang dievaluasi"), not column 5's period
    tahun = tahun_dari(" ".join(x for x in kepala if "berjalan" in x.lower()) or " ".join(nama_lembar.split()))
    if tahun is None:
        temuan.append(
            galat("Tahun tidak ada di header ('… Tahun Berjalan Tahun 2026 yang dievaluasi').", baris=h + 1, **tempat)
        )
        return NAMA, [], temuan, []
    k_tw = {tw: nomor[str(7 + tw)] for tw in (1, 2, 3, 4)}  # the K sub-column is the first of each pair
    k_12 = nomor["12"]
    indikator = {}
    for ind in konteks.indikator:
        if konteks.pemda is None or ind[0] == konteks.pemda:
            indikator.setdefault(fold_header(ind[2]), []).append(ind)
    data, baris_data = [], []
    for i in range(baris_k + 1, len(rows)):
        r = rows[i]
        nama = teks(sel(r, p_indikator))
        if not nama:
            continue
        t = {**tempat, "baris": i + 1}
        nilai = {
            tw: angka_sel(
                sel(r, p), {**t, "kolom": label_kolom(f"Triwulan {'I' * tw if tw < 4 else 'IV'} K", p)}, temuan
            )
            for tw, p in k_tw.items()
        }
        if all(v is None for v in nilai.values()):
            continue
        jumlah = angka_sel(sel(r, k_12), {**t, "kolom": label_kolom("12 K", k_12)}, temuan)
        dilapor = sum(v for v in nilai.values() if v is not None)
        if jumlah is not None and abs(jumlah - dilapor) > 1e-6 * max(1.0, abs(jumlah)):
            temuan.append(
                peringatan(
                    f"Kolom 12 (= 8+9+10+11) berisi {angka(jumlah, 0 if jumlah.is_integer() else 2)} tetapi jumlah triwulannya "
                    f"{angka(dilapor, 0 if float(dilapor).is_integer() else 2)}; yang diimpor angka triwulannya.",
                    kolom=label_kolom("12 K", k_12),
                    nilai=teks(sel(r, k_12)),
                    **t,
                )
            )
        cocok = indikator.get(fold_header(nama), [])
        if len(cocok) != 1:
            temuan.append(
                galat(
                    f"Indikator '{nama}' "
                    + (
                        "tidak ada di tabel indikator pemda ini"
                        if not cocok
                        else f"cocok dengan {len(cocok)} indikator"
                    )
                    + ": tulis nama persis seperti di tabel indikator.",
                    kolom=label_kolom(kepala[p_indikator][:30], p_indikator),
                    **t,
                )
            )
            continue
        kode_pemda, kode_indikator = cocok[0][:2]
        for tw, v in nilai.items():
            if v is not None:
                data.append([kode_pemda, kode_indikator, tahun, f"TW{tw}", v])
                baris_data.append(i + 1)
    lembar = lembar_kontrak(
        berkas,
        nama_lembar,
        "realisasi",
        ["kode_pemda", "kode_indikator", "tahun", "periode", "realisasi"],
        data,
        baris_data,
        h + 1,
    )
    peta = [
        (label_kolom("Indikator Kinerja …", p_indikator), "kode_indikator (dicari menurut nama indikator)"),
        ("header: Tahun Berjalan Tahun …", f"tahun = {tahun}"),
        *((label_kolom(f"Triwulan {r} K", k_tw[n]), f"realisasi periode TW{n}") for r, n in ROMAWI.items()),
        (label_kolom("12 = 8+9+10+11 K", k_12), "jumlah: diperiksa, tidak diimpor"),
        ("kolom Rp, 5, 6, 7, 13–15", "tidak diimpor (capaian dihitung sistem)"),
    ]
    if p_kode is not None:
        peta.insert(0, (label_kolom("Kode", p_kode), "tidak diimpor (indikator dicari menurut nama)"))
    return NAMA, [lembar] if data else [], temuan, peta


# --------------------------------------------------------------------------- SIPD data_realisasi_renja

NAMA_BULANAN = "SIPD realisasi renja (realisasi_bulan_1 … realisasi_bulan_12 per indikator)"


def kenali_realisasi_renja(
    berkas: str, nama_lembar: str, rows: list[list[object]], konteks: Konteks
) -> tuple[str, list, list[Temuan], list[tuple[str, str]]] | None:
    """SIPD data_realisasi_renja: one row per indicator with realisasi_bulan_1 … realisasi_bulan_12 (and
    pendorong_bulan_n, keterangan_bulan_n). The months become the quarter's realisasi by the indicator's agregasi:
    kumulatif = the sum of the quarter's reported months, nilai_akhir = its last reported month, rata_rata = their
    mean; faktor_pendorong = the text of the quarter's last reported month. The indicator is named by its
    kode_indikator (columns kode_indikator, id_indikator or id_unik_indikator_renstra)."""
    h, bulan = None, {}
    for i, r in enumerate(rows[:BARIS_JUDUL]):
        lipat = [fold_header(teks(c)) for c in r]
        bulan = {
            int(m.group(1)): j for j, x in enumerate(lipat) if (m := re.fullmatch(r"realisasi_bulan_(\d{1,2})", x))
        }
        if len(bulan) >= 3:
            h = i
            break
    if h is None:
        return None
    tempat = {"berkas": berkas, "lembar": nama_lembar}
    temuan: list[Temuan] = []
    lipat = [fold_header(teks(c)) for c in rows[h]]
    p_kode = next(
        (lipat.index(x) for x in ("kode_indikator", "id_indikator", "id_unik_indikator_renstra") if x in lipat), None
    )
    p_tahun = next((lipat.index(x) for x in ("tahun_anggaran", "tahun") if x in lipat), None)
    pendorong = {
        int(m.group(1)): j for j, x in enumerate(lipat) if (m := re.fullmatch(r"pendorong_bulan_(\d{1,2})", x))
    }
    if p_kode is None or p_tahun is None:
        temuan.append(
            galat(
                "Realisasi renja perlu kolom kode indikator (kode_indikator/id_indikator) dan tahun_anggaran.",
                baris=h + 1,
                **tempat,
            )
        )
        return NAMA_BULANAN, [], temuan, []
    dikenal = {
        (ind[0], ind[1]): ind[3] for ind in konteks.indikator if konteks.pemda is None or ind[0] == konteks.pemda
    }
    per_kode = {kd: (p, a) for (p, kd), a in dikenal.items()}
    data, nomor = [], []
    for i in range(h + 1, len(rows)):
        r = rows[i]
        kode = teks(sel(r, p_kode))
        if not kode:
            continue
        t = {**tempat, "baris": i + 1}
        if kode not in per_kode:
            temuan.append(
                galat(
                    f"Indikator {kode} tidak ada di tabel indikator pemda ini: kode harus sama dengan kode_indikator.",
                    kolom=label_kolom(teks(rows[h][p_kode]), p_kode),
                    nilai=kode,
                    **t,
                )
            )
            continue
        kode_pemda, agregasi = per_kode[kode]
        tahun = teks(sel(r, p_tahun))
        nilai = {
            b: angka_sel(sel(r, p), {**t, "kolom": label_kolom(f"realisasi_bulan_{b}", p)}, temuan)
            for b, p in bulan.items()
        }
        for tw in (1, 2, 3, 4):
            isi_tw = [(b, nilai[b]) for b in range(3 * tw - 2, 3 * tw + 1) if nilai.get(b) is not None]
            if not isi_tw:
                continue
            angka_tw = [v for _, v in isi_tw]
            if agregasi == "kumulatif":
                v = sum(angka_tw)
            elif agregasi == "rata_rata":
                v = sum(angka_tw) / len(angka_tw)
            else:
                v = angka_tw[-1]
            akhir = isi_tw[-1][0]
            dorong = teks(sel(r, pendorong[akhir])) if akhir in pendorong else ""
            data.append([kode_pemda, kode, tahun, f"TW{tw}", v, dorong or None])
            nomor.append(i + 1)
    lembar = lembar_kontrak(
        berkas,
        nama_lembar,
        "realisasi",
        ["kode_pemda", "kode_indikator", "tahun", "periode", "realisasi", "faktor_pendorong"],
        data,
        nomor,
        h + 1,
    )
    peta = [
        (label_kolom(teks(rows[h][p_kode]), p_kode), "kode_indikator"),
        (label_kolom(teks(rows[h][p_tahun]), p_tahun), "tahun"),
        ("realisasi_bulan_1 … realisasi_bulan_12", "realisasi TW1–TW4 menurut agregasi indikator (kumulatif: jumlah "
         "bulan; nilai_akhir: bulan terakhir; rata_rata: rerata)"),
        ("pendorong_bulan_n", "faktor_pendorong (bulan terakhir yang dilaporkan di triwulan itu)"),
    ]  # fmt: skip
    return NAMA_BULANAN, [lembar] if data else [], temuan, peta
