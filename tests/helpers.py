"""Helpers shared by the page tests (AppTest) and the browser tests (Chromium + a real server).

Everything a test compares the pages against is computed here *independently* of the app: plain
SQL on the base tables, never the `queries/*.sql` files the pages run, so a wrong query shows up as
a wrong number instead of being checked against itself.
"""

from __future__ import annotations

import ast
import base64
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import numpy as np

from pantau.contract import TABEL
from pantau.db import VIEW_TERSIMPAN
from pantau.frame import HALAMAN

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page
    from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent

# The tables of the import contract (CONTRACT.md) as `pantau.contract` declares them: the Data page
# runs its own query over these tables, which must not forget one when the contract grows.
TABEL_KONTRAK = tuple(TABEL)

# --------------------------------------------------------------------------- the pages (HALAMAN)


@dataclass(frozen=True)
class Halaman:
    """One menu entry of `pantau.frame.HALAMAN`, with what its script tells us about the page."""

    script: str
    label: str
    judul: str  # first argument of the page's `frame(...)` call: the h1 and the browser title
    ikon: str  # `ikon=` of that call (the emoji before the title)
    pakai_triwulan: bool  # whether the page shows the Triwulan filter
    ada_grafik: bool  # whether the script draws a Plotly chart

    @property
    def judul_h1(self) -> str:
        return f"{self.ikon} {self.judul}"

    @property
    def filter(self) -> list[str]:
        """Sidebar filter labels the page must show (when the database has data)."""
        return ["Pemerintah daerah", "Tahun"] + (["Triwulan"] if self.pakai_triwulan else [])

    @property
    def url_path(self) -> str:
        """The page's URL path as Streamlit derives it from `pages/` file names ("/" for the entrypoint)."""
        if self.script == "app.py":
            return "/"
        # Streamlit's own rule (number prefix and separators stripped), so a new page like
        # `pages/2_Jadwal_Kegiatan.py` gets the same path the server serves.
        from streamlit.source_util import page_icon_and_name

        return "/" + page_icon_and_name(Path(self.script))[1]


def _frame_call(tree: ast.AST) -> ast.Call:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "frame":
            return node
    raise AssertionError("halaman tidak memanggil pantau.frame.frame(...)")


def baca_halaman(script: str, label: str) -> Halaman:
    """Read a page script: the arguments of its `frame(...)` call are the page's own declaration of
    its title, icon and filters, so new pages need no test changes."""
    sumber = (ROOT / script).read_text(encoding="utf-8")
    call = _frame_call(ast.parse(sumber))
    try:
        kw = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg}
        judul = ast.literal_eval(call.args[0])
    except (ValueError, IndexError) as e:
        raise AssertionError(f"{script}: frame(...) harus dipanggil dengan judul dan argumen literal") from e
    return Halaman(
        script=script,
        label=label,
        judul=judul,
        ikon=kw.get("ikon", "📊"),  # the default of frame(ikon=…)
        pakai_triwulan=kw.get("pakai_triwulan", True),
        ada_grafik="plotly_chart" in sumber or "grafik.tampilkan(" in sumber,
    )


SEMUA_HALAMAN = [baca_halaman(script, label) for script, label, _icon in HALAMAN]


# --------------------------------------------------------------------------- independent numbers


@dataclass(frozen=True)
class Pemda:
    kode: str
    nama: str


def buka(db: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(db), read_only=True)


# Issue 19: the governor's figures count a value of the reporting workflow (its status_lapor is draf, diajukan or
# dikembalikan) only once verified; values without a reporting state count as
# imported. The realisasi the independent computations below start from, written here from the base tables.
REALISASI_PIMPINAN = """(
    select r.* from realisasi as r
    where not exists (
        select 1
        from status_lapor as s
        where s.kode_pemda = r.kode_pemda and s.kode_indikator = r.kode_indikator and s.tahun = r.tahun
            and s.periode = r.periode and s.status in ('draf', 'diajukan', 'dikembalikan')
    )
)"""


def daftar_pemda(db: Path) -> list[Pemda]:
    """Provinces first, then the rest by code: the order the filter offers."""
    with buka(db) as con:
        rows = con.execute(
            "select kode_pemda, nama_pemda from pemda order by tingkat <> 'provinsi', kode_pemda"
        ).fetchall()
    return [Pemda(k, n) for k, n in rows]


def daftar_tahun(db: Path) -> list[int]:
    """Years that have a target, a realisation or an activity, ascending."""
    with buka(db) as con:
        rows = con.execute(
            "select distinct tahun from (select tahun from target union all select tahun from realisasi"
            " union all select tahun from kegiatan) order by tahun"
        ).fetchall()
    return [int(t) for (t,) in rows]


