"""pep import: the full round trip, as the people who fill the workbook would do it.

export --collect, the workbook filled with openpyxl (with a typo, a text in a number
cell, a blank, a value in a locked cell), import --check, import, compared with a golden
YAML whose comments are those of the shipped file.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from helpers_exchange import (
    CANTAL,
    export_collect,
    fill,
    pep_import,
    repository,
    row_of,
    set_cached_value,
    source_row,
)

from helpers_ci import run_pep

GOLDEN = Path(__file__).parent / "golden" / "15-cantal-2022-collecte-2023.yaml"


def comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if re.match(r"\s*#|.*\s#\s", line)]


ADOPTED = "2024-06-25"  # the workbook comes back after the report's adoption


def test_full_round_trip(tmp_path: Path) -> None:
    root, _ = repository(tmp_path)
    convention = root / CANTAL
    original = convention.read_bytes()
    workbook = export_collect(root, 2023)
    epp = row_of(workbook, "pmi-epp")
    bilans = row_of(workbook, "pmi-bilans-maternelle")
    sages_femmes = row_of(workbook, "pmi-vad-sages-femmes")
    puericultrices = row_of(workbook, "pmi-vad-puericultrices")
    fir, etat = source_row(workbook, "fir"), source_row(workbook, "etat")

    # First pass: what a hurried user sends back.
    fill(
        workbook,
        {
            "Tableau de bord": {
                f"E{epp}": 230,
                f"F{epp}": "Recrutement d’une sage-femme au 2e semestre : effet en fin d’année",
                f"E{bilans}": "douze",  # a text in a number cell
                f"E{sages_femmes}": "4l0",  # a typo
                f"E{puericultrices}": None,  # a blank: the known 1750 is kept
                "K9": "à revoir",  # a value in a locked cell
            },
            "Exécution": {
                f"D{fir}": 100000,
                f"E{fir}": 91000.456,  # three decimals: refused, never rounded
                f"D{etat}": "600 000",
                f"E{etat}": 512345.67,
            },
            "Rapport": {"B3": "adotpé"},  # a typo in the list
        },
    )
    done = pep_import(root, workbook, "--check")
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stderr.splitlines()
    assert lines[0] == "pep : erreur : collecte.xlsx : import refusé, rien n'est écrit :"
    assert [line.strip() for line in lines[1:]] == [
        f"Tableau de bord!E{bilans} : « douze » n'est pas un nombre",
        f"Tableau de bord!E{sages_femmes} : « 4l0 » n'est pas un nombre",
        "Tableau de bord!K9 : valeur saisie dans une cellule verrouillée (« à revoir ») : "
        "seules les cellules à fond jaune se remplissent",
        f"Exécution!E{fir} : « 91000.456 » : au plus deux décimales (centimes) pour un montant ; "
        "arrondissez dans la cellule",
        "Rapport!B3 : « adotpé » n'est pas un statut admis ; choisissez « projet » ou « adopté »",
    ]
    assert pep_import(root, workbook).returncode == 1
    assert convention.read_bytes() == original

    # Second pass, in late June: corrected, with the report adopted on 20 June.
    fill(
        workbook,
        {
            "Tableau de bord": {f"E{bilans}": "84,5", f"E{sages_femmes}": 410, "K9": None},
            "Exécution": {f"E{fir}": 91000.45},
            "Rapport": {
                "B3": "adopté",
                "B4": dt.datetime(2024, 6, 20),
                "B5": "Rapport adopté en commission permanente.",
            },
        },
    )
    done = pep_import(root, workbook, "--check", today=ADOPTED)
    assert done.returncode == 1, done.stdout + done.stderr
    assert convention.read_bytes() == original
    shown = done.stdout.replace("\u00a0", " ").replace("\u202f", " ")
    assert "data/departments/15-cantal-2022.yaml : copie de travail → collecte.xlsx" in shown
    assert "résultat 2023 : 204 → 230" in shown
    assert "résultat 2023 : 83,2 → 84,5" in shown
    assert "résultat 2023 : 382 → 410" in shown
    assert "1 750 →" not in shown  # the blank changed nothing
    assert "commentaire 2023 : — → « Recrutement d’une sage-femme au 2e semestre" in shown
    assert (
        "exécution 2023, Fonds d'intervention régional (FIR) : crédits consommés : — → 91 000,45 €"
        in shown
    )
    assert "rapport d'exécution 2023 : statut : — → adopté" in shown
    assert "rapport d'exécution 2023 : date d'adoption : — → 20 juin 2024" in shown
    assert "valeurs à importer dans data/departments/15-cantal-2022.yaml" in shown

    done = pep_import(root, workbook, today=ADOPTED)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "importé : " in done.stdout
    result = convention.read_text(encoding="utf-8")
    if os.environ.get("PEP_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(result, encoding="utf-8")
    assert result == GOLDEN.read_text(encoding="utf-8")
    # Every comment of the shipped file is still there, in the same order.
    assert comments(result) == comments(original.decode("utf-8"))
    assert "91000.45" in result and "512345.67" in result

    again = pep_import(root, workbook, "--check", today=ADOPTED)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "Rien à importer" in again.stdout
    assert run_pep("validate", "--today", ADOPTED, cwd=root).returncode == 0
    assert run_pep("fmt", "--check", cwd=root).returncode == 0


def test_only_the_imported_values_change(tmp_path: Path) -> None:
    """Results only: the diff of the file is the three result lines, nothing else."""
    import difflib

    root, _ = repository(tmp_path)
    convention = root / CANTAL
    before = convention.read_text(encoding="utf-8")
    workbook = export_collect(root, 2023)
    epp, bilans = row_of(workbook, "pmi-epp"), row_of(workbook, "pmi-bilans-maternelle")
    fill(workbook, {"Tableau de bord": {f"E{epp}": 231.0, f"E{bilans}": 0.1}})
    done = pep_import(root, workbook)
    assert done.returncode == 0, done.stdout + done.stderr
    after = convention.read_text(encoding="utf-8")
    changed = [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == [
        "-        results: {2022: 184, 2023: 204, 2024: 250}",
        "-        results: {2022: 67.9, 2023: 83.2, 2024: 81.9}",
        "+        results: {2022: 184, 2023: 231, 2024: 250}",
        "+        results: {2022: 67.9, 2023: 0.1, 2024: 81.9}",
    ] or changed == [
        "-        results: {2022: 184, 2023: 204, 2024: 250}",
        "+        results: {2022: 184, 2023: 231, 2024: 250}",
        "-        results: {2022: 67.9, 2023: 83.2, 2024: 81.9}",
        "+        results: {2022: 67.9, 2023: 0.1, 2024: 81.9}",
    ]


def test_a_formula_counts_for_its_cached_value(tmp_path: Path) -> None:
    root, _ = repository(tmp_path)
    convention = root / CANTAL
    original = convention.read_bytes()
    workbook = export_collect(root, 2023)
    epp = row_of(workbook, "pmi-epp")
    fill(workbook, {"Tableau de bord": {f"E{epp}": "=200+29"}})
    done = pep_import(root, workbook)
    assert done.returncode == 1
    assert (
        f"Tableau de bord!E{epp} : formule sans valeur calculée (=200+29) : ouvrez le classeur "
        "dans un tableur et enregistrez-le, ou saisissez la valeur"
    ) in done.stderr
    assert convention.read_bytes() == original
    # As a spreadsheet program saves it: the formula and the value it computed.
    set_cached_value(workbook, 2, f"E{epp}", "229")
    done = pep_import(root, workbook)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "results: {2022: 184, 2023: 229, 2024: 250}" in convention.read_text(encoding="utf-8")


def test_a_value_imported_into_an_illustrative_field_is_flagged(tmp_path: Path) -> None:
    from helpers_ci import edit

    root, _ = repository(tmp_path)
    convention = root / CANTAL
    edit(
        convention,
        "        results: {2022: 184, 2023: 204, 2024: 250}\n",
        "        results: {2022: 184, 2023: 204, 2024: 250}\n        illustrative: [results]\n",
    )
    workbook = export_collect(root, 2023)
    epp = row_of(workbook, "pmi-epp")
    fill(workbook, {"Tableau de bord": {f"E{epp}": 230}})
    done = pep_import(root, workbook)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        f"pep : attention : Tableau de bord!E{epp} : valeur importée dans un champ que la "
        "convention marque illustratif (illustrative:)" in done.stderr
    )
    assert "results: {2022: 184, 2023: 230, 2024: 250}" in convention.read_text(encoding="utf-8")


def test_block_style_and_missing_mappings(tmp_path: Path) -> None:
    """A result in a block mapping changes its own line; a missing one is added after targets."""
    import difflib

    from helpers_ci import edit

    root, _ = repository(tmp_path)
    convention = root / CANTAL
    edit(
        convention,
        "        results: {2022: 184, 2023: 204, 2024: 250}\n",
        "        results:\n          2022: 184  # relevé PMI\n          2024: 250\n",
    )
    edit(convention, "        results: {2022: 67.9, 2023: 83.2, 2024: 81.9}\n", "")
    assert run_pep("fmt", "--check", cwd=root).returncode == 0
    before = convention.read_text(encoding="utf-8")
    workbook = export_collect(root, 2023)
    epp, bilans = row_of(workbook, "pmi-epp"), row_of(workbook, "pmi-bilans-maternelle")
    fill(workbook, {"Tableau de bord": {f"E{epp}": 204, f"E{bilans}": "83,2"}})
    done = pep_import(root, workbook)
    assert done.returncode == 0, done.stdout + done.stderr
    after = convention.read_text(encoding="utf-8")
    added = [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert added == [
        "+          2023: 204",
        "+        results: {2023: 83.2}",
    ]
    assert "2022: 184  # relevé PMI\n          2023: 204\n          2024: 250\n" in after
    assert run_pep("fmt", "--check", cwd=root).returncode == 0
