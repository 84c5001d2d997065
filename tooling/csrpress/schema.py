"""On-disk content formats (YAML as plain str trees) -> validated immutable records (records.py).

This module is the single definition of what a writer may put in `content/`.
Every model forbids unknown keys, so a typo is a finding, not a silent no-op.
Scalars arrive as the printed strings (the loader never lets YAML guess types),
so figures keep their printed form ("1.279亿", "0.10") until `numbers` reads them.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from .records import Discriminator, Field, Record, Tag, field_validator, model_validator


class Strict(Record):
    # Declared as pydantic models are, but plain records: valid content is built by fastschema.py without
    # importing pydantic; anything else is validated by each model's pydantic twin (pydschema.py, extra="forbid",
    # frozen), whose errors are the findings.
    pass


ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN)]


class Text(Strict):
    """A user-facing string in both languages. `en` may be missing while translating (finding T301)."""

    zh: str
    en: str | None = None
    zh_hant: str | None = Field(default=None, alias="zh-Hant")  # written in Simplified: the Traditional to print instead of the conversion
    zh_hans: str | None = Field(default=None, alias="zh-Hans")  # written in Traditional (`script: hant`): the Simplified to print


class Period(Strict):
    start: str
    end: str
    label: str


HEX_COLOR = r"^#(?:[0-9a-fA-F]{3}){1,2}$"
#: A font family name: printed into the stylesheet, so only letters (any script), digits, spaces and . + - _
FONT_FAMILY = r"^\w[\w .+-]{0,63}$"
#: A picture: a relative path looked up under content/, then the project's images/ folder (pictures.py).
Picture = Annotated[str, Field(min_length=1, max_length=300)]


class Cover(Strict):
    tagline: Text | None = None
    # A hex colour only: the value is printed into the stylesheet, so anything else could inject CSS.
    color: str = Field(default="#1b6ec2", pattern=HEX_COLOR)
    # The key visual: one picture for every edition, or {zh:, en:} one per edition; without it the cover
    # carries a pattern generated from the brand colour.
    image: Picture | Text | None = None
    logo: Picture | None = None  # the company's logo, on the cover and the back cover


class Contact(Strict):
    """The back cover's contact lines; each is printed only when given."""

    address: Text | None = None
    phone: str | None = None
    email: str | None = None
    web: str | None = None


class BackCover(Strict):
    contact: Contact = Contact.model_construct()
    qr: Qr | None = None
    note: Text | None = None  # a last line: the paper, the printer, a copyright


class Colors(Strict):
    primary: str | None = Field(default=None, pattern=HEX_COLOR)  # headings, rules, tables; default: cover.color
    secondary: str | None = Field(default=None, pattern=HEX_COLOR)  # the darker companion; default: a shade of primary


class Fonts(Strict):
    """Font families by role; unset roles keep the default design's Noto faces. `check` and `doctor` report
    a family that is not installed (S111): a renderer would silently fall back to another one."""

    serif: str | None = Field(default=None, pattern=FONT_FAMILY)  # Chinese body text (zh, and CJK in en)
    sans: str | None = Field(default=None, pattern=FONT_FAMILY)  # Chinese headings, captions, tables (zh, and CJK in en)
    # The zh-Hant edition's faces: a Traditional family (its glyph forms differ); default Noto Serif/Sans CJK TC,
    # never `serif`/`sans`, which name a Simplified family.
    serif_hant: str | None = Field(default=None, pattern=FONT_FAMILY)  # Traditional Chinese body text
    sans_hant: str | None = Field(default=None, pattern=FONT_FAMILY)  # Traditional Chinese headings, captions, tables
    latin_serif: str | None = Field(default=None, pattern=FONT_FAMILY)  # English body text
    latin_sans: str | None = Field(default=None, pattern=FONT_FAMILY)  # English headings, captions, tables


class Design(Strict):
    page: Literal["A4", "16k", "16开", "letter"] = "A4"  # 16k (16开): 185 x 260 mm; letter: 8.5 x 11 in
    colors: Colors = Colors.model_construct()
    fonts: Fonts = Fonts.model_construct()


