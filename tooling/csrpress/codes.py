"""The catalogue of finding codes: id -> name, default severity and What / Why / Example / Fix.

Codes are stable: a code, once released, keeps its meaning. Families: L load, S structure,
N numbers and facts, T translation, K ESG index, R render, D data import.
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
        Code("L005", "file-encoding", E, "A content file is not UTF-8 text, or an escape in it (\\ud800) makes half a character.", "Chinese text must be read exactly as written.",
             "a file saved as GBK, a binary file, or \"\\ud83d\\ude00\" (write \"\\U0001F600\" or the character itself)", "Save the file as UTF-8; write characters whole."),
        Code("L006", "duplicate-key", E, "The same key appears twice in one mapping.", "YAML keeps only the last value, silently.",
             "title: {zh: a}\\ntitle: {zh: b}", "Remove or rename one of the keys."),
        Code("L007", "repeated-chapter", E, "The manifest lists the same chapter file twice, or an include loops.", "The chapter would print twice.",
             "chapters: [a.yaml, a.yaml]", "List each file once."),
        Code("L008", "outside-project", E, "A content file or folder is a symlink whose real path leaves the project.",
             "A project travels (git carries symlinks): a link could print any file of the build machine into the PDF.",
             "content/chapters/02.yaml -> /home/someone/notes.yaml", "Replace the symlink with the file itself, inside content/."),
        Code("L009", "invisible-character", E, "Text holds an invisible formatting or control character (bidi override or isolate, zero-width space or joiner, mark, BOM, escape).",
             "It changes what prints without being seen: U+202E makes 677 print as 776 while the figure checks read 677.",
             "zh: \"\\u202e677\\u202c家\"", "Delete the character (retype the text around it if your editor hides it)."),
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
        Code("S109", "raw-markdown", W, "Markdown that would print as typed: a footnote call `[^1]` without its note `[^1]: ...`, a note never called, strikethrough `~~`, an HTML tag (in text, titles, captions and table cells); a note in a chapter or section title; Markdown in a table cell written as a plain string.",
             "The reader would see the brackets, tildes or tags; a note never called silently drops out.", "text: 见附注[^2]。   # no [^2]: line",
             "Write the note as its own paragraph of the same text ([^2]: ...), or remove what the format does not read."),
        Code("S110", "carried-over", E, "Left over from last year's report (csrpress init --from): a metric whose value is still TODO (an error: a release refuses it); a metric label naming another year than its period, a title, heading or caption naming only the year before the report's, a sentence stating this year's figure that names only last year, or last year's reporting period written in the text (warnings).",
             "Last year's text would print as this year's, or a placeholder would print.", "value: \"TODO\"; title: {zh: 2024年环境数据} in the 2025 report",
             "Write this year's figure; move the label or heading on to the report's year."),
        Code("S111", "font-not-installed", E, "A font family named in report.yaml (design.fonts) is not installed on this machine (fontconfig does not know it).",
             "The renderer would silently print the next font in the list: the PDF goes out in a face nobody chose.",
             "design: {fonts: {serif: Source Han Serif SC}}  # not installed", "Install the font (fc-list : family lists the installed ones), or remove the setting to keep the default Noto face."),
        Code("S112", "text-cut-by-comment", W, "An unquoted value with ` #` in it (`en: We ranked #1 in the index`): YAML reads the rest of the line as a comment, so the text stops before it.",
             "The sentence prints cut short, without a word of warning from YAML.", "en: We ranked #1 in the index   # prints \"We ranked\"",
             "Quote the whole value: en: \"We ranked #1 in the index\". A comment of your own: two spaces and `# ` before it."),
        Code("N201", "figure-conflict", E, "A figure typed in the text disagrees with the metric it states: their intervals do not overlap. A figure whose clause names nothing but the noun of a metric's label (全集团6,835名护士 for the row 护士（人）), opening its sentence, states that metric however short the noun. A round figure's trailing zeros may be rounding (680万 may be 6,812,000), except in a whole count below a hundred (10起 is ten, not twelve), after a decimal point (30.0小时 is not 31.2) and in a declared figure, a metric's value or a table cell typed as a figure (a metric of 1,000人 is 1,000: 1,200人 in the text disagrees with it, 约1,000人, 1,000余人 and 近1,000人 hold it): those zeros are digits. A sentence that opens with how a figure is broken down (按地区划分，香港员工流失率为34.8%…) states each group's figure, a part as after 其中, never the whole's. A figure after 每 and an amount of money (排放强度为每百万港元收入5.72公吨二氧化碳当量) is counted per that amount, the metric's 吨二氧化碳当量/百万港元 (公吨, Hong Kong's 吨, as 吨). Water counted in 吨 is counted in 立方米 (a tonne of water is a cubic metre) when water is what the figure counts (用水量198.7万吨 against 用水量1,987万立方米), not a pollutant's mass in it (废水COD排放量). A figure of the report year that is, digit for digit (three significant digits or more), the year before's value of the series its subject names while the year's value differs (全集团共有5,326名学生获得奖助学金 where the table gives 5,326 for the year before and 5,912 for the year) is last year's figure carried over. A figure of an ESG index answer is shown beside the statements of the sections its item refers to (refs), where the index sends the reader, before those of other chapters; a section number an index answer cites (数据中心平均PUE（3.2）, （6.1至6.3）) is no figure.",
             "A reader sees two different values for one fact; this is the error that reaches print unnoticed.",
             "共有677万人次参与捐款   # the 99 Giving Day table says 670万", "Correct the text or the metric; if the figure states another fact, write {=none} after it."),
        Code("N202", "rounding-variant", W, "A figure agrees with its metric only after rounding or truncating one to the other's printed precision, or is more exact than a round metric and rounds to it at the metric's first two significant digits (5,012万元 in the text, a metric of 5,000万元): a declared figure's zeros are digits, but the metric may itself be the figure rounded (N213 when the round figure is a table cell typed by hand).",
             "Readers comparing the two places see slightly different numbers.", "投入1.99亿元   # the metric is 1.9999亿元",
             "Print the metric's precision, or reference it with {m:id}."),
        Code("N203", "approximation-excludes", W, "An approximate figure (多, 余, 超过, 近, 约, more than...) whose range excludes the metric's value, or a close figure stated for the same counted thing (two rates of different names, 回收率 and 利用率, are two things); an error (N201/N212) when a statement of the figure reads as the same fact (成为 names nothing counted: 近2,400名员工注册成为志愿者 counts 注册志愿者; 在三个国家 says where, not what is counted; 境内外 and 国内外, at home and abroad, are everywhere the company is: 十余座矿山 counts the mines of 在境内外运营矿山9座). A close figure agreeing with the bound confirms it, unless that figure is itself a slip of the metric (48,630 where the table has 48,360) and the bound excludes the metric. One head noun at both figures (近2,900名师生义工, 注册义工2,936名: 义工) counts one thing under other modifiers: a warning.",
             "The approximation is wrong, not just loose.", "由2万多名...构成的团队   # 38,775 employees is not 2万多",
             "Correct the approximation (3万多, 近4万) or link it to the right metric."),
        Code("N204", "metric-redeclared", E, "The same metric id is declared twice with different values.", "Which one prints depends on reading order.",
             "two `- id: staff.total` with 38,775 and 38,755", "Keep one declaration, or give the other figure its own id."),
        Code("N205", "derived-claim", E, "A ratio, growth or share claim (达到X年的N倍, 同比提高N倍, 同比增长N%, 占…的N%) disagrees with the metrics it compares (增至X年的N倍, grown to N times, is a ratio as 是…的N倍 is; a qualifier before the year compared with, 约为2022年的1.5倍, qualifies the multiple, never a count of 2022 years; a multiple in a Chinese digit after what compares, 为2023年的两倍, is read as 2倍, while 提高一倍 and 倍增 are idioms left alone); a base stated after 较 and its year, right before the verb (B，较2022年的A提高N倍), is the base of the figure before it; a multiple with no figure before it (“…较2022年提高N倍”) is of the report year's metric its clause names, compared with the last year before the multiple (2024年发电量是2022年的1.6倍: 2022), a share only when the clause names one (占比, 比例, 率), or, when the words alone do not tell, of the one such metric counted in the unit whose number the clause names (捐赠份数: the row in 份, not its weight in 公斤); a figure before it whose subject is not found (named before a colon) is taken as the one metric of its year that prints its value, and that series gives the earlier year; an amount named by its verb alone (使用量是2023年的N倍) is the sentence's figure whose clause has that verb, and a figure that prints a metric's digits at another scale (a 万 slip, N201) is recomputed from that metric's series. A sentence naming both values (“B，是2022年A的N倍”, “B，为当地最低工资A的N倍”: the base after a year or the noun naming it) is checked on them; a multiple with no year right after a clause that rose to a figure (“启动时仅有420家，2024年增至1,386家，增长3.3倍”) is the rise from the sentence's one earlier figure in that unit. A multiple between the old value and 至 (由2022年的1,350人次提高2倍至2024年的2,700人次) compares the value after 至 with the old one. A year compared with in a clause of its own opening the sentence (与2022年相比，X提高3.7倍) is the base year of the multiple.",
             "A derived figure is as checkable as a stated one.", "参与人次同比提高3.3倍   # 670万 / 205万 = ×3.27: an increase of 2.27 times",
             "Correct the claim, or word it as the reading the figures support (是…的N倍 is a ratio, 提高N倍 an increase)."),
        Code("N206", "formula", E, "A metric that declares a formula does not equal it within its printed precision.",
             "Totals, ratios and growth rates must follow from the figures they are computed from.",
             "formula: a.2016 / a.2015   # value 2.5, computes 2.38", "Correct the value or the figures; write the formula with + - * / ( )."),
        Code("N207", "table-total", E, "A total row (合计, 总计, Total) is not the sum of the rows above it (at least two: a 总数 row under a single row of its unit, 客房总数 under the number of hotels, names an indicator of its own).",
             "Totals are where arithmetic slips show first.", "合计 | 100  under rows 40, 50", "Correct the total or the rows."),
        Code("N208", "shares-sum", W, "A column of shares (占比, %) does not add up to 100%; or the shares a breakdown lists in the text (按材质划分，纸质包装占62.4%、塑料包装占21.3%、可降解材料占18.7%) add up to more than 100% beyond their printed rounding, or to less with the rest (其他) listed last. Not reported when each share is its row's count over the whole the table's total row states (女性董事 4, 33.3% and 独立非执行董事 5, 41.7% under 董事总数 12) and the counts do not make that whole: the rows are groups of it, not a breakdown.", "Shares of one whole must cover it exactly.",
             "占比: 40%, 50%", "Correct a share or add the missing category (其他)."),
        Code("N209", "edition-figure-mismatch", E, "A figure in the Chinese text has no figure of the same value in the English translation (an ordinal, 第300万辆, is matched by the English ordinal, \"the 3 millionth\"; a month·day name of a day, “3·15”, states no figure; a figure restated in another unit of its quantity, 158,260兆瓦时 as 158.3 GWh, is matched once converted; a qualified figure keeps its number in translation, 逾3.6万 as \"more than 36,000\", so two qualified figures match only when their numbers do, and an open bound, \"more than 2 million\", matches no plain figure over twice its number). An English change that goes the other way than the Chinese change of the same value (按年下降2.7% as \"rose 2.7%\") is N209 too, and so is a small count typed in digits (其中独立非执行董事4名) whose English has neither its digit nor a word for it (four, fourth, twice, both). 24小时 and 365天 are a whole day and a whole year: English may say them as \"round-the-clock\" or \"year-round\". 万 and 亿 written alone as a unit (（亿千瓦时）, 单位：万元) may be translated as a number, \"(100 million kWh)\", \"RMB 10,000\": no English figure of its own. A year the Chinese dates an event by (2011年在上交所上市) that the English does not write, while the English dates by a year the Chinese never writes (\"listed in 2012\"), is N209 too; a year only dropped or only added is not; so is a day written without its year (11月6日) that the English names as another day (\"On 6 October\"), a span read as its first day.",
             "The two editions must report the same facts.", "zh: 677万人次 / en: 6.70 million donations", "Translate the figure with its value and precision."),
        Code("N211", "date-conflict", W, "A figure's sentence dates it outside the period of the metric it states.",
             "The same event printed with two dates.", "2016年9月8日至10日，677万人次…   # the metric is for 2016-09-07/2016-09-09",
             "Correct the date in the text or the metric's period."),
        Code("N212", "same-fact-conflict", E, "Two statements of what reads as the same fact disagree: the same subject words, unit and period, values whose intervals do not overlap (typed in the text, a table or the ESG index, with or without a metric). A share (女性员工占比45.2%, 女性员工5,580人，占员工总数的47.2%) is compared by its part, named in its clause or the one before, and the whole it names: two parts of one whole, or a share among a part (一线员工中女性占比), are other facts. Transposed digits or a slip of scale make one shared word enough, except for two-digit figures each other's reverse (12 and 21), which many unrelated counts are. A clause that opens with a verb of reach (覆盖, 遍布: \"超充站1,150座，覆盖全国218个城市\") counts what the clause before reaches. After \"there are\" (已有, 共有) the words following the counted noun say which of them are counted (已有29条生产线完成改造 / 已有14条生产线具备处置能力): one noun doing two different things is two facts. A deadline followed by its target in one clause (2030年前实现碳中和) dates that target only, not the figures of later clauses. A quantity avoided, reduced or saved (减少二氧化碳排放1,260吨, 温室气体减排, 节省用水, 避免排放; the verb before the figure in its clause, or in a metric's label) is another fact than the quantity itself, however alike their words and digits; 减少至 (reduced to) gives the quantity's own new value. Running totals (累计) differ freely (they count from starts seldom named), except two of nearly one subject and one period, within 50 %, neither naming a start (自2015年以来): one total to one day. An agreeing statement looser than the figure (约62小时 beside 65.1小时) neither confirms nor disputes it: the figure is still weighed against the statements that could settle it. 总重 and 总重量 are 重量 (总 only says in all). A capacity is a rate: 日 or 年 before its noun (设计日处理能力1,200吨, 年经营规模四十六万八千吨) reads it per day or per year, as 1,200吨/日 and 48.6万吨/年 print it, and a capacity clause naming no holder of its own is of what the clause before names (危险废物处置项目12个，年经营规模…). The same number printed in two units of one dimension a power of ten apart, counting one noun (发电48.6万千瓦时 and a caption's 发电48.6兆瓦时), is a unit changed while copying, though the clauses share little; below 35 % alike, a slip of digits or scale needs the counted noun of one to be named by the other (招收新生4,153名 and 职业院校毕业生人数 4,135 share whose, not what). One digit left out (38家 for 386家) is a slip like transposed digits, reported when the subjects are as alike as a plain disagreement needs. Two counts of the company's whole stock of one noun (全部188间分店, 本集团控股及参股码头18个, the row 分店数目; 旗下 where the company acts at them: 在集团旗下21个码头) are one fact per date, whatever else their sentences say; a noun right before the word of the whole names a part (香港全部128间分店), and 旗下 before the subject of a verb may count some (集团旗下15个码头获评…). A bare indicator whose clause names nothing but its rate (我们把事故率降到了0.112) states the rate the text qualifies (每亿车公里事故率为0.102). A standard's or a framework's number (ISO 50001, GB/T 24001-2016, OHSAS 18001, GRI 305-1) is part of its name, never a figure. A parenthesis naming one attribute of the noun before it (屋顶光伏电站（装机容量68兆瓦）) states it of that noun; a clause of one word before a measured quantity goes on about what the clause before it names (装机96兆瓦，全年发电10,560万千瓦时); the share of “近四成的电力来自绿电” is of both 电力 and 绿电; the company's short name and 人 (晶曜人) are its employees; 范围一 and 范围二 are two facts (范围1, 范围2 name them too: the digit is no figure), and a tonne of CO2e is a greenhouse gas whether or not 温室气体 is written.",
             "A reader who meets both figures cannot tell which is right; a slip of 万/亿 or transposed digits is the costliest error a report can print.",
             "本行在境内设有612个营业网点 … 在全辖621个营业网点设立消费者权益保护专区", "Correct the wrong one. If the two are different facts, name each distinctly (其中, 累计, 境内 ...)."),
        Code("N213", "same-fact-truncated", W, "Two statements of the same fact differ only because one was cut off instead of rounded (1,218亿元 for 1,218.9亿元; 61万 for 61.5万, which rounds to 62万 whether halves go up or to the even digit). Halves round up, as readers of a report round (四舍五入): 23.8万吨 for 23.85万吨 is reported too, with a note that it is the half rounded to the even digit, which GB/T 8170 allows for measured data.",
             "Readers take it for a different figure; rounding would have given the next digit.", "普惠型小微企业贷款余额1,218亿元 vs 1,218.9亿元 in the table",
             "Print the rounded value (1,219亿元) or the full one."),
        Code("N214", "change-recomputed", E, "A change (a 变化/同比/Change column of a table, 同比增长/较上年下降 N% or 比上年多了/少了 N件 in the text, or rose/fell N% in the English; 缩短/延长/压缩/缩减, a duration's change, as 减少/增加) disagrees with the two values it is computed from: growth = (new - old) / old, 个百分点 = new % - old %. A change right after a figure, with no subject of its own (“捐赠图书120吨，同比增长25%”), is that figure's change: a series in another unit is not recomputed for it. A change standing alone in the sentence after such a figure (“全年接载乘客4.21亿人次。乘客量按年上升3.8%”) is that figure's change when the figure prints a metric of exactly the subject the change names. A change printed beside a rounded figure (危险废物1.12万吨，同比下降6.1%) is also recomputed from the report's more exact statement of that figure for the year (11,235吨): wrong only if neither gives it. 新增 N (added in the year) is recomputed as this year's minus last year's row of the stock it adds to (新增5G基站 against the row 5G基站; 新增投运项目 against 在运项目: 新增 and the verb of commissioning, 投运/投产/建成/开业, name no part of the stock; whole counts such as 28座 are exact, not rounded); 新增 may count gross additions, so a gap is a warning and only a digit slip an error. 与2023年相比 (与/和/同…相比), even closed by a comma before the subject, names the year compared with as 较2023年 does. A change said of an amount (塑胶包装用量按年减少…) is never recomputed from the share or rate row of the same noun (塑胶包装占比); neither is it under N223. A table's caption names the table, not each row: a change is never recomputed from a row whose own label names another subject (社区投资同比增长… against the row 义工服务时数 of a table captioned 社区投资). A school or financial year that starts in the report year (2024/25学年) is the year's own, not a target's. 个百分点 right after a rate of the year, a share too (女性管理人员占比28.5%，较上年提升2.8个百分点), are that rate's change when nothing else names the series. A change standing alone after a figure that prints no metric is measured against the year before where another sentence states both years of that figure (完成集装箱运量1,286.4万标准箱，较2023年的1,172.5万标准箱增长9.7%); a line that ends with a comma (，、) goes on in the next line, one sentence.",
             "A reader recomputes a change from the table next to it; a wrong one discredits both.", "表2-1 涉农贷款余额 1,475.3 → 1,612.8 with 变化 +3.9% (it is +9.3%)",
             "Correct the change, or the values; for percentages say 个百分点 (pp) when you mean the difference."),
        Code("N215", "event-date-conflict", E, "Two dates for what reads as the same event: their sentences name it with the same words (a title in 《》 or “”, or two words), the days differ. A facility put into use is one event however it is worded (启用, 投入使用, 投入运作, 投运). A ceremony (仪式, 典礼) is dated by the event it marks, and a QR code's caption names its event without its call to action (扫一扫 观看). A document is published once under its title (发布《碳中和行动路线图》): two years for it are one event dated twice, unless its title recurs (报告, 年报, 白皮书) or carries its year or edition. A target is dated by its deadline (力争2028年前实现运营碳达峰): the same target (the words after the verb, two or more: 运营碳达峰, not 碳中和 alone) given another deadline elsewhere is dated twice; a target that is a quantity (2030年前排放减少50%) is left to the figure checks. A status attained once (入选…名录/名单, 通过…评审/验收/认定/认证) by one named thing (the same words before the verb, two or more or one of three characters: not 项目 alone) is one event in two years when the words naming the status in one are all in the other's (入选首批国家级绿色矿山名录 and 入选国家级绿色矿山名录) with the same codes and numbers (ISO 14001 is not ISO 45001) and two months are one month; not when either says it again (复审, 再次, 连续, 年度). A milestone dated by its year alone (2019年，…入选…) is an event of that year, compared with other years only so. The first of one thing (首部, 首班, 第一座) on two days at most a week apart (or a digit apart) is one event when both clauses name it by the same three words in a row (氢能双层巴士) and share what it did (载客), even in a trial that lasts (为期一年).",
             "An event has one date; a reader who meets both cannot tell which is right.", "2024年4月22日，我们发布《…行动方案》 … 2024年4月12日，本行正式发布《…行动方案》",
             "Correct the wrong date; if they are two events, name each distinctly."),
        Code("N216", "start-year-conflict", E, "Two start years for what reads as the same thing: 自2016年起 vs 自2017年…以来, a milestone \"2019年，启动…\" (and \"同年设立…\" after it, the year its sentence named), or 连续N年 (and 连续第N年, the Nth year running, or with its verb before the count: 连续实施7年, 连续开展的第10年) counted back from the report year; a pairing (2015年，…与青石村结对) starts the help since (对口帮扶青石村: 结对 reads as 帮扶). A quoted name shared by both (“光明行”, three characters or more), or quoted in one and written plainly in the other (「惜福堂」 and 与惜福堂合作), makes them one programme's start, and so does one subject of four characters or more written the same way right before the year or the run in both clauses (青苗奖学金自2010年起颁发 … 青苗奖学金连续八年支持…), unless it is only the company (公司, 集团) or the run is of an award (连续三年获评…).",
             "How long a programme has run is a claim readers repeat; two start years undermine both.", "本行自2016年起定点帮扶青峪县 … 自2017年与青峪县结对帮扶以来",
             "Correct the start year, or 连续N年 (it counts the report year)."),
        Code("N217", "share-recomputed", E, "A share (占…的N%, 占比N%) disagrees with its part divided by its whole: the part is the figure before it in its sentence, the whole the figure before 其中 there (or before 中 and a comma: 运营船队142艘中，LNG双燃料船舶24艘，占比18.9%), or, for a sentence that opens with 其中 (…产生飞灰42.18万吨。其中填埋的飞灰31.62万吨，占比75.0%), the last figure of the part's unit and subject in the sentence before (also when the share names the whole in other words that share one of its subject's: 董事会由13名董事组成，其中… 占董事会成员的35.7%), or the statement of the whole it names (员工总数, 各项贷款余额) elsewhere in the report (a whole named as all of the part's own kind, 学生访客…占访客总数的31.2%, is the one value the period's statements of that kind give, whatever verb or topic they add, 接待访客18.6万人次; not a count of those who did something: 全年有1,380名员工参与志愿服务 is not the workforce; a part listed after 其中 is of the whole before it: 总保费收入…，其中…财产保险873.6亿元 states 财险保费收入; a declared metric is preferred unless a statement names the whole much better); a bare 占比, or one that names its part again (女性员工5,000人，女性员工占比45.2%), is of the part's kind without its modifier (员工), a warning; a whole found by its words is not taken when another statement named almost as well gives the share (占全年销量的1.5%: 整车销量, not a bare 销量 of one kind). A share that names its part right after an approximate figure (两千七百余人，飞行员占员工总数的15.7%) is of the one exact statement of that part (the table's 飞行员 2,946): it is recomputed from that, and the approximate figure is reported when it does not hold it. \"A占B的N%\" with neither figure in its sentence takes the one statement named exactly B and the one named A (a warning); A of one word only when a metric is labelled by it alone (医生（人）). A share naming its part and whole with no figure in its sentence (A占B的N%) is a warning when each is stated elsewhere in exactly its words, or the part as the one table row that spells it out in more words (长者优惠乘客人次: the row 长者两元乘车优惠乘客人次). A value's share of its limit (颗粒物排放均值3.2mg/Nm³，仅为国家标准限值的8%) is the value over the limit its table gives: the one column headed by every word the share gives the limit (国家标准限值), on the one row naming the value's subject with the value's unit in brackets (颗粒物（mg/Nm³）).",
             "A share that does not follow from the report's own figures, or implies another whole than the report states, is a wrong figure either way.",
             "35岁以下员工11,240人，占员工总数的48.6% with 员工总数 24,637人 (it is 45.6%; 48.6% would make the whole 23,128人)",
             "Correct the share, the part or the whole."),
        Code("N219", "points-as-percent", E, "A change of two percentages is written in % although it is their difference, which is in 个百分点 (percentage points).",
             "“下降0.45%” for 4.37% → 3.92% tells a reader the rate fell by a 200th of itself; it fell by 0.45 percentage points (10.3%).",
             "不良贷款率由4.37%降至3.92%，下降0.45%", "Write 个百分点 / percentage points for a difference of percentages, or give the relative change."),
        Code("N218", "overall-average", E, "An overall average lies outside the averages of its groups, is printed as their sum, or (in the text, with the groups' headcounts stated) is not their average weighted by those headcounts: a table's total row (or rate), or 人均/平均 of a whole and of its groups in one sentence (groups that divide it: complements such as 男性/女性 or X/非X, or a list closed by 其他/其余), or a table's pair of such groups against a row of the whole (全体员工) and the text's overall average of that measure.",
             "An average of groups always lies between the lowest and the highest group; a sum of averages is no average at all.",
             "人均培训时长: 男 52.3, 女 48.1, 合计 100.4 (the sum) or 合计 47.0 (below both)", "Compute the overall average from the totals (or weighted by the groups' sizes)."),
        Code("N220", "sum-recomputed", E, "A sum stated after its parts in one sentence (合计, 合共, 共计, 总计; in total, a total of) is not the parts added up, within their printed rounding (a figure before 其中 / 当中 is the whole the parts divide, not a part). Subsets named along different ways of dividing the whole (其中女性1,298人、境内员工6,615人: by sex, by place) overlap and are not added up. A breakdown (按地区划分，…) whose list ends with the rest (其他, 其余) states every part of one whole: its parts must add up to the whole its first part's subject is stated with elsewhere (a declared metric first), less that part's own name.",
             "A reader adds the figures in front of them; a total that does not add up discredits every figure in the sentence.",
             "范围一排放17.05万吨、范围二排放23.71万吨，合计41.76万吨", "Correct the sum or a part; if the sum has parts not named, say so (其中, 等)."),
        Code("N221", "average-recomputed", E, "A per-head average (人均, 每名员工, or 平均 after the group it is taken over: 志愿者平均服务时长, or before 每名 and the group: 平均每名学生获赠…) or an intensity (吨/万元, 千瓦时/台, …/万吨, 每万元营业收入…吨) disagrees with the total divided by the count, both stated in the report for the same period: the total is named in the average's sentence (or by its unit: 吨二氧化碳当量 names the greenhouse-gas emissions, per head as per RMB: 人均排放0.75吨二氧化碳当量) (a table row of the average's chapter by its label), the count is the whole group's headcount or the base its unit names. An intensity that names no scope divides the greenhouse-gas total, which a table row naming scopes 1 and 2 states (温室气体排放总量（范围一及范围二）). Within 5% for a per-head average (it may be taken over the year's mean headcount), within 1% for an intensity (its base may be stated another way), it is a warning. Of headcounts that disagree, the one the report states most often is divided by (the other is a slip of its own). An approximate total in the average's sentence (人均48小时，合计约7.6万小时) must be the average times the count, rounded to its last digit: more than one step off is an error at the total. An average over items (平均每个项目, 每宗, 每家…) whose sentence states its total and the count of those items (安全投入3.86亿港元，按87个在建项目计算，平均每个项目约…) must be the total over the count, within its printed rounding (约: 10%); the count names its items after its classifier (87个在建项目) or before its figure (录得工伤46宗), and 个工作日 counts days. A daily average of the whole year (全年日均载客约125万人次, 2024年日均…; not 春运期间, 工作日, 上半年 or any part of the year) is the year's one statement of the same count (乘客人次（亿人次）, the average's noun and no other) over the year's days, 366 in a leap year: below that is an error (fewer days cannot give it), above it a warning naming the days it implies (days of operation), unless they are a five-day week's working days (240-262); half or twice the quotient or further, it is of something else (a balance, a unit's own) and nothing is said; 约 allows the rounding of its last digit. A count after 新增/净增加/减少 (净增加分店14间) is the year's change of a stock, never the count an average divides by. A clause of 人均 and its figure alone (注册志愿者1,846名，累计志愿服务2.2万小时，人均约15小时) averages the figure of its unit right before it over the one headcount its sentence states; with two headcounts in the sentence nothing is said. 人均 and a verb that names nothing (人均服务9.8小时) is as bare as 人均 alone.",
             "A reader divides the two figures printed a page apart; an average that does not follow from them discredits all three.",
             "员工培训总时长1.5万小时，人均培训时长45.0小时   # 300 employees: 50.0 hours",
             "Correct the average, the total or the count; if it is computed over another count (mean headcount, another revenue), say which."),
        Code("N222", "sum-of-stated-parts", E, "A sum (合计, 共计, 总计, 累计) whose parts its sentence names but states elsewhere is not those parts added up, within their printed rounding: a span of years (近三年累计…, 2022-2024年合计…) against the subject's statement for each year, or named parts (水电、光伏和风电合计…) against each part's one statement for the period (a declared metric first, else the one table row the sentence names, typed cells included). Rows of the parts' names alike but for one word the sentence says otherwise (越南、柬埔寨两国工厂员工合计… and the rows 越南基地员工, 柬埔寨基地员工) are a warning naming the two words.",
             "A reader finds the parts in the table a page away and adds them; a sum that does not add up discredits the table and the text.",
             "范围一和范围二排放合计41.76万吨   # the table: 范围一 17.05万吨, 范围二 23.71万吨 (40.76万吨)",
             "Correct the sum or the part that is wrong; if the sum counts something else (another period, more parts), say so in its words."),
        Code("N223", "table-change-recomputed", E, "A growth or decline in the text (同比增长/较上年下降/较2022年提高 N% or N个百分点; Hong Kong writes 按年 for 同比) disagrees with the table row that holds both years' values, typed in the cells or printed by metrics: the one row named in the sentence whose report-year cell states the figure the change follows (an intensity's value may be written with its numerator's unit alone: 每乘客公里碳排放…42.6克), else the one row whose report-year cell holds that figure when it has three significant digits or more and no other row holds it (团队扩大至1,862人，按年增长5.7% is the change of 员工总数; a share before points: 占比为36.9%，较上年提升1.2个百分点), else the one row whose label the words before the change write, and nothing more specific (营业收入中海外收入 is not 营业收入), else the one intensity row (a unit per unit) whose noun the change's own clause names after 单位 (单位周转量油耗 is the row 百吨公里油耗 in 千克/百吨公里), else the total row (合计) of a table whose rows above it the change's own clause all names (范围一和范围二排放总量同比下降 is the 合计 under 范围一排放 and 范围二排放), else the one row whose label's words are the whole noun right before the change, however much the sentence says around it (业务的恢复有目共睹，全年访客人次同比增长… is the row 访客人次（万人次）). A difference of two percentages written in % is reported as N219; a change N214 already reports is left to it.",
             "Writers compute a change from the table's columns and the table is then corrected, or the reverse; the reader sees both and trusts neither.",
             "用水量同比增长15.0%   # 表1 用水量（万吨）: 2023年 52.4, 2024年 58.7 (+12.0%)",
             "Correct the change or the table cell it was computed from."),
        Code("N224", "conversion-mismatch", E, "A figure restated in another unit right beside it (in parentheses, optionally after 约/即/合/折合/相当于, about, or; or after ，折合/相当于/即) is not the same quantity: converted with the units library, the two disagree beyond the rounding each printed (约4,200亩 is rounded to hundreds). Physical units only (area, energy, mass, volume, length, time); 吨标准煤 converts to 吉焦/兆焦 at 29.3076 GJ/tce (GB/T 2589), never to kWh (agreeing only at the older 29.27 GJ/tce is a warning); counts and units with no known factor are left alone, and money is converted only at an exchange rate the report states (1港元兑1.03澳门元, HK$1 = MOP 1.03: “7,640万澳门元（约合7,870万港元）” is 7,417.5万港元), within the rounding of both amounts and of the rate as printed; a pair of currencies stated at two rates is left alone. A rate restated per ten, hundred, thousand or ten thousand of the same denominator (每公里0.589升，即每百公里58.9升) is that many times the rate.",
             "A conversion is arithmetic a reader can redo; a wrong one makes both figures suspect.",
             "新增复垦土地281公顷（约4,125亩）   # 281公顷 is 4,215亩",
             "Correct the converted figure or the one it converts; if the parenthesis states another thing, say so in words."),
        Code("N225", "run-of-years-broken", E, "A run of years without an event (连续三年零死亡, 连续五年未发生重大安全事故, 自2023年起未录得因工死亡个案) is broken: a count above zero of that event in one of its years (a table row or a sentence: 2022年因工死亡1人), or another statement of the run that starts it in another year. 连续N年 ends in the report year. The event is read from the words after 零/未发生 (or before 零事故); a run and a count of different groups (员工, 承包商) are left alone, and a count of a group the run does not name is a warning.",
             "Safety records are quoted in the letter, the highlights and the safety chapter; a run that the report's own table breaks is the claim a reader remembers.",
             "公司连续三年实现零死亡   # 表4-3 因工死亡人数: 2022年 1人",
             "Correct the number of years (连续N年 counts the report year), the start year, or the count."),
        Code("N210", "period-outside-report", I, "A metric's period lies outside the report's time range.",
             "Usually a historical or forward-looking figure; sometimes a wrong year.", 'period: "2011"  # report 2015-2016',
             "Check the period; nothing to do for a deliberate historical figure."),
        Code("S108", "section-numbering", W, "Numbered sections do not follow their chapter's number in order.",
             "Readers and the TOC rely on the numbering.", "2.1, 2.3 (2.2 missing) or 3.1 inside chapter 02", "Renumber in reading order."),
        Code("T301", "missing-translation", W, "A user-facing string has zh but no en.", "The English edition would print Chinese there.",
             "title: {zh: 网络捐款平台}", "Add the en translation."),
        Code("T302", "translation-outdated", W, "An English string, or a per-string zh-Hant override, whose Chinese source changed since it was translated (recorded in content/translations.lock.yaml by `csrpress translate import` or `confirm`); the message shows the change. Also a phrase of content/zh-Hant-overrides.yaml (zh-Hans-overrides.yaml with script: hant) that no Chinese of the report holds any more.",
             "The English edition would silently say last month's thing.",
             "zh: 超过100万家 -> 超过120万家 after the English \"more than 1 million\" was imported",
             "Update `en:` or `zh-Hant:` (or `csrpress translate export [--to zh-Hant] --only stale` for the agency); if it still fits, `csrpress translate confirm FILE:LINE`; a phrase override: write the phrase as the Chinese reads now, or delete it."),
        Code("T303", "translation-code-broken", E, "`csrpress translate import`: a unit of the XLIFF file lost, repeated, added or altered a protected code ({m:...}, {=...}, Markdown emphasis or link, a paragraph break, list or heading mark), or no longer matches a string of the content.",
             "The English would print a wrong figure, a broken link or raw Markdown; nothing is written until every unit is good.",
             "<target>more than 1 million stores</target> for a source with <ph id=\"1\" disp=\"{m:wechat-pay.stores}\"/>",
             "In the CAT tool, copy the source's tags into the target and keep each exactly once; export again if the content moved."),
        Code("T304", "translation-figure-mismatch", E, "`csrpress translate import`: a figure of the Chinese has no figure of the same value in the English target (the N209 comparison, scale words normalised: 677万 = 6.77 million).",
             "A translator's slip in a figure is a wrong figure in the English edition.",
             "zh: 677万人次; en: 6.7 million donations",
             "Correct the figure in the CAT tool; if the English rightly words it differently, import with --accept-figures."),
        Code("T305", "override-for-the-authored-script", W, "A string has a per-string override for the script the writer types: `zh-Hant:` in a report with `script: hant`, or `zh-Hans:` in a Simplified one.",
             "No edition prints it: the edition of the authored script prints `zh:` as typed, so the text is silently lost.",
             "script: hant ... title: {zh: 環境保護, zh-Hant: 環境保育}",
             "Put the text in `zh:`; the override key of the other script (`zh-Hans:` with script: hant, `zh-Hant:` otherwise) words one string of the converted edition."),
        Code("T306", "wrong-script", W, "Chinese typed in the other script than the manifest's `script` says: Traditional characters in a Simplified report, or Simplified ones in a report with `script: hant` (many such strings: one finding at content/report.yaml).",
             "A Traditional report without `script: hant` prints Traditional in its Simplified edition and converts it twice for zh-Hant; a Simplified character in a Traditional report is printed as OpenCC converts it, which may not be the character meant.",
             "script: hant ... zh: 本集团总耗水量为12.5萬立方米",
             "Type the characters in the report's script; a report written in Traditional says `script: hant` in content/report.yaml."),
        Code("K401", "esg-missing-item", E, "An item of the selected framework is not in the ESG index (GRI topic standards: only for a topic the index reports, as a warning; a topic left out wholly is not material).", "The index must cover the whole guide.",
             "framework hkex-esg-2015 without B3.2", "Add the item with its status."),
        Code("K402", "esg-unknown-item", E, "An ESG index item id is not in the framework.", "It cannot be given a title or a place.",
             "id: A4.1 in a 2015 index", "Use an id of the framework's catalogue."),
        Code("K403", "esg-unknown-framework", E, "The ESG index names a framework that is not shipped.", "Titles and order come from the catalogue.",
             "framework: hkex-2015", "Use one of: csrpress frameworks (e.g. hkex-esg-2015)."),
        Code("K404", "esg-answer-missing", W, "An item marked answered has no answer and no reference.", "The reader finds nothing.",
             "- {id: B1, status: answered}", "Add the answer text or refs to the section that answers it."),
        Code("K405", "esg-not-disclosed-but-stated", W, "An ESG item marked not disclosed while the report states that figure elsewhere: a figure in the unit the item asks whose subject the item's title names (mostly, or by the head noun before the figure: 快递包装材料860吨 gives 包装材料), an intensity asked only “如适用” left aside; HKEX A1.4's non-hazardous waste is also read as 一般固体废物 or a builder's 建筑废物 / 拆建物料, A2.1's energy as purchased electricity (外购电力). The figure quoted is the first that gives it best, or the declared metric when that first one is the metric mistyped (186.2万 for the table's 1,862万).",
             "The index under-reports what the report discloses.", "B3.2 '/' while B3 says 平均内部培训时数为26.1小时",
             "Mark the item answered and point to where the figure is, or explain the omission."),
        Code("K407", "esg-none-occurred-but-stated", E, "An ESG item marked none occurred (no fines, fatalities, corruption cases, recalls ...) while the text counts more than zero of what its title asks about in the report period (a warning when the figure names the occurrence but not the title's topic).",
             "The index denies what the report tells.", "GRI 2-27 none_occurred while the text says 受到环保行政处罚1起，罚款8万元",
             "Mark the item answered and point to where the occurrence is told, or correct the figure; 0起 and 未发生 agree."),
        Code("K406", "esg-omission-unexplained", I, "An ESG item is marked not disclosed or not applicable without a reason.",
             "Under comply-or-explain, an omission needs its explanation.", "- {id: A1.2, status: not_disclosed}",
             "Add `reason: {zh: ..., en: ...}`."),
        Code("R501", "template-error", E, "A template failed to render.", "No output can be written.",
             "{{ undefined_name }} in templates/page.html", "Fix the template named in the message."),
        Code("R502", "resource-refused", W, "A Markdown image, template or stylesheet names a resource outside the project (a network URL, file://, an absolute path or ../); it is not fetched.", "Content must not reach the network or other files.",
             "![](http://example.com/x.png)", "Put the file under content/ and reference it relatively."),
        Code("R503", "render-warning", W, "WeasyPrint reported a problem while laying out the PDF.", "It usually means something prints wrongly.",
             "an unknown CSS property", "Fix the stylesheet or content named in the message."),
        Code("R504", "missing-image", W, "A Markdown image names a file that does not exist (paths are relative to content/).",
             "The page would print nothing where the picture belongs.", "![工厂](images/plant.png)  # no content/images/plant.png",
             "Put the file at that path under content/, or correct the path."),
        Code("R505", "picture-missing", W, "A picture the content names (a figure's src, cover.image, cover.logo) is not a file under content/ or the project's images/ folder, or not a picture the renderer can read.",
             "The page prints a placeholder box where the picture belongs, and a release refuses it (R520).", "- figure: {src: images/plant.jpg, caption: ...}  # no content/images/plant.jpg",
             "Put the file at that path (under content/ or images/), or correct the path; save it as JPEG, PNG or SVG."),
        Code("R506", "picture-outside-project", E, "A picture path is absolute, a URL, leaves its folder with .. or is a symlink whose real path leaves the project.",
             "Nothing outside the project is read: the report must build the same on any machine and never reach other files.",
             "src: /home/me/Desktop/plant.jpg", "Copy the picture into content/images/ (or images/) and name it by its relative path."),
        Code("R507", "picture-low-resolution", W, "Preflight: a picture prints below 300 dpi at its printed size (pixels over the size it takes on the page).",
             "Offset printing needs about 300 dpi; below it photos print soft or show their pixels.",
             "zh p. 14: picture content/images/team.jpg prints at 120 dpi (800 x 533 px over 170 x 113 mm)",
             "Supply a larger original (the message says how many pixels) or print the picture smaller."),
        Code("R508", "no-output-profile", E, "`build --pdf-variant pdf/x-4` found no CMYK printer profile for the PDF/X output intent (templates/output-intent.icc, or the one Debian's ghostscript ships).",
             "PDF/X names the printing condition the colours are meant for; without a profile the file is not PDF/X.",
             "csrpress build --pdf-variant pdf/x-4  # on a machine without libgs-common",
             "Put the print shop's CMYK profile at templates/output-intent.icc, or apt-get install libgs-common."),
        Code("R510", "near-empty-page", W, "Preflight: a page in the middle of a chapter uses less than a quarter of its text area.",
             "A reader sees a page of a few lines or a lone picture, a hole a designer would have closed.",
             "en p. 73: near-empty page: 4% of the text area used", "Look at the page: a block kept together (a table, a quote, a figure) or a forced break pushed the rest over; shorten or split it, or loosen the rule in templates/style.css."),
        Code("R511", "heading-at-page-foot", W, "Preflight: a heading or caption ends its page with fewer than two lines after it.",
             "A heading belongs to the text it introduces; alone at the foot it reads as a mistake.",
             "zh p. 64: heading “微信原创保护介绍” at the page foot with 0 line(s) after it", "Usually a block after the heading cannot break (a long quote or table): let it break, or shorten it."),
        Code("R512", "box-broken-short", W, "Preflight: a case box breaks over pages with fewer than three lines (title not counted) on its first page or two on a later one.",
             "A box's title with an empty tinted frame at a page foot, or a line of it alone overleaf.",
             "zh p. 16: case box “不止支付，还有欢乐餐厅” broken with 0 line(s) on this page", "Shorten the box or the text before it; boxes break only between paragraphs."),
        Code("R513", "single-character-line", I, "Preflight: the last line of a Chinese paragraph or heading holds a single character (punctuation not counted).",
             "A lone character on a line (单字成行) is the first thing a Chinese proofreader marks.",
             "zh p. 12: the last line of “推动腾讯的企业社会责任工…” holds one character: “作。”", "Rewrite a few characters of the paragraph so that its last line holds two or more."),
        Code("R514", "literal-markdown", W, "Preflight: Markdown markers (**, *, __, a backtick) print as they are on a page.",
             "The writer meant emphasis or code; the reader sees asterisks.",
             "“** 腾讯 FM：**”: a space inside the markers", "Write the markers right against the text they enclose: **腾讯 FM：**."),
        Code("R515", "table-overflow", W, "Preflight: a table is wider than the text column and runs into the margin (or off the trimmed page).",
             "A cell holds text that cannot wrap, so the table cannot be fitted to the column; the printer trims what passes the page edge.",
             "en p. 12: a table (“Website https://example.com/very/long/…”) runs 23 mm past the text column",
             "Shorten the cell's text, give it places to break (a space, or a shorter link text), or narrow the table."),
        Code("R520", "placeholder-in-release", E, "A release build found a placeholder: a figure without a picture (src), a QR block without a url, or text marked “待填写”, “To be completed” or TODO.",
             "A draft prints a grey box or “to be completed” on purpose; in print it is a visible hole in the report.",
             "- qr: {caption: {zh: 扫码关注, en: Scan to follow}}  # no url", "Supply the picture, address or text; for a proof only, build with --release --allow-placeholders."),
        Code("D601", "import-cell", E, "`csrpress import` found a spreadsheet cell it cannot turn into a metric field.",
             "A figure read wrongly from a sheet would print wrongly in the report.",
             "metrics.xlsx:Sheet1!D7: value `many` is not a printed number", "Correct the cell named in the message and import again."),
    )
}


def code(id_: str) -> Code:
    return CODES[id_]


MATCHING = """\
## How figures are matched

