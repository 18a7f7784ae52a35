"""``pep report``: the annual execution report, with the real pep, real git and real TeX.

Golden Markdown and LaTeX of the Cantal's report of exercise 2023 (``make golden``
rewrites them); charts byte-identical from run to run; the PDF's text holds each
result and each total as Babel writes them; bad input is a French message.
"""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from helpers_render import SHIPPED, data_repository, pdf_text, pep, require_tex
from pep_cli import french
from pep_cli.data.model import validate
from pep_cli.data.yamlsource import read_document

GOLDEN = Path(__file__).resolve().parent / "golden"
CANTAL = SHIPPED / "15-cantal-2022.yaml"
ALPES = SHIPPED / "04-alpes-de-haute-provence-2020.yaml"
TODAY = ["--today", "2025-07-01"]


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return data_repository(tmp_path / "depot", CANTAL, ALPES)


def cantal(root: Path) -> str:
    return str(root / "data" / "departments" / CANTAL.name)


@pytest.mark.parametrize("fmt", ["md", "tex"])
def test_report_matches_the_golden_file(
    root: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    result = pep(
        capsys, "report", cantal(root), "--year", "2023", "-f", fmt, "--root", str(root), *TODAY
    )
    assert result.code == 0, result.err
    golden = GOLDEN / f"15-cantal-2022-rapport-2023.{fmt}"
    if os.environ.get("PEP_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(result.out, encoding="utf-8")
        return
    assert golden.exists(), f"{golden} manque : lancez « make golden » pour le créer"
    assert result.out == golden.read_text(encoding="utf-8"), (
        f"le rapport en {fmt} diffère de {golden.name} ; si le changement est voulu, lancez "
        "« make golden » et relisez le diff"
    )


def test_markdown_with_its_svg_charts_identical_twice(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runs = []
    for name in ("un", "deux"):
        out = tmp_path / name
        result = pep(
            capsys, "report", "15", "--year", "2023", "-o", str(out), "--root", str(root), *TODAY
        )
        assert result.code == 0, result.err
        runs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert runs[0] == runs[1]
    files = runs[0]
    text = files.pop("15-cantal-2022-rapport-2023.md").decode()
    # One chart per indicator and per funding source (3), each linked with its alt text.
    indicators = CANTAL.read_text(encoding="utf-8").count("\n      - label: ")
    assert indicators >= 10
    assert sorted(files) == [
        f"15-cantal-2022-rapport-2023-graphique-{n:02d}.svg" for n in range(1, indicators + 4)
    ]
    for name, data in files.items():
        assert data.startswith(b'<?xml version="1.0" encoding="utf-8" standalone="no"?>')
        assert f"]({name})" in text
    assert "![Cibles et résultats de « Entretiens prénataux précoces réalisés par la PMI »" in text
    assert "<dc:date>" not in files["15-cantal-2022-rapport-2023-graphique-01.svg"].decode()


def test_markdown_to_standard_output_draws_no_chart_and_imports_no_matplotlib(root: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "pep_cli",
            "report",
            "15",
            "--year",
            "2023",
            "--root",
            str(root),
            *TODAY,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "](15-cantal" not in done.stdout
    assert "matplotlib" not in done.stderr
    for command in (["validate", "--root", str(root), *TODAY], ["--help"]):
        imports = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "pep_cli", *command],
            capture_output=True,
            text=True,
            check=False,
        ).stderr
        assert "matplotlib" not in imports


@pytest.mark.tex
def test_pdf_holds_every_result_and_total_as_babel_writes_them(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    require_tex()
    outputs = []
    for name in ("un", "deux"):
        out = tmp_path / name
        result = pep(
            capsys,
            "report",
            "15",
            "--year",
            "2023",
            "-f",
            "pdf",
            "-o",
            str(out),
            "--root",
            str(root),
            *TODAY,
        )
        assert result.code == 0, result.err
        assert sorted(p.name for p in out.iterdir()) == ["15-cantal-2022-rapport-2023.pdf"]
        outputs.append((out / "15-cantal-2022-rapport-2023.pdf").read_bytes())
    assert outputs[0] == outputs[1], "the same data give the same PDF"
    text = " ".join(pdf_text(tmp_path / "un" / "15-cantal-2022-rapport-2023.pdf").split())
    convention, _ = validate(read_document(CANTAL).data)
    assert convention is not None
    for action in convention.actions:
        for indicator in action.indicators:
            result = indicator.results[2023]
            shown = {"pourcentage": french.percent, "euros": french.amount}.get(
                indicator.unit, french.number
            )(result)
            assert " ".join(shown.split()) in text, (indicator.label, shown)
    signed = sum((years[2023] for years in convention.funding.values()), Decimal(0))
    spent = sum((e[2023].spent or Decimal(0) for e in convention.execution.values()), Decimal(0))
    for total in (signed, spent, signed - spent):
        assert " ".join(french.amount(total).split()) in text, total
    assert "Rapport arrêté conjointement le 25 juin 2024" in text


def test_draft_lists_what_is_missing_on_page_one(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(cantal(root))
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "results: {2022: 184, 2023: 204, 2024: 250}", "results: {2022: 184, 2024: 250}"
    )
    text = text.replace(
        "  2023: {status: adopted, adopted_on: 2024-06-25}", "  2023: {status: draft}"
    )
    path.write_text(text, encoding="utf-8")
    result = pep(
        capsys, "report", str(path), "--year", "2023", "--draft", "--root", str(root), *TODAY
    )
    assert result.code == 0, result.err
    missing = result.out.split("## Éléments manquants", 1)[1].split("\n## ", 1)[0]
    assert "- Le rapport de l’exercice 2023 n’est pas encore arrêté (projet)\n" in missing
    assert (
        "- Résultat 2023 de l’indicateur « Entretiens prénataux précoces réalisés par la PMI »\n"
        in missing
    )
    assert result.out.index("Éléments manquants") < result.out.index("## Synthèse")
    assert "**non renseigné**" in result.out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["15", "--year", "2021"], 2, "l'exercice 2021 est hors de la période 2022-2024"),
        (["15", "--year", "2031"], 2, "--year 2031 : l'exercice n'a pas commencé"),
        (["16", "--year", "2023"], 2, "16"),
        (["15"], 2, "indiquez l'exercice du rapport avec --year"),
        (["15", "--year", "2023", "-f", "docx"], 2, "format « docx » inconnu"),
        (["15", "--year", "2023", "-f", "pdf"], 2, "indiquez un dossier de sortie avec -o"),
        (["--all", "--year", "2023"], 2, "indiquez un dossier de sortie avec -o"),
    ],
)
def test_bad_requests_are_french_usage_errors(
    root: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, message: str
) -> None:
    result = pep(capsys, "report", *args, "--root", str(root), *TODAY)
    assert result.code == code, result.err
    assert message in result.err
    assert "Traceback" not in result.err


