"""The skeleton of a new convention, written by ``pep new``.

The skeleton is valid YAML and matches the schema, so ``pep validate`` runs
every rule on it and reports only what a person must decide:

- ``indicator-targets``: each action's indicator has no target yet (one
  problem per action);
- ``min-optional``: the optional objectives are not chosen yet (editions that
  ask for a minimum, such as 2022).

Everything else is filled from the catalogue and data/territories.yaml, or
left at a neutral value that a comment asks to replace (indicator labels
"À compléter", amounts at 0). The text is built here rather than dumped by a
YAML library so that the comments sit where an analyst needs them; every
string goes through :func:`quoted`, so the file always reads back as written.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.territories import Territories, TerritoryEntry

# The rules that fire on a fresh skeleton, by design (README: « Créer une convention »).
HUMAN_INPUT_RULES = ("indicator-targets", "min-optional")

TO_FILL = "À compléter"
_DEPARTEMENT = "Département "
_COMMENT_COLUMN = 30


def quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar (JSON escapes are valid YAML escapes)."""
    return json.dumps(text, ensure_ascii=False)


def of_territory(entry: TerritoryEntry) -> str | None:
    """``"du Cantal"``, ``"de l'Ain"``, ``"des Hauts-de-Seine"``: read from the signatory.

    data/territories.yaml writes each signatory with its article
    ("Département du Cantal"); that phrase is the only reliable source for the
    French preposition and article, so territories whose signatory is not a
    Département (Corse, Alsace, Paris, Martinique, Guyane…) get ``None``.
    """
    if entry.signatory.startswith(_DEPARTEMENT):
        return entry.signatory.removeprefix(_DEPARTEMENT)
    return None


def signatory_role(entry: TerritoryEntry) -> str:
    """``departement`` when a Département signs, else ``collectivite`` (Guyane, Lyon, Corse…)."""
    if entry.kind == "departement" and entry.signatory.startswith(_DEPARTEMENT):
        return "departement"
    return "collectivite"


def signatories(entry: TerritoryEntry) -> list[tuple[str, str]]:
    """The three signatories' roles and offices, or "À compléter" where pep cannot phrase them."""
    phrase = of_territory(entry)
    prefet = (
        f"Le préfet {phrase}"
        if phrase
        else f"{TO_FILL} : le représentant de l'État signataire ({entry.name})"
    )
    ars = "Le directeur général de l'" + entry.ars_name[:1].lower() + entry.ars_name[1:]
    if phrase:
        collectivity = f"Le président du conseil départemental {phrase}"
    elif entry.signatory.startswith(("Collectivité", "Métropole")):
        collectivity = f"Le président de la {entry.signatory}"
    else:
        collectivity = f"{TO_FILL} : l'exécutif signataire pour la {entry.signatory}"
    return [("prefet", prefet), ("ars", ars), (signatory_role(entry), collectivity)]


def find_territory(territories: Territories, code: str) -> TerritoryEntry | None:
    """The territory of ``code``, tolerant of case and of a missing leading zero ("1", "2a")."""
    wanted = code.strip().upper()
    if wanted.isascii() and wanted.isdigit() and len(wanted) == 1:
        wanted = "0" + wanted
    return territories.by_code.get(wanted)


def territory_suggestion(territories: Territories, code: str) -> str | None:
    """The closest code (or a territory whose name was typed instead of its code)."""
    by_name = {entry.name.casefold(): entry for entry in territories.territories}
    close_names = difflib.get_close_matches(code.strip().casefold(), list(by_name), n=1, cutoff=0.7)
    if close_names:
        entry = by_name[close_names[0]]
        return f"{entry.code} ({entry.name})"
    close_codes = difflib.get_close_matches(code.strip().upper(), list(territories.by_code), n=1)
    if close_codes:
        entry = territories.by_code[close_codes[0]]
        return f"{entry.code} ({entry.name})"
    return None


@dataclass(frozen=True)
class Skeleton:
    """What ``pep new`` is asked for."""

    entry: TerritoryEntry
    edition_name: str
    edition: Edition
    start: int
    end: int

    @property
    def years(self) -> range:
        return range(self.start, self.end + 1)


def _with_comment(line: str, comment: str) -> str:
    return f"{line.ljust(_COMMENT_COLUMN - 1)} # {comment}" if comment else line


def _years_map(years: Iterable[int], value: str) -> str:
    return "{" + ", ".join(f"{year}: {value}" for year in years) + "}"


