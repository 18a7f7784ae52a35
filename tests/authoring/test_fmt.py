"""pep fmt: one layout; every value and comment kept; idempotent, atomic, safe on bad input."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from helpers_authoring import data_repository, invoke
from helpers_ci import REPO, SHIPPED, run_pep
from pep_cli.authoring.formatter import TOP_KEYS, format_text
from pep_cli.data.yamlsource import read_document

# Every comment of the hostile files is tagged "# cN" so that the test can count them
# without relying on pep's own comment scanner; "#" inside strings are tagged "nc".
MARKER = re.compile(r"# c\d+\b")


def markers(text: str) -> Counter[str]:
    return Counter(MARKER.findall(text))


def data_of(text: str | bytes) -> Any:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    doc = read_document(Path("x.yaml"), raw=raw)
    assert not doc.faults, doc.faults
    return doc.data


def strict(value: Any) -> Any:
    """Data compared with types and decimal digits: 1.50 != 1.5, 1 != True."""
    if isinstance(value, dict):
        return ("map", sorted((repr(strict(k)), strict(v)) for k, v in value.items()))
    if isinstance(value, list):
        return ("seq", [strict(v) for v in value])
    if isinstance(value, Decimal):
        return ("decimal", str(value))
    return (type(value).__name__, repr(value))


HEADER = """\
schema_version: 1
territory: {code: "15", name: Cantal}
edition: "2022"
period: {start: 2022, end: 2024}
status: draft
version: 1
"""

HOSTILE = {
    "comments-everywhere": """\
# c1 en-tête du fichier
# c2 deuxième ligne d'en-tête


schema_version: 1   # c3 fin de ligne
territory:   # c4 après une clé
  # c5 avant le code
  code: "15"   # c6
  name: Cantal
edition: "2022"
period: {start: 2022, end: 2024}   # c7 après une table en ligne
# c8 entre deux clés
status: draft
version: 1
signatories:
  # c9 avant le premier élément
  - {role: prefet, name: "Le préfet du Cantal"}   # c10
  # c11 entre deux éléments

  - {role: ars, name: "Le directeur général # nc pas un commentaire"}
actions:
  - id: pmi-epp   # c12
    objective: 1
    title: "Titre # nc avec dièse"
    indicators:
      - label: Entretiens   # c13
        unit: nombre
        targets:
          2022: 480   # c14
          2023: 540
          # c15 dans une table de cibles
          2024: 600
    funding:
      fir: {2022: 25000, 2023: 25000, 2024: 25000}  # c16 illustratif
    # c17 après l'action
funding:
  fir: {2022: 25000, 2023: 25000, 2024: 25000}
# c18 fin de fichier
""",
    "flow-and-block-mixed": """\
{schema_version: 1, territory: {code: "15", name: Cantal}, edition: "2022",
 period: {start: 2022, end: 2024}, status: draft, version: 1,
 actions: [{id: a, objective: 1, title: T,
            indicators: [{label: L, unit: nombre, targets: {2022: 1, 2023: 2, 2024: 3}}]}]}
""",
    "block-with-flow-inside": """\
schema_version: 1   # c1
territory:
    code: "15"
    name: Cantal
edition: "2022"
period:
        start: 2022
        end: 2024
status: draft
version: 1
actions:
-   id: a
    objective: 1
    title: T
    indicators: [{label: L, unit: nombre, targets: {2022: 1, 2023: 2, 2024: 3}}]
    funding:
       etat:
         2022: 10
         2023: 10
         2024: 10
-   {id: b, objective: 2, title: U, indicators: [{label: M, unit: nombre, targets: {2022: 4}}]} # c2
funding: {etat: {2022: 10, 2023: 10, 2024: 10}}
""",
    "anchors-and-aliases": HEADER
    + """\
actions:
  - id: a   # c1
    objective: 1
    title: &titre Un titre partagé
    indicators:
      - &indicateur
        label: L
        unit: nombre
        targets: &cibles {2022: 1, 2023: 2, 2024: 3}
    funding: &financement
      fir: {2022: 100, 2023: 100, 2024: 100}
  - id: b
    objective: 2
    title: *titre
    indicators:
      - *indicateur
      - <<: *indicateur   # c2 fusion
        label: M
    funding: *financement
funding:
  fir: {2022: 200, 2023: 200, 2024: 200}
""",
    "long-folded-strings": HEADER
    + """\
