"""pep import refuses, in French, without writing anything: every case."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers_exchange import (
    CANTAL,
    commit,
    export_collect,
    fill,
    pep_import,
    repository,
    row_of,
)

from helpers_ci import edit


def refused(root: Path, workbook: Path, *args: str, code: int = 1) -> str:
    """The import's messages; asserts the exit code and that the convention is unchanged."""
    convention = root / CANTAL
    before = convention.read_bytes()
    done = pep_import(root, workbook, *args)
    assert done.returncode == code, done.stdout + done.stderr
    assert convention.read_bytes() == before
    assert "Traceback" not in done.stderr
    return " ".join(done.stderr.split())


def test_another_convention(tmp_path: Path) -> None:
    root, env = repository(tmp_path, "15-cantal-2022.yaml", "92-hauts-de-seine-2022.yaml")
    workbook = export_collect(root)
    message = refused(root, workbook, "--convention", "92")
    assert (
        "ce classeur a été fait pour data/departments/15-cantal-2022.yaml, pas pour la "
        "convention demandée" in message
    )
    # The file named by the workbook now holds another territory's convention.
    shutil.copy(root / "data/departments/92-hauts-de-seine-2022.yaml", root / CANTAL)
    commit(root, env, "Remplacement")
    message = refused(root, workbook)
    assert "ce classeur a été fait pour le territoire « 15 »" in message
    # Or is not in this repository at all.
    (root / CANTAL).unlink()
    message = refused_missing(root, workbook)
    assert (
        "a été fait pour la convention « data/departments/15-cantal-2022.yaml », qui n'est pas"
        in message
    )


def refused_missing(root: Path, workbook: Path) -> str:
    done = pep_import(root, workbook)
    assert done.returncode == 1, done.stdout + done.stderr
    return " ".join(done.stderr.split())


def test_another_version(tmp_path: Path) -> None:
    root, env = repository(tmp_path)
    workbook = export_collect(root)
    edit(root / CANTAL, "\nversion: 1\n", "\nversion: 2\n")
    commit(root, env, "Avenant n° 1")
    message = refused(root, workbook)
    assert (
        "ce classeur a été fait pour la version 1 de data/departments/15-cantal-2022.yaml, qui "
        "est maintenant en version 2" in message
    )
    assert "exportez un nouveau classeur" in message


def test_another_exercise(tmp_path: Path) -> None:
    root, _ = repository(tmp_path)
    workbook = export_collect(root, 2022)
    message = refused(root, workbook, "--exercise", "2023")
    assert "ce classeur est celui de l'exercice 2022, pas de l'exercice 2023" in message


def test_convention_changed_since_the_export(tmp_path: Path) -> None:
    root, _ = repository(tmp_path)
    workbook = export_collect(root)
    edit(
        root / CANTAL,
        "targets: {2022: 180, 2023: 210, 2024: 240}",
        "targets: {2022: 180, 2023: 215, 2024: 240}",
    )
    message = refused(root, workbook)
    assert "la convention a changé depuis la révision" in message
    assert "exportez un nouveau classeur" in message


def test_changed_structure(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    root, _ = repository(tmp_path)
    workbook = export_collect(root)
    epp = row_of(workbook, "pmi-epp")
    book = load_workbook(workbook)
    book["Tableau de bord"].insert_rows(epp + 1)
    inserted = tmp_path / "inserted.xlsx"
    book.save(inserted)
    message = refused(root, inserted)
    assert (
        f"Tableau de bord!A{epp + 1} : cellule verrouillée modifiée : "
        "« pmi-bilans-maternelle » attendu" in message
    )

    book = load_workbook(workbook)
    book["Exécution"].title = "Execution"
    renamed = tmp_path / "renamed.xlsx"
    book.save(renamed)
    assert "feuille « Exécution » absente (renommée ou supprimée ?)" in refused(root, renamed)

    book = load_workbook(workbook)
    book.remove(book["pep"])
    unmarked = tmp_path / "unmarked.xlsx"
    book.save(unmarked)
    assert "ce classeur n'a pas été produit par « pep export --collect »" in refused(root, unmarked)

    locked = fill(workbook, {"Tableau de bord": {f"D{epp}": 250}}, tmp_path / "locked.xlsx")
    assert (
        f"Tableau de bord!D{epp} : cellule verrouillée modifiée : « 210 » attendu, « 250 » trouvé"
        in refused(root, locked)
    )


def test_not_a_workbook_and_missing_workbook(tmp_path: Path) -> None:
    root, _ = repository(tmp_path)
    text = root / "notes.xlsx"
    text.write_text("pas un classeur", encoding="utf-8")
    assert "classeur illisible (un fichier .xlsx est attendu)" in refused(root, text)
    assert "classeur introuvable" in refused(root, root / "absent.xlsx", code=2)


def test_a_result_that_would_leave_errors_is_refused(tmp_path: Path) -> None:
    """The import validates the convention it would write: pre-existing errors block it too."""
    root, _ = repository(tmp_path)
    workbook = export_collect(root)
    epp = row_of(workbook, "pmi-epp")
    fill(workbook, {"Tableau de bord": {f"E{epp}": 230}})
    # An action's funding no longer adds up to the signed total (not shown in the workbook).
    edit(
        root / CANTAL,
        "fir: {2022: 20000, 2023: 20000, 2024: 20000}",
        "fir: {2022: 20000, 2023: 21000, 2024: 20000}",
    )
    message = refused(root, workbook)
    assert "la convention aurait des erreurs une fois les valeurs importées" in message
    assert "[funding-totals]" in message


def test_a_file_not_in_fmt_layout_is_refused(tmp_path: Path) -> None:
    from helpers_ci import run_pep

    root, _ = repository(tmp_path)
    workbook = export_collect(root)
    fill(workbook, {"Tableau de bord": {f"E{row_of(workbook, 'pmi-epp')}": 230}})
    edit(root / CANTAL, "schema_version: 1\n", "schema_version:   1\n")
    again = run_pep("export", "15", "--collect", "2023", "-o", "autre.xlsx", cwd=root)
    assert again.returncode == 0
    assert (
        "pep : attention : data/departments/15-cantal-2022.yaml n'est pas dans la présentation "
        "de « pep fmt » ; lancez « pep fmt data/departments/15-cantal-2022.yaml »" in again.stderr
    )
    message = refused(root, workbook)
    assert "n'est pas dans la présentation de « pep fmt » : l'import y changerait" in message


def test_a_value_far_away_is_found_without_walking_the_empty_cells(tmp_path: Path) -> None:
    root, _ = repository(tmp_path)
    workbook = export_collect(root)
    fill(workbook, {"Tableau de bord": {"XFD1048576": "loin"}})
    message = refused(root, workbook)
    assert "Tableau de bord!XFD1048576 : valeur saisie dans une cellule verrouillée" in message
