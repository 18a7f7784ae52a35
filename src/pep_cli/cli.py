"""The command line: parses options, calls one core function, turns its result into an exit code.

Every sub-command's work lives in ``pep_cli.commands.<verb>`` and is imported
only when that command runs, so ``pep --help`` stays fast. Errors have one
home (:mod:`pep_cli.errors`) and are turned into exit codes here only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

from pep_cli import __version__, helpcache
from pep_cli.errors import ExitCode, UsageError
from pep_cli.quick import finish, parse_today, parse_year


class _FrenchHelp:
    """Help screens in French, with click's plain formatter.

    typer's rich help costs ~0.2 s of imports on every ``--help``; the plain
    formatter is fast, and only these few strings of it are English.
    """

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix="Usage : ")

    def get_help(self, ctx: Any) -> str:
        import re

        text: str = super().get_help(ctx)  # type: ignore[misc]
        # typer's "<type>" hints say nothing to a user; blanked to keep columns aligned.
        text = re.sub(r" <[^>\n]+>", lambda m: " " * len(m.group()), text)
        text = re.sub(r"\[default:(\s+)", lambda m: "[par défaut :" + m.group(1), text)
        # Section headings in French typography: "Options :", "Arguments :".
        text = re.sub(r"^(Options|Arguments|Commandes):$", r"\1 :", text, flags=re.MULTILINE)
        return str(text).replace("required]", "obligatoire]")

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = "Affiche cette aide et quitte."
        return option


class FrenchCommand(_FrenchHelp, TyperCommand):
    pass


def first_paragraph(text: str | None) -> str:
    """A command's summary: the first paragraph of its help, whole (never cut with « … »)."""
    paragraph = (text or "").strip().split("\n\n", 1)[0]
    return " ".join(paragraph.split())


class FrenchGroup(_FrenchHelp, TyperGroup):
    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.short_help or first_paragraph(command.help)))
        if rows:
            with formatter.section("Commandes"):
                formatter.write_dl(rows)


app = typer.Typer(
    cls=FrenchGroup,
    name="pep",
    help=(
        "pep tient les conventions État–département de prévention et de protection de "
        "l'enfance comme du code : validation, rendu des projets de convention, revue des avenants."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    # Help is wrapped to the terminal, up to 120 columns: a wide terminal gets whole lines.
    context_settings={
        "help_option_names": ["-h", "--help"],
        "show_default": False,
        "max_content_width": 120,
    },
    pretty_exceptions_enable=False,
)

RootOption = Annotated[
    Path | None,
    typer.Option(
        "--root",
        metavar="DOSSIER",
        help=(
            "Dossier du dépôt de données (par défaut : recherché depuis le dossier courant, "
            "comme git)."
        ),
        file_okay=False,
    ),
]


def output_option(help_text: str) -> Any:
    """``--output FICHIER`` / ``-o``: a file that pep writes (atomically)."""
    return typer.Option("--output", "-o", metavar="FICHIER", dir_okay=False, help=help_text)


TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        metavar="AAAA-MM-JJ",
        help="Date du jour pour les échéances (AAAA-MM-JJ ; par défaut aujourd'hui).",
    ),
]
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help=(
            "Relit et revérifie chaque fichier, sans lire ni écrire le cache "
            "(.pep_cache/ du dépôt, ou PEP_CACHE_DIR)."
        ),
    ),
]
RenderNoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help=(
            "Relit, revérifie et rend chaque convention, sans lire ni écrire le cache "
            "(.pep_cache/ du dépôt, ou PEP_CACHE_DIR)."
        ),
    ),
]
TextOrJsonOption = Annotated[
    str, typer.Option("--format", "-f", metavar="FORMAT", help="text ou json.")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pep {__version__}")
        raise typer.Exit(0)


def _color(value: str | None) -> None:
    if value is not None:
        from pep_cli.commands.console import set_color_mode

        set_color_mode(value)


COLOR_HELP = (
    "Couleurs : auto (par défaut : sur un terminal, sauf si NO_COLOR est défini ; "
    "FORCE_COLOR les impose), always ou never."
)


@app.callback()
def main(
    debug: Annotated[
        bool, typer.Option("--debug", help="Affiche la trace complète en cas d'erreur interne.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Affiche la version de pep."
        ),
    ] = False,
    color: Annotated[
        str | None,
        typer.Option("--color", metavar="QUAND", callback=_color, help=COLOR_HELP),
    ] = None,
) -> None:
    """pep : les conventions de prévention et de protection de l'enfance, comme du code."""
    if debug:
        os.environ["PEP_DEBUG"] = "1"


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FICHIER",
        dir_okay=False,
        help="Fichier de configuration à lire au lieu du pep.toml du dépôt.",
    ),
]


