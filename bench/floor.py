"""The floor: a Python process that only composes the files with libyaml's C parser."""

from __future__ import annotations

import sys
from pathlib import Path

from _ruamel_yaml import CParser


class _Composer(CParser):  # type: ignore[misc]
    def descend_resolver(self, parent: object, index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: type, value: object, implicit: object) -> str:
        return "tag:yaml.org,2002:str"


for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    _Composer(path.read_text("utf-8")).get_single_node()
