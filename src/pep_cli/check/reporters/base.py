"""What a reporter is: a small class that writes a :class:`Report` to a stream."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar, TextIO

if TYPE_CHECKING:
    from pep_cli.check.engine import Report
    from pep_cli.check.problem import Problem


class Reporter:
    """Writes a report in one format.

    ``color`` only matters to terminal formats; ``strict`` tells formats that
    have a notion of failure (JUnit) that warnings fail too, as the exit code does.
    """

    name: ClassVar[str]
    description: ClassVar[str]

    def __init__(
        self,
        *,
        color: bool = False,
        strict: bool = False,
        quiet: bool = False,
        width: int | None = None,
    ) -> None:
        self.color = color
        self.strict = strict
        # Terminal formats only: ``quiet`` leaves out the summary and the waived problems,
        # ``width`` (a terminal's) wraps messages at word boundaries.
        self.quiet = quiet
        self.width = width

    def write(self, report: Report, stream: TextIO) -> None:
        raise NotImplementedError


def fingerprints(problems: Iterable[Problem]) -> list[str]:
    """A stable identity for each problem, for CI systems that track problems across runs.

    Made of the file, the rule and where the value sits in the document (its
    pointer), not of line numbers or figures: moving lines or changing an
    amount keeps the fingerprint. Problems without a pointer (YAML faults) use
    their message. Identical keys are numbered in order so that each stays unique.
    """
    import hashlib

    seen: dict[tuple[str, str, str], int] = {}
    result = []
    for problem in problems:
        key = (problem.path, problem.rule, problem.pointer or problem.message)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        text = "\x1f".join((*key, str(occurrence)))
        result.append(hashlib.sha256(text.encode("utf-8")).hexdigest())
    return result
