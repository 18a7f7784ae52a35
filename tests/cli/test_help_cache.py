"""The help screens kept between runs (pep_cli.helpcache): the same screen, without typer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PEP = Path(sys.executable).parent / "pep"


def run(args: list[str], cache: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PEP_CACHE_DIR", "PEP_NO_HELP_CACHE", "COLUMNS")
    }
    environment |= {"XDG_CACHE_HOME": str(cache), **env}
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pep_cli", *args],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def imported(done: subprocess.CompletedProcess[str]) -> set[str]:
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names


def entries(cache: Path) -> list[Path]:
    folder = cache / "pep" / "help"
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.parent.parent.name == "v1")


@pytest.mark.parametrize(
    "args", [["--help"], [], ["validate", "--help"], ["catalogue", "list", "-h"]]
)
def test_the_second_screen_is_the_first_without_typer(tmp_path: Path, args: list[str]) -> None:
    first = run(args, tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Usage : pep")
    assert "typer" in imported(first)
    assert len(entries(tmp_path)) == 1
    second = run(args, tmp_path)
    assert second.returncode == 0
    assert second.stdout == first.stdout
    assert "typer" not in imported(second) and "rich" not in imported(second)
    # The screen typer shows when nothing is kept is the same one.
    fresh = run(args, tmp_path, PEP_NO_HELP_CACHE="1")
    assert fresh.stdout == first.stdout
    assert "typer" in imported(fresh)


def test_another_width_or_command_is_another_screen(tmp_path: Path) -> None:
    narrow = run(["--help"], tmp_path, COLUMNS="60")
    wide = run(["--help"], tmp_path, COLUMNS="120")
    assert narrow.stdout != wide.stdout
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 60
    other = run(["fmt", "--help"], tmp_path, COLUMNS="60")
    assert "fmt" in other.stdout.splitlines()[0]
    assert len(entries(tmp_path)) == 3
    assert run(["--help"], tmp_path, COLUMNS="60").stdout == narrow.stdout
    assert run(["fmt", "--help"], tmp_path, COLUMNS="60").stdout == other.stdout


def test_a_mistake_or_an_error_is_never_kept(tmp_path: Path) -> None:
    done = run(["nosuchcommand", "--help"], tmp_path)
    assert done.returncode == 2
    assert "nosuchcommand" in done.stderr
    again = run(["nosuchcommand", "--help"], tmp_path)
    assert again.returncode == 2 and "typer" in imported(again)
    assert entries(tmp_path) == []


def test_a_corrupt_entry_is_ignored_and_rewritten(tmp_path: Path) -> None:
    first = run(["--help"], tmp_path)
    [entry] = entries(tmp_path)
    entry.write_bytes(b"\xff\xfe not json")
    second = run(["--help"], tmp_path)
    assert second.returncode == 0 and second.stdout == first.stdout
    assert "typer" in imported(second)
    third = run(["--help"], tmp_path)
    assert third.stdout == first.stdout and "typer" not in imported(third)


def test_an_entry_written_under_another_key_is_not_shown(tmp_path: Path) -> None:
    run(["--help"], tmp_path)
    [entry] = entries(tmp_path)
    forged = entry.read_text("utf-8").replace("Usage : pep", "Usage : faux")
    other = entry.with_name("0" * len(entry.name))
    other.write_text(forged, "utf-8")  # the right text, but filed under another key
    entry.write_text(forged.replace(entry.name, "0" * len(entry.name)), "utf-8")
    done = run(["--help"], tmp_path)
    assert done.stdout.startswith("Usage : pep")


def test_an_unwritable_cache_only_means_no_cache(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", "utf-8")
    done = run(["--help"], blocked)
    assert done.returncode == 0 and done.stdout.startswith("Usage : pep")
    assert done.stderr.count("pep :") == 0
    assert blocked.read_text("utf-8") == "not a folder"
