"""``make screenshots``: a PNG of every step at each kiosk screen size, in each language and
theme, rendered offscreen.

Runs over a throwaway demo profile at a fixed moment, so the pictures are the same every
time; used for the README and for reviewing layouts in long translations. The sizes are the
screens Intake ships on: a 1080x1920 portrait kiosk, a 1920x1080 landscape one, and 1024x768.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

SIZES = ("1080x1920", "1920x1080", "1024x768")


def settle(window: object) -> None:
    """Let pictures, the QR code and the logo (made off the GUI thread) arrive before the grab."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    QThreadPool.globalInstance().waitForDone(5_000)
    for _ in range(3):
        QApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--sizes", default=",".join(SIZES), help="comma-separated WIDTHxHEIGHT")
    parser.add_argument("--languages", default="", help="comma-separated codes (default: all)")
    parser.add_argument("--themes", default="", help="comma-separated themes (default: all)")
    parser.add_argument("--readme", default="", help="also write the README's few pictures, small, into this folder")
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
    languages = [code for code in (args.languages.split(",") if args.languages else LANGUAGES)]
    themes = args.themes.split(",") if args.themes else list(THEMES)
    written = 0
    for size in args.sizes.split(","):
        width, height = (int(part) for part in size.split("x"))
        for language in languages:
            install_language(app, language)
            for theme in themes:
                services = build_services(load_settings(Path(tempfile.mkdtemp()), demo=True), clock=lambda: moment)
                window = KioskWindow(WindowServices(services.desk, services.staff, services.printer),
                                     demo_pairs=demo_pairs(moment), language=language)
                window.header.contrast_button.setChecked(theme == "high_contrast")
                window.resize(width, height)
                window.show()
                for step in walk_every_step(window, *demo_pairs(moment)[0][:2]):
                    settle(window)
                    path = out / f"{size}-{language}-{theme}-{step.value}-{step.name.lower()}.png"
                    window.grab().save(str(path))
                    written += 1
                window.close()
                services.close()
    print(f"wrote {written} screenshots to {out}/")
    if args.readme:
        print(f"wrote {readme_pictures(out, Path(args.readme))} README pictures to {args.readme}/")
    return 0


#: (size, language, theme, step file name) of the README's pictures, and the width they are shown at
README = (
    ("1080x1920", "en", "default", "0-welcome", 300),
    ("1080x1920", "fr", "default", "2-items", 300),
    ("1080x1920", "es", "high_contrast", "6-review", 300),
    ("1024x768", "en", "default", "1-find_order", 480),
)


def readme_pictures(shots: Path, folder: Path) -> int:
    """Small copies of a few screenshots (those that carry no random return code)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for size, language, theme, step, width in README:
        image = QImage(str(shots / f"{size}-{language}-{theme}-{step}.png"))
        if image.isNull():
            continue
        small = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        small.save(str(folder / f"{size}-{language}-{theme}-{step}.png"), None, 80)
        written += 1
    return written


if __name__ == "__main__":
    sys.exit(main())
