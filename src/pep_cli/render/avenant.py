"""The draft avenant: what changes in a convention between two git revisions, article by article.

Built on the rendering of conventions: the same Jinja2 environment, filters and
escaping (:mod:`pep_cli.render.environment`), the same context of the
convention as amended (:func:`~pep_cli.render.context.build_context`), the
same LaTeX preamble, tables and signature blocks (``templates/preamble.tex.j2``,
``templates/parts.*.j2``) and the same PDF compilation. What changes comes from
the semantic diff (:mod:`pep_cli.history.diff`), its phrases from
:mod:`pep_cli.history.diff_phrases`.

Templates: ``avenant.md.j2`` and ``avenant.tex.j2``; their variables are those
of the convention as amended (``title`` being the avenant's) plus the ones of
:class:`AvenantContext` (templates/README.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pep_cli.errors import DataError, UsageError

if TYPE_CHECKING:
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.model import Amendment
    from pep_cli.data.repository import DataRepository
    from pep_cli.history.diff import ConventionDiff
    from pep_cli.history.versions import Comparison
    from pep_cli.render.context import ActionView, RenderContext
    from pep_cli.render.provenance import Provenance

TEMPLATES = {"md": "avenant.md.j2", "tex": "avenant.tex.j2", "pdf": "avenant.tex.j2"}
FORMATS = tuple(TEMPLATES)
# Fields that an avenant changes by being signed: not listed among its modifications.
STATED_BY_THE_AVENANT = ("version", "status", "signed_on")


@dataclass(frozen=True)
class ObjectiveRef:
    number: int
    title: str


@dataclass(frozen=True)
class AddedAction:
    """An action added by the avenant, as the amended convention lays it out."""

    view: ActionView
    objective: ObjectiveRef


@dataclass(frozen=True)
class OtherAction:
    """An action removed or modified: its identity, and for a modification what changes."""

    id: str
    title: str
    objective: ObjectiveRef
    details: tuple[str, ...]  # French phrases, one per change


@dataclass(frozen=True)
class AmountChange:
    label: str  # the funding source's French label, or "Total"
    year: int
    old: Decimal | None
    new: Decimal | None
    difference: Decimal


@dataclass(frozen=True)
class AvenantContext:
    """What an avenant template receives, besides the amended convention's own variables."""

    convention: RenderContext  # the convention as amended
    number: int | None  # "avenant n° 1" (version 2); None when the version was not raised
    amendment: Amendment | None  # the amendments entry added, if any
    previous_amendments: tuple[Amendment, ...]
    old_version: int
    initial_signed_on: dt.date | None
    compared: str  # "HEAD → copie de travail"
    convention_title: str  # "Contrat de prévention et de protection de l’enfance 2022-2024"
    the_convention: str  # "le contrat de prévention …" / "la convention de prévention …"
    of_document: str  # "du contrat" / "de la convention"
    of_convention: str  # "du contrat de prévention …" / "de la convention de prévention …"
    to_convention: str  # "au contrat de prévention …" / "à la convention de prévention …"
    subjects: tuple[str, ...]  # what the avenant changes, for its first article
    objectives_gained: tuple[ObjectiveRef, ...]
    objectives_lost: tuple[ObjectiveRef, ...]
    actions_added: tuple[AddedAction, ...]
    actions_removed: tuple[OtherAction, ...]
    actions_changed: tuple[OtherAction, ...]
    funding_changed: bool
    amount_changes: tuple[AmountChange, ...]  # per source and year, then the yearly totals
    total_old: Decimal
    total_new: Decimal
    other_changes: tuple[str, ...]  # period, signatories, sources…

    @property
    def title(self) -> str:
        number = f"n° {self.number}" if self.number else "n° …"
        return f"Avenant {number} {self.to_convention}"

    def as_template_variables(self) -> dict[str, Any]:
        variables = self.convention.as_template_variables()
        variables.update({f.name: getattr(self, f.name) for f in fields(self)})
        variables["title"] = self.title
        variables["draft"] = False
        return variables


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def build_avenant(
    diff: ConventionDiff,
    convention: RenderContext,
    edition: Edition,
    compared: str,
) -> AvenantContext:
    """The avenant's context from the diff of two versions and the amended convention's context."""
    from pep_cli.history.diff_phrases import action_details, field_change, header_lines

    old, new = diff.old, diff.new
    assert old is not None and new is not None

    def objective(number: int) -> ObjectiveRef:
        known = edition.by_number.get(number)
        return ObjectiveRef(
            number, known.title if known else f"objectif n° {number}, hors catalogue"
        )

    views = {view.id: view for view in convention.actions}
    added = tuple(
        AddedAction(views[a.id], objective(a.objective))
        for a in diff.actions
        if a.status == "added"
    )
    removed = tuple(
        OtherAction(a.id, a.title, objective(a.objective), ())
        for a in diff.actions
        if a.status == "removed"
    )
    changed = tuple(
        OtherAction(a.id, a.title, objective(a.objective), tuple(action_details(a)))
        for a in diff.actions
        if a.status == "changed"
    )
    amounts = [
        AmountChange(line.label, y.year, y.old, y.new, y.difference)
        for line in diff.funding
        for y in line.years
        if y.changed
    ]
    amounts += [
        AmountChange("Total", t.year, t.old, t.new, t.difference) for t in diff.totals if t.changed
    ]

    # Everything else the diff says, except what the avenant states by itself.
    other_fields = [c for c in diff.fields if c.name not in STATED_BY_THE_AVENANT]
    others = [field_change(c) for c in other_fields]
    others += [line for line in header_lines(diff) if line.startswith(("signataire", "source "))]
    subjects = []
    if added or removed or changed:
        subjects.append("les actions (article 3)")
    if diff.objectives_gained or diff.objectives_lost:
        subjects.append("les objectifs du catalogue couverts")
    if diff.funding_changed:
        subjects.append("le financement (article 4)")
    other_labels = [c.label for c in other_fields]
    other_labels += ["les signataires"] if diff.signatories else []
    other_labels += ["les sources"] if diff.sources_added or diff.sources_removed else []
    if other_labels:
        subjects.append(f"d’autres stipulations ({', '.join(other_labels)})")

    noun = convention.document.noun
    feminine = convention.document.feminine
    rest = _lower_first(convention.title).removeprefix(noun)
    return AvenantContext(
        convention=convention,
        number=new.version - 1 if new.version > old.version else None,
        amendment=diff.amendments_added[-1] if diff.amendments_added else None,
        previous_amendments=tuple(old.amendments),
        old_version=old.version,
        initial_signed_on=old.signed_on,
        compared=compared,
        convention_title=convention.title,
        the_convention=("la " if feminine else "le ") + noun + rest,
        of_document=("de la " if feminine else "du ") + noun,
        of_convention=("de la " if feminine else "du ") + noun + rest,
        to_convention=("à la " if feminine else "au ") + noun + rest,
        subjects=tuple(subjects),
        objectives_gained=tuple(ObjectiveRef(o.number, o.title) for o in diff.objectives_gained),
        objectives_lost=tuple(ObjectiveRef(o.number, o.title) for o in diff.objectives_lost),
        actions_added=added,
        actions_removed=removed,
        actions_changed=changed,
        funding_changed=diff.funding_changed,
        amount_changes=tuple(amounts),
        total_old=sum((line.old_total for line in diff.funding), Decimal(0)),
        total_new=sum((line.new_total for line in diff.funding), Decimal(0)),
        other_changes=tuple(others),
    )


