"""Rendering conventions as documents: Markdown, LaTeX and PDF, from Jinja2 templates.

The core of ``pep render``; it knows nothing of the terminal (no typer, no rich).
"""

from __future__ import annotations

from pep_cli.render.renderer import FORMATS, TEMPLATES, Outcome, Renderer, render_conventions

__all__ = ["FORMATS", "TEMPLATES", "Outcome", "Renderer", "render_conventions"]
