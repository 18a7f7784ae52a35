"""pep diff shows the follow-up: credits paid and spent, annual reports, result comments."""

from __future__ import annotations

import json
from pathlib import Path

from helpers_ci import edit, git_env, init_repo, make_data_repo, run_pep

CANTAL = "data/departments/15-cantal-2022.yaml"


def test_followup_changes_in_text_and_json(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", "15-cantal-2022.yaml")
    # The shipped Cantal already has its (illustrative) follow-up: start without it, so that
    # the change below adds execution and reports where there were none.
    text = (root / CANTAL).read_text(encoding="utf-8")
    head, _, _ = text.partition("\nexecution:\n")
    lines = head.split("\n")
    while lines and lines[-1].startswith("#"):
        lines.pop()
    (root / CANTAL).write_text("\n".join(lines) + "\n", encoding="utf-8")
    init_repo(root, git_env(tmp_path / "home"))
    edit(
        root / CANTAL,
        "        results: {2022: 184, 2023: 204, 2024: 250}\n",
        "        results: {2022: 184, 2023: 204, 2024: 250}\n"
        "        comments: {2023: Un poste vacant}\n",
    )
    with (root / CANTAL).open("a", encoding="utf-8") as handle:
        handle.write(
            "execution:\n  fir:\n    2023: {paid: 100000, spent: 91000.45}\n"
            "reports:\n  2023: {status: draft}\n"
        )
    done = run_pep("diff", "15", cwd=root)
    assert done.returncode == 0, done.stderr
    text = done.stdout.replace("\u00a0", " ").replace("\u202f", " ")
    assert (
        "exécution 2023, Fonds d'intervention régional (FIR) : crédits versés : — → 100 000 €"
        in text
    )
    assert "crédits consommés : — → 91 000,45 €" in text
    assert "rapport d'exécution 2023 : statut : — → projet" in text
    assert "commentaire 2023 : — → « Un poste vacant »" in text

    data = json.loads(run_pep("diff", "15", "--format", "json", cwd=root).stdout)
    convention = data["conventions"][0]
    assert convention["followup"] == [
        {
            "section": "execution",
            "source": "fir",
            "year": 2023,
            "field": "paid",
            "old": None,
            "new": "100000",
        },
        {
            "section": "execution",
            "source": "fir",
            "year": 2023,
            "field": "spent",
            "old": None,
            "new": "91000.45",
        },
        {
            "section": "reports",
            "source": None,
            "year": 2023,
            "field": "status",
            "old": None,
            "new": "draft",
        },
    ]
    indicator = convention["actions"][0]["indicators"][0]
    assert indicator["comments"] == [{"year": 2023, "old": None, "new": "Un poste vacant"}]