ConfigFromOption = Annotated[
    str | None,
    typer.Option(
        "--config-from",
        metavar="RÉVISION",
        help=(
            "Lit pep.toml (ou [tool.pep] de pyproject.toml), data/catalogue.yaml, "
            "data/territories.yaml et templates/ à cette révision git de confiance (en CI : "
            "la branche cible), les conventions dans la copie de travail ; chaque fichier "
            "que la copie modifie est signalé."
        ),
    ),
]


def rule_list_option(name: str, help_text: str) -> Any:
    return typer.Option(name, metavar="RÈGLES", help=help_text)


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="CHEMIN",
            show_default=False,
            help=(
                "Fichiers ou dossiers à valider (par défaut : toutes les conventions du dépôt) ; "
                "« - » lit la convention sur l'entrée standard."
            ),
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=(
                "Format du rapport : text, concise (une ligne par problème), json, github, "
                "junit, sarif, gitlab (par défaut text, ou github dans GitHub Actions)."
            ),
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Les avertissements font aussi échouer (code 1).")
    ] = False,
    today: TodayOption = None,
    output: Annotated[
        Path | None,
        output_option(
            "Écrit le rapport dans ce fichier ; le terminal affiche les problèmes et le bilan."
        ),
    ] = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="RÉVISION",
            help=(
                "Ne valide que les conventions modifiées depuis cette révision git "
                "(branche, étiquette, commit)."
            ),
        ),
    ] = None,
    baseline: Annotated[
        str | None,
        typer.Option(
            "--baseline",
            metavar="RÉVISION",
            help="N'affiche que les problèmes absents à cette révision git (nouveaux problèmes).",
        ),
    ] = None,
    select: Annotated[
        list[str] | None,
        rule_list_option(
            "--select", "N'applique que ces règles (séparées par des virgules ; répétable)."
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        rule_list_option("--ignore", "N'applique pas ces règles (séparées par des virgules)."),
    ] = None,
    exit_zero: Annotated[
        bool,
        typer.Option("--exit-zero", help="Code 0 même s'il y a des erreurs (rapport seulement)."),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="Seulement les problèmes : ni bilan, ni problèmes levés."
        ),
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="Dit aussi (sortie d'erreur) le dépôt, la configuration et les fichiers lus.",
        ),
    ] = False,
    statistics: Annotated[
        bool,
        typer.Option(
            "--statistics",
            help="Compte les problèmes par règle et par fichier, au lieu de les lister.",
        ),
    ] = False,
    stdin_filename: Annotated[
        Path | None,
        typer.Option(
            "--stdin-filename",
            metavar="CHEMIN",
            help="Avec « - » : le chemin de la convention lue sur l'entrée standard.",
        ),
    ] = None,
    no_cache: NoCacheOption = False,
    config: ConfigOption = None,
    config_from: ConfigFromOption = None,
    root: RootOption = None,
) -> None:
    """Valide les conventions : schéma, catalogue des objectifs et règles de leur édition."""
    from pep_cli.commands.validate import Display, run_validate

    raise typer.Exit(
        run_validate(
            paths=paths or [],
            output_format=output_format,
            strict=strict,
            today=parse_today(today),
            root=root,
            output=output,
            changed_since=changed_since,
            baseline=baseline,
            select=select or [],
            ignore=ignore or [],
            exit_zero=exit_zero,
            display=Display(quiet=quiet, verbose=verbose, statistics=statistics),
            stdin_filename=stdin_filename,
            config_file=config,
            cache=not no_cache,
            config_from=config_from,
        )
    )


@app.command()
def catalogue(
    edition: Annotated[
        str | None,
        typer.Option(
            "--edition",
            "-e",
            metavar="ÉDITION",
            help="Édition (2020, 2021, 2022…) ; par défaut la plus récente.",
        ),
    ] = None,
    output_format: TextOrJsonOption = "text",
    root: RootOption = None,
) -> None:
    """Liste les objectifs d'une édition du catalogue ; les obligatoires sont marqués."""
    from pep_cli.commands.catalogue import run_catalogue

    raise typer.Exit(run_catalogue(edition=edition, output_format=output_format, root=root))


