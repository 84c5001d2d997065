"""A count of the company's whole stock of a thing: one fact per date, however its clauses differ.

"涵盖全部188间分店", "以全部186间分店计算", "我们在集团旗下21个码头推进…", "本集团控股及参股码头18个": a word of
the whole (全部, 所有, 全体, 旗下, 控股及参股) right before the count of a noun, with nothing before it in the clause
that names a subset (a place, a brand, a kind: "香港全部128间分店"), counts every one of that noun the company has. Two
such counts of one noun at one date are one fact, whatever else their sentences say (what was done in all the
stores, where the terminals are): a figure of all the stores cannot have two values. What says which of them are
counted comes before the figure as a noun, or after "there are" as a predicate (claims.predicate), and either makes
the count no whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .extract import Claim
from .script import reading
from .subject import COMPOUND, OWN_NAME, OWN_TRADE, is_content, segment
from .subject import tagged as _tagged  # remembered across runs in build/.cache

# the whole of what the company has: all (全部, 所有, 全体), all its own (旗下, under it), all it holds a stake in
# (控股及参股: controlled and minority-held), optionally joined to the count by 的
WHOLE = re.compile(r"(?:全部|所有|全体|(旗下)|控股(?:及|和|与|、)参股)\s*的?\s*$")
# 旗下 says whose the things are: all of them where the company acts at or on them ("我们在集团旗下21个码头推进…"), but
# as the subject of a verb ("集团旗下3家酒店获评…") the count may be of those that did it, as after 已有 (extract._predicate)
ACTED_AT = re.compile(r"(?:在|于|对|为|向|覆盖|涵盖|遍及)")
CLAUSE_EDGE = re.compile(r"[，,；;。：:！？!?（(、]")
# the company, which says whose, not which (本集团, 我们, 公司, its own name)
COMPANY = frozenset({"本集团", "集团", "本公司", "公司", "我们", "我司", "本行", "全集团", "全公司", "企业", "本企业", "本", "我"})
# the count's own label in a table: the noun and a word of how many (分店数目, 门店总数, 码头数量)
HOW_MANY = re.compile(r"^(.+?)(?:数目|总数|数量|总量|数)$")
LABEL_NOTE = re.compile(r"[（(][^）)]*[）)]|[，,]\s*(?:19|20)\d\d\s*年.*$|\s")


def _is_noun(flag: str) -> bool:
    return flag.startswith("n") or flag in ("j", "l")  # jieba: nouns, names of places and bodies, abbreviations


def _names_a_subset(before: str) -> bool:
    """Whether the words right before the word of the whole name something other than the company: a place, a brand, a
    kind ("香港全部", "超市全部") narrows the whole to a part, and so does anything but the company joined to it by 的
    ("新引入的所有30家供应商", "在香港的全部…": of those, all). Read back from the word of the whole to the first verb or
    preposition: what comes before that ("食品安全抽检涵盖全部…") is what was done, not which ones."""
    modified = False
    for word, flag in reversed(_tagged(before)):
        if not word.strip() or word in COMPANY or word in OWN_NAME or word in OWN_TRADE:
            continue
        if word == "的":
            modified = True
            continue
        return modified or _is_noun(flag) and is_content(word)
    return False


def _noun_after(text: str) -> str | None:
    """The counted noun right after a figure's measure word: the run of nouns there, its last one the head
    ("分店及两间生产设施": 分店; "码头推进…": 码头, the verb after it is what is done there)."""
    head, said = None, ""
    for word, flag in _tagged(text[:8]):
        # a run longer than a compound noun (个人客户) is the noun and what is done there (码头 / 推进设备…)
        if not _is_noun(flag) or not is_content(word) or head and len(said + word) > COMPOUND:
            break
        head, said = word, said + word
    return head


def whole_count(claim: Claim) -> tuple[str, bool] | None:
    """The noun a count of the company's whole stock counts (see the module) and whether the words say all of it
    (全部, 所有, 全体, 控股及参股, a table's row), not only whose (旗下, see same_whole), else None."""
    fig = claim.figure
    if claim.role != "plain" or claim.predicate or fig.kind == "percent" or fig.qualifier is not None:
        return None
    if claim.reading is None:
        noun = _whole_label(claim.clause)
        if noun is None or any(flag == "ns" for w in claim.words for _, flag in _tagged(w)):
            return None  # a row of a table whose caption names a place (香港业务…) counts that place's
        return noun, True
    return _whole_in_text(claim.reading[claim.sentence : fig.start], claim.reading[fig.end : fig.end + 40])


@lru_cache(maxsize=1 << 14)
def _whole_in_text(sentence_before: str, rest: str) -> tuple[str, bool] | None:
    """whole_count of a typed figure, from its sentence before it and the text after it (asked once per pair it is
    weighed in: kept by what it reads)."""
    before = CLAUSE_EDGE.split(sentence_before)[-1]
    whole = WHOLE.search(before)
    if whole is not None:  # "涵盖全部188间分店": the noun after the figure
        if _names_a_subset(before[: whole.start()]):
            return None
        if whole.group(1) is not None and not ACTED_AT.search(before[: whole.start()]):
            return None  # "集团旗下15个码头获评绿色港口": the count is the subject of what some of them did
        noun = _noun_after(CLAUSE_EDGE.split(rest)[0])
        return (noun, whole.group(1) is None) if noun else None
    # "本集团控股及参股码头18个": the word of the whole and the noun before the figure, nothing after it
    if CLAUSE_EDGE.split(rest)[0].strip(" 。"):
        return None
    words = [(w, f) for w, f in _tagged(before) if w.strip()]
    if not words or not _is_noun(words[-1][1]) or not is_content(words[-1][0]):
        return None
    noun = words[-1][0]
    rest = before[: before.rfind(noun)]
    whole = WHOLE.search(rest)
    if whole is None or _names_a_subset(rest[: whole.start()]):
        return None
    return noun, whole.group(1) is None


@lru_cache(maxsize=4096)
def _whole_label(clause: str) -> str | None:
    """A table's row that names nothing but the noun and how many of it (分店数目（间）): the count of the whole."""
    label = LABEL_NOTE.sub("", reading(clause))
    found = HOW_MANY.match(label)
    if found is None:
        return None
    words = [w for w in segment(found.group(1)) if w.strip()]
    return words[0] if len(words) == 1 and is_content(words[0]) else None


def same_whole(a: Claim, b: Claim) -> bool:
    """Both count the company's whole stock of one noun (whole_count), one of them in words that say all of it:
    旗下 alone says whose the things are, and "集团旗下3家酒店获评绿色酒店" may count some of them."""
    x, y = whole_count(a), whole_count(b)
    return x is not None and y is not None and x[0] == y[0] and (x[1] or y[1])
