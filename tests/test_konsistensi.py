"""The Data page's consistency check (queries/konsistensi_temuan.sql), one planted fault each."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pantau import db
from pantau.importer import impor_path
from tests.mini import tulis_mini


def test_each_planted_fault_is_found_and_a_clean_database_has_none(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    assert impor_path([tulis_mini(tmp_path / "mini")], path).ok
    con = duckdb.connect(str(path))
    sql = db.query_sql("konsistensi_temuan")
    # the mini folder: IKU3 has only a TAHUNAN range target, IKU1 TAHUNAN, IKU2 four TW: every IKU has a target;
    # the one sub kegiatan has 3 months × 500 jt of rencana kas against a pagu of 1,5 M: no finding
    assert con.execute(sql, {"batas": 0}).fetchall() == []
    # faults written past the importer, as a hand edit of the file would
    con.execute(
        "insert into tindak_lanjut (kode_pemda, kode_tindak_lanjut, uraian, kode_pd) values ('99', 'TL9', 'x', 'PD9')"
    ).fetchall()
    con.execute(
        "insert into target (kode_pemda, kode_indikator, tahun, periode, target) values ('99', 'IKU1', 2027, 'TW1', 5)"
    ).fetchall()
    con.execute(
        "insert into kegiatan (kode_pemda, tahun, kode_pd, kode_kegiatan, nama, pagu) "
        "values ('99', 2026, 'PD1', '1.01.02.1.01.0002', 'x', 9)"
    ).fetchall()
    # v2: a reference resolves inside the row's pemda: PD1 exists in 99, not in the kabupaten 99.01
    con.execute(
        "insert into kegiatan (kode_pemda, tahun, kode_pd, kode_kegiatan, nama) "
        "values ('99.01', 2026, 'PD1', '1.01.02', 'Program kabupaten')"
    ).fetchall()
    # stored at each write: a hand edit is seen after `python -m pantau segarkan` (segarkan_tersimpan)
    assert ("tindak_lanjut", "TL9") not in {
        (t, k) for _pemda, _p, _tingkat, t, k, _th, _ket in con.execute(sql, {"batas": 0}).fetchall()
    }
    db.segarkan_tersimpan(con)
    semua = con.execute(sql, {"batas": 0}).fetchall()
    temuan = {(p, t, k) for _pemda, p, _tingkat, t, k, _th, _ket in semua}
    pemda_temuan = {(pemda, p, t, k) for pemda, p, _tingkat, t, k, _th, _ket in semua}
    # the Data page's count and its first rows: the same findings, galat first
    assert con.execute(db.query_sql("konsistensi_jumlah")).fetchall() == [
        (len(semua), sum(1 for r in semua if r[2] == "galat"))
    ]
    assert con.execute(sql, {"batas": 2}).fetchall() == semua[:2]
    assert semua[0][2] == "galat"
    con.close()
    assert ("Kode dirujuk tetapi tidak ada", "tindak_lanjut", "TL9") in temuan
    assert ("Target triwulan tidak lengkap", "target", "IKU1") in temuan
    # 2027 now has targets, so the other IKU lack one that year
    assert ("IKU tanpa target", "indikator", "IKU2") in temuan
    assert ("Sub kegiatan tanpa rencana kas", "kegiatan", "1.01.02.1.01.0002") in temuan
    # the kabupaten's program names an OPD of the province only: a finding of the kabupaten, not of the province
    assert ("99.01", "Kode dirujuk tetapi tidak ada", "kegiatan", "1.01.02") in pemda_temuan
    assert ("99", "Kode dirujuk tetapi tidak ada", "kegiatan", "1.01.02") not in pemda_temuan
