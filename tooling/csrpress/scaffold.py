"""A folder name (or last year's project) -> a ready-to-build report project; `csrpress init` and `csrpress new chapter`."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import frameworks, schemagen
from . import schema
from .load import load_report
from .model import MetricDecl, Report, all_blocks
from .project import PACKAGE_DIR, Project, default_templates
from .schema import ID_PATTERN
from .yamlsrc import ScalarPos, parse_yaml

DEFAULT_FRAMEWORK = "hkex-esg-2025"


MAKEFILE = """\
# Build and check this report: `make build` (the PDFs in build/), `make check` (the findings).
# csrpress: the one on PATH (after `. .venv/bin/activate` in the csrpress folder), else the Python that
# created this project (CSRPRESS_PYTHON, written by `csrpress init`) if it still has csrpress;
# `make CSR=...` overrides both.
CSRPRESS_PYTHON := {python}
CSR ?= $(or $(shell command -v csrpress 2>/dev/null),$(if $(shell $(CSRPRESS_PYTHON) -c "import csrpress" >/dev/null 2>&1 && echo yes),$(CSRPRESS_PYTHON) -m csrpress),$(error {missing}))

.PHONY: build check serve schema clean

build:
\t$(CSR) build

check:
\t$(CSR) check

serve:
\t$(CSR) serve

schema:
\t$(CSR) schema

clean:
\trm -rf build
"""

# Why make stops: neither place has csrpress (the environment was moved, removed or rebuilt elsewhere).
_MISSING = ("csrpress not found: it is not on PATH, and $(CSRPRESS_PYTHON) (the Python that created this project) "
            "is gone or has no csrpress. Activate the environment csrpress is installed in "
            "(. CSRPRESS-FOLDER/.venv/bin/activate), or name it: make CSR=/path/to/csrpress build")


def installed_python() -> str:
    """The interpreter running this csrpress, as a generated Makefile names it. Not resolved: a virtual
    environment's python is a symlink out of it, and only the link finds the environment's packages.
    `python -m csrpress` rather than the bin/csrpress entry point: that script's first line names the
    interpreter by its absolute path, so a copied or moved environment keeps a script that cannot start."""
    return sys.executable


def _sh_quote(text: str) -> str:
    return text if re.fullmatch(r"[A-Za-z0-9_./+-]+", text) else "'" + text.replace("'", "'\\''") + "'"


def makefile() -> str:
    return MAKEFILE.format(python=_sh_quote(installed_python()).replace("$", "$$"), missing=_MISSING)


def _manifest(ident: str, year: int, framework: str) -> str:
    return f"""\
{schemagen.modeline("report.json", Path("content/report.yaml"), Path("."))}
id: {ident}
company: {{zh: 公司名称, en: Company Name}}
title: {{zh: {year}年环境、社会及管治报告, en: "Environmental, Social and Governance Report {year}"}}
period: {{start: "{year}-01-01", end: "{year}-12-31", label: "{year}"}}
# The publication date: printed in the PDF's metadata, it keeps two builds of the same sources identical.
date: "{year + 1}-03-31"
editions: [zh, en]
frameworks: [{framework}]
# The design, all optional (docs/content-format.md): the cover's picture and logo (files under content/images/
# or images/), the back cover's contact details and QR code, the page size, brand colours and fonts, a highlights page.
# cover: {{color: "#1b6ec2", image: images/cover.jpg, logo: images/logo.png}}
# back_cover: {{contact: {{phone: ..., email: ..., web: ...}}, qr: {{url: "https://...", caption: {{zh: ..., en: ...}}}}}}
# design: {{page: A4, colors: {{primary: "#1b6ec2"}}}}        # page: A4 | 16k | letter
# highlights: {{page: true}}      # a page of the report's key figures (its keyfigures blocks) after the contents
chapters:
  - chapters/01-overview.yaml
  - chapters/90-esg-index.yaml
"""


def _first_chapter(year: int) -> str:
    return f"""\
{schemagen.modeline("chapter.json", Path("content/chapters/x.yaml"), Path("."))}
id: overview
kind: chapter
number: "01"
title: {{zh: 关于本报告, en: About This Report}}
subtitle: {{zh: About This Report, en: About This Report}}
# A figure is declared once, with its value exactly as printed, and referenced as {{m:id}} in text.
metrics:
  - id: overview.employees.{year}
    label: {{zh: {year}年末员工总数, en: "Employees at the end of {year}"}}
    value: "1,000"  # an example figure: replace it with yours
    unit: 人
    period: "{year}-12-31"
    source: {{zh: 人力资源部, en: Human Resources}}