# --- rendering ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedAvenant:
    content: str | bytes
    name: str  # file name without suffix: "15-cantal-2022-avenant-1"


def _new_side_provenance(repo: DataRepository, comparison: Comparison, path: str) -> Provenance:
    """Where the amended convention comes from: the working tree, or a commit."""
    from pep_cli.history.git import GitRepository
    from pep_cli.render import provenance

    assert repo.root is not None
    git = GitRepository(repo.root)
    file = git.top / path
    if comparison.new_revision is None:
        return provenance.lookup([file], repo.root)[file.resolve()]
    commit, epoch, day = git.commit_info(comparison.new_revision)
    forced = provenance.source_date_epoch()
    return provenance.Provenance(
        path=provenance.shown_path(file, repo.root),
        state="committed",
        commit=commit,
        commit_date=day,
        commit_epoch=epoch,
        date=dt.datetime.fromtimestamp(forced, tz=dt.UTC).date() if forced is not None else day,
        epoch=forced if forced is not None else epoch,
        from_environment=forced is not None,
    )


def avenant_of(
    repo: DataRepository, comparison: Comparison
) -> tuple[ConventionDiff, AvenantContext]:
    """The avenant of the one convention that ``comparison`` compares."""
    from pep_cli.render.context import build_context

    if comparison.errors:
        raise DataError("\n".join(comparison.errors))
    if len(comparison.diffs) != 1:
        found = (
            f"{len(comparison.diffs)} conventions modifiées"
            if comparison.diffs
            else "aucune convention modifiée"
        )
        raise UsageError(
            f"un avenant porte sur une seule convention ({found}) : indiquez-la (code ou fichier)"
        )
    diff = comparison.diffs[0]
    if diff.old is None or diff.new is None:
        what = "une nouvelle convention" if diff.old is None else "une convention supprimée"
        raise UsageError(f"{diff.name} : pas d'avenant pour {what}")
    if diff.empty:
        raise DataError(
            f"{diff.name} : aucun changement de contenu entre {comparison.old_label} et "
            f"{comparison.new_label} : pas d'avenant à rédiger"
        )
    edition = repo.catalogue.editions.get(diff.new.edition)
    if edition is None:
        raise DataError(f"{diff.name} : édition « {diff.new.edition} » inconnue du catalogue")
    territory = repo.territories.by_code.get(diff.new.territory.code)
    origin = _new_side_provenance(repo, comparison, diff.name)
    convention = build_context(diff.new, edition, territory, origin)
    compared = f"{comparison.old_label} → {comparison.new_label}"
    return diff, build_avenant(diff, convention, edition, compared)


