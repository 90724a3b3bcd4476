"""Several server processes on one port, each listening on a socket of its own.

uvicorn's ``--workers`` shares one listening socket between its processes: whichever wakes
first accepts every connection waiting, and a kiosk keeps its connection for a whole sync.
When fifty kiosks came back at once, 48 landed on one of two processes, which did all the
work while the other idled. With SO_REUSEPORT (Linux) every process listens on a socket of
its own, bound to the same port, and the kernel spreads new connections over them evenly.
Elsewhere the shared socket is kept.

The supervisor starts the processes, starts again one that dies after it began serving (one
that dies before would only fail again: the server stops), and on SIGINT or SIGTERM stops
them all; each answers the requests it is handling before it exits.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import sys
import time
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event
from types import FrameType

log = logging.getLogger("central.workers")

_STOP_TIMEOUT_S = 30.0


def balanced() -> bool:
    """Whether this platform spreads connections over sockets sharing a port."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def listening_socket(host: str, port: int, *, shared: bool = True, backlog: int = 2048) -> socket.socket:
    """A socket listening on host:port, ``shared`` with the other processes' (SO_REUSEPORT)."""
    family, kind, proto, _name, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
    listener = socket.socket(family, kind, proto)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if shared:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        listener.bind(address)
        listener.listen(backlog)
    except OSError:
        listener.close()
        raise
    listener.set_inheritable(True)
    return listener


def serve(db_url: str, host: str, port: int, workers: int, log_level: str) -> int:
    """Run ``workers`` server processes on host:port until SIGINT or SIGTERM; the exit status."""
    try:  # a port taken by anything, another kiosk-central included, fails here, once
        listening_socket(host, port, shared=False).close()
    except OSError as error:
        print(f"kiosk-central: cannot listen on {host}:{port}: {error.strerror}", file=sys.stderr)
        return 1
    spawn = multiprocessing.get_context("spawn")
    stopping = False

    def stop(_signal: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    previous = {number: signal.signal(number, stop) for number in (signal.SIGINT, signal.SIGTERM)}
    running: dict[int, tuple[BaseProcess, Event]] = {}
    status, announced = 0, False
    try:
        for slot in range(workers):
            running[slot] = _start(spawn, slot, db_url, host, port, log_level)
        while not stopping:
            wait([process.sentinel for process, _ready in running.values()], timeout=0.5)
            if not announced and all(ready.is_set() for _process, ready in running.values()):
                print(f"kiosk-central: {workers} worker processes ready", file=sys.stderr, flush=True)
                announced = True
            for slot, (process, ready) in list(running.items()):
                if stopping or process.is_alive():
                    continue
                if not ready.is_set():  # it never served (a bad database URL, say): it would fail again
                    print(f"kiosk-central: worker {slot} failed to start (exit status {process.exitcode})",
                          file=sys.stderr)
                    stopping, status = True, 1
                    break
                log.warning("worker %d exited with status %s; starting it again", slot, process.exitcode)
                running[slot] = _start(spawn, slot, db_url, host, port, log_level)
    finally:
        _stop_all([process for process, _ready in running.values()])
        for number, handler in previous.items():
            signal.signal(number, handler)
    return status


def _start(spawn: multiprocessing.context.SpawnContext, slot: int, db_url: str, host: str, port: int,
           log_level: str) -> tuple[BaseProcess, Event]:
    ready = spawn.Event()  # set once the process accepts connections
    process = spawn.Process(target=_worker, args=(ready, db_url, host, port, log_level),
                            name=f"central-worker-{slot}")
    process.start()
    return process, ready


def _stop_all(processes: list[BaseProcess]) -> None:
    for process in processes:
        if process.is_alive() and process.pid is not None:
            os.kill(process.pid, signal.SIGTERM)  # uvicorn's graceful shutdown: requests in hand are answered
    deadline = time.monotonic() + _STOP_TIMEOUT_S
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join()


def _worker(ready: Event, db_url: str, host: str, port: int, log_level: str) -> None:
    import uvicorn

    from central.app import create_app
    from central.settings import Settings

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if self.started:
                ready.set()

    app = create_app(Settings(db_url=db_url))
    listener = listening_socket(host, port)  # joins the others only once the app is built
    Server(uvicorn.Config(app, log_level=log_level)).run(sockets=[listener])
