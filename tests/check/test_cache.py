"""The content cache changes no result: every rule case, every report format, byte for byte.

The cache is real (entries on disk, in one folder shared by every case, as a CI cache
is); runs go through the real engine and, for what a user sees, the installed ``pep``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers_validate import PEP, REPO, reports, rule_cases, run_case, run_pep
from pep_cli.cache import DIRECTORY, MAX_ENTRIES, Cache, MemoryCache, tracked_by_git

CASES = rule_cases()
sys.path.insert(0, str(REPO / "bench"))

from synth import write_repository  # noqa: E402


def entries(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file() and p.parent.parent.name == "v1")


def test_every_rule_case_reports_the_same_with_and_without_the_cache(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    empty = tmp_path / "empty"
    empty.mkdir()
    for case in CASES:
        without = reports(run_case(case, empty))
        cold = run_case(case, empty, Cache(cache_dir))
        warm = run_case(case, empty, Cache(cache_dir))
        assert reports(cold) == without, case.name
        assert reports(warm) == without, case.name
        # The warm run took everything from the cache: no file was read as YAML.
        assert all(f._doc is None for f in warm.conventions), case.name
    # And with another date: findings that depend on the date are not taken for it.
    later = dt.date(2031, 1, 1)
    for case in CASES:
        assert reports(run_case(case, empty, Cache(cache_dir), today=later)) == reports(
            run_case(case, empty, today=later)
        ), case.name
    assert entries(cache_dir)


def test_the_editor_servers_memory_cache_reports_the_same(tmp_path: Path) -> None:
    """MemoryCache (pep lsp keeps one) holds what the disk's holds, with the same result."""
    memory = MemoryCache()
    for case in CASES:
        without = reports(run_case(case, tmp_path))
        assert reports(run_case(case, tmp_path, memory)) == without, case.name
        warm = run_case(case, tmp_path, memory)
        assert reports(warm) == without, case.name
        assert all(f._doc is None for f in warm.conventions), case.name
    small = MemoryCache(limit=3)
    for case in CASES[:5]:
        run_case(case, tmp_path, small)
    assert len(small._entries) == 3


def test_corrupt_and_foreign_entries_are_ignored_and_rewritten(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.rule == "funding-totals" and not c.passing)
    cache_dir = tmp_path / "cache"
    empty = tmp_path / "empty"
    empty.mkdir()
    expected = reports(run_case(case, empty))
    run_case(case, empty, Cache(cache_dir))
    written = entries(cache_dir)
    assert written
    garbage = [b"", b"\xff\xfe not json", b'{"key": "someone else", "value": {"found": []}}']
    for index, path in enumerate(written):
        path.write_bytes(garbage[index % len(garbage)])
    assert reports(run_case(case, empty, Cache(cache_dir))) == expected
    # Rewritten: the next run reads them again, without reading the file.
    warm = run_case(case, empty, Cache(cache_dir))
    assert reports(warm) == expected
    assert all(f._doc is None for f in warm.conventions)
    # A well-formed entry under its own key but with foreign content is not believed either.
    for path in entries(cache_dir):
        entry = json.loads(path.read_bytes())
        if isinstance(entry["value"], dict) and "found" in entry["value"]:
            entry["value"]["found"] = [["funding-totals", "un", 1, "faux", "", False]]
            path.write_text(json.dumps(entry), "utf-8")
    assert reports(run_case(case, empty, Cache(cache_dir))) == expected


