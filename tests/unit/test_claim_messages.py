"""Same-fact findings quote figures as the reader sees them, a `{m:id}` reference as its metric's value."""

from __future__ import annotations

from csrpress.build import check

CHAPTER = """\
id: env
number: "01"
title: {zh: 环境, en: Environment}
metrics:
  - {id: env.waste.2016, label: {zh: 危险废物产生量, en: Hazardous waste}, value: "1,412", unit: 吨, period: "2016"}
sections:
  - id: waste
    number: "1.1"
    title: {zh: 水资源, en: Water}
    blocks:
      - text: {zh: "2016年，公司危险废物产生量{m:env.waste.2016}。", en: "Hazardous waste came to {m:env.waste.2016}."}
      - text: {zh: "2016年，危险废物产生量1,421吨。", en: "Hazardous waste came to 1,421 tonnes."}
"""


def test_a_reference_is_quoted_by_its_value(make_project):
    found = [d for d in check(make_project({"content/chapters/01.yaml": CHAPTER})) if d.code in ("N201", "N212")]
    assert found, "the typed 1,421 disagrees with the metric the other sentence prints"
    text = " ".join(d.message + " ".join(r.message for r in d.related) for d in found)
    assert "{m:" not in text
    assert "1,412吨" in text


HUGE = """\
id: huge
number: "01"
title: {zh: 外包, en: Contractors}
sections:
  - id: hours
    number: "1.1"
    title: {zh: 服务时长, en: Hours}
    blocks:
      - text: {zh: "2016年，外包人员服务总时长99999999999999999999999999999999万小时。", en: "Contractors served 999999999999999999999999999999990000 hours."}
      - text: {zh: "2016年，外包人员服务总时长约1万小时，外包人员人均服务时长1小时。", en: "About 10,000 hours; 1 hour each."}
"""


def test_a_figure_of_36_digits_is_compared_without_a_crash(make_project):
    """Rounding a 1e36 figure to another's step overflowed Decimal's context ("internal error")."""
    found = check(make_project({"content/chapters/01.yaml": HUGE}))
    assert all(d.code != "E000" and "internal" not in d.message for d in found)


HANT_CHAPTER = """\
id: env
number: "01"
title: {zh: 環境, en: Environment}
sections:
  - id: power
    number: "1.1"
    title: {zh: 能源, en: Energy}
    blocks:
      - text: {zh: "2016年，集團總耗電量為1,862萬千瓦時。", en: "In 2016 the Group used 18.62 million kWh."}
      - text: {zh: "本年度集團耗電量為1,826萬千瓦時。", en: "The Group used 18.26 million kWh this year."}
"""

HANT_MANIFEST = """\
id: demo
company: {zh: 示例公司, en: Example Co}
title: {zh: 示例報告, en: Example Report}
period: {start: "2016-01-01", end: "2016-12-31", label: "2016"}
date: "2017-01-01"
script: hant
editions: [zh-Hant, en]
chapters: [chapters/01.yaml]
"""


def test_a_traditional_project_reads_its_findings_in_traditional(make_project):
    """Quotes are the writer's own characters; the engine's own words (用电, folded from 耗電) are converted."""
    found = [d for d in check(make_project({"content/chapters/01.yaml": HANT_CHAPTER}, HANT_MANIFEST)) if d.code == "N212"]
    assert found and "1,826萬千瓦時" in found[0].message
    assert "用電" in found[0].message and "用电" not in found[0].message


TOTALS = """\
id: giving
number: "01"
title: {zh: 公益, en: Giving}
sections:
  - id: areas
    number: "1.1"
    title: {zh: 捐赠, en: Donations}
    blocks:
      - table:
          caption: {zh: 对外捐赠按领域划分（万元）, en: "Donations by area (RMB 10,000)"}
          header: [{zh: 领域, en: Area}, "2024"]
          rows:
            - [{zh: 医疗健康, en: Health}, "5,120万元"]
            - [{zh: 乡村振兴, en: Rural}, "1,860万元"]
            - [{zh: 教育, en: Education}, "890万元"]
            - [{zh: 合计, en: Total}, "7,960万元"]
"""


