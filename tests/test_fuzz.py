"""Fuzzing the loader and checks: random bytes and random edits of the sample's own files never raise.

The number reader has its own never-raises properties in tests/unit/test_numbers.py; here it is reached
through the checks (every metric value and every figure in the text goes through numbers.parse_figure).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from csrpress.build import check
from csrpress.diagnostics import Diagnostic, Location
from csrpress.project import Project
from csrpress.yamlsrc import parse_yaml

REPO = Path(__file__).resolve().parent.parent
SAMPLE_FILES = sorted(p.relative_to(REPO / "content").as_posix() for p in (REPO / "content").rglob("*.yaml"))
MANIFEST = (REPO / "content" / "report.yaml").read_text(encoding="utf-8")

BYTES_EXAMPLES = 100
MUTATION_EXAMPLES = 100
YAML_TEXT_EXAMPLES = 200
_HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    """A copy of the sample's content/ that each example edits and puts back."""
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(REPO / "content", root / "content")
    yield Project(root)


def _only_chapter(manifest: str, rel: str) -> str:
    # One chapter per example keeps an example fast; the manifest's other keys stay as written.
    return re.sub(r"^chapters:\n(?:  - .*\n)+", f"chapters:\n  - {rel}\n", manifest, count=1, flags=re.M)


def _chapter_of(rel: str) -> str:
    # chapters/02-products/2.5-giving.yaml is reached through its chapter's include
    parts = rel.split("/")
    return rel if len(parts) == 2 else f"{parts[0]}/{parts[1]}.yaml"


def _assert_findings_are_located(diags: tuple[Diagnostic, ...]) -> None:
    for d in diags:
        assert len(d.code) == 4 and d.code[0].isupper() and d.code[1:].isdigit(), d
        if d.location is not None:
            assert isinstance(d.location, Location) and d.location.line >= 1 and d.location.column >= 1, d


def _run(project: Project, rel: str, data: bytes) -> tuple[Diagnostic, ...]:
    target = project.content / rel
    original = target.read_bytes()
    manifest = project.manifest.read_text(encoding="utf-8")
    try:
        if rel != "report.yaml":
            project.manifest.write_text(_only_chapter(manifest, _chapter_of(rel)), encoding="utf-8")
        target.write_bytes(data)
        diags = check(project)  # load_report + every check: must return findings, never raise
    finally:
        target.write_bytes(original)
        project.manifest.write_text(manifest, encoding="utf-8")
    _assert_findings_are_located(diags)
    return diags


@settings(max_examples=BYTES_EXAMPLES, deadline=None, suppress_health_check=_HEALTH)
@given(st.sampled_from(SAMPLE_FILES), st.binary(max_size=2048))
@example("report.yaml", b"\xff\xfe\x00\x00")
@example("chapters/01-strategy.yaml", b"\x00")
@example("chapters/01-strategy.yaml", b"id: [")
def test_random_bytes_never_raise(scratch: Project, rel: str, data: bytes) -> None:
    diags = _run(scratch, rel, data)
    assert diags, "random bytes in place of a content file must produce at least one finding"


def _mutate(text: str, draw: st.DrawFn) -> str:
    kinds = st.sampled_from(["delete", "insert", "duplicate-line", "swap-lines", "replace-char", "truncate", "indent"])
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(kinds)
        lines = text.split("\n")
        if kind == "delete" and text:
            i = draw(st.integers(0, len(text) - 1))
            text = text[:i] + text[i + draw(st.integers(1, 40)):]
        elif kind == "insert":
            i = draw(st.integers(0, len(text)))
            piece = draw(st.one_of(st.text(max_size=12), st.sampled_from(
                [":", ": ", "- ", "\t", '"', "'", "{", "}", "[", "]", "&a ", "*a", "!!str ", "|", ">", "#", "{m:", "{m:x}", "%", "@", "\n  ", "\x00", "万", "亿"])))
            text = text[:i] + piece + text[i:]
        elif kind == "duplicate-line" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
            text = "\n".join(lines)
        elif kind == "swap-lines" and len(lines) > 1:
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        elif kind == "replace-char" and text:
            i = draw(st.integers(0, len(text) - 1))
            text = text[:i] + draw(st.characters()) + text[i + 1:]
        elif kind == "truncate" and text:
            text = text[: draw(st.integers(0, len(text)))]
        elif kind == "indent" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = draw(st.sampled_from(["", " ", "  ", "    ", "\t"])) + lines[i].lstrip(" ")
            text = "\n".join(lines)
    return text


@st.composite
def mutated_file(draw: st.DrawFn) -> tuple[str, str]:
    rel = draw(st.sampled_from(SAMPLE_FILES))
    text = (REPO / "content" / rel).read_text(encoding="utf-8")
    if rel == "report.yaml":
        text = _only_chapter(text, "chapters/00-letters.yaml")
    return rel, _mutate(text, draw)


@settings(max_examples=MUTATION_EXAMPLES, deadline=None, suppress_health_check=_HEALTH)
@given(mutated_file())
def test_mutated_sample_files_never_raise(scratch: Project, mutated: tuple[str, str]) -> None:
    rel, text = mutated
    _run(scratch, rel, text.encode("utf-8", errors="surrogatepass"))


@settings(max_examples=YAML_TEXT_EXAMPLES, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:- \n\t\"'{}[],&*!|>#%@?\\") + ["万", "\x00", "\ufeff", "\r"]), max_size=200))
def test_parse_yaml_never_raises_and_positions_are_in_the_text(text: str) -> None:
    parsed = parse_yaml(text, "f.yaml")
    lines = len(re.split(r"\r\n|[\r\n\x85\u2028\u2029]", text))  # YAML's own line breaks
    for d in parsed.diagnostics:
        assert d.code in ("L001", "L002", "L005", "L006", "L009") and d.location is not None
        assert 1 <= d.location.line <= lines + 1
