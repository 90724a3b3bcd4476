"""A 72-hour outage: ten kiosks keep taking returns, 5,000 in all, and once central is back every
one arrives exactly once. The kiosks' clock (injected) starts in step with central's and steps
through the outage; the caps span the whole outage, so each kiosk pays out one cap's worth and
holds the rest for central."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.db.models import OutboxRow, ReturnCaseRow
from tests.sync.outage import OutageChain, OutageClock
from tests.sync.support import LiveCentral, demo_policy, utc_now

KIOSKS, RETURNS, OUTAGE = 10, 5000, timedelta(hours=72)


@pytest.mark.slow
def test_ten_kiosks_take_5000_returns_in_a_72_hour_outage_and_each_arrives_exactly_once(tmp_path: Path) -> None:
    clock = OutageClock(utc_now())  # in step with central at the last sync before the outage
    server = LiveCentral(tmp_path / "central.sqlite3").start()
    server.set_policy(demo_policy())  # 40 unconfirmed refunds a device, 1,500.00 at most
    chain = OutageChain.build(tmp_path, server, clock, kiosks=KIOSKS, returns=RETURNS)
    try:
        chain.first_sync()
        server.stop()
        cases = chain.take_returns(RETURNS, OUTAGE)
        assert cases[-1].created_at - cases[0].created_at >= OUTAGE - timedelta(minutes=1)
        server.start()
        chain.drain(RETURNS)

        held = server.returns()
        assert len(held) == RETURNS and {case_id for case_id, _ in held} == {case.id for case in cases}
        for kiosk in chain.kiosks:
            with kiosk.database.session() as session:
                saved = session.execute(select(ReturnCaseRow.status, ReturnCaseRow.document)).all()
                assert Counter(session.scalars(select(OutboxRow.state))) == {"delivered": RETURNS // KIOSKS}
            # one cap's worth for the whole outage: the first day's cap, then the outage's on the days after
            assert Counter(status for status, _ in saved) == {"completed": 40, "pending_approval": 460}
            holds = {document["extras"]["exposure_hold"]["scope"] for status, document in saved if status != "completed"}
            assert holds == {"per_device", "whole_outage.per_device"}
    finally:
        chain.close()
        server.close()
