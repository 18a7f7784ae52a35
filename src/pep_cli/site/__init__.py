"""``pep site``: the static site of a data repository, for GitLab or GitHub Pages.

The national dashboard (map, chart, tables), a page per convention (its text, its current
problems, its git history, its annual reports) and a page per annual report, in French,
offline (the little CSS and JavaScript it needs ship in ``assets/``), accessible (landmarks,
headings, table headers, text alternatives, keyboard), with stable addresses
(``conventions/15-cantal-2022/``). The HTML templates (``templates/``) are Jinja2 with
HTML autoescape: data is text, never markup.

A package of its own, above ``national``: it puts together the national view, the
convention documents of ``render`` and the history of ``history``.

May import: ``pep_cli.national``, ``pep_cli.api``, ``pep_cli.render``, ``pep_cli.history``,
``pep_cli.check``, ``pep_cli.data`` and the shared helpers; never the command line, typer
or rich.
"""

from __future__ import annotations

from pep_cli.site.builder import SiteResult, build_site

__all__ = ["SiteResult", "build_site"]
