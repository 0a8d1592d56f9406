"""Scale-out on one machine: N Streamlit processes on consecutive loopback ports behind haproxy (Debian package
`haproxy`) with sticky sessions, all reading the same DuckDB file (`python -m pantau replika`).

Why it is safe: every reader reopens the file when a write swapped it in (`pantau.db.Reader`), and every write,
from whichever replica, goes through `pantau.importer.tulis.tulis_atomik`, which holds `<db>.lock`: one writer at a
time. Why sticky: a Streamlit session lives in one process (its websocket, uploads, downloads, the login's state).
Why one secrets file: the login cookie is signed with `[auth] cookie_secret`, so a login made on one replica holds
on the others only when they share it. Messages in Bahasa Indonesia.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from string import Template

from pantau.config import ROOT

TEMPLAT = Path(__file__).with_name("replika_haproxy.cfg")
COOKIE = "PANTAU_REPLIKA"  # haproxy's sticky cookie: its value is the replica's name (r1, r2, ...)
BATAS_SEHAT_DETIK = 180.0  # a replica's first start on a busy 2-core machine can take a while


def nama_replika(i: int) -> str:
    return f"r{i + 1}"


def konfigurasi_haproxy(alamat: str, port: int, port_replika: Sequence[int]) -> str:
    """The haproxy config: `alamat:port` in front of one server per replica port, sticky by cookie."""
    server = "\n".join(
        f"    server {nama_replika(i)} 127.0.0.1:{p} cookie {nama_replika(i)} check" for i, p in enumerate(port_replika)
    )
    return Template(TEMPLAT.read_text(encoding="utf-8")).substitute(alamat=alamat, port=port, server=server)


def cari_haproxy() -> str | None:
    # /usr/sbin is not on an ordinary user's PATH on Debian
    return shutil.which("haproxy") or shutil.which("haproxy", path="/usr/sbin:/usr/local/sbin")


@dataclass
class Proses:
    nama: str
    proc: subprocess.Popen[bytes]
    log: Path

    def ekor_log(self, n: int = 3000) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-n:]
        except FileNotFoundError:
            return ""


def _mulai(nama: str, cmd: list[str], log: Path, env: dict[str, str]) -> Proses:
    # output to a file: nobody reads a pipe, and a full pipe would block the process
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    return Proses(nama, proc, log)


def sehat(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=3) as resp:
            return resp.read().strip() == b"ok"
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _tunggu_sehat(proses: Proses, url: str, batas: float, berhenti: threading.Event) -> str | None:
    """None once `url` is healthy, else why not (the process stopped, or the time ran out)."""
    while time.monotonic() < batas and not berhenti.is_set():
        if proses.proc.poll() is not None:
            return f"{proses.nama} berhenti (kode {proses.proc.returncode}). Log {proses.log}:\n{proses.ekor_log()}"
        if sehat(url):
            return None
        berhenti.wait(0.3)
    if berhenti.is_set():
        return "dihentikan"
    return f"{proses.nama} tidak sehat dalam {BATAS_SEHAT_DETIK:.0f} detik. Log {proses.log}:\n{proses.ekor_log()}"


def hentikan(semua: Sequence[Proses]) -> None:
    """SIGTERM to every process still running, then SIGKILL whatever has not stopped within 15 s."""
    for p in semua:
        if p.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                p.proc.terminate()
    batas = time.monotonic() + 15
    for p in semua:
        try:
            p.proc.wait(timeout=max(0.1, batas - time.monotonic()))
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                p.proc.kill()
            p.proc.wait(timeout=10)


def jalankan_replika(
    db: Path,
    *,
    jumlah: int,
    alamat: str,
    port: int,
    port_replika: int,
    folder: Path | None = None,
    secrets: Path | None = None,
    header_tepercaya: str = "",
) -> int:
    """Start `jumlah` replicas on 127.0.0.1:port_replika.. and haproxy on alamat:port; run until Ctrl-C / SIGTERM
    or until one of them stops, then stop them all. The caller has checked the address against the login mode."""
    haproxy = cari_haproxy()
    if haproxy is None:
        print("haproxy belum terpasang. Pasang dari paket Debian: sudo apt-get install -y haproxy", file=sys.stderr)
        return 1
    if jumlah < 1:
        print("--jumlah minimal 1.", file=sys.stderr)
        return 2
    ports = [port_replika + i for i in range(jumlah)]
    if port in ports:
        print(f"Port proxy {port} bertabrakan dengan port replika {ports[0]}–{ports[-1]}.", file=sys.stderr)
        return 2
    folder = folder or Path(tempfile.mkdtemp(prefix="pantau-replika-"))
    folder.mkdir(parents=True, exist_ok=True)
    cfg = folder / "haproxy.cfg"
    cfg.write_text(konfigurasi_haproxy(alamat, port, ports), encoding="utf-8")

    berhenti = threading.Event()
    lama = {s: signal.signal(s, lambda *_: berhenti.set()) for s in (signal.SIGINT, signal.SIGTERM)}
    env = {**os.environ, "PANTAU_DB": str(db.resolve())}
    semua: list[Proses] = []
    try:
        for i, p in enumerate(ports):
            cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py")]
            cmd += ["--server.address", "127.0.0.1", "--server.port", str(p), "--server.headless", "true"]
            if secrets:  # one secrets file for all: the same cookie_secret signs every replica's login cookie
                cmd += ["--secrets.files", str(secrets.resolve())]
            if header_tepercaya:
                cmd += ["--server.trustedUserHeaders", header_tepercaya]
            semua.append(_mulai(f"replika {nama_replika(i)}", cmd, folder / f"{nama_replika(i)}.log", env))
        batas = time.monotonic() + BATAS_SEHAT_DETIK
        for proses, p in zip(semua, ports, strict=True):
            if galat := _tunggu_sehat(proses, f"http://127.0.0.1:{p}", batas, berhenti):
                print(f"Replika tidak dapat dimulai: {galat}", file=sys.stderr)
                return 1 if galat != "dihentikan" else 0
        semua.append(_mulai("haproxy", [haproxy, "-db", "-f", str(cfg)], folder / "haproxy.log", env))
        url = f"http://{alamat}:{port}"
        if galat := _tunggu_sehat(semua[-1], url, time.monotonic() + 30, berhenti):
            print(f"haproxy tidak dapat dimulai: {galat}", file=sys.stderr)
            return 1 if galat != "dihentikan" else 0
        print(
            f"Pantau Kinerja: {jumlah} replika (127.0.0.1:{ports[0]}–{ports[-1]}) di belakang haproxy di {url}\n"
            f"  sesi lengket lewat cookie {COOKIE}; satu basis data: {db.resolve()}\n"
            f"  konfigurasi dan log: {folder}\n"
            "  Ctrl-C menghentikan semuanya.",
            flush=True,
        )
        while not berhenti.wait(1.0):
            if mati := [p for p in semua if p.proc.poll() is not None]:
                print(
                    f"{mati[0].nama} berhenti (kode {mati[0].proc.returncode}); semua dihentikan. "
                    f"Log {mati[0].log}:\n{mati[0].ekor_log()}",
                    file=sys.stderr,
                )
                return 1
        print("Menghentikan replika dan haproxy.", flush=True)
        return 0
    finally:
        hentikan(semua)
        for s, h in lama.items():
            signal.signal(s, h)
