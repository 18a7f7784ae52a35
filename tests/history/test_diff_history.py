"""pep diff and pep history on a real git repository with several commits of one convention."""

from __future__ import annotations

import json
import shutil
from html import escape as html_escape
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from helpers_authoring import (
    CANTAL,
    SUMMARY,
    History,
    build_history,
    commit,
    data_repository,
    git,
    invoke,
)
from helpers_ci import PEP, edit, run_pep
from pep_cli.french import amount


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return build_history(tmp_path_factory.mktemp("git"))


def working_copy(history: History, tmp_path: Path) -> Path:
    """A copy of the history's repository, for a test that changes it."""
    root = tmp_path / "copie"
    shutil.copytree(history.root, root)
    return root


def diff_json(root: Path, *args: str) -> dict:
    done = run_pep("diff", *args, "--format", "json", cwd=root)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_funding_change(history: History) -> None:
    first, second = history.commits[:2]
    result = diff_json(history.root, "15", "--from", first, "--to", second)
    assert result["from"] == first and result["to"] == second
    (convention,) = result["conventions"]
    assert convention["status"] == "modified" and convention["path"] == CANTAL
    (action,) = convention["actions"]
    assert action["id"] == "pmi-epp" and action["status"] == "changed"
    (line,) = action["funding"]
    assert line["source"] == "fir"
    changed = [y for y in line["years"] if y["old"] != y["new"]]
    assert changed == [{"year": 2023, "old": "25000", "new": "30000", "difference": "5000"}]
    fir = next(s for s in convention["funding"]["sources"] if s["source"] == "fir")
    assert fir["changed"] and fir["total"] == {
        "old": "300000",
        "new": "305000",
        "difference": "5000",
    }
    etat = next(s for s in convention["funding"]["sources"] if s["source"] == "etat")
    assert not etat["changed"]
    totals = {t["year"]: t for t in convention["funding"]["totals"]}
    assert totals[2023] == {"year": 2023, "old": "810000", "new": "815000", "difference": "5000"}
    assert totals[2022]["difference"] == "0"
    assert convention["funding"]["total"] == {
        "old": "2430000",
        "new": "2435000",
        "difference": "5000",
    }
    assert convention["fields"] == {} and convention["amendments_added"] == []


def test_action_added_and_removed(history: History) -> None:
    result = diff_json(history.root, "15", "--from", history.commits[1], "--to", history.commits[2])
    (convention,) = result["conventions"]
    by_status = {a["status"]: a for a in convention["actions"]}
    assert set(by_status) == {"added", "removed"}
    assert by_status["added"]["id"] == "centres-parentaux" and by_status["added"]["objective"] == 21
    assert by_status["removed"]["id"] == "anciens-mna"
    assert convention["objectives"]["gained"][0]["number"] == 21
    assert convention["objectives"]["gained"][0]["title"] == "Développer les centres parentaux"
    assert [o["number"] for o in convention["objectives"]["lost"]] == [25]
    assert not any(line["changed"] for line in convention["funding"]["sources"])


def test_target_change_and_amendment(history: History) -> None:
    result = diff_json(history.root, "15", "--from", history.commits[2])
    (convention,) = result["conventions"]
    assert result["to"] is None  # the working tree, equal to HEAD here
    (action,) = convention["actions"]
    (indicator,) = action["indicators"]
    assert [(t["year"], t["old"], t["new"]) for t in indicator["targets"]] == [
        (2023, "210", "230"),
        (2024, "240", "260"),
    ]
    assert convention["fields"] == {"version": {"old": 1, "new": 2}}
    assert convention["amendments_added"] == [
        {"version": 2, "signed_on": "2023-07-03", "summary": SUMMARY}
    ]


def test_whole_history_in_text(history: History) -> None:
    done = run_pep("diff", "15", "--from", history.commits[0], cwd=history.root)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"{CANTAL} : {history.commits[0][:12]} → copie de travail" in out
    assert "version : 1 → 2" in out
    assert f"avenant ajouté (version 2, signé le 3 juillet 2023) : {SUMMARY}" in out
    assert "+ centres-parentaux (objectif 21) : Ouvrir un centre parental" in out
    assert "\u2212 anciens-mna (objectif 25)" in out
    assert "~ pmi-epp (objectif 1)" in out
    assert "cible 2023 : 210 → 230 ; cible 2024 : 240 → 260" in out
    assert "objectif ajouté : 21. Développer les centres parentaux" in out
    assert "2023 : 25\u202f000\u00a0€ → 30\u202f000\u00a0€ (+5\u202f000\u00a0€)" in out
    assert f"Total sur la période : {amount(2430000)} → {amount(2435000)} (+{amount(5000)})" in out
    assert "\x1b[" not in out  # no colour codes when not a terminal


