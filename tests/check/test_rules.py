"""Every rule against data-driven cases: real files on disk, the real engine, whole lists compared.

A case is ``tests/rules/<rule-id>/<case>.yaml``, a complete convention file
whose first line(s) declare the problems expected in it, e.g.
``# expect: 12:11 funding-totals, 40:7 funding-totals`` or ``# expect: none``.
Cross-file rules use a case folder that is a whole data repository
(``tests/rules/<rule-id>/<case>/data/departments/*.yaml``), each file with its
own ``# expect:`` line. The (line, column, rule) of every problem found is
compared with the expectation as a whole list, never a subset.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_validate import (
    ENGLISH,
    RULE_CASES,
    RuleCase,
    expectations,
    problems_by_file,
    rule_cases,
    run_case,
)
from pep_cli.check.problem import Problem
from pep_cli.check.rules import RULES

CASES = rule_cases()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_case(case: RuleCase, tmp_path: Path) -> None:
    report = run_case(case, tmp_path)
    found = problems_by_file(report, case.files)
    for file in case.files:
        assert found.pop(file.resolve()) == expectations(file), file.name
    assert found == {}, "problems reported for files outside the case"


def test_every_rule_has_a_failing_and_a_passing_case() -> None:
    failing = {case.rule for case in CASES if not case.passing}
    passing = {case.rule for case in CASES if case.passing}
    assert sorted(set(RULES) - failing) == []
    assert sorted(set(RULES) - passing) == []


def test_case_folders_are_rule_names() -> None:
    folders = {p.name for p in RULE_CASES.iterdir() if p.is_dir()}
    assert folders == set(RULES)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_failing_case_shows_its_own_rule(case: RuleCase) -> None:
    """A failing case of rule X must expect at least one X problem (not only side effects)."""
    if not case.passing:
        assert case.rule in case.rules_expected


def test_cross_file_rules_have_folder_cases() -> None:
    for rule in ("overlapping-periods", "national-envelope"):
        assert RULES[rule].SCOPE == "repository"
        kinds = {(case.is_repository, case.passing) for case in CASES if case.rule == rule}
        assert kinds == {(True, True), (True, False)}


# --- messages: French, with figures, at the right place -------------------------------------


def problems_of(name: str, tmp_path: Path) -> list[Problem]:
    rule, _, case_name = name.partition("/")
    case = RuleCase(rule, RULE_CASES / rule / case_name)
    return run_case(case, tmp_path).problems


def plain(text: str) -> str:
    """French typography uses (narrow) no-break spaces in figures; compare with plain spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_funding_totals_message_gives_both_figures_and_the_difference(tmp_path: Path) -> None:
    problems = problems_of("funding-totals/fail-totals-differ.yaml", tmp_path)
    messages = {(p.line, p.column): p.message for p in problems}
    assert plain(messages[33, 16]) == (
        "etat 2022 : total déclaré 600 000 €, somme des actions 550 000 € "
        "(écart 50 000 €, manque dans les actions)"
    )
    assert plain(messages[33, 44]) == (
        "etat 2024 : total déclaré 550 000 €, somme des actions 600 000 € "
        "(écart 50 000 €, excédent des actions)"
    )
    assert "600\u202f000\xa0€" in messages[33, 16]  # French figures: narrow no-break spaces
    assert plain(messages[31, 19]) == (
        "fir 2022 : les actions prévoient 50 000 € mais le total n'est pas déclaré dans funding.fir"
    )


def test_funding_totals_counts_cents(tmp_path: Path) -> None:
    problems = problems_of("funding-totals/fail-one-cent.yaml", tmp_path)
    assert [plain(p.message) for p in problems] == [
        "etat 2023 : total déclaré 0,31 €, somme des actions 0,30 € "
        "(écart 0,01 €, manque dans les actions)",
        "etat 2024 : total déclaré 300 000,02 €, somme des actions 300 000,03 € "
        "(écart 0,01 €, excédent des actions)",
    ]


def test_schema_suggests_the_key_meant(tmp_path: Path) -> None:
    problems = problems_of("schema/fail-unknown-key-did-you-mean.yaml", tmp_path)
    # One problem for a misspelt key, not « champ obligatoire absent » as well.
    assert [p.message for p in problems] == [
        "clé inconnue « statut » ; vouliez-vous dire « status » (champ obligatoire absent) ?",
    ]
    deep = problems_of("schema/fail-unknown-key-in-indicator.yaml", tmp_path)
    assert [p.message for p in deep] == [
        "clé inconnue « resultats » ; vouliez-vous dire « results » ?"
    ]
    assert [p.pointer for p in deep] == ["actions[6].indicators[0].resultats"]