actions:
  - id: a
    objective: 1
    title: Un titre écrit en style simple sur plusieurs lignes, parce que l'analyste
      a coupé sa phrase à la main au milieu
    description: >-
      Un texte plié très long qui décrit l'action en détail et qui dépasse largement
      la largeur de quatre-vingts caractères d'une ligne, pour voir si le pliage

      est gardé tel quel, avec son paragraphe.
    indicators:
      - label: |
          Texte littéral
          # nc pas un commentaire : du texte
            indenté
        unit: nombre
        targets: {2022: 1, 2023: 2, 2024: 3}
""",
    "scrambled-key-order": """\
actions:
  - indicators:
      - targets: {2024: 3, 2022: 1, 2023: 2}
        unit: nombre
        label: L
        baseline: {value: 0, year: 2021}
    title: T   # c1
    objective: 1
    id: a
    funding:
      fir: {2024: 30, 2022: 10, 2023: 20}
# c2 à propos de la version
version: 1
status: draft
funding:
  fir: {2022: 10, 2023: 20, 2024: 30}
period: {end: 2024, start: 2022}
note_perso: gardée après les clés connues   # c3
edition: "2022"
territory: {name: Cantal, code: "15"}
schema_version: 1
""",
    "amounts-with-decimals": HEADER
    + """\
actions:
  - id: a
    objective: 1
    title: T
    indicators:
      - {label: L, unit: nombre, targets: {2022: 1.50, 2023: 2.0, 2024: 3}}
    funding:
      fir: {2022: 600000.50, 2023: 1250.05, 2024: 0.10}
funding:
  fir: {2022: 600000.50, 2023: 1250.05, 2024: 0.10}
