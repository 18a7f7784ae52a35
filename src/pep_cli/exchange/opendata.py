"""The repository as an open-data package (``pep export --all -f csv -o DOSSIER``).

One CSV file per table (UTF-8, comma-separated, a header line, decimals with a point,
exact), and a ``datapackage.json`` (Frictionless Data Package, each table with its Table
Schema: types, French titles and descriptions, primary and foreign keys), with the licence
(Licence Ouverte 2.0, the licence of French public data) and the sources the conventions
cite. The column names are French, without accents, for every tool to read them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.model import Convention
    from pep_cli.data.repository import DataRepository

LICENSE = {
    "name": "etalab-2.0",
    "title": "Licence Ouverte / Open Licence version 2.0",
    "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Table Schema type: string, integer, number, date, boolean
    title: str
    description: str
    required: bool = False
    enum: tuple[str, ...] = ()

    def schema(self) -> dict[str, Any]:
        field: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "title": self.title,
            "description": self.description,
        }
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if self.type == "number":
            constraints["minimum"] = 0
        if constraints:
            field["constraints"] = constraints
        return field


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()

    def resource(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"fields": [c.schema() for c in self.columns]}
        if self.primary_key:
            schema["primaryKey"] = list(self.primary_key)
        if self.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": list(fields), "reference": {"resource": table, "fields": list(target)}}
                for fields, table, target in self.foreign_keys
            ]
        schema["missingValues"] = [""]
        return {
            "name": self.name,
            "path": f"{self.name}.csv",
            "title": self.title,
            "description": self.description,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": schema,
        }


CONVENTION = Column(
    "convention",
    "string",
    "Convention",
    "Identifiant de la convention : le nom de son fichier, sans extension "
    "(code du territoire, territoire, première année).",
    required=True,
)
ACTION = Column(
    "action", "string", "Action", "Identifiant de l’action dans la convention.", required=True
)
INDICATOR = Column(
    "indicateur",
    "integer",
    "Indicateur",
    "Rang de l’indicateur dans l’action (à partir de 1).",
    required=True,
)
YEAR = Column("annee", "integer", "Année", "Année civile.", required=True)
SOURCE = Column(
    "source",
    "string",
    "Source de financement",
    "Code de la source de financement (etat, fir, ondam, departement…).",
    required=True,
)
SOURCE_LABEL = Column(
    "libelle_source", "string", "Libellé de la source", "Libellé de la source de financement."
)
ILLUSTRATIVE = Column(
    "illustratif",
    "boolean",
    "Valeur illustrative",
    "true : la valeur ne vient pas d’une source publiée (complétée à titre d’illustration).",
)
TO_CONVENTION = ((("convention",), "conventions", ("convention",)),)

TABLES = (
    Table(
        "conventions",
        "Conventions",
        "Une ligne par convention (ou contrat) entre l’État, l’agence régionale de santé et le "
        "département.",
        (
            CONVENTION,
            Column("fichier", "string", "Fichier", "Chemin du fichier YAML dans le dépôt."),
            Column(
                "code_territoire",
                "string",
                "Code du territoire",
                "Code officiel géographique (Insee) du département ou de la collectivité.",
                required=True,
            ),
            Column("territoire", "string", "Territoire", "Nom du territoire.", required=True),
            Column(
                "edition",
                "string",
                "Édition",
                "Édition du cadre national (2020, 2021, 2022…).",
                required=True,
            ),
            Column("intitule_edition", "string", "Intitulé de l’édition", "Intitulé de l’édition."),
            Column("debut", "integer", "Début", "Première année de la convention.", required=True),
            Column("fin", "integer", "Fin", "Dernière année de la convention.", required=True),
            Column(
                "statut",
                "string",
                "Statut",
                "draft (projet), signed (signée) ou closed (close).",
                required=True,
                enum=("draft", "signed", "closed"),
            ),
            Column(
                "version",
                "integer",
                "Version",
                "1 pour la convention initiale, plus 1 à chaque avenant.",
                required=True,
            ),
            Column("date_signature", "date", "Date de signature", "Date de signature."),
        ),
        primary_key=("convention",),
    ),
    Table(
        "actions",
        "Actions",
        "Une ligne par action d’une convention, avec l’objectif national qu’elle sert.",
        (
            CONVENTION,
            ACTION,
            Column(
                "objectif",
                "integer",
                "Objectif",
                "Numéro de l’objectif dans l’édition.",
                required=True,
            ),
            Column(
                "intitule_objectif",
                "string",
                "Intitulé de l’objectif",
                "Intitulé officiel de l’objectif (catalogue de l’édition).",
            ),
            Column("intitule", "string", "Intitulé", "Intitulé de l’action.", required=True),
            Column("description", "string", "Description", "Description de l’action."),
        ),
        primary_key=("convention", "action"),
        foreign_keys=TO_CONVENTION,
    ),
    Table(
        "indicateurs",
        "Indicateurs",
        "Une ligne par indicateur de suivi d’une action.",
        (
            CONVENTION,
            ACTION,
            INDICATOR,
            Column("libelle", "string", "Libellé", "Libellé de l’indicateur.", required=True),
            Column(
                "code",
                "string",
                "Indicateur national",
                "Code de l’indicateur national du catalogue, le cas échéant.",
            ),
            Column(
                "unite",
                "string",
                "Unité",
                "nombre, pourcentage, euros, jours ou places.",
                required=True,
            ),
            Column(
                "sens",
                "string",
                "Sens",
                "up : plus haut est mieux ; down : plus bas est mieux.",
                enum=("up", "down"),
            ),
            Column(
                "annee_reference",
                "integer",
                "Année de référence",
                "Année de la valeur de référence.",
            ),
            Column("valeur_reference", "number", "Valeur de référence", "Valeur de référence."),
        ),
        primary_key=("convention", "action", "indicateur"),
        foreign_keys=((("convention", "action"), "actions", ("convention", "action")),),
    ),
    Table(
        "cibles_resultats",
        "Cibles et résultats",
        "Une ligne par indicateur, année et nature : la cible fixée ou le résultat constaté.",
        (
            CONVENTION,
            ACTION,
            INDICATOR,
            YEAR,
            Column(
                "nature",
                "string",
                "Nature",
                "cible ou resultat.",
                required=True,
                enum=("cible", "resultat"),
            ),
            Column(
                "valeur", "number", "Valeur", "Valeur, dans l’unité de l’indicateur.", required=True
            ),
            Column("commentaire", "string", "Commentaire", "Commentaire du résultat de l’année."),
            ILLUSTRATIVE,
        ),
        primary_key=("convention", "action", "indicateur", "annee", "nature"),
        foreign_keys=(
            (
                ("convention", "action", "indicateur"),
                "indicateurs",
                ("convention", "action", "indicateur"),
            ),
        ),
    ),
    Table(
        "financements",
        "Financements",
        "Les montants en euros par source et par année : les totaux signés de la convention "
        "(action vide) et la part de chaque action.",
        (
            CONVENTION,
            Column(
                "action",
                "string",
                "Action",
                "Identifiant de l’action ; vide pour le total signé de la convention.",
            ),
            SOURCE,
            SOURCE_LABEL,
            YEAR,
            Column("montant", "number", "Montant (€)", "Montant en euros.", required=True),
            ILLUSTRATIVE,
        ),
        foreign_keys=TO_CONVENTION,
    ),
    Table(
        "execution",
        "Exécution financière",
        "Les crédits versés et consommés, en euros, par source et par année.",
        (
            CONVENTION,
            SOURCE,
            SOURCE_LABEL,
            YEAR,
            Column("verse", "number", "Crédits versés (€)", "Crédits versés dans l’année."),
            Column(
                "consomme", "number", "Crédits consommés (€)", "Crédits consommés dans l’année."
            ),
            ILLUSTRATIVE,
        ),
        primary_key=("convention", "source", "annee"),
        foreign_keys=TO_CONVENTION,
    ),
    Table(
        "rapports",
        "Rapports d’exécution",
        "Le rapport annuel d’exécution de chaque exercice : statut, date d’adoption, synthèse.",
        (
            CONVENTION,
            YEAR,
            Column(
                "statut",
                "string",
                "Statut",
                "draft (projet) ou adopted (adopté).",
                required=True,
                enum=("draft", "adopted"),
            ),
            Column("date_adoption", "date", "Date d’adoption", "Date d’adoption du rapport."),
            Column("synthese", "string", "Synthèse", "Synthèse du rapport."),
        ),
        primary_key=("convention", "annee"),
        foreign_keys=TO_CONVENTION,
    ),
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value).strip()


def _rows(
    stem: str, shown: str, convention: Convention, edition: Edition
) -> Iterator[tuple[str, list[Any]]]:
    from pep_cli.data.illustrative import is_illustrative

    labels = edition.funding_sources
    titles = {o.number: o.title for o in edition.objectives}
    yield (
        "conventions",
        [
            stem,
            shown,
            convention.territory.code,
            convention.territory.name,
            convention.edition,
            edition.label,
            convention.period.start,
            convention.period.end,
            convention.status,
            convention.version,
            convention.signed_on,
        ],
    )
    for action in convention.actions:
        yield (
            "actions",
            [
                stem,
                action.id,
                action.objective,
                titles.get(action.objective),
                action.title,
                action.description,
            ],
        )
        for rank, indicator in enumerate(action.indicators, start=1):
            baseline = indicator.baseline
            yield (
                "indicateurs",
                [
                    stem,
                    action.id,
                    rank,
                    indicator.label,
                    indicator.code,
                    indicator.unit,
                    indicator.direction,
                    baseline.year if baseline else None,
                    baseline.value if baseline else None,
                ],
            )
            comments = indicator.comments
            for nature, field, values in (
                ("cible", "targets", indicator.targets),
                ("resultat", "results", indicator.results),
            ):
                for year, value in sorted(values.items()):
                    yield (
                        "cibles_resultats",
                        [
                            stem,
                            action.id,
                            rank,
                            year,
                            nature,
                            value,
                            comments.get(year) if nature == "resultat" else None,
                            is_illustrative(indicator, field, year, within=(convention, action)),
                        ],
                    )
        for source, amounts in action.funding.items():
            for year, amount in sorted(amounts.items()):
                yield (
                    "financements",
                    [
                        stem,
                        action.id,
                        source,
                        labels.get(source, source),
                        year,
                        amount,
                        is_illustrative(action, "funding", source, year, within=(convention,)),
                    ],
                )
    for source, amounts in convention.funding.items():
        for year, amount in sorted(amounts.items()):
            yield (
                "financements",
                [
                    stem,
                    None,
                    source,
                    labels.get(source, source),
                    year,
                    amount,
                    is_illustrative(convention, "funding", source, year),
                ],
            )
    for source, by_year in convention.execution.items():
        for year, entry in sorted(by_year.items()):
            yield (
                "execution",
                [
                    stem,
                    source,
                    labels.get(source, source),
                    year,
                    entry.paid,
                    entry.spent,
                    is_illustrative(convention, "execution", source, year)
                    or any(
                        is_illustrative(entry, name, within=(convention,))
                        for name in ("paid", "spent")
                    ),
                ],
            )
    for year, report in sorted(convention.reports.items()):
        yield "rapports", [stem, year, report.status, report.adopted_on, report.summary]


def build_package(repo: DataRepository, files: list[ConventionFile]) -> dict[str, str]:
    """File name -> content: one CSV per table and ``datapackage.json``."""
    buffers = {table.name: io.StringIO() for table in TABLES}
    writers = {name: csv.writer(buffer, lineterminator="\n") for name, buffer in buffers.items()}
    for table in TABLES:
        writers[table.name].writerow([c.name for c in table.columns])
    sources: dict[str, None] = {}
    for file in sorted(files, key=lambda f: f.path.name):
        convention = file.model
        assert convention is not None
        edition = repo.edition(convention.edition)
        shown = _relative(repo, file.path)
        for name, row in _rows(file.path.stem, shown, convention, edition):
            writers[name].writerow([_cell(v) for v in row])
        for source in convention.sources:
            sources.setdefault(source.strip())
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": "conventions-prevention-protection-enfance",
        "title": "Conventions et contrats de prévention et de protection de l’enfance",
        "description": (
            "Les conventions (et contrats départementaux) signées entre l’État, les agences "
            "régionales de santé et les départements au titre de la Stratégie nationale de "
            "prévention et de protection de l’enfance : actions, indicateurs, cibles et "
            "résultats, financements et exécution. Une valeur qu’aucune source publiée ne "
            "donne est marquée illustratif=true là où la convention le dit."
        ),
        "licenses": [LICENSE],
        "sources": [{"title": source} for source in sources],
        "resources": [table.resource() for table in TABLES],
    }
    contents = {f"{name}.csv": buffer.getvalue() for name, buffer in buffers.items()}
    contents["datapackage.json"] = json.dumps(package, ensure_ascii=False, indent=2) + "\n"
    return contents


def _relative(repo: DataRepository, path: Path) -> str:
    if repo.root is not None:
        try:
            return path.resolve().relative_to(repo.root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def write_package(repo: DataRepository, files: list[ConventionFile], folder: Path) -> list[Path]:
    """Write the package into ``folder`` (each file atomically); the paths written."""
    from pep_cli.fileio import atomic_write

    written = []
    for name, content in build_package(repo, files).items():
        target = folder / name
        atomic_write(target, content, durable=False)  # can be exported again
        written.append(target)
    return written
