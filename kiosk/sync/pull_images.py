"""Product pictures for the item cards, fetched after the orders are pulled and cached in the profile.

The item cards show ``<profile>/images/<SKU>.<png|jpg|webp>`` when it exists (kiosk.services.returns
``images_for``) and a neutral tile otherwise, so a picture is a nicety that must never cost a
sync: each one is fetched with short timeouts, at most a few megabytes, only when its first bytes
say PNG, JPEG or WebP (whatever the server's Content-Type claims), written whole or not at all
(kiosk.atomic_file), with no database transaction open. A failure is logged and the picture is
simply asked for again next cycle; a cycle spends at most ``TIME_BUDGET_S`` on pictures.

The address comes from the order line's ``image_url``. It may be any host (a shop's CDN), so the
device's token is never sent with it; https is verified, and plain http is taken only from this
machine (tests, a local proxy), as for the central API.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import urlsplit

import requests

from kiosk.atomic_file import write_atomically
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.client import USER_AGENT, Timeouts

log = logging.getLogger(__name__)

#: A product picture larger than this is refused (a card shows it at about 120 px).
MAX_IMAGE_BYTES = 2 * 1024 * 1024
#: Pictures fetched at most per cycle, and seconds spent on them at most: the rest wait.
MAX_PER_CYCLE = 50
TIME_BUDGET_S = 30.0
IMAGE_TIMEOUTS = Timeouts(connect=3.0, read=10.0)
#: The suffixes the item cards look for (kiosk.services.returns.IMAGE_SUFFIXES), by what the bytes are
SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
#: A SKU or product id that is safe as a file name (no path, no leading dot)
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class ImageRefused(Exception):
    """The answer is not a picture we keep; the message says why."""


@dataclass
class ImagesReport:
    fetched: int = 0
    failed: int = 0
    #: pictures still missing that this cycle left for the next (cap, time budget, stop)
    postponed: int = 0
    problems: list[str] = field(default_factory=list)

    def describe(self) -> str:
        if not (self.fetched or self.failed or self.postponed):
            return "product pictures: none missing"
        text = f"product pictures: {self.fetched} fetched, {self.failed} failed"
        return text + (f", {self.postponed} for next time" if self.postponed else "")


@dataclass(frozen=True)
class WantedImage:
    name: str
    url: str


Fetch = Callable[[str], bytes]


def images_folder(uow: UnitOfWork) -> Path:
    """``<profile>/images``: the profile is the folder of the kiosk database."""
    return uow.database.path.parent / "images"


def pull_images(uow: UnitOfWork, folder: Path | None = None, *, fetch: Fetch | None = None,
                should_stop: Callable[[], bool] = lambda: False, limit: int = MAX_PER_CYCLE,
                budget_s: float = TIME_BUDGET_S) -> ImagesReport:
    """Fetch the pictures the cached order lines name and the profile does not hold yet."""
    folder = folder or images_folder(uow)
    with uow.reading() as tx:
        sources = tx.orders.image_sources()
    wanted = missing(sources, folder)
    report = ImagesReport()
    fetch = fetch or fetch_image
    deadline = time.monotonic() + budget_s
    for index, image in enumerate(wanted):
        if index >= limit or should_stop() or time.monotonic() > deadline:
            report.postponed = len(wanted) - index
            break
        try:
            data = fetch(image.url)
            write_atomically(folder / f"{image.name}{suffix_of(data)}", data)
            report.fetched += 1
        except (ImageRefused, requests.RequestException, OSError) as error:
            report.failed += 1
            report.problems.append(f"{image.name}: {error}")
            log.warning("product picture for %s not kept (asked again next cycle): %s", image.name, error)
    return report


def missing(sources: Iterable[tuple[str, str, str]], folder: Path) -> list[WantedImage]:
    """One picture per product line the cards could show, named by SKU (else product id), not yet cached."""
    wanted: dict[str, WantedImage] = {}
    for sku, product_id, url in sources:
        name = next((n for n in (sku, product_id) if _SAFE_NAME.match(n) and ".." not in n), None)
        if name is None:
            log.warning("no safe file name for the picture of %r / %r; skipped", sku, product_id)
            continue
        if name in wanted or cached(folder, (sku, product_id)):
            continue
        wanted[name] = WantedImage(name, url)
    return list(wanted.values())


def cached(folder: Path, names: Iterable[str]) -> bool:
    return any((folder / f"{name}{suffix}").is_file() for name in names if _SAFE_NAME.match(name)
               for suffix in SUFFIXES)


def fetch_image(url: str) -> bytes:
    """The picture's bytes, or ImageRefused / a requests error. Never more than MAX_IMAGE_BYTES read."""
    check_url(url)
    timeouts = (IMAGE_TIMEOUTS.connect, IMAGE_TIMEOUTS.read)
    with requests.get(url, stream=True, timeout=timeouts, headers={"User-Agent": USER_AGENT}) as answer:
        check_url(answer.url)  # after any redirect
        if answer.status_code != 200:
            raise ImageRefused(f"HTTP {answer.status_code}")
        declared = answer.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > MAX_IMAGE_BYTES:
            raise ImageRefused(f"{declared} bytes, more than {MAX_IMAGE_BYTES}")
        data = bytearray()
        for chunk in answer.iter_content(64 * 1024):
            data += chunk
            if len(data) > MAX_IMAGE_BYTES:
                raise ImageRefused(f"more than {MAX_IMAGE_BYTES} bytes")
    suffix_of(bytes(data))
    return bytes(data)


def suffix_of(data: bytes) -> str:
    """The file suffix for what the bytes are (PNG, JPEG, WebP), or ImageRefused."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if data.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    raise ImageRefused("not a PNG, JPEG or WebP picture")


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname and _is_loopback(parts.hostname):
        return
    raise ImageRefused(f"address {url!r} is not https (plain http only from this machine)")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
