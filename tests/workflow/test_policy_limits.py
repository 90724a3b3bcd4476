"""Policy files that would crash or silently weaken the engine are refused or flagged plainly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kiosk.resources import resource
from kiosk.workflow.policy import MAX_NESTING, MAX_POLICY_BYTES, PolicyError, load_policy_file, parse_policy
from kiosk.workflow.policy_validation import nesting_depth, text_nesting_depth, unmatched_names


def demo_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(resource("demo", "policy.json").read_text(encoding="utf-8"))
    return document


def test_deeply_nested_json_is_refused_with_a_message_not_a_recursion_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(PolicyError, match=f"nests at most {MAX_NESTING}"):
        load_policy_file(path)


def test_a_deep_document_from_the_network_is_refused_too() -> None:
    document = demo_document()
    nested: Any = "x"
    for _ in range(5_000):
        nested = [nested]
    document["description"] = nested
    with pytest.raises(PolicyError, match="levels deep"):
        parse_policy(document)


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_text(" " * (MAX_POLICY_BYTES + 1), encoding="utf-8")
    with pytest.raises(PolicyError, match="at most 1,000,000"):
        load_policy_file(path)


def test_the_demo_policy_is_within_the_limits(tmp_path: Path) -> None:
    assert nesting_depth(demo_document()) <= MAX_NESTING
    assert load_policy_file(resource("demo", "policy.json")).version


@pytest.mark.parametrize(("text", "depth"), [("{}", 1), ('{"a": [[1]]}', 3), ('{"a": "[[[[["}', 1),
                                             ('["\\"[", {"b": []}]', 3)])
def test_text_nesting_ignores_brackets_inside_strings(text: str, depth: int) -> None:
    assert text_nesting_depth(text) == depth == nesting_depth(json.loads(text))


def test_category_and_tag_names_no_order_carries_are_named() -> None:
    document = demo_document()
    document["rules"]["non_returnable"]["categories"] = ["gift_cards", "personalized"]
    found = unmatched_names(document, categories={"apparel", "shoes", "swimwear", "electronics", "gift_cards"},
                            tags={"clearance", "hygiene_seal_broken"})
    assert [(p.path, p.message) for p in found] == [
        ("rules.non_returnable.categories[1]", "no order in the catalogue has the category 'personalized'")]