def render_avenant(
    repo: DataRepository,
    comparison: Comparison,
    *,
    fmt: str,
    templates: Path | None = None,
) -> RenderedAvenant:
    """The draft avenant in Markdown, LaTeX or PDF."""
    from pep_cli.history.diff_phrases import signed_money
    from pep_cli.render.environment import LineMap, make_environment, render_template

    if fmt not in TEMPLATES:
        raise UsageError(
            f"format « {fmt} » inconnu pour l'avenant ; formats : {', '.join(FORMATS)}"
        )
    engine = None
    if fmt == "pdf":  # before any work: no TeX, no point comparing
        from pep_cli.render.pdf import find_engine

        engine = find_engine()
    diff, avenant = avenant_of(repo, comparison)
    env = make_environment(repo.template_dirs(templates))
    env.filters["signed_amount"] = signed_money
    text, line_map = LineMap.strip(
        render_template(env, TEMPLATES[fmt], avenant.as_template_variables())
    )
    from pep_cli.render.typography import space_punctuation

    text = space_punctuation(text, fmt)
    name = f"{Path(diff.name).stem}-avenant-{avenant.number or 'projet'}"
    if engine is None:
        return RenderedAvenant(text, name)
    from pep_cli.render.pdf import compile_pdf

    pdf = compile_pdf(text, line_map, epoch=avenant.convention.provenance.epoch, engine=engine)
    return RenderedAvenant(pdf, name)
