"""A large report's rules on two cores: the rules that never read the claims run in a forked child.

Most of a large check is two readings of every string: the claims (claims/extract.py), which most
rules share, and the keyword facts (facts.py) with the rules that need no claims. On a 1,000-chapter
report each half is about ten seconds of CPU, so the child takes the rules of CHILD_RULES while the
parent extracts the claims and runs the rest. Every rule is a pure function of the report (its
caches are memos), so where a rule runs changes nothing it finds; the findings come back per rule
and are put in CHECKS order again. A small report is not split: forking and collecting cost more
than its rules (SPLIT_FROM).

The child's reading memos (numbers.MEMO, subject segments, pint factors) are what the figure cache
(figcache.py) keeps for the next run: the child says which strings it read and sends what it read
itself, and the parent takes them from the loaded cache or from the child, so the cache holds the same
strings as after a run on one core and an unchanged re-check still writes nothing. On a first check
(read_first) the strings' figures are read before the rule child is forked, half in a short-lived
reader child, so neither half of the rules reads them again on its own core.

The child dies with its parent (lifeline.py: PR_SET_PDEATHSIG on Linux, else a thread that finds its
parent gone), and the parent kills and reaps it on any error of its own. If the child fails, the parent runs
its rules itself, so an exception surfaces as it would without the split.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterable

from .. import numbers, quantities
from ..claims import subject
from ..diagnostics import Diagnostic
from ..lifeline import die_with_parent
from ..model import Report
from ..walk import texts

SPLIT_FROM = 10_000  # strings ({zh, en} pairs): about 15 copies of the sample, where the halves take seconds each


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worth_splitting(report: Report) -> bool:
    """Two cores, fork, and a report large enough. CSRPRESS_JOBS=1 keeps one process, CSRPRESS_JOBS=2 splits
    whatever the size (to compare the two, or to debug)."""
    jobs = os.environ.get("CSRPRESS_JOBS")
    if jobs == "1" or not hasattr(os, "fork"):
        return False
    if jobs == "2":
        return True
    return cores() >= 2 and sum(1 for _ in texts(report)) >= SPLIT_FROM


def run(report: Report, checks: tuple[Callable[[Report], Iterable[Diagnostic]], ...],
        in_child: Callable[[Callable], bool]) -> list[Diagnostic]:
    """Every check's findings in `checks` order; those `in_child` accepts computed in a forked child."""
    mine = [i for i, c in enumerate(checks) if not in_child(c)]
    theirs = [i for i, c in enumerate(checks) if in_child(c)]
    read_first(report)
    pid, read_end = _fork(lambda: _child(report, checks, theirs))
    found: dict[int, list[Diagnostic]] = {}
    try:
        for i in mine:
            found[i] = list(checks[i](report))
        result = _collect(read_end)
    finally:
        _reap(pid, read_end)
    if result is None:  # the child failed: its rules run here, raising what they raise
        for i in theirs:
            found[i] = list(checks[i](report))
    else:
        child_found, read = result
        found.update(child_found)
        _take_readings(*read)
    return [d for i in range(len(checks)) for d in found[i]]


def _fork(work: Callable[[], object]) -> tuple[int, int]:
    """A child that dies with this process (lifeline.py, as the build's layout workers), computes `work()` and
    sends it back pickled through a pipe (None if it failed); returns its pid and the pipe's end to read."""
    sys.stdout.flush()
    sys.stderr.flush()
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        code = 0
        try:
            die_with_parent(parent)
            payload = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # noqa: BLE001 - any failure: the parent does the work itself
            payload, code = pickle.dumps(None), 1
        try:
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
        except BaseException:  # noqa: BLE001
            code = 1
        os._exit(code)  # no atexit, no flush of the parent's buffers, no figure cache written here
    os.close(write_end)
    return pid, read_end


