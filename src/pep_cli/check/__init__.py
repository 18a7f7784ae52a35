"""Validation: the engine, the problem value, the rules (one module per rule, in
``rules/``), waivers, baselines, and the reporters that write a run's problems
(``reporters/``, a registry of formats).

May import: ``pep_cli.data`` and the shared helpers. Not ``history`` (a baseline
receives the old revision as a snapshot), ``authoring``, ``render`` or the command line;
never typer or rich.
"""
