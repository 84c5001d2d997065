"""An XLIFF file back from the translator -> the English written into the YAML, all or nothing.

Each unit is checked before anything is written: its protected codes (T303) and its figures
against the Chinese it translates (T304, the validator's zh/en comparison of N209). A unit whose
target equals the English already there changes nothing, so a round trip leaves every byte as it
was. Written: the content files (text edits, `yamledit`) and the lock (`lock`), each atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from lxml import etree
from translate.storage import xliff, xliff2

from .. import facts
from ..checks import editions
from ..model import Origin
from ..project import Project
from ..safefs import check_inside, write_atomic
from . import inline, lock, yamledit


@dataclass(frozen=True, slots=True)
class Finding:
    where: str  # FILE.xlf:LINE
    code: str
    message: str
    hint: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}[{self.code}] {self.message}\n  hint: {self.hint}"


@dataclass(slots=True)
class Incoming:
    file: str  # the content file, project-relative
    path: yamledit.PathKey
    line: int  # of the unit in the XLIFF
    source: inline.Segments
    target: etree._Element | None


@dataclass(slots=True)
class Plan:
    edits: dict[str, dict[yamledit.PathKey, str]] = field(default_factory=dict)  # file -> path -> new en
    entries: dict[str, lock.Entry] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)  # what to print
    findings: list[Finding] = field(default_factory=list)
    unchanged: int = 0
    untranslated: int = 0
    lang: str = "en"  # the target written: `en:`, or `zh-Hant:` overrides (a file whose target language is Chinese)


class NotXliff(ValueError):
    """The file is not an XLIFF file csrpress can read: one line naming it and the fix."""


def target_lang(path: Path) -> str:
    """`zh-Hant` when the file's target language is a Chinese (zh-HK, zh-TW, zh-Hant...), else `en`."""
    root = etree.fromstring(path.read_bytes(), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    tag = root.get("trgLang") or next((f.get("target-language") for f in root.iter() if isinstance(f.tag, str)
                                        and etree.QName(f).localname == "file" and f.get("target-language")), "") or ""
    return "zh-Hant" if tag.lower().startswith("zh") else "en"


def read(path: Path) -> list[Incoming]:
    """The units of an XLIFF 2.0 or 1.2 file, parsed by translate-toolkit (its parser refuses entities and DTDs)."""
    data = path.read_bytes()
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
        store = (xliff2.Xliff2File if root.get("version", "").startswith("2") else xliff.xlifffile).parsestring(data)
    except (etree.XMLSyntaxError, ValueError, AssertionError, StopIteration) as exc:
        raise NotXliff(f"{path.name}: not an XLIFF 2.0 or 1.2 file ({str(exc).splitlines()[0] if str(exc) else 'no <file> with units'}); "
                       "send back the .xlf file the CAT tool exported") from None
    doc = store.document.getroot()
    found = []
    for file_el in doc.iterchildren(f"{{{store.namespace}}}file"):
        original = file_el.get("original", "")
        if store.namespace == inline.X2:
            for unit in file_el.iter(f"{{{inline.X2}}}unit"):
                found.append(_unit20(original, unit))
        else:
            for unit in file_el.iter(f"{{{store.namespace}}}trans-unit"):
                found.append(_unit12(original, unit, store.namespace))
    return found


def _path(uid: str) -> yamledit.PathKey:
    return tuple(int(p) if p.isdigit() else p for p in uid.split("."))


def _joined(parts: list[etree._Element], tag: str) -> etree._Element:
    """One element holding the content of several (a unit a CAT tool split into segments)."""
    if len(parts) == 1:
        return parts[0]
    out = etree.Element(tag)
    for part in parts:
        if part.text:
            inline_tail = out[-1] if len(out) else None
            if inline_tail is None:
                out.text = (out.text or "") + part.text
            else:
                inline_tail.tail = (inline_tail.tail or "") + part.text
        for child in part:
            out.append(_copy(child))
    return out


def _copy(el: etree._Element) -> etree._Element:
    from copy import deepcopy

    return deepcopy(el)


def _unit20(original: str, unit: etree._Element) -> Incoming:
    data = {d.get("id", ""): d.text or "" for d in unit.iter(f"{{{inline.X2}}}data")}
    sources, targets = [], []
    for part in unit:
        if etree.QName(part).localname in ("segment", "ignorable"):
            src = part.find(f"{{{inline.X2}}}source")
            tgt = part.find(f"{{{inline.X2}}}target")
            if src is not None:
                sources.append(src)
                targets.append(tgt if tgt is not None else src if etree.QName(part).localname == "ignorable" else None)
    source = inline.read_source(_joined(sources, "source"), data) if sources else []
    target = None if not targets or any(t is None for t in targets) else _joined(targets, "target")  # type: ignore[arg-type]
    return Incoming(original, _path(unit.get("id", "")), unit.sourceline or 0, source, target)


def _unit12(original: str, unit: etree._Element, ns: str) -> Incoming:
    src = unit.find(f"{{{ns}}}source")
    tgt = unit.find(f"{{{ns}}}target")
    source = inline.read_source(src, {}) if src is not None else []
    return Incoming(original, _path(unit.get("id", "")), unit.sourceline or 0, source, tgt)


def plan(project: Project, xlf: Path, allow_figures: bool = False) -> Plan:
    units = read(xlf)  # raises NotXliff first: the language is read only from a file that is XLIFF
    result = Plan(lang=target_lang(xlf))
    shown = xlf.name
    parsed: dict[str, object] = {}
    currents = [_current(project, inc.file, inc.path, parsed, result.lang) for inc in units]
    automatic: dict[str, str] | None = None
    if result.lang == "zh-Hant":  # what the edition prints for each string without an override, converted at once
        plain = list(dict.fromkeys(c[0] for c in currents if c is not None and not c[1]))
        automatic = dict(zip(plain, _automatic(project)(plain), strict=True))  # type: ignore[operator]
    for inc, current in zip(units, currents, strict=True):
        where = f"{shown}:{inc.line}"
        unit_name = lock.target_key(lock.key(inc.file, inc.path), result.lang)
        if current is None:
            result.findings.append(Finding(where, "T303", f"{unit_name}: no such string in the content (moved or deleted since the export)",
                                           "export again and send the new file, or copy this translation by hand"))
            continue
        zh, en = current
        if automatic is not None and not en:
            en = automatic[zh]  # no override: the edition prints the conversion, and a target equal to it changes nothing
            written_before = False
        else:
            written_before = bool(en)
        if inc.target is None or not "".join(inc.target.itertext()).strip():
            result.untranslated += 1
            continue
        translated_zh = inline.render(inc.source)
        try:
            if _lenient(inc) == (en or "").rstrip("\n"):
                result.unchanged += 1  # the English as it is (even one that never had a code of the Chinese)
                continue
            new = inline.read_target(inc.target, inc.source)
        except inline.Broken as exc:
            result.findings.append(Finding(where, "T303", f"{unit_name}: {exc}",
                                           "in the CAT tool, copy the source's tags into the target (Trados: Ctrl+Alt+Down) and keep each exactly once"))
            continue
        if new == (en or "").rstrip("\n"):
            result.unchanged += 1
            continue
        new_en = new.rstrip("\n") + ("\n" if (en or zh).endswith("\n") else "")
        if not allow_figures:
            result.findings.extend(_figures(where, unit_name, inc, translated_zh, new_en, result.lang))
        result.edits.setdefault(inc.file, {})[inc.path] = new_en
        result.entries[unit_name] = lock.Entry(lock.digest(translated_zh), lock.digest(new_en), translated_zh.strip(), result.lang)
        note = "" if lock.digest(translated_zh) == lock.digest(zh) else "  (the Chinese changed since the export: listed as T302 until translated again or confirmed)"
        what = f"changed {unit_name}: {lock.short_diff(en, new_en)}" if en and (written_before or automatic is None) \
            else f"added {unit_name}" + (f": {lock.short_diff(en, new_en)}" if en else "")
        result.changed.append(what + note)
    return result


def _lenient(inc: Incoming) -> str | None:
    try:
        return inline.read_target(inc.target, inc.source, strict=False)  # type: ignore[arg-type]
    except inline.Broken:
        return None


def _automatic(project: Project) -> object:
    """[zh, ...] -> the Traditional the zh-Hant edition prints for each (no override of its own)."""
    import functools

    from .. import hant

    overrides, problems = hant.load_overrides(project.content)
    if problems:
        raise ValueError(f"{problems[0].location}: {problems[0].message}; {problems[0].hint}")
    return functools.partial(hant.convert_texts, overrides=overrides)


def _current(project: Project, file: str, path: yamledit.PathKey, parsed: dict[str, object],
             lang: str = "en") -> tuple[str, str | None] | None:
    """(zh, its translation into `lang`) of the mapping at `path` in the content file as it is on disk, None if there is none."""
    if file not in parsed:
        full = project.root / file
        ok = file.startswith("content/") and full.suffix in (".yaml", ".yml") and full.is_file()
        if ok:
            check_inside(full, project.content)
        parsed[file] = yaml.load(full.read_text(encoding="utf-8"), Loader=yamledit._LOADER) if ok else None
    node = parsed[file]
    for seg in path:
        if isinstance(node, dict) and isinstance(seg, str):
            node = node.get(seg)
        elif isinstance(node, list) and isinstance(seg, int) and seg < len(node):
            node = node[seg]
        else:
            return None
    if not isinstance(node, dict) or not isinstance(node.get("zh"), str):
        return None
    return node["zh"], node.get(lang) if isinstance(node.get(lang), str) else None


def _figures(where: str, name: str, inc: Incoming, zh: str, en: str, lang: str = "en") -> list[Finding]:
    """N209's comparison on one unit: each Chinese figure a translation must print has an English figure of that value
    (zh-Hant: a figure of that value in the Traditional, read as the validator reads Traditional)."""
    from ..claims.script import reading

    origin = Origin(inc.file, inc.path)
    english = [o for o in (facts.scan(en, "en", origin) if lang == "en" else facts.scan(reading(en), "zh", origin)) if o.figure.value is not None]
    found = []
    for occ in facts.scan(zh, "zh", origin):
        if not editions._counts(occ) or any(editions._overlap(occ, e) for e in english) or editions._spelt_out(occ, en):
            continue
        printed = ", ".join(f"“{e.figure.printed if lang == 'en' else en[e.figure.start:e.figure.end]}”" for e in english[:4]) or "no figures"
        other = "English" if lang == "en" else "Traditional"
        found.append(Finding(where, "T304", f"{name}: “{occ.figure.printed}” has no figure of the same value in the {other} (it has {printed})",
                             "translate the figure with its value and precision (677万 → 6.77 million), or import with --accept-figures"))
    return found


def apply(project: Project, result: Plan) -> None:
    """Write every edited file, then the lock; nothing is written when an edit cannot be made safely
    or the lock cannot be read (ValueError, naming the fix)."""
    entries = lock.read(project.root) if result.entries else {}
    outputs: dict[Path, str] = {}
    for file, changes in sorted(result.edits.items()):
        full = project.root / file
        check_inside(full, project.content)
        with open(full, encoding="utf-8", newline="") as fh:
            before = fh.read()
        outputs[full] = yamledit.set_english(before, changes, result.lang)
    for full, text in outputs.items():
        write_atomic(full, text, project.root)
    if result.entries:
        entries.update(result.entries)
        lock.write(project.root, entries)
