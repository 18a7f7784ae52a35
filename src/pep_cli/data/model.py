"""The convention file, as pydantic v2 models (the data contract, schema_version 1).

Validation runs on the plain data read by :mod:`pep_cli.data.yamlsource`; every
pydantic error is turned into a French message at the position of the
offending value by :func:`schema_problems`.
"""

from __future__ import annotations

import datetime as dt
import difflib
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationError,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError

from pep_cli.data.behaviour import ConventionBehaviour, PeriodBehaviour
from pep_cli.data.yamlsource import Pointer

SCHEMA_VERSION = 1
MAX_AMOUNT = Decimal(10) ** 12  # a thousand billion euros: beyond, a typo


def _money(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise PydanticCustomError(
            "money_type",
            "montant attendu : un nombre en euros, sans espace ni symbole (ex. 600000 ou 1250.50)",
        )
    amount = Decimal(value)
    if not amount.is_finite():
        raise PydanticCustomError("money_finite", "montant non fini (.nan ou .inf) interdit")
    if amount < 0:
        raise PydanticCustomError("money_negative", "montant négatif interdit")
    if amount >= MAX_AMOUNT:
        raise PydanticCustomError(
            "money_huge", "montant démesuré (mille milliards d'euros ou plus)"
        )
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise PydanticCustomError(
            "money_cents", "au plus deux décimales (centimes) pour un montant"
        )
    return amount


def _number(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise PydanticCustomError("number_type", "nombre attendu")
    number = Decimal(value)
    if not number.is_finite():
        raise PydanticCustomError("number_finite", "nombre non fini (.nan ou .inf) interdit")
    if not -MAX_AMOUNT < number < MAX_AMOUNT:  # compared: abs() may overflow (8.1e4000001)
        raise PydanticCustomError("number_huge", "nombre démesuré")
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        # 1e-5000 is a number, but no indicator is counted to the 5000th decimal (and writing it
        # out would take 5000 digits).
        raise PydanticCustomError(
            "number_precision", f"au plus {MAX_DECIMALS} décimales pour une valeur d'indicateur"
        )
    return number


MAX_DECIMALS = 6


def _no_number(value: Any) -> Any:
    # pydantic would read a number as seconds since 1970: "signed_on: 0" is not 1 January 1970.
    if isinstance(value, int | float | Decimal):
        raise PydanticCustomError("date_type", "date attendue au format AAAA-MM-JJ")
    return value


def _year(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        raise PydanticCustomError("year", "année attendue (ex. 2022)")
    return value


def _format_version(value: Any) -> Any:
    # « true » equals 1 for Python, not for a reader of the file.
    if isinstance(value, bool) or not isinstance(value, int):
        written = str(value).lower() if isinstance(value, bool) else value
        raise PydanticCustomError(
            "schema_version",
            "version du format « {written} » non admise : 1 attendu",
            {"written": written},
        )
    return value


# The version of a data file's format: the integer 1, never true or "1".
SchemaVersion = Annotated[Literal[1], BeforeValidator(_format_version)]


Money = Annotated[
    Decimal,
    PlainValidator(_money),
    WithJsonSchema(
        {"type": "number", "minimum": 0, "multipleOf": 0.01, "description": "Montant en euros"}
    ),
]
Number = Annotated[
    Decimal,
    PlainValidator(_number),
    WithJsonSchema({"type": "number", "description": "Valeur numérique"}),
]
Year = Annotated[
    int,
    PlainValidator(_year),
    WithJsonSchema({"type": "integer", "minimum": 1900, "maximum": 2200, "description": "Année"}),
]
Text = Annotated[str, Field(min_length=1)]
Date = Annotated[dt.date, BeforeValidator(_no_number)]
ByYear = dict[Year, Money]

Status = Literal["draft", "signed", "closed"]
# etat: a member of the government (a lettre d'intention); justice, education: the
# co-signers the 2023 instruction allows.
Role = Literal["prefet", "ars", "departement", "collectivite", "etat", "justice", "education"]
Unit = Literal["nombre", "pourcentage", "euros", "jours", "places"]
Direction = Literal["up", "down"]
ReportStatus = Literal["draft", "adopted"]
IDENTIFIER = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _mark(value: Any) -> bool | list[str]:
    if isinstance(value, bool):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
        return list(value)
    raise PydanticCustomError(
        "illustrative_type",
        "true, ou la liste des champs illustratifs, attendu (ex. [targets, results])",
    )


# The illustrative mark: true (the whole block), or the fields of the block that are
# illustrative, as dotted paths (``results``, ``results.2023``, ``execution.fir``).
Mark = Annotated[
    bool | list[str],
    PlainValidator(_mark),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "boolean"},
                {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
            ],
            "description": (
                "Valeurs illustratives (non tirées d'une source) : true pour tout le bloc, ou la "
                "liste des champs concernés (ex. [targets, results], [results.2023], "
                "[execution.fir])"
            ),
        }
    ),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False, str_strip_whitespace=False)


