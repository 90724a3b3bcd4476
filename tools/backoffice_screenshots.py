"""Screenshots of the back office's main pages for the README: ``python tools/backoffice_screenshots.py``.

Starts the real central server on a loopback port over a throwaway SQLite file, fills it the
way the browser tests do (tests/browser/test_backoffice.py: two stores, returns taken through
the API, two in review, health reports, head-office users), signs in with Debian's Chromium
and writes resources/brand/backoffice/<page>.png.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

from tests.browser.conftest import CHROME_FLAGS  # noqa: E402
from tests.browser.test_backoffice import seed, sign_in, submit  # noqa: E402
from tests.central.support import policy_document, start_central  # noqa: E402

OUT = ROOT / "resources" / "brand" / "backoffice"


def browser(width: int, height: int, folder: Path) -> Any:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={folder / 'profile'}")
    options.add_argument(f"--window-size={width},{height}")
    return webdriver.Chrome(options=options, service=Service(executable_path="/usr/bin/chromedriver"))


def shoot(driver: Any, name: str, out: Path) -> None:
    height = driver.execute_script("return Math.min(document.body.scrollHeight, 2400)")
    driver.set_window_size(1400, max(800, int(height) + 40))
    driver.save_screenshot(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def draft_policy() -> dict[str, Any]:
    """A draft worth simulating: swimwear back within 5 days instead of 14, no holiday extension."""
    document = policy_document("2026.12-1")
    document["rules"]["extended_windows"] = []
    for category in document["rules"]["categories"]:
        if category["category"] == "swimwear":
            category["window_days"] = 5
    return document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        site = start_central(f"sqlite:///{folder}/central.sqlite3", "sqlite")
        driver = None
        try:
            site.set_policy(policy_document())
            seeded = seed(site, ("uptown", "harbour-mall"))
            driver = browser(1400, 1000, Path(folder))
            sign_in(driver, site, "hana")
            pages = [("returns", "/backoffice/returns"), ("review", "/backoffice/review"),
                     ("return", f"/backoffice/returns/{seeded.review_north['id']}"),
                     ("analytics", "/backoffice/analytics?days=30"), ("fleet", "/backoffice/fleet"),
                     ("refunds", "/backoffice/refunds"),
                     ("policy", "/backoffice/policy")]
            for name, path in pages:
                driver.get(site.url + path)
                shoot(driver, name, args.out)
            draft = driver.find_element(By.ID, "draft")
            draft.clear()
            draft.send_keys(json.dumps(draft_policy(), indent=1))
            driver.set_window_size(1400, 1000)
            submit(driver, driver.find_element(By.ID, "simulate"))
            shoot(driver, "simulation", args.out)
            driver.get(f"{site.url}/backoffice/sign-in")
            driver.delete_all_cookies()
            driver.get(f"{site.url}/backoffice/sign-in")
            driver.set_window_size(1400, 800)
            driver.save_screenshot(str(args.out / "sign_in.png"))
        finally:
            if driver is not None:
                driver.quit()
            site.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
