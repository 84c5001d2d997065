"""`csrpress check --explain CODE --lang zh|zh-Hans|zh-Hant` and Chinese hints: every finding code in Chinese.

The English catalogue (codes.py) stays the reference; this is its Chinese, code for code (a test
fails when a code has no Chinese here). Written in Simplified; the Traditional is OpenCC's Hong Kong
conversion of it (s2hk with the tool's fixes), then Hong Kong words for the tool's own terms where
s2hk keeps the Mainland one (檔案, 連結, 預設, 訊息: HK_WORDS): these are the tool's own words, not a
writer's text, so converting them is what a Hong Kong writer would read. A code's example quotes a
writer's content and is converted only. `--lang zh` means the project's own script (Traditional for
`script: hant`).
"""

from __future__ import annotations

from pathlib import Path

from .codes import Code

# code -> (what it does, why it matters, how to fix), Simplified, in the catalogue's order.
TEXT: dict[str, tuple[str, str, str]] = {
    "L001": ("内容文件不是有效的 YAML。", "文件无法解析时，其中任何内容都读不到。",
             "给含有“: ”的值加引号（en: \"Note: text\"），或改正缩进。"),
    "L002": ("某个值的类型不对，或缺少必填的键。", "排版需要每个必填部分，且类型正确。",
             "按 docs/content-format.md 所示的形式书写，例如 title: {zh: ..., en: ...}。"),
    "L003": ("格式中没有定义的键。", "拼错的键否则会被悄悄忽略。", "改正拼写，或删除该键。"),
    "L004": ("清单或 include 指向的文件不存在。", "该章节会在报告中悄然缺失。", "创建该文件，或改正路径（相对于 content/）。"),
    "L005": ("内容文件不是 UTF-8 文本，或其中的转义（\\ud800）只写出了半个字符。", "中文必须按所写的原样读取。",
             "把文件另存为 UTF-8；字符要完整书写（写 \\U0001F600 或字符本身）。"),
    "L006": ("同一映射中，同一个键出现了两次。", "YAML 只保留最后一个值，而且不会提示。", "删除其中一个键，或改名。"),
    "L007": ("清单两次列出同一个章节文件，或 include 形成循环。", "该章节会印出两次。", "每个文件只列一次。"),
    "L008": ("内容文件或文件夹是符号链接，其实际路径位于项目之外。",
             "项目会随 git 传递（git 保留符号链接）：链接可能把构建机器上的任何文件印进 PDF。", "用文件本身替换符号链接，放在 content/ 之内。"),
    "L009": ("文字中含有看不见的格式或控制字符（双向覆盖或隔离符、零宽空格或连接符、方向标记、BOM、转义字符）。",
             "它会在看不见的情况下改变印出的内容：U+202E 会让 677 印成 776，而数字检查读到的仍是 677。",
             "删除该字符（如编辑器不显示它，请重新输入其前后的文字）。"),
    "S101": ("{m:id} 引用了未声明的指标。", "报告会印出缺失的标记，而不是数字。", "在 metrics 中声明该指标，或改正 id 的拼写。"),
    "S102": ("两个章节或小节使用了相同的 id。", "链接、ESG 索引和目录都需要唯一的目标。", "为每个章节或小节指定唯一的 id。"),
    "S103": ("ESG 索引引用的小节 id 不存在。", "无法生成页码引用。", "改用已有的小节 id。"),
    "S104": ("指标的单位不在单位表中。", "无法换算或与其他表述比较该数字。", "使用 csrpress units 列出的单位，或把数量词写进数值。"),
    "S105": ("指标的数值不是按印出样式书写的数字。", "无法格式化，也无法检查。", "按印出的样子书写数字：\"677万\"、\"38,775\"、\"99.65\"。"),
    "S106": ("二维码块没有 url。", "印出的是占位框，而不是二维码。", "目标网址确定后，加上 url: https://...。"),
    "S107": ("二维码的 url 不是格式正确的 http(s) 网址。", "读者扫码后打不开任何页面。", "写出完整网址：https://gongyi.qq.com"),
    "S109": ("会按原样印出的 Markdown：脚注标记、删除线、HTML 标签等。", "读者会看到符号，而不是格式。", "删除该标记，或按 docs/content-format.md 的写法改写。"),
    "S110": ("去年报告遗留的内容（csrpress init --from 之后）：仍为 TODO 的数值（错误，正式版拒绝生成）；指标标签、标题或说明只写着去年的年份，"
             "陈述今年数字的句子只提到去年，或正文中仍写着去年的报告期（警告）。",
             "去年的文字会当作今年的内容印出，或印出占位符。", "填写今年的数字，把年份改为今年；如句子是与去年比较，请写明（较2024年）。"),
    "S111": ("report.yaml（design.fonts）中指定的字体未安装在本机（fontconfig 找不到）。",
             "排版会悄悄改用列表中的下一个字体：PDF 印出的字体不是任何人选定的。",
             "安装该字体（fc-list : family 列出已安装的字体），或删除该设置，沿用默认的 Noto 字体。"),
    "S112": ("未加引号的值中含有“ #”：YAML 把其后的部分当作注释，文字在此截断。", "句子被截短印出，YAML 不会提示。",
             "给整个值加引号：en: \"We ranked #1 in the index\"。自己的注释：前面空两格，写“# ”。"),
    "N201": ("正文中的数字与它所表述的指标不一致。", "同一事实在报告中出现两个数字，读者无从判断哪个正确。",
             "改正错误的一处；最好用 {m:id} 引用指标，而不是手打数字。若确是两件不同的事，请分别写清楚。"),
    "N202": ("同一数字在不同地方的四舍五入方式不同。", "读者会以为是两个不同的数字。", "统一位数，或用 {m:id} 引用同一指标。"),
    "N203": ("“约、超过、近”等限定的数字与实际值不符（如“超过”却小于实际值）。", "限定词改变了数字的含义。",
             "改正数字或限定词，使两者与指标一致。"),
    "N204": ("同一指标 id 有两处声明，数值不同。", "印出哪一个取决于读取顺序。", "只保留一处声明，或给另一个数字单独的 id。"),
    "N205": ("“较上年增长/下降”等派生表述与两年的数字算出的结果不符。", "变化率写错会误导读者。", "按两年的指标重新计算，改正百分比或倍数。"),
    "N206": ("声明公式的指标与公式的计算结果不符（按其印出的精度）。", "合计、比率和增长率必须能由其所依据的数字算出。",
             "改正数值或相关数字；公式用 + - * / ( ) 书写。"),
    "N207": ("合计行（合计、总计、Total）不等于上方各行之和。", "算术错误最先在合计处暴露。", "改正合计或各行数字。"),
    "N208": ("一列占比（占比、%）加起来不是 100%。", "同一整体的各部分占比必须恰好合为整体。", "改正某个占比，或补上遗漏的类别（其他）。"),
    "N209": ("一个版本中的数字在另一版本（如英文版）中没有相同数值。", "两个版本必须陈述相同的事实。",
             "把译文中的数字改为与中文相同的数值与精度（677万 → 6.77 million）。"),
    "N211": ("数字所在句子注明的日期不在其所表述指标的期间之内。", "同一事件印出了两个日期。", "改正正文中的日期或指标的期间。"),
    "N212": ("两处表述同一事实的数字不一致。", "同一事实在报告中出现两个数字。", "改正错误的一处；若是不同的事实，请分别命名。"),
    "N213": ("同一事实的一处数字是另一处的截断或约数，但没有标明“约”。", "读者会以为是两个不同的数字。", "加上“约”，或统一为同一精度。"),
    "N214": ("表格或正文中的变化（增减、百分比）与两期数字重新计算的结果不符。", "变化写错会误导读者。", "按两期数字重新计算后改正。"),
    "N215": ("看似同一事件的两个日期：两句话用相同的词指称它（《》或“”中的名称，或两个相同的词），日期却不同；"
             "同一目标（力争2028年前实现运营碳达峰）在别处给出另一个期限，同样是一个目标两个日期。",
             "一个事件只有一个日期；读者看到两个，无从判断哪个正确。", "改正错误的日期；若确是两个事件，请分别命名。"),
    "N216": ("看似同一事项的两个起始年份：“自2016年起”与“自2017年……以来”、“2019年，启动……”这样的里程碑，或从报告年份倒推的“连续N年”。",
             "项目开展了多久是读者会转述的说法；两个起始年份会让两处都不可信。", "改正起始年份，或改正“连续N年”（报告年份也计算在内）。"),
    "N217": ("占比（占……的N%、占比N%）与部分除以整体的结果不符：部分是句中位于其前的数字，整体是句中“其中”之前的数字，"
             "或报告其他地方对所指整体（员工总数、各项贷款余额）的表述。",
             "占比若不能由报告自身的数字得出，或隐含了与报告所述不同的整体，无论哪种情况都是错误的数字。", "改正占比、部分或整体。"),
    "N219": ("两个百分比之间的变化用 % 表示，但它其实是两者之差，应以“个百分点”表示。",
             "从 4.37% 降至 3.92%，写“下降0.45%”会让读者以为比率只降了自身的两百分之一；实际下降了0.45个百分点（即10.3%）。",
             "百分比之差写作“个百分点”（percentage points），或改写相对变化率。"),
    "N218": ("总体平均数超出了各组平均数的范围、印成了各组之和，或（正文中已给出各组人数时）不等于按人数加权的各组平均数：表格的合计行（或比率），"
             "或同一句中整体与各组的人均/平均数（男性/女性、X/非X等互补的组，或以“其他/其余”收尾的各组），"
             "或表格中互补的两组行与“全体员工”行及正文中同一指标的总体人均数。",
             "总体平均数必然介于最低组与最高组之间；平均数相加根本不是平均数。", "用合计数计算总体平均数（或按各组规模加权）。"),
    "N220": ("同一句中列在各部分之后的合计（合计、共计、总计）不等于各部分之和（按其印出的四舍五入精度）；"
             "以“其他”“其余”收尾的分项列举（按地区划分，……）列出了整体的全部部分，各部分之和须等于别处表述的整体（先取已声明的指标）。",
             "读者会把眼前的数字加起来；合计对不上，句中每个数字都会受到质疑。", "改正合计或某一部分；如合计含有未列出的部分，请写明（其中、等）。"),
    "N221": ("人均数（人均、每名员工，或跟在所计算群体之后的“平均”：志愿者平均服务时长）或强度（吨/万元、千瓦时/台、……/万吨、每万元营业收入……吨）"
             "与总量除以数量的结果不符，两者均为报告中同一期间的表述：总量在平均数所在句中提及，数量是整个群体的人数或其单位所指的基数。"
             "相差在5%以内为警告（平均数可能按全年平均人数计算）。",
             "读者会把相隔一页的两个数字相除；平均数若不能由它们得出，三个数字都会受到质疑。",
             "改正平均数、总量或数量；如按其他数量计算（平均人数、另一口径的收入），请写明。"),
    "N222": ("合计（合计、共计、总计、累计）所在句子列出各部分，但各部分在别处表述，而合计不等于各部分之和（按其印出的四舍五入精度）："
             "跨年合计（近三年累计……、2022-2024年合计……）对照该主体每一年的表述；列明的部分（水电、光伏和风电合计……）对照每一部分在该期间的唯一表述"
             "（先取已声明的指标，否则取句中所指的那一个表格行，包括手填的单元格）。",
             "读者会在一页之外的表格里找到各部分并加总；合计对不上，表格和正文都会受到质疑。",
             "改正合计或出错的部分；如合计另有所指（其他期间、更多部分），请在文字中写明。"),
    "N223": ("正文中的增减（同比增长/较上年下降/较2022年提高 N% 或 N个百分点）与表格中同时列有两年数值的那一行（单元格手填或由 metrics 印出）不符："
             "取句中所指、且报告年份单元格即为该变化所依据数字的那一行，否则取标签与变化前文字相符、且没有更具体限定的那一行"
             "（“营业收入中海外收入”不是“营业收入”）。两个百分比之差写成 % 的，报告为 N219；N214 已报告的变化不再重复。",
             "撰写者往往按表格各列计算变化，之后表格又被改正，或者反过来；读者两处都看到，哪一处也不会相信。",
             "改正变化，或改正计算所依据的表格单元格。"),
    "N224": ("紧随其后以另一单位重述的数字（括号内，可带 约/即/合/折合/相当于；或“，折合/相当于/即”之后）与前一个数字不是同一数量：按单位库换算后，两者之差超出各自印出精度的舍入"
             "（“约4,200亩”是舍入到百位）。只比较物理单位（面积、能量、质量、体积、长度、时间）；吨标准煤按 GB/T 2589 以 29.3076 吉焦/吨换算为吉焦、兆焦，从不换算为千瓦时（仅按较早的 29.27 吉焦/吨相符时为警告）；"
             "货币、计数及换算系数未知的单位不予检查。",
             "换算是读者可以重算的算术；换算错了，两个数字都不可信。",
             "改正换算后的数字或被换算的数字；如果括号内说的是另一件事，请用文字说明。"),
    "N225": ("连续多年未发生某类事件的说法（连续三年零死亡、连续五年未发生重大安全事故、自2023年起未录得因工死亡个案）被打破：其中某一年该事件的计数大于零"
             "（表格行或句子：2022年因工死亡1人），或另一处说法给出另一个起始年份。“连续N年”截至报告年度。事件取自“零/未发生”之后的词语（“零事故”则取其前的词语）；"
             "说法与计数所指群体不同（员工、承包商）时不比较，计数属于说法未提及的群体时为警告。",
             "安全记录会在致辞、摘要和安全章节中反复引用；被报告自己的表格推翻的连续记录，正是读者记住的那一句。",
             "改正年数（连续N年含报告年度）、起始年份或计数。"),
    "N210": ("指标的期间在报告期之外。", "通常是历史数据或前瞻数据；有时是年份写错。", "核对期间；有意引用的历史数据无需处理。"),
    "S108": ("小节编号没有按所在章节的编号依次排列。", "读者和目录都依赖编号。", "按阅读顺序重新编号。"),
    "T301": ("字符串缺少英文（en）。", "英文版会印出中文作为占位，并标为未翻译。", "补写 en:，或用 csrpress translate export 发给翻译。"),
    "T302": ("译文写好后，中文原文又改了。", "译文可能已不再对应原文。",
             "更新译文（或 csrpress translate export --only stale 发给翻译）；若译文仍然合适，运行 csrpress translate confirm 文件:行。"),
    "T303": ("翻译回来的 XLIFF 中，受保护的代码（{m:…}、链接、加粗、段落与列表标记）丢失、重复或被改动。", "导入会破坏数字、格式或段落结构。",
             "在 CAT 工具中把原文的标签复制到译文，每个标签保留一次，再导入。"),
    "T304": ("译文中的数字与中文原文的数值不同。", "两个版本必须陈述相同的事实。", "改正译文中的数字；确有需要时用 --accept-figures 导入。"),
    "T305": ("某个字符串为撰写所用的中文写了单独覆盖：script: hant 的报告中写了 `zh-Hant:`，或简体报告中写了 `zh-Hans:`。",
             "没有任何版本会印出它：撰写所用中文的版本照原样印出 `zh:`，这段文字因此悄然丢失。",
             "把文字写进 `zh:`；另一种中文的覆盖键（script: hant 时为 `zh-Hans:`，否则为 `zh-Hant:`）用于调整转换所得版本中的单个字符串。"),
    "T306": ("输入的中文与清单中 `script` 的设定不一致：简体报告中出现繁体字，或 script: hant 的报告中出现简体字（此类字符串很多时，只在 content/report.yaml 报告一条）。",
             "用繁体撰写却未设 script: hant 的报告，会在简体版中印出繁体，并在 zh-Hant 版中被转换两次；繁体报告中的简体字按 OpenCC 的转换印出，未必是本来想写的字。",
             "按报告所用的中文输入；用繁体撰写的报告，请在 content/report.yaml 中写上 script: hant。"),
    "K401": ("ESG 索引缺少所选框架的某个条目。", "港交所要求逐项披露或解释。", "为该条目加上 status: answered（附 refs 或 answer）或 not_disclosed（附 reason）。"),
    "K402": ("ESG 索引条目的 id 不在该框架之中。", "无法为它给出标题和位置。", "使用该框架目录中的 id。"),
    "K403": ("ESG 索引指定的框架不在内置框架之列。", "标题和顺序都来自框架目录。", "使用 csrpress frameworks 列出的框架之一（如 hkex-esg-2015）。"),
    "K404": ("ESG 索引中标为已披露的条目既没有 answer 也没有 refs。", "读者找不到披露的位置。", "加上 refs: [章节 id] 或 answer。"),
    "K405": ("ESG 条目标为未披露，但报告中其实写了它要求的数字。", "索引与正文自相矛盾。", "改为 answered 并引用写有该数字的章节，或说明不披露的原因。"),
    "K407": ("ESG 条目标为无此情况（无罚款、无死亡、无腐败案件、无召回……），但正文写了报告期内此类情况大于零的数字。", "索引否认了正文讲述的事实。", "改为 answered 并引用讲述该情况的章节，或更正数字；0起、未发生与无此情况一致。"),
    "K406": ("未披露的 ESG 条目没有说明原因。", "“不遵守就解释”要求给出原因。", "写上 reason: {zh: ..., en: ...}。"),
    "R501": ("模板渲染失败。", "无法生成任何输出。", "修正消息中指出的模板。"),
    "R502": ("Markdown 图片、模板或样式表引用了项目之外的资源（网络地址、file://、绝对路径或 ../），不会被读取。", "内容不得访问网络或其他文件。",
             "把文件放在 content/ 之下，并用相对路径引用。"),
    "R503": ("WeasyPrint 在排版 PDF 时报告了问题。", "这通常说明某处印得不对。", "修正消息中指出的样式表或内容。"),
    "R504": ("Markdown 图片指向的文件不存在（路径相对于 content/）。", "该放图片的地方会印成空白。", "把文件放在 content/ 下的该路径，或改正路径。"),
    "R505": ("内容中引用的图片（插图的 src、cover.image、cover.logo）不是 content/ 或项目 images/ 文件夹中的文件，或不是排版程序能读取的图片。",
             "该放图片的地方会印出占位框，正式版也会拒绝生成（R520）。", "把文件放在该路径（content/ 或 images/ 之下），或改正路径；保存为 JPEG、PNG 或 SVG。"),
    "R506": ("图片路径是绝对路径、网址、用 .. 离开所在文件夹，或是实际路径位于项目之外的符号链接。",
             "项目之外的任何文件都不会读取：报告必须在任何机器上生成相同结果，且绝不访问其他文件。",
             "把图片复制到 content/images/（或 images/），用相对路径引用。"),
    "R507": ("印前检查：图片按印出尺寸计算低于 300 dpi（像素数除以它在页面上所占的尺寸）。", "胶印需要约 300 dpi；低于此值，照片会印得发虚或显出像素。",
             "提供更大的原图（消息中写明需要多少像素），或把图片印小一些。"),
    "R508": ("`build --pdf-variant pdf/x-4` 找不到用于 PDF/X 输出意图的 CMYK 印刷特性文件（templates/output-intent.icc，或 Debian 的 ghostscript 自带的文件）。",
             "PDF/X 要写明颜色所针对的印刷条件；没有特性文件，该文件就不是 PDF/X。",
             "把印刷厂提供的 CMYK 特性文件放在 templates/output-intent.icc，或运行 apt-get install libgs-common。"),
    "R510": ("几乎空白的一页。", "印出的报告会有多余的空页。", "调整分页或内容长度。"),
    "R511": ("印前检查：标题或图表标题位于页末，其后不足两行。", "标题属于它所引出的正文；单独留在页末，看起来像是错误。",
             "通常是标题后的某个块不能断开（较长的引文或表格）：允许它断开，或将其缩短。"),
    "R512": ("印前检查：案例框跨页断开，第一页不足三行（标题不计），或之后的页不足两行。", "页末只剩框的标题和一个空的底色框，或翻页后只剩其中一行。",
             "缩短案例框或其前面的文字；案例框只在段落之间断开。"),
    "R513": ("中文段落最后一行只剩一个字。", "孤字影响版面美观。", "增删几个字，或调整段落。"),
    "R514": ("印前检查：Markdown 标记（**、*、__、反引号）按原样印在页面上。", "撰写者本意是强调或代码，读者看到的却是星号。",
             "把标记紧贴所包围的文字：**腾讯 FM：**。"),
    "R515": ("印前检查：表格比正文栏宽，伸进页边空白（或超出裁切线）。", "某个单元格里的文字无法换行，表格无法缩进栏宽；超出页边的部分会被裁掉。",
             "缩短该单元格的文字，给它可以换行的地方（空格或较短的链接文字），或把表格的列改窄。"),
    "R520": ("正式版（--release）中仍有占位：没有图片的插图、没有网址的二维码，或“待填写 / TODO”文字。", "占位不能印在正式发布的报告里。",
             "补上图片、网址或文字；只需校样时用 --allow-placeholders。"),
    "D601": ("`csrpress import` 发现电子表格中有无法转换为指标字段的单元格。", "从表格中读错的数字会在报告中印错。", "改正消息中指出的单元格，再重新导入。"),
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


# Hong Kong words for the tool's own terms where s2hk keeps the Mainland one (applied to this module's
# text, never to a code's example, which quotes a writer's content), longest first.
HK_WORDS: tuple[tuple[str, str], ...] = (
    ("網絡地址", "網址"), ("文件夾", "資料夾"), ("字符串", "字串"), ("文件", "檔案"), ("鏈接", "連結"), ("默認", "預設"),
    ("設置", "設定"), ("運行", "執行"), ("消息", "訊息"), ("程序", "程式"), ("創建", "建立"), ("導入", "匯入"), ("字符", "字元"),
)


def _script(text: str, lang: str, own: bool = True) -> str:
    """`text` in `lang`: Simplified as written, or OpenCC's Hong Kong conversion with the tool's fixes and,
    for the tool's own words (`own`), Hong Kong terms."""
    if lang != "zh-Hant":
        return text
    from .hant import convert_text

    text = convert_text(text)
    if own:
        for mainland, hk in HK_WORDS:
            text = text.replace(mainland, hk)
    return text


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
            f"{h['what']}\n  {what}\n\n{h['why']}\n  {why}\n\n{h['example']}\n  {_script(code.example, lang, own=False)}\n\n{h['fix']}\n  {fix}\n")


def hint(code: str, lang: str) -> str | None:
    """The Chinese fix of a code, for a finding's hint; None when the code has no Chinese text."""
    text = TEXT.get(code)
    return _script(text[2], lang) if text else None


_PREFLIGHT = "印前检查："


def summary(code: str, lang: str) -> str | None:
    """A code's Chinese in one phrase, for a draft mark's note: its What up to the first colon outside
    brackets, without its bracketed asides and the full stop (人均数或强度与总量除以数量的结果不符，…);
    None when the code has no Chinese text."""
    text = TEXT.get(code)
    if text is None:
        return None
    out, depth = [], 0
    for ch in text[0].removeprefix(_PREFLIGHT):
        if ch == "（":
            depth += 1
        elif ch == "）" and depth:
            depth -= 1
            if depth == 0 and out and out[-1].isascii() and out[-1] != " ":
                out.append(" ")  # report.yaml（design.fonts）中 -> report.yaml 中
        elif depth == 0:
            if ch == "：":
                break
            out.append(ch)
    return _script("".join(out).strip().rstrip("。"), lang)
