"""Entry point of ``pep`` and ``python -m pep_cli``."""

from __future__ import annotations


def main() -> None:
    import sys

    from pep_cli.helpcache import show

    if show(sys.argv[1:]):  # a help screen kept from an earlier run: no typer to import
        sys.exit(0)
    from pep_cli.quick import try_quick

    try_quick(sys.argv[1:])  # plain validate, fmt and import: exits there, without typer
    from pep_cli.cli import run

    run()


if __name__ == "__main__":
    main()
