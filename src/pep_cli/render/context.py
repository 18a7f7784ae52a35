"""What a template receives: a validated convention, laid out as the document reads it.

The context is plain values (dataclasses, tuples, ``Decimal``, ``date``):
amounts stay exact and unformatted, and templates format them with the
French filters (``amount``, ``date``…) and escape them with ``latex`` or
``md``. Totals are computed here, once, with ``Decimal``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pep_cli.data.illustrative import is_illustrative
from pep_cli.render.typography import french_text

if TYPE_CHECKING:
    from pep_cli.check.problem import Problem
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.model import Action, Convention, Indicator, Signatory
    from pep_cli.data.territories import TerritoryEntry
    from pep_cli.render.provenance import Provenance

ENGAGEMENT_ORDER = ("1", "2", "3", "4", "transverse")
DEPARTEMENT = "departement"
OUTSIDE_CATALOGUE = "hors-catalogue"

# An indicator's unit, as its column shows it.
UNIT_LABELS = {
    "nombre": "nombre",
    "pourcentage": "%",
    "euros": "euros",
    "jours": "jours",
    "places": "places",
}

# Nouns that take "la" (the others take "le", or "l’" before a vowel).
_FEMININE = frozenset(
    {
        "agence", "collectivité", "communauté", "circulaire", "convention", "instruction",
        "loi", "métropole", "note", "préfecture", "région", "ville",
    }
)  # fmt: skip
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœæ")
APOSTROPHE = "\u2019"
CHILDHOOD = f"l{APOSTROPHE}enfance"


def article(noun_phrase: str) -> str:
    """The definite article of a French noun phrase: ``"l’"``, ``"le "`` or ``"la "``."""
    first = noun_phrase.split(" ", 1)[0].casefold()
    if first[:1] in _VOWELS:
        return "l" + APOSTROPHE
    return "la " if first in _FEMININE else "le "


def capfirst(text: str) -> str:
    """``"l’État"`` -> ``"L’État"`` (unlike ``str.capitalize``, the rest is kept)."""
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Party:
    """A party to the convention, with its article: ``the`` = "le Département du Cantal"."""

    name: str
    article: str

    @property
    def the(self) -> str:
        return self.article + self.name

    @property
    def of(self) -> str:
        """ "de l’État", "du Département du Cantal", "de la Collectivité de Corse"."""
        if self.article == "le ":
            return "du " + self.name
        return "de " + self.the

    @property
    def to(self) -> str:
        """ "à l’État", "au Département du Cantal", "à la Collectivité de Corse"."""
        if self.article == "le ":
            return "au " + self.name
        return "à " + self.the

    @classmethod
    def named(cls, name: str) -> Party:
        name = french_text(name)
        return cls(name=name, article=article(name))


@dataclass(frozen=True)
class DocumentKind:
    """Convention (feminine) or contrat (masculine): the words that agree with it."""

    noun: str

    @property
    def feminine(self) -> bool:
        return self.noun == "convention"

    @property
    def e(self) -> str:
        """Agreement of past participles: "signée" / "signé"."""
        return "e" if self.feminine else ""

    @property
    def pronoun(self) -> str:
        return "elle" if self.feminine else "il"

    @property
    def the(self) -> str:
        return ("la " if self.feminine else "le ") + self.noun

    @property
    def this(self) -> str:
        """ "la présente convention" / "le présent contrat"."""
        return ("la présente " if self.feminine else "le présent ") + self.noun

    @property
    def of_this(self) -> str:
        return ("de la présente " if self.feminine else "du présent ") + self.noun


@dataclass(frozen=True)
class FundingRow:
    key: str
    label: str
    amounts: tuple[Decimal | None, ...]  # one per year of the table; None: nothing planned
    total: Decimal
    years: tuple[int, ...] = ()
    marks: tuple[bool, ...] = ()  # per year: the amount is illustrative

    def amount_for(self, year: int) -> Decimal | None:
        return self.amounts[self.years.index(year)] if year in self.years else None

    def illustrative_for(self, year: int) -> bool:
        return year in self.years and bool(self.marks) and self.marks[self.years.index(year)]

    @property
    def illustrative(self) -> bool:
        return any(self.marks)


@dataclass(frozen=True)
class FundingTable:
    """Amounts per source (rows) and year (columns), with the totals of both."""

    years: tuple[int, ...]
    rows: tuple[FundingRow, ...]
    totals: tuple[Decimal, ...]  # per year
    total: Decimal

    @property
    def empty(self) -> bool:
        return not self.rows

    @property
    def illustrative(self) -> bool:
        return any(row.illustrative for row in self.rows)

    @property
    def has_departement(self) -> bool:
        return any(row.key == DEPARTEMENT for row in self.rows)


@dataclass(frozen=True)
class IndicatorView:
    label: str
    unit: str
    unit_label: str
    baseline: Decimal | None
    baseline_year: int | None
    targets: tuple[Decimal | None, ...]  # one per year of the action's table
    years: tuple[int, ...] = ()
    targets_illustrative: tuple[bool, ...] = ()  # one per year of the action's table
    baseline_illustrative: bool = False

    def target_for(self, year: int) -> Decimal | None:
        return self.targets[self.years.index(year)] if year in self.years else None

    def illustrative_for(self, year: int) -> bool:
        return year in self.years and self.targets_illustrative[self.years.index(year)]


@dataclass(frozen=True)
class ObjectiveRef:
    number: int
    title: str
    required: bool


@dataclass(frozen=True)
class ActionView:
    number: int  # in the order of the document, from 1
    id: str
    title: str
    description: str | None
    objective: ObjectiveRef
    years: tuple[int, ...]
    indicators: tuple[IndicatorView, ...]
    funding: FundingTable
    target_group: str | None = None
    actors: tuple[str, ...] = ()
    schedule: str | None = None
    illustrative: bool = False  # the whole action is illustrative


@dataclass(frozen=True)
class ObjectiveView:
    number: int
    title: str
    engagement: str
    kind: str  # fondamental | facultatif | "" outside the catalogue
    required: bool
    pmi: bool
    in_catalogue: bool
    actions: tuple[ActionView, ...]
    horizon_note: str | None = None  # a 2020 title whose « horizon 2022 » is not the period's end


@dataclass(frozen=True)
class EngagementView:
    key: str  # "1"… "4", "transverse", or "hors-catalogue"
    title: str
    objectives: tuple[ObjectiveView, ...]

    @property
    def label(self) -> str:
        """ "Engagement 1", "Engagement transverse", "Hors catalogue"."""
        if self.key == OUTSIDE_CATALOGUE:
            return "Hors catalogue"
        return f"Engagement {self.key}"


@dataclass(frozen=True)
class Coverage:
    actions: int
    objectives: int
    required_total: int
    required_covered: int
    optional_covered: int
    min_optional: int
    missing_required: tuple[int, ...]


@dataclass(frozen=True)
class EditionView:
    name: str
    label: str
    reference: str
    reference_cited: str  # "l’instruction n° …", for the visas
    national_funding: str | None
    cosignatories: str = ""  # "les services de la Justice et de l’Éducation nationale", or ""


@dataclass(frozen=True)
class FrameworkEnd:
    """The end of the national framework (``ends_on`` of the edition), and its source."""

    date: dt.date
    source: str
    beyond: bool  # the period goes past it


@dataclass(frozen=True)
class LetterOfIntent:
    signed_on: dt.date
    signers: tuple[
        str, ...
    ]  # "Adrien Taquet, secrétaire d’État chargé de l’Enfance et des Familles"


@dataclass(frozen=True)
class CofinancerView:
    name: str
    action: ActionView | None
    total: Decimal | None


@dataclass(frozen=True)
class SignatureBlock:
    role: str
    party: Party
    name: str
    title: str | None = None
    delegation: bool = False

    @property
    def text(self) -> str:
        """ "Laurent Prévost, préfet de l’Isère", or the name alone when no title is given."""
        return f"{self.name}, {self.title}" if self.title else self.name


@dataclass(frozen=True)
class AmendmentView:
    version: int
    signed_on: dt.date
    summary: str


@dataclass(frozen=True)
class Deadline:
    year: int
    date: dt.date


@dataclass(frozen=True)
class RenderContext:
    """Everything a convention template may use (see templates/README.md)."""

    document: DocumentKind
    title: str  # "Contrat de prévention et de protection de l’enfance 2022-2024"
    between: str  # "entre l’État, l’Agence régionale de santé … et le Département du Cantal"
    period: str  # "2022-2024"
    years: tuple[int, ...]
    territory_code: str
    territory_name: str
    state: Party
    ars: Party
    collectivity: Party
    edition: EditionView
    status: str  # draft | signed | closed
    version: int
    signed_on: dt.date | None
    engagements: tuple[EngagementView, ...]
    actions: tuple[ActionView, ...]
    objectives: tuple[ObjectiveView, ...]  # covered, by number
    coverage: Coverage
    funding: FundingTable
    report_deadlines: tuple[Deadline, ...]
    amendments: tuple[AmendmentView, ...]
    signatures: tuple[SignatureBlock, ...]
    sources: tuple[str, ...]
    provenance: Provenance
    draft: bool  # rendered under --draft with errors: the banner lists them
    problems: tuple[Problem, ...]
    visas: tuple[str, ...] = ()  # each « Vu … », without « Vu » and the final punctuation
    place: str | None = None  # « Fait à … »
    departmental_plan: str | None = None
    letter_of_intent: LetterOfIntent | None = None
    cofinancers: tuple[CofinancerView, ...] = ()
    framework_end: FrameworkEnd | None = None
    illustrative: bool = False  # some value is marked illustrative: annex 4 explains the mark
    copies: str = "trois"  # « en trois exemplaires originaux »

    def as_template_variables(self) -> dict[str, Any]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


def period_label(start: int, end: int) -> str:
    return str(start) if start == end else f"{start}-{end}"


def build_context(
    convention: Convention,
    edition: Edition,
    territory: TerritoryEntry | None,
    provenance: Provenance,
    problems: Sequence[Problem] = (),
) -> RenderContext:
    """The template context of one convention (``problems``: its errors, for a draft)."""
    kind = DocumentKind(edition.document)
    period = period_label(convention.period.start, convention.period.end)
    state = Party(name="État", article="l" + APOSTROPHE)
    if territory is not None:
        ars = Party.named(territory.ars_name)
        collectivity = Party.named(territory.signatory)
        territory_name = territory.name
    else:  # only in a draft: the territory rule has already said what is wrong
        ars = Party.named("Agence régionale de santé")
        collectivity = Party.named(f"collectivité du territoire {convention.territory.code}")
        territory_name = convention.territory.name
    # A draft may have its period upside down (the period rule says so): lay out the span.
    first, last = sorted((convention.period.start, convention.period.end))
    years = tuple(range(first, last + 1))
    labels = _funding_labels(edition, collectivity)
    marks = Illustrative(convention)
    engagements, actions = _engagements(convention, edition, years, labels, marks)
    objectives = tuple(
        sorted((o for e in engagements for o in e.objectives), key=lambda o: o.number)
    )
    reference = edition.reference
    reference_lower = reference[:1].lower() + reference[1:]
    reference_cited = article(reference_lower) + reference_lower
    funding = _convention_funding(convention, labels, years, marks)
    title = french_text(
        convention.title
        or edition.title
        or f"{capfirst(kind.noun)} de prévention et de protection de {CHILDHOOD}"
    )
    return RenderContext(
        document=kind,
        title=f"{title} {period}",
        between=f"entre {state.the}, {ars.the} et {collectivity.the}",
        period=period,
        years=years,
        territory_code=convention.territory.code,
        territory_name=territory_name,
        state=state,
        ars=ars,
        collectivity=collectivity,
        edition=EditionView(
            name=convention.edition,
            label=french_text(edition.label),
            reference=french_text(reference),
            reference_cited=french_text(reference_cited),
            national_funding=french_text(edition.national_funding)
            if edition.national_funding
            else None,
            cosignatories=_cosignatories(edition.cosignatories),
        ),
        status=convention.status,
        version=convention.version,
        signed_on=convention.signed_on,
        engagements=engagements,
        actions=actions,
        objectives=objectives,
        coverage=_coverage(convention, edition, objectives),
        funding=funding,
        report_deadlines=tuple(Deadline(year, edition.report_due(year)) for year in years),
        amendments=tuple(
            AmendmentView(a.version, a.signed_on, french_text(a.summary))
            for a in convention.amendments
        ),
        signatures=tuple(_signature(s, state, ars, collectivity) for s in convention.signatories),
        sources=tuple(french_text(s) for s in convention.sources),
        provenance=provenance,
        draft=bool(problems),
        problems=tuple(problems),
        visas=_visas(convention, edition, reference_cited, collectivity),
        place=french_text(convention.place) if convention.place else None,
        departmental_plan=french_text(convention.departmental_plan)
        if convention.departmental_plan
        else None,
        letter_of_intent=_letter(convention),
        cofinancers=_cofinancers(convention, actions),
        framework_end=_framework_end(convention, edition),
        copies=_COPIES.get(len(convention.signatories) or 3, str(len(convention.signatories))),
        illustrative=marks.any
        or funding.illustrative
        or any(a.illustrative or a.funding.illustrative for a in actions)
        or any(any(i.targets_illustrative) for a in actions for i in a.indicators),
    )


_COPIES = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six"}
_ROLE_PARTIES = {"prefet": "state", "etat": "state", "ars": "ars"}
_COSIGNATORY_NAMES = {
    "justice": "les services de la Justice",
    "education": "les services de l’Éducation nationale",
}


def _signature(
    signatory: Signatory, state: Party, ars: Party, collectivity: Party
) -> SignatureBlock:
    parties = {"state": state, "ars": ars}
    party = parties.get(_ROLE_PARTIES.get(signatory.role, ""), collectivity)
    if signatory.role in _COSIGNATORY_NAMES:
        party = Party.named(_COSIGNATORY_PARTY[signatory.role])
    return SignatureBlock(
        role=signatory.role,
        party=party,
        name=french_text(signatory.name),
        title=french_text(signatory.title) if signatory.title else None,
        delegation=signatory.delegation,
    )


_COSIGNATORY_PARTY = {
    "justice": "autorité judiciaire",
    "education": "Éducation nationale",
}


def _cosignatories(roles: Sequence[str]) -> str:
    names = [_COSIGNATORY_NAMES[r] for r in roles if r in _COSIGNATORY_NAMES]
    if not names:
        return ""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " et " + names[-1]


def _funding_labels(edition: Edition, collectivity: Party) -> dict[str, str]:
    """The edition's labels, the Département's co-financing named after who signs."""
    labels = {key: french_text(label) for key, label in edition.funding_sources.items()}
    if DEPARTEMENT in labels:
        labels[DEPARTEMENT] = f"Cofinancement {collectivity.of}"
    return labels


def _visas(
    convention: Convention, edition: Edition, reference_cited: str, collectivity: Party
) -> tuple[str, ...]:
    visas = [
        "le code de l’action sociale et des familles, notamment ses articles L.\u00a0112-3, "
        "L.\u00a0221-1 et L.\u00a0226-3-1",
        "le code de la santé publique, notamment ses articles L.\u00a01431-1 et suivants "
        "relatifs aux agences régionales de santé, L.\u00a01435-8 relatif au fonds "
        "d’intervention régional et L.\u00a02111-1 et suivants relatifs à la protection et à "
        "la promotion de la santé maternelle et infantile",
        *(french_text(law) for law in edition.laws),
        "la stratégie nationale de prévention et de protection de l’enfance présentée le "
        "14 octobre 2019",
        french_text(reference_cited),
    ]
    kind = DocumentKind(edition.document)
    if convention.departmental_plan:
        visas.append(french_text(convention.departmental_plan))
    if convention.deliberation:
        visas.append(french_text(convention.deliberation))
    else:
        visas.append(
            f"la délibération de l’assemblée délibérante {collectivity.of} approuvant "
            f"{kind.this} et autorisant son président à {'la' if kind.feminine else 'le'} signer"
        )
    return tuple(visas)


def _letter(convention: Convention) -> LetterOfIntent | None:
    letter = convention.letter_of_intent
    if letter is None:
        return None
    return LetterOfIntent(
        signed_on=letter.signed_on,
        signers=tuple(
            french_text(f"{s.name}, {s.title}" if s.title else s.name) for s in letter.signatories
        ),
    )


def _cofinancers(
    convention: Convention, actions: tuple[ActionView, ...]
) -> tuple[CofinancerView, ...]:
    by_id = {a.id: a for a in actions}
    return tuple(
        CofinancerView(
            name=french_text(c.name),
            action=by_id.get(c.action) if c.action else None,
            total=sum(c.amounts.values(), Decimal(0)) if c.amounts else None,
        )
        for c in convention.cofinancers
    )


def _framework_end(convention: Convention, edition: Edition) -> FrameworkEnd | None:
    """The end of the national framework, when the period goes past it (else nothing to say)."""
    if edition.ends_on is None or convention.period.end <= edition.ends_on.year:
        return None
    source = edition.ends_on_source or edition.reference
    # « Instruction n° … : « tous les … » (idcite.com) » -> the text before the quotation.
    cited = source.split(" : ", 1)[0]
    cited = article(cited[:1].lower() + cited[1:]) + cited[:1].lower() + cited[1:]
    return FrameworkEnd(
        date=edition.ends_on,
        source=french_text(cited),
        beyond=convention.period.end > edition.ends_on.year,
    )


_HORIZON = re.compile(r"à horizon (\d{4})")


def _horizon_note(title: str, period_end: int) -> str | None:
    match = _HORIZON.search(title)
    if match is None or int(match.group(1)) == period_end:
        return None
    return (
        "Intitulé de l’annexe 2 de la circulaire du 20 février 2020, cité mot pour mot : "
        f"son horizon {match.group(1)} est celui de la stratégie nationale 2020-2022, "
        f"non la fin de la période ({period_end})."
    )


class Illustrative:
    """Which values of a convention carry the illustrative mark (``illustrative:``)."""

    def __init__(self, convention: Convention) -> None:
        self.convention = convention

    @property
    def any(self) -> bool:
        return bool(self.convention.illustrative)

    def action(self, action: Action) -> bool:
        return is_illustrative(action, within=(self.convention,))

    def target(self, action: Action, indicator: Indicator, year: int) -> bool:
        return is_illustrative(indicator, "targets", year, within=(self.convention, action))

    def baseline(self, action: Action, indicator: Indicator) -> bool:
        return is_illustrative(indicator, "baseline", within=(self.convention, action))

    def funding(self, action: Action | None, source: str, year: int) -> bool:
        if action is None:
            return is_illustrative(self.convention, "funding", source, year)
        return is_illustrative(action, "funding", source, year, within=(self.convention,))


def _engagements(
    convention: Convention,
    edition: Edition,
    years: tuple[int, ...],
    labels: Mapping[str, str],
    marks: Illustrative,
) -> tuple[tuple[EngagementView, ...], tuple[ActionView, ...]]:
    by_objective: dict[int, list[Action]] = {}
    for action in convention.actions:
        by_objective.setdefault(action.objective, []).append(action)
    required = set(edition.required)
    grouped: dict[str, list[tuple[int, list[Action]]]] = {}
    for number in sorted(by_objective):
        objective = edition.by_number.get(number)
        key = objective.engagement if objective else OUTSIDE_CATALOGUE
        grouped.setdefault(key, []).append((number, by_objective[number]))
    order = [*ENGAGEMENT_ORDER, OUTSIDE_CATALOGUE]
    engagements: list[EngagementView] = []
    numbered: list[ActionView] = []
    for key in sorted(grouped, key=order.index):
        objectives: list[ObjectiveView] = []
        for number, members in grouped[key]:
            known = edition.by_number.get(number)
            title = (
                french_text(known.title) if known else f"Objectif n° {number}, absent du catalogue"
            )
            ref = ObjectiveRef(number=number, title=title, required=number in required)
            views = []
            for action in members:
                views.append(_action(action, len(numbered) + 1, ref, years, labels, marks))
                numbered.append(views[-1])
            objectives.append(
                ObjectiveView(
                    number=number,
                    title=title,
                    engagement=key,
                    kind=known.kind if known else "",
                    required=number in required,
                    pmi=known.pmi if known else False,
                    in_catalogue=known is not None,
                    actions=tuple(views),
                    horizon_note=_horizon_note(title, convention.period.end) if known else None,
                )
            )
        engagements.append(
            EngagementView(
                key=key,
                title=french_text(_engagement_title(key, edition)),
                objectives=tuple(objectives),
            )
        )
    return tuple(engagements), tuple(numbered)


def _engagement_title(key: str, edition: Edition) -> str:
    for known, title in edition.engagements.items():
        if known == key:
            return title
    return "Objectifs absents du catalogue de l’édition" if key == OUTSIDE_CATALOGUE else ""


def _action(
    action: Action,
    number: int,
    objective: ObjectiveRef,
    years: tuple[int, ...],
    labels: Mapping[str, str],
    marks: Illustrative,
) -> ActionView:
    table_years = _years(years, (ind.targets for ind in action.indicators))
    return ActionView(
        number=number,
        id=action.id,
        title=french_text(action.title),
        description=french_text(action.description) if action.description else None,
        objective=objective,
        years=table_years,
        indicators=tuple(_indicator(action, ind, table_years, marks) for ind in action.indicators),
        funding=funding_table(
            action.funding,
            labels,
            years,
            lambda source, year: marks.funding(action, source, year),
        ),
        target_group=french_text(action.target_group) if action.target_group else None,
        actors=tuple(french_text(a) for a in action.actors),
        schedule=french_text(action.schedule) if action.schedule else None,
        illustrative=marks.action(action),
    )


def _indicator(
    action: Action, indicator: Indicator, years: tuple[int, ...], marks: Illustrative
) -> IndicatorView:
    baseline = indicator.baseline
    return IndicatorView(
        label=french_text(indicator.label),
        unit=indicator.unit,
        unit_label=UNIT_LABELS.get(indicator.unit, indicator.unit),
        baseline=baseline.value if baseline else None,
        baseline_year=baseline.year if baseline else None,
        targets=tuple(indicator.targets.get(year) for year in years),
        years=years,
        targets_illustrative=tuple(
            year in indicator.targets and marks.target(action, indicator, year) for year in years
        ),
        baseline_illustrative=baseline is not None and marks.baseline(action, indicator),
    )


def _years(period: tuple[int, ...], *extra: Iterable[Mapping[int, Any]]) -> tuple[int, ...]:
    """The period's years, plus any other year the data uses (a draft may stray outside)."""
    found = set(period)
    for mappings in extra:
        for mapping in mappings:
            found.update(mapping)
    return tuple(sorted(found))


