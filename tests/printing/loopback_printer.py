"""Loopback stand-ins for a network receipt printer (port 9100 protocol = raw bytes over TCP).

``LoopbackPrinter`` collects every byte it is sent and answers ESC/POS real-time status
queries (DLE EOT 1 / DLE EOT 4) the way an Epson-compatible printer does, so the real driver
code path runs end to end. Its ``online`` / ``paper`` bytes can be changed between jobs to
play an offline or empty printer; ``close_after`` makes it hang up part-way through a job.
``silent_port`` accepts connections (kernel backlog) but never reads or answers.
"""

from __future__ import annotations

import socket
import socketserver
import threading
from contextlib import contextmanager
from typing import Iterator

DLE_EOT = b"\x10\x04"
ONLINE = 0x12  # fixed bits 1 and 4 set, bit 3 (offline) clear
OFFLINE = 0x1A
PAPER_OK = 0x12
PAPER_LOW = 0x1E
PAPER_OUT = 0x72


class LoopbackPrinter(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, *, close_after: int | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.online = ONLINE
        self.paper = PAPER_OK
        self.close_after = close_after
        self.received = bytearray()
        self.lock = threading.Lock()

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def data(self) -> bytes:
        with self.lock:
            return bytes(self.received)

    def job_bytes(self) -> bytes:
        """What was printed, without the status queries around it."""
        data = self.data()
        for query in (DLE_EOT + b"\x01", DLE_EOT + b"\x04"):
            data = data.replace(query, b"")
        return data

    def reply_to(self, query: int) -> bytes:
        return bytes([self.online if query == 1 else self.paper])


class _Handler(socketserver.BaseRequestHandler):
    server: LoopbackPrinter

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(5)
        job = 0
        tail = b""
        while True:
            try:
                chunk = sock.recv(64 if self.server.close_after is not None else 65536)
            except OSError:
                return
            if not chunk:
                return
            with self.server.lock:
                self.server.received += chunk
            window = tail + chunk
            queries = [window[i + 2] for i in range(len(window) - 2) if window[i : i + 2] == DLE_EOT]
            job += len(chunk) - 3 * len(queries)
            if self.server.close_after is not None and job >= self.server.close_after:
                return  # hang up mid-job, with the rest of the job unread
            for query in queries:
                sock.sendall(self.server.reply_to(query))
            tail = window[-2:]


@contextmanager
def loopback_printer(**options: int | None) -> Iterator[LoopbackPrinter]:
    server = LoopbackPrinter(**options)  # type: ignore[arg-type]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def silent_port() -> Iterator[int]:
    """A port that accepts (the kernel completes the handshake) and then never reads."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    try:
        yield int(listener.getsockname()[1])
    finally:
        listener.close()


def closed_port() -> int:
    """A port nothing listens on: connecting is refused at once."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.bind(("127.0.0.1", 0))
    port = int(probe.getsockname()[1])
    probe.close()
    return port