def test_a_wrong_total_shows_its_arithmetic_and_every_row_it_adds(make_project):
    (found,) = [d for d in check(make_project({"content/chapters/01.yaml": TOTALS})) if d.code == "N207"]
    assert "5,120万元 + 1,860万元 + 890万元 = 7,870万元" in found.message  # in the total's unit, not 78700000
    assert [r.location.line for r in found.related] == [13, 14, 15]  # the rows, one of which is wrong


def test_a_metrics_label_right_before_a_typed_figure_names_it(tmp_path):
    import shutil
    from pathlib import Path

    from csrpress.claims import claims_of
    from csrpress.claims.group import labelled
    from csrpress.load import load_report
    from csrpress.project import Project

    case = Path(__file__).parent.parent / "checks" / "cases" / "n201-named-by-the-metrics-label"
    shutil.copytree(case, tmp_path / "case")
    report, _ = load_report(Project(tmp_path / "case"))
    claims = claims_of(report)
    (metric,) = [c for c in claims if c.metric_id == "ops.rd.2016"]
    typed = {c.figure.printed: c for c in claims if c.scalar is not None and c.lang == "zh"}
    assert labelled(metric, typed["4.68亿元"])  # "公司研发投入4.68亿元"
    assert not labelled(metric, typed["1.2亿元"])  # "研发投入中人员费用1.2亿元": inside a longer phrase


SCALE = """\
id: finance
number: "01"
title: {zh: 融资, en: Finance}
sections:
  - id: green
    number: "1.1"
    title: {zh: 绿色融资, en: Green finance}
    blocks:
      - text: {zh: "2016年，充电车位由864个增至1,286个，绿色贷款余额达152亿元。", en: "In 2016 charging spaces rose from 864 to 1,286, and green loans reached RMB 1.52 billion."}
"""


def test_a_figure_lost_in_translation_is_shown_beside_the_english_of_its_size(make_project):
    (found,) = [d for d in check(make_project({"content/chapters/01.yaml": SCALE})) if d.code == "N209"]
    assert "“152亿元”" in found.message and "“RMB 1.52 billion”" in found.message
    assert "864" not in found.message  # a thousandfold smaller: another fact of the sentence
    assert [r.message for r in found.related] == ["the English has “RMB 1.52 billion” here"]


LOOSE = """\
id: env
number: "01"
title: {zh: 环境, en: Environment}
metrics:
  - {id: env.waste.2016, label: {zh: 危险废物产生量, en: Hazardous waste}, value: "4.83万", unit: 吨, period: "2016"}
sections:
  - id: waste
    number: "1.1"
    title: {zh: 废弃物, en: Waste}
    blocks:
      - text: {zh: "2016年，危险废物产生量4.38万吨。", en: "Hazardous waste came to 43,800 tonnes."}
      - text: {zh: "2016年，公司危险废物产生量约5万吨。", en: "The Company generated about 50,000 tonnes of hazardous waste."}
      - text: {zh: "2016年，公司危险废物产生量为4.83万吨。", en: "The Company generated 48,300 tonnes of hazardous waste."}
"""


def test_only_statements_as_exact_as_the_figure_support_it(make_project):
    """"so does" names the statements that state the other figure: "约5万吨" agrees loosely with 4.83万吨 but does not
    say it (and could itself be wrong); "4.83万吨" does."""
    found = [d for d in check(make_project({"content/chapters/01.yaml": LOOSE})) if d.code == "N201" and "4.38万吨" in d.message]
    assert found, "4.38万吨 transposes the metric's 4.83万吨"
    related = " ".join(r.message for r in found[0].related)
    assert "4.83万吨" in related and "so does" in related
    assert "约5万吨" not in related


