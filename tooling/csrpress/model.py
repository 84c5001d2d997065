"""The compiled report that later stages read: chapters, sections, blocks and metrics with their origins.

Blocks keep their validated schema objects as data; each node records the file and YAML path it
came from, so any finding can be located back to a line and column through `Report.locate`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from . import schema
from .diagnostics import Location
from .yamlsrc import PathKey, PositionTree


@dataclass(frozen=True, slots=True)
class Origin:
    file: str  # POSIX path relative to the project root
    path: PathKey  # YAML path inside that file

    def child(self, *segments: str | int) -> Origin:
        return Origin(self.file, self.path + segments)


@dataclass(frozen=True, slots=True)
class BlockNode:
    kind: str  # the block type key: text, table, quote, ...
    data: Any  # the schema object under that key (schema.Text, schema.Table, ...)
    origin: Origin  # points at the block's value (path ends with the kind)
    children: tuple[BlockNode, ...] = ()  # blocks inside a case box


@dataclass(frozen=True, slots=True)
class SectionNode:
    id: str
    number: str | None
    title: schema.Text
    toc_title: schema.Text | None
    label: schema.Text | None
    level: int  # 1 = a numbered section in the TOC, 2+ = subsections
    blocks: tuple[BlockNode, ...]
    sections: tuple[SectionNode, ...]
    origin: Origin


@dataclass(frozen=True, slots=True)
class ChapterNode:
    id: str
    kind: str  # chapter | front | back
    number: str | None
    title: schema.Text
    subtitle: schema.Text | None
    intro: schema.Text | None
    quote: schema.Quote | None
    blocks: tuple[BlockNode, ...]
    sections: tuple[SectionNode, ...]
    origin: Origin
    image: str | None = None  # the opener's photo (schema.Chapter.image)

    def all_sections(self) -> Iterator[SectionNode]:
        stack = list(reversed(self.sections))
        while stack:
            sec = stack.pop()
            yield sec
            stack.extend(reversed(sec.sections))


@dataclass(frozen=True, slots=True)
class MetricDecl:
    metric: schema.Metric
    origin: Origin


# id(metric_decls) -> (that tuple, kept so the id stays its own; its first declarations by id)
_FIRST_DECLS: dict[int, tuple[tuple["MetricDecl", ...], Mapping[str, "MetricDecl"]]] = {}


@dataclass(frozen=True, slots=True)
class Report:
    manifest: schema.Manifest
    chapters: tuple[ChapterNode, ...]
    metric_decls: tuple[MetricDecl, ...]  # every declaration, in reading order
    positions: Mapping[str, PositionTree] = field(default_factory=dict)
    # Files that exist but failed to load (a finding each) -> their text: what they may declare is unknown.
    unloaded: Mapping[str, str] = field(default_factory=dict)
    root: Path | None = None  # the project folder (resources named by the content are under root/content)

    def maybe_declared_in_unloaded(self, ident: str) -> str | None:
        """The file that failed to load and names `id: <ident>` (a metric, chapter or section it would have
        declared), or None: a reference to such an id is no finding of its own, the load error is."""
        pattern = re.compile(r"(?<![\w-])id\s*:\s*[\"']?" + re.escape(ident) + r"[\"']?(?![\w.-])")
        return next((rel for rel, text in self.unloaded.items() if pattern.search(text)), None)

    @property
    def metrics(self) -> Mapping[str, MetricDecl]:
        """The first declaration of each id (a later, different one is a finding). Built once per report:
        rules ask for it per table cell (rebuilt each time, it was 6 s of check at 1,000 chapters); read-only,
        since every caller shares it."""
        hit = _FIRST_DECLS.get(id(self.metric_decls))
        if hit is None or hit[0] is not self.metric_decls:
            first: dict[str, MetricDecl] = {}
            for decl in self.metric_decls:
                first.setdefault(decl.metric.id, decl)
            _FIRST_DECLS.clear()  # the report being checked; an earlier one is not asked again
            hit = _FIRST_DECLS[id(self.metric_decls)] = (self.metric_decls, MappingProxyType(first))
        return hit[1]

    def sections(self) -> Iterator[tuple[ChapterNode, SectionNode]]:
        for chapter in self.chapters:
            for sec in chapter.all_sections():
                yield chapter, sec

    def locate(self, origin: Origin, *more: str | int) -> Location:
        tree = self.positions.get(origin.file)
        if tree is None:
            return Location(origin.file)
        return tree.locate(origin.path + more)

    def locate_in_text(self, origin: Origin, offset: int, text: str) -> Location:
        tree = self.positions.get(origin.file)
        if tree is None:
            return Location(origin.file)
        return tree.locate_in_scalar(origin.path, offset, text)


def walk_blocks(blocks: tuple[BlockNode, ...]) -> Iterator[BlockNode]:
    for block in blocks:
        yield block
        yield from walk_blocks(block.children)


def all_blocks(report: Report) -> Iterator[tuple[ChapterNode, SectionNode | None, BlockNode]]:
    """Every block of the report in reading order, with its chapter and (innermost) section."""
    for chapter in report.chapters:
        for block in walk_blocks(chapter.blocks):
            yield chapter, None, block
        for sec in chapter.all_sections():
            for block in walk_blocks(sec.blocks):
                yield chapter, sec, block
