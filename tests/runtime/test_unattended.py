"""Running unattended: the systemd unit, the watchdog on a real notify socket, one instance per
profile, and logs that rotate."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import pytest

from kiosk.deploy.install import XWRAPPER, carry_out, missing_programs, plan_install, plan_uninstall
from kiosk.deploy.unit import UNIT_NAME, UnitOptions, render_unit
from kiosk.services.instance_lock import AlreadyRunning, InstanceLock
from kiosk.services.logs import configure_logging
from kiosk.services.watchdog import SystemdNotifier

NOW = datetime(2026, 11, 27, 12, tzinfo=timezone.utc)


def stub_program(folder: Path, name: str) -> Path:
    """A stand-in executable where the real compositor is not installed on the test machine."""
    path = folder / name
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture
def options(tmp_path: Path) -> UnitOptions:
    compositor = Path(shutil.which("cage") or stub_program(tmp_path, "cage"))
    kiosk = stub_program(tmp_path, "kiosk")
    return UnitOptions(kiosk=kiosk, profile=Path("/var/lib/intake"), compositor=compositor)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
@pytest.mark.parametrize("session", ["cage", "xorg"])
def test_the_installed_unit_passes_systemd_analyze_verify(tmp_path: Path, options: UnitOptions, session: str) -> None:
    xinit = Path(shutil.which("xinit") or stub_program(tmp_path, "xinit"))
    options = UnitOptions(options.kiosk, options.profile, session=session, compositor=options.compositor, xinit=xinit)
    root = tmp_path / "root"
    carry_out(plan_install(options, root, user_exists=True), run=None)
    unit = root / "etc/systemd/system" / UNIT_NAME
    result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    text = unit.read_text(encoding="utf-8")
    assert "Type=notify" in text and "WatchdogSec=30" in text and "Restart=always" in text
    assert (root / XWRAPPER).exists() == (session == "xorg")


def test_install_creates_the_kiosk_user_and_enables_the_unit_and_uninstall_undoes_it(tmp_path: Path,
                                                                                      options: UnitOptions) -> None:
    ran: list[list[str]] = []
    plan = plan_install(options, tmp_path, user_exists=False)
    carry_out(plan, run=lambda command: ran.append(list(command)))
    assert ran[0][0] == "useradd" and ran[0][-1] == "intake"
    assert ["systemctl", "enable", UNIT_NAME] in ran
    unit = tmp_path / "etc/systemd/system" / UNIT_NAME
    assert unit.exists()
    ran.clear()
    carry_out(plan_uninstall(tmp_path), run=lambda command: ran.append(list(command)))
    assert not unit.exists() and ["systemctl", "disable", "--now", UNIT_NAME] in ran


def test_a_missing_compositor_is_named_with_its_debian_packages(tmp_path: Path) -> None:
    options = UnitOptions(kiosk=tmp_path / "kiosk", profile=tmp_path, compositor=tmp_path / "no-cage")
    missing = missing_programs(options)
    assert any("apt-get install cage" in line for line in missing)
    assert any("the kiosk command itself" in line for line in missing)


def test_an_unknown_session_is_refused() -> None:
    with pytest.raises(ValueError, match="session must be one of cage, xorg"):
        render_unit(UnitOptions(kiosk=Path("/k"), profile=Path("/p"), session="gnome"))


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = str(tmp_path / "notify")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.setblocking(False)
    yield sock, path
    sock.close()


def received(sock: socket.socket) -> list[str]:
    messages = []
    while True:
        try:
            messages.append(sock.recv(4096).decode())
        except BlockingIOError:
            return messages


def test_ready_then_pings_from_the_event_loop_and_a_blocked_loop_stops_them(qtbot, notify_socket) -> None:  # noqa: ANN001
    from PySide6.QtCore import QObject

    from kiosk.ui.watchdog_pings import start_watchdog_pings

    sock, path = notify_socket
    notifier = SystemdNotifier({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "300000"})
    owner = QObject()
    timer = start_watchdog_pings(notifier, owner)
    assert timer is not None and timer.interval() == 100
    seen: list[str] = []
    qtbot.waitUntil(lambda: seen.extend(received(sock)) or seen.count("WATCHDOG=1") >= 2, timeout=5000)
    assert seen[0].startswith("READY=1")
    time.sleep(0.6)  # the event loop is blocked: a hung window
    assert received(sock) == []
    qtbot.waitUntil(lambda: "WATCHDOG=1" in received(sock), timeout=5000)  # and it recovers
    timer.stop()


def test_outside_systemd_the_notifier_does_nothing() -> None:
    notifier = SystemdNotifier({})
    assert not notifier.active and notifier.ping_interval_ms() is None
    notifier.ready()
    notifier.ping()


def test_an_abstract_notify_socket_is_addressed_with_a_nul_byte() -> None:
    assert SystemdNotifier({"NOTIFY_SOCKET": "@/org/freedesktop/systemd1/notify"}).address.startswith("\0")


def test_a_second_kiosk_on_one_profile_is_refused_and_named(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path).acquire(NOW)
    code = (f"from pathlib import Path; from datetime import datetime, timezone\n"
            f"from kiosk.services.instance_lock import InstanceLock, AlreadyRunning\n"
            f"try:\n    InstanceLock(Path({str(tmp_path)!r})).acquire(datetime.now(timezone.utc))\n"
            f"except AlreadyRunning as e:\n    print(e); raise SystemExit(3)\n")
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert second.returncode == 3
    assert f"pid {os.getpid()}" in second.stdout and "already in use by a running kiosk" in second.stdout
    first.release()
    InstanceLock(tmp_path).acquire(NOW).release()


def test_the_lock_goes_with_a_killed_process(tmp_path: Path) -> None:
    code = (f"from pathlib import Path; from datetime import datetime, timezone; import os, signal\n"
            f"from kiosk.services.instance_lock import InstanceLock\n"
            f"InstanceLock(Path({str(tmp_path)!r})).acquire(datetime.now(timezone.utc))\n"
            f"os.kill(os.getpid(), signal.SIGKILL)\n")
    subprocess.run([sys.executable, "-c", code], check=False)
    InstanceLock(tmp_path).acquire(NOW).release()  # no stale lock left behind


def test_within_one_process_a_second_lock_is_refused_too(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path).acquire(NOW)
    with pytest.raises(AlreadyRunning):
        InstanceLock(tmp_path).acquire(NOW)
    first.release()


def test_logs_rotate_under_the_profile_with_a_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kiosk.services.logs.MAX_BYTES", 2_000)
    root = logging.getLogger()
    saved = list(root.handlers), root.level
    try:
        path = configure_logging(tmp_path)
        assert path == tmp_path / "logs" / "kiosk.log"
        for n in range(200):
            logging.getLogger("kiosk.test").info("line %d of a long day at the counter", n)
        files = sorted((tmp_path / "logs").glob("kiosk.log*"))
        assert 1 < len(files) <= 5 and all(f.stat().st_size <= 2_200 for f in files)
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
        for handler in saved[0]:
            root.addHandler(handler)
        root.setLevel(saved[1])
