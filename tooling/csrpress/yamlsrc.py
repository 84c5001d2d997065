"""YAML text -> (plain value of dicts, lists and str, PositionTree). Never raises on bad YAML.

Every scalar stays the printed string: pydantic types it later, so "0.10", "2016-09-07" and "no"
are never turned into 0.1, a date or False behind the writer's back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import yaml

from .diagnostics import Diagnostic, Location, Related, Severity

MAX_NODES = 2_000_000  # an alias bomb ("billion laughs") expands past this; real reports stay far below
MAX_DEPTH = 200
# What aliases may repeat in one file, counted as characters of text plus nodes: the file's own size, or
# this much in a small file. Nested aliases multiply (a 2 KB file of `case` blocks, each holding its
# predecessor eight times, stands for 15 MB of text), and every later stage costs what is expanded.
ALIAS_ALLOWANCE = 10_000
# An anchor `&name` where YAML allows one (after a space, a line start, a flow indicator, or the `:` of a
# JSON-style `"key":&a`); "R&D" is not one. A false hit only costs the event pass below.
_BEFORE_ANCHOR = "[{,:"
_NOT_IN_ANCHOR = "[]{},"


def _may_anchor(text: str) -> bool:
    """Whether `text` may hold an anchor: each `&` looked at in place (a regex over the whole file, which
    has no literal to skip to, scanned every character of every file: ~1.5 ms a check)."""
    at = text.find("&")
    while at >= 0:
        before, after = text[at - 1 : at], text[at + 1 : at + 2]
        if (not before or before.isspace() or before in _BEFORE_ANCHOR) and after and not (after.isspace() or after in _NOT_IN_ANCHOR):
            return True
        at = text.find("&", at + 1)
    return False

PathKey = tuple[str | int, ...]

# Characters that change what prints without being seen (bidi overrides and isolates, zero-width
# space/joiners, marks, BOM) or are controls (ESC from "\e", NUL from "\0"): typed or escaped into a
# scalar, they are L009. Lone surrogates (from "\ud800" escapes) cannot be encoded at all: L005.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_MAX_CHAR_FINDINGS = 50  # per file: a pasted block full of them needs one look, not thousands of lines


class ScalarPos(NamedTuple):
    """Where a node starts (0-based), and for scalars how its text maps back to lines.

    A named tuple, not a frozen dataclass: one is made for every node and key of every file (twice as fast)."""

    line: int
    column: int
    style: str | None = None  # None plain, '"' or "'" quoted, '|' or '>' block
    indent: int = 0  # column where a block scalar's text starts


@dataclass(slots=True)
class PositionTree:
    """Maps a YAML path (keys and list indexes) to the position of its node and of its key."""

    path: str
    nodes: dict[PathKey, ScalarPos] = field(default_factory=dict)
    keys: dict[PathKey, ScalarPos] = field(default_factory=dict)

    def locate(self, loc: PathKey, *, key: bool = False) -> Location:
        """Position of the deepest existing node on `loc`; segments that are not YAML keys are skipped."""
        best: PathKey = ()
        cur: PathKey = ()
        for seg in loc:
            if cur + (seg,) in self.nodes:
                cur = cur + (seg,)
                best = cur
        table = self.keys if key and best in self.keys else self.nodes
        pos = table.get(best, ScalarPos(0, 0))
        return Location(self.path, pos.line + 1, pos.column + 1)

    def exact(self, loc: PathKey) -> bool:
        return loc in self.nodes

    def resolve(self, loc: PathKey) -> PathKey:
        """The YAML path of `loc` (segments that are not YAML keys, such as a block's type tag, dropped)."""
        cur: PathKey = ()
        for seg in loc:
            if cur + (seg,) in self.nodes:
                cur = cur + (seg,)
        return cur

    def locate_in_scalar(self, loc: PathKey, offset: int, text: str) -> Location:
        """Position of character `offset` of the scalar string `text` found at `loc`."""
        pos = self.nodes.get(loc)
        if pos is None:
            return self.locate(loc)
        before = text[:offset]
        newlines = before.count("\n")
        col_in_line = offset - (before.rfind("\n") + 1)
        if pos.style in ("|", ">"):
            return Location(self.path, pos.line + 2 + newlines, pos.indent + col_in_line + 1)
        quote = 1 if pos.style in ('"', "'") else 0
        if newlines == 0:
            return Location(self.path, pos.line + 1, pos.column + quote + col_in_line + 1)
        return Location(self.path, pos.line + 1 + newlines, pos.indent + col_in_line + 1)


@dataclass(frozen=True, slots=True)
class Parsed:
    value: Any
    positions: PositionTree
    diagnostics: tuple[Diagnostic, ...]


_SCALAR = yaml.ScalarNode
_pos = tuple.__new__


class _Converter:
    def __init__(self, path: str, text: str = "") -> None:
        self.text = text  # libyaml's marks carry no buffer: block indents are read from the text
        self.tree = PositionTree(path)
        self.diags: list[Diagnostic] = []
        self.count = 0
        self.odd_chars = 0
        self.unencodable = False  # a lone surrogate: the value cannot be used at all
        self.lines: list[str] | None = None
        # A scalar holds an odd character only if the file does, or an escape ("\u200b") makes one: a file
        # with neither needs no search of each of its scalars and keys.
        self.odd_possible = "\\" in text or not text or bool(_INVISIBLE.search(text))

    def convert(self, node: yaml.Node, at: PathKey, depth: int = 0) -> Any:
        self.count += 1
        if self.count > MAX_NODES or depth > MAX_DEPTH:
            raise _TooBig(node)
        mark = node.start_mark
        if type(node) is _SCALAR:
            style = node.style
            indent = _block_indent(node, self.text) if style in ("|", ">") else mark.column
            # tuple.__new__: a ScalarPos without the named tuple's Python-level constructor (one per node and key)
            self.tree.nodes[at] = _pos(ScalarPos, (mark.line, mark.column, style, indent))
            if self.odd_possible and _INVISIBLE.search(node.value):
                self.invisible(node, at)
            return node.value
        self.tree.nodes[at] = _pos(ScalarPos, (mark.line, mark.column, None, 0))
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, at + (i,), depth + 1) for i, item in enumerate(node.value)]
        result: dict[str, Any] = {}
        keys = self.tree.keys
        for key_node, value_node in node.value:
            mark = key_node.start_mark
            if not isinstance(key_node, yaml.ScalarNode):
                # `? [..]` or `? {..}`: counted like any value (an alias bomb may hide in a key), then
                # refused in one short line; never str() of the node, which reprs every alias expanded.
                try:
                    self.count_nodes(key_node, depth + 1)
                except _TooBig:
                    raise _TooBig(key_node) from None  # reported at the key, not somewhere inside it
                self.diags.append(Diagnostic("L002", Severity.ERROR, "a key must be text, not a list or a mapping",
                                             Location(self.tree.path, mark.line + 1, mark.column + 1),
                                             hint="write the key as plain text before its `:`"))
                continue
            key = key_node.value
            if self.odd_possible and _INVISIBLE.search(key):
                self.invisible(key_node, None)
            if key in result:
                first = self.tree.keys[at + (key,)]
                self.diags.append(
                    Diagnostic(
                        "L006",
                        Severity.ERROR,
                        f"duplicate key `{key}`: the later value would silently replace the first",
                        Location(self.tree.path, mark.line + 1, mark.column + 1),
                        hint=f"first defined at line {first.line + 1}; remove or rename one of them",
                    )
                )
                continue
            where = at + (key,)
            keys[where] = _pos(ScalarPos, (mark.line, mark.column, None, 0))
            result[key] = self.convert(value_node, where, depth + 1)
        return result


    def invisible(self, node: yaml.ScalarNode, at: PathKey | None) -> None:
        """One finding per odd character of a scalar, at its own column where the file holds it as typed."""
        seen: set[str] = set()
        for match in _INVISIBLE.finditer(node.value):
            char = match.group(0)
            if char in seen or self.odd_chars >= _MAX_CHAR_FINDINGS:
                continue
            seen.add(char)
            self.odd_chars += 1
            where = self._char_at(node, at, match.start(), char)
            if "\ud800" <= char <= "\udfff":
                self.unencodable = True
                self.diags.append(Diagnostic("L005", Severity.ERROR, f"an escape makes half a character (lone surrogate U+{ord(char):04X}): it cannot be printed",
                                             where, hint="write the character itself, or one escape for it: \"\\U0001F600\", not \"\\ud83d\\ude00\""))
            else:
                name = unicodedata.name(char, "control character").lower()
                self.diags.append(Diagnostic("L009", Severity.ERROR, f"invisible character U+{ord(char):04X} ({name}): it changes what prints without being seen",
                                             where, hint="delete it (retype the text around it if your editor hides it)"))

    def _char_at(self, node: yaml.ScalarNode, at: PathKey | None, offset: int, char: str) -> Location:
        start = Location(self.tree.path, node.start_mark.line + 1, node.start_mark.column + 1)
        if at is None:
            return start
        where = self.tree.locate_in_scalar(at, offset, node.value)
        if self.lines is None:
            self.lines = self.text.split("\n")
        line = self.lines[where.line - 1] if 0 < where.line <= len(self.lines) else ""
        # Typed as is: its own column. Written as an escape ("\u202e"): the scalar's start.
        return where if line[where.column - 1 : where.column] == char else start

    def count_nodes(self, node: yaml.Node, depth: int) -> None:
        """Count a subtree's nodes, aliases expanded, against the same limits as convert (stops at the first excess)."""
        stack = [(node, depth)]
        while stack:
            node, depth = stack.pop()
            self.count += 1
            if self.count > MAX_NODES or depth > MAX_DEPTH:
                raise _TooBig(node)
            if isinstance(node, yaml.SequenceNode):
                stack.extend((item, depth + 1) for item in node.value)
            elif isinstance(node, yaml.MappingNode):
                stack.extend((part, depth + 1) for pair in node.value for part in pair)