@app.command()
def rules(
    output_format: TextOrJsonOption = "text",
    config: ConfigOption = None,
    root: RootOption = None,
) -> None:
    """Liste toutes les règles : nom, niveau en vigueur dans le dépôt, ce qu'elles vérifient."""
    from pep_cli.commands.rules import run_rules

    raise typer.Exit(run_rules(output_format=output_format, root=root, config_file=config))


@app.command()
def explain(
    rule: Annotated[
        str,
        typer.Argument(
            metavar="RÈGLE", show_default=False, help="Nom de la règle (voir « pep rules »)."
        ),
    ],
    config: ConfigOption = None,
    root: RootOption = None,
) -> None:
    """Documentation d'une règle, avec un exemple en défaut et un exemple conforme, son niveau
    dans le dépôt et l'adresse de sa page."""
    from pep_cli.commands.rules import run_explain

    raise typer.Exit(run_explain(rule, root=root, config_file=config))


@app.command()
def new(
    code: Annotated[
        str, typer.Argument(metavar="CODE", help="Code du territoire (ex. 15, 2A, 973, 69M).")
    ],
    edition: Annotated[
        str | None,
        typer.Option(
            "--edition",
            "-e",
            metavar="ÉDITION",
            help="Édition du catalogue ; par défaut la plus récente.",
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--start", metavar="ANNÉE", help="Première année ; par défaut celle de l'édition."
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(
            "--end",
            metavar="ANNÉE",
            help="Dernière année ; par défaut la durée habituelle de l'édition.",
        ),
    ] = None,
    root: RootOption = None,
) -> None:
    """Crée le squelette d'une nouvelle convention (n'écrase jamais).

    Écrit data/departments/<code>-<territoire>-<début>.yaml : territoire, période,
    signataires, une action par objectif obligatoire, financements à compléter.
    """
    from pep_cli.commands.new import run_new

    raise typer.Exit(run_new(code=code, edition_name=edition, start=start, end=end, root=root))


@app.command()
def fmt(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="CHEMIN",
            show_default=False,
            help=(
                "Fichiers ou dossiers à mettre en forme (par défaut : toutes les conventions) ; "
                "« - » lit l'entrée standard et écrit le résultat sur la sortie standard."
            ),
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="N'écrit rien ; liste les fichiers à mettre en forme (alors code 1)."
        ),
    ] = False,
    stdin_filename: Annotated[
        Path | None,
        typer.Option(
            "--stdin-filename",
            metavar="CHEMIN",
            help="Avec « - » : le nom à donner dans les messages au texte lu.",
        ),
    ] = None,
    no_cache: NoCacheOption = False,
    root: RootOption = None,
) -> None:
    """Met les conventions en forme, sans rien perdre.

    Ordre des clés du format, indentation, codes entre guillemets, montants en nombres ;
    aucun commentaire ni aucune valeur ne change.
    """
    from pep_cli.commands.fmt import run_fmt

    if paths and Path("-") in paths:
        from pep_cli.commands.fmt import run_fmt_stdin

        raise typer.Exit(run_fmt_stdin(paths=paths, check=check, stdin_filename=stdin_filename))
    raise typer.Exit(run_fmt(paths=paths or [], check=check, root=root, cache=not no_cache))


@app.command()
def diff(
    reference: Annotated[
        str | None,
        typer.Argument(
            metavar="CODE|CHEMIN",
            show_default=False,
            help="Convention (code du territoire ou fichier) ; par défaut toutes celles modifiées.",
        ),
    ] = None,
    old_revision: Annotated[
        str, typer.Option("--from", metavar="RÉV", help="Révision git de départ.")
    ] = "HEAD",
    new_revision: Annotated[
        str | None,
        typer.Option(
            "--to", metavar="RÉV", help="Révision d'arrivée (par défaut la copie de travail)."
        ),
    ] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text, markdown, json, ou le projet d'avenant : avenant-md, avenant-tex.",
        ),
    ] = "text",
    config_from: ConfigFromOption = None,
    root: RootOption = None,
) -> None:
    """Ce qui change d'une révision git à l'autre (avenants).

    Actions ajoutées, retirées ou modifiées, objectifs, cibles, financements par source
    et par année avec les écarts et les nouveaux totaux, avenants ajoutés.
    """
    from pep_cli.commands.diff import run_diff

    raise typer.Exit(
        run_diff(
            reference=reference,
            old_revision=old_revision,
            new_revision=new_revision,
            output_format=output_format,
            root=root,
            config_from=config_from,
        )
    )


