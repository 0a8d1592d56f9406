"""Load benchmark (issue 21, item 4): many users at once against one server.

    .venv/bin/python benchmarks/beban.py [--n 10,30] [--putaran 2] [--db PATH] [--pemda KODE]
        [--halaman "Capaian IKU"] [--batas-menit 15] [--tulis-docs]

1. Starts `streamlit run app.py` (tests/helpers.py `mulai_server`, as benchmarks/peramban.py does) on a free
   loopback port, against a copy of the demo province built with `pantau.demo.bangun_demo` (default) or against
   `--db` as it is (the server only reads). Traffic goes to 127.0.0.1 only.
2. The clients are light protocol-level clients in this process, not browsers: each is one asyncio websocket
   session on `/_stcore/stream`, speaking Streamlit's own protocol as the browser does (a `BackMsg` with
   `rerun_script`, then `ForwardMsg`s until `script_finished`). So the benchmark's own cost on the shared cores is
   small and what is measured is the server's part of a page: from sending the rerun to `script_finished`, the
   page script run and its elements sent (the browser's drawing is not in it; benchmarks/peramban.py measures that).
3. One untimed client first visits every page once (the server's query cache, as a server in use has it). Then per
   N: N clients connect, and start together; each visits the page sequence `--putaran` times (a page switch like a
   click on the sidebar menu: the page's script hash and the query string the server last gave, so pemda, tahun and
   triwulan are kept), each client starting at another page, with a random think time between pages. Bounded in
   count (N × pages × rounds) and in time (`--batas-menit` for the whole run, 60 s per page).
4. A page run counts as an error when it shows an exception element, ends with a compile error, is not the page
   asked for (page not found, other title), times out or loses its connection; errors are reported.
5. While clients run, the server process and its children are sampled from /proc every 0.5 s: CPU time
   (user + system) and RSS. Reported per N: p50/p95/max page time (overall and per page), pages per second, server
   CPU as % of one core (mean over the run, and the highest 2 s window), peak RSS, and this process's own CPU
   (the clients, which share the machine's cores).

`--tulis-docs` writes section "Banyak pengguna serentak" of docs/benchmark_skala.md (the rest of the file is kept).
The machine's load average is printed and written: on a shared machine the figures are indicative.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import math
import os
import platform
import random
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the server helpers the browser tests and benchmarks/peramban.py use

import websockets  # noqa: E402
from helpers import SEMUA_HALAMAN, Halaman, beban_mesin, server_benchmark  # noqa: E402
from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

DOCS = ROOT / "docs" / "benchmark_skala.md"
JUDUL_BAGIAN = "## Banyak pengguna serentak"
MULAI, AKHIR = "<!-- beban:mulai -->", "<!-- beban:selesai -->"
BATAS_HALAMAN_S = 60.0  # one page run may take at most this long; then it is an error and the client stops
TARGET_P95_S = 3.0  # issue 21: p95 page time ≤ 3 s at N = 10
N_TARGET = 10
# The pages a user of a pemda goes through; `--halaman` chooses others (Impor Data is a write page, left out).
BAWAAN = ["Ringkasan", "Capaian IKU", "Distribusi Jadwal", "Keterlacakan", "Tindak Lanjut", "Program Unggulan"]
SELESAI = ForwardMsg.ScriptFinishedStatus
CLK = os.sysconf("SC_CLK_TCK")
HALAMAN_KB = os.sysconf("SC_PAGE_SIZE") / 1024


# --------------------------------------------------------------------------- the server, from /proc


def _proses() -> dict[int, int]:
    """pid → parent pid of every process (to find the server's children)."""
    induk = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):  # ended meanwhile
                induk[int(d)] = int(Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()[1])
    return induk


def pohon(pid: int) -> list[int]:
    """The server and its descendants."""
    induk = _proses()
    hasil, baru = [pid], [pid]
    while baru:
        baru = [p for p, pp in induk.items() if pp in baru]
        hasil += baru
    return hasil


