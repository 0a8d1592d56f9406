"""Browser benchmark (issue 21, item 3): page time as users feel it, in a real Chromium.

    .venv/bin/python benchmarks/peramban.py [--db PATH] [--pemda KODE|*] [--ulang 5] [--halaman "Capaian IKU"]
        [--tulis-docs]

1. Starts `streamlit run app.py` (tests/helpers.py `mulai_server`) on a free loopback port, against a copy of the
   demo province built with `pantau.demo.bangun_demo` (default) or against `--db` as it is (the server only reads).
2. Drives Debian's Chromium (`/usr/bin/chromium`, headless, via Playwright; never a downloaded browser) at a laptop
   window (1366 × 768). One untimed visit of every page first, so the server's query cache and the Plotly bundle
   are as a server in use has them. Then per page (app.py Ringkasan and every menu entry of `pantau.frame.HALAMAN`):
   - cold ("dingin"): a new browser context (no cache, no cookies, a new Streamlit session) opens the page's URL;
   - warm ("hangat"): in one open tab that has visited every page, a click on the page's sidebar link (Streamlit
     switches page over its websocket, no reload); rounds go through the menu in order, so each click leaves
     another page;
   each timed until the page is ready as a user sees it: the script run is over (`data-test-script-state` of
   stApp is "notRunning", the state Streamlit's own end-to-end tests wait on, after a run that started after the
   click), the page's title is shown, and every Plotly chart has drawn its SVG and every table its canvas.
   Times are taken inside the page (`performance.now()`: from navigation start, or from the click), so the
   benchmark's own round trips to the browser do not count. Median of `--ulang` (5) each.
3. Beside the total, where the time goes (medians of each part, so they need not add up exactly): "muat" is the
   time before the script starts (cold: loading the app's HTML and JavaScript, opening the websocket; warm: the
   click reaching the server), "skrip" how long the browser saw the script running (the server running the page
   script and sending its elements, as the browser receives them), "gambar" the rest after the run ended (figures
   and tables drawn); "CPU server" the CPU time the server process spent over the visit (user + system, all its
   threads: independent of how busy the machine is, unlike the times beside it); KB is what the websocket brought for that visit (Streamlit's
   messages: data, figure JSON); "jejak" is the number of Plotly traces on the page (all figures together).
4. `--tulis-docs` writes the table into docs/benchmark_skala.md, section "Waktu halaman di peramban" (one
   subsection per database and pemda; the rest of the file is kept as it is).

The machine's load average is printed and written beside the table: on a shared machine the figures are
indicative (a busy core slows the server and the browser alike).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the server and page helpers the browser tests use

from helpers import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    SEMUA_HALAMAN,
    Halaman,
    beban_mesin,
    server_benchmark,
)
from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402
from playwright.sync_api import Error as PlaywrightError  # noqa: E402

DOCS = ROOT / "docs" / "benchmark_skala.md"
JUDUL_BAGIAN = "## Waktu halaman di peramban"
JENDELA = {"width": 1366, "height": 768}  # a laptop: what lies below this is below the fold
BATAS_MS = 90_000  # one page may take at most this long before the benchmark gives up on it
SERVER_PID = 0  # the Streamlit server measured (its CPU time)
TARGET = {"hangat_satu": 1500, "hangat_nasional": 3000, "dingin": 4000}

PENGANTAR = """\
Waktu halaman seperti yang dirasakan pengguna (issue 21 butir 3), diukur dengan Chromium sungguhan oleh
`benchmarks/peramban.py` terhadap server `streamlit run` sungguhan, jendela 1366 × 768. *Dingin*: kunjungan pertama
peramban baru (konteks baru, sesi Streamlit baru; cache kueri server sudah terisi oleh satu kunjungan pemanasan).
*Hangat*: berpindah ke halaman lewat tautan menu di tab yang sudah terbuka. Diukur di dalam halaman sampai skrip
selesai, judul tampil, setiap grafik Plotly tergambar dan setiap tabel berkanvas; median dari 5 (juga setiap
bagiannya, jadi jumlahnya bisa sedikit berbeda). *Muat*: sebelum skrip mulai (dingin: memuat HTML dan JavaScript
aplikasi, membuka websocket); *skrip*: lamanya peramban melihat skrip berjalan (server menjalankan halaman dan
mengirim elemennya, peramban merender elemen yang datang); *gambar*: sesudahnya sampai grafik dan tabel tergambar;
*CPU server*: waktu CPU proses server selama kunjungan (hampir tidak bergantung pada sibuknya mesin, berbeda dengan
waktu di sampingnya); *KB*: yang diterima websocket; *jejak*: jumlah trace Plotly di halaman. Mesin dipakai bersama:
angka bersifat indikatif, beban mesin dicatat. Mengulang:

    .venv/bin/python benchmarks/peramban.py --tulis-docs                  # provinsi demo
    .venv/bin/python benchmarks/peramban.py --db data/nasional.duckdb --pemda '*' --tulis-docs
    .venv/bin/python benchmarks/peramban.py --halaman "Capaian IKU" --ulang 3   # satu halaman\
