"""Build tests/data/pantau_v1.duckdb with the release before contract v2 (commit 21b43cb)."""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "tests")
sys.path.insert(0, ".")
from mini import tulis_mini

from pantau.importer import impor_path
from pantau.tindak_lanjut import *  # noqa

out = Path("tests/data/pantau_v1.duckdb")
out.unlink(missing_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    d = Path(tmp)
    h = impor_path(
        [
            tulis_mini(
                d / "a",
                ganti={
                    "janji_kampanye": "kode_janji,uraian,misi\nJ1,Sekolah gratis,Misi 1\n",
                    "tag_janji": "tahun,kode_kegiatan,kode_janji,bentuk_dukungan,output\n2026,1.01.02.1.01.0001,J1,Pembangunan,Ruang kelas\n",
                    "program_unggulan": "kode_unggulan,nama,kode_pd,kode_indikator,kode_kegiatan,status,catatan\nPU1,Sekolah Unggul,PD1,IKU2,1.01.02.1.01.0001,sesuai_jadwal,\n",
                    "tonggak": "kode_unggulan,tonggak,bulan_rencana,tanggal_selesai\nPU1,Lelang,2026-03,2026-03-20\nPU1,Konstruksi,2026-09,\n",
                    "kerja_sama": "nomor,judul,mitra,kode_pd,tanggal_mulai,tanggal_berakhir,masuk_perencanaan,masuk_anggaran,kode_kegiatan\nKS-1,Beasiswa,Universitas X,PD1,2025-01-01,2027-12-31,ya,tidak,1.01.02.1.01.0001\n",
                    "evaluasi_sakip": "tahun,kode_pemda,kode_pd,nilai,target_predikat\n2025,99,,68.5,BB\n2025,99,PD1,72.1,BB\n",
                    "tindak_lanjut": "kode_tindak_lanjut,uraian,kode_pd,batas_waktu,status,rapat,tanggal_rapat,kode_indikator\nTL-1,Percepat lelang RKB,PD1,2026-05-31,proses,Rapat Evaluasi TW I,2026-04-15,IKU2\n",
                },
            )
        ],
        out,
        pengguna="uji",
    )
    assert h.ok, h.temuan
    # A second import that replaces rows (history) and adds one.
    b = d / "b"
    b.mkdir()
    (b / "realisasi.csv").write_text(
        "kode_indikator,tahun,periode,realisasi,faktor_pendorong,faktor_penghambat,tindak_lanjut,sumber_data\nIKU2,2026,TW2,18,,,,\nIKU1,2026,TW2,88,,,,\n"
    )
    (b / "perangkat_daerah.csv").write_text(
        "kode_pd,kode_pemda,nama_pd,singkatan,nama_kepala,tanggal_pk\nPD2,99,Dinas Kesehatan,Dinkes,Sari,2026-03-02\n"
    )
    h2 = impor_path([b], out, pengguna="uji")
    assert h2.ok, h2.temuan
    print(h.batch_id, h.baru, h2.batch_id, h2.baru, h2.diganti)