def cpu_rss(pids: list[int]) -> tuple[float, float]:
    """CPU seconds (user + system, with children already waited for) and RSS in MB of these processes."""
    cpu = rss = 0.0
    for pid in pids:
        try:
            kolom = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        cpu += sum(int(k) for k in kolom[11:15]) / CLK  # utime stime cutime cstime
        rss += int(kolom[21]) * HALAMAN_KB / 1024
    return cpu, rss


def vmhwm_mb(pid: int) -> float:
    """The kernel's peak RSS of the server process itself (VmHWM), since it started."""
    for baris in Path(f"/proc/{pid}/status").read_text().splitlines():
        if baris.startswith("VmHWM:"):
            return int(baris.split()[1]) / 1024
    return float("nan")


class Pencatat(threading.Thread):
    """Samples the server's CPU time and RSS every 0.5 s in a thread (the event loop may be busy)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.sampel: list[tuple[float, float, float]] = []  # (monotonic, cpu s, rss MB)
        self.henti = threading.Event()

    def run(self) -> None:
        pids = pohon(self.pid)
        i = 0
        while not self.henti.is_set():
            if i % 10 == 0:  # children may come and go; look for them every 5 s
                pids = pohon(self.pid)
            self.sampel.append((time.monotonic(), *cpu_rss(pids)))
            i += 1
            self.henti.wait(0.5)

    def stop(self) -> None:
        self.henti.set()
        self.join(timeout=5)
        self.sampel.append((time.monotonic(), *cpu_rss(pohon(self.pid))))


# --------------------------------------------------------------------------- one client


@dataclass
class Kunjungan:
    halaman: str
    detik: float
    kb: float
    galat: str = ""


@dataclass
class Klien:
    """One Streamlit session over one websocket, as a browser tab would hold it."""

    ws: websockets.ClientConnection
    query: str  # the query string the server last reported (page_info_changed): the browser's URL
    hash_halaman: dict[str, str] = field(default_factory=dict)  # url path ("" for app.py) → page script hash

    async def buka(self, h: Halaman) -> Kunjungan:
        """Run page `h` (by its script hash once known, else by its URL path, as opening the URL does) and wait for
        the end of the run; the time and the bytes received, and what went wrong if it did."""
        jalur = h.url_path.strip("/")
        msg = BackMsg()
        msg.rerun_script.query_string = self.query
        if jalur in self.hash_halaman:
            msg.rerun_script.page_script_hash = self.hash_halaman[jalur]
        else:
            msg.rerun_script.page_name = jalur
        t0 = time.monotonic()
        await self.ws.send(msg.SerializeToString())
        byte, galat, judul, hash_dijalankan = 0, [], "", ""
        batas = t0 + BATAS_HALAMAN_S
        while True:
            sisa = batas - time.monotonic()
            if sisa <= 0:
                raise TimeoutError(f"{h.label}: tidak selesai dalam {BATAS_HALAMAN_S:.0f} s")
            data = await asyncio.wait_for(self.ws.recv(), sisa)
            byte += len(data)
            fm = ForwardMsg()
            fm.ParseFromString(data)
            jenis = fm.WhichOneof("type")
            if jenis == "new_session":
                hash_dijalankan = fm.new_session.page_script_hash
            elif jenis == "navigation":
                for p in fm.navigation.app_pages:
                    self.hash_halaman["" if p.is_default else p.url_pathname] = p.page_script_hash
                hash_dijalankan = fm.navigation.page_script_hash or hash_dijalankan
            elif jenis == "page_info_changed":
                self.query = fm.page_info_changed.query_string
            elif jenis == "page_config_changed":
                judul = fm.page_config_changed.title
            elif jenis == "page_not_found":
                galat.append("halaman tidak ditemukan")
            elif (
                jenis == "delta"
                and fm.delta.WhichOneof("type") == "new_element"
                and fm.delta.new_element.WhichOneof("type") == "exception"
            ):
                e = fm.delta.new_element.exception
                galat.append(f"exception {e.type}: {e.message.splitlines()[0] if e.message else ''}")
            elif jenis == "script_finished":
                status = fm.script_finished
                if status == SELESAI.FINISHED_EARLY_FOR_RERUN:
                    continue  # the page asked for a rerun (st.rerun): the page is there after the next run
                if status == SELESAI.FINISHED_WITH_COMPILE_ERROR:
                    galat.append("skrip gagal dikompilasi")
                break
        detik = time.monotonic() - t0
        if h.judul not in judul:
            galat.append(f"judul {judul!r}, bukan {h.judul!r}")
        elif jalur in self.hash_halaman and hash_dijalankan != self.hash_halaman[jalur]:
            galat.append("halaman lain yang dijalankan")
        return Kunjungan(h.label, detik, byte / 1024, "; ".join(galat))


def alamat_ws(server_url: str) -> str:
    return server_url.replace("http://", "ws://", 1) + "/_stcore/stream"


async def sambung(server_url: str, query: str) -> Klien:
    # The subprotocols the frontend sends: "streamlit", then the XSRF token (only checked for a login cookie, which
    # these clients do not have), then no earlier session id: each client is a new session.
    ws = await websockets.connect(
        alamat_ws(server_url),
        subprotocols=["streamlit", "PLACEHOLDER_AUTH_TOKEN"],  # type: ignore[list-item]
        max_size=None,
        open_timeout=30,
        ping_interval=None,  # the server does not need it, and a busy loop must not drop the connection
    )
    return Klien(ws, query)


@dataclass(frozen=True)
class Rencana:
    """What every client does: the server, the starting query string, the page sequence, rounds, think time."""

    server_url: str
    query: str
    urutan: list[Halaman]
    putaran: int
    jeda: tuple[float, float]


async def jalankan_klien(i: int, rc: Rencana, mulai: asyncio.Event, hasil: list[Kunjungan]) -> None:
    """Client `i`: connect, wait for the start, then `putaran` rounds of the pages, from its own place in the
    sequence, with think time between pages. An error that leaves the session unknown ends this client."""
    acak = random.Random(i)
    geser = i % len(rc.urutan)
    daftar = (rc.urutan[geser:] + rc.urutan[:geser]) * rc.putaran
    try:
        klien = await sambung(rc.server_url, rc.query)
    except (OSError, TimeoutError, websockets.WebSocketException) as e:
        hasil.append(Kunjungan(daftar[0].label, float("nan"), 0, f"tidak tersambung: {e}"))
        return
    try:
        await mulai.wait()
        for n, h in enumerate(daftar):
            if n:
                await asyncio.sleep(acak.uniform(*rc.jeda))
            try:
                hasil.append(await klien.buka(h))
            except (TimeoutError, websockets.WebSocketException, OSError) as e:
                hasil.append(Kunjungan(h.label, float("nan"), 0, f"{type(e).__name__}: {e}"))
                return
    finally:
        await klien.ws.close()


# --------------------------------------------------------------------------- one N


def persentil(xs: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    xs = sorted(x for x in xs if not math.isnan(x))
    if not xs:
        return float("nan")
    return xs[max(0, math.ceil(p / 100 * len(xs)) - 1)]


@dataclass
class HasilN:
    n: int
    kunjungan: list[Kunjungan]
    dinding_s: float
    cpu_server_pct: float  # mean over the run, % of one core
    cpu_server_puncak_pct: float  # highest over a 2 s window
    rss_awal_mb: float
    rss_puncak_mb: float
    cpu_klien_pct: float  # this process (the clients), % of one core
    habis_waktu: bool

    @property
    def baik(self) -> list[float]:
        return [k.detik for k in self.kunjungan if not k.galat]

    @property
    def galat(self) -> list[Kunjungan]:
        return [k for k in self.kunjungan if k.galat]


def puncak_jendela(sampel: list[tuple[float, float, float]], detik: float = 2.0) -> float:
    """Highest CPU % of one core over any window of about `detik` seconds of the samples."""
    terbaik, j = 0.0, 0
    for i in range(len(sampel)):
        while j < i and sampel[i][0] - sampel[j + 1][0] >= detik:
            j += 1
        dt_ = sampel[i][0] - sampel[j][0]
        if dt_ >= detik * 0.9:
            terbaik = max(terbaik, (sampel[i][1] - sampel[j][1]) / dt_ * 100)
    return terbaik


async def ukur_n(n: int, rc: Rencana, server_pid: int, batas_s: float) -> HasilN:
    hasil: list[Kunjungan] = []
    mulai = asyncio.Event()
    tugas = [asyncio.create_task(jalankan_klien(i, rc, mulai, hasil)) for i in range(n)]
    await asyncio.sleep(0.5)  # let every client connect (a connect is not a page time)
    pencatat = Pencatat(server_pid)
    pencatat.start()
    t0, c0 = time.monotonic(), time.process_time()
    mulai.set()
    _, belum = await asyncio.wait(tugas, timeout=batas_s)
    for t in belum:
        t.cancel()
    await asyncio.gather(*belum, return_exceptions=True)
    dinding, klien_cpu = time.monotonic() - t0, time.process_time() - c0
    pencatat.stop()
    s = pencatat.sampel
    return HasilN(
        n=n,
        kunjungan=hasil,
        dinding_s=dinding,
        cpu_server_pct=(s[-1][1] - s[0][1]) / (s[-1][0] - s[0][0]) * 100,
        cpu_server_puncak_pct=puncak_jendela(s),
        rss_awal_mb=s[0][2],
        rss_puncak_mb=max(x[2] for x in s),
        cpu_klien_pct=klien_cpu / dinding * 100,
        habis_waktu=bool(belum),
    )


# --------------------------------------------------------------------------- report


def angka(x: float, d: int = 2) -> str:
    return "–" if math.isnan(x) else f"{x:.{d}f}".replace(".", ",")


def tabel_n(hasil: list[HasilN]) -> list[str]:
    baris = [
        "| N | halaman dibuka | galat | p50 s | p95 s | maks s | dinding s | halaman/s "
        "| CPU server % 1 inti (rata-rata / puncak 2 s) | CPU server per halaman ms | RSS server MB (awal → puncak) "
        "| CPU klien % |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in hasil:
        baik = r.baik
        baris.append(
            f"| {r.n} | {len(r.kunjungan)} | {len(r.galat)} | {angka(persentil(baik, 50))} | "
            f"{angka(persentil(baik, 95))} | {angka(max(baik, default=float('nan')))} | {r.dinding_s:.0f} | "
            f"{angka(len(baik) / r.dinding_s, 1)} | {r.cpu_server_pct:.0f} / {r.cpu_server_puncak_pct:.0f} | "
            f"{r.cpu_server_pct * 10 * r.dinding_s / max(len(r.kunjungan), 1):.0f} | "
            f"{r.rss_awal_mb:.0f} → {r.rss_puncak_mb:.0f} | {r.cpu_klien_pct:.0f} |"
        )
    return baris


def tabel_halaman(hasil: list[HasilN], urutan: list[Halaman]) -> list[str]:
    kepala = "| halaman | KB | " + " | ".join(f"N = {r.n}: p50 / p95 s" for r in hasil) + " |"
    baris = [kepala, "|---|---|" + "---|" * len(hasil)]
    for h in urutan:
        kb = [k.kb for r in hasil for k in r.kunjungan if k.halaman == h.label and not k.galat]
        sel = []
        for r in hasil:
            xs = [k.detik for k in r.kunjungan if k.halaman == h.label and not k.galat]
            sel.append(f"{angka(persentil(xs, 50))} / {angka(persentil(xs, 95))}")
        baris.append(f"| {h.label} | {persentil(kb, 50):.0f} | " + " | ".join(sel) + " |")
    return baris


def ringkas_galat(hasil: list[HasilN]) -> list[str]:
    out = []
    for r in hasil:
        hitung: dict[str, int] = {}
        for k in r.galat:
            kunci = f"{k.halaman}: {k.galat[:160]}"
            hitung[kunci] = hitung.get(kunci, 0) + 1
        out += [f"- N = {r.n}, galat {c}×: {k}" for k, c in sorted(hitung.items(), key=lambda kv: -kv[1])]
        if r.habis_waktu:
            out.append(f"- N = {r.n}: batas waktu keseluruhan tercapai, sebagian klien dihentikan")
    return out


def kesimpulan(hasil: list[HasilN]) -> list[str]:
    out = []
    for r in hasil:
        if r.n != N_TARGET:
            continue
        p95 = persentil(r.baik, 95)
        ok = p95 <= TARGET_P95_S and not r.galat and not r.habis_waktu
        out.append(
            f"- N = {N_TARGET}: p95 {angka(p95)} s; target ≤ {angka(TARGET_P95_S, 0)} s "
            + (f"**tercapai** (marjin {angka(TARGET_P95_S / p95, 1)}×)" if ok else "**belum tercapai**")
            + ("" if not r.galat else f", dengan {len(r.galat)} galat")
        )
    return out


PENGANTAR = """\
Banyak pengguna sekaligus (issue 21 butir 4), diukur oleh `benchmarks/beban.py` terhadap satu server
`streamlit run` sungguhan di 127.0.0.1. Kliennya bukan peramban melainkan klien ringan setingkat protokol: setiap
klien satu sesi Streamlit lewat websocket `/_stcore/stream` (asyncio, satu proses terpisah dari server), yang
meminta halaman seperti peramban saat tautan menu diklik (`rerun_script` dengan hash halaman dan query string
terakhir, jadi pemda, tahun dan triwulan tetap). *Waktu halaman*: dari permintaan sampai `script_finished`, yaitu
bagian server (menjalankan skrip halaman dan mengirim elemennya); waktu peramban menggambar tidak termasuk (lihat
"Waktu halaman di peramban"). N klien mulai bersamaan, masing-masing dari halaman berbeda dalam urutan, dengan jeda
berpikir acak di antara halaman; satu kunjungan pemanasan tanpa diukur lebih dulu mengisi cache kueri server.
Halaman yang menampilkan exception, gagal dikompilasi, bukan halaman yang diminta, melewati 60 s atau kehilangan
sambungan dihitung sebagai galat. *CPU server*: waktu CPU proses server dan anaknya (dari /proc, setiap 0,5 s) dibagi
waktu dinding, dalam % satu inti (mesin 2 inti: paling banyak 200 %); *RSS*: memori proses server dan anaknya;
*CPU klien*: proses benchmark sendiri, yang berbagi inti dengan server. Mesin dipakai bersama: angka bersifat
indikatif, beban mesin dicatat. Jeda berpikir bawaan 0,5–2 s adalah pengguna yang berpindah halaman secepat mungkin,
jadi N klien di sini lebih berat daripada N orang yang membaca halamannya (`--jeda 5,15` lebih mendekati itu).
Target issue 21: p95 ≤ 3 s pada N = 10. Mengulang (perintah jalan terakhir tercatat di bawah):

    .venv/bin/python benchmarks/beban.py --n 1,10,30 --tulis-docs         # provinsi demo
    .venv/bin/python benchmarks/beban.py --n 10 --putaran 1               # cepat
    .venv/bin/python benchmarks/beban.py --db data/nasional.duckdb --pemda KODE --n 10\
