"""Edition languages and the interface strings the templates print (zh, en)."""

from __future__ import annotations

from . import schema

LANGS = ("zh", "en", "zh-Hant")
HTML_LANG = {"zh": "zh-Hans", "en": "en", "zh-Hant": "zh-Hant"}
# The edition that prints the writer's `zh:` as typed, for each authored script (schema.Manifest.script).
AUTHORED = {"hans": "zh", "hant": "zh-Hant"}

UI: dict[str, dict[str, str]] = {
    "contents": {"zh": "目录", "en": "Contents", "zh-Hant": "目錄"},
    "highlights": {"zh": "本期亮点", "en": "Highlights", "zh-Hant": "本期亮點"},
    "chapter": {"zh": "第{n}章", "en": "Chapter {n}", "zh-Hant": "第{n}章"},
    "qr_placeholder": {"zh": "二维码待补", "en": "QR code to be supplied", "zh-Hant": "二維碼待補"},
    "figure_placeholder": {"zh": "图片", "en": "Image", "zh-Hant": "圖片"},
    "kind_photo": {"zh": "照片", "en": "Photo", "zh-Hant": "照片"},
    "kind_infographic": {"zh": "信息图", "en": "Infographic", "zh-Hant": "資訊圖"},
    "kind_diagram": {"zh": "示意图", "en": "Diagram", "zh-Hant": "示意圖"},
    "kind_logo": {"zh": "标志", "en": "Logo", "zh-Hant": "標誌"},
    "kind_screenshot": {"zh": "截图", "en": "Screenshot", "zh-Hant": "截圖"},
    "esg_id": {"zh": "指标", "en": "Item", "zh-Hant": "指標"},
    "esg_title": {"zh": "指标内容", "en": "Disclosure", "zh-Hant": "指標內容"},
    "esg_answer": {"zh": "企业表现", "en": "Our response", "zh-Hant": "企業表現"},
    "esg_page": {"zh": "页码", "en": "Page", "zh-Hant": "頁碼"},
    "status_not_disclosed": {"zh": "未披露", "en": "Not disclosed", "zh-Hant": "未披露"},
    "status_not_applicable": {"zh": "不适用", "en": "Not applicable", "zh-Hant": "不適用"},
    "status_none_occurred": {"zh": "无此情况", "en": "None occurred", "zh-Hant": "無此情況"},
    "see": {"zh": "参见", "en": "See", "zh-Hant": "參見"},
    "unit": {"zh": "单位：", "en": "Unit: ", "zh-Hant": "單位："},
    "source": {"zh": "资料来源：", "en": "Source: ", "zh-Hant": "資料來源："},
    "page_n": {"zh": "第{n}页", "en": "p. {n}", "zh-Hant": "第{n}頁"},
    "untranslated": {"zh": "", "en": "[untranslated]", "zh-Hant": ""},
    "period": {"zh": "报告期", "en": "Reporting period", "zh-Hant": "報告期"},
    "general_disclosure": {"zh": "一般披露", "en": "General disclosure", "zh-Hant": "一般披露"},
    "contact_address": {"zh": "地址", "en": "Address", "zh-Hant": "地址"},
    "contact_phone": {"zh": "电话", "en": "Tel", "zh-Hant": "電話"},
    "contact_email": {"zh": "邮箱", "en": "Email", "zh-Hant": "電郵"},
    "contact_web": {"zh": "网址", "en": "Web", "zh-Hant": "網址"},
    "back_contact": {"zh": "联系我们", "en": "Contact us", "zh-Hant": "聯絡我們"},
}


def ui(key: str, lang: str, **kw: object) -> str:
    """An interface string in the edition's language; zh-Hant has its own (Hong Kong) wording, so that a
    Traditional-authored edition, which is not converted, prints no Simplified."""
    table = UI[key]
    if lang == "zh-Hant" and "zh-Hant" not in table:  # a string added without its Hong Kong wording: converted
        from .hant import convert_text

        text = convert_text(table["zh"])
    else:
        text = table.get(lang, table["zh"]) if lang != "en" else table["en"]
    return text.format(**kw) if kw else text


def pick(text: schema.Text | None, lang: str, script: str = "hans") -> tuple[str, bool]:
    """The string of `text` for an edition, and whether it is a stand-in (zh printed in the en edition).

    `zh:` is in the authored `script`; the other Chinese edition prints its per-string override
    (`zh-Hant:` for a Simplified project, `zh-Hans:` for a Traditional one) or `zh:`, converted later."""
    if text is None:
        return "", False
    if lang == "en":
        return (text.en, False) if text.en else (text.zh, True)
    if script == "hant":
        return (text.zh_hans, False) if lang == "zh" and text.zh_hans else (text.zh, False)
    if lang == "zh-Hant" and text.zh_hant:
        return text.zh_hant, False
    return text.zh, False
