"""pep export --collect: the collection workbook, read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

from helpers_exchange import CANTAL, TODAY, export_collect, repository, row_of, source_row

from helpers_ci import run_pep


def test_sheets_instructions_and_hidden_sheet(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    root, env = repository(tmp_path)
    workbook = export_collect(root, 2023)
    book = load_workbook(workbook)
    assert book.sheetnames == ["Mode d'emploi", "Tableau de bord", "Exécution", "Rapport", "pep"]
    assert book.active.title == "Mode d'emploi"
    instructions = "\n".join(
        str(c.value) for row in book["Mode d'emploi"].iter_rows() for c in row if c.value
    )
    assert "Collecte de l’exercice 2023" in instructions
    assert "Seules les cellules à fond jaune se remplissent" in instructions
    assert "Contrat Cantal 2022-2024 — version 1" in instructions

    hidden = book["pep"]
    assert hidden.sheet_state == "veryHidden"
    values = {hidden[f"A{r}"].value: hidden[f"B{r}"].value for r in range(1, 9)}
    import subprocess

    commit = subprocess.run(
        ["git", "log", "-1", "--format=%H", "--", CANTAL],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert values["format"] == "pep-collecte-1"
    assert values["convention"] == CANTAL
    assert values["territoire"] == "15"
    assert values["version"] == "1"
    assert values["exercice"] == "2023"
    assert values["revision"] == commit[:12]
    assert len(values["empreinte"]) == 64


def test_cells_to_fill_are_unlocked_validated_and_prefilled(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    root, _ = repository(tmp_path)
    workbook = export_collect(root, 2023)
    book = load_workbook(workbook)
    board = book["Tableau de bord"]
    assert board.protection.sheet
    row = row_of(workbook, "pmi-epp")
    # Headers, keys and targets locked; result and comment open, the result pre-filled (204).
    assert board["E4"].value == "Résultat 2023"
    assert [board.cell(row=row, column=c).value for c in (1, 3, 4, 5)] == [
        "pmi-epp",
        "nombre",
        210,
        204,
    ]
    assert board[f"A{row}"].protection.locked
    assert board[f"D{row}"].protection.locked
    assert not board[f"E{row}"].protection.locked
    assert not board[f"F{row}"].protection.locked
    assert board["K9"].protection.locked  # beyond the table: locked too

    def validation_of(sheet: object, coordinate: str) -> object:
        for validation in sheet.data_validations.dataValidation:  # type: ignore[attr-defined]
            if coordinate in validation.sqref:
                return validation
        return None

    result = validation_of(board, f"E{row}")
    assert result is not None
    assert (result.type, result.operator, result.formula1) == ("decimal", "greaterThanOrEqual", "0")
    assert validation_of(board, f"D{row}") is None

    execution = book["Exécution"]
    fir = source_row(workbook, "fir")
    assert execution[f"C{fir}"].value == 100000  # signed FIR 2023, locked
    assert execution[f"C{fir}"].protection.locked
    for column in "DE":
        assert not execution[f"{column}{fir}"].protection.locked
        money = validation_of(execution, f"{column}{fir}")
        assert money is not None and money.type == "decimal"
    report = book["Rapport"]
    status = validation_of(report, "B3")
    assert status is not None and status.type == "list" and status.formula1 == '"projet,adopté"'
    date = validation_of(report, "B4")
    assert date is not None and date.type == "date"
    assert book["pep"].protection.sheet


def test_collect_refuses_a_year_outside_the_period_and_other_formats(tmp_path: Path) -> None:
    root, _ = repository(tmp_path)
    done = run_pep("export", "15", "--collect", "2030", "-o", "c.xlsx", "--today", TODAY, cwd=root)
    assert done.returncode == 2
    assert "--collect 2030 : hors de la période de la convention (2022-2024)" in done.stderr
    done = run_pep("export", "15", "--collect", "2023", "-f", "csv", "-o", "out", cwd=root)
    assert done.returncode == 2 and "--collect écrit un classeur" in done.stderr
    done = run_pep("export", "15", "--collect", "deux", "-o", "c.xlsx", cwd=root)
    assert done.returncode == 2 and "année « deux » invalide" in done.stderr
    assert not (root / "c.xlsx").exists()
