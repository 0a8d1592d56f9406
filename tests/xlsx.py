"""Write test workbooks (xlsxwriter): text cells stay text, numbers stay numbers, as in real files."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter


def tulis_xlsx(path: Path, lembar: dict[str, list[list[object]]], mulai_baris: int = 0) -> Path:
    """One sheet per name; rows start at `mulai_baris` (0-based) to leave room for a title block."""
    wb = xlsxwriter.Workbook(str(path))
    try:
        for nama, rows in lembar.items():
            ws = wb.add_worksheet(nama)
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    if isinstance(cell, str):
                        ws.write_string(mulai_baris + i, j, cell)
                    elif cell is not None:
                        ws.write(mulai_baris + i, j, cell)
    finally:
        wb.close()
    return path
