"""Set the `en:` of {zh, en} mappings in a YAML file as text edits: every other byte (comments, order,
quoting, blank lines, CRLF) stays as it was.

`fix.Edit` replaces text inside one line; an English paragraph is a multi-line block scalar, or a
key that does not exist yet, so this module edits character spans found from the composed YAML's
marks instead. Each edited file is parsed again and compared with what was meant (the old values
with the new English): if a chosen style did not read back exactly, the file is redone with
JSON-quoted strings (valid YAML in every context), and if that fails too the edit is refused.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

PathKey = tuple[str | int, ...]
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # libyaml: marks count characters, as str indexes do
_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*")
_TYPED = re.compile(r"(?i)(?:y|yes|n|no|true|false|on|off|null|~|[-+]?[\d.][\d_.,:eE+-]*|\.nan|\.inf)")


class EditRefused(ValueError):
    """The file could not be edited safely at one path: the message names it."""


def _node_at(root: yaml.Node, path: PathKey) -> yaml.Node | None:
    node: yaml.Node | None = root
    for seg in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == seg), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(seg, int) and 0 <= seg < len(node.value):
            node = node.value[seg]
        else:
            return None
    return node


def _in_flow(root: yaml.Node, path: PathKey) -> bool:
    node: yaml.Node | None = root
    for i in range(len(path) + 1):
        if isinstance(node, yaml.CollectionNode) and node.flow_style:
            return True
        if i < len(path):
            node = _node_at(node, path[i : i + 1]) if node is not None else None
    return False


def _plain_ok(text: str, flow: bool) -> bool:
    return bool(_PLAIN.fullmatch(text)) and text == text.strip() and ": " not in text and " #" not in text \
        and not text.endswith(":") and not _TYPED.fullmatch(text) and not (flow and any(c in text for c in ",[]{}"))


def _inline(text: str, flow: bool, old_style: str | None, safe: bool) -> str:
    if not safe and "\n" not in text:
        if old_style in (None, "") and _plain_ok(text, flow):
            return text
        if old_style == "'" and "\\" not in text:
            return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _block(text: str, indent: int, nl: str) -> str | None:
    """A literal block scalar for `text` (ends with a newline), or None when its lines cannot be one."""
    body = text.rstrip("\n")
    trailing = len(text) - len(body)
    if trailing > 1 or body.startswith((" ", "\t")) or any(line != line.rstrip() for line in body.split("\n")) or "\r" in text:
        return None
    pad = " " * indent
    lines = [pad + line if line else "" for line in body.split("\n")]
    return ("|" if trailing == 1 else "|-") + nl + nl.join(lines) + nl


def set_english(text: str, changes: dict[PathKey, str], key: str = "en") -> str:
    """`text` with `en:` (or `key`, e.g. `zh-Hant`) of each mapping at a path set to the new string; raises EditRefused."""
    for safe in (False, True):
        edited = _apply(text, changes, safe, key)
        if _reads_back(text, edited, changes, key):
            return edited
    raise EditRefused(f"the new {'English' if key == 'en' else key} could not be written so that the file reads back exactly")


def _apply(text: str, changes: dict[PathKey, str], safe: bool, key: str = "en") -> str:
    root = yaml.compose(text, Loader=_LOADER)
    nl = "\r\n" if "\r\n" in text else "\n"
    spans: list[tuple[int, int, str]] = []
    for path, new in changes.items():
        mapping = _node_at(root, path)
        if not isinstance(mapping, yaml.MappingNode):
            raise EditRefused(f"{'.'.join(map(str, path))} is not a {{zh, en}} mapping in the file")
        flow = _in_flow(root, path)
        pair = next(((k, v) for k, v in mapping.value if k.value == key), None)
        if pair is not None:
            knode, value = pair
            if not isinstance(value, yaml.ScalarNode):
                raise EditRefused(f"{'.'.join(map(str, path))}.{key} is not text")
            spans.append(_replace(text, knode, value, new, flow, safe, nl))
        else:
            spans.append(_insert(text, mapping, new, flow, safe, nl, key))
    for start, end, repl in sorted(spans, reverse=True):
        text = text[:start] + repl + text[end:]
    return text


def _replace(text: str, key: yaml.Node, value: yaml.ScalarNode, new: str, flow: bool, safe: bool, nl: str) -> tuple[int, int, str]:
    start, end = value.start_mark.index, value.end_mark.index
    if not flow and not safe and ("\n" in new or value.style in ("|", ">")):
        old = text[start:end]
        first = old.split("\n", 1)[1] if "\n" in old else ""
        indent = len(first) - len(first.lstrip(" ")) if value.style in ("|", ">") and first.strip() else key.start_mark.column + 2
        block = _block(new, indent, nl)
        if block is not None:
            if value.style in ("|", ">"):
                content_end = start + len(old.rstrip(" \r\n"))
                line_end = text.find("\n", content_end)
                end = line_end + 1 if 0 <= line_end < end else end  # blank lines after the block stay where they were
            else:
                block = block[: -len(nl)]  # a plain or quoted value ended on its own line: the line's newline stays
            return start, end, block
    if value.style in ("|", ">"):
        content_end = start + len(text[start:end].rstrip(" \r\n"))
        line_end = text.find("\n", content_end)
        end = line_end if 0 <= line_end < end else end
        if end > 0 and text[end - 1] == "\r":
            end -= 1
    return start, end, _inline(new, flow, value.style, safe)


def _insert(text: str, mapping: yaml.MappingNode, new: str, flow: bool, safe: bool, nl: str, key: str = "en") -> tuple[int, int, str]:
    last = mapping.value[-1][1]
    if flow or mapping.flow_style:
        at = last.end_mark.index
        return at, at, f", {key}: " + _inline(new, True, None, safe)
    column = mapping.value[0][0].start_mark.column
    if isinstance(last, yaml.ScalarNode) and last.style in ("|", ">"):
        body = text[last.start_mark.index : last.end_mark.index]
        at = last.start_mark.index + len(body.rstrip(" \r\n"))
    else:
        at = last.end_mark.index
    line_end = text.find("\n", at)
    at = len(text) if line_end < 0 else line_end + 1
    lead = "" if at == 0 or text[at - 1] == "\n" else nl
    block = None if safe or "\n" not in new else _block(new, column + 2, nl)  # a paragraph (ends with a newline) as a block
    value = block if block is not None else _inline(new, False, None, safe) + nl
    return at, at, lead + " " * column + f"{key}: " + value


def _set(data: Any, path: PathKey, new: str, key: str) -> None:
    node = data
    for seg in path:
        node = node[seg]
    node[key] = new


def _reads_back(before: str, after: str, changes: dict[PathKey, str], key: str = "en") -> bool:
    try:
        expected = yaml.load(before, Loader=_LOADER)
        for path, new in changes.items():
            _set(expected, path, new, key)
        return yaml.load(after, Loader=_LOADER) == expected
    except (yaml.YAMLError, KeyError, IndexError, TypeError):
        return False
