"""Devices report their health; central keeps the latest and ``kiosk-central devices`` says who needs attention."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from central.cli import main
from central.ops.devices import revoke_device
from central.ops.fleet import describe_age, fleet
from tests.central.support import iso


def report(central, **changes: Any) -> dict[str, Any]:  # noqa: ANN001
    """A healthy kiosk's report, as kiosk.sync.health_report makes it."""
    body: dict[str, Any] = {
        "reported_at": iso(central.clock()), "app_version": "0.1.0", "schema_version": "0003",
        "policy_version": "central-test-1", "cached_orders": 1200, "database_bytes": 4_000_000,
        "outbox_pending": 0, "outbox_refused": 0, "outbox_oldest_age_s": None, "print_queue_depth": 0,
        "printers": [{"name": "receipt", "ready": True, "message": "ready"}], "last_sync_age_s": 20,
        "free_disk_bytes": 20 * 1024**3, "clock_offset_ms": 800, "clock_unsure": False,
        "data_age_s": {"policy": 20, "managers": 20, "orders": 20},
    }
    body.update(changes)
    return body


def status_of(central, device_id: str, **kwargs: Any):  # noqa: ANN001, ANN201
    return next(s for s in fleet(central.db, central.clock(), **kwargs) if s.device_id == device_id)


def test_central_keeps_the_latest_report_of_each_device(central) -> None:  # noqa: ANN001
    kiosk = central.kiosk()
    first = kiosk.http.post("/v1/devices/health", json=report(central, outbox_pending=3))
    assert first.status_code == 200, first.text
    assert first.json() == {"device_id": kiosk.device_id, "received_at": iso(central.clock())}
    central.clock.advance(minutes=5)
    assert kiosk.http.post("/v1/devices/health", json=report(central, cached_orders=1300)).status_code == 200
    status = status_of(central, kiosk.device_id)
    assert (status.state, status.problems) == ("ok", ())
    assert status.received_at == central.clock() and status.report["cached_orders"] == 1300
    assert status.report["outbox_pending"] == 0 and status.report["printers"][0]["name"] == "receipt"


def test_a_silent_device_is_stale_and_one_never_heard_of_says_so(central) -> None:  # noqa: ANN001
    kiosk = central.kiosk()
    quiet = central.kiosk(kiosk.store_id)
    assert kiosk.http.post("/v1/devices/health", json=report(central)).status_code == 200
    central.clock.advance(minutes=14)
    assert status_of(central, kiosk.device_id).state == "ok"
    central.clock.advance(minutes=2)
    stale = status_of(central, kiosk.device_id)
    assert stale.state == "stale" and stale.problems[0] == "no report for 16 min"
    assert status_of(central, kiosk.device_id, stale_after=timedelta(minutes=30)).state == "ok"
    assert status_of(central, quiet.device_id).state == "never"
    revoke_device(central.db, quiet.device_id, central.clock())
    assert status_of(central, quiet.device_id).state == "revoked"


def test_a_report_showing_trouble_makes_the_device_unhealthy_with_each_reason(central) -> None:  # noqa: ANN001
    kiosk = central.kiosk()
    body = report(central, clock_offset_ms=-7 * 60_000, clock_unsure=True, outbox_pending=12, outbox_refused=2,
                  outbox_oldest_age_s=2 * 3600, print_queue_depth=1, last_sync_age_s=3 * 3600,
                  printers=[{"name": "receipt", "ready": False, "message": "out of paper"}],
                  free_disk_bytes=100 * 1024**2)
    assert kiosk.http.post("/v1/devices/health", json=body).status_code == 200
    status = status_of(central, kiosk.device_id)
    assert status.state == "unhealthy"
    assert status.problems == (
        "clock 7 min ahead of central: window verdicts held for staff",
        "2 return(s) refused by central: staff must look at them",
        "12 return(s) unsent, the oldest for 2 h",
        "no good sync for 3 h",
        "printer receipt: out of paper",
        "1 print(s) waiting for a printer",
        "disk nearly full: 100 MB free",
    )


def test_kiosk_central_devices_lists_the_fleet_and_marks_the_stale_one(central, capsys) -> None:  # noqa: ANN001
    store = central.new_store()
    fresh, silent = central.kiosk(store), central.kiosk(store)
    assert silent.http.post("/v1/devices/health", json=report(central)).status_code == 200
    central.clock.advance(hours=3)
    assert fresh.http.post("/v1/devices/health", json=report(central)).status_code == 200
    url = central.db.engine.url.render_as_string(hide_password=False)

    assert main(["--db", url, "devices", "--store", store], clock=lambda: central.clock() + timedelta(minutes=1)) == 0
    lines = capsys.readouterr().out.splitlines()
    row = {line.split()[0]: line for line in lines[1:-1]}
    assert set(row) == {fresh.device_id, silent.device_id}
    assert " ok " in row[fresh.device_id] and "1 min ago" in row[fresh.device_id]
    assert " STALE " in row[silent.device_id] and "no report for 3 h" in row[silent.device_id]
    assert lines[-1] == "2 device(s): 1 ok, 1 stale"
    assert main(["--db", url, "devices", "--store", store, "--check"],
                clock=lambda: central.clock() + timedelta(minutes=1)) == 2, "a stale device fails the check"
    capsys.readouterr()

    assert main(["--db", url, "devices", "--store", store, "--json", "--stale-after", "240"],
                clock=central.clock) == 0
    listed = {d["device_id"]: d for d in map(json.loads, capsys.readouterr().out.splitlines())}
    assert listed[fresh.device_id]["state"] == "ok"
    assert listed[silent.device_id]["state"] == "unhealthy"  # not stale after 4 hours, but its sync is 3 h old
    assert listed[silent.device_id]["problems"] == ["no good sync for 3 h"]


def test_a_bad_report_is_refused_whole_and_a_newer_kiosks_extra_fields_are_ignored(central) -> None:  # noqa: ANN001
    kiosk = central.kiosk()
    bad = kiosk.http.post("/v1/devices/health", json=report(central, outbox_pending="3", free_disk_bytes=-1))
    assert bad.status_code == 422
    assert {p["path"] for p in bad.json()["error"]["problems"]} == {"body.outbox_pending", "body.free_disk_bytes"}
    assert status_of(central, kiosk.device_id).state == "never"
    newer = kiosk.http.post("/v1/devices/health", json=report(central, battery="ok", data_age_s={"images": 5}))
    assert newer.status_code == 200
    assert "battery" not in status_of(central, kiosk.device_id).report
    anonymous = kiosk.http.post("/v1/devices/health", json=report(central), headers={"Authorization": ""})
    assert anonymous.status_code == 401


def test_ages_read_short() -> None:
    assert [describe_age(timedelta(seconds=s)) for s in (5, 60, 3599, 7200, 3 * 86400)] == [
        "5 s", "1 min", "59 min", "2 h", "3 d"]


def test_devices_check_passes_when_every_device_is_well(central) -> None:  # noqa: ANN001
    store = central.new_store()
    kiosk = central.kiosk(store)
    assert kiosk.http.post("/v1/devices/health", json=report(central)).status_code == 200
    url = central.db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "devices", "--store", store, "--check"], clock=central.clock) == 0