class _TooBig(Exception):
    def __init__(self, node: yaml.Node) -> None:
        self.node = node


_FAILED = yaml.ScalarNode("tag:csrpress:failed", "")


def _composer_class() -> type | None:
    """libyaml's composer with yaml.BaseLoader's tags, without BaseLoader's three resolver calls per node.

    BaseLoader gives every untagged node its default tag through Python calls (a tenth of loading a report);
    no resolver is registered on it, so these defaults are what it answers, and the converter reads no tag.
    """
    cyaml = getattr(yaml, "cyaml", None)
    if cyaml is None:
        return None
    tags = {yaml.ScalarNode: "tag:yaml.org,2002:str", yaml.SequenceNode: "tag:yaml.org,2002:seq",
            yaml.MappingNode: "tag:yaml.org,2002:map"}

    class Composer(cyaml.CParser):  # type: ignore[misc, name-defined]
        def descend_resolver(self, parent: Any, index: Any) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

        def resolve(self, kind: type, value: Any, implicit: Any) -> str:
            return tags[kind]

    return Composer


_COMPOSER = _composer_class()


def _compose_fast(text: str) -> yaml.Node | None:
    """libyaml (about 10x faster) when available; _FAILED on any problem so the Python parser explains it."""
    if _COMPOSER is None:
        return _FAILED
    try:
        composer = _COMPOSER(text)
        try:
            return composer.get_single_node()  # type: ignore[no-any-return]
        finally:
            composer.dispose()
    except Exception:  # noqa: BLE001 - any libyaml complaint is re-diagnosed by the Python parser
        return _FAILED


