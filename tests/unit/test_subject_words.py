"""What a figure's subject is read from: the words that name nothing of a fact are left out."""

from __future__ import annotations

from csrpress.claims.subject import OWN_NAME, content_words, name_the_company, near_words


def test_words_of_having_means_and_reach_name_nothing():
    assert content_words("拥有自有车辆") == {"自有", "车辆"}
    assert "依托" not in content_words("依托全网营业网点") and "全网" not in content_words("依托全网营业网点")
    assert content_words("洪涝灾害紧急救援工作") == content_words("水灾的紧急拯救任务")  # one vocabulary, light nouns dropped


def test_the_reporting_companys_own_name_names_no_fact():
    try:
        name_the_company("金鹏物流集团股份有限公司")
        assert "金鹏" not in content_words("这是金鹏连续四年推广循环快递箱")
        assert "物流" in content_words("金鹏物流网络")  # only the name, not the industry
    finally:
        OWN_NAME.clear()


def test_a_company_calls_its_staff_by_its_trade_and_人():
    # "1.9万余名港航人": 港航 of 海澄港航集团 and 人 are the company's people, as 海澄人 is; the legal form is no trade
    try:
        name_the_company("海澄港航集团股份有限公司")
        assert near_words("", "港航人，守着的") == {"员工"}
        assert content_words("＃名海澄港航人在岸桥下") >= {"员工"} and "港航" not in content_words("＃名海澄港航人在岸桥下")
        assert content_words("港航服务") == {"港航"}  # the trade alone is still a word of what is counted
    finally:
        name_the_company("")
    assert near_words("", "港航人，守着的") == {"港航"}


def test_a_figure_after_a_conjunction_counts_the_second_noun():
    # the counted noun may end in a three-character word (奶农 + 合作社)
    assert near_words("", "奶农合作社") == {"奶农", "合作社"}


def test_a_lone_total_sums_what_its_sentence_named_before_its_list_of_kinds(make_project):
    from csrpress.claims import claims_of
    from csrpress.load import load_report

    chapter = """\
id: env
number: "01"
title: {zh: 环境, en: Environment}
sections:
  - id: waste
    number: "1.1"
    title: {zh: 废弃物, en: Waste}
    blocks:
      - text: {zh: "2016年，物业亦产生少量危险废物，主要为光管、电池及废机油，合共18.6吨。", en: "In 2016 the properties produced 18.6 tonnes of hazardous waste, mainly tubes, batteries and oil."}
"""
    report, _ = load_report(make_project({"content/chapters/01.yaml": chapter}))
    (total,) = [c for c in claims_of(report) if c.lang == "zh" and c.figure.printed.startswith("18.6")]
    assert "危险废物" in total.words and "危险废物" in total.near  # not 电池 or 废机油, the kinds it lists


def test_an_adverb_of_manner_glued_to_its_verb_is_left_out():
    assert content_words("妥善安置搬迁群众") == {"安置", "搬迁", "群众"}  # as in "项目共搬迁安置326户"
    assert "累计" in content_words("累计捐赠")  # 累计 is an aspect, never a manner


def test_to_date_is_cumulative():
    assert "累计" in content_words("至今已为当地培养技术工人")  # as "已累计为…培养当地技术工人"
    assert "累计" not in content_words("截至今年年底的员工")


def test_a_metal_named_by_one_character_is_what_is_counted():
    assert content_words("矿产铜产量") != content_words("矿产锌产量")  # two rows of one table
    assert "铜" in content_words("矿产铜产量") and "的" not in content_words("矿产铜的产量")


def test_an_amount_emitted_does_not_disclose_a_reduction(make_project):
    from csrpress.build import check

    items = "\n".join(f"          - {{id: {i}, status: not_disclosed, reason: {{zh: 未统计。, en: Not measured.}}}}"
                      for i in ("305-1", "305-5"))
    chapter = f"""\
id: env
number: "01"
title: {{zh: 环境, en: Environment}}
sections:
  - id: ghg
    number: "1.1"
    title: {{zh: 排放, en: Emissions}}
    blocks:
      - text: {{zh: "2016年，公司二氧化碳排放量664.3万吨。", en: "In 2016 we emitted 6.643 million tonnes of CO2."}}
      - esg_index:
          framework: gri-2021
          items:
{items}
"""
    found = [d for d in check(make_project({"content/chapters/01.yaml": chapter})) if d.code == "K405"]
    flagged = {d.message.split("`")[1] for d in found}
    assert "305-5" not in flagged  # GHG emissions reduction: the amount emitted is not what it asks


