"""Central API under the load a chain offers: open-loop arrivals, then a backlog drained.

``kiosk-central serve`` runs in its own process on a loopback port, over SQLite or a
throwaway PostgreSQL cluster (durable: fsync on). Fifty simulated kiosks then:

1. offer 25, 50, 100 and 200 returns/s (all kiosks together, Poisson arrivals, each kiosk
   picked at random) for ``--seconds`` each. Arrivals are scheduled by the clock and never
   wait for earlier answers, as shoppers do not wait for each other; latency is counted from
   the moment a post was due, so a server (or generator) that falls behind shows. Each step
   is preceded by ``GET /v1/health`` offered at the same rate, the baseline: a request that
   goes through the same HTTP server, threads and database pool and does nothing else.
   Printed per step: the rate achieved, p50 and p99, p99 as a multiple of the baseline's, and
   the server's CPU time per return.
2. drain a backlog (``--backlog``, 5,000): every kiosk pushes its outbox as its sync worker
   does, one post in flight, the next as soon as the last is answered; transient answers
   (503, 429) are retried with the same key. Printed: the time until the last is stored.
3. check that nothing was lost, stored twice or returned past what was bought, and that a
   sample of replays gets the first answer byte for byte.

Targets (2-core machine, load generator included): p99 under 100 ms at 100 returns/s on
both backends; the 5,000-case backlog drained in under 60 s.

    .venv/bin/python bench/central.py [--backend sqlite|postgresql|both] [--seconds 30]
                                      [--backlog 5000] [--kiosks 50] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from central import tempgres  # noqa: E402
from central.database import Database  # noqa: E402
from central.models import Return, ReturnLine  # noqa: E402
from central.ops import devices, orders, policies  # noqa: E402
from kiosk.resources import resource  # noqa: E402
from kiosk.workflow.cases import CaseLine, Resolution, ReturnCase  # noqa: E402
from kiosk.workflow.eligibility import Selection, evaluate  # noqa: E402
from kiosk.workflow.ids import CaseId, LineId, mint_return_code  # noqa: E402
from kiosk.workflow.orders import Order  # noqa: E402
from kiosk.workflow.policy import Policy, parse_policy  # noqa: E402
from kiosk.workflow.quotes import quote  # noqa: E402

STORE = "BENCH-1"
RATES = (25, 50, 100, 200)
TARGET_RATE, TARGET_P99_MS, TARGET_DRAIN_S = 100, 100.0, 60.0
UNITS_PER_ORDER = 2


# --- the database: a store, its kiosks, the demo policy and an order unit per return -------


@dataclass
class Kiosk:
    device_id: str
    token: str
    outbox: list[bytes] = field(default_factory=list)  # case bodies, posted in this order
    idle: list[Connection] = field(default_factory=list)


def order_documents(count: int, now: datetime) -> list[dict[str, Any]]:
    """Orders of two units each, from shoppers of their own, delivered five days ago."""
    delivered = now - timedelta(days=5)
    return [{
        "number": f"B-{i:06d}", "store_id": STORE,
        "customer": {"email": f"shopper{i}@example.com", "name": f"Shopper {i}", "phone": ""},
        "placed_at": (delivered - timedelta(days=2)).isoformat(), "delivered_at": delivered.isoformat(),
        "currency": "USD", "tenders": [{"kind": "card", "amount": 5400, "reference": "visa"}],
        "discounts": [], "shipping": {"amount": 0, "tax": 0},
        "lines": [{"id": "L1", "sku": "TEE-M", "title": "Tee", "product_id": "TEE", "category": "apparel",
                   "variant": {"size": "M"}, "unit_price": 2500, "tax": 400, "quantity": UNITS_PER_ORDER,
                   "quantity_returned": 0, "final_sale": False, "tags": []}],
    } for i in range(count)]


def case_for(order: Order, policy: Policy, now: datetime, device_id: str) -> bytes:
    """One unit back, decided and priced by kiosk.workflow as the wizard does; the JSON posted."""
    selections = [Selection("L1", 1, "changed_mind", "unopened")]
    evaluation = evaluate(order, selections, policy, now)
    option = quote(order, evaluation, selections, policy).option(Resolution.REFUND)
    decision = evaluation.decisions[0]
    line = CaseLine(line_id=LineId(decision.line_id), sku="TEE-M", title="Tee", quantity=1, reason_code="changed_mind",
                    condition="unopened", verdict=decision.verdict.value, rule=decision.rule,
                    message_key=decision.message_key, refund_amount=option.per_line.get("L1", 0))
    case = ReturnCase(id=CaseId(str(uuid.uuid4())), code=mint_return_code(), order_number=order.number, store_id=STORE,
                      device_id=device_id, created_at=now, currency="USD", resolution=Resolution.REFUND,
                      lines=(line,), policy_version=policy.version, refund_total=option.total,
                      tender_refunds=option.tender_refunds)
    return json.dumps(case.to_dict()).encode()


def prepare(db_url: str, kiosks: int, returns: int) -> list[Kiosk]:
    """A migrated database with the fleet, the policy and orders enough for ``returns`` cases,
    and each kiosk's outbox of cases (units shuffled over the kiosks)."""
    now = datetime.now(timezone.utc)
    db = Database.open(db_url)
    db.migrate()
    devices.add_store(db, STORE, "Bench store", "America/New_York", now)
    document = json.loads(resource("demo", "policy.json").read_text(encoding="utf-8"))
    policy = parse_policy(document)
    policies.set_policy(db, document, now)
    documents = order_documents(-(-returns // UNITS_PER_ORDER), now)
    orders.load_orders(db, documents, now)
    fleet = [devices.add_device(db, STORE, f"kiosk {i}", now) for i in range(kiosks)]
    db.dispose()
    units = [Order.from_dict(d) for d in documents for _unit in range(UNITS_PER_ORDER)][:returns]
    random.Random(7).shuffle(units)
    bench = [Kiosk(d.id, d.token) for d in fleet]
    for i, order in enumerate(units):
        kiosk = bench[i % kiosks]
        kiosk.outbox.append(case_for(order, policy, now, kiosk.device_id))
    return bench


def next_case(fleet: list[Kiosk], kiosk: Kiosk) -> bytes:
    """The next case of the kiosk's outbox (of the fullest, should random arrivals empty it)."""
    return (kiosk.outbox or max(fleet, key=lambda k: len(k.outbox)).outbox).pop()


# --- the kiosks' HTTP: keep-alive connections, as lean as can be -----------------------------


class Connection:
    """One keep-alive HTTP/1.1 connection, minimal so that the generator costs the shared CPU
    as little as possible and the figures are the server's."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        return cls(*await asyncio.open_connection("127.0.0.1", port))

    async def request(self, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> tuple[int, bytes]:
        lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        self.writer.close()


async def call(port: int, kiosk: Kiosk, method: str, path: str, headers: dict[str, str],
               body: bytes = b"") -> tuple[int, bytes]:
    """One request on an idle connection of the kiosk's (a new one if none is idle); a
    connection the server closed meanwhile is replaced and the request sent again."""
    connection = kiosk.idle.pop() if kiosk.idle else await Connection.open(port)
    try:
        answer = await connection.request(method, path, headers, body)
    except (ConnectionError, asyncio.IncompleteReadError):  # closed while idle (uvicorn's keep-alive timeout)
        connection.close()
        connection = await Connection.open(port)
        answer = await connection.request(method, path, headers, body)
    kiosk.idle.append(connection)
    return answer


async def post_case(port: int, kiosk: Kiosk, body: bytes, answers: dict[str, tuple[int, bytes]]) -> None:
    """Post until the answer is final, as the sync worker does (same key; transient: retry)."""
    case_id = json.loads(body)["id"]
    headers = {"Authorization": f"Bearer {kiosk.token}", "Idempotency-Key": case_id,
               "Content-Type": "application/json"}
    while True:
        status, content = await call(port, kiosk, "POST", "/v1/returns", headers, body)
        if status < 500 and status != 429:
            break
        await asyncio.sleep(0.5)
    answers.setdefault(case_id, (status, content))


async def health(port: int, kiosk: Kiosk) -> None:
    status, _body = await call(port, kiosk, "GET", "/v1/health", {})
    assert status == 200, status


# --- open loop -----------------------------------------------------------------------------


@dataclass
class Step:
    offered: float
    count: int
    elapsed: float  # from the first arrival due to the last answer
    latencies: list[float]
    late: list[float]  # how late the generator sent each request (its own lag)

    @property
    def achieved(self) -> float:
        return self.count / self.elapsed

    def p(self, share: float) -> float:
        return percentile(self.latencies, share) * 1000


async def open_loop(port: int, fleet: list[Kiosk], rate: float, seconds: float, seed: int,
                    answers: dict[str, tuple[int, bytes]] | None) -> Step:
    """Requests due at Poisson arrival times, from random kiosks, each sent when due whatever
    is still in flight: returns (``answers`` given) or health checks."""
    draw = random.Random(seed)
    due: list[tuple[float, Kiosk]] = []
    moment = draw.expovariate(rate)
    while moment < seconds:
        due.append((moment, draw.choice(fleet)))
        moment += draw.expovariate(rate)
    loop = asyncio.get_running_loop()
    latencies: list[float] = []
    late: list[float] = []

    async def one(at: float, kiosk: Kiosk) -> None:
        late.append(loop.time() - at)
        if answers is None:
            await health(port, kiosk)
        else:
            await post_case(port, kiosk, next_case(fleet, kiosk), answers)
        latencies.append(loop.time() - at)  # from when it was due

    start = loop.time() + 0.05
    running = []
    for offset, kiosk in due:
        wait = start + offset - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        running.append(asyncio.create_task(one(start + offset, kiosk)))
    await asyncio.gather(*running)
    return Step(rate, len(due), loop.time() - start, latencies, late)


async def drain(port: int, fleet: list[Kiosk], backlog: int, answers: dict[str, tuple[int, bytes]]
                ) -> tuple[float, list[float]]:
    """Every kiosk pushes its share of the backlog, one post in flight: (seconds, latencies)."""
    shares = [backlog // len(fleet) + (1 if i < backlog % len(fleet) else 0) for i in range(len(fleet))]
    latencies: list[float] = []

    async def push(kiosk: Kiosk, count: int) -> None:
        for _ in range(count):
            started = time.perf_counter()
            await post_case(port, kiosk, next_case(fleet, kiosk), answers)
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(push(k, n) for k, n in zip(fleet, shares)))
    return time.perf_counter() - started, latencies


async def replays(port: int, sent: dict[str, tuple[Kiosk, bytes]], answers: dict[str, tuple[int, bytes]],
                  count: int) -> int:
    """Re-post a sample of the cases answered: how many got another answer than the first."""
    sample = random.Random(3).sample(sorted(answers), min(count, len(answers)))
    different = 0
    for case_id in sample:
        kiosk, body = sent[case_id]
        headers = {"Authorization": f"Bearer {kiosk.token}", "Idempotency-Key": case_id,
                   "Content-Type": "application/json"}
        if await call(port, kiosk, "POST", "/v1/returns", headers, body) != answers[case_id]:
            different += 1
    return different


async def load(port: int, fleet: list[Kiosk], args: argparse.Namespace, label: str,
               server: int) -> dict[str, tuple[int, bytes]]:
    sent = {json.loads(body)["id"]: (kiosk, body) for kiosk in fleet for body in kiosk.outbox}  # for the replays
    answers: dict[str, tuple[int, bytes]] = {}
    await asyncio.gather(*(post_case(port, k, k.outbox.pop(), answers) for k in fleet))  # warm-up, not counted
    for number, rate in enumerate(RATES):
        base = await open_loop(port, fleet, rate, args.seconds, 100 + number, None)
        ticks, spent = cpu_ticks(), cpu_seconds(server)
        step = await open_loop(port, fleet, rate, args.seconds, number, answers)
        steal = stolen_share(ticks, cpu_ticks())
        per_return = (cpu_seconds(server) - spent) / step.count * 1000
        target = f" (target: p99 < {TARGET_P99_MS:.0f} ms: {'met' if step.p(0.99) < TARGET_P99_MS else 'MISSED'})" \
            if rate == TARGET_RATE else ""
        print(f"{label}: {rate:>3}/s offered for {args.seconds:.0f} s: {step.count} returns, achieved "
              f"{step.achieved:5.1f}/s, p50 {step.p(0.5):4.0f} ms, p99 {step.p(0.99):4.0f} ms "
              f"= {step.p(0.99) / base.p(0.99):.1f}x the p99 of /v1/health at the same rate "
              f"(p50 {base.p(0.5):.0f} ms, p99 {base.p(0.99):.0f} ms); generator late by "
              f"{percentile(step.late, 0.99) * 1000:.0f} ms at p99; server CPU {per_return:.1f} ms/return; "
              f"host steal {steal:.0%}{target}", flush=True)
    seconds, latencies = await drain(port, fleet, args.backlog, answers)
    print(f"{label}: backlog of {args.backlog} returns from {len(fleet)} kiosks, one post in flight each: "
          f"drained in {seconds:.1f} s ({args.backlog / seconds:.0f}/s; p50 {percentile(latencies, 0.5) * 1000:.0f} ms, "
          f"p99 {percentile(latencies, 0.99) * 1000:.0f} ms) (target: < {TARGET_DRAIN_S:.0f} s: "
          f"{'met' if seconds < TARGET_DRAIN_S else 'MISSED'})", flush=True)
    different = await replays(port, sent, answers, 200)
    print(f"{label}: {min(200, len(answers))} replays, {different} answered differently")
    for kiosk in fleet:
        for connection in kiosk.idle:
            connection.close()
    return answers


# --- checks and plumbing -------------------------------------------------------------------


def cpu_ticks() -> list[int] | None:
    """The machine's CPU time by kind since boot (Linux), to tell how much the host took."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            return [int(value) for value in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None


def stolen_share(before: list[int] | None, after: list[int] | None) -> float:
    """The share of CPU time a virtual machine's host gave to others ("steal") in between."""
    if before is None or after is None or len(before) < 8:
        return 0.0
    spent = [b - a for a, b in zip(before, after)]
    return spent[7] / sum(spent) if sum(spent) else 0.0


def cpu_seconds(pid: int) -> float:
    """CPU time used by a process and its children (the server's workers), from /proc (Linux)."""
    try:
        children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
        total = 0
        for process in [pid, *map(int, children)]:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return float("nan")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def verify(db_url: str, answers: dict[str, tuple[int, bytes]]) -> tuple[int, int, int, int]:
    """(cases posted, lost: not stored or not 201, stored twice, order lines past their quantity)."""
    db = Database.open(db_url)
    with db.reading() as session:
        stored = int(session.scalar(select(func.count()).select_from(Return)) or 0)
        ids = set(session.scalars(select(Return.id)))
        over = session.execute(
            select(ReturnLine.order_id).where(ReturnLine.counts.is_(True)).group_by(ReturnLine.order_id)
            .having(func.sum(ReturnLine.quantity) > UNITS_PER_ORDER)).all()
    db.dispose()
    lost = len(set(answers) - ids) + sum(1 for status, _body in answers.values() if status != 201)
    return len(answers), lost, stored - len(ids), len(over)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(db_url: str, port: int, log: Path, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with log.open("w") as sink:
        process = subprocess.Popen([sys.executable, "-m", "central.cli", "--db", db_url, "serve", "--host", "127.0.0.1",
                                    "--port", str(port), "--workers", str(workers), "--log-level", "warning"],
                                   stdout=sink, stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited: {log.read_text()}")
        try:
            if (httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200
                    and (workers == 1 or f"{workers} worker processes ready" in log.read_text())):
                return process
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def run(backend: str, db_url: str, args: argparse.Namespace, folder: Path) -> bool:
    returns = args.kiosks + int(sum(RATES) * args.seconds * 1.2) + args.backlog  # Poisson draws vary: a margin
    started = time.perf_counter()
    fleet = prepare(db_url, args.kiosks, returns)
    print(f"{backend}: {returns} cases for {args.kiosks} kiosks prepared in {time.perf_counter() - started:.0f} s; "
          f"{args.workers} server process(es)", flush=True)
    port = free_port()
    server = serve(db_url, port, folder / f"{backend}.log", args.workers)
    # The simulated kiosks share this process: a sweep of its garbage collector would stall all
    # fifty at once and be counted as server latency (real kiosks are machines of their own).
    gc.collect()
    gc.freeze()
    gc.disable()
    try:
        answers = asyncio.run(load(port, fleet, args, backend, server.pid))
    finally:
        gc.enable()
        gc.unfreeze()
        server.terminate()
        server.wait(timeout=60)
    posted, lost, duplicated, over = verify(db_url, answers)
    print(f"{backend}: {posted} returns posted: lost {lost}, stored twice {duplicated}, "
          f"lines over-returned {over}", flush=True)
    return lost == duplicated == over == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each offered-rate step")
    parser.add_argument("--backlog", type=int, default=5000, help="returns queued in the kiosks' outboxes")
    parser.add_argument("--kiosks", type=int, default=50)
    parser.add_argument("--workers", type=int, default=1, help="server processes (kiosk-central serve --workers)")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="central-bench-") as tmp:
        folder = Path(tmp)
        if args.backend in ("sqlite", "both"):
            ok &= run("sqlite", f"sqlite:///{folder / 'bench.sqlite3'}", args, folder)
        if args.backend in ("postgresql", "both"):
            reason = tempgres.unavailable()
            if reason:
                print(f"postgresql skipped: {reason}")
            else:
                with tempgres.TempPostgres(durable=True) as cluster:
                    ok &= run("postgresql", cluster.create_database("bench"), args, folder)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
