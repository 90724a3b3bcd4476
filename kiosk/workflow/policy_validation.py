"""Checking a policy document: the JSON Schema first, then what a schema cannot say.

Every problem is collected, each with the path of the field at fault, so a retailer fixes a
policy in one round instead of one error at a time.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Callable, Collection, Iterable, Iterator, Mapping, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jsonschema import Draft202012Validator, ValidationError

from kiosk.resources import resource
from kiosk.workflow.clock import parse_utc
from kiosk.workflow.errors import SetupError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a policy: where (a field path like ``rules.categories[2].window_days``) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or '(document)'}: {self.message}"


class PolicyError(SetupError):
    """A policy was refused; ``problems`` lists every reason, and str() shows them all."""

    default_key = "policy_refused"

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("invalid policy:\n" + "\n".join(f"  {p}" for p in self.problems))


#: A policy is a few kilobytes; anything near this is a mistake, not a policy.
MAX_POLICY_BYTES = 1_000_000
#: The schema nests six levels; this leaves room and stops a hostile document early.
MAX_NESTING = 32


def check_document(document: Any) -> None:
    """Raise PolicyError listing every schema and semantic problem; return quietly when valid."""
    if not isinstance(document, Mapping):
        raise PolicyError([Problem("", "a policy must be a JSON object")])
    depth = nesting_depth(document)
    if depth > MAX_NESTING:
        raise PolicyError([Problem("", f"nested {depth} levels deep; a policy nests at most {MAX_NESTING}")])
    problems = schema_problems(document)
    known = {(p.path, p.message) for p in problems}
    problems += [p for p in semantic_problems(document) if (p.path, p.message) not in known]
    if problems:
        raise PolicyError(problems)


def nesting_depth(document: Any) -> int:
    """How deep lists and objects nest, counted without recursion (a hostile document may nest
    thousands of levels, past Python's recursion limit)."""
    deepest, stack = 0, [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, Mapping):
            children: Iterable[Any] = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth)
        if depth <= MAX_NESTING:
            stack.extend((child, depth + 1) for child in children)
    return deepest