@app.command()
def render(
    references: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="RÉF",
            show_default=False,
            help="Conventions : code du territoire (15 : sa dernière convention) ou chemin.",
        ),
    ] = None,
    all_conventions: Annotated[
        bool, typer.Option("--all", help="Rend toutes les conventions du dépôt.")
    ] = False,
    output_format: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="Format : md (par défaut), tex ou pdf."
        ),
    ] = "md",
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output-dir",
            "-o",
            metavar="DOSSIER",
            help="Écrit DOSSIER/nom.md, .tex ou .pdf (sans -o : sortie standard).",
        ),
    ] = None,
    draft: Annotated[
        bool,
        typer.Option(
            "--draft", help="Rend aussi une convention non conforme, avec ses erreurs en bandeau."
        ),
    ] = False,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates",
            metavar="DOSSIER",
            help="Gabarits qui remplacent ceux du dépôt et de pep (par nom).",
        ),
    ] = None,
    today: TodayOption = None,
    avenant: Annotated[
        bool,
        typer.Option(
            "--avenant", help="Rend le projet d'avenant : ce qui change depuis --from (git)."
        ),
    ] = False,
    old_revision: Annotated[
        str | None,
        typer.Option("--from", metavar="RÉV", help="Avec --avenant : révision de départ."),
    ] = None,
    new_revision: Annotated[
        str | None,
        typer.Option(
            "--to",
            metavar="RÉV",
            help="Avec --avenant : révision d'arrivée (par défaut la copie de travail).",
        ),
    ] = None,
    no_cache: RenderNoCacheOption = False,
    config_from: ConfigFromOption = None,
    root: RootOption = None,
) -> None:
    """Rend les conventions en projets de document : Markdown, LaTeX ou PDF."""
    if avenant or old_revision is not None or new_revision is not None:
        from pep_cli.commands.render import run_render_avenant

        raise typer.Exit(
            run_render_avenant(
                references=references or [],
                avenant=avenant,
                combined=[
                    option
                    for option, given in (("--all", all_conventions), ("--draft", draft))
                    if given
                ],
                old_revision=old_revision,
                new_revision=new_revision,
                output_format=output_format,
                output_dir=output_dir,
                templates=templates,
                root=root,
                config_from=config_from,
            )
        )
    from pep_cli.commands.render import run_render

    raise typer.Exit(
        run_render(
            references=references or [],
            all_conventions=all_conventions,
            output_format=output_format,
            output_dir=output_dir,
            draft=draft,
            templates=templates,
            today=parse_today(today),
            root=root,
            config_from=config_from,
            cache=not no_cache,
        )
    )


@app.command()
def report(
    references: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="RÉF",
            show_default=False,
            help="Conventions : code du territoire (15 : sa dernière convention) ou chemin.",
        ),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option("--year", metavar="AAAA", help="Exercice du rapport (ex. 2023)."),
    ] = None,
    all_conventions: Annotated[
        bool, typer.Option("--all", help="Toutes les conventions en cours cette année-là.")
    ] = False,
    output_format: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="Format : md (par défaut), tex ou pdf."
        ),
    ] = "md",
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output-dir",
            "-o",
            metavar="DOSSIER",
            help="Écrit DOSSIER/nom-rapport-AAAA.md, .tex ou .pdf, avec les graphiques.",
        ),
    ] = None,
    draft: Annotated[
        bool,
        typer.Option(
            "--draft",
            help="Projet : liste en première page ce qui manque ; rend aussi une convention "
            "non conforme.",
        ),
    ] = False,
    charts: Annotated[
        bool,
        typer.Option(
            "--charts/--no-charts",
            show_default=False,
            help="Dessine les graphiques (par défaut : oui).",
        ),
    ] = True,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates",
            metavar="DOSSIER",
            help="Gabarits qui remplacent ceux du dépôt et de pep (par nom).",
        ),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help=(
                "Relit, revérifie et refait chaque rapport, sans lire ni écrire le cache "
                "(.pep_cache/ du dépôt, ou PEP_CACHE_DIR)."
            ),
        ),
    ] = False,
    today: TodayOption = None,
    config_from: ConfigFromOption = None,
    root: RootOption = None,
) -> None:
    """Rend le rapport annuel d'exécution : résultats, crédits, graphiques."""
    from pep_cli.commands.report import run_report

    raise typer.Exit(
        run_report(
            references=references or [],
            all_conventions=all_conventions,
            year=year,
            output_format=output_format,
            output_dir=output_dir,
            draft=draft,
            charts=charts,
            templates=templates,
            today=parse_today(today),
            root=root,
            config_from=config_from,
            cache=not no_cache,
        )
    )