class _Marked(_Model):
    """A block that may carry the ``illustrative:`` mark (declared last by each subclass)."""

    @field_validator("illustrative", check_fields=False)
    @classmethod
    def _known_fields(cls, value: bool | list[str]) -> bool | list[str]:
        if isinstance(value, bool):
            return value
        allowed = markable_fields(cls)
        for entry in value:
            parts = entry.split(".")
            if parts[0] not in allowed or not all(parts):
                close = difflib.get_close_matches(parts[0], sorted(allowed), n=1, cutoff=0.6)
                own = [n for n in cls.model_fields if n not in ("illustrative", "schema_version")]
                hint = (
                    f"vouliez-vous dire « {close[0]} » ?"
                    if close and close[0] != parts[0]
                    else "champs de ce bloc : " + ", ".join(own)
                )
                raise PydanticCustomError(
                    "illustrative_field",
                    "« {entry} » ne désigne aucun champ dans illustrative ; {hint}",
                    {"entry": entry, "hint": hint},
                )
        return value


def markable_fields(model: type[BaseModel]) -> frozenset[str]:
    """The names an ``illustrative:`` list of ``model`` may start with: its fields and those
    of the blocks nested in it (a mark on an action may name its indicators' ``results``)."""
    found: set[str] = set()
    pending: list[type[BaseModel]] = [model]
    seen: set[type[BaseModel]] = set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        for name, info in current.model_fields.items():
            if name in ("illustrative", "schema_version"):
                continue
            found.add(name)
            pending.extend(_nested_models(info.annotation))
    return frozenset(found)


def _nested_models(annotation: Any) -> list[type[BaseModel]]:
    import typing

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _nested_models(arg)]


class Territory(_Model):
    code: Annotated[str, Field(description='Code INSEE du territoire, entre guillemets (ex. "15")')]
    name: Annotated[
        Text, Field(description="Nom du territoire, tel que dans data/territories.yaml")
    ]


class Period(PeriodBehaviour, _Model):
    start: Annotated[Year, Field(description="Première année de la convention")]
    end: Annotated[Year, Field(description="Dernière année de la convention")]


class Signatory(_Model):
    role: Annotated[Role, Field(description="Qualité du signataire")]
    name: Annotated[Text, Field(description="Nom (ou, à défaut, fonction) du signataire")]
    title: Annotated[
        Text | None, Field(description="Fonction du signataire (ex. « préfète de la Creuse »)")
    ] = None
    delegation: Annotated[
        bool, Field(description="Signe par délégation (ex. délégation territoriale de l'ARS)")
    ] = False


class LetterOfIntent(_Model):
    signed_on: Annotated[Date, Field(description="Date de signature de la lettre d'intention")]
    signatories: Annotated[
        list[Signatory], Field(min_length=1, description="Signataires de la lettre d'intention")
    ]


class Cofinancer(_Model):
    name: Annotated[Text, Field(description="Cofinanceur hors crédits de la contractualisation")]
    action: Annotated[str | None, Field(description="Identifiant de l'action cofinancée")] = None
    amounts: Annotated[ByYear, Field(description="Montants par année, s'ils sont connus")] = {}


class Baseline(_Model):
    year: Annotated[Year, Field(description="Année de la valeur de référence")]
    value: Annotated[Number, Field(description="Valeur de l'indicateur cette année-là")]