def _block_indent(node: yaml.ScalarNode, text: str = "") -> int:
    # The text of `key: |` starts on the next line at the block's indentation.
    buffer = node.start_mark.buffer or text
    if not buffer:
        return node.start_mark.column
    start = buffer.find("\n", node.start_mark.index)
    if start < 0:
        return node.start_mark.column
    end = buffer.find("\n", start + 1)
    line = buffer[start + 1 : end if end >= 0 else len(buffer)]  # that line only, not a copy of the rest of the file
    return len(line) - len(line.lstrip(" "))


def parse_yaml(text: str, path: str) -> Parsed:
    """Parse one YAML document; syntax problems come back as L001 diagnostics, never as exceptions."""
    conv = _Converter(path, text)
    try:
        node = _compose_fast(text)
        if node is _FAILED:
            # Parse again with the pure-Python parser, whose messages and marks name the problem best.
            node = yaml.compose(text, Loader=yaml.BaseLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        related: tuple[Related, ...] = ()
        if exc.context and exc.context_mark is not None and "quoted scalar" in exc.context:
            # An unclosed quote fails at the end of the file; the writer needs the line where it opened.
            mark = exc.context_mark
            problem = f"a quoted string is never closed ({problem})"
        elif exc.context and exc.context_mark is not None and mark is not exc.context_mark:
            cm = exc.context_mark
            related = (Related(Location(path, cm.line + 1, cm.column + 1), exc.context),)
        loc = Location(path, mark.line + 1, mark.column + 1) if mark else Location(path)
        slip = _ime_slip(text, mark.line) if mark else None
        if slip is not None:
            # A full-width ：，or ideographic space typed by a Chinese input method: YAML's own complaint
            # (often on a later line) names the symptom; the slip itself is the mistake to fix.
            (line_no, column), problem, hint = slip[0], f"{slip[1]} (YAML: {problem})", slip[2]
            return Parsed(None, conv.tree, (Diagnostic("L001", Severity.ERROR, f"YAML syntax: {problem}",
                                                       Location(path, line_no + 1, column + 1), hint=hint),))
        hint = _yaml_hint(problem)
        fixed = _flow_colon(text, mark.line, mark.column) if mark and "expected ',' or '}', but got ':'" in problem else None
        if fixed is not None:
            # `{en: Note: text}`: inside {...} a ": " ends the value, and the rest cannot be a second key.
            problem = f"a `:` inside an unquoted value of a {{...}} mapping ends the value ({problem})"
            hint = f"quote the whole value: {fixed}"
        elif mark and (marked := _indicator_value(text, mark, exc.context_mark, problem)):
            # `en: *Bold* text`, `en: "Green" is our word`, `{zh: 能源^[注]}`: text YAML reads as its own syntax.
            problem, hint = f"{marked[0]} ({problem})", f"quote the whole value: {marked[1]}"
        return Parsed(None, conv.tree, (Diagnostic("L001", Severity.ERROR, f"YAML syntax: {problem}", loc,
                                                   hint=hint, related=related),))
    except yaml.reader.ReaderError as exc:
        # A control character (NUL, ...) inside otherwise valid UTF-8: point at it.
        before = text[: exc.position]
        line, col = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
        return Parsed(None, conv.tree, (Diagnostic("L001", Severity.ERROR, f"YAML syntax: control character U+{_codepoint(exc.character):04X} is not allowed",
                                                   Location(path, line, col), hint="delete the invisible character at this position"),))
    except (yaml.YAMLError, RecursionError) as exc:
        return Parsed(None, conv.tree, (Diagnostic("L001", Severity.ERROR, f"YAML syntax: {exc}", Location(path)),))
    if node is None:
        return Parsed(None, conv.tree, ())
    amplified = _alias_excess(text, path)
    if amplified is not None:
        return Parsed(None, conv.tree, (amplified,))
    try:
        value = conv.convert(node, ())
    except _TooBig as big:
        mark = big.node.start_mark
        return Parsed(
            None,
            conv.tree,
            (
                Diagnostic(
                    "L001",
                    Severity.ERROR,
                    "YAML structure too deep or too large (nested aliases?)",
                    Location(path, mark.line + 1, mark.column + 1),
                    hint=f"keep nesting under {MAX_DEPTH} levels and avoid aliases that expand recursively",
                ),
            ),
        )
    # Text that cannot be encoded would crash whatever writes it (the figure cache, the HTML).
    return Parsed(None if conv.unencodable else value, conv.tree, tuple(conv.diags))


def _alias_excess(text: str, path: str) -> Diagnostic | None:
    """The alias at which what aliases repeat passes the file's allowance, as an L001; None when within it.

    One pass over the parser's events, linear in the file whatever the aliases stand for: an anchor's
    expanded size is known when its node closes (YAML defines an anchor before any alias to it), and
    the pass stops at the first alias over the limit, so no count grows past it.
    """
    if not _may_anchor(text):
        return None  # no anchor, nothing can repeat: the common case costs one regex scan
    limit = max(len(text), ALIAS_ALLOWANCE)
    sizes: dict[str, int] = {}  # anchor -> its node's expanded size (characters + nodes)
    open_nodes: list[list[Any]] = []  # [anchor, size so far] of each collection being read
    repeated = 0
    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader)):
            if isinstance(event, yaml.CollectionStartEvent):
                open_nodes.append([event.anchor, 1])
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, size = open_nodes.pop()
            elif isinstance(event, yaml.ScalarEvent):
                anchor, size = event.anchor, 1 + len(event.value)
            elif isinstance(event, yaml.AliasEvent):
                anchor, size = None, sizes.get(event.anchor or "", 1)
                repeated += size
                if repeated > limit:
                    mark = event.start_mark
                    return Diagnostic(
                        "L001", Severity.ERROR,
                        f"the alias `*{event.anchor}` brings what aliases repeat in this file to {repeated:,} characters and nodes; "
                        f"the limit is {limit:,} (the file's own size, or {ALIAS_ALLOWANCE:,} in a smaller file)",
                        Location(path, mark.line + 1, mark.column + 1),
                        hint="write the repeated part out once where it belongs: aliases of aliases multiply, "
                             "and a few lines can stand for millions of blocks")
            else:
                continue
            if anchor:
                sizes[anchor] = size
            if open_nodes:
                open_nodes[-1][1] += size
    except yaml.YAMLError:
        return None  # the composer read this text; the node limit in convert still holds
    return None


