"""content/translations.lock.yaml: which Chinese each English translation translates.

One entry per translated string (an English, or a zh-Hant override: key `file#yaml.path.zh-Hant`
and a `zh-Hant:` hash in place of `en:`), keyed `file#yaml.path` and sorted, so two branches that translate
different strings merge without a conflict and a diff shows exactly which translations moved:

    chapters/02-products.yaml#sections.0.title:
      zh: 1c9e0f3a7b2d        # short hash of the Chinese that was translated
      en: 9b1d0c44e8a1        # short hash of the English as imported or confirmed
      source: 微信，一站连接生态服务   # that Chinese, so an outdated translation can show what changed

The text is kept (not only its hash) because a writer needs the diff, not the fact of a change.
An entry speaks only while the English is still the one it recorded (same `en` hash): English
edited by hand, or a list index shifted by an inserted block, silences it instead of raising a
false alarm. No lock file, or no entry, means no finding: projects that never used the workflow stay quiet.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..safefs import check_inside, write_atomic

LOCK_NAME = "translations.lock.yaml"
_HEADER = ("# csrpress translation lock: which Chinese each English string translates (csrpress translate import / confirm).\n"
           "# Keep it in version control; `csrpress check` reports T302 when a Chinese source changed since.\n")


@dataclass(frozen=True, slots=True)
class Entry:
    zh: str  # hash of the source translated
    en: str  # hash of the translation recorded (the English, or a zh-Hant override's Traditional)
    source: str  # the source text translated
    lang: str = "en"  # what the entry records: `en`, or `zh-Hant` (a per-string override, key ending `.zh-Hant`)


TARGETS = ("en", "zh-Hant")


def target_key(name: str, lang: str) -> str:
    """The lock key of a unit's translation into `lang`: the English keeps the mapping's key (as
    before), a zh-Hant override is keyed by the path of its own `zh-Hant:` string."""
    return name if lang == "en" else f"{name}.{lang}"


def digest(text: str) -> str:
    """12 hex digits of SHA-256 over the text without surrounding whitespace (a trailing newline is not a change)."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:12]


def is_stale(entries: dict[str, Entry], name: str, zh: str, en: str | None) -> bool:
    """T302 and `export --only stale`: the entry recorded this English, and the Chinese is no longer what it translated."""
    entry = entries.get(name)
    return entry is not None and bool(en) and entry.en == digest(en or "") and entry.zh != digest(zh)


def key(file: str, path: tuple[str | int, ...]) -> str:
    """`chapters/02-products.yaml#sections.0.title` for content/chapters/02-products.yaml and that YAML path."""
    return file.removeprefix("content/") + "#" + ".".join(str(p) for p in path)


def lock_path(root: Path) -> Path:
    return root / "content" / LOCK_NAME


def read(root: Path) -> dict[str, Entry]:
    """The lock's entries; a missing file is an empty lock, an unreadable one raises ValueError naming the fix."""
    path = lock_path(root)
    if not path.is_file():
        return {}
    check_inside(path, root)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ValueError(f"content/{LOCK_NAME}: not readable YAML ({str(exc).splitlines()[0]}); "
                         "resolve the merge conflict or delete it and run `csrpress translate confirm --all`") from None
    entries: dict[str, Entry] = {}
    for k, v in (data or {}).items() if isinstance(data, dict) else ():
        lang = next((t for t in TARGETS if isinstance(v, dict) and isinstance(v.get(t), str)), None)
        if lang is not None and isinstance(v.get("zh"), str):
            entries[k] = Entry(v["zh"], v[lang], v.get("source", "") if isinstance(v.get("source"), str) else "", lang)
    return entries


def _scalar(text: str, indent: str) -> str:
    """The text as a YAML scalar: a literal block when that reads back exactly, else a JSON string (valid YAML)."""
    if "\n" in text.strip("\n") and not text.startswith((" ", "\t")) and all(line == line.rstrip() for line in text.split("\n")) \
            and "\t" not in text and "\r" not in text:
        body = text.rstrip("\n")
        trailing = len(text) - len(body)
        chomp = "-" if trailing == 0 else "" if trailing == 1 else "+"
        block = "|" + chomp + "\n" + "\n".join(indent + line if line else "" for line in body.split("\n")) + "\n" * max(trailing - 1, 0)
        try:
            if yaml.load("k: " + block + "\n", Loader=yaml.BaseLoader)["k"] == text:
                return block
        except yaml.YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)


def dump(entries: dict[str, Entry]) -> str:
    lines = [_HEADER]
    for k in sorted(entries):
        e = entries[k]
        lines.append(f"{json.dumps(k, ensure_ascii=False)}:\n  zh: {e.zh}\n  {e.lang}: {e.en}\n  source: {_scalar(e.source, '    ')}\n")
    return "".join(lines)


def write(root: Path, entries: dict[str, Entry]) -> None:
    text = dump(entries)
    path = lock_path(root)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    write_atomic(path, text, root)


_TOKEN = re.compile(r"[A-Za-z0-9'’.,-]+|\s+|.", re.S)  # Latin words whole, each Chinese character on its own


def short_diff(old: str, new: str, width: int = 30) -> str:
    """`…前文[-旧-]{+新+}后文…`: the changed spans (words, or Chinese characters) with a little context, on one line."""
    import difflib  # only for an outdated translation's finding: a check of an up-to-date report needs none

    a, b = _TOKEN.findall(" ".join(old.split())), _TOKEN.findall(" ".join(new.split()))
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    parts: list[str] = []
    changes = 0
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            chunk, half = "".join(a[a1:a2]), width // 2
            if len(chunk) > width:
                head = chunk[:half] if a1 > 0 else ""  # context after the previous change
                tail = chunk[-half:] if a2 < len(a) else ""  # context before the next one
                chunk = head + "…" + tail
            parts.append(chunk)
            continue
        changes += 1
        if changes > 3:
            parts.append("…")
            break
        if a2 > a1:
            parts.append(f"[-{''.join(a[a1:a2])[:60]}-]")
        if b2 > b1:
            parts.append(f"{{+{''.join(b[b1:b2])[:60]}+}}")
    return "".join(parts)
