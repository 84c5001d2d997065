"""Findings of every stage -> one sortable, printable Diagnostic type."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A place in a project file: POSIX path relative to the root, 1-based line and column."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Related:
    location: Location
    message: str


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    location: Location | None = None
    hint: str | None = None
    related: tuple[Related, ...] = field(default=())
    # Where a draft build marks the finding in the output: (file, YAML path of the string, start, end).
    anchor: tuple[str, tuple[str | int, ...], int, int] | None = field(default=None, compare=False)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location or Location("")
        return (loc.path, loc.line, loc.column, self.code, self.message)


def sorted_unique(diags: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    """Deduplicate and sort by file, line, column: the order a writer fixes them in."""
    return tuple(sorted(set(diags), key=Diagnostic.sort_key))


def has_errors(diags: Iterable[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diags)
