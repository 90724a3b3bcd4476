"""Browser tests: the real central server on loopback, driven by Debian's Chromium through Selenium.

Nothing is downloaded at test time: Chromium and its driver come from Debian's ``chromium``
and ``chromium-driver`` packages, installed here with apt when missing (as root, or through
``sudo -n``); the tests are skipped, saying why, only when that is not possible. Selenium
Manager is kept offline and is never asked to fetch a browser or a driver.

Fixtures for every page family (the shopper page, the back office):

* ``central_site``: a ``Central`` (tests.central.support) over a migrated SQLite file, with the
  demo policy and its clock; ``central_site.url`` is the base URL. One per module.
* ``browser``: a fresh headless Chromium (its own ``--user-data-dir``) with JavaScript on;
  ``browser_without_js``: the same with JavaScript switched off by content settings.
* ``make_browser(javascript=True, width=412, height=915)``: more of them (closed at the end).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from tests.central.support import Central, policy_document, start_central

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager: never download anything
os.environ.setdefault("SE_AVOID_STATS", "true")

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
DRIVER_CANDIDATES = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
CHROME_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--hide-scrollbars")


def _found(candidates: tuple[str, ...], name: str) -> str | None:
    for path in candidates:
        if os.access(path, os.X_OK):
            return path
    return shutil.which(name)


def _apt_install() -> str | None:
    """Install Debian's chromium and chromium-driver; None when done, else why it could not be."""
    if shutil.which("apt-get") is None:
        return "apt-get is not available to install Debian's chromium and chromium-driver"
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            return "chromium and chromium-driver are missing and apt-get needs root (no sudo)"
        prefix = ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium", "chromium-driver"]):
        done = subprocess.run(prefix + command, capture_output=True, text=True, env=env, timeout=900)
        if done.returncode != 0:
            return f"could not install chromium with apt ({' '.join(command)}): {done.stderr.strip()[-300:]}"
    return None


@pytest.fixture(scope="session")
def chromium() -> tuple[str, str]:
    """(browser, driver) paths, installing Debian's packages with apt when missing."""
    browser, driver = _found(CHROMIUM_CANDIDATES, "chromium"), _found(DRIVER_CANDIDATES, "chromedriver")
    if browser is None or driver is None:
        problem = _apt_install()
        if problem is not None:
            pytest.skip(problem)
        browser, driver = _found(CHROMIUM_CANDIDATES, "chromium"), _found(DRIVER_CANDIDATES, "chromedriver")
        if browser is None or driver is None:
            pytest.skip("apt installed chromium and chromium-driver but they are not on the expected paths")
    return browser, driver


@pytest.fixture(scope="module")
def central_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """The real central server (uvicorn on a loopback port) over a migrated SQLite file."""
    path = tmp_path_factory.mktemp("central") / "central.sqlite3"
    site = start_central(f"sqlite:///{path}", "sqlite")
    site.set_policy(policy_document())
    yield site
    site.close()


@pytest.fixture
def make_browser(chromium: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Any]]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    started: list[Any] = []

    def make(javascript: bool = True, width: int = 412, height: int = 915, language: str = "en-US") -> Any:
        options = webdriver.ChromeOptions()
        options.binary_location = chromium[0]
        for flag in CHROME_FLAGS:
            options.add_argument(flag)
        profile: Path = tmp_path_factory.mktemp("chromium-profile")
        options.add_argument(f"--user-data-dir={profile}")
        options.add_argument(f"--window-size={width},{height}")
        options.add_argument(f"--lang={language}")
        prefs: dict[str, Any] = {"intl.accept_languages": language}
        if not javascript:
            prefs["profile.managed_default_content_settings.javascript"] = 2
        options.add_experimental_option("prefs", prefs)
        driver = webdriver.Chrome(options=options, service=Service(executable_path=chromium[1]))
        driver.set_page_load_timeout(60)
        started.append(driver)
        return driver

    yield make
    for driver in started:
        driver.quit()


@pytest.fixture
def browser(make_browser: Callable[..., Any]) -> Any:
    return make_browser()


@pytest.fixture
def browser_without_js(make_browser: Callable[..., Any]) -> Any:
    return make_browser(javascript=False)
