"""Stage 1: content/ on disk -> model.Report plus every problem found, as diagnostics. Never raises on content."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import schema
from .diagnostics import Diagnostic, Location, Severity
from .fastschema import construct
from .model import BlockNode, ChapterNode, MetricDecl, Origin, Report, SectionNode
from .project import Project
from .records import Record
from .safefs import TooLarge, inside, read_bounded
from .yamlsrc import PathKey, PositionTree, flow_split, parse_yaml

MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Loaded:
    report: Report | None
    diagnostics: tuple[Diagnostic, ...]


class _Loader:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.diags: list[Diagnostic] = []
        self.positions: dict[str, PositionTree] = {}
        self.metric_decls: list[MetricDecl] = []
        self.unloaded: dict[str, str] = {}  # files that exist but failed to load -> their text (what they may declare)
        # Every section file included so far, in any chapter: a file included by siblings again and again
        # (each including the next ten times) would stand for exponentially many sections, like aliases.
        self.included: set[str] = set()

    # -- files -------------------------------------------------------------

    def read(self, path: Path, model: type[Record], named_at: Location | None) -> tuple[Any, str] | None:
        if not (inside(path, self.project.content) and inside(self.project.content, self.project.root)):
            # A symlink (a file, or a folder on the way) whose real path is elsewhere: git carries them.
            shown = _as_named(path, self.project.root)
            self.diags.append(Diagnostic("L008", Severity.ERROR, f"{shown} is a symlink whose real path leaves content/",
                                         named_at or Location(shown), hint="replace the symlink with the file itself, inside content/"))
            return None
        rel = self.project.rel(path)
        if path.exists() and not path.is_file():  # a named pipe would block the read forever
            self.diags.append(Diagnostic("L004", Severity.ERROR, f"{rel} is not a regular file (a named pipe, device or folder)",
                                         named_at or Location(rel), hint="name a YAML file here, or replace it with one"))
            return None
        if not path.is_file():
            self.diags.append(Diagnostic("L004", Severity.ERROR, f"file not found: {rel}", named_at or Location(rel),
                                         hint="create the file or correct the path (paths are relative to content/)"))
            return None
        try:
            raw = read_bounded(path, MAX_FILE_BYTES)  # refused by its size, before it is read into memory
        except TooLarge as big:
            self.diags.append(Diagnostic("L001", Severity.ERROR, f"file is {big.size / 1_048_576:,.1f} MiB; content files must stay under 20 MiB",
                                         Location(rel), hint="split the file, or keep data out of the report source"))
            return None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            self.unloaded[rel] = raw.decode("utf-8", errors="replace")
            self.diags.append(Diagnostic("L005", Severity.ERROR, "file is not UTF-8 text (binary, or saved in another encoding such as GBK)",
                                         Location(rel, line), hint="save the file as UTF-8"))
            return None
        parsed = parse_yaml(text.removeprefix("\ufeff"), rel)
        self.diags.extend(parsed.diagnostics)
        self.positions[rel] = parsed.positions
        if parsed.value is None:
            if parsed.diagnostics:
                self.unloaded[rel] = text
            if not parsed.diagnostics:
                self.diags.append(Diagnostic("L002", Severity.ERROR, "file is empty", Location(rel),
                                             hint="see docs/content-format.md for what this file holds"))
            return None
        if not isinstance(parsed.value, dict):
            self.unloaded[rel] = text
            self.diags.append(Diagnostic("L002", Severity.ERROR, "expected a mapping of keys at the top of the file", Location(rel),
                                         hint="see docs/content-format.md for what this file holds"))
            return None
        built = construct(model, parsed.value)
        if built is not None:
            return built, rel
        return self.validated(model, parsed.value, parsed.positions, rel, text)

    def validated(self, model: type[Record], data: Any, positions: PositionTree, rel: str, text: str) -> tuple[Any, str] | None:
        """What fastschema was not sure of, validated by pydantic (imported only now), whose errors are the findings."""
        from pydantic import ValidationError

        from .pydschema import validate

        try:
            return validate(model, data), rel
        except ValidationError as exc:
            self.diags.extend(schema_diagnostics(exc, positions, text))
            self.unloaded[rel] = text
            return None

    # -- tree ---------------------------------------------------------------

    def blocks(self, blocks: list[Any], origin: Origin) -> tuple[BlockNode, ...]:
        nodes = []
        for i, block in enumerate(blocks):
            kind = next(iter(type(block).model_fields))
            data = getattr(block, kind)
            at = origin.child(i, kind)
            children = self.blocks(data.blocks, at.child("blocks")) if kind == "case" else ()
            nodes.append(BlockNode(kind, data, at, children))
        return tuple(nodes)

    def metrics(self, metrics: list[schema.Metric], origin: Origin) -> None:
        for i, metric in enumerate(metrics):
            self.metric_decls.append(MetricDecl(metric, origin.child(i)))

    def sections(self, entries: list[Any], origin: Origin, level: int, seen: frozenset[str]) -> tuple[SectionNode, ...]:
        result = []
        for i, entry in enumerate(entries):
            at = origin.child(i)
            if isinstance(entry, schema.Include):
                result.extend(self.include(entry, at, level, seen))
                continue
            result.append(self.section(entry, at, level, seen))
        return tuple(result)

    def section(self, sec: Any, at: Origin, level: int, seen: frozenset[str]) -> SectionNode:
        self.metrics(sec.metrics, at.child("metrics"))
        return SectionNode(
            id=sec.id, number=sec.number, title=sec.title, toc_title=sec.toc_title, label=sec.label, level=level,
            blocks=self.blocks(sec.blocks, at.child("blocks")),
            sections=self.sections(sec.sections, at.child("sections"), level + 1, seen),
            origin=at,
        )

    def include(self, entry: schema.Include, at: Origin, level: int, seen: frozenset[str]) -> list[SectionNode]:
        named_at = self.positions[at.file].locate(at.path + ("include",))
        path = self.project.content / entry.include
        rel = self.project.rel(path)
        if rel in seen or rel in self.included or ".." in Path(entry.include).parts or entry.include.startswith("/"):
            self.diags.append(Diagnostic("L007", Severity.ERROR, f"include of {entry.include} repeats or loops, or leaves content/", named_at,
                                         hint="include each section file once, with a path inside content/"))
            return []
        self.included.add(rel)
        got = self.read(path, schema.SectionFile, named_at)
        if got is None:
            return []
        sec, rel = got
        return [self.section(sec, Origin(rel, ()), level, seen | {rel})]

    def chapter(self, rel_in_content: str, named_at: Location, seen: frozenset[str]) -> ChapterNode | None:
        got = self.read(self.project.content / rel_in_content, schema.Chapter, named_at)
        if got is None:
            return None
        ch, rel = got
        origin = Origin(rel, ())
        self.metrics(ch.metrics, origin.child("metrics"))
        return ChapterNode(
            id=ch.id, kind=ch.kind, number=ch.number, title=ch.title, subtitle=ch.subtitle, intro=ch.intro, quote=ch.quote,
            blocks=self.blocks(ch.blocks, origin.child("blocks")),
            sections=self.sections(ch.sections, origin.child("sections"), 1, seen | {rel}),
            origin=origin, image=ch.image,
        )


def load_report(project: Project) -> tuple[Report | None, tuple[Diagnostic, ...]]:
    """Read the manifest and every file it names; return the report (None if unusable) and all problems."""
    loader = _Loader(project)
    got = loader.read(project.manifest, schema.Manifest, None)
    if got is None:
        return None, tuple(loader.diags)
    manifest, mrel = got
    chapters: list[ChapterNode] = []
    seen: set[str] = set()
    for i, rel in enumerate(manifest.chapters):
        named_at = loader.positions[mrel].locate(("chapters", i))
        if rel in seen:
            loader.diags.append(Diagnostic("L007", Severity.ERROR, f"chapter file {rel} is listed twice", named_at,
                                           hint="list each chapter file once in content/report.yaml"))
            continue
        seen.add(rel)
        chapter = loader.chapter(rel, named_at, frozenset())
        if chapter is not None:
            chapters.append(chapter)
    for i, rel in enumerate(manifest.metrics):
        named_at = loader.positions[mrel].locate(("metrics", i))
        got_metrics = loader.read(project.content / rel, schema.MetricFile, named_at)
        if got_metrics is not None:
            mfile, frel = got_metrics
            loader.metrics(mfile.metrics, Origin(frel, ("metrics",)))
    report = Report(manifest, tuple(chapters), tuple(loader.metric_decls), loader.positions,
                    unloaded=loader.unloaded, root=project.root)
    return report, tuple(loader.diags)


def _as_named(path: Path, root: Path) -> str:
    """The path as the project names it (a symlink's target is never printed)."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def schema_diagnostics(exc: Any, tree: PositionTree, text: str = "") -> list[Diagnostic]:
    """pydantic errors (a ValidationError) -> one diagnostic per place; union alternatives that all failed are reported once."""
    by_place: dict[Location, Diagnostic] = {}
    errors = exc.errors(include_url=False)
    unknown = {tree.resolve(tuple(err["loc"])) for err in errors if err["type"] == "extra_forbidden"}
    split_owners: set[PathKey] = set()
    # `{zh：能源管理}`: a full-width colon makes `zh：能源管理` one unknown key, and `zh` missing; one finding.
    slipped = {tuple(err["loc"][:-1]) + (_FULL_KEY.match(str(err["loc"][-1])).group(1),) for err in errors
               if err["type"] == "extra_forbidden" and _FULL_KEY.match(str(err["loc"][-1]))}
    for err in errors:
        loc: PathKey = tuple(err["loc"])
        kind = err["type"]
        split = flow_split(text, tree, tree.resolve(loc), unknown) if kind == "extra_forbidden" and text else None
        if split is not None:
            if split.owner in split_owners:
                continue  # `{en: a, b, c}`: one cut value, reported once
            split_owners.add(split.owner)
            where = tree.locate(loc, key=True)
            diag = Diagnostic("L003", Severity.ERROR,
                              f"unknown key `{loc[-1]}`: a comma inside {{...}} ended the value of `{split.owner[-1]}` "
                              f"at `{split.read}`, and the rest became a key", where,
                              hint=f"quote the whole value: {split.quoted()}")
        elif kind == "extra_forbidden" and (slip := _FULL_KEY.match(str(loc[-1]))):
            where = tree.locate(loc, key=True)
            diag = Diagnostic("L003", Severity.ERROR, f"unknown key `{loc[-1]}`: `{slip.group(1)}` is followed by a full-width colon `：`, "
                              "so YAML read it all as one key", where,
                              hint=f"write {slip.group(1)}: {slip.group(2)} with a half-width colon and a space")
        elif kind == "extra_forbidden":
            where = tree.locate(loc, key=True)
            diag = Diagnostic("L003", Severity.ERROR, f"unknown key `{loc[-1]}`", where,
                              hint="check the spelling against docs/content-format.md, or remove the key")
        elif kind == "missing" and loc in slipped:
            continue
        elif kind == "missing":
            where = tree.locate(loc[:-1])
            diag = Diagnostic("L002", Severity.ERROR, f"missing required key `{loc[-1]}`", where,
                              hint=f"add `{loc[-1]}:` here (docs/content-format.md)")
        elif kind == "union_tag_invalid":
            where = tree.locate(loc)
            tag = err.get("ctx", {}).get("tag", "?")
            expected = err.get("ctx", {}).get("expected_tags", "")
            diag = Diagnostic("L002", Severity.ERROR, f"unknown block type `{tag}`", where, hint=f"a block is one of: {expected}")
        elif kind == "union_tag_not_found":
            where = tree.locate(loc)
            diag = Diagnostic("L002", Severity.ERROR, "a block must be a mapping with exactly one key, its type", where,
                              hint="write e.g. `- text: {zh: ..., en: ...}`")
        else:
            where = tree.locate(loc)
            diag = Diagnostic("L002", Severity.ERROR, f"{_field_name(loc)}: {err['msg']}", where, hint=_type_hint(loc, err))
        # Smart unions (table cells) report every alternative; the first is the clearest.
        by_place.setdefault(where, diag)
    return list(by_place.values())


def _field_name(loc: PathKey) -> str:
    names = [str(seg) for seg in loc if isinstance(seg, str) and seg not in schema.TAGS_NOT_KEYS]
    return names[-1] if names else "value"


# A key typed with a Chinese input method's full-width colon: `zh：能源管理`.
_FULL_KEY = re.compile(r"^([a-z_][a-z0-9_-]*)\s*：\s*(.*)$", re.S)


def _type_hint(loc: PathKey, err: Any) -> str:
    if isinstance(err.get("input"), str) and (slip := _FULL_KEY.match(err["input"])):
        return f"`{slip.group(1)}` is followed by a full-width colon `：`: write {slip.group(1)}: {slip.group(2)} with a half-width colon and a space"
    if err["type"] in ("model_type", "dict_type") and any(seg in ("title", "caption", "label", "text") for seg in loc):
        return "write bilingual text as {zh: ..., en: ...}"
    if err["type"] == "string_pattern_mismatch" and loc and loc[-1] == "date":
        return 'write the date as YYYY-MM-DD, quoted: date: "2017-03-22"'
    if err["type"] == "string_pattern_mismatch" and loc and loc[-1] == "color":
        return 'write a hex colour, e.g. "#1b6ec2"'
    if err["type"] == "string_pattern_mismatch":
        return "ids use lowercase letters, digits and . _ - (e.g. giving-platform.donations.2016)"
    if err["type"] == "list_type":
        return "this key takes a list: start each item with `- `"
    return "see docs/content-format.md for the expected form"
