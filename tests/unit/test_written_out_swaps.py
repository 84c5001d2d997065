"""A figure written out in Chinese numerals or rounded into X余 / 约X is copied digit by digit, and two of its digits
may be swapped in the copy ("两千六百余车次" for 2,460车次): the approximation then misses the exact figure by a digit
that no rounding explains. Such a pair is a transposition (relate.SWAP), reported like one between typed figures;
a retelling in a quote shares few words with the text, so what one figure counts, named by the other, is enough
when three digits or more are swapped. The years a sentence starts something in (自2012年推出) do not date what it
has done to date, a 个 before a noun of people counts persons, and a team (义工队) does what its members do."""

from __future__ import annotations

from csrpress.build import check
from csrpress.claims.relate import AGREE, QUALIFIER, SWAP, relation
from csrpress.claims.subject import content_words
from csrpress.numbers import find_figures

from conftest import MINIMAL_MANIFEST

MANIFEST = MINIMAL_MANIFEST.replace("2016-01-01", "2024-01-01").replace("2016-12-31", "2024-12-31").replace(
    'label: "2016"', 'label: "2024"').replace('date: "2017-01-01"', 'date: "2025-03-01"')


def _fig(text: str):
    return find_figures(text)[0]


def test_an_approximation_of_the_figure_with_two_digits_swapped_is_a_transposition():
    assert relation(_fig("两千六百余车次"), _fig("2,460车次")) == SWAP  # 2,640 rounded: not a bound that just misses
    assert relation(_fig("一万六千多人次"), _fig("18,650人次")) == SWAP  # 16,850
    assert relation(_fig("约一千六百八十兆瓦时"), _fig("1,860兆瓦时")) == SWAP
    assert relation(_fig("两千四百余车次"), _fig("2,460车次")) == AGREE
    assert relation(_fig("超过2,600车次"), _fig("2,460车次")) == QUALIFIER  # an open bound holds any swap: no evidence


def _chapter(*paragraphs: str) -> str:
    blocks = "".join(f"      - text:\n          zh: {zh}\n          en: \"{en}\"\n" for zh, en in paragraphs)
    return ("id: one\nnumber: \"01\"\ntitle: {zh: 第一章, en: Chapter One}\nsections:\n  - id: intro\n"
            "    number: \"1.1\"\n    title: {zh: 社区, en: Community}\n    blocks:\n" + blocks)


def _found(make_project, *paragraphs: str) -> list[str]:
    found = check(make_project({"content/chapters/01.yaml": _chapter(*paragraphs)}, manifest=MANIFEST))
    return [f"{d.code} {d.message}" for d in found if d.code in ("N212", "N201", "N203")]


RELIEF = ("全年公司参与应急救灾响应32次，出动车辆2,460车次，为受灾地区免费运送救灾物资18,600吨。",
          "We took part in 32 emergency responses and sent out vehicles 2,460 times.")


def test_a_quote_retelling_a_figure_with_digits_swapped_is_found(make_project):
    quote = ("“这一年，我们的车队为救灾出动了两千六百余车次。”", "This year our fleet went out more than 2,600 times.")
    assert any(m.startswith("N212") and "2,460" in m for m in _found(make_project, RELIEF, quote))
    right = ("“这一年，我们的车队为救灾出动了两千四百余车次。”", "This year our fleet went out more than 2,400 times.")
    assert _found(make_project, RELIEF, right) == []


def test_a_start_year_does_not_date_what_was_done_since(make_project):
    started = ("集团自2013年起推行青年筑梦计划，计划至今已培育学徒一千六百余名。", "The programme has trained 1,600-odd apprentices.")
    total = ("青年筑梦计划自2012年推出，累计培育学徒1,860名。", "It has trained 1,860 apprentices so far.")
    assert any("1,860" in m for m in _found(make_project, started, total))


def test_ge_before_a_noun_of_people_counts_persons(make_project):
    from csrpress.claims import claims_of
    from csrpress.load import load_report

    report, _ = load_report(make_project({"content/chapters/01.yaml": _chapter(
        ("启航计划已经帮助两万八千四百多个孩子安心上学，并建成12个图书室。", "It has helped more than 28,400 children."))}, manifest=MANIFEST))
    units = {c.figure.printed: c.figure.unit for c in claims_of(report) if c.lang == "zh"}
    assert units["两万八千四百多个"] == "person" and units["12个"] == "ge"


def test_a_team_names_what_its_members_do():
    assert "志愿" in content_words("员工义工队全年服务") and "志愿" in content_words("义工服务")
