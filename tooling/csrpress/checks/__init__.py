"""model.Report -> findings: runs every registered check and applies the manifest's severity settings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from .. import figcache, quoting
from ..diagnostics import Diagnostic, Severity, sorted_unique
from ..model import Report
from ..project import Project
from . import breakdowns, daily, last_year, conversions, english, english_totals, group_averages, averages, carried, sums, growth, changes, fonts, pictures, claims, dates, derived, shares, limits, editions, esg_index, facts, i18n, resources, streaks, structure, tables, writing, translation, overrides, script_mix, wholes

Check = Callable[[Report], Iterable[Diagnostic]]

#: The checks in the order they run; each is a small function in a family module.
CHECKS: tuple[Check, ...] = (
    structure.unknown_metric,
    structure.duplicate_ids,
    structure.metric_values,
    structure.qr_urls,
    structure.section_numbering,
    structure.period_in_range,
    i18n.missing_translation,
    translation.outdated_translation,
    overrides.override_for_the_authored_script,
    script_mix.mixed_script,
    esg_index.coverage,
    esg_index.references,
    esg_index.not_disclosed_but_stated,
    esg_index.none_occurred_but_stated,
    facts.figure_conflict,
    claims.same_fact_conflict,
    claims.approximation_misses,
    claims.approximations_rounded_wrong,
    last_year.last_years_value,
    wholes.whole_counts,
    changes.change_columns,
    changes.prose_growth,
    changes.multiples,
    changes.trend_years,
    changes.additions,
    dates.event_dates,
    streaks.streaks,
    shares.share_of_whole,
    shares.rate_of_part,
    limits.share_of_limit,
    shares.stated_sums,
    shares.listed_parts,
    breakdowns.breakdown_sums,
    breakdowns.breakdown_shares,
    averages.averages,
    averages.per_item_averages,
    daily.daily_averages,
    group_averages.group_averages,
    group_averages.table_group_averages,
    sums.stated_parts,
    growth.table_growth,
    conversions.conversions,
    dates.edition_dates,
    facts.metric_redeclared,
    facts.date_conflict,
    derived.derived_claims,
    derived.formulas,
    derived.share_claims,
    tables.table_arithmetic,
    editions.edition_figures,
    editions.english_only_figures,
    english.english_derived,
    english_totals.english_sums,
    english_totals.english_averages,
    resources.refused_images,
    pictures.missing_pictures,
    fonts.configured_fonts,
    writing.raw_markdown,
    writing.cut_by_comment,
    carried.carried_over,
)


# The rules that read no claims (claims_of, english.contexts): on a large report they run in a forked child
# while this process extracts the claims for the others (parallel.py). Where a rule runs changes nothing it finds.
CHILD_RULES: frozenset[Check] = frozenset({
    structure.unknown_metric, structure.duplicate_ids, structure.metric_values, structure.qr_urls,
    structure.section_numbering, structure.period_in_range, i18n.missing_translation, translation.outdated_translation,
    overrides.override_for_the_authored_script, script_mix.mixed_script, esg_index.coverage, esg_index.references,
    facts.figure_conflict, facts.metric_redeclared, facts.date_conflict, dates.event_dates, dates.edition_dates,
    streaks.streaks, conversions.conversions, derived.derived_claims, derived.formulas, derived.share_claims,
    tables.table_arithmetic, editions.edition_figures, editions.english_only_figures, resources.refused_images,
    pictures.missing_pictures, fonts.configured_fonts, writing.raw_markdown, writing.cut_by_comment, carried.carried_over,
})


def check_with_coverage(project: Project) -> tuple[tuple[Diagnostic, ...], claims.Coverage | None]:
    """check_project and what the same-fact check could see (None when the report did not load)."""
    from ..load import load_report

    report, diags = load_report(project)
    if report is None:
        return tuple(diags), None
    with figcache.kept(project):
        return tuple(diags) + run_checks(report), claims.coverage(report)


def check_project(project: Project) -> tuple[Diagnostic, ...]:
    """Load and check without rendering: what `csrpress check` runs (it never imports the renderer)."""
    return check_with_coverage(project)[0]


def run_checks(report: Report, split: bool | None = None) -> tuple[Diagnostic, ...]:
    """`split`: the rules of CHILD_RULES in a forked child (parallel.py); None: when the report is large enough."""
    from ..claims.script import reading
    from ..claims.subject import name_the_company
    from . import parallel

    name_the_company(reading(report.manifest.company.zh or ""))  # "金鹏" in 金鹏物流集团 names no one fact
    if split is None:
        split = parallel.worth_splitting(report)
    found: list[Diagnostic] = []
    if split:
        found = parallel.run(report, CHECKS, lambda check: check in CHILD_RULES)
    else:
        for check in CHECKS:
            found.extend(check(report))
    found = quoting.in_writers_script(report, found)  # a Traditional project's findings quote its Traditional
    return apply_levels(found, report.manifest.checks)


def apply_levels(diags: Iterable[Diagnostic], levels: dict[str, str]) -> tuple[Diagnostic, ...]:
    """Severity per code from content/report.yaml `checks:`; `off` drops the code."""
    result = []
    for diag in diags:
        level = levels.get(diag.code)
        if level == "off":
            continue
        result.append(replace(diag, severity=Severity(level)) if level else diag)
    return sorted_unique(result)
