"""``pep national -f json``: the documented shape of :mod:`pep_cli.national.serialize`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from pep_cli.national.reporters.base import NationalReporter, Rendering
from pep_cli.national.serialize import to_data

if TYPE_CHECKING:
    from pep_cli.national.view import NationalView


class JsonReporter(NationalReporter):
    name = "json"
    extension = "json"
    description = "JSON aux clés stables (documentées)"

    def render(self, view: NationalView, rendering: Rendering) -> str:
        return json.dumps(to_data(view), ensure_ascii=False, indent=2) + "\n"
