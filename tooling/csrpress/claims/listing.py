"""The reporting company's listing, however worded: one event, as its founding is (events._founding).

A company is listed on an exchange once: "2019年11月8日在香港联合交易所主板上市" and "自2019年12月8日上市以来，集团…"
date the same listing, though all their clauses share is 上市. A date whose own clause says 上市 and names nothing
but the company, an exchange and its board is the company's listing; a product (新品上市), a subsidiary or a class
of shares (A股, H股) named in the clause is another listing. A company listed on two exchanges (上交所 and 联交所)
has two listings: an exchange named on both sides must be the same, and a listing that names none is then left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .subject import content_words

LISTING = "《本公司上市"  # a title-like word: two events with it are one event (checks/dates.py _same_event)
LISTED = re.compile(r"上市")
EXCHANGES = frozenset({"联交所", "上交所", "深交所", "北交所", "纳斯达克", "纽交所", "新交所", "伦交所"})  # thesaurus forms
AROUND = frozenset({"主板", "创业板", "科创板", "创板", "上市", "挂牌", "以来", "正式", "成功", "首次", "公司", "本公司",
                    "集团", "本集团", "我们", "本行", "我行"})
CLAUSE = re.compile(r"[。！？；!?;\n，,：:｜|]")
DATE = re.compile(r"(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?")


def listing_marks(events: list, company: frozenset[str]) -> list:
    """The events, each a listing of the company marked with LISTING (and the exchange it names, if any)."""
    marked: dict[int, str] = {}
    for i, event in enumerate(events):
        if event.kind == "target" or "上市" not in event.scalar:
            continue
        exchange = _listing(event, company)
        if exchange is not False:
            marked[i] = exchange
    if not marked:
        return events
    # the exchanges the report lists the company on, in any sentence of a listing ("2016年在上交所上市，2021年…在联交所
    # 上市": a year alone is no event, its exchange still counts)
    named = {x for x in marked.values() if x}
    for text in {e.scalar for e in events if "上市" in e.scalar}:
        for clause in CLAUSE.split(text):
            exchange = _own_exchange(DATE.sub(" ", clause), company) if "上市" in clause else False
            if exchange:
                named.add(exchange)
    out = list(events)
    for i, exchange in marked.items():
        if len(named) > 1 and not exchange:
            continue  # listed on two exchanges: a listing that names neither may be either
        words = {LISTING + exchange} if exchange and len(named) > 1 else {LISTING}
        out[i] = replace(events[i], words=events[i].words | words)
    return out


def _listing(event, company: frozenset[str]) -> str | bool:
    """The exchange a company's listing names ('' for none), or False if the date is no listing of the company."""
    text = event.scalar
    start = max((m.end() for m in CLAUSE.finditer(text, 0, event.start)), default=0)
    end_match = CLAUSE.search(text, event.start + len(event.printed))
    end = end_match.start() if end_match else len(text)
    return _own_exchange(text[start : event.start] + " " + text[event.start + len(event.printed) : end], company)


def _own_exchange(clause: str, company: frozenset[str]) -> str | bool:
    """The exchange a clause of the company's listing names ('' for none), or False if it is no such clause."""
    if not LISTED.search(clause):
        return False
    words = {w for w in content_words(clause) if len(w) > 1}
    exchanges = words & EXCHANGES
    rest = words - exchanges - AROUND - company
    if rest or len(exchanges) > 1:
        return False
    return next(iter(exchanges), "")
