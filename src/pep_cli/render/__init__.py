"""Rendering conventions as documents: Markdown, LaTeX and PDF, from Jinja2 templates.

The core of ``pep render`` (conventions, drafts of avenants); it knows nothing of the
terminal (no typer, no rich).

May import: ``pep_cli.history``, ``pep_cli.check``, ``pep_cli.data`` and the shared
helpers; not ``authoring`` or the command line.
"""

from __future__ import annotations

from pep_cli.render.renderer import FORMATS, TEMPLATES, Outcome, Renderer, render_conventions

__all__ = ["FORMATS", "TEMPLATES", "Outcome", "Renderer", "render_conventions"]
