"""Cases with outcomes for the central tests: store credit with its voucher, card refunds,
restocked and exchanged lines; and the payment side's client."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from central.ops import refunds
from kiosk.workflow.cases import Resolution
from kiosk.workflow.vouchers import mint_voucher_code
from tests.central.support import Central, Kiosk, Pick, honest_case, order_document, order_line


def with_vouchers(case: dict[str, Any], *amounts: int, expires_on: str | None = None) -> dict[str, Any]:
    """The case as a v3 kiosk posts it with the vouchers it minted."""
    vouchers = [{"code": mint_voucher_code(case["code"], i), "amount": amount, "currency": case["currency"],
                 "expires_on": expires_on, "kind": "store_credit"} for i, amount in enumerate(amounts)]
    return {**case, "schema_version": 3, "vouchers": vouchers}


def store_credit_case(central: Central, kiosk: Kiosk, *, unit_price: int = 2500, quantity: int = 1,
                      expires_on: str | None = None) -> dict[str, Any]:
    """A store-credit case with one voucher for its credit, posted and taken (201)."""
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=quantity, unit_price=unit_price)])
    central.load(order)
    case = honest_case(order, [Pick("L1", quantity)], device_id=kiosk.device_id, resolution=Resolution.STORE_CREDIT)
    case = with_vouchers(case, case["credit_total"], expires_on=expires_on)
    posted = kiosk.post_case(case)
    assert posted.status_code == 201, posted.text
    return case


def refund_case(central: Central, kiosk: Kiosk, *, tenders: list[dict[str, Any]] | None = None,
                post: bool = True) -> dict[str, Any]:
    """A refund to the order's card (or the given tenders), posted unless told not to."""
    order = order_document(kiosk.store_id)
    if tenders is not None:
        order["tenders"] = tenders
    central.load(order)
    case = honest_case(order, [Pick("L1")], device_id=kiosk.device_id)
    if post:
        posted = kiosk.post_case(case)
        assert posted.status_code == 201, posted.text
    return case


def payment_side(central: Central) -> httpx.Client:
    """An HTTP client holding a new payment service token."""
    service = refunds.add_service(central.db, f"payments-{uuid.uuid4().hex[:6]}", central.clock())
    return httpx.Client(base_url=central.url, headers={"Authorization": f"Bearer {service.token}"}, timeout=30)


def pull_instructions(client: httpx.Client, cursor: str | None = None) -> tuple[list[dict[str, Any]], str]:
    got: list[dict[str, Any]] = []
    while True:
        page = client.get("/v1/refunds/instructions", params={"cursor": cursor} if cursor else {})
        assert page.status_code == 200, page.text
        body = page.json()
        got += body["instructions"]
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return got, cursor


def instructions_of(client: httpx.Client, case: dict[str, Any]) -> list[dict[str, Any]]:
    latest: dict[int, dict[str, Any]] = {}
    for entry in pull_instructions(client)[0]:
        if entry["return_id"] == case["id"]:
            latest[entry["id"]] = entry
    return [latest[i] for i in sorted(latest)]


def return_status(kiosk: Kiosk, case_id: str) -> str:
    """The case's status as the kiosk's returns feed says it last."""
    status = ""
    cursor = None
    while True:
        page = kiosk.get("/v1/returns/changes", params={"cursor": cursor} if cursor else {})
        assert page.status_code == 200, page.text
        body = page.json()
        status = next((r["status"] for r in reversed(body["returns"]) if r["id"] == case_id), status)
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return status
