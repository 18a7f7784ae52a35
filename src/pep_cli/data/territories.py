"""The signing territories: the 101 départements of the INSEE COG and the collectivités."""

from __future__ import annotations

from collections import Counter
from functools import cached_property
from typing import Annotated, Literal

from pydantic import Field, model_validator

from pep_cli.data.model import Text, _Model


class TerritoryEntry(_Model):
    code: Annotated[str, Field(pattern=r"^([0-9]{2}|2[AB]|[0-9]{3}|[0-9]{2}M)$")]
    name: Text
    region: Text
    kind: Literal["departement", "collectivite"]
    signatory: Text  # the collectivity that signs, with its article: "Département du Cantal"
    ars: Text | None = None  # when the ARS is not "Agence régionale de santé <région>"

    @property
    def ars_name(self) -> str:
        return self.ars or f"Agence régionale de santé {self.region}"


class Territories(_Model):
    schema_version: Literal[1]
    source: Text
    territories: list[TerritoryEntry]

    @model_validator(mode="after")
    def _unique(self) -> Territories:
        codes = [t.code for t in self.territories]
        repeated = sorted(k for k, times in Counter(codes).items() if times > 1)
        if repeated:
            raise ValueError(f"codes répétés : {repeated}")
        return self

    @cached_property
    def by_code(self) -> dict[str, TerritoryEntry]:
        return {t.code: t for t in self.territories}