def triwulan_terakhir(db: Path, kode_pemda: str, tahun: int) -> int | None:
    """The latest quarter of `tahun` with any quarterly realisation of the pemda's indicators."""
    with buka(db) as con:
        (tw,) = con.execute(
            f"""
            select max(cast(right(r.periode, 1) as integer))
            from {REALISASI_PIMPINAN} as r
            join indikator as i on i.kode_pemda = r.kode_pemda and i.kode_indikator = r.kode_indikator
            where r.kode_pemda = ? and r.tahun = ? and r.periode in ('TW1', 'TW2', 'TW3', 'TW4')
            """,
            [kode_pemda, tahun],
        ).fetchone()
    return None if tw is None else int(tw)


def iku_lapor(db: Path, kode_pemda: str, tahun: int, triwulan: int) -> tuple[int, int]:
    """(IKU that must report and did, IKU that must report) of a pemda at that quarter, from the base tables.

    Must report (CONTRACT.md v2): an IKU with a target row that year, every quarter when its frekuensi is triwulanan
    (the default, also when empty), only at TW4 when tahunan.
    """
    with buka(db) as con:
        jumlah_lapor, jumlah_iku = con.execute(
            f"""
            select
                count(distinct i.kode_indikator) filter (where r.kode_indikator is not null),
                count(distinct i.kode_indikator)
            from indikator as i
            left join {REALISASI_PIMPINAN} as r
                on r.kode_pemda = i.kode_pemda and r.kode_indikator = i.kode_indikator and r.tahun = ? and r.periode = ?
            where i.kode_pemda = ? and i.jenis in ('IKU_PEMDA', 'IKU_PD')
                and exists (
                    select 1 from target as t
                    where t.kode_pemda = i.kode_pemda and t.kode_indikator = i.kode_indikator and t.tahun = ?
                )
                and (coalesce(lower(i.frekuensi), 'triwulanan') <> 'tahunan' or ? = 4)
            """,
            [tahun, f"TW{triwulan}", kode_pemda, tahun, triwulan],
        ).fetchone()
    return int(jumlah_lapor), int(jumlah_iku)


def _rumus(rumus: str, t: float, r: float) -> float | None:
    """CONTRACT.md "Semantics": zero target → 100 when the realisation is also 0, else none; T/R with R = 0 → none."""
    if rumus == "T/R":
        return None if r == 0 else t / r * 100
    if t == 0:
        return 100.0 if r == 0 else None
    return r / t * 100 if rumus == "R/T" else (2 * t - r) / t * 100


