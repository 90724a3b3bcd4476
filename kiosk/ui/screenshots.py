"""``make screenshots``: a PNG of every step in each language and theme, rendered offscreen.

Runs over a throwaway demo profile at a fixed moment, so the pictures are the same every
time; used for the README and for reviewing layouts in long translations.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="screenshots")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.app import build_services
    from kiosk.config import load_settings
    from kiosk.demo import demo_pairs
    from kiosk.ui.appearance import THEMES
    from kiosk.ui.i18n import LANGUAGES, install_language
    from kiosk.ui.shell import KioskWindow, WindowServices
    from kiosk.ui.tour import walk_every_step

    app = QApplication.instance() or QApplication(sys.argv)
    moment = datetime(2026, 11, 27, 15, tzinfo=timezone.utc)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for language in LANGUAGES:
        install_language(app, language)
        for theme in THEMES:
            services = build_services(load_settings(Path(tempfile.mkdtemp()), demo=True), clock=lambda: moment)
            window = KioskWindow(WindowServices(services.desk, services.staff, services.printer),
                                 demo_pairs=demo_pairs(moment), language=language)
            window.theme = theme
            window.apply_appearance()
            window.resize(1024, 768)
            window.show()
            for step in walk_every_step(window, *demo_pairs(moment)[0][:2]):
                path = out / f"{language}-{theme}-{step.value}-{step.name.lower()}.png"
                window.grab().save(str(path))
                written += 1
            window.close()
            services.close()
    print(f"wrote {written} screenshots to {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
