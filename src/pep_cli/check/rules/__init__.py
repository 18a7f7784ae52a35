"""Every rule, registered here and only here, in the order they are reported in ``pep rules``."""

from __future__ import annotations

from types import ModuleType

from pep_cli.check.rules import (
    duplicate_action,
    duplicate_key,
    edition,
    execution_exceeds_funding,
    file_name,
    funding_source,
    funding_totals,
    indicator_code,
    indicator_targets,
    min_optional,
    national_envelope,
    overlapping_periods,
    period,
    report_consistency,
    report_deadline,
    required_objectives,
    results_period,
    schema,
    signature,
    signature_deadline,
    syntax,
    territory,
    unknown_objective,
    waiver,
)

_MODULES: tuple[ModuleType, ...] = (
    syntax,
    duplicate_key,
    schema,
    territory,
    edition,
    unknown_objective,
    required_objectives,
    min_optional,
    funding_totals,
    funding_source,
    period,
    indicator_targets,
    indicator_code,
    duplicate_action,
    signature,
    signature_deadline,
    report_deadline,
    results_period,
    execution_exceeds_funding,
    report_consistency,
    file_name,
    overlapping_periods,
    national_envelope,
    waiver,
)

RULES: dict[str, ModuleType] = {module.ID: module for module in _MODULES}
# Former names of rules, still accepted in configurations and waivers: old name -> rule id.
ALIASES: dict[str, str] = {
    alias: module.ID for module in _MODULES for alias in getattr(module, "ALIASES", ())
}


def canonical(name: str) -> str:
    """The id of the rule called ``name`` (its own id, or a former name of it)."""
    return ALIASES.get(name, name)


def summary(module: ModuleType) -> str:
    """The first line of a rule's documentation."""
    return (module.__doc__ or "").strip().splitlines()[0]


def suggest(name: str) -> str | None:
    """The closest rule name, for "did you mean"."""
    import difflib

    close = difflib.get_close_matches(name, list(RULES), n=1, cutoff=0.5)
    return close[0] if close else None
