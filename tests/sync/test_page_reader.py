"""Reading an order page item by item gives what json.loads gives, plus each item's own text."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.sync.page_reader import read_page

scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
pages = st.fixed_dictionaries({"orders": st.lists(st.dictionaries(st.text(max_size=6), values, max_size=4),
                                                  max_size=4)},
                              optional={"next_cursor": st.text(max_size=6), "has_more": st.booleans(),
                                        "total": st.integers(), "extra": values})


@settings(max_examples=150, deadline=None)
@given(page=pages, indent=st.sampled_from([None, 0, 2]), compact=st.booleans(), ascii_only=st.booleans())
def test_the_page_reads_as_json_loads_and_each_text_reads_as_its_item(page: dict, indent: int | None,
                                                                      compact: bool, ascii_only: bool) -> None:
    separators = (",", ":") if compact else (", ", ": ")
    text = " \n" + json.dumps(page, indent=indent, separators=separators, ensure_ascii=ascii_only) + "\n "
    parsed, texts = read_page(text)
    assert parsed == json.loads(text)
    assert [json.loads(t) for t in texts] == parsed["orders"]


@pytest.mark.parametrize("text", ['["orders"]', '{"orders": [1, 2,]}', '{"orders": [1] "x": 2}', '{"a": 1} x',
                                  "", '{"orders": [1, 2]', "<html></html>", '{1: 2}'])
def test_anything_but_one_json_object_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        read_page(text)