def _title(skeleton: Skeleton) -> str:
    entry = skeleton.entry
    phrase = of_territory(entry)
    kind = "Contrat départemental" if skeleton.edition.document == "contrat" else "Convention"
    where = phrase or f"— {entry.name}"
    return (
        f"{kind} de prévention et de protection de l'enfance {where}, "
        f"{skeleton.start}-{skeleton.end}."
    )


def render_skeleton(skeleton: Skeleton) -> str:
    """The text of the new convention file."""
    edition = skeleton.edition
    entry = skeleton.entry
    years = list(skeleton.years)
    sources = list(edition.funding_sources)
    zeros = _years_map(years, "0")
    optional = (
        f"au moins {edition.min_optional} objectifs facultatifs distincts"
        if edition.min_optional
        else "les objectifs facultatifs retenus (aucun minimum pour cette édition)"
    )
    lines = [
        f"# {_title(skeleton)}",
        "#",
        f"# Projet créé par « pep new » (édition {skeleton.edition_name} : {edition.reference}).",
        "# À compléter avant signature :",
        "#   - pour chaque action : l'intitulé précis, l'indicateur (libellé, unité),",
        "#     la cible de chaque année et la valeur de référence ;",
        "#   - les financements de chaque action et les totaux signés, en euros, par",
        "#     source et par année (les montants à 0 sont à remplacer ou à retirer) ;",
        f"#   - {optional} : voir « pep catalogue --edition {skeleton.edition_name} » ;",
        "#   - les sources publiques à l'appui des chiffres, et les signataires.",
        "# « pep validate » liste ce qui manque encore ; cherchez aussi « À compléter ».",
        "",
        "schema_version: 1",
        f"territory: {{code: {quoted(entry.code)}, name: {quoted(entry.name)}}}",
        f"edition: {quoted(skeleton.edition_name)}",
        f"period: {{start: {skeleton.start}, end: {skeleton.end}}}",
        _with_comment("status: draft", "draft (projet) ; signed une fois signée, avec signed_on"),
        _with_comment("version: 1", "1 = convention initiale ; +1 à chaque avenant"),
        _with_comment("signatories:", "vérifiez la qualité exacte de chaque signataire"),
    ]
    for role, name in signatories(entry):
        lines.append(f"  - {{role: {role}, name: {quoted(name)}}}")
    lines.append(
        _with_comment("sources: []", "documents publics à l'appui des chiffres, un par ligne")
    )
    lines.append("actions:")
    for number in edition.required:
        objective = edition.by_number[number]
        pmi = ", PMI" if objective.pmi else ""
        label = (
            objective.indicators[0]
            if objective.indicators
            else f"{TO_FILL} : libellé de l'indicateur"
        )
        lines += [
            f"  # Objectif {number} (obligatoire{pmi}) : adaptez l'intitulé à l'action prévue.",
            _with_comment(
                f"  - id: objectif-{number}", "identifiant unique : minuscules, chiffres, tirets"
            ),
            f"    objective: {number}",
            f"    title: {quoted(objective.title)}",
            "    indicators:",
            f"      - label: {quoted(label)}",
            _with_comment("        unit: nombre", "nombre | pourcentage | euros | jours | places"),
            _with_comment(
                "        direction: up", "up : plus haut, mieux ; down : plus bas, mieux (délai)"
            ),
            f"        # baseline: {{year: {skeleton.start - 1}, value: …}}",
            _with_comment("        targets: {}", f"une cible par année : {_years_map(years, '…')}"),
            _with_comment("    funding:", "euros par source et par année"),
        ]
        lines += [f"      {source}: {zeros}" for source in sources]
    lines.append(
        _with_comment("funding:", "totaux signés : la somme des actions, par source et par année")
    )
    lines += [f"  {source}: {zeros}" for source in sources]
    first = skeleton.start
    lines += [
        "# Après la signature, pour le rapport annuel d'exécution (« pep report ») :",
        "# - results (et comments) de chaque indicateur : le résultat constaté de chaque année ;",
        "# - execution : crédits versés (paid) et consommés (spent), par source et par année ;",
        "# - reports : le rapport de chaque exercice, draft puis adopted avec sa date ;",
        "# - illustrative : les valeurs qui ne viennent d'aucune source (ex. [execution]).",
        f"# execution:\n#   {sources[0]}:\n#     {first}: {{paid: 0, spent: 0}}"
        if sources
        else "# execution: {}",
        f"# reports:\n#   {first}: {{status: adopted, adopted_on: {first + 1}-06-15}}",
    ]
    return "\n".join(lines) + "\n"
