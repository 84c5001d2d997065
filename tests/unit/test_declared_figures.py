"""A declared figure (a metric's value, a table cell typed as a figure) is the figure itself: its zeros are digits.
Running text may round (1,000人 for 1,200), a declaration does not (numbers.Figure.exact, facts.loose_interval)."""

from __future__ import annotations

from csrpress import schema
from csrpress.checks import changes, group_averages, tables
from csrpress.claims.extract import text_claims
from csrpress.claims.relate import AGREE, DIFFERENT, ROUNDED_DECLARED, relation
from csrpress.model import Origin
from csrpress.numbers import declared, parse_figure


def test_a_declared_round_figure_is_not_a_rounding_of_another() -> None:
    metric = declared(parse_figure("1,000人"))
    assert relation(metric, parse_figure("1,200人")) == DIFFERENT
    assert relation(parse_figure("1,200人"), metric) == DIFFERENT
    assert relation(parse_figure("1,000人"), parse_figure("1,200人")) == AGREE  # two statements in prose: may be rounded


def test_a_qualifier_that_holds_the_declared_figure_agrees() -> None:
    metric = declared(parse_figure("1,000人"))
    for text in ("约1,000人", "1,000余人", "近1,000人", "1,000人"):
        assert relation(metric, parse_figure(text)) == AGREE, text


def test_a_more_exact_figure_that_rounds_to_the_declaration_is_unsure() -> None:
    metric = declared(parse_figure("5,000万元"))
    assert relation(metric, parse_figure("5,012万元")) == ROUNDED_DECLARED
    assert relation(parse_figure("4,960万元"), metric) == ROUNDED_DECLARED
    assert relation(metric, parse_figure("5,200万元")) == DIFFERENT  # 5.2千万 is not 5.0千万 rounded


def test_table_cells_are_declared() -> None:
    assert tables._figure("1,000", None).exact
    assert changes._value("1,000", None).exact
    assert group_averages._cell(None, "1,000", "").exact
    origin = Origin("content/chapters/01.yaml", ("sections", 0, "blocks", 0, "table", "rows", 0, 1, "zh"))
    [cell] = text_claims(None, "1,000人", "zh", origin, frozenset({2016}))
    assert cell.figure.exact
    prose = Origin("content/chapters/01.yaml", ("sections", 0, "blocks", 1, "text", "zh"))
    [typed] = text_claims(None, "员工1,000人", "zh", prose, frozenset({2016}))
    assert not typed.figure.exact


def test_a_trailing_zero_cut_off_at_the_half_is_truncated() -> None:
    from csrpress.claims.relate import TRUNCATED
    # 2,135 rounds to 2,140: 2,130 read as "about 2,130" only touches it at the half, and is 2,135 cut off
    assert relation(parse_figure("2,130亿元"), parse_figure("2,135亿元")) == TRUNCATED
    assert relation(parse_figure("2,135亿元"), parse_figure("2,130亿元")) == TRUNCATED
    # 2,125 rounds (half up) to 2,130, and 2,150's own zero may be rounding: agreement
    assert relation(parse_figure("2,130亿元"), parse_figure("2,125亿元")) == AGREE
    assert relation(parse_figure("2,100亿元"), parse_figure("2,150亿元")) == AGREE
    assert relation(parse_figure("2,130亿元"), parse_figure("2,134亿元")) == AGREE
