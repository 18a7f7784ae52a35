"""``pep render`` as users run it: references, formats, files, validation, templates, provenance."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers_render import PEP, PROJECT, SHIPPED, data_repository, git, pep, pep_process
from pep_cli.french import amount

CANTAL = SHIPPED / "15-cantal-2022.yaml"
GUYANE = SHIPPED / "973-guyane-2020.yaml"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A committed data repository with the Cantal and Guyane conventions; the current directory."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = data_repository(tmp_path / "depot", CANTAL, GUYANE)
    monkeypatch.chdir(root)
    return root


def _broken_cantal(root: Path) -> Path:
    """The Cantal convention with its FIR total for 2023 one euro off (a funding-totals error)."""
    path = root / "data" / "departments" / CANTAL.name
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "fir: {2022: 100000, 2023: 100000, 2024: 100000}",
        "fir: {2022: 100000, 2023: 100001, 2024: 100000}",
    )
    path.write_text(text, encoding="utf-8")
    return path


def plain(text: str) -> str:
    """French typography puts (narrow) no-break spaces before « ; : » ; compare with spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


# --- what a user asks for ---------------------------------------------------------------------


def test_a_territory_code_renders_its_convention_as_markdown_on_stdout(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = pep(capsys, "render", "15")
    assert result.code == 0, result.err
    assert result.out.startswith(
        "# Contrat départemental de prévention et de protection de l’enfance 2022-2024\n"
    )
    assert (
        "**entre l’État, l’Agence régionale de santé Auvergne-Rhône-Alpes "
        "et le Département du Cantal**" in result.out
    )
    assert result.err == ""


def test_the_latest_convention_of_a_territory_is_chosen(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later = repo / "data" / "departments" / "15-cantal-2025.yaml"
    text = CANTAL.read_text(encoding="utf-8").replace(
        "period: {start: 2022, end: 2024}", "period: {start: 2025, end: 2025}"
    )
    later.write_text(text, encoding="utf-8")
    result = pep(capsys, "render", "15", "--draft")
    assert "data/departments/15-cantal-2025.yaml" in result.out


def test_a_path_renders_that_file_to_the_output_folder(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = pep(
        capsys, "render", "data/departments/973-guyane-2020.yaml", "--format", "tex", "-o", "out"
    )
    assert result.code == 0, result.err
    written = repo / "out" / "973-guyane-2020.tex"
    assert written.read_text(encoding="utf-8").startswith("\\documentclass")
    assert result.out == ""
    assert "out/973-guyane-2020.tex" in result.err


def test_all_renders_every_convention(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = pep(capsys, "render", "--all", "-o", "out")
    assert result.code == 0, result.err
    assert sorted(p.name for p in (repo / "out").iterdir()) == [
        "15-cantal-2022.md",
        "973-guyane-2020.md",
    ]


def test_latex_goes_to_stdout_without_an_output_folder(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = pep(capsys, "render", "973", "--format", "tex")
    assert result.code == 0, result.err
    assert result.out.startswith("\\documentclass[a4paper,11pt]{article}\n")
    assert result.out.rstrip().endswith("\\end{document}")


def test_render_runs_through_the_installed_command(repo: Path) -> None:
    done = pep_process("render", "15", cwd=repo)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode("utf-8").startswith("# Contrat départemental de prévention")


def test_render_runs_through_typer(repo: Path) -> None:
    from pep_cli.cli import app

    result = CliRunner().invoke(app, ["render", "973", "--root", str(repo)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        "# Convention de prévention et de protection de l’enfance 2020-2022"
    )


# --- usage errors: exit 2, in French --------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "indiquez une convention (code du territoire, ex. 15, ou chemin du fichier) ou --all"),
        (["15", "--format", "docx"], "format « docx » inconnu ; formats : md, tex, pdf"),
        (["99"], "aucune convention du territoire « 99 »"),
        (["data/departments/absent.yaml"], "fichier introuvable : data/departments/absent.yaml"),
        (
            ["15", "--format", "pdf"],
            "le format pdf : indiquez un dossier de sortie avec -o DOSSIER",
        ),
        (["15", "973"], "plusieurs conventions : indiquez un dossier de sortie avec -o DOSSIER"),
        (["15", "--all"], "--all rend toutes les conventions"),
        (
            ["15", "--templates", "pas-de-dossier"],
            "--templates : le dossier « pas-de-dossier » n'existe pas",
        ),
        (["15", "--today", "hier"], "--today : date « hier » invalide"),
    ],
)
def test_usage_errors_exit_2_in_french(
    repo: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    result = pep(capsys, "render", *args)
    assert result.code == 2
    assert message in result.err
    assert result.out == ""


def test_no_data_repository_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = pep(capsys, "render", "15")
    assert result.code == 2
    assert "aucun dépôt de données trouvé" in result.err


def test_a_bad_source_date_epoch_is_a_usage_error(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "demain")
    result = pep(capsys, "render", "15")
    assert result.code == 2
    assert "SOURCE_DATE_EPOCH « demain » invalide" in result.err


# --- tied to validation ----------------------------------------------------------------------


def test_an_invalid_convention_is_not_rendered(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _broken_cantal(repo)
    result = pep(capsys, "render", "15")
    assert result.code == 1
    assert result.out == ""
    assert "data/departments/15-cantal-2022.yaml" in result.err
    assert (
        f"fir 2023 : total déclaré {amount(100001)}, somme des actions {amount(100000)}"
        in result.err
    )
    assert "[funding-totals]" in result.err
    assert (
        "convention non rendue ; corrigez les erreurs, ou rendez un projet avec --draft"
        in result.err
    )


def test_other_conventions_are_rendered_when_one_is_invalid(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _broken_cantal(repo)
    result = pep(capsys, "render", "--all", "-o", "out")
    assert result.code == 1
    assert [p.name for p in (repo / "out").iterdir()] == ["973-guyane-2020.md"]


def test_draft_renders_an_invalid_convention_with_a_banner(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _broken_cantal(repo)
    line = next(
        i
        for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if text.startswith("  fir: {2022: 100000, 2023: 100001")
    )
    column = path.read_text(encoding="utf-8").splitlines()[line - 1].index("100001") + 1
    result = pep(capsys, "render", "15", "--draft")
    assert result.code == 0, result.err
    assert "> **PROJET — non conforme**" in result.out
    assert (
        f"> - data/departments/15-cantal-2022.yaml:{line}:{column} — funding-totals — fir 2023 : "
        f"total déclaré {plain(amount(100001))}"
    ) in plain(result.out)
    assert "rendu en projet malgré 1 erreur" in result.err


def test_draft_without_errors_has_no_banner(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = pep(capsys, "render", "15", "--draft")
    assert result.code == 0
    assert "PROJET" not in result.out


def test_a_file_that_breaks_the_schema_cannot_be_rendered_even_as_a_draft(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo / "data" / "departments" / CANTAL.name
    path.write_text(
        CANTAL.read_text(encoding="utf-8").replace("\nversion: 1\n", "\nversion: un\n"),
        encoding="utf-8",
    )
    for args in (["--draft"], []):
        result = pep(capsys, "render", "15", *args)
        assert result.code == 1
        assert "[schema]" in result.err
        # --draft is proposed only where it would work: not for a file that breaks the schema.
        assert result.err.rstrip().endswith(
            "convention non rendue ; corrigez d'abord le schéma "
            "(même --draft demande un fichier conforme au schéma)"
        )
        assert result.out == ""


# --- templates -------------------------------------------------------------------------------


def test_a_data_repository_overrides_a_template_by_name(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "templates").mkdir()
    (repo / "templates" / "convention.md.j2").write_text(
        "Gabarit du dépôt : {{ title | md }}\n", encoding="utf-8"
    )
    result = pep(capsys, "render", "15")
    assert (
        result.out
        == "Gabarit du dépôt\u00a0: Contrat départemental de prévention et de protection de "
        "l’enfance 2022-2024\n"
    )
    # The other formats keep pep's template.
    assert pep(capsys, "render", "15", "-f", "tex").out.startswith("\\documentclass")


def test_templates_option_wins_over_the_repository(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "templates").mkdir()
    (repo / "templates" / "convention.md.j2").write_text("dépôt\n", encoding="utf-8")
    mine = tmp_path / "mes-gabarits"
    mine.mkdir()
    (mine / "convention.md.j2").write_text("option {{ period }}\n", encoding="utf-8")
    result = pep(capsys, "render", "15", "--templates", str(mine))
    assert result.out == "option 2022-2024\n"


def _template_dir(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "gabarits"
    folder.mkdir()
    (folder / "convention.md.j2").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            "# {{ title | md }}\n\n{{ titre_inexistant }}\n",
            3,
            "variable « titre_inexistant » non définie",
        ),
        (
            "{% for a in actions %}\n{{ a.intitule }}\n{% endfor %}\n",
            2,
            "« intitule » n'existe pas",
        ),
        ("ligne 1\n{% for a in actions %}\n{{ a.title }}\n", 3, "erreur de syntaxe Jinja"),
        ("ligne 1\n{% endfo %}\n", 2, "balise inconnue « endfo »"),
        ("\n\n{{ title | montant }}\n", 3, "filtre inconnu « montant »"),
        ("{{ period | amount }}\n", 1, "erreur à l'exécution"),
    ],
)
def test_template_errors_name_the_template_and_line(
    repo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    line: int,
    message: str,
) -> None:
    result = pep(capsys, "render", "15", "--templates", str(_template_dir(tmp_path, text)))
    assert result.code == 1
    assert f"gabarit convention.md.j2, ligne {line}" in result.err
    assert message in result.err
    assert "Traceback" not in result.err
    assert result.out == ""


def test_data_that_looks_like_jinja_is_printed(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo / "data" / "departments" / CANTAL.name
    text = CANTAL.read_text(encoding="utf-8").replace(
        "title: Augmenter le nombre de consultations infantiles",
        'title: "{{ 7*7 }} {% if true %}oui{% endif %} {{ provenance }}"',
    )
    path.write_text(text, encoding="utf-8")
    result = pep(capsys, "render", "15")
    assert result.code == 0, result.err
    assert "Action 5\u00a0: {{ 7\\*7 }} {% if true %}oui{% endif %} {{ provenance }}" in result.out
    assert "49" not in result.out.split("Action 5\u00a0: ", 1)[1].splitlines()[0]


# --- provenance and reproducibility ----------------------------------------------------------


def test_the_document_names_its_commit_and_date(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commit = git(
        repo, "log", "-1", "--format=%H", "--", "data/departments/15-cantal-2022.yaml"
    ).strip()
    result = pep(capsys, "render", "15")
    # One discreet line in the last annex, nothing on the face of the document.
    colophon = plain(result.out).strip().splitlines()[-1]
    assert colophon.startswith(
        "Document établi avec pep à partir de data/departments/15-cantal-2022.yaml, "
        f"commit {commit[:12]} du 15 mars 2024 ; catalogue national, édition 2022 ; "
    )
    assert colophon.endswith("date du document : 15 mars 2024.")
    assert result.out.count("15-cantal-2022.yaml") == 1
    assert "la version n° 1 (texte initial)" in plain(result.out)


def test_uncommitted_changes_are_stated(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = repo / "data" / "departments" / CANTAL.name
    path.write_text(path.read_text(encoding="utf-8") + "# une note\n", encoding="utf-8")
    result = pep(capsys, "render", "15")
    assert "du 15 mars 2024, avec des modifications non commitées ;" in plain(result.out)


def test_a_file_git_does_not_track_is_stated(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copyfile(
        SHIPPED / "23-creuse-2021.yaml", repo / "data" / "departments" / "23-creuse-2021.yaml"
    )
    result = pep(capsys, "render", "23", "--today", "2025-07-01")
    assert result.code == 0, result.err
    out = plain(result.out)
    assert "23-creuse-2021.yaml, fichier non suivi par git (aucun commit) ;" in out
    assert "date du document : non déterminée (ni commit ni SOURCE\\_DATE\\_EPOCH)." in out


def test_a_file_outside_git_is_stated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = data_repository(tmp_path / "sans-git", CANTAL, commit=False)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = pep(capsys, "render", "15", "--root", str(root))
    assert "15-cantal-2022.yaml, fichier hors de tout dépôt git ;" in plain(result.out)


def test_source_date_epoch_dates_the_document(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 14 November 2023, 22:13 UTC
    result = pep(capsys, "render", "15")
    assert "date du document : 14 novembre 2023 (SOURCE\\_DATE\\_EPOCH)." in plain(result.out)
    assert "commit " in result.out


def test_same_input_same_bytes_from_anywhere(repo: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    first = pep_process(
        "render", "--all", "-f", "tex", "-o", str(tmp_path / "un"), cwd=repo, env=env
    )
    assert first.returncode == 0, first.stderr.decode()
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    second = pep_process(
        "render",
        "--all",
        "-f",
        "tex",
        "-o",
        str(tmp_path / "deux"),
        "--root",
        str(repo),
        cwd=elsewhere,
        env=env,
    )
    assert second.returncode == 0, second.stderr.decode()
    for name in ("15-cantal-2022.tex", "973-guyane-2020.tex"):
        assert (tmp_path / "un" / name).read_bytes() == (tmp_path / "deux" / name).read_bytes()


def test_output_files_are_replaced_whole(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = repo / "out"
    out.mkdir()
    (out / "15-cantal-2022.md").write_text("ancien contenu " * 10000, encoding="utf-8")
    assert pep(capsys, "render", "15", "-o", "out").code == 0
    assert (out / "15-cantal-2022.md").read_text(encoding="utf-8").startswith("# Contrat")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_every_shipped_convention_renders_to_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = pep(
        capsys,
        "render",
        "--all",
        "-o",
        str(tmp_path),
        "--root",
        str(PROJECT),
        "--today",
        "2025-07-01",
    )
    assert result.code == 0, result.err
    rendered = sorted(p.stem for p in tmp_path.glob("*.md"))
    assert rendered == sorted(p.stem for p in SHIPPED.glob("*.yaml"))
    for path in tmp_path.glob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert re.search(r"^## Article 4 — Financement$", text, re.M), path


@pytest.mark.parametrize(
    ("original", "broken", "rule"),
    [
        ("period: {start: 2022, end: 2024}", "period: {start: 2024, end: 2022}", "period"),
        (
            'territory: {code: "15", name: Cantal}',
            'territory: {code: "99", name: Nulle}',
            "territory",
        ),
        ("objective: 18\n", "objective: 99\n", "unknown-objective"),
        ("objective: 9\n", "objective: 7\n", "required-objectives"),
        ("  ondam: {2022: 110000,", "  onda: {2022: 110000,", "funding-source"),
    ],
    ids=["period", "territory", "unknown-objective", "required-objectives", "funding-source"],
)
@pytest.mark.parametrize("fmt", ["md", "tex"])
def test_drafts_of_many_kinds_of_errors_render(
    repo: Path, capsys: pytest.CaptureFixture[str], original: str, broken: str, rule: str, fmt: str
) -> None:
    path = repo / "data" / "departments" / CANTAL.name
    text = CANTAL.read_text(encoding="utf-8")
    assert original in text
    path.write_text(text.replace(original, broken, 1), encoding="utf-8")
    code = "99" if rule == "territory" else "15"  # a convention is found by the code it holds
    result = pep(capsys, "render", code, "--draft", "-f", fmt)
    assert result.code == 0, result.err
    assert "PROJET — non conforme" in result.out
    assert rule in result.out


# Runs with or without TeX installed: the PATH given to pep has none.
def test_no_tex_engine_says_what_to_install(tmp_path: Path) -> None:
    root = data_repository(tmp_path / "depot", SHIPPED / "15-cantal-2022.yaml", commit=False)
    env = {**os.environ, "PATH": str(PEP.parent)}
    assert shutil.which("pdflatex", path=env["PATH"]) is None
    done = pep_process("render", "15", "-f", "pdf", "-o", str(tmp_path / "out"), cwd=root, env=env)
    assert done.returncode == 2
    message = done.stderr.decode("utf-8")
    assert "aucun moteur TeX (pdflatex) n'est installé" in message
    assert "apt-get install texlive-latex-recommended texlive-lang-french latexmk" in message
    assert not (tmp_path / "out").exists()
