"""Content is data: no template evaluation, no raw HTML, no fetching outside the project, no network at all."""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from pypdf import PdfReader

from csrpress.build import BuildOptions, build, check
from csrpress.pdf import write_pdf
from csrpress.project import PACKAGE_DIR
from csrpress.render import HtmlDocument

from conftest import MINIMAL_MANIFEST

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082"
)


@pytest.fixture
def server() -> Iterator[tuple[int, list[str]]]:
    """A loopback HTTP server that records every request it receives: content must never reach it."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, *args: object) -> None:
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1], hits
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every outgoing connection attempt in this process is recorded and refused."""
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network access attempted during a build")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def _attack_chapter(port: int) -> str:
    return f"""\
id: one
number: "01"
title: {{zh: "第一章 {{{{ 7*7 }}}}", en: "Chapter {{{{ 7*7 }}}}"}}
sections:
  - id: intro
    number: "1.1"
    title: {{zh: 引言, en: Introduction}}
    blocks:
      - text:
          zh: |
            模板{{{{ 7*7 }}}}与{{% if true %}}是{{% endif %}}照原样印出。

            <script>alert(1)</script><iframe src="http://127.0.0.1:{port}/frame"></iframe><img src=x onerror="alert(1)">

            ![a](file:///etc/passwd) ![b](../../secret.png) ![c](http://127.0.0.1:{port}/x.png)
          en: "Template {{{{ 7*7 }}}} and <b onmouseover=alert(1)>bold</b>."
"""


def test_content_cannot_run_code_or_reach_out(make_project, server, no_network, tmp_path: Path) -> None:
    port, hits = server
    (tmp_path.parent / "secret.png").write_bytes(PNG)  # what ../../secret.png would reach from build/
    manifest = MINIMAL_MANIFEST.replace("title: {zh: 示例报告, en: Example Report}", 'title: {zh: "报告{{ 7*7 }}", en: "Report {{ 7*7 }}"}')
    project = make_project({"content/chapters/01.yaml": _attack_chapter(port)}, manifest=manifest)

    # check locates every refused image at its own column
    refused = sorted(str(d.location) for d in check(project) if d.code == "R502")
    assert refused == ["content/chapters/01.yaml:15:13", "content/chapters/01.yaml:15:38", "content/chapters/01.yaml:15:61"]

    result = build(project, BuildOptions(editions=("zh",), jobs=1))
    assert result.outputs, [str(d) for d in result.diagnostics]
    assert [str(d.location) for d in result.diagnostics if d.code == "R502"] == refused
    assert hits == [] and no_network == []

    html = (project.build_dir / "demo.zh.html").read_text(encoding="utf-8")
    body = html.split("<body", 1)[1].replace("\u2005", " ")  # Chinese typesetting turns spaces into quarter-ems
    assert "{{ 7*7 }}" in body and "{% if true %}" in body and ">49<" not in body
    assert "&lt;script&gt;" in body and "<script" not in body and "<iframe" not in body
    assert not re.search(r"<[^>]*\bon(error|mouseover)\s*=", body)
    assert not re.search(r"<img[^>]*(file:|http:|\.\./)", body)

    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(result.outputs[0]).pages))
    assert "报告{{7*7}}" in text and "第一章{{7*7}}" in text and "模板{{7*7}}" in text
    assert "<script>alert(1)</script>" in text


def test_fetcher_refuses_everything_outside_the_project(tmp_path: Path, server, no_network) -> None:
    port, hits = server
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    (root / "content" / "ok.png").write_bytes(PNG)
    (root / "content" / "link.png").symlink_to("/etc/passwd")
    (tmp_path / "secret.png").write_bytes(PNG)
    html = f"""<!doctype html><html><head>
<link rel="stylesheet" href="file:///etc/passwd">
<style>@import url("http://127.0.0.1:{port}/a.css"); body {{ background: url(http://127.0.0.1:{port}/bg.png) }}</style>
</head><body><p>x</p>
<img src="http://127.0.0.1:{port}/x.png"><img src="../../secret.png"><img src="../content/link.png">
<img src="file:///etc/hostname"><img src="https://example.invalid/y.png"><img src="../content/ok.png">
<img src="data:image/png;base64,iVBORw0KGgo=">
</body></html>"""
    doc = HtmlDocument("en", html, root / "build")
    out = root / "build" / "x.pdf"
    result = write_pdf(doc, out, (root / "content", root / "templates", root / "build", PACKAGE_DIR), forms=False)
    refused = sorted(re.search(r"fetch (\S+):", d.message).group(1) for d in result.diagnostics if d.code == "R502")  # type: ignore[union-attr]
    assert refused == sorted([
        "file:///etc/passwd", f"http://127.0.0.1:{port}/a.css", f"http://127.0.0.1:{port}/bg.png",
        f"http://127.0.0.1:{port}/x.png", (tmp_path / "secret.png").as_uri(), (root / "content" / "link.png").as_uri(),
        "file:///etc/hostname", "https://example.invalid/y.png",
    ])
    assert hits == [] and no_network == []
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("source, refused", [
    ("![a](http://127.0.0.1/x.png)", True), ("![a](HTTPS://example.com/x.png)", True), ("![a](//host/x.png)", True),
    ("![a](file:///etc/passwd)", True), ("![a](/etc/passwd)", True), ("![a](../../secret.png)", True),
    ("![a](%2e%2e/secret.png)", True), ("![a](pics/..%2f..%2fsecret.png)", True), ("![a](&#104;ttp://h/x.png)", True),
    ("![a](<http://h/x.png>)", True), ("![a](javascript:alert(1))", True),
    ("![a](pics/ok.png)", False), ("![a](data:image/png;base64,iVBORw0KGgo=)", False), ("[a link](https://example.com)", False),
])
def test_markdown_image_policy(source: str, refused: bool) -> None:
    from csrpress import markup

    assert bool(markup.image_refs(source)) is refused
    out = markup.to_html(source, "en")
    if refused:
        assert "<img" not in out
    assert "<script" not in markup.to_html("<script>x</script><img src=x onerror=y>", "en")


