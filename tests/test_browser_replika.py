"""Scale-out for real (issue 21, item 5): `python -m pantau replika --jumlah 2` starts two `streamlit run` processes
on 127.0.0.1 and haproxy in front of them with sticky sessions, on a copy of the demo province, with login through a
local OIDC provider (oidc-provider-mock) and one secrets file shared by both replicas.

Chromium logs in through the proxy on replica A (the sticky cookie chooses the replica), then the same browser is
sent to replica B: still logged in (same cookie_secret). An import made on A's Impor Data page is seen on B's Capaian
IKU page, which had read the database before the import (B's reader and query cache held the old file): its CSV
download through the proxy has the new capaian. B's own port does not honour the login (the cookie names the proxy's
origin). Finally SIGTERM to the command stops the proxy and both replicas.

Expected figures from the demo files, not from the product's views: IKU-DISDIK-01 (positif, nilai_akhir, target
2026 TW4 90,8) has, year to date at TW4, its last level (TW3 93,12) against that target until the import, and with an
imported TW4 realisasi of half its target capaian R/T = 50 %.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import ROOT, TUNGGU_MS, VIEWPORT, baca_salinan, masuk_oidc, penyedia_oidc, port_bebas, tunggu_selesai
from playwright.sync_api import Browser, BrowserContext, Page, expect

from pantau.replika import COOKIE

pytestmark = pytest.mark.browser

DEMO = ROOT / "data" / "demo"
ADMIN = "admin@nusaharapan.example"
AKUN = {ADMIN: {"peran": "admin_bappeda", "kode_pemda": "99", "name": "Admin Bappeda"}}
IKU = "IKU-DISDIK-01"
INDIKATOR = next(
    r for r in csv.DictReader((DEMO / "indikator.csv").open()) if r["kode_pemda"] == "99" and r["kode_indikator"] == IKU
)
TARGET_TW4 = next(
    float(r["target"])
    for r in csv.DictReader((DEMO / "target.csv").open())
    if r["kode_pemda"] == "99" and r["kode_indikator"] == IKU and r["tahun"] == "2026" and r["periode"] == "TW4"
)
# nilai_akhir: the capaian to TW4 takes the last level reported (TW3 2026 in the demo) until TW4 is imported
REALISASI_TERAKHIR = next(
    float(r["realisasi"])
    for r in csv.DictReader((DEMO / "realisasi.csv").open())
    if r["kode_pemda"] == "99" and r["kode_indikator"] == IKU and r["tahun"] == "2026" and r["periode"] == "TW3"
)
REALISASI_TW4 = TARGET_TW4 / 2  # 45,4: capaian R/T = 50 %
CAPAIAN_IKU = "/Capaian_IKU?pemda=99&tahun=2026&tw=4&bagian=Daftar+IKU"  # the section with the list and its CSV
BATAS_MULAI_DETIK = 300  # two cold Streamlit starts and haproxy on a busy 2-core machine


def _port_terpakai(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _dua_port_berurutan(hindari: int) -> int:
    """A free port whose next one is free too (the command puts its replicas on consecutive ports)."""
    for _ in range(50):
        p = port_bebas()
        if hindari not in (p, p + 1) and p + 1 < 65536:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                try:
                    s.bind(("127.0.0.1", p + 1))
                except OSError:
                    continue
            return p
    raise AssertionError("tidak menemukan dua port bebas berurutan")


def _get(url: str, cookie: str | None = None) -> tuple[int, str | None, list[str], bytes]:
    """(status, the replica that answered as haproxy names it, the cookies set, body)."""
    req = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.status, resp.headers["X-Pantau-Replika"], resp.headers.get_all("Set-Cookie") or [], resp.read()


@dataclass
class Replika:
    url: str  # the proxy, what users open
    url_replika: list[str]  # each replica straight, 127.0.0.1 only
    proc: subprocess.Popen[bytes]
    log: Path
    folder: Path
    db: Path

    def log_tail(self) -> str:
        teks = self.log.read_text(encoding="utf-8", errors="replace")[-3000:]
        for p in sorted(self.folder.glob("*.log")):
            teks += f"\n--- {p.name}\n" + p.read_text(encoding="utf-8", errors="replace")[-3000:]
        return teks


def _hentikan(r: Replika) -> None:
    """SIGTERM to the command (it stops its replicas and haproxy); SIGKILL to its whole session if it hangs."""
    if r.proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            r.proc.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            r.proc.wait(timeout=40)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(r.proc.pid, signal.SIGKILL)  # anything left of the session (nothing, when the command did its job)
    with contextlib.suppress(subprocess.TimeoutExpired):
        r.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def replika(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replika]:
    tmp = tmp_path_factory.mktemp("replika")
    db = tmp / "pantau.duckdb"
    shutil.copy(demo_db, db)  # an import writes to it
    with penyedia_oidc(AKUN) as penyedia:
        port = port_bebas()
        port_replika = _dua_port_berurutan(port)
        secrets = tmp / "secrets.toml"  # one file for both replicas: the same cookie_secret
        secrets.write_text(
            "[auth]\n"
            f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
            'cookie_secret = "rahasia-uji-replika-yang-cukup-panjang"\n'
            'client_id = "pantau"\n'
            'client_secret = "rahasia"\n'
            f'server_metadata_url = "{penyedia}/.well-known/openid-configuration"\n',
            encoding="utf-8",
        )
        log = tmp / "replika.log"
        cmd = [sys.executable, "-m", "pantau", "replika", "--jumlah", "2", "--port", str(port)]
        cmd += ["--port-replika", str(port_replika), "--db", str(db), "--secrets", str(secrets)]
        cmd += ["--folder", str(tmp / "folder")]
        env = {**os.environ, "AUTHLIB_INSECURE_TRANSPORT": "1"}
        with log.open("wb") as out:
            proc = subprocess.Popen(
                cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        r = Replika(
            f"http://127.0.0.1:{port}",
            [f"http://127.0.0.1:{port_replika + i}" for i in range(2)],
            proc,
            log,
            tmp / "folder",
            db,
        )
        try:
            batas = time.monotonic() + BATAS_MULAI_DETIK
            # the command prints its "Ctrl-C" line once every replica and the proxy answer /_stcore/health
            while "Ctrl-C" not in log.read_text(encoding="utf-8", errors="replace"):
                assert proc.poll() is None, f"`pantau replika` berhenti (kode {proc.returncode}):\n{r.log_tail()}"
                assert time.monotonic() < batas, (
                    f"`pantau replika` belum siap dalam {BATAS_MULAI_DETIK} s:\n{r.log_tail()}"
                )
                time.sleep(0.5)  # polling the command's output, not waiting for a page
            yield r
        finally:
            _hentikan(r)


def konteks(browser: Browser, r: Replika, replika: str) -> BrowserContext:
    ctx = browser.new_context(viewport=VIEWPORT, locale="id-ID")
    ctx.set_default_timeout(TUNGGU_MS)
    arahkan(ctx, r, replika)
    return ctx


def arahkan(ctx: BrowserContext, r: Replika, replika: str) -> None:
    """Send this browser to one replica: haproxy routes by its sticky cookie, as after a first visit."""
    ctx.add_cookies([{"name": COOKIE, "value": replika, "url": r.url}])


def buka(page: Page, url: str, replika: str | None = None) -> None:
    resp = page.goto(url)
    assert resp is not None and resp.ok, url
    if replika:  # the page came from that replica (haproxy names it)
        assert resp.headers.get("x-pantau-replika") == replika, resp.headers
    tunggu_selesai(page)


def masuk(page: Page, r: Replika) -> None:
    buka(page, r.url + "/", "r1")
    masuk_oidc(page, ADMIN, r.url, "Admin Bappeda")


def capaian_diunduh(page: Page) -> dict[str, tuple[str, str]]:
    """The Capaian IKU page's CSV download: (realisasi so far, capaian %) by indicator code."""
    with page.expect_download() as unduh:
        page.get_by_role("button", name="Unduh daftar IKU (CSV)").click()
    baris = csv.DictReader(Path(unduh.value.path()).read_text(encoding="utf-8-sig").splitlines())
    return {b["kode_indikator"]: (b["realisasi_sd"], b["capaian_persen"]) for b in baris if b["kode_pemda"] == "99"}