def _reap(pid: int, read_end: int) -> None:
    os.close(read_end)
    try:
        os.kill(pid, signal.SIGKILL)  # done or not, it has nothing left to give
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def _child(report: Report, checks, theirs: list[int]) -> tuple[dict, tuple]:
    """The child's rules' findings and what it read (its memos), for the parent to take."""
    # what this process knew before its rules (the loaded cache, and what read_first read before the fork)
    before = (set(numbers.MEMO.stored) | set(numbers.MEMO.used), set(numbers.MEMO.parsed_stored), set(subject.STORED))
    found = {i: list(checks[i](report)) for i in theirs}
    segments_new = {k: v for k, v in subject.USED.items() if k not in before[2]}
    # What the child read itself goes back whole (pickled Figures): on a first check, with no figure cache,
    # re-reading those strings in the parent took a second of the 1,000-chapter check's critical path.
    memo = numbers.MEMO
    figures_new = {k: v for k, v in memo.used.items() if k not in before[0]}
    parsed_new = {k: v for k, v in memo.parsed_used.items() if k not in before[1]}
    read = (list(memo.used), list(memo.parsed_used), list(subject.USED), segments_new,
            dict(quantities.USED), figures_new, parsed_new)
    return found, read


READ_FIRST_FROM = 2_000  # strings not in the figure cache: below this a fork costs more than half their reading


def _strings(report: Report) -> dict[str, None]:
    """The strings the rules read figures of, in reading order: each string as written, with its {m:} and {=}
    markers blanked (facts.py), and a Chinese one as read with Traditional folded (claims/script.py). On the
    1,000-chapter report these are every string the rules read, and none of them is read for nothing."""
    from ..claims.script import reading
    from ..facts import MASK

    found: dict[str, None] = {}
    for use in texts(report):
        for lang in ("zh", "en"):
            text = getattr(use.text, lang, None)
            if not text:
                continue
            masked = MASK.sub(lambda m: " " * len(m.group(0)), text) if "{" in text else text
            found[text] = found[masked] = None
            if lang == "zh":
                found[reading(text)] = found[reading(masked)] = None
    return found


def read_first(report: Report) -> None:
    """On a first check (nothing in build/.cache), read every string's figures before the rule child is forked,
    half in a short-lived reader child and half here, so that both halves of the rules start with every figure
    read, as on a re-check: without it both read most strings again, each on its own core, and the longer half
    (the parent's) waited for its ~2 s of reading. A reading is a pure function of the text, so where it is
    read changes nothing it says; the figure cache then holds what one process would have read."""
    memo = numbers.MEMO
    todo = [t for t in _strings(report) if t not in memo.used and t not in memo.stored]
    if len(todo) < READ_FIRST_FROM:
        return
    pid, read_end = _fork(lambda: {t: numbers.find_figures(t) for t in todo[1::2]})
    try:
        for text in todo[::2]:
            numbers.find_figures(text)
        read = _collect(read_end)
    finally:
        _reap(pid, read_end)
    for text in todo[1::2]:
        if text in memo.used:
            continue
        if read is not None and text in read:
            memo.used[text] = read[text]
            memo.computed += 1
        else:
            numbers.find_figures(text)


def _collect(read_end: int):
    chunks = []
    while True:
        chunk = os.read(read_end, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
    try:
        return pickle.loads(b"".join(chunks))  # from our own child, through a pipe it alone writes to
    except Exception:  # noqa: BLE001 - a child killed mid-write
        return None


def _take_readings(figures: list[str], parsed: list[str], segments: list[str], segments_new: dict,
                   factors: dict, figures_new: dict, parsed_new: dict) -> None:
    """The child's reading memos into this process's, as if it had read those strings itself: from the
    loaded cache when there, else as the child read them (a reading is a pure function of the text)."""
    memo = numbers.MEMO
    for text in figures:
        if text not in memo.used:
            if text in memo.stored or text not in figures_new:
                numbers.find_figures(text)
            else:
                memo.used[text] = figures_new[text]
                memo.computed += 1
    for text in parsed:
        if text not in memo.parsed_used:
            if text in memo.parsed_stored or text not in parsed_new:
                numbers.parse_figure(text)
            else:
                memo.parsed_used[text] = parsed_new[text]
                memo.computed += 1
    for text in segments:
        if text not in subject.USED:
            if text in subject.STORED or text not in segments_new:
                subject.segment(text)
            else:
                subject.USED[text] = segments_new[text]  # segmented by the child (loading jieba here costs a second)
    for key, value in factors.items():
        quantities.USED.setdefault(key, value)
