"""Command line: `python -m pantau jalankan|replika|impor|demo|batal|segarkan|migrasi|riwayat|laporan|e81|atur|
jejak|pengingat`.
Messages in Bahasa Indonesia."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

from pantau.config import db_path
from pantau.temuan import Temuan


def _cetak_temuan(temuan: list[Temuan]) -> None:
    for t in sorted(temuan, key=lambda t: (t.tingkat != "galat", t.berkas, t.lembar, t.baris or 0)):
        print(t)


def perintah_impor(args: argparse.Namespace) -> int:
    from pantau.importer import impor_path

    if args.massal:
        from pantau.importer.massal import impor_massal

        if len(args.path) != 1 or not args.path[0].is_dir():
            print("--massal menerima satu folder berisi berkas CSV format bersih.")
            return 1
        hasil = impor_massal(args.path[0], args.db, pengguna=args.pengguna, pemda=args.pemda)
    else:
        pemetaan = None
        if args.pemetaan:
            from pantau.importer.pemetaan import ambil_pemetaan

            try:
                pemetaan = ambil_pemetaan(args.db, args.pemetaan, args.pemda)
            except LookupError as exc:
                print(exc)
                return 1
        hasil = impor_path(args.path, args.db, pengguna=args.pengguna, pemda=args.pemda, pemetaan=pemetaan)
    for tl in hasil.tata_letak:
        if tl["tata_letak"] != "tabel kontrak":
            tempat = f"{tl['berkas']}" + (f", lembar {tl['lembar']}" if tl["lembar"] else "")
            print(f"{tempat}: dikenali sebagai {tl['tata_letak']} → tabel {tl['tabel']}")
            for sumber, tujuan in tl["peta"]:  # type: ignore[attr-defined]
                print(f"    {sumber} → {tujuan}")
    _cetak_temuan(hasil.temuan)
    if not hasil.ok:
        print(f"\nImpor DITOLAK: {hasil.jumlah_galat} galat. Tidak ada data yang ditulis; perbaiki lalu ulangi.")
        return 1
    dibaca = ", ".join(f"{t} {n}" for t, n in hasil.baris_dibaca.items())
    if hasil.batch_id is None:
        print(f"Tidak ada perubahan: semua baris sudah sama dengan basis data ({dibaca}).")
        return 0
    baru = ", ".join(f"{t} {n}" for t, n in hasil.baru.items()) or "-"
    ganti = ", ".join(f"{t} {n}" for t, n in hasil.diganti.items()) or "-"
    print(f"Impor berhasil: batch {hasil.batch_id} ke {args.db}\n  baris baru: {baru}\n  baris diganti: {ganti}")
    return 0


def perintah_demo(args: argparse.Namespace) -> int:
    from pantau.demo import bangun_demo

    if args.jika_belum_ada and Path(args.db).exists():
        print(f"Basis data sudah ada: {args.db}")
        return 0
    hasil = bangun_demo(args.db)
    if not hasil.ok:
        _cetak_temuan(hasil.temuan)
        return 1
    print(f"Basis data demo dibangun: {args.db} ({sum(hasil.baru.values())} baris)")
    return 0


def perintah_batal(args: argparse.Namespace) -> int:
    from pantau.importer import batalkan

    ok, pesan = batalkan(args.batch, args.db, pengguna=args.pengguna)
    print(pesan)
    return 0 if ok else 1


def perintah_atur(args: argparse.Namespace) -> int:
    from pantau.pengaturan import ubah_pengaturan

    if not Path(args.db).is_file():
        print(f"Basis data tidak ada: {args.db}")
        return 1
    ok, pesan = ubah_pengaturan(args.db, args.kunci, args.nilai, pengguna=args.pengguna)
    print(pesan)
    return 0 if ok else 1


def perintah_jejak(args: argparse.Namespace) -> int:
    con = duckdb.connect(str(args.db), read_only=True)
    try:
        frame = con.execute(
            "select audit_id, waktu, pengguna, peran, aksi, array_to_string(kode_pemda, ', ') as pemda, batch_id, "
            "rincian from jejak_audit order by audit_id desc limit ?",
            [args.jumlah],
        ).df()
    finally:
        con.close()
    print(frame.to_string(index=False) if len(frame) else "Jejak audit kosong.")
    return 0


def perintah_segarkan(args: argparse.Namespace) -> int:
    from pantau.importer.tulis import perbarui_skema

    perbarui_skema(args.db)
    print(f"Struktur dan tabel tersimpan diperbarui: {args.db}")
    return 0


def perintah_migrasi(args: argparse.Namespace) -> int:
    from pantau.migrasi import migrasi_berkas

    if not Path(args.db).exists():
        print(f"Basis data tidak ada: {args.db}")
        return 1
    diterapkan = migrasi_berkas(args.db)
    if diterapkan:
        print(f"Migrasi diterapkan pada {args.db}: " + "; ".join(f"{n} {nama}" for n, nama in diterapkan))
    else:
        print(f"Basis data sudah versi terbaru: {args.db}")
    return 0


def perintah_riwayat(args: argparse.Namespace) -> int:
    con = duckdb.connect(str(args.db), read_only=True)
    try:
        frame = con.execute(
            "select batch_id, waktu, pengguna, sumber, status, baris_baru, baris_diganti "
            "from impor_batch order by batch_id desc"
        ).df()
    finally:
        con.close()
    print(frame.to_string(index=False) if len(frame) else "Belum ada impor.")
    return 0


def perintah_pengingat(args: argparse.Namespace) -> int:
    """Who is late with a quarter reported in the app: printed, or written as CSV (for a scheduled job)."""
    import datetime as dt

    from pantau import format as fmt
    from pantau import lapor
    from pantau.unduh import csv as unduh_csv

    try:
        tanggal = dt.date.fromisoformat(args.tanggal) if args.tanggal else lapor.hari_ini()
    except ValueError:
        print(f"Tanggal tidak dikenali: {args.tanggal!r}. Tulis sebagai YYYY-MM-DD, mis. 2026-10-15.")
        return 1
    if not Path(args.db).exists():
        print(f"Basis data tidak ada: {args.db}")
        return 1
    daftar = lapor.terlambat(args.db, tanggal=tanggal, kode_pemda=args.pemda or "*")
    if args.csv:
        args.csv.parent.mkdir(parents=True, exist_ok=True)
        args.csv.write_bytes(unduh_csv(daftar))
        print(f"{len(daftar)} OPD terlambat per {fmt.tanggal(tanggal)} ditulis ke {args.csv}")
        return 0
    if daftar.empty:
        print(f"Tidak ada OPD yang terlambat melapor per {fmt.tanggal(tanggal)}.")
        return 0
    print(f"OPD terlambat melapor per {fmt.tanggal(tanggal)}: {len(daftar)}")
    for _, r in daftar.iterrows():
        print(
            f"- {r['nama_pemda']} · {fmt.TRIWULAN[int(r['triwulan'])]} {r['tahun']} · {r['nama_pd']}: "
            f"{r['jumlah_masuk']} dari {r['jumlah_wajib']} IKU masuk, {r['hari_terlambat']} hari terlambat "
            f"(batas {fmt.tanggal(r['batas_lapor'])}); operator: {'(tanpa akun)' if fmt.kosong(r['email_operator']) else r['email_operator']}"
        )
    return 0


def perintah_laporan(args: argparse.Namespace) -> int:
    import datetime as dt
    import time

    from pantau import paket
    from pantau.laporan import hentikan_kaleido

    try:
        hari_ini = dt.date.fromisoformat(args.tanggal) if args.tanggal else None
    except ValueError:
        print(f"Tanggal tidak dikenali: {args.tanggal!r}. Tulis sebagai YYYY-MM-DD, mis. 2026-10-15.")
        return 1
    format = [f.strip() for f in args.format.split(",") if f.strip()]
    salah = [f for f in format if f not in paket.FORMAT]
    if salah or not format:
        print(
            f"Format tidak dikenal: {', '.join(salah) or '(kosong)'}. Pilih dari: {', '.join(paket.FORMAT)} (boleh dipisah koma)."
        )
        return 1
    if not Path(args.db).is_file():
        print(f"Basis data tidak ada: {args.db}. Jalankan `python -m pantau demo` atau impor data lebih dulu.")
        return 1
    mulai = time.monotonic()
    try:
        if args.semua_opd:
            if args.pd:
                print("--semua-opd menulis bahan setiap OPD; jangan isi --pd bersamanya.")
                return 1
            folder = args.keluar or Path(f"bahan_rapat_{args.pemda}_{args.tahun}_TW{args.triwulan}")
            ditulis = paket.tulis_semua_opd(
                args.db,
                args.pemda,
                args.tahun,
                args.triwulan,
                hari_ini=hari_ini,
                format=format,
                folder=folder,
                kabar=lambda teks: print(f"  {teks}", flush=True),
            )
        else:
            ditulis = paket.tulis_paket(
                args.db,
                args.pemda,
                args.tahun,
                args.triwulan,
                kode_pd=args.pd or "",
                hari_ini=hari_ini,
                format=format,
                keluar=args.keluar,
            )
    except paket.GagalTulis as e:
        print(f"Bahan rapat TIDAK ditulis: {e}")
        return 1
    finally:
        hentikan_kaleido()
    print(f"Bahan rapat ditulis ({len(ditulis)} berkas, {time.monotonic() - mulai:.1f} detik):")
    for path in ditulis if len(ditulis) <= 8 else [*ditulis[:6], Path("…"), ditulis[-1]]:
        print(f"  {path}")
    return 0


def _mode_login(args: argparse.Namespace) -> str | None:
    """The login mode (lokal, oidc, proxy), or None after refusing an address other than the loopback without
    login (nothing listens yet)."""
    from pantau import akses

    auth = akses.auth_dari_berkas([args.secrets] if getattr(args, "secrets", None) else None)
    mode = akses.mode_dari(auth, args.header_tepercaya or akses.header_dari_config())
    if mode == "lokal" and not akses.alamat_lokal(args.alamat):
        print(akses.pesan_tolak_alamat(args.alamat), file=sys.stderr)
        return None
    return mode


def perintah_replika(args: argparse.Namespace) -> int:
    """Several app processes behind haproxy with sticky sessions, one database (pantau/replika.py)."""
    from pantau.replika import jalankan_replika

    if _mode_login(args) is None:
        return 2
    if args.secrets and not args.secrets.is_file():
        print(f"Berkas secrets tidak ada: {args.secrets}", file=sys.stderr)
        return 2
    if not Path(args.db).exists():
        kode = perintah_demo(argparse.Namespace(db=args.db, jika_belum_ada=True))
        if kode:
            return kode
    return jalankan_replika(
        Path(args.db),
        jumlah=args.jumlah,
        alamat=args.alamat,
        port=args.port,
        port_replika=args.port_replika or args.port + 1,
        folder=args.folder,
        secrets=args.secrets,
        header_tepercaya=args.header_tepercaya,
    )


def perintah_jalankan(args: argparse.Namespace) -> int:
    """Serve the dashboard. Without login configured only on the loopback: another address is refused with the
    way to configure login, before anything listens."""
    import os

    from pantau.config import ROOT

    mode = _mode_login(args)
    if mode is None:
        return 2
    if not Path(args.db).exists():
        kode = perintah_demo(argparse.Namespace(db=args.db, jika_belum_ada=True))
        if kode:
            return kode
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py")]
    cmd += ["--server.address", args.alamat, "--server.port", str(args.port)]
    if args.header_tepercaya:
        cmd += ["--server.trustedUserHeaders", args.header_tepercaya]
    print(
        f"Pantau Kinerja ({'tanpa login, administrator lokal' if mode == 'lokal' else 'login: ' + mode}) di "
        f"http://{args.alamat}:{args.port}"
    )
    os.chdir(ROOT)
    os.environ["PANTAU_DB"] = str(Path(args.db).resolve())
    os.execv(sys.executable, cmd)
    return 0  # not reached


def perintah_e81(args: argparse.Namespace) -> int:
    from pantau.e81 import GalatE81, buat_e81_berkas

    try:
        isi = buat_e81_berkas(args.db, args.pemda, args.tahun, args.triwulan, args.opd or "")
    except GalatE81 as e:
        print(f"E.81 tidak dibuat: {e}")
        return 1
    try:
        args.keluar.parent.mkdir(parents=True, exist_ok=True)
        args.keluar.write_bytes(isi)
    except OSError as e:
        print(
            f"E.81 tidak dapat ditulis ke {args.keluar}: folder tidak dapat dibuat atau berkas tidak dapat ditulis ({e.errno})."
        )
        return 1
    print(f"E.81 ditulis: {args.keluar}")
    return 0


def _bilangan(nama: str):  # an argparse type
    def baca(teks: str) -> int:
        try:
            return int(teks)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{nama} harus bilangan bulat, bukan {teks!r}") from None

    return baca


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors in Bahasa Indonesia (and no traceback)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        message = (
            message.replace("the following arguments are required", "argumen wajib belum diisi")
            .replace("invalid choice", "pilihan tidak sah")
            .replace("argument ", "argumen ")
            .replace("unrecognized arguments", "argumen tidak dikenal")
            .replace("choose from", "pilih dari")
        )
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: galat: {message}\n")


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="python -m pantau", description="Pantau Kinerja")
    sub = parser.add_subparsers(dest="perintah", required=True, parser_class=_Parser)

    p = sub.add_parser("impor", help="impor berkas/folder CSV atau XLSX (semua atau tidak sama sekali)")
    p.add_argument("path", nargs="+", type=Path)
    p.add_argument("--pengguna", default=None, help="nama pengimpor, dicatat di riwayat dan jejak audit")
    p.add_argument(
        "--pemda",
        default=None,
        help="pemda impor: baris tanpa kode_pemda menjadi milik pemda ini (kontrak v2, satu pemda per berkas)",
    )
    p.add_argument(
        "--pemetaan",
        default=None,
        metavar="NAMA",
        help="pakai pemetaan kolom tersimpan (dibuat di halaman Impor Data): kolom berkas Anda → kolom kontrak",
    )
    p.add_argument(
        "--massal",
        action="store_true",
        help="jalur massal untuk berkas besar format bersih (diperiksa dan dimuat di dalam DuckDB)",
    )
    p.set_defaults(fungsi=perintah_impor)

    p = sub.add_parser("demo", help="bangun ulang basis data provinsi demo")
    p.add_argument("--jika-belum-ada", action="store_true", help="hanya bila basis data belum ada")
    p.set_defaults(fungsi=perintah_demo)

    p = sub.add_parser("batal", help="batalkan (rollback) satu batch impor")
    p.add_argument("batch", type=int)
    p.add_argument("--pengguna", default=None, help="siapa yang membatalkan, dicatat di jejak audit")
    p.set_defaults(fungsi=perintah_batal)

    p = sub.add_parser("atur", help="ubah satu pengaturan (tabel pengaturan), tercatat di jejak audit")
    p.add_argument("kunci")
    p.add_argument("nilai", type=float)
    p.add_argument("--pengguna", default=None, help="siapa yang mengubah, dicatat di jejak audit")
    p.set_defaults(fungsi=perintah_atur)

    p = sub.add_parser("jejak", help="jejak audit: siapa mengimpor, membatalkan, menyimpan, mengubah apa")
    p.add_argument("--jumlah", type=int, default=50)
    p.set_defaults(fungsi=perintah_jejak)

    p = sub.add_parser(
        "segarkan", help="pasang struktur terbaru dan hitung ulang tabel tersimpan (sesudah mengubah data lewat SQL)"
    )
    p.set_defaults(fungsi=perintah_segarkan)

    p = sub.add_parser("migrasi", help="naikkan basis data versi lama ke struktur terbaru (data dan riwayat tetap)")
    p.set_defaults(fungsi=perintah_migrasi)

    p = sub.add_parser("jalankan", help="jalankan dasbor (tanpa login: hanya 127.0.0.1)")
    p.add_argument("--alamat", default="127.0.0.1", help="alamat server (selain 127.0.0.1 hanya bila login diatur)")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument(
        "--header-tepercaya",
        default="",
        help='mode proxy: JSON header → kunci st.user, mis. \'{"X-Forwarded-Email": "email"}\' (server.trustedUserHeaders)',
    )
    p.set_defaults(fungsi=perintah_jalankan)

    p = sub.add_parser(
        "replika",
        help="beberapa proses dasbor di belakang haproxy (sesi lengket), satu basis data, satu penulis",
    )
    p.add_argument("--jumlah", type=int, default=2, help="jumlah proses aplikasi (bawaan 2)")
    p.add_argument("--alamat", default="127.0.0.1", help="alamat haproxy (selain 127.0.0.1 hanya bila login diatur)")
    p.add_argument("--port", type=int, default=8501, help="port haproxy, yang dibuka pengguna (bawaan 8501)")
    p.add_argument(
        "--port-replika",
        type=int,
        default=None,
        help="port replika pertama di 127.0.0.1; berikutnya berurutan (bawaan --port + 1)",
    )
    p.add_argument(
        "--secrets",
        type=Path,
        default=None,
        help="berkas secrets.toml bersama semua replika (bawaan: .streamlit/secrets.toml, juga bersama)",
    )
    p.add_argument(
        "--folder", type=Path, default=None, help="folder konfigurasi haproxy dan log (bawaan: folder sementara)"
    )
    p.add_argument(
        "--header-tepercaya", default="", help="mode proxy: seperti `jalankan --header-tepercaya`, untuk setiap replika"
    )
    p.set_defaults(fungsi=perintah_replika)

    p = sub.add_parser("riwayat", help="daftar batch impor")
    p.set_defaults(fungsi=perintah_riwayat)

    p = sub.add_parser("laporan", help="bahan rapat evaluasi triwulan (PDF dan XLSX, salindia PPTX, ringkasan ponsel)")
    p.add_argument("--pemda", required=True, help="kode pemda, mis. 99")
    p.add_argument("--tahun", required=True, type=int)
    p.add_argument("--triwulan", required=True, type=int, choices=[1, 2, 3, 4])
    p.add_argument("--pd", default="", help="kode OPD (kosong = seluruh pemda)")
    p.add_argument("--tanggal", default="", help="keadaan per tanggal (YYYY-MM-DD; bawaan hari ini)")
    p.add_argument(
        "--keluar",
        type=Path,
        default=None,
        help="berkas (akhiran diganti per format) atau folder; dengan --semua-opd: folder. Folder dibuat bila belum "
        "ada. Bawaan bahan_rapat_<pemda>_<tahun>_TW<n>",
    )
    p.add_argument(
        "--format",
        default="pdf",
        help="pdf (PDF + XLSX), pptx (salindia 16:9), ringkas (PNG + PDF satu halaman untuk ponsel); boleh "
        "beberapa dipisah koma, mis. pdf,pptx,ringkas. Bawaan pdf",
    )
    p.add_argument(
        "--semua-opd", action="store_true", help="bahan pemda dan satu bahan per OPD, semuanya di folder --keluar"
    )
    p.set_defaults(fungsi=perintah_laporan)

    p = sub.add_parser("e81", help="tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah (XLSX)")
    p.add_argument("--pemda", required=True, help="kode pemda, mis. 99")
    p.add_argument("--tahun", required=True, type=_bilangan("--tahun"))
    p.add_argument("--triwulan", required=True, type=_bilangan("--triwulan"), help="1–4")
    p.add_argument("--opd", default="", help="kode OPD (kosong = semua OPD, dengan lembar Rekap)")
    p.add_argument("--keluar", required=True, type=Path, help="berkas XLSX; foldernya dibuat bila belum ada")
    p.set_defaults(fungsi=perintah_e81)

    p = sub.add_parser("pengingat", help="OPD yang terlambat melapor triwulan (cetak, atau CSV dengan --csv)")
    p.add_argument("--pemda", help="hanya pemda ini (bawaan: semua pemda)")
    p.add_argument("--tanggal", help="tanggal acuan YYYY-MM-DD (bawaan: hari ini, atau PANTAU_HARI_INI)")
    p.add_argument("--csv", type=Path, help="tulis daftar sebagai CSV ke berkas ini")
    p.set_defaults(fungsi=perintah_pengingat)

    for p in sub.choices.values():
        p.add_argument(
            "--db",
            type=Path,
            default=db_path(),
            help="berkas DuckDB (bawaan: PANTAU_DB atau data/pantau.duckdb)",
        )
    args = parser.parse_args(argv)
    return args.fungsi(args)


if __name__ == "__main__":
    sys.exit(main())