class Indicator(_Marked):
    label: Annotated[Text, Field(description="Libellé de l'indicateur")]
    code: Annotated[
        str | None,
        Field(
            pattern=IDENTIFIER,
            description="Code d'un indicateur national du catalogue (indicators), s'il y en a un",
        ),
    ] = None
    unit: Annotated[Unit, Field(description="Unité de mesure")]
    direction: Annotated[
        Direction,
        Field(
            description=(
                "Sens de progression : up (plus haut, mieux ; par défaut) ou down (plus bas, "
                "mieux : un délai)"
            )
        ),
    ] = "up"
    baseline: Annotated[Baseline | None, Field(description="Valeur de référence")] = None
    targets: Annotated[dict[Year, Number], Field(description="Cible de chaque année de la période")]
    results: Annotated[
        dict[Year, Number], Field(description="Résultats constatés, pour le rapport annuel")
    ] = {}
    comments: Annotated[
        dict[Year, Text], Field(description="Commentaire du résultat d'une année, pour le rapport")
    ] = {}
    illustrative: Mark = False


class Action(_Marked):
    id: Annotated[str, Field(pattern=IDENTIFIER, description="Identifiant unique dans le fichier")]
    objective: Annotated[int, Field(strict=True, description="Numéro de l'objectif dans l'édition")]
    title: Annotated[Text, Field(description="Intitulé de l'action")]
    description: Annotated[str | None, Field(description="Description de l'action")] = None
    indicators: Annotated[list[Indicator], Field(min_length=1, description="Indicateurs de suivi")]
    funding: Annotated[
        dict[str, ByYear], Field(description="Financement de l'action, par source et par année")
    ] = {}
    # The fiche action (cnape.fr): objet (description), public cible, acteurs, calendrier.
    target_group: Annotated[Text | None, Field(description="Public cible de l'action")] = None
    actors: Annotated[list[Text], Field(description="Acteurs concernés")] = []
    schedule: Annotated[Text | None, Field(description="Calendrier de l'action")] = None
    illustrative: Mark = False


class Amendment(_Model):
    version: Annotated[int, Field(strict=True, ge=2, description="Version issue de l'avenant")]
    signed_on: Annotated[Date, Field(description="Date de signature de l'avenant")]
    summary: Annotated[Text, Field(description="Objet de l'avenant")]


class AnnualReport(_Marked):
    """The annual execution report of one exercise (year)."""

    status: Annotated[
        ReportStatus, Field(description="draft (en préparation) ou adopted (arrêté conjointement)")
    ]
    adopted_on: Annotated[
        Date | None, Field(description="Date à laquelle le rapport a été arrêté conjointement")
    ] = None
    summary: Annotated[Text | None, Field(description="Synthèse du rapport")] = None
    illustrative: Mark = False


class Execution(_Marked):
    """Credits of one source in one year: paid (versés) and spent (consommés)."""

    paid: Annotated[Money | None, Field(description="Crédits versés, en euros")] = None
    spent: Annotated[Money | None, Field(description="Crédits consommés, en euros")] = None
    illustrative: Mark = False


class Convention(ConventionBehaviour, _Marked):
    schema_version: Annotated[SchemaVersion, Field(description="Version du format de fichier")]
    territory: Annotated[Territory, Field(description="Territoire signataire : code et nom")]
    edition: Annotated[str, Field(description='Édition du catalogue des objectifs (ex. "2022")')]
    period: Annotated[Period, Field(description="Première et dernière années de la convention")]
    status: Annotated[
        Status, Field(description="draft (projet), signed (signée) ou closed (close)")
    ]
    version: Annotated[int, Field(strict=True, ge=1, description="1 puis +1 à chaque avenant")]
    signed_on: Annotated[Date | None, Field(description="Date de signature")] = None
    signatories: Annotated[list[Signatory], Field(description="Signataires")] = []
    sources: Annotated[
        list[Text], Field(description="Documents publics à l'appui des chiffres")
    ] = []
    actions: Annotated[list[Action], Field(min_length=1, description="Actions de la convention")]
    funding: Annotated[
        dict[str, ByYear], Field(description="Totaux signés, en euros, par source et par année")
    ] = {}
    amendments: Annotated[
        list[Amendment], Field(description="Avenants, du plus ancien au plus récent")
    ] = []
    ends_on: Annotated[
        Date | None,
        Field(description="Échéance anticipée fixée par un texte national (ex. 2023-12-31)"),
    ] = None
    # What the document says beyond the figures.
    title: Annotated[
        Text | None, Field(description="Intitulé du document s'il diffère de celui de l'édition")
    ] = None
    place: Annotated[Text | None, Field(description="Lieu de signature (« Fait à … »)")] = None
    departmental_plan: Annotated[
        Text | None, Field(description="Schéma départemental de protection de l'enfance visé")
    ] = None
    deliberation: Annotated[
        Text | None, Field(description="Délibération de l'assemblée qui approuve le document")
    ] = None
    letter_of_intent: Annotated[
        LetterOfIntent | None, Field(description="Lettre d'intention signée avant le contrat")
    ] = None
    cofinancers: Annotated[
        list[Cofinancer], Field(description="Autres cofinanceurs (DTPJJ, CAF…)")
    ] = []
    execution: Annotated[
        dict[str, dict[Year, Execution]],
        Field(description="Exécution des crédits, par source et par année : versés et consommés"),
    ] = {}
    reports: Annotated[
        dict[Year, AnnualReport],
        Field(description="Rapports annuels d'exécution, par exercice (année)"),
    ] = {}
    illustrative: Mark = False


