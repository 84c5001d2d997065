"""T306: Chinese typed in the other script than the manifest's `script` says.

A Hong Kong writer who types Traditional into a Simplified project (no `script: hant`) gets a zh
edition printing Traditional and a zh-Hant edition converted a second time, without being told; a
Simplified character slipped into a Traditional project is printed as typed. Both are read from
OpenCC: in a Simplified project, a character that `t2s` changes is Traditional (none in the sample's
811 strings); in a Traditional one, a character no Traditional text uses (claims/script.py
`simplified_only()`: 万, 国, 发, not the Hong Kong 户, 台, 布 or 床) is Simplified. A project with
many such strings gets one finding at the manifest instead of one per string.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..claims.script import simplified_characters
from ..diagnostics import Diagnostic, Location, Severity
from ..model import Report
from ..walk import texts

MANY = 5  # more strings than this: the whole report is probably in the other script


@lru_cache(maxsize=4)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def _other_script(text: str, script: str) -> list[int]:
    """Offsets of the characters of `text` that belong to the other script."""
    if text.isascii():
        return []
    if script == "hans":
        read = _converter("t2s").convert(text)
        if read == text:
            return []  # nearly every string: compared whole, not character by character
        return [i for i, (a, b) in enumerate(zip(text, read)) if a != b] if len(read) == len(text) else []
    # character by character, not by OpenCC's phrases: "公布", "周年", "了解" are Hong Kong usage although
    # s2hk writes 公佈, 週年, 瞭解; only a character no Traditional text uses (万, 国, 发) is Simplified
    simplified = simplified_characters()
    at = [i for i, c in enumerate(text) if c in simplified]
    if not at:
        return []
    # and OpenCC's phrases change it too: 里 is Simplified for 裏 but "里程碑" keeps it
    trad, hk = _converter("s2t").convert(text), _converter("s2hk").convert(text)
    if not len(trad) == len(hk) == len(text):
        return at
    # OpenCC's phrases are keyed in Simplified: "東涌" is found as 东涌, whose Hong Kong form keeps 涌 (a creek in
    # place names: 東涌, 葵涌), so the text is read through t2s before its phrases are looked up
    folded = _converter("t2s").convert(text)
    hk_phrase = _converter("s2hk").convert(folded) if len(folded) == len(text) else hk
    if len(hk_phrase) != len(text):
        hk_phrase = hk
    return [i for i in at if trad[i] != text[i] and hk[i] != text[i] and hk_phrase[i] != text[i]]


def mixed_script(report: Report) -> Iterator[Diagnostic]:
    script = report.manifest.script
    found = []
    seen: set[tuple[str, tuple[str | int, ...]]] = set()
    read: dict[str, list[int]] = {}  # a string written again has the same characters
    for use in texts(report):
        key = (use.origin.file, use.origin.path)
        if key in seen or not use.text.zh:
            continue
        seen.add(key)
        at = read.get(use.text.zh)
        if at is None:
            at = read[use.text.zh] = _other_script(use.text.zh, script)
        if len(at) >= (2 if script == "hans" else 1):  # one Traditional character may be a quoted name
            found.append((use, at))
    if not found:
        return
    if len(found) > MANY:
        use, at = found[0]
        first = report.locate_in_text(use.origin.child("zh"), at[0], use.text.zh)
        if script == "hans":
            yield Diagnostic("T306", Severity.WARNING,
                             f"{len(found)} strings are written in Traditional Chinese (first at {first.path}:{first.line}: "
                             f"{''.join(dict.fromkeys(use.text.zh[i] for i in at))[:8]}), but the report says it is written in Simplified",
                             Location(_manifest(report), 1),
                             hint="add `script: hant` to content/report.yaml (its editions become zh-Hant and en; docs/content-format.md)")
        else:
            yield Diagnostic("T306", Severity.WARNING,
                             f"{len(found)} strings hold Simplified characters (first at {first.path}:{first.line}), "
                             "but the report says it is written in Traditional (script: hant)",
                             Location(_manifest(report), 1), hint="type them in Traditional, or remove `script: hant` if the report is Simplified")
        return
    for use, at in found:
        chars = "".join(dict.fromkeys(use.text.zh[i] for i in at))[:8]
        where = report.locate_in_text(use.origin.child("zh"), at[0], use.text.zh)
        if script == "hans":
            yield Diagnostic("T306", Severity.WARNING, f"Traditional characters ({chars}) in a report written in Simplified", where,
                             hint="type them in Simplified; if the report is written in Traditional, add `script: hant` to content/report.yaml")
        else:
            wanted = "".join(_converter("s2hk").convert(use.text.zh)[i] for i in at)
            yield Diagnostic("T306", Severity.WARNING,
                             f"Simplified characters ({chars}) in a report written in Traditional: the zh-Hant edition prints OpenCC's Traditional "
                             "for them, which may not be the character meant", where,
                             hint=f"type them in Traditional ({''.join(dict.fromkeys(wanted))[:8]})")


def _manifest(report: Report) -> str:
    return next((f for f in report.positions if f.endswith("report.yaml")), "content/report.yaml")
