"""The validator on reports it was not written for: the development corpora scored with their own scorer.

`../shared/validator-corpus/` (beside the checkout, read-only) holds the team's corpora and score.py;
tests/validator-corpus/ holds ours. Each score is asserted at least at what the validator reaches
today, so a change that loses a finding or adds a false alarm fails here. The issue's targets (recall
>= 95 %) are not reached yet; the floors below are raised as the engine improves.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "validator-corpus"
SCORER = SHARED / "score.py"
CSRPRESS = Path(sys.executable).with_name("csrpress")

# corpus -> lowest recall accepted, a little below what it reaches today (measured: hanhai 30/31, xinghe 33/33, lanjiang 30/31, haicheng 29/31, yunfeng 33/34,
# kwunlung 32/34)
FLOORS = {
    # hanhai 31/31 once a written-out figure (两万八千四百多个孩子) is checked against the only value it transposes
    SHARED / "hanhai-bank-2024": 1.00,
    SHARED / "xinghe-electronics-2024": 1.00,
    # lanjiang 31/31 once a count in 万 before a noun of people (38.6万农村群众) counts persons
    REPO / "tests" / "validator-corpus" / "lanjiang-utilities-2024": 1.00,
    # written by someone who did not read the validator; scored first as a held-out report (20/31, one false error)
    # 30/31 once a company's staff called by its trade and 人 (港航人 of 海澄港航集团) are read as its employees
    REPO / "tests" / "validator-corpus" / "haicheng-port-2024": 1.00,
    # the same, this session: first scored 23/34, precision 0.793, 6 false errors
    REPO / "tests" / "validator-corpus" / "yunfeng-pharma-2024": 1.0,
    # a Hong Kong report written in Traditional (script: hant), held out likewise: first 19/34, precision
    # 0.594, 7 false errors; 34/34, precision 1.000 with hazardous waste named before its amount (合共18.6噸, K405) and
    # shares of groups of a stated whole (女性董事, 獨立非執行董事 under 董事總數) not added up (N208)
    REPO / "tests" / "validator-corpus" / "kwunlung-properties-2024": 1.00,
    # held out this session (2026-12-07), first scores before any fix from them: jinpeng 27/34 (0.794),
    # mubai 23/34 (0.676, one false error)
    # jinpeng 34/34 with a list's subject carried into its later clauses (基金发放…，帮扶6,742人次)
    REPO / "tests" / "validator-corpus" / "jinpeng-logistics-2024": 1.00,
    # mubai 33/34 with a noun of place after the counted noun (学生身边) leaving the noun counted
    REPO / "tests" / "validator-corpus" / "mubai-dairy-2024": 1.00,
    # held out later the same session, after the fixes above: first harbourlink (Hong Kong, Traditional) 23/34 with
    # 3 false errors, qingshan 23/35 with 2 false errors; their false alarms are fixed, their misses mostly not
    REPO / "tests" / "validator-corpus" / "harbourlink-telecom-2024": 0.97,
    # qingshan 35/35 with a pairing (2015年，…与青石村结对) read as the start of the help since (对口帮扶青石村)
    REPO / "tests" / "validator-corpus" / "qingshan-mining-2024": 1.00,
    # held out at the end of the session, after all the fixes above: first yunhang 25/35 (0 false errors), jinxiu
    # 25/35 (3 false errors): today's honest estimate for a report nobody has seen is about 70 % recall
    REPO / "tests" / "validator-corpus" / "yunhang-airlines-2024": 1.0,
    # jinxiu 34/35 with named parts whose rows name their kind in another word (两国工厂员工合计 over 越南基地员工…)
    REPO / "tests" / "validator-corpus" / "jinxiu-textiles-2024": 0.97,
    # held out after every fix of this session: first 23/33, precision 0.958, 1 false error (fixed since)
    REPO / "tests" / "validator-corpus" / "ningyuan-battery-2024": 0.90,
    # held out on 2026-12-07 (second session), first scores before any fix drawn from them: tailok (Hong Kong,
    # Traditional) 25/35 with 2 false errors, qiyuan 29/35 with 7 false errors, huixian 28/35 with 2 false errors
    REPO / "tests" / "validator-corpus" / "tailok-engineering-2024": 1.0,
    REPO / "tests" / "validator-corpus" / "qiyuan-auto-2024": 1.00,
    REPO / "tests" / "validator-corpus" / "huixian-retail-2024": 0.94,
    # written after every fix above, scored once as the session's honest held-out measure: anxin 25/34 with 2 false
    # errors, harbourview (Hong Kong, Traditional) 25/35 with 4 false errors, ruihua 30/34 with none
    # anxin 33/34 with the hours of 服务 read as the service (志愿服务时长 and 累计服务…小时 one fact)
    REPO / "tests" / "validator-corpus" / "anxin-insurance-2024": 0.97,
    # harbourview 34/35 with an index answer's N201 shown beside the section its item refers to (6.1), not the letter's
    REPO / "tests" / "validator-corpus" / "harbourview-hotels-2024": 0.97,
    # ruihua 34/34 with a figure in a list after its subject (共计3,420人次、18,600小时) bounded by a 近…
    REPO / "tests" / "validator-corpus" / "ruihua-chemicals-2024": 1.00,
    # held out on 2026-12-07 (third session), Hong Kong, Traditional: first 22/35 with no false alarm; 33/35 with the
    # first run of one named thing (首部氫能雙層巴士…載客試行, 首班載客服務) dated on two close days
    REPO / "tests" / "validator-corpus" / "kamwah-buses-2024": 0.97,
    # held out on 2026-12-07 (third session): kangning (a hospital group) first 25/33 with 1 false error, now 30/33 with
    # none; 33/33 with a status attained once (通过三级甲等综合医院评审) dated in two years
    REPO / "tests" / "validator-corpus" / "kangning-health-2024": 1.00,
    # held out on 2026-12-07 (third session): first 27/34 with 2 false errors (a restrictive 已有N条X完成Y, and
    # 24小时 said as "round-the-clock"), both fixed; 32/34 after the fixes of recall; 33/34 with a number copied in
    # another unit (1,702立方米 for the table's 1,702万立方米); 34/34 with a milestone dated by its year alone (2019年，
    # …入选国家级绿色矿山名录) as an event, a status attained once
    REPO / "tests" / "validator-corpus" / "shijie-cement-2024": 1.00,
    # held out on 2026-12-07 (third session): lingyun (cloud software) first 25/36 with 1 false error (7×24小时 said as
    # "around the clock", fixed with shijie's), now 34/36 with none
    REPO / "tests" / "validator-corpus" / "lingyun-software-2024": 0.97,
    # held out on 2026-12-07 (third session): a wind and solar power company, first 28/35 with 1 false error and one
    # other false alarm (亿千瓦时 as "(100 million kWh)", 其中女性…、境内员工… as one split), both fixed; 32/35 since, 33/35
    # once a half rounded to the even digit (3.85亿 printed 3.8亿) is a cut-off as readers round; 34/35 with emissions
    # avoided written verb first (减排二氧化碳) read as the table's 减少二氧化碳排放 (a span's sum, N222)
    REPO / "tests" / "validator-corpus" / "fengyuan-power-2024": 1.00,
    # held out on 2026-12-07 (third session), Hong Kong, Traditional: wingfat (a bakery chain) first 28/36 with 2 false
    # errors (a 用量 change read as its share row's, an average per store over the stores added), both fixed; 34/36 now
    # 35/36 once a count of all the stores (全部188間分店) is checked against the stores the table counts (N201)
    # errors (a 用量 change read as its share row's, an average per store over the stores added), both fixed; 34/36, then
    # 35/36 with two counts of the company's whole stock of a noun (全部188間分店, the row 分店數目) as one fact per date
    REPO / "tests" / "validator-corpus" / "wingfat-foods-2024": 0.97,
    # held out on 2026-12-07 (third session), Macau, Traditional, amounts in 澳门元: first 24/35 with 2 false errors (a
    # growth of 社区投资 recomputed from the volunteer-hours row of the table captioned 社区投资), fixed; 29/35 once the
    # registry knew the pataca, 33/35 with a bare figure after 人次, a change named by its row label's whole noun and a
    # multiple after a rise to (增至…，增长3.3倍), 34/35 with money converted at the exchange rate the report states;
    # 35/35 with what counted people take part in (逾3,300名僱員參與義工服務) saying which of them are counted
    REPO / "tests" / "validator-corpus" / "haotian-resorts-2024": 1.00,
    # held out on 2026-12-07 (third session), a waste-to-energy and water group: first 22/36 with no false alarm (its
    # industry's units, 万吨/日 and mg/Nm³, unknown to the registry); 29/36 once the registry knew rates per day and
    # flue-gas concentrations, with years in translation, 其中 opening a sentence and additions by commissioning; 31/36
    # with a half rounded to the even digit as a cut-off and an intensity's total named by its unit (万吨二氧化碳当量);
    # 33/36 with capacities read per day or year (年经营规模…吨 = 吨/年) and a value's share of its table's limit; 34/36
    # with 近N read as just under N within its last printed digit (近1.2万 cannot hold 9,862)
    REPO / "tests" / "validator-corpus" / "jingyuan-environment-2024": 0.94,
    # held out on 2026-12-07 (third session): huafeng (a pig farming group) first 23/31 with no false alarm; 26/31 with
    # a day translated as another day, 连续实施N年 as a run, and a multiple's base year read as the last year before it;
    # 28/31 with 销量 read as 销售量 and a misadded table total's rows confirming the text it is compared with; 30/31
    # with intensities per head (单头), a zero moved in a decimal and 近N for the figure cut off (抽检了近4万批次); 31/31
    # with 覆盖全部员工 read as a coverage of 100% for K405
    REPO / "tests" / "validator-corpus" / "huafeng-agri-2024": 0.99,  # its Traditional twin misses one more (0.968)
    # held out on 2026-12-07 (fourth session), written after that session's first fixes: first 30/35, precision 1.000,
    # no false alarm; 33/35 with an exchange by its short name (联交所), a day typed with a swapped digit, a festival's
    # name before 在/自, and a milestone's 首届 dating a start; 34/35 once the registry knew 分 (a score)
    REPO / "tests" / "validator-corpus" / "yuejia-property-2024": 0.97,
    # held out at the end of that session, after all its fixes (cc19771): first 28/35, precision 0.966, one false error
    # (an English change against a named base year, fixed since); 29/35 once the registry knew 车公里, 乘客公里, 卡 and 日
    # and 每车公里 named an intensity's denominator; 30/35 once digits swapped in a written-out figure are a transposition;
    # 33/35 with a change against a base year of an intensity written with its numerator's unit alone (…降至42.6克)
    REPO / "tests" / "validator-corpus" / "wanhong-rail-2024": 0.94,
    # held out on 2026-12-07, a Hong Kong school operator, Traditional: first 28/36, precision 0.903, 3 false errors
    # (a sum rounded by 萬, a shared owner with two counted nouns, 由<year>的<noun> X 降至 Y), fixed; 33/36 with a school
    # year's growth, 由A提高N倍至B, last year's value carried over, a number copied in another unit and a bound of the
    # same counted noun
    REPO / "tests" / "validator-corpus" / "dakin-education-2024": 0.94,
    # held out on 2026-12-07, first 27/35, precision 0.931, 2 false errors (ISO 50001 vs ISO 45001 read as figures; an
    # English average whose Chinese twin 人均服务 was missed), both fixed; 34/35 with a dropped digit, a caption's gloss,
    # a share "来自" its part, 晶曜人 as employees, a dropped subject, points after a share and a year that opens the
    # sentence; 35/35 once a finding shows a metric at its table's cell, not at the key figures that print it first
    # (P11's N202 had been credited to P07, whose references its related places all were)
    REPO / "tests" / "validator-corpus" / "jingyao-solar-2024": 1.00,
    # held out on 2026-12-07, first 24/35, precision 0.857, 3 false errors (a column of rates summed as shares, an age
    # band read as the workforce, 100% said as "everyone", a share read as a rate), all fixed: 25/35 with none; 29/35
    # with 各类 as no kind, 消纳 as 消耗, 及其他 segmented and a plant's start-up dated in two years; 30/35 with a bare
    # rate read as of the clause before it (K405); 29/35 once the registry knew 千克标准煤/吨 (P12 had been found by an
    # N221 that read the unknown intensity wrong); 30/35 with a clause opening with 并 dated by the day before it (N215);
    # 34/35 with 吨钢 after a list's dash, a verb of change (降至) cut from its noun, and each intensity of a sentence over
    # the total naming most of its words (吨钢颗粒物排放 of 颗粒物排放, not 二氧化硫排放); 35/35 with one number in two
    # units a power of ten apart (约4,600万千瓦时, a caption's 约4,600兆瓦时) weighed though the clauses share only 发电
    REPO / "tests" / "validator-corpus" / "baoyue-steel-2024": 1.00,
    # held out on 2026-12-07 (fifth session), an online games company, written by someone who did not read the validator;
    # scored once at 03b94af before any fix: first 32/35, precision 1.000, no false alarm; 33/35 with a titled document
    # published once (N215). 35/35 with hazardous waste named before its amount (K405) and an index answer's N201 shown
    # beside the section its item refers to (Table 3-1), not the statements of P05
    REPO / "tests" / "validator-corpus" / "qiming-games-2024": 1.00,
    # held out on 2026-12-07 (fifth session), a wafer foundry (GRI 2021); scored once at 03b94af before any fix: first
    # 26/35, precision 0.963 (one unexpected warning), no false error; 9 S104 (万片, 千瓦时/片, 吨/片 unknown). 28/35
    # once the registry knew the classifiers of things made one by one (片, 颗, 粒, 组) and intensities per them (the
    # growth of the wafer rows); no false alarm with 取水 and 回用水 told from 耗水 (K405); 33/35 with 年节电量 segmented,
    # a whole stated inside the 占 phrase, a run whose subject 项目 names the programme quoted before it, a clause of
    # change (今年降到了5起) with the subject of the clause before, and GRI 405-1 answered by the women on the board;
    # 35/35 once money spread over a list of purposes (用于教育助学、乡村振兴和…) is named by its own clause
    REPO / "tests" / "validator-corpus" / "xinchip-semiconductor-2024": 1.00,
    # held out on 2026-12-07 (fifth session), a container shipping group (HKEX 2025); scored once at 03b94af before any
    # fix: first 28/35, precision 1.000, no false alarm; 34/35 with 范围2 as a scope's name, 一共 as no subject and 救助 /
    # 救起 as 救援, 尾 as a unit, running totals within half again, the company's name before a counted noun, a whole
    # before 中 and a comma (N217), a line wrapped after its comma as one sentence and a growth against a series in prose;
    # 35/35 with counts of the company's whole stock (控股及参股码头18个, 在集团旗下21个码头) as one fact per date
    REPO / "tests" / "validator-corpus" / "haiyun-shipping-2024": 1.00,
    # held out on 2026-12-07 (fifth session), a Hong Kong water utility, Traditional; scored once at 1ab244a before any
    # fix: first 25/35, precision 0.926, 2 false errors (管網水 vs 出廠水 合格率 read as one fact: parallel clauses of one
    # sentence; 等6個城市 vs "Lujiang, Dongan and four other cities"), both fixed; 27/35 with 售水量 read as 售水 (售 / 水量)
    # and a breakdown ending with 其他 added up against its whole stated elsewhere; 29/35 with a target given two deadlines
    # (2028年前 / 2030年前實現運營碳達峰) and a multiple after an old value whose later value is the subject's metric;
    # 31/35 with a caption's figure of no period read as the running total (累計安裝128.6萬台) it cuts off
    # 31/35 with 連續開展的第10年 (a run's verb before 的第N年) counted back from the report year
    # 31/35 with a written-out figure (一千三百四十二萬居民) checked against the only value it transposes (1,243萬)
    # 31/35 with hazardous waste named before its amount (危險廢物主要為…，2024年產生量96.7噸, K405)
    REPO / "tests" / "validator-corpus" / "tsingwater-utilities-2024": 0.97,
    # held out on 2026-12-07 (fifth session), a toll expressway operator, Hong Kong, Traditional; written while this
    # session's fixes were made and scored once at 0a221c8, after all of them but one, before any fix from it: 30/35,
    # precision 1.000, no false alarm; 34/35 with the company's short name in a start's clause, the Nth report of a yearly
    # series (第七份 against 自2016財政年度起每年發佈), money named by its own clause before its purpose, and a change's
    # subject before a verb of source (主要來自); 35/35 with a bare indicator named by its rate alone (a quote's 事故率)
    # read as the rate the text qualifies (每億車公里事故率)
    REPO / "tests" / "validator-corpus" / "tongda-expressway-2024": 1.00,
    # held out on 2026-12-07 (fifth session), a beer maker; scored once at 40c0a9f (after the session's first fixes)
    # before any fix from it: 29/35, precision 0.935, 2 false errors and 2 harmless flagged (万千升 unknown); 31/35,
    # precision 1.000, no false alarm with a scale word before a unit that has a scale of its own (万千升 = 10^7 升) and
    # metric prefixes before a base unit (毫升, ml); 32/35 with a quantity after a comma read as of what the clause
    # before goes on about after a figure inside it (在4个县开展…种植，面积…万亩); 33/35 with a highlight's figure of no
    # period read as the programme's running total (近300所 against 累计资助312所)
    REPO / "tests" / "validator-corpus" / "quanxiang-brewery-2024": 0.94,
    # held out on 2026-12-07 (sixth session), a Hong Kong brokerage written in Traditional; scored once at 41ceb52
    # (the session's starting validator) before any fix: 27/35, precision 1.000, no false alarm; 31/35 with a lone total
    # after a count of another kind (17單，合共…港元), money with no subject read under its section's heading, a cut-off
    # across 吨 and 吨二氧化碳当量, and a printed decimal zero counted as a digit of a scale slip (3.0萬噸 for 3,003.9噸)
    REPO / "tests" / "validator-corpus" / "wahkee-securities-2024": 0.91,
    # held out likewise (sixth session), a cosmetics maker (GRI 2021), scored once at 41ceb52 before any fix: 28/35,
    # precision 1.000, no false alarm (xunjie-ecommerce-2024, held out at the same time: 24/35, precision 0.923, 2 false
    # errors, gets its floor once they are fixed); 31/35 with 万 for 亿 in two counts of one noun, 包材 read as 包装材料 and
    # N大 + noun read as a count in translation (五大品牌, "six brands"); 32/35 with 还有 (there are also) read as 现有 is,
    # no word of what is counted
    REPO / "tests" / "validator-corpus" / "yuhai-cosmetics-2024": 0.91,
    # held out likewise (sixth session), a cross-border e-commerce platform (HKEX 2020); 24/35 with 2 false errors at
    # 41ceb52 (one the corpus's own slip, corrected there; one "from 31,205 in 2023 to 28,473 in 2024" read as a
    # period); 27/35 with none once a count without its measure word (8,460万) takes its metric's unit, a count of all
    # the warehouses (全部132个仓库) meets the table's, and 自2017年起已连续七年 is read as one statement; 29/35 with
    # 仓储总面积 read as 仓储面积 and the company's listing (上市 with no other subject) as one event; 34/35 with a trailing
    # zero cut off at the half (2,130亿 for 2,135亿) read as truncation, and staff of one place (中国内地员工) confirming
    # no bound on all the staff (近5万名员工)
    REPO / "tests" / "validator-corpus" / "xunjie-ecommerce-2024": 0.97,
    # held out on 2026-12-07 (sixth session) and scored once at 4561ef0, after every fix of the session's first round
    # (esg, numerals, approx, dates, counts, derived and the fixes from wahkee, xunjie and yuhai), before any fix drawn
    # from them: songlin (pulp and paper, HKEX 2025) 27/35 and yiukwong (Hong Kong town gas, Traditional, HKEX 2020)
    # 27/35, both precision 1.000 with no false alarm
    # songlin 33/35 with K405 of an item marked not applicable, a since-clause's object as its start's subject (自2009年
    # 设立松林助学金以来), a slip of scale in a converted unit (2.79万亩 for 1.86万公顷), hours of 志愿者 as 志愿 hours, and
    # 与2023年相比， before a change
    REPO / "tests" / "validator-corpus" / "songlin-paper-2024": 0.94,
    # yiukwong 30/35 once 输气管网 and 管道网络 name one 管网, a clause of 人均 alone is the clause before's total per
    # head, and "自1956年创立以来，耀光煤气…" and "于1952年创立" both date the company's founding
    REPO / "tests" / "validator-corpus" / "yiukwong-gas-2024": 0.85,
    # held out on 2026-12-07 (sixth session) and scored once at f70f480, after both rounds of the session's fixes,
    # before any fix drawn from them: meitan (coal and coal chemicals, GRI 2021) 28/35, precision 0.966, one false error
    # (an English change read as of the from-to pair before another figure), fixed since; chekkong (a Hong Kong airport,
    # Traditional, HKEX 2025) 28/35, precision 0.966, no false error but one harmless entry flagged as a warning (N203,
    # 一萬六千多名 against a count of trainees), so it has no floor until that is fixed
    REPO / "tests" / "validator-corpus" / "meitan-chemicals-2024": 0.80,
}
# Error-level findings a corpus's truth does not credit although they are right: none (yunfeng's 表7-2 total
# used to be one until N207 named every row it adds).
ALLOWED_FALSE_ERRORS: dict[Path, int] = {}
RESULT = re.compile(r"^RESULT recall=([0-9.]+) precision=([0-9.]+) harmless_flagged=(\d+) false_errors=(\d+)$", re.M)


@pytest.mark.skipif(not SCORER.exists(), reason="the shared validator corpora are not beside this checkout")
@pytest.mark.parametrize("corpus", list(FLOORS), ids=[p.name for p in FLOORS])
def test_corpus_scores_at_least_today_with_no_false_alarm(corpus: Path) -> None:
    run = subprocess.run([sys.executable, str(SCORER), str(corpus), "--csrpress", str(CSRPRESS)],
                         capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stderr[-2000:]
    found = RESULT.search(run.stdout)
    assert found, run.stdout[-2000:]
    recall, precision, harmless, false_errors = float(found[1]), float(found[2]), int(found[3]), int(found[4])
    assert false_errors <= ALLOWED_FALSE_ERRORS.get(corpus, 0), run.stdout[-3000:]
    assert harmless == 0, run.stdout[-3000:]
    assert precision >= 0.9, run.stdout[-3000:]
    assert recall >= FLOORS[corpus], run.stdout[-3000:]


def test_check_says_what_it_read_and_lists_the_blind_spots(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(REPO / "tests" / "checks" / "cases" / "n212-same-fact-conflict", tmp_path / "case")
    run = subprocess.run([str(CSRPRESS), "check", "--coverage"], cwd=tmp_path / "case", capture_output=True, text=True,
                         stdin=subprocess.DEVNULL)
    lines = run.stdout.strip().splitlines()
    assert re.fullmatch(r"\d+ error\(s\), \d+ warning\(s\), \d+ info", lines[-1])
    counts = re.fullmatch(r"(\d+) figure\(s\) read, (\d+) compared with another statement of their fact \((\d+) pair\(s\)\); "
                          r"(\d+) stood alone \(csrpress check --coverage lists them\)", lines[-2])
    assert counts and int(counts[1]) == int(counts[2]) + int(counts[4]) and int(counts[3]) >= 1
    assert "figures that joined no group" in run.stdout and "38家" in run.stdout  # 38 branches: stated once


def _score(corpus: Path) -> tuple[float, float, int, int]:
    run = subprocess.run([sys.executable, str(SCORER), str(corpus), "--csrpress", str(CSRPRESS)],
                         capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stderr[-2000:]
    found = RESULT.search(run.stdout)
    assert found, run.stdout[-2000:]
    return float(found[1]), float(found[2]), int(found[3]), int(found[4])


@pytest.mark.skipif(not SCORER.exists(), reason="the shared validator corpora are not beside this checkout")
@pytest.mark.parametrize("corpus", list(FLOORS), ids=[p.name for p in FLOORS])
def test_the_traditional_twin_of_a_corpus_scores_the_same(corpus: Path, tmp_path: Path) -> None:
    """A Hong Kong writer types Traditional Chinese: the same report converted with OpenCC (s2t), truth
    texts alike, is read by the same engine (claims/script.py) and must score the same."""
    import shutil

    import opencc

    converter = opencc.OpenCC("s2t")
    twin = tmp_path / corpus.name
    shutil.copytree(corpus, twin, ignore=shutil.ignore_patterns("build"))
    for path in twin.rglob("*.yaml"):
        path.chmod(0o644)
        path.write_text(converter.convert(path.read_text(encoding="utf-8")), encoding="utf-8")
    manifest = twin / "content" / "report.yaml"
    text = manifest.read_text(encoding="utf-8")
    if "script:" not in text:
        manifest.write_text(text + "script: hant\n", encoding="utf-8")  # as a Hong Kong writer's project says
    recall, precision, harmless, false_errors = _score(twin)
    assert false_errors <= ALLOWED_FALSE_ERRORS.get(corpus, 0) and harmless == 0
    assert recall >= FLOORS[corpus] - 0.03


def test_check_gives_no_counts_when_a_file_did_not_load(tmp_path: Path) -> None:
    import shutil

    case = shutil.copytree(REPO / "tests" / "checks" / "cases" / "n212-same-fact-conflict", tmp_path / "case")
    chapter = case / "content" / "chapters" / "01.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("title: {zh: 公益日, en: Giving Day}", "title: {zh: 公益日, en: Giving Day"),
                       encoding="utf-8")
    run = subprocess.run([str(CSRPRESS), "check"], cwd=case, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert "error[L001]" in run.stdout and "figure(s) read" not in run.stdout  # no count of a report half read


@pytest.mark.parametrize("name, seeds", [("qingshan-mining-2024", ("1", "2", "3", "4")),
                                         # 約8.6萬 (範圍一及二) among two wrong roundings: which one the finding names
                                         ("kwunlung-properties-2024", ("1", "5", "3", "4"))])
def test_findings_do_not_depend_on_the_hash_seed(tmp_path: Path, name: str, seeds: tuple[str, ...]) -> None:
    """Subjects are sets of words, whose order varies from run to run: findings and their related places must not."""
    import os
    import shutil

    corpus = REPO / "tests" / "validator-corpus" / name
    outputs = set()
    shutil.copytree(corpus / "content", tmp_path / "warm" / "content")
    for seed in seeds:
        work = tmp_path / seed if seed in seeds[:2] else tmp_path / "warm"  # cold runs, then from build/.cache
        if not (work / "content").exists():
            shutil.copytree(corpus / "content", work / "content")
        run = subprocess.run([str(CSRPRESS), "check", "--format", "json"], cwd=work, capture_output=True, text=True,
                             stdin=subprocess.DEVNULL, env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300)
        outputs.add(run.stdout)
    assert len(outputs) == 1


def test_likeness_sums_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """A subject's weight is a sum of floats over a set of words: summed in the set's order, its last bit (and a related
    place of a yunhang-airlines finding sitting on a tie) changed between hash seeds 0 and 18."""
    import os
    import shutil

    corpus = REPO / "tests" / "validator-corpus" / "yunhang-airlines-2024"
    outputs = set()
    for seed in ("0", "18"):
        shutil.copytree(corpus / "content", tmp_path / seed / "content")
        run = subprocess.run([str(CSRPRESS), "check", "--format", "json"], cwd=tmp_path / seed, capture_output=True,
                             text=True, stdin=subprocess.DEVNULL, env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300)
        outputs.add(run.stdout)
    assert len(outputs) == 1
