"""Build the map geometry under `data/peta/` from cahyadsn/wilayah_boundaries (MIT).

    python -m pantau.peta_bangun ../shared/geo/wilayah_boundaries [--keluar data/peta]

The source holds the boundaries of Indonesia's provinces (`db/prov/*.sql`) and kabupaten/kota (`db/kab/*.sql`)
as MySQL INSERT statements whose `path` column is a JSON polygon or multipolygon of [lat, lng] pairs. This
script reads those statements (no MySQL needed), swaps the pairs to GeoJSON's [lng, lat], simplifies each ring
(Douglas–Peucker), drops specks of islands, rounds the coordinates, and writes:

- `indonesia.geojson`: all 552 pemda (38 provinces and 514 kab/kota) at a coarse tolerance, for the
  national map (a few MB);
- `provinsi/<kode>.geojson`: one province and its kab/kota at a finer tolerance (tens to hundreds of kB);
- `LICENSE` (the source's) and `SUMBER.md` (source, commit, what was done to it).

Each feature's `id` is the Kemendagri code (`34`, `34.71`), the same as `pemda.kode_pemda`, with properties
`kode`, `nama`, `tingkat` (provinsi / kabupaten / kota). A province missing from the source's province files is
assembled from its kab/kota polygons (stated in SUMBER.md), so every code has a shape.

The generated files are committed: the app and CI never run this build.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

import numpy as np

# Coarse for the national file (≈ 2 km), finer for one province (≈ 500 m); degrees.
TOLERANSI_NASIONAL = 0.008
TOLERANSI_PROVINSI = 0.002
# Islands smaller than this share of their pemda's largest polygon are dropped (the largest always stays).
PORSI_PULAU_MIN = {"nasional": 0.004, "provinsi": 0.0005}
DESIMAL = {"nasional": 3, "provinsi": 4}

_BARIS = re.compile(
    r"^\s*\('([0-9.]+)','((?:[^'\\]|\\.|'')*)',\s*([-0-9.eE]+),\s*([-0-9.eE]+),\s*'(\[.*\])'\)[,;]?\s*$"
)


def baca_sql(berkas: Path) -> list[tuple[str, str, list]]:
    """(kode, nama, polygons) of every INSERT row of one source file; polygons as [[ring, …], …] in [lng, lat]."""
    hasil = []
    for baris in berkas.read_text(encoding="utf-8").splitlines():
        m = _BARIS.match(baris)
        if not m:
            continue
        kode, nama, _lat, _lng, path = m.groups()
        geom = json.loads(path)
        # Polygon = [[[lat, lng], …]] (rings), MultiPolygon = [[[[lat, lng], …]]]: tell them by depth.
        poligon = [geom] if isinstance(geom[0][0][0], (int, float)) else geom
        poligon = [[[[p[1], p[0]] for p in ring] for ring in pol] for pol in poligon]
        hasil.append((kode, nama.replace("''", "'").replace("\\'", "'"), poligon))
    return hasil


def _dp(titik: np.ndarray, toleransi: float) -> np.ndarray:
    """Douglas–Peucker on an open polyline (iterative, numpy): the points to keep as a boolean mask."""
    n = len(titik)
    simpan = np.zeros(n, dtype=bool)
    simpan[0] = simpan[-1] = True
    tumpukan = [(0, n - 1)]
    while tumpukan:
        a, b = tumpukan.pop()
        if b - a < 2:
            continue
        seg = titik[b] - titik[a]
        rel = titik[a + 1 : b] - titik[a]
        panjang = float(np.hypot(*seg))
        if panjang == 0:
            jarak = np.hypot(rel[:, 0], rel[:, 1])
        else:
            jarak = np.abs(seg[0] * rel[:, 1] - seg[1] * rel[:, 0]) / panjang
        i = int(np.argmax(jarak))
        if jarak[i] > toleransi:
            k = a + 1 + i
            simpan[k] = True
            tumpukan += [(a, k), (k, b)]
    return simpan


def sederhanakan_ring(ring: list, toleransi: float, desimal: int) -> list | None:
    """A simplified, rounded, closed ring, or None when fewer than three distinct points remain."""
    titik = np.asarray(ring, dtype=float)
    if len(titik) < 4:
        return None
    # A closed ring's first and last point coincide; split at the point farthest from the start so that
    # Douglas–Peucker (which keeps the ends) has two real anchors.
    jauh = int(np.argmax(np.hypot(*(titik - titik[0]).T)))
    kiri = titik[: jauh + 1]
    kanan = titik[jauh:]
    bagian = np.vstack([kiri[_dp(kiri, toleransi)], kanan[_dp(kanan, toleransi)][1:]])
    bagian = np.round(bagian, desimal)
    # drop consecutive duplicates created by rounding
    beda = np.ones(len(bagian), dtype=bool)
    beda[1:] = np.any(np.diff(bagian, axis=0) != 0, axis=1)
    bagian = bagian[beda]
    if len(bagian) < 4:
        return None
    if not np.array_equal(bagian[0], bagian[-1]):
        bagian = np.vstack([bagian, bagian[:1]])
    return bagian.tolist()


def _luas(ring: list) -> float:
    x, y = np.asarray(ring, dtype=float).T
    return abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))) / 2


def sederhanakan(poligon: list, toleransi: float, desimal: int, porsi_min: float) -> list:
    """Simplify a multipolygon; tiny islands go, the largest polygon always stays (with at least its outline)."""
    luas = [_luas(pol[0]) for pol in poligon]
    terbesar = max(luas)
    hasil = []
    for pol, lu in sorted(zip(poligon, luas, strict=True), key=lambda x: -x[1]):
        if hasil and lu < porsi_min * terbesar:
            continue
        luar = sederhanakan_ring(pol[0], toleransi, desimal)
        if luar is None:
            if hasil:
                continue
            # the largest polygon must keep a shape: fall back to its unsimplified, rounded outline
            luar = np.round(np.asarray(pol[0], dtype=float), desimal).tolist()
        lubang = [r for r in (sederhanakan_ring(x, toleransi, desimal) for x in pol[1:]) if r is not None]
        hasil.append([luar, *lubang])
    return hasil


def tingkat(kode: str, nama: str) -> str:
    if "." not in kode:
        return "provinsi"
    return "kota" if nama.lower().startswith("kota") else "kabupaten"


def _fitur(kode: str, nama: str, poligon: list) -> dict:
    geom = (
        {"type": "Polygon", "coordinates": poligon[0]}
        if len(poligon) == 1
        else {"type": "MultiPolygon", "coordinates": poligon}
    )
    return {
        "type": "Feature",
        "id": kode,
        "properties": {"kode": kode, "nama": nama, "tingkat": tingkat(kode, nama)},
        "geometry": geom,
    }


def _tulis(path: Path, fitur: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    teks = json.dumps({"type": "FeatureCollection", "features": fitur}, ensure_ascii=False, separators=(",", ":"))
    path.write_text(teks + "\n", encoding="utf-8")


def bangun(sumber: Path, keluar: Path) -> dict[str, int]:
    """Read the source folder, write the GeoJSON files; returns the number of features per file."""
    prov = {k: (n, p) for f in sorted((sumber / "db" / "prov").glob("*.sql")) for k, n, p in baca_sql(f)}
    kab = {k: (n, p) for f in sorted((sumber / "db" / "kab").glob("*.sql")) for k, n, p in baca_sql(f)}
    rakitan: list[str] = []
    for kode_prov in sorted({k.split(".")[0] for k in kab} - set(prov)):
        anak = [p for k, (_n, p) in sorted(kab.items()) if k.startswith(kode_prov + ".")]
        nama = _nama_provinsi_dari_berkas(sumber, kode_prov)
        prov[kode_prov] = (nama, [pol for p in anak for pol in p])
        rakitan.append(f"{kode_prov} {nama}")
    semua = {**prov, **kab}
    jumlah: dict[str, int] = {}

    def fitur(kode: str, skala: str, toleransi: float) -> dict:
        nama, pol = semua[kode]
        return _fitur(kode, nama, sederhanakan(pol, toleransi, DESIMAL[skala], PORSI_PULAU_MIN[skala]))

    nasional = [fitur(k, "nasional", TOLERANSI_NASIONAL) for k in sorted(semua)]
    _tulis(keluar / "indonesia.geojson", nasional)
    jumlah["indonesia.geojson"] = len(nasional)
    for kode_prov in sorted(prov):
        kode_anggota = [kode_prov, *sorted(k for k in kab if k.startswith(kode_prov + "."))]
        fitur_prov = [fitur(k, "provinsi", TOLERANSI_PROVINSI) for k in kode_anggota]
        _tulis(keluar / "provinsi" / f"{kode_prov}.geojson", fitur_prov)
        jumlah[f"provinsi/{kode_prov}.geojson"] = len(fitur_prov)
    shutil.copyfile(sumber / "LICENSE", keluar / "LICENSE")
    asal = (sumber / "SOURCE.txt").read_text(encoding="utf-8").strip() if (sumber / "SOURCE.txt").is_file() else ""
    (keluar / "SUMBER.md").write_text(
        "# Sumber geometri peta\n\n"
        "Batas wilayah 38 provinsi dan 514 kabupaten/kota dari **cahyadsn/wilayah_boundaries**\n"
        "(https://github.com/cahyadsn/wilayah_boundaries), lisensi MIT (lihat `LICENSE` di folder ini), kode\n"
        "wilayah Kemendagri (Kepmendagri 300.2.2-2430 Tahun 2025).\n\n"
        f"Catatan salinan: {asal}\n\n"
        "Dibangun oleh `python -m pantau.peta_bangun <folder sumber>` (`pantau/peta_bangun.py`):\n\n"
        "- pasangan [lat, lng] ditukar menjadi [lng, lat] (GeoJSON);\n"
        f"- setiap cincin disederhanakan (Douglas–Peucker): toleransi {TOLERANSI_NASIONAL}° untuk\n"
        f"  `indonesia.geojson`, {TOLERANSI_PROVINSI}° untuk `provinsi/<kode>.geojson`; koordinat dibulatkan\n"
        f"  {DESIMAL['nasional']} / {DESIMAL['provinsi']} desimal;\n"
        "- pulau yang sangat kecil dibanding poligon terbesar pemda itu dibuang (poligon terbesar selalu tetap);\n"
        "- `id` setiap fitur = kode Kemendagri (sama dengan `pemda.kode_pemda`), properti `kode`, `nama`,\n"
        "  `tingkat`.\n"
        + (
            "- provinsi yang tidak ada di berkas provinsi sumber dirakit dari poligon kabupaten/kotanya (batas\n"
            f"  antar-kabupaten tetap tampak): {', '.join(rakitan)}.\n"
            if rakitan
            else ""
        ),
        encoding="utf-8",
    )
    return jumlah


def _nama_provinsi_dari_berkas(sumber: Path, kode_prov: str) -> str:
    """The province's name from the header comment of its kab/kota file ("desc : Data … kab 96 Papua Barat Daya")."""
    berkas = sumber / "db" / "kab" / f"wilayah_boundaries_kab_{kode_prov}.sql"
    m = re.search(rf"kab {kode_prov} (.+)", berkas.read_text(encoding="utf-8")[:2000]) if berkas.is_file() else None
    return m.group(1).strip() if m else f"Provinsi {kode_prov}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pantau.peta_bangun", description=__doc__.splitlines()[0])
    parser.add_argument("sumber", type=Path, help="folder wilayah_boundaries (berisi db/prov, db/kab, LICENSE)")
    parser.add_argument("--keluar", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "peta")
    args = parser.parse_args(argv)
    if not (args.sumber / "db" / "kab").is_dir():
        print(f"Folder sumber tidak berisi db/kab: {args.sumber}")
        return 1
    jumlah = bangun(args.sumber, args.keluar)
    ukuran = sum(p.stat().st_size for p in args.keluar.rglob("*.geojson"))
    print(
        f"Geometri ditulis ke {args.keluar}: {jumlah['indonesia.geojson']} pemda nasional, "
        f"{len(jumlah) - 1} berkas provinsi, {ukuran / 1e6:.1f} MB seluruhnya."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
