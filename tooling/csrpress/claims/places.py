"""Where counted things are: a place named before the noun a figure counts (中国内地员工, 海外员工, 当地员工) makes
the figure a part of what the same noun counts without it."""

from __future__ import annotations

from .extract import Claim
from .script import reading
from .subject import OWN_NAME, OWN_TRADE, STOP, tagged

# jieba's tags of place names (ns: 中国, 香港, 华东地区) and of place words (s: 海外, 境内, 当地)
_PLACE_TAGS = ("ns", "s")


def places_of(claim: Claim) -> frozenset[str]:
    """The place words of the figure's clause (a metric's label), the company's own name and the words of everywhere
    (海内外, 国内外: STOP) left out."""
    return frozenset(w for w, tag in tagged(reading(claim.clause)) if tag in _PLACE_TAGS and len(w) >= 2
                     and w not in STOP and w not in OWN_NAME and w not in OWN_TRADE)


def placed_part(part: Claim, whole: Claim) -> bool:
    """`part` names a place its clause counts in that `whole`'s does not: "中国内地员工46,790人" is some of the
    "近5万名员工", and its agreeing with that bound says nothing of the whole."""
    own = places_of(part)
    return bool(own) and not own <= places_of(whole)
