"""Figures of the demo's quarter in progress (2026 TW III, province 99), read from the demo files (data/demo), not
from the product's views: which OPD must report, and which have every such IKU submitted or verified."""

from __future__ import annotations

import csv
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent / "data" / "demo"


def baca_csv(nama: str) -> list[dict[str, str]]:
    return list(csv.DictReader((DEMO / f"{nama}.csv").open(encoding="utf-8")))


def iku_wajib_per_opd() -> dict[str, set[str]]:
    """Every OPD of the province with an IKU that must report TW III 2026: quarterly, with a 2026 target."""
    bertarget = {r["kode_indikator"] for r in baca_csv("target") if r["kode_pemda"] == "99" and r["tahun"] == "2026"}
    hasil: dict[str, set[str]] = {}
    for r in baca_csv("indikator"):
        if (
            r["kode_pemda"] == "99"
            and r["jenis"] in ("IKU_PEMDA", "IKU_PD")
            and r["frekuensi"] != "tahunan"
            and r["kode_indikator"] in bertarget
        ):
            hasil.setdefault(r["kode_pd"], set()).add(r["kode_indikator"])
    return hasil


def opd_belum_lapor(masuk_tambahan: set[str], keluar: set[str]) -> tuple[int, int]:
    """(OPD not having every IKU submitted or verified, OPD that must report), with IKU submitted since the demo
    (`masuk_tambahan`) and returned (`keluar`)."""
    masuk = {
        r["kode_indikator"]
        for r in baca_csv("status_lapor")
        if r["kode_pemda"] == "99" and r["tahun"] == "2026" and r["periode"] == "TW3"
        and r["status"] in ("diajukan", "diverifikasi")
    }  # fmt: skip
    masuk = (masuk | masuk_tambahan) - keluar
    wajib = iku_wajib_per_opd()
    return sum(not iku <= masuk for iku in wajib.values()), len(wajib)


def nilai_belum_verifikasi() -> tuple[int, int]:
    """(TW III 2026 IKU values of the province in the reporting workflow and not verified: draft, submitted or
    returned; values submitted and awaiting verification)."""
    iku = {
        r["kode_indikator"] for r in baca_csv("indikator") if r["kode_pemda"] == "99" and r["jenis"].startswith("IKU")
    }
    nilai = {
        r["kode_indikator"]
        for r in baca_csv("realisasi")
        if r["kode_pemda"] == "99" and r["tahun"] == "2026" and r["periode"] == "TW3" and r["kode_indikator"] in iku
    }
    status = {r["kode_indikator"]: r["status"] for r in baca_csv("status_lapor") if r["periode"] == "TW3"}
    return (
        sum(status.get(k) in ("draf", "diajukan", "dikembalikan") for k in nilai),
        sum(status.get(k) == "diajukan" for k in nilai),
    )
