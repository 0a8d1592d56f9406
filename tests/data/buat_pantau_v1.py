"""How tests/data/pantau_v1.duckdb.gz was written: run at release 21b43cb (before contract v2), from the repo root.

    git worktree add /tmp/lama 21b43cb && cd /tmp/lama && python /path/to/buat_pantau_v1.py && gzip -9 tests/data/...

It does not run on later releases (their importer writes contract v2); it documents what the fixture holds:
tests/mini.py's province plus janji, program unggulan, kerja sama, SAKIP and a follow-up (batch 1), then a
second import replacing two rows and adding one (batch 2), so that the history tables are not empty.
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "tests")
sys.path.insert(0, ".")
from mini import tulis_mini

from pantau.importer import impor_path

KELUAR = Path("tests/data/pantau_v1.duckdb")
TAMBAHAN = {
    "janji_kampanye": "kode_janji,uraian,misi\nJ1,Sekolah gratis,Misi 1\n",
    "tag_janji": "tahun,kode_kegiatan,kode_janji,bentuk_dukungan,output\n2026,1.01.02.1.01.0001,J1,Pembangunan,Ruang kelas\n",
    "program_unggulan": "kode_unggulan,nama,kode_pd,kode_indikator,kode_kegiatan,status,catatan\n"
    "PU1,Sekolah Unggul,PD1,IKU2,1.01.02.1.01.0001,sesuai_jadwal,\n",
    "tonggak": "kode_unggulan,tonggak,bulan_rencana,tanggal_selesai\nPU1,Lelang,2026-03,2026-03-20\nPU1,Konstruksi,2026-09,\n",
    "kerja_sama": "nomor,judul,mitra,kode_pd,tanggal_mulai,tanggal_berakhir,masuk_perencanaan,masuk_anggaran,"
    "kode_kegiatan\nKS-1,Beasiswa,Universitas X,PD1,2025-01-01,2027-12-31,ya,tidak,1.01.02.1.01.0001\n",
    "evaluasi_sakip": "tahun,kode_pemda,kode_pd,nilai,target_predikat\n2025,99,,68.5,BB\n2025,99,PD1,72.1,BB\n",
    "tindak_lanjut": "kode_tindak_lanjut,uraian,kode_pd,batas_waktu,status,rapat,tanggal_rapat,kode_indikator\n"
    "TL-1,Percepat lelang RKB,PD1,2026-05-31,proses,Rapat Evaluasi TW I,2026-04-15,IKU2\n",
}


def main() -> None:
    KELUAR.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        assert impor_path([tulis_mini(d / "a", ganti=TAMBAHAN)], KELUAR, pengguna="uji").ok
        b = d / "b"
        b.mkdir()
        (b / "realisasi.csv").write_text(
            "kode_indikator,tahun,periode,realisasi,faktor_pendorong,faktor_penghambat,tindak_lanjut,sumber_data\n"
            "IKU2,2026,TW2,18,,,,\nIKU1,2026,TW2,88,,,,\n"
        )
        (b / "perangkat_daerah.csv").write_text(
            "kode_pd,kode_pemda,nama_pd,singkatan,nama_kepala,tanggal_pk\nPD2,99,Dinas Kesehatan,Dinkes,Sari,2026-03-02\n"
        )
        assert impor_path([b], KELUAR, pengguna="uji").ok


if __name__ == "__main__":
    main()
