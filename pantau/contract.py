"""The import contract (CONTRACT.md, version 2) as data: tables, columns, keys, references.

Everything that knows a table's shape reads it from here: the importer, the XLSX template, the
consistency check and the documentation. Column names are fixed by the contract; `alias` lists
other labels seen in real files (SIPD exports, hand-made templates), matched after folding.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Enumerations: folded spelling → canonical value.
TINGKAT = {
    "provinsi": "provinsi",
    "prov": "provinsi",
    "kabupaten": "kabupaten",
    "kab": "kabupaten",
    "kota": "kota",
}
JENIS = {
    "iku_pemda": "IKU_PEMDA",
    "iku_pd": "IKU_PD",
    "iku_opd": "IKU_PD",
    "ik_program": "IK_PROGRAM",
    "ik_kegiatan": "IK_KEGIATAN",
}
POLARITAS = {
    "positif": "positif",
    "positive": "positif",
    "+": "positif",
    "negatif": "negatif",
    "negative": "negatif",
    "-": "negatif",
}
AGREGASI = {
    "kumulatif": "kumulatif",
    "akumulasi": "kumulatif",
    "sum": "kumulatif",
    "nilai_akhir": "nilai_akhir",
    "akhir": "nilai_akhir",
    "take_last_known_value": "nilai_akhir",
    "rata_rata": "rata_rata",
    "rerata": "rata_rata",
    "average": "rata_rata",
}
RUMUS = {
    "r/t": "R/T",
    "(2t_r)/t": "(2T-R)/T",
    "(2t-r)/t": "(2T-R)/T",
    "2t_r/t": "(2T-R)/T",
    "t/r": "T/R",
}
TAHAP = {
    "persiapan": "persiapan",
    "pelaksanaan": "pelaksanaan",
    "pelaporan": "pelaporan",
}
KATEGORI_KERJA_SAMA = {
    "antar_daerah": "antar_daerah",
    "ksdd": "antar_daerah",
    "daerah": "antar_daerah",
    "pihak_ketiga": "pihak_ketiga",
    "ksdpk": "pihak_ketiga",
    "swasta": "pihak_ketiga",
    "luar_negeri": "luar_negeri",
    "ksdln": "luar_negeri",
}
PREDIKAT_SAKIP = {p.lower(): p for p in ("AA", "A", "BB", "B", "CC", "C", "D")}
STATUS_TINDAK_LANJUT = {
    "belum": "belum",
    "belum_mulai": "belum",
    "proses": "proses",
    "dalam_proses": "proses",
    "berjalan": "proses",
    "selesai": "selesai",
    "tuntas": "selesai",
    "batal": "batal",
}
FREKUENSI = {
    "triwulanan": "triwulanan",
    "triwulan": "triwulanan",
    "tw": "triwulanan",
    "tahunan": "tahunan",
    "tahun": "tahunan",
    "annual": "tahunan",
}
# Roles an administrator may give in the `pengguna` table. `nasional` (every pemda) is not among them: a pemda's
# administrator cannot grant a scope wider than their pemda; that role comes only from the identity provider.
PERAN_PENGGUNA = {
    "pimpinan": "pimpinan",
    "admin_bappeda": "admin_bappeda",
    "admin": "admin_bappeda",
    "operator_opd": "operator_opd",
    "operator": "operator_opd",
    "analis": "analis",
}
# Reporting a quarter inside the app (issue 19): the state of one IKU's report for one quarter.
STATUS_LAPOR = {
    "draf": "draf",
    "diajukan": "diajukan",
    "diverifikasi": "diverifikasi",
    "terverifikasi": "diverifikasi",
    "dikembalikan": "dikembalikan",
}
# OPD-level budget groups (kode rekening belanja, Permendagri 90/2019): the total and its four groups.
KELOMPOK_BELANJA = {
    "belanja": "belanja",
    "5": "belanja",
    "belanja_daerah": "belanja",
    "operasi": "operasi",
    "5.1": "operasi",
    "belanja_operasi": "operasi",
    "modal": "modal",
    "5.2": "modal",
    "belanja_modal": "modal",
    "tidak_terduga": "tidak_terduga",
    "5.3": "tidak_terduga",
    "belanja_tidak_terduga": "tidak_terduga",
    "btt": "tidak_terduga",
    "transfer": "transfer",
    "5.4": "transfer",
    "belanja_transfer": "transfer",
}
STATUS_UNGGULAN = {
    "belum_mulai": "belum_mulai",
    "sesuai_jadwal": "sesuai_jadwal",
    "berisiko": "berisiko",
    "terlambat": "terlambat",
    "selesai": "selesai",
}


@dataclass(frozen=True)
class Kolom:
    """One contract column. `jenis` names the parser in `pantau.values`."""

    nama: str
    jenis: str
    wajib: bool = False
    pilihan: dict[str, str] | None = None
    alias: tuple[str, ...] = ()
    # Reference to another table's key: (table, column). With `daftar`, a `;`-separated list.
    referensi: tuple[str, str] | None = None
    daftar: bool = False
    keterangan: str = ""


@dataclass(frozen=True)
class Tabel:
    """One contract table. Version 2: every table but `pemda` leads with `kode_pemda` (added below), which
    also leads its key; `kunci_kontrak` is the key as CONTRACT.md writes it (without kode_pemda)."""

    nama: str
    kolom: tuple[Kolom, ...]
    kunci_kontrak: tuple[str, ...]
    keterangan: str = ""
    alias: tuple[str, ...] = field(default=())
    # Columns accepted on input and turned into other rows, never stored (v1's perangkat_daerah.tanggal_pk).
    impor_saja: tuple[str, ...] = ()
    # A product table: imported like the contract's tables (same reader, rules, batches, rollback) but not part of
    # CONTRACT.md, which describes the planning data every pemda exchanges. It follows the v2 rule all the same.
    produk: bool = False

    @property
    def per_pemda(self) -> bool:
        """Whether the rows belong to one pemda (every table but `pemda`)."""
        return self.nama != "pemda"

    @property
    def kunci(self) -> tuple[str, ...]:
        return ("kode_pemda", *self.kunci_kontrak) if self.per_pemda else self.kunci_kontrak

    @property
    def nama_kolom(self) -> list[str]:
        """The stored columns."""
        return [k.nama for k in self.kolom if k.nama not in self.impor_saja]

    @property
    def kolom_impor(self) -> list[str]:
        """Every column read from a file (stored ones and those only accepted on input)."""
        return [k.nama for k in self.kolom]

    @property
    def wajib(self) -> list[str]:
        return [k.nama for k in self.kolom if k.wajib]

    def kolom_bernama(self, nama: str) -> Kolom:
        return next(k for k in self.kolom if k.nama == nama)


def _k(nama: str, jenis: str, wajib: bool = False, **kw: object) -> Kolom:
    return Kolom(nama, jenis, wajib, **kw)  # type: ignore[arg-type]


TABEL: dict[str, Tabel] = {
    t.nama: t
    for t in [
        Tabel(
            "pemda",
            (
                _k(
                    "kode_pemda",
                    "kode",
                    True,
                    alias=("kode_daerah", "kode_wilayah"),
                    keterangan="Kode pemerintah daerah (mis. kode wilayah Kemendagri)",
                ),
                _k(
                    "nama_pemda",
                    "teks",
                    True,
                    alias=("nama_daerah", "pemda", "pemerintah_daerah"),
                ),
                _k(
                    "tingkat",
                    "pilihan",
                    True,
                    pilihan=TINGKAT,
                    keterangan="provinsi / kabupaten / kota",
                ),
                _k(
                    "kode_induk",
                    "kode",
                    referensi=("pemda", "kode_pemda"),
                    keterangan="Provinsi induk sebuah kabupaten/kota",
                ),
            ),
            ("kode_pemda",),
            "Pemerintah daerah: provinsi dan kabupaten/kota.",
        ),
        Tabel(
            "perangkat_daerah",
            (
                _k(
                    "kode_pd",
                    "kode",
                    True,
                    alias=("kode_opd", "kode_skpd", "kode_unit"),
                ),
                _k(
                    "nama_pd",
                    "teks",
                    True,
                    alias=("nama_opd", "nama_skpd", "perangkat_daerah", "opd"),
                ),
                _k("singkatan", "teks"),
                _k("nama_kepala", "teks", alias=("kepala", "kepala_opd", "kepala_pd")),
                _k(
                    "tanggal_pk",
                    "tanggal",
                    alias=("tgl_pk",),
                    keterangan="Versi 1: tanggal PK ditandatangani; menjadi baris perjanjian_kinerja tahun itu",
                ),
            ),
            ("kode_pd",),
            "Perangkat Daerah (OPD/SKPD).",
            alias=("opd", "skpd", "pd"),
            impor_saja=("tanggal_pk",),
        ),
        Tabel(
            "perjanjian_kinerja",
            (
                _k("kode_pd", "kode", True, referensi=("perangkat_daerah", "kode_pd")),
                _k("tahun", "bulat", True),
                _k(
                    "tanggal_tanda_tangan",
                    "tanggal",
                    alias=("tanggal_pk", "tgl_pk", "tanggal_perjanjian_kinerja", "tanggal_ttd"),
                    keterangan="Tanggal kepala OPD menandatangani PK tahun itu (kosong = belum)",
                ),
                _k("nama_penanda_tangan", "teks", alias=("penanda_tangan", "nama_kepala")),
                _k("catatan", "teks", alias=("keterangan",)),
            ),
            ("kode_pd", "tahun"),
            "Perjanjian Kinerja kepala OPD per tahun.",
            alias=("pk",),
        ),
        Tabel(
            "sasaran",
            (
                _k("kode_sasaran", "kode", True),
                _k(
                    "uraian",
                    "teks",
                    True,
                    alias=("sasaran", "uraian_sasaran", "nama_sasaran"),
                ),
                _k(
                    "kode_pd",
                    "kode",
                    referensi=("perangkat_daerah", "kode_pd"),
                    keterangan="Kosong = sasaran RPJMD",
                ),
                _k(
                    "kode_induk",
                    "kode",
                    referensi=("sasaran", "kode_sasaran"),
                    keterangan="Sasaran/tujuan induk",
                ),
                _k("misi", "teks"),
            ),
            ("kode_sasaran",),
            "Sasaran RPJMD dan Renstra PD.",
        ),
        Tabel(
            "indikator",
            (
                _k("kode_indikator", "kode", True, alias=("kode_iku", "kode_ik")),
                _k(
                    "nama_indikator",
                    "teks",
                    True,
                    alias=("indikator", "indikator_kinerja", "uraian_indikator"),
                ),
                _k("satuan", "teks", True),
                _k(
                    "kode_pd",
                    "kode",
                    True,
                    referensi=("perangkat_daerah", "kode_pd"),
                    alias=("kode_opd", "kode_skpd", "penanggung_jawab"),
                ),
                _k(
                    "jenis",
                    "pilihan",
                    True,
                    pilihan=JENIS,
                    alias=("jenis_indikator",),
                    keterangan="IKU_PEMDA / IKU_PD / IK_PROGRAM / IK_KEGIATAN",
                ),
                _k(
                    "polaritas",
                    "pilihan",
                    True,
                    pilihan=POLARITAS,
                    alias=("sifat", "arah"),
                ),
                _k(
                    "agregasi",
                    "pilihan",
                    True,
                    pilihan=AGREGASI,
                    alias=(
                        "agregasi_periode",
                        "jenis_konsolidasi",
                        "konsolidasi_periode",
                    ),
                    keterangan="kumulatif / nilai_akhir / rata_rata",
                ),
                _k(
                    "frekuensi",
                    "pilihan",
                    pilihan=FREKUENSI,
                    alias=("frekuensi_pengukuran", "periode_pengukuran"),
                    keterangan="triwulanan (bawaan) / tahunan (melapor sekali setahun, di TW4)",
                ),
                _k("kode_sasaran", "kode", referensi=("sasaran", "kode_sasaran")),
                _k(
                    "rumus",
                    "pilihan",
                    pilihan=RUMUS,
                    alias=("rumus_capaian",),
                    keterangan="R/T, (2T-R)/T atau T/R; kosong = menurut polaritas",
                ),
                _k(
                    "target_akhir_periode",
                    "angka",
                    alias=("target_akhir", "target_rpjmd", "target_2029"),
                ),
                _k("definisi", "teks", alias=("definisi_operasional", "formula")),
                _k(
                    "kode_referensi",
                    "kode",
                    alias=("kode_indikator_referensi", "kode_nasional"),
                    keterangan="Kode bersama untuk membandingkan indikator yang sama antarpemda",
                ),
            ),
            ("kode_indikator",),
            "Indikator kinerja (IKU dan indikator program/kegiatan).",
            alias=("iku",),
        ),
        Tabel(
            "target",
            (
                _k(
                    "kode_indikator",
                    "kode",
                    True,
                    referensi=("indikator", "kode_indikator"),
                ),
                _k("tahun", "bulat", True),
                _k("periode", "periode", True, alias=("triwulan", "tw")),
                _k("target", "angka", alias=("nilai_target",)),
                _k("target_min", "angka", alias=("target_minimum", "batas_bawah")),
                _k("target_max", "angka", alias=("target_maksimum", "batas_atas")),
            ),
            ("kode_indikator", "tahun", "periode"),
            "Target per tahun dan triwulan (TW1–TW4 semua atau tidak sama sekali; TAHUNAN).",
        ),
        Tabel(
            "realisasi",
            (
                _k(
                    "kode_indikator",
                    "kode",
                    True,
                    referensi=("indikator", "kode_indikator"),
                ),
                _k("tahun", "bulat", True),
                _k("periode", "periode_tw", True, alias=("triwulan", "tw")),
                _k(
                    "realisasi",
                    "angka",
                    True,
                    alias=("nilai_realisasi", "capaian_realisasi"),
                ),
                _k("faktor_pendorong", "teks", alias=("pendorong",)),
                _k("faktor_penghambat", "teks", alias=("penghambat", "kendala")),
                _k("tindak_lanjut", "teks", alias=("rencana_tindak_lanjut", "rtl")),
                _k("sumber_data", "teks", alias=("sumber",)),
            ),
            ("kode_indikator", "tahun", "periode"),
            "Realisasi indikator per triwulan (nilai triwulan itu menurut agregasi indikator).",
            alias=("realisasi_kinerja", "realisasi_indikator"),
        ),
        Tabel(
            "kegiatan",
            (
                _k("tahun", "bulat", True),
                _k("kode_pd", "kode", True, referensi=("perangkat_daerah", "kode_pd")),
                _k(
                    "kode_kegiatan",
                    "kode",
                    True,
                    alias=("kode_sub_kegiatan", "kode_program", "kode"),
                ),
                _k(
                    "nama",
                    "teks",
                    True,
                    alias=("nama_kegiatan", "nama_sub_kegiatan", "uraian"),
                ),
                _k("pagu", "angka", alias=("pagu_anggaran", "anggaran", "pagu_dpa")),
                _k(
                    "kode_indikator",
                    "kode",
                    referensi=("indikator", "kode_indikator"),
                    daftar=True,
                    keterangan="IKU yang didukung; beberapa dipisah ';'",
                ),
                _k("prioritas", "bool", alias=("program_prioritas",)),
                _k("game_changer", "bool"),
                _k("kontribusi", "teks"),
            ),
            ("tahun", "kode_kegiatan"),
            "Program, kegiatan dan sub kegiatan (Permendagri 90/2019) dengan pagu.",
            alias=("sub_kegiatan", "program_kegiatan"),
        ),
        Tabel(
            "janji_kampanye",
            (
                _k("kode_janji", "kode", True),
                _k("uraian", "teks", True, alias=("janji", "janji_kampanye")),
                _k("misi", "teks"),
                _k("tahun_mulai", "bulat", alias=("awal_periode",), keterangan="Masa jabatan: tahun pertama"),
                _k("tahun_selesai", "bulat", alias=("akhir_periode",), keterangan="Masa jabatan: tahun terakhir"),
            ),
            ("kode_janji",),
            "Janji kampanye kepala daerah.",
        ),
        Tabel(
            "tag_janji",
            (
                _k("tahun", "bulat", True),
                _k(
                    "kode_kegiatan",
                    "kode",
                    True,
                    referensi=("kegiatan", "kode_kegiatan"),
                ),
                _k(
                    "kode_janji",
                    "kode",
                    True,
                    referensi=("janji_kampanye", "kode_janji"),
                ),
                _k("bentuk_dukungan", "teks"),
                _k("output", "teks", alias=("keluaran",)),
            ),
            ("tahun", "kode_kegiatan", "kode_janji"),
            "Penandaan kegiatan yang mendukung janji kampanye.",
        ),
        Tabel(
            "jadwal",
            (
                _k("tahun", "bulat", True),
                _k(
                    "kode_kegiatan",
                    "kode",
                    True,
                    referensi=("kegiatan", "kode_kegiatan"),
                ),
                _k("tahap", "pilihan", True, pilihan=TAHAP),
                _k("bulan_mulai", "bulan", True, alias=("mulai", "waktu_awal")),
                _k("bulan_selesai", "bulan", True, alias=("selesai", "waktu_akhir")),
            ),
            ("tahun", "kode_kegiatan", "tahap"),
            "Jadwal bulanan per tahap (persiapan, pelaksanaan, pelaporan).",
        ),
        Tabel(
            "rencana_kas",
            (
                _k("tahun", "bulat", True),
                _k(
                    "kode_kegiatan",
                    "kode",
                    True,
                    referensi=("kegiatan", "kode_kegiatan"),
                ),
                _k("bulan", "bulan", True),
                _k("nilai", "angka", True, alias=("rencana_kas", "rak", "anggaran_kas")),
            ),
            ("tahun", "kode_kegiatan", "bulan"),
            "Rencana kas (RAK) bulanan.",
            alias=("rak", "anggaran_kas"),
        ),
        Tabel(
            "realisasi_anggaran",
            (
                _k("tahun", "bulat", True),
                _k(
                    "kode_kegiatan",
                    "kode",
                    True,
                    referensi=("kegiatan", "kode_kegiatan"),
                ),
                _k("bulan", "bulan", True),
                _k(
                    "realisasi",
                    "angka",
                    alias=("realisasi_bulan_ini", "realisasi_keuangan"),
                ),
                _k(
                    "realisasi_kumulatif",
                    "angka",
                    alias=("realisasi_sd_bulan_ini", "s_d_bulan_ini"),
                ),
                _k(
                    "fisik_persen",
                    "angka",
                    alias=("fisik", "realisasi_fisik", "progres_fisik"),
                ),
            ),
            ("tahun", "kode_kegiatan", "bulan"),
            "Realisasi anggaran bulanan (bulan itu atau kumulatif) dan fisik (kumulatif, %).",
            alias=("realisasi_keuangan", "rfk"),
        ),
        Tabel(
            "anggaran_opd",
            (
                _k("tahun", "bulat", True),
                _k("kode_pd", "kode", True, referensi=("perangkat_daerah", "kode_pd")),
                _k(
                    "kelompok",
                    "pilihan",
                    True,
                    pilihan=KELOMPOK_BELANJA,
                    alias=("kelompok_belanja", "kode_rekening", "jenis_belanja"),
                    keterangan="belanja (5, seluruhnya) / operasi (5.1) / modal (5.2) / tidak_terduga (5.3) / "
                    "transfer (5.4)",
                ),
                _k("bulan", "bulan", True),
                _k(
                    "pagu",
                    "angka",
                    alias=("anggaran",),
                    keterangan="Anggaran setahun kelompok itu seperti tertulis di laporan bulan itu (yang terakhir dipakai)",
                ),
                _k("rencana_kas", "angka", alias=("rak", "anggaran_kas", "target"), keterangan="Rencana kas bulan itu"),
                _k("realisasi", "angka", alias=("realisasi_bulan_ini",), keterangan="Realisasi bulan itu"),
                _k(
                    "realisasi_kumulatif",
                    "angka",
                    alias=("realisasi_bpkad", "realisasi_sd_bulan_ini"),
                    keterangan="Realisasi s.d. bulan itu yang sudah dilaporkan dan disetujui BPKAD (REALISASI BPKAD)",
                ),
                _k(
                    "serapan_opd_kumulatif",
                    "angka",
                    alias=("serapan_opd",),
                    keterangan="Serapan s.d. bulan itu yang sudah dilakukan OPD tetapi belum dilaporkan ke BPKAD "
                    "(SERAPAN OPD); ditampilkan terpisah, tidak dihitung sebagai realisasi",
                ),
            ),
            ("tahun", "kode_pd", "kelompok", "bulan"),
            "Tabel produk: anggaran tingkat OPD per kelompok belanja dan bulan, untuk pemda yang memantau serapan "
            "dari LRA/anggaran kas OPD tanpa rincian sub kegiatan. Serapan, kurva S, indeks penumpukan dan "
            "Ringkasan memakai data sub kegiatan bila ada untuk OPD dan bulan itu, data ini bila hanya ini yang ada.",
            alias=("anggaran_tingkat_opd", "lra_opd"),
            produk=True,
        ),
        Tabel(
            "program_unggulan",
            (
                _k("kode_unggulan", "kode", True),
                _k("nama", "teks", True, alias=("nama_program", "program_unggulan")),
                _k("kode_pd", "kode", True, referensi=("perangkat_daerah", "kode_pd")),
                _k("kode_indikator", "kode", referensi=("indikator", "kode_indikator")),
                _k(
                    "kode_kegiatan",
                    "kode",
                    referensi=("kegiatan", "kode_kegiatan"),
                    daftar=True,
                ),
                _k("status", "pilihan", pilihan=STATUS_UNGGULAN),
                _k(
                    "tanggal_status",
                    "tanggal",
                    alias=("tanggal_laporan", "tgl_status"),
                    keterangan="Tanggal status dilaporkan",
                ),
                _k("tahun_mulai", "bulat", keterangan="Tahun pertama program"),
                _k("tahun_selesai", "bulat", keterangan="Tahun terakhir program"),
                _k("catatan", "teks"),
            ),
            ("kode_unggulan",),
            "Program unggulan (game changer).",
            alias=("game_changer",),
        ),
        Tabel(
            "tonggak",
            (
                _k(
                    "kode_unggulan",
                    "kode",
                    True,
                    referensi=("program_unggulan", "kode_unggulan"),
                ),
                _k("tonggak", "teks", True, alias=("milestone", "uraian")),
                _k(
                    "bulan_rencana",
                    "bulan_tahun",
                    True,
                    alias=("rencana", "target_bulan"),
                ),
                _k("tanggal_selesai", "tanggal", alias=("selesai", "tanggal_realisasi")),
            ),
            ("kode_unggulan", "tonggak"),
            "Tonggak (milestone) program unggulan.",
            alias=("milestone",),
        ),
        Tabel(
            "kerja_sama",
            (
                _k("nomor", "kode", True, alias=("nomor_naskah", "no")),
                _k("judul", "teks", True, alias=("perihal", "judul_kerja_sama")),
                _k("mitra", "teks", True, alias=("pihak", "mitra_kerja_sama")),
                _k("kode_pd", "kode", True, referensi=("perangkat_daerah", "kode_pd")),
                _k("tanggal_mulai", "tanggal", alias=("mulai",)),
                _k("tanggal_berakhir", "tanggal", alias=("berakhir", "tanggal_selesai")),
                _k("masuk_perencanaan", "bool"),
                _k("masuk_anggaran", "bool"),
                _k(
                    "kode_kegiatan",
                    "kode",
                    referensi=("kegiatan", "kode_kegiatan"),
                    daftar=True,
                ),
                # Beyond CONTRACT.md v1 (issue 9): what the review of agreements needs.
                _k(
                    "kategori",
                    "pilihan",
                    pilihan=KATEGORI_KERJA_SAMA,
                    alias=("jenis_kerja_sama",),
                    keterangan="antar_daerah / pihak_ketiga / luar_negeri",
                ),
                _k(
                    "jenis_naskah",
                    "teks",
                    alias=("bentuk_naskah",),
                    keterangan="mis. Kesepakatan Bersama, Perjanjian Kerja Sama",
                ),
                _k(
                    "nomor_mitra",
                    "teks",
                    alias=("nomor_naskah_mitra", "nomor_pihak_mitra"),
                    keterangan="Nomor naskah di pihak mitra",
                ),
                _k("persetujuan_dprd", "bool", keterangan="Sudah mendapat persetujuan DPRD (bila diwajibkan)"),
            ),
            ("nomor",),
            "Kerja sama daerah dan integrasinya ke perencanaan dan penganggaran.",
            alias=("kerjasama", "kerja_sama_daerah"),
        ),
        Tabel(
            "evaluasi_sakip",
            (
                _k("tahun", "bulat", True),
                _k(
                    "kode_pd",
                    "kode",
                    referensi=("perangkat_daerah", "kode_pd"),
                    keterangan="Kosong = evaluasi tingkat pemda",
                ),
                _k("nilai", "angka", True, alias=("nilai_sakip", "skor"), keterangan="Nilai evaluasi 0–100"),
                _k(
                    "target_predikat",
                    "pilihan",
                    pilihan=PREDIKAT_SAKIP,
                    alias=("target",),
                    keterangan="AA / A / BB / B / CC / C / D",
                ),
                _k("nilai_perencanaan", "angka", alias=("perencanaan_kinerja",), keterangan="Komponen (bobot 30)"),
                _k("nilai_pengukuran", "angka", alias=("pengukuran_kinerja",), keterangan="Komponen (bobot 30)"),
                _k("nilai_pelaporan", "angka", alias=("pelaporan_kinerja",), keterangan="Komponen (bobot 15)"),
                _k(
                    "nilai_evaluasi",
                    "angka",
                    alias=("evaluasi_akuntabilitas_kinerja_internal", "evaluasi_internal"),
                    keterangan="Komponen (bobot 25)",
                ),
            ),
            ("tahun", "kode_pd"),
            "Hasil evaluasi SAKIP (PermenPANRB 88/2021) per tahun, untuk pemda atau OPD.",
            alias=("sakip",),
        ),
        Tabel(
            "tindak_lanjut",
            (
                _k("kode_tindak_lanjut", "kode", True, alias=("kode_tl", "nomor_tindak_lanjut")),
                _k("uraian", "teks", True, alias=("tindak_lanjut", "rencana_aksi", "aksi")),
                _k(
                    "kode_pd",
                    "kode",
                    True,
                    referensi=("perangkat_daerah", "kode_pd"),
                    keterangan="OPD yang bertanggung jawab",
                ),
                _k("batas_waktu", "tanggal", alias=("tenggat", "tanggal_target", "due_date")),
                _k(
                    "status",
                    "pilihan",
                    pilihan=STATUS_TINDAK_LANJUT,
                    keterangan="belum / proses / selesai / batal (kosong = belum)",
                ),
                _k("rapat", "teks", alias=("nama_rapat", "sumber_rapat"), keterangan="Rapat asal keputusan"),
                _k("tanggal_rapat", "tanggal"),
                _k("kode_indikator", "kode", referensi=("indikator", "kode_indikator")),
                _k("kode_unggulan", "kode", referensi=("program_unggulan", "kode_unggulan")),
                _k("kode_kegiatan", "kode", referensi=("kegiatan", "kode_kegiatan")),
                _k("penanggung_jawab", "teks", alias=("pic",)),
                _k("hasil", "teks", alias=("perkembangan", "keterangan_hasil"), keterangan="Apa yang sudah terjadi"),
                _k("tanggal_selesai", "tanggal"),
            ),
            ("kode_tindak_lanjut",),
            "Tindak lanjut keputusan rapat: apa, OPD, batas waktu, status, dan yang dikaitkan.",
            alias=("rencana_tindak_lanjut", "rtl"),
        ),
        Tabel(
            "pengguna",
            (
                _k(
                    "email",
                    "teks",
                    True,
                    alias=("surel", "e_mail", "akun"),
                    keterangan="Email akun di penyedia identitas",
                ),
                _k(
                    "peran",
                    "pilihan",
                    True,
                    pilihan=PERAN_PENGGUNA,
                    keterangan="pimpinan / admin_bappeda / operator_opd / analis (nasional hanya dari penyedia identitas)",
                ),
                _k(
                    "kode_pd",
                    "kode",
                    referensi=("perangkat_daerah", "kode_pd"),
                    keterangan="OPD seorang operator_opd (wajib baginya: tanpa OPD ia tidak dapat mengimpor)",
                ),
                _k("nama", "teks", alias=("nama_pengguna", "nama_lengkap")),
            ),
            ("email",),
            "Tabel produk (bukan CONTRACT.md): akun yang boleh masuk bila penyedia identitas tidak memberi klaim "
            "`peran`. Mengikuti aturan v2: kode_pemda (pemda akun, lingkupnya) memimpin baris dan kunci, sehingga "
            "admin Bappeda hanya mengimpor akun pemdanya; satu email sebaiknya hanya di satu pemda (bila di "
            "beberapa, akun itu tidak diberi peran). Hanya admin yang mengimpornya, tidak operator OPD.",
            alias=("akun", "daftar_pengguna"),
            produk=True,
        ),
        Tabel(
            "periode_lapor",
            (
                _k("tahun", "bulat", True),
                _k("periode", "periode_tw", True, alias=("triwulan", "tw")),
                _k(
                    "batas_lapor",
                    "tanggal",
                    alias=("tenggat", "batas_waktu"),
                    keterangan="Batas lapor OPD; kosong = akhir triwulan + pengaturan batas_lapor_hari",
                ),
                _k(
                    "dibuka_sampai",
                    "tanggal",
                    alias=("buka_sampai",),
                    keterangan="Dibuka kembali oleh admin sesudah batas: entri dan impor diterima s.d. tanggal ini",
                ),
                _k("catatan", "teks"),
            ),
            ("tahun", "periode"),
            "Tabel produk (bukan CONTRACT.md): triwulan yang dilaporkan OPD lewat aplikasi, dengan batas lapornya. "
            "Sesudah batas (dan selama tidak dibuka kembali) triwulan itu terkunci: entri dan impor realisasi "
            "triwulan itu ditolak. Hanya admin yang mengimpornya.",
            alias=("jadwal_lapor",),
            produk=True,
        ),
        Tabel(
            "status_lapor",
            (
                _k("kode_indikator", "kode", True, referensi=("indikator", "kode_indikator")),
                _k("tahun", "bulat", True),
                _k("periode", "periode_tw", True, alias=("triwulan", "tw")),
                _k(
                    "status",
                    "pilihan",
                    True,
                    pilihan=STATUS_LAPOR,
                    keterangan="draf / diajukan / diverifikasi / dikembalikan",
                ),
                _k(
                    "catatan_verifikasi",
                    "teks",
                    alias=("catatan", "catatan_verifikator"),
                    keterangan="Catatan verifikator (wajib bila dikembalikan)",
                ),
            ),
            ("kode_indikator", "tahun", "periode"),
            "Tabel produk (bukan CONTRACT.md): keadaan laporan satu IKU satu triwulan: draf → diajukan → "
            "diverifikasi atau dikembalikan (dengan catatan). Siapa dan kapan: batch impornya dan jejak audit.",
            alias=("verifikasi_lapor",),
            produk=True,
        ),
    ]
}

KOLOM_PEMDA = Kolom(
    "kode_pemda",
    "kode",
    False,
    alias=("kode_daerah", "kode_wilayah"),
    referensi=("pemda", "kode_pemda"),
    keterangan="Pemda pemilik baris (v2). Boleh kosong: diisi pemda impor (--pemda, pilihan halaman, "
    "satu-satunya pemda yang disebut impor atau basis data)",
)
for _t in list(TABEL.values()):
    if _t.per_pemda:
        TABEL[_t.nama] = Tabel(
            _t.nama,
            (KOLOM_PEMDA, *_t.kolom),
            _t.kunci_kontrak,
            _t.keterangan,
            _t.alias,
            _t.impor_saja,
            _t.produk,
        )

# Labels accepted for a column in every table that has it (SIPD/SIMDA exports and hand-made sheets).
ALIAS_UMUM: dict[str, tuple[str, ...]] = {
    "kode_pd": ("kode_opd", "kode_skpd", "kode_perangkat_daerah", "kode_unit", "kode_sub_skpd"),
    "kode_pemda": ("kode_daerah", "kode_wilayah"),
    "kode_indikator": ("kode_iku", "kode_ik"),
    "kode_kegiatan": ("kode_sub_kegiatan", "kode_sub_giat", "kode_giat", "kode_program"),
    "tahun": ("tahun_anggaran", "ta", "thn"),
    "bulan": ("bulan_ke", "bln"),
}

# Tables whose kode_kegiatan refers to kegiatan of the same tahun (CONTRACT.md).
REFERENSI_SETAHUN = {"tag_janji", "jadwal", "rencana_kas", "realisasi_anggaran"}