@app.command()
def history(
    reference: Annotated[
        str,
        typer.Argument(metavar="CODE|CHEMIN", help="Convention : code du territoire ou fichier."),
    ],
    output_format: TextOrJsonOption = "text",
    root: RootOption = None,
) -> None:
    """Les versions d'une convention d'après git.

    Commit, date, auteur, champ version et avenant ajouté, du plus récent au plus ancien.
    """
    from pep_cli.commands.history import run_history

    raise typer.Exit(run_history(reference=reference, output_format=output_format, root=root))


@app.command()
def schema(
    edition: Annotated[
        str | None,
        typer.Option(
            "--edition",
            "-e",
            metavar="ÉDITION",
            help="Édition (2020, 2021, 2022…) ; par défaut toutes celles du catalogue.",
        ),
    ] = None,
    output: Annotated[
        Path | None, output_option("Fichier à écrire (par défaut : la sortie standard).")
    ] = None,
    root: RootOption = None,
) -> None:
    """Schéma JSON (2020-12) des conventions, pour les éditeurs (VS Code…) et les outils."""
    from pep_cli.commands.schema import run_schema

    raise typer.Exit(run_schema(edition=edition, output=output, root=root))


@app.command()
def export(
    references: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="RÉF",
            show_default=False,
            help="Convention : code du territoire (15 : sa dernière convention) ou chemin.",
        ),
    ] = None,
    all_conventions: Annotated[
        bool, typer.Option("--all", help="Toutes les conventions du dépôt (format csv).")
    ] = False,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="xlsx (classeur) ou csv (données ouvertes) ; par défaut d'après -o.",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="CHEMIN",
            help="Le classeur .xlsx, ou le dossier des données ouvertes (csv).",
        ),
    ] = None,
    collect: Annotated[
        str | None,
        typer.Option(
            "--collect",
            metavar="ANNÉE",
            help="Le classeur de collecte de cet exercice (résultats, exécution, rapport).",
        ),
    ] = None,
    today: TodayOption = None,
    root: RootOption = None,
) -> None:
    """Exporte en tableur : classeur d'une convention, classeur de collecte, données ouvertes."""
    from pep_cli.commands.exchange import run_export

    raise typer.Exit(
        run_export(
            references=references or [],
            all_conventions=all_conventions,
            output_format=output_format,
            output=output,
            collect=parse_year("--collect", collect),
            today=parse_today(today),
            root=root,
        )
    )


@app.command("import")
def import_(
    workbook: Annotated[
        Path,
        typer.Argument(metavar="CLASSEUR", help="Le classeur de collecte rempli (.xlsx, ou .ods)."),
    ],
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="N'écrit rien ; montre ce qui changerait (code 1 s'il y a à importer)."
        ),
    ] = False,
    convention: Annotated[
        str | None,
        typer.Option(
            "--convention", metavar="RÉF", help="Refuse un classeur fait pour une autre convention."
        ),
    ] = None,
    exercise: Annotated[
        str | None,
        typer.Option(
            "--exercise", metavar="ANNÉE", help="Refuse un classeur fait pour un autre exercice."
        ),
    ] = None,
    today: TodayOption = None,
    root: RootOption = None,
) -> None:
    """Importe un classeur de collecte rempli dans la convention (résultats, exécution, rapport).

    Ne change que les valeurs importées ; refuse, sans rien écrire, un classeur modifié hors
    des cellules à remplir, une valeur invalide ou un résultat qui ne serait pas conforme.
    """
    from pep_cli.commands.exchange import run_import

    raise typer.Exit(
        run_import(
            workbook=workbook,
            check=check,
            convention=convention,
            exercise=parse_year("--exercise", exercise),
            today=parse_today(today),
            root=root,
        )
    )


