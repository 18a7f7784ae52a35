"""The draft avenant: golden files, its articles, the two commands that render it, a real PDF."""

from __future__ import annotations

import os
import re
from decimal import Decimal
from html import escape as html_escape
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from helpers_authoring import CANTAL, SUMMARY, History, build_history, git
from helpers_ci import edit, run_pep
from helpers_render import as_typeset, pdf_contains, pdf_text, require_tex
from pep_cli.data.yamlsource import read_document
from pep_cli.escape import LATEX_PRINTABLE
from pep_cli.french import amount

GOLDEN = Path(__file__).resolve().parent / "golden"
ARTICLES = [
    "Objet de l’avenant",
    "Modification des actions",
    "Modification de l’article financier",
    "Autres stipulations",
    "Entrée en vigueur",
]


@pytest.fixture(autouse=True)
def _no_source_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return build_history(tmp_path_factory.mktemp("avenant"))


def avenant(history: History, fmt: str, *args: str) -> str:
    """The avenant from the first to the last commit (or as ``args`` say), by ``pep diff``."""
    revisions = args or ("--from", history.commits[0], "--to", history.commits[-1])
    done = run_pep("diff", "15", *revisions, "--format", f"avenant-{fmt}", cwd=history.root)
    assert done.returncode == 0, done.stderr
    return done.stdout


def render_to(history: History, fmt: str, out: Path) -> Path:
    """``pep render 15 --avenant`` from the first to the last commit, written in ``out``."""
    first, last = history.commits[0], history.commits[-1]
    done = run_pep(
        "render",
        "15",
        "--avenant",
        "--from",
        first,
        "--to",
        last,
        "-f",
        fmt,
        "-o",
        str(out),
        cwd=history.root,
    )
    assert done.returncode == 0, done.stderr
    written = out / f"15-cantal-2022-avenant-1.{fmt}"
    assert f"écrit {written}" in done.stderr
    return written


def version_at(history: History, index: int) -> dict:
    raw = git(history.root, "show", f"{history.commits[index]}:{CANTAL}").encode()
    data: dict = read_document(Path(CANTAL), raw=raw).data
    return data


