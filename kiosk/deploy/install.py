"""``kiosk install`` and ``kiosk uninstall``: the files and commands that make a kiosk start at boot.

The plan is computed first and can be printed (``--dry-run``) or written under another root
(tests, image builds). Uninstalling removes the service and its settings, never the profile:
unsent returns and the audit log stay where they are.
"""

from __future__ import annotations

import pwd
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from kiosk.deploy.unit import SESSION_PACKAGES, UNIT_NAME, UnitOptions, render_unit
from kiosk.workflow.errors import SetupError

UNIT_DIR = Path("etc/systemd/system")
#: Lets a user without a console session start the X server (the xorg session only).
XWRAPPER = Path("etc/X11/Xwrapper.config")
XWRAPPER_TEXT = "# Written by kiosk install: the kiosk user starts X on tty7\nallowed_users=anybody\nneeds_root_rights=yes\n"
#: Device groups a session without a desktop needs for the screen, touch and sound.
GROUPS = ("video", "input", "render", "audio")

Runner = Callable[[Sequence[str]], None]


class InstallError(SetupError):
    """The kiosk cannot be installed as asked; the message says what is missing."""


@dataclass
class InstallPlan:
    files: dict[Path, str] = field(default_factory=dict)
    commands: list[list[str]] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)

    def describe(self) -> list[str]:
        lines = [f"write {path}" for path in self.files] + [f"remove {path}" for path in self.removed]
        return lines + ["run " + " ".join(command) for command in self.commands]


def plan_install(options: UnitOptions, root: Path = Path("/"), *, user_exists: bool | None = None) -> InstallPlan:
    plan = InstallPlan()
    plan.files[root / UNIT_DIR / UNIT_NAME] = render_unit(options)
    if options.session == "xorg":
        plan.files[root / XWRAPPER] = XWRAPPER_TEXT
    if not (user_exists if user_exists is not None else _user_exists(options.user)):
        plan.commands.append(["useradd", "--system", "--create-home", "--home-dir", str(options.profile),
                              "--shell", "/usr/sbin/nologin", "--groups", ",".join(GROUPS), options.user])
    plan.commands += [
        ["install", "-d", "-o", options.user, "-m", "0700", str(options.profile)],
        ["systemctl", "daemon-reload"],
        ["systemctl", "set-default", "graphical.target"],
        ["systemctl", "enable", UNIT_NAME],
    ]
    return plan


def plan_uninstall(root: Path = Path("/")) -> InstallPlan:
    plan = InstallPlan(commands=[["systemctl", "disable", "--now", UNIT_NAME]])
    plan.removed = [path for path in (root / UNIT_DIR / UNIT_NAME, root / XWRAPPER) if path.exists()]
    plan.commands.append(["systemctl", "daemon-reload"])
    return plan


def missing_programs(options: UnitOptions) -> list[str]:
    """What the session needs that this machine lacks, with the Debian packages that bring it."""
    needed = options.compositor if options.session == "cage" else options.xinit
    missing = [] if Path(needed).exists() else [f"{needed} (apt-get install {' '.join(SESSION_PACKAGES[options.session])})"]
    if not Path(options.kiosk).exists():
        missing.append(f"{options.kiosk} (the kiosk command itself)")
    return missing


def carry_out(plan: InstallPlan, run: Runner | None) -> None:
    """Write and remove the files, then run the commands (skipped when ``run`` is None)."""
    for path, text in plan.files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        path.chmod(0o644)
    for path in plan.removed:
        path.unlink(missing_ok=True)
    if run is None:
        return
    for command in plan.commands:
        run(command)


def run_command(command: Sequence[str]) -> None:
    if shutil.which(command[0]) is None:
        raise InstallError(f"{command[0]} is not on this machine; run by hand: {' '.join(command)}")
    result = subprocess.run(list(command), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise InstallError(f"{' '.join(command)} failed: {result.stderr.strip() or result.returncode}")


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
