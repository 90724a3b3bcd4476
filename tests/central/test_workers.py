"""``kiosk-central serve --workers N``: N processes on one port, each with a socket of its own,
so kiosks that connect together are spread over them (central.workers)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from central import workers
from central.database import Database
from tests.central.test_cli import free_port

CLI = [sys.executable, "-m", "central.cli"]
pytestmark = pytest.mark.skipif(not workers.balanced(), reason="SO_REUSEPORT spreads connections on Linux only")


def test_connections_to_one_port_are_spread_over_the_listening_sockets():
    port = free_port()
    listeners = [workers.listening_socket("127.0.0.1", port) for _ in range(2)]
    clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(40)]
    try:
        accepted = []
        for listener in listeners:
            listener.setblocking(False)
            taken = 0
            while True:
                try:
                    connection, _peer = listener.accept()
                except BlockingIOError:
                    break
                connection.close()
                taken += 1
            accepted.append(taken)
        assert sum(accepted) == 40
        # The kernel hashes each connection to a socket: one with fewer than 5 of 40 has a
        # chance of about 1 in 10 million; uvicorn's one shared socket gave one process 48 of 50.
        assert min(accepted) >= 5, accepted
    finally:
        for end in (*clients, *listeners):
            end.close()


def test_a_port_already_taken_is_refused_with_a_message(sqlite_file, tmp_path):
    Database.open(sqlite_file).migrate()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([*CLI, "--db", sqlite_file, "serve", "--port", str(port), "--workers", "2"],
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr


@contextmanager
def two_workers(sqlite_file: str, log: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """``serve --workers 2`` once both are ready: (the supervisor, its port); stopped with SIGTERM."""
    port = free_port()
    with log.open("w") as sink:
        server = subprocess.Popen([*CLI, "--db", sqlite_file, "serve", "--port", str(port), "--workers", "2"],
                                  stdout=sink, stderr=subprocess.STDOUT)
    try:
        wait_for(log, "2 worker processes ready", server)
        yield server, port
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)


def test_the_workers_serve_and_stop_together(sqlite_file, tmp_path):
    log = tmp_path / "serve.log"
    with two_workers(sqlite_file, log) as (server, port):
        children = worker_pids(server.pid)
        assert len(children) == 2
        assert httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=30).status_code == 200
    assert server.returncode == 0, log.read_text()
    assert not [pid for pid in children if alive(pid)]


def test_a_worker_that_dies_while_serving_is_started_again(sqlite_file, tmp_path):
    log = tmp_path / "serve.log"
    with two_workers(sqlite_file, log) as (server, port):
        first, second = worker_pids(server.pid)
        os.kill(first, signal.SIGKILL)
        wait_for(log, "starting it again", server)
        deadline = time.monotonic() + 120
        while len(replaced := worker_pids(server.pid)) < 2:  # waiting for the new one, not asserting on time
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.05)
        assert second in replaced and first not in replaced
        assert httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=30).status_code == 200
    assert server.returncode == 0


def test_workers_that_cannot_start_stop_the_server():
    """A worker that dies before it serves would die again: the supervisor stops, saying so."""
    serve = (f"import sys; from central import workers; "
             f"sys.exit(workers.serve('sqlite:///:memory:', '127.0.0.1', {free_port()}, 2, 'warning'))")
    done = subprocess.run([sys.executable, "-c", serve], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "failed to start" in done.stderr


def wait_for(log: Path, line: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while line not in log.read_text():  # waiting for readiness, not asserting on time
        assert process.poll() is None, log.read_text()
        assert time.monotonic() < deadline, f"no {line!r} in: {log.read_text()}"
        time.sleep(0.05)


def worker_pids(pid: int) -> list[int]:
    """The server processes the supervisor ``pid`` started (not multiprocessing's helpers)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                command = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:  # it exited meanwhile
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"spawn_main" in command:
                found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