"""

# Installed before any page script: the state transitions of the script run, with their time in the page.
PENGAMAT = """
(() => {
  const pk = { transisi: [], selesai: 0 };
  window.__pk = pk;
  new MutationObserver((mutasi) => {
    for (const m of mutasi) {
      const s = m.target.getAttribute && m.target.getAttribute('data-test-script-state');
      if (!s) continue;
      pk.transisi.push([s, performance.now()]);
      if (s === 'notRunning') pk.selesai += 1;
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-test-script-state'] });
})();
"""

# True (and the time noted) once the page is ready: a run that ended after `n` earlier runs, the title shown, every
# chart and table that is shown drawn.
SIAP = """
({ judul, n }) => {
  const pk = window.__pk;
  const app = document.querySelector('[data-testid="stApp"]');
  if (!pk || !app || app.getAttribute('data-test-script-state') !== 'notRunning' || pk.selesai <= n) return false;
  const h1 = document.querySelector('h1');
  if (!h1 || !h1.textContent.includes(judul)) return false;
  // what is shown (a closed expander or another tab is drawn only when opened)
  for (const c of document.querySelectorAll('[data-testid="stPlotlyChart"]')) {
    if (c.checkVisibility() && !c.querySelector('.main-svg')) return false;
  }
  for (const t of document.querySelectorAll('[data-testid="stDataFrame"]')) {
    if (t.checkVisibility() && !t.querySelector('canvas')) return false;
  }
  if (document.querySelector('[data-testid="stSkeleton"]')) return false;
  pk.siap = performance.now();
  pk.jejak = [...document.querySelectorAll('.js-plotly-plot')].reduce((s, p) => s + ((p.data || []).length), 0);
  pk.grafik = document.querySelectorAll('.js-plotly-plot').length;
  return true;
}
"""

KLIK = """
(i) => {
  // by its place in the menu: the entrypoint's link carries the current page's address as its href
  const a = document.querySelectorAll('a[data-testid="stPageLink-NavLink"]')[i];
  if (!a) return null;
  window.__pk.t0 = performance.now();
  window.__pk.n0 = window.__pk.selesai;
  a.click();
  return window.__pk.t0;
}
"""


@dataclass
class Ukuran:
    total_ms: float
    muat_ms: float
    skrip_ms: float
    gambar_ms: float
    cpu_ms: float  # CPU time of the server process over the visit: what the server spent, whatever the load
    kb: float
    jejak: int
    grafik: int


@dataclass
class Hasil:
    halaman: Halaman
    dingin: list[Ukuran] = field(default_factory=list)
    hangat: list[Ukuran] = field(default_factory=list)
    galat: list[str] = field(default_factory=list)

    def catat(self, jenis: str, ukur: Callable[[], Ukuran]) -> None:
        """One measurement; a page that fails (never ready, shows an error) is noted and the run goes on."""
        try:
            getattr(self, jenis).append(ukur())
        except (PlaywrightError, RuntimeError) as e:
            self.galat.append(f"{jenis}: {str(e).splitlines()[0]}")
            print(f"    GAGAL {self.halaman.label} ({jenis}): {str(e).splitlines()[0]}", flush=True)


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


class Penghitung:
    """Bytes the page's websockets received since the last `reset` (Playwright sees every frame)."""

    def __init__(self, page: Page) -> None:
        self.byte = 0
        page.on("websocket", lambda ws: ws.on("framereceived", self._terima))

    def _terima(self, payload: str | bytes) -> None:
        self.byte += len(payload)

    def reset(self) -> None:
        self.byte = 0


def cpu_server_ms() -> float:
    """User + system CPU time of the server process so far (/proc; every thread of the Streamlit server)."""
    kolom = Path(f"/proc/{SERVER_PID}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(kolom[11]) + int(kolom[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def ukuran(pk: dict, t0: float, kb: float, cpu_ms: float) -> Ukuran:
    """The visit from `t0` to ready, split at the first "running" after `t0` and the last "notRunning" before ready:
    before the run (loading the app, connecting), the run(s) the browser saw, and the drawing after it."""
    t1 = pk["siap"]
    mulai = [t for s, t in pk["transisi"] if s == "running" and t >= t0]
    akhir = [t for s, t in pk["transisi"] if s == "notRunning" and t0 <= t <= t1]
    if not (mulai and akhir):
        raise RuntimeError("tidak ada skrip yang berjalan sesudah navigasi")
    return Ukuran(t1 - t0, mulai[0] - t0, akhir[-1] - mulai[0], t1 - akhir[-1], cpu_ms, kb, pk["jejak"], pk["grafik"])


def tunggu_siap(page: Page, h: Halaman, n: int) -> dict:
    page.wait_for_function(SIAP, arg={"judul": h.judul, "n": n}, polling="raf", timeout=BATAS_MS)
    return page.evaluate("() => window.__pk")


def url(server_url: str, h: Halaman, pemda: str | None) -> str:
    return server_url + h.url_path + (f"?{urlencode({'pemda': pemda})}" if pemda else "")


def konteks(browser: Browser) -> Page:
    ctx = browser.new_context(viewport=JENDELA, locale="id-ID")
    ctx.add_init_script(PENGAMAT)
    return ctx.new_page()


def ukur_dingin(browser: Browser, server_url: str, h: Halaman, pemda: str | None) -> Ukuran:
    page = konteks(browser)
    hitung = Penghitung(page)
    galat: list[str] = []
    page.on("pageerror", lambda e: galat.append(str(e)))
    try:
        cpu = cpu_server_ms()
        page.goto(url(server_url, h, pemda), wait_until="commit", timeout=BATAS_MS)
        pk = tunggu_siap(page, h, 0)
        cpu = cpu_server_ms() - cpu
        if page.locator('[data-testid="stException"]').count():
            raise RuntimeError(f"{h.label}: halaman menampilkan galat")
        return ukuran(pk, 0.0, hitung.byte / 1024, cpu)
    finally:
        page.context.close()
        if galat:
            print(f"    galat JavaScript di {h.label}: {galat[:2]}", flush=True)


def ukur_hangat(page: Page, hitung: Penghitung, h: Halaman) -> Ukuran:
    hitung.reset()
    cpu = cpu_server_ms()
    t0 = page.evaluate(KLIK, SEMUA_HALAMAN.index(h))
    if t0 is None:
        raise RuntimeError(f"{h.label}: tautan menu {h.url_path} tidak ada")
    n0 = page.evaluate("() => window.__pk.n0")
    pk = tunggu_siap(page, h, n0)
    cpu = cpu_server_ms() - cpu
    if pk.get("t0") != t0:
        raise RuntimeError(f"{h.label}: halaman dimuat ulang, bukan berpindah di tab yang sama")
    return ukuran(pk, t0, hitung.byte / 1024, cpu)


def tabel(hasil: list[Hasil]) -> list[str]:
    baris = [
        "| halaman | dingin ms | = muat | + skrip | + gambar | hangat ms | = skrip | + gambar | CPU server hangat ms "
        "| KB hangat | KB dingin | grafik | jejak |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in hasil:
        if not r.hangat or not r.dingin:
            continue

        def m(us: list[Ukuran], a: str) -> str:
            return f"{median([getattr(u, a) for u in us]):.0f}"

        d, h = r.dingin, r.hangat
        baris.append(
            f"| {r.halaman.label} | {m(d, 'total_ms')} | {m(d, 'muat_ms')} | {m(d, 'skrip_ms')} | {m(d, 'gambar_ms')} "
            f"| {m(h, 'total_ms')} | {m(h, 'skrip_ms')} | {m(h, 'gambar_ms')} | {m(h, 'cpu_ms')} | {m(h, 'kb')} "
            f"| {m(d, 'kb')} "
            f"| {h[-1].grafik} | {h[-1].jejak} |"
        )
    return baris


def marjin(hasil: list[Hasil], nasional: bool) -> list[str]:
    ada = [r for r in hasil if r.hangat and r.dingin]
    if not ada:
        return []
    hangat = max(ada, key=lambda r: median([u.total_ms for u in r.hangat]))
    dingin = max(ada, key=lambda r: median([u.total_ms for u in r.dingin]))
    th = TARGET["hangat_nasional" if nasional else "hangat_satu"]
    mh = median([u.total_ms for u in hangat.hangat])
    md = median([u.total_ms for u in dingin.dingin])
    return [
        f"- hangat: terlama {mh:.0f} ms ({hangat.halaman.label}); target ≤ {th} ms, marjin {th / mh:.1f}×",
        f"- dingin: terlama {md:.0f} ms ({dingin.halaman.label}); target ≤ {TARGET['dingin']} ms, "
        f"marjin {TARGET['dingin'] / md:.1f}×",
    ]


def tulis_docs(kunci: str, isi: list[str]) -> None:
    """Replace (or add) the subsection `kunci` under JUDUL_BAGIAN, keeping everything else in the file."""
    teks = DOCS.read_text(encoding="utf-8")
    mulai, akhir = f"<!-- peramban:{kunci}:mulai -->", f"<!-- peramban:{kunci}:selesai -->"
    blok = "\n".join([mulai, *isi, akhir])
    if JUDUL_BAGIAN not in teks:
        teks = teks.rstrip("\n") + "\n\n" + JUDUL_BAGIAN + "\n\n" + PENGANTAR + "\n"
    if mulai in teks:
        teks = re.sub(re.escape(mulai) + r".*?" + re.escape(akhir), lambda _m: blok, teks, flags=re.S)
    else:
        i = teks.index(JUDUL_BAGIAN)
        j = teks.find("\n## ", i + len(JUDUL_BAGIAN))
        j = len(teks) if j < 0 else j
        teks = teks[:j].rstrip("\n") + "\n\n" + blok + "\n" + teks[j:]
    DOCS.write_text(teks, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="basis data (bawaan: provinsi demo dibangun ke folder sementara)")
    ap.add_argument("--pemda", help="?pemda= untuk setiap halaman, mis. * untuk nasional (bawaan: pilihan halaman)")
    ap.add_argument("--ulang", type=int, default=5, help="pengukuran per halaman, dingin dan hangat (median)")
    ap.add_argument("--halaman", action="append", help="hanya halaman berlabel ini (boleh berulang)")
    ap.add_argument("--tulis-docs", action="store_true", help="tulis tabel ke docs/benchmark_skala.md")
    args = ap.parse_args()
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        sys.exit(f"Chromium tidak ada di {CHROMIUM} (sudo apt-get install -y chromium, atau PANTAU_CHROMIUM)")

    daftar = [h for h in SEMUA_HALAMAN if not args.halaman or h.label in args.halaman]
    if not daftar:
        sys.exit(f"tidak ada halaman {args.halaman}; pilihan: {[h.label for h in SEMUA_HALAMAN]}")
    mulai_jam = time.monotonic()
    beban_awal = beban_mesin()
    print(f"beban mesin (1/5/15 menit): {beban_awal}; {os.cpu_count()} inti", flush=True)
    with server_benchmark(args.db, "peramban_") as (server, nama_db):
        global SERVER_PID
        SERVER_PID = server.proc.pid
        print(f"server {server.url} (log {server.log})", flush=True)
        hasil = [Hasil(h) for h in daftar]
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            tab = konteks(browser)
            hitung = Penghitung(tab)
            # Round 0, untimed: every page once by its URL (the server's caches, the Plotly bundle).
            tab.goto(url(server.url, hasil[0].halaman, args.pemda), wait_until="commit", timeout=BATAS_MS)
            tunggu_siap(tab, hasil[0].halaman, 0)
            for r in hasil[1:]:
                t = time.monotonic()
                Hasil(r.halaman).catat("hangat", lambda r=r: ukur_hangat(tab, hitung, r.halaman))
                print(f"  pemanasan {r.halaman.label}: {time.monotonic() - t:.1f} s", flush=True)
            for r in hasil:
                for _ in range(args.ulang):
                    r.catat("dingin", lambda r=r: ukur_dingin(browser, server.url, r.halaman, args.pemda))
                ds = ", ".join(f"{u.total_ms:.0f}" for u in r.dingin)
                print(f"  dingin {r.halaman.label}: {ds} ms", flush=True)
            for i in range(args.ulang):
                for r in hasil:
                    if len(hasil) == 1:  # leave the page first, so the click is a page switch
                        lain = next(h for h in SEMUA_HALAMAN if h is not r.halaman)
                        Hasil(lain).catat("hangat", lambda lain=lain: ukur_hangat(tab, hitung, lain))
                    r.catat("hangat", lambda r=r: ukur_hangat(tab, hitung, r.halaman))
                print(
                    f"  hangat putaran {i + 1}: "
                    + ", ".join(f"{r.halaman.label} {r.hangat[-1].total_ms:.0f}" for r in hasil if r.hangat),
                    flush=True,
                )
            browser.close()

    beban_akhir = beban_mesin()
    menit = (time.monotonic() - mulai_jam) / 60
    nasional = args.pemda == "*"
    cakupan = "nasional (`?pemda=*`)" if nasional else (f"pemda {args.pemda}" if args.pemda else "pemda bawaan")
    kepala = (
        f"{dt.date.today().isoformat()}, {nama_db}, {cakupan}: median {args.ulang} kali per halaman; beban mesin "
        f"(1/5/15 menit) {beban_awal} di awal, {beban_akhir} di akhir; {platform.machine()}, {os.cpu_count()} inti, "
        f"Chromium {CHROMIUM}, jendela {JENDELA['width']}×{JENDELA['height']}; {menit:.1f} menit."
    )
    gagal = [f"- gagal: {r.halaman.label}: {'; '.join(dict.fromkeys(r.galat))}" for r in hasil if r.galat]
    isi = [f"### {nama_db}, {cakupan}", "", kepala, "", *tabel(hasil), "", *marjin(hasil, nasional), *gagal]
    print("\n" + "\n".join(isi))
    if args.tulis_docs:
        kunci = re.sub(r"[^a-z0-9]+", "-", f"{nama_db} {args.pemda or 'bawaan'}".lower()).strip("-")
        tulis_docs(kunci, isi)
        print(f"\nditulis ke {DOCS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
