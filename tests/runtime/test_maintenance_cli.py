"""The maintenance commands as a person runs them: doctor, backup, recover, install, policy check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.resources import resource


def test_a_damaged_database_gives_one_line_naming_the_backup_then_recover_restores_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "profile"
    assert main(["--profile", str(profile), "migrate"]) == 0
    assert main(["--profile", str(profile), "backup"]) == 0
    (profile / "kiosk.sqlite").write_bytes(b"\0" * 4096)
    capsys.readouterr()

    assert main(["--profile", str(profile), "outbox", "list"]) == 1
    err = capsys.readouterr().err
    assert "is not a SQLite database" in err and "kiosk recover" in err and "Traceback" not in err

    assert main(["--profile", str(profile), "recover"]) == 2  # asks for --yes first
    assert main(["--profile", str(profile), "recover", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "restored kiosk-" in out and "damaged file is kept" in out
    assert main(["--profile", str(profile), "outbox", "list"]) == 0


def test_install_dry_run_prints_the_unit_and_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--profile", str(tmp_path / "p"), "install", "--dry-run", "--root", str(tmp_path / "root")]) == 0
    out = capsys.readouterr().out
    assert "intake-kiosk.service" in out and "systemctl enable" in out
    assert not (tmp_path / "root").exists()


def test_doctor_exits_non_zero_when_something_needs_attention(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--profile", str(tmp_path / "p"), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "[ATTENTION] central: not registered" in out and "checks need attention" in out


def test_policy_check_warns_of_names_no_order_carries_and_strict_refuses(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    document = json.loads(resource("demo", "policy.json").read_text(encoding="utf-8"))
    document["rules"]["restocking_fees"][0]["categories"] = ["electronix"]
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["policy", "check", str(path)]) == 0
    assert "warning: rules.restocking_fees[0].categories[0]: no order in the catalogue has the category 'electronix'" \
        in capsys.readouterr().err
    assert main(["policy", "check", "--strict", str(path)]) == 1


def test_explain_refuses_a_deeply_nested_order_without_a_traceback(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    order = tmp_path / "order.json"
    order.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    status = main(["policy", "explain", "--policy", str(resource("demo", "policy.json")), "--order", str(order),
                   "--at", "2026-11-27T12:00:00Z"])
    assert status == 2 and "nested more than" in capsys.readouterr().err