def test_markdown_renders_tables_and_escapes_user_text(history: History) -> None:
    done = run_pep("diff", "--from", history.commits[0], "--format", "markdown", cwd=history.root)
    assert done.returncode == 0, done.stderr
    markdown = done.stdout
    html = MarkdownIt("gfm-like", {"linkify": False}).render(markdown)
    # The summary's "|", "*", "[…]" and "<b>" stay text: no table break, emphasis, link or HTML.
    assert html_escape(SUMMARY, quote=False) in html
    assert "<em>" not in html and "<b>" not in html and "<a " not in html
    tokens = MarkdownIt("gfm-like", {"linkify": False}).parse(markdown)
    tables = [t for t in tokens if t.type == "table_open"]
    assert len(tables) == 2  # the actions and the funding
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 1 + 3 + 1 + 3 + 1  # header and 3 actions; header, 3 sources, total
    assert f"<strong>{amount(100000)} → {amount(105000)} (+{amount(5000)})</strong>" in html
    assert "ajoutée" in html and "retirée" in html and "modifiée" in html


def test_diff_in_process_matches_subprocess(history: History) -> None:
    result = invoke(
        [
            "diff",
            "15",
            "--from",
            history.commits[3],
            "--format",
            "json",
            "--root",
            str(history.root),
        ]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == diff_json(history.root, "15", "--from", history.commits[3])


def test_working_tree_changes_and_new_files(history: History, tmp_path: Path) -> None:
    root = working_copy(history, tmp_path)
    edit(
        root / CANTAL,
        "\n  ondam: {2022: 110000, 2023: 110000, 2024: 110000}",
        "\n  ondam: {2022: 110000, 2023: 110000, 2024: 120000}",
    )
    shutil.copy(
        root / "data/departments/03-allier-2020.yaml",
        root / "data/departments/23-nouvelle-2020.yaml",
    )
    edit(
        root / "data/departments/23-nouvelle-2020.yaml",
        'territory: {code: "03", name: Allier}',
        'territory: {code: "23", name: Creuse}',
    )

    result = diff_json(root)
    statuses = {c["path"]: c["status"] for c in result["conventions"]}
    assert statuses == {CANTAL: "modified", "data/departments/23-nouvelle-2020.yaml": "added"}
    cantal = next(c for c in result["conventions"] if c["path"] == CANTAL)
    ondam = next(s for s in cantal["funding"]["sources"] if s["source"] == "ondam")
    assert [y for y in ondam["years"] if y["old"] != y["new"]] == [
        {"year": 2024, "old": "110000", "new": "120000", "difference": "10000"}
    ]
    text = run_pep("diff", cwd=root).stdout
    assert "Nouvelle convention" in text
    unchanged = run_pep("diff", "03", cwd=root)
    assert unchanged.returncode == 0
    assert "aucun changement de contenu" in unchanged.stdout


def test_no_change_at_all(history: History) -> None:
    done = run_pep("diff", cwd=history.root)
    assert done.returncode == 0
    assert "Aucune convention modifiée entre HEAD et la copie de travail." in done.stdout


def test_renames_are_followed(history: History, tmp_path: Path) -> None:
    root = working_copy(history, tmp_path)
    git(root, "mv", CANTAL, "data/departments/15-cantal-2022.yml")
    result = diff_json(root, "15", "--from", history.commits[0])
    (convention,) = result["conventions"]
    assert convention["old_path"] == CANTAL
    assert convention["path"] == "data/departments/15-cantal-2022.yml"
    commit(root, "Renommage", 6, "Analyste DGCS")
    result = diff_json(
        root, "data/departments/15-cantal-2022.yml", "--from", history.commits[3], "--to", "HEAD"
    )
    assert result["conventions"][0]["old_path"] == CANTAL
    entries = json.loads(run_pep("history", "15", "--format", "json", cwd=root).stdout)
    assert [e["path"] for e in entries][:2] == ["data/departments/15-cantal-2022.yml", CANTAL]
    assert len(entries) == 6


def test_invalid_version_is_reported_with_positions(history: History, tmp_path: Path) -> None:
    root = working_copy(history, tmp_path)
    edit(root / CANTAL, "status: signed\n", "status: signee\n")
    done = run_pep("diff", "15", cwd=root)
    assert done.returncode == 1
    line = next(
        n
        for n, text in enumerate((root / CANTAL).read_text().splitlines(), 1)
        if text == "status: signee"
    )
    assert f"{CANTAL}:{line}:9: valeur « signee » non admise" in done.stderr
    commit(root, "Erreur", 7, "Analyste DGCS")
    done = run_pep("diff", "15", "--from", "HEAD", "--to", "HEAD~0", cwd=root)
    assert done.returncode == 1
    assert f"HEAD:{CANTAL}:{line}:9:" in done.stderr
    (root / CANTAL).write_text("status: [\n", encoding="utf-8")
    done = run_pep("diff", "15", cwd=root)
    assert done.returncode == 1
    assert f"{CANTAL}:2:1: YAML invalide" in done.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["diff", "15", "--from", "v-inexistante"], "révision « v-inexistante » introuvable"),
        (["diff", "15", "--to", "v-inexistante"], "révision « v-inexistante » introuvable"),
        (["diff", "99"], "aucune convention du territoire « 99 »"),
        (["diff", "15", "--format", "pdf"], "format « pdf » inconnu"),
        (["history", "15", "--format", "yaml"], "format « yaml » inconnu"),
    ],
)
def test_usage_errors(history: History, args: list[str], message: str) -> None:
    done = run_pep(*args, cwd=history.root)
    assert done.returncode == 2
    assert message in done.stderr