# --- pydantic errors, in French, at the right position ----------------------------------------

_TYPE_NAMES = {
    "string_type": "texte attendu",
    "int_type": "nombre entier attendu",
    "int_parsing": "nombre entier attendu",
    "int_from_float": "nombre entier attendu",
    "bool_type": "booléen attendu (true ou false)",
    "dict_type": "table attendue (clé: valeur)",
    "list_type": "liste attendue (éléments précédés de « - »)",
    "model_type": "table attendue (clé: valeur)",
    "model_attributes_type": "table attendue (clé: valeur)",
    "date_type": "date attendue au format AAAA-MM-JJ",
    "date_parsing": "date attendue au format AAAA-MM-JJ",
    "date_from_datetime_parsing": "date attendue au format AAAA-MM-JJ",
    "date_from_datetime_inexact": "date sans heure attendue (AAAA-MM-JJ)",
    "none_required": "aucune valeur attendue",
}


def schema_messages(error: Any, allowed: list[str] | None) -> str:
    """A French message for one pydantic error."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    loc = error["loc"]
    if kind == "missing":
        return f"champ obligatoire « {loc[-1]} » absent"
    if kind == "extra_forbidden":
        message = f"clé inconnue « {loc[-1]} »"
        if allowed:
            close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
            if close:
                message += f" ; vouliez-vous dire « {close[0]} » ?"
            else:
                message += " ; clés admises : " + ", ".join(allowed)
        return message
    if kind == "invalid_key":
        # As written in YAML: ~ (null), true/false, 2022...
        written = "~" if value is None else str(value).lower() if isinstance(value, bool) else value
        return f"clé « {written} » invalide : une clé de cette table est un nom (texte)"
    if kind == "literal_error":
        import re

        expected = str(ctx.get("expected", ""))
        choices = re.findall(r"'([^']*)'", expected) or [expected]
        listed = ", ".join(f"« {choice} »" for choice in choices)
        if value is None:
            return f"valeur absente ; valeurs possibles : {listed}"
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
        hint = f" ; vouliez-vous dire « {close[0]} » ?" if close else ""
        return f"valeur « {value} » non admise (valeurs possibles : {listed}){hint}"
    if kind == "string_pattern_mismatch":
        return (
            f"identifiant « {value} » invalide : lettres minuscules, chiffres et tirets "
            "(ex. pmi-bilans-sante)"
        )
    if kind == "string_too_short":
        return "texte vide interdit"
    if kind in ("too_short", "too_long"):
        minimum = ctx.get("min_length")
        if kind == "too_short" and isinstance(value, str):
            return "texte vide interdit"
        if kind == "too_short":
            return f"au moins {minimum} élément{'s' if minimum and minimum > 1 else ''} attendu"
        return "trop d'éléments"
    if kind in ("greater_than_equal", "greater_than"):
        return f"valeur supérieure ou égale à {ctx.get('ge', ctx.get('gt'))} attendue"
    if kind == "date_from_datetime_parsing" and isinstance(value, str):
        return f"« {value} » n'est pas une date valide (format AAAA-MM-JJ)"
    if kind == "string_type" and isinstance(value, int | Decimal) and loc[-1] == "code":
        # 01 is read as the number 1: show the code as written, with its leading zero.
        code = f"{value:02d}" if isinstance(value, int) and 0 <= value < 10 else value
        return f'code à écrire entre guillemets : "{code}" (sinon « 01 » deviendrait 1)'
    if kind in _TYPE_NAMES:
        return _TYPE_NAMES[kind] + _shown(value)
    if kind == "schema_version":  # the message quotes the value as written
        return str(error["msg"])
    if kind.startswith(("money_", "number_", "year", "illustrative_")):
        return str(error["msg"]) + _shown(value)
    return f"valeur invalide ({error['msg']})"


def _shown(value: Any) -> str:
    if isinstance(value, dict | list) or value is None:
        return ""
    text = str(value).lower() if isinstance(value, bool) else str(value)  # as YAML writes it
    return f", trouvé « {text if len(text) <= 40 else text[:37] + '...'} »"


def allowed_keys(model: type[BaseModel], loc: Pointer) -> list[str] | None:
    """The keys admitted by the model that holds ``loc[:-1]`` (for "did you mean")."""
    current: Any = model
    for part in loc[:-1]:
        current = _step(current, part)
        if current is None:
            return None
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return None


def _step(annotation: Any, part: Any) -> Any:
    import typing

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        field = annotation.model_fields.get(str(part))
        return _unwrap(field.annotation) if field else None
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is list and args:
        return _unwrap(args[0])
    if origin is dict and len(args) == 2:
        return _unwrap(args[1])
    return None


def _unwrap(annotation: Any) -> Any:
    import types
    import typing

    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(options) == 1:
            return _unwrap(options[0])
    return annotation


def validate(data: Any) -> tuple[Convention | None, list[tuple[Pointer, str, bool]]]:
    """Validate plain data; return the model or the (pointer, message, at_key) of each error."""
    if not isinstance(data, dict):
        what = (
            "le fichier est vide"
            if data is None
            else "le document est une liste ou une valeur seule"
        )
        return None, [((), f"{what} : une convention (table clé: valeur) est attendue", False)]
    try:
        return Convention.model_validate(data), []
    except ValidationError as exc:
        return None, _merge_misspelt(_schema_errors(exc))


def _merge_misspelt(
    errors: list[tuple[str, Pointer, str, bool]],
) -> list[tuple[Pointer, str, bool]]:
    """A misspelt key is one problem: « clé inconnue « titel » ; vouliez-vous dire
    « title » ? », not that plus « champ obligatoire « title » absent »."""
    missing = {
        (loc[:-1], loc[-1]): i
        for i, (kind, loc, _, _) in enumerate(errors)
        if kind == "missing" and loc
    }
    dropped: set[int] = set()
    found: list[tuple[Pointer, str, bool]] = []
    for kind, loc, message, at_key in errors:
        if kind == "extra_forbidden" and loc:
            names = [str(name) for parent, name in missing if parent == loc[:-1]]
            close = difflib.get_close_matches(str(loc[-1]), names, n=1, cutoff=0.6)
            if close:
                dropped.add(missing[(loc[:-1], close[0])])
                message = (
                    f"clé inconnue « {loc[-1]} » ; vouliez-vous dire « {close[0]} » "
                    "(champ obligatoire absent) ?"
                )
        found.append((loc, message, at_key))
    return [item for index, item in enumerate(found) if index not in dropped]


def _schema_errors(exc: ValidationError) -> list[tuple[str, Pointer, str, bool]]:
    found: list[tuple[str, Pointer, str, bool]] = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        at_key = False
        if loc and loc[-1] == "[key]":
            # pydantic writes a key it cannot use as its repr; the input is the key itself.
            loc, at_key = (*loc[:-2], error["input"]), True
        if error["type"] == "invalid_key":
            loc, at_key = (*loc[:-1], error["input"]), True
        allowed = allowed_keys(Convention, loc) if error["type"] == "extra_forbidden" else None
        if error["type"] == "extra_forbidden":
            at_key = True
        found.append((error["type"], loc, schema_messages(error, allowed), at_key))
    return found