HEADCOUNTS = """\
id: people
number: "01"
title: {zh: 员工, en: Employees}
metrics:
  - {id: hr.staff.2016, label: {zh: 员工总数（人）, en: Employees}, value: "3,021", unit: 人, period: "2016"}
sections:
  - id: staff
    number: "1.1"
    title: {zh: 员工, en: Employees}
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: "员工总数（人）", en: "Employees"}, {m: hr.staff.2016, bare: true}]
      - text: {zh: "2016年，公司共有员工3,021人。", en: "In 2016 we had 3,021 employees."}
      - text: {zh: "2016年，员工总数3,012人。", en: "In 2016 we had 3,012 employees."}
      - text: {zh: "2016年，全年培训总时长15万小时，人均培训53.6小时。", en: "In 2016 training totalled 150,000 hours, 53.6 hours each."}
"""


def test_an_average_is_recomputed_over_the_headcount_stated_most(make_project):
    """Of two headcounts that disagree (3,021 in the table and the text, 3,012 once), the average's finding divides
    by the one the report states most: the other is a slip of its own, reported by N212/N201."""
    found = [d for d in check(make_project({"content/chapters/01.yaml": HEADCOUNTS})) if d.code == "N221"]
    assert found, "15万小时 / 3,021 is 49.7 hours, not 53.6"
    assert "3,021人" in found[0].message and "3,012" not in found[0].message


SHARE_CHAPTER = """\
id: people
number: "01"
title: {zh: 员工, en: People}
sections:
  - id: staff
    number: "1.1"
    title: {zh: 员工构成, en: Workforce}
    blocks:
      - text: {zh: "2016年，公司员工总数24,637人，其中35岁以下员工11,240人，占员工总数的48.6%。",
               en: "In 2016 we had 24,637 employees, of whom 11,240 were under 35, or 48.6% of all employees."}
      - text: {zh: "2016年，公司营业收入33,610万元，其中海外收入10,285万元，占营业收入的32.6%。",
               en: "In 2016 revenue was RMB 336.10 million, of which RMB 102.85 million came from overseas, or 32.6% of revenue."}
"""


def test_a_wrong_share_names_the_whole_it_implies_as_the_whole_is_printed(make_project):
    """“48.6% would make the whole 23,128人”: in the whole's unit, scale word and precision, not in base units."""
    found = [d for d in check(make_project({"content/chapters/01.yaml": SHARE_CHAPTER})) if d.code == "N217"]
    messages = " | ".join(d.message for d in found)
    assert "would make the whole 23,128人" in messages
    assert "would make the whole 31,549万元" in messages


MULTIPLES = """\
id: energy
number: "01"
title: {zh: 能源, en: Energy}
sections:
  - id: solar
    number: "1.1"
    title: {zh: 光伏, en: Solar}
    blocks:
      - text: {zh: "2016年光伏发电量3.72亿千瓦时，较2015年的1.24亿千瓦时增长3倍。", en: "Solar power came to 372 million kWh in 2016, up 3 times on the 124 million kWh of 2015."}
      - text: {zh: "2016年风电发电量2.4亿千瓦时，较2015年的0.8亿千瓦时提升了3倍。", en: "Wind power came to 240 million kWh in 2016, up 3 times on the 80 million kWh of 2015."}
"""


def test_a_multiple_is_quoted_with_the_writers_own_comparison_word(make_project):
    """N205 quotes the verb the text wrote (增长, 提升了), not 提高: a writer searches the text for what the message quotes."""
    found = sorted(d.message + " " + (d.hint or "") for d in check(make_project({"content/chapters/01.yaml": MULTIPLES})) if d.code == "N205")
    assert len(found) == 2
    assert "“增长3倍”" in found[0] + found[1] and "“提升了3倍”" in found[0] + found[1]
    assert "提高" not in " ".join(found)


def test_a_multiple_in_traditional_is_quoted_as_typed(make_project):
    chapter = MULTIPLES.replace("增长3倍", "增長3倍")  # a Hong Kong writer types 增長
    found = [d.message for d in check(make_project({"content/chapters/01.yaml": chapter}, HANT_MANIFEST)) if d.code == "N205"]
    assert any("“增長3倍”" in m for m in found)
