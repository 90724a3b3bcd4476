"""A throwaway PostgreSQL cluster on a loopback port in a temporary folder, for tests and benchmarks.

It uses the machine's own binaries (``initdb``, ``pg_ctl``; PostgreSQL 15 preferred). initdb
refuses to run as root, so under root the cluster runs as the ``postgres`` system user.
``unavailable()`` says why no cluster can be started, so callers can skip with that reason.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import psycopg

SEARCH = ["/usr/lib/postgresql/15/bin", *sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True),
          "/usr/local/pgsql/bin", "/usr/local/bin", "/usr/bin"]
#: For tests: durability off, so a run is quick; benchmarks pass durable=True.
FAST = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off")


def binaries() -> Path | None:
    """The folder holding both initdb and pg_ctl, PostgreSQL 15 first."""
    for folder in SEARCH:
        if all(os.access(os.path.join(folder, name), os.X_OK) for name in ("initdb", "pg_ctl")):
            return Path(folder)
    return None


def _run_as() -> dict[str, Any] | None:
    """subprocess arguments that drop root to the postgres user; {} when not root; None if impossible."""
    if os.geteuid() != 0:
        return {}
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        return None
    return {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}


def unavailable() -> str | None:
    """Why a throwaway cluster cannot be started here, or None when it can."""
    if binaries() is None:
        return "no PostgreSQL binaries (initdb, pg_ctl) found in " + ", ".join(SEARCH[:2])
    if _run_as() is None:
        return "running as root and there is no 'postgres' user to run initdb as"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class TempPostgres:
    """Start with ``with TempPostgres() as pg:``; ``pg.url`` is a superuser URL; stopped and removed on exit."""

    def __init__(self, *, durable: bool = False) -> None:
        self.durable = durable
        self.folder: Path | None = None
        self.port = 0
        self._bin = binaries()
        self._as = _run_as()
        self._running = False

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> TempPostgres:
        reason = unavailable()
        if reason:
            raise RuntimeError(reason)
        self.folder = Path(tempfile.mkdtemp(prefix="central-pg-"))
        if self._as:
            os.chown(self.folder, self._as["user"], self._as["group"])
        self._pg("initdb", "-D", str(self.folder / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                 "--no-sync")
        atexit.register(self.stop)
        for _attempt in range(3):
            self.port = _free_port()
            options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c max_connections=300"
            if not self.durable:
                options += " " + FAST
            started = self._pg("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"), "-w",
                               "-t", "60", "-o", options, "start", check=False)
            if started.returncode == 0:
                self._running = True
                return self
        raise RuntimeError(f"PostgreSQL did not start; see {self.folder / 'log'}")

    def stop(self) -> None:
        if self._running and self.folder is not None:
            self._pg("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "-t", "60", "stop", check=False)
            self._running = False
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def create_database(self, name: str) -> str:
        with psycopg.connect(self.url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def __enter__(self) -> TempPostgres:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _pg(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert self._bin is not None and self._as is not None
        return subprocess.run([str(self._bin / program), *args], check=check, capture_output=True, text=True,
                              cwd=self.folder, **self._as)


def main(argv: list[str] | None = None) -> int:
    """``python -m central.tempgres [--durable] -- COMMAND...``: run COMMAND with ``CENTRAL_TEST_DB``
    pointing at a throwaway cluster, then stop it; without a command, print why none can start."""
    args = list(sys.argv[1:] if argv is None else argv)
    durable = "--durable" in args
    command = args[args.index("--") + 1:] if "--" in args else []
    reason = unavailable()
    if reason:
        print(f"no throwaway PostgreSQL: {reason}", file=sys.stderr)
        return 0 if not command else subprocess.call(command)
    if not command:
        print("PostgreSQL binaries found in", binaries())
        return 0
    with TempPostgres(durable=durable) as cluster:
        return subprocess.call(command, env={**os.environ, "CENTRAL_TEST_DB": cluster.url})


if __name__ == "__main__":
    raise SystemExit(main())
