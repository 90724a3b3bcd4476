"""Product pictures: fetched during sync for order lines with an ``image_url``, cached once in the
profile under the SKU, and only when the bytes really are a PNG, JPEG or WebP of at most 2 MB.
Anything else is refused, logged and asked for again next cycle, and never stops the sync.

Real parts: a loopback HTTP server serving the pictures (and garbage), the kiosk's migrated
SQLite file, and for the cycle the real central server on loopback.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator

import pytest

from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.sync.pull_images import MAX_IMAGE_BYTES, images_folder, pull_images
from kiosk.workflow.clock import system_clock
from tests.sync.conftest import STORE
from tests.sync.support import FAST, free_port, recent_orders

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(200))
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300)
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(100)


class PictureServer:
    """Serves ``routes[path] = (status, content type, body, send the length?)``; counts requests per path."""

    def __init__(self) -> None:
        server = self
        self.routes: dict[str, tuple[int, str, bytes, bool]] = {}
        self.hits: Counter[str] = Counter()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # a body without a length ends when the connection closes

            def log_message(self, *_args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                server.hits[self.path] += 1
                status, kind, body, with_length = server.routes.get(self.path, (404, "text/plain", b"no", True))
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    if with_length:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the kiosk stopped reading an oversize body

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def pictures() -> Iterator[PictureServer]:
    server = PictureServer()
    server.routes.update({
        "/png": (200, "image/png", PNG, True),
        "/jpeg-as-octets": (200, "application/octet-stream", JPEG, True),  # the bytes decide, not the label
        "/webp": (200, "image/webp", WEBP, True),
        "/portal": (200, "text/html", b"<html><body>Sign in to the shop Wi-Fi</body></html>", True),
        "/png-label-garbage": (200, "image/png", b"GIF89a not what it says", True),
        "/huge-declared": (200, "image/png", PNG + bytes(MAX_IMAGE_BYTES), True),
        "/huge-undeclared": (200, "image/png", PNG + bytes(MAX_IMAGE_BYTES), False),
    })
    yield server
    server.close()


def orders_with_pictures(urls: dict[str, str], *, prefix: str = "IMG") -> list[dict[str, Any]]:
    """One order per SKU -> picture address, each with one line naming that picture."""
    documents = recent_orders(STORE, len(urls), prefix=prefix)
    for document, (sku, url) in zip(documents, urls.items(), strict=True):
        line = document["lines"][0]
        line["sku"], line["product_id"], line["image_url"] = sku, f"P-{sku}", url
        document["lines"] = [line]
    return documents


def cache(kiosk, documents: list[dict[str, Any]]) -> None:  # noqa: ANN001
    with kiosk.uow.writing() as tx:
        tx.orders.save_documents(documents)


def test_pictures_are_fetched_once_named_by_sku_and_typed_by_their_bytes(make_kiosk, pictures: PictureServer) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    cache(kiosk, orders_with_pictures({"SKU-A": pictures.url("/png"), "SKU-B": pictures.url("/jpeg-as-octets"),
                                       "SKU-C": pictures.url("/webp")}))
    report = pull_images(kiosk.uow)
    folder = images_folder(kiosk.uow)
    assert folder == kiosk.settings.profile / "images"  # where the item cards look
    assert (report.fetched, report.failed) == (3, 0)
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == {
        "SKU-A.png": PNG, "SKU-B.jpg": JPEG, "SKU-C.webp": WEBP}  # whole files, nothing half-written beside them
    before = dict(pictures.hits)
    again = pull_images(kiosk.uow)
    assert (again.fetched, again.failed) == (0, 0) and pictures.hits == before  # cached: not asked again


def test_a_picture_cached_under_the_product_id_is_not_fetched_again(make_kiosk, pictures: PictureServer) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    cache(kiosk, orders_with_pictures({"SKU-D": pictures.url("/png")}))
    folder = images_folder(kiosk.uow)
    folder.mkdir(parents=True)
    (folder / "P-SKU-D.jpg").write_bytes(JPEG)
    assert pull_images(kiosk.uow).fetched == 0 and pictures.hits["/png"] == 0


def test_garbage_oversize_and_missing_pictures_are_refused_and_asked_again_next_cycle(  # noqa: ANN001
        make_kiosk, pictures: PictureServer, caplog: pytest.LogCaptureFixture) -> None:
    kiosk = make_kiosk()
    bad = {"SKU-PORTAL": "/portal", "SKU-LIAR": "/png-label-garbage", "SKU-BIG": "/huge-declared",
           "SKU-BIGGER": "/huge-undeclared", "SKU-GONE": "/gone"}
    cache(kiosk, orders_with_pictures({sku: pictures.url(path) for sku, path in bad.items()}))
    report = pull_images(kiosk.uow)
    assert (report.fetched, report.failed) == (0, len(bad))
    folder = images_folder(kiosk.uow)
    assert not folder.exists() or list(folder.iterdir()) == []
    assert {sku for sku in bad if any(sku in record.getMessage() for record in caplog.records)} == set(bad)

    pictures.routes["/gone"] = (200, "image/png", PNG, True)  # the shop fixed one of them
    second = pull_images(kiosk.uow)
    assert all(pictures.hits[path] == 2 for path in bad.values())  # every failure was asked for again
    assert (second.fetched, second.failed) == (1, len(bad) - 1)
    assert [path.name for path in folder.iterdir()] == ["SKU-GONE.png"]


def test_unsafe_addresses_and_names_are_never_used(make_kiosk, pictures: PictureServer) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    documents = orders_with_pictures({"SKU-PLAIN": "http://198.51.100.7/picture.png",  # plain http off this machine
                                      "SKU-FTP": "ftp://127.0.0.1/picture.png",
                                      "SAFE": pictures.url("/png")})
    documents[2]["lines"][0]["sku"] = "../../escape"  # not a file name: the product id is used instead
    cache(kiosk, documents)
    report = pull_images(kiosk.uow)
    assert (report.fetched, report.failed) == (1, 2)
    assert [path.name for path in images_folder(kiosk.uow).iterdir()] == ["P-SAFE.png"]
    assert not (kiosk.settings.profile.parent / "escape.png").exists()


def test_a_sync_cycle_fetches_pictures_after_the_orders_and_failing_hosts_never_stop_it(  # noqa: ANN001
        central, make_kiosk, pictures: PictureServer) -> None:
    pictures.routes["/later"] = (503, "text/plain", b"busy", True)
    central.load(orders_with_pictures({"SKU-SYNC": pictures.url("/png"), "SKU-LATER": pictures.url("/later"),
                                       "SKU-DEAD": f"http://127.0.0.1:{free_port()}/nobody-listens.png"}))
    kiosk = make_kiosk()
    first = run_cycle(client_for(kiosk.settings, timeouts=FAST), kiosk.uow, system_clock, random.Random(1))
    assert first.ok and first.orders is not None and first.orders.orders == 3
    assert first.images is not None and (first.images.fetched, first.images.failed) == (1, 2)
    assert "product pictures: 1 fetched, 2 failed" in first.lines()

    pictures.routes["/later"] = (200, "image/webp", WEBP, True)  # the busy host answers next time
    second = run_cycle(client_for(kiosk.settings, timeouts=FAST), kiosk.uow, system_clock, random.Random(2))
    assert second.ok and second.images is not None and (second.images.fetched, second.images.failed) == (1, 1)
    folder = kiosk.settings.profile / "images"
    assert sorted(path.name for path in folder.iterdir()) == ["SKU-LATER.webp", "SKU-SYNC.png"]
    assert pictures.hits["/png"] == 1  # cached after the first cycle


def test_a_cycle_fetches_at_most_its_share_and_leaves_the_rest_for_the_next(make_kiosk, pictures: PictureServer) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    cache(kiosk, orders_with_pictures({"SKU-1": pictures.url("/png"), "SKU-2": pictures.url("/webp")}))
    first = pull_images(kiosk.uow, limit=1)
    assert (first.fetched, first.postponed) == (1, 1) and first.describe().endswith("1 for next time")
    second = pull_images(kiosk.uow, limit=1)
    assert (second.fetched, second.postponed) == (1, 0)
    assert pull_images(kiosk.uow).describe() == "product pictures: none missing"
    assert sorted(path.name for path in images_folder(kiosk.uow).iterdir()) == ["SKU-1.png", "SKU-2.webp"]
