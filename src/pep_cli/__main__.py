"""Entry point of ``pep`` and ``python -m pep_cli``."""

from __future__ import annotations


def main() -> None:
    from pep_cli.cli import run

    run()


if __name__ == "__main__":
    main()