def text_nesting_depth(text: str) -> int:
    """The deepest bracket nesting of JSON text, read before parsing it (strings skipped)."""
    deepest = depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def unmatched_names(document: Mapping[str, Any], categories: Collection[str], tags: Collection[str]) -> list[Problem]:
    """Category and tag names the policy uses that no known order line carries.

    A typo in a non-returnable list or a fee rule silently switches that rule off; these are
    warnings (errors with ``--strict``), since a new category may simply have no orders yet.
    """
    rules = _rules(document)
    found: list[Problem] = []
    named: list[tuple[str, str, Collection[str]]] = []
    for i, entry in enumerate(rules.get("categories", [])):
        named.append((f"rules.categories[{i}].category", entry.get("category", ""), categories))
    for i, entry in enumerate(rules.get("tags", [])):
        named.append((f"rules.tags[{i}].tag", entry.get("tag", ""), tags))
    blocked = rules.get("non_returnable", {})
    named += [(f"rules.non_returnable.categories[{i}]", name, categories)
              for i, name in enumerate(blocked.get("categories", []))]
    named += [(f"rules.non_returnable.tags[{i}]", name, tags) for i, name in enumerate(blocked.get("tags", []))]
    for i, fee in enumerate(rules.get("restocking_fees", [])):
        named += [(f"rules.restocking_fees[{i}].categories[{j}]", name, categories)
                  for j, name in enumerate(fee.get("categories", []))]
    for i, rule in enumerate(document.get("dispositions", {}).get("rules", [])):
        named += [(f"dispositions.rules[{i}].categories[{j}]", name, categories)
                  for j, name in enumerate(rule.get("categories", []))]
    for path, name, known in named:
        if name and name not in known:
            kind = "category" if known is categories else "tag"
            found.append(Problem(path, f"no order in the catalogue has the {kind} {name!r}"))
    return found


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = json.loads(resource("schemas", "policy.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_problems(document: Mapping[str, Any]) -> list[Problem]:
    errors = sorted(_validator().iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
    return [_problem_from(error) for error in errors]


def _problem_from(error: ValidationError) -> Problem:
    parts = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, Mapping):
        missing = [p for p in error.validator_value if p not in error.instance and repr(p) in error.message]
        if missing:
            return Problem(format_path([*parts, missing[0]]), "is required")
    return Problem(format_path(parts), error.message)


def format_path(parts: Iterable[str | int]) -> str:
    """``["rules", "categories", 2, "window_days"]`` -> ``rules.categories[2].window_days``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def semantic_problems(doc: Mapping[str, Any]) -> list[Problem]:
    """What the schema cannot check: real zones and times, unique codes, known conditions, dates in order.

    Each check runs on its own and is skipped when the part it reads is malformed (the
    schema has reported that already), so one broken field never hides another problem.
    """
    problems: list[Problem] = []
    for check in _SEMANTIC_CHECKS:
        try:
            problems.extend(check(doc))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return problems


def _rules(doc: Mapping[str, Any]) -> Mapping[str, Any]:
    rules: Mapping[str, Any] = doc["rules"]
    return rules


def _conditions(doc: Mapping[str, Any]) -> set[str]:
    return {c["code"] for c in doc["conditions"]}


_SEMANTIC_CHECKS: tuple[Callable[[Mapping[str, Any]], Iterable[Problem]], ...] = (
    lambda d: _effective_at(d["effective_at"]),
    lambda d: _timezone(d["timezone"]),
    lambda d: _duplicates(d["conditions"], "code", "conditions"),
    lambda d: _duplicates(d["reasons"], "code", "reasons"),
    lambda d: _duplicates(_rules(d).get("categories", []), "category", "rules.categories"),
    lambda d: _duplicates(_rules(d).get("tags", []), "tag", "rules.tags"),
    lambda d: _duplicates(_rules(d).get("extended_windows", []), "id", "rules.extended_windows"),
    lambda d: _extended_dates(_rules(d).get("extended_windows", [])),
    lambda d: _unknown_conditions(d["reasons"], "reasons", _conditions(d)),
    lambda d: _unknown_conditions(_rules(d).get("restocking_fees", []), "rules.restocking_fees", _conditions(d)),
    lambda d: _some_resolution(d["resolutions"]),
    lambda d: _unknown_conditions(d.get("dispositions", {}).get("rules", []), "dispositions.rules", _conditions(d)),
    lambda d: _unknown_reasons(d.get("dispositions", {}).get("rules", []), "dispositions.rules",
                               {r["code"] for r in d["reasons"]}),
    lambda d: _pin_lengths(d.get("staff", {})),
)


def _pin_lengths(staff: Mapping[str, Any]) -> Iterator[Problem]:
    clerks, managers = staff.get("min_pin_length", 4), staff.get("min_pin_length_manager", 6)
    if managers < clerks:
        yield Problem("staff.min_pin_length_manager",
                      f"managers' PINs ({managers} digits) cannot be shorter than clerks' ({clerks})")


def _effective_at(text: str) -> Iterator[Problem]:
    try:
        parse_utc(text)
    except ValueError as error:
        yield Problem("effective_at", f"not an ISO 8601 time with an offset: {error}")


def _timezone(name: str) -> Iterator[Problem]:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        yield Problem("timezone", f"unknown time zone {name!r}")


def _duplicates(entries: Sequence[Mapping[str, Any]], key: str, path: str) -> Iterator[Problem]:
    counts = Counter(entry[key] for entry in entries)
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        value = entry[key]
        if counts[value] > 1 and value in seen:
            yield Problem(f"{path}[{index}].{key}", f"{value!r} appears more than once")
        seen.add(value)


def _extended_dates(entries: Sequence[Mapping[str, Any]]) -> Iterator[Problem]:
    for index, entry in enumerate(entries):
        start, end = date.fromisoformat(entry["purchased_from"]), date.fromisoformat(entry["purchased_to"])
        until = date.fromisoformat(entry["returnable_until"])
        if end < start:
            yield Problem(f"rules.extended_windows[{index}].purchased_to", "is before purchased_from")
        if until < end:
            yield Problem(f"rules.extended_windows[{index}].returnable_until", "is before purchased_to")


def _unknown_conditions(entries: Sequence[Mapping[str, Any]], path: str, known: set[str]) -> Iterator[Problem]:
    for index, entry in enumerate(entries):
        for position, code in enumerate(entry.get("conditions", [])):
            if code not in known:
                yield Problem(f"{path}[{index}].conditions[{position}]", f"unknown condition {code!r}")


def _unknown_reasons(entries: Sequence[Mapping[str, Any]], path: str, known: set[str]) -> Iterator[Problem]:
    for index, entry in enumerate(entries):
        for position, code in enumerate(entry.get("reasons", [])):
            if code not in known:
                yield Problem(f"{path}[{index}].reasons[{position}]", f"unknown reason {code!r}")


def _some_resolution(resolutions: Mapping[str, Any]) -> Iterator[Problem]:
    if not any(entry.get("enabled") for entry in resolutions.values()):
        yield Problem("resolutions", "at least one resolution must be enabled")
