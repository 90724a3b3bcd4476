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


def settings_from_dict(profile: Path, data: Mapping[str, Any], *, demo: bool = False) -> Settings:
    store_data = data.get("store", {})
    kiosk_data = data.get("kiosk", {})
    sync_data = data.get("sync", {})
    try:
        store = Store(
            id=str(store_data.get("id", "S001")),
            name=str(store_data.get("name", "Intake Demo Store")),
            address=tuple(store_data.get("address", ["1 Market Street", "Springfield, NY 10001"])),
            timezone=str(store_data.get("timezone", "America/New_York")),
            phone=str(store_data.get("phone", "")),
            return_address=tuple(store_data.get("return_address", [])),
        )
        idle = int(kiosk_data.get("idle_timeout_s", 90))
    except (TypeError, ValueError) as error:
        raise ConfigError(f"{profile / CONFIG_NAME}: {error}") from error
    if idle < 10:
        raise ConfigError(f"{profile / CONFIG_NAME}: kiosk.idle_timeout_s must be at least 10 seconds")
    printers = data.get("printers", {})
    if not isinstance(printers, dict):
        raise ConfigError(f"{profile / CONFIG_NAME}: [printers] must be a table of printer tables")
    return Settings(
        profile=profile,
        store=store,
        device_id=str(kiosk_data.get("device_id", "device-1")),
        language=str(kiosk_data.get("language", "en")),
        idle_timeout_s=idle,
        demo=demo or bool(kiosk_data.get("demo", False)),
        printers=printers,
        server_url=sync_data.get("server_url"),
        ca_bundle=sync_data.get("ca_bundle"),
    )
