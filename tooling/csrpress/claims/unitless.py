"""A count printed without its measure word, in the unit of the metric its clause names.

Chinese drops the measure word after a scale word: "年度活跃买家达到8,460万" counts buyers, in the 人 of the table's
年度活跃买家（人）, though nothing follows 万. Read as a bare number it would be compared with nothing (a bare number
could count anything: group.pairs). When the metric's label is written right before the figure (group.labelled: the
label, then at most a linking verb), the label says what the figure counts, and its unit is the metric's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import units
from .extract import Claim

SCALE_WORD = re.compile(r"[万亿萬億]")   # a measure word is dropped after these, not after bare digits ("员工52,418")


def _bare_scaled(claim: Claim) -> bool:
    fig = claim.figure
    return (claim.lang == "zh" and claim.scalar is not None and claim.role == "plain" and fig.kind == "number"
            and fig.unit is None and fig.value is not None and SCALE_WORD.search(fig.printed) is not None)


def measured_by_label(claims: list[Claim]) -> list[Claim]:
    """The claims, each bare scaled count whose clause names a metric by its label given that metric's base unit."""
    bare = [i for i, c in enumerate(claims) if _bare_scaled(c)]
    if not bare:
        return claims
    from .group import LABEL_NOTE, labelled   # group reads extract's claims: imported when there is work
    from .script import reading

    by_label: dict[str, list[Claim]] = {}
    for c in claims:
        if c.metric_id is not None and c.scalar is None and c.figure.unit:
            label = LABEL_NOTE.sub("", reading(c.clause))
            if len(label) >= 4:
                by_label.setdefault(label, []).append(c)
    if not by_label:
        return claims
    # "乘客人次由2015年的3.62亿回升至2016年的4.21亿": a change's two values are read together by the trend rules
    # (checks/changes.py), bare as they are printed; the new value alone is not given a unit its old value lacks
    changes = {(c.origin, c.sentence) for c in claims if c.role == "old" and c.scalar is not None}
    out = list(claims)
    for i in bare:
        claim = claims[i]
        if (claim.origin, claim.sentence) in changes:
            continue
        clause = reading(claim.clause)
        named = [m for label, ms in by_label.items() if label in clause for m in ms]
        bases = {units.UNITS[m.figure.unit].base for m in named
                 if m.figure.unit in units.UNITS and labelled(m, claim)}
        if len(bases) == 1:   # metrics of one label in two units say nothing of which this is
            out[i] = replace(claim, figure=replace(claim.figure, unit=bases.pop()))
    return out
