"""Traditional Chinese read as Simplified: one figure engine for both scripts.

A Hong Kong writer types 約400萬元, 超過九億, 下降2個百分點, 萬立方米; the number reader, the word
segmenter and the vocabulary know the Simplified forms. Each string is read through OpenCC's t2s
(Traditional to Simplified) when that keeps its length, so that every offset still points at the
writer's own character; findings quote and locate the text as written. Simplified text passes
through unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


# Characters common in Traditional report text and never used in Simplified: a string with none of
# them is read as it is, so a Simplified report never pays for loading OpenCC's dictionaries.
_TRADITIONAL = re.compile("[萬億個時噸與為這們來說對從會產業務國際發展員環報質數據總計錢點開關門電農鄉區縣學習義顧護醫療"
                          "達過約餘將較於後實現節能減碳廢棄處體營運購買賣貸銀資額戶場檢測輸險稅準歲職練廠氣熱風網車輛"
                          "項書樓灣勞動傷亡參訓團覽經濟齡級獲獎認證標統響應優價費寬長門類單雙災貧幫扶無齊應該專條"
                          "訊聯絡視頻圖畫廣東廣場莊鄰壓廳鐘歷週價値]")


@lru_cache(maxsize=16384)
def reading(text: str) -> str:
    """`text` in Simplified characters, same length (else `text` itself)."""
    if text.isascii() or not _TRADITIONAL.search(text):
        return text
    folded = _converter().convert(text)
    return folded if len(folded) == len(text) else text
