"""mkdocs hooks: the pages of the documentation site that are generated from pep itself.

- ``index.md``: the README, the user guide, as it is in the repository;
- ``format.md``: the format section of the README and a table of every field, from the
  JSON Schema that ``pep schema`` writes (so it never drifts from the models);
- ``regles/<règle>.md``: one page per rule, from its module docstring (its documentation,
  with its failing and passing examples); ``regles/index.md`` lists them;
- ``commandes.md``: the help of every command, from the typer app;
- ``api.md`` is a written page; mkdocstrings fills it from ``pep_cli.api``.

The addresses are those that pep quotes (``pep_cli.rule_url``): the test suite builds the
site with ``--strict`` and checks that each one exists.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

REPO = Path(__file__).resolve().parents[1]
LEVEL_NAMES = {"error": "erreur", "warning": "avertissement"}
SCOPES = {
    "document": "à la lecture de chaque fichier",
    "convention": "chaque fichier conforme au schéma",
    "repository": "tout le dépôt (entre fichiers)",
}
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_LITERAL = re.compile(r"``(.+?)``", re.DOTALL)


def _rules() -> dict[str, Any]:
    from pep_cli.check.rules import RULES

    return RULES


def on_config(config: Any) -> Any:
    rules = [{rule: f"regles/{rule}.md"} for rule in _rules()]
    config["nav"] = [
        {"Guide": "index.md"},
        {"Format des conventions": "format.md"},
        {"Règles": ["regles/index.md", *rules]},
        {"Commandes": "commandes.md"},
        {"API Python": "api.md"},
    ]
    return config


def on_files(files: Files, config: Any) -> Files:
    pages = {
        "index.md": guide(),
        "format.md": data_format(),
        "regles/index.md": rules_index(),
        "commandes.md": commands(),
    }
    pages.update({f"regles/{rule}.md": rule_page(rule) for rule in _rules()})
    for path, content in pages.items():
        files.append(File.generated(config, path, content=content))
    return files


def readme() -> str:
    return (REPO / "README.md").read_text(encoding="utf-8")


def site_links(markdown: str) -> str:
    """Links to files of the repository (not pages of the site) become their path in code."""

    def replace(match: re.Match[str]) -> str:
        text, target = match.group(1), match.group(2)
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            return match.group(0)
        return f"`{target}`" if text == target else f"{text} (`{target}`)"

    return _LINK.sub(replace, markdown)


def guide() -> str:
    return site_links(readme())


def section(markdown: str, heading: str) -> str:
    """The text under ``heading`` up to the next heading of the same or a higher level."""
    level = len(heading) - len(heading.lstrip("#"))
    lines = markdown.splitlines()
    start = lines.index(heading)
    end = next(
        (
            i
            for i in range(start + 1, len(lines))
            if re.match(rf"#{{1,{level}}} ", lines[i]) and not _in_fence(lines, i)
        ),
        len(lines),
    )
    return "\n".join(lines[start + 1 : end]).strip() + "\n"


def _in_fence(lines: list[str], index: int) -> bool:
    return sum(line.startswith("```") for line in lines[:index]) % 2 == 1


def data_format() -> str:
    from pep_cli.authoring.schema_export import convention_schema
    from pep_cli.data.repository import DataRepository

    schema = convention_schema(DataRepository(root=REPO).catalogue)
    out = [
        "# Format des conventions",
        "",
        "Le contrat de données : ce que les analystes écrivent et que chaque commande lit. "
        "Il ne change que par une migration documentée et versionnée (`schema_version`).",
        "",
        site_links(section(readme(), "### Le format d'une convention")),
        "## Tous les champs",
        "",
        "Tirés du schéma JSON que `pep schema` écrit (donc des modèles que `pep validate` lit).",
        "",
    ]
    out += _fields("Convention", schema, schema.get("description", ""))
    for name, definition in schema.get("$defs", {}).items():
        out += _fields(definition.get("title", name), definition, definition.get("description", ""))
    return "\n".join(out) + "\n"


def _fields(title: str, node: dict[str, Any], description: str) -> list[str]:
    properties = node.get("properties")
    if not properties:
        return []
    required = set(node.get("required", []))
    out = [f"### {title}", ""]
    if description:
        out += [_cell(description), ""]
    out += ["| champ | type | obligatoire | description |", "|---|---|---|---|"]
    for key, value in properties.items():
        out.append(
            f"| `{key}` | {_type(value)} | {'oui' if key in required else ''} | "
            f"{_cell(value.get('description', ''))} |"
        )
    out.append("")
    return out


def _type(node: dict[str, Any]) -> str:
    if "$ref" in node:
        return node["$ref"].rsplit("/", 1)[-1]
    if "enum" in node:
        return " \\| ".join(f"`{v}`" for v in node["enum"])
    for key in ("anyOf", "oneOf"):
        if key in node:
            return " ou ".join(_type(option) for option in node[key])
    kind = node.get("type", "")
    if kind == "array" and isinstance(node.get("items"), dict):
        return f"liste de {_type(node['items'])}"
    if kind == "object":
        return "table"
    return {
        "string": "texte",
        "integer": "entier",
        "number": "nombre",
        "boolean": "booléen",
        "null": "vide",
    }.get(str(kind), str(kind) or "—")


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def markdown_doc(doc: str) -> str:
    """A rule's docstring as Markdown: literals in backticks, indented examples in YAML fences."""
    out: list[str] = []
    in_block = False
    previous_blank = True
    for line in doc.splitlines():
        indented = line.startswith("    ")
        if in_block and line.strip() and not indented:
            out.append("```")
            out.append("")
            in_block = False
        if not in_block and indented and previous_blank:
            out.append("```yaml")
            in_block = True
        if in_block:
            out.append(line[4:])
        else:
            out.append(_LITERAL.sub(r"`\1`", line))
        previous_blank = not line.strip()
    if in_block:
        while out and not out[-1].strip():
            out.pop()
        out.append("```")
    return "\n".join(out).strip() + "\n"