def capaian_acuan(
    db: Path, kode_pemda: str, tahun: int, triwulan: int, *, cakupan: str = "lapor"
) -> dict[str, float | None]:
    """Year-to-date capaian_persen at TW `triwulan` of the IKU of a pemda, computed here in Python from the base
    tables by the rules of CONTRACT.md ("Semantics" and v2), never from a view or a query of the product.

    Keys, by `cakupan`: "lapor" every IKU that reported at TW n (the rows of `capaian_indikator`); "wajib" every IKU
    that must report at TW n (CONTRACT.md v2: triwulanan with a target row that year; tahunan only at TW4), the set
    every average runs over (`rata_rata_acuan`); "tahun" every IKU with a target that year or a report up to TW n,
    reported at TW n or not (the rows of `capaian_triwulan`).

    Year to date from what was reported up to TW n, reported at TW n or not: kumulatif sums TW1..n (realisations
    that exist; targets of every quarter), nilai_akhir takes the last reported level (against the target of TW n),
    rata_rata averages the quarters that have a realisation (their targets alike); without quarterly targets the
    TAHUNAN target (kumulatif: n/4 of it). Range targets: inside = 100, else the rumus against the bound passed.
    Default rumus R/T (positif) or (2T-R)/T (negatif). None: nothing reported up to TW n, or not computable
    (no target, zero target with a realisation, T/R with R = 0).
    """
    # Contract v2: indicator codes are shared by several pemda, so the indicator, its targets and its
    # realisations are all taken from the pemda's own rows (kode_pemda, kode_indikator).
    n = triwulan
    with buka(db) as con:
        ind = con.execute(
            """
            select i.kode_indikator, i.agregasi, coalesce(i.rumus, case i.polaritas when 'negatif'
                then '(2T-R)/T' else 'R/T' end), coalesce(lower(i.frekuensi), 'triwulanan')
            from indikator as i join perangkat_daerah as pd using (kode_pemda, kode_pd)
            where i.kode_pemda = ? and i.jenis in ('IKU_PEMDA', 'IKU_PD')
            """,
            [kode_pemda],
        ).fetchall()
        tgt: dict[str, dict[str, tuple]] = {}
        for k, periode, t, tmin, tmax in con.execute(
            "select kode_indikator, periode, target, target_min, target_max from target "
            "where kode_pemda = ? and tahun = ?",
            [kode_pemda, tahun],
        ).fetchall():
            tgt.setdefault(k, {})[periode] = (t, tmin, tmax)
        real: dict[str, dict[int, float]] = {}
        for k, periode, r in con.execute(
            f"select kode_indikator, periode, realisasi from {REALISASI_PIMPINAN} where kode_pemda = ? and tahun = ?"
            " and periode in ('TW1', 'TW2', 'TW3', 'TW4')",
            [kode_pemda, tahun],
        ).fetchall():
            real.setdefault(k, {})[int(periode[-1])] = r
    hasil: dict[str, float | None] = {}
    for kode, agregasi, rumus, frekuensi in ind:
        r_tw = {i: v for i, v in real.get(kode, {}).items() if i <= n}
        t_all = tgt.get(kode, {})
        ikut = {
            "lapor": n in r_tw,
            "wajib": bool(t_all) and (frekuensi != "tahunan" or n == 4),
            "tahun": bool(t_all) or bool(r_tw),
        }[cakupan]
        if not ikut:
            continue
        hasil[kode] = None
        if not r_tw:  # nothing reported up to TW n: no capaian (an average counts it 0)
            continue
        per_tw = {int(p[-1]): v for p, v in t_all.items() if p.startswith("TW")}
        tahunan = t_all.get("TAHUNAN")
        dilapor = sorted(r_tw)
        if agregasi == "kumulatif":
            r = sum(r_tw.values())
            if per_tw:
                batas = (sum(per_tw[i][0] for i in range(1, n + 1)), None, None)
            else:
                batas = (None if tahunan is None else tahunan[0] * n / 4, None, None)
        elif agregasi == "nilai_akhir":
            r = r_tw[dilapor[-1]]
            batas = per_tw[n] if per_tw else tahunan
        else:
            r = sum(r_tw.values()) / len(dilapor)
            if per_tw:
                batas = tuple(
                    None if per_tw[dilapor[0]][j] is None else sum(per_tw[i][j] for i in dilapor) / len(dilapor)
                    for j in range(3)
                )
            else:
                batas = tahunan
        if batas is None or (batas[0] is None and batas[1] is None):
            continue
        t, tmin, tmax = batas
        if t is None:  # range target
            if tmin <= r <= tmax:
                hasil[kode] = 100.0
                continue
            t = tmax if r > tmax else tmin
        hasil[kode] = _rumus(rumus, t, r)
    return hasil


def rata_rata_acuan(capaian: Mapping[Any, float | None], batas: float = 120.0) -> float:
    """CONTRACT.md v2's average over the IKU that must report (pass `capaian_acuan(..., cakupan="wajib")`): each
    capaian clipped to 0..batas, an IKU without a capaian (nothing reported, or not computable) counts 0."""
    return sum(0.0 if c is None else min(max(c, 0.0), batas) for c in capaian.values()) / len(capaian)


def predikat_acuan(db: Path, capaian: float) -> tuple[str, str]:
    """(predikat, warna) of a capaian by the configured bounds (skala_predikat: capaian > batas_bawah, the lowest
    class has no bound), rounded to 9 decimals as the README says 89,99999999999999 counts as 90."""
    with buka(db) as con:
        skala = con.execute(
            "select predikat, batas_bawah, warna from skala_predikat order by batas_bawah desc nulls last"
        ).fetchall()
    for predikat, bawah, warna in skala:
        if bawah is None or round(capaian, 9) > bawah:
            return predikat, warna
    raise AssertionError("skala_predikat has no lowest class")


def jumlah_baris_per_tabel(db: Path) -> dict[str, int]:
    """Rows of every contract table."""
    with buka(db) as con:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABEL_KONTRAK}


def warna_predikat(db: Path) -> dict[str, str]:
    """The configured predikat palette (skala_predikat.warna)."""
    with buka(db) as con:
        return dict(con.execute("select predikat, warna from skala_predikat").fetchall())


def angka_id(n: int) -> str:
    """An integer the Indonesian way (1.234), written out here rather than via pantau.format."""
    return f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------- Plotly figure JSON