def test_changing_a_file_the_catalogue_or_the_configuration_is_seen(tmp_path: Path) -> None:
    paths = write_repository(tmp_path, 6)
    first = run_pep(["validate", "--today", "2026-11-22"], tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert (tmp_path / DIRECTORY / ".gitignore").read_text("utf-8").splitlines()[-1] == "*"
    assert (tmp_path / DIRECTORY / "CACHEDIR.TAG").is_file()

    text = paths[2].read_text("utf-8")
    paths[2].write_text(text.replace("status: signed", "statut: signed"), "utf-8")
    changed = run_pep(["validate", "--today", "2026-11-22"], tmp_path)
    assert changed.returncode == 1 and "clé inconnue « statut »" in changed.stdout

    catalogue = tmp_path / "data" / "catalogue.yaml"
    shutil.copy(REPO / "data" / "catalogue.yaml", catalogue)
    text = catalogue.read_text("utf-8")
    catalogue.write_text(text.replace("min_optional: 6", "min_optional: 9", 1), "utf-8")
    stricter = run_pep(["validate", "--today", "2026-11-22", "--format", "json"], tmp_path)
    rules = {p["rule"] for p in json.loads(stricter.stdout)["problems"]}
    assert "min-optional" in rules

    (tmp_path / "pep.toml").write_text('[rules]\nmin-optional = "warning"\n', "utf-8")
    relaxed = run_pep(["validate", "--today", "2026-11-22", "--format", "json"], tmp_path)
    levels = {p["rule"]: p["level"] for p in json.loads(relaxed.stdout)["problems"]}
    assert levels["min-optional"] == "warning"
    catalogue.write_text(text.replace("min_optional: 6", "min_optionnal: 6", 1), "utf-8")
    broken = run_pep(["validate"], tmp_path)
    assert broken.returncode == 2 and "min_optionnal" in broken.stderr


def test_a_warm_run_reads_no_yaml_and_imports_neither_pydantic_nor_typer(tmp_path: Path) -> None:
    paths = write_repository(tmp_path, 8)
    paths[1].write_text(
        paths[1].read_text("utf-8").replace("\nversion: 1\n", "\nversion: 4\n"), "utf-8"
    )
    command = [sys.executable, "-X", "importtime", "-m", "pep_cli", "validate"]
    runs = [
        subprocess.run(
            [*command, "--today", "2026-11-22"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout and runs[1].returncode == 1
    assert "[signature]" in runs[1].stdout
    cold = {line.split("|")[-1].strip() for line in runs[0].stderr.splitlines()}
    warm = {line.split("|")[-1].strip() for line in runs[1].stderr.splitlines()}
    assert "ruamel.yaml.nodes" in cold  # the first run reads the files
    for module in ("pydantic", "typer", "pep_cli.data.model"):  # valid data: light twins
        assert module not in cold, module
    for module in ("pydantic", "typer", "pep_cli.data.model", "ruamel.yaml.nodes"):
        assert module not in warm, module


def test_no_cache_reads_and_writes_nothing(tmp_path: Path) -> None:
    write_repository(tmp_path, 3)
    done = run_pep(["validate", "--no-cache", "--today", "2026-11-22"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / DIRECTORY).exists()
    done = run_pep(["fmt", "--check", "--no-cache"], tmp_path)
    assert not (tmp_path / DIRECTORY).exists()


def test_pep_cache_dir_and_an_unusable_folder(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    write_repository(repo, 3)
    elsewhere = tmp_path / "ailleurs"
    env = {**os.environ, "PEP_CACHE_DIR": str(elsewhere)}
    done = subprocess.run(
        [str(PEP), "validate"], cwd=repo, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert entries(elsewhere) and not (repo / DIRECTORY).exists()
    # A cache that cannot be written (here: below a file) only means no cache.
    blocker = tmp_path / "fichier"
    blocker.write_text("", "utf-8")
    env["PEP_CACHE_DIR"] = str(blocker / "cache")
    done = subprocess.run(
        [str(PEP), "validate"], cwd=repo, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_a_cache_committed_to_git_or_a_link_is_not_trusted(tmp_path: Path) -> None:
    paths = write_repository(tmp_path, 3)
    run_pep(["validate"], tmp_path)
    # A pull request commits a cache saying the broken file has no problem.
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "-f", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "x"], cwd=tmp_path, check=True)
    assert tracked_by_git(tmp_path)
    for path in entries(tmp_path / DIRECTORY):
        entry = json.loads(path.read_bytes())
        path.write_text(json.dumps(entry), "utf-8")
    paths[0].write_text(
        paths[0].read_text("utf-8").replace("\nversion: 1\n", "\nversion: 7\n"), "utf-8"
    )
    done = run_pep(["validate"], tmp_path)
    assert done.returncode == 1 and "[signature]" in done.stdout
    assert "suivi par git" in done.stderr

    other = tmp_path / "autre"
    write_repository(other, 2)
    target = tmp_path / "cible"
    target.mkdir()
    (other / DIRECTORY).symlink_to(target)
    done = run_pep(["validate"], other)
    assert done.returncode == 0, done.stderr
    assert list(target.iterdir()) == []


def test_concurrent_runs_agree(tmp_path: Path) -> None:
    paths = write_repository(tmp_path, 12)
    paths[5].write_text(
        paths[5].read_text("utf-8").replace("\nversion: 1\n", "\nversion: 3\n"), "utf-8"
    )
    env = {**os.environ, "LC_ALL": "C.UTF-8", "NO_COLOR": "1"}
    runs = [
        subprocess.Popen(
            [str(PEP), "validate", "--format", "json", "--today", "2026-11-22"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert {out for out, _ in outputs} == {outputs[0][0]}
    assert all(err == "" for _, err in outputs)
    again = run_pep(["validate", "--format", "json", "--today", "2026-11-22"], tmp_path)
    assert again.stdout == outputs[0][0]


def test_the_cache_stays_bounded(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    per_shard = MAX_ENTRIES // 256
    for number in range(per_shard + 40):
        cache.put(f"ab{number:038x}", {"n": number})
    cache.prune()
    kept = list((tmp_path / "v1" / "ab").iterdir())
    assert len(kept) <= per_shard
    assert cache.get(f"ab{per_shard + 39:038x}") == {"n": per_shard + 39}  # newest kept


def test_fmt_check_takes_unchanged_files_from_the_cache(tmp_path: Path) -> None:
    shutil.copytree(REPO / "data", tmp_path / "data")
    first = run_pep(["fmt", "--check"], tmp_path)
    second = run_pep(["fmt", "--check"], tmp_path)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    convention = sorted((tmp_path / "data" / "departments").glob("*.yaml"))[0]
    text = convention.read_text("utf-8")
    convention.write_text(text + "\n\n", "utf-8")
    checks = [run_pep(["fmt", "--check"], tmp_path) for _ in range(2)]
    assert [c.returncode for c in checks] == [1, 1]
    assert checks[0].stdout == checks[1].stdout
    assert f"à mettre en forme : data/departments/{convention.name}" in checks[1].stdout
    assert run_pep(["fmt"], tmp_path).returncode == 0
    assert run_pep(["fmt", "--check"], tmp_path).returncode == 0
    assert convention.read_text("utf-8") == text


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cross_file_rules_with_one_file_asked(tmp_path: Path, jobs: str) -> None:
    """``pep validate FILE`` in a warm repository: cross-file problems of that file only."""
    paths = write_repository(tmp_path, 60)
    overlap = paths[7].with_name(paths[7].name.replace("-2022.yaml", "-2023.yaml"))
    overlap.write_text(
        paths[7].read_text("utf-8").replace("start: 2022, end: 2024", "start: 2023, end: 2025"),
        "utf-8",
    )
    env = {**os.environ, "PEP_JOBS": jobs}
    args = [str(PEP), "validate", "--format", "json", "--today", "2026-11-22"]
    outputs = []
    for cache in ([], ["--no-cache"], []):
        done = subprocess.run(
            [*args, *cache, str(overlap.relative_to(tmp_path))],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    problems = json.loads(outputs[0])["problems"]
    assert "overlapping-periods" in {p["rule"] for p in problems}
    assert {p["path"] for p in problems} == {overlap.relative_to(tmp_path).as_posix()}
