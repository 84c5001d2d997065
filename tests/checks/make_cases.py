"""Writes the rule cases (run once by hand; the cases are committed files)."""
from pathlib import Path

MANIFEST = """\
id: case
company: {zh: 示例, en: Example}
title: {zh: 示例报告, en: Example Report}
period: {start: "2015-01-01", end: "2016-12-31", label: "2015-2016"}
date: "2017-01-01"
editions: [zh, en]
chapters: [chapters/01.yaml%s]
"""

HEAD = """\
id: giving
number: "01"
title: {zh: 公益, en: Giving}
sections:
  - id: day
    number: "1.1"
    title: {zh: 公益日, en: Giving Day}
    metrics:
"""

def metric(mid, label, value, unit, period, aliases, extra=""):
    u = f", unit: {unit}" if unit else ""
    return f'      - {{id: {mid}, label: {{zh: {label}, en: "{mid}"}}, value: "{value}"{u}, period: "{period}", aliases: [{", ".join(aliases)}]{extra}}}\n'

GIVING = (metric("day.donations.2015", "2015年公益日捐款人次", "205万", "人次", "2015", ["捐款人次", "参与人次", "参与捐款"])
          + metric("day.donations.2016", "2016年公益日捐款人次", "670万", "人次", "2016", ["捐款人次", "参与人次", "参与捐款"])
          + metric("day.amount.2015", "2015年公益日捐款金额", "1.279亿", "元", "2015", ["捐款金额", "善款"])
          + metric("day.amount.2016", "2016年公益日捐款金额", "3.05亿", "元", "2016", ["捐款金额", "善款"])
          + metric("day.matching.2016", "2016年腾讯基金会配捐金额", "1.9999亿", "元", "2016", ["配捐"]))

CASES = {
    "n201-figure-conflict": GIVING + """\
    blocks:
      - text: {zh: "2016年，共有677万人次参与捐款。", en: "In 2016, 6.77 million donations were made."}  # expect: N201
      - text: {zh: "2016年，共有670万人次参与捐款。", en: "In 2016, 6.7 million donations were made."}
      - text: {zh: "2016年，另有677万人次{=none}浏览了页面。", en: "In 2016, 6.77 million people viewed the page."}
      - text: {zh: "2016年，约670万人次参与捐款。", en: "In 2016, about 6.7 million donations were made."}
      - table:
          rows:
            - [{zh: 2016年捐款人次, en: Donations 2016}, {m: day.donations.2016}]
""",
    # "2014年我们有11起损工事件，今年降到了5起": a clause of a time and a verb of change to a value has the subject of
    # the clause before (its figure in the same unit) and 今年 dates it the report year (claims/extract.py CHANGED_TO).
    "n201-a-change-to-this-year": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司全年发生损工事件6起。", en: "In 2016 there were 6 lost-time incidents."}
      - text: {zh: "“2014年我们全年有11起损工事件，今年降到了5起。”", en: "\\"In 2014 we had 11 lost-time incidents; this year we brought it down to 5.\\""}  # expect: N212
      - text: {zh: "2014年公司车队发生交通事故9起，今年降至2起。", en: "The fleet had 9 road accidents in 2014 and 2 this year."}
""",
    # A count in 万 or 亿 right before a noun of people, with no measure word ("让41.2万农村群众喝上放心水"), counts persons
    # (claims/extract.py _people_bare) and is compared with the 人 of the same people. Not with 人次 (visits), nor when
    # a verb stands between the count and the noun (the count is then of what the verb governs).
    "n212-bare-count-of-people": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司供水工程累计惠及农村人口38.6万人。", en: "By 2016 our water works had benefited 386,000 rural residents."}
      - text: {zh: "2016年，供水工程让41.2万农村群众喝上了放心水。", en: "In 2016 the works brought safe water to 412,000 rural residents."}  # expect: N212
      - text: {zh: "2016年，供水工程入户宣传覆盖农村群众39.5万人次。", en: "In 2016 outreach reached rural residents 395,000 times."}
      - text: {zh: "2016年，供水工程投入40.2万资金帮助农村群众。", en: "In 2016 the works spent 402,000 to help rural residents."}
""",
    # Money spread over several purposes ("用于教育助学、乡村振兴和青少年科普") is named by its own clause: the list says where
    # it went (claims/extract.py _purpose), so the letter's written-out sum meets the highlight's with its digits swapped.
    # A sum given one purpose is still named by it: two such sums of one donor are two facts.
    "n212-money-of-several-purposes": GIVING + """\
    blocks:
      - text: {zh: "本章亮点：2016年公益投入2,910万元。", en: "Highlight: RMB 29.10 million of community investment in 2016."}
      - text: {zh: "2016年，我们全年投入公益资金两千九百零一万元，用于教育助学、乡村振兴和青少年科普。", en: "In 2016 we put RMB 29.01 million into community programmes."}  # expect: N212
      - text: {zh: "2016年，公司捐赠资金1,250万元，设立乡村教师奖励基金。", en: "In 2016 we gave RMB 12.5 million to set up a rural teachers' award fund."}
      - text: {zh: "2016年，公司捐赠资金1,520万元，援建山区学校图书馆。", en: "In 2016 we gave RMB 15.2 million to build school libraries in the mountains."}
""",
    # A figure written out in characters in a quote retells one the report gives in digits, in words of its own (居民 for
    # 供水服务人口): three digits of it in another order than the only value of its kind, period and unit is a slip made
    # writing it out (checks/claims.py _written_out_swaps), though the subjects share no word; an open bound (超过8,500人)
    # confirms nothing. Not reported: a written-out figure stated as written elsewhere (二千一百五十三名 and 2,153人) though
    # another count (2,135人) is its transposition, nor one whose transpositions are two values (two facts).
    "n212-written-out-swapped": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司供水服务人口1,243万人，员工超过8,500人。", en: "In 2016 we served 12.43 million people with water and had more than 8,500 staff."}
      - quote:
          text: {zh: "“我们每天的工作，就是让一千三百四十二万居民拧开水龙头，就有一杯放心水。”", en: "\\"Our job is to make sure 13.42 million residents get safe water.\\""}  # expect: N212
      - text: {zh: "2016年，公司员工2,153人，全年培训2,135人。", en: "In 2016 we had 2,153 staff and trained 2,135 people."}
      - quote:
          text: {zh: "“我们二千一百五十三名同事，每一位都是安全的守护者。”", en: "\\"Each of our 2,153 colleagues keeps us safe.\\""}
      - text: {zh: "2016年，公司志愿者4,620人，受助学生4,260人。", en: "In 2016 we had 4,620 volunteers and helped 4,260 students."}
      - quote:
          text: {zh: "“四千六百零二位乡亲的笑脸，就是我们最好的回报。”", en: "\\"The smiles of 4,602 villagers are our best reward.\\""}
""",
    "n202-rounding-variant": GIVING + """\
    blocks:
      - text: {zh: "2016年，腾讯基金会配捐1.99亿元。", en: "In 2016, the Tencent Foundation matched RMB 199 million."}  # expect: N202
      - text: {zh: "2016年，腾讯基金会配捐2亿元。", en: "In 2016, the Tencent Foundation matched RMB 200 million."}
""",
    "n203-approximation-excludes": GIVING + metric("day.staff.2016", "2016年员工人数", "38,775", "人", "2016", ["员工"]) + """\
    blocks:
      - text: {zh: "我们由2万多名{=day.staff.2016}年轻人组成。", en: "We are more than 20,000 young people."}  # expect: N203
      - text: {zh: "2016年，我们有3万多名员工。", en: "In 2016, we had more than 30,000 employees."}
""",
    "n204-metric-redeclared": GIVING + metric("day.amount.2016", "2016年公益日捐款金额", "3.5亿", "元", "2016", ["捐款金额"]).replace("      - {id: day.amount.2016", "      - {id: day.amount.2016", 1).rstrip("\n") + "  # expect: N204\n",
    "n205-derived-claim": GIVING + """\
    blocks:
      - text: {zh: "2016年捐款金额达到2015年的2.4倍。", en: "In 2016 the amount donated reached 2.4 times that of 2015."}
      - text: {zh: "2016年捐款金额达到2015年的3倍。", en: "In 2016 the amount donated reached 3 times that of 2015."}  # expect: N205
      - text: {zh: "2016年参与人次同比提高3.3倍。", en: "In 2016 donations rose 3.3-fold year on year."}  # expect: N205
      - text: {zh: "2016年参与人次同比提高2.3倍。", en: "In 2016 donations rose by 2.3 times year on year."}
      - text: {zh: "2016年配捐1.9999亿元，占捐款金额3.05亿元的80%。", en: "Matching of RMB 199.99 million was 80% of the RMB 305 million donated."}  # expect: N205
      - text: {zh: "2016年配捐1.9999亿元，占捐款金额3.05亿元的65.6%。", en: "Matching of RMB 199.99 million was 65.6% of the RMB 305 million donated."}
""",
    "n206-formula": GIVING + metric("day.ratio", "2016年与2015年捐款金额之比", "2.5", "倍", "2016", [], ', formula: "day.amount.2016 / day.amount.2015"').rstrip("\n") + "  # expect: N206\n"
        + metric("day.ratio-ok", "2016年与2015年捐款金额之比（正确）", "2.4", "倍", "2016", [], ', formula: "day.amount.2016 / day.amount.2015"'),
    "n209-edition-figure-mismatch": GIVING + """\
    blocks:
      - text: {zh: "2016年，共有670万人次参与捐款，善款3.05亿元。", en: "In 2016, 6.07 million donations raised RMB 305 million."}  # expect: N209
      - text: {zh: "活动持续了21天。", en: "The event lasted twenty-one days."}
""",
    "s101-unknown-metric": GIVING + """\
    blocks:
      - text: {zh: "共有{m:day.donors.2016}。", en: "{m:day.donations.2016} in all."}  # expect: S101
      - table:
          rows:
            - [{zh: 人次, en: Donations}, {m: day.donation.2016}]  # expect: S101
""",
    "s106-s107-qr": GIVING + """\
    blocks:
      - qr: {caption: {zh: 扫一扫, en: Scan}}  # expect: S106
      - qr: {url: "gongyi.qq.com", caption: {zh: 扫一扫, en: Scan}}  # expect: S107
      - qr: {url: "https://gongyi.qq.com", caption: {zh: 扫一扫, en: Scan}}
""",
    "t301-missing-translation": GIVING + """\
    blocks:
      - text: {zh: "没有译文的段落。"}  # expect: T301
      - quote: {text: {zh: 好, en: Good}, by: {zh: 马化腾}}  # expect: T301
""",
    "s108-n210-numbering-and-period": metric("day.loans.2011", "2011年借款总额", "10亿", "元", "2011", ["借款"]).rstrip("\n") + "  # expect: N210\n" + """\
    blocks:
      - text: {zh: "公益日。", en: "Giving day."}
  - id: night
    number: "1.3"  # expect: S108
    title: {zh: 夜, en: Night}
    sections:
      - id: night-one
        number: "1.3.1"
        title: {zh: 一, en: One}
      - id: night-two
        number: "2.3.2"  # expect: S108
        title: {zh: 二, en: Two}
""",
    "n207-n208-table-arithmetic": GIVING + """\
    blocks:
      - table:
          header: [{zh: 类别, en: Category}, {zh: 人数, en: People}, {zh: 占比, en: Share}]  # expect: N208
          rows:
            - [{zh: 男, en: Men}, "60", "55%"]
            - [{zh: 女, en: Women}, "50", "40%"]
            - [{zh: 合计, en: Total}, "120", "100%"]  # expect: N207
      - table:
          header: [{zh: 类别, en: Category}, {zh: 人数, en: People}, {zh: 占比, en: Share}]
          rows:
            - [{zh: 男, en: Men}, "60", "54.5%"]
            - [{zh: 女, en: Women}, "50", "45.5%"]
            - [{zh: 合计, en: Total}, "110", "100%"]
""",
    "n211-date-conflict": metric("day.visits", "公益日访问人次", "900万", "人次", "2016-09-07/2016-09-09", ["访问人次"]) + """\
    blocks:
      - text: {zh: "2016年9月12日，访问人次达900万人次。", en: "On 12 September 2016, visits reached 9 million."}  # expect: N211
      - text: {zh: "2016年9月8日，访问人次达900万人次。", en: "On 8 September 2016, visits reached 9 million."}
""",
    # A bound that just misses a close figure of the same counted thing; close values need less likeness
    # than values twice apart (checks/claims.py approximation_misses, _needed).
    "n203-n212-bounds-and-distance": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司员工总数41,236人。", en: "In 2016 the Company had 41,236 employees."}
      - text: {zh: "2016年，超过4.2万名员工是我们最宝贵的财富。", en: "Our more than 42,000 employees are our greatest asset."}  # expect: N203
      - text: {zh: "2016年，近4.2万名员工参加安全培训。", en: "Nearly 42,000 employees took safety training."}
      - text: {zh: "2016年，本集团注册志愿者2,146名。", en: "In 2016 the Group had 2,146 registered volunteers."}
      - text: {zh: "2016年，近2,000名志愿者走进社区。", en: "Nearly 2,000 volunteers went into the community."}  # expect: N203
      - text: {zh: "2016年，全行拦截涉诈资金2.17亿元。", en: "In 2016 we intercepted RMB 217 million of fraud funds."}
      - text: {zh: "2016年，我们帮客户拦下了2.3亿元涉诈资金。", en: "We stopped RMB 230 million of fraud funds for customers."}  # expect: N212
      - text: {zh: "2016年，创业大赛覆盖全国15个城市。", en: "In 2016 the contest covered 15 cities."}
      - text: {zh: "2016年，腾讯已在全国30余个城市建立众创空间。", en: "Tencent has set up maker spaces in more than 30 cities."}
""",
    # A bound against the exact figure of the same thing, whatever stands between them: a figure in a list after its
    # subject (共计3,420人次、18,600小时) counts what the list is of; a noun of place after the counted noun (学生身边)
    # leaves the noun counted; what counted people take part in (参与义工服务) says which of them are counted.
    "n203-n212-bounds-named-apart": GIVING + """\
    blocks:
      - text: {zh: "2016年，全公司全年志愿服务共计3,420人次、18,600小时。", en: "In 2016 volunteering came to 3,420 person-times and 18,600 hours."}
      - text: {zh: "2016年，志愿服务时长近1.7万小时。", en: "In 2016 volunteers gave nearly 17,000 hours."}  # expect: N212
      - text: {zh: "2016年，营养加餐计划受益学生36.2万名。", en: "In 2016 the nutrition programme reached 362,000 students."}
      - text: {zh: "2016年，这份期待延伸到了近36万名学生身边。", en: "In 2016 this hope reached nearly 360,000 students."}  # expect: N203
      - text: {zh: "2016年，参与义工服务员工3,260名，人均服务14小时。", en: "In 2016, 3,260 employees volunteered, 14 hours each."}
      - text: {zh: "2016年，逾3,300名员工参与义工服务。", en: "In 2016 more than 3,300 employees volunteered."}  # expect: N203
      - text: {zh: "2016年，公司员工总数5,350人，其中女性员工2,140人，新入职员工610人，少数民族员工320人。", en: "In 2016 the Company had 5,350 employees, 2,140 of them women, 610 new hires and 320 from ethnic minorities."}
""",
    # Hours of 服务 are volunteers' service however worded (累计服务…小时, 志愿服务时长…小时): 服务 names what a duration
    # measures (claims/extract.py _service_time); the hours of another service (客服热线) share only 服务 and stay apart.
    "n212-hours-of-service": GIVING + """\
    blocks:
      - text: {zh: "2016年，志愿服务时长18.7万小时。", en: "In 2016 volunteers gave 187,000 hours."}
      - text: {zh: "2016年，志愿者们全年累计服务18.9万小时。", en: "In 2016 the volunteers served 189,000 hours in all."}  # expect: N212
      - text: {zh: "2016年，客服热线全年服务时长19.2万小时。", en: "In 2016 the service hotline was staffed for 192,000 hours."}
""",
    # A sentence listing what one subject did, clause by clause (基金发放…，帮扶6,742人次，覆盖…), names it once: a clause of a
    # verb alone before its figure is the first clause's subject's (claims/extract.py _list_subject); another subject's
    # list (工会…，帮扶9,800人次) stays another fact though its verb is the same.
    "n212-a-lists-subject-carried": GIVING + """\
    blocks:
      - text: {zh: "2016年，关爱基金发放救助资金2,380万元，帮扶6,742人次，覆盖困难员工4,215人。", en: "In 2016 the care fund paid out RMB 23.8 million, helping 6,742 times and reaching 4,215 employees in need."}
      - text: {zh: "“关爱基金帮扶困难员工及其家庭近6,000人次。”", en: "\\"The care fund helped needy staff and their families nearly 6,000 times.\\""}  # expect: N203
      - text: {zh: "2016年，工会发放慰问金120万元，帮扶9,800人次。", en: "In 2016 the union paid out RMB 1.2 million, helping 9,800 times."}
""",
    # A total adds up the rows above it in its own unit; a part whose digits would make it add up is the one reported.
    "n207-sections-and-slipped-rows": GIVING + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 综合能源消耗量（吨标准煤）, en: Energy (tce)}, "3,200吨标准煤"]
            - [{zh: 范围一排放（吨二氧化碳当量）, en: Scope 1 (tCO2e)}, "1,200吨二氧化碳当量"]
            - [{zh: 范围二排放（吨二氧化碳当量）, en: Scope 2 (tCO2e)}, "2,300吨二氧化碳当量"]
            - [{zh: 范围一和范围二合计（吨二氧化碳当量）, en: Scope 1 and 2 (tCO2e)}, "3,500吨二氧化碳当量"]
      - table:
          header: [{zh: 岗位, en: Category}, "2016"]
          rows:
            - [{zh: 生产人员, en: Production}, "5,120"]
            - [{zh: 销售人员, en: Sales}, "8,390"]  # expect: N207
            - [{zh: 管理人员, en: Management}, "1,000"]
            - [{zh: 合计, en: Total}, "15,050"]
      - text: {zh: "2016年，产品抽检合格率100%。", en: "In 2016 all products sampled passed."}
""",
    # The first value of a trend is its series' figure for the year it names (checks/changes.py trend_years).
    "n201-trend-years": metric("rd.investment.2014", "研发投入", "9.48亿", "元", "2014", []).replace("}\n", "}  # expect: N210\n")
        + metric("rd.investment.2015", "研发投入", "11.05亿", "元", "2015", [])
        + metric("rd.investment.2016", "研发投入", "12.76亿", "元", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2014", "2015", "2016"]
          rows:
            - [{zh: 研发投入（亿元）, en: R&D (RMB 100 million)}, {m: rd.investment.2014, bare: true}, {m: rd.investment.2015, bare: true}, {m: rd.investment.2016, bare: true}]
      - text: {zh: "研发投入从2014年的11.05亿元增至2016年的12.76亿元。", en: "R&D rose from RMB 1.105 billion in 2014 to RMB 1.276 billion in 2016."}  # expect: N201
      - text: {zh: "研发投入由2015年的11.05亿元增至2016年的12.76亿元。", en: "R&D rose from RMB 1.105 billion in 2015 to RMB 1.276 billion in 2016."}
      - text: {zh: "培训时长由2014年的11.05万小时增至2016年的12.76万小时。", en: "Training rose from 110,500 hours in 2014 to 127,600 hours in 2016."}
""",
    # A part (其中) named by what another statement says already is that statement's fact (claims/group.py aspects_differ).
    "n202-part-named-alike": metric("ghg.scope1.2016", "范围一（直接排放）", "170,460", "吨", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，温室气体排放总量40.76万吨，其中范围一排放17.04万吨。", en: "In 2016 emissions were 407,600 tonnes, 170,400 of them Scope 1."}  # expect: N202
""",
    # An approximation's digits are the exact figure rounded (checks/claims.py approximations_rounded_wrong).
    "n213-approximation-rounded-wrong": GIVING + """\
    blocks:
      - text: {zh: "2016年，集团危险废物产生量9,615吨。", en: "In 2016 the Group produced 9,615 tonnes of hazardous waste."}
      - text: {zh: "2016年，集团危险废物产生量约0.97万吨。", en: "In 2016 hazardous waste came to about 9,700 tonnes."}  # expect: N213
      - text: {zh: "2016年，温室气体排放总量425,710吨。", en: "In 2016 emissions were 425,710 tonnes."}
      - text: {zh: "2016年，温室气体排放总量约42.6万吨。", en: "In 2016 emissions were about 426,000 tonnes."}
      - text: {zh: "2016年，公益捐赠385万元。", en: "In 2016 donations were RMB 3.85 million."}
      - text: {zh: "2016年，公益捐赠约400万元。", en: "In 2016 donations were about RMB 4 million."}
""",
    # A plant is named by what it produces: 风电场 and 风电 (claims/subject.py PLANT).
    "n201-plant-and-output": metric("gen.wind.2016", "风电", "5.82", "亿千瓦时", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1-1 分电源发电量（亿千瓦时）, en: "Table 1-1 Electricity generated by source"}
          header: [{zh: 电源, en: Source}, "2016"]
          rows:
            - [{zh: 风电, en: Wind}, {m: gen.wind.2016, bare: true}]
      - text: {zh: "2016年，风电场全年发电5.82万兆瓦时。", en: "In 2016 the wind farms generated 58,200 MWh."}  # expect: N201
""",
    # A verb and its object split by the figure ("发了23.6万兆瓦时电" = 发电) (claims/extract.py _split_compound).
    "n212-split-verb-object": GIVING + """\
    blocks:
      - text: {zh: "2016年，光伏自发电量2,360万千瓦时。", en: "In 2016 rooftop solar generated 23.6 million kWh."}
      - text: {zh: "“现在铺满了光伏板。一年下来发了23.6万兆瓦时电。”", en: "\\"Now it is covered in panels. In a year it made 236,000 MWh.\\""}  # expect: N212
""",
    # Money that names no purpose ("投入资金") is the cost of what the clause before did (claims/extract.py SPENDING).
    "n212-spending-names-its-purpose": GIVING + """\
    blocks:
      - text: {zh: "2016年，本集团完成固定资产投资72.3亿元，其中老旧管网改造12.8万元，新能源项目建设24.6亿元。", en: "In 2016 we invested RMB 7.23 billion, RMB 128,000 of it in old mains and RMB 2.46 billion in new energy."}
      - text: {zh: "2016年，全年改造老旧供水管网318公里，投入资金12.8亿元。", en: "In 2016 we replaced 318 km of old water mains at a cost of RMB 1.28 billion."}  # expect: N212
      - text: {zh: "2016年，全年新建污水管网52公里，投入资金3.1亿元。", en: "In 2016 we built 52 km of sewers at a cost of RMB 310 million."}
""",
    # One donation told in a filing's words (水灾, 拯救, 捐出) and a news report's (洪涝, 救援, 捐款) is one fact;
    # a sum whose clause ends at the figure is named by the purpose the next clause gives it (claims/extract.py PURPOSE),
    # so two donations of one donor for different purposes stay two facts.
    "n212-one-donation-in-other-words": GIVING + """\
    blocks:
      - text: {zh: "2016年7月，基金会面向全国多地爆发的洪涝灾害紧急救援工作捐款300万元。", en: "In July 2016 the foundation gave RMB 3 million to emergency flood relief across the country."}  # expect: N212
      - text: {zh: "2016年，基金会捐出了约人民币400万元以支持中国水灾的紧急拯救任务。", en: "In 2016 the foundation donated about RMB 4 million to emergency flood rescue in China."}
      - text: {zh: "同年，基金会捐赠3000万元，设立青少年科研奖学金项目。", en: "The same year it gave RMB 30 million for a youth research scholarship."}
      - text: {zh: "2016年，基金会已捐出了合共约人民币1,300万元帮助患病的贫困儿童。", en: "In 2016 the foundation gave about RMB 13 million in all to sick children in poverty."}
""",
    # A day of every year ("自2015年起每年…在9月9日前后") is each year's day from the start year on; "前后" gives it
    # loosely, so another day for the same event is a warning, not an error (claims/events.py EVERY_YEAR, AROUND).
    # "9·9公益日" and "99公益日" name one event (checks/dates.py DATE_DOT).
    "n215-a-day-of-every-year": GIVING + """\
    blocks:
      - text: {zh: "我们自2015年起每年举办“9·9公益日”活动，在9月9日前后让用户通过网络捐款。", en: "Since 2015 we have held 99 Giving Day every year around 9 September."}
      - text: {zh: "2015年9月7日，腾讯发起了第一个99公益日，三天里205万人次参与。", en: "On 7 September 2015 Tencent launched the first 99 Giving Day: 2.05 million donations in three days."}  # expect: N215
      - text: {zh: "2016年9月9日，第二个99公益日如期举行。", en: "The second 99 Giving Day was held on 9 September 2016."}
""",
    # A figure right after 和/及/、 counts the second of two joined nouns only ("自有牧场和逾350家奶农合作社"),
    # and a counted noun may end in a word of three characters (奶农 + 合作社) (claims/extract.py CONJOINED,
    # subject.py near_words): the bound 逾350 excludes the 318 counted elsewhere.
    "n212-the-second-of-two-joined-nouns": GIVING + """\
    blocks:
      - text: {zh: "2016年，合作奶农合作社增至318家。", en: "In 2016 we worked with 318 dairy farmer cooperatives."}
      - text: {zh: "2016年，我们的奶源来自自有牧场和逾350家奶农合作社。", en: "In 2016 our milk came from our own farms and more than 350 cooperatives."}  # expect: N212
""",
    # Words that say how or where all of something is used (依托, 借助, 全网, 全辖) name nothing of it.
    "n212-relying-on-the-whole-network": GIVING + """\
    blocks:
      - text: {zh: "2016年末，公司营业网点32,160个。", en: "At the end of 2016 we had 32,160 outlets."}
      - text: {zh: "2016年，我们依托全网3.4万个营业网点开展助农寄递。", en: "In 2016 we used our 34,000 outlets to ship farm produce."}  # expect: N212
""",
    # A metric's label written right before a typed figure names it ("公司研发投入4.68亿元" and the row 研发投入（亿元）),
    # even when the label's words alone are too few to say so (claims/group.py labelled); the label inside a longer
    # phrase ("研发投入中人员费用") names another fact.
    "n201-named-by-the-metrics-label": GIVING + metric("ops.rd.2016", "研发投入（亿元）", "4.86", "亿元", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 主要经营数据, en: Key figures}
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 研发投入（亿元）, en: R&D spending (RMB 100 million)}, {m: ops.rd.2016, bare: true}]
  - id: products
    number: "1.2"
    title: {zh: 产品创新, en: Products}
    blocks:
      - text: {zh: "2016年，公司研发投入4.68亿元，推出新品32款。", en: "In 2016 we spent RMB 468 million on R&D and launched 32 products."}  # expect: N201
      - text: {zh: "2016年，研发投入中人员费用1.2亿元。", en: "In 2016 staff costs were RMB 120 million of R&D spending."}
""",
    # "由上年末的412辆增至1,268辆": the first value is the previous year's, as with a year written (claims/extract.py
    # OLD_VALUE), so the multiple after it is recomputed from the sentence: ×3.08 is "是…的3.1倍", not "增长了3.1倍".
    "n205-from-last-years-value": GIVING + """\
    blocks:
      - text: {zh: "2016年，新能源重卡数量由上年末的412辆增至1,268辆，增长了3.1倍。", en: "In 2016 our electric heavy trucks rose from 412 to 1,268, up 3.1 times."}  # expect: N205
      - text: {zh: "2016年，充电桩数量由上年末的520个增至1,612个，是上年末的3.1倍。", en: "In 2016 charging posts rose from 520 to 1,612, 3.1 times the number a year before."}
""",
    # The reporting company's own name (示例 of the manifest's company) names no one fact, 这是 nothing, and 推行 and
    # 推广 are one verb (claims/subject.py OWN_NAME, thesaurus.py): 连续四年 in 2016 says 2013, not 2014.
    # A run of years whose subject is only the kind of thing (项目, 该课程) is of the thing its paragraph has just named
    # in quotes (claims/events.py _named_before): 2012 to 2016 is five years, not six; 2013 to 2016 is four.
    "n216-a-run-of-the-programme-named-before": GIVING + """\
    blocks:
      - text: {zh: "2012年，公司发起“星光计划”青少年科普公益项目。2013年，公司启动“晨光课堂”公益课程。", en: "In 2012 we launched the Starlight science programme for young people, and in 2013 the Morning Light classes."}
      - text: {zh: "“星光计划”是公司的旗舰公益项目，带领孩子们认识科学。项目已连续六年举办。", en: "Starlight is our flagship programme. It has now run for six years in a row."}  # expect: N216
      - text: {zh: "“晨光课堂”是公司的公益课程。该课程已连续四年开展。", en: "Morning Light is our free class. It has run for four years in a row."}
""",
    # The ordinal of a report ("第五份可持续发展报告" in 2016) dates the first of a series that comes out every year
    # ("自2010财政年度起每年发布…": a financial year is a year) to 2012 (claims/events.py ORDINAL).
    "n216-the-nth-report-of-a-yearly-series": GIVING + """\
    blocks:
      - text: {zh: "本报告是示例发布的第五份可持续发展报告。", en: "This is the fifth sustainability report Example has published."}
      - text: {zh: "本公司自2010财政年度起每年发布可持续发展报告。", en: "The Company has published a sustainability report every year since the 2010 financial year."}  # expect: N216
""",
    # Money its own clause names by two words or more ("乡村振兴帮扶投入1.05亿元") is that fact; the purpose after it
    # (支持…扩建及…工程) says what it did and is no part of its subject (claims/extract.py PURPOSE_NAMED), or its
    # rarer words outweigh the name the table row gives: 1.05亿元 for the row's 1,050万元 is a slip of scale.
    "n201-money-named-before-its-purpose": metric("rural.2016", "乡村振兴（万元），2016年", "1,050", "万元", "2016", [])
    + metric("school.2016", "教育助学（万元），2016年", "386", "万元", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，本集团乡村振兴帮扶投入1.05亿元，支持青山县茶叶加工厂扩建及村道硬化工程。", en: "In 2016 we invested RMB 105 million in rural revitalisation."}  # expect: N201
      - text: {zh: "全年社区投入1,436万元，其中乡村振兴1,050万元，员工走进沿线乡村。", en: "Community investment was RMB 14.36 million, RMB 10.5 million of it in rural revitalisation."}
      - text: {zh: "乡村振兴项目覆盖12个村。乡村振兴志愿者85名。乡村振兴培训320人次。", en: "Rural revitalisation reached 12 villages, with 85 volunteers and 320 trainee visits."}
      - table:
          caption: {zh: 表1 社区投入, en: "Table 1 Community investment"}
          header: [{zh: 项目（万元）, en: Programme}, {zh: 2016年, en: "2016"}]
          rows:
            - [{zh: 乡村振兴, en: Rural revitalisation}, {m: rural.2016}]
            - [{zh: 教育助学, en: Education}, {m: school.2016}]
""",
    # A clause saying where the subject comes from ("范围一排放主要来自养护车辆的燃油，同比下降6.3%") names the source,
    # not what changed (claims/extract.py _without_source): 8,736 -> 8,215 is -6.0%, not -6.3% (divided by the new value).
    "n214-a-change-after-its-subjects-source": metric("env.scope1.2015", "范围一排放（吨二氧化碳当量）", "8,736", "吨", "2015", [])
    + metric("env.scope1.2016", "范围一排放（吨二氧化碳当量）", "8,215", "吨", "2016", []) + """\
    blocks:
      - text: {zh: "范围一排放主要来自养护及巡查车辆的燃油，同比下降6.3%。", en: "Scope 1 emissions, mainly from the fuel of maintenance vehicles, fell 6.3% year on year."}  # expect: N214
      - text: {zh: "范围二排放3.94万吨，温室气体排放总量4.76万吨，排放强度0.52吨/万元，氮氧化物排放12吨。", en: "Scope 2 was 39,400 t, total emissions 47,600 t, intensity 0.52 t per RMB 10,000, NOx 12 t."}
      - table:
          caption: {zh: 排放, en: Emissions}
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 范围一排放（吨二氧化碳当量）, en: Scope 1}, {m: env.scope1.2015, bare: true}, {m: env.scope1.2016, bare: true}]
""",
    "n216-a-practice-rolled-out": GIVING + """\
    blocks:
      - text: {zh: "我们自2014年起推行循环快递箱，先在生鲜寄递中试点。", en: "Since 2014 we have used reusable parcel boxes, first for fresh food."}
      - text: {zh: "这是示例连续四年推广循环快递箱。", en: "It is the fourth year running that we have promoted reusable boxes."}  # expect: N216
""",
    # 拥有/现有/具有 (to have) name nothing of what is had: "拥有自有车辆48,760辆" states the whole that
    # "占自有车辆总数的32.0%" is taken of, which makes it 30.0% (claims/subject.py STOP).
    "n217-the-whole-a-company-has": GIVING + """\
    blocks:
      - text: {zh: "截至2016年末，我们拥有自有车辆48,760辆。", en: "At the end of 2016 we owned 48,760 vehicles."}
      - text: {zh: "截至2016年末，新能源车辆14,620辆，占自有车辆总数的32.0%。", en: "At the end of 2016 we had 14,620 new-energy vehicles, 32.0% of our own vehicles."}  # expect: N217
""",
    # Small counts are told apart by how many, not by their ratio: 2起 against the table's 1起 is a miscount of one,
    # as close as values within 10 % (checks/claims.py SMALL); 5起 against 1起 stays two facts unless more alike.
    "n201-a-miscount-of-one": GIVING + metric("qc.recalls.2016", "产品召回（起）", "1", "起", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 产品质量, en: Product quality}
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 产品召回（起）, en: Product recalls}, {m: qc.recalls.2016, bare: true}]
  - id: quality
    number: "1.2"
    title: {zh: 质量管理, en: Quality}
    blocks:
      - text: {zh: "2016年，公司主动召回产品2起，均为预防性召回。", en: "In 2016 we carried out 2 voluntary product recalls, both as a precaution."}  # expect: N201
""",
    # A change with no % under a header with no % is the difference of the two values in their own unit ("-0.05"
    # for a PUE of 1.46 → 1.41); an English figure after "per" is an intensity's base, which Chinese writes with no
    # digit (每百万元收入), not a figure of the Chinese (checks/changes.py _absolute, editions.py _denominator).
    "n214-absolute-changes-and-bases": GIVING + """\
    blocks:
      - table:
          caption: {zh: 数据中心能效, en: Data centre efficiency}
          header: [{zh: 指标, en: Indicator}, "2015", "2016", {zh: 变化, en: Change}]
          rows:
            - [{zh: 平均电能使用效率（PUE）, en: Average PUE}, "1.46", "1.41", "-0.05"]
            - [{zh: 最高电能使用效率（PUE）, en: Highest PUE}, "1.58", "1.49", "+0.10"]  # expect: N214
      - text: {zh: "2016年，每百万元收入的温室气体排放为7.31吨。", en: "In 2016 greenhouse gas emissions were 7.31 tonnes per RMB 1 million of revenue."}
""",
    # A sentence's own whole comes first: "占该矿员工总数的93.0%" after "甲矿员工3,126人，其中…2,907人" is 2,907/3,126,
    # whatever another mine's workforce is (shares.py _fits_own_whole); a list of parts stops at 另有 (listed_parts);
    # "2015年至2016年…分别为1人、0人" gives each figure its year (claims/extract.py _respective_year).
    "n220-a-sentences-own-whole-and-years": GIVING
    + metric("safety.contractor.2015", "承包商因工死亡人数", "2", "人", "2015", [])
    + metric("safety.contractor.2016", "承包商因工死亡人数", "1", "人", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，甲矿员工3,126人，其中本地员工2,907人，占该矿员工总数的93.0%。", en: "In 2016 Mine A had 3,126 employees, 2,907 of them local, 93.0% of its workforce."}
      - text: {zh: "2016年，乙矿员工2,215人。", en: "In 2016 Mine B had 2,215 employees."}
      - text: {zh: "截至2016年末，运营矿山9座，其中境内7座、境外2座，另有选矿厂7座、冶炼厂2座。", en: "At the end of 2016 we ran 9 mines, 7 in China and 2 abroad, and 7 concentrators and 2 smelters."}
      - text: {zh: "截至2016年末，运营油田9座，其中境内7座、境外3座。", en: "At the end of 2016 we ran 9 oil fields, 7 in China and 3 abroad."}  # expect: N220
      - text: {zh: "2015年至2016年员工因工死亡分别为1人、0人，承包商分别为2人、1人。", en: "Work-related deaths: employees 1 and 0, contractors 2 and 1 in 2015 and 2016."}
""",
    # 累计 in a sentence naming the report year and no start (自, 以来, 截至, 近三年) is the year's total (claims/extract.py
    # _within_the_year), and 各单位 is the company's units, not an intensity's 单位; a bound is confirmed only by an
    # exact figure: "四万余名" does not vouch for "逾4.1万人" against 40,126 (checks/claims.py approximation_misses).
    "n201-the-years-total-and-loose-bounds": GIVING + metric("safety.training.2016", "安全培训（万人次）", "24.8", "万人次", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 安全绩效, en: Safety}
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 安全培训（万人次）, en: "Safety training (10,000 attendances)"}, {m: safety.training.2016, bare: true}]
  - id: training
    number: "1.2"
    title: {zh: 安全培训, en: Training}
    blocks:
      - text: {zh: "据统计，2016年各单位累计组织安全培训约25.8万人次。", en: "In 2016 our units held about 258,000 safety training attendances."}  # expect: N201
      - text: {zh: "截至2016年末，累计组织安全培训126万人次。", en: "By the end of 2016 we had held 1.26 million safety training attendances in all."}
      - text: {zh: "2016年末，集团共有员工40,126人。", en: "At the end of 2016 we had 40,126 employees."}
      - text: {zh: "2016年，员工总数逾4.1万人。", en: "In 2016 we had over 41,000 employees."}  # expect: N212
      - text: {zh: "2016年的成绩离不开四万余名员工的辛勤付出。", en: "2016's results are owed to the work of over 40,000 employees."}
""",
    # "A占B的N%" with neither figure in its sentence: the whole is the one statement named exactly B (总耗电量 → 用电),
    # the part one named by A less what B names (the table's row 数据中心 of 数据中心耗电); a warning, as both are
    # found by their words (checks/shares.py _share_of_named_part_and_whole).
    "n217-a-part-and-a-whole-named": GIVING
    + metric("env.electricity.2016", "用电量（万千瓦时）", "33,610", "万千瓦时", "2016", [])
    + metric("env.electricity-dc.2016", "其中：数据中心（万千瓦时）", "10,285", "万千瓦时", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 用电, en: Electricity}
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 用电量（万千瓦时）, en: "Electricity (10,000 kWh)"}, {m: env.electricity.2016, bare: true}]
            - [{zh: 其中：数据中心, en: of which data centres}, {m: env.electricity-dc.2016, bare: true}]
  - id: dc
    number: "1.2"
    title: {zh: 数据中心, en: Data centres}
    blocks:
      - text: {zh: "2016年，随着云业务扩展，数据中心耗电占总耗电量的32.6%。", en: "In 2016, as cloud services grew, data centres used 32.6% of our electricity."}  # expect: N217
      - text: {zh: "2016年，办公楼宇耗电占总耗电量的12.0%。", en: "In 2016 offices used 12.0% of our electricity."}
""",
    # A unitless indicator named by its acronym (PUE, LTIFR) is compared like a counted figure (claims/group.py
    # INDICATOR); a year after a figure dates it only in its own clause: "降至1.44，目标2030年前降至1.35以下" is 2016's.
    "n201-an-indicator-named-by-its-acronym": GIVING + metric("env.pue.2016", "数据中心平均电能使用效率（PUE）", "1.41", "", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 数据中心能效, en: Data centre efficiency}
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 数据中心平均电能使用效率（PUE）, en: Average PUE of data centres}, {m: env.pue.2016, bare: true}]
  - id: pue
    number: "1.2"
    title: {zh: 能效, en: Efficiency}
    blocks:
      - text: {zh: "2016年，基站节能改造完成；数据中心平均PUE降至1.44，目标2030年前降至1.35以下。", en: "In 2016 base stations were retrofitted; data centre PUE fell to 1.44, with a target below 1.35 by 2030."}  # expect: N201
      - text: {zh: "2016年，新建数据中心的设计PUE为1.25。", en: "In 2016 the design PUE of new data centres was 1.25."}
""",
    # Guards found on a held-out report: a clause naming its own subject states its change, not the figure before it's
    # (growth.py); two values twenty times apart are not one series (changes.py _not_one_series); a share's own
    # percentage is no part of it (derived.py share_claims).
    "n223-changes-of-their-own-subject": GIVING
    + metric("env.recycled.2015", "再生涤纶使用比例", "24.6%", "", "2015", [])
    + metric("env.recycled.2016", "再生涤纶使用比例", "31.2%", "", "2016", [])
    + metric("env.ghg.2015", "温室气体排放（万吨）", "100.0", "万吨", "2015", [])
    + metric("env.ghg.2016", "温室气体排放（万吨）", "95.3", "万吨", "2016", [])
    + metric("env.power.2016", "外购电力（万千瓦时）", "70,250", "万千瓦时", "2016", [])
    + metric("env.renewable.2016", "可再生能源电力占比", "22.4%", "", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 环境绩效, en: Environment}
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 再生涤纶使用比例, en: Recycled polyester}, {m: env.recycled.2015, bare: true}, {m: env.recycled.2016, bare: true}]
            - [{zh: 温室气体排放（万吨）, en: GHG emissions (10 kt)}, {m: env.ghg.2015, bare: true}, {m: env.ghg.2016, bare: true}]
  - id: letter
    number: "1.2"
    title: {zh: 致辞, en: Letter}
    blocks:
      - text: {zh: "2016年，再生涤纶使用比例提高到31.2%，温室气体排放同比下降4.7%。", en: "In 2016 recycled polyester rose to 31.2% and emissions fell 4.7%."}
      - text: {zh: "2016年，再生涤纶使用比例提高到31.2%，温室气体排放同比下降5.7%。", en: "In 2016 recycled polyester rose to 31.2% and emissions fell 5.7%."}  # expect: N214
      - text: {zh: "2015年，染整用水总量1,124万吨。", en: "In 2015 dyeing used 11.24 million tonnes of water."}
      - text: {zh: "2016年，吨面料染整用水量降至104.7吨，较2015年下降12.8%。", en: "In 2016 dyeing water fell to 104.7 tonnes per tonne of fabric, 12.8% less than in 2015."}
      - text: {zh: "2016年外购电力70,250万千瓦时，可再生能源电力占比22.4%。", en: "In 2016 we bought 702.5 million kWh, 22.4% of it renewable."}
""",
    # The company's founding: two starts whose subject is only the company's own name (示例, the manifest's company) or
    # 公司/本公司 are one event whatever else their sentences say (claims/events.py _founding); "连续19年" and
    # "连续18年" are one finding (N216), not also a same-fact conflict of 19年 and 18年 (checks/claims.py _running).
    "n216-the-companys-founding": GIVING + """\
    blocks:
      - text: {zh: "示例成立于2005年，总部位于昆明。", en: "Example was founded in 2005 and is based in Kunming."}
      - text: {zh: "本公司成立于2004年，是一家区域航空公司。", en: "The company was founded in 2004 as a regional airline."}  # expect: N216
      - text: {zh: "2016年，公司实现连续18年安全飞行。", en: "In 2016 we completed 18 years of safe flying."}
      - text: {zh: "2016年，示例连续19年安全飞行。", en: "In 2016 Example marked 19 years of safe flying."}  # expect: N216
      - text: {zh: "2014年，示例影业成立。", en: "In 2014 Example Pictures was founded."}
""",
    # "B，是2015年A的N倍": the sentence names both values, A (after the year, before 的N倍) the base (changes.py _stated_base).
    "n205-both-values-in-the-sentence": GIVING + """\
    blocks:
      - text: {zh: "2016年回收处理废旧电池6.85万吨，是2015年2.74万吨的2.8倍。", en: "In 2016 we recycled 68,500 tonnes of batteries, 2.8 times the 27,400 tonnes of 2015."}  # expect: N205
      - text: {zh: "2016年回收处理废旧塑料5.48万吨，是2015年2.74万吨的2倍。", en: "In 2016 we recycled 54,800 tonnes of plastic, twice the 27,400 tonnes of 2015."}
""",
    # "平均每名学生获赠…": an average over the group named after 平均每名, its total a table row of the chapter
    # (checks/averages.py _per_each); what a beneficiary 获赠 is what was donated (claims/thesaurus.py).
    "n221-average-per-each-member": metric("milk.2016", "捐赠学生奶", "1,265万", "盒", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 捐赠学生奶（盒）, en: School milk donated (cartons)}, {m: milk.2016}]
      - text: {zh: "2016年，受益学生36.2万名。", en: "In 2016, 362,000 students benefited."}
      - text: {zh: "按全年捐赠量计算，平均每名学生获赠学生奶约45盒。", en: "Each student received about 45 cartons on average."}  # expect: N221
""",
    # "人均…，合计约…": an approximate total in the average's sentence is the average times the count, rounded to
    # its last digit (checks/averages.py _product_off); the headcount before 人均 is the count, not an average.
    "n221-approximate-total-of-an-average": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司为1,420名一线员工人均提供技能培训48小时，合计约7.6万小时。", en: "In 2016 we gave 1,420 frontline employees 48 hours of skills training each, about 76,000 hours in all."}  # expect: N221
      - text: {zh: "2016年，公司为800名新员工人均提供入职培训20小时，合计约1.6万小时。", en: "In 2016 we gave 800 new employees 20 hours of induction each, about 16,000 hours in all."}
""",
    # A run of years without an event (checks/streaks.py): broken by a count in one of its years, read from a
    # 分别为 list of years (2022年、2023年及2024年…分别为1人、0人及0人) too; a contractor's count is not the employees' run.
    "n225-run-of-years-broken": metric("safety.deaths.2016", "因工死亡人数", "0", "人", "2016", []) + """\
    blocks:
      - text: {zh: "2014年、2015年及2016年员工因工死亡人数分别为1人、0人及0人。", en: "Work-related deaths of employees were 1, 0 and 0 in 2014, 2015 and 2016."}
      - text: {zh: "安全是底线，公司员工已连续三年实现零死亡。", en: "Employees have had no fatality for three years in a row."}  # expect: N225
      - text: {zh: "2015年，承包商因工死亡1人。公司员工连续两年未发生因工死亡事故。", en: "One contractor died at work in 2015. No employee has died at work for two years."}
""",
    # Two statements of one run: 连续五年 starts in 2012, 自2014年起 in 2014 (checks/streaks.py).
    "n225-run-started-twice": GIVING + """\
    blocks:
      - text: {zh: "集团已连续五年实现零工亡。", en: "The Group has had no work-related fatality for five years."}  # expect: N225
      - text: {zh: "自2014年起，集团未发生因工死亡事故。", en: "Since 2014 the Group has had no work-related fatality."}
      - text: {zh: "集团连续三年未发生重大环境污染事件。", en: "No major pollution incident for three years."}
""",
    # An intensity per 百万元 of revenue (每百 is a piece of its base's unit, not a subject word), its total told apart
    # from a part whose noun carries a short gloss in parentheses (其中范围二（外购电力）排放…: extract._before_aside).
    "n221-intensity-per-million-with-a-glossed-part": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司温室气体排放总量为131,206吨，其中范围二（外购电力）排放129,060吨。公司营业收入184.62亿元。", en: "In 2016 our GHG emissions were 131,206 tonnes, 129,060 of them Scope 2 (purchased electricity). Revenue was RMB 18.462 billion."}
      - text: {zh: "2016年，每百万元营业收入的温室气体排放为7.31吨。", en: "In 2016 emissions were 7.31 tonnes per RMB 1 million of revenue."}  # expect: N221
""",
    # "境内供应商1,128家，占供应商总数1,486家的78.5%": the whole stated inside the 占 phrase, the part before it
    # (shares._whole_inside); a share that the two give is no finding.
    "n217-the-whole-inside-the-share": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司境内供应商1,128家，占供应商总数1,486家的78.5%。", en: "In 2016 we had 1,128 domestic suppliers, 78.5% of our 1,486 suppliers."}  # expect: N217
      - text: {zh: "2016年，公司女性管理者312名，占管理者总数1,040名的30.0%。", en: "In 2016 312 of our 1,040 managers, 30.0%, were women."}
""",
    # "女性员工5,000人，女性员工占比45.2%": a share that names its part again and no whole is a bare 占比 (shares._restated).
    "n217-share-restating-its-part": GIVING + """\
    blocks:
      - text: {zh: "截至2016年底，公司员工总数12,345人。", en: "At the end of 2016 we had 12,345 employees."}
      - text: {zh: "2016年公司女性员工5,000人，女性员工占比45.2%。", en: "In 2016 5,000 of our employees, 45.2%, were women."}  # expect: N217
      - text: {zh: "2016年公司境外员工1,500人，境外员工占比12.2%。", en: "In 2016 1,500 employees, 12.2%, worked outside China."}
""",
    # Two statements of one share are compared by the share's part and its whole (claims/group.py _own): 女性员工's
    # share twice; a share of 自有车辆 by another part (已加装…) or among a part (一线员工中女性) is another fact.
    "n212-one-share-stated-twice": GIVING + """\
    blocks:
      - text: {zh: "2016年，女性员工占比45.2%，本地员工占比78.7%。", en: "In 2016 women were 45.2% of employees and local staff 78.7%."}
      - text: {zh: "我们重视多元化，2016年公司女性员工5,580人，占员工总数的47.2%。", en: "We value diversity: in 2016 our 5,580 women were 47.2% of employees."}  # expect: N212
      - text: {zh: "门店一线员工中女性占比为68.5%。", en: "Women are 68.5% of front-line store staff."}
      - text: {zh: "2016年末，集团新能源车辆14,620辆，占自有车辆总数的32.0%；已加装主动安全系统41,230辆，占自有车辆的84.6%。", en: "At the end of 2016 the Group had 14,620 new-energy vehicles, 32.0% of its own fleet; 41,230 vehicles, 84.6%, had active safety systems."}
""",
    # A name of digits and Latin letters (5G, 4G, PM2.5) is a subject word (claims/subject.py TECH_NAME): the change
    # of 5G客户 is of its row, not of 4G客户's; an index item number (A1.4) is not a name.
    "n214-technology-names": (metric("c4g.2015", "4G客户", "3,120,000", "户", "2015", []) + metric("c4g.2016", "4G客户", "2,760,000", "户", "2016", [])
                              + metric("c5g.2015", "5G客户", "1,942,500", "户", "2015", []) + metric("c5g.2016", "5G客户", "2,571,800", "户", "2016", [])) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 4G客户（户）, en: 4G customers}, {m: c4g.2015, bare: true}, {m: c4g.2016, bare: true}]
            - [{zh: 5G客户（户）, en: 5G customers}, {m: c5g.2015, bare: true}, {m: c5g.2016, bare: true}]
      - text: {zh: "客户升级意欲强劲，5G客户数目同比增长36.4%。", en: "Customers were keen to upgrade: 5G customers rose 36.4% year on year."}  # expect: N214
""",
    # 新增 N against the stock's two year-end rows (checks/changes.py additions): 11,260 -> 13,580 is 2,320 added;
    # a row of additions itself (新增授权专利) is stated, not added to.
    "n214-added-in-the-year": (metric("bs.2015", "5G基站", "11,260", "个", "2015", []) + metric("bs.2016", "5G基站", "13,580", "个", "2016", [])
                               + metric("pat.2015", "新增授权专利", "718", "件", "2015", []) + metric("pat.2016", "新增授权专利", "853", "件", "2016", [])) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 5G基站（个）, en: 5G base stations}, {m: bs.2015, bare: true}, {m: bs.2016, bare: true}]
            - [{zh: 新增授权专利（件）, en: Patents granted}, {m: pat.2015, bare: true}, {m: pat.2016, bare: true}]
      - text: {zh: "2016年，公司新增5G基站2,230个，网络覆盖持续扩大。", en: "In 2016 we added 2,230 5G base stations."}  # expect: N214
      - text: {zh: "2016年，公司新增授权专利853件。", en: "In 2016 we were granted 853 patents."}
""",
    # A pollutant by its abbreviation (VOCs, NOx, COD) and 新品 are the table's 挥发性有机物, 氮氧化物, 化学需氧量 and
    # 新产品 (claims/thesaurus.py).
    "n201-abbreviated-pollutants": metric("vocs.2016", "挥发性有机物排放", "321", "吨", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 挥发性有机物排放（吨）, en: VOC emissions (t)}, {m: vocs.2016}]
      - text: {zh: "“今年全公司VOCs排放降到了312吨。”", en: "“This year our VOC emissions fell to 312 tonnes.”"}  # expect: N201
      - text: {zh: "2016年，公司全年推出新产品46款。", en: "In 2016 we launched 46 new products."}
      - text: {zh: "公司2016年推出新品48款。", en: "We launched 48 new products in 2016."}  # expect: N212
""",
    # "旗下19家酒店的平均入住率…": what follows 的 describes the hotels and belongs to the later figure, so 平均 is not
    # an aspect of the 19 (claims/extract.py _own_part).
    "n212-count-before-an-attribute": GIVING + """\
    blocks:
      - text: {zh: "2016年，集团旗下共有18家酒店。", en: "In 2016 the Group had 18 hotels."}
      - text: {zh: "2016年，旗下19家酒店的平均入住率重回80%以上。", en: "In 2016 the average occupancy of our 19 hotels was back above 80%."}  # expect: N212
""",
    # "自2012年起…连续四年" in one sentence: the count says another start than the year (2012 to 2016 is five years), so
    # it is compared with the other statements of that start (claims/events.py).
    "n216-run-counted-against-its-own-start": GIVING + """\
    blocks:
      - text: {zh: "自2012年起，集团已连续四年获颁“绿色企业大奖”。", en: "Since 2012 the Group has won the Green Enterprise Award for four years running."}  # expect: N216
      - text: {zh: "集团连续五年获颁“绿色企业大奖”。", en: "The Group has won the Green Enterprise Award five years running."}
""",
    # "集团于1987年在尖沙咀开设首间酒店": the year a first one opened is a start, compared with 自1978年…以来 (claims/events.py FIRST_IN).
    "n216-year-of-the-first-one": GIVING + """\
    blocks:
      - text: {zh: "集团于1987年在尖沙咀开设首间酒店，此后不断扩展。", en: "The Group opened its first hotel in Tsim Sha Tsui in 1987 and has grown since."}
      - text: {zh: "自1978年在尖沙咀开设第一间酒店以来，我们始终坚持以客为本。", en: "Since opening our first hotel in Tsim Sha Tsui in 1978 we have put guests first."}  # expect: N216
""",
    # A change after another figure's clause is of what its own clause names (checks/growth.py _rows_for).
    "n223-change-of-its-own-clause": GIVING + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 研发投入（亿元）, en: R&D (RMB 100 million)}, "24.85", "29.16"]
            - [{zh: 研发投入占营业收入比例（%）, en: R&D intensity (%)}, "9.16%", "9.82%"]
      - text: {zh: "2016年，研发投入29.16亿元，较2015年的24.85亿元增长17.3%，研发投入强度较上年提升0.8个百分点。", en: "R&D rose 17.3% from RMB 2.485 billion to RMB 2.916 billion; intensity rose 0.8 points."}  # expect: N223
""",
    # Bounds: colleagues are employees (thesaurus), "户数" adds nothing to 户, and a bound far below another
    # count ("超过10万户" under 3,150万户) does not vouch for it (checks/claims.py approximation_misses).
    "n203-bounds-among-other-counts": metric("msme.borrowers.2016", "普惠型小微企业贷款户数", "97,352", "户", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，员工志愿者达3,260名。", en: "In 2016 we had 3,260 employee volunteers."}
      - text: {zh: "“今年有近3,000名同事报名成为志愿者。”", en: "\\"Nearly 3,000 colleagues signed up as volunteers this year.\\""}  # expect: N212
      - text: {zh: "2016年，服务个人客户3,150万户，公司客户43.6万户。", en: "In 2016 we served 31.5 million individual and 436,000 corporate customers."}
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 普惠型小微企业贷款户数（户）, en: Micro and small business borrowers}, {m: msme.borrowers.2016, bare: true}]
      - text: {zh: "2016年，我们服务的普惠小微客户已经超过10万户。", en: "We now serve more than 100,000 micro and small business customers."}  # expect: N203
""",
    # English derived phrases recomputed on their own (checks/english.py): values from the English sentence,
    # else the figure the change follows matched to the Chinese and the subject's statement for the year before.
    "n214-english-derived": GIVING + """\
    blocks:
      - text: {zh: "2016年，营业收入9,320万元。", en: "In 2016 revenue rose 13% from RMB 84.5 million to RMB 93.2 million."}  # expect: N214, N209
      - text: {zh: "2016年，营业收入由8,450万元增至9,320万元。", en: "In 2016 revenue rose 10.3% from RMB 84.5 million to RMB 93.2 million."}
      - text: {zh: "2016年，公益日参与捐款670万人次。", en: "In 2016 Giving Day drew 6.7 million donations, up 20% year on year."}  # expect: N214
      - text: {zh: "2016年，公益日参与捐款670万人次。", en: "In 2016 Giving Day drew 6.7 million donations, up 227% year on year."}
      - text: {zh: "2016年，员工流失率由5.0%降至4.5%。", en: "Staff turnover fell from 5.0% in 2015 to 4.5% in 2016, down 0.5%."}  # expect: N219
      - text: {zh: "2016年，员工流失率由5.0%降至4.5%。", en: "Staff turnover fell from 5.0% in 2015 to 4.5% in 2016, down 0.5 percentage points."}
      - text: {zh: "2016年，配捐1.9999亿元，捐款金额3.05亿元。", en: "Matching of RMB 199.99 million was 70% of the RMB 305 million donated."}  # expect: N217
      - text: {zh: "2016年，配捐1.9999亿元，捐款金额3.05亿元。", en: "Matching of RMB 199.99 million was 65.6% of the RMB 305 million donated."}
      - text: {zh: "直播观看人次由2015年的138万增至2016年的345万。", en: "Views rose from 1.38 million in 2015 to 3.45 million in 2016, 4 times the 2015 level."}  # expect: N205
      - text: {zh: "直播观看人次由2015年的138万增至2016年的345万。", en: "Views rose from 1.38 million in 2015 to 3.45 million in 2016, 2.5 times the 2015 level."}
      - text: {zh: "2016年，集团总耗电量为1,862万千瓦时，较2015年的1,950万千瓦时下降6.5%。", en: "In 2016 the Group used 18.62 million kWh, 6.5% less than the 19.5 million kWh of 2015."}  # expect: N214
      - text: {zh: "2016年，回收电子废弃物10,682吨，同比增长19.8%，较2014年的7,340吨增长45.5%。", en: "In 2016 we collected 10,682 tonnes, up 19.8% year on year and 45.5% more than the 7,340 tonnes of 2014."}
      - text: {zh: "2016年，公益日参与捐款670万人次，同比增长20%。", en: "In 2016 Giving Day drew 6.7 million donations, up 20% year on year."}  # expect: N214
      - text: {zh: "2016年，研发投入约2.92亿元。", en: "In 2016 we invested about RMB 292 million in R&D, 17.3% more than the RMB 248.5 million of 2015."}  # expect: N209
      - table:
          header: [{zh: 指标, en: Indicator}, {zh: 2015年, en: "2015"}, {zh: 2016年, en: "2016"}]
          rows:
            - [{zh: 用水量（万吨）, en: Water use (10000 t)}, "52.4", "58.7"]
            - [{zh: 员工流失率（%）, en: Staff turnover (%)}, "5.0%", "4.5%"]
      - text: {zh: "2016年，公司用水量58.7万吨。", en: "In 2016 we used 587,000 tonnes of water, up 15.0% year on year."}  # expect: N214
      - text: {zh: "2016年，公司用水量58.7万吨。", en: "In 2016 we used 587,000 tonnes of water, up 12.0% year on year."}
      - text: {zh: "2016年，员工流失率为4.5%。", en: "Staff turnover was 4.5% in 2016, down 0.5% year on year."}  # expect: N219
      - text: {zh: "2016年，员工流失率为4.5%。", en: "Staff turnover was 4.5% in 2016, down 0.5 percentage points year on year."}
      - text: {zh: "2016年，公益日参与捐款670万人次。", en: "In 2016 Giving Day drew 6.7 million donations, 30% more than the industry average."}
      - text: {zh: "2016年，公益日参与捐款670万人次。", en: "Giving Day drew 6.7 million donations, up 20% on the previous record."}
      - text: {zh: "2016年，公益日参与捐款670万人次。", en: "In 2016 Giving Day drew 6.7 million donations, up 20% from a year earlier."}  # expect: N214
""",
    # English sums and averages of the sentence's own figures (checks/english_totals.py).
    "n220-n221-english-totals": GIVING + """\
    blocks:
      - text: {zh: "2016年，范围一排放3吨。", en: "Scope 1 emissions were 3 tonnes and Scope 2 4 tonnes, 8 tonnes in total."}  # expect: N220
      - text: {zh: "2016年，范围一排放17.05万吨、范围二排放23.71万吨。", en: "Scope 1 170,500 t, scope 2 237,100 t, 407,600 t in all."}
      - text: {zh: "2016年，对外捐赠500万元，其中物资120万元、现金300万元。", en: "We gave RMB 5 million in total, including RMB 1.2 million in goods and RMB 3 million in cash."}
      - text: {zh: "2016年，注册志愿者312人。", en: "In 2016 312 volunteers served 6,240 hours, 25 hours on average."}  # expect: N221
      - text: {zh: "2016年，注册志愿者312人。", en: "In 2016 312 volunteers served 6,240 hours, 20 hours on average."}
      - text: {zh: "2016年，注册志愿者312人，志愿者服务总时长6,240小时，志愿者平均服务时长25小时。", en: "In 2016 312 volunteers served 6,240 hours, 25 hours on average."}  # expect: N221
""",
    # "B，较2015年的A下降N%": the change compares B with the value written right before it (checks/changes.py _compared).
    "n214-against-a-compared-value": GIVING + """\
    blocks:
      - text: {zh: "2016年，集团总耗电量为1,862万千瓦时，较2015年的1,950万千瓦时下降6.5%。", en: "In 2016 the Group used 18.62 million kWh, 6.5% less than the 19.5 million kWh of 2015."}  # expect: N214
      - text: {zh: "2016年，集团用水量为48.6万吨，较上年的52.3万吨下降7.1%。", en: "In 2016 the Group used 486,000 tonnes of water, 7.1% less than the 523,000 tonnes of 2015."}
""",
    # "女性员工占比45.2%" with neither figure in its sentence: the part and the whole by their words (checks/shares.py).
    "n217-share-of-a-named-part": GIVING + """\
    blocks:
      - text: {zh: "截至2016年底，公司员工总数12,345人，其中女性员工5,000人，男性员工7,345人。", en: "At the end of 2016 we had 12,345 employees: 5,000 women and 7,345 men."}
      - text: {zh: "公司重视性别平等，女性员工占比45.2%，管理层中女性占比30%。", en: "Women are 45.2% of employees and 30% of management."}  # expect: N217
      - text: {zh: "2016年，男性员工占比59.5%。", en: "Men were 59.5% of employees in 2016."}
""",
    # A change written in units ("较上年减少4.7万吨") is new − old (checks/changes.py _absolute_change).
    "n214-absolute-change": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司新鲜水用量48.6万吨，较上年减少4.7万吨。2015年，公司新鲜水用量52.3万吨。", en: "In 2016 we used 486,000 tonnes of fresh water, 47,000 less than in 2015, when we used 523,000 tonnes."}  # expect: N214
      - text: {zh: "2016年，公司温室气体排放12.4万吨，较上年减少0.8万吨。2015年，公司温室气体排放13.2万吨。", en: "In 2016 emissions were 124,000 tonnes, 8,000 less than the 132,000 tonnes of 2015."}
""",
    # Precision cases from the Hong Kong held-out corpus (kwunlung): several breakdowns of one total, two
    # parts of one share, a base year and a target, two statements joined by 及 in one clause.
    "n207-n214-n217-breakdowns-bases-and-joined-parts": metric("ghg.scope12.2016", "范围一及范围二排放合计", "85,198", "吨", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 类别, en: Category}, {zh: 人数, en: Employees}]
          rows:
            - [{zh: 香港, en: Hong Kong}, "1,230"]
            - [{zh: 中国内地, en: Mainland China}, "7,196"]
            - [{zh: 男性, en: Men}, "4,100"]
            - [{zh: 女性, en: Women}, "4,326"]
            - [{zh: 员工总数, en: Total}, "8,426"]
      - table:
          header: [{zh: 类别, en: Category}, {zh: 人数, en: Employees}]
          rows:
            - [{zh: 香港, en: Hong Kong}, "1,230"]
            - [{zh: 中国内地, en: Mainland China}, "7,196"]
            - [{zh: 男性, en: Men}, "4,100"]
            - [{zh: 女性, en: Women}, "4,362"]
            - [{zh: 员工总数, en: Total}, "8,426"]  # expect: N207
      - text: {zh: "2016年，范围一排放6,842吨及范围二排放78,356吨，合共85,198吨。", en: "In 2016 Scope 1 emissions were 6,842 tonnes and Scope 2 78,356 tonnes, 85,198 tonnes in all."}
      - text: {zh: "2016年，天台光伏发电2,950兆瓦时，另购买可再生能源证书18,000兆瓦时，可再生能源占总用电量186,420兆瓦时的11.2%。", en: "Rooftop solar made 2,950 MWh and we bought certificates for 18,000 MWh: renewables were 11.2% of the 186,420 MWh we used."}
      - text: {zh: "截至2016年底，范围一及范围二排放较2012年基准减少24.2%；2020年前较2012年减少50%。", en: "By the end of 2016 Scope 1 and 2 emissions were 24.2% below the 2012 baseline; the target is 50% below 2012 by 2020."}
""",
    # Hong Kong wording (kwunlung): 按年 (year on year), rates compared in 个百分点, 减幅 after a from-to,
    # 「」 names, a 约 figure at the wrong scale, 年发电 (annual) for 发电.
    "n214-n216-hong-kong-wording": metric("solar.gen.2016", "太阳能光伏发电量", "2,950", "兆瓦时", "2016", []) + """\
    blocks:
      - text: {zh: "2016年旗下商场客流达1.86亿人次，按年上升9.1%（2015年：1.72亿人次）。", en: "Mall visits reached 186 million in 2016, up 9.1% year on year (2015: 172 million)."}  # expect: N214
      - text: {zh: "2016年员工流失率为14.2%，较2015年的16.5%下降3.2个百分点。", en: "Staff turnover was 14.2% in 2016, 3.2 percentage points below the 16.5% of 2015."}  # expect: N214
      - text: {zh: "每平方米楼面的能源强度由158.9千瓦时降至152.4千瓦时，减幅5.1%。", en: "Energy intensity fell from 158.9 to 152.4 kWh per square metre, a decrease of 5.1%."}  # expect: N214
      - text: {zh: "2016年，一般废物回收率为26.4%，较2015年的23.8%提升2.6个百分点。", en: "The general waste recycling rate was 26.4% in 2016, up 2.6 points from 23.8% in 2015."}
      - text: {zh: "「冠隆奖学金」自2004年设立，资助基层学生。", en: "The Kwun Lung Scholarship was set up in 2004."}
      - text: {zh: "冠隆奖学金已连续十五年资助有志升学的学生。", en: "For fifteen consecutive years the scholarship has supported students."}  # expect: N216
      - text: {zh: "集团的光伏系统年发电量约2,950千瓦时。", en: "Our solar panels generate about 2,950 kWh a year."}  # expect: N201
""",
    # "当中…占总数的46.2%": 当中 is 其中, 总数 the whole of the part's kind; an age band in a metric's label
    # narrows it ("30岁以下雇员" is no headcount of all staff) (checks/shares.py, claims/extract.py).
    "n217-of-the-total": metric("people.total.2016", "2016年末雇员总数", "8,426", "人", "2016", [])
        + metric("people.under30.2016", "2016年末30岁以下雇员", "1,486", "人", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 类别, en: Category}, "2016"]
          rows:
            - [{zh: 30岁以下, en: Under 30}, {m: people.under30.2016, bare: true}]
            - [{zh: 全体雇员, en: All staff}, {m: people.total.2016, bare: true}]
      - text: {zh: "2016年，集团共聘用雇员8,426人。当中女性雇员3,603名，占总数的46.2%。", en: "In 2016 we employed 8,426 people; 3,603 of them, 46.2% of the total, were women."}  # expect: N217
""",
    # A bare figure after X人数 counts 人; 合共 is 合计 (claims/extract.py _counted_by, thesaurus).
    "n213-counted-by-its-noun": metric("club.members.2016", "2016年末「冠隆会」会员", "126.4万", "人", "2016", [])
        + metric("training.hours.2016", "培训总时数", "236,900", "小时", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 会员（人）, en: Members}, {m: club.members.2016, bare: true}]
            - [{zh: 培训总时数（小时）, en: Training hours}, {m: training.hours.2016, bare: true}]
      - text: {zh: "2016年，「冠隆会」会员人数增至约127万。", en: "Membership grew to about 1.27 million in 2016."}  # expect: N202
      - text: {zh: "2016年，全年培训合共23.96万小时。", en: "In 2016 training added up to 239,600 hours."}  # expect: N201
""",
    # One counted noun and swapped digits are one figure, whatever else the clauses say (claims/group.py pairs).
    "n201-one-noun-swapped-digits": metric("staff.total.2016", "2016年末雇员总数", "8,426", "人", "2016", []) + """\
    blocks:
      - text: {zh: "我衷心感谢全体8,462名同事在过去一年紧守岗位。", en: "I thank all 8,462 of our colleagues for their work."}  # expect: N201
      - text: {zh: "2016年，集团共聘用雇员{m:staff.total.2016}。", en: "In 2016 the Group employed {m:staff.total.2016}."}
""",
    # A whole followed by its parts ("168个物业项目，包括住宅112个、商场38个、其他16个") adds up (checks/shares.py listed_parts).
    "n220-listed-parts": GIVING + """\
    blocks:
      - text: {zh: "2016年，物业公司管理168个物业项目，包括住宅屋苑112个、商场及写字楼38个、公共及其他设施16个。", en: "In 2016 we managed 168 properties: 112 estates, 38 malls and offices and 16 public and other facilities."}  # expect: N220
      - text: {zh: "2016年，公司共有子公司45家，包括境内子公司30家、境外子公司12家等。", en: "We have 45 subsidiaries, among them 30 in mainland China and 12 abroad."}
      - text: {zh: "2016年，集团在全国设立服务网点88个，其中华东地区50个、华南地区38个。", en: "We have 88 service points: 50 in East China and 38 in South China."}
      - text: {zh: "2016年，范围一排放3吨、范围二排放4吨，合计8吨。", en: "Scope 1 emissions were 3 tonnes and Scope 2 4 tonnes, 8 tonnes in all."}  # expect: N220
""",
    # 总量/总额 rows: a total of the rows above only when they nearly make it (checks/tables.py WEAK_TOTAL).
    "n207-weak-totals": GIVING + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 送往堆填（吨）, en: Sent to landfill (t)}, "3,120"]
            - [{zh: 回收（吨）, en: Recycled (t)}, "1,480"]
            - [{zh: 一般废物总量（吨）, en: Total general waste (t)}, "4,420"]  # expect: N207
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 营业收入（亿元）, en: Revenue}, "296.8"]
            - [{zh: 净利润（亿元）, en: Net profit}, "33.5"]
            - [{zh: 纳税总额（亿元）, en: Taxes paid}, "23.1"]
""",
    # Hand-typed statements of one fact compared with each other, no metric, no alias (checks/claims.py).
    "n212-same-fact-conflict": GIVING + """\
    blocks:
      - text: {zh: "2016年，本行设有38家分行、612个营业网点。", en: "In 2016 the Bank had 38 branches and 612 outlets."}
      - text: {zh: "2016年，我们在全辖621个营业网点设立消费者权益保护专区。", en: "In 2016 we set up consumer protection corners in all 621 outlets."}  # expect: N212
      - text: {zh: "2016年，本集团对外捐赠5,589万元。", en: "In 2016 the Group donated RMB 55.89 million."}
      - text: {zh: "2016年，全年对外捐赠5,589亿元。", en: "In 2016 donations were RMB 558.9 billion."}  # expect: N212
      - text: {zh: "2016年，本集团绿色贷款余额1,654.2亿元。", en: "Green loans were RMB 165.42 billion."}
      - text: {zh: "2016年，其中，母行绿色贷款余额1,598.6亿元。", en: "Of this, the parent bank's were RMB 159.86 billion."}
      - text: {zh: "2016年，全年发放绿色贷款2,356.4亿元。", en: "Green loans granted in the year were RMB 235.64 billion."}
      - text: {zh: "2016年，公司员工总数41,236人，女性员工17,864人。", en: "41,236 employees, 17,864 women."}
      - text: {zh: "2016年，公司员工总数4.12万人。", en: "about 41,200 employees."}
      - text: {zh: "2016年，全年培训员工41.2万人次。", en: "412,000 training attendances."}
      - text: {zh: "员工培训时长由2015年的62.4小时增至68.5小时。", en: "Training rose from 62.4 hours in 2015 to 68.5 hours."}
      - text: {zh: "2016年员工培训时长为68.5小时。", en: "Training was 68.5 hours in 2016."}
""",
    # A truncated figure between two texts is a warning; the rounded one is not reported.
    "n213-same-fact-truncated": GIVING + """\
    blocks:
      - text: {zh: "2016年，普惠型小微企业贷款余额1,218.9亿元。", en: "Inclusive loans were RMB 121.89 billion."}
      - text: {zh: "2016年，我们的普惠型小微企业贷款余额1,218亿元。", en: "Our inclusive loans were RMB 121.8 billion."}  # expect: N213
      - text: {zh: "2016年，普惠型小微企业贷款余额达1,219亿元。", en: "Inclusive loans reached RMB 121.9 billion."}
""",
    # Change columns and growth in prose recomputed (checks/changes.py).
    "n214-change-recomputed": GIVING + """\
      - {id: loans.agri.2015, label: {zh: 涉农贷款余额（亿元），2015年, en: agri}, value: "1,475.3", unit: 亿元, period: "2015"}
      - {id: loans.agri.2016, label: {zh: 涉农贷款余额（亿元），2016年, en: agri}, value: "1,612.8", unit: 亿元, period: "2016"}
      - {id: loans.rate.2015, label: {zh: 不良贷款率（%），2015年, en: npl}, value: "4.37", unit: "%", period: "2015"}
      - {id: loans.rate.2016, label: {zh: 不良贷款率（%），2016年, en: npl}, value: "3.92", unit: "%", period: "2016"}
    blocks:
      - text: {zh: "2016年末，涉农贷款余额较上年末增长9.3%。", en: "Agricultural loans grew 9.3%."}
      - text: {zh: "2016年末，涉农贷款余额同比增长3.9%。", en: "Agricultural loans grew 3.9%."}  # expect: N214
      - table:
          header: [{zh: 指标, en: Indicator}, {zh: 2015年, en: "2015"}, {zh: 2016年, en: "2016"}, {zh: 变化, en: Change}]
          rows:
            - [{zh: 涉农贷款余额（亿元）, en: Agri loans}, {m: loans.agri.2015}, {m: loans.agri.2016}, "+3.9%"]  # expect: N214
            - [{zh: 不良贷款率（%）, en: NPL ratio}, {m: loans.rate.2015}, {m: loans.rate.2016}, {zh: -0.45个百分点, en: -0.45 pp}]
            - [{zh: 不良贷款率（%）, en: NPL ratio}, {m: loans.rate.2015}, {m: loans.rate.2016}, {zh: -0.54个百分点, en: -0.54 pp}]  # expect: N214
""",
    # A subtotal row is not added into the total; integers are exact (3 + 4 is not 8).
    "n207-subtotal-rows": GIVING + """\
    blocks:
      - table:
          header: [{zh: 地区, en: Region}, {zh: 人数, en: Staff}]
          rows:
            - [{zh: 华南, en: South}, "300"]
            - [{zh: 华东, en: East}, "200"]
            - [{zh: 境内小计, en: Mainland subtotal}, "500"]
            - [{zh: 香港, en: Hong Kong}, "40"]
            - [{zh: 合计, en: Total}, "540"]
      - table:
          header: [{zh: 项目, en: Item}, {zh: 数量, en: Count}]
          rows:
            - [{zh: 甲, en: A}, "3"]
            - [{zh: 乙, en: B}, "4"]
            - [{zh: 合计, en: Total}, "8"]  # expect: N207
""",
    # One event on two days, one start in two years, a date lost in translation (checks/dates.py).
    "n215-n216-dates": GIVING + """\
    blocks:
      - text: {zh: "2016年4月22日，我们发布《碳达峰碳中和行动方案》。", en: "On 22 April 2016 we issued the Carbon Action Plan."}
      - text: {zh: "2016年4月12日，本行正式发布《碳达峰碳中和行动方案》。", en: "On 12 April 2016 the Bank issued the Carbon Action Plan."}  # expect: N215
      - text: {zh: "2016年3月15日，我们开展金融消费者权益日活动。", en: "On 15 March 2016 we held Consumer Rights Day events."}
      - text: {zh: "3月15日，我们开展金融消费者权益日活动。", en: "On 15 March we held Consumer Rights Day events."}
      - text: {zh: "2015年12月18日，我们举办第二届公益论坛。", en: "On 18 December 2015 we held the second charity forum."}
      - text: {zh: "本行自2010年起定点帮扶青峪县。", en: "Since 2010 the Bank has supported Qingyu County."}
      - text: {zh: "自2011年与青峪县结对帮扶以来，我们建成茶厂2座。", en: "Since we were paired with Qingyu County in 2011, we have built 2 tea factories."}  # expect: N216
      - text: {zh: "“节水进校园”活动自2007年启动。", en: "The Water Saving at School programme started in 2007."}
      - text: {zh: "“节水进校园”活动已连续十年走进中小学。", en: "For ten years in a row it has visited schools."}
      - text: {zh: "我们连续三年未发生因工死亡事故。", en: "No work-related deaths for three years in a row."}
      - text: {zh: "论坛于2016年11月14日举行。", en: "The forum was held on 4 November 2016."}  # expect: N209
""",
    # Months, 始于, a milestone's own clause, a quoted name met unquoted (claims/events.py, checks/dates.py).
    "n215-n216-months-and-names": GIVING + """\
    blocks:
      - text: {zh: "2016年9月，我们发布了《气候行动路线图》。", en: "In September 2016 we published the Climate Action Roadmap."}
      - text: {zh: "2016年11月，公司发布《气候行动路线图》，明确减排目标。", en: "In November 2016 we published the Climate Action Roadmap."}  # expect: N215
      - text: {zh: "2016年9月20日，《气候行动路线图》正式发布。", en: "The Climate Action Roadmap was published on 20 September 2016."}
      - text: {zh: "泰州生物药基地于2016年8月正式投产，设计产能为每年2,000万支。", en: "The Taizhou biologics base started production in August 2016, with capacity for 20 million doses a year."}
      - text: {zh: "今年，泰州生物药基地在5月正式投产。", en: "This year the Taizhou base started production in May."}  # expect: N215
      - text: {zh: "白内障复明项目始于2008年，已帮助5,000名患者重见光明。", en: "The cataract programme began in 2008 and has helped 5,000 patients see again."}
      - text: {zh: "白内障复明项目已连续十年走进中西部县域。", en: "For ten years running the cataract programme has visited counties in the west."}  # expect: N216
      - text: {zh: "2014年，董事会下设战略与ESG委员会，负责审阅ESG目标。", en: "In 2014 the Board set up its Strategy and ESG Committee."}
      - text: {zh: "董事会于2015年设立战略与ESG委员会。", en: "The Board set up the Strategy and ESG Committee in 2015."}  # expect: N216
      - text: {zh: "腾讯成立于1998年。", en: "Tencent was founded in 1998."}
      - text: {zh: "2015年，腾讯影业成立。", en: "Tencent Pictures was founded in 2015."}
      - text: {zh: "2011年，腾讯启动“安居计划”。", en: "In 2011 Tencent launched the Home Ownership Plan."}
      - text: {zh: "2015年，腾讯推出“安居计划新政”。", en: "In 2015 Tencent revised the Home Ownership Plan."}
""",
    # Dates of new reports (checks/dates.py, claims/events.py): an exchange by its full and its short name; a day
    # typed with a wrong or swapped digit (18 for 28), with a start year further on in its sentence that is no
    # phase of the day; an event done once (投产) dated in two years; a festival's name glued by the segmenter to
    # the preposition after it (节在); a milestone's 首届 and 开办 dating a start, and its subject before the verb.
    # Not reported: a forum held every year; a milestone whose verb has an object (研究院成立…中心: the 中心 started).
    "n215-n216-once-and-mistyped": GIVING + """\
    blocks:
      - text: {zh: "本公司于2015年7月12日在香港联合交易所有限公司主板上市。", en: "The Company was listed on the Main Board of the Stock Exchange of Hong Kong on 12 July 2015."}
      - text: {zh: "自2015年7月30日在香港联交所主板上市以来，我们始终坚持用心服务。", en: "Since our listing in Hong Kong on 30 July 2015 we have served with care."}  # expect: N215
      - text: {zh: "4月18日，曹妃甸基地完成全流程超低排放改造和评估监测，并在中国钢铁工业协会网站公示，自2012年启动改造以来累计投入48.7亿元。", en: "On 18 April the Caofeidian base completed its ultra-low emission retrofit and assessment, published by the China Iron and Steel Association; RMB 4.87 billion has gone into it since 2012."}
      - text: {zh: "2016年4月28日，中国钢铁工业协会网站公示了曹妃甸基地全流程超低排放评估监测结果。", en: "On 28 April 2016 the China Iron and Steel Association published the results of the Caofeidian base's assessment."}  # expect: N215
      - text: {zh: "2015年11月，黄骅基地氢基竖炉示范项目投产。", en: "November 2015: the Huanghua hydrogen shaft furnace project went into production."}
      - text: {zh: "2016年11月，黄骅基地氢基竖炉示范项目投产，设计年产直接还原铁50万吨。", en: "In November 2016 the Huanghua hydrogen shaft furnace project went into production, designed for 500,000 tonnes a year."}  # expect: N215
      - text: {zh: "2016年12月18日，我们举办第三届公益论坛。", en: "On 18 December 2016 we held the third charity forum."}
      - text: {zh: "2016年9月21日，第九届悦佳邻里节在禾湾市启幕，1,186个住宅项目同步开展邻里活动。", en: "On 21 September 2016 the ninth Yuejia Neighbourhood Festival opened in Hewan, with events at 1,186 residential projects."}
      - qr: {url: "https://example.com/festival", caption: {zh: 扫一扫 回看第九届悦佳邻里节（2016年9月5日）, en: Scan to watch the ninth Yuejia Neighbourhood Festival (5 September 2016)}}  # expect: N215
      - text: {zh: "德贤（佛山）职业技术学院自2012年9月首届学生入学以来，已与186家企业建立合作关系。", en: "Since Dakin (Foshan) College took in its first students in September 2012 it has partnered with 186 companies."}
      - text: {zh: "云杉研究院自2014年起与中山大学合作实施“互联网人类学科研支持计划”。", en: "Since 2014 the Yunshan Institute has run an anthropology research programme with Sun Yat-sen University."}
      - text: {zh: "- 2013年：德贤（佛山）职业技术学院开办。", en: "- 2013: Dakin (Foshan) College opened."}  # expect: N216
      - text: {zh: "- 2011年：首届“青禾读书节”举办。", en: "- 2011: First Qinghe Reading Festival held."}
      - text: {zh: "- 2016年：云杉研究院成立网络行为研究中心。", en: "- 2016: The Yunshan Institute set up its Online Behaviour Research Centre."}
      - text: {zh: "青禾读书节自2010年首届举办以来，已连续举办七届。", en: "Held every year since the first festival in 2010, it has now run for seven years."}  # expect: N216
""",
    # "占比" with no whole named: the whole is A of "A中B", else the counted noun without its modifier (checks/shares.py).
    "n217-share-of-an-unnamed-whole": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司员工总数33,482人。", en: "In 2016 the Company had 33,482 employees."}
      - text: {zh: "2016年，境外员工1,517人，占比5.3%，主要分布在马来西亚。", en: "1,517 employees (5.3%) work outside mainland China."}  # expect: N217
      - text: {zh: "2016年，女性员工15,068人，占比45.0%。", en: "15,068 employees (45.0%) are women."}
      - text: {zh: "2016年，合格供应商2,846家。", en: "In 2016 we had 2,846 qualified suppliers."}
      - text: {zh: "2016年，合格供应商中境内供应商2,612家，占比93.2%。", en: "2,612 of them (93.2%) are in mainland China."}  # expect: N217
      - text: {zh: "2016年，发明专利247件，占比61.3%。", en: "247 invention patents, 61.3% of the total."}
      - text: {zh: "截至2016年底，员工总数33,482人。", en: "At the end of 2016 there were 33,482 employees."}
      - text: {zh: "2016年，我们的员工总数为33,428人。", en: "In 2016 we had 33,428 employees."}  # expect: N212
      - text: {zh: "2016年，35岁以下员工15,068人，占员工总数的48.0%。", en: "15,068 employees under 35, 48.0% of all."}  # expect: N217
""",
    # Shares recomputed from the part and the whole (checks/shares.py).
    "n217-share-recomputed": GIVING + """\
    blocks:
      - text: {zh: "2016年，本集团共有员工24,637人。", en: "In 2016 the Group had 24,637 employees."}
      - text: {zh: "2016年，35岁以下员工11,240人，占员工总数的48.6%。", en: "11,240 employees under 35, 48.6% of all."}  # expect: N217
      - text: {zh: "2016年，女性员工13,602人，占员工总数的55.2%。", en: "13,602 women, 55.2% of all."}
      - text: {zh: "2016年，对486家供应商开展现场审核，其中157家存在需整改问题，占比36.2%。", en: "Of 486 suppliers audited, 157 (36.2%) had issues."}  # expect: N217
      - text: {zh: "2016年，对241家冶炼厂开展调查，其中211家通过认证，占比87.6%。", en: "Of 241 smelters, 211 (87.6%) were certified."}
""",
    # 倍 recomputed from the sentence's own values or the year named, no metric ids (checks/changes.py).
    "n205-multiples-from-claims": GIVING + """\
      - {id: pv.2015, label: {zh: 光伏发电量（万千瓦时），2015年, en: pv}, value: "620", unit: 万千瓦时, period: "2015"}
    blocks:
      - text: {zh: "直播观看人次由2015年的138万提高到2016年的345万，提高2.5倍。", en: "Views rose from 1.38 million in 2015 to 3.45 million in 2016, an increase of 2.5 times."}  # expect: N205
      - text: {zh: "直播观看人次由2015年的138万提高到2016年的345万，是上年的2.5倍。", en: "Views rose from 1.38 million in 2015 to 3.45 million in 2016, 2.5 times the year before."}
      - text: {zh: "2016年光伏发电量1,860万千瓦时，较2015年提高2倍。", en: "In 2016 solar generation was 18.6 million kWh, 2 times more than in 2015."}
      - text: {zh: "2016年光伏发电量1,860万千瓦时，是2015年的4倍。", en: "In 2016 solar generation was 18.6 million kWh, 4 times that of 2015."}  # expect: N205
""",
    # An English figure with a scale word that no Chinese figure of its string states (checks/editions.py).
    "n209-english-scale": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司研发投入12.76亿元。", en: "In 2016 R&D investment was RMB 12.76 billion."}  # expect: N209
      - text: {zh: "2016年，公司研发投入12.76亿元。", en: "In 2016 R&D investment was RMB 1.276 billion."}
      - text: {zh: "2016年，累计服务241.5万笔。", en: "In 2016 we served 2.415 million transactions."}
""",
    # A difference of percentages written in % (checks/changes.py).
    "n219-points-as-percent": GIVING + """\
      - {id: npl.2015, label: {zh: 不良贷款率（%），2015年, en: npl}, value: "4.37", unit: "%", period: "2015"}
      - {id: npl.2016, label: {zh: 不良贷款率（%），2016年, en: npl}, value: "3.92", unit: "%", period: "2016"}
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, {zh: 2015年, en: "2015"}, {zh: 2016年, en: "2016"}, {zh: 变化, en: Change}]
          rows:
            - [{zh: 不良贷款率（%）, en: NPL ratio}, {m: npl.2015}, {m: npl.2016}, "-0.45%"]  # expect: N219
            - [{zh: 不良贷款率（%）, en: NPL ratio}, {m: npl.2015}, {m: npl.2016}, "-10.3%"]
""",
    # Overall averages against their groups (checks/tables.py).
    "n218-overall-average": GIVING + """\
    blocks:
      - table:
          header: [{zh: 员工类别, en: Category}, {zh: 人均培训时长（小时）, en: Average training hours}, {zh: 人数, en: Staff}]
          rows:
            - [{zh: 男性, en: Men}, "52.3", "300"]
            - [{zh: 女性, en: Women}, "48.1", "200"]
            - [{zh: 合计, en: Total}, "100.4", "500"]  # expect: N218
      - table:
          header: [{zh: 员工类别, en: Category}, {zh: 员工流失率, en: Turnover rate}]
          rows:
            - [{zh: 男性, en: Men}, "5.2%"]
            - [{zh: 女性, en: Women}, "6.8%"]
            - [{zh: 合计, en: Total}, "4.1%"]  # expect: N218
      - table:
          header: [{zh: 员工类别, en: Category}, {zh: 人均培训时长（小时）, en: Average training hours}]
          rows:
            - [{zh: 男性, en: Men}, "52.3"]
            - [{zh: 女性, en: Women}, "48.1"]
            - [{zh: 合计, en: Total}, "50.6"]
""",
    # Overall averages in the text against their groups': between them, never their sum, weighted by stated
    # headcounts; only where the text says the groups divide the whole (checks/group_averages.py).
    "n218-overall-average-in-text": GIVING + """\
    blocks:
      - text: {zh: "2016年末，公司有男性员工300人、女性员工200人。", en: "At the end of 2016 we had 300 men and 200 women."}
      - text: {zh: "2016年，员工人均培训时长42小时，其中男性员工人均40小时、女性员工人均46小时。", en: "In 2016 training averaged 42 hours, 40 for men and 46 for women."}
      - text: {zh: "2016年，员工人均志愿服务时长86小时，其中男性员工人均40小时、女性员工人均46小时。", en: "In 2016 volunteering averaged 86 hours, 40 for men and 46 for women."}  # expect: N218
      - text: {zh: "2016年，男性和女性员工人均加班时长分别为40小时和46小时，全体员工人均加班时长38小时。", en: "In 2016 men worked 40 and women 46 hours of overtime on average, all staff 38 hours."}  # expect: N218
      - text: {zh: "2016年，员工人均在线学习时长43.9小时，其中男性员工人均40小时、女性员工人均46小时。", en: "In 2016 online learning averaged 43.9 hours, 40 for men and 46 for women."}  # expect: N218
      - text: {zh: "2016年，员工人均出差天数18天，研发人员人均出差天数20天，销售人员人均出差天数26天。", en: "In 2016 staff travelled 18 days on average, 20 in R&D and 26 in sales."}
      - text: {zh: "2016年，员工人均带薪休假天数8天，其中管理人员人均12天、研发人员人均10天。", en: "In 2016 paid leave averaged 8 days, 12 for managers and 10 for R&D staff."}
      - text: {zh: "2016年，员工人均公益时长5小时，其中管理层员工人均12小时、其他员工人均10小时。", en: "In 2016 volunteering averaged 5 hours, 12 for managers and 10 for other staff."}  # expect: N218
""",
    # A table's groups (男性/女性, 管理层/非管理层 rows under 人均…) against a row of the whole and the text's overall
    # average of the same measure and year (checks/group_averages.py table_group_averages).
    "n218-overall-average-by-category": GIVING + """\
    blocks:
      - table:
          header: [{zh: 员工类别, en: Category}, {zh: 人均培训时长（小时）, en: Average training hours}]
          rows:
            - [{zh: 男性员工, en: Men}, "40"]
            - [{zh: 女性员工, en: Women}, "46"]
            - [{zh: 管理层, en: Management}, "30"]
            - [{zh: 非管理层, en: Others}, "45"]
            - [{zh: 全体员工, en: All staff}, "50"]  # expect: N218
      - text: {zh: "2016年，员工人均培训时长38小时。", en: "In 2016 training averaged 38 hours per employee."}  # expect: N218
      - table:
          caption: {zh: 人均志愿服务时长（小时）, en: Volunteering hours per head}
          header: [{zh: 类别, en: Category}, {zh: 2015年, en: "2015"}, {zh: 2016年, en: "2016"}]
          rows:
            - [{zh: 男, en: Men}, "10", "12"]
            - [{zh: 女, en: Women}, "14", "16"]
      - text: {zh: "2016年，员工人均志愿服务时长28小时。", en: "In 2016 volunteering averaged 28 hours per employee."}  # expect: N218
      - text: {zh: "2015年，员工人均志愿服务时长13小时。", en: "In 2015 volunteering averaged 13 hours per employee."}
      - table:
          header: [{zh: 部门, en: Unit}, {zh: 人均加班时长（小时）, en: Average overtime hours}]
          rows:
            - [{zh: 研发部门, en: R&D}, "20"]
            - [{zh: 销售部门, en: Sales}, "26"]
      - text: {zh: "2016年，员工人均加班时长18小时。", en: "In 2016 overtime averaged 18 hours per employee."}
""",
    # A sum stated after its parts in one sentence (checks/shares.py).
    "n220-sum-recomputed": GIVING + """\
    blocks:
      - text: {zh: "2016年，范围一排放17.05万吨、范围二排放23.71万吨，合计40.76万吨。", en: "Scope 1 170,500 t, scope 2 237,100 t, 407,600 t in all."}
      - text: {zh: "2016年，范围一排放17.05万吨、范围二排放23.71万吨，合计41.76万吨。", en: "Scope 1 170,500 t, scope 2 237,100 t, 417,600 t in all."}  # expect: N220
      - text: {zh: "2016年，捐赠物资折合120万元、现金300万元，共计约420万元。", en: "Goods worth RMB 1.2 million and cash of RMB 3 million, about RMB 4.2 million in all."}
""",
    # Averages and intensities recomputed from their total and count (checks/averages.py).
    "n221-average-recomputed": GIVING + """\
    blocks:
      - text: {zh: "2016年末，员工总数2,000人，其中女性员工900人；研发人员300人。", en: "At the end of 2016 we had 2,000 employees, 900 of them women and 300 in R&D."}
      - text: {zh: "2016年，公司关爱活动惠及员工家属5,000人。", en: "In 2016 our care programme reached 5,000 family members of employees."}
      - text: {zh: "2016年，员工捐款共计30万元，人均捐款150元。", en: "In 2016 employees gave RMB 300,000, RMB 150 per head."}
      - text: {zh: "2016年，研发人员培训总时长1.5万小时，研发人员人均培训时长45.0小时。", en: "In 2016 R&D staff trained for 15,000 hours, 45.0 hours per head."}  # expect: N221
      - text: {zh: "2016年，公司实现营业收入50亿元，用水量60万吨，发电量2亿千瓦时，温室气体排放20万吨。", en: "In 2016 revenue was RMB 5 billion, water use 600,000 tonnes, power generated 200 million kWh, emissions 200,000 tonnes."}
      - text: {zh: "2016年，单位营业收入用水量1.2吨/万元。", en: "In 2016 water use per revenue was 1.2 tonnes per RMB 10,000."}
      - text: {zh: "2016年，每万元营业收入用水1.5吨。", en: "In 2016 we used 1.5 tonnes of water per RMB 10,000 of revenue."}  # expect: N221
      - text: {zh: "2016年，单位营业收入温室气体排放0.5吨/万元。", en: "In 2016 emissions per revenue were 0.5 tonnes per RMB 10,000."}  # expect: N221
      - text: {zh: "2016年，燃气发电温室气体排放强度0.386千克/千瓦时。", en: "In 2016 gas-fired power emitted 0.386 kg per kWh."}
      - text: {zh: "2016年，实习生人均轮岗时长12小时，员工人均收入8万元。", en: "In 2016 interns rotated for 12 hours each; employees earned RMB 80,000 each."}
      - text: {zh: "2016年，公司产品产量50万台，用电量2,600万千瓦时，单位产品用电量53.0千瓦时/台。", en: "In 2016 we made 500,000 units using 26 million kWh, 53.0 kWh per unit."}  # expect: N221
      - text: {zh: "2016年，注册志愿者312人，志愿者服务总时长6,240小时，志愿者平均服务时长25小时。", en: "In 2016 312 volunteers served 6,240 hours, 25 hours on average."}  # expect: N221
      - text: {zh: "2016年，客户平均等待时间8分钟，全年服务等待总时长9,000分钟。", en: "In 2016 customers waited 8 minutes on average, 9,000 minutes in all."}
""",
    # Sums whose parts are stated elsewhere: a span of years, or named parts (checks/sums.py).
    "n222-sum-of-stated-parts": GIVING + metric("gen.hydro.2016", "水电发电量", "61.24", "亿千瓦时", "2016", [])
        + metric("gen.solar.2016", "光伏发电量", "6.18", "亿千瓦时", "2016", [])
        + metric("gen.wind.2016", "风电发电量", "5.82", "亿千瓦时", "2016", [])
        + metric("ghg.scope1.2016", "范围一排放", "17.05", "万吨", "2016", [])
        + metric("ghg.scope2.2016", "范围二排放", "23.71", "万吨", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，水电、光伏和风电合计发电73.24亿千瓦时。", en: "In 2016 hydro, solar and wind power generated 7.324 billion kWh in all."}
      - text: {zh: "2016年，范围一和范围二排放合计41.76万吨。", en: "In 2016 scope 1 and scope 2 emissions were 417,600 tonnes in all."}  # expect: N222
      - text: {zh: "2016年，潮汐和地热合计发电1.2亿千瓦时。", en: "In 2016 tidal and geothermal power generated 120 million kWh."}
      - text: {zh: "2015-2016年，公益日捐款金额累计4.5亿元。", en: "In 2015-2016 Giving Day donations came to RMB 450 million."}  # expect: N222
      - text: {zh: "2016年，光伏和风电累计发电3亿千瓦时。", en: "Solar and wind power have generated 300 million kWh since they started."}
      - text: {zh: "按照《公益规划（2015-2016年）》，2016年公益日捐款金额合计3.05亿元。", en: "Under the 2015-2016 plan, Giving Day donations came to RMB 305 million in 2016."}
      - table:
          header: [{zh: 指标, en: Indicator}, {zh: 2014年, en: "2014"}, {zh: 2015年, en: "2015"}, {zh: 2016年, en: "2016"}]
          rows:
            - [{zh: 公益支出（亿元）, en: Giving (RMB 100 million)}, "1.2", "1.5", "1.8"]
            - [{zh: 生物质发电（亿千瓦时）, en: Biomass power (100 million kWh)}, "0.4", "0.5", "0.6"]
            - [{zh: 垃圾发电（亿千瓦时）, en: Waste-to-energy power (100 million kWh)}, "0.2", "0.3", "0.4"]
      - text: {zh: "2014-2016年，公益支出累计4.8亿元。", en: "In 2014-2016 giving came to RMB 480 million."}  # expect: N222
      - text: {zh: "2016年，生物质和垃圾发电合计1.2亿千瓦时。", en: "In 2016 biomass and waste-to-energy plants generated 120 million kWh."}  # expect: N222
      - text: {zh: "2015年，生物质和垃圾发电合计0.8亿千瓦时。", en: "In 2015 biomass and waste-to-energy plants generated 80 million kWh."}
""",
    # Growth in the text against a table row holding both years, typed or printed by metrics (checks/growth.py).
    "n223-growth-from-table": GIVING + """\
    blocks:
      - table:
          caption: {zh: 表1 环境与员工绩效, en: Table 1 Environment and people}
          header: [{zh: 指标, en: Indicator}, {zh: 2015年, en: "2015"}, {zh: 2016年, en: "2016"}, {zh: 2016年同比变化, en: "2016 change"}]
          rows:
            - [{zh: 用水量（万吨）, en: Water use (10000 t)}, "52.4", "58.7", "+12.0%"]
            - [{zh: 危险废物（吨）, en: Hazardous waste (t)}, "412", "380"]
            - [{zh: 员工流失率（%）, en: Staff turnover (%)}, "5.0%", "4.5%"]
            - [{zh: 其他, en: Other}, "10", "20"]
            - [{zh: 排水量（万吨）, en: Discharge (10000 t)}, "1", "9999999999999999999999999999999"]
            - [{zh: 营业收入（亿元）, en: Revenue (RMB 100 million)}, "100", "110"]
      - text: {zh: "2016年，公司用水量同比增长15.0%。", en: "In 2016 water use rose 15.0% year on year."}  # expect: N223
      - text: {zh: "2016年，危险废物产生量380吨，同比下降7.8%。", en: "In 2016 we produced 380 tonnes of hazardous waste, down 7.8%."}
      - text: {zh: "2016年，员工流失率同比下降0.5%。", en: "In 2016 staff turnover fell 0.5% year on year."}  # expect: N219
      - text: {zh: "2016年，员工流失率为4.5%，较上年下降0.5个百分点。", en: "In 2016 staff turnover was 4.5%, 0.5 percentage points lower."}
      - text: {zh: "2016年，其他费用同比增长20%。", en: "In 2016 other costs rose 20%."}
      - text: {zh: "2016年，排水量同比增长15.0%。", en: "In 2016 discharge rose 15.0%."}  # expect: N223
      - text: {zh: "2016年，营业收入中海外收入同比增长25%。", en: "In 2016 overseas revenue rose 25%."}
""",
    # A figure restated in another unit right beside it (checks/conversions.py): converted through the units
    # library, within the rounding each printed; no factor, no finding.
    "n224-conversion-mismatch": GIVING + """\
    blocks:
      - text: {zh: "2016年，新增复垦土地281公顷（约4,125亩）。", en: "In 2016 we reclaimed 281 hectares (about 4,125 mu) of land."}  # expect: N224
      - text: {zh: "2016年，综合能源消耗量104.6万吨标准煤（约3,166万吉焦）。", en: "In 2016 energy use was 1.046 million tce (about 31.66 million GJ)."}  # expect: N224
      - text: {zh: "2016年，数据中心节电1,250万千瓦时（即1.25亿度）。", en: "In 2016 the data centres saved 12.5 million kWh (125 million kWh)."}  # expect: N224
      - text: {zh: "2016年，新增绿化面积36公顷（约540亩）。", en: "In 2016 we planted 36 hectares (about 540 mu)."}
      - text: {zh: "2016年，厂区占地面积58公顷（约870亩）。", en: "In 2016 the plants covered 58 hectares (about 870 mu)."}
      - text: {zh: "2016年，园区面积2.5平方公里（约3,750亩）。", en: "In 2016 the park covered 2.5 square kilometres (about 3,750 mu)."}
      - text: {zh: "2016年，外购热力消耗量2.3万吨标准煤（约67万吉焦）。", en: "In 2016 purchased heat was 23,000 tce (about 670,000 GJ)."}
      - text: {zh: "2016年，外购蒸汽消耗量12.53万吨标准煤（约366.75万吉焦）。", en: "In 2016 purchased steam was 125,300 tce (about 3,667,500 GJ)."}  # expect: N224
      - text: {zh: "2016年，光伏发电量1.25亿千瓦时，折合1.25亿度。", en: "In 2016 solar panels generated 125 million kWh."}
      - text: {zh: "2016年，生产用水量86.2万立方米（900,000吨）。", en: "In 2016 production used 862,000 cubic metres of water."}
      - text: {zh: "2016年，节约用电1,000万千瓦时（约3,000吨标准煤）。", en: "In 2016 we saved 10 million kWh (about 3,000 tce)."}
      - text: {zh: "2016年，节约标准煤1.2万吨，相当于3.1万吨二氧化碳。", en: "In 2016 we saved 12,000 tonnes of standard coal, or 31,000 tonnes of CO2."}
      - text: {zh: "2016年，海外公益投入1.2亿元（约1,700万美元）。", en: "In 2016 overseas giving was RMB 120 million (about USD 17 million)."}
      - text: {zh: "2016年，矿石运输量120万吨（1,200千吨）。", en: "In 2016 we shipped 1.2 million tonnes (1,200 kt) of ore."}
      - text: {zh: "2016年，园区道路总长3.5公里（3,500米）。", en: "In 2016 the roads of the park ran 3.5 km (3,500 metres)."}
      - text: {zh: "2016年，设备检修时长1.5小时（80分钟）。", en: "In 2016 the overhaul took 1.5 hours (80 minutes)."}  # expect: N224
      - text: {zh: "2016年，新员工入职培训36小时（4.5天）。", en: "In 2016 induction training took 36 hours (4.5 days)."}
""",
    # An ordinal (第300万辆) is translated as an English ordinal ("the 3 millionth"), whose value N209 reads with its scale.
    "n209-ordinals-translated": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司第300万辆汽车下线，距第200万辆下线仅用时14个月。", en: "In 2016 the Company's 3 millionth car rolled off the line, 14 months after the 2 millionth."}
      - text: {zh: "2016年，公司迎来第10,000名志愿者。", en: "In 2016 we welcomed our 10,000th volunteer."}
      - text: {zh: "2016年，公司第300万辆汽车在新基地下线。", en: "In 2016 the Company's 30 millionth car rolled off the line at the new base."}  # expect: N209
""",
    # A share whose whole is found by its words elsewhere: when another statement as plausibly named gives the
    # share, that is the whole divided by (全年销量 of all cars, not of the kind named before a colon).
    "n217-share-of-another-plausible-whole": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司整车销量120万辆。", en: "In 2016 we sold 1.2 million vehicles."}
      - text: {zh: "新能源汽车成为增长的主要动力：2016年全年销量60万辆。", en: "New energy vehicles drove growth: 600,000 were sold in 2016."}
      - text: {zh: "2016年，公司实施召回2次，涉及车辆1.8万辆，占全年销量的1.5%。", en: "In 2016 two recalls covered 18,000 vehicles, 1.5% of the year's sales."}
      - text: {zh: "2016年，公司售出长续航版车型4.2万辆，占全年销量的2.5%。", en: "In 2016 we sold 42,000 long-range vehicles, 2.5% of the year's sales."}  # expect: N217
""",
    # A change printed beside a rounded figure was computed from the exact value: within the rounding, no finding.
    "n214-change-of-a-rounded-figure": GIVING + metric("waste.hazardous.2015", "2015年危险废物产生量", "11,960", "吨", "2015", [])
        + metric("waste.hazardous.2016", "2016年危险废物产生量", "11,235", "吨", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，公司产生危险废物1.12万吨，同比下降6.1%。", en: "In 2016 we produced 11,200 tonnes of hazardous waste, down 6.1%."}
      - text: {zh: "2016年，危险废物产生量1.12万吨，较上年下降9.1%。", en: "In 2016 hazardous waste came to 11,200 tonnes, 9.1% less than a year before."}  # expect: N214
""",
    # A clause opening with a verb of reach (覆盖全国218个城市) counts what the clause before reaches.
    "n212-reach-of-the-clause-before": GIVING + """\
    blocks:
      - text: {zh: "2016年末，公司自营超充站1,150座，覆盖全国218个城市。", en: "At the end of 2016 our 1,150 supercharging stations covered 218 cities."}
      - text: {zh: "2016年，城市导航辅助驾驶功能覆盖全国286个城市。", en: "In 2016 city navigation assistance covered 286 cities."}
      - text: {zh: "2016年末，公司自营超充站覆盖全国228个城市。", en: "At the end of 2016 our supercharging stations covered 228 cities."}  # expect: N212
""",
    # Two rates of different names (回收率, 利用率) are two measures, whatever modifier they share.
    "n203-different-rates": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司产生一般工业固体废物9,470吨，综合利用率97.3%。", en: "In 2016 we produced 9,470 tonnes of general industrial solid waste and used 97.3% of it."}
      - text: {zh: "2016年，公司回收退役动力电池3,860吨，镍、钴、锰的综合回收率超过98%。", en: "In 2016 we collected 3,860 tonnes of retired batteries and recovered more than 98% of their nickel, cobalt and manganese."}
      - text: {zh: "2016年，员工满意度超过98%。", en: "In 2016 employee satisfaction exceeded 98%."}
      - text: {zh: "2016年，一般工业固体废物综合利用率超过98%。", en: "In 2016 more than 98% of general industrial solid waste was used."}  # expect: N212
""",
    # A deadline (2030年前) followed in its own clause by the target dates that target only, not a later clause's figure;
    # a deadline that ends its clause still dates the target after it.
    "n212-deadline-dates-its-own-clause": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司在年度供应商大会上与86家核心供应商签署《碳中和合作倡议》。", en: "In 2016 we signed the Carbon Neutrality Initiative with 86 core suppliers at the annual supplier conference."}
      - text: {zh: "我们承诺2030年前实现运营层面碳中和，并在年度供应商大会上与92家核心供应商签署了《碳中和合作倡议》。", en: "We are committed to carbon neutrality in operations by 2030, and signed the Carbon Neutrality Initiative with 92 core suppliers at the annual supplier conference."}  # expect: N212
      - text: {zh: "2016年，公司可再生能源电力占比24.8%。", en: "In 2016 renewables supplied 24.8% of our power."}
      - text: {zh: "我们力争2030年前，可再生能源电力占比达到40%。", en: "We aim for renewables to supply 40% of our power by 2030."}
""",
    # 志愿者（的）服务 is 志愿服务: the volunteers' service hours are the volunteering hours (claims/thesaurus.py).
    "n212-volunteers-service-is-volunteering": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司注册员工志愿者4,280人，志愿服务时长6.5万小时。", en: "In 2016 4,280 employees registered as volunteers and gave 65,000 hours."}
      - quote: {text: {zh: "今年全体志愿者的服务时长超过7万小时。", en: "This year our volunteers gave more than 70,000 hours."}, by: {zh: 志愿者协会会长, en: "President, Volunteers' Association"}}  # expect: N212
""",
    # A figure cut off at a half (61万 for 61.5万): the intervals touch, but 61.5 rounds to 62 either way halves go
    # (up, or to the even digit). 1.2亿 for 1.25亿 is the half rounded to the even digit, which GB/T 8170 allows for
    # measured data but a report's reader, who rounds halves up (四舍五入), takes for 1.25亿 cut off: a warning that
    # says so (claims/relate.py half_to_even); 1.3亿 is 1.25亿 rounded half up and agrees.
    "n213-cut-off-at-a-half": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司新能源汽车销量61.5万辆，光伏发电量1.25亿千瓦时，风力发电量3.35亿千瓦时。", en: "In 2016 we sold 615,000 new energy vehicles and generated 125 million kWh of solar power and 335 million kWh of wind power."}
      - text: {zh: "2016年，新能源汽车销量61万辆。", en: "In 2016 we sold 610,000 new energy vehicles."}  # expect: N213
      - text: {zh: "2016年，光伏发电量1.2亿千瓦时。", en: "In 2016 we generated 120 million kWh of solar power."}  # expect: N213
      - text: {zh: "2016年，风力发电量3.4亿千瓦时。", en: "In 2016 we generated 340 million kWh of wind power."}
""",
    # Two running totals (累计) of one subject, one year and no start named are one total to one day: they must agree.
    # A total counted from a named start (自2015年以来) may differ from another.
    "n212-one-running-total": GIVING + """\
    blocks:
      - text: {zh: "智能驾驶累计里程4亿6千万公里。", en: "Cumulative assisted-driving mileage reached 460 million km."}
      - text: {zh: "用户累计智能驾驶里程达到4.26亿公里。", en: "Users' cumulative assisted-driving mileage reached 426 million km."}  # expect: N212
      - text: {zh: "自2012年以来，公司累计植树3.2万棵。", en: "Since 2012 we have planted 32,000 trees."}
      - text: {zh: "2016年，公司累计植树3.0万棵。", en: "By 2016 we had planted 30,000 trees."}
""",
    # Two running totals of one subject and day, neither naming a start, a third apart: one total, stated twice.
    "n212-running-totals-a-third-apart": GIVING + """\
    blocks:
      - text: {zh: "截至2016年末，公司累计种植红树林幼苗约150万株。", en: "By 2016 we had planted about 1.5 million mangrove seedlings."}
      - text: {zh: "截至2016年末，公司联合地方林业部门累计种植红树林幼苗196.5万株。", en: "By 2016, with local forestry departments, we had planted 1.965 million mangrove seedlings."}  # expect: N212
""",
    # Fish are counted by 尾 (鱼苗1,200尾): a unit, so two counts of the fry released are compared.
    "n212-fish-counted-by-wei": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司在长江增殖放流鱼苗12.6万尾。", en: "In 2016 we released 126,000 fry into the Yangtze."}
      - text: {zh: "2016年，我们在长江增殖放流鱼苗13.8万尾。", en: "In 2016 we released 138,000 fry into the Yangtze."}  # expect: N212
""",
    # 一共 (in all) says how a count is stated, as 共 does; 救助 and 救起 are rescuing people, as 救援 is.
    "n212-rescued-in-all": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司船舶参与海上搜救12次，救助遇险人员43名。", en: "In 2016 our ships joined 12 search and rescue operations at sea and rescued 43 people in distress."}
      - quote:
          text: {zh: "“2016年我们船队一共救起了37名遇险人员。”", en: "“In 2016 our fleet rescued 37 people in distress.”"}  # expect: N212
          by: {zh: 船长, en: Master}
""",
    # The GHG Protocol's scopes numbered in digits (范围2) are named as 范围二 is: the digit is no figure.
    "n201-scope-numbered-in-digits": GIVING + metric("ghg.scope2.2016", "2016年范围二（外购电力）", "33.5", "万吨", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 温室气体排放（万吨二氧化碳当量）, en: "Greenhouse gas emissions (10,000 tonnes CO2e)"}
          rows:
            - [{zh: 2016年范围二（外购电力）, en: Scope 2 (purchased electricity) 2016}, {m: ghg.scope2.2016}]
      - text: {zh: "2016年，范围2温室气体排放33.5吨二氧化碳当量。", en: "In 2016 Scope 2 GHG emissions were 33.5 tonnes CO2e."}  # expect: N201
""",
    # The company's own name between a count and its noun ("超过3.9万名示例员工") says whose they are: the noun counted
    # is 员工, which the report counts otherwise.
    "n203-own-name-before-the-noun": GIVING + metric("day.staff.2016", "2016年员工总数", "39,412", "人", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 2016年员工总数, en: Employees 2016}, {m: day.staff.2016}]
      - text: {zh: "2016年，超过4万名示例员工在各地坚守岗位。", en: "In 2016 more than 40,000 Example employees stood by their posts."}  # expect: N203
""",
    # "船队142艘中，…24艘，占比18.9%": the figure followed by 中 (among them) is the whole of the share after it.
    "n217-among-the-whole": GIVING + """\
    blocks:
      - text: {zh: "截至2016年末，公司运营船队142艘中，LNG双燃料船舶24艘，占比18.9%。", en: "At the end of 2016, 24 of our 142 ships, or 18.9%, were LNG dual-fuel."}  # expect: N217
      - text: {zh: "截至2016年末，公司自有码头12个中，已全面电动化的码头6个，占比50.0%。", en: "At the end of 2016, 6 of our 12 terminals, or 50.0%, were fully electrified."}
""",
    # A change that follows a figure printing no metric ("全年完成集装箱运量1,286万标准箱。运量同比增长7.9%") is measured
    # against last year's value where another sentence states both years ("…1,286.4万标准箱，较2015年的1,172.5万标准箱
    # 增长9.7%", wrapped after its comma in the source: one sentence).
    "n214-growth-against-a-series-in-prose": GIVING + """\
    blocks:
      - text:
          zh: |
            2016年，公司完成集装箱运量1,286.4万标准箱，
            较2015年的1,172.5万标准箱增长9.7%。
          en: |
            In 2016 we carried 12.864 million TEU,
            up 9.7% from 11.725 million TEU in 2015.
      - text: {zh: "2016年全年完成集装箱运量1,286万标准箱。运量同比增长7.9%，再创历史新高。", en: "We carried 12.86 million TEU in 2016. Volumes grew by 7.9% year on year, a new record."}  # expect: N214
""",
    # A document is published once under its title: two years for "发布《…路线图》" date one event twice. A report's title
    # recurs every year (《可持续发展报告》): two of its publications are two events.
    "n215-published-once": GIVING + """\
    blocks:
      - text: {zh: "2015年3月，公司发布《碳中和行动路线图》，提出2030年前实现运营碳中和。", en: "In March 2015 the Company published its Carbon Neutrality Roadmap."}
      - text: {zh: "2016年3月，我们发布《碳中和行动路线图》，明确三大减排抓手。", en: "In March 2016 we published our Carbon Neutrality Roadmap."}  # expect: N215
      - text: {zh: "2015年6月，公司发布《可持续发展报告》。", en: "In June 2015 the Company published its Sustainability Report."}
      - text: {zh: "2016年6月，公司发布《可持续发展报告》。", en: "In June 2016 the Company published its Sustainability Report."}
""",
    # A multiple after a figure whose subject was named before a colon: the figure prints one metric of its year (the
    # only one at that value), whose series gives the base year's value.
    "n205-multiple-of-the-metric-it-prints": """\
      - {id: sales.total.2015, label: {zh: 整车销量, en: Vehicle sales}, value: "98.6", unit: 万辆, period: "2015"}
      - {id: sales.total.2016, label: {zh: 整车销量, en: Vehicle sales}, value: "126.8", unit: 万辆, period: "2016"}
      - {id: sales.nev.2015, label: {zh: 新能源汽车销量, en: NEV sales}, value: "21.3", unit: 万辆, period: "2015"}
      - {id: sales.nev.2016, label: {zh: 新能源汽车销量, en: NEV sales}, value: "61.5", unit: 万辆, period: "2016"}
    blocks:
      - text: {zh: "新能源汽车成为增长的主要动力：2016年全年销量61.5万辆，较2015年增长2.9倍。", en: "New energy vehicles drove growth: 615,000 were sold in 2016, 2.9 times the 2015 figure."}  # expect: N205
      - text: {zh: "整车业务稳步发展：2016年全年销量126.8万辆，是2015年的1.3倍。", en: "Vehicle sales grew steadily: 1,268,000 in 2016, 1.3 times the 2015 figure."}
""",
    # ---- precision cases from the qiyuan-auto corpus: add above this line ----
    # A year written "2015年的" before a long subject dates the first figure the subject is given, not the figure
    # of the sentence's next year (claims/extract.py _year_of_its_subject); years listed one by one before 分别为 name
    # the run's columns as a span does (_named_years).
    "n201-a-years-subject-and-listed-years": GIVING
    + metric("safety.deaths.2015", "因工死亡人数", "1", "人", "2015", [])
    + metric("safety.deaths.2016", "因工死亡人数", "0", "人", "2016", []) + """\
    blocks:
      - text: {zh: "2015年的公益日全平台捐款金额为1.279亿元，2016年增至3.05亿元。", en: "Giving Day donations on all platforms came to RMB 127.9 million in 2015 and RMB 305 million in 2016."}
      - text: {zh: "2015年的公益日全平台捐款金额为1.5亿元。", en: "Giving Day donations on all platforms came to RMB 150 million in 2015."}  # expect: N201
      - text: {zh: "2015年及2016年因工死亡人数分别为1人及0人。", en: "Work-related deaths: 1 in 2015 and 0 in 2016."}
      - text: {zh: "2015年、2016年因工死亡人数分别为1人、1人。", en: "Work-related deaths: 1 in 2015 and 1 in 2016."}  # expect: N201
""",
    # A number before 日 that cannot be a day of the month counts days, as Hong Kong writers write 天 (numbers.py
    # _counts_days); a year in brackets closed before a figure ("（2015年：15宗）") dates only what they hold
    # (claims/extract.py _aside_closed).
    "n201-days-in-ri-and-bracketed-years": GIVING
    + metric("safety.lostdays.2015", "因工伤损失工作日数", "2,314", "天", "2015", [])
    + metric("safety.lostdays.2016", "因工伤损失工作日数", "1,926", "天", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，工伤事故12宗（2015年：15宗），因工伤损失工作日数为1,926日。", en: "In 2016 there were 12 work injuries (2015: 15) and 1,926 days lost."}
      - text: {zh: "2016年，因工伤损失工作日数为1,962日。", en: "In 2016, 1,962 days were lost to work injury."}  # expect: N212
      - text: {zh: "2016年9月12日至14日，我们举办了安全周。", en: "We held a safety week from 12 to 14 September 2016."}
""",
    # A metric's label typed before a figure names the metric in a Traditional report too: the label and the text
    # are both read in Simplified (claims/group.py labelled); the twin of this case is the Traditional one. The
    # truncation is reported at the figure cut off (checks/claims.py _reported_at).
    "n202-label-before-a-figure-in-either-script": GIVING
    + metric("training.hours.2016", "总培训时数（小时）", "172,550", "小时", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 关键员工绩效指标, en: Table 1 Key people indicators}
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 总培训时数（小时）, en: Training hours}, {m: training.hours.2016, bare: true}]
      - text: {zh: "2016年，全年总培训时数约17.3万小时。", en: "In 2016 training came to about 173,000 hours."}
      - text: {zh: "2016年，总培训时数17.2万小时。", en: "In 2016 training came to 172,000 hours."}  # expect: N202
""",
    # 合共 is Hong Kong's 合计 (checks/shares.py stated_sums, sums.py); a figure before 其中 / 当中 is the whole the
    # later parts divide, not one of the parts a later total adds.
    "n220-hong-kong-sums-and-the-whole-before-parts": GIVING + """\
    blocks:
      - text: {zh: "2016年，员工分布于北京（120人）、上海（80人）及深圳（50人），合共260人。", en: "In 2016 we had 120 staff in Beijing, 80 in Shanghai and 50 in Shenzhen, 260 in all."}  # expect: N220
      - text: {zh: "2016年，员工分布于北京（120人）、上海（80人）及深圳（50人），合共250人。", en: "In 2016 we had 120 staff in Beijing, 80 in Shanghai and 50 in Shenzhen, 250 in all."}
      - text: {zh: "2016年，共发生事故39宗，其中甲厂31宗，乙厂及丙厂合共8宗。", en: "In 2016 there were 39 accidents: 31 at plant A and 8 at plants B and C together."}
      - text: {zh: "2016年，共发生火警12宗，其中东区9宗，西区及南区合计3宗。", en: "In 2016 there were 12 fire alarms: 9 in the east and 3 in the west and south together."}
""",
    # A bound that just misses a figure stated for what reads as the same fact is an error even when the metric it
    # is also close to reads less alike (its label diluted by its table's caption) (checks/claims.py approximation_misses).
    # A clause naming nothing but the label's noun (员工 for 员工总数) states the metric itself: then it is an N201.
    "n212-a-bound-missing-a-figure-of-the-same-fact": GIVING
    + metric("staff.total.2016", "员工总数（人）", "7,568", "人", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 关键员工绩效指标, en: Table 1 Key people indicators}
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 员工总数（人）, en: Employees}, {m: staff.total.2016, bare: true}]
      - text: {zh: "截至2016年末，集团共有员工7,568人。", en: "At the end of 2016 the group had 7,568 employees."}
      - text: {zh: "2016年，集团拥有超过7,600名员工。", en: "In 2016 the group had more than 7,600 employees."}  # expect: N201
""",
    # K405: HKEX A1.4's non-hazardous waste is written as general solid waste, or by a builder as construction
    # waste (C&D materials) (checks/esg_index.py KPI_SIGNALS).
    "k405-construction-waste-is-non-hazardous": GIVING + """\
    blocks:
      - text: {zh: "2016年，集团工地产生惰性建筑废物39.86万吨，全部运往公众填料接收设施。", en: "In 2016 our sites produced 398,600 tonnes of inert construction waste."}
      - esg_index:
          framework: hkex-esg-2025
          items:
""" + "".join(
        "          - {id: A1.4, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n"
        if item.id == "A1.4" else f"          - {{id: {item.id}, status: answered, refs: [day]}}\n"
        for item in __import__("csrpress.frameworks", fromlist=["load_framework"]).load_framework("hkex-esg-2025").disclosures()),
    # K405: hazardous waste named by the topic of its sentence, its kinds listed after it (主要为), and its amount in a clause
    # that names only how it came about (产生量) or that it is a total (合共); in any of the names standards give it
    # (危险废弃物, 化学废物: thesaurus.py) (claims/extract.py _topic, checks/esg_index.py _states).
    "k405-hazardous-waste-named-before-its-amount": GIVING + """\
    blocks:
      - text: {zh: "2016年，集团产生的危险废弃物主要为废矿物油及化验室废液，全年产生量96.7吨，全部交由持牌机构处置。", en: "In 2016 our hazardous waste was mainly waste mineral oil and laboratory liquids: 96.7 tonnes."}
      - esg_index:
          framework: hkex-esg-2020
          items:
""" + "".join(
        "          - {id: A1.3, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n"
        if item.id == "A1.3" else f"          - {{id: {item.id}, status: answered, refs: [day]}}\n"
        for item in __import__("csrpress.frameworks", fromlist=["load_framework"]).load_framework("hkex-esg-2020").disclosures()),
    "k405-chemical-waste-in-a-lone-total": GIVING + """\
    blocks:
      - text: {zh: "2016年，物业亦产生少量化学废物，主要为光管、电池及废机油，合共18.6吨，全数交由持牌收集商处理。", en: "In 2016 our properties also produced 18.6 tonnes of chemical waste."}
      - esg_index:
          framework: hkex-esg-2025
          items:
""" + "".join(
        "          - {id: A1.3, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n"
        if item.id == "A1.3" else f"          - {{id: {item.id}, status: answered, refs: [day]}}\n"
        for item in __import__("csrpress.frameworks", fromlist=["load_framework"]).load_framework("hkex-esg-2025").disclosures()),
    # The same sentence about non-hazardous waste says nothing of hazardous waste: its amount is A1.4's, not A1.3's.
    # Nor is an amount avoided (减排量) one emitted (A1.2), or a count of staff volunteers the headcount (B1.1), however a
    # signal's word (全职员工) is read through the thesaurus (员工).
    "k405-other-waste-named-before-its-amount": GIVING + """\
    blocks:
      - text: {zh: "2016年，集团产生的一般固体废物主要为办公垃圾及包装物，全年产生量1,120吨，已在各园区推行垃圾分类。", en: "In 2016 our general solid waste was mainly office rubbish and packaging: 1,120 tonnes."}
      - text: {zh: "2016年，集团的光伏项目建成后，将产生约3.7万吨二氧化碳当量的减排量。", en: "In 2016 our solar project was expected to avoid about 37,000 tonnes of CO2e."}
      - text: {zh: "2016年，超过7000名员工志愿者投身公益项目之中。", en: "In 2016 more than 7,000 employee volunteers took part."}
      - esg_index:
          framework: hkex-esg-2020
          items:
""" + "".join(
        "          - {id: %s, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}\n" % item.id
        if item.id in ("A1.2", "A1.3", "B1.1") else
        "          - {id: A1.4, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n"
        if item.id == "A1.4" else f"          - {{id: {item.id}, status: answered, refs: [day]}}\n"
        for item in __import__("csrpress.frameworks", fromlist=["load_framework"]).load_framework("hkex-esg-2020").disclosures()),
    # An index answer cites the sections it is told in by their numbers ("数据中心平均PUE（1.1）"): 1.1 is where, not a PUE
    # (claims/extract.py _section_cited); a figure before the citation is still one (N212).
    "n212-a-section-cited-in-an-index-answer-is-no-figure": GIVING + """\
    blocks:
      - text: {zh: "2016年，数据中心平均PUE为1.41。", en: "In 2016 the average PUE of our data centres was 1.41."}
      - esg_index:
          framework: hkex-esg-2025
          items:
""" + "".join(
        "          - {id: A2.1, status: answered, answer: {zh: 数据中心平均PUE（1.1）, en: Average data centre PUE (1.1)}, refs: [day]}\n"
        if item.id == "A2.1" else
        "          - {id: A2.5, status: answered, answer: {zh: 数据中心平均PUE为1.45（1.1）, en: Average data centre PUE 1.45 (1.1)}, refs: [day]}  # expect: N212\n"
        if item.id == "A2.5" else f"          - {{id: {item.id}, status: answered, refs: [day]}}\n"
        for item in __import__("csrpress.frameworks", fromlist=["load_framework"]).load_framework("hkex-esg-2025").disclosures()),
    # 工时 (one person working one hour) is a unit of its own (units.py): "连续320万工时无损失工时事故" is a figure
    # that another statement of the same record can contradict; the base of a rate (每20万工时) is no such figure.
    "n212-work-hours": GIVING + """\
    blocks:
      - text: {zh: "2016年，甲项目已录得连续320万工时无损失工时事故。", en: "In 2016 Project A worked 3.2 million hours in a row without a lost-time injury."}
      - text: {zh: "2016年，损失工时工伤率为0.12（每20万工时）。", en: "In 2016 the lost-time injury rate was 0.12 per 200,000 hours."}
      - text: {zh: "甲项目团队庆祝连续350万工时无损失工时事故。", en: "The Project A team celebrates 3.5 million hours in a row without a lost-time injury."}  # expect: N212
""",
    # An average over items whose sentence states the total and the count of those items is the total over the
    # count (checks/averages.py per_item_averages); 约 admits 10%.
    "n221-average-per-item-in-its-sentence": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司安全投入3.86亿元，按87个在建项目计算，平均每个项目约520万元。", en: "In 2016 safety spending was RMB 386 million, about RMB 5.2 million for each of 87 projects."}  # expect: N221
      - text: {zh: "2016年，公司环保投入1.2亿元，按30个生产基地计算，平均每个基地约400万元。", en: "In 2016 environmental spending was RMB 120 million, about RMB 4 million for each of 30 sites."}
      - text: {zh: "2016年，公司共资助12所学校，捐赠金额合计360万元，平均每所学校30万元。", en: "In 2016 we funded 12 schools with RMB 3.6 million, RMB 300,000 each."}
      - text: {zh: "2016年，公司共资助10所学校，捐赠金额合计360万元，平均每所学校30万元。", en: "In 2016 we funded 10 schools with RMB 3.6 million, RMB 300,000 each."}  # expect: N212, N221, N221
""",
    # Scopes 1 and 2 together are the greenhouse-gas inventory (claims/group.py INVENTORY): a table row
    # "温室气体排放总量（范围一及范围二）" states the total the text writes without the scopes, so a restatement cut
    # off is compared with it; one scope alone (范围二排放) stays a part of it.
    "n202-total-of-scopes-one-and-two": GIVING
        + metric("day.ghg.2016", "2016年温室气体排放总量（范围一及范围二）", "385.7万", "吨二氧化碳当量", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，公司温室气体排放总量385万吨二氧化碳当量。", en: "In 2016 our GHG emissions were 3.85 million tCO2e."}  # expect: N202
      - text: {zh: "2016年，范围二排放236.4万吨二氧化碳当量。", en: "In 2016 Scope 2 emissions were 2.364 million tCO2e."}
""",
    # A capacity is a rate: 日/年 before its noun (日处理能力1,200吨, 年经营规模四十六万八千吨) reads it per day or per year,
    # as a table or another sentence prints it (48.6万吨/年); a clause naming no holder of its own states the capacity
    # of what the clause before names (claims/extract.py _per_period, _capacity_holder). 2016年处理能力 is the year's.
    "n212-capacity-per-year-of-the-clause-before": GIVING + """\
    blocks:
      - text: {zh: "截至2016年末，公司运营危险废物处置项目12个，年经营规模四十六万八千吨；运营污水处理厂9座，日处理能力12万吨。", en: "At the end of 2016 we ran 12 hazardous waste disposal projects with a licensed capacity of 468,000 tonnes a year, and 9 wastewater plants treating 120,000 tonnes a day."}
      - text: {zh: "公司危险废物处置项目核准经营规模48.6万吨/年，污水处理厂设计处理能力合计12万吨/日。", en: "Our hazardous waste disposal projects are licensed for 486,000 tonnes a year; our wastewater plants are designed for 120,000 tonnes a day."}  # expect: N212
""",
    # A value's share of its limit ("颗粒物排放均值3.2mg/Nm³，仅为国家标准限值的8%") is the value over the limit the report's
    # table gives on that pollutant's row, in the column headed by the limit's words (checks/limits.py).
    "n217-share-of-a-limit-in-its-table": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司焚烧厂颗粒物排放均值3.2mg/Nm³，仅为国家标准限值的8%；二氧化硫排放均值16mg/Nm³，为国家标准限值的20%。", en: "In 2016 particulate emissions at our incineration plants averaged 3.2 mg/Nm³, only 8% of the national limit; sulphur dioxide averaged 16 mg/Nm³, 20% of the national limit."}  # expect: N217
      - table:
          caption: {zh: 表1 烟气排放均值, en: Table 1 Average flue gas emissions}
          header: [{zh: 污染物, en: Pollutant}, {zh: 2016年, en: "2016"}, {zh: 国家标准限值, en: National limit}]
          rows:
            - [{zh: "颗粒物（mg/Nm³）", en: "Particulate matter (mg/Nm³)"}, "3.2", "20"]
            - [{zh: "二氧化硫（mg/Nm³）", en: "Sulphur dioxide (mg/Nm³)"}, "16", "80"]
""",
    # A total in 吨二氧化碳当量 is a greenhouse-gas emission though its clause names only the scopes it sums ("范围一和范围二
    # 合计…万吨二氧化碳当量"): it is the total an intensity of 碳排放 divides (checks/averages.py _words_with_unit).
    "n221-total-named-by-its-unit": GIVING + metric("day.revenue.2016", "2016年营业收入", "15亿", "元", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，公司范围一和范围二合计1.2万吨二氧化碳当量，单位营业收入碳排放（范围一和范围二）为0.10吨/万元。", en: "In 2016 Scope 1 and 2 emissions totalled 12,000 tCO2e, or 0.10 tonnes per RMB 10,000 of revenue."}  # expect: N221
""",
    # An intensity that names no scope divides that inventory (checks/averages.py _inventory); one that names a
    # scope divides that scope's emissions, which the table row of scopes 1 and 2 is not.
    "n221-intensity-of-the-scope-1-and-2-total": GIVING
        + metric("day.ghg.2016", "2016年温室气体排放总量（范围一及范围二）", "12,000", "吨二氧化碳当量", "2016", [])
        + metric("day.revenue.2016", "2016年营业收入", "15亿", "元", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，每万元营业收入温室气体排放0.10吨。", en: "In 2016 GHG emissions were 0.10 tonnes per RMB 10,000 of revenue."}  # expect: N221
      - text: {zh: "2016年，每万元营业收入范围一排放0.05吨。", en: "In 2016 Scope 1 emissions were 0.05 tonnes per RMB 10,000 of revenue."}
""",
    # 境内外 (at home and abroad) names every place of the company, no subset of what is counted (claims/subject.py
    # STOP): "十余座矿山" in the report's scope counts the mines "在境内外运营矿山9座" counts; 境外 alone is a part.
    "n203-at-home-and-abroad-is-everywhere": GIVING + """\
    blocks:
      - text: {zh: "截至2016年末，公司在境内外运营矿山9座，其中境外2座。", en: "At the end of 2016 we operated 9 mines, 2 of them abroad."}
      - text: {zh: "本报告涵盖公司旗下十余座矿山及配套选矿厂。", en: "This report covers our more than ten mines and their concentrators."}  # expect: N203
      - text: {zh: "2016年，公司在境外新增勘探矿权十余个。", en: "In 2016 we added more than ten exploration rights abroad."}
""",
    # Staff of one place (中国内地员工) are a part of the staff: their count agreeing with "近5万名员工" confirms no bound
    # on the whole, which the table's total excludes (claims/places.py); the staff named without a place do confirm it
    # (and disagree with the table, N201)
    "n203-a-part-by-place-confirms-no-bound": GIVING + metric("day.staff.2016", "2016年员工总数", "52,418", "人", "2016", []) + """\
    blocks:
      - text: {zh: "2016年末，公司中国内地员工46,790人。", en: "At the end of 2016 we had 46,790 staff in Mainland China."}
      - text: {zh: "2016年，近5万名员工是我们最宝贵的财富。", en: "In 2016 our nearly 50,000 staff were our greatest asset."}  # expect: N203
""",
    "n203-the-whole-confirms-a-bound": GIVING + metric("day.staff.2016", "2016年员工总数", "52,418", "人", "2016", []) + """\
    blocks:
      - text: {zh: "2016年末，公司员工46,790人。", en: "At the end of 2016 we had 46,790 staff."}  # expect: N201
      - text: {zh: "2016年，近5万名员工是我们最宝贵的财富。", en: "In 2016 our nearly 50,000 staff were our greatest asset."}
""",
    # 还有 (there are also) says that there are, as 现有 does (claims/subject.py STOP): "还有近2,000名员工志愿者" counts
    # the "注册员工志愿者2,480名", which the bound excludes (an error: the clauses agree)
    "n203-there-are-also": GIVING + """\
    blocks:
      - text: {zh: "2016年，志愿者协会现有注册员工志愿者2,480名。", en: "In 2016 the volunteer association had 2,480 registered staff volunteers."}
      - text: {zh: "2016年，公司还有近2,000名员工志愿者活跃在社区。", en: "In 2016 nearly 2,000 staff volunteers were active in the community."}  # expect: N212
""",
    # Hours written before the activity they measure ("近2万小时义工服务": hours of volunteer service) name the table row
    # of that activity's hours (义工服务时数), as its label written before the figure does (claims/group.py _hours_of).
    "n201-hours-before-the-activity": GIVING + metric("day.volunteering.2016", "义工服务时数（小时）", "23,600", "小时", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，员工全年贡献近2万小时义工服务，足迹遍及长者中心及学校。", en: "In 2016 our staff gave nearly 20,000 hours of volunteer service."}  # expect: N201
      - text: {zh: "2016年，员工全年接受3万小时职业技能培训。", en: "In 2016 our staff received 30,000 hours of vocational training."}
      - table:
          rows:
            - [{zh: 义工服务时数（小时）, en: Volunteer hours}, {m: day.volunteering.2016}]
""",
    # A label of a verb and its object (惠及农户: the farming households reached) is said in a sentence as the verb, the
    # count, then the object ("惠及1.36万户农户"): the two halves round the figure name that row (claims/group.py
    # _verb_count_object); the object as the start of a longer word (农户家庭) is not the label's.
    "n201-verb-count-object": GIVING + metric("day.households.2016", "惠及农户（户）", "12,620", "户", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，公益日项目惠及1.36万户农户稳定增收。", en: "In 2016 the projects helped 13,600 farming households."}  # expect: N201
      - text: {zh: "2016年，公益日项目惠及1.08万户农户家庭子女就学。", en: "In 2016 the projects helped the children of 10,800 households."}
      - table:
          caption: {zh: 表1 乡村振兴关键绩效, en: Table 1 Rural revitalisation}
          rows:
            - [{zh: 惠及农户（户）, en: Households helped}, {m: day.households.2016}]
""",
    # The translator names one count with one noun phrase where the Chinese words it two ways (claims/english.py): two
    # figures whose English says "farming households" both count farming households, whatever else their Chinese says.
    # One word ("households") names no one count, nor a phrase of the report's everyday noun (基站, "base stations",
    # which its figures count subsets of) unless it says three words; nor values far apart (2,000 households added and
    # the 42,000 reached: a part or a change of the count is named alike in English).
    "n212-counted-alike-in-english": GIVING + """\
    blocks:
      - text: {zh: "2016年，公益日光伏扶贫电站惠及4.2万户农户。", en: "In 2016 the solar plants benefited 42,000 farming households."}
      - text: {zh: "2016年，项目惠及4.7万户农户。", en: "In 2016 the projects benefited 47,000 farming households."}  # expect: N212
      - text: {zh: "2016年，新增2,000户农户。", en: "In 2016 we added 2,000 farming households."}
      - text: {zh: "2016年，助学计划惠及3.2万户果农。", en: "In 2016 the school aid reached 32,000 households."}
      - text: {zh: "2016年，合作社带动3.5万户果农。", en: "In 2016 the cooperatives reached 35,000 households."}
      - text: {zh: "2016年，我们为2,150个基站更换整流器。", en: "In 2016 we fitted 2,150 base stations with new rectifiers."}
      - text: {zh: "2016年，我们完成1,460个基站的检查。", en: "In 2016 we checked 1,460 base stations."}
      - text: {zh: "2016年，基站共3,800个。", en: "In 2016 there were 3,800 base stations."}
      - text: {zh: "2016年，新建基站620个。", en: "In 2016 we built 620 base stations."}
      - text: {zh: "2016年，基站节电1,200万千瓦时。", en: "In 2016 base stations saved 12 million kWh."}
""",
    # ---- precision cases from the tailok-engineering corpus: add above this line ----
    # A growth right after a figure, with no subject of its own, is the change of that figure (checks/changes.py):
    # a series in another unit that the sentence also names (the fund the goods came from) is another fact.
    "n214-change-of-the-figure-it-follows": GIVING
        + metric("day.fund.2015", "2015年乡村图书基金拨款", "500万", "元", "2015", [])
        + metric("day.fund.2016", "2016年乡村图书基金拨款", "600万", "元", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，乡村图书基金捐赠图书120吨，同比增长25%。", en: "In 2016 the village library fund donated 120 tonnes of books, up 25%."}
      - text: {zh: "2016年，乡村图书基金拨款同比增长30%。", en: "In 2016 the village library fund's grants rose 30%."}  # expect: N214
""",
    # Two-digit figures each other's reverse (12 and 21) are no evidence of one figure (checks/claims.py): the
    # subjects must share as much as any other disagreement needs; longer swapped digits need less.
    "n212-two-digit-swap": GIVING + """\
    blocks:
      - text: {zh: "2016年，我们从31项议题中筛选出9项重点议题。", en: "In 2016 we selected 9 key topics from 31."}
      - text: {zh: "2016年，审议议题13项。", en: "In 2016 we considered 13 matters."}
      - text: {zh: "2016年，公益日共组建志愿服务队36支。", en: "In 2016 we formed 36 volunteer teams."}
      - text: {zh: "2016年，公益日志愿服务队达到63支。", en: "In 2016 there were 63 volunteer teams."}  # expect: N212
""",
    # K405 (checks/esg_index.py): a figure gives what an item asks when the title names the head of its noun phrase
    # (the last word before the figure; the words before it only narrow it), and a title's optional intensity
    # ("（如适用）每生产单位占量") is no part of what it asks.
    "k405-head-of-the-noun-phrase": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司为电商订单消耗快递包装材料860吨。", en: "In 2016 online orders used 860 tonnes of packaging material."}
      - esg_index:
          framework: hkex-esg-2025
          items:
""" + "".join(
        "          - {id: A2.5, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n"
        if item.id == "A2.5" else f"          - {{id: {item.id}, status: answered, refs: [day]}}\n"
        for item in __import__("csrpress.frameworks", fromlist=["load_framework"]).load_framework("hkex-esg-2025").disclosures()),
    # N203 (checks/claims.py _doers_activity): hours counted of those who do something (志愿者服务…小时) are hours of what
    # they do, which a bound may name by the activity (员工志愿服务近4万小时). Not reported: a bound the hours fall
    # under, and hours of another activity's doers (授课者).
    "n203-hours-of-the-doers-are-hours-of-what-they-do": GIVING + """\
    blocks:
      - text: {zh: "本章亮点：员工志愿服务近4万小时", en: "Highlight: nearly 40,000 hours of employee volunteering"}  # expect: N203
      - text: {zh: "2016年，志愿者累计服务4.18万小时。", en: "In 2016 volunteers gave 41,800 hours of service."}
      - text: {zh: "本章亮点：员工义务授课近2万小时", en: "Highlight: nearly 20,000 hours of teaching"}
      - text: {zh: "2016年，授课者累计讲授1.96万小时。", en: "In 2016 teachers gave 19,600 hours of lessons."}
      - text: {zh: "2016年，培训者累计服务2.08万小时。", en: "In 2016 trainers gave 20,800 hours of service."}
""",
    # "自2011年设立“春苗奖学金”以来" (claims/events.py _set_up_since): with nothing before 自, what the verb of starting
    # sets up is the start's subject, which a run of years of it elsewhere is said of. A run one year short of that
    # start ("已连续五年", 2012-2016, counting 2016 - 2011) is the common way of miscounting: a warning; one year too
    # many is an error. Not reported: a run of another programme, and a run that agrees with its start.
    "n216-a-run-since-a-thing-was-set-up": GIVING + """\
    blocks:
      - text: {zh: "自2011年设立春苗奖学金以来，我们与学校一起成长。", en: "Since setting up the Spring Shoots Scholarship in 2011 we have grown with schools."}
      - text: {zh: "春苗奖学金已连续五年资助家庭困难的学生。", en: "The Spring Shoots Scholarship has supported students for five years in a row."}  # expect: N216
      - text: {zh: "自2013年开办绿色校园计划以来，我们走进了30所学校。", en: "Since starting the Green Campus programme in 2013 we have visited 30 schools."}
      - text: {zh: "绿色校园计划已连续五年开展。", en: "The Green Campus programme has run for five years in a row."}  # expect: N216
      - text: {zh: "自2014年开办阳光书屋以来，我们捐赠图书2万册。", en: "Since opening the Sunshine Library in 2014 we have donated 20,000 books."}
      - text: {zh: "阳光书屋已连续三年开放。", en: "The Sunshine Library has been open for three years in a row."}
      - text: {zh: "蓝天课堂已连续六年开课。", en: "The Blue Sky Classroom has run for six years in a row."}
""",
    # "同年设立…" (claims/events.py): a start dated by the year its sentence named before it, as a 连续N年 elsewhere counts.
    "n216-started-the-same-year": GIVING + """\
    blocks:
      - text: {zh: "2011年，公司进入华南市场，同年设立“春苗奖学金”。", en: "In 2011 we entered South China and set up the Spring Shoots Scholarship."}
      - text: {zh: "“春苗奖学金”已连续五年资助家庭困难的学生。", en: "The Spring Shoots Scholarship has supported students for five years in a row."}  # expect: N216
      - text: {zh: "2012年，公司发起“绿色校园”计划，同年启动首批试点。", en: "In 2012 we launched the Green Campus programme and its first pilots."}
      - text: {zh: "“绿色校园”计划已连续五年开展。", en: "The Green Campus programme has run for five years in a row."}
""",
    # A multiple with no figure before it in its sentence ("…较2015年提高N倍", checks/changes.py): the report year's
    # metric of the subject it names, against that subject's figure of the year it names.
    "n205-multiple-of-a-named-series": GIVING
        + metric("day.forest.2015", "2015年植树造林面积", "120", "公顷", "2015", [])
        + metric("day.forest.2016", "2016年植树造林面积", "410", "公顷", "2016", []) + """\
    blocks:
      - text: {zh: "两年间，植树造林面积较2015年提高2.4倍。", en: "The area planted rose 2.4-fold on 2015."}
      - text: {zh: "植树造林面积较2015年提高3.4倍，覆盖更多乡村。", en: "The area planted rose 3.4 times on 2015."}  # expect: N205
      - text: {zh: "植树造林面积较2015年提高5倍。", en: "The area planted rose five-fold on 2015."}  # expect: N205
""",
    # An intensity in 吨二氧化碳当量 divides the greenhouse-gas total though its sentence says only 排放强度
    # (checks/averages.py NAMED_BY_UNIT): the unit names what is counted.
    "n221-intensity-named-by-its-unit": GIVING
        + metric("day.ghg.2016", "2016年温室气体排放总量", "12,000", "吨二氧化碳当量", "2016", [])
        + metric("day.revenue.2016", "2016年营业收入", "15亿", "元", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，公司排放强度为每万元营业收入0.08吨二氧化碳当量。", en: "In 2016 our emission intensity was 0.08 tCO2e per RMB 10,000 of revenue."}
      - text: {zh: "按营业收入计算，2016年排放强度为每万元营业收入0.10吨二氧化碳当量。", en: "By revenue, intensity in 2016 was 0.10 tCO2e per RMB 10,000."}  # expect: N212, N221  (0.10 printed to the hundredth is not the 0.08 above)
""",
    # "比上年少了…", "比上年多了…" (checks/changes.py GROWTH, DOWN): a change in units said with 多/少, recomputed as 增加/减少 are.
    "n214-more-or-fewer-than-last-year": GIVING
        + metric("day.fund.2015", "2015年乡村图书基金拨款", "600万", "元", "2015", [])
        + metric("day.fund.2016", "2016年乡村图书基金拨款", "500万", "元", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，乡村图书基金拨款比上年少了100万元。", en: "In 2016 the village library fund granted RMB 1 million less than the year before."}
      - text: {zh: "2016年，乡村图书基金拨款比上年少了两百多万元。", en: "In 2016 the fund granted over RMB 2 million less."}  # expect: N214
      - text: {zh: "2016年，乡村图书基金拨款比上年多了100万元。", en: "In 2016 the fund granted RMB 1 million more."}  # expect: N214
""",
    # 成为 (to become) names nothing counted (claims/subject.py STOP): "近2,400名员工注册成为志愿者" counts the
    # registered volunteers, so a bound that misses their number is an error, not an unsure warning.
    "n201-what-they-became": GIVING + metric("day.volunteers.2016", "2016年注册志愿者", "2,460", "人", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，近2,400名员工注册成为志愿者。", en: "In 2016 nearly 2,400 employees registered as volunteers."}  # expect: N201
      - text: {zh: "2016年，近2,500名员工注册成为志愿者。", en: "In 2016 nearly 2,500 employees registered as volunteers."}
      - text: {zh: "2016年，志愿者服务时长3.2万小时，志愿者服务队12支，志愿者培训30场，志愿者活动85次。", en: "Volunteers served 32,000 hours in 12 teams, with 30 training sessions and 85 events."}
""",
    # ---- precision cases from the huixian-retail corpus: add above this line ----
    # "由A缩短至B" (claims/extract.py TO_AFTER): any verb of change between 由A and 至B, of duration as of size,
    # makes A the old value; only B is the year's figure of the metric.
    "n201-old-value-before-a-verb-of-duration": GIVING + metric("day.claims.2016", "2016年小额理赔平均结案时效", "1.6", "天", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，小额理赔平均结案时效由2.1天缩短至1.6天。", en: "In 2016 the average settlement time of small claims fell from 2.1 days to 1.6 days."}
      - text: {zh: "2016年，小额理赔平均结案时效由2.4天延长至1.9天。", en: "In 2016 the average settlement time of small claims went from 2.4 days to 1.9 days."}  # expect: N201
""",
    # "3·15", "5·12" (checks/editions.py DAY_NAME): a month and a day joined by a middle dot name a day; the English
    # writes the day its own way, so neither part is a figure it must print. Other figures of the sentence still count.
    "n209-month-day-name-of-a-day": GIVING + """\
    blocks:
      - text: {zh: "2016年，我们开展“3·15”消费者权益保护教育宣传周活动。", en: "In 2016 we ran the World Consumer Rights Day education week."}
      - text: {zh: "2016年，我们在“3·15”宣传周开展活动386场。", en: "In 2016 we held 368 events in the 15 March week."}  # expect: N209
""",
    # A share whose named whole shares a word with the figure before 其中 in its sentence (checks/shares.py
    # _whole_before_its_parts) is of that figure, however the whole is rephrased (理事会 -> 理事会成员).
    "n217-whole-before-its-parts-rephrased": GIVING + """\
    blocks:
      - text: {zh: "2016年，基金会理事会由14名理事组成，其中企业理事8名、外部理事6名，外部理事占理事会成员的42.9%。", en: "In 2016 the foundation's council had 14 members: 8 from the company and 6 external, so external members made up 42.9%."}
      - text: {zh: "2016年，基金会监事会由12名监事组成，其中企业监事7名、外部监事5名，外部监事占监事会成员的45.5%。", en: "In 2016 the supervisory board had 12 members: 7 from the company and 5 external, who made up 45.5%."}  # expect: N217
""",
    # 户次 (units.py): households served once each time, a count of runs like 人次, not of households; the
    # noun after it ("…万户次农户") is what it counts, so two statements of it are one fact.
    "n212-household-times": GIVING + """\
    blocks:
      - text: {zh: "2016年，农业保险保费收入12.5亿元，农业保险赔款支出8.6亿元。", en: "In 2016 agricultural insurance premiums were RMB 1.25 billion and claims paid RMB 860 million."}
      - text: {zh: "2016年，农业保险承保面积320万亩，农业保险险种46个。", en: "In 2016 agricultural insurance covered 3.2 million mu with 46 products."}
      - text: {zh: "2016年，农业保险服务农户621万户次。", en: "In 2016 agricultural insurance served farming households 6.21 million times."}
      - text: {zh: "2016年，我们为612万户次农户提供风险保障280亿元。", en: "In 2016 we gave farming households 6.12 million times RMB 28 billion of risk cover."}  # expect: N212
""",
    # A figure is checked against the value its fact is stated with most often (checks/claims.py _times_stated): a
    # table's total that is itself a slip (6,251 where the text twice says 6,215) is not what a third statement
    # (6,125) is reported against, the twice-stated 6,215 is.
    "n212-against-the-value-stated-most": GIVING + metric("day.gifts.2016", "2016年公益捐赠", "6,251", "万元", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，公益捐赠共计6,215万元。", en: "In 2016 donations totalled RMB 62.15 million."}
      - text: {zh: "2016年亮点：公益捐赠6,215万元。", en: "2016 highlight: RMB 62.15 million donated."}
      - text: {zh: "2016年，全年公益捐赠6,125万元。", en: "In 2016 RMB 61.25 million was donated."}  # expect: N212
      - table:
          rows:
            - [{zh: 2016年公益捐赠, en: Donations 2016}, {m: day.gifts.2016}]  # expect: N201
""",
    # Zeros printed after a decimal point are significant (facts.py loose_interval): "40.0小时" is 40 to the tenth,
    # not "about 40", and does not hold the 36 a quote gives; "1,200小时" may still be about 1,200.
    "n201-decimal-zeros-are-significant": GIVING + metric("day.training.2016", "2016年志愿者人均培训时数", "40.0", "小时", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，志愿者人均培训36小时。", en: "In 2016 each volunteer trained for 36 hours on average."}  # expect: N201
      - table:
          rows:
            - [{zh: 2016年志愿者人均培训时数, en: Training hours per volunteer 2016}, {m: day.training.2016}]
""",
    # "每位同事平均接受了…培训" (claims/thesaurus.py, subject.py _per_head): per colleague is per head (同事 is how many
    # reports say 员工), the 平均 beside it names no other aspect, and 接受 (to receive) names nothing counted, so
    # the sentence states the 人均 of the table's row.
    "n201-average-per-colleague": GIVING + metric("day.staff-training.2016", "2016年员工人均培训时数", "42.5", "小时", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，每位同事平均接受了38小时的培训。", en: "In 2016 each colleague received 38 hours of training on average."}  # expect: N201
      - text: {zh: "2016年，每次培训平均时长3小时。", en: "In 2016 a training session lasted 3 hours on average."}
      - table:
          rows:
            - [{zh: 2016年员工人均培训时数, en: Training hours per employee 2016}, {m: day.staff-training.2016}]
""",
    # Two days of one month a few days apart need less likeness to be one event (checks/dates.py _close_days): a
    # photo caption that dates the school visit of the text two days later is one event mistyped; a care-home visit
    # twelve days later, read as much alike, is another. Not when a sentence dates a phase of a longer event (PHASE:
    # 启动, 闭幕, 为期…): n215-named-day-in-a-caption keeps a festival's opening and close apart.
    "n215-close-days-of-one-event": GIVING + """\
    blocks:
      - text: {zh: "2016年5月16日，30名志愿者看望青石镇中心小学师生，为孩子们送去图书。", en: "On 16 May 2016, 30 volunteers visited the teachers and pupils of Qingshi Town Central Primary School with books for the children."}
      - text: {zh: "2016年5月28日，员工志愿者前往青石镇敬老院看望老人。", en: "On 28 May 2016, staff volunteers visited the Qingshi Town care home."}
      - figure:
          kind: photo
          caption: {zh: "员工志愿者在青石镇中心小学开展助学活动（2016年5月18日）", en: "Staff volunteers at Qingshi Town Central Primary School (18 May 2016)"}  # expect: N215
""",
    # 贡献 (to give, contribute) names nothing counted (claims/subject.py STOP), as 提供 and 投入 do not: "同事们全年
    # 贡献义工服务逾3万小时" counts the volunteer hours the table gives as 28,450, which 逾3万 excludes (a warning: the
    # rest of the two sentences differs).
    "n203-hours-contributed": GIVING + metric("day.volunteer-hours.2016", "2016年义工服务时数", "28,450", "小时", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，同事们全年贡献义工服务逾3万小时。", en: "In 2016 our colleagues gave more than 30,000 hours of volunteer service."}  # expect: N203
      - text: {zh: "2016年，义工队参与服务3,260人次，服务时数28,450小时。", en: "In 2016 the volunteer team served 3,260 person-times and 28,450 hours."}
      - table:
          rows:
            - [{zh: 2016年义工服务时数, en: Volunteer hours 2016}, {m: day.volunteer-hours.2016}]
""",
    # A per-head average in 吨二氧化碳当量 divides the greenhouse-gas total by the headcount although its sentence
    # says only 排放 (checks/averages.py NAMED_BY_UNIT): the unit names what is counted, per head as per RMB.
    "n221-per-head-emission-named-by-its-unit": GIVING
        + metric("day.ghg.2016", "2016年温室气体排放总量", "6,995", "吨二氧化碳当量", "2016", [])
        + metric("day.staff.2016", "2016年员工总数", "9,825", "人", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，公司温室气体排放总量6,995吨二氧化碳当量。按员工人数计算，人均排放0.75吨二氧化碳当量。", en: "In 2016 our GHG emissions were 6,995 tCO2e, 0.75 tCO2e per employee."}  # expect: N221
      - table:
          rows:
            - [{zh: 2016年员工总数, en: Employees 2016}, {m: day.staff.2016}]
""",
    # Chinese names the counted items on either side of a count ("87个项目", "录得工伤46宗"), so 平均每宗工伤
    # divides by a count whose noun comes before it in its clause (checks/averages.py _counts_noun); 个工作日
    # (working days) is a count of days (units.py), as lost days are given.
    "n221-average-per-item-counted-after-its-noun": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司录得损失工时工伤46宗，因工伤损失工作日1,215天，平均每宗工伤损失24.6个工作日。", en: "In 2016 we recorded 46 work injuries and 1,215 lost days, 24.6 working days per injury."}  # expect: N221
      - text: {zh: "2015年，公司录得损失工时工伤40宗，因工伤损失工作日1,000天，平均每宗工伤损失25个工作日。", en: "In 2015 we recorded 40 work injuries and 1,000 lost days, 25 working days per injury."}
""",
    # K405 of an item marked not applicable (A2.5) as of one marked not disclosed: a figure the report states of it says
    # there is something to disclose. A title's 密度 is given by the amount per unit of output (吨产品用水量, 立方米/吨),
    # which the finding quotes when the reason says the intensity is withheld. Not reported: an item marked not applicable
    # that the text names without a figure (A1.3), an intensity of another amount (耗电量, kWh/吨) for water (A2.2).
    "k405-not-applicable-and-an-intensity": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司产品包装材料使用量860吨。公司生产过程不产生有害废弃物。", en: "In 2016 we used 860 tonnes of packaging material. Our production produces no hazardous waste."}
      - text: {zh: "2016年，公司用水量120万立方米，吨产品用水量3.2立方米，吨产品耗电量50千瓦时。", en: "In 2016 we used 1.2 million cubic metres of water, 3.2 cubic metres per tonne of product, and 50 kWh of electricity per tonne."}
      - esg_index:
          framework: hkex-esg-2025
          items:
""" + "".join(
        {"A2.5": "          - {id: A2.5, status: not_applicable, reason: {zh: 包装不构成重大议题。, en: Not material.}}  # expect: K405\n",
         "A1.3": "          - {id: A1.3, status: not_applicable, reason: {zh: 不产生有害废弃物。, en: None produced.}}\n",
         "A2.2": "          - {id: A2.2, status: not_disclosed, reason: {zh: 本年度暂不披露用水密度。, en: Intensity withheld.}}  # expect: K405\n",
         }.get(item.id, f"          - {{id: {item.id}, status: answered, refs: [day]}}\n")
        for item in __import__("csrpress.frameworks", fromlist=["load_framework"]).load_framework("hkex-esg-2025").disclosures()),
    # K405: HKEX A2.1's indirect energy is mostly electricity bought from the grid, written 外购电力 (checks/
    # esg_index.py KPI_SIGNALS); the finding quotes it, not the solar generation beside it.
    "k405-purchased-electricity-is-energy-use": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司屋顶光伏发电120万千瓦时；全年外购电力1,086万千瓦时，同比下降4.2%。", en: "In 2016 our rooftop solar panels generated 1.2 million kWh; we bought 10.86 million kWh of electricity, down 4.2%."}
      - esg_index:
          framework: hkex-esg-2025
          items:
""" + "".join(
        "          - {id: A2.1, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n"
        if item.id == "A2.1" else f"          - {{id: {item.id}, status: answered, refs: [day]}}\n"
        for item in __import__("csrpress.frameworks", fromlist=["load_framework"]).load_framework("hkex-esg-2025").disclosures()),
    # N217: parts listed after 其中 are of the whole before it ("总保费收入…，其中…财产保险873.6亿元" is 财产保险's
    # 保费收入), so a share of 财险保费收入 (财险: 财产保险, claims/thesaurus.py) is taken of that part, and the
    # table's declared total, much less alike, does not anchor it (checks/shares.py _whole_before_among, CLOSE).
    "n217-share-of-a-part-listed-after-among": GIVING + "".join(
        metric(f"day.{key}.{year}", label, value, "亿元", year, [])
        for key, label, values in (("premiums", "总保费收入", ("2,195.3", "2,386.4")), ("life", "其中：人寿保险", ("1,381.6", "1,512.8")),
                                   ("pc", "财产保险", ("813.7", "873.6")))
        for year, value in zip(("2015", "2016"), values)) + """\
    blocks:
      - text: {zh: "2016年，公司实现总保费收入2,386.4亿元，其中人寿保险1,512.8亿元、财产保险873.6亿元。", en: "In 2016 premiums were RMB 238.64 billion, of which life RMB 151.28 billion and P&C RMB 87.36 billion."}
      - text: {zh: "2016年，农业保险保费收入86.4亿元，占财险保费收入的11.2%。", en: "In 2016 agricultural premiums were RMB 8.64 billion, 11.2% of P&C premiums."}  # expect: N217
      - text: {zh: "2016年，意外险保费收入43.7亿元，占财险保费收入的5.0%。", en: "In 2016 accident premiums were RMB 4.37 billion, 5.0% of P&C premiums."}
      - text: {zh: "2016年，人寿保险保费收入占总保费收入的63.4%。", en: "In 2016 life premiums were 63.4% of all premiums."}
      - table:
          header: [{zh: 指标（亿元）, en: Indicator (RMB 100 million)}, "2015", "2016"]
          rows:
            - [{zh: 总保费收入, en: Premiums}, {m: day.premiums.2015}, {m: day.premiums.2016}]
            - [{zh: 其中：人寿保险, en: of which life}, {m: day.life.2015}, {m: day.life.2016}]
            - [{zh: 财产保险, en: P&C}, {m: day.pc.2015}, {m: day.pc.2016}]
""",
    # ---- precision cases from the anxin-insurance corpus: add above this line ----
    # A translator may restate a figure in the unit an English reader expects (兆瓦时 as GWh, 公斤 as tonnes):
    # the same fact once converted (checks/editions.py _converted). The Traditional twin also reads 兆瓦時 as
    # energy, not as 兆瓦 (power) and a stray 時 (facts.py scan reads Traditional folded to Simplified).
    "n209-unit-converted-in-translation": GIVING + """\
    blocks:
      - text: {zh: "2016年，能源消耗158,260兆瓦时。", en: "In 2016 energy consumption was 158.3 GWh."}
      - text: {zh: "2016年，废纸回收18,600公斤。", en: "In 2016 we recycled 18.6 tonnes of waste paper."}
      - text: {zh: "2016年，外购电力42,370兆瓦时。", en: "In 2016 we bought 4.2 GWh of electricity."}  # expect: N209
""",
    # A 总数 row under a single row of its unit is an indicator of its own (客房总数 under the number of hotels,
    # both counted in 间), not the total of that one row: nobody sums one row (checks/tables.py).
    "n207-one-row-is-not-summed": GIVING + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 营运酒店数目（间）, en: Hotels}, "16"]
            - [{zh: 客房总数（间）, en: Guest rooms}, "5,960"]
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 香港酒店（间）, en: Hong Kong hotels}, "9"]
            - [{zh: 内地酒店（间）, en: Mainland hotels}, "7"]
            - [{zh: 酒店总数（间）, en: Total hotels}, "17"]  # expect: N207
""",
    # An English change that goes the other way than its Chinese (按年下降2.7% as "rose 2.7%"): the translator kept
    # the figure and lost the direction (checks/english.py _reversed).
    "n209-change-reversed-in-translation": GIVING + """\
    blocks:
      - text: {zh: "2016年，外购电力121,500兆瓦时，按年下降2.7%。", en: "In 2016 purchased electricity was 121,500 MWh, which rose 2.7% year on year."}  # expect: N209
      - text: {zh: "2016年，用水量86,400立方米，同比下降3.1%。", en: "In 2016 water use was 86,400 cubic metres, down 3.1% year on year."}
      - text: {zh: "2016年，培训时数同比增长6.2%。", en: "In 2016 training hours grew 6.2% year on year."}
""",
    # A small count typed in digits may be spelt out in English ("three"), but not lost: an English with neither
    # its digit nor a word for it (cardinal, ordinal, twice/both) translated another count (checks/editions.py
    # _count_lost). 6成 is a share (60%), not a count.
    "n209-small-count-lost-in-translation": GIVING + """\
    blocks:
      - text: {zh: "2016年，董事会由11名董事组成，其中独立非执行董事4名，女性董事3名。", en: "In 2016 the Board had 11 directors, three of them independent non-executive directors and three of them women."}  # expect: N209
      - text: {zh: "2016年，董事会由11名董事组成，其中独立非执行董事4名。", en: "In 2016 the Board had 11 directors, four of them independent non-executive directors."}
      - text: {zh: "2016年，公司第2次举办公益日，开展培训2次。", en: "In 2016 the Company held its Giving Day for the second time and ran training twice."}
      - text: {zh: "2016年，参与捐款的用户中90后占6成以上。", en: "In 2016 over 60% of the donors were born in the 1990s."}
""",
    # "五大品牌": a numeral before 大 and a noun counts the noun, as 个 would (checks/editions.py BIG_COUNT); English
    # "six brands" translated another count. A list naming the N things beside the count (化学药、生物药和医疗器械三大
    # 板块) lets English name them without the count; 党的十二大 (the 12th congress) and 第三大 (the third largest) are
    # no count of their own; an English that spells out no small count left the clause out rather than miscounted it.
    "n209-n-da-counts-its-noun": GIVING + """\
    blocks:
      - text: {zh: "2016年，集团旗下拥有五大品牌，在从化、湖州设有两大生产基地。", en: "In 2016 the Group owned six brands and ran two production bases in Conghua and Huzhou."}  # expect: N209
      - text: {zh: "2016年，业务涵盖化学药、生物药和医疗器械三大板块。", en: "In 2016 our business covered chemical drugs, biologics and medical devices."}
      - text: {zh: "2016年，公司设有三大板块：化学药、生物药和医疗器械。", en: "In 2016 we had segments for chemical drugs, biologics and medical devices."}
      - text: {zh: "2016年，我们发布减排路线图，明确三大减排抓手。", en: "In 2016 we published our emissions roadmap."}
      - text: {zh: "2016年，公司组织员工学习党的十二大精神，并成为华南第三大品牌。", en: "In 2016 staff studied the spirit of the Party's National Congress, and we became the region's largest brand but for two."}
""",
    # Three digits or more at two scales of one unit, each counting the noun the other counts (2.36万件产品 / 售出产品
    # 2.36亿件): 万 typed for 亿 though the clauses share only the noun (checks/claims.py _long_scale_of_one_count).
    # The same digits counting another noun (订单) are another fact.
    "n212-a-scale-slip-of-one-counted-noun": GIVING + """\
    blocks:
      - text: {zh: "2016年，集团通过电商渠道全年售出产品2.36亿件，实现营业收入71.6亿元。", en: "In 2016 the Group sold 236 million units of product, with revenue of RMB 7.16 billion."}
      - text: {zh: "2016年，供应链支撑全年2.36万件产品的生产与交付。", en: "In 2016 the supply chain supported the manufacture, filling, storage and delivery of 23,600 units of product."}  # expect: N212
      - text: {zh: "2016年，客服中心全年处理售后订单2.36万件。", en: "In 2016 the service centre handled 23,600 after-sales orders."}
""",
    # A lone total (合共) after a clause that counts the things it totals ("承销绿色债券17单，合共42.6万元") is of what
    # that clause names: the count (单) is of another kind than the money, so it is no part of the sum
    # (claims/extract.py). After parts of its own kind (范围一…、范围二…，合计…) the total sums them and takes no
    # subject from them.
    "n212-a-lone-total-after-a-count": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司绿色债券承销金额合共42.6亿元。", en: "In 2016 we underwrote green bonds of RMB 4.26 billion in total."}
      - text: {zh: "2016年承销绿色债券17单，合共42.6万元。", en: "17 green bond underwritings in 2016, RMB 426,000 in total."}  # expect: N212
      - text: {zh: "2016年，公司范围一排放17.05万吨、范围二排放23.71万吨，合计40.76万吨。", en: "In 2016 Scope 1 emissions were 170,500 tonnes and Scope 2 237,100 tonnes, 407,600 tonnes in all."}
      - text: {zh: "2016年，范围一及范围二排放40.76亿吨。", en: "In 2016 Scope 1 and 2 emissions were 4.076 billion tonnes."}
""",
    # A sum of money whose sentence names nothing it was spent on ("去年我们投入了1,350万元", a speaker's words in a
    # quote) is of its section's topic, read under its heading (claims/extract.py _of_its_section): 慈善捐款 stated as
    # 1,268万元. Under a heading of another topic (员工培训) the same words are that topic's money.
    "n212-money-of-its-sections-topic": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司慈善捐款1,268万元。", en: "In 2016 the Company donated RMB 12.68 million."}
  - id: donations
    number: "1.2"
    title: {zh: 慈善捐款, en: Donations}
    blocks:
      - quote: {text: {zh: "「去年我们投入了1,350万元，但比金额更重要的，是同事们走进社区。」", en: "\\"Last year we put in RMB 13.5 million, but what matters more is that colleagues went out into the community.\\""}, by: {zh: 基金会主席, en: Foundation chair}}  # expect: N212
  - id: training
    number: "1.3"
    title: {zh: 员工培训, en: Training}
    blocks:
      - quote: {text: {zh: "「去年我们投入了1,320万元，让每位同事都有机会学习。」", en: "\\"Last year we put in RMB 13.2 million so every colleague could learn.\\""}, by: {zh: 人力资源总监, en: HR director}}
""",
    # A truncation between a unit and its twin that converts at a factor of one (吨二氧化碳当量 and a table's 吨): the
    # digits are compared as typed, 2,917 for 2,917.5 is cut off (claims/relate.py); 3.0万吨 prints two digits (3 and 0),
    # so 3.0万吨 for 3,003.9吨 is a slip of scale, where 3万吨's zeros may be rounding (not reported). The total 约0.30万吨
    # agrees with the table, which 3.0万吨 is reported against: it is not reported against 3.0万吨 (checks/claims.py).
    "n202-a-cut-off-and-a-scale-slip-in-tonnes": GIVING
        + metric("env.scope2.2016", "范围二温室气体排放（吨二氧化碳当量）", "2,917.5", "吨", "2016", [])
        + metric("env.ghg.2016", "温室气体排放总量（吨二氧化碳当量）", "3,003.9", "吨", "2016", [])
        + metric("env.water.2016", "耗水量（立方米）", "4,180.6", "立方米", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 范围二温室气体排放（吨二氧化碳当量）, en: Scope 2}, {m: env.scope2.2016}]
            - [{zh: 温室气体排放总量（吨二氧化碳当量）, en: Total GHG}, {m: env.ghg.2016}]
            - [{zh: 耗水量（立方米）, en: Water}, {m: env.water.2016}]
      - text: {zh: "2016年，范围二排放2,917吨二氧化碳当量。", en: "In 2016 Scope 2 emissions were 2,917 tonnes of CO2e."}  # expect: N202
      - text: {zh: "2016年，温室气体排放总量3.0万吨二氧化碳当量。", en: "In 2016 total GHG emissions were 30,000 tonnes CO2e."}  # expect: N201
      - text: {zh: "2016年，范围一86.4吨、范围二2,917.5吨，合计约0.30万吨二氧化碳当量。", en: "In 2016 Scope 1 was 86.4 tonnes and Scope 2 2,917.5 tonnes, about 3,000 tonnes CO2e in all."}
      - text: {zh: "2016年，公司耗水量4万立方米。", en: "In 2016 we used 40,000 cubic metres of water."}
""",
    # 包材 is the short form of 包装材料 (claims/thesaurus.py): 22.84万吨 of it purchased is the table's 22,840吨 at
    # another scale.
    "n201-packaging-by-its-short-name": GIVING + metric("pack.material.2016", "包装材料用量（吨）", "22,840", "吨", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 包装材料用量（吨）, en: Packaging materials}, {m: pack.material.2016}]
      - text: {zh: "2016年，全年包材采购量22.84万吨。", en: "In 2016 we bought 228,400 tonnes of packaging materials."}  # expect: N201
""",
    # ---- precision cases from the harbourview-hotels corpus: add above this line ----
    # The year's 累计 names no subject ("全年…，累计服务1,260人次" sums the year, claims/extract.py): what was summed is
    # named earlier in the sentence.
    "n212-yearly-total-takes-the-sentence-subject": GIVING + """\
    blocks:
      - text: {zh: "2016年，全年共有326名员工参加志愿活动，累计服务1,260人次。", en: "In 2016, 326 employees volunteered 1,260 times."}
      - text: {zh: "2016年，员工志愿服务共一千六百二十人次。", en: "In 2016 employees volunteered 1,620 times."}  # expect: N212
      - text: {zh: "2016年，全年共开展安全培训46场，累计服务2,160人次。", en: "In 2016 we ran 46 safety training sessions, with 2,160 attendances."}
""",
    # A bound rounded from a mistyped copy of a metric (四万八千六百余人 from 48,630 where the table has 48,360) is not
    # confirmed by that copy: the copy is itself a slip of the metric, and the bound excludes the metric.
    "n201-bound-agreeing-with-a-slip-of-its-metric": GIVING + metric("day.staff.2016", "2016年员工总数", "48,360", "人", "2016", []) + """\
    blocks:
      - text: {zh: "2016年末员工总数48,630人。", en: "At the end of 2016 we had 48,630 employees."}  # expect: N201
      - text: {zh: "2016年，公司拥有员工四万八千六百余人。", en: "In 2016 we had more than 48,600 employees."}  # expect: N201
      - text: {zh: "2016年，公司拥有员工四万八千余人。", en: "In 2016 we had more than 48,000 employees."}
""",
    # "在三个国家拥有员工…" (claims/extract.py PLACES): the count of places a figure is spread over says where, not what
    # is counted; a figure that is that count keeps it ("在12个城市设有门店").
    "n201-count-of-places-is-no-subject": GIVING + metric("day.staff.2016", "2016年员工总数", "48,360", "人", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，集团在三个国家拥有员工逾4.9万人。", en: "In 2016 the Group had over 49,000 employees in three countries."}  # expect: N201
      - text: {zh: "2016年，公司在12个城市设有门店，在三个国家拥有员工四万八千余人。", en: "In 2016 we had shops in 12 cities and over 48,000 employees in three countries."}
""",
    # "B，为当地最低工资A的N倍": a multiple whose base is named by its noun (a standard, another group's figure), not by
    # a year, still names both values in its sentence: A before 的N倍 the base, B before 为 the value (changes.py IS_NAMED).
    "n205-base-named-by-its-noun": GIVING + """\
    blocks:
      - text: {zh: "2016年，一线员工平均月工资4,860元，为当地最低工资1,620元的2.5倍。", en: "In 2016 front-line staff earned 4,860 yuan a month on average, 2.5 times the local minimum wage of 1,620 yuan."}  # expect: N205
      - text: {zh: "2016年，实习生平均月工资3,240元，是当地最低工资标准1,620元的2倍。", en: "In 2016 interns earned 3,240 yuan a month on average, twice the local minimum wage of 1,620 yuan."}
""",
    # "X人员" is X's people, whether the segmenter keeps it whole (技术人员) or not (研发 / 人员), and the same people as
    # "X员工" (claims/subject.py _personnel_apart): 专职技术人员 and 专职技术员工 state one count.
    "n212-personnel-named-by-what-they-do": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司共有专职技术员工1,860人。", en: "In 2016 we had 1,860 full-time technical staff."}
      - text: {zh: "2016年，公司为1,680名专职技术人员开展专项培训。", en: "In 2016 we trained 1,680 full-time technical staff."}  # expect: N212
      - text: {zh: "2016年，公司共有研发人员540人。", en: "In 2016 we had 540 R&D staff."}
""",
    # ---- precision cases from the ningyuan-battery corpus: add above this line ----
    # A numeral with its classifier ("两座数据中心") says how many, not what is counted (claims/subject.py
    # NUMBERED_COUNT): the figure's subject is 数据中心 as the table's, so a truncation of the table's figure is one fact.
    "n202-numeral-and-classifier-name-nothing": GIVING + metric("day.dc.2016", "数据中心", "10,285万", "千瓦时", "2016", [])
        + metric("day.office.2016", "办公室", "1,855万", "千瓦时", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 按用途及区域划分的耗电量（千瓦时）, en: Table 1 Electricity by use and region}
          header: [{zh: 用途, en: Use}, "2016"]
          rows:
            - [{zh: 数据中心, en: Data centres}, {m: day.dc.2016, bare: true}]
            - [{zh: 办公室, en: Offices}, {m: day.office.2016, bare: true}]
      - text: {zh: "2016年，两座数据中心全年耗电1.02亿千瓦时。", en: "In 2016 our two data centres used 102 million kWh."}  # expect: N202
      - text: {zh: "2016年，三间办公室全年耗电1,855万千瓦时。", en: "In 2016 our three offices used 18.55 million kWh."}
""",
    # Money that names no purpose ("拨款合计") is spent on what the nearest clause before it that names something is
    # about, past a rate of each ("每名2.5万元") (claims/extract.py SPENDING, _named_before): the scholarship's money.
    "n201-money-spent-on-the-topic-of-its-sentence": GIVING + metric("day.bursary.2016", "奖学金", "385", "万元", "2016", [])
        + metric("day.library.2016", "乡村图书室", "120", "万元", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 社区投资（万元）, en: "Table 1 Community investment (RMB 10,000)"}
          header: [{zh: 项目, en: Programme}, "2016"]
          rows:
            - [{zh: 奖学金, en: Scholarships}, {m: day.bursary.2016, bare: true}]
            - [{zh: 乡村图书室, en: Village libraries}, {m: day.library.2016, bare: true}]
      - text: {zh: "2016年，奖学金颁发予154名学生，每名2.5万元，拨款合计38.5万元。", en: "In 2016 scholarships went to 154 students, RMB 25,000 each, RMB 385,000 in all."}  # expect: N201
      - text: {zh: "2016年，乡村图书室落成40间，每间3万元，拨款合计120万元。", en: "In 2016 we opened 40 village libraries, RMB 30,000 each, RMB 1.2 million in all."}
""",
    # A multiple of an amount named by its verb alone ("使用量是2015年的N倍") is of the sentence's figure whose clause has
    # that verb, not of the figure just before it; a figure that prints a metric's digits at another scale is
    # recomputed from the metric's series (checks/changes.py _measured_by_verb, _metric_it_misprints).
    "n205-multiple-of-the-amount-its-verb-names": GIVING + metric("day.fuel.2015", "低碳燃料使用量", "320", "吨", "2015", [])
        + metric("day.fuel.2016", "低碳燃料使用量", "1,850", "吨", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 低碳燃料, en: Table 1 Low-carbon fuel}
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 低碳燃料使用量（吨）, en: Low-carbon fuel used (t)}, {m: day.fuel.2015, bare: true}, {m: day.fuel.2016, bare: true}]
      - text: {zh: "2016年，公司累计使用低碳燃料1,850吨，执飞航班1,126班，使用量是2015年的5.8倍。", en: "In 2016 we used 1,850 t of low-carbon fuel on 1,126 flights, 5.8 times the 2015 volume."}
      - text: {zh: "2016年，公司累计使用低碳燃料1,850吨，执飞航班1,126班，使用量是2015年的6.8倍。", en: "In 2016 we used 1,850 t of low-carbon fuel on 1,126 flights, 6.8 times the 2015 volume."}  # expect: N205
      - text: {zh: "2016年，公司在北京、广州等机场累计使用低碳燃料1.85万吨，执飞航班1,126班，使用量是2015年的6.8倍。", en: "In 2016 we used 18,500 t of low-carbon fuel on 1,126 flights, 6.8 times the 2015 volume."}  # expect: N201, N205
""",
    # An intensity is named in the text by 单位 and its denominator's name, in a table by the denominator's unit before
    # the same noun (checks/growth.py _intensity_rows): "单位产值水耗同比下降" is the change of the row "万元产值水耗".
    "n223-intensity-named-per-unit": GIVING + metric("day.water-int.2015", "万元产值水耗", "2.50", "立方米/万元", "2015", [])
        + metric("day.water-int.2016", "万元产值水耗", "2.40", "立方米/万元", "2016", [])
        + metric("day.water.2015", "用水量", "5.0万", "立方米", "2015", [])
        + metric("day.water.2016", "用水量", "5.2万", "立方米", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 水资源, en: Table 1 Water}
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 用水量（立方米）, en: Water used (m3)}, {m: day.water.2015, bare: true}, {m: day.water.2016, bare: true}]
            - [{zh: 万元产值水耗（立方米）, en: "Water per RMB 10,000 of output (m3)"}, {m: day.water-int.2015, bare: true}, {m: day.water-int.2016, bare: true}]
      - text: {zh: "2016年，我们改造冷却系统，单位产值水耗同比下降4.0%。", en: "In 2016 we rebuilt the cooling system, and water per unit of output fell 4.0%."}
      - text: {zh: "这一年，我们推广节水工艺，全年单位产值水耗同比下降5.0%。", en: "This year water per unit of output fell 5.0%."}  # expect: N223
""",
    # A QR code's caption dates the event it links to in the words after its call to action (扫一扫 观看), and a
    # ceremony (仪式) is dated by the event it marks (claims/events.py QR_ACTION, CEREMONY); a model named by one
    # letter and three digits (K600) names what is counted, unlike an index item (A1.4) (claims/subject.py TECH_NAME).
    "n215-qr-caption-of-a-ceremony": GIVING + """\
    blocks:
      - text: {zh: "2016年5月18日，公司首台国产K600型风机在江苏完成交付，6月起并网发电。", en: "On 18 May 2016 our first K600 turbine was delivered in Jiangsu."}
      - qr: {url: "https://example.com/k600", caption: {zh: 扫一扫 观看首台K600风机交付仪式（2016年5月28日）, en: Scan to watch the delivery ceremony of our first K600 (28 May 2016)}}  # expect: N215
      - qr: {url: "https://example.com/day", caption: {zh: 扫一扫 观看2016年公益日颁奖典礼（2016年9月9日）, en: Scan to watch the 2016 Giving Day awards (9 September 2016)}}
""",
    # A share that names its part right after an approximate figure ("一千九百余人，工程师占员工总数的16.2%") is of the
    # exact statement of that part (the table's 工程师): the share is recomputed from it, not from the approximate
    # figure's digits, and an approximate figure that does not hold it is reported (checks/shares.py _exact_part).
    "n217-share-names-its-part-after-an-approximate-figure": GIVING
        + metric("day.engineers.2016", "工程师", "1,946", "人", "2016", [])
        + metric("day.technicians.2016", "技师", "2,400", "人", "2016", [])
        + metric("day.managers.2016", "管理人员", "1,200", "人", "2016", [])
        + metric("day.others.2016", "其他人员", "6,454", "人", "2016", [])
        + metric("day.staff.2016", "员工总数", "12,000", "人", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 员工构成（人）, en: Table 1 Workforce (persons)}
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 工程师, en: Engineers}, {m: day.engineers.2016, bare: true}]
            - [{zh: 技师, en: Technicians}, {m: day.technicians.2016, bare: true}]
            - [{zh: 管理人员, en: Managers}, {m: day.managers.2016, bare: true}]
            - [{zh: 其他人员, en: Others}, {m: day.others.2016, bare: true}]
            - [{zh: 员工总数, en: Total employees}, {m: day.staff.2016, bare: true}]
      - text: {zh: "随着新厂投产，公司工程技术队伍已达一千九百余人，工程师占员工总数的16.2%。", en: "Our engineering corps now numbers some 1,900, and engineers make up 16.2% of all employees."}
      - text: {zh: "公司技能人才梯队达二千二百余人，技师占员工总数的20.0%。", en: "Our skilled workforce numbers some 2,200, and technicians make up 20.0% of all employees."}  # expect: N217
      - text: {zh: "公司经营管理团队有一千二百余人，管理人员占员工总数的12.0%。", en: "Our management team numbers some 1,200, and managers make up 12.0% of all employees."}  # expect: N217
""",
    # ---- precision cases from the harbourlink-telecom corpus: add above this line ----
    # A day written without its year (11月6日, "On 6 November", "November 6") keeps its month and day in translation:
    # one Chinese day the English does not name while the English names another is moved (checks/dates.py
    # _day_translated). A span is read as its first day; a day only dropped ("in early November") is left alone.
    "n209-day-without-its-year": GIVING + """\
    blocks:
      - text: {zh: "11月6日，公司举办首届员工技能大赛。", en: "On 6 October the Company held its first staff skills contest."}  # expect: N209
      - text: {zh: "3月12日，公司组织员工植树。", en: "On March 12, our staff planted trees."}
      - text: {zh: "9月6日至8日，公司参加行业博览会。", en: "Between 6 and 8 September the Company took part in an industry fair."}
      - text: {zh: "12月3日，公司召开供应商大会。", en: "In early December the Company held its supplier conference."}
      - text: {zh: "2016年5月20日，公司发布年度报告。", en: "On 20 May the Company published its annual report."}
""",
    # 连续 may take its verb before the count (连续实施6年, for six years running) or 第 (连续第6年): the run ends in the
    # report year all the same (claims/events.py RUNNING), so it dates the start as 连续六年 does.
    "n216-run-with-its-verb-before-the-count": GIVING + """\
    blocks:
      - text: {zh: "“春苗行”乡村助学项目自2012年起资助山区学生。", en: "The Spring Sprout programme has supported mountain pupils since 2012."}
      - text: {zh: "“春苗行”项目已连续实施5年。", en: "Spring Sprout is in its fifth year running."}
      - text: {zh: "“春苗行”项目连续开展6年，惠及学生上千名。", en: "Spring Sprout has run for six years in a row."}  # expect: N212, N216
""",
    # An intensity's numerator may name what its mass is of (千克二氧化碳当量/头, kg CO2e per head): the unit is the
    # mass unit of CO2e per the denominator (units.py _of_co2e), known to the registry and compared as an intensity.
    "n214-kilograms-of-co2e-per-unit": GIVING + metric("day.ghg-int.2015", "单位产品碳排放", "320", "千克二氧化碳当量/头", "2015", [])
        + metric("day.ghg-int.2016", "单位产品碳排放", "305", "千克二氧化碳当量/头", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 碳排放, en: Table 1 Emissions}
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 单位产品碳排放（千克二氧化碳当量/头）, en: Emissions per head (kg CO2e)}, {m: day.ghg-int.2015, bare: true}, {m: day.ghg-int.2016, bare: true}]
      - text: {zh: "2016年，单位产品碳排放同比下降4.7%。", en: "In 2016 emissions per head fell 4.7%."}
      - text: {zh: "这一年，我们改进饲料配方，单位产品碳排放同比下降7.4%。", en: "This year emissions per head fell 7.4%."}  # expect: N214
""",
    # "2016年捐款金额是2015年的2.6倍" with no figure before it: the year compared with is the last one before the
    # multiple, right before 的; the year the clause opens with dates the amount multiplied (checks/changes.py _base_year).
    "n205-clause-opens-with-the-later-year": GIVING + metric("day.biogas.2015", "沼气发电量", "2,860", "万千瓦时", "2015", [])
        + metric("day.biogas.2016", "沼气发电量", "4,150", "万千瓦时", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 沼气发电, en: Table 1 Biogas power}
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 沼气发电量（万千瓦时）, en: Biogas power (10 000 kWh)}, {m: day.biogas.2015, bare: true}, {m: day.biogas.2016, bare: true}]
      - text: {zh: "随着新建沼气工程陆续投运，2016年沼气发电量是2015年的1.45倍。", en: "With new biogas plants running, 2016 generation was 1.45 times that of 2015."}
      - text: {zh: "随着新建沼气工程陆续投运，2016年沼气发电量是2015年的1.6倍。", en: "With new biogas plants running, 2016 generation was 1.6 times that of 2015."}  # expect: N205
""",
    # 销量 is 销售量, the amount sold (claims/thesaurus.py): "全年销售饲料458万吨" states the row 饲料销量, and 458 for
    # 458.6 is cut off instead of rounded.
    "n202-sold-is-the-sales-row": GIVING + metric("day.feed-sales.2016", "饲料销量（万吨），2016年", "458.6", "万吨", "2016", [])
        + metric("day.feed-output.2016", "饲料产量（万吨），2016年", "465.3", "万吨", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: "饲料产量（万吨）", en: "Feed output (10,000 tonnes)"}, {m: day.feed-output.2016, bare: true}]
            - [{zh: "饲料销量（万吨）", en: "Feed sales (10,000 tonnes)"}, {m: day.feed-sales.2016, bare: true}]
      - text: {zh: "2016年，公司饲料产量465.3万吨，其中教槽料12.4万吨。", en: "In 2016 we produced 4.653 million tonnes of feed, 124,000 tonnes of it creep feed."}
      - text: {zh: "2016年，全年销售饲料458万吨，服务养殖户2.3万余家。", en: "In 2016 we sold 4.58 million tonnes of feed to more than 23,000 farmers."}  # expect: N202
""",
    # A table's total that its rows do not add up to (N207) is no anchor for its fact: its rows state their sum, and
    # a text that gives that sum is the figure another statement is compared with (checks/claims.py _times_stated).
    # The index's 17,395 is reported against the text's 17,935, which the rows make, not against the total's 17,953.
    "n212-rows-confirm-the-text-over-their-total": GIVING
        + metric("hr.a.2016", "养殖生产，2016年", "9,842", "人", "2016", [])
        + metric("hr.b.2016", "饲料生产，2016年", "8,093", "人", "2016", [])
        + metric("hr.total.2016", "员工合计，2016年", "17,953", "人", "2016", []) + """\
    blocks:
      - text: {zh: "截至2016年12月31日，公司职工总数17,935人，全部签订劳动合同。", en: "At the end of 2016 the Company had 17,935 employees, all under contract."}  # expect: N201
      - table:
          header: [{zh: 岗位类别, en: Function}, {zh: 员工人数（人）, en: Employees}]
          rows:
            - [{zh: 养殖生产, en: Hog farming}, {m: hr.a.2016, bare: true}]
            - [{zh: 饲料生产, en: Feed production}, {m: hr.b.2016, bare: true}]
            - [{zh: 合计, en: Total}, {m: hr.total.2016, bare: true}]  # expect: N207
      - text: {zh: "截至2016年底员工总数17,395人，其中女性员工5,382人。", en: "17,395 employees at the end of 2016, of whom 5,382 were women."}  # expect: N212
""",
    # 单头/每头 before the animal counts a farm's intensity per head (claims/extract.py _per_head): "单头生猪温室气体排放
    # 0.035吨二氧化碳当量" is 吨二氧化碳当量/头, compared with the table's 千克二氧化碳当量/头 once converted (relate.py
    # _per_unit_factor). 0.035 for 0.305 (305 kg) is a zero typed on the wrong side of a digit (relate.py _zero_moved).
    "n201-per-head-intensity-in-tonnes": GIVING
        + metric("day.ghg-head.2016", "单头生猪温室气体排放（千克二氧化碳当量/头），2016年", "305", "千克二氧化碳当量/头", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: "单头生猪温室气体排放（千克二氧化碳当量/头）", en: "GHG per hog sold (kg CO2e per head)"}, {m: day.ghg-head.2016, bare: true}]
      - text: {zh: "2016年，单头生猪温室气体排放降至0.035吨二氧化碳当量。", en: "In 2016 GHG emissions per hog fell to 0.035 tonnes of CO2e."}  # expect: N201
""",
    # A label of a verb and the measure word it counts in (抽检批次: batches sampled) is said in a sentence as the verb and
    # the count (claims/group.py _done_so_many): "全年抽检了近4万批次" names the row 饲料及原料抽检批次. 近4万 for 45,960
    # is the figure cut off at the bound's digit and called nearly (relate.py _cut_then_bounded): it excludes the row.
    # 超过4.5万 is the figure bounded the right way.
    "n201-nearly-the-figure-cut-off": GIVING
        + metric("day.samples.2016", "饲料及原料抽检批次（批次），2016年", "45,960", "批次", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: "饲料及原料抽检批次（批次）", en: "Feed and raw material batches sampled"}, {m: day.samples.2016, bare: true}]
      - quote:
          text: {zh: "“2016年全年抽检了近4万批次，每一批都要留样。”", en: "In 2016 we sampled nearly 40,000 batches and kept a sample of every one."}  # expect: N201
      - text: {zh: "2016年，质检中心全年抽检了超过4.5万批次。", en: "In 2016 the quality centre sampled more than 45,000 batches."}
""",
    # ---- precision cases from the huafeng-agri corpus: add above this line ----
    # ---- precision cases from the jinxiu-yunhang corpus: add above this line ----
    # 24小时 and 365天 are a whole day and a whole year: "24小时预警" is "round-the-clock warning", "全年365天" "all year
    # round". English says the period with an idiom, not its count (checks/editions.py _whole_period); a 24小时 the
    # English states as another count of hours is still lost.
    "n209-whole-day-idiom": GIVING + """\
    blocks:
      - text: {zh: "2016年，热线提供24小时服务。", en: "In 2016 the hotline offered a 12-hour service."}  # expect: N209
      - text: {zh: "2016年，我们在全部31个站点实现24小时预警。", en: "In 2016 all 31 sites had round-the-clock early warning."}
      - text: {zh: "2016年，热线全年365天提供服务。", en: "In 2016 the hotline was open all year round."}
      - text: {zh: "2016年，热线提供24小时服务。", en: "In 2016 the hotline ran 24/7."}
""",
    # "已有N条X完成Y": after "there are" (有) the words following the counted noun say which of them are counted, with
    # no 的 (claims/extract.py _predicate). Two counts of one noun that do different things (完成改造 / 具备处置能力)
    # are two subsets; the same thing done, counted twice with different values, is one fact that disagrees.
    "n212-there-are-n-that-do": GIVING + """\
    blocks:
      - text: {zh: "截至2016年底，已有29条熟料生产线完成超低排放改造。", en: "By the end of 2016, 29 clinker lines had completed ultra-low emission retrofits."}
      - text: {zh: "截至2016年底，集团已有14条熟料生产线具备协同处置能力。", en: "By the end of 2016, 14 of the Group's clinker lines could co-process waste."}
      - text: {zh: "截至2016年底，集团已有27条熟料生产线完成超低排放改造。", en: "By the end of 2016, 27 of the Group's clinker lines had completed ultra-low emission retrofits."}  # expect: N212
""",
    # Trailing zeros that are digits (facts.py _counted_exactly): a whole count below a hundred is typed as counted
    # (10起 is not twelve rounded: a writer rounding says 约10起), and a zero typed after the decimal point (30.0小时)
    # is as exact as any other digit. A larger round figure may still round (3,000人 for 3,012).
    "n201-small-count-is-exact": GIVING + metric("ohs.lti.2016", "损工事故（起），2016年", "12", "起", "2016", [])
    + metric("hr.avg.2016", "人均培训时长（小时），2016年", "30.0", "小时", "2016", [])
    + metric("hr.staff.2016", "员工总数（人），2016年", "3,012", "人", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，集团的损工事故降到了10起。", en: "In 2016 the Group brought lost-time injuries down to 10."}  # expect: N201
      - text: {zh: "2016年，员工人均培训31.2小时。", en: "In 2016 employees trained 31.2 hours each on average."}  # expect: N201
      - text: {zh: "2016年，员工总数3,000人。", en: "In 2016 we had 3,000 employees."}
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: "损工事故（起）", en: "Lost-time injuries"}, {m: ohs.lti.2016, bare: true}]
            - [{zh: "人均培训时长（小时）", en: "Training hours per employee"}, {m: hr.avg.2016, bare: true}]
            - [{zh: "员工总数（人）", en: "Employees"}, {m: hr.staff.2016, bare: true}]
""",
    # "吨产品标准煤耗103千克" is 103 kg per tonne of product (claims/extract.py _per_tonne): 吨 opening a noun names the
    # denominator of an intensity and the figure keeps only the numerator's unit, so it states the table's 千克/吨 row
    # (and 103 for 103.6 is cut off). A figure after 吨 as its own unit (三吨, 万吨产品) is a quantity as written.
    "n202-per-tonne-of-product": GIVING + metric("day.coal.2016", "吨产品标准煤耗", "103.6", "千克/吨", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: "吨产品标准煤耗（千克/吨）", en: "Standard coal per tonne of product (kg/t)"}, {m: day.coal.2016, bare: true}]
      - text: {zh: "2016年，吨产品标准煤耗103千克。", en: "In 2016 we used 103 kg of standard coal per tonne of product."}  # expect: N202
      - text: {zh: "2016年，每吨产品标准煤耗约104千克。", en: "In 2016 we used about 104 kg of standard coal per tonne of product."}
      - text: {zh: "2016年，窑系统改造节约标准煤103千克。", en: "In 2016 the kiln retrofit saved 103 kg of standard coal."}
""",
    # A table's 合计 row names nothing by its label: a change whose own clause names every row above it (范围一和范围二
    # 排放总量同比下降…) is the change of their sum (checks/growth.py _total_rows). A clause naming one part is that row's.
    "n223-change-of-the-parts-total": GIVING
        + metric("day.s1.2015", "范围一排放，2015年", "4,000", "吨二氧化碳当量", "2015", [])
        + metric("day.s1.2016", "范围一排放，2016年", "3,760", "吨二氧化碳当量", "2016", [])
        + metric("day.s2.2015", "范围二排放，2015年", "900", "吨二氧化碳当量", "2015", [])
        + metric("day.s2.2016", "范围二排放，2016年", "830", "吨二氧化碳当量", "2016", [])
        + metric("day.st.2015", "合计，2015年", "4,900", "吨二氧化碳当量", "2015", [])
        + metric("day.st.2016", "合计，2016年", "4,590", "吨二氧化碳当量", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 温室气体排放, en: Table 1 Greenhouse gas emissions}
          header: [{zh: 指标, en: Indicator}, {zh: 2015年, en: "2015"}, {zh: 2016年, en: "2016"}]
          rows:
            - [{zh: "范围一排放（吨二氧化碳当量）", en: "Scope 1 (tCO2e)"}, {m: day.s1.2015, bare: true}, {m: day.s1.2016, bare: true}]
            - [{zh: "范围二排放（吨二氧化碳当量）", en: "Scope 2 (tCO2e)"}, {m: day.s2.2015, bare: true}, {m: day.s2.2016, bare: true}]
            - [{zh: "合计（吨二氧化碳当量）", en: "Total (tCO2e)"}, {m: day.st.2015, bare: true}, {m: day.st.2016, bare: true}]
      - text: {zh: "得益于能效提升，2016年集团范围一和范围二碳排放总量同比下降6.8%。", en: "Thanks to higher efficiency, total Scope 1 and 2 emissions fell 6.8% in 2016."}  # expect: N223
      - text: {zh: "2016年，范围一和范围二排放合计同比下降6.3%。", en: "In 2016 Scope 1 and 2 emissions together fell 6.3%."}
      - text: {zh: "2016年，范围一排放同比下降6.0%。", en: "In 2016 Scope 1 emissions fell 6.0%."}
""",
    # "B，较2015年的A提高N倍" states both values (checks/changes.py _stated_base): A, after 较 and its year and right
    # before the verb, is the base. 提高N倍 is literally ×(N+1); when only the ratio B/A = N holds it is a warning.
    "n205-increase-over-the-stated-base": GIVING + """\
    blocks:
      - text: {zh: "2016年光伏发电量3.72亿千瓦时，较2015年的1.24亿千瓦时提高3倍。", en: "In 2016 solar power came to 372 million kWh, three times higher than the 124 million kWh of 2015."}  # expect: N205
      - text: {zh: "2016年风电发电量4.96亿千瓦时，较2015年的1.24亿千瓦时提高3倍。", en: "In 2016 wind power came to 496 million kWh, up threefold from the 124 million kWh of 2015."}
""",
    # ---- precision cases from the shijie-cement corpus: add above this line ----
    # 万 and 亿 written alone as a unit ("表1 发电量（亿千瓦时）", "单位：万元") are translated as a number ("(100 million
    # kWh)", "RMB 10,000"): the English figure is the scale word, no figure lost or added (checks/editions.py
    # _bare_scale). An English "100 million" where the Chinese has a number before 亿 is still checked.
    "n209-bare-scale-word-as-unit": GIVING + """\
    blocks:
      - text: {zh: "表1 2016年分区域发电量（亿千瓦时）", en: "Table 1 Generation by region in 2016 (100 million kWh)"}
      - text: {zh: "单位：万元", en: "Unit: RMB 10,000"}
      - text: {zh: "2016年，公司对外捐赠3亿元。", en: "In 2016 the Company donated RMB 300 million, of which RMB 100 million went to schools."}  # expect: N209
""",
    # A whole followed by subsets named along different ways of dividing it ("员工6,832人，其中女性1,298人、境内员工
    # 6,615人": by sex, by place) lists overlapping groups, not the parts of one split (checks/shares.py _one_split);
    # parts of one way of dividing (男性 / 女性) are still added up.
    "n220-subsets-of-different-splits": GIVING + """\
    blocks:
      - text: {zh: "2016年末员工总数6,832人，其中女性1,298人、境内员工6,615人。", en: "At the end of 2016 we had 6,832 employees, including 1,298 women and 6,615 in mainland China."}
      - text: {zh: "2016年末员工总数6,832人，其中男性5,843人、女性1,298人。", en: "At the end of 2016 we had 6,832 employees: 5,843 men and 1,298 women."}  # expect: N220
""",
    # 从业人员 is how a company profile counts its workforce: the 员工 of the headcount table (claims/thesaurus.py).
    "n201-workforce-as-employees": GIVING + metric("hr.staff.2016", "员工总数（人），2016年", "6,832", "人", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: "员工总数（人）", en: "Employees"}, {m: hr.staff.2016, bare: true}]
      - text: {zh: "截至2016年底，公司从业人员六千八百二十三人。", en: "At the end of 2016 the Company had 6,823 employees."}  # expect: N201
      - text: {zh: "截至2016年底，公司从业人员6,832人。", en: "At the end of 2016 the Company had 6,832 employees."}
""",
    # "排放强度为每万元营业收入0.152吨二氧化碳当量": 每 and an amount of money before a figure name what it is counted
    # per, so the figure is the table's 吨二氧化碳当量/万元 (claims/extract.py _per_money); 公吨 is Hong Kong's 吨.
    "n201-intensity-per-money-before-the-figure": GIVING + metric("day.ghg-int.2016", "排放强度（吨二氧化碳当量/万元营业收入），2016年", "0.152", "吨二氧化碳当量/万元", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: "排放强度（吨二氧化碳当量/万元营业收入）", en: "Emission intensity (tCO2e per RMB 10,000 of revenue)"}, {m: day.ghg-int.2016, bare: true}]
      - text: {zh: "2016年，排放强度为每万元营业收入0.125公吨二氧化碳当量。", en: "In 2016 emission intensity was 0.125 tonnes of CO2e per RMB 10,000 of revenue."}  # expect: N201
      - text: {zh: "2016年，每名员工平均捐赠物资0.125吨。", en: "In 2016 each employee donated 0.125 tonnes of goods on average."}
""",
    # A name quoted by three characters in one sentence (「乐施坊」) and written plainly in another names one thing, as a
    # shared title of that length does for a start (checks/dates.py _same_event): two start years of it are N216.
    "n216-start-of-a-short-name-quoted-once": GIVING + """\
    blocks:
      - text: {zh: "自2010年起，我们与社区食物银行「乐施坊」合作，每晚转赠未售出的面包。", en: "Since 2010 we have worked with the community food bank Lokshi Fong, passing on unsold bread every night."}
      - text: {zh: "自2011年起每周向乐施坊送出剩余餐点。", en: "Since 2011 we have sent leftover meals to Lokshi Fong every week."}  # expect: N216
      - text: {zh: "自2012年起，公司每年举办员工运动会。", en: "Since 2012 the Company has held a staff sports day every year."}
""",
    # "注册志愿者1,200名，全年累计志愿服务2.4万小时，人均约25小时": a clause of 人均 and its figure alone averages the
    # figure right before it over the sentence's one headcount (checks/averages.py _bare_per_head); with two
    # headcounts in the sentence it cannot tell which, and says nothing.
    "n221-bare-per-head-after-its-total": GIVING + """\
    blocks:
      - text: {zh: "2016年，志愿者协会有注册志愿者1,200名，全年累计志愿服务2.4万小时，人均约25小时。", en: "In 2016 the volunteer association had 1,200 registered volunteers, who served 24,000 hours in all, about 25 hours each."}  # expect: N221
      - text: {zh: "2016年，公司有学员800名，全年累计培训1.6万小时，人均20小时。", en: "In 2016 the Company had 800 trainees, trained for 16,000 hours in all, 20 hours each."}
      - text: {zh: "2016年，员工600名、家属300名参与义务植树，累计服务1.2万小时，人均约30小时。", en: "In 2016, 600 employees and 300 family members planted trees, serving 12,000 hours in all, about 30 hours each."}
""",
    # 连续第八年 (the eighth year running) counts back from the report year as 连续八年 does (claims/events.py RUNNING):
    # a report's eighth in a row in 2016 began in 2009, not in the 2008 its milestones give.
    "n216-nth-year-running": GIVING + """\
    blocks:
      - text: {zh: "本报告是公司连续第八年发布社会责任报告。", en: "This is the eighth year running that the Company has published a social responsibility report."}
      - text: {zh: "- 2008年：首次发布社会责任报告", en: "- 2008: first social responsibility report published"}  # expect: N216
      - text: {zh: "公司连续第三年获评区域优秀雇主。", en: "For the third year running the Company was named a leading regional employer."}
""",
    # 启用, 投入使用, 投入运作 and 投运 all say a facility was put into use (claims/thesaurus.py): two days for the
    # new depot's opening, however each sentence words it, are N215.
    "n215-put-into-use-in-other-words": GIVING + """\
    blocks:
      - text: {zh: "位于江门的新物流中心于2016年3月12日启用，仓储面积约8,000平方米。", en: "The new logistics centre in Jiangmen opened on 12 March 2016, with about 8,000 square metres of storage."}
      - text: {zh: "江门新物流中心于2016年5月正式投入运作，配备自动分拣系统。", en: "The new Jiangmen logistics centre went into operation in May 2016, with automatic sorting."}  # expect: N215
""",
    # "捐赠份数已是2015年的1.8倍": 份数 names the number of 份, so the multiple is of the one metric counted in 份 that
    # its clause names (checks/changes.py _counted_in_unit), not the same subject's weight in 公斤.
    "n205-multiple-of-the-count-its-unit-names": GIVING
        + metric("day.meals.2015", "捐赠餐食（份），2015年", "10,000", "份", "2015", [])
        + metric("day.meals.2016", "捐赠餐食（份），2016年", "15,000", "份", "2016", [])
        + metric("day.meals-kg.2015", "捐赠餐食重量（公斤），2015年", "4,000", "公斤", "2015", [])
        + metric("day.meals-kg.2016", "捐赠餐食重量（公斤），2016年", "7,200", "公斤", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: "捐赠餐食（份）", en: "Meals donated (portions)"}, {m: day.meals.2015, bare: true}, {m: day.meals.2016, bare: true}]
            - [{zh: "捐赠餐食重量（公斤）", en: "Meals donated by weight (kg)"}, {m: day.meals-kg.2015, bare: true}, {m: day.meals-kg.2016, bare: true}]
      - text: {zh: "随着参与门店增加，捐赠份数已是2015年的1.8倍。", en: "As more stores took part, the portions donated reached 1.8 times those of 2015."}  # expect: N205
""",
    # 总重 and 总重量 are 重量 (claims/thesaurus.py): a weight typed at the wrong scale ("总重52.3公斤" for 52,300公斤)
    # shares that word with the statement it slips from, and the same digits are enough to call it one figure.
    "n212-total-weight-is-the-weight": GIVING + """\
    blocks:
      - text: {zh: "2016年，我们向山区学校捐赠衣物3,200箱，重量合共52,300公斤（即52.3吨）。", en: "In 2016 we gave 3,200 boxes of clothes to mountain schools, weighing 52,300 kg (52.3 tonnes) in all."}
      - text: {zh: "受助学校表示，2016年收到的衣物总重52.3公斤。", en: "The schools say the clothes they received in 2016 weighed 52.3 kg in all."}  # expect: N212
""",
    # ---- precision cases from the fengyuan-power corpus: add above this line ----
    # A change said of an amount (用量, 产量) is the change of the amount's row, not of the share row of the same noun
    # (塑胶包装占比): a table often holds both, and their labels differ by the one word that says which
    # (checks/changes.py says_amount). A change said of the share (占比) is the share row's.
    "n214-amount-not-its-share": GIVING
        + metric("day.pk.2015", "塑胶包装（吨）", "712", "吨", "2015", [])
        + metric("day.pk.2016", "塑胶包装（吨）", "596", "吨", "2016", [])
        + metric("day.pks.2015", "塑胶包装占比（%）", "36.2%", "", "2015", [])
        + metric("day.pks.2016", "塑胶包装占比（%）", "32.4%", "", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, {zh: 2015年, en: "2015"}, {zh: 2016年, en: "2016"}]
          rows:
            - [{zh: "塑胶包装（吨）", en: "Plastic packaging (t)"}, {m: day.pk.2015, bare: true}, {m: day.pk.2016, bare: true}]
            - [{zh: "塑胶包装占比（%）", en: "Plastic share (%)"}, {m: day.pks.2015, bare: true}, {m: day.pks.2016, bare: true}]
      - text: {zh: "2016年，塑胶包装用量同比减少16.3%。", en: "In 2016 plastic packaging fell 16.3%."}
      - text: {zh: "2016年，塑胶包装占比同比下降16.3%。", en: "In 2016 the plastic share fell 16.3%."}  # expect: N214
""",
    # The count an average per store (per site, per employee) divides by is the stock, never the year's 新增/净增加
    # (checks/averages.py _added): "净增加门店14间" changes the 186 stores, it does not count them.
    "n221-average-over-the-stock-not-the-added": GIVING + """\
    blocks:
      - text: {zh: "2016年，集团在香港经营门店186间。本年度净增加门店14间。", en: "In 2016 the Group ran 186 stores in Hong Kong, 14 more net in the year."}
      - text: {zh: "本年度，品质部共进行内部审核1,248次，平均每间门店接受审核约6.7次。", en: "In the year we carried out 1,248 internal audits, about 6.7 per store."}
      - text: {zh: "本年度，本集团186间门店共接受消防检查930次，平均每间门店接受检查约8次。", en: "In the year our 186 stores had 930 fire inspections, about 8 per store."}  # expect: N221
""",
    # 与2015年相比 (与/和/同 … 相比) names the year a change is against as 较2015年 does, though a comma closes it
    # before the subject (checks/changes.py GROWTH): "与上年相比，流失率下降3.2个百分点" is the rate row's change.
    "n214-compared-with-a-year-then-a-comma": GIVING
        + metric("day.to.2015", "员工流失率（%）", "35.2%", "", "2015", [])
        + metric("day.to.2016", "员工流失率（%）", "31.6%", "", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, {zh: 2015年, en: "2015"}, {zh: 2016年, en: "2016"}]
          rows:
            - [{zh: "员工流失率（%）", en: "Employee turnover (%)"}, {m: day.to.2015, bare: true}, {m: day.to.2016, bare: true}]
      - text: {zh: "与2015年相比，员工流失率下降3.2个百分点。", en: "Compared with 2015, turnover fell 3.2 percentage points."}  # expect: N214
      - text: {zh: "与上年相比，员工流失率下降3.6个百分点。", en: "Compared with the year before, turnover fell 3.6 percentage points."}
""",
    # A sentence that opens with how a figure is broken down (按地区划分，…) states each group's figure, a part of the
    # whole, as after 其中 (claims/extract.py BROKEN_DOWN): the regions' rates are not the group's rate mistyped.
    "n201-figures-of-a-breakdown": GIVING
        + metric("day.tr.2016", "员工流失率（%）", "31.6%", "", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, {zh: 2016年, en: "2016"}]
          rows:
            - [{zh: "员工流失率（%）", en: "Employee turnover (%)"}, {m: day.tr.2016, bare: true}]
      - text: {zh: "按地区划分，香港员工流失率为34.8%，内地员工流失率为23.4%。", en: "By region, turnover was 34.8% in Hong Kong and 23.4% on the mainland."}
      - text: {zh: "2016年，员工流失率为33.6%。", en: "In 2016 employee turnover was 33.6%."}  # expect: N201
""",
    # ---- precision cases from the wingfat-foods corpus: add above this line ----
    # The counted noun is followed by what the counted do ("员工来自全国各地"): the verb and what follows it say
    # where they come from, not who is counted (claims/subject.py PREDICATE, predicate_at).
    "n212-counted-then-what-they-do": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司员工总数18,642人。", en: "In 2016 the Company had 18,642 employees."}
      - text: {zh: "2016年，公司超过1.9万名员工来自全国各地。", en: "Our more than 19,000 employees come from all over China."}  # expect: N212
""",
    # 筹集善款, 募集善款 and 募款 are 筹款 spelt out: one fundraising (claims/thesaurus.py).
    "n212-fundraising-spelt-out": GIVING + """\
    blocks:
      - text: {zh: "2016年，平台全年筹款9.82亿元。", en: "In 2016 the platform raised RMB 982 million."}
      - text: {zh: "2016年，平台全年筹集善款9亿2800万元。", en: "In 2016 the platform raised RMB 928 million."}  # expect: N212
""",
    # A day-named event (公益日, 读书节) is one event where two sentences name it and say the same of it (启动),
    # whatever else a caption says; its close on another day is not its start (checks/dates.py _one_named_day).
    "n215-named-day-in-a-caption": GIVING + """\
    blocks:
      - text: {zh: "2016年10月18日，第五届示例公益日在杭州启动，为期三天。", en: "On 18 October 2016 the fifth Example Charity Day opened in Hangzhou; it lasted three days."}
      - text: {zh: "2016年10月20日，示例公益日闭幕。", en: "On 20 October 2016 Example Charity Day closed."}
      - text: {zh: "2016年10月28日，示例公益日启动仪式现场。", en: "The opening ceremony of Example Charity Day, 28 October 2016."}  # expect: N215
""",
    # Parts after 其中 that fall short of their whole by one digit other than its last (1.36亿 for 1.26亿): a digit
    # mistyped more likely than a part left out, a warning; a shortfall in the last digit or in many digits is a list
    # of the main parts only (checks/shares.py _one_digit_off).
    "n220-parts-one-digit-from-the-whole": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司全年对外捐赠1.36亿元，其中乡村教育0.58亿元、助残0.41亿元、救灾0.27亿元。", en: "In 2016 we donated RMB 136 million: RMB 58 million to rural education, RMB 41 million to disability support and RMB 27 million to disaster relief."}  # expect: N220
      - text: {zh: "2016年，公司全年对外投资2.47亿元，其中股权投资1.30亿元、债券投资1.16亿元。", en: "In 2016 we invested RMB 247 million: RMB 130 million in equity and RMB 116 million in bonds."}
      - text: {zh: "2016年，公司全年采购金额3.52亿元，其中软件1.20亿元、硬件0.93亿元。", en: "In 2016 we bought RMB 352 million of goods: RMB 120 million of software and RMB 93 million of hardware."}
""",
    # A rate named by the verb of the part just stated after 其中 is that part over the whole before 其中 (办结率 after
    # 其中…办结; checks/shares.py rate_of_part); a rate of another verb (利用率 after 回收) is not recomputed.
    "n217-rate-of-the-part-after-among": GIVING + """\
    blocks:
      - text: {zh: "2016年，受理用户请求2.45万件，其中15天内办结2.38万件，办结率97.9%。", en: "In 2016 we received 24,500 requests and closed 23,800 within 15 days, a completion rate of 97.9%."}  # expect: N217
      - text: {zh: "2016年，受理用户投诉1,200件，其中按期解决1,188件，解决率99.0%。", en: "In 2016 we received 1,200 complaints and resolved 1,188 on time, a resolution rate of 99.0%."}
      - text: {zh: "2016年，产生危险废物500吨，其中回收420吨，利用率95%。", en: "In 2016 we produced 500 tonnes of hazardous waste and recovered 420 tonnes; 95% was put to use."}
""",
    # A new graduate is 毕业生 whatever school the report names (高校毕业生, 应届毕业生), and to take people on is 招聘
    # whatever verb is used (吸纳, 录用: claims/thesaurus.py): two counts of graduates hired in one year are one fact.
    # Graduates hired are not jobs created (吸纳就业).
    "n212-graduates-hired-in-other-words": GIVING + """\
    blocks:
      - text: {zh: "2016年全年吸纳高校毕业生一千六百余人。", en: "In 2016 we took on more than 1,600 university graduates."}
      - text: {zh: "2016年，公司校园招聘应届毕业生1,260人。", en: "In 2016 we hired 1,260 new graduates through campus recruitment."}  # expect: N212
      - text: {zh: "2016年，公司带动吸纳就业3,000人。", en: "In 2016 we helped create 3,000 jobs."}
""",
    # "A占B的N%" with neither figure in its sentence: 全部 in B says all of B, not which whole, and a part named "经审核的
    # 供应商" (what was done to the counted) is the count whose clause says so after its noun ("对312家供应商开展审核";
    # checks/shares.py _done_to). A count of the noun that names more before it (发现问题的供应商47家) is another part.
    "n217-part-named-by-what-was-done": GIVING + """\
    blocks:
      - text: {zh: "截至2016年末，公司在册供应商1,850家。", en: "At the end of 2016 we had 1,850 registered suppliers."}
      - text: {zh: "2016年，我们对312家供应商开展ESG现场审核。", en: "In 2016 we audited 312 suppliers on site."}
      - text: {zh: "2016年，审核中发现存在问题的供应商47家。", en: "In 2016 the audits found issues at 47 suppliers."}
      - text: {zh: "2016年，经审核的供应商占全部在册供应商的18.9%。", en: "In 2016 audited suppliers were 18.9% of all registered suppliers."}  # expect: N217
""",
    # Green electricity is 绿色电力 spelt out (a table's label) and 绿电 in prose (claims/thesaurus.py): a multiple said
    # of 绿电 is recomputed from the statements of 绿色电力 for its two years.
    "n205-green-power-in-short": GIVING + metric("green.power.2015", "2015年绿色电力使用量", "21,600万", "千瓦时", "2015", [])
    + metric("green.power.2016", "2016年绿色电力使用量", "53,860万", "千瓦时", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，公司绿电使用量较2015年增长2.5倍。", en: "In 2016 our green electricity use grew 2.5 times over 2015."}  # expect: N205
""",
    # ---- precision cases from the lingyun-software corpus: add above this line ----
    # A translator keeps a qualified figure's number (逾3.6万 is "more than 36,000"): two qualified figures translate
    # each other only when their numbers agree, and an open bound ("more than 2 million") is no translation of a
    # figure more than twice its number (checks/editions.py _translated_interval).
    "n209-qualified-figure-translated": GIVING + """\
    blocks:
      - text: {zh: "2016年，逾3.6万人次长者参加探访活动。", en: "In 2016 more than 63,000 elderly person-times joined the visits."}  # expect: N209
      - text: {zh: "2016年，长者探访活动开支3.05亿元，惠及超过200万人次。", en: "In 2016 the visits cost RMB 3.05 billion and reached more than 2 million person-times."}  # expect: N209
      - text: {zh: "2016年，逾3.6万人次长者参加探访活动。", en: "In 2016 more than 36,000 elderly person-times joined the visits."}
      - text: {zh: "2016年，共有12,486名长者参加探访活动。", en: "In 2016 more than 12,000 elderly people joined the visits."}
      - text: {zh: "2016年，近1,700名义工参与探访。", en: "In 2016 nearly 1,700 volunteers took part in the visits."}
""",
    # 按年 is Hong Kong's 同比: how a change is stated, no subject word, so "4.21亿人次，按年上升5.2%" is the change of
    # the figure before it, as "4.21亿人次，同比上升5.2%" is, not of a subject 按年 of its own (claims/subject.py STOP).
    # The figure a change follows is a row's cell of the year, though the sentence names the row in other words
    # (团队 for 员工总数, 女性在管理岗位中的占比 for 女性管理者占比, 碳排放 read with the 克 of an intensity whose row
    # prints 克二氧化碳当量): the change is that row's when its value is specific (three digits) and no other row
    # holds it (checks/growth.py _row_of_the_value). Not reported: the right change, a round figure, a value two
    # rows hold.
    "n223-the-row-of-the-figure": GIVING + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2014", "2015", "2016"]
          rows:
            - [{zh: 员工总数（人）, en: Employees}, "1,702", "1,795", "1,862"]
            - [{zh: 女性管理者占比（%）, en: Women in management (%)}, "33.0", "34.8", "36.9"]
            - [{zh: 每乘客公里排放, en: Emissions per passenger-km}, "46.8克二氧化碳当量/乘客公里", "44.1克二氧化碳当量/乘客公里", "42.6克二氧化碳当量/乘客公里"]
            - [{zh: 义工人数（人）, en: Volunteers}, "80", "90", "100"]
            - [{zh: 社区活动（场）, en: Events}, "45", "50", "100"]
            - [{zh: 培训场次（场）, en: Sessions}, "240", "300", "520"]
            - [{zh: 受训人数（人）, en: Trainees}, "400", "480", "520"]
      - text: {zh: "2016年团队扩大至1,862人，按年增长5.7%。", en: "In 2016 our team grew to 1,862, up 5.7% year on year."}  # expect: N223
      - text: {zh: "2016年团队扩大至1,862人，按年增长3.7%。", en: "In 2016 our team grew to 1,862, up 3.7% year on year."}
      - text: {zh: "2016年，女性在管理岗位中的占比为36.9%，较上年提升1.2个百分点。", en: "In 2016 women held 36.9% of management posts, 1.2 points more."}  # expect: N223
      - text: {zh: "2016年，女性在管理岗位中的占比为36.9%，较上年提升2.1个百分点。", en: "In 2016 women held 36.9% of management posts, 2.1 points more."}
      - text: {zh: "每乘客公里碳排放由2015年的44.1克降至42.6克，较2014年下降12.8%。", en: "Emissions per passenger-km fell from 44.1 g in 2015 to 42.6 g, 12.8% lower than in 2014."}  # expect: N223
      - text: {zh: "每乘客公里碳排放由2015年的44.1克降至42.6克，较2014年下降9.0%。", en: "Emissions per passenger-km fell from 44.1 g in 2015 to 42.6 g, 9.0% lower than in 2014."}
      - text: {zh: "2016年，队伍达到100人，同比增长30%。", en: "In 2016 the group reached 100, up 30%."}
      - text: {zh: "2016年，合共达到520人次，同比增长30%。", en: "In 2016 they reached 520, up 30%."}
""",
    # A daily average of the whole year (全年日均) is the year's total over its days: 366 in 2016, 365 in 2015
    # (checks/daily.py). Below that is an error (fewer days cannot give it); above, a warning with the days it
    # implies. Not reported: the right average in either year, an average over part of the year (春运期间), a
    # noun the table does not count (旅客 over 乘客), an average over a five-day week's working days, a balance's daily
    # average (日均存款, hundreds of times the year-end balance over its days).
    "n221-daily-average-of-the-year": GIVING + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 乘客人次（亿人次）, en: Passenger trips (100 million)}, "4.05", "4.21"]
            - [{zh: 入园人次（万人次）, en: Park visits}, "3,650", "4,392"]
            - [{zh: 货物吞吐（万吨）, en: Cargo}, "365.0", "366.0"]
            - [{zh: 存款（亿元）, en: Deposits}, "4,600", "5,000"]
      - text: {zh: "2016年全年日均载客约125万人次。", en: "In 2016 we carried about 1.25 million passengers a day."}  # expect: N221
      - text: {zh: "2015年全年日均载客110.7万人次。", en: "In 2015 we carried 1.107 million passengers a day."}  # expect: N221
      - text: {zh: "2016年全年日均入园约9.5万人次。", en: "In 2016 the parks had about 95,000 visits a day."}  # expect: N221
      - text: {zh: "2016年春运期间日均载客约160万人次。", en: "During the 2016 Spring Festival we carried about 1.6 million a day."}
      - text: {zh: "2016年全年日均旅客约160万人次。", en: "In 2016 there were about 1.6 million travellers a day."}
      - text: {zh: "2016年全年日均货物吞吐1.45万吨。", en: "In 2016 the port handled 14,500 tonnes a day."}
      - text: {zh: "2016年全年日均存款4,800亿元。", en: "In 2016 average daily deposits were RMB 480 billion."}
""",
    # A breakdown's shares in the text (按材质划分，A占…、B占…) are parts of one whole: more than 100% beyond their
    # rounding, or less with the rest (其他) listed, is a warning (checks/breakdowns.py breakdown_shares). Not
    # reported: shares that add up within rounding, a list without the rest that covers less than the whole, shares
    # of a sentence that opens with no breakdown.
    "n208-shares-of-a-breakdown": GIVING + """\
    blocks:
      - text: {zh: "按材质划分，纸质包装占62.4%、塑料包装占21.3%、可降解材料占18.7%。", en: "By material, paper 62.4%, plastics 21.3%, degradable 18.7%."}  # expect: N208
      - text: {zh: "按地区划分，华南占45.1%、华东占30.2%、其他地区占20.0%。", en: "By region, South China 45.1%, East China 30.2%, elsewhere 20.0%."}  # expect: N208
      - text: {zh: "按用途划分，生产用水占62.4%、生活用水占21.3%、绿化用水占16.3%。", en: "By use, production 62.4%, domestic 21.3%, landscaping 16.3%."}
      - text: {zh: "按业务划分，零售占45.1%、批发占30.2%。", en: "By business, retail 45.1%, wholesale 30.2%."}
      - text: {zh: "按来源划分，甲类占33.3%、乙类占33.3%、其他占33.3%。", en: "By source, type A 33.3%, type B 33.3%, others 33.3%."}
      - text: {zh: "女性员工占62.4%，管理层中女性占41.3%。", en: "Women are 62.4% of staff and 41.3% of management."}
""",
    # A multiple in a Chinese digit (为2015年的两倍) is read as its digits are (numbers._times) and recomputed as 2倍 is.
    # Not reported: the right multiple (三倍), 倍增 and 提高一倍 (idioms of doubling, never read).
    "n205-a-multiple-in-chinese-digits": GIVING
    + metric("env.boxes.2015", "循环快递箱使用次数（次）", "1,280万", "次", "2015", [])
    + metric("env.boxes.2016", "循环快递箱使用次数（次）", "3,840万", "次", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 循环快递箱使用次数（次）, en: Uses of reusable boxes}, {m: env.boxes.2015}, {m: env.boxes.2016}]
      - text: {zh: "2016年循环快递箱使用次数达3,840万次，为2015年的两倍。", en: "In 2016 reusable boxes were used 38.4 million times, twice as many as in 2015."}  # expect: N205
      - text: {zh: "2016年循环快递箱使用次数达3,840万次，为2015年的三倍。", en: "In 2016 reusable boxes were used 38.4 million times, three times as many as in 2015."}
      - text: {zh: "2016年充电桩达到250个，实现倍增，较2015年提高一倍。", en: "In 2016 we had 250 chargers, double the number of 2015."}
""",
    # A sum of named parts whose rows name the parts' kind in another word (越南基地员工, 柬埔寨基地员工 for "越南、柬埔寨
    # 两国工厂员工合计"): one word of the rows missing from the sentence, one of the sum's own the rows lack: a warning
    # (checks/sums.py _parts_in_other_words). Not reported: the right sum, rows that differ in more than their names
    # (越南基地女性员工), a sentence missing two of the rows' words.
    "n222-parts-named-in-other-words": GIVING + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 越南基地员工（人）, en: Vietnam base}, "15,620", "16,380"]
            - [{zh: 柬埔寨基地员工（人）, en: Cambodia base}, "9,270", "10,440"]
            - [{zh: 泰国基地女性员工（人）, en: Thai base women}, "820", "910"]
            - [{zh: 老挝基地员工（人）, en: Laos base}, "1,020", "1,150"]
      - text: {zh: "2016年，越南、柬埔寨两国工厂员工合计2.78万人。", en: "In 2016 the plants in Vietnam and Cambodia employed 27,800 people."}  # expect: N222
      - text: {zh: "2015年，越南、柬埔寨两国工厂员工合计2.49万人。", en: "In 2015 the plants in Vietnam and Cambodia employed 24,900 people."}
      - text: {zh: "2016年，泰国、老挝两国工厂员工合计5,000人。", en: "In 2016 the plants in Thailand and Laos employed 5,000 people."}
      - text: {zh: "2016年，越南、柬埔寨两国工厂合计2.78万人。", en: "In 2016 the plants in Vietnam and Cambodia had 27,800 people."}
""",
    "n223-year-on-year-in-hong-kong-words": GIVING + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 乘客人次（亿人次）, en: Passenger trips (100 million)}, "4.05", "4.21"]
      - text: {zh: "2016年，公司接载乘客4.21亿人次，按年上升5.2%。", en: "In 2016 we carried 421 million passengers, up 5.2% year on year."}  # expect: N223
      - text: {zh: "2016年，公司接载乘客4.21亿人次，按年上升4.0%。", en: "In 2016 we carried 421 million passengers, up 4.0% year on year."}
""",
    # A caption naming two subjects (能源及温室气体排放) heads rows of each: the row 能源消耗总量 is of energy
    # only, so a change of the emissions is not recomputed from it (claims/extract.py _caption_of_row).
    "n214-caption-of-two-subjects": GIVING
    + metric("env.energy.2015", "能源消耗总量（兆瓦时）", "161,800", "兆瓦时", "2015", [])
    + metric("env.energy.2016", "能源消耗总量（兆瓦时）", "158,260", "兆瓦时", "2016", [])
    + metric("env.ghg.2015", "范围一及二排放合计（吨二氧化碳当量）", "74,190", "吨二氧化碳当量", "2015", [])
    + metric("env.ghg.2016", "范围一及二排放合计（吨二氧化碳当量）", "70,630", "吨二氧化碳当量", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表2-1 能源及温室气体排放, en: Table 2-1 Energy and greenhouse gas emissions}
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 能源消耗总量（兆瓦时）, en: Energy (MWh)}, {m: env.energy.2015, bare: true}, {m: env.energy.2016, bare: true}]
            - [{zh: 范围一及二排放合计（吨二氧化碳当量）, en: Scope 1 and 2 (tCO2e)}, {m: env.ghg.2015, bare: true}, {m: env.ghg.2016, bare: true}]
      - text: {zh: "2016年，集团温室气体排放总量同比下降4.8%。", en: "In 2016 the Group's greenhouse gas emissions fell 4.8%."}
      - text: {zh: "2016年，集团能源消耗总量同比下降4.8%。", en: "In 2016 the Group's energy consumption fell 4.8%."}  # expect: N214
""",
    # Fuel is counted in litres (万升, 升/公里): a unit of its own, so a diesel row and its change are read and
    # recomputed; 升 right before 至/到 is the verb "to rise" (由85升至88), no unit (units.py, numbers.py _RISE).
    "n223-litres": GIVING
    + metric("env.diesel.2015", "柴油消耗量（万升）", "6,520", "万升", "2015", [])
    + metric("env.diesel.2016", "柴油消耗量（万升）", "6,380", "万升", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 柴油消耗量（万升）, en: Diesel (10 thousand litres)}, {m: env.diesel.2015, bare: true}, {m: env.diesel.2016, bare: true}]
      - text: {zh: "2016年，公司柴油消耗量为6,380万升，同比减少1.2%。", en: "In 2016 we used 63.8 million litres of diesel, 1.2% less than in 2015."}  # expect: N214
      - text: {zh: "2016年，公司柴油消耗量为6,380万升，同比减少2.1%。", en: "In 2016 we used 63.8 million litres of diesel, 2.1% less than in 2015."}
      - text: {zh: "2016年，乘客满意度评分由85升至88。", en: "In 2016 the passenger satisfaction score rose from 85 to 88."}
""",
    # A value that recovers (回升至, 反弹至) or rises to (升至) its later value is a trend as much as one that 增至: its
    # first value is the series' figure for the year it names (claims/extract.py TO_AFTER).
    "n201-trend-that-recovers": GIVING
    + metric("ops.trips.2015", "乘客人次（亿人次）", "4.05亿", "人次", "2015", [])
    + metric("ops.trips.2016", "乘客人次（亿人次）", "4.21亿", "人次", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 乘客人次（亿人次）, en: Passenger trips (100 million)}, {m: ops.trips.2015, bare: true}, {m: ops.trips.2016, bare: true}]
      - text: {zh: "乘客人次由2015年的3.62亿回升至2016年的4.21亿。", en: "Passenger trips recovered from 362 million in 2015 to 421 million in 2016."}  # expect: N201
      - text: {zh: "乘客人次由2015年的4.05亿回升至2016年的4.21亿。", en: "Passenger trips recovered from 405 million in 2015 to 421 million in 2016."}
""",
    # A value grown *to* N times another (增至2015年的2.3倍) is a ratio, as 是…的N倍 is (checks/changes.py RATIO); its
    # subject is the amount (数目 is 数量, 与…相比 says how it is compared: claims/subject.py STOP), and a table's share of
    # the same subject is another fact unless the clause names a share (占比, 比例, 率: checks/changes.py NAMES_SHARE).
    "n205-grown-to-a-multiple": GIVING
    + metric("fleet.ev.2015", "电动巴士（部）", "58", "部", "2015", [])
    + metric("fleet.ev.2016", "电动巴士（部）", "186", "部", "2016", [])
    + metric("mix.ev.2015", "电动巴士占比", "4.1%", "", "2015", [])
    + metric("mix.ev.2016", "电动巴士占比", "11.3%", "", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 电动巴士（部）, en: Electric buses}, {m: fleet.ev.2015, bare: true}, {m: fleet.ev.2016, bare: true}]
      - table:
          header: [{zh: 车型, en: Type}, "2015", "2016"]
          rows:
            - [{zh: 电动巴士, en: Electric}, {m: mix.ev.2015, bare: true}, {m: mix.ev.2016, bare: true}]
      - text: {zh: "与两年前相比，电动巴士数目已增至2015年的2.3倍。", en: "Against two years earlier, the electric fleet has grown to 2.3 times its 2015 size."}  # expect: N205
      - text: {zh: "与两年前相比，电动巴士数目已增至2015年的3.2倍。", en: "Against two years earlier, the electric fleet has grown to 3.2 times its 2015 size."}
""",
    # A change standing alone in its sentence is the change of the figure the sentence before states, when that figure
    # prints a metric of exactly the subject the change names; a part stated before (乡村振兴类捐赠) is not the whole
    # the change names (捐赠总额) (checks/changes.py _said_before).
    "n214-change-in-the-next-sentence": GIVING
    + metric("ops.trips.2015", "乘客人次（亿人次）", "4.05亿", "人次", "2015", [])
    + metric("ops.trips.2016", "乘客人次（亿人次）", "4.21亿", "人次", "2016", [])
    + metric("gift.rural.2015", "乡村振兴", "2,760万", "元", "2015", [])
    + metric("gift.rural.2016", "乡村振兴", "3,126万", "元", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 营运概况, en: Table 1 Operations at a glance}
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 乘客人次（亿人次）, en: Passenger trips (100 million)}, {m: ops.trips.2015, bare: true}, {m: ops.trips.2016, bare: true}]
            - [{zh: 乡村振兴, en: Rural revitalisation}, {m: gift.rural.2015, bare: true}, {m: gift.rural.2016, bare: true}]
      - text: {zh: "2016年，公司全年接载乘客4.21亿人次。乘客量按年上升3.8%。", en: "In 2016 we carried 421 million passengers. Passenger numbers rose 3.8% year on year."}  # expect: N214
      - text: {zh: "2016年，公司全年接载乘客4.21亿人次。乘客量按年上升4.0%。", en: "In 2016 we carried 421 million passengers. Passenger numbers rose 4.0% year on year."}
      - text: {zh: "2016年，乡村振兴类捐赠3,126万元；捐赠总额较上年增长18.0%。", en: "In 2016 rural donations were RMB 31.26 million; total donations rose 18.0%."}
""",
    # A share naming its part and its whole, no figure in its sentence: a table row spelling the part out in more words
    # (长者两元乘车优惠乘客人次 for 长者优惠乘客人次) is the part when it is the only such row; two such rows, or a row
    # narrowed by a figure (30岁以下), say no one part (checks/shares.py _only_fuller_metric).
    "n217-part-spelt-out-in-the-table": GIVING
    + metric("ops.trips.2016", "乘客人次（亿人次）", "4.21亿", "人次", "2016", [])
    + metric("fares.elderly.2016", "长者两元乘车优惠乘客人次（亿人次）", "1.18亿", "人次", "2016", [])
    + metric("staff.total.2016", "员工总数（人）", "12,000", "人", "2016", [])
    + metric("staff.young.2016", "30岁以下女性员工（人）", "1,500", "人", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 乘客人次（亿人次）, en: Passenger trips (100 million)}, {m: ops.trips.2016, bare: true}]
            - [{zh: 长者两元乘车优惠乘客人次（亿人次）, en: Elderly HK$2 fare trips (100 million)}, {m: fares.elderly.2016, bare: true}]
            - [{zh: 员工总数（人）, en: Employees}, {m: staff.total.2016, bare: true}]
            - [{zh: 30岁以下女性员工（人）, en: Women under 30}, {m: staff.young.2016, bare: true}]
      - text: {zh: "2016年，长者优惠乘客人次占全年总乘客人次的26.8%。", en: "In 2016 elderly concession trips made up 26.8% of all trips."}  # expect: N217
      - text: {zh: "2016年，女性员工占员工总数的45.0%。", en: "In 2016 women made up 45.0% of employees."}
""",
    # A rate restated per a hundred (or ten, thousand, ten thousand) of its denominator after 即/折合 is that many times
    # the rate: 每公里0.589升 is 每百公里58.9升 (checks/conversions.py _per_more).
    "n224-rate-per-hundred": GIVING + """\
    blocks:
      - text: {zh: "2016年，车队每公里柴油消耗降至0.589升，即每百公里耗油5.89升。", en: "In 2016 the fleet used 0.589 litres of diesel per kilometre, or 5.89 litres per 100 kilometres."}  # expect: N224
      - text: {zh: "2016年，车队每公里柴油消耗0.589升，即每辆巴士每日耗油120升。", en: "In 2016 the fleet used 0.589 litres a kilometre, or 120 litres a bus a day."}
""",
    # Volunteering is 志愿 on the mainland, 义工 in Hong Kong and Macao, 志工 in Taiwan: one word (claims/thesaurus.py);
    # the doer's noun 志愿者 names 志愿 as well (claims/subject.py _doers). A count of person-times counts what the
    # people did, written after them ("人次的同事参与义工服务"), so that predicate is part of its subject
    # (claims/extract.py _counts_acts); a count of people (名同事参与…) keeps only the people.
    "n201-volunteers-by-any-name": GIVING + metric("vol.times.2016", "参与义工（人次）", "2,450", "人次", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 参与义工（人次）, en: Volunteer person-times}, {m: vol.times.2016, bare: true}]
      - quote: {text: {zh: "“今年有逾2,800人次的同事参与义工服务。”", en: "\\"This year colleagues volunteered more than 2,800 times.\\""}, by: {zh: 义工队队长, en: Volunteer team leader}}  # expect: N201
      - text: {zh: "2016年，共有860名同事参与义工服务，其中320名来自客户服务部。", en: "In 2016, 860 colleagues volunteered, 320 of them from customer service."}
""",
    "n212-volunteers-by-any-name": GIVING + """\
    blocks:
      - text: {zh: "2016年，全年共有1,200名员工参加志愿活动，累计服务5,830人次。", en: "In 2016, 1,200 employees took part in volunteering, 5,830 times in all."}
      - case: {title: {zh: 案例：走进山区学校, en: "Case: Mountain schools"}, blocks: [{text: {zh: "2016年，员工志愿者共服务五千三百八十人次。", en: "In 2016 employee volunteers took part 5,380 times."}}]}  # expect: N212
""",
    # The whole of a share of 员工总数 is the workforce, not the employees who did something ("全年有1,380名员工参与志愿
    # 服务": what they do, Claim.predicate, says which of them): such a count does not compete with the headcount
    # (checks/shares.py _stated_whole).
    "n217-whole-is-not-the-employees-who-did-something": GIVING + """\
    blocks:
      - text: {zh: "2016年末，公司共有员工12,000人。", en: "At the end of 2016 the Company had 12,000 employees."}
      - text: {zh: "2016年，全年有1,380名员工参与志愿服务。", en: "In 2016, 1,380 employees volunteered."}
      - text: {zh: "2016年，女性员工4,236人，占员工总数的30.0%。", en: "In 2016 there were 4,236 women, 30.0% of all employees."}  # expect: N217
""",
    # 新 (new) alone between a count of people and the people counted ("迎来了1,260位新车长", "1,340位新同事") says they
    # joined in the year, as 新聘 does (claims/extract.py _new_ones); 迎来 (welcomed) names nothing counted
    # (claims/subject.py STOP). Not 新 inside a word (新能源, 新产品), nor a count of things.
    "n212-new-people-are-new-hires": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司新聘员工1,126人，为1,126名新员工提供入职培训。", en: "In 2016 we hired 1,126 employees and gave all 1,126 induction training."}
      - text: {zh: "2016年，公司推出新产品12款，新能源车辆达320辆。", en: "In 2016 we launched 12 new products and had 320 new-energy vehicles."}
      - quote: {text: {zh: "“今年我们迎来了1,260位新同事。”", en: "\\"This year we welcomed 1,260 new colleagues.\\""}, by: {zh: 人力资源总监, en: HR Director}}  # expect: N212
""",
    # ---- precision cases from the kamwah-buses corpus: add above this line ----
    # A rate whose clause follows a count of people in the same sentence is those people's rate (the subject is
    # left out, as Chinese leaves the topic of the clause before): the pass rates of two groups are two facts, one
    # group's pass rate stated twice is one (claims/extract.py _population, group.py other_people).
    "n212-rate-of-the-people-counted-before": GIVING + """\
    blocks:
      - text: {zh: "2016年，共有120名新入职护士参加岗前培训，考核通过率98.0%。", en: "In 2016, 120 newly hired nurses took induction training; 98.0% passed."}
      - text: {zh: "2016年，共有85名管理培训生参加岗前培训，考核通过率92.0%。", en: "In 2016, 85 management trainees took induction training; 92.0% passed."}
      - text: {zh: "2016年，新入职护士共120名参加岗前培训，考核通过率97.0%。", en: "In 2016, 120 newly hired nurses took induction training; 97.0% passed."}  # expect: N212
""",
    # An intensity per bed, per room night or per store (吨标准煤/床, 千克/间夜) is a unit: beds and stores are counted
    # in 张 and 家, so the registry knows them only as what an intensity divides by (units.PER_THING); a
    # denominator nobody divides by stays unknown.
    "s104-intensity-per-bed-is-a-unit": GIVING + metric("env.bed.2016", "每床位综合能耗", "3.11", "吨标准煤/床", "2016", [])
        + metric("env.night.2016", "每间夜用水量", "0.52", "立方米/间夜", "2016", [])
        + metric("env.odd.2016", "每某某能耗", "1.25", "吨标准煤/某某", "2016", []).rstrip("\n") + "  # expect: S104\n" + """\
    blocks:
      - text: {zh: "2016年，每床位综合能耗3.11吨标准煤/床，每间夜用水量0.52立方米/间夜。", en: "In 2016 energy use was 3.11 tce per bed and water use 0.52 cubic metres per room night."}
""",
    # A figure whose clause names nothing but the noun of a metric's label ("全集团1,635名医生" and the row 医生（人）)
    # states that metric, however short the noun; a clause naming more (新入职医生) or following another clause
    # that may be its topic (…是规模最大的院区，有医生…) does not (claims/group.py named_alone).
    "n201-figure-named-by-the-label-noun-alone": GIVING
    + metric("staff.doctors.2016", "医生（人）", "1,853", "人", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 医生（人）, en: Doctors}, {m: staff.doctors.2016, bare: true}]
      - text: {zh: "全集团1,635名医生，是患者最可信赖的人。", en: "The Group's 1,635 doctors are the people patients trust most."}  # expect: N201
      - text: {zh: "2016年，新入职医生140人。", en: "In 2016, 140 doctors joined us."}
      - text: {zh: "东院是规模最大的院区，2016年有医生612名。", en: "The East campus is our largest; it had 612 doctors in 2016."}
""",
    # An agreeing statement looser than a figure ("约62小时" beside 65.1小时) neither confirms nor disputes it, so it
    # does not keep the figure from the metric it disagrees with, a little less alike (checks/claims.py conflicts).
    "n201-a-looser-statement-hides-no-metric": GIVING
    + metric("training.per-head.2016", "人均培训时长（小时）", "61.5", "小时", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 人力资源关键绩效, en: Table 1 Key human resources indicators}
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 人均培训时长（小时）, en: Training hours per employee}, {m: training.per-head.2016, bare: true}]
      - text: {zh: "我们加大培训投入，员工人均培训时长约62小时。", en: "We invested more in training: about 62 hours per employee."}
      - text: {zh: "2016年员工人均培训时长65.1小时。", en: "Employees received 65.1 hours of training on average in 2016."}  # expect: N201
""",
    # 缩短 and 延长 (shortened, lengthened), 压缩 and 缩减 state the change of a duration as 减少 and 增加 do: "较上年缩短
    # 0.6天" is recomputed from the two years' figures (claims/extract.py CHANGE_BEFORE, checks/changes.py GROWTH).
    "n214-a-duration-shortened": GIVING
    + metric("services.stay.2015", "平均住院日（天）", "8.2", "天", "2015", [])
    + metric("services.stay.2016", "平均住院日（天）", "7.8", "天", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 平均住院日（天）, en: Average length of stay (days)}, {m: services.stay.2015, bare: true}, {m: services.stay.2016, bare: true}]
      - text: {zh: "2016年，平均住院日缩短至7.8天，较上年缩短0.6天。", en: "In 2016 the average stay fell to 7.8 days, 0.6 days shorter than in 2015."}  # expect: N214
      - text: {zh: "2016年，平均住院日缩短至7.8天，较上年缩短0.4天。", en: "In 2016 the average stay fell to 7.8 days, 0.4 days shorter than in 2015."}
""",
    # A programme quoted by a three-character name (“春苗行”) has one start: two start years of it are one start given
    # twice, as with a longer title (checks/dates.py _titled); days keep needing a longer title.
    "n216-a-three-character-programme-name": GIVING + """\
    blocks:
      - text: {zh: "“春苗行”乡村助学项目自2012年起资助山区学生。", en: "The Spring Sprout rural education programme has supported mountain pupils since 2012."}
      - text: {zh: "孩子们的笑脸，是我们连续六年坚持“春苗行”的原因。", en: "The children's smiles are why we have kept up Spring Sprout for six years in a row."}  # expect: N216
""",
    # "医生占员工总数的29.5%": a part named by one word is recomputed when a metric is labelled by that word alone
    # (医生（人）): the writer declared that group; a word no metric is named by still names no part (checks/shares.py).
    "n217-share-of-a-part-named-by-one-word": GIVING
    + metric("staff.doctors.2016", "医生（人）", "4,463", "人", "2016", [])
    + metric("staff.total.2016", "员工总数（人）", "17,236", "人", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 员工总数（人）, en: Employees}, {m: staff.total.2016, bare: true}]
            - [{zh: 医生（人）, en: Doctors}, {m: staff.doctors.2016, bare: true}]
      - text: {zh: "从职业结构看，医生占员工总数的29.5%。", en: "By occupation, doctors made up 29.5% of all employees."}  # expect: N217
      - text: {zh: "从职业结构看，护士占员工总数的42.8%。", en: "By occupation, nurses made up 42.8% of all employees."}
""",
    # A start year and a run of years said of one subject written the same way before them (青苗奖学金自2010年起…,
    # 青苗奖学金连续八年…) date one start, whatever each says it does (颁发, 支持); a run of awards (连续三年获评) and a
    # subject that is only the company (公司) date nothing of it (claims/events.py _topic, checks/dates.py _one_topic).
    "n216-one-subject-two-starts": GIVING + """\
    blocks:
      - text: {zh: "青苗奖学金自2010年起颁发，资助乡村学生升读大学。", en: "Green Shoots Scholarships have been awarded since 2010 to rural students going to university."}
      - text: {zh: "青苗奖学金连续八年支持乡村学生。", en: "For eight years in a row Green Shoots Scholarships have supported rural students."}  # expect: N216
      - text: {zh: "青苗奖学金连续三年获评优秀公益项目。", en: "Green Shoots Scholarships have been rated an outstanding charity project three years running."}
      - text: {zh: "公司连续五年资助乡村教师培训。", en: "The company has funded rural teacher training for five years in a row."}
""",
    # Water is counted in 吨 as often as in 立方米 (a tonne of water is a cubic metre): the text's 1,987万立方米 is the
    # table's 198.7万吨 with its 万 slipped; a pollutant's mass in wastewater (废水COD排放量, 吨) stays a mass
    # (claims/extract.py _water_by_volume).
    "n201-water-in-tonnes-and-cubic-metres": GIVING
    + metric("env.water.2016", "用水量（万吨）", "198.7", "万吨", "2016", [])
    + metric("env.cod.2016", "废水COD排放量（吨）", "452", "吨", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 用水量（万吨）, en: "Water consumption (10,000 tonnes)"}, {m: env.water.2016, bare: true}]
            - [{zh: 废水COD排放量（吨）, en: COD in wastewater (tonnes)}, {m: env.cod.2016, bare: true}]
      - text: {zh: "2016年全年用水量约1,987万立方米。", en: "In 2016 we used about 19.87 million cubic metres of water."}  # expect: N201
      - text: {zh: "2016年，集团用水量为198.7万立方米，COD排放量452吨。", en: "In 2016 the Group used 1.987 million cubic metres of water, with 452 tonnes of COD."}
""",
    # 时长 (how long) is what an hour says, as 人数 is what 人 says: "志愿服务时长3.82万小时" and "志愿服务时长为2.18万小时"
    # name one subject, 志愿服务, whether the segmenter cuts 时长 whole or not (before a blanked figure it cut 时 / 长);
    # a duration named by nothing else (服务时数) is of no subject, not the training hours of the year before
    # (claims/subject.py DURATION).
    "n205-a-duration-named-by-what-was-done": GIVING
    + metric("train.hours.2015", "培训总时数（小时）", "293,400", "小时", "2015", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015"]
          rows:
            - [{zh: 培训总时数（小时）, en: Training hours}, {m: train.hours.2015, bare: true}]
      - text: {zh: "2015年，集团志愿服务时长为2.18万小时。", en: "In 2015 the Group's volunteers served 21,800 hours."}
      - text: {zh: "2016年，志愿者参与义诊和社区服务，志愿服务时长3.82万小时，是上年的1.5倍。", en: "In 2016 volunteers served 38,200 hours, 1.5 times the year before."}  # expect: N205
      - text: {zh: "2016年，义工队参与服务3,260人次，服务时数28,450小时，较上年增长18.0%。", en: "In 2016 the volunteer team served 3,260 person-times and 28,450 hours, up 18.0%."}
""",
    # ---- precision cases from the kangning-health corpus: add above this line ----
    # A plant's capacity per day (万吨/日, tonnes a day) and a flue-gas concentration at standard conditions (mg/Nm³)
    # are units of the registry (units.py), so a figure printed in them is compared with its metric like any other.
    "n201-a-capacity-per-day-and-a-concentration": GIVING
    + metric("plant.capacity.2016", "设计处理规模（万吨/日）", "4.26", "万吨/日", "2016", [])
    + metric("plant.nox.2016", "氮氧化物排放均值（mg/Nm³）", "142", "mg/Nm³", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 设计处理规模（万吨/日）, en: "Design capacity (10,000 tonnes/day)"}, {m: plant.capacity.2016, bare: true}]
            - [{zh: 氮氧化物排放均值（mg/Nm³）, en: Average NOx emissions (mg/Nm³)}, {m: plant.nox.2016, bare: true}]
      - text: {zh: "2016年，焚烧厂设计处理规模4.62万吨/日。", en: "In 2016 the plants' design capacity was 46,200 tonnes a day."}  # expect: N201
      - text: {zh: "2016年，焚烧厂氮氧化物排放均值124mg/Nm³。", en: "In 2016 average NOx emissions at the plants were 124 mg/Nm³."}  # expect: N201
""",
    # A year the Chinese dates an event by, given as another year in the English (2011年上市, "listed in 2012"): the
    # translation moved the event (checks/dates.py _year_translated). A year only dropped in English ("the same
    # year") is no finding.
    "n209-a-year-translated-as-another": GIVING + """\
    blocks:
      - text: {zh: "公司成立于2004年，2011年在上海证券交易所上市。", en: "Founded in 2004, the Company was listed on the Shanghai Stock Exchange in 2012."}  # expect: N209
      - text: {zh: "公司成立于2004年，2011年在上海证券交易所上市。", en: "Founded in 2004, the Company was listed on the Shanghai Stock Exchange seven years later."}
      - text: {zh: "2016年，我们发起公益日活动。", en: "In 2016 we launched Giving Day."}
""",
    # A sentence that opens with 其中 divides what the sentence before it stated: a bare 占比 there is of the last
    # figure of the part's unit and subject in that sentence (checks/shares.py _whole_of_sentence_before).
    "n217-of-which-opens-a-sentence": GIVING + """\
    blocks:
      - text: {zh: "2016年，焚烧项目产生飞灰42.18万吨，安全处置率100%。其中进入填埋场的飞灰31.62万吨，占比81.2%。", en: "In 2016 the plants produced 421,800 tonnes of fly ash, all safely disposed of. Of this, 316,200 tonnes went to landfill, 81.2% of the total."}  # expect: N217
      - text: {zh: "2016年，焚烧项目产生炉渣300万吨。其中综合利用的炉渣282万吨，占比94.0%。", en: "In 2016 the plants produced 3 million tonnes of bottom ash. Of this, 2.82 million tonnes were reused, 94.0% of the total."}
""",
    # "约为2015年的3倍": a qualifier before the year compared with qualifies the multiple; the year is a date, never
    # "about 2015 years" (numbers.py _year_of_reference), so the multiple is recomputed from the two years' figures.
    "n205-about-before-the-year-compared-with": GIVING + """\
    blocks:
      - text: {zh: "2016年捐款金额3.05亿元，约为2015年的3倍。", en: "In 2016 RMB 305 million was donated, about 3 times as much as in 2015."}  # expect: N205
      - text: {zh: "2016年捐款金额3.05亿元，约为2015年的2.4倍。", en: "In 2016 RMB 305 million was donated, about 2.4 times as much as in 2015."}
""",
    # 新增投运 N座 adds to the stock in operation: 新增 and the verb of commissioning name no part of it, and whole counts
    # (25座, 28座) are counted, not rounded, so 25 -> 28 is 3 and not "about 3" (checks/changes.py additions).
    "n214-plants-put-into-operation": GIVING
    + metric("plants.2015", "在运项目数（座）", "25", "座", "2015", [])
    + metric("plants.2016", "在运项目数（座）", "28", "座", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 在运项目数（座）, en: Plants in operation}, {m: plants.2015, bare: true}, {m: plants.2016, bare: true}]
      - text: {zh: "2016年新增投运项目4座。", en: "4 new plants entered operation in 2016."}  # expect: N214
""",
    # "学生访客5.3万人次，占访客总数的31.2%": a whole named as all of the part's own kind is the one value the period's
    # statements of that kind give, whatever verb or topic they add (checks/shares.py _all_of_its_kind).
    "n217-a-whole-of-the-parts-own-kind": GIVING
    + metric("visits.2016", "公众开放日访客（人次）", "18.6万", "人次", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 公众开放日访客（人次）, en: Open day visits}, {m: visits.2016, bare: true}]
      - text: {zh: "2016年，各项目接待访客18.6万人次。", en: "In 2016 our sites received 186,000 visits."}
      - text: {zh: "2016年，学生访客5.3万人次，占访客总数的31.2%。", en: "In 2016 student visits numbered 53,000, 31.2% of all visits."}  # expect: N217
      - text: {zh: "2016年，教师访客0.6万人次，占访客总数的3.2%。", en: "In 2016 teacher visits numbered 6,000, 3.2% of all visits."}
""",
    # ---- precision cases from the jingyuan-environment corpus: add above this line ----
    # A growth is of its own clause's subject: a table's caption (表1 社区投资) names the table, not each row, so a row
    # whose own label names something else (志愿服务时数) is not the series "社区投资同比增长13.0%" is the change of,
    # though the row takes the caption's words; its own change is still recomputed (checks/changes.py _named_series).
    "n214-a-row-is-not-named-by-its-caption": GIVING
    + metric("giving.total.2016", "社区投资（万元）", "12,860", "万元", "2016", [])
    + metric("giving.hours.2015", "志愿服务时数（小时）", "41,200", "小时", "2015", [])
    + metric("giving.hours.2016", "志愿服务时数（小时）", "48,700", "小时", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 社区投资, en: Table 1 Community investment}
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 社区投资（万元）, en: Community investment (RMB 10k)}, "", {m: giving.total.2016, bare: true}]
            - [{zh: 志愿服务时数（小时）, en: Volunteer hours}, {m: giving.hours.2015, bare: true}, {m: giving.hours.2016, bare: true}]
      - text: {zh: "2016年，社区投资同比增长13.0%。", en: "In 2016 community investment grew 13.0% year on year."}
      - text: {zh: "2016年，志愿服务时数同比增长13.0%。", en: "In 2016 volunteer hours grew 13.0% year on year."}  # expect: N223
""",
    # The Macau pataca is a registry unit (澳门元/澳门币, MOP, MOP$; 万/百万/亿 before it): a table in 百万澳门元 is
    # compared with prose in 亿澳门元 and 万澳门元, and an amount in 港元 at a stated rate is never the same fact
    # (currencies do not convert into each other; units.py).
    "n201-amounts-in-patacas": GIVING
    + metric("proc.sme.2016", "中小企采购额（百万澳门元）", "1,842", "百万澳门元", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 中小企采购额（百万澳门元）, en: SME procurement (MOP million)}, {m: proc.sme.2016, bare: true}]
      - text: {zh: "2016年，我们向中小企采购18.42亿澳门元。", en: "In 2016 we bought MOP$1,842 million from SMEs."}
      - text: {zh: "2016年，中小企采购额约合17.88亿港元。", en: "In 2016 SME procurement came to about HK$1,788 million."}
      - text: {zh: "2016年，我们向中小企采购18.42万澳门元。", en: "In 2016 we bought MOP 184,200 from SMEs."}  # expect: N201
""",
    # 人次 is a noun as well as a unit: a bare figure after it ("访客人次超过2,900万") counts 人次, as one after 人数
    # counts 人, and is compared with the table's 万人次 (claims/extract.py _counted_by).
    "n201-a-bare-figure-after-renci": GIVING
    + metric("visits.total.2016", "访客（万人次）", "2,846", "万人次", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 访客（万人次）, en: Visits (10k)}, {m: visits.total.2016, bare: true}]
      - text: {zh: "2016年，访客人次约2,850万。", en: "In 2016 we welcomed about 28.5 million visits."}
      - text: {zh: "2016年，访客人次超过2,900万。", en: "In 2016 we welcomed more than 29 million visits."}  # expect: N201
""",
    # A change whose own noun (访客) is the whole of one table row label's words (访客人次（万人次）) is that row's change,
    # however much the sentence says around it (checks/growth.py _rows_of_the_noun).
    "n223-a-change-named-by-the-row-noun": GIVING
    + metric("ops.visits.2015", "访客人次（万人次）", "2,315", "万人次", "2015", [])
    + metric("ops.visits.2016", "访客人次（万人次）", "2,846", "万人次", "2016", [])
    + metric("ops.rooms.2015", "客房（间）", "4,650", "间", "2015", [])
    + metric("ops.rooms.2016", "客房（间）", "4,920", "间", "2016", []) + """\
    blocks:
      - table:
          caption: {zh: 表1 营运概况, en: Table 1 Operations}
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 客房（间）, en: Rooms}, {m: ops.rooms.2015, bare: true}, {m: ops.rooms.2016, bare: true}]
            - [{zh: 访客人次（万人次）, en: Visits (10k)}, {m: ops.visits.2015, bare: true}, {m: ops.visits.2016, bare: true}]
      - text: {zh: "业务的恢复有目共睹，全年访客人次同比增长22.9%。", en: "The recovery is plain to see: visits grew 22.9% year on year."}
      - text: {zh: "业务的恢复有目共睹，全年访客人次同比增长19.8%。", en: "The recovery is plain to see: visits grew 19.8% year on year."}  # expect: N223
""",
    # "启动时仅有420家，2016年增至1,386家，增长3.3倍": a multiple right after a clause that rose to a figure (增至) is the
    # rise from the sentence's one earlier figure in that unit; 增长3.3倍 literally means ×4.3, a warning when only the
    # ratio (×3.3) holds, an error when neither does (checks/changes.py _risen_from).
    "n205-a-multiple-after-a-rise-to": GIVING + """\
    blocks:
      - text: {zh: "计划启动时仅有420家中小企供应商，2016年增至1,386家，增长3.3倍。", en: "The programme started with 420 SME suppliers; by 2016 it had 1,386, a 3.3-fold increase."}  # expect: N205
      - text: {zh: "计划启动时仅有420家中小企供应商，2016年增至1,386家，增长2.3倍。", en: "The programme started with 420 SME suppliers; by 2016 it had 1,386, up 2.3 times."}
      - text: {zh: "计划启动时仅有420家中小企供应商，2016年增至1,386家，增长5倍。", en: "The programme started with 420 SME suppliers; by 2016 it had 1,386, up 5 times."}  # expect: N205
""",
    # An amount restated in another currency is converted only at the exchange rate the report states (1港元兑1.03澳门元,
    # HK$1 = MOP 1.03), within the rounding of both amounts and of the rate; with no stated rate (元 and 美元) nothing is
    # said, as the registry never converts money (checks/conversions.py stated_rates).
    "n224-money-at-the-stated-exchange-rate": GIVING + """\
    blocks:
      - text: {zh: "本报告金额以澳门元列示，换算汇率为1港元兑1.03澳门元。", en: "Amounts are in patacas, converted at HK$1 = MOP 1.03."}
      - text: {zh: "2016年捐款7,640万澳门元（约合7,417万港元）。", en: "In 2016 we donated MOP 76.4 million (about HK$74.17 million)."}
      - text: {zh: "2016年捐款7,640万澳门元（约合7,870万港元）。", en: "In 2016 we donated MOP 76.4 million (about HK$78.7 million)."}  # expect: N224
      - text: {zh: "2016年采购1.2亿元（约合1,650万美元）。", en: "In 2016 we bought RMB 120 million (about US$16.5 million)."}
""",
    # A declared figure (a metric's value; a table cell typed as a figure too: tests/unit/test_declared_figures.py) is the
    # figure itself: its zeros are digits.
    # Running text reads 1,000人 as perhaps rounded to the thousand; a metric of 1,000人 is 1,000, so 1,200人 in the text
    # disagrees with it (N201), while 约1,000人, 1,000余人 and 近1,000人, whose qualifiers hold it, agree. A text figure more
    # exact than a round declaration that rounds to it at two significant digits (5,012万元 for a metric of 5,000万元) may
    # be the declaration's source: a warning (N202), not an error.
    "n201-a-declared-figure-is-exact": GIVING + metric("day.staff.2016", "2016年末员工总数", "1,000", "人", "2016", [])
        + metric("day.budget.2016", "2016年公益项目预算", "5,000万", "元", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 2016年末员工总数, en: Employees at the end of 2016}, {m: day.staff.2016}]
            - [{zh: 2016年公益项目预算, en: Charity budget 2016}, {m: day.budget.2016}]
      - text: {zh: "2016年末，公司员工总数为1,200人。", en: "At the end of 2016 the company had 1,200 employees."}  # expect: N201
      - text: {zh: "2016年末，公司员工总数约1,000人。", en: "At the end of 2016 the company had about 1,000 employees."}
      - text: {zh: "2016年末，公司员工总数1,000余人。", en: "At the end of 2016 the company had over 1,000 employees."}
      - text: {zh: "2016年末，公司员工总数近1,000人。", en: "At the end of 2016 the company had nearly 1,000 employees."}
      - text: {zh: "2016年，公益项目预算为5,012万元。", en: "In 2016 the charity budget was RMB 50.12 million."}  # expect: N202
""",
    # A quantity avoided, reduced or saved (减少…排放, 减排, 节省用水, 避免…排放) is another fact than the quantity itself: a
    # report states its emissions and what it avoided, and the same digits at another scale are no slip between them
    # (claims/extract.py AVOIDED_BEFORE). Two statements of what was avoided are still one fact (the last line: N212);
    # 减少至 gives the emissions' own new value.
    "n212-avoided-is-another-fact": metric("env.ghg.2016", "2016年温室气体排放总量", "12,600", "吨二氧化碳当量", "2016", [])
        + metric("env.water.2016", "2016年用水量", "35万", "立方米", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 2016年温室气体排放总量（吨二氧化碳当量）, en: GHG emissions 2016 (tCO2e)}, {m: env.ghg.2016}]
            - [{zh: 2016年用水量（立方米）, en: Water used 2016 (m³)}, {m: env.water.2016}]
      - text: {zh: "2016年，公司温室气体排放总量为12,600吨二氧化碳当量。", en: "In 2016 our greenhouse gas emissions were 12,600 tonnes of CO2e."}
      - text: {zh: "2016年，公司通过光伏发电减少二氧化碳排放1,260吨。", en: "In 2016 solar power avoided 1,260 tonnes of CO2 emissions."}
      - text: {zh: "2016年，公司实现温室气体减排1,260吨二氧化碳当量。", en: "In 2016 we reduced greenhouse gas emissions by 1,260 tonnes of CO2e."}
      - text: {zh: "2016年，公司节省用水3.5万立方米。", en: "In 2016 we saved 35,000 cubic metres of water."}
      - text: {zh: "2016年，公司用水量为35万立方米。", en: "In 2016 we used 350,000 cubic metres of water."}
      - text: {zh: "2016年，公司温室气体排放总量减少至12,600吨二氧化碳当量。", en: "In 2016 our greenhouse gas emissions fell to 12,600 tonnes of CO2e."}
      - text: {zh: "2016年，公司避免温室气体排放1.26万吨二氧化碳当量。", en: "In 2016 we avoided 12,600 tonnes of CO2e."}  # expect: N212
""",
    # ---- precision cases from the haotian-resorts corpus: add above this line ----
    # A total printed with a scale word (1.94万) is rounded to its last printed digit (100 here): 1,768 + 17,652 =
    # 19,420 is 1.94万 (checks/tables.py _rounded, read by N220 and N207); 1.96万 is 180 off
    "n220-a-total-rounded-by-its-scale-word": GIVING + """\
    blocks:
      - text: {zh: "2016年，范围一排放1,768公吨，范围二排放17,652公吨，合计1.94万公吨。", en: "Scope 1 1,768 t, scope 2 17,652 t, 19,400 t in all."}
      - text: {zh: "2016年，范围一排放1,768公吨，范围二排放17,652公吨，合计1.96万公吨。", en: "Scope 1 1,768 t, scope 2 17,652 t, 19,600 t in all."}  # expect: N220
""",
    # Digits that look transposed (4,153 and 4,135) make two figures one fact only when the subjects agree on what is
    # counted: new students and graduates of the same colleges share whose (职业院校), not what (claims/group.py
    # count_other_things); graduates stated with the digits in another order are still a slip
    "n201-a-shared-owner-counts-other-things": metric("outcomes.graduates.2016", "职业院校毕业生人数（名）", "4,135", "名", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 职业院校毕业生人数（名）, en: Vocational graduates}, {m: outcomes.graduates.2016}]
      - text: {zh: "2016年，两所职业院校共招收新生4,153名。", en: "In 2016 our two vocational colleges admitted 4,153 new students."}
      - text: {zh: "2016年，两所职业院校共有4,315名毕业生。", en: "In 2016 our two vocational colleges had 4,315 graduates."}  # expect: N201
""",
    # "由2015年的每名员工0.52公吨…降至0.46公吨": the noun phrase the old value is of (每名员工) may stand between 的 and
    # the figure; 0.52 is 2015's, 0.46 the year's (claims/extract.py OLD_OF_YEAR). 公吨 is a unit, not the tonne of a
    # product an intensity is counted per (PER_TONNE_OF): 0.46公吨 is compared with 0.48公吨
    "n212-old-value-of-a-year-and-its-noun": GIVING + """\
    blocks:
      - text: {zh: "2016年，排放强度由2015年的每名员工0.52公吨二氧化碳当量降至0.46公吨。", en: "In 2016 emission intensity fell from 0.52 t CO2e per employee in 2015 to 0.46 t."}
      - text: {zh: "2016年，排放强度为每名员工0.46公吨二氧化碳当量。", en: "In 2016 emission intensity was 0.46 t CO2e per employee."}
      - text: {zh: "2016年，排放强度为每名员工0.48公吨。", en: "In 2016 emission intensity was 0.48 t per employee."}  # expect: N212
""",
    # A change said of a school or financial year that starts in the report year ("2016/17学年…按年增长9.2%") is the
    # year's own change, not a target's (checks/changes.py prose_growth): recomputed from the series its clause names
    "n214-a-school-year-starting-in-the-report-year": metric("students.2015", "在读学生人数（名）", "39,272", "名", "2015", [])
        + metric("students.2016", "在读学生人数（名）", "42,384", "名", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 在读学生人数（名）, en: Students on roll}, {m: students.2015}, {m: students.2016}]
      - text: {zh: "2016/17学年，在读学生人数按年增长9.2%。", en: "In the 2016/17 school year students on roll rose by 9.2%."}  # expect: N214
      - text: {zh: "2016/17学年，在读学生人数按年增长7.9%。", en: "In the 2016/17 school year students on roll rose by 7.9%."}
""",
    # "由2014年的1,350人次提高2倍至2016年的2,700人次": the multiple stands between the old value and 至, the new value
    # follows it (claims/extract.py TO_AFTER, checks/changes.py _reached_after): ×2 said as 提高2倍 is the ratio-only
    # warning, 提高1倍 is right, 提高3倍 an error
    "n205-a-multiple-between-from-and-to": GIVING + """\
    blocks:
      - text: {zh: "学生考取证书由2014年的1,350人次提高2倍至2016年的2,700人次。", en: "Certificates rose from 1,350 in 2014, an increase of 2 times, to 2,700 in 2016."}  # expect: N205
      - text: {zh: "学生考取证书由2014年的1,350人次提高1倍至2016年的2,700人次。", en: "Certificates rose from 1,350 in 2014, an increase of 1 time, to 2,700 in 2016."}
      - text: {zh: "学生考取证书由2014年的1,350人次提高3倍至2016年的2,700人次。", en: "Certificates rose from 1,350 in 2014, an increase of 3 times, to 2,700 in 2016."}  # expect: N205
""",
    # A figure of the report year that is, digit for digit, the year before's value of the series its subject names,
    # while the year's value differs: last year's sentence carried over (checks/last_year.py)
    "n201-last-years-value-carried-over": metric("aid.recipients.2015", "受惠学生人数（名）", "5,326", "名", "2015", [])
        + metric("aid.recipients.2016", "受惠学生人数（名）", "5,912", "名", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 受惠学生人数（名）, en: Students receiving support}, {m: aid.recipients.2015}, {m: aid.recipients.2016}]
      - case:
          title: {zh: 【案例】明日之星奖学金, en: "Case: Rising Stars Scholarship"}
          blocks:
            - text: {zh: "2016年，全集团共有5,326名学生获得各类奖助学金。", en: "In 2016 5,326 students received scholarships or bursaries."}  # expect: N201
""",
    # The same number printed with two units of one dimension a power of ten apart, counting one noun (发电): the number
    # copied and the unit changed (48.6万千瓦时 = 486兆瓦时), though the clauses share little (checks/claims.py _unit_swapped)
    "n212-a-number-copied-with-another-unit": GIVING + """\
    blocks:
      - text: {zh: "我们在6所校园的天台安装太阳能光伏系统，2016年合共发电48.6万千瓦时。", en: "We installed solar panels on 6 campuses, which generated 486,000 kWh in 2016."}
      - text: {zh: "集团各校园光伏系统2016年共发电48.6兆瓦时。", en: "The campus solar systems generated 48.6 MWh in 2016."}  # expect: N212
""",
    # The same, where the two clauses share nothing but the counted noun (发电): a caption naming the plant and where it
    # stands (typed as a line of text here), the text naming the project; the pair is still weighed (claims/group.py pairs, unit_swapped). One number in
    # two units counting other nouns (储能 capacity, 发电) is two facts
    "n212-a-number-copied-with-another-unit-in-a-caption": GIVING + """\
    blocks:
      - text: {zh: "2016年，北方基地屋顶分布式光伏项目建成投运，项目预计年发电量约4,600万千瓦时。", en: "In 2016 the rooftop solar project at the northern base went into operation; it is expected to generate about 46 million kWh a year."}
      - text: {zh: "2016年，公司光伏发电量4,150万千瓦时，风力发电量1.26亿千瓦时。", en: "In 2016 we generated 41.5 million kWh of solar power and 126 million kWh of wind power."}
      - text: {zh: "北方基地一号厂房屋顶分布式光伏电站（设计年发电量约4,600兆瓦时）", en: "Rooftop solar plant at the northern base (designed to generate about 4,600 MWh a year)"}  # expect: N212
      - text: {zh: "2016年，园区储能电站配套储能容量4,600兆瓦时。", en: "In 2016 the park's storage station added 4,600 MWh of storage capacity."}
""",
    # A count of the company's whole stock of a noun (全部, 所有, 全体, 控股及参股; 旗下 where the company acts at them; a
    # table's row of the noun and 数目) is one fact per date, however little else the clauses share (claims/wholes.py).
    # Not a whole: a part named before the word of the whole (香港全部128间分店) or joined to it by 的 (新建成的全部17个码头),
    # 旗下 with the count the subject of what some of them did (集团旗下15个码头获评…)
    "n212-a-count-of-the-whole": GIVING + """\
    blocks:
      - text: {zh: "本集团控股及参股码头18个，分布于沿海5个港口。", en: "The Group holds controlling or minority stakes in 18 terminals at 5 coastal ports."}
      - text: {zh: "2016年，我们在集团旗下21个码头推进设备电动化。", en: "In 2016 we electrified equipment at the Group's 21 terminals."}  # expect: N212
      - text: {zh: "2016年，集团旗下15个码头获评绿色港口。", en: "In 2016, 15 of the Group's terminals were rated green ports."}
      - text: {zh: "2016年，华南全部16个码头完成岸电改造。", en: "In 2016 all 16 terminals in southern China were fitted with shore power."}
      - text: {zh: "2016年，新建成的全部17个码头均配备岸电。", en: "In 2016 all 17 newly built terminals had shore power."}
""",
    "n201-a-count-of-the-whole-and-its-row": GIVING + metric("ops.stores.2016", "分店数目", "186", "间", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 分店数目（间）, en: Stores}, {m: ops.stores.2016}]
      - text: {zh: "2016年，食品安全抽检涵盖全部188间分店及两间生产设施。", en: "In 2016 food safety sampling covered all 188 stores and two production facilities."}  # expect: N201
      - text: {zh: "2016年，香港全部128间分店完成节能灯具更换。", en: "In 2016 all 128 stores in Hong Kong switched to energy-saving lighting."}
""",
    # A pipe network named by what it carries (输气管网) and spelt out (管道网络) is one 管网 (claims/thesaurus.py, subject.py
    # NETWORK_APART): its length with two digits transposed is one figure mistyped. Not reported: the length of pipe
    # renewed in the year (更换管道86公里), another figure of the network
    "n212-a-pipe-network-two-ways": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司供应的煤气经由总长3,682公里的管道网络输送至全市。", en: "In 2016 we supplied gas through a 3,682-kilometre pipeline network."}
      - text: {zh: "2016年，我们持续更新覆盖全市的3,628公里输气管网，全年更换老化管道86公里。", en: "In 2016 we kept renewing our 3,628-kilometre gas network, replacing 86 kilometres of ageing pipe."}  # expect: N212
""",
    # The company's founding, however worded: "示例于2012年创立" (the verb after the year) and a clause of time with no
    # subject of its own ("自2010年创立以来，示例一直…") whose sentence goes on with the company (claims/events.py
    # _founding). Not reported: the start of a programme the sentence names (自2014年推出以来，长者关怀计划…)
    "n216-the-founding-since-and-after-the-year": GIVING + """\
    blocks:
      - text: {zh: "示例于2012年创立，总部设于香港。", en: "Example was founded in 2012 and is headquartered in Hong Kong."}
      - text: {zh: "自2010年创立以来，示例一直为客户提供安全可靠的服务。", en: "Since its founding in 2010, Example has served its customers safely and reliably."}  # expect: N216
      - text: {zh: "自2014年推出以来，长者关怀计划已服务逾千名长者。", en: "Since its launch in 2014 the elderly care programme has served over a thousand elderly people."}
""",
    # A clause of 人均 alone after a total in the same unit is that total per head (全年培训总时数…，人均36.2小时): it meets
    # the index's 每名雇员平均受训 (claims/extract.py _per_head_of). Not reported: 人均 after a total of another unit
    # (捐款金额…，人均参与2.1小时 is no average of the money)
    "n212-per-head-of-the-clause-before": GIVING + """\
    blocks:
      - text: {zh: "2016年，全年培训总时数为98,470小时，人均36.2小时。", en: "In 2016 training came to 98,470 hours, or 36.2 hours per employee."}
      - text: {zh: "2016年，义工服务捐款金额为12万元，人均30.5小时。", en: "In 2016 volunteers raised 120,000 yuan and served 30.5 hours each."}
      - text: {zh: "2016年，每名雇员平均受训34.6小时。", en: "In 2016 each employee received 34.6 hours of training on average."}  # expect: N212
""",
    # An indicator printed as a bare number whose clause names nothing but its rate (a quote's "事故率") states the rate
    # the report names that way, however qualified there (每亿车公里事故率): close values disagree (claims/group.py
    # _rate_alone). Not reported: the rate alone agreeing with the one it names (0.35 of 百万工时损工事故率)
    "n212-a-rate-named-alone": GIVING + """\
    blocks:
      - text: {zh: "2016年，全年路网每亿车公里事故率为0.102，员工百万工时损工事故率0.35。", en: "In 2016 the accident rate on the network was 0.102 per 100 million vehicle-km; the lost-time injury rate of staff was 0.35 per million hours."}
      - quote: {text: {zh: "今年我们把事故率降到了0.112。", en: "This year we brought the accident rate down to 0.112."}, by: {zh: 运营总监, en: COO}}  # expect: N212
      - quote: {text: {zh: "今年员工的损工事故率是0.35。", en: "This year the lost-time injury rate of staff was 0.35."}, by: {zh: 安全总监, en: Head of safety}}
""",
    # A bound that just misses a figure counting the same head noun (义工) under other modifiers (师生 / 注册): a group
    # and a subgroup may be meant, so a warning (checks/claims.py approximation_misses, counted_noun)
    "n203-a-bound-of-the-same-counted-noun": GIVING + """\
    blocks:
      - text: {zh: "截至2016年底，注册义工2,936名。", en: "By the end of 2016 we had 2,936 registered volunteers."}
      - text: {zh: "2016年，义工服务时数41,580小时，义工探访长者1,260人次。", en: "In 2016 volunteers served 41,580 hours and visited elderly people 1,260 times."}
      - quote:
          text: {zh: "「我们有近2,900名师生义工。」", en: "\\"We have nearly 2,900 student and staff volunteers.\\""}  # expect: N203
          by: {zh: 义工队总干事, en: "Director, Volunteer Team"}
""",
    # ---- cases from the dakin-education corpus: add above this line ----
    # The number of a standard (ISO 50001, GB/T 24001-2016, OHSAS 18001) is part of its name, never a figure
    # (numbers.py _DESIGNATION): two certifications are no statements of one fact with different values.
    "n212-a-standard-number-is-a-name": GIVING + """\
    blocks:
      - text: {zh: "四大生产基地均已通过ISO 50001能源管理体系认证，2016年实施节能技改项目64个。", en: "All four bases are certified to ISO 50001; in 2016 we carried out 64 retrofit projects."}
      - text: {zh: "四大生产基地均通过ISO 45001职业健康安全管理体系认证。", en: "All four bases are certified to ISO 45001."}
      - text: {zh: "公司通过GB/T 24001-2016环境管理体系认证。", en: "The Company is certified to GB/T 24001-2016."}
      - text: {zh: "2016年，四大生产基地实施节能技改项目68个。", en: "In 2016 the four bases carried out 68 retrofit projects."}  # expect: N212
""",
    # 人均 and a verb that names nothing (人均服务) is as bare as 人均 alone: the figure of its unit in the clause before,
    # over the sentence's one headcount (checks/averages.py _verb_only)
    "n221-per-head-with-a-verb-only": GIVING + """\
    blocks:
      - text: {zh: "截至2016年末，公司注册志愿者4,286名，全年志愿服务时长3.82万小时，人均服务9.8小时。", en: "At the end of 2016 we had 4,286 volunteers, who gave 38,200 hours of service (9.8 hours for every volunteer)."}  # expect: N221
      - text: {zh: "2016年，公司参与义教的员工520名，全年授课时长6,240小时，人均授课12小时。", en: "In 2016, 520 employees taught 6,240 hours (12 hours for every teacher)."}
""",
    # Emissions avoided, written verb first in prose (减排二氧化碳) and as 减少二氧化碳排放 in the table: one subject
    # (claims/thesaurus.py), so the span's sum meets its years (checks/sums.py)
    "n222-emissions-avoided-written-verb-first": GIVING + metric("env.avoided.2015", "减少二氧化碳排放", "1,858", "万吨", "2015", [])
        + metric("env.avoided.2016", "减少二氧化碳排放", "2,189", "万吨", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 减少二氧化碳排放（万吨）, en: CO2 emissions avoided}, {m: env.avoided.2015}, {m: env.avoided.2016}]
      - text: {zh: "2015-2016年累计减排二氧化碳4,147万吨。", en: "In 2015-2016 we avoided 41.47 million tonnes of CO2."}  # expect: N222
""",
    # A sentence of several intensities per one base (吨钢二氧化硫…，吨钢颗粒物…): each divides the total that names the
    # most of its words (颗粒物排放), not every total the sentence names (checks/averages.py _totals)
    "n221-intensity-of-one-of-a-sentences-totals": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司粗钢产量1,000万吨，二氧化硫排放3,000吨，颗粒物排放5,000吨。", en: "In 2016 we made 10 million tonnes of crude steel and emitted 3,000 tonnes of sulphur dioxide and 5,000 tonnes of particulates."}
      - text: {zh: "按粗钢产量计算，2016年吨钢二氧化硫排放0.30千克，吨钢颗粒物排放0.58千克。", en: "Per tonne of crude steel, 2016 emissions were 0.30 kg of sulphur dioxide and 0.58 kg of particulates."}  # expect: N221
""",
    # A parenthesis that names one attribute of the noun before it (装机容量) states it of that noun; one that states
    # a part of it (含…) does not (claims/extract.py _glossed)
    "n212-a-caption-glossing-its-noun": GIVING + """\
    blocks:
      - text: {zh: "2016年，滁州基地建成58兆瓦屋顶光伏电站。", en: "In 2016 the Chuzhou base built a 58 MW rooftop PV plant."}
      - figure:
          kind: photo
          caption: {zh: 滁州基地屋顶光伏电站（装机容量68兆瓦）, en: "The Chuzhou rooftop PV plant (68 MW)"}  # expect: N212
      - text: {zh: "2016年，公司员工总数31,468人（含劳务派遣3,146人）。", en: "In 2016 we had 31,468 employees, 3,146 of them agency workers."}
""",
    # One digit left out (38 for 386) with subjects alike: a slip, not another fact (claims/relate.py _dropped_digit)
    "n212-a-dropped-digit": GIVING + """\
    blocks:
      - text: {zh: "2016年，现场审核供应商386家。", en: "In 2016 we audited 386 suppliers on site."}
      - text: {zh: "2016年，我们对38家供应商开展了现场ESG审核。", en: "In 2016 we audited 38 suppliers on site."}  # expect: N212
      - text: {zh: "2016年，公司新增合格供应商36家。", en: "In 2016 we added 36 qualified suppliers."}
""",
    # "近四成的电力来自绿电": the share of a whole that comes from a part is named by both (claims/extract.py _share_from)
    "n212-a-share-that-comes-from": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司绿色电力占比达到45.8%。", en: "In 2016 green power was 45.8% of our electricity."}
      - text: {zh: "“如今近四成的电力已经来自绿电。”", en: "\\"Today nearly 40% of our power is green.\\""}  # expect: N212
""",
    # A company's short name and 人 (示例人) are its employees (claims/subject.py _own_people)
    "n212-the-companys-own-people": GIVING + """\
    blocks:
      - text: {zh: "截至2016年末，公司员工总数31,468人。", en: "At the end of 2016 we had 31,468 employees."}
      - text: {zh: "“三万一千四百八十六名示例人，有着同一个目标。”", en: "\\"31,486 of us share one goal.\\""}  # expect: N212
""",
    # Scope 1 and scope 2 are two facts, and a tonne of CO2e is a greenhouse gas whether or not 温室气体 is written
    # (claims/group.py _siblings, claims/extract.py _greenhouse_gas)
    "n212-scopes-and-the-gas-their-unit-names": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司范围一排放56,300吨二氧化碳当量，主要来自天然气燃烧。", en: "In 2016 Scope 1 emissions were 56,300 tCO2e."}
      - text: {zh: "2016年，范围一温室气体排放5.68万吨二氧化碳当量。", en: "In 2016 Scope 1 emissions were 56,800 tCO2e."}  # expect: N212
      - text: {zh: "2016年，范围二温室气体排放58,100吨二氧化碳当量。", en: "In 2016 Scope 2 emissions were 58,100 tCO2e."}
      - text: {zh: "2016年，范围三温室气体排放2,218.7万吨二氧化碳当量。", en: "In 2016 Scope 3 emissions were 22,187,000 tCO2e."}
""",
    # "X装机96兆瓦，全年发电10,560万千瓦时": a clause of one verb after a clause ending with its figure goes on about that
    # clause's thing (claims/extract.py _topic)
    "n212-a-dropped-subject": GIVING + """\
    blocks:
      - text: {zh: "2016年，盐城基地屋顶光伏装机96兆瓦，全年发电10,560万千瓦时。", en: "In 2016 the Yancheng base had 96 MW of rooftop PV, which generated 105.6 million kWh."}
      - text: {zh: "2016年，盐城基地屋顶光伏年发电量10,560兆瓦时全部就地消纳。", en: "In 2016 all of the 10,560 MWh was used on site."}  # expect: N212
""",
    # "在3个县开展有机茶订单种植，面积12.4万亩": a figure inside the clause before, which goes on after it, says only where;
    # the quantity after the comma is of what that clause goes on about (claims/extract.py _topic)
    "n212-a-figure-inside-the-clause-before": GIVING + """\
    blocks:
      - text: {zh: "2016年，我们与合作社订单种植有机茶14.2万亩。", en: "In 2016 we grew 142,000 mu of organic tea under contract with cooperatives."}
      - text: {zh: "2016年，我们在3个县与合作社开展有机茶订单种植，面积12.4万亩，带动茶农增收。", en: "In 2016 we grew organic tea under contract in three counties, on 124,000 mu."}  # expect: N212
""",
    # 个百分点 after a share in its sentence are that share's change against its series (checks/changes.py _followed_figure)
    "n214-points-after-a-share": metric("women.2015", "女性管理人员占比", "26.3", '"%"', "2015", [])
        + metric("women.2016", "女性管理人员占比", "28.5", '"%"', "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: "女性管理人员占比（%）", en: Women managers}, {m: women.2015, bare: true}, {m: women.2016, bare: true}]
      - text: {zh: "2016年，我们持续为女性员工拓宽晋升通道，女性管理人员占比28.5%，较上年提升2.8个百分点。", en: "In 2016 we widened promotion paths for women: they hold 28.5% of management posts, up 2.8 points."}  # expect: N214
      - text: {zh: "2016年，女性管理人员占比28.5%，较上年提升2.2个百分点。", en: "In 2016 women held 28.5% of management posts, up 2.2 points."}
""",
    # "与2015年相比，X提高3.7倍": the year a clause of its own opens the sentence with is the one compared with; a row
    # 其中：X is X's fact (checks/changes.py _opening_base, claims/group.py _named_part)
    "n205-the-year-compared-opens-the-sentence": metric("power.total.2015", "总用电量", "186,200", "万千瓦时", "2015", [])
        + metric("power.total.2016", "总用电量", "318,540", "万千瓦时", "2016", [])
        + metric("power.green.2015", "其中：绿色电力", "39,890", "万千瓦时", "2015", [])
        + metric("power.green.2016", "其中：绿色电力", "145,890", "万千瓦时", "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 指标, en: Indicator}, "2015", "2016"]
          rows:
            - [{zh: 总用电量（万千瓦时）, en: Electricity}, {m: power.total.2015, bare: true}, {m: power.total.2016, bare: true}]
            - [{zh: 其中：绿色电力（万千瓦时）, en: Green power}, {m: power.green.2015, bare: true}, {m: power.green.2016, bare: true}]
      - text: {zh: "与2015年相比，公司绿色电力消费量提高3.7倍。", en: "Compared with 2015, green power use has risen 3.7 times."}  # expect: N205
      - text: {zh: "与2015年相比，公司绿色电力消费量提高2.7倍。", en: "Compared with 2015, green power use has risen 2.7 times."}
""",
    # ---- cases from the jingyao-solar corpus: add above this line ----
    # A column named as a rate (利用率, 覆盖率, use rate) gives each row's own rate, of its own whole: it is no breakdown
    # and never adds up to 100%; a column of shares (占比) still must (checks/tables.py _shares_column).
    "n208-a-column-of-rates-is-no-breakdown": GIVING + """\
    blocks:
      - table:
          header: [{zh: 类别, en: Category}, {zh: 产生量（万吨）, en: Generated}, {zh: 利用率（%）, en: Use rate (%)}]
          rows:
            - [{zh: 高炉渣, en: Slag}, "362.8", "100.0%"]
            - [{zh: 钢渣, en: Steel slag}, "148.6", "98.7%"]
            - [{zh: 其他, en: Other}, "23.5", "93.0%"]
      - table:
          header: [{zh: 类别, en: Category}, {zh: 产生量（万吨）, en: Generated}, {zh: 占比（%）, en: Share (%)}]  # expect: N208
          rows:
            - [{zh: 高炉渣, en: Slag}, "362.8", "68.0%"]
            - [{zh: 钢渣, en: Steel slag}, "148.6", "27.9%"]
            - [{zh: 其他, en: Other}, "23.5", "5.4%"]
""",
    # Groups of a whole the table states (女性董事 and 独立非执行董事 under 董事总数), each share its count over that whole,
    # overlap or leave some out: their shares need not add up to 100%. A share that is not its count's still is N208
    # (checks/tables.py _groups_of_a_stated_whole).
    "n208-groups-of-a-stated-whole": GIVING + """\
    blocks:
      - table:
          header: [{zh: 项目, en: Item}, {zh: 人数, en: Number}, {zh: 占比, en: Share}]
          rows:
            - [{zh: 董事总数, en: Directors}, "12", "—"]
            - [{zh: 女性董事, en: Women directors}, "4", "33.3%"]
            - [{zh: 独立非执行董事, en: Independent non-executive directors}, "5", "41.7%"]
      - table:
          header: [{zh: 项目, en: Item}, {zh: 人数, en: Number}, {zh: 占比, en: Share}]  # expect: N208
          rows:
            - [{zh: 董事总数, en: Directors}, "12", "—"]
            - [{zh: 女性董事, en: Women directors}, "4", "38.3%"]
            - [{zh: 独立非执行董事, en: Independent non-executive directors}, "5", "41.7%"]
""",
    # An age band (35岁及以下, 以上) names a subset of the people, as a gender or a region does: "员工中35岁及以下员工7,126人"
    # is not the workforce (numbers.py reads 及以下 as a bound; the band narrows the subject, extract.py).
    "n201-an-age-band-is-a-subset": GIVING + metric("staff.total.2016", "2016年末员工总数（人）", "18,351", "人", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 员工总数（人）, en: Employees}, {m: staff.total.2016}]
      - text: {zh: "截至2016年底，集团员工中35岁及以下员工7,126人，占比38.8%。", en: "7,126 of the Group's employees (38.8%) are 35 or under."}
      - text: {zh: "截至2016年底，集团员工中50岁及以上员工3,215人。", en: "3,215 of the Group's employees are 50 or over."}
      - text: {zh: "截至2016年底，集团员工总数18,315人。", en: "At the end of 2016 the Group had 18,315 employees."}  # expect: N201
""",
    # 100% in English words: all, every, everyone, fully; 0% as none, no one (checks/editions.py WHOLE, NONE).
    "n209-a-whole-in-words": GIVING + """\
    blocks:
      - text: {zh: "2016年组织职业健康检查9,872人次，应检人员检查率100%。", en: "In 2016 we arranged 9,872 person-times of health checks, covering everyone who needed one."}
      - text: {zh: "2016年新入职员工培训覆盖率100%。", en: "In 2016 every new employee was trained."}
      - text: {zh: "2016年组织职业健康检查9,872人次，检查率98%。", en: "In 2016 we arranged 9,872 person-times of health checks, covering everyone who needed one."}  # expect: N209
""",
    # A share (占, 占比) and a rate (利用率) of one named thing are two facts: the share is of a larger whole, the rate of
    # the thing itself (claims/group.py share_and_rate).
    "n201-a-share-is-not-a-rate": GIVING + metric("waste.dust-rate.2016", "含铁尘泥，利用率（%）", "100.0", '"%"', "2016", []) + """\
    blocks:
      - table:
          header: [{zh: 类别, en: Category}, {zh: 利用率（%）, en: Use rate (%)}]
          rows:
            - [{zh: 含铁尘泥, en: Dust and sludge}, {m: waste.dust-rate.2016}]
      - text: {zh: "2016年产生固体废物576.2万吨，其中高炉渣、钢渣和含铁尘泥约占96%。", en: "In 2016 we generated 5.762 million tonnes of solid waste, about 96% of it slag and dust."}
      - text: {zh: "2016年，含铁尘泥利用率为98.2%。", en: "In 2016 the use rate of dust and sludge was 98.2%."}  # expect: N201
""",
    # 各类, 各种, 各项 (of every kind) say all of what is counted and name no kind of it (claims/subject.py STOP); a
    # material 消纳 (taken up) by a process is 消耗 (used) (claims/thesaurus.py); 及其他 is 及 / 其他 (the others), not 及其
    # (and its) / 他 (claims/subject.py OTHERS_JOIN).
    "n201-every-kind-taken-up-and-the-others": GIVING
        + metric("staff.training.2016", "培训人次（人次）", "126,480", "人次", "2016", [])
        + metric("steel.scrap.2016", "废钢消耗量（万吨）", "213.7", "万吨", "2016", [])
        + metric("waste.other.2016", "脱硫石膏及其他，产生量（万吨）", "23.5", "万吨", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 培训人次（人次）, en: Training}, {m: staff.training.2016}]
            - [{zh: 废钢消耗量（万吨）, en: Scrap used}, {m: steel.scrap.2016}]
            - [{zh: 脱硫石膏及其他（万吨）, en: Gypsum and other}, {m: waste.other.2016}]
      - text: {zh: "2016年，公司全年开展各类培训12.8万人次。", en: "In 2016 the Company provided 128,000 person-times of training."}  # expect: N201
      - text: {zh: "2016年，公司全年消纳废钢逾220万吨。", en: "In 2016 the Company took in more than 2.2 million tonnes of scrap."}  # expect: N201
      - text: {zh: "2016年，脱硫石膏、废耐火材料等其他固废全年产生2,350吨。", en: "In 2016 other solid waste amounted to 2,350 tonnes."}  # expect: N201
      - text: {zh: "2016年，公司全年开展各类培训12.6万人次，消纳废钢逾210万吨。", en: "In 2016 we provided 126,000 person-times of training and took in more than 2.1 million tonnes of scrap."}
""",
    # A plant starts production (投产), is connected to the grid (并网), a company is listed (上市) once: two sentences
    # naming one thing doing it in two years date one event twice; a recurring event's days of other years, or two
    # phases of a project (一期, 二期), are other events (checks/dates.py _happens_once).
    "n215-an-event-that-happens-once": GIVING + """\
    blocks:
      - text: {zh: "2015年11月，黄骅基地氢基竖炉示范项目投产。", en: "November 2015: the Huanghua hydrogen shaft furnace demonstration project started production."}
      - text: {zh: "2016年11月，黄骅基地氢基竖炉示范项目投产，年产直接还原铁50万吨。", en: "In November 2016 the Huanghua hydrogen shaft furnace demonstration project started production, with 500,000 tonnes of DRI a year."}  # expect: N215
      - text: {zh: "2015年9月，公司举办第五届供应商大会。", en: "In September 2015 we held the fifth supplier conference."}
      - text: {zh: "2016年10月，公司举办第六届供应商大会。", en: "In October 2016 we held the sixth supplier conference."}
      - text: {zh: "2015年6月，曹妃甸基地光伏一期项目并网。", en: "In June 2015 phase I of the Caofeidian PV project was connected to the grid."}
      - text: {zh: "2016年6月，曹妃甸基地光伏二期项目并网。", en: "In June 2016 phase II of the Caofeidian PV project was connected to the grid."}
""",
    # A rate whose clause names nothing but the rate is of what the clause before names ("集体合同覆盖全体员工，覆盖率
    # 100%"): GRI 2-30 (集体谈判协议, folded to 集体合同) marked not disclosed is stated (checks/esg_index.py
    # _rate_of_the_clause_before). A rate after a clause that states its own figure is not read so.
    "k405-a-rate-of-the-clause-before": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司依法建立工会，集体合同覆盖全体员工，覆盖率100%。", en: "In 2016 collective agreements covered all employees."}
      - text: {zh: "2016年，公司开展安全检查1,240次，整改率100%。", en: "In 2016 we ran 1,240 safety inspections and fixed every finding."}
      - esg_index:
          framework: gri-2021
          items:
""" + "".join(
        "          - {id: 2-30, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n"
        if item.id == "2-30" else f"          - {{id: {item.id}, status: answered, refs: [day]}}\n"
        for item in __import__("csrpress.frameworks", fromlist=["load_framework"]).load_framework("gri-2021").disclosures()),
    # A clause opening with 并 (and then) goes on with the acts of the clause before it: "4月18日，…完成改造和评估监测，
    # 并在协会网站公示" dates the publication too, which another place dates 4月28日 (claims/events.py ALSO); 并购
    # (acquire) and 并网 (connect to the grid) are verbs of their own, and two days of two titles stay two events.
    "n215-a-clause-going-on-with-and": GIVING + """\
    blocks:
      - text: {zh: "2016年4月18日，曹妃甸基地完成改造，并在中国钢铁工业协会网站公示超低排放评估监测结果。", en: "On 18 April 2016 the Caofeidian base completed its retrofit, and its ultra-low emission assessment was published on the CISA website."}
      - text: {zh: "2016年4月28日，中国钢铁工业协会网站公示了曹妃甸基地全流程超低排放评估监测结果。", en: "On 28 April 2016 the CISA website published the Caofeidian base's ultra-low emission assessment."}  # expect: N215
      - text: {zh: "2016年9月1日，公司启动安全生产月活动，并发布《安全生产手册》。", en: "On 1 September 2016 we launched safety month and published the Safety Handbook."}
      - text: {zh: "2016年9月12日，公司发布《环境信息公开报告》。", en: "On 12 September 2016 we published the Environmental Disclosure Report."}
""",
    # ---- cases from the baoyue-steel corpus: add above this line ----
    # Two parallel clauses of one sentence state two facts, each named by its own modifier (出厂水, 管网水): where the
    # sentence gives the metric's fact in words more like its label, the sibling figure is the other fact, not the
    # metric's value mistyped (checks/claims.py _stated_beside). Alone, a figure of the metric's words still disagrees.
    "n201-sibling-clause-of-one-sentence": GIVING + metric("water.compliance.2016", "2016年出厂水水质综合合格率", "99.98", "\"%\"", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，全年检测水样51.3万项次，出厂水水质综合合格率99.98%，管网水水质综合合格率99.91%。", en: "In 2016 we ran 513,000 tests; the overall compliance rate was 99.98% for treated water and 99.91% for water in the mains."}
      - text: {zh: "2016年，公司出厂水水质综合合格率99.89%。", en: "In 2016 the overall compliance rate of treated water was 99.89%."}  # expect: N201
      - table:
          rows:
            - [{zh: 2016年出厂水水质综合合格率（%）, en: Compliance of treated water 2016 (%)}, {m: water.compliance.2016}]
""",
    # "售水量" segments as 售 / 水量 where 供水量 stays whole: a one-character verb and the commodity before 量 is the
    # verb-object word (售水, 购电, 用气), so the amount of water sold meets "向客户售水…" (claims/subject.py SPLIT_OBJECT);
    # 17,350万吨 is 17.35亿吨 with 亿 converted to 万 by a thousand.
    "n201-verb-and-object-before-liang": GIVING + metric("water.sold.2016", "售水量", "17.35亿", "吨", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，我们向客户售水17,350万吨。", en: "In 2016 we sold 173.5 million tonnes of water to our customers."}  # expect: N201
      - table:
          rows:
            - [{zh: 售水量（亿吨）, en: Water sold}, {m: water.sold.2016}]
""",
    # A breakdown (按地区划分，…) whose list ends with the rest (其他) states every part of one whole: the parts add up to
    # the whole its subject is stated with elsewhere (checks/breakdowns.py). Not without 其他 (the main parts only),
    # nor when they add up.
    "n220-a-breakdown-ending-with-the-rest": GIVING + metric("water.supplied.2016", "供水量", "20.11亿", "吨", "2016", []) + metric("water.sold.2016", "售水量", "17.35亿", "吨", "2016", []) + """\
    blocks:
      - text: {zh: "2016年，按地区划分，鹭江市供水11.42亿吨、东岸市5.36亿吨、其他地区3.51亿吨。", en: "In 2016 we supplied 1.142 billion tonnes in Lujiang, 536 million tonnes in Dongan and 351 million tonnes elsewhere."}  # expect: N220
      - text: {zh: "2016年，按城市划分，东岸市供水12.11亿吨、其余城市8.00亿吨。", en: "In 2016 we supplied 1.211 billion tonnes in Dongan and 800 million tonnes in the other cities."}
      - text: {zh: "2016年，按城市划分，鹭江市供水11.42亿吨、东岸市5.36亿吨。", en: "In 2016 we supplied 1.142 billion tonnes in Lujiang and 536 million tonnes in Dongan."}
      - table:
          rows:
            - [{zh: 供水量（亿吨）, en: Water supplied}, {m: water.supplied.2016}]
            - [{zh: 售水量（亿吨）, en: Water sold}, {m: water.sold.2016}]
""",
    # A deadline (N年前) and the verb of reaching a target (实现) set a target: one target given two deadlines in two
    # places is dated twice (claims/events.py TARGET, checks/dates.py). The target is what follows the verb up to the
    # next deadline (…碳达峰、2050年前实现碳中和: two targets); a quantity (减少50%) is the figure checks' business, and
    # two scopes (运营碳中和, 价值链碳中和) are two targets.
    "n215-a-target-given-two-deadlines": GIVING + """\
    blocks:
      - text: {zh: "公司力争2028年前实现运营碳达峰、2050年前实现运营碳中和。", en: "We aim for operational emissions to peak before 2028 and operational carbon neutrality before 2050."}
      - text: {zh: "我们承诺2030年前实现运营碳达峰。", en: "We are committed to operational emissions peaking before 2030."}  # expect: N215
      - text: {zh: "公司计划2035年前实现价值链碳中和。", en: "We plan for value-chain carbon neutrality before 2035."}
      - text: {zh: "公司计划2030年前排放减少50%。", en: "We plan to cut emissions by 50% before 2030."}
""",
    # "与2022年的718万千瓦时相比，光伏发电量提高了3倍": the later value is not written, its subject is; it is the report
    # year's metric of that subject (checks/changes.py multiples), 2,154万千瓦时: ×3.0, which 提高了3倍 (×4) only says loosely.
    "n205-an-old-value-and-a-named-subject": GIVING + metric("solar.output.2016", "光伏发电量", "2,154万", "千瓦时", "2016", []) + """\
    blocks:
      - text: {zh: "与2014年的718万千瓦时相比，光伏发电量提高了3倍。", en: "Compared with 7.18 million kWh in 2014, solar generation is three times higher."}  # expect: N205
      - text: {zh: "与2014年的538万千瓦时相比，光伏发电量提高了3倍。", en: "Compared with 5.38 million kWh in 2014, solar generation rose threefold."}
      - table:
          rows:
            - [{zh: 光伏发电量（万千瓦时）, en: Solar power generated}, {m: solar.output.2016}]
""",
    # "鹭江、东岸等6个城市" counts the names listed before 等: English says "Lujiang, Dongan and four other cities", the
    # count of those not named (checks/editions.py _others_named); a count that is neither is lost.
    "n209-a-list-and-n-others": GIVING + """\
    blocks:
      - text: {zh: "2016年，服务范围覆盖鹭江、东岸等6个城市。", en: "In 2016 we served Lujiang, Dongan and four other cities."}
      - text: {zh: "2016年，服务范围覆盖鹭江等5个城市。", en: "In 2016 we served Lujiang and four more cities."}
      - text: {zh: "2016年，服务范围覆盖西江、北岸等7个城市。", en: "In 2016 we served Xijiang, Bei'an and four other cities."}  # expect: N209
""",
    # "近N" is just under N, within N's last printed digit (claims/relate.py _nearly_misses): 近1.2万 is 1.1万-1.2万 and
    # cannot hold 9,862; 近6,000 cannot hold 6,742, which is above it. Values further than a quarter from the bound
    # (近6,000 and 8,150) are two facts, and a value inside the bound's last digit (近1.2万 and 11,360) agrees.
    "n203-n212-nearly-is-just-under": GIVING + """\
    blocks:
      - text: {zh: "2016年，公司员工总数9,862人。", en: "In 2016 the Company had 9,862 employees."}
      - text: {zh: "2016年，近1.2万名员工是公司最宝贵的财富。", en: "Our nearly 12,000 employees are our greatest asset."}  # expect: N203
      - text: {zh: "2016年，关爱基金帮扶困难职工6,742人次。", en: "In 2016 the care fund helped employees in difficulty 6,742 times."}
      - text: {zh: "2016年，关爱基金帮扶困难职工近6,000人次。", en: "In 2016 the care fund helped employees in difficulty nearly 6,000 times."}  # expect: N212
      - text: {zh: "2016年，本集团注册志愿者8,150名。", en: "In 2016 the Group had 8,150 registered volunteers."}
      - text: {zh: "2016年，近6,000名志愿者走进社区。", en: "Nearly 6,000 volunteers went into the community."}
      - text: {zh: "2016年，公司签约供应商11,360家。", en: "In 2016 the Company had 11,360 contracted suppliers."}
      - text: {zh: "2016年，我们与近1.2万家供应商携手。", en: "We work with nearly 12,000 suppliers."}
""",
    # A figure whose text names no period (a highlight, a caption) is the reach to date, the running total that 累计
    # names (claims/group.py total_to_date): 近300所 cannot be 312所 (N203: the clauses differ), and 128万台 is
    # 128.6万台 cut off. A figure of a year (2016年新建图书室近300间) is that year's flow, not the total since 2010.
    "n212-n213-a-total-to-date": GIVING + """\
    blocks:
      - text: {zh: "本章亮点：公益投入3,210万元｜“助学计划”惠及乡村学校近300所｜注册志愿者3,260名", en: "Highlights: RMB 32.1 million | nearly 300 rural schools reached | 3,260 volunteers"}  # expect: N203
      - text: {zh: "自2010年起，我们累计资助乡村学校312所。", en: "Since 2010 we have supported 312 rural schools."}
      - text: {zh: "截至2016年底，本集团累计安装智能水表128.6万台。", en: "By the end of 2016 we had installed 1.286 million smart meters."}
      - qr:
          url: https://example.com/meter
          caption: {zh: 扫码绑定智能水表，与128万台智能水表用户一起实时查看用水, en: "Scan to join the users of 1.28 million smart meters"}  # expect: N213
      - text: {zh: "2016年，新建乡村图书室近300间。", en: "In 2016 we built nearly 300 village libraries."}
      - text: {zh: "自2010年起，我们累计建成乡村图书室312间。", en: "Since 2010 we have built 312 village libraries."}
""",
    # 连续 with its verb made a modifier of the ordinal (连续开展的第6年, the sixth year it has run) counts back from the
    # report year as 连续第6年 does (claims/events.py RUNNING): begun in 2012, 2016 is its fifth year, not its sixth.
    "n216-the-nth-year-of-a-run-with-its-verb": GIVING + """\
    blocks:
      - text: {zh: "「清泉护河」义工行动于2012年启动，每年组织义工巡护河道。", en: "The River Guardians campaign was launched in 2012."}
      - text: {zh: "2016年，「清泉护河」义工行动迎来连续开展的第6年。", en: "2016 marked the sixth consecutive year of River Guardians."}  # expect: N216
      - text: {zh: "“春苗行”助学项目于2012年启动。", en: "Spring Sprout was launched in 2012."}
      - text: {zh: "2016年，“春苗行”助学项目迎来连续开展的第5年。", en: "2016 was Spring Sprout's fifth year running."}
""",
    # A status attained once (入选…名录, 通过…评审: checks/dates.py _attained_once) by one named thing is one event in
    # two years, one of them mistyped; a milestone dated by its year alone is an event of that year (claims/events.py).
    # Another hospital graded, or a review passed again (再次), or a yearly list (年度), is another event.
    "n215-a-status-attained-once": GIVING + """\
    blocks:
      - text: {zh: "2015年11月：示例南京总院通过三级甲等综合医院评审。", en: "November 2015: Example Nanjing General Hospital passed its Grade III Class A review."}
      - text: {zh: "示例南京总院于2014年11月通过三级甲等综合医院评审，评审经验已在集团内推广。", en: "Example Nanjing General Hospital passed its Grade III Class A review in November 2014."}  # expect: N215
      - text: {zh: "2013年11月：示例杭州分院通过三级甲等综合医院评审。", en: "November 2013: Example Hangzhou Hospital passed its Grade III Class A review."}
      - text: {zh: "2016年11月，示例南京总院再次通过三级甲等综合医院评审。", en: "In November 2016 Example Nanjing General Hospital passed its Grade III Class A review again."}
      - text: {zh: "2012年，泾县青龙山矿山入选国家级绿色矿山名录，成为集团首座国家级绿色矿山。", en: "2012: the Qinglongshan mine was listed as a national green mine."}
      - text: {zh: "2011年，泾县青龙山矿山入选首批国家级绿色矿山名录。", en: "In 2011 the Qinglongshan mine joined the first national list of green mines."}  # expect: N215
      - text: {zh: "2013年，宣城白马山矿山入选国家级绿色矿山名录。", en: "In 2013 the Baimashan mine was listed as a national green mine."}
      - text: {zh: "2014年，示例水泥厂入选年度绿色工厂名单。", en: "In 2014 the Example cement plant was on the year's list of green factories."}
      - text: {zh: "2015年，示例水泥厂入选年度绿色工厂名单。", en: "In 2015 the Example cement plant was on the year's list of green factories."}
      - text: {zh: "2013年，南京工厂通过ISO 14001认证。", en: "In 2013 the Nanjing plant was certified to ISO 14001."}
      - text: {zh: "2014年，南京工厂通过ISO 45001认证。", en: "In 2014 the Nanjing plant was certified to ISO 45001."}
      - text: {zh: "2013年，项目通过环保验收。", en: "In 2013 the project passed its environmental acceptance."}
      - text: {zh: "2014年，项目通过环保验收。", en: "In 2014 the project passed its environmental acceptance."}
""",
    # The first run of one named thing happens once (checks/dates.py _first_once): two close days whose clauses say a
    # first (首部, 首班) of one name of three words (氢能双层巴士) and what it did (载客) date one event, although a
    # trial lasts (为期一年). The first bus's arrival shares the name alone: another event.
    "n215-a-first-run-dated-twice": GIVING + """\
    blocks:
      - text: {zh: "2016年9月23日，首部氢能双层巴士在东涌往机场的A31线展开为期一年的载客试行。", en: "On 23 September 2016 our first hydrogen double-decker began a one-year passenger trial on route A31."}
      - text: {zh: "2016年9月28日，氢能双层巴士于东涌站开出首班载客服务。", en: "28 September 2016: the hydrogen double-decker leaves Tung Chung on its first passenger run."}  # expect: N215
      - text: {zh: "2016年9月20日，首部氢能双层巴士运抵车厂。", en: "On 20 September 2016 the first hydrogen double-decker arrived at the depot."}
""",
    # "年度活跃买家达到8,460万": Chinese drops the measure word after 万 and 亿; the metric's label right before the
    # figure says what it counts, in the metric's unit (claims/unitless.py). Not reported: the same digits after
    # other words (累计注册用户), or after the label and more words (what the buyers placed, not the buyers).
    "n201-a-count-without-its-measure-word": GIVING + metric("buyers.2016", "年度活跃买家", "8,640万", "人", "2016", []) + """    blocks:
      - table:
          rows:
            - [{zh: 年度活跃买家（人）, en: Annual active buyers}, {m: buyers.2016}]
      - text: {zh: "2016年，我们的平台年度活跃买家达到8,460万。", en: "In 2016 our annual active buyers reached 84.6 million."}  # expect: N201
      - text: {zh: "截至2016年底，年度活跃买家为8,640万。", en: "At the end of 2016 there were 86.4 million annual active buyers."}
      - text: {zh: "2016年，平台累计注册用户达到8,460万。", en: "In 2016 registered users reached 84.6 million."}
      - text: {zh: "2016年，年度活跃买家下单达到8,460万。", en: "In 2016 annual active buyers placed 84.6 million orders."}
""",
    # "在全部132个仓库中推行LED照明": 全部 before a count makes it the number of all those things, whatever the sentence
    # does in them; a metric counting the same things (运营 and 数目 name no part of them) must agree
    # (checks/wholes.py). Not reported: the same count, or all of a narrower kind (海外仓库, 自有仓库).
    "n201-a-count-of-all": GIVING + metric("warehouses.2016", "运营仓库", "128", "个", "2016", []) + """    blocks:
      - table:
          rows:
            - [{zh: 运营仓库（个）, en: Warehouses in operation}, {m: warehouses.2016}]
      - text: {zh: "截至2016年末，集团在全球运营仓库128个。", en: "At the end of 2016 the Group operated 128 warehouses worldwide."}
      - text: {zh: "2016年，我们在全部132个仓库中推行LED照明。", en: "In 2016 we introduced LED lighting in all 132 of our warehouses."}  # expect: N201
      - text: {zh: "2016年，我们在所有128个仓库中推行智能分拣。", en: "In 2016 we introduced smart sorting in all 128 warehouses."}
      - text: {zh: "2016年，我们在全部40个海外仓库中安装光伏。", en: "In 2016 we installed solar panels at all 40 overseas warehouses."}
      - text: {zh: "2016年，我们为全部96个自有仓库购买了保险。", en: "In 2016 we insured all 96 warehouses we own."}
""",
    # 成交额 (the value of deals concluded) is what a platform's table calls 商品交易总额 (GMV): claims/thesaurus.py.
    # Not reported: the same value, or the turnover of a part (海外仓) far below the whole.
    "n201-gmv-by-another-name": GIVING + metric("gmv.2016", "平台商品交易总额", "2,135亿", "元", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 平台商品交易总额（亿元）, en: Platform GMV (RMB 100 million)}, {m: gmv.2016}]
      - text: {zh: "2016年，平台全年成交额2,121亿元。", en: "In 2016 transactions on the platform came to RMB 212.1 billion."}  # expect: N201
      - text: {zh: "2016年，平台成交总额达到2,135亿元。", en: "In 2016 the platform's transactions reached RMB 213.5 billion."}
      - text: {zh: "2016年，海外仓成交额320亿元。", en: "In 2016 overseas-warehouse transactions came to RMB 32 billion."}
""",
    # "自2010年起已连续六年举办": a run written straight after its start year counts from it, in one statement; 2010 to
    # 2016 is seven years (checks/dates.py _run_from). Not reported: the right count, or a run of something else that
    # its sentence dates from a start said before it (成立 in 2010, an award five years running).
    "n216-a-run-from-its-own-start-year": GIVING + """    blocks:
      - text: {zh: "每年秋天，我们都会举办丰收节。该活动自2010年起已连续六年举办。", en: "Every autumn we hold a harvest festival; it has run for six consecutive years since 2010."}  # expect: N216
      - text: {zh: "员工读书月自2008年起已连续九年开展。", en: "Our staff reading month has been held for nine consecutive years since 2008."}
      - text: {zh: "公司自2010年成立以来，稳健经营，连续5年获评纳税信用A级企业。", en: "Since it was founded in 2010 the company has been rated a Grade A taxpayer for 5 years running."}
""",
    # 总面积 is the area in all, as 总重量 is the weight (claims/thesaurus.py): 仓储总面积 and 仓储面积 are one floor area.
    # Not reported: the same area again, or another area (绿化面积) of the same sites.
    "n212-an-area-in-all": GIVING + """\
    blocks:
      - text: {zh: "截至2016年末，集团运营仓库128个，仓储总面积412万平方米。", en: "At the end of 2016 the Group operated 128 warehouses with a total floor area of 4.12 million square metres."}
      - text: {zh: "2016年，集团仓储面积达到415万平方米。", en: "In 2016 our warehouse floor area reached 4.15 million square metres."}  # expect: N212
      - text: {zh: "2016年末，仓储总面积为412万平方米，其中绿化面积38万平方米。", en: "At the end of 2016 the floor area was 4.12 million square metres, with 380,000 square metres of green space."}
""",
    # The company is listed once: a date whose clause says 上市 and names nothing but the company, an exchange and its
    # board is its listing, however the two sentences read otherwise (claims/listing.py). Not reported: a product
    # launched (新品上市), a subsidiary's listing on another exchange.
    "n215-the-company-listed-once": GIVING + """\
    blocks:
      - text: {zh: "示例于2010年6月在杭州创立，2014年11月8日在香港联合交易所主板上市。", en: "Example was founded in Hangzhou in June 2010 and listed on the Main Board of the Hong Kong Stock Exchange on 8 November 2014."}
      - text: {zh: "自2014年12月8日上市以来，公司持续完善内部控制体系。", en: "Since its listing on 8 December 2014 the company has kept improving its internal controls."}  # expect: N215
      - text: {zh: "2015年5月20日，公司新品智能手表正式上市。", en: "On 20 May 2015 our new smart watch went on sale."}
      - text: {zh: "子公司示例科技于2016年3月1日在深圳证券交易所创业板上市。", en: "Our subsidiary Example Technology was listed on the ChiNext board of the Shenzhen Stock Exchange on 1 March 2016."}
""",
}

for name, chapter in CASES.items():
    root = Path(__file__).parent / "cases" / name / "content"
    (root / "chapters").mkdir(parents=True, exist_ok=True)
    (root / "report.yaml").write_text(MANIFEST % "", encoding="utf-8")
    (root / "chapters" / "01.yaml").write_text(HEAD + chapter, encoding="utf-8")

# A start said of what the company does with someone: its short name (示例物流: its name and its trade, of the
# manifest's 示例物流集团) says whose start it is, as 我们 does, not which thing started (claims/events.py _not_own):
# pairing since 2010 is not 连续8年 in 2016 (since 2009).
root = Path(__file__).parent / "cases" / "n216-a-start-the-company-names-itself-in" / "content"
(root / "chapters").mkdir(parents=True, exist_ok=True)
(root / "report.yaml").write_text((MANIFEST % "").replace("{zh: 示例, en: Example}", "{zh: 示例物流集团, en: Example Logistics Group}"),
                                  encoding="utf-8")
(root / "chapters" / "01.yaml").write_text(HEAD + GIVING + """\
    blocks:
      - text: {zh: "我们已连续8年结对帮扶西南青山县，围绕产业、就业和基础设施持续投入。", en: "We have been paired with Qingshan County for 8 years in a row."}
      - text: {zh: "自2010年起，示例物流与青山县结对，利用服务区设立展销专柜，帮助茶农把茶叶卖到城市。", en: "Since 2010 Example Logistics has been paired with Qingshan County, selling its farmers' tea in our service areas."}  # expect: N216
""", encoding="utf-8")

# A company paired with a village (2011年，示例矿业与青石村结对) has helped it since (集团对口帮扶青石村): 结对 starts
# the 帮扶 (claims/events.py START_WORDS, ALIKE), and the company's short name is its name and its trade without the
# legal form the segmenter glues to it (矿业集团: events.py _name_words). Pairing with another village is another start.
root = Path(__file__).parent / "cases" / "n216-a-pairing-and-the-help-since" / "content"
(root / "chapters").mkdir(parents=True, exist_ok=True)
(root / "report.yaml").write_text((MANIFEST % "").replace("{zh: 示例, en: Example}", "{zh: 示例矿业集团股份有限公司, en: Example Mining Group}"),
                                  encoding="utf-8")
(root / "chapters" / "01.yaml").write_text(HEAD + GIVING + """\
    blocks:
      - text: {zh: "自2012年起，集团对口帮扶雪峰县青石村，帮助村集体建起合作社。", en: "Since 2012 the Group has been paired with Qingshi Village."}
      - text: {zh: "2011年，示例矿业与青石村结对。", en: "Example Mining was paired with Qingshi Village in 2011."}  # expect: N216
      - text: {zh: "2013年，示例矿业与红石村结对。", en: "Example Mining was paired with Hongshi Village in 2013."}
""", encoding="utf-8")

# The ESG index case: every 2015 item but B8.2, one unknown id, and B3.2 '/' although the text states it.
from csrpress.frameworks import load_framework  # noqa: E402

items = []
for item in load_framework("hkex-esg-2015").disclosures():
    if item.id == "B8.2":
        continue
    status = "not_disclosed" if item.id == "B3.2" else "answered"
    tail = "  # expect: K405, K406" if item.id == "B3.2" else ""
    items.append(f"          - {{id: {item.id}, status: {status}, refs: [day]}}{tail}\n")
items.append("          - {id: A4.1, status: answered, refs: [day]}  # expect: K402\n")
esg = GIVING + """\
    blocks:
      - text: {zh: "2016年，每名员工的平均内部培训时数为26.1小时。", en: "In 2016, average training time was 26.1 hours per employee."}
      - esg_index:
          framework: hkex-esg-2015
          items:  # expect: K401
""" + "".join(items)
root = Path(__file__).parent / "cases" / "k40x-esg-index" / "content"
(root / "chapters").mkdir(parents=True, exist_ok=True)
(root / "report.yaml").write_text(MANIFEST % "", encoding="utf-8")
(root / "chapters" / "01.yaml").write_text(HEAD + esg, encoding="utf-8")

# K405 from the catalogue's titles (checks/esg_index.py): any framework, the report's own words.
# HKEX 2025 A1.3 asks for 有害废弃物 (the report says 危险废物); GRI 2-7 stays answered.
items = []
for item in load_framework("hkex-esg-2025").disclosures():
    if item.id == "A1.3":
        items.append('          - {id: A1.3, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n')
    elif item.id == "B3.2":
        items.append('          - {id: B3.2, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}\n')
    else:
        items.append(f"          - {{id: {item.id}, status: answered, refs: [day]}}\n")
titles = GIVING + """\
    blocks:
      - text: {zh: "2016年，公司产生危险废物412吨，全部交由有资质单位处置。", en: "In 2016 we produced 412 tonnes of hazardous waste."}
      - text: {zh: "2016年，公司组织志愿服务时长4.38万小时。", en: "Volunteers gave 43,800 hours."}
      - esg_index:
          framework: hkex-esg-2025
          items:
""" + "".join(items)
root = Path(__file__).parent / "cases" / "k405-from-titles" / "content"
(root / "chapters").mkdir(parents=True, exist_ok=True)
(root / "report.yaml").write_text(MANIFEST % "", encoding="utf-8")
(root / "chapters" / "01.yaml").write_text(HEAD + titles, encoding="utf-8")

# K405 for a share: GRI 2-30 asks for the collective bargaining coverage, which the text gives as a ratio.
items = []
for item in load_framework("gri-2021").disclosures():
    if item.id == "2-30":
        items.append('          - {id: 2-30, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n')
    else:
        items.append(f"          - {{id: {item.id}, status: answered, refs: [day]}}\n")
shares_index = GIVING + """\
    blocks:
      - text: {zh: "2016年，公司所有子公司依法建立工会，集体合同覆盖员工比例为83.4%。", en: "In 2016 collective agreements covered 83.4% of employees."}
      - esg_index:
          framework: gri-2021
          items:
""" + "".join(items)
root = Path(__file__).parent / "cases" / "k405-a-share" / "content"
(root / "chapters").mkdir(parents=True, exist_ok=True)
(root / "report.yaml").write_text(MANIFEST % "", encoding="utf-8")
(root / "chapters" / "01.yaml").write_text(HEAD + shares_index, encoding="utf-8")

# K405 for what covers all of a group: "集体合同覆盖全部员工" states the coverage GRI 2-30 asks for, 100% (numbers.py
# _all_covered), though the text prints no digit.
items = []
for item in load_framework("gri-2021").disclosures():
    if item.id == "2-30":
        items.append('          - {id: 2-30, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n')
    else:
        items.append(f"          - {{id: {item.id}, status: answered, refs: [day]}}\n")
covered_index = GIVING + """\
    blocks:
      - text: {zh: "2016年，公司各级工会依法与公司签订集体合同，集体合同覆盖全部员工。", en: "In 2016 collective contracts signed by the trade unions covered all employees."}
      - esg_index:
          framework: gri-2021
          items:
""" + "".join(items)
root = Path(__file__).parent / "cases" / "k405-covers-all" / "content"
(root / "chapters").mkdir(parents=True, exist_ok=True)
(root / "report.yaml").write_text(MANIFEST % "", encoding="utf-8")
(root / "chapters" / "01.yaml").write_text(HEAD + covered_index, encoding="utf-8")

# K405 and the flows of water GRI tells apart (checks/esg_index.py WATER_FLOWS): 取水 (withdrawal) answers 303-3, not
# 303-5 (耗水, consumption), though the thesaurus folds both into 用水; water reused (回用水) answers neither.
items = []
for item in load_framework("gri-2021").disclosures():
    if item.id == "303-3":
        items.append('          - {id: 303-3, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n')
    elif item.id == "303-5":
        items.append('          - {id: 303-5, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}\n')
    else:
        items.append(f"          - {{id: {item.id}, status: answered, refs: [day]}}\n")
water_index = GIVING + """\
    blocks:
      - text: {zh: "2016年，公司取水总量2,136.5万吨。", en: "In 2016 we withdrew 21.365 million tonnes of water."}
      - text: {zh: "2016年，公司回用水量1,764.8万吨。", en: "In 2016 we reused 17.648 million tonnes of water."}
      - esg_index:
          framework: gri-2021
          items:
""" + "".join(items)
root = Path(__file__).parent / "cases" / "k405-water-flows" / "content"
(root / "chapters").mkdir(parents=True, exist_ok=True)
(root / "report.yaml").write_text(MANIFEST % "", encoding="utf-8")
(root / "chapters" / "01.yaml").write_text(HEAD + water_index, encoding="utf-8")

# K405 for GRI 405-1 (diversity of governance bodies and employees): the women among the directors, counted.
items = []
for item in load_framework("gri-2021").disclosures():
    if item.id == "405-1":
        items.append('          - {id: 405-1, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}  # expect: K405\n')
    else:
        items.append(f"          - {{id: {item.id}, status: answered, refs: [day]}}\n")
diversity_index = GIVING + """\
    blocks:
      - text: {zh: "2016年，公司董事会由9名董事组成，其中独立董事3名、女性董事2名。", en: "In 2016 the board had 9 directors, 3 of them independent and 2 women."}
      - esg_index:
          framework: gri-2021
          items:
""" + "".join(items)
root = Path(__file__).parent / "cases" / "k405-diversity" / "content"
(root / "chapters").mkdir(parents=True, exist_ok=True)
(root / "report.yaml").write_text(MANIFEST % "", encoding="utf-8")
(root / "chapters" / "01.yaml").write_text(HEAD + diversity_index, encoding="utf-8")

# K401 with GRI: topic standards (GRI 201-418) are reported for material topics only; a topic the index
# leaves out wholly is not material, a disclosure missing from a reported topic is a warning.
items = []
for item in load_framework("gri-2021").disclosures():
    parent = load_framework("gri-2021").get(item.id).parent or ""
    if parent.startswith("GRI 2") and parent != "GRI 2" or parent.startswith("GRI 4") or item.id in ("302-2", "302-3", "302-4", "302-5"):
        continue  # GRI 201-207 and 401-418 not material; 302 reported in part
    if parent.startswith("GRI 3") and parent not in ("GRI 3", "GRI 302"):
        continue
    items.append(f"          - {{id: {item.id}, status: answered, refs: [day]}}\n")
gri_topics = GIVING + """\
    blocks:
      - esg_index:
          framework: gri-2021
          items:  # expect: K401, K401, K401, K401
""" + "".join(items)
root = Path(__file__).parent / "cases" / "k401-gri-topics" / "content"
(root / "chapters").mkdir(parents=True, exist_ok=True)
(root / "report.yaml").write_text(MANIFEST % "", encoding="utf-8")
(root / "chapters" / "01.yaml").write_text(HEAD + gri_topics, encoding="utf-8")

# K407: items marked none occurred (无此情况) against the text's counts of what their titles ask about.
# Reported: a penalty the company received (2-27 asks about breaches of law alone; 307-1 names 环境, the text 环保),
# a bare count of breaches against 416-2 (a warning: the text does not say they concern products).
# Not reported: 0起 and 未发生 (205-3), an incident of an earlier year (406-1), customer complaints against 418-1
# (privacy complaints), a fine the company imposed on suppliers (206-1 is about lawsuits, 2-27 reported once).
NONE = {
    "2-27": "  # expect: K407", "307-1": "  # expect: K407", "416-2": "  # expect: K407",
    "205-3": "", "406-1": "", "418-1": "",
}
items = []
for item in load_framework("gri-2021").disclosures():
    if item.id in NONE:
        items.append(f"          - {{id: {item.id}, status: none_occurred}}{NONE[item.id]}\n")
    else:
        items.append(f"          - {{id: {item.id}, status: answered, refs: [day]}}\n")
none_index = GIVING + """\
    blocks:
      - text: {zh: "2016年，公司下属一家工厂因废水超标排放受到环保行政处罚1起，罚款8万元，已完成整改。", en: "In 2016 one of our plants received 1 environmental penalty, a fine of RMB 80,000, for discharging wastewater above the limit."}
      - text: {zh: "2016年，公司发生违规事件2起，均已整改。", en: "In 2016 there were 2 incidents of non-compliance, both remedied."}
      - text: {zh: "2016年，公司未发生经确认的腐败事件，确认腐败事件0起。", en: "In 2016 there were no confirmed incidents of corruption: 0 cases."}
      - text: {zh: "2013年，公司曾发生歧视事件1起。", en: "In 2013 there was 1 incident of discrimination."}
      - text: {zh: "2016年，公司受理客户投诉35件，全部办结。", en: "In 2016 we handled 35 customer complaints, all closed."}
      - text: {zh: "2016年，公司对违规供应商处罚3家。", en: "In 2016 we penalised 3 suppliers for breaches."}
      - esg_index:
          framework: gri-2021
          items:
""" + "".join(items)
root = Path(__file__).parent / "cases" / "k407-none-occurred-but-stated" / "content"
(root / "chapters").mkdir(parents=True, exist_ok=True)
(root / "report.yaml").write_text(MANIFEST % "", encoding="utf-8")
(root / "chapters" / "01.yaml").write_text(HEAD + none_index, encoding="utf-8")

# K407 under HKEX, from a declared metric printed in a table: B2.1 (因工作亡故) against 因工死亡人数 of the
# period; B6.2 against 产品投诉. Not reported: work against an occurrence (反腐败专项检查), a fine the company
# imposed, cases it helped solve (B7.1), a recall of an earlier year (B6.1).
NONE = {"B2.1": "  # expect: K407", "B6.2": "  # expect: K407", "B6.1": "", "B7.1": ""}
items = []
for item in load_framework("hkex-esg-2025").disclosures():
    if item.id in NONE:
        items.append(f"          - {{id: {item.id}, status: none_occurred}}{NONE[item.id]}\n")
    else:
        items.append(f"          - {{id: {item.id}, status: answered, refs: [day]}}\n")
hkex_none = GIVING + metric("safety.deaths.2016", "2016年因工死亡人数", "1", "人", "2016", []) + """\
    blocks:
      - table:
          rows:
            - [{zh: 2016年因工死亡人数, en: Work-related fatalities 2016}, {m: safety.deaths.2016}]
      - text: {zh: "2016年，公司接获产品投诉12件，均已妥善处理。", en: "In 2016 we received 12 product complaints, all resolved."}
      - text: {zh: "2016年，公司开展反腐败专项检查3次。", en: "In 2016 we ran 3 anti-corruption inspections."}
      - text: {zh: "2016年，公司对违规供应商处罚3家，并协助警方侦破诈骗案件2宗。", en: "In 2016 we penalised 3 suppliers for breaches and helped the police solve 2 fraud cases."}
      - text: {zh: "2014年，公司曾召回产品1批。", en: "In 2014 we recalled 1 batch of products."}
      - esg_index:
          framework: hkex-esg-2025
          items:
""" + "".join(items)
root = Path(__file__).parent / "cases" / "k407-hkex-from-a-metric" / "content"
(root / "chapters").mkdir(parents=True, exist_ok=True)
(root / "report.yaml").write_text(MANIFEST % "", encoding="utf-8")
(root / "chapters" / "01.yaml").write_text(HEAD + hkex_none, encoding="utf-8")
