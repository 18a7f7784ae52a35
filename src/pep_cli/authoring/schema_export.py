"""The JSON Schema (draft 2020-12) of a convention file, for editors and tools (``pep schema``).

Generated from the pydantic models, so it never drifts from what ``pep
validate`` reads, then completed with what the models leave to the catalogue:
the objective numbers and funding sources of each edition. Without an edition
the schema covers every edition of the catalogue, each file being checked
against its own edition (``if``/``then`` on ``edition``).

The schema helps while typing; ``pep validate`` stays the judge. Some rules
cannot be said in JSON Schema (totals, periods, cross-file rules), and two
things are said more loosely: year keys are text in JSON (``"2022"``, matched
by the pattern ``^[0-9]{4}$``), and amounts carry no ``multipleOf: 0.01``,
which JSON validators test on binary floating-point numbers and would refuse
correct amounts such as 19999.99.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from pep_cli import __version__

if TYPE_CHECKING:
    from pep_cli.data.catalogue import Catalogue, Edition

DIALECT = "https://json-schema.org/draft/2020-12/schema"
YEAR_KEY = "^[0-9]{4}$"

# The models' own names and docstrings are English: what an editor shows is French.
_DEFINITIONS = {
    "Action": ("Action", "Une action de la convention, rattachée à un objectif de l'édition"),
    "Amendment": (
        "Avenant",
        "Un avenant signé, qui fait passer la convention à une nouvelle version",
    ),
    "AnnualReport": (
        "Rapport annuel d'exécution",
        "Le rapport d'un exercice, établi par le Département et arrêté conjointement avec le "
        "préfet et l'ARS",
    ),
    "Execution": (
        "Exécution des crédits",
        "Crédits versés et consommés d'une source une année, en euros",
    ),
    "Baseline": ("Valeur de référence", "Valeur de l'indicateur avant la convention"),
    "Indicator": ("Indicateur", "Un indicateur de suivi, avec une cible par année de la période"),
    "Period": ("Période", "Années couvertes par la convention, bornes comprises"),
    "Signatory": ("Signataire", "Un signataire de la convention"),
    "Territory": ("Territoire", "Le territoire signataire (département ou collectivité)"),
}


class _Generator(GenerateJsonSchema):
    """pydantic's generator, without English titles, with year keys as JSON can write them."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        result = super().dict_schema(schema)
        keys = schema.get("keys_schema")
        if keys is not None and self.generate_inner(keys).get("type") == "integer":
            values = result.pop("additionalProperties", {})
            result.pop("propertyNames", None)
            result["patternProperties"] = {YEAR_KEY: values}
            result["additionalProperties"] = False
        return result


def convention_schema(catalogue: Catalogue, edition: str | None = None) -> dict[str, Any]:
    """The JSON Schema of a convention of ``edition``, or of any edition of ``catalogue``."""
    from pep_cli.data.model import Convention

    generated = Convention.model_json_schema(schema_generator=_Generator)
    _drop(generated, "multipleOf")
    for name, (title, description) in _DEFINITIONS.items():
        generated["$defs"][name].update(title=title, description=description)
    properties = generated["properties"]
    actions = generated["$defs"]["Action"]["properties"]

    editions = {edition: catalogue.editions[edition]} if edition else dict(catalogue.editions)
    sources = {k: v for e in editions.values() for k, v in e.funding_sources.items()}
    _name_sources(properties["funding"], sources)
    _name_sources(actions["funding"], sources)
    _name_sources(properties["execution"], sources, "crédits versés et consommés par année")
    if edition:
        only = editions[edition]
        properties["edition"].update(const=edition)
        actions["objective"].update(enum=_numbers(only))
        title = f"Convention pep, édition {edition} ({only.label})"
        conditions = []
    else:
        properties["edition"].update(enum=list(editions))
        title = "Convention pep (toutes les éditions du catalogue)"
        conditions = [_edition_condition(name, e) for name, e in editions.items()]

    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "title": title,
        "description": (
            "Convention (ou contrat) État–ARS–Département de prévention et de protection de "
            "l'enfance, au format de pep (schema_version 1). Ce schéma aide à la saisie ; "
            "« pep validate » vérifie en plus les totaux, les périodes et les règles entre "
            "fichiers."
        ),
        "$comment": f"Généré par pep {__version__} (pep schema) depuis les modèles et le "
        "catalogue.",
    }
    schema.update({k: v for k, v in generated.items() if k not in ("title", "description")})
    if conditions:
        schema["allOf"] = conditions
    return schema


def _numbers(edition: Edition) -> list[int]:
    return sorted(edition.by_number)


def _name_sources(
    funding: dict[str, Any], sources: dict[str, str], what: str = "montants en euros par année"
) -> None:
    """``funding`` (source -> amounts by year): the allowed sources as properties, labelled."""
    amounts = funding.pop("additionalProperties")
    funding["properties"] = {
        key: {**amounts, "description": f"{label} : {what}"} for key, label in sources.items()
    }
    funding["additionalProperties"] = False


def _edition_condition(name: str, edition: Edition) -> dict[str, Any]:
    """For files of edition ``name``: its objective numbers and its funding sources only."""
    allowed = {"propertyNames": {"enum": list(edition.funding_sources)}}
    return {
        "if": {"properties": {"edition": {"const": name}}, "required": ["edition"]},
        "then": {
            "properties": {
                "funding": allowed,
                "execution": allowed,
                "actions": {
                    "items": {
                        "properties": {"objective": {"enum": _numbers(edition)}, "funding": allowed}
                    }
                },
            }
        },
    }


def _drop(node: Any, keyword: str) -> None:
    if isinstance(node, dict):
        node.pop(keyword, None)
        for value in node.values():
            _drop(value, keyword)
    elif isinstance(node, list):
        for value in node:
            _drop(value, keyword)
