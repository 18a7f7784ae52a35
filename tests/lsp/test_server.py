"""``pep lsp`` end to end: the installed server, a real LSP client over stdio (pytest-lsp).

Each test starts the server on a copy of the shipped conventions, opens documents as an
editor does and checks what comes back against what ``pep validate`` says of the same text.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from helpers_lsp import (
    PEP,
    Editor,
    active,
    apply_edits,
    convention,
    expected_diagnostics,
    initialize_params,
    make_repository,
    rules_of,
    seen,
    validate_json,
    wait_until,
)
from pep_cli.data.model import Action, Convention
from pep_cli.french import amount

pytestmark = pytest.mark.asyncio


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repository(tmp_path / "depot")


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[str(PEP), "lsp"]))
async def client(lsp_client: LanguageClient, repo: Path) -> AsyncIterator[None]:
    await lsp_client.initialize_session(initialize_params(repo))
    yield
    await lsp_client.shutdown_session()


@pytest.fixture
def editor(client: LanguageClient) -> Editor:
    return Editor(client)


PLANTED = {
    # a total that the actions do not make, an objective the edition does not have, an
    # action identifier used twice
    "  fir: {2022: 100000,": "  fir: {2022: 100500,",
    "    objective: 25\n": "    objective: 99\n",
    "  - id: parrainage\n": "  - id: crip\n",
}


def _planted(repo: Path) -> str:
    text = convention(repo).read_text(encoding="utf-8")
    for old, new in PLANTED.items():
        assert old in text
        text = text.replace(old, new, 1)
    return text


async def test_open_gives_the_diagnostics_of_pep_validate(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    text = _planted(repo)
    convention(repo).write_text(text, encoding="utf-8")  # for the command line to see it too
    uri = editor.open(convention(repo))
    diagnostics = await wait_until(lambda: client.diagnostics.get(uri))
    expected = expected_diagnostics(validate_json(repo, convention(repo)))
    assert seen(list(diagnostics)) == expected
    assert {"funding-totals", "unknown-objective", "duplicate-action"} <= {
        r for *_, r, _, _ in expected
    }
    by_rule = {str(d.code): d for d in diagnostics}
    total = by_rule["funding-totals"]
    assert total.severity == types.DiagnosticSeverity.Error
    assert total.source == "pep"
    assert total.range.start == editor.position(uri, "100500")
    assert total.range.end == editor.position(uri, "100500", 6)  # the value is underlined
    assert "total déclaré 100\u202f500\u00a0€" in total.message
    assert by_rule["unknown-objective"].range.start == editor.position(uri, "objective: 99", 11)


async def test_a_change_fixes_a_problem_and_diagnostics_follow(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    uri = editor.open(convention(repo), _planted(repo))
    await wait_until(lambda: "funding-totals" in rules_of(client, uri))
    assert "unknown-objective" in rules_of(client, uri)
    editor.replace(uri, "  fir: {2022: 100500,", "  fir: {2022: 100000,")
    await wait_until(lambda: "funding-totals" not in rules_of(client, uri))
    assert "unknown-objective" in rules_of(client, uri)
    editor.replace(uri, "    objective: 99\n", "    objective: 25\n")
    editor.replace(uri, "  - id: crip\n    objective: 23", "  - id: parrainage\n    objective: 23")
    await wait_until(lambda: rules_of(client, uri) == [])
    # Saved, the same text gives the same (no) diagnostics.
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )


async def test_waivers_lift_and_unknown_rules_are_reported(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    text = _planted(repo).replace(
        "  fir: {2022: 100500,",
        "  # pep: ignore[funding-totals] avenant en cours\n  fir: {2022: 100500,",
    )
    text = text.replace(
        "    objective: 99\n", "    objective: 99  # pep: ignore[unknown-objectiv] x\n"
    )
    convention(repo).write_text(text.replace("unknown-objectiv]", "unknown-objective]"))
    uri = editor.open(convention(repo), text)
    diagnostics = await wait_until(lambda: client.diagnostics.get(uri))
    messages = {str(d.code): d for d in diagnostics}
    waived = messages["funding-totals"]
    assert waived.severity == types.DiagnosticSeverity.Hint
    assert waived.message.endswith("(levé : avenant en cours)")
    unknown = [d for d in diagnostics if d.code == "waiver" and "inconnue" in d.message]
    assert len(unknown) == 1
    assert unknown[0].message == (
        "règle « unknown-objectiv » inconnue dans la dérogation « # pep: ignore[…] » ; "
        "vouliez-vous dire « unknown-objective » ?"
    )
    assert unknown[0].range.start == editor.position(uri, "unknown-objectiv]")
    # The other problems are still there, as if the waiver were not written.
    assert "unknown-objective" in rules_of(client, uri)
    # Corrected, the waiver lifts the problem, as pep validate says.
    editor.replace(uri, "unknown-objectiv]", "unknown-objective]")
    await wait_until(
        lambda: (
            all(
                d.severity == types.DiagnosticSeverity.Hint
                for d in client.diagnostics.get(uri, [])
                if d.code == "unknown-objective"
            )
            and "inconnue dans la dérogation" not in str(client.diagnostics.get(uri))
        )
    )
    expected = expected_diagnostics(validate_json(repo, convention(repo)))
    assert seen(list(client.diagnostics[uri])) == expected


async def test_cross_file_problems_reach_the_other_files(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    # A later Cantal convention, closed, that does not overlap... until the period moves.
    later = convention(repo, "15-cantal-2025.yaml")
    later.write_text(
        convention(repo)
        .read_text(encoding="utf-8")
        .replace("period: {start: 2022, end: 2024}", "period: {start: 2025, end: 2027}")
        .replace("2022:", "2025:")
        .replace("2023:", "2026:")
        .replace("2024:", "2027:")
        .replace("signed_on: 2022-06-24", "signed_on: 2025-06-24"),
        encoding="utf-8",
    )
    uri = editor.open(convention(repo))
    await wait_until(lambda: uri in client.diagnostics)
    assert not active(client.diagnostics[uri])
    editor.replace(uri, "period: {start: 2022, end: 2024}", "period: {start: 2022, end: 2025}")
    await wait_until(lambda: "overlapping-periods" in rules_of(client, later.as_uri()))
    assert "overlapping-periods" in rules_of(client, uri)
    other = client.diagnostics[later.as_uri()]
    assert [str(d.code) for d in active(other)] == ["overlapping-periods"]
    # The closed file gets the problem at the position pep validate gives it on disk.
    convention(repo).write_text(editor.texts[uri], encoding="utf-8")
    on_disk = validate_json(repo, later)
    assert seen(active(list(other))) == expected_diagnostics(
        [p for p in on_disk if p["rule"] == "overlapping-periods"]
    )
    editor.replace(uri, "period: {start: 2022, end: 2025}", "period: {start: 2022, end: 2024}")
    await wait_until(
        lambda: (
            later.as_uri() in client.diagnostics and not active(client.diagnostics[later.as_uri()])
        )
    )
    assert "overlapping-periods" not in rules_of(client, uri)


async def test_an_envelope_overrun_reaches_every_convention_of_the_edition(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    creuse = convention(repo, "23-creuse-2021.yaml")
    uri = editor.open(creuse)
    await wait_until(lambda: uri in client.diagnostics)
    text = editor.texts[uri]
    line = next(line for line in text.splitlines() if line.startswith("  etat: {2021:"))
    huge = re.sub(r"\{2021: [0-9]+", "{2021: 200000000", line)
    editor.change(uri, text.replace(line, huge))
    nord = convention(repo, "59-nord-2020.yaml").as_uri()
    await wait_until(lambda: "national-envelope" in rules_of(client, nord))
    assert "national-envelope" in rules_of(client, uri)
    editor.change(uri, text)
    await wait_until(lambda: "national-envelope" not in rules_of(client, nord))


async def test_hover(client: LanguageClient, editor: Editor, repo: Path) -> None:
    text = (
        convention(repo)
        .read_text(encoding="utf-8")
        .replace(
            "      fir: {2022: 25000, 2023: 25000, 2024: 25000}",
            "      fir: {2022: 25000, 2023: 25000, 2024: 25000}"
            "  # pep: ignore[funding-totals] essai",
            1,
        )
    )
    uri = editor.open(convention(repo), text)

    async def hover(position: types.Position) -> str:
        result = await client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri), position=position
            )
        )
        assert result is not None
        assert isinstance(result.contents, types.MarkupContent)
        return result.contents.value

    objective = await hover(editor.position(uri, "objective: 9", 11))
    assert "**Objectif n° 9**" in objective
    assert (
        "Garantir l’accompagnement de tous les enfants protégés en situation de handicap"
        in (objective)
        or "handicap" in objective
    )
    assert "obligatoire" in objective and "Engagement" in objective
    source = await hover(editor.position(uri, "  fir: {2022: 100000", 2))
    assert source == "**fir** — Fonds d'intervention régional (FIR)"
    money = await hover(editor.position(uri, "  etat: {2022: 600000", 16))
    assert money == "**600\u202f000\u00a0€** (etat, 2022)"
    rule = await hover(editor.position(uri, "ignore[funding-totals]", 9))
    assert rule.startswith("**funding-totals** (erreur) — Par source et par année")
    nothing = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=editor.position(uri, "# Contrat", 3),
        )
    )
    assert nothing is None


async def _complete(
    client: LanguageClient, uri: str, position: types.Position
) -> list[types.CompletionItem]:
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=position
        )
    )
    assert isinstance(result, types.CompletionList)
    return list(result.items)


async def test_completion(client: LanguageClient, editor: Editor, repo: Path) -> None:
    text = convention(repo).read_text(encoding="utf-8")
    # Half-typed lines: the buffer does not even read as YAML any more.
    text = text.replace(
        "  - id: crip\n",
        "  - id: nouvelle\n    objective: \n    indicators:\n      - label: x\n"
        "        unit: \n        targets: {2022: 1, }\n    funding:\n      \n"
        "  - id: crip\n",
    ).replace("status: signed\n", "status: \n")
    text = text.replace("  - {role: prefet,", "  - {role: , name: x}\n  - {role: prefet,")
    text = text.replace("    objective: 6\n", "    objective: 6\n    \n")
    text += "unfinished: [\n"
    uri = editor.open(convention(repo), text)

    def labels(items: list[types.CompletionItem]) -> list[str]:
        return [item.label for item in items]

    objectives = await _complete(client, uri, editor.below(uri, "  - id: nouvelle", 1, 15))
    assert labels(objectives)[:3] == ["1", "2", "3"]
    nine = next(item for item in objectives if item.label == "9")
    assert nine.detail == (
        "Garantir l’accompagnement de tous les enfants protégés en situation de handicap"
        " (obligatoire)"
    ) or (nine.detail or "").endswith("(obligatoire)")
    units = await _complete(client, uri, editor.below(uri, "  - id: nouvelle", 4, 14))
    assert labels(units) == ["nombre", "pourcentage", "euros", "jours", "places"]
    statuses = await _complete(client, uri, editor.below(uri, "signed_on: 2022-06-24", -2, 8))
    assert labels(statuses) == ["draft", "signed", "closed"]
    roles = await _complete(client, uri, editor.position(uri, "{role: , name: x}", 7))
    assert labels(roles) == [
        "prefet",
        "ars",
        "departement",
        "collectivite",
        "etat",
        "justice",
        "education",
    ]
    years = await _complete(client, uri, editor.position(uri, "targets: {2022: 1, }", 19))
    assert labels(years) == ["2023", "2024"]
    sources = await _complete(client, uri, editor.below(uri, "  - id: nouvelle", 7, 6))
    assert labels(sources) == ["etat", "fir", "ondam", "departement"]
    assert sources[1].detail == "Fonds d'intervention régional (FIR)"
    assert sources[1].text_edit is not None and sources[1].text_edit.new_text == "fir: "
    keys = await _complete(client, uri, editor.below(uri, "    objective: 6", 1, 4))
    written = {"id", "objective", "title", "indicators", "funding", "illustrative"}
    assert labels(keys) == [key for key in Action.model_fields if key not in written]
    assert "description" in labels(keys)
    top = await _complete(client, uri, types.Position(line=len(text.splitlines()), character=0))
    absent = [k for k in Convention.model_fields if not re.search(rf"^{k}:", text, re.MULTILINE)]
    assert "amendments" in absent
    assert [item.label for item in top] == absent  # the top-level keys not written yet


async def test_completion_of_a_new_file_and_of_waivers(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    new = convention(repo, "2a-corse-du-sud-2022.yaml")
    text = 'schema_version: 1\nedition: "2022"\nperiod: {start: 2022, end: 2024}\n\n'
    uri = editor.open(new, text)
    keys = await _complete(client, uri, types.Position(line=3, character=0))
    written = ("schema_version", "edition", "period")
    assert [item.label for item in keys] == [k for k in Convention.model_fields if k not in written]
    assert [item.label for item in keys][:3] == ["territory", "status", "version"]
    assert keys[0].detail == "Territoire signataire : code et nom (obligatoire)"
    editor.change(uri, text + "# pep: ignore[fun")
    rules = await _complete(client, uri, types.Position(line=4, character=17))
    assert "funding-totals" in [item.label for item in rules]
    assert rules[0].text_edit is not None
    assert rules[0].text_edit.range.start.character == 14


async def _actions(
    client: LanguageClient, uri: str, diagnostic: types.Diagnostic
) -> list[types.CodeAction]:
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    assert result is not None
    return [a for a in result if isinstance(a, types.CodeAction)]


def _edits(action: types.CodeAction, uri: str) -> list[types.TextEdit]:
    assert action.edit is not None and action.edit.changes is not None
    return list(action.edit.changes[uri])


async def test_code_action_sets_a_total_to_the_sum_of_the_actions(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    uri = editor.open(convention(repo), _planted(repo))
    await wait_until(lambda: "funding-totals" in rules_of(client, uri))
    diagnostic = next(d for d in client.diagnostics[uri] if d.code == "funding-totals")
    actions = await _actions(client, uri, diagnostic)
    fix = next(a for a in actions if a.title.startswith("Mettre le total"))
    assert (
        fix.title == f"Mettre le total fir 2022 à {amount(Decimal(100000))} (la somme des actions)"
    )
    assert fix.is_preferred
    text = editor.apply(uri, _edits(fix, uri))
    assert "  fir: {2022: 100000, 2023: 100000" in text
    await wait_until(lambda: "funding-totals" not in rules_of(client, uri))


async def test_code_action_waives_a_problem_with_a_reason_to_write(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    uri = editor.open(convention(repo), _planted(repo))
    await wait_until(lambda: "unknown-objective" in rules_of(client, uri))
    diagnostic = next(d for d in client.diagnostics[uri] if d.code == "unknown-objective")
    actions = await _actions(client, uri, diagnostic)
    waive = next(a for a in actions if a.title.startswith("Lever « unknown-objective »"))
    text = editor.apply(uri, _edits(waive, uri))
    assert "    # pep: ignore[unknown-objective]\n    objective: 99\n" in text

    def waived() -> list[types.Diagnostic]:
        found = client.diagnostics.get(uri, [])
        lifted = [
            d
            for d in found
            if d.code == "unknown-objective" and d.severity == types.DiagnosticSeverity.Hint
        ]
        return lifted and [d for d in found if d.code == "waiver"]

    reminder = await wait_until(waived)
    assert reminder[0].message == (
        "dérogation sans justification pour unknown-objective : "
        "ajoutez la raison après les crochets"
    )


async def test_code_action_adds_an_action_for_a_missing_required_objective(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    text = re.sub(
        r"\n    objective: 9\b[^\n]*\n",
        "\n    objective: 21\n",
        convention(repo).read_text(encoding="utf-8"),
        count=1,
    )
    uri = editor.open(convention(repo), text)
    await wait_until(lambda: "required-objectives" in rules_of(client, uri))
    diagnostic = next(d for d in client.diagnostics[uri] if d.code == "required-objectives")
    actions = await _actions(client, uri, diagnostic)
    add = next(a for a in actions if a.title.startswith("Ajouter une action"))
    assert "n° 9" in add.title
    new_text = editor.apply(uri, _edits(add, uri))
    assert "\n  - id: objectif-9 " in new_text
    assert "objectif-9  " in new_text and "\n    objective: 9\n" in new_text
    # The skeleton is in the list of actions, before the totals: the rule is satisfied and
    # only what a person must decide remains (its targets).
    await wait_until(lambda: "required-objectives" not in rules_of(client, uri))
    assert new_text.index("objectif-9") < new_text.index("\nfunding:")
    assert "indicator-targets" in rules_of(client, uri)
    assert "schema" not in rules_of(client, uri)
    assert "syntax" not in rules_of(client, uri)


async def test_formatting_is_pep_fmt(client: LanguageClient, editor: Editor, repo: Path) -> None:
    import subprocess

    text = convention(repo).read_text(encoding="utf-8")
    messy = (
        text.replace("schema_version: 1\n", "")
        .replace(
            'territory: {code: "15", name: Cantal}\n',
            'territory: {code: "15", name: Cantal}\nschema_version: 1\n\n\n',
        )
        .replace("  fir: {2022: 100000,", "  fir: {2022: 100_000,")
    )
    convention(repo).write_text(messy, encoding="utf-8")
    uri = editor.open(convention(repo))
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            options=types.FormattingOptions(tab_size=2, insert_spaces=True),
        )
    )
    assert edits
    formatted = apply_edits(messy, list(edits))
    subprocess.run(
        [str(PEP), "fmt", str(convention(repo))], cwd=repo, check=True, capture_output=True
    )
    assert formatted == convention(repo).read_text(encoding="utf-8")
    editor.change(uri, formatted)
    again = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            options=types.FormattingOptions(tab_size=2, insert_spaces=True),
        )
    )
    assert not again


async def test_broken_buffers_give_diagnostics_and_bad_requests_do_not_stop_the_server(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    uri = editor.open(convention(repo), 'schema_version: 1\nterritory: {code: "15"\n')
    diagnostics = await wait_until(lambda: client.diagnostics.get(uri))
    assert [str(d.code) for d in diagnostics] == ["syntax"]
    assert diagnostics[0].message.startswith("YAML invalide")
    for broken in ("\x00\x01binaire", "", "- [" * 5000, "a: *nulle\n", "\ufeff" + "x: [1, 2"):
        editor.change(uri, broken)
        await wait_until(lambda: client.diagnostics.get(uri) is not None)
    editor.change(uri, 'edition: "2022"\nactions:\n  - objective: ')
    await wait_until(lambda: "schema" in rules_of(client, uri))
    # A request about a file that is neither open nor on disk fails inside the server:
    # logged, answered, and the server goes on.
    missing = (repo / "data" / "departments" / "absent.yaml").as_uri()
    answer = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=missing),
            position=types.Position(line=0, character=0),
        )
    )
    assert answer is None
    await wait_until(lambda: any("erreur interne" in m.message for m in client.log_messages))
    items = await _complete(client, uri, editor.position(uri, "  - objective: ", 15))
    assert "9" in [item.label for item in items]


async def test_files_that_are_not_conventions_get_no_diagnostics(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    other = repo / ".github" / "workflows" / "ci.yml"
    other.parent.mkdir(parents=True)
    other.write_text("on: push\njobs: {}\n", encoding="utf-8")
    uri = editor.open(other)
    await wait_until(lambda: uri in client.diagnostics)
    assert not client.diagnostics[uri]


async def test_positions_are_in_the_clients_units(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    text = (
        convention(repo)
        .read_text(encoding="utf-8")
        .replace(
            '  - {role: prefet, name: "Le préfet du Cantal"}',
            '  - {name: "👶 Le préfet du Cantal", role: prefète}',
        )
    )
    convention(repo).write_text(text, encoding="utf-8")
    uri = editor.open(convention(repo))
    diagnostics = await wait_until(lambda: client.diagnostics.get(uri))
    schema = next(d for d in diagnostics if d.code == "schema")
    # The emoji is two UTF-16 units: the column is one more than pep's (code points).
    problem = next(p for p in validate_json(repo, convention(repo)) if p["rule"] == "schema")
    assert schema.range.start.line == problem["line"] - 1
    assert schema.range.start.character == problem["column"] - 1 + 1
    assert schema.range.start == editor.position(uri, "prefète")


async def test_memory_stays_flat_over_a_thousand_edits(
    client: LanguageClient, editor: Editor, repo: Path
) -> None:
    server = client._server
    assert server is not None
    uri = editor.open(convention(repo))
    await wait_until(lambda: uri in client.diagnostics)
    text = editor.texts[uri]

    def rss() -> int:
        for line in Path(f"/proc/{server.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise AssertionError("VmRSS introuvable")

    async def edits(count: int, start: int) -> None:
        for index in range(start, start + count):
            editor.change(
                uri, text.replace("  fir: {2022: 100000,", f"  fir: {{2022: {100001 + index},")
            )
            if index % 10 == 9:
                shown = amount(Decimal(100001 + index))
                await wait_until(
                    lambda shown=shown: any(
                        shown in d.message for d in client.diagnostics.get(uri, [])
                    )
                )

    await edits(200, 0)
    before = rss()
    await edits(1000, 200)
    after = rss()
    print(f"RSS {before} kB -> {after} kB")
    assert after - before < 8 * 1024, f"{before} kB -> {after} kB"
