"""The one door to the central API: bearer token, timeouts, verified TLS, classified answers.

Every call has a connect and a read timeout, so a dead network or a hung server costs the
worker seconds, never the kiosk. TLS is always verified, against the system's CAs or the
profile's CA bundle; plain http is accepted only for a server on this machine (tests, a
local reverse proxy), because a bearer token must not cross a shop's network in clear.
Nothing here raises for a bad answer: every outcome comes back as an ``Answer``.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit

import requests

from kiosk.sync.answers import Answer, classify, network_failure
from kiosk.workflow.errors import SetupError

log = logging.getLogger(__name__)

USER_AGENT = "intake-kiosk/0.1"
#: Largest answer read into memory; a page of 500 orders is about 1 MB.
MAX_ANSWER_BYTES = 32 * 1024 * 1024


class SyncConfigError(SetupError):
    """The server address, token or CA bundle cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for a connection, and for each read from the server."""

    connect: float = 5.0
    read: float = 30.0


#: For the worker: a page of 500 orders or a post may take a while on a slow line.
DEFAULT_TIMEOUTS = Timeouts()
#: For a shopper waiting at the screen: fail fast and fall back to "not found".
LOOKUP_TIMEOUTS = Timeouts(connect=3.0, read=8.0)


def check_server_url(url: str) -> str:
    """The URL without a trailing slash, or SyncConfigError when it is not usable."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SyncConfigError(f"server address {url!r} must look like https://host[:port]")
    if parts.query or parts.fragment:
        raise SyncConfigError(f"server address {url!r} must not carry a query or fragment")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise SyncConfigError(f"server address {url!r} uses plain http; use https (http only for this machine)")
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_ca_bundle(path: str | None) -> str | bool:
    """What requests' ``verify`` gets: the bundle's path, or True for the system's CAs. Never False."""
    if not path:
        return True
    bundle = Path(path).expanduser()
    if not bundle.is_file():
        raise SyncConfigError(f"CA bundle {bundle} does not exist or is not a file")
    return str(bundle)


class ApiClient:
    """A device's HTTP session with the central API; one per thread (a lock guards shared use)."""

    def __init__(self, server_url: str, token: str, *, ca_bundle: str | None = None,
                 timeouts: Timeouts = DEFAULT_TIMEOUTS) -> None:
        self.base_url = check_server_url(server_url)
        if not token or any(c.isspace() for c in token):
            raise SyncConfigError("the device token is empty or contains spaces")
        self.timeouts = timeouts
        self._session = requests.Session()
        self._session.verify = check_ca_bundle(ca_bundle)
        self._session.trust_env = False  # no proxies or netrc picked up from the environment by surprise
        self._session.headers.update({"Authorization": f"Bearer {token}", "User-Agent": USER_AGENT,
                                      "Accept": "application/json"})
        self._lock = threading.Lock()

    @property
    def verify(self) -> str | bool:
        return self._session.verify

    def get(self, path: str, params: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None, *,
            timeouts: Timeouts | None = None, parse: bool = True) -> Answer:
        """``parse=False``: a 2xx body comes back unread in ``Answer.text`` (see answers.classify)."""
        clean = {k: v for k, v in (params or {}).items() if v is not None}
        return self._send("GET", path, params=clean, headers=dict(headers or {}), timeouts=timeouts, parse=parse)

    def post(self, path: str, body: Any, headers: Mapping[str, str] | None = None) -> Answer:
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        return self._send("POST", path, data=data, headers=all_headers)

    def close(self) -> None:
        self._session.close()

    def _send(self, method: str, path: str, *, timeouts: Timeouts | None = None, parse: bool = True,
              **kwargs: Any) -> Answer:
        limits = timeouts or self.timeouts
        try:
            with self._lock:
                response = self._session.request(method, self.base_url + path, timeout=(limits.connect, limits.read),
                                                 allow_redirects=False, stream=True, **kwargs)
                text = _read_text(response)
        except requests.exceptions.SSLError as error:
            return network_failure("tls_error", f"TLS verification failed: {_short(error)}")
        except (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout) as error:
            return network_failure("timeout", f"the server did not answer in time: {_short(error)}")
        except requests.exceptions.ConnectionError as error:
            return network_failure("connection_failed", f"cannot reach {self.base_url}: {_short(error)}")
        except requests.exceptions.RequestException as error:
            return network_failure("request_failed", _short(error))
        except _AnswerTooLarge as error:
            return network_failure("answer_too_large", str(error))
        return classify(response.status_code, text, response.headers, parse=parse)


class _AnswerTooLarge(Exception):
    pass


def _read_text(response: requests.Response) -> str:
    """The body as text, read under the size cap; the connection is released either way."""
    try:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                raise _AnswerTooLarge(f"the answer is larger than {MAX_ANSWER_BYTES} bytes")
            chunks.append(chunk)
        return b"".join(chunks).decode("utf-8", errors="replace")
    finally:
        response.close()


def _short(error: BaseException) -> str:
    text = str(error)
    return text if len(text) <= 300 else text[:297] + "..."
