"""PDF with a real TeX engine: shipped conventions, a hostile one, reproducibility, LaTeX errors.

Skipped when pdflatex or pdftotext is missing, unless PEP_REQUIRE_TEX=1 (CI), where they must run.
"""

from __future__ import annotations

import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from helpers_render import (
    HOSTILE,
    PROJECT,
    SHIPPED,
    Result,
    as_typeset,
    data_repository,
    pdf_contains,
    pdf_text,
    pep,
    pep_process,
    require_tex,
)
from pep_cli.escape import LATEX_PRINTABLE
from pep_cli.french import amount

pytestmark = pytest.mark.tex


@pytest.fixture(autouse=True)
def _tex(monkeypatch: pytest.MonkeyPatch) -> None:
    require_tex()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _yaml(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _decimal(value: Any) -> Decimal:
    return Decimal(str(value))


def _totals(convention: dict[str, Any]) -> list[Decimal]:
    """Every total of the funding table: per source, per year, and the grand total."""
    funding = convention.get("funding") or {}
    years = sorted({year for by_year in funding.values() for year in by_year})
    per_source = [
        sum((_decimal(v) for v in by_year.values()), Decimal(0)) for by_year in funding.values()
    ]
    per_year = [
        sum((_decimal(by_year.get(y, 0)) for by_year in funding.values()), Decimal(0))
        for y in years
    ]
    return [*per_source, *per_year, sum(per_year, Decimal(0))]


@pytest.fixture(scope="module")
def shipped_pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tex()
    out = tmp_path_factory.mktemp("pdf")
    done = pep_process(
        "render",
        "--all",
        "--format",
        "pdf",
        "-o",
        str(out),
        "--root",
        str(PROJECT),
        "--today",
        "2025-07-01",
        cwd=PROJECT,
    )
    assert done.returncode == 0, done.stderr.decode()
    return out


@pytest.mark.parametrize("source", sorted(SHIPPED.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_shipped_convention_compiles_with_its_titles_and_totals(
    source: Path, shipped_pdfs: Path
) -> None:
    pdf = shipped_pdfs / f"{source.stem}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = pdf_text(pdf)
    convention = _yaml(source)
    for action in convention["actions"]:
        assert pdf_contains(text, as_typeset(action["title"], LATEX_PRINTABLE)), action["title"]
    for total in _totals(convention):
        assert pdf_contains(text, amount(total)), amount(total)
    assert pdf_contains(text, f"Version {convention['version']}") or pdf_contains(
        text, f"version n° {convention['version']}"
    )


def test_hostile_text_prints_literally_and_runs_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    witness = tmp_path / "pwned"
    hostile = HOSTILE.read_text(encoding="utf-8").replace("/tmp/pep-pwned", str(witness))
    (tmp_path / HOSTILE.name).write_text(hostile, encoding="utf-8")
    root = data_repository(tmp_path / "depot", tmp_path / HOSTILE.name)
    out = tmp_path / "out"
    for fmt in ("md", "tex", "pdf"):
        result = pep(capsys, "render", "2A", "--format", fmt, "-o", str(out), "--root", str(root))
        assert result.code == 0, result.err
    assert not witness.exists()
    text = pdf_text(out / f"{HOSTILE.stem}.pdf")
    assert "root:" not in text  # \input{/etc/passwd} read nothing
    convention = YAML(typ="safe").load(hostile)
    expected = [action["title"] for action in convention["actions"]]
    expected += [
        action["description"] for action in convention["actions"] if action.get("description")
    ]
    expected += [
        indicator["label"] for action in convention["actions"] for indicator in action["indicators"]
    ]
    expected += [source for source in convention["sources"]]
    expected += [signatory["name"] for signatory in convention["signatories"]]
    expected += [convention["amendments"][0]["summary"]]
    for value in expected:
        assert pdf_contains(text, as_typeset(value, LATEX_PRINTABLE)), value
    # What the fonts cannot show is there as a visible code point.
    assert pdf_contains(text, "Accueil [U+1F642] des enfants [U+1F476]")
    assert pdf_contains(text, "finance") and pdf_contains(text, "« Bien-être » de l’enfant")


def test_same_input_same_pdf_bytes(tmp_path: Path) -> None:
    root = data_repository(tmp_path / "depot", SHIPPED / "15-cantal-2022.yaml")
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    outputs = []
    for name in ("un", "deux"):
        done = pep_process(
            "render", "15", "-f", "pdf", "-o", str(tmp_path / name), cwd=root, env=env
        )
        assert done.returncode == 0, done.stderr.decode()
        outputs.append((tmp_path / name / "15-cantal-2022.pdf").read_bytes())
    assert outputs[0] == outputs[1]
    # Dated by the commit (fixed in helpers_render), with no random file identifier.
    assert b"/CreationDate (D:20240315090000Z)" in outputs[0]
    assert b"/ID" not in outputs[0]


def test_source_date_epoch_dates_the_pdf(tmp_path: Path) -> None:
    root = data_repository(tmp_path / "depot", SHIPPED / "15-cantal-2022.yaml")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    done = pep_process("render", "15", "-f", "pdf", "-o", str(tmp_path / "out"), cwd=root, env=env)
    assert done.returncode == 0, done.stderr.decode()
    pdf = tmp_path / "out" / "15-cantal-2022.pdf"
    assert b"/CreationDate (D:20231114221320Z)" in pdf.read_bytes()
    assert pdf_contains(pdf_text(pdf), "14 novembre 2023 (SOURCE_DATE_EPOCH)")


def test_an_undated_pdf_carries_no_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = data_repository(tmp_path / "depot", SHIPPED / "15-cantal-2022.yaml", commit=False)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = pep(
        capsys, "render", "15", "-f", "pdf", "-o", str(tmp_path / "out"), "--root", str(root)
    )
    assert result.code == 0, result.err
    assert b"/CreationDate" not in (tmp_path / "out" / "15-cantal-2022.pdf").read_bytes()


def _render_pdf_with_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], root: Path, template: str
) -> Result:
    """Render territory 15 of ``root`` to PDF with ``template`` as convention.tex.j2."""
    templates = tmp_path / "gabarits"
    templates.mkdir()
    (templates / "convention.tex.j2").write_text(template, encoding="utf-8")
    out = str(tmp_path / "out")
    return pep(
        capsys,
        "render",
        "15",
        "-f",
        "pdf",
        "-o",
        out,
        "--root",
        str(root),
        "--templates",
        str(templates),
    )


def test_a_latex_error_names_the_template_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = data_repository(tmp_path / "depot", SHIPPED / "15-cantal-2022.yaml")
    shipped = (
        (PROJECT / "templates" / "convention.tex.j2")
        .read_text(encoding="utf-8")
        .splitlines(keepends=True)
    )
    line = next(i for i, text in enumerate(shipped, 1) if text.startswith(r"\section*{Article 2"))
    shipped.insert(line, "Texte avec une commande inconnue \\commandeinconnue{} ici.\n")
    result = _render_pdf_with_template(tmp_path, capsys, root, "".join(shipped))
    assert result.code == 1
    assert f"erreur LaTeX dans le gabarit convention.tex.j2, ligne {line + 1}" in result.err
    assert "Undefined control sequence" in result.err
    assert "commandeinconnue" in result.err
    assert len(result.err.splitlines()) <= 3  # a message, not a wall of log
    assert not (tmp_path / "out" / "15-cantal-2022.pdf").exists()


def test_a_latex_error_in_a_loop_names_the_line_inside_the_loop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = data_repository(tmp_path / "depot", SHIPPED / "15-cantal-2022.yaml")
    template = (
        "\\documentclass{article}\n"
        "\\begin{document}\n"
        "{% for action in actions %}\n"
        "Action {{ action.number }} : {{ action.title | latex }}\n"
        "{% if action.number == 3 %}\\oups{% endif %}\n"
        "\n"
        "{% endfor %}\n"
        "\\end{document}\n"
    )
    result = _render_pdf_with_template(tmp_path, capsys, root, template)
    assert result.code == 1
    assert "gabarit convention.tex.j2, ligne 5" in result.err
    assert re.search(r"\(ligne \d+ du LaTeX produit\)", result.err)


def test_every_character_the_latex_filter_keeps_compiles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = "".join(sorted(LATEX_PRINTABLE - {"\u00ad"}))
    sample = " ".join(kept[i : i + 8] for i in range(0, len(kept), 8))  # words that fit a line
    # The sample travels as data, in an action's description.
    text = (
        (SHIPPED / "15-cantal-2022.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "    title: Augmenter le nombre de consultations infantiles\n",
            "    title: Augmenter le nombre de consultations infantiles\n"
            f'    description: "{sample}"\n',
        )
    )
    (tmp_path / "15-cantal-2022.yaml").write_text(text, encoding="utf-8")
    root = data_repository(tmp_path / "depot", tmp_path / "15-cantal-2022.yaml")
    result = pep(
        capsys, "render", "15", "-f", "pdf", "-o", str(tmp_path / "out"), "--root", str(root)
    )
    assert result.code == 0, result.err
    text = pdf_text(tmp_path / "out" / "15-cantal-2022.pdf")
    assert [char for char in "àâäçéèêëîïôöùûüÿœæŒÆ«»€" if char not in text] == []


def test_a_draft_pdf_shows_its_banner_and_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (SHIPPED / "15-cantal-2022.yaml").read_text(encoding="utf-8")
    broken = text.replace("objective: 18\n", "objective: 99 # {{ x }} & %\n")
    (tmp_path / "15-cantal-2022.yaml").write_text(broken, encoding="utf-8")
    root = data_repository(tmp_path / "depot", tmp_path / "15-cantal-2022.yaml")
    out = tmp_path / "out"
    result = pep(
        capsys, "render", "15", "--draft", "-f", "pdf", "-o", str(out), "--root", str(root)
    )
    assert result.code == 0, result.err
    pdf = pdf_text(out / "15-cantal-2022.pdf")
    assert pdf_contains(pdf, "PROJET — non conforme")
    assert pdf_contains(pdf, "unknown-objective")
    assert pdf_contains(pdf, "Objectif n° 99, absent du catalogue")
