"""The generated docs are current: a change to the contract or the schema must regenerate them."""

from pantau import dokumen
from pantau.config import ROOT


def test_format_impor_is_current() -> None:
    assert (ROOT / "docs" / "format_impor.md").read_text(encoding="utf-8") == dokumen.format_impor(), (
        "docs/format_impor.md is stale: run `python -m pantau.dokumen`"
    )


def test_analis_is_current_and_covers_every_view_column() -> None:
    teks = dokumen.analis()
    assert (ROOT / "docs" / "analis.md").read_text(encoding="utf-8") == teks, (
        "docs/analis.md is stale: run `python -m pantau.dokumen`"
    )
    # every column of every documented view has a meaning written down
    for baris in teks.splitlines():
        if baris.startswith("| ") and baris.count("|") == 4 and not baris.startswith("| kolom"):
            assert not baris.rstrip().endswith("|  |"), f"undocumented view column: {baris}"