# ---- the project boundary for writes (issue 17) ----------------------------------------------------------------------

_UNIT_CHAPTER = """\
id: one
number: "01"
title: {zh: 第一章, en: One}
metrics:
  - {id: one.power, label: {zh: 用电量, en: Electricity}, value: "133.3万", unit: kWh, period: "2016"}
"""


def test_fix_never_writes_through_a_planted_temp_symlink(make_project, tmp_path: Path) -> None:
    from csrpress.cli import main

    project = make_project({"content/chapters/01.yaml": _UNIT_CHAPTER})
    victim = tmp_path.parent / f"{tmp_path.name}-victim"
    victim.write_text("victim\n", encoding="utf-8")
    (project.content / "chapters" / ".01.yaml.fix.tmp").symlink_to(f"../../../{victim.name}")
    assert main(["--root", str(project.root), "check", "--fix"]) == 0
    assert victim.read_text(encoding="utf-8") == "victim\n"
    assert "unit: 千瓦时" in (project.content / "chapters" / "01.yaml").read_text(encoding="utf-8")
    assert not (project.content / "chapters" / "01.yaml").is_symlink()


def test_fix_refuses_a_chapter_whose_real_path_leaves_the_project(make_project, tmp_path: Path) -> None:
    from csrpress import fix

    project = make_project({})
    outside = tmp_path.parent / f"{tmp_path.name}-outside.yaml"
    outside.write_text(_UNIT_CHAPTER, encoding="utf-8")
    (project.content / "chapters").mkdir()
    (project.content / "chapters" / "01.yaml").symlink_to(outside)
    edits = [fix.Edit("content/chapters/01.yaml", 5, 1, "  - ", "  - ")]
    with pytest.raises(OSError, match="leaves the project"):
        fix.apply(project, edits, write=True)
    assert outside.read_text(encoding="utf-8") == _UNIT_CHAPTER


