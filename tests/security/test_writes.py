"""Points 3 and 4: what pep writes never replaces what the user did not ask to replace."""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from helpers_ci import PEP, TODAY, make_data_repo, run_pep

CANTAL = "15-cantal-2022.yaml"
ISERE = "38-isere-2022.yaml"
DEPARTMENTS = Path("data") / "departments"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _validate_to(root: Path, output: str) -> subprocess.CompletedProcess[str]:
    return run_pep("validate", "--format", "json", "--today", TODAY, "--output", output, cwd=root)


# --- point 4: atomic writes and what is at the target -----------------------------------------


def test_output_through_a_symbolic_link_replaces_its_target_and_keeps_the_link(
    tmp_path: Path,
) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    target = tmp_path / "rapports" / "pep.json"
    target.parent.mkdir()
    target.write_text("ancien\n")
    target.chmod(0o640)
    (root / "pep.json").symlink_to(target)
    done = _validate_to(root, "pep.json")
    assert done.returncode == 0, done.stderr
    assert (root / "pep.json").is_symlink()
    assert '"problems"' in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _leftovers(target.parent) == [] and _leftovers(root) == []


def test_output_into_a_fifo_writes_into_it(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    fifo = root / "rapport.json"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    done = _validate_to(root, "rapport.json")
    reader.join(timeout=60)
    assert done.returncode == 0, done.stderr
    assert b'"problems"' in received[0]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert _leftovers(root) == []


def test_output_into_a_device_keeps_the_device(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    done = _validate_to(root, os.devnull)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_full_device_is_a_french_usage_error(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    root = make_data_repo(tmp_path / "depot", CANTAL)
    done = _validate_to(root, "/dev/full")
    assert done.returncode == 2
    assert "écriture impossible de « /dev/full » : plus de place sur le disque" in done.stderr


def _small_files() -> None:
    # Files may not grow past 100 bytes, as on a full disk (EFBIG instead of ENOSPC).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))


def test_a_write_that_fails_midway_leaves_nothing_behind(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    (root / "rapport.json").write_text("ancien\n")
    done = subprocess.run(
        [str(PEP), "validate", "--format", "json", "--output", "rapport.json"],
        cwd=root,
        capture_output=True,
        text=True,
        preexec_fn=_small_files,
        check=False,
        env={**os.environ, "GITHUB_ACTIONS": ""},
    )
    assert done.returncode == 2, done.stderr
    assert "écriture impossible de « rapport.json » : fichier trop gros" in done.stderr
    assert "Traceback" not in done.stderr
    assert (root / "rapport.json").read_text() == "ancien\n"
    assert _leftovers(root) == []


def test_long_names_are_written_or_refused_in_french(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    longest = "r" * 250 + ".json"  # fits; its temporary name must fit too
    assert _validate_to(root, longest).returncode == 0
    assert (root / longest).is_file()
    too_long = "r" * 300 + ".json"
    done = _validate_to(root, too_long)
    assert done.returncode == 2
    assert "nom de fichier trop long" in done.stderr
    assert _leftovers(root) == []


def test_render_into_a_missing_folder_under_a_file_is_a_french_error(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    (root / "fichier").write_text("x")
    done = run_pep("render", "15", "-o", "fichier/sortie", cwd=root)
    assert done.returncode == 2, done.stderr
    assert "écriture impossible" in done.stderr
    assert "n'est pas un dossier" in done.stderr


def test_fmt_keeps_mode_and_link(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    archive = root / "archives" / CANTAL
    archive.parent.mkdir()
    (root / DEPARTMENTS / CANTAL).rename(archive)
    archive.write_text(archive.read_text().replace("\n", "\n\n\n", 1))  # two blank lines
    archive.chmod(0o600)
    (root / DEPARTMENTS / CANTAL).symlink_to(Path("..") / ".." / "archives" / CANTAL)
    done = run_pep("fmt", cwd=root)
    assert done.returncode == 0, done.stderr
    assert (root / DEPARTMENTS / CANTAL).is_symlink()
    assert "\n\n\n" not in archive.read_text()
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600


# --- point 3: an edit saved while fmt runs is kept --------------------------------------------

_IN_CLOSE_NOWRITE = 0x10


def _wait_for_read(path: Path, ready: threading.Event, done: threading.Event) -> None:
    """Sets ``done`` once a process has opened ``path`` for reading and closed it (inotify)."""
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.inotify_init()
    assert fd >= 0
    try:
        assert libc.inotify_add_watch(fd, str(path).encode(), _IN_CLOSE_NOWRITE) >= 0
        ready.set()
        os.read(fd, 4096)
        done.set()
    finally:
        os.close(fd)


def test_fmt_leaves_a_file_saved_while_it_was_formatting(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL, ISERE)
    first = root / DEPARTMENTS / CANTAL
    first.write_text(first.read_text().replace("\n", "\n\n\n", 1))  # to be formatted
    second = root / DEPARTMENTS / ISERE
    second.write_text(second.read_text().replace("\n", "\n\n\n", 1))
    ready, read = threading.Event(), threading.Event()
    watcher = threading.Thread(target=_wait_for_read, args=(first, ready, read), daemon=True)
    watcher.start()
    assert ready.wait(10)
    process = subprocess.Popen(
        [str(PEP), "fmt"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PEP_JOBS": "1"},
    )
    assert read.wait(60)
    edited = "# enregistré par l'éditeur pendant pep fmt\n" + first.read_text()
    first.write_text(edited)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1, err
    assert f"data/departments/{CANTAL} : modifié pendant la mise en forme" in err
    assert first.read_text() == edited
    assert f"mis en forme : data/departments/{ISERE}" in out
    assert "\n\n\n" not in second.read_text()
