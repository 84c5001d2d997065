"""`csrpress check --explain CODE --lang zh|zh-Hans|zh-Hant` and Chinese hints: the common finding codes in Chinese.

The English catalogue (codes.py) stays the reference; this is its Chinese for the codes a writer
meets most (loading, figures, translation, the ESG index, release). Written in Simplified; the
Traditional is OpenCC's Hong Kong conversion of it (s2hk with the tool's fixes): these are the
tool's own words, not a writer's text, so converting them is what a Hong Kong writer would read.
`--lang zh` means the project's own script (Traditional for `script: hant`).
"""

from __future__ import annotations

from pathlib import Path

from .codes import Code

# code -> (what it does, why it matters, how to fix), Simplified.
TEXT: dict[str, tuple[str, str, str]] = {
    "L001": ("内容文件不是有效的 YAML。", "文件无法解析时，其中任何内容都读不到。",
             "给含有“: ”的值加引号（en: \"Note: text\"），或改正缩进。"),
    "L002": ("某个值的类型不对，或缺少必填的键。", "排版需要每个必填部分，且类型正确。",
             "按 docs/content-format.md 所示的形式书写，例如 title: {zh: ..., en: ...}。"),
    "L003": ("格式中没有定义的键。", "拼错的键否则会被悄悄忽略。", "改正拼写，或删除该键。"),
    "L004": ("清单或 include 指向的文件不存在。", "该章节会在报告中悄然缺失。", "创建该文件，或改正路径（相对于 content/）。"),
    "S101": ("{m:id} 引用了未声明的指标。", "报告会印出缺失的标记，而不是数字。", "在 metrics 中声明该指标，或改正 id 的拼写。"),
    "S104": ("指标的单位不在单位表中。", "无法换算或与其他表述比较该数字。", "使用 csrpress units 列出的单位，或把数量词写进数值。"),
    "S109": ("会按原样印出的 Markdown：脚注标记、删除线、HTML 标签等。", "读者会看到符号，而不是格式。", "删除该标记，或按 docs/content-format.md 的写法改写。"),
    "S110": ("去年报告遗留的内容（csrpress init --from 之后）：仍为 TODO 的数值（错误，正式版拒绝生成）；指标标签、标题或说明只写着去年的年份，"
             "陈述今年数字的句子只提到去年，或正文中仍写着去年的报告期（警告）。",
             "去年的文字会当作今年的内容印出，或印出占位符。", "填写今年的数字，把年份改为今年；如句子是与去年比较，请写明（较2024年）。"),
    "S112": ("未加引号的值中含有“ #”：YAML 把其后的部分当作注释，文字在此截断。", "句子被截短印出，YAML 不会提示。",
             "给整个值加引号：en: \"We ranked #1 in the index\"。自己的注释：前面空两格，写“# ”。"),
    "N201": ("正文中的数字与它所表述的指标不一致。", "同一事实在报告中出现两个数字，读者无从判断哪个正确。",
             "改正错误的一处；最好用 {m:id} 引用指标，而不是手打数字。若确是两件不同的事，请分别写清楚。"),
    "N202": ("同一数字在不同地方的四舍五入方式不同。", "读者会以为是两个不同的数字。", "统一位数，或用 {m:id} 引用同一指标。"),
    "N203": ("“约、超过、近”等限定的数字与实际值不符（如“超过”却小于实际值）。", "限定词改变了数字的含义。",
             "改正数字或限定词，使两者与指标一致。"),
    "N205": ("“较上年增长/下降”等派生表述与两年的数字算出的结果不符。", "变化率写错会误导读者。", "按两年的指标重新计算，改正百分比或倍数。"),
    "N209": ("一个版本中的数字在另一版本（如英文版）中没有相同数值。", "两个版本必须陈述相同的事实。",
             "把译文中的数字改为与中文相同的数值与精度（677万 → 6.77 million）。"),
    "N212": ("两处表述同一事实的数字不一致。", "同一事实在报告中出现两个数字。", "改正错误的一处；若是不同的事实，请分别命名。"),
    "N213": ("同一事实的一处数字是另一处的截断或约数，但没有标明“约”。", "读者会以为是两个不同的数字。", "加上“约”，或统一为同一精度。"),
    "N214": ("表格或正文中的变化（增减、百分比）与两期数字重新计算的结果不符。", "变化写错会误导读者。", "按两期数字重新计算后改正。"),
    "T301": ("字符串缺少英文（en）。", "英文版会印出中文作为占位，并标为未翻译。", "补写 en:，或用 csrpress translate export 发给翻译。"),
    "T302": ("译文写好后，中文原文又改了。", "译文可能已不再对应原文。",
             "更新译文（或 csrpress translate export --only stale 发给翻译）；若译文仍然合适，运行 csrpress translate confirm 文件:行。"),
    "T303": ("翻译回来的 XLIFF 中，受保护的代码（{m:…}、链接、加粗、段落与列表标记）丢失、重复或被改动。", "导入会破坏数字、格式或段落结构。",
             "在 CAT 工具中把原文的标签复制到译文，每个标签保留一次，再导入。"),
    "T304": ("译文中的数字与中文原文的数值不同。", "两个版本必须陈述相同的事实。", "改正译文中的数字；确有需要时用 --accept-figures 导入。"),
    "K401": ("ESG 索引缺少所选框架的某个条目。", "港交所要求逐项披露或解释。", "为该条目加上 status: answered（附 refs 或 answer）或 not_disclosed（附 reason）。"),
    "K404": ("ESG 索引中标为已披露的条目既没有 answer 也没有 refs。", "读者找不到披露的位置。", "加上 refs: [章节 id] 或 answer。"),
    "K405": ("ESG 条目标为未披露，但报告中其实写了它要求的数字。", "索引与正文自相矛盾。", "改为 answered 并引用写有该数字的章节，或说明不披露的原因。"),
    "K406": ("未披露的 ESG 条目没有说明原因。", "“不遵守就解释”要求给出原因。", "写上 reason: {zh: ..., en: ...}。"),
    "R510": ("几乎空白的一页。", "印出的报告会有多余的空页。", "调整分页或内容长度。"),
    "R513": ("中文段落最后一行只剩一个字。", "孤字影响版面美观。", "增删几个字，或调整段落。"),
    "R520": ("正式版（--release）中仍有占位：没有图片的插图、没有网址的二维码，或“待填写 / TODO”文字。", "占位不能印在正式发布的报告里。",
             "补上图片、网址或文字；只需校样时用 --allow-placeholders。"),
}

