"""UI speed over a 1,000,000-order cache: cold start and step-to-step transitions.

Cold start: from launching a process to the attract screen being shown, for the kiosk
(opening and migrating-if-needed the big profile, building every page) and, as the
baseline in the same run, a bare PySide6 window. Transitions: the median time to move to
and draw each wizard step (session move + page refresh + a forced repaint), against the
baseline of switching a QStackedWidget between two empty pages.

Run: .venv/bin/python bench/ui.py  (targets: cold start < 1.5 s, a step < 50 ms)
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.big_cache import ensure_big_profile, recently_placed  # noqa: E402

ORDERS = 1_000_000

KIOSK_START = """
import time, sys
started = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QTimer
from kiosk.config import load_settings
from kiosk.app import show_gui
gui = show_gui(load_settings(Path(sys.argv[1])))  # what `kiosk` runs, up to the attract screen
def shown():
    print(f"{time.perf_counter() - started:.4f}")
    gui.app.quit()
QTimer.singleShot(0, shown)
gui.app.exec()
gui.close()
"""

BARE_START = """
import time, sys
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.show()
def shown():
    print(f"{time.perf_counter() - started:.4f}")
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def wall_start(script: str, *args: str) -> float:
    """Seconds from process launch until the child says its window is shown (not until it exits)."""
    launched = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    shown = time.perf_counter() - launched
    float(line)  # the child's own figure: a crash before showing fails here
    child.wait(timeout=60)
    return shown


def cold_starts(profile: Path, runs: int = 5) -> tuple[float, float]:
    kiosk = statistics.median(wall_start(KIOSK_START, str(profile)) for _ in range(runs))
    bare = statistics.median(wall_start(BARE_START) for _ in range(runs))
    return kiosk, bare


def transitions(profile: Path, tours: int = 15) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

    from kiosk.app import build_services
    from kiosk.config import load_settings
    from kiosk.ui.shell import KioskWindow, WindowServices
    from kiosk.ui.tour import walk_every_step

    app = QApplication.instance() or QApplication(sys.argv)
    services = build_services(load_settings(profile))
    window = KioskWindow(WindowServices(services.desk, services.staff, services.printer))
    window.show()
    samples: list[float] = []
    recent = [i for i in range(ORDERS) if recently_placed(i)]
    for index in random.sample(recent, tours):  # each tour returns an order nobody returned yet
        window.wizard.cancel()
        started = time.perf_counter()
        for _step in walk_every_step(window, f"B{index:07d}", f"shopper{index}@example.com"):
            window.repaint()
            now = time.perf_counter()
            samples.append(now - started)
            started = time.perf_counter()
    services.close()

    stack = QStackedWidget()
    pages = [QLabel("a"), QLabel("b")]
    for page in pages:
        stack.addWidget(page)
    stack.show()
    baseline: list[float] = []
    for index in range(200):
        started = time.perf_counter()
        stack.setCurrentIndex(index % 2)
        stack.repaint()
        baseline.append(time.perf_counter() - started)
    app.processEvents()
    return statistics.median(samples), statistics.median(baseline)


def main() -> None:
    profile = ensure_big_profile(Path(tempfile.gettempdir()) / "intake-bench-1m", ORDERS)
    kiosk, bare = cold_starts(profile)
    print(f"cold start to attract screen over {ORDERS:,} orders: {kiosk * 1000:.0f} ms "
          f"(bare PySide6 window {bare * 1000:.0f} ms, ratio {kiosk / bare:.2f}); target < 1500 ms")
    step, switch = transitions(profile)
    print(f"median step-to-step transition: {step * 1000:.1f} ms "
          f"(bare page switch {switch * 1000:.2f} ms, ratio {step / switch:.0f}); target < 50 ms")


if __name__ == "__main__":
    main()
