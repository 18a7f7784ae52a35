"""The national view: every convention of a data repository at once.

- :mod:`~pep_cli.national.view` aggregates (money per source and budget year against the
  national envelopes, objectives taken, signatures and annual reports as of a day, results
  of the indicators that share a national code) into a :class:`NationalView`, plain data;
- :mod:`~pep_cli.national.measures` colours the map (one value and one class per territory);
- :mod:`~pep_cli.national.svgmap` draws the map of France as SVG from the shipped base map
  (``resources/``, svg-maps by Victor Cazanave, CC BY 4.0), overseas as labelled insets;
- :mod:`~pep_cli.national.serialize` gives the documented JSON shape;
- ``reporters/``: the output formats of ``pep national`` (md, json, xlsx, pdf), registered
  in ``REPORTERS``; the terminal tables (rich) belong to the command, not here.

May import: ``pep_cli.api``, ``pep_cli.render`` (the LaTeX pipeline), ``pep_cli.history``,
``pep_cli.check``, ``pep_cli.data`` and the shared helpers; never the command line, typer
or rich.
"""

from __future__ import annotations

from pep_cli.national.view import MEASURES, NationalView, build_view

__all__ = ["MEASURES", "NationalView", "build_view"]