def test_convention_missing_at_the_old_revision(history: History, tmp_path: Path) -> None:
    root = working_copy(history, tmp_path)
    shutil.copy(root / CANTAL, root / "data/departments/15-cantal-2025.yaml")
    done = run_pep("diff", "data/departments/15-cantal-2025.yaml", cwd=root)
    assert done.returncode == 2
    assert "n'existe pas à la révision HEAD" in done.stderr


def test_without_git(tmp_path: Path, history: History) -> None:
    outside = data_repository(tmp_path, "15-cantal-2022.yaml")
    done = run_pep("diff", "15", cwd=outside, env={"GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert done.returncode == 2
    assert "n'est pas dans un dépôt git" in done.stderr
    # No git program at all: only pep's own folder on PATH.
    done = run_pep("history", "15", cwd=history.root, env={"PATH": str(PEP.parent)})
    assert done.returncode == 2
    assert "git introuvable" in done.stderr


def test_history(history: History) -> None:
    done = run_pep("history", "15", "--format", "json", cwd=history.root)
    assert done.returncode == 0, done.stderr
    entries = json.loads(done.stdout)
    assert [e["commit"] for e in entries] == list(reversed(history.commits))
    assert [e["version"] for e in entries] == [2, 1, 1, 1, 1]
    assert [e["author"] for e in entries] == [
        "Préfecture du Cantal",
        "Analyste DGCS",
        "Agent ARS",
        "Agent ARS",
        "Analyste DGCS",
    ]
    assert entries[0]["amendments_added"] == [
        {"version": 2, "signed_on": "2023-07-03", "summary": SUMMARY}
    ]
    assert all(e["amendments_added"] == [] for e in entries[1:])
    assert entries[-1]["date"].startswith("2023-01-01T12:00:00")
    assert all(e["short"] == e["commit"][: len(e["short"])] for e in entries)

    text = run_pep("history", "data/departments/15-cantal-2022.yaml", cwd=history.root)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == f"{CANTAL} : 5 commits, du plus récent au plus ancien"
    assert lines[1].startswith(entries[0]["short"]) and "1er mai 2023" in lines[1]
    assert "Préfecture du Cantal" in lines[1] and "version 2" in lines[1] and "signée" in lines[1]
    assert lines[2].strip() == f"avenant n° 1 (version 2, signé le 3 juillet 2023) : {SUMMARY}"
    assert lines[-1].startswith(entries[-1]["short"]) and "1er janvier 2023" in lines[-1]


def test_history_of_an_uncommitted_convention(history: History, tmp_path: Path) -> None:
    root = working_copy(history, tmp_path)
    isere = "data/departments/38-isere-2022.yaml"
    shutil.copy(Path(__file__).resolve().parents[2] / isere, root / isere)
    done = run_pep("history", "38", cwd=root)
    assert done.returncode == 2
    assert "aucun commit" in done.stderr


def test_data_repository_below_the_top_of_git(tmp_path: Path) -> None:
    top = tmp_path / "monorepo"
    root = top / "donnees"
    (root / "data" / "departments").mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parents[2] / CANTAL, root / CANTAL)
    git(top, "init", "-q")
    commit(top, "init", 1, "A")
    edit(root / CANTAL, "\nversion: 1\n", "\nversion: 2\n")
    result = diff_json(root / "data", "15")
    assert result["conventions"][0]["path"] == "donnees/" + CANTAL
    assert result["conventions"][0]["fields"]["version"] == {"old": 1, "new": 2}