def larik(nilai: Any) -> list[Any]:
    """An array of a Plotly figure JSON: Plotly >= 6 writes numeric arrays as {"dtype", "bdata"}
    (base64 of the raw little-endian buffer); older figures and text arrays are plain lists."""
    if isinstance(nilai, dict) and "bdata" in nilai:
        data = np.frombuffer(base64.b64decode(nilai["bdata"]), dtype=np.dtype(nilai["dtype"]))
        if "shape" in nilai:
            data = data.reshape([int(s) for s in str(nilai["shape"]).split(",")])
        return data.tolist()
    return list(nilai)


# --------------------------------------------------------------------------- a real Streamlit server


def port_bebas() -> int:
    """A free TCP port on the loopback (the OS picks; closed right away for the server to take)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    proc: subprocess.Popen[bytes]
    log: Path
    db: Path | None = None  # the database file it serves

    def log_tail(self, n: int = 4000) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-n:]
        except FileNotFoundError:
            return ""


def mulai_server(
    db: Path,
    log: Path,
    batas_detik: float = 60,
    *,
    port: int | None = None,
    secrets: Path | None = None,
    env_tambahan: dict[str, str] | None = None,
) -> Server:
    """Start `streamlit run app.py` on a free port (or `port`) against `db`, and wait until it is healthy.

    With `secrets`, Streamlit reads only that secrets file (`--secrets.files`), never the developer's
    `.streamlit/secrets.toml` or `~/.streamlit/secrets.toml`: a test configures login without touching them."""
    port = port or port_bebas()
    env = {**os.environ, "PANTAU_DB": str(db), **(env_tambahan or {})}
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        *(["--secrets.files", str(secrets)] if secrets else []),
    ]
    # Output to a file, not a pipe: nobody reads a pipe while the tests run, and a full pipe would
    # block the server. Own session (process group) so the teardown can stop all its children.
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(f"http://127.0.0.1:{port}", proc, log, db)
    batas = time.monotonic() + batas_detik
    while time.monotonic() < batas:
        if proc.poll() is not None:
            raise AssertionError(f"Server Streamlit berhenti (kode {proc.returncode}):\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as resp:
                if resp.read().strip() == b"ok":
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)  # polling a health endpoint, not waiting for the page
    hentikan_server(server)
    raise AssertionError(f"Server Streamlit tidak sehat dalam {batas_detik} detik:\n{server.log_tail()}")


def hentikan_server(server: Server) -> None:
    """Stop the server and everything it started (its whole process group)."""
    if server.proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.proc.pid, signal.SIGTERM)
    try:
        server.proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.proc.pid, signal.SIGKILL)
        server.proc.wait(timeout=10)


# --------------------------------------------------------------------------- a real Chromium (shared by browser tests)

CHROMIUM = Path(os.environ.get("PANTAU_CHROMIUM", "/usr/bin/chromium"))  # same variable as .ci/install-chromium
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Tall enough for a whole page: Streamlit scrolls inside its own container, so a full_page
# screenshot would still only show the window.
VIEWPORT = {"width": 1400, "height": 2200}
# Generous: the first chart of a fresh server waits for the Plotly bundle (~5 s, more on a busy CI).
TUNGGU_MS = 60_000


@contextlib.contextmanager
def server_benchmark(db: Path | None, awalan: str) -> Iterator[tuple[Server, str]]:
    """A `streamlit run` for a benchmark (benchmarks/peramban.py, beban.py) and the database's name in its report:
    on `db` as it is, or on the demo province built in a temporary folder; stopped, and the folder removed, at the
    end."""
    with tempfile.TemporaryDirectory(prefix=awalan) as tmp:
        folder = Path(tmp)
        if db is not None:
            path, nama = db.resolve(), db.name
        else:
            from pantau.demo import bangun_demo

            print("membangun provinsi demo…", flush=True)
            path, nama = folder / "pantau.duckdb", "provinsi demo"
            if not bangun_demo(path).ok:
                sys.exit("provinsi demo gagal dibangun")
        server = mulai_server(path, folder / "streamlit.log", batas_detik=120)
        try:
            yield server, nama
        finally:
            hentikan_server(server)


def beban_mesin() -> str:
    """The machine's load average (1 / 5 / 15 minutes), as the benchmarks record it beside their figures."""
    return " / ".join(f"{x:.1f}".replace(".", ",") for x in os.getloadavg())


