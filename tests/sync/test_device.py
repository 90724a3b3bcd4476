"""Device set-up and take-down: owner-only credentials checked against the server, and the guard that
keeps unsent returns from being wiped with the profile."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from kiosk.cli.sync import main as sync_main
from kiosk.config import load_settings
from kiosk.sync.credentials import credentials_path, load_credentials
from tests.sync.conftest import STORE
from tests.sync.support import recent_orders, take_return


def test_register_checks_the_token_and_stores_it_for_the_owner_only(central, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    profile = tmp_path / "new-kiosk"
    token = central.add_device(STORE)
    assert sync_main(["--profile", str(profile), "register", "--server", central.url, "--token", token]) == 0
    assert "registered with" in capsys.readouterr().out
    assert stat.S_IMODE(credentials_path(profile).stat().st_mode) == 0o600
    stored = load_credentials(profile)
    assert (stored.server_url, stored.token) == (central.url, token)


def test_a_wrong_token_is_refused_and_nothing_is_stored(central, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    profile = tmp_path / "typo"
    status = sync_main(["--profile", str(profile), "register", "--server", central.url, "--token", "kc_wrong"])
    assert status == 1 and "refused the token" in capsys.readouterr().err
    assert not credentials_path(profile).exists()


def test_plain_http_to_another_machine_is_refused(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    status = sync_main(["--profile", str(tmp_path / "p"), "register", "--server", "http://central.shop.lan",
                        "--token", "kc_x"])
    assert status == 2 and "https" in capsys.readouterr().err


def test_sync_once_prints_what_it_did(central, make_kiosk, capsys) -> None:  # noqa: ANN001
    central.load(recent_orders(STORE, 7))
    kiosk = make_kiosk()
    assert sync_main(["--profile", str(kiosk.settings.profile), "sync", "--once"]) == 0
    out = capsys.readouterr().out
    assert "orders: 7 received" in out and "count check ok" in out and "policy demo-2026.11-1 installed" in out


def test_sync_once_against_a_stopped_server_says_so_and_fails(central, make_kiosk, capsys) -> None:  # noqa: ANN001
    kiosk = make_kiosk()
    central.stop()
    assert sync_main(["--profile", str(kiosk.settings.profile), "sync", "--once"]) == 1
    assert "cannot reach" in capsys.readouterr().out


def test_unsent_returns_block_reset_and_unregister_until_exported(central, make_kiosk, tmp_path: Path,  # noqa: ANN001
                                                                  capsys) -> None:
    central.load(recent_orders(STORE, 3))
    kiosk = make_kiosk()
    profile = str(kiosk.settings.profile)
    assert sync_main(["--profile", profile, "sync", "--once"]) == 0
    order = recent_orders(STORE, 3)[1]
    case = take_return(kiosk.desk, order["number"], order["customer"]["email"])
    kiosk.close()

    assert sync_main(["--profile", profile, "reset-profile", "--yes"]) == 2
    assert "1 return(s) are not on the server yet" in capsys.readouterr().err
    assert sync_main(["--profile", profile, "unregister"]) == 2
    assert kiosk.settings.database_path.exists() and credentials_path(kiosk.settings.profile).exists()

    export = tmp_path / "export" / "unsent.jsonl"
    assert sync_main(["--profile", profile, "outbox", "export", "--out", str(export)]) == 0
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    header, entry = [json.loads(line) for line in export.read_text().splitlines()]
    assert header["count"] == 1 and entry["case_id"] == case.id and entry["payload"]["code"] == case.code

    tampered = tmp_path / "tampered.jsonl"
    tampered.write_text(export.read_text().replace(case.code, "XXXX-XXXX-XXX"))
    assert sync_main(["--profile", profile, "reset-profile", "--yes", "--exported", str(tampered)]) == 2
    capsys.readouterr()

    assert sync_main(["--profile", profile, "reset-profile", "--yes", "--exported", str(export)]) == 0
    assert "removed kiosk.sqlite" in capsys.readouterr().out
    assert not kiosk.settings.database_path.exists() and not credentials_path(kiosk.settings.profile).exists()
    assert (kiosk.settings.profile / "kiosk.toml").exists()


def test_an_export_made_before_a_newer_return_does_not_cover_it(central, make_kiosk, tmp_path: Path) -> None:  # noqa: ANN001
    documents = recent_orders(STORE, 2)
    central.load(documents)
    kiosk = make_kiosk()
    profile = str(kiosk.settings.profile)
    assert sync_main(["--profile", profile, "sync", "--once"]) == 0
    take_return(kiosk.desk, documents[0]["number"], documents[0]["customer"]["email"])
    export = tmp_path / "old.jsonl"
    assert sync_main(["--profile", profile, "outbox", "export", "--out", str(export)]) == 0
    take_return(kiosk.desk, documents[1]["number"], documents[1]["customer"]["email"])
    assert sync_main(["--profile", profile, "unregister", "--exported", str(export)]) == 2
    assert sync_main(["--profile", profile, "sync", "--once"]) == 0  # both delivered: nothing unsent
    assert sync_main(["--profile", profile, "unregister"]) == 0
    assert load_credentials(Path(profile)) is None


def test_a_credentials_file_readable_by_others_is_restricted(tmp_path: Path) -> None:
    from kiosk.sync.credentials import Credentials, save_credentials

    save_credentials(tmp_path, Credentials("https://central.example.com", "kc_x", "2026-11-27T00:00:00Z"))
    credentials_path(tmp_path).chmod(0o644)
    assert load_credentials(tmp_path).token == "kc_x"
    assert stat.S_IMODE(credentials_path(tmp_path).stat().st_mode) == 0o600


@pytest.mark.parametrize("command", [["outbox", "list"], ["outbox", "retry", "99"]])
def test_outbox_commands_work_on_an_empty_profile(tmp_path: Path, command: list[str]) -> None:
    status = sync_main(["--profile", str(tmp_path / "empty"), *command])
    assert status == (0 if command[1] == "list" else 2)
    assert load_settings(tmp_path / "empty").database_path.exists()
