"""openpyxl, imported without numpy.

openpyxl imports numpy whenever it is installed (matplotlib brings it), only so that numpy's
number types are accepted in cells. pep puts none there (int, Decimal, str, dates), and
numpy costs a tenth of a second at start-up, a tenth of ``pep import``. So openpyxl is
imported once with numpy masked; numpy stays importable afterwards for whatever needs it.
"""

from __future__ import annotations

import sys
from typing import Any


def openpyxl() -> Any:
    """The ``openpyxl`` module; its first import does not pull numpy in."""
    if "openpyxl" in sys.modules or "numpy" in sys.modules:
        import openpyxl as module

        return module
    sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" now fails
    try:
        import openpyxl as module
    finally:
        if sys.modules.get("numpy", ...) is None:
            del sys.modules["numpy"]
    return module
