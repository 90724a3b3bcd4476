"""Reading an order page order by order, keeping each order's exact JSON text.

The cache stores every order as its JSON document. Parsing a page into dicts and encoding
each order again costs as much as SQLite's whole insert (bench/sync.py), so the page is
read with the standard decoder one value at a time: each order comes out parsed (to be
checked) together with the slice of the answer it was read from (to be stored as is).
"""

from __future__ import annotations

import json
import re
from typing import Any

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def read_page(text: str, array_key: str = "orders") -> tuple[dict[str, Any], list[str]]:
    """The page as json.loads would give it, and the JSON text of each item of ``array_key``.

    Raises ValueError when the text is not one JSON object.
    """
    page: dict[str, Any] = {}
    texts: list[str] = []
    index = _expect(text, _skip(text, 0), "{")
    if text[index:index + 1] == "}":
        return page, _end(text, index + 1, texts)
    while True:
        key, index = _DECODER.raw_decode(text, index)
        if not isinstance(key, str):
            raise ValueError("an object key must be a string")
        index = _expect(text, index, ":")
        if key == array_key and text[index:index + 1] == "[":
            page[key], index = _items(text, index + 1, texts)
        else:
            page[key], index = _DECODER.raw_decode(text, index)
        index = _skip(text, index)
        if text[index:index + 1] == ",":
            index = _skip(text, index + 1)
            continue
        return page, _end(text, _expect(text, index, "}"), texts)


def _items(text: str, index: int, texts: list[str]) -> tuple[list[Any], int]:
    texts.clear()  # a repeated key: the last one wins, as with json.loads
    items: list[Any] = []
    index = _skip(text, index)
    if text[index:index + 1] == "]":
        return items, index + 1
    while True:
        start = index
        value, index = _DECODER.raw_decode(text, index)
        items.append(value)
        texts.append(text[start:index])
        index = _skip(text, index)
        if text[index:index + 1] == ",":
            index = _skip(text, index + 1)
            continue
        return items, _expect(text, index, "]")


def _skip(text: str, index: int) -> int:
    match = _SPACE.match(text, index)
    return match.end() if match else index


def _expect(text: str, index: int, char: str) -> int:
    index = _skip(text, index)
    if text[index:index + 1] != char:
        raise ValueError(f"expected {char!r} at character {index}")
    return _skip(text, index + 1)


def _end(text: str, index: int, texts: list[str]) -> list[str]:
    if _skip(text, index) != len(text):
        raise ValueError("extra data after the JSON object")
    return texts