class Metric(Strict):
    """A typed figure: the value exactly as printed, never a float."""

    id: Id
    label: Text
    value: str
    unit: str | None = None
    period: str
    scope: Text | None = None
    source: Text | None = None
    aliases: list[str] = []
    formula: str | None = None
    provenance: str | None = None  # where the value was read from, e.g. "metrics.xlsx:Sheet1!D7" (csrpress import)


class MetricFile(Strict):
    metrics: list[Metric]


class MetricRef(Strict):
    """A table cell or chart value taken from a metric: `{m: id}`; `bare: true` omits the unit."""

    m: str
    bare: bool = False


Cell = Union[MetricRef, Text, str]


# ---- blocks: each is a one-key mapping, the key names the type ----------------


class Quote(Strict):
    text: Text
    by: Text | None = None


class Qr(Strict):
    url: str | None = None
    caption: Text


class Figure(Strict):
    """A picture with its caption; without `src` (or while its file is missing) a captioned placeholder box."""

    caption: Text
    src: Picture | None = None
    alt: Text | None = None
    kind: Literal["photo", "infographic", "diagram", "logo", "screenshot"] = "photo"


class ChartItem(Strict):
    label: Text
    m: str
    series: Text | None = None  # items of one series share a colour and a legend entry; labels are the categories


class Chart(Strict):
    type: Literal["bar", "line"] = "bar"
    title: Text
    items: list[ChartItem] = Field(min_length=1)
    note: Text | None = None
    source: Text | None = None  # printed under the chart: "资料来源：…" / "Source: …"


class Table(Strict):
    caption: Text | None = None
    header: list[Cell] = []
    rows: list[list[Cell]] = Field(min_length=1)
    note: Text | None = None
    unit: Text | None = None  # the unit line above the table ("单位：万元"); default: the one unit of its bare figures
    source: Text | None = None  # printed under the table: "资料来源：…" / "Source: …"


class KeyFigure(Strict):
    m: str
    label: Text | None = None


class Highlights(Strict):
    """A page of the report's key figures after the contents, in every edition (report.yaml `highlights:`).
    Only figures the content declares: the metric ids listed in `figures`, else every `keyfigures` block's
    figures in reading order (each metric once), at most 12 (four rows of three)."""

    page: bool = False  # print the highlights page
    title: Text | None = None  # default: 本期亮点 / Highlights
    figures: list[KeyFigure] = Field(default=[], max_length=12)  # `label` defaults to the metric's own label


class Signature(Strict):
    name: Text
    roles: list[Text] = []


class Case(Strict):
    title: Text
    blocks: list[Block]


class EsgItem(Strict):
    id: str
    status: Literal["answered", "not_disclosed", "not_applicable", "none_occurred"]
    answer: Text | None = None
    reason: Text | None = None
    refs: list[str] = []


class EsgIndex(Strict):
    framework: str
    items: list[EsgItem]


class Question(Strict):
    id: Id
    text: Text
    options: list[Text] = Field(min_length=2)


class FormField(Strict):
    id: Id
    label: Text
    lines: int = 1


class FeedbackForm(Strict):
    intro: Text | None = None
    questions: list[Question]
    fields: list[FormField] = []
    return_to: Text | None = None


def _block_tag(value: Any) -> str | None:
    # A block is written `- text: {...}`: the only key is the block type.
    if isinstance(value, dict) and len(value) == 1:
        return str(next(iter(value)))
    return None


class TextBlock(Strict):
    text: Text


class HeadingBlock(Strict):
    heading: Text


class QuoteBlock(Strict):
    quote: Quote


class QrBlock(Strict):
    qr: Qr


class FigureBlock(Strict):
    figure: Figure


class ChartBlock(Strict):
    chart: Chart


class TableBlock(Strict):
    table: Table


class KeyFiguresBlock(Strict):
    keyfigures: list[KeyFigure] = Field(min_length=1)


class SignatureBlock(Strict):
    signature: Signature


class CaseBlock(Strict):
    case: Case