def test_an_invalid_convention_is_refused_unless_draft(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(cantal(root))
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "    2023: {paid: 100000, spent: 97300}", "    2023: {paid: 100000, spent: 197300}"
        ),
        encoding="utf-8",
    )
    out = tmp_path / "sortie"
    refused = pep(
        capsys, "report", "15", "--year", "2023", "-o", str(out), "--root", str(root), *TODAY
    )
    assert refused.code == 1
    assert "[execution-exceeds-funding]" in refused.err
    assert "rapport non rendu" in refused.err
    assert not out.exists() or not any(out.iterdir()), "nothing half-written"
    drafted = pep(capsys, "report", "15", "--year", "2023", "--draft", "--root", str(root), *TODAY)
    assert drafted.code == 0, drafted.err
    assert "PROJET — non conforme" in drafted.out
    path.write_text(
        text.replace(
            "results: {2022: 184, 2023: 204,", 'results: {2022: 184, 2023: "204 entretiens",'
        ),
        encoding="utf-8",
    )
    schema = pep(capsys, "report", "15", "--year", "2023", "--draft", "--root", str(root), *TODAY)
    assert schema.code == 1
    assert "nombre attendu, trouvé « 204 entretiens »  [schema]" in schema.err


def test_all_reports_every_convention_of_the_year_with_progress(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sortie"
    result = pep(
        capsys,
        "report",
        "--all",
        "--year",
        "2022",
        "-o",
        str(out),
        "--no-charts",
        "--root",
        str(root),
        *TODAY,
    )
    assert result.code == 0, result.err
    assert sorted(p.name for p in out.iterdir()) == [
        "04-alpes-de-haute-provence-2020-rapport-2022.md",
        "15-cantal-2022-rapport-2022.md",
    ]
    assert "pep : [1] écrit" in result.err and "pep : [2] écrit" in result.err
    only_2021 = pep(
        capsys,
        "report",
        "--all",
        "--year",
        "2021",
        "-o",
        str(tmp_path / "b"),
        "--root",
        str(root),
        *TODAY,
    )
    assert only_2021.code == 0, only_2021.err
    assert [p.name for p in (tmp_path / "b").glob("*.md")] == [
        "04-alpes-de-haute-provence-2020-rapport-2021.md"
    ]
    text = (tmp_path / "b" / "04-alpes-de-haute-provence-2020-rapport-2021.md").read_text()
    assert "État d’exécution du programme d’actions au 30 avril 2022" in text


def test_templates_are_overridable_and_values_are_escaped(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(cantal(root))
    text = path.read_text(encoding="utf-8")
    hostile = "Entretiens *prénataux* {{ 7*7 }} \\\\input{/etc/passwd} # titre"
    path.write_text(
        text.replace(
            "label: Entretiens prénataux précoces réalisés par la PMI", f'label: "{hostile}"'
        ),
        encoding="utf-8",
    )
    md = pep(capsys, "report", "15", "--year", "2023", "--root", str(root), *TODAY)
    assert md.code == 0, md.err
    assert r"| Entretiens \*prénataux\* {{ 7\*7 }} \\input{/etc/passwd} \# titre |" in md.out
    tex = pep(capsys, "report", "15", "--year", "2023", "-f", "tex", "--root", str(root), *TODAY)
    assert tex.code == 0, tex.err
    assert r"\{\{ 7*7 \}\} \textbackslash{}input\{/etc/passwd\} \# titre" in tex.out
    templates = tmp_path / "gabarits"
    templates.mkdir()
    (templates / "report.md.j2").write_text(
        "Rapport {{ year }} de {{ convention.territory_name | md }}\n", encoding="utf-8"
    )
    custom = pep(
        capsys,
        "report",
        "15",
        "--year",
        "2023",
        "--templates",
        str(templates),
        "--root",
        str(root),
        *TODAY,
    )
    assert custom.out == "Rapport 2023 de Cantal\n"
