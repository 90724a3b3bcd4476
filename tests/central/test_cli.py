"""``kiosk-central``: an operator sets up a store from the command line and serves it."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timezone

import httpx
import pytest
from sqlalchemy import func, select

from central.database import Database
from central.models import Order
from kiosk.resources import resource
from tests.central.support import Pick, honest_case, order_document, policy_document

CLI = [sys.executable, "-m", "central.cli"]


def run(db_url, *args, capsys):
    from central.cli import main

    code = main(["--db", db_url, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(process, url, log):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # waiting for readiness, not asserting on time
        if process.poll() is not None:
            pytest.fail(f"kiosk-central serve exited: {log.read_text()}")
        try:
            if httpx.get(url + "/v1/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.05)
    pytest.fail("kiosk-central serve did not answer")


def test_an_operator_sets_up_a_store_and_serves_it(db_urls, tmp_path, capsys, monkeypatch):
    db = db_urls()
    assert run(db, "add-store", "S1", "--name", "Downtown", "--timezone", "America/New_York", capsys=capsys)[0] == 0
    code, out, _err = run(db, "add-device", "S1", "--name", "Front kiosk", "--id", "kiosk-1", capsys=capsys)
    assert code == 0
    token = re.search(r"token:\s+(\S+)", out).group(1)
    order = order_document("S1", number="A-100")
    (tmp_path / "orders.jsonl").write_text(json.dumps(order) + "\n\n")
    assert run(db, "load-orders", str(tmp_path / "orders.jsonl"), capsys=capsys)[1] == \
        "orders: 1 added, 0 changed, 0 unchanged\n"
    (tmp_path / "policy.json").write_text(json.dumps(policy_document("cli-1")))
    assert "policy cli-1 is current" in run(db, "set-policy", str(tmp_path / "policy.json"), capsys=capsys)[1]
    monkeypatch.setattr(sys, "stdin", io.StringIO("246813\n"))
    assert run(db, "add-manager", "M1", "--name", "Ana", "--store", "S1", "--pin-stdin", capsys=capsys)[0] == 0

    port = free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "CENTRAL_DB": db}
    with log.open("w") as sink:
        server = subprocess.Popen([*CLI, "serve", "--port", str(port)], stdout=sink, stderr=subprocess.STDOUT, env=env)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_serving(server, url, log)
        auth = {"Authorization": f"Bearer {token}"}
        assert httpx.get(url + "/v1/policy", headers=auth).json()["version"] == "cli-1"
        assert [m["id"] for m in httpx.get(url + "/v1/managers", headers=auth).json()["managers"]] == ["M1"]
        case = honest_case(order, [Pick("L1")], policy_doc=policy_document("cli-1"), device_id="kiosk-1",
                           at=datetime.now(timezone.utc))
        posted = httpx.post(url + "/v1/returns", json=case, headers={**auth, "Idempotency-Key": case["id"]})
        assert posted.status_code == 201, posted.text
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)

    code, out, _err = run(db, "export-returns", capsys=capsys)
    exported = [json.loads(line) for line in out.splitlines()]
    assert [(e["id"], e["device_id"], e["case"]["order_number"]) for e in exported] == [(case["id"], "kiosk-1", "A-100")]
    assert run(db, "set-return-status", case["code"], "refunded", capsys=capsys)[0] == 0
    out = run(db, "export-returns", "--status", "refunded", capsys=capsys)[1]
    assert json.loads(out)["status"] == "refunded"


def test_a_bad_orders_file_loads_nothing_and_names_the_lines(sqlite_file, tmp_path, capsys):
    run(sqlite_file, "add-store", "S1", capsys=capsys)
    good = order_document("S1")
    bad = order_document("S1")
    del bad["customer"]
    (tmp_path / "orders.jsonl").write_text("\n".join([json.dumps(good), json.dumps(bad), "{oops"]))
    code, _out, err = run(sqlite_file, "load-orders", str(tmp_path / "orders.jsonl"), capsys=capsys)
    assert code == 1
    assert "line 2: (order): 'customer' is a required property" in err and "line 3: not JSON" in err
    db = Database.open(sqlite_file)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 0
    db.dispose()


def test_a_bad_policy_file_is_refused_with_the_field_at_fault(sqlite_file, tmp_path, capsys):
    document = policy_document("bad-1")
    document["rules"]["window_days"] = "thirty"
    (tmp_path / "policy.json").write_text(json.dumps(document))
    code, _out, err = run(sqlite_file, "set-policy", str(tmp_path / "policy.json"), capsys=capsys)
    assert code == 1 and "rules.window_days" in err
    assert run(sqlite_file, "set-policy", str(resource("demo", "policy.json")), capsys=capsys)[0] == 0


def test_operator_mistakes_are_refused_with_a_message(sqlite_file, capsys):
    assert run(sqlite_file, "add-device", "NOPE", capsys=capsys)[2].startswith("kiosk-central: no store 'NOPE'")
    run(sqlite_file, "add-store", "S1", capsys=capsys)
    assert "exists already" in run(sqlite_file, "add-store", "S1", capsys=capsys)[2]
    assert "at least 6 digits" in run(sqlite_file, "add-manager", "M1", "--store", "S1", "--pin", "12", capsys=capsys)[2]
    assert "4 to 12 digits" in run(sqlite_file, "add-manager", "M1", "--store", "S1", "--pin", "12ab34", capsys=capsys)[2]
    assert "--all-stores" in run(sqlite_file, "add-manager", "M1", "--pin", "1234", capsys=capsys)[2]
    assert "no return" in run(sqlite_file, "set-return-status", "X", "refunded", capsys=capsys)[2]
    assert run("mysql://nope", "migrate", capsys=capsys)[0] == 1


def test_the_openapi_command_prints_the_committed_document(capsys):
    from central.cli import main

    assert main(["openapi"]) == 0
    assert capsys.readouterr().out == resource("api", "openapi.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("url", ["sqlite:///{folder}/not-a-database.sqlite3", "postgresql://intake:secret@127.0.0.1:{port}/central"])
def test_a_database_that_cannot_be_used_is_named_without_its_password(url, tmp_path, capsys):
    (tmp_path / "not-a-database.sqlite3").write_bytes(b"these bytes are no database" * 100)
    code, _out, err = run(url.format(folder=tmp_path, port=free_port()), "migrate", capsys=capsys)
    assert code == 1
    assert err.startswith("kiosk-central: the database ") and "cannot be used: " in err
    assert "secret" not in err and "Traceback" not in err