Every string of the report is read with the number reader (`csrpress.numbers`): each figure keeps
its printed text, its place, its value as a Decimal and the interval its printed precision admits
(677万 covers [6,765,000, 6,775,000); 2万多 covers [20,000, 30,000); 超过九亿 covers [900,000,000, ∞)).
Every figure of the Chinese text, and every declared metric, is a **claim** (`csrpress.claims`):

1. **Subject**: the words of the figure's clause (the text between commas), segmented with jieba, less
   function words, units, dates and reporting verbs; for a metric, its label, its aliases and, for a
   "合计" row, the table's caption. A figure in the clause that narrows the subject ("35岁以下员工")
   is one of its words. The noun phrase at the figure (the words before it and the noun counted after
   its unit: "在全辖621个营业网点设立…" → 全辖, 营业网点) is a second, shorter subject. Money that names
   no purpose ("投入资金12.8亿元") takes the clause before it as its subject, and a sum that ends its clause
   takes the purpose the next clause gives it ("捐赠3000万元，设立…奖学金", "…，用于…"); words of one
   vocabulary are folded before reading (洪涝灾害 = 水灾, 救援 = 拯救, 捐款 = 捐出, 全国 = 中国, 员工 = 雇员,
   筹集善款 = 筹款, 义工 = 志工 = 志愿; the doer 志愿者 names 志愿 too);
   light nouns (工作, 任务), words of means or reach (依托, 借助, 全网, 全辖) and the reporting company's own
   name (the first word of the manifest's company: 金鹏 of 金鹏物流集团) name nothing, nor does an adverb of manner
   the segmenter glues to its verb (妥善安置 reads as 安置); single characters are left out except metals, fuels
   and foods (矿产铜 and 矿产锌 are two rows), and 至今 counts cumulatively like 累计; a figure right
   after 和/及/、 counts the second of the two joined nouns only ("自有牧场和逾350家奶农合作社" → 奶农合作社), and
   a counted noun may end in a word of three characters (奶农 + 合作社), and ends at a verb of what the
   counted do ("1.9万名员工来自全国各地" → 员工: 来自, 参与, 位于 and what follows say nothing of who is
   counted, unless no noun stands before the verb: "677万人次参与捐款", or the figure counts person-times, which
   count what the people did: "逾1,500人次的同事参与义工服务" → 员工, 参与, 志愿); a metric's label (less its unit note,
   four characters or more) written right before a typed figure names that metric ("公司研发投入4.68亿元" and
   the row 研发投入（亿元）), but not inside a longer phrase ("研发投入中人员费用"); so does the activity of an
   hours label (义工服务 of 义工服务时数) written right after a figure in hours and ending its clause ("贡献近2万小时义工服务"); the same phrase of four
   characters or more typed before two figures names one fact ("志愿服务时长4.6万小时" in a caption and
   "志愿服务时长4.16万小时" in the text), however few words it reads as; a verb and its object split
   by the figure are one word ("发了23.6万兆瓦时电" → 发电); two statements joined by 及/和 in one clause
   get a half each ("范围一排放6,842吨及范围二排放78,356吨"), and the comma of 6,842 ends no clause; a bare
   figure after X人数/户数 counts 人/户 ("会员人数增至约127万"), one after X人次 counts 人次 ("访客人次超过2,900万"); a plant is named by its output (风电场 =
   风电); "公司员工" reads as 员工; 比例, 人数 and 户数 say how a figure is counted, not what, and so does 时长 (时数,
   how long: "志愿服务时长3.82万小时" is of 志愿服务, however the segmenter cuts it); 每位同事 is per head
   (人均), and 平均 beside 人均 says nothing more ("每位同事平均接受了36小时的培训" states 人均培训); verbs of
   receiving and giving (获得, 接受, 迎来, 提供, 贡献: "同事们贡献义工服务逾3万小时" counts the hours) name nothing counted;
   新 alone between a count of people and the people ("迎来了1,260位新车长") says they joined in the year, as 新聘 does.
   A bare number (no unit) is compared only when its subject names a unitless indicator by its acronym
   (PUE 1.41, LTIFR 0.52) or as a rate (损失工时工伤率0.21), with the statements naming the same one; a rate
   is one word however the segmenter cuts it (工伤 / 率为 → 工伤率). A year written after a figure dates it
   only in its own clause ("降至1.44，目标2030年前降至1.35以下": 1.44 is the report year's).
2. **Role**: a plain statement of a fact; a change ("增长28.6%", "增加367.8亿元", 个百分点); a share
   ("占…的21.5%"); a multiple (倍); the old value of a comparison ("由2023年的62.4小时增至…", whatever verb
   of change stands before 至: "由2.1天缩短至1.6天" states 1.6天, not 2.1天).
   Only plain statements are compared as one fact, and the old value of a change when its year is
   written ("从2022年的11.05亿元" states 2022's figure); the others are recomputed (N205, N214).
3. **Period**: a year written right before the figure ("2023年的62.4小时"), 上年/去年 (the year before
   the report's), else the last year named before it in its paragraph that is not a year compared
   with ("较2023年", "由2023年的"), else the report's period.
4. **Grouping**: two claims state the same fact when they count in the same unit (万吨 and 吨 alike;
   人, 名 and 位 all count people; 人次 is not 人), their periods overlap, they are not two declared
   metrics or two figures of one sentence, and their subjects agree: the weighted share of words they
   have in common (words weighted by how rare they are in the report), in the clause or in the noun
   phrase, with at least two words or one of three characters in common. A cumulative (累计), average
   (人均), part (其中) or balance (余额) and a plain figure, or a balance and an amount granted (发放), are
   never one fact, unless their digits are the same at another scale or transposed (a part cannot repeat
   the whole's digits), or the part names only what the other says already ("其中范围一排放17.04万吨"
   and the table's 范围一). One scope (范围二排放) is a part of the greenhouse-gas total, but scopes 1 and 2
   together (温室气体排放总量（范围一及范围二）) are that total, the inventory a report states as its emissions.
   "A中B N" (合格供应商中境内供应商) is a part. A declared alias of four or
   more characters found in the clause joins the metric.
5. **Agreement**: two claims agree when their intervals overlap, or when one rounds the other
   (2.46万人 for 24,637); trailing zeros of a whole number may be no digits (680万 may be about 6.8 million), but
   zeros printed after a decimal point are (40.0小时 does not hold 36小时), and so are a declared figure's, a metric's
   value or a table cell typed as a figure (a metric of 1,000人 does not hold 1,200人 in the text; 约1,000人, 1,000余人
   and 近1,000人 hold it). A text figure more exact than a round declaration that rounds to it at two significant
   digits (5,012万元 beside a metric of 5,000万元) may be its source, the declaration a rounding: a warning (N202,
   N213), not an error. A quantity avoided, reduced or saved (减少…排放, 减排, 节省用水, 避免) is never grouped with the
   quantity itself (the emissions, the water used). A figure is reported only when none of the claims most like it (within 0.15
   of the best likeness) confirms it: an agreeing claim confirms only if it is as exact (约670万 or 2亿
   do not confirm 677万 or 1.99亿).
6. **Reporting**: against the value the fact is stated with most often among the claims most like it,
   then a declared metric first, then the closest (a table total of 6,251 that the text twice gives as 6,215
   is not what a third statement, 6,125, is reported against: 6,215 is). A slip of scale
   (5,589亿 for 5,589万, 58.49万吨 for 5.85万吨) or transposed digits (16,250 for 16,205) is an error
   when the subjects are 35% alike. Other differences need more likeness the further apart the values
   are, since one fact mistyped or left from a draft is mostly close to itself: 45% within 10% (2.3亿
   for 2.17亿), 60% within 50%, 85% beyond; whole counts up to 20 that are one or two apart (2起 and 1起) are
   as close as values within 10% when one subject holds the other, since a small count is miscounted by how
   many, not by a ratio; 累计 in a sentence naming the report year and no start (自…以来, 截至, 近三年, a span
   2015-2016年) is the year's total, not a cumulative figure; an approximation (约25.8万) more than one step of
   its last digit from the exact figure (24.8万) is a different value, an error, not a rounding; two figures more than three times apart with no slip are
   taken for two facts; two cumulative figures (累计) may count from different starts. A truncation
   (1,218亿 for 1,218.9亿) is a warning (N202 against a metric, N213 between texts).
7. **Approximations**: a bound (超过, 逾, 近, 余, 多, 以上) that misses a figure within 10% of it, where
   the noun counted right at both figures agrees ("超过4.2万名员工" and "公司员工总数41,236人"; "近2,000名
   志愿者" and "注册志愿者2,146名"), rounds that figure the wrong way: an error when the clauses are 60%
   alike too, else a warning (N203) that says the two could count different groups. A bound far below
   another count ("超过10万户" and 3,150万户) does not vouch for it. An approximation whose digits are not
   the exact figure rounded ("约0.97万吨" for 9,615吨, which rounds to 0.96万) is a warning (N202/N213).
8. **Trends**: in "从2022年的11.05亿元增至2024年的12.76亿元", when a metric gives the later value, the
   earlier one must be the same series' figure for its year (N201, naming the year it belongs to).

Examples. Reported: "全行共受理客户投诉16,250件" against the table's 16,205件 and the ESG index's
"全年受理客户投诉16,205件" (N201, transposed digits); "运营温室气体排放总量58.49万吨" against 5.85万吨 (N212,
scale). Not reported: "其中，母行绿色贷款余额1,598.6亿元" against the Group's 1,654.2亿元 (a part);
"全年发放普惠型小微企业贷款2,356.4亿元" against the balance 1,218.9亿元; "近10万户" for 97,352户;
"覆盖全国15个城市" against "在全国30余个城市建立众创空间" (twice apart: two facts).

**Changes.** A 变化/同比/增减/Change column is recomputed from the two year columns before it (percent:
(new − old) / old; 个百分点: the difference); "同比增长/较上年末下降 N%" in the text from the figure it follows
in its sentence and the statement of that subject for the year before (a metric first), else from the
metrics of the report year and the year before whose subject the sentence names (N214). Total rows
(合计, 总计, 共计, Total anywhere in the label) add the rows above them except subtotals (…小计, Subtotal,
其中, of which); plain integers are exact, rounded cells (decimals, 万/亿 units) allow half a unit of
their last digit. Reported: 表2-1 变化 "+3.9%" for 1,475.3 → 1,612.8 (+9.3%). Not reported: "下降0.45个百分点"
for 4.37% → 3.92%. A change of two percentages written in % that is their difference is N219 (it should say
个百分点). A table's overall average or rate (平均, 人均, 率) lies between its groups' and is never their sum
(N218); a sum stated after its parts in one sentence ("…、…，合计N") is their total within rounding (N220).
Growth words include 按年 and 较去年; "B，较2024年的A下降N%" compares B with A; 减幅/增幅 after "由A降至B" is
their change; a change in 个百分点 is of two rates, never two amounts; a change written in units ("较上年
减少4.7万吨") is new − old; "较2019年基准减少24.2%" is against 2019, and a target ("2030年前…减少50%") is not
checked. Several breakdowns of one total in a table (香港 + 内地, 男 + 女) each add up to it; a 总量/总额 row
is a total only when the rows above come within 10% of it (纳税总额 is an indicator of its own). A whole
followed by its parts ("168个物业项目，包括住宅屋苑112个、…、公共及其他设施16个") adds up (N220: an error when
the list says it is complete with 其他, nothing for a list ending in 等; parts short of the whole are a list of the
main parts, unless they are one digit from it, not its last: "捐赠1.36亿元，其中…0.58亿元、…0.41亿元、…0.27亿元" adds
up to 1.26亿, a warning that a digit was mistyped).

**Averages of groups in the text.** "员工人均培训时长42小时，其中男性员工人均40小时、女性员工人均46小时": an
overall average (人均/平均 of a whole: 员工, 全体员工) lies between the averages its sentence gives for the
groups of that whole (the whole's noun with a modifier), and is never their sum; when the report states
each group's headcount for the period (男性员工300人、女性员工200人) it is their weighted average within the
printed precision (N218, checks/group_averages.py). Only where the text says the groups divide the whole:
complements (男性/女性, 全职/兼职, 境内/境外, X/非X) or a list closed by 其他/其余, whether listed after 其中,
given with 分别为 ("男性和女性员工人均…分别为40小时和46小时") or one by one. Reported: 86小时 (the sum), 38小时
(below both), 43.9小时 with 300 and 200 people ((40 × 300 + 46 × 200) / 500 = 42.4). Not reported: 42小时 (42.4
rounds to it); "员工人均出差天数18天，研发人员…20天，销售人员…26天" or "其中管理人员人均12天、研发人员人均10天"
(those groups need not make up all staff). A list of averages after a whole is
never taken for parts that add up (N220). A table gives groups too: two rows that divide a whole (男性员工/
女性员工, 管理层/非管理层) under a 人均/平均 header (or a caption, with year columns) bound a row of the whole
(全体员工) and the text's overall average of the same measure and year ("员工人均培训时长38小时" against rows of
40 and 46小时); rows that need not divide the whole (研发部门/销售部门) bound nothing.

**Averages and intensities.** "人均培训时长48.0小时" is the total of its subject (员工培训总时长9.6万小时) divided by
the headcount of the group named before 人均 (员工 when none is named): the largest statement of that
group for the period, or a headcount its sentence states. An intensity divides the figures its unit's
two halves count ("单位营业收入用水量1.2吨/万元": 用水量60万吨 / 营业收入50亿元), both named by its sentence;
units convert through pint. Reported (N221): "人均培训时长45.0小时" for 1.5万小时 and 300 研发人员 (50.0).
平均 is per head only after the group it is taken over ("志愿者平均服务时长25小时": 6,240小时 / 312名志愿者);
alone ("平均停时2.6天") it may be per day or per case and is not recomputed.
A recomputed value within 5% is a warning (the mean headcount of the year gives another average). Not
reported: a total whose words the average's sentence does not use (营业收入 is not 人均收入's total), an
intensity of a part ("燃气发电…强度" when only the whole's emissions are stated), or several candidate
totals none of which gives the average (the rule cannot tell which was divided).

**Sums of parts stated elsewhere.** When a sum's sentence names its parts without their figures, the
parts are found where the report states them: "近三年累计研发投入33.29亿元" (or 2022-2024年, 2022年和2023年)
adds the statement of 研发投入 for each year of the span (the table's 9.48 + 11.05 + 12.76亿元), and
"水电、光伏和风电合计发电73.24亿千瓦时" adds the one statement of each named part for the sum's year. A
part must have the part's name (or the sum's subject, for a year), and its other words must be written
in the sum's sentence; a declared metric is taken before typed text. Reported (N222): "范围一和范围二排放合计
41.76万吨" against 17.05 + 23.71万吨. Not reported: a part with no statement or two disagreeing ones
("潮汐和地热合计…" where neither is stated), or a 累计 with no span (截至2024年末累计: since the start).

**Changes against a table row.** A growth or decline written without the year before ("用水量同比增长15.0%",
"降至2.06千瓦时/台，同比下降8.6%") is recomputed from a table row that holds the report year and the year
before (or the year the sentence names, 较2022年), whether the cells are typed or print metrics: the row
is the one named in the sentence whose report-year cell states the figure the change follows, else the
one row whose label's words the sentence writes before the change. Reported (N223): "用水量同比增长15.0%"
for 52.4 → 58.7万吨 (+12.0%); "员工流失率同比下降0.5%" for 5.0% → 4.5% is N219 (0.5个百分点). Not reported:
a sentence that names two rows for one change, a year the table does not hold (2030年目标较2021年下降30%),
or a change N214 already reports.

**Multiples (倍).** "由2023年的138万提高到2024年的345万，提高2.5倍" is recomputed from the sentence's values;
"是2023年的1.6倍" and "较2022年提高3倍" from the statement of the subject for that year. 是/为/达到…的N倍 is a
ratio; 提高/增长N倍 an increase (×(N+1)); an increase that holds only as a ratio is a warning (N205).

**Shares.** "35岁以下员工11,240人，占员工总数的48.6%": the part is the figure before the share in its
sentence, the whole the statement of what the share names (员工总数: 24,637人, a declared metric before
typed text), or the figure before 其中 in the same sentence ("对486家供应商…其中157家…占比36.2%"); a rate named by
the verb of the part just stated after 其中 is that part over the whole before 其中 ("受理请求2.45万件，其中15天内办结
2.38万件，办结率97.9%": 97.1%), a rate of another verb is not recomputed. A share
that disagrees is N217, with the whole it would imply (48.6% makes the whole 23,128). "占比" with no
whole named is taken of the counted thing without its modifier ("境外员工1,517人，占比5.3%" → 员工) or of
A in "A中B", and reported as a warning naming the whole it assumed. When statements of the whole
disagree, the value more of them give is the whole. "A占B的N%" with neither figure in its sentence takes
the one statement named exactly B as the whole and one named by A less B's words as the part (数据中心耗电
占总耗电量的32.6%: the row 其中：数据中心 over 用电量), a warning; 全部/总数 in B say all of it, not which whole,
and a part named "经审核的供应商" is the count of that noun whose clause says what was done to them
("对312家供应商开展审核"). A sentence's own whole ("X N，其中 part M，
占该…的S%") excuses a share that another statement of B would contradict. Not reported: a share of an
approximation, or of a whole stated with two values equally often.

**Dates.** A day (2024年4月22日, or 4月22日 in the report year), a month (2024年9月, 在5月) and a start
(自2016年起, 始于2013年, 自2017年…以来, a milestone "2019年，启动…" also in a list, 董事会于2022年设立…,
连续十年 counted back from the report year) are claims too; two of them are one event when their
sentences or own clauses name it alike (a title in 《》 or “” is enough, also when the other names it
unquoted; not inside a longer title: 安居计划 is not 安居计划新政). The start verb and the company alone
name nothing (腾讯成立于1998年 vs 2015年，腾讯影业成立). Two single days of one month at most a week apart
need less likeness (0.4 instead of 0.5): a mistyped day is mostly close to the right one (a caption's 5月18日
for the text's 5月16日 school visit), unless either sentence dates a phase of a longer event (启动, 闭幕, 为期三天). Two days for one event are N215; two start years N216. As-of dates (截至2024年末) are never events, and days of different years are
different events (a forum recurs), unless one named thing did what it does once (投产, 上市, 入选…名录, 通过…评审); a
milestone dated by its year alone ("2019年，…入选…") is an event of that year, compared with other years only for a
status attained once (入选…名录, 通过…评审: the same words before the verb, the status's words of one all in the other's).
The first of one thing (首部, 首班) on two close days, named by the same three words in a row in both and what it did
(首部氢能双层巴士…载客试行 and 氢能双层巴士…首班载客服务), is one event even in a trial that lasts (为期一年). A day said of every year ("自2015年起每年…在9月9日前后") is that day in each
year from the start on, and a day-named event is one with or without its dot (9·9公益日 = 99公益日); two sentences
that name one day-named event whole (凌云公益日, 读书节: the company's name counts as part of it) and say the same of
it (启动 in both) date one event, whatever else a caption says (启动仪式现场), but its close (闭幕) is another; a day
given as "前后"/"左右" (around) against another day of the event is a warning that says it may be one span.
Two starts whose subject is only the company's own name (the manifest's company) or 公司/本公司 date the
company's founding, one event ("云航航空成立于2005年" and "云航航空股份有限公司成立于2004年"). "连续19年" against
"连续18年" is one N216, not also a same-fact conflict of 19年 and 18年. The English must print each full date of its Chinese (N209).

**Translations.** Every figure of a Chinese string must appear in its English, after 万/亿 ↔ million/billion
(N209); an English figure with a scale word that no Chinese figure states is N209 too ("RMB 12.76 billion"
for 12.76亿元).

**English derived phrases.** The English text's growth and decline ("rose/grew/up N% (from A) to B",
"fell/down N%", "N% less than the A of 2023"), percentage points ("N percentage points", "pp", basis points),
multiples ("N times that of", "N-fold") and shares ("accounting for N% of W", "was N% of the W") are
recomputed on their own (checks/english.py): from the two values the English sentence names ("from A to B",
"than A", "(2023: A)"), else, for a change, from the figure it follows, matched to the same figure of the
string's Chinese, and the year before's value of that subject, as the Chinese is read: the table row the
Chinese sentence names whose report-year cell states the figure (as N223), else the statement of the subject
for that year (a metric first; a typed statement found by other words makes the finding a warning). A rate's
change in % ("turnover was 4.5%, down 0.5% year on year") is recomputed only against such a table row. A change the string's Chinese states with the same figure is left to the Chinese rules, and one
they already report is not reported twice. Values are taken within their printed intervals ("about RMB
2.92 billion" holds for 2.916). Reported: "rose 13% from RMB 84.5 million to RMB 93.2 million" (N214,
+10.3%); "up 20% year on year" after 6.7 million donations where 2015's are 205万 (N214, +226.8%);
"fell from 5.0% to 4.5%, down 0.5%" (N219); "RMB 199.99 million was 70% of the RMB 305 million" (N217).
Not reported: "up 19.8% year on year and 45.5% more than the 7,340 tonnes of 2022" (7,340 belongs to the
second change), "up 260 basis points from 23.8%" to 26.4%, a change the sentence makes against a base year
or a target it gives no value for ("24.2% below the 2012 baseline"). English sums and averages are
recomputed from the sentence's own figures (checks/english_totals.py): "3 tonnes and … 4 tonnes, 8 tonnes in
total" (or "a total of", "came to") adds the figures of the total's unit before it (N220); "312 volunteers
served 6,240 hours, 25 hours on average" (or "per head", "each", "an average of") divides the one total of
its unit by the one count of the sentence (N221). Reported: 8 tonnes (3 + 4 = 7); 25 hours (6,240 / 312 =
20). Not reported: "RMB 5 million in total, including RMB 1.2 million … and RMB 3 million" (some parts, not
all), a sum within the rounding of translated figures (170,500 + 237,100 = 407,600 t), or an average whose
total or count the sentence does not give (left to the Chinese rules, which find them by subject).

**ESG index.** An item marked not disclosed is K405 when a figure of the report period is stated whose
subject the item's title names (after folding the standards' words: 有害废弃物 = 危险废物 = 有害废物 = 危险废弃物 =
化学废物, 雇员 = 员工, 受训 = 培训) and which is counted as the title asks (以吨计算, 千瓦时, 时数, 比率 ...), for every catalogue;
a figure whose own clause names only how it came about (产生量, 共产生) or that it is a total (合共) is of what its sentence
named before it, not of the kinds listed after that (危险废物主要为废矿物油及化验室废液，2024年产生量96.7吨);
a ratio counts ("集体合同覆盖员工比例为83.4%" gives GRI 2-30); a title written whole right before a figure, once folded
(员工之外的工作者 = 外包人员: "劳务派遣及外包人员2,350人" gives GRI 2-8), names it first. An item marked none occurred is K407 when the text
counts more than zero of the occurrence its title names (违反/遵守 … a fine, a penalty, 违法, 违规; 腐败 … 贿赂,
舞弊; 死亡 … 身故; 召回; 投诉; 歧视; 诉讼; 隐私 … 泄露; 童工) in the report period: an error when the figure
also names the title's topic (受到环保行政处罚1起 against GRI 307-1 违反环境法律法规, 因工死亡1人 against HKEX
B2.1) or the title asks about the occurrence alone and the figure is a sanction the company received (罚款8万元
against GRI 2-27 遵守法律法规); a warning when it names the occurrence alone (违规事件2起 against GRI 416-2).
Not reported: 0起, 零, "未发生……", an occurrence of another year, a rate (投诉处理率100%) where the title asks
for a count, a fine the company imposed (对违规供应商处罚3家), customer complaints against GRI 418-1 (privacy).
GRI topic standards (201-418) are reported
for material topics only: a topic the index leaves out is not K401, a disclosure missing from a reported
topic is a K401 warning.

**Units.** `csrpress units` lists the units a figure may be counted in. Physical units convert through
pint (兆瓦时 and 万千瓦时; 吨二氧化碳当量 and 吨), and a slip across them needs the same printed digits.
A unit made of listed parts is known too: a scale word before a unit (万批次, 千万元, 万名) is that unit
scaled, and an intensity of two units (吨/吨产品, 千瓦时/万元产值) is read whole and compared only with the
same intensity, never as its numerator; so is a unit divided by a thing no figure is counted in but intensities
are taken per (a guest room, a store 门店, a base station 基站, a student: 千瓦时/学生), or by a unit of what an
industry makes or handles (千克标准煤/吨钢, 千瓦时/吨熟料, 千瓦时/千升啤酒, 克/千瓦时发电量). Classifiers of vehicles, animals and packages (架, 头, 羽, 艘, 盒, 瓶) and
counts of runs (车次, 批次, 架次, 航次, 班次, 艘次, 场次, 剂次), of use (间夜/房晚, 床日, 人天) and transport work
(客公里, 吨公里, 可用座公里) are listed; an intensity's base may carry a scale word (千克/百吨公里). The registry
covers the currencies of the region (港元/HK$, 澳门元/MOP, 新台币/NT$, 新加坡元/S$, 欧元/EUR/€, 日元, 泰铢, 越南盾,
印尼盾 ...; a code or sign before the amount, 港幣3,200萬元 included, is the amount's currency, never converted
into another), energy (太瓦时, 吉焦/TJ, 千克标准煤/kgce, 吨油当量), peak and apparent power (MWp, kVA: not watts),
gas at standard conditions (标准立方米/Nm³: not cubic metres), concentrations and levels (μg/m³, ppm, dB(A), ‰),
and the English symbols after a figure (tCO₂e, kgCO2e, GWp, sq ft, mSv). A word that goes on after a unit word is
no unit (5单位, 3股东, 羽毛球, 所有, 期间). An English denominator is not read (万千瓦时/GWh is read as 万千瓦时, as
writers declare such a metric), so such a unit stays unknown, as does 千克二氧化碳当量 (in a sentence 千克 is the
unit and 二氧化碳当量 words of its subject): a metric in it is S104.

**Traditional Chinese.** Text with Traditional characters is read through OpenCC's t2s (same offsets),
so 約400萬元, 合計, 變化 and 萬噸 read like 约400万元, 合计, 变化 and 万吨; findings quote the text as written,
and the engine's own words in Traditional. Which characters are Traditional-only (3,562) or Simplified-only
(2,563) is read from OpenCC once and kept in assets/ (T306 flags only the latter: 公布, 周年, 了解 and 里程碑
are Hong Kong usage). Hong Kong wording reads like the mainland's: 当中 = 其中, 合共 = 合计, 按年 = 同比,
化学废物 = 危险废物, names in 「」 are titles. Every rule case runs a second time on its Traditional twin.

**What was checked.** `csrpress check` ends with how many figures it read, how many it compared with
another statement of their fact, and how many stood alone; `csrpress check --coverage` lists those.

**Linking by hand.** When the match is wrong or missing, write `{=metric.id}` right after the figure
(`由2万多名{=esg-index.employees.2016}员工`) to link it, or `{=none}` to say it states no metric.
The marker prints nothing. `{m:metric.id}` instead prints the metric itself and is always consistent.

**Derived claims.** "达到2015年的2.4倍", "同比提高3.3倍" and "同比增长51%" are recomputed from the metric
series they compare: metrics whose ids differ only in a final year (`giving99.amount.2015`,
`giving99.amount.2016`), chosen by the keywords of the claim's clause. "是/达到…的N倍" is a ratio;
"提高N倍" (增长N倍, 提升了N倍: any verb of increase) literally an increase (×(N+1)); when only the ratio reading
holds, N205 says so as a warning, quoting the writer's own verb.

**Formulas.** A metric may declare `formula:` of metric ids and numbers with `+ - * /` and parentheses;
its value must lie within the printed precision of the result (percentages: multiply by 100).
"""


def rules_markdown() -> str:
    """docs/rules.md: every code with What / Why / Example / Fix, and how figures are matched."""
    lines = [
        "# Finding codes",
        "",
        "`csrpress check` prints `path:line:col: severity[CODE] message`, the related places, and a hint.",
        "`--format json` prints a list of `{code, name, severity, message, hint, location{path,line,column},",
        "related[{message, location}]}`; `--format github` prints workflow annotations. Change a code's",
        "severity in `content/report.yaml`: `checks: {N209: error, S106: \"off\"}`. `--strict` fails on warnings.",
        "This file is generated from `tooling/csrpress/codes.py` (`make rules`).",
        "",
        MATCHING,
    ]
    for c in CODES.values():
        lines += [f"## {c.id} {c.name} ({c.severity.value})", "", f"**What.** {c.what}", "", f"**Why.** {c.why}", "",
                  f"**Example.** `{c.example}`", "", f"**Fix.** {c.fix}", ""]
    return "\n".join(lines)