"""


def tulis_docs(isi: list[str]) -> None:
    """Replace (or add at the end) the section JUDUL_BAGIAN, keeping everything else in the file."""
    teks = DOCS.read_text(encoding="utf-8")
    blok = "\n".join([MULAI, JUDUL_BAGIAN, "", PENGANTAR, "", *isi, AKHIR])
    if MULAI in teks:
        teks = re.sub(re.escape(MULAI) + r".*?" + re.escape(AKHIR), lambda _m: blok, teks, flags=re.S)
    else:
        teks = teks.rstrip("\n") + "\n\n" + blok + "\n"
    DOCS.write_text(teks, encoding="utf-8")


# --------------------------------------------------------------------------- main


async def pemanasan(server_url: str, query: str, urutan: list[Halaman]) -> list[Kunjungan]:
    klien = await sambung(server_url, query)
    try:
        return [await klien.buka(h) for h in urutan]
    finally:
        await klien.ws.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", default="10,30", help="jumlah klien serentak, dipisah koma (bawaan 10,30)")
    ap.add_argument("--putaran", type=int, default=2, help="berapa kali setiap klien melewati urutan halaman")
    ap.add_argument("--db", type=Path, help="basis data (bawaan: provinsi demo dibangun ke folder sementara)")
    ap.add_argument("--pemda", help="?pemda= awal (bawaan: pilihan aplikasi)")
    ap.add_argument("--halaman", action="append", help=f"urutan halaman (boleh berulang; bawaan {BAWAAN})")
    ap.add_argument("--jeda", default="0.5,2", help="jeda berpikir acak antar halaman, detik min,maks")
    ap.add_argument("--batas-menit", type=float, default=15, help="batas waktu seluruh pengukuran")
    ap.add_argument("--tulis-docs", action="store_true", help="tulis hasil ke docs/benchmark_skala.md")
    args = ap.parse_args()

    per_label = {h.label: h for h in SEMUA_HALAMAN}
    label = args.halaman or BAWAAN
    if tidak := [x for x in label if x not in per_label]:
        sys.exit(f"tidak ada halaman {tidak}; pilihan: {list(per_label)}")
    urutan = [per_label[x] for x in label]
    daftar_n = [int(x) for x in args.n.split(",")]
    if not daftar_n or min(daftar_n) < 1 or max(daftar_n) > 200 or not 1 <= args.putaran <= 20:
        sys.exit("N harus 1..200 dan --putaran 1..20")
    jeda_min, jeda_maks = (float(x) for x in args.jeda.split(","))
    jeda = (jeda_min, jeda_maks)
    query = urlencode({"pemda": args.pemda}) if args.pemda else ""
    akhir_jam = time.monotonic() + args.batas_menit * 60
    beban_awal = beban_mesin()
    print(f"beban mesin (1/5/15 menit): {beban_awal}; {os.cpu_count()} inti", flush=True)

    with server_benchmark(args.db, "beban_") as (server, nama_db):
        pid = server.proc.pid
        print(f"server {server.url} pid {pid} (log {server.log})", flush=True)
        hasil: list[HasilN] = []
        try:
            for k in asyncio.run(asyncio.wait_for(pemanasan(server.url, query, urutan), 300)):
                print(f"  pemanasan {k.halaman}: {k.detik:.2f} s, {k.kb:.0f} KB {k.galat}", flush=True)
            for n in daftar_n:
                sisa = akhir_jam - time.monotonic()
                if sisa < 10:
                    print(f"  N = {n}: tidak diukur, batas waktu habis", flush=True)
                    break
                print(f"  N = {n}: {n} klien × {len(urutan)} halaman × {args.putaran} putaran…", flush=True)
                r = asyncio.run(ukur_n(n, Rencana(server.url, query, urutan, args.putaran, jeda), pid, sisa))
                hasil.append(r)
                print("\n".join(tabel_n([r])[2:]), flush=True)
            rss_hwm = vmhwm_mb(pid)
        finally:
            print(server.log_tail()[-1500:] if hasil and any(r.galat for r in hasil) else "", flush=True)

    beban_akhir = beban_mesin()
    kepala = (
        f"{dt.date.today().isoformat()}, {nama_db}"
        + (f", pemda {args.pemda}" if args.pemda else ", pemda bawaan")
        + f": urutan {', '.join(h.label for h in urutan)}; {args.putaran} putaran per klien, jeda berpikir "
        f"{angka(jeda[0], 1)}–{angka(jeda[1], 1)} s; beban mesin (1/5/15 menit) {beban_awal} di awal, {beban_akhir} di akhir; "
        f"{platform.machine()}, {os.cpu_count()} inti; puncak RSS proses server sejak mulai (VmHWM) {rss_hwm:.0f} MB; "
        f"perintah `benchmarks/beban.py {' '.join(sys.argv[1:])}`."
    )
    isi = [
        kepala,
        "",
        *tabel_n(hasil),
        "",
        "Per halaman (KB: median yang diterima websocket per kunjungan):",
        "",
        *tabel_halaman(hasil, urutan),
        "",
        *kesimpulan(hasil),
        *ringkas_galat(hasil),
    ]
    print("\n" + "\n".join(isi))
    if args.tulis_docs:
        tulis_docs(isi)
        print(f"\nditulis ke {DOCS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
