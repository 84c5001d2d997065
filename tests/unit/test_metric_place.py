"""Where a declared metric is shown in a finding: the data table's cell that prints it, where a reader checks it."""

from __future__ import annotations


def test_a_metric_is_shown_at_its_table_not_at_the_key_figures_printed_first(make_project):
    from csrpress.claims import claims_of
    from csrpress.load import load_report

    chapter = """\
id: people
number: "01"
title: {zh: 员工, en: People}
sections:
  - id: staff
    number: "1.1"
    title: {zh: 雇佣, en: Employment}
    metrics:
      - {id: staff.total.2016, label: {zh: 员工总数, en: Employees}, value: "31,468", unit: 人, period: "2016"}
    blocks:
      - keyfigures:
          - {m: staff.total.2016, label: {zh: 员工总数, en: Employees}}
      - text: {zh: "2016年，公司员工总数31,468人。", en: "In 2016 the Company had 31,468 employees."}
      - table:
          rows:
            - [{zh: 员工总数（人）, en: Employees}, {m: staff.total.2016}]
"""
    report, _ = load_report(make_project({"content/chapters/01.yaml": chapter}))
    (metric,) = [c for c in claims_of(report) if c.metric_id == "staff.total.2016" and c.scalar is None]
    assert metric.where is not None and metric.where.line == 16  # the table's row, not the key figures (line 12)
