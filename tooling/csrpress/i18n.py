"""Edition languages and the interface strings the templates print (zh, en)."""

from __future__ import annotations

from . import schema

LANGS = ("zh", "en", "zh-Hant")
HTML_LANG = {"zh": "zh-Hans", "en": "en", "zh-Hant": "zh-Hant"}

UI: dict[str, dict[str, str]] = {
    "contents": {"zh": "目录", "en": "Contents"},
    "chapter": {"zh": "第{n}章", "en": "Chapter {n}"},
    "qr_placeholder": {"zh": "二维码待补", "en": "QR code to be supplied"},
    "figure_placeholder": {"zh": "图片", "en": "Image"},
    "kind_photo": {"zh": "照片", "en": "Photo"},
    "kind_infographic": {"zh": "信息图", "en": "Infographic"},
    "kind_diagram": {"zh": "示意图", "en": "Diagram"},
    "kind_logo": {"zh": "标志", "en": "Logo"},
    "kind_screenshot": {"zh": "截图", "en": "Screenshot"},
    "esg_id": {"zh": "指标", "en": "Item"},
    "esg_title": {"zh": "指标内容", "en": "Disclosure"},
    "esg_answer": {"zh": "企业表现", "en": "Our response"},
    "esg_page": {"zh": "页码", "en": "Page"},
    "status_not_disclosed": {"zh": "未披露", "en": "Not disclosed"},
    "status_not_applicable": {"zh": "不适用", "en": "Not applicable"},
    "status_none_occurred": {"zh": "无此情况", "en": "None occurred"},
    "see": {"zh": "参见", "en": "See"},
    "page_n": {"zh": "第{n}页", "en": "p. {n}"},
    "untranslated": {"zh": "", "en": "[untranslated]"},
    "period": {"zh": "报告期", "en": "Reporting period"},
    "general_disclosure": {"zh": "一般披露", "en": "General disclosure"},
}


def ui(key: str, lang: str, **kw: object) -> str:
    table = UI[key]
    text = table.get("zh" if lang == "zh-Hant" else lang) or table["zh"]
    return text.format(**kw) if kw else text


def pick(text: schema.Text | None, lang: str) -> tuple[str, bool]:
    """The string of `text` for an edition, and whether it is a stand-in (zh printed in the en edition)."""
    if text is None:
        return "", False
    if lang == "en":
        return (text.en, False) if text.en else (text.zh, True)
    if lang == "zh-Hant" and text.zh_hant:
        return text.zh_hant, False
    return text.zh, False
