"""Findings: what an import (or a consistency check) says about the data, as data."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import pandas as pd

GALAT = "galat"  # blocks the import
PERINGATAN = "peringatan"  # shown, does not block

KOLOM_TEMUAN = ["tingkat", "berkas", "lembar", "baris", "kolom", "nilai", "pesan"]


@dataclass(frozen=True)
class Temuan:
    """One finding, named by its place as the user sees it (file, sheet, row, column)."""

    tingkat: str
    pesan: str
    berkas: str = ""
    lembar: str = ""
    baris: int | None = None
    kolom: str = ""
    nilai: str = ""

    def tempat(self) -> str:
        parts = [p for p in (self.berkas, f"lembar {self.lembar}" if self.lembar else "") if p]
        if self.baris is not None:
            parts.append(f"baris {self.baris}")
        if self.kolom:
            parts.append(f"kolom {self.kolom}")
        return ", ".join(parts)

    def __str__(self) -> str:
        nilai = f" (nilai: {self.nilai!r})" if self.nilai else ""
        label = "GALAT" if self.tingkat == GALAT else "Peringatan"
        tempat = self.tempat()
        return f"{label}: {tempat + ': ' if tempat else ''}{self.pesan}{nilai}"


def galat(pesan: str, **tempat: object) -> Temuan:
    return Temuan(GALAT, pesan, **tempat)  # type: ignore[arg-type]


def peringatan(pesan: str, **tempat: object) -> Temuan:
    return Temuan(PERINGATAN, pesan, **tempat)  # type: ignore[arg-type]


def ada_galat(temuan: list[Temuan]) -> bool:
    return any(t.tingkat == GALAT for t in temuan)


def sebagai_tabel(temuan: list[Temuan]) -> pd.DataFrame:
    """Findings as a frame (errors first), for a page table or a download."""
    frame = pd.DataFrame([asdict(t) for t in temuan], columns=KOLOM_TEMUAN)
    if frame.empty:
        return frame
    frame["_urut"] = (frame["tingkat"] != GALAT).astype(int)
    return frame.sort_values(["_urut", "berkas", "lembar", "baris"], kind="stable").drop(columns="_urut")


def daftar_pesan(temuan: list[Temuan], judul: str = "Tidak disimpan:") -> str:
    """Findings as a short Markdown list for a page's error box: the message, and the column when it helps."""
    return f"{judul}\n\n" + "\n".join(f"- {t.pesan}" + (f" (kolom {t.kolom})" if t.kolom else "") for t in temuan)
