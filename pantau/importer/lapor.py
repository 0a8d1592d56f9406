"""The rules of quarterly reporting that every import obeys (issue 19): period lock, verification states, required
explanations, and (for the entry page) concurrent saves and very high capaian.

They run inside the importer's transaction (`pantau.importer.impor`), so entering a value on the reporting page and
importing a file are one path: the same parser, the same checks, one batch, one audit row. Two phases:

- `draf_operator` (before the checks): an operator's import of IKU realisasi for a quarter reported in the app
  is recorded as a draft (`status_lapor` 'draf'), like the entry page's save: no path around verification.
- `periksa_sebelum` (before writing): a row that would change realisasi (or realisasi_anggaran) of a locked quarter
  is refused; a realisasi already submitted or verified cannot change until a verifier returns it; the state
  changes of `status_lapor` follow draf → diajukan → diverifikasi/dikembalikan (a returned value needs a note, a
  verified one cannot be verified again); an operator never verifies; a page's save is refused when someone saved
  the same IKU since the page was opened (`OpsiLapor.versi`).
- `periksa_sesudah` (written, not committed): the capaian the SQL views compute from the rows as they will be. An
  IKU submitted with capaian at or below `ambang_peringatan_capaian` (or projected short of its annual target)
  needs faktor penghambat and tindak lanjut; on the entry page, capaian above `ambang_capaian_tinggi` needs the
  user's confirmation.

Rows identical to what is stored change nothing, so they are never refused (importing the same file twice stays a
no-op, also for a locked quarter).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from pantau.akses import Lingkup
from pantau.contract import TABEL
from pantau.format import capaian
from pantau.temuan import Temuan, galat

NAMA_TW = {"TW1": "TW I", "TW2": "TW II", "TW3": "TW III", "TW4": "TW IV"}
STATUS_MASUK = ("diajukan", "diverifikasi")


def hari_ini() -> dt.date:
    """Today, for deadlines and locks. `PANTAU_HARI_INI=2026-10-20` fixes it (tests, a demonstration); never a
    URL parameter, so no user can move the lock."""
    teks = os.environ.get("PANTAU_HARI_INI", "").strip()
    return dt.date.fromisoformat(teks) if teks else dt.date.today()


@dataclass(frozen=True)
class OpsiLapor:
    """What the entry page adds to an import. `versi`: per (kode_pemda, kode_indikator, tahun, periode), the batch
    of its realisasi and status_lapor rows when the page was opened (None: no row); `konfirmasi_tinggi`: the user
    confirmed that a capaian above ambang_capaian_tinggi is right."""

    versi: dict[tuple[str, str, int, str], tuple[int | None, int | None]] = field(default_factory=dict)
    konfirmasi_tinggi: bool = False


def _tempat(f: pd.DataFrame, idx: object, kolom: str) -> dict[str, object]:
    return {
        "berkas": str(f.at[idx, "_berkas"]) if "_berkas" in f.columns else "",
        "lembar": str(f.at[idx, "_lembar"]) if "_lembar" in f.columns and pd.notna(f.at[idx, "_lembar"]) else "",
        "baris": int(f.at[idx, "_baris"]) if "_baris" in f.columns and pd.notna(f.at[idx, "_baris"]) else None,
        "kolom": kolom,
    }


def _berubah(con: duckdb.DuckDBPyConnection, tabel: str, f: pd.DataFrame) -> pd.DataFrame:
    """The rows of `f` that would insert or change a row of `tabel` (with their index as `baris_idx`)."""
    spec = TABEL[tabel]
    kolom = spec.nama_kolom
    data = f[kolom].copy()
    data["baris_idx"] = list(f.index)
    con.register("_lapor_baru", data)
    try:
        cocok = " and ".join(f"t.{k} is not distinct from b.{k}" for k in spec.kunci)
        beda = " or ".join(f"t.{k} is distinct from b.{k}" for k in kolom)
        return con.execute(
            f"select b.* from _lapor_baru b where not exists (select 1 from {tabel} t where {cocok}) "
            f"or exists (select 1 from {tabel} t where {cocok} and ({beda}))"
        ).df()
    finally:
        con.unregister("_lapor_baru")


def _label(kode_pemda: str, tahun: int, periode: str) -> str:
    return f"{NAMA_TW.get(periode, periode)} {tahun} (pemda {kode_pemda})"


def _terkunci(con: duckdb.DuckDBPyConnection, tanggal: dt.date) -> dict[tuple[str, int, str], dt.date]:
    rows = con.execute(
        "select kode_pemda, tahun, periode, batas_lapor from keadaan_periode_lapor(?) where terkunci", [tanggal]
    ).fetchall()
    return {(p, int(t), per): b for p, t, per, b in rows}


def _status_sekarang(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str, int, str], tuple[str, str, object]]:
    rows = con.execute(
        "select s.kode_pemda, s.kode_indikator, s.tahun, s.periode, s.status, coalesce(b.pengguna, 'admin lokal'), "
        "b.waktu from status_lapor s left join impor_batch b on b.batch_id = s.batch_id"
    ).fetchall()
    return {(p, k, int(t), per): (st, siapa, waktu) for p, k, t, per, st, siapa, waktu in rows}


def _waktu(w: object) -> str:
    return w.strftime("%d/%m/%Y %H.%M") if isinstance(w, dt.datetime) else "waktu tidak tercatat"


def draf_operator(
    frames: dict[str, pd.DataFrame], con: duckdb.DuckDBPyConnection, lingkup: Lingkup | None
) -> dict[str, pd.DataFrame]:
    """An operator's import of IKU realisasi for a quarter reported in the app is a draft, like a value typed on the
    reporting page: every realisasi it changes there (an IKU without a state, or one returned by the verifier) gets
    a `status_lapor` row 'draf' in the same batch, so it reaches the governor's figures only once submitted and
    verified. A value already submitted or verified gets no row: `periksa_sebelum` refuses its change. Returns the
    frames, with the rows added."""
    if lingkup is None or lingkup.kode_pd is None or "realisasi" not in frames:
        return frames
    berubah = _berubah(con, "realisasi", frames["realisasi"])
    if berubah.empty:
        return frames
    con.register("_lapor_draf", berubah[["kode_pemda", "kode_indikator", "tahun", "periode", "baris_idx"]])
    try:
        rows = con.execute(
            """
            select b.kode_pemda, b.kode_indikator, b.tahun, b.periode, b.baris_idx
            from _lapor_draf as b
            inner join periode_lapor as p using (kode_pemda, tahun, periode)
            inner join indikator as i using (kode_pemda, kode_indikator)
            left join status_lapor as s using (kode_pemda, kode_indikator, tahun, periode)
            where i.jenis in ('IKU_PEMDA', 'IKU_PD') and (s.status is null or s.status = 'dikembalikan')
            """
        ).fetchall()
    finally:
        con.unregister("_lapor_draf")
    ada = frames.get("status_lapor")
    sudah = (
        set(zip(ada["kode_pemda"], ada["kode_indikator"], ada["tahun"].astype(int), ada["periode"], strict=True))
        if ada is not None
        else set()
    )
    f = frames["realisasi"]
    baru = [
        {
            "kode_pemda": p,
            "kode_indikator": k,
            "tahun": int(t),
            "periode": per,
            "status": "draf",
            "catatan_verifikasi": None,
            **{m: f.at[i, m] for m in ("_berkas", "_lembar", "_baris") if m in f.columns},
        }
        for p, k, t, per, i in rows
        if (p, k, int(t), per) not in sudah
    ]
    if not baru:
        return frames
    tambahan = pd.DataFrame(baru)
    tambahan["tahun"] = tambahan["tahun"].astype(f["tahun"].dtype)
    gabung = tambahan if ada is None else pd.concat([ada, tambahan], ignore_index=True)
    return {**frames, "status_lapor": gabung}


def periksa_sebelum(
    frames: dict[str, pd.DataFrame],
    con: duckdb.DuckDBPyConnection,
    lingkup: Lingkup | None,
    tanggal: dt.date,
    opsi: OpsiLapor | None = None,
) -> list[Temuan]:
    """Findings before anything is written (see the module's docstring)."""
    temuan: list[Temuan] = []
    operator = lingkup is not None and lingkup.kode_pd is not None
    kunci = _terkunci(con, tanggal)
    status = _status_sekarang(con)

    # 1. the period lock: realisasi, budget realisation (per sub kegiatan or per OPD), and an operator's draft or
    # submission
    if kunci:
        for tabel in ("realisasi", "realisasi_anggaran", "anggaran_opd", "status_lapor"):
            if tabel not in frames:
                continue
            f = frames[tabel]
            for r in _berubah(con, tabel, f).itertuples(index=False):
                bulanan = tabel in ("realisasi_anggaran", "anggaran_opd")
                if tabel == "anggaran_opd" and all(
                    pd.isna(getattr(r, k)) for k in ("realisasi", "realisasi_kumulatif", "serapan_opd_kumulatif")
                ):
                    continue  # a plan line (pagu, rencana kas) of the month, not its realisation
                if bulanan:
                    periode = f"TW{(int(r.bulan) - 1) // 3 + 1}"
                elif tabel == "status_lapor" and r.status not in ("draf", "diajukan"):
                    continue  # verifying after the deadline is the verifier's work, not an entry
                else:
                    periode = r.periode
                batas = kunci.get((r.kode_pemda, int(r.tahun), periode))
                if batas is not None:
                    temuan.append(
                        galat(
                            f"{_label(r.kode_pemda, int(r.tahun), periode)} terkunci: batas lapornya "
                            f"{batas:%d/%m/%Y} sudah lewat. Entri dan impor untuk triwulan itu ditolak sampai admin "
                            "Bappeda membukanya kembali (halaman Laporan Triwulan, bagian Kunci periode).",
                            **_tempat(f, r.baris_idx, "bulan" if bulanan else "periode"),
                        )
                    )

    baru_status: dict[tuple[str, str, int, str], str] = {}
    if "status_lapor" in frames:
        f = frames["status_lapor"]
        for r in _berubah(con, "status_lapor", f).itertuples(index=False):
            k = (r.kode_pemda, r.kode_indikator, int(r.tahun), r.periode)
            baru_status[k] = r.status
            lama, siapa, waktu = status.get(k, (None, "", None))
            nama = f"{r.kode_indikator} {_label(r.kode_pemda, int(r.tahun), r.periode)}"
            pesan = ""
            if r.status in ("diverifikasi", "dikembalikan"):
                if operator:
                    pesan = "Hanya verifikator (admin Bappeda) yang memverifikasi atau mengembalikan laporan."
                elif lama == "diverifikasi":
                    pesan = (
                        f"{nama} sudah diverifikasi oleh {siapa} pada {_waktu(waktu)}; keputusan Anda tidak "
                        "disimpan. Muat ulang halaman untuk melihat keadaannya."
                    )
                elif lama is not None and lama != "diajukan":
                    pesan = (
                        f"{nama} tidak sedang diajukan (keadaannya {lama}, oleh {siapa} pada {_waktu(waktu)}): "
                        "hanya laporan yang diajukan yang diverifikasi atau dikembalikan."
                    )
                elif r.status == "dikembalikan" and not str(r.catatan_verifikasi or "").strip():
                    pesan = f"{nama} dikembalikan tanpa catatan: tulis apa yang harus diperbaiki OPD."
            elif lama == "diverifikasi":
                pesan = (
                    f"{nama} sudah diverifikasi oleh {siapa} pada {_waktu(waktu)}: tidak dapat diubah lagi kecuali "
                    "verifikator mengembalikannya."
                )
            elif lama == "diajukan":
                pesan = (
                    f"{nama} sudah diajukan oleh {siapa} pada {_waktu(waktu)} dan menunggu verifikasi: tidak dapat "
                    "diubah sebelum verifikator mengembalikannya."
                )
            if pesan:
                temuan.append(galat(pesan, **_tempat(f, r.baris_idx, "status")))

    # 2. a submitted or verified value stays as it is until a verifier returns it
    if "realisasi" in frames and any(v[0] in STATUS_MASUK for v in status.values()):
        f = frames["realisasi"]
        for r in _berubah(con, "realisasi", f).itertuples(index=False):
            k = (r.kode_pemda, r.kode_indikator, int(r.tahun), r.periode)
            lama, siapa, waktu = status.get(k, (None, "", None))
            if lama in STATUS_MASUK and baru_status.get(k) not in ("draf", "dikembalikan"):
                keadaan = "diverifikasi" if lama == "diverifikasi" else "diajukan dan menunggu verifikasi"
                temuan.append(
                    galat(
                        f"Realisasi {r.kode_indikator} {_label(k[0], k[2], k[3])} sudah {keadaan} ({siapa}, "
                        f"{_waktu(waktu)}): nilainya tidak diubah sebelum verifikator mengembalikannya.",
                        **_tempat(f, r.baris_idx, "realisasi"),
                    )
                )

    # 3. the entry page: nobody saved the same IKU since the page was opened
    if opsi is not None and opsi.versi:
        rows = con.execute(
            """
            select k.kode_pemda, k.kode_indikator, k.tahun, k.periode, r.batch_id, s.batch_id,
                coalesce(b.pengguna, 'admin lokal'), b.waktu
            from (select unnest(?) as kode_pemda, unnest(?) as kode_indikator, unnest(?) as tahun,
                unnest(?) as periode) k
            left join realisasi r using (kode_pemda, kode_indikator, tahun, periode)
            left join status_lapor s using (kode_pemda, kode_indikator, tahun, periode)
            left join impor_batch b on b.batch_id = greatest(r.batch_id, s.batch_id)
            """,
            [
                [k[0] for k in opsi.versi],
                [k[1] for k in opsi.versi],
                [k[2] for k in opsi.versi],
                [k[3] for k in opsi.versi],
            ],
        ).fetchall()
        for p, kode, tahun, periode, br, bs, siapa, waktu in rows:
            if opsi.versi.get((p, kode, int(tahun), periode)) != (br, bs):
                temuan.append(
                    galat(
                        f"{kode} {_label(p, int(tahun), periode)} disimpan oleh {siapa} pada {_waktu(waktu)} sejak "
                        "halaman ini Anda buka. Isian Anda tidak disimpan agar simpanan itu tidak tertimpa: muat ulang "
                        "halaman, periksa nilainya, lalu isi kembali bila perlu.",
                        kolom="realisasi",
                        nilai=kode,
                    )
                )
    return temuan


def periksa_sesudah(
    frames: dict[str, pd.DataFrame], con: duckdb.DuckDBPyConnection, opsi: OpsiLapor | None = None
) -> list[Temuan]:
    """Findings on the data as written (before commit), from the capaian views (see the module's docstring)."""
    temuan: list[Temuan] = []
    diajukan = []
    if "status_lapor" in frames:
        f = frames["status_lapor"]
        diajukan = [
            (f.at[i, "kode_pemda"], f.at[i, "kode_indikator"], int(f.at[i, "tahun"]), f.at[i, "periode"], i)
            for i in f.index
            if f.at[i, "status"] == "diajukan"
        ]
    for p, kode, tahun, periode, idx in diajukan:
        rows = con.execute(
            """
            select capaian_persen, capaian_rendah, proyeksi_kurang, progres_proyeksi_persen,
                ambang_peringatan_capaian, ambang_proyeksi_tahunan,
                coalesce(trim(faktor_penghambat), '') = '', coalesce(trim(tindak_lanjut), '') = ''
            from capaian_triwulan_nilai(true)
            where kode_pemda = ? and kode_indikator = ? and tahun = ? and periode = ?
            """,
            [p, kode, tahun, periode],
        ).fetchall()
        if not rows:
            continue
        c, rendah, kurang, proyeksi, ambang, ambang_proyeksi, tanpa_hambat, tanpa_tl = rows[0]
        if (rendah or kurang) and (tanpa_hambat or tanpa_tl):
            sebab = (
                f"capaian s.d. triwulan {_persen(c)} tidak melebihi ambang peringatan {_persen(ambang)}"
                if rendah
                else f"proyeksi akhir tahun {_persen(proyeksi)} dari target, di bawah {_persen(ambang_proyeksi)}"
            )
            kurang_isi = " dan ".join(
                x for x, kosong in (("faktor penghambat", tanpa_hambat), ("tindak lanjut", tanpa_tl)) if kosong
            )
            temuan.append(
                galat(
                    f"{kode} {_label(p, tahun, periode)}: {sebab}. Isi {kurang_isi} sebelum mengajukan.",
                    **_tempat(frames["status_lapor"], idx, "faktor_penghambat" if tanpa_hambat else "tindak_lanjut"),
                )
            )
    if opsi is not None and not opsi.konfirmasi_tinggi and "realisasi" in frames:
        f = frames["realisasi"]
        for i in f.index:
            rows = con.execute(
                "select capaian_persen, (select nilai from pengaturan where kunci = 'ambang_capaian_tinggi') "
                "from capaian_triwulan_nilai(true) where kode_pemda = ? and kode_indikator = ? and tahun = ? and periode = ? "
                "and capaian_perlu_diperiksa",
                [f.at[i, "kode_pemda"], f.at[i, "kode_indikator"], int(f.at[i, "tahun"]), f.at[i, "periode"]],
            ).fetchall()
            if rows:
                c, ambang = rows[0]
                temuan.append(
                    galat(
                        f"Capaian {f.at[i, 'kode_indikator']} menjadi {_persen(c)}, di atas ambang capaian tinggi "
                        f"{_persen(ambang)}: kemungkinan salah ketik (mis. satuan berbeda). Periksa nilainya; bila "
                        "benar, centang konfirmasi nilai sangat tinggi lalu simpan lagi.",
                        **_tempat(f, i, "realisasi"),
                    )
                )
    return temuan


def _persen(x: object) -> str:
    return capaian(x)
