"""Settings: the profile folder, its kiosk.toml, and environment overrides.

The profile folder holds everything a kiosk owns: the database, the config file, saved
PDFs and credentials. It comes from ``--profile DIR``, else ``INTAKE_PROFILE``, else the
platform's user data folder.

The [brand] table gives the store's look on screen (the name shown, a logo, the primary
colour). The colour is checked for contrast here, at start, so an unreadable brand never
reaches a shopper: buttons put white text on it and titles put it on white.
"""

from __future__ import annotations

import os
import re
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


#: The primary colour when kiosk.toml names none (meets 4.5:1 against white).
DEFAULT_PRIMARY = "#0B5CAD"
#: WCAG AA for normal text: what every text/background pair on screen must reach.
MIN_CONTRAST = 4.5
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")


@dataclass(frozen=True)
class Brand:
    """The store's look on the kiosk screen; an empty name shows the store's own name."""

    name: str = ""
    logo: Path | None = None
    primary_colour: str = DEFAULT_PRIMARY


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
    brand: Brand = field(default_factory=Brand)

    @property
    def shown_name(self) -> str:
        """The name the screen shows: the brand's, else the store's."""
        return self.brand.name or self.store.name

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
    "brand": frozenset({"name", "logo", "primary_colour"}),
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


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a "#RRGGBB" colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two "#RRGGBB" colours (1 to 21)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def darker(colour: str, factor: float) -> str:
    """The colour with every channel scaled by ``factor`` (0 black, 1 unchanged)."""
    return "#" + "".join(f"{round(int(colour[i:i + 2], 16) * factor):02X}" for i in (1, 3, 5))


def readable_shade(colour: str, against: str = "#FFFFFF") -> str:
    """The lightest shade of ``colour`` that reaches MIN_CONTRAST against ``against``."""
    factor = 1.0
    while factor > 0 and contrast_ratio(darker(colour, factor), against) < MIN_CONTRAST:
        factor -= 0.02
    return darker(colour, max(factor, 0.0))


_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def _read_brand(read: _Reader, profile: Path) -> Brand:
    name = read.optional_text("brand", "name") or ""
    colour = read.text("brand", "primary_colour", DEFAULT_PRIMARY)
    if not _HEX_COLOUR.fullmatch(colour):
        read.problems.append(f'brand.primary_colour must be a colour written "#RRGGBB" (such as "{DEFAULT_PRIMARY}"), '
                             f"not {_kind(colour)}")
        colour = DEFAULT_PRIMARY
    elif contrast_ratio(colour, "#FFFFFF") < MIN_CONTRAST:
        read.problems.append(
            f"brand.primary_colour {colour!r} is too light to read: white text on it (and it as text on white) "
            f"reaches only {contrast_ratio(colour, '#FFFFFF'):.1f}:1, and the screen needs at least "
            f"{MIN_CONTRAST}:1; a darker shade such as {readable_shade(colour)!r} passes")
        colour = DEFAULT_PRIMARY
    return Brand(name=name, logo=_logo(read, profile), primary_colour=colour.upper())


def _logo(read: _Reader, profile: Path) -> Path | None:
    given = read.optional_text("brand", "logo")
    if not given:
        return None
    path = Path(given).expanduser()
    path = path if path.is_absolute() else profile / path
    if path.suffix.lower() not in LOGO_SUFFIXES:
        read.problems.append(f"brand.logo {given!r} must be an image file ending in {', '.join(LOGO_SUFFIXES)}")
        return None
    if not path.is_file():
        read.problems.append(f"brand.logo {given!r} is not a file (looked for {path}; a relative path starts "
                             "in the profile folder)")
        return None
    return path


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
        brand=_read_brand(read, profile),
    )
    if read.problems:
        listed = "\n".join(f"  - {problem}" for problem in read.problems)
        raise ConfigError(f"{profile / CONFIG_NAME} cannot be used:\n{listed}")
    return settings
