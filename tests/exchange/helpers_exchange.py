"""Helpers for the tests of pep export and pep import: a git data repository, workbooks."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from helpers_ci import edit, git, git_env, init_repo, make_data_repo, run_pep

CANTAL = "data/departments/15-cantal-2022.yaml"
TODAY = "2024-01-15"


def repository(tmp_path: Path, *names: str) -> tuple[Path, dict[str, str]]:
    """A committed git data repository with copies of the shipped conventions named."""
    root = make_data_repo(tmp_path / "depot", *(names or ("15-cantal-2022.yaml",)))
    # The shipped conventions carry an illustrative follow-up (execution, reports adopted in
    # 2024-2025): these tests collect exercise 2023 in January 2024, before any of it.
    for path in (root / "data" / "departments").glob("*.yaml"):
        head, found, _ = path.read_text(encoding="utf-8").partition("\nexecution:\n")
        if not found:
            head, found, _ = head.partition("\nreports:\n")
        if found:
            lines = head.split("\n")
            while lines and lines[-1].startswith("#"):
                lines.pop()
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = git_env(tmp_path / "home")
    init_repo(root, env)
    return root, env


def commit(root: Path, env: dict[str, str], message: str) -> None:
    git(root, "add", "-A", env=env)
    git(root, "commit", "-q", "-m", message, env=env)


def export_collect(root: Path, year: int = 2023, name: str = "collecte.xlsx") -> Path:
    done = run_pep("export", "15", "--collect", str(year), "-o", name, "--today", TODAY, cwd=root)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "attention" not in done.stderr, done.stderr
    return root / name


def pep_import(root: Path, workbook: Path, *args: str, today: str = TODAY) -> Any:
    return run_pep("import", str(workbook), *args, "--today", today, cwd=root)


def fill(workbook: Path, values: dict[str, dict[str, Any]], target: Path | None = None) -> Path:
    """Fill cells as a user would (openpyxl ignores sheet protection, like a determined user)."""
    from openpyxl import load_workbook

    book = load_workbook(workbook)
    for sheet, cells in values.items():
        for coordinate, value in cells.items():
            book[sheet][coordinate] = value
    out = target or workbook
    book.save(out)
    return out


def row_of(workbook: Path, action: str) -> int:
    """The row of the « Tableau de bord » sheet that holds ``action``'s first indicator."""
    from openpyxl import load_workbook

    sheet = load_workbook(workbook)["Tableau de bord"]
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value == action:
            return row
    raise AssertionError(f"action {action} absente")


def source_row(workbook: Path, source: str) -> int:
    from openpyxl import load_workbook

    sheet = load_workbook(workbook)["Exécution"]
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value == source:
            return row
    raise AssertionError(f"source {source} absente")


def set_cached_value(workbook: Path, sheet_index: int, coordinate: str, value: str) -> None:
    """Give a formula cell the value a spreadsheet program would have computed and saved."""
    name = f"xl/worksheets/sheet{sheet_index}.xml"
    with zipfile.ZipFile(workbook) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    xml = parts[name].decode("utf-8")
    pattern = re.compile(rf'(<c r="{coordinate}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?')
    xml, count = pattern.subn(lambda m: f"{m.group(1)}{m.group(2)}<v>{value}</v>", xml)
    assert count == 1, xml[:2000]
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(workbook, "w", zipfile.ZIP_DEFLATED) as target:
        for filename, data in parts.items():
            target.writestr(filename, data)


def with_cents(convention: Path) -> None:
    """10 cents more for FIR 2022, in an action and in the signed total (still valid)."""
    edit(
        convention,
        "fir: {2022: 20000, 2023: 20000, 2024: 20000}",
        "fir: {2022: 20000.10, 2023: 20000, 2024: 20000}",
    )
    edit(
        convention,
        "fir: {2022: 100000, 2023: 100000, 2024: 100000}",
        "fir: {2022: 100000.10, 2023: 100000, 2024: 100000}",
    )