@app.command(name="config")
def show_config(
    output_format: TextOrJsonOption = "text",
    config: ConfigOption = None,
    root: RootOption = None,
) -> None:
    """Les réglages en vigueur (dépôt, configuration, fichiers, niveau de chaque règle) et
    d'où vient chacun."""
    from pep_cli.commands.config import run_config

    raise typer.Exit(run_config(output_format=output_format, config_file=config, root=root))


@app.command()
def completion(
    shell: Annotated[
        str,
        typer.Argument(metavar="SHELL", help="bash, zsh, fish ou powershell."),
    ],
) -> None:
    """Le script de complétion des commandes et options pour un shell.

    Par exemple, dans ~/.bashrc : eval "$(pep completion bash)".
    """
    from typer._completion_shared import get_completion_script

    shells = ("bash", "zsh", "fish", "powershell")
    if shell not in shells:
        raise UsageError(f"shell « {shell} » non pris en charge ; shells : {', '.join(shells)}")
    typer.echo(get_completion_script(prog_name="pep", complete_var="_PEP_COMPLETE", shell=shell))
    raise typer.Exit(0)


@app.command()
def lsp(
    stdio: Annotated[
        bool,
        typer.Option(
            "--stdio", help="Sur l'entrée et la sortie standard (par défaut).", show_default=False
        ),
    ] = True,
) -> None:
    """Serveur de langage (LSP) pour les éditeurs : problèmes en direct, survol, complétion."""
    from pep_cli.commands.lsp import run_lsp

    raise typer.Exit(run_lsp())


YearOption = Annotated[
    int | None,
    typer.Option(
        "--year", "-y", metavar="ANNÉE", help="Une année budgétaire (par défaut : toutes)."
    ),
]
MapOption = Annotated[
    str,
    typer.Option(
        "--map",
        metavar="MESURE",
        help="Couleur de la carte : funding (financement de l'État), achievement, reports.",
    ),
]


@app.command()
def national(
    year: YearOption = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="text (par défaut), md, json, xlsx ou pdf."
        ),
    ] = "text",
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FICHIER|DOSSIER/",
            help="Fichier à écrire (un DOSSIER/ reçoit national.<format>).",
        ),
    ] = None,
    measure: MapOption = "funding",
    today: TodayOption = None,
    config_from: ConfigFromOption = None,
    root: RootOption = None,
) -> None:
    """La vue nationale : toutes les conventions, financements, objectifs, rapports, carte."""
    from pep_cli.commands.national import run_national

    raise typer.Exit(
        run_national(
            year=year,
            output_format=output_format,
            output=output,
            measure=measure,
            today=parse_today(today),
            root=root,
            config_from=config_from,
        )
    )


@app.command()
def site(
    output_dir: Annotated[
        Path,
        typer.Option(
            "--output-dir", "-o", metavar="DOSSIER", help="Dossier du site (ex. public/)."
        ),
    ],
    year: YearOption = None,
    measure: MapOption = "funding",
    today: TodayOption = None,
    config_from: ConfigFromOption = None,
    root: RootOption = None,
) -> None:
    """Le site statique : tableau de bord national, une page par convention et par rapport."""
    from pep_cli.commands.site import run_site

    raise typer.Exit(
        run_site(
            output_dir=output_dir,
            year=year,
            measure=measure,
            today=parse_today(today),
            root=root,
            config_from=config_from,
        )
    )


# --- running the app: one place turns every outcome into an exit code -------------------------

_CLICK_MESSAGES = {
    "NoSuchOption": "option inconnue",
    "MissingParameter": "argument ou option manquant",
    "BadParameter": "valeur invalide",
    "BadOptionUsage": "option mal employée",
    "BadArgumentUsage": "argument mal employé",
}


def _french_usage(exc: Any) -> str:
    kind = type(exc).__name__
    if kind == "NoSuchOption":
        message = f"option inconnue : {exc.option_name}"
        if exc.possibilities:
            message += f" ; vouliez-vous dire {', '.join(sorted(exc.possibilities))} ?"
        return message
    if kind == "MissingParameter":
        param = exc.param
        name = (param.opts[0] if param.opts else param.name) if param is not None else ""
        if param is not None and getattr(param, "param_type_name", "") == "argument":
            name = (param.name or "").upper()
        return f"argument ou option manquant : {name}"
    if kind == "BadParameter" and exc.param is not None:
        name = exc.param.opts[0] if exc.param.opts else exc.param.name
        return f"valeur invalide pour {name} : {_french_detail(exc.message)}"
    if kind == "BadOptionUsage":
        return _french_detail(exc.message)
    if kind == "UsageError" and exc.message.startswith("No such command"):
        command = exc.message.split("'")[1] if "'" in exc.message else exc.message
        return f"commande inconnue : {command} (voir « pep --help »)"
    if kind == "UsageError" and exc.message.startswith("Got unexpected extra argument"):
        extra: str = exc.message.split("(", 1)[-1].rstrip(")")
        return f"argument en trop : {extra}"
    return f"{_CLICK_MESSAGES.get(kind, 'usage incorrect')} : {exc.message}"


