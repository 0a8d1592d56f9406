"""Eksplorasi: analysts ask their own questions in SQL over the documented views and tables.

The page only arranges things: the checks, the read-only sandbox and the limits live in
pantau.eksplorasi (and in DuckDB itself), so they hold whatever the page does. What runs is what
the URL says (`?contoh=name` or `?sql=…`), so a link shows the same result to whoever opens it.
"""

import streamlit as st

from pantau import eksplorasi as eks
from pantau import figures, grafik, unduh
from pantau import format as fmt
from pantau.frame import frame
from pantau.masuk import lingkup_sekarang

filt = frame(
    "Eksplorasi",
    ikon="🔎",
    keterangan="SQL baca-saja atas view dan tabel yang terdokumentasi",
)
if filt is None:
    st.stop()

p = filt.params()
contoh = eks.daftar_contoh()

# --------------------------------------------------------------------------- what to run: the URL

sql_url = st.query_params.get("sql")
nama_url = st.query_params.get("contoh")
terpilih = None if sql_url else eks.cari_contoh(nama_url or eks.CONTOH_BAWAAN)
if not sql_url and terpilih is None:
    st.warning(f"Contoh `{nama_url}` tidak ada di `queries/contoh/`; yang ditampilkan contoh bawaan.")
    terpilih = eks.cari_contoh(eks.CONTOH_BAWAAN)
sql = sql_url or (terpilih.sql if terpilih else "")
if "eks_sql" not in st.session_state:
    st.session_state["eks_sql"] = sql


def _ke_url(teks: str) -> None:
    """Put a query in the URL: an example's exact text by its name (a short link), anything else as text."""
    c = eks.contoh_dengan_sql(teks)
    lama, baru = ("sql", "contoh") if c else ("contoh", "sql")
    if lama in st.query_params:
        del st.query_params[lama]
    st.query_params[baru] = c.nama if c else teks
    st.session_state["eks_putaran"] = st.session_state.get("eks_putaran", 0) + 1


def _muat(teks: str) -> None:
    st.session_state["eks_sql"] = teks
    _ke_url(teks)


def _jalankan() -> None:
    _ke_url(st.session_state["eks_sql"])


# --------------------------------------------------------------------------- editor, examples, dictionary

kiri, kanan = st.columns([3, 2], gap="large")
with kiri:
    st.text_area(
        "SQL",
        key="eks_sql",
        height=420,
        help="Satu pernyataan SELECT (boleh diawali WITH). Parameter bernama diisi dari filter di samping.",
    )
    tombol, catatan = st.columns([1, 4], vertical_alignment="center")
    tombol.button("▶ Jalankan", type="primary", on_click=_jalankan, key="eks_jalankan", width="stretch")
    catatan.caption(
        "Parameter dari filter: "
        + ", ".join(f"`${k}` = {v}" for k, v in p.items())
        + f". Batas: satu SELECT/WITH, {fmt.angka(eks.BATAS_BARIS)} baris, {fmt.angka(eks.BATAS_DETIK)} detik; "
        "hanya membaca, tanpa akses berkas."
    )
    if st.session_state["eks_sql"].strip() != sql.strip():
        st.caption("✏️ Teks di editor berubah dan belum dijalankan: hasil di bawah masih dari kueri sebelumnya.")

with kanan:
    tab_contoh, tab_kamus = st.tabs(["Contoh kueri", "Kamus data"])
    with tab_contoh:
        st.caption("Klik untuk memuat dan menjalankan; ubah sesukanya lalu jalankan lagi.")
        for c in contoh:
            st.button(
                c.judul,
                key=f"eks_contoh_{c.nama}",
                help=c.keterangan,
                on_click=_muat,
                args=(c.sql,),
                width="stretch",
                type="primary" if terpilih is not None and c.nama == terpilih.nama else "secondary",
            )
    with tab_kamus:
        objek = {o.nama: o for o in eks.kamus()}
        nama = st.selectbox(
            "View atau tabel",
            list(objek),
            index=list(objek).index("capaian_indikator") if "capaian_indikator" in objek else 0,
            format_func=lambda n: f"{n} · {objek[n].jenis} ({objek[n].kelompok})",
            key="eks_kamus",
            help="View analis dan tabel kontrak beserta arti kolomnya; juga di docs/analis.md dan "
            "docs/format_impor.md.",
        )
        o = objek[nama]
        st.caption(o.keterangan or "Belum ada keterangan untuk objek ini.")
        st.dataframe(
            o.kolom,
            hide_index=True,
            width="stretch",
            height=min(420, 35 * len(o.kolom) + 38),
            column_config={
                "kolom": "Kolom",
                "tipe": "Tipe",
                "arti": st.column_config.TextColumn("Arti", width="large"),
            },
        )
        st.button(
            f"Lihat 100 baris pertama {nama}",
            key="eks_intip",
            on_click=_muat,
            args=(eks.sql_intip(nama),),
        )