class EsgIndexBlock(Strict):
    esg_index: EsgIndex


class FeedbackFormBlock(Strict):
    feedback_form: FeedbackForm


BLOCK_TYPES: dict[str, type[Strict]] = {
    "text": TextBlock,
    "heading": HeadingBlock,
    "quote": QuoteBlock,
    "qr": QrBlock,
    "figure": FigureBlock,
    "chart": ChartBlock,
    "table": TableBlock,
    "keyfigures": KeyFiguresBlock,
    "signature": SignatureBlock,
    "case": CaseBlock,
    "esg_index": EsgIndexBlock,
    "feedback_form": FeedbackFormBlock,
}

Block = Annotated[
    Union[tuple(Annotated[model, Tag(tag)] for tag, model in BLOCK_TYPES.items())],  # type: ignore[misc]
    Discriminator(_block_tag),
]


class Include(Strict):
    """`- include: chapters/02/2.5.yaml`: a section kept in its own file."""

    include: str


def _entry_tag(value: Any) -> str:
    return "include" if isinstance(value, dict) and "include" in value else "section"


SectionEntry = Annotated[
    Union[Annotated["Section", Tag("section")], Annotated[Include, Tag("include")]],
    Discriminator(_entry_tag),
]


class Section(Strict):
    id: Id
    number: str | None = None
    title: Text
    toc_title: Text | None = None
    label: Text | None = None
    metrics: list[Metric] = []
    blocks: list[Block] = []
    sections: list[SectionEntry] = []


class SectionFile(Strict):
    """A file named by `include`: one section."""

    id: Id
    number: str | None = None
    title: Text
    toc_title: Text | None = None
    label: Text | None = None
    metrics: list[Metric] = []
    blocks: list[Block] = []
    sections: list[SectionEntry] = []


class Chapter(Strict):
    id: Id
    kind: Literal["chapter", "front", "back"] = "chapter"
    number: str | None = None
    title: Text
    subtitle: Text | None = None
    intro: Text | None = None
    quote: Quote | None = None
    image: Picture | None = None  # the opener's photo, across the top of the page and into the bleed (pictures.py)
    metrics: list[Metric] = []
    blocks: list[Block] = []
    sections: list[SectionEntry] = []


class Manifest(Strict):
    id: Id
    company: Text
    title: Text
    subtitle: Text | None = None
    period: Period
    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")  # ISO: the PDF dates and reproducible builds use it
    # The Chinese the writer types in every `zh:`: `hans` (Simplified, the default) or `hant` (Traditional,
    # as Hong Kong reports are written). The edition of the other script is converted with OpenCC.
    script: Literal["hans", "hant"] = "hans"
    editions: list[Literal["zh", "en", "zh-Hant"]] = ["zh", "en"]  # default with `script: hant`: [zh-Hant, en]
    cover: Cover = Cover.model_construct()
    frameworks: list[str] = []
    chapters: list[str] = Field(min_length=1)
    metrics: list[str] = []
    checks: dict[str, Literal["error", "warning", "info", "off"]] = {}
    back_cover: BackCover = BackCover.model_construct()
    design: Design = Design.model_construct()
    highlights: Highlights = Highlights.model_construct()

    @model_validator(mode="before")
    @classmethod
    def _editions_of_the_script(cls, data: Any) -> Any:
        """A Traditional project without `editions:` prints what Hong Kong reports print: zh-Hant and en."""
        if isinstance(data, dict) and data.get("script") == "hant" and "editions" not in data:
            return {**data, "editions": ["zh-Hant", "en"]}
        return data

    @field_validator("chapters", "metrics")
    @classmethod
    def _relative_yaml(cls, paths: list[str]) -> list[str]:
        for p in paths:
            if p.startswith("/") or ".." in p.split("/") or not p.endswith((".yaml", ".yml")):
                raise ValueError(f"{p!r} must be a .yaml path inside content/, e.g. chapters/01-strategy.yaml")
        return paths


TAGS_NOT_KEYS = frozenset({'section', 'include', 'MetricRef', 'Text', 'str'})
