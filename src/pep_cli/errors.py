"""Where errors live and which exit code each one means."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # nothing to report
    PROBLEMS = 1  # problems found in the data (or warnings under --strict)
    USAGE = 2  # bad command line, configuration, or no data repository
    INTERNAL = 3  # a bug in pep: short message, trace under --debug
    INTERRUPTED = 130


class PepError(Exception):
    """An error the user can fix: printed as is, in French, without a trace."""

    exit_code: ExitCode = ExitCode.PROBLEMS


class UsageError(PepError):
    """Bad arguments, unknown path or edition, no data repository, bad configuration."""

    exit_code = ExitCode.USAGE


class DataError(PepError):
    """The data cannot be used as asked (e.g. rendering an invalid convention)."""

    exit_code = ExitCode.PROBLEMS