def test_schema_never_writes_through_a_symlink(make_project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from csrpress.cli import main

    project = make_project({})
    victim = tmp_path.parent / f"{tmp_path.name}-victim.json"
    victim.write_text("victim\n", encoding="utf-8")
    (project.root / "schemas").mkdir()
    (project.root / "schemas" / "report.json").symlink_to(victim)
    assert main(["--root", str(project.root), "schema"]) == 0
    assert victim.read_text(encoding="utf-8") == "victim\n"
    assert not (project.root / "schemas" / "report.json").is_symlink()
    assert (project.root / "schemas" / "report.json").read_text(encoding="utf-8").startswith("{")


def test_schema_refuses_a_schemas_folder_that_leaves_the_project(make_project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from csrpress.cli import main

    project = make_project({})
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    elsewhere.mkdir()
    (project.root / "schemas").symlink_to(elsewhere, target_is_directory=True)
    assert main(["--root", str(project.root), "schema"]) == 2
    err = capsys.readouterr().err
    assert list(elsewhere.iterdir()) == []
    assert "schemas" in err and "leaves the project" in err and "Traceback" not in err


# ---- templates come from templates/ only ----------------------------------------------------------------------------

def _render_error(project) -> object:
    from csrpress.load import load_report
    from csrpress.render import render_html
    from csrpress.render.html import RenderError

    report, _ = load_report(project)
    with pytest.raises(RenderError) as info:
        render_html(report, project, "en")
    return info.value.diagnostic


def test_a_template_include_through_a_symlink_is_refused(make_project, tmp_path: Path) -> None:
    project = make_project({"content/chapters/01.yaml": _UNIT_CHAPTER})
    outside = tmp_path.parent / f"{tmp_path.name}-etc"
    outside.mkdir()
    (outside / "hostname").write_text("SECRET-HOSTNAME\n", encoding="utf-8")
    (project.templates / "etc").symlink_to(outside, target_is_directory=True)
    report_html = project.templates / "report.html"
    report_html.write_text(report_html.read_text(encoding="utf-8").replace("</body>", '{% include "etc/hostname" %}</body>'), encoding="utf-8")
    diag = _render_error(project)
    assert diag.code == "R501" and "etc/hostname" in diag.message and "leaves templates/" in diag.message
    assert str(diag.location).startswith("templates/etc/hostname:")
    result = build(project, BuildOptions(editions=("en",), jobs=1))
    assert result.outputs == () and any(d.code == "R501" for d in result.diagnostics)
    assert not (project.build_dir / "demo.en.html").exists()


def test_a_symlinked_blocks_html_outside_is_refused(make_project, tmp_path: Path) -> None:
    project = make_project({})
    outside = tmp_path.parent / f"{tmp_path.name}-blocks.html"
    outside.write_bytes((project.templates / "blocks.html").read_bytes())
    (project.templates / "blocks.html").unlink()
    (project.templates / "blocks.html").symlink_to(outside)
    diag = _render_error(project)
    assert diag.code == "R501" and "blocks.html" in diag.message and "leaves templates/" in diag.message


def test_a_templates_folder_that_leaves_the_project_is_refused(make_project, tmp_path: Path) -> None:
    import shutil

    project = make_project({})
    outside = tmp_path.parent / f"{tmp_path.name}-templates"
    shutil.move(project.templates, outside)
    project.templates.symlink_to(outside, target_is_directory=True)
    diag = _render_error(project)
    assert diag.code == "R501" and "leaves the project" in diag.message


# ---- zh-Hant overrides change text, never markup --------------------------------------------------------------------

_HANT_CHAPTER = """\
id: one
number: "01"
title: {zh: 第一章, en: One}
blocks:
  - text: {zh: 共有三个项目。, en: Three projects in all.}
"""


def _hant_html(make_project, overrides: str | None) -> str:
    from csrpress.load import load_report
    from csrpress.render import render_html

    files = {"content/chapters/01.yaml": _HANT_CHAPTER}
    if overrides is not None:
        files["content/zh-Hant-overrides.yaml"] = overrides
    project = make_project(files, manifest=MINIMAL_MANIFEST.replace("editions: [zh, en]", "editions: [zh, en, zh-Hant]"))
    report, diags = load_report(project)
    assert report is not None, diags
    return render_html(report, project, "zh-Hant").html


def test_hant_overrides_cannot_inject_markup_script_or_css(make_project) -> None:
    plain = _hant_html(make_project, None)
    hostile = _hant_html(make_project, """\
共有: '共有<img src=x onerror=alert(1)>'
三个: "三個</style><script>alert(2)</script>"
"--accent": "--accent: red; } body { display: none"
class: 'class="x" onmouseover="alert(3)"'
""")
    # the markup is exactly what it was: only text between tags may change
    assert re.findall(r"<[^>]*>", hostile) == re.findall(r"<[^>]*>", plain)
    assert re.sub(r"<style>.*?</style>", "", hostile, flags=re.S).count("<style") == 0
    assert "共有&lt;img src=x onerror=alert(1)&gt;" in hostile
    assert "<script>alert(2)" not in hostile and "display: none" not in hostile


def test_hant_overrides_still_replace_phrases_in_text(make_project) -> None:
    html = _hant_html(make_project, "项目: 計劃\n")
    assert "共有三個計劃" in html or "共有三个計劃" in html.replace("\u2005", "")


def test_hant_overrides_that_are_not_utf8_are_a_finding(make_project) -> None:
    from csrpress.load import load_report
    from csrpress.render import render_html
    from csrpress.render.html import RenderError

    project = make_project({"content/chapters/01.yaml": _HANT_CHAPTER},
                           manifest=MINIMAL_MANIFEST.replace("editions: [zh, en]", "editions: [zh, en, zh-Hant]"))
    (project.content / "zh-Hant-overrides.yaml").write_bytes("项目: 計劃\n".encode("gbk"))
    report, _ = load_report(project)
    with pytest.raises(RenderError) as info:
        render_html(report, project, "zh-Hant")
    assert info.value.diagnostic.code == "L005" and str(info.value.diagnostic.location).startswith("content/zh-Hant-overrides.yaml:")


def test_fetcher_refuses_a_file_url_with_a_host(tmp_path: Path, no_network) -> None:
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    (root / "content" / "ok.png").write_bytes(PNG)
    inside = (root / "content" / "ok.png").as_posix()
    html = f"""<!doctype html><html><head><style>body {{ background: url("//anyhost.example{inside}") }}</style></head>
<body><p>x</p><img src="//anyhost.example{inside}"><img src="file://anyhost.example{inside}"></body></html>"""
    doc = HtmlDocument("en", html, root / "build")
    result = write_pdf(doc, root / "build" / "x.pdf", (root / "content", root / "build"), forms=False)
    refused = sorted(re.search(r"fetch (\S+):", d.message).group(1) for d in result.diagnostics if d.code == "R502")  # type: ignore[union-attr]
    assert set(refused) == {f"file://anyhost.example{inside}"}  # WeasyPrint asks once per URL
    assert no_network == []


def test_a_symlink_that_stays_inside_content_is_read(make_project) -> None:
    from csrpress.load import load_report

    project = make_project({"content/shared/01.yaml": _HANT_CHAPTER})
    (project.content / "chapters").mkdir()
    (project.content / "chapters" / "01.yaml").symlink_to("../shared/01.yaml")
    report, diags = load_report(project)
    assert diags == () and report is not None and [c.id for c in report.chapters] == ["one"]


# ---- the figure cache is an optimisation, never a source of truth ---------------------------------------------------

def _conflict_case(tmp_path: Path):
    import shutil

    from conftest import REPO
    from csrpress.project import Project

    root = tmp_path / "case"
    shutil.copytree(REPO / "tests" / "checks" / "cases" / "n201-figure-conflict", root, ignore=shutil.ignore_patterns("build"))
    shutil.copytree(REPO / "templates", root / "templates")
    return Project(root)


def _forget_memo() -> None:
    from csrpress import numbers

    for memo in (numbers.MEMO.stored, numbers.MEMO.used, numbers.MEMO.parsed_stored, numbers.MEMO.parsed_used):
        memo.clear()


def test_an_edited_figure_cache_cannot_hide_a_conflict(tmp_path: Path) -> None:
    from csrpress import figcache

    project = _conflict_case(tmp_path)
    _forget_memo()
    assert any(d.code == "N201" for d in check(project))
    path = figcache.cache_file(project)
    text = path.read_text(encoding="utf-8")
    assert '"6770000","6765000","6775000"' in text
    # the typed 677万 now "reads" as the declared 670万: a lie a build/ from elsewhere could carry
    path.write_text(text.replace('"6770000","6765000","6775000"', '"6700000","6695000","6705000"'), encoding="utf-8")
    _forget_memo()
    assert any(d.code == "N201" for d in check(project))


def test_a_figure_cache_written_on_another_machine_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from csrpress import figcache, numbers

    project = _conflict_case(tmp_path)
    _forget_memo()  # strings this process read for another project would count as stored, not as read
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine-a"))
    check(project)
    assert figcache.cache_file(project).is_file()
    _forget_memo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine-b"))
    assert figcache.load(project) == 0  # another machine's cache: read nothing from it
    _forget_memo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine-a"))
    assert figcache.load(project) > 0  # this machine's own cache is used
    _forget_memo()
    numbers.MEMO.computed = 0


# ---- output: exit codes and what a message can print ----------------------------------------------------------------

def test_an_internal_error_exits_2_with_one_line(make_project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from csrpress import cli

    project = make_project({"content/chapters/01.yaml": _HANT_CHAPTER})

    def broken(*args: object) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli, "_check", broken)
    assert cli.main(["--root", str(project.root), "check"]) == 2  # 1 means "findings", which this is not
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "internal error" in err and "ZeroDivisionError" in err


def test_github_annotations_escape_paths_and_messages() -> None:
    from csrpress.diagnostics import Diagnostic, Location, Severity
    from csrpress.emit import format_github

    diag = Diagnostic("L004", Severity.ERROR, "file not found: a\n::error::injected", Location("content/a,b:c\n::warning::x.yaml", 3, 1))
    out = format_github([diag])
    assert out.count("\n") == 0 and out.endswith("file not found: a%0A::error::injected")  # one line: no second command
    assert out.startswith("::error file=content/a%2Cb%3Ac%0A%3A%3Awarning%3A%3Ax.yaml,line=3,col=1,title=L004")


def test_text_output_prints_no_escape_sequence_or_fake_line_from_content() -> None:
    from csrpress.diagnostics import Diagnostic, Location, Severity
    from csrpress.emit import format_text

    diag = Diagnostic("L004", Severity.ERROR, "file not found: \x1b[2K\r0 error(s), 0 warning(s)\n",
                      Location("content/\x1b[31mred\x07.yaml", 1, 1), hint="create \x1b]0;title\x07 it")
    out = format_text([diag])
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    assert out.splitlines()[-1] == "1 error(s), 0 warning(s), 0 info" and len(out.splitlines()) == 3


# ---- the preview server ---------------------------------------------------------------------------------------------

@pytest.fixture
def preview(make_project) -> Iterator[object]:
    from csrpress.serve import PreviewServer

    project = make_project({"content/chapters/01.yaml": _HANT_CHAPTER})
    server = PreviewServer(project, "zh", port=0)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _raw_get(port: int, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
        lines = [f"GET {path} HTTP/1.1"] + [f"{k}: {v}" for k, v in headers.items()] + ["Connection: close", "", ""]
        conn.sendall("\r\n".join(lines).encode("latin-1"))
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[1]


def test_preview_answers_only_its_own_host_name(preview) -> None:
    port = preview.httpd.server_address[1]
    assert _raw_get(port, "/build/preview.html", {"Host": f"127.0.0.1:{port}"})[0] == 200
    assert _raw_get(port, "/build/preview.html", {"Host": f"localhost:{port}"})[0] == 200
    # DNS rebinding: a page on attacker.example, its name now pointing at 127.0.0.1, reads content/
    for host in (f"attacker.example:{port}", "attacker.example", ""):
        status, body = _raw_get(port, "/content/report.yaml", {"Host": host})
        assert status == 421 and b"demo" not in body


def _raw_post(port: int, path: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=120) as conn:
        lines = [f"POST {path} HTTP/1.1"] + [f"{k}: {v}" for k, v in headers.items()]
        if "Content-Length" not in headers:
            lines.append(f"Content-Length: {len(body)}")
        lines += ["Content-Type: application/x-www-form-urlencoded", "Connection: close", "", ""]
        conn.sendall("\r\n".join(lines).encode("latin-1") + body)
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data


def test_preview_builds_no_pdf_on_a_get(preview) -> None:
    port = preview.httpd.server_address[1]
    own = {"Host": f"127.0.0.1:{port}"}
    # A link, an <img> or a prefetch anywhere (even the same site) sends a GET: it never builds.
    for path in ("/_csrpress/pdf", "/_csrpress/pdf?chapter=one"):
        status, _ = _raw_get(port, path, {**own, "Sec-Fetch-Site": "same-origin"})
        assert status == 405
    assert not (preview.preview.project.build_dir / "demo.zh.pdf").exists()


def test_preview_builds_no_pdf_without_its_token_or_for_another_site(preview) -> None:
    port = preview.httpd.server_address[1]
    own = {"Host": f"127.0.0.1:{port}", "Origin": f"http://127.0.0.1:{port}"}
    token = preview.preview.token
    assert len(token) >= 32 and f'"token": "{token}"' in preview.preview.page()  # the page carries it
    refused = [
        (own, b"chapter=one"),  # no token
        (own, b"token=&chapter=one"),
        (own, b"token=" + token[:-1].encode() + (b"y" if token.endswith("x") else b"x")),  # a near guess
        (own, b"token=" + token.encode() + b"x"),
        (own, "token=令牌".encode()),  # not ASCII: refused, not a TypeError
        ({**own, "Origin": "http://attacker.example"}, b"token=" + token.encode()),  # another site, even with it
        ({"Host": f"127.0.0.1:{port}", "Sec-Fetch-Site": "cross-site"}, b"token=" + token.encode()),
    ]
    for headers, body in refused:
        assert _raw_post(port, "/_csrpress/pdf", headers, body)[0] == 403, (headers, body)
    assert _raw_post(port, "/_csrpress/pdf", {"Host": f"attacker.example:{port}"}, b"token=" + token.encode())[0] == 421
    assert _raw_post(port, "/_csrpress/pdf", {**own, "Content-Length": "99999999"}, b"")[0] == 413
    assert _raw_post(port, "/_csrpress/pdf", own, b"&".join([b"a=1"] * 50))[0] == 400
    assert _raw_post(port, "/content/report.yaml", own, b"token=" + token.encode())[0] == 404
    assert not (preview.preview.project.build_dir / "demo.zh.pdf").exists()


def test_each_preview_session_has_its_own_token(make_project) -> None:
    from csrpress.serve import Preview

    project = make_project({})
    assert Preview(project, "zh").token != Preview(project, "zh").token


def test_preview_survives_a_bad_request_path(preview) -> None:
    port = preview.httpd.server_address[1]
    assert _raw_get(port, "/content/%00/x", {"Host": f"127.0.0.1:{port}"})[0] == 404
    assert _raw_get(port, "/content/\x00", {"Host": f"127.0.0.1:{port}"})[0] in (400, 404)
    assert _raw_get(port, "/build/preview.html", {"Host": f"127.0.0.1:{port}"})[0] == 200


def test_a_rebuild_that_raises_shows_a_banner_and_the_next_save_recovers(preview, monkeypatch: pytest.MonkeyPatch) -> None:
    from csrpress import serve

    good = preview.preview.state.html
    monkeypatch.setattr(serve, "load_report", lambda project: (_ for _ in ()).throw(RuntimeError("disk on fire")))
    preview.preview.rebuild()  # the watcher thread calls this: it must not die
    state = preview.preview.state
    assert state.html == good and any("RuntimeError" in line and "disk on fire" in line for line in state.error)
    monkeypatch.undo()
    preview.preview.rebuild()
    assert preview.preview.state.error == () and preview.preview.state.html


def test_preview_state_cannot_break_out_of_its_script_element(make_project) -> None:
    from csrpress.serve import Preview, _State

    preview = Preview(make_project({}), "zh")
    preview.state = _State(version=1, html="<html><body><p>x</p></body></html>", error=('a "<!--<script>" and </script><b>',))
    page = preview.page()
    payload = page.split('<script id="csrpress-state" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in payload and json_loads(payload)["error"] == ['a "<!--<script>" and </script><b>']


def json_loads(text: str) -> object:
    import json

    return json.loads(text)


def test_serve_with_a_port_out_of_range_is_a_usage_error(make_project, capsys: pytest.CaptureFixture[str]) -> None:
    from csrpress.cli import main

    project = make_project({"content/chapters/01.yaml": _HANT_CHAPTER})
    assert main(["--root", str(project.root), "serve", "--port", "99999"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "99999" in err and "0-65535" in err


def test_fix_keeps_crlf_and_skips_a_place_that_changed_since_the_plan(make_project) -> None:
    from csrpress import fix

    project = make_project({})
    path = project.content / "chapters" / "01.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(_UNIT_CHAPTER.replace("\n", "\r\n").encode("utf-8"))
    edits = fix.plan(project)
    assert [(e.old, e.new) for e in edits] == [("kWh", "千瓦时")]
    fix.apply(project, edits, write=True)
    assert path.read_bytes() == _UNIT_CHAPTER.replace("unit: kWh", "unit: 千瓦时").replace("\n", "\r\n").encode("utf-8")
    # the file changed after the plan: the planned text is not at its place any more, so nothing is replaced there
    path.write_bytes(_UNIT_CHAPTER.replace("unit: kWh", "unit: MWh").encode("utf-8"))
    fix.apply(project, edits, write=True)
    assert "unit: MWh" in path.read_text(encoding="utf-8")


# ---- what check passes, build must print: no traceback from a value check let through (issue 17) -----------------

_BUILDS_CHAPTER = """\
id: one
number: "01"
title: {{zh: 第一章, en: Chapter One}}
metrics:
  - {{id: one.donors, label: {{zh: 捐款人次, en: donations}}, value: "{value}", unit: 人次, period: "{period}"}}
sections:
  - id: intro
    number: "1.1"
    title: {{zh: 引言, en: Introduction}}
    blocks:
      - qr: {{url: "{url}", caption: {{zh: 扫一扫, en: Scan}}}}
      - text:
          zh: "{text}共有{{m:one.donors}}。"
          en: "{text} {{m:one.donors}} in all."
"""


@pytest.mark.parametrize(("value", "period", "url", "text", "codes"), [
    ("1" * 67, "2016", "https://gongyi.qq.com", "", {"S105"}),
    ("677万", "2017-02-30", "https://gongyi.qq.com", "2017-02-30", set()),
    ("677万", "２０１７-０１-０１", "https://gongyi.qq.com", "２０１７-０１-０１", set()),
    ("677万", "2016", "https://gongyi.qq.com/" + "a" * 2400, "", {"S107"}),
], ids=["67-digit-metric", "impossible-date", "full-width-date", "qr-url-2.4kb"])
def test_what_check_lets_through_or_reports_builds_without_a_traceback(make_project, value: str, period: str, url: str,
                                                                       text: str, codes: set[str]) -> None:
    project = make_project({"content/chapters/01.yaml": _BUILDS_CHAPTER.format(value=value, period=period, url=url, text=text)})
    found = {d.code for d in check(project) if d.severity.name == "ERROR"}
    assert found == codes
    for d in check(project):
        if d.code in codes:
            assert str(d.location).startswith("content/chapters/01.yaml:")
    result = build(project, BuildOptions(jobs=1))
    assert len(result.outputs) == 2, [str(d) for d in result.diagnostics]


def test_formula_and_ratio_arithmetic_never_raises() -> None:
    from decimal import Decimal

    from csrpress.checks.derived import _fmt, evaluate_formula

    assert _fmt(Decimal(10) ** 40) == "1.000000E+40"  # a huge growth ratio is printed, not an InvalidOperation
    assert evaluate_formula(" + ".join(["1"] * 1000), {}) == "the formula is longer than 200 terms"
    assert evaluate_formula("(" * 150 + "1" + ")" * 150, {}) == Decimal(1)
    assert evaluate_formula("1 / 0", {}) == "the formula divides by zero"
    assert evaluate_formula("99999999999999999999 * 99999999999999999999", {}) == Decimal("9999999999999999999800000000000000000001")


def test_fetcher_refuses_a_named_pipe_inside_the_project(tmp_path: Path) -> None:
    import os

    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    os.mkfifo(root / "content" / "pipe.png")  # opening it would block the layout forever
    doc = HtmlDocument("en", '<!doctype html><html><body><p>x</p><img src="../content/pipe.png"></body></html>', root / "build")
    result = write_pdf(doc, root / "build" / "x.pdf", (root / "content", root / "build"), forms=False)
    assert [d.code for d in result.diagnostics if d.code == "R502"] == ["R502"]
    assert "pipe.png" in next(d.message for d in result.diagnostics if d.code == "R502")


@pytest.mark.parametrize("source, live", [
    ("[a](https://example.com/x)", True), ("[a](http://example.com)", True), ("[a](mailto:csr@example.com)", True),
    ("<https://example.com>", True), ("[a](HTTPS://example.com)", True),
    ("[a](rel/path.pdf)", False), ("[a](//host/share)", False), ("[a](smb://host/share)", False), ("[a](/etc/passwd)", False),
    ("[a](file:///etc/passwd)", False), ("[a](ftp://host/x)", False), ("[a](#intro)", False), ("[a]( \\\\host\\share)", False),
])
def test_only_web_and_mail_links_are_live(source: str, live: bool) -> None:
    """A relative or //host link would become a file:// URI with the build machine's path; smb: reaches a share."""
    from csrpress import markup

    for lang in ("zh", "en"):
        out = markup.to_html(f"见{source}。", lang, inline=True)
        assert ("<a " in out) == live, out
        if not live:
            assert "a" in markup.to_plain(f"见{source}。", lang)  # the link's text still prints


def test_links_in_footnotes_follow_the_same_rule() -> None:
    from csrpress import markup

    out = markup.to_html("注[^1]又^[见[h](smb://host/x)与[i](https://ok.org)]\n\n[^1]: 见[g](//host/x)", "zh")
    assert 'href="https://ok.org"' in out and "smb:" not in out and "//host" not in out and out.count("<a ") == 1


# ---- resource limits: aliases, file sizes -----------------------------------------------------------------------------

def _fan(levels: int, fan: int, leaf: str, shape: str) -> str:
    """YAML where each anchor holds the one before it `fan` times: `levels` levels stand for fan**levels leaves."""
    if shape == "nested-case":
        rows = [f"- &c0 {{case: {{title: {{zh: 案例, en: Case}}, blocks: [{{text: {{zh: {leaf}, en: x}}}}]}}}}"]
        rows += [f"- &c{i} {{case: {{title: {{zh: 案例, en: Case}}, blocks: [{', '.join([f'*c{i - 1}'] * fan)}]}}}}" for i in range(1, levels)]
        return "blocks:\n" + "\n".join("  " + r for r in rows) + "\n"
    if shape == "values":
        rows = [f"a0: &a0 [{', '.join([leaf] * fan)}]"] + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * fan)}]" for i in range(1, levels)]
        return "\n".join(rows) + "\n"
    if shape == "key":
        items = [f"&a0 [{', '.join([leaf] * fan)}]"] + [f"&a{i} [{', '.join([f'*a{i - 1}'] * fan)}]" for i in range(1, levels)]
        return "id: one\n? [" + ", ".join(items) + "]\n: boom\n"
    if shape == "mapping":  # anchors on flow mappings, aliases as their values
        rows = [f"a0: &a0 {{k: {leaf}}}"] + [f"a{i}: &a{i} {{{', '.join(f'k{j}: *a{i - 1}' for j in range(fan))}}}" for i in range(1, levels)]
        return "\n".join(rows) + "\n"
    if shape == "json":  # JSON-style flow mapping: the anchor right after the key's `:`, no space
        rows = [f'"a0":&a0 [{", ".join([leaf] * fan)}]'] + [f'"a{i}":&a{i} [{", ".join([f"*a{i - 1}"] * fan)}]' for i in range(1, levels)]
        return "{" + ", ".join(rows) + "}\n"
    assert shape == "scalar"  # one long text, repeated flat: no nesting at all
    return f"t: &t {leaf * 50}\nall: [{', '.join(['*t'] * levels * fan)}]\n"


@pytest.mark.parametrize("shape", ["nested-case", "values", "key", "mapping", "json", "scalar"])
def test_aliases_cannot_repeat_more_than_the_file_holds(shape: str) -> None:
    """Every shape of alias amplification is one L001 at the alias that passes the limit, its message short."""
    from csrpress.yamlsrc import parse_yaml

    text = _fan(8, 8, "这是一段被别名重复很多次的文字", shape)
    assert len(text) < 10_000  # a small file: what its aliases stand for is millions of nodes or characters
    parsed = parse_yaml(text, "content/chapters/01.yaml")
    assert parsed.value is None and [d.code for d in parsed.diagnostics] == ["L001"]
    diag = parsed.diagnostics[0]
    assert "alias" in diag.message and len(diag.message) < 300
    line = text.split("\n")[diag.location.line - 1]
    assert line[diag.location.column - 1] == "*"  # at the alias itself, not at what it names


def test_aliases_within_the_allowance_still_load() -> None:
    from csrpress.yamlsrc import parse_yaml

    text = "title: &t {zh: 标题, en: Title}\ntoc_title: *t\nnote: {zh: R&D 与 A & B, en: x}\nlist: [&x 1, *x, *x]\n"
    parsed = parse_yaml(text, "x.yaml")
    assert parsed.diagnostics == () and parsed.value["toc_title"] == {"zh": "标题", "en": "Title"}
    # A large file may repeat as much as it holds: the limit grows with the file, never below the allowance.
    big = "".join(f"k{i}: {{zh: 第{i}段文字, en: text {i}}}\n" for i in range(2000))
    assert parse_yaml(big + "t: &t " + "字" * 5000 + "\nr: [" + ", ".join(["*t"] * 10) + "]\n", "x.yaml").diagnostics == ()


def test_an_oversized_chapter_is_refused_by_its_size_before_it_is_read(make_project) -> None:
    """A 200 MiB sparse file costs no disk; reading it would cost 200 MiB of memory (4 GB in the issue)."""
    import tracemalloc

    from csrpress.load import load_report

    project = make_project({"content/chapters/01.yaml": ""})
    with open(project.content / "chapters" / "01.yaml", "wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    try:
        _, diags = load_report(project)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024, f"{peak / 1_048_576:.0f} MiB allocated"
    found = [d for d in diags if d.code == "L001"]
    assert len(found) == 1 and found[0].location.path == "content/chapters/01.yaml"
    assert "200.0 MiB" in found[0].message and "20 MiB" in found[0].message


def test_a_file_that_grows_past_the_limit_while_read_is_still_bounded(tmp_path: Path) -> None:
    from csrpress.safefs import TooLarge, read_bounded

    path = tmp_path / "x"
    path.write_bytes(b"a" * 100)
    assert read_bounded(path, 100) == b"a" * 100
    with pytest.raises(TooLarge) as big:
        read_bounded(path, 99)
    assert big.value.size == 100
    # /proc files report size 0 whatever they hold: the read itself stops at limit + 1
    with pytest.raises(TooLarge):
        read_bounded(Path("/proc/self/status"), 10)


# ---- the template sandbox: no expression may exhaust memory -------------------------------------------------------

_HUGE_TEMPLATES = {
    "center": '{{ "x"|center(10**10) }}',
    "indent": '{{ "a\\nb"|indent(10**9) }}',
    "indent-text": '{{ ("a\\n" * 100000)|indent("x" * 1000) }}',
    "format-width": '{{ "%10000000000d"|format(1) }}',
    "format-star": '{{ "%*s"|format(10**10, "x") }}',
    "format-precision": '{{ "%.999999999f"|format(1) }}',
    "percent": '{{ "%10000000000s" % "x" }}',
    "str-format": '{{ "{:>10000000000}".format("x") }}',
    "str-format-nested": '{{ "{:{w}}".format("x", w=10**10) }}',
    "format-map": '{{ "{a:.999999999f}".format_map({"a": 1.5}) }}',
    "wordwrap": '{{ ("x " * 100000)|wordwrap(1, wrapstring="y" * 1000) }}',
    "replace": '{{ ("x" * 100000)|replace("x", "y" * 1000) }}',
    "replace-empty": '{{ ("x" * 100000)|replace("", "y" * 1000) }}',
    "join": '{{ range(100000)|join("y" * 1000) }}',
    "range-nested": '{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}',
    "loop-output": '{% set s = "x" * 1000000 %}{% for i in range(100000) %}{{ s }}{% endfor %}',
    "plus-doubling": '{% set ns = namespace(s="x") %}{% for i in range(64) %}{% set ns.s = ns.s + ns.s %}{% endfor %}',
    "tilde-doubling": '{% set ns = namespace(s="x") %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}',
    "macro-doubling": '{% macro f(s, n) %}{% if n %}{{ f(s ~ s, n - 1) }}{% endif %}{% endmacro %}{{ f("x", 64) }}',
    "nested-lists-printed": '{% set a = ["x" * 1000] * 1000 %}{% set b = [a, a, a, a, a, a, a, a, a, a] %}{% set c = [b, b, b, b, b, b, b, b, b, b] %}{{ c }}',
    "nested-lists-tilde": '{% set a = ["x" * 1000] * 1000 %}{% set b = [a, a, a, a, a, a, a, a, a, a] %}{% set c = [b, b, b, b, b, b, b, b, b, b] %}{{ c ~ "" }}',
    "nested-lists-filter": '{% set a = ["x" * 1000] * 1000 %}{% set b = [a, a, a, a, a, a, a, a, a, a] %}{% set c = [b, b, b, b, b, b, b, b, b, b] %}{{ c|string|length }}',
}


@pytest.mark.parametrize("name", sorted(_HUGE_TEMPLATES))
def test_a_template_cannot_exhaust_memory(make_project, name: str) -> None:
    """Each is refused before it runs, as one R501 at the template's file:line (line 3 here), never a hang."""
    import tracemalloc

    project = make_project({"content/chapters/01.yaml": _UNIT_CHAPTER})
    (project.templates / "report.html").write_text(
        "<!doctype html>\n<title>{{ e.t(m.title) }}</title>\n<p>" + _HUGE_TEMPLATES[name] + "</p>\n", encoding="utf-8")
    traced = name != "range-nested"  # that one is about time; tracing every loop pass would slow it tenfold
    if traced:
        tracemalloc.start()
    try:
        diag = _render_error(project)
        peak = tracemalloc.get_traced_memory()[1] if traced else 0
    finally:
        tracemalloc.stop()
    assert diag.code == "R501" and str(diag.location) == "templates/report.html:3:1", diag
    assert "MemoryError" not in diag.message  # refused before it ran, not when the allocation failed
    assert len(diag.message) < 300 and peak < 400 * 1024 * 1024, (diag.message, peak)


def test_truncate_with_a_bad_length_is_r501_not_an_assertion(make_project) -> None:
    project = make_project({"content/chapters/01.yaml": _UNIT_CHAPTER})
    (project.templates / "report.html").write_text('<!doctype html>\n<p>{{ "abcdef"|truncate(1) }}</p>\n', encoding="utf-8")
    diag = _render_error(project)
    assert diag.code == "R501" and str(diag.location) == "templates/report.html:2:1" and "truncate" in diag.message


def test_the_guarded_filters_still_work_at_ordinary_sizes(make_project) -> None:
    from csrpress.load import load_report
    from csrpress.render import render_html

    project = make_project({"content/chapters/01.yaml": _UNIT_CHAPTER})
    body = ('{{ "ab"|center(6) }}|{{ "a\\nb"|indent(2) }}|{{ "%05d"|format(42) }}|{{ "%-4s" % "x" }}|{{ "{:>4}".format("y") }}'
            '|{{ "aa bb"|wordwrap(2) }}|{{ "abcdefgh"|truncate(6, leeway=0) }}|{{ "aXa"|replace("X", "--") }}|{{ [1, 2]|join(",") }}'
            '|{{ range(3)|list }}|{{ "p" ~ "q" }}|{{ ["r"] * 2 }}')
    (project.templates / "report.html").write_text(f"<!doctype html>\n<p>{body}</p>\n", encoding="utf-8")
    report, _ = load_report(project)
    html = render_html(report, project, "en").html
    assert "  ab  |a\n  b|00042|x   |   y|aa\nbb|abc...|a--a|1,2|[0, 1, 2]|pq|[&#39;r&#39;, &#39;r&#39;]" in html, html


def test_oversized_hant_overrides_are_refused_by_their_size(make_project) -> None:
    from csrpress.hant import load_overrides

    project = make_project({"content/chapters/01.yaml": _HANT_CHAPTER})
    with open(project.content / "zh-Hant-overrides.yaml", "wb") as fh:
        fh.truncate(64 * 1024 * 1024)  # sparse: no disk, and no memory unless it is read
    overrides, problems = load_overrides(project.content)
    assert [d.code for d in problems] == ["L001"] and "64.0 MiB" in problems[0].message
    assert str(problems[0].location) == "content/zh-Hant-overrides.yaml:1:1"
