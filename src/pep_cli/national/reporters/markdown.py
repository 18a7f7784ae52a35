"""``pep national -f md``: every table of the national view, in Markdown.

Text from the data (names, titles) goes through :func:`pep_cli.escape.md`, so a
convention can never change the structure of the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from pep_cli.escape import md
from pep_cli.national import labels
from pep_cli.national.labels import money, number, rate
from pep_cli.national.measures import legend_and_colours
from pep_cli.national.reporters.base import NationalReporter, Rendering
from pep_cli.national.view import MEASURES, REPORT_STATES, NationalView

if TYPE_CHECKING:
    from pep_cli.national.view import ConventionRef

NB = "\u00a0"  # no-break space, before « : » and the like


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], right: int = 0) -> list[str]:
    """A Markdown table; the last ``right`` columns are aligned right (figures)."""
    align = ["---"] * (len(headers) - right) + ["---:"] * right
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return [*lines, ""]


def names(slugs: Iterable[str], by_slug: dict[str, ConventionRef]) -> str:
    shown = [md(labels.territory(by_slug[s].code, by_slug[s].name)) for s in slugs if s in by_slug]
    return ", ".join(shown) or "—"


def markdown(view: NationalView) -> str:
    by_slug = view.by_slug()
    out = [f"# {labels.TITLE}", ""]
    out.append(
        f"Au {labels.day(view.today)}{NB}; {labels.year_scope(view.year)}{NB}; "
        f"{len(view.conventions)} convention{'s' if len(view.conventions) > 1 else ''}."
    )
    out.append("")
    if view.excluded:
        out.append("Fichiers écartés (illisibles, à corriger avec `pep validate`)" + NB + ":")
        out.append("")
        out += [
            f"- {md(e.path)}:{e.line}:{e.column}{NB}: {md(e.message)} [{e.rule}]"
            for e in view.excluded
        ]
        out.append("")

    out += ["## Conventions", ""]
    out += table(
        ["Territoire", "Édition", "Période", "Statut", "Signée le", "Illustratif", "Erreurs"],
        (
            [
                md(labels.territory(c.code, c.name)),
                md(c.edition),
                f"{c.start}-{c.end}",
                labels.STATUS_LABELS.get(c.status, c.status),
                labels.day(c.signed_on),
                labels.illustrative(c.illustrative),
                str(view.problems.get(c.slug, 0)),
            ]
            for c in view.conventions
        ),
        right=1,
    )
    if any(c.illustrative for c in view.conventions):
        note = labels.ILLUSTRATIVE_NOTE.replace(" :", NB + ":").replace(" ;", NB + ";")
        out += [note.replace("« ", "«" + NB).replace(" »", NB + "»"), ""]

    out += ["## Financement par année et par source", ""]
    out += table(
        [
            "Année",
            "Source",
            "Conventions",
            "Signé",
            "Enveloppe nationale",
            "Part de l’enveloppe",
            "Versé",
            "Consommé",
            "Taux de consommation",
        ],
        (
            [
                str(r.year),
                md(r.label),
                str(r.conventions),
                money(r.signed),
                money(r.envelope),
                rate(r.envelope_share),
                money(r.paid),
                money(r.spent),
                rate(r.consumption),
            ]
            for r in view.funding
        ),
        right=7,
    )
    out += table(
        [
            "Année",
            "Total signé",
            "dont État",
            "Enveloppes",
            "Part des enveloppes",
            "Versé",
            "Consommé",
            "Taux de consommation",
        ],
        (
            [
                str(t.year),
                money(t.signed),
                money(t.state),
                money(t.envelope),
                rate(t.envelope_share),
                money(t.paid),
                money(t.spent),
                rate(t.consumption),
            ]
            for t in view.totals
        ),
        right=7,
    )
    out.append(
        "« dont État »" + NB + ": toutes les sources sauf le co-financement du Département ; "
        "la part de l’enveloppe rapporte le signé à l’enveloppe nationale de l’année, le taux "
        "de consommation rapporte le consommé au versé."
    )
    out.append("")
    for source in view.sources:
        out.append(f"- {md(source)}")
    if view.sources:
        out.append("")

    out += ["## Financement par territoire", ""]
    sources = sorted({s for t in view.territories for s in t.by_source})
    out += table(
        ["Territoire", "Période", *sources, "Total signé", "Versé", "Consommé"],
        (
            [
                md(labels.territory(t.convention.code, t.convention.name)),
                f"{t.convention.start}-{t.convention.end}",
                *[money(t.by_source.get(s)) for s in sources],
                money(t.signed),
                money(t.paid),
                money(t.spent),
            ]
            for t in view.territories
        ),
        right=len(sources) + 3,
    )

    out += ["## Objectifs retenus", ""]
    for matrix in view.matrices:
        out += [f"### Édition {md(matrix.edition)} — {md(matrix.label)}", ""]
        uptake = [o for o in view.objectives if o.edition == matrix.edition]
        out += table(
            ["N°", "Objectif", "Nature", "Conventions", "Territoires"],
            (
                [
                    str(o.number) + (" (obligatoire)" if o.required else ""),
                    md(o.title),
                    o.kind,
                    str(o.count),
                    names(o.conventions, by_slug),
                ]
                for o in uptake
            ),
        )
        out.append(f"Territoires × objectifs (nombre d’actions par objectif ; * obligatoire){NB}:")
        out.append("")
        headers = [f"{n}{'*' if n in matrix.required else ''}" for n in matrix.numbers]
        out += table(
            ["Territoire", *headers],
            (
                [
                    md(labels.territory(row.convention.code, row.convention.name)),
                    *[
                        str(row.objectives[n]) if n in row.objectives else ""
                        for n in matrix.numbers
                    ],
                ]
                for row in matrix.rows
            ),
            right=len(headers),
        )

    out += ["## Signatures", ""]
    out += table(
        [
            "Édition",
            "Échéance",
            "Projets",
            "Signées",
            "Closes",
            "En retard",
            "Territoires en retard",
        ],
        (
            [
                md(s.edition),
                labels.day(s.deadline),
                str(s.counts["draft"]),
                str(s.counts["signed"]),
                str(s.counts["closed"]),
                str(len(s.late)),
                names(s.late, by_slug),
            ]
            for s in view.signatures
        ),
    )

    out += [f"## Rapports annuels, au {labels.day(view.today)}", ""]
    if view.reports:
        out += table(
            [
                "Exercice",
                "Attendus",
                *[labels.REPORT_STATE_LABELS[s].capitalize() for s in REPORT_STATES],
            ],
            (
                [str(r.year), str(r.expected), *[str(r.counts[s]) for s in REPORT_STATES]]
                for r in view.reports
            ),
            right=len(REPORT_STATES) + 1,
        )
        for r in view.reports:
            for state in ("missing", "late", "adopted_late"):
                if r.conventions.get(state):
                    out.append(
                        f"- {r.year}, {labels.REPORT_STATE_LABELS[state]}{NB}: "
                        f"{names(r.conventions[state], by_slug)}"
                    )
        out.append("")
    else:
        out += ["Aucun rapport annuel attendu (aucune convention signée).", ""]

    out += ["## Résultats des indicateurs nationaux", ""]
    if view.national_indicators == 0:
        out += [labels.NO_NATIONAL_INDICATORS, ""]
    elif not view.results:
        out += ["Aucune convention ne renseigne d’indicateur national.", ""]
    else:
        out += table(
            [
                "Code",
                "Indicateur",
                "Année",
                "Conventions",
                "Avec résultat",
                "Cibles",
                "Résultats",
                "Cibles atteintes",
                "Atteinte min.",
                "médiane",
                "max.",
            ],
            (
                [
                    md(r.code),
                    md(r.label),
                    str(r.year),
                    str(len(r.conventions)),
                    str(r.reporting),
                    number(r.targets),
                    number(r.results),
                    str(r.reached),
                    rate(r.achievement.minimum if r.achievement else None),
                    rate(r.achievement.median if r.achievement else None),
                    rate(r.achievement.maximum if r.achievement else None),
                ]
                for r in view.results
            ),
            right=8,
        )
    free = view.free_indicators
    out += [
        f"Indicateurs sans code national{NB}: {free.indicators}, dont {free.with_target} avec "
        f"cible et {free.with_result} avec résultat ({labels.year_scope(view.year)}) ; "
        "ils sont comptés, pas additionnés.",
        "",
    ]

    year = f" {view.map.year}" if view.map.year is not None else ""
    out += [f"## Carte{NB}: {MEASURES[view.map.measure]}{year}", ""]
    _, coloured = legend_and_colours(view.map)
    shown = [c for c in coloured if c.entry.conventions]
    out += table(
        ["Code", "Territoire", "Valeur"],
        ([c.entry.code, md(c.entry.name), c.text] for c in shown),
        right=1,
    )
    without = len(coloured) - len(shown)
    out += [f"{without} territoires sans convention{year and ' couvrant' + year}.", ""]
    out += [f"_{labels.MAP_CREDIT}._", ""]
    return "\n".join(out).rstrip("\n") + "\n"


class MarkdownReporter(NationalReporter):
    name = "md"
    extension = "md"
    description = "Markdown : tous les tableaux"

    def render(self, view: NationalView, rendering: Rendering) -> str:
        return markdown(view)