def rule_page(rule: str) -> str:
    module = _rules()[rule]
    doc = (module.__doc__ or "").strip()
    lead, _, rest = doc.partition("\n")
    lead = _LITERAL.sub(r"`\1`", lead)
    return "\n".join(
        [
            f"# {rule}",
            "",
            f"**{lead}**",
            "",
            f"- Niveau par défaut : {LEVEL_NAMES[module.LEVEL]}",
            f"- S'applique à : {SCOPES[module.SCOPE]}",
            f"- Dans un terminal : `pep explain {rule}`",
            "",
            markdown_doc(rest),
            "## Régler la règle",
            "",
            "Dans le `pep.toml` du dépôt de données (niveaux : `error`, `warning`, `off`) :",
            "",
            "```toml",
            "[rules]",
            f'{rule} = "off"',
            "```",
            "",
            f"Pour une seule validation : `pep validate --ignore {rule}` ou "
            f"`pep validate --select {rule}`. Pour un problème connu et accepté, une "
            f"dérogation sur sa ligne : `# pep: ignore[{rule}] raison`.",
            "",
        ]
    )


def rules_index() -> str:
    from pep_cli.check.rules import summary

    out = [
        "# Règles",
        "",
        "Chaque convention est vérifiée par ces règles ; `pep rules` les liste avec le niveau "
        "en vigueur dans le dépôt, `pep explain RÈGLE` donne leur documentation.",
        "",
        "| règle | niveau par défaut | ce qu'elle vérifie |",
        "|---|---|---|",
    ]
    for rule, module in _rules().items():
        text = _cell(_LITERAL.sub(r"`\1`", summary(module)))
        out.append(f"| [{rule}]({rule}.md) | {LEVEL_NAMES[module.LEVEL]} | {text} |")
    return "\n".join(out) + "\n"


def commands() -> str:
    from pep_cli.cli import build_command

    group = build_command()
    root = group.make_context("pep", [], resilient_parsing=True)
    root.terminal_width = root.max_content_width = 100
    out = [
        "# Commandes",
        "",
        "L'aide de chaque commande, telle que `pep COMMANDE --help` l'affiche.",
        "",
        "```text",
        group.get_help(root),
        "```",
        "",
    ]
    for name in group.list_commands(root):
        command = group.get_command(root, name)
        if command is None or command.hidden:
            continue
        context = command.make_context(name, [], parent=root, resilient_parsing=True)
        context.terminal_width = context.max_content_width = 100
        out += [f"## pep {name}", "", "```text", command.get_help(context), "```", ""]
    return "\n".join(out)
