"""The catalogue of finding codes: id -> name, default severity and What / Why / Example / Fix.

Codes are stable: a code, once released, keeps its meaning. Families: L load, S structure,
N numbers and facts, T translation, K ESG index, R render.
"""

from __future__ import annotations

from dataclasses import dataclass

from .diagnostics import Severity

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True, slots=True)
class Code:
    id: str
    name: str
    severity: Severity
    what: str
    why: str
    example: str
    fix: str

    def explain(self) -> str:
        return (
            f"{self.id} {self.name} (default: {self.severity.value})\n\n"
            f"What it does\n  {self.what}\n\nWhy it matters\n  {self.why}\n\n"
            f"Example\n  {self.example}\n\nFix\n  {self.fix}\n"
        )


CODES: dict[str, Code] = {
    c.id: c
    for c in (
        Code("L001", "yaml-syntax", E, "A content file is not valid YAML.", "Nothing in the file can be read until it parses.",
             'en: Note: text      # a second ": " inside an unquoted value', 'Quote the value: en: "Note: text", or fix indentation.'),
        Code("L002", "schema", E, "A value has the wrong type or a required key is missing.", "The renderer needs every required part, typed.",
             "title: 网络捐款平台     # must be {zh: ..., en: ...}", "Write the value in the form docs/content-format.md shows."),
        Code("L003", "unknown-key", E, "A key that the format does not define.", "A misspelt key would otherwise be ignored silently.",
             "titel: {zh: ...}", "Correct the spelling or remove the key."),
        Code("L004", "missing-file", E, "The manifest or an include names a file that does not exist.", "The chapter would silently be missing from the report.",
             "chapters: [chapters/09-missing.yaml]", "Create the file or correct the path (relative to content/)."),
        Code("L005", "file-encoding", E, "A content file is not UTF-8 text.", "Chinese text must be read exactly as written.",
             "a file saved as GBK, or a binary file", "Save the file as UTF-8."),
        Code("L006", "duplicate-key", E, "The same key appears twice in one mapping.", "YAML keeps only the last value, silently.",
             "title: {zh: a}\\ntitle: {zh: b}", "Remove or rename one of the keys."),
        Code("L007", "repeated-chapter", E, "The manifest lists the same chapter file twice, or an include loops.", "The chapter would print twice.",
             "chapters: [a.yaml, a.yaml]", "List each file once."),
        Code("S101", "unknown-metric", E, "A reference names a metric id that no file declares.", "The figure cannot be printed.",
             "{m:giving99.donors}  # declared as giving99.donations", "Use a declared id, or declare the metric."),
        Code("S102", "duplicate-id", E, "Two chapters or sections share an id.", "Links, the ESG index and the TOC need unique targets.",
             "id: wechat  (twice)", "Give each a unique id."),
        Code("S103", "unknown-section", E, "An ESG index reference names a section id that does not exist.", "The page reference cannot be generated.",
             "refs: [green-ops]", "Use an existing section id."),
        Code("S104", "unknown-unit", W, "A metric's unit is not in the unit registry.", "Its English form and comparisons are unknown.",
             "unit: 人头", "Use a registry unit (docs/content-format.md) or leave the unit out."),
        Code("S105", "bad-metric-value", E, "A metric's value is not a number as printed.", "It cannot be formatted or checked.",
             'value: "很多"', 'Write the figure as printed: "677万", "38,775", "99.65".'),
        Code("S106", "qr-without-url", W, "A QR block has no url.", "A placeholder box prints instead of a code.",
             "- qr: {caption: {zh: 扫一扫}}", "Add url: https://... when the target is known."),
        Code("S107", "bad-url", E, "A QR url is not a well-formed http(s) URL.", "A reader scanning it would reach nothing.",
             "url: gongyi.qq.com", "Write the full address: https://gongyi.qq.com"),
        Code("T301", "missing-translation", W, "A user-facing string has zh but no en.", "The English edition would print Chinese there.",
             "title: {zh: 网络捐款平台}", "Add the en translation."),
        Code("K401", "esg-missing-item", E, "An item of the selected framework is not in the ESG index.", "The index must cover the whole guide.",
             "framework hkex-esg-2015 without B3.2", "Add the item with its status."),
        Code("K402", "esg-unknown-item", E, "An ESG index item id is not in the framework.", "It cannot be given a title or a place.",
             "id: A4.1 in a 2015 index", "Use an id of the framework's catalogue."),
        Code("K403", "esg-unknown-framework", E, "The ESG index names a framework that is not shipped.", "Titles and order come from the catalogue.",
             "framework: hkex-2015", "Use one of: csrpress frameworks (e.g. hkex-esg-2015)."),
        Code("K404", "esg-answer-missing", W, "An item marked answered has no answer and no reference.", "The reader finds nothing.",
             "- {id: B1, status: answered}", "Add the answer text or refs to the section that answers it."),
        Code("R501", "template-error", E, "A template failed to render.", "No output can be written.",
             "{{ undefined_name }} in templates/page.html", "Fix the template named in the message."),
        Code("R502", "resource-refused", W, "The renderer refused to fetch a resource outside the project.", "Content must not reach the network or other files.",
             "![](http://example.com/x.png)", "Put the file under content/ and reference it relatively."),
        Code("R503", "render-warning", W, "WeasyPrint reported a problem while laying out the PDF.", "It usually means something prints wrongly.",
             "an unknown CSS property", "Fix the stylesheet or content named in the message."),
    )
}


def code(id_: str) -> Code:
    return CODES[id_]
