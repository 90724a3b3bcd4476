"""Real parts for the sync tests: the central server on loopback over a SQLite file, kiosk
profiles with migrated SQLite files, and a tiny stand-in HTTP server for the failure modes.

The central server runs in a thread of the test process and can be stopped and started
again on the same port, so a kiosk's registration stays valid across the outage.
"""

from __future__ import annotations

import json
import socket
import ssl
import subprocess
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import uvicorn
from sqlalchemy import select

from central.app import create_app
from central.database import Database as CentralDatabase
from central.models import Return
from central.ops import devices, orders, policies
from central.settings import Settings as CentralSettings
from kiosk.config import Settings, load_settings
from kiosk.db.engine import Database
from kiosk.demo import generate_orders
from kiosk.resources import resource
from kiosk.sync.client import Timeouts
from kiosk.sync.credentials import Credentials, save_credentials
from kiosk.workflow.clock import format_utc

FAST = Timeouts(connect=2.0, read=10.0)


def wait_for(condition: Callable[[], Any], *, timeout: float = 30.0, what: str = "condition") -> Any:
    """Poll until ``condition()`` is truthy (a bound, never a sleep that hopes)."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def demo_policy(version: str | None = None) -> dict[str, Any]:
    document = json.loads(resource("demo", "policy.json").read_text(encoding="utf-8"))
    if version:
        document["version"] = version
    return document


def recent_orders(store_id: str, count: int, *, seed: int = 42, prefix: str = "R") -> list[dict[str, Any]]:
    """Demo orders of one store, all placed in the last 25 days (inside every window)."""
    now = utc_now()
    made = generate_orders(now, count=count, seed=seed)[3:]
    for index, document in enumerate(made):
        placed = now - timedelta(days=1 + (index % 24), hours=index % 7)
        document["number"] = f"{prefix}{index + 1:07d}"
        document["store_id"] = store_id
        document["placed_at"] = format_utc(placed)
        document["delivered_at"] = format_utc(placed + timedelta(hours=20))
        document["updated_at"] = document["delivered_at"]
        for line in document["lines"]:
            line["final_sale"] = False
            line["tags"] = []
            if line["category"] in ("swimwear", "personalised", "gift_cards", "accessories"):
                line["category"] = "apparel"
    return made


class LiveCentral:
    """The real central API (FastAPI + SQLite file) on a fixed loopback port, restartable."""

    def __init__(self, db_path: Path) -> None:
        self.db_url = f"sqlite:///{db_path}"
        self.db = CentralDatabase.open(self.db_url)
        self.db.migrate()
        self.port = free_port()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveCentral:
        app = create_app(CentralSettings(db_url=self.db_url), db=self.db)
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [listener]}, daemon=True)
        self._thread.start()
        server = self._server
        wait_for(lambda: server.started or not self._thread.is_alive(), what="central to start")
        if not server.started:
            raise RuntimeError("central did not start")
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.should_exit = True
        assert self._thread is not None
        self._thread.join(timeout=30)
        self._server = None

    def close(self) -> None:
        self.stop()
        self.db.dispose()

    # --- the operator's tools -------------------------------------------------------------

    def add_store(self, store_id: str) -> str:
        devices.add_store(self.db, store_id, f"Store {store_id}", "America/New_York", utc_now())
        return store_id

    def add_device(self, store_id: str) -> str:
        return devices.add_device(self.db, store_id, "", utc_now()).token

    def load(self, documents: Iterable[dict[str, Any]]) -> None:
        orders.load_orders(self.db, list(documents), utc_now())

    def set_policy(self, document: dict[str, Any]) -> None:
        policies.set_policy(self.db, document, utc_now())

    def returns(self) -> list[tuple[str, str]]:
        """(case id, status) of every return the server holds."""
        with self.db.reading() as session:
            return [(r.id, r.status) for r in session.scalars(select(Return).order_by(Return.received_at))]


@contextmanager
def running_central(folder: Path, store_id: str) -> Iterator[LiveCentral]:
    """The real central API over a SQLite file in ``folder``, with one store and the demo policy."""
    server = LiveCentral(folder / "central.sqlite3").start()
    server.add_store(store_id)
    server.set_policy(demo_policy())
    try:
        yield server
    finally:
        server.close()


def kiosk_profile(folder: Path, *, server_url: str, token: str, store_id: str,
                  device_id: str | None = None) -> Settings:
    """A registered kiosk profile: kiosk.toml plus credentials (the database opens migrated)."""
    folder.mkdir(parents=True, exist_ok=True)
    device = device_id or f"kiosk-{uuid.uuid4().hex[:6]}"
    (folder / "kiosk.toml").write_text(f'[store]\nid = "{store_id}"\n\n[kiosk]\ndevice_id = "{device}"\n',
                                       encoding="utf-8")
    save_credentials(folder, Credentials(server_url, token, format_utc(utc_now())))
    return load_settings(folder)


def open_database(settings: Settings) -> Database:
    return Database(settings.database_path).open()


# --- the stand-in server for failure modes ------------------------------------------------


@dataclass
class Canned:
    """What the stand-in answers: a status, a body, headers; or hold the request until released."""

    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    hold: threading.Event | None = None


class StandIn:
    """http.server in a thread answering every request with ``self.answer``; records requests."""

    def __init__(self, tls: tuple[Path, Path] | None = None) -> None:
        stand_in = self
        self.answer = Canned()
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.released = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: Any) -> None:
                pass

            def _respond(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                stand_in.requests.append((self.command, self.path, dict(self.headers), body))
                canned = stand_in.answer
                if canned.hold is not None:
                    canned.hold.wait(60)
                try:
                    self.send_response(canned.status)
                    for name, value in canned.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(canned.body)))
                    self.end_headers()
                    self.wfile.write(canned.body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up waiting (a timeout test)

            do_GET = do_POST = _respond  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.scheme = "http"
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(tls[0]), str(tls[1]))
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}"

    def reply(self, status: int, body: Any = None, *, raw: bytes | None = None, **headers: str) -> None:
        data = raw if raw is not None else json.dumps(body if body is not None else {}).encode()
        all_headers = {"Content-Type": "application/json", **{k.replace("_", "-"): v for k, v in headers.items()}}
        self.answer = Canned(status, data, all_headers)

    def close(self) -> None:
        if self.answer.hold is not None:
            self.answer.hold.set()
        self.httpd.shutdown()
        self.httpd.server_close()


# --- taking returns on a kiosk, the way the wizard does ---------------------------------------


def take_return(desk: Any, number: str, email: str, quantities: dict[str, int] | None = None) -> Any:
    """Find the order, pick lines (default: one unit of the first line), refund; saved with its event."""
    from kiosk.workflow.cases import Resolution
    from kiosk.workflow.wizard import Step

    found = desk.lookup(number, email)
    assert found.order is not None, f"order {number} not found"
    wizard = desk.new_session()
    wizard.start()
    wizard.order_found(found.order)
    for line_id, quantity in (quantities or {found.order.lines[0].id: 1}).items():
        wizard.set_quantity(line_id, quantity)
    wizard.next()
    for line_id in (quantities or {found.order.lines[0].id: 1}):
        wizard.set_reason(line_id, "changed_mind", "unopened")
    assert wizard.next() == Step.ELIGIBILITY
    assert wizard.next() == Step.RESOLUTION
    wizard.choose_resolution(Resolution.REFUND)
    assert wizard.next() == Step.REVIEW
    case = desk.build_case(wizard)
    desk.save(case)
    return case


def make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA and a server certificate for 127.0.0.1 signed by it: (ca.pem, cert, key)."""
    folder.mkdir(parents=True, exist_ok=True)

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=Intake Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
            "-subj", "/CN=127.0.0.1")
    (folder / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                    "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf")
    return folder / "ca.pem", folder / "server.pem", folder / "server.key"