def test_menolak_alamat_lain_tanpa_login(tmp_path: Path, demo_db: Path) -> None:
    """Like `jalankan`: without login, haproxy would make everyone who reaches it an administrator; nothing starts."""
    port = port_bebas()
    port_replika = _dua_port_berurutan(port)
    env = {**os.environ, "HOME": str(tmp_path), "PANTAU_SECRETS": str(tmp_path / "tidak_ada.toml")}
    cmd = [sys.executable, "-m", "pantau", "replika", "--alamat", "0.0.0.0", "--port", str(port)]
    cmd += ["--port-replika", str(port_replika), "--db", str(demo_db)]
    hasil = subprocess.run(cmd, check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert hasil.returncode == 2, hasil.stdout + hasil.stderr
    assert "menolak melayani alamat 0.0.0.0 tanpa login" in hasil.stderr
    assert not any(_port_terpakai(p) for p in (port, port_replika, port_replika + 1))


def test_sesi_lengket_per_cookie(replika: Replika) -> None:
    """A first visit gets a sticky cookie naming a replica (in turn: both are used); with it, it stays there."""
    diberi = set()
    for _ in range(2):
        _status, dari, cookie, _isi = _get(replika.url + "/")
        lengket = [c for c in cookie if c.startswith(f"{COOKIE}=")]
        assert len(lengket) == 1 and lengket[0].startswith(f"{COOKIE}={dari};"), (dari, cookie)
        diberi.add(dari)
    assert diberi == {"r1", "r2"}
    for _ in range(5):
        status, dari, cookie, isi = _get(replika.url + "/_stcore/health", cookie=f"{COOKIE}=r2")
        assert (status, dari, isi.strip()) == (200, "r2", b"ok")
        assert not [c for c in cookie if c.startswith(f"{COOKIE}=")]  # already sticky: nothing to set
    for url in replika.url_replika:  # both replicas answer on their own loopback port too
        assert _get(url + "/_stcore/health")[3].strip() == b"ok"


def test_login_impor_dan_unduhan_lintas_replika(replika: Replika, browser: Browser, tmp_path: Path) -> None:
    assert (INDIKATOR["polaritas"], INDIKATOR["agregasi"]) == ("positif", "nilai_akhir")
    ctx = konteks(browser, replika, "r1")
    galat_js: list[str] = []
    try:
        page = ctx.new_page()
        page.on("pageerror", lambda e: galat_js.append(str(e)))
        masuk(page, replika)  # on replica A, through the proxy

        # the login holds on replica B; B reads the quarter before the import (its reader and cache hold the old file)
        arahkan(ctx, replika, "r2")
        buka(page, replika.url + CAPAIAN_IKU, "r2")
        expect(page.get_by_test_id("stSidebar").get_by_text("Admin Bappeda")).to_be_visible()
        sebelum = capaian_diunduh(page)
        realisasi, capaian = sebelum[IKU]  # TW4 not reported yet: TW3's level against TW4's target
        assert float(realisasi) == pytest.approx(REALISASI_TERAKHIR)
        assert float(capaian) == pytest.approx(REALISASI_TERAKHIR / TARGET_TW4 * 100)

        # the import, on replica A's Impor Data page
        arahkan(ctx, replika, "r1")
        buka(page, replika.url + "/Impor_Data?pemda=99", "r1")
        berkas = tmp_path / "realisasi.csv"
        berkas.write_text(
            f"kode_pemda,kode_indikator,tahun,periode,realisasi\n99,{IKU},2026,TW4,{REALISASI_TW4}\n", encoding="utf-8"
        )
        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(berkas))
        page.get_by_role("button", name="Impor sekarang").click()
        berhasil = page.get_by_text(re.compile(r"Impor berhasil sebagai batch \d+"))
        expect(berhasil).to_be_visible()
        batch = int(re.search(r"batch (\d+)", berhasil.inner_text()).group(1))  # type: ignore[union-attr]
        assert baca_salinan(
            replika.db,
            f"select b.pengguna, r.realisasi from impor_batch b, realisasi r where b.batch_id = {batch} and "
            f"r.kode_pemda = '99' and r.kode_indikator = '{IKU}' and r.tahun = 2026 and r.periode = 'TW4'",
        ) == [(ADMIN, pytest.approx(REALISASI_TW4))]

        # replica B sees it: the page and its download, through the proxy
        arahkan(ctx, replika, "r2")
        buka(page, replika.url + CAPAIAN_IKU, "r2")
        sesudah = capaian_diunduh(page)
        realisasi, capaian = sesudah[IKU]
        assert float(realisasi) == pytest.approx(REALISASI_TW4)
        assert float(capaian) == pytest.approx(REALISASI_TW4 / TARGET_TW4 * 100) == pytest.approx(50.0)
        assert {k: v for k, v in sesudah.items() if k != IKU} == {k: v for k, v in sebelum.items() if k != IKU}

        # B's own port is no way around the proxy: the login cookie names the proxy's origin (redirect_uri)
        buka(page, replika.url_replika[1] + CAPAIAN_IKU)
        expect(page.get_by_role("button", name="Masuk")).to_be_visible()
        expect(page.get_by_text("Admin Bappeda")).to_have_count(0)
        # back through the proxy, the same browser is still logged in
        buka(page, replika.url + CAPAIAN_IKU, "r2")
        expect(page.get_by_test_id("stSidebar").get_by_text("Admin Bappeda")).to_be_visible()
    finally:
        ctx.close()
    assert galat_js == [], f"galat JavaScript di halaman: {galat_js}"


def test_sigterm_menghentikan_semua(replika: Replika) -> None:
    """The command stops its replicas and haproxy on SIGTERM, and exits cleanly (runs last: it ends the setup)."""
    ports = [int(u.rsplit(":", 1)[1]) for u in [replika.url, *replika.url_replika]]
    assert all(_port_terpakai(p) for p in ports)
    replika.proc.send_signal(signal.SIGTERM)
    assert replika.proc.wait(timeout=60) == 0, replika.log_tail()
    assert not any(_port_terpakai(p) for p in ports), replika.log_tail()
    assert "Menghentikan replika dan haproxy." in replika.log.read_text(encoding="utf-8")