_HEADINGS = {"what": "作用", "why": "为何重要", "example": "示例", "fix": "修正", "default": "默认", "none": "（此代码尚无中文说明，以下为英文）"}


def project_script(root: Path | None) -> str:
    """The manifest's `script` (hans when there is no project or no setting): read with a YAML parse of report.yaml only."""
    import yaml

    try:
        data = yaml.load((root or Path.cwd()).joinpath("content", "report.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return "hans"
    return "hant" if isinstance(data, dict) and data.get("script") == "hant" else "hans"


def resolve(lang: str, root: Path | None) -> str:
    """en, zh-Hans or zh-Hant; `zh` is the project's own script."""
    if lang == "zh":
        return "zh-Hant" if project_script(root) == "hant" else "zh-Hans"
    return lang


def _script(text: str, lang: str) -> str:
    if lang != "zh-Hant":
        return text
    from .hant import convert_text

    return convert_text(text)


def explain(code: Code, lang: str) -> str:
    """The --explain text in `lang` (en, zh-Hans or zh-Hant)."""
    if lang == "en":
        return code.explain()
    text = TEXT.get(code.id)
    h = {k: _script(v, lang) for k, v in _HEADINGS.items()}
    if text is None:
        return f"{h['none']}\n\n{code.explain()}"
    what, why, fix = (_script(t, lang) for t in text)
    return (f"{code.id} {code.name}（{h['default']}：{code.severity.value}）\n\n"
            f"{h['what']}\n  {what}\n\n{h['why']}\n  {why}\n\n{h['example']}\n  {_script(code.example, lang)}\n\n{h['fix']}\n  {fix}\n")


def hint(code: str, lang: str) -> str | None:
    """The Chinese fix of a code, for a finding's hint; None when the code has no Chinese text."""
    text = TEXT.get(code)
    return _script(text[2], lang) if text else None
