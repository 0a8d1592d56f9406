"""Build the demo database from the committed demo province (`data/demo/`)."""

from __future__ import annotations

import os
from pathlib import Path

from pantau.config import DEMO_DIR
from pantau.importer import HasilImpor, impor_path


def bangun_demo(db: Path | str, demo_dir: Path = DEMO_DIR) -> HasilImpor:
    """(Re)build `db` as the demo province: a fresh file, swapped in only when the import succeeds."""
    db = Path(db)
    baru = db.with_name(f".{db.name}.demo.{os.getpid()}")
    baru.unlink(missing_ok=True)
    try:
        hasil = impor_path([demo_dir], baru, pengguna="demo", asal="demo")
        if hasil.ok:
            os.replace(baru, db)
        return hasil
    finally:
        baru.unlink(missing_ok=True)
        Path(str(baru) + ".lock").unlink(missing_ok=True)