def test_schema_money_messages(tmp_path: Path) -> None:
    (three,) = problems_of("schema/fail-money-three-decimals.yaml", tmp_path)
    assert (
        three.message == "au plus deux décimales (centimes) pour un montant, trouvé « 100000.005 »"
    )
    strings = problems_of("schema/fail-money-string.yaml", tmp_path)
    assert all(p.message.startswith("montant attendu : un nombre en euros") for p in strings)
    assert "« 600 000 € »" in strings[0].message
    nan_inf = problems_of("schema/fail-money-nan-inf.yaml", tmp_path)
    assert [p.message.split(",")[0] for p in nan_inf] == [
        "montant non fini (.nan ou .inf) interdit"
    ] * 3
    (negative,) = problems_of("schema/fail-money-negative.yaml", tmp_path)
    assert negative.message == "montant négatif interdit, trouvé « -600000 »"


def test_unquoted_territory_code_is_shown_as_written(tmp_path: Path) -> None:
    (problem,) = problems_of("schema/fail-unquoted-territory-code.yaml", tmp_path)
    assert problem.message == 'code à écrire entre guillemets : "01" (sinon « 01 » deviendrait 1)'


def test_schema_messages_for_keys_and_empty_values(tmp_path: Path) -> None:
    keys = problems_of("schema/fail-non-text-keys.yaml", tmp_path)
    assert [p.message for p in keys] == [
        "clé « true » invalide : une clé de cette table est un nom (texte)",
        "clé « ~ » invalide : une clé de cette table est un nom (texte)",
        "clé « 2022 » invalide : une clé de cette table est un nom (texte)",
    ]
    empty = problems_of("schema/fail-empty-texts.yaml", tmp_path)
    assert [p.message for p in empty] == ["texte vide interdit", "texte vide interdit"]
    nulls = problems_of("schema/fail-null-values.yaml", tmp_path)
    assert (
        nulls[0].message == "valeur absente ; valeurs possibles : « draft », « signed », « closed »"
    )


def test_syntax_messages_name_the_fault(tmp_path: Path) -> None:
    def message(name: str) -> str:
        (problem,) = problems_of(f"syntax/{name}.yaml", tmp_path)
        return problem.message

    assert message("fail-tab-indentation") == (
        "YAML invalide : tabulation interdite en YAML : indentez avec des espaces"
    )
    assert message("fail-two-documents") == (
        "YAML invalide : un seul document YAML est attendu par fichier"
    )
    assert (
        message("fail-unclosed-quote") == "YAML invalide : guillemet ouvert ici et jamais refermé"
    )
    assert message("fail-non-utf8") == (
        "octet 0xE0 invalide en UTF-8 : le fichier doit être encodé en UTF-8"
    )
    assert "bombe d'alias" in message("fail-alias-bomb")
    assert message("fail-deep-nesting") == "imbrication trop profonde (plus de 200 niveaux)"


def test_other_messages(tmp_path: Path) -> None:
    (missing,) = problems_of("required-objectives/fail-2022-missing-9.yaml", tmp_path)
    assert missing.message == (
        "objectif obligatoire n° 9 sans action : « Garantir l'accompagnement de tous les enfants "
        "protégés en situation de handicap »"
    )
    (duplicate,) = problems_of("duplicate-key/fail-funding-source.yaml", tmp_path)
    assert (
        duplicate.message
        == "clé « etat » répétée dans la même table (première occurrence ligne 22)"
    )
    (late,) = problems_of("signature-deadline/fail-2020-late.yaml", tmp_path)
    assert late.level == "warning"
    assert late.message == (
        "signée le 4 novembre 2020, 20 jours après l'échéance du 15 octobre 2020 "
        "fixée pour l'édition 2020"
    )
    case = RuleCase("national-envelope", RULE_CASES / "national-envelope" / "fail-over")
    over = run_case(case, tmp_path).problems
    assert {plain(p.message) for p in over} == {
        "les conventions de l'édition 2020 totalisent 50 000 000,01 € de « etat » pour "
        "l'année budgétaire 2020, au-delà de l'enveloppe nationale de 50 000 000 € "
        f"(édition 2020 ; dépassement 0,01 €) ; cette convention y compte pour {share}"
        for share in ("30 000 000 €", "20 000 000,01 €")
    }


def test_every_message_is_french(tmp_path: Path) -> None:
    english = []
    for case in CASES:
        for problem in run_case(case, tmp_path).problems:
            if ENGLISH.search(problem.message):
                english.append(f"{case.name}: {problem.message}")
    assert english == []
