"""Settings: the profile folder, its kiosk.toml, and environment overrides.

The profile folder holds everything a kiosk owns: the database, the config file, saved
PDFs and credentials. It comes from ``--profile DIR``, else ``INTAKE_PROFILE``, else the
platform's user data folder.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from platformdirs import user_data_dir

from kiosk.workflow.errors import SetupError
from kiosk.workflow.store import Store

PROFILE_ENV = "INTAKE_PROFILE"
CONFIG_NAME = "kiosk.toml"


class ConfigError(SetupError):
    """The profile's kiosk.toml cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Settings:
    profile: Path
    store: Store
    device_id: str = "device-1"
    language: str = "en"
    idle_timeout_s: int = 90
    demo: bool = False
    printers: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    server_url: str | None = None
    ca_bundle: str | None = None

    @property
    def database_path(self) -> Path:
        return self.profile / "kiosk.sqlite"

    @property
    def documents_dir(self) -> Path:
        return self.profile / "documents"


def resolve_profile(cli_value: str | None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    if os.environ.get(PROFILE_ENV):
        return Path(os.environ[PROFILE_ENV]).expanduser().resolve()
    return Path(user_data_dir("intake-kiosk", "Intake"))


def load_settings(profile: Path, *, demo: bool = False) -> Settings:
    path = profile / CONFIG_NAME
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: {error}") from error
    return settings_from_dict(profile, data, demo=demo)


#: The languages the kiosk ships translations for.
LANGUAGES = ("en", "es", "fr")
#: Every table and key kiosk.toml may hold; [printers] is checked by kiosk.printing.settings.
KNOWN_KEYS: dict[str, frozenset[str]] = {
    "store": frozenset({"id", "name", "address", "timezone", "phone", "return_address"}),
    "kiosk": frozenset({"device_id", "language", "idle_timeout_s", "demo"}),
    "sync": frozenset({"server_url", "ca_bundle"}),
    "printers": frozenset(),
}


class _Reader:
    """Reads typed values out of kiosk.toml and collects every problem, so one run names them all."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.problems: list[str] = []

    def table(self, name: str) -> Mapping[str, Any]:
        value = self.data.get(name, {})
        if isinstance(value, Mapping):
            return value
        problem = f"[{name}] must be a table, not {_kind(value)}"
        if problem not in self.problems:
            self.problems.append(problem)
        return {}

    def text(self, table: str, key: str, default: str) -> str:
        value = self.table(table).get(key, default)
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.problems.append(f"{table}.{key} must be a non-empty text in quotes, not {_kind(value)}")
        return default

    def optional_text(self, table: str, key: str) -> str | None:
        value = self.table(table).get(key)
        return None if value is None else self.text(table, key, "")

    def lines(self, table: str, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self.table(table).get(key, list(default))
        if isinstance(value, list) and all(isinstance(line, str) for line in value):
            return tuple(value)
        self.problems.append(f'{table}.{key} must be a list of lines, such as ["1 Market Street", "Springfield"], '
                             f"not {_kind(value)}")
        return default

    def number(self, table: str, key: str, default: int, *, at_least: int) -> int:
        value = self.table(table).get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.problems.append(f"{table}.{key} must be a whole number, not {_kind(value)}")
            return default
        if value < at_least:
            self.problems.append(f"{table}.{key} must be at least {at_least}, not {value}")
            return default
        return value

    def flag(self, table: str, key: str, default: bool) -> bool:
        value = self.table(table).get(key, default)
        if isinstance(value, bool):
            return value
        self.problems.append(f"{table}.{key} must be true or false, not {_kind(value)}")
        return default

    def unknown_keys(self) -> None:
        for name, value in self.data.items():
            if name not in KNOWN_KEYS:
                self.problems.append(f"[{name}] is not a table kiosk.toml knows ({', '.join(sorted(KNOWN_KEYS))})")
            elif KNOWN_KEYS[name] and isinstance(value, Mapping):
                for key in value:
                    if key not in KNOWN_KEYS[name]:
                        self.problems.append(f"{name}.{key} is not a setting kiosk.toml knows "
                                             f"(known: {', '.join(sorted(KNOWN_KEYS[name]))})")


def _kind(value: object) -> str:
    if isinstance(value, str):
        return f"the text {value!r}"
    names = {bool: "true/false", int: "a number", float: "a decimal number", list: "a list", dict: "a table"}
    return f"{names.get(type(value), type(value).__name__)} ({value!r})"


def _check_timezone(reader: _Reader, name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        reader.problems.append(f"store.timezone {name!r} is not a time zone this machine knows "
                               "(an IANA name such as \"America/New_York\" or \"Europe/Paris\")")


def settings_from_dict(profile: Path, data: Mapping[str, Any], *, demo: bool = False) -> Settings:
    """Settings from kiosk.toml's contents, checked whole: a ConfigError lists every problem."""
    read = _Reader(data)
    read.unknown_keys()
    store = Store(
        id=read.text("store", "id", "S001"),
        name=read.text("store", "name", "Intake Demo Store"),
        address=read.lines("store", "address", ("1 Market Street", "Springfield, NY 10001")),
        timezone=read.text("store", "timezone", "America/New_York"),
        phone=read.optional_text("store", "phone") or "",
        return_address=read.lines("store", "return_address", ()),
    )
    _check_timezone(read, store.timezone)
    language = read.text("kiosk", "language", "en")
    if language not in LANGUAGES:
        read.problems.append(f"kiosk.language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    printers = read.table("printers")
    settings = Settings(
        profile=profile,
        store=store,
        device_id=read.text("kiosk", "device_id", "device-1"),
        language=language,
        idle_timeout_s=read.number("kiosk", "idle_timeout_s", 90, at_least=10),
        demo=demo or read.flag("kiosk", "demo", False),
        printers=printers,
        server_url=read.optional_text("sync", "server_url"),
        ca_bundle=read.optional_text("sync", "ca_bundle"),
    )
    if read.problems:
        listed = "\n".join(f"  - {problem}" for problem in read.problems)
        raise ConfigError(f"{profile / CONFIG_NAME} cannot be used:\n{listed}")
    return settings
