"""Two statements of one fact read alike though worded apart: a part written with 其中 that names no more than the
other counts, the hours of 服务, a bound 以下 against a finer figure rounding above it."""

from __future__ import annotations

from csrpress.claims.extract import text_claims
from csrpress.claims.group import Weights, similarity
from csrpress.claims.relate import AGREE, QUALIFIER, relation
from csrpress.model import Origin
from csrpress.numbers import parse_figure

YEARS = frozenset({2016})


def _claim(text: str, printed: str, block: int = 0):
    origin = Origin("content/chapters/01.yaml", ("sections", 0, "blocks", block, "text", "zh"))
    [found] = [c for c in text_claims(None, text, "zh", origin, YEARS) if c.figure.printed.strip() == printed]
    return found


def test_a_bound_below_holds_what_rounds_to_it_not_a_finer_figure_above() -> None:
    bound = parse_figure("1.1以下")
    assert relation(bound, parse_figure("1.15")) == QUALIFIER  # 1.15 is 1.2 to the tenth
    assert relation(parse_figure("1.15"), bound) == QUALIFIER
    assert relation(bound, parse_figure("1.14")) == AGREE  # 1.1 to the tenth
    assert relation(bound, parse_figure("1.08")) == AGREE


def test_hours_of_service_name_the_service() -> None:
    served = _claim("2016年，志愿者们全年累计服务18.9万小时。", "18.9万小时")
    assert "服务" in served.words
    assert "服务" in _claim("2016年，志愿服务时长18.7万小时。", "18.7万小时", 1).words
    # 服务 before people served says nothing of which fact: still no subject word
    assert "服务" not in _claim("2016年，为1.35亿客户提供保险服务。", "1.35亿").words


def test_a_share_of_a_part_named_with_qizhong_is_the_other_shares_fact() -> None:
    part = _claim("2016年，工厂员工1,420人，其中本地员工1,118人，占比78.7%。", "78.7%")
    whole = _claim("2016年，工厂近九成的本地员工来自周边。", "近九成", 1)
    weights = Weights([part, whole])
    assert similarity(part, whole, weights) > 0
    # a part that names more than the other counts (本地女性员工) is a part of it, another fact
    subset = _claim("2016年，工厂员工1,420人，其中本地女性员工518人，占比36.5%。", "36.5%", 2)
    assert similarity(subset, whole, Weights([subset, whole])) == 0
