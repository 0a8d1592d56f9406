"""A figure on a page: built once per data, then shown from memory (issue 21, page time as users feel it).

Building a Plotly figure in Python is most of a page's script time once its queries are cached (validation of
every property: 0,3–0,8 s for one figure of the Distribusi Jadwal page on a busy 2-core machine), and it gives the
same figure for the same frames every time. `tampilkan` keys a figure by its builder and the *content* of what it
is built from (every frame hashed whole, with its columns and types), so a new import, another pemda or another
choice is another figure, and every session that shows the same data shares one. The figure builders stay plain
functions of `pantau.figures` (frame in, figure out, testable without Streamlit).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

BATAS_TERSIMPAN = 256  # figures kept (least recently shown goes first): a few per page, pemda and choice

_tersimpan: OrderedDict[Hashable, go.Figure] = OrderedDict()
_kunci = threading.Lock()


def _sidik_frame(data: pd.DataFrame | pd.Series) -> Hashable:
    """The whole content of a frame (values, index, column names and types), never a sample of its rows."""
    nilai = pd.util.hash_pandas_object(data, index=True).to_numpy()
    ringkas = hashlib.blake2b(nilai.tobytes(), digest_size=16).hexdigest()
    if isinstance(data, pd.Series):
        return ("series", str(data.name), str(data.dtype), ringkas)
    return ("frame", tuple(map(str, data.columns)), tuple(map(str, data.dtypes)), ringkas)


def _sidik(nilai: Any) -> Hashable:
    """A key for an argument of a figure builder; TypeError for one it cannot key (the figure is then not kept)."""
    if isinstance(nilai, pd.DataFrame | pd.Series):
        return _sidik_frame(nilai)
    if isinstance(nilai, list | tuple):
        return (type(nilai).__name__, tuple(_sidik(v) for v in nilai))
    if isinstance(nilai, dict):
        return ("dict", tuple((k, _sidik(v)) for k, v in nilai.items()))
    if nilai is None or isinstance(nilai, str | int | float | bool | dt.date | dt.datetime | pd.Timestamp):
        return (type(nilai).__name__, nilai)
    raise TypeError(f"tidak dapat dijadikan kunci: {type(nilai).__name__}")


def bangun(builder: Callable[..., go.Figure], *args: Any, **kwargs: Any) -> go.Figure:
    """`builder(*args, **kwargs)`, from memory when it was built from the same content before. The figure returned
    is shared: show it, never change it."""
    try:
        kunci: Hashable = (builder.__module__, builder.__qualname__, _sidik(args), _sidik(kwargs))
    except TypeError:
        return builder(*args, **kwargs)
    with _kunci:
        fig = _tersimpan.get(kunci)
        if fig is not None:
            _tersimpan.move_to_end(kunci)
            return fig
    fig = builder(*args, **kwargs)  # outside the lock: another session's figure need not wait for this one
    with _kunci:
        _tersimpan[kunci] = fig
        while len(_tersimpan) > BATAS_TERSIMPAN:
            _tersimpan.popitem(last=False)
    return fig


def tampilkan(builder: Callable[..., go.Figure], *args: Any, tempat: Any = None, key: str | None = None, **kwargs: Any):
    """Show `builder(*args, **kwargs)` across the width of `tempat` (a column or container; default the page), built
    once per content (`bangun`). st.plotly_chart sends a copy (its `to_dict`), so the kept figure stays as built."""
    return (st if tempat is None else tempat).plotly_chart(bangun(builder, *args, **kwargs), width="stretch", key=key)
