"""pdf.without_cycle_collector: paused during a layout, and what an earlier layout left is freed first."""

from __future__ import annotations

import gc
import weakref

import pytest

from csrpress import pdf


class _Node:
    pass


def _cycle() -> weakref.ref:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def collector(monkeypatch: pytest.MonkeyPatch):
    was = gc.isenabled()
    monkeypatch.setattr(pdf, "_laid_out", False)
    yield
    gc.enable() if was else gc.disable()


def test_paused_inside_and_restored_after(collector) -> None:
    gc.enable()
    with pdf.without_cycle_collector():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with pdf.without_cycle_collector():
        pass
    assert not gc.isenabled()   # build and check run with it off: left off


def test_an_earlier_layouts_cycles_are_freed_before_the_next(collector) -> None:
    gc.disable()
    with pdf.without_cycle_collector():
        left = _cycle()   # what a layout leaves: unreachable, but cyclic
    assert left() is not None
    with pdf.without_cycle_collector(collect=False):   # the earlier layout is still in use
        assert left() is not None
    with pdf.without_cycle_collector():
        assert left() is None