# click's own sentences, in French.
_CLICK_DETAILS = (
    (r"Option '(.+)' requires an argument\.", r"l'option \1 attend une valeur"),
    (r"Option '(.+)' requires (\d+) arguments\.", r"l'option \1 attend \2 valeurs"),
    (r"Option '(.+)' does not take a value\.", r"l'option \1 ne prend pas de valeur"),
    (r"(?:File|Directory|Path) '(.+)' does not exist\.", r"« \1 » n'existe pas"),
    (r"(?:File|Directory|Path) '(.+)' is a file\.", r"« \1 » est un fichier, pas un dossier"),
    (r"(?:File|Directory|Path) '(.+)' is a directory\.", r"« \1 » est un dossier, pas un fichier"),
    (r"(?:File|Directory|Path) '(.+)' is not readable\.", r"« \1 » n'est pas lisible"),
    (r"(?:File|Directory|Path) '(.+)' is not writable\.", r"« \1 » n'est pas modifiable"),
    (r"'(.+)' is not one of (.+)\.", r"« \1 » n'est pas une valeur admise (\2)"),
)


def _french_detail(message: str) -> str:
    import re

    for english, french in _CLICK_DETAILS:
        if re.fullmatch(english, message):
            return re.sub(english, french, message)
    return message


def build_command() -> Any:
    """The click command of the whole app, with French help screens and ``--color``
    accepted after every command (``pep validate --color never``) as before it."""
    import typer.main

    for info in app.registered_commands:  # every command gets the French help screen
        if info.cls in (None, TyperCommand):
            info.cls = FrenchCommand
    group = typer.main.get_command(app)
    import copy

    color = copy.copy(next(p for p in group.params if p.name == "color"))
    color.expose_value = False  # its callback sets the mode; the command never sees it
    for command in group.commands.values():  # type: ignore[attr-defined]
        if not any(p.name == "color" for p in command.params):
            command.params.append(color)
    return group


def _complete_shell() -> None:
    """Answer the shell's completion request (``_PEP_COMPLETE`` set by the completion
    script of ``pep completion SHELL``)."""
    if os.environ.get("_PEP_COMPLETE"):
        from typer._completion_classes import completion_init

        completion_init()


def run(argv: list[str] | None = None) -> NoReturn:
    """Run pep with ``argv`` and exit with the code the outcome deserves."""
    from typer._click import exceptions as click_exceptions

    args = sys.argv[1:] if argv is None else argv

    def call() -> int:
        with helpcache.recording(args) as keep:  # a help screen is kept for the next time
            code = shown()
            keep(code)
        return code

    def shown() -> int:
        try:
            _complete_shell()
            command = build_command()
            # Without standalone mode, click returns the code of typer.Exit instead of raising it.
            result = command.main(args=args, prog_name="pep", standalone_mode=False)
            code = result if isinstance(result, int) else int(ExitCode.OK)
            if code == ExitCode.INTERRUPTED:  # typer turns Ctrl-C into this code, silently
                print("pep : interrompu", file=sys.stderr)
            return code
        except typer.Exit as exc:
            return exc.exit_code
        except typer.Abort:
            print("pep : interrompu", file=sys.stderr)
            return int(ExitCode.INTERRUPTED)
        except click_exceptions.NoArgsIsHelpError as exc:  # "pep" alone: its help, as --help
            sys.stdout.write(exc.ctx.get_help() + "\n")
            return int(ExitCode.OK)
        except click_exceptions.ClickException as exc:
            context = getattr(exc, "ctx", None)
            if context is not None and context.command_path:
                print(context.get_usage(), file=sys.stderr)
            print(f"pep : erreur : {_french_usage(exc)}", file=sys.stderr)
            return int(ExitCode.USAGE)

    finish(call, debug="--debug" in args)
