"""pantau.tabel.potong: a long table is shown a slice at a time, chosen above it (issue 21)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _halaman(jumlah: int) -> None:
    import pandas as pd
    import streamlit as st

    from pantau import tabel

    data = pd.DataFrame({"n": range(1, jumlah + 1)})
    st.dataframe(tabel.potong(data, "uji_baris"))


def test_tabel_pendek_utuh() -> None:
    at = AppTest.from_function(_halaman, args=(200,)).run()
    assert not at.exception and not at.selectbox
    assert len(at.dataframe[0].value) == 200


def test_tabel_panjang_per_potong() -> None:
    at = AppTest.from_function(_halaman, args=(450,)).run()
    assert not at.exception
    (pilih,) = at.selectbox
    assert pilih.label == "Baris"
    assert pilih.options == ["1–200 dari 450", "201–400 dari 450", "401–450 dari 450"]
    assert at.dataframe[0].value["n"].tolist() == list(range(1, 201))
    pilih.set_value(400).run()
    assert at.dataframe[0].value["n"].tolist() == list(range(401, 451))
