"""The return case format at central: the model is the schema in resources/, kiosk posts are what
the committed OpenAPI document describes, and kiosks a version older or newer than the server
are understood, with nothing they sent lost (on SQLite and PostgreSQL)."""

from __future__ import annotations

import copy
import json
from typing import Any

from jsonschema import Draft202012Validator
from sqlalchemy import select

from central.canonical import digest
from central.models import Return
from central.ops import backoffice
from central.schemas import ReturnCaseIn
from kiosk.resources import resource
from kiosk.workflow.cases import SCHEMA_VERSION
from tests.central.support import Pick, approval, honest_case, order_document, order_line, policy_document

SCHEMA = json.loads(resource("schemas", "return_case.schema.json").read_text(encoding="utf-8"))
OPENAPI = json.loads(resource("api", "openapi.json").read_text(encoding="utf-8"))
#: What the two must agree on, property by property.
KEYWORDS = ("type", "enum", "const", "format", "minLength", "maxLength", "pattern", "minimum", "maximum",
            "minItems", "maxItems", "default")


def shape(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """A schema reduced to what validates, ``$ref`` and ``T | None`` resolved, for comparing."""
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return shape(target, root)
    variants = schema.get("anyOf")
    if variants:  # pydantic writes ``T | None`` as anyOf [T, null]
        merged = {key: value for variant in variants for key, value in shape(variant, root).items()}
        types = [t for variant in variants for t in _types(shape(variant, root))]
        return {**merged, **{k: v for k, v in schema.items() if k in KEYWORDS and v is not None},
                "type": sorted(types)}
    found = {key: schema[key] for key in KEYWORDS if key in schema and schema[key] is not None}  # no default: null
    if "type" in found:
        found["type"] = sorted(_types(found))
    if "items" in schema:
        found["items"] = shape(schema["items"], root)
    if "properties" in schema:
        found["properties"] = {name: shape(value, root) for name, value in schema["properties"].items()}
        found["required"] = sorted(schema.get("required", []))
        found["additionalProperties"] = schema.get("additionalProperties", True)
    return found


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type", [])
    return [kind] if isinstance(kind, str) else list(kind)


def test_the_model_central_reads_cases_with_is_the_schema_in_resources():
    model = ReturnCaseIn.model_json_schema()
    assert shape(model, model) == shape(SCHEMA, SCHEMA)


def test_the_openapi_document_describes_the_posted_case_by_the_same_schema():
    posted = OPENAPI["paths"]["/v1/returns"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert shape(posted, OPENAPI) == shape(SCHEMA, SCHEMA)
    shared = OPENAPI["components"]["schemas"]["ReturnCase"]
    assert shared == {key: value for key, value in SCHEMA.items() if key not in ("$schema", "$id")}


def request_schema_validator() -> Draft202012Validator:
    """The committed OpenAPI document's schema of the body of POST /v1/returns."""
    posted = OPENAPI["paths"]["/v1/returns"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return Draft202012Validator({**posted, "components": OPENAPI["components"]},
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_what_kiosks_post_is_what_the_committed_openapi_document_describes():
    store = "S-1"
    order = order_document(store, lines=[order_line("L1", quantity=2), order_line("L2", category="swimwear")])
    validator = request_schema_validator()
    posts = [honest_case(order, [Pick("L1")]),
             honest_case(order, [Pick("L1", 2), Pick("L2")], approvals=[approval("L2")]),
             version_1(honest_case(order, [Pick("L1")])),
             version_next(honest_case(order, [Pick("L1")]))]
    for body in posts:
        validator.validate(body)
    bad = honest_case(order, [Pick("L1")])
    bad["lines"][0]["quantity"] = "1"
    assert not validator.is_valid(bad)


def version_1(case: dict[str, Any]) -> dict[str, Any]:
    """The case as kiosks posted it before the format had versions."""
    return {name: value for name, value in case.items() if name != "schema_version"}


def version_next(case: dict[str, Any]) -> dict[str, Any]:
    """The case as a kiosk one version newer than this server would post it."""
    newer = copy.deepcopy(case)
    newer.update(schema_version=SCHEMA_VERSION + 1, carbon_grams=420, pickup={"locker": "B7", "until": None})
    newer["lines"][0]["serial_number"] = "SN-0042"
    newer["tender_refunds"][0]["network"] = "visa"
    return newer


def stored(central, case_id: str) -> tuple[dict[str, Any], str]:
    with central.db.reading() as session:
        row = session.execute(select(Return.body, Return.body_hash).where(Return.id == case_id)).one()
    return row.body, row.body_hash


def exported(central, store_id: str) -> dict[str, dict[str, Any]]:
    return {entry["id"]: entry["case"] for entry in backoffice.export_returns(central.db, store_id=store_id)}


def test_a_kiosk_a_version_older_than_the_server_is_understood(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = version_1(honest_case(order, [Pick("L1")]))
    first = kiosk.post_case(case)
    assert first.status_code == 201 and first.json()["status"] == "accepted"
    body, body_hash = stored(central, case["id"])
    # Stored and hashed exactly as before there were versions: a case taken then still replays.
    assert "schema_version" not in body and body == case and body_hash == digest(case)
    again = kiosk.post_case(case)
    assert again.content == first.content and again.headers["Idempotent-Replayed"] == "true"


def test_a_kiosk_a_version_newer_than_the_server_is_understood_and_nothing_it_sent_is_lost(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = version_next(honest_case(order, [Pick("L1")]))
    first = kiosk.post_case(case)
    assert first.status_code == 201 and first.json()["status"] == "accepted"  # the re-check agrees
    assert stored(central, case["id"])[0] == case
    assert exported(central, kiosk.store_id)[case["id"]] == case  # head office gets every field back
    again = kiosk.post_case(case)
    assert again.content == first.content and again.headers["Idempotent-Replayed"] == "true"
    changed = copy.deepcopy(case)
    changed["lines"][0]["serial_number"] = "SN-0043"  # a field the server does not know is still the body
    refused = kiosk.post_case(changed)
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "idempotency_key_reused"


def test_kiosks_of_three_versions_return_from_one_order_and_share_its_units(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=2)])
    central.load(order)
    cases = [version_1(honest_case(order, [Pick("L1")])), honest_case(order, [Pick("L1")]),
             version_next(honest_case(order, [Pick("L1")]))]
    assert [kiosk.post_case(case).status_code for case in cases] == [201, 201, 409]
    assert set(exported(central, kiosk.store_id)) == {case["id"] for case in cases}  # the refusal is kept too


def test_a_case_written_under_another_policy_version_still_needs_the_server_to_know_it(central):
    """Unknown fields are kept; an unknown policy version is still flagged for review."""
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = version_next(honest_case(order, [Pick("L1")], policy_doc=policy_document("from-the-future")))
    receipt = kiosk.post_case(case).json()
    assert receipt["status"] == "review" and receipt["disagreements"][0]["kind"] == "policy_version"
