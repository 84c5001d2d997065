"""A memo of a pure function of two figures, keyed by the figures' identities.

A figure object stands for every string and metric that prints the same text (numbers.py memoises its readings per
string), and the rules compare the same pairs again and again. Hashing a figure by value costs more than the
comparison it would save, so the memo is keyed by identity, and keeps both objects alive in its entry so that an id
is never reused while the entry stands. It is emptied when full, which bounds its memory on any input.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

A = TypeVar("A")
B = TypeVar("B")
R = TypeVar("R")


class PairMemo(Generic[A, B, R]):
    def __init__(self, function: Callable[[A, B], R], limit: int = 500_000) -> None:
        self._function = function
        self._limit = limit
        self._seen: dict[tuple[int, int], tuple[A, B, R]] = {}

    def __call__(self, a: A, b: B) -> R:
        hit = self._seen.get((id(a), id(b)))
        if hit is not None and hit[0] is a and hit[1] is b:
            return hit[2]
        if len(self._seen) >= self._limit:
            self._seen.clear()
        result = self._function(a, b)
        self._seen[(id(a), id(b))] = (a, b, result)
        return result
