"""The signing territories: the 101 départements of the INSEE COG and the collectivités."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, model_validator

from pep_cli.data.behaviour import TerritoriesBehaviour, TerritoryEntryBehaviour
from pep_cli.data.catalogue import _checked
from pep_cli.data.model import SchemaVersion, Text, _Model


class TerritoryEntry(TerritoryEntryBehaviour, _Model):
    # 6AE, 20R: ISO 3166-2 codes of the Collectivité européenne d'Alsace and of Corse.
    code: Annotated[str, Field(pattern=r"^([0-9]{2}|2[AB]|[0-9]{3}|[0-9]{2}M|6AE|20R)$")]
    name: Text
    region: Text | None = None  # None: a collectivité outside any region (Saint-Martin)
    kind: Literal["departement", "collectivite"]
    status: Text | None = None  # "collectivité d'outre-mer régie par l'article 74 …"
    signatory: Text  # the collectivity that signs, with its article: "Département du Cantal"
    ars: Text | None = None  # when the ARS is not "Agence régionale de santé <région>"
    # A collectivité that signs one contract for several départements (67 and 68, 2A and 2B).
    members: list[str] = []  # noqa: RUF012 - pydantic copies field defaults
    since: dt.date | None = None

    @model_validator(mode="after")
    def _named_agency(self) -> TerritoryEntry:
        return _checked(self)


class Territories(TerritoriesBehaviour, _Model):
    schema_version: SchemaVersion
    source: Text
    territories: list[TerritoryEntry]

    @model_validator(mode="after")
    def _unique(self) -> Territories:
        return _checked(self)