# --------------------------------------------------------------------------- the result

# Rerun the query only when the SQL, the filters, the database or a click on "Jalankan" changed;
# moving the chart's axes must not query again.
lingkup = lingkup_sekarang()
sidik = eks.sidik(sql, p)
kunci = (sidik, st.session_state.get("eks_putaran", 0))
if st.session_state.get("eks_kunci") != kunci:
    st.session_state["eks_hasil"] = eks.jalankan(sql, p, lingkup=lingkup)
    st.session_state["eks_kunci"] = kunci
hasil: eks.Hasil = st.session_state["eks_hasil"]

st.subheader(terpilih.judul if terpilih else "Hasil kueri")
if terpilih and terpilih.keterangan:
    st.caption(terpilih.keterangan)
st.caption(
    "🔗 Kueri ini tersimpan di alamat halaman (`?contoh=…` atau `?sql=…`) bersama filternya: salin alamat dari "
    "peramban untuk membagikannya."
)
if not lingkup.semua:
    st.caption(lingkup.catatan_eksplorasi())

if not hasil.ok:
    (st.warning if hasil.sebab in ("waktu", "sibuk") else st.error)(hasil.pesan)
    st.stop()

data = hasil.data
st.caption(f"{fmt.angka(len(data))} baris · {fmt.angka(len(data.columns))} kolom · {fmt.angka(hasil.detik, 2)} detik")
if hasil.terpotong:
    st.warning(
        f"Hasil dipotong: hanya {fmt.angka(eks.BATAS_BARIS)} baris pertama yang ditampilkan dan diunduh. "
        "Persempit dengan WHERE, kelompokkan dengan GROUP BY, atau pakai LIMIT."
    )
if data.empty:
    st.info(
        "Kueri berjalan tetapi tidak menghasilkan baris. Periksa syarat WHERE dan filter di samping "
        "(pemda, tahun, triwulan mengisi parameternya)."
        + ("" if lingkup.semua else " " + lingkup.catatan_eksplorasi().removeprefix("🔒 "))
    )
    st.stop()

st.dataframe(
    data,
    hide_index=True,
    width="stretch",
    # Decimal numbers in the reader's own locale (1.234,5 in Indonesian); whole numbers such as tahun stay plain.
    column_config={
        k: st.column_config.NumberColumn(format="localized")
        for k in data.columns
        if str(data[k].dtype).startswith("float")
    },
)
unduh.tombol_unduh(
    eks.siap_unduh(data),
    f"eksplorasi_{terpilih.nama if terpilih else 'kueri'}",
    lembar="hasil",
    label="hasil",
)

# --------------------------------------------------------------------------- the quick chart

st.subheader("Grafik cepat")
angka = eks.kolom_angka(data)
if not angka:
    st.info("Grafik cepat membutuhkan setidaknya satu kolom angka untuk sumbu Y; hasil ini tidak punya.")
    st.stop()
saran = eks.grafik_bawaan(data, terpilih.grafik if terpilih else None)
kolom = list(data.columns)
jenis_opsi = list(figures.JENIS_GRAFIK)
g1, g2, g3, g4 = st.columns(4)
jenis = g1.selectbox(
    "Jenis",
    jenis_opsi,
    index=jenis_opsi.index(saran.jenis) if saran.jenis in jenis_opsi else 0,
    format_func=figures.JENIS_GRAFIK.get,
    key=f"eks_jenis_{sidik}",
)
x = g2.selectbox("Sumbu X", kolom, index=kolom.index(saran.x), key=f"eks_x_{sidik}")
y = g3.selectbox("Sumbu Y (angka)", angka, index=angka.index(saran.y), key=f"eks_y_{sidik}")
tanpa = "(tanpa)"
warna = g4.selectbox(
    "Warna menurut",
    [tanpa, *kolom],
    index=kolom.index(saran.warna) + 1 if saran.warna else 0,
    key=f"eks_warna_{sidik}",
    help="Satu warna per nilai kolom ini. Bila hasil punya kolom warna (mis. warna_predikat), warnanya dipakai.",
)
grafik.tampilkan(
    figures.gambar_eksplorasi,
    data,
    x,
    y,
    warna=None if warna == tanpa else warna,
    jenis=jenis,
    judul=terpilih.judul if terpilih else "Grafik hasil kueri",
    key=f"eks_grafik_{sidik}",
)