def test_a_rate_is_one_word_however_the_segmenter_cuts_it():
    assert "工伤率" in content_words("2024年损失工时工伤率为0.12")  # 工伤 / 率为
    assert "工伤率" in content_words("损失工时工伤率（每20万工时）")  # 工伤 / 率 / （


def test_a_bare_rate_is_compared_with_its_table_row(make_project):
    from csrpress.build import check

    chapter = """\
id: safety
number: "01"
title: {zh: 安全, en: Safety}
metrics:
  - {id: safety.ltifr.2016, label: {zh: 损失工时工伤率（每20万工时）, en: LTIFR}, value: "0.21", period: "2016"}
sections:
  - id: ltifr
    number: "1.1"
    title: {zh: 职业安全, en: Safety}
    blocks:
      - table:
          caption: {zh: 安全绩效, en: Safety}
          header: [{zh: 指标, en: Indicator}, "2016"]
          rows:
            - [{zh: 损失工时工伤率（每20万工时）, en: LTIFR}, {m: safety.ltifr.2016, bare: true}]
  - id: text
    number: "1.2"
    title: {zh: 说明, en: Notes}
    blocks:
      - text: {zh: "2016年损失工时工伤率为0.12。", en: "In 2016 the LTIFR was 0.12."}
"""
    found = [d for d in check(make_project({"content/chapters/01.yaml": chapter})) if d.code == "N201"]
    assert found and "0.12" in found[0].message  # a unitless rate (0.21 per 200,000 hours) is no bare number


def test_the_same_phrase_typed_twice_names_one_fact(make_project):
    from csrpress.build import check

    chapter = """\
id: community
number: "01"
title: {zh: 社区, en: Community}
sections:
  - id: volunteers
    number: "1.1"
    title: {zh: 志愿服务, en: Volunteering}
    blocks:
      - text: {zh: "志愿服务时长4.16万小时，覆盖12个社区。", en: "Volunteers gave 41,600 hours in 12 communities."}
      - figure: {src: missing.png, caption: {zh: "2016年志愿服务时长4.6万小时", en: "46,000 volunteer hours in 2016"}}
"""
    found = [d for d in check(make_project({"content/chapters/01.yaml": chapter})) if d.code == "N212"]
    assert found and "4.6万小时" in found[0].message + " ".join(r.message for r in found[0].related)


def test_a_scope_is_a_part_of_the_whole_inventory():
    from csrpress.claims.group import aspects_differ
    from csrpress.claims.extract import Claim
    from csrpress.model import Origin
    from csrpress.numbers import parse_figure

    def claim(words):
        return Claim(parse_figure("160.9万吨"), "zh", Origin("x", ()), "x", "x", frozenset(words), frozenset(words),
                     frozenset({2016}), "plain", "text")

    assert aspects_differ(claim({"温室", "气体", "排放"}), claim({"范围二", "温室", "气体", "排放"}))
    assert not aspects_differ(claim({"范围二", "排放"}), claim({"范围二", "温室", "气体", "排放"}))


def test_an_items_title_written_whole_before_a_figure_names_it(make_project):
    """GRI 2-8 (员工之外的工作者, folded to 外包人员) is what "劳务派遣及外包人员2,350人" counts, though the segmenter
    cuts the clause as 及外 / 包 / 人员: the K405 finding quotes that figure, not another count of 人员."""
    from csrpress.build import check

    chapter = """\
id: staff
number: "01"
title: {zh: 员工, en: Staff}
sections:
  - id: people
    number: "1.1"
    title: {zh: 员工, en: Staff}
    blocks:
      - text: {zh: "2016年，公司研发人员11,296人。", en: "In 2016 we had 11,296 R&D staff."}
      - text: {zh: "2016年，除员工外，公司另有劳务派遣及外包人员2,350人。", en: "In 2016 we also worked with 2,350 agency and outsourced workers."}
      - esg_index:
          framework: gri-2021
          items:
          - {id: 2-8, status: not_disclosed, reason: {zh: 未统计。, en: Not measured.}}
"""
    found = [d for d in check(make_project({"content/chapters/01.yaml": chapter})) if d.code == "K405"]
    assert len(found) == 1 and "2,350人" in found[0].message


def test_the_amount_a_saving_saves_is_read_as_the_saving():
    # 年节电量 is the electricity saved a year (not 年节, a festival, and 电量): the subject of 年节电 and of 节电量 alike
    assert "节电" in content_words("全年实施节能技改项目126个，年节电量")
    assert content_words("年节电量") & content_words("节能项目年节电") == {"节电"}
    assert "节水" in content_words("年节水量")
