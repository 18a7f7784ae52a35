"""pep's problems as LSP diagnostics: same line, column, rule, level and message.

A problem points at the start of a value (or key); the diagnostic spans that token, so
that editors underline the value rather than one character. A problem lifted by a
waiver stays visible as a hint, « levé : raison », as ``pep validate`` prints it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from pep_cli.lsp.buffer import Buffer

if TYPE_CHECKING:
    from pep_cli.check.problem import Problem

SOURCE = "pep"
_SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning}


def token_end(text: str, start: int) -> int:
    """The end of the YAML token that starts at ``start`` on this line (at least one char)."""
    if start >= len(text):
        return start
    if text[start] in "\"'":
        close = text.find(text[start], start + 1)
        return close + 1 if close > 0 else len(text)
    if text[start] in "{[":
        return start + 1
    end = start
    while end < len(text):
        char = text[end]
        if char in ",{}[]" or (char == "#" and end > start and text[end - 1] in " \t"):
            break
        if char == ":" and (end + 1 == len(text) or text[end + 1] in " \t"):
            break
        end += 1
    while end > start + 1 and text[end - 1] in " \t":
        end -= 1
    return max(end, start + 1)


def to_diagnostic(problem: Problem, buffer: Buffer) -> types.Diagnostic:
    line = max(problem.line - 1, 0)
    column = max(problem.column - 1, 0)
    text = buffer.line(line)
    end = token_end(text, column) if column < len(text) else column
    message = problem.message
    if problem.waived is not None:
        severity = types.DiagnosticSeverity.Hint
        message += f" (levé : {problem.waived or 'sans raison'})"
    else:
        severity = _SEVERITY.get(problem.level, types.DiagnosticSeverity.Error)
    return types.Diagnostic(
        range=buffer.range(line, column, line, end),
        message=message,
        severity=severity,
        code=problem.rule,
        source=SOURCE,
        data={"pointer": problem.pointer, "waived": problem.waived is not None},
    )


def usage_diagnostic(message: str) -> types.Diagnostic:
    """A usage error (configuration, catalogue) that stops validation, shown on line 1."""
    return types.Diagnostic(
        range=types.Range(
            start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)
        ),
        message=f"validation impossible : {message}",
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )
