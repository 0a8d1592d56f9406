"""Shared fixtures: the demo province database, built once per test session."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
# `pantau` is imported from the repository itself, also when pytest is started as `pytest`
# (which, unlike `python -m pytest`, does not put the working directory on sys.path).
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers import CHROMIUM, CHROMIUM_ARGS, TUNGGU_MS, VIEWPORT  # noqa: E402
from tiga_pemda import tiga_pemda_db  # noqa: E402, F401  (the three-pemda database, issue 15)

from pantau.demo import bangun_demo  # noqa: E402


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo province (`data/demo/`) imported into a fresh database file, once per session.

    Built with the same `bangun_demo` as `python -m pantau demo`, into a tmp dir: it never touches
    data/pantau.duckdb and sets no environment, so tests that want it must ask for it.
    Treat it as read-only; tests that need to write work on a copy.
    """
    path = tmp_path_factory.mktemp("demo") / "pantau.duckdb"
    hasil = bangun_demo(path)
    if not hasil.ok:
        for t in hasil.temuan:
            print(t)
    assert hasil.ok, f"demo gagal dibangun: {hasil.jumlah_galat} galat (lihat temuan di atas)"
    assert path.is_file()
    return path


@pytest.fixture
def pantau_db(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`PANTAU_DB` pointing at the demo database, for AppTest (which runs the pages in-process)."""
    monkeypatch.setenv("PANTAU_DB", str(demo_db))
    return demo_db


# --------------------------------------------------------------------------- browser fixtures for every browser test file


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium via Playwright, one per test module (never a downloaded browser, never skipped)."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"Chromium tidak ada di {CHROMIUM}: tes peramban membutuhkannya. "
            "Pasang dengan `sudo apt-get install -y chromium` (atau `make chromium`), "
            "atau arahkan PANTAU_CHROMIUM ke berkasnya.",
            pytrace=False,
        )
    # `expect` waits as long as an action may: a rerun on a busy 2-core CI machine can take longer than
    # Playwright's 5 s default, and a wait that only ends on success costs nothing when the page is quick.
    expect.set_options(timeout=TUNGGU_MS)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def halaman_web(browser: Browser) -> Iterator[Page]:
    """A fresh browser context per test (no cookies, no cached session), and no uncaught JS errors."""
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID")
    context.set_default_timeout(TUNGGU_MS)
    page = context.new_page()
    galat_js: list[str] = []
    page.on("pageerror", lambda e: galat_js.append(str(e)))
    yield page
    context.close()
    assert galat_js == [], f"galat JavaScript di halaman: {galat_js}"