""",
}


def _check_formatted(before: str, after: str) -> None:
    assert strict(data_of(after)) == strict(data_of(before))
    assert markers(after) == markers(before)
    assert after.endswith("\n") and not after.endswith("\n\n")
    assert "\r" not in after and not after.startswith("\ufeff")
    assert format_text(after) == after, "a second run must change nothing"


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_conventions_are_already_formatted(path: Path) -> None:
    raw = path.read_bytes()
    assert format_text(raw).encode("utf-8") == raw


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_layouts_keep_data_and_comments(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.yaml"
    before = HOSTILE[name]
    path.write_text(before, encoding="utf-8")
    result = invoke(["fmt", str(path)], cwd=tmp_path)
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8")
    _check_formatted(before, after)
    again = invoke(["fmt", str(path)], cwd=tmp_path)
    assert again.exit_code == 0
    assert path.read_text(encoding="utf-8") == after
    assert "0 fichier mis en forme" in again.output


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("encoding", ["crlf", "bom", "bom-crlf"])
def test_crlf_and_bom_are_normalised(tmp_path: Path, name: str, encoding: str) -> None:
    text = HOSTILE[name]
    raw = text.replace("\n", "\r\n").encode() if "crlf" in encoding else text.encode()
    if "bom" in encoding:
        raw = b"\xef\xbb\xbf" + raw
    path = tmp_path / "conv.yaml"
    path.write_bytes(raw)
    assert invoke(["fmt", str(path)], cwd=tmp_path).exit_code == 0
    after = path.read_bytes()
    assert b"\r" not in after and not after.startswith(b"\xef\xbb\xbf")
    assert after.decode() == format_text(text)
    _check_formatted(text, after.decode())


def test_canonical_key_order_and_years(tmp_path: Path) -> None:
    formatted = format_text(HOSTILE["scrambled-key-order"])
    top = [line.split(":")[0] for line in formatted.splitlines() if re.match(r"[a-z_]+:", line)]
    assert top == [k for k in TOP_KEYS if k in top] + ["note_perso"]
    assert 'territory: {code: "15", name: Cantal}' in formatted
    assert "period: {start: 2022, end: 2024}" in formatted
    assert "targets: {2022: 1, 2023: 2, 2024: 3}" in formatted
    assert "baseline: {year: 2021, value: 0}" in formatted
    assert "fir: {2022: 10, 2023: 20, 2024: 30}" in formatted
    action = formatted.split("actions:\n", 1)[1].split("\nfunding:", 1)[0]
    keys = [
        line.strip().lstrip("- ").split(":")[0]
        for line in action.splitlines()
        if line.startswith(("  - ", "    ")) and not line.startswith("      ")
    ]
    assert keys == ["id", "objective", "title", "indicators", "funding"]
    indicator = action.split("indicators:\n", 1)[1]
    assert [line.strip().lstrip("- ").split(":")[0] for line in indicator.splitlines()[:4]] == [
        "label",
        "unit",
        "baseline",
        "targets",
    ]
    # The comment about the version still comes right before it.
    assert "# c2 à propos de la version\nversion: 1" in formatted


def test_layout_of_indentation_and_codes(tmp_path: Path) -> None:
    formatted = format_text(HOSTILE["block-with-flow-inside"])
    assert 'territory:\n  code: "15"\n  name: Cantal\n' in formatted
    assert "period:\n  start: 2022\n  end: 2024\n" in formatted
    assert "actions:\n  - id: a\n    objective: 1\n" in formatted
    assert "    funding:\n      etat:\n        2022: 10\n" in formatted
    unquoted = HOSTILE["block-with-flow-inside"].replace('code: "15"', "code: '15'")
    assert 'code: "15"' in format_text(unquoted)
    corsica = format_text("territory: {code: 2A, name: Corse-du-Sud}\n")
    assert corsica == 'territory: {code: "2A", name: Corse-du-Sud}\n'


def test_amounts_become_plain_numbers_and_keep_their_text() -> None:
    source = (
        HOSTILE["amounts-with-decimals"]
        .replace(
            "fir: {2022: 600000.50, 2023: 1250.05, 2024: 0.10}\n",
            "fir: {2022: \"600000.50\", 2023: 1_250.05, 2024: '0.10'}\n",
            1,
        )
        .replace(
            "funding:\n  fir: {2022: 600000.50",
            "funding:\n  fir: {2022: 1_000_000, 2023: '2000', 2024: 0.10}\n"
            "  etat: {2022: 600000.50",
            1,
        )
    )
    formatted = format_text(source)
    assert "fir: {2022: 600000.50, 2023: 1250.05, 2024: 0.10}" in formatted
    assert "fir: {2022: 1000000, 2023: 2000, 2024: 0.10}" in formatted
    assert "600000.50" in formatted and "1.50" in formatted and "2.0" in formatted
    data = data_of(formatted)
    assert data["funding"]["fir"] == {2022: 1000000, 2023: 2000, 2024: Decimal("0.10")}
    assert str(data["actions"][0]["funding"]["fir"][2022]) == "600000.50"
    # Targets are not amounts: their text is left as written.
    assert format_text(HOSTILE["amounts-with-decimals"]) == HOSTILE["amounts-with-decimals"]


def test_check_names_files_and_writes_nothing(tmp_path: Path) -> None:
    root = data_repository(tmp_path, "15-cantal-2022.yaml", "03-allier-2020.yaml")
    messy = root / "data" / "departments" / "zz-messy.yaml"
    messy.write_text(HOSTILE["scrambled-key-order"], encoding="utf-8")
    before = {p: p.read_bytes() for p in (root / "data" / "departments").iterdir()}
    done = run_pep("fmt", "--check", cwd=root)
    assert done.returncode == 1
    assert "à mettre en forme : data/departments/zz-messy.yaml" in done.stdout
    assert "15-cantal" not in done.stdout
    assert "1 fichier à mettre en forme, 2 déjà en forme" in done.stdout
    assert {p: p.read_bytes() for p in (root / "data" / "departments").iterdir()} == before

    done = run_pep("fmt", cwd=root)
    assert done.returncode == 0, done.stderr
    assert "mis en forme : data/departments/zz-messy.yaml" in done.stdout
    assert run_pep("fmt", "--check", cwd=root).returncode == 0
    # Written atomically: no temporary file left behind.
    assert sorted(p.name for p in (root / "data" / "departments").iterdir()) == [
        "03-allier-2020.yaml",
        "15-cantal-2022.yaml",
        "zz-messy.yaml",
    ]


def test_invalid_yaml_is_reported_and_left_untouched(tmp_path: Path) -> None:
    root = data_repository(tmp_path)
    folder = root / "data" / "departments"
    broken = folder / "a-broken.yaml"
    broken.write_bytes(b'schema_version: 1\nterritory: {code: "15"\nname: x\n')
    duplicate = folder / "b-duplicate.yaml"
    duplicate.write_bytes(b"version: 1\nversion: 2\n")
    messy = folder / "c-messy.yaml"
    messy.write_text(HOSTILE["scrambled-key-order"], encoding="utf-8")
    done = run_pep("fmt", cwd=root)
    assert done.returncode == 1
    assert re.search(r"data/departments/a-broken\.yaml:\d+:\d+: YAML invalide", done.stderr)
    assert "data/departments/b-duplicate.yaml:2:1: clé « version » répétée" in done.stderr
    assert "fichier laissé tel quel" in done.stderr
    assert broken.read_bytes() == b'schema_version: 1\nterritory: {code: "15"\nname: x\n'
    assert duplicate.read_bytes() == b"version: 1\nversion: 2\n"
    assert messy.read_text(encoding="utf-8") == format_text(HOSTILE["scrambled-key-order"])
    assert "1 fichier mis en forme, 0 déjà en forme, 2 en erreur" in done.stdout


def test_comment_inside_a_flow_mapping_is_never_lost(tmp_path: Path) -> None:
    text = "schema_version: 1\nperiod: {start: 2022,   # c1 début\n  end: 2024}\nstatus: draft\n"
    path = tmp_path / "conv.yaml"
    path.write_text(text, encoding="utf-8")
    result = invoke(["fmt", str(path)], cwd=tmp_path)
    assert result.exit_code == 1
    assert "conv.yaml:2:25: mise en forme refusée" in result.output
    assert "« # c1 début »" in result.output and "{ }" in result.output
    assert path.read_text(encoding="utf-8") == text


def test_unknown_path_is_a_usage_error(tmp_path: Path) -> None:
    done = run_pep("fmt", "nulle-part.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert "chemin introuvable" in done.stderr


def test_pre_commit_hook_is_declared() -> None:
    hooks = YAML(typ="safe").load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "pep-fmt")
    assert hook["entry"] == "pep fmt"
    assert hook["language"] == "python"
    pattern = re.compile(hook["files"])
    assert pattern.search("data/departments/15-cantal-2022.yaml")
    assert pattern.search("data/departments/15-cantal-2022.yml")
    assert not pattern.search("data/catalogue.yaml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", ""), ("\n\n", ""), ("# c1 rien d'autre\n\n\n", "# c1 rien d'autre\n")],
)
def test_empty_files_stay_empty(text: str, expected: str) -> None:
    assert format_text(text) == expected


def test_a_yaml_1_1_directive_is_refused(tmp_path: Path) -> None:
    # Under a %YAML 1.1 directive ruamel.yaml would read "yes" as true; pep reads YAML 1.2
    # and says so where the version is written, instead of formatting another value.
    text = "%YAML 1.1\n---\nschema_version: 1\nstatus: yes\n"
    path = tmp_path / "conv.yaml"
    path.write_text(text, encoding="utf-8")
    result = invoke(["fmt", str(path)], cwd=tmp_path)
    assert result.exit_code == 1
    assert "conv.yaml:1:7: directive « %YAML 1.1 » : pep lit le YAML 1.2" in result.output
    assert path.read_text(encoding="utf-8") == text


def test_many_files_are_formatted_in_parallel_and_reported_in_order(tmp_path: Path) -> None:
    from pep_cli.commands.fmt import PARALLEL_FROM

    shipped = sorted(p.name for p in SHIPPED.glob("*.yaml"))
    root = data_repository(tmp_path, *shipped)
    folder = root / "data" / "departments"
    for index, name in enumerate(sorted(HOSTILE)):
        (folder / f"zz-{index}-{name}.yaml").write_text(HOSTILE[name], encoding="utf-8")
    (folder / "zz-9-broken.yaml").write_text("a: [\n", encoding="utf-8")
    total = len(list(folder.iterdir()))
    assert total >= PARALLEL_FROM
    done = run_pep("fmt", cwd=root)
    assert done.returncode == 1
    written = [line.removeprefix("mis en forme : ") for line in done.stdout.splitlines()[:-1]]
    assert written == sorted(written) and all("zz-" in name for name in written)
    assert "zz-9-broken.yaml:2:1: YAML invalide" in done.stderr
    assert f"(sur {total})" in done.stdout
    for name in shipped:
        assert (folder / name).read_bytes() == (SHIPPED / name).read_bytes()
    again = run_pep("fmt", "--check", cwd=root)
    assert again.stdout.startswith("Bilan : 0 fichier à mettre en forme")


@pytest.mark.slow
def test_pre_commit_hook_formats_then_passes(tmp_path: Path) -> None:
    from helpers_ci import init_repo, pre_commit_env, try_repo

    env = pre_commit_env(tmp_path)
    root = data_repository(tmp_path, "15-cantal-2022.yaml")
    messy = root / "data" / "departments" / "zz-messy.yaml"
    messy.write_text(HOSTILE["scrambled-key-order"], encoding="utf-8")
    init_repo(root, env)

    first = try_repo(root, "pep-fmt", env)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "Failed" in first.stdout and "files were modified by this hook" in first.stdout
    assert "mis en forme : data/departments/zz-messy.yaml" in first.stdout
    assert messy.read_text(encoding="utf-8") == format_text(HOSTILE["scrambled-key-order"])
    second = try_repo(root, "pep-fmt", env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout
