"""schema.py's records (through their pydantic twins, pydschema.py) -> JSON Schemas (draft-07) for editors, one per content file type; `csrpress schema`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import schema
from .project import Project, ProjectNotFound, discover
from .records import Record
from .safefs import check_inside, write_atomic

#: file name -> (model, title). The names are what the `# yaml-language-server: $schema=` comments point at.
FILE_TYPES: dict[str, tuple[type[Record], str]] = {
    "report.json": (schema.Manifest, "csrpress manifest (content/report.yaml)"),
    "chapter.json": (schema.Chapter, "csrpress chapter file (content/chapters/*.yaml)"),
    "section.json": (schema.SectionFile, "csrpress section file (named by `- include:`)"),
    "metrics.json": (schema.MetricFile, "csrpress metric file (named by the manifest's `metrics:`)"),
}

#: The folder, relative to the project root, where `csrpress schema` and `csrpress init` put the schemas.
SCHEMA_DIR = "schemas"

# The loader reads every YAML scalar as its printed string, so an unquoted `2016` or `true` is a valid
# string to csrpress; an editor following YAML 1.2 sees a number or a boolean and must not flag it.
_SCALAR_AS_STRING = ["string", "number", "boolean"]


def _clean(node: Any) -> Any:
    """Adapt pydantic's output to what csrpress accepts and draft-07 editors understand."""
    if isinstance(node, list):
        return [_clean(item) for item in node]
    if not isinstance(node, dict):
        return node
    # pydantic titles every field after its name ("Blocks"); a property *named* title has a dict value.
    out = {key: _clean(value) for key, value in node.items() if not (key == "title" and isinstance(value, str))}
    any_of = out.get("anyOf")
    if isinstance(any_of, list):
        # `X | None = None`: the key may be left out, but YAML `null` would arrive as the string "null".
        kept = [alt for alt in any_of if alt != {"type": "null"}]
        if len(kept) != len(any_of):
            del out["anyOf"]
            out.pop("default", None)
            if len(kept) == 1:
                out.update(kept[0])
            else:
                out["anyOf"] = kept
    if out.get("type") == "string" and "enum" not in out and "const" not in out:
        out["type"] = list(_SCALAR_AS_STRING)
    if isinstance(out.get("$ref"), str):
        out["$ref"] = out["$ref"].replace("#/$defs/", "#/definitions/")
    return out


def json_schema(model: type[Record], title: str) -> dict[str, Any]:
    """The draft-07 schema of one content file type (blocks and section entries are a `oneOf` of their models)."""
    raw = model.model_json_schema(mode="validation")
    defs = raw.pop("$defs", {})
    body = _clean(raw)
    result: dict[str, Any] = {"$schema": "http://json-schema.org/draft-07/schema#", "title": title}
    result.update({key: value for key, value in body.items() if key != "title"})
    if defs:
        result["definitions"] = {name: _clean(sub) for name, sub in sorted(defs.items())}
    return result


def render_all() -> dict[str, str]:
    """file name -> JSON text, deterministic (sorted keys, trailing newline) so committed copies can be compared."""
    return {name: json.dumps(json_schema(model, title), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
            for name, (model, title) in FILE_TYPES.items()}


def write_all(out: Path, root: Path | None = None) -> list[Path]:
    """Write every schema into `out` (inside `root` when given); files whose content is unchanged are left untouched."""
    if root is not None:
        check_inside(out, root)  # before mkdir: a symlinked schemas/ must not receive even a folder
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_all().items():
        path = out / name
        # A symlink is replaced by a file (never written through), even when what it points to matches.
        if path.is_symlink() or not path.is_file() or path.read_text(encoding="utf-8") != text:
            write_atomic(path, text, root)
        written.append(path)
    return written


def modeline(schema_file: str, yaml_file: Path, root: Path) -> str:
    """The first line that points an editor at `schemas/<schema_file>` from `yaml_file` (a relative path)."""
    depth = len(yaml_file.resolve().relative_to(root.resolve()).parts) - 1
    return f"# yaml-language-server: $schema={'../' * depth}{SCHEMA_DIR}/{schema_file}"


def _default_root(root: Path | None) -> Path:
    if root is not None:
        return root
    try:
        return discover().root
    except ProjectNotFound:
        return Path.cwd()


def _run(project: Project | None, args: argparse.Namespace) -> int:
    # The default schemas/ must stay inside the project; an --out folder is the user's explicit choice.
    root = _default_root(args.root) if args.out is None else None
    out = args.out if args.out is not None else _default_root(args.root) / SCHEMA_DIR
    for path in write_all(out, root):
        print(f"wrote {path}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("schema", help="write JSON Schemas of the content files (for editor completion and checking)")
    p.add_argument("--out", type=Path, help=f"output folder (default: {SCHEMA_DIR}/ of the project)")
    run: Callable[[Project | None, argparse.Namespace], int] = _run
    p.set_defaults(run=run, needs_project=False)
