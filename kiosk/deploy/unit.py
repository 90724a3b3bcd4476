"""The systemd unit that runs the kiosk unattended, rendered from resources/deploy.

Two kiosk sessions are supported, both without a desktop or window manager:
- ``cage``: a Wayland kiosk compositor that shows one full-screen application (Debian: cage).
- ``xorg``: a bare X server started by xinit with the kiosk as its only client
  (Debian: xserver-xorg-core, xinit, x11-xserver-utils).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.resources import resource

UNIT_NAME = "intake-kiosk.service"
SESSIONS = ("cage", "xorg")
#: The Debian packages each session needs, besides the Qt libraries the README lists.
SESSION_PACKAGES = {
    "cage": ("cage", "qt6-wayland"),
    "xorg": ("xserver-xorg-core", "xinit", "x11-xserver-utils"),
}
#: Seconds without a ping from the Qt event loop before systemd restarts the kiosk.
WATCHDOG_S = 30


@dataclass(frozen=True)
class UnitOptions:
    kiosk: Path
    profile: Path
    user: str = "intake"
    session: str = "cage"
    compositor: Path = Path("/usr/bin/cage")
    xinit: Path = Path("/usr/bin/xinit")

    def exec_start(self) -> str:
        app = f"{self.kiosk} --profile {self.profile}"
        if self.session == "cage":
            return f"{self.compositor} -s -- {app}"
        return f"{self.xinit} {app} -- :0 vt7 -nolisten tcp -nocursor"


def render_unit(options: UnitOptions) -> str:
    if options.session not in SESSIONS:
        raise ValueError(f"session must be one of {', '.join(SESSIONS)}, not {options.session!r}")
    template = resource("deploy", UNIT_NAME).read_text(encoding="utf-8")
    wayland = options.session == "cage"
    return template.format(
        user=options.user, profile=options.profile, exec_start=options.exec_start(), watchdog_s=WATCHDOG_S,
        qt_platform="wayland" if wayland else "xcb", session_type="wayland" if wayland else "x11",
        readme=resource("..", "README.md").resolve(),
    )