sections:
  - id: scope
    number: "1.1"
    title: {{zh: 报告范围, en: Scope of This Report}}
    blocks:
      - text:
          zh: |
            本报告介绍公司{year}年1月1日至12月31日的环境、社会及管治表现。截至{year}年底，公司共有员工{{m:overview.employees.{year}}}。（示例文字，请替换。）
          en: |
            This report presents the Company's environmental, social and governance performance from 1 January to 31 December {year}. At the end of {year}, the Company had {{m:overview.employees.{year}}}. (Example text: replace it.)
"""


_ANSWERED_EXAMPLE = frozenset({"B1.1", "2-7"})  # HKEX: total workforce; GRI: employees


def _esg_index(framework_id: str) -> str:
    fw = frameworks.load_framework(framework_id)
    lines = [
        schemagen.modeline("chapter.json", Path("content/chapters/x.yaml"), Path(".")),
        f"# The ESG index: every disclosure of {fw.name_en}, in the guide's order. Titles come from the catalogue.",
        "# Each item starts as not disclosed, with a visible \"to be completed\" reason. Once the report answers it, write",
        "#   status: answered, answer: {zh: ..., en: ...} and/or refs: [section-id]",
        "id: esg-index",
        "kind: back",
        "title: {zh: ESG 指标索引, en: ESG Index}",
        "blocks:",
        "  - esg_index:",
        f"      framework: {framework_id}",
        "      items:",
    ]
    for item in fw.disclosures():
        title = item.title_en if len(item.title_en) <= 70 else item.title_en[:67].rstrip() + "..."
        if item.id in _ANSWERED_EXAMPLE:  # the number of employees: the first chapter states it
            lines += [f"        - id: {item.id!s}    # {title}",
                      "          status: answered    # an example: the first chapter states the number of employees",
                      "          refs: [scope]"]
            continue
        lines += [f"        - id: {item.id!s}    # {title}",
                  "          status: not_disclosed",
                  "          reason: {zh: 待填写, en: To be completed}"]
    return "\n".join(lines) + "\n"


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9_.-]+", "-", name.lower()).strip("-._")
    return slug if re.match(ID_PATTERN, slug) else "report"


def _report_id(target: Path, year: int) -> str:
    """The folder's name, with the year unless it names it already (esg-2024, not esg-2024-2024)."""
    slug = _slug(target.resolve().name)
    return slug if re.search(rf"(?<![0-9]){year}(?![0-9])", slug) else f"{slug}-{year}"


def _traditional(manifest: str) -> str:
    """A Hong Kong project's manifest: the authored script is Traditional, the editions zh-Hant and en."""
    setting = ("# The Chinese typed in every `zh:` is Traditional (Hong Kong). A Simplified edition, if wanted,\n"
               "# is converted from it (add zh to editions); see docs/content-format.md.\n"
               "script: hant\neditions: [zh-Hant, en]\n")
    return manifest.replace("editions: [zh, en]\n", setting, 1)


def init_project(target: Path, framework: str, year: int, script: str = "hans") -> list[Path]:
    """Write a new project into `target` (empty or missing); returns the files written. With script
    `hant` the starter text is Traditional (the Simplified starter converted once with OpenCC s2hk:
    it is example text the writer replaces, written in the script they will type)."""
    content = target / "content"
    files = {
        content / "report.yaml": _manifest(_report_id(target, year), year, framework),
        content / "chapters" / "01-overview.yaml": _first_chapter(year),
        content / "chapters" / "90-esg-index.yaml": _esg_index(framework),
        target / "Makefile": makefile(),
        target / ".gitignore": "build/\n",
    }
    if script == "hant":
        from .hant import convert_text

        for path in (content / "report.yaml", content / "chapters" / "01-overview.yaml", content / "chapters" / "90-esg-index.yaml"):
            files[path] = convert_text(files[path])
        files[content / "report.yaml"] = _traditional(files[content / "report.yaml"])
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    shutil.copytree(default_templates(), target / "templates")
    return [*files, *schemagen.write_all(target / schemagen.SCHEMA_DIR)]


def _generated_makefile(path: Path) -> bool:
    text = path.read_text(encoding="utf-8", errors="replace")
    return text.startswith("# Build and check this report") and "$(CSR) build" in text