def funding_table(
    funding: Mapping[str, Mapping[int, Decimal]],
    labels: Mapping[str, str],
    period: tuple[int, ...],
    marked: Callable[[str, int], bool] | None = None,
) -> FundingTable:
    """Sources in the edition's order (unknown ones last), years of the period, exact totals."""
    years = _years(period, funding.values())
    order = [*labels, *sorted(set(funding) - set(labels))]
    rows = []
    for key in order:
        if key not in funding:
            continue
        amounts = tuple(funding[key].get(year) for year in years)
        rows.append(
            FundingRow(
                key=key,
                label=labels.get(key, key),
                amounts=amounts,
                total=sum((a for a in amounts if a is not None), Decimal(0)),
                years=years,
                marks=tuple(
                    marked is not None and amount is not None and marked(key, year)
                    for year, amount in zip(years, amounts, strict=True)
                ),
            )
        )
    totals = tuple(
        sum((amount for row in rows if (amount := row.amounts[i]) is not None), Decimal(0))
        for i in range(len(years))
    )
    return FundingTable(years=years, rows=tuple(rows), totals=totals, total=sum(totals, Decimal(0)))


def _convention_funding(
    convention: Convention,
    labels: Mapping[str, str],
    years: tuple[int, ...],
    marks: Illustrative,
) -> FundingTable:
    """The totals as signed; when the file declares none, the sum of its actions."""
    if convention.funding:
        return funding_table(
            convention.funding, labels, years, lambda s, y: marks.funding(None, s, y)
        )
    summed: dict[str, dict[int, Decimal]] = {}
    for action in convention.actions:
        for source, by_year in action.funding.items():
            for year, amount in by_year.items():
                row = summed.setdefault(source, {})
                row[year] = row.get(year, Decimal(0)) + amount
    return funding_table(summed, labels, years)


def _coverage(
    convention: Convention, edition: Edition, objectives: tuple[ObjectiveView, ...]
) -> Coverage:
    covered = {o.number for o in objectives}
    required = set(edition.required)
    return Coverage(
        actions=len(convention.actions),
        objectives=len(covered),
        required_total=len(required),
        required_covered=len(required & covered),
        optional_covered=len((covered - required) & set(edition.by_number)),
        min_optional=edition.min_optional,
        missing_required=tuple(sorted(required - covered)),
    )
