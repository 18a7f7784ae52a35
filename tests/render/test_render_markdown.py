"""The Markdown of a convention parses (markdown-it-py) into the expected headings and tables.

Expectations come from the YAML files and the catalogue, read here on their
own, never from the renderer's context.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from ruamel.yaml import YAML

from helpers_render import HOSTILE, PROJECT, SHIPPED, data_repository, pep

ENGAGEMENT_ORDER = ["1", "2", "3", "4", "transverse"]


def _yaml(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


CATALOGUE = _yaml(PROJECT / "data" / "catalogue.yaml")


def _parse(text: str) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(text)


def _headings(tokens: list[Token]) -> list[tuple[int, str]]:
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            inline = tokens[index + 1]
            text = "".join(child.content for child in inline.children or [] if child.type == "text")
            found.append((int(token.tag[1]), text))
    return found


def _tables(tokens: list[Token]) -> list[list[str]]:
    """The header cells of each table."""
    tables: list[list[str]] = []
    in_head = False
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            tables.append([])
        elif token.type == "thead_open":
            in_head = True
        elif token.type == "thead_close":
            in_head = False
        elif in_head and token.type == "th_open":
            tables[-1].append(tokens[index + 1].content)
    return tables


def _expected_actions(convention: dict[str, Any]) -> list[dict[str, Any]]:
    """Actions in document order: by engagement, then objective number, then file order."""
    edition = CATALOGUE["editions"][convention["edition"]]
    engagement = {o["number"]: o["engagement"] for o in edition["objectives"]}
    indexed = list(enumerate(convention["actions"]))
    indexed.sort(
        key=lambda pair: (
            ENGAGEMENT_ORDER.index(engagement[pair[1]["objective"]]),
            pair[1]["objective"],
            pair[0],
        )
    )
    return [action for _, action in indexed]


def _markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path) -> str:
    root = data_repository(tmp_path / "depot", source)
    result = pep(
        capsys, "render", str(root / "data" / "departments" / source.name), "--root", str(root)
    )
    assert result.code == 0, result.err
    return result.out


@pytest.mark.parametrize(
    "source",
    [SHIPPED / "15-cantal-2022.yaml", SHIPPED / "973-guyane-2020.yaml", HOSTILE],
    ids=lambda p: p.stem,
)
def test_headings_and_tables_follow_the_convention(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    convention = _yaml(source)
    edition = CATALOGUE["editions"][convention["edition"]]
    tokens = _parse(_markdown(tmp_path, capsys, source))
    headings = _headings(tokens)
    start, end = convention["period"]["start"], convention["period"]["end"]
    title = (
        convention.get("title")
        or edition.get("title")
        or (f"{edition['document'].capitalize()} de prévention et de protection de l’enfance")
    )

    assert headings[0] == (1, f"{title} {start}-{end}")
    assert [text for level, text in headings if level == 1] == [headings[0][1]]
    articles = [text for level, text in headings if level == 2]
    expected_articles = [
        "Préambule",
        "Visas",
        "Article 1 — Objet",
        "Article 2 — Engagements des parties",
        "Article 3 — Actions",
        "Article 4 — Financement",
        "Article 5 — Versement des crédits",
        "Article 6 — Gouvernance et comité de pilotage",
        "Article 7 — Présentation à l’observatoire départemental de la protection de l’enfance",
        "Article 8 — Suivi, évaluation et rapport annuel",
        "Article 9 — Crédits non consommés",
        "Article 10 — Durée",
        "Article 11 — Modification",
        "Article 12 — Résiliation",
        "Article 13 — Règlement des litiges",
        "Signatures",
        "Annexe 1 — Fiches action",
        "Annexe 2 — Tableau de bord des indicateurs",
        "Annexe 3 — Maquette financière",
    ]
    illustrative = "Annexe 4 — Valeurs illustratives" in articles
    if illustrative:
        expected_articles.append("Annexe 4 — Valeurs illustratives")
    expected_articles.append(f"Annexe {5 if illustrative else 4} — Sources")
    assert articles == expected_articles

    def typo(text: str) -> str:
        from pep_cli.render.typography import french_text, space_punctuation

        return space_punctuation(french_text(" ".join(text.split())), "md")

    actions = _expected_actions(convention)
    objectives = {o["number"]: o for o in edition["objectives"]}
    engagements = list(dict.fromkeys(objectives[a["objective"]]["engagement"] for a in actions))
    assert [text for level, text in headings if level == 3] == [
        ("Engagement transverse" if key == "transverse" else f"Engagement {key}")
        + f" — {typo(edition['engagements'][key])}"
        for key in engagements
    ] + [f"Fiche action n° {i} — {typo(a['title'])}" for i, a in enumerate(actions, start=1)]
    numbers = list(dict.fromkeys(a["objective"] for a in actions))
    assert [text for level, text in headings if level == 4] == [
        f"Objectif n° {n}{' (obligatoire)' * (n in edition['required'])} — "
        + typo(objectives[n]["title"])
        for n in numbers
    ]

    tables = _tables(tokens)
    years = [str(y) for y in range(start, end + 1)]
    indicator_header = ["Indicateur", "Unité", "Référence", *years]
    assert tables == [["Source", *years, "Total"]] + [indicator_header] * len(actions) + [
        ["Action", "Indicateur", "Unité", "Référence", *years],
        ["Action", "Source", *years, "Total"],
    ]


def _rows(tokens: list[Token], table: int) -> list[list[str]]:
    """The cells of the ``table``-th table (0 first, -1 last), row by row."""
    starts = [i for i, t in enumerate(tokens) if t.type == "table_open"]
    rows: list[list[str]] = []
    for index in range(starts[table], len(tokens)):
        token = tokens[index]
        if token.type == "table_close":
            break
        if token.type == "tr_open":
            rows.append([])
        elif token.type in ("td_open", "th_open"):
            rows[-1].append(
                "".join(c.content for c in tokens[index + 1].children or [] if c.type == "text")
            )
    return rows


@pytest.mark.parametrize("stem", ["15-cantal-2022", "973-guyane-2020"])
def test_funding_table_gives_every_amount_and_exact_totals(
    stem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pep_cli.french import amount

    source = SHIPPED / f"{stem}.yaml"
    funding = _yaml(source)["funding"]
    labels = CATALOGUE["editions"][_yaml(source)["edition"]]["funding_sources"]
    rows = _rows(_parse(_markdown(tmp_path, capsys, source)), 0)  # article 4: the first table
    years = sorted({year for by_year in funding.values() for year in by_year})
    collectivity = {
        "15": "du Département du Cantal",
        "973": "de la Collectivité territoriale de Guyane",
    }
    labels = {key: label.replace("'", "’") for key, label in labels.items()}
    labels["departement"] = f"Cofinancement {collectivity[_yaml(source)['territory']['code']]}"
    # An amount marked illustrative (illustrative: [funding.etat]) carries a dagger.
    marks = _yaml(source).get("illustrative", [])
    dagger = {key: " †" if {"funding", f"funding.{key}"} & set(marks) else "" for key in labels}
    expected = [
        [
            labels[key],
            *(amount(Decimal(str(funding[key][y]))) + dagger[key] for y in years),
            amount(sum(Decimal(str(v)) for v in funding[key].values())),
        ]
        for key in labels
        if key in funding
    ]
    column_totals = [
        sum(Decimal(str(by_year.get(y, 0))) for by_year in funding.values()) for y in years
    ]
    expected.append(["Total", *(amount(t) for t in column_totals), amount(sum(column_totals))])
    assert rows[1:] == expected


def test_hostile_text_creates_no_markup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    convention = _yaml(HOSTILE)
    tokens = _parse(_markdown(tmp_path, capsys, HOSTILE))
    kinds = {child.type for token in tokens for child in [token, *(token.children or [])]}
    for forbidden in (
        "link_open",
        "image",
        "html_block",
        "html_inline",
        "code_inline",
        "code_block",
        "fence",
        "em_open",
        "s_open",
        "hr",
        "blockquote_open",
        "ordered_list_open",
    ):
        assert forbidden not in kinds, forbidden
    texts = [
        "".join(c.content for c in token.children or [] if c.type in ("text", "softbreak"))
        for token in tokens
        if token.type == "inline"
    ]
    flat = "\n".join(texts)

    def typo(text: str) -> str:  # French quotes, apostrophes and no-break spaces
        from pep_cli.render.typography import french_text, space_punctuation

        return space_punctuation(french_text(text), "md")

    for action in convention["actions"]:
        assert typo(" ".join(action["title"].split())) in flat
        for paragraph in (action.get("description") or "").split("\n\n"):
            assert typo(" ".join(paragraph.split())) in flat
        for indicator in action["indicators"]:
            assert typo(" ".join(indicator["label"].split())) in texts
    for signatory in convention["signatories"]:
        assert typo(signatory["name"]) in flat
    for source in convention["sources"]:
        assert typo(source) in texts
    assert typo(convention["amendments"][0]["summary"]) in flat