def buka_bagian(at: AppTest, judul: str) -> AppTest:
    """Open one section (lazy tab, `pantau.frame.bagian`) of the page `at` shows, as a click on it does (its state
    and the URL): only the open one runs (issue 21). Fails on an exception or an error shown."""
    at.session_state["bagian"] = judul
    at.query_params["bagian"] = judul
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def tunggu_selesai(page: Page) -> None:
    """Wait until the script run is over. `data-test-script-state` on stApp is what Streamlit's own
    end-to-end tests wait on: "initial" before the first run, then "running" / "notRunning"."""
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(timeout=TUNGGU_MS)


def klik_lalu_tunggu(page: Page, sasaran: Locator) -> None:
    """Click `sasaran` and wait until the script run that the click starts is over. `tunggu_selesai` right after a
    click can return before that run has begun (the state is still "notRunning" from the run before); a
    MutationObserver counts every change of the script state from just before the click."""
    page.evaluate(
        """() => {
            const app = document.querySelector('[data-testid="stApp"]');
            if (window.__pantauAmati) window.__pantauAmati.disconnect();
            window.__pantauJalan = 0;
            window.__pantauAmati = new MutationObserver((catatan) => { window.__pantauJalan += catatan.length; });
            window.__pantauAmati.observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
        }"""
    )
    sasaran.click()
    page.wait_for_function("() => window.__pantauJalan > 0", timeout=TUNGGU_MS)
    tunggu_selesai(page)


def masuk_oidc(page: Page, email: str, kembali_ke: str, nama: str) -> None:
    """On a page showing the Masuk button: press it, authorise `email` on the local OIDC provider's form, wait until
    back at `kembali_ke` (the app's address) with the script run over, and `nama` in the sidebar."""
    from playwright.sync_api import expect

    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(re.compile(r"/oauth2/authorize"))
    page.locator('input[name="sub"]').fill(email)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(re.compile(re.escape(kembali_ke)))
    tunggu_selesai(page)
    expect(page.get_by_test_id("stSidebar").get_by_text(nama)).to_be_visible(timeout=TUNGGU_MS)


def baca_salinan(db: Path, sql: str) -> list[tuple]:
    """Rows of `sql` on a copy of `db`: a server (or this process's shared reader) may be swapping in a new version
    of the file, and a second connection to the same path in one process would share the reader's instance."""
    salinan = db.with_name("baca.duckdb")
    shutil.copyfile(db, salinan)
    con = duckdb.connect(str(salinan), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
        salinan.unlink()


@contextlib.contextmanager
def penyedia_oidc(akun: Mapping[str, Mapping[str, object]]) -> Iterator[str]:
    """A real OpenID provider on localhost (oidc-provider-mock, in a thread of this process) with the accounts and
    their custom claims (`PUT /users/{sub}`); yields its URL."""
    from oidc_provider_mock import run_server_in_thread

    lama = os.environ.get("AUTHLIB_INSECURE_TRANSPORT")
    os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"  # plain http on the loopback, in the provider (this process)
    try:
        with run_server_in_thread() as srv:
            url = f"http://localhost:{srv.server_port}"
            for sub, klaim in akun.items():
                req = urllib.request.Request(
                    f"{url}/users/{sub}",
                    data=json.dumps({"email": sub, **klaim}).encode(),
                    method="PUT",
                    headers={"Content-Type": "application/json"},
                )
                with urllib.request.urlopen(req, timeout=10) as resp:
                    assert resp.status in (200, 204)
            yield url
    finally:
        if lama is None:
            os.environ.pop("AUTHLIB_INSECURE_TRANSPORT", None)
        else:
            os.environ["AUTHLIB_INSECURE_TRANSPORT"] = lama


def selisih_tersimpan(db: Path) -> dict[str, int]:
    """Rows that differ between each stored view and its computing definition.

    Numbers are rounded to 9 places: parallel sums may add in another order (a difference of 1e-14)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        hasil = {}
        for v in VIEW_TERSIMPAN:  # each stored view against its definition computed afresh
            kolom = con.execute(f"select column_name, column_type from (describe {v}_hitung)").fetchall()
            pilih = ", ".join(
                f"round({k}, 9)"
                if t == "DOUBLE"
                else f"list_transform({k}, lambda x: round(x, 9))"
                if t == "DOUBLE[]"
                else k
                for k, t in kolom
            )
            hasil[v] = con.execute(
                f"select count(*) from ((select {pilih} from {v}_tersimpan except all select {pilih} from {v}_hitung) "
                f"union all (select {pilih} from {v}_hitung except all select {pilih} from {v}_tersimpan))"
            ).fetchall()[0][0]
        return hasil
    finally:
        con.close()