# ---- a new year from last year's project -------------------------------------------------------


def shift_years(text: str, by: int = 1) -> str:
    """Every year 1900-2099 in `text` moved by `by`; a 29 February that no longer exists becomes the 28th."""
    shifted = re.sub(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", lambda m: str(int(m.group()) + by), text)

    def fix(m: re.Match[str]) -> str:
        year = int(m.group(1))
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return m.group() if leap else f"{year}-02-28"

    return re.sub(r"(?<!\d)(\d{4})-02-29(?!\d)", fix, shifted)


@dataclass(frozen=True, slots=True)
class _Edit:
    line: int  # 0-based
    column: int
    old: str
    new: str
    insert_before: str | None = None  # a whole comment line to put above `line`


def _replace_at(line: str, column: int, old: str, new: str) -> str:
    at = line.find(old, column)
    return line if at < 0 else line[:at] + new + line[at + len(old):]


def _apply(path: Path, edits: list[_Edit]) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    # Bottom-up, right to left: earlier positions stay valid while later ones change.
    for edit in sorted(edits, key=lambda e: (e.line, e.column), reverse=True):
        lines[edit.line] = _replace_at(lines[edit.line], edit.column, edit.old, edit.new)
        if edit.insert_before is not None:
            indent = re.match(r"\s*", lines[edit.line]).group()  # type: ignore[union-attr]
            lines.insert(edit.line, indent + edit.insert_before)
    path.write_text("\n".join(lines), encoding="utf-8")


def _scalar_edit(pos: ScalarPos | None, old: str, insert_before: str | None = None) -> _Edit | None:
    """Move the years of a one-line scalar on; with `insert_before`, keep it and put a comment above it."""
    if pos is None or "\n" in old:
        return None
    return _Edit(pos.line, pos.column, old, old if insert_before else shift_years(old), insert_before)


TODO = "TODO"  # the value of a figure still to be filled in: `check` reports it (S110), a release refuses it
_YEAR_LABEL = re.compile(r"^\s*(?:FY\s?)?(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?\s*(?:年度?|财年)?\s*$")
_REF = re.compile(r"(\{m:|\{=|(?<![\w.-])m:\s*[\"']?)([a-z0-9][a-z0-9_.-]*)")


def _year_in_id(ident: str, year: str) -> bool:
    return re.search(rf"(?<![0-9]){year}(?![0-9])", ident) is not None


def roll_forward(target: Path) -> tuple[int, int]:
    """Move the copied project one year on (Y -> Y+1, Y the old period's last year):

    - the manifest's id, period, date and title;
    - a metric whose id names Y (`x.2024`) stays as it was (last year's figure: this year's comparative) and
      gets a twin for Y+1 (`x.2025`: id, label, period and formula moved on, value TODO);
      a metric of Y whose id names no year moves on itself (period +1, value TODO, the old value in a comment);
    - every reference `{m:x.2024}`, `m: x.2023` moves on one year where that id exists afterwards, so a
      table's columns and a chart's bars move with their headers and labels (also moved on); prose is
      kept as written (check reports headings and labels that still name the old year, S110).

    Returns (metrics marked TODO, files changed)."""
    project = Project(target)
    report, _ = load_report(project)
    if report is None:
        raise ValueError("the copied project's manifest does not load: run `csrpress check` in the old project first")
    year = report.manifest.period.end[:4]
    if not year.isdigit():
        raise ValueError("the copied project's period has no year to move on from")
    new_year = str(int(year) + 1)
    by_file: dict[str, list[_Edit]] = {}
    mrel = project.rel(project.manifest)
    mpos = report.positions[mrel].nodes
    man = report.manifest
    for key, old in ((("id",), man.id), (("period", "start"), man.period.start), (("period", "end"), man.period.end),
                     (("period", "label"), man.period.label), (("date",), man.date),
                     (("title", "zh"), man.title.zh), (("title", "en"), man.title.en or "")):
        edit = _scalar_edit(mpos.get(key), old)
        if edit is not None and edit.new != old:
            by_file.setdefault(mrel, []).append(edit)
    twins: list[MetricDecl] = []
    moved = 0
    for decl in report.metric_decls:
        metric = decl.metric
        if _year_in_id(metric.id, year):
            twins.append(decl)
            continue
        if year not in re.findall(r"(?:19|20)\d\d", metric.period):
            continue  # a figure of another year (history, a target): kept as it is
        nodes = report.positions[decl.origin.file].nodes
        note = f"# {TODO}: the {new_year} figure (last year's report: {metric.value} for {metric.period})"
        for edit in (_scalar_edit(nodes.get(decl.origin.path + ("period",)), metric.period),
                     _value_edit(nodes.get(decl.origin.path + ("value",)), metric.value, note)):
            if edit is not None:
                by_file.setdefault(decl.origin.file, []).append(edit)
        moved += 1
    for block, rel in _rolled_blocks(report):
        by_file.setdefault(rel, []).extend(block)
    for rel, edits in by_file.items():
        _apply(project.root / rel, edits)
    # References move on one year where the id they move to will exist.
    ids = {d.metric.id for d in report.metric_decls} | {shift_years(d.metric.id) for d in twins}
    changed = set(by_file)
    for rel in report.positions:
        path = project.root / rel
        text = path.read_text(encoding="utf-8")

        def roll(m: re.Match[str]) -> str:
            rolled = shift_years(m.group(2))
            return m.group(1) + (rolled if rolled != m.group(2) and rolled in ids else m.group(2))

        rolled_text = _REF.sub(roll, text)
        if rolled_text != text:
            path.write_text(rolled_text, encoding="utf-8")
            changed.add(rel)
    # Last: each twin after its original (positions read again: the edits above moved nothing across lines
    # but a comment line).
    if twins:
        report, _ = load_report(project)
        assert report is not None
        originals = {d.metric.id for d in twins}
        inserts: dict[str, list[tuple[int, list[str]]]] = {}
        for decl in report.metric_decls:
            if decl.metric.id in originals:
                rel = decl.origin.file
                lines = (project.root / rel).read_text(encoding="utf-8").split("\n")
                first, last = _item_lines(report, decl, lines)
                inserts.setdefault(rel, []).append((last, _twin(lines[first:last + 1], report, decl, new_year)))
                changed.add(rel)
        for rel, items in inserts.items():
            path = project.root / rel
            lines = path.read_text(encoding="utf-8").split("\n")
            for last, block in sorted(items, reverse=True):
                lines[last + 1:last + 1] = block
            path.write_text("\n".join(lines), encoding="utf-8")
    return moved + len(twins), len(changed)


def _value_edit(pos: ScalarPos | None, old: str, note: str) -> _Edit | None:
    if pos is None or "\n" in old:
        return None
    quoted = pos.style in ('"', "'")
    return _Edit(pos.line, pos.column, old if not quoted else f"{pos.style}{old}{pos.style}", f'"{TODO}"', note)


def _rolled_blocks(report: Report) -> list[tuple[list[_Edit], str]]:
    """Table headers, year cells (`2024`, `2024年`) and chart item labels, moved on one year."""
    out = []
    for _, _, block in all_blocks(report):
        tree = report.positions.get(block.origin.file)
        if tree is None:
            continue
        places: list[tuple[tuple[str | int, ...], Any, bool]] = []
        if block.kind == "table":
            places += [(("header", i), cell, False) for i, cell in enumerate(block.data.header)]
            places += [(("rows", r, c), cell, True) for r, row in enumerate(block.data.rows) for c, cell in enumerate(row)]
        elif block.kind == "chart":
            places += [(("items", i, "label"), item.label, False) for i, item in enumerate(block.data.items)]
        edits = []
        for path, cell, only_years in places:
            for sub, text in _strings(cell):
                if only_years and not _YEAR_LABEL.match(text):
                    continue
                edit = _scalar_edit(tree.nodes.get(block.origin.path + path + sub), text)
                if edit is not None and edit.new != text:
                    edits.append(edit)
        if edits:
            out.append((edits, block.origin.file))
    return out


def _strings(cell: Any) -> list[tuple[tuple[str, ...], str]]:
    if isinstance(cell, str):
        return [((), cell)]
    if isinstance(cell, schema.Text):
        return [((lang,), value) for lang, value in (("zh", cell.zh), ("en", cell.en)) if value]
    return []


def _item_lines(report: Report, decl: MetricDecl, lines: list[str]) -> tuple[int, int]:
    """The first and last line of a metric's list item (0-based), comments above it excluded."""
    tree = report.positions[decl.origin.file]
    first = tree.nodes[decl.origin.path].line
    dash = lines[first].index("-") if "-" in lines[first][: tree.nodes[decl.origin.path].column] else tree.nodes[decl.origin.path].column
    last = first
    for i in range(first + 1, len(lines)):
        stripped = lines[i].strip()
        if not stripped:
            continue
        indent = len(lines[i]) - len(lines[i].lstrip(" "))
        if indent <= dash:
            break
        last = i
    return first, last


def _twin(block: list[str], report: Report, decl: MetricDecl, new_year: str) -> list[str]:
    """The lines of a metric item with id, label, period, source and formula moved on and value TODO."""
    tree = report.positions[decl.origin.file]
    first = tree.nodes[decl.origin.path].line
    value = tree.nodes.get(decl.origin.path + ("value",))
    out = []
    for i, line in enumerate(block):
        if value is not None and first + i == value.line:
            quoted = value.style in ('"', "'")
            old = f"{value.style}{decl.metric.value}{value.style}" if quoted else decl.metric.value
            head, tail = line[:value.column], line[value.column:]
            rest = tail[len(old):] if tail.startswith(old) else tail
            line = shift_years(head) + f'"{TODO}"' + shift_years(rest)
        else:
            line = shift_years(line)
        out.append(line)
    indent = re.match(r"\s*", block[0]).group()  # type: ignore[union-attr]
    note = f"{indent}# {TODO}: the {new_year} figure ({decl.metric.id} above keeps last year's: {decl.metric.value})"
    return [note, *out]


def init_from(old: Path, target: Path) -> tuple[list[Path], int]:
    old_project = Project(old.resolve())
    if not old_project.manifest.is_file():
        raise FileNotFoundError(f"{old} has no content/report.yaml")
    shutil.copytree(old_project.content, target / "content")
    templates = old_project.templates if old_project.templates.is_dir() else default_templates()
    shutil.copytree(templates, target / "templates")
    old_makefile = old / "Makefile"
    if old_makefile.is_file() and old.resolve() != PACKAGE_DIR.parents[1] and not _generated_makefile(old_makefile):
        shutil.copy2(old_makefile, target / "Makefile")  # the writer's own Makefile
    else:  # csrpress's (maybe an older one that said `pip install csrpress`): today's, finding this csrpress
        (target / "Makefile").write_text(makefile(), encoding="utf-8")
    written = schemagen.write_all(target / schemagen.SCHEMA_DIR)
    marked, _ = roll_forward(target)
    return written, marked


# ---- a new chapter wired into the manifest ------------------------------------------------------


def _chapter_field(path: Path, key: str) -> str | None:
    parsed = parse_yaml(path.read_text(encoding="utf-8"), path.name) if path.is_file() else None
    value = parsed.value if parsed is not None else None
    return str(value[key]) if isinstance(value, dict) and key in value else None


def _chapter_kind(path: Path) -> str:
    return _chapter_field(path, "kind") or "chapter"


def new_chapter(project: Project, ident: str, title_zh: str, title_en: str) -> Path:
    """Create content/chapters/NN-<id>.yaml and list it in the manifest after the last numbered chapter,
    before any back matter. The manifest is edited as text, so its comments and layout stay as they were."""
    if not re.match(ID_PATTERN, ident):
        raise ValueError(f"chapter id {ident!r}: use lowercase letters, digits and . _ - (e.g. community)")
    text = project.manifest.read_text(encoding="utf-8")
    parsed = parse_yaml(text, "content/report.yaml")
    chapters = parsed.value.get("chapters") if isinstance(parsed.value, dict) else None
    if not isinstance(chapters, list) or not chapters:
        raise ValueError("content/report.yaml has no `chapters:` list to add to")
    kinds = [_chapter_kind(project.content / rel) for rel in chapters]
    for rel_old in chapters:
        if _chapter_field(project.content / rel_old, "id") == ident:
            raise FileExistsError(f"content/{rel_old} already has the id {ident!r}: choose another id")
    numbered = [i for i, kind in enumerate(kinds) if kind != "back"]
    after = numbered[-1] if numbered else len(chapters) - 1
    number = sum(1 for kind in kinds if kind == "chapter") + 1
    rel = f"chapters/{number:02d}-{ident}.yaml"
    path = project.content / rel
    if path.exists() or rel in chapters:
        raise FileExistsError(f"content/{rel} already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"{schemagen.modeline('chapter.json', path, project.root)}\n"
        f"id: {ident}\nkind: chapter\nnumber: \"{number:02d}\"\n"
        f"title: {{zh: {_flow(title_zh)}, en: {_flow(title_en)}}}\n"
        f"blocks:\n  - text:\n      zh: {_placeholder(project)}\n      en: (Write this chapter here.)\n",
        encoding="utf-8",
    )
    project.manifest.write_text(insert_list_item(text, parsed.positions.nodes[("chapters", after)], chapters[after], rel),
                                encoding="utf-8")
    return path


def _placeholder(project: Project) -> str:
    """The new chapter's text to replace, in the Chinese the writer types (script: hant -> Traditional)."""
    from .explain_zh import project_script

    return "（在此撰寫本章內容。）" if project_script(project.root) == "hant" else "（在此撰写本章内容。）"


def _flow(text: str) -> str:
    """A string safe inside a YAML flow mapping."""
    return text if re.fullmatch(r"[^\s\"'{}\[\],:#&*!|>%@`-][^{}\[\],:#\"]*", text) else '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def insert_list_item(text: str, pos: ScalarPos, previous: str, item: str) -> str:
    lines = text.split("\n")
    line = lines[pos.line]
    if line[:pos.column].rstrip().endswith("-"):  # block list: a new `- item` line under the previous one
        dash = line.rindex("-", 0, pos.column)
        lines.insert(pos.line + 1, f"{line[:dash]}- {item}")
    else:  # flow list `[a, b]`: after the previous item's text
        end = line.find(previous, pos.column) + len(previous)
        if pos.style in ('"', "'"):
            end += 1
        lines[pos.line] = f"{line[:end]}, {item}{line[end:]}"
    return "\n".join(lines)


# ---- command line -------------------------------------------------------------------------------


def _run_init(_: Project | None, args: argparse.Namespace) -> int:
    target: Path = args.dir
    if target.exists() and any(target.iterdir()):
        print(f"csrpress: {target} is not empty\n  hint: choose a new folder", file=sys.stderr)
        return 2
    if args.framework not in frameworks.available():
        print(f"csrpress: unknown framework {args.framework}; one of: {', '.join(frameworks.available())}", file=sys.stderr)
        return 2
    try:
        if args.from_dir is not None:
            _, marked = init_from(args.from_dir, target)
            print(f"created {target} from {args.from_dir}: period, metric ids, table headers and chart labels moved on one year; "
                  f"{marked} figure(s) to fill in, value TODO (csrpress check lists them as S110)")
        else:
            init_project(target, args.framework, args.year, args.script)
            written = " in Traditional Chinese (script: hant; editions zh-Hant, en)" if args.script == "hant" else ""
            print(f"created {target}: content/report.yaml, 2 chapters{written}, templates/, schemas/, Makefile")
    except (FileNotFoundError, ValueError) as exc:
        print(f"csrpress: {exc}", file=sys.stderr)
        return 2
    print(f"  next: cd {target} && make check && make build   (the same as csrpress check, csrpress build)")
    return 0


def _run_new(project: Project | None, args: argparse.Namespace) -> int:
    assert project is not None
    try:
        path = new_chapter(project, args.id, args.title_zh or args.id, args.title_en or args.id.replace("-", " ").title())
    except (ValueError, FileExistsError) as exc:
        print(f"csrpress: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {project.rel(path)} and listed it in {project.rel(project.manifest)}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create a new report project that builds on the first try")
    p.add_argument("dir", type=Path, help="the new project folder (missing or empty)")
    p.add_argument("--framework", default=DEFAULT_FRAMEWORK, help=f"ESG index framework: {', '.join(frameworks.available())}")
    p.add_argument("--year", type=int, default=dt.date.today().year - 1, help="the reporting year (default: last year)")
    p.add_argument("--script", choices=["hans", "hant"], default="hans",
                   help="the Chinese you write: hans (Simplified, default) or hant (Traditional, as Hong Kong reports: "
                        "builds zh-Hant + en)")
    p.add_argument("--from", dest="from_dir", type=Path, metavar="OLD_DIR",
                   help="start from last year's project: copy it, move the period on, mark metric values for update")
    p.set_defaults(run=_run_init, needs_project=False)
    n = sub.add_parser("new", help="add a part to the report: `csrpress new chapter ID`")
    n.add_argument("what", choices=["chapter"])
    n.add_argument("id", help="the chapter id (lowercase letters, digits and . _ -)")
    n.add_argument("--title-zh")
    n.add_argument("--title-en")
    n.set_defaults(run=_run_new, needs_project=True)
