"""Feed cursors are opaque to kiosks and refused (410) when the server cannot resume them."""

from __future__ import annotations

import pytest

from central.cursors import Cursor, CursorGone, decode_cursor


def test_a_cursor_round_trips():
    text = Cursor("o", "epoch1", 42).encode()
    assert decode_cursor(text, feed="o", epoch="epoch1", last_seq=50) == 42
    assert decode_cursor(None, feed="o", epoch="epoch1", last_seq=50) == 0


@pytest.mark.parametrize("text", [
    "garbage", "!!!", Cursor("r", "epoch1", 1).encode(), Cursor("o", "other", 1).encode(),
    Cursor("o", "epoch1", 51).encode(), "by5lcG9jaDEuLTE",  # o.epoch1.-1
])
def test_an_unusable_cursor_is_gone(text):
    with pytest.raises(CursorGone) as gone:
        decode_cursor(text, feed="o", epoch="epoch1", last_seq=50)
    assert gone.value.status == 410
