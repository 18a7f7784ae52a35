"""The signing territories: the 101 départements of the INSEE COG and the collectivités."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cached_property
from typing import Annotated, Literal

from pydantic import Field, model_validator

from pep_cli.data.model import SchemaVersion, Text, _Model


class TerritoryEntry(_Model):
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
        if self.region is None and self.ars is None:
            raise ValueError(
                f"{self.code} : sans région, le nom de l'agence de santé (ars) est requis"
            )
        return self

    @property
    def ars_name(self) -> str:
        return self.ars or f"Agence régionale de santé {self.region}"


class Territories(_Model):
    schema_version: SchemaVersion
    source: Text
    territories: list[TerritoryEntry]

    @model_validator(mode="after")
    def _unique(self) -> Territories:
        codes = [t.code for t in self.territories]
        repeated = sorted(k for k, times in Counter(codes).items() if times > 1)
        if repeated:
            raise ValueError(f"codes répétés : {repeated}")
        known = set(codes)
        for entry in self.territories:
            unknown = sorted(set(entry.members) - known)
            if unknown:
                raise ValueError(f"{entry.code} : codes membres inconnus {unknown}")
        return self

    @cached_property
    def by_code(self) -> dict[str, TerritoryEntry]:
        return {t.code: t for t in self.territories}