@pytest.mark.parametrize("fmt", ["md", "tex"])
def test_avenant_matches_the_golden_file(history: History, fmt: str) -> None:
    text = avenant(history, fmt)
    golden = GOLDEN / f"15-cantal-2022-avenant.{fmt}"
    if os.environ.get("PEP_UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
        return
    assert golden.exists(), f"{golden} manque : lancez « make golden » pour le créer"
    assert text == golden.read_text(encoding="utf-8"), (
        f"l'avenant en {fmt} diffère de tests/golden/{golden.name} ; "
        "si le changement est voulu, lancez « make golden » et relisez le diff"
    )


def test_articles_are_numbered_in_order(history: History) -> None:
    text = avenant(history, "md")
    found = re.findall(r"^## Article (\d+) — (.+)$", text, flags=re.M)
    assert [int(n) for n, _ in found] == list(range(1, len(ARTICLES) + 1))
    assert [title for _, title in found] == ARTICLES
    # Only a change of funding: no article about actions.
    only_funding = avenant(history, "md", "--from", history.commits[0], "--to", history.commits[1])
    titles = re.findall(r"^## Article \d+ — (.+)$", only_funding, flags=re.M)
    assert "Modification des actions" in titles  # the FIR of an action changed too
    targets_only = avenant(history, "md", "--from", history.commits[2], "--to", history.commits[3])
    titles = re.findall(r"^## Article \d+ — (.+)$", targets_only, flags=re.M)
    assert titles == ["Objet de l’avenant", "Modification des actions", *ARTICLES[3:]]


def plain(text: str) -> str:
    """French typography puts (narrow) no-break spaces before « ; : » ; compare with spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_what_the_avenant_says(history: History) -> None:
    text = plain(avenant(history, "md"))
    old, new = version_at(history, 0), version_at(history, -1)
    assert text.startswith(
        "# Avenant n° 1 au contrat départemental de prévention et de protection de l’enfance "
        "2022-2024\n"
    )
    contract = "le contrat départemental de prévention et de protection de l’enfance 2022-2024"
    assert f"- Vu {contract}, signé le 24 juin 2022." in text
    assert "- Version : 1 → 2" in text
    subjects = ["les actions (article 3)", "les objectifs du catalogue couverts"]
    assert "".join(f"- {s} ;\n" for s in subjects) + "- le financement (article 4)." in text

    html = MarkdownIt("gfm-like", {"linkify": False}).render(text)
    assert html_escape(f"Il a pour objet : « {SUMMARY} »", quote=False) in html
    assert "<em>" not in html and "<a " not in html and "<b>" not in html

    # Objectives and actions.
    assert "- n° 21 — Développer les centres parentaux." in text
    assert "n° 25 — " in text.split("ne sont plus couverts", 1)[1]
    heading = "#### Action « Ouvrir un centre parental » — objectif n° 21"
    assert f"{heading} : Développer les centres parentaux" in text
    assert "| Familles accueillies en centre parental | nombre | — | 4 | 8 | 10 |" in text
    removed = next(a for a in old["actions"] if a["id"] == "anciens-mna")
    assert f"- L’action « {removed['title']} » (objectif n° 25 : " in text
    changed = text.split("### Actions modifiées", 1)[1].split("## Article", 1)[0]
    assert "cible 2023 : 210 → 230 ; cible 2024 : 240 → 260" in changed
    assert plain(f"2023 : {amount(25000)} → {amount(30000)} (+{amount(5000)})") in changed

    # The new financial table, with totals computed here from the new version.
    funding = new["funding"]
    years = sorted({y for by_year in funding.values() for y in by_year})
    totals = [
        sum((Decimal(by_year.get(y, 0)) for by_year in funding.values()), Decimal(0)) for y in years
    ]
    row = (
        "| **Total** |"
        + "".join(f" **{amount(t)}** |" for t in totals)
        + f" **{amount(sum(totals))}** |"
    )
    assert plain(row) in text
    assert plain(f"s’élève à {amount(sum(totals))}.") in text
    rows = [
        [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", tr)]
        for tr in re.findall(r"<tr>(.*?)</tr>", html, flags=re.S)
    ]
    fir = "Fonds d’intervention régional (FIR)"

    def cells(*values: str) -> list[str]:
        return [plain(value) for value in values]

    assert cells(fir, "2023", amount(100000), amount(105000), "+" + amount(5000)) in rows
    assert cells("Total", "2023", amount(810000), amount(815000), "+" + amount(5000)) in rows
    old_total = sum(
        (Decimal(v) for by_year in old["funding"].values() for v in by_year.values()), Decimal(0)
    )
    assert (
        plain(f"le montant total des crédits passe de {amount(old_total)} à {amount(sum(totals))}")
        in text
    )

    assert (
        "Les autres stipulations du contrat, non modifiées par le présent avenant, demeurent"
        in text
    )
    assert "Fait à …, le 3 juillet 2023." in text
    for signatory in new["signatories"]:
        assert f"** : {signatory['name']}" in text
    assert "**Pour l’État** : Le préfet du Cantal" in text


def test_render_avenant_is_the_same_document(history: History, tmp_path: Path) -> None:
    first, last = history.commits[0], history.commits[-1]
    done = run_pep("render", "15", "--avenant", "--from", first, "--to", last, cwd=history.root)
    assert done.returncode == 0, done.stderr
    assert done.stdout == avenant(history, "md")
    written = render_to(history, "tex", tmp_path / "sortie")
    assert written.read_text(encoding="utf-8") == avenant(history, "tex")


def test_avenant_without_a_new_version_is_a_draft_number(history: History) -> None:
    text = plain(avenant(history, "md", "--from", history.commits[2], "--to", history.commits[3]))
    assert text.startswith("# Avenant n° … au contrat")
    assert "- Version : 1 → 1" in text
    assert "Fait à …, le …." in text


def test_avenant_of_the_working_tree(history: History, tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "copie"
    shutil.copytree(history.root, root)
    edit(
        root / CANTAL,
        "\n  ondam: {2022: 110000, 2023: 110000, 2024: 110000}",
        "\n  ondam: {2022: 110000, 2023: 110000, 2024: 120000}",
    )
    done = run_pep("render", "15", "--avenant", "--from", "HEAD", cwd=root)
    assert done.returncode == 0, done.stderr
    assert "comparaison HEAD → copie de travail" in done.stdout
    assert "avec des modifications non commitées" in done.stdout
    assert "| ONDAM médico-social | 2024 |" in done.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["render", "15", "--from", "HEAD"], 2, "ajoutez --avenant"),
        (["render", "15", "--avenant"], 2, "indiquez la révision de départ avec --from"),
        (["render", "--all", "--avenant", "--from", "HEAD"], 2, "ne se combine pas avec --all"),
        (["render", "15", "03", "--avenant", "--from", "HEAD"], 2, "une convention, et une seule"),
        (["render", "15", "--avenant", "--from", "HEAD", "-f", "pdf"], 2, "-o DOSSIER"),
        (
            ["render", "15", "--avenant", "--from", "HEAD", "-f", "docx"],
            2,
            "format « docx » inconnu",
        ),
        (
            ["render", "15", "--avenant", "--from", "nulle-part"],
            2,
            "révision « nulle-part » introuvable",
        ),
        (["render", "15", "--avenant", "--from", "HEAD"], 1, "pas d'avenant à rédiger"),
        (["diff", "--from", "HEAD", "--format", "avenant-md"], 2, "aucune convention modifiée"),
        (["diff", "15", "--format", "avenant-pdf"], 2, "format « avenant-pdf » inconnu"),
    ],
)
def test_avenant_errors(history: History, args: list[str], code: int, message: str) -> None:
    done = run_pep(*args, cwd=history.root)
    assert done.returncode == code, done.stdout + done.stderr
    assert message in done.stderr
    assert done.stdout == ""


def test_no_avenant_for_a_new_convention(history: History, tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "copie"
    shutil.copytree(history.root, root)
    shutil.copy(root / CANTAL, root / "data/departments/15-cantal-2025.yaml")
    edit(
        root / "data/departments/15-cantal-2025.yaml",
        "period: {start: 2022, end: 2024}",
        "period: {start: 2025, end: 2027}",
    )
    done = run_pep("diff", "--from", "HEAD", "--format", "avenant-md", cwd=root)
    assert done.returncode == 2
    assert "pas d'avenant pour une nouvelle convention" in done.stderr


@pytest.mark.tex
def test_avenant_pdf(history: History, tmp_path: Path) -> None:
    require_tex()
    outputs = [render_to(history, "pdf", tmp_path / name) for name in ("a", "b")]
    pdf = outputs[0]
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert pdf.read_bytes() == outputs[1].read_bytes(), "same input, same PDF"
    text = pdf_text(pdf)
    new = version_at(history, -1)
    total = sum(
        (Decimal(v) for by_year in new["funding"].values() for v in by_year.values()), Decimal(0)
    )
    for expected in (
        "Avenant n° 1 au contrat départemental de prévention et de protection de l’enfance "
        "2022-2024",
        "Article 3 — Modification de l’article financier",
        "Article 4 — Financement (nouvelle rédaction)",
        "Ouvrir un centre parental",
        f"s’élève à {amount(total)}",
        "Fait à",
        as_typeset(SUMMARY, LATEX_PRINTABLE),
    ):
        assert pdf_contains(text, expected), expected
