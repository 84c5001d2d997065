"""Words that CSR / ESG reports and the disclosure standards use for one concept, folded to one form.

An ESG index item asks for "有害废弃物总量" where a chapter prints "危险废物412吨"; HKEX writes 雇员 and
受训 where reports write 员工 and 培训; GRI's "集体谈判协议" is what Chinese reports call 集体合同. The
subject of a claim and the title of an index item are read after folding, so that they meet. Each
group is a general equivalence of the vocabulary, never a phrase of one report; the first form is
the one kept.
"""

from __future__ import annotations

import re

GROUPS: tuple[tuple[str, ...], ...] = (
    ("员工", "雇员", "职工", "在职员工", "全职员工", "全职工", "同事", "从业人员"),  # 从业人员: the workforce a profile counts
    ("培训", "受训", "培训学习"),
    ("时长", "时数", "小时数"),
    # per head: 同事 (colleague) is how Hong Kong and many mainland reports say 员工, also in "每位同事平均…"
    ("人均", "每名员工", "每名雇员", "每位员工", "平均每名员工", "每位雇员", "每名同事", "每位同事"),
    # insurance lines by the short forms insurers write (财险公司, 寿险业务): 财险 is 财产保险, 寿险 人寿保险
    ("财产保险", "财产险", "财险", "产险"),
    ("人寿保险", "人寿险", "寿险"),
    # hazardous waste in the words of the mainland's 国家危险废物名录 (危险废物, 危废), HKEX's guide (有害废弃物) and Hong Kong's
    # Waste Disposal (Chemical Waste) Regulation (化学废物), and the forms writers mix from them
    ("危险废物", "有害废弃物", "有害废物", "危险废弃物", "危险固体废物", "危险固废", "危废", "化学废物", "化学废弃物"),
    ("一般固体废物", "无害废弃物", "无害废物", "一般固废", "一般工业固体废物"),
    ("用水", "耗水", "取水", "水资源消耗", "新鲜水消耗", "新水消耗", "淡水消耗", "新鲜水用量"),
    ("用电", "耗电", "电力消耗", "消耗电力"),
    ("消耗", "消纳", "耗用"),  # a material taken up by a process: 消纳废钢 is 废钢消耗 (scrap used in the furnaces)
    ("绿色电力", "绿电"),  # green electricity, spelt out in a table's label and short in prose
    ("能耗", "能源消耗", "能源消耗总量", "能源总耗量", "综合能耗", "耗能"),
    ("温室气体排放", "碳排放", "二氧化碳排放", "温室气体"),
    # greenhouse gas avoided, verb and object either way round ("减排二氧化碳5,969万吨", "二氧化碳减排量", "碳减排", a table's
    # 减少二氧化碳排放): 减排, never the emissions themselves (温室气体总排放量 is what was emitted, not avoided)
    ("减排", "减少温室气体排放", "减少二氧化碳排放", "减少碳排放", "减排二氧化碳", "二氧化碳减排", "减排温室气体",
     "温室气体减排", "碳减排", "减少排放二氧化碳"),
    ("工伤", "因工受伤", "工作相关伤害"),
    ("死亡", "亡故", "身故"),
    ("流失率", "离职率", "员工流失比率", "流失比率"),
    ("供应商", "供货商"),
    ("捐赠", "捐款", "捐助", "慈善捐赠", "捐出", "捐献", "获赠", "受赠"),  # what a beneficiary 获赠 is what was donated
    ("筹款", "筹集善款", "募集善款", "募款", "筹集捐款", "募集捐款"),  # a charity's fundraising, short and spelt out
    ("洪涝", "洪涝灾害", "洪灾", "水灾", "洪水灾害"),  # a flood, in the words of a news report and of a filing
    ("推广", "推行"),  # to roll out a practice
    # a facility put into use: the day it opened, however worded; not 投入运营, also written 投入商业运营, whose 运营
    # would then no longer meet
    ("启用", "投入使用", "投入运作", "投运"),
    ("重量", "总重量", "总重"),  # the weight of what is counted, 总 only saying "in all"
    ("面积", "总面积"),  # an area, 总 only saying "in all" (仓储总面积 and 仓储面积: one floor area)
    # a network of pipes (gas, water, heat), short and spelt out: 管网 is 管道网络, whatever it carries
    ("管网", "管道网络", "管道网", "管线网络", "管线网"),
    ("运输", "运送"),  # to carry passengers or goods
    ("乘客", "载客"),  # 载客 (to carry passengers) counts the passengers: 日均载客…人次 is a day's 乘客人次
    ("中国", "全国", "我国"),  # the whole country, in a mainland report
    # to rescue people: 救助 is the maritime word (海上救助, 救助遇险人员), 救起 / 营救 what a crew or a team does
    ("救援", "拯救", "抢险救援", "抢救", "救助", "救起", "营救"),
    ("志愿服务", "义工服务", "志愿活动", "志愿者服务", "志愿者的服务"),  # the volunteers' service is volunteering
    # volunteering is 志愿 on the mainland, 义工 in Hong Kong and Macao, 志工 in Taiwan ("参与义工" is "参与志愿服务"); the
    # longer forms above (义工服务) still fold to 志愿服务 first. 志愿者 (the volunteer) stays the person's word and also
    # names 志愿 (subject.py _doers)
    ("志愿", "义工", "志工"),
    ("集体合同", "集体谈判协议", "集体协议"),
    ("外包人员", "员工之外的工作者", "非员工工作者", "劳务派遣人员", "派遣人员"),
    ("投诉", "申诉"),
    ("包装材料", "制成品所用包装材料", "包材"),  # 包材: the short form of purchasing and packaging engineers (包材供应商)
    # the regulators' inclusive-finance term and its everyday short form
    ("普惠小微", "普惠型小微企业", "普惠型小微"),
    ("其中", "当中"),
    # pollutants by their chemical or regulatory abbreviations, as tables and quotes write them
    ("挥发性有机物", "VOCs", "VOC"),
    ("氮氧化物", "NOx", "NOX"),
    ("化学需氧量", "COD"),
    # a new graduate, whatever school the report names: 应届 (of this year's class) and 高校 (of a university) say the
    # same of the people a company hires straight from school
    ("毕业生", "应届高校毕业生", "高校应届毕业生", "应届毕业生", "高校毕业生", "大学毕业生", "应届生"),
    ("招聘", "吸纳", "招录", "录用", "招收"),  # to take people on: 吸纳毕业生 is to hire them
    # the value of goods sold through a platform or market: GMV in e-commerce, 成交额 (the value of deals concluded)
    # in everyday Chinese; 交易总额 is left out, as it is the tail of 商品交易总额 itself
    ("商品交易总额", "成交总额", "成交额", "成交金额"),
    ("新产品", "新品"),
    ("销售", "销售量", "销量"),  # 销量 is 销售量, the amount sold: "销售饲料458万吨" states the row 饲料销量（万吨）  # a new product, in the short form of sales and marketing texts
    # the stock exchanges by their full names and the short forms filings and letters use (a listing is dated by
    # either: "于香港联合交易所主板上市" and "在香港联交所主板上市" name one listing)
    ("联交所", "香港联合交易所", "香港联交所", "联合交易所", "香港交易所", "港交所"),
    ("上交所", "上海证券交易所", "上证所"),
    ("深交所", "深圳证券交易所"),
    ("北交所", "北京证券交易所"),
    ("合计", "合共"),  # Hong Kong's "合共85,198吨": in all  # "当中女性雇员3,603名": Hong Kong writes 当中 for 其中
    # R&D intensity is defined as R&D spending over revenue (the CSRC's and the statistics bureau's wording)
    ("研发强度", "研发投入强度", "研发投入占营业收入比例", "研发投入占营业收入的比例", "研发投入占营收比例",
     "研发费用占营业收入比例", "研发投入占营业收入比重"),
)

_CANONICAL = {form: group[0] for group in GROUPS for form in group[1:]}
_PATTERN = re.compile("|".join(re.escape(f) for f in sorted(_CANONICAL, key=len, reverse=True)))


def fold(text: str) -> str:
    """The text with every listed variant replaced by its group's first form."""
    return _PATTERN.sub(lambda m: _CANONICAL[m.group(0)], text)
