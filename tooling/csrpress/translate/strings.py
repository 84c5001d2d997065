"""model.Report -> every bilingual string of the report as a translation unit: where it is, its texts, its context.

The manifest's strings (company, title, cover) are included beside what `walk.texts` yields, so a
translation agency sees everything the English edition prints.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .. import markup, schema
from ..model import Origin, Report
from ..walk import _walk, texts
from . import lock


@dataclass(frozen=True, slots=True)
class Unit:
    file: str  # project-relative, e.g. content/chapters/02-products.yaml
    path: tuple[str | int, ...]  # YAML path of the {zh, en} mapping
    zh: str
    en: str | None
    notes: tuple[str, ...]  # context for the translator
    zh_hant: str | None = None  # the string's own zh-Hant override, if it has one

    def target(self, lang: str) -> str | None:
        """The translation into `lang` written in the content: `en:`, or the `zh-Hant:` override."""
        return self.en if lang == "en" else self.zh_hant

    def target_key(self, lang: str) -> str:
        return lock.target_key(self.key, lang)

    @property
    def id(self) -> str:
        """The unit's id inside its <file>: the dotted YAML path (an NMTOKEN, stable while the file's order is)."""
        return ".".join(str(p) for p in self.path) or "root"

    @property
    def origin(self) -> Origin:
        return Origin(self.file, self.path)

    @property
    def key(self) -> str:
        return lock.key(self.file, self.path)


def units(report: Report) -> Iterator[Unit]:
    manifest = report.manifest
    origin = Origin(_manifest_file(report), ())
    seen: set[tuple[str, tuple[str | int, ...]]] = set()
    uses = [(v, at) for v, at in _walk(manifest, origin) if isinstance(v, schema.Text)]
    uses += [(use.text, use.origin) for use in texts(report)]
    context = _Context(report)
    for text, at in uses:
        if (at.file, at.path) in seen:
            continue
        seen.add((at.file, at.path))
        yield Unit(at.file, at.path, text.zh, text.en, context.notes(at, text.zh), text.zh_hant)


def _manifest_file(report: Report) -> str:
    return next((f for f in report.positions if f.endswith("report.yaml")), "content/report.yaml")


class _Context:
    """Chapter, section, block type and referenced metric labels of a string, from its YAML path."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.places: dict[str, list[tuple[tuple[str | int, ...], str]]] = {}
        for chapter in report.chapters:
            name = f"chapter {chapter.number + ' ' if chapter.number else ''}“{chapter.title.en or chapter.title.zh}”"
            self.places.setdefault(chapter.origin.file, []).append((chapter.origin.path, name))
            for sec in chapter.all_sections():
                label = f"section {sec.number + ' ' if sec.number else ''}“{sec.title.en or sec.title.zh}” in {name}"
                self.places.setdefault(sec.origin.file, []).append((sec.origin.path, label))

    def notes(self, at: Origin, zh: str) -> tuple[str, ...]:
        found = []
        best = max((p for p in self.places.get(at.file, []) if at.path[: len(p[0])] == p[0]), key=lambda p: len(p[0]), default=None)
        if best is not None:
            found.append(f"Where: {best[1]}")
        kind = _block_kind(at.path)
        found.append(f"What: {kind}" if kind else f"What: {'.'.join(str(p) for p in at.path if isinstance(p, str))}")
        metrics = self.report.metrics
        for pattern, says in ((markup.METRIC_REF, "prints the figure"), (markup.FIGURE_LINK, "links the figure before it to")):
            for m in pattern.finditer(zh):
                decl = metrics.get(m.group(1))
                if decl is not None:
                    label, value = decl.metric.label, decl.metric.value + (decl.metric.unit or "")
                    found.append(f"code {m.group(0)} {says}: {label.en or label.zh} ({value})")
        return tuple(dict.fromkeys(found))


def _block_kind(path: tuple[str | int, ...]) -> str:
    """`text block`, `table block: rows` ... from the path; empty outside blocks."""
    for i in range(len(path) - 2, -1, -1):
        if path[i] == "blocks" and i + 2 < len(path) and isinstance(path[i + 1], int):
            kind = str(path[i + 2])
            rest = [str(p) for p in path[i + 3 :] if isinstance(p, str)]
            return f"{kind} block" + (f": {'.'.join(rest)}" if rest else "")
    return ""
