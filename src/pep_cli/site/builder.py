"""Building the static site: one validation, one national view, then every page.

Pages are written atomically under the output folder, at stable addresses:

- ``index.html``: the national dashboard;
- ``conventions/index.html``: the list, with a filter box;
- ``conventions/<slug>/index.html``: a convention (``slug`` = ``15-cantal-2022``);
- ``conventions/<slug>/rapports/<année>/index.html``: an annual report;
- ``national.json``: the data of the dashboard (``pep national -f json``);
- ``assets/``: the style sheet and the filter script.

Links are relative, so the site works at any address (a Pages project lives under
``/<projet>/``) and with no server at all for the pages themselves.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pep_cli.errors import UsageError

if TYPE_CHECKING:
    from jinja2 import Environment

    from pep_cli.check.engine import ConventionFile
    from pep_cli.check.problem import Problem
    from pep_cli.data.model import Convention
    from pep_cli.national.collect import Collected
    from pep_cli.data.repository import DataRepository
    from pep_cli.national.view import ConventionRef, Excluded

ASSETS = ("site.css", "filtre.js")


@dataclass
class SiteResult:
    out: Path
    pages: list[str] = field(default_factory=list)  # relative paths of the pages written
    removed: list[str] = field(default_factory=list)  # pages of an earlier build, now gone
    excluded: list[Excluded] = field(default_factory=list)


@dataclass(frozen=True)
class Commit:
    short: str
    date: dt.date
    author: str
    subject: str


def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    from pep_cli import french
    from pep_cli.national import labels

    env = Environment(
        loader=PackageLoader("pep_cli.site", "templates"),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        money=labels.money,
        rate=labels.rate,
        number=labels.number,
        day=labels.day,
        amount=french.amount,
    )
    return env


def history_by_file(top: Path | None, paths: Sequence[Path]) -> dict[Path, list[Commit]]:
    """The commits of each file, newest first, in one ``git log`` (renames not followed)."""
    from pep_cli.history.git import quiet

    if top is None or not paths:
        return {}
    wanted: dict[str, Path] = {}
    for path in paths:
        try:
            wanted[path.resolve().relative_to(top).as_posix()] = path.resolve()
        except ValueError:
            continue
    folders = sorted({name.rsplit("/", 1)[0] if "/" in name else "." for name in wanted})
    out = quiet(
        [
            "log",
            "-z",
            "--no-renames",
            "--format=%x1e%h%x1f%cI%x1f%an%x1f%s",
            "--name-only",
            "--",
            *folders,
        ],
        top,
    )
    found: dict[Path, list[Commit]] = {}
    for chunk in (out or "").split("\x1e")[1:]:
        header, _, names = chunk.partition("\x00")
        short, iso, author, subject = [*header.split("\x1f"), "", "", "", ""][:4]
        try:
            when = dt.datetime.fromisoformat(iso.strip()).date()
        except ValueError:
            continue
        commit = Commit(short.strip(), when, author, subject.strip())
        for name in names.split("\x00"):
            touched = wanted.get(name.strip("\n"))
            if touched is not None:
                found.setdefault(touched, []).append(commit)
    return found


def _demote(html: str) -> str:
    """Headings one level down: the page has its own ``<h1>``."""
    return re.sub(r"<(/?)h([1-5])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)


def _markdown_html(text: str) -> str:
    from markdown_it import MarkdownIt

    # html=False: any HTML in the data is shown as text, never run.
    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    html = parser.render(text)
    # Column alignment as classes: the pages' security policy allows no inline style.
    html = re.sub(r' style="text-align:(left|right|center)"', r' class="aligne-\1"', html)
    return _demote(html)


def _check_output(out: Path, collected: Collected) -> None:
    if out.exists() and not out.is_dir():
        raise UsageError(f"-o : « {out} » existe et n'est pas un dossier")
    root = collected.repo.root
    if root is not None and out.resolve() == root.resolve():
        raise UsageError("-o : le site ne s'écrit pas à la racine du dépôt de données")


def build_site(
    root: Path | DataRepository | None,
    out: Path,
    *,
    today: dt.date,
    year: int | None = None,
    measure: str = "funding",
) -> SiteResult:
    from pep_cli.fileio import atomic_write
    from pep_cli.national.collect import collect, data_revision
    from pep_cli.national.serialize import to_data

    collected = collect(root, today=today, year=year, measure=measure)
    _check_output(out, collected)
    view = collected.view
    repo = collected.repo
    env = _environment()
    result = SiteResult(out=out, excluded=view.excluded)
    revision, dirty = data_revision(repo)
    files = {f.display: f for f in collected.report.conventions if f.model is not None}
    by_path = {ref.path: ref for ref in view.conventions}
    problems: dict[str, list[Problem]] = {}
    for problem in collected.report.problems:
        problems.setdefault(problem.path, []).append(problem)

    from pep_cli.history.git import toplevel

    top = toplevel(repo.root) if repo.root is not None else None
    histories = history_by_file(top, [f.path for f in files.values()])
    documents = _documents(collected, list(files.values()))

    common = {
        "today": today,
        "revision": (revision or "")[:12] or None,
        "dirty": dirty,
        "credit": _credit(),
    }

    def write(relative: str, template: str, **values: Any) -> None:
        depth = relative.count("/")
        html = env.get_template(template).render(base="../" * depth, **common, **values)
        try:
            atomic_write(out / relative, html, durable=False)
        except OSError as exc:
            raise UsageError(
                f"impossible d'écrire « {out / relative} » : {exc.strerror or exc}"
            ) from None
        result.pages.append(relative)

    from pep_cli.national.measures import legend_and_colours
    from pep_cli.national.svgmap import map_title, view_svg

    legend, coloured = legend_and_colours(view.map)
    slugs = {c.slug for c in view.conventions}

    def link(entry: Any) -> str | None:
        first = next((s for s in entry.entry.conventions if s in slugs), None)
        return f"conventions/{first}/" if first else None

    write(
        "index.html",
        "dashboard.html.j2",
        view=view,
        map_svg=view_svg(view.map, repo.territories, link=link),
        map_title=map_title(view.map.measure, view.map.year),
        legend=legend,
        coloured=[c for c in coloured if c.entry.conventions],
        without=sum(not c.entry.conventions for c in coloured),
        chart=_funding_chart(view),
        labels=_labels(),
    )
    write("conventions/index.html", "conventions.html.j2", view=view, labels=_labels())
    for display, file in files.items():
        ref = by_path[display]
        model = file.model
        assert model is not None
        reports = _reports_of(collected, ref, model, today)
        write(
            f"conventions/{ref.slug}/index.html",
            "convention.html.j2",
            ref=ref,
            problems=problems.get(display, []),
            history=histories.get(file.path.resolve(), []),
            document=documents.get(display),
            reports=reports,
            labels=_labels(),
        )
        for report in reports:
            write(
                f"conventions/{ref.slug}/rapports/{report['year']}/index.html",
                "report.html.j2",
                ref=ref,
                report=report,
                labels=_labels(),
            )
    data = json.dumps(to_data(view), ensure_ascii=False, indent=2) + "\n"
    atomic_write(out / "national.json", data, durable=False)
    written = [*result.pages, "national.json"]
    for name in ASSETS:
        content = (resources.files("pep_cli.site") / "assets" / name).read_text(encoding="utf-8")
        atomic_write(out / "assets" / name, content, durable=False)
        written.append(f"assets/{name}")
    result.removed = _prune(out, written)
    manifest = "".join(f"{name}\n" for name in sorted(written))
    atomic_write(out / MANIFEST, MANIFEST_HEADER + manifest, durable=False)
    return result


# What the last build wrote, so that the next one removes the pages of a convention that
# left the repository; nothing else in the folder is ever touched.
MANIFEST = ".pep-site"
MANIFEST_HEADER = "# Fichiers écrits par « pep site » (les autres ne sont jamais touchés)\n"


def _prune(out: Path, written: list[str]) -> list[str]:
    """Remove what the previous build listed and this one did not write.

    The list is read as untrusted (the folder may be committed in the data repository): a
    name is removed only if it stays inside ``out`` without a symbolic link on the way,
    is a regular file, and ends like a page pep writes.
    """
    try:
        listed = (out / MANIFEST).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    keep = set(written)
    base = out.resolve()
    removed: list[str] = []
    for name in listed:
        if not name or name.startswith("#") or name in keep:
            continue
        if not name.endswith((".html", ".json", ".css", ".js")) or "\\" in name:
            continue
        parts = Path(name).parts
        if Path(name).is_absolute() or ".." in parts or not parts:
            continue
        path = out.joinpath(*parts)
        try:
            if any(out.joinpath(*parts[:i]).is_symlink() for i in range(1, len(parts) + 1)):
                continue
            if not path.resolve().is_relative_to(base) or not path.is_file():
                continue
            path.unlink()
        except (OSError, ValueError):
            continue
        removed.append(name)
        for parent in path.parents:  # the folders it leaves empty (a convention's)
            if parent == out or not parent.is_relative_to(out):
                break
            try:
                parent.rmdir()
            except OSError:
                break
    return removed


def _credit() -> str:
    from pep_cli.national.labels import MAP_CREDIT

    return MAP_CREDIT


def _labels() -> dict[str, Any]:
    from pep_cli.national import labels
    from pep_cli.national.measures import REPORT_LABELS
    from pep_cli.national.view import MEASURES, REPORT_STATES

    return {
        "status": labels.STATUS_LABELS,
        "states": labels.REPORT_STATE_LABELS,
        "state_order": REPORT_STATES,
        "report": REPORT_LABELS,
        "measures": MEASURES,
        "title": labels.TITLE,
        "no_national": labels.NO_NATIONAL_INDICATORS,
    }


def _documents(collected: Collected, files: list[ConventionFile]) -> dict[str, str]:
    """Each convention's document (the ``pep render`` Markdown) as HTML."""
    from pep_cli.render import Renderer
    from pep_cli.render import provenance as provenance_module
    from pep_cli.render.context import build_context

    repo = collected.repo
    renderer = Renderer(repo.template_dirs(), "md")
    origins = provenance_module.lookup([f.path for f in files], repo.root)
    errors: dict[str, list[Problem]] = {}
    for problem in collected.report.problems:
        if problem.is_error:
            errors.setdefault(problem.path, []).append(problem)
    texts: dict[str, str] = {}
    for file in files:
        model = file.model
        assert model is not None
        edition = repo.catalogue.editions.get(model.edition)
        if edition is None:
            continue
        context = build_context(
            model,
            edition,
            repo.territories.by_code.get(model.territory.code),
            origins[file.path.resolve()],
            errors.get(file.display, []),
        )
        texts[file.display], _ = renderer.text(context)
    from pep_cli.parallel import parallel_map

    # Markdown to HTML is the bulk of the work: on every core for large repositories.
    htmls = parallel_map(_markdown_html, list(texts.values()))
    return dict(zip(texts, htmls, strict=True))