@dataclass(frozen=True, slots=True)
class FlowSplit:
    """A plain value of a `{...}` mapping that a comma cut in two: the rest became a key of its own."""

    owner: PathKey  # the key whose value was cut (`en`)
    read: str  # what YAML read as its value (`Baise Wind Farm`)
    meant: str  # the value as typed (`Baise Wind Farm, Guangxi`)

    def quoted(self) -> str:
        return f"{self.owner[-1]}: {quote(self.meant)}"


def quote(text: str) -> str:
    """`text` as a double-quoted YAML scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow_split(text: str, tree: PositionTree, key: PathKey, unknown: set[PathKey] | frozenset[PathKey] = frozenset()) -> FlowSplit | None:
    """When the key at `key` (its YAML path) is the remainder of the plain value before it, cut at a comma
    of a flow mapping (`{en: Baise Wind Farm, Guangxi}`, `{zh: 共1,286名}`): which value, and as meant.
    `unknown`: the other keys of the mapping that are not of the format (one cut may make several)."""
    pos = tree.keys.get(key)
    if pos is None or not key:
        return None
    lines = text.split("\n")
    if pos.line >= len(lines):
        return None
    line = lines[pos.line]
    if not line[: pos.column].rstrip().endswith(","):
        return None  # a block mapping's key, or the first key of a flow mapping
    siblings = sorted((p.line, p.column, k) for k, p in tree.keys.items() if len(k) == len(key) and k[:-1] == key[:-1])
    order = [k for _, _, k in siblings]
    at = order.index(key)
    owner_at = at - 1
    while owner_at >= 0 and order[owner_at] in unknown:
        owner_at -= 1
    if owner_at < 0:
        return None
    owner = order[owner_at]
    value = tree.nodes.get(owner)
    if value is None or value.style not in (None, "") or value.line != pos.line:  # plain (libyaml says "")
        return None
    later = [k for k in order[at + 1:] if k not in unknown]
    nxt = tree.keys.get(later[0]) if later else None
    if nxt is not None and nxt.line == pos.line:
        end = line.rfind(",", 0, nxt.column)
    else:
        end = line.find("}", pos.column)
        end = len(line.rstrip().rstrip(",")) if end < 0 else end
    meant = line[value.column:end].strip()
    read = line[value.column:line.find(",", value.column)].strip()
    if not meant or meant == read:
        return None
    return FlowSplit(owner, read, meant)


def _flow_colon(text: str, line_no: int, column: int) -> str | None:
    """For `{en: Note: text}`: `en: "Note: text"`, the pair as it must be written (None if not that case)."""
    lines = text.split("\n")
    if not 0 <= line_no < len(lines):
        return None
    line = lines[line_no]
    start = max(line.rfind("{", 0, column), line.rfind(",", 0, column)) + 1
    if start <= 0:
        return None
    end = min((i for i in (line.find(",", column), line.find("}", column)) if i >= 0), default=len(line))
    key, sep, value = line[start:end].partition(":")
    if not sep or not key.strip() or not value.strip():
        return None
    return f"{key.strip()}: {quote(value.strip())}"


# Characters a Chinese input method types in place of YAML's own: a key followed by ：, a ，before the next
# key of a {...} mapping, an ideographic space in the indentation.
_FULL_COLON = re.compile(r"^(\s*(?:-\s+)?)([a-z_][a-z0-9_-]*)\s*：")
_FULL_COMMA = re.compile(r"，\s*([a-z_][a-z0-9_-]*)\s*[:：]")
_WIDE_INDENT = re.compile(r"^[ ]*\u3000")


def _ime_slip(text: str, error_line: int) -> tuple[tuple[int, int], str, str] | None:
    """The first full-width slip on or before the line YAML stopped at: ((line, column), problem, hint)."""
    for no, line in enumerate(text.split("\n")[: error_line + 1]):
        if (m := _WIDE_INDENT.match(line)) is not None:
            return ((no, m.end() - 1), "a full-width space (U+3000) in the indentation",
                    "indent with ordinary spaces (switch the input method to half-width, or retype the spaces)")
        if (m := _FULL_COLON.match(line)) is not None:
            return ((no, m.end() - 1), f"the key `{m.group(2)}` is followed by a full-width colon `：`",
                    f"write {m.group(2)}: with a half-width colon and a space")
        if "{" in line and (m := _FULL_COMMA.search(line)) is not None:
            return ((no, m.start()), f"a full-width comma `，` before `{m.group(1)}` does not separate the entries of {{...}}",
                    f"write `, {m.group(1)}:` with a half-width comma (a comma inside a value: quote the value)")
    return None


# What YAML makes of a character a plain value starts with (or, inside {...}, holds), for the writer.
_INDICATORS = {
    "*": "starts with `*`, which YAML reads as an alias (*name), not emphasis",
    "&": "starts with `&`, which YAML reads as an anchor",
    "!": "starts with `!`, which YAML reads as a tag",
    "@": "starts with `@`, which YAML keeps for itself", "`": "starts with a backtick, which YAML keeps for itself",
    "[": "starts with `[`, which YAML reads as a list", "{": "starts with `{`, which YAML reads as a mapping",
    '"': "starts with a quotation mark, so it ends where the quotation does",
    "'": "starts with a quotation mark, so it ends where the quotation does",
}
_PAIR = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):[ \t]+(\S.*?)\s*$")


def _indicator_value(text: str, mark: yaml.Mark, context: yaml.Mark | None, problem: str) -> tuple[str, str] | None:
    """(what went wrong, `key: "value"`) when the error is in a value YAML read as its own syntax: one that
    starts with * & ! @ ` or a quotation mark, or with [ { and goes on after the closing bracket, or a
    [ ] { inside a value of a {...} mapping. The pair is on the error's line, else on its context's."""
    lines = text.split("\n")
    followed = "but found '<scalar>'" in problem or "but got '<scalar>'" in problem   # text after a closed [..] or "..."
    for at in (mark, context):
        if at is None or not 0 <= at.line < len(lines):
            continue
        line, column = lines[at.line], at.column
        flow = line.rfind("{", 0, column)
        if flow >= 0:   # inside {...}: the pair around the error, between `{`/`,` and `,`/`}`
            start = max(flow, line.rfind(",", 0, column)) + 1
            end = min((i for i in (line.find(",", column), line.find("}", column)) if i >= 0), default=len(line))
            key, sep, value = (part.strip() for part in line[start:end].partition(":"))
            if not sep or not re.fullmatch(r"[A-Za-z_][\w-]*", key) or not value:
                continue
            inside = line[column] if column < len(line) and line[column] in "[]{" and at is mark and value[0] not in "[{" else None
        else:
            match = _PAIR.match(line)
            if match is None:
                continue
            key, value, inside = match.group(2), match.group(3), None
        if inside:
            why = f"holds `{inside}`, which ends an unquoted value of a {{...}} mapping"
        elif value[0] in "[{\"'" and not followed:
            continue   # an unclosed list, mapping or quotation: YAML's own message says it
        else:
            why = _INDICATORS.get(value[0])
        if why:
            return f"the value of `{key}` {why}", f"{key}: {quote(value)}"
    return None


def _codepoint(char: object) -> int:
    return ord(char) if isinstance(char, str) and len(char) == 1 else int(char) if isinstance(char, int) else 0


def _yaml_hint(problem: str) -> str:
    if "tab" in problem or "\\t" in problem:
        return "indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        return 'a value containing ": " must be quoted, e.g. en: "Note: text"'
    if "could not find expected ':'" in problem or "expected <block end>" in problem:
        return "check the indentation of this line against the lines above it"
    if "found unexpected end of stream" in problem or "found unknown escape" in problem:
        return "a quoted string is not closed, or contains a backslash: close the quote or use a block scalar `|`"
    return "fix the YAML syntax at this position"
