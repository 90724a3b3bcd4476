"""Building the API client from the profile: credentials from ``kiosk register``, CA bundle from settings."""

from __future__ import annotations

import logging

from kiosk.config import Settings
from kiosk.sync.client import DEFAULT_TIMEOUTS, ApiClient, Timeouts
from kiosk.sync.credentials import Credentials, load_credentials

log = logging.getLogger(__name__)


def ca_bundle_for(settings: Settings, credentials: Credentials) -> str | None:
    """kiosk.toml's ``[sync] ca_bundle`` wins over the one given at registration."""
    return settings.ca_bundle or credentials.ca_bundle


def client_for(settings: Settings, *, timeouts: Timeouts = DEFAULT_TIMEOUTS) -> ApiClient | None:
    """A client for this profile's server, or None when the device is not registered.

    Raises SyncConfigError or CredentialsError when the stored set-up cannot be used.
    """
    credentials = load_credentials(settings.profile)
    if credentials is None:
        return None
    if settings.server_url and settings.server_url.rstrip("/") != credentials.server_url.rstrip("/"):
        log.warning("kiosk.toml names server %s but the device is registered with %s; using the registration",
                    settings.server_url, credentials.server_url)
    return ApiClient(credentials.server_url, credentials.token, ca_bundle=ca_bundle_for(settings, credentials),
                     timeouts=timeouts)
