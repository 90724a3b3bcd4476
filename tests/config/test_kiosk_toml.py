"""kiosk.toml is checked whole at start: every problem named with its key and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import ConfigError, load_settings


def write_config(profile: Path, text: str) -> Path:
    profile.mkdir(parents=True, exist_ok=True)
    path = profile / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "expected"), [
    ('[store]\nid = 5\n', "store.id must be a non-empty text in quotes, not a number (5)"),
    ('[store]\naddress = "1 Market Street"\n', "store.address must be a list of lines"),
    ('[store]\ntimezone = "America/New_Yrok"\n', "store.timezone 'America/New_Yrok' is not a time zone"),
    ('[kiosk]\nidle_timeout_s = "90"\n', "kiosk.idle_timeout_s must be a whole number, not the text '90'"),
    ('[kiosk]\nidle_timeout_s = 5\n', "kiosk.idle_timeout_s must be at least 10, not 5"),
    ('[kiosk]\nlanguage = "de"\n', "kiosk.language must be one of en, es, fr, not 'de'"),
    ('[kiosk]\ndemo = "yes"\n', "kiosk.demo must be true or false"),
    ('[kiosk]\nidle_timeout = 60\n', "kiosk.idle_timeout is not a setting kiosk.toml knows"),
    ('[shop]\nid = "S1"\n', "[shop] is not a table kiosk.toml knows"),
    ('store = "S001"\n', "[store] must be a table, not the text 'S001'"),
    ('[sync]\nserver_url = 8080\n', "sync.server_url must be a non-empty text in quotes"),
])
def test_a_wrong_setting_is_named_with_what_was_expected(tmp_path: Path, text: str, expected: str) -> None:
    write_config(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        load_settings(tmp_path)
    assert expected in str(raised.value)
    assert str(tmp_path / "kiosk.toml") in str(raised.value)


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    write_config(tmp_path, '[store]\nid = 5\ntimezone = "Mars/Olympus"\n[kiosk]\nlanguage = "xx"\n')
    with pytest.raises(ConfigError) as raised:
        load_settings(tmp_path)
    message = str(raised.value)
    assert "store.id" in message and "store.timezone" in message and "kiosk.language" in message


def test_a_good_file_gives_its_settings(tmp_path: Path) -> None:
    write_config(tmp_path, '[store]\nid = "S7"\nname = "Harbour"\naddress = ["2 Quay", "Portsmouth"]\n'
                           'timezone = "Europe/London"\n[kiosk]\nlanguage = "fr"\nidle_timeout_s = 60\n')
    settings = load_settings(tmp_path)
    assert settings.store.id == "S7" and settings.store.address == ("2 Quay", "Portsmouth")
    assert settings.store.timezone == "Europe/London" and settings.language == "fr" and settings.idle_timeout_s == 60


def test_the_command_line_says_what_is_wrong_without_a_traceback(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    write_config(tmp_path, '[store]\nid = 5\n')
    assert main(["--profile", str(tmp_path), "migrate"]) == 2
    err = capsys.readouterr().err
    assert "store.id must be a non-empty text" in err and "Traceback" not in err