def _reports_of(
    collected: Collected, ref: ConventionRef, model: Convention, today: dt.date
) -> list[dict[str, Any]]:
    """The annual reports of a convention, one per exercise of its period (when owed)."""
    from pep_cli.national.view import SIGNED_STATUSES, achievement_of, reached, report_state

    edition = collected.repo.catalogue.editions.get(model.edition)
    if edition is None or model.status not in SIGNED_STATUSES:
        return []
    found = []
    for year in ref.years:
        entry = model.reports.get(year)
        due = edition.report_due(year)
        indicators = []
        for action in model.actions:
            for indicator in action.indicators:
                target = indicator.targets.get(year)
                result = indicator.results.get(year)
                hit: bool | None = None
                share: Decimal | None = None
                if target is not None and result is not None:
                    hit = reached(target, result, indicator.direction)
                    share = achievement_of(target, result, indicator.direction)
                indicators.append(
                    {
                        "action": action.title,
                        "label": indicator.label,
                        "unit": indicator.unit,
                        "target": target,
                        "result": result,
                        "reached": hit,
                        "achievement": share,
                        "comment": indicator.comments.get(year),
                    }
                )
        execution = [
            {"source": source, "paid": by_year[year].paid, "spent": by_year[year].spent}
            for source, by_year in model.execution.items()
            if year in by_year
        ]
        signed = {
            source: by_year[year] for source, by_year in model.funding.items() if year in by_year
        }
        found.append(
            {
                "year": year,
                "state": report_state(entry, due, today),
                "due": due,
                "adopted_on": entry.adopted_on if entry else None,
                "summary": entry.summary if entry else None,
                "indicators": indicators,
                "execution": execution,
                "signed": signed,
                "signed_total": sum(signed.values(), Decimal(0)),
            }
        )
    return found


def _funding_chart(view: Any) -> dict[str, Any]:
    """Bars of the State's signed money and the national envelope, per year (SVG numbers)."""
    totals = view.totals
    top = max(
        [t.state for t in totals] + [t.envelope for t in totals if t.envelope is not None],
        default=Decimal(0),
    )
    width = 520.0
    bars = []

    def scale(value: Decimal) -> float:
        return float(value) / float(top) * width if top else 0.0

    for index, total in enumerate(totals):
        bars.append(
            {
                "year": total.year,
                "y": 20 + index * 46,
                "state": total.state,
                "state_width": scale(total.state),
                "envelope": total.envelope,
                "envelope_width": scale(total.envelope) if total.envelope is not None else None,
            }
        )
    return {"bars": bars, "height": 30 + len(bars) * 46, "width": width}
